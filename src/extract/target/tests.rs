//! Targets of hand-made normalized text with hand-made mentions: the seed's style
//! (outcomes, plan section, forecast) and jingjiang's target-vs-actual table.

use rust_decimal::Decimal;

use super::*;
use crate::extract::testing::{mention, mention_from};
use crate::input::{Normalized, normalize};
use crate::model::{Role, TargetKind};
use crate::text::{Segmented, segment};

const SEED_STYLE: &str = "珠海市生态环境局2021年工作总结及2022年工作计划
一、珠海市2021年生态环境质量状况
市2021年国民经济和社会发展计划中生态环境领域2项约束性指标顺利完成。土壤环境安全状况总体稳定,受污染耕地安全利用率达90%以上、措施到位率100%,土壤污染重点监管单位隐患排查完成率100%。
二、2021年主要工作成效及做法
(二)生态环境保护督察工作高标准推进
二是加快推进整改工作。全市28项整改任务按时完成率100%,督察组交办的130宗案件(去重后)办结率100%。
(三)省、市民生实事任务如期完成。
一是顺利完成省下达35个自然村农村生活污水治理民生实事任务和评估工作。
(五)生态环境领域短板弱项加快补齐
市绿色工业服务中心、市医疗废物处置中心等6个项目年度计划投资6.82亿元、完成7.48亿元,完成比例达109.6%。在建富山三厂等工业污水处理厂4座,预计建成后新增处理规模12.4万吨/天,全市可达20.1万吨/日。
三、存在问题
当前我市“十四五”时期预计地区生产总值超过6000亿元。
四、2022年重点工作计划
(一)协同推进经济高质量发展和生态环境高水平保护
更加自觉将生态环境保护工作融入。
(二)持续深入打好污染防治攻坚战
保持力度不减。
(四)著力推进“美丽中国”珠海实践项目
我市成立“美丽中国”珠海实践项目工作专班,计划五年投入500亿建设完善环保基础设施。
";

/// The targets of a report, its parts and cue words read as extraction reads them.
fn targets_of(normalized: &Normalized, segmented: &Segmented, mentions: &[Mention]) -> Vec<Target> {
    targets(&Reading::new(normalized, segmented), mentions)
}

fn seed_style_targets() -> Vec<Target> {
    let normalized = normalize(SEED_STYLE);
    let segmented = segment(&normalized);
    let mut mentions = vec![
        mention(&normalized, "2项", "general.binding_targets", "项"),
        mention(&normalized, "90%", "soil.farmland_safe_use_rate", "%"),
        mention(&normalized, "100%", "soil.measures_rate", "%"),
        mention_from(
            &normalized,
            "100%",
            "排查完成率",
            "soil.inspection_rate",
            "%",
        ),
        mention(&normalized, "28项", "enforcement.rectification_tasks", "项"),
        mention_from(
            &normalized,
            "100%",
            "按时完成率",
            "enforcement.rectification_rate",
            "%",
        ),
        mention(&normalized, "130宗", "enforcement.cases", "宗"),
        mention_from(
            &normalized,
            "100%",
            "办结率",
            "enforcement.closure_rate",
            "%",
        ),
        mention(&normalized, "35个", "water.villages", "个"),
        mention(&normalized, "6个", "investment.projects", "个"),
        mention(&normalized, "6.82亿元", "investment.planned", "元"),
        mention(&normalized, "7.48亿元", "investment.completed", "元"),
        mention(&normalized, "109.6%", "investment.ratio", "%"),
        mention(&normalized, "4座", "water.plants", "座"),
        mention(&normalized, "12.4万吨/天", "water.new_capacity", "吨/日"),
        mention(&normalized, "20.1万吨/日", "water.capacity", "吨/日"),
        mention(&normalized, "6000亿元", "general.gdp", "元"),
        mention(&normalized, "500亿", "investment.plan", "元"),
    ];
    // As the roles read it: a figure of the plan section is a target.
    if let Some(plan) = mentions.last_mut() {
        plan.indicator.role = Role::Target;
    }
    targets_of(&normalized, &segmented, &mentions)
}

