//! The token pass: every number-like token becomes a quantity, a classified non-quantity,
//! or is left unaccounted — in one pass, so nothing is dropped silently.

use super::classify::{self, Span};
use super::number::{Form, NumberToken, Script};
use super::quantity::{self, Found};
use super::table;
use crate::model::NonQuantityKind;
use crate::text::{IndexedText, Segmented};

/// What became of one token.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Index into the found quantities.
    Quantity(usize),
    /// A non-quantity, with the byte range that explains it (`2021年`, `“十四五”`).
    NonQuantity(NonQuantityKind, std::ops::Range<usize>),
    /// Digits that do not fit a number (`99999…` past 28 digits, `一一一一`).
    OutOfRange,
    /// Neither a quantity nor a classified non-quantity: a finding for the coverage check.
    Unaccounted,
}

/// The result of the token pass.
#[derive(Debug, Clone, Default)]
pub struct Scanned {
    pub tokens: Vec<NumberToken>,
    pub status: Vec<Status>,
    pub found: Vec<Found>,
    /// The cells of the text's tables.
    pub cells: Vec<table::Cell>,
}

impl Scanned {
    /// The changes stated in table columns: (change, quantity it changes) as indices
    /// into the found quantities.
    pub fn table_changes(&self, text: &str) -> Vec<(usize, usize)> {
        table::changes(text, &self.cells, &self.tokens, |i| {
            match self.status.get(i) {
                Some(Status::Quantity(q)) => Some(*q),
                _ => None,
            }
        })
    }
}

/// Classifies every token of the text.
pub fn scan(text: &IndexedText, segmented: &Segmented, roc: bool) -> Scanned {
    let tokens = super::number::scan(text);
    let page = Page {
        text,
        tokens: &tokens,
        spans: classify::spans(text, segmented, roc),
        cells: table::cells(text),
    };
    let mut status: Vec<Status> = Vec::with_capacity(tokens.len());
    let mut found: Vec<Found> = Vec::new();
    for i in 0..tokens.len() {
        let s = classify_token(&page, i, &mut found, &status);
        status.push(s);
    }
    quantity::mark_ranges(text, &mut found);
    let cells = page.cells;
    Scanned {
        tokens,
        status,
        found,
        cells,
    }
}

/// What the token pass reads each token against.
struct Page<'a> {
    text: &'a IndexedText<'a>,
    tokens: &'a [NumberToken],
    spans: Vec<Span>,
    cells: Vec<table::Cell>,
}

fn classify_token(page: &Page, i: usize, found: &mut Vec<Found>, earlier: &[Status]) -> Status {
    let (text, tokens, spans) = (page.text, page.tokens, page.spans.as_slice());
    let token = &tokens[i];
    if let Some(unit) = inside_unit(token, found.last()) {
        return Status::NonQuantity(NonQuantityKind::Unit, unit);
    }
    if is_overlong_numeral(text, token) || underflows(text, token) {
        return Status::OutOfRange;
    }
    let built = token
        .value
        .and_then(|value| quantity::build(text, token, value));
    if let Some(span) = classify::span_of(spans, token)
        && !(span.yields_to_unit && built.is_some() && token.script == Script::Arabic)
    {
        return Status::NonQuantity(span.kind, span.range.clone());
    }
    let Some(value) = token
        .value
        .filter(|&v| built.is_some() || !quantity::base_overflows(text, token, v))
    else {
        return if token.script == Script::Arabic || token.value.is_some() {
            Status::OutOfRange
        } else {
            Status::NonQuantity(NonQuantityKind::Word, token.start..token.end)
        };
    };
    if token.script == Script::Arabic && classify::is_code(text, token) {
        return Status::NonQuantity(NonQuantityKind::Code, token.start..token.end);
    }
    if let Some(cell) = table::cell_of(&page.cells, text, token) {
        if cell.rank {
            return Status::NonQuantity(NonQuantityKind::Ordinal, cell.range.clone());
        }
        if let Some(q) = table::quantity(cell, value) {
            found.push(q);
            return Status::Quantity(found.len() - 1);
        }
    }
    let quantity = built
        .filter(|_| accept_chinese(text, token))
        .or_else(|| unitless(page, i, value, found, earlier));
    match quantity {
        Some(mut q) => {
            // A comparator word before it never reaches back into the previous one.
            if let Some(previous) = found.last() {
                q.span.start = q.span.start.max(previous.span.end);
            }
            found.push(q);
            Status::Quantity(found.len() - 1)
        }
        None if token.script == Script::Arabic => Status::Unaccounted,
        // A numeral that does not count anything is part of a word (`三厂`, `一批`).
        None => Status::NonQuantity(NonQuantityKind::Word, token.start..token.end),
    }
}

