//! Interval arithmetic on exact decimals, shared by audit, check and diff, so a printed
//! figure means the same thing to all three and no input can make a check panic.
//!
//! **Rounding, decided once.** A figure printed as `7.48` stands for every value that
//! rounds to it at its last written digit, [7.475, 7.485]; an integer is rounded the
//! same way (`100` is [99.5, 100.5]) unless it counts whole things (`192件`), which is
//! exact ([`Interval::written`] makes that choice). Bounds are closed, a hair more
//! generous than the half-open truth, so a statement is only called wrong when no
//! choice of unrounded values makes it right.
//!
//! **Checked.** Every operation that can overflow a decimal returns `None` instead of
//! panicking or saturating; a caller turns `None` into "cannot be checked".
//!
//! [`Range`] is the other shape: the possibly unbounded, possibly open set a stated
//! comparison allows (`90%以上` is [90, ∞)), compared with a target's range.

use std::fmt;

use rust_decimal::Decimal;

use crate::model::Comparator;

/// A closed interval of real values, `lo <= hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub lo: Decimal,
    pub hi: Decimal,
}

impl Interval {
    /// A value known exactly (a count of cases).
    pub fn exact(value: Decimal) -> Interval {
        Interval {
            lo: value,
            hi: value,
        }
    }

    /// The values that print as `value` when rounded to its written decimals:
    /// `7.48` → [7.475, 7.485], `100` → [99.5, 100.5]. At the edge of the decimal range
    /// the bound stays at the edge.
    pub fn printed(value: Decimal) -> Interval {
        let half = half_unit(value);
        Interval {
            lo: value.checked_sub(half).unwrap_or(value),
            hi: value.checked_add(half).unwrap_or(value),
        }
    }

    /// A figure as written: exact when it counts whole things and has no fraction,
    /// else [`Interval::printed`].
    pub fn written(value: Decimal, counts_whole_things: bool) -> Interval {
        if counts_whole_things && value.fract().is_zero() {
            Interval::exact(value)
        } else {
            Interval::printed(value)
        }
    }

    /// The interval between two values in either order.
    pub fn spanning(a: Decimal, b: Decimal) -> Interval {
        Interval {
            lo: a.min(b),
            hi: a.max(b),
        }
    }

    /// Both bounds multiplied by a factor (a unit conversion).
    pub fn scaled(self, factor: Decimal) -> Option<Interval> {
        Some(Interval::spanning(
            self.lo.checked_mul(factor)?,
            self.hi.checked_mul(factor)?,
        ))
    }

    /// Every sum of a value of `self` and a value of `other`.
    pub fn checked_add(self, other: Interval) -> Option<Interval> {
        Some(Interval {
            lo: self.lo.checked_add(other.lo)?,
            hi: self.hi.checked_add(other.hi)?,
        })
    }

    /// Every difference of a value of `self` and a value of `other`.
    pub fn checked_sub(self, other: Interval) -> Option<Interval> {
        Some(Interval {
            lo: self.lo.checked_sub(other.hi)?,
            hi: self.hi.checked_sub(other.lo)?,
        })
    }

    /// `self / other`, or `None` when `other` contains zero or a quotient overflows.
    pub fn checked_div(self, other: Interval) -> Option<Interval> {
        if other.lo <= Decimal::ZERO && other.hi >= Decimal::ZERO {
            return None;
        }
        let q = [
            self.lo.checked_div(other.lo)?,
            self.lo.checked_div(other.hi)?,
            self.hi.checked_div(other.lo)?,
            self.hi.checked_div(other.hi)?,
        ];
        let lo = q.iter().copied().fold(q[0], Decimal::min);
        let hi = q.iter().copied().fold(q[0], Decimal::max);
        Some(Interval { lo, hi })
    }

    /// The percent changes from a value of `old` to a value of `self`; `None` when
    /// `old` contains zero or a bound overflows.
    pub fn percent_change_from(self, old: Interval) -> Option<Interval> {
        if old.lo <= Decimal::ZERO && old.hi >= Decimal::ZERO {
            return None;
        }
        let ends = [
            percent_change(self.lo, old.lo)?,
            percent_change(self.lo, old.hi)?,
            percent_change(self.hi, old.lo)?,
            percent_change(self.hi, old.hi)?,
        ];
        let lo = ends.iter().copied().fold(ends[0], Decimal::min);
        let hi = ends.iter().copied().fold(ends[0], Decimal::max);
        Some(Interval { lo, hi })
    }

