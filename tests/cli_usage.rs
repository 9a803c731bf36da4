//! The command line's contract apart from the numbers: exit codes of bad arguments,
//! `--help` examples, colour rules and quiet exits on a closed pipe.

mod cli_support;

use cli_support::report;
use predicates::prelude::*;

#[test]
fn unknown_category_exits_2_listing_the_valid_ones() {
    report()
        .args(["indicators", "--category", "air,weather"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "report: unknown category 'weather' (valid: air, water, soil, waste, climate, \
             radiation, enforcement, investment, public, general)\n",
        );
}

#[test]
fn unknown_target_status_exits_2() {
    report()
        .args(["targets", "--status", "done"])
        .assert()
        .code(2)
        .stderr("report: unknown status 'done' (valid: met, missed, open)\n");
}

#[test]
fn unknown_indicator_exits_1_naming_the_file() {
    report()
        .args(["get", "no.such_indicator_anywhere"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "report: <embedded:zhuhai-2021.txt>: no indicator 'no.such_indicator_anywhere';",
        ));
}

#[test]
fn export_has_no_table_format() {
    report()
        .args(["export", "--format", "table"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "[possible values: json, ndjson, csv]",
        ));
}

#[test]
fn every_command_help_shows_examples() {
    let commands = [
        "summary",
        "indicators",
        "projects",
        "targets",
        "sections",
        "get",
        "explain",
        "export",
    ];
    for command in commands {
        report()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!(
                "Examples:\n  report {command}"
            )));
    }
    report()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:\n  report summary"));
}

#[test]
fn no_colour_in_a_pipe_even_when_asked_for_auto() {
    report()
        .args(["summary", "--color", "auto"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn colour_always_is_obeyed_and_never_wins_over_it() {
    report()
        .args(["summary", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[1m"));
    report()
        .args(["summary", "--color", "never"])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn missing_file_exits_2_with_one_line() {
    report()
        .args(["indicators", "no/such/report.txt"])
        .assert()
        .code(2)
        .stderr("report: no/such/report.txt: no such file\n");
}
