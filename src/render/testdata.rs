//! A small hand-built report for render tests, modelled on sentences of the seed so the
//! expected output can be checked by eye. Columns are computed from the original text
//! the way extraction reports them (1-based, in characters).

use rust_decimal::Decimal;

use crate::model::*;

/// The input "as given": traditional characters with pinyin glued after them.
pub const ORIGINAL: &str = "珠海市生態(tài)環(huán)境局2021年工作總結(jié)\n\
一、環(huán)境質(zhì)量\n\
空氣質(zhì)量指數(shù)(AQI)達(dá)標(biāo)率95.1%,同比提升1.7個(gè)百分點(diǎn)。\n\
二、固體廢物\n\
全市危險(xiǎn)廢物產(chǎn)生量27.33萬(wàn)噸,利用處置量30.18萬(wàn)噸。\n\
受污染耕地安全利用率達(dá)到90%以上。\n\
全年受理信訪案件3978宗,同比下降12.6%。\n";

fn dec(text: &str) -> Decimal {
    text.parse().expect("test decimal")
}

/// 1-based character column of `needle` on 1-based `line` of [`ORIGINAL`].
fn column_of(line: usize, needle: &str) -> usize {
    let text = ORIGINAL.lines().nth(line - 1).expect("test line");
    let byte = text.find(needle).expect("needle on line");
    text[..byte].chars().count() + 1
}

struct Spec<'a> {
    id: &'a str,
    name: &'a str,
    category: Category,
    value: &'a str,
    unit: &'a str,
    base: (&'a str, &'a str),
    line: usize,
    section: &'a str,
    evidence: &'a str,
}

fn indicator(spec: Spec<'_>) -> Indicator {
    let text = format!("{}{}", spec.value, spec.unit);
    Indicator {
        id: spec.id.to_string(),
        name: spec.name.to_string(),
        label_en: None,
        category: spec.category,
        quantity: Quantity {
            value: dec(spec.value),
            unit: spec.unit.to_string(),
            base_value: dec(spec.base.0),
            base_unit: spec.base.1.to_string(),
            comparator: Comparator::Eq,
            text,
            line: spec.line,
            column: column_of(spec.line, spec.value),
        },
        change: None,
        change_only: false,
        period: Some(2021),
        period_months: None,
        place: None,
        role: crate::model::Role::Actual,
        section: Some(spec.section.to_string()),
        evidence: spec.evidence.to_string(),
        higher_is_better: None,
    }
}

fn change(value: &str, unit: &str, direction: Direction, text: &str) -> Option<Change> {
    Some(Change {
        kind: "yoy".to_string(),
        base_period: None,
        value: dec(value),
        unit: unit.to_string(),
        direction,
        text: text.to_string(),
    })
}

pub fn aqi() -> Indicator {
    let mut aqi = indicator(Spec {
        id: "air.aqi_compliance_rate",
        name: "空气质量指数(AQI)达标率",
        category: Category::Air,
        value: "95.1",
        unit: "%",
        base: ("95.1", "%"),
        line: 3,
        section: "1",
        evidence: "空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点",
    });
    aqi.label_en = Some("Share of days with good air quality (AQI)".to_string());
    aqi.higher_is_better = Some(true);
    aqi.change = change("1.7", "pp", Direction::Up, "同比提升1.7个百分点");
    aqi
}

pub fn waste_generated() -> Indicator {
    indicator(Spec {
        id: "waste.hazardous_generated",
        name: "危险废物产生量",
        category: Category::Waste,
        value: "27.33",
        unit: "万吨",
        base: ("273300.00", "吨"),
        line: 5,
        section: "2",
        evidence: "全市危险废物产生量27.33万吨",
    })
}

pub fn waste_disposed() -> Indicator {
    indicator(Spec {
        id: "waste.hazardous_disposed",
        name: "利用处置量",
        category: Category::Waste,
        value: "30.18",
        unit: "万吨",
        base: ("301800.00", "吨"),
        line: 5,
        section: "2",
        evidence: "利用处置量30.18万吨",
    })
}

pub fn soil_safe_use() -> Indicator {
    let mut soil = indicator(Spec {
        id: "soil.farmland_safe_use_rate",
        name: "受污染耕地安全利用率",
        category: Category::Soil,
        value: "90",
        unit: "%",
        base: ("90", "%"),
        line: 6,
        section: "2",
        evidence: "受污染耕地安全利用率达到90%以上",
    });
    soil.quantity.comparator = Comparator::Ge;
    soil
}

pub fn petitions() -> Indicator {
    let mut petitions = indicator(Spec {
        id: "enforcement.petitions",
        name: "受理信访案件",
        category: Category::Enforcement,
        value: "3978",
        unit: "宗",
        base: ("3978", "宗"),
        line: 7,
        section: "2",
        evidence: "全年受理信访案件3978宗,同比下降12.6%",
    });
    petitions.change = change("12.6", "%", Direction::Down, "同比下降12.6%");
    petitions
}

fn section(id: &str, number: &str, title: &str, line: usize) -> Section {
    Section {
        id: id.to_string(),
        number: number.to_string(),
        title: title.to_string(),
        level: 1,
        line,
    }
}

/// The whole sample report.
pub fn report() -> Report {
    let disposed = waste_disposed();
    Report {
        schema_version: SCHEMA_VERSION,
        source: Source {
            path: "sample.txt".to_string(),
            encoding: "UTF-8".to_string(),
            bytes: ORIGINAL.len(),
            transformations: Transformations {
                pinyin_annotations: 25,
                traditional_chars: 30,
                ..Transformations::default()
            },
        },
        document: Document {
            title: Some("珠海市生态环境局2021年工作总结".to_string()),
            agency: Some("珠海市生态环境局".to_string()),
            region: Some("珠海市".to_string()),
            year: Some(2021),
            plan_year: None,
            published: Some("2022-03-31 13:24:40".to_string()),
        },
        sections: vec![
            section("1", "一、", "环境质量", 2),
            section("2", "二、", "固体废物", 4),
        ],
        indicators: vec![
            aqi(),
            waste_generated(),
            disposed.clone(),
            soil_safe_use(),
            petitions(),
        ],
        projects: vec![Project {
            name: "医疗废物处置中心".to_string(),
            status: ProjectStatus::Operating,
            line: 5,
            column: 1,
            quantities: vec![ProjectQuantity {
                role: "capacity".to_string(),
                indicator: disposed.id.clone(),
                line: disposed.quantity.line,
                column: disposed.quantity.column,
            }],
            dates: vec!["12月20日".to_string()],
            members: Vec::new(),
            evidence: "医疗废物处置中心点火运行".to_string(),
        }],
        targets: vec![Target {
            text: "受污染耕地安全利用率达90%以上".to_string(),
            year: Some(2021),
            kind: TargetKind::Achieved,
            indicator: Some("soil.farmland_safe_use_rate".to_string()),
            target: Some(soil_safe_use().quantity),
            actual: None,
            status: TargetStatus::Met,
            line: 6,
            section: Some("2".to_string()),
            actions: Vec::new(),
        }],
        diagnostics: vec![Diagnostic {
            code: "damaged-text".to_string(),
            severity: Severity::Warning,
            line: 7,
            column: 1,
            length: 1,
            message: "damaged".to_string(),
            notes: Vec::new(),
        }],
        non_quantities: Vec::new(),
        original: ORIGINAL.to_string(),
    }
}
