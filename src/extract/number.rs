//! Numbers in every written form, by one grammar: Arabic digits (`3324.37`, `1,570`,
//! mixed with scale words `3万2千`), Chinese numerals in everyday, traditional and
//! financial forms (`三百一十一`, `两`, `八十五点二`, `壹佰贰拾`), percentages written as
//! words (`百分之六十四点四`, `百分之2.4`, `千分之三`, `百分之百`), tenths (`两成半`,
//! `半成`), fractions (`1/5`, `三分之一`) and a sign (`负`, `-`, `−`). Scanning finds every
//! number-like token of the text; parsing gives its exact decimal value. Scale words
//! after Arabic digits (`500亿`) belong to the unit.

use std::ops::Range;
use std::str::FromStr;

use chinese_number::{ChineseCountMethod, ChineseToNumber};
use rust_decimal::Decimal;

use crate::patterns::NUMBER_GRAMMAR;
use crate::patterns::source::{CHINESE_DIGITS as DIGITS, CHINESE_SCALES as SCALES};

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Arabic,
    Chinese,
}

/// A unit the number spells as part of itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A plain number; any unit follows it.
    Plain,
    /// `百分之…`, `千分之…`, `万分之…`: the unit is the name of the written unit (`%`).
    Per(&'static str),
    /// `两成半`, `半成`: tenths with a half.
    Tenths,
    /// `1/5`, `三分之一`: a fraction, a ratio without a unit.
    Fraction,
}

/// A number-like token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberToken {
    /// Byte range in the text, the sign included.
    pub start: usize,
    pub end: usize,
    /// Exact value, negative when a sign is written; `None` when the digits do not fit a
    /// decimal (over 28 digits) or the numerals do not form a number (`一一一一`).
    pub value: Option<Decimal>,
    pub script: Script,
    pub form: Form,
}

/// Financial Chinese digits and scale characters.
const FINANCIAL: &str = "壹贰叁肆伍陆柒捌玖拾佰仟";
/// The words that spell a unit before the number: `百分之六十` is 60 %.
const PER: [(&str, &str); 3] = [("百分之", "%"), ("千分之", "‰"), ("万分之", "‱")];
/// Signs written before a number; `-` only where it cannot be a range dash.
const SIGNS: [&str; 4] = ["零下", "负", "-", "−"];

const HALF: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// Every number-like token, in text order.
pub fn scan(text: &str) -> Vec<NumberToken> {
    let mut tokens: Vec<NumberToken> = Vec::new();
    for m in NUMBER_GRAMMAR.find_iter(text) {
        // A match inside a number already read (the units of a mixed number that were
        // not its own: `2万34567`).
        if tokens.last().is_some_and(|t| t.end > m.start()) {
            continue;
        }
        let after_digits = tokens.last().is_some_and(|t| {
            t.end == m.start() && t.script == Script::Arabic && t.form == Form::Plain
        });
        read(text, m.range(), after_digits, &mut tokens);
    }
    for i in 0..tokens.len() {
        let previous_end = i.checked_sub(1).map(|p| tokens[p].end);
        tenths(text, &mut tokens[i]);
        signed(text, &mut tokens[i], previous_end);
    }
    tokens
}

/// Which alternative of the grammar a match is, with the parts it captures.
enum Alternative<'a> {
    Per,
    ChineseFraction {
        numerator: &'a str,
        denominator: &'a str,
    },
    ArabicFraction {
        numerator: &'a str,
        denominator: &'a str,
    },
    Mixed,
    Arabic,
    Half,
    Chinese,
}

/// The alternative of the grammar that matched `s`. Each has a mark in its text that
/// no other alternative that can match there has (only `per` starts with its word,
/// only a Chinese fraction holds `分之`, only an Arabic one `/`, only a mixed number
/// starts with a digit and holds a scale character), so the match need not be run again
/// for its capture groups.
fn alternative(s: &str) -> Alternative<'_> {
    if PER.iter().any(|(word, _)| s.starts_with(word)) {
        Alternative::Per
    } else if let Some((denominator, numerator)) = s.split_once("分之") {
        Alternative::ChineseFraction {
            numerator,
            denominator,
        }
    } else if let Some((numerator, denominator)) = s.split_once('/') {
        Alternative::ArabicFraction {
            numerator,
            denominator,
        }
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        if s.is_ascii() {
            Alternative::Arabic
        } else {
            Alternative::Mixed
        }
    } else if s == "半成" {
        Alternative::Half
    } else {
        Alternative::Chinese
    }
}

