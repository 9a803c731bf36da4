//! Changes: `同比提升1.7个百分点`, `分别同比增长149.35%、176.47%`, `较107年减少16天`,
//! `改善率35%`. A change is found from the verb before a quantity; it then belongs to the
//! quantity it modifies (see `attach`), never stands as an indicator of its own unless
//! nothing in the text carries it.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::quantity::{Found, is_list_connector};
use super::unit::UnitKind;
use crate::lexicon::changes::{
    ChangeWord, better_lower, change_word_ending, comparative_ending, compares_with_previous_period,
};
use crate::lexicon::is_han;
use crate::model::Direction;
use crate::patterns::{CHANGE_MARKERS, COMPARISON_FRAME};
use crate::text::{Bound, IndexedText, WRITTEN_YEAR};

/// The length of what may stand between a change verb and its first number at the end
/// of `before` (`了`, `为`, `达`, `达到`, `约`), or 0.
fn verb_tail(before: &str) -> usize {
    if before.ends_with("达到") {
        "达到".len()
    } else if before.ends_with(['了', '为', '达', '约']) {
        '了'.len_utf8()
    } else {
        0
    }
}
/// The year a marker compares with (`比2019年`, `较二零零三年`).
static MARKER_YEAR: LazyLock<regex_lite::Regex> =
    LazyLock::new(|| regex_lite::Regex::new(&format!("({WRITTEN_YEAR})年")).expect("valid"));

/// Whether `before` ends with a change verb (`同比减小`, `改善了`): a number right after
/// it is a change even without a unit (`较上年改善0.08`).
pub fn ends_with_verb(before: &str) -> bool {
    let tail = verb_tail(before);
    let before = &before[..before.len() - tail];
    change_word_ending(before).is_some()
}

/// A change phrase: its values are quantities found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangePhrase {
    /// Byte offset where the phrase starts (markers included).
    pub start: usize,
    /// Byte offset where the verb starts.
    pub verb_start: usize,
    pub verb: &'static str,
    pub direction: Option<Direction>,
    /// Indices of the changed-by values in the found quantities, in order.
    pub values: Vec<usize>,
    /// A percentage given in parentheses after an absolute change (`4.2微克(10.7%)`).
    pub secondary: Option<usize>,
    /// `分别`: the values go to several quantities in order.
    pub distributed: bool,
    /// A comparison marker was written (同比, 较上年, 比2019年).
    pub marked: bool,
    /// The year compared with, when written (`比2019年`; ROC years as written).
    pub versus_year: Option<i32>,
    /// Compared with the climate normal (`比常年同期偏多`), not with a year.
    pub versus_normal: bool,
    /// Compared with a base year not named (`较基准年`).
    pub versus_base: bool,
    /// Compared with the month or quarter before (`环比`, `较上月`).
    pub versus_previous: bool,
    /// A comparison frame earlier in the sentence that the change is stated against
    /// (`与2016年相比,`): its year is no period of the changed value.
    pub frame: Option<std::ops::Range<usize>>,
}

impl ChangePhrase {
    /// End of the phrase's last value.
    pub fn end(&self, found: &[Found]) -> usize {
        let last = self.secondary.or(self.values.last().copied()).unwrap_or(0);
        found.get(last).map_or(self.verb_start, |q| q.span.end)
    }
}

/// Finds the change phrases among the quantities.
pub fn detect(text: &IndexedText, found: &[Found]) -> Vec<ChangePhrase> {
    let mut phrases: Vec<ChangePhrase> = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let Some(mut phrase) = phrase_at(text, found, i) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < found.len() {
            let between = text
                .get(found[j - 1].span.end..found[j].span.start)
                .unwrap_or("");
            if is_list_connector(between) {
                phrase.values.push(j);
            } else if between == "(" && is_rate(&found[j]) && !is_rate(&found[j - 1]) {
                phrase.secondary = Some(j);
            } else {
                break;
            }
            j += 1;
        }
        if phrase.marked
            || phrase.values.iter().all(|&v| is_rate(&found[v]))
            || follows_quantity(text, found, i, phrase.start)
        {
            i = j;
            phrases.push(phrase);
        } else {
            i += 1;
        }
    }
    phrases
}

