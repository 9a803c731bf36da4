//! The lexicon: domain vocabulary as data, not code — known indicators (stable id, names
//! and aliases in both scripts, English label, category, unit, whether higher is better)
//! units (aliases, base unit, factor, kind), change words with their direction and the
//! words that say how a value is stated (comparators, money, value slots), and the
//! words the audit's checks read.
//! Compiled in from `lexicon/*.toml` (as JSON, by `build.rs`), through `lexicon_file!`.

use std::sync::OnceLock;

use serde::Deserialize;

/// The parsed data of `lexicon/NAME.toml`: the one way vocabulary gets into the program.
/// `build.rs` checks the TOML and embeds it as JSON, which parses several times faster.
macro_rules! lexicon_file {
    ($name:literal) => {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))).expect(
            concat!(
                "lexicon/",
                $name,
                ".toml matches its schema (checked by tests)"
            ),
        )
    };
}
pub(crate) use lexicon_file;

/// A function that gives `lexicon/NAME.toml` as `TYPE`, parsed on first use:
/// `lexicon_words!(pub fn audit_words() -> AuditWords = "audit");`.
macro_rules! lexicon_words {
    ($(#[$doc:meta])* $vis:vis fn $fn:ident() -> $ty:ty = $name:literal) => {
        $(#[$doc])*
        $vis fn $fn() -> &'static $ty {
            static WORDS: std::sync::OnceLock<$ty> = std::sync::OnceLock::new();
            WORDS.get_or_init(|| $crate::lexicon::lexicon_file!($name))
        }
    };
}
pub(crate) use lexicon_words;

pub mod audit_words;
pub mod categories;
pub mod changes;
pub mod period_words;
pub mod quantity_words;
pub mod script;
pub mod units;
pub mod words;

use crate::model::Category;
use units::UnitKind;

/// One known indicator.
#[derive(Debug, Clone, Deserialize)]
pub struct IndicatorEntry {
    /// Stable id: `category.snake_name` (`air.aqi_compliance_rate`).
    pub id: String,
    /// Canonical Chinese name (simplified).
    pub name: String,
    /// Other names it goes by, simplified.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name and aliases in traditional script.
    #[serde(default)]
    pub aliases_traditional: Vec<String>,
    /// Names too short to say the category by themselves (`综合指数`, in both scripts):
    /// they name this entry only where the quantity's own words or clause give it the
    /// entry's category (`大邑县综合指数` in a paragraph on air quality).
    #[serde(default)]
    pub short_aliases: Vec<String>,
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
        let file: IndicatorFile = lexicon_file!("indicators");
        file.indicator
    })
}

/// The entry with this id.
pub fn indicator(id: &str) -> Option<&'static IndicatorEntry> {
    indicators().iter().find(|e| e.id == id)
}

/// Chinese characters: CJK unified ideographs with their extensions, and compatibility
/// ideographs. The one definition every stage uses.
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

/// Simplified script, half-width brackets, no spaces: how user-given and report names
/// are compared.
pub fn normalize_name(name: &str) -> String {
    script::t2s(name)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

/// Names as compared: simplified script, ASCII letters in upper case (`pm2.5` → `PM2.5`),
/// parentheses and the particle 的 dropped, so `細懸浮微粒(PM2.5)年平均值` ends like
/// `PM2.5年平均值` and `PM2.5的浓度均值` like `PM2.5浓度均值`.
pub fn fold(s: &str) -> String {
    script::t2s(s)
        .to_ascii_uppercase()
        .replace(['(', ')', '的'], "")
}

/// The known indicator a name refers to: the entry with the longest name or alias that
/// the name equals or ends with, when its unit is of the same kind.
pub fn resolve(name: &str, kind: UnitKind) -> Option<&'static IndicatorEntry> {
    resolve_in(name, Some(kind), None)
}

/// [`resolve`] for a quantity whose category is known: short aliases of that category
/// count too. A `kind` of `None` takes an entry of any unit: a relative change
/// (`PM2.5浓度同比改善10.0%`) may be of any quantity.
pub fn resolve_in(
    name: &str,
    kind: Option<UnitKind>,
    category: Option<Category>,
) -> Option<&'static IndicatorEntry> {
    Folded::new(name).resolve_in(kind, category)
}