/// Reads one match of the grammar into tokens (none for a word such as `万家`).
fn read(text: &str, range: Range<usize>, after_digits: bool, tokens: &mut Vec<NumberToken>) {
    let token = |value, script, form| NumberToken {
        start: range.start,
        end: range.end,
        value,
        script,
        form,
    };
    let s = &text[range.clone()];
    match alternative(s) {
        Alternative::Per => {
            let (word, unit) = PER
                .iter()
                .find(|(w, _)| s.starts_with(w))
                .copied()
                .unwrap_or(PER[0]);
            let numerals = &s[word.len()..];
            let (value, script) = match Decimal::from_str(numerals) {
                Ok(v) => (Some(v), Script::Arabic),
                Err(_) => (parse_chinese(numerals), Script::Chinese),
            };
            tokens.push(token(value, script, Form::Per(unit)));
        }
        Alternative::ChineseFraction {
            numerator,
            denominator,
        } => {
            let value = parse_chinese(numerator)
                .zip(parse_chinese(denominator))
                .and_then(|(n, d)| n.checked_div(d));
            tokens.push(token(value, Script::Chinese, Form::Fraction));
        }
        Alternative::ArabicFraction {
            numerator,
            denominator,
        } => arabic_fraction(text, range, (numerator, denominator), tokens),
        Alternative::Mixed => match units_that_go_on(text, range.clone()) {
            None => tokens.push(token(parse_mixed(s), Script::Arabic, Form::Plain)),
            Some(units) => {
                // Read as if the units were not there: the number before `万` (its
                // scale goes to the unit) or the mixed number before them, then the
                // units as a number of their own.
                let before = &text[range.start..units];
                if before.matches(|c: char| SCALES.contains(c)).count() > 1 {
                    let value = parse_mixed(before);
                    tokens.push(NumberToken {
                        end: units,
                        ..token(value, Script::Arabic, Form::Plain)
                    });
                } else {
                    let digits = before.trim_end_matches(|c: char| SCALES.contains(c));
                    arabic(range.start, digits, tokens);
                }
                if let Some(m) = NUMBER_GRAMMAR.find(&text[units..]) {
                    let next = units + m.start()..units + m.end();
                    read(text, next, false, tokens);
                }
            }
        },
        Alternative::Arabic => arabic(range.start, s, tokens),
        Alternative::Half => {
            // `半成品` is a half-finished product, not half a tenth.
            if !text[range.end..].starts_with('品') {
                tokens.push(token(Some(HALF), Script::Chinese, Form::Tenths));
            }
        }
        Alternative::Chinese => {
            let previous = text[..range.start].chars().next_back();
            if !is_word(s, after_digits, previous, text[range.end..].chars().next())
                && !is_sign_word(text, range.clone())
            {
                tokens.push(token(parse_chinese(s), Script::Chinese, Form::Plain));
            }
        }
    }
}

/// A run of numeral characters that is a word, not a number: scale words alone (`万家`,
/// `千方百计`; `十` stays a number, and so does a scale before `余`/`多`, `千余人`, or
/// after an approximation, `近万人次`), scale
/// words right after Arabic digits (the unit's:
/// `500亿`), and financial numerals without a scale (`队伍`, `陆续`: amounts in
/// financial numerals always write one, `壹佰贰拾`).
fn is_word(run: &str, after_digits: bool, previous: Option<char>, next: Option<char>) -> bool {
    let first = run.chars().next().unwrap_or('十');
    // A scale after an approximation is a number of that size (`近万人次`, `逾千家`).
    let approximated = previous.is_some_and(|c| matches!(c, '近' | '逾' | '约' | '超'));
    let counted = matches!(run, "十" | "拾")
        || next.is_some_and(|c| c == '余' || c == '多')
        || (approximated && run.chars().count() == 1 && run != "亿");
    (run.chars().all(|c| SCALES.contains(c)) && !counted)
        || (after_digits && SCALES.contains(first))
        || (run.contains(|c| FINANCIAL.contains(c)) && !run.contains(|c| SCALES.contains(c)))
}

