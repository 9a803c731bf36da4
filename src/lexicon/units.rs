//! Units: the table of what may follow a number (`lexicon/units.toml`), matched longest
//! first, with an optional scale prefix (万, 亿…). A match carries the unit as written, the
//! base unit and the factor to it, so `27.33万吨` becomes 273300 吨 in exact decimals.

use std::str::FromStr;
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::model::{Comparator, Quantity};

/// What a unit measures; decides which conversions and checks make sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Count,
    Percent,
    PercentagePoint,
    Mass,
    Money,
    Capacity,
    Concentration,
    Length,
    Area,
    Volume,
    Noise,
    Energy,
    Time,
    Ratio,
    Temperature,
    /// A length per time (`米/秒`, `每小时12.9公里`).
    Speed,
    /// A mass settling on an area per time (`吨/(平方公里·30天)`).
    Deposition,
    /// A count per area (`每平方公里16,921人`).
    Density,
    /// A bare scale word (`500亿`): a plain number of that size.
    Scale,
}

#[derive(Debug, Deserialize)]
struct UnitDef {
    kind: UnitKind,
    names: Vec<String>,
    /// Base unit; `=` means the name itself (counter words).
    base: String,
    #[serde(default)]
    factor: Option<String>,
    #[serde(default)]
    scalable: bool,
    #[serde(default)]
    arabic_only: bool,
    /// Surface texts that must parse to this unit (run by the lexicon tests).
    #[serde(default)]
    examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct UnitFile {
    unit: Vec<UnitDef>,
}

/// One name of one unit, ready for matching.
#[derive(Debug)]
struct UnitName {
    name: String,
    base: String,
    factor: Decimal,
    kind: UnitKind,
    scalable: bool,
    arabic_only: bool,
}

/// A unit found after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitMatch {
    /// As written, scale included (`万吨/天`).
    pub written: String,
    /// Length of the written unit in bytes.
    pub len: usize,
    pub base_unit: String,
    /// Multiply the value by this to get the base value.
    pub factor: Decimal,
    pub kind: UnitKind,
}

const SCALES: [(&str, u64); 7] = [
    ("万亿", 1_000_000_000_000),
    ("千万", 10_000_000),
    ("百万", 1_000_000),
    ("亿", 100_000_000),
    ("万", 10_000),
    ("千", 1_000),
    ("百", 100),
];

/// The unit definitions, parsed once from the compiled-in data file.
fn definitions() -> &'static [UnitDef] {
    static DEFINITIONS: OnceLock<Vec<UnitDef>> = OnceLock::new();
    DEFINITIONS.get_or_init(|| {
        let file: UnitFile = super::lexicon_file!("units");
        file.unit
    })
}

/// The unit names, longest first, with the indices of the names that start with each
/// character: matching looks only at the names that can start the text.
struct Names {
    all: Vec<UnitName>,
    /// Per first character, in character order, the names (indices into `all`, longest
    /// first) that start with it.
    by_first_char: Vec<(char, Vec<usize>)>,
}

fn names() -> &'static Names {
    static NAMES: OnceLock<Names> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut all: Vec<UnitName> = definitions()
            .iter()
            .flat_map(|def| {
                let factor = def.factor.as_deref().map_or(Decimal::ONE, |f| {
                    Decimal::from_str(f).unwrap_or(Decimal::ONE)
                });
                def.names.iter().map(move |name| UnitName {
                    name: name.clone(),
                    base: if def.base == "=" {
                        name.clone()
                    } else {
                        def.base.clone()
                    },
                    factor,
                    kind: def.kind,
                    scalable: def.scalable,
                    arabic_only: def.arabic_only,
                })
            })
            .filter(|u| !u.name.is_empty())
            .collect();
        all.sort_by_key(|u| std::cmp::Reverse(u.name.len()));
        let mut by_first_char: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, u) in all.iter().enumerate() {
            let first = u.name.chars().next().expect("unit names are not empty");
            match by_first_char.binary_search_by_key(&first, |(c, _)| *c) {
                Ok(at) => by_first_char[at].1.push(i),
                Err(at) => by_first_char.insert(at, (first, vec![i])),
            }
        }
        Names { all, by_first_char }
    })
}

