//! Evaluation on reports built in the test, values checked by hand.

use super::*;
use crate::check::{CheckError, Origin, TargetSpec, parse_expectation, resolve_targets};
use crate::model::testing::{change_only, dec, indicator, report, with_base, with_change};
use crate::model::{Quantity, TargetStatus};

fn seed_like() -> Report {
    let aqi = with_change(
        indicator(
            "air.aqi_compliance_rate",
            "空气质量指数(AQI)达标率",
            "95.1",
            "%",
            11,
        ),
        Direction::Up,
        "1.7",
        "pp",
    );
    let mut farmland = indicator(
        "soil.farmland_safe_use_rate",
        "受污染耕地安全利用率",
        "90",
        "%",
        11,
    );
    farmland.quantity.comparator = Comparator::Ge;
    let cases = with_change(
        indicator("enforcement.cases", "处罚环境违法案件", "192", "件", 21),
        Direction::Up,
        "149.35",
        "%",
    );
    let waste = with_base(
        indicator(
            "waste.hazardous_generated",
            "危险废物产生量",
            "27.33",
            "万吨",
            35,
        ),
        "273300",
        "吨",
    );
    let treated = with_base(
        indicator(
            "waste.hazardous_treated",
            "危险废物利用处置量",
            "30.18",
            "万吨",
            35,
        ),
        "301800",
        "吨",
    );
    let outlets = indicator("water.outlets_found", "排查入河排口", "1489", "个", 30);
    let fixed = indicator("water.outlets_fixed", "整治入海排口", "52", "个", 30);
    report(
        "city.txt",
        2021,
        vec![aqi, farmland, cases, waste, treated, outlets, fixed],
    )
}

fn run(expression: &str, reports: &[Report], options: CheckOptions) -> Vec<ReportOutcomes> {
    let spec = parse_expectation(expression).expect("valid expression");
    let targets = resolve_targets(vec![spec], reports).expect("resolves");
    evaluate(&targets, reports, options)
}

fn only(expression: &str) -> Outcome {
    let outcomes = run(expression, &[seed_like()], CheckOptions::default());
    outcomes[0].outcomes[0].clone()
}

#[test]
fn aqi_above_target_passes_and_below_fails_with_the_value() {
    let pass = only("air.aqi_compliance_rate >= 95");
    assert_eq!(pass.verdict, Verdict::Pass);
    assert_eq!(pass.actual.as_deref(), Some("95.1% (+1.7pp)"));
    assert_eq!(pass.line, Some(11));
    let fail = only("air.aqi_compliance_rate >= 96");
    assert_eq!(fail.verdict, Verdict::Fail);
    assert_eq!(fail.reason, "95.1% is not >= 96%");
    assert!(fail.fails_run());
}

fn assert_verdicts(cases: &[(&str, Verdict)]) {
    for (expression, verdict) in cases {
        assert_eq!(only(expression).verdict, *verdict, "{expression}");
    }
}

#[test]
fn a_stated_lower_bound_is_an_interval() {
    assert_verdicts(&[
        ("soil.farmland_safe_use_rate >= 90", Verdict::Pass),
        ("soil.farmland_safe_use_rate > 85", Verdict::Pass),
        ("soil.farmland_safe_use_rate >= 95", Verdict::Undetermined),
        ("soil.farmland_safe_use_rate < 90", Verdict::Fail),
        ("soil.farmland_safe_use_rate = 90", Verdict::Undetermined),
    ]);
    let unsure = only("soil.farmland_safe_use_rate >= 95");
    assert_eq!(unsure.reason, "≥90% may or may not be >= 95%");
}

#[test]
fn same_unit_and_base_unit_comparisons() {
    assert_verdicts(&[
        ("waste.hazardous_generated <= 30万吨", Verdict::Pass),
        ("waste.hazardous_generated < 27.33万吨", Verdict::Fail),
        // 273300吨 against 300000吨 through the base unit
        ("waste.hazardous_generated <= 300000吨", Verdict::Pass),
        ("waste.hazardous_generated <= 273299吨", Verdict::Fail),
        ("waste.hazardous_generated <= 27.4万", Verdict::Pass),
        ("waste.hazardous_generated >= 0.003亿", Verdict::Fail),
    ]);
    let mismatch = only("waste.hazardous_generated <= 30件");
    assert_eq!(mismatch.verdict, Verdict::Fail);
    assert_eq!(
        mismatch.reason,
        "a target in 件 cannot be compared with the report's 万吨"
    );
}

