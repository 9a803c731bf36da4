//! Periods: the year a quantity is about — the nearest year written before it in its
//! clause, else the first year of its sentence or line (the topic year), else, in a
//! transcript's answer, the year of the question, else the year in the titles of its
//! sections, else the report year. ROC years (`112年`) and relative years are converted:
//! `今年`, `去年`, `前年` count from the year the text was written (its publication date;
//! without one, the report's own year is the first such word's year), `上年` from the
//! report's year. Part of a year (`1—6月`, `上半年`, `一季度`, `前三季度`) is a span of
//! months, read from the quantity's clause or from the opening clause of its sentence.

use std::ops::Range;

use super::part::{Part, is_plan_document};
use super::quantity::is_list_connector;
use super::scan::{Scanned, Status};
use crate::lexicon::is_han;
use crate::lexicon::period_words::period_words;
use crate::model::{Document, NonQuantityKind};
use crate::patterns::source::{CHINESE_DIGITS, CHINESE_SCALES};
use crate::patterns::{LAST_YEAR_IS, RELATIVE_YEAR, YEAR_PART};
use crate::text::{Bound, IndexedText, Segmented, SpanSet, is_chinese_year_digit};

/// Year mentions of a text, by position.
#[derive(Debug, Clone, Default)]
pub struct Years {
    marks: Vec<(usize, i32)>,
    /// Part-year marks: position and months (`None` for a whole-year word: `全年`).
    parts: Vec<(usize, Option<(u8, u8)>)>,
    report_year: Option<i32>,
    /// The year the report's plan part is for: the title's plan year, else the year
    /// after a whole year reviewed, else the year of the part reviewed (`上半年` →
    /// its second half).
    plan_year: Option<i32>,
    /// The month or quarter a bulletin's title names, which its figures are of.
    title_months: Option<(u8, u8)>,
}

/// The calendar year of a year as written (`2021`, `112` in ROC text, `二〇二一`).
pub fn calendar_year(written: &str, roc: bool) -> Option<i32> {
    if let Some(digits) = first_run(written, is_chinese_year_digit, 4, 4) {
        return crate::text::chinese_year(digits);
    }
    let n: i32 = first_run(written, |c| c.is_ascii_digit(), 2, 4)?
        .parse()
        .ok()?;
    match n {
        1900..=2100 => Some(n),
        60..=150 if roc => Some(n + 1911),
        _ => None,
    }
}

/// Whether a date names months of a year (`2024年1-2月`), not a day (`2024年3月5日`),
/// nor the start of months that run into another year (`2016年12月至2017年2月`: the
/// year they end in names them).
fn names_months(date: &str, after: &str) -> bool {
    let runs_on = after
        .strip_prefix(['至', '到', '—', '-', '~', '～'])
        .is_some_and(|rest| {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits >= 2 && rest[digits..].starts_with('年')
        });
    date.contains('年') && date.ends_with('月') && !runs_on
}

/// Whether a year is the base of a multiple (`是2020年的3倍`, `为上年的1.6倍`): what
/// follows it is `的`, a number and `倍`. Such a year is no period of the figure.
fn multiplied(after: &str) -> bool {
    after.strip_prefix('的').is_some_and(|rest| {
        rest.trim_start_matches(|c: char| {
            c.is_ascii_digit()
                || c == '.'
                || c == '点'
                || CHINESE_DIGITS.contains(c)
                || CHINESE_SCALES.contains(c)
        })
        .starts_with('倍')
    })
}

/// The first run of at least `min` characters of a kind, cut to `max`: what the regex
/// `[…]{min,max}` finds first.
fn first_run(text: &str, member: fn(char) -> bool, min: usize, max: usize) -> Option<&str> {
    let mut rest = text;
    loop {
        let run = &rest[rest.find(member)?..];
        let (run, after) = run.split_at(run.find(|c| !member(c)).unwrap_or(run.len()));
        if run.chars().count() >= min {
            let end = run.char_indices().nth(max).map_or(run.len(), |(i, _)| i);
            return Some(&run[..end]);
        }
        rest = after;
    }
}

