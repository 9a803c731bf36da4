//! The checks' view of the model: every stated figure (an indicator, or a bare number
//! classified as a non-quantity, such as a quoted `“100”`) with its interval, and the
//! clauses they stand in, with the figures placed in the clause text so a check can read
//! the words *between* two figures (`其中`, `为`, `和`). Nothing here finds numbers: the
//! figures are the extraction's; only their order and the connecting words are read.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use crate::interval::Interval;
use crate::lexicon::audit_words::audit_words;
use crate::lexicon::is_han;
use crate::lexicon::units::counts_whole_things;
use crate::lines::LineIndex;
use crate::model::{Comparator, Indicator, NonQuantityKind, Quantity, Report};

/// Days in a year (the report year when known, else 365).
pub fn days_in_year(year: Option<i32>) -> i64 {
    match year {
        Some(y) if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 366,
        _ => 365,
    }
}

/// The days of a period: a year, or the months of one (`1—6月` → 181 or 182).
pub fn days_in_period(year: Option<i32>, months: Option<(u8, u8)>) -> i64 {
    let Some((from, to)) = months else {
        return days_in_year(year);
    };
    let leap = days_in_year(year) == 366;
    (from..=to.min(12))
        .map(|m| match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        })
        .sum()
}

/// One stated figure.
#[derive(Debug, Clone)]
pub struct Figure<'a> {
    /// The indicator's own quantity, or the bare number read as one (no unit, exact
    /// comparator, its text the digits alone, its column theirs).
    pub quantity: Cow<'a, Quantity>,
    /// The text as extraction gave it (`“100”` for the number `100`), and where the
    /// quantity's text starts in it (bytes): what is looked for in the clause.
    surface: &'a str,
    surface_offset: usize,
    /// The indicator, when the figure is one (bare numbers are not).
    pub indicator: Option<&'a Indicator>,
}

impl<'a> Figure<'a> {
    fn of_indicator(indicator: &'a Indicator) -> Figure<'a> {
        Figure {
            quantity: Cow::Borrowed(&indicator.quantity),
            surface: &indicator.quantity.text,
            surface_offset: 0,
            indicator: Some(indicator),
        }
    }

    /// A bare number that extraction set aside as a name (`“100”`, quotes included in
    /// its text): the number inside the quotes, placed at its own column.
    fn of_bare_number(text: &'a str, line: usize, column: usize) -> Option<Figure<'a>> {
        let inner = text.trim_matches(|c: char| !(c.is_ascii_digit() || c == '.'));
        let value: Decimal = inner.parse().ok()?;
        let offset = text.find(inner)?;
        Some(Figure {
            quantity: Cow::Owned(Quantity {
                value,
                unit: String::new(),
                base_value: value,
                base_unit: String::new(),
                comparator: Comparator::Eq,
                text: inner.to_string(),
                line,
                column: column + text[..offset].chars().count(),
            }),
            surface: text,
            surface_offset: offset,
            indicator: None,
        })
    }

    /// Length of the surface text in characters, for the underline.
    pub fn length(&self) -> usize {
        self.quantity.text.chars().count()
    }

    pub fn name(&self) -> &'a str {
        self.indicator.map_or("", |i| i.name.as_str())
    }

    pub fn is_count(&self) -> bool {
        counts_whole_things(&self.quantity.base_unit) && self.quantity.value.fract().is_zero()
    }

    /// Whether the figure is a change standing alone (`较111年增加2,145件`): no amount
    /// of anything, so no whole and no part.
    pub fn is_change(&self) -> bool {
        self.indicator.is_some_and(|i| i.change_only)
    }

    pub fn is_percent(&self) -> bool {
        self.quantity.base_unit == "%"
    }

    /// The values the figure can stand for, in its written unit; `None` unless stated
    /// as `=` (a `30余场次` or `90%以上` cannot enter a sum). Counts are exact, any other
    /// figure is rounded to its written decimals (`7.48亿元` is 7.475…7.485).
    pub fn written_interval(&self) -> Option<Interval> {
        if self.quantity.comparator != Comparator::Eq {
            return None;
        }
        let counted =
            counts_whole_things(&self.quantity.base_unit) || self.quantity.unit.is_empty();
        Some(Interval::written(self.quantity.value, counted))
    }

    /// [`Figure::written_interval`] in the base unit (`7.48亿元` → 元).
    pub fn interval(&self) -> Option<Interval> {
        let written = self.written_interval()?;
        if self.quantity.value.is_zero() || self.quantity.value == self.quantity.base_value {
            return Some(written);
        }
        written.scaled(self.quantity.base_value.checked_div(self.quantity.value)?)
    }
}

/// A figure placed in its clause: byte range of its text in the clause.
#[derive(Debug, Clone, Copy)]
pub struct Placed {
    /// Index into [`Audit::figures`].
    pub figure: usize,
    pub start: usize,
    pub end: usize,
}

/// A clause and the figures in it, in reading order.
#[derive(Debug, Clone)]
pub struct Clause<'a> {
    pub line: usize,
    pub text: &'a str,
    pub figures: Vec<Placed>,
}