fn is_rate(q: &Found) -> bool {
    matches!(q.kind, UnitKind::Percent | UnitKind::PercentagePoint)
}

/// An unmarked change of a count or amount (`减少16天`) is a change only right after a
/// quantity of the same kind; otherwise it is a quantity (`增加2个监测站点`). A list item
/// with a subject of its own (`化学需氧量减排1.2万吨、氨氮减排0.15万吨`) is the next item,
/// not a change of the item before.
fn follows_quantity(text: &str, found: &[Found], i: usize, phrase_start: usize) -> bool {
    if i == 0 {
        return false;
    }
    let own_subject = text
        .get(found[i - 1].span.end.min(phrase_start)..phrase_start)
        .is_some_and(|between| {
            between.starts_with('、') && between.chars().filter(|&c| is_han(c)).count() > 1
        });
    !own_subject
        && found[i - 1].kind == found[i].kind
        && text
            .get(found[i - 1].span.end..found[i].span.start)
            .is_some_and(|gap| {
                gap.chars().count() <= 16 && !gap.contains(|c: char| Bound::Clause.ends(c))
            })
}

fn phrase_at(text: &IndexedText, found: &[Found], i: usize) -> Option<ChangePhrase> {
    let q = &found[i];
    // Text from a PDF may space the number off its verb (`同比下降 6.5%`).
    let before = text[..q.span.start].trim_end_matches([' ', '\u{3000}']);
    let tail = verb_tail(before);
    // A verb that ends in what may follow a verb (`多了`) is itself whole.
    let (before_tail, verb) = match change_word_ending(&before[..before.len() - tail]) {
        Some(verb) => (&before[..before.len() - tail], verb),
        None => match change_word_ending(before) {
            Some(verb) => (before, verb),
            None => (before, compared_comparative(before)?),
        },
    };
    let verb_start = before_tail.len() - verb.text.len();
    // `降至31微克` states a value, not a change; so does `增加到`.
    if text[q.span.start..].starts_with(['至', '到']) {
        return None;
    }
    Some(phrase_from(text, verb_start, verb, i))
}

/// A comparative right after a comparison marker that compares (`比上年多`, `同比少`):
/// alone (`5天多`, `多个`) it states no change.
fn compared_comparative(before: &str) -> Option<&'static ChangeWord> {
    let word = comparative_ending(before)?;
    compares(&before[..before.len() - word.text.len()]).then_some(word)
}

/// Whether `before` ends with comparison markers that compare (`同比`, `较上年`), not
/// only adverbs (`分别`, `大幅`).
fn compares(before: &str) -> bool {
    CHANGE_MARKERS
        .find(before)
        .is_some_and(|m| names_comparison(m.as_str()))
}

/// Whether change markers hold a comparison (`同比`, `较上年`, `按年`).
fn names_comparison(markers: &str) -> bool {
    markers.contains(['同', '较', '比', '与']) || markers.contains("按年")
}

/// Whether `before` ends with a change verb after a comparison (`较上年减少`, `比上年多`):
/// a number right after it is the size of a change, even a lone `一` (`减少一天`).
pub fn ends_with_compared_change(before: &str) -> bool {
    match change_word_ending(before) {
        Some(verb) => compares(&before[..before.len() - verb.text.len()]),
        None => compared_comparative(before).is_some(),
    }
}

