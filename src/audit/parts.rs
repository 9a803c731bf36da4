//! Parts and wholes inside one clause, read from the words between figures: a whole
//! followed by a copula and an enumeration (`“100”为41个陆域和59个海域`), parts followed
//! by a total (`新建3座和改建2座共5座`), or a subset introduced by `其中` or a locative `中`
//! (`101件…(其中重点件14件)`, `18天污染天气中…17天`). Shared by `sum-mismatch` and
//! `part-exceeds-whole`.

use rust_decimal::Decimal;

use super::{Audit, Clause, Figure, Finding, Verdict};
use crate::interval::{Interval, show};
use crate::lexicon::audit_words::{PartWords, audit_words};
use crate::lexicon::is_han;

/// How the parts relate to the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The parts enumerate the whole: their sum equals it.
    Exhaustive,
    /// The parts are some of the whole: their sum is at most the whole.
    Subset,
}

/// A whole and its parts (indices into [`Audit::figures`]).
#[derive(Debug, Clone)]
pub struct PartsOfWhole {
    pub whole: usize,
    pub parts: Vec<usize>,
    pub relation: Relation,
}

/// The words of parts and wholes (`lexicon/audit.toml`).
fn words() -> &'static PartWords {
    &audit_words().parts
}

/// Every part-whole statement of the report.
pub fn parts_of_wholes(audit: &Audit<'_>) -> Vec<PartsOfWhole> {
    let mut found = Vec::new();
    for clause in &audit.clauses {
        for i in 0..clause.figures.len() {
            found.extend(whole_then_parts(audit, clause, i));
            found.extend(parts_then_total(audit, clause, i));
        }
        found.extend(parts_of_previous_clause(audit, clause));
    }
    found
}

/// The arithmetic of one statement, for a check to judge.
#[derive(Debug, Clone)]
/// Everything is in the whole's written unit (`亿元` for `11.6亿元`), so messages read
/// like the report.
pub struct Arithmetic<'a> {
    pub whole: &'a Figure<'a>,
    /// The possible sums of the parts.
    pub sum: Interval,
    /// The exact sum of the printed parts.
    pub exact: Decimal,
    /// The possible values of the whole.
    pub stated: Interval,
    /// `41 + 59`.
    pub expression: String,
}

impl<'a> Arithmetic<'a> {
    fn of(audit: &'a Audit<'a>, statement: &PartsOfWhole) -> Option<Arithmetic<'a>> {
        let whole = &audit.figures[statement.whole];
        // Base units per written unit of the whole (1 for a bare number).
        let factor = if whole.quantity.value.is_zero() || whole.quantity.unit.is_empty() {
            Decimal::ONE
        } else {
            whole
                .quantity
                .base_value
                .checked_div(whole.quantity.value)?
        };
        let in_whole_unit = |p: &usize| audit.figures[*p].quantity.base_value.checked_div(factor);
        let parts: Vec<Decimal> = statement
            .parts
            .iter()
            .map(in_whole_unit)
            .collect::<Option<_>>()?;
        let exact = parts
            .iter()
            .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v))?;
        let expression = parts
            .iter()
            .map(|v| show(*v))
            .collect::<Vec<_>>()
            .join(" + ");
        Some(Arithmetic {
            whole,
            sum: sum_of_parts(audit, statement)?.scaled(Decimal::ONE.checked_div(factor)?)?,
            exact,
            stated: whole.written_interval()?,
            expression,
        })
    }
}

