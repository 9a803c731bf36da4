//! The indicator: a named, categorized [`Quantity`]. The quantity is held, not copied
//! field by field; the JSON export still lists its fields inline, in the order of
//! `docs/schema.md` (id, name, label_en, category, value, unit, base_value, base_unit,
//! comparator, change, change_only, period, period_months, place, role, section, line,
//! column, text, evidence), which is why serialization is written out here rather than
//! derived: `#[serde(flatten)]` would move `text`, `line` and `column` next to
//! `comparator`.

use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::{Category, Change, Direction, Quantity, Role, decimal};

/// A named, categorized quantity: the unit of analysis of the whole tool.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Indicator {
    /// Lexicon id (`air.aqi_compliance_rate`) or a deterministic id from category and
    /// name. Several mentions of one indicator share an id.
    pub id: String,
    /// Natural name from the clause, simplified Chinese.
    pub name: String,
    /// English label from the lexicon, when known.
    pub label_en: Option<String>,
    pub category: Category,
    /// The number as written with its unit, base value and comparator; its text is the
    /// surface in the normalized text, its line and column (1-based, in characters) are
    /// in the input file as given.
    #[serde(flatten)]
    pub quantity: Quantity,
    pub change: Option<Change>,
    /// A change stated with no level of its own (`备案同比下降26%`): the row's number is
    /// its change, so it is no value of the indicator, though it carries the indicator's
    /// id. Extraction says so when it makes the row; an export read back keeps it.
    #[serde(default)]
    pub change_only: bool,
    /// The year the value is about.
    pub period: Option<i32>,
    /// The part of that year, first and last month (`1—6月` → (1, 6)); `None` for the
    /// whole year.
    #[serde(default)]
    pub period_months: Option<(u8, u8)>,
    /// The part of the report's region the value is about (`滨江区` in a table of
    /// districts); `None` for the whole region.
    #[serde(default)]
    pub place: Option<String>,
    /// What the number is: the period's own value, a goal, a forecast, a quoted standard
    /// or an earlier period's value given for comparison.
    #[serde(default)]
    pub role: Role,
    /// Section id (`2.4`) the mention stands in.
    pub section: Option<String>,
    /// The clause the quantity stands in.
    pub evidence: String,
    /// Whether a higher value is better, from the lexicon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub higher_is_better: Option<bool>,
}

/// A decimal written as the export writes numbers ([`decimal`]).
struct Number(Decimal);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        decimal::serialize(&self.0, s)
    }
}

impl Serialize for Indicator {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let q = &self.quantity;
        let fields = 20 + usize::from(self.higher_is_better.is_some());
        let mut out = s.serialize_struct("Indicator", fields)?;
        out.serialize_field("id", &self.id)?;
        out.serialize_field("name", &self.name)?;
        out.serialize_field("label_en", &self.label_en)?;
        out.serialize_field("category", &self.category)?;
        out.serialize_field("value", &Number(q.value))?;
        out.serialize_field("unit", &q.unit)?;
        out.serialize_field("base_value", &Number(q.base_value))?;
        out.serialize_field("base_unit", &q.base_unit)?;
        out.serialize_field("comparator", &q.comparator)?;
        out.serialize_field("change", &self.change)?;
        out.serialize_field("change_only", &self.change_only)?;
        out.serialize_field("period", &self.period)?;
        out.serialize_field("period_months", &self.period_months)?;
        out.serialize_field("place", &self.place)?;
        out.serialize_field("role", &self.role)?;
        out.serialize_field("section", &self.section)?;
        out.serialize_field("line", &q.line)?;
        out.serialize_field("column", &q.column)?;
        out.serialize_field("text", &q.text)?;
        out.serialize_field("evidence", &self.evidence)?;
        if let Some(better) = self.higher_is_better {
            out.serialize_field("higher_is_better", &better)?;
        }
        out.end()
    }
}

