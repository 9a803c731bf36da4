//! Tables for people, one style for every command: no borders, a rule under the header,
//! Chinese aligned by display width (a Han character takes two columns). comfy-table
//! draws them; the layout is decided here, so it is the same on every terminal and never
//! breaks a token. Styling comes from [`Style`], never from comfy-table's own terminal
//! detection, so `--color never` and `NO_COLOR` hold and piped output is plain.
//!
//! Each column says how it gives way when the table is wider than the screen ([`Fit`]):
//! numbers, units, ids and dates keep their full width; names and prose narrow first (to
//! [`NARROWEST_TEXT`] columns), then the least useful optional columns are left out, then
//! names narrow further; an id column ([`Fit::Reference`]) is left out rather than let
//! them go below [`NARROWEST_BESIDE_REFERENCE`], and the optional columns that fit
//! again come back. Names wrap at token boundaries ([`super::wrap`]). A table is as wide
//! as its content, never stretched to the screen.

use std::io::{self, Write};

use comfy_table::{Attribute, CellAlignment, Color, ColumnConstraint, ContentArrangement, Table};
use unicode_width::UnicodeWidthStr;

use super::wrap::{widest_token, wrap};
use super::{Group, Row, Style};

/// No borders and no lines between rows: only a rule under the header, so a long
/// listing reads like `ls -l` and wrapped cells stay visibly inside their row.
const HEADER_RULE_ONLY: &str = "     ─             ";

/// Columns a text column keeps before optional columns are left out (12 Han characters).
pub const NARROWEST_TEXT: usize = 24;

/// Columns a text column keeps before an id column is left out (10 Han characters):
/// below it most names wrap, and English names wrap word by word.
pub const NARROWEST_BESIDE_REFERENCE: usize = 20;

/// Padding comfy-table puts around a cell.
const PADDING: usize = 2;

/// How a column gives way when the table is wider than the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Names, titles and prose: narrowed first, wrapped at token boundaries.
    Text,
    /// Numbers, units, ids, dates, line numbers: never broken.
    Token,
    /// A token column left out when the table does not fit otherwise; the lowest rank
    /// goes first.
    Optional(u8),
    /// Ids: never broken, kept while the text columns keep
    /// [`NARROWEST_BESIDE_REFERENCE`] columns, left out (after every optional column)
    /// when they would not.
    Reference,
}

/// How a cell looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Look {
    #[default]
    Plain,
    Dim,
    Good,
    Bad,
    Heading,
}

/// One cell of a table: its text, alignment and look.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    text: String,
    right: bool,
    look: Look,
}

impl Cell {
    pub fn new(text: impl ToString) -> Cell {
        Cell {
            text: text.to_string(),
            ..Cell::default()
        }
    }

    fn look(self, look: Look) -> Cell {
        Cell { look, ..self }
    }

    fn draw(self, text: String) -> comfy_table::Cell {
        let cell = comfy_table::Cell::new(text);
        let cell = match self.right {
            true => cell.set_alignment(CellAlignment::Right),
            false => cell,
        };
        match self.look {
            Look::Plain => cell,
            Look::Dim => cell.add_attribute(Attribute::Dim),
            Look::Good => cell.fg(Color::Green),
            Look::Bad => cell.fg(Color::Red),
            Look::Heading => cell.fg(Color::Cyan).add_attribute(Attribute::Bold),
        }
    }
}

/// A right-aligned cell, for numbers.
pub fn right(text: impl ToString) -> Cell {
    Cell {
        right: true,
        ..Cell::new(text)
    }
}

/// A cell in green (good news) or red (bad news); plain when unknown.
pub fn judged(text: impl ToString, good: Option<bool>) -> Cell {
    let cell = Cell::new(text);
    match good {
        Some(true) => cell.look(Look::Good),
        Some(false) => cell.look(Look::Bad),
        None => cell,
    }
}

/// A dimmed cell, for line numbers and other references.
pub fn dim(text: impl ToString) -> Cell {
    Cell::new(text).look(Look::Dim)
}

/// A bold coloured cell that labels the rows after it (a category in the summary).
pub fn heading(text: impl ToString) -> Cell {
    Cell::new(text).look(Look::Heading)
}

/// A table of `rows` under `header` (none when empty), fitted to the style's width by
/// `fits`, one per column.
pub fn fitted(style: &Style, header: &[&str], fits: &[Fit], rows: Vec<Vec<Cell>>) -> Table {
    let columns = header
        .len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let fit = |c: usize| fits.get(c).copied().unwrap_or(Fit::Text);
    let layout: Vec<Option<usize>> = {
        let columns: Vec<Column> = (0..columns)
            .map(|c| {
                Column::measure(
                    header.get(c).copied(),
                    rows.iter().map(|r| cell_text(r, c)),
                    fit(c),
                )
            })
            .collect();
        widths(&columns, usize::from(style.width))
    };
    let mut table = Table::new();
    table.force_no_tty();
    if style.color {
        table.enforce_styling();
    }
    table
        .load_preset(if header.is_empty() {
            comfy_table::presets::NOTHING
        } else {
            HEADER_RULE_ONLY
        })
        .set_content_arrangement(ContentArrangement::Disabled);
    let shape = |width: Option<usize>, text: &str| width.map_or(String::new(), |w| wrap(text, w));
    if !header.is_empty() {
        table.set_header(
            header
                .iter()
                .zip(&layout)
                .map(|(h, &w)| comfy_table::Cell::new(shape(w, h)).add_attribute(Attribute::Bold)),
        );
    }
    for row in rows {
        table.add_row(row.into_iter().zip(&layout).map(|(cell, &w)| {
            let text = shape(w, &cell.text);
            cell.draw(text)
        }));
    }
    for (column, width) in table.column_iter_mut().zip(&layout) {
        if width.is_none() {
            column.set_constraint(ColumnConstraint::Hidden);
        }
    }
    table
}