/// The change phrase of the verb at `verb_start` and the value `found[i]` after it: the
/// comparison markers before the verb (`同比`, `分别`) and the comparison frame of its
/// sentence (`与2016年相比,`).
pub fn phrase_from(
    text: &IndexedText,
    verb_start: usize,
    verb: &'static ChangeWord,
    i: usize,
) -> ChangePhrase {
    let markers = CHANGE_MARKERS
        .find(&text[..verb_start])
        .map(|m| m.as_str())
        .unwrap_or("");
    let start = verb_start - markers.len();
    let sentence = &text[text.after_last(start, Bound::Clause)..start];
    let sentence_start = start - sentence.len();
    // A frame ends in `比,` or `比较,`; a sentence with neither has none.
    let frame = (sentence.contains("比,") || sentence.contains("比较,"))
        .then(|| COMPARISON_FRAME.find_iter(sentence).last())
        .flatten()
        .and_then(|m| COMPARISON_FRAME.captures_of(sentence, m));
    let frame_range = frame
        .as_ref()
        .and_then(|f| f.get(0))
        .map(|m| sentence_start + m.start()..sentence_start + m.end());
    let versus = |s: &str| {
        MARKER_YEAR
            .captures(s)
            .and_then(|c| {
                c[1].parse::<i32>()
                    .ok()
                    .or_else(|| crate::text::chinese_year(&c[1]))
            })
            .or_else(|| plan_end_year(s))
    };
    // `与2013年的70微克/立方米相比累计降幅达60%`, `比2015年的46微克下降39%`: compared
    // with a year's value, written in the comparison.
    let clause = &text[text.after_last(start, Bound::CommaClause)..start];
    let valued_frame = if frame.is_some() {
        None
    } else if clause.ends_with("相比") {
        Some(clause).filter(|c| c.starts_with(['与', '和', '同', '较']))
    } else {
        clause
            .rfind(['比', '较'])
            .map(|at| &clause[at..])
            .filter(|compared| {
                compared
                    .split_once("年的")
                    .is_some_and(|(_, value)| value.starts_with(|c: char| c.is_ascii_digit()))
            })
    };
    // `由2020年的2.1万辆提升至2023年的3.2万辆,增长52.4%`: a change with no marker of its
    // own right after a measure's progress compares with the year it went from.
    let progress = (markers.is_empty() && clause.is_empty())
        .then(|| {
            let end = start.checked_sub(','.len_utf8())?;
            text[..start]
                .ends_with(',')
                .then(|| &text[text.after_last(end, Bound::CommaClause)..end])
        })
        .flatten()
        .and_then(|before| before.find(['由', '从']).map(|at| &before[at..]))
        .filter(|from| from.contains(['至', '到']));
    let versus_year = versus(markers)
        .or_else(|| frame.as_ref().and_then(|f| versus(&f[0])))
        .or_else(|| valued_frame.and_then(versus))
        .or_else(|| progress.and_then(versus));
    let framed_by_normal = frame.as_ref().is_some_and(|f| &f[1] == "常年");
    ChangePhrase {
        start,
        verb_start,
        verb: verb.text.as_str(),
        direction: verb.direction,
        values: vec![i],
        secondary: None,
        distributed: markers.contains("分别") || markers.contains("依次"),
        marked: names_comparison(markers)
            || verb.text.ends_with(['率', '幅'])
            || frame.is_some()
            || valued_frame.is_some(),
        versus_year,
        versus_normal: markers.contains("常年") || (markers.is_empty() && framed_by_normal),
        versus_base: markers.contains("基准年"),
        versus_previous: compares_with_previous_period(markers),
        frame: frame_range,
    }
}

/// The last year of the five-year plan a marker names (`较“十三五”末` → 2020): the
/// tenth plan ran 2001–2005, each after it five years on.
fn plan_end_year(marker: &str) -> Option<i32> {
    let plan = &marker[marker.find('十')?..];
    let nth = match plan.chars().nth(1)? {
        '五' => 10,
        '一' => 11,
        '二' => 12,
        '三' => 13,
        '四' => 14,
        _ => return None,
    };
    (nth == 10 || plan.chars().nth(2) == Some('五')).then_some(2005 + 5 * (nth - 10))
}

/// The subject of a name that ends in a change (`PM2.5浓度同比改善` → `PM2.5浓度`), with
/// the change word: the name without the word and the comparison markers before it;
/// `None` when the name ends in no change word.
pub fn changed_subject(name: &str) -> Option<(&str, &'static ChangeWord)> {
    let word = change_word_ending(name)?;
    let before = &name[..name.len() - word.text.len()];
    let markers = CHANGE_MARKERS.find(before).map_or(0, |m| m.len());
    Some((&before[..before.len() - markers], word))
}

