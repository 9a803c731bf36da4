//! Words around a number that say how its value is stated (`lexicon/quantities.toml`):
//! comparators before the number, after its unit and between the two (`不少于`, `以上`,
//! `余`), the words that make a bare `万`/`亿` money, the words after which a number
//! states a value, and the connectors of lists and ranges of numbers.

use serde::Deserialize;

use crate::model::Comparator;

/// The words of `lexicon/quantities.toml`, each list in the file's order.
#[derive(Debug, Deserialize)]
pub struct QuantityWords {
    pub before: Vec<(String, Comparator)>,
    pub after: Vec<(String, Comparator)>,
    pub between: Vec<(String, Comparator)>,
    pub money: Vec<String>,
    pub daily: Vec<String>,
    pub currency_words: Vec<(String, String)>,
    pub value_slot: Vec<String>,
    pub list_connectors: Vec<String>,
    pub range_connectors: Vec<String>,
}

super::lexicon_words!(pub fn quantity_words() -> QuantityWords = "quantities");

#[cfg(test)]
mod tests {
    use super::*;

    /// `before` is read from the number backwards and `after` from the unit on, the
    /// first hit winning: a word must come before every shorter word it ends (starts)
    /// with, or the shorter one would shadow it (`超过` would read `不超过` as `超过`).
    #[test]
    fn longer_words_come_before_the_words_they_contain_at_the_number() {
        let words = quantity_words();
        let ends_with: fn(&str, &str) -> bool = |word, part| word.ends_with(part);
        let starts_with: fn(&str, &str) -> bool = |word, part| word.starts_with(part);
        for (list, touches) in [(&words.before, ends_with), (&words.after, starts_with)] {
            for (i, (shorter, _)) in list.iter().enumerate() {
                for (longer, _) in &list[i + 1..] {
                    assert!(
                        !touches(longer, shorter),
                        "`{longer}` is shadowed by `{shorter}` listed before it"
                    );
                }
            }
        }
        assert_eq!(words.before[0], ("不少于".to_string(), Comparator::Ge));
        assert!(
            words
                .after
                .contains(&("左右".to_string(), Comparator::Approx))
        );
        assert!(words.value_slot.iter().any(|w| w == "介于"));
    }
}
