//! Targets set against actuals: target-vs-actual tables (`| 指标 | 年度目标 | 1—6月完成
//! 情况 |`, one row per indicator, flattened onto one line or one row a line) and target
//! statements (`主要环境质量目标为:PM2.5年均浓度降至31微克/立方米,…`) matched with the
//! later actual of the same indicator, and standards (`符合…标准15微克以下`) held against
//! the value of their sentence. Whether higher is better comes from the target's
//! comparator, the lexicon, else the verb that set the target (`降至` sets a ceiling).

use std::ops::Range;

use super::super::Mention;
use super::super::cues::{CueList, contains_any, cues, starts_with_any};
use super::super::part::Part;
use super::{Context, Placed, outcome};
use crate::lexicon;
use crate::model::{Comparator, Target, TargetKind, TargetStatus};

/// Targets from tables, then from statements not already covered by a table.
pub(super) fn compared(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let mut out = Vec::new();
    for table in tables(cx.text()) {
        out.extend(table_targets(cx, &table, used));
    }
    let stated = statement_targets(cx, used, &out);
    out.extend(stated);
    out.extend(standard_targets(cx, used));
    out
}

/// Whether a tabled target already covers this mention: same indicator, or the same
/// target value in the same unit (a table row may name the indicator differently).
fn covered(tabled: &[Placed], mention: &Mention) -> bool {
    let indicator = &mention.indicator;
    tabled.iter().any(|(_, t)| {
        t.indicator.as_deref() == Some(indicator.id.as_str())
            || t.target.as_ref().is_some_and(|q| {
                q.base_value == indicator.quantity.base_value
                    && q.base_unit == indicator.quantity.base_unit
            })
    })
}

