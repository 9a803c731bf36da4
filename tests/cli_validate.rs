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
    assert_eq!(out.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let damaged: Vec<u64> = value
        .as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["code"] == "damaged-text")
        .map(|d| d["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(damaged, [43, 53, 95]);
    let ratio = value
        .as_array()
        .expect("an array")
        .iter()
        .find(|d| d["code"] == "ratio-mismatch")
        .expect("the completion ratio note");
    assert_eq!(ratio["severity"], "note");
    assert_eq!(ratio["line"], 39);
    assert!(
        ratio["notes"][0]
            .as_str()
            .expect("a note")
            .contains("[109.52, 109.83]%")
    );
}

#[test]
fn the_seed_passes_but_not_strictly() {
    report()
        .args(["--lang", "en", "validate"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::is_match(
                r"<embedded:zhuhai-2021\.txt>: 0 errors, 3 warnings, 2 notes; \d+ checks hold\n$",
            )
            .expect("regex"),
        );
    // The three damaged places are warnings: --strict fails on them.
    report().args(["validate", "--strict"]).assert().code(1);
}

#[test]
fn all_shows_the_checks_that_hold() {
    report()
        .args([
            "--lang",
            "en",
            "validate",
            "--all",
            "fixtures/zhuhai-2021.txt",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "ok[sum-mismatch]: 41 + 59 = 100 holds",
        ))
        .stdout(predicate::str::contains(
            "ok[rate-vs-days]: 95.1% holds: (365 − 18) / 365 = 95.07%",
        ))
        .stdout(predicate::str::contains(
            "ok[prior-not-integer]: implied 2020 count: 77 cases",
        ));
}

#[test]
fn the_broken_copy_fails_with_the_right_diagnostics() {
    report()
        .args(["--lang", "en", "validate", "fixtures/broken/zhuhai-2021-sums.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error[sum-mismatch]: parts do not add up: 41 + 58 = 99, not 100\n  --> fixtures/broken/zhuhai-2021-sums.txt:45:",
        ))
        .stdout(predicate::str::contains(
            "error[part-exceeds-whole]: part exceeds its whole: 104 > 101 cases\n  --> fixtures/broken/zhuhai-2021-sums.txt:21:",
        ))
        .stdout(predicate::str::contains(
            "warning[prior-not-integer]: implied 2020 count is not a whole number: 77.4",
        ))
        .stdout(predicate::str::contains(
            "warning[rate-vs-days]: 95.1% does not match the days: (365 − 28) / 365 = 92.33%",
        ))
        .stdout(
            predicate::str::is_match(
                r"fixtures/broken/zhuhai-2021-sums\.txt: 2 errors, 5 warnings, 2 notes; \d+ checks hold\n$",
            )
            .expect("regex"),
        );
}

#[test]
fn colour_when_forced_and_never_under_no_color() {
    report()
        .args(["--color", "always", "validate"])
        .assert()
        .stdout(predicate::str::contains("\u{1b}["));
    report()
        .env("NO_COLOR", "1")
        .args(["validate"])
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
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
        .filter_map(|entry| entry["source"].as_str())
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
        .args(["--lang", "en", "validate", "fixtures/zhuhai-2021.txt"])
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
