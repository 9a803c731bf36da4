//! Projects and targets of the seed report (issue 5), and the targets-vs-actuals table
//! of a practice-corpus report, through the whole pipeline. Every value was checked by
//! hand against the report text.

use std::path::PathBuf;

use report::model::{Indicator, Project, ProjectStatus, Target, TargetKind, TargetStatus};
use report::{EMBEDDED_REPORT, Options, Report, analyze};
use rust_decimal::Decimal;

fn seed() -> Report {
    analyze(EMBEDDED_REPORT, &Options::default()).expect("the seed analyzes")
}

fn project<'a>(report: &'a Report, name: &str) -> &'a Project {
    report
        .projects
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no project named {name}"))
}

/// The indicator a project quantity links to, by role.
fn linked<'a>(report: &'a Report, project: &Project, role: &str) -> &'a Indicator {
    let link = project
        .quantities
        .iter()
        .find(|q| q.role == role)
        .unwrap_or_else(|| panic!("{} has no {role}", project.name));
    let indicator = report
        .indicators
        .iter()
        .find(|i| i.quantity.line == link.line && i.quantity.column == link.column)
        .expect("the link points at an indicator mention");
    assert_eq!(indicator.id, link.indicator);
    indicator
}

/// (surface text, base value, base unit) of a linked quantity.
fn amount(indicator: &Indicator) -> (&str, Decimal, &str) {
    (
        indicator.quantity.text.as_str(),
        indicator.quantity.base_value,
        indicator.quantity.base_unit.as_str(),
    )
}

fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal")
}

#[test]
fn seed_medical_waste_centre_operates_since_december_20() {
    let report = seed();
    let centre = project(&report, "市医疗废物处置中心项目");
    assert_eq!((centre.status, centre.line), (ProjectStatus::Operating, 25));
    assert_eq!(centre.dates, vec!["12月20日"]);
    let capacity = linked(&report, centre, "capacity");
    assert_eq!(amount(capacity), ("16吨/日", dec("16"), "吨/日"));
    // Named again as a member of a group at line 39: part of the group, not a second
    // project.
    let six = project(&report, "市绿色工业服务中心、市医疗废物处置中心等6个项目");
    assert_eq!(six.members, ["市绿色工业服务中心", "市医疗废物处置中心"]);
    assert!(
        !report
            .projects
            .iter()
            .any(|p| p.name == "市绿色工业服务中心")
    );
}

#[test]
fn seed_project_groups_with_investment_and_capacity() {
    let report = seed();
    let six = project(&report, "市绿色工业服务中心、市医疗废物处置中心等6个项目");
    assert_eq!(six.status, ProjectStatus::UnderConstruction);
    assert_eq!(
        amount(linked(&report, six, "count")),
        ("6个", dec("6"), "个")
    );
    assert_eq!(
        amount(linked(&report, six, "investment_planned")),
        ("6.82亿元", dec("682000000"), "元")
    );
    assert_eq!(
        amount(linked(&report, six, "investment_completed")),
        ("7.48亿元", dec("748000000"), "元")
    );
    assert_eq!(
        amount(linked(&report, six, "completion_ratio")),
        ("109.6%", dec("109.6"), "%")
    );
    let ten = project(&report, "生态环境治理领域10个项目");
    assert_eq!(ten.status, ProjectStatus::UnderConstruction);
    assert_eq!(
        amount(linked(&report, ten, "count")),
        ("10个", dec("10"), "个")
    );
    assert_eq!(
        amount(linked(&report, ten, "investment_completed")),
        ("11.59亿", dec("1159000000"), "元")
    );
    let plants = project(&report, "富山三厂等工业污水处理厂");
    assert_eq!(
        (plants.status, plants.line),
        (ProjectStatus::UnderConstruction, 39)
    );
    assert_eq!(
        amount(linked(&report, plants, "count")),
        ("4座", dec("4"), "座")
    );
    assert_eq!(
        amount(linked(&report, plants, "capacity")),
        ("12.4万吨/天", dec("124000"), "吨/日")
    );
    assert_eq!(
        amount(linked(&report, plants, "total_capacity")),
        ("20.1万吨/日", dec("201000"), "吨/日")
    );
    assert_eq!(plants.members, ["富山三厂"]);
}

