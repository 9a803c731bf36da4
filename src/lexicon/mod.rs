//! The lexicon: domain vocabulary as data, not code — known indicators (stable id, names
//! and aliases in both scripts, English label, category, unit, whether higher is better)
//! and units (aliases, base unit, factor). Compiled in from `lexicon/*.toml`.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::extract::unit::{self, UnitKind};
use crate::model::Category;

/// One known indicator.
#[derive(Debug, Clone, Deserialize)]
pub struct IndicatorEntry {
    /// Stable id: `category.snake_name` (`air.aqi_compliance_rate`).
    pub id: String,
    /// Canonical Chinese name (simplified).
    pub name: String,
    /// Other names it goes by, simplified or traditional.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub label_en: String,
    pub category: Category,
    /// Usual unit as written (`%`, `微克/立方米`, `件`).
    pub unit: String,
    #[serde(default)]
    pub higher_is_better: Option<bool>,
    /// Names that must resolve to this entry (run as tests).
    #[serde(default)]
    pub examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct IndicatorFile {
    indicator: Vec<IndicatorEntry>,
}

/// The known indicators, parsed once from the compiled-in data file.
pub fn indicators() -> &'static [IndicatorEntry] {
    static ENTRIES: OnceLock<Vec<IndicatorEntry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        toml::from_str::<IndicatorFile>(include_str!("../../lexicon/indicators.toml"))
            .expect("lexicon/indicators.toml is valid (checked by tests)")
            .indicator
    })
}

/// The entry with this id.
pub fn indicator(id: &str) -> Option<&'static IndicatorEntry> {
    indicators().iter().find(|e| e.id == id)
}

/// ASCII letters folded to upper case (`pm2.5` → `PM2.5`) for comparing names.
fn fold(s: &str) -> String {
    s.to_ascii_uppercase()
}

/// An entry as `resolve` compares it: its unit kind and its folded names, worked out once
/// instead of on every lookup (the lookup runs for every quantity of every report).
struct Resolvable {
    entry: &'static IndicatorEntry,
    kind: Option<UnitKind>,
    names: Vec<String>,
}

fn resolvable() -> &'static [Resolvable] {
    static RESOLVABLE: OnceLock<Vec<Resolvable>> = OnceLock::new();
    RESOLVABLE.get_or_init(|| {
        indicators()
            .iter()
            .map(|entry| Resolvable {
                entry,
                kind: unit::kind_of(&entry.unit),
                names: std::iter::once(&entry.name)
                    .chain(&entry.aliases)
                    .map(|a| fold(a))
                    .collect(),
            })
            .collect()
    })
}

/// The known indicator a name refers to: the entry with the longest name or alias that
/// the name equals or ends with, when its unit is of the same kind.
pub fn resolve(name: &str, kind: UnitKind) -> Option<&'static IndicatorEntry> {
    let name = fold(name);
    resolvable()
        .iter()
        .filter(|r| r.kind.is_none_or(|k| k == kind))
        .filter_map(|r| {
            r.names
                .iter()
                .filter(|a| name.ends_with(a.as_str()))
                .map(|a| a.len())
                .max()
                .map(|len| (len, r.entry))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, e)| e)
}

/// The known indicator for a name and a unit as written (`resolve` by unit kind).
pub fn resolve_name(name: &str, unit: &str) -> Option<&'static IndicatorEntry> {
    resolve(name, unit::kind_of(unit)?)
}
