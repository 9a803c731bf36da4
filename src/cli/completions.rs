//! `report completions SHELL`: shell completion scripts via clap_complete.

use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::output::to_stdout;
use super::{Cli, CliError};

const EXAMPLES: &str = "\
Examples:
  report completions bash > /etc/bash_completion.d/report
  report completions zsh > \"${fpath[1]}/_report\"
  report completions fish > ~/.config/fish/completions/report.fish";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<ExitCode, CliError> {
    let mut command = Cli::command();
    // Generated into memory first: clap_complete panics on a write error (`/dev/full`),
    // the write below reports it.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "report", &mut script);
    to_stdout(|out| out.write_all(&script))?;
    Ok(ExitCode::SUCCESS)
}
