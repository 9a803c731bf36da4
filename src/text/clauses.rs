//! Lines, sentences, clauses and comma clauses, with one definition of each boundary,
//! indexed once per text. [`IndexedText`] is a report's text with the offsets of every
//! boundary mark, sorted per kind of boundary: the clause, sentence or line around a
//! place is a binary search, never a walk back over the text, so a file of one endless
//! line costs no more per number than a short report.
//!
//! The boundaries nest: a line end ends a sentence, a sentence end (`。` `!` `?`) ends a
//! clause, a clause end (`;`) ends a comma clause (`,` `:` `|` `｜`). `、` ends none: it
//! lists members of one phrase. A sentence, clause or comma clause runs at most
//! [`LONGEST_RUN`] bytes: a longer run is cut at its last finer mark within reach.

use std::ops::{Deref, Range};

/// A kind of boundary, narrowest first: each ends every kind after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bound {
    /// A line break.
    Line,
    /// A line break or a sentence end (`。` `!` `?`, half- or full-width).
    Sentence,
    /// A sentence end or a semicolon.
    Clause,
    /// A clause end, a comma, a colon or a table rule (`|` or `｜`).
    CommaClause,
}

impl Bound {
    const ALL: [Bound; 4] = [
        Bound::Line,
        Bound::Sentence,
        Bound::Clause,
        Bound::CommaClause,
    ];

    /// Whether `c` ends a span of this kind.
    pub fn ends(self, c: char) -> bool {
        Bound::of(c).is_some_and(|b| b <= self)
    }

    /// The narrowest boundary `c` marks, if any.
    fn of(c: char) -> Option<Bound> {
        match c {
            '\n' => Some(Bound::Line),
            '。' | '!' | '！' | '?' | '？' => Some(Bound::Sentence),
            ';' | '；' => Some(Bound::Clause),
            ',' | '，' | ':' | '：' | '|' | '｜' => Some(Bound::CommaClause),
            _ => None,
        }
    }
}

/// How far back [`IndexedText::after_last`] looks for a boundary. Reports have short
/// clauses; a name or a cue word is not looked for past this.
pub const LOOKBACK: usize = 4096;

/// The longest sentence, clause or comma clause the index lets stand. Prose runs far
/// shorter (the longest sentence of the practice reports: 700 bytes); a longer run is a
/// scrape that lost its punctuation, and a window as wide as it would make every number
/// in it cost, and quote as evidence, the whole run. Such a run is cut at its last finer
/// mark within this reach (a sentence at a `;` or `,`), or as `forced_cut` says.
pub const LONGEST_RUN: usize = 2048;

/// A text with its boundary marks indexed. It dereferences to the text, so it is passed
/// wherever the text is read.
#[derive(Debug)]
pub struct IndexedText<'t> {
    text: &'t str,
    /// For each [`Bound`], the byte ranges of the marks that end it, in text order.
    marks: [Vec<Range<u32>>; 4],
}

impl Deref for IndexedText<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.text
    }
}

impl<'t> IndexedText<'t> {
    /// Indexes `text` in one pass over its bytes. Offsets are kept as `u32`: inputs are
    /// refused past 16 MiB long before that.
    pub fn new(text: &'t str) -> IndexedText<'t> {
        let mut marks: [Vec<Range<u32>>; 4] = Default::default();
        // Every mark starts with one of these bytes: ASCII itself, `。` E3 80 82, the
        // full-width forms EF BC xx.
        let lead = |b: u8| {
            matches!(
                b,
                b'\n' | b'!' | b'?' | b';' | b',' | b':' | b'|' | 0xE3 | 0xEF
            )
        };
        for (i, _) in text.bytes().enumerate().filter(|&(_, b)| lead(b)) {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                continue;
            };
            if let Some(bound) = Bound::of(c) {
                let range = offset(i)..offset(i + c.len_utf8());
                for wider in &Bound::ALL[bound as usize..] {
                    marks[*wider as usize].push(range.clone());
                }
            }
        }
        // Only sentences need cutting: every cut becomes a mark of each narrower kind
        // too, so no clause or comma clause is longer than the sentence around it.
        let cuts = cuts_of_long_sentences(text, &marks);
        if !cuts.is_empty() {
            // A cut is a mark of every kind from sentences to the kind it was found
            // among (of every kind, when forced).
            for (kind, kind_marks) in marks.iter_mut().enumerate().skip(Bound::Sentence as usize) {
                let own = cuts.iter().filter(|(_, from)| *from > kind);
                kind_marks.extend(own.map(|(cut, _)| cut.clone()));
                kind_marks.sort_unstable_by_key(|m| (m.start, m.end));
            }
        }
        IndexedText { text, marks }
    }

