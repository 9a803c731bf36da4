//! Plans and forecasts. A plan section is found by its heading words (`计划`, `安排`,
//! `打算`, `思路`, `目标`), wherever it stands; each of its numbered items is one plan
//! (a section without numbered items gives one plan per sentence). Numbers after a plan
//! cue (`计划五年投入500亿`), or anywhere in a plan section, are plan figures; numbers
//! after a forecast cue (`预计`) are forecasts.

use std::sync::LazyLock;

use regex::Regex;

use super::super::cues::{contains_any, cues};
use super::super::part::{Part, enclosing, is_plan_title, part_at, section_id_at};
use super::{Context, Placed};
use crate::model::{Target, TargetKind, TargetStatus};
use crate::text::{SectionSpan, comma_clause_at, sentences};

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9]{2})年").expect("valid regex"));

fn plan_year(cx: &Context) -> Option<i32> {
    let document = &cx.segmented.document;
    document.plan_year.or(document.year)
}

fn open_plan(cx: &Context, text: String, at: usize, section: Option<String>) -> Placed {
    let target = Target {
        text,
        year: plan_year(cx),
        kind: TargetKind::Plan,
        indicator: None,
        target: None,
        actual: None,
        status: TargetStatus::Open,
        line: cx.line(at),
        section,
    };
    (at, target)
}

/// Whether `section` is a plan section not inside another one.
fn is_outer_plan(cx: &Context, section: &SectionSpan) -> bool {
    is_plan_title(&section.section.title)
        && !enclosing(cx.segmented, section.heading.start)
            .iter()
            .any(|s| s.section.level < section.section.level && is_plan_title(&s.section.title))
}

/// One plan per numbered item of each plan section.
pub(super) fn plan_items(cx: &Context) -> Vec<Placed> {
    let sections = &cx.segmented.sections;
    let mut out = Vec::new();
    for plan in sections.iter().filter(|s| is_outer_plan(cx, s)) {
        let prefix = format!("{}.", plan.section.id);
        let descendants: Vec<&SectionSpan> = sections
            .iter()
            .filter(|s| s.section.id.starts_with(&prefix))
            .collect();
        let depth = descendants
            .iter()
            .map(|s| s.section.id.matches('.').count())
            .min();
        let items = descendants
            .iter()
            .filter(|s| Some(s.section.id.matches('.').count()) == depth);
        let before = out.len();
        for item in items {
            let id = Some(item.section.id.clone());
            out.push(open_plan(
                cx,
                item.section.title.clone(),
                item.heading.start,
                id,
            ));
        }
        if out.len() == before {
            for sentence in sentences(cx.text(), plan.body.clone()) {
                let text = cx.text()[sentence.clone()].trim_start_matches(['。', ' ']);
                if contains_any(text, &cues().target.actions) {
                    let id = Some(plan.section.id.clone());
                    out.push(open_plan(cx, text.to_string(), sentence.start, id));
                }
            }
        }
    }
    out
}

/// Plan figures and forecasts among the mentions no outcome rule took.
pub(super) fn figures(cx: &Context, used: &[bool]) -> Vec<Placed> {
    let target_cues = &cues().target;
    let mut out = Vec::new();
    for (i, m) in cx.mentions.iter().enumerate() {
        if used[i] {
            continue;
        }
        let lead_in = cx.lead_in(m);
        let part = part_at(cx.segmented, m.span.start);
        let clause = comma_clause_at(cx.text(), m.span.start);
        let (kind, year) = if contains_any(lead_in, &target_cues.forecasts) {
            let stated = YEAR
                .captures(&cx.text()[clause.clone()])
                .and_then(|c| c[1].parse().ok());
            (TargetKind::Forecast, stated)
        } else if part == Part::Plan {
            (TargetKind::Plan, plan_year(cx))
        } else if contains_any(lead_in, &target_cues.plan_figures) {
            (TargetKind::Plan, cx.segmented.document.year)
        } else {
            continue;
        };
        out.push((
            m.span.start,
            Target {
                text: cx.text()[clause].to_string(),
                year,
                kind,
                indicator: Some(m.indicator.id.clone()),
                target: Some(m.indicator.quantity()),
                actual: None,
                status: TargetStatus::Open,
                line: m.indicator.line,
                section: section_id_at(cx.segmented, m.span.start),
            },
        ));
    }
    out
}
