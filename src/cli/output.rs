//! Where command output goes and how it looks: the render [`Style`] from the global
//! options (colour only on a terminal, never with `NO_COLOR`, `CLICOLOR=0`, `TERM=dumb`
//! or `--color never`; the width from `--width`, the terminal or `COLUMNS`, else 80), and a buffered standard output whose write errors,
//! a closed pipe included, come back as `io::Result` for the caller to end quietly.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use report::render::labels::parse_by_id;
use report::render::{self, Format, Group, Printer, Row, Style};

use super::{CliError, ColorChoice, Global, Lang};

/// Narrowest terminal width believed; anything less is taken as "unknown".
const MIN_TERMINAL_WIDTH: u16 = 40;

impl Global {
    /// The render style for standard output.
    pub fn style(&self) -> Style {
        let terminal = io::stdout().is_terminal();
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color_requested(),
        };
        let lang = match self.lang {
            Lang::Zh => render::Lang::Zh,
            Lang::En => render::Lang::En,
        };
        Style {
            lang,
            color,
            width: self.table_width(terminal),
        }
    }

    /// `--width`, else `COLUMNS` (as `ls` reads it), else the terminal's width, else 80.
    /// A terminal that reports no usable size (a bare pty says 0) counts as no terminal.
    fn table_width(&self, terminal: bool) -> u16 {
        let believable = |w: &u16| *w >= MIN_TERMINAL_WIDTH;
        let from_terminal = || {
            comfy_table::Table::new()
                .width()
                .filter(|w| terminal && believable(w))
        };
        let from_env = || {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|v| v.trim().parse::<u16>().ok())
                .filter(believable)
        };
        self.width
            .or_else(from_env)
            .or_else(from_terminal)
            .unwrap_or(render::DEFAULT_WIDTH)
    }
}

/// Colour is unwanted: `NO_COLOR` set to anything but the empty string
/// (https://no-color.org), `CLICOLOR=0` (https://bixense.com/clicolors), or a terminal
/// that says it cannot show it (`TERM=dumb`).
fn no_color_requested() -> bool {
    let var = |name| std::env::var_os(name).unwrap_or_default();
    !var("NO_COLOR").is_empty() || var("CLICOLOR") == "0" || var("TERM") == "dumb"
}

/// Runs `write` on buffered standard output and flushes it.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), CliError> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Prints listing rows in `format` on standard output.
pub fn print_groups<R: Row>(
    global: &Global,
    format: Format,
    groups: &[Group<'_, R>],
) -> Result<ExitCode, CliError> {
    let printer = Printer::new(format, global.style());
    to_stdout(|out| printer.print(out, groups))?;
    Ok(ExitCode::SUCCESS)
}

/// Parses comma-separated choices by their ids (`met,missed`), or a usage error naming
/// the valid ones.
pub fn parse_choices<T: Copy>(
    what: &str,
    texts: &[String],
    all: &[T],
    id: impl Fn(T) -> &'static str + Copy,
) -> Result<Vec<T>, CliError> {
    texts
        .iter()
        .map(|text| {
            let text = text.trim();
            parse_by_id(all, id, text).ok_or_else(|| {
                let valid: Vec<&str> = all.iter().map(|&v| id(v)).collect();
                CliError::Usage(format!(
                    "unknown {what} '{text}' (valid: {})",
                    valid.join(", ")
                ))
            })
        })
        .collect()
}
