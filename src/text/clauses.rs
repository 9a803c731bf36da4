//! Sentences and clauses: the evidence shown for a quantity is its clause.

use std::ops::Range;

/// Characters that end a clause.
fn is_clause_end(c: char) -> bool {
    matches!(c, '。' | ';' | '；' | '\n' | '!' | '！' | '?' | '？')
}

/// Byte ranges of the clauses of `text`, trimmed of surrounding white space.
pub fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_clause_end(c) {
            push_trimmed(text, start..i + c.len_utf8(), &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// The clause around the byte offset `at`, with its final punctuation.
pub fn clause_at(text: &str, at: usize) -> Range<usize> {
    let raw = span_around(text, at, is_clause_end);
    let end = text[raw.end..]
        .chars()
        .next()
        .map_or(raw.end, |c| raw.end + c.len_utf8());
    raw.start..end
}

/// Characters that end a sentence: a clause list runs on over `,` and `;` until one of
/// these. Projects and targets read whole sentences (`计划投资6.82亿元、完成7.48亿元,完成
/// 比例达109.6%。`), while evidence stays a clause.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '！' | '?' | '？' | '\n')
}

/// Characters that end a comma clause: clause ends, commas, colons and table rules.
/// `、` does not split: it lists members of one phrase.
fn is_comma_clause_end(c: char) -> bool {
    is_clause_end(c) || matches!(c, ',' | '，' | ':' | '：' | '|')
}

/// The span around `at` between two `bound` characters (excluded).
fn span_around(text: &str, at: usize, bound: fn(char) -> bool) -> Range<usize> {
    let at = at.min(text.len());
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| bound(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| bound(c))
        .map_or(text.len(), |(i, _)| at + i);
    start..end
}

/// `range` without its leading white space.
fn trim_start(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    range.start + (s.len() - s.trim_start().len())..range.end
}

/// The spans of `range` between `bound` characters, trimmed, empty ones dropped.
fn spans_within(text: &str, range: Range<usize>, bound: fn(char) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let end = range.end.min(text.len());
    let mut start = range.start;
    for (i, c) in text[range.start..end].char_indices() {
        if bound(c) {
            push_trimmed(text, start..range.start + i, &mut out);
            start = range.start + i + c.len_utf8();
        }
    }
    push_trimmed(text, start..end, &mut out);
    out
}

/// The sentence around the byte offset `at`, without its final punctuation.
pub fn sentence_at(text: &str, at: usize) -> Range<usize> {
    trim_start(text, span_around(text, at, is_sentence_end))
}

/// Byte ranges of the sentences inside `range` of `text` (see [`sentence_at`]).
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    spans_within(text, range, is_sentence_end)
}

/// The comma clause around the byte offset `at` (bounded by `,` `;` `:` and sentence
/// ends), without the bounding punctuation. Cue words that give a number its role stand
/// in its comma clause (`计划投资6.82亿元`).
pub fn comma_clause_at(text: &str, at: usize) -> Range<usize> {
    trim_start(text, span_around(text, at, is_comma_clause_end))
}

/// The comma clauses inside `range` (see [`comma_clause_at`]).
pub fn comma_clauses(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    spans_within(text, range, is_comma_clause_end)
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
        let at = text.find("7.48").expect("number");
        assert_eq!(
            &text[sentence_at(text, at)],
            "6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;进展顺利"
        );
        assert_eq!(
            texts(text, sentences(text, 0..text.len())),
            vec![
                "加快补齐短板",
                "6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;进展顺利",
                "下一段"
            ]
        );
    }

    #[test]
    fn clause_at_stops_at_semicolons() {
        let text = "处理率100%;受理3宗。";
        let at = text.find('3').expect("number");
        assert_eq!(&text[clause_at(text, at)], "受理3宗。");
    }

    #[test]
    fn comma_clauses_keep_lists_together() {
        let text = "市A中心、市B中心等6个项目计划投资6.82亿元、完成7.48亿元,完成比例达109.6%";
        assert_eq!(
            texts(text, comma_clauses(text, 0..text.len())),
            vec![
                "市A中心、市B中心等6个项目计划投资6.82亿元、完成7.48亿元",
                "完成比例达109.6%"
            ]
        );
        let at = text.find("109.6").expect("number");
        assert_eq!(&text[comma_clause_at(text, at)], "完成比例达109.6%");
    }
}
