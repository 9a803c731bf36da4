//! Project names: the noun phrase of a clause that ends in a project noun and starts
//! after the clause's verb. The head is the last project noun not followed by a word it
//! merely modifies (`项目管理台账`, `项目库`). `A、B等N个项目` names a group and its
//! members; a name must say something beyond generic words (`重大项目` is no name).

use std::ops::Range;

use super::super::cues::{CueIndex, CueList, CuesWithin, contains_word, cues};
use super::super::part::skip_numbering;
use super::status::status_word_in;
use crate::model::ProjectStatus;
use crate::text::Segmented;

/// Longest plausible project name, in characters; longer phrases are run-on clauses.
const MAX_NAME_CHARS: usize = 40;

/// A project named in a clause.
#[derive(Debug, Clone, PartialEq)]
pub struct NounPhrase {
    /// Byte range of the name.
    pub name: Range<usize>,
    /// The clause it stands in.
    pub clause: Range<usize>,
    /// Members of a group (`A、B等6个项目` → A, B).
    pub members: Vec<Range<usize>>,
    /// A status word that ended the name (`“…湾区”入围…案例` → completed).
    pub status: Option<ProjectStatus>,
}

/// The last project noun of `clause` that heads its phrase, as its start and end
/// relative to the clause; `nouns` are the cue words inside the clause.
fn head_noun(s: &str, clause_start: usize, nouns: CuesWithin) -> Option<(usize, usize)> {
    let modifier_heads = &cues().project.modifier_heads;
    nouns
        .occurrences(CueList::ProjectNouns)
        .map(|h| (h.start - clause_start, h.end - clause_start))
        .filter(|&(_, end)| {
            !modifier_heads
                .iter()
                .any(|h| s[end..].starts_with(h.as_str()))
        })
        .max_by_key(|&(start, end)| (end, std::cmp::Reverse(start)))
}

/// The project named in `clause`, if any; `cue_words` are the report's cue words.
pub fn noun_phrase(
    text: &str,
    segmented: &Segmented,
    cue_words: &CueIndex,
    clause: Range<usize>,
) -> Option<NounPhrase> {
    let s = &text[clause.clone()];
    let (noun_start, head_end) = head_noun(s, clause.start, cue_words.within(clause.clone()))?;
    let opener_end = cue_words
        .within(clause.start..clause.start + noun_start)
        .hits(CueList::ProjectOpeners)
        .map(|h| (h.start, h.end))
        .max_by_key(|&(start, end)| (end, std::cmp::Reverse(start)))
        .map_or(0, |(_, e)| e - clause.start);
    let mut start = clause.start + opener_end;
    let end = clause.start + head_end;
    start = skip_numbering(text, segmented, start);
    let mut status = None;
    if let Some((at, found)) =
        status_word_in(&text[start..clause.start + noun_start]).filter(|(_, s)| ends_a_name(*s))
    {
        // `“情侣路…湾区”入围全国…案例`: the name is what was selected.
        if is_specific(&text[start..start + at]) {
            return Some(NounPhrase {
                name: start..start + at,
                clause,
                members: Vec::new(),
                status: Some(found),
            });
        }
        status = Some(found);
    }
    let phrase = &text[start..end];
    let mut members = Vec::new();
    if let Some(deng) = phrase.rfind('等') {
        members = list_members(text, start, start + deng);
    } else if let Some(dun) = phrase.rfind('、') {
        start += dun + '、'.len_utf8();
    }
    let name = &text[start..end];
    // A generic name with a count is still a group (`完成重点项目12个`, `198个重点项目`).
    let counted = name.contains(|c: char| c.is_ascii_digit())
        || text[end..].starts_with(|c: char| c.is_ascii_digit());
    let named = is_specific(name) || counted;
    (named && name.chars().count() <= MAX_NAME_CHARS).then_some(NounPhrase {
        name: start..end,
        clause,
        members,
        status,
    })
}

/// Statuses whose word can stand between a name and a list it joined (`入围`, `选址`).
fn ends_a_name(status: ProjectStatus) -> bool {
    matches!(
        status,
        ProjectStatus::Completed | ProjectStatus::Sited | ProjectStatus::Operating
    )
}

/// The members listed before `等`, split at `、`.
fn list_members(text: &str, start: usize, end: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = start;
    for piece in text[start..end].split('、') {
        let range = from..from + piece.len();
        from = range.end + '、'.len_utf8();
        if is_specific(piece) {
            out.push(range);
        }
    }
    out
}

/// Whether a name says more than generic words, numbers and head nouns.
pub fn is_specific(name: &str) -> bool {
    let project = &cues().project;
    let mut rest = std::borrow::Cow::Borrowed(name);
    for word in project.generic.iter().chain(&project.nouns) {
        if contains_word(&rest, word) {
            rest = rest.replace(word.as_str(), "").into();
        }
    }
    rest.chars()
        .filter(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        .count()
        >= 2
}
