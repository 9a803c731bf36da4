//! Categories from keywords (`lexicon/categories.toml`): the first category with a
//! keyword in the indicator's name, else in its clause, else in its section titles
//! (innermost first), else `general`.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::Category;

#[derive(Debug, Deserialize)]
struct CategoryDef {
    id: Category,
    keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CategoryFile {
    category: Vec<CategoryDef>,
}

fn definitions() -> &'static [CategoryDef] {
    static DEFS: OnceLock<Vec<CategoryDef>> = OnceLock::new();
    DEFS.get_or_init(|| {
        toml::from_str::<CategoryFile>(include_str!("../../lexicon/categories.toml"))
            .expect("lexicon/categories.toml is valid (checked by tests)")
            .category
    })
}

/// The first category with a keyword in `text`.
pub fn by_keywords(text: &str) -> Option<Category> {
    definitions()
        .iter()
        .find(|d| d.keywords.iter().any(|k| text.contains(k.as_str())))
        .map(|d| d.id)
}

/// The category of an indicator from its name, clause and section titles. An amount of
/// money whose name says nothing is an investment, or a penalty in an enforcement clause.
pub fn categorize(name: &str, clause: &str, section_titles: &[&str], money: bool) -> Category {
    if money && by_keywords(name).is_none() {
        return match by_keywords(clause) {
            Some(Category::Enforcement) => Category::Enforcement,
            _ => Category::Investment,
        };
    }
    std::iter::once(name)
        .chain(std::iter::once(clause))
        .chain(section_titles.iter().copied())
        .find_map(by_keywords)
        .unwrap_or(Category::General)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_first_then_clause_then_sections() {
        assert_eq!(categorize("罚没金额", "", &[], true), Category::Enforcement);
        assert_eq!(
            categorize("空气质量指数(AQI)达标率", "", &[], false),
            Category::Air
        );
        assert_eq!(
            categorize("问题", "督察反馈我市的11个问题", &[], false),
            Category::Enforcement
        );
        assert_eq!(
            categorize("重点企业", "首次开展", &["蓝天保卫战成果突出"], false),
            Category::Air
        );
        assert_eq!(
            categorize("约束性指标", "", &["生态环境质量状况"], false),
            Category::General
        );
    }

    #[test]
    fn order_settles_overlaps() {
        assert_eq!(
            categorize("医疗废物处置中心项目", "", &[], false),
            Category::Waste
        );
        assert_eq!(
            categorize("处理环境信访案件", "", &[], false),
            Category::Enforcement
        );
        assert_eq!(
            categorize("完成年度投资", "", &[], false),
            Category::Investment
        );
        assert_eq!(
            categorize("省碳控排企业", "", &[], false),
            Category::Climate
        );
        assert_eq!(
            categorize("受污染耕地安全利用率", "", &[], false),
            Category::Soil
        );
    }
}
