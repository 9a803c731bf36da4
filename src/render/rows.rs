//! The rows listings show — indicators, projects, targets, sections — each with its table
//! and CSV form. JSON keeps the model's own field names (plus what a row adds, such as a
//! section's indicator count); tables show what a person reads, in the chosen language.

use serde::Serialize;

use super::labels::{self, Lang};
use super::number;
use super::table::{Cell, dim, judged, right};
use super::{Fit, Row, Style};
use crate::model::{Indicator, Project, Quantity, Report, Section, Target};

/// One indicator mention.
#[derive(Serialize)]
#[serde(transparent)]
pub struct IndicatorRow<'a>(pub &'a Indicator);

impl Row for IndicatorRow<'_> {
    const TABLE_FIT: &'static [Fit] = &[
        Fit::Optional(0),
        Fit::Text,
        Fit::Token,
        Fit::Optional(2),
        Fit::Optional(1),
        Fit::Reference,
    ];

    const CSV_HEADER: &'static [&'static str] = &[
        "id",
        "name",
        "label_en",
        "category",
        "value",
        "unit",
        "base_value",
        "base_unit",
        "comparator",
        "change_value",
        "change_unit",
        "change_direction",
        "change_text",
        "change_only",
        "higher_is_better",
        "period",
        "role",
        "place",
        "section",
        "line",
        "column",
        "text",
        "evidence",
    ];

    fn csv_record(&self) -> Vec<String> {
        let i = self.0;
        let change = i.change.as_ref();
        vec![
            i.id.clone(),
            i.name.clone(),
            i.label_en.clone().unwrap_or_default(),
            i.category.to_string(),
            number::decimal(i.quantity.value),
            i.quantity.unit.clone(),
            number::decimal(i.quantity.base_value),
            i.quantity.base_unit.clone(),
            i.quantity.comparator.to_string(),
            change.map(|c| number::decimal(c.value)).unwrap_or_default(),
            change.map(|c| c.unit.clone()).unwrap_or_default(),
            change
                .map(|c| direction_id(c.direction).to_string())
                .unwrap_or_default(),
            change.map(|c| c.text.clone()).unwrap_or_default(),
            i.change_only.to_string(),
            optional(i.higher_is_better),
            optional(i.period),
            i.role.to_string(),
            i.place.clone().unwrap_or_default(),
            i.section.clone().unwrap_or_default(),
            i.quantity.line.to_string(),
            i.quantity.column.to_string(),
            i.quantity.text.clone(),
            i.evidence.clone(),
        ]
    }

    fn table_header(lang: Lang) -> Vec<&'static str> {
        match lang {
            Lang::Zh => vec!["行", "名称", "数值", "期间", "变化", "编号"],
            Lang::En => vec!["Line", "Name", "Value", "Period", "Change", "ID"],
        }
    }

    fn table_row(&self, style: &Style) -> Vec<Cell> {
        let i = self.0;
        vec![
            dim(i.quantity.line),
            Cell::new(labels::indicator_name(i, style.lang)),
            right(labels::value(number::indicator_value(i), style.lang)),
            dim(labels::period(i.period, i.period_months, style.lang)),
            change_cell(i),
            Cell::new(&i.id),
        ]
    }
}

/// The change of an indicator as a cell, green or red when the lexicon knows which way
/// is better.
pub fn change_cell(indicator: &Indicator) -> Cell {
    match &indicator.change {
        Some(change) => judged(number::change(change), number::change_is_good(indicator)),
        None => Cell::new(""),
    }
}

fn direction_id(direction: crate::model::Direction) -> &'static str {
    match direction {
        crate::model::Direction::Up => "up",
        crate::model::Direction::Down => "down",
        crate::model::Direction::Flat => "flat",
    }
}

fn optional<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A project with its quantities looked up among the report's indicators.
#[derive(Serialize)]
pub struct ProjectRow<'a> {
    #[serde(flatten)]
    pub project: &'a Project,
    #[serde(skip)]
    quantities: Vec<(&'a str, Option<&'a Indicator>)>,
}

impl<'a> ProjectRow<'a> {
    pub fn new(project: &'a Project, report: &'a Report) -> ProjectRow<'a> {
        let quantities = project
            .quantities
            .iter()
            .map(|q| {
                let found = report.indicators.iter().find(|i| {
                    i.id == q.indicator
                        && i.quantity.line == q.line
                        && i.quantity.column == q.column
                });
                (q.role.as_str(), found)
            })
            .collect();
        ProjectRow {
            project,
            quantities,
        }
    }

    /// `capacity 16吨/日; investment_planned 6.82亿元`, or Chinese role labels.
    fn quantities_text(&self, lang: Lang, separator: &str) -> String {
        self.quantities
            .iter()
            .filter_map(|(role, indicator)| {
                let value = number::indicator_value((*indicator)?);
                Some(format!("{} {value}", labels::project_role(role, lang)))
            })
            .collect::<Vec<_>>()
            .join(separator)
    }
}

