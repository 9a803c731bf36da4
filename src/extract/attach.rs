//! Attaching changes to the quantities they modify: right after its quantity
//! (`95.1%,同比提升1.7个百分点`), distributed in order (`分别同比增长149.35%、176.47%`),
//! past comparison values (`较107年的18.8微克改善1.1微克`), or by subject from a later
//! sentence (`与2019年相比,二氧化硫…分别下降23.1%…`). A change nothing carries becomes
//! a change-only indicator, and so does an absolute change given beside a percentage.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex_lite::Regex;
use rust_decimal::Decimal;

use super::change::{ChangePhrase, change_unit, improvement_direction, signed};
use super::change_only::change_only;
use super::indicator::{Context, Draft};
use super::name::{
    clean, list_measure_ending, measure_of, only_links, ranks, says_no_measure, sentence_start,
    single_place, subject_of, with_measure,
};
use super::period::calendar_year;
use super::quantity::{Found, is_list_connector};
use super::reading::Reading;
use super::unit::UnitKind;
use crate::lexicon::changes::basis_clauses;
use crate::model::{Change, Direction};
use crate::text::{Bound, IndexedText, PREVIOUS_YEAR, WRITTEN_YEAR, YEAR};

/// Attaches every change phrase; returns the change-only drafts to add.
pub fn attach(
    ctx: &Context,
    drafts: &mut [Draft],
    found: &[Found],
    phrases: &[ChangePhrase],
    roc: bool,
) -> Vec<Draft> {
    let text = &ctx.reading.text;
    let mut extra = Vec::new();
    // Absolute changes attached so far, by draft: a rate stated later for the same
    // quantity (`改善6.9微克,改善率35%`) takes its place, and the absolute change stands
    // on its own.
    let mut absolute_changes: HashMap<usize, (&Found, &ChangePhrase)> = HashMap::new();
    // The change each draft has so far, with its phrase.
    let mut attached: HashMap<usize, (&Found, &ChangePhrase)> = HashMap::new();
    let chains = chains(text, found, phrases);
    // The targets of the chain being read, from its first phrase.
    let mut chain_targets: Vec<Option<usize>> = Vec::new();
    for (phrase, &(offset, length)) in phrases.iter().zip(&chains) {
        let phrase_text = text_of_phrase(text, phrase.start, phrase.end(found));
        let (primary, absolute): (Vec<&Found>, Vec<&Found>) = match phrase.secondary {
            Some(s) => (
                vec![&found[s]],
                phrase.values.iter().map(|&v| &found[v]).collect(),
            ),
            None => (
                phrase.values.iter().map(|&v| &found[v]).collect(),
                Vec::new(),
            ),
        };
        if offset == 0 {
            chain_targets = targets(ctx.reading, drafts, found, phrase, length);
            if chain_targets == [None]
                && let Some(t) = value_after(text, drafts, found, phrase)
            {
                // Named by the subject of the change, which names nothing else.
                let subject = subject_for(ctx.reading, found, phrase, 1, 0);
                if let Some(q) = found.iter().find(|q| q.span == drafts[t].mention.span) {
                    drafts[t] = ctx.draft(q, subject, None, false);
                }
                chain_targets = vec![Some(t)];
            }
        }
        let targets = chain_targets.get(offset..).unwrap_or_default();
        let mut attached_to = None;
        for (k, value) in primary.iter().enumerate() {
            match targets.get(k).copied().flatten() {
                Some(t) => {
                    let change = make_change(phrase, value, &drafts[t], &phrase_text, roc);
                    let is_rate = matches!(change.unit.as_str(), "%" | "pp");
                    // An index (a number with no unit) keeps its change in points
                    // (`综合指数为2.83,同比减小0.32,降幅为10.1%`); the rate stands on its own.
                    let index = drafts[t].mention.indicator.quantity.unit.is_empty();
                    if is_rate && index && absolute_changes.contains_key(&t) {
                        extra.push(standing_alone(
                            ctx,
                            &drafts[t],
                            phrase,
                            value,
                            &phrase_text,
                            roc,
                        ));
                        attached_to.get_or_insert(t);
                        continue;
                    }
                    let replaces_absolute = is_rate && absolute_changes.contains_key(&t);
                    if is_rate && let Some((old, old_phrase)) = absolute_changes.remove(&t) {
                        let old_text =
                            text_of_phrase(text, old_phrase.start, old_phrase.end(found));
                        extra.push(standing_alone(
                            ctx, &drafts[t], old_phrase, old, &old_text, roc,
                        ));
                    }
                    if !is_rate {
                        absolute_changes.insert(t, (value, phrase));
                    }
                    // A quantity compared with the normal or another year and with last
                    // year keeps the year-on-year change; the other stands on its own.
                    if let Some((old, old_phrase)) = attached.get(&t).copied() {
                        let old_is_yoy = drafts[t]
                            .mention
                            .indicator
                            .change
                            .as_ref()
                            .is_some_and(|c| c.kind == "yoy");
                        if old_is_yoy != (change.kind == "yoy") {
                            let (kept, kept_phrase) = if old_is_yoy {
                                (*value, phrase)
                            } else {
                                (old, old_phrase)
                            };
                            // An absolute change the rate replaces stands alone already.
                            if old_is_yoy || !replaces_absolute {
                                let kept_text =
                                    text_of_phrase(text, kept_phrase.start, kept_phrase.end(found));
                                extra.push(standing_alone(
                                    ctx,
                                    &drafts[t],
                                    kept_phrase,
                                    kept,
                                    &kept_text,
                                    roc,
                                ));
                            }
                            if old_is_yoy {
                                attached_to.get_or_insert(t);
                                continue;
                            }
                        } else if !old_is_yoy && !replaces_absolute {
                            // Two comparisons with other years (`较“十三五”末下降9.4%,
                            // 较基准年下降28.6%`): the first stays, the next stands alone.
                            extra.push(standing_alone(
                                ctx,
                                &drafts[t],
                                phrase,
                                value,
                                &phrase_text,
                                roc,
                            ));
                            attached_to.get_or_insert(t);
                            continue;
                        }
                    }
                    attached.insert(t, (*value, phrase));
                    drafts[t].mention.indicator.change = Some(change);
                    attached_to.get_or_insert(t);
                }
                None => {
                    let subject = subject_for(ctx.reading, found, phrase, primary.len(), k);
                    let (subject, place) =
                        subject_with_measure(text, drafts, phrase.start, subject);
                    let draft = change_only(ctx, phrase, value, &subject, place, &phrase_text, roc);
                    extra.push(draft);
                }
            }
        }
        for value in absolute {
            let subject = attached_to.map_or_else(
                || subject_for(ctx.reading, found, phrase, 1, 0),
                |t| drafts[t].mention.indicator.name.clone(),
            );
            let place = attached_to.and_then(|t| drafts[t].mention.indicator.place.clone());
            extra.push(change_only(
                ctx,
                phrase,
                value,
                &subject,
                place,
                &phrase_text,
                roc,
            ));
        }
    }
    attach_flat(text, drafts);
    extra
}

