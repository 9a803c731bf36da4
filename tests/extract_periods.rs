//! Periods (issue 15): the year a number is about and the part of it (`1—6月`, `上半年`,
//! `一季度`), relative years counted from the year the text was written, a transcript's
//! answer about its question's year, and a change against a named year carrying that
//! year. The sentences are written for these tests; each expectation was read off the
//! sentence.

use report::model::{Indicator, Report};
use report::{Options, analyze};

fn report(text: &str) -> Report {
    analyze(text.as_bytes(), &Options::default()).expect("analyzes")
}

fn find<'a>(r: &'a Report, text: &str) -> &'a Indicator {
    r.indicators
        .iter()
        .find(|i| i.quantity.text == text)
        .unwrap_or_else(|| {
            let texts: Vec<_> = r.indicators.iter().map(|i| &i.quantity.text).collect();
            panic!("no `{text}` in {texts:?}")
        })
}

/// (year, months) of the number written `text`.
fn period(r: &Report, text: &str) -> (Option<i32>, Option<(u8, u8)>) {
    let i = find(r, text);
    (i.period, i.period_months)
}

#[test]
fn a_range_of_months_is_a_part_of_the_year() {
    let r = report("某市2024年上半年工作总结\n1—6月,全市优良天数152天,同比增加6天。");
    assert_eq!(period(&r, "152天"), (Some(2024), Some((1, 6))));
    let r = report("某市2024年工作总结\n2024年1-6月全市PM2.5平均浓度为31微克/立方米。");
    assert_eq!(period(&r, "31微克/立方米"), (Some(2024), Some((1, 6))));
    let r = report("某市2024年工作总结\n今年1到4月,全市空气质量综合指数为3.12。");
    assert_eq!(period(&r, "3.12"), (Some(2024), Some((1, 4))));
}

#[test]
fn halves_and_quarters() {
    let r = report("某区2022年工作总结\n上半年共查处环境违法案件46起;罚款金额320万元。");
    // The half opens the line: it frames the next sentence too.
    assert_eq!(period(&r, "46起"), (Some(2022), Some((1, 6))));
    assert_eq!(period(&r, "320万元"), (Some(2022), Some((1, 6))));
    let r = report("某区2022年工作总结\n一季度全区水质达标率为95%。");
    assert_eq!(period(&r, "95%"), (Some(2022), Some((1, 3))));
    let r = report("某区2022年工作总结\n前三季度全区新增造林面积1200亩。");
    assert_eq!(period(&r, "1200亩"), (Some(2022), Some((1, 9))));
    let r = report("某区2022年工作总结\n下半年全区完成监测86次。");
    assert_eq!(period(&r, "86次"), (Some(2022), Some((7, 12))));
}

#[test]
fn the_whole_year_is_no_part() {
    // `上下半年` is both halves; `全年` after a half ends it.
    let r = report("某区2022年工作总结\n对污水处理设施上下半年各监测1次。");
    assert_eq!(period(&r, "1次"), (Some(2022), None));
    let r = report("某区2022年工作总结\n上半年优良天数为160天,全年优良天数为318天。");
    assert_eq!(period(&r, "160天"), (Some(2022), Some((1, 6))));
    assert_eq!(period(&r, "318天"), (Some(2022), None));
    // A number before the half in its sentence: the half frames nothing else.
    let r = report("某区2022年工作总结\n全年查处案件88起,其中上半年40起;罚款300万元。");
    assert_eq!(period(&r, "40起"), (Some(2022), Some((1, 6))));
    assert_eq!(period(&r, "300万元"), (Some(2022), None));
}

#[test]
fn relative_years_count_from_the_publication_date() {
    // A report about 2019 published in 2020: `今年` is 2020, `去年` 2019.
    let text = "某市发布2019年度环境质量公报\n发布时间:2020年5月8日\n2019年全市优良率为96.2%。今年1到3月,全市优良率为98.9%。去年全市降水量为1420毫米。";
    let r = report(text);
    assert_eq!(period(&r, "96.2%"), (Some(2019), None));
    assert_eq!(period(&r, "98.9%"), (Some(2020), Some((1, 3))));
    assert_eq!(period(&r, "1420毫米"), (Some(2019), None));
}

#[test]
fn without_a_date_the_first_relative_year_is_the_reports_own() {
    // A digest of a 2017 bulletin that calls 2017 `去年`.
    let r = report("某市2017年环境状况公报解读\n去年全市削减化学需氧量5800吨。");
    assert_eq!(period(&r, "5800吨"), (Some(2017), None));
    // A year-end summary that calls its year `今年`.
    let r = report("某市2017年工作总结\n今年全市新增绿地面积42公顷。");
    assert_eq!(period(&r, "42公顷"), (Some(2017), None));
}

