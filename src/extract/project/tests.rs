//! Projects of hand-made normalized text with hand-made mentions, in the seed's style.

use super::*;
use crate::extract::testing::{mention, mention_from};
use crate::input::normalize;
use crate::text::segment;

const REPORT: &str = "二、2021年主要工作成效及做法
(三)省、市民生实事任务如期完成。
二是如期完成市下达民生实事工作任务。市医疗废物处置中心项目于12月20日点火运行,新增医疗废物处置能力16吨/日。对全市在运营的农村生活污水处理设施开展全覆盖监管。13家重点企业完成过控应用试点建设。
(五)生态环境领域短板弱项加快补齐
统筹推进生态环境治理领域10个项目建设,完成年度投资11.59亿。加快补齐危险废物处置短板。市绿色工业服务中心、市医疗废物处置中心等6个项目年度计划投资6.82亿元、完成7.48亿元,完成比例达109.6%。在建富山三厂等工业污水处理厂4座,预计建成后新增处理规模12.4万吨/天,全市可达20.1万吨/日。补齐环境应急设施短板。
专题研究石角咀水闸重建工程对国考断面水质影响。申报“情侣路特色滨海美丽湾区”入围全国18个美丽海湾案例。促成越亚IC封装载板、爱旭、高景等一批重点项目选址珠海。对纳入台账的198个重点项目主动提供环评指导。坚决遏制“两高”项目盲目发展,建立在建拟建“两高”项目管理台账。
三、存在问题
污水管网、垃圾处理等基础设施建设欠账较多。
四、2022年重点工作计划
(四)著力推进“美丽中国”珠海实践项目
积极谋划“美丽中国”珠海实践项目。我市成立“美丽中国”珠海实践项目工作专班,计划五年投入500亿建设完善环保基础设施。持续推进“三线一单”在产业布局以及重大项目选址中的落地应用。
";

fn report_projects() -> Vec<Project> {
    let normalized = normalize(REPORT);
    let mentions = vec![
        mention(&normalized, "16吨/日", "waste.capacity", "吨/日"),
        mention(&normalized, "10个", "investment.projects", "个"),
        mention(&normalized, "11.59亿", "investment.annual", "元"),
        mention(&normalized, "6个", "investment.projects", "个"),
        mention(&normalized, "6.82亿元", "investment.planned", "元"),
        mention(&normalized, "7.48亿元", "investment.completed", "元"),
        mention(&normalized, "109.6%", "investment.ratio", "%"),
        mention_from(&normalized, "4座", "处理厂4座", "water.plants", "座"),
        mention(&normalized, "12.4万吨/天", "water.new_capacity", "吨/日"),
        mention(&normalized, "20.1万吨/日", "water.capacity", "吨/日"),
        mention(&normalized, "18个", "water.bay_cases", "个"),
        mention(&normalized, "198个", "general.key_projects", "个"),
        mention(&normalized, "500亿", "investment.plan", "元"),
    ];
    projects_of(&normalized, &mentions)
}

/// The projects of normalized text with `mentions`, read as extraction reads them.
fn projects_of(normalized: &Normalized, mentions: &[Mention]) -> Vec<Project> {
    projects(&Reading::new(normalized, &segment(normalized)), mentions)
}

fn find<'a>(projects: &'a [Project], name: &str) -> &'a Project {
    projects
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no project {name}: {projects:#?}"))
}

fn roles(project: &Project) -> Vec<(&str, &str, usize)> {
    project
        .quantities
        .iter()
        .map(|q| (q.role.as_str(), q.indicator.as_str(), q.line))
        .collect()
}

#[test]
fn facility_with_date_and_capacity() {
    let projects = report_projects();
    let centre = find(&projects, "市医疗废物处置中心项目");
    assert_eq!(centre.status, ProjectStatus::Operating);
    assert_eq!(centre.dates, vec!["12月20日"]);
    assert_eq!(roles(centre), vec![("capacity", "waste.capacity", 3)]);
    assert_eq!((centre.line, centre.column), (3, 19));
    let rural = find(&projects, "农村生活污水处理设施");
    assert_eq!(rural.status, ProjectStatus::Operating);
    let pilot = find(&projects, "过控应用试点");
    assert_eq!(pilot.status, ProjectStatus::Completed);
}

