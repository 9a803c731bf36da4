//! Stated values and targets as intervals. A report's `90%以上` allows every value from
//! 90 up, so a target is met only when every value the report allows meets it, missed
//! when none does, and undetermined otherwise; open ends keep `>` apart from `>=`.

use rust_decimal::Decimal;

use super::Bound;
use super::eval::Verdict;
use crate::model::Comparator;

/// One end of an interval; `open` excludes the value itself.
#[derive(Debug, Clone, Copy)]
pub(crate) struct End {
    value: Decimal,
    open: bool,
}

/// A set of numbers between optional ends (`None` is unbounded).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Interval {
    lower: Option<End>,
    upper: Option<End>,
}

impl Interval {
    /// The values a report's statement allows: `90%以上` is `[90, ∞)`.
    pub(crate) fn stated(value: Decimal, comparator: Comparator) -> Interval {
        Interval::of_bound(match comparator {
            Comparator::Eq | Comparator::Approx => Bound::Equals(value),
            Comparator::Ge => Bound::AtLeast(value),
            Comparator::Gt => Bound::Above(value),
            Comparator::Le => Bound::AtMost(value),
            Comparator::Lt => Bound::Below(value),
        })
    }

    pub(crate) fn of_bound(bound: Bound) -> Interval {
        let end = |value, open| Some(End { value, open });
        match bound {
            Bound::AtLeast(v) => Interval {
                lower: end(v, false),
                upper: None,
            },
            Bound::Above(v) => Interval {
                lower: end(v, true),
                upper: None,
            },
            Bound::AtMost(v) => Interval {
                lower: None,
                upper: end(v, false),
            },
            Bound::Below(v) => Interval {
                lower: None,
                upper: end(v, true),
            },
            Bound::Equals(v) => Interval {
                lower: end(v, false),
                upper: end(v, false),
            },
            Bound::Between(a, b) => Interval {
                lower: end(a, false),
                upper: end(b, false),
            },
        }
    }

    /// Pass when self lies inside the target, fail when they do not meet.
    pub(crate) fn against(&self, target: &Interval) -> Verdict {
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
            Verdict::Pass
        } else if below || above {
            Verdict::Fail
        } else {
            Verdict::Undetermined
        }
    }
}
