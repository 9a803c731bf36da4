//! Words that place a value or a report in time (`lexicon/periods.toml`): a clause that
//! says when a value happened, the words of a plan, and a title's review words.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct PeriodWords {
    /// A clause after a value opening with one of these says when it happened.
    pub event_words: Vec<String>,
    /// Words of a plan, in a section title or a report's title.
    pub plan_words: Vec<String>,
    pub title: TitleWords,
}

/// The words of a title's review part and of when its plan is for.
#[derive(Debug, Deserialize)]
pub struct TitleWords {
    pub review_words: Vec<String>,
    /// A plan document (`实施方案`, `规划`).
    pub plan_documents: Vec<String>,
    /// Before the plan words: the plan is for the next year.
    pub next_year: Vec<String>,
    /// Before the plan words: the plan is for the year reviewed.
    pub same_year: Vec<String>,
}

super::lexicon_words!(pub fn period_words() -> PeriodWords = "periods");
