//! Searching the short texts of extraction and the audit (names, clauses, sentences)
//! for the words of the lexicon's lists. `str::contains` sets up a two-way search on
//! every call, and that set-up was a third of all the work of extraction; these find a
//! word's last byte (the most varied byte of a Han character in UTF-8) with `memchr` and
//! compare the rest in place.

/// Whether `text` contains any of `words`.
pub fn contains_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|w| contains_word(text, w))
}

/// `text.contains(word)` for the short words and texts of extraction. The standard
/// searcher sets up a two-way search on every call, and that set-up was a third of all
/// the work of extraction; here the word's last byte (the most varied byte of a Han
/// character in UTF-8) is found with `memchr` and the rest compared in place.
pub fn contains_word(text: &str, word: &str) -> bool {
    word.is_empty()
        || find_word_ends(text.as_bytes(), word.as_bytes())
            .next()
            .is_some()
}

/// `text.rfind(word)`, found the same way from the end.
pub fn rfind_word(text: &str, word: &str) -> Option<usize> {
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    let Some((&last, _)) = needle.split_last() else {
        return Some(text.len());
    };
    memchr::memrchr_iter(last, hay)
        .filter(|&i| i + 1 >= needle.len())
        .map(|i| i + 1 - needle.len())
        .find(|&start| hay[start..].starts_with(needle))
}

/// The end offsets of a non-empty `needle` in `hay`, first to last.
fn find_word_ends<'a>(hay: &'a [u8], needle: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    let last = needle.last().copied();
    last.into_iter()
        .flat_map(move |last| memchr::memchr_iter(last, hay))
        .map(|i| i + 1)
        .filter(move |&end| end >= needle.len() && hay[end - needle.len()..end] == *needle)
}

/// Whether `text` starts with any of `words`.
pub fn starts_with_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|w| text.starts_with(w.as_str()))
}

/// Whether `text` ends with any of `words`.
pub fn ends_with_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|w| text.ends_with(w.as_str()))
}

/// `text.find(word)`, found the same way as [`contains_word`].
pub fn find_word(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return Some(0);
    }
    find_word_ends(text.as_bytes(), word.as_bytes())
        .next()
        .map(|end| end - word.len())
}