#[test]
fn an_answer_is_about_its_questions_year() {
    let text = "某市环境质量新闻发布会实录\n发布时间:2021年3月2日\n问:今年一季度的水质怎么样?\n答:第一季度,全市5个饮用水源地水质达标率为100%。";
    let r = report(text);
    assert_eq!(period(&r, "100%"), (Some(2021), Some((1, 3))));
}

#[test]
fn roc_years_after_a_framing_clause() {
    let text = "某市112年空气品质报导\n回顾历年情形,108年某市PM2.5平均值为17.2微克,较107年改善1.3微克;不良天数为41天,较107年减少9天。";
    let r = report(text);
    assert_eq!(period(&r, "17.2微克"), (Some(2019), None));
    assert_eq!(period(&r, "41天"), (Some(2019), None));
}

#[test]
fn a_change_against_a_named_year_carries_that_year() {
    let r = report("某地二零一零年环境统计\n污水处理量为9.8万立方米,比二零零五年上升21.0%。");
    let change = find(&r, "9.8万立方米").change.as_ref().expect("a change");
    assert_eq!(
        (change.kind.as_str(), change.base_period),
        ("vs_year", Some(2005))
    );
    let r = report("某地2012年环境统计\n全年焚化垃圾31.2万公吨,比2011年增加2.5%。");
    let change = find(&r, "31.2万公吨").change.as_ref().expect("a change");
    assert_eq!((change.kind.as_str(), change.base_period), ("yoy", None));
}

#[test]
fn a_record_takes_the_year_it_happened() {
    let report = report::analyze(
        "某市2017年气候公报\n作为参考,有气象记录以来的极端最低气温为-16.8℃,出现在1985年。全年平均气温13.1℃。"
            .as_bytes(),
        &report::Options::default(),
    )
    .expect("analyzes");
    let period = |text: &str| {
        report
            .indicators
            .iter()
            .find(|i| i.quantity.text == text)
            .and_then(|i| i.period)
    };
    assert_eq!(period("-16.8℃"), Some(1985));
    assert_eq!(period("13.1℃"), Some(2017));
}

#[test]
fn one_month_written_with_its_word_is_a_part_of_the_year() {
    let r = report(
        "某市2021年上半年环境质量状况\n6月份,全市空气质量优良天数比例为93.3%,PM2.5平均浓度为18微克/立方米。",
    );
    assert_eq!(period(&r, "93.3%"), (Some(2021), Some((6, 6))));
    assert_eq!(period(&r, "18微克/立方米"), (Some(2021), Some((6, 6))));
    let r = report("某市2017年环境质量\n十二月份全市优良天数只有九天。");
    assert_eq!(period(&r, "九天"), (Some(2017), Some((12, 12))));
    // A date names a day, not the month's figures.
    let r = report("某市2021年工作总结\n6月5日,全市开展环境日活动120场。");
    assert_eq!(period(&r, "120场"), (Some(2021), None));
}

#[test]
fn months_of_a_later_year_name_their_year() {
    let r = report("某市2023年生态环境工作总结\n2024年1-2月,全市PM2.5平均浓度为40微克/立方米。");
    assert_eq!(period(&r, "40微克/立方米"), (Some(2024), Some((1, 2))));
    let r = report("某市2023年生态环境工作总结\n2024年1月至3月,全市PM2.5平均浓度为41微克/立方米。");
    assert_eq!(period(&r, "41微克/立方米"), (Some(2024), Some((1, 3))));
    // Months that run into the next year are named by the year they end in.
    let r = report("某市2017年环境状况\n2016年12月至2017年2月的冬季,全市平均降水量为84毫米。");
    assert_eq!(period(&r, "84毫米").0, Some(2017));
}

#[test]
fn a_plan_part_without_a_year_is_for_the_year_after_a_whole_year_reviewed() {
    let r = report(
        "某区生态环境局2023年工作总结\n一、工作成效\n全区优良天数比例88%。\n三、下一步工作计划\n全区优良天数比例力争达到90%以上。",
    );
    assert_eq!(period(&r, "88%").0, Some(2023));
    assert_eq!(period(&r, "90%以上").0, Some(2024));
    // A half-year review plans the rest of its year.
    let r = report(
        "某区生态环境局2023年上半年工作总结\n一、工作成效\n全区优良天数比例88%。\n三、下半年工作打算\n全区优良天数比例力争达到90%以上。",
    );
    assert_eq!(period(&r, "90%以上").0, Some(2023));
    // 明年 is the year after the writing.
    let r = report("某市2022年生态环境工作总结\n明年,确保PM2.5浓度不高于28微克/立方米。");
    assert_eq!(period(&r, "不高于28微克/立方米").0, Some(2023));
}

