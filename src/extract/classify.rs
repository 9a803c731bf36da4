//! Non-quantities: every number-like token that is not a quantity gets a reason — year,
//! date, time, ordinal, section number, code (`PM2.5`), period (`5年来`), name or slogan
//! (`十四五`, `碧海2021`), word (`统一`), page furniture. The rules are patterns listed
//! here, read in one pass; vocabulary that no pattern can tell lives in `lexicon/nonquantities.toml`.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;
use regex_automata::{Anchored, Input, PatternID, meta};
use serde::Deserialize;

use super::number::NumberToken;
use crate::model::NonQuantityKind;
use crate::text::{Segmented, YEAR};

/// A stretch of text whose numbers are of one non-quantity kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub kind: NonQuantityKind,
    /// A quoted name gives way when a unit follows the number (`“3个100%”`).
    pub yields_to_unit: bool,
}

#[derive(Debug, Deserialize)]
struct Vocabulary {
    names: Vec<String>,
    words: Vec<String>,
    code_prefixes: Vec<String>,
    #[allow(dead_code)] // run by the tests
    negative_examples: Vec<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| crate::lexicon::lexicon_file!("nonquantities"))
}

/// The examples that must yield no quantity.
pub fn negative_examples() -> &'static [String] {
    &vocabulary().negative_examples
}

/// A matcher of any of the words, the longest first where two start at one place (what
/// a regex alternation of them sorted by length finds, at a fraction of its build cost).
fn alternation(words: &[String]) -> AhoCorasick {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(sorted)
        .expect("a word list builds")
}

const NUM: &str = "[0-9]+|[〇零一二两三四五六七八九十百]+";

/// Named rules: (kind, pattern). Every match is a span of that kind. They compile into
/// one multi-pattern regex that reads the text once; where two rules match at one place,
/// the one listed first wins (as in an alternation).
static RULES: LazyLock<(Vec<NonQuantityKind>, meta::Regex)> = LazyLock::new(|| {
    let (kinds, patterns): (Vec<_>, Vec<_>) = rule_patterns().into_iter().unzip();
    let regex = meta::Regex::builder()
        .configure(meta::Config::new().auto_prefilter(false))
        .build_many(&patterns)
        .expect("valid rules");
    (kinds, regex)
});

