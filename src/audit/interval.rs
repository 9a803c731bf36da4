//! Rounding-aware interval arithmetic. A figure printed as `7.48` stands for any value
//! in [7.475, 7.485): cross-checks compute with the whole interval, so a statement is
//! only called wrong when no choice of the unrounded values makes it right. Intervals
//! are closed (a hair more generous than the half-open truth) and exact decimals, so no
//! float artefacts reach a message.

use std::fmt;
use std::ops::{Add, Sub};

use rust_decimal::Decimal;

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
    /// `7.48` → [7.475, 7.485], `100` → [99.5, 100.5].
    pub fn printed(value: Decimal) -> Interval {
        let half = half_unit(value);
        Interval {
            lo: value.saturating_sub(half),
            hi: value.saturating_add(half),
        }
    }

    /// Both bounds multiplied by a positive factor (a unit conversion).
    pub fn scaled(self, factor: Decimal) -> Interval {
        Interval::spanning(
            self.lo.saturating_mul(factor),
            self.hi.saturating_mul(factor),
        )
    }

    /// `self / other`, or `None` when `other` contains zero.
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

    fn spanning(a: Decimal, b: Decimal) -> Interval {
        Interval {
            lo: a.min(b),
            hi: a.max(b),
        }
    }
}

impl Add for Interval {
    type Output = Interval;

    fn add(self, other: Interval) -> Interval {
        Interval {
            lo: self.lo.saturating_add(other.lo),
            hi: self.hi.saturating_add(other.hi),
        }
    }
}

impl Sub for Interval {
    type Output = Interval;

    fn sub(self, other: Interval) -> Interval {
        Interval {
            lo: self.lo.saturating_sub(other.hi),
            hi: self.hi.saturating_sub(other.lo),
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

/// A decimal for a message: at most four decimals, no trailing zeros.
pub fn show(value: Decimal) -> String {
    value.round_dp(4).normalize().to_string()
}

/// A decimal rounded to `dp` decimals for a message (`109.677…` → `109.68`).
pub fn show_dp(value: Decimal, dp: u32) -> String {
    value.round_dp(dp).normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal literal")
    }

    #[test]
    fn printed_figure_covers_its_rounding() {
        assert_eq!(
            Interval::printed(d("7.48")),
            Interval {
                lo: d("7.475"),
                hi: d("7.485")
            }
        );
        assert_eq!(Interval::printed(d("100")).lo, d("99.5"));
        assert_eq!(Interval::printed(d("109.6")).hi, d("109.65"));
    }

    #[test]
    fn ratio_of_rounded_figures_spans_the_possible_quotients() {
        let q = Interval::printed(d("7.48"))
            .checked_div(Interval::printed(d("6.82")))
            .expect("non-zero divisor");
        assert!(q.contains(d("1.0953")) && q.contains(d("1.0983")));
        assert!(!q.contains(d("1.0952")) && !q.contains(d("1.0984")));
        assert!(
            Interval::exact(d("1"))
                .checked_div(Interval::printed(d("0")))
                .is_none()
        );
    }

    #[test]
    fn integers_inside() {
        let i = Interval {
            lo: d("76.998"),
            hi: d("77.0014"),
        };
        assert_eq!(i.integers(), Some((d("77"), d("77"))));
        let none = Interval {
            lo: d("77.39"),
            hi: d("77.41"),
        };
        assert_eq!(none.integers(), None);
    }

    #[test]
    fn sums_and_differences_widen() {
        let sum = Interval::exact(d("41")) + Interval::printed(d("59.0"));
        assert_eq!(sum.to_string(), "[99.95, 100.05]");
        let diff = Interval::exact(d("365")) - Interval::exact(d("18"));
        assert_eq!(diff, Interval::exact(d("347")));
    }
}