#[test]
fn seed_projects_by_status_word() {
    let report = seed();
    let emergency = project(&report, "“一库二闸三站五点”+“两服务”环境应急立体防控体系");
    assert_eq!(
        (emergency.status, emergency.line),
        (ProjectStatus::UnderConstruction, 39)
    );
    let sluice = project(&report, "石角咀水闸重建工程");
    assert_eq!((sluice.status, sluice.line), (ProjectStatus::Studied, 31));
    let sited = project(&report, "越亚IC封装载板、爱旭、高景等一批重点项目");
    assert_eq!((sited.status, sited.line), (ProjectStatus::Sited, 43));
    assert_eq!(sited.members, ["越亚IC封装载板", "爱旭", "高景"]);
    // A policy framework is no project.
    assert!(
        !report
            .projects
            .iter()
            .any(|p| p.name.contains("规划政策体系"))
    );
    let hengqin = project(&report, "珠海横琴纳入第一批碳中和试点示范项目");
    assert_eq!((hengqin.status, hengqin.line), (ProjectStatus::Planned, 47));
    let bay = project(&report, "“情侣路特色滨海美丽湾区”");
    assert_eq!((bay.status, bay.line), (ProjectStatus::Completed, 31));
    let beautiful = project(&report, "“美丽中国”珠海实践项目");
    assert_eq!(
        (beautiful.status, beautiful.line),
        (ProjectStatus::Planned, 95)
    );
    assert_eq!(
        amount(linked(&report, beautiful, "investment_planned")),
        ("500亿", dec("50000000000"), "元")
    );
    // Named once, though the plan section names it four times.
    let count = report
        .projects
        .iter()
        .filter(|p| p.name == "“美丽中国”珠海实践项目")
        .count();
    assert_eq!(count, 1);
}

#[test]
fn seed_projects_leave_out_generic_and_problem_phrases() {
    let report = seed();
    for project in &report.projects {
        for wrong in [
            "重大项目",
            "“两高”项目",
            "项目库",
            "198个重点项目",
            "基础设施建设欠账",
        ] {
            assert_ne!(project.name, wrong);
        }
        // The problems section (三、存在问题, lines 65-77) holds no projects.
        assert!(!(65..=77).contains(&project.line), "{}", project.name);
    }
}

fn target<'a>(report: &'a Report, kind: TargetKind, text: &str) -> &'a Target {
    report
        .targets
        .iter()
        .find(|t| t.kind == kind && t.text.contains(text))
        .unwrap_or_else(|| panic!("no {kind:?} target with {text}"))
}

/// (target text, actual text, status, line) of a target.
fn outcome(t: &Target) -> (Option<&str>, Option<&str>, TargetStatus, usize) {
    (
        t.target.as_ref().map(|q| q.text.as_str()),
        t.actual.as_ref().map(|q| q.text.as_str()),
        t.status,
        t.line,
    )
}

#[test]
fn seed_achieved_targets_of_2021() {
    use TargetStatus::Met;
    let report = seed();
    let achieved = |text| target(&report, TargetKind::Achieved, text);
    let binding = achieved("2项约束性指标顺利完成");
    assert_eq!(outcome(binding), (Some("2项"), None, Met, 11));
    assert_eq!(binding.year, Some(2021));
    assert_eq!(
        outcome(achieved("35个自然村")),
        (Some("35个"), None, Met, 25)
    );
    assert_eq!(
        outcome(achieved("28项整改任务按时完成率100%")),
        (Some("28项"), Some("100%"), Met, 21)
    );
    let investment = achieved("计划投资6.82亿元");
    assert_eq!(
        outcome(investment),
        (Some("6.82亿元"), Some("7.48亿元"), Met, 39)
    );
    let actual = investment.actual.as_ref().expect("actual");
    assert_eq!(actual.base_value, dec("748000000"));
    let farmland = achieved("受污染耕地安全利用率达90%以上");
    assert_eq!(outcome(farmland).2, Met);
    assert_eq!(
        farmland.target.as_ref().map(|q| q.base_value),
        Some(dec("90"))
    );
    assert_eq!(
        farmland.indicator.as_deref(),
        Some("soil.contaminated_farmland_safe_use_rate")
    );
}

