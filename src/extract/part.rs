//! Which part of a report a place belongs to: the review of the year, the problems, or
//! the plan. Reports put these in sections found by their heading words (`四、2022年重点
//! 工作计划`, `三、存在问题`, `三、下半年工作打算`), never at a fixed position, so the part
//! is read from the titles of the sections around the place.

use super::cues::{contains_any, cues};
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
    let target = &cues().target;
    contains_any(title, &target.plan_headings) && !contains_any(title, &target.review_headings)
}

fn is_problem_title(title: &str) -> bool {
    contains_any(title, &cues().project.problem_headings)
}

/// The sections whose heading or body contains `offset`, outermost first.
pub fn enclosing(segmented: &Segmented, offset: usize) -> Vec<&SectionSpan> {
    let mut chain: Vec<&SectionSpan> = segmented
        .sections
        .iter()
        .filter(|s| s.heading.start <= offset && offset < s.body.end.max(s.heading.end))
        .collect();
    chain.sort_by_key(|s| s.section.level);
    chain
}

/// The part of the report at `offset`.
pub fn part_at(segmented: &Segmented, offset: usize) -> Part {
    let chain = enclosing(segmented, offset);
    if chain.iter().any(|s| is_plan_title(&s.section.title)) {
        Part::Plan
    } else if chain.iter().any(|s| is_problem_title(&s.section.title)) {
        Part::Problems
    } else {
        Part::Review
    }
}

/// The innermost section id at `offset`.
pub fn section_id_at(segmented: &Segmented, offset: usize) -> Option<String> {
    enclosing(segmented, offset)
        .last()
        .map(|s| s.section.id.clone())
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
        let at = |s: &str| text.find(s).expect("in text");
        assert_eq!(part_at(&segmented, at("完成治理")), Part::Review);
        assert_eq!(part_at(&segmented, at("设施建设")), Part::Problems);
        assert_eq!(part_at(&segmented, at("加强治理")), Part::Plan);
        assert_eq!(part_at(&segmented, at("达标")), Part::Review);
        assert_eq!(
            section_id_at(&segmented, at("加强治理")).as_deref(),
            Some("3.1")
        );
        assert!(is_plan_title("下半年工作打算"));
        assert!(!is_plan_title("主要目标完成情况"));
    }
}
