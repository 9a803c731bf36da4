//! Document metadata and section outlines of the seed and the practice corpus through
//! decoding and normalization. Every value was checked by hand against the report text.

use std::path::PathBuf;

use report::model::{Document, NonQuantityKind, Section};
use report::{EMBEDDED_REPORT, Options, Report, analyze};

fn seed() -> Report {
    analyze(EMBEDDED_REPORT, &Options::default()).expect("the seed analyzes")
}

fn corpus_report(name: &str) -> Option<Report> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(name);
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("note: {} is absent; corpus test skipped", path.display());
        return None;
    };
    Some(analyze(&bytes, &Options::default()).expect("the corpus report analyzes"))
}

fn section<'a>(report: &'a Report, id: &str) -> (&'a str, &'a str, u8, usize) {
    let s: &Section = report
        .sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no section {id}"));
    (s.number.as_str(), s.title.as_str(), s.level, s.line)
}

#[test]
fn seed_document_metadata() {
    assert_eq!(
        seed().document,
        Document {
            title: Some("珠海市生态环境局2021年工作总结及2022年工作计划".into()),
            agency: Some("珠海市生态环境局".into()),
            region: Some("珠海市".into()),
            year: Some(2021),
            plan_year: Some(2022),
            published: Some("2022-03-31 13:24:40".into()),
        }
    );
}

#[test]
fn seed_timestamp_and_view_counter_are_page_furniture() {
    let report = seed();
    let furniture: Vec<(&str, usize, usize)> = report
        .non_quantities
        .iter()
        .filter(|n| n.kind == NonQuantityKind::PageFurniture)
        .map(|n| (n.text.as_str(), n.line, n.column))
        .collect();
    assert_eq!(furniture, vec![("2022-03-31 13:24:40", 5, 1), ("7", 5, 21)]);
    assert!(report.indicators.iter().all(|i| i.quantity.line != 5));
}

#[test]
fn seed_outline_has_four_parts_and_all_levels() {
    let report = seed();
    assert_eq!(report.sections.len(), 47);
    let top: Vec<(&str, &str, usize)> = report
        .sections
        .iter()
        .filter(|s| s.level == 1)
        .map(|s| (s.id.as_str(), s.title.as_str(), s.line))
        .collect();
    assert_eq!(
        top,
        vec![
            ("1", "珠海市2021年生态环境质量状况", 9),
            ("2", "2021年主要工作成效及做法", 13),
            ("3", "存在问题", 65),
            ("4", "2022年重点工作计划", 79),
        ]
    );
    assert_eq!(
        section(&report, "2.3"),
        ("(三)", "省、市民生实事任务如期完成", 2, 23)
    );
    assert_eq!(
        section(&report, "2.4.1"),
        ("1.", "蓝天保卫战成果突出", 3, 29)
    );
    assert_eq!(
        section(&report, "2.4.1.2"),
        ("二是", "加速移动源防治", 4, 29)
    );
    assert_eq!(
        section(&report, "2.2.3"),
        ("三是", "以“零容忍”的态度严厉打击环境污染违法犯罪", 4, 21)
    );
    assert_eq!(
        section(&report, "2.8.2"),
        ("2.", "有序推进核与辐射安全监管", 3, 63)
    );
    assert_eq!(
        section(&report, "4.6"),
        ("(六)", "努力实现减污降碳协同治理", 2, 101)
    );
}

#[test]
fn seed_decimals_and_words_open_no_sections() {
    let report = seed();
    // `累计减排VOCs1.38万吨` (line 29) and `唯一没有不满意案件` (line 21) are prose.
    let run_ins_on_29 = report.sections.iter().filter(|s| s.line == 29).count();
    assert_eq!(run_ins_on_29, 4);
    let on_21: Vec<&str> = report
        .sections
        .iter()
        .filter(|s| s.line == 21)
        .map(|s| s.number.as_str())
        .collect();
    assert_eq!(on_21, vec!["一是", "二是", "三是"]);
}

#[test]
fn corpus_documents_in_three_styles() {
    let cases = [
        (
            "jingjiang-2023.txt",
            "靖江市生态环境局",
            "靖江市",
            Some(2023),
            Some(2023),
        ),
        (
            "lianyungang-2020.txt",
            "连云港市生态环境局",
            "连云港市",
            Some(2020),
            Some(2021),
        ),
        ("taichung-2023.txt", "环保局", "台中市", Some(2023), None),
    ];
    for (file, agency, region, year, plan_year) in cases {
        let Some(report) = corpus_report(file) else {
            return;
        };
        let d = &report.document;
        assert_eq!(d.agency.as_deref(), Some(agency), "{file}");
        assert_eq!(d.region.as_deref(), Some(region), "{file}");
        assert_eq!((d.year, d.plan_year), (year, plan_year), "{file}");
        assert_eq!(d.published, None, "{file}");
    }
}

#[test]
fn corpus_outlines_with_run_in_items() {
    let Some(lianyungang) = corpus_report("lianyungang-2020.txt") else {
        return;
    };
    assert_eq!(
        section(&lianyungang, "1.4"),
        ("四是", "问题整改力度空前", 4, 6)
    );
    assert_eq!(section(&lianyungang, "2.1"), ("(一)", "城市空气", 2, 8));
    assert_eq!(
        section(&lianyungang, "3"),
        ("三、", "2021年度工作计划", 1, 11)
    );
    assert_eq!(lianyungang.sections.len(), 9);
    let Some(jingjiang) = corpus_report("jingjiang-2023.txt") else {
        return;
    };
    // Full-width `（一）` and a run-in `一是` on the same line.
    assert_eq!(
        section(&jingjiang, "2.1"),
        ("(一)", "全面提速生态文明建设", 2, 6)
    );
    assert_eq!(
        section(&jingjiang, "2.1.1"),
        ("一是", "推进生态文明建设示范创建", 4, 6)
    );
    assert_eq!(section(&jingjiang, "3"), ("三、", "下半年工作打算", 1, 11));
    let Some(taichung) = corpus_report("taichung-2023.txt") else {
        return;
    };
    assert!(taichung.sections.is_empty());
}

#[test]
fn headings_wrapped_in_markup_are_headings() {
    let text = "**青川县生态环境局2022年工作总结及2023年工作打算**\n**一、主要工作成效**\n全年优良天数342天。\n## 二、存在的问题\n农村生活污水治理率仅为42%。\n【三、下一步工作打算】\n全年优良天数不少于340天。\n";
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    assert_eq!(section(&report, "1").1, "主要工作成效");
    assert_eq!(section(&report, "2").1, "存在的问题");
    assert_eq!(section(&report, "3").1, "下一步工作打算");
    // The plan section's figure is a goal of the year planned.
    let goal = report
        .indicators
        .iter()
        .find(|i| i.quantity.text == "不少于340天")
        .expect("the goal");
    assert_eq!(
        (goal.role, goal.period),
        (report::model::Role::Target, Some(2023))
    );
}
