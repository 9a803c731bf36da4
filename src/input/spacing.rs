//! Spaces inside dates written in digits (`2022 年`, `2022 年 1-6 月`, `3 月 15 日`) go.
//! Text taken from PDFs spaces every run of digits off the characters around it; a year
//! or a month reads only when its digits touch its word, so those spaces are layout, not
//! text. Other spaces stay: between columns of a table (`2020年 2021年`), and between a
//! number and its unit, which read either way (`30 微克`).

use super::rewrite::{Rewriter, Step};

/// Removes the spaces between a date's digits and its words.
pub fn join_spaced_dates(text: &str) -> Step<'_> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = memchr::memchr(b' ', &bytes[from..]) {
        let start = from + found;
        let end = start + bytes[start..].iter().take_while(|&&b| b == b' ').count();
        from = end;
        let (before, after) = (&text[..start], &text[end..]);
        let joins = match before.chars().next_back() {
            // `2022 年`, `1-6 月`, `15 日`
            Some('0'..='9') => after.starts_with(['年', '月', '日']),
            // `年 1-6 月`, `月 15 日`: the digits that follow end in the next date word.
            Some('年') => dated_digits(after, '月'),
            Some('月') => dated_digits(after, '日'),
            _ => false,
        };
        if joins && start >= rewriter.position() {
            rewriter.replace(start..end, "");
            count += 1;
        }
    }
    rewriter.finish(count)
}

/// Whether `text` opens with digits (or a range of them, `1-6`) that, perhaps after
/// spaces, end in `word`.
fn dated_digits(text: &str, word: char) -> bool {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '~'));
    digits.len() < text.len()
        && text.starts_with(|c: char| c.is_ascii_digit())
        && digits.trim_start_matches(' ').starts_with(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_spaced_off_its_words_is_joined() {
        let out = join_spaced_dates("2022 年 1-6 月,全市PM2.5浓度为 30 微克;3 月 15 日");
        assert_eq!(out.text, "2022年1-6月,全市PM2.5浓度为 30 微克;3月15日");
        assert_eq!(out.count, 6);
    }

    #[test]
    fn table_columns_and_units_keep_their_spaces() {
        let text = "指标 2020年 2021年 变化\n浓度 30 微克 年 2 次";
        let out = join_spaced_dates(text);
        assert_eq!(out.text, text);
        assert_eq!(out.count, 0);
    }

    #[test]
    fn a_joined_date_maps_back_to_its_digits_and_word() {
        let out = join_spaced_dates("2022  年");
        assert_eq!(out.text, "2022年");
        assert_eq!(out.map.to_input(4), 6); // `年`
    }
}
