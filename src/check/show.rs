//! How values and changes read in check and diff output: the number as the report
//! writes it, its unit, the comparator as a sign (`≥90%`), the change signed (`+1.7pp`).

use rust_decimal::Decimal;

use crate::model::{Change, Comparator, Direction, Indicator, Quantity};

/// `95.1%`, `≥90%`, `~5万吨`.
pub fn show_value(value: Decimal, unit: &str, comparator: Comparator) -> String {
    let sign = crate::render::number::comparator_prefix(comparator);
    format!("{sign}{}{unit}", value.normalize())
}

/// The indicator's value as the report states it.
pub fn show_indicator(indicator: &Indicator) -> String {
    show_value(indicator.value, &indicator.unit, indicator.comparator)
}

pub fn show_quantity(quantity: &Quantity) -> String {
    show_value(quantity.value, &quantity.unit, quantity.comparator)
}

/// `+1.7pp`, `-12.6%`, `±0`.
pub fn show_change(change: &Change) -> String {
    let sign = match change.direction {
        Direction::Up => "+",
        Direction::Down => "-",
        Direction::Flat => return "±0".to_string(),
    };
    format!("{sign}{}{}", change.value.normalize(), change.unit)
}

/// A signed number with a unit: `+1.67万吨`, `-3pp`, `0件`.
pub fn show_signed(value: Decimal, unit: &str) -> String {
    let value = value.normalize();
    if value > Decimal::ZERO {
        format!("+{value}{unit}")
    } else {
        format!("{value}{unit}")
    }
}
