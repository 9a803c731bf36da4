//! `report validate` from the outside: exit codes, the count line, JSON, help, colour.

use assert_cmd::Command;
use predicates::prelude::*;

fn report() -> Command {
    let mut cmd = Command::cargo_bin("report").expect("binary built");
    cmd.env_remove("NO_COLOR");
    cmd
}

#[test]
fn a_missing_file_is_an_input_error() {
    report()
        .args(["validate", "no-such-report.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("report: no-such-report.txt: no such file\n");
}

#[test]
fn json_is_the_diagnostics_array() {
    let out = report()
        .args(["validate", "--format", "json"])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diagnostics = value.as_array().expect("an array");
    for d in diagnostics {
        for field in ["code", "severity", "line", "column", "message"] {
            assert!(d.get(field).is_some(), "{field} missing in {d}");
        }
    }
}

#[test]
fn several_files_give_one_entry_per_path() {
    let out = report()
        .args([
            "validate",
            "--format",
            "json",
            "fixtures/zhuhai-2021.txt",
            "fixtures/broken/zhuhai-2021-sums.txt",
        ])
        .output()
        .expect("runs");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let paths: Vec<&str> = value
        .as_array()
        .expect("an array")
        .iter()
        .filter_map(|entry| entry["path"].as_str())
        .collect();
    assert_eq!(
        paths,
        [
            "fixtures/zhuhai-2021.txt",
            "fixtures/broken/zhuhai-2021-sums.txt"
        ]
    );
}

#[test]
fn text_ends_with_the_count_line_and_no_colour_off_a_terminal() {
    report()
        .args(["validate", "fixtures/zhuhai-2021.txt"])
        .assert()
        .stdout(predicate::str::is_match(
            r"fixtures/zhuhai-2021\.txt: \d+ errors?, \d+ warnings?, \d+ notes?; \d+ checks? holds?\n$",
        ).expect("regex"))
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn help_lists_every_check_and_the_exit_codes() {
    report()
        .args(["validate", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("sum-mismatch"))
        .stdout(predicate::str::contains("rate-vs-days"))
        .stdout(predicate::str::contains("prior-not-integer"))
        .stdout(predicate::str::contains(
            "Exit codes: 0 no errors; 1 errors",
        ));
}