fn rule_patterns() -> Vec<(NonQuantityKind, String)> {
    use NonQuantityKind::*;
    let rule = |kind, pattern: String| (kind, pattern);
    vec![
        // 2022-03-31, 2022/3/31, 2022年3月31日
        rule(
            Date,
            format!(r"{YEAR}[-/.](?:1[0-2]|0?[1-9])[-/.](?:3[01]|[12][0-9]|0?[1-9])"),
        ),
        rule(
            Date,
            format!(
                r"(?:{YEAR}年)?(?:{NUM})(?:[-—~～至到](?:{NUM}))?月(?:(?:{NUM})日|(?:{NUM})号|份|底|初|末|中旬|上旬|下旬)?"
            ),
        ),
        // 六·五世界环境日, 6·5
        rule(Date, format!(r"(?:{NUM})[·•](?:{NUM})")),
        rule(Time, r"[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?".into()),
        // 2021年, 2019-2020年度, 二〇二一年
        rule(
            Year,
            format!(r"{YEAR}(?:[-—~～至到](?:19|20)?[0-9]{{2}})?年"),
        ),
        rule(Year, r"[〇零一二三四五六七八九]{4}年".into()),
        rule(Year, format!(r"{YEAR}(?:[-—~～至到]{YEAR})")),
        // 第一批, 第95百分位, 首批; 一级, 二级标准
        rule(Ordinal, format!(r"第(?:{NUM})")),
        rule(Ordinal, r"(?:[0-9]|[一二两三四五])级".into()),
        // a place in a ranking: 前三位, 后十名, 前10强
        rule(Ordinal, format!(r"[前后](?:{NUM})(?:位|名|强)")),
        // water quality classes: 优三类, 劣五类, 三类水质, 一、二类海水
        rule(
            Ordinal,
            r"[优劣][一二三四五六]类|[一二三四五六](?:[、~至到—-][一二三四五六])*类(?:水|海水|断面|标准|以上|功能区)".into(),
        ),
        // phases of a works: 二期工程, 3期项目
        rule(
            Ordinal,
            r"(?:[一二三四五六七八九十]+|[0-9]+)期(?:工程|项目|扩建|改造|建设)".into(),
        ),
        // a threshold inside a definition: AQI>100, AQI≦100
        rule(Code, r"[<>≤≥≦≧]=?[0-9]+(?:\.[0-9]+)?".into()),
        // an averaging period in a metric's name: 臭氧8小时第90百分位, 24小时平均
        rule(Code, format!(r"(?:{NUM})小时(?:第|平均|滑动|均值)")),
        // identifiers: standards (GB 3095-2012), phone numbers, web and mail addresses
        rule(
            Code,
            r"(?:GB|HJ|DB|GB/T|HJ/T)\s?[0-9]+(?:\.[0-9]+)?(?:[-—][0-9]{4})?".into(),
        ),
        rule(
            Code,
            r"0[0-9]{2,3}-[0-9]{7,8}(?:-[0-9]{1,4})?|(?:电话|手机|热线)[:：]?1[3-9][0-9]{9}".into(),
        ),
        // hotlines: 拨打12369, 12369环保举报热线
        rule(
            Code,
            r"(?:拨打|致电)[0-9]{3,}|[0-9]{3,}(?:环保)?(?:举报)?(?:热线|专线)".into(),
        ),
        rule(
            Code,
            r"(?:https?://|www\.)[A-Za-z0-9./_%?=&#:+-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+".into(),
        ),
        // references to tables and figures: 表1, 图2, 附表3
        rule(Ordinal, r"(?:附表|附图|表|图)[0-9]+".into()),
        // enumeration inside a paragraph: (2)新建, （3）
        rule(SectionNumber, r"[(（][0-9]{1,2}[)）]".into()),
        // 5年来, 连续两年, 计划五年, 近8年
        rule(
            Period,
            format!(r"(?:{NUM})(?:个)?(?:年|个月|周)(?:来|以来|间|内|期间)?"),
        ),
        // 一企一策, 一市一策一专班 slogans; 十大, 六大攻坚行动
        rule(Name, r"一\p{Han}一\p{Han}(?:一\p{Han}+)?".into()),
        rule(Name, r"[一二三四五六七八九十]+大".into()),
    ]
}

/// Every rule's own matches, leftmost first and not overlapping: what each rule finds
/// run alone over the text. One pass of the multi-pattern regex visits every place where
/// some rule matches, with the first rule that matches there; the rules listed after it
/// whose last match has ended are tried there, anchored.
fn rule_matches(text: &str, mut push: impl FnMut(Range<usize>, NonQuantityKind)) {
    let (kinds, rules) = &*RULES;
    // Where each rule's next match may start.
    let mut free = vec![0; kinds.len()];
    let mut at = 0;
    while let Some(found) = rules.search(&Input::new(text).range(at..)) {
        let start = found.start();
        let first = found.pattern().as_usize();
        for (rule, &kind) in kinds.iter().enumerate().skip(first) {
            if free[rule] > start {
                continue;
            }
            let m = if rule == first {
                found
            } else {
                let anchored = Input::new(text)
                    .range(start..)
                    .anchored(Anchored::Pattern(PatternID::must(rule)));
                match rules.search(&anchored) {
                    Some(m) => m,
                    None => continue,
                }
            };
            free[rule] = m.end();
            push(m.range(), kind);
        }
        at = start + text[start..].chars().next().map_or(1, char::len_utf8);
        if at >= text.len() {
            break;
        }
    }
}