/// One line per target: `kind status year Lline text | target -> actual`.
fn rows(targets: &[Target]) -> Vec<String> {
    let value = |q: &Option<Quantity>| q.as_ref().map_or("-".to_string(), |q| q.text.clone());
    targets
        .iter()
        .map(|t| {
            let year = t.year.map_or("-".to_string(), |y| y.to_string());
            format!(
                "{:?} {} {year} L{} {} | {} -> {}",
                t.kind,
                t.status.as_str(),
                t.line,
                t.text,
                value(&t.target),
                value(&t.actual)
            )
        })
        .collect()
}

fn of_kind(targets: Vec<Target>, kind: TargetKind) -> Vec<Target> {
    targets.into_iter().filter(|t| t.kind == kind).collect()
}

#[test]
fn achieved_targets_of_the_report_year() {
    let achieved = of_kind(seed_style_targets(), TargetKind::Achieved);
    assert_eq!(
        rows(&achieved),
        vec![
            "Achieved met 2021 L3 市2021年国民经济和社会发展计划中生态环境领域2项约束性指标顺利完成 | 2项 -> -",
            "Achieved met 2021 L3 受污染耕地安全利用率达90%以上、措施到位率100% | 90% -> 90%",
            "Achieved met 2021 L3 土壤污染重点监管单位隐患排查完成率100% | - -> 100%",
            "Achieved met 2021 L6 全市28项整改任务按时完成率100% | 28项 -> 100%",
            "Achieved met 2021 L6 督察组交办的130宗案件(去重后)办结率100% | 130宗 -> 100%",
            "Achieved met 2021 L7 省、市民生实事任务如期完成 | - -> -",
            "Achieved met 2021 L8 顺利完成省下达35个自然村农村生活污水治理民生实事任务和评估工作 | 35个 -> -",
            "Achieved met 2021 L10 市绿色工业服务中心、市医疗废物处置中心等6个项目年度计划投资6.82亿元、完成7.48亿元,完成比例达109.6% | 6.82亿元 -> 7.48亿元",
        ]
    );
    let investment = &achieved[7];
    assert_eq!(investment.indicator.as_deref(), Some("investment.planned"));
    assert_eq!(investment.section.as_deref(), Some("2.3"));
}

#[test]
fn plans_are_the_items_of_the_plan_section_and_plan_figures() {
    let plans = of_kind(seed_style_targets(), TargetKind::Plan);
    assert_eq!(
        rows(&plans),
        vec![
            "Plan open 2022 L14 协同推进经济高质量发展和生态环境高水平保护 | - -> -",
            "Plan open 2022 L16 持续深入打好污染防治攻坚战 | - -> -",
            "Plan open 2022 L18 著力推进“美丽中国”珠海实践项目 | - -> -",
            "Plan open 2022 L19 计划五年投入500亿建设完善环保基础设施 | 500亿 -> -",
        ]
    );
    let sections: Vec<Option<&str>> = plans.iter().map(|t| t.section.as_deref()).collect();
    assert_eq!(
        sections,
        vec![Some("4.1"), Some("4.2"), Some("4.3"), Some("4.3")]
    );
    assert_eq!(plans[3].indicator.as_deref(), Some("investment.plan"));
    assert_eq!(
        plans[3].target.as_ref().map(|q| q.base_value),
        Some(Decimal::from(50_000_000_000_i64))
    );
}

#[test]
fn forecasts_follow_a_forecast_cue() {
    assert_eq!(
        rows(&of_kind(seed_style_targets(), TargetKind::Forecast)),
        vec![
            "Forecast open - L10 预计建成后新增处理规模12.4万吨/天 | 12.4万吨/天 -> -",
            "Forecast open - L12 当前我市“十四五”时期预计地区生产总值超过6000亿元 | 6000亿元 -> -",
        ]
    );
}