/// A number written without a unit: it takes the unit of its list (written after the
/// last item, or spelled before the first: `百分之三十八点五、二十七点七`), or stands as a
/// bare value.
fn unitless(
    page: &Page,
    i: usize,
    value: rust_decimal::Decimal,
    found: &[Found],
    earlier: &[Status],
) -> Option<Found> {
    let (text, tokens) = (page.text, page.tokens);
    let token = &tokens[i];
    let previous = list_neighbour(text, tokens, i, earlier, found);
    unit_ahead(text, tokens, i, &page.spans)
        .and_then(|next| quantity::take_unit(text, token, value, &next))
        .or_else(|| {
            let p = previous.filter(|p| p.unit_spelled)?;
            quantity::take_unit(text, token, value, p.found)
        })
        .or_else(|| {
            let in_list = previous.is_some_and(|p| p.found.unit.is_empty());
            quantity::bare(text, token, value, in_list)
        })
}

/// The quantity just before a token in the same list or range, if there is one.
#[derive(Clone, Copy)]
struct Neighbour<'a> {
    found: &'a Found,
    /// Its unit was spelled before the number (`百分之三十八点五、二十七点七`), so it
    /// carries over to the next items.
    unit_spelled: bool,
}

fn list_neighbour<'a>(
    text: &str,
    tokens: &[NumberToken],
    i: usize,
    earlier: &[Status],
    found: &'a [Found],
) -> Option<Neighbour<'a>> {
    let p = i.checked_sub(1)?;
    let Status::Quantity(q) = earlier.get(p)? else {
        return None;
    };
    let q = found.get(*q)?;
    quantity::connected(text, q.span.end, tokens[i].start).then(|| {
        let spelled = matches!(tokens[p].form, Form::Per(_))
            || (tokens[p].form == Form::Plain && q.span.end == tokens[p].end && !q.unit.is_empty());
        Neighbour {
            found: q,
            unit_spelled: spelled,
        }
    })
}

/// Most items a list can have before the one that writes the shared unit.
const MAX_LIST: usize = 12;

/// The first later number of the same list or range that has a unit of its own:
/// `八、三十四、三十七、二十微克每立方米` gives `微克每立方米` to all four.
fn unit_ahead(
    text: &IndexedText,
    tokens: &[NumberToken],
    i: usize,
    spans: &[Span],
) -> Option<Found> {
    let mut end = tokens[i].end;
    for next in tokens.iter().skip(i + 1).take(MAX_LIST) {
        if next.form != Form::Plain
            || !quantity::connected(text, end, next.start)
            || classify::span_of(spans, next).is_some()
        {
            return None;
        }
        if let Some(q) = quantity::build(text, next, next.value?) {
            return Some(q);
        }
        end = next.end;
    }
    None
}

/// The unit a token is written inside: digits after a quantity's number that its unit
/// took (`10m2处`: the `2` of `m2`; `12.5m3万吨`: the `3` of `m3`; `吨/(平方公里·30天)`). Quantities are found
/// in text order, so only the last one can hold the token; keeping the token out makes
/// the quantities' spans disjoint and ordered, which naming relies on.
fn inside_unit(token: &NumberToken, previous: Option<&Found>) -> Option<std::ops::Range<usize>> {
    previous
        .filter(|q| token.start < q.span.end)
        .map(|q| q.number.end..q.span.end)
}

