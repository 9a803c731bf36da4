//! Diff on reports built in the test; every expected number was worked out by hand.

use super::*;
use crate::model::Direction;
use crate::model::testing::{change_only, dec, indicator, report, with_base, with_change};

fn old_2021() -> Report {
    report(
        "old.txt",
        2021,
        vec![
            indicator(
                "air.aqi_compliance_rate",
                "空气质量优良天数比例",
                "93.4",
                "%",
                3,
            ),
            indicator("enforcement.a1", "处罚环境违法案件", "77", "件", 5),
            with_base(
                indicator("waste.b2", "危险废物产生量", "25", "万吨", 7),
                "250000",
                "吨",
            ),
            indicator("water.c3", "国考断面水质优良比例", "100", "%", 8),
            indicator("general.d4", "环保宣传活动", "12", "场", 9),
        ],
    )
}

fn new_2022() -> Report {
    let mut report = report(
        "new.txt",
        2022,
        vec![
            with_change(
                indicator(
                    "air.aqi_compliance_rate",
                    "空气质量指数(AQI)达标率",
                    "95.1",
                    "%",
                    2,
                ),
                Direction::Up,
                "1.7",
                "pp",
            ),
            with_change(
                indicator("enforcement.x9", "处罚环境违法案件", "192", "件", 4),
                Direction::Up,
                "149.35",
                "%",
            ),
            with_change(
                with_base(
                    indicator("waste.b2", "危险废物产生量", "27.33", "万吨", 6),
                    "273300",
                    "吨",
                ),
                Direction::Up,
                "5.2",
                "%",
            ),
            indicator("water.c3", "国考断面水质优良比例", "100", "%", 8),
            indicator("climate.e5", "碳排放强度下降", "3.1", "%", 10),
        ],
    );
    report.indicators[3].category = crate::model::Category::Water;
    report
}

#[test]
fn sections_split_changed_unchanged_and_one_sided() {
    let d = diff(&old_2021(), &new_2022(), DiffOptions::default());
    let ids = |entries: &[Entry]| entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    // the lexicon id matches across different names; other names match by name
    assert_eq!(
        ids(&d.changed),
        ["air.aqi_compliance_rate", "enforcement.x9", "waste.b2"]
    );
    assert_eq!(ids(&d.unchanged), ["water.c3"]);
    assert_eq!(ids(&d.only_old), ["general.d4"]);
    assert_eq!(ids(&d.only_new), ["climate.e5"]);
    let only_changed = diff(
        &old_2021(),
        &new_2022(),
        DiffOptions {
            only_changed: true,
            ..DiffOptions::default()
        },
    );
    assert!(only_changed.unchanged.is_empty());
    assert_eq!(only_changed.changed.len(), 3);
}

#[test]
fn differences_are_absolute_and_relative() {
    let d = diff(&old_2021(), &new_2022(), DiffOptions::default());
    let aqi = d.changed[0].difference.clone().unwrap();
    assert_eq!((aqi.absolute, aqi.unit.as_str()), (dec("1.7"), "pp"));
    assert_eq!(aqi.relative_percent, Some(dec("1.82")));
    let cases = d.changed[1].difference.clone().unwrap();
    assert_eq!((cases.absolute, cases.unit.as_str()), (dec("115"), "件"));
    assert_eq!(cases.relative_percent, Some(dec("149.35")));
    let waste = d.changed[2].difference.clone().unwrap();
    assert_eq!((waste.absolute, waste.unit.as_str()), (dec("2.33"), "万吨"));
    assert_eq!(waste.relative_percent, Some(dec("9.32")));
}

#[test]
fn stated_changes_are_checked_against_old_values() {
    let d = diff(&old_2021(), &new_2022(), DiffOptions::default());
    let aqi = &d.changed[0].consistency;
    assert_eq!(aqi.verdict, ConsistencyVerdict::Consistent);
    assert_eq!(
        (aqi.stated.as_deref(), aqi.computed.as_deref()),
        (Some("+1.7pp"), Some("+1.7pp"))
    );
    let cases = &d.changed[1].consistency;
    assert_eq!(cases.verdict, ConsistencyVerdict::Consistent);
    assert_eq!(cases.computed.as_deref(), Some("+149.35%"));
    let waste = &d.changed[2].consistency;
    assert_eq!(waste.verdict, ConsistencyVerdict::Inconsistent);
    assert_eq!(
        (waste.stated.as_deref(), waste.computed.as_deref()),
        (Some("+5.2%"), Some("+9.3%"))
    );
    assert_eq!(
        d.unchanged[0].consistency.verdict,
        ConsistencyVerdict::NoStatedChange
    );
    assert_eq!(
        d.only_new[0].consistency.verdict,
        ConsistencyVerdict::NotApplicable
    );
}

