//! The user-facing commands on the embedded Zhuhai 2021 report, with values a person can
//! check in `fixtures/zhuhai-2021.txt`: line 11 `空气质量指数(AQI)达标率95.1%,同比提升1.7个
//! 百分点`; line 21 `处罚环境违法案件192件,罚没金额3324.37万元,分别同比增长149.35%、176.47%`;
//! line 35 `危险废物产生量27.33万吨,利用处置量30.18万吨(含上年贮存量),工业危险废物利用处置率
//! 保持100%`; line 55 `医疗废物产生量5268.88吨`; line 61 `处理环境信访案件3978宗,同比下降12.6%`.

mod cli_support;

use cli_support::{Row, csv_rows, one, report, stdout_of};
use predicates::prelude::*;
use unicode_width::UnicodeWidthStr;

#[test]
fn get_prints_just_the_value() {
    report()
        .args(["get", "air.aqi_compliance_rate"])
        .assert()
        .success()
        .stdout("95.1\n");
    report()
        .args(["get", "air.aqi_compliance_rate", "--with-unit"])
        .assert()
        .success()
        .stdout("95.1%\n");
}

#[test]
fn get_accepts_a_name_in_either_script_and_reads_standard_input() {
    report()
        .args(["get", "--with-unit", "罰沒金額"])
        .assert()
        .success()
        .stdout("3324.37万元\n");
    report()
        .args(["get", "enforcement.petition_cases", "-"])
        .write_stdin(std::fs::read("fixtures/zhuhai-2021.txt").unwrap())
        .assert()
        .success()
        .stdout("3978\n");
}

#[test]
fn get_unknown_id_suggests_the_closest() {
    report()
        .args(["get", "waste.hazardous_generate"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "did you mean waste.hazardous_generated",
        ));
}

/// The rows of `report indicators ARGS --format csv`.
fn indicator_rows(args: &[&str]) -> Vec<Row> {
    let mut all = vec!["indicators"];
    all.extend_from_slice(args);
    csv_rows(&all)
}

/// The single row on `line` whose value is `value`.
fn row_at<'a>(rows: &'a [Row], line: &str, value: &str) -> &'a Row {
    one(
        rows,
        |r| r["line"] == line && r["value"] == value,
        &format!("{line}: {value}"),
    )
}

#[test]
fn waste_indicators_as_csv() {
    let rows = indicator_rows(&["--category", "waste"]);
    assert!(rows.iter().all(|r| r["category"] == "waste"));
    assert!(
        rows.iter()
            .all(|r| r["source"] == "<embedded:zhuhai-2021.txt>")
    );
    let generated = row_at(&rows, "35", "27.33");
    assert_eq!(generated["name"], "危险废物产生量");
    assert_eq!(generated["id"], "waste.hazardous_generated");
    assert_eq!(
        (
            &generated["unit"][..],
            &generated["base_value"][..],
            &generated["base_unit"][..]
        ),
        ("万吨", "273300", "吨")
    );
    let disposed = row_at(&rows, "35", "30.18");
    assert!(disposed["name"].contains("利用处置量"), "{disposed:?}");
    assert_eq!(
        (&disposed["unit"][..], &disposed["base_value"][..]),
        ("万吨", "301800")
    );
    let rate = row_at(&rows, "35", "100");
    assert_eq!(rate["name"], "工业危险废物利用处置率");
    assert_eq!(rate["unit"], "%");
    let medical = row_at(&rows, "55", "5268.88");
    assert_eq!(medical["name"], "医疗废物产生量");
    assert_eq!(
        (&medical["unit"][..], &medical["base_unit"][..]),
        ("吨", "吨")
    );
}

#[test]
fn changes_in_csv_columns() {
    let rows = indicator_rows(&["--category", "enforcement"]);
    let cases = row_at(&rows, "21", "192");
    assert_eq!(cases["unit"], "件");
    assert_eq!(
        (
            &cases["change_value"][..],
            &cases["change_unit"][..],
            &cases["change_direction"][..]
        ),
        ("149.35", "%", "up")
    );
    let petitions = row_at(&rows, "61", "3978");
    assert_eq!(
        (
            &petitions["change_value"][..],
            &petitions["change_direction"][..]
        ),
        ("12.6", "down")
    );
}

#[test]
fn filters_by_category_section_grep_and_id() {
    let rows = indicator_rows(&["--category", "air,water"]);
    assert!(
        rows.iter()
            .all(|r| r["category"] == "air" || r["category"] == "water")
    );
    assert_eq!(row_at(&rows, "11", "95.1")["id"], "air.aqi_compliance_rate");
    assert_eq!(row_at(&rows, "31", "1489")["unit"], "个");

    let rows = indicator_rows(&["--section", "2.4.4"]);
    assert!(
        rows.iter().all(|r| r["section"].starts_with("2.4.4")),
        "{rows:#?}"
    );
    row_at(&rows, "35", "27.33");

    // Line 77: 污染天气中臭氧超标…; traditional query characters match simplified text.
    let rows = indicator_rows(&["--grep", "臭氧"]);
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["name"].contains("臭氧") || r["evidence"].contains("臭氧"))
    );
    let simplified = indicator_rows(&["--grep", "危险废物"]);
    assert!(simplified.iter().any(|r| r["value"] == "27.33"));
    assert_eq!(indicator_rows(&["--grep", "危險廢物"]), simplified);

    let rows = indicator_rows(&[
        "--id",
        "enforcement.violation_cases,enforcement.penalty_amount",
    ]);
    let values: Vec<&str> = rows.iter().map(|r| r["value"].as_str()).collect();
    assert_eq!(values, ["192", "3324.37"]);
}

