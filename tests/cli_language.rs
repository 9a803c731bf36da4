//! One language at a time (issue 17). Under the default `--lang zh` the human-facing
//! output of `check`, `diff`, `normalize --show` and the listings holds no English word
//! apart from ids, codes (`UTF-8`, `HTML`, `pp`), paths and words the report itself
//! contains (`AQI`, `VOCs`); under `--lang en` no value is followed by a Chinese unit.

mod cli_support;

use std::collections::BTreeSet;

use cli_support::report;
use regex::Regex;

const OLD: &str = "fixtures/diff/yunchuan-2021.txt";
const NEW: &str = "fixtures/diff/yunchuan-2022.txt";

fn stdout(args: &[&str]) -> String {
    let output = report().args(args).output().unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{args:?}: {output:?}"
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Latin words of `text` that are not ids, paths, codes or words of the reports' own text.
fn english_words(text: &str) -> BTreeSet<String> {
    let reports: String = ["fixtures/zhuhai-2021.txt", OLD, NEW]
        .iter()
        .map(|path| stdout(&["normalize", path]))
        .collect();
    let codes = ["UTF", "HTML", "pp"];
    let ids_and_paths = Regex::new(r"[a-z]+\.[0-9a-z_]+|<embedded:[^>]+>|fixtures/\S+").unwrap();
    let cleaned = ids_and_paths.replace_all(text, " ");
    Regex::new(r"[A-Za-z]{2,}")
        .unwrap()
        .find_iter(&cleaned)
        .map(|m| m.as_str().to_string())
        .filter(|w| !codes.contains(&w.as_str()) && !reports.contains(w.as_str()))
        .collect()
}

#[test]
fn chinese_output_has_no_english_prose() {
    let runs: [&[&str]; 8] = [
        &[
            "check",
            "--expect",
            "air.aqi_compliance_rate >= 96",
            "--expect",
            "罚没金额 > 3000万元",
        ],
        &["diff", OLD, NEW],
        &["normalize", "--show"],
        &["summary"],
        &["indicators"],
        &["projects"],
        &["targets"],
        &["indicators", "--grep", "没有这个词"],
    ];
    for args in runs {
        let text = stdout(args);
        assert!(!text.is_empty(), "{args:?}");
        let english = english_words(&text);
        assert!(english.is_empty(), "{args:?}: {english:?} in\n{text}");
    }
    // The test itself can fail: the English output has words it flags.
    let english = english_words(&stdout(&["--lang", "en", "diff", OLD, NEW]));
    assert!(
        english.contains("consistent") && english.contains("Changed"),
        "{english:?}"
    );
}

#[test]
fn english_output_has_no_chinese_units() {
    let unit_after_number =
        Regex::new(r"[0-9](万|亿|千|吨|元|条|件|宗|家|个|项|次|场|批|辆|座|天|公里|微克)").unwrap();
    let runs: [&[&str]; 6] = [
        &[
            "--lang",
            "en",
            "--width",
            "240",
            "check",
            "--expect",
            "waste.hazardous_generated <= 30万吨",
        ],
        &["--lang", "en", "--width", "240", "diff", OLD, NEW],
        &["--lang", "en", "--width", "240", "summary"],
        &["--lang", "en", "--width", "240", "projects"],
        &["--lang", "en", "--width", "240", "targets"],
        &["--lang", "en", "--width", "240", "indicators"],
    ];
    for args in runs {
        let text = stdout(args);
        // Names and quoted text are the report's own words: look at the values only,
        // the cells after the name (tables separate cells by two spaces or more).
        for line in text.lines() {
            let cells: Vec<&str> = line.split("  ").filter(|c| !c.trim().is_empty()).collect();
            for cell in cells.iter().skip(2) {
                let cell = cell.trim();
                let is_text = cell.chars().filter(|c| !c.is_ascii()).count() > 4;
                assert!(
                    is_text || !unit_after_number.is_match(cell),
                    "{args:?}: Chinese unit in `{cell}` of\n{line}"
                );
            }
        }
    }
    let summary = stdout(&["--lang", "en", "summary"]);
    assert!(summary.contains("1.38 ×10k t"), "{summary}");
    assert!(summary.contains("16 t/d"), "{summary}");
    assert!(summary.contains("3324.37 ×10k yuan"), "{summary}");
    let csv = stdout(&["--lang", "en", "indicators", "--format", "csv"]);
    assert!(
        csv.contains(",27.33,万吨,"),
        "CSV keeps the unit as written"
    );
}

#[test]
fn money_given_as_a_bare_scale_shows_its_yuan() {
    // Line 39: `完成年度投资11.59亿`.
    let text = stdout(&["indicators", "--grep", "完成年度投资"]);
    assert!(text.contains("11.59亿元"), "{text}");
}
