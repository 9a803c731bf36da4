//! Plans and forecasts. A plan section is found by its heading words (`计划`, `安排`,
//! `打算`, `思路`, `目标`), wherever it stands; each of its numbered items is one plan
//! (a section without numbered items gives one plan per sentence). Numbers after a plan
//! cue (`计划五年投入500亿`), or anywhere in a plan section, are plan figures; numbers
//! after a forecast cue (`预计`) are forecasts.

use std::sync::LazyLock;

use regex_lite::Regex;

use super::super::cues::CueList;
use super::super::part::{Part, enclosing, is_plan_title, section_id_at};
use super::{Context, Placed};
use crate::model::{Role, Target, TargetKind, TargetStatus};
use crate::text::{SectionSpan, YEAR};

static STATED_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"({YEAR})年")).expect("valid regex"));

fn plan_year(cx: &Context) -> Option<i32> {
    let document = &cx.reading.segmented.document;
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
        actions: Vec::new(),
    };
    (at, target)
}

/// Whether `section` is a plan section not inside another one.
fn is_outer_plan(cx: &Context, section: &SectionSpan) -> bool {
    is_plan_title(&section.section.title)
        && !enclosing(cx.reading.segmented, section.heading.start)
            .iter()
            .any(|s| s.section.level < section.section.level && is_plan_title(&s.section.title))
}

/// One plan per numbered item of each plan section. A document whose title is a plan
/// (`2023年工作要点`) is one plan section: its top-level sections are the items.
pub(super) fn plan_items(cx: &Context) -> Vec<Placed> {
    let sections = &cx.reading.segmented.sections;
    let mut out = Vec::new();
    for plan in sections.iter().filter(|s| is_outer_plan(cx, s)) {
        let prefix = format!("{}.", plan.section.id);
        let items = top_level(
            sections
                .iter()
                .filter(|s| s.section.id.starts_with(&prefix)),
        );
        if items.is_empty() {
            out.extend(action_sentences(cx, plan));
        }
        out.extend(items.into_iter().map(|item| item_plan(cx, item)));
    }
    let title_plans = cx
        .reading
        .segmented
        .document
        .title
        .as_deref()
        .is_some_and(is_plan_title);
    if out.is_empty() && title_plans {
        out.extend(
            top_level(sections.iter())
                .into_iter()
                .map(|item| item_plan(cx, item)),
        );
    }
    out
}

/// The least nested of `sections`.
fn top_level<'a>(sections: impl Iterator<Item = &'a SectionSpan>) -> Vec<&'a SectionSpan> {
    let all: Vec<&SectionSpan> = sections.collect();
    let depth = |s: &SectionSpan| s.section.id.matches('.').count();
    let least = all.iter().map(|s| depth(s)).min();
    all.into_iter()
        .filter(|s| Some(depth(s)) == least)
        .collect()
}

/// A numbered plan item: its title is the plan, the sentences of its body the actions.
fn item_plan(cx: &Context, item: &SectionSpan) -> Placed {
    let id = Some(item.section.id.clone());
    let (at, mut plan) = open_plan(cx, item.section.title.clone(), item.heading.start, id);
    plan.actions = cx
        .text()
        .sentences(item.body.clone())
        .into_iter()
        .map(|s| cx.text()[s].trim_start_matches(['。', ' ']).to_string())
        .filter(|s| !s.is_empty())
        .take(MAX_ACTIONS)
        .collect();
    (at, plan)
}

/// Actions kept per plan item; a plan section of a huge file stays a readable size.
const MAX_ACTIONS: usize = 40;

/// The sentences of a plan section without items that say what will be done.
fn action_sentences(cx: &Context, plan: &SectionSpan) -> Vec<Placed> {
    cx.text()
        .sentences(plan.body.clone())
        .into_iter()
        .filter_map(|sentence| {
            let text = cx.text()[sentence.clone()].trim_start_matches(['。', ' ']);
            // No action word holds `。` or a space: the words of `text` are the sentence's.
            let acts = cx
                .reading
                .cue_words
                .within(sentence.clone())
                .any(CueList::Actions);
            acts.then(|| {
                let id = Some(plan.section.id.clone());
                open_plan(cx, text.to_string(), sentence.start, id)
            })
        })
        .collect()
}

/// Plan figures and forecasts among the mentions no outcome rule took.
pub(super) fn figures(cx: &Context, used: &[bool]) -> Vec<Placed> {
    let mut out = Vec::new();
    for (i, m) in cx.mentions.iter().enumerate() {
        if used[i] {
            continue;
        }
        let lead_in = cx.reading.cue_words.within(cx.lead_in(i));
        let part = cx.part(m.span.start);
        let clause = cx.clauses[i].clone();
        let (kind, year) = if lead_in.any(CueList::Forecasts) {
            let stated = STATED_YEAR
                .captures(&cx.text()[clause.clone()])
                .and_then(|c| c[1].parse().ok());
            (TargetKind::Forecast, stated)
        } else if part == Part::Plan && !matches!(m.indicator.role, Role::Actual | Role::Prior) {
            // Not the measured starting point a plan quotes (`2020年,全市PM2.5平均浓度
            // 为35微克/立方米`), which extraction's roles read as actual.
            (TargetKind::Plan, plan_year(cx))
        } else if lead_in.any(CueList::PlanFigures) {
            (TargetKind::Plan, cx.reading.segmented.document.year)
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
                target: Some(m.indicator.quantity.clone()),
                actual: None,
                status: TargetStatus::Open,
                line: m.indicator.quantity.line,
                section: section_id_at(cx.reading.segmented, m.span.start),
                actions: Vec::new(),
            },
        ));
    }
    out
}
