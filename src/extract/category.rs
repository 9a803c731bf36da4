//! Categories from keywords (`lexicon/categories.toml`): the first category with a
//! keyword in the indicator's name, else what its unit implies (money, mass,
//! concentration), else a keyword in its clause or its section titles (innermost first),
//! else `general`.

use super::unit::UnitKind;
use crate::lexicon::categories::first_with_keyword;
use crate::model::Category;

/// The first category with a keyword in `text`.
pub fn by_keywords(text: &str) -> Option<Category> {
    first_with_keyword(text, None)
}

/// What the unit alone says about the category, when the name says nothing.
fn by_unit(kind: UnitKind, unit: &str, clause: &str) -> Option<Category> {
    match kind {
        UnitKind::Money => Some(match by_keywords(clause) {
            Some(Category::Enforcement) => Category::Enforcement,
            _ => Category::Investment,
        }),
        UnitKind::Mass => Some(Category::Waste),
        UnitKind::Concentration if unit.ends_with("升") => Some(Category::Water),
        UnitKind::Concentration => Some(Category::Air),
        _ => None,
    }
}

/// The category of an indicator from its name, its unit, its clause (the first of
/// `context`, then the sentences before it in its paragraph, nearest first) and its
/// section titles, in that order of trust.
pub fn categorize(
    name: &str,
    kind: UnitKind,
    unit: &str,
    context: &[&str],
    section_titles: &[&str],
) -> Category {
    let clause = context.first().copied().unwrap_or("");
    by_keywords(name)
        .or_else(|| by_unit(kind, unit, clause))
        .or_else(|| {
            context
                .iter()
                .chain(section_titles)
                .copied()
                .find_map(|text| first_with_keyword(text, Some(Category::Investment)))
        })
        .unwrap_or(Category::General)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_first_then_clause_then_sections() {
        assert_eq!(
            categorize("罚没金额", UnitKind::Money, "万元", &[""], &[]),
            Category::Enforcement
        );
        assert_eq!(
            categorize("空气质量指数(AQI)达标率", UnitKind::Count, "", &[""], &[]),
            Category::Air
        );
        assert_eq!(
            categorize(
                "问题",
                UnitKind::Count,
                "",
                &["督察反馈我市的11个问题"],
                &[]
            ),
            Category::Enforcement
        );
        assert_eq!(
            categorize(
                "重点企业",
                UnitKind::Count,
                "",
                &["首次开展"],
                &["蓝天保卫战成果突出"]
            ),
            Category::Air
        );
        assert_eq!(
            categorize(
                "约束性指标",
                UnitKind::Count,
                "",
                &[""],
                &["生态环境质量状况"]
            ),
            Category::General
        );
    }

    #[test]
    fn order_settles_overlaps() {
        assert_eq!(
            categorize("医疗废物处置中心项目", UnitKind::Count, "", &[""], &[]),
            Category::Waste
        );
        assert_eq!(
            categorize("处理环境信访案件", UnitKind::Count, "", &[""], &[]),
            Category::Enforcement
        );
        assert_eq!(
            categorize("完成年度投资", UnitKind::Count, "", &[""], &[]),
            Category::Investment
        );
        assert_eq!(
            categorize("省碳控排企业", UnitKind::Count, "", &[""], &[]),
            Category::Climate
        );
        assert_eq!(
            categorize("受污染耕地安全利用率", UnitKind::Count, "", &[""], &[]),
            Category::Soil
        );
    }

    #[test]
    fn unit_speaks_when_the_name_does_not() {
        assert_eq!(
            categorize("累计清理物料", UnitKind::Mass, "万吨", &["督察整改"], &[]),
            Category::Waste
        );
        assert_eq!(
            categorize(
                "美国标准",
                UnitKind::Concentration,
                "微克/立方米",
                &[""],
                &[]
            ),
            Category::Air
        );
        assert_eq!(
            categorize("平均浓度", UnitKind::Concentration, "毫克/升", &[""], &[]),
            Category::Water
        );
        assert_eq!(
            categorize(
                "地区生产总值",
                UnitKind::Money,
                "亿元",
                &["粤港澳大湾区"],
                &[]
            ),
            Category::Investment
        );
        assert_eq!(
            categorize(
                "判赔",
                UnitKind::Money,
                "万元",
                &["诉讼案件作出一审判决"],
                &[]
            ),
            Category::Enforcement
        );
    }
}
