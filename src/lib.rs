//! `report` analyzes Chinese environmental work reports.
//!
//! The pipeline runs one way: bytes are **decoded** ([`input::decode`]), the text is
//! **normalized** to clean simplified Chinese with a map back to the user's lines and
//! columns ([`input::normalize`]), **segmented** into document metadata and a section
//! tree ([`text::segment`]), and quantities are **extracted** and named as indicators,
//! projects and targets ([`extract`]). The result is a [`Report`]; consumers (render,
//! audit, check, diff) read the model and never reach back into the parser.

pub mod audit;
pub mod check;
pub mod compare;
pub mod diff;
pub mod error;
pub mod extract;
pub mod input;
pub mod interval;
pub mod lexicon;
pub mod lines;
pub mod model;
pub mod patterns;
pub mod render;
pub mod text;

pub use error::InputError;
pub use model::Report;

/// The Zhuhai 2021 report, byte-exact as received: the default input.
pub const EMBEDDED_REPORT: &[u8] = include_bytes!("../fixtures/zhuhai-2021.txt");
/// The path shown for the embedded report.
pub const EMBEDDED_PATH: &str = "<embedded:zhuhai-2021.txt>";

/// How to analyze one input.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Path shown in the model and in diagnostics.
    pub path: String,
    /// Decode with this encoding instead of detecting one.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// Runs the whole pipeline on the bytes of one report.
pub fn analyze(bytes: &[u8], options: &Options) -> Result<Report, InputError> {
    let decoded = input::decode(bytes, options.encoding)?;
    let normalized = input::normalize(&decoded.text);
    let segmented = text::segment(&normalized);
    let extraction = extract::extract(&normalized, &segmented);
    let mut report = Report {
        schema_version: model::SCHEMA_VERSION,
        source: model::Source {
            path: options.path.clone(),
            encoding: decoded.encoding.name().to_string(),
            bytes: bytes.len(),
            transformations: normalized.transformations.clone(),
        },
        document: segmented.document.clone(),
        sections: segmented
            .sections
            .iter()
            .map(|s| s.section.clone())
            .collect(),
        indicators: extraction.indicators,
        projects: extraction.projects,
        targets: extraction.targets,
        diagnostics: extraction.diagnostics,
        non_quantities: extraction.non_quantities,
        original: decoded.text,
    };
    let findings = audit::run(&report);
    report.diagnostics.extend(findings);
    report.diagnostics.sort_by_key(|d| (d.line, d.column));
    Ok(report)
}
