//! `change-direction`: a change whose direction contradicts its word — `下降` read as a
//! rise, or `增长-5%` whose sign says the opposite of the word.

use super::{Audit, Check, Finding, Verdict};
use crate::model::Direction;

pub const CHECK: Check = Check {
    code: "change-direction",
    summary: "a change whose direction or sign contradicts its word (增长, 下降…)",
    run,
};

const UP_WORDS: &[&str] = &[
    "提升", "上升", "增长", "增加", "提高", "升高", "增多", "上涨", "扩大", "多",
];
const DOWN_WORDS: &[&str] = &[
    "下降", "减少", "降低", "减小", "回落", "下跌", "缩小", "削减", "减排", "少",
];

/// The direction the change's word states, if it states exactly one.
pub fn word_direction(text: &str) -> Option<Direction> {
    if text.contains("负增长") {
        return Some(Direction::Down);
    }
    let up = UP_WORDS.iter().any(|w| text.contains(w));
    let down = DOWN_WORDS.iter().any(|w| text.contains(w));
    match (up, down) {
        (true, false) => Some(Direction::Up),
        (false, true) => Some(Direction::Down),
        _ if text.contains("持平") => Some(Direction::Flat),
        _ => None,
    }
}

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for figure in &audit.figures {
        let Some(change) = figure.indicator.and_then(|i| i.change.as_ref()) else {
            continue;
        };
        let Some(word) = word_direction(&change.text) else {
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
