//! `share-over-100`: a share (比例, 占比, 达标率, 覆盖率…) cannot exceed 100%. Ratios that
//! may — a completion ratio (完成比例 109.6%), a growth rate — are named by their words
//! and left alone.

use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;
use crate::model::Comparator;

pub const CHECK: Check = Check {
    code: "share-over-100",
    summary: "a share (比例, 率) above 100% where it is not a completion or growth ratio",
    run,
};

/// Words that make a percentage a share of a whole.
const SHARE_WORDS: &[&str] = &["比例", "占比", "比重", "比率", "率"];

/// Words of ratios that may exceed 100: completion against a plan, growth, multiples.
const MAY_EXCEED: &[&str] = &[
    "完成", "增长", "增速", "增幅", "涨幅", "降幅", "提高", "上升", "下降", "超额", "同比", "环比",
    "倍", "负荷",
];

/// Whether an indicator name names a share of a whole.
pub fn is_share(name: &str) -> bool {
    SHARE_WORDS.iter().any(|w| name.contains(w)) && !MAY_EXCEED.iter().any(|w| name.contains(w))
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
