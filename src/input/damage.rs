//! Damaged text: places where a copy went wrong and characters were lost, such as a
//! `?` or U+FFFD standing for a character that did not survive a re-encoding (`六?!薄?`),
//! or a pinyin reading left behind by a character that did not (`?;A(chǔ)`, `?qū)n}`).
//! They are found by rule and reported with their range, never repaired: a guess would
//! put words in the report's mouth.
//!
//! A place is a run of stray symbols (ASCII letters and punctuation, `?`, U+FFFD, private
//! use characters, tone-marked letters; digits and spaces end it) that holds a seed:
//! U+FFFD or a private-use character (bytes a legacy decoder could not place), a tone-marked
//! syllable closed by `)`, or a `?` with Chinese on both sides that is not a question.
//! Runs a character or two apart are one place.

use super::pinyin::is_tone_marked;
use crate::lexicon::is_han;

pub use crate::model::DamageKind;

/// A damaged place: reported, never repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub kind: DamageKind,
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
    /// The damaged text as given in the input.
    pub text: String,
}

/// Characters in a run that, apart from the seed, make one place of two runs.
const MAX_GAP_CHARS: usize = 2;

/// Particles after which an ASCII `?` is a question mark.
const QUESTION_PARTICLES: &[char] = &['吗', '呢', '么', '吧', '嗎', '麼', '何', '谁', '誰'];

#[derive(Debug, Clone, Copy, Default)]
struct Run {
    start: usize,
    end: usize,
    question_marks: usize,
    replacement_chars: usize,
    tone_marks: usize,
    /// A `)` after a tone-marked letter: the end of a pinyin reading.
    closed_reading: bool,
}

impl Run {
    fn is_seeded(&self) -> bool {
        self.question_marks + self.replacement_chars > 0 || self.closed_reading
    }

    fn absorb(&mut self, next: &Run) {
        self.end = next.end;
        self.question_marks += next.question_marks;
        self.replacement_chars += next.replacement_chars;
        self.tone_marks += next.tone_marks;
        self.closed_reading |= next.closed_reading;
    }
}

/// Lead bytes of the characters that can seed a place: `?`, U+FFFD and private-use
/// characters (0xEE, 0xEF), tone-marked letters (0xC3, 0xC4, 0xC5, 0xC7, and 0xE1 for
/// `ḿ`). The scan looks at these bytes only, so clean text costs a table lookup a byte.
const SEED_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i, 0x3F | 0xC3 | 0xC4 | 0xC5 | 0xC7 | 0xE1 | 0xEE | 0xEF);
        i += 1;
    }
    table
};

/// Damaged places of a normalized text; `text` holds the normalized slice.
pub fn find_damage(text: &str) -> Vec<Damage> {
    let bytes = text.as_bytes();
    let mut places: Vec<Run> = Vec::new();
    let mut at = 0;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| SEED_LEADS[usize::from(b)]))
    {
        let seed = at + found;
        at = seed + 1;
        let Some(c) = text.get(seed..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        if !is_seed(c) {
            continue;
        }
        let run = run_around(text, seed);
        at = run.end.max(at);
        if run.is_seeded() {
            add_run(text, &mut places, run);
        }
    }
    places
        .into_iter()
        .filter(|place| is_damage(text, place))
        .map(|place| Damage {
            kind: if place.question_marks + place.replacement_chars > 0 {
                DamageKind::ReplacementChar
            } else {
                DamageKind::StrayPinyin
            },
            start: place.start,
            end: place.end,
            text: text[place.start..place.end].to_string(),
        })
        .collect()
}

/// Characters that can start a place.
fn is_seed(c: char) -> bool {
    c == '?' || c == '\u{FFFD}' || is_private_use(c) || is_tone_marked(c)
}

