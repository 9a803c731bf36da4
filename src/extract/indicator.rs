//! Indicators: a named quantity with its category, stable id, period, section and place
//! in the user's file. Names in the lexicon get the lexicon's id and English label;
//! others get a short deterministic id from category, name and base unit.

use std::hash::Hasher;

use fnv::{FnvHashMap, FnvHashSet};
use rust_decimal::Decimal;

use super::Mention;
use super::category::categorize;
use super::period::Years;
use super::quantity::Found;
use super::reading::Reading;
use super::unit::UnitKind;
use crate::lexicon;
use crate::model::place::region_key;
use crate::model::{Category, Indicator, Role};
use crate::text::{Bound, IndexedText};

/// An indicator in the making: the mention plus what attaching changes needs.
#[derive(Debug, Clone)]
pub struct Draft {
    pub mention: Mention,
    pub kind: UnitKind,
    /// A comparison value (`较107年的18.8微克`).
    pub reference: bool,
}

impl Draft {
    /// A change with no quantity of its own in the text ([`Indicator::change_only`]).
    pub fn is_change_only(&self) -> bool {
        self.mention.indicator.change_only
    }
}

/// What building an indicator needs to know about the document.
pub struct Context<'a> {
    pub reading: &'a Reading<'a>,
    pub years: &'a Years,
}

impl Context<'_> {
    fn text(&self) -> &IndexedText<'_> {
        &self.reading.text
    }

    /// Titles of the sections around `at`, innermost first.
    fn section_titles(&self, at: usize) -> Vec<&str> {
        self.reading
            .segmented
            .enclosing(at)
            .iter()
            .map(|s| s.section.title.as_str())
            .collect()
    }

    /// Where a category may be read, nearest first: the clause (`evidence`), then the
    /// clauses before it in its paragraph that speak of the name's head noun (`综合指数`
    /// of `大邑县综合指数`).
    fn category_context<'t>(
        &'t self,
        name: &str,
        evidence: &'t str,
        clause_start: usize,
    ) -> Vec<&'t str> {
        let text = self.text();
        let paragraph = &text[text.after_last(clause_start, Bound::Line)..clause_start];
        let head_at = name.char_indices().rev().nth(1).map(|(i, _)| i);
        let head = head_at.map(|i| &name[i..]);
        std::iter::once(evidence)
            .chain(
                paragraph
                    .rsplit(|c: char| Bound::Clause.ends(c))
                    .filter(move |s| head.is_some_and(|h| s.contains(h))),
            )
            .collect()
    }

    /// Builds the draft indicator for a quantity, its name and the place (part of the
    /// report's region) it is about. A known indicator of a place keeps the lexicon's id
    /// with `@` and the place's key (`air.pm25_concentration@binjiang`); a short alias
    /// (`综合指数`) names one only in its own category.
    pub fn draft(&self, q: &Found, name: String, place: Option<String>, reference: bool) -> Draft {
        let text = self.text();
        let clause = text.clause_at(q.span.start);
        let evidence = text[clause.clone()].trim().to_string();
        let titles = self.section_titles(q.span.start);
        let measure = place
            .as_deref()
            .and_then(|p| name.strip_prefix(p))
            .filter(|m| !m.is_empty())
            .unwrap_or(&name);
        let folded = lexicon::Folded::new(measure);
        let entry = folded.resolve_in(Some(q.kind), None);
        let category = entry.map_or_else(
            || {
                let context = self.category_context(&name, &evidence, clause.start);
                categorize(&name, q.kind, &q.unit, &context, &titles)
            },
            |e| e.category,
        );
        let entry = entry.or_else(|| folded.resolve_in(Some(q.kind), Some(category)));
        let position = self.reading.normalized.map.locate(q.span.start);
        let mut indicator = Indicator {
            id: match entry {
                Some(_) => String::new(),
                None => derived_id(category, &name, &q.base_unit),
            },
            label_en: None,
            higher_is_better: None,
            name,
            category,
            quantity: q.to_quantity(text, position.line, position.column),
            change: None,
            change_only: false,
            period: self.years.period_at(
                text,
                self.reading.segmented,
                q.span.start,
                self.reading.parts.at(q.span.start),
            ),
            period_months: self.years.months_at(text, q.span.start),
            place,
            role: Role::Actual,
            section: self
                .reading
                .segmented
                .section_at(q.span.start)
                .map(|s| s.section.id.clone()),
            evidence,
        };
        if let Some(entry) = entry {
            known_as(&mut indicator, entry);
        }
        Draft {
            mention: Mention {
                indicator,
                span: q.span.clone(),
                clause,
            },
            kind: q.kind,
            reference,
        }
    }

    /// A change with no level of its own carries the id of the quantity it changes: the
    /// known indicator its subject names (`PM2.5浓度` of `PM2.5浓度同比改善10.0%`), of the
    /// place the subject names (`临沭县优良天数增加15天` → `air.good_days@linshu`,
    /// `PM10新都区减少55微克` → `air.pm10_concentration@xindu`). A relative change (`%`)
    /// may be of a quantity in any unit, one in points of a percentage, any other of a
    /// quantity of its own unit's kind.
    pub fn identify_change(&self, draft: &mut Draft, subject: &str) {
        let indicator = &mut draft.mention.indicator;
        let Some(change) = &indicator.change else {
            return;
        };
        let kind = match change.unit.as_str() {
            "%" => None,
            "pp" => Some(UnitKind::Percent),
            _ => Some(draft.kind),
        };
        let measure = without_place(subject, indicator.place.as_deref());
        if let Some(entry) = lexicon::resolve_in(measure, kind, Some(indicator.category)) {
            known_as(indicator, entry);
        }
    }
}

