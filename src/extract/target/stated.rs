//! Outcomes stated in words: a clause of the review part that says a task was done
//! (`圆满完成…工作`, `完成《…条例》制订调研`), an assessment won or passed
//! (`考核获得优秀等级`, `通过省厅审核`), something bad kept from happening
//! (`未发生突发环境事件`, `未审批…“两高”项目`) or a state attained (`全面达标`,
//! `实现“零进口”`). Each is an achieved target like a numeric one: met, or missed when
//! the clause says it was not done. A clause holding a measured value is left to the
//! numeric rules; a clause that hopes, plans or explains a purpose (`力争`, `实现对…`) is
//! no outcome. The words are the `[target.outcomes]` lists of `lexicon/cues.toml`.

use std::ops::Range;

use super::super::cues::{CueList, CuesWithin, cues, is_counter, starts_with_any};
use super::outcome::achieved_target;
use super::{Context, Placed};
use crate::model::TargetStatus;
use crate::text::SpanSet;

/// What a clause states, by the cue class that found it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stated {
    /// A task done (`完成`, `办结`).
    Accomplished,
    /// An award, a rating or an assessment passed.
    Honoured,
    /// Something bad that did not happen.
    Avoided,
    /// A standard or a state attained.
    Attained,
}

/// The outcomes stated in words, in clauses no earlier target rule has read
/// (`placed` are the targets found so far).
pub(super) fn outcomes(cx: &Context, used: &mut [bool], placed: &[Placed]) -> Vec<Placed> {
    let taken = SpanSet::new(placed.iter().map(|(at, t)| *at..*at + t.text.len()));
    let mut out = Vec::new();
    for (_, clauses) in &cx.review {
        // Consecutive clauses of one sentence that state outcomes make one outcome
        // (`通过省厅审核,是…首批通过省审核的两个地市之一`).
        let mut run: Option<(Range<usize>, bool, Vec<Range<usize>>)> = None;
        for clause in clauses {
            let overlaps = taken.meets(clause.clone());
            let read = (!overlaps).then(|| stated(cx, clause.clone())).flatten();
            match (read, run.as_mut()) {
                (Some((_, missed)), Some((span, was_missed, clauses))) => {
                    span.end = clause.end;
                    *was_missed |= missed;
                    clauses.push(clause.clone());
                }
                (Some((_, missed)), None) => {
                    run = Some((clause.clone(), missed, vec![clause.clone()]));
                }
                (None, _) => {
                    if let Some(r) = run.take() {
                        out.push(outcome(cx, used, r));
                    }
                }
            }
        }
        if let Some(r) = run.take() {
            out.push(outcome(cx, used, r));
        }
    }
    out
}

/// The outcome of a run of clauses. A task done in one clause with one count or amount
/// (`完成107个地块调查评审`, `完成年度投资11.59亿`) carries it as the actual value.
fn outcome(
    cx: &Context,
    used: &mut [bool],
    (span, missed, clauses): (Range<usize>, bool, Vec<Range<usize>>),
) -> Placed {
    let status = if missed {
        TargetStatus::Missed
    } else {
        TargetStatus::Met
    };
    let single = match clauses.as_slice() {
        [clause] if stated(cx, clause.clone()).map(|(s, _)| s) == Some(Stated::Accomplished) => {
            let inside: Vec<usize> = cx.starting_in(clause.clone()).collect();
            match inside.as_slice() {
                [i] if !used[*i] => Some(*i),
                _ => None,
            }
        }
        _ => None,
    };
    let actual = single.map(|i| {
        used[i] = true;
        cx.mentions[i].indicator.quantity.clone()
    });
    achieved_target(
        cx,
        span,
        single.map(|i| &cx.mentions[i]),
        None,
        actual,
        status,
    )
}

/// What a clause states and whether it says the outcome was missed; `None` when it
/// states no outcome, hopes or plans, or holds a measured value.
fn stated(cx: &Context, clause: Range<usize>) -> Option<(Stated, bool)> {
    let found = cx.reading.cue_words.within(clause.clone());
    if is_pending(cx, found) || found.any(CueList::NotOutcomes) {
        return None;
    }
    let class = class_of(cx, found)?;
    // A measured value belongs to the numeric rules; a task done may carry its count or
    // amount, other outcomes only counts (`2家企业获批…称号`).
    let measured = cx.starting_in(clause).any(|i| {
        let quantity = &cx.mentions[i].indicator.quantity;
        class != Stated::Accomplished && !is_counter(&quantity.base_unit)
            || quantity.base_unit == "%"
    });
    if measured {
        return None;
    }
    Some((class, found.any(CueList::Missed)))
}

fn class_of(cx: &Context, found: CuesWithin) -> Option<Stated> {
    let not_after = &cues().target.outcomes.not_after;
    if has_verb(cx, found, CueList::Accomplished, not_after) {
        Some(Stated::Accomplished)
    } else if has_verb(cx, found, CueList::Honours, not_after) || passed(found) {
        Some(Stated::Honoured)
    } else if found.any(CueList::Avoided) {
        Some(Stated::Avoided)
    } else if found.any(CueList::Attained) {
        Some(Stated::Attained)
    } else {
        None
    }
}

/// Whether a word of `verbs` stands in a clause (the cue words `found` in it) as a verb:
/// not as the head of a noun (`完成率`, `完成情况`, `获得感`, `发展计划中`).
fn has_verb(cx: &Context, found: CuesWithin, verbs: CueList, not_after: &[String]) -> bool {
    found
        .hits(verbs)
        .any(|verb| !starts_with_any(&cx.text()[verb.end..found.end], not_after))
}

/// Whether a clause hopes, plans or states a purpose (`力争年内完成`): a pending word
/// that is not the head of a noun (`发展计划中…指标顺利完成`).
pub(super) fn is_pending(cx: &Context, found: CuesWithin) -> bool {
    let nouns = &cues().number_roles.goal_noun_after;
    has_verb(cx, found, CueList::Pending, nouns)
}

/// `通过省厅审核`: a pass verb with an assessment after it. Looking after the first pass
/// verb is enough: what follows a later one follows the first too.
fn passed(found: CuesWithin) -> bool {
    found
        .first_end(CueList::Passed)
        .is_some_and(|end| found.any_from(CueList::PassedObjects, end))
}
