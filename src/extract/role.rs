//! Roles: what a number states. Most numbers are the period's own value (`actual`); the
//! words around one can make it a goal (`目标为…降至31微克`, a number of a plan section or
//! of a table's target column), a forecast (`预计…新增1个`), a standard or outside
//! reference (`国家标准15微克`, `全国平均的13.2微克`, climate normals) or an earlier
//! period's value quoted for comparison (`较107年的18.8微克`). The cue words are data
//! (`[number_roles]` in `lexicon/cues.toml`).

use std::ops::Range;

use super::cues::{
    CueIndex, CueList, CuesWithin, contains_any, cues, ends_with_any, starts_with_any,
};
use super::indicator::Draft;
use super::name::names_goal;
use super::part::{Part, Parts};
use super::reading::Reading;
use crate::model::Role;
use crate::text::{Bound, IndexedText, ends_with_written_year};

/// What the role rules read of the report: the text with its clauses, where its cue
/// words stand, its parts and its lines.
struct Report<'a> {
    text: &'a IndexedText<'a>,
    cue_words: &'a CueIndex,
    parts: &'a Parts,
    /// The year the report reviews.
    year: Option<i32>,
}

/// Gives every draft its role, asking the report's `reading` where its cue words stand;
/// `target_cells` are the cells of target columns of target-vs-actual tables.
pub fn assign(reading: &Reading, target_cells: &[Range<usize>], drafts: &mut [Draft]) {
    let report = Report {
        text: &reading.text,
        cue_words: &reading.cue_words,
        parts: &reading.parts,
        year: reading.segmented.document.year,
    };
    let mut previous_end = 0;
    for draft in drafts.iter_mut() {
        let span = draft.mention.span.clone();
        let in_target_cell = target_cells
            .iter()
            .any(|c| c.start <= span.start && span.end <= c.end);
        draft.mention.indicator.role = if in_target_cell {
            Role::Target
        } else {
            role_of(&report, draft, previous_end)
        };
        previous_end = previous_end.max(span.end);
    }
}

/// Whether `lead`, right before a number in a comparison, names an earlier year's value:
/// a written year, `去`, `前` or `上`, then `年`, perhaps `同期`, and `的`
/// (`仅高于111年的12.7微克及109年的15.4微克`, `前年同期的253.3mm`).
fn names_earlier_year(lead: &str) -> bool {
    // `提高至2022年的67%`: the year a measure went to.
    if lead.contains(['到', '至']) {
        return false;
    }
    let Some(year) = lead
        .strip_suffix('的')
        .map(|rest| rest.strip_suffix("同期").unwrap_or(rest))
        .and_then(|rest| rest.strip_suffix('年'))
    else {
        return false;
    };
    year.ends_with(['去', '前', '上']) || ends_with_written_year(year)
}

fn role_of(report: &Report, draft: &Draft, previous_end: usize) -> Role {
    let text = report.text;
    let words = &cues().number_roles;
    let span = &draft.mention.span;
    if draft.reference {
        let name = &draft.mention.indicator.name;
        return if names_goal(name) {
            Role::Target
        } else if contains_any(name, &words.standards) {
            Role::Standard
        } else {
            Role::Prior
        };
    }
    if names_its_goal(text, span) {
        return Role::Target;
    }
    if draft.is_change_only() {
        // A change has the role of the quantity it changes: the period's own, or a
        // goal's (`力争PM2.5浓度同比下降5%`) or a forecast's.
        let clause_lead = clause_lead(text, span, previous_end);
        return stated_ahead(report, span, clause_lead).unwrap_or(Role::Actual);
    }
    let after = &text[span.end..];
    if starts_with_any(after, &words.definitions) {
        return Role::Standard;
    }
    if draft.mention.indicator.quantity.unit == "倍"
        && starts_with_any(after, &words.goal_multipliers)
    {
        return Role::Target;
    }
    if is_background(report, span.start, text.comma_clause_at(span.start)) {
        return Role::Standard;
    }
    let clause_lead = clause_lead(text, span, previous_end);
    // A multiple of an earlier year's value (`是上年的1.6倍`) is this year's ratio.
    let multiple = draft.mention.indicator.quantity.unit == "倍";
    if names_earlier_year(&text[clause_lead.clone()]) && !multiple {
        return Role::Prior;
    }
    if is_starting_point(report, draft) {
        return Role::Actual;
    }
    match stated_ahead(report, span, clause_lead) {
        Some(role) => role,
        None if is_task_count(report, span, text.sentence_at(span.start)) => Role::Target,
        None if is_ahead(report, draft) => Role::Target,
        None => Role::Actual,
    }
}

