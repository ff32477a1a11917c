//! The key-points box: a short list of sentences a page sets between its headline and its
//! story ("Key points", "Lo más importante", "Najważniejsze informacje", a live blog's
//! summary), where readability does not look.
//!
//! The box is the author's summary of the story, so it is part of it. It is found by its
//! shape, not its class or its heading's words: the first list after the page's `<h1>`
//! (the story's headline) and before the story begins (the first paragraph of running text,
//! or a few lines of any text), whose items read as
//! sentences and are not links. A menu, a table of contents, a tag list or a share row
//! there is links; a row of metadata ("By …", "5 min read") is not sentences.

use dom_query::{Document, NodeRef};

use super::anchor::STORY_PARAGRAPH_LETTERS;
use super::density::letters;

/// This much text (letters) after the headline, in whatever elements, is more than a
/// byline and a date: the story has begun.
const STORY_LETTERS: usize = 400;

/// A box holds at least this many items, and at most [`MAX_ITEMS`].
const MIN_ITEMS: usize = 2;
const MAX_ITEMS: usize = 8;

/// An item with fewer words is a label, not a point.
const MIN_WORDS: usize = 3;

/// An item with this many words reads as a sentence even without a full stop.
const SENTENCE_WORDS: usize = 6;

/// An item longer than this (letters) is a teaser's summary, not a point.
const MAX_ITEM_LETTERS: usize = 400;

/// The most of the box's text that may be link text.
const MAX_LINKED: f64 = 0.3;

/// A heading over the box has at most this many words.
const HEADING_WORDS: usize = 6;

/// The key-points box as HTML (its heading, if any, and its list) with the text of the
/// `<h1>` it follows, if the page has one.
pub fn find(doc: &Document) -> Option<Point> {
    let h1 = doc.select("body h1").nodes().first().copied()?;
    let mut after = false;
    // Text passed since the headline (stories written as `<br>` runs have no `<p>`).
    let mut passed = 0;
    for node in doc.select("body").nodes().first()?.descendants_it() {
        if node.id == h1.id {
            after = true;
            continue;
        }
        if !after || h1.descendants_it().any(|d| d.id == node.id) {
            continue;
        }
        if node.is_text() {
            passed += letters(&node.text());
            if passed > STORY_LETTERS {
                return None;
            }
            continue;
        }
        let name = node.node_name().unwrap_or_default();
        if &*name == "p" && letters(&node.text()) >= STORY_PARAGRAPH_LETTERS {
            return None;
        }
        if matches!(&*name, "ul" | "ol")
            && !in_navigation(&node)
            && let Some(items) = points(&node)
        {
            return Some(Point {
                headline: h1.text().split_whitespace().collect::<Vec<_>>().join(" "),
                html: format!("{}<ul>{items}</ul>", heading(&node)),
            });
        }
    }
    None
}

/// A key-points box and the headline it follows.
pub struct Point {
    /// The text of the `<h1>` above the box: the box is the story's only under its headline.
    pub headline: String,
    /// The box's heading, if any, and its list.
    pub html: String,
}

/// The list's items as `<li>` HTML, when they read as a summary's points.
fn points(list: &NodeRef) -> Option<String> {
    let items: Vec<NodeRef> = list
        .children_it(false)
        .filter(|c| c.node_name().is_some_and(|n| &*n == "li"))
        .collect();
    if !(MIN_ITEMS..=MAX_ITEMS).contains(&items.len()) {
        return None;
    }
    let mut html = String::new();
    let (mut all, mut linked) = (0, 0);
    for item in &items {
        let text = item.text().split_whitespace().collect::<Vec<_>>().join(" ");
        let words = super::html::word_count(&text);
        let n = letters(&text);
        let sentence = text.ends_with(['.', '!', '?', '。', '！', '？', '؟']);
        let nested = item
            .descendants_it()
            .any(|d| d.node_name().is_some_and(|n| matches!(&*n, "ul" | "ol")));
        if nested
            || words < MIN_WORDS
            || n > MAX_ITEM_LETTERS
            || !(sentence || words >= SENTENCE_WORDS)
        {
            return None;
        }
        all += n;
        linked += item
            .descendants_it()
            .filter(|d| d.node_name().is_some_and(|n| &*n == "a"))
            .map(|a| letters(&a.text()))
            .sum::<usize>();
        html.push_str(&format!("<li>{}</li>", item.inner_html()));
    }
    ((linked as f64) <= MAX_LINKED * all as f64).then_some(html)
}

