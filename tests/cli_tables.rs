//! Tables fit the width asked for and never break a token (issue 17). Every listing
//! command runs at 80 and 160 columns (`--width`, and `COLUMNS` for the same width); each
//! id, value and unit that the command's CSV or JSON holds must appear whole on one line
//! of the table, and no line may be wider than the width. The reviewed snapshots of each
//! command at both widths are `tests/tables.md` (run by trycmd).

mod cli_support;

use cli_support::{csv_rows, report};
use unicode_width::UnicodeWidthStr;

/// `report ARGS` with `--width WIDTH`: standard output; also checks that `COLUMNS=WIDTH`
/// gives the same.
fn table(args: &[&str], width: u16) -> String {
    let width_text = width.to_string();
    let mut with_flag = vec!["--width", &width_text];
    with_flag.extend(args);
    let by_flag = report().args(&with_flag).output().unwrap();
    assert!(by_flag.status.success(), "{args:?}: {by_flag:?}");
    let by_env = report()
        .env("COLUMNS", &width_text)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(by_flag.stdout, by_env.stdout, "COLUMNS={width} {args:?}");
    String::from_utf8(by_flag.stdout).unwrap()
}

/// Every line fits, and every token is whole on some line.
fn assert_fits(args: &[&str], width: u16, tokens: &[String]) {
    let text = table(args, width);
    for line in text.lines() {
        assert!(
            line.width() <= usize::from(width),
            "{args:?} at {width}: {} columns: {line}",
            line.width()
        );
    }
    for token in tokens {
        assert!(
            text.lines().any(|line| line.contains(token.as_str())),
            "{args:?} at {width}: `{token}` broken or missing:\n{text}"
        );
    }
}

const WIDTHS: [u16; 2] = [80, 160];

#[test]
fn indicators_keep_ids_values_and_units_whole() {
    let rows = csv_rows(&["indicators"]);
    assert_eq!(rows.len(), 109);
    let tokens: Vec<String> = rows
        .iter()
        .flat_map(|r| [r["id"].clone(), format!("{}{}", r["value"], r["unit"])])
        .collect();
    // Among them the long ones: the issue saw `enforcement.累及上报调阅资料` for two
    // quantities and `3324.37万元` broken.
    assert!(tokens.contains(&"soil.contaminated_farmland_safe_use_rate".to_string()));
    assert!(tokens.contains(&"3324.37万元".to_string()));
    for width in WIDTHS {
        assert_fits(&["indicators"], width, &tokens);
    }
    // At 160 columns the changes are shown too.
    assert_fits(
        &["indicators"],
        160,
        &["↑ +149.35%".to_string(), "↓ -12.6%".to_string()],
    );
}

#[test]
fn projects_targets_and_sections_keep_tokens_whole() {
    let projects = csv_rows(&["projects"]);
    let amounts: Vec<String> = projects
        .iter()
        .flat_map(|r| {
            r["quantities"]
                .split("; ")
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|q| !q.is_empty())
        .map(|q| q.split_once(' ').map_or(q.clone(), |(_, v)| v.to_string()))
        .collect();
    assert!(amounts.contains(&"12.4万吨/天".to_string()), "{amounts:?}");
    let targets = csv_rows(&["targets"]);
    let values: Vec<String> = targets
        .iter()
        .flat_map(|r| [r["target"].clone(), r["actual"].clone()])
        .filter(|v| !v.is_empty())
        .collect();
    assert!(values.contains(&">6000亿元".to_string()), "{values:?}");
    let sections: Vec<String> = csv_rows(&["sections"])
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    for width in WIDTHS {
        assert_fits(&["projects"], width, &amounts);
        assert_fits(&["targets"], width, &values);
        assert_fits(&["sections"], width, &sections);
    }
}

#[test]
fn summary_explain_check_and_diff_fit() {
    let diff = [
        "diff",
        "fixtures/diff/yunchuan-2021.txt",
        "fixtures/diff/yunchuan-2022.txt",
    ];
    let check = [
        "check",
        "--expect",
        "air.aqi_compliance_rate >= 95",
        "--expect",
        "罚没金额 > 3000万元",
    ];
    for width in WIDTHS {
        assert_fits(
            &["summary"],
            width,
            &[
                "3324.37万元".to_string(),
                "1.38万吨".to_string(),
                "16吨/日".to_string(),
            ],
        );
        assert_fits(
            &["explain", "enforcement.violation_cases"],
            width,
            &["enforcement.violation_cases".to_string()],
        );
        assert_fits(
            &check,
            width,
            &[
                "air.aqi_compliance_rate".to_string(),
                "3324.37万元".to_string(),
            ],
        );
        assert_fits(&diff, width, &[]);
    }
}

#[test]
fn wide_terminals_do_not_stretch_tables() {
    let text = table(&["projects", "--status", "operating"], 200);
    let widest = text.lines().map(UnicodeWidthStr::width).max().unwrap();
    assert!(widest < 80, "{widest}:\n{text}");
}

#[test]
fn reviewed_snapshots_at_80_and_160_columns() {
    trycmd::TestCases::new()
        .register_bin("report", std::path::Path::new(env!("CARGO_BIN_EXE_report")))
        .env("COLUMNS", "80")
        .case("tests/tables.md");
}
