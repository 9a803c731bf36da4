//! Indicator names: the natural name of each quantity from its clause — the noun phrase
//! before the number (`罚没金额3324.37万元`), or for a count the thing counted after it
//! (`9个集中式饮用水源地`). Lists share a subject (`A、B年均浓度分别为…`), a bare measure
//! borrows the subject before it (`…案件3978宗,处理率100%`), and comparison values
//! (`较107年的18.8微克`) take the name of the figure they are compared with.

use std::ops::Range;
use std::sync::OnceLock;

use serde::Deserialize;

use super::cues::{
    EndWords, Words, contains_any, cues, ends_with_any, find_word, rfind_word, starts_with_any,
};
use super::quantity::{Found, is_list_connector, is_range_connector};
use super::table;
use super::unit::UnitKind;
use crate::lexicon::is_han;
use crate::lexicon::quantity_words::quantity_words;
use crate::patterns::{LEADING_TIME, POLLUTANT_CODE, PROGRESS_FROM, PROGRESS_TO};
use crate::text::{Bound, IndexedText, ends_with_written_year, is_chinese_year_digit};

#[derive(Debug, Deserialize)]
struct Vocabulary {
    trailing: Vec<String>,
    trailing_kept: Vec<String>,
    leading_kept: Vec<String>,
    leading: Vec<String>,
    counted_stops: Vec<String>,
    counted_levels: Vec<String>,
    scope_words: Vec<String>,
    subject_endings: Vec<String>,
    reference_markers: Vec<String>,
    bare_measures: Vec<String>,
    topic_ends: Vec<String>,
    predicates: Vec<String>,
    topic_markers: Vec<String>,
    series_verbs: Vec<String>,
    place_suffixes: Vec<String>,
    not_places: Vec<String>,
    area_kinds: Vec<String>,
    locative_joined_before: String,
    locative_joined_after: String,
    list_measures: Vec<String>,
    bare_verbs: Vec<String>,
    standard_endings: Vec<String>,
    goal_endings: Vec<String>,
    goal_qualifiers: Vec<String>,
    predicate_openers: Vec<String>,
    multiple_verbs: Vec<String>,
    list_item_endings: Vec<String>,
    reference_comparisons: Vec<String>,
    ranking_words: Vec<String>,
    list_markers: Vec<String>,
    connectives: Vec<String>,
    list_measure_endings: Vec<String>,
    /// `trailing` and `leading`, looked up by a name's last or first character.
    #[serde(skip)]
    trailing_words: EndWords,
    #[serde(skip)]
    leading_words: EndWords,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let mut v: Vocabulary = crate::lexicon::lexicon_file!("naming");
        for list in [&mut v.trailing, &mut v.leading, &mut v.subject_endings] {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        v.trailing_words = EndWords::suffixes(&v.trailing);
        v.leading_words = EndWords::prefixes(&v.leading);
        v
    })
}

/// The name of one quantity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Naming {
    pub name: String,
    /// A comparison value (`较107年的18.8微克`), not the report's own figure.
    pub reference: bool,
    /// Further subjects that share this one number (`达标率、优三类比例均达到100%`).
    pub shared_with: Vec<String>,
    /// The part of the region the number is about, when its name starts with one
    /// (`大邑县` of `大邑县综合指数` in a list of districts).
    pub place: Option<String>,
    /// The value a measure went to from the one before it (`85.5%` of `由上年的80.1%
    /// 提高到85.5%`): its period is written after the earlier value, if anywhere.
    pub progress_to: bool,
}

/// Start of the clause before `at`; an open parenthesis counts as a start unless it
/// closes before `at` (`空气质量指数(AQI)达标率`).
fn clause_start(text: &IndexedText, at: usize) -> usize {
    let start = text.after_last(at, Bound::CommaClause);
    let mut depth = 0;
    for (i, c) in text[start..at].char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' => return start + i + 1,
            _ => {}
        }
    }
    start
}

/// Trims linking words and punctuation from the end, repeatedly.
fn trim_trailing(mut s: &str) -> &str {
    loop {
        let before = s;
        s = s.trim_end_matches([' ', '、', ',', '(', '“', ':']);
        let vocab = vocabulary();
        if let Some(w) = vocab.trailing_words.find(s)
            && !ends_with_any(s, &vocab.trailing_kept)
        {
            let rest = &s[..s.len() - w.len()];
            // A kept noun that ends inside the word keeps its characters (`平均为`: `均为`
            // goes, but `平均` stays whole).
            s = vocab
                .trailing_kept
                .iter()
                .filter_map(|k| s.rfind(k.as_str()).map(|at| at + k.len()))
                .find(|&end| end > rest.len())
                .map_or(rest, |end| &s[..end]);
        }
        if s == before {
            return s;
        }
    }
}

/// Whether `words` are only linking words (`达到`, `为`, `增至`): what stands between a
/// name and its number, naming nothing.
pub fn only_links(words: &str) -> bool {
    !words.is_empty() && trim_trailing(words).is_empty()
}

/// Trims connectives, scope words and time phrases from the start, repeatedly.
fn trim_leading(mut s: &str) -> &str {
    loop {
        let before = s;
        s = s.trim_start_matches([' ', '、', ',', ')', '”', ':']);
        if let Some(m) = LEADING_TIME.find(s) {
            s = &s[m.end()..];
        }
        let vocab = vocabulary();
        if let Some(w) = vocab.leading_words.find(s)
            && !starts_with_any(s, &vocab.leading_kept)
        {
            // keep a one-character connective when it is all there is
            if s.len() > w.len() {
                s = &s[w.len()..];
            }
        }
        if s == before {
            return s;
        }
    }
}

pub(crate) fn clean(s: &str) -> String {
    let s = trim_trailing(trim_leading(trim_trailing(trim_leading(s))));
    let s = balance_parentheses(s);
    // Chinese noun phrases end in their head: keep the end of an overlong phrase.
    let chars: Vec<char> = s.chars().collect();
    let keep = chars.len().saturating_sub(32);
    let kept: String = chars[keep..].iter().collect();
    // Pollutant codes are written in capitals whatever the source did (`pm2.5`).
    let kept = kept.trim_matches([' ', '、']);
    let mut upper = String::with_capacity(kept.len());
    let mut last = 0;
    for m in POLLUTANT_CODE.find_iter(kept) {
        upper.push_str(&kept[last..m.start()]);
        upper.push_str(&m.as_str().to_ascii_uppercase());
        last = m.end();
    }
    upper.push_str(&kept[last..]);
    upper
}

/// Drops an unmatched parenthesis at either end (`(去重后)办结率` keeps both).
fn balance_parentheses(s: &str) -> &str {
    let opens = s.matches('(').count();
    let closes = s.matches(')').count();
    if opens > closes {
        s.trim_end_matches('(')
    } else if closes > opens {
        s.trim_start_matches(')')
    } else {
        s
    }
}