/// `零` of `零下五度`: part of the sign of the number after it.
fn is_sign_word(text: &str, run: std::ops::Range<usize>) -> bool {
    &text[run.clone()] == "零"
        && text[run.end..]
            .strip_prefix('下')
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_digit() || DIGITS.contains(c) || SCALES.contains(c))
}

/// Arabic digits, split at commas that do not group thousands (`10,28` is two numbers).
fn arabic(start: usize, written: &str, tokens: &mut Vec<NumberToken>) {
    if !written.contains(',') {
        tokens.push(NumberToken {
            start,
            end: start + written.len(),
            value: Decimal::from_str(written).ok(),
            script: Script::Arabic,
            form: Form::Plain,
        });
        return;
    }
    let groups: Vec<&str> = written.split(',').collect();
    let thousands = groups.len() > 1
        && groups[0].len() <= 3
        && groups[1..]
            .iter()
            .all(|g| g.split('.').next().is_some_and(|w| w.len() == 3))
        && groups[..groups.len() - 1].iter().all(|g| !g.contains('.'));
    if thousands || groups.len() == 1 {
        tokens.push(NumberToken {
            start,
            end: start + written.len(),
            value: Decimal::from_str(&written.replace(',', "")).ok(),
            script: Script::Arabic,
            form: Form::Plain,
        });
        return;
    }
    let mut at = start;
    for group in groups {
        if !group.is_empty() {
            arabic(at, group, tokens);
        }
        at += group.len() + 1;
    }
}

/// `1/5`: a fraction, unless the slash belongs to a date or a longer path (`2022/3/31`).
fn arabic_fraction(
    text: &str,
    range: std::ops::Range<usize>,
    (numerator, denominator): (&str, &str),
    tokens: &mut Vec<NumberToken>,
) {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let in_path = before.is_some_and(|c| c == '/' || c.is_ascii_alphanumeric())
        || after.is_some_and(|c| c == '/' || c == '.' || c.is_ascii_alphanumeric());
    let value = Decimal::from_str(numerator)
        .ok()
        .zip(Decimal::from_str(denominator).ok())
        .and_then(|(n, d)| n.checked_div(d));
    if in_path || value.is_none() {
        let slash = range.start + numerator.len();
        arabic(range.start, numerator, tokens);
        arabic(slash + 1, &text[slash + 1..range.end], tokens);
        return;
    }
    tokens.push(NumberToken {
        start: range.start,
        end: range.end,
        value,
        script: Script::Arabic,
        form: Form::Fraction,
    });
}

/// The value of a mixed number: the sum of each part times its scale, and the units
/// it may end in (`1亿2,300万` is 123,000,000; `2万3,456` is 23,456).
fn parse_mixed(written: &str) -> Option<Decimal> {
    let mut sum = Decimal::ZERO;
    let mut rest = written;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let part = Decimal::from_str(&rest[..end].replace(',', "")).ok()?;
        let (scale, next) = match rest[end..].chars().next() {
            Some(c) => (scale_of(c)?, &rest[end + c.len_utf8()..]),
            None => (Decimal::ONE, ""),
        };
        sum = sum.checked_add(part.checked_mul(scale)?)?;
        rest = next;
    }
    Some(sum)
}

/// Where the units that end a mixed number start, when they are not its own: after a
/// scale other than `万`, or going on into more digits or a date (`2万34567`,
/// `5万2019年`). `None` for a mixed number without units, or whose units stand.
fn units_that_go_on(text: &str, range: Range<usize>) -> Option<usize> {
    let s = &text[range.clone()];
    let (scale, c) = s.char_indices().rfind(|&(_, c)| SCALES.contains(c))?;
    let units = scale + c.len_utf8();
    if units == s.len() {
        return None;
    }
    let after_wan = c == '万';
    let goes_on = text[range.end..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '年' | '月' | '日'));
    (!after_wan || goes_on).then_some(range.start + units)
}

