//! How numbers read on screen: values without trailing zeros (`273300`, not
//! `273300.00`), the comparator as a sign (`≥90%`), and changes as an arrow with a signed
//! amount (`↑ +1.7pp`, `↓ -12.6%`). The one printer of values and changes: tables, the
//! summary, `get`, `explain`, and the check and diff outputs all print through it.

use rust_decimal::Decimal;

use crate::model::{Change, Comparator, Direction, Indicator, Quantity};

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

/// Comparator, value and unit: `95.1%`, `≥90%`, `~5万吨`.
pub fn stated_value(value: Decimal, unit: &str, comparator: Comparator) -> String {
    format!(
        "{}{}",
        comparator_prefix(comparator),
        value_with_unit(value, unit)
    )
}

/// A quantity's value as the report states it (`≥90%`).
pub fn quantity_value(quantity: &Quantity) -> String {
    stated_value(quantity.value, &quantity.unit, quantity.comparator)
}

/// The indicator's value as the report states it (`≥90%`). A bare scale that the text
/// means as money (`完成年度投资11.59亿`, base unit 元) is shown with its 元 (`11.59亿元`).
pub fn indicator_value(indicator: &Indicator) -> String {
    let q = &indicator.quantity;
    let money_scale = q.base_unit == "元" && !q.unit.is_empty() && !q.unit.contains('元');
    let unit = if money_scale {
        format!("{}元", q.unit)
    } else {
        q.unit.clone()
    };
    stated_value(q.value, &unit, q.comparator)
}

/// A signed number with a unit: `+1.67万吨`, `-3pp`, `0件`.
pub fn signed(value: Decimal, unit: &str) -> String {
    let sign = if value > Decimal::ZERO { "+" } else { "" };
    format!("{sign}{}", value_with_unit(value, unit))
}

/// The indicator's value in base units (`273300吨`).
pub fn indicator_base_value(indicator: &Indicator) -> String {
    value_with_unit(indicator.quantity.base_value, &indicator.quantity.base_unit)
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
        assert_eq!(
            stated_value(Decimal::from(5), "万吨", Comparator::Approx),
            "~5万吨"
        );
    }

    #[test]
    fn signed_amounts() {
        let d = |s: &str| s.parse::<Decimal>().expect("decimal literal");
        assert_eq!(signed(d("1.670"), "万吨"), "+1.67万吨");
        assert_eq!(signed(d("-3"), "pp"), "-3pp");
        assert_eq!(signed(Decimal::ZERO, "件"), "0件");
        let mut flat = testdata::aqi().change.expect("a change");
        flat.direction = Direction::Flat;
        flat.value = Decimal::ZERO;
        assert_eq!(signed_change(&flat), "0pp");
    }

    #[test]
    fn good_news_follows_higher_is_better() {
        assert_eq!(change_is_good(&testdata::aqi()), Some(true));
        assert_eq!(change_is_good(&testdata::petitions()), None);
    }
}
