//! `report compare` on screen and in files: the comparison as a grid of text (indicators
//! down, reports across, or transposed), written as an aligned table, CSV or Markdown,
//! followed by notes on stated changes that disagree with the year before. JSON is the
//! [`Comparison`] itself.

use std::io::{self, Write};

use super::{Cell, Comparison, Row};
use crate::diff::ConsistencyVerdict;
use crate::render::chart::{self, Series};
use crate::render::csv::into_io;
use crate::render::labels::Lang;
use crate::render::number::{comparator_prefix, decimal};
use crate::render::{Style, html, markdown, table};
use html_escape::encode_text as text;
use rust_decimal::prelude::ToPrimitive;

/// The comparison as text cells: a header row and body rows.
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// Indicators down, reports across; a trend column when a region has several years.
    pub fn new(comparison: &Comparison, lang: Lang) -> Grid {
        let with_trends = comparison.rows.iter().any(|r| !r.trends.is_empty());
        let mut header: Vec<String> = [lang.pick("指标", "indicator"), "id"]
            .iter()
            .chain(&[lang.pick("单位", "unit")])
            .map(|h| h.to_string())
            .collect();
        header.extend(comparison.columns.iter().map(|c| c.label.clone()));
        if with_trends {
            header.push(lang.pick("趋势", "trend").to_string());
        }
        let rows = comparison
            .rows
            .iter()
            .map(|row| {
                let mut line = vec![row_name(row, lang), row.id.clone(), row.base_unit.clone()];
                line.extend(
                    row.cells
                        .iter()
                        .map(|c| c.as_ref().map_or(String::new(), cell)),
                );
                if with_trends {
                    line.push(trend_text(row));
                }
                line
            })
            .collect();
        Grid { header, rows }
    }

    /// Reports down, indicators across.
    pub fn transposed(self) -> Grid {
        let width = self.header.len();
        let mut all = vec![self.header];
        all.extend(self.rows);
        let mut turned: Vec<Vec<String>> = (0..width)
            .map(|i| all.iter().map(|r| r[i].clone()).collect())
            .collect();
        let header = turned.remove(0);
        Grid {
            header,
            rows: turned,
        }
    }

    /// Which columns hold numbers (right-aligned in Markdown).
    fn numeric(&self) -> Vec<bool> {
        (0..self.header.len())
            .map(|i| {
                self.rows.iter().any(|r| starts_with_digit(&r[i]))
                    && self
                        .rows
                        .iter()
                        .all(|r| r[i].is_empty() || starts_with_digit(&r[i]))
            })
            .collect()
    }
}

fn starts_with_digit(text: &str) -> bool {
    text.trim_start_matches(['≥', '>', '≤', '<', '~', '-'])
        .starts_with(|c: char| c.is_ascii_digit())
}

fn row_name(row: &Row, lang: Lang) -> String {
    match (lang, &row.label_en) {
        (Lang::En, Some(label)) => label.clone(),
        _ => row.name.clone(),
    }
}

/// `≥90`, `95.1 ✓` (stated change agrees with last year), `95.1 ✗` (it does not).
fn cell(cell: &Cell) -> String {
    let mark = match cell.consistency.as_ref().map(|c| c.verdict) {
        Some(ConsistencyVerdict::Consistent) => " ✓",
        Some(ConsistencyVerdict::Inconsistent) => " ✗",
        _ => "",
    };
    format!(
        "{}{}{mark}",
        comparator_prefix(cell.comparator),
        decimal(cell.value)
    )
}