const JINGJIANG_STYLE: &str = "靖江市生态环境局2023年上半年工作总结暨下半年工作打算(节选)
一、环境质量指标完成情况
2023年全市主要环境质量目标为:PM2.5年均浓度降至31微克/立方米,空气质量优良天数比率达到80.7%,地表水省考以上断面优Ⅲ比例达到100%。
完成情况:1—6月,全市PM2.5浓度为35.5微克/立方米,同比下降4.2微克/立方米(10.7%);空气优良率为80.7%,同比上升6.7个百分点,基本实现阶段工作目标。
附:上半年主要环境质量指标完成情况对照 | 指标 | 年度目标 | 1—6月完成情况 | PM2.5浓度 | 31微克/立方米 | 35.5微克/立方米 | 空气优良率 | 80.7% | 80.7% | 省考以上断面优Ⅲ比例 | 100% | 100% |
三、下半年工作打算
下半年,将对照年度目标,把大气污染防治作为工作重点。
";

fn jingjiang_style_targets(tabled: bool) -> Vec<Target> {
    let normalized = normalize(JINGJIANG_STYLE);
    let segmented = segment(&normalized);
    let (pm, good, section) = (
        "air.pm25",
        "air.aqi_compliance_rate",
        "water.section_good_ratio",
    );
    let mut mentions = vec![
        mention(&normalized, "31微克/立方米", pm, "微克/立方米"),
        mention(&normalized, "80.7%", good, "%"),
        mention(&normalized, "100%", section, "%"),
        mention(&normalized, "35.5微克/立方米", pm, "微克/立方米"),
        mention_from(&normalized, "80.7%", "空气优良率为", good, "%"),
    ];
    if tabled {
        let table = "| PM2.5浓度";
        mentions.extend([
            mention_from(&normalized, "31微克/立方米", table, pm, "微克/立方米"),
            mention_from(&normalized, "35.5微克/立方米", table, pm, "微克/立方米"),
            mention_from(&normalized, "80.7%", table, good, "%"),
            mention_from(&normalized, "80.7%", "80.7% | 省考", good, "%"),
            mention_from(&normalized, "100%", table, section, "%"),
            mention_from(&normalized, "100%", "100% |\n", section, "%"),
        ]);
    }
    targets_of(&normalized, &segmented, &mentions)
}

#[test]
fn table_of_targets_and_actuals_gives_met_and_missed() {
    assert_eq!(
        rows(&jingjiang_style_targets(true)),
        vec![
            "Achieved met 2023 L4 基本实现阶段工作目标 | - -> -",
            "Achieved missed 2023 L5 PM2.5浓度 | 31微克/立方米 -> 35.5微克/立方米",
            "Achieved met 2023 L5 空气优良率 | 80.7% -> 80.7%",
            "Achieved met 2023 L5 省考以上断面优Ⅲ比例 | 100% -> 100%",
            "Plan open 2023 L7 下半年,将对照年度目标,把大气污染防治作为工作重点 | - -> -",
        ]
    );
}

#[test]
fn stated_targets_meet_later_actuals_of_the_same_indicator() {
    assert_eq!(
        rows(&jingjiang_style_targets(false)),
        vec![
            "Achieved missed 2023 L3 PM2.5年均浓度降至31微克/立方米 | 31微克/立方米 -> 35.5微克/立方米",
            "Achieved met 2023 L3 空气质量优良天数比率达到80.7% | 80.7% -> 80.7%",
            "Achieved open 2023 L3 地表水省考以上断面优Ⅲ比例达到100% | 100% -> -",
            "Achieved met 2023 L4 基本实现阶段工作目标 | - -> -",
            "Plan open 2023 L7 下半年,将对照年度目标,把大气污染防治作为工作重点 | - -> -",
        ]
    );
}

#[test]
fn plan_section_without_items_gives_its_action_sentences() {
    let text = "连云港市生态环境局2020年度工作总结及2021年度工作计划
一、2020年度工作亮点
全部完成年度考核目标。
三、2021年度工作计划
2021年是“十四五”开局之年。我局将围绕“硬目标”,深入打好污染防治攻坚战。
";
    let normalized = normalize(text);
    let targets = targets_of(&normalized, &segment(&normalized), &[]);
    assert_eq!(
        rows(&targets),
        vec![
            "Achieved met 2020 L3 全部完成年度考核目标 | - -> -",
            "Plan open 2021 L5 我局将围绕“硬目标”,深入打好污染防治攻坚战 | - -> -",
        ]
    );
    assert_eq!(targets[1].section.as_deref(), Some("2"));
}

