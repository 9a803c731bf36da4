//! Flattened tables: lines of cells split by `｜` or `|`, the first line the header.
//! A cell holding only a number is a quantity in its column's unit — written in the
//! header (`PM2.5变化率(%)`) or in a note before the table (`PM2.5均值单位为微克/立方米`)
//! — and a rank column (`PM2.5排名`) holds ranks, not quantities.

use std::ops::Range;
use std::sync::LazyLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::number::NumberToken;
use super::quantity::Found;
use super::unit::{UnitKind, UnitMatch, match_unit};
use crate::lexicon::is_han;
use crate::lexicon::words::contains_any;
use crate::model::{Change, Comparator, Direction};
use crate::patterns::UNIT_NOTE;

/// One body cell of a table.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The cell's text, spaces trimmed.
    pub range: Range<usize>,
    /// The column's unit, when the header or a note says it.
    pub unit: Option<UnitMatch>,
    /// The column holds ranks (`排名`, `名次`).
    pub rank: bool,
    /// Which table row the cell is in, and its column.
    row: usize,
    column: usize,
    /// The column holds the changes of another column (`优良率变化` of `优良率`).
    change_of: Option<usize>,
    /// What a number in the cell is: the row's label and the column's name
    /// (`滨江区` + `PM2.5均值`).
    pub name: String,
    /// The place the row is about, when its label is one (`滨江区`).
    pub place: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Vocabulary {
    change_headers: Vec<String>,
    rank_headers: Vec<String>,
}

crate::lexicon::lexicon_words!(
    /// The header words of `lexicon/tables.toml`.
    fn vocabulary() -> Vocabulary = "tables"
);

pub(super) const SEPARATORS: [char; 2] = ['｜', '|'];
/// How many lines before a table a unit note may stand.
const NOTE_LINES: usize = 3;

static HEADER_UNIT: LazyLock<regex_lite::Regex> =
    LazyLock::new(|| regex_lite::Regex::new(r"^(.*?)\(([^()]+)\)$").expect("valid"));

/// The body cells of every table in the text, in text order.
pub fn cells(text: &str) -> Vec<Cell> {
    let lines: Vec<(usize, &str)> = line_starts(text);
    let mut cells = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !is_row(lines[i].1) {
            i += 1;
            continue;
        }
        let header = i;
        let notes: Vec<&str> = lines[header.saturating_sub(NOTE_LINES)..header]
            .iter()
            .map(|(_, l)| *l)
            .collect();
        let names: Vec<&str> = split(lines[header].1)
            .into_iter()
            .map(|(_, name)| name.trim())
            .collect();
        let columns: Vec<(Option<UnitMatch>, bool)> =
            names.iter().map(|name| column(name, &notes)).collect();
        i += 1;
        while i < lines.len() && is_row(lines[i].1) {
            let (start, line) = lines[i];
            let row = split(line);
            let label = row
                .iter()
                .map(|(_, cell)| cell.trim())
                .find(|cell| cell.chars().any(is_han) && !cell.chars().any(|c| c.is_ascii_digit()))
                .unwrap_or("");
            for (k, ((at, cell), (unit, rank))) in row.into_iter().zip(&columns).enumerate() {
                let trimmed = cell.trim();
                let lead = cell.len() - cell.trim_start().len();
                let from = start + at + lead;
                cells.push(Cell {
                    range: from..from + trimmed.len(),
                    unit: unit.clone(),
                    rank: *rank,
                    row: i,
                    column: k,
                    change_of: change_of(&names, k),
                    name: format!("{label}{}", column_name(names[k])),
                    place: super::name::place_of(label)
                        .filter(|p| *p == label)
                        .map(str::to_string),
                });
            }
            i += 1;
        }
    }
    cells
}

fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut start = 0;
    text.split('\n')
        .map(|line| {
            let here = start;
            start += line.len() + 1;
            (here, line)
        })
        .collect()
}

fn is_row(line: &str) -> bool {
    line.matches(SEPARATORS).count() >= 2
}

/// The cells of a row with their byte offsets in the line.
fn split(line: &str) -> Vec<(usize, &str)> {
    let mut cells = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if SEPARATORS.contains(&c) {
            cells.push((start, &line[start..i]));
            start = i + c.len_utf8();
        }
    }
    cells.push((start, &line[start..]));
    cells
}

/// The column whose changes column `k` holds: the one its header names before the
/// change word (`PM2.5变化率` → `PM2.5均值`).
fn change_of(names: &[&str], k: usize) -> Option<usize> {
    let header = names[k].split('(').next().unwrap_or("");
    let word = vocabulary()
        .change_headers
        .iter()
        .find(|w| header.contains(w.as_str()))?;
    let stem = header.split(word.as_str()).next().unwrap_or("");
    (!stem.is_empty())
        .then(|| {
            names
                .iter()
                .position(|n| *n != names[k] && n.starts_with(stem))
        })
        .flatten()
}