/// The year a text was written in, which `今年`, `去年` and `前年` count from: the year
/// of its publication date (`发布时间:2020年6月4日`), else the one `去(112)年` names the
/// year before, else the report's own year taken as the year of the first such word a
/// sentence uses as its topic (a review of 2017 that says `去年` was written in 2018).
fn written_in(
    text: &str,
    document: &Document,
    roc: bool,
    relative: &[(usize, &str)],
) -> Option<i32> {
    let published = document
        .published
        .as_deref()
        .and_then(|p| first_run(p, |c| c.is_ascii_digit(), 2, 4))
        .and_then(|d| calendar_year(d, false));
    let last_year_named = || {
        LAST_YEAR_IS
            .captures(text)
            .and_then(|c| calendar_year(&c[1], roc))
            .map(|y| y + 1)
    };
    // A comparison with last year (`较去年的29微克`) says nothing of when the text was
    // written: only a relative year standing as a topic does.
    let first_relative = || {
        let year = document.year?;
        let compares = |at: usize| text[..at].ends_with(['较', '比', '与', '同', '和']);
        relative.iter().find_map(|&(at, word)| match word {
            _ if compares(at) => None,
            "今年" => Some(year),
            "去年" => Some(year + 1),
            "前年" => Some(year + 2),
            _ => None,
        })
    };
    published
        .or_else(last_year_named)
        .or_else(first_relative)
        .or(document.year)
}

/// The part-year marks of a text, by position. Most marks are whole-year words, so a
/// match is read by its shape, and only a range of months is read with its groups.
fn parts(text: &str) -> Vec<(usize, Option<(u8, u8)>)> {
    YEAR_PART
        .find_iter(text)
        .filter_map(|m| {
            let (at, written) = (m.start(), m.as_str());
            let months = if written.ends_with('月') {
                let c = YEAR_PART.captures_of(text, m)?;
                let (from, to) = (c.name("from")?, c.name("to")?);
                let (from, to) = (month(from.as_str())?, month(to.as_str())?);
                (from < to && to <= 12).then_some((from, to))?
            } else if let Some(one) = written.strip_suffix("月份") {
                let one = month(one)?;
                (one, one)
            } else if let Some(upto) = written
                .strip_prefix("截至")
                .or_else(|| written.strip_prefix("截止"))
            {
                // `截至9月底`: the months so far (not a day, `截至6月1日`, when a stock is
                // counted).
                let upto = upto.trim_start_matches('到');
                let (m, _) = upto.split_once('月')?;
                (1, month(m)?)
            } else if let Some(one) = written.strip_suffix("月,") {
                // A month framing its clause (`10月,全市…`); up to it, the months so far
                // (`截至10月,`).
                let one = month(one)?;
                let before = &text[..at];
                (
                    if before.ends_with(['至', '止', '到']) {
                        1
                    } else {
                        one
                    },
                    one,
                )
            } else if let Some(half) = written.strip_suffix("半年") {
                // `上下半年` is both halves: the whole year.
                if text[..at].ends_with('上') {
                    return None;
                }
                if half == "上" { (1, 6) } else { (7, 12) }
            } else if let Some(quarters) = written.strip_suffix("季度") {
                match quarters.strip_prefix('前') {
                    Some(first) => (1, 3 * month(first)?),
                    None => {
                        let q = month(quarters.trim_start_matches('第'))?;
                        (3 * q - 2, 3 * q)
                    }
                }
            } else {
                return Some((at, None));
            };
            Some((at, Some(months)))
        })
        .collect()
}

/// The one month, range of months or quarter a bulletin's title names
/// (`2023年10月环境空气质量月报`, `2024年第三季度…`, `1—11月…`): not a half year, whose
/// review is followed by plans, nor a date in brackets (`播音稿(二〇一八年一月)`).
fn title_months(title: &str) -> Option<(u8, u8)> {
    let marked: Vec<(u8, u8)> = YEAR_PART
        .find_iter(title)
        .filter(|m| !m.as_str().ends_with("半年"))
        .filter_map(|m| parts(m.as_str()).first().and_then(|&(_, months)| months))
        .collect();
    if let [one] = marked.as_slice() {
        // `1—12月` is the whole year.
        return (*one != (1, 12)).then_some(*one);
    }
    // `2023年10月环境…`: a month right after its year, followed by what it is of.
    let (_, after_year) = title.split_once('年')?;
    let (written, rest) = after_year.split_once('月')?;
    let one = month(written)?;
    (marked.is_empty() && rest.starts_with(|c: char| is_han(c) && !"日号底初中".contains(c)))
        .then_some((one, one))
}