/// `完成下降3.2%的年度目标`, `超额完成省下达的3000辆任务`: a goal or a task noun ends the
/// number's comma clause, after `的` or after a quota handed down (`下达`).
fn names_its_goal(text: &IndexedText, span: &Range<usize>) -> bool {
    let clause = text.comma_clause_at(span.start);
    let rest = text[span.end..clause.end.max(span.end)]
        .trim_end_matches(|c: char| Bound::CommaClause.ends(c));
    let handed_down = text[clause.start.min(span.start)..span.start].contains("下达");
    let noun = match rest.strip_prefix('的') {
        Some(noun) => noun,
        None if handed_down => rest,
        None => return false,
    };
    noun.chars().count() <= 6 && ends_with_any(noun, &cues().number_roles.goal_nouns_after)
}

/// A whole year after the one the report reviews (`到2025年,…控制在28微克以内`), not a
/// figure stated as of a day of it (`截至2023年3月`): what a review says of a later year
/// is a goal. Part of a later year (`2023年1—2月`) is measured early in it.
fn is_ahead(report: &Report, draft: &Draft) -> bool {
    let indicator = &draft.mention.indicator;
    let later = indicator
        .period
        .zip(report.year)
        .is_some_and(|(p, y)| p > y);
    if !later || indicator.period_months.is_some() {
        return false;
    }
    let sentence = report.text.sentence_at(draft.mention.span.start);
    let lead = report
        .cue_words
        .within(sentence.start..draft.mention.span.start);
    !lead.any(CueList::AsOf)
}

/// A plan's figure of a year before the report's (`2020年,全市PM2.5平均浓度为35微克/
/// 立方米` in a plan to 2025): the point the plan starts from, measured.
fn is_starting_point(report: &Report, draft: &Draft) -> bool {
    let earlier = draft
        .mention
        .indicator
        .period
        .zip(report.year)
        .is_some_and(|(p, y)| p < y);
    earlier && report.parts.at(draft.mention.span.start) == Part::Plan
}

/// What stands before the number in its comma clause, after any number before it.
fn clause_lead(text: &IndexedText, span: &Range<usize>, previous_end: usize) -> Range<usize> {
    let clause = text.comma_clause_at(span.start);
    clause.start.max(previous_end).min(span.start)..span.start
}

/// A forecast (a forecast word before the number in its sentence) or a target (the plan
/// part, a goal statement before the number, a goal verb in its clause's `lead`).
fn stated_ahead(report: &Report, span: &Range<usize>, clause_lead: Range<usize>) -> Option<Role> {
    let sentence = report.text.sentence_at(span.start);
    let lead = report.cue_words.within(sentence.start..span.start);
    // `预期目标` names goals, not an expectation.
    let expects = lead
        .hits(CueList::RoleForecasts)
        .any(|hit| !report.text[hit.end..].starts_with("目标"));
    if expects {
        return Some(Role::Forecast);
    }
    let reported_done = || {
        report
            .cue_words
            .within(clause_lead.clone())
            .any(CueList::GoalCancels)
    };
    (report.parts.at(span.start) == Part::Plan
        || (states_goals(report, &lead) && !reported_done())
        || states_goal(report, clause_lead.clone())
        || goal_goes_on(report, sentence.start, clause_lead))
    .then_some(Role::Target)
}

/// A statement of goals among `lead`'s cue words (`目标为`), not a comparison with a
/// goal (`高于目标值7.3个百分点`).
fn states_goals(report: &Report, lead: &CuesWithin) -> bool {
    let gaps = &cues().number_roles.goal_gaps;
    lead.hits(CueList::GoalStatements)
        .any(|hit| !ends_with_any(&report.text[..hit.start], gaps))
}

