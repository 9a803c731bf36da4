//! JSON and NDJSON: the serde form of the model, unchanged, so the field names stay the
//! public interface documented in `docs/schema.md`. Listings are one array (JSON) or one
//! object per line (NDJSON, for `duckdb`, `jq -c` and line-oriented tools).

use std::io::{self, Write};

use serde::Serialize;

/// One pretty-printed JSON value and a newline.
pub fn print_value<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut buffer = serde_json::to_vec_pretty(value)?;
    buffer.push(b'\n');
    out.write_all(&buffer)
}

/// The items as one pretty-printed JSON array.
pub fn print_array<T: Serialize>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    print_value(out, items)
}

/// One compact JSON object per line. The lines are written into memory first and
/// handed to `out` a mebibyte at a time: serde_json writes a value in many small pieces,
/// each of which would otherwise be a call through `dyn Write`.
pub fn print_lines<T: Serialize>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    const CHUNK: usize = 1024 * 1024;
    let mut buffer = Vec::with_capacity(CHUNK + CHUNK / 8);
    for item in items {
        serde_json::to_writer(&mut buffer, item)?;
        buffer.push(b'\n');
        if buffer.len() >= CHUNK {
            out.write_all(&buffer)?;
            buffer.clear();
        }
    }
    out.write_all(&buffer)
}

/// Bytes a line of an indicator takes, about: its evidence sentence makes most of it.
const LINE_BYTES: usize = 768;

/// [`print_lines`] into memory: every line appended to `buffer`.
pub fn append_lines<T: Serialize>(buffer: &mut Vec<u8>, items: &[T]) -> io::Result<()> {
    buffer.reserve(items.len() * LINE_BYTES);
    for item in items {
        serde_json::to_writer(&mut *buffer, item)?;
        buffer.push(b'\n');
    }
    Ok(())
}