/// The text of a change phrase, with the closing bracket of one it opened
/// (`同比下降4.2微克/立方米(10.7%)`, not `…(10.7%`).
pub(super) fn text_of_phrase(text: &str, start: usize, end: usize) -> String {
    let phrase = &text[start..end];
    let open = phrase.matches(['(', '（']).count();
    let closed = phrase.matches([')', '）']).count();
    let closing = text[end..]
        .chars()
        .next()
        .filter(|c| matches!(c, ')' | '）'));
    match closing {
        Some(c) if open > closed => format!("{phrase}{c}"),
        _ => phrase.to_string(),
    }
}

/// The change `phrase` states with `value` for the quantity of `target`.
pub(super) fn make_change(
    phrase: &ChangePhrase,
    value: &Found,
    target: &Draft,
    text: &str,
    roc: bool,
) -> Change {
    let indicator = &target.mention.indicator;
    let (magnitude, direction) = signed(
        phrase
            .direction
            .unwrap_or_else(|| improvement_direction(target.kind, &indicator.name)),
        value,
    );
    let (kind, base_period) = change_kind(phrase, indicator.period, roc);
    Change {
        kind: kind.to_string(),
        base_period,
        value: magnitude,
        unit: change_unit(value),
        direction,
        text: text.to_string(),
    }
}

/// The change `value` of `phrase` standing on its own: a change-only indicator named as
/// the `draft` it changes.
fn standing_alone(
    ctx: &Context,
    draft: &Draft,
    phrase: &ChangePhrase,
    value: &Found,
    phrase_text: &str,
    roc: bool,
) -> Draft {
    let indicator = &draft.mention.indicator;
    let place = indicator.place.clone();
    change_only(ctx, phrase, value, &indicator.name, place, phrase_text, roc)
}

