//! Extraction on the seed (the Zhuhai 2021 report): quantities and indicators checked by
//! a person against `fixtures/zhuhai-2021.txt`, with their lines in that file.

use report::model::{
    Category, Comparator, Direction, Indicator, NonQuantityKind, Report, TargetKind,
};
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
        .filter(|i| i.quantity.line == line && i.quantity.text == text)
        .nth(nth)
        .unwrap_or_else(|| panic!("no indicator `{text}` (#{nth}) on line {line}"))
}

fn change_of(i: &Indicator) -> (Decimal, &str, Direction) {
    let c = i
        .change
        .as_ref()
        .unwrap_or_else(|| panic!("{}: no change", i.quantity.text));
    (c.value, c.unit.as_str(), c.direction)
}

use Category::*;
use Comparator::{Eq, Ge, Gt};

/// line, surface text, which one on the line, a part the name must contain, category,
/// value, unit, base value, base unit, comparator.
type Row = (
    usize,
    &'static str,
    usize,
    &'static str,
    Category,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Comparator,
);

/// Quantities of every section of the seed, read off the report by hand.
#[rustfmt::skip]
const QUANTITIES: &[Row] = &[
    (11, "六项", 0, "大气污染物", Air, "6", "项", "6", "项", Eq),
    (11, "100%", 0, "国考断面水质优良比例", Water, "100", "%", "100", "%", Eq,),
    (11, "9个", 0, "集中式饮用水源地", Water, "9", "个", "9", "个", Eq,),
    (11, "100%", 1, "饮用水源地水质优良比例", Water, "100", "%", "100", "%", Eq,),
    (11, "2项", 0, "约束性指标", General, "2", "项", "2", "项", Eq,),
    (11, "17条", 0, "黑臭水体", Water, "17", "条", "17", "条", Eq),
    (11, "100%", 2, "措施到位率", Soil, "100", "%", "100", "%", Eq,),
    (11, "100%", 3, "隐患排查完成率", Soil, "100", "%", "100", "%", Eq,),
    (11, "100%", 4, "危险废物利用处置率", Waste, "100", "%", "100", "%", Eq,),
    (11, "95.1%", 0, "空气质量指数(AQI)达标率", Air, "95.1", "%", "95.1", "%", Eq,),
    (11, "90%以上", 0, "受污染耕地安全利用率", Soil, "90", "%", "90", "%", Ge,),
    (17, "五个", 0, "专项规划", Waste, "5", "个", "5", "个", Eq),
    (21, "3次", 0, "督察", Enforcement, "3", "次", "3", "次", Eq),
    (21, "16批", 0, "调阅资料", Enforcement, "16", "批", "16", "批", Eq,),
    (21, "45项", 0, "调阅资料", Enforcement, "45", "项", "45", "项", Eq,),
    (21, "101件", 0, "信访举报件", Enforcement, "101", "件", "101", "件", Eq,),
    (21, "14件", 0, "重点件", Enforcement, "14", "件", "14", "件", Eq,),
    (21, "28项", 0, "整改任务", Enforcement, "28", "项", "28", "项", Eq,),
    (21, "130宗", 0, "案件", Enforcement, "130", "宗", "130", "宗", Eq,),
    (21, "2宗", 0, "犯罪案件", Enforcement, "2", "宗", "2", "宗", Eq,),
    (21, "2宗", 1, "线索", Enforcement, "2", "宗", "2", "宗", Eq),
    (21, "192件", 0, "处罚环境违法案件", Enforcement, "192", "件", "192", "件", Eq,),
    (21, "3324.37万元", 0, "罚没金额", Enforcement, "3324.37", "万元", "33243700", "元", Eq,),
    (25, "16吨/日", 0, "医疗废物处置能力", Waste, "16", "吨/日", "16", "吨/日", Eq,),
    (29, "1.38万吨", 0, "减排VOCs", Air, "1.38", "万吨", "13800", "吨", Eq,),
    (29, "491辆", 0, "柴油车", Air, "491", "辆", "491", "辆", Eq),
    (29, "102批次", 0, "油品", Air, "102", "批次", "102", "批次", Eq,),
    (29, "13轮次", 0, "污染天气", Air, "13", "轮次", "13", "轮次", Eq,),
    (29, "65天", 0, "污染天气", Air, "65", "天", "65", "天", Eq),
    (31, "1489个", 0, "入河排口", Water, "1489", "个", "1489", "个", Eq,),
    (31, "780公里", 0, "岸线", Water, "780", "公里", "780", "公里", Eq,),
    (33, "345家", 0, "重点行业企业", Soil, "345", "家", "345", "家", Eq,),
    (35, "30.18万吨", 0, "利用处置量", Waste, "30.18", "万吨", "301800", "吨", Eq,),
    (35, "27.33万吨", 0, "危险废物产生量", Waste, "27.33", "万吨", "273300", "吨", Eq,),
    (39, "6.82亿元", 0, "计划投资", Investment, "6.82", "亿元", "682000000", "元", Eq,),
    (39, "7.48亿元", 0, "完成投资", Investment, "7.48", "亿元", "748000000", "元", Eq,),
    (39, "109.6%", 0, "完成比例", Waste, "109.6", "%", "109.6", "%", Eq,),
    (39, "4座", 0, "污水处理厂", Water, "4", "座", "4", "座", Eq),
    (39, "12.4万吨/天", 0, "处理规模", Water, "12.4", "万吨/天", "124000", "吨/日", Eq,),
    (39, "20.1万吨/日", 0, "处理规模", Water, "20.1", "万吨/日", "201000", "吨/日", Eq,),
    (39, "11.59亿", 0, "投资", Investment, "11.59", "亿", "1159000000", "元", Eq,),
    (43, "7982家次", 0, "非现场检查", Enforcement, "7982", "家次", "7982", "家次", Eq,),
    (45, "41个", 0, "陆域", Water, "41", "个", "41", "个", Eq),
    (45, "59个", 0, "海域", Water, "59", "个", "59", "个", Eq),
    (51, "204.9万元", 0, "判赔", Enforcement, "204.9", "万元", "2049000", "元", Eq,),
    (55, "5268.88吨", 0, "医疗废物产生量", Waste, "5268.88", "吨", "5268.88", "吨", Eq,),
    (57, "96.97%", 0, "公众知晓率", Public, "96.97", "%", "96.97", "%", Eq,),
    (57, "30余场次", 0, "系列活动", Public, "30", "场次", "30", "场次", Gt,),
    (61, "3978宗", 0, "信访案件", Enforcement, "3978", "宗", "3978", "宗", Eq,),
    (69, "超过6000亿元", 0, "地区生产总值", General, "6000", "亿元", "600000000000", "元", Gt,),
    (77, "18天", 0, "污染天气", Air, "18", "天", "18", "天", Eq),
    (77, "17天", 0, "臭氧超标", Air, "17", "天", "17", "天", Eq),
    (95, "500亿", 0, "投入", Investment, "500", "亿", "50000000000", "元", Eq,),
];