/// The thing counted after a count: up to a stop word, punctuation or a number.
fn counted_after(text: &str, end: usize, limit: usize) -> String {
    let rest = &text[end..limit.max(end)];
    // A range goes on to its other end (`在2.68到3.98之间`): nothing is counted there.
    if rest.starts_with(['到', '至', '~', '～', '-', '—']) {
        return String::new();
    }
    let mut inside = false;
    // Inside a Latin word, digits are part of it (`PM2.5`, `NO2`).
    let number = number_start(rest).unwrap_or(rest.len());
    let stop = rest
        .char_indices()
        .find(|&(i, c)| {
            if c == '(' && is_inner_bracket(&rest[i..]) {
                inside = true;
                return false;
            }
            if c == ')' && inside {
                inside = false;
                return false;
            }
            if inside && c == '、' {
                return false;
            }
            Bound::CommaClause.ends(c) || matches!(c, '、' | '(' | ')') || i == number
        })
        .map_or(rest.len(), |(i, _)| i);
    let mut noun = &rest[..stop];
    // `国、省考断面`, `国考、省考断面`: a piece of one or two characters before `、` is
    // an abbreviation that shares what follows, read on.
    if noun.chars().count() <= 2
        && !noun.is_empty()
        && rest[stop..].starts_with('、')
        && let Some(next) = rest[stop + '、'.len_utf8()..]
            .find(|c: char| Bound::CommaClause.ends(c) || c.is_ascii_digit() || c == '、')
    {
        noun = &rest[..stop + '、'.len_utf8() + next];
    }
    let stops = counted_stops();
    // Each stop word's first occurrence: the automaton gives every occurrence in order
    // of end, and a word's first end is its first start.
    let mut seen = 0u128;
    let mut cut = locative(noun)
        .filter(|&i| i > 0)
        .or_else(|| among_at_end(noun));
    let facilities = &cues().project.nouns;
    for (start, end, word) in stops.words.every_occurrence(noun) {
        if seen & (1 << word) != 0 {
            continue;
        }
        // A verb that heads a facility noun is part of the name (`5座污水处理厂`,
        // `12座垃圾处理设施`): it stops nothing.
        if starts_with_any(&noun[end..], facilities) {
            continue;
        }
        // A level inside a name (`市控以上断面`, `规模以上企业`, `县级及以上水源地`) stops
        // nothing, nor does the `及` it follows.
        let levels = &vocabulary().counted_levels;
        if start > 0
            && (stops.level[word] || starts_with_any(&noun[end..], levels))
            && noun[end..].starts_with(is_han)
        {
            continue;
        }
        seen |= 1 << word;
        // A one-character function word right after the unit: nothing is counted there.
        if start == 0 && stops.one_character[word] {
            return String::new();
        }
        if start > 0 {
            cut = Some(cut.map_or(start, |c| c.min(start)));
        }
    }
    if let Some(cut) = cut {
        noun = &noun[..cut];
    }
    noun.trim().chars().take(20).collect()
}

/// The stop words of a counted thing (`counted_stops`), compiled once.
struct CountedStops {
    words: Words,
    /// Per word, whether it is one character long.
    one_character: Vec<bool>,
    /// Per word, whether it is a level (`counted_levels`).
    level: Vec<bool>,
}

fn counted_stops() -> &'static CountedStops {
    static STOPS: OnceLock<CountedStops> = OnceLock::new();
    STOPS.get_or_init(|| {
        let list = &vocabulary().counted_stops;
        // `counted_after` marks the words it has met in a `u128`.
        assert!(
            list.len() <= 128,
            "at most 128 counted_stops in lexicon/naming.toml"
        );
        CountedStops {
            words: Words::new(list),
            one_character: list.iter().map(|w| w.chars().count() == 1).collect(),
            level: list
                .iter()
                .map(|w| vocabulary().counted_levels.contains(w))
                .collect(),
        }
    })
}

/// Whether `s` opens a short bracket inside a word (`区(市)县`, `县(市、区)优良天数`): one
/// or two Chinese characters, or a short list of them, then a Chinese character after
/// the closing bracket.
fn is_inner_bracket(s: &str) -> bool {
    let mut chars = s.chars().skip(1);
    let inner: String = chars.by_ref().take_while(|&c| c != ')').collect();
    // One or two characters (`区(市)县`), or a short list of them (`县(市、区)`).
    let items_short = inner
        .split('、')
        .all(|item| (1..=2).contains(&item.chars().count()));
    items_short
        && inner.chars().count() <= 5
        && inner.chars().all(|c| is_han(c) || c == '、')
        && s.len() > inner.len() + 2
        && chars.next().is_some_and(is_han)
}

/// Where a locative `中` (`18天污染天气中臭氧超标17天`: "among") starts in `s`; not the
/// `中` of a word (`集中`, `其中`, `中心`, `中央`, `中度`).
fn locative(s: &str) -> Option<usize> {
    let vocab = vocabulary();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    chars.iter().enumerate().find_map(|(k, &(i, c))| {
        let before = k.checked_sub(1).map(|b| chars[b].1);
        let after = chars.get(k + 1).map(|&(_, a)| a);
        let in_word = before.is_some_and(|b| vocab.locative_joined_before.contains(b))
            || after.is_some_and(|a| vocab.locative_joined_after.contains(a));
        (c == '中' && k > 0 && after.is_some() && !in_word).then_some(i)
    })
}

/// Where a locative `中` that ends a counted thing starts (`8个断面中,`: "among the 8
/// sections"); not the `中` of a word (`集中`), nor a name of one character and `中`.
fn among_at_end(noun: &str) -> Option<usize> {
    let joined = &vocabulary().locative_joined_before;
    noun.strip_suffix('中')
        .filter(|n| n.chars().count() >= 2 && !n.ends_with(|c| joined.contains(c)))
        .map(str::len)
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Splits a list of subjects: `A、B、C和D`.
fn split_subjects(s: &str, n: usize) -> Vec<String> {
    let mut parts: Vec<String> = s.split('、').map(str::to_string).collect();
    if parts.len() + 1 == n
        && let Some(last) = parts.pop()
    {
        // `、` is split already: the last part ends at `和`, `及` or `与`.
        match quantity_words()
            .list_connectors
            .iter()
            .filter_map(|w| rfind_word(&last, w).map(|i| (i, w.len())))
            .max()
        {
            Some((i, len)) => {
                parts.push(last[..i].to_string());
                parts.push(last[i + len..].to_string());
            }
            None => parts.push(last),
        }
    }
    parts
}

/// The measure words shared by a list of subjects (`…细颗粒物(PM2.5)年均浓度`): from the
/// first measure word in the last subject.
fn shared_suffix(last: &str) -> (&str, &str) {
    vocabulary()
        .list_measures
        .iter()
        .filter_map(|h| find_word(last, h))
        .min()
        .filter(|&i| i > 0)
        .map_or((last, ""), |i| last.split_at(i))
}

/// Whether a subject names its own measure (`国考断面达标率`, not `二氧化硫`).
fn has_measure(subject: &str) -> bool {
    let vocab = vocabulary();
    !shared_suffix(subject).1.is_empty()
        || ends_with_any(subject, &vocab.list_measures)
        || ends_with_any(subject, &vocab.list_measure_endings)
}

/// Whether a clause ranks something (`综合指数在全省17个设区市中位列第9`).
pub fn ranks(clause: &str) -> bool {
    contains_any(clause, &vocabulary().ranking_words)
}

/// The measure words the last subject of a list ends with (`…细颗粒物年均浓度` →
/// `年均浓度`), when something stands before them.
pub fn list_measure_ending(last: &str) -> Option<&'static str> {
    vocabulary()
        .list_measure_endings
        .iter()
        .find(|m| last.ends_with(m.as_str()) && last.len() > m.len())
        .map(String::as_str)
}

/// The subject of a name: without its measure ending (`医疗废物产生量` → `医疗废物`).
pub fn subject_of(name: &str) -> &str {
    vocabulary()
        .subject_endings
        .iter()
        .find_map(|e| name.strip_suffix(e.as_str()).filter(|s| !s.is_empty()))
        .unwrap_or(name)
}

/// A name that is only a verb (`完成7.48亿元` after `计划投资6.82亿元`) or only a scope
/// (`全市可达20.1万吨/日` after `新增处理规模12.4万吨/天`) completes itself from the
/// quantity of the same kind before it; a verb after a goal takes the goal's measure.
fn completed_name(name: &str, previous: &str) -> Option<String> {
    let vocab = vocabulary();
    if vocab.scope_words.iter().any(|w| w == name) {
        let head = previous
            .trim_start_matches("新增")
            .trim_start_matches("累计");
        return Some(format!("{name}{head}"));
    }
    let is_verb = vocab.bare_verbs.iter().any(|v| v == name);
    // After a goal (`考核目标为35微克/立方米,实际为31.6微克/立方米`): the goal's measure.
    if is_verb && let Some(measure) = goal_measure(previous) {
        return (!measure.is_empty()).then(|| measure.to_string());
    }
    let head: String = previous
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (is_verb && !previous.ends_with(name) && head.chars().count() == 2)
        .then(|| format!("{name}{head}"))
}

