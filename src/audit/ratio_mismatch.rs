//! `ratio-mismatch`: a ratio stated after the two figures it relates must equal their
//! quotient within rounding (`计划投资6.82亿元、完成7.48亿元,完成比例达109.6%`: the exact
//! 109.68% would print as 109.7%, so 109.6% holds only within the rounding of 7.48 and
//! 6.82 — said in a note). The ratio's own word (`完成` in `完成比例`) must name the second
//! figure, so a rate that merely follows two amounts is not taken for their quotient.

use rust_decimal::Decimal;

use super::{Audit, Check, Figure, Finding, Verdict};
use crate::interval::{show, show_dp};
use crate::lexicon::is_han;

pub const CHECK: Check = Check {
    code: "ratio-mismatch",
    summary: "a stated ratio that is not the quotient of the two figures before it",
    run,
};

const RATIO_WORDS: &[&str] = &["比例", "占比", "比重", "比率", "率"];
/// Ratio words that need no stem: a share of the first figure (`其中…,占比`).
const SHARE_OF_FIRST: &[&str] = &["占比", "比重"];

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    (0..audit.figures.len())
        .filter_map(|p| {
            let ratio = &audit.figures[p];
            if !ratio.is_percent() || ratio.indicator.is_none() {
                return None;
            }
            let (first, second) = operands(audit, p)?;
            Some(verdict(
                ratio,
                &audit.figures[first],
                &audit.figures[second],
            ))
        })
        .flatten()
        .collect()
}

/// The two figures a ratio relates: the two just before it in the same sentence, in one
/// unit, the second named by the ratio's own word.
fn operands(audit: &Audit<'_>, p: usize) -> Option<(usize, usize)> {
    let ratio = &audit.figures[p];
    let (line, at) = audit.line_place(p)?;
    let (first, second) = (*line.get(at.checked_sub(2)?)?, line[at - 1]);
    let (a, b) = (&audit.figures[first], &audit.figures[second]);
    let same_kind = a.quantity.base_unit == b.quantity.base_unit
        && !a.is_percent()
        && !a.quantity.base_unit.is_empty();
    if !same_kind || audit.sentence_ends_between(a, ratio) || !audit.count_alike(first, second) {
        return None;
    }
    let before = audit.words_before(p);
    let word = RATIO_WORDS.iter().find(|w| before.contains(*w))?;
    let stem = before[..before.find(word)?].trim_matches(|c: char| !is_han(c));
    let named = if stem.is_empty() {
        SHARE_OF_FIRST.contains(word)
    } else {
        audit.words_before(second).contains(stem)
    };
    named.then_some((first, second))
}

fn verdict(ratio: &Figure<'_>, first: &Figure<'_>, second: &Figure<'_>) -> Option<Finding> {
    let quotient = second.interval()?.checked_div(first.interval()?)?;
    let possible = quotient.scaled(Decimal::ONE_HUNDRED)?;
    let stated = ratio.interval()?;
    let exact = second
        .quantity
        .base_value
        .checked_div(first.quantity.base_value)?
        .checked_mul(Decimal::ONE_HUNDRED)?;
    let shown = exact.round_dp(ratio.quantity.value.scale());
    let expression = format!(
        "{} / {} = {}%",
        second.quantity.text,
        first.quantity.text,
        show_dp(exact, 2)
    );
    let (verdict, message) = if !possible.overlaps(stated) {
        (
            Verdict::Error,
            format!(
                "ratio does not hold: {expression}, not {}",
                ratio.quantity.text
            ),
        )
    } else if shown == ratio.quantity.value {
        (
            Verdict::Holds,
            format!("{} holds: {expression}", ratio.quantity.text),
        )
    } else {
        (
            Verdict::Note,
            format!(
                "{} holds only within rounding: {expression}, which prints as {}%",
                ratio.quantity.text,
                show(shown)
            ),
        )
    };
    let finding = Finding::at(CHECK.code, verdict, ratio, message).note(format!(
        "with {} in {} and {} in {}, the ratio lies in {}%",
        show(second.quantity.value),
        second.written_interval()?,
        show(first.quantity.value),
        first.written_interval()?,
        possible.rounded(2)
    ));
    Some(finding)
}
