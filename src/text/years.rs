//! Report year and plan year from a title. A title names the year it reviews
//! (`2021年工作总结`, `2023年上半年工作总结`) and often the year it plans for
//! (`及2022年工作计划`, `暨下半年工作打算` = the same year, `明年` = the next).
//! Taiwan reports count years from the founding of the Republic (`112年`, `民国112年`
//! = 2023); such years are recognized when the text says `民国` or writes its years only
//! that way.

use std::sync::LazyLock;

use crate::lexicon::period_words::period_words;
use crate::lexicon::words::contains_any;
use crate::patterns::source::CHINESE_YEAR_DIGIT_CHARS;
pub use crate::patterns::source::{CHINESE_YEAR_DIGITS, PREVIOUS_YEAR, WRITTEN_YEAR, YEAR};
use crate::patterns::{GREGORIAN_YEAR, ROC_YEAR};

/// A digit of a year written in Chinese numerals (one of [`CHINESE_YEAR_DIGITS`]).
pub fn is_chinese_year_digit(c: char) -> bool {
    CHINESE_YEAR_DIGIT_CHARS.contains(c)
}

/// Whether `text` ends with a year as a comparison writes it ([`WRITTEN_YEAR`]).
pub fn ends_with_written_year(text: &str) -> bool {
    text.bytes().rev().take_while(u8::is_ascii_digit).count() >= 2
        || text
            .chars()
            .rev()
            .take_while(|&c| is_chinese_year_digit(c))
            .count()
            >= 4
}

/// Years of the Republic of China calendar are Gregorian years minus this offset.
const ROC_OFFSET: i32 = 1911;

/// A year written digit by digit in Chinese numerals (`二〇二一年`, `二零零四年`).
static CHINESE_YEAR: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(&format!(r"({CHINESE_YEAR_DIGITS})年")).expect("valid regex")
});
/// A month right after a year: the year is part of a date (`二〇一八年一月`).
static MONTH_AFTER: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(r"^(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月")
        .expect("valid regex")
});

/// Whether the text writes its years in the ROC calendar: it says `民国`, or it has
/// several `1xx年` years and no Gregorian year at all.
pub fn uses_roc_calendar(text: &str) -> bool {
    if text.contains("民国") {
        return true;
    }
    let roc_years = ROC_YEAR
        .captures_iter(text)
        .filter(|c| c[2].len() == 3 && c[2].starts_with('1'))
        .count();
    roc_years >= 2 && !GREGORIAN_YEAR.is_match(text)
}

/// A year written in the title: its Gregorian value and the byte range of the mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct YearMention {
    year: i32,
    start: usize,
    end: usize,
}

/// The value of a year written digit by digit in Chinese numerals (`二〇二一`, `二零零四`).
pub fn chinese_year(digits: &str) -> Option<i32> {
    let mut year = 0;
    let mut count = 0;
    for c in digits.chars() {
        let digit = match c {
            '〇' | '○' | '零' => 0,
            _ => "一二三四五六七八九".chars().position(|d| d == c)? as i32 + 1,
        };
        year = year * 10 + digit;
        count += 1;
    }
    (count == 4 && (1900..=2100).contains(&year)).then_some(year)
}

/// A date stamp in brackets (`(二〇一八年一月)`, `(2022年3月)`) says when a text was
/// written, not which year it reports on.
fn is_bracketed_date(title: &str, start: usize, end: usize) -> bool {
    title[..start].ends_with(['(', '（', '[', '【']) && MONTH_AFTER.is_match(&title[end..])
}

fn year_mentions(title: &str, roc: bool) -> Vec<YearMention> {
    let mut found: Vec<YearMention> = GREGORIAN_YEAR
        .captures_iter(title)
        .filter_map(|c| {
            let m = c.get(1)?;
            Some(YearMention {
                year: m.as_str().parse().ok()?,
                start: m.start(),
                end: c.get(0)?.end(),
            })
        })
        .collect();
    found.extend(CHINESE_YEAR.captures_iter(title).filter_map(|c| {
        let m = c.get(1)?;
        Some(YearMention {
            year: chinese_year(m.as_str())?,
            start: m.start(),
            end: c.get(0)?.end(),
        })
    }));
    if roc {
        found.extend(ROC_YEAR.captures_iter(title).filter_map(|c| {
            let m = c.get(2)?;
            let value: i32 = m.as_str().parse().ok()?;
            (value > 0).then_some(YearMention {
                year: value + ROC_OFFSET,
                start: c.get(1).map_or(m.start(), |p| p.start()),
                end: c.get(0)?.end(),
            })
        }));
    }
    found.retain(|m| !is_bracketed_date(title, m.start, m.end));
    found.sort_by_key(|m| m.start);
    found
}

/// The first year written in `text` (Gregorian, or ROC when `roc`) that is not a starting point or a comparison base
/// (`由2013年的72微克降至2022年的34微克` → 2022), else the first: the year a text opening
/// with it is about.
pub fn first_topic_year(text: &str, roc: bool) -> Option<i32> {
    let mentions = year_mentions(text, roc);
    let based = |m: &&YearMention| text[..m.start].ends_with(['由', '从', '自', '较', '比', '与']);
    mentions
        .iter()
        .find(|m| !based(m))
        .or(mentions.first())
        .map(|m| m.year)
}

