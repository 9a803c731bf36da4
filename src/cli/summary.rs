//! `report summary`: one screen about each report — document facts, how it was read, key
//! indicators per category, projects, targets and diagnostics.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::render;

use super::output::to_stdout;
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report summary                       the embedded Zhuhai 2021 report
  report summary city-2022.txt         a report of your own
  report summary --lang en a.txt b.txt English labels, one screen per report
  report summary --format markdown a.txt >> \"$GITHUB_STEP_SUMMARY\"";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// One screen for a terminal.
    Text,
    /// GitHub-flavoured Markdown, for a CI step summary or an issue.
    Markdown,
    /// A self-contained HTML page with a bar chart per key category.
    Html,
}

pub fn run(global: &Global, args: SummaryArgs) -> Result<ExitCode, CliError> {
    let reports = args.input.load_all()?;
    if args.format == SummaryFormat::Html && reports.len() > 1 {
        return Err(CliError::Usage(format!(
            "--format html makes one page per report; {} reports given",
            reports.len()
        )));
    }
    let style = global.style();
    to_stdout(|out| {
        for (i, report) in reports.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            match args.format {
                SummaryFormat::Text => render::summary::print(out, report, &style)?,
                SummaryFormat::Markdown => render::markdown::summary(out, report, style.lang)?,
                SummaryFormat::Html => render::html::summary(out, report, style.lang)?,
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
