//! Extraction: numbers → quantities (value, unit, base value, comparator) → indicators
//! (name, category, id, change, period), projects and targets. Every digit or numeral of
//! the text ends as a quantity or a classified [`NonQuantity`]; nothing is dropped.
//!
//! [`reading`] reads the report once — its boundaries, parts, cue words and calendar —
//! and the stages ask it rather than search the text again. The stages: [`scan`] gives
//! every token a status; [`change`] finds the change phrases
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
pub mod reading;
pub mod role;
pub mod scan;
pub mod table;
pub mod target;
#[cfg(test)]
mod testing;

pub use crate::lexicon::units as unit;

use std::collections::HashSet;
use std::ops::Range;

use crate::input::Normalized;
use crate::model::{Diagnostic, Indicator, NonQuantity, Project, Quantity, Target};
use crate::text::{IndexedText, Segmented};
use indicator::{Context, Draft};
use period::Years;
use reading::Reading;

/// An indicator with its place in the normalized text, for the later stages.
#[derive(Debug, Clone)]
pub struct Mention {
    pub indicator: Indicator,
    /// Byte range of the quantity's surface text in the normalized text.
    pub span: Range<usize>,
    /// Byte range of its clause.
    pub clause: Range<usize>,
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
    let reading = Reading::new(normalized, segmented);
    let (text, roc) = (&reading.text, reading.roc);
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
    // A name never reaches back over the number of its paragraph (`(四)`, `5.`).
    barriers.extend(segmented.sections.iter().map(|s| s.number.clone()));
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
        reading: &reading,
        years: &years,
    };
    let mut drafts: Vec<Draft> = Vec::with_capacity(own.len());
    let mut previous_end = 0;
    for (q, naming) in own.iter().zip(names) {
        let mut draft = ctx.draft(q, naming.name, naming.place, naming.reference);
        if naming.progress_to {
            draft.mention.indicator.period =
                years.period_after(previous_end..q.span.start, reading.parts.at(q.span.start));
        }
        previous_end = q.span.end;
        drafts.push(draft);
        for other in naming.shared_with {
            drafts.push(ctx.draft(q, other, None, false));
        }
    }
    let spans: Vec<Range<usize>> = drafts.iter().map(|d| d.mention.span.clone()).collect();
    for (d, year) in years.series(text, &spans) {
        drafts[d].mention.indicator.period = Some(year);
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
    let target_cells = target::target_cells(text);
    role::assign(&reading, &target_cells, &mut drafts);
    // After the roles: a number read as a change keeps the role it was read with (a
    // goal `力争全市优良天数增加15天` stays a target).
    let named = change_only::named_changes(&ctx, &mut drafts, &scanned.found, roc);
    let mut mentions: Vec<Mention> = drafts.into_iter().map(|d| d.mention).collect();
    indicator::separate_quantities(&mut mentions);
    changes.extend(named);
    let (non_quantities, diagnostics) = coverage::account(normalized, &scanned, &changes);
    let projects = project::projects(&reading, &mentions);
    let targets = target::targets(&reading, &mentions);
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
    let text = &IndexedText::new(text.trim());
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
