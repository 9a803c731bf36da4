//! Document metadata from the title and the lines near the top: title, issuing agency,
//! region, report year, plan year and publication time. Web copies of reports carry page
//! furniture under the title (`2022-03-31 13:24:40 7`: a timestamp and a view counter);
//! its byte ranges are returned so extraction classifies those numbers as furniture
//! instead of data.

use std::ops::Range;
use std::sync::LazyLock;

use super::years::{first_topic_year, is_chinese_year_digit, title_years, uses_roc_calendar};
use crate::input::Normalized;
use crate::lexicon::is_han;
use crate::model::Document;
use crate::patterns::{ORGAN, TIMESTAMP};

/// How many non-empty lines under the title may hold the publication line.
const HEADER_LINES: usize = 8;
/// How many lines under the title may give the report year when the title has none.
const OPENING_LINES: usize = 3;
/// A title longer than this is a body running on after it (text without line breaks).
const MAX_TITLE_CHARS: usize = 100;
/// A publication line is short page furniture, not a sentence.
const MAX_HEADER_LINE_CHARS: usize = 80;
/// How far into the text an agency is looked for when the title names none.
const AGENCY_SEARCH_BYTES: usize = 4096;
/// Longest run of place names before an organ (`新疆维吾尔自治区伊犁哈萨克自治州`).
const MAX_PLACE_CHARS: usize = 16;

/// The suffix of an administrative unit. A bare `州` is left out: it ends many city
/// names (`广州市`, `杭州市`) and would split them.
static PLACE_SUFFIX: LazyLock<regex_lite::Regex> = LazyLock::new(|| {
    regex_lite::Regex::new(r"(?:特别行政区|自治区|自治州|自治县|省|市|县|区)").expect("valid regex")
});
static DIGITS: LazyLock<regex_lite::Regex> =
    LazyLock::new(|| regex_lite::Regex::new(r"[0-9]+(?:\.[0-9]+)?").expect("valid regex"));

/// Title, agency, region, years and publication time, plus the furniture ranges.
pub fn document(normalized: &Normalized) -> (Document, Vec<Range<usize>>) {
    let text = normalized.text.as_str();
    let lines = header_lines(text);
    let title = lines
        .first()
        .map(|&(_, line)| headline(dedupe_doubled(line)).to_string());
    let header = lines.get(1..).unwrap_or_default();
    let (published, furniture) = publication(header).unzip();
    let roc = uses_roc_calendar(text);
    let (title_year, plan_year) = title
        .as_deref()
        .map_or((None, None), |t| title_years(t, roc));
    let stamp_at = furniture.as_ref().and_then(|f| f.first()).map(|r| r.start);
    let year = title_year.or_else(|| opening_year(header, stamp_at, roc));
    let title_organ = title.as_deref().and_then(agency_in);
    let agency = title_organ
        .clone()
        .or_else(|| agency_in(prefix(text, AGENCY_SEARCH_BYTES)));
    let region = title_organ
        .as_deref()
        .and_then(region_of_agency)
        .or_else(|| title.as_deref().and_then(leading_place))
        .or_else(|| title.as_deref().and_then(standalone_place));
    let document = Document {
        title,
        agency,
        region,
        year,
        plan_year,
        published,
    };
    (document, furniture.unwrap_or_default())
}

/// The first non-empty lines (trimmed, with byte offsets), a repeated title line
/// dropped.
fn header_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || (out.is_empty() && is_navigation(trimmed)) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let repeats_title = out
            .first()
            .is_some_and(|&(_, title)| dedupe_doubled(title) == dedupe_doubled(trimmed));
        if !repeats_title {
            out.push((start + lead, trimmed));
        }
        if out.len() > HEADER_LINES {
            break;
        }
    }
    out
}

/// The headline of a first line: all of it, unless the text has no line breaks and the
/// body runs on after the title; then up to the first sentence end or wide gap, at most
/// [`MAX_TITLE_CHARS`] characters.
fn headline(line: &str) -> &str {
    if line.chars().count() <= MAX_TITLE_CHARS {
        return line;
    }
    let cut = line
        .char_indices()
        .take(MAX_TITLE_CHARS)
        .find(|&(i, c)| matches!(c, '。' | '!' | '?' | '\t') || line[i..].starts_with("  "))
        .map(|(i, _)| i);
    let end = cut.unwrap_or_else(|| {
        line.char_indices()
            .nth(MAX_TITLE_CHARS)
            .map_or(line.len(), |(i, _)| i)
    });
    line[..end].trim_end()
}

/// The report year when the title names none: the first year of the opening lines
/// (`2021年,在市委…`), the publication line excepted.
fn opening_year(header: &[(usize, &str)], stamp_at: Option<usize>, roc: bool) -> Option<i32> {
    header
        .iter()
        .filter(|&&(start, line)| {
            stamp_at.is_none_or(|at| !(start..start + line.len()).contains(&at))
        })
        .take(OPENING_LINES)
        .find_map(|&(_, line)| first_topic_year(line, roc))
}