    fn marks(&self, bound: Bound) -> &[Range<u32>] {
        &self.marks[bound as usize]
    }

    /// The end of the last mark of `bound` before `at`, looking back at most
    /// [`LOOKBACK`] bytes (the window start when there is none, 0 at the text start).
    pub fn after_last(&self, at: usize, bound: Bound) -> usize {
        let at = at.min(self.text.len());
        let from = lookback_start(self.text, at);
        self.last_end_before(at, bound)
            .filter(|&end| end > from)
            .unwrap_or(from)
    }

    /// The start of the line around `at`, however far back.
    pub fn line_start(&self, at: usize) -> usize {
        self.last_end_before(at, Bound::Line).unwrap_or(0)
    }

    /// The end of the last mark of `bound` that starts before `at`, however far back.
    fn last_end_before(&self, at: usize, bound: Bound) -> Option<usize> {
        let marks = self.marks(bound);
        let i = marks.partition_point(|m| (m.start as usize) < at);
        i.checked_sub(1).map(|i| marks[i].end as usize)
    }

    /// The start of the first mark of `bound` at or after `at`.
    fn next_start_from(&self, at: usize, bound: Bound) -> Option<usize> {
        let marks = self.marks(bound);
        let i = marks.partition_point(|m| (m.start as usize) < at);
        marks.get(i).map(|m| m.start as usize)
    }

    /// The span around `at` between two marks of `bound` (excluded).
    fn span_around(&self, at: usize, bound: Bound) -> Range<usize> {
        let at = at.min(self.text.len());
        let start = self.last_end_before(at, bound).unwrap_or(0);
        let end = self.next_start_from(at, bound).unwrap_or(self.text.len());
        start..end
    }

    /// The spans of `range` between marks of `bound`, trimmed, empty ones dropped; with
    /// `keep_mark`, each span keeps the mark that ends it.
    fn spans_within(
        &self,
        range: Range<usize>,
        bound: Bound,
        keep_mark: bool,
    ) -> Vec<Range<usize>> {
        let end = range.end.min(self.text.len());
        let marks = self.marks(bound);
        let first = marks.partition_point(|m| (m.start as usize) < range.start);
        let mut out = Vec::new();
        let mut start = range.start;
        for m in marks[first..]
            .iter()
            .take_while(|m| (m.start as usize) < end)
        {
            let span_end = if keep_mark { m.end } else { m.start } as usize;
            push_trimmed(self.text, start..span_end, &mut out);
            start = m.end as usize;
        }
        push_trimmed(self.text, start..end, &mut out);
        out
    }

    /// Byte ranges of the clauses of the text with their final punctuation, trimmed of
    /// surrounding white space.
    pub fn clauses(&self) -> Vec<Range<usize>> {
        self.spans_within(0..self.text.len(), Bound::Clause, true)
    }

    /// The clause around the byte offset `at`, with its final punctuation.
    pub fn clause_at(&self, at: usize) -> Range<usize> {
        let at = at.min(self.text.len());
        let start = self.last_end_before(at, Bound::Clause).unwrap_or(0);
        let marks = self.marks(Bound::Clause);
        let next = marks.partition_point(|m| (m.start as usize) < at);
        start..marks.get(next).map_or(self.text.len(), |m| m.end as usize)
    }

    /// The sentence around the byte offset `at`, without its final punctuation. A clause
    /// list runs on over `,` and `;`: projects and targets read whole sentences
    /// (`计划投资6.82亿元、完成7.48亿元,完成比例达109.6%。`), evidence stays a clause.
    pub fn sentence_at(&self, at: usize) -> Range<usize> {
        trim_start(self.text, self.span_around(at, Bound::Sentence))
    }

    /// Byte ranges of the sentences inside `range` (see [`IndexedText::sentence_at`]).
    pub fn sentences(&self, range: Range<usize>) -> Vec<Range<usize>> {
        self.spans_within(range, Bound::Sentence, false)
    }

    /// The comma clause around the byte offset `at`, without the bounding punctuation.
    /// Cue words that give a number its role stand in its comma clause (`计划投资6.82亿元`).
    pub fn comma_clause_at(&self, at: usize) -> Range<usize> {
        trim_start(self.text, self.span_around(at, Bound::CommaClause))
    }

