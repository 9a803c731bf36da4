use super::*;

fn values(text: &str) -> Vec<(String, Option<Decimal>)> {
    scan(text)
        .into_iter()
        .map(|t| (text[t.start..t.end].to_string(), t.value))
        .collect()
}

fn dec(s: &str) -> Option<Decimal> {
    Decimal::from_str(s).ok()
}

fn one(text: &str) -> (String, Option<Decimal>, Form) {
    let t = scan(text).into_iter().next().expect("a token");
    (text[t.start..t.end].to_string(), t.value, t.form)
}

#[test]
fn arabic_decimals_and_thousands() {
    assert_eq!(
        values("罚没金额3324.37万元"),
        vec![("3324.37".into(), dec("3324.37"))]
    );
    assert_eq!(values("时数1,570小时"), vec![("1,570".into(), dec("1570"))]);
    assert_eq!(
        values("每平方公里16,921人"),
        vec![("16,921".into(), dec("16921"))]
    );
}

#[test]
fn clause_comma_is_not_a_thousands_separator() {
    let v = values("案件192件,罚没金额3324.37万元");
    assert_eq!(v[0], ("192".into(), dec("192")));
    assert_eq!(
        values("分别为10,28"),
        vec![("10".into(), dec("10")), ("28".into(), dec("28"))]
    );
}

#[test]
fn chinese_numerals() {
    assert_eq!(parse_chinese("五"), dec("5"));
    assert_eq!(parse_chinese("十一"), dec("11"));
    assert_eq!(parse_chinese("两"), dec("2"));
    assert_eq!(parse_chinese("三百一十一"), dec("311"));
    assert_eq!(parse_chinese("三千二百"), dec("3200"));
    assert_eq!(parse_chinese("一万二千"), dec("12000"));
    assert_eq!(parse_chinese("一百零五"), dec("105"));
    assert_eq!(parse_chinese("八十五点二"), dec("85.2"));
    assert_eq!(parse_chinese("零点三二"), dec("0.32"));
    assert_eq!(parse_chinese("百"), dec("100"));
    assert_eq!(parse_chinese("壹佰贰拾叁"), dec("123"));
    assert_eq!(parse_chinese("三亿五千万"), dec("350000000"));
    assert_eq!(parse_chinese("一点零"), dec("1.0"));
}

#[test]
fn percent_words_with_any_numeral() {
    assert_eq!(
        one("达标率百分之八十五点二"),
        ("百分之八十五点二".into(), dec("85.2"), Form::Per("%"))
    );
    assert_eq!(
        one("比例为百分之2.4"),
        ("百分之2.4".into(), dec("2.4"), Form::Per("%"))
    );
    assert_eq!(
        one("优良率为百分之百"),
        ("百分之百".into(), dec("100"), Form::Per("%"))
    );
    assert_eq!(
        one("千分之三"),
        ("千分之三".into(), dec("3"), Form::Per("‰"))
    );
}

#[test]
fn fractions() {
    assert_eq!(
        one("平均水平的1/5"),
        ("1/5".into(), dec("0.2"), Form::Fraction)
    );
    assert_eq!(
        one("三分之一"),
        (
            "三分之一".into(),
            dec("0.3333333333333333333333333333"),
            Form::Fraction
        )
    );
    assert_eq!(
        one("四分之三的点次"),
        ("四分之三".into(), dec("0.75"), Form::Fraction)
    );
    // a date or a path is not a fraction
    assert_eq!(values("2022/3/31").len(), 3);
}

#[test]
fn tenths_with_a_half() {
    assert_eq!(
        one("下降两成半"),
        ("两成半".into(), dec("2.5"), Form::Tenths)
    );
    assert_eq!(one("仅半成"), ("半成".into(), dec("0.5"), Form::Tenths));
    assert!(values("半成品仓库").is_empty());
}

#[test]
fn signs() {
    assert_eq!(values("负3.9%"), vec![("负3.9".into(), dec("-3.9"))]);
    assert_eq!(values("增长-22.2%"), vec![("-22.2".into(), dec("-22.2"))]);
    assert_eq!(values("气温−4.3℃"), vec![("−4.3".into(), dec("-4.3"))]);
    assert_eq!(
        one("变化率为负百分之十二"),
        ("负百分之十二".into(), dec("-12"), Form::Per("%"))
    );
    // dashes of a range are not signs
    assert_eq!(
        values("30-92"),
        vec![("30".into(), dec("30")), ("92".into(), dec("92"))]
    );
    assert_eq!(values("5吨-10吨")[1], ("10".into(), dec("10")));
    assert_eq!(values("GB 3095-2012")[1], ("2012".into(), dec("2012")));
    assert_eq!(values("PM2.5-10")[1].1, dec("10"));
}

#[test]
fn scale_after_digits_is_not_a_number() {
    assert_eq!(values("投入500亿建设"), vec![("500".into(), dec("500"))]);
    assert!(values("绿色生活进万家").is_empty());
    assert!(values("队伍陆续").is_empty());
}

#[test]
fn numerals_right_after_a_formula_are_numbers() {
    assert_eq!(
        values("CO和O3六项"),
        vec![("3".into(), dec("3")), ("六".into(), dec("6"))]
    );
}

#[test]
fn digits_with_scale_words_between() {
    assert_eq!(
        values("稽查污染源3万2千余家次"),
        vec![("3万2千".into(), dec("32000"))]
    );
    assert_eq!(
        values("1亿2000万元"),
        vec![("1亿2000万".into(), dec("120000000"))]
    );
}

#[test]
fn too_long_digits_have_no_value() {
    let digits = "9".repeat(40);
    assert_eq!(scan(&digits)[0].value, None);
}

#[test]
fn colloquial_abbreviated_numerals() {
    assert_eq!(parse_chinese("一百二"), dec("120"));
    assert_eq!(parse_chinese("两千五"), dec("2500"));
    assert_eq!(parse_chinese("三万五"), dec("35000"));
}