/// A month or quarter number as written (`6`, `十二`, `两`).
fn month(written: &str) -> Option<u8> {
    if let Ok(n) = written.parse::<u8>() {
        return (1..=12).contains(&n).then_some(n);
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u8 / 3 + 1);
    let n = match written.chars().collect::<Vec<_>>().as_slice() {
        ['两'] => 2,
        ['十'] => 10,
        ['十', d] => 10 + digit(*d)?,
        [d] => digit(*d)?,
        _ => return None,
    };
    (n <= 12).then_some(n)
}

impl Years {
    /// Collects the years of the text; `excluded` are comparison markers (`比2019年`),
    /// whose years are not topics.
    pub fn collect(
        text: &str,
        scanned: &Scanned,
        roc: bool,
        document: &Document,
        excluded: &[Range<usize>],
    ) -> Years {
        let report_year = document.year;
        let excluded = SpanSet::new(excluded.iter().cloned());
        let mut marks: Vec<(usize, i32)> = Vec::new();
        let mut last_range = None;
        for status in &scanned.status {
            let range = match status {
                Status::NonQuantity(NonQuantityKind::Year, range) => range,
                // Months of a year (`2024年1-2月`, `2023年1月至3月`) name their year; a
                // day (`2024年3月5日`) names when, not what period.
                Status::NonQuantity(NonQuantityKind::Date, range)
                    if names_months(&text[range.clone()], &text[range.end..]) =>
                {
                    range
                }
                _ => continue,
            };
            if last_range.as_ref() == Some(range)
                || excluded.covers(range.start)
                || multiplied(&text[range.end..])
            {
                continue;
            }
            let written = text[range.clone()].split('年').next().unwrap_or_default();
            if let Some(year) = calendar_year(written, roc) {
                marks.push((range.start, year));
            }
            last_range = Some(range.clone());
        }
        let relative: Vec<(usize, &str)> = RELATIVE_YEAR
            .find_iter(text)
            .filter(|m| !excluded.covers(m.start()) && !multiplied(&text[m.end()..]))
            .map(|m| (m.start(), m.as_str()))
            .collect();
        let written = written_in(text, document, roc, &relative);
        for &(at, word) in &relative {
            let year = match word {
                "今年" => written,
                "去年" => written.map(|y| y - 1),
                "前年" => written.map(|y| y - 2),
                "明年" => written.map(|y| y + 1),
                _ => report_year.map(|y| y - 1),
            };
            if let Some(year) = year {
                marks.push((at, year));
            }
        }
        marks.sort_unstable();
        // A plan document without a plan year of its own plans for the year it names.
        let plans = document.title.as_deref().is_some_and(is_plan_document);
        let plan_year = document.plan_year.or_else(|| {
            if plans {
                return report_year;
            }
            let reviews_part = document
                .title
                .as_deref()
                .is_some_and(|t| parts(t).iter().any(|(_, months)| months.is_some()));
            report_year.map(|y| if reviews_part { y } else { y + 1 })
        });
        Years {
            marks,
            parts: parts(text),
            report_year,
            plan_year,
            title_months: document.title.as_deref().and_then(title_months),
        }
    }

