//! Evaluation: each resolved target against each report, giving a verdict with the
//! evidence (line, clause) a CI log needs. Values are compared as intervals
//! ([`super::interval`]), in the report's unit or through base units.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Bound, ResolvedTarget, literal_quantity};
use crate::interval::{Range, Relation, percent_change};
use crate::lexicon;
use crate::model::{
    Comparator, Direction, Indicator, Quantity, Report, Severity, Target, TargetKind, TargetStatus,
};
use crate::render::number::{indicator_value, signed, signed_change};

#[derive(Debug, Clone, Copy, Default)]
pub struct CheckOptions {
    /// An absent indicator is skipped instead of failing.
    pub allow_missing: bool,
}

/// The outcome of one target on one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
    /// The report states a range that straddles the target.
    Undetermined,
    /// The report does not mention the indicator.
    NotFound,
    /// Not mentioned, and `--allow-missing` was given.
    Skipped,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Undetermined => "undetermined",
            Verdict::NotFound => "not found",
            Verdict::Skipped => "skipped",
        }
    }

    /// The verdict on a stated range lying against a target's range.
    pub fn of(relation: Relation) -> Verdict {
        match relation {
            Relation::Inside => Verdict::Pass,
            Relation::Outside => Verdict::Fail,
            Relation::Straddles => Verdict::Undetermined,
        }
    }

    /// Whether the target counts as missed.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            Verdict::Fail | Verdict::Undetermined | Verdict::NotFound
        )
    }
}

/// One row of the check output.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub target: String,
    /// Where the target was stated: `targets.toml:5` or `--expect '…'`.
    pub origin: String,
    pub id: String,
    pub severity: Severity,
    pub verdict: Verdict,
    /// The value the report states (`95.1% (+1.7pp)`), when found.
    pub actual: Option<String>,
    /// The same as a quantity, for scripts.
    pub value: Option<Quantity>,
    /// Why the target is not met; empty when it is.
    pub reason: String,
    /// Where the evidence stands in the report file.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub evidence: Option<String>,
}

impl Outcome {
    /// A missed target of error severity: the run fails.
    pub fn fails_run(&self) -> bool {
        self.severity == Severity::Error && self.verdict.is_failure()
    }
}

/// The outcomes of all targets on one report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportOutcomes {
    pub report: String,
    pub outcomes: Vec<Outcome>,
}

/// Evaluates every target on every report, grouped by report in input order.
pub fn evaluate(
    targets: &[ResolvedTarget],
    reports: &[Report],
    options: CheckOptions,
) -> Vec<ReportOutcomes> {
    reports
        .iter()
        .map(|report| ReportOutcomes {
            report: report.source.path.clone(),
            outcomes: targets
                .iter()
                .map(|t| evaluate_target(t, report, options))
                .collect(),
        })
        .collect()
}

fn evaluate_target(target: &ResolvedTarget, report: &Report, options: CheckOptions) -> Outcome {
    let spec = &target.spec;
    let mention = report.primary_mention(&target.id);
    let stated = spec.status.and_then(|_| stated_target(report, &target.id));
    let mut outcome = Outcome {
        target: spec.label.clone(),
        origin: spec.origin.to_string(),
        id: target.id.clone(),
        severity: spec.severity,
        verdict: Verdict::Pass,
        actual: mention.map(show_with_change),
        value: mention.map(|i| i.quantity.clone()),
        reason: String::new(),
        line: mention.map(|m| m.quantity.line).or(stated.map(|t| t.line)),
        column: mention.map(|m| m.quantity.column),
        evidence: mention
            .map(|m| m.evidence.clone())
            .or(stated.map(|t| t.text.clone())),
    };
    let needs_value = spec.bound.is_some() || spec.change.is_some();
    if (needs_value && mention.is_none()) || (mention.is_none() && stated.is_none()) {
        outcome.verdict = if options.allow_missing {
            Verdict::Skipped
        } else {
            Verdict::NotFound
        };
        outcome.reason = format!("{} not found in the report", target.id);
        return outcome;
    }
    let mut findings = Vec::new();
    if let (Some(bound), Some(indicator)) = (spec.bound, mention) {
        findings.push(check_value(
            indicator,
            bound,
            spec.unit.as_deref(),
            &target.id,
        ));
    }
    if let (Some(bound), Some(indicator)) = (spec.change, mention) {
        findings.push(check_change(indicator, bound));
    }
    if let Some(wanted) = spec.status {
        findings.push(check_status(stated, wanted, &target.id));
    }
    (outcome.verdict, outcome.reason) = combine(findings);
    outcome
}

