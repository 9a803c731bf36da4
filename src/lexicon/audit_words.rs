//! The words the audit's checks read (`lexicon/audit.toml`): how a whole names its
//! parts, which days a share of good-air days counts, which shares may pass 100 %, what
//! a load is.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct AuditWords {
    pub parts: PartWords,
    pub rate_vs_days: DayWords,
    pub share_over_100: ShareWords,
    pub capacity_vs_load: LoadWords,
}

/// A whole and the parts it is made of.
#[derive(Debug, Deserialize)]
pub struct PartWords {
    pub copulas: Vec<String>,
    pub totals: Vec<String>,
    pub generic_counters: Vec<String>,
    pub conjunctions: Vec<String>,
    pub not_locative: Vec<String>,
}

/// Shares of days and counts of days.
#[derive(Debug, Deserialize)]
pub struct DayWords {
    pub day_rate_words: Vec<String>,
    pub air_words: Vec<String>,
    pub air_rate_words: Vec<String>,
    pub bad_day_words: Vec<String>,
    pub good_day_words: Vec<String>,
    pub copulas: Vec<char>,
    pub grades: Vec<String>,
    pub grade_extents: Vec<String>,
    pub pollutants: Vec<String>,
}

/// Shares of a whole, and ratios that may pass 100 %.
#[derive(Debug, Deserialize)]
pub struct ShareWords {
    pub share_words: Vec<String>,
    pub may_exceed: Vec<String>,
}

/// Loads a capacity serves.
#[derive(Debug, Deserialize)]
pub struct LoadWords {
    pub load_words: Vec<String>,
}

super::lexicon_words!(pub fn audit_words() -> AuditWords = "audit");
