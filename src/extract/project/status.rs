//! Project status from the status words around a name (`点火运行` → operating, `在建` →
//! under construction, `研究` → studied, `选址` → sited). The word nearest to the name
//! wins; a word after a future cue (`预计建成后`) only says the project is planned.

use std::ops::Range;
use std::sync::LazyLock;

use super::super::cues::{Words, cues, ends_with_any};
use crate::model::ProjectStatus;

/// The status words of every group in one automaton, with the status of each word.
static STATUS_WORDS: LazyLock<(Words, Vec<ProjectStatus>)> = LazyLock::new(|| {
    let groups = &cues().project.status;
    let words: Vec<&String> = groups.iter().flat_map(|g| &g.words).collect();
    let statuses = groups
        .iter()
        .flat_map(|g| g.words.iter().map(|_| g.status))
        .collect();
    (Words::new(&words), statuses)
});

/// A status word found: its byte offset in the searched text, its length, status and
/// place in the cue list (the earlier word wins a tie).
fn occurrences(s: &str) -> impl Iterator<Item = (usize, usize, ProjectStatus, usize)> + '_ {
    let (words, statuses) = &*STATUS_WORDS;
    words
        .occurrences(s)
        .map(|(start, end, word)| (start, end - start, statuses[word], word))
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
        .min_by_key(|&(at, len, _, word)| (at, std::cmp::Reverse(len), word))
        .map(|(at, _, status, _)| (at, in_place(s, at, status)))
}

/// The status word of `scope` nearest to `name` (outside it).
pub fn status_near(text: &str, name: Range<usize>, scope: Range<usize>) -> Option<ProjectStatus> {
    let before = &text[scope.start.min(name.start)..name.start];
    let after = &text[name.end.min(scope.end)..scope.end];
    // Nearest first; on a tie the word before the name, then the earlier word of the list.
    let before_hits = occurrences(before).map(|(at, len, status, word)| {
        ((before.len() - (at + len), 0, word), (before, at, status))
    });
    let after_hits =
        occurrences(after).map(|(at, _, status, word)| ((at, 1, word), (after, at, status)));
    before_hits
        .chain(after_hits)
        .min_by_key(|&(key, _)| key)
        .map(|(_, (s, at, status))| in_place(s, at, status))
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
