//! Normalization to clean simplified text (STUB: to be completed).

use super::OffsetMap;
use crate::model::Transformations;

/// What kind of damage a place shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageKind {
    /// `?` or U+FFFD between Chinese characters.
    ReplacementChar,
    /// A pinyin annotation after a character that cannot carry it (`A(chǔ)`).
    StrayPinyin,
}

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
    Normalized {
        text: text.to_string(),
        map: OffsetMap::identity(text),
        transformations: Transformations::default(),
        damage: Vec::new(),
    }
}