/// Digits that are not zero but read as 0: more decimal places than a decimal keeps
/// (`0.000…0001` past 28 places). Taken as 0 they would be a wrong value.
fn underflows(text: &str, token: &NumberToken) -> bool {
    token.value.is_some_and(|v| v.is_zero())
        && text[token.start..token.end]
            .bytes()
            .any(|b| matches!(b, b'1'..=b'9'))
}

/// Longest run of Chinese numerals that can still be a number: 九千九百九十九万九千九百
/// 九十九亿… spells every position up to 10^16 in under this many characters.
const MAX_NUMERAL_CHARS: usize = 40;

/// A run of numerals that no number is written as (`一一一一…` over a line): reported as
/// out of range rather than passed over as a word.
fn is_overlong_numeral(text: &str, token: &NumberToken) -> bool {
    token.script != Script::Arabic
        && token.value.is_none()
        && text[token.start..token.end].chars().count() > MAX_NUMERAL_CHARS
}

/// A Chinese numeral with a unit is a quantity, whatever the unit measures (`五点五万`
/// too); a lone `一` is an article (`一批重点项目`, `提升一个台阶`) unless it stands where
/// a value is stated (`仅一天`) or is the size of a change (`较上年减少一天`).
fn accept_chinese(text: &IndexedText, token: &NumberToken) -> bool {
    token.script != Script::Chinese
        || &text[token.start..token.end] != "一"
        || quantity::in_value_slot(text, token.start)
        || super::change::ends_with_compared_change(quantity::clause_before(text, token.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statuses(text: &str) -> Vec<(String, String)> {
        let text = &IndexedText::new(text);
        let s = scan(text, &Segmented::default(), false);
        s.tokens
            .iter()
            .zip(&s.status)
            .map(|(t, st)| {
                let label = match st {
                    Status::Quantity(q) => format!("{} {}", s.found[*q].value, s.found[*q].unit),
                    Status::NonQuantity(kind, _) => format!("{kind:?}"),
                    other => format!("{other:?}"),
                };
                (text[t.start..t.end].to_string(), label)
            })
            .collect()
    }

    #[test]
    fn every_token_gets_a_status() {
        let got =
            statuses("2021年处罚环境违法案件192件,六项大气污染物全面达标,第二轮督察,一批项目。");
        let want = [
            ("2021", "Year"),
            ("192", "192 件"),
            ("六", "6 项"),
            ("二", "Ordinal"),
            ("一", "Word"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn list_inherits_unit() {
        let got = statuses("同比分别提高50和66.7个百分点");
        assert_eq!(got[0].1, "50 个百分点");
    }

    #[test]
    fn unexplained_digits_are_unaccounted() {
        let got = statuses("编号3847号文件");
        assert_eq!(got[0].1, "Unaccounted");
    }

    #[test]
    fn digits_of_a_unit_are_part_of_it() {
        // These once made naming slice backwards between overlapping quantities.
        assert_eq!(
            statuses("扬尘监测点10m2处"),
            [("10".into(), "10 m2".into()), ("2".into(), "Unit".into())]
        );
        assert_eq!(
            statuses("2m3吨"),
            [("2".into(), "2 m3".into()), ("3".into(), "Unit".into())]
        );
        assert_eq!(
            statuses("12.5m3万吨"),
            [
                ("12.5".into(), "12.5 m3".into()),
                ("3".into(), "Unit".into())
            ]
        );
    }

    #[test]
    fn huge_numbers_are_out_of_range() {
        let text = format!("{}亿元", "9".repeat(40));
        assert_eq!(statuses(&text)[0].1, "OutOfRange");
        let tiny = format!("投资0.{}1亿元", "0".repeat(35));
        assert_eq!(statuses(&tiny)[0].1, "OutOfRange");
        assert_eq!(statuses("投资0.00亿元")[0].1, "0.00 亿元");
    }

    #[test]
    fn negative_examples_yield_no_quantity() {
        for example in classify::negative_examples() {
            let s = scan(&IndexedText::new(example), &Segmented::default(), false);
            assert!(s.found.is_empty(), "{example}: {:?}", statuses(example));
            assert!(
                !s.status.contains(&Status::Unaccounted),
                "{example}: {:?}",
                statuses(example)
            );
        }
    }
}
