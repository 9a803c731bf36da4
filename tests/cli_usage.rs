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
            "report: unknown category 'weather' (valid: air/大气, water/水, soil/土壤, \
             waste/固废, climate/气候, radiation/辐射, enforcement/执法, investment/投资, \
             public/公众, general/综合)\n",
        );
}

#[test]
fn categories_are_accepted_in_both_languages() {
    let by_label = report()
        .args(["indicators", "--category", "大气", "--format", "csv"])
        .output()
        .unwrap();
    let by_id = report()
        .args(["indicators", "--category", "air", "--format", "csv"])
        .output()
        .unwrap();
    assert!(by_label.status.success());
    assert_eq!(by_label.stdout, by_id.stdout);
    report()
        .args([
            "diff",
            "--category",
            "大气",
            "fixtures/diff/yunchuan-2021.txt",
        ])
        .arg("fixtures/diff/yunchuan-2022.txt")
        .assert()
        .success();
}

#[test]
fn unknown_section_or_id_exits_2_naming_the_valid_ones() {
    report()
        .args(["indicators", "--section", "99"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "report: unknown section '99' (valid: 1, 2, 3, 4 and their subsections; \
             `report sections` lists them)\n",
        );
    report()
        .args(["indicators", "--id", "waste.hazardous_generate"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "report: unknown indicator id 'waste.hazardous_generate'; did you mean \
             waste.hazardous_generated",
        ));
}

#[test]
fn an_empty_result_says_so() {
    report()
        .args(["indicators", "--grep", "没有这个词"])
        .assert()
        .success()
        .stdout("(没有符合条件的条目)\n");
    report()
        .args(["--lang", "en", "targets", "--status", "missed"])
        .assert()
        .success()
        .stdout("(nothing matches)\n");
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
        "normalize",
        "validate",
        "check",
        "diff",
        "completions",
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

/// `report summary` on a pseudo-terminal (util-linux `script`), with `extra` in the
/// environment: its output, or `None` where `script` is missing.
fn summary_on_a_terminal(extra: (&str, &str)) -> Option<String> {
    let binary = assert_cmd::cargo::cargo_bin("report");
    let output = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} summary", binary.display()),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env("TERM", "xterm")
        .env(extra.0, extra.1)
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn clicolor_0_and_term_dumb_turn_colour_off_on_a_terminal() {
    let Some(coloured) = summary_on_a_terminal(("CLICOLOR", "1")) else {
        eprintln!("note: `script` is unavailable; terminal colour test skipped");
        return;
    };
    assert!(coloured.contains("\x1b[1m"), "{coloured}");
    for unwanted in [("CLICOLOR", "0"), ("TERM", "dumb"), ("NO_COLOR", "1")] {
        let plain = summary_on_a_terminal(unwanted).expect("script ran before");
        assert!(plain.contains("珠海市生态环境局"), "{unwanted:?}: {plain}");
        assert!(!plain.contains("\x1b["), "{unwanted:?} left colour on");
    }
}

#[test]
fn missing_file_exits_2_with_one_line() {
    report()
        .args(["indicators", "no/such/report.txt"])
        .assert()
        .code(2)
        .stderr("report: no/such/report.txt: no such file\n");
}