/// A rate after a count or an amount of something (`…案件3978宗,处理率100%`,
/// `医疗废物产生量…,安全无害化处置率100%`) is a rate of that thing, and so is an
/// amount after an amount (`综合利用量`).
fn borrowed_subject(name: &str, previous: &Found, previous_name: &str) -> Option<String> {
    let subject = subject_of(previous_name);
    // An amount after an amount of something (`固体废物产生量…,综合利用量…`) is of it too.
    let is_amount = name.ends_with('量') && subject != previous_name;
    let is_rate =
        name.ends_with('率') || name.ends_with("比例") || name.ends_with("占比") || is_amount;
    // A level of something (`PM2.5年平均浓度`, `噪声等效声级`) is no amount a rate is of.
    let amount = matches!(
        previous.kind,
        UnitKind::Mass
            | UnitKind::Money
            | UnitKind::Capacity
            | UnitKind::Length
            | UnitKind::Area
            | UnitKind::Volume
            | UnitKind::Energy
    );
    let of_something = previous.kind == UnitKind::Count || (amount && subject != previous_name);
    // A rate that names its own subject (`“绿色生活”公众知晓率`) keeps it.
    let has_subject = super::category::by_keywords(name).is_some();
    (is_rate && of_something && !has_subject && !subject.is_empty() && !name.contains(subject))
        .then(|| format!("{subject}{name}"))
}

fn is_reference(prefix: &str) -> bool {
    let p = prefix.trim_end();
    let vocab = vocabulary();
    // `较上年度之16.8微克` (Taiwan) is `较上年的`.
    (p.ends_with(['的', '之']) && contains_any(p, &vocab.reference_markers))
        || ends_with_any(trim_trailing(p), &vocab.standard_endings)
        || (p.ends_with('(') && ends_with_any(trim_trailing(p), &vocab.goal_endings))
}

/// `22微克/立方米(2020年为25微克/立方米)`: a year alone before a value in brackets
/// (`prefix`, the bracket's text before it) names the value that year had.
fn earlier_year_in_brackets(prefix: &str) -> bool {
    let year = prefix
        .trim()
        .trim_end_matches(['为', '是'])
        .trim_end_matches("同期");
    year.strip_suffix('年').is_some_and(|y| {
        y.chars().count() <= 4 && (matches!(y, "上" | "去") || ends_with_written_year(y))
    })
}

/// Whether a reference value's name says it is a goal (`年度考核目标`).
pub fn names_goal(name: &str) -> bool {
    ends_with_any(name, &vocabulary().goal_endings)
}

/// Strips the comparison words of a reference prefix (`低于全国平均的` → `全国平均`).
fn reference_name(prefix: &str) -> String {
    let mut s = prefix.trim_end_matches(['的', '之']);
    for marker in &vocabulary().reference_comparisons {
        if let Some(i) = find_word(s, marker) {
            s = &s[i + marker.len()..];
        }
    }
    let s = s.replace("同期", "");
    clean(&s)
}

/// A multiple's name without the year it multiplies (`处理量是上年` of `是上年的1.6倍`,
/// `是2020年` of `是2020年的3倍`): the measure, or nothing.
fn without_multiple_base(name: &str) -> &str {
    let Some(year) = name.strip_suffix("同期").unwrap_or(name).strip_suffix('年') else {
        return name;
    };
    let before = if let Some(relative) = year.strip_suffix(['上', '去', '前']) {
        relative
    } else if ends_with_written_year(year) {
        year.trim_end_matches(|c: char| c.is_ascii_digit() || is_chinese_year_digit(c))
    } else {
        return name;
    };
    vocabulary()
        .multiple_verbs
        .iter()
        .find_map(|verb| before.strip_suffix(verb.as_str()))
        .unwrap_or(name)
}

/// The measure of a goal's name without its goal words (`PM2.5年均浓度考核目标` →
/// `PM2.5年均浓度`; empty for `年度目标`), if it names a goal.
fn goal_measure(name: &str) -> Option<&str> {
    let vocab = vocabulary();
    let measure = vocab
        .goal_endings
        .iter()
        .find_map(|g| name.strip_suffix(g.as_str()))?;
    Some(
        vocab
            .goal_qualifiers
            .iter()
            .find_map(|q| measure.strip_suffix(q.as_str()))
            .unwrap_or(measure),
    )
}

/// The own name of the quantity before quantity `i` in its sentence, if any.
fn previous_in_sentence<'n>(
    text: &IndexedText,
    found: &[Found],
    i: usize,
    names: &'n [Naming],
) -> Option<&'n str> {
    let p = i.checked_sub(1)?;
    let previous = names
        .get(p)
        .filter(|n| !n.reference && !n.name.is_empty())?;
    (text.sentence_at(found[p].span.start) == text.sentence_at(found[i].span.start))
        .then_some(previous.name.as_str())
}

/// A goal named by its goal words only (`未完成年度目标(160微克/立方米)`) is the goal of
/// the measure the quantity before it in its sentence names (`臭氧浓度目标`).
fn name_bare_goal(
    text: &IndexedText,
    found: &[Found],
    i: usize,
    names: &[Naming],
    naming: &mut Naming,
) {
    let bare = goal_measure(&naming.name).is_some_and(str::is_empty);
    if naming.reference
        && bare
        && let Some(previous) = previous_in_sentence(text, found, i, names)
    {
        naming.name = format!("{previous}{}", naming.name);
    }
}

/// Names every quantity. `barriers` are the byte ranges (quantities and change phrases)
/// a name must not reach back over.
pub fn name_all(text: &IndexedText, found: &[Found], barriers: &[Range<usize>]) -> Vec<Naming> {
    let barriers = &Barriers::new(barriers);
    let mut names: Vec<Naming> = Vec::with_capacity(found.len());
    // The measure of the last list named from the clause before it, with the start of
    // its paragraph: a parallel list (`…较低,分别是…;甲、乙较高,依次为…`) shares it.
    let mut list_measure: Option<(usize, String)> = None;
    let lists = list_runs(text, found);
    let mut i = 0;
    while i < found.len() {
        let q = &found[i];
        let window = window_start(text, q, barriers);
        let prefix_raw = &text[window..q.span.start];
        let list = lists[i];
        if list > 1
            && let Some(verb) = list_marker(prefix_raw)
        {
            let own = &prefix_raw[..prefix_raw.len() - verb.len()];
            let mut listed = distribute(own, list);
            let same_items = listed
                .iter()
                .all(|n| n.name.is_empty())
                .then(|| items_of_list_before(text, found, i, list, &names, verb))
                .flatten();
            if let Some(items) = same_items {
                listed = items;
            } else if listed.iter().all(|n| n.name.is_empty()) {
                let paragraph = paragraph_sentence_start(text, window);
                let earlier = list_measure
                    .as_ref()
                    .filter(|(at, _)| *at == paragraph)
                    .map(|(_, m): &(usize, String)| m.as_str());
                let measure;
                (listed, measure) =
                    distribute_over_clause_before(text, window, verb, earlier, list);
                list_measure = Some((paragraph, measure));
            }
            for (k, mut naming) in listed.into_iter().enumerate() {
                // Owners that are only times (`12月、1月、2月分别为…`) leave the measure
                // to the quantity of the same kind before them.
                if naming.name.is_empty() {
                    resolve_fallbacks(text, found, i + k, &names, "", &mut naming);
                }
                names.push(naming);
            }
            i += list;
            continue;
        }
        // The measure may be the one the value before in its sentence names (`PM2.5浓度
        // 为30微克,由上年的32微克下降至30微克`).
        let previous = previous_in_sentence(text, found, i, &names);
        if let Some((from, to)) = progress(text, found, i, prefix_raw, previous) {
            names.extend([from, to]);
            i += 2;
            continue;
        }
        let mut naming = name_one(text, found, i, prefix_raw, barriers);
        if q.unit == "倍" {
            naming.name = without_multiple_base(&naming.name).to_string();
        }
        resolve_fallbacks(text, found, i, &names, prefix_raw, &mut naming);
        name_bare_goal(text, found, i, &names, &mut naming);
        with_topic(text, q.span.start, &mut naming);
        names.push(naming);
        i += 1;
    }
    for (q, naming) in found.iter().zip(names.iter_mut()) {
        name_ranking_population(text, q, naming);
    }
    carry_series_verbs(text, found, &mut names);
    fill_elided_heads(text, found, &mut names);
    expand_short_names(text, found, &mut names);
    borrow_measures(text, found, &mut names);
    name_predicated_counts(text, found, &mut names);
    for (q, naming) in found.iter().zip(&mut names) {
        if let Some(topic) = declared_topic(text, q.span.start)
            && !naming.reference
            && !naming.name.contains(&topic)
            && super::category::by_keywords(&naming.name).is_none()
        {
            naming.name = format!("{topic}{}", naming.name);
        }
    }
    names
}

