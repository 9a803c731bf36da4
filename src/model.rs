//! The typed model of one analyzed report: what `analyze` produces and every consumer
//! (render, audit, check, diff, explain) reads. Field names are a public interface: they
//! are the JSON export documented in `docs/schema.md`, so renaming one is a breaking
//! change that bumps [`SCHEMA_VERSION`].

pub mod decimal;
mod indicator;
mod mention;
pub mod place;
#[cfg(test)]
pub(crate) mod testing;

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

pub use indicator::Indicator;

/// Version of the JSON export; bump on any incompatible change of field names or meaning.
pub const SCHEMA_VERSION: u32 = 2;

/// One analyzed report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub source: Source,
    pub document: Document,
    pub sections: Vec<Section>,
    pub indicators: Vec<Indicator>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub targets: Vec<Target>,
    #[serde(default)]
    pub diagnostics: Vec<Diagnostic>,
    /// Numbers that are not quantities (years, dates, ordinals, names…), each with a reason.
    #[serde(default)]
    pub non_quantities: Vec<NonQuantity>,
    /// The decoded input exactly as given (before normalization), for showing source
    /// lines. Not exported: a report read back from JSON has none.
    #[serde(skip)]
    pub original: String,
}

/// Where the report came from and what was done to its text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Source {
    /// The path as the user gave it; `-` for standard input, `<embedded>` for the seed.
    pub path: String,
    /// The encoding the bytes were decoded with (an encoding_rs name such as `GBK`).
    pub encoding: String,
    /// Size of the input in bytes.
    pub bytes: usize,
    pub transformations: Transformations,
}

/// Counts of what normalization changed, one field per step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transformations {
    /// HTML tags removed (`<p>`, `</strong>`).
    pub html_tags: usize,
    /// HTML entities replaced (`&nbsp;`, `&amp;`).
    pub html_entities: usize,
    /// Pinyin annotations removed (`態(tài)` → `態`).
    pub pinyin_annotations: usize,
    /// Characters converted from traditional to simplified.
    pub traditional_chars: usize,
    /// Full-width characters folded to half-width (`１` → `1`).
    pub fullwidth_chars: usize,
    /// Layout spaces removed inside dates and grouped numbers (`2022 年`, `12 345亩`).
    #[serde(default)]
    pub layout_spaces: usize,
    /// Damaged places found (reported as diagnostics, never repaired).
    pub damaged: usize,
}

/// Document metadata found in the title and heading lines.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: Option<String>,
    pub agency: Option<String>,
    pub region: Option<String>,
    /// The year the report is about (`2021年工作总结` → 2021).
    pub year: Option<i32>,
    /// The year a plan part is for (`2022年工作计划` → 2022).
    pub plan_year: Option<i32>,
    /// Publication timestamp as written, ISO-like (`2022-03-31 13:24:40`).
    pub published: Option<String>,
}

/// One numbered heading of the outline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Dotted path of positions, stable across formats: `2`, `2.4`, `2.4.1`.
    pub id: String,
    /// The numbering as written: `二、`, `(四)`, `1.`, `一是`.
    pub number: String,
    pub title: String,
    /// 1 for `一、`, 2 for `(一)`, 3 for `1.`, 4 for `一是`.
    pub level: u8,
    pub line: usize,
}

/// Indicator categories; the order is the order of `report summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Air,
    Water,
    Soil,
    Waste,
    Climate,
    Radiation,
    Enforcement,
    Investment,
    Public,
    General,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Air,
        Category::Water,
        Category::Soil,
        Category::Waste,
        Category::Climate,
        Category::Radiation,
        Category::Enforcement,
        Category::Investment,
        Category::Public,
        Category::General,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Air => "air",
            Category::Water => "water",
            Category::Soil => "soil",
            Category::Waste => "waste",
            Category::Climate => "climate",
            Category::Radiation => "radiation",
            Category::Enforcement => "enforcement",
            Category::Investment => "investment",
            Category::Public => "public",
            Category::General => "general",
        }
    }

    /// Chinese label for tables.
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::Air => "大气",
            Category::Water => "水",
            Category::Soil => "土壤",
            Category::Waste => "固废",
            Category::Climate => "气候",
            Category::Radiation => "辐射",
            Category::Enforcement => "执法",
            Category::Investment => "投资",
            Category::Public => "公众",
            Category::General => "综合",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a stated value relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Comparator {
    #[default]
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = "<")]
    Lt,
    /// About: `约`, `近`.
    #[serde(rename = "~")]
    Approx,
}

impl Comparator {
    pub fn as_str(self) -> &'static str {
        match self {
            Comparator::Eq => "=",
            Comparator::Ge => ">=",
            Comparator::Gt => ">",
            Comparator::Le => "<=",
            Comparator::Lt => "<",
            Comparator::Approx => "~",
        }
    }
}

impl fmt::Display for Comparator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
    Flat,
}

/// A stated change of a quantity (`同比提升1.7个百分点`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// `yoy` (year-on-year, 同比/较上年), `vs_year` (against a named earlier year),
    /// `vs_normal`, `vs_base`, `vs_previous` (against the month or quarter before, 环比).
    pub kind: String,
    /// The year compared with, for `vs_year` (`比2013年下降30%` → 2013); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_period: Option<i32>,
    /// Magnitude as written, always non-negative; `direction` carries the sign.
    #[serde(with = "decimal")]
    pub value: Decimal,
    /// `%`, `pp` (percentage points) or the quantity's own unit.
    pub unit: String,
    pub direction: Direction,
    /// Surface text of the change (`同比提升1.7个百分点`).
    pub text: String,
}

