//! Which mention of an indicator stands for the report, when it is mentioned several
//! times: one rule, read by check (a target's value), diff and compare (the row of a
//! comparison). A change with no level of its own never does: it carries the id of the
//! indicator it changes, but its number is no value of it.

use super::{Indicator, Report};

impl Report {
    /// The mentions that state a value of their indicator: all but the changes with no
    /// level of their own ([`Indicator::change_only`]).
    pub fn values(&self) -> impl Iterator<Item = &Indicator> {
        self.indicators.iter().filter(|i| !i.change_only)
    }

    /// The mention that stands for the report, among its [`values`](Report::values):
    /// one about the report's own year (else one without a year, else any); among
    /// those, one about the whole year before one about a part of it (`全年优良天数为201天`
    /// before `上半年…86天`), an achieved value before a goal (a target's stated value), a
    /// value compared with last year before a bare one; then the earliest.
    pub fn primary_mention(&self, id: &str) -> Option<&Indicator> {
        self.values()
            .filter(|i| i.id == id)
            .min_by_key(|i| self.mention_rank(i))
    }

    /// Orders mentions of one indicator: lower ranks stand for the report first.
    pub fn mention_rank(&self, indicator: &Indicator) -> (u8, bool, bool, bool, usize, usize) {
        let about = match (indicator.period, self.document.year) {
            (Some(p), Some(y)) if p == y => 0,
            (None, _) => 1,
            _ => 2,
        };
        let is_goal = indicator.role != super::Role::Actual
            || self.targets.iter().any(|t| {
                t.target.as_ref().is_some_and(|q| {
                    (q.line, q.column) == (indicator.quantity.line, indicator.quantity.column)
                })
            });
        (
            about,
            indicator.period_months.is_some(),
            is_goal,
            indicator.change.is_none(),
            indicator.quantity.line,
            indicator.quantity.column,
        )
    }
}
