//! Outcomes stated in words (issue 15): a review sentence that says something was done,
//! won, kept from happening or attained is an achieved target, met or missed. The
//! sentences of the cue-class tests are written for these tests (none is taken from a
//! known report); the seed test lists outcomes a person read in the seed text.

use report::model::{Report, Target, TargetKind, TargetStatus};
use report::{EMBEDDED_REPORT, Options, analyze};

use TargetStatus::{Met, Missed};

fn report(text: &str) -> Report {
    analyze(text.as_bytes(), &Options::default()).expect("analyzes")
}

/// (text, status, actual) of the achieved targets of a report.
fn achieved(report: &Report) -> Vec<(String, TargetStatus, Option<String>)> {
    report
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Achieved)
        .map(|t| {
            let actual = t.actual.as_ref().map(|q| q.text.clone());
            (t.text.clone(), t.status, actual)
        })
        .collect()
}

/// The achieved targets of a one-sentence review under a work-summary title.
fn outcomes_of(sentence: &str) -> Vec<(String, TargetStatus, Option<String>)> {
    achieved(&report(&format!("某市2023年工作总结\n{sentence}")))
}

fn met(text: &str) -> (String, TargetStatus, Option<String>) {
    (text.to_string(), Met, None)
}

#[test]
fn a_task_done_is_a_met_outcome() {
    assert_eq!(
        outcomes_of("顺利完成全市饮用水水源地规范化建设工作。"),
        [met("顺利完成全市饮用水水源地规范化建设工作")]
    );
    assert_eq!(
        outcomes_of("完成《某市扬尘污染防治办法》修订论证,并报市政府审议。"),
        [met("完成《某市扬尘污染防治办法》修订论证")]
    );
    // One count in the clause is what was done.
    assert_eq!(
        outcomes_of("全年完成58个入河排污口整治。"),
        [(
            "全年完成58个入河排污口整治".to_string(),
            Met,
            Some("58个".to_string())
        )]
    );
    assert_eq!(
        outcomes_of("督办的重点信访件已全部办结。"),
        [met("督办的重点信访件已全部办结")]
    );
}

#[test]
fn a_task_not_done_is_a_missed_outcome() {
    assert_eq!(
        outcomes_of("河道清淤工程尚未完成验收。"),
        [("河道清淤工程尚未完成验收".to_string(), Missed, None)]
    );
}

#[test]
fn an_award_or_an_assessment_passed_is_a_met_outcome() {
    assert_eq!(
        outcomes_of("我局年度依法行政考核获得优秀等次。"),
        [met("我局年度依法行政考核获得优秀等次")]
    );
    assert_eq!(
        outcomes_of("东湖湿地公园被评为省级生态文明教育基地。"),
        [met("东湖湿地公园被评为省级生态文明教育基地")]
    );
    assert_eq!(
        outcomes_of("编制的土壤污染防治规划通过专家评审。"),
        [met("编制的土壤污染防治规划通过专家评审")]
    );
    // Two clauses of one sentence that state one award make one outcome.
    assert_eq!(
        outcomes_of("南港湾入选全国美丽海湾优秀案例,为全省入选的3个海湾之一。"),
        [met(
            "南港湾入选全国美丽海湾优秀案例,为全省入选的3个海湾之一"
        )]
    );
}

#[test]
fn something_bad_kept_from_happening_is_a_met_outcome() {
    assert_eq!(
        outcomes_of("全年未发生较大及以上突发环境事件。"),
        [met("全年未发生较大及以上突发环境事件")]
    );
    assert_eq!(
        outcomes_of("全年未审批高耗能、高排放项目。"),
        [met("全年未审批高耗能、高排放项目")]
    );
    assert_eq!(
        outcomes_of("汛期未出现黑臭反弹。"),
        [met("汛期未出现黑臭反弹")]
    );
}

#[test]
fn a_state_attained_is_a_met_outcome() {
    assert_eq!(
        outcomes_of("全县主要河流断面水质全面达标。"),
        [met("全县主要河流断面水质全面达标")]
    );
    assert_eq!(
        outcomes_of("城区建成区黑臭水体实现“动态清零”。"),
        [met("城区建成区黑臭水体实现“动态清零”")]
    );
    assert_eq!(
        outcomes_of("5个县级饮用水源地水质均达到Ⅱ类标准。"),
        [met("5个县级饮用水源地水质均达到Ⅱ类标准")]
    );
}

#[test]
fn hopes_plans_purposes_and_nouns_are_no_outcome() {
    for sentence in [
        // A hope or a plan.
        "力争年内完成全部整改任务。",
        "预计明年完成二期工程验收。",
        // A purpose.
        "建设在线监控平台,实现对重点排污单位的实时监控。",
        // The verbs as heads of nouns.
        "群众的环境获得感不断增强。",
        "本节说明各项工作的完成情况。",
        // An action taken, not its result.
        "重点攻坚北河断面水质达标。",
    ] {
        assert_eq!(outcomes_of(sentence), [], "{sentence}");
    }
}

