//! `change-direction`: a change whose direction contradicts its word — `下降` read as a
//! rise, or `增长-5%` whose sign says the opposite of the word.

use super::{Audit, Check, Finding, Verdict};
use crate::lexicon::changes::stated_direction;
use crate::model::Direction;

pub const CHECK: Check = Check {
    code: "change-direction",
    summary: "a change whose direction or sign contradicts its word (增长, 下降…)",
    run,
};

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for figure in &audit.figures {
        let Some(change) = figure.indicator.and_then(|i| i.change.as_ref()) else {
            continue;
        };
        let Some(word) = stated_direction(&change.text) else {
            continue;
        };
        let negative_figure = change.text.contains(['-', '−']);
        // A negative figure turns the word's direction (`增长-10.9个百分点` is read as
        // down): the finding is the disagreement of word and sign.
        let message = if negative_figure && word != Direction::Flat {
            format!(
                "`{}`: the word says {}, the negative figure says the opposite",
                change.text,
                label(word)
            )
        } else if word != change.direction && word != Direction::Flat {
            format!(
                "`{}` says {}, but the change was read as {}",
                change.text,
                label(word),
                label(change.direction)
            )
        } else {
            continue;
        };
        findings.push(
            Finding::at(CHECK.code, Verdict::Warning, figure, message)
                .note("a change's word and its sign must agree"),
        );
    }
    findings
}

fn label(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "up",
        Direction::Down => "down",
        Direction::Flat => "flat",
    }
}
