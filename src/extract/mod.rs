//! Extraction: numbers → quantities (value, unit, base value, comparator) → indicators
//! (name, category, id, change, period), projects and targets. Every digit or numeral of
//! the text ends as a quantity or a classified [`NonQuantity`]; nothing is dropped.
//!
//! The stages: [`scan`] gives every token a status; [`change`] finds the change phrases
//! among the quantities; [`name`] names the others; [`indicator`] adds category, id,
//! period and place; [`attach`] gives changes to the quantities they modify, and
//! [`change_only`] makes the changes nothing carries indicators of their own;
//! [`coverage`] accounts for the rest.

pub mod attach;
pub mod category;
pub mod change;
pub mod change_only;
pub mod classify;
pub mod coverage;
mod cues;
pub mod indicator;
pub mod name;
pub mod number;
mod part;
pub mod period;
pub mod project;
pub mod quantity;
pub mod role;
pub mod scan;
pub mod table;
pub mod target;
#[cfg(test)]
mod testing;
mod window;

pub use crate::lexicon::units as unit;

use std::collections::HashSet;
use std::ops::Range;

use crate::input::Normalized;
use crate::model::{Diagnostic, Indicator, NonQuantity, Project, Quantity, Target};
use crate::text::Segmented;
use indicator::{Context, Draft};
use period::Years;

/// An indicator with its place in the normalized text, for the later stages.
#[derive(Debug, Clone)]
pub struct Mention {
    pub indicator: Indicator,
    /// Byte range of the quantity's surface text in the normalized text.
    pub span: Range<usize>,
    /// Byte range of its clause.
    pub clause: Range<usize>,
}

/// How far back a rule looks for the start of a clause, sentence or line. Reports have
/// short clauses; a file with one 50 MB line must not make every lookup quadratic.
const LOOKBACK: usize = 4096;

/// The start of the window a backward search from `at` may look at.
pub(crate) fn lookback_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// The position just after the last of `delimiters` before `at`, looking back at most
/// [`LOOKBACK`] bytes (the window start when none is found, 0 at the text start).
pub(crate) fn after_last(text: &str, at: usize, delimiters: &[char]) -> usize {
    let from = lookback_start(text, at);
    // Bytes, not characters, backwards: only a byte that starts one of the delimiters
    // is looked at closely. This runs for every quantity, so it must not decode the
    // window character by character; a lone line end is found with `memrchr`.
    let window = &text.as_bytes()[from..at];
    if let [delimiter] = delimiters
        && delimiter.is_ascii()
    {
        return memchr::memrchr(*delimiter as u8, window).map_or(from, |i| from + i + 1);
    }
    let mut starts = [false; 256];
    for d in delimiters {
        let mut buf = [0u8; 4];
        starts[usize::from(d.encode_utf8(&mut buf).as_bytes()[0])] = true;
    }
    window
        .iter()
        .enumerate()
        .rev()
        .filter(|&(_, &b)| starts[usize::from(b)])
        .find_map(|(i, _)| {
            let rest = &text[from + i..at];
            delimiters
                .iter()
                .find(|d| rest.starts_with(**d))
                .map(|d| from + i + d.len_utf8())
        })
        .unwrap_or(from)
}

/// Everything extraction found.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub indicators: Vec<Indicator>,
    pub non_quantities: Vec<NonQuantity>,
    pub projects: Vec<Project>,
    pub targets: Vec<Target>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs extraction over normalized, segmented text.
