//! Extraction on report styles other than the seed's: a bulletin with HTML and
//! subscripts, full-width punctuation and thousands separators, Chinese numerals and
//! `百分之`, ranges, flat and absolute changes, targets with `以内` / `不低于`. The texts
//! are written for these tests; each assertion was checked by reading the sentence.

use report::model::{Category, Comparator, Direction, Indicator, Report};
use report::{Options, analyze};
use rust_decimal::Decimal;

fn analyze_text(text: &str) -> Report {
    analyze(text.as_bytes(), &Options::default()).expect("analyzes")
}

fn find<'a>(r: &'a Report, text: &str) -> &'a Indicator {
    r.indicators
        .iter()
        .find(|i| i.quantity.text == text)
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

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn bulletin_with_html_and_subscripts() {
    let r = analyze_text(
        "<p>2023年某市生态环境状况公报</p>\n<p>一、大气环境</p>\n<p>2023年，全市PM<sub>2.5</sub>年平均浓度为18微克/立方米；空气质量优良天数为338天，优良率为92.6%，较2022年下降2.4个百分点。全年共发生臭氧污染25天。酸雨频率为8.3%，降水pH年均值为5.38。</p>\n<p>二、水环境</p>\n<p>全市15个国考、省考断面水质均达到Ⅲ类标准，其中Ⅰ～Ⅱ类断面9个，占比60.0%。城市区域环境噪声昼间平均等效声级为56.9分贝。</p>\n",
    );
    let pm = find(&r, "18微克/立方米");
    assert_eq!(
        (pm.id.as_str(), pm.quantity.line, pm.period),
        ("air.pm25_concentration", 3, Some(2023))
    );
    let good = find(&r, "92.6%");
    let change = good.change.as_ref().expect("change");
    assert_eq!(
        (change.value, change.unit.as_str(), change.direction),
        (d("2.4"), "pp", Direction::Down)
    );
    assert_eq!(find(&r, "338天").id, "air.good_days");
    assert_eq!(find(&r, "8.3%").category, Category::Air);
    let ph = find(&r, "5.38");
    assert_eq!(
        (ph.quantity.unit.as_str(), ph.name.as_str()),
        ("", "降水pH年均值")
    );
    assert_eq!(find(&r, "15个").name, "国考、省考断面");
    assert_eq!(find(&r, "60.0%").name, "Ⅰ~Ⅱ类断面占比");
    assert_eq!(find(&r, "56.9分贝").quantity.unit, "分贝");
    assert!(r.diagnostics.iter().all(|d| d.code != "unaccounted-number"));
}

#[test]
fn full_width_punctuation_thousands_and_respective_changes() {
    let r = analyze_text(
        "某市生态环境局2022年工作总结\n（二）执法监管从严从实。全年共出动执法人员12,560人次，立案查处环境违法案件356起，罚没款2,145.6万元，同比分别增长12.3%和8.9%。投资约3.2亿元的城东污水处理厂二期工程建成投运。\n",
    );
    let staff = find(&r, "12,560人次");
    assert_eq!(
        (staff.quantity.value, staff.quantity.unit.as_str()),
        (d("12560"), "人次")
    );
    let cases = find(&r, "356起");
    assert_eq!(cases.id, "enforcement.violation_cases");
    assert_eq!(cases.change.as_ref().map(|c| c.value), Some(d("12.3")));
    let fines = find(&r, "2,145.6万元");
    assert_eq!(
        (fines.quantity.base_value, fines.id.as_str()),
        (d("21456000"), "enforcement.penalty_amount")
    );
    assert_eq!(fines.change.as_ref().map(|c| c.value), Some(d("8.9")));
    let invest = find(&r, "约3.2亿元");
    assert_eq!(
        (invest.quantity.comparator, invest.category),
        (Comparator::Approx, Category::Investment)
    );
    assert!(
        r.indicators.iter().all(|i| i.quantity.text != "二期"),
        "a phase is not a count"
    );
}