fn trend_text(row: &Row) -> String {
    let many = row.trends.len() > 1;
    row.trends
        .iter()
        .map(|t| {
            if many {
                format!("{} {}", t.region, t.sparkline)
            } else {
                t.sparkline.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Notes under the table: the stated changes that disagree with the year before, and
/// reports left out as duplicates.
pub fn notes(comparison: &Comparison, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    for row in &comparison.rows {
        for (column, cell) in comparison.columns.iter().zip(&row.cells) {
            let Some(checked) = cell.as_ref().filter(|c| c.is_inconsistent()) else {
                continue;
            };
            let Some(c) = &checked.consistency else {
                continue;
            };
            notes.push(format!(
                "✗ {} · {} ({}): {} {}, {} {}",
                column.label,
                row.name,
                row.id,
                lang.pick("报告同比", "states"),
                c.stated.as_deref().unwrap_or("?"),
                lang.pick("上年数值得出", "last year's value gives"),
                c.computed.as_deref().unwrap_or("?"),
            ));
        }
    }
    for path in &comparison.duplicates {
        notes.push(format!(
            "{path}: {}",
            lang.pick(
                "与另一份报告地区、年份和数值相同,未单列",
                "same place, year and values as another report; shown once"
            )
        ));
    }
    notes
}

/// Writes the grid and the notes as an aligned table.
pub fn print_table(
    out: &mut dyn Write,
    comparison: &Comparison,
    grid: &Grid,
    style: &Style,
) -> io::Result<()> {
    let header: Vec<&str> = grid.header.iter().map(String::as_str).collect();
    // A matrix reads by its columns: wider than the screen rather than wrapped, so every
    // cell is a token that never breaks.
    let fits = vec![table::Fit::Token; header.len()];
    let rows = grid
        .rows
        .iter()
        .map(|row| row.iter().map(table::Cell::new).collect())
        .collect();
    table::write(out, &table::fitted(style, &header, &fits, rows))?;
    let legend = style.lang.pick(
        "✓ 同比变化与上年数值一致 · ✗ 不一致 · 数值为基本单位",
        "✓ stated change agrees with last year's value · ✗ it does not · values in base units",
    );
    writeln!(out, "\n{legend}")?;
    for note in notes(comparison, style.lang) {
        writeln!(out, "{note}")?;
    }
    Ok(())
}

/// Writes the grid as CSV (the notes are in the JSON form).
pub fn print_csv(out: &mut dyn Write, grid: &Grid) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    writer.write_record(&grid.header).map_err(into_io)?;
    for row in &grid.rows {
        writer.write_record(row).map_err(into_io)?;
    }
    writer.flush()
}

/// Writes the grid as a Markdown table with the notes as a list.
pub fn print_markdown(
    out: &mut dyn Write,
    comparison: &Comparison,
    grid: &Grid,
    lang: Lang,
) -> io::Result<()> {
    markdown::table(out, &grid.header, &grid.rows, &grid.numeric())?;
    let notes = notes(comparison, lang);
    if !notes.is_empty() {
        writeln!(out)?;
        for note in notes {
            writeln!(out, "- {}", markdown::escape(&note))?;
        }
    }
    Ok(())
}

/// The comparison page: the table, then a line chart for every indicator a region
/// states in two years or more.
pub fn html(out: &mut dyn Write, comparison: &Comparison, lang: Lang) -> io::Result<()> {
    html::open(out, lang.pick("报告对比", "Reports compared"), lang)?;
    let grid = Grid::new(comparison, lang);
    writeln!(out, "<section>\n<table>\n<thead><tr>")?;
    for head in &grid.header {
        write!(out, "<th>{}</th>", text(head))?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for row in &grid.rows {
        write!(out, "<tr>")?;
        for (at, cell) in row.iter().enumerate() {
            let class = if at >= 3 { " class=\"n\"" } else { "" };
            write!(out, "<td{class}>{}</td>", text(cell))?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</section>")?;
    for note in notes(comparison, lang) {
        writeln!(out, "<p>{}</p>", text(&note))?;
    }
    for row in comparison.rows.iter().filter(|r| !r.trends.is_empty()) {
        let series: Vec<Series> = row
            .trends
            .iter()
            .map(|trend| Series {
                name: trend.region.clone(),
                points: comparison
                    .columns
                    .iter()
                    .zip(&row.cells)
                    .filter(|(c, _)| c.place.region.as_deref() == Some(trend.region.as_str()))
                    .filter_map(|(c, cell)| Some((c.place.year?, cell.as_ref()?.value.to_f64()?)))
                    .collect(),
            })
            .collect();
        let title = format!("{} ({})", row.name, row.id);
        writeln!(out, "<section>\n<h2>{}</h2>", text(&title))?;
        writeln!(out, "{}", chart::lines(&title, &row.base_unit, &series))?;
        writeln!(out, "</section>")?;
    }
    html::close(out)
}
