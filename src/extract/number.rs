//! Numbers: Arabic (`3324.37`, `1,570`), Chinese numerals (`三百一十一`, `两`, `八十五点二`)
//! and `百分之…`. Scanning finds every number-like token of the text; parsing gives its
//! exact decimal value. Scale words after a number (`500亿`) belong to the unit.

use std::str::FromStr;
use std::sync::LazyLock;

use chinese_number::{ChineseCountMethod, ChineseToNumber};
use regex::Regex;
use rust_decimal::Decimal;

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Arabic,
    Chinese,
    /// `百分之八十五点二`: a Chinese percentage, the unit is part of the number.
    ChinesePercent,
}

/// A number-like token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberToken {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// Exact value; `None` when the digits do not fit a decimal (over 28 digits) or the
    /// numerals do not form a number (`一一一一`).
    pub value: Option<Decimal>,
    pub script: Script,
}

static ARABIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?:[^0-9,]|$)|[0-9]+(?:\.[0-9]+)?")
        .expect("valid regex")
});
static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:百分之)?[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
        .expect("valid regex")
});

/// Arabic digits with scale words between them: `3万2千`, `1亿2000万`.
static MIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]+(?:\.[0-9]+)?[万亿](?:[0-9]+(?:\.[0-9]+)?[千百万])+").expect("valid regex")
});
static MIXED_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9]+(?:\.[0-9]+)?)([万亿千百])").expect("valid regex"));

/// The value of a mixed number: the sum of each part times its scale.
fn parse_mixed(written: &str) -> Option<Decimal> {
    MIXED_PART
        .captures_iter(written)
        .try_fold(Decimal::ZERO, |sum, c| {
            let scale: u64 = match &c[2] {
                "亿" => 100_000_000,
                "万" => 10_000,
                "千" => 1_000,
                _ => 100,
            };
            Decimal::from_str(&c[1])
                .ok()?
                .checked_mul(Decimal::from(scale))
                .and_then(|v| sum.checked_add(v))
        })
}

/// Every number-like token, in text order.
pub fn scan(text: &str) -> Vec<NumberToken> {
    let mut tokens: Vec<NumberToken> = MIXED
        .find_iter(text)
        .map(|m| NumberToken {
            start: m.start(),
            end: m.end(),
            value: parse_mixed(m.as_str()),
            script: Script::Arabic,
        })
        .collect();
    let mixed: Vec<(usize, usize)> = tokens.iter().map(|t| (t.start, t.end)).collect();
    let inside_mixed = |at: usize| {
        let after = mixed.partition_point(|&(s, _)| s <= at);
        after > 0 && at < mixed[after - 1].1
    };
    for m in ARABIC.find_iter(text) {
        if inside_mixed(m.start()) {
            continue;
        }
        let mut end = m.end();
        // The thousands alternative includes the first character after the digits.
        if let Some(c) = m.as_str().chars().last().filter(|c| !c.is_ascii_digit()) {
            end -= c.len_utf8();
        }
        let digits = text[m.start()..end].replace(',', "");
        tokens.push(NumberToken {
            start: m.start(),
            end,
            value: Decimal::from_str(&digits).ok(),
            script: Script::Arabic,
        });
    }
    let mut arabic_ends: Vec<usize> = tokens.iter().map(|t| t.end).collect();
    arabic_ends.sort_unstable();
    for m in CHINESE.find_iter(text) {
        let s = m.as_str();
        // Scale words right after Arabic digits are the unit's (`500亿`), and a run of
        // scale words alone is a word (`万家`, `千方百计`), not a number.
        if arabic_ends.binary_search(&m.start()).is_ok()
            || inside_mixed(m.start())
            || s.chars().all(|c| "百千万亿".contains(c))
        {
            continue;
        }
        let (script, numerals) = match s.strip_prefix("百分之") {
            Some(rest) => (Script::ChinesePercent, rest),
            None => (Script::Chinese, s),
        };
        tokens.push(NumberToken {
            start: m.start(),
            end: m.end(),
            value: parse_chinese(numerals),
            script,
        });
    }
    tokens.sort_by_key(|t| t.start);
    tokens
}

/// The value of Chinese numerals, with an optional `点` fraction: `八十五点二` → 85.2.
pub fn parse_chinese(numerals: &str) -> Option<Decimal> {
    let (whole, fraction) = match numerals.split_once('点') {
        Some((w, f)) => (w, Some(f)),
        None => (numerals, None),
    };
    let whole: u64 = if whole == "零" || whole == "〇" {
        0
    } else {
        whole.to_number(ChineseCountMethod::TenThousand).ok()?
    };
    let mut value = Decimal::from(whole);
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
        .or((c == '〇').then_some(0))?;
    char::from_digit(i as u32, 10)
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn arabic_decimals_and_thousands() {
        assert_eq!(
            values("罚没金额3324.37万元"),
            vec![("3324.37".into(), dec("3324.37"))]
        );
        assert_eq!(values("时数1,570小时"), vec![("1,570".into(), dec("1570"))]);
    }

    #[test]
    fn clause_comma_is_not_a_thousands_separator() {
        let v = values("案件192件,罚没金额3324.37万元");
        assert_eq!(v[0], ("192".into(), dec("192")));
        let v = values("分别为10,28");
        assert_eq!(v.len(), 2);
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
    }

    #[test]
    fn chinese_percent() {
        let t = &scan("达标率百分之八十五点二")[0];
        assert_eq!((t.script, t.value), (Script::ChinesePercent, dec("85.2")));
    }

    #[test]
    fn scale_after_digits_is_not_a_number() {
        assert_eq!(values("投入500亿建设"), vec![("500".into(), dec("500"))]);
        assert!(values("绿色生活进万家").is_empty());
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
}
