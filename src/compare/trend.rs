//! A region's values over its years as a sparkline: one block per year from `▁` (the
//! region's lowest value of the row) to `█` (its highest), a space for a year whose
//! report does not state the indicator. Eight levels of one character are all a terminal
//! cell can show, so the mapping is a line of arithmetic rather than a plotting crate.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::{Cell, Column};

const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// One region's values of one row, year by year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    pub region: String,
    /// The years the sparkline spans, one character each.
    pub years: Vec<i32>,
    pub sparkline: String,
}

/// The trends of one row: one per region with values in two reports or more.
pub fn trends(columns: &[Column], cells: &[Option<Cell>]) -> Vec<Trend> {
    let mut trends = Vec::new();
    let mut start = 0;
    while start < columns.len() {
        // columns are in place order: a region's reports stand together
        let end = (start + 1..columns.len())
            .find(|&i| !columns[i].place.same_region(&columns[start].place))
            .unwrap_or(columns.len());
        let values: Vec<(i32, Option<Decimal>)> = (start..end)
            .filter_map(|i| Some((columns[i].place.year?, cells[i].as_ref().map(|c| c.value))))
            .collect();
        if values.iter().filter(|(_, v)| v.is_some()).count() >= 2 {
            trends.push(Trend {
                region: columns[start].place.region.clone().unwrap_or_default(),
                years: values.iter().map(|(y, _)| *y).collect(),
                sparkline: sparkline(&values.iter().map(|(_, v)| *v).collect::<Vec<_>>()),
            });
        }
        start = end;
    }
    trends
}

/// One block per value, scaled between the lowest and the highest; the middle block
/// when all are equal.
pub fn sparkline(values: &[Option<Decimal>]) -> String {
    let known: Vec<f64> = values.iter().flatten().filter_map(|v| v.to_f64()).collect();
    let low = known.iter().copied().fold(f64::INFINITY, f64::min);
    let high = known.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    values
        .iter()
        .map(|value| match value.and_then(|v| v.to_f64()) {
            None => ' ',
            Some(_) if high <= low => BLOCKS[3],
            Some(v) => {
                let step = ((v - low) / (high - low) * 7.0).round() as usize;
                BLOCKS[step.min(7)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(texts: &[Option<&str>]) -> Vec<Option<Decimal>> {
        texts
            .iter()
            .map(|t| t.map(|t| t.parse().unwrap()))
            .collect()
    }

    #[test]
    fn lowest_to_highest_spans_the_blocks() {
        let line = sparkline(&values(&[Some("93.4"), Some("95.1"), None, Some("94.25")]));
        assert_eq!(line, "▁█ ▅");
        assert_eq!(sparkline(&values(&[Some("100"), Some("100")])), "▄▄");
    }
}