#[test]
fn seed_plans_for_2022_are_the_six_items_of_section_four() {
    let report = seed();
    let items: Vec<(&str, &str, usize)> = report
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Plan && t.target.is_none())
        .map(|t| (t.section.as_deref().unwrap_or(""), t.text.as_str(), t.line))
        .collect();
    assert_eq!(
        items,
        vec![
            ("4.1", "协同推进经济高质量发展和生态环境高水平保护", 81),
            ("4.2", "持续深入打好污染防治攻坚战", 85),
            ("4.3", "做好中央生态环境保护督察“后半篇文章”", 89),
            ("4.4", "著力推进“美丽中国”珠海实践项目", 93),
            ("4.5", "推动生态环境治理体系和治理能力迈上新台阶", 97),
            ("4.6", "努力实现减污降碳协同治理", 101),
        ]
    );
    for plan in report.targets.iter().filter(|t| t.kind == TargetKind::Plan) {
        assert_eq!((plan.year, plan.status), (Some(2022), TargetStatus::Open));
    }
    let figure = target(&report, TargetKind::Plan, "计划五年投入500亿");
    assert_eq!(figure.section.as_deref(), Some("4.4"));
    assert_eq!(
        figure.target.as_ref().map(|q| q.base_value),
        Some(dec("50000000000"))
    );
}

#[test]
fn seed_forecast_of_the_fourteenth_plan_period() {
    let report = seed();
    let forecast = target(
        &report,
        TargetKind::Forecast,
        "预计地区生产总值超过6000亿元",
    );
    let quantity = forecast.target.as_ref().expect("forecast value");
    assert_eq!(
        (quantity.base_value, quantity.base_unit.as_str()),
        (dec("600000000000"), "元")
    );
    assert_eq!((forecast.status, forecast.line), (TargetStatus::Open, 69));
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

#[test]
fn jingjiang_targets_versus_actuals_are_met_or_missed() {
    use TargetStatus::{Met, Missed};
    let Some(report) = corpus_report("jingjiang-2023.txt") else {
        return;
    };
    let tabled: Vec<(&str, _)> = report
        .targets
        .iter()
        .filter(|t| t.kind == TargetKind::Achieved && t.actual.is_some())
        .map(|t| (t.text.as_str(), outcome(t)))
        .collect();
    let missed_pm = (Some("31微克/立方米"), Some("35.5微克/立方米"), Missed, 9);
    assert_eq!(
        tabled,
        vec![
            ("PM2.5浓度", missed_pm),
            ("空气优良率", (Some("80.7%"), Some("80.7%"), Met, 9)),
            ("省考以上断面优Ⅲ比例", (Some("100%"), Some("100%"), Met, 9)),
        ]
    );
    let ids: Vec<Option<&str>> = report
        .targets
        .iter()
        .filter(|t| t.actual.is_some())
        .map(|t| t.indicator.as_deref())
        .collect();
    assert_eq!(
        ids[..2],
        [
            Some("air.pm25_concentration"),
            Some("air.aqi_compliance_rate")
        ]
    );
    for t in &report.targets {
        assert_eq!(t.year, Some(2023), "{}", t.text);
    }
    let plan = target(&report, TargetKind::Plan, "把大气污染防治作为工作重点");
    assert_eq!((plan.section.as_deref(), plan.line), (Some("3"), 12));
}

#[test]
fn taichung_standards_are_met_or_missed() {
    use TargetStatus::{Met, Missed};
    let Some(report) = corpus_report("taichung-2023.txt") else {
        return;
    };
    let standards: Vec<(&str, _, Option<i32>)> = report
        .targets
        .iter()
        .map(|t| (t.text.as_str(), outcome(t), t.year))
        .collect();
    let actual = Some("每立方公尺12.8微克");
    assert_eq!(
        standards,
        vec![
            (
                "也符合国家空气品质标准15微克以下",
                (Some("15微克以下"), actual, Met, 7),
                Some(2022)
            ),
            (
                "已相当接近美国标准的12微克",
                (Some("12微克"), actual, Missed, 7),
                Some(2022)
            ),
        ]
    );
}
