//! The targets file: TOML with one `[[target]]` table per target. It is parsed strictly
//! (unknown keys are errors) because a misspelt `at_leats` that silently checks nothing
//! is worse than a failed build; every error carries the file's line and column.

use rust_decimal::Decimal;
use serde::Deserialize;
use toml::Spanned;

use super::{Bound, CheckError, Origin, Subject, TargetSpec};
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
    at_least: Option<Decimal>,
    at_most: Option<Decimal>,
    equals: Option<Decimal>,
    between: Option<[Decimal; 2]>,
    unit: Option<String>,
    #[serde(default)]
    severity: SeverityWord,
    change_at_least: Option<Decimal>,
    change_at_most: Option<Decimal>,
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

/// Parses a targets file; `path` is only used in messages.
pub fn parse_targets_file(path: &str, text: &str) -> Result<Vec<TargetSpec>, CheckError> {
    let file: TargetsFile = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_and_column(text, span.start));
        CheckError::Toml {
            path: path.to_string(),
            line,
            column,
            message: e.message().trim().replace('\n', " "),
        }
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
                line: line_and_column(text, spanned.span().start).0,
            };
            spanned.into_inner().into_spec(origin)
        })
        .collect()
}

impl TargetTable {
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
            self.at_least.map(Bound::AtLeast),
            self.at_most.map(Bound::AtMost),
            self.equals.map(Bound::Equals),
            self.between
                .map(|[a, b]| Bound::Between(a.min(b), a.max(b))),
        ];
        let mut given = bounds.into_iter().flatten();
        let bound = given.next();
        if given.next().is_some() {
            return Err(invalid(
                "give one of `at_least`, `at_most`, `equals`, `between` (use `between` for a range)",
            ));
        }
        let change = match (self.change_at_least, self.change_at_most) {
            (Some(a), Some(b)) => Some(Bound::Between(a.min(b), a.max(b))),
            (a, b) => a.map(Bound::AtLeast).or(b.map(Bound::AtMost)),
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
                .map(|u| u.trim().to_string())
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

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
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
            "[[target]]\nname = \"AQI达标率\"\nbetween = [100, 90.5]\n\n[[target]]\nindicator = \"a.b\"\nchange_at_least = 0\nstatus = \"met\"\n",
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
}
