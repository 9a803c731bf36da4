//! The `report` binary: parses the command line, runs one subcommand and maps errors to
//! exit codes (0 success, 1 a check or validation failed, 2 usage or input error).

use std::process::ExitCode;

use clap::Parser;

mod cli;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    cli::quiet_panics();
    // Analyses are guarded where they run (naming the file); this is the last resort.
    let ran = std::panic::catch_unwind(|| cli::run(args));
    match ran {
        Ok(Ok(code)) => code,
        Ok(Err(err)) => err.exit(),
        Err(_) => {
            eprintln!("report: internal error (a bug: please report it with the command line)");
            ExitCode::from(2)
        }
    }
}