#[test]
fn sort_by_value_in_base_units() {
    let rows = indicator_rows(&["--category", "waste", "--sort", "value", "--reverse"]);
    let values: Vec<f64> = rows
        .iter()
        .map(|r| r["base_value"].parse().unwrap())
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    // 30.18万吨 (301800 吨) is the largest waste quantity of the report.
    assert_eq!(rows[0]["value"], "30.18");
}

#[test]
fn explain_underlines_the_number_in_the_users_own_line() {
    let text = stdout_of(&["explain", "air.aqi_compliance_rate"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "air.aqi_compliance_rate  空气质量指数(AQI)达标率");
    assert_eq!(lines[1], "  --> <embedded:zhuhai-2021.txt>:11:35");
    // The line as given: traditional characters with pinyin; the carets sit under 95.1%.
    let shown = lines[3].strip_prefix("11 | ").unwrap();
    assert!(
        shown.contains("達(dá)標(biāo)率95.1%,同比提升1.7個(gè)百分點"),
        "{shown}"
    );
    let before = &shown[..shown.find("95.1%").unwrap()];
    let underline = lines[4].strip_prefix("   | ").unwrap();
    assert_eq!(underline, format!("{}^^^^^", " ".repeat(before.width())));
    assert!(
        text.contains("\n 变化        ↑ +1.7pp (同比提升1.7个百分点)\n"),
        "{text}"
    );
    assert!(text.contains("\n 上期(推算)  93.4%\n"), "{text}");
}

#[test]
fn explain_shows_base_value_and_comparator_in_english() {
    let text = stdout_of(&["--lang", "en", "explain", "waste.hazardous_generated"]);
    assert!(text.contains("\n value       27.33万吨\n"), "{text}");
    assert!(text.contains("\n base value  273300吨\n"), "{text}");
    assert!(text.contains("\n comparator  =\n"), "{text}");
}

#[test]
fn summary_fits_80_columns_with_key_indicators_in_category_order() {
    let text = stdout_of(&["summary"]);
    assert!(
        text.starts_with("珠海市生态环境局2021年工作总结及2022年工作计划\n"),
        "{text}"
    );
    assert!(text.contains("发布 2022-03-31 13:24:40"), "{text}");
    assert!(text.contains("拼音注音 1038"), "{text}");
    let wide: Vec<&str> = text.lines().filter(|l| l.width() > 80).collect();
    assert!(wide.is_empty(), "{wide:#?}");
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} missing:\n{text}"))
    };
    let aqi = text
        .lines()
        .nth(line_of("空气质量指数(AQI)达标率"))
        .unwrap();
    assert!(aqi.contains("95.1%  ↑ +1.7pp"), "{aqi}");
    let cases = text.lines().nth(line_of("处罚环境违法案件")).unwrap();
    assert!(cases.contains("192件  ↑ +149.35%"), "{cases}");
    let petitions = text.lines().nth(line_of("处理环境信访案件")).unwrap();
    assert!(petitions.contains("3978宗  ↓ -12.6%"), "{petitions}");
    let order = ["大气", "水", "土壤", "固废"].map(|c| line_of(&format!(" {c}  ")));
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{text}");
}

#[test]
fn english_labels_and_headers_keep_ids() {
    let text = stdout_of(&[
        "--lang",
        "en",
        "indicators",
        "--id",
        "air.aqi_compliance_rate",
    ]);
    let header = text.lines().next().unwrap();
    // At 80 columns the line number gives way to the period.
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["Name", "Value", "Period", "Change", "ID"]
    );
    // The English lexicon label, wrapped in its column.
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words
            .windows(4)
            .any(|w| w == ["95.1%", "2021", "↑", "+1.7pp"]),
        "{text}"
    );
    let label = "Share of days with good air quality (AQI)";
    assert!(label.split(' ').all(|w| words.contains(&w)), "{text}");
    assert!(text.contains("air.aqi_compliance_rate"), "{text}");
}

#[test]
fn sections_outline_counts_indicators_with_subsections() {
    let rows = stdout_of(&["sections", "--format", "json"]);
    let sections: serde_json::Value = serde_json::from_str(&rows).unwrap();
    let find = |id: &str| {
        sections
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("section {id}"))
            .clone()
    };
    let waste = find("2.4.4");
    assert_eq!(waste["title"], "持续加强固体废物污染防治");
    assert_eq!(waste["line"], 35);
    let direct = indicator_rows(&["--section", "2.4"]).len();
    assert_eq!(find("2.4")["indicators"], direct);
}

#[test]
fn export_json_is_the_report() {
    let text = stdout_of(&["export"]);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], 2);
    assert_eq!(value["document"]["published"], "2022-03-31 13:24:40");
    let aqi = value["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "air.aqi_compliance_rate")
        .unwrap();
    assert_eq!(aqi["value"], 95.1);
    assert_eq!(aqi["change"]["unit"], "pp");
}

/// `get` reads the period's own value: a report that states a goal before its actual
/// (`目标为:PM2.5年均浓度降至31…`, then `1—6月…浓度为35.5`) answers with the actual.
#[test]
fn get_prefers_the_actual_value_over_the_goal() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/jingjiang-2023.txt");
    if !corpus.exists() {
        eprintln!("note: {} is absent", corpus.display());
        return;
    }
    let get = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("report")
            .unwrap()
            .args(args)
            .arg(&corpus)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(get(&["get", "air.pm25_concentration"]), "35.5\n");
    assert_eq!(
        get(&["get", "--role", "target", "air.pm25_concentration"]),
        "31\n"
    );
    let none = assert_cmd::Command::cargo_bin("report")
        .unwrap()
        .args(["get", "--role", "standard", "air.pm25_concentration"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&none.stderr)
            .contains("has no standard value; the report states it as actual, target"),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
}
