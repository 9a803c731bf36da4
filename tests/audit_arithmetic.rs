//! `ratio-mismatch`, `rate-vs-days`, `prior-not-integer` and `capacity-vs-load` on
//! clauses of the Zhuhai 2021 report (numbers as printed there) and broken copies.

mod audit_support;

use audit_support::{Doc, assert_finding, change};
use report::audit::Verdict;
use report::model::Direction;

fn investment(ratio: &str) -> Doc {
    // The evidence of each figure is its clause: up to `。` or `;`, commas included.
    let clause = format!(
        "市绿色工业服务中心、市医疗废物处置中心等6个项目年度计划投资6.82亿元、完成7.48亿元,完成比例达{ratio}。"
    );
    let text = format!("加快补齐危险废物处置短板。{clause}加快工业集聚区建设。\n");
    let mut doc = Doc::new(2021, &text);
    doc.add("项目", "6个", &clause);
    doc.add("年度计划投资", "6.82亿元", &clause);
    doc.add("完成", "7.48亿元", &clause);
    doc.add("完成比例", ratio, &clause);
    doc
}

#[test]
fn completion_ratio_holds_only_within_rounding() {
    let finding = investment("109.6%").only("ratio-mismatch");
    assert_finding(&finding, Verdict::Note, "109.6% holds only within rounding");
    assert!(finding.message.contains("7.48亿元 / 6.82亿元 = 109.68%"));
    assert!(finding.message.contains("prints as 109.7%"));
    assert_eq!(
        finding.notes,
        [
            "with 7.48 in [7.475, 7.485] and 6.82 in [6.815, 6.825], the ratio lies in [109.52, 109.83]%"
        ]
    );
}

#[test]
fn exact_completion_ratio_holds() {
    let finding = investment("109.7%").only("ratio-mismatch");
    assert_finding(&finding, Verdict::Holds, "109.7% holds");
}

#[test]
fn wrong_completion_ratio_is_an_error() {
    let finding = investment("119.6%").only("ratio-mismatch");
    assert_finding(&finding, Verdict::Error, "ratio does not hold");
    assert!(finding.message.contains("not 119.6%"));
}

#[test]
fn a_rate_after_two_amounts_of_other_things_is_no_ratio() {
    let clause = "2021年危险废物产生量27.33万吨,利用处置量30.18万吨(含上年贮存量),工业危险废物利用处置率保持100%";
    let mut doc = Doc::new(2021, &format!("{clause}。\n"));
    doc.add("危险废物产生量", "27.33万吨", clause);
    doc.add("利用处置量", "30.18万吨", clause);
    doc.add("工业危险废物利用处置率", "100%", clause);
    assert!(doc.findings("ratio-mismatch").is_empty());
    assert!(doc.findings("share-over-100").is_empty());
}

fn air(year: i32, rate: &str, polluted: &str) -> Doc {
    let aqi = format!("空气质量指数(AQI)达标率{rate}");
    let days = format!("全年{polluted}污染天气中臭氧超标高达17天");
    let text = format!("{aqi},同比提升1.7个百分点。\n\n臭氧污染是关键因素,{days};前山河\n");
    let mut doc = Doc::new(year, &text);
    doc.add("空气质量指数(AQI)达标率", rate, &aqi).id = "air.aqi_compliance_rate".to_string();
    doc.add("污染天气", polluted, &days);
    doc.add("臭氧超标", "17天", &days);
    doc
}

#[test]
fn aqi_rate_matches_the_polluted_days() {
    let finding = air(2021, "95.1%", "18天").only("rate-vs-days");
    assert_finding(
        &finding,
        Verdict::Holds,
        "95.1% holds: (365 − 18) / 365 = 95.07%",
    );
    assert_eq!((finding.line, finding.column), (1, 15));
    assert_eq!(finding.notes, ["the days counted: 18天 at line 3"]);
}

#[test]
fn aqi_rate_against_other_polluted_days_warns() {
    let finding = air(2021, "95.1%", "28天").only("rate-vs-days");
    assert_finding(&finding, Verdict::Warning, "(365 − 28) / 365 = 92.33%");
    assert!(finding.notes[1].contains("no count of valid monitoring days"));
}

#[test]
fn a_leap_year_has_366_days() {
    let finding = air(2020, "95.4%", "17天").only("rate-vs-days");
    assert_finding(&finding, Verdict::Holds, "(366 − 17) / 366 = 95.36%");
    let finding = air(2021, "95.4%", "17天").only("rate-vs-days");
    assert_finding(&finding, Verdict::Warning, "(365 − 17) / 365 = 95.34%");
}

#[test]
fn a_rate_over_valid_monitoring_days_names_them() {
    // 18 polluted days in 350 valid days: 332 / 350 = 94.86%.
    let finding = air(2021, "94.9%", "18天").only("rate-vs-days");
    assert_finding(&finding, Verdict::Warning, "does not match the days");
    assert_eq!(
        finding.notes[1],
        "the rate fits a year of 350…356 valid monitoring days, not 365"
    );
}

