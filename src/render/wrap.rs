//! Line breaking for table cells that never splits a token. A token is a run of narrow
//! characters (a number, an id, a path, `+149.35%`) together with the unit written after
//! a number (`15.6微克/立方米`, `6000亿元`); Chinese text may break between any two
//! characters, except before closing punctuation (`,。)”`), which stays with what it
//! closes. Widths are display columns (a Han character takes two).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::lexicon::units::match_unit;

/// Closing punctuation that must not begin a line, wide (`,。)”`) and narrow.
const CLOSING: &str = "\u{FF0C}\u{3002}\u{3001}\u{FF1B}\u{FF1A}\u{FF01}\u{FF1F}\u{FF09}\u{300B}\u{300D}\u{300F}\u{201D}\u{2019},.;:!?)]}%";

/// The tokens of one line of text, in order; whitespace is its own token.
pub fn tokens(line: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if c.is_whitespace() {
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| d.is_whitespace()) {
                end = j + d.len_utf8();
                chars.next();
            }
        } else if is_narrow(c) {
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| is_narrow(*d)) {
                end = j + d.len_utf8();
                chars.next();
            }
            if line[i..end].ends_with(|d: char| d.is_ascii_digit())
                && let Some(unit) = match_unit(&line[end..], false)
            {
                end += unit.len;
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
        }
        while let Some(&(j, d)) = chars.peek().filter(|(_, d)| CLOSING.contains(*d)) {
            end = j + d.len_utf8();
            chars.next();
        }
        tokens.push(&line[i..end]);
    }
    tokens
}

fn is_narrow(c: char) -> bool {
    !c.is_whitespace() && c.width().unwrap_or(0) <= 1 && !CLOSING_QUOTES.contains(c)
}

/// Closing quotes are narrow but belong to the text before them.
const CLOSING_QUOTES: &str = "\u{201D}\u{2019}";

/// Display width of the widest token of `text`: the narrowest a column can be without
/// breaking one.
pub fn widest_token(text: &str) -> usize {
    text.lines()
        .flat_map(tokens)
        .filter(|t| !t.trim().is_empty())
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// `text` broken into lines of at most `width` columns at token boundaries; a token
/// wider than `width` gets a line of its own.
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for source in text.lines() {
        let mut line = String::new();
        for token in tokens(source) {
            let blank = token.trim().is_empty();
            if line.width() + token.width() > width && !line.trim().is_empty() {
                lines.push(line.trim_end().to_string());
                line.clear();
                if blank {
                    continue;
                }
            }
            line.push_str(token);
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_units_and_ids_stay_whole() {
        assert_eq!(
            tokens("超过6000亿元。"),
            ["超", "过", "6000亿元。"],
            "the unit after a number and the closing mark stay with it"
        );
        assert_eq!(
            tokens("同比下降15.6微克/立方米"),
            ["同", "比", "下", "降", "15.6微克/立方米"]
        );
        assert_eq!(
            tokens("air.pm25_concentration >= 35"),
            ["air.pm25_concentration", " ", ">=", " ", "35"]
        );
        assert_eq!(widest_token("“十四五”时期预计地区生产总值超过6000亿元"), 8);
    }

    #[test]
    fn wraps_at_token_boundaries_only() {
        assert_eq!(
            wrap("预计地区生产总值超过6000亿元", 22),
            "预计地区生产总值超过\n6000亿元"
        );
        assert_eq!(
            wrap("Fines and confiscations", 12),
            "Fines and\nconfiscations"
        );
        assert_eq!(wrap("↑ +149.35%", 6), "↑\n+149.35%");
    }
}
