//! Fuzz target: any bytes through decoding and normalization. Nothing may panic, and
//! every offset of the clean text must map to a position inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(decoded) = report::input::decode(bytes, None) else {
        return;
    };
    let normalized = report::input::normalize(&decoded.text);
    // LF, CRLF and a lone CR all end lines (`report::lines`).
    let lines = report::lines::line_ends(&decoded.text).count() + 1;
    for (offset, _) in normalized.text.char_indices() {
        let original = normalized.map.original_offset(offset);
        assert!(original <= decoded.text.len());
        let at = normalized.map.locate(offset);
        assert!((1..=lines).contains(&at.line));
    }
});
