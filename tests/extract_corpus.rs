//! The practice corpus (`../shared/corpus`): every hand-annotated quantity is found, on
//! its line, with the right value — the same matching as `shared/tools/score.py`. The
//! thresholds sit at what the extractor reaches today, so a regression fails here.

use std::path::{Path, PathBuf};

use report::model::Indicator;
use report::{Options, analyze};
use serde_json::Value;

fn corpus() -> Option<PathBuf> {
    // `REPORT_CORPUS` points at the corpus from a worktree that is not beside `shared/`.
    let dir = std::env::var_os("REPORT_CORPUS").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
        PathBuf::from,
    );
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} is absent; corpus scores not checked",
            dir.display()
        );
        None
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs())
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

struct Score {
    recall: (usize, usize),
    /// Recall of the quantities written in Chinese numerals (tier B).
    recall_b: (usize, usize),
    precision: (usize, usize),
    name: (usize, usize),
    category: (usize, usize),
    change: (usize, usize),
}

fn score(name: &str) -> Option<Score> {
    let dir = corpus()?;
    let bytes = std::fs::read(dir.join(format!("{name}.txt"))).expect("corpus text");
    let report = analyze(&bytes, &Options::default()).expect("analyzes");
    let gold: Vec<Value> = std::fs::read_to_string(dir.join(format!("{name}.gold.jsonl")))
        .expect("gold")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold row"))
        .collect();
    let mut used = vec![false; gold.len()];
    let mut s = Score {
        recall: (0, 0),
        recall_b: (0, 0),
        precision: (0, 0),
        name: (0, 0),
        category: (0, 0),
        change: (0, 0),
    };
    for item in &report.indicators {
        let value = item
            .quantity
            .value
            .to_string()
            .parse::<f64>()
            .unwrap_or(f64::NAN);
        let base = item
            .quantity
            .base_value
            .to_string()
            .parse::<f64>()
            .unwrap_or(f64::NAN);
        let hit = gold.iter().enumerate().position(|(i, g)| {
            !used[i]
                && g["line"].as_u64() == Some(item.quantity.line as u64)
                && [num(&g["value"]), num(&g["base_value"])]
                    .into_iter()
                    .flatten()
                    .any(|x| close(x, value) || close(x, base))
        });
        match hit {
            Some(i) => {
                used[i] = true;
                s.precision.0 += 1;
                s.precision.1 += 1;
                judge(&gold[i], item, &mut s);
            }
            None if neutral(&gold, item, value) => {}
            None => s.precision.1 += 1,
        }
    }
    for (g, u) in gold.iter().zip(&used) {
        if g.get("optional").is_some_and(|o| o == true) {
            continue;
        }
        let recall = if g["tier"] == "A" {
            &mut s.recall
        } else {
            &mut s.recall_b
        };
        recall.1 += 1;
        recall.0 += usize::from(*u);
    }
    Some(s)
}

/// A change value or a duplicate on the gold row's line is neither a hit nor a miss.
fn neutral(gold: &[Value], item: &Indicator, value: f64) -> bool {
    gold.iter()
        .filter(|g| g["line"].as_u64() == Some(item.quantity.line as u64))
        .any(|g| {
            num(&g["change"]["value"]).is_some_and(|c| close(c, value))
                || num(&g["value"]).is_some_and(|v| close(v, value))
        })
}

