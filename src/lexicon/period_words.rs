//! Words that place a value or a report in time (`lexicon/periods.toml`): a clause that
//! says when a value happened, and a title's plan and review words.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct PeriodWords {
    /// A clause after a value opening with one of these says when it happened.
    pub event_words: Vec<String>,
    pub title: TitleWords,
}

/// The words of a title's plan and review parts.
#[derive(Debug, Deserialize)]
pub struct TitleWords {
    pub plan_words: Vec<String>,
    pub review_words: Vec<String>,
    /// Before the plan words: the plan is for the next year.
    pub next_year: Vec<String>,
    /// Before the plan words: the plan is for the year reviewed.
    pub same_year: Vec<String>,
}

pub fn period_words() -> &'static PeriodWords {
    static WORDS: OnceLock<PeriodWords> = OnceLock::new();
    WORDS.get_or_init(|| super::lexicon_file!("periods"))
}
