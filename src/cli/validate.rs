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

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::Report;
use report::audit::{self, Verdict};
use report::model::{Diagnostic, Severity};
use report::render::diagnostic::{Counts, Style, Validation, render_all};

use super::{CliError, Global, InputArgs};

/// The help epilogue: the checks by code (from the audit's own list) and the exits.
fn after_help() -> String {
    let mut help = String::from(
        "Checks:\n  damaged-text         damaged characters in the input (from normalization)\n  unaccounted-number   a number neither a quantity nor a classified non-quantity\n",
    );
    for check in audit::CHECKS {
        help.push_str(&format!("  {:<20} {}\n", check.code, check.summary));
    }
    help.push_str(
        "\nExit codes: 0 no errors; 1 errors (or warnings with --strict); 2 unreadable input.\n\
         With --format json, one FILE prints its diagnostics array; several print an array\n\
         of {\"path\", \"diagnostics\"} objects.",
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
    let reports = args.input.load_all()?;
    let mut out = std::io::stdout().lock();
    match args.format {
        ValidateFormat::Text => {
            let shared = global.style();
            let style = Style {
                color: shared.color,
                width: usize::from(shared.width),
            };
            for report in &reports {
                let verified = verified(report);
                let validation = Validation {
                    path: &report.source.path,
                    source: &report.original,
                    diagnostics: &report.diagnostics,
                    verified: &verified,
                    show_verified: args.all,
                };
                out.write_all(render_all(&validation, style).as_bytes())?;
            }
        }
        ValidateFormat::Json => writeln!(out, "{}", json(&reports)?)?,
        ValidateFormat::Markdown => {
            let lang = global.style().lang;
            report::render::markdown::diagnostics(&mut out, &reports, lang)?;
        }
    }
    out.flush()?;
    let failed = reports
        .iter()
        .any(|report| fails(&report.diagnostics, args.strict));
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

/// Whether the diagnostics fail validation: any error, or any warning when strict.
pub fn fails(diagnostics: &[Diagnostic], strict: bool) -> bool {
    let counts = Counts::of(diagnostics);
    counts.errors > 0 || (strict && counts.warnings > 0)
}

fn json(reports: &[Report]) -> Result<String, CliError> {
    #[derive(serde::Serialize)]
    struct FileDiagnostics<'a> {
        path: &'a str,
        diagnostics: &'a [Diagnostic],
    }
    let result = match reports {
        [one] => serde_json::to_string_pretty(&one.diagnostics),
        many => serde_json::to_string_pretty(
            &many
                .iter()
                .map(|r| FileDiagnostics {
                    path: &r.source.path,
                    diagnostics: &r.diagnostics,
                })
                .collect::<Vec<_>>(),
        ),
    };
    result.map_err(|e| CliError::Usage(format!("cannot serialize diagnostics: {e}")))
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