    /// The value halfway between the bounds (halves first, so it cannot overflow).
    pub fn midpoint(self) -> Decimal {
        self.lo / Decimal::TWO + self.hi / Decimal::TWO
    }

    /// Both bounds rounded to `dp` decimals, for a message.
    pub fn rounded(self, dp: u32) -> Interval {
        Interval {
            lo: self.lo.round_dp(dp),
            hi: self.hi.round_dp(dp),
        }
    }

    pub fn contains(self, value: Decimal) -> bool {
        self.lo <= value && value <= self.hi
    }

    pub fn overlaps(self, other: Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The integers inside the interval, as (first, last), or `None` if there are none.
    pub fn integers(self) -> Option<(Decimal, Decimal)> {
        let first = self.lo.ceil();
        let last = self.hi.floor();
        (first <= last).then_some((first, last))
    }

    /// For a sentence: `101` when exact, else `between 99.95 and 100.05`.
    pub fn describe(self) -> String {
        if self.lo == self.hi {
            show(self.lo)
        } else {
            format!("between {} and {}", show(self.lo), show(self.hi))
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.lo == self.hi {
            return f.write_str(&show(self.lo));
        }
        write!(f, "[{}, {}]", show(self.lo), show(self.hi))
    }
}

/// Half a unit of the last written digit: 0.005 for `7.48`, 0.5 for `100` (zero past
/// the precision of a decimal).
pub fn half_unit(value: Decimal) -> Decimal {
    Decimal::try_new(5, value.scale() + 1).unwrap_or(Decimal::ZERO)
}

/// `(new / old − 1) × 100`; `None` when OLD is zero or the result does not fit.
pub fn percent_change(new: Decimal, old: Decimal) -> Option<Decimal> {
    new.checked_div(old)?
        .checked_sub(Decimal::ONE)?
        .checked_mul(Decimal::ONE_HUNDRED)
}

/// A decimal for a message: at most four decimals, no trailing zeros.
pub fn show(value: Decimal) -> String {
    show_dp(value, 4)
}

/// A decimal rounded to `dp` decimals for a message (`109.677…` → `109.68`).
pub fn show_dp(value: Decimal, dp: u32) -> String {
    value.round_dp(dp).normalize().to_string()
}

/// One end of a [`Range`]; `open` excludes the value itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct End {
    pub value: Decimal,
    pub open: bool,
}

/// A set of numbers between optional ends (`None` is unbounded): what a stated
/// comparison allows, or what a target asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub lower: Option<End>,
    pub upper: Option<End>,
}

/// How a range lies against another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Every value of the one is in the other.
    Inside,
    /// No value of the one is in the other.
    Outside,
    /// Some are, some are not.
    Straddles,
}

impl Range {
    /// Between two ends, either of which may be missing or open.
    pub fn new(lower: Option<(Decimal, bool)>, upper: Option<(Decimal, bool)>) -> Range {
        let end = |(value, open)| End { value, open };
        Range {
            lower: lower.map(end),
            upper: upper.map(end),
        }
    }

    /// The values a report's statement allows: `90%以上` is `[90, ∞)`; `=` and `~`
    /// are the value itself.
    pub fn stated(value: Decimal, comparator: Comparator) -> Range {
        let at = Some((value, false));
        match comparator {
            Comparator::Eq | Comparator::Approx => Range::new(at, at),
            Comparator::Ge => Range::new(at, None),
            Comparator::Gt => Range::new(Some((value, true)), None),
            Comparator::Le => Range::new(None, at),
            Comparator::Lt => Range::new(None, Some((value, true))),
        }
    }

    /// Whether `self` lies inside `target`, outside it, or across its edge.
    pub fn against(&self, target: &Range) -> Relation {
        let inside_lower = target.lower.is_none_or(|t| {
            self.lower
                .is_some_and(|a| a.value > t.value || (a.value == t.value && (!t.open || a.open)))
        });
        let inside_upper = target.upper.is_none_or(|t| {
            self.upper
                .is_some_and(|a| a.value < t.value || (a.value == t.value && (!t.open || a.open)))
        });
        let below = match (target.lower, self.upper) {
            (Some(t), Some(a)) => a.value < t.value || (a.value == t.value && (t.open || a.open)),
            _ => false,
        };
        let above = match (target.upper, self.lower) {
            (Some(t), Some(a)) => a.value > t.value || (a.value == t.value && (t.open || a.open)),
            _ => false,
        };
        if inside_lower && inside_upper {
            Relation::Inside
        } else if below || above {
            Relation::Outside
        } else {
            Relation::Straddles
        }
    }
}

#[cfg(test)]
mod tests;
