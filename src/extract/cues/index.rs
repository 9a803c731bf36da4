//! Where the cue words of the role and target rules stand in a report, found in one
//! reading: every list those rules search a window for is compiled into one automaton,
//! which runs over the text once; a rule then asks which words lie inside its clause,
//! sentence or lead-in by binary search instead of searching the window word by word.
//! Words a rule only checks right at a place (`率` after `完成`, `以上` after a number)
//! are compared in place and are not indexed.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder};

use super::cues;

/// Declares the cue lists that rules search windows for: each variant of [`CueList`]
/// with the words it stands for, listed once.
macro_rules! cue_lists {
    ($cues:ident; $($(#[$doc:meta])* $list:ident => $words:expr,)*) => {
        /// A cue list of `lexicon/cues.toml` that rules search windows of a report for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum CueList {
            $($(#[$doc])* $list,)*
        }

        impl CueList {
            const ALL: &[CueList] = &[$(CueList::$list,)*];

            /// The words of the list.
            pub fn words(self) -> &'static [String] {
                let $cues = cues();
                match self {
                    $(CueList::$list => &$words,)*
                }
            }
        }
    };
}

cue_lists! {
    cues;
    /// `[target.outcomes] pending`: a clause hopes, plans or states a purpose.
    Pending => cues.target.outcomes.pending,
    /// `[target.outcomes] accomplished`: a task done.
    Accomplished => cues.target.outcomes.accomplished,
    /// `[target.outcomes] honours`: an award or a rating won.
    Honours => cues.target.outcomes.honours,
    /// `[target.outcomes] passed`: a pass verb…
    Passed => cues.target.outcomes.passed,
    /// `[target.outcomes] passed_objects`: …and what was passed.
    PassedObjects => cues.target.outcomes.passed_objects,
    /// `[target.outcomes] avoided`: something bad kept from happening.
    Avoided => cues.target.outcomes.avoided,
    /// `[target.outcomes] attained`: a standard or a state attained.
    Attained => cues.target.outcomes.attained,
    /// `[target] tasks`: a task or target.
    Tasks => cues.target.tasks,
    /// `[target] done`: a task's outcome word.
    Done => cues.target.done,
    /// `[target] missed`: an outcome missed.
    Missed => cues.target.missed,
    /// `[target] not_outcomes`: a report on outcomes, not one.
    NotOutcomes => cues.target.not_outcomes,
    /// `[target] completion_rates`.
    CompletionRates => cues.target.completion_rates,
    /// `[target] statements`: a statement of the year's targets.
    Statements => cues.target.statements,
    /// `[target] standards`: a standard values are held against.
    Standards => cues.target.standards,
    /// `[target] ceilings`: a target that is a ceiling.
    Ceilings => cues.target.ceilings,
    /// `[target] forecasts`.
    Forecasts => cues.target.forecasts,
    /// `[target] plan_figures`.
    PlanFigures => cues.target.plan_figures,
    /// `[target] actions`: a plan sentence that says what will be done.
    Actions => cues.target.actions,
    /// `[roles] planned`: a planned amount.
    Planned => cues.roles.planned,
    /// `[roles] completed`: a completed amount.
    Completed => cues.roles.completed,
    /// `[number_roles] goal_statements`.
    GoalStatements => cues.number_roles.goal_statements,
    /// `[number_roles] goals`: a goal verb.
    Goals => cues.number_roles.goals,
    /// `[number_roles] goal_cancels`: words that report a goal done.
    GoalCancels => cues.number_roles.goal_cancels,
    /// `[number_roles] forecasts`: an expectation.
    RoleForecasts => cues.number_roles.forecasts,
    /// `[number_roles] backgrounds`: background figures quoted for reference.
    Backgrounds => cues.number_roles.backgrounds,
    /// `[number_roles] comparisons`: a comparison with the background.
    Comparisons => cues.number_roles.comparisons,
    /// `[number_roles] tasks`: tasks a plan is broken into.
    RoleTasks => cues.number_roles.tasks,
    /// `[number_roles] plan_documents`: a plan named.
    PlanDocuments => cues.number_roles.plan_documents,
    /// `[number_roles] as_of`: a figure stated as of a day.
    AsOf => cues.number_roles.as_of,
    /// `[project] nouns`: the head noun of a project's name.
    ProjectNouns => cues.project.nouns,
    /// `[project] openers`: the verb a project's name follows.
    ProjectOpeners => cues.project.openers,
}

impl CueList {
    /// The list's bit in a word's set of lists.
    fn bit(self) -> u64 {
        1 << self as u32
    }
}

// A word's lists are a set of bits.
const _: () = assert!(CueList::ALL.len() <= 64);

/// Every word of every list once, in one automaton, with the lists each word is in (a
/// bit per [`CueList`]). The automaton is a character-wise double array (`daachorse`):
/// over a whole report it reads the overlapping matches in two thirds of the
/// instructions of `aho-corasick`'s contiguous NFA (6.0 M against 9.4 M on 60 practice
/// files), and builds as fast for a list this long. Short lists searched in short
/// windows stay with [`super::Words`]: there `daachorse`'s build cost more than its
/// search saved.
struct Vocabulary {
    words: CharwiseDoubleArrayAhoCorasick<u32>,
    lists: Vec<u64>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut place: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<&str> = Vec::new();
    let mut lists: Vec<u64> = Vec::new();
    for &list in CueList::ALL {
        for word in list.words() {
            let at = *place.entry(word).or_insert_with(|| {
                words.push(word);
                lists.push(0);
                words.len() - 1
            });
            lists[at] |= list.bit();
        }
    }
    let numbered = words.iter().enumerate().map(|(at, w)| (w, at as u32));
    Vocabulary {
        words: CharwiseDoubleArrayAhoCorasickBuilder::new()
            .build_with_values(numbered)
            .expect("the cue words are distinct and none is empty"),
        lists,
    }
});

/// One occurrence of a cue word: its byte range in the text and the lists it is in.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    lists: u64,
    /// The word, by its place in the vocabulary.
    word: u32,
}

