//! Small builders of reports and indicators for the unit tests of check and diff, so
//! they are tested on models whose every value a reader can see in the test.

use rust_decimal::Decimal;

use super::{
    Category, Change, Comparator, Direction, Document, Indicator, Quantity, Report, SCHEMA_VERSION,
    Source,
};

pub(crate) fn dec(text: &str) -> Decimal {
    text.parse().expect("test decimal")
}

/// An indicator stated as `value unit` (base value = value) at `line`.
pub(crate) fn indicator(id: &str, name: &str, value: &str, unit: &str, line: usize) -> Indicator {
    Indicator {
        id: id.to_string(),
        name: name.to_string(),
        label_en: None,
        category: Category::General,
        quantity: Quantity {
            value: dec(value),
            unit: unit.to_string(),
            base_value: dec(value),
            base_unit: unit.to_string(),
            comparator: Comparator::Eq,
            text: format!("{value}{unit}"),
            line,
            column: 1,
        },
        change: None,
        change_only: false,
        period: None,
        period_months: None,
        place: None,
        role: crate::model::Role::Actual,
        section: None,
        evidence: format!("{name}{value}{unit}"),
        higher_is_better: None,
    }
}

/// The same indicator with a base value in a base unit.
pub(crate) fn with_base(mut indicator: Indicator, base_value: &str, base_unit: &str) -> Indicator {
    indicator.quantity.base_value = dec(base_value);
    indicator.quantity.base_unit = base_unit.to_string();
    indicator
}

/// The same indicator with a stated year-on-year change.
pub(crate) fn with_change(
    mut indicator: Indicator,
    direction: Direction,
    value: &str,
    unit: &str,
) -> Indicator {
    indicator.change = Some(Change {
        kind: "yoy".to_string(),
        base_period: None,
        value: dec(value),
        unit: unit.to_string(),
        direction,
        text: format!("同比{value}{unit}"),
    });
    indicator
}

/// A change with no level of its own (`综合指数同比改善7.9%`): its number is the change.
pub(crate) fn change_only(
    id: &str,
    name: &str,
    value: &str,
    unit: &str,
    line: usize,
    direction: Direction,
) -> Indicator {
    Indicator {
        change_only: true,
        ..with_change(
            indicator(id, name, value, unit, line),
            direction,
            value,
            unit,
        )
    }
}

pub(crate) fn report(path: &str, year: i32, indicators: Vec<Indicator>) -> Report {
    Report {
        schema_version: SCHEMA_VERSION,
        source: Source {
            path: path.to_string(),
            ..Source::default()
        },
        document: Document {
            year: Some(year),
            ..Document::default()
        },
        sections: Vec::new(),
        indicators,
        projects: Vec::new(),
        targets: Vec::new(),
        diagnostics: Vec::new(),
        non_quantities: Vec::new(),
        original: String::new(),
    }
}