impl Row for ProjectRow<'_> {
    const TABLE_FIT: &'static [Fit] = &[
        Fit::Token,
        Fit::Text,
        Fit::Token,
        Fit::Optional(1),
        Fit::Optional(0),
    ];

    const CSV_HEADER: &'static [&'static str] = &[
        "name",
        "status",
        "quantities",
        "dates",
        "members",
        "line",
        "column",
        "evidence",
    ];

    fn csv_record(&self) -> Vec<String> {
        let p = self.project;
        vec![
            p.name.clone(),
            p.status.as_str().to_string(),
            self.quantities_text(Lang::En, "; "),
            p.dates.join("; "),
            p.members.join("; "),
            p.line.to_string(),
            p.column.to_string(),
            p.evidence.clone(),
        ]
    }

    fn table_header(lang: Lang) -> Vec<&'static str> {
        match lang {
            Lang::Zh => vec!["状态", "项目", "数量", "日期", "行"],
            Lang::En => vec!["Status", "Project", "Quantities", "Dates", "Line"],
        }
    }

    fn table_row(&self, style: &Style) -> Vec<Cell> {
        let p = self.project;
        vec![
            Cell::new(labels::project_status(p.status, style.lang)),
            Cell::new(&p.name),
            Cell::new(labels::value(
                self.quantities_text(style.lang, "\n"),
                style.lang,
            )),
            Cell::new(p.dates.join(" ")),
            dim(p.line),
        ]
    }
}

/// One target, plan item or forecast.
#[derive(Serialize)]
#[serde(transparent)]
pub struct TargetRow<'a>(pub &'a Target);

fn quantity_text(quantity: Option<&Quantity>) -> String {
    quantity
        .map(|q| {
            format!(
                "{}{}",
                number::comparator_prefix(q.comparator),
                number::value_with_unit(q.value, &q.unit)
            )
        })
        .unwrap_or_default()
}

impl Row for TargetRow<'_> {
    const TABLE_FIT: &'static [Fit] = &[
        Fit::Token,
        Fit::Token,
        Fit::Token,
        Fit::Optional(1),
        Fit::Text,
        Fit::Optional(0),
    ];

    const CSV_HEADER: &'static [&'static str] = &[
        "kind",
        "status",
        "indicator",
        "target",
        "actual",
        "year",
        "section",
        "line",
        "text",
    ];

    fn csv_record(&self) -> Vec<String> {
        let t = self.0;
        vec![
            labels::target_kind_id(t.kind).to_string(),
            t.status.as_str().to_string(),
            t.indicator.clone().unwrap_or_default(),
            quantity_text(t.target.as_ref()),
            quantity_text(t.actual.as_ref()),
            optional(t.year),
            t.section.clone().unwrap_or_default(),
            t.line.to_string(),
            t.text.clone(),
        ]
    }

    fn table_header(lang: Lang) -> Vec<&'static str> {
        match lang {
            Lang::Zh => vec!["类型", "状态", "目标", "实际", "内容", "行"],
            Lang::En => vec!["Kind", "Status", "Target", "Actual", "Text", "Line"],
        }
    }

    fn table_row(&self, style: &Style) -> Vec<Cell> {
        let t = self.0;
        let good = match t.status {
            crate::model::TargetStatus::Met => Some(true),
            crate::model::TargetStatus::Missed => Some(false),
            crate::model::TargetStatus::Open => None,
        };
        vec![
            Cell::new(labels::target_kind(t.kind, style.lang)),
            judged(labels::target_status(t.status, style.lang), good),
            right(labels::value(quantity_text(t.target.as_ref()), style.lang)),
            right(labels::value(quantity_text(t.actual.as_ref()), style.lang)),
            Cell::new(&t.text),
            dim(t.line),
        ]
    }
}

/// A heading of the outline with the number of indicators in it and its subsections.
#[derive(Serialize)]
pub struct SectionRow<'a> {
    #[serde(flatten)]
    pub section: &'a Section,
    pub indicators: usize,
}

impl<'a> SectionRow<'a> {
    pub fn new(section: &'a Section, report: &Report) -> SectionRow<'a> {
        let indicators = report
            .indicators
            .iter()
            .filter(|i| in_section(i.section.as_deref(), &section.id))
            .count();
        SectionRow {
            section,
            indicators,
        }
    }
}

/// Whether section id `id` is `prefix` or one of its subsections (`2.4.1` in `2.4`, not
/// `2.40`).
pub fn in_section(id: Option<&str>, prefix: &str) -> bool {
    match id {
        Some(id) => {
            id == prefix
                || id
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with('.'))
        }
        None => false,
    }
}

impl Row for SectionRow<'_> {
    const TABLE_FIT: &'static [Fit] = &[Fit::Token, Fit::Text, Fit::Token, Fit::Optional(0)];

    const CSV_HEADER: &'static [&'static str] =
        &["id", "number", "title", "level", "line", "indicators"];

    fn csv_record(&self) -> Vec<String> {
        let s = self.section;
        vec![
            s.id.clone(),
            s.number.clone(),
            s.title.clone(),
            s.level.to_string(),
            s.line.to_string(),
            self.indicators.to_string(),
        ]
    }

    fn table_header(lang: Lang) -> Vec<&'static str> {
        match lang {
            Lang::Zh => vec!["节", "标题", "指标", "行"],
            Lang::En => vec!["Section", "Title", "Indicators", "Line"],
        }
    }

    fn table_row(&self, _style: &Style) -> Vec<Cell> {
        let s = self.section;
        let indent = "  ".repeat(usize::from(s.level.saturating_sub(1)));
        vec![
            Cell::new(&s.id),
            Cell::new(format!("{indent}{}{}", s.number, s.title)),
            right(self.indicators),
            dim(s.line),
        ]
    }
}
