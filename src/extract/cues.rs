//! Cue words for projects and targets, read once from the compiled-in
//! `lexicon/cues.toml`. Rules in [`super::project`] and [`super::target`] ask "is there
//! a status word before this name?"; which words count is data, so a report in a new
//! style is handled by adding words, not code.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Deserialize;

use crate::model::ProjectStatus;

mod index;
pub use crate::lexicon::words::{
    contains_any, contains_word, ends_with_any, find_word, rfind_word, starts_with_any,
};
pub use index::{CueIndex, CueList, CuesWithin};

#[derive(Debug, Deserialize)]
pub struct Cues {
    pub project: ProjectCues,
    pub roles: RoleCues,
    pub target: TargetCues,
    pub number_roles: NumberRoleCues,
}

/// Cue words of a number's role (see `super::role`).
#[derive(Debug, Deserialize)]
pub struct NumberRoleCues {
    pub goal_statements: Vec<String>,
    pub goal_gaps: Vec<String>,
    pub as_of: Vec<String>,
    pub goals: Vec<String>,
    pub goal_noun_after: Vec<String>,
    pub goal_cancels: Vec<String>,
    pub forecasts: Vec<String>,
    pub standards: Vec<String>,
    pub definitions: Vec<String>,
    pub goal_nouns_after: Vec<String>,
    pub goal_multipliers: Vec<String>,
    pub backgrounds: Vec<String>,
    pub comparisons: Vec<String>,
    pub tasks: Vec<String>,
    pub plan_documents: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct ProjectCues {
    pub nouns: Vec<String>,
    pub modifier_heads: Vec<String>,
    pub openers: Vec<String>,
    pub generic: Vec<String>,
    pub counters: Vec<String>,
    pub future: Vec<String>,
    pub policies: Vec<String>,
    pub problem_headings: Vec<String>,
    pub status: Vec<StatusWords>,
}

#[derive(Debug, Deserialize)]
pub struct StatusWords {
    pub status: ProjectStatus,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct RoleCues {
    pub planned: Vec<String>,
    pub completed: Vec<String>,
    pub ratio: Vec<String>,
    pub total: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct TargetCues {
    pub review_headings: Vec<String>,
    pub review_sections: Vec<String>,
    pub actions: Vec<String>,
    pub plan_figures: Vec<String>,
    pub forecasts: Vec<String>,
    pub tasks: Vec<String>,
    pub done: Vec<String>,
    pub missed: Vec<String>,
    pub not_outcomes: Vec<String>,
    pub completion_rates: Vec<String>,
    pub statements: Vec<String>,
    pub standards: Vec<String>,
    pub ceilings: Vec<String>,
    pub threshold_before: Vec<String>,
    pub threshold_after: Vec<String>,
    pub table_targets: Vec<String>,
    pub table_actuals: Vec<String>,
    pub outcomes: OutcomeCues,
}

/// Cue words of an outcome stated in words (see `super::target::stated`).
#[derive(Debug, Deserialize)]
pub struct OutcomeCues {
    pub accomplished: Vec<String>,
    pub honours: Vec<String>,
    pub passed: Vec<String>,
    pub passed_objects: Vec<String>,
    pub avoided: Vec<String>,
    pub attained: Vec<String>,
    pub not_after: Vec<String>,
    pub pending: Vec<String>,
}

crate::lexicon::lexicon_words!(
    /// The cue words, parsed once.
    pub fn cues() -> Cues = "cues"
);

/// A word list asked which of its words a text ends with (or starts with): only the
/// words that share the text's last (first) character are compared, in list order.
/// Naming trims every name with such lists, several times over.
#[derive(Debug, Default)]
pub struct EndWords {
    at_start: bool,
    by_char: fnv::FnvHashMap<char, Vec<String>>,
}

impl EndWords {
    /// The list for the end of texts (none of `words` empty).
    pub fn suffixes(words: &[String]) -> EndWords {
        EndWords::new(words, false)
    }

    /// The list for the start of texts (none of `words` empty).
    pub fn prefixes(words: &[String]) -> EndWords {
        EndWords::new(words, true)
    }

    fn new(words: &[String], at_start: bool) -> EndWords {
        let mut by_char = fnv::FnvHashMap::<char, Vec<String>>::default();
        for word in words {
            let key = if at_start {
                word.chars().next()
            } else {
                word.chars().next_back()
            };
            if let Some(c) = key {
                by_char.entry(c).or_default().push(word.clone());
            }
        }
        EndWords { at_start, by_char }
    }

    /// The first word of the list that `text` ends (starts) with.
    pub fn find(&self, text: &str) -> Option<&str> {
        let (key, fits): (_, fn(&str, &str) -> bool) = if self.at_start {
            (text.chars().next(), |t, w| t.starts_with(w))
        } else {
            (text.chars().next_back(), |t, w| t.ends_with(w))
        };
        self.by_char
            .get(&key?)?
            .iter()
            .find(|w| fits(text, w))
            .map(String::as_str)
    }
}

/// The last occurrence of any of `words` in `text`: (start, end) byte offsets.
pub fn last_of(text: &str, words: &[String]) -> Option<(usize, usize)> {
    words
        .iter()
        .filter_map(|w| rfind_word(text, w).map(|i| (i, i + w.len())))
        .max_by_key(|&(start, end)| (end, std::cmp::Reverse(start)))
}

/// A cue list compiled into one automaton: one pass over a text finds every occurrence
/// of every word, where a loop of substring searches sets up one search per word.
pub struct Words {
    automaton: AhoCorasick,
    /// Whether a word can overlap its own next occurrence (`aa` in `aaa`).
    self_overlapping: bool,
}

impl Words {
    /// The automaton of `words` (none of them empty); a word's index is its place in
    /// the list.
    pub fn new<S: AsRef<str>>(words: &[S]) -> Words {
        debug_assert!(words.iter().all(|w| !w.as_ref().is_empty()));
        let self_overlapping = words.iter().any(|w| {
            let w = w.as_ref().as_bytes();
            (1..w.len()).any(|k| w[..k] == w[w.len() - k..])
        });
        // A contiguous NFA builds several times faster than a DFA, and cue words are
        // searched for in short windows or in one pass: building is the larger cost.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(words.iter().map(|w| w.as_ref()))
            .expect("a cue list builds");
        Words {
            automaton,
            self_overlapping,
        }
    }

    /// Every occurrence of every word in `text`, overlapping ones of one word too:
    /// (start, end, index of the word), in order of end.
    pub fn every_occurrence<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        self.automaton
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
    }

    /// What `text.match_indices(word)` finds for every word of the list: (start, end,
    /// index of the word), in order of end. Occurrences of different words may overlap;
    /// those of one word do not.
    pub fn occurrences<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let mut last_end = if self.self_overlapping {
            vec![0; self.automaton.patterns_len()]
        } else {
            Vec::new()
        };
        self.every_occurrence(text)
            .filter(move |&(start, end, word)| match last_end.get_mut(word) {
                Some(last) if start < *last => false,
                Some(last) => {
                    *last = end;
                    true
                }
                None => true,
            })
    }
}

/// A counter word (`个`, `座`, `项`): a unit of one Han character. Counts keep their
/// counter word as base unit, so this tells a count from a measure.
pub fn is_counter(unit: &str) -> bool {
    let mut chars = unit.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c > '\u{2E80}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_file_parses_with_every_status() {
        let cues = cues();
        assert_eq!(cues.project.status.len(), 6);
        assert!(cues.project.nouns.iter().any(|n| n == "项目"));
        assert!(cues.target.review_headings.iter().any(|n| n == "完成"));
        let plan = &crate::lexicon::period_words::period_words().plan_words;
        assert!(plan.iter().any(|n| n == "计划"));
    }