impl<'a> Clause<'a> {
    /// The words between the `i`-th and `i+1`-th figure of the clause.
    pub fn between(&self, i: usize) -> &'a str {
        let (Some(a), Some(b)) = (self.figures.get(i), self.figures.get(i + 1)) else {
            return "";
        };
        self.text.get(a.end..b.start).unwrap_or("")
    }

    /// The words after the last figure of the clause.
    pub fn after(&self, i: usize) -> &'a str {
        let end = self.figures.get(i).map_or(self.text.len(), |p| p.end);
        let next = self.figures.get(i + 1).map_or(self.text.len(), |p| p.start);
        self.text.get(end..next).unwrap_or("")
    }

    /// The words before the `i`-th figure, back to the previous figure or clause start.
    pub fn before(&self, i: usize) -> &'a str {
        let Some(p) = self.figures.get(i) else {
            return "";
        };
        let start = i
            .checked_sub(1)
            .and_then(|j| self.figures.get(j))
            .map_or(0, |q| q.end);
        self.text.get(start..p.start).unwrap_or("")
    }
}

/// Everything the checks read: the report, its figures and its clauses.
#[derive(Debug)]
pub struct Audit<'a> {
    pub report: &'a Report,
    /// Indicators first (in model order), then bare numbers.
    pub figures: Vec<Figure<'a>>,
    pub clauses: Vec<Clause<'a>>,
    /// Indexes built once, so that every lookup is constant time on a large report:
    /// the figures of each line in column order, each figure's clause and position,
    /// and where each source line starts.
    by_line: HashMap<usize, Vec<usize>>,
    places: Vec<Option<(usize, usize)>>,
    lines: LineIndex<'a>,
}

impl<'a> Audit<'a> {
    pub fn new(report: &'a Report) -> Audit<'a> {
        let mut figures: Vec<Figure<'a>> =
            report.indicators.iter().map(Figure::of_indicator).collect();
        figures.extend(report.non_quantities.iter().filter_map(|nq| {
            let bare = matches!(nq.kind, NonQuantityKind::Name | NonQuantityKind::Word);
            bare.then(|| Figure::of_bare_number(&nq.text, nq.line, nq.column))
                .flatten()
        }));
        let by_line = figures_by_line(&figures);
        let clauses = clauses(report, &figures, &by_line);
        let mut places = vec![None; figures.len()];
        for (c, clause) in clauses.iter().enumerate() {
            for (at, p) in clause.figures.iter().enumerate() {
                if let Some(slot) = places.get_mut(p.figure) {
                    slot.get_or_insert((c, at));
                }
            }
        }
        Audit {
            report,
            figures,
            clauses,
            by_line,
            places,
            lines: LineIndex::new(&report.original),
        }
    }

    /// The original source line (1-based) as given, when the report carries its text.
    pub fn source_line(&self, line: usize) -> Option<&'a str> {
        self.lines.line(line)
    }

    /// Where a figure stands: its clause and its index among the clause's figures.
    pub fn place_of(&self, figure: usize) -> Option<(&Clause<'a>, usize)> {
        let (c, at) = (*self.places.get(figure)?)?;
        Some((&self.clauses[c], at))
    }

    /// The figures of one line, in column order (indices into `figures`).
    pub fn line_figures(&self, line: usize) -> &[usize] {
        self.by_line.get(&line).map_or(&[], Vec::as_slice)
    }

    /// The figures of the figure's line and the figure's position among them.
    pub fn line_place(&self, figure: usize) -> Option<(&[usize], usize)> {
        let line = self.line_figures(self.figures.get(figure)?.quantity.line);
        let column = self.figures[figure].quantity.column;
        let from = line.partition_point(|&i| self.figures[i].quantity.column < column);
        let at = from + line[from..].iter().position(|&i| i == figure)?;
        Some((line, at))
    }

