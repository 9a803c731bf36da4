//! A self-contained HTML page: the summary of a report with a bar chart per key category
//! (the comparison page of `compare::print` is built on the same frame). No script, no network,
//! a print stylesheet; every text from a report is escaped (`html-escape` for the page,
//! the `svg` crate inside charts).

use std::fmt::Write as _;
use std::io::{self, Write};

use html_escape::encode_text as text;
use rust_decimal::prelude::ToPrimitive;

use super::chart::{self, Bar};
use super::labels::{self, Lang};
use super::{number, summary};
use crate::model::{Indicator, Report};

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',\
'Microsoft YaHei',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232b}\
h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccd;margin-top:1.6rem}\
p.facts{color:#4a5260;margin:.2rem 0}table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}\
td,th{border:1px solid #ccd;padding:.2rem .5rem;text-align:left}td.n{text-align:right}\
svg{display:block;max-width:100%;height:auto}section{break-inside:avoid}\
@media print{body{margin:0;max-width:none}h2{break-after:avoid}a{color:inherit}}";

/// Writes the page head up to the opening of `main`.
pub fn open(out: &mut dyn Write, title: &str, lang: Lang) -> io::Result<()> {
    let code = lang.pick("zh-Hans", "en");
    writeln!(out, "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(out, "<title>{}</title>", text(title))?;
    writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>\n<main>")?;
    writeln!(out, "<h1>{}</h1>", text(title))
}

/// Closes what [`open`] opened.
pub fn close(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "</main>\n</body>\n</html>")
}

/// The summary page of one report.
pub fn summary(out: &mut dyn Write, report: &Report, lang: Lang) -> io::Result<()> {
    let untitled = lang.pick("(无标题)", "(untitled)");
    open(
        out,
        report.document.title.as_deref().unwrap_or(untitled),
        lang,
    )?;
    for line in [
        summary::document_line(report, lang),
        summary::source_line(report, lang),
        summary::normalization_line(report, lang),
        lang.pick(
            "蓝条为本年数值,灰条为由所述同比变化推得的上年数值;比例以 100% 为满格,其他指标各自成比例。",
            "Blue: this year's value; grey: last year's, from the stated change. Shares are drawn against 100%, other values each on their own scale.",
        )
        .to_string(),
    ] {
        writeln!(out, "<p class=\"facts\">{}</p>", text(&line))?;
    }
    for (category, indicators) in summary::key_indicators(report) {
        let name = labels::category(category, lang);
        writeln!(out, "<section>\n<h2>{}</h2>", text(name))?;
        let bars: Vec<Bar> = indicators.iter().map(|i| bar(i, lang)).collect();
        writeln!(out, "{}", chart::bars(name, &bars))?;
        writeln!(out, "</section>")?;
    }
    writeln!(out, "<section>\n<h2>{}</h2>", lang.pick("概况", "Overview"))?;
    for line in [
        summary::projects_line(report, lang),
        summary::targets_line(report, lang),
        summary::diagnostics_line(report, lang),
    ] {
        writeln!(out, "<p>{}</p>", text(&line))?;
    }
    writeln!(out, "</section>")?;
    close(out)
}

/// A key indicator as a bar: this year's value, last year's from the stated change.
fn bar(indicator: &Indicator, lang: Lang) -> Bar {
    let mut shown = number::indicator_value(indicator);
    if let Some(change) = &indicator.change {
        let _ = write!(shown, " {}", number::change(change));
    }
    Bar {
        label: labels::indicator_name(indicator, lang).to_string(),
        value: indicator.quantity.value.to_f64().unwrap_or(0.0),
        prior: indicator.implied_prior().and_then(|p| p.to_f64()),
        shown,
        share: indicator.quantity.unit == "%",
    }
}