#[test]
fn quantities_of_every_section() {
    let r = seed();
    for &(line, text, nth, key, category, value, unit, base, base_unit, comparator) in QUANTITIES {
        let i = at(&r, line, text, nth);
        assert!(
            i.name.contains(key),
            "{text}: name `{}` lacks `{key}`",
            i.name
        );
        assert_eq!(i.category, category, "{text}: category");
        assert_eq!(
            (i.quantity.value, i.quantity.unit.as_str()),
            (dec(value), unit),
            "{text}: value"
        );
        assert_eq!(
            (i.quantity.base_value, i.quantity.base_unit.as_str()),
            (dec(base), base_unit),
            "{text}: base"
        );
        assert_eq!(i.quantity.comparator, comparator, "{text}: comparator");
    }
    assert!(QUANTITIES.len() >= 50);
}

#[test]
fn lexicon_ids_places_and_periods() {
    let r = seed();
    let aqi = at(&r, 11, "95.1%", 0);
    assert_eq!(aqi.id, "air.aqi_compliance_rate");
    assert_eq!(
        (aqi.period, aqi.section.as_deref(), aqi.quantity.column),
        (Some(2021), Some("1"), 35)
    );
    assert_eq!(
        at(&r, 11, "90%以上", 0).id,
        "soil.contaminated_farmland_safe_use_rate"
    );
    assert_eq!(
        at(&r, 21, "3324.37万元", 0).id,
        "enforcement.penalty_amount"
    );
    assert_eq!(at(&r, 21, "192件", 0).id, "enforcement.violation_cases");
    assert_eq!(at(&r, 35, "27.33万吨", 0).id, "waste.hazardous_generated");
    assert_eq!(at(&r, 39, "11.59亿", 0).id, "investment.completed");
    // Line 39 then gives `完成7.48亿元` for six of those projects: another quantity of the
    // same lexicon indicator, so another id (issue 17: ids are unique per quantity).
    let six = at(&r, 39, "7.48亿元", 0);
    assert_eq!(six.name, "完成投资");
    assert!(six.id.starts_with("investment.") && six.id != "investment.completed");
    // Two mentions of one quantity share an id: `17条` black and odorous water bodies on
    // lines 11 and 31, named 城市建成区黑臭水体 and 城市黑臭水体.
    assert_eq!(at(&r, 11, "17条", 0).id, at(&r, 31, "17条", 0).id);
    // One name in two units is two quantities (line 21: `累及上报调阅资料16批、45项`).
    assert_ne!(at(&r, 21, "16批", 0).id, at(&r, 21, "45项", 0).id);
    assert_eq!(at(&r, 55, "100%", 0).id, "waste.medical_disposal_rate");
    assert_eq!(at(&r, 51, "21件", 0).period, Some(2021));
    assert_eq!(at(&r, 95, "500亿", 0).period, Some(2022));
    assert_eq!(at(&r, 77, "18天", 0).name, "污染天气");
    assert_eq!(at(&r, 77, "17天", 0).name, "臭氧超标");
}

#[test]
fn changes_belong_to_the_quantities_they_modify() {
    let r = seed();
    assert_eq!(
        change_of(at(&r, 11, "95.1%", 0)),
        (dec("1.7"), "pp", Direction::Up)
    );
    let cases = at(&r, 21, "192件", 0);
    assert_eq!(change_of(cases), (dec("149.35"), "%", Direction::Up));
    assert_eq!(cases.implied_prior().map(|p| p.round()), Some(dec("77")));
    assert_eq!(
        change_of(at(&r, 21, "3324.37万元", 0)),
        (dec("176.47"), "%", Direction::Up)
    );
    assert_eq!(
        change_of(at(&r, 43, "37%", 0)),
        (dec("37"), "%", Direction::Down)
    );
    assert_eq!(
        change_of(at(&r, 61, "3978宗", 0)),
        (dec("12.6"), "%", Direction::Down)
    );
}

#[test]
fn change_numbers_are_never_indicators_of_their_own() {
    let r = seed();
    for text in ["1.7个百分点", "149.35%", "176.47%", "12.6%"] {
        assert!(
            r.indicators.iter().all(|i| i.quantity.text != text),
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
            .all(|i| !years.contains(&i.quantity.text.as_str()))
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
            t.kind == TargetKind::Plan && t.section.as_deref().is_some_and(|s| s.starts_with("4."))
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