#[test]
fn rounding_of_printed_values_is_tolerated() {
    // 95.1 - 93.4 = 1.7 but the true values may be 95.14 and 93.36: +1.8pp can be right
    let mut new = new_2022();
    if let Some(change) = new.indicators[0].change.as_mut() {
        change.value = dec("1.8");
    }
    let d = diff(&old_2021(), &new, DiffOptions::default());
    assert_eq!(
        d.changed[0].consistency.verdict,
        ConsistencyVerdict::Consistent
    );
    if let Some(change) = new.indicators[0].change.as_mut() {
        change.value = dec("1.9");
    }
    let d = diff(&old_2021(), &new, DiffOptions::default());
    assert_eq!(
        d.changed[0].consistency.verdict,
        ConsistencyVerdict::Inconsistent
    );
}

#[test]
fn units_convert_through_base_units() {
    let old = report(
        "old.txt",
        2021,
        vec![with_base(
            indicator("enforcement.f", "罚没金额", "0.12", "亿元", 1),
            "12000000",
            "元",
        )],
    );
    let new = report(
        "new.txt",
        2022,
        vec![with_change(
            with_base(
                indicator("enforcement.f", "罚没金额", "3324.37", "万元", 1),
                "33243700",
                "元",
            ),
            Direction::Up,
            "177.03",
            "%",
        )],
    );
    let d = diff(&old, &new, DiffOptions::default());
    let entry = &d.changed[0];
    let difference = entry.difference.clone().unwrap();
    assert_eq!(
        (difference.absolute, difference.unit.as_str()),
        (dec("21243700"), "元")
    );
    // 0.12亿 may be anything in [0.115, 0.125]亿: +177.03% is within reach
    assert_eq!(entry.consistency.verdict, ConsistencyVerdict::Consistent);
}

#[test]
fn category_filter_and_years_that_do_not_follow() {
    let d = diff(
        &old_2021(),
        &new_2022(),
        DiffOptions {
            category: Some(crate::model::Category::Water),
            ..DiffOptions::default()
        },
    );
    assert_eq!(d.unchanged.len(), 1);
    assert!(d.changed.is_empty() && d.only_old.is_empty() && d.only_new.is_empty());
    let mut two_years_apart = old_2021();
    two_years_apart.document.year = Some(2020);
    let d = diff(&two_years_apart, &new_2022(), DiffOptions::default());
    let aqi = &d.changed[0].consistency;
    assert_eq!(aqi.verdict, ConsistencyVerdict::NotApplicable);
    assert_eq!(
        aqi.note.as_deref(),
        Some("OLD is about 2020, not the year before 2022")
    );
}

#[test]
fn a_report_against_its_own_json_export_has_no_changes() {
    let report = new_2022();
    let json = serde_json::to_vec(&report).unwrap();
    assert!(export::is_export(&json));
    let back = export::read_export(&json).unwrap();
    let d = diff(&report, &back[0], DiffOptions::default());
    assert!(d.changed.is_empty() && d.only_old.is_empty() && d.only_new.is_empty());
    assert_eq!(d.unchanged.len(), 5);
}

#[test]
fn exports_are_told_apart_from_report_texts() {
    assert!(export::is_export(b"\xEF\xBB\xBF  [ {}]"));
    assert!(!export::is_export("珠海市生态环境局".as_bytes()));
    let err = export::read_export(b"{\"schema_version\": 1}").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("not a valid `report export --format json` file: missing field"),
        "{err}"
    );
    assert!(matches!(
        export::read_export(b"[]"),
        Err(export::ExportError::Empty)
    ));
}

#[test]
fn a_change_with_no_level_is_no_value_to_compare() {
    // OLD states only how the index changed (`综合指数同比改善7.9%`), NEW the index.
    let id = "air.composite_index";
    let old = report(
        "old.txt",
        2021,
        vec![change_only(
            id,
            "综合指数同比改善",
            "7.9",
            "%",
            3,
            Direction::Down,
        )],
    );
    let new = report(
        "new.txt",
        2022,
        vec![indicator(id, "空气质量综合指数", "2.98", "", 4)],
    );
    let d = diff(&old, &new, DiffOptions::default());
    assert!(d.changed.is_empty() && d.unchanged.is_empty() && d.only_old.is_empty());
    let only_new: Vec<(&str, Option<Decimal>)> = d
        .only_new
        .iter()
        .map(|e| (e.id.as_str(), e.new.as_ref().map(|q| q.value)))
        .collect();
    assert_eq!(only_new, [(id, Some(dec("2.98")))]);
}