fn judge(g: &Value, item: &Indicator, s: &mut Score) {
    let keys: Vec<&str> = std::iter::once(&g["key"])
        .chain(g["alt_keys"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect();
    s.name.1 += 1;
    s.name.0 += usize::from(keys.iter().any(|k| item.name.contains(k)));
    s.category.1 += 1;
    let ok = g["categories_ok"]
        .as_array()
        .cloned()
        .unwrap_or_else(|| vec![g["category"].clone()]);
    s.category.0 += usize::from(
        ok.iter()
            .any(|c| c.as_str() == Some(item.category.as_str())),
    );
    if g["change"].is_object() && g["is_change_only"] != true {
        s.change.1 += 1;
        let unit = |u: &str| match u {
            "pp" | "百分点" => "个百分点".to_string(),
            other => other.to_string(),
        };
        let right = item.change.as_ref().is_some_and(|c| {
            close(
                c.value.to_string().parse().unwrap_or(f64::NAN),
                num(&g["change"]["value"]).unwrap_or(f64::NAN),
            ) && serde_json::to_value(c.direction).ok().as_ref() == Some(&g["change"]["direction"])
                && unit(&c.unit) == unit(g["change"]["unit"].as_str().unwrap_or(""))
        });
        s.change.0 += usize::from(right);
    }
}

fn ratio((a, b): (usize, usize)) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn assert_scores(name: &str, recall: f64, precision: f64, names: f64, category: f64, change: f64) {
    let Some(s) = score(name) else { return };
    let got = [
        ratio(s.recall),
        ratio(s.precision),
        ratio(s.name),
        ratio(s.category),
        ratio(s.change),
    ];
    let want = [recall, precision, names, category, change];
    for ((label, g), w) in ["recall", "precision", "name", "category", "change"]
        .iter()
        .zip(got)
        .zip(want)
    {
        assert!(g >= w, "{name}: {label} {g:.3} fell below {w:.3}");
    }
}

/// Every report keeps the numbers it finds in both scripts: (report, recall of Arabic
/// digits, recall of Chinese numerals, precision), at what the extractor reaches today.
#[test]
fn numbers_in_every_written_form() {
    let floors = [
        ("chengdu-2017", 1.0, 0.97, 0.95),
        ("hangzhou-2021", 1.0, 1.0, 1.0),
        ("jingjiang-2023", 1.0, 1.0, 1.0),
        ("lianyungang-2020", 1.0, 1.0, 1.0),
        ("linyi-2018", 1.0, 1.0, 1.0),
        ("macau-2004", 1.0, 1.0, 1.0),
        ("qingdao-2017", 0.97, 1.0, 1.0),
        ("taichung-2023", 1.0, 1.0, 1.0),
        ("xiamen-2019", 1.0, 1.0, 1.0),
    ];
    for (name, recall_a, recall_b, precision) in floors {
        let Some(s) = score(name) else { return };
        let got = [ratio(s.recall), ratio(s.recall_b), ratio(s.precision)];
        for ((label, g), w) in ["recall_A", "recall_B", "precision"]
            .iter()
            .zip(got)
            .zip([recall_a, recall_b, precision])
        {
            assert!(g >= w, "{name}: {label} {g:.3} fell below {w:.3}");
        }
    }
}

#[test]
fn jingjiang_full_width_digits_and_a_table() {
    assert_scores("jingjiang-2023", 1.0, 1.0, 0.95, 0.95, 1.0);
}

#[test]
fn lianyungang_changes_in_a_later_sentence() {
    assert_scores("lianyungang-2020", 1.0, 1.0, 0.96, 1.0, 1.0);
}

#[test]
fn taichung_roc_years_and_traditional_units() {
    assert_scores("taichung-2023", 1.0, 1.0, 0.88, 1.0, 1.0);
}

#[test]
fn encoded_copies_extract_the_same_indicators() {
    let Some(dir) = corpus() else { return };
    for (utf8, other) in [
        ("lianyungang-2020.txt", "lianyungang-2020.gb18030.txt"),
        ("taichung-2023.txt", "taichung-2023.big5.txt"),
    ] {
        let a = analyze(&std::fs::read(dir.join(utf8)).unwrap(), &Options::default()).unwrap();
        let b = analyze(
            &std::fs::read(dir.join(other)).unwrap(),
            &Options::default(),
        )
        .unwrap();
        assert_eq!(a.indicators.len(), b.indicators.len(), "{other}");
        for (x, y) in a.indicators.iter().zip(&b.indicators) {
            assert_eq!(
                (&x.name, x.quantity.value, &x.quantity.unit, x.quantity.line),
                (&y.name, y.quantity.value, &y.quantity.unit, y.quantity.line),
                "{other}"
            );
        }
    }
}

/// What every report's numbers mean: (report, name, category, change) at what the
/// extractor reaches today (the matching here counts a little differently from
/// `shared/tools/score.py`, so some figures sit a few hundredths apart).
#[test]
fn meaning_on_every_report() {
    let floors = [
        ("chengdu-2017", 0.95, 0.91, 1.0),
        ("hangzhou-2021", 0.97, 1.0, 0.95),
        ("jingjiang-2023", 0.95, 0.95, 1.0),
        ("lianyungang-2020", 1.0, 1.0, 1.0),
        ("linyi-2018", 0.9, 0.97, 1.0),
        ("macau-2004", 0.91, 1.0, 1.0),
        ("qingdao-2017", 0.93, 0.95, 1.0),
        ("taichung-2023", 1.0, 1.0, 1.0),
        ("xiamen-2019", 0.91, 0.91, 1.0),
    ];
    for (name, names, category, change) in floors {
        assert_scores(name, 0.0, 0.0, names, category, change);
    }
}