/// A year written in a title without `年` (`澳门环境状况报告2022`, `香港环境报告 2022`):
/// a run of exactly four digits that reads as a year.
fn bare_year(title: &str) -> Option<i32> {
    title
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<i32>().ok())
        .find(|year| (1900..=2100).contains(year))
}

/// First position of any of `words` in `text`.
fn first_of(text: &str, words: &[String]) -> Option<usize> {
    words.iter().filter_map(|w| text.find(w.as_str())).min()
}

/// Report year and plan year of a title. `roc` says whether the text uses the ROC
/// calendar (see [`uses_roc_calendar`]).
pub fn title_years(title: &str, roc: bool) -> (Option<i32>, Option<i32>) {
    let period = period_words();
    let words = &period.title;
    let mentions = year_mentions(title, roc);
    let Some(first) = mentions.first() else {
        return (bare_year(title), None);
    };
    // A later year followed by plan words is the plan year.
    let planned = mentions.iter().skip(1).find(|m| {
        let next = mentions
            .iter()
            .find(|n| n.start > m.start)
            .map_or(title.len(), |n| n.start);
        first_of(&title[m.end..next], &period.plan_words).is_some()
    });
    if let Some(plan) = planned {
        return (Some(first.year), Some(plan.year));
    }
    let after = &title[first.end..];
    let plan_year = first_of(after, &period.plan_words).and_then(|at| {
        let before_plan = &after[..at];
        if contains_any(before_plan, &words.next_year) {
            Some(first.year + 1)
        } else if contains_any(before_plan, &words.same_year)
            || !contains_any(after, &words.review_words)
        {
            Some(first.year)
        } else {
            None
        }
    });
    (Some(first.year), plan_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_year_without_its_word() {
        assert_eq!(
            title_years("澳门环境状况报告2022", false),
            (Some(2022), None)
        );
        assert_eq!(title_years("香港环境报告 2022", false), (Some(2022), None));
        // a longer number is no year
        assert_eq!(title_years("第120221号公告", false), (None, None));
    }

    #[test]
    fn review_and_plan_years() {
        assert_eq!(
            title_years("珠海市生态环境局2021年工作总结及2022年工作计划", false),
            (Some(2021), Some(2022))
        );
        assert_eq!(
            title_years(
                "连云港市生态环境局2020年度工作总结及2021年度工作计划",
                false
            ),
            (Some(2020), Some(2021))
        );
        assert_eq!(
            title_years(
                "靖江市生态环境局2023年上半年工作总结暨下半年工作打算(节选)",
                false
            ),
            (Some(2023), Some(2023))
        );
        assert_eq!(
            title_years("某市生态环境局2022年工作总结和明年工作安排", false),
            (Some(2022), Some(2023))
        );
        assert_eq!(
            title_years("某区环保局2024年工作要点", false),
            (Some(2024), Some(2024))
        );
        assert_eq!(
            title_years("某市2021年环境状况公报", false),
            (Some(2021), None)
        );
        assert_eq!(title_years("某市环境状况公报", false), (None, None));
    }

    #[test]
    fn years_in_chinese_numerals() {
        assert_eq!(chinese_year("二〇二一"), Some(2021));
        assert_eq!(chinese_year("二零零四"), Some(2004));
        assert_eq!(chinese_year("一二三四"), None);
        assert_eq!(
            title_years("统计局公布二零零四年环境统计", false),
            (Some(2004), None)
        );
        // A broadcast date in brackets is not the year reported on.
        assert_eq!(
            title_years("某电台《环保之声》播音稿(二〇一八年一月)", false),
            (None, None)
        );
        assert_eq!(
            first_topic_year("二〇一七年全市优良天数为235天", false),
            Some(2017)
        );
        assert_eq!(
            first_topic_year("PM2.5年均浓度由2013年的72微克降至2022年的34微克", false),
            Some(2022)
        );
    }

    #[test]
    fn roc_years_in_taiwan_text() {
        let title = "雨少风弱加上境外移入 台中市112年PM2.5年均值仍列历年第三低";
        assert_eq!(title_years(title, true), (Some(2023), None));
        assert_eq!(
            title_years("民国112年空气品质报告", true),
            (Some(2023), None)
        );
        // Without the ROC calendar, `112年` is not a year.
        assert_eq!(title_years(title, false), (None, None));
    }

    #[test]
    fn roc_calendar_is_detected_from_the_text() {
        let taiwan = "台中市去(112)年PM2.5年平均值较111年及109年略为升高,在100年至112年";
        assert!(uses_roc_calendar(taiwan));
        assert!(uses_roc_calendar("民国112年"));
        assert!(!uses_roc_calendar("2021年处理120年一遇洪水,100年来最大"));
        assert!(!uses_roc_calendar("建党100年"));
    }
}
