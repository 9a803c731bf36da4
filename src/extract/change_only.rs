//! Change-only indicators: a change with no level of its own (`综合指数同比改善7.9%`,
//! `临沭县增加15天`). It comes from a change phrase nothing in the text carries, or from a
//! name that states a change of a known measure; either way it carries the id of the
//! quantity it changes (`air.composite_index`, `air.good_days@linshu`), and consumers
//! read it as that quantity's change, never as its value.

use super::attach::{make_change, text_of_phrase};
use super::change::{ChangePhrase, changed_subject, phrase_from};
use super::indicator::{Context, Draft, without_place};
use super::quantity::{Found, connected};
use crate::lexicon;
use crate::text::{Bound, IndexedText};

/// The change-only draft of `value`, a change of `subject` stated by `phrase`.
pub fn change_only(
    ctx: &Context,
    phrase: &ChangePhrase,
    value: &Found,
    subject: &str,
    place: Option<String>,
    text: &str,
    roc: bool,
) -> Draft {
    // A rate or a size of change (`降幅`) is named as it stands; any other verb says what
    // it compares with: the year before (`同比`), another year (`比2020年`), the normal.
    let says_base = !phrase.verb.ends_with(['率', '幅']);
    let named = |base: &str| format!("{subject}{base}{}", phrase.verb);
    let marker = if phrase.marked && says_base {
        "同比"
    } else {
        ""
    };
    let mut draft = ctx.draft(value, named(marker), place.clone(), false);
    let change = make_change(phrase, value, &draft, text, roc);
    let base = match change.kind.as_str() {
        "vs_year" => phrase.versus_year.map(|year| format!("比{year}年")),
        "vs_normal" => Some("较常年".to_string()),
        "vs_base" => Some("较基准年".to_string()),
        "vs_previous" => Some("环比".to_string()),
        _ => None,
    };
    if let Some(base) = base.filter(|_| says_base) {
        draft = ctx.draft(value, named(&base), place, false);
    }
    // The draft is of the value's own kind, named by the subject and the verb.
    draft.mention.indicator.change = Some(change);
    draft.mention.indicator.change_only = true;
    ctx.identify_change(&mut draft, subject);
    draft
}

/// A quantity named by a change of a known measure is that change
/// (`8个县区优良天数同比增加:临沭县增加15天` names `临沭县优良天数增加`; `PM10方面,…
/// 新都区…分别减少五十五、五十…微克每立方米`), when the change word stands in the
/// number's comma clause with nothing but other values of its list and a linking
/// character or two between them (`降幅在九到五十五`), and the name without the word and
/// its place is a known indicator of the number's kind. Unmarked changes of a count are
/// otherwise taken for quantities (`增加2个监测站点`); the known measure is what tells
/// them apart here. The number keeps the role it was read with (`力争全市优良天数增加15天`
/// is a goal). Returns the indices in `found` of the values it made changes.
pub fn named_changes(
    ctx: &Context,
    drafts: &mut [Draft],
    found: &[Found],
    roc: bool,
) -> Vec<usize> {
    let text = &ctx.reading.text;
    let mut changed = Vec::new();
    for draft in drafts.iter_mut() {
        let indicator = &draft.mention.indicator;
        if draft.reference || draft.is_change_only() || indicator.change.is_some() {
            continue;
        }
        let Some((subject, word)) = changed_subject(&indicator.name) else {
            continue;
        };
        let place = indicator.place.as_deref();
        let measure = without_place(subject, place);
        let known = lexicon::resolve_in(measure, Some(draft.kind), Some(indicator.category));
        let span = &draft.mention.span;
        let (Some(_), Ok(i)) = (
            known,
            found.binary_search_by_key(&span.start, |q| q.span.start),
        ) else {
            continue;
        };
        let Some(verb_start) = verb_before(text, found, span.start, &word.text) else {
            continue;
        };
        let phrase = phrase_from(text, verb_start, word, i);
        let phrase_text = text_of_phrase(text, phrase.start, list_end(text, found, i));
        let subject = subject.to_string();
        let (place, role) = (indicator.place.clone(), indicator.role);
        *draft = change_only(ctx, &phrase, &found[i], &subject, place, &phrase_text, roc);
        draft.mention.indicator.role = role;
        changed.push(i);
    }
    changed
}

/// The end of the list or range `found[i]` stands in (`分别减少五十五、五十和四十四微克
/// 每立方米`, `降幅在九到五十五微克每立方米`): its change's text is the whole phrase.
fn list_end(text: &str, found: &[Found], i: usize) -> usize {
    let mut last = i;
    while found
        .get(last + 1)
        .is_some_and(|next| connected(text, found[last].span.end, next.number.start))
    {
        last += 1;
    }
    found[last].span.end
}

/// Where `verb` starts before the number at `at`: in its comma clause, with at most two
/// characters besides other numbers between them.
fn verb_before(text: &IndexedText, found: &[Found], at: usize, verb: &str) -> Option<usize> {
    let clause = text.after_last(at, Bound::CommaClause);
    let verb_start = clause + text[clause..at].rfind(verb)?;
    let gap = verb_start + verb.len()..at;
    let first = found.partition_point(|q| q.span.start < gap.start);
    let numbers: usize = found[first..]
        .iter()
        .take_while(|q| q.span.end <= gap.end)
        .map(|q| text[q.span.clone()].chars().count())
        .sum();
    let between = text[gap].chars().count() - numbers;
    (between <= 2).then_some(verb_start)
}
