//! The one way a normalization step changes text: copy the input through, replacing
//! ranges in text order, and record each replacement in a [`StepMap`] so the offset map
//! can find the way back. Every step (HTML, pinyin, script, full-width) is a scan that
//! calls [`Rewriter::replace`]; none of them builds strings per character.

use std::ops::Range;

use super::offset::StepMap;

/// The result of one normalization step.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Step {
    /// The text after the step.
    pub text: String,
    /// Where the step's output came from.
    pub map: StepMap,
    /// How many things the step changed (tags, annotations, characters…).
    pub count: usize,
}

/// Copies an input to an output, applying replacements given in text order.
pub(crate) struct Rewriter<'a> {
    input: &'a str,
    out: String,
    map: StepMap,
    /// Input bytes before this offset are already in `out`.
    copied: usize,
}

impl<'a> Rewriter<'a> {
    pub(crate) fn new(input: &'a str) -> Rewriter<'a> {
        Rewriter {
            input,
            out: String::with_capacity(input.len()),
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
        self.out.push_str(unchanged);
        let start = self.out.len();
        self.out.push_str(with);
        self.map.push(range.clone(), start..self.out.len());
        self.copied = range.end;
    }

    /// Removes input `range` but keeps its line breaks, so the line structure of the
    /// text stays that of the input.
    pub(crate) fn remove_keeping_lines(&mut self, range: Range<usize>) {
        let Some(removed) = self.input.get(range.clone()) else {
            return;
        };
        let mut start = range.start;
        for (i, _) in removed.match_indices('\n') {
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
    pub(crate) fn finish(mut self, count: usize) -> Step {
        if let Some(rest) = self.input.get(self.copied..) {
            self.out.push_str(rest);
        }
        Step {
            text: self.out,
            map: self.map,
            count,
        }
    }
}

/// Replaces every `\r\n` with `\n`: later steps and readers see one kind of line end.
pub fn unify_line_ends(text: &str) -> Step {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    // Every carriage return right before a line feed goes, a run of them too
    // (`\r\r\n`), so the result has none left to join a later line feed.
    for (i, _) in text.match_indices('\n') {
        let returns = i - text[..i].trim_end_matches('\r').len();
        if returns > 0 {
            rewriter.replace(i - returns..i, "");
            count += 1;
        }
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
        let step = unify_line_ends("一\r\n二\r\n");
        assert_eq!(step.text, "一\n二\n");
        assert_eq!(step.count, 2);
        assert_eq!(step.map.to_input(4), 5); // `二`
        // Found by the idempotence property: once normalized, no `\r\n` is left.
        assert_eq!(unify_line_ends("\r\r\n").text, "\n");
    }
}
