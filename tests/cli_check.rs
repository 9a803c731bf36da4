//! `report check` on the seed report (the embedded Zhuhai 2021 report): exit codes, the
//! rows that fail, and the JSON, JUnit and GitHub outputs. Values checked by hand against
//! fixtures/zhuhai-2021.txt: line 11 AQI 95.1% (+1.7pp); line 21 罚没金额3324.37万元;
//! line 35 危险废物产生量27.33万吨.

use std::io::Write;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::NamedTempFile;

fn report() -> Command {
    Command::cargo_bin("report").expect("binary builds")
}

fn targets_file(text: &str) -> NamedTempFile {
    let mut file = tempfile::Builder::new()
        .suffix(".toml")
        .tempfile()
        .expect("temp file");
    file.write_all(text.as_bytes()).expect("write");
    file
}

const PASSING: &str = r#"
[[target]]
indicator = "air.aqi_compliance_rate"
at_least = 95
unit = "%"

[[target]]
name = "罚没金额"
at_least = 3000
unit = "万元"

[[target]]
name = "危险废物产生量"
at_most = 30
unit = "万吨"
"#;

const FAILING: &str = r#"
[[target]]
indicator = "air.aqi_compliance_rate"
at_least = 96

[[target]]
name = "罚没金额"
at_least = 0.5
unit = "亿元"

[[target]]
name = "危险废物产生量"
at_most = 300000
unit = "吨"

[[target]]
indicator = "air.aqi_compliance_rate"
change_at_least = 2
severity = "warning"
"#;

#[test]
fn a_targets_file_that_the_seed_meets_exits_0() {
    let file = targets_file(PASSING);
    let output = report()
        .args(["--lang", "en", "--width", "200", "check", "--targets"])
        .arg(file.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Actual value and change, then the line it was read on.
    for (actual, line) in [
        ("95.1% (+1.7pp)", "11"),
        ("3324.37 ×10k yuan (+176.47%)", "21"),
        ("27.33 ×10k t", "35"),
    ] {
        let row = stdout
            .lines()
            .find(|l| l.contains(actual))
            .unwrap_or_else(|| panic!("{actual} missing from\n{stdout}"));
        let cells: Vec<&str> = row.split("  ").map(str::trim).collect();
        assert!(cells.contains(&line) && row.contains("pass"), "{row}");
    }
    assert!(stdout.contains("3 check(s) on 1 report(s): 3 met, 0 missed"));
}

#[test]
fn a_targets_file_with_missed_targets_exits_1_naming_the_failing_rows() {
    let file = targets_file(FAILING);
    let output = report()
        .args(["--lang", "en", "--width", "200", "check", "--targets"])
        .arg(file.path())
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("FAIL: 95.1% is not >= 96%"), "{stdout}");
    assert!(
        stdout.contains("FAIL: 3324.37 ×10k yuan is not >= 0.5 ×100M yuan"),
        "{stdout}"
    );
    assert!(
        stdout.contains("warning: change +1.7pp is not >= 2pp"),
        "{stdout}"
    );
    let failing_rows = stdout.lines().filter(|l| l.contains("FAIL:")).count();
    assert_eq!(failing_rows, 2, "{stdout}");
    assert!(stdout.contains("4 check(s) on 1 report(s): 1 met, 2 missed, 1 warning(s)"));
}

#[test]
fn expect_below_the_stated_value_fails_and_prints_it() {
    report()
        .args(["check", "--expect", "air.aqi_compliance_rate >= 96"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("95.1% (+1.7pp)"))
        .stdout(predicate::str::contains("未通过"))
        .stdout(predicate::str::contains(
            "1 份报告共 1 项检查:通过 0 · 未通过 1 · 警告 0",
        ));
    report()
        .args([
            "--lang",
            "en",
            "check",
            "--expect",
            "air.aqi_compliance_rate >= 96",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL: 95.1% is not >= 96%"));
}

#[test]
fn expressions_with_units_and_names() {
    report()
        .args(["check", "--expect", "waste.hazardous_generated <= 30万吨"])
        .args(["--expect", "罚没金额 > 3000万元"])
        .assert()
        .code(0);
}

#[test]
fn malformed_toml_exits_2_with_line_and_column() {
    let file =
        targets_file("[[target]]\nindicator = \"air.aqi_compliance_rate\"\nat_least = 95 %\n");
    let path = file.path().display().to_string();
    report()
        .args(["check", "--targets", &path])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(format!(
            "report: {path}: line 3, column 12: "
        )));
}

#[test]
fn unknown_id_exits_2_with_a_precise_message() {
    let file = targets_file("[[target]]\nindicator = \"air.aqi_rate\"\nat_least = 95\n");
    let path = file.path().display().to_string();
    report()
        .args(["check", "--targets", &path])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(format!(
            "report: {path}:1: unknown indicator id 'air.aqi_rate': not in the lexicon and not in any report"
        )));
}

#[test]
fn an_ambiguous_name_exits_2_listing_the_candidates() {
    report()
        .args(["check", "--expect", "危险废物 >= 1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'危险废物' matches several indicators: ",
        ))
        .stderr(predicate::str::contains("危险废物产生量"));
}

#[test]
fn no_targets_is_a_usage_error() {
    report()
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("check needs targets"));
}