/// `9项约束性指标中,8项全面完成,1项未完成`: a count followed by its predicate only counts
/// the thing of the count of the same unit before it in its sentence, and is named by it
/// and the predicate (`约束性指标全面完成`).
fn name_predicated_counts(text: &IndexedText, found: &[Found], names: &mut [Naming]) {
    let openers = &vocabulary().predicate_openers;
    for i in 1..found.len() {
        let q = &found[i];
        let rest = &text[q.span.end..text.comma_clause_at(q.span.start).end.max(q.span.end)];
        if q.kind != UnitKind::Count || !starts_with_any(rest, openers) {
            continue;
        }
        let sentence = text.sentence_at(q.span.start).start;
        let whole = (0..i)
            .rev()
            .take_while(|&j| found[j].span.start >= sentence)
            .find(|&j| {
                found[j].kind == UnitKind::Count
                    && found[j].base_unit == q.base_unit
                    && !names[j].name.is_empty()
                    && !starts_with_any(&text[found[j].span.end..], openers)
            });
        if let Some(j) = whole {
            let predicate = rest.trim_end_matches(|c: char| Bound::CommaClause.ends(c));
            let predicate: String = predicate.chars().take(12).collect();
            names[i].name = format!("{}{predicate}", names[j].name);
        }
    }
}

/// `优良天数比例由上年的80.1%提高到85.5%`, `森林覆盖率从2015年的40.1%提高到2022年的
/// 45.3%`: one measure from an earlier value (a comparison value, named by the measure)
/// to the one now.
fn progress(
    text: &str,
    found: &[Found],
    i: usize,
    prefix_raw: &str,
    previous: Option<&str>,
) -> Option<(Naming, Naming)> {
    let from = PROGRESS_FROM.find(prefix_raw)?;
    let next = found.get(i + 1)?;
    let gap = text.get(found[i].span.end..next.span.start)?;
    if !PROGRESS_TO.is_match(gap) {
        return None;
    }
    let own = clean(&prefix_raw[..from.start()]);
    let name = if own.is_empty() {
        previous?.to_string()
    } else {
        own
    };
    let earlier = Naming {
        name: name.clone(),
        reference: true,
        ..Naming::default()
    };
    let now = Naming {
        name,
        progress_to: true,
        ..Naming::default()
    };
    Some((earlier, now))
}

/// The population of a ranking (`水质指数在全国168个城市中排名第12`) is the cities,
/// not the ranked measure: its name starts after `在` (`全国城市`).
fn name_ranking_population(text: &str, q: &Found, naming: &mut Naming) {
    let rest = &text[q.span.end..];
    let after = &rest[..rest.char_indices().nth(12).map_or(rest.len(), |(i, _)| i)];
    let ranks = after
        .split_once('中')
        .is_some_and(|(_, rest)| starts_with_any(rest, &vocabulary().ranking_words));
    if ranks && let Some((_, population)) = naming.name.rsplit_once('在') {
        naming.name = population.to_string();
    }
}

/// The rest of a name after the places it starts with (`河东区、兰陵县各增加` → `各增加`).
fn after_places(name: &str) -> &str {
    let mut rest = name;
    while let Some(place) = place_of(rest) {
        rest = rest[place.len()..].trim_start_matches('、');
    }
    rest
}

/// The place a label or the start of a name names (`滨江区`, `临沭县` of
/// `临沭县优良天数增加`): Chinese characters up to the first place suffix (`区`, `县`,
/// `市`…), two to six of them, that are not a scope or a kind of area (`全市`, `城区`,
/// `工业园区`).
pub fn place_of(name: &str) -> Option<&str> {
    let vocab = vocabulary();
    let end = name
        .char_indices()
        .skip(1)
        .take(6)
        .take_while(|&(_, c)| is_han(c))
        .find_map(|(i, _)| {
            vocab
                .place_suffixes
                .iter()
                .find(|s| name[i..].starts_with(s.as_str()))
                .map(|s| i + s.len())
        })?;
    // `崇州市`: a city suffix right after `州` belongs to the place (not `区` after `市`:
    // `邛崃市区…` is 邛崃市 and a district).
    let end = if name[..end].ends_with('州') && name[end..].starts_with('市') {
        end + '市'.len_utf8()
    } else {
        end
    };
    let place = &name[..end];
    let generic = vocab.not_places.iter().any(|w| place == w)
        || vocab.area_kinds.iter().any(|w| place.ends_with(w.as_str()));
    (!generic && name[..end].chars().all(is_han)).then_some(place)
}

/// A series that states its verb once (`削减化学需氧量5880吨,氨氮648吨,二氧化硫1477吨`):
/// each bare item after the first takes the verb the item before it starts with.
fn carry_series_verbs(text: &str, found: &[Found], names: &mut [Naming]) {
    let vocab = vocabulary();
    let verbs = &vocab.series_verbs;
    for i in 1..names.len() {
        let previous = names[i - 1].name.as_str();
        let previous = vocab
            .scope_words
            .iter()
            .find_map(|w| previous.strip_prefix(w.as_str()))
            .unwrap_or(previous);
        let Some(verb) = verbs.iter().find(|v| previous.starts_with(v.as_str())) else {
            continue;
        };
        let name = &names[i].name;
        let gap = text
            .get(found[i - 1].span.end..found[i].span.start)
            .unwrap_or("");
        let next_in_series = found[i - 1].kind == found[i].kind
            && gap.starts_with([',', '、'])
            && gap.ends_with(name.as_str())
            && gap.chars().count() == name.chars().count() + 1;
        // An item with a verb of its own (`立案查处…案件`) takes none.
        if next_in_series && !name.is_empty() && !contains_any(name, verbs) {
            names[i].name = format!("{verb}{name}");
        }
    }
}