impl Hit {
    fn is_in(&self, list: CueList) -> bool {
        self.lists & list.bit() != 0
    }
}

/// Every occurrence of every cue word in a text, overlapping ones too, in order of end.
pub struct CueIndex {
    hits: Vec<Hit>,
}

impl CueIndex {
    /// Reads `text` once.
    pub fn new(text: &str) -> CueIndex {
        let vocabulary = &*VOCABULARY;
        let hits: Vec<Hit> = vocabulary
            .words
            .find_overlapping_iter(text)
            .map(|m| Hit {
                start: m.start(),
                end: m.end(),
                lists: vocabulary.lists[m.value() as usize],
                word: m.value(),
            })
            .collect();
        debug_assert!(hits.is_sorted_by_key(|h| h.end));
        CueIndex { hits }
    }

    /// The cue words inside `range` of the text.
    pub fn within(&self, range: Range<usize>) -> CuesWithin<'_> {
        // A word is never empty: one inside `range` ends after its start.
        let from = self.hits.partition_point(|h| h.end <= range.start);
        let to = self.hits.partition_point(|h| h.end <= range.end).max(from);
        CuesWithin {
            hits: &self.hits[from..to],
            start: range.start,
            end: range.end,
        }
    }
}

/// The cue words inside one window of a text: what searching the window for the words of
/// a list would find.
#[derive(Debug, Clone, Copy)]
pub struct CuesWithin<'a> {
    /// The hits that end inside the window; those that start before it are not in it.
    hits: &'a [Hit],
    start: usize,
    /// Where the window ends.
    pub end: usize,
}

