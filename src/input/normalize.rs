//! Normalization to clean simplified text: the steps in order (line ends, HTML, pinyin
//! annotations, traditional → simplified, full-width forms), their counts, the damaged
//! places, and the offset map that composes the steps' edits. Pinyin goes before the
//! script conversion because the readings belong to the character as written (乾 reads
//! qián, its simplified 干 does not). The text keeps the input's line structure.

use super::damage::{Damage, find_damage};
use super::fullwidth::fold_fullwidth;
use super::html::strip_html;
use super::offset::{OffsetMap, StepMap};
use super::pinyin::strip_pinyin_annotations;
use super::rewrite::{Step, unify_line_ends};
use super::simplify::to_simplified;
use crate::model::Transformations;

/// Clean simplified text with its map back to the input.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    pub map: OffsetMap,
    pub transformations: Transformations,
    pub damage: Vec<Damage>,
}

/// Normalizes decoded text.
pub fn normalize(text: &str) -> Normalized {
    let mut maps: Vec<StepMap> = Vec::with_capacity(5);
    let mut keep = |step: Step| {
        maps.push(step.map);
        (step.text, step.count)
    };
    let (unified, _) = keep(unify_line_ends(text));
    let html = strip_html(&unified);
    drop(unified);
    let (without_html, _) = keep(html.step);
    let (without_pinyin, pinyin_annotations) = keep(strip_pinyin_annotations(&without_html));
    drop(without_html);
    let (simplified, traditional_chars) = keep(to_simplified(&without_pinyin));
    drop(without_pinyin);
    let (clean, fullwidth_chars) = keep(fold_fullwidth(&simplified));
    drop(simplified);

    let map = OffsetMap::new(text, maps, clean.len());
    let mut damage = find_damage(&clean);
    for place in &mut damage {
        let start = map.original_offset(place.start);
        let end = map.original_offset(place.end);
        if let Some(original) = text.get(start..end) {
            place.text = original.to_string();
        }
    }
    Normalized {
        transformations: Transformations {
            html_tags: html.tags,
            html_entities: html.entities,
            pinyin_annotations,
            traditional_chars,
            fullwidth_chars,
            damaged: damage.len(),
        },
        text: clean,
        map,
        damage,
    }
}
