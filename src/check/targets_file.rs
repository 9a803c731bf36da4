//! The targets file: TOML with one `[[target]]` table per target. It is parsed strictly
//! because a target that silently checks something else is worse than a failed build:
//! unknown keys, numbers written as strings (`at_least = "95"`), reversed ranges
//! (`between = [100, 0]`) and units the unit table does not know are errors, and every
//! error carries the file's line and column (found from line starts indexed once, so a
//! file of many thousand targets reads in linear time).

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, de};
use toml::Spanned;

use super::{Bound, CheckError, Origin, Subject, TargetSpec, literal_quantity};
use crate::lines::LineIndex;
use crate::model::{Severity, TargetStatus};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetsFile {
    #[serde(default)]
    target: Vec<Spanned<TargetTable>>,
}

/// One `[[target]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetTable {
    indicator: Option<String>,
    name: Option<String>,
    at_least: Option<Number>,
    at_most: Option<Number>,
    equals: Option<Number>,
    between: Option<Spanned<[Number; 2]>>,
    unit: Option<Spanned<String>>,
    #[serde(default)]
    severity: SeverityWord,
    change_at_least: Option<Spanned<Number>>,
    change_at_most: Option<Number>,
    status: Option<TargetStatus>,
    /// Free text shown instead of the generated label.
    label: Option<String>,
}

#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
enum SeverityWord {
    #[default]
    Error,
    Warning,
}