    /// The comma clauses inside `range` (see [`IndexedText::comma_clause_at`]).
    pub fn comma_clauses(&self, range: Range<usize>) -> Vec<Range<usize>> {
        self.spans_within(range, Bound::CommaClause, false)
    }
}

/// A byte offset as stored in the index.
fn offset(i: usize) -> u32 {
    u32::try_from(i).expect("inputs are refused long before 4 GiB")
}

/// Where the sentences longer than [`LONGEST_RUN`] are cut: at the last mark within
/// reach of the next finer kind that has one (a `;`, else a `,`), else at a
/// [`forced_cut`] (an empty mark). Each cut comes with the index of the kind it was
/// found among (past the last kind for a forced cut).
fn cuts_of_long_sentences(text: &str, marks: &[Vec<Range<u32>>; 4]) -> Vec<(Range<u32>, usize)> {
    let own = &marks[Bound::Sentence as usize];
    let mut cuts = Vec::new();
    let ends = own.iter().map(|m| m.start as usize).chain([text.len()]);
    let nexts = own.iter().map(|m| m.end as usize).chain([text.len()]);
    let mut start = 0;
    for (end, next) in ends.zip(nexts) {
        while end - start > LONGEST_RUN {
            let reach = start + LONGEST_RUN;
            let within = |finer: &[Range<u32>]| {
                let from = finer.partition_point(|m| (m.start as usize) <= start);
                let to = finer.partition_point(|m| (m.start as usize) <= reach);
                finer[from..to].last().cloned()
            };
            let found = (Bound::Clause as usize..marks.len())
                .find_map(|kind| within(&marks[kind]).map(|mark| (mark, kind)));
            let cut = found.unwrap_or_else(|| {
                let at = forced_cut(text, start, reach);
                (offset(at)..offset(at), marks.len())
            });
            start = cut.0.end as usize;
            cuts.push(cut);
        }
        start = next;
    }
    cuts
}

/// Where a run from `start` with no finer mark up to `reach` is cut: after the last `、`
/// or space of the 256 bytes before `reach`, so that a list item or a word with its
/// number and unit stays whole, else at the character boundary `reach` falls on.
fn forced_cut(text: &str, start: usize, reach: usize) -> usize {
    let mut at = reach;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut from = at.saturating_sub(256).max(start + 1);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '、' | ' ' | '\u{3000}'))
        .map_or(at, |(i, c)| from + i + c.len_utf8())
}