    /// `2019年、2020年、2021年全市PM2.5平均浓度分别为38、35和31微克/立方米`: a list of
    /// values after `分别`/`依次`, whose clause names as many years before it, takes them
    /// in order. Returns the place in `spans` (values in text order) and the year of each.
    pub fn series(&self, text: &IndexedText, spans: &[Range<usize>]) -> Vec<(usize, i32)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < spans.len() {
            let mut j = i;
            // Two drafts of one value (a shared name) stand at one place: no list.
            while j + 1 < spans.len()
                && text
                    .get(spans[j].end..spans[j + 1].start)
                    .is_some_and(is_list_connector)
            {
                j += 1;
            }
            let clause = text.after_last(spans[i].start, Bound::CommaClause);
            let lead = &text[clause..spans[i].start];
            let marks = self.in_range(clause..spans[i].start);
            if j > i && marks.len() == j - i + 1 && (lead.contains("分别") || lead.contains("依次"))
            {
                out.extend((i..=j).zip(marks.iter().map(|&(_, year)| year)));
            }
            i = j + 1;
        }
        out
    }

    fn in_range(&self, range: Range<usize>) -> &[(usize, i32)] {
        let from = self.marks.partition_point(|&(p, _)| p < range.start);
        let to = self.marks.partition_point(|&(p, _)| p < range.end);
        &self.marks[from..to]
    }

    /// The period of a quantity at byte offset `at`.
    pub fn period_at(
        &self,
        text: &IndexedText,
        segmented: &Segmented,
        at: usize,
        part: Part,
    ) -> Option<i32> {
        let clause = text.after_last(at, Bound::CommaClause);
        if let Some(&(_, year)) = self.in_range(clause..at).last() {
            return Some(year);
        }
        // A record and when it happened (`极端最低气温为-16.8℃,出现在1985年`).
        if let Some(when) = occurred_in(text, at)
            && let Some(&(_, year)) = self.in_range(when).first()
        {
            return Some(year);
        }
        let sentence = text.after_last(at, Bound::Clause);
        if let Some(&(_, year)) = self.in_range(sentence..at).first() {
            return Some(year);
        }
        // A year that opens a sentence earlier in the line, or follows only a framing
        // clause without numbers, is the topic of what follows (`108年台中市…;不良天数为
        // 44天`, `回顾历年改善情形,108年…`).
        let line = text.after_last(at, Bound::Line);
        let opens_sentence = |pos: usize| {
            let before = text[line..pos].trim_end_matches([' ', '\u{3000}']);
            let ends_clause = |c: char| Bound::Clause.ends(c);
            let sentence = before.rfind(ends_clause).map_or(before, |i| &before[i..]);
            before.is_empty()
                || before.ends_with(ends_clause)
                || (before.ends_with(',') && !sentence.contains(|c: char| c.is_ascii_digit()))
        };
        if let Some(&(_, year)) = self
            .in_range(line..at)
            .iter()
            .find(|&&(p, _)| opens_sentence(p))
        {
            return Some(year);
        }
        if let Some(&(_, year)) = question_of(text, line).and_then(|q| self.in_range(q).first()) {
            return Some(year);
        }
        segmented
            .enclosing(at)
            .iter()
            .find_map(|s| self.in_range(s.heading.clone()).first().map(|&(_, y)| y))
            .or(self.year_of(part))
    }

    /// The period of a value a measure went to (`提高至2022年的67%`): the year written in
    /// `gap`, between the earlier value and it; else the year of the report's part.
    pub fn period_after(&self, gap: Range<usize>, part: Part) -> Option<i32> {
        match self.in_range(gap).last() {
            Some(&(_, year)) => Some(year),
            None => self.year_of(part),
        }
    }

    /// The year a quantity with no year of its own is about: the plan year in the plan
    /// part, else the report's year.
    fn year_of(&self, part: Part) -> Option<i32> {
        if part == Part::Plan {
            self.plan_year
        } else {
            self.report_year
        }
    }

    /// The part of the year a quantity at byte offset `at` is about, as a span of months
    /// (`1—6月` → (1, 6)); `None` for the whole year. A mark counts in the quantity's
    /// clause; or, as the frame of the rest of its line, when no number stands before it
    /// in its sentence, no year is written between it and the quantity and no table cell
    /// boundary either (`上半年共立案查处…1015起,同比增长58.6%;处罚金额5242.04万元`);
    /// else the month or quarter of a bulletin's title (`2023年10月环境空气质量月报`).
    pub fn months_at(&self, text: &IndexedText, at: usize) -> Option<(u8, u8)> {
        let clause = text.after_last(at, Bound::CommaClause);
        if let Some(&(_, months)) = self.parts_in(clause..at).last() {
            return months;
        }
        let line = text.after_last(at, Bound::Line);
        let frames = |&&(mark, _): &&(usize, Option<(u8, u8)>)| {
            let sentence = text.after_last(mark, Bound::Clause);
            let before =
                text[sentence..mark].trim_end_matches(|c: char| c.is_ascii_digit() || c == '年');
            !before.contains(|c: char| c.is_ascii_digit())
                && !text[mark..at].contains('|')
                && !self
                    .in_range(mark..at)
                    .iter()
                    .any(|&(p, _)| !is_same_time_of(text, p))
        };
        match self.parts_in(line..at).iter().rev().find(frames) {
            Some(&(_, months)) => months,
            None => self.title_months,
        }
    }

    fn parts_in(&self, range: Range<usize>) -> &[(usize, Option<(u8, u8)>)] {
        let from = self.parts.partition_point(|&(p, _)| p < range.start);
        let to = self.parts.partition_point(|&(p, _)| p < range.end);
        &self.parts[from..to]
    }
}