/// A name that ends where its sibling goes on (`环境委员会另接获76宗` after
/// `治安警察局接获噪音投诉2,695宗`): the words the sibling has after the shared verb fill
/// the elided head (`环境委员会另接获噪音投诉`). The sibling is the nearest quantity
/// before it in its sentence with the same unit.
fn fill_elided_heads(text: &IndexedText, found: &[Found], names: &mut [Naming]) {
    use crate::lexicon::categories::first_keyword_start;
    for i in 1..names.len() {
        let sentence = paragraph_sentence_start(text, found[i].span.start);
        let Some(j) = (0..i)
            .rev()
            .take_while(|&j| found[j].span.start >= sentence)
            .find(|&j| found[j].unit == found[i].unit && !found[i].unit.is_empty())
        else {
            continue;
        };
        let (name, sibling) = (&names[i].name, &names[j].name);
        // Only a name that says nothing of what it counts, from a sibling that does.
        if names[i].reference
            || name.is_empty()
            || sibling.ends_with(name.as_str())
            || first_keyword_start(name).is_some()
        {
            continue;
        }
        // The longest end of the name (two characters or more) found inside the sibling
        // with words after it.
        let ends: Vec<usize> = name.char_indices().map(|(at, _)| at).collect();
        let filled = ends.iter().find_map(|&at| {
            let end = &name[at..];
            if end.chars().count() < 2 {
                return None;
            }
            let (k, _) = sibling.match_indices(end).next()?;
            let rest = &sibling[k + end.len()..];
            first_keyword_start(rest).map(|_| format!("{name}{rest}"))
        });
        if let Some(filled) = filled {
            names[i].name = filled;
        }
    }
}

/// A short measure that ends the name of a quantity of the same unit earlier in its line
/// (`雨量` after `全年降雨量1397.0mm`) is that measure said again in short: it takes the
/// earlier name without its time words (`降雨量`).
fn expand_short_names(text: &IndexedText, found: &[Found], names: &mut [Naming]) {
    for i in 1..names.len() {
        let name = &names[i].name;
        // A count's short name is the generic thing it counts (`2家企业获批…`), which
        // an earlier count of the same things does not name.
        if name.chars().count() > 2 || name.is_empty() || found[i].kind == UnitKind::Count {
            continue;
        }
        let line = text.after_last(found[i].span.start, Bound::Line);
        let longer = (0..i)
            .rev()
            .take_while(|&j| found[j].span.start >= line)
            .filter(|&j| found[j].unit == found[i].unit && !names[j].reference)
            .map(|j| trim_leading(&names[j].name))
            .find(|earlier| earlier.len() > name.len() && earlier.ends_with(name.as_str()));
        if let Some(longer) = longer {
            names[i].name = longer.to_string();
        }
    }
}

/// A change stated with its place but not its measure (`8个县区优良天数同比增加:临沭县
/// 增加15天`) measures what the nearest name before it in the sentence measures: the
/// measure goes before the verb (`临沭县优良天数增加`).
fn borrow_measures(text: &IndexedText, found: &[Found], names: &mut [Naming]) {
    use crate::lexicon::changes::change_word_ending;
    for i in 0..names.len() {
        let name = &names[i].name;
        let Some(verb) = change_word_ending(name) else {
            continue;
        };
        if names[i].reference || !says_no_measure(name) {
            continue;
        }
        let sentence = paragraph_sentence_start(text, found[i].span.start);
        let measure = (0..i)
            .rev()
            .take_while(|&j| found[j].span.start >= sentence)
            .find_map(|j| measure_of(&names[j].name));
        if let Some(measure) = measure {
            let head = &name[..name.len() - verb.text.len()];
            let place = single_place(head);
            let filled = format!("{}{}", with_measure(head, measure), verb.text);
            names[i].name = filled;
            names[i].place = place;
        }
    }
}

/// Whether a subject says nothing of what it measures, places aside (`河` of `河东区`
/// is no water keyword): `临沭县`, `河东区、兰陵县各`.
pub fn says_no_measure(subject: &str) -> bool {
    crate::lexicon::categories::first_keyword_start(after_places(subject)).is_none()
}

/// What a name measures: from its first category keyword, without a change verb or `各`
/// at its end (`县区优良天数` → `优良天数`, `临沭县优良天数增加` → `优良天数`).
pub fn measure_of(name: &str) -> Option<&str> {
    let measure = &name[crate::lexicon::categories::first_keyword_start(name)?..];
    let measure = crate::lexicon::changes::change_word_ending(measure)
        .map_or(measure, |v| &measure[..measure.len() - v.text.len()]);
    Some(measure.trim_end_matches('各'))
}

/// A subject with the measure it lacks, before a distributing `各` (`河东区、兰陵县各` →
/// `河东区、兰陵县优良天数各`).
pub fn with_measure(subject: &str, measure: &str) -> String {
    match subject.strip_suffix('各') {
        Some(places) => format!("{places}{measure}各"),
        None => format!("{subject}{measure}"),
    }
}

/// The one place a subject starts with (`临沭县`); none for a list of places
/// (`河东区、兰陵县…`).
pub fn single_place(subject: &str) -> Option<String> {
    place_of(subject)
        .filter(|p| !subject[p.len()..].starts_with('、'))
        .map(str::to_string)
}

/// The topic a sentence declares at its head (`PM10方面,…`, `从水质来看,…`).
fn declared_topic(text: &IndexedText, at: usize) -> Option<String> {
    let start = paragraph_sentence_start(text, at);
    let head = text[start..at].split(',').next()?;
    if head.len() == at - start {
        return None;
    }
    let head = head.trim();
    let topic = vocabulary()
        .topic_markers
        .iter()
        .find_map(|m| head.strip_suffix(m.as_str()))?;
    let topic = clean(topic.trim_start_matches(['从', '就', '在']));
    (!topic.is_empty()).then_some(topic)
}

/// The words after a list marker (`分别`, `依次`) that ends `prefix`: `为`, a verb
/// (`分别减少`) or nothing; `None` when no marker ends it.
fn list_marker(prefix: &str) -> Option<&str> {
    let marker = trim_trailing_keep(prefix);
    let at = vocabulary()
        .list_markers
        .iter()
        .filter_map(|m| rfind_word(marker, m).map(|i| i + m.len()))
        .max()?;
    let verb = &marker[at..];
    (verb.chars().count() <= 2 && verb.chars().all(is_han)).then(|| &prefix[at..])
}

/// A list whose subjects stand in the comma clause before (`大邑县、邛崃市的综合指数
/// 较低,分别是2.68和2.76`): each owner with the measure after `的` (`大邑县综合指数`),
/// or the measure of a parallel list before (`earlier`), or the verb (`新都区减少`).
/// Returns the names and the measure used.
fn distribute_over_clause_before(
    text: &IndexedText,
    window: usize,
    verb: &str,
    earlier: Option<&str>,
    n: usize,
) -> (Vec<Naming>, String) {
    let delimiter = text[..window].chars().next_back();
    let end = window - delimiter.filter(|&c| c == ',').map_or(0, char::len_utf8);
    let clause = &text[clause_start(text, end)..end];
    let (owners, measure) = match clause.rsplit_once('的') {
        Some((owners, measure)) => (owners, until_predicate(measure)),
        None => (clause, ""),
    };
    let owners = trim_leading(owners);
    let mut parts = split_subjects(owners, n);
    if let Some(last) = parts.last_mut() {
        *last = until_predicate(last).to_string();
    }
    let verb = trim_trailing(verb.trim_start_matches(['为', '是']));
    let measure = [measure, verb, earlier.unwrap_or("")]
        .into_iter()
        .find(|m| !m.is_empty())
        .unwrap_or("");
    let owned = parts.len() == n && parts.iter().all(|p| !p.is_empty());
    let names = (0..n)
        .map(|k| {
            if owned {
                let owner = clean(&parts[k]);
                Naming {
                    name: clean(&format!("{owner}{measure}")),
                    place: place_of(&owner).map(str::to_string),
                    ..Naming::default()
                }
            } else {
                Naming {
                    name: clean(measure),
                    ..Naming::default()
                }
            }
        })
        .collect();
    (names, measure.to_string())
}

/// A noun phrase up to its first predicate word (`综合指数较低` → `综合指数`).
fn until_predicate(s: &str) -> &str {
    let end = vocabulary()
        .predicates
        .iter()
        .filter_map(|w| find_word(s, w))
        .filter(|&i| i > 0)
        .min()
        .unwrap_or(s.len());
    &s[..end]
}

