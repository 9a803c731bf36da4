//! Heading numbering markers: `一、` (level 1), `(一)` (level 2), `1.` / `1、` (level 3)
//! at the start of a paragraph, and run-in `一是` / `二是` (level 4) inside paragraphs.
//! Only the markers are recognized here; the section tree is built from them in
//! [`super::sections`]. The rules are written to reject look-alikes: a decimal
//! (`1.38万吨`), an enumeration of numbers (`1、2号`), and `一是` inside a word (`唯一是`,
//! `统一是`).

use std::ops::Range;

/// A numbering marker found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// 1 for `一、`, 2 for `(一)`, 3 for `1.`, 4 for `(1)` and `一是`.
    pub level: u8,
    /// Run in inside a paragraph (`一是`), rather than opening it.
    pub run_in: bool,
    /// The number the marker states (`四` → 4), for sequence checks.
    pub value: u32,
    /// Byte range of the numbering characters in the text.
    pub number: Range<usize>,
    /// Byte range of numbering and title (run-in titles end before `。`).
    pub heading: Range<usize>,
}

/// Characters that end a run-in heading title: those that end a clause.
fn ends_title(c: char) -> bool {
    super::Bound::Clause.ends(c)
}

/// Value of a small Chinese numeral used for numbering (`一` … `九十九`).
pub fn small_numeral(s: &str) -> Option<u32> {
    fn digit(c: char) -> Option<u32> {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .and_then(|p| u32::try_from(p + 1).ok())
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', d] => Some(digit(*t)? * 10 + digit(*d)?),
        _ => None,
    }
}