/// A number as TOML writes one (`95`, `90.5`); a string, even `"95"`, is refused.
#[derive(Debug, Clone, Copy)]
struct Number(Decimal);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number (`95` or `90.5`, without quotes)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number(Decimal::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
                Ok(Number(Decimal::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
                // The shortest text that reads back as `v`: `90.5`, not 90.4999….
                Decimal::from_str(&v.to_string())
                    .map(Number)
                    .map_err(|_| E::custom(format!("{v} is not a usable number")))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Where in the file an error is, and how it is reported.
struct Places<'a> {
    path: &'a str,
    lines: LineIndex<'a>,
    text: &'a str,
}

impl Places<'_> {
    /// 1-based line and column (in characters) of a byte offset.
    fn line_and_column(&self, offset: usize) -> (usize, usize) {
        let line = self.lines.line_of(offset);
        let start = self.lines.starts()[line - 1];
        let column = self
            .text
            .get(start..offset.min(self.text.len()))
            .map_or(0, |before| before.chars().count());
        (line, column + 1)
    }

    fn error(&self, span: Range<usize>, message: impl Into<String>) -> CheckError {
        let (line, column) = self.line_and_column(span.start);
        CheckError::Toml {
            path: self.path.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// Parses a targets file; `path` is only used in messages.
pub fn parse_targets_file(path: &str, text: &str) -> Result<Vec<TargetSpec>, CheckError> {
    let places = Places {
        path,
        lines: LineIndex::new(text),
        text,
    };
    let file: TargetsFile = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().replace('\n', " ");
        places.error(e.span().unwrap_or(0..0), message)
    })?;
    if file.target.is_empty() {
        return Err(CheckError::Toml {
            path: path.to_string(),
            line: 1,
            column: 1,
            message: "no [[target]] table: nothing to check".to_string(),
        });
    }
    file.target
        .into_iter()
        .map(|spanned| {
            let origin = Origin::File {
                path: path.to_string(),
                line: places.line_and_column(spanned.span().start).0,
            };
            let table = spanned.into_inner();
            table.check_values(&places)?;
            table.into_spec(origin)
        })
        .collect()
}

impl TargetTable {
    /// Refuses values that would silently check something else: a reversed range and
    /// a unit the unit table does not know.
    fn check_values(&self, places: &Places) -> Result<(), CheckError> {
        if let Some(between) = &self.between
            && let [Number(low), Number(high)] = between.get_ref()
            && low > high
        {
            return Err(places.error(
                between.span(),
                format!("`between` is reversed: write the smaller bound first ([{high}, {low}])"),
            ));
        }
        if let (Some(least), Some(Number(most))) = (&self.change_at_least, self.change_at_most)
            && least.get_ref().0 > most
        {
            return Err(places.error(
                least.span(),
                format!(
                    "`change_at_least` ({}) is over `change_at_most` ({most})",
                    least.get_ref().0
                ),
            ));
        }
        if let Some(unit) = &self.unit {
            let written = unit.get_ref().trim();
            if !written.is_empty() && literal_quantity(&format!("1{written}")).is_none() {
                return Err(places.error(
                    unit.span(),
                    format!("unknown unit '{written}' (write one the reports use: 万吨, 亿元, %, 微克/立方米…)"),
                ));
            }
        }
        Ok(())
    }

    fn into_spec(self, origin: Origin) -> Result<TargetSpec, CheckError> {
        let invalid = |problem: &str| CheckError::Invalid {
            origin: origin.clone(),
            problem: problem.to_string(),
        };
        let subject = match (self.indicator, self.name) {
            (Some(id), None) => Subject::Id(id.trim().to_string()),
            (None, Some(name)) => Subject::Name(name.trim().to_string()),
            (Some(_), Some(_)) => return Err(invalid("give `indicator` or `name`, not both")),
            (None, None) => return Err(invalid("missing `indicator` (an id) or `name`")),
        };
        let bounds = [
            self.at_least.map(|Number(v)| Bound::AtLeast(v)),
            self.at_most.map(|Number(v)| Bound::AtMost(v)),
            self.equals.map(|Number(v)| Bound::Equals(v)),
            self.between
                .map(|b| b.into_inner())
                .map(|[Number(low), Number(high)]| Bound::Between(low, high)),
        ];
        let mut given = bounds.into_iter().flatten();
        let bound = given.next();
        if given.next().is_some() {
            return Err(invalid(
                "give one of `at_least`, `at_most`, `equals`, `between` (use `between` for a range)",
            ));
        }
        let least = self.change_at_least.map(|n| n.into_inner().0);
        let most = self.change_at_most.map(|Number(v)| v);
        let change = match (least, most) {
            (Some(low), Some(high)) => Some(Bound::Between(low, high)),
            (low, high) => low.map(Bound::AtLeast).or(high.map(Bound::AtMost)),
        };
        if bound.is_none() && change.is_none() && self.status.is_none() {
            return Err(invalid(
                "nothing to check: give a bound (`at_least`…), a `change_at_least`/`change_at_most`, or a `status`",
            ));
        }
        if self.unit.is_some() && bound.is_none() {
            return Err(invalid(
                "`unit` applies to a bound, and this target has none",
            ));
        }
        let severity = match self.severity {
            SeverityWord::Error => Severity::Error,
            SeverityWord::Warning => Severity::Warning,
        };
        let mut spec = TargetSpec {
            origin,
            subject,
            bound,
            unit: self
                .unit
                .map(|u| u.into_inner().trim().to_string())
                .filter(|u| !u.is_empty()),
            change,
            status: self.status,
            severity,
            label: String::new(),
        };
        spec.label = self.label.unwrap_or_else(|| default_label(&spec));
        Ok(spec)
    }
}

/// `air.aqi_compliance_rate >= 95%, change >= 0`.
pub(crate) fn default_label(spec: &TargetSpec) -> String {
    let mut parts = Vec::new();
    if let Some(bound) = &spec.bound {
        parts.push(bound.describe(spec.unit.as_deref().unwrap_or("")));
    }
    if let Some(change) = &spec.change {
        parts.push(format!("change {}", change.describe("")));
    }
    if let Some(status) = spec.status {
        parts.push(format!("status {}", status.as_str()));
    }
    format!("{} {}", spec.subject.text(), parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Vec<TargetSpec>, CheckError> {
        parse_targets_file("t.toml", text)
    }

    #[test]
    fn reads_a_target_with_unit_and_severity() {
        let specs = parse(
            "# comment\n[[target]]\nindicator = \"waste.hazardous_generated\"\nat_most = 30\nunit = \"万吨\"\nseverity = \"warning\"\n",
        )
        .unwrap();
        assert_eq!(specs.len(), 1);
        let spec = &specs[0];
        assert_eq!(
            spec.origin,
            Origin::File {
                path: "t.toml".into(),
                line: 2
            }
        );
        assert_eq!(
            spec.subject,
            Subject::Id("waste.hazardous_generated".into())
        );
        assert_eq!(spec.bound, Some(Bound::AtMost(Decimal::from(30))));
        assert_eq!(spec.unit.as_deref(), Some("万吨"));
        assert_eq!(spec.severity, Severity::Warning);
        assert_eq!(spec.label, "waste.hazardous_generated <= 30万吨");
    }

    #[test]
    fn reads_between_change_and_status() {
        let specs = parse(
            "[[target]]\nname = \"AQI达标率\"\nbetween = [90.5, 100]\n\n[[target]]\nindicator = \"a.b\"\nchange_at_least = 0\nstatus = \"met\"\n",
        )
        .unwrap();
        assert_eq!(
            specs[0].bound,
            Some(Bound::Between(Decimal::new(905, 1), Decimal::from(100)))
        );
        assert_eq!(specs[0].severity, Severity::Error);
        assert_eq!(specs[1].change, Some(Bound::AtLeast(Decimal::ZERO)));
        assert_eq!(specs[1].status, Some(TargetStatus::Met));
        assert_eq!(specs[1].label, "a.b change >= 0, status met");
        assert!(matches!(specs[1].origin, Origin::File { line: 5, .. }));
    }

    #[test]
    fn malformed_toml_names_line_and_column() {
        let err = parse("[[target]]\nindicator = \"a.b\"\nat_least = 95 95\n").unwrap_err();
        let CheckError::Toml { line, column, .. } = &err else {
            panic!("expected a TOML error, got {err:?}");
        };
        assert_eq!((*line, *column), (3, 12));
        assert!(
            err.to_string().starts_with("t.toml: line 3, column 12: "),
            "{err}"
        );
    }

    #[test]
    fn misspelt_key_is_an_error_at_its_place() {
        let err = parse("[[target]]\nindicator = \"a.b\"\nat_leats = 95\n").unwrap_err();
        let CheckError::Toml { line, message, .. } = &err else {
            panic!("expected a TOML error, got {err:?}");
        };
        assert_eq!(*line, 3);
        assert!(message.contains("at_leats"), "{message}");
    }

    #[test]
    fn two_bounds_or_none_are_rejected() {
        let two = parse("[[target]]\nindicator = \"a.b\"\nat_least = 1\nat_most = 2\n");
        assert!(matches!(two, Err(CheckError::Invalid { .. })));
        let none = parse("[[target]]\nindicator = \"a.b\"\n").unwrap_err();
        assert!(none.to_string().starts_with("t.toml:1: nothing to check"));
        let empty = parse("# no targets\n");
        assert!(matches!(empty, Err(CheckError::Toml { .. })));
    }

    fn toml_error(text: &str) -> (usize, usize, String) {
        match parse(text).unwrap_err() {
            CheckError::Toml {
                line,
                column,
                message,
                ..
            } => (line, column, message),
            other => panic!("expected an error with line and column, got {other:?}"),
        }
    }

    #[test]
    fn a_number_written_as_a_string_is_an_error() {
        let (line, column, message) =
            toml_error("[[target]]\nindicator = \"a.b\"\nat_least = \"95\"\n");
        assert_eq!((line, column), (3, 12));
        assert!(message.contains("a number"), "{message}");
    }

    #[test]
    fn a_reversed_range_is_an_error_not_swapped() {
        let (line, column, message) =
            toml_error("[[target]]\nindicator = \"a.b\"\nbetween = [100, 0]\n");
        assert_eq!((line, column), (3, 11));
        assert_eq!(
            message,
            "`between` is reversed: write the smaller bound first ([0, 100])"
        );
        let (line, _, message) = toml_error(
            "[[target]]\nindicator = \"a.b\"\nchange_at_least = 5\nchange_at_most = -5\n",
        );
        assert_eq!(line, 3);
        assert_eq!(
            message,
            "`change_at_least` (5) is over `change_at_most` (-5)"
        );
    }

    #[test]
    fn an_unknown_unit_is_an_error_at_its_place() {
        let (line, column, message) =
            toml_error("[[target]]\nindicator = \"a.b\"\nat_least = 1\nunit = \"furlongs\"\n");
        assert_eq!((line, column), (4, 8));
        assert!(message.starts_with("unknown unit 'furlongs'"), "{message}");
        assert!(parse("[[target]]\nindicator = \"a.b\"\nat_most = 3\nunit = \"亿元\"\n").is_ok());
    }
}