#[test]
fn good_days_count_directly() {
    let aqi = "空气质量优良天数比例95.1%";
    let good = "优良天数347天";
    let mut doc = Doc::new(2021, &format!("{aqi},{good}。\n"));
    doc.add("空气质量优良天数比例", "95.1%", aqi);
    doc.add("优良天数", "347天", good);
    let finding = doc.only("rate-vs-days");
    assert_finding(&finding, Verdict::Holds, "347 / 365 = 95.07%");
}

#[test]
fn a_rate_is_held_against_the_nearest_count_of_days_only() {
    // Two reports in one file: each rate has its own count of good days, two lines
    // apart; neither is checked against the other report's count.
    let (aqi, good) = ("空气质量优良天数比例95.1%", "优良天数347天");
    let (other_aqi, other_good) = ("空气质量优良天数比例82.2%", "优良天数300天");
    let text = format!("{aqi},{good}。\n其他。\n{other_aqi},{other_good}。\n");
    let mut doc = Doc::new(2021, &text);
    doc.add("空气质量优良天数比例", "95.1%", aqi);
    doc.add("优良天数", "347天", good);
    doc.add("空气质量优良天数比例", "82.2%", other_aqi);
    doc.add("优良天数", "300天", other_good);
    let findings = doc.findings("rate-vs-days");
    assert_eq!(findings.len(), 2, "{findings:?}");
    assert_finding(&findings[0], Verdict::Holds, "347 / 365 = 95.07%");
    assert_finding(&findings[1], Verdict::Holds, "300 / 365 = 82.19%");
}

const PENALTIES: &str =
    "2021年处罚环境违法案件192件,罚没金额3324.37万元,分别同比增长149.35%、176.47%";

fn penalties(cases: &str) -> Doc {
    let clause = format!("{}。", PENALTIES.replace("192件", cases));
    let mut doc = Doc::new(2021, &format!("{clause}\n"));
    doc.add("处罚环境违法案件", cases, &clause).change =
        change("同比增长149.35%", Direction::Up, "149.35", "%");
    doc.add("罚没金额", "3324.37万元", &clause).change =
        change("同比增长176.47%", Direction::Up, "176.47", "%");
    doc
}

#[test]
fn penalty_cases_imply_77_cases_in_2020() {
    let finding = penalties("192件").only("prior-not-integer");
    assert_finding(&finding, Verdict::Holds, "implied 2020 count: 77件");
    assert_eq!(finding.notes[0], "192 / (1 + 149.35%) = 77.0002");
    assert_eq!(
        finding.notes[1],
        "with 149.35% in [149.345, 149.355], the 2020 count lies in [76.999, 77.002]"
    );
}

#[test]
fn a_changed_count_implies_a_fractional_prior() {
    let finding = penalties("193件").only("prior-not-integer");
    assert_finding(&finding, Verdict::Warning, "not a whole number: 77.4");
}

#[test]
fn petitions_imply_a_range_of_whole_priors() {
    let clause = "处理环境信访案件3978宗";
    let mut doc = Doc::new(2021, &format!("{clause},同比下降12.6%,处理率100%。\n"));
    doc.add("环境信访案件", "3978宗", clause).change =
        change("同比下降12.6%", Direction::Down, "12.6", "%");
    let finding = doc.only("prior-not-integer");
    // 3978 / 0.874 = 4551.49, but 12.6% may be 12.55…12.65%: 4548.9…4554.1.
    assert_finding(&finding, Verdict::Holds, "implied 2020 count: 4549…4554宗");
    assert_eq!(finding.notes[0], "3978 / (1 − 12.6%) = 4551.4874");
}

fn medical_waste(load: &str) -> Doc {
    let capacity = "新增医疗废物处置能力16吨/日";
    let produced = format!("全年医疗废物产生量{load}");
    let hazardous = "预计建成后新增处理规模12.4万吨/天";
    let waste = "危险废物产生量27.33万吨";
    let text = format!("{capacity}。\n{produced},安全无害化处置率100%。\n{hazardous},{waste}。\n");
    let mut doc = Doc::new(2021, &text);
    doc.add("新增医疗废物处置能力", "16吨/日", capacity);
    doc.add("医疗废物产生量", load, &produced);
    doc.add("新增处理规模", "12.4万吨/天", hazardous);
    doc.add("危险废物产生量", "27.33万吨", waste);
    doc
}

#[test]
fn new_capacity_is_set_against_the_yearly_load() {
    let finding = medical_waste("5268.88吨").only("capacity-vs-load");
    assert_finding(
        &finding,
        Verdict::Note,
        "5268.88吨 a year is 14.44吨/日 on average; 16吨/日 (新增医疗废物处置能力) is 111% of it",
    );
    assert_eq!(
        finding.notes,
        ["5268.88吨 (line 2) / 365 days = 14.44吨/日"]
    );
    assert_eq!(finding.line, 1);
}

