//! `negative-count`: a count of things (件, 个, 家次…) cannot be negative.

use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;

pub const CHECK: Check = Check {
    code: "negative-count",
    summary: "a count of things below zero",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    audit
        .figures
        .iter()
        .filter(|f| f.indicator.is_some() && f.is_count() && f.quantity.value.is_sign_negative())
        .filter(|f| !f.quantity.value.is_zero())
        .map(|f| {
            Finding::at(
                CHECK.code,
                Verdict::Error,
                f,
                format!(
                    "negative count: {} is {}{}",
                    f.name(),
                    show(f.quantity.value),
                    f.quantity.unit
                ),
            )
        })
        .collect()
}
