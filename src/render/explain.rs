//! `explain`: how one indicator mention was read — the source line as the user has it
//! with the number underlined, then the clause, name, category, value, base value,
//! comparator, change and the prior value the change implies. It is the answer to "where
//! does this number come from?", so everything points back at the user's own file.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::Style;
use super::diagnostic::{self, SourceLines};
use super::labels::{self, Lang};
use super::number;
use super::table::{self, Cell, Fit};
use crate::model::{Indicator, Report};

/// Writes the explanation of each mention, separated by blank lines.
pub fn print(
    out: &mut dyn Write,
    report: &Report,
    mentions: &[&Indicator],
    style: &Style,
) -> io::Result<()> {
    // Lines indexed once: a query with many mentions on one long line stays linear.
    let mut lines = SourceLines::new(&report.original);
    for (i, indicator) in mentions.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        print_one(out, report, &mut lines, indicator, style)?;
    }
    Ok(())
}

fn print_one<'r>(
    out: &mut dyn Write,
    report: &'r Report,
    lines: &mut SourceLines<'r>,
    indicator: &Indicator,
    style: &Style,
) -> io::Result<()> {
    let bold = anstyle::Style::new().bold();
    let name = labels::indicator_name(indicator, style.lang);
    writeln!(out, "{}  {name}", style.paint(&indicator.id, bold))?;
    let length = indicator.quantity.text.chars().count();
    let mark = lines.mark(
        &report.source.path,
        indicator.quantity.line,
        indicator.quantity.column,
        length,
    );
    match mark {
        Some(mark) => {
            let mark_style = diagnostic::Style {
                color: style.color,
                width: usize::from(style.width),
                lang: style.lang,
            };
            writeln!(out, "{}", diagnostic::render_mark(&mark, mark_style))?;
        }
        None => writeln!(
            out,
            "  --> {}:{}:{}",
            report.source.path, indicator.quantity.line, indicator.quantity.column
        )?,
    }
    let rows = facts(report, indicator, style.lang)
        .into_iter()
        .map(|(label, value)| vec![Cell::new(label), Cell::new(value)])
        .collect();
    table::write(
        out,
        &table::fitted(style, &[], &[Fit::Token, Fit::Text], rows),
    )
}

/// The labelled facts of a mention, in reading order; absent facts are left out.
fn facts(report: &Report, i: &Indicator, lang: Lang) -> Vec<(&'static str, String)> {
    let mut facts = vec![
        (lang.pick("条款", "clause"), i.evidence.clone()),
        (lang.pick("名称", "name"), i.name.clone()),
    ];
    if let Some(label) = &i.label_en {
        facts.push((lang.pick("英文", "label"), label.clone()));
    }
    facts.push((
        lang.pick("类别", "category"),
        format!("{} ({})", i.category, i.category.label_zh()),
    ));
    // A change with no level of its own: its number is the change, not a value.
    let change_only = if i.change_only {
        lang.pick("(仅为变化)", " (change only)")
    } else {
        ""
    };
    facts.push((
        lang.pick("数值", "value"),
        format!(
            "{}{change_only}",
            number::value_with_unit(i.quantity.value, &i.quantity.unit)
        ),
    ));
    facts.push((
        lang.pick("基准值", "base value"),
        number::indicator_base_value(i),
    ));
    facts.push((
        lang.pick("比较", "comparator"),
        i.quantity.comparator.to_string(),
    ));
    if let Some(change) = &i.change {
        facts.push((
            lang.pick("变化", "change"),
            format!("{} ({})", number::change(change), change.text),
        ));
    }
    if let Some(prior) = i.implied_prior() {
        facts.push((
            lang.pick("上期(推算)", "implied prior"),
            prior_text(prior, &i.quantity.unit),
        ));
    }
    if let Some(section) = i.section.as_deref() {
        facts.push((lang.pick("节", "section"), section_text(report, section)));
    }
    if let Some(period) = i.period {
        facts.push((lang.pick("年份", "period"), period.to_string()));
    }
    facts
}

/// The implied prior value to two decimals, marked `≈` when rounding changed it.
fn prior_text(prior: Decimal, unit: &str) -> String {
    let rounded = prior.round_dp(2);
    let approx = if rounded == prior { "" } else { "≈" };
    format!("{approx}{}", number::value_with_unit(rounded, unit))
}

/// `2.4 (四)强化固体废物污染防治`: the id with the heading, when the outline has it.
fn section_text(report: &Report, id: &str) -> String {
    match report.sections.iter().find(|s| s.id == id) {
        Some(s) => format!("{id} {}{}", s.number, s.title),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::*;
    use crate::render::testdata;

    fn explain(id: &str, lang: Lang) -> String {
        let report = testdata::report();
        let mentions: Vec<&Indicator> = report.indicators.iter().filter(|i| i.id == id).collect();
        let style = Style {
            lang,
            ..Style::default()
        };
        let mut out = Vec::new();
        print(&mut out, &report, &mentions, &style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn underlines_the_number_in_the_original_line() {
        let text = explain("air.aqi_compliance_rate", Lang::Zh);
        let lines: Vec<&str> = text.lines().collect();
        // 空氣質(zhì)量指數(shù)(AQI)達(dá)標(biāo)率 is 34 characters: 95.1% starts at column 35.
        assert_eq!(lines[1], " --> sample.txt:3:35");
        // The line is 80 columns wide, so it is cut to fit; the carets must still sit
        // under `95.1%` whatever the cut.
        let shown = lines[3].strip_prefix("3 | ").unwrap();
        let underline = lines[4].strip_prefix("  | ").unwrap();
        let before = &shown[..shown.find("95.1%").unwrap()];
        assert_eq!(underline, format!("{}^^^^^", " ".repeat(before.width())));
        assert!(before.ends_with("達(dá)標(biāo)率"), "{before}");
    }

    #[test]
    fn shows_change_and_implied_prior() {
        let text = explain("air.aqi_compliance_rate", Lang::En);
        assert!(
            text.contains("\n change         ↑ +1.7pp (同比提升1.7个百分点)\n"),
            "{text}"
        );
        assert!(text.contains("\n implied prior  93.4%\n"), "{text}");
        let petitions = explain("enforcement.petitions", Lang::Zh);
        // 3978 / (1 - 0.126) = 4551.487…
        assert!(petitions.contains("≈4551.49宗"), "{petitions}");
        assert!(
            petitions.contains("\n 节          2 二、固体废物\n"),
            "{petitions}"
        );
    }
}
