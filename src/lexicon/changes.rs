//! Change words with their direction (`lexicon/changes.toml`): the one list extraction
//! reads a change from and the audit checks a change's direction against.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::Direction;

/// A word that states a change (`提升`, `降幅`).
#[derive(Debug, Clone, Deserialize)]
pub struct ChangeWord {
    pub text: String,
    /// `None` for `改善`: its direction depends on whether lower is better.
    #[serde(default)]
    pub direction: Option<Direction>,
    /// The word names a change but no direction (`变化率`): the figure's sign gives it,
    /// so the word cannot disagree with the sign.
    #[serde(default)]
    pub signed: bool,
}

#[derive(Debug, Deserialize)]
struct Comparatives {
    up: Vec<String>,
    down: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Improvement {
    lower_is_better: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct PreviousPeriod {
    markers: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Basis {
    clauses: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Flat {
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct ChangeFile {
    word: Vec<ChangeWord>,
    comparatives: Comparatives,
    previous_period: PreviousPeriod,
    basis: Basis,
    flat: Flat,
    improvement: Improvement,
}

fn file() -> &'static ChangeFile {
    static FILE: OnceLock<ChangeFile> = OnceLock::new();
    FILE.get_or_init(|| {
        let mut file: ChangeFile = super::lexicon_file!("changes");
        file.word
            .sort_by_key(|w| std::cmp::Reverse(w.text.chars().count()));
        file
    })
}

/// Whether the name says what is better lower (`污染天数`, `排放量`, `综合指数`): for
/// it, `改善` is a fall.
pub fn better_lower(name: &str) -> bool {
    super::words::contains_any(name, &file().improvement.lower_is_better)
}

/// Whether comparison markers compare with the period just before (`环比`, `较上月`).
pub fn compares_with_previous_period(markers: &str) -> bool {
    super::words::contains_any(markers, &file().previous_period.markers)
}

/// The clauses that say on what basis a change was computed (`按可比价格计算`).
pub fn basis_clauses() -> &'static [String] {
    &file().basis.clauses
}

/// The words that say a quantity did not change (`持平`, `相若`).
pub fn flat_words() -> &'static [String] {
    &file().flat.words
}

/// The change words, longest first.
pub fn change_words() -> &'static [ChangeWord] {
    &file().word
}

/// The change word `text` ends with, the longest one.
pub fn change_word_ending(text: &str) -> Option<&'static ChangeWord> {
    change_words()
        .iter()
        .find(|w| text.ends_with(w.text.as_str()))
}

/// The one-character comparative `text` ends with (`多`, `少`), as a change word with its
/// direction. Extraction takes one for a change only right after a comparison marker
/// (`比上年多5天`).
pub fn comparative_ending(text: &str) -> Option<&'static ChangeWord> {
    static WORDS: OnceLock<Vec<ChangeWord>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let comparatives = &file().comparatives;
        let word = |direction: Direction| {
            move |text: &String| ChangeWord {
                text: text.clone(),
                direction: Some(direction),
                signed: false,
            }
        };
        (comparatives.up.iter().map(word(Direction::Up)))
            .chain(comparatives.down.iter().map(word(Direction::Down)))
            .collect()
    });
    words.iter().find(|w| text.ends_with(w.text.as_str()))
}

/// The direction the words in a change's text state, if they state exactly one: change
/// words and the one-character comparatives (`多3天`); `负增长` is a fall.
pub fn stated_direction(text: &str) -> Option<Direction> {
    if text.contains("负增长") {
        return Some(Direction::Down);
    }
    let says = |direction: Direction, comparatives: &[String]| {
        change_words()
            .iter()
            .any(|w| !w.signed && w.direction == Some(direction) && text.contains(w.text.as_str()))
            || comparatives.iter().any(|w| text.contains(w.as_str()))
    };
    let comparatives = &file().comparatives;
    match (
        says(Direction::Up, &comparatives.up),
        says(Direction::Down, &comparatives.down),
    ) {
        (true, false) => Some(Direction::Up),
        (false, true) => Some(Direction::Down),
        _ if super::words::contains_any(text, flat_words()) => Some(Direction::Flat),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_word_wins_at_the_end() {
        let word = change_word_ending("同比下降幅度").expect("a change word");
        assert_eq!(
            (word.text.as_str(), word.direction),
            ("下降幅度", Some(Direction::Down))
        );
        assert_eq!(
            change_word_ending("同比回升").and_then(|w| w.direction),
            Some(Direction::Up)
        );
        assert_eq!(change_word_ending("改善").map(|w| w.direction), Some(None));
        assert!(change_word_ending("达到").is_none());
    }

    #[test]
    fn directions_of_change_texts() {
        assert_eq!(stated_direction("同比提升1.7个百分点"), Some(Direction::Up));
        assert_eq!(stated_direction("同比回升3%"), Some(Direction::Up));
        assert_eq!(stated_direction("较上年增多5件"), Some(Direction::Up));
        assert_eq!(stated_direction("减排12%"), Some(Direction::Down));
        assert_eq!(stated_direction("比上年多3天"), Some(Direction::Up));
        assert_eq!(stated_direction("负增长5%"), Some(Direction::Down));
        assert_eq!(stated_direction("同比持平"), Some(Direction::Flat));
        assert_eq!(stated_direction("先增加后减少"), None);
        assert_eq!(stated_direction("改善率35%"), None);
    }
}
