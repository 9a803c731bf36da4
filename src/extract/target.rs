//! Targets: what a report promised and whether it was met. Three kinds come out:
//! achieved targets of the report year (a task or target with its outcome, a planned and
//! a completed amount, a completion rate, a target-vs-actual table, a standard), plans (every
//! numbered item of a plan section, and numbers after a plan cue such as `计划`), and
//! forecasts (`预计…超过6000亿元`). Sections are told apart by their heading words, not
//! their position; cue words live in `lexicon/cues.toml`.

mod compare;
pub(super) use compare::target_cells;
mod outcome;
mod plan;
mod stated;

use rust_decimal::Decimal;

use std::ops::Range;

use super::Mention;
use super::part::Part;
use super::reading::Reading;
use crate::model::{Quantity, Target, TargetStatus};
use crate::text::IndexedText;

/// Finds the targets of a report; `cue_words` is where the report's cue words stand.
pub fn targets(reading: &Reading, mentions: &[Mention]) -> Vec<Target> {
    let context = Context::new(reading, mentions);
    let mut used = vec![false; mentions.len()];
    let mut placed = compare::compared(&context, &mut used);
    placed.extend(outcome::achieved(&context, &mut used));
    let stated = stated::outcomes(&context, &mut used, &placed);
    placed.extend(stated);
    placed.extend(plan::plan_items(&context));
    placed.extend(plan::figures(&context, &used));
    placed.sort_by_key(|(at, _)| *at);
    placed.into_iter().map(|(_, target)| target).collect()
}

/// A target with the byte offset it was found at, for reading order.
type Placed = (usize, Target);

/// What every target rule reads: the report's reading, and the windows the rules look
/// into (a mention's comma clause, the sentences and clauses of the review), found once
/// here; the cue words inside a window are looked up in the reading's cue index, not
/// searched for again.
struct Context<'a> {
    reading: &'a Reading<'a>,
    mentions: &'a [Mention],
    /// Mention indices in text order, for range look-ups.
    by_start: Vec<usize>,
    /// The comma clause of each mention.
    clauses: Vec<Range<usize>>,
    /// The sentences of the review part, each with its comma clauses.
    review: Vec<(Range<usize>, Vec<Range<usize>>)>,
}

impl<'a> Context<'a> {
    fn new(reading: &'a Reading<'a>, mentions: &'a [Mention]) -> Context<'a> {
        let (text, parts) = (&reading.text, &reading.parts);
        debug_assert!(mentions.is_sorted_by_key(|m| m.span.start));
        let mut by_start: Vec<usize> = (0..mentions.len()).collect();
        by_start.sort_by_key(|&i| mentions[i].span.start);
        let review = text
            .sentences(0..text.len())
            .into_iter()
            .filter(|s| parts.at(s.start) == Part::Review)
            .map(|s| (s.clone(), text.comma_clauses(s)))
            .collect();
        let clauses = mentions
            .iter()
            .map(|m| text.comma_clause_at(m.span.start))
            .collect();
        Context {
            reading,
            mentions,
            by_start,
            clauses,
            review,
        }
    }

    fn text(&self) -> &IndexedText<'a> {
        &self.reading.text
    }

    fn line(&self, offset: usize) -> usize {
        self.reading.line(offset)
    }

    fn part(&self, offset: usize) -> Part {
        self.reading.parts.at(offset)
    }

    /// Indices of the mentions that start inside `range`, in text order.
    fn starting_in(&self, range: Range<usize>) -> impl Iterator<Item = usize> + '_ {
        let from = self
            .by_start
            .partition_point(|&i| self.mentions[i].span.start < range.start);
        self.by_start[from..]
            .iter()
            .copied()
            .take_while(move |&i| self.mentions[i].span.start < range.end)
    }

    /// The span from the start of mention `i`'s comma clause up to the mention.
    fn lead_in(&self, i: usize) -> Range<usize> {
        self.clauses[i].start..self.mentions[i].span.start
    }
}

/// Whether `actual` meets `target`: at least the target when higher is better, at most
/// it otherwise. Values compare in their base units.
fn outcome(target: &Quantity, actual: &Quantity, higher_is_better: bool) -> TargetStatus {
    let met = if higher_is_better {
        actual.base_value >= target.base_value
    } else {
        actual.base_value <= target.base_value
    };
    if met {
        TargetStatus::Met
    } else {
        TargetStatus::Missed
    }
}

/// A completion rate meets its task at 100%.
fn rate_outcome(rate: &Quantity) -> TargetStatus {
    if rate.base_value >= Decimal::ONE_HUNDRED {
        TargetStatus::Met
    } else {
        TargetStatus::Missed
    }
}

#[cfg(test)]
mod tests;
