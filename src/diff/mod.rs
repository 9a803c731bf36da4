//! Diff: compare the indicators of two reports — a city's report with last year's, or
//! two cities side by side. Indicators are matched by lexicon id, else by normalized
//! name; each pair gets its absolute and relative difference and a check that NEW's own
//! stated year-on-year change agrees with OLD's value ([`consistency`]). Either side may
//! be an earlier JSON export ([`export`]).

pub mod consistency;
pub mod export;

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::interval::percent_change;
use crate::lexicon;
use crate::model::place::{Place, region_key};
use crate::model::{Category, Change, Indicator, Quantity, Report};

pub use consistency::{Consistency, ConsistencyVerdict, consistency};

/// What to compare and show.
#[derive(Debug, Clone, Copy, Default)]
pub struct DiffOptions {
    /// Keep only indicators of this category.
    pub category: Option<Category>,
    /// Leave out indicators whose value did not change.
    pub only_changed: bool,
}

/// The comparison of two reports, by section.
#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    /// Source paths of OLD and NEW.
    pub old: String,
    pub new: String,
    pub changed: Vec<Entry>,
    pub unchanged: Vec<Entry>,
    pub only_old: Vec<Entry>,
    pub only_new: Vec<Entry>,
    /// The places of OLD and NEW (`连云港市 2020`, `靖江市 2023`) when they are different
    /// regions: their values stand side by side, but no stated change is checked across
    /// places.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub different_places: Option<[String; 2]>,
}

/// One indicator in the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub old: Option<Quantity>,
    pub new: Option<Quantity>,
    /// NEW's stated year-on-year change.
    pub new_change: Option<Change>,
    pub difference: Option<Difference>,
    pub consistency: Consistency,
}

/// NEW minus OLD.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    #[serde(with = "crate::model::decimal")]
    pub absolute: Decimal,
    /// Unit of `absolute`: the common written unit, else the base unit; `pp` for rates.
    pub unit: String,
    /// Relative difference in percent of OLD (base values), when OLD is not zero.
    #[serde(with = "optional_decimal")]
    pub relative_percent: Option<Decimal>,
}

/// Compares OLD with NEW.
pub fn diff(old: &Report, new: &Report, options: DiffOptions) -> Diff {
    let old_by_key = representatives(old);
    let new_by_key = representatives(new);
    let keep = |i: &Indicator| options.category.is_none_or(|c| c == i.category);
    let mut result = Diff {
        old: old.source.path.clone(),
        new: new.source.path.clone(),
        changed: Vec::new(),
        unchanged: Vec::new(),
        only_old: Vec::new(),
        only_new: Vec::new(),
        different_places: different_places(old, new),
    };
    for (key, new_indicator) in in_text_order(&new_by_key) {
        if !keep(new_indicator) {
            continue;
        }
        let Some(old_indicator) = old_by_key.get(key) else {
            result
                .only_new
                .push(entry(None, Some(new_indicator), old, new));
            continue;
        };
        let paired = entry(Some(old_indicator), Some(new_indicator), old, new);
        if is_changed(old_indicator, new_indicator) {
            result.changed.push(paired);
        } else if !options.only_changed {
            result.unchanged.push(paired);
        }
    }
    for (key, old_indicator) in in_text_order(&old_by_key) {
        if keep(old_indicator) && !new_by_key.contains_key(key) {
            result
                .only_old
                .push(entry(Some(old_indicator), None, old, new));
        }
    }
    result
}

/// The labels of OLD's and NEW's places when their documents name different regions (a
/// file name is not taken as evidence here: `a.txt` and `b.txt` may be one city).
pub fn different_places(old: &Report, new: &Report) -> Option<[String; 2]> {
    let regions = (
        old.document.region.as_deref()?,
        new.document.region.as_deref()?,
    );
    (region_key(regions.0) != region_key(regions.1))
        .then(|| [Place::of(old).label(), Place::of(new).label()])
}

/// The key indicators are matched by: a lexicon id, else the normalized name.
pub fn match_key(indicator: &Indicator) -> String {
    if lexicon::indicator(&indicator.id).is_some() {
        indicator.id.clone()
    } else {
        format!("name:{}", lexicon::normalize_name(&indicator.name))
    }
}

/// One mention per key: the one that stands for the report. Changes with no level of
/// their own are left out: they are no value to compare.
pub fn representatives(report: &Report) -> BTreeMap<String, &Indicator> {
    let mut chosen: BTreeMap<String, &Indicator> = BTreeMap::new();
    for indicator in report.values() {
        let slot = chosen.entry(match_key(indicator)).or_insert(indicator);
        if report.mention_rank(indicator) < report.mention_rank(slot) {
            *slot = indicator;
        }
    }
    chosen
}

fn in_text_order<'a>(
    by_key: &'a BTreeMap<String, &'a Indicator>,
) -> Vec<(&'a String, &'a Indicator)> {
    let mut ordered: Vec<(&String, &Indicator)> = by_key.iter().map(|(k, i)| (k, *i)).collect();
    ordered.sort_by_key(|(_, i)| (i.quantity.line, i.quantity.column));
    ordered
}

fn is_changed(old: &Indicator, new: &Indicator) -> bool {
    old.quantity.comparator != new.quantity.comparator
        || old.quantity.base_unit != new.quantity.base_unit
        || old.quantity.base_value != new.quantity.base_value
}

fn entry(
    old: Option<&Indicator>,
    new: Option<&Indicator>,
    old_report: &Report,
    new_report: &Report,
) -> Entry {
    let shown = new
        .or(old)
        .map(|i| (i.id.clone(), i.name.clone(), i.category));
    let (id, name, category) = shown.unwrap_or((String::new(), String::new(), Category::General));
    let years = (old_report.document.year, new_report.document.year);
    Entry {
        id,
        name,
        category,
        old: old.map(|i| i.quantity.clone()),
        new: new.map(|i| i.quantity.clone()),
        new_change: new.and_then(|i| i.change.clone()),
        difference: old.zip(new).and_then(|(o, n)| difference(o, n)),
        consistency: match (old, new) {
            (Some(_), Some(_)) if different_places(old_report, new_report).is_some() => {
                Consistency::not_applicable("OLD and NEW are different places")
            }
            (Some(o), Some(n)) => consistency(o, n, years),
            _ => Consistency::not_applicable("only in one report"),
        },
    }
}

/// NEW minus OLD, in the common written unit when there is one, else in base units.
pub fn difference(old: &Indicator, new: &Indicator) -> Option<Difference> {
    if old.quantity.base_unit != new.quantity.base_unit {
        return None;
    }
    let (absolute, unit) = if old.quantity.unit == new.quantity.unit {
        (
            new.quantity.value - old.quantity.value,
            new.quantity.unit.clone(),
        )
    } else {
        (
            new.quantity.base_value - old.quantity.base_value,
            new.quantity.base_unit.clone(),
        )
    };
    let unit = if unit == "%" { "pp".to_string() } else { unit };
    let relative_percent =
        percent_change(new.quantity.base_value, old.quantity.base_value).map(|p| p.round_dp(2));
    Some(Difference {
        absolute: absolute.normalize(),
        unit,
        relative_percent,
    })
}

/// Optional decimals as JSON numbers or null.
mod optional_decimal {
    use rust_decimal::Decimal;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => crate::model::decimal::serialize(v, s),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
