//! Layout spaces inside dates and numbers go. Text taken from PDFs spaces every run of
//! digits off the characters around it (`2022 年 1-6 月`), and some typesetting groups
//! digits with spaces (`12 345亩`, `1 286.5万亩`, with a thin or no-break space too); a
//! year, a month or a number reads only when its parts touch, so those spaces are
//! layout, not text. Other spaces stay: between the columns of a table (`2020年 2021年`,
//! `浓度 1 234`), and between a number and its unit, which read either way (`30 微克`).

use super::rewrite::{Rewriter, Step};

/// The spaces digits are grouped with: a plain, a thin, a narrow no-break and a
/// no-break space.
const GROUPING: [char; 4] = [' ', '\u{2009}', '\u{202F}', '\u{00A0}'];

/// Removes the spaces inside dates and grouped numbers.
pub fn join_layout_spaces(text: &str) -> Step<'_> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    let mut at = 0;
    // Where the last space joined in a number ended: the next group goes on from there.
    let mut group_end = None;
    while let Some(found) = text[at..].find(GROUPING) {
        let start = at + found;
        let space = text[start..].chars().next().map_or(1, char::len_utf8);
        let (before, after) = (&text[..start], &text[start + space..]);
        let lead = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let end = if grouped_digits(before, lead, after, group_end == Some(start - lead)) {
            group_end = Some(start + space);
            start + space
        } else {
            // The run of spaces, and whether a date's words meet across it.
            let run = after.len() - after.trim_start_matches(' ').len();
            let joins = text.as_bytes()[start] == b' '
                && match before.chars().next_back() {
                    // `2022 年`, `1-6 月`, `15 日`
                    Some('0'..='9') => after[run..].starts_with(['年', '月', '日']),
                    // `年 1-6 月`, `月 15 日`: the digits that follow end in a date word.
                    Some('年') => dated_digits(&after[run..], '月'),
                    Some('月') => dated_digits(&after[run..], '日'),
                    _ => false,
                };
            if !joins {
                at = start + space;
                continue;
            }
            start + space + run
        };
        if start >= rewriter.position() {
            rewriter.replace(start..end, "");
            count += 1;
        }
        at = end;
    }
    rewriter.finish(count)
}

/// Whether `text` opens with digits (or a range of them, `1-6`) that, perhaps after
/// spaces, end in `word`.
fn dated_digits(text: &str, word: char) -> bool {
    let digits = text.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '~'));
    text.starts_with(|c: char| c.is_ascii_digit())
        && digits.trim_start_matches(' ').starts_with(word)
}

/// Whether the space between `before` (ending in `lead` digits) and `after` groups a
/// number's digits (`12 345亩`): one to three digits before it, that a character other
/// than a space stands before (or a group it `continues`), and exactly three after it,
/// followed by more groups, a decimal part or a character other than a digit or a space.
fn grouped_digits(before: &str, lead: usize, after: &str, continues: bool) -> bool {
    let opener = before[..before.len() - lead].chars().next_back();
    let opens =
        continues || opener.is_none_or(|c| !GROUPING.contains(&c) && !matches!(c, '.' | ',' | '-'));
    let Some(rest) = after
        .get(..3)
        .filter(|g| g.bytes().all(|b| b.is_ascii_digit()))
        .map(|_| &after[3..])
    else {
        return false;
    };
    let closes = match rest.chars().next() {
        None => true,
        Some(c) if GROUPING.contains(&c) => rest[c.len_utf8()..]
            .get(..3)
            .is_some_and(|g| g.bytes().all(|b| b.is_ascii_digit())),
        Some(c) => !c.is_ascii_digit() && !c.is_ascii_whitespace(),
    };
    (1..=3).contains(&lead) && opens && closes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_spaced_off_its_words_is_joined() {
        let out = join_layout_spaces("2022 年 1-6 月,全市PM2.5浓度为 30 微克;3 月 15 日");
        assert_eq!(out.text, "2022年1-6月,全市PM2.5浓度为 30 微克;3月15日");
        assert_eq!(out.count, 6);
    }

    #[test]
    fn digits_grouped_with_spaces_are_one_number() {
        let out =
            join_layout_spaces("面积为12 345亩,其中1 286.5万亩;人口2\u{2009}345\u{2009}678人");
        assert_eq!(out.text, "面积为12345亩,其中1286.5万亩;人口2345678人");
        assert_eq!(out.count, 4);
    }

    #[test]
    fn table_columns_and_units_keep_their_spaces() {
        let text = "指标 2020年 2021年 变化\n浓度 30 微克 年 2 次\n数量 1 234 5 678\n共 12 345";
        let out = join_layout_spaces(text);
        assert_eq!(out.text, text);
        assert_eq!(out.count, 0);
    }

    #[test]
    fn a_joined_date_maps_back_to_its_digits_and_word() {
        let out = join_layout_spaces("2022  年");
        assert_eq!(out.text, "2022年");
        assert_eq!(out.map.to_input(4), 6); // `年`
    }
}
