//! `sum-mismatch` and `part-exceeds-whole` on clauses taken from the Zhuhai 2021 report
//! (numbers as printed there) and on hand-broken copies of them.

mod audit_support;

use audit_support::{Doc, assert_finding};
use report::audit::Verdict;
use report::model::NonQuantityKind;

fn management_units(land: &str, sea: &str) -> Doc {
    // One clause (up to `。`), as extraction gives it; `1+100`, `“1”` and `“100”` are
    // names to extraction, bare numbers to the audit.
    let clause = format!(
        "建立“1+100”两级生态环境准入清单体系(“1”为全市生态环境准入共性清单,“100”为{land}陆域和{sea}海域环境管控单元的管控要求)。"
    );
    let mut doc = Doc::new(
        2021,
        &format!("2.强化生态环境源头管控。{clause}严把关口。\n"),
    );
    // As extraction classifies them: quoted names, quotes included.
    doc.add_bare("“1+100”", "“1+100”", NonQuantityKind::Name);
    doc.add_bare("“1”", "“1”为", NonQuantityKind::Name);
    doc.add_bare("“100”", "“100”为", NonQuantityKind::Name);
    doc.add("陆域环境管控单元", land, &clause);
    doc.add("海域环境管控单元", sea, &clause);
    doc
}

#[test]
fn land_and_sea_units_add_up_to_the_hundred() {
    let doc = management_units("41个", "59个");
    let finding = doc.only("sum-mismatch");
    assert_finding(&finding, Verdict::Holds, "41 + 59 = 100 holds");
    // The span runs from `100` to `59个` on line 1.
    assert_eq!((finding.line, finding.column), (1, 54));
    assert_eq!(finding.length, 14);
}

#[test]
fn a_changed_part_breaks_the_sum() {
    let doc = management_units("41个", "58个");
    let finding = doc.only("sum-mismatch");
    assert_finding(&finding, Verdict::Error, "41 + 58 = 99, not 100");
    assert!(finding.diagnostic().is_some());
}

#[test]
fn parts_before_a_total_add_up() {
    let text = "在建工业污水处理厂3座和改建2座共5座。\n在建工业污水处理厂3座和改建2座共6座。\n";
    let mut doc = Doc::new(2021, text);
    for (line, total) in [(1, "5座"), (2, "6座")] {
        let clause = text
            .lines()
            .nth(line - 1)
            .expect("line")
            .trim_end_matches('。');
        let clause = clause.to_string();
        doc.add("在建工业污水处理厂", "3座", &clause);
        doc.add("改建", "2座", &clause);
        doc.add("共", total, &clause);
    }
    let found = doc.findings("sum-mismatch");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(&found[0], Verdict::Holds, "3 + 2 = 5 holds");
    assert_finding(&found[1], Verdict::Error, "3 + 2 = 5, not 6座");
}

#[test]
fn an_open_list_with_deng_is_not_a_sum() {
    let clause = "“100”为41个陆域和50个海域等单元";
    let mut doc = Doc::new(2021, clause);
    doc.add_bare("“100”", clause, NonQuantityKind::Name);
    doc.add("陆域", "41个", clause);
    doc.add("海域", "50个", clause);
    assert!(doc.findings("sum-mismatch").is_empty());
    assert_finding(
        &doc.only("part-exceeds-whole"),
        Verdict::Holds,
        "41 + 50 ≤ 100",
    );
}

#[test]
fn neighbouring_figures_without_a_relation_are_left_alone() {
    let clause = "累及上报调阅资料16批45项";
    let mut doc = Doc::new(2021, clause);
    doc.add("调阅资料", "16批", clause);
    doc.add("调阅资料", "45项", clause);
    let clause2 = "完成5个医疗废物处置中心的12个项目";
    let mut doc2 = Doc::new(2021, clause2);
    doc2.add("医疗废物处置中心", "5个", clause2);
    doc2.add("项目", "12个", clause2);
    for doc in [doc, doc2] {
        assert!(doc.findings("sum-mismatch").is_empty());
        assert!(doc.findings("part-exceeds-whole").is_empty());
    }
}

