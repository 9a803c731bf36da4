//! Changes: which quantity a change belongs to, with value, unit, direction and kind.
//! The sentences are written for these tests; each expectation was read off the
//! sentence with the conventions of the practice corpus README.

use report::model::{Direction, Indicator, Report};
use report::{Options, analyze};
use rust_decimal::Decimal;

fn analyze_text(text: &str) -> Report {
    analyze(text.as_bytes(), &Options::default()).expect("analyzes")
}

fn find<'a>(r: &'a Report, text: &str) -> &'a Indicator {
    r.indicators
        .iter()
        .find(|i| i.quantity.text == text && i.change.as_ref().is_none_or(|c| c.text != text))
        .unwrap_or_else(|| {
            panic!(
                "no `{text}` in {:?}",
                r.indicators
                    .iter()
                    .map(|i| &i.quantity.text)
                    .collect::<Vec<_>>()
            )
        })
}

/// (value, unit, direction, kind) of the change of the quantity written `text`.
fn change(r: &Report, text: &str) -> (Decimal, String, Direction, String) {
    let c = find(r, text)
        .change
        .as_ref()
        .unwrap_or_else(|| panic!("`{text}` has no change"));
    (c.value, c.unit.clone(), c.direction, c.kind.clone())
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn comparison_with_a_year_in_chinese_numerals() {
    let r = analyze_text(
        "某地二零零八年环境统计\n全年收集生活垃圾18.2万公吨,比二零零七年增加4.6%;投诉1,204宗,较二零零七年减少3.1%。",
    );
    assert_eq!(
        change(&r, "18.2万公吨"),
        (d("4.6"), "%".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(
        change(&r, "1,204宗"),
        (d("3.1"), "%".into(), Direction::Down, "yoy".into())
    );
    let r = analyze_text("某地二零一零年环境统计\n污水处理量为9.8万立方米,比二零零五年上升21.0%。");
    assert_eq!(
        change(&r, "9.8万立方米"),
        (d("21.0"), "%".into(), Direction::Up, "vs_year".into())
    );
}

#[test]
fn year_on_year_words_of_other_regions() {
    let r = analyze_text("某地2012年环境统计\n全年焚化垃圾31.2万公吨,按年增加2.5%。");
    assert_eq!(
        change(&r, "31.2万公吨"),
        (d("2.5"), "%".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text("某地2012年环境统计\n另接获投诉88宗,大幅增加40.0%。");
    assert_eq!(
        change(&r, "88宗"),
        (d("40.0"), "%".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text("某市2020年环境质量公报\n臭氧浓度为150微克/立方米,同比反弹4.2%。");
    assert_eq!(
        change(&r, "150微克/立方米"),
        (d("4.2"), "%".into(), Direction::Up, "yoy".into())
    );
}

#[test]
fn more_and_less_than_last_year() {
    let r = analyze_text("某市2018年环境状况公报\n全年优良天数达到301天,比上年多出12天。");
    assert_eq!(
        change(&r, "301天"),
        (d("12"), "天".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text("某市2018年环境状况公报\n八月份优良天数23天,同比多了7天。");
    assert_eq!(
        change(&r, "23天"),
        (d("7"), "天".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text("某市2018年气候公报\n夏季平均降水量为410毫米,较上年同期偏少62.5毫米。");
    assert_eq!(
        change(&r, "410毫米"),
        (d("62.5"), "毫米".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn against_the_normal_and_against_last_year() {
    // The year-on-year change belongs to the quantity; the one against the climate
    // normal stands on its own as a change.
    let r = analyze_text(
        "某市2019年气候公报\n冬季全市平均降水量为61毫米,比常年同期偏多20.4毫米,比上年同期偏多8.2毫米。",
    );
    assert_eq!(
        change(&r, "61毫米"),
        (d("8.2"), "毫米".into(), Direction::Up, "yoy".into())
    );
    let normal = r
        .indicators
        .iter()
        .find(|i| i.quantity.text == "20.4毫米")
        .expect("the change against the normal is kept");
    let c = normal.change.as_ref().expect("a change");
    assert_eq!(
        (c.value, c.direction, c.kind.as_str()),
        (d("20.4"), Direction::Up, "vs_normal")
    );
    let r = analyze_text("某市2019年气候公报\n全年日照时数为1980.5小时,比常年同期偏少96.0小时。");
    assert_eq!(
        change(&r, "1980.5小时"),
        (
            d("96.0"),
            "小时".into(),
            Direction::Down,
            "vs_normal".into()
        )
    );
}

#[test]
fn flat_against_a_named_period() {
    let r = analyze_text(
        "某市2021年环境状况公报\n集中式饮用水水源地水质达标率为100%,与2020年同期持平。",
    );
    assert_eq!(
        change(&r, "100%"),
        (Decimal::ZERO, String::new(), Direction::Flat, "yoy".into())
    );
    let r = analyze_text("某市2021年环境状况公报\n近岸海域水质优良率为92.3%,与去年同期持平。");
    assert_eq!(change(&r, "92.3%").2, Direction::Flat);
    // 相若 (Hong Kong, Macau) and 相当 say the same; 相当于 compares with something else.
    let r = analyze_text(
        "某市2021年环境状况公报\n全年共收到投诉1200宗,与去年相若。化学需氧量排放量为1.2万吨,与上年基本相当。道路长度为15公里,与上年相当于两倍。",
    );
    assert_eq!(change(&r, "1200宗").2, Direction::Flat);
    assert_eq!(change(&r, "1.2万吨").2, Direction::Flat);
    assert!(find(&r, "15公里").change.is_none());
}

#[test]
fn a_count_of_the_changed_values_points_back_to_them() {
    let r = analyze_text(
        "某市2022年空气质量\n二氧化硫、二氧化氮、一氧化碳的年均浓度依次为6、21、0.8毫克/立方米;和上年相比,这三项指标分别下降了14.3%、8.7%和11.1%。",
    );
    assert_eq!(
        change(&r, "6"),
        (d("14.3"), "%".into(), Direction::Down, "yoy".into())
    );
    assert_eq!(
        change(&r, "21"),
        (d("8.7"), "%".into(), Direction::Down, "yoy".into())
    );
    assert_eq!(
        change(&r, "0.8毫克/立方米"),
        (d("11.1"), "%".into(), Direction::Down, "yoy".into())
    );
    // The count itself carries no change.
    assert!(find(&r, "三项").change.is_none());
    let r = analyze_text(
        "某县2021年水质\n甲断面、乙断面高锰酸盐指数分别为3.1毫克/升、4.2毫克/升,这两项指标同比分别上升5%和2%。",
    );
    assert_eq!(
        change(&r, "3.1毫克/升").0,
        d("5"),
        "the first value takes the first change"
    );
}

#[test]
fn warmer_and_cooler_than_a_year_or_the_normal() {
    let r = analyze_text(
        "某市2020年气候公报\n夏季全市平均气温26.1℃,较上年同期偏高0.4℃;冬季平均气温1.2℃,比上年偏低0.8℃。",
    );
    assert_eq!(
        change(&r, "26.1℃"),
        (d("0.4"), "℃".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(
        change(&r, "1.2℃"),
        (d("0.8"), "℃".into(), Direction::Down, "yoy".into())
    );
    let r = analyze_text("某市2020年气候公报\n全年平均气温17.3℃,比常年偏高0.9℃。");
    assert_eq!(change(&r, "17.3℃").3, "vs_normal");
}

#[test]
fn a_comparison_frame_marks_the_changes_after_it() {
    let r = analyze_text(
        "某市2017年12月空气质量\n十二月全市优良天数只有9天,PM10月均浓度为144微克/立方米。不过和上年同期比,优良天数增加了4天;PM10月均浓度下降两成半。",
    );
    assert_eq!(
        change(&r, "9天"),
        (d("4"), "天".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(
        change(&r, "144微克/立方米"),
        (d("25"), "%".into(), Direction::Down, "yoy".into())
    );
    // The year in the frame is what the change compares with, not the value's period.
    let r = analyze_text(
        "某市2017年环境状况公报\n全年出现重度污染天数4天。与2016年相比,严重污染天数减少2天。",
    );
    let row = r
        .indicators
        .iter()
        .find(|i| i.quantity.text == "2天")
        .expect("the change stands on its own");
    assert!(row.change_only);
    assert_eq!(row.id, "air.severe_pollution_days");
    assert_eq!(row.period, Some(2017));
    let c = row.change.as_ref().expect("a change");
    assert_eq!(
        (c.value, c.direction, c.kind.as_str()),
        (d("2"), Direction::Down, "yoy")
    );
}

#[test]
fn a_change_after_the_counted_thing_belongs_to_the_count() {
    let r = analyze_text(
        "某市2017年水环境\n全市94个地表水断面中,有41个达到或优于Ⅲ类标准,同比增加6个。",
    );
    assert_eq!(
        change(&r, "41个"),
        (d("6"), "个".into(), Direction::Up, "yoy".into())
    );
    // A subject stated later may differ from the name in its last character.
    let r = analyze_text(
        "某市2017年空气质量\n全年出现重度污染天气4天。与2016年相比,重度污染天数减少1天。",
    );
    assert_eq!(
        change(&r, "4天"),
        (d("1"), "天".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn an_index_keeps_its_change_in_points() {
    let r = analyze_text(
        "某市2020年1—4月空气质量\n全市空气质量综合指数为2.83,同比减小0.32,降幅为10.1%。",
    );
    let (value, unit, direction, _) = change(&r, "2.83");
    assert_eq!(
        (value, unit.as_str(), direction),
        (d("0.32"), "", Direction::Down)
    );
    // The rate stands on its own, as a change of the same index.
    let rate = r
        .indicators
        .iter()
        .find(|i| i.quantity.text == "10.1%")
        .expect("the rate is a row");
    assert_eq!(rate.name, "全市空气质量综合指数降幅");
    assert_eq!(rate.id, "air.composite_index");
    assert!(rate.change_only);
    // A measured quantity takes the rate (`改善6.9微克,改善率35%`).
    let r = analyze_text(
        "某市2022年空气质量\n全市PM2.5平均浓度为12.8微克/立方米,同比改善6.9微克,改善率35%。",
    );
    assert_eq!(change(&r, "12.8微克/立方米").0, d("35"));
}

#[test]
fn an_amount_changes_a_quantity_of_its_own_kind() {
    let r = analyze_text("某市2022年水环境\n达到或优于Ⅲ类水质的断面有13个,占86.7%,同比增加1个。");
    assert_eq!(
        change(&r, "13个"),
        (d("1"), "个".into(), Direction::Up, "yoy".into())
    );
    assert!(find(&r, "86.7%").change.is_none());
    // The next item of a list is no change of the item before.
    let r = analyze_text("某市2022年减排\n全年完成化学需氧量减排1.2万吨、氨氮减排0.15万吨。");
    assert!(find(&r, "0.15万吨").change.is_none());
}

/// The row written `text` that states a change with no level of its own.
fn change_only<'a>(r: &'a Report, text: &str) -> &'a Indicator {
    r.indicators
        .iter()
        .find(|i| i.quantity.text == text && i.change_only)
        .unwrap_or_else(|| panic!("no change-only `{text}`"))
}

#[test]
fn a_change_named_by_its_measure_carries_its_id() {
    // The place states no measure; it borrows 优良天数 from the clause before, and the
    // verb right before the number makes it a change of that known measure.
    let r = analyze_text(
        "某市2018年工作总结\n上半年,8个县区优良天数同比增加,7个减少:临沭县增加15天,沂南县增加13天。",
    );
    let linshu = change_only(&r, "15天");
    assert_eq!(linshu.id, "air.good_days@linshu");
    assert_eq!(linshu.place.as_deref(), Some("临沭县"));
    assert_eq!(
        change(&r, "15天"),
        (d("15"), "天".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(change_only(&r, "13天").id, "air.good_days@yinan");
    // the counts of districts stay counts
    assert!(!find(&r, "8个").change_only);
}

#[test]
fn a_topic_first_list_of_district_changes() {
    // `PM10方面,…`: the topic stands before the places, the verb before the list.
    let r = analyze_text(
        "某市2017年8月空气质量\nPM10方面,二十二个区(市)县里有十九个同比下降,双流区、崇州市降得最多,分别减少五十和四十四微克每立方米。",
    );
    let shuangliu = change_only(&r, "五十");
    assert_eq!(shuangliu.id, "air.pm10_concentration@shuangliu");
    let change = shuangliu.change.as_ref().expect("a change");
    assert_eq!(change.text, "分别减少五十和四十四微克每立方米");
    assert_eq!((change.value, change.direction), (d("50"), Direction::Down));
    assert_eq!(
        change_only(&r, "四十四微克每立方米").id,
        "air.pm10_concentration@chongzhou"
    );
    // PM10 is no count: the nineteen districts that fell are a count, not a change
    let nineteen = find(&r, "十九个");
    assert!(nineteen.change.is_none() && !nineteen.id.starts_with("air.pm10"));
}

#[test]
fn a_verb_of_another_clause_or_an_unknown_measure_makes_no_change() {
    let r = analyze_text("某市2021年工作总结\n今年增加2个监测站点。");
    let stations = find(&r, "2个");
    assert!(stations.change.is_none(), "{stations:?}");
    let r = analyze_text("某市2021年工作总结\n臭氧浓度上升,为160微克/立方米。");
    let ozone = find(&r, "160微克/立方米");
    assert!(ozone.change.is_none(), "{ozone:?}");
}

#[test]
fn a_goal_stated_as_a_change_stays_a_goal() {
    let r = analyze_text("某市2022年工作计划\n力争全市优良天数增加15天。");
    let goal = change_only(&r, "15天");
    assert_eq!(goal.id, "air.good_days");
    assert_eq!(goal.role, report::model::Role::Target);
    assert_eq!(
        change(&r, "15天"),
        (d("15"), "天".into(), Direction::Up, "yoy".into())
    );
}

#[test]
fn a_value_with_a_change_of_the_same_size_is_a_value() {
    // `发生突发环境事件1起,同比增加1起`: one incident this year, one more than last year.
    // The change is written with the value's own words, yet the 1起 stated first is a
    // level of its own, not a change without one.
    let r = analyze_text("某市2021年工作总结\n全年共发生突发环境事件1起,同比增加1起。");
    let incidents = find(&r, "1起");
    assert_eq!(incidents.id, "enforcement.emergencies");
    assert_eq!(incidents.quantity.value, d("1"));
    assert!(!incidents.change_only);
    assert_eq!(
        change(&r, "1起"),
        (d("1"), "起".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(r.values().count(), 1);
}

#[test]
fn distributed_changes_with_a_verb_each_go_in_order() {
    // `分别…下降a和上升b`: the second verb goes on the list of the first.
    let r = analyze_text(
        "某市2020年环境状况公报\n区域环境噪声昼间平均等效声级为55.3分贝,道路交通噪声昼间平均等效声级为66.7分贝,分别较上年下降0.5分贝和上升0.3分贝。",
    );
    assert_eq!(
        change(&r, "55.3分贝"),
        (d("0.5"), "分贝".into(), Direction::Down, "yoy".into())
    );
    assert_eq!(
        change(&r, "66.7分贝"),
        (d("0.3"), "分贝".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text(
        "某市2020年环境状况公报\n甲浓度为55微克/立方米,乙浓度为66微克/立方米,丙浓度为12微克/立方米,分别较上年下降5%、上升3%和下降1%。",
    );
    assert_eq!(change(&r, "55微克/立方米").2, Direction::Down);
    assert_eq!(change(&r, "66微克/立方米").0, d("3"));
    assert_eq!(change(&r, "12微克/立方米").0, d("1"));
}

#[test]
fn the_year_before_in_other_words_is_year_on_year() {
    // 较上年度 (Taiwan and mainland), 比上一年, 较前一年, 与上年度…持平
    for marker in ["较上年度", "较去年度", "比上一年", "较前一年", "较上一年度"]
    {
        let r = analyze_text(&format!(
            "某市2022年环境保护工作\n资源回收率达62.31%,{marker}提升1.05个百分点。"
        ));
        assert_eq!(
            change(&r, "62.31%"),
            (d("1.05"), "pp".into(), Direction::Up, "yoy".into()),
            "{marker}"
        );
    }
    let r = analyze_text("某市2022年环境保护工作\n水质达标率为90%,与上年度持平。");
    assert_eq!(change(&r, "90%").2, Direction::Flat);
}

#[test]
fn more_or_fewer_after_a_comparison_is_a_change() {
    let r = analyze_text("某市2022年生态环境状况公报\n优良天数为320天,比上年多5天。");
    assert_eq!(
        change(&r, "320天"),
        (d("5"), "天".into(), Direction::Up, "yoy".into())
    );
    let r = analyze_text("某市2022年生态环境状况公报\n重污染天数为3天,较上年少3天。");
    assert_eq!(change(&r, "3天").2, Direction::Down);
    // Alone, 多 states no change.
    let r = analyze_text("某市2022年生态环境状况公报\n全年新增监测站点多个,建成5个。");
    assert!(find(&r, "5个").change.is_none());
}

#[test]
fn a_change_spaced_off_its_verb_is_still_its_change() {
    // PDF text spaces numbers off the words around them.
    let r =
        analyze_text("某市2022年生态环境状况公报\nPM2.5平均浓度为30 微克/立方米,同比下降 6.5%。");
    assert_eq!(
        change(&r, "30 微克/立方米"),
        (d("6.5"), "%".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn changes_in_turn_go_to_the_values_in_order() {
    let r = analyze_text(
        "某市2022年生态环境状况公报\n二氧化硫、二氧化氮、可吸入颗粒物年均浓度分别为23、31、89微克/立方米,同比依次下降11.5%、3.1%和6.3%。",
    );
    assert_eq!(change(&r, "23").0, d("11.5"));
    assert_eq!(change(&r, "31").0, d("3.1"));
    assert_eq!(
        change(&r, "89微克/立方米"),
        (d("6.3"), "%".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn a_value_compared_with_after_zhi_is_the_earlier_value() {
    // `较上年度之16.8微克`: Taiwan writes 之 for 的.
    let r = analyze_text(
        "新北市111年施政成果\nPM2.5年平均浓度为15.2微克/立方米,较上年度之16.8微克/立方米下降9.5%。",
    );
    assert_eq!(change(&r, "15.2微克/立方米").0, d("9.5"));
    assert_eq!(find(&r, "16.8微克/立方米").role, report::model::Role::Prior);
}

#[test]
fn a_change_against_a_plan_end_or_a_base_year() {
    let r = analyze_text(
        "某市2022年生态环境状况公报\nPM2.5年均浓度为35微克/立方米,较“十三五”末下降9.4%。",
    );
    let c = find(&r, "35微克/立方米").change.clone().expect("a change");
    assert_eq!((c.kind.as_str(), c.base_period), ("vs_year", Some(2020)));
    assert_eq!(c.value, d("9.4"));
    let r = analyze_text("某市2022年生态环境状况公报\n化学需氧量排放量比“十二五”末下降12.5%。");
    assert_eq!(
        find(&r, "12.5%")
            .change
            .as_ref()
            .and_then(|c| c.base_period),
        Some(2015)
    );
    // Two comparisons with other years: the first stays, the second stands on its own.
    let r = analyze_text(
        "某市2022年生态环境状况公报\nPM2.5年均浓度为35微克/立方米,较“十三五”末下降9.4%,较基准年下降28.6%。",
    );
    assert_eq!(change(&r, "35微克/立方米").0, d("9.4"));
    let base = r
        .indicators
        .iter()
        .find(|i| i.change_only && i.quantity.text == "28.6%")
        .expect("the second change stands on its own");
    assert_eq!(
        base.change.as_ref().map(|c| c.kind.as_str()),
        Some("vs_base")
    );
    assert_eq!(base.name, "PM2.5年均浓度较基准年下降");
}

#[test]
fn a_change_after_an_earlier_value_in_brackets_is_the_value_before_them() {
    let r = analyze_text(
        "某市2022年生态环境状况公报\nPM2.5平均浓度为22微克/立方米(2020年为25微克/立方米),降幅达12%。",
    );
    assert_eq!(change(&r, "22微克/立方米").0, d("12"));
    assert!(find(&r, "25微克/立方米").change.is_none());
    assert_eq!(find(&r, "25微克/立方米").name, "PM2.5平均浓度");
}

#[test]
fn a_fall_written_die_fu_is_a_fall() {
    // Hong Kong and Macau write 跌幅 for 降幅.
    let r = analyze_text("澳门环境状况报告2022\n全年共接获噪音投诉1823宗,跌幅13.6%。");
    assert_eq!(
        change(&r, "1823宗"),
        (d("13.6"), "%".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn a_lone_yi_after_a_compared_change_is_its_size() {
    let r = analyze_text("某市2022年生态环境状况公报\n重污染天数为两天,较上年减少一天。");
    assert_eq!(
        change(&r, "两天"),
        (d("1"), "天".into(), Direction::Down, "yoy".into())
    );
    // Without a comparison a lone 一 stays an article.
    let r = analyze_text("某市2022年生态环境状况公报\n全市环境质量提升一个台阶,优良天数300天。");
    assert_eq!(r.indicators.len(), 1, "{:?}", r.indicators);
}

#[test]
fn a_change_against_the_month_or_quarter_before_is_no_year_on_year_change() {
    // 环比 with 同比: the quantity keeps the year-on-year change, in either order; the
    // other stands alone, compared with the period before.
    let r = analyze_text(
        "江川市2023年10月环境空气质量月报\n10月,全市综合指数为3.74,同比改善8.1%,环比上升6.9%;PM2.5平均浓度为26微克/立方米,环比上升23.8%,同比下降10.3%。",
    );
    assert_eq!(
        change(&r, "3.74"),
        (d("8.1"), "%".into(), Direction::Down, "yoy".into())
    );
    assert_eq!(
        change(&r, "26微克/立方米"),
        (d("10.3"), "%".into(), Direction::Down, "yoy".into())
    );
    let alone = r
        .indicators
        .iter()
        .find(|i| i.change_only && i.quantity.text == "23.8%")
        .expect("the 环比 change stands alone");
    assert_eq!(alone.name, "PM2.5平均浓度环比上升");
    assert_eq!(alone.change.as_ref().unwrap().kind, "vs_previous");
    // Alone, it is the quantity's change, of its own kind.
    let r = analyze_text("某市2023年11月空气质量月报\n投诉件数为120件,较上月减少15件。");
    assert_eq!(
        change(&r, "120件"),
        (d("15"), "件".into(), Direction::Down, "vs_previous".into())
    );
}

#[test]
fn a_stock_against_the_end_of_last_year_and_a_change_over_years() {
    // 比上年末: year-on-year, for what is counted at a year's end.
    let r = analyze_text(
        "某市2022年生态环境状况公报\n全市新能源汽车保有量15.8万辆,比上年末增加6.2万辆。",
    );
    assert_eq!(
        change(&r, "15.8万辆"),
        (d("6.2"), "万辆".into(), Direction::Up, "yoy".into())
    );
    // 累计 between the comparison and the verb.
    let r = analyze_text(
        "某市2022年生态环境状况公报\nPM2.5年均浓度为30微克/立方米,较2015年累计下降30%。",
    );
    assert_eq!(
        change(&r, "30微克/立方米"),
        (d("30"), "%".into(), Direction::Down, "vs_year".into())
    );
    // Compared with a year's value written inside the comparison: that year, standing
    // alone next to the year-on-year change.
    let r = analyze_text(
        "某市2021年生态环境状况公报\n细颗粒物平均浓度为28微克/立方米,同比下降6.7%,与2013年的70微克/立方米相比累计降幅达60%。",
    );
    assert_eq!(change(&r, "28微克/立方米").3, "yoy");
    let alone: Vec<_> = r.indicators.iter().filter(|i| i.change_only).collect();
    assert_eq!(alone.len(), 1, "{alone:?}");
    assert_eq!(alone[0].name, "细颗粒物平均浓度降幅");
    let c = alone[0].change.as_ref().unwrap();
    assert_eq!((c.kind.as_str(), c.base_period), ("vs_year", Some(2013)));
}

#[test]
fn a_change_stated_before_its_value_and_a_change_after_a_ranking() {
    // The change first, then its value with only a linking word: one row, named by the
    // change's subject.
    let r =
        analyze_text("某市2022年生态环境状况公报\n城镇污水处理能力同比提高12.5%,达到98万吨/日。");
    assert_eq!(
        change(&r, "98万吨/日"),
        (d("12.5"), "%".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(find(&r, "98万吨/日").name, "城镇污水处理能力");
    assert!(r.indicators.iter().all(|i| !i.change_only));
    // A ranking of the value between it and its change.
    let r = analyze_text(
        "某县2022年生态环境状况公报\n综合指数为4.12,在全市8个县(市、区)中排名第3,同比改善5.1%。",
    );
    assert_eq!(
        change(&r, "4.12"),
        (d("5.1"), "%".into(), Direction::Down, "yoy".into())
    );
    assert!(find(&r, "8个").change.is_none());
}

#[test]
fn a_comparison_with_last_year_and_with_an_roc_year() {
    // 较去年的29微克: last year's value, of the year before the report's.
    let r = analyze_text(
        "某市2022年生态环境状况公报\nPM2.5浓度为30微克/立方米,较去年的29微克/立方米上升3.4%。",
    );
    let prior = find(&r, "29微克/立方米");
    assert_eq!(
        (prior.role, prior.period),
        (report::model::Role::Prior, Some(2021))
    );
    assert_eq!(change(&r, "30微克/立方米").0, d("3.4"));
    // 較民國110年 (Taiwan) is year-on-year from 111.
    let r = analyze_text("臺中市111年環保年報\n資源回收率為55%,較民國110年減少3.2%。");
    assert_eq!(
        change(&r, "55%"),
        (d("3.2"), "%".into(), Direction::Down, "yoy".into())
    );
}

#[test]
fn comparatives_after_a_comparison_and_a_basis_clause() {
    // 新增, 高 right after a comparison state a change.
    let r = analyze_text(
        "某市2022年生态环境状况公报\n国家重点保护野生动物22种,比2021年新增3种。优良天数比例为85.2%,比上年高2.1个百分点。",
    );
    assert_eq!(
        change(&r, "22种"),
        (d("3"), "种".into(), Direction::Up, "yoy".into())
    );
    assert_eq!(
        change(&r, "85.2%"),
        (d("2.1"), "pp".into(), Direction::Up, "yoy".into())
    );
    // A clause that says how the change was computed stands between value and change.
    let r = analyze_text(
        "某县2023年统计公报\n全县地区生产总值2856.3亿元,按可比价格计算,比上年增长4.2%。",
    );
    assert_eq!(change(&r, "2856.3亿元").0, d("4.2"));
    // 改善 of a share of bad water or of acid rain is a fall.
    let r = analyze_text("某市2022年生态环境状况公报\n全市酸雨频率为12.5%,较上年改善3.1个百分点。");
    assert_eq!(change(&r, "12.5%").2, Direction::Down);
}

#[test]
fn a_change_against_a_years_value_written_in_the_comparison() {
    let r = analyze_text(
        "某市2023年生态环境状况公报\nPM2.5平均浓度为28微克/立方米,比2015年的46微克/立方米下降39%。",
    );
    let c = find(&r, "28微克/立方米").change.clone().expect("a change");
    assert_eq!(
        (c.kind.as_str(), c.base_period, c.value, c.direction),
        ("vs_year", Some(2015), d("39"), Direction::Down)
    );
    let prior = find(&r, "46微克/立方米");
    assert_eq!(
        (prior.role, prior.period),
        (report::model::Role::Prior, Some(2015))
    );
}

#[test]
fn a_change_after_a_progress_from_an_earlier_year() {
    let r = analyze_text(
        "某市2023年生态环境状况公报\n全市新能源汽车保有量由2020年的2.1万辆提升至2023年的3.2万辆,增长52.4%。",
    );
    let c = find(&r, "3.2万辆").change.clone().expect("a change");
    assert_eq!(
        (c.kind.as_str(), c.base_period, c.value),
        ("vs_year", Some(2020), d("52.4"))
    );
    // The measure of a progress may be named by the value before it in its sentence.
    let r = analyze_text(
        "某市2023年生态环境状况公报\n全市PM2.5浓度为30微克/立方米,由上年的32微克/立方米下降至30微克/立方米,下降6.3%。",
    );
    let earlier = find(&r, "32微克/立方米");
    assert_eq!(
        (earlier.name.as_str(), earlier.role, earlier.period),
        ("全市PM2.5浓度", report::model::Role::Prior, Some(2022))
    );
    let now: Vec<_> = r
        .indicators
        .iter()
        .filter(|i| i.quantity.text == "30微克/立方米")
        .collect();
    assert!(now.iter().all(|i| i.period == Some(2023)), "{now:?}");
}
