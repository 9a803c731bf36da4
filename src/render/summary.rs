//! `summary`: one screen about a report — what it is (title, agency, years, publication),
//! how it was read (encoding and what normalization changed), its key indicators per
//! category (air, water, soil, waste, then the rest), projects by status, targets by
//! outcome and the number of diagnostics. Fits an 80-column terminal.

use std::collections::HashSet;
use std::io::{self, Write};

use super::Style;
use super::labels::{self, Lang, PROJECT_STATUSES, TARGET_STATUSES};
use super::number;
use super::rows::change_cell;
use super::table::{self, Cell, Fit, heading, right};
use crate::model::{Category, Indicator, Report, Role, Severity};

/// Most indicators shown per category; the rest are one `report indicators` away.
pub const KEY_PER_CATEGORY: usize = 3;

/// Writes the summary of one report.
pub fn print(out: &mut dyn Write, report: &Report, style: &Style) -> io::Result<()> {
    let lang = style.lang;
    let bold = anstyle::Style::new().bold();
    let title = report.document.title.as_deref();
    writeln!(
        out,
        "{}",
        style.paint(title.unwrap_or(lang.pick("(无标题)", "(untitled)")), bold)
    )?;
    writeln!(out, "{}", document_line(report, lang))?;
    writeln!(out, "{}", source_line(report, lang))?;
    writeln!(out, "{}", normalization_line(report, lang))?;
    writeln!(out)?;
    let heading = format!(
        "{} · {}",
        lang.pick("关键指标", "Key indicators"),
        count_phrase(
            report.indicators.len(),
            lang.pick("共 {} 项", "{} in total")
        )
    );
    writeln!(out, "{}", style.paint(&heading, bold))?;
    table::write(out, &key_indicator_table(report, style))?;
    writeln!(out)?;
    writeln!(out, "{}", projects_line(report, lang))?;
    writeln!(out, "{}", targets_line(report, lang))?;
    writeln!(out, "{}", diagnostics_line(report, lang))
}

pub(super) fn count_phrase(count: usize, template: &str) -> String {
    template.replace("{}", &count.to_string())
}

/// `key value` pairs joined with ` · `, leaving out the absent ones.
fn facts_line(label: &str, facts: Vec<(&str, Option<String>)>) -> String {
    let parts: Vec<String> = facts
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k} {v}")))
        .collect();
    let body = if parts.is_empty() {
        "—".to_string()
    } else {
        parts.join(" · ")
    };
    format!("{label}  {body}")
}

pub(super) fn document_line(report: &Report, lang: Lang) -> String {
    let d = &report.document;
    facts_line(
        lang.pick("文档", "Document"),
        vec![
            (lang.pick("机构", "agency"), d.agency.clone()),
            (lang.pick("年份", "year"), d.year.map(|y| y.to_string())),
            (
                lang.pick("计划", "plan"),
                d.plan_year.map(|y| y.to_string()),
            ),
            (lang.pick("发布", "published"), d.published.clone()),
        ],
    )
}

pub(super) fn source_line(report: &Report, lang: Lang) -> String {
    let s = &report.source;
    format!(
        "{}  {} · {} · {} {}",
        lang.pick("来源", "Source"),
        s.path,
        s.encoding,
        s.bytes,
        lang.pick("字节", "bytes")
    )
}

pub(super) fn normalization_line(report: &Report, lang: Lang) -> String {
    let t = &report.source.transformations;
    let counts = [
        (
            lang.pick("繁转简", "traditional→simplified"),
            t.traditional_chars,
        ),
        (lang.pick("拼音注音", "pinyin"), t.pinyin_annotations),
        (lang.pick("全角", "full-width"), t.fullwidth_chars),
        (lang.pick("排版空格", "layout spaces"), t.layout_spaces),
        (lang.pick("HTML标签", "HTML tags"), t.html_tags),
        (lang.pick("HTML实体", "HTML entities"), t.html_entities),
        (lang.pick("损坏", "damaged"), t.damaged),
    ];
    let facts = counts
        .into_iter()
        .map(|(k, n)| (k, (n > 0).then(|| n.to_string())))
        .collect();
    facts_line(lang.pick("规范化", "Normalized"), facts)
}

/// The categories whose indicators fill their rows even without lexicon entries or
/// changes: the four every report has.
const CORE: [Category; 4] = [
    Category::Air,
    Category::Water,
    Category::Soil,
    Category::Waste,
];

