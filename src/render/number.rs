//! How numbers read on screen: values without trailing zeros (`273300`, not
//! `273300.00`), the comparator as a sign (`≥90%`), and changes as an arrow with a signed
//! amount (`↑ +1.7pp`, `↓ -12.6%`). Shared by tables, the summary, `get` and `explain`.

use rust_decimal::Decimal;

use crate::model::{Change, Comparator, Direction, Indicator};

/// A decimal as people write it: no trailing fractional zeros, no exponent.
pub fn decimal(value: Decimal) -> String {
    value.normalize().to_string()
}

/// The comparator as a prefix: empty for `=`, `≥`, `>`, `≤`, `<`, `~`.
pub fn comparator_prefix(comparator: Comparator) -> &'static str {
    match comparator {
        Comparator::Eq => "",
        Comparator::Ge => "≥",
        Comparator::Gt => ">",
        Comparator::Le => "≤",
        Comparator::Lt => "<",
        Comparator::Approx => "~",
    }
}

/// Value and unit as written: `95.1%`, `27.33万吨`.
pub fn value_with_unit(value: Decimal, unit: &str) -> String {
    format!("{}{unit}", decimal(value))
}

/// The indicator's value for a table: comparator, value and unit (`≥90%`). A bare scale
/// that the text means as money (`完成年度投资11.59亿`, base unit 元) is shown with its
/// 元 (`11.59亿元`).
pub fn indicator_value(indicator: &Indicator) -> String {
    let unit = &indicator.unit;
    let money_scale = indicator.base_unit == "元" && !unit.is_empty() && !unit.contains('元');
    let unit = if money_scale {
        format!("{unit}元")
    } else {
        unit.clone()
    };
    format!(
        "{}{}",
        comparator_prefix(indicator.comparator),
        value_with_unit(indicator.value, &unit)
    )
}

/// The indicator's value in base units (`273300吨`).
pub fn indicator_base_value(indicator: &Indicator) -> String {
    value_with_unit(indicator.base_value, &indicator.base_unit)
}

/// The arrow of a direction.
pub fn arrow(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "↑",
        Direction::Down => "↓",
        Direction::Flat => "→",
    }
}

/// The signed amount of a change: `+1.7pp`, `-12.6%`, `0%`.
pub fn signed_change(change: &Change) -> String {
    let sign = match change.direction {
        Direction::Up => "+",
        Direction::Down => "-",
        Direction::Flat => "",
    };
    format!("{sign}{}{}", decimal(change.value), change.unit)
}

/// Arrow and signed amount: `↑ +1.7pp`.
pub fn change(change: &Change) -> String {
    format!("{} {}", arrow(change.direction), signed_change(change))
}

/// Whether a change is good news, when the lexicon says which way is better.
pub fn change_is_good(indicator: &Indicator) -> Option<bool> {
    let change = indicator.change.as_ref()?;
    let better = indicator.higher_is_better?;
    match change.direction {
        Direction::Up => Some(better),
        Direction::Down => Some(!better),
        Direction::Flat => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testdata;

    #[test]
    fn base_values_lose_scale_zeros() {
        let waste = testdata::waste_generated();
        assert_eq!(indicator_value(&waste), "27.33万吨");
        assert_eq!(indicator_base_value(&waste), "273300吨");
    }

    #[test]
    fn changes_read_as_arrow_and_signed_amount() {
        let aqi = testdata::aqi();
        assert_eq!(change(aqi.change.as_ref().unwrap()), "↑ +1.7pp");
        let petitions = testdata::petitions();
        assert_eq!(change(petitions.change.as_ref().unwrap()), "↓ -12.6%");
    }

    #[test]
    fn comparator_shows_as_prefix() {
        let soil = testdata::soil_safe_use();
        assert_eq!(indicator_value(&soil), "≥90%");
    }

    #[test]
    fn good_news_follows_higher_is_better() {
        assert_eq!(change_is_good(&testdata::aqi()), Some(true));
        assert_eq!(change_is_good(&testdata::petitions()), None);
    }
}
