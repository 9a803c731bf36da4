//! Quantities: a number with its unit, base value and comparator (`超过6000亿元` is
//! `> 600000000000 元`). Units carry over inside lists (`50和66.7个百分点`) and ranges
//! (`43%至62%` gives `>=` and `<=`); a per-volume phrase makes a mass a concentration
//! (`每立方米17.7微克`). Numbers that are neither get a non-quantity reason or are left
//! for the coverage check.

use std::ops::Range;

use rust_decimal::Decimal;

use super::number::{Form, NumberToken, Script};
use super::unit::{UnitKind, UnitMatch, match_unit};
use crate::lexicon::quantity_words::quantity_words;
use crate::lexicon::units;
use crate::lexicon::words::contains_any;
use crate::model::{Comparator, Quantity};
use crate::patterns::PER;
use crate::text::{Bound, IndexedText};

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

/// The unit after a number: skips an approximation word (`30余场次`, `十来个`) and returns the
/// match with the comparator that word implies. A number that spells its unit
/// (`百分之五`, `两成半`, `1/5`) has it with no length.
fn unit_after(text: &str, token: &NumberToken) -> Option<(UnitMatch, usize, Option<Comparator>)> {
    let spelled = match token.form {
        Form::Plain => None,
        Form::Per(unit) => Some(unit),
        Form::Tenths => Some("成"),
        Form::Fraction => Some(""),
    };
    if let Some(unit) = spelled {
        let unit = match_unit(unit, true).unwrap_or(UnitMatch {
            written: String::new(),
            len: 0,
            base_unit: String::new(),
            factor: Decimal::ONE,
            kind: UnitKind::Ratio,
        });
        return Some((UnitMatch { len: 0, ..unit }, token.end, None));
    }
    let chinese = token.script == Script::Chinese;
    let rest = &text[token.end..];
    let between = quantity_words()
        .between
        .iter()
        .map(|(word, c)| (word.as_str(), Some(*c)))
        .chain([("", None)]);
    for (word, comparator) in between {
        if let Some(after) = rest.strip_prefix(word) {
            let after_space = after.trim_start_matches(' ');
            let skipped = word.len() + (after.len() - after_space.len());
            if let Some(unit) = match_unit(after_space, chinese) {
                if word.is_empty()
                    && let Some((unit, comparator)) =
                        approx_after_scale(after_space, &unit, chinese)
                {
                    return Some((unit, token.end + skipped, Some(comparator)));
                }
                return Some((unit, token.end + skipped, comparator));
            }
        }
    }
    None
}

/// `1.5万余人`: an approximation word between the scale and the unit; the unit is the
/// scaled one (`万人`) and the word its comparator.
fn approx_after_scale(
    after: &str,
    scale: &UnitMatch,
    chinese: bool,
) -> Option<(UnitMatch, Comparator)> {
    if scale.kind != UnitKind::Scale {
        return None;
    }
    let tail = &after[scale.len..];
    let word = ["余", "多"].into_iter().find(|w| tail.starts_with(w))?;
    let joined = format!("{}{}", scale.written, &tail[word.len()..]);
    let unit = match_unit(&joined, chinese).filter(|u| u.kind != UnitKind::Scale)?;
    let len = unit.len + word.len();
    Some((UnitMatch { len, ..unit }, Comparator::Gt))
}

/// Currency signs written before the number, with the unit they stand for.
const CURRENCY_SIGNS: [(&str, &str); 4] =
    [("￥", "元"), ("¥", "元"), ("US$", "美元"), ("$", "美元")];

/// A currency sign before a number with no unit after it: `￥500` is 500 元. The unit
/// starts at the sign, before the number.
fn currency(text: &str, token: &NumberToken) -> Option<(UnitMatch, usize, Option<Comparator>)> {
    let (sign, name) = CURRENCY_SIGNS
        .iter()
        .find(|(sign, _)| text[..token.start].ends_with(sign))?;
    let unit = match_unit(name, false)?;
    Some((UnitMatch { len: 0, ..unit }, token.start - sign.len(), None))
}

/// A foreign currency written before an amount in 元 (`港币320万元`): the amount is in
/// it (`万港元`), and the quantity starts at the word.
fn currency_before(text: &str, found: &mut Found) {
    if found.kind != UnitKind::Money || !found.unit.ends_with('元') {
        return;
    }
    let before = &text[..found.span.start];
    let Some((word, currency)) = quantity_words()
        .currency_words
        .iter()
        .find(|(word, _)| before.ends_with(word.as_str()))
    else {
        return;
    };
    let written = format!("{}{currency}", found.unit.trim_end_matches('元'));
    let Some(unit) = match_unit(&written, false).filter(|u| u.len == written.len()) else {
        return;
    };
    let Some(base_value) = found.value.checked_mul(unit.factor) else {
        return;
    };
    found.span.start -= word.len();
    found.base_value = base_value;
    found.base_unit = unit.base_unit.clone();
    found.unit = written;
}

