//! `target-missed`: the report's own achieved targets, target against actual. A target
//! stated as `≥` (or `=` for an indicator where higher is better) is met by an actual at
//! or above it; `≤` (or `=` where lower is better) by one at or below it. A met target is
//! recorded as holding; a missed one is a warning, and a status in the model that
//! disagrees with the numbers is said in a note.

use std::cmp::Ordering;

use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;
use crate::model::{Comparator, Quantity, Target, TargetKind, TargetStatus};

pub const CHECK: Check = Check {
    code: "target-missed",
    summary: "an achieved target whose actual value falls short of it",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    audit
        .report
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Achieved)
        .filter_map(|t| judge(audit, t))
        .collect()
}

/// Whether the target asks for at least its value (else at most).
fn at_least(target: &Quantity, higher_is_better: bool) -> bool {
    match target.comparator {
        Comparator::Ge | Comparator::Gt => true,
        Comparator::Le | Comparator::Lt => false,
        Comparator::Eq | Comparator::Approx => higher_is_better,
    }
}

/// Whether the actual meets the target, when the numbers can tell.
pub fn met(target: &Quantity, actual: &Quantity, higher_is_better: bool) -> Option<bool> {
    if target.base_unit != actual.base_unit {
        return None;
    }
    let at_least = at_least(target, higher_is_better);
    let order = actual.base_value.cmp(&target.base_value);
    // An actual stated as `90%以上` is at least its value: enough for `≥`, not for `≤`.
    let actual_is_bound = match actual.comparator {
        Comparator::Eq | Comparator::Approx => None,
        Comparator::Ge | Comparator::Gt => Some(true),
        Comparator::Le | Comparator::Lt => Some(false),
    };
    match (at_least, actual_is_bound) {
        (true, None | Some(true)) => Some(order != Ordering::Less),
        (false, None | Some(false)) => Some(order != Ordering::Greater),
        _ => None,
    }
}

fn judge(audit: &Audit<'_>, target: &Target) -> Option<Finding> {
    let (goal, actual) = (target.target.as_ref()?, target.actual.as_ref()?);
    let higher_is_better = target
        .indicator
        .as_deref()
        .and_then(|id| audit.report.indicators.iter().find(|i| i.id == id))
        .and_then(|i| i.higher_is_better)
        .unwrap_or(true);
    let is_met = met(goal, actual, higher_is_better)?;
    let relation = match (at_least(goal, higher_is_better), is_met) {
        (true, true) => "≥",
        (true, false) => "<",
        (false, true) => "≤",
        (false, false) => ">",
    };
    let message = format!(
        "target {}: {} {relation} {}",
        if is_met { "met" } else { "missed" },
        actual.text,
        goal.text
    );
    let mut finding = Finding {
        code: CHECK.code,
        verdict: if is_met {
            Verdict::Holds
        } else {
            Verdict::Warning
        },
        line: actual.line,
        column: actual.column,
        length: actual.text.chars().count(),
        message,
        notes: vec![format!(
            "target {} {}, actual {} {}",
            goal.comparator,
            show(goal.base_value),
            actual.comparator,
            show(actual.base_value)
        )],
    };
    let stated = if is_met {
        TargetStatus::Met
    } else {
        TargetStatus::Missed
    };
    if target.status != stated && target.status != TargetStatus::Open {
        finding = finding.note(format!(
            "the model says `{}`; the numbers say `{}`",
            target.status.as_str(),
            stated.as_str()
        ));
    }
    Some(finding)
}
