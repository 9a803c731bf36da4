//! Quantities: a number with its unit, base value and comparator (`超过6000亿元` is
//! `> 600000000000 元`). Units carry over inside lists (`50和66.7个百分点`) and ranges
//! (`43%至62%` gives `>=` and `<=`); a per-volume phrase makes a mass a concentration
//! (`每立方米17.7微克`). Numbers that are neither get a non-quantity reason or are left
//! for the coverage check.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::number::{NumberToken, Script};
use super::unit::{UnitKind, UnitMatch, match_unit};
use crate::model::{Comparator, Quantity};

/// A quantity found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Surface text range: number, unit and any comparator word around them.
    pub span: Range<usize>,
    /// The digits or numerals.
    pub number: Range<usize>,
    pub value: Decimal,
    pub unit: String,
    pub base_value: Decimal,
    pub base_unit: String,
    pub kind: UnitKind,
    pub comparator: Comparator,
}

impl Found {
    /// The model's quantity: the surface is `text[span]`, placed at `line` and `column`.
    pub fn to_quantity(&self, text: &str, line: usize, column: usize) -> Quantity {
        Quantity {
            value: self.value,
            unit: self.unit.clone(),
            base_value: self.base_value,
            base_unit: self.base_unit.clone(),
            comparator: self.comparator,
            text: text.get(self.span.clone()).unwrap_or_default().to_string(),
            line,
            column,
        }
    }
}

/// Comparator words written right before a number, longest first.
const BEFORE: [(&str, Comparator); 19] = [
    ("不少于", Comparator::Ge),
    ("不低于", Comparator::Ge),
    ("不小于", Comparator::Ge),
    ("不超过", Comparator::Le),
    ("不高于", Comparator::Le),
    ("不大于", Comparator::Le),
    ("至少", Comparator::Ge),
    ("超过", Comparator::Gt),
    ("多于", Comparator::Gt),
    ("大于", Comparator::Gt),
    ("高于", Comparator::Gt),
    ("少于", Comparator::Lt),
    ("小于", Comparator::Lt),
    ("低于", Comparator::Lt),
    ("大约", Comparator::Approx),
    ("将近", Comparator::Approx),
    ("逾", Comparator::Gt),
    ("近", Comparator::Approx),
    ("约", Comparator::Approx),
];

/// Comparator words written after the unit.
const AFTER: [(&str, Comparator); 5] = [
    ("以上", Comparator::Ge),
    ("以下", Comparator::Le),
    ("以内", Comparator::Le),
    ("左右", Comparator::Approx),
    ("上下", Comparator::Approx),
];

/// Words that make a bare `万`/`亿` an amount of money.
static MONEY_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"投资|投入|资金|金额|收入|总值|产值|经费|补助|补贴|奖励|罚款|罚没|GDP|预算|支出|融资|债",
    )
    .expect("valid")
});
static PER_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"每(立方米|立方公尺|升)").expect("valid"));

/// The unit after a number: skips an approximation word (`30余场次`) and returns the
/// match with the comparator that word implies.
fn unit_after(text: &str, token: &NumberToken) -> Option<(UnitMatch, usize, Option<Comparator>)> {
    if token.script == Script::ChinesePercent {
        let unit = match_unit("%", false)?;
        return Some((UnitMatch { len: 0, ..unit }, token.end, None));
    }
    let chinese = token.script == Script::Chinese;
    let rest = &text[token.end..];
    for (word, comparator) in [
        ("余", Some(Comparator::Gt)),
        ("多", Some(Comparator::Gt)),
        ("", None),
    ] {
        if let Some(after) = rest.strip_prefix(word) {
            let after_space = after.trim_start_matches(' ');
            let skipped = word.len() + (after.len() - after_space.len());
            if let Some(unit) = match_unit(after_space, chinese) {
                return Some((unit, token.end + skipped, comparator));
            }
        }
    }
    None
}

fn comparator_before(text: &str, start: usize) -> Option<(Comparator, usize)> {
    let before = &text[..start];
    BEFORE
        .iter()
        .find(|(word, _)| before.ends_with(word))
        .map(|(word, c)| (*c, start - word.len()))
}

fn comparator_after(text: &str, end: usize) -> Option<(Comparator, usize)> {
    let after = &text[end..];
    AFTER
        .iter()
        .find(|(word, _)| after.starts_with(word))
        .map(|(word, c)| (*c, end + word.len()))
}

/// Whether the token has a unit but its value in the base unit is past what a decimal
/// holds (`99999999999999999999999亿元`): too large to read, like a 29-digit number.
pub fn base_overflows(text: &str, token: &NumberToken, value: Decimal) -> bool {
    unit_after(text, token).is_some_and(|(unit, _, _)| value.checked_mul(unit.factor).is_none())
}