/// Findings of one check over the statements of one relation: `judge` gives the verdict
/// and message, this places them on the statement and adds the interval note.
pub fn findings(
    audit: &Audit<'_>,
    relation: Relation,
    code: &'static str,
    judge: impl Fn(&Arithmetic<'_>) -> (Verdict, String),
) -> Vec<Finding> {
    parts_of_wholes(audit)
        .iter()
        .filter(|s| s.relation == relation)
        .filter_map(|statement| {
            let arithmetic = Arithmetic::of(audit, statement)?;
            let (verdict, message) = judge(&arithmetic);
            let (line, column, length) = statement_span(audit, statement);
            Some(Finding {
                code,
                verdict,
                line,
                column,
                length,
                message,
                notes: vec![rounding_note(&arithmetic)],
            })
        })
        .collect()
}

/// What rounding allows: nothing for counts, the intervals for printed decimals.
fn rounding_note(a: &Arithmetic<'_>) -> String {
    if a.sum.lo == a.sum.hi && a.stated.lo == a.stated.hi {
        return "whole counts: no rounding to allow for".to_string();
    }
    format!(
        "with rounding, the parts add up to {}; the whole {} is {}",
        a.sum, a.whole.quantity.text, a.stated
    )
}

/// The sum of the parts, when every part is stated exactly enough to add.
fn sum_of_parts(audit: &Audit<'_>, statement: &PartsOfWhole) -> Option<Interval> {
    let mut parts = statement.parts.iter().map(|&p| audit.figures[p].interval());
    let first = parts.next()??;
    parts.try_fold(first, |sum, part| sum.checked_add(part?))
}

/// The span from the first to the last figure of the statement: (line, column, length).
fn statement_span(audit: &Audit<'_>, statement: &PartsOfWhole) -> (usize, usize, usize) {
    let all = std::iter::once(statement.whole).chain(statement.parts.iter().copied());
    let figures: Vec<&Figure<'_>> = all.map(|i| &audit.figures[i]).collect();
    let first = figures.iter().min_by_key(|f| f.quantity.column).copied();
    let last = figures.iter().max_by_key(|f| f.quantity.column).copied();
    match (first, last) {
        (Some(a), Some(b)) if a.quantity.line == b.quantity.line => (
            a.quantity.line,
            a.quantity.column,
            b.quantity.column + b.length() - a.quantity.column,
        ),
        _ => {
            let whole = &audit.figures[statement.whole];
            (whole.quantity.line, whole.quantity.column, whole.length())
        }
    }
}

fn whole_then_parts(audit: &Audit<'_>, clause: &Clause<'_>, i: usize) -> Option<PartsOfWhole> {
    let (w, f) = (
        clause.figures.get(i)?.figure,
        clause.figures.get(i + 1)?.figure,
    );
    let (whole, first) = (&audit.figures[w], &audit.figures[f]);
    if !fits(whole, first) || !audit.count_alike(w, f) {
        return None;
    }
    let mut relation = relation(
        clause.between(i),
        whole.quantity.base_unit == first.quantity.base_unit,
    )?;
    let k = enumeration_end(audit, clause, i + 1);
    if relation == Relation::Exhaustive && (k == i + 1 || open_list(clause.after(k))) {
        relation = Relation::Subset;
    }
    Some(PartsOfWhole {
        whole: clause.figures[i].figure,
        parts: clause.figures[i + 1..=k].iter().map(|p| p.figure).collect(),
        relation,
    })
}

/// What the words between a whole and its first part say: `其中` (after a comma too)
/// or a locative `中` in the same comma clause make a subset; a copula (`为`, `包括`)
/// right before the part, an enumeration.
fn relation(gap: &str, same_unit: bool) -> Option<Relation> {
    let gap = trim(gap);
    let last_piece = gap.rsplit(is_comma).next().unwrap_or(gap);
    let one_piece = last_piece.len() == gap.len();
    if trim(last_piece).starts_with("其中") || (one_piece && gap.contains("其中")) {
        return Some(Relation::Subset);
    }
    if one_piece && has_locative_zhong(gap) {
        return Some(Relation::Subset);
    }
    // `为41个陆域` (the count before its noun) or `为市级5.2亿元` (a short noun first).
    let copulas = &words().copulas;
    let copula_then_part = copulas.iter().any(|c| {
        let c = c.as_str();
        gap.ends_with(c)
            || gap
                .strip_prefix(c)
                .is_some_and(|noun| noun.chars().count() <= 4 && noun.chars().all(is_han))
    });
    (copulas.iter().any(|c| c == gap) || (same_unit && one_piece && copula_then_part))
        .then_some(Relation::Exhaustive)
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '\u{ff0c}')
}

/// A clause opening with `其中` lists parts of the last figure of the same unit before
/// it in the sentence: `超标天数69天,其中轻度污染57天、中度污染8天、重度污染4天`.
fn parts_of_previous_clause(audit: &Audit<'_>, clause: &Clause<'_>) -> Option<PartsOfWhole> {
    if !trim(clause.before(0)).starts_with("其中") {
        return None;
    }
    let first = clause.figures.first()?.figure;
    let part = &audit.figures[first];
    let (line, at) = audit.line_place(first)?;
    let whole = line[..at]
        .iter()
        .rev()
        .copied()
        .take_while(|&i| !audit.sentence_ends_between(&audit.figures[i], part))
        .find(|&i| audit.figures[i].quantity.base_unit == part.quantity.base_unit)?;
    if !fits(&audit.figures[whole], part) || !audit.count_alike(whole, first) {
        return None;
    }
    let k = enumeration_end(audit, clause, 0);
    Some(PartsOfWhole {
        whole,
        parts: clause.figures[..=k].iter().map(|p| p.figure).collect(),
        relation: Relation::Subset,
    })
}