pub fn extract(normalized: &Normalized, segmented: &Segmented) -> Extraction {
    let text = &normalized.text;
    let roc = crate::text::uses_roc_calendar(text);
    let scanned = scan::scan(text, segmented, roc);
    let phrases = change::detect(text, &scanned.found);
    let table_changes = scanned.table_changes(text);
    let mut changes: HashSet<usize> = phrases
        .iter()
        .flat_map(|p| p.values.iter().copied().chain(p.secondary))
        .chain(table_changes.iter().map(|&(c, _)| c))
        .collect();
    let mut barriers: Vec<Range<usize>> = scanned.found.iter().map(|q| q.span.clone()).collect();
    barriers.extend(phrases.iter().map(|p| p.start..p.end(&scanned.found)));
    let own: Vec<quantity::Found> = scanned
        .found
        .iter()
        .enumerate()
        .filter(|(i, _)| !changes.contains(i))
        .map(|(_, q)| q.clone())
        .collect();
    let mut names = name::name_all(text, &own, &barriers);
    for (q, naming) in own.iter().zip(&mut names) {
        if let Some(cell) = table::cell_at(&scanned.cells, &q.span) {
            naming.name = cell.name.clone();
            naming.place = cell.place.clone();
        }
    }
    let markers: Vec<Range<usize>> = phrases
        .iter()
        .map(|p| p.start..p.verb_start)
        .chain(phrases.iter().filter_map(|p| p.frame.clone()))
        .collect();
    let years = Years::collect(text, &scanned, roc, &segmented.document, &markers);
    let ctx = Context {
        normalized,
        segmented,
        years: &years,
    };
    let mut drafts: Vec<Draft> = Vec::with_capacity(own.len());
    for (q, naming) in own.iter().zip(names) {
        drafts.push(ctx.draft(q, naming.name, naming.place, naming.reference));
        for other in naming.shared_with {
            drafts.push(ctx.draft(q, other, None, false));
        }
    }
    // A table's change column comes first: a sentence restating that change later
    // (`富阳区优良率同比增长-10.9个百分点`) then stands on its own.
    for &(c, t) in &table_changes {
        let target = &scanned.found[t];
        if let Some(d) = drafts.iter_mut().find(|d| d.mention.span == target.span) {
            d.mention.indicator.change = Some(table::change(text, &scanned.found[c]));
        }
    }
    let extra = attach::attach(&ctx, &mut drafts, &scanned.found, &phrases, roc);
    drafts.extend(extra);
    drafts.sort_by_key(|d| d.mention.span.start);
    let parts = part::Parts::new(segmented);
    // One reading of the cue words for the role and target rules.
    let cue_words = cues::CueIndex::new(text);
    let target_cells = target::target_cells(text);
    role::assign(text, &cue_words, &parts, &target_cells, &mut drafts);
    // After the roles: a number read as a change keeps the role it was read with (a
    // goal `力争全市优良天数增加15天` stays a target).
    let named = change_only::named_changes(&ctx, &mut drafts, &scanned.found, roc);
    let mut mentions: Vec<Mention> = drafts.into_iter().map(|d| d.mention).collect();
    indicator::separate_quantities(&mut mentions);
    changes.extend(named);
    let (non_quantities, diagnostics) = coverage::account(normalized, &scanned, &changes);
    let projects = project::projects(normalized, segmented, &parts, &mentions);
    let targets = target::targets(normalized, segmented, &parts, &mentions, &cue_words);
    Extraction {
        indicators: mentions.into_iter().map(|m| m.indicator).collect(),
        non_quantities,
        projects,
        targets,
        diagnostics,
    }
}

/// Parses a quantity written on its own (`30万吨`, `3000万元`, `95%`), for targets and
/// expressions; `None` when the text is not exactly one number with a unit.
pub fn parse_quantity(text: &str) -> Option<Quantity> {
    let text = text.trim();
    let tokens = number::scan(text);
    let token = tokens.first().filter(|t| t.start == 0)?;
    let value = token.value?;
    let found = quantity::build(text, token, value).or_else(|| {
        (token.end == text.len()).then(|| quantity::Found {
            span: 0..text.len(),
            number: 0..text.len(),
            value,
            unit: String::new(),
            base_value: value,
            base_unit: String::new(),
            kind: unit::UnitKind::Count,
            comparator: Default::default(),
        })
    })?;
    (found.span.end == text.len()).then(|| found.to_quantity(text, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_last_finds_what_a_character_search_finds() {
        let reference = |text: &str, at: usize, delimiters: &[char]| {
            text[..at]
                .char_indices()
                .rev()
                .find(|(_, c)| delimiters.contains(c))
                .map_or(0, |(i, c)| i + c.len_utf8())
        };
        let text = "一、空气质量:优良率95.1%,同比上升。\n二、水|达标率100%;完成";
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for delimiters in [
                &['\n'][..],
                &[',', '。', ';', '\n', ':', '|'],
                &['。', '\n'],
            ] {
                assert_eq!(
                    after_last(text, at, delimiters),
                    reference(text, at, delimiters),
                    "at {at}"
                );
            }
        }
    }
    use rust_decimal::Decimal;

    #[test]
    fn parse_standalone_quantities() {
        let q = parse_quantity("30万吨").unwrap();
        assert_eq!(
            (q.base_value, q.base_unit.as_str()),
            (Decimal::from(300_000), "吨")
        );
        let q = parse_quantity("3000万元").unwrap();
        assert_eq!(q.base_value, Decimal::from(30_000_000));
        assert_eq!(
            parse_quantity("95").map(|q| q.value),
            Some(Decimal::from(95))
        );
        assert!(parse_quantity("95 apples and more").is_none());
        assert!(parse_quantity("abc").is_none());
    }
}