/// `分别较上年下降0.5分贝和上升0.3分贝`: a phrase that goes on a distributed one after a
/// list connector, with no comparison of its own, continues its list of values. For
/// each phrase: where its values start in its chain's (0 for the phrase that starts
/// it), and for that first phrase how many values the chain has.
fn chains(text: &str, found: &[Found], phrases: &[ChangePhrase]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(phrases.len());
    let mut head = 0;
    for (p, phrase) in phrases.iter().enumerate() {
        let values = if phrase.secondary.is_some() {
            1
        } else {
            phrase.values.len()
        };
        let continues = p > 0 && {
            let before = &phrases[p - 1];
            let last_end = before.end(found);
            phrases[head].distributed
                && before.secondary.is_none()
                && phrase.secondary.is_none()
                && phrase.start == phrase.verb_start
                && text
                    .get(last_end..phrase.start)
                    .is_some_and(is_list_connector)
        };
        if continues {
            let offset = out[head].1;
            out[head].1 += values;
            out.push((offset, 0));
        } else {
            head = p;
            out.push((0, values));
        }
    }
    out
}

/// What a change compares with: the normal (`vs_normal`), an unnamed base year
/// (`vs_base`), the month or quarter before (`vs_previous`), a year other than the one
/// before the period (`vs_year`, with that year), else the year before (`yoy`).
fn change_kind(
    phrase: &ChangePhrase,
    period: Option<i32>,
    roc: bool,
) -> (&'static str, Option<i32>) {
    let versus = phrase
        .versus_year
        .and_then(|y| calendar_year(&y.to_string(), roc));
    match (versus, period) {
        _ if phrase.versus_normal => ("vs_normal", None),
        _ if phrase.versus_base => ("vs_base", None),
        _ if phrase.versus_previous => ("vs_previous", None),
        (Some(v), Some(p)) if p - v != 1 => ("vs_year", Some(v)),
        _ => ("yoy", None),
    }
}

/// A subject that names a place but no measure (`沂南县` in `临沭县增加15天,沂南县增加
/// 13天`) takes the measure of the nearest quantity before it in its sentence.
/// When it does, the subject's place comes back too.
fn subject_with_measure(
    text: &IndexedText,
    drafts: &[Draft],
    at: usize,
    subject: String,
) -> (String, Option<String>) {
    if subject.is_empty() || !says_no_measure(&subject) {
        return (subject, None);
    }
    let sentence = text.after_last(at, Bound::Sentence);
    let before = drafts.partition_point(|d| d.mention.span.start < at);
    let measure = drafts[..before]
        .iter()
        .rev()
        .take_while(|d| d.mention.span.start >= sentence)
        .find_map(|d| measure_of(&d.mention.indicator.name));
    match measure {
        Some(measure) => (with_measure(&subject, measure), single_place(&subject)),
        None => (subject, None),
    }
}

/// Gap words between a quantity and its change (`,`, `相比`, `按可比价格计算`).
fn is_connective(gap: &str) -> bool {
    let mut rest = gap
        .replace(['\u{3001}', ',', ';', ':', '(', ')', ' '], "")
        .replace("相比", "")
        .replace("的", "");
    for basis in basis_clauses() {
        rest = rest.replace(basis.as_str(), "");
    }
    rest.chars().count() <= 1
}

