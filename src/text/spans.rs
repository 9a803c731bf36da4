//! A set of byte ranges of a text (taken targets, change phrases' markers) asked, for
//! every clause or year of a report, whether it covers an offset or meets a range. The
//! ranges may overlap and come in any order; each question is a binary search, so a
//! report of many thousand ranges is not compared range by range.

use std::ops::Range;

/// Byte ranges sorted by start, with the furthest end reached so far at each.
#[derive(Debug, Default)]
pub struct SpanSet {
    spans: Vec<Range<usize>>,
    reach: Vec<usize>,
}

impl SpanSet {
    pub fn new(spans: impl IntoIterator<Item = Range<usize>>) -> SpanSet {
        let mut spans: Vec<Range<usize>> = spans.into_iter().collect();
        spans.sort_by_key(|s| s.start);
        let reach = spans
            .iter()
            .scan(0, |furthest, s| {
                *furthest = s.end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        SpanSet { spans, reach }
    }

    /// Whether a span shares a byte with `range`.
    pub fn meets(&self, range: Range<usize>) -> bool {
        let before_end = self.spans.partition_point(|s| s.start < range.end);
        before_end
            .checked_sub(1)
            .is_some_and(|last| self.reach[last] > range.start)
    }

    /// Whether a span contains the byte at `at`.
    pub fn covers(&self, at: usize) -> bool {
        self.meets(at..at + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_answers_what_a_walk_over_its_spans_answers() {
        let spans = [12..20, 3..5, 4..9, 30..31, 25..25];
        let set = SpanSet::new(spans.iter().cloned());
        for start in 0..35 {
            assert_eq!(
                set.covers(start),
                spans.iter().any(|s| s.contains(&start)),
                "{start}"
            );
            for end in start + 1..36 {
                let walked = spans.iter().any(|s| s.start < end && start < s.end);
                assert_eq!(set.meets(start..end), walked, "{start}..{end}");
            }
        }
        assert!(!SpanSet::default().covers(0));
    }
}
