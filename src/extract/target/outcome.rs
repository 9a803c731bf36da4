//! Achieved targets of the report year, from the outcome a sentence states: a planned
//! and a completed amount (`计划投资6.82亿元、完成7.48亿元`), a completion rate
//! (`28项整改任务按时完成率100%`), a threshold reached (`安全利用率达90%以上`), or a task
//! or target with an outcome word (`2项约束性指标顺利完成`, `任务…未完成`). Only the
//! review part counts: the same words in a plan are promises, not outcomes.

use std::ops::Range;

use super::super::Mention;
use super::super::cues::{CueList, contains_any, cues, ends_with_any, is_counter, starts_with_any};
use super::super::part::{Part, section_id_at, skip_numbering};
use super::compare::direction;
use super::stated::is_pending;
use super::{Context, Placed, outcome, rate_outcome};
use crate::model::{Quantity, Role, Target, TargetKind, TargetStatus};

pub(super) fn achieved(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let mut out = planned_and_completed(cx, used);
    out.extend(completion_rates(cx, used));
    out.extend(thresholds(cx, used));
    out.extend(tasks(cx, used));
    out
}

/// Indices of unused mentions in the review part.
fn open_in_review(cx: &Context, used: &[bool]) -> Vec<usize> {
    (0..cx.mentions.len())
        .filter(|&i| !used[i] && cx.part(cx.mentions[i].span.start) == Part::Review)
        .collect()
}

pub(super) fn achieved_target(
    cx: &Context,
    text: Range<usize>,
    indicator: Option<&Mention>,
    target: Option<Quantity>,
    actual: Option<Quantity>,
    status: TargetStatus,
) -> Placed {
    let start = skip_numbering(cx.text(), cx.reading.segmented, text.start).min(text.end);
    let text = start..text.end;
    let target = Target {
        text: cx.text()[text.clone()].to_string(),
        year: cx.reading.segmented.document.year,
        kind: TargetKind::Achieved,
        indicator: indicator.map(|m| m.indicator.id.clone()),
        target,
        actual,
        status,
        line: cx.line(text.start),
        section: section_id_at(cx.reading.segmented, text.start),
        actions: Vec::new(),
    };
    (text.start, target)
}

#[derive(PartialEq)]
enum Cue {
    Planned,
    Completed,
}

/// Whether the words right before mention `i` plan or report an amount; the later cue
/// wins (`计划投资6.82亿元、完成` → completed).
fn amount_cue(cx: &Context, i: usize) -> Option<Cue> {
    let found = cx.reading.cue_words.within(cx.lead_in(i));
    let planned = found.last_end(CueList::Planned);
    let completed = found.last_end(CueList::Completed);
    match (planned, completed) {
        (Some(p), Some(c)) if c > p => Some(Cue::Completed),
        (Some(_), _) => Some(Cue::Planned),
        (None, Some(_)) => Some(Cue::Completed),
        (None, None) => None,
    }
}

/// `计划投资X、完成Y,完成比例达Z%`: target X, actual Y; the ratio is consumed with them.
fn planned_and_completed(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let mut out = Vec::new();
    let open = open_in_review(cx, used);
    let cue: Vec<Option<Cue>> = open.iter().map(|&i| amount_cue(cx, i)).collect();
    if !cue.contains(&Some(Cue::Planned)) {
        return out;
    }
    // Places in `open` of the completed amounts and the completion rates: a planned
    // amount looks among them only, not among every later number of the report.
    let completed: Vec<usize> = (0..open.len())
        .filter(|&n| cue[n] == Some(Cue::Completed))
        .collect();
    let rates: Vec<usize> = (0..open.len())
        .filter(|&n| is_completion_rate(cx, open[n]))
        .collect();
    fn after(places: &[usize], n: usize) -> &[usize] {
        &places[places.partition_point(|&k| k <= n)..]
    }
    for (n, &p) in open.iter().enumerate() {
        let planned = &cx.mentions[p];
        if used[p] || cue[n] != Some(Cue::Planned) {
            continue;
        }
        let sentence = cx.text().sentence_at(planned.span.start);
        // Mentions come in text order: past the sentence no amount can be the plan's.
        let in_sentence = |&i: &usize| cx.mentions[i].span.start < sentence.end;
        let Some(c) = after(&completed, n)
            .iter()
            .map(|&k| open[k])
            .take_while(in_sentence)
            .find(|&c| {
                let m = &cx.mentions[c];
                m.span.end <= sentence.end
                    && m.indicator.quantity.base_unit == planned.indicator.quantity.base_unit
            })
        else {
            continue;
        };
        used[p] = true;
        used[c] = true;
        let mut end = cx.mentions[c].span.end;
        if let Some(r) = after(&rates, n)
            .iter()
            .map(|&k| open[k])
            .take_while(in_sentence)
            .find(|&r| {
                let m = &cx.mentions[r];
                m.span.start > end && m.span.end <= sentence.end
            })
        {
            used[r] = true;
            end = cx.mentions[r].span.end;
        }
        let target = planned.indicator.quantity.clone();
        let actual = cx.mentions[c].indicator.quantity.clone();
        let status = outcome(&target, &actual, true);
        let start = cx.clauses[p].start;
        out.push(achieved_target(
            cx,
            start..end,
            Some(planned),
            Some(target),
            Some(actual),
            status,
        ));
    }
    out
}