#[test]
fn groups_with_counts_and_investment() {
    let projects = report_projects();
    let ten = find(&projects, "生态环境治理领域10个项目");
    assert_eq!(ten.status, ProjectStatus::UnderConstruction);
    assert_eq!(
        roles(ten),
        vec![
            ("count", "investment.projects", 5),
            ("investment_completed", "investment.annual", 5)
        ]
    );
    let six = find(&projects, "市绿色工业服务中心、市医疗废物处置中心等6个项目");
    assert_eq!(six.status, ProjectStatus::UnderConstruction);
    assert_eq!(
        roles(six),
        vec![
            ("count", "investment.projects", 5),
            ("investment_planned", "investment.planned", 5),
            ("investment_completed", "investment.completed", 5),
            ("completion_ratio", "investment.ratio", 5),
        ]
    );
    // The group and its members are one project, counted once.
    assert_eq!(six.members, ["市绿色工业服务中心", "市医疗废物处置中心"]);
    assert!(!projects.iter().any(|p| p.name == "市绿色工业服务中心"));
    assert!(!projects.iter().any(|p| p.name == "市医疗废物处置中心"));
    let plants = find(&projects, "富山三厂等工业污水处理厂");
    assert_eq!(plants.status, ProjectStatus::UnderConstruction);
    assert_eq!(
        roles(plants),
        vec![
            ("count", "water.plants", 5),
            ("capacity", "water.new_capacity", 5),
            ("total_capacity", "water.capacity", 5),
        ]
    );
    assert_eq!(plants.members, ["富山三厂"]);
    assert!(!projects.iter().any(|p| p.name == "富山三厂"));
}

#[test]
fn studied_selected_and_sited() {
    let projects = report_projects();
    assert_eq!(
        find(&projects, "石角咀水闸重建工程").status,
        ProjectStatus::Studied
    );
    let bay = find(&projects, "“情侣路特色滨海美丽湾区”");
    assert_eq!(bay.status, ProjectStatus::Completed);
    assert!(bay.quantities.is_empty());
    let sited = find(&projects, "越亚IC封装载板、爱旭、高景等一批重点项目");
    assert_eq!(sited.status, ProjectStatus::Sited);
    assert_eq!(sited.members, ["越亚IC封装载板", "爱旭", "高景"]);
}

#[test]
fn plan_part_projects_are_planned_and_merged() {
    let projects = report_projects();
    let beautiful: Vec<&Project> = projects
        .iter()
        .filter(|p| p.name == "“美丽中国”珠海实践项目")
        .collect();
    assert_eq!(beautiful.len(), 1);
    assert_eq!(beautiful[0].status, ProjectStatus::Planned);
    assert_eq!(
        roles(beautiful[0]),
        vec![("investment_planned", "investment.plan", 11)]
    );
}

#[test]
fn generic_modifier_and_problem_phrases_are_not_projects() {
    let projects = report_projects();
    let names: Vec<&str> = projects.iter().map(|p| p.name.as_str()).collect();
    for wrong in [
        "198个重点项目",
        "重大项目",
        "“两高”项目",
        "环境应急设施",
        "基础设施",
        "全国18个美丽海湾案例",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(wrong)),
            "{wrong} in {names:?}"
        );
    }
    assert_eq!(
        names,
        vec![
            "市医疗废物处置中心项目",
            "农村生活污水处理设施",
            "过控应用试点",
            "生态环境治理领域10个项目",
            "市绿色工业服务中心、市医疗废物处置中心等6个项目",
            "富山三厂等工业污水处理厂",
            "石角咀水闸重建工程",
            "“情侣路特色滨海美丽湾区”",
            "越亚IC封装载板、爱旭、高景等一批重点项目",
            "“美丽中国”珠海实践项目",
        ]
    );
}

#[test]
fn a_counted_group_of_generic_projects_with_investment() {
    let text = "一、2021年工作成效\n全年完成重点项目12个,完成投资50.2亿元。对纳入台账的198个重点项目主动提供环评指导。\n";
    let normalized = normalize(text);
    let mentions = vec![
        mention(&normalized, "12个", "investment.key_projects", "个"),
        mention(&normalized, "50.2亿元", "investment.completed", "元"),
        mention(&normalized, "198个", "general.key_projects", "个"),
    ];
    let projects = projects_of(&normalized, &mentions);
    assert_eq!(projects.len(), 1, "{projects:#?}");
    let group = &projects[0];
    assert_eq!(
        (group.name.as_str(), group.status),
        ("重点项目", ProjectStatus::Completed)
    );
    assert_eq!(
        roles(group),
        vec![
            ("count", "investment.key_projects", 2),
            ("investment_completed", "investment.completed", 2)
        ]
    );
}

#[test]
fn a_phase_is_not_a_count() {
    let text = "一、2022年工作成效\n城东污水处理厂三期工程建成投运,新增处理能力5万吨/日。\n";
    let normalized = normalize(text);
    let capacity = mention(&normalized, "5万吨/日", "water.new_capacity", "吨/日");
    // `三期` as the quantity layer reads it: 3, counter word 期.
    let mut phase = capacity.clone();
    let at = text.find("三期").expect("phase");
    phase.span = at..at + "三期".len();
    phase.indicator.id = "water.phase".into();
    phase.indicator.quantity.text = "三期".into();
    (
        phase.indicator.quantity.unit,
        phase.indicator.quantity.base_unit,
    ) = ("期".into(), "期".into());
    let mentions = vec![phase, capacity];
    let projects = projects_of(&normalized, &mentions);
    let plant = find(&projects, "城东污水处理厂三期工程");
    assert_eq!(plant.status, ProjectStatus::Operating);
    assert_eq!(roles(plant), vec![("capacity", "water.new_capacity", 2)]);
}