/// Quoted names: an opening mark, 1 to `max` characters that are neither its closing
/// mark nor a line break, then the closing mark (`“十四五”`, `《…规划》`).
const QUOTES: [(char, char, usize); 3] = [('“', '”', 15), ('《', '》', 40), ('「', '」', 15)];

/// The quoted names of the text, leftmost first and not overlapping. Scanned by hand:
/// as a regex, the bounded runs of "any character but" took longer to compile than
/// the rest of the extraction of a report takes to run.
fn quoted(text: &str) -> Vec<Range<usize>> {
    let openers = QUOTES.map(|(open, ..)| open);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find(openers) {
        let start = at + offset;
        let Some(&(open, close, max)) = QUOTES.iter().find(|q| text[start..].starts_with(q.0))
        else {
            break;
        };
        let body_start = start + open.len_utf8();
        at = body_start;
        let end = text[body_start..]
            .char_indices()
            .take(max + 1)
            .find(|&(_, c)| c == close || c == '\n');
        if let Some((length, c)) = end.filter(|&(length, c)| c == close && length > 0) {
            at = body_start + length + c.len_utf8();
            found.push(start..at);
        }
    }
    found
}
static SECTION_FALLBACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t\u{3000}]*(?:[(（]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|([0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．](?:[^0-9]|$))|(?:^|[。;；,:：\s])([一二三四五六七八九十]{1,2})是")
        .expect("valid")
});
static ROC_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:民国|民國)?[(（]?([0-9]{2,3})[)）]?年").expect("valid"));

/// Finds every non-quantity span of the text.
pub fn spans(text: &str, segmented: &Segmented, roc: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut push = |range: Range<usize>, kind, yields_to_unit| {
        spans.push(Span {
            range,
            kind,
            yields_to_unit,
        })
    };
    for section in &segmented.sections {
        push(
            section.number.clone(),
            NonQuantityKind::SectionNumber,
            false,
        );
    }
    for caps in SECTION_FALLBACK.captures_iter(text) {
        if let Some(m) = caps.get(1).or(caps.get(2)).or(caps.get(3)) {
            push(m.range(), NonQuantityKind::SectionNumber, false);
        }
    }
    for range in &segmented.furniture {
        push(range.clone(), NonQuantityKind::PageFurniture, false);
    }
    rule_matches(text, |range, kind| push(range, kind, false));
    if roc {
        for caps in ROC_YEAR.captures_iter(text) {
            let year: u32 = caps[1].parse().unwrap_or(0);
            if (60..=150).contains(&year) {
                push(
                    caps.get(0).map_or(0..0, |m| m.range()),
                    NonQuantityKind::Year,
                    false,
                );
            }
        }
    }
    static NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| alternation(&vocabulary().names));
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| alternation(&vocabulary().words));
    for m in NAMES.find_iter(text) {
        push(m.range(), NonQuantityKind::Name, false);
    }
    for range in quoted(text) {
        push(range, NonQuantityKind::Name, true);
    }
    for m in WORDS.find_iter(text) {
        push(m.range(), NonQuantityKind::Word, false);
    }
    spans.sort_by_key(|s| s.range.start);
    spans
}

/// Longest span a lookup needs to look back over.
const MAX_SPAN: usize = 512;

/// Strength of a kind when spans overlap: the lower, the stronger.
fn priority(kind: NonQuantityKind) -> u8 {
    use NonQuantityKind::*;
    match kind {
        SectionNumber => 0,
        PageFurniture => 1,
        Date | Time => 2,
        Year => 3,
        Code => 4,
        Ordinal => 5,
        Period => 6,
        Name => 7,
        Word => 8,
        Change => 9,
        Unit => 10,
    }
}

/// The strongest span that contains the token.
pub fn span_of<'a>(spans: &'a [Span], token: &NumberToken) -> Option<&'a Span> {
    let after = spans.partition_point(|s| s.range.start <= token.start);
    spans[..after]
        .iter()
        .rev()
        .take_while(|s| s.range.start + MAX_SPAN >= token.start)
        .filter(|s| s.range.start <= token.start && token.end <= s.range.end)
        .min_by_key(|s| priority(s.kind))
}

