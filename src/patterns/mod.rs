//! Patterns compiled ahead of time. Every regular expression the analysis runs over a
//! whole report, or once per number, is written once in [`source`]; `build.rs` compiles
//! each into dense DFAs and embeds them, so a process only maps the bytes (microseconds)
//! instead of compiling regexes and determinizing them lazily while it reads (about a
//! third of a short report's analysis before). A [`Pattern`] finds matches with its
//! DFAs, an end-anchored one (`…$`) backwards from the end; capture groups, where a
//! caller wants them, are read by `regex-lite` from the match's start. The non-quantity
//! rules are one anchored [`RuleSet`] that says which rule matches at a place.

pub mod source;

use std::sync::OnceLock;

use regex_automata::dfa::{Automaton, dense::DFA, regex::Regex};
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::{Anchored, Input, PatternID};

/// Serialized DFA bytes with the alignment their deserialization needs.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

/// The bytes of a DFA that build.rs wrote into `OUT_DIR/patterns/`.
macro_rules! embed {
    ($file:literal) => {{
        static ALIGNED: &Aligned<[u8]> = &Aligned {
            _align: [],
            bytes: *include_bytes!(concat!(env!("OUT_DIR"), "/patterns/", $file)),
        };
        &ALIGNED.bytes
    }};
}

include!(concat!(env!("OUT_DIR"), "/patterns.rs"));

type Dfa = DFA<&'static [u32]>;

/// Maps a DFA that build.rs serialized for this target, without checking its
/// transitions (checking them cost more than all the searches of a report).
fn dfa(bytes: &'static [u8]) -> Dfa {
    // SAFETY: the bytes are embedded at compile time from build.rs, which wrote them
    // with `to_bytes_*_endian` for the target's byte order, using the one regex-automata
    // of Cargo.lock that this code reads them with; `tests::every_embedded_dfa_is_valid`
    // deserializes each one with every check.
    unsafe { DFA::from_bytes_unchecked(bytes) }
        .expect("build.rs serializes every DFA for the target")
        .0
}

/// A match: a byte range of the text it was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

/// One compiled pattern: leftmost-first matches, as `regex` finds them.
pub struct Pattern {
    /// The pattern with its classes written out, for `regex-lite`.
    groups_source: &'static str,
    forward: &'static [u8],
    reverse: &'static [u8],
    /// Every match ends where the text ends (`…$`): it is found backwards.
    at_end: bool,
    regex: OnceLock<Regex<Dfa>>,
    groups: OnceLock<regex_lite::Regex>,
}

impl Pattern {
    const fn new(
        groups_source: &'static str,
        forward: &'static [u8],
        reverse: &'static [u8],
        at_end: bool,
    ) -> Self {
        Pattern {
            groups_source,
            forward,
            reverse,
            at_end,
            regex: OnceLock::new(),
            groups: OnceLock::new(),
        }
    }

    fn regex(&self) -> &Regex<Dfa> {
        self.regex
            .get_or_init(|| Regex::builder().build_from_dfas(dfa(self.forward), dfa(self.reverse)))
    }

    /// The regex that reads capture groups: cheap to compile, run from a match's start
    /// only.
    fn groups(&self) -> &regex_lite::Regex {
        self.groups.get_or_init(|| {
            regex_lite::Regex::new(self.groups_source).expect("regex-lite reads every pattern")
        })
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.regex().is_match(text)
    }

    /// The leftmost match. A pattern anchored at the end (`…$`) is read backwards from
    /// the end, not forwards over the whole text.
    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        if self.at_end {
            self.find_at_end(text)
        } else {
            self.find_iter(text).next()
        }
    }

    /// The match that ends where the text ends, found with the reverse DFA: its
    /// leftmost start is the start of the leftmost-first match forwards.
    fn find_at_end<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        let input = Input::new(text).anchored(Anchored::Yes);
        let start = self
            .regex()
            .reverse()
            .try_search_rev(&input)
            .expect("the patterns have no quit bytes")?
            .offset();
        Some(Match {
            text,
            start,
            end: text.len(),
        })
    }

    /// Every match, leftmost first and not overlapping.
    pub fn find_iter<'h>(&self, text: &'h str) -> impl Iterator<Item = Match<'h>> + use<'_, 'h> {
        self.regex().find_iter(text).map(move |m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    /// The capture groups of every match.
    pub fn captures_iter<'h>(
        &self,
        text: &'h str,
    ) -> impl Iterator<Item = regex_lite::Captures<'h>> + use<'_, 'h> {
        self.find_iter(text)
            .filter_map(move |m| self.captures_of(text, m))
    }

    pub fn captures<'h>(&self, text: &'h str) -> Option<regex_lite::Captures<'h>> {
        self.find(text).and_then(|m| self.captures_of(text, m))
    }

    /// The groups of a match this pattern found in `text`, read from its start: the
    /// leftmost-first match from there is the match itself (what comes before it still
    /// counts for `^`). Both engines read one pattern, so they agree (`tests/patterns.rs`
    /// holds them to it on every test text); were they ever not to, the match is left
    /// out rather than read wrong or ending the run.
    pub fn captures_of<'h>(&self, text: &'h str, m: Match<'h>) -> Option<regex_lite::Captures<'h>> {
        let groups = self.groups().captures_at(text, m.start);
        let groups = groups.filter(|c| c.get(0).is_some_and(|g| g.range() == m.range()));
        debug_assert!(
            groups.is_some(),
            "regex-lite reads the match at {}",
            m.start
        );
        groups
    }
}

