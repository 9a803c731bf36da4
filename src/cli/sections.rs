//! `report sections` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct SectionsArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: SectionsArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'sections' is not implemented yet".to_string(),
    ))
}
