use super::*;
use crate::{Options, analyze};

fn report(path: &str, bytes: &[u8]) -> Report {
    let options = Options {
        path: path.into(),
        encoding: None,
    };
    analyze(bytes, &options).unwrap()
}

fn yunchuan() -> Vec<Report> {
    // given newer first: columns come out in year order all the same
    vec![
        report(
            "fixtures/diff/yunchuan-2022.txt",
            include_bytes!("../../fixtures/diff/yunchuan-2022.txt"),
        ),
        report(
            "fixtures/diff/yunchuan-2021.txt",
            include_bytes!("../../fixtures/diff/yunchuan-2021.txt"),
        ),
    ]
}

fn row<'a>(comparison: &'a Comparison, id: &str) -> &'a Row {
    comparison
        .rows
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

fn labels(comparison: &Comparison) -> Vec<&str> {
    comparison
        .columns
        .iter()
        .map(|c| c.label.as_str())
        .collect()
}

fn value(row: &Row, at: usize) -> Option<String> {
    row.cells[at].as_ref().map(|c| c.value.to_string())
}

#[test]
fn one_region_over_two_years() {
    let comparison = compare(&yunchuan(), |_| true);
    assert_eq!(labels(&comparison), ["云川市 2021", "云川市 2022"]);
    let aqi = row(&comparison, "air.aqi_compliance_rate");
    assert_eq!(
        (value(aqi, 0), value(aqi, 1)),
        (Some("93.4".into()), Some("95.1".into()))
    );
    // 同比提升1.7个百分点: 95.1 - 93.4
    let checked = aqi.cells[1].as_ref().unwrap().consistency.as_ref().unwrap();
    assert_eq!(checked.verdict, ConsistencyVerdict::Consistent);
    assert_eq!(checked.stated.as_deref(), Some("+1.7pp"));
    assert_eq!(aqi.trends[0].sparkline, "▁█");
    assert_eq!(aqi.trends[0].years, [2021, 2022]);
    // 同比下降8.3%: (22 - 24) / 24 = -8.33%
    let pm25 = row(&comparison, "air.pm25_concentration");
    assert_eq!(
        (value(pm25, 0), value(pm25, 1)),
        (Some("24".into()), Some("22".into()))
    );
    assert!(!pm25.cells[1].as_ref().unwrap().is_inconsistent());
    assert_eq!(pm25.base_unit, "微克/立方米");
}

#[test]
fn different_regions_are_never_one_place() {
    let reports = vec![
        report("zhuhai-2021.txt", crate::EMBEDDED_REPORT),
        report(
            "yunchuan-2022.txt",
            include_bytes!("../../fixtures/diff/yunchuan-2022.txt"),
        ),
    ];
    let comparison = compare(&reports, |_| true);
    assert_eq!(labels(&comparison), ["云川市 2022", "珠海市 2021"]);
    let aqi = row(&comparison, "air.aqi_compliance_rate");
    assert_eq!(
        (value(aqi, 0), value(aqi, 1)),
        (Some("95.1".into()), Some("95.1".into()))
    );
    assert!(aqi.cells.iter().flatten().all(|c| c.consistency.is_none()));
    assert!(aqi.trends.is_empty());
}

#[test]
fn a_text_saved_twice_is_one_column() {
    let mut reports = yunchuan();
    reports.push(report(
        "copy/yunchuan-2021.gb18030.txt",
        include_bytes!("../../fixtures/diff/yunchuan-2021.txt"),
    ));
    let comparison = compare(&reports, |i| i.category == Category::Air);
    assert_eq!(comparison.columns.len(), 2);
    assert_eq!(comparison.duplicates, ["copy/yunchuan-2021.gb18030.txt"]);
    assert!(comparison.rows.iter().all(|r| r.category == Category::Air));
}

#[test]
fn a_change_with_no_level_is_no_cell() {
    use crate::model::Direction;
    use crate::model::testing::{change_only, indicator, report as built};
    // Linyi states only how its index changed (`综合指数同比改善7.9%`), Xiamen the index.
    let id = "air.composite_index";
    let change = change_only(id, "综合指数同比改善", "7.9", "%", 3, Direction::Down);
    let reports = vec![
        built("linyi-2018.txt", 2018, vec![change]),
        built(
            "xiamen-2019.txt",
            2019,
            vec![indicator(id, "空气质量综合指数", "2.98", "", 4)],
        ),
    ];
    let comparison = compare(&reports, |_| true);
    assert_eq!(labels(&comparison), ["linyi 2018", "xiamen 2019"]);
    assert_eq!(comparison.rows.len(), 1);
    let index = row(&comparison, id);
    assert_eq!(
        (value(index, 0), value(index, 1)),
        (None, Some("2.98".into()))
    );
}
