//! The section tree from heading numbering. Markers (see [`super::numbering`]) are
//! nested by level with a stack, so a skipped level (`1.` directly under `一、`) still
//! nests under the nearest higher heading. Ids are dotted positions among siblings
//! (`2.4.1.2`), never the written numbers, so they stay stable when a report numbers
//! oddly. A run-in `N是` only counts when it continues `N-1是` of the same parent, which
//! keeps prose such as `一是…` quoted in a sentence from opening sections.

use std::ops::Range;

use super::numbering::{Marker, paragraph_marker, run_in_markers};
use crate::input::Normalized;
use crate::model::Section;

/// A section with its byte ranges in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionSpan {
    pub section: Section,
    /// The numbering (`(四)`, `1.`, `一是`): its digits are section numbers.
    pub number: Range<usize>,
    /// The heading (numbering and title).
    pub heading: Range<usize>,
    /// From the end of the heading to the start of the next section of the same or a
    /// higher level.
    pub body: Range<usize>,
}

/// Finds the numbered headings.
pub fn sections(normalized: &Normalized) -> Vec<SectionSpan> {
    let text = normalized.text.as_str();
    let mut tree = Tree::default();
    let mut spans = Vec::new();
    for (start, paragraph) in paragraphs(text) {
        let opening = paragraph_marker(paragraph, start);
        let run_in_from = opening.as_ref().map_or(start, |m| m.heading.end);
        let run_ins = run_in_markers(&text[run_in_from..start + paragraph.len()], run_in_from);
        for marker in opening.into_iter().chain(run_ins) {
            if let Some(id) = tree.place(&marker) {
                spans.push(span(normalized, marker, id));
            }
        }
    }
    close_bodies(&mut spans, text.len());
    spans
}

/// Markup a heading may be wrapped in (`**三、下一步工作打算**`, `## 一、…`, `【二、…】`).
const HEADING_MARKUP: [char; 6] = ['*', '#', '【', '】', '[', ']'];

/// Non-empty lines with their byte offsets, leading white space and heading markup
/// trimmed.
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content
            .trim_start_matches(|c: char| c.is_whitespace() || HEADING_MARKUP.contains(&c))
            .trim_end_matches(HEADING_MARKUP);
        let lead = content.len()
            - content
                .trim_start_matches(|c: char| c.is_whitespace() || HEADING_MARKUP.contains(&c))
                .len();
        (!trimmed.trim_end().is_empty()).then_some((start + lead, trimmed))
    })
}

fn span(normalized: &Normalized, marker: Marker, id: String) -> SectionSpan {
    let text = normalized.text.as_str();
    let title = text[marker.number.end..marker.heading.end]
        .trim()
        .trim_end_matches(['。', ':', '：'])
        .to_string();
    SectionSpan {
        section: Section {
            id,
            number: text[marker.number.clone()].to_string(),
            title,
            level: marker.level,
            line: normalized.map.locate(marker.number.start).line,
        },
        number: marker.number,
        body: marker.heading.end..marker.heading.end,
        heading: marker.heading,
    }
}

/// Each body runs to the next heading of the same or a higher level.
fn close_bodies(spans: &mut [SectionSpan], text_len: usize) {
    for i in 0..spans.len() {
        let level = spans[i].section.level;
        let end = spans[i + 1..]
            .iter()
            .find(|s| s.section.level <= level)
            .map_or(text_len, |s| s.heading.start);
        spans[i].body.end = end.max(spans[i].body.start);
    }
}

/// An open heading on the nesting stack.
#[derive(Debug)]
struct Open {
    level: u8,
    id: String,
    /// The written number, for the run-in sequence check.
    value: u32,
    children: usize,
}

/// The nesting stack; the root (level 0) counts the top-level sections.
#[derive(Debug, Default)]
struct Tree {
    stack: Vec<Open>,
    top_level: usize,
}

impl Tree {
    /// Places a marker under the nearest open heading of a lower level and returns its
    /// id, or `None` when a run-in marker does not continue its sequence.
    fn place(&mut self, marker: &Marker) -> Option<String> {
        let parent = self.stack.iter().rposition(|o| o.level < marker.level);
        let keep = parent.map_or(0, |p| p + 1);
        if marker.run_in && marker.value != 1 {
            let previous = self.stack.get(keep).filter(|o| o.level == 4)?;
            if previous.value + 1 != marker.value {
                return None;
            }
        }
        self.stack.truncate(keep);
        let id = match self.stack.last_mut() {
            Some(open) => {
                open.children += 1;
                format!("{}.{}", open.id, open.children)
            }
            None => {
                self.top_level += 1;
                self.top_level.to_string()
            }
        };
        self.stack.push(Open {
            level: marker.level,
            id: id.clone(),
            value: marker.value,
            children: 0,
        });
        Some(id)
    }
}

#[cfg(test)]
mod tests;
