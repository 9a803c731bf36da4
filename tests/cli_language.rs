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

/// The seed and two practice reports (simplified with pinyin, traditional), with the
/// text each is read from: the file as given, which the diagnostics quote line by line.
const SOURCES: [(Option<&str>, &str); 3] = [
    (None, "fixtures/zhuhai-2021.txt"),
    (
        Some("../shared/corpus/hangzhou-2021.txt"),
        "../shared/corpus/hangzhou-2021.txt",
    ),
    (
        Some("../shared/corpus/taichung-2023.txt"),
        "../shared/corpus/taichung-2023.txt",
    ),
];

/// Latin words (two letters or more) of `text` that are neither the report's own words
/// (the file as given and its normalized text: `AQI`, `PM`, `strong` of a stray tag,
/// pinyin), nor ids, check codes, paths and the codes `UTF`, `HTML`, `pp`.
fn english_outside_report(text: &str, report_text: &str) -> BTreeSet<String> {
    let codes = ["UTF", "HTML", "pp"];
    let machine =
        // ids, paths, and the command of a GitHub annotation (`::error file=…,line=…::`)
        Regex::new(r"(?m)^::[a-z]+ .*?::|[a-z]+\.[0-9a-z_]+|<embedded:[^>]+>|\.\./shared/\S+|fixtures/\S+|/\S+\.toml")
            .unwrap();
    let mut cleaned = machine.replace_all(text, " ").into_owned();
    for code in check_codes() {
        cleaned = cleaned.replace(&code, " ");
    }
    Regex::new(r"[A-Za-z]{2,}")
        .unwrap()
        .find_iter(&cleaned)
        .map(|m| m.as_str().to_string())
        .filter(|w| !codes.contains(&w.as_str()) && !report_text.contains(w.as_str()))
        .collect()
}

/// The codes of `validate`'s checks, as its help lists them (`capacity-vs-load`).
fn check_codes() -> Vec<String> {
    let help = stdout(&["validate", "--help"]);
    let listed = help
        .split("Checks:")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    let mut codes: Vec<String> = listed
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_string)
        .collect();
    // Longest first, so no code is cut by a shorter one it contains.
    codes.sort_by_key(|code| std::cmp::Reverse(code.len()));
    assert!(codes.contains(&"capacity-vs-load".to_string()), "{codes:?}");
    codes
}

fn report_text(path: &str) -> String {
    let given = std::fs::read_to_string(path).unwrap();
    let normalized = stdout(&["normalize", path]);
    given + &normalized
}

fn with_source<'a>(args: &[&'a str], source: Option<&'a str>) -> Vec<&'a str> {
    args.iter().copied().chain(source).collect()
}

/// Targets every report misses one way or another: a value, a change, a range.
fn strict_targets(tag: &str) -> String {
    let name = format!("report-lang-{tag}-{}.toml", std::process::id());
    let path = std::env::temp_dir().join(name);
    let targets = "[[target]]\nindicator = \"air.aqi_compliance_rate\"\nat_least = 99.5\nunit = \"%\"\n\n\
                   [[target]]\nindicator = \"air.aqi_compliance_rate\"\nchange_at_least = 30\n\n\
                   [[target]]\nindicator = \"waste.hazardous_generated\"\nbetween = [1, 2]\nunit = \"万吨\"\n";
    std::fs::write(&path, targets).unwrap();
    path.display().to_string()
}

