//! Roles: what each number states. The sentences are written for these tests (none is
//! taken from a known report); each expected role was decided by reading the sentence
//! with the conventions of the practice corpus README.

use report::model::{Report, Role};
use report::{Options, analyze};

fn roles(text: &str) -> Vec<(String, Role)> {
    let report: Report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    report
        .indicators
        .iter()
        .map(|i| (i.quantity.text.clone(), i.role))
        .collect()
}

fn role_of(text: &str, quantity: &str) -> Role {
    roles(text)
        .into_iter()
        .find(|(t, _)| t == quantity)
        .unwrap_or_else(|| panic!("no `{quantity}` in {:?}", roles(text)))
        .1
}

#[test]
fn goals_stated_for_the_year_are_targets() {
    let text = "某市2024年工作总结\n2024年全市主要目标为:PM2.5年均浓度降至28微克/立方米,优良天数比率达到88.5%。";
    assert_eq!(role_of(text, "28微克/立方米"), Role::Target);
    assert_eq!(role_of(text, "88.5%"), Role::Target);
    let text = "某县2022年工作总结\n全县力争完成造林面积1200亩,计划新建污水管网35公里。";
    assert_eq!(role_of(text, "1200亩"), Role::Target);
    assert_eq!(role_of(text, "35公里"), Role::Target);
    let text = "某区2021年工作总结\n确保全年空气优良率不低于85%。";
    assert_eq!(role_of(text, "不低于85%"), Role::Target);
}

#[test]
fn planned_and_done_in_one_sentence() {
    // The plan figure is a target; what was completed is the year's own value.
    let text = "某市2021年工作总结\n5个项目年度计划投资3.2亿元、完成3.5亿元,完成比例达109.4%。";
    assert_eq!(role_of(text, "3.2亿元"), Role::Target);
    assert_eq!(role_of(text, "3.5亿元"), Role::Actual);
    assert_eq!(role_of(text, "109.4%"), Role::Actual);
}

#[test]
fn a_plan_named_as_a_noun_sets_no_goal() {
    let text = "某市2021年工作总结\n列入行动计划实施方案的52个断面中,有40个达到Ⅲ类。";
    assert_eq!(role_of(text, "52个"), Role::Actual);
    let text = "某市2021年工作总结\n国民经济和社会发展计划中3项约束性指标顺利完成。";
    assert_eq!(role_of(text, "3项"), Role::Actual);
}

