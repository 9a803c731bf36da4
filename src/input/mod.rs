//! Input: bytes to clean simplified text. Decoding finds the encoding, normalization
//! removes HTML, pinyin annotations, traditional characters, full-width forms and the
//! layout spaces inside dates and numbers, and flags damaged text. An [`OffsetMap`] maps
//! every position of the clean text back to a line and column of the input as given, so
//! every fact points at the user's own file. Each step is a public function of its own,
//! tested on its own.

mod damage;
mod decode;
mod fullwidth;
mod html;
mod normalize;
mod offset;
mod pinyin;
mod rewrite;
mod simplify;
mod spacing;

pub use crate::lines::{LineIndex, line_ends};
pub use damage::{Damage, DamageKind, find_damage};
pub use decode::{Decoded, MAX_INPUT_BYTES, check_size, check_size_against, decode};
pub use fullwidth::{fold_fullwidth, halfwidth};
pub use html::{HtmlStripped, strip_html};
pub use normalize::{Normalized, normalize};
pub use offset::{OffsetMap, Position, StepMap};
pub use pinyin::{is_reading_of, strip_pinyin_annotations};
pub use rewrite::{Step, unify_line_ends};
pub use simplify::to_simplified;
pub use spacing::join_layout_spaces;
