//! Pinyin annotations glued after characters (`態(tài)`), as pages for learners or some
//! copy tools produce them. One is removed only where the parenthesis holds a real
//! reading of the character before it (any of its heteronyms, with tone marks, from the
//! `pinyin` crate's data), so `(AQI)`, `(表)`, `(ppm)`, `(含上年贮存量)` stay. A reading after
//! a character that cannot carry one (`A(chǔ)`) is damage: it stays and is reported.

use pinyin::ToPinyinMulti;

use super::rewrite::{Rewriter, Step};

/// Longest syllable in bytes (`zhuàng` is 7; tone marks take two bytes).
const MAX_SYLLABLE_BYTES: usize = 12;

/// Removes every pinyin annotation that is a reading of the preceding character.
pub fn strip_pinyin_annotations(text: &str) -> Step<'_> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    // The character the last removed annotation belonged to, and where that annotation
    // ended: a second annotation right after it (`態(tài)(tài)`) belongs to it too.
    let mut last: Option<(char, usize)> = None;
    // `（` is EF BC 88 in UTF-8: look at every `(` and every 0xEF lead byte.
    for open in memchr::memchr2_iter(b'(', 0xEF, text.as_bytes()) {
        if open < rewriter.position() || !(text[open..].starts_with(['(', '（'])) {
            continue;
        }
        let Some((syllable, len)) = annotation_at(&text[open..]) else {
            continue;
        };
        let carrier = match last {
            Some((carrier, end)) if end == open => Some(carrier),
            _ => text[..open].chars().next_back(),
        };
        if let Some(carrier) = carrier.filter(|&c| is_reading_of(syllable, c)) {
            rewriter.replace(open..open + len, "");
            last = Some((carrier, open + len));
            count += 1;
        }
    }
    rewriter.finish(count)
}

/// The syllable of the parenthesized pinyin `rest` starts with, and the length of the
/// whole annotation.
pub(crate) fn annotation_at(rest: &str) -> Option<(&str, usize)> {
    let open = rest.chars().next()?.len_utf8();
    let body = rest.get(open..)?;
    let close = body
        .char_indices()
        .take_while(|(i, _)| *i <= MAX_SYLLABLE_BYTES)
        .find(|(_, c)| matches!(c, ')' | '）'))?;
    let syllable = &body[..close.0];
    if syllable.is_empty() || !syllable.chars().all(is_pinyin_letter) {
        return None;
    }
    Some((syllable, open + close.0 + close.1.len_utf8()))
}

/// Whether `syllable` is one of the readings of `character`.
pub fn is_reading_of(syllable: &str, character: char) -> bool {
    character
        .to_pinyin_multi()
        .is_some_and(|readings| readings.into_iter().any(|p| p.with_tone() == syllable))
}

/// Letters that occur in pinyin with tone marks.
pub(crate) fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_tone_marked(c) || c == 'ü'
}

/// Vowels (and the syllabic nasals) with a tone mark: a sign of pinyin, not English.
pub(crate) fn is_tone_marked(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ń'
            | 'ň'
            | 'ǹ'
            | 'ḿ'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_of_the_character_goes() {
        let out = strip_pinyin_annotations("生態(tài)環(huán)境（jìng）的(de)綠(lǜ)");
        assert_eq!(out.text, "生態環境的綠");
        assert_eq!(out.count, 5);
    }

    #[test]
    fn any_heteronym_counts() {
        // 長 reads zhǎng and cháng; 乾 reads qián and gān.
        let out = strip_pinyin_annotations("長(cháng)長(zhǎng)乾(gān)乾(qián)");
        assert_eq!(out.text, "長長乾乾");
    }

    #[test]
    fn a_repeated_annotation_goes_too() {
        let out = strip_pinyin_annotations("態(tài)(tài)度");
        assert_eq!(out.text, "態度");
        assert_eq!(out.count, 2);
    }

    #[test]
    fn other_parentheses_stay() {
        let text =
            "指數(AQI)總值(GEP)附(表)近(海)(含上年贮存量)濃度(ppm)(2019-2020年度)態(tái wrong)";
        let out = strip_pinyin_annotations(text);
        assert_eq!(out.text, text);
        assert_eq!(out.count, 0);
    }

    #[test]
    fn a_reading_of_another_character_stays() {
        // `tài` is not a reading of 境.
        assert_eq!(strip_pinyin_annotations("境(tài)").text, "境(tài)");
    }

    #[test]
    fn pinyin_after_a_latin_letter_stays() {
        assert_eq!(strip_pinyin_annotations("?;A(chǔ)設").text, "?;A(chǔ)設");
    }
}