/// The longest unit name at the start of `text`, without a scale prefix.
fn match_name(text: &str, chinese_numeral: bool) -> Option<&'static UnitName> {
    let names = names();
    let first = text.chars().next()?;
    let at = names
        .by_first_char
        .binary_search_by_key(&first, |(c, _)| *c)
        .ok()?;
    names.by_first_char[at]
        .1
        .iter()
        .map(|&i| &names.all[i])
        .find(|u| {
            let script_fits = !(chinese_numeral && u.arabic_only);
            text.starts_with(u.name.as_str()) && script_fits && !continues_word(text, &u.name)
        })
}

/// Latin unit names must not be the start of a longer Latin word (`m` in `mg`, `h` in `has`).
fn continues_word(text: &str, name: &str) -> bool {
    let last_is_ascii_letter = name.chars().last().is_some_and(|c| c.is_ascii_alphabetic());
    last_is_ascii_letter
        && text[name.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The unit at the start of `text` (what follows a number), scale prefix included.
/// `chinese_numeral` says whether the number was written with Chinese numerals.
pub fn match_unit(text: &str, chinese_numeral: bool) -> Option<UnitMatch> {
    let direct = match_name(text, chinese_numeral).map(|unit| UnitMatch {
        written: unit.name.clone(),
        len: unit.name.len(),
        base_unit: unit.base.clone(),
        factor: unit.factor,
        kind: unit.kind,
    });
    let scaled = scaled(text, chinese_numeral);
    // A unit whose name starts with a scale word (`千瓦时`, `百分点`) is longer than the
    // bare scale; on a tie the scale reading wins (`万吨`, `千克`).
    match (direct, scaled) {
        (Some(d), Some(s)) if d.len > s.len => Some(d),
        (d, s) => s.or(d),
    }
}

/// A scale word (`万`) and the scalable unit after it (`万吨`), or the bare scale.
fn scaled(text: &str, chinese_numeral: bool) -> Option<UnitMatch> {
    let (scale, size) = SCALES.iter().find(|(scale, _)| text.starts_with(scale))?;
    let rest = &text[scale.len()..];
    let scale_factor = Decimal::from(*size);
    Some(
        match match_name(rest, chinese_numeral).filter(|u| u.scalable) {
            Some(unit) => UnitMatch {
                written: format!("{scale}{}", unit.name),
                len: scale.len() + unit.name.len(),
                base_unit: unit.base.clone(),
                factor: scale_factor * unit.factor,
                kind: unit.kind,
            },
            None => UnitMatch {
                written: scale.to_string(),
                len: scale.len(),
                base_unit: String::new(),
                factor: scale_factor,
                kind: UnitKind::Scale,
            },
        },
    )
}

/// The kind of a unit written on its own (`万吨`, `%`), for comparing quantities.
pub fn kind_of(unit: &str) -> Option<UnitKind> {
    match_unit(unit, false)
        .or_else(|| match_unit(unit, true))
        .filter(|m| m.len == unit.len())
        .map(|m| m.kind)
}

/// Whether a unit counts whole things (`件`, `个`, `家次`: the counter words), or whole
/// days (`18天`): an integer in such a unit is exact, not rounded.
pub fn counts_whole_things(unit: &str) -> bool {
    unit == "天" || kind_of(unit) == Some(UnitKind::Count)
}

/// Every unit name with its examples, for the lexicon tests.
pub fn examples() -> Vec<(String, Vec<String>)> {
    definitions()
        .iter()
        .map(|d| (d.names[0].clone(), d.examples.clone()))
        .collect()
}

/// Reads an amount a user writes on its own: Arabic digits, then nothing or exactly one
/// unit (`30万吨`, `3000万元`, `95%`, `0.3亿`). The value in the base unit is exact.
/// `None` for anything else, including values whose base value overflows.
pub fn parse_amount(text: &str) -> Option<Quantity> {
    let text = text.trim();
    let digits = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let value = Decimal::from_str(&text[..digits]).ok()?;
    let rest = &text[digits..];
    let (unit, base_unit, factor) = if rest.is_empty() {
        (String::new(), String::new(), Decimal::ONE)
    } else {
        let unit = match_unit(rest, false).filter(|m| m.len == rest.len())?;
        (unit.written, unit.base_unit, unit.factor)
    };
    Some(Quantity {
        value,
        unit,
        base_value: value.checked_mul(factor)?,
        base_unit,
        comparator: Comparator::Eq,
        text: text.to_string(),
        line: 0,
        column: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> (String, String, Decimal, UnitKind) {
        let m = match_unit(text, false).expect("a unit");
        (m.written, m.base_unit, m.factor, m.kind)
    }

    #[test]
    fn longest_name_wins() {
        assert_eq!(unit("个百分点,").0, "个百分点");
        assert_eq!(unit("万吨/天,").0, "万吨/天");
        assert_eq!(unit("家次").0, "家次");
        assert_eq!(unit("mm,").0, "mm");
    }

    #[test]
    fn scale_prefix_multiplies() {
        assert_eq!(unit("万吨").2, Decimal::from(10_000));
        assert_eq!(unit("万吨").1, "吨");
        assert_eq!(unit("亿元").2, Decimal::from(100_000_000));
        assert_eq!(unit("万吨/日").1, "吨/日");
    }

    #[test]
    fn bare_scale_is_a_scale_unit() {
        let (written, base, factor, kind) = unit("亿建设");
        assert_eq!(
            (written.as_str(), base.as_str(), kind),
            ("亿", "", UnitKind::Scale)
        );
        assert_eq!(factor, Decimal::from(100_000_000));
    }

    #[test]
    fn counters_keep_their_word_as_base() {
        assert_eq!(unit("件,").1, "件");
        assert_eq!(unit("轮次共").1, "轮次");
    }

    #[test]
    fn taiwan_words_convert_to_base() {
        assert_eq!(unit("微克/立方公尺").1, "微克/立方米");
    }

    #[test]
    fn latin_units_do_not_start_words() {
        assert!(match_unit("most", false).is_none());
        assert_eq!(unit("mm,").0, "mm");
    }

    #[test]
    fn tenths_and_arabic_only() {
        assert_eq!(
            match_unit("成", false).map(|m| m.factor),
            Some(Decimal::from(10))
        );
        assert!(match_unit("方面", true).is_none());
        assert!(match_unit("方", true).is_none());
    }

    #[test]
    fn amounts_read_value_unit_and_base() {
        let q = parse_amount("30万吨").expect("an amount");
        assert_eq!((q.value, q.unit.as_str()), (Decimal::from(30), "万吨"));
        assert_eq!(
            (q.base_value, q.base_unit.as_str()),
            (Decimal::from(300_000), "吨")
        );
        let bare = parse_amount("0.3亿").expect("a scaled number");
        assert_eq!(
            (bare.base_value, bare.base_unit.as_str()),
            (Decimal::from(30_000_000), "")
        );
        assert_eq!(
            parse_amount(" 95 ").map(|q| q.value),
            Some(Decimal::from(95))
        );
        assert!(parse_amount("95 apples").is_none());
        assert!(parse_amount("abc").is_none());
        assert!(parse_amount("99999999999999999999999亿元").is_none());
    }

    #[test]
    fn kind_of_whole_unit() {
        assert_eq!(kind_of("万吨"), Some(UnitKind::Mass));
        assert_eq!(kind_of("%"), Some(UnitKind::Percent));
        assert_eq!(kind_of("万吨x"), None);
    }
}
