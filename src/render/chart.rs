//! Charts as inline SVG, drawn with the `svg` crate (which escapes every text and
//! attribute it writes): a bar chart of a category's key indicators — this year's value,
//! and last year's where the stated change gives it — and a line chart of one indicator
//! over the years, one line per region. Plain shapes and system fonts only, so a page
//! needs no script and prints as it shows.

use svg::Document;
use svg::node::element::{Circle, Line, Polyline, Rectangle, Text, Title};

/// One bar of a bar chart: a label, the value and, when known, last year's value.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub prior: Option<f64>,
    /// The value as people read it (`95.1%`, `↑ +1.7pp`).
    pub shown: String,
    /// Whether the value is a share (`%`), drawn against 100.
    pub share: bool,
}

const WIDTH: f64 = 720.0;
const LABEL: f64 = 250.0;
const BAR: f64 = 250.0;
const ROW: f64 = 34.0;

/// Horizontal bars, each on its own scale (the units of a category differ): a share
/// against 100, another value against the larger of it and last year's.
pub fn bars(title: &str, bars: &[Bar]) -> Document {
    let height = ROW * bars.len() as f64 + 8.0;
    let mut chart = Document::new()
        .set("viewBox", (0, 0, WIDTH, height))
        .set("width", WIDTH)
        .set("height", height)
        .set("role", "img")
        .add(Title::new(title));
    for (at, bar) in bars.iter().enumerate() {
        let top = ROW * at as f64 + 4.0;
        let scale = if bar.share {
            100f64.max(bar.value)
        } else {
            bar.value.max(bar.prior.unwrap_or(0.0))
        };
        let length = |v: f64| if scale > 0.0 { BAR * v / scale } else { 0.0 };
        chart = chart.add(label(0.0, top + 17.0, &bar.label, "start"));
        if let Some(prior) = bar.prior {
            let last = Rectangle::new()
                .set("x", LABEL)
                .set("y", top + 2.0)
                .set("width", length(prior))
                .set("height", 8)
                .set("fill", "#b0b7c3")
                .add(Title::new("上年 / last year"));
            chart = chart.add(last);
        }
        let now = Rectangle::new()
            .set("x", LABEL)
            .set("y", top + 11.0)
            .set("width", length(bar.value))
            .set("height", 14)
            .set("fill", "#2f6db5");
        chart = chart
            .add(now)
            .add(label(LABEL + BAR + 8.0, top + 23.0, &bar.shown, "start"));
    }
    chart
}

/// One line of a line chart: a region's values by year.
pub struct Series {
    pub name: String,
    pub points: Vec<(i32, f64)>,
}

const PLOT_LEFT: f64 = 70.0;
const PLOT_TOP: f64 = 30.0;
const PLOT_WIDTH: f64 = 480.0;
const PLOT_HEIGHT: f64 = 160.0;

/// Values over the years, one polyline per series, with the years below and the lowest
/// and highest value beside the axis; the axis spans those two (with a margin), not zero,
/// so a change of a few tenths shows.
pub fn lines(title: &str, unit: &str, series: &[Series]) -> Document {
    let points = series.iter().flat_map(|s| s.points.iter());
    let (years, values): (Vec<i32>, Vec<f64>) = points.copied().unzip();
    let (first, last) = (years.iter().min(), years.iter().max());
    let (Some(&first), Some(&last)) = (first, last) else {
        return Document::new().add(Title::new(title));
    };
    let least = values.iter().copied().fold(f64::INFINITY, f64::min);
    let most = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let margin = if most > least {
        (most - least) / 8.0
    } else {
        1.0
    };
    let (low, high) = (least - margin, most + margin);
    let x = |year: i32| {
        let span = f64::from((last - first).max(1));
        PLOT_LEFT + PLOT_WIDTH * f64::from(year - first) / span
    };
    let y = |value: f64| {
        let span = if high > low { high - low } else { 1.0 };
        PLOT_TOP + PLOT_HEIGHT * (1.0 - (value - low) / span)
    };
    let mut chart = Document::new()
        .set("viewBox", (0, 0, WIDTH, PLOT_TOP + PLOT_HEIGHT + 50.0))
        .set("width", WIDTH)
        .set("height", PLOT_TOP + PLOT_HEIGHT + 50.0)
        .set("role", "img")
        .add(Title::new(title))
        .add(label(PLOT_LEFT, 18.0, unit, "start"))
        .add(axis(PLOT_LEFT, y(low), PLOT_LEFT + PLOT_WIDTH, y(low)))
        .add(axis(PLOT_LEFT, PLOT_TOP, PLOT_LEFT, y(low)))
        .add(label(
            PLOT_LEFT - 6.0,
            y(most) + 4.0,
            &most.to_string(),
            "end",
        ))
        .add(label(
            PLOT_LEFT - 6.0,
            y(least) + 4.0,
            &least.to_string(),
            "end",
        ));
    for year in first..=last {
        chart = chart.add(label(x(year), y(low) + 18.0, &year.to_string(), "middle"));
    }
    for (at, one) in series.iter().enumerate() {
        let colour = PALETTE[at % PALETTE.len()];
        let path: Vec<String> = one
            .points
            .iter()
            .map(|&(year, value)| format!("{},{}", x(year), y(value)))
            .collect();
        chart = chart.add(
            Polyline::new()
                .set("points", path.join(" "))
                .set("fill", "none")
                .set("stroke", colour)
                .set("stroke-width", 2),
        );
        for &(year, value) in &one.points {
            let dot = Circle::new()
                .set("cx", x(year))
                .set("cy", y(value))
                .set("r", 3)
                .set("fill", colour)
                .add(Title::new(format!("{} {year}: {value}", one.name)));
            chart = chart.add(dot);
        }
        let legend_y = PLOT_TOP + PLOT_HEIGHT + 40.0;
        chart = chart.add(label(
            PLOT_LEFT + 120.0 * at as f64,
            legend_y,
            &one.name,
            "start",
        ));
    }
    chart
}

const PALETTE: [&str; 4] = ["#2f6db5", "#c0504d", "#4f8a3c", "#8064a2"];

fn label(x: f64, y: f64, text: &str, anchor: &str) -> Text {
    Text::new(text)
        .set("x", x)
        .set("y", y)
        .set("font-size", 13)
        .set("text-anchor", anchor)
}

fn axis(x1: f64, y1: f64, x2: f64, y2: f64) -> Line {
    Line::new()
        .set("x1", x1)
        .set("y1", y1)
        .set("x2", x2)
        .set("y2", y2)
        .set("stroke", "#555")
}