/// The start of the window a backward search from `at` may look at: [`LOOKBACK`] bytes
/// back, on a character boundary.
fn lookback_start(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// `range` without its leading white space.
fn trim_start(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    range.start + (s.len() - s.trim_start().len())..range.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, ranges: Vec<Range<usize>>) -> Vec<&str> {
        ranges.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_run_over_commas_and_semicolons() {
        let text = "加快补齐短板。6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;进展顺利。\n下一段";
        let indexed = IndexedText::new(text);
        let at = text.find("7.48").expect("number");
        assert_eq!(
            &text[indexed.sentence_at(at)],
            "6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;进展顺利"
        );
        assert_eq!(
            texts(text, indexed.sentences(0..text.len())),
            vec![
                "加快补齐短板",
                "6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;进展顺利",
                "下一段"
            ]
        );
    }

    #[test]
    fn clauses_keep_their_final_punctuation() {
        let text = "处理率100%;受理3宗。 \n 下一段!末";
        let indexed = IndexedText::new(text);
        let at = text.find('3').expect("number");
        assert_eq!(&text[indexed.clause_at(at)], "受理3宗。");
        assert_eq!(
            texts(text, indexed.clauses()),
            vec!["处理率100%;", "受理3宗。", "下一段!", "末"]
        );
    }

    #[test]
    fn comma_clauses_keep_lists_together() {
        let text = "市A中心、市B中心等6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%";
        let indexed = IndexedText::new(text);
        assert_eq!(
            texts(text, indexed.comma_clauses(0..text.len())),
            vec![
                "市A中心、市B中心等6个项目计划投资6.82亿元、完成7.48亿元",
                "完成比例达109.6%"
            ]
        );
        let at = text.find("109.6").expect("number");
        assert_eq!(&text[indexed.comma_clause_at(at)], "完成比例达109.6%");
    }

    /// What a walk over the characters finds, the definition the index must keep.
    fn walked(text: &str, at: usize, bound: Bound) -> (usize, usize) {
        let ends = |c: char| bound.ends(c);
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| ends(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = text[at..]
            .char_indices()
            .find(|&(_, c)| ends(c))
            .map_or(text.len(), |(i, _)| at + i);
        (start, end)
    }

    #[test]
    fn every_lookup_finds_what_a_character_walk_finds() {
        let text = "一、空气质量:优良率95.1%，同比上升。\n二、水|达标率100%;完成！好？是?否!\n区县｜优良率\n\n尾";
        let indexed = IndexedText::new(text);
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for bound in Bound::ALL {
                let (start, end) = walked(text, at, bound);
                assert_eq!(indexed.span_around(at, bound), start..end, "{at} {bound:?}");
                assert_eq!(indexed.after_last(at, bound), start, "{at} {bound:?}");
            }
        }
    }

    #[test]
    fn the_backward_lookup_stops_after_lookback_bytes() {
        let text = format!("甲\n{}", "乙".repeat(LOOKBACK));
        let indexed = IndexedText::new(&text);
        let at = text.len();
        let from = lookback_start(&text, at);
        assert!(from > "甲\n".len());
        assert_eq!(indexed.after_last(at, Bound::Line), from);
        assert_eq!(indexed.line_start(at), "甲\n".len());
    }

    #[test]
    fn cut_runs_stay_nested_and_short() {
        // Runs without a sentence end: of clauses, of comma clauses, of neither, with a
        // comma right where a cut must be forced, and with two-byte characters.
        let text = format!(
            "{}\n{}\n{}。{},{}",
            "乙乙;".repeat(900),
            "丙丙,".repeat(900),
            "丁".repeat(3000),
            "é".repeat(1024),
            "戊".repeat(2000)
        );
        let indexed = IndexedText::new(&text);
        for bound in Bound::ALL {
            let marks = indexed.marks(bound);
            assert!(
                marks.windows(2).all(|w| w[0].end <= w[1].start),
                "{bound:?}"
            );
            if let Some(&finer) = Bound::ALL.get(bound as usize + 1) {
                let finer = indexed.marks(finer);
                assert!(marks.iter().all(|m| finer.contains(m)), "{bound:?}");
            }
        }
        for bound in [Bound::Sentence, Bound::Clause, Bound::CommaClause] {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let span = indexed.span_around(at, bound);
                assert!(span.len() <= LONGEST_RUN, "{bound:?} {at} {span:?}");
            }
        }
        // The run of clauses is cut at a `;`, the run of comma clauses at a `,`.
        let first = indexed.sentence_at(0);
        assert!(text[first.end..].starts_with(';'));
        let second = indexed.sentence_at(text.find('丙').expect("丙"));
        assert!(text[second.end..].starts_with(','));
    }

    #[test]
    fn a_run_past_the_longest_is_cut_at_its_last_finer_mark() {
        // A sentence of 1,500 characters: clauses of 100 `乙` (300 bytes), then a
        // comma-free tail of 1,000 `丙`.
        let clause = format!("{};", "乙".repeat(100));
        let text = format!("甲。{}{}。尾", clause.repeat(5), "丙".repeat(1000));
        let indexed = IndexedText::new(&text);
        let start = "甲。".len();
        // The sentence (4,505 bytes) is cut at the last `;` within reach: the fifth,
        // 1,505 bytes in.
        let cut = start + clause.len() * 5;
        assert_eq!(indexed.sentence_at(start + 3), start..cut - 1);
        let tail = indexed.sentence_at(cut + 3);
        assert_eq!(tail.start, cut);
        // The tail has no finer mark: it is cut at the character boundary within reach.
        assert_eq!(tail.end, cut + LONGEST_RUN / 3 * 3);
        assert_eq!(indexed.comma_clause_at(cut + 3), tail.clone());
        assert_eq!(indexed.clause_at(cut + 3), tail);
        let sentences = indexed.sentences(0..text.len());
        assert!(
            sentences.iter().all(|s| s.len() <= LONGEST_RUN),
            "{sentences:?}"
        );
        assert_eq!(sentences.len(), 5);
        assert_eq!(&text[sentences[4].clone()], "尾");
        // Short sentences are left as they are.
        assert_eq!(&text[indexed.clause_at(0)], "甲。");
        // A run of list items without a comma is cut after an item, not inside one.
        let items = format!("{}。", "二氧化硫5吨、".repeat(200));
        let indexed = IndexedText::new(&items);
        let first = indexed.sentence_at(0);
        assert!(first.len() <= LONGEST_RUN && first.len() > LONGEST_RUN - 256);
        assert!(items[..first.end].ends_with("5吨、"), "{first:?}");
    }
}
