//! Compare: many reports in one table. Each report is a column labelled by its place
//! (region and year, [`place`]); each row is one indicator, matched across reports the
//! way `diff` matches them (lexicon id, else normalized name) and shown in one base
//! unit; a cell is a value, never a change with no level of its own (`同比改善7.9%`
//! carries the id of what it changes but is left out). Where a region has consecutive
//! years, the later report's stated year-on-year change is checked against the earlier
//! value with `diff`'s own [`consistency`]; a sparkline per region ([`trend`]) shows its
//! values over its years. Reports of different regions share rows but are never lined
//! up as one place.

pub mod print;
pub mod trend;

use std::collections::{BTreeMap, HashMap};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::diff::{Consistency, ConsistencyVerdict, consistency, representatives};
use crate::lexicon;
use crate::model::{Category, Comparator, Indicator, Report};

pub use crate::model::place::Place;
pub use trend::Trend;

/// One report of the comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub source: String,
    #[serde(flatten)]
    pub place: Place,
    /// The header people read: `杭州市 2021`, with the file name when two share it.
    pub label: String,
    /// The report's title, when the document has one.
    pub title: Option<String>,
}

/// One indicator across the reports.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub label_en: Option<String>,
    pub category: Category,
    /// The unit every cell of the row is in.
    pub base_unit: String,
    /// One cell per column, `None` where the report does not state the indicator.
    pub cells: Vec<Option<Cell>>,
    /// A region's values over its years, for regions with two reports or more.
    pub trends: Vec<Trend>,
}

/// One value of one report.
#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    #[serde(with = "crate::model::decimal")]
    pub value: Decimal,
    pub comparator: Comparator,
    /// The value as written (`27.33万吨`).
    pub text: String,
    pub line: usize,
    /// The report's stated year-on-year change checked against the same region's
    /// report of the year before, when there is one holding this indicator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consistency: Option<Consistency>,
}

impl Cell {
    /// Whether the stated change disagrees with last year's value.
    pub fn is_inconsistent(&self) -> bool {
        self.consistency
            .as_ref()
            .is_some_and(|c| c.verdict == ConsistencyVerdict::Inconsistent)
    }
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Reports left out as duplicates of another (same place, same values).
    pub duplicates: Vec<String>,
}

/// Lines up `reports`, keeping the indicators `keep` accepts.
pub fn compare(reports: &[Report], keep: impl Fn(&Indicator) -> bool) -> Comparison {
    let (kept, duplicates) = distinct_in_place_order(reports);
    let columns = columns(&kept);
    let chosen: Vec<BTreeMap<String, &Indicator>> = kept
        .iter()
        .map(|r| {
            let mut by_key = representatives(r);
            by_key.retain(|_, i| keep(i));
            by_key
        })
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    let mut row_of: HashMap<(String, String), usize> = HashMap::new();
    for (at, by_key) in chosen.iter().enumerate() {
        let mut ordered: Vec<(&String, &&Indicator)> = by_key.iter().collect();
        ordered.sort_by_key(|(_, i)| (i.quantity.line, i.quantity.column));
        for (key, indicator) in ordered {
            let slot = (key.clone(), indicator.quantity.base_unit.clone());
            let index = *row_of.entry(slot).or_insert_with(|| {
                rows.push(new_row(indicator, columns.len()));
                rows.len() - 1
            });
            let earlier = previous_year(&columns, at).and_then(|before| {
                let old = chosen[before].get(key)?;
                (old.quantity.base_unit == indicator.quantity.base_unit).then_some((before, *old))
            });
            rows[index].cells[at] = Some(cell(indicator, earlier, &columns, at));
        }
    }
    for row in &mut rows {
        row.trends = trend::trends(&columns, &row.cells);
    }
    Comparison {
        columns,
        rows,
        duplicates,
    }
}

/// The reports in place order (region, then year), without a report that repeats
/// another's place and values (one text saved in two encodings); the paths left out.
fn distinct_in_place_order(reports: &[Report]) -> (Vec<&Report>, Vec<String>) {
    let mut ordered: Vec<(Place, &Report)> = reports.iter().map(|r| (Place::of(r), r)).collect();
    // within one place the shortest file name first: `x.txt` stays, `x.gb18030.txt` goes
    let name_length = |r: &Report| file_name(&r.source.path).len();
    ordered.sort_by(|(a, ra), (b, rb)| {
        (&a.key, a.year, name_length(ra)).cmp(&(&b.key, b.year, name_length(rb)))
    });
    let mut kept: Vec<(Place, &Report)> = Vec::new();
    let mut duplicates = Vec::new();
    for (place, report) in ordered {
        if kept
            .iter()
            .any(|(p, r)| *p == place && same_values(r, report))
        {
            duplicates.push(report.source.path.clone());
        } else {
            kept.push((place, report));
        }
    }
    (kept.into_iter().map(|(_, r)| r).collect(), duplicates)
}

fn same_values(a: &Report, b: &Report) -> bool {
    let values = |r: &Report| -> Vec<(String, Decimal)> {
        r.indicators
            .iter()
            .map(|i| (i.id.clone(), i.quantity.base_value))
            .collect()
    };
    values(a) == values(b)
}

fn columns(reports: &[&Report]) -> Vec<Column> {
    let places: Vec<Place> = reports.iter().map(|r| Place::of(r)).collect();
    reports
        .iter()
        .zip(&places)
        .map(|(report, place)| {
            let shared = places.iter().filter(|p| p.label() == place.label()).count() > 1;
            let label = if shared {
                format!("{} ({})", place.label(), file_name(&report.source.path))
            } else {
                place.label()
            };
            Column {
                source: report.source.path.clone(),
                place: place.clone(),
                label,
                title: report.document.title.clone(),
            }
        })
        .collect()
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The column of the same region's report of the year before column `at`, if any.
fn previous_year(columns: &[Column], at: usize) -> Option<usize> {
    let place = &columns[at].place;
    let year = place.year?;
    columns
        .iter()
        .position(|c| c.place.same_region(place) && c.place.year == Some(year - 1))
}

fn new_row(indicator: &Indicator, width: usize) -> Row {
    let entry = lexicon::indicator(&indicator.id);
    Row {
        id: indicator.id.clone(),
        name: entry.map_or_else(|| indicator.name.clone(), |e| e.name.clone()),
        label_en: indicator.label_en.clone(),
        category: indicator.category,
        base_unit: indicator.quantity.base_unit.clone(),
        cells: vec![None; width],
        trends: Vec::new(),
    }
}

fn cell(
    indicator: &Indicator,
    earlier: Option<(usize, &Indicator)>,
    columns: &[Column],
    at: usize,
) -> Cell {
    let consistency = earlier.map(|(before, old)| {
        let years = (columns[before].place.year, columns[at].place.year);
        consistency(old, indicator, years)
    });
    Cell {
        value: indicator.quantity.base_value.normalize(),
        comparator: indicator.quantity.comparator,
        text: indicator.quantity.text.clone(),
        line: indicator.quantity.line,
        consistency: consistency.filter(|c| {
            matches!(
                c.verdict,
                ConsistencyVerdict::Consistent | ConsistencyVerdict::Inconsistent
            )
        }),
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