fn comparator_before(text: &str, start: usize) -> Option<(Comparator, usize)> {
    let before = &text[..start];
    quantity_words()
        .before
        .iter()
        .find(|(word, _)| before.ends_with(word.as_str()))
        .map(|(word, c)| (*c, start - word.len()))
}

fn comparator_after(text: &str, end: usize) -> Option<(Comparator, usize)> {
    let after = &text[end..];
    quantity_words()
        .after
        .iter()
        .find(|(word, _)| after.starts_with(word.as_str()))
        .map(|(word, c)| (*c, end + word.len()))
}

/// Whether the token has a unit but its value in the base unit is past what a decimal
/// holds (`99999999999999999999999亿元`): too large to read, like a 29-digit number.
pub fn base_overflows(text: &str, token: &NumberToken, value: Decimal) -> bool {
    unit_after(text, token).is_some_and(|(unit, _, _)| value.checked_mul(unit.factor).is_none())
}

/// Builds the quantity for a token whose unit is known; `None` also when the value in
/// the base unit does not fit a decimal (see [`base_overflows`]).
pub fn build(text: &IndexedText, token: &NumberToken, value: Decimal) -> Option<Found> {
    let (unit, unit_start, approx) = unit_after(text, token).or_else(|| currency(text, token))?;
    let mut found = Found {
        span: token.start.min(unit_start)..unit_start.max(token.end) + unit.len,
        number: token.start..token.end,
        value,
        unit: unit.written.clone(),
        base_value: value.checked_mul(unit.factor)?,
        base_unit: unit.base_unit.clone(),
        kind: unit.kind,
        comparator: approx.unwrap_or_default(),
    };
    if unit.kind == UnitKind::Scale && is_about_money(clause_before(text, token.start)) {
        found.base_unit = "元".to_string();
        found.kind = UnitKind::Money;
    }
    per(text, &mut found);
    daily(text, &mut found);
    currency_before(text, &mut found);
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

/// `每X` before a number makes its unit per X: a mass in micrograms or milligrams per
/// volume is a concentration, also when the volume was said earlier in the line
/// (`每立方米17.7微克,较107年的18.8微克`); a length per time right before the number is
/// a speed (`每秒3.6米`), a count per area a density (`每平方公里16,921人`).
fn per(text: &IndexedText, found: &mut Found) {
    let line_start = text.after_last(found.number.start, Bound::Line);
    let line = &text[line_start..found.number.start];
    // Every match starts with `每`: the search starts at the first one.
    let Some(first) = line.find('每') else {
        return;
    };
    let Some(m) = PER.find_iter(&line[first..]).last() else {
        return;
    };
    let what = &m.as_str()["每".len()..];
    let (start, end) = (line_start + first + m.start(), line_start + first + m.end());
    let adjacent = end == found.number.start;
    let kind = match (found.kind, what) {
        (UnitKind::Mass, "立方米" | "立方公尺" | "公升" | "升")
            if matches!(found.unit.as_str(), "微克" | "毫克") =>
        {
            UnitKind::Concentration
        }
        (UnitKind::Length, "秒" | "小时") if adjacent => UnitKind::Speed,
        (UnitKind::Count, "平方公里" | "平方米") if adjacent => UnitKind::Density,
        _ => return,
    };
    let base_what = match what {
        "立方公尺" => "立方米",
        "公升" => "升",
        _ => what,
    };
    found.unit = format!("{}/{what}", found.unit);
    found.base_unit = format!("{}/{base_what}", found.base_unit);
    found.kind = kind;
    if adjacent {
        found.span.start = start;
    }
}

/// A mass or a volume a day (`日处理能力3万吨`, `日供水能力10万立方米`): a capacity,
/// in the units lexicon's capacity a day of its base (吨/日, 立方米/日); the unit stays
/// as written.
fn daily(text: &IndexedText, found: &mut Found) {
    if !matches!(found.kind, UnitKind::Mass | UnitKind::Volume)
        || !contains_any(
            clause_before(text, found.number.start),
            &quantity_words().daily,
        )
    {
        return;
    }
    let per_day = format!("{}/日", found.base_unit);
    if units::kind_of(&per_day) == Some(UnitKind::Capacity) {
        found.base_unit = per_day;
        found.kind = UnitKind::Capacity;
    }
}

/// Whether a clause speaks of money (`投资`, `罚没`), so a bare `万`/`亿` in it is an
/// amount of money.
fn is_about_money(clause: &str) -> bool {
    contains_any(clause, &quantity_words().money)
}

/// Text from the start of the clause up to `at`.
pub fn clause_before<'t>(text: &'t IndexedText, at: usize) -> &'t str {
    &text[text.after_last(at, Bound::CommaClause)..at]
}

