//! Project status from the status words around a name (`点火运行` → operating, `在建` →
//! under construction, `研究` → studied, `选址` → sited). The word nearest to the name
//! wins; a word after a future cue (`预计建成后`) only says the project is planned.

use std::ops::Range;

use super::super::cues::{cues, ends_with_any};
use crate::model::ProjectStatus;

/// A status word found: its byte offset in the searched text, its length and status.
fn occurrences(s: &str) -> impl Iterator<Item = (usize, usize, ProjectStatus)> + '_ {
    cues().project.status.iter().flat_map(move |group| {
        group.words.iter().flat_map(move |w| {
            s.match_indices(w.as_str())
                .map(move |(i, m)| (i, m.len(), group.status))
        })
    })
}

/// The status a word means in its place: after a future cue it is only planned.
fn in_place(s: &str, at: usize, status: ProjectStatus) -> ProjectStatus {
    if ends_with_any(&s[..at], &cues().project.future) {
        ProjectStatus::Planned
    } else {
        status
    }
}

/// The first status word inside `s`: its offset and status.
pub fn status_word_in(s: &str) -> Option<(usize, ProjectStatus)> {
    occurrences(s)
        .min_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)))
        .map(|(at, _, status)| (at, in_place(s, at, status)))
}

/// The status word of `scope` nearest to `name` (outside it).
pub fn status_near(text: &str, name: Range<usize>, scope: Range<usize>) -> Option<ProjectStatus> {
    let before = &text[scope.start.min(name.start)..name.start];
    let after = &text[name.end.min(scope.end)..scope.end];
    let before_hits = occurrences(before)
        .map(|(at, len, status)| (before.len() - (at + len), in_place(before, at, status)));
    let after_hits = occurrences(after).map(|(at, _, status)| (at, in_place(after, at, status)));
    before_hits
        .chain(after_hits)
        .enumerate()
        .min_by_key(|&(order, (distance, _))| (distance, order))
        .map(|(_, (_, status))| status)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(s: &str, name: &str) -> Option<ProjectStatus> {
        let at = s.find(name).expect("name");
        status_near(s, at..at + name.len(), 0..s.len())
    }

    #[test]
    fn nearest_status_word_wins() {
        assert_eq!(
            near(
                "市医疗废物处置中心项目于12月20日点火运行",
                "市医疗废物处置中心项目"
            ),
            Some(ProjectStatus::Operating)
        );
        assert_eq!(
            near(
                "在建富山三厂等工业污水处理厂4座",
                "富山三厂等工业污水处理厂"
            ),
            Some(ProjectStatus::UnderConstruction)
        );
        assert_eq!(
            near(
                "专题研究石角咀水闸重建工程对国考断面水质影响",
                "石角咀水闸重建工程"
            ),
            Some(ProjectStatus::Studied)
        );
        assert_eq!(
            near(
                "促成越亚IC封装载板等一批重点项目选址珠海",
                "越亚IC封装载板等一批重点项目"
            ),
            Some(ProjectStatus::Sited)
        );
        assert_eq!(
            near("完善有害垃圾收运处置体系", "有害垃圾收运处置体系"),
            None
        );
    }

    #[test]
    fn future_cue_makes_a_status_planned() {
        assert_eq!(
            near("污水厂4座,预计建成后新增规模", "污水厂"),
            Some(ProjectStatus::Planned)
        );
    }
}
