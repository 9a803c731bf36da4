//! The offset map: from a byte offset in the normalized text to the line and column of
//! the input as given (STUB: identity map, to be completed).

/// A 1-based line and column (in characters) of the input as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Maps normalized byte offsets back to input positions.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    text: String,
}

impl OffsetMap {
    pub fn identity(text: &str) -> OffsetMap {
        OffsetMap {
            text: text.to_string(),
        }
    }

    /// The input position of the normalized byte offset `offset`.
    pub fn locate(&self, offset: usize) -> Position {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}
