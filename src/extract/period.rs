//! Periods: the year a quantity is about — the nearest year written before it in its
//! clause, else the first year of its sentence or line (the topic year), else the year in
//! the titles of its sections, else the report year. ROC years (`112年`) and relative
//! years (`去年`, `前年`) are converted.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::after_last;
use super::scan::{Scanned, Status};
use crate::model::NonQuantityKind;
use crate::text::{CHINESE_YEAR_DIGITS, Segmented};

/// Year mentions of a text, by position.
#[derive(Debug, Clone, Default)]
pub struct Years {
    marks: Vec<(usize, i32)>,
    report_year: Option<i32>,
}

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9]{2,4}").expect("valid"));
static CHINESE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(CHINESE_YEAR_DIGITS).expect("valid"));
static RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"今年|去年|前年|上年").expect("valid"));
/// `去(112)年`: the text says which year `去年` is.
static LAST_YEAR_IS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"去\(([0-9]{2,4})\)年").expect("valid"));

/// The calendar year of a year as written (`2021`, `112` in ROC text, `二〇二一`).
pub fn calendar_year(written: &str, roc: bool) -> Option<i32> {
    if let Some(m) = CHINESE_YEAR.find(written) {
        return crate::text::chinese_year(m.as_str());
    }
    let n: i32 = DIGITS.find(written)?.as_str().parse().ok()?;
    match n {
        1900..=2100 => Some(n),
        60..=150 if roc => Some(n + 1911),
        _ => None,
    }
}

impl Years {
    /// Collects the years of the text; `excluded` are comparison markers (`比2019年`),
    /// whose years are not topics.
    pub fn collect(
        text: &str,
        scanned: &Scanned,
        roc: bool,
        report_year: Option<i32>,
        excluded: &[Range<usize>],
    ) -> Years {
        let mut marks: Vec<(usize, i32)> = Vec::new();
        let mut last_range = None;
        for status in &scanned.status {
            if let Status::NonQuantity(NonQuantityKind::Year, range) = status {
                if last_range.as_ref() == Some(range)
                    || excluded.iter().any(|e| e.contains(&range.start))
                {
                    continue;
                }
                if let Some(year) = calendar_year(&text[range.clone()], roc) {
                    marks.push((range.start, year));
                }
                last_range = Some(range.clone());
            }
        }
        let last_year = LAST_YEAR_IS
            .captures(text)
            .and_then(|c| calendar_year(&c[1], roc))
            .or(report_year.map(|y| y - 1));
        for m in RELATIVE.find_iter(text) {
            if excluded.iter().any(|e| e.contains(&m.start())) {
                continue;
            }
            let year = match m.as_str() {
                "今年" => report_year,
                "去年" | "上年" => last_year,
                _ => last_year.map(|y| y - 1),
            };
            if let Some(year) = year {
                marks.push((m.start(), year));
            }
        }
        marks.sort_unstable();
        Years { marks, report_year }
    }

    fn in_range(&self, range: Range<usize>) -> &[(usize, i32)] {
        let from = self.marks.partition_point(|&(p, _)| p < range.start);
        let to = self.marks.partition_point(|&(p, _)| p < range.end);
        &self.marks[from..to]
    }

    /// The period of a quantity at byte offset `at`.
    pub fn period_at(&self, text: &str, segmented: &Segmented, at: usize) -> Option<i32> {
        let clause = after_last(text, at, &[',', ';', '。', '\n', ':', '|']);
        if let Some(&(_, year)) = self.in_range(clause..at).last() {
            return Some(year);
        }
        let sentence = after_last(text, at, &[';', '。', '\n']);
        if let Some(&(_, year)) = self.in_range(sentence..at).first() {
            return Some(year);
        }
        // A year that opens a sentence earlier in the line is the topic of what follows
        // (`108年台中市…;不良天数为44天`).
        let line = after_last(text, at, &['\n']);
        let opens_sentence = |pos: usize| {
            let before = text[line..pos].trim_end_matches([' ', '\u{3000}']);
            before.is_empty() || before.ends_with(['。', ';', '!', '?'])
        };
        if let Some(&(_, year)) = self
            .in_range(line..at)
            .iter()
            .find(|&&(p, _)| opens_sentence(p))
        {
            return Some(year);
        }
        segmented
            .enclosing(at)
            .iter()
            .find_map(|s| self.in_range(s.heading.clone()).first().map(|&(_, y)| y))
            .or(self.report_year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::scan;

    fn period(text: &str, roc: bool, at_number: &str, report_year: Option<i32>) -> Option<i32> {
        let segmented = Segmented::default();
        let scanned = scan(text, &segmented, roc);
        let years = Years::collect(text, &scanned, roc, report_year, &[]);
        let at = text.find(at_number).expect("number in text");
        years.period_at(text, &segmented, at)
    }

    #[test]
    fn calendar_years() {
        assert_eq!(calendar_year("2021年", false), Some(2021));
        assert_eq!(calendar_year("112年", true), Some(2023));
        assert_eq!(calendar_year("112年", false), None);
        assert_eq!(calendar_year("二〇二一年", false), Some(2021));
    }

    #[test]
    fn nearest_year_in_the_clause() {
        let text = "112年台中市PM2.5平均值为15.6微克,仅高于111年的12.7微克及109年的15.4微克。";
        assert_eq!(period(text, true, "15.6", None), Some(2023));
        assert_eq!(period(text, true, "12.7", None), Some(2022));
        assert_eq!(period(text, true, "15.4", None), Some(2020));
    }

    #[test]
    fn topic_year_of_the_line() {
        let text = "108年台中市PM2.5平均值为17.7微克,较107年的18.8微克改善1.1微克;不良天数为44天,较107年减少16天。";
        assert_eq!(period(text, true, "44", None), Some(2019));
    }

    #[test]
    fn relative_years() {
        let text = "去(112)年PM2.5回升。去年雨量仅32mm,远低于前年同期的253.3mm。";
        assert_eq!(period(text, true, "32", Some(2023)), Some(2023));
        assert_eq!(period(text, true, "253.3", Some(2023)), Some(2022));
    }

    #[test]
    fn report_year_otherwise() {
        assert_eq!(period("处理率100%。", false, "100", Some(2021)), Some(2021));
    }
}
