//! Document metadata of hand-made normalized headers in the styles met so far.

use super::*;
use crate::input::normalize;

fn doc(text: &str) -> (Document, Vec<String>) {
    let (document, furniture) = document(&normalize(text));
    let furniture = furniture.into_iter().map(|r| text[r].to_string()).collect();
    (document, furniture)
}

#[test]
fn seed_header_with_repeated_title_and_view_counter() {
    let text = "珠海市生态环境局2021年工作总结及2022年工作计划

珠海市生态环境局2021年工作总结及2022年工作计划

2022-03-31 13:24:40 7

2021年,在市委、市政府的坚强领导下,在省生态环境厅的大力支持下,市生态环境局以新思想为指导。
";
    let (document, furniture) = doc(text);
    assert_eq!(
        document,
        Document {
            title: Some("珠海市生态环境局2021年工作总结及2022年工作计划".into()),
            agency: Some("珠海市生态环境局".into()),
            region: Some("珠海市".into()),
            year: Some(2021),
            plan_year: Some(2022),
            published: Some("2022-03-31 13:24:40".into()),
        }
    );
    assert_eq!(furniture, vec!["2022-03-31 13:24:40", "7"]);
    // The ranges point into the text: the counter is the `7` of line 5.
    let (_, ranges) = super::document(&normalize(text));
    let counter = &ranges[1];
    assert_eq!(text[..counter.start].matches('\n').count() + 1, 5);
}

#[test]
fn jingjiang_half_year_report_plans_the_same_year() {
    let text =
        "靖江市生态环境局2023年上半年工作总结暨下半年工作打算(节选)\n一、环境质量指标完成情况\n";
    let (document, furniture) = doc(text);
    assert_eq!(document.agency.as_deref(), Some("靖江市生态环境局"));
    assert_eq!(document.region.as_deref(), Some("靖江市"));
    assert_eq!(
        (document.year, document.plan_year),
        (Some(2023), Some(2023))
    );
    assert_eq!(document.published, None);
    assert!(furniture.is_empty());
}

#[test]
fn lianyungang_annual_report_and_plan() {
    let text = "连云港市生态环境局2020年度工作总结及2021年度工作计划\n一、2020年度工作亮点\n";
    let (document, _) = doc(text);
    assert_eq!(document.agency.as_deref(), Some("连云港市生态环境局"));
    assert_eq!(document.region.as_deref(), Some("连云港市"));
    assert_eq!(
        (document.year, document.plan_year),
        (Some(2020), Some(2021))
    );
}

#[test]
fn taichung_press_release_with_roc_years() {
    let text = "雨少风弱加上境外移入 台中市112年PM2.5年均值仍列历年第三低
【记者综合报导】受降雨偏少影响,台中市去(112)年PM2.5年平均值较111年及109年略为升高。
环保局表示,依环境部近8年空气品质监测结果,各项污染物浓度整体呈下降趋势。
";
    let (document, furniture) = doc(text);
    assert_eq!(document.region.as_deref(), Some("台中市"));
    assert_eq!(document.agency.as_deref(), Some("环保局"));
    assert_eq!((document.year, document.plan_year), (Some(2023), None));
    assert!(furniture.is_empty());
}

#[test]
fn provincial_and_nested_place_names() {
    let (document, _) = doc("江苏省靖江市生态环境局2023年工作总结\n");
    assert_eq!(document.agency.as_deref(), Some("江苏省靖江市生态环境局"));
    assert_eq!(document.region.as_deref(), Some("靖江市"));
    let (document, _) = doc("广东省生态环境厅2021年工作总结\n");
    assert_eq!(document.agency.as_deref(), Some("广东省生态环境厅"));
    assert_eq!(document.region.as_deref(), Some("广东省"));
    let (document, _) = doc("杭州市环境保护局2018年工作总结\n");
    assert_eq!(document.region.as_deref(), Some("杭州市"));
    let (document, _) = doc("深圳市人居环境委员会2017年工作总结和2018年工作计划\n");
    assert_eq!(document.agency.as_deref(), Some("深圳市人居环境委员会"));
    assert_eq!(document.plan_year, Some(2018));
}

#[test]
fn a_place_after_the_title_year_or_about() {
    for (title, region, agency) in [
        ("2023年泰州市生态环境状况公报", "泰州市", None),
        (
            "2022年度济宁市生态环境局工作总结",
            "济宁市",
            Some("济宁市生态环境局"),
        ),
        ("关于江川市2022年度环境状况的报告", "江川市", None),
        (
            "江川市人民政府关于2022年度环境状况和环境保护目标完成情况的报告",
            "江川市",
            None,
        ),
    ] {
        let (document, _) = doc(&format!("{title}\n正文。\n"));
        assert_eq!(document.region.as_deref(), Some(region), "{title}");
        assert_eq!(document.agency.as_deref(), agency, "{title}");
    }
}

#[test]
fn publication_line_with_labels_and_chinese_date() {
    let text =
        "某市生态环境局2021年工作总结\n发布时间:2022年1月5日 来源:本站 浏览次数:123\n正文。\n";
    let (document, furniture) = doc(text);
    assert_eq!(document.published.as_deref(), Some("2022年1月5日"));
    assert_eq!(furniture, vec!["2022年1月5日", "123"]);
}

#[test]
fn a_date_inside_a_sentence_is_not_the_publication_time() {
    let text = "某市生态环境局2021年工作总结\n2021-12-20,医疗废物处置中心点火运行。\n";
    let (document, furniture) = doc(text);
    assert_eq!(document.published, None);
    assert!(furniture.is_empty());
}

#[test]
fn title_printed_twice_on_one_line_reads_once() {
    assert_eq!(
        dedupe_doubled("某市2021年工作总结 某市2021年工作总结"),
        "某市2021年工作总结"
    );
    assert_eq!(dedupe_doubled("某市2021年工作总结"), "某市2021年工作总结");
}

#[test]
fn breadcrumb_above_the_title_is_skipped() {
    let text = "首页 > 信息公开 > 工作总结\n某市生态环境局2021年工作总结\n正文。\n";
    let (document, _) = doc(text);
    assert_eq!(
        document.title.as_deref(),
        Some("某市生态环境局2021年工作总结")
    );
    assert_eq!(document.year, Some(2021));
}

#[test]
fn a_title_running_into_the_body_is_cut() {
    let body = "2021年,在市委、市政府的坚强领导下,生态环境质量稳中有进。".repeat(5);
    let text = format!("某市生态环境局2021年工作总结  {body}");
    let (document, _) = doc(&text);
    assert_eq!(
        document.title.as_deref(),
        Some("某市生态环境局2021年工作总结")
    );
    let one_line = "某市生态环境局2021年工作总结".repeat(3) + &"很".repeat(100);
    let (document, _) = doc(&one_line);
    assert_eq!(document.title.map(|t| t.chars().count()), Some(100));
}

#[test]
fn without_a_year_in_the_title_the_opening_lines_give_it() {
    let text = "市生态环境局工作总结\n2022-03-31 13:24:40 7\n2021年,在市委、市政府的坚强领导下,生态环境质量稳中有进。\n";
    let (document, furniture) = doc(text);
    assert_eq!((document.year, document.plan_year), (Some(2021), None));
    assert_eq!(furniture, vec!["2022-03-31 13:24:40", "7"]);
    let (document, _) = doc("市生态环境局召开新闻发布会\n会上通报了环境质量。\n");
    assert_eq!(document.year, None);
}
