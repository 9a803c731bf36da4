use super::*;
use crate::extract::number::scan;
use std::str::FromStr;

fn first(text: &str) -> Found {
    let text = &IndexedText::new(text);
    let token = scan(text)
        .into_iter()
        .find(|t| t.value.is_some())
        .expect("a number");
    build(text, &token, token.value.unwrap()).expect("a quantity")
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

#[test]
fn money_with_scale() {
    let q = first("罚没金额3324.37万元,");
    assert_eq!((q.value, q.unit.as_str()), (d("3324.37"), "万元"));
    assert_eq!((q.base_value, q.base_unit.as_str()), (d("33243700"), "元"));
}

#[test]
fn bare_yi_after_investment_is_money() {
    let q = first("完成年度投资11.59亿。");
    assert_eq!((q.unit.as_str(), q.base_unit.as_str()), ("亿", "元"));
    assert_eq!(q.base_value, d("1159000000"));
    let q = first("计划投入500亿建设");
    assert_eq!(q.base_value, d("50000000000"));
}

#[test]
fn capacity_and_mass() {
    let q = first("新增处理规模12.4万吨/天");
    assert_eq!((q.base_value, q.base_unit.as_str()), (d("124000"), "吨/日"));
    let q = first("产生量27.33万吨,");
    assert_eq!((q.base_value, q.base_unit.as_str()), (d("273300"), "吨"));
}

#[test]
fn exact_decimals() {
    let q = first("清理废水12.0万吨");
    assert_eq!(q.base_value.normalize().to_string(), "120000");
}

#[test]
fn comparators() {
    assert_eq!(first("利用率达90%以上").comparator, Comparator::Ge);
    assert_eq!(first("活动30余场次").comparator, Comparator::Gt);
    assert_eq!(first("考察1200多公里").comparator, Comparator::Gt);
    assert_eq!(first("预计超过6000亿元").comparator, Comparator::Gt);
    assert_eq!(first("不少于20个").comparator, Comparator::Ge);
    assert_eq!(first("标准15微克以下").comparator, Comparator::Le);
    assert_eq!(first("淘汰近300辆").comparator, Comparator::Approx);
    assert_eq!(first("约5吨").comparator, Comparator::Approx);
    assert_eq!(first("共65天").comparator, Comparator::Eq);
}

#[test]
fn surface_text_includes_comparator_words() {
    let text = "利用率达90%以上,";
    let q = first(text);
    assert_eq!(&text[q.span.clone()], "90%以上");
}

#[test]
fn chinese_counts_and_percent() {
    let q = first("六项大气污染物");
    assert_eq!((q.value, q.unit.as_str()), (d("6"), "项"));
    let q = first("三百一十一天");
    assert_eq!((q.value, q.unit.as_str()), (d("311"), "天"));
    let q = first("百分之八十五点二");
    assert_eq!((q.value, q.unit.as_str()), (d("85.2"), "%"));
    let q = first("八成");
    assert_eq!((q.base_value, q.base_unit.as_str()), (d("80"), "%"));
}

#[test]
fn per_volume_makes_concentration() {
    let text = &IndexedText::new("平均值为每立方米17.7微克,较107年的18.8微克改善");
    let tokens = scan(text);
    let a = build(text, &tokens[0], tokens[0].value.unwrap()).unwrap();
    assert_eq!(
        (a.unit.as_str(), a.base_unit.as_str()),
        ("微克/立方米", "微克/立方米")
    );
    assert_eq!(&text[a.span.clone()], "每立方米17.7微克");
    let t = tokens
        .iter()
        .find(|t| &text[t.start..t.end] == "18.8")
        .unwrap();
    let b = build(text, t, t.value.unwrap()).unwrap();
    assert_eq!(b.unit, "微克/立方米");
    let q = first("每立方公尺12.8微克");
    assert_eq!(
        (q.unit.as_str(), q.base_unit.as_str()),
        ("微克/立方公尺", "微克/立方米")
    );
}

#[test]
fn list_and_range_units() {
    let text = &IndexedText::new("分别提高50和66.7个百分点");
    let tokens = scan(text);
    let next = build(text, &tokens[1], tokens[1].value.unwrap()).unwrap();
    let first = inherit_unit(text, &tokens[0], tokens[0].value.unwrap(), &next).unwrap();
    assert_eq!((first.value, first.unit.as_str()), (d("50"), "个百分点"));

    let text = &IndexedText::new("比例为43%至62%");
    let tokens = scan(text);
    let mut found: Vec<Found> = tokens
        .iter()
        .map(|t| build(text, t, t.value.unwrap()).unwrap())
        .collect();
    mark_ranges(text, &mut found);
    assert_eq!(found[0].comparator, Comparator::Ge);
    assert_eq!(found[1].comparator, Comparator::Le);
}

#[test]
fn bare_numbers() {
    let text = &IndexedText::new("综合指数为3.84,");
    let t = &scan(text)[0];
    assert_eq!(
        bare(text, t, t.value.unwrap(), false).map(|q| q.unit),
        Some(String::new())
    );
    let text = &IndexedText::new("综合指数为二点八三,");
    let t = &scan(text)[0];
    assert_eq!(
        bare(text, t, t.value.unwrap(), false).map(|q| q.value),
        Some(d("2.83"))
    );
    let text = &IndexedText::new("编号3847号");
    let t = &scan(text)[0];
    assert!(bare(text, t, t.value.unwrap(), false).is_none());
    // Chinese numerals without a decimal part are not a bare value
    let text = &IndexedText::new("成为一,");
    let t = &scan(text)[0];
    assert!(bare(text, t, t.value.unwrap(), false).is_none());
}
