//! `report validate`: the report audits itself — damaged text, unaccounted numbers and
//! arithmetic that does not hold together, shown as compiler-style diagnostics pointing
//! into the user's own file.
//!
//! Usage: report validate [--format text|json] [--strict] [--all] [FILE…]
//!
//! Examples:
//!   report validate city-2021.txt             diagnostics and a count line
//!   report validate --all city-2021.txt       also the cross-checks that hold (`ok[…]`)
//!   report validate --format json city.txt    the diagnostics array, for scripts
//!   report validate --strict city.txt         warnings fail too (exit 1)

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::Report;
use report::audit::{self, Verdict};
use report::model::{Diagnostic, Severity};
use report::render::Lang;
use report::render::diagnostic::{Counts, Style, Validation, localized, render_all};

use super::output::gate_stdout;
use super::{CliError, Global, InputArgs};

/// The help epilogue: the checks by code (from the audit's own list) and the exits.
fn after_help() -> String {
    let mut help = String::from(
        "Checks:\n  damaged-text         damaged characters in the input (from normalization)\n  unaccounted-number   a number neither a quantity nor a classified non-quantity\n  \
         number-out-of-range  a number of too many digits to read as a quantity\n",
    );
    for check in audit::CHECKS {
        help.push_str(&format!("  {:<20} {}\n", check.code, check.summary));
    }
    help.push_str(
        "\nExit codes: 0 no errors; 1 errors (or warnings with --strict); 2 unreadable input.\n\
         With --format json, one FILE prints its diagnostics array; several print an array\n\
         of {\"source\", \"diagnostics\"} objects.\n\n\
         Examples:\n  \
         report validate                          the embedded report's diagnostics\n  \
         report validate --strict reports/        warnings fail too, for CI\n  \
         report validate --format json a.txt      the diagnostics as JSON",
    );
    help
}

#[derive(Debug, Args)]
#[command(after_help = after_help())]
pub struct ValidateArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub format: ValidateFormat,
    /// Fail (exit 1) on warnings as well as errors.
    #[arg(long)]
    pub strict: bool,
    /// Also show the cross-checks that hold (`ok[sum-mismatch]: 41 + 59 = 100 holds`).
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
    /// A Markdown table of the diagnostics, for a CI step summary or an issue.
    Markdown,
}

pub fn run(global: &Global, args: ValidateArgs) -> Result<ExitCode, CliError> {
    let encoding = args.input.encoding()?;
    let sources = args.input.sources();
    let mut batch = args.input.batch();
    batch.progress = !global.quiet && !std::io::stdout().is_terminal();
    let shared = global.style();
    let style = Style {
        color: shared.color,
        width: usize::from(shared.width),
        lang: shared.lang,
    };
    // Each report is written as it comes, like `export`; only the verdict is kept.
    let mut out = gate_stdout();
    let mut json = JsonStream::new(sources.len());
    let mut for_markdown: Vec<Report> = Vec::new();
    let mut failed = false;
    let tolerant = batch.run_tolerant(&sources, encoding, |report| {
        failed |= fails(&report.diagnostics, args.strict);
        match args.format {
            ValidateFormat::Text => {
                let verified = verified(&report);
                let validation = Validation {
                    path: &report.source.path,
                    source: &report.original,
                    diagnostics: &report.diagnostics,
                    verified: &verified,
                    show_verified: args.all,
                };
                out.write_all(render_all(&validation, style).as_bytes())
            }
            ValidateFormat::Json => json.write(&mut out, &report, shared.lang),
            // One table for all reports: only their diagnostics are kept.
            ValidateFormat::Markdown => {
                for_markdown.push(Report {
                    diagnostics: localized_all(&report.diagnostics, shared.lang),
                    indicators: Vec::new(),
                    non_quantities: Vec::new(),
                    original: String::new(),
                    ..report
                });
                Ok(())
            }
        }
    })?;
    match args.format {
        ValidateFormat::Json => json.finish(&mut out)?,
        ValidateFormat::Markdown => {
            report::render::markdown::diagnostics(&mut out, &for_markdown, shared.lang)?
        }
        ValidateFormat::Text => {}
    }
    out.flush()?;
    tolerant.result()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The cross-checks that hold, placed like diagnostics.
fn verified(report: &Report) -> Vec<Diagnostic> {
    audit::findings(report)
        .into_iter()
        .filter(|f| f.verdict == Verdict::Holds)
        .map(|f| Diagnostic {
            code: f.code.to_string(),
            severity: Severity::Note,
            line: f.line,
            column: f.column,
            length: f.length,
            message: f.message,
            notes: f.notes,
        })
        .collect()
}

/// The diagnostics with their messages and notes in `lang`.
fn localized_all(diagnostics: &[Diagnostic], lang: Lang) -> Vec<Diagnostic> {
    diagnostics.iter().map(|d| localized(d, lang)).collect()
}

/// Whether the diagnostics fail validation: any error, or any warning when strict.
pub fn fails(diagnostics: &[Diagnostic], strict: bool) -> bool {
    let counts = Counts::of(diagnostics);
    counts.errors > 0 || (strict && counts.warnings > 0)
}

/// The JSON output written report by report: one input's diagnostics array, or an
/// array of `{"source", "diagnostics"}` objects (`source`, as in every other format) for several, laid out as one pretty
/// document would be.
struct JsonStream {
    several: bool,
    written: usize,
}

impl JsonStream {
    fn new(inputs: usize) -> JsonStream {
        JsonStream {
            several: inputs > 1,
            written: 0,
        }
    }

    fn write(&mut self, out: &mut impl Write, report: &Report, lang: Lang) -> std::io::Result<()> {
        #[derive(serde::Serialize)]
        struct FileDiagnostics<'a> {
            source: &'a str,
            diagnostics: &'a [Diagnostic],
        }
        self.written += 1;
        let diagnostics = localized_all(&report.diagnostics, lang);
        if !self.several {
            serde_json::to_writer_pretty(&mut *out, &diagnostics)?;
            return writeln!(out);
        }
        let element = serde_json::to_string_pretty(&FileDiagnostics {
            source: &report.source.path,
            diagnostics: &diagnostics,
        })?;
        out.write_all(if self.written == 1 { b"[\n" } else { b",\n" })?;
        // JSON strings hold no raw line ends, so indenting every line nests the element.
        for (i, line) in element.lines().enumerate() {
            let end = if i == 0 { "" } else { "\n" };
            write!(out, "{end}  {line}")?;
        }
        Ok(())
    }

    fn finish(self, out: &mut impl Write) -> std::io::Result<()> {
        match (self.several, self.written) {
            (false, _) => Ok(()),
            (true, 0) => writeln!(out, "[]"),
            (true, _) => writeln!(out, "\n]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic(severity: Severity) -> Diagnostic {
        Diagnostic {
            code: "sum-mismatch".to_string(),
            severity,
            line: 1,
            column: 1,
            length: 1,
            message: String::new(),
            notes: Vec::new(),
        }
    }

    #[test]
    fn errors_fail_warnings_fail_only_when_strict() {
        assert!(!fails(&[], true));
        assert!(!fails(&[diagnostic(Severity::Note)], true));
        assert!(!fails(&[diagnostic(Severity::Warning)], false));
        assert!(fails(&[diagnostic(Severity::Warning)], true));
        assert!(fails(&[diagnostic(Severity::Error)], false));
    }
}
