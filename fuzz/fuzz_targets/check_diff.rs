//! Fuzz target: the inputs of `check` and `diff`. The bytes are split at 0xFF bytes
//! (never in UTF-8 text) into a targets file, an `--expect` expression and two reports
//! (each a report text or a JSON export). Targets are parsed, resolved against the
//! reports and evaluated; the reports are diffed; results must serialize. Nothing may
//! panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report::check::{
    CheckOptions, evaluate, parse_expectation, parse_targets_file, resolve_targets,
};
use report::diff::export::{is_export, read_export};
use report::diff::{DiffOptions, diff};

fn reports_of(bytes: &[u8], path: &str) -> Vec<report::Report> {
    if is_export(bytes) {
        return read_export(bytes).unwrap_or_default();
    }
    let options = report::Options {
        path: path.to_string(),
        encoding: None,
    };
    report::analyze(bytes, &options).into_iter().collect()
}

fuzz_target!(|bytes: &[u8]| {
    let mut parts = bytes.splitn(4, |&b| b == 0xFF);
    let targets = parts.next().unwrap_or_default();
    let expect = parts.next().unwrap_or_default();
    let old = reports_of(parts.next().unwrap_or_default(), "old.txt");
    let new = reports_of(parts.next().unwrap_or_default(), "new.txt");
    if let (Some(a), Some(b)) = (old.first(), new.first()) {
        for options in [
            DiffOptions::default(),
            DiffOptions {
                only_changed: true,
                ..DiffOptions::default()
            },
        ] {
            serde_json::to_string(&diff(a, b, options)).expect("the diff serializes");
        }
    }
    let mut specs = Vec::new();
    if let Ok(text) = std::str::from_utf8(targets) {
        specs.extend(parse_targets_file("t.toml", text).unwrap_or_default());
    }
    if let Ok(text) = std::str::from_utf8(expect) {
        specs.extend(parse_expectation(text).ok());
    }
    let reports: Vec<report::Report> = old.into_iter().chain(new).collect();
    if let Ok(resolved) = resolve_targets(specs, &reports) {
        for allow_missing in [false, true] {
            let results = evaluate(&resolved, &reports, CheckOptions { allow_missing });
            serde_json::to_string(&results).expect("the outcomes serialize");
        }
    }
});