/// The cells of a table: byte ranges of trimmed, non-empty cells of consecutive lines
/// holding `|`. A caption before the first `|` is not a cell.
fn tables(text: &str) -> Vec<Vec<Range<usize>>> {
    let mut out: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.matches('|').count() < 2 {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            continue;
        }
        let mut from = start;
        for (i, piece) in line.split('|').enumerate() {
            let range = from..from + piece.len();
            from = range.end + 1;
            let caption = i == 0 && current.is_empty();
            let cell = piece.trim();
            if caption || cell.is_empty() || cell.chars().all(|c| matches!(c, '-' | ':')) {
                continue;
            }
            let lead = piece.len() - piece.trim_start().len();
            current.push(range.start + lead..range.start + lead + cell.len());
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Column positions of a table header: where it starts, its width, and which columns
/// hold the name, the target and the actual.
struct Header {
    start: usize,
    width: usize,
    target: usize,
    actual: usize,
}

fn header(text: &str, cells: &[Range<usize>]) -> Option<Header> {
    let target_cues = &cues().target;
    let target = cells
        .iter()
        .position(|c| contains_any(&text[c.clone()], &target_cues.table_targets))?;
    let actual = (target + 1..cells.len().min(target + 3))
        .find(|&i| contains_any(&text[cells[i].clone()], &target_cues.table_actuals))?;
    let start = target.saturating_sub(1);
    Some(Header {
        start,
        width: actual - start + 1,
        target: target - start,
        actual: actual - start,
    })
}

/// The cells of the target columns of every target-vs-actual table in `text`.
pub(in crate::extract) fn target_cells(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for cells in tables(text) {
        let Some(header) = header(text, &cells) else {
            continue;
        };
        let rows = cells[header.start + header.width..].chunks_exact(header.width);
        out.extend(rows.map(|row| row[header.target].clone()));
    }
    out
}

fn mention_in(cx: &Context, cell: &Range<usize>) -> Option<usize> {
    cx.mentions
        .iter()
        .position(|m| m.span.start >= cell.start && m.span.end <= cell.end)
}

fn table_targets(cx: &Context, cells: &[Range<usize>], used: &mut [bool]) -> Vec<Placed> {
    let text = cx.text();
    let Some(header) = header(text, cells) else {
        return Vec::new();
    };
    let rows = cells[header.start + header.width..].chunks_exact(header.width);
    let mut out = Vec::new();
    for row in rows {
        let (Some(t), Some(a)) = (
            mention_in(cx, &row[header.target]),
            mention_in(cx, &row[header.actual]),
        ) else {
            continue;
        };
        used[t] = true;
        used[a] = true;
        let name = &row[0];
        out.push((
            name.start,
            compare(cx, &text[name.clone()], name.start, t, Some(a)),
        ));
    }
    out
}

/// A target of the report year with its actual, if any.
fn compare(cx: &Context, text: &str, at: usize, target: usize, actual: Option<usize>) -> Target {
    let target_mention = &cx.mentions[target];
    let target_quantity = target_mention.indicator.quantity.clone();
    let actual_quantity = actual.map(|a| cx.mentions[a].indicator.quantity.clone());
    let status = actual_quantity.as_ref().map_or(TargetStatus::Open, |a| {
        outcome(&target_quantity, a, higher_is_better(cx, target, actual))
    });
    Target {
        text: text.to_string(),
        year: cx.reading.segmented.document.year,
        kind: TargetKind::Achieved,
        indicator: Some(
            actual
                .map_or(&target_mention.indicator, |a| &cx.mentions[a].indicator)
                .id
                .clone(),
        ),
        target: Some(target_quantity),
        actual: actual_quantity,
        status,
        line: cx.line(at),
        section: super::super::part::section_id_at(cx.reading.segmented, at),
        actions: Vec::new(),
    }
}

/// From the target's own comparator (`15微克以下` is a ceiling); else from the lexicon
/// when it knows; else a ceiling verb before any statement of the same
/// target value (`降至31微克/立方米`) or a ceiling word after it (`以下`) says lower is
/// better.
pub(super) fn higher_is_better(cx: &Context, target: usize, actual: Option<usize>) -> bool {
    direction(cx, target, actual).unwrap_or(true)
}

/// Whether higher is better, when anything says so (see [`higher_is_better`]).
pub(super) fn direction(cx: &Context, target: usize, actual: Option<usize>) -> Option<bool> {
    match cx.mentions[target].indicator.quantity.comparator {
        Comparator::Le | Comparator::Lt => return Some(false),
        Comparator::Ge | Comparator::Gt => return Some(true),
        Comparator::Eq | Comparator::Approx => {}
    }
    let known = actual
        .and_then(|a| cx.mentions[a].indicator.higher_is_better)
        .or(cx.mentions[target].indicator.higher_is_better);
    if known.is_some() {
        return known;
    }
    let goal = &cx.mentions[target].indicator;
    let is_ceiling = |i: usize| {
        let m = &cx.mentions[i];
        let clause_end = cx.clauses[i].end.max(m.span.end);
        let after = &cx.text()[m.span.end..clause_end];
        cx.reading
            .cue_words
            .within(cx.lead_in(i))
            .any(CueList::Ceilings)
            || starts_with_any(after, &cues().target.ceilings)
    };
    cx.mentions
        .iter()
        .enumerate()
        .any(|(i, m)| {
            m.indicator.quantity.base_value == goal.quantity.base_value
                && m.indicator.quantity.base_unit == goal.quantity.base_unit
                && is_ceiling(i)
        })
        .then_some(false)
}

/// Targets stated in a sentence (`目标为:…`) and not tabled, each with the first later
/// actual of the same indicator in the review part.
fn statement_targets(cx: &Context, used: &mut [bool], tabled: &[Placed]) -> Vec<Placed> {
    let text = cx.text();
    let mut out = Vec::new();
    for (sentence, _) in &cx.review {
        let found = cx.reading.cue_words.within(sentence.clone());
        let Some(cue_end) = found.first_end(CueList::Statements) else {
            continue;
        };
        let stated: Vec<usize> = cx.starting_in(cue_end..sentence.end).collect();
        for (n, &t) in stated.iter().enumerate() {
            let m = &cx.mentions[t];
            if used[t] || m.span.end > sentence.end || reports_done(cx, t) {
                continue;
            }
            used[t] = true;
            if covered(tabled, m) {
                continue;
            }
            // `考核目标为35微克/立方米,实际为31.6微克/立方米`: the actual right after the
            // target in its sentence, else the first later one.
            let reported = stated.get(n + 1).copied().filter(|&a| {
                let actual = &cx.mentions[a];
                !used[a]
                    && actual.span.end <= sentence.end
                    && reports_done(cx, a)
                    && actual.indicator.quantity.base_unit == m.indicator.quantity.base_unit
            });
            let actual = reported.or_else(|| later_actual(cx, t, sentence.end, used));
            if let Some(a) = actual {
                used[a] = true;
            }
            let clause = cx.clauses[t].clone();
            let end = reported.map_or(clause.end, |a| cx.clauses[a].end);
            let target = compare(cx, &text[clause.start..end], m.span.start, t, actual);
            out.push((m.span.start, target));
        }
    }
    out
}

/// Whether the words before mention `i` in its clause report it done (`实际为`,
/// `超额完成`): an actual, not a target, even inside a statement of targets.
fn reports_done(cx: &Context, i: usize) -> bool {
    cx.reading
        .cue_words
        .within(cx.lead_in(i))
        .any(CueList::GoalCancels)
}

fn later_actual(cx: &Context, target: usize, after: usize, used: &[bool]) -> Option<usize> {
    let id = &cx.mentions[target].indicator.id;
    (0..cx.mentions.len()).find(|&i| {
        let m = &cx.mentions[i];
        !used[i]
            && m.span.start >= after
            && &m.indicator.id == id
            && cx.part(m.span.start) == Part::Review
    })
}

/// Standards a value is held against (`符合国家空气品质标准15微克以下`, `仍超过二级标准(35
/// 微克/立方米)`): the standard is the target; the actual is the sentence's first value in
/// the same unit, preferring an indicator the lexicon knows (the subject, not a
/// comparison such as `全国平均`). The year is the actual's.
fn standard_targets(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let text = cx.text();
    let is_standard = |i: usize| {
        cx.reading
            .cue_words
            .within(cx.lead_in(i))
            .any(CueList::Standards)
    };
    let mut out = Vec::new();
    for (t, m) in cx.mentions.iter().enumerate() {
        if used[t] || !is_standard(t) || cx.part(m.span.start) == Part::Plan {
            continue;
        }
        let sentence = text.sentence_at(m.span.start);
        let actual = cx
            .starting_in(sentence)
            .filter(|&i| {
                let a = &cx.mentions[i];
                a.indicator.quantity.base_unit == m.indicator.quantity.base_unit && !is_standard(i)
            })
            .min_by_key(|&i| {
                let known = lexicon::indicator(&cx.mentions[i].indicator.id).is_some();
                (!known, cx.mentions[i].span.start)
            });
        let Some(a) = actual else {
            continue;
        };
        used[t] = true;
        let clause = cx.clauses[t].clone();
        let mut target = compare(cx, &text[clause], m.span.start, t, Some(a));
        target.year = cx.mentions[a].indicator.period.or(target.year);
        out.push((m.span.start, target));
    }
    out
}
