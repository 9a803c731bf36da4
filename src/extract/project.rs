//! Projects: named facilities, programmes and project groups, with their status,
//! quantities and dates. A project is a noun phrase that ends in a project noun (`项目`,
//! `中心`, `厂`, `工程`, …) and starts after the verb of its clause (`统筹推进`, `构建`); it
//! counts only when its sentence gives it a status word (`点火运行`, `在建`, `选址`) or an
//! investment or capacity. `A、B等N个项目` is one project, a group with members A and B,
//! counted once; a policy or plan (`“十四五”规划政策体系`) is no project. Quantities
//! stay indicators: a project links to them by id and position. All cue words live in
//! `lexicon/cues.toml`.

use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;

use super::Mention;
use super::cues::{CueIndex, CueList, contains_any, cues, is_counter, last_of};
use super::part::Part;
use super::reading::Reading;
use crate::input::Normalized;
use crate::model::{Project, ProjectQuantity, ProjectStatus};
use crate::text::{Bound, IndexedText};

mod name;
mod status;

use name::{NounPhrase, noun_phrase};
use status::{status_near, status_word_in};

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年[0-9]{1,2}月")
        .expect("valid regex")
});

/// A project found in one sentence, before mentions of the same project are merged.
#[derive(Debug, Clone)]
struct Found {
    project: Project,
    /// Merge key: the name without a trailing `项目`.
    key: String,
}

/// Finds the projects of a report.
pub fn projects(reading: &Reading, mentions: &[Mention]) -> Vec<Project> {
    let text = &reading.text;
    let parts = &reading.parts;
    let mut found = Vec::new();
    let mut in_order: Vec<&Mention> = mentions.iter().collect();
    in_order.sort_by_key(|m| m.span.start);
    // A `;` separates statements about different things: read each on its own.
    for statement in text.clauses() {
        let sentence = without_end_mark(text, statement);
        let part = parts.at(sentence.start);
        if part != Part::Problems {
            found.extend(sentence_projects(reading, sentence, part, &in_order));
        }
    }
    merge(found)
}

fn sentence_projects(
    reading: &Reading,
    sentence: Range<usize>,
    part: Part,
    mentions: &[&Mention],
) -> Vec<Found> {
    let (text, cue_words) = (&reading.text, &reading.cue_words);
    let phrases: Vec<NounPhrase> = text
        .comma_clauses(sentence.clone())
        .into_iter()
        .filter_map(|clause| noun_phrase(text, reading.segmented, cue_words, clause))
        .collect();
    let mut out = Vec::new();
    let policies = &cues().project.policies;
    for (i, phrase) in phrases.iter().enumerate() {
        if contains_any(&text[phrase.name.clone()], policies) {
            continue;
        }
        let until = phrases.get(i + 1).map_or(sentence.end, |p| p.name.start);
        let from = mentions.partition_point(|m| m.span.start < phrase.name.start);
        let owned: Vec<&Mention> = mentions[from..]
            .iter()
            .take_while(|m| m.span.start < until)
            .filter(|m| m.span.end <= until)
            .copied()
            .collect();
        let quantities = roles(text, phrase, &owned);
        let status = phrase
            .status
            .or_else(|| status_near(text, phrase.name.clone(), phrase.clause.clone()))
            .or_else(|| status_elsewhere(text, cue_words, phrase, sentence.clone()));
        let has_amounts = quantities.iter().any(|q| q.role != "count");
        let Some(status) = status.or(has_amounts.then_some(ProjectStatus::UnderConstruction))
        else {
            continue;
        };
        let finished = text[phrase.clause.start..phrase.name.start].ends_with("完成");
        let status = settle_status(status, part, &quantities, finished);
        let dates: Vec<String> = DATE
            .find_iter(&text[sentence.clone()])
            .map(|m| m.as_str().to_string())
            .collect();
        let mut group = found(
            reading.normalized,
            phrase.name.clone(),
            status,
            sentence.clone(),
        );
        group.project.quantities = quantities;
        group.project.dates = dates;
        group.project.members = phrase
            .members
            .iter()
            .map(|m| text[m.clone()].to_string())
            .collect();
        out.push(group);
    }
    out
}

/// `range` without the punctuation that ends it (`。`, `;`).
fn without_end_mark(text: &str, range: Range<usize>) -> Range<usize> {
    let trimmed = text[range.clone()].trim_end_matches(|c: char| Bound::Clause.ends(c));
    range.start..range.start + trimmed.len()
}

