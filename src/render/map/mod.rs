//! The coverage map: an inline SVG world map drawn at build time, countries shaded by how many
//! articles cover them, each covered country a link to its region page.
//!
//! The outlines (`world.tsv`) are Natural Earth's 1:110m countries (public domain), projected
//! (Equal Earth), simplified to whole pixels of a 1000-pixel-wide map and keyed by ISO 3166-1
//! alpha-2; `derive_world.py` beside this file made them. Countries too small for that scale
//! (Singapore, most islands) have no outline: the list beside the map still names them.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

static WORLD_TSV: &str = include_str!("world.tsv");

/// The parsed outlines.
struct World {
    width: u32,
    height: u32,
    /// ISO alpha-2 → SVG path data, in code order.
    outlines: Vec<(&'static str, &'static str)>,
}

static WORLD: LazyLock<World> = LazyLock::new(|| {
    let mut world = World {
        width: 1000,
        height: 500,
        outlines: Vec::new(),
    };
    for line in WORLD_TSV.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        match (cols.next(), cols.next(), cols.next()) {
            (Some("size"), Some(w), Some(h)) => {
                world.width = w.parse().unwrap_or(world.width);
                world.height = h.parse().unwrap_or(world.height);
            }
            (Some(code), Some(path), None) => world.outlines.push((code, path)),
            _ => {}
        }
    }
    world
});

/// Whether the map has an outline for the country with this ISO alpha-2 code.
pub fn has_outline(code: &str) -> bool {
    WORLD.outlines.iter().any(|(c, _)| *c == code)
}

/// A covered country, as the map shows it.
#[derive(Debug, Clone)]
pub struct Covered {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Root-relative URL of its region page.
    pub url: String,
    /// Articles about it.
    pub count: usize,
}

/// One shade of the legend: counts `low..=high` get CSS class `map-c{class}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Class {
    /// 1 (lightest) to 4.
    pub class: usize,
    /// Smallest count in the class.
    pub low: usize,
    /// Largest count in the class.
    pub high: usize,
}

/// Up to four classes from 1 to `max` on a log-like scale, so one hot story does not wash
/// every other country out to the palest shade.
pub fn classes(max: usize) -> Vec<Class> {
    if max == 0 {
        return Vec::new();
    }
    let mut edges = vec![1usize];
    for k in 1..=3 {
        let e = (max as f64).powf(k as f64 / 4.0).ceil() as usize;
        if e > *edges.last().unwrap_or(&0) && e <= max {
            edges.push(e);
        }
    }
    edges
        .iter()
        .enumerate()
        .map(|(i, &low)| Class {
            class: i + 1 + (4 - edges.len()),
            low,
            high: edges.get(i + 1).map_or(max, |next| next - 1),
        })
        .collect()
}

/// The class a count falls in.
pub fn class_of(classes: &[Class], count: usize) -> usize {
    classes
        .iter()
        .find(|c| (c.low..=c.high).contains(&count))
        .map_or(0, |c| c.class)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The map as an inline `<svg>`: uncovered countries as one plain path, covered ones as links
/// with a `<title>` (tooltip and accessible name). `title` labels the whole map.
pub fn svg(covered: &[Covered], classes: &[Class], title: &str) -> String {
    let world = &*WORLD;
    let by_code: HashMap<&str, &Covered> = covered.iter().map(|c| (c.code.as_str(), c)).collect();
    let mut out = String::with_capacity(40_000);
    let _ = write!(
        out,
        "<svg class=\"map\" viewBox=\"0 0 {} {}\" role=\"group\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        world.width,
        world.height,
        escape(title)
    );
    out.push_str("<path class=\"map-c0\" aria-hidden=\"true\" d=\"");
    for (code, path) in &world.outlines {
        if !by_code.contains_key(code) {
            out.push_str(path);
        }
    }
    out.push_str("\"/>");
    for (code, path) in &world.outlines {
        let Some(c) = by_code.get(code) else { continue };
        let label = format!(
            "{}: {} article{}",
            c.name,
            c.count,
            if c.count == 1 { "" } else { "s" }
        );
        let _ = write!(
            out,
            "<a href=\"{}\"><title>{}</title><path class=\"map-c{}\" d=\"{}\"/></a>",
            escape(&c.url),
            escape(&label),
            class_of(classes, c.count),
            path
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outlines_cover_the_big_countries_and_stay_small() {
        for code in ["US", "FR", "CN", "BR", "RU", "AU", "IN", "NG", "XK"] {
            assert!(has_outline(code), "{code} has no outline");
        }
        assert!(!has_outline("AQ"), "Antarctica is left out");
        assert!(WORLD_TSV.len() < 150_000);
    }

    #[test]
    fn classes_split_counts_on_a_log_scale() {
        assert_eq!(classes(0), vec![]);
        assert_eq!(
            classes(1),
            vec![Class {
                class: 4,
                low: 1,
                high: 1
            }]
        );
        let c = classes(20);
        let ranges: Vec<(usize, usize)> = c.iter().map(|c| (c.low, c.high)).collect();
        assert_eq!(ranges, vec![(1, 2), (3, 4), (5, 9), (10, 20)]);
        assert_eq!(class_of(&c, 1), 1);
        assert_eq!(class_of(&c, 7), 3);
        assert_eq!(class_of(&c, 20), 4);
        // Every count from 1 to max falls in exactly one class.
        for max in 1..200 {
            let c = classes(max);
            for n in 1..=max {
                assert_eq!(
                    c.iter().filter(|k| (k.low..=k.high).contains(&n)).count(),
                    1
                );
            }
        }
    }

    #[test]
    fn covered_countries_are_links_with_titles_and_names_are_escaped() {
        let covered = vec![Covered {
            code: "FR".into(),
            name: "France <&>".into(),
            url: "/regions/france/".into(),
            count: 3,
        }];
        let s = svg(&covered, &classes(3), "Coverage");
        assert!(s.contains("<a href=\"/regions/france/\"><title>France &lt;&amp;&gt;: 3 articles</title><path class=\"map-c4\""));
        assert_eq!(s.matches("<a ").count(), 1);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
    }
}