/// A web page's breadcrumb above the title (`首页 > 信息公开 > 工作总结`, `当前位置:…`).
fn is_navigation(line: &str) -> bool {
    line.contains(['>', '＞', '»', '›'])
        || line.starts_with("当前位置")
        || line.starts_with("您的位置")
}

/// A title printed twice on one line (`标题标题` or `标题 标题`) reads once.
fn dedupe_doubled(line: &str) -> &str {
    let half = line.len() / 2;
    for split in [half, half.saturating_sub(1), half + 1] {
        if let (Some(a), Some(b)) = (line.get(..split), line.get(split..))
            && !a.trim().is_empty()
            && a.trim() == b.trim()
        {
            return a.trim();
        }
    }
    line
}

/// The publication line among the header lines: the timestamp as written, and the byte
/// ranges of every number on that line (timestamp, view counter).
fn publication(header: &[(usize, &str)]) -> Option<(String, Vec<Range<usize>>)> {
    header.iter().find_map(|&(start, line)| {
        if line.chars().count() > MAX_HEADER_LINE_CHARS || line.contains('。') {
            return None;
        }
        let stamp = TIMESTAMP.find(line)?;
        let others = DIGITS
            .find_iter(line)
            .filter(|d| d.start() >= stamp.end() || d.end() <= stamp.start())
            .map(|d| d.range());
        let mut ranges: Vec<Range<usize>> = std::iter::once(stamp.range())
            .chain(others)
            .map(|r| start + r.start..start + r.end)
            .collect();
        ranges.sort_by_key(|r| r.start);
        Some((stamp.as_str().to_string(), ranges))
    })
}

/// At most `limit` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, limit: usize) -> &str {
    let mut end = limit.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The environmental organ named in `text`, with the place names before it in the same
/// run of Han characters (`珠海市生态环境局`). A run longer than any chain of place names
/// is a sentence rather than a name; then only its last administrative unit is kept.
fn agency_in(text: &str) -> Option<String> {
    let organ = ORGAN.find(text)?;
    let run_start = text[..organ.start()]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c))
        .last()
        .map_or(organ.start(), |(i, _)| i);
    let before = &text[run_start..organ.start()];
    let run_start = run_start + before.len() - without_title_lead(before).len();
    let before = without_title_lead(before);
    let start = if before.chars().count() > MAX_PLACE_CHARS {
        place_units(before)
            .last()
            .map_or(before.len(), |unit| unit.start)
    } else {
        0
    };
    Some(text[run_start + start..organ.end()].to_string())
}

/// Byte ranges of the administrative units that `before` is made of, each ending in a
/// place suffix (`江苏省靖江市` → `江苏省`, `靖江市`).
fn place_units(before: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    PLACE_SUFFIX
        .find_iter(before)
        .map(|m| {
            let unit = start..m.end();
            start = m.end();
            unit
        })
        .collect()
}

/// The last administrative unit before the organ (`江苏省靖江市生态环境局` → `靖江市`).
fn region_of_agency(agency: &str) -> Option<String> {
    let organ = ORGAN.find(agency)?;
    let before = &agency[..organ.start()];
    let unit = place_units(before).pop()?;
    let region = &before[unit];
    (region.chars().count() >= 2).then(|| region.to_string())
}

/// What may stand before a place at the head of a title: its year and `关于`
/// (`2023年泰州市…`, `2022年度徐州市…`, `关于江川市2022年…`).
fn without_title_lead(run: &str) -> &str {
    let mut rest = run;
    loop {
        let before = rest;
        rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || is_chinese_year_digit(c));
        for lead in ["年度", "年", "关于"] {
            rest = rest.strip_prefix(lead).unwrap_or(rest);
        }
        if rest == before {
            return rest;
        }
    }
}

/// The place a title opens with, after its year or `关于` (`2023年泰州市生态环境状况公报`
/// → `泰州市`): two to six characters up to the first place suffix.
fn leading_place(title: &str) -> Option<String> {
    let rest = without_title_lead(title);
    let suffix = PLACE_SUFFIX.find(rest)?;
    let place = &rest[..suffix.end()];
    ((2..=6).contains(&place.chars().count()) && place.chars().all(is_han))
        .then(|| place.to_string())
}

/// A place name standing alone in a title (`… 台中市112年…`): a run of two to six Han
/// characters that starts after a non-Han character and ends in a place suffix.
fn standalone_place(title: &str) -> Option<String> {
    let mut run_start = None;
    for (i, c) in title.char_indices() {
        if !is_han(c) {
            run_start = None;
            continue;
        }
        let start = *run_start.get_or_insert(i);
        let end = i + c.len_utf8();
        let candidate = &title[start..end];
        let chars = candidate.chars().count();
        let after = title[end..].chars().next();
        let run_ends = after.is_none_or(|a| !is_han(a));
        if run_ends && (2..=6).contains(&chars) && PLACE_SUFFIX.is_match(&candidate[i - start..]) {
            return Some(candidate.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests;
