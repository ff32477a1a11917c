//! A review's verdict box: the pros, the cons and the verdict a review sets in a box of its
//! own, often after the story readability finds or in a table it drops ("Pros"/"Cons",
//! "Plusy"/"Minusy", "Vorteile"/"Nachteile" and a "Verdict").
//!
//! The box is the review's conclusion, so it is part of the story. Review themes name its
//! halves (`td-review-pros`, `review-cons`, `pros-cons`), and a pros list never stands
//! without a cons list: both named, each holding a list, make the box. Its scores ("Battery:
//! 9/10", "8,5/10") are the widget's, not the text's, and are left out when it is added.

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

use super::furniture::words;

/// Class and id words naming the pros half of a box.
const PROS: &[&str] = &[
    "pros",
    "procon",
    "plus",
    "plusy",
    "plusses",
    "advantages",
    "vorteile",
    "zalety",
    "pour",
    "positives",
    "ventajas",
    "vantaggi",
];

/// Class and id words naming the cons half.
const CONS: &[&str] = &[
    "cons",
    "minus",
    "minusy",
    "disadvantages",
    "nachteile",
    "wady",
    "contre",
    "negatives",
    "desventajas",
    "svantaggi",
];

/// Class and id words, or a heading's whole text, naming the verdict beside them.
const VERDICT: &[&str] = &[
    "verdict",
    "our verdict",
    "the verdict",
    "bottom line",
    "conclusion",
    "werdykt",
    "podsumowanie",
    "fazit",
    "unser fazit",
    "veredicto",
    "verdetto",
    "verdict final",
    "conclusie",
    "oordeel",
    "sonuç",
];

/// A half of the box longer than this (words) is a section of the story, not a list.
const MAX_HALF_WORDS: usize = 120;

/// The box with its verdict is short.
const MAX_BOX_WORDS: usize = 400;

/// How far above the pros and cons the verdict may sit.
const VERDICT_LEVELS: usize = 2;

/// The verdict box as HTML, with the text of the page's first `<h1>`.
#[derive(Debug, Clone)]
pub struct ReviewBox {
    /// The box's HTML.
    pub html: String,
    /// The `<h1>` before it, to check it is the story's headline.
    pub headline: String,
}

/// The page's review box, if it has one.
pub fn find(doc: &Document) -> Option<ReviewBox> {
    let named = |list: &[&str]| -> Option<NodeRef> {
        doc.select("body [class], body [id]")
            .nodes()
            .iter()
            .find(|n| names_any(n, list) && holds_list(n))
            .copied()
    };
    let (pros, cons) = (named(PROS)?, named(CONS)?);
    let mut the_box = common_ancestor(&pros, &cons)?;
    for _ in 0..VERDICT_LEVELS {
        if holds_verdict(&the_box) {
            break;
        }
        match the_box.parent() {
            Some(p) if holds_verdict(&p) && word_count(&p) <= MAX_BOX_WORDS => the_box = p,
            _ => break,
        }
    }
    if word_count(&the_box) > MAX_BOX_WORDS {
        return None;
    }
    let headline = doc
        .select("body h1")
        .nodes()
        .first()
        .map(|h| h.text().to_string())
        .unwrap_or_default();
    Some(ReviewBox {
        html: the_box.html().to_string(),
        headline,
    })
}

/// Whether a word of the element's class or id is one of `list`.
fn names_any(node: &NodeRef, list: &[&str]) -> bool {
    ["class", "id"].iter().any(|a| {
        node.attr(a).is_some_and(|v| {
            v.split_whitespace()
                .any(|t| words(t).iter().any(|w| list.contains(&w.as_str())))
        })
    })
}

/// A list inside, and not so much text that it is a section of the story.
fn holds_list(node: &NodeRef) -> bool {
    word_count(node) <= MAX_HALF_WORDS
        && node
            .descendants_it()
            .any(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("li")))
}

/// Whether the element holds a verdict: named so, or a short element reading so.
fn holds_verdict(node: &NodeRef) -> bool {
    node.descendants_it().any(|d| {
        d.is_element()
            && (names_any(&d, VERDICT) || {
                let t = d.text().trim().trim_end_matches(':').to_lowercase();
                t.len() < 30 && VERDICT.contains(&t.as_str())
            })
    })
}

/// The nearest element holding both.
fn common_ancestor<'a>(a: &NodeRef<'a>, b: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let above_b: Vec<_> = std::iter::once(*b)
        .chain(b.ancestors_it(None))
        .map(|n| n.id)
        .collect();
    std::iter::once(*a)
        .chain(a.ancestors_it(None))
        .find(|n| above_b.contains(&n.id) && n.is_element())
}

fn word_count(node: &NodeRef) -> usize {
    super::html::word_count(&node.text())
}

/// A score line: a label and a number out of something ("Battery: 9/10", "8,5/10",
/// "Overall 7.7", "OCENA 85%").
static SCORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[\p{L}][\p{L} &]{0,30}[:：]?\s*)?\d{1,3}(?:[.,]\d{1,2})?\s*(?:/\s*\d{1,3}|%|\s*(?:overall|points?|pkt|punkte))?$")
        .expect("valid")
});

/// `blocks` without the box's score lines (list items and paragraphs that are only a
/// label and a number), and without blocks left empty.
pub fn without_scores(blocks: Vec<String>) -> Vec<String> {
    blocks
        .into_iter()
        .filter_map(|b| {
            let lines: Vec<&str> = b
                .lines()
                .filter(|l| {
                    let plain = l
                        .trim()
                        .trim_start_matches(['-', '*', '+', '#', ' '])
                        .replace("**", "");
                    !SCORE.is_match(plain.trim())
                })
                .collect();
            (!lines.iter().all(|l| l.trim().is_empty())).then(|| lines.join("\n"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pros_cons_and_verdict_make_the_box() {
        let doc = Document::from(
            r#"<body><h1>Test: the Aria 3 headphones</h1><div class="entry"><p>Long story.</p></div>
            <div class="review-box"><div class="score">8/10</div>
            <div class="review-pros"><h3>Pros</h3><ul><li>Light</li><li>Long battery</li></ul></div>
            <div class="review-cons"><h3>Cons</h3><ul><li>No case</li></ul></div>
            <div class="review-verdict"><h3>Verdict</h3><p>Good value.</p></div></div>
            <div class="related"><ul><li>Other</li></ul></div></body>"#,
        );
        let b = find(&doc).expect("a box");
        assert!(
            b.html.contains("Good value.") && b.html.contains("No case"),
            "{}",
            b.html
        );
        assert!(!b.html.contains("Other"));
        assert_eq!(b.headline, "Test: the Aria 3 headphones");
        // A list of pros with no cons is no box (a "plus" menu, a pro tip).
        let half = Document::from(
            r#"<body><h1>H</h1><div class="plus-menu"><ul><li>A</li></ul></div></body>"#,
        );
        assert!(find(&half).is_none());
    }

    #[test]
    fn score_lines_are_the_widgets() {
        let blocks = vec![
            "Ocena: 8,5/10".to_string(),
            "- Ekran: 9/10\n- Bateria: 9/10".to_string(),
            "- Light\n- Long battery".to_string(),
            "OVERALL 7.7".to_string(),
            "Good value for 199 euros.".to_string(),
            "- Weighs only 21 kg".to_string(),
        ];
        assert_eq!(
            without_scores(blocks),
            [
                "- Light\n- Long battery",
                "Good value for 199 euros.",
                "- Weighs only 21 kg"
            ]
        );
    }
}
