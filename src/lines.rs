//! Lines of an input as the user's editor shows them. A line ends at a line feed, at a
//! carriage return before a line feed (`\r\n`, and the `\r\r\n` of a file converted
//! twice: the run of returns and the feed are one line end), and at a lone carriage
//! return (old Mac files; each return of a run ends a line). Every reader of lines —
//! the offset map, line-end unification, source lines shown in diagnostics — uses this
//! one definition, and finds a line by binary search over starts found once.

use std::ops::Range;

/// The byte ranges of the line ends of `text`, in order.
pub fn line_ends(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut after = 0;
    memchr::memchr2_iter(b'\n', b'\r', bytes).filter_map(move |at| {
        if at < after {
            return None; // inside a run of returns already handled
        }
        if bytes[at] == b'\n' {
            after = at + 1;
            return Some(at..at + 1);
        }
        let returns = bytes[at..].iter().take_while(|&&b| b == b'\r').count();
        let end = if bytes.get(at + returns) == Some(&b'\n') {
            at + returns + 1
        } else {
            at + 1
        };
        after = end;
        Some(at..end)
    })
}

/// Line starts of a text, found once; a line by number in logarithmic time.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of each line's start; the first is 0.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0)
            .chain(line_ends(text).map(|end| end.end))
            .collect();
        LineIndex { text, starts }
    }

    /// Byte offsets of the line starts.
    pub fn starts(&self) -> &[usize] {
        &self.starts
    }

    /// The 1-based `line`, without its line end.
    pub fn line(&self, line: usize) -> Option<&'a str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).copied().unwrap_or(self.text.len());
        let text = self.text.get(start..end)?;
        let text = text.strip_suffix('\n').unwrap_or(text);
        Some(text.trim_end_matches('\r'))
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }

    /// The byte offset where the line holding byte `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.starts[self.line_of(offset) - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_crlf_lone_cr_and_doubled_returns_end_lines() {
        let text = "一\n二\r\n三\r四\r\r\n五\r\r六";
        let index = LineIndex::new(text);
        let lines: Vec<_> = (1..=7).map(|n| index.line(n)).collect();
        assert_eq!(
            lines,
            [
                Some("一"),
                Some("二"),
                Some("三"),
                Some("四"),
                Some("五"),
                Some(""),
                Some("六")
            ]
        );
        assert_eq!(index.line(8), None);
        assert_eq!(index.line(0), None);
        assert_eq!(index.line_of(text.find('四').unwrap()), 4);
    }

    #[test]
    fn a_line_starts_after_the_last_line_feed_before_a_place() {
        let text = "甲，乙。\n  丙丁，戊\n己。庚\n";
        let index = LineIndex::new(text);
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(index.line_start(at), start, "{at}");
        }
    }

    #[test]
    fn a_final_line_end_opens_an_empty_last_line() {
        let index = LineIndex::new("a\r");
        assert_eq!((index.line(1), index.line(2)), (Some("a"), Some("")));
    }
}