/// A goal stated earlier in the sentence covers the figures after it (`力争…达到90%以上,
/// PM2.5年均浓度不高于29微克`), unless their own clause reports them done (`计划投资
/// 6.82亿元,完成7.48亿元`).
fn goal_goes_on(report: &Report, sentence_start: usize, clause_lead: Range<usize>) -> bool {
    states_goal(report, sentence_start..clause_lead.start)
        && !report.cue_words.within(clause_lead).any(CueList::Completed)
}

/// Background figures: the line so far says it quotes them for reference, and the
/// number's own clause does not compare with them.
fn is_background(report: &Report, at: usize, clause: Range<usize>) -> bool {
    let line = report.cue_words.within(report.text.line_start(at)..at);
    line.any(CueList::Backgrounds) && !report.cue_words.within(clause).any(CueList::Comparisons)
}

/// A goal word (a verb, not the noun) before the number in its comma clause (`lead`),
/// not followed by words that report the goal done.
fn states_goal(report: &Report, lead: Range<usize>) -> bool {
    let nouns = &cues().number_roles.goal_noun_after;
    let found = report.cue_words.within(lead.clone());
    found
        .hits(CueList::Goals)
        .rev()
        .map(|goal| goal.end)
        .find(|&end| !starts_with_any(&report.text[end..lead.end], nouns))
        .is_some_and(|end| !found.any_from(CueList::GoalCancels, end))
}

/// A count of the tasks a plan is broken into (`细化为150项、290条具体任务`): a task word
/// among the few characters after it, in a sentence that names the plan.
fn is_task_count(report: &Report, span: &Range<usize>, sentence: Range<usize>) -> bool {
    let follows_end = report.text[span.end..]
        .char_indices()
        .take_while(|&(_, c)| !Bound::CommaClause.ends(c))
        .take(12)
        .last()
        .map_or(span.end, |(i, c)| span.end + i + c.len_utf8());
    let found = report.cue_words;
    found.within(span.end..follows_end).any(CueList::RoleTasks)
        && found.within(sentence).any(CueList::PlanDocuments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states_goal_before(text: &str, number: &str) -> bool {
        let text = &IndexedText::new(text);
        let cue_words = CueIndex::new(text);
        let parts = Parts::default();
        let report = Report {
            text,
            cue_words: &cue_words,
            parts: &parts,
            year: None,
        };
        let at = text.find(number).expect("the number is in the text");
        states_goal(&report, text.comma_clause_at(at).start..at)
    }

    /// The check reads what the pattern `(?:WRITTEN_YEAR|去|前|上)年(?:同期)?的$` reads.
    #[test]
    fn an_earlier_year_is_what_the_pattern_reads() {
        let pattern = format!(r"(?:{}|去|前|上)年(?:同期)?的$", crate::text::WRITTEN_YEAR);
        let pattern = regex::Regex::new(&pattern).unwrap();
        for lead in [
            "仅高于111年的",
            "前年同期的",
            "较2019年同期的",
            "比二〇一九年的",
            "比一九年的",
            "比9年的",
            "去年的",
            "今年的",
            "上年同期",
            "同期的",
            "年的",
            "的",
            "",
        ] {
            assert_eq!(names_earlier_year(lead), pattern.is_match(lead), "{lead}");
        }
        assert!(names_earlier_year("仅高于111年的"));
        assert!(!names_earlier_year("今年的"));
    }

    #[test]
    fn a_goal_word_is_a_verb_unless_a_noun_follows_it() {
        assert!(states_goal_before("计划新建污水处理厂3座", "3"));
        assert!(!states_goal_before("行动计划中的污水处理厂3座", "3"));
        // The same word as a noun later does not undo the verb before it.
        assert!(states_goal_before("计划新建行动计划中的污水处理厂3座", "3"));
        assert!(!states_goal_before("计划新建污水处理厂已完成3座", "3"));
    }
}
