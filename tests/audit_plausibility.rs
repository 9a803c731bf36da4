//! `share-over-100`, `negative-count`, `change-direction`, `decrease-over-100` and
//! `target-missed`, each with a case that fires and one that must not.

mod audit_support;

use audit_support::{Doc, assert_finding, change, dec};
use report::audit::Verdict;
use report::model::{Comparator, Direction, Quantity, Target, TargetKind, TargetStatus};

const WATER: &str = "国考断面水质优良比例100%,9个集中式饮用水源地水质优良比例100%";

#[test]
fn a_share_above_100_is_an_error() {
    let clauses: Vec<&str> = WATER.split(',').collect();
    let mut doc = Doc::new(2021, WATER);
    doc.add("国考断面水质优良比例", "100%", clauses[0]);
    doc.add("集中式饮用水源地", "9个", clauses[1]);
    doc.add("集中式饮用水源地水质优良比例", "100%", clauses[1]);
    assert!(doc.findings("share-over-100").is_empty());

    let broken = WATER.replacen("100%", "103%", 1);
    let mut doc = Doc::new(2021, &broken);
    doc.add(
        "国考断面水质优良比例",
        "103%",
        &broken[..broken.find(',').expect("comma")],
    );
    let finding = doc.only("share-over-100");
    assert_finding(&finding, Verdict::Error, "国考断面水质优良比例 is 103%");
    assert_eq!((finding.line, finding.column, finding.length), (1, 11, 4));
}

#[test]
fn completion_and_growth_ratios_may_exceed_100() {
    let text = "完成比例达109.6%,数据采集率增长120%";
    let mut doc = Doc::new(2021, text);
    doc.add("完成比例", "109.6%", "完成比例达109.6%");
    doc.add("数据采集率增长", "120%", "数据采集率增长120%");
    assert!(doc.findings("share-over-100").is_empty());
}

#[test]
fn a_negative_count_is_an_error() {
    let text = "移送涉嫌污染环境犯罪案件-2宗、线索2宗";
    let mut doc = Doc::new(2021, text);
    doc.add(
        "移送涉嫌污染环境犯罪案件",
        "-2宗",
        "移送涉嫌污染环境犯罪案件-2宗",
    );
    doc.add("线索", "2宗", "线索2宗");
    let finding = doc.only("negative-count");
    assert_finding(&finding, Verdict::Error, "移送涉嫌污染环境犯罪案件 is -2宗");
}

fn petitions(text: &str, direction: Direction) -> Doc {
    let clause = "处理环境信访案件3978宗";
    let mut doc = Doc::new(2021, &format!("{clause},{text},处理率100%。"));
    doc.add("环境信访案件", "3978宗", clause).change = change(text, direction, "12.6", "%");
    doc
}

#[test]
fn a_change_read_against_its_word_warns() {
    assert!(
        petitions("同比下降12.6%", Direction::Down)
            .findings("change-direction")
            .is_empty()
    );
    let finding = petitions("同比下降12.6%", Direction::Up).only("change-direction");
    assert_finding(
        &finding,
        Verdict::Warning,
        "says down, but the change was read as up",
    );
    let finding = petitions("同比增长-12.6%", Direction::Up).only("change-direction");
    assert_finding(
        &finding,
        Verdict::Warning,
        "the negative figure says the opposite",
    );
    assert!(
        petitions("同比负增长12.6%", Direction::Down)
            .findings("change-direction")
            .is_empty()
    );
}

#[test]
fn a_fall_of_more_than_100_percent_is_an_error() {
    assert!(
        petitions("同比下降12.6%", Direction::Down)
            .findings("decrease-over-100")
            .is_empty()
    );
    let mut doc = petitions("同比下降112.6%", Direction::Down);
    doc.report.indicators[0].change = change("同比下降112.6%", Direction::Down, "112.6", "%");
    assert_finding(
        &doc.only("decrease-over-100"),
        Verdict::Error,
        "a fall of 112.6%",
    );
}

fn quantity(
    text: &str,
    value: &str,
    unit: &str,
    comparator: Comparator,
    column: usize,
) -> Quantity {
    Quantity {
        value: dec(value),
        unit: unit.to_string(),
        base_value: dec(value),
        base_unit: unit.to_string(),
        comparator,
        text: text.to_string(),
        line: 1,
        column,
    }
}

fn target(goal: Quantity, actual: Quantity, status: TargetStatus) -> Target {
    Target {
        text: "受污染耕地安全利用率达90%以上".to_string(),
        year: Some(2021),
        kind: TargetKind::Achieved,
        indicator: None,
        target: Some(goal),
        actual: Some(actual),
        status,
        line: 1,
        section: None,
        actions: Vec::new(),
    }
}

#[test]
fn achieved_targets_are_met_or_missed() {
    let mut doc = Doc::new(
        2021,
        "全市受污染耕地安全利用率达90%以上。完成35个自然村中30个。",
    );
    doc.report.targets = vec![
        target(
            quantity("90%", "90", "%", Comparator::Ge, 13),
            quantity("90%以上", "90", "%", Comparator::Ge, 13),
            TargetStatus::Met,
        ),
        target(
            quantity("35个", "35", "个", Comparator::Eq, 22),
            quantity("30个", "30", "个", Comparator::Eq, 29),
            TargetStatus::Met,
        ),
    ];
    let found = doc.findings("target-missed");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_finding(&found[0], Verdict::Holds, "target met: 90%以上 ≥ 90%");
    assert_finding(&found[1], Verdict::Warning, "target missed: 30个 < 35个");
    assert_eq!(
        found[1].notes[1],
        "the model says `met`; the numbers say `missed`"
    );
    assert_eq!(
        (found[1].line, found[1].column, found[1].length),
        (1, 29, 3)
    );
}

#[test]
fn a_ceiling_target_is_met_from_below() {
    let mut doc = Doc::new(2021, "PM2.5年均浓度目标25,实际27");
    doc.report.targets = vec![target(
        quantity("25", "25", "微克/立方米", Comparator::Le, 13),
        quantity("27", "27", "微克/立方米", Comparator::Eq, 19),
        TargetStatus::Missed,
    )];
    let finding = doc.only("target-missed");
    assert_finding(&finding, Verdict::Warning, "target missed: 27 > 25");
    assert_eq!(finding.notes.len(), 1);
}
