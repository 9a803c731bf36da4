//! `report projects` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct ProjectsArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: ProjectsArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'projects' is not implemented yet".to_string(),
    ))
}