#[test]
fn absent_indicator_is_not_found_unless_allowed() {
    let with_aqi = seed_like();
    let mut without = seed_like();
    without.source.path = "other.txt".into();
    without
        .indicators
        .retain(|i| i.id != "air.aqi_compliance_rate");
    let reports = [with_aqi, without];
    let outcomes = run("AQI达标率 >= 90", &reports, CheckOptions::default());
    assert_eq!(outcomes.len(), 2);
    assert_eq!(outcomes[0].report, "city.txt");
    assert_eq!(outcomes[0].outcomes[0].verdict, Verdict::Pass);
    assert_eq!(outcomes[1].report, "other.txt");
    let missing = &outcomes[1].outcomes[0];
    assert_eq!(missing.verdict, Verdict::NotFound);
    assert_eq!(
        missing.reason,
        "air.aqi_compliance_rate not found in the report"
    );
    assert!(missing.fails_run());
    let allowed = run(
        "AQI达标率 >= 90",
        &reports,
        CheckOptions {
            allow_missing: true,
        },
    );
    assert_eq!(allowed[1].outcomes[0].verdict, Verdict::Skipped);
    assert!(!allowed[1].outcomes[0].fails_run());
}

fn spec_with_change(id: &str, change: Bound) -> TargetSpec {
    let mut spec = parse_expectation(&format!("{id} >= 0")).unwrap();
    spec.bound = None;
    spec.change = Some(change);
    spec
}

fn evaluate_spec(spec: TargetSpec, report: &Report) -> Outcome {
    let reports = std::slice::from_ref(report);
    let targets = resolve_targets(vec![spec], reports).unwrap();
    evaluate(&targets, reports, CheckOptions::default())[0].outcomes[0].clone()
}

#[test]
fn change_targets_use_pp_for_rates_and_percent_otherwise() {
    let report = seed_like();
    let id = "air.aqi_compliance_rate";
    let up = evaluate_spec(spec_with_change(id, Bound::AtLeast(Decimal::ZERO)), &report);
    assert_eq!(up.verdict, Verdict::Pass);
    let more = evaluate_spec(spec_with_change(id, Bound::AtLeast(dec("2"))), &report);
    assert_eq!(more.verdict, Verdict::Fail);
    assert_eq!(more.reason, "change +1.7pp is not >= 2pp");
    let cases = spec_with_change("enforcement.cases", Bound::AtLeast(dec("100")));
    assert_eq!(evaluate_spec(cases, &report).verdict, Verdict::Pass);
    let waste = spec_with_change("waste.hazardous_generated", Bound::AtMost(Decimal::ZERO));
    let no_change = evaluate_spec(waste, &report);
    assert_eq!(no_change.verdict, Verdict::Fail);
    assert_eq!(
        no_change.reason,
        "no year-on-year change stated that can be compared"
    );
}

fn stated_target(status: TargetStatus, line: usize) -> crate::model::Target {
    crate::model::Target {
        text: "受污染耕地安全利用率达90%以上".into(),
        year: Some(2021),
        kind: TargetKind::Achieved,
        indicator: Some("soil.farmland_safe_use_rate".into()),
        target: None,
        actual: None::<Quantity>,
        status,
        line,
        section: None,
        actions: Vec::new(),
    }
}

#[test]
fn status_targets_read_the_reports_own_target() {
    let mut spec = parse_expectation("soil.farmland_safe_use_rate >= 0").unwrap();
    spec.bound = None;
    spec.status = Some(TargetStatus::Met);
    let mut report = seed_like();
    let none = evaluate_spec(spec.clone(), &report);
    assert_eq!(none.verdict, Verdict::Fail);
    assert_eq!(
        none.reason,
        "the report states no target for soil.farmland_safe_use_rate"
    );
    report.targets.push(stated_target(TargetStatus::Met, 11));
    assert_eq!(evaluate_spec(spec.clone(), &report).verdict, Verdict::Pass);
    report.targets[0].status = TargetStatus::Missed;
    let missed = evaluate_spec(spec, &report);
    assert_eq!(missed.reason, "the report's target (line 11) is missed");
}

#[test]
fn names_resolve_to_exactly_one_indicator() {
    let reports = [seed_like()];
    let resolve = |text: &str| {
        let spec = parse_expectation(&format!("{text} >= 1")).unwrap();
        resolve_targets(vec![spec], &reports).map(|t| t[0].id.clone())
    };
    assert_eq!(resolve("AQI达标率").unwrap(), "air.aqi_compliance_rate");
    assert_eq!(
        resolve("危险废物产生量").unwrap(),
        "waste.hazardous_generated"
    );
    assert_eq!(
        resolve("危險廢物產生量").unwrap(),
        "waste.hazardous_generated"
    );
    let ambiguous = resolve("排口").unwrap_err();
    assert_eq!(
        ambiguous.to_string(),
        "--expect '排口 >= 1': '排口' matches several indicators: \
         water.outfalls_investigated (排查入河排污口), \
         water.outlets_fixed (整治入海排口), water.outlets_found (排查入河排口); \
         name one by its id"
    );
    // lexicon names count as candidates too
    let waste = resolve("危险废物").unwrap_err().to_string();
    assert!(
        waste.contains("waste.hazardous_treated (危险废物利用处置量)"),
        "{waste}"
    );
    assert!(
        waste.contains("waste.hazardous_generated (危险废物产生量)"),
        "{waste}"
    );
    assert!(matches!(
        resolve("辐射剂量"),
        Err(CheckError::UnknownName { .. })
    ));
}