/// The table changes among the quantities: (index of the change, index of the quantity
/// it changes), both in the found quantities, paired by row and column.
pub fn changes(
    text: &str,
    cells: &[Cell],
    tokens: &[NumberToken],
    found_of: impl Fn(usize) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let at: Vec<Option<(&Cell, usize)>> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Some((cell_of(cells, text, t)?, found_of(i)?)))
        .collect();
    let quantity = |row: usize, column: usize| {
        at.iter()
            .flatten()
            .find(|(c, _)| c.row == row && c.column == column)
            .map(|(_, q)| *q)
    };
    at.iter()
        .flatten()
        .filter_map(|(cell, q)| Some((*q, quantity(cell.row, cell.change_of?)?)))
        .collect()
}

/// A column's name without the unit its header gives in brackets (`PM2.5均值(微克/立方米)`).
fn column_name(header: &str) -> &str {
    HEADER_UNIT
        .captures(header)
        .and_then(|c| c.get(1))
        .map_or(header, |m| m.as_str())
        .trim()
}

/// The cell whose text is exactly `span`.
pub fn cell_at<'a>(cells: &'a [Cell], span: &Range<usize>) -> Option<&'a Cell> {
    let after = cells.partition_point(|c| c.range.start <= span.start);
    cells[..after].last().filter(|c| c.range == *span)
}

/// The change a table cell states: its sign gives the direction, 0 is flat.
pub fn change(text: &str, q: &Found) -> Change {
    let (value, direction) = super::change::signed(Direction::Up, q);
    Change {
        kind: "yoy".to_string(),
        base_period: None,
        value,
        unit: super::change::change_unit(q),
        direction: if value.is_zero() {
            Direction::Flat
        } else {
            direction
        },
        text: text[q.span.clone()].to_string(),
    }
}

/// A column's unit and whether it holds ranks, from its header and the notes.
fn column(header: &str, notes: &[&str]) -> (Option<UnitMatch>, bool) {
    let rank = contains_any(header, &vocabulary().rank_headers);
    let whole = |unit: &str| {
        let unit = unit.trim();
        match_unit(unit, false).filter(|u| u.len == unit.len() && u.kind != UnitKind::Scale)
    };
    let (name, unit) = match HEADER_UNIT.captures(header) {
        Some(c) => (c.get(1).map_or("", |m| m.as_str()), whole(&c[2])),
        None => (header, None),
    };
    let noted = || {
        notes.iter().rev().find_map(|line| {
            UNIT_NOTE
                .captures_iter(line)
                .find(|c| !name.is_empty() && (c[1].ends_with(name) || name.ends_with(&c[1])))
                .and_then(|c| whole(&c[2]))
        })
    };
    (unit.or_else(noted), rank)
}

/// The cell that holds exactly this token, if any.
pub fn cell_of<'a>(cells: &'a [Cell], text: &str, token: &NumberToken) -> Option<&'a Cell> {
    let after = cells.partition_point(|c| c.range.start <= token.start);
    let cell = cells[..after].last()?;
    (cell.range == (token.start..token.end) && !text[cell.range.clone()].is_empty()).then_some(cell)
}

/// The quantity of a number cell, in its column's unit (none when no unit is said).
pub fn quantity(cell: &Cell, value: Decimal) -> Option<Found> {
    let (unit, base_unit, factor, kind) = match &cell.unit {
        Some(u) => (u.written.clone(), u.base_unit.clone(), u.factor, u.kind),
        None => (String::new(), String::new(), Decimal::ONE, UnitKind::Count),
    };
    Some(Found {
        span: cell.range.clone(),
        number: cell.range.clone(),
        value,
        unit,
        base_value: value.checked_mul(factor)?,
        base_unit,
        kind,
        comparator: Comparator::Eq,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "见下表(优良率单位为%,PM2.5均值单位为微克/立方米):\n区县｜优良率｜优良率变化(百分点)｜PM2.5均值｜PM2.5排名\n滨江区｜98.3｜-1.7｜36.5｜6\n正文";

    #[test]
    fn cells_take_their_column_units() {
        let cells = cells(TABLE);
        let texts: Vec<(&str, Option<&str>, bool)> = cells
            .iter()
            .map(|c| {
                (
                    &TABLE[c.range.clone()],
                    c.unit.as_ref().map(|u| u.written.as_str()),
                    c.rank,
                )
            })
            .collect();
        assert_eq!(
            texts,
            vec![
                ("滨江区", None, false),
                ("98.3", Some("%"), false),
                ("-1.7", Some("百分点"), false),
                ("36.5", Some("微克/立方米"), false),
                ("6", None, true),
            ]
        );
    }

    #[test]
    fn change_columns_pair_with_their_value_columns() {
        let names = [
            "区县",
            "优良率",
            "优良率变化(百分点)",
            "PM2.5均值",
            "PM2.5排名",
            "PM2.5变化率(%)",
        ];
        assert_eq!(change_of(&names, 2), Some(1));
        assert_eq!(change_of(&names, 5), Some(3));
        assert_eq!(change_of(&names, 3), None);
    }

    #[test]
    fn text_outside_tables_has_no_cells() {
        assert!(cells("优良率为98.3%,同比持平。\n下一行").is_empty());
    }
}