/// Whether `between` is a list connector: the members of `A、B和C` share a phrase.
pub fn is_list_connector(between: &str) -> bool {
    quantity_words()
        .list_connectors
        .iter()
        .any(|w| w == between)
}

/// Whether `between` is a range connector (`43%至62%`, `27.9～46.0`).
pub fn is_range_connector(between: &str) -> bool {
    quantity_words()
        .range_connectors
        .iter()
        .any(|w| w == between)
}

/// Whether only a list or range connector stands between two numbers: they share a unit.
pub fn connected(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start)
        .is_some_and(|g| is_list_connector(g) || g == "或" || is_range_connector(g))
}

/// A number without a unit takes the unit of the next number when only a list or range
/// connector stands between them (`50和66.7个百分点`, `30~92天`).
pub fn inherit_unit(
    text: &str,
    token: &NumberToken,
    value: Decimal,
    next: &Found,
) -> Option<Found> {
    if !connected(text, token.end, next.number.start) {
        return None;
    }
    take_unit(text, token, value, next)
}

/// A number without a unit takes the unit of another number of its list or range
/// (`依次为八、三十四、三十七、二十微克每立方米`, `百分之三十八点五、二十七点七`); the
/// caller checks they are of one list.
pub fn take_unit(text: &str, token: &NumberToken, value: Decimal, other: &Found) -> Option<Found> {
    if other.kind == UnitKind::Scale {
        return None;
    }
    let factor = other.base_value.checked_div(other.value)?;
    let mut found = Found {
        span: token.start..token.end,
        number: token.start..token.end,
        value,
        unit: other.unit.clone(),
        base_value: value.checked_mul(factor)?,
        base_unit: other.base_unit.clone(),
        kind: other.kind,
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
        if is_range_connector(between)
            && a.comparator == Comparator::Eq
            && b.comparator == Comparator::Eq
        {
            a.comparator = Comparator::Ge;
            b.comparator = Comparator::Le;
        }
    }
}

/// Whether the number at `start` stands where a value is stated (`仅一天`, `为二点八三`),
/// or alone in brackets there (`综合指数(3.62)`).
pub fn in_value_slot(text: &IndexedText, start: usize) -> bool {
    let before = clause_before(text, start);
    let before = before.strip_suffix('(').unwrap_or(before);
    quantity_words()
        .value_slot
        .iter()
        .any(|w| before.ends_with(w.as_str()))
}

/// A number without a unit that a person still reads as a quantity: a value stated for a
/// named index (`综合指数为3.84`, `为二点八三`), the next item of such a list or range
/// (`分别是二点六八、二点六八和二点七六`, `在二点六八到三点九八之间`), or a change of a
/// unitless index (`较上年改善0.08`). Other bare numbers are left unaccounted.
pub fn bare(
    text: &IndexedText,
    token: &NumberToken,
    value: Decimal,
    in_list: bool,
) -> Option<Found> {
    let rest = &text[token.end..];
    let after = rest.chars().next();
    let ends = after.is_none_or(|c| matches!(c, ',' | '。' | ';' | '、' | ')' | '\n' | ' ' | '|'))
        || rest.starts_with("之间")
        || rest.starts_with(['和', '及', '与', '至', '到', '~', '-', '—']);
    let written = match token.script {
        Script::Arabic => true,
        // Chinese numerals without a unit are a value only with a decimal part, or zero
        // (`重污染天数为零`).
        Script::Chinese => {
            matches!(&text[token.start..token.end], "零" | "〇")
                || text[token.start..token.end].contains('点')
        }
    };
    // A comparator word states a threshold: `酸碱值低于5.6即视为酸雨`.
    let compared = comparator_before(text, token.start);
    let slot = in_list
        || in_value_slot(text, token.start)
        || super::change::ends_with_verb(clause_before(text, token.start));
    ((slot && ends || compared.is_some()) && written).then(|| {
        let (comparator, start) = compared.unwrap_or((Comparator::Eq, token.start));
        Found {
            span: start..token.end,
            number: token.start..token.end,
            value,
            unit: String::new(),
            base_value: value,
            base_unit: String::new(),
            kind: UnitKind::Count,
            comparator,
        }
    })
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;