#[test]
fn validate_check_and_normalize_speak_chinese_under_zh() {
    let targets = strict_targets("zh");
    let targets = targets.as_str();
    let runs: [&[&str]; 5] = [
        &["validate", "--all"],
        &["validate", "--format", "markdown"],
        &["normalize", "--show"],
        &["check", "--allow-missing", "--targets", targets],
        &["check", "--format", "github", "--targets", targets],
    ];
    for (source, path) in SOURCES {
        let known = report_text(path);
        for args in runs {
            let args = with_source(args, source);
            let text = stdout(&args);
            let english = english_outside_report(&text, &known);
            assert!(english.is_empty(), "{args:?}: {english:?} in\n{text}");
        }
        // JSON keeps its keys and codes; its messages and notes are for people.
        let json: serde_json::Value = serde_json::from_str(&stdout(&with_source(
            &["validate", "--format", "json"],
            source,
        )))
        .unwrap();
        for diagnostic in json.as_array().unwrap() {
            let notes = diagnostic["notes"].as_array().cloned().unwrap_or_default();
            let prose = std::iter::once(&diagnostic["message"]).chain(&notes);
            for text in prose.map(|v| v.as_str().unwrap()) {
                let english = english_outside_report(text, &known);
                assert!(english.is_empty(), "{path}: {english:?} in {text}");
            }
        }
    }
    // What the seed's findings say, as a person checked them against line 25 and 39.
    let seed = stdout(&["validate"]);
    assert!(
        seed.contains(
            "提示[capacity-vs-load]: 全年5268.88吨即日均14.44吨/日;16吨/日(新增医疗废物处置能力)是日均的111%"
        ),
        "{seed}"
    );
    assert!(
        seed.contains("= 说明: 5268.88吨(第55行)÷ 365天 = 14.44吨/日"),
        "{seed}"
    );
    assert!(
        seed.contains("109.6%仅在舍入范围内成立:7.48亿元 / 6.82亿元 = 109.68%,四舍五入为109.7%"),
        "{seed}"
    );
    assert!(
        seed.ends_with("<embedded:zhuhai-2021.txt>:错误 0 · 警告 3 · 提示 2;9 项核对成立\n"),
        "{seed}"
    );
    let check = stdout(&[
        "--width",
        "200",
        "check",
        "--expect",
        "罚没金额 >= 5000万元",
    ]);
    assert!(
        check.contains("未通过:3324.37万元不满足>= 5000万元"),
        "{check}"
    );
    // The test itself can fail: English output has words it flags.
    let english = english_outside_report(
        &stdout(&["--lang", "en", "validate"]),
        &report_text(SOURCES[0].1),
    );
    assert!(
        english.contains("average") && english.contains("warnings"),
        "{english:?}"
    );
}

/// Han characters of `line` outside what quotes the report: backticked text and runs of
/// Han characters that the report's text holds, unless they stand right after a digit
/// (a unit: `27.33万吨`).
fn chinese_outside_quotes(line: &str, report_text: &str) -> Vec<String> {
    let unquoted = Regex::new(r"`[^`]*`").unwrap().replace_all(line, " ");
    let han = Regex::new(r"[0-9]?[\p{Han}]+").unwrap();
    han.find_iter(&unquoted)
        .map(|m| m.as_str())
        .filter(|run| run.starts_with(|c: char| c.is_ascii_digit()) || !report_text.contains(run))
        .map(str::to_string)
        .collect()
}

#[test]
fn validate_and_check_write_english_units_under_en() {
    let targets = strict_targets("en");
    // Report text under `en`: the source lines a diagnostic quotes (`25 | …`), text in
    // backticks, and names of indicators the report gives (no lexicon label); the
    // target column of `check`, which is the user's own expression.
    let excerpt = Regex::new(r"^\s*[0-9]*\s*\|").unwrap();
    for (source, path) in SOURCES {
        let known = report_text(path);
        let text = stdout(&with_source(&["--lang", "en", "validate", "--all"], source));
        for line in text.lines().filter(|l| !excerpt.is_match(l)) {
            let chinese = chinese_outside_quotes(line, &known);
            assert!(chinese.is_empty(), "{path}: {chinese:?} in\n{line}");
        }
    }
    let args = [
        "--lang",
        "en",
        "--width",
        "200",
        "check",
        "--expect",
        "罚没金额 >= 5000万元",
        "--targets",
        &targets,
    ];
    let text = stdout(&args);
    let known = report_text(SOURCES[0].1);
    for line in text.lines().skip(2) {
        let after_target = line.split("  ").filter(|c| !c.trim().is_empty()).skip(1);
        for cell in after_target {
            let chinese = chinese_outside_quotes(cell, &known);
            assert!(chinese.is_empty(), "{chinese:?} in\n{line}");
        }
    }
    assert!(
        text.contains("FAIL: 3324.37 ×10k yuan is not >= 5000 ×10k yuan"),
        "{text}"
    );
}