/// The index of the last part of an enumeration starting at `first`: following figures
/// of the same unit joined by conjunctions (`41个陆域和59个海域`).
fn enumeration_end(audit: &Audit<'_>, clause: &Clause<'_>, first: usize) -> usize {
    let unit = audit.figures[clause.figures[first].figure]
        .quantity
        .base_unit
        .as_str();
    let mut k = first;
    while let Some(next) = clause.figures.get(k + 1) {
        if !joined(clause.between(k)) || audit.figures[next.figure].quantity.base_unit != unit {
            break;
        }
        k += 1;
    }
    k
}

fn parts_then_total(audit: &Audit<'_>, clause: &Clause<'_>, k: usize) -> Option<PartsOfWhole> {
    let total = &audit.figures[clause.figures.get(k)?.figure];
    let gap = trim(clause.between(k.checked_sub(1)?));
    if !words().totals.iter().any(|t| gap.starts_with(t.as_str())) || gap.chars().count() > 4 {
        return None;
    }
    let last = &audit.figures[clause.figures[k - 1].figure];
    if !fits(total, last) {
        return None;
    }
    let mut first = k - 1;
    while first > 0 {
        let unit = audit.figures[clause.figures[first - 1].figure]
            .quantity
            .base_unit
            .as_str();
        if !joined(clause.between(first - 1)) || unit != last.quantity.base_unit {
            break;
        }
        first -= 1;
    }
    (first < k - 1).then(|| PartsOfWhole {
        whole: clause.figures[k].figure,
        parts: clause.figures[first..k].iter().map(|p| p.figure).collect(),
        relation: Relation::Exhaustive,
    })
}

/// Whether two parts are joined by a conjunction (`陆域和`, `和改建`, `、`).
fn joined(gap: &str) -> bool {
    let gap = trim(gap);
    words()
        .conjunctions
        .iter()
        .any(|c| gap.starts_with(c.as_str()) || gap.ends_with(c.as_str()))
}

/// Whether the words after the last part leave the list open (`海域等单元`).
fn open_list(after: &str) -> bool {
    after
        .split(|c: char| c.is_ascii_punctuation() || "。,;、\u{ff0c}\u{ff1b}".contains(c))
        .next()
        .is_some_and(|words| words.contains('等'))
}

/// A whole and a part can be compared: same base unit, or a bare whole (`“100”`).
fn fits(whole: &Figure<'_>, part: &Figure<'_>) -> bool {
    !part.is_percent()
        && !whole.is_change()
        && !part.is_change()
        && !part.quantity.base_unit.is_empty()
        && (whole.quantity.base_unit == part.quantity.base_unit
            || whole.quantity.base_unit.is_empty())
}

fn trim(gap: &str) -> &str {
    gap.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '“' | '”' | '"' | '\'' | '(' | ')' | '\u{ff08}' | '\u{ff09}' | '「' | '」'
            )
    })
}

/// Whether the gap has a `中` meaning "among" (`污染天气中`), not a word like `集中`.
fn has_locative_zhong(gap: &str) -> bool {
    let chars: Vec<char> = gap.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        if c != '中' {
            return false;
        }
        let before: String = chars[i.saturating_sub(1)..=i].iter().collect();
        let after: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let not_locative = &words().not_locative;
        !not_locative.contains(&before) && !not_locative.contains(&after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locative_zhong_is_not_a_word_with_zhong() {
        assert!(has_locative_zhong("污染天气中臭氧超标高达"));
        assert!(!has_locative_zhong("集中式饮用水源地"));
        assert!(!has_locative_zhong("医疗废物处置中心"));
        assert!(!has_locative_zhong("中央督察"));
        assert!(has_locative_zhong("中有"));
    }

    #[test]
    fn trim_drops_quotes_and_brackets() {
        assert_eq!(trim("”为"), "为");
        assert_eq!(
            trim("督察组交办信访举报件(其中重点件"),
            "督察组交办信访举报件(其中重点件"
        );
    }
}
