//! `part-exceeds-whole`: some of a whole (`其中`, a locative `中`) cannot be more than the
//! whole (`101件…(其中重点件14件)`: 14 ≤ 101; `18天污染天气中…17天`: 17 ≤ 18).

use super::parts::{self, Arithmetic, Relation};
use super::{Audit, Check, Finding, Verdict};

pub const CHECK: Check = Check {
    code: "part-exceeds-whole",
    summary: "a part (其中, 中) larger than its whole",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    parts::findings(audit, Relation::Subset, CHECK.code, judge)
}

fn judge(a: &Arithmetic<'_>) -> (Verdict, String) {
    if a.sum.lo > a.stated.hi {
        let message = format!(
            "part exceeds its whole: {} > {}",
            a.expression, a.whole.quantity.text
        );
        (Verdict::Error, message)
    } else {
        let message = format!("{} ≤ {} holds", a.expression, a.whole.quantity.text);
        (Verdict::Holds, message)
    }
}