fn petitions(key: &str) -> Doc {
    let clause = format!("保质保量完成101件督察组交办信访举报件(其中重点件{key})");
    let mut doc = Doc::new(
        2021,
        &format!("一是圆满完成督察工作。{clause},督察组回访。\n"),
    );
    doc.add("督察组交办信访举报件", "101件", &clause);
    doc.add("重点件", key, &clause);
    doc
}

#[test]
fn key_cases_are_at_most_all_cases() {
    let finding = petitions("14件").only("part-exceeds-whole");
    assert_finding(&finding, Verdict::Holds, "14 ≤ 101件 holds");
    assert_eq!((finding.line, finding.column), (1, 18));
}

#[test]
fn more_key_cases_than_cases_is_an_error() {
    let finding = petitions("141件").only("part-exceeds-whole");
    assert_finding(&finding, Verdict::Error, "141 > 101件");
}

#[test]
fn ozone_days_are_among_the_polluted_days() {
    for (ozone, verdict, words) in [
        ("17天", Verdict::Holds, "17 ≤ 18天"),
        ("19天", Verdict::Error, "19 > 18天"),
    ] {
        let clause = format!("全年18天污染天气中臭氧超标高达{ozone}");
        let mut doc = Doc::new(2021, &format!("{clause};前山河\n"));
        doc.add("污染天气", "18天", &clause);
        doc.add("臭氧超标", ozone, &clause);
        assert_finding(&doc.only("part-exceeds-whole"), verdict, words);
    }
}

fn exceedance_days(light: &str) -> Doc {
    let total = "超标天数69天";
    let parts = format!("其中轻度污染{light}、中度污染8天、重度污染4天");
    let text = format!("(一)城市空气。市区全年空气质量优良天数297天,{total},{parts}。\n");
    let mut doc = Doc::new(2020, &text);
    doc.add("空气质量优良天数", "297天", "市区全年空气质量优良天数297天");
    doc.add("超标天数", "69天", total);
    doc.add("轻度污染", light, &parts);
    doc.add("中度污染", "8天", &parts);
    doc.add("重度污染", "4天", &parts);
    doc
}

#[test]
fn a_clause_opening_with_qizhong_lists_parts_of_the_clause_before() {
    let finding = exceedance_days("57天").only("part-exceeds-whole");
    assert_finding(&finding, Verdict::Holds, "57 + 8 + 4 ≤ 69天 holds");
    let finding = exceedance_days("59天").only("part-exceeds-whole");
    assert_finding(&finding, Verdict::Error, "59 + 8 + 4 > 69天");
}

#[test]
fn printed_decimals_add_up_within_rounding() {
    let text = "完成投资11.6亿元为市级5.2亿元和区级6.5亿元。完成投资11.6亿元为市级5.2亿元和区级6.2亿元。\n";
    let mut doc = Doc::new(2021, text);
    for clause in text.trim_end().split_inclusive('。') {
        doc.add("完成投资", "11.6亿元", clause);
        doc.add("市级", "5.2亿元", clause);
        let district = if clause.contains("6.5") {
            "6.5亿元"
        } else {
            "6.2亿元"
        };
        doc.add("区级", district, clause);
    }
    let found = doc.findings("sum-mismatch");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(
        &found[0],
        Verdict::Note,
        "5.2 + 6.5 = 11.7 holds only within rounding, against 11.6亿元",
    );
    assert_eq!(
        found[0].notes,
        ["with rounding, the parts add up to [11.6, 11.8]; the whole 11.6亿元 is [11.55, 11.65]"]
    );
    assert_finding(&found[1], Verdict::Error, "5.2 + 6.2 = 11.4, not 11.6亿元");
}
