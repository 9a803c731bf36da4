//! Does NEW's own stated year-on-year change agree with OLD's value? Every printed
//! number stands for an interval, by the one rounding rule of [`crate::interval`]: a
//! figure is rounded to its last printed digit (`95.1` is `[95.05, 95.15]`, `+1.7pp` is
//! `[1.65, 1.75]`, `100吨` is `[99.5, 100.5]`), a count of whole things is exact. The
//! change OLD and NEW imply is an interval too; the statement is consistent when the
//! two intervals meet. A cross-report check that no reader does by hand.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::interval::{Interval, percent_change};
use crate::lexicon::units::counts_whole_things;
use crate::model::{Comparator, Direction, Indicator};
use crate::render::number::{signed, signed_change};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsistencyVerdict {
    Consistent,
    Inconsistent,
    /// NEW states no change for this indicator.
    NoStatedChange,
    /// The change cannot be checked against OLD (other year, other unit, a bound).
    NotApplicable,
}

impl ConsistencyVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsistencyVerdict::Consistent => "consistent",
            ConsistencyVerdict::Inconsistent => "inconsistent",
            ConsistencyVerdict::NoStatedChange => "no stated change",
            ConsistencyVerdict::NotApplicable => "n/a",
        }
    }
}

/// The verdict with what it compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consistency {
    pub verdict: ConsistencyVerdict,
    /// NEW's stated change (`+1.7pp`).
    pub stated: Option<String>,
    /// The change OLD's and NEW's values give, at the stated precision (`+1.7pp`).
    pub computed: Option<String>,
    /// Why the check does not apply.
    pub note: Option<String>,
}

impl Consistency {
    pub fn not_applicable(note: &str) -> Consistency {
        Consistency {
            verdict: ConsistencyVerdict::NotApplicable,
            stated: None,
            computed: None,
            note: Some(note.to_string()),
        }
    }
}

/// Checks NEW's stated change against OLD's value; `years` are the report years of OLD
/// and NEW, when known.
pub fn consistency(
    old: &Indicator,
    new: &Indicator,
    years: (Option<i32>, Option<i32>),
) -> Consistency {
    let Some(change) = &new.change else {
        return Consistency {
            verdict: ConsistencyVerdict::NoStatedChange,
            stated: None,
            computed: None,
            note: None,
        };
    };
    if change.kind != "yoy" {
        return Consistency::not_applicable("NEW's change is not year-on-year");
    }
    if let (Some(old_year), Some(new_year)) = years
        && new_year - old_year != 1
    {
        return Consistency::not_applicable(&format!(
            "OLD is about {old_year}, not the year before {new_year}"
        ));
    }
    let exact = |c: Comparator| matches!(c, Comparator::Eq | Comparator::Approx);
    if !exact(old.quantity.comparator) || !exact(new.quantity.comparator) {
        return Consistency::not_applicable("a bound, not a value");
    }
    let Some(old_span) = old_in_new_unit(old, new) else {
        return Consistency::not_applicable("OLD and NEW are in units that do not convert");
    };
    let new_span = Interval::written(new.quantity.value, counts_whole_things(&new.quantity.unit));
    // `%` is relative (`增长149.35%`), `个百分点` (pp) and units are absolute
    let relative = change.unit == "%";
    let computed_span = if relative {
        if old_span.lo <= Decimal::ZERO {
            return Consistency::not_applicable("OLD is zero: no relative change");
        }
        new_span.percent_change_from(old_span)
    } else if change.unit == "pp" || change.unit == new.quantity.unit {
        new_span.checked_sub(old_span)
    } else {
        return Consistency::not_applicable("the change is in another unit than the value");
    };
    let Some(computed_span) = computed_span else {
        return Consistency::not_applicable("the change is out of range");
    };
    let signed_change_value = match change.direction {
        Direction::Up => change.value,
        Direction::Down => -change.value,
        Direction::Flat => Decimal::ZERO,
    };
    let old_value = old_span.midpoint();
    let point = if relative {
        percent_change(new.quantity.value, old_value)
    } else {
        new.quantity.value.checked_sub(old_value)
    };
    let Some(point) = point else {
        return Consistency::not_applicable("the change is out of range");
    };
    let stated_span = Interval::written(signed_change_value, counts_whole_things(&change.unit));
    let verdict = if stated_span.overlaps(computed_span) {
        ConsistencyVerdict::Consistent
    } else {
        ConsistencyVerdict::Inconsistent
    };
    Consistency {
        verdict,
        stated: Some(signed_change(change)),
        computed: Some(signed(point.round_dp(change.value.scale()), &change.unit)),
        note: None,
    }
}

/// OLD's printed value as an interval in NEW's written unit.
fn old_in_new_unit(old: &Indicator, new: &Indicator) -> Option<Interval> {
    let written = Interval::written(old.quantity.value, counts_whole_things(&old.quantity.unit));
    if old.quantity.unit == new.quantity.unit {
        return Some(written);
    }
    if old.quantity.base_unit != new.quantity.base_unit
        || new.quantity.base_value.is_zero()
        || old.quantity.value.is_zero()
    {
        return None;
    }
    // factor from OLD's written unit to NEW's written unit, through the base unit
    let old_factor = old.quantity.base_value.checked_div(old.quantity.value)?;
    let new_factor = new.quantity.base_value.checked_div(new.quantity.value)?;
    written.scaled(old_factor.checked_div(new_factor)?)
}