/// The box's own heading: a short element just before the list, when it is the list's
/// first sibling (the box is the heading and the list) — a heading further up belongs to
/// the page, not the box.
fn heading(list: &NodeRef) -> String {
    let Some(prev) = list.prev_element_sibling() else {
        return String::new();
    };
    let first = prev.prev_element_sibling().is_none();
    let text = prev.text().split_whitespace().collect::<Vec<_>>().join(" ");
    let words = super::html::word_count(&text);
    let is_link = prev
        .descendants_it()
        .any(|d| d.node_name().is_some_and(|n| &*n == "a"));
    if first && (1..=HEADING_WORDS).contains(&words) && !is_link {
        format!("<h2>{}</h2>", html_escape::encode_text(&text))
    } else {
        String::new()
    }
}

/// Lists in navigation, headers' menus, asides and forms are never a summary.
fn in_navigation(node: &NodeRef) -> bool {
    node.ancestors_it(None).any(|a| {
        a.node_name()
            .is_some_and(|n| matches!(&*n, "nav" | "aside" | "form" | "footer" | "menu"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "<p>The first paragraph of the story tells what happened on Monday in the city, who was there and what they saw.</p>";

    #[test]
    fn a_list_of_sentences_between_headline_and_story_is_the_box() {
        let doc = Document::from(format!(
            "<html><body><h1>Storm hits the coast</h1><div class=box><h2>Key points</h2><ul>\
             <li>Red alert on the coast until 9 pm.</li><li>Schools closed in 40 towns.</li><li>More than 30,000 homes without power.</li></ul></div>\
             <div class=body>{STORY}</div></body></html>"
        ));
        assert_eq!(
            find(&doc).map(|p| p.html).as_deref(),
            Some(
                "<h2>Key points</h2><ul><li>Red alert on the coast until 9 pm.</li><li>Schools closed in 40 towns.</li><li>More than 30,000 homes without power.</li></ul>"
            )
        );
    }

    #[test]
    fn menus_contents_tags_and_metadata_are_not_points() {
        for list in [
            // A table of contents: links.
            "<p>Contents</p><ol><li><a href=#a>What changed for the passengers this year</a></li><li><a href=#b>Why the trains still disappear from timetables</a></li></ol>",
            // A row of metadata: neither sentences nor long.
            "<ul><li>By Anna Weber</li><li>5 min read</li><li>Updated today</li></ul>",
            // One item is no box.
            "<ul><li>Red alert on the coast until 9 pm tonight.</li></ul>",
        ] {
            let doc = Document::from(format!(
                "<html><body><h1>Storm hits the coast</h1>{list}{STORY}</body></html>"
            ));
            assert!(find(&doc).is_none(), "{list}");
        }
        // A list in navigation, or one after the story has begun, is not the box.
        let points = "<ul><li>Red alert on the coast until 9 pm.</li><li>Schools closed in 40 towns.</li></ul>";
        for page in [
            format!("<h1>Storm</h1><nav>{points}</nav>{STORY}"),
            format!("<h1>Storm</h1>{STORY}{STORY}{STORY}{STORY}{STORY}{points}"),
            format!("{points}<h1>Storm</h1>{STORY}"),
        ] {
            let doc = Document::from(format!("<html><body>{page}</body></html>"));
            assert!(find(&doc).is_none(), "{page}");
        }
    }

    #[test]
    fn a_heading_that_is_not_the_boxs_own_is_left_out() {
        let doc = Document::from(format!(
            "<html><body><h1>Storm</h1><div><p>Weather</p><p>Live</p><ul><li>Red alert on the coast until 9 pm.</li><li>Schools closed in 40 towns.</li></ul></div>{STORY}</body></html>"
        ));
        assert_eq!(
            find(&doc).map(|p| p.html).as_deref(),
            Some(
                "<ul><li>Red alert on the coast until 9 pm.</li><li>Schools closed in 40 towns.</li></ul>"
            )
        );
    }
}
