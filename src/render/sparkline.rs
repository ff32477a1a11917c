//! Timelines: articles per week as a small inline SVG bar chart, with a text alternative.

use std::fmt::Write;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::i18n::{Arg, Interface};

/// A timeline as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// The chart (safe HTML: an `<svg>` hidden from assistive technology; `summary` says it).
    pub svg: String,
    /// Plain-text alternative: the span, the total and the busiest week.
    pub summary: String,
    /// Per week: `{ week (YYYY-MM-DD, its Monday), count }`.
    pub weeks: Vec<Week>,
    /// The first week's Monday, `YYYY-MM-DD`.
    pub start: String,
    /// The last week's Monday, `YYYY-MM-DD`.
    pub end: String,
}

/// One week of a timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Week {
    /// Its Monday, `YYYY-MM-DD`.
    pub week: String,
    /// Articles that week.
    pub count: usize,
}

const WIDTH: usize = 240;
const HEIGHT: usize = 36;

/// Draws `counts` (one per week from the week of `start`).
pub fn timeline(start: NaiveDate, counts: &[usize], ui: &Interface) -> Timeline {
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let n = counts.len().max(1);
    // Bars fill the width; gaps are a quarter of a slot, and at most 2 pixels.
    let slot = WIDTH as f64 / n as f64;
    let gap = (slot / 4.0).min(2.0);
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"sparkline\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    let _ = write!(
        svg,
        "<line class=\"sparkline-base\" x1=\"0\" y1=\"{y}\" x2=\"{WIDTH}\" y2=\"{y}\"/>",
        y = HEIGHT - 1
    );
    for (k, &c) in counts.iter().enumerate() {
        if c == 0 {
            continue;
        }
        let h = ((c as f64 / max as f64) * (HEIGHT - 2) as f64).max(2.0);
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
            k as f64 * slot + gap / 2.0,
            (HEIGHT - 1) as f64 - h,
            slot - gap,
            h
        );
    }
    svg.push_str("</svg>");
    let week = |k: usize| start + Duration::weeks(k as i64);
    let total: usize = counts.iter().sum();
    let end = week(counts.len().saturating_sub(1));
    let mut summary = ui.text(
        "timeline-summary",
        &[
            ("count", Arg::from(total)),
            ("weeks", Arg::from(counts.len())),
            ("start", Arg::from(ui.date(start))),
            ("end", Arg::from(ui.date(end + Duration::days(6)))),
        ],
    );
    if let Some((k, &peak)) = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 0)
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
        && counts.len() > 1
    {
        summary.push_str(&ui.text(
            "timeline-busiest",
            &[
                ("week", Arg::from(ui.date(week(k)))),
                ("count", Arg::from(peak)),
            ],
        ));
    }
    summary.push_str(&ui.text("sentence-end", &[]));
    Timeline {
        svg,
        summary,
        weeks: counts
            .iter()
            .enumerate()
            .map(|(k, &count)| Week {
                week: week(k).format("%Y-%m-%d").to_string(),
                count,
            })
            .collect(),
        start: start.format("%Y-%m-%d").to_string(),
        end: end.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_busiest_week_and_the_summary_says_so() {
        let start = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap();
        let t = timeline(start, &[1, 0, 4, 2], &Interface::builtin("en"));
        assert_eq!(
            t.svg.matches("<rect").count(),
            3,
            "no bar for an empty week"
        );
        assert!(
            t.svg.contains("height=\"34.0\""),
            "the busiest bar is full height"
        );
        assert_eq!(
            t.summary,
            "7 articles in the 4 weeks from 1 July 2024 to 28 July 2024; busiest: the week of 15 July 2024 (4)."
        );
        assert_eq!(t.weeks[2].week, "2024-07-15");
        assert_eq!(t.end, "2024-07-22");
    }
}