#[test]
fn a_measured_value_is_left_to_the_numeric_rules() {
    // The rate is a number's outcome, not a statement in words.
    assert_eq!(outcomes_of("空气优良率均达到88.5%。"), []);
}

#[test]
fn the_plan_part_states_no_outcome() {
    let text = "某市2023年工作总结及2024年工作计划\n一、2023年工作成效\n圆满完成第二轮督察迎检工作。\n二、2024年工作计划\n完成第三轮督察整改验收。";
    assert_eq!(achieved(&report(text)), [met("圆满完成第二轮督察迎检工作")]);
}

fn seed_target<'a>(report: &'a Report, text: &str) -> &'a Target {
    report
        .targets
        .iter()
        .find(|t| t.kind == TargetKind::Achieved && t.text == text)
        .unwrap_or_else(|| panic!("no achieved outcome `{text}`"))
}

#[test]
fn the_seed_states_forty_achieved_outcomes() {
    let seed = analyze(EMBEDDED_REPORT, &Options::default()).expect("the seed analyzes");
    let outcomes = achieved(&seed);
    // Read in the seed: 14 with a number (rates, planned and completed amounts, tasks
    // with their count) and 26 in words, every one in the review part (lines 7–61).
    assert_eq!(outcomes.len(), 40, "{outcomes:#?}");
    for (text, line) in [
        ("圆满完成中央生态环境保护督察广东阶段性工作", 21),
        ("推动我市2020年度污染防治攻坚战考核获得优秀等级", 17),
        ("2021年未发生突发环境事件", 61),
        ("完成《珠海经济特区机动车污染防治条例》制订调研", 51),
        ("2021年未审批新建、扩建“两高”项目环评审批文件", 45),
        ("六项大气污染物全面达标", 11),
        ("2家企业获批全省第一批“减污降碳突出贡献企业”称号", 47),
    ] {
        let target = seed_target(&seed, text);
        assert_eq!((target.status, target.line), (Met, line), "{text}");
        assert_eq!(target.year, Some(2021));
        assert_eq!(target.target, None);
    }
    let investment = seed_target(&seed, "完成年度投资11.59亿");
    assert_eq!(
        investment.actual.as_ref().map(|q| q.text.as_str()),
        Some("11.59亿")
    );
    let parcels = seed_target(&seed, "完成107个地块调查评审");
    assert_eq!(
        parcels.actual.as_ref().map(|q| q.text.as_str()),
        Some("107个")
    );
    assert!(outcomes.iter().all(|(_, status, _)| *status == Met));
    // Nothing of the problems or the plan part.
    assert!(
        seed.targets
            .iter()
            .all(|t| t.kind != TargetKind::Achieved || t.line <= 63)
    );
}

#[test]
fn a_target_stated_with_its_actual_is_met_or_missed_by_it() {
    // The report to a people's congress on targets: 考核目标为X,实际为Y.
    let r = report(
        "某市人民政府关于2022年度环境保护目标完成情况的报告\n一、目标完成情况\n省下达我市的PM2.5年均浓度考核目标为35微克/立方米,实际为31.6微克/立方米;优良天数比率考核目标为84.5%,实际为82.1%。",
    );
    let pairs: Vec<_> = r
        .targets
        .iter()
        .filter(|t| t.target.is_some())
        .map(|t| {
            let text = |q: &Option<report::model::Quantity>| q.as_ref().map(|q| q.text.clone());
            (text(&t.target), text(&t.actual), t.status)
        })
        .collect();
    let some = |s: &str| Some(s.to_string());
    assert_eq!(
        pairs,
        [
            (some("35微克/立方米"), some("31.6微克/立方米"), Met),
            (some("84.5%"), some("82.1%"), Missed),
        ]
    );
    // The actuals are actual, named by the goal's measure.
    let actual = r
        .indicators
        .iter()
        .find(|i| i.quantity.text == "31.6微克/立方米")
        .unwrap();
    assert_eq!(actual.role, report::model::Role::Actual);
    assert_eq!(actual.name, "省下达我市PM2.5年均浓度");
}

#[test]
fn a_threshold_in_a_goal_is_no_outcome() {
    // 力争…达到95%以上 is a goal, not a threshold reached.
    let r = report("某市2023年工作总结\n力争到2025年国控断面优良比例达到95%以上。");
    assert!(achieved(&r).is_empty(), "{:?}", achieved(&r));
    // Reached, it is one.
    let r = report("某市2023年工作总结\n受污染耕地安全利用率达到93%以上。");
    assert_eq!(
        achieved(&r),
        [(
            "受污染耕地安全利用率达到93%以上".to_string(),
            Met,
            Some("93%以上".to_string())
        )]
    );
}
