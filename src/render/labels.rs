//! Labels people read, in Chinese or English (`--lang`): categories, statuses, kinds and
//! field names. Ids and JSON/CSV field names never change with the language; only what a
//! table or a summary shows does.

mod sentences;

pub use sentences::{is_known, sentence};

use crate::model::{
    Category, DamageKind, Indicator, ProjectStatus, Severity, TargetKind, TargetStatus,
};

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

/// The closing line of `report check`: how many targets on how many reports, and how
/// they came out.
pub fn check_counts(
    targets: usize,
    reports: usize,
    [met, errors, warnings]: [usize; 3],
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => format!(
            "{reports} 份报告共 {targets} 项检查:通过 {met} · 未通过 {errors} · 警告 {warnings}"
        ),
        Lang::En => format!(
            "{targets} check(s) on {reports} report(s): {met} met, {errors} missed, {warnings} warning(s)"
        ),
    }
}

/// The words of a `report diff` table, one language at a time.
pub struct DiffWords {
    pub old: &'static str,
    pub new: &'static str,
    /// Titles of the changed, unchanged, only-in-OLD and only-in-NEW tables.
    pub sections: [&'static str; 4],
    pub header: [&'static str; 8],
    pub consistent: &'static str,
    pub inconsistent: &'static str,
    pub not_applicable: &'static str,
}

pub fn diff_words(lang: Lang) -> DiffWords {
    match lang {
        Lang::Zh => DiffWords {
            old: "旧报告",
            new: "新报告",
            sections: ["变化", "未变", "仅在旧报告", "仅在新报告"],
            header: [
                "指标",
                "编号",
                "旧",
                "新",
                "差值",
                "相对",
                "新报告同比",
                "与旧报告一致",
            ],
            consistent: "一致",
            inconsistent: "不一致:旧报告推算",
            not_applicable: "不适用",
        },
        Lang::En => DiffWords {
            old: "OLD",
            new: "NEW",
            sections: ["Changed", "Unchanged", "Only in OLD", "Only in NEW"],
            header: [
                "Indicator",
                "ID",
                "OLD",
                "NEW",
                "Difference",
                "Relative",
                "NEW stated change",
                "Agrees with OLD",
            ],
            consistent: "consistent",
            inconsistent: "INCONSISTENT: OLD gives",
            not_applicable: "n/a:",
        },
    }
}

/// The closing line of `report diff`: the size of each table and the disagreements.
pub fn diff_counts(counts: [usize; 4], disagreements: usize, lang: Lang) -> String {
    let [changed, unchanged, only_old, only_new] = counts;
    match lang {
        Lang::Zh => format!(
            "变化 {changed} · 未变 {unchanged} · 仅在旧报告 {only_old} · 仅在新报告 {only_new};新报告所述同比与旧报告不符 {disagreements} 项"
        ),
        Lang::En => format!(
            "{changed} changed, {unchanged} unchanged, {only_old} only in OLD, {only_new} only in NEW; {disagreements} stated change(s) disagree with OLD"
        ),
    }
}

/// A diagnostic's severity, as `validate` titles it (`警告[damaged-text]`).
pub fn severity(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => lang.pick("错误", "error"),
        Severity::Warning => lang.pick("警告", "warning"),
        Severity::Note => lang.pick("提示", "note"),
    }
}

/// The title of a cross-check that holds (`validate --all`) and of a diagnostic's notes.
pub fn holds(lang: Lang) -> &'static str {
    lang.pick("成立", "ok")
}

pub fn note(lang: Lang) -> &'static str {
    lang.pick("说明", "note")
}

