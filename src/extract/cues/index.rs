//! Where the cue words of the role and target rules stand in a report, found in one
//! reading: every list those rules search a window for is compiled into one automaton,
//! which runs over the text once; a rule then asks which words lie inside its clause,
//! sentence or lead-in by binary search instead of searching the window word by word.
//! Words a rule only checks right at a place (`率` after `完成`, `以上` after a number)
//! are compared in place and are not indexed.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::{Words, cues};

/// A cue list of `lexicon/cues.toml` that rules search windows of a report for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueList {
    /// `[target.outcomes] pending`: a clause hopes, plans or states a purpose.
    Pending,
    /// `[target.outcomes] accomplished`: a task done.
    Accomplished,
    /// `[target.outcomes] honours`: an award or a rating won.
    Honours,
    /// `[target.outcomes] passed`: a pass verb…
    Passed,
    /// `[target.outcomes] passed_objects`: …and what was passed.
    PassedObjects,
    /// `[target.outcomes] avoided`: something bad kept from happening.
    Avoided,
    /// `[target.outcomes] attained`: a standard or a state attained.
    Attained,
    /// `[target] tasks`: a task or target.
    Tasks,
    /// `[target] done`: a task's outcome word.
    Done,
    /// `[target] missed`: an outcome missed.
    Missed,
    /// `[target] not_outcomes`: a report on outcomes, not one.
    NotOutcomes,
    /// `[target] completion_rates`.
    CompletionRates,
    /// `[target] statements`: a statement of the year's targets.
    Statements,
    /// `[target] standards`: a standard values are held against.
    Standards,
    /// `[target] ceilings`: a target that is a ceiling.
    Ceilings,
    /// `[target] forecasts`.
    Forecasts,
    /// `[target] plan_figures`.
    PlanFigures,
    /// `[target] actions`: a plan sentence that says what will be done.
    Actions,
    /// `[roles] planned`: a planned amount.
    Planned,
    /// `[roles] completed`: a completed amount.
    Completed,
    /// `[number_roles] goal_statements`.
    GoalStatements,
    /// `[number_roles] goals`: a goal verb.
    Goals,
    /// `[number_roles] goal_cancels`: words that report a goal done.
    GoalCancels,
    /// `[number_roles] forecasts`: an expectation.
    RoleForecasts,
    /// `[number_roles] backgrounds`: background figures quoted for reference.
    Backgrounds,
    /// `[number_roles] comparisons`: a comparison with the background.
    Comparisons,
    /// `[number_roles] tasks`: tasks a plan is broken into.
    RoleTasks,
    /// `[number_roles] plan_documents`: a plan named.
    PlanDocuments,
}

impl CueList {
    const ALL: [CueList; 28] = [
        CueList::Pending,
        CueList::Accomplished,
        CueList::Honours,
        CueList::Passed,
        CueList::PassedObjects,
        CueList::Avoided,
        CueList::Attained,
        CueList::Tasks,
        CueList::Done,
        CueList::Missed,
        CueList::NotOutcomes,
        CueList::CompletionRates,
        CueList::Statements,
        CueList::Standards,
        CueList::Ceilings,
        CueList::Forecasts,
        CueList::PlanFigures,
        CueList::Actions,
        CueList::Planned,
        CueList::Completed,
        CueList::GoalStatements,
        CueList::Goals,
        CueList::GoalCancels,
        CueList::RoleForecasts,
        CueList::Backgrounds,
        CueList::Comparisons,
        CueList::RoleTasks,
        CueList::PlanDocuments,
    ];

    /// The words of the list.
    pub fn words(self) -> &'static [String] {
        let cues = cues();
        let (target, outcomes, roles) = (&cues.target, &cues.target.outcomes, &cues.number_roles);
        match self {
            CueList::Pending => &outcomes.pending,
            CueList::Accomplished => &outcomes.accomplished,
            CueList::Honours => &outcomes.honours,
            CueList::Passed => &outcomes.passed,
            CueList::PassedObjects => &outcomes.passed_objects,
            CueList::Avoided => &outcomes.avoided,
            CueList::Attained => &outcomes.attained,
            CueList::Tasks => &target.tasks,
            CueList::Done => &target.done,
            CueList::Missed => &target.missed,
            CueList::NotOutcomes => &target.not_outcomes,
            CueList::CompletionRates => &target.completion_rates,
            CueList::Statements => &target.statements,
            CueList::Standards => &target.standards,
            CueList::Ceilings => &target.ceilings,
            CueList::Forecasts => &target.forecasts,
            CueList::PlanFigures => &target.plan_figures,
            CueList::Actions => &target.actions,
            CueList::Planned => &cues.roles.planned,
            CueList::Completed => &cues.roles.completed,
            CueList::GoalStatements => &roles.goal_statements,
            CueList::Goals => &roles.goals,
            CueList::GoalCancels => &roles.goal_cancels,
            CueList::RoleForecasts => &roles.forecasts,
            CueList::Backgrounds => &roles.backgrounds,
            CueList::Comparisons => &roles.comparisons,
            CueList::RoleTasks => &roles.tasks,
            CueList::PlanDocuments => &roles.plan_documents,
        }
    }

    /// The list's bit in a word's set of lists.
    fn bit(self) -> u64 {
        1 << self as u32
    }
}

// A word's lists are a set of bits.
const _: () = assert!(CueList::ALL.len() <= 64);

/// Every word of every list once, in one automaton, with the lists each word is in (a
/// bit per [`CueList`]).
struct Vocabulary {
    words: Words,
    lists: Vec<u64>,
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let mut place: HashMap<&str, usize> = HashMap::new();
    let mut words: Vec<&str> = Vec::new();
    let mut lists: Vec<u64> = Vec::new();
    for list in CueList::ALL {
        for word in list.words() {
            let at = *place.entry(word).or_insert_with(|| {
                words.push(word);
                lists.push(0);
                words.len() - 1
            });
            lists[at] |= list.bit();
        }
    }
    Vocabulary {
        words: Words::new(&words),
        lists,
    }
});

/// One occurrence of a cue word: its byte range in the text and the lists it is in.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    lists: u64,
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
            .every_occurrence(text)
            .map(|(start, end, word)| Hit {
                start,
                end,
                lists: vocabulary.lists[word],
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
        for (n, list) in CueList::ALL.into_iter().enumerate() {
            assert_eq!(list as usize, n, "{list:?} out of place");
            for word in list.words() {
                let index = CueIndex::new(word);
                assert!(index.within(0..word.len()).any(list), "{word} in {list:?}");
                assert!(!index.within(1..word.len()).any(list), "{word} in {list:?}");
            }
        }
    }

    #[test]
    fn windows_find_what_a_search_of_the_window_finds() {
        let text =
            "计划投资6.82亿元、完成7.48亿元,完成比例达109.6%;力争年内完成,目标为:降至31微克。";
        let index = CueIndex::new(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for list in CueList::ALL {
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