#[test]
fn chinese_numerals_ranges_and_flat_changes() {
    let r = analyze_text(
        "XX县环境保护局2019年度工作总结\n今年以来，我县空气质量优良天数达三百一十一天，优良率百分之八十五点二。二氧化硫年均浓度为8微克/立方米，同比持平。运行负荷率在43%至62%之间。主要河流断面水质达标率约八成。全年共受理环境投诉案件568件，较2018年减少102件，下降15.2%。\n",
    );
    assert_eq!(find(&r, "三百一十一天").quantity.value, d("311"));
    assert_eq!(find(&r, "百分之八十五点二").quantity.value, d("85.2"));
    let so2 = find(&r, "8微克/立方米");
    assert_eq!(
        so2.change.as_ref().map(|c| c.direction),
        Some(Direction::Flat)
    );
    let (low, high) = (find(&r, "43%"), find(&r, "62%"));
    assert_eq!(
        (low.quantity.comparator, high.quantity.comparator),
        (Comparator::Ge, Comparator::Le)
    );
    assert_eq!(high.name, low.name);
    let share = find(&r, "约八成");
    assert_eq!(
        (
            share.quantity.base_value,
            share.quantity.base_unit.as_str(),
            share.quantity.comparator
        ),
        (d("80"), "%", Comparator::Approx)
    );
    let complaints = find(&r, "568件");
    let change = complaints.change.as_ref().expect("the rate is the change");
    assert_eq!((change.value, change.unit.as_str()), (d("15.2"), "%"));
    let absolute = find(&r, "102件");
    assert_eq!(
        absolute.change.as_ref().map(|c| c.direction),
        Some(Direction::Down)
    );
}

#[test]
fn plan_targets_with_bounds() {
    let r = analyze_text(
        "某市2022年工作总结和2023年工作思路\n二、2023年工作思路\n力争PM2.5年均浓度控制在27微克/立方米以内，空气质量优良天数比率达到88%以上，国考断面水质优良比例不低于91.7%。\n",
    );
    let pm = find(&r, "27微克/立方米以内");
    assert_eq!(
        (pm.quantity.comparator, pm.period),
        (Comparator::Le, Some(2023))
    );
    assert_eq!(find(&r, "88%以上").id, "air.aqi_compliance_rate");
    assert_eq!(find(&r, "不低于91.7%").quantity.comparator, Comparator::Ge);
}

#[test]
fn taiwan_traditional_units_and_mixed_numerals() {
    let r = analyze_text(
        "臺北市政府環境保護局112年度施政成果\n一、空氣品質\n112年本市細懸浮微粒(PM2.5)年平均值為12.3微克/立方公尺，較111年下降0.8微克/立方公尺；空氣品質指標(AQI)≦100之良好日數比率達91.2%。\n二、廢棄物管理\n全市一般廢棄物產生量約為95萬公噸，垃圾焚化處理量每日約2,650公噸。\n三、稽查管制\n全年稽查污染源3萬2千餘家次，告發處分1,234件，罰鍰金額新臺幣8,765萬元。\n",
    );
    let pm = find(&r, "12.3微克/立方公尺");
    assert_eq!(
        (pm.id.as_str(), pm.quantity.base_unit.as_str(), pm.period),
        ("air.pm25_concentration", "微克/立方米", Some(2023))
    );
    assert_eq!(find(&r, "91.2%").id, "air.aqi_compliance_rate");
    let waste = find(&r, "约为95万公吨");
    assert_eq!(
        (
            waste.quantity.base_value,
            waste.quantity.base_unit.as_str(),
            waste.quantity.comparator
        ),
        (d("950000"), "吨", Comparator::Approx)
    );
    let inspections = find(&r, "3万2千余家次");
    assert_eq!(
        (inspections.quantity.value, inspections.quantity.comparator),
        (d("32000"), Comparator::Gt)
    );
    let fines = find(&r, "8,765万元");
    assert_eq!(
        (fines.id.as_str(), fines.name.as_str()),
        ("enforcement.penalty_amount", "罚锾金额")
    );
    assert_eq!(find(&r, "1,234件").category, Category::Enforcement);
    assert!(
        r.diagnostics.iter().all(|d| d.code != "unaccounted-number"),
        "{:?}",
        r.diagnostics
    );
}
