//! Render: the output formats of the model, as separate modules of one printer (the
//! ripgrep layout). A command picks the rows it wants to show (indicators, projects,
//! targets, sections) and hands them to [`Printer`], which writes them as an aligned
//! table, JSON, NDJSON or CSV. The one-screen views (`summary`, `explain`) have their own
//! modules. Everything writes through `io::Write` and returns `io::Result`, so a closed
//! pipe surfaces as an error the binary can turn into a quiet exit.

pub mod chart;
pub mod csv;
pub mod diagnostic;
pub mod escape;
pub mod explain;
pub mod export;
pub mod html;
mod json;
pub mod labels;
pub mod markdown;
pub mod number;
pub mod rows;
pub mod summary;
pub mod table;
mod units;
mod wrap;

#[cfg(test)]
pub(crate) mod testdata;
#[cfg(test)]
mod tests;

use std::io::{self, Write};

use serde::Serialize;

use crate::model::Report;

pub use labels::Lang;
pub use table::{Cell, Fit};

/// Output format of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Aligned table for people (comfy-table, CJK aware).
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// How things look: language of labels, colour, and the width tables fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub lang: Lang,
    /// Whether to emit ANSI colour; decided by the caller (terminal, `NO_COLOR`, `--color`).
    pub color: bool,
    /// Columns available for tables and source lines.
    pub width: u16,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            lang: Lang::Zh,
            color: false,
            width: DEFAULT_WIDTH,
        }
    }
}

/// Width used when the output is not a terminal.
pub const DEFAULT_WIDTH: u16 = 80;

impl Style {
    /// Wraps `text` in an ANSI style when colour is on.
    pub fn paint(&self, text: &str, style: anstyle::Style) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }
}

/// A kind of row a listing shows: how it looks in a table and in CSV. JSON and NDJSON
/// use its `Serialize` form, tagged with the source path.
pub trait Row: Serialize {
    /// CSV column names (stable, snake_case, whatever the language).
    const CSV_HEADER: &'static [&'static str];
    /// One CSV record, in the order of [`Row::CSV_HEADER`].
    fn csv_record(&self) -> Vec<String>;
    /// How each table column gives way when the table is too wide.
    const TABLE_FIT: &'static [Fit];
    /// Column headers of the table.
    fn table_header(lang: Lang) -> Vec<&'static str>;
    /// Cells of one table row.
    fn table_row(&self, style: &Style) -> Vec<Cell>;
}

/// The rows taken from one report.
pub struct Group<'a, R> {
    pub report: &'a Report,
    pub rows: Vec<R>,
}

/// A row tagged with the report it comes from: path, place and title, so a stream of
/// many reports needs no join to say which city and year a row belongs to.
#[derive(Serialize)]
struct Tagged<'a, R: Serialize> {
    source: &'a str,
    /// The report's region (the document's, else the file name's).
    region: Option<String>,
    /// The year the report is about; a value's own year is its `period`.
    year: Option<i32>,
    title: Option<&'a str>,
    #[serde(flatten)]
    row: &'a R,
}

/// The columns that say where a row comes from, after `source`: region, year, title.
pub fn origin(report: &Report) -> [String; 3] {
    let place = crate::model::place::Place::of(report);
    [
        place.region.unwrap_or_default(),
        place.year.map(|y| y.to_string()).unwrap_or_default(),
        report.document.title.clone().unwrap_or_default(),
    ]
}

/// Writes listings in one format.
#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub format: Format,
    pub style: Style,
}

impl Printer {
    pub fn new(format: Format, style: Style) -> Printer {
        Printer { format, style }
    }

    /// Writes the rows of every group as one stream: one table per report, or one
    /// JSON/NDJSON/CSV stream whose rows carry their source path.
    pub fn print<R: Row>(&self, out: &mut dyn Write, groups: &[Group<'_, R>]) -> io::Result<()> {
        match self.format {
            Format::Table => table::print_groups(out, groups, &self.style),
            Format::Json => json::print_array(out, &tagged(groups)),
            Format::Ndjson => json::print_lines(out, &tagged(groups)),
            Format::Csv => csv::print_groups(out, groups),
        }
    }
}

fn tagged<'a, R: Row>(groups: &'a [Group<'a, R>]) -> Vec<Tagged<'a, R>> {
    groups
        .iter()
        .flat_map(|g| {
            let place = crate::model::place::Place::of(g.report);
            g.rows.iter().map(move |row| Tagged {
                source: &g.report.source.path,
                region: place.region.clone(),
                year: place.year,
                title: g.report.document.title.as_deref(),
                row,
            })
        })
        .collect()
}