    #[test]
    fn last_of_prefers_the_longest_word_ending_last() {
        let words = vec!["推进".to_string(), "统筹推进".to_string()];
        assert_eq!(last_of("统筹推进生态", &words), Some((0, 12)));
        assert_eq!(last_of("没有", &words), None);
    }

    #[test]
    fn word_search_agrees_with_the_standard_one() {
        let text = "统筹推进生态环境保护，推进";
        for word in ["推进", "统筹推进", "保护，", "环", "，推进", "没有", "进生"]
        {
            assert_eq!(contains_word(text, word), text.contains(word), "{word}");
            assert_eq!(rfind_word(text, word), text.rfind(word), "{word}");
            assert_eq!(find_word(text, word), text.find(word), "{word}");
        }
        assert_eq!(
            (
                contains_word(text, ""),
                rfind_word(text, ""),
                find_word(text, "")
            ),
            (true, Some(text.len()), Some(0))
        );
        assert_eq!(rfind_word("aaa", "aa"), Some(1));
        assert_eq!(find_word("推进推进", "推进"), Some(0));
    }

    /// The first word of the list that a text ends (starts) with, as a scan of the whole
    /// list in order finds it: `的情况` before `情况` when the list has it first.
    #[test]
    fn end_words_find_what_a_scan_of_the_list_finds() {
        let list: Vec<String> = ["的情况", "情况", "况", "达到", "为", "全市", "全"]
            .map(String::from)
            .to_vec();
        let (suffixes, prefixes) = (EndWords::suffixes(&list), EndWords::prefixes(&list));
        for text in [
            "空气质量情况",
            "总体的情况",
            "浓度为",
            "全市优良",
            "全省",
            "情",
            "",
            "况况",
        ] {
            let ends = list.iter().find(|w| text.ends_with(w.as_str()));
            let starts = list.iter().find(|w| text.starts_with(w.as_str()));
            assert_eq!(suffixes.find(text), ends.map(String::as_str), "{text}");
            assert_eq!(prefixes.find(text), starts.map(String::as_str), "{text}");
        }
        assert_eq!(suffixes.find("总体的情况"), Some("的情况"));
        assert_eq!(prefixes.find("全市优良"), Some("全市"));
    }

    #[test]
    fn words_find_what_each_word_finds() {
        let list = ["推进", "统筹推进", "进生", "aa", "aba"];
        let words = Words::new(&list);
        for text in ["统筹推进生态环境保护，推进", "aaaaa", "abababa", "", "没有"] {
            let mut got: Vec<(usize, usize, usize)> = words.occurrences(text).collect();
            got.sort();
            let mut want: Vec<(usize, usize, usize)> = list
                .iter()
                .enumerate()
                .flat_map(|(i, w)| {
                    text.match_indices(w)
                        .map(move |(at, m)| (at, at + m.len(), i))
                })
                .collect();
            want.sort();
            assert_eq!(got, want, "{text}");
        }
    }
}