/// The run of stray characters around the seed at byte `seed`, with what it holds.
fn run_around(text: &str, seed: usize) -> Run {
    let start = text[..seed]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_stray(*c))
        .last()
        .map_or(seed, |(i, _)| i);
    let mut run = Run {
        start,
        end: seed,
        ..Run::default()
    };
    for (i, c) in text[start..].char_indices() {
        if !is_stray(c) {
            break;
        }
        run.end = start + i + c.len_utf8();
        match c {
            '?' => run.question_marks += 1,
            '\u{FFFD}' | '\u{E000}'..='\u{F8FF}' => run.replacement_chars += 1,
            ')' if run.tone_marks > 0 => run.closed_reading = true,
            c if is_tone_marked(c) => run.tone_marks += 1,
            _ => {}
        }
    }
    run
}

/// Adds `run` as a new place, or to the previous place when only a character or two
/// of the same line lie between them.
fn add_run(text: &str, places: &mut Vec<Run>, run: Run) {
    if let Some(last) = places.last_mut() {
        let gap = &text[last.end..run.start];
        if gap.chars().count() <= MAX_GAP_CHARS && !gap.chars().any(char::is_whitespace) {
            last.absorb(&run);
            return;
        }
    }
    places.push(run);
}

/// Whether a place is damage: lost characters or a stray reading are; a lone `?` is only
/// between Chinese characters and not after a question particle.
fn is_damage(text: &str, place: &Run) -> bool {
    if place.replacement_chars > 0 || place.closed_reading {
        return true;
    }
    let before = text[..place.start].chars().next_back();
    let after = text[place.end..].chars().next();
    let between_han = before.is_some_and(is_han) && after.is_some_and(is_han);
    let lone_question =
        place.end - place.start == 1 && before.is_some_and(|c| QUESTION_PARTICLES.contains(&c));
    between_han && !lone_question
}

/// Characters that make up damaged runs.
fn is_stray(c: char) -> bool {
    (c.is_ascii_graphic() && !c.is_ascii_digit())
        || c == '\u{FFFD}'
        || is_private_use(c)
        || c == 'ü'
        || is_tone_marked(c)
}

/// Private-use characters: what a legacy decoder makes of bytes in a vendor's
/// user-defined area, never text of a published report.
fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(DamageKind, String)> {
        find_damage(text)
            .into_iter()
            .map(|d| (d.kind, d.text))
            .collect()
    }

    #[test]
    fn question_marks_inside_chinese_are_damage() {
        assert_eq!(
            texts("“六稳”“六?!薄?/strong>规范"),
            vec![(DamageKind::ReplacementChar, "?!薄?/strong>".to_string())]
        );
        assert_eq!(
            texts("领域?qū)n}建设"),
            vec![(DamageKind::ReplacementChar, "?qū)n}".to_string())]
        );
    }

    #[test]
    fn a_reading_after_a_latin_letter_is_stray_pinyin() {
        assert_eq!(
            texts("完善环境A(chǔ)设施"),
            vec![(DamageKind::StrayPinyin, "A(chǔ)".to_string())]
        );
        assert_eq!(
            texts("环?;A(chǔ)设施"),
            vec![(DamageKind::ReplacementChar, "?;A(chǔ)".to_string())]
        );
    }

    #[test]
    fn replacement_and_private_use_characters_are_always_damage() {
        assert_eq!(texts("ab\u{FFFD}cd").len(), 1);
        assert_eq!(
            texts("环?;\u{E2A6}A(chǔ)设施"),
            vec![(DamageKind::ReplacementChar, "?;\u{E2A6}A(chǔ)".to_string())]
        );
    }

    #[test]
    fn ordinary_text_is_not_damage() {
        for text in [
            "是否达标吗?我们",
            "What? 好",
            "见https://x.cn/?a=1页面",
            "空气质量指数(AQI)达标率95.1%,PM2.5浓度",
            "合计?2021年",
            "好？是",
        ] {
            assert_eq!(texts(text), vec![], "{text}");
        }
    }
}
