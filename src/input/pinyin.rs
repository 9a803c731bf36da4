//! Pinyin annotations glued after characters (`態(tài)`), as pages for learners or some
//! copy tools produce them. One is removed only where the parenthesis holds a real
//! reading of the character before it (any of its heteronyms, with tone marks, from the
//! `pinyin` crate's data), so `(AQI)`, `(表)`, `(ppm)`, `(含上年贮存量)` stay. A reading after
//! a character that cannot carry one (`A(chǔ)`) is damage: it is reported, and once the
//! damaged place is known the reading glued inside it goes too ([`strip_stray_readings`]),
//! so the clean text holds `环?;A设施`, not `环?;A(chǔ)设施`.

use std::ops::Range;

use pinyin::ToPinyinMulti;

use super::rewrite::{Rewriter, Step};
use crate::lexicon::is_han;

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

/// Removes the stray readings inside damaged `places` (byte ranges of `text`, in text
/// order), each place replaced by its text without them ([`without_stray_readings`]).
pub fn strip_stray_readings<'a>(text: &'a str, places: &[Range<usize>]) -> Step<'a> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    for place in places {
        let Some(place_text) = text.get(place.clone()) else {
            continue;
        };
        let (cleaned, removed) = without_stray_readings(place_text);
        if removed > 0 {
            rewriter.replace(place.clone(), &cleaned);
            count += removed;
        }
    }
    rewriter.finish(count)
}

/// A damaged place without its stray readings ([`stray_readings`]), removed until none
/// is left (a removal can close one around it: `ǔ(ǔ(tài))`), and how many went.
pub fn without_stray_readings(place: &str) -> (String, usize) {
    let mut text = place.to_string();
    let mut removed = 0;
    loop {
        let readings = stray_readings(&text);
        if readings.is_empty() {
            return (text, removed);
        }
        removed += readings.len();
        for reading in readings.into_iter().rev() {
            text.replace_range(reading, "");
        }
    }
}

/// The pinyin readings glued after a damaged character in a damaged place (byte ranges
/// of `place`): a parenthesized syllable with a tone mark (`(chǔ)`; a tone mark is a
/// sign of pinyin, not English) whose character before it, inside the place, is not a
/// Chinese one (`A`, `?`, U+FFFD, a private-use character). A reading after a Chinese
/// character is [`strip_pinyin_annotations`]'s, and one that is not that character's
/// reading (`境(tài)`) starts a place of its own, so it stays as the damage it is.
fn stray_readings(place: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for (open, c) in place.char_indices() {
        if !matches!(c, '(' | '（') || found.last().is_some_and(|r: &Range<usize>| open < r.end) {
            continue;
        }
        let glued_to_damage = place[..open]
            .chars()
            .next_back()
            .is_some_and(|c| !is_han(c));
        let Some((syllable, len)) = annotation_at(&place[open..]) else {
            continue;
        };
        if glued_to_damage && syllable.chars().any(is_tone_marked) {
            found.push(open..open + len);
        }
    }
    found
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

    #[test]
    fn a_reading_glued_after_a_damaged_character_goes_with_the_place_known() {
        // 保护(hù) written with 护 lost to `B`, then its reading; `(AQI)` and `(de)` are not
        // pinyin with a tone mark, so they stay.
        let text = "加强生态保B(hù)和A(AQI)与C(de)";
        let places = [
            text.find('B').expect("B")..text.find('和').expect("和"),
            text.find("A(").expect("A")..text.find('与').expect("与"),
            text.find("C(").expect("C")..text.len(),
        ];
        let out = strip_stray_readings(text, &places);
        assert_eq!(out.text, "加强生态保B和A(AQI)与C(de)");
        assert_eq!(out.count, 1);
    }

    #[test]
    fn stray_readings_are_found_after_any_damaged_character() {
        // Two lost characters, each with its reading; a full-width parenthesis too.
        let place = "?(shuǐ)\u{FFFD}（zhì）";
        let readings: Vec<&str> = stray_readings(place)
            .into_iter()
            .map(|r| &place[r])
            .collect();
        assert_eq!(readings, ["(shuǐ)", "（zhì）"]);
        // The first character of a place has its carrier outside it: not glued to damage.
        assert_eq!(stray_readings("(tài)"), Vec::<Range<usize>>::new());
    }

    #[test]
    fn a_reading_closed_by_a_removal_goes_too() {
        assert_eq!(without_stray_readings("ǔ(ǔ(tài))"), ("ǔ".to_string(), 2));
        assert_eq!(without_stray_readings("?;A(chǔ)"), ("?;A".to_string(), 1));
    }
}
