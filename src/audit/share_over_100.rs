//! `share-over-100`: a share (比例, 占比, 达标率, 覆盖率…) cannot exceed 100%. Ratios that
//! may — a completion ratio (完成比例 109.6%), a growth rate — are named by their words
//! and left alone.

use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;
use crate::lexicon::audit_words::audit_words;
use crate::lexicon::words::contains_any;
use crate::model::Comparator;

pub const CHECK: Check = Check {
    code: "share-over-100",
    summary: "a share (比例, 率) above 100% where it is not a completion or growth ratio",
    run,
};

/// Whether an indicator name names a share of a whole.
pub fn is_share(name: &str) -> bool {
    let words = &audit_words().share_over_100;
    contains_any(name, &words.share_words) && !contains_any(name, &words.may_exceed)
}

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    let hundred = rust_decimal::Decimal::ONE_HUNDRED;
    audit
        .figures
        .iter()
        .filter(|f| f.is_percent() && is_share(f.name()))
        .filter(|f| match f.quantity.comparator {
            Comparator::Eq | Comparator::Ge | Comparator::Approx => f.quantity.value > hundred,
            Comparator::Gt => f.quantity.value >= hundred,
            Comparator::Le | Comparator::Lt => false,
        })
        .map(|f| {
            Finding::at(
                CHECK.code,
                Verdict::Error,
                f,
                format!(
                    "share above 100%: {} is {}%",
                    f.name(),
                    show(f.quantity.value)
                ),
            )
            .note("a share of a whole lies between 0% and 100%")
        })
        .collect()
}
