//! `report export`: the model for pipelines — JSON as in `docs/schema.md` (an array for
//! several files), NDJSON with one indicator per line, or CSV with one indicator per
//! record; several files make one stream, each row tagged with its source path.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use report::render::export::ExportStream;

use super::batch::Tolerant;
use super::load::load;
use super::output::{ExportFormatArg, to_stdout};
use super::{CliError, Global, InputArgs};

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
    #[arg(long, value_enum, default_value_t = ExportFormatArg::Json)]
    pub format: ExportFormatArg,
}

pub fn run(global: &Global, args: ExportArgs) -> Result<ExitCode, CliError> {
    let encoding = args.input.encoding()?;
    let sources = args.input.sources();
    let mut stream = ExportStream::new(args.format.into(), sources.len());
    let mut batch = args.input.batch();
    // A bar would be drawn over rows streamed to the same terminal.
    batch.progress = !global.quiet && !std::io::stdout().is_terminal();
    // Each report is written as soon as it and those before it are analyzed; in a batch
    // a failed input is named at once and the batch goes on, so the others' output is
    // complete, and a last line says what is missing.
    // Each report is rendered by the thread that analyzed it; the writer only places it.
    let renderer = stream.renderer();
    let render = move |source: Option<&PathBuf>| Ok(renderer.render(load(source, encoding)?)?);
    let mut ended = None;
    to_stdout(|out| {
        let tolerant = batch.run_tolerant_loading(&sources, render, |rendered| {
            stream.write_rendered(out, &rendered)
        })?;
        ended = Some(tolerant);
        stream.finish(out)
    })?;
    ended.map_or(Ok(()), Tolerant::result)?;
    Ok(ExitCode::SUCCESS)
}