/// A name folded once ([`fold`]) for several lookups: a quantity's name is looked up
/// first without its category, then, once the category is known, with it.
pub struct Folded(String);

impl Folded {
    pub fn new(name: &str) -> Folded {
        Folded(fold(name))
    }

    /// [`resolve_in`] of the name.
    pub fn resolve_in(
        &self,
        kind: Option<UnitKind>,
        category: Option<Category>,
    ) -> Option<&'static IndicatorEntry> {
        resolve_folded(&self.0, kind, category)
    }
}

fn resolve_folded(
    name: &str,
    kind: Option<UnitKind>,
    category: Option<Category>,
) -> Option<&'static IndicatorEntry> {
    let aliases = aliases();
    // Suffixes from the longest (none longer than the longest alias): the first that is
    // an alias of the right kind wins; of equal aliases, the last entry in the file.
    let shortest_start = name.len().saturating_sub(aliases.longest);
    name.char_indices().find_map(|(at, _)| {
        if at < shortest_start {
            return None;
        }
        aliases
            .names
            .get(&name[at..])?
            .iter()
            .rev()
            .filter(|a| !a.short || category == Some(a.entry.category))
            .find(|a| match (a.kind, kind) {
                (Some(entry), Some(wanted)) => entry == wanted,
                _ => true,
            })
            .map(|a| a.entry)
    })
}

/// One name or alias of an entry with the kind of the entry's unit.
struct Alias {
    kind: Option<UnitKind>,
    /// A short alias: valid only in the entry's category.
    short: bool,
    entry: &'static IndicatorEntry,
}

/// Names and aliases, folded once, to the entries that go by them (in file order).
struct Aliases {
    names: fnv::FnvHashMap<String, Vec<Alias>>,
    /// The byte length of the longest: no longer suffix of a name needs looking up.
    longest: usize,
}

fn aliases() -> &'static Aliases {
    static ALIASES: OnceLock<Aliases> = OnceLock::new();
    ALIASES.get_or_init(|| {
        let mut map: fnv::FnvHashMap<String, Vec<Alias>> = fnv::FnvHashMap::default();
        for entry in indicators() {
            let kind = entry_kind(&entry.unit);
            let full = std::iter::once(&entry.name)
                .chain(&entry.aliases)
                .chain(&entry.aliases_traditional)
                .map(|alias| (alias, false));
            let short = entry.short_aliases.iter().map(|alias| (alias, true));
            for (alias, short) in full.chain(short) {
                map.entry(fold(alias))
                    .or_default()
                    .push(Alias { kind, short, entry });
            }
        }
        let longest = map.keys().map(String::len).max().unwrap_or(0);
        Aliases {
            names: map,
            longest,
        }
    })
}

/// The known indicator for a name and a unit as written (`resolve` by unit kind).
pub fn resolve_name(name: &str, unit: &str) -> Option<&'static IndicatorEntry> {
    resolve(name, entry_kind(unit)?)
}

/// [`resolve_name`] for a quantity of a known category ([`resolve_in`]).
pub fn resolve_name_in(
    name: &str,
    unit: &str,
    category: Category,
) -> Option<&'static IndicatorEntry> {
    resolve_in(name, Some(entry_kind(unit)?), Some(category))
}

/// The kind of an entry's unit as the extractor gives it to a value: no unit is a bare
/// number (an index such as `空气质量综合指数为2.98`, a pH), which the extractor reads
/// as a count with no counter word; a count per area (`人/平方公里`) is a density.
fn entry_kind(unit: &str) -> Option<UnitKind> {
    if unit.is_empty() {
        return Some(UnitKind::Count);
    }
    units::kind_of(unit).or_else(|| {
        let count = unit
            .strip_suffix("/平方公里")
            .or_else(|| unit.strip_suffix("/平方米"))?;
        (units::kind_of(count) == Some(UnitKind::Count)).then_some(UnitKind::Density)
    })
}