/// The draft each value of the phrase belongs to, in order; `None` where none does.
fn targets(
    reading: &Reading,
    drafts: &[Draft],
    found: &[Found],
    phrase: &ChangePhrase,
    n: usize,
) -> Vec<Option<usize>> {
    let text = &reading.text;
    let para = text.after_last(phrase.start, Bound::Sentence);
    // Drafts and quantities are in text order: look only at those of this paragraph.
    let before = drafts.partition_point(|d| d.mention.span.start < phrase.start);
    let from = drafts[..before].partition_point(|d| d.mention.span.start < para);
    let own: Vec<usize> = (from..before)
        .filter(|&d| {
            let draft = &drafts[d];
            !draft.reference && !draft.is_change_only() && draft.mention.span.end <= phrase.start
        })
        .collect();
    let last_end = last_quantity_end(found, para, phrase.start);
    // `有41个达到或优于Ⅲ类标准,同比增加6个`: the counted thing after a count is still
    // that count's.
    let own_tail = |e: usize| {
        own.last().is_some_and(|&d| {
            let name = &drafts[d].mention.indicator.name;
            drafts[d].mention.span.end == e
                && !name.is_empty()
                && text[e..phrase.start].trim_end_matches([',', ' ']) == name.as_str()
        })
    };
    let adjacent = last_end.is_some_and(|e| is_connective(&text[e..phrase.start]) || own_tail(e));
    // `这六项指标分别下降了a、b…`: a count of exactly the values that follow counts
    // the quantities they change, which stand before it.
    if n > 1
        && let Some((&last, before)) = own.split_last()
        && drafts[last].kind == UnitKind::Count
        && drafts[last].mention.indicator.quantity.value == Decimal::from(n)
        && last_end == Some(drafts[last].mention.span.end)
        && text[drafts[last].mention.span.end..phrase.start]
            .chars()
            .count()
            <= 6
        && before.len() >= n
    {
        return before[before.len() - n..]
            .iter()
            .map(|&d| Some(d))
            .collect();
    }
    // An amount changes a quantity of its own kind: `有13个,占86.7%,同比增加1个` is a
    // change of the 13, not of the share after it.
    if adjacent
        && n == 1
        && !matches!(
            found[phrase.values[0]].kind,
            UnitKind::Percent | UnitKind::PercentagePoint
        )
    {
        let kind = found[phrase.values[0]].kind;
        if let Some(&d) = own.iter().rev().take(2).find(|&&d| drafts[d].kind == kind) {
            return vec![Some(d)];
        }
    }
    if adjacent && own.len() >= n {
        return own[own.len() - n..].iter().map(|&d| Some(d)).collect();
    }
    // `综合指数为4.12,在全市8个县(市、区)中排名第3,同比改善5.1%`: a ranking of the value
    // stands between it and its change.
    if n == 1
        && let Some(d) = ranked_before(text, drafts, &own, phrase.start)
    {
        return vec![Some(d)];
    }
    // A subject is written before the verb: find the quantities it names.
    let subjects = subjects_before(reading, found, phrase, n);
    let window =
        drafts[..before].partition_point(|d| d.mention.span.start + SUBJECT_REACH < phrase.start);
    let named = |core: &str| {
        (window..before).rev().find(|&d| {
            let draft = &drafts[d];
            draft.mention.span.end <= phrase.start
                && !draft.reference
                && !draft.is_change_only()
                && draft.mention.indicator.change.is_none()
                && !core.is_empty()
                && fold(&draft.mention.indicator.name).contains(core)
        })
    };
    subjects
        .iter()
        .map(|subject| {
            let core = fold(subject_of(subject));
            // `重度污染天数` names `出现重度污染天气4天` too: a long subject may differ in
            // its last character.
            named(&core).or_else(|| {
                let shorter: String = core
                    .chars()
                    .take(core.chars().count().saturating_sub(1))
                    .collect();
                (shorter.chars().count() >= 4)
                    .then(|| named(&shorter))
                    .flatten()
            })
        })
        .collect()
}

/// `城镇污水处理能力同比提高12.5%,达到98万吨/日`: a change stated before its value, which
/// follows in the next comma clause with only a linking word before it and no name.
fn value_after(
    text: &IndexedText,
    drafts: &[Draft],
    found: &[Found],
    phrase: &ChangePhrase,
) -> Option<usize> {
    let end = phrase.end(found);
    let next = drafts.partition_point(|d| d.mention.span.start < end);
    let draft = drafts.get(next)?;
    let gap = text[end..draft.mention.span.start].strip_prefix(',')?;
    let unnamed = draft.mention.indicator.name.is_empty()
        && !draft.reference
        && !draft.is_change_only()
        && draft.mention.indicator.change.is_none();
    (unnamed && only_links(gap)).then_some(next)
}

/// The quantity that ends its comma clause and is followed, up to `at`, by ranking
/// clauses only (`在全市8个县(市、区)中排名第3`), among the last of `own`.
fn ranked_before(text: &str, drafts: &[Draft], own: &[usize], at: usize) -> Option<usize> {
    own.iter().rev().take(3).copied().find(|&d| {
        let gap = &text[drafts[d].mention.span.end..at];
        let mut clauses = gap.split(',');
        clauses.next() == Some("")
            && gap.len() > 1
            && clauses.all(|c| c.is_empty() || (c.starts_with('在') && ranks(c)))
    })
}

/// How far back (in bytes) a subject may name the quantity it changes.
const SUBJECT_REACH: usize = 4096;

/// The end of the last quantity that ends in `from..=to`.
fn last_quantity_end(found: &[Found], from: usize, to: usize) -> Option<usize> {
    let upto = found.partition_point(|q| q.span.start < to);
    found[upto.saturating_sub(16)..upto]
        .iter()
        .map(|q| q.span.end)
        .filter(|&e| e <= to && e >= from)
        .max()
}

