//! Roles: what a number states. Most numbers are the period's own value (`actual`); the
//! words around one can make it a goal (`目标为…降至31微克`, a number of a plan section or
//! of a table's target column), a forecast (`预计…新增1个`), a standard or outside
//! reference (`国家标准15微克`, `全国平均的13.2微克`, climate normals) or an earlier
//! period's value quoted for comparison (`较107年的18.8微克`). The cue words are data
//! (`[number_roles]` in `lexicon/cues.toml`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::cues::{NumberRoleCues, contains_any, cues};
use super::indicator::Draft;
use super::part::{Part, Parts};
use crate::model::Role;
use crate::text::{WRITTEN_YEAR, comma_clause_at, sentence_at};

/// Gives every draft its role. `target_cells` are the cells of target columns of
/// target-vs-actual tables.
pub fn assign(text: &str, parts: &Parts, target_cells: &[Range<usize>], drafts: &mut [Draft]) {
    let words = &cues().number_roles;
    let mut previous_end = 0;
    for draft in drafts.iter_mut() {
        let span = draft.mention.span.clone();
        let in_target_cell = target_cells
            .iter()
            .any(|c| c.start <= span.start && span.end <= c.end);
        draft.mention.indicator.role = if in_target_cell {
            Role::Target
        } else {
            role_of(text, parts, words, draft, previous_end)
        };
        previous_end = previous_end.max(span.end);
    }
}

/// Right before a number in a comparison: an earlier year's value
/// (`仅高于111年的12.7微克及109年的15.4微克`, `前年同期的253.3mm`).
static EARLIER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:{WRITTEN_YEAR}|去|前|上)年(?:同期)?的$")).expect("valid")
});

fn role_of(
    text: &str,
    parts: &Parts,
    words: &NumberRoleCues,
    draft: &Draft,
    previous_end: usize,
) -> Role {
    let span = &draft.mention.span;
    if draft.reference {
        return if contains_any(&draft.mention.indicator.name, &words.standards) {
            Role::Standard
        } else {
            Role::Prior
        };
    }
    if draft.change_only {
        // A change has the role of the quantity it changes: the period's own.
        return Role::Actual;
    }
    let after = &text[span.end..];
    if words
        .definitions
        .iter()
        .any(|w| after.starts_with(w.as_str()))
    {
        return Role::Standard;
    }
    if draft.mention.indicator.quantity.unit == "倍"
        && words
            .goal_multipliers
            .iter()
            .any(|w| after.starts_with(w.as_str()))
    {
        return Role::Target;
    }
    let sentence = sentence_at(text, span.start);
    let lead = &text[sentence.start..span.start];
    let clause = comma_clause_at(text, span.start);
    if is_background(text, words, span.start, &text[clause.clone()]) {
        return Role::Standard;
    }
    if EARLIER_YEAR.is_match(&text[clause.start.max(previous_end).min(span.start)..span.start]) {
        return Role::Prior;
    }
    if contains_any(lead, &words.forecasts) {
        return Role::Forecast;
    }
    let clause_lead = &text[clause.start.max(previous_end).min(span.start)..span.start];
    if parts.at(span.start) == Part::Plan
        || contains_any(lead, &words.goal_statements)
        || states_goal(clause_lead, words)
        || is_task_count(text, words, span, &text[sentence])
    {
        return Role::Target;
    }
    Role::Actual
}

/// Background figures: the line so far says it quotes them for reference, and the
/// number's own clause does not compare with them.
fn is_background(text: &str, words: &NumberRoleCues, at: usize, clause: &str) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    contains_any(&text[line_start..at], &words.backgrounds)
        && !contains_any(clause, &words.comparisons)
}

/// A goal word (a verb, not the noun) before the number in its comma clause, not
/// followed by words that report the goal done.
fn states_goal(lead: &str, words: &NumberRoleCues) -> bool {
    words
        .goals
        .iter()
        .filter_map(|w| lead.rfind(w.as_str()).map(|i| i + w.len()))
        .filter(|&end| {
            !words
                .goal_noun_after
                .iter()
                .any(|n| lead[end..].starts_with(n.as_str()))
        })
        .max()
        .is_some_and(|end| !contains_any(&lead[end..], &words.goal_cancels))
}

/// A count of the tasks a plan is broken into (`细化为150项、290条具体任务`).
fn is_task_count(text: &str, words: &NumberRoleCues, span: &Range<usize>, sentence: &str) -> bool {
    let follows: String = text[span.end..]
        .chars()
        .take_while(|c| !matches!(c, ',' | '。' | ';' | ':' | '\n'))
        .take(12)
        .collect();
    contains_any(&follows, &words.tasks) && contains_any(sentence, &words.plan_documents)
}