impl<'a> CuesWithin<'a> {
    /// The occurrences of words of `list`, in order of end.
    pub fn hits(self, list: CueList) -> impl DoubleEndedIterator<Item = Hit> + 'a {
        self.hits
            .iter()
            .filter(move |h| h.start >= self.start && h.is_in(list))
            .copied()
    }

    /// What [`super::Words::occurrences`] finds for `list` in the window: every
    /// occurrence, but of one word only those that do not overlap its occurrence before.
    pub fn occurrences(self, list: CueList) -> impl Iterator<Item = Hit> + 'a {
        let mut last_ends: Vec<(u32, usize)> = Vec::new();
        self.hits(list).filter(move |h| {
            match last_ends.iter_mut().find(|(word, _)| *word == h.word) {
                Some((_, end)) if h.start < *end => false,
                Some((_, end)) => {
                    *end = h.end;
                    true
                }
                None => {
                    last_ends.push((h.word, h.end));
                    true
                }
            }
        })
    }

    /// Whether a word of `list` is in the window (`contains_any` on it).
    pub fn any(self, list: CueList) -> bool {
        self.hits(list).next().is_some()
    }

    /// Whether a word of `list` is in the window at or after `at`.
    pub fn any_from(self, list: CueList, at: usize) -> bool {
        self.hits(list).any(|h| h.start >= at)
    }

    /// Where the first word of `list` ends: the end of the earliest `find` of any of
    /// its words.
    pub fn first_end(self, list: CueList) -> Option<usize> {
        self.hits(list).next().map(|h| h.end)
    }

    /// Where the last word of `list` ends (`last_of` on the window).
    pub fn last_end(self, list: CueList) -> Option<usize> {
        self.hits(list).next_back().map(|h| h.end)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{contains_any, last_of};
    use super::*;

    #[test]
    fn every_list_finds_its_own_words() {
        for (n, &list) in CueList::ALL.iter().enumerate() {
            assert_eq!(list as usize, n, "{list:?} out of place");
            for word in list.words() {
                let index = CueIndex::new(word);
                assert!(index.within(0..word.len()).any(list), "{word} in {list:?}");
                // past its first character, only a word of the list inside it
                let rest = word.chars().next().map_or(0, char::len_utf8);
                assert_eq!(
                    index.within(1..word.len()).any(list),
                    contains_any(&word[rest..], list.words()),
                    "{word} in {list:?}"
                );
                // and no list finds it that has no word inside it
                for &other in CueList::ALL {
                    assert_eq!(
                        index.within(0..word.len()).any(other),
                        contains_any(word, other.words()),
                        "{word} of {list:?} in {other:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn occurrences_are_what_the_list_alone_finds() {
        let nouns = CueList::ProjectNouns.words();
        let text = format!(
            "建设{0}{0}、{1}工程{1},{0}",
            nouns[0],
            nouns[nouns.len() - 1]
        );
        let index = CueIndex::new(&text);
        let mut got: Vec<(usize, usize)> = index
            .within(0..text.len())
            .occurrences(CueList::ProjectNouns)
            .map(|h| (h.start, h.end))
            .collect();
        let mut want: Vec<(usize, usize)> = super::super::Words::new(nouns)
            .occurrences(&text)
            .map(|(start, end, _)| (start, end))
            .collect();
        got.sort();
        want.sort();
        assert!(want.len() >= 5, "{want:?}");
        assert_eq!(got, want);
    }

    #[test]
    fn windows_find_what_a_search_of_the_window_finds() {
        // A sentence of a report, and a text with a word of every list.
        let every_list: Vec<&str> = CueList::ALL
            .iter()
            .filter_map(|list| list.words().first().map(String::as_str))
            .collect();
        let every_list = every_list.join(",");
        for text in [
            "计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;力争年内完成,目标为:降至31微克。",
            every_list.as_str(),
        ] {
            windows_agree(text);
        }
    }

    fn windows_agree(text: &str) {
        let index = CueIndex::new(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &list in CueList::ALL {
            for (k, &start) in bounds.iter().enumerate() {
                for &end in &bounds[k..] {
                    let window = &text[start..end];
                    let what = format!("{list:?} in {window}");
                    let found = index.within(start..end);
                    assert_eq!(
                        found.any(list),
                        contains_any(window, list.words()),
                        "{what}"
                    );
                    assert_eq!(
                        found.last_end(list),
                        last_of(window, list.words()).map(|(_, e)| start + e),
                        "{what}"
                    );
                    let first = list
                        .words()
                        .iter()
                        .filter_map(|w| window.find(w.as_str()).map(|i| start + i + w.len()))
                        .min();
                    assert_eq!(found.first_end(list), first, "{what}");
                    let middle = bounds[k + (bounds.len() - k) / 2].min(end);
                    assert_eq!(
                        found.any_from(list, middle),
                        contains_any(&text[middle..end], list.words()),
                        "{what} from {middle}"
                    );
                }
            }
        }
    }
}
