//! `report summary`: one screen about a report (STUB: to be completed).

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, args: SummaryArgs) -> Result<ExitCode, CliError> {
    let mut out = std::io::stdout().lock();
    for report in args.input.load_all()? {
        let doc = &report.document;
        writeln!(out, "{}", doc.title.as_deref().unwrap_or("(untitled)"))?;
        writeln!(
            out,
            "source: {} ({}, {} bytes)",
            report.source.path, report.source.encoding, report.source.bytes
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
