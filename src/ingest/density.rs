//! A second opinion when readability finds (almost) nothing: the block holding most of the
//! page's paragraph text.
//!
//! Page builders (Elementor and kin) split an article over dozens of widget containers;
//! readability then settles on one widget and the article looks like a stub. Paragraphs do
//! not lie about where the text is: the smallest element holding most of the page's
//! paragraph text is the article.

use std::collections::HashMap;

use dom_query::{Document, NodeRef};

/// The share of all paragraph text the chosen element must hold.
const SHARE: f64 = 0.6;

/// Elements whose paragraphs are never the article's.
const SKIP: &[&str] = &[
    "nav", "footer", "aside", "form", "header", "script", "style", "noscript", "template",
];

/// The outer HTML of the smallest element holding at least [`SHARE`] of the text in the
/// page's `<p>` elements (outside navigation, footers, asides and forms), if any.
pub fn densest(html: &str) -> Option<String> {
    densest_in(&Document::from(html)).map(|d| d.html)
}

/// The block [`densest_in`] finds.
pub struct Dense {
    /// Its outer HTML.
    pub html: String,
    /// Letters and digits in its text.
    pub letters: usize,
    /// Letters and digits in its `<p>` elements: what the choice rests on.
    pub in_paragraphs: usize,
}

/// [`densest`] in a parsed document.
pub fn densest_in(doc: &Document) -> Option<Dense> {
    let mut score: HashMap<dom_query::NodeId, usize> = HashMap::new();
    let mut total = 0;
    for p in doc.select("body p").nodes() {
        let ancestors: Vec<NodeRef> = p.ancestors_it(None).collect();
        if ancestors.iter().any(|a| {
            a.node_name()
                .is_some_and(|n| SKIP.iter().any(|s| n.eq_ignore_ascii_case(s)))
        }) {
            continue;
        }
        let len = p.text().split_whitespace().map(str::len).sum::<usize>();
        total += len;
        for a in &ancestors {
            *score.entry(a.id).or_default() += len;
        }
    }
    if total == 0 {
        return None;
    }
    let need = (total as f64 * SHARE).ceil() as usize;
    // The deepest element over the threshold: its ancestors all are too, and hold more
    // furniture around the same text.
    let mut best: Option<(usize, NodeRef)> = None;
    for p in doc.select("body p").nodes() {
        for (depth, a) in p
            .ancestors_it(None)
            .collect::<Vec<_>>()
            .iter()
            .rev()
            .enumerate()
        {
            if score.get(&a.id).is_some_and(|&s| s >= need)
                && best.as_ref().is_none_or(|(d, _)| depth > *d)
            {
                best = Some((depth, *a));
            }
        }
    }
    let (_, block) = best?;
    // A listing (product tiles, teasers) is mostly links; an article mostly is not.
    let text = letters(&block.text());
    let linked: usize = block
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")))
        .map(|a| letters(&a.text()))
        .sum();
    let in_paragraphs = block
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("p")))
        .map(|p| letters(&p.text()))
        .sum();
    (text > 0 && (linked as f64) < MAX_LINKED * text as f64).then(|| Dense {
        html: block.html().to_string(),
        letters: text,
        in_paragraphs,
    })
}

/// The most of a block's text that may be link text.
const MAX_LINKED: f64 = 0.25;

/// Letters and digits in `s`: how the extraction passes measure text, in any script.
pub(super) fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphanumeric()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_with_most_paragraph_text_wins() {
        let html = "<html><body><nav><p>Home About Contact Shop Blog Links</p></nav>\
            <div class=page><div class=w1><p>Der Sommer ist da – die kurzen Kleider werden wieder herausgeholt.</p></div>\
            <div class=w2><p>Die perfekte Zeit, um seine Ohrringe zur Show zu stellen, und zwar überall.</p></div>\
            <div class=w3><p>Wer keine Ohrlöcher hat, greift zu Ear Cuffs, die es in vielen Formen gibt.</p></div></div>\
            <footer><p>Impressum Datenschutz Kontakt Newsletter Instagram Facebook Pinterest</p></footer></body></html>";
        let got = densest(html).unwrap();
        assert!(got.starts_with("<div class=\"page\">"), "{got}");
        assert!(got.contains("Ear Cuffs") && !got.contains("Impressum"));
        assert_eq!(
            densest("<html><body><div>no paragraphs</div></body></html>"),
            None
        );
    }
}
