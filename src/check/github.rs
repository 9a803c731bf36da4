//! GitHub Actions workflow commands for `report check`: one `::error` (or `::warning`
//! for warning-severity targets) per missed target, pointing at the report line so the
//! annotation shows on the file in a pull request.

use super::{Outcome, ReportOutcomes};
use crate::model::Severity;

/// One annotation line per missed target; passing targets print nothing.
pub fn check_annotations(results: &[ReportOutcomes]) -> Vec<String> {
    results
        .iter()
        .flat_map(|report| {
            report
                .outcomes
                .iter()
                .filter(|o| o.verdict.is_failure())
                .map(|o| annotation(&report.report, o))
        })
        .collect()
}

fn annotation(path: &str, outcome: &Outcome) -> String {
    let level = if outcome.severity == Severity::Error {
        "error"
    } else {
        "warning"
    };
    let mut properties = vec![format!("file={}", escape_property(path))];
    if let Some(line) = outcome.line {
        properties.push(format!("line={line}"));
    }
    if let Some(column) = outcome.column {
        properties.push(format!("col={column}"));
    }
    properties.push(format!("title={}", escape_property(&outcome.id)));
    let message = format!("{}: {}", outcome.target, outcome.reason);
    format!(
        "::{level} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

/// Message text: `%`, CR and LF are encoded.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Property values also encode `:` and `,`, which delimit the command.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Verdict;

    fn outcome(verdict: Verdict, severity: Severity, line: Option<usize>) -> Outcome {
        Outcome {
            target: "air.aqi_compliance_rate >= 96".into(),
            origin: "--expect 'air.aqi_compliance_rate >= 96'".into(),
            id: "air.aqi_compliance_rate".into(),
            severity,
            verdict,
            actual: Some("95.1%".into()),
            value: None,
            reason: "95.1% is not >= 96%".into(),
            line,
            column: line.map(|_| 1),
            evidence: None,
        }
    }

    #[test]
    fn one_escaped_annotation_per_missed_target() {
        let results = [ReportOutcomes {
            report: "<embedded:zhuhai-2021.txt>".into(),
            outcomes: vec![
                outcome(Verdict::Fail, Severity::Error, Some(11)),
                outcome(Verdict::Pass, Severity::Error, Some(11)),
                outcome(Verdict::NotFound, Severity::Warning, None),
            ],
        }];
        let lines = check_annotations(&results);
        assert_eq!(
            lines,
            [
                "::error file=<embedded%3Azhuhai-2021.txt>,line=11,col=1,title=air.aqi_compliance_rate::air.aqi_compliance_rate >= 96: 95.1%25 is not >= 96%25",
                "::warning file=<embedded%3Azhuhai-2021.txt>,title=air.aqi_compliance_rate::air.aqi_compliance_rate >= 96: 95.1%25 is not >= 96%25",
            ]
        );
    }
}
