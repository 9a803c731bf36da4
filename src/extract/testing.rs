//! Hand-made mentions for unit tests of the stages after quantity extraction, so
//! projects and targets can be tested on a sentence without the whole pipeline.

use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::Mention;
use crate::input::Normalized;
use crate::model::{Category, Comparator, Indicator, Quantity, Role};
use crate::text::IndexedText;

/// A mention of `surface` (its first occurrence at or after `from`) with indicator id
/// `id`. The value is the first number of `surface`, the unit what follows it; `万` and `亿`
/// are expanded into the base value, whose unit is `base_unit`.
pub fn mention_from(
    normalized: &Normalized,
    surface: &str,
    from: &str,
    id: &str,
    base_unit: &str,
) -> Mention {
    let text = &IndexedText::new(normalized.text.as_str());
    let anchor = text.find(from).expect("anchor in text");
    let start = anchor + text[anchor..].find(surface).expect("surface in text");
    let span: Range<usize> = start..start + surface.len();
    let first = surface
        .find(|c: char| c.is_ascii_digit())
        .expect("a number");
    let digits = surface[first..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map_or(surface.len(), |i| first + i);
    let value = Decimal::from_str(&surface[first..digits]).expect("number");
    let unit = &surface[digits..];
    let factor = if unit.starts_with('亿') {
        Decimal::from(100_000_000)
    } else if unit.starts_with('万') {
        Decimal::from(10_000)
    } else {
        Decimal::ONE
    };
    let position = normalized.map.locate(start);
    let clause = text.clause_at(start);
    Mention {
        indicator: Indicator {
            id: id.to_string(),
            name: id.rsplit('.').next().unwrap_or(id).to_string(),
            label_en: None,
            category: Category::General,
            quantity: Quantity {
                value,
                unit: unit.to_string(),
                base_value: value * factor,
                base_unit: base_unit.to_string(),
                comparator: Comparator::Eq,
                text: surface.to_string(),
                line: position.line,
                column: position.column,
            },
            change: None,
            change_only: false,
            period: None,
            period_months: None,
            place: None,
            role: Role::Actual,
            section: None,
            evidence: text[clause.clone()].to_string(),
            higher_is_better: None,
        },
        span,
        clause,
    }
}

/// [`mention_from`] searching from the start of the text.
pub fn mention(normalized: &Normalized, surface: &str, id: &str, base_unit: &str) -> Mention {
    mention_from(normalized, surface, surface, id, base_unit)
}
