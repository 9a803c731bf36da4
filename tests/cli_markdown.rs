//! `--format markdown` of summary, check, validate and compare, read back with a
//! CommonMark parser (pulldown-cmark, GFM tables on): the tables are there, their cells
//! hold what the report says, and no text from a report turns into HTML.

mod cli_support;

use cli_support::stdout_of;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The tables of a Markdown document, each as rows of cell texts (header first).
fn tables(markdown: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let (mut table, mut row, mut cell) = (Vec::new(), Vec::new(), None::<String>);
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&text);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                panic!("report text became HTML: {html}\n{markdown}")
            }
            Event::End(TagEnd::TableCell) => row.push(cell.take().unwrap_or_default()),
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                table.push(std::mem::take(&mut row))
            }
            Event::End(TagEnd::Table) => tables.push(std::mem::take(&mut table)),
            _ => {}
        }
    }
    tables
}

fn row_with<'a>(table: &'a [Vec<String>], text: &str) -> &'a [String] {
    table
        .iter()
        .find(|r| r.iter().any(|c| c == text))
        .unwrap_or_else(|| panic!("no row with `{text}` in {table:?}"))
}

#[test]
fn summary_key_indicators_are_a_table() {
    let text = stdout_of(&["summary", "--format", "markdown"]);
    assert!(text.starts_with("## 珠海市生态环境局2021年工作总结及2022年工作计划\n"));
    let tables = tables(&text);
    assert_eq!(tables.len(), 1);
    assert_eq!(tables[0][0], ["类别", "指标", "数值", "变化"]);
    // 空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点
    let aqi = row_with(&tables[0], "空气质量指数(AQI)达标率");
    assert_eq!(
        aqi,
        ["大气", "空气质量指数(AQI)达标率", "95.1%", "↑ +1.7pp"]
    );
    // 处罚环境违法案件192件,同比增长149.35%
    let cases = row_with(&tables[0], "处罚环境违法案件");
    assert_eq!(cases[2..], ["192件", "↑ +149.35%"]);
    // the embedded path's angle brackets stay text
    assert!(text.contains("\\<embedded:zhuhai-2021.txt\\>"));
}

#[test]
fn validate_diagnostics_are_a_table_and_damaged_text_stays_text() {
    let text = stdout_of(&["validate", "--format", "markdown"]);
    let tables = tables(&text);
    assert_eq!(tables[0][0], ["文件", "行", "级别", "代码", "说明"]);
    let damaged = row_with(&tables[0], "damaged-text");
    assert_eq!(damaged[1], "43");
    // the damaged span holds a `</strong>` left-over: it reads as text, not as a tag
    assert!(damaged[4].contains("/strong>"), "{damaged:?}");
}

#[test]
fn check_outcomes_are_a_table() {
    let text = stdout_of(&[
        "check",
        "--expect",
        "air.aqi_compliance_rate >= 90",
        "--format",
        "markdown",
    ]);
    let tables = tables(&text);
    let row = row_with(&tables[0], "通过");
    assert_eq!(row[1], "air.aqi_compliance_rate >= 90");
    assert_eq!(row[2], "95.1% (+1.7pp) (第11行)");
}

#[test]
fn compare_is_a_table_with_a_column_per_report() {
    let text = stdout_of(&["compare", "--format", "markdown", "fixtures/diff/"]);
    let tables = tables(&text);
    assert_eq!(tables[0][0][3..], ["云川市 2021", "云川市 2022", "趋势"]);
    // 国考断面水质优良比例80% (2021) and 85.7%, 同比上升5.7个百分点 (2022)
    let sections = row_with(&tables[0], "water.national_sections_good_ratio");
    assert_eq!(sections[3..], ["80", "85.7 ✓", "▁█"]);
    assert!(text.contains("- ✗ 云川市 2022 · 危险废物产生量"), "{text}");
}