fn is_numeral_char(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// Leading Chinese numeral of `s`: its byte length and value.
fn leading_numeral(s: &str) -> Option<(usize, u32)> {
    let len: usize = s
        .chars()
        .take_while(|&c| is_numeral_char(c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    small_numeral(&s[..len]).map(|v| (len, v))
}

/// The marker at the start of a paragraph, if the paragraph opens with one. `start` is the byte offset of `paragraph` in the whole text; leading white
/// space must already be trimmed.
pub fn paragraph_marker(paragraph: &str, start: usize) -> Option<Marker> {
    let (level, value, number_len) = chinese_list_marker(paragraph)
        .or_else(|| parenthesized_marker(paragraph))
        .or_else(|| arabic_marker(paragraph))
        .or_else(|| circled_marker(paragraph))?;
    let title_end = run_in_title_end(paragraph, number_len)?;
    Some(Marker {
        level,
        run_in: false,
        value,
        number: start..start + number_len,
        heading: start..start + title_end,
    })
}

/// `一、` (or `一.`) → level 1.
fn chinese_list_marker(s: &str) -> Option<(u8, u32, usize)> {
    let (len, value) = leading_numeral(s)?;
    let sep = s[len..]
        .chars()
        .next()
        .filter(|&c| matches!(c, '、' | '.' | '．'))?;
    Some((1, value, len + sep.len_utf8()))
}

/// `①` … `⑳` → level 4.
fn circled_marker(s: &str) -> Option<(u8, u32, usize)> {
    let c = s.chars().next().filter(|c| ('①'..='⑳').contains(c))?;
    Some((4, u32::from(c) - u32::from('①') + 1, c.len_utf8()))
}

/// `(一)` or `（一）` → level 2; `(1)` → level 4.
fn parenthesized_marker(s: &str) -> Option<(u8, u32, usize)> {
    let open = s.chars().next().filter(|&c| c == '(' || c == '（')?;
    let inner = &s[open.len_utf8()..];
    let (level, (len, value)) = leading_numeral(inner)
        .map(|n| (2, n))
        .or_else(|| leading_digits(inner).map(|n| (4, n)))?;
    let close = inner[len..]
        .chars()
        .next()
        .filter(|&c| c == ')' || c == '）')?;
    Some((level, value, open.len_utf8() + len + close.len_utf8()))
}

/// One or two leading ASCII digits of `s` with their value (not 0).
fn leading_digits(s: &str) -> Option<(usize, u32)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let value: u32 = s.get(..digits)?.parse().ok()?;
    ((1..=2).contains(&digits) && value > 0).then_some((digits, value))
}

/// `1.` or `1、` (one or two digits, not followed by a digit) → level 3.
fn arabic_marker(s: &str) -> Option<(u8, u32, usize)> {
    let (digits, value) = leading_digits(s)?;
    let sep = s[digits..]
        .chars()
        .next()
        .filter(|&c| matches!(c, '.' | '、' | '．'))?;
    let after = digits + sep.len_utf8();
    let next = s[after..].chars().next();
    match next {
        Some(c) if c.is_ascii_digit() => None,
        Some(_) => Some((3, value, after)),
        None => None,
    }
}

/// End of a run-in title that starts at `from`: the first sentence end or the end of
/// the paragraph; `None` when the marker has no title at all.
fn run_in_title_end(s: &str, from: usize) -> Option<usize> {
    let end = s[from..]
        .char_indices()
        .find(|&(_, c)| ends_title(c))
        .map_or(s.len(), |(i, _)| from + i);
    let trimmed = s[..end]
        .trim_end_matches([':', '：', ' ', '\t', '\r'])
        .len();
    (trimmed > from).then_some(trimmed)
}

/// Characters after which a run-in `一是` may start: a clause boundary.
fn opens_run_in(c: char) -> bool {
    matches!(
        c,
        '。' | ';' | ':' | ',' | '!' | '?' | '；' | '：' | '，' | '！' | '？' | ')' | '）'
    ) || c.is_whitespace()
}

/// Run-in `一是` / `二是` markers of a paragraph, in order (level 4). The sequence
/// check (each `N是` continues an `N-1是`) is left to the tree builder, which knows the
/// parent.
pub fn run_in_markers(paragraph: &str, start: usize) -> Vec<Marker> {
    let mut out = Vec::new();
    for (i, c) in paragraph.char_indices() {
        if !is_numeral_char(c) {
            continue;
        }
        let preceded_ok = paragraph[..i].chars().next_back().is_none_or(opens_run_in);
        if !preceded_ok {
            continue;
        }
        let Some((len, value)) = leading_numeral(&paragraph[i..]) else {
            continue;
        };
        if !paragraph[i + len..].starts_with('是') {
            continue;
        }
        let number_end = i + len + '是'.len_utf8();
        let Some(title_end) = run_in_title_end(paragraph, number_end) else {
            continue;
        };
        out.push(Marker {
            level: 4,
            run_in: true,
            value,
            number: start + i..start + number_end,
            heading: start + i..start + title_end,
        });
    }
    clip_at_next_marker(paragraph, start, &mut out);
    out
}

/// A run-in title never runs into the next item (`一是…,二是…`).
fn clip_at_next_marker(paragraph: &str, start: usize, markers: &mut [Marker]) {
    for i in 1..markers.len() {
        let next = markers[i].number.start;
        let current = &mut markers[i - 1];
        if next < current.heading.end {
            let kept = paragraph[current.heading.start - start..next - start]
                .trim_end_matches([',', ';', ':', '，', '；', '：', '、', ' '])
                .len();
            current.heading.end = current.heading.start + kept;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker(s: &str) -> Option<(u8, u32, &str, &str)> {
        paragraph_marker(s, 0).map(|m| (m.level, m.value, &s[m.number], &s[m.heading]))
    }

    #[test]
    fn small_numerals_up_to_ninety_nine() {
        assert_eq!(small_numeral("四"), Some(4));
        assert_eq!(small_numeral("十"), Some(10));
        assert_eq!(small_numeral("十二"), Some(12));
        assert_eq!(small_numeral("二十"), Some(20));
        assert_eq!(small_numeral("二十三"), Some(23));
        assert_eq!(small_numeral("十十"), None);
        assert_eq!(small_numeral(""), None);
    }

    #[test]
    fn paragraph_markers_of_three_levels() {
        assert_eq!(
            marker("四、2022年重点工作计划"),
            Some((1, 4, "四、", "四、2022年重点工作计划"))
        );
        assert_eq!(
            marker("(三)省、市民生实事任务如期完成。"),
            Some((2, 3, "(三)", "(三)省、市民生实事任务如期完成"))
        );
        assert_eq!(
            marker("（一）全面提速生态文明建设。一是推进"),
            Some((2, 1, "（一）", "（一）全面提速生态文明建设"))
        );
        assert_eq!(
            marker("2.碧水保卫战取得阶段性成果。一是"),
            Some((3, 2, "2.", "2.碧水保卫战取得阶段性成果"))
        );
        assert_eq!(
            marker("12、加强监管"),
            Some((3, 12, "12、", "12、加强监管"))
        );
        assert_eq!(
            marker("(2)加强扬尘管控。开展检查"),
            Some((4, 2, "(2)", "(2)加强扬尘管控"))
        );
        assert_eq!(marker("③加强监测"), Some((4, 3, "③", "③加强监测")));
        assert_eq!(marker("二.主要做法"), Some((1, 2, "二.", "二.主要做法")));
    }

    #[test]
    fn look_alikes_are_not_markers() {
        assert_eq!(marker("1.38万吨"), None);
        assert_eq!(marker("1、2号机组"), None);
        assert_eq!(marker("2021年,在市委"), None);
        assert_eq!(marker("100.5公里"), None);
        assert_eq!(marker("一批项目"), None);
        assert_eq!(marker("(AQI)达标"), None);
        assert_eq!(marker("一、"), None);
        assert_eq!(marker("(2021)年度"), None);
        assert_eq!(marker("0.5吨"), None);
    }

    #[test]
    fn run_in_markers_need_a_clause_boundary() {
        let s = "加强监管。一是重点推进VOCs治理。累计减排。二是加速移动源防治,三是应对";
        let found: Vec<(u32, &str)> = run_in_markers(s, 0)
            .into_iter()
            .map(|m| (m.value, &s[m.heading]))
            .collect();
        assert_eq!(
            found,
            vec![
                (1, "一是重点推进VOCs治理"),
                (2, "二是加速移动源防治"),
                (3, "三是应对")
            ]
        );
        assert!(run_in_markers("我市为全省唯一是没有的城市。统一是关键", 0).is_empty());
        assert!(run_in_markers("第一是", 0).is_empty());
    }
}
