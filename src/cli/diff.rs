//! `report diff` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: DiffArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage("'diff' is not implemented yet".to_string()))
}
