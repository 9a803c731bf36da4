//! Tables for people: comfy-table aligns Chinese text by display width (a Han character
//! takes two columns) and wraps long cells to fit the width. Styling is decided here once
//! from [`Style`], never from comfy-table's own terminal detection, so `--color never`
//! and `NO_COLOR` hold and piped output is plain and stable.

use std::io::{self, Write};

use comfy_table::{Attribute, CellAlignment, Color, ContentArrangement, Table, presets};

use super::{Group, Row, Style};

pub use comfy_table::Cell;

/// No borders and no lines between rows: only a rule under the header, so a long
/// listing reads like `ls -l` and wrapped cells stay visibly inside their row.
const HEADER_RULE_ONLY: &str = "     ──            ";

/// An empty table with the header row, fitted to the style's width.
pub fn new_table(style: &Style, header: &[&str]) -> Table {
    let mut table = new_plain_table(style);
    table
        .load_preset(HEADER_RULE_ONLY)
        .set_truncation_indicator("…");
    table.set_header(
        header
            .iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    table
}

/// A table without borders or header, for the one-screen views.
pub fn new_plain_table(style: &Style) -> Table {
    let mut table = Table::new();
    table.force_no_tty();
    if style.color {
        table.enforce_styling();
    }
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    table
}

/// A right-aligned cell, for numbers.
pub fn right(text: impl ToString) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

/// A cell in green (good news) or red (bad news); uncoloured when unknown.
pub fn judged(text: impl ToString, good: Option<bool>) -> Cell {
    let cell = Cell::new(text);
    match good {
        Some(true) => cell.fg(Color::Green),
        Some(false) => cell.fg(Color::Red),
        None => cell,
    }
}

/// A dimmed cell, for line numbers and other references.
pub fn dim(text: impl ToString) -> Cell {
    Cell::new(text).add_attribute(Attribute::Dim)
}

/// One table per report, each preceded by the report's path when there are several.
pub fn print_groups<R: Row>(
    out: &mut dyn Write,
    groups: &[Group<'_, R>],
    style: &Style,
) -> io::Result<()> {
    for (i, group) in groups.iter().enumerate() {
        if groups.len() > 1 {
            if i > 0 {
                writeln!(out)?;
            }
            let heading = anstyle::Style::new().bold();
            writeln!(out, "{}", style.paint(&group.report.source.path, heading))?;
        }
        let mut table = new_table(style, &R::table_header(style.lang));
        for row in &group.rows {
            table.add_row(row.table_row(style));
        }
        write(out, &table)?;
    }
    Ok(())
}

/// Writes a table line by line without the trailing padding of the last column.
pub fn write(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    for line in table.lines() {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
