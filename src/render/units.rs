//! Units in English, for tables under `--lang en`: the unit written after a number is
//! replaced by an English label, its Chinese scale by a factor (`27.33万吨` → `27.33
//! ×10k t`, `3324.37万元` → `3324.37 ×10k yuan`, `17条` → `17 items`, `6个` → `6`). Only
//! what a table shows changes; JSON, NDJSON and CSV keep the unit as written. A unit
//! without an English label here stays as written.

/// Chinese scale prefixes and their factors, longest first.
const SCALES: [(&str, &str); 6] = [
    ("万亿", "×1T"),
    ("千万", "×10M"),
    ("百万", "×1M"),
    ("亿", "×100M"),
    ("万", "×10k"),
    ("千", "×1k"),
];

/// Units and counter words with their English labels; an empty label leaves the bare
/// number (`个`).
const UNITS: [(&str, &str); 42] = [
    ("微克/立方米", "µg/m³"),
    ("毫克/立方米", "mg/m³"),
    ("毫克/升", "mg/L"),
    ("微克", "µg"),
    ("毫克", "mg"),
    ("吨/日", "t/d"),
    ("吨/天", "t/d"),
    ("吨/年", "t/yr"),
    ("立方米/日", "m³/d"),
    ("立方米/天", "m³/d"),
    ("平方公里", "km²"),
    ("平方米", "m²"),
    ("立方米", "m³"),
    ("千瓦时", "kWh"),
    ("千瓦", "kW"),
    ("公里", "km"),
    ("公顷", "ha"),
    ("亩", "mu"),
    ("吨", "t"),
    ("元", "yuan"),
    ("天", "days"),
    ("小时", "h"),
    ("家次", "firm visits"),
    ("场次", "sessions"),
    ("批次", "batches"),
    ("轮次", "rounds"),
    ("人次", "person-times"),
    ("家", "firms"),
    ("宗", "cases"),
    ("件", "cases"),
    ("项", "items"),
    ("条", "items"),
    ("次", "times"),
    ("场", "events"),
    ("批", "batches"),
    ("辆", "vehicles"),
    ("座", "facilities"),
    ("处", "sites"),
    ("台", "units"),
    ("套", "sets"),
    ("人", "people"),
    ("个", ""),
];

/// `text` with the unit after each number in English.
pub fn in_english(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        out.push(c);
        rest = &rest[c.len_utf8()..];
        if c.is_ascii_digit()
            && !rest.starts_with(|d: char| d.is_ascii_digit() || d == '.')
            && let Some((label, len)) = english_unit(rest)
        {
            if !label.is_empty() {
                out.push(' ');
                out.push_str(&label);
            }
            rest = &rest[len..];
        }
    }
    out
}

/// A bare unit in English (`万吨` → `×10k t`); one without a label here stays.
pub fn unit_in_english(unit: &str) -> String {
    match english_unit(unit) {
        Some((label, used)) if used == unit.len() => label,
        _ => unit.to_string(),
    }
}

/// The English label of the unit at the start of `text` and the length it takes.
fn english_unit(text: &str) -> Option<(String, usize)> {
    let (scale, after_scale) = SCALES
        .iter()
        .find_map(|(zh, en)| text.strip_prefix(zh).map(|rest| (Some(*en), rest)))
        .unwrap_or((None, text));
    let unit = UNITS
        .iter()
        .find_map(|(zh, en)| after_scale.strip_prefix(zh).map(|_| (*zh, *en)));
    let used = text.len() - after_scale.len() + unit.map_or(0, |(zh, _)| zh.len());
    let label = match (scale, unit) {
        (None, None) => return None,
        (Some(scale), None) => scale.to_string(),
        (None, Some((_, en))) => en.to_string(),
        (Some(scale), Some((_, en))) => format!("{scale} {en}").trim_end().to_string(),
    };
    Some((label, used))
}

#[cfg(test)]
mod tests {
    use super::in_english;

    #[test]
    fn units_and_scales_read_in_english() {
        assert_eq!(in_english("27.33万吨"), "27.33 ×10k t");
        assert_eq!(in_english("3324.37万元"), "3324.37 ×10k yuan");
        assert_eq!(in_english("11.59亿"), "11.59 ×100M");
        assert_eq!(in_english("能力 16吨/日"), "能力 16 t/d");
        assert_eq!(in_english("≥90%"), "≥90%");
        assert_eq!(in_english("17条"), "17 items");
        assert_eq!(in_english("6个"), "6");
        assert_eq!(in_english("22微克/立方米 (-8.3%)"), "22 µg/m³ (-8.3%)");
    }
}