fn fold(s: &str) -> String {
    s.to_ascii_uppercase().replace('的', "")
}

static TRIM_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:{YEAR}年(?:度)?|全市|全省|全区|全县|市区)+")).expect("valid")
});

/// The subjects written between the previous quantity (or the clause start) and the verb.
fn subjects_before(
    reading: &Reading,
    found: &[Found],
    phrase: &ChangePhrase,
    n: usize,
) -> Vec<String> {
    let text = &reading.text;
    // A sentence that opens its paragraph may open with the paragraph's number (`(四)`).
    let sentence = reading.after_numbering(sentence_start(text, phrase.start));
    let from = last_quantity_end(found, sentence, phrase.start).unwrap_or(sentence);
    let raw = &text[from..phrase.start];
    let mut raw = raw.rsplit(',').next().unwrap_or(raw).trim();
    // `综合指数在全省17个设区市中位列第9,同比改善7.9%`: after a ranking, the subject is
    // what was ranked, before its `在`.
    if raw.is_empty() {
        raw = ranked_subject(&text[sentence..phrase.start]).unwrap_or(raw);
    }
    let raw = clean(&TRIM_SUBJECT.replace(raw, ""));
    let parts: Vec<String> = raw.split('、').map(clean).collect();
    if parts.len() == n {
        let suffix = shared_measure(parts.last().map(String::as_str).unwrap_or(""));
        return parts
            .iter()
            .map(|p| {
                if p.ends_with(&suffix) {
                    p.clone()
                } else {
                    format!("{p}{suffix}")
                }
            })
            .collect();
    }
    vec![raw.to_string(); n]
}

/// What a ranking clause ranks (`综合指数` of `…,综合指数在全省17个设区市中位列第9,`):
/// the words before `在` in the last comma clause of `before` that ranks something.
fn ranked_subject(before: &str) -> Option<&str> {
    let clause = before.trim_end_matches(',').rsplit(',').next()?;
    let ranks = ranks(clause);
    let at = clause.find('在')?;
    (ranks && at > 0).then(|| &clause[..at])
}

/// The measure words at the end of the last subject of a list (`年均浓度`).
fn shared_measure(last: &str) -> String {
    list_measure_ending(last).map_or_else(String::new, str::to_string)
}

fn subject_for(
    reading: &Reading,
    found: &[Found],
    phrase: &ChangePhrase,
    n: usize,
    k: usize,
) -> String {
    subjects_before(reading, found, phrase, n).swap_remove(k.min(n - 1))
}

static FLAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "^,?(?:同比|按年|(?:与|较|比)(?:{PREVIOUS_YEAR}|{WRITTEN_YEAR}年度?)(?:同期)?(?:相比)?)(?:基本)?(?:{})",
        crate::lexicon::changes::flat_words().join("|")
    ))
    .expect("valid")
});

/// `…,同比持平`, `…,与去年相若`: a flat change of the quantity just before (not
/// `相当于`, which compares with something else).
fn attach_flat(text: &str, drafts: &mut [Draft]) {
    for draft in drafts
        .iter_mut()
        .filter(|d| d.mention.indicator.change.is_none() && !d.reference)
    {
        let rest = &text[draft.mention.span.end..];
        // The words FLAT opens with, looked for before it is run on the rest of the text.
        let opens = rest
            .trim_start_matches(',')
            .starts_with(['同', '按', '与', '较', '比']);
        let flat = opens.then(|| FLAT.find(rest)).flatten();
        if let Some(m) = flat.filter(|m| !rest[m.end()..].starts_with('于')) {
            draft.mention.indicator.change = Some(Change {
                kind: "yoy".to_string(),
                base_period: None,
                value: rust_decimal::Decimal::ZERO,
                unit: String::new(),
                direction: Direction::Flat,
                text: m.as_str().trim_start_matches(',').to_string(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::text_of_phrase;

    #[test]
    fn a_change_text_keeps_the_bracket_it_opened() {
        let text = "PM2.5浓度同比下降4.2微克/立方米(10.7%),优良率";
        let start = text.find("同比").unwrap();
        let end = text.find("%)").unwrap() + 1;
        assert_eq!(
            text_of_phrase(text, start, end),
            "同比下降4.2微克/立方米(10.7%)"
        );
        assert_eq!(
            text_of_phrase(text, start, start + "同比下降".len()),
            "同比下降"
        );
    }
}
