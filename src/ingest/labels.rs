//! Short labels that sit where readability keeps them but are the page's, not the story's:
//! the section link over a headline ("Galleries", "Crime & Courts") and a gallery's picture
//! counter inside a caption ("3 of 7"), removed before readability looks for the article.
//!
//! Both are found by their shape, not their class: a label over the headline is a block whose
//! whole text is one short link, just before the `<h1>`; a counter is an element inside a
//! figure whose whole text is two numbers joined by "of", "/" or their kin in other languages.
//! Glued to the caption text without a space ("1 of 6More than…"), a counter cannot be
//! told from the caption once the page is text.

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use regex::Regex;

/// A section label is at most this many words.
const LABEL_WORDS: usize = 3;

/// How far up from the `<h1>` a label before it is looked for (a headline wrapped in a
/// header `<div>` inside the article has its label beside the wrapper).
const LABEL_LEVELS: usize = 2;

/// A picture counter: "3 of 7", "3/7", "3 von 7", "3 sur 7", "3 de 7", "3 z 7".
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*\d{1,3}\s*(?:/|of|von|sur|de|di|van|av|af|z|из|із)\s*\d{1,3}\s*$")
        .expect("valid")
});

/// Removes the section label over the page's first `<h1>` and the picture counters inside
/// figures; returns how many elements went.
pub fn remove(doc: &Document) -> usize {
    let mut doomed: Vec<NodeRef> = Vec::new();
    if let Some(h1) = doc.select("body h1").nodes().first() {
        let mut at = Some(*h1);
        for _ in 0..=LABEL_LEVELS {
            let Some(node) = at else { break };
            if let Some(prev) = node.prev_element_sibling() {
                if is_section_label(&prev) {
                    doomed.push(prev);
                }
                break;
            }
            at = node.parent().filter(|p| !p.has_name("body"));
        }
    }
    for node in doc
        .select("figure span, figure div, figure p, figcaption span, figcaption div")
        .nodes()
    {
        if node.element_children().is_empty() && COUNTER.is_match(&node.text()) {
            doomed.push(*node);
        }
    }
    for d in &doomed {
        d.remove_from_parent();
    }
    doomed.len()
}

/// Whether `node` is a block whose whole text is one link of at most [`LABEL_WORDS`] words,
/// leading somewhere other than the page itself.
fn is_section_label(node: &NodeRef) -> bool {
    if node.is("h1, h2, h3, img, figure, ul, ol, table") {
        return false;
    }
    let text = node.text();
    let words = text.split_whitespace().count();
    if words == 0 || words > LABEL_WORDS {
        return false;
    }
    let links: Vec<NodeRef> = node.descendants_it().filter(|d| d.has_name("a")).collect();
    let [link] = links.as_slice() else {
        return false;
    };
    let href = link.attr("href").unwrap_or_default();
    !href.trim().is_empty()
        && !href.trim().starts_with('#')
        && link.text().split_whitespace().collect::<Vec<_>>()
            == text.split_whitespace().collect::<Vec<_>>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(html: &str) -> String {
        let doc = Document::from(html.replace('>', "> ").as_str());
        remove(&doc);
        doc.select("body")
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn the_section_link_over_the_headline_goes() {
        assert_eq!(
            after(
                "<body><article><div class=series><a href=/news/gallery>Galleries</a></div><h1>Lanterns</h1><p>Thousands came.</p></article></body>"
            ),
            "Lanterns Thousands came."
        );
        assert_eq!(
            after(
                "<body><article><div class=top><a href=/crime/>Crime &amp; Courts</a></div><header><h1>Bail ends</h1></header><p>Judges will.</p></article></body>"
            ),
            "Bail ends Judges will."
        );
        assert_eq!(
            after(
                "<body><p class=rubric><a href=/features/>Features</a></p><h1>Hardware</h1></body>"
            ),
            "Hardware"
        );
    }

    #[test]
    fn text_over_the_headline_that_is_not_one_short_link_stays() {
        for html in [
            "<body><div>Updated today</div><h1>Lanterns</h1></body>",
            "<body><div><a href=/a>News</a> <a href=/b>Sport</a></div><h1>Lanterns</h1></body>",
            "<body><div><a href=/a>A long label of many words</a></div><h1>Lanterns</h1></body>",
            "<body><div>See <a href=/a>Galleries</a></div><h1>Lanterns</h1></body>",
        ] {
            let whole = Document::from(html.replace('>', "> ").as_str())
                .select("body")
                .text();
            let whole = whole.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(after(html), whole, "{html}");
        }
    }

    #[test]
    fn a_counter_in_a_figure_goes_and_its_caption_stays() {
        assert_eq!(
            after(
                "<body><figure><img src=a.jpg><figcaption><span class=c>1 of 6</span><span>Lanterns on the bridge.</span></figcaption></figure></body>"
            ),
            "Lanterns on the bridge."
        );
        assert_eq!(
            after(
                "<body><figure><figcaption><span>3/7</span> The quay.</figcaption></figure><p>2 of 3 voted.</p></body>"
            ),
            "The quay. 2 of 3 voted."
        );
        assert_eq!(
            after(
                "<body><figure><figcaption><span>Score: 2 of 3</span></figcaption></figure></body>"
            ),
            "Score: 2 of 3"
        );
    }
}