/// A subject without the place it names, wherever the place stands in it (`PM10新都区`
/// → `PM10`: a topic stated first, `PM10方面,…新都区减少`).
pub fn without_place<'a>(subject: &'a str, place: Option<&str>) -> &'a str {
    let Some((at, place)) = place
        .filter(|p| !p.is_empty())
        .and_then(|p| subject.find(p).map(|at| (at, p)))
    else {
        return subject;
    };
    let end = at + place.len();
    match (&subject[..at], &subject[end..]) {
        ("", rest) | (rest, "") if !rest.is_empty() => rest,
        _ => subject,
    }
}

/// Makes a mention the known indicator `entry`: its id (with the mention's place:
/// `air.pm25_concentration@binjiang`), English label, category and direction.
fn known_as(indicator: &mut Indicator, entry: &lexicon::IndicatorEntry) {
    indicator.id = match &indicator.place {
        Some(p) => format!("{}@{}", entry.id, region_key(p)),
        None => entry.id.clone(),
    };
    indicator.label_en = Some(entry.label_en.clone());
    indicator.higher_is_better = entry.higher_is_better;
    indicator.category = entry.category;
}

/// A short, stable id for a quantity outside the lexicon: the category, then six hex
/// digits of the FNV-1a hash of the normalized name (no spaces or quotation marks) and
/// the base unit, so the mentions of one indicator share it and two quantities of one
/// name in different units (`16批`, `45项`) do not. The name itself stays beside it in
/// every output.
pub fn derived_id(category: Category, name: &str, base_unit: &str) -> String {
    let slug: String = name
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '\'' | '《' | '》' | '「' | '」')
        })
        .collect();
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(slug.as_bytes());
    hasher.write(b"\0");
    hasher.write(base_unit.as_bytes());
    format!("{category}.{:06x}", hasher.finish() >> 40)
}

/// A value as [`same_value`] compares it: the base value, and whether it is approximate.
type Value = (Decimal, bool);

fn value_of(q: &crate::model::Quantity) -> Value {
    (
        q.base_value,
        q.comparator == crate::model::Comparator::Approx,
    )
}

/// Whether two mentions state one value: equal, or one a round figure of the other
/// (`近六千吨` in a headline, `5880吨` in the text: within 5%).
fn same_value((a, a_about): Value, (b, b_about): Value) -> bool {
    if a == b {
        return true;
    }
    let larger = a.abs().max(b.abs());
    (a_about || b_about) && (a - b).abs() * Decimal::from(20) <= larger
}

/// Two different quantities never share an id: a mention whose id an earlier mention of
/// the same period already has, with another name and another value (`完成年度投资11.59亿`,
/// then `完成投资7.48亿元` of a smaller group, both `investment.completed`), gets the id of
/// its own name ([`derived_id`]) and loses the lexicon's English label. Mentions of one
/// indicator (same value, or same name, or another role: a goal and its actual) keep
/// sharing theirs, and so do its changes: a change with no level of its own is of the
/// indicator, not another quantity (`PM10浓度均值37`, then `PM10降幅在9到55之间`).
pub fn separate_quantities(mentions: &mut [Mention]) {
    // The values met so far under each id, period and role, by name, each distinct value
    // once: only another name's value can clash, so a long list of one indicator, or a
    // report of many thousand numbers, is not compared number by number.
    type Key = (String, Option<i32>, Option<(u8, u8)>, Role);
    let mut earlier: FnvHashMap<Key, FnvHashMap<String, FnvHashSet<Value>>> = FnvHashMap::default();
    let key = |i: &Indicator| (i.id.clone(), i.period, i.period_months, i.role);
    for indicator in mentions.iter_mut().map(|m| &mut m.indicator) {
        if indicator.change_only {
            continue;
        }
        let value = value_of(&indicator.quantity);
        let other_quantity = earlier.get(&key(indicator)).is_some_and(|names| {
            names.iter().any(|(name, values)| {
                *name != indicator.name && values.iter().any(|&v| !same_value(v, value))
            })
        });
        if other_quantity {
            // No longer the lexicon's indicator: its label and direction go with the id.
            indicator.id = derived_id(
                indicator.category,
                &indicator.name,
                &indicator.quantity.base_unit,
            );
            indicator.label_en = None;
            indicator.higher_is_better = None;
        }
        earlier
            .entry(key(indicator))
            .or_default()
            .entry(indicator.name.clone())
            .or_default()
            .insert(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_short_and_stable() {
        let id = derived_id(Category::Water, "排查入河排口", "个");
        assert_eq!(id, derived_id(Category::Water, "排查 入河排口", "个"));
        assert_eq!(
            derived_id(Category::Public, "“绿色生活”公众知晓率", "%"),
            derived_id(Category::Public, "绿色生活公众知晓率", "%"),
            "quotation marks do not count"
        );
        assert!(
            id.starts_with("water.") && id.len() == "water.".len() + 6,
            "{id}"
        );
    }

    #[test]
    fn one_name_in_two_units_gets_two_ids() {
        let batches = derived_id(Category::Enforcement, "累及上报调阅资料", "批");
        let items = derived_id(Category::Enforcement, "累及上报调阅资料", "项");
        assert_ne!(batches, items);
    }
}