#[test]
fn good_days_as_a_share_of_valid_days_in_a_leap_year() {
    // Lianyungang 2020: 297 good days are 81.1% of the year's 366 days (81.15%).
    let good = "市区全年空气质量优良天数297天";
    let share = "占全年有效天数的81.1%";
    let mut doc = Doc::new(2020, &format!("{good},{share},比2019年上升8.3个百分点。\n"));
    doc.add("空气质量优良天数", "297天", good);
    doc.add("占全年有效天数", "81.1%", share);
    let finding = doc.only("rate-vs-days");
    assert_finding(&finding, Verdict::Holds, "297 / 366 = 81.15%");
}

#[test]
fn days_of_response_or_of_one_grade_are_not_the_polluted_days() {
    let response = "组织应对污染天气13轮次共65天";
    let heavy = "重污染天数3天";
    let aqi = "空气质量指数(AQI)达标率95.1%";
    let mut doc = Doc::new(2021, &format!("{aqi}。\n{response}。{heavy}。\n"));
    doc.add("空气质量指数(AQI)达标率", "95.1%", aqi).id = "air.aqi_compliance_rate".to_string();
    doc.add("组织应对污染天气", "13轮次", response);
    doc.add("组织应对污染天气", "65天", response);
    doc.add("重污染天数", "3天", heavy);
    assert!(doc.findings("rate-vs-days").is_empty());
}

#[test]
fn a_part_year_rate_is_held_against_the_days_of_its_months() {
    // 150 good days of January to June 2022 (181 days): 82.9%.
    let (aqi, good) = ("优良天数比例为82.9%", "优良天数为150天");
    let mut doc = Doc::new(2022, &format!("1—6月,{good},{aqi}。\n"));
    doc.add("优良天数", "150天", good).period_months = Some((1, 6));
    doc.add("优良天数比例", "82.9%", aqi).period_months = Some((1, 6));
    let finding = doc.only("rate-vs-days");
    assert_finding(&finding, Verdict::Holds, "150 / 181 = 82.87%");
    // A whole year's count is not the count of a part of it.
    let mut doc = Doc::new(2022, &format!("{good}。1—6月,{aqi}。\n"));
    doc.add("优良天数", "150天", good);
    doc.add("优良天数比例", "82.9%", aqi).period_months = Some((1, 6));
    assert!(doc.findings("rate-vs-days").is_empty());
}

#[test]
fn days_of_a_grade_and_above_are_some_of_the_polluted_days() {
    let (aqi, heavy) = ("优良天数比例为85.5%", "重度及以上污染天数为3天");
    let mut doc = Doc::new(2022, &format!("{heavy},{aqi}。\n"));
    doc.add("重度及以上污染天数", "3天", heavy);
    doc.add("优良天数比例", "85.5%", aqi);
    assert!(doc.findings("rate-vs-days").is_empty());
}

#[test]
fn counts_of_different_things_are_no_ratio_and_no_part() {
    let text = "全区18个乡镇中,新增完成治理的行政村26个,治理率达到61.5%。";
    let mut doc = Doc::new(2022, &format!("{text}\n"));
    doc.add("乡镇", "18个", text);
    doc.add("新增完成治理的行政村", "26个", text);
    doc.add("治理率", "61.5%", text);
    assert!(doc.findings("ratio-mismatch").is_empty());
    let text = "全区共有11个街道、2个镇,其中5个街道优良天数比例超过90%。";
    let mut doc = Doc::new(2022, &format!("{text}\n"));
    doc.add("街道", "11个", text);
    doc.add("镇", "2个", text);
    doc.add("街道", "5个", text);
    assert!(doc.findings("part-exceeds-whole").is_empty());
    // The same thing counted is still held to its whole.
    let text = "全区共有11个街道,其中15个街道优良天数比例超过90%。";
    let mut doc = Doc::new(2022, &format!("{text}\n"));
    doc.add("街道", "11个", text);
    doc.add("街道", "15个", text);
    assert_finding(
        &doc.only("part-exceeds-whole"),
        Verdict::Error,
        "part exceeds its whole",
    );
}

#[test]
fn a_change_is_no_whole_a_target_reached_may_pass_100_and_a_scaled_count_implies_no_prior() {
    let text = "受理陈情案件48,356件,较上年增加2,145件,其中噪音陈情15,203件。";
    let mut doc = Doc::new(2023, &format!("{text}\n"));
    doc.add("受理陈情案件", "48,356件", text);
    doc.add("受理陈情案件同比增加", "2,145件", text).change_only = true;
    doc.add("噪音陈情", "15,203件", text);
    assert!(
        doc.findings("part-exceeds-whole")
            .iter()
            .all(|f| f.verdict != Verdict::Error)
    );
    let text = "空气质量改善目标达成率103.5%";
    let mut doc = Doc::new(2023, &format!("{text}。\n"));
    doc.add("空气质量改善目标达成率", "103.5%", text);
    assert!(doc.findings("share-over-100").is_empty());
    let text = "全年接待群众12万人次,增加10%";
    let mut doc = Doc::new(2023, &format!("{text}。\n"));
    doc.add("接待群众", "12万人次", text).change = change("增加10%", Direction::Up, "10", "%");
    assert!(doc.findings("prior-not-integer").is_empty());
}
