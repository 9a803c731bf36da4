//! Labels people read, in Chinese or English (`--lang`): categories, statuses, kinds and
//! field names. Ids and JSON/CSV field names never change with the language; only what a
//! table or a summary shows does.

use crate::model::{Category, Indicator, ProjectStatus, TargetKind, TargetStatus};

/// Language of labels and column headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Picks the Chinese or the English text.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Every project status, in the order listings group them.
pub const PROJECT_STATUSES: [ProjectStatus; 6] = [
    ProjectStatus::Operating,
    ProjectStatus::Completed,
    ProjectStatus::UnderConstruction,
    ProjectStatus::Planned,
    ProjectStatus::Studied,
    ProjectStatus::Sited,
];

/// Every target status.
pub const TARGET_STATUSES: [TargetStatus; 3] =
    [TargetStatus::Met, TargetStatus::Missed, TargetStatus::Open];

/// Every target kind.
pub const TARGET_KINDS: [TargetKind; 3] =
    [TargetKind::Achieved, TargetKind::Plan, TargetKind::Forecast];

pub fn category(category: Category, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => category.label_zh(),
        Lang::En => category.as_str(),
    }
}

pub fn project_status(status: ProjectStatus, lang: Lang) -> &'static str {
    let (zh, en) = match status {
        ProjectStatus::Operating => ("运行", "operating"),
        ProjectStatus::UnderConstruction => ("在建", "under construction"),
        ProjectStatus::Completed => ("建成", "completed"),
        ProjectStatus::Planned => ("计划", "planned"),
        ProjectStatus::Studied => ("研究", "studied"),
        ProjectStatus::Sited => ("选址", "sited"),
    };
    lang.pick(zh, en)
}

pub fn target_status(status: TargetStatus, lang: Lang) -> &'static str {
    let (zh, en) = match status {
        TargetStatus::Met => ("达成", "met"),
        TargetStatus::Missed => ("未达成", "missed"),
        TargetStatus::Open => ("待定", "open"),
    };
    lang.pick(zh, en)
}

pub fn target_kind(kind: TargetKind, lang: Lang) -> &'static str {
    let (zh, en) = match kind {
        TargetKind::Achieved => ("完成", "achieved"),
        TargetKind::Plan => ("计划", "plan"),
        TargetKind::Forecast => ("预测", "forecast"),
    };
    lang.pick(zh, en)
}

/// The id of a target kind, as in JSON (`achieved`).
pub fn target_kind_id(kind: TargetKind) -> &'static str {
    target_kind(kind, Lang::En)
}

/// The role a quantity plays in a project (`capacity` → `能力`); unknown roles show as
/// their id.
pub fn project_role(role: &str, lang: Lang) -> &str {
    let zh = match role {
        "capacity" => "能力",
        "total_capacity" => "总能力",
        "investment" => "投资",
        "investment_planned" => "计划投资",
        "investment_completed" => "完成投资",
        "completion_ratio" => "完成比例",
        "count" => "数量",
        _ => return role,
    };
    lang.pick(zh, role)
}

/// The name to show for an indicator: the English lexicon label with `--lang en` when
/// there is one, otherwise the name from the text.
pub fn indicator_name(indicator: &Indicator, lang: Lang) -> &str {
    match (lang, &indicator.label_en) {
        (Lang::En, Some(label)) => label,
        _ => &indicator.name,
    }
}

/// Parses a status or kind written as its id (`missed`, `under_construction`).
pub fn parse_by_id<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|&v| id(v) == text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_labels_keep_ids_readable() {
        assert_eq!(category(Category::Waste, Lang::En), "waste");
        assert_eq!(category(Category::Waste, Lang::Zh), "固废");
        assert_eq!(target_status(TargetStatus::Missed, Lang::Zh), "未达成");
        assert_eq!(
            project_status(ProjectStatus::UnderConstruction, Lang::En),
            "under construction"
        );
    }

    #[test]
    fn statuses_parse_from_their_json_ids() {
        let parsed = parse_by_id(
            &PROJECT_STATUSES,
            ProjectStatus::as_str,
            "under_construction",
        );
        assert_eq!(parsed, Some(ProjectStatus::UnderConstruction));
        assert_eq!(
            parse_by_id(&TARGET_STATUSES, TargetStatus::as_str, "missed"),
            Some(TargetStatus::Missed)
        );
        assert_eq!(
            parse_by_id(&TARGET_STATUSES, TargetStatus::as_str, "done"),
            None
        );
    }
}