/// The prefix without its linking words except `分别`, to see whether a list follows.
fn trim_trailing_keep(prefix: &str) -> &str {
    let p = prefix.trim_end_matches(['为', '是', '达', '到']);
    p.strip_suffix("达").unwrap_or(p)
}

/// Where other quantities and change phrases start and end, sorted, for lookups in
/// logarithmic time.
struct Barriers {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Barriers {
    fn new(ranges: &[Range<usize>]) -> Barriers {
        let mut starts: Vec<usize> = ranges.iter().map(|r| r.start).collect();
        let mut ends: Vec<usize> = ranges.iter().map(|r| r.end).collect();
        starts.sort_unstable();
        ends.sort_unstable();
        Barriers { starts, ends }
    }

    /// The last end at or before `at`.
    fn end_before(&self, at: usize) -> Option<usize> {
        let n = self.ends.partition_point(|&e| e <= at);
        n.checked_sub(1).map(|k| self.ends[k])
    }

    /// The first start at or after `at`.
    fn start_after(&self, at: usize) -> Option<usize> {
        self.starts
            .get(self.starts.partition_point(|&s| s < at))
            .copied()
    }
}

fn window_start(text: &IndexedText, q: &Found, barriers: &Barriers) -> usize {
    let mut start = clause_start(text, q.span.start);
    // A value alone in brackets is named by what stands before them (`优良天数比例(88.2%)`,
    // `国家二级标准(35微克/立方米)`).
    if text[start..q.span.start].trim().is_empty() && text[..start].ends_with('(') {
        start = clause_start(text, start - '('.len_utf8());
    }
    barriers
        .end_before(q.span.start)
        .filter(|&end| end > start)
        .unwrap_or(start)
}

/// For each quantity, how many quantities from it form a list (`10微克/立方米、28微克/
/// 立方米和37…`): one pass from the end, so a list of thousands is not walked again
/// from each of its items.
fn list_runs(text: &str, found: &[Found]) -> Vec<usize> {
    let mut runs = vec![1; found.len()];
    for i in (1..found.len()).rev() {
        // Spans are disjoint and ordered (see `scan::inside_unit`); `get` keeps a
        // broken order a non-list rather than a panic.
        let between = text.get(found[i - 1].span.end..found[i].span.start);
        if between.is_some_and(is_list_connector) {
            runs[i - 1] = runs[i] + 1;
        }
    }
    runs
}

fn distribute(prefix_raw: &str, n: usize) -> Vec<Naming> {
    let subjects_text = trim_leading(trim_trailing(prefix_raw));
    let subjects = split_subjects(subjects_text, n);
    if subjects.len() != n {
        let name = clean(prefix_raw);
        return vec![
            Naming {
                name,
                ..Naming::default()
            };
            n
        ];
    }
    let last = subjects.last().map(String::as_str).unwrap_or("");
    let (_, mut suffix) = shared_suffix(last);
    if suffix.is_empty() {
        suffix = item_ending_suffix(&subjects);
    }
    subjects
        .iter()
        .map(|s| {
            let s = clean(s);
            let name = if s.ends_with(suffix) {
                s
            } else {
                format!("{s}{suffix}")
            };
            Naming {
                name,
                ..Naming::default()
            }
        })
        .collect()
}

/// `Ⅱ类、Ⅲ类、Ⅳ类断面分别为3个、10个和2个,分别占20.0%、66.7%和13.3%`: a list of values
/// without subjects right after a list of as many values is of the same items, in order
/// (their shares when the verb is `占`).
fn items_of_list_before(
    text: &IndexedText,
    found: &[Found],
    i: usize,
    n: usize,
    names: &[Naming],
    verb: &str,
) -> Option<Vec<Naming>> {
    let first = i.checked_sub(n)?;
    let before = &found[first..i];
    let listed = before
        .windows(2)
        .all(|w| is_list_connector(&text[w[0].span.end..w[1].span.start]));
    let adjacent = text[found[i - 1].span.end..found[i].span.start].starts_with(',');
    let same_sentence =
        text.sentence_at(before[0].span.start) == text.sentence_at(found[i].span.start);
    let named = names[first..i].iter().all(|n| !n.name.is_empty());
    if !(listed && adjacent && same_sentence && named) {
        return None;
    }
    let share = if verb.contains('占') { "比例" } else { "" };
    Some(
        names[first..i]
            .iter()
            .map(|item| Naming {
                name: format!("{}{share}", item.name),
                place: item.place.clone(),
                ..Naming::default()
            })
            .collect(),
    )
}

/// `Ⅱ类、Ⅲ类、Ⅳ类断面`, `国家级和省级自然保护区`: items that end alike in a class or
/// a level word share what follows that word in the last item (`断面`).
fn item_ending_suffix(subjects: &[String]) -> &str {
    let Some((last, others)) = subjects.split_last() else {
        return "";
    };
    let endings = &vocabulary().list_item_endings;
    let Some(ending) = others
        .first()
        .and_then(|first| endings.iter().find(|e| first.ends_with(e.as_str())))
        .filter(|e| others.iter().all(|o| o.ends_with(e.as_str())))
    else {
        return "";
    };
    last.find(ending.as_str())
        .map_or("", |at| &last[at + ending.len()..])
}

fn name_one(
    text: &str,
    found: &[Found],
    i: usize,
    prefix_raw: &str,
    barriers: &Barriers,
) -> Naming {
    let q = &found[i];
    let window = q.span.start - prefix_raw.len();
    // An earlier year's value in brackets is named by the measure before them.
    let earlier = text[..window].ends_with('(') && earlier_year_in_brackets(prefix_raw);
    if earlier || is_reference(prefix_raw) {
        return Naming {
            name: if earlier {
                String::new()
            } else {
                reference_name(prefix_raw)
            },
            reference: true,
            ..Naming::default()
        };
    }
    let limit = barriers
        .start_after(q.span.end)
        .unwrap_or(text.len())
        .min(floor_boundary(text, q.span.end + 90));
    let after = counted_after(text, q.span.end, limit);
    let mut prefix_text = trim_leading(trim_trailing(prefix_raw));
    // `18天污染天气中臭氧超标高达17天`: right after a count, the words after a locative
    // name this figure; those before it are the other count's thing.
    let follows_count = i > 0
        && matches!(found[i - 1].kind, UnitKind::Count | UnitKind::Time)
        && found[i - 1].span.end == window;
    if follows_count && let Some(at) = locative(prefix_text) {
        prefix_text = &prefix_text[at + '中'.len_utf8()..];
    }
    let mut shared_with = Vec::new();
    // The measure the last subject of a shared list ends with, which the others share
    // (`二氧化硫、二氧化氮年均浓度均为…`: `年均浓度`).
    let mut shared_measure = "";
    if let Some((head, rest)) = split_last_item(prefix_text) {
        let shared = trim_trailing_keep(prefix_raw).ends_with('均') || prefix_raw.contains("均");
        if shared && !head.is_empty() {
            let first = trim_leading(head.rsplit('、').next_back().unwrap_or(head));
            shared_measure = shared_suffix(rest).1;
            let with_measure = |item: &str| {
                let item = clean(item);
                if has_measure(&item) {
                    item
                } else {
                    format!("{item}{shared_measure}")
                }
            };
            shared_with = head
                .split('、')
                .skip(1)
                .map(with_measure)
                .chain(std::iter::once(clean(rest)))
                .collect();
            prefix_text = first;
        } else {
            prefix_text = rest;
        }
    }
    let mut prefix = clean(prefix_text).replace('的', "");
    if !prefix.is_empty() && !has_measure(&prefix) {
        prefix.push_str(shared_measure);
    }
    // A prefix with no Chinese in it (`“100”为`) names nothing.
    if !prefix.chars().any(is_han) {
        prefix.clear();
    }
    let counted = q.kind == UnitKind::Count && !after.is_empty();
    let prefix_is_long = prefix.chars().count() >= 3;
    // Right after another count, the words before are that count's counted thing.
    let after_is_short = after.chars().count() <= 2;
    let name = if counted && (follows_count || prefix.is_empty() || !after_is_short) {
        after
    } else if counted && !prefix.ends_with(&after) && (prefix_is_long || after_is_short) {
        format!("{prefix}{after}")
    } else if !prefix.is_empty() {
        prefix
    } else {
        after
    };
    Naming {
        name,
        shared_with,
        ..Naming::default()
    }
}

/// Names that say too little borrow from the quantities before them in the sentence.
fn resolve_fallbacks(
    text: &IndexedText,
    found: &[Found],
    i: usize,
    names: &[Naming],
    prefix_raw: &str,
    naming: &mut Naming,
) {
    let sentence = sentence_start(text, found[i].span.start);
    let earlier: Vec<usize> =
        (found[..i].partition_point(|q| q.span.start < sentence)..i).collect();
    // A comparison value may sit clauses away from its subject (`…;与107年同期的19.7微克`).
    let subject_from = if naming.reference {
        paragraph_sentence_start(text, found[i].span.start)
    } else {
        sentence
    };
    let same_kind_subject = (found[..i].partition_point(|q| q.span.start < subject_from)..i)
        .find(|&j| found[j].kind == found[i].kind && !names[j].reference)
        .map(|j| names[j].name.clone());
    let previous = earlier.last().map(|&j| names[j].name.clone());
    let previous_own = earlier
        .iter()
        .rev()
        .find(|&&j| !names[j].reference)
        .copied();
    let raw = prefix_raw.trim();
    let ends_range =
        i > 0 && is_range_connector(&text[found[i - 1].span.end..found[i].number.start]);
    if ends_range {
        // `43%至62%`: the upper bound has the lower bound's name.
        naming.name = names[i - 1].name.clone();
        return;
    }
    if raw.starts_with('占') && (raw.ends_with('的') || raw == "占") {
        if let Some(prev) = &previous {
            naming.name = format!("{prev}比例");
        }
    } else if naming.name.is_empty()
        || is_bare_connective(&naming.name)
        || (naming.reference && naming.name.chars().count() < 2)
    {
        let window = found[i].span.start - prefix_raw.len();
        let paragraph = paragraph_sentence_start(text, found[i].span.start);
        let in_paragraph =
            (i > 0 && found[i - 1].span.start >= paragraph).then(|| names[i - 1].name.clone());
        if let Some(name) = subject_of_clause_before(text, window, raw, &in_paragraph) {
            naming.place = single_place(&name);
            naming.name = name;
        } else if let Some(name) = table_row_label(text, found[i].span.start)
            .or(same_kind_subject)
            .or(previous)
        {
            naming.name = name;
        }
    } else if let Some(j) = previous_own
        && !naming.reference
        && let Some(name) = borrowed_subject(&naming.name, &found[j], &names[j].name)
    {
        naming.name = name;
    } else if let Some(j) = earlier
        .iter()
        .rev()
        .find(|&&j| found[j].kind == found[i].kind && !names[j].reference)
        && let Some(name) = completed_name(&naming.name, &names[*j].name)
    {
        naming.name = name;
    }
}

/// The list before the last `、` of `s` and the last item, when that `、` is not inside a
/// quoted name (`“双随机、一公开”检查` is one item).
fn split_last_item(s: &str) -> Option<(&str, &str)> {
    // The last `、` outside quotes and brackets (`县(市、区)` is one item).
    let mut depth = 0i32;
    let at = s.char_indices().rev().find_map(|(i, c)| {
        match c {
            '”' | '》' | '」' | ')' => depth += 1,
            '“' | '《' | '「' | '(' => depth -= 1,
            '、' if depth == 0 => return Some(i),
            _ => {}
        }
        None
    })?;
    let (head, rest) = (&s[..at], &s[at + '、'.len_utf8()..]);
    let open = head.matches(['“', '《', '「']).count();
    let closed = head.matches(['”', '》', '」']).count();
    (open == closed).then_some((head, rest))
}

/// A connective standing for a whole name (`112%和105%`: `和`): a list connector or
/// one of naming's own (`并`).
fn is_bare_connective(name: &str) -> bool {
    is_list_connector(name) || vocabulary().connectives.iter().any(|w| w == name)
}

/// A value after only a linking word (`甲县优良天数比例最高,为91.2%`) is what the comma
/// clause before it names, up to its predicate (`甲县优良天数比例`). When that is only a
/// place (`乙区最低,为79.6%`), the place takes the measure of the name before
/// (`乙区优良天数比例`).
fn subject_of_clause_before(
    text: &IndexedText,
    window: usize,
    raw: &str,
    previous: &Option<String>,
) -> Option<String> {
    if !trim_trailing(raw).is_empty() {
        return None;
    }
    if !text[..window].ends_with(',') {
        return None;
    }
    let end = window - ','.len_utf8();
    let clause = &text[clause_start(text, end)..end];
    // A clause with a number of its own is a sibling, not the subject (`年平均风速为每小时
    // 12.9公里,约合每秒3.6米`); the digits of a Latin word are no number (`PM2.5`).
    if has_number(clause) {
        return None;
    }
    let subject = clean(until_predicate(trim_leading(clause)));
    if subject.is_empty() || subject == clean(clause) {
        return None;
    }
    if after_places(&subject).is_empty() {
        let measure = after_places(previous.as_deref()?);
        return (!measure.is_empty()).then(|| format!("{subject}{measure}"));
    }
    Some(subject)
}

/// Whether `text` holds digits outside a Latin word (`PM2.5`, `NO2` hold none).
fn has_number(text: &str) -> bool {
    number_start(text).is_some()
}

/// Where the first digit outside a Latin word stands in `text`.
fn number_start(text: &str) -> Option<usize> {
    let mut latin = false;
    text.char_indices().find_map(|(i, c)| {
        latin = c.is_ascii_alphabetic() || (latin && (c.is_ascii_digit() || c == '.'));
        (c.is_ascii_digit() && !latin).then_some(i)
    })
}

/// A bare measure (`平均浓度为28微克`) names the topic stated earlier in its sentence
/// (`细颗粒物(PM2.5)持续改善,平均浓度为28微克`): the leading noun phrase of the nearest
/// comma clause before it that names something a category knows.
fn with_topic(text: &IndexedText, at: usize, naming: &mut Naming) {
    let words = vocabulary();
    if !words.bare_measures.contains(&naming.name) {
        return;
    }
    let sentence = sentence_start(text, at);
    let own_clause = text.after_last(at, Bound::CommaClause).max(sentence);
    let topic = text
        .comma_clauses(sentence..own_clause)
        .into_iter()
        .rev()
        .map(|clause| {
            let clause = &text[clause];
            // The topic ends at its first number too (`优良天数214天`).
            let end = words
                .topic_ends
                .iter()
                .filter_map(|w| find_word(clause, w))
                .chain(number_start(clause))
                .min()
                .unwrap_or(clause.len());
            clean(&clause[..end])
        })
        .find(|topic| super::category::by_keywords(topic).is_some());
    if let Some(topic) = topic {
        naming.name = format!("{topic}{}", naming.name);
    }
}

/// In a table row written as text (`| PM2.5浓度 | 31微克 | 35.5微克 |`), the label of a
/// value is the nearest cell before it that has words and no number.
fn table_row_label(text: &IndexedText, at: usize) -> Option<String> {
    let row = &text[text.after_last(at, Bound::Line)..at];
    if !row.contains(table::SEPARATORS) {
        return None;
    }
    row.rsplit(table::SEPARATORS)
        .skip(1)
        .find(|cell| {
            cell.chars().any(is_han) && !cell.chars().any(|c| c.is_ascii_digit())
                || cell.contains("PM")
        })
        .map(clean)
        .filter(|name| !name.is_empty())
}

/// Start of the sentence around `at` (after `。`, `!`, `?` or a line break; not `;`).
fn paragraph_sentence_start(text: &IndexedText, at: usize) -> usize {
    text.after_last(at, Bound::Sentence)
}

/// Start of the sentence around `at` (after `。`, `;`, a line break).
pub fn sentence_start(text: &IndexedText, at: usize) -> usize {
    text.after_last(at, Bound::Clause)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::change::detect;
    use crate::extract::number::scan;
    use crate::extract::quantity::{build, inherit_unit};

    /// Names of the quantities of `text` (changes excluded), in order.
    fn names(text: &str) -> Vec<String> {
        let text = &IndexedText::new(text);
        let tokens = scan(text);
        let mut found: Vec<Found> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let Some(v) = t.value else { continue };
            if let Some(q) = build(text, t, v) {
                found.push(q);
            } else if let Some(next) = tokens.get(k + 1).and_then(|n| build(text, n, n.value?)) {
                found.extend(inherit_unit(text, t, v, &next));
            }
        }
        let phrases = detect(text, &found);
        let change_idx: Vec<usize> = phrases
            .iter()
            .flat_map(|p| p.values.iter().copied().chain(p.secondary))
            .collect();
        let mut barriers: Vec<Range<usize>> = found.iter().map(|q| q.span.clone()).collect();
        barriers.extend(phrases.iter().map(|p| p.start..p.end(&found)));
        let kept: Vec<Found> = found
            .iter()
            .enumerate()
            .filter(|(k, _)| !change_idx.contains(k))
            .map(|(_, q)| q.clone())
            .collect();
        name_all(text, &kept, &barriers)
            .into_iter()
            .map(|n| n.name)
            .collect()
    }