/// Direction of `改善`: down for what is better lower (concentrations, polluted days,
/// emissions), up otherwise.
pub fn improvement_direction(kind: UnitKind, name: &str) -> Direction {
    let lower_is_better = kind == UnitKind::Concentration || better_lower(name);
    if lower_is_better {
        Direction::Down
    } else {
        Direction::Up
    }
}

/// The magnitude and direction of a change: a written sign turns the verb's direction
/// (`增长-22.2%` is down 22.2 %), and tenths are read as percent (`下降两成半` is 25 %).
pub fn signed(direction: Direction, q: &Found) -> (Decimal, Direction) {
    let value = if q.unit == "成" {
        q.base_value
    } else {
        q.value
    };
    if !value.is_sign_negative() {
        return (value, direction);
    }
    let turned = match direction {
        Direction::Up => Direction::Down,
        Direction::Down => Direction::Up,
        other => other,
    };
    (-value, turned)
}

/// The unit of a change as the model states it: `%`, `pp`, or the unit as written.
pub fn change_unit(q: &Found) -> String {
    match q.kind {
        UnitKind::Percent => "%".to_string(),
        UnitKind::PercentagePoint => "pp".to_string(),
        _ => q.unit.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::scan;
    use crate::extract::quantity::build;

    fn found(text: &str) -> Vec<Found> {
        let text = &IndexedText::new(text);
        scan(text)
            .iter()
            .filter_map(|t| build(text, t, t.value?))
            .collect()
    }

    fn phrases(text: &str) -> (Vec<Found>, Vec<ChangePhrase>) {
        let text = &IndexedText::new(text);
        let f = found(text);
        let p = detect(text, &f);
        (f, p)
    }

    #[test]
    fn percentage_points_after_a_rate() {
        let (f, p) = phrases("达标率95.1%,同比提升1.7个百分点,达到");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].values, vec![1]);
        assert_eq!(p[0].direction, Some(Direction::Up));
        assert!(p[0].marked);
        assert_eq!(change_unit(&f[1]), "pp");
    }

    #[test]
    fn distributed_changes() {
        let (_, p) = phrases("案件192件,罚没金额3324.37万元,分别同比增长149.35%、176.47%。");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].values, vec![2, 3]);
        assert!(p[0].distributed);
        let (_, p) = phrases("均达到100%,同比分别提高50个百分点和66.7个百分点");
        assert!(p[0].distributed);
    }

    #[test]
    fn absolute_change_with_percentage_in_parentheses() {
        let (_, p) = phrases("浓度为35.5微克/立方米,同比下降4.2微克/立方米(10.7%);");
        assert_eq!(p[0].values, vec![1]);
        assert_eq!(p[0].secondary, Some(2));
    }

    #[test]
    fn unmarked_change_right_after_a_quantity() {
        let (_, p) = phrases("天数为44天,较107年减少16天。");
        assert_eq!(p[0].values, vec![1]);
        assert_eq!(p[0].versus_year, Some(107));
        let (_, p) = phrases("今年增加2个监测站点");
        assert!(p.is_empty());
    }

    #[test]
    fn falling_to_a_value_is_not_a_change() {
        let (_, p) = phrases("年均浓度降至31微克/立方米");
        assert!(p.is_empty());
        let (_, p) = phrases("浓度下降至31微克/立方米");
        assert!(p.is_empty());
    }

    #[test]
    fn rate_words() {
        let (_, p) = phrases("改善6.9微克,改善率35%");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].verb, "改善率");
    }

    #[test]
    fn improvement_depends_on_the_quantity() {
        assert_eq!(
            improvement_direction(UnitKind::Concentration, "PM2.5"),
            Direction::Down
        );
        assert_eq!(
            improvement_direction(UnitKind::Percent, "优良天数比例"),
            Direction::Up
        );
    }
}