fn cell_text(row: &[Cell], column: usize) -> &str {
    row.get(column).map_or("", |cell| cell.text.as_str())
}

/// What a column needs: its full width, the width a text column keeps before optional
/// columns are left out, the narrowest it can be (its widest token), how it gives way.
struct Column {
    full: usize,
    comfortable: usize,
    least: usize,
    fit: Fit,
}

impl Column {
    fn measure<'a>(header: Option<&str>, cells: impl Iterator<Item = &'a str>, fit: Fit) -> Column {
        let mut full = 0;
        // A header wraps at spaces only: `Indicators`, `NEW stated` / `change`.
        let mut widest = header
            .and_then(|h| h.split_whitespace().map(UnicodeWidthStr::width).max())
            .unwrap_or(0);
        for text in cells {
            let longest = text.lines().map(UnicodeWidthStr::width).max();
            full = full.max(longest.unwrap_or(0));
            widest = widest.max(widest_token(text));
        }
        let full = full.max(widest).max(1);
        let (comfortable, least) = match fit {
            Fit::Text => (widest.max(full.min(NARROWEST_TEXT)), widest.max(1)),
            _ => (full, full),
        };
        Column {
            full,
            comfortable,
            least,
            fit,
        }
    }
}

/// The width of each column, `None` for one left out.
fn widths(columns: &[Column], width: usize) -> Vec<Option<usize>> {
    let mut shown = vec![true; columns.len()];
    // The width the shown columns need with each text column at `text(column)`.
    let needed = |shown: &[bool], text: &dyn Fn(&Column) -> usize| -> usize {
        columns
            .iter()
            .zip(shown)
            .filter(|(_, s)| **s)
            .map(|(c, _)| PADDING + if c.fit == Fit::Text { text(c) } else { c.full })
            .sum()
    };
    let comfortable = |c: &Column| c.comfortable;
    let beside_reference = |c: &Column| c.least.max(c.full.min(NARROWEST_BESIDE_REFERENCE));
    let optional = |i: usize| match columns[i].fit {
        Fit::Optional(rank) => Some((rank, i)),
        _ => None,
    };
    while needed(&shown, &comfortable) > width {
        match (0..columns.len())
            .filter(|&i| shown[i])
            .filter_map(optional)
            .min()
        {
            Some((_, i)) => shown[i] = false,
            None => break,
        }
    }
    let references = (0..columns.len()).filter(|&i| columns[i].fit == Fit::Reference);
    for i in references.rev() {
        if needed(&shown, &beside_reference) <= width {
            break;
        }
        shown[i] = false;
    }
    // With an id left out, the most useful optional columns may fit again.
    let mut dropped: Vec<(u8, usize)> = (0..columns.len())
        .filter(|&i| !shown[i])
        .filter_map(optional)
        .collect();
    dropped.sort_unstable_by(|a, b| b.cmp(a));
    for (_, i) in dropped {
        shown[i] = true;
        if needed(&shown, &comfortable) > width {
            shown[i] = false;
        }
    }
    let visible: Vec<&Column> = columns
        .iter()
        .zip(&shown)
        .filter(|(_, s)| **s)
        .map(|(c, _)| c)
        .collect();
    let tokens: usize = visible
        .iter()
        .filter(|c| c.fit != Fit::Text)
        .map(|c| c.full)
        .sum();
    let available = width.saturating_sub(tokens + PADDING * visible.len());
    let texts: Vec<&Column> = visible
        .iter()
        .copied()
        .filter(|c| c.fit == Fit::Text)
        .collect();
    let comfortable: usize = texts.iter().map(|c| c.comfortable).sum();
    let mut text_widths = if comfortable <= available {
        share(&texts, |c| c.comfortable, |c| c.full, available)
    } else {
        share(&texts, |c| c.least, |c| c.comfortable, available)
    }
    .into_iter();
    columns
        .iter()
        .zip(&shown)
        .map(|(c, &s)| match (s, c.fit) {
            (false, _) => None,
            (true, Fit::Text) => text_widths.next(),
            (true, _) => Some(c.full),
        })
        .collect()
}

/// Widths between `low` and `high` for each column summing to `available` where they
/// can: the room above the lows is shared in proportion to what each would like.
fn share(
    columns: &[&Column],
    low: impl Fn(&Column) -> usize,
    high: impl Fn(&Column) -> usize,
    available: usize,
) -> Vec<usize> {
    let lows: usize = columns.iter().map(|c| low(c)).sum();
    let wants: usize = columns.iter().map(|c| high(c) - low(c)).sum();
    let spare = available.saturating_sub(lows);
    columns
        .iter()
        .map(|c| {
            let want = high(c) - low(c);
            low(c)
                + if spare >= wants {
                    want
                } else {
                    want * spare / wants
                }
        })
        .collect()
}

/// One table per report, each preceded by the report's path when there are several; a
/// report with no row says so instead of printing a bare header.
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
        if group.rows.is_empty() {
            writeln!(out, "{}", super::labels::nothing_found(style.lang))?;
            continue;
        }
        let rows = group.rows.iter().map(|row| row.table_row(style)).collect();
        let table = fitted(style, &R::table_header(style.lang), R::TABLE_FIT, rows);
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
