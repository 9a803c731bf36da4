//! `report export`: the model for pipelines — JSON as in `docs/schema.md` (an array for
//! several files), NDJSON with one indicator per line, or CSV with one indicator per
//! record; several files make one stream, each row tagged with its source path.

use std::process::ExitCode;

use clap::Args;
use report::render::export::{ExportFormat, ExportStream};

use super::output::to_stdout;
use super::{CliError, Global, InputArgs, load};

const EXAMPLES: &str = "\
Examples:
  report export                                   the embedded report as JSON
  report export --format ndjson reports/*.txt | duckdb -c \"SELECT …\"
  report export --format csv a.txt b.txt > indicators.csv";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ExportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
}

pub fn run(_global: &Global, args: ExportArgs) -> Result<ExitCode, CliError> {
    let encoding = args.input.encoding()?;
    let sources = args.input.sources();
    let mut stream = ExportStream::new(args.format, sources.len());
    // Each report is analyzed and written before the next is read.
    let mut failure = None;
    to_stdout(|out| {
        for source in &sources {
            match load(source.as_ref(), encoding) {
                Ok(report) => stream.write(out, &report)?,
                Err(e) => {
                    failure = Some(e);
                    return Ok(());
                }
            }
        }
        stream.finish(out)
    })?;
    match failure {
        Some(e) => Err(e),
        None => Ok(ExitCode::SUCCESS),
    }
}
