//! The offset map: from a byte offset in the normalized text back to the line and column
//! of the input as given, so every fact and diagnostic points at the user's own file.
//!
//! Each normalization step records only its edits (input range → output range); the
//! text between two edits is copied unchanged. A lookup walks the steps backwards, one
//! binary search each, to a byte offset of the decoded input, then turns that into a line
//! (binary search over line starts) and a column in characters (a rank query over a bit
//! per input byte that marks character starts). Memory is one entry per edit and per
//! line plus one bit per input byte: exact character columns cannot be recovered from
//! byte offsets with less, and the bit index is 1/8 of the input, not a copy of it.

use std::ops::Range;

/// A 1-based line and column (in characters) of the input as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// One change made by one step: input bytes `in_start..in_end` became output bytes
/// `out_start..out_end`. Offsets are `u32` to halve the map: inputs are limited to
/// 16 MiB ([`super::MAX_INPUT_BYTES`]), far below 4 GiB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    out_start: u32,
    out_end: u32,
    in_start: u32,
    in_end: u32,
}

/// An offset as stored in an [`Edit`]; texts over 4 GiB are refused before this.
fn narrow(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

/// The edits of one normalization step, in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepMap {
    edits: Vec<Edit>,
}

impl StepMap {
    /// Records that `input` became `output`; calls come in text order.
    pub(crate) fn push(&mut self, input: Range<usize>, output: Range<usize>) {
        self.edits.push(Edit {
            out_start: narrow(output.start),
            out_end: narrow(output.end),
            in_start: narrow(input.start),
            in_end: narrow(input.end),
        });
    }

    /// Appends the edits of a step run on a later piece of the text, whose input starts
    /// at byte `input_at` and output at byte `output_at` of the whole texts.
    pub(crate) fn append_shifted(&mut self, piece: &StepMap, input_at: usize, output_at: usize) {
        let (input_at, output_at) = (narrow(input_at), narrow(output_at));
        self.edits.extend(piece.edits.iter().map(|e| Edit {
            out_start: e.out_start.saturating_add(output_at),
            out_end: e.out_end.saturating_add(output_at),
            in_start: e.in_start.saturating_add(input_at),
            in_end: e.in_end.saturating_add(input_at),
        }));
    }

    /// Forgets the edits after the first `len`.
    pub(crate) fn truncate(&mut self, len: usize) {
        self.edits.truncate(len);
    }