/// Rules compiled into one anchored multi-pattern DFA: which rule matches at a place
/// (the first listed of those that do) and where a given rule's match there ends.
pub struct RuleSet {
    kinds: &'static [&'static str],
    bytes: &'static [u8],
    /// The DFA and its start states (the rules look at nothing before a match).
    dfa: OnceLock<Rules>,
}

impl RuleSet {
    const fn new(kinds: &'static [&'static str], bytes: &'static [u8]) -> Self {
        RuleSet {
            kinds,
            bytes,
            dfa: OnceLock::new(),
        }
    }

    fn dfa(&self) -> &Rules {
        self.dfa.get_or_init(|| {
            let dfa = dfa(self.bytes);
            // The rules look at nothing before a match, so a start state holds wherever
            // the search starts: the one at the start of a text.
            let start = |anchored| {
                dfa.start_state(&start::Config::new().anchored(anchored))
                    .expect("the rule DFA has a start state for each rule")
            };
            Rules {
                any: start(Anchored::Yes),
                each: (0..self.kinds.len())
                    .map(|rule| start(Anchored::Pattern(PatternID::must(rule))))
                    .collect(),
                dfa,
            }
        })
    }

    /// The kind of each rule, in the order of the rules.
    pub fn kinds(&self) -> &'static [&'static str] {
        self.kinds
    }

    /// The first rule that matches at `at`, and the end of its match. Most places start
    /// no rule: the DFA dies within their first character.
    pub fn first_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let rules = self.dfa();
        rules.run(text, at, rules.any)
    }

    /// The end of `rule`'s match at `at`.
    pub fn rule_at(&self, text: &str, at: usize, rule: usize) -> Option<usize> {
        let rules = self.dfa();
        rules.run(text, at, rules.each[rule]).map(|(_, end)| end)
    }
}

/// A rule set's DFA with its start states: for any rule, and for each one.
struct Rules {
    dfa: Dfa,
    any: StateID,
    each: Vec<StateID>,
}

impl Rules {
    /// The leftmost-first match of an anchored search from `at` that starts in `state`:
    /// (rule, end). This is the search loop of regex-automata's documentation, run here
    /// rather than through `try_search_fwd` because it is run at every character and
    /// mostly dies on the first one, where the setup of a search cost more than the
    /// walk. A DFA reports a match one byte late, and at the end of the text after its
    /// end-of-input transition; the rules have no quit bytes (build.rs checks) and the
    /// anchored search needs nothing of accelerated states.
    fn run(&self, text: &str, at: usize, mut state: StateID) -> Option<(usize, usize)> {
        let dfa = &self.dfa;
        let mut last = None;
        for (i, &byte) in text.as_bytes()[at..].iter().enumerate() {
            state = dfa.next_state(state, byte);
            if dfa.is_special_state(state) {
                if dfa.is_match_state(state) {
                    last = Some((dfa.match_pattern(state, 0).as_usize(), at + i));
                } else if dfa.is_dead_state(state) {
                    return last;
                }
            }
        }
        state = dfa.next_eoi_state(state);
        if dfa.is_match_state(state) {
            last = Some((dfa.match_pattern(state, 0).as_usize(), text.len()));
        }
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-run search loop of the rule set finds what the library's search finds,
    /// at every place of the seed and of texts that end in a match, for the first rule
    /// and for each rule.
    #[test]
    fn the_rule_walk_is_the_library_search() {
        let rules = &NON_QUANTITY_RULES;
        let dfa = &rules.dfa().dfa;
        let seed = include_str!("../../fixtures/zhuhai-2021.txt");
        for text in [seed, "2021年", "于2021年12月31日", "第二轮", "拨打12369"] {
            let search = |at: usize, anchored| {
                let input = Input::new(text).range(at..).anchored(anchored);
                let found = dfa.try_search_fwd(&input).expect("no quit bytes");
                found.map(|m| (m.pattern().as_usize(), m.offset()))
            };
            let mut matched = 0;
            for (at, _) in text.char_indices() {
                let first = rules.first_at(text, at);
                matched += usize::from(first.is_some());
                assert_eq!(first, search(at, Anchored::Yes), "{at}");
                for rule in 0..rules.kinds().len() {
                    let pattern = Anchored::Pattern(PatternID::must(rule));
                    let expected = search(at, pattern).map(|(_, end)| end);
                    assert_eq!(rules.rule_at(text, at, rule), expected, "{at} {rule}");
                }
            }
            // Every text has rule matches: the seed over a hundred (years, dates, codes).
            assert!(
                matched >= if text == seed { 100 } else { 1 },
                "{matched} in {text:.20}"
            );
        }
    }

    /// What `dfa` maps unchecked is what the checked deserialization accepts.
    #[test]
    fn every_embedded_dfa_is_valid() {
        let mut bytes: Vec<&[u8]> = ALL
            .iter()
            .flat_map(|(_, _, p)| [p.forward, p.reverse])
            .collect();
        bytes.push(NON_QUANTITY_RULES.bytes);
        for b in bytes {
            DFA::from_bytes(b).expect("a valid DFA");
        }
    }
}
