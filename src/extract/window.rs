//! The window around a place of the text (its sentence, its comma clause), kept for the
//! next place: rules that read numbers in text order find each sentence once, not once
//! per number in it.

use std::ops::Range;

/// The windows `find` gives in one text, with the one found last.
pub struct Window<'t> {
    text: &'t str,
    find: fn(&str, usize) -> Range<usize>,
    last: Range<usize>,
}

impl<'t> Window<'t> {
    /// Windows of `text` found by `find` ([`crate::text::sentence_at`],
    /// [`crate::text::comma_clause_at`]).
    pub fn new(text: &'t str, find: fn(&str, usize) -> Range<usize>) -> Window<'t> {
        Window {
            text,
            find,
            last: 0..0,
        }
    }

    /// `find(text, at)`: the window found last when it holds `at` (every place inside a
    /// sentence or clause finds that same one), else a new one.
    pub fn around(&mut self, at: usize) -> Range<usize> {
        if !self.last.contains(&at) {
            self.last = (self.find)(self.text, at);
        }
        self.last.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{comma_clause_at, sentence_at};

    #[test]
    fn windows_are_what_each_place_finds() {
        let text = "甲，乙。\n  丙丁，戊\n己。庚";
        let places: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut in_order: Vec<usize> = places.clone();
        in_order.extend(places.iter().rev());
        let mut sentences = Window::new(text, sentence_at);
        let mut clauses = Window::new(text, comma_clause_at);
        for at in in_order {
            assert_eq!(sentences.around(at), sentence_at(text, at), "{at}");
            assert_eq!(clauses.around(at), comma_clause_at(text, at), "{at}");
        }
    }
}