    /// Number of edits recorded.
    pub fn len(&self) -> usize {
        self.edits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The step's input offset for output offset `offset`. An offset inside a
    /// replacement maps to the start of what it replaced; an offset right after a
    /// removal maps past the removed text.
    pub fn to_input(&self, offset: usize) -> usize {
        let at = narrow(offset);
        let after = self.edits.partition_point(|e| e.out_start <= at);
        let Some(edit) = after.checked_sub(1).and_then(|i| self.edits.get(i)) else {
            return offset;
        };
        if at < edit.out_end {
            edit.in_start as usize
        } else {
            edit.in_end as usize + (offset - edit.out_end as usize)
        }
    }
}

/// Rank index over character starts: how many characters begin before a byte offset.
#[derive(Debug, Clone, Default)]
struct CharIndex {
    /// Bit `i % 64` of word `i / 64` is set when byte `i` starts a character.
    words: Vec<u64>,
    /// Characters starting before each block of [`BLOCK_WORDS`] words.
    blocks: Vec<usize>,
}

const BLOCK_WORDS: usize = 8;

/// For eight bytes read little-endian, an 8-bit mask of those that start a character
/// (bit `i` for byte `i`): every byte but the continuation bytes `0b10xx_xxxx`.
fn starts_in(lanes: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Zero exactly in the continuation bytes.
    let marked = (lanes & 0xC0C0_C0C0_C0C0_C0C0) ^ HIGH;
    // Bit 7 of each byte set where `marked` is not zero.
    let nonzero = (((marked & LOW7) + LOW7) | marked) & HIGH;
    // Gather bit 7 of byte i into bit i: the partial products never overlap.
    ((nonzero >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        let mut words = Vec::with_capacity(bytes.len() / 64 + 1);
        let mut chunks = bytes.chunks_exact(64);
        for chunk in chunks.by_ref() {
            let mut word = 0u64;
            for (i, eight) in chunk.chunks_exact(8).enumerate() {
                let mut lanes = [0u8; 8];
                lanes.copy_from_slice(eight);
                word |= starts_in(u64::from_le_bytes(lanes)) << (8 * i);
            }
            words.push(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = 0u64;
            for (bit, &byte) in rest.iter().enumerate() {
                word |= u64::from((byte & 0xC0) != 0x80) << bit;
            }
            words.push(word);
        }
        let mut blocks = Vec::with_capacity(words.len() / BLOCK_WORDS + 1);
        let mut total = 0usize;
        for block in words.chunks(BLOCK_WORDS) {
            blocks.push(total);
            total += block.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        }
        // The end of a text whose length fills its last block exactly has a block of its own.
        blocks.push(total);
        CharIndex { words, blocks }
    }

    /// Characters that start before byte `offset`.
    fn rank(&self, offset: usize) -> usize {
        let word = offset / 64;
        let block = word / BLOCK_WORDS;
        let mut count = self.blocks.get(block).copied().unwrap_or(0);
        let first = block * BLOCK_WORDS;
        for w in self.words.iter().take(word).skip(first) {
            count += w.count_ones() as usize;
        }
        let bits = offset % 64;
        if bits > 0
            && let Some(w) = self.words.get(word)
        {
            count += (w & ((1u64 << bits) - 1)).count_ones() as usize;
        }
        count
    }
}

/// Maps normalized byte offsets back to input positions.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Steps in pipeline order; a lookup applies them last to first.
    steps: Vec<StepMap>,
    /// Byte offset of each line start in the decoded input.
    line_starts: Vec<usize>,
    chars: CharIndex,
    input_len: usize,
    output_len: usize,
}

impl OffsetMap {
    /// A map for `input` transformed by `steps` (in pipeline order) into a text of
    /// `output_len` bytes.
    pub(crate) fn new(input: &str, steps: Vec<StepMap>, output_len: usize) -> OffsetMap {
        OffsetMap {
            steps,
            line_starts: super::LineIndex::new(input).starts().to_vec(),
            chars: CharIndex::new(input),
            input_len: input.len(),
            output_len,
        }
    }

    /// The map of a text that normalization left unchanged (for tests elsewhere).
    #[doc(hidden)]
    pub fn identity(text: &str) -> OffsetMap {
        OffsetMap::new(text, Vec::new(), text.len())
    }

    /// The byte offset in the decoded input that normalized byte `offset` comes from.
    /// Offsets past the end map to the end of the input.
    pub fn original_offset(&self, offset: usize) -> usize {
        let mut at = offset.min(self.output_len);
        for step in self.steps.iter().rev() {
            at = step.to_input(at);
        }
        at.min(self.input_len)
    }

    /// The input position of the normalized byte offset `offset`.
    pub fn locate(&self, offset: usize) -> Position {
        let at = self.original_offset(offset);
        let line = self.line_starts.partition_point(|&start| start <= at);
        let line_start = line
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
            .copied()
            .unwrap_or(0);
        Position {
            line: line.max(1),
            column: self.chars.rank(at) - self.chars.rank(line_start) + 1,
        }
    }

    /// Total number of edits over all steps.
    pub fn edit_count(&self) -> usize {
        self.steps.iter().map(StepMap::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_map_counts_characters_not_bytes() {
        let text = "一二\nab三c\n";
        let map = OffsetMap::identity(text);
        assert_eq!(map.locate(0), Position { line: 1, column: 1 });
        assert_eq!(map.locate(3), Position { line: 1, column: 2 });
        assert_eq!(map.locate(6), Position { line: 1, column: 3 });
        assert_eq!(map.locate(7), Position { line: 2, column: 1 });
        let c = text.find('c').unwrap();
        assert_eq!(map.locate(c), Position { line: 2, column: 4 });
        assert_eq!(map.locate(text.len()), Position { line: 3, column: 1 });
    }

    #[test]
    fn rank_is_exact_across_word_and_block_boundaries() {
        let text: String = "a態bc𠀀é".repeat(300);
        let index = CharIndex::new(&text);
        for (count, (offset, _)) in text.char_indices().enumerate() {
            assert_eq!(index.rank(offset), count, "offset {offset}");
        }
        assert_eq!(index.rank(text.len()), text.chars().count());
        // Found by the offset-map property: an input of exactly one block (512 bytes).
        let full_block = "a".repeat(512);
        assert_eq!(CharIndex::new(&full_block).rank(512), 512);
        assert_eq!(OffsetMap::identity(&full_block).locate(512).column, 513);
    }

    #[test]
    fn step_map_maps_removals_and_replacements() {
        // "態(tài)X" → "態X": removal of 6 bytes at 3..9.
        let mut step = StepMap::default();
        step.push(3..9, 3..3);
        assert_eq!(step.to_input(0), 0);
        assert_eq!(step.to_input(3), 9);
        assert_eq!(step.to_input(4), 10);
        // "１2" → "12": the full-width digit maps to its own start.
        let mut step = StepMap::default();
        step.push(0..3, 0..1);
        assert_eq!(step.to_input(0), 0);
        assert_eq!(step.to_input(1), 3);
    }
}