#[test]
fn a_measure_going_from_one_value_to_another_has_the_periods_of_both() {
    let r = report("某市2022年生态环境状况公报\n优良天数比例由上年的80.1%提高到85.5%。");
    assert_eq!(period(&r, "80.1%").0, Some(2021));
    assert_eq!(period(&r, "85.5%").0, Some(2022));
    let r = report("某市2023年生态环境状况公报\n森林覆盖率从2015年的40.1%提高到2022年的45.3%。");
    assert_eq!(period(&r, "40.1%").0, Some(2015));
    assert_eq!(period(&r, "45.3%").0, Some(2022));
}

#[test]
fn a_date_spaced_off_its_digits_is_still_a_date() {
    // PDF text spaces digits off the characters around them.
    let r = report(
        "某市2022年生态环境状况公报\n2021 年全市化学需氧量排放量为1.3万吨。2022 年 1-6 月,全市PM2.5平均浓度为 30 微克/立方米。",
    );
    assert_eq!(period(&r, "1.3万吨"), (Some(2021), None));
    assert_eq!(find(&r, "1.3万吨").name, "全市化学需氧量排放量");
    assert_eq!(period(&r, "30 微克/立方米"), (Some(2022), Some((1, 6))));
}

#[test]
fn a_month_framing_its_clause_and_a_bulletins_title_month() {
    let r = report(
        "某市2023年空气质量通报\n10月,全市PM2.5平均浓度为26微克/立方米。截至11月,全市优良天数比率为82.6%。",
    );
    assert_eq!(period(&r, "26微克/立方米"), (Some(2023), Some((10, 10))));
    assert_eq!(period(&r, "82.6%"), (Some(2023), Some((1, 11))));
    // A month's bulletin: its figures are of the title's month, unless they say otherwise.
    let r = report(
        "江川市2023年10月环境空气质量月报\n全市综合指数为3.74。1—10月,全市优良天数比率为82.6%。",
    );
    assert_eq!(period(&r, "3.74"), (Some(2023), Some((10, 10))));
    assert_eq!(period(&r, "82.6%"), (Some(2023), Some((1, 10))));
    let r = report("某市2024年第三季度环境质量报告\n全市PM2.5平均浓度为21微克/立方米。");
    assert_eq!(period(&r, "21微克/立方米"), (Some(2024), Some((7, 9))));
    // Months that make up the whole year are no part of it.
    let r = report(
        "生态环境部通报2021年12月和1—12月全国环境空气质量状况\n全国PM2.5平均浓度为30微克/立方米。",
    );
    assert_eq!(period(&r, "30微克/立方米"), (Some(2021), None));
    // A date in a title's brackets is when it was written, not what it reports.
    let r = report("某电台播音稿(二〇一八年一月)\n2017年全市PM2.5平均浓度为42微克/立方米。");
    assert_eq!(period(&r, "42微克/立方米"), (Some(2017), None));
}

#[test]
fn the_months_up_to_the_end_of_one() {
    let r = report(
        "某市2023年生态环境工作\n截至9月底,全市累计完成造林1.2万亩。\n截至6月1日,全市干旱面积达50.0万亩。",
    );
    assert_eq!(period(&r, "1.2万亩"), (Some(2023), Some((1, 9))));
    // A stock counted on a day is no span of months.
    assert_eq!(period(&r, "50.0万亩"), (Some(2023), None));
}

#[test]
fn a_list_of_years_gives_each_value_its_year() {
    let r = report(
        "某市2021年生态环境状况公报\n2019年、2020年、2021年全市PM2.5平均浓度分别为38、35和31微克/立方米。",
    );
    let periods: Vec<Option<i32>> = r.indicators.iter().map(|i| i.period).collect();
    assert_eq!(periods, [Some(2019), Some(2020), Some(2021)]);
    // Without 分别 a year is only the topic.
    let r = report(
        "某市2021年生态环境状况公报\n2021年全市PM2.5平均浓度为31微克/立方米、PM10为50微克/立方米。",
    );
    assert!(r.indicators.iter().all(|i| i.period == Some(2021)));
}
