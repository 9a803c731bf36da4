//! Extraction on the seed (the Zhuhai 2021 report): quantities and indicators checked by
//! a person against `fixtures/zhuhai-2021.txt`, with their lines in that file.

use report::model::{Category, Comparator, Direction, Indicator, NonQuantityKind, Report};
use report::{EMBEDDED_REPORT, Options, analyze};
use rust_decimal::Decimal;

fn seed() -> Report {
    analyze(EMBEDDED_REPORT, &Options::default()).expect("the seed analyzes")
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

/// The indicator whose surface text is `text` on `line` (the `nth` such, from 0).
fn at<'a>(report: &'a Report, line: usize, text: &str, nth: usize) -> &'a Indicator {
    report
        .indicators
        .iter()
        .filter(|i| i.line == line && i.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no indicator `{text}` (#{nth}) on line {line}"))
}

/// Asserts value, unit, base value, base unit, comparator, category, and that the name
/// contains `key`.
#[allow(clippy::too_many_arguments)]
fn check(
    i: &Indicator,
    key: &str,
    category: Category,
    value: &str,
    unit: &str,
    base: &str,
    base_unit: &str,
    comparator: Comparator,
) {
    assert!(
        i.name.contains(key),
        "{}: name `{}` lacks `{key}`",
        i.text,
        i.name
    );
    assert_eq!(i.category, category, "{}: category", i.text);
    assert_eq!(i.value, dec(value), "{}: value", i.text);
    assert_eq!(i.unit, unit, "{}: unit", i.text);
    assert_eq!(i.base_value, dec(base), "{}: base value", i.text);
    assert_eq!(i.base_unit, base_unit, "{}: base unit", i.text);
    assert_eq!(i.comparator, comparator, "{}: comparator", i.text);
}

fn change_of(i: &Indicator) -> (Decimal, &str, Direction) {
    let c = i
        .change
        .as_ref()
        .unwrap_or_else(|| panic!("{}: no change", i.text));
    (c.value, c.unit.as_str(), c.direction)
}

use Category::*;
use Comparator::{Eq, Ge, Gt};

#[test]
fn section_one_environmental_quality() {
    let r = seed();
    let aqi = at(&r, 11, "95.1%", 0);
    check(
        aqi,
        "空气质量指数(AQI)达标率",
        Air,
        "95.1",
        "%",
        "95.1",
        "%",
        Eq,
    );
    assert_eq!(aqi.id, "air.aqi_compliance_rate");
    assert_eq!(change_of(aqi), (dec("1.7"), "pp", Direction::Up));
    assert_eq!(
        (aqi.period, aqi.section.as_deref(), aqi.column),
        (Some(2021), Some("1"), 35)
    );
    check(
        at(&r, 11, "六项", 0),
        "大气污染物",
        Air,
        "6",
        "项",
        "6",
        "项",
        Eq,
    );
    check(
        at(&r, 11, "100%", 0),
        "国考断面水质优良比例",
        Water,
        "100",
        "%",
        "100",
        "%",
        Eq,
    );
    check(
        at(&r, 11, "9个", 0),
        "集中式饮用水源地",
        Water,
        "9",
        "个",
        "9",
        "个",
        Eq,
    );
    check(
        at(&r, 11, "100%", 1),
        "饮用水源地水质优良比例",
        Water,
        "100",
        "%",
        "100",
        "%",
        Eq,
    );
    check(
        at(&r, 11, "2项", 0),
        "约束性指标",
        General,
        "2",
        "项",
        "2",
        "项",
        Eq,
    );
    check(
        at(&r, 11, "17条", 0),
        "黑臭水体",
        Water,
        "17",
        "条",
        "17",
        "条",
        Eq,
    );
    let farmland = at(&r, 11, "90%以上", 0);
    check(
        farmland,
        "受污染耕地安全利用率",
        Soil,
        "90",
        "%",
        "90",
        "%",
        Ge,
    );
    assert_eq!(farmland.id, "soil.contaminated_farmland_safe_use_rate");
    check(
        at(&r, 11, "100%", 2),
        "措施到位率",
        Soil,
        "100",
        "%",
        "100",
        "%",
        Eq,
    );
    check(
        at(&r, 11, "100%", 3),
        "隐患排查完成率",
        Soil,
        "100",
        "%",
        "100",
        "%",
        Eq,
    );
    check(
        at(&r, 11, "100%", 4),
        "危险废物利用处置率",
        Waste,
        "100",
        "%",
        "100",
        "%",
        Eq,
    );
}

#[test]
fn section_two_inspection_and_enforcement() {
    let r = seed();
    check(
        at(&r, 17, "五个", 0),
        "专项规划",
        Waste,
        "5",
        "个",
        "5",
        "个",
        Eq,
    );
    check(
        at(&r, 21, "3次", 0),
        "督察",
        Enforcement,
        "3",
        "次",
        "3",
        "次",
        Eq,
    );
    check(
        at(&r, 21, "16批", 0),
        "调阅资料",
        Enforcement,
        "16",
        "批",
        "16",
        "批",
        Eq,
    );
    check(
        at(&r, 21, "45项", 0),
        "调阅资料",
        Enforcement,
        "45",
        "项",
        "45",
        "项",
        Eq,
    );
    check(
        at(&r, 21, "101件", 0),
        "信访举报件",
        Enforcement,
        "101",
        "件",
        "101",
        "件",
        Eq,
    );
    check(
        at(&r, 21, "14件", 0),
        "重点件",
        Enforcement,
        "14",
        "件",
        "14",
        "件",
        Eq,
    );
    check(
        at(&r, 21, "28项", 0),
        "整改任务",
        Enforcement,
        "28",
        "项",
        "28",
        "项",
        Eq,
    );
    check(
        at(&r, 21, "130宗", 0),
        "案件",
        Enforcement,
        "130",
        "宗",
        "130",
        "宗",
        Eq,
    );
    let cases = at(&r, 21, "192件", 0);
    check(
        cases,
        "处罚环境违法案件",
        Enforcement,
        "192",
        "件",
        "192",
        "件",
        Eq,
    );
    assert_eq!(change_of(cases), (dec("149.35"), "%", Direction::Up));
    assert_eq!(cases.implied_prior().map(|p| p.round()), Some(dec("77")));
    let fines = at(&r, 21, "3324.37万元", 0);
    check(
        fines,
        "罚没金额",
        Enforcement,
        "3324.37",
        "万元",
        "33243700",
        "元",
        Eq,
    );
    assert_eq!(fines.id, "enforcement.penalty_amount");
    assert_eq!(change_of(fines), (dec("176.47"), "%", Direction::Up));
    check(
        at(&r, 21, "2宗", 0),
        "犯罪案件",
        Enforcement,
        "2",
        "宗",
        "2",
        "宗",
        Eq,
    );
    check(
        at(&r, 21, "2宗", 1),
        "线索",
        Enforcement,
        "2",
        "宗",
        "2",
        "宗",
        Eq,
    );
}

#[test]
fn pollution_prevention_sections() {
    let r = seed();
    check(
        at(&r, 25, "16吨/日", 0),
        "医疗废物处置能力",
        Waste,
        "16",
        "吨/日",
        "16",
        "吨/日",
        Eq,
    );
    check(
        at(&r, 29, "1.38万吨", 0),
        "减排VOCs",
        Air,
        "1.38",
        "万吨",
        "13800",
        "吨",
        Eq,
    );
    check(
        at(&r, 29, "491辆", 0),
        "柴油车",
        Air,
        "491",
        "辆",
        "491",
        "辆",
        Eq,
    );
    check(
        at(&r, 29, "102批次", 0),
        "油品",
        Air,
        "102",
        "批次",
        "102",
        "批次",
        Eq,
    );
    check(
        at(&r, 29, "13轮次", 0),
        "污染天气",
        Air,
        "13",
        "轮次",
        "13",
        "轮次",
        Eq,
    );
    check(
        at(&r, 29, "65天", 0),
        "污染天气",
        Air,
        "65",
        "天",
        "65",
        "天",
        Eq,
    );
    check(
        at(&r, 31, "1489个", 0),
        "入河排口",
        Water,
        "1489",
        "个",
        "1489",
        "个",
        Eq,
    );
    check(
        at(&r, 31, "780公里", 0),
        "岸线",
        Water,
        "780",
        "公里",
        "780",
        "公里",
        Eq,
    );
    check(
        at(&r, 33, "345家", 0),
        "重点行业企业",
        Soil,
        "345",
        "家",
        "345",
        "家",
        Eq,
    );
    let generated = at(&r, 35, "27.33万吨", 0);
    check(
        generated,
        "危险废物产生量",
        Waste,
        "27.33",
        "万吨",
        "273300",
        "吨",
        Eq,
    );
    assert_eq!(generated.id, "waste.hazardous_generated");
    check(
        at(&r, 35, "30.18万吨", 0),
        "利用处置量",
        Waste,
        "30.18",
        "万吨",
        "301800",
        "吨",
        Eq,
    );
}

#[test]
fn investment_and_projects_section() {
    let r = seed();
    let invest = at(&r, 39, "11.59亿", 0);
    check(
        invest,
        "投资",
        Investment,
        "11.59",
        "亿",
        "1159000000",
        "元",
        Eq,
    );
    assert_eq!(invest.id, "investment.completed");
    check(
        at(&r, 39, "6.82亿元", 0),
        "计划投资",
        Investment,
        "6.82",
        "亿元",
        "682000000",
        "元",
        Eq,
    );
    check(
        at(&r, 39, "7.48亿元", 0),
        "完成投资",
        Investment,
        "7.48",
        "亿元",
        "748000000",
        "元",
        Eq,
    );
    check(
        at(&r, 39, "109.6%", 0),
        "完成比例",
        Waste,
        "109.6",
        "%",
        "109.6",
        "%",
        Eq,
    );
    check(
        at(&r, 39, "4座", 0),
        "污水处理厂",
        Water,
        "4",
        "座",
        "4",
        "座",
        Eq,
    );
    check(
        at(&r, 39, "12.4万吨/天", 0),
        "处理规模",
        Water,
        "12.4",
        "万吨/天",
        "124000",
        "吨/日",
        Eq,
    );
    check(
        at(&r, 39, "20.1万吨/日", 0),
        "处理规模",
        Water,
        "20.1",
        "万吨/日",
        "201000",
        "吨/日",
        Eq,
    );
}

#[test]
fn later_sections() {
    let r = seed();
    let filings = at(&r, 43, "37%", 0);
    assert_eq!(change_of(filings), (dec("37"), "%", Direction::Down));
    check(
        at(&r, 43, "7982家次", 0),
        "非现场检查",
        Enforcement,
        "7982",
        "家次",
        "7982",
        "家次",
        Eq,
    );
    check(
        at(&r, 45, "41个", 0),
        "陆域",
        Water,
        "41",
        "个",
        "41",
        "个",
        Eq,
    );
    check(
        at(&r, 45, "59个", 0),
        "海域",
        Water,
        "59",
        "个",
        "59",
        "个",
        Eq,
    );
    check(
        at(&r, 51, "204.9万元", 0),
        "判赔",
        Enforcement,
        "204.9",
        "万元",
        "2049000",
        "元",
        Eq,
    );
    assert_eq!(at(&r, 51, "21件", 0).period, Some(2021));
    let medical = at(&r, 55, "5268.88吨", 0);
    check(
        medical,
        "医疗废物产生量",
        Waste,
        "5268.88",
        "吨",
        "5268.88",
        "吨",
        Eq,
    );
    assert_eq!(at(&r, 55, "100%", 0).id, "waste.medical_disposal_rate");
    check(
        at(&r, 57, "96.97%", 0),
        "公众知晓率",
        Public,
        "96.97",
        "%",
        "96.97",
        "%",
        Eq,
    );
    check(
        at(&r, 57, "30余场次", 0),
        "系列活动",
        Public,
        "30",
        "场次",
        "30",
        "场次",
        Gt,
    );
    let petitions = at(&r, 61, "3978宗", 0);
    check(
        petitions,
        "信访案件",
        Enforcement,
        "3978",
        "宗",
        "3978",
        "宗",
        Eq,
    );
    assert_eq!(change_of(petitions), (dec("12.6"), "%", Direction::Down));
    check(
        at(&r, 69, "超过6000亿元", 0),
        "地区生产总值",
        Investment,
        "6000",
        "亿元",
        "600000000000",
        "元",
        Gt,
    );
    check(
        at(&r, 77, "18天", 0),
        "污染天气",
        Air,
        "18",
        "天",
        "18",
        "天",
        Eq,
    );
    check(
        at(&r, 77, "17天", 0),
        "臭氧超标",
        Air,
        "17",
        "天",
        "17",
        "天",
        Eq,
    );
    let plan = at(&r, 95, "500亿", 0);
    check(
        plan,
        "投入",
        Investment,
        "500",
        "亿",
        "50000000000",
        "元",
        Eq,
    );
    assert_eq!(plan.period, Some(2022));
}

#[test]
fn change_numbers_are_never_indicators_of_their_own() {
    let r = seed();
    for text in ["1.7个百分点", "149.35%", "176.47%", "12.6%"] {
        assert!(
            r.indicators.iter().all(|i| i.text != text),
            "{text} is an indicator"
        );
        assert!(
            r.non_quantities
                .iter()
                .any(|n| n.text == text && n.kind == NonQuantityKind::Change),
            "{text} is not accounted as a change"
        );
    }
}

#[test]
fn years_dates_ordinals_and_names_are_not_quantities() {
    let r = seed();
    let kind_of = |line: usize, text: &str| {
        r.non_quantities
            .iter()
            .find(|n| n.line == line && n.text == text)
            .map(|n| n.kind)
    };
    assert_eq!(kind_of(9, "2021年"), Some(NonQuantityKind::Year));
    assert_eq!(kind_of(25, "12月20日"), Some(NonQuantityKind::Date));
    assert_eq!(kind_of(29, "7月1日"), Some(NonQuantityKind::Date));
    assert_eq!(kind_of(21, "第二"), Some(NonQuantityKind::Ordinal));
    assert_eq!(kind_of(31, "“碧海2021”"), Some(NonQuantityKind::Name));
    assert_eq!(kind_of(17, "三线一单"), Some(NonQuantityKind::Name));
    assert_eq!(kind_of(7, "十四五"), Some(NonQuantityKind::Name));
    assert_eq!(kind_of(11, "5年来"), Some(NonQuantityKind::Period));
    assert_eq!(kind_of(53, "2019-2020"), Some(NonQuantityKind::Year));
    assert_eq!(kind_of(5, "7"), Some(NonQuantityKind::PageFurniture));
    let years = ["2021", "2022", "2020", "2019"];
    assert!(
        r.indicators
            .iter()
            .all(|i| !years.contains(&i.text.as_str()))
    );
}

#[test]
fn every_number_is_accounted_for() {
    let r = seed();
    let unaccounted: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "unaccounted-number")
        .collect();
    assert!(unaccounted.is_empty(), "{unaccounted:?}");
    assert_eq!(r.indicators.len(), 109);
}

#[test]
fn damaged_places_are_diagnostics_with_their_lines() {
    let r = seed();
    let lines: Vec<usize> = r
        .diagnostics
        .iter()
        .filter(|d| d.code == "damaged-text")
        .map(|d| d.line)
        .collect();
    assert_eq!(lines, [43, 53, 95]);
}

#[test]
fn plan_items_carry_their_actions() {
    let r = seed();
    let plans: Vec<_> = r
        .targets
        .iter()
        .filter(|t| {
            t.kind == report::model::TargetKind::Plan
                && t.section.as_deref().is_some_and(|s| s.starts_with("4."))
        })
        .filter(|t| !t.actions.is_empty())
        .collect();
    let sections: Vec<&str> = plans.iter().filter_map(|t| t.section.as_deref()).collect();
    assert_eq!(sections, ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6"]);
    assert_eq!(plans[0].text, "协同推进经济高质量发展和生态环境高水平保护");
    assert_eq!(plans[0].actions.len(), 5);
    assert!(plans[0].actions[1].starts_with("加强帮扶指导"));
    assert!(plans[2].actions[0].starts_with("坚持高标准推动第二轮中央生态环境保护督察整改工作"));
}