/// Whether the digits of `token` belong to a chemical formula or a standard code
/// (`PM2.5`, `NO2`, `GB3095`).
pub fn is_code(text: &str, token: &NumberToken) -> bool {
    let before = &text[..token.start];
    let before = before.strip_suffix(' ').unwrap_or(before);
    let letters: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !letters.is_empty()
        && vocabulary()
            .code_prefixes
            .iter()
            .any(|p| letters == *p || letters.ends_with(p.as_str()) && letters.len() <= p.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::scan;

    /// The one-pass reading finds what each rule finds alone, overlaps included: the
    /// code `8小时第` and the ordinal `第90` share a character; two year rules both match
    /// `2019-2020年`, one with its `年`.
    #[test]
    fn one_pass_finds_what_each_rule_finds_alone() {
        let texts = [
            "臭氧8小时第90百分位浓度为163微克/立方米,2019-2020年度",
            "2021年3月5日10:30,拨打12369热线;GB 3095-2012二级标准,一、二类海水",
            "近5年来,第一批一企一策,前10强,三期工程,AQI>100,表2",
            "",
        ];
        for text in texts {
            let mut alone: Vec<(Range<usize>, NonQuantityKind)> = rule_patterns()
                .into_iter()
                .flat_map(|(kind, pattern)| {
                    let regex = Regex::new(&pattern).unwrap();
                    regex
                        .find_iter(text)
                        .map(|m| (m.range(), kind))
                        .collect::<Vec<_>>()
                })
                .collect();
            let mut one_pass = Vec::new();
            rule_matches(text, |range, kind| one_pass.push((range, kind)));
            alone.sort_by_key(|(r, k)| (r.start, r.end, *k as u8));
            one_pass.sort_by_key(|(r, k)| (r.start, r.end, *k as u8));
            assert_eq!(one_pass, alone, "{text}");
        }
        let mut found = Vec::new();
        rule_matches("第90百分位,8小时第", |range, kind| {
            found.push((range, kind))
        });
        assert_eq!(
            found,
            vec![
                (0..5, NonQuantityKind::Ordinal),
                (15..25, NonQuantityKind::Code)
            ]
        );
    }

    #[test]
    fn quoted_names_are_what_the_pattern_finds() {
        let pattern = Regex::new(r"“[^”\n]{1,15}”|《[^》\n]{1,40}》|「[^」\n]{1,15}」").unwrap();
        let fifteen = "一二三四五六七八九十一二三四五";
        let texts = [
            "“十四五”规划,《珠海市生态环境保护“十四五”规划》和「碧海2021」".to_string(),
            format!("“{fifteen}”“{fifteen}六”“”“a\nb”“x“y”"),
            format!("《{}》《{}》", fifteen.repeat(2), fifteen.repeat(3)),
            "“未闭合,“三线一单”;「」「一」》《".to_string(),
        ];
        for text in &texts {
            let expected: Vec<Range<usize>> = pattern.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(quoted(text), expected, "{text}");
        }
        assert_eq!(quoted("“十四五”").len(), 1);
    }

    fn kinds(text: &str) -> Vec<(String, Option<NonQuantityKind>)> {
        let spans = spans(text, &Segmented::default(), false);
        scan(text)
            .iter()
            .map(|t| {
                (
                    text[t.start..t.end].to_string(),
                    span_of(&spans, t).map(|s| s.kind),
                )
            })
            .collect()
    }

    fn kind(text: &str, number: &str) -> Option<NonQuantityKind> {
        kinds(text)
            .into_iter()
            .find(|(n, _)| n == number)
            .and_then(|(_, k)| k)
    }

    use NonQuantityKind::*;

    #[test]
    fn years_dates_times() {
        assert_eq!(kind("2021年处罚", "2021"), Some(Year));
        assert_eq!(kind("2022-03-31 13:24:40", "2022"), Some(Date));
        assert_eq!(kind("2022-03-31 13:24:40", "24"), Some(Time));
        assert_eq!(kind("于12月20日点火运行", "20"), Some(Date));
        assert_eq!(kind("7月1日起", "7"), Some(Date));
        assert_eq!(kind("１—６月", "１"), None); // full-width is folded before extraction
        assert_eq!(kind("1—6月,全市", "6"), Some(Date));
        assert_eq!(kind("报告(2019-2020年度)", "2020"), Some(Year));
        assert_eq!(kind("六·五世界环境日", "五"), Some(Date));
    }

    #[test]
    fn ordinals_and_periods() {
        assert_eq!(kind("第二轮交办", "二"), Some(Ordinal));
        assert_eq!(kind("第95百分位浓度", "95"), Some(Ordinal));
        assert_eq!(kind("二级行业", "二"), Some(Ordinal));
        assert_eq!(kind("达到5年来最优", "5"), Some(Period));
        assert_eq!(kind("计划五年投入", "五"), Some(Period));
    }

    #[test]
    fn names_and_slogans() {
        assert_eq!(kind("“十四五”规划", "十四五"), Some(Name));
        assert_eq!(kind("联合开展“碧海2021”专项", "2021"), Some(Name));
        assert_eq!(kind("“三线一单”", "三"), Some(Name));
        assert_eq!(kind("一企一策", "一"), Some(Name));
        assert_eq!(kind("六大攻坚行动", "六"), Some(Name));
        assert_eq!(kind("进一步统一", "一"), Some(Word));
    }

    #[test]
    fn section_numbers_by_fallback() {
        assert_eq!(kind("一、总体情况", "一"), Some(SectionNumber));
        assert_eq!(kind("(四)污染防治", "四"), Some(SectionNumber));
        assert_eq!(kind("1.蓝天保卫战", "1"), Some(SectionNumber));
        assert_eq!(kind("目标。二是争取", "二"), Some(SectionNumber));
        assert_eq!(kind("1.38万吨", "1.38"), None);
    }

    #[test]
    fn codes() {
        let text = "细颗粒物(PM2.5)和NO2,减排VOCs1.38万吨";
        let tokens = scan(text);
        let codes: Vec<&str> = tokens
            .iter()
            .filter(|t| is_code(text, t))
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(codes, vec!["2.5", "2"]);
        assert_eq!(kind("(AQI>100)天数", "100"), Some(Code));
    }

    #[test]
    fn identifiers_and_references() {
        assert_eq!(kind("电话:0756-2123456,", "2123456"), Some(Code));
        assert_eq!(kind("可随时拨打12369环保举报热线", "12369"), Some(Code));
        assert_eq!(kind("通过12369热线举报", "12369"), Some(Code));
        assert_eq!(
            kind(
                "网址:http://www.example.gov.cn/hbj/2021/0315/art_123.html",
                "0315"
            ),
            Some(Code)
        );
        assert_eq!(kind("标准(GB 3095-2012)", "2012"), Some(Code));
        assert_eq!(kind("见表1、图2。", "2"), Some(Ordinal));
        assert_eq!(kind("任务;(2)新建监测站2座", "2"), Some(SectionNumber));
        assert_eq!(kind("常住人口1234567人", "1234567"), None);
    }

    #[test]
    fn roc_years_only_in_roc_text() {
        let text = "112年台中市";
        let t = &scan(text)[0];
        let roc = spans(text, &Segmented::default(), true);
        assert_eq!(span_of(&roc, t).map(|s| s.kind), Some(Year));
        // Elsewhere a number of years is a period, not a calendar year.
        let plain = spans(text, &Segmented::default(), false);
        assert_eq!(span_of(&plain, t).map(|s| s.kind), Some(Period));
    }
}
