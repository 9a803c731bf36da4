//! Normalization to clean simplified text: the steps in order (HTML, line ends, pinyin
//! annotations, traditional → simplified, full-width forms, layout spaces in dates and
//! numbers), their counts, the damaged places, and the offset map that composes the
//! steps' edits. Pinyin goes before the script conversion because the readings belong to
//! the character as written (乾 reads qián, its simplified 干 does not). The text keeps the
//! input's line structure.
//!
//! HTML and line ends run over the whole text (a tag may span lines). The character steps
//! (pinyin, script, full-width, layout spaces) never look across a line break, so a large text is cut at
//! line breaks into pieces that run in parallel; their edits are then shifted and joined,
//! giving exactly the result of one pass.

use std::borrow::Cow;

use rayon::prelude::*;

use super::damage::{Damage, find_damage};
use super::fullwidth::fold_fullwidth;
use super::html::strip_html;
use super::offset::{OffsetMap, StepMap};
use super::pinyin::{strip_pinyin_annotations, strip_stray_readings, without_stray_readings};
use super::rewrite::{Step, unify_line_ends};
use super::simplify::to_simplified;
use super::spacing::join_layout_spaces;
use crate::model::Transformations;

/// Below this size the character steps run in one piece.
const PIECE_BYTES: usize = 2 * 1024 * 1024;

/// Clean simplified text with its map back to the input.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
    pub transformations: Transformations,
    pub damage: Vec<Damage>,
}

/// The text between steps (the input until a step changes it), each step's map, and
/// the text's length after each step.
struct Pipeline<'a> {
    text: Cow<'a, str>,
    maps: Vec<StepMap>,
    counts: Vec<usize>,
    lengths: Vec<usize>,
}