/// The closing line of `report validate`: `path: 1 error, 2 warnings, 3 notes; 5 checks
/// hold`.
pub fn validate_counts(
    path: &str,
    [errors, warnings, notes]: [usize; 3],
    holding: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::Zh => {
            format!("{path}:错误 {errors} · 警告 {warnings} · 提示 {notes};{holding} 项核对成立")
        }
        Lang::En => format!(
            "{path}: {}, {}, {}; {} {}",
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(notes, "note"),
            plural(holding, "check"),
            if holding == 1 { "holds" } else { "hold" },
        ),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A category by its id (`air`) or its Chinese label (`大气`).
pub fn parse_category(text: &str) -> Option<Category> {
    let text = text.trim();
    Category::ALL
        .into_iter()
        .find(|c| c.as_str() == text || c.label_zh() == text)
}

/// `unknown category 'x' (valid: air/大气, water/水, …)`.
pub fn unknown_category(text: &str) -> String {
    let valid: Vec<String> = Category::ALL
        .iter()
        .map(|c| format!("{}/{}", c.as_str(), c.label_zh()))
        .collect();
    format!("unknown category '{text}' (valid: {})", valid.join(", "))
}

/// The lines of `report normalize --show`: the heading, then one label per step (HTML
/// tags, entities, pinyin, traditional, full width, damaged places), then what a damaged
/// place is called.
pub struct NormalizeWords {
    pub bytes: &'static str,
    pub encoding: &'static str,
    pub steps: [&'static str; 7],
    pub damaged: &'static str,
}

pub fn normalize_words(lang: Lang) -> NormalizeWords {
    match lang {
        Lang::Zh => NormalizeWords {
            bytes: "字节",
            encoding: "编码",
            steps: [
                "去除 HTML 标签",
                "替换 HTML 实体",
                "去除拼音注音",
                "繁体转简体",
                "全角转半角",
                "去除日期和数字内空格",
                "损坏处",
            ],
            damaged: "损坏文字",
        },
        Lang::En => NormalizeWords {
            bytes: "bytes",
            encoding: "encoding",
            steps: [
                "HTML tags removed",
                "HTML entities replaced",
                "pinyin annotations removed",
                "traditional characters simplified",
                "full-width characters folded",
                "spaces inside dates and numbers removed",
                "damaged places",
            ],
            damaged: "damaged text",
        },
    }
}

/// What kind of damage a place shows.
pub fn damage_kind(kind: DamageKind, lang: Lang) -> &'static str {
    match kind {
        DamageKind::ReplacementChar => lang.pick("替换字符", kind.as_str()),
        DamageKind::StrayPinyin => lang.pick("残留拼音", kind.as_str()),
    }
}

/// A value as a table shows it: as written under `zh`, with English units under `en`
/// (`27.33万吨` → `27.33 ×10k t`; see [`super::units`]).
pub fn value(text: impl Into<String>, lang: Lang) -> String {
    match lang {
        Lang::Zh => text.into(),
        Lang::En => super::units::in_english(&text.into()),
    }
}

/// What a listing says instead of a bare header when nothing matched.
pub fn nothing_found(lang: Lang) -> &'static str {
    lang.pick("(没有符合条件的条目)", "(nothing matches)")
}

/// Parses a status or kind written as its id (`missed`, `under_construction`).
pub fn parse_by_id<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|&v| id(v) == text)
}

/// The period of a value as a table shows it: the year, and the months of a part-year
/// value (`2021`, `2023年1—6月`, `2023 Jan–Jun`); empty when unknown.
pub fn period(year: Option<i32>, months: Option<(u8, u8)>, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let Some(year) = year else {
        return String::new();
    };
    match (months, lang) {
        (None, _) => year.to_string(),
        (Some((a, b)), Lang::Zh) if a == b => format!("{year}年{a}月"),
        (Some((a, b)), Lang::Zh) => format!("{year}年{a}—{b}月"),
        (Some((a, b)), Lang::En) => {
            let name = |m: u8| MONTHS[usize::from(m.clamp(1, 12)) - 1];
            if a == b {
                format!("{year} {}", name(a))
            } else {
                format!("{year} {}–{}", name(a), name(b))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_in_either_language() {
        assert_eq!(period(Some(2021), None, Lang::Zh), "2021");
        assert_eq!(period(Some(2023), Some((1, 6)), Lang::Zh), "2023年1—6月");
        assert_eq!(period(Some(2023), Some((1, 6)), Lang::En), "2023 Jan–Jun");
        assert_eq!(period(Some(2020), Some((4, 4)), Lang::En), "2020 Apr");
        assert_eq!(period(None, Some((1, 6)), Lang::Zh), "");
    }

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
    fn consistency_notes_read_in_chinese() {
        assert_eq!(
            sentence("OLD is about 2021, not the year before 2021", Lang::Zh),
            "旧报告是2021年的,而非2021年的上一年"
        );
        assert_eq!(sentence("a bound, not a value", Lang::Zh), "是界限而非数值");
    }

    #[test]
    fn the_validate_count_line_reads_in_both_languages() {
        assert_eq!(
            validate_counts("a.txt", [0, 3, 2], 9, Lang::Zh),
            "a.txt:错误 0 · 警告 3 · 提示 2;9 项核对成立"
        );
        assert_eq!(
            validate_counts("a.txt", [1, 0, 2], 1, Lang::En),
            "a.txt: 1 error, 0 warnings, 2 notes; 1 check holds"
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
