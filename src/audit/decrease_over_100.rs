//! `decrease-over-100`: a quantity that cannot go below zero cannot fall by more than
//! 100% (`下降120%`).

use rust_decimal::Decimal;

use super::{Audit, Check, Finding, Verdict};
use crate::interval::show;
use crate::model::Direction;

pub const CHECK: Check = Check {
    code: "decrease-over-100",
    summary: "a fall of more than 100%",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    audit
        .figures
        .iter()
        .filter(|f| !f.quantity.value.is_sign_negative())
        .filter_map(|f| {
            let change = f.indicator?.change.as_ref()?;
            let over = change.direction == Direction::Down
                && change.unit == "%"
                && change.value > Decimal::ONE_HUNDRED;
            over.then(|| {
                Finding::at(
                    CHECK.code,
                    Verdict::Error,
                    f,
                    format!(
                        "`{}`: a fall of {}% would leave less than nothing",
                        change.text,
                        show(change.value)
                    ),
                )
            })
        })
        .collect()
}