/// Builds the quantity for a token whose unit is known; `None` also when the value in
/// the base unit does not fit a decimal (see [`base_overflows`]).
pub fn build(text: &str, token: &NumberToken, value: Decimal) -> Option<Found> {
    let (unit, unit_start, approx) = unit_after(text, token)?;
    let mut found = Found {
        span: token.start..unit_start + unit.len,
        number: token.start..token.end,
        value,
        unit: unit.written.clone(),
        base_value: value.checked_mul(unit.factor)?,
        base_unit: unit.base_unit.clone(),
        kind: unit.kind,
        comparator: approx.unwrap_or_default(),
    };
    if token.script == Script::ChinesePercent {
        found.unit = "%".to_string();
    }
    if unit.kind == UnitKind::Scale && MONEY_CONTEXT.is_match(clause_before(text, token.start)) {
        found.base_unit = "元".to_string();
        found.kind = UnitKind::Money;
    }
    if unit.kind == UnitKind::Mass && matches!(unit.written.as_str(), "微克" | "毫克") {
        per_volume(text, &mut found);
    }
    if let Some((c, start)) = comparator_before(text, found.span.start) {
        found.comparator = c;
        found.span.start = start;
    }
    if let Some((c, end)) = comparator_after(text, found.span.end) {
        found.comparator = c;
        found.span.end = end;
    }
    Some(found)
}

/// `每立方米17.7微克`, or `13.2微克` later in a line that said per what volume: a
/// concentration in `微克/立方米`.
fn per_volume(text: &str, found: &mut Found) {
    let line_start = super::after_last(text, found.number.start, &['\n']);
    let Some(m) = PER_VOLUME
        .find_iter(&text[line_start..found.number.start])
        .last()
    else {
        return;
    };
    let volume = &m.as_str()["每".len()..];
    found.unit = format!("{}/{volume}", found.unit);
    found.base_unit = format!("{}/立方米", found.base_unit).replace("/升/立方米", "/升");
    if volume == "升" {
        found.base_unit = found.unit.clone();
    }
    found.kind = UnitKind::Concentration;
    if line_start + m.end() == found.number.start {
        found.span.start = line_start + m.start();
    }
}

/// Text from the start of the clause up to `at`.
pub fn clause_before(text: &str, at: usize) -> &str {
    &text[super::after_last(text, at, &[',', '。', ';', '\n', ':', '|'])..at]
}

/// List and range connectors between two numbers that share the later one's unit.
static SHARED_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:、|和|与|及|或|至|到|~|～|-|—|－)$").expect("valid"));
static RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:至|到|~|～|-|—|－)$").expect("valid"));

/// A number without a unit takes the unit of the next number when only a list or range
/// connector stands between them (`50和66.7个百分点`, `30~92天`).
pub fn inherit_unit(
    text: &str,
    token: &NumberToken,
    value: Decimal,
    next: &Found,
) -> Option<Found> {
    let between = text.get(token.end..next.number.start)?;
    if !SHARED_UNIT.is_match(between) || next.kind == UnitKind::Scale {
        return None;
    }
    let factor = next.base_value.checked_div(next.value)?;
    let mut found = Found {
        span: token.start..token.end,
        number: token.start..token.end,
        value,
        unit: next.unit.clone(),
        base_value: value.checked_mul(factor)?,
        base_unit: next.base_unit.clone(),
        kind: next.kind,
        comparator: Comparator::Eq,
    };
    if let Some((c, start)) = comparator_before(text, token.start) {
        found.comparator = c;
        found.span.start = start;
    }
    Some(found)
}

/// Marks ranges: `43%至62%` is `>= 43%` and `<= 62%`.
pub fn mark_ranges(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (left, right) = found.split_at_mut(i);
        let (a, b) = (&mut left[i - 1], &mut right[0]);
        let between = text.get(a.span.end..b.number.start).unwrap_or("");
        if RANGE.is_match(between)
            && a.comparator == Comparator::Eq
            && b.comparator == Comparator::Eq
        {
            a.comparator = Comparator::Ge;
            b.comparator = Comparator::Le;
        }
    }
}

/// A number without a unit that a person still reads as a quantity: a value stated for a
/// named index (`综合指数为3.84`). Other bare numbers are left unaccounted.
pub fn bare(text: &str, token: &NumberToken, value: Decimal) -> Option<Found> {
    let before = clause_before(text, token.start);
    let stated = ["为", "是", "达", "达到", "值", "指数", "得分", ":"]
        .iter()
        .any(|w| before.ends_with(w));
    let after = text[token.end..].chars().next();
    let ends = after.is_none_or(|c| matches!(c, ',' | '。' | ';' | '、' | ')' | '\n' | ' '));
    (stated && ends && token.script == Script::Arabic).then(|| Found {
        span: token.start..token.end,
        number: token.start..token.end,
        value,
        unit: String::new(),
        base_value: value,
        base_unit: String::new(),
        kind: UnitKind::Count,
        comparator: Comparator::Eq,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::scan;
    use std::str::FromStr;

    fn first(text: &str) -> Found {
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
        let text = "平均值为每立方米17.7微克,较107年的18.8微克改善";
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
        let text = "分别提高50和66.7个百分点";
        let tokens = scan(text);
        let next = build(text, &tokens[1], tokens[1].value.unwrap()).unwrap();
        let first = inherit_unit(text, &tokens[0], tokens[0].value.unwrap(), &next).unwrap();
        assert_eq!((first.value, first.unit.as_str()), (d("50"), "个百分点"));

        let text = "比例为43%至62%";
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
        let text = "综合指数为3.84,";
        let t = &scan(text)[0];
        assert_eq!(
            bare(text, t, t.value.unwrap()).map(|q| q.unit),
            Some(String::new())
        );
        let text = "编号3847号";
        let t = &scan(text)[0];
        assert!(bare(text, t, t.value.unwrap()).is_none());
    }
}
