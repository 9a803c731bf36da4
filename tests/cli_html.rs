//! `--format html` of summary and compare, read back with an HTML parser (scraper,
//! html5ever): one SVG chart per key category, the values the report states, no script
//! or outside resource, and report text that looks like markup stays text.

mod cli_support;

use cli_support::stdout_of;
use scraper::{Html, Selector};

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &scraper::ElementRef<'_>) -> String {
    element.text().collect::<String>().trim().to_string()
}

/// No script, no frame, nothing fetched from elsewhere.
fn assert_self_contained(page: &Html) {
    assert!(select(page, "script, iframe, link, img, object").is_empty());
    let outside: Vec<String> = select(page, "[src], [href]")
        .iter()
        .map(|e| e.html())
        .collect();
    assert!(outside.is_empty(), "outside resources: {outside:?}");
}

#[test]
fn summary_page_has_one_chart_per_key_category() {
    let page = Html::parse_document(&stdout_of(&["summary", "--format", "html"]));
    assert_self_contained(&page);
    let title = select(&page, "title");
    assert_eq!(
        text(&title[0]),
        "珠海市生态环境局2021年工作总结及2022年工作计划"
    );
    let charts = select(&page, "section > svg");
    let headings: Vec<String> = select(&page, "section:has(svg) > h2")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        headings,
        [
            "大气", "水", "土壤", "固废", "气候", "执法", "投资", "公众", "综合"
        ]
    );
    assert_eq!(charts.len(), headings.len());
    // 处罚环境违法案件192件,同比增长149.35%: a bar for this year and one for last year
    let enforcement = &charts[5];
    let labels: String = enforcement.text().collect();
    assert!(labels.contains("处罚环境违法案件"), "{labels}");
    assert!(labels.contains("192件 ↑ +149.35%"), "{labels}");
    let bars = enforcement
        .select(&Selector::parse("rect").unwrap())
        .count();
    // three indicators, each with a stated change: six bars
    assert_eq!(bars, 6);
    // the embedded path's angle brackets are text
    assert!(text(&select(&page, "p.facts")[1]).contains("<embedded:zhuhai-2021.txt>"));
}

#[test]
fn report_text_that_looks_like_markup_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yunchuan-2022.txt");
    // entities decode to `<b>` in the normalized text: it must not become an element
    std::fs::write(
        &path,
        "云川市生态环境局2022年工作总结\n\n一、环境质量\n\n\
         全市空气质量优良天数比例95.1%,同比提升1.7个百分点。\
         处罚&lt;b&gt;环境违法案件192件。\n",
    )
    .unwrap();
    let html = stdout_of(&["summary", "--format", "html", path.to_str().unwrap()]);
    let page = Html::parse_document(&html);
    assert_self_contained(&page);
    assert!(select(&page, "b").is_empty(), "{html}");
    let labels: String = select(&page, "svg").iter().map(text).collect();
    assert!(labels.contains("处罚<b>环境违法案件"), "{labels}");
}

#[test]
fn compare_page_draws_a_line_per_indicator_over_the_years() {
    let page = Html::parse_document(&stdout_of(&[
        "compare",
        "--format",
        "html",
        "fixtures/diff/",
    ]));
    assert_self_contained(&page);
    let header: Vec<String> = select(&page, "thead th").iter().map(text).collect();
    assert_eq!(header[3..], ["云川市 2021", "云川市 2022", "趋势"]);
    let heading = select(&page, "section:has(svg) > h2");
    assert_eq!(
        text(&heading[0]),
        "空气质量优良天数比例 (air.aqi_compliance_rate)"
    );
    // 93.4% (2021) and 95.1% (2022): the line's two points carry them
    let points: Vec<String> = select(&page, "section:has(svg)")[0]
        .select(&Selector::parse("circle > title").unwrap())
        .map(|t| text(&t))
        .collect();
    assert_eq!(points, ["云川市 2021: 93.4", "云川市 2022: 95.1"]);
}