    #[test]
    fn noun_phrase_before_the_number() {
        assert_eq!(
            names("空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点,达到"),
            ["空气质量指数(AQI)达标率"]
        );
        assert_eq!(
            names("2021年处罚环境违法案件192件,罚没金额3324.37万元,"),
            ["处罚环境违法案件", "罚没金额"]
        );
        assert_eq!(
            names("受污染耕地安全利用率达90%以上、措施到位率100%,"),
            ["受污染耕地安全利用率", "措施到位率"]
        );
    }

    #[test]
    fn the_thing_counted_after_a_count() {
        assert_eq!(
            names("9个集中式饮用水源地水质优良比例100%。"),
            ["集中式饮用水源地", "集中式饮用水源地水质优良比例"]
        );
        assert_eq!(
            names("17条城市建成区黑臭水体实现“长制久清”。"),
            ["城市建成区黑臭水体"]
        );
        assert_eq!(
            names("抽检75家用车大户491辆柴油车、28家成品油经营者102批次油品。"),
            ["用车大户", "柴油车", "成品油经营者", "油品"]
        );
    }

    #[test]
    fn verb_with_the_counted_noun() {
        assert_eq!(
            names("排查入河排口1489个、岸线780公里。"),
            ["排查入河排口", "岸线"]
        );
    }

