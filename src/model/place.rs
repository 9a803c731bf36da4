//! Where and when a report is about: the region and year of its document, the file name
//! (`qingdao-2017.gb18030.txt` → `qingdao`, 2017) where the document does not say. Two
//! reports are about the same place when their region keys agree; the key is the
//! region's pinyin without the administrative suffix, so `杭州市` and a file named
//! `hangzhou-2020.txt` are one place, and `连云港市` and `靖江市` are two.

use pinyin::ToPinyin;
use serde::Serialize;

use super::Report;

/// Administrative suffixes left out of the key (`杭州市` → `杭州`).
const SUFFIXES: [char; 4] = ['市', '县', '区', '省'];

/// The region and year a report is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The region as the document names it, else the file name's stem before its year.
    pub region: Option<String>,
    /// The report year, else a year in the file name.
    pub year: Option<i32>,
    /// What places compare by: lower-case pinyin of the region, empty when unknown.
    #[serde(skip)]
    pub key: String,
}

impl Place {
    /// The place of a report.
    pub fn of(report: &Report) -> Place {
        let (file_region, file_year) = from_file_name(&report.source.path);
        let region = report.document.region.clone().or(file_region);
        let key = region.as_deref().map(region_key).unwrap_or_default();
        Place {
            region,
            year: report.document.year.or(file_year),
            key,
        }
    }

    /// `杭州市 2021`, `qingdao 2017`, `? 2004`.
    pub fn label(&self) -> String {
        let region = self.region.as_deref().unwrap_or("?");
        match self.year {
            Some(year) => format!("{region} {year}"),
            None => region.to_string(),
        }
    }

    /// Whether both are known to be the same region.
    pub fn same_region(&self, other: &Place) -> bool {
        !self.key.is_empty() && self.key == other.key
    }
}

/// Lower-case pinyin (letters only) of a region name without its suffix.
pub fn region_key(region: &str) -> String {
    let trimmed = region
        .strip_suffix(SUFFIXES)
        .filter(|t| !t.is_empty())
        .unwrap_or(region);
    trimmed
        .chars()
        .flat_map(|c| match c.to_pinyin() {
            Some(p) => p.plain().chars().collect::<Vec<_>>(),
            None => vec![c],
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Region and year from a file name `REGION-YEAR[.ENCODING].txt`.
fn from_file_name(path: &str) -> (Option<String>, Option<i32>) {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    if stem.is_empty() || stem.starts_with('<') {
        return (None, None);
    }
    let mut parts: Vec<&str> = stem.split(['-', '_']).collect();
    let year = parts
        .iter()
        .rposition(|p| p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
        .and_then(|at| parts.remove(at).parse().ok());
    let region = parts.join("-");
    ((!region.is_empty()).then_some(region), year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_give_region_and_year() {
        assert_eq!(
            from_file_name("/data/qingdao-2017.gb18030.txt"),
            (Some("qingdao".into()), Some(2017))
        );
        assert_eq!(
            from_file_name("macau_2004.txt"),
            (Some("macau".into()), Some(2004))
        );
        assert_eq!(from_file_name("notes.txt"), (Some("notes".into()), None));
        assert_eq!(from_file_name("<embedded:zhuhai-2021.txt>"), (None, None));
    }

    #[test]
    fn region_keys_ignore_suffix_and_script() {
        assert_eq!(region_key("杭州市"), "hangzhou");
        assert_eq!(region_key("hangzhou"), "hangzhou");
        assert_eq!(region_key("連雲港市"), region_key("连云港市"));
        assert_ne!(region_key("连云港市"), region_key("靖江市"));
    }
}
