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

/// One compact JSON object per line. The lines are written into memory a thousand at a
/// time and handed to `out` at once: serde_json writes a value in many small pieces, each
/// of which would otherwise be a call through `dyn Write`.
pub fn print_lines<T: Serialize>(out: &mut dyn Write, items: &[T]) -> io::Result<()> {
    let mut buffer = Vec::new();
    for chunk in items.chunks(1024) {
        buffer.clear();
        write_lines(&mut buffer, chunk)?;
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// One compact JSON object per line, written straight to `out`.
pub fn write_lines<W: Write, T: Serialize>(out: &mut W, items: &[T]) -> io::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