fn is_completion_rate(cx: &Context, i: usize) -> bool {
    let indicator = &cx.mentions[i].indicator;
    indicator.quantity.base_unit == "%"
        && (contains_any(&indicator.name, &cues().target.completion_rates)
            || cx
                .reading
                .cue_words
                .within(cx.lead_in(i))
                .any(CueList::CompletionRates))
}

fn is_count(m: &Mention) -> bool {
    is_counter(&m.indicator.quantity.base_unit)
}

/// `28项整改任务按时完成率100%`: the count of tasks is the target, the rate the actual.
fn completion_rates(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let mut out = Vec::new();
    for r in open_in_review(cx, used) {
        let rate = &cx.mentions[r];
        if !is_completion_rate(cx, r) {
            continue;
        }
        let clause = cx.clauses[r].clone();
        let count = cx
            .starting_in(clause.start..rate.span.start)
            .filter(|&i| !used[i] && is_count(&cx.mentions[i]))
            .last();
        used[r] = true;
        if let Some(c) = count {
            used[c] = true;
        }
        let actual = rate.indicator.quantity.clone();
        let status = rate_outcome(&actual);
        let target = count.map(|c| cx.mentions[c].indicator.quantity.clone());
        let text = clause.start..rate.span.end.max(clause.end);
        out.push(achieved_target(
            cx,
            text,
            Some(rate),
            target,
            Some(actual),
            status,
        ));
    }
    out
}

/// `受污染耕地安全利用率达90%以上`: the threshold is the target and it was reached.
fn thresholds(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let target_cues = &cues().target;
    let mut out = Vec::new();
    for i in open_in_review(cx, used) {
        let m = &cx.mentions[i];
        let lead_in = &cx.text()[cx.lead_in(i)];
        let after = &cx.text()[m.span.end..];
        let reached = ends_with_any(lead_in, &target_cues.threshold_before);
        let at_least = starts_with_any(after, &target_cues.threshold_after)
            || ends_with_any(&m.indicator.quantity.text, &target_cues.threshold_after);
        // A goal (`力争…达到95%以上`) is no threshold reached.
        if !(reached && at_least) || m.indicator.role != Role::Actual {
            continue;
        }
        used[i] = true;
        let quantity = m.indicator.quantity.clone();
        out.push(achieved_target(
            cx,
            cx.clauses[i].clone(),
            Some(m),
            Some(quantity.clone()),
            Some(quantity),
            TargetStatus::Met,
        ));
    }
    out
}

/// A clause naming a task or target with an outcome word (`2项约束性指标顺利完成`); a
/// count before the task word is the target.
fn tasks(cx: &Context, used: &mut [bool]) -> Vec<Placed> {
    let mut out = Vec::new();
    for (sentence, clauses) in &cx.review {
        for clause in clauses {
            let found = cx.reading.cue_words.within(clause.clone());
            let Some(task_at) = found.hits(CueList::Tasks).map(|h| h.start).min() else {
                continue;
            };
            if found.any(CueList::NotOutcomes) || is_pending(cx, found) {
                continue;
            }
            let missed = found.any(CueList::Missed);
            if !missed && !found.any(CueList::Done) {
                continue;
            }
            let inside: Vec<usize> = cx.starting_in(clause.clone()).collect();
            if inside.iter().any(|&i| used[i]) {
                continue;
            }
            inside.iter().for_each(|&i| used[i] = true);
            out.push(task_target(
                cx,
                sentence.clone(),
                clause.clone(),
                task_at,
                missed,
                &inside,
            ));
        }
    }
    out
}

/// The target of a task clause: a count before the task word (`2项约束性指标`), or a
/// value after it (`完成省下达的目标任务(30微克/立方米)`) held against the sentence's
/// earlier value in the same unit. Without numbers, or without a known direction, the
/// outcome word decides.
fn task_target(
    cx: &Context,
    sentence: Range<usize>,
    clause: Range<usize>,
    task_at: usize,
    missed: bool,
    inside: &[usize],
) -> Placed {
    let said = if missed {
        TargetStatus::Missed
    } else {
        TargetStatus::Met
    };
    let m = |i: usize| &cx.mentions[i];
    if let Some(c) = inside
        .iter()
        .copied()
        .find(|&i| m(i).span.end <= task_at && is_count(m(i)))
    {
        let target = Some(m(c).indicator.quantity.clone());
        return achieved_target(cx, clause, Some(m(c)), target, None, said);
    }
    let stated = inside
        .iter()
        .copied()
        .find(|&i| m(i).span.start >= task_at && !is_count(m(i)));
    let Some(t) = stated else {
        return achieved_target(cx, clause, None, None, None, said);
    };
    let actual = cx
        .starting_in(sentence.start..clause.start)
        .filter(|&i| m(i).indicator.quantity.base_unit == m(t).indicator.quantity.base_unit)
        .last();
    let target = m(t).indicator.quantity.clone();
    let Some(a) = actual else {
        return achieved_target(cx, clause, Some(m(t)), Some(target), None, said);
    };
    let actual = m(a).indicator.quantity.clone();
    // The numbers decide when the direction is known; else the words (`优于目标`).
    let status = direction(cx, t, Some(a)).map_or(said, |higher| outcome(&target, &actual, higher));
    achieved_target(cx, clause, Some(m(a)), Some(target), Some(actual), status)
}
