//! JUnit XML for `report check`, the format every CI system reads: one testsuite per
//! report, one testcase per target; a missed error-severity target is a failure whose
//! text is the evidence (file, line and clause), a missed warning-severity target passes
//! with the warning in its output, an allowed-missing target is skipped.

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{Outcome, ReportOutcomes, Verdict};
use crate::model::Severity;

/// The check results as a JUnit XML document.
pub fn check_to_junit(results: &[ReportOutcomes]) -> Result<String, quick_junit::SerializeError> {
    let mut junit = Report::new("report check");
    for report in results {
        let mut suite = TestSuite::new(report.report.as_str());
        for outcome in &report.outcomes {
            suite.add_test_case(test_case(&report.report, outcome));
        }
        junit.add_test_suite(suite);
    }
    junit.to_string()
}

fn test_case(path: &str, outcome: &Outcome) -> TestCase {
    let status = match outcome.verdict {
        Verdict::Pass => TestCaseStatus::success(),
        Verdict::Skipped => {
            let mut status = TestCaseStatus::skipped();
            status.set_message(outcome.reason.as_str());
            status
        }
        _ if outcome.severity != Severity::Error => TestCaseStatus::success(),
        verdict => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(outcome.reason.as_str())
                .set_type(verdict.as_str())
                .set_description(evidence_line(path, outcome));
            status
        }
    };
    let mut case = TestCase::new(outcome.target.as_str(), status);
    case.set_classname(outcome.id.as_str());
    if outcome.verdict.is_failure() && outcome.severity != Severity::Error {
        case.set_system_out(format!(
            "warning: {}\n{}",
            outcome.reason,
            evidence_line(path, outcome)
        ));
    }
    case
}

/// `city.txt:11: 空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点`.
fn evidence_line(path: &str, outcome: &Outcome) -> String {
    match (outcome.line, &outcome.evidence) {
        (Some(line), Some(evidence)) => format!("{path}:{line}: {evidence}"),
        (Some(line), None) => format!("{path}:{line}"),
        _ => format!("{path}: {}", outcome.reason),
    }
}