/// Whether the year written at `at` names the same part of another year (`上年同期`,
/// `2016年同期`): a comparison base, not a new topic.
fn is_same_time_of(text: &str, at: usize) -> bool {
    text[at..]
        .char_indices()
        .take(6)
        .find(|&(_, c)| c == '年')
        .is_some_and(|(i, _)| text[at + i + '年'.len_utf8()..].starts_with("同期"))
}

/// The comma clause right after the one at `at` when it says when that happened
/// (`出现在1985年`, `发生于`): a record's own year.
fn occurred_in(text: &IndexedText, at: usize) -> Option<Range<usize>> {
    let end = text.comma_clause_at(at).end;
    if !text[end..].starts_with(',') {
        return None;
    }
    let next = end + ','.len_utf8();
    let clause_end = text.comma_clause_at(next).end;
    period_words()
        .event_words
        .iter()
        .any(|w| text[next..].starts_with(w.as_str()))
        .then_some(next..clause_end)
}

/// In a transcript, the question line before an answer line that starts at `line`
/// (`问:今年一季度的情况怎么样?` before `答:第一季度,…`): the answer is about its topic.
fn question_of(text: &str, line: usize) -> Option<Range<usize>> {
    if !text[line..].starts_with('答') {
        return None;
    }
    let before = text[..line].trim_end_matches(['\n', '\r', ' ']);
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    before[start..]
        .starts_with('问')
        .then_some(start..before.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::scan;

    fn period(text: &str, roc: bool, at_number: &str, report_year: Option<i32>) -> Option<i32> {
        let text = &IndexedText::new(text);
        let segmented = Segmented::default();
        let scanned = scan(text, &segmented, roc);
        let document = Document {
            year: report_year,
            ..Document::default()
        };
        let years = Years::collect(text, &scanned, roc, &document, &[]);
        let at = text.find(at_number).expect("number in text");
        years.period_at(text, &segmented, at, Part::Review)
    }

    #[test]
    fn calendar_years() {
        assert_eq!(calendar_year("2021年", false), Some(2021));
        assert_eq!(calendar_year("112年", true), Some(2023));
        assert_eq!(calendar_year("112年", false), None);
        assert_eq!(calendar_year("二〇二一年", false), Some(2021));
        assert_eq!(calendar_year("去(2)年,2020-06-04", false), Some(2020));
        assert_eq!(calendar_year("二〇年、二〇一九年", false), Some(2019));
    }

    /// The scan finds what `[…]{min,max}` finds first.
    #[test]
    fn first_run_is_the_first_regex_match() {
        let digits = regex::Regex::new(r"[0-9]{2,4}").unwrap();
        let chinese = regex::Regex::new(crate::text::CHINESE_YEAR_DIGITS).unwrap();
        for text in [
            "2021年",
            "a1b23c",
            "123456",
            "7",
            "",
            "发布时间:2020-06-04",
            "二〇二一年",
            "二〇年二〇一九年",
            "一二三四五",
            "民國112年",
        ] {
            let ascii = first_run(text, |c| c.is_ascii_digit(), 2, 4);
            assert_eq!(ascii, digits.find(text).map(|m| m.as_str()), "{text}");
            let han = first_run(text, crate::text::is_chinese_year_digit, 4, 4);
            assert_eq!(han, chinese.find(text).map(|m| m.as_str()), "{text}");
        }
        assert_eq!(
            first_run("a1b23c", |c| c.is_ascii_digit(), 2, 4),
            Some("23")
        );
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
    fn months_as_written() {
        assert_eq!(month("6"), Some(6));
        assert_eq!(month("十二"), Some(12));
        assert_eq!(month("两"), Some(2));
        assert_eq!(month("13"), None);
        let spans: Vec<_> = parts("1—6月、三至五月、上半年、上下半年、第四季度、前三季度、全年、一季度、下半年、前两季度、4季度")
            .into_iter()
            .map(|(_, m)| m)
            .collect();
        assert_eq!(
            spans,
            [
                Some((1, 6)),
                Some((3, 5)),
                Some((1, 6)),
                Some((10, 12)),
                Some((1, 9)),
                None,
                Some((1, 3)),
                Some((7, 12)),
                Some((1, 6)),
                Some((10, 12))
            ]
        );
    }

    #[test]
    fn report_year_otherwise() {
        assert_eq!(period("处理率100%。", false, "100", Some(2021)), Some(2021));
    }
}
