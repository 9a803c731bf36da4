//! `report normalize`: the clean simplified text the analysis reads, line for line with
//! the input, or with `--show` what normalization changed and where the text is damaged.
//!
//! Examples:
//!   report normalize                       # the embedded Zhuhai report, simplified
//!   report normalize big5-report.txt > clean.txt
//!   report normalize --show report.txt     # counts per step, damaged places

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use report::input::{Decoded, Normalized};
use report::render::{Lang, labels};

use super::{CliError, Global, InputArgs, guarded, read_source};

const EXAMPLES: &str = "\
Examples:
  report normalize                      the embedded Zhuhai report, simplified
  report normalize big5-report.txt > clean.txt
  report normalize --show report.txt    counts per step and the damaged places";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct NormalizeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print what was changed (counts per step) and each damaged place, not the text.
    #[arg(long)]
    pub show: bool,
}

pub fn run(global: &Global, args: NormalizeArgs) -> Result<ExitCode, CliError> {
    let lang = global.style().lang;
    let encoding = args.input.encoding()?;
    let mut out = super::output::stdout();
    for source in args.input.sources() {
        let (path, bytes) = read_source(source.as_ref())?;
        let decoded = guarded(&path, || report::input::decode(&bytes, encoding))?
            .map_err(|e| CliError::input(&path, e.to_string()))?;
        let size = bytes.len();
        drop(bytes);
        let normalized = guarded(&path, || report::input::normalize(&decoded.text))?;
        if args.show {
            write_changes(&mut out, &path, size, &decoded, &normalized, lang)?;
        } else {
            out.write_all(normalized.text.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The `--show` listing of one input.
fn write_changes(
    out: &mut impl Write,
    path: &str,
    size: usize,
    decoded: &Decoded,
    normalized: &Normalized,
    lang: Lang,
) -> std::io::Result<()> {
    let t = &normalized.transformations;
    let words = labels::normalize_words(lang);
    writeln!(
        out,
        "{path}: {size} {}, {} {}",
        words.bytes,
        words.encoding,
        decoded.encoding.name()
    )?;
    let counts = [
        t.html_tags,
        t.html_entities,
        t.pinyin_annotations,
        t.traditional_chars,
        t.fullwidth_chars,
        t.layout_spaces,
        t.damaged,
    ];
    for (label, count) in words.steps.iter().zip(counts) {
        writeln!(out, "  {label}: {count}")?;
    }
    for damage in &normalized.damage {
        let at = normalized.map.locate(damage.start);
        writeln!(
            out,
            "{path}:{}:{}: {}: {} ({})",
            at.line,
            at.column,
            words.damaged,
            visible(&damage.text),
            labels::damage_kind(damage.kind, lang)
        )?;
    }
    Ok(())
}

/// `text` with characters a terminal shows as nothing (private-use, control) written as
/// `<U+E2A6>`, so a damaged place can be read and searched for.
fn visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || matches!(c, '\u{E000}'..='\u{F8FF}') {
            shown.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    shown
}
