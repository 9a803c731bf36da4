//! The one way a normalization step changes text: copy the input through, replacing
//! ranges in text order, and record each replacement in a [`StepMap`] so the offset map
//! can find the way back. Every step (HTML, pinyin, script, full-width) is a scan that
//! calls [`Rewriter::replace`]; none of them builds strings per character, and a step
//! that changes nothing hands its input back without copying it.

use std::borrow::Cow;
use std::ops::Range;

use super::offset::StepMap;

/// The result of one normalization step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Step<'a> {
    /// The text after the step; borrowed when the step changed nothing.
    pub text: Cow<'a, str>,
    /// Where the step's output came from.
    pub map: StepMap,
    /// How many things the step changed (tags, annotations, characters…).
    pub count: usize,
}

/// Copies an input to an output, applying replacements given in text order.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    /// Allocated at the first replacement.
    out: String,
    map: StepMap,
    /// Input bytes before this offset are already in `out`.
    copied: usize,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str) -> Rewriter<'a> {
        Rewriter {
            input,
            out: String::new(),
            map: StepMap::default(),
            copied: 0,
        }
    }

    /// Input bytes before this offset are already handled; a replacement must start at
    /// or after it.
    pub(crate) fn position(&self) -> usize {
        self.copied
    }

    /// Replaces input `range` (on character boundaries, not before [`Self::position`])
    /// with `with`.
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        let Some(unchanged) = self.input.get(self.copied..range.start) else {
            return;
        };
        if self.out.capacity() == 0 {
            self.out.reserve(self.input.len());
        }
        self.out.push_str(unchanged);
        let start = self.out.len();
        self.out.push_str(with);
        self.map.push(range.clone(), start..self.out.len());
        self.copied = range.end;
    }

    /// Removes input `range` but keeps its line breaks (line ends are unified to `\n`
    /// before any removal), so the line structure of the text stays that of the input.
    pub(crate) fn remove_keeping_lines(&mut self, range: Range<usize>) {
        let Some(removed) = self.input.get(range.clone()) else {
            return;
        };
        let mut start = range.start;
        for i in memchr::memchr_iter(b'\n', removed.as_bytes()) {
            let newline = range.start + i;
            if newline > start {
                self.replace(start..newline, "");
            }
            start = newline + 1;
        }
        if range.end > start {
            self.replace(start..range.end, "");
        }
    }

    /// The output text and its map, with `count` changes.
    pub(crate) fn finish(mut self, count: usize) -> Step<'a> {
        if self.map.is_empty() {
            return Step {
                text: Cow::Borrowed(self.input),
                map: self.map,
                count,
            };
        }
        if let Some(rest) = self.input.get(self.copied..) {
            self.out.push_str(rest);
        }
        Step {
            text: Cow::Owned(self.out),
            map: self.map,
            count,
        }
    }
}

/// Makes every line end a line feed: the returns before a feed (`\r\n`, and the
/// `\r\r\n` of a file converted twice) are removed, and a lone return becomes a feed
/// (see [`super::line_ends`]). Later steps and readers see one kind of line end.
pub fn unify_line_ends(text: &str) -> Step<'_> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    for end in super::line_ends(text) {
        if end.len() > 1 {
            rewriter.replace(end.start..end.end - 1, "");
        } else if text.as_bytes()[end.start] == b'\r' {
            rewriter.replace(end, "\n");
        } else {
            continue;
        }
        count += 1;
    }
    rewriter.finish(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removal_keeps_newlines_and_maps_each_line() {
        let text = "a<b\nc>d";
        let mut rewriter = Rewriter::new(text);
        rewriter.remove_keeping_lines(1..6);
        let step = rewriter.finish(1);
        assert_eq!(step.text, "a\nd");
        assert_eq!(step.map.to_input(1), 3); // the kept newline
        assert_eq!(step.map.to_input(2), 6); // `d`
    }

    #[test]
    fn crlf_becomes_lf() {
        let step = unify_line_ends("一\r\n二\r\n\r\r\n\r");
        assert_eq!(step.text, "一\n二\n\n\n");
        assert_eq!(step.count, 4);
        assert_eq!(step.map.to_input(4), 5); // `二`
    }

    #[test]
    fn a_lone_return_becomes_a_feed() {
        let step = unify_line_ends("标题\r2021年\r\r正文");
        assert_eq!(step.text, "标题\n2021年\n\n正文");
        assert_eq!(step.map.to_input(7), 7); // `2021` keeps its place
    }

    #[test]
    fn an_unchanged_text_is_not_copied() {
        let text = "一\n二";
        let step = unify_line_ends(text);
        assert!(matches!(step.text, Cow::Borrowed(t) if std::ptr::eq(t, text)));
    }
}