impl Indicator {
    /// The value one period earlier implied by the change, where it can be computed.
    pub fn implied_prior(&self) -> Option<Decimal> {
        if self.change_only {
            return None;
        }
        let change = self.change.as_ref()?;
        let value = self.quantity.value;
        let signed = match change.direction {
            Direction::Up => change.value,
            Direction::Down => -change.value,
            Direction::Flat => Decimal::ZERO,
        };
        match change.unit.as_str() {
            "%" => {
                let factor = Decimal::ONE.checked_add(signed.checked_div(Decimal::ONE_HUNDRED)?)?;
                value.checked_div(factor)
            }
            "pp" => value.checked_sub(signed),
            unit if unit == self.quantity.unit => value.checked_sub(signed),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_with_no_level_is_no_value() {
        use crate::model::testing::{change_only, indicator, with_change};
        // `环评报告书(表)备案同比下降37%`: the row's number is its change.
        let row = change_only("x", "备案", "37", "%", 1, Direction::Down);
        assert!(row.change_only);
        assert_eq!(row.implied_prior(), None);
        // `罚没金额3324.37万元,同比增长176.47%`: a value with its change.
        let row = with_change(
            indicator("x", "罚没金额", "3324.37", "万元", 1),
            Direction::Up,
            "176.47",
            "%",
        );
        assert!(!row.change_only);
        assert!(row.implied_prior().is_some());
    }
    use crate::model::Comparator;

    fn indicator(value: &str, change: &str, unit: &str, direction: Direction) -> Indicator {
        Indicator {
            id: "x".into(),
            name: "x".into(),
            label_en: None,
            category: Category::General,
            quantity: Quantity {
                value: value.parse().unwrap(),
                unit: "件".into(),
                base_value: value.parse().unwrap(),
                base_unit: "件".into(),
                comparator: Comparator::Eq,
                text: format!("{value}件"),
                line: 3,
                column: 7,
            },
            change: Some(Change {
                kind: "yoy".into(),
                base_period: None,
                value: change.parse().unwrap(),
                unit: unit.into(),
                direction,
                text: String::new(),
            }),
            change_only: false,
            period: None,
            period_months: None,
            place: None,
            role: Role::Actual,
            section: None,
            evidence: String::new(),
            higher_is_better: None,
        }
    }

    #[test]
    fn implied_prior_values() {
        let cases = indicator("192", "149.35", "%", Direction::Up);
        assert_eq!(
            cases.implied_prior().map(|p| p.round()),
            Some(Decimal::from(77))
        );
        let aqi = indicator("95.1", "1.7", "pp", Direction::Up);
        assert_eq!(aqi.implied_prior(), Some("93.4".parse().unwrap()));
        let gone = indicator("5", "100", "%", Direction::Down);
        assert_eq!(gone.implied_prior(), None);
        let huge = indicator("79228162514264337593543950335", "1", "pp", Direction::Down);
        assert_eq!(huge.implied_prior(), None);
    }

    #[test]
    fn json_lists_the_quantity_inline_in_schema_order_and_reads_back() {
        let mut cases = indicator("192", "149.35", "%", Direction::Up);
        cases.higher_is_better = Some(false);
        let json = serde_json::to_string(&cases).expect("serializes");
        assert_eq!(
            json,
            r#"{"id":"x","name":"x","label_en":null,"category":"general","value":192,"unit":"件","base_value":192,"base_unit":"件","comparator":"=","change":{"kind":"yoy","value":149.35,"unit":"%","direction":"up","text":""},"change_only":false,"period":null,"period_months":null,"place":null,"role":"actual","section":null,"line":3,"column":7,"text":"192件","evidence":"","higher_is_better":false}"#
        );
        let back: Indicator = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, cases);
        cases.higher_is_better = None;
        let without = serde_json::to_string(&cases).expect("serializes");
        assert!(without.ends_with(r#""evidence":""}"#), "{without}");
    }
}