    /// The words before a figure in its clause (back to the previous figure).
    pub fn words_before(&self, figure: usize) -> &'a str {
        self.place_of(figure)
            .map_or("", |(clause, at)| clause.before(at))
    }

    /// The words after a figure in its clause (up to the next figure).
    pub fn words_after(&self, figure: usize) -> &'a str {
        self.place_of(figure)
            .map_or("", |(clause, at)| clause.after(at))
    }

    /// What a count counts, written right after it (`18个乡镇中` → `乡镇中`): the Han
    /// characters touching it.
    fn counted_after(&self, figure: usize) -> &'a str {
        let after = self.words_after(figure);
        &after[..after.find(|c: char| !is_han(c)).unwrap_or(after.len())]
    }

    /// Whether two counts with a counter that says nothing of what it counts (`个`)
    /// count one kind of thing: the nouns written after them begin alike, or the one
    /// written after one is named before the other (`18个乡镇中…行政村26个` are two kinds;
    /// so are `2个镇` and `5个街道`). Other counters name the thing (`件`, `天`).
    pub fn count_alike(&self, a: usize, b: usize) -> bool {
        let generic = |i: usize| {
            let figure = &self.figures[i];
            figure.is_count()
                && audit_words()
                    .parts
                    .generic_counters
                    .contains(&figure.quantity.base_unit)
        };
        if !(generic(a) && generic(b)) {
            return true;
        }
        let head = |noun: &'a str| noun.char_indices().nth(2).map_or(noun, |(i, _)| &noun[..i]);
        // The name written before a count, in its comma clause.
        let named = |i: usize, noun: &str| {
            let before = self.words_before(i);
            before
                .rsplit([',', '，'])
                .next()
                .unwrap_or(before)
                .contains(noun)
        };
        match (self.counted_after(a), self.counted_after(b)) {
            ("", "") => true,
            (x, "") => named(b, head(x)),
            ("", y) => named(a, head(y)),
            (x, y) => head(x) == head(y),
        }
    }

    /// Whether a sentence ends between two positions of one line (`。`, `;`, `!`, `?`).
    pub fn sentence_ends_between(&self, a: &Figure<'_>, b: &Figure<'_>) -> bool {
        if a.quantity.line != b.quantity.line {
            return true;
        }
        let Some(text) = self.source_line(a.quantity.line) else {
            return true;
        };
        let (from, to) = (
            a.quantity.column.min(b.quantity.column),
            a.quantity.column.max(b.quantity.column),
        );
        text.chars()
            .skip(from.saturating_sub(1))
            .take(to - from)
            .any(|c| {
                matches!(
                    c,
                    '。' | ';' | '\u{ff1b}' | '!' | '\u{ff01}' | '?' | '\u{ff1f}'
                )
            })
    }
}

/// Groups indicators by clause and places every figure (indicators and bare numbers
/// between them) in the clause text, in column order.
fn clauses<'a>(
    report: &'a Report,
    figures: &[Figure<'a>],
    by_line: &HashMap<usize, Vec<usize>>,
) -> Vec<Clause<'a>> {
    let mut clauses: Vec<Clause<'a>> = Vec::new();
    let mut known: HashSet<(usize, &str)> = HashSet::new();
    for indicator in &report.indicators {
        if indicator.evidence.is_empty()
            || !known.insert((indicator.quantity.line, &indicator.evidence))
        {
            continue;
        }
        let on_line = by_line
            .get(&indicator.quantity.line)
            .map_or(&[][..], Vec::as_slice);
        clauses.push(place(
            indicator.quantity.line,
            &indicator.evidence,
            figures,
            on_line,
        ));
    }
    clauses
}

/// The figures of each line, in column order.
fn figures_by_line(figures: &[Figure<'_>]) -> HashMap<usize, Vec<usize>> {
    let mut by_line: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, figure) in figures.iter().enumerate() {
        by_line.entry(figure.quantity.line).or_default().push(i);
    }
    for on_line in by_line.values_mut() {
        on_line.sort_by_key(|&i| figures[i].quantity.column);
    }
    by_line
}

/// Places the figures of one line that belong to the clause `text`, in column order:
/// each indicator whose evidence is this clause, and bare numbers found standing alone
/// in the clause between them.
fn place<'a>(line: usize, text: &'a str, figures: &[Figure<'a>], on_line: &[usize]) -> Clause<'a> {
    let mut placed = Vec::new();
    let mut cursor = 0;
    for &i in on_line {
        let figure = &figures[i];
        let member = figure
            .indicator
            .is_none_or(|indicator| indicator.evidence == text);
        if !member {
            continue;
        }
        if let Some(at) = find_number(text, figure.surface, cursor) {
            let start = at + figure.surface_offset;
            placed.push(Placed {
                figure: i,
                start,
                end: start + figure.quantity.text.len(),
            });
            cursor = at + figure.surface.len();
        }
    }
    Clause {
        line,
        text,
        figures: placed,
    }
}

/// The first occurrence of `needle` in `haystack` at or after `from` that does not sit
/// inside a longer number (`1` is not found in `100`).
fn find_number(haystack: &str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut at = from;
    while let Some(found) = haystack.get(at..)?.find(needle) {
        let start = at + found;
        let end = start + needle.len();
        let glued = |c: char| c.is_ascii_digit() || c == '.';
        let before = haystack[..start].chars().next_back().is_some_and(glued);
        let after = haystack[end..].chars().next().is_some_and(glued)
            && needle.ends_with(|c: char| c.is_ascii_digit());
        if !before && !after {
            return Some(start);
        }
        at = start + needle.chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_found_standing_alone() {
        let clause = "“1”为共性清单,“100”为41个陆域和59个海域";
        let at = find_number(clause, "100", 0).expect("found");
        assert_eq!(&clause[at..at + 3], "100");
        let one = find_number(clause, "1", 0).expect("found");
        assert_eq!(&clause[one - 3..one], "“");
        assert_eq!(find_number("1000", "100", 0), None);
        assert_eq!(find_number("2.5", "5", 0), None);
    }

    #[test]
    fn count_units_are_counter_words() {
        assert!(counts_whole_things("件"));
        assert!(counts_whole_things("家次"));
        assert!(!counts_whole_things("吨"));
        assert!(!counts_whole_things("%"));
    }
}
