//! `report normalize`: the clean simplified text (STUB: `--show` to be completed).

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs, read_source};

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, args: NormalizeArgs) -> Result<ExitCode, CliError> {
    let encoding = args.input.encoding()?;
    let mut out = std::io::stdout().lock();
    for source in args.input.sources() {
        let (path, bytes) = read_source(source.as_ref())?;
        let decoded = report::input::decode(&bytes, encoding)
            .map_err(|e| CliError::input(&path, e.to_string()))?;
        let normalized = report::input::normalize(&decoded.text);
        out.write_all(normalized.text.as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}