impl Change {
    /// The year a change of a quantity of `period` compares with, when it compares with a
    /// year: the year before, or the one named.
    pub fn base_year(&self, period: Option<i32>) -> Option<i32> {
        match self.kind.as_str() {
            "yoy" => period.and_then(|p| p.checked_sub(1)),
            "vs_year" => self.base_period,
            _ => None,
        }
    }
}

/// A number with its unit, normalized to a base unit, as found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    #[serde(with = "decimal")]
    pub value: Decimal,
    pub unit: String,
    #[serde(with = "decimal")]
    pub base_value: Decimal,
    pub base_unit: String,
    pub comparator: Comparator,
    /// Surface text (`3324.37万元`).
    pub text: String,
    pub line: usize,
    pub column: usize,
}

/// Project status, from the status words of its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Operating,
    UnderConstruction,
    Completed,
    Planned,
    Studied,
    Sited,
}

impl ProjectStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Operating => "operating",
            ProjectStatus::UnderConstruction => "under_construction",
            ProjectStatus::Completed => "completed",
            ProjectStatus::Planned => "planned",
            ProjectStatus::Studied => "studied",
            ProjectStatus::Sited => "sited",
        }
    }
}

/// A quantity a project holds, by reference to an indicator mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProjectQuantity {
    /// `capacity`, `investment_planned`, `investment_completed`, `completion_ratio`,
    /// `count`, `total_capacity`, `investment`.
    pub role: String,
    /// Id of the indicator.
    pub indicator: String,
    /// Line of the indicator mention (ids may repeat).
    pub line: usize,
    pub column: usize,
}

/// A named facility, programme or group of projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub name: String,
    pub status: ProjectStatus,
    pub line: usize,
    pub column: usize,
    #[serde(default)]
    pub quantities: Vec<ProjectQuantity>,
    /// Dates as written (`12月20日`).
    #[serde(default)]
    pub dates: Vec<String>,
    /// The projects a group names (`A、B等6个项目`): part of it, not projects of their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    /// The clause that names the project.
    pub evidence: String,
}

/// What a number states (schema 2). Consumers use `actual` values unless asked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Measured or achieved for the period the sentence reports.
    #[default]
    Actual,
    /// A goal, plan or commitment (`目标`, `力争`, the numbers of a plan section).
    Target,
    /// An expected or projected value (`预计`).
    Forecast,
    /// A threshold, limit or external reference quoted for comparison (`国家标准15微克`,
    /// `全国平均的13.2微克`, climate normals).
    Standard,
    /// An earlier period's value quoted as a comparison base (`较107年的18.8微克`).
    Prior,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Actual => "actual",
            Role::Target => "target",
            Role::Forecast => "forecast",
            Role::Standard => "standard",
            Role::Prior => "prior",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Kind of a target statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetKind {
    /// A task or target of the report year, with its outcome.
    Achieved,
    /// Something planned for the next year.
    Plan,
    /// A forecast (`预计…超过6000亿元`).
    Forecast,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TargetStatus {
    Met,
    Missed,
    Open,
}

impl TargetStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetStatus::Met => "met",
            TargetStatus::Missed => "missed",
            TargetStatus::Open => "open",
        }
    }
}

/// A promise or a plan, with its outcome when the report states one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub text: String,
    pub year: Option<i32>,
    pub kind: TargetKind,
    /// Indicator id, when the target is numeric.
    pub indicator: Option<String>,
    pub target: Option<Quantity>,
    pub actual: Option<Quantity>,
    pub status: TargetStatus,
    pub line: usize,
    /// Section id of a plan item.
    #[serde(default)]
    pub section: Option<String>,
    /// What a plan item says will be done: the sentences of its body.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding about the report, pointing into the input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable check code: `damaged-text`, `unaccounted-number`, `sum-mismatch`, …
    pub code: String,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    /// Span length in characters (for the underline); 0 when the place is a point.
    #[serde(default)]
    pub length: usize,
    pub message: String,
    /// Arithmetic or context shown below the source line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Why a number-like token is not a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonQuantityKind {
    Year,
    Date,
    Time,
    Ordinal,
    /// A span of time that frames a statement (`5年来`, `连续两年`, `近8年`).
    Period,
    SectionNumber,
    /// A plan, slogan or proper name containing numerals (`十四五`, `三线一单`).
    Name,
    /// A change already attached to a quantity (`同比提升1.7个百分点`).
    Change,
    /// A word where a numeral character is not a number (`一批`, `统一`, `万家`).
    Word,
    /// A pollutant or code name (`PM2.5`, `O3`).
    Code,
    /// A counter on a web page and similar page furniture.
    PageFurniture,
    /// A digit written in a unit (`m2`, `km2`, `m3`), part of the quantity before it.
    Unit,
}

/// A number-like token that is accounted for without being a quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NonQuantity {
    pub text: String,
    pub kind: NonQuantityKind,
    pub line: usize,
    pub column: usize,
}

/// What kind of damage a place shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamageKind {
    /// `?` or U+FFFD between Chinese characters.
    ReplacementChar,
    /// A pinyin annotation after a character that cannot carry it (`A(chǔ)`).
    StrayPinyin,
}

impl DamageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DamageKind::ReplacementChar => "replacement character",
            DamageKind::StrayPinyin => "stray pinyin",
        }
    }
}
