//! Check: targets as code. A CI job states what a city's report must show — a targets
//! file (`[[target]]` tables) or `--expect` expressions — and `report check` evaluates
//! every target against every report, so a missed target fails the pipeline. This module
//! holds the shared vocabulary; parsing lives in [`targets_file`] and [`expr`], name and
//! id resolution in [`resolve`], and the verdicts in [`eval`].

pub mod eval;
pub mod expr;
pub mod github;
pub mod junit;
pub mod resolve;
pub mod targets_file;

use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;
use thiserror::Error;

use crate::interval::Range;
use crate::model::{Quantity, Severity, TargetStatus};

pub use eval::{CheckOptions, Outcome, ReportOutcomes, Verdict, evaluate};
pub use expr::parse_expectation;
pub use resolve::{ResolvedTarget, resolve_targets};
pub use targets_file::parse_targets_file;

/// Where a target was stated, for error messages and output labels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    /// A `[[target]]` table of a targets file, at this 1-based line.
    File { path: String, line: usize },
    /// An `--expect` expression as given.
    Expect { text: String },
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File { path, line } => write!(f, "{path}:{line}"),
            Origin::Expect { text } => write!(f, "--expect '{text}'"),
        }
    }
}

/// What a target is about, as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// `indicator = "air.aqi_compliance_rate"`: a stable id.
    Id(String),
    /// `name = "AQI达标率"`: a name that must resolve to exactly one indicator.
    Name(String),
    /// The left side of an expression: an id if one is known, else a name.
    IdOrName(String),
}

impl Subject {
    pub fn text(&self) -> &str {
        match self {
            Subject::Id(s) | Subject::Name(s) | Subject::IdOrName(s) => s,
        }
    }
}

/// A numeric condition on a value (or on a change).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    AtLeast(Decimal),
    Above(Decimal),
    AtMost(Decimal),
    Below(Decimal),
    Equals(Decimal),
    Between(Decimal, Decimal),
}

impl Bound {
    /// The same condition with every number passed through `f` (unit conversion).
    pub fn map(self, mut f: impl FnMut(Decimal) -> Option<Decimal>) -> Option<Bound> {
        Some(match self {
            Bound::AtLeast(v) => Bound::AtLeast(f(v)?),
            Bound::Above(v) => Bound::Above(f(v)?),
            Bound::AtMost(v) => Bound::AtMost(f(v)?),
            Bound::Below(v) => Bound::Below(f(v)?),
            Bound::Equals(v) => Bound::Equals(f(v)?),
            Bound::Between(a, b) => Bound::Between(f(a)?, f(b)?),
        })
    }

    /// The values that meet the condition.
    pub fn range(self) -> Range {
        let closed = |v| Some((v, false));
        let open = |v| Some((v, true));
        match self {
            Bound::AtLeast(v) => Range::new(closed(v), None),
            Bound::Above(v) => Range::new(open(v), None),
            Bound::AtMost(v) => Range::new(None, closed(v)),
            Bound::Below(v) => Range::new(None, open(v)),
            Bound::Equals(v) => Range::new(closed(v), closed(v)),
            Bound::Between(a, b) => Range::new(closed(a), closed(b)),
        }
    }

    /// `>= 95`, `between 90 and 100`, with a unit after each number.
    pub fn describe(&self, unit: &str) -> String {
        let n = |v: &Decimal| format!("{}{unit}", v.normalize());
        match self {
            Bound::AtLeast(v) => format!(">= {}", n(v)),
            Bound::Above(v) => format!("> {}", n(v)),
            Bound::AtMost(v) => format!("<= {}", n(v)),
            Bound::Below(v) => format!("< {}", n(v)),
            Bound::Equals(v) => format!("= {}", n(v)),
            Bound::Between(a, b) => format!("in [{}, {}]", n(a), n(b)),
        }
    }
}

/// One target as the user stated it, before its subject is resolved to an id.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetSpec {
    pub origin: Origin,
    pub subject: Subject,
    /// Condition on the value.
    pub bound: Option<Bound>,
    /// Unit of the numbers in `bound` (`万吨`); `None` means the lexicon's unit for the
    /// indicator, or the unit the report writes when the lexicon has none.
    pub unit: Option<String>,
    /// Condition on the stated year-on-year change: percentage points for indicators
    /// measured in %, percent for all others.
    pub change: Option<Bound>,
    /// The report's own target for this indicator must have this status.
    pub status: Option<TargetStatus>,
    pub severity: Severity,
    /// How the target is shown in output (`air.aqi_compliance_rate >= 95%`).
    pub label: String,
}

/// A targets file or expression that cannot be used: exit code 2.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum CheckError {
    /// The file is not valid TOML or does not have the targets-file shape.
    #[error("{path}: line {line}, column {column}: {message}")]
    Toml {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A target that is well-formed TOML but not a usable target.
    #[error("{origin}: {problem}")]
    Invalid { origin: Origin, problem: String },
    #[error(
        "{origin}: unknown indicator id '{id}': not in the lexicon and not in any report{hint}"
    )]
    UnknownId {
        origin: Origin,
        id: String,
        hint: String,
    },
    #[error("{origin}: no indicator named '{name}' in the lexicon or in any report")]
    UnknownName { origin: Origin, name: String },
    #[error("{origin}: '{name}' matches several indicators: {candidates}; name one by its id")]
    Ambiguous {
        origin: Origin,
        name: String,
        candidates: String,
    },
}

/// Reads a number with a unit (`30万吨`, `3000万元`, `95%`) into a quantity with its
/// base value. The one place check gets its unit knowledge: it must stay a call into
/// the lexicon's unit table, never a second table. Traditional script is accepted
/// (`3000萬元`), as in the reports.
pub fn literal_quantity(text: &str) -> Option<Quantity> {
    crate::lexicon::units::parse_amount(&crate::lexicon::script::t2s(text))
}

/// The verdict of a `report check` target: `通过`, `未通过`, `警告`…
pub fn verdict_label(
    verdict: Verdict,
    severity: Severity,
    lang: crate::render::Lang,
) -> &'static str {
    let error = severity == Severity::Error;
    let (zh, en) = match verdict {
        Verdict::Pass => ("通过", "pass"),
        Verdict::Skipped => ("跳过(未提及)", "skipped (not found)"),
        Verdict::NotFound if error => ("未提及", "NOT FOUND"),
        Verdict::NotFound => ("警告:未提及", "warning: not found"),
        Verdict::Fail | Verdict::Undetermined if error => ("未通过", "FAIL"),
        Verdict::Fail | Verdict::Undetermined => ("警告", "warning"),
    };
    lang.pick(zh, en)
}
