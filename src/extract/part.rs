//! Which part of a report a place belongs to: the review of the year, the problems, or
//! the plan. Reports put these in sections found by their heading words (`四、2022年重点
//! 工作计划`, `三、存在问题`, `三、下半年工作打算`), never at a fixed position, so the part
//! is read from the titles of the sections around the place.

use std::ops::Range;

use super::cues::{contains_any, cues};
use crate::lexicon::period_words::period_words;
use crate::text::{SectionSpan, Segmented};

/// The part of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Review,
    Problems,
    Plan,
}

/// Whether a section title announces a plan (`2022年重点工作计划`) rather than a review of
/// one (`主要目标完成情况`).
pub fn is_plan_title(title: &str) -> bool {
    contains_any(title, &period_words().plan_words)
        && !contains_any(title, &cues().target.review_headings)
}

/// Whether a report's title names a plan (`2023年工作要点`, `碳达峰实施方案`).
pub fn is_plan_document(title: &str) -> bool {
    is_plan_title(title) || contains_any(title, &period_words().title.plan_documents)
}

fn is_problem_title(title: &str) -> bool {
    contains_any(title, &cues().project.problem_headings)
}

/// The sections whose heading or body contains `offset`, outermost first.
pub fn enclosing(segmented: &Segmented, offset: usize) -> Vec<&SectionSpan> {
    let mut chain = segmented.enclosing(offset);
    chain.reverse();
    chain
}

/// The plan, problem and review sections of a report, found once and asked for every
/// place.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    spans: Vec<(Range<usize>, Part)>,
    /// The document's title is a plan (`2023年工作要点`, `碳达峰实施方案`): all of it is
    /// plan but for its review sections.
    all_plan: bool,
}

impl Parts {
    pub fn new(segmented: &Segmented) -> Parts {
        let review_sections = &cues().target.review_sections;
        let spans = segmented
            .sections
            .iter()
            .filter_map(|s| {
                let title = &s.section.title;
                let part = if is_plan_title(title) {
                    Part::Plan
                } else if is_problem_title(title) {
                    Part::Problems
                } else if contains_any(title, review_sections) {
                    Part::Review
                } else {
                    return None;
                };
                Some((s.heading.start..s.body.end.max(s.heading.end), part))
            })
            .collect();
        let all_plan = segmented
            .document
            .title
            .as_deref()
            .is_some_and(is_plan_document);
        Parts { spans, all_plan }
    }

    /// The part of the report at `offset`: a plan section anywhere around it wins, then
    /// a problem section; a plan document is plan outside its review sections.
    pub fn at(&self, offset: usize) -> Part {
        let around = |part: Part| {
            self.spans
                .iter()
                .any(|(range, p)| *p == part && range.contains(&offset))
        };
        if around(Part::Plan) {
            Part::Plan
        } else if around(Part::Problems) {
            Part::Problems
        } else if self.all_plan && !around(Part::Review) {
            Part::Plan
        } else {
            Part::Review
        }
    }
}

/// The innermost section id at `offset`.
pub fn section_id_at(segmented: &Segmented, offset: usize) -> Option<String> {
    enclosing(segmented, offset)
        .last()
        .map(|s| s.section.id.clone())
}

/// Moves `start` past a section number it stands on (`(四)`, `一是`) and the white
/// space after it: a name or a target's text starts after the numbering.
pub fn skip_numbering(text: &str, segmented: &Segmented, mut start: usize) -> usize {
    // Sections are in reading order: the candidate is the last one starting at or
    // before `start`.
    let sections = &segmented.sections;
    let after = sections.partition_point(|s| s.number.start <= start);
    if let Some(section) = after
        .checked_sub(1)
        .and_then(|i| sections.get(i))
        .filter(|s| s.number.contains(&start))
    {
        start = section.number.end;
    }
    start + (text[start..].len() - text[start..].trim_start().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::normalize;
    use crate::text::segment;

    #[test]
    fn parts_follow_heading_words() {
        let text = "一、2021年工作成效\n(一)大气\n完成治理。\n二、存在问题\n设施建设欠账。\n三、2022年工作计划\n(一)大气\n加强治理。\n四、主要目标完成情况\n达标。\n";
        let segmented = segment(&normalize(text));
        let parts = Parts::new(&segmented);
        let at = |s: &str| text.find(s).expect("in text");
        assert_eq!(parts.at(at("完成治理")), Part::Review);
        assert_eq!(parts.at(at("设施建设")), Part::Problems);
        assert_eq!(parts.at(at("加强治理")), Part::Plan);
        assert_eq!(parts.at(at("达标")), Part::Review);
        assert_eq!(
            section_id_at(&segmented, at("加强治理")).as_deref(),
            Some("3.1")
        );
        assert!(is_plan_title("下半年工作打算"));
        assert!(!is_plan_title("主要目标完成情况"));
        assert!(!is_plan_title("污染防治攻坚目标全面完成"));
        assert!(is_plan_title("2022年工作思路"));
    }
}
