//! Issue 7's "Done when" on the seed (`fixtures/zhuhai-2021.txt`) and on a hand-broken
//! copy of it (`fixtures/broken/zhuhai-2021-sums.txt`, changes listed in its README):
//! every figure below was checked by hand against the report.

use report::audit::{Finding, Verdict, findings};
use report::model::Severity;
use report::{Options, Report};

fn analyze(path: &str) -> Report {
    let bytes = std::fs::read(path).expect("fixture readable");
    let options = Options {
        path: path.to_string(),
        ..Options::default()
    };
    report::analyze(&bytes, &options).expect("fixture analyzes")
}

fn seed() -> Report {
    analyze("fixtures/zhuhai-2021.txt")
}

fn broken() -> Report {
    analyze("fixtures/broken/zhuhai-2021-sums.txt")
}

/// The findings of `code` on `line`.
fn at(report: &Report, code: &str, line: usize) -> Vec<Finding> {
    findings(report)
        .into_iter()
        .filter(|f| f.code == code && f.line == line)
        .collect()
}

fn one(report: &Report, code: &str, line: usize) -> Finding {
    let found = at(report, code, line);
    assert_eq!(found.len(), 1, "one {code} on line {line}: {found:#?}");
    found.into_iter().next().expect("one")
}

fn lines_of(report: &Report, code: &str) -> Vec<usize> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.line)
        .collect()
}

#[test]
fn damaged_places_are_shown_with_their_lines() {
    // `“六?!薄?/strong>` (43), `領域?qū)n}建設` (53), `環保?;A設施` (95).
    assert_eq!(lines_of(&seed(), "damaged-text"), [43, 53, 95]);
}

#[test]
fn every_number_is_accounted_for() {
    assert_eq!(lines_of(&seed(), "unaccounted-number"), Vec::<usize>::new());
}

#[test]
fn land_and_sea_management_units_add_up_to_100() {
    let finding = one(&seed(), "sum-mismatch", 45);
    assert_eq!(finding.verdict, Verdict::Holds, "{finding:#?}");
    assert_eq!(finding.message, "41 + 59 = 100 holds");
}

#[test]
fn completion_ratio_holds_only_within_rounding() {
    let finding = one(&seed(), "ratio-mismatch", 39);
    assert_eq!(finding.verdict, Verdict::Note, "{finding:#?}");
    assert_eq!(
        finding.message,
        "109.6% holds only within rounding: 7.48亿元 / 6.82亿元 = 109.68%, which prints as 109.7%"
    );
    let diagnostic = finding.diagnostic().expect("a note is shown");
    assert_eq!(diagnostic.severity, Severity::Note);
}

#[test]
fn aqi_rate_agrees_with_the_polluted_days() {
    let finding = one(&seed(), "rate-vs-days", 11);
    assert_eq!(finding.verdict, Verdict::Holds, "{finding:#?}");
    assert_eq!(finding.message, "95.1% holds: (365 − 18) / 365 = 95.07%");
}

#[test]
fn penalty_cases_imply_77_cases_in_2020() {
    let found = at(&seed(), "prior-not-integer", 21);
    let cases = found
        .iter()
        .find(|f| f.message.contains("count"))
        .expect("a finding for 192件");
    assert_eq!(cases.verdict, Verdict::Holds);
    assert_eq!(cases.message, "implied 2020 count: 77件");
}

#[test]
fn parts_within_their_wholes_hold() {
    let seed = seed();
    let key_cases = one(&seed, "part-exceeds-whole", 21);
    assert_eq!(key_cases.message, "14 ≤ 101件 holds");
    let ozone = one(&seed, "part-exceeds-whole", 77);
    assert_eq!(ozone.message, "17 ≤ 18天 holds");
}

#[test]
fn new_medical_waste_capacity_is_set_against_the_yearly_load() {
    let finding = one(&seed(), "capacity-vs-load", 25);
    assert_eq!(finding.verdict, Verdict::Note);
    assert!(
        finding
            .message
            .starts_with("5268.88吨 a year is 14.44吨/日 on average; 16吨/日"),
        "{finding:#?}"
    );
}

#[test]
fn the_seed_has_no_arithmetic_errors() {
    let errors: Vec<Finding> = findings(&seed())
        .into_iter()
        .filter(|f| f.verdict == Verdict::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_broken_copy_fails_where_it_was_broken() {
    let broken = broken();
    let sum = one(&broken, "sum-mismatch", 45);
    assert_eq!(sum.verdict, Verdict::Error);
    assert_eq!(sum.message, "parts do not add up: 41 + 58 = 99, not 100");
    let key = one(&broken, "part-exceeds-whole", 21);
    assert_eq!(key.verdict, Verdict::Error);
    assert_eq!(key.message, "part exceeds its whole: 104 > 101件");
    let prior = at(&broken, "prior-not-integer", 21);
    assert!(
        prior.iter().any(|f| f.verdict == Verdict::Warning
            && f.message == "implied 2020 count is not a whole number: 77.4"),
        "{prior:#?}"
    );
    let days = one(&broken, "rate-vs-days", 11);
    assert_eq!(days.verdict, Verdict::Warning);
    assert_eq!(
        days.message,
        "95.1% does not match the days: (365 − 28) / 365 = 92.33%"
    );
}