/// The worst verdict of the parts of one target, with the reasons of the parts missed.
fn combine(findings: Vec<(Verdict, String)>) -> (Verdict, String) {
    let verdict = findings
        .iter()
        .map(|(v, _)| *v)
        .max_by_key(|v| match v {
            Verdict::Fail => 2,
            Verdict::Undetermined => 1,
            _ => 0,
        })
        .unwrap_or(Verdict::Pass);
    let reasons: Vec<String> = findings
        .into_iter()
        .filter(|(v, _)| *v != Verdict::Pass)
        .map(|(_, r)| r)
        .collect();
    (verdict, reasons.join("; "))
}

fn check_status(stated: Option<&Target>, wanted: TargetStatus, id: &str) -> (Verdict, String) {
    match stated {
        None => (
            Verdict::Fail,
            format!("the report states no target for {id}"),
        ),
        Some(t) if t.status == wanted => (Verdict::Pass, String::new()),
        Some(t) => (
            Verdict::Fail,
            format!(
                "the report's target (line {}) is {}",
                t.line,
                t.status.as_str()
            ),
        ),
    }
}

fn show_with_change(indicator: &Indicator) -> String {
    match &indicator.change {
        Some(change) => format!("{} ({})", indicator_value(indicator), signed_change(change)),
        None => indicator_value(indicator),
    }
}

/// The report's own target for an indicator: an achieved one of the report year first.
fn stated_target<'r>(report: &'r Report, id: &str) -> Option<&'r Target> {
    report
        .targets
        .iter()
        .filter(|t| t.indicator.as_deref() == Some(id))
        .min_by_key(|t| {
            (
                t.kind != TargetKind::Achieved,
                t.year != report.document.year,
                t.line,
            )
        })
}

/// Compares the stated value with the bound, in the indicator's written unit when the
/// target uses it, else through base units.
fn check_value(
    indicator: &Indicator,
    bound: Bound,
    unit: Option<&str>,
    id: &str,
) -> (Verdict, String) {
    let unit = unit
        .map(str::to_string)
        .or_else(|| lexicon::indicator(id).map(|e| e.unit.clone()))
        .unwrap_or_else(|| indicator.quantity.unit.clone());
    let in_report_terms = if unit == indicator.quantity.unit {
        Some((indicator.quantity.value, bound))
    } else {
        let to_base = |n: Decimal| {
            literal_quantity(&format!("{}{unit}", n.normalize()))
                // a bare multiplier (`0.3亿`) counts in the indicator's base unit
                .filter(|q| q.base_unit == indicator.quantity.base_unit || q.base_unit.is_empty())
                .map(|q| q.base_value)
        };
        bound
            .map(to_base)
            .map(|b| (indicator.quantity.base_value, b))
    };
    let Some((actual, bound_in_report_terms)) = in_report_terms else {
        return (
            Verdict::Fail,
            format!(
                "a target in {unit} cannot be compared with the report's {}",
                indicator.quantity.unit
            ),
        );
    };
    let stated = Range::stated(actual, indicator.quantity.comparator);
    let verdict = Verdict::of(stated.against(&bound_in_report_terms.range()));
    let reason = match verdict {
        Verdict::Pass => String::new(),
        Verdict::Undetermined => format!(
            "{} may or may not be {}",
            indicator_value(indicator),
            bound.describe(&unit)
        ),
        _ => format!(
            "{} is not {}",
            indicator_value(indicator),
            bound.describe(&unit)
        ),
    };
    (verdict, reason)
}

/// Compares the stated year-on-year change with the bound: percentage points for rates
/// (a relative change of a rate is converted), percent for other quantities.
fn check_change(indicator: &Indicator, bound: Bound) -> (Verdict, String) {
    let Some((change, unit)) = comparable_change(indicator) else {
        return (
            Verdict::Fail,
            "no year-on-year change stated that can be compared".to_string(),
        );
    };
    let verdict = Verdict::of(Range::stated(change, Comparator::Eq).against(&bound.range()));
    let reason = match verdict {
        Verdict::Pass => String::new(),
        _ => format!(
            "change {} is not {}",
            signed(change, unit),
            bound.describe(unit)
        ),
    };
    (verdict, reason)
}

fn comparable_change(indicator: &Indicator) -> Option<(Decimal, &'static str)> {
    let change = indicator.change.as_ref()?;
    let signed = match change.direction {
        Direction::Up => change.value,
        Direction::Down => -change.value,
        Direction::Flat => Decimal::ZERO,
    };
    let is_rate = indicator.quantity.unit == "%";
    match (is_rate, change.unit.as_str()) {
        (true, "pp") => Some((signed, "pp")),
        (false, "%") => Some((signed, "%")),
        (true, _) => {
            let prior = indicator.implied_prior()?;
            Some(((indicator.quantity.value - prior).round_dp(2), "pp"))
        }
        (false, _) => {
            let prior = indicator.implied_prior()?;
            let percent = percent_change(indicator.quantity.value, prior)?;
            Some((percent.round_dp(2), "%"))
        }
    }
}

#[cfg(test)]
#[path = "eval_tests.rs"]
mod tests;