#[test]
fn numbers_of_a_plan_section_are_targets() {
    let text = "某市2023年工作总结及2024年工作计划\n一、2023年工作成效\n全年PM2.5平均浓度为24微克/立方米。\n二、2024年工作计划\n新建充电桩500个,完成12家企业清洁生产审核。";
    assert_eq!(role_of(text, "24微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "500个"), Role::Target);
    assert_eq!(role_of(text, "12家"), Role::Target);
}

#[test]
fn the_target_column_of_a_table_holds_targets() {
    let text = "某县2023年上半年工作总结\n| 指标 | 年度目标 | 1—6月完成情况 |\n| PM2.5浓度 | 30微克/立方米 | 33.1微克/立方米 |\n| 优良天数比率 | 82.0% | 79.5% |";
    assert_eq!(role_of(text, "30微克/立方米"), Role::Target);
    assert_eq!(role_of(text, "33.1微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "82.0%"), Role::Target);
    assert_eq!(role_of(text, "79.5%"), Role::Actual);
}

#[test]
fn expected_values_are_forecasts() {
    let text = "某市2022年工作总结\n预计明年将新增2个国控监测站点。";
    assert_eq!(role_of(text, "2个"), Role::Forecast);
    let text = "某市2022年工作总结\n项目建成后预计年处理污泥可达3万吨。";
    assert_eq!(role_of(text, "3万吨"), Role::Forecast);
    let text = "某市2022年工作总结\n全市光伏装机容量有望突破120万千瓦。";
    assert_eq!(role_of(text, "120万千瓦"), Role::Forecast);
}

#[test]
fn limits_and_outside_references_are_standards() {
    let text = "某市2022年环境状况公报\n全市PM2.5年均值为21微克/立方米,优于国家二级标准的35微克/立方米,低于全国平均的29微克/立方米。";
    assert_eq!(role_of(text, "21微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "35微克/立方米"), Role::Standard);
    assert_eq!(role_of(text, "29微克/立方米"), Role::Standard);
    let text = "某市2022年环境状况公报\n臭氧日均浓度为96微克/立方米,日均浓度超过160微克/立方米即视为超标。";
    assert_eq!(role_of(text, "96微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "超过160微克/立方米"), Role::Standard);
    let text = "某市2022年气候公报\n作为参考,该市7月常年平均降水量为180毫米。";
    assert_eq!(role_of(text, "180毫米"), Role::Standard);
}

#[test]
fn earlier_values_quoted_for_comparison_are_prior() {
    let text = "某市2022年环境状况公报\n2022年PM10平均浓度为45微克/立方米,较2021年的52微克/立方米下降7微克/立方米。";
    assert_eq!(role_of(text, "45微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "52微克/立方米"), Role::Prior);
    let text =
        "某市2022年环境状况公报\n今年PM2.5均值为20微克,仅高于2019年的18微克及2020年的19微克。";
    assert_eq!(role_of(text, "18微克"), Role::Prior);
    assert_eq!(role_of(text, "19微克"), Role::Prior);
    let text = "某市2022年环境状况公报\n一季度降雨量仅40mm,远低于上年同期的120mm。";
    assert_eq!(role_of(text, "40mm"), Role::Actual);
    assert_eq!(role_of(text, "120mm"), Role::Prior);
}

#[test]
fn a_multiplication_to_reach_is_a_goal() {
    let text = "某市2023年空气质量\n市府推行多项改善政策,包括推动电动车辆充换电站以及光电4倍增等。";
    assert_eq!(role_of(text, "4倍"), Role::Target);
    let text = "某县2022年工作总结\n全县实施绿能3倍增计划。";
    assert_eq!(role_of(text, "3倍"), Role::Target);
    // A multiple that was measured is the period's own.
    let text = "某市2021年执法\n抽测发现该企业排放浓度超标3倍。";
    assert_eq!(role_of(text, "3倍"), Role::Actual);
}

#[test]
fn a_change_stated_as_a_goal_is_a_target() {
    // A change-only row takes the role of the quantity it changes: here the goal's.
    let text = "某县2018年工作总结\n2019年,力争PM2.5浓度同比下降5%。";
    assert_eq!(role_of(text, "5%"), Role::Target);
    let text =
        "某县2018年工作总结\n二、2019年工作打算\n确保优良天数比例不低于85%,PM2.5浓度下降5%以上。";
    assert_eq!(role_of(text, "5%以上"), Role::Target);
    let text = "某县2018年工作总结\n2018年PM2.5浓度同比下降5%,预计2019年同比下降3%。";
    assert_eq!(role_of(text, "5%"), Role::Actual);
    assert_eq!(role_of(text, "3%"), Role::Forecast);
}

#[test]
fn a_plan_document_reviews_the_year_in_its_review_section() {
    let text = "2023年某市生态环境工作要点\n一、2022年工作回顾\n2022年,全市PM2.5平均浓度23微克/立方米,办理环境违法案件653件。\n二、2023年主要目标\n全市PM2.5平均浓度控制在24微克/立方米以内。";
    assert_eq!(role_of(text, "23微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "653件"), Role::Actual);
    assert_eq!(role_of(text, "24微克/立方米以内"), Role::Target);
    // With no review section, a plan document is all plan.
    let text = "2023年某市生态环境工作要点\n一、大气\n全市PM2.5平均浓度控制在24微克/立方米。";
    assert_eq!(role_of(text, "24微克/立方米"), Role::Target);
}

#[test]
fn a_value_in_brackets_after_a_standard_is_the_standard() {
    let text = "某市2022年环境状况公报\n全市PM2.5年均浓度为28微克/立方米,低于国家二级标准(35微克/立方米)。";
    assert_eq!(role_of(text, "28微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "35微克/立方米"), Role::Standard);
    // A bracket after anything else holds the figure itself.
    let text = "某市2022年环境状况公报\n全市优良天数比例(88.2%)同比上升。";
    assert_eq!(role_of(text, "88.2%"), Role::Actual);
}

#[test]
fn a_goal_covers_the_figures_after_it_in_its_sentence() {
    let text = "某区2023年生态环境工作总结\n2024年,全区优良天数比例力争达到90%以上,PM2.5年均浓度不高于29微克/立方米,受污染耕地安全利用率达到93%。";
    assert_eq!(role_of(text, "90%以上"), Role::Target);
    assert_eq!(role_of(text, "不高于29微克/立方米"), Role::Target);
    assert_eq!(role_of(text, "93%"), Role::Target);
    // …but not a figure its own clause reports done.
    let text = "某区2023年生态环境工作总结\n力争优良天数比例达到90%,全年实际达到88.5%。";
    assert_eq!(role_of(text, "88.5%"), Role::Actual);
    let text = "某区2023年生态环境工作总结\n2024年计划:优良天数比例不低于86%,细颗粒物浓度降至30微克/立方米以下。";
    assert_eq!(role_of(text, "不低于86%"), Role::Target);
}

#[test]
fn a_whole_later_year_is_a_goal() {
    let text = "某市2023年生态环境状况公报\n到2025年,全市PM2.5浓度控制在28微克/立方米以内。";
    assert_eq!(role_of(text, "28微克/立方米以内"), Role::Target);
    // A figure as of a day of the later year is measured.
    let text = "某市2023年生态环境状况公报\n截至2024年3月,累计建成充电桩1200个。";
    assert_eq!(role_of(text, "1200个"), Role::Actual);
}

#[test]
fn a_measure_going_from_one_value_to_another_is_prior_then_actual() {
    let text = "某市2022年生态环境状况公报\n优良天数比例由上年的80.1%提高到85.5%。";
    assert_eq!(role_of(text, "80.1%"), Role::Prior);
    assert_eq!(role_of(text, "85.5%"), Role::Actual);
    let text = "某市2022年生态环境状况公报\n森林覆盖率从2015年的40.1%提高到2022年的45.3%。";
    assert_eq!(role_of(text, "40.1%"), Role::Prior);
    assert_eq!(role_of(text, "45.3%"), Role::Actual);
}

#[test]
fn values_in_brackets_after_a_value_are_its_goal_or_its_earlier_value() {
    let text = "某市2022年生态环境状况公报\nPM2.5年均浓度为31微克/立方米,优于省下达的年度考核目标(34微克/立方米)。";
    assert_eq!(role_of(text, "31微克/立方米"), Role::Actual);
    assert_eq!(role_of(text, "34微克/立方米"), Role::Target);
    let text = "某市2022年生态环境状况公报\n优良天数比例为88.2%,完成年度目标(86%)。";
    assert_eq!(role_of(text, "86%"), Role::Target);
    let text = "某市2022年生态环境状况公报\nPM2.5平均浓度为22微克/立方米(2020年为25微克/立方米),降幅达12%。";
    assert_eq!(role_of(text, "25微克/立方米"), Role::Prior);
}

#[test]
fn a_plan_document_states_goals_from_a_measured_starting_point() {
    // A plan named by its title, with no year of its own: its goals are targets of the
    // year it plans to; the earlier year it quotes is measured.
    let text = "湖滨市“十四五”生态环境保护规划(摘要)\n到2025年,PM2.5平均浓度控制在30微克/立方米以下,空气质量优良天数比例达到88%以上;\n地表水国控断面水质优良比例不低于80%。\n2020年,全市PM2.5平均浓度为35微克/立方米。";
    assert_eq!(role_of(text, "30微克/立方米以下"), Role::Target);
    assert_eq!(role_of(text, "不低于80%"), Role::Target);
    assert_eq!(role_of(text, "35微克/立方米"), Role::Actual);
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    let period = |q: &str| {
        report
            .indicators
            .iter()
            .find(|i| i.quantity.text == q)
            .and_then(|i| i.period)
    };
    assert_eq!(period("不低于80%"), Some(2025));
    assert_eq!(period("35微克/立方米"), Some(2020));
    // The plan's targets leave out the starting point.
    let planned: Vec<_> = report
        .targets
        .iter()
        .filter_map(|t| t.target.as_ref().map(|q| q.text.as_str()))
        .collect();
    assert_eq!(planned, ["30微克/立方米以下", "88%以上", "不低于80%"]);
}

#[test]
fn a_goal_or_task_noun_after_the_number_and_a_quota_handed_down() {
    let title = "某市2022年生态环境状况公报\n";
    let text = format!(
        "{title}全市PM2.5年均浓度为33微克/立方米,完成35微克/立方米的考核目标。全年淘汰老旧车辆3712辆,超额完成省下达的3000辆任务。省下达的化学需氧量减排任务为1200吨,实际完成1350吨。项目建成后新增处理能力5万吨/日。"
    );
    assert_eq!(role_of(&text, "35微克/立方米"), Role::Target);
    assert_eq!(role_of(&text, "3000辆"), Role::Target);
    assert_eq!(role_of(&text, "3712辆"), Role::Actual);
    assert_eq!(role_of(&text, "1200吨"), Role::Target);
    assert_eq!(role_of(&text, "1350吨"), Role::Actual);
    assert_eq!(role_of(&text, "5万吨/日"), Role::Forecast);
}

#[test]
fn a_gap_to_a_goal_is_no_statement_of_goals() {
    let text = "某区2023年环境状况报告\n地表水优良比例达到92.3%,高于目标值7.3个百分点;城市黑臭水体消除比例保持100%。";
    assert_eq!(role_of(text, "7.3个百分点"), Role::Actual);
    assert_eq!(role_of(text, "100%"), Role::Actual);
    // A statement still covers the rest of its sentence.
    let text = "某区2023年环境状况报告\n目标值为:优良天数比例88%,黑臭水体消除比例100%。";
    assert_eq!(role_of(text, "88%"), Role::Target);
    assert_eq!(role_of(text, "100%"), Role::Target);
}

#[test]
fn goals_expected_and_multiples_of_an_earlier_year() {
    // 预期目标 names goals.
    let text = "某县2024年政府工作报告\n今年主要预期目标是:PM2.5平均浓度控制在35微克/立方米以内。";
    assert_eq!(role_of(text, "35微克/立方米以内"), Role::Target);
    // A multiple of an earlier year's value is this year's.
    let text = "某市2022年生态环境状况公报\n全市新能源汽车保有量达到5.2万辆,是2020年的3倍。";
    assert_eq!(role_of(text, "3倍"), Role::Actual);
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    let multiple = report
        .indicators
        .iter()
        .find(|i| i.quantity.text == "3倍")
        .unwrap();
    assert_eq!(
        (multiple.name.as_str(), multiple.period),
        ("全市新能源汽车保有量", Some(2022))
    );
}
