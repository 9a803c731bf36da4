//! `prior-not-integer`: a count with a year-on-year change in % implies last year's
//! count, `value / (1 ± change)`. Given the rounding of the printed percentage, that
//! prior lies in an interval; a count must be a whole number, so an interval with no
//! integer means one of the figures is wrong (`192件, +149.35%` → 77件: holds).

use rust_decimal::Decimal;

use super::{Audit, Check, Figure, Finding, Verdict};
use crate::interval::{Interval, show, show_dp};
use crate::model::{Change, Direction};

pub const CHECK: Check = Check {
    code: "prior-not-integer",
    summary: "a count whose year-on-year change implies a fractional prior count",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    audit.figures.iter().filter_map(check).collect()
}

/// The prior values implied by a value and its percentage change: the interval over the
/// rounding of the printed percentage, and the quotient of the printed figures.
pub fn implied_prior(value: Decimal, change: &Change) -> Option<(Interval, Decimal)> {
    let sign = match change.direction {
        Direction::Up => Decimal::ONE,
        Direction::Down => -Decimal::ONE,
        Direction::Flat => return None,
    };
    let percent = Interval::printed(change.value);
    let factor = |p: Decimal| Decimal::ONE.checked_add(sign * p / Decimal::ONE_HUNDRED);
    let (lo, hi) = (factor(percent.lo)?, factor(percent.hi)?);
    let prior = Interval::exact(value).checked_div(Interval::spanning(lo, hi))?;
    Some((prior, value.checked_div(factor(change.value)?)?))
}

fn check(figure: &Figure<'_>) -> Option<Finding> {
    let indicator = figure.indicator?;
    let change = indicator.change.as_ref()?;
    // A count written with a scale (`12万人次`) is rounded to it: no whole prior follows.
    let scaled = figure.quantity.value != figure.quantity.base_value;
    if change.unit != "%" || !figure.is_count() || scaled || figure.written_interval().is_none() {
        return None;
    }
    let (prior, exact) = implied_prior(figure.quantity.value, change)?;
    let year = change
        .base_year(indicator.period)
        .map_or(String::from("prior"), |y| y.to_string());
    let arithmetic = format!(
        "{} / (1 {} {}%) = {}",
        show(figure.quantity.value),
        if change.direction == Direction::Up {
            '+'
        } else {
            '−'
        },
        show(change.value),
        show_dp(exact, 4)
    );
    let rounding = format!(
        "with {}% in {}, the {year} count lies in {}",
        show(change.value),
        Interval::printed(change.value),
        prior.rounded(3)
    );
    let finding = match prior.integers() {
        Some((lo, hi)) if lo == hi => Finding::at(
            CHECK.code,
            Verdict::Holds,
            figure,
            format!("implied {year} count: {}{}", show(lo), figure.quantity.unit),
        ),
        Some((lo, hi)) => Finding::at(
            CHECK.code,
            Verdict::Holds,
            figure,
            format!(
                "implied {year} count: {}…{}{}",
                show(lo),
                show(hi),
                figure.quantity.unit
            ),
        ),
        None => Finding::at(
            CHECK.code,
            Verdict::Warning,
            figure,
            format!(
                "implied {year} count is not a whole number: {}",
                show_dp(exact, 2)
            ),
        ),
    };
    Some(finding.note(arithmetic).note(rounding))
}
