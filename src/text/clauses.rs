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

/// The clause around the byte offset `at`.
pub fn clause_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|&(_, c)| is_clause_end(c))
        .map_or(text.len(), |(i, c)| at + i + c.len_utf8());
    start..end
}
