//! Fuzz target: any bytes through the whole analysis and the JSON export. Nothing may
//! panic, and the model must serialize.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let options = report::Options {
        path: "fuzz.txt".to_string(),
        encoding: None,
    };
    if let Ok(report) = report::analyze(bytes, &options) {
        serde_json::to_string(&report).expect("the model serializes");
    }
});