    #[test]
    fn parenthesized_part() {
        assert_eq!(
            names("完成101件督察组交办信访举报件(其中重点件14件),"),
            ["督察组交办信访举报件", "重点件"]
        );
    }

    #[test]
    fn lists_with_respectively() {
        assert_eq!(
            names(
                "市区二氧化硫、二氧化氮、可吸入颗粒物(PM10)、细颗粒物(PM2.5)年均浓度分别为10微克/立方米、28微克/立方米、55微克/立方米和37微克/立方米,"
            ),
            [
                "市区二氧化硫年均浓度",
                "二氧化氮年均浓度",
                "可吸入颗粒物(PM10)年均浓度",
                "细颗粒物(PM2.5)年均浓度"
            ]
        );
    }

    #[test]
    fn bare_measure_borrows_the_subject() {
        assert_eq!(
            names("处理环境信访案件3978宗,同比下降12.6%,处理率100%。"),
            ["处理环境信访案件", "处理环境信访案件处理率"]
        );
        assert_eq!(
            names("全年医疗废物产生量5268.88吨,安全无害化处置率100%。"),
            ["医疗废物产生量", "医疗废物安全无害化处置率"]
        );
    }

    #[test]
    fn comparison_values_take_the_subject_name() {
        assert_eq!(
            names(
                "112年台中市PM2.5平均值为15.6微克/立方公尺,为100年以来第三低,仅高于111年的12.7微克/立方公尺及109年的15.4微克/立方公尺。"
            ),
            [
                "台中市PM2.5平均值",
                "台中市PM2.5平均值",
                "台中市PM2.5平均值"
            ]
        );
        assert_eq!(
            names("台中市PM2.5平均值为每立方公尺12.8微克,低于全国平均的13.2微克,"),
            ["台中市PM2.5平均值", "全国平均"]
        );
    }

    #[test]
    fn share_of_a_count() {
        assert_eq!(
            names("市区全年空气质量优良天数297天,占全年有效天数的81.1%,"),
            ["市区全年空气质量优良天数", "市区全年空气质量优良天数比例"]
        );
    }

    #[test]
    fn locative_zhong_separates_the_whole_from_its_part() {
        assert_eq!(
            names("全年18天污染天气中臭氧超标高达17天;"),
            ["污染天气", "臭氧超标"]
        );
        assert_eq!(
            names("9个集中式饮用水源地水质优良比例100%。")[0],
            "集中式饮用水源地"
        );
    }

    #[test]
    fn both_ends_of_a_range_share_the_name() {
        assert_eq!(
            names("12个乡镇的溶解氧浓度在5.1到7.3毫克/升之间。"),
            ["乡镇", "乡镇溶解氧浓度", "乡镇溶解氧浓度"]
        );
        assert_eq!(
            names("各监测点位噪声等效声级在52至68分贝之间。")[1],
            "监测点位噪声等效声级"
        );
        assert_eq!(
            names("8个区(县)的优良率在80%到95%之间。"),
            ["区(县)", "区(县)优良率", "区(县)优良率"]
        );
    }

    #[test]
    fn a_list_takes_its_owners_from_the_clause_before() {
        assert_eq!(
            names("甲区、乙区、丙县的降尘量较高,分别是5.1吨、4.8吨和4.6吨。"),
            ["甲区降尘量", "乙区降尘量", "丙县降尘量"]
        );
        assert_eq!(
            names("东湖、西湖的透明度最低,依次为0.8米和0.9米;南湖、北湖较高,依次为1.6米和1.5米。"),
            ["东湖透明度", "西湖透明度", "南湖透明度", "北湖透明度"]
        );
        assert_eq!(
            names("A县、B县降得最多,分别减少12和9微克/立方米。"),
            ["A县减少", "B县减少"]
        );
    }

    #[test]
    fn a_declared_topic_names_what_says_nothing() {
        assert_eq!(
            names("臭氧方面,全市有9个站点同比上升,升幅在3到11微克/立方米之间。"),
            ["臭氧全市站点", "臭氧升幅", "臭氧升幅"]
        );
        assert_eq!(
            names("从地下水来看,监测点位达标率为85%。"),
            ["地下水监测点位达标率"]
        );
        // A name that says what it measures keeps it.
        assert_eq!(
            names("水环境方面,国考断面优良比例为90%。"),
            ["国考断面优良比例"]
        );
    }

    #[test]
    fn scope_and_time_words_are_trimmed() {
        assert_eq!(
            names("“十四五”时期预计地区生产总值超过6000亿元,"),
            ["地区生产总值"]
        );
        assert_eq!(
            names("其中鸟类215种、国家一级重点保护鸟类4种。"),
            ["鸟类", "国家一级重点保护鸟类"]
        );
    }
}