/// A status word in another clause of the sentence that names no project of its own
/// (`…10个项目建设,完成年度投资11.59亿` has none; `…项目盲目发展,建立在建“两高”项目管理
/// 台账` lends none): the following clauses first, nearest first, then the preceding.
fn status_elsewhere(
    text: &IndexedText,
    cue_words: &CueIndex,
    phrase: &NounPhrase,
    sentence: Range<usize>,
) -> Option<ProjectStatus> {
    let clauses: Vec<Range<usize>> = text
        .comma_clauses(sentence)
        .into_iter()
        .filter(|c| *c != phrase.clause && !cue_words.within(c.clone()).any(CueList::ProjectNouns))
        .collect();
    let (before, after): (Vec<_>, Vec<_>) = clauses
        .into_iter()
        .partition(|c| c.end <= phrase.clause.start);
    after
        .iter()
        .chain(before.iter().rev())
        .find_map(|c| status_word_in(&text[c.clone()]).map(|(_, status)| status))
}

/// A project named at `name`, with the sentence as evidence and no quantities yet.
fn found(
    normalized: &Normalized,
    name: Range<usize>,
    status: ProjectStatus,
    sentence: Range<usize>,
) -> Found {
    let text = normalized.text.as_str();
    let position = normalized.map.locate(name.start);
    let name = text[name].to_string();
    Found {
        key: key(&name),
        project: Project {
            name,
            status,
            line: position.line,
            column: position.column,
            quantities: Vec::new(),
            dates: Vec::new(),
            members: Vec::new(),
            evidence: text[sentence].to_string(),
        },
    }
}

/// In the plan part everything is planned; money spent means work under way; work
/// under way that the clause says was finished (`完成…试点建设`) is completed.
fn settle_status(
    status: ProjectStatus,
    part: Part,
    quantities: &[ProjectQuantity],
    finished: bool,
) -> ProjectStatus {
    let spent = quantities.iter().any(|q| q.role == "investment_completed");
    match status {
        _ if part == Part::Plan => ProjectStatus::Planned,
        ProjectStatus::Planned if spent => ProjectStatus::UnderConstruction,
        ProjectStatus::UnderConstruction if finished => ProjectStatus::Completed,
        other => other,
    }
}

fn key(name: &str) -> String {
    name.strip_suffix("项目").unwrap_or(name).to_string()
}

/// The role each owned mention plays for the project, from its unit and the cue words
/// right before it (`计划投资`, `完成`, `全市可达`). Mentions that are none of count,
/// money, capacity or completion ratio are not the project's.
fn roles(text: &str, phrase: &NounPhrase, owned: &[&Mention]) -> Vec<ProjectQuantity> {
    let roles = &cues().roles;
    let mut out = Vec::new();
    let mut gap_start = phrase.name.end;
    for mention in owned {
        let gap = &text[gap_start.min(mention.span.start)..mention.span.start];
        let indicator = &mention.indicator;
        let base = indicator.quantity.base_unit.as_str();
        let in_name = mention.span.end <= phrase.name.end;
        let counted = cues().project.counters.iter().any(|c| c == base);
        let role = if in_name || (mention.span.start == phrase.name.end && is_counter(base)) {
            counted.then_some("count")
        } else if base == "元" {
            Some(investment_role(gap))
        } else if base.contains('/') {
            Some(if contains_any(gap, &roles.total) {
                "total_capacity"
            } else {
                "capacity"
            })
        } else if base == "%" && contains_any(gap, &roles.ratio) {
            Some("completion_ratio")
        } else {
            None
        };
        if let Some(role) = role {
            out.push(ProjectQuantity {
                role: role.to_string(),
                indicator: indicator.id.clone(),
                line: indicator.quantity.line,
                column: indicator.quantity.column,
            });
        }
        gap_start = gap_start.max(mention.span.end);
    }
    out
}

fn investment_role(gap: &str) -> &'static str {
    let roles = &cues().roles;
    let planned = last_of(gap, &roles.planned).map(|(_, end)| end);
    let completed = last_of(gap, &roles.completed).map(|(_, end)| end);
    match (planned, completed) {
        (Some(p), Some(c)) if c > p => "investment_completed",
        (Some(_), _) => "investment_planned",
        (None, Some(_)) => "investment_completed",
        (None, None) => "investment",
    }
}

/// Mentions of one project in several sentences become one project: the first mention
/// gives status and evidence; quantities, dates and members accumulate.
fn merge(found: Vec<Found>) -> Vec<Project> {
    let mut merged: Vec<Found> = Vec::new();
    for f in found {
        let Some(existing) = merged.iter_mut().find(|m| m.key == f.key) else {
            merged.push(f);
            continue;
        };
        let project = &mut existing.project;
        add_new(&mut project.quantities, f.project.quantities);
        add_new(&mut project.dates, f.project.dates);
        add_new(&mut project.members, f.project.members);
    }
    merged.into_iter().map(|f| f.project).collect()
}

fn add_new<T: PartialEq>(to: &mut Vec<T>, items: Vec<T>) {
    for item in items {
        if !to.contains(&item) {
            to.push(item);
        }
    }
}

#[cfg(test)]
mod tests;
