//! Input: bytes to clean simplified text. Decoding finds the encoding, normalization
//! removes HTML, pinyin annotations, traditional characters and full-width forms, and
//! flags damaged text. An [`OffsetMap`] maps every position of the clean text back to a
//! line and column of the input as given, so every fact points at the user's own file.

mod decode;
mod normalize;
mod offset;

pub use decode::{Decoded, decode};
pub use normalize::{Damage, DamageKind, Normalized, normalize};
pub use offset::{OffsetMap, Position};