/// The key indicators of each category: known to the lexicon or with a stated change
/// first (a stated change before a known name, as reports state changes of what they
/// lead with), then rates, then reading order; one mention per id. The four core categories
/// fill up to [`KEY_PER_CATEGORY`] rows; the others show only key indicators, or their
/// first indicator when none is key, so the screen stays one screen.
pub fn key_indicators(report: &Report) -> Vec<(Category, Vec<&Indicator>)> {
    Category::ALL
        .into_iter()
        .filter_map(|category| {
            let mut seen = HashSet::new();
            let mut candidates: Vec<&Indicator> = report
                .values()
                .filter(|i| {
                    i.category == category && i.role == Role::Actual && seen.insert(i.id.as_str())
                })
                .collect();
            candidates.sort_by_key(|i| {
                (
                    !is_key(i),
                    i.change.is_none(),
                    i.label_en.is_none(),
                    i.quantity.unit != "%",
                    i.quantity.line,
                    i.quantity.column,
                )
            });
            let keys = candidates.iter().filter(|i| is_key(i)).count();
            let shown = if CORE.contains(&category) {
                KEY_PER_CATEGORY
            } else {
                keys.clamp(1, KEY_PER_CATEGORY)
            };
            candidates.truncate(shown);
            (!candidates.is_empty()).then_some((category, candidates))
        })
        .collect()
}

/// Known to the lexicon, or with a stated change.
fn is_key(indicator: &Indicator) -> bool {
    indicator.label_en.is_some() || indicator.change.is_some()
}

fn key_indicator_table(report: &Report, style: &Style) -> comfy_table::Table {
    let mut rows = Vec::new();
    for (category, indicators) in key_indicators(report) {
        for (i, indicator) in indicators.into_iter().enumerate() {
            let label = if i == 0 {
                labels::category(category, style.lang)
            } else {
                ""
            };
            rows.push(vec![
                heading(label),
                Cell::new(labels::indicator_name(indicator, style.lang)),
                right(labels::value(
                    number::indicator_value(indicator),
                    style.lang,
                )),
                change_cell(indicator),
            ]);
        }
    }
    let fits = [Fit::Token, Fit::Text, Fit::Token, Fit::Optional(0)];
    table::fitted(style, &[], &fits, rows)
}

pub(super) fn projects_line(report: &Report, lang: Lang) -> String {
    let counts = PROJECT_STATUSES
        .into_iter()
        .map(|status| {
            let n = report
                .projects
                .iter()
                .filter(|p| p.status == status)
                .count();
            (
                labels::project_status(status, lang),
                (n > 0).then(|| n.to_string()),
            )
        })
        .collect();
    let label = format!(
        "{} {}",
        lang.pick("项目", "Projects"),
        report.projects.len()
    );
    facts_line(&label, counts)
}

pub(super) fn targets_line(report: &Report, lang: Lang) -> String {
    let counts = TARGET_STATUSES
        .into_iter()
        .map(|status| {
            let n = report.targets.iter().filter(|t| t.status == status).count();
            (labels::target_status(status, lang), Some(n.to_string()))
        })
        .collect();
    let label = format!("{} {}", lang.pick("目标", "Targets"), report.targets.len());
    facts_line(&label, counts)
}

pub(super) fn diagnostics_line(report: &Report, lang: Lang) -> String {
    let count = |severity: Severity| {
        let n = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        Some(n.to_string())
    };
    let label = format!(
        "{} {}",
        lang.pick("诊断", "Diagnostics"),
        report.diagnostics.len()
    );
    facts_line(
        &label,
        vec![
            (lang.pick("错误", "errors"), count(Severity::Error)),
            (lang.pick("警告", "warnings"), count(Severity::Warning)),
            (lang.pick("提示", "notes"), count(Severity::Note)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testdata;

    fn summary(lang: Lang) -> String {
        let style = Style {
            lang,
            ..Style::default()
        };
        let mut out = Vec::new();
        print(&mut out, &testdata::report(), &style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn categories_come_in_summary_order() {
        let report = testdata::report();
        let keys = key_indicators(&report);
        let order: Vec<Category> = keys.iter().map(|(c, _)| *c).collect();
        let expected = [
            Category::Air,
            Category::Soil,
            Category::Waste,
            Category::Enforcement,
        ];
        assert_eq!(order, expected);
        let waste: Vec<&str> = keys[2].1.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(waste, ["危险废物产生量", "利用处置量"]);
    }

    #[test]
    fn chinese_summary_screen() {
        let text = summary(Lang::Zh);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "珠海市生态环境局2021年工作总结");
        assert_eq!(
            lines[1],
            "文档  机构 珠海市生态环境局 · 年份 2021 · 发布 2022-03-31 13:24:40"
        );
        assert_eq!(lines[3], "规范化  繁转简 30 · 拼音注音 25");
        assert!(text.contains("↑ +1.7pp"), "{text}");
        assert!(text.contains("≥90%"), "{text}");
        assert!(
            text.ends_with("诊断 1  错误 0 · 警告 1 · 提示 0\n"),
            "{text}"
        );
        assert!(text.contains("项目 1  运行 1\n"), "{text}");
        assert!(
            text.contains("目标 1  达成 1 · 未达成 0 · 待定 0\n"),
            "{text}"
        );
    }

    #[test]
    fn english_summary_uses_lexicon_labels() {
        let text = summary(Lang::En);
        assert!(
            text.contains("Share of days with good air quality (AQI)"),
            "{text}"
        );
        assert!(text.contains("Key indicators · 5 in total"), "{text}");
        assert!(
            text.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80)
        );
    }
}