#[test]
fn unknown_ids_are_input_errors_with_known_ids_of_the_category() {
    let reports = [seed_like()];
    let spec = parse_expectation("air.aqi_rate >= 95").unwrap();
    let err = resolve_targets(vec![spec], &reports).unwrap_err();
    assert!(
        matches!(&err, CheckError::UnknownId { origin: Origin::Expect { .. }, id, .. } if id == "air.aqi_rate")
    );
    assert!(
        err.to_string().starts_with(
            "--expect 'air.aqi_rate >= 95': unknown indicator id 'air.aqi_rate': not in the lexicon and not in any report (known 'air' ids: air.aqi_compliance_rate"
        ),
        "{err}"
    );
}

#[test]
fn the_mention_of_the_report_year_stands_for_the_report() {
    let mut plan = indicator(
        "air.aqi_compliance_rate",
        "空气质量优良天数比例",
        "96",
        "%",
        3,
    );
    plan.period = Some(2022);
    let mut actual = indicator(
        "air.aqi_compliance_rate",
        "空气质量优良天数比例",
        "95.1",
        "%",
        9,
    );
    actual.period = Some(2021);
    let report = report("r.txt", 2021, vec![plan, actual]);
    let mention = report.primary_mention("air.aqi_compliance_rate").unwrap();
    assert_eq!(mention.quantity.line, 9);
}

#[test]
fn an_achieved_value_with_a_change_stands_before_a_goal() {
    let id = "air.pm25_concentration";
    let goal = indicator(id, "PM2.5年均浓度", "31", "微克/立方米", 3);
    let achieved = with_change(
        indicator(id, "PM2.5浓度", "35.5", "微克/立方米", 4),
        Direction::Down,
        "4.2",
        "微克/立方米",
    );
    let table_goal = indicator(id, "PM2.5浓度", "31", "微克/立方米", 9);
    let table_actual = indicator(id, "PM2.5浓度", "35.5", "微克/立方米", 9);
    let mut r = report(
        "j.txt",
        2023,
        vec![goal, achieved, table_goal, table_actual],
    );
    let mention = r.primary_mention(id).unwrap();
    assert_eq!(
        (mention.quantity.line, mention.quantity.value),
        (4, dec("35.5"))
    );
    // without the change, the stated goal of a target is passed over for the actual
    r.indicators.remove(1);
    r.indicators.remove(0);
    r.indicators[1].quantity.column = 20;
    r.targets.push(crate::model::Target {
        text: "PM2.5浓度".into(),
        year: Some(2023),
        kind: TargetKind::Achieved,
        indicator: Some(id.into()),
        target: Some(r.indicators[0].quantity.clone()),
        actual: Some(r.indicators[1].quantity.clone()),
        status: TargetStatus::Missed,
        line: 9,
        section: None,
        actions: Vec::new(),
    });
    let mention = r.primary_mention(id).unwrap();
    assert_eq!((mention.quantity.line, mention.quantity.column), (9, 20));
}

#[test]
fn a_change_with_no_level_never_stands_for_the_report() {
    // `综合指数同比改善7.9%` carries air.composite_index, but 7.9 is no index.
    let id = "air.composite_index";
    let change = change_only(id, "综合指数同比改善", "7.9", "%", 3, Direction::Down);
    assert!(change.change_only);
    let only_change = report("linyi.txt", 2018, vec![change.clone()]);
    assert!(only_change.primary_mention(id).is_none());
    // with a level stated after it, the level stands for the report
    let level = indicator(id, "空气质量综合指数", "4.12", "", 5);
    let both = report("linyi.txt", 2018, vec![change, level]);
    let mention = both.primary_mention(id).unwrap();
    assert_eq!(
        (mention.quantity.line, mention.quantity.value),
        (5, dec("4.12"))
    );
}

#[test]
fn the_whole_year_stands_before_a_part_of_it() {
    // `上半年,全市优良天数86天,同比增加4天` before `全年优良天数为201天`
    let id = "air.good_days";
    let mut half = with_change(
        indicator(id, "全市优良天数", "86", "天", 4),
        Direction::Up,
        "4",
        "天",
    );
    half.period = Some(2018);
    half.period_months = Some((1, 6));
    let mut year = indicator(id, "优良天数", "201", "天", 3);
    year.period = Some(2018);
    let r = report("linyi.txt", 2018, vec![year, half]);
    assert_eq!(r.primary_mention(id).unwrap().quantity.value, dec("201"));
}