#[test]
fn standards_are_targets_of_the_sentence_subject() {
    let text = "台中市空气品质
111年截至8月18日,台中市PM2.5平均值为每立方公尺12.8微克,低于全国平均的13.2微克,也符合国家空气品质标准15微克以下;与107年同期的19.7微克相比,已相当接近美国标准的12微克。
";
    let normalized = normalize(text);
    let unit = "微克/立方米";
    let mut mentions = vec![
        mention(
            &normalized,
            "每立方公尺12.8微克",
            "air.pm25_concentration",
            unit,
        ),
        mention(&normalized, "13.2微克", "air.全国平均", unit),
        mention(&normalized, "15微克", "air.标准", unit),
        mention(&normalized, "19.7微克", "air.pm25_concentration", unit),
        mention(&normalized, "12微克", "air.美国标准", unit),
    ];
    mentions[2].indicator.quantity.comparator = crate::model::Comparator::Le;
    // The lexicon says lower is better for PM2.5.
    mentions[0].indicator.higher_is_better = Some(false);
    let targets = targets_of(&normalized, &segment(&normalized), &mentions);
    assert_eq!(
        rows(&targets),
        vec![
            "Achieved met 2022 L2 也符合国家空气品质标准15微克以下 | 15微克 -> 每立方公尺12.8微克",
            "Achieved missed 2022 L2 已相当接近美国标准的12微克 | 12微克 -> 每立方公尺12.8微克",
        ]
    );
}

#[test]
fn a_task_target_in_brackets_is_held_against_the_value_before_it() {
    let text = "一、2022年环境质量
全市PM2.5平均浓度为28微克/立方米,完成省下达的目标任务(30微克/立方米)。空气质量优良天数比例为85.2%,未完成省下达目标任务(86.5%)。
PM10平均浓度为45微克/立方米,优于省下达的目标(50微克/立方米)。
";
    let normalized = normalize(text);
    let (pm, good) = ("air.pm25_concentration", "air.aqi_compliance_rate");
    let mut mentions = vec![
        mention(&normalized, "28微克/立方米", pm, "微克/立方米"),
        mention(&normalized, "30微克/立方米", "air.目标任务", "微克/立方米"),
        mention(&normalized, "85.2%", good, "%"),
        mention(&normalized, "86.5%", "air.目标任务", "%"),
        mention(
            &normalized,
            "45微克/立方米",
            "air.pm10_concentration",
            "微克/立方米",
        ),
        mention(&normalized, "50微克/立方米", "air.目标", "微克/立方米"),
    ];
    // The lexicon: lower PM2.5 is better, more good days are better.
    mentions[0].indicator.higher_is_better = Some(false);
    mentions[2].indicator.higher_is_better = Some(true);
    let targets = targets_of(&normalized, &segment(&normalized), &mentions);
    assert_eq!(
        rows(&targets),
        vec![
            "Achieved met 2022 L2 完成省下达的目标任务(30微克/立方米) | 30微克/立方米 -> 28微克/立方米",
            "Achieved missed 2022 L2 未完成省下达目标任务(86.5%) | 86.5% -> 85.2%",
            "Achieved met 2022 L3 优于省下达的目标(50微克/立方米) | 50微克/立方米 -> 45微克/立方米",
        ]
    );
    assert_eq!(targets[0].indicator.as_deref(), Some(pm));
}

#[test]
fn a_plan_document_is_all_plan() {
    let text = "某市生态环境局2023年工作要点
一、深入打好蓝天保卫战
力争PM2.5浓度控制在28微克/立方米以内。
二、深入打好碧水保卫战
完成城西污水处理厂建设。
";
    let normalized = normalize(text);
    let mentions = vec![mention(
        &normalized,
        "28微克/立方米",
        "air.pm25_concentration",
        "微克/立方米",
    )];
    let targets = targets_of(&normalized, &segment(&normalized), &mentions);
    assert_eq!(
        rows(&targets),
        vec![
            "Plan open 2023 L2 深入打好蓝天保卫战 | - -> -",
            "Plan open 2023 L3 力争PM2.5浓度控制在28微克/立方米以内 | 28微克/立方米 -> -",
            "Plan open 2023 L4 深入打好碧水保卫战 | - -> -",
        ]
    );
}