impl<'a> Pipeline<'a> {
    fn new(text: &'a str) -> Pipeline<'a> {
        Pipeline {
            text: Cow::Borrowed(text),
            maps: Vec::with_capacity(5),
            counts: Vec::with_capacity(5),
            lengths: vec![text.len()],
        }
    }

    /// Runs one step, keeping its map and count.
    fn run(&mut self, step: impl FnOnce(&str) -> Step<'_>) {
        let Step { text, map, count } = step(&self.text);
        if let Cow::Owned(changed) = text {
            self.text = Cow::Owned(changed);
        }
        self.maps.push(map);
        self.counts.push(count);
        self.lengths.push(self.text.len());
    }
}

/// Normalizes decoded text.
pub fn normalize(text: &str) -> Normalized {
    let mut pipeline = Pipeline::new(text);
    // Before HTML: a tag removed between a lone `\r` and a `\n` must not join two line
    // ends of the input into one `\r\n`.
    pipeline.run(unify_line_ends);
    let (mut html_tags, mut html_entities) = (0, 0);
    pipeline.run(|t| {
        let stripped = strip_html(t);
        (html_tags, html_entities) = (stripped.tags, stripped.entities);
        stripped.step
    });
    let characters = character_steps(&pipeline.text);
    let mut maps = pipeline.maps;
    maps.extend(characters.maps);
    // The damaged places are found in the clean text; the readings glued inside them go
    // last, as a step of their own, and the places shrink by what left them.
    let mut damage = find_damage(&characters.text);
    let places: Vec<_> = damage.iter().map(|d| d.start..d.end).collect();
    let stray = strip_stray_readings(&characters.text, &places);
    let stray_count = stray.count;
    let clean = stray.text.into_owned();
    maps.push(stray.map);
    shrink_places(&mut damage, &characters.text);

    let map = OffsetMap::new(text, maps, clean.len());
    name_places(&mut damage, &map, text);
    Normalized {
        transformations: Transformations {
            html_tags,
            html_entities,
            pinyin_annotations: characters.counts[0] + stray_count,
            traditional_chars: characters.counts[1],
            fullwidth_chars: characters.counts[2],
            layout_spaces: characters.counts[3],
            damaged: damage.len(),
        },
        text: clean,
        map,
        damage,
    }
}

/// How many character steps there are.
const CHARACTER_STEPS: usize = 4;

/// The result of the character steps (pinyin, script, full-width, layout spaces) on one
/// text.
struct CharacterSteps {
    text: String,
    maps: Vec<StepMap>,
    counts: Vec<usize>,
    /// Length of the text before the first step and after each.
    lengths: Vec<usize>,
}

/// Runs the character steps, in parallel pieces on a large text.
fn character_steps(text: &str) -> CharacterSteps {
    let pieces = pieces(text);
    if pieces.len() < 2 {
        return character_steps_of(text);
    }
    let done: Vec<CharacterSteps> = pieces.par_iter().map(|p| character_steps_of(p)).collect();
    let mut joined = CharacterSteps {
        text: String::with_capacity(done.iter().map(|d| d.text.len()).sum()),
        maps: vec![StepMap::default(); CHARACTER_STEPS],
        counts: vec![0; CHARACTER_STEPS],
        lengths: Vec::new(),
    };
    // Where the current piece starts in the whole text before and after each step.
    let mut starts = [0usize; CHARACTER_STEPS + 1];
    // Each piece's text is dropped as soon as it is joined.
    for piece in done {
        joined.text.push_str(&piece.text);
        for (step, map) in piece.maps.iter().enumerate() {
            joined.maps[step].append_shifted(map, starts[step], starts[step + 1]);
            joined.counts[step] += piece.counts[step];
        }
        for (start, length) in starts.iter_mut().zip(&piece.lengths) {
            *start += length;
        }
    }
    joined
}

fn character_steps_of(text: &str) -> CharacterSteps {
    let mut pipeline = Pipeline::new(text);
    pipeline.run(strip_pinyin_annotations);
    pipeline.run(to_simplified);
    pipeline.run(fold_fullwidth);
    pipeline.run(join_layout_spaces);
    CharacterSteps {
        text: pipeline.text.into_owned(),
        maps: pipeline.maps,
        counts: pipeline.counts,
        lengths: pipeline.lengths,
    }
}

/// `text` cut after line breaks into pieces of about [`PIECE_BYTES`] or more, enough
/// for every worker thread; a text without line breaks stays whole.
fn pieces(text: &str) -> Vec<&str> {
    // A short text is one piece, and asking rayon for its thread count would start its
    // pool: threads a one-report command has no use for.
    if text.len() <= PIECE_BYTES {
        return vec![text];
    }
    let size = PIECE_BYTES.max(text.len() / (rayon::current_num_threads() * 4).max(1));
    let mut pieces = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        let Some(cut) = memchr::memchr(b'\n', &rest.as_bytes()[size..]) else {
            break;
        };
        let (piece, after) = rest.split_at(size + cut + 1);
        pieces.push(piece);
        rest = after;
    }
    pieces.push(rest);
    pieces
}

/// Moves each place (found in `before`, the text the stray readings were then removed
/// from) to where it stands in the clean text.
fn shrink_places(damage: &mut [Damage], before: &str) {
    let mut removed = 0;
    for place in damage {
        let inside = before
            .get(place.start..place.end)
            .map_or(0, |t| t.len() - without_stray_readings(t).0.len());
        place.start -= removed;
        place.end -= removed + inside;
        removed += inside;
    }
}

/// Gives each place its text as given in the input, without the readings removed from it.
fn name_places(damage: &mut [Damage], map: &OffsetMap, input: &str) {
    for place in damage {
        let start = map.original_offset(place.start);
        let end = map.original_offset(place.end);
        if let Some(original) = input.get(start..end) {
            place.text = without_stray_readings(original).0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_join_to_the_result_of_one_pass() {
        let seed = include_str!("../../fixtures/zhuhai-2021.txt");
        let text = seed.repeat(100);
        let pieces = pieces(&text);
        assert!(pieces.len() > 1);
        assert_eq!(pieces.concat(), text);
        let whole = character_steps_of(&text);
        let joined = character_steps(&text);
        assert_eq!(joined.text, whole.text);
        assert_eq!(joined.counts, whole.counts);
        assert_eq!(joined.maps, whole.maps);
    }
}
