//! `sum-mismatch`: parts that enumerate a whole must add up to it, within the rounding of
//! the printed figures (`“100”为41个陆域和59个海域`: 41 + 59 = 100).

use super::parts::{self, Arithmetic, Relation};
use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;

pub const CHECK: Check = Check {
    code: "sum-mismatch",
    summary: "parts that enumerate a whole do not add up to it",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    parts::findings(audit, Relation::Exhaustive, CHECK.code, judge)
}

fn judge(a: &Arithmetic<'_>) -> (Verdict, String) {
    let (expression, whole) = (&a.expression, a.whole);
    if !a.sum.overlaps(a.stated) {
        let message = format!(
            "parts do not add up: {expression} = {}, not {}",
            show(a.exact),
            whole.quantity.text
        );
        (Verdict::Error, message)
    } else if a.exact == whole.quantity.value {
        (
            Verdict::Holds,
            format!("{expression} = {} holds", show(whole.quantity.value)),
        )
    } else {
        let message = format!(
            "{expression} = {} holds only within rounding, against {}",
            show(a.exact),
            whole.quantity.text
        );
        (Verdict::Note, message)
    }
}
