//! The command line: global options, input loading shared by every subcommand, and the
//! error type that becomes a one-line message and an exit code. One file per subcommand.

mod batch;
mod check;
mod common;
mod compare;
mod completions;
mod diff;
mod explain;
mod export;
mod get;
mod indicators;
mod load;
mod normalize;
mod output;
mod projects;
mod sections;
mod summary;
mod targets;
mod validate;

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use report::Report;

pub use load::{guarded, load, load_reports, quiet_panics, read_file, read_source};

const AFTER_HELP: &str = "\
Exit codes:
  0  success; every check passed
  1  a check or validation failed
  2  usage error or unreadable input (missing file, undecodable bytes, bad targets file)

With no FILE, the embedded Zhuhai 2021 report is used; `-` reads standard input.

Examples:
  report summary                                  one screen about the embedded report
  report indicators --category air,water          air and water indicators
  report get air.aqi_compliance_rate              95.1
  report explain air.aqi_compliance_rate          where the number comes from
  report export --format ndjson reports/*.txt     one indicator per line, for pipelines
  report compare reports/                         one table, a column per region+year
  report summary --format html > report.html      a page with charts
  report --lang en summary city-2022.txt          English labels";

/// Analyze Chinese environmental work reports.
#[derive(Debug, Parser)]
#[command(name = "report", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes.
#[derive(Debug, Args, Clone)]
pub struct Global {
    /// When to use colour (`auto`: on a terminal, unless NO_COLOR is set, CLICOLOR=0 or
    /// TERM=dumb).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Language of labels and column headers.
    #[arg(long, global = true, value_enum, default_value_t = Lang::Zh)]
    pub lang: Lang,
    /// Columns tables fit in (default: `COLUMNS`, else the terminal's width, else 80).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(20..))]
    pub width: Option<u16>,
    /// Print only what was asked for, no notes on stderr.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    /// Write CSV cells as they are: by default a cell starting with = + - @ (a formula
    /// to a spreadsheet) gets a leading ', unless it is a plain number.
    #[arg(long, global = true)]
    pub csv_formulas: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Which values a command reads: what the report states for its own period unless
/// asked for goals, forecasts, standards or earlier values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum RoleFilter {
    #[default]
    Actual,
    Target,
    Forecast,
    Standard,
    Prior,
    /// Every value, whatever it states.
    Any,
}

impl RoleFilter {
    /// The role asked for; `None` for any.
    pub fn role(self) -> Option<report::model::Role> {
        use report::model::Role;
        match self {
            RoleFilter::Actual => Some(Role::Actual),
            RoleFilter::Target => Some(Role::Target),
            RoleFilter::Forecast => Some(Role::Forecast),
            RoleFilter::Standard => Some(Role::Standard),
            RoleFilter::Prior => Some(Role::Prior),
            RoleFilter::Any => None,
        }
    }

    /// Whether an indicator of `role` passes.
    pub fn admits(self, role: report::model::Role) -> bool {
        self.role().is_none_or(|r| r == role)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Zh,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// One screen: document, key indicators per category, projects, targets.
    Summary(summary::SummaryArgs),
    /// Table of indicators, with filters.
    Indicators(indicators::IndicatorsArgs),
    /// Projects by status.
    Projects(projects::ProjectsArgs),
    /// Targets: achieved, planned, forecast.
    Targets(targets::TargetsArgs),
    /// The section outline with indicator counts.
    Sections(sections::SectionsArgs),
    /// Print one indicator's value, for scripts.
    Get(get::GetArgs),
    /// Show where an indicator comes from and how it was read.
    Explain(explain::ExplainArgs),
    /// Export the model as JSON, NDJSON or CSV.
    Export(export::ExportArgs),
    /// Print the normalized text.
    Normalize(normalize::NormalizeArgs),
    /// Audit the report: damaged text, unaccounted numbers, arithmetic.
    Validate(validate::ValidateArgs),
    /// Evaluate targets against reports, for CI.
    Check(check::CheckArgs),
    /// Compare two reports.
    Diff(diff::DiffArgs),
    /// Many reports in one table: indicators by region and year.
    Compare(compare::CompareArgs),
    /// Print shell completions.
    Completions(completions::CompletionsArgs),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    let global = cli.global;
    report::render::escape::keep_formulas(global.csv_formulas);
    let result = match cli.command {
        Command::Summary(args) => summary::run(&global, args),
        Command::Indicators(args) => indicators::run(&global, args),
        Command::Projects(args) => projects::run(&global, args),
        Command::Targets(args) => targets::run(&global, args),
        Command::Sections(args) => sections::run(&global, args),
        Command::Get(args) => get::run(&global, args),
        Command::Explain(args) => explain::run(&global, args),
        Command::Export(args) => export::run(&global, args),
        Command::Normalize(args) => normalize::run(&global, args),
        Command::Validate(args) => validate::run(&global, args),
        Command::Check(args) => check::run(&global, args),
        Command::Diff(args) => diff::run(&global, args),
        Command::Compare(args) => compare::run(&global, args),
        Command::Completions(args) => completions::run(args),
    };
    match result {
        Err(CliError::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        other => other,
    }
}

/// Report files to read.
#[derive(Debug, Args, Clone, Default)]
pub struct InputArgs {
    /// Report files (`-` for standard input); the embedded Zhuhai 2021 report if none.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Decode with this encoding (a WHATWG label: gbk, gb18030, big5, utf-16le…).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Reports analyzed in parallel (default: one per core); output stays in input order.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

impl InputArgs {
    /// The forced encoding, or a usage error for an unknown label.
    pub fn encoding(&self) -> Result<Option<&'static encoding_rs::Encoding>, CliError> {
        match &self.encoding {
            None => Ok(None),
            Some(label) => encoding_rs::Encoding::for_label(label.as_bytes())
                .map(Some)
                .ok_or_else(|| CliError::Usage(format!("unknown encoding label '{label}'"))),
        }
    }

    /// Paths to analyze, in order; `None` stands for the embedded report. A directory
    /// stands for the `*.txt` files under it, in sorted order.
    pub fn sources(&self) -> Vec<Option<PathBuf>> {
        if self.files.is_empty() {
            vec![None]
        } else {
            batch::expand_directories(&self.files)
                .into_iter()
                .map(Some)
                .collect()
        }
    }

    /// How the batch runs: `--jobs` threads, a progress bar where one helps.
    pub fn batch(&self) -> batch::Batch {
        batch::Batch {
            jobs: self.jobs.map_or_else(batch::default_jobs, usize::from),
            progress: true,
        }
    }

    /// Analyzes every input (in parallel, kept in order), stopping at the first in
    /// input order that fails: nothing is printed for a batch with a failed input.
    pub fn load_all(&self) -> Result<Vec<Report>, CliError> {
        let encoding = self.encoding()?;
        let mut reports = Vec::new();
        self.batch().run(&self.sources(), encoding, |loaded| {
            reports.push(loaded?);
            Ok(())
        })?;
        Ok(reports)
    }

    /// Analyzes the single input (the first FILE, or the embedded report).
    pub fn load_one(&self) -> Result<Report, CliError> {
        let encoding = self.encoding()?;
        load(self.sources().first().and_then(Option::as_ref), encoding)
    }
}

/// Everything that ends a command early.
#[derive(Debug)]
pub enum CliError {
    /// A file that cannot be read or analyzed: exit 2.
    Input { path: String, problem: String },
    /// A bad argument value: exit 2.
    Usage(String),
    /// Writing the output failed.
    Io(io::Error),
    /// Some inputs of a batch failed; each was named on stderr as it failed, and the
    /// output holds the others, complete: exit 2.
    Batch { failed: usize, total: usize },
}

impl CliError {
    pub fn input(path: &str, problem: impl Into<String>) -> CliError {
        CliError::Input {
            path: path.to_string(),
            problem: problem.into(),
        }
    }

    /// Prints the one-line message and returns the exit code.
    pub fn exit(self) -> ExitCode {
        match self {
            CliError::Input { path, problem } => eprintln!("report: {path}: {problem}"),
            CliError::Usage(message) => eprintln!("report: {message}"),
            CliError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                return ExitCode::SUCCESS;
            }
            CliError::Io(e) => eprintln!("report: cannot write output: {e}"),
            CliError::Batch { failed, total } => eprintln!(
                "report: {failed} of {total} inputs failed (named above); the output holds the other {}",
                total - failed
            ),
        }
        ExitCode::from(2)
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> Self {
        CliError::Io(e)
    }
}