fn scale_of(c: char) -> Option<Decimal> {
    let size: u64 = match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    };
    Some(Decimal::from(size))
}

/// A sign written right before the token makes it negative. A `-` after a number, or
/// after a number and its unit, is a range dash (`30-92`, `5吨-10吨`), not a sign.
fn signed(text: &str, token: &mut NumberToken, previous_end: Option<usize>) {
    let before = &text[..token.start];
    let Some(sign) = SIGNS.iter().find(|s| before.ends_with(**s)) else {
        return;
    };
    let at = token.start - sign.len();
    if sign.len() == 1 || *sign == "−" {
        let prior = text[..at].chars().next_back();
        let gap = previous_end.and_then(|end| text.get(end..at));
        let after_quantity = gap.is_some_and(|g| {
            g.is_empty()
                || super::unit::match_unit(g, false).is_some_and(|u| u.len == g.len())
                || super::unit::match_unit(g, true).is_some_and(|u| u.len == g.len())
        });
        if after_quantity || prior.is_some_and(|c| c.is_ascii_alphanumeric() || ".)%".contains(c)) {
            return;
        }
    }
    token.start = at;
    token.value = token.value.map(|v| -v);
}

/// A number followed by `成半` is that many tenths and a half (`两成半`); by `成` and one
/// more digit, tenths and hundredths (`三成五` is 3.5成).
fn tenths(text: &str, token: &mut NumberToken) {
    if token.form != Form::Plain {
        return;
    }
    let Some(rest) = text[token.end..].strip_prefix('成') else {
        return;
    };
    let mut chars = rest.chars();
    let (extra, len) = match (chars.next(), chars.next()) {
        (Some('半'), _) => (HALF, '半'.len_utf8()),
        (Some(d), next)
            if d != '零'
                && digit_of(d).is_some()
                && next.is_none_or(|c| !DIGITS.contains(c) && !SCALES.contains(c) && c != '点')
                && super::unit::match_unit(&rest[d.len_utf8()..], true).is_none() =>
        {
            let tenth = digit_of(d).and_then(|c| c.to_digit(10)).unwrap_or(0);
            (Decimal::new(i64::from(tenth), 1), d.len_utf8())
        }
        _ => return,
    };
    token.end += '成'.len_utf8() + len;
    token.form = Form::Tenths;
    token.value = token.value.and_then(|v| v.checked_add(extra));
}

/// The value of Chinese numerals, with an optional `点` fraction: `八十五点二` → 85.2,
/// `百` → 100, `零点三二` → 0.32, `壹佰贰拾` → 120.
pub fn parse_chinese(numerals: &str) -> Option<Decimal> {
    let (whole, fraction) = match numerals.split_once('点') {
        Some((w, f)) => (w, Some(f)),
        None => (numerals, None),
    };
    let mut value = if whole.chars().all(|c| c == '零' || c == '〇') && !whole.is_empty() {
        Decimal::ZERO
    } else if whole.starts_with(|c: char| SCALES.contains(c)) && !whole.starts_with(['十', '拾'])
    {
        // `百`, `千万`: a leading scale is one of it.
        let number: u64 = format!("一{whole}")
            .to_number(ChineseCountMethod::TenThousand)
            .ok()?;
        Decimal::from(number)
    } else {
        let number: u64 = whole.to_number(ChineseCountMethod::TenThousand).ok()?;
        Decimal::from(number)
    };
    if let Some(fraction) = fraction {
        let digits: String = fraction.chars().map(digit_of).collect::<Option<String>>()?;
        value += Decimal::from_str(&format!("0.{digits}")).ok()?;
    }
    Some(value)
}

fn digit_of(c: char) -> Option<char> {
    let i = "零一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .or_else(|| "〇壹贰叁肆伍陆柒捌玖".chars().position(|d| d == c))
        .or((c == '两').then_some(2))?;
    char::from_digit(i as u32, 10)
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