#[test]
fn json_output_has_verdicts_per_report() {
    let output = report()
        .args([
            "check",
            "--format",
            "json",
            "--expect",
            "air.aqi_compliance_rate >= 96",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["passed"], false);
    let outcome = &json["reports"][0]["outcomes"][0];
    assert_eq!(json["reports"][0]["report"], "<embedded:zhuhai-2021.txt>");
    assert_eq!(outcome["verdict"], "fail");
    assert_eq!(outcome["line"], 11);
    assert_eq!(outcome["actual"], "95.1% (+1.7pp)");
    assert_eq!(outcome["value"]["value"], 95.1);
    assert_eq!(outcome["value"]["unit"], "%");
    assert_eq!(
        outcome["origin"],
        "--expect 'air.aqi_compliance_rate >= 96'"
    );
}

const SEED: &str = "fixtures/zhuhai-2021.txt";
const YUNCHUAN: &str = "fixtures/diff/yunchuan-2022.txt";

fn outcomes_by_report(args: &[&str]) -> (Option<i32>, Vec<(String, Vec<String>)>) {
    outcomes_by_report_with_stdin(args, Vec::new())
}

fn outcomes_by_report_with_stdin(
    args: &[&str],
    stdin: Vec<u8>,
) -> (Option<i32>, Vec<(String, Vec<String>)>) {
    let output = report()
        .args(["check", "--format", "json"])
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let grouped = json["reports"]
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            let verdicts = r["outcomes"]
                .as_array()
                .expect("array")
                .iter()
                .map(|o| format!("{} {}", o["verdict"].as_str().unwrap_or("?"), o["actual"]))
                .collect();
            (r["report"].as_str().unwrap_or("?").to_string(), verdicts)
        })
        .collect();
    (output.status.code(), grouped)
}

#[test]
fn several_reports_are_checked_each_and_grouped() {
    let targets = [
        "--expect",
        "air.aqi_compliance_rate >= 95",
        "--expect",
        "air.pm25_concentration <= 25",
    ];
    let (code, grouped) = outcomes_by_report(&[&targets[..], &[SEED, YUNCHUAN]].concat());
    assert_eq!(code, Some(1));
    assert_eq!(
        grouped,
        [
            (
                SEED.to_string(),
                vec![
                    "pass \"95.1% (+1.7pp)\"".to_string(),
                    "not_found null".to_string()
                ]
            ),
            (
                YUNCHUAN.to_string(),
                vec![
                    "pass \"95.1% (+1.7pp)\"".to_string(),
                    "pass \"22微克/立方米 (-8.3%)\"".to_string()
                ]
            ),
        ]
    );
    let allowed = [&targets[..], &["--allow-missing", SEED, YUNCHUAN]].concat();
    let (code, grouped) = outcomes_by_report(&allowed);
    assert_eq!(code, Some(0));
    assert_eq!(grouped[0].1[1], "skipped null");
}

#[test]
fn a_json_export_on_standard_input_is_checked_like_its_report() {
    let export = report()
        .args(["export", "--format", "json", YUNCHUAN])
        .output()
        .expect("runs");
    let (code, grouped) =
        outcomes_by_report_with_stdin(&["--expect", "罚没金额 >= 0.15亿元", "-"], export.stdout);
    assert_eq!(code, Some(0));
    // the export keeps the path of the report it came from
    assert_eq!(grouped[0].0, YUNCHUAN);
    assert_eq!(grouped[0].1, ["pass \"1562.3万元 (+24.92%)\""]);
}
