//! Indicators: a named quantity with its category, stable id, period, section and place
//! in the user's file. Names in the lexicon get the lexicon's id and English label;
//! others get a deterministic id from category and name.

use super::Mention;
use super::category::categorize;
use super::period::Years;
use super::quantity::Found;
use super::unit::UnitKind;
use crate::input::Normalized;
use crate::lexicon;
use crate::model::{Category, Indicator};
use crate::text::{Segmented, clause_at};

/// An indicator in the making: the mention plus what attaching changes needs.
#[derive(Debug, Clone)]
pub struct Draft {
    pub mention: Mention,
    pub kind: UnitKind,
    /// A comparison value (`较107年的18.8微克`).
    pub reference: bool,
    /// A change with no quantity of its own in the text.
    pub change_only: bool,
}

/// What building an indicator needs to know about the document.
pub struct Context<'a> {
    pub normalized: &'a Normalized,
    pub segmented: &'a Segmented,
    pub years: &'a Years,
}

impl Context<'_> {
    fn text(&self) -> &str {
        &self.normalized.text
    }

    /// Titles of the sections around `at`, innermost first.
    fn section_titles(&self, at: usize) -> Vec<&str> {
        self.segmented
            .enclosing(at)
            .iter()
            .map(|s| s.section.title.as_str())
            .collect()
    }

    /// Builds the draft indicator for a quantity and its name.
    pub fn draft(&self, q: &Found, name: String, reference: bool) -> Draft {
        let text = self.text();
        let clause = clause_at(text, q.span.start);
        let evidence = text[clause.clone()].trim().to_string();
        let titles = self.section_titles(q.span.start);
        let entry = lexicon::resolve(&name, q.kind);
        let category = entry.map_or_else(
            || categorize(&name, q.kind, &q.unit, &evidence, &titles),
            |e| e.category,
        );
        let position = self.normalized.map.locate(q.span.start);
        let indicator = Indicator {
            id: entry.map_or_else(|| derived_id(category, &name), |e| e.id.clone()),
            label_en: entry.map(|e| e.label_en.clone()),
            higher_is_better: entry.and_then(|e| e.higher_is_better),
            name,
            category,
            quantity: q.to_quantity(text, position.line, position.column),
            change: None,
            period: self.years.period_at(text, self.segmented, q.span.start),
            section: self
                .segmented
                .section_at(q.span.start)
                .map(|s| s.section.id.clone()),
            evidence,
        };
        Draft {
            mention: Mention {
                indicator,
                span: q.span.clone(),
                clause,
            },
            kind: q.kind,
            reference,
            change_only: false,
        }
    }
}

/// A deterministic id for a name outside the lexicon: `category.name`, without spaces
/// and quotation marks.
pub fn derived_id(category: Category, name: &str) -> String {
    let slug: String = name
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '\'' | '《' | '》' | '「' | '」')
        })
        .collect();
    format!("{category}.{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_ids_are_stable() {
        assert_eq!(
            derived_id(Category::Water, "排查入河排口"),
            "water.排查入河排口"
        );
        assert_eq!(
            derived_id(Category::Public, "“绿色生活”公众知晓率"),
            "public.绿色生活公众知晓率"
        );
    }
}
