//! `--expect` expressions: one target on the command line, `SUBJECT OP VALUE`, where
//! SUBJECT is an indicator id or name, OP one of `>= > <= < = ==` (or `≥ ≤`), and VALUE
//! a number with an optional unit (`95`, `95%`, `30万吨`, `3000万元`). They are the quick
//! form of a `[[target]]` table with the default severity (error).

use rust_decimal::Decimal;

use super::{Bound, CheckError, Origin, Subject, TargetSpec, literal_quantity};
use crate::model::Severity;

/// Operators, longest first so `>=` is not read as `>`.
const OPERATORS: [&str; 8] = [">=", "<=", "==", "≥", "≤", ">", "<", "="];

/// Parses one `--expect` expression.
pub fn parse_expectation(text: &str) -> Result<TargetSpec, CheckError> {
    let origin = Origin::Expect {
        text: text.to_string(),
    };
    let invalid = |problem: String| CheckError::Invalid {
        origin: origin.clone(),
        problem,
    };
    let (at, op) = find_operator(text).ok_or_else(|| {
        invalid("no comparison: write SUBJECT OP VALUE with OP one of >= > <= < =".to_string())
    })?;
    let subject = text[..at].trim();
    let literal = text[at + op.len()..].trim();
    if subject.is_empty() {
        return Err(invalid(format!("nothing before '{op}': name an indicator")));
    }
    let (number, unit) = read_literal(literal)
        .ok_or_else(|| invalid(format!("'{literal}' is not a number with a unit")))?;
    let bound = match op {
        ">=" | "≥" => Bound::AtLeast(number),
        ">" => Bound::Above(number),
        "<=" | "≤" => Bound::AtMost(number),
        "<" => Bound::Below(number),
        _ => Bound::Equals(number),
    };
    Ok(TargetSpec {
        label: text.trim().to_string(),
        origin,
        subject: Subject::IdOrName(subject.to_string()),
        bound: Some(bound),
        unit,
        change: None,
        status: None,
        severity: Severity::Error,
    })
}

/// Byte position and text of the first comparison operator.
fn find_operator(text: &str) -> Option<(usize, &'static str)> {
    text.char_indices().find_map(|(i, _)| {
        OPERATORS
            .iter()
            .find(|op| text[i..].starts_with(**op))
            .map(|op| (i, *op))
    })
}

/// The number and its unit (`None` for a bare number).
fn read_literal(literal: &str) -> Option<(Decimal, Option<String>)> {
    if let Ok(number) = literal.parse::<Decimal>() {
        return Some((number, None));
    }
    let quantity = literal_quantity(literal)?;
    let unit = Some(quantity.unit).filter(|u| !u.is_empty());
    Some((quantity.value, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_with_bare_number() {
        let spec = parse_expectation("air.aqi_compliance_rate >= 96").unwrap();
        assert_eq!(
            spec.subject,
            Subject::IdOrName("air.aqi_compliance_rate".into())
        );
        assert_eq!(spec.bound, Some(Bound::AtLeast(Decimal::from(96))));
        assert_eq!(spec.unit, None);
        assert_eq!(spec.label, "air.aqi_compliance_rate >= 96");
    }

    #[test]
    fn name_with_unit_and_strict_operator() {
        let spec = parse_expectation("罚没金额 > 3000万元").unwrap();
        assert_eq!(spec.subject, Subject::IdOrName("罚没金额".into()));
        assert_eq!(spec.bound, Some(Bound::Above(Decimal::from(3000))));
        assert_eq!(spec.unit.as_deref(), Some("万元"));
        let spec = parse_expectation("waste.hazardous_generated<=30万吨").unwrap();
        assert_eq!(spec.bound, Some(Bound::AtMost(Decimal::from(30))));
        assert_eq!(spec.unit.as_deref(), Some("万吨"));
    }

    #[test]
    fn equals_and_wide_operators() {
        let spec = parse_expectation("a.b == 100%").unwrap();
        assert_eq!(spec.bound, Some(Bound::Equals(Decimal::from(100))));
        assert_eq!(spec.unit.as_deref(), Some("%"));
        let spec = parse_expectation("罰沒金額 > 3000萬元").unwrap();
        assert_eq!(spec.unit.as_deref(), Some("万元"));
        let spec = parse_expectation("a.b ≤ 1.5").unwrap();
        assert_eq!(spec.bound, Some(Bound::AtMost(Decimal::new(15, 1))));
    }

    #[test]
    fn malformed_expressions_say_what_is_wrong() {
        let err = parse_expectation("air.aqi_compliance_rate 95").unwrap_err();
        assert!(err.to_string().contains("no comparison"), "{err}");
        let err = parse_expectation(">= 95").unwrap_err();
        assert!(err.to_string().contains("nothing before '>='"), "{err}");
        let err = parse_expectation("a.b >= lots").unwrap_err();
        assert_eq!(
            err.to_string(),
            "--expect 'a.b >= lots': 'lots' is not a number with a unit"
        );
    }
}
