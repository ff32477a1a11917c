//! Teaser cards: the other stories a page lists around its own ("More in Business", a
//! front page's river), each a small block holding one linked headline and a summary.
//!
//! Their summaries are paragraphs of real prose, so a list of them can outscore a short
//! story, and readability keeps the cards that share the story's column. The shape gives
//! them away whatever the markup calls them: a heading that is one link to another page of
//! the site, in the largest block around it holding no other heading, with a short summary
//! beside it, repeated beside siblings marked up the same way, under a heading that names
//! them as other stories. Their blocks are dropped from the story readability finds; they
//! are found before it runs (it rewrites the document), but not removed then, so its pick
//! is its own.

use std::collections::{HashMap, HashSet};

use dom_query::{Document, NodeId, NodeRef};

use super::clean::{Cleaner, key, plain};

/// The most words of summary beside a card's headline.
const MAX_SUMMARY_WORDS: usize = 70;

/// Cards side by side that make a list of teasers (one alone may be the story's own).
const MIN_CARDS: usize = 2;

/// The teaser cards in `doc`, each as its text in [`key`] form; `host` is the page's own
/// host (cards link within the site; a shopping list's items link elsewhere), `cleaner`
/// tells a list's heading as furniture.
pub fn cards(doc: &Document, host: Option<&str>, cleaner: &Cleaner) -> Vec<String> {
    // Cards of one list share their parent and their markup (tag and class): sections of a
    // page that each link to a page of their own are each marked differently.
    let mut by_parent: HashMap<(NodeId, String), Vec<NodeRef>> = HashMap::new();
    for heading in doc.select("body h2, body h3, body h4").nodes() {
        if !is_linked_headline(heading, host) {
            continue;
        }
        let Some(card) = card_of(heading) else {
            continue;
        };
        if let Some(parent) = card.parent() {
            let markup = format!(
                "{}.{}",
                card.node_name().unwrap_or_default(),
                card.attr("class").unwrap_or_default()
            );
            let cards = by_parent.entry((parent.id, markup)).or_default();
            if !cards.iter().any(|c| c.id == card.id) {
                cards.push(card);
            }
        }
    }
    by_parent
        .values()
        .filter(|c| c.len() >= MIN_CARDS && headed_as_others(c, cleaner))
        .flatten()
        .map(|card| key(&card.text()))
        .collect()
}

/// Is `block` (a Markdown block of the extracted story) the text of one of the `cards`
/// ([`cards`])? Its words must be found in a card; slight blocks (a date) are left to the
/// cleaner.
pub fn is_teaser(block: &str, cards: &[String]) -> bool {
    let k = key(&plain(block));
    k.chars().count() >= MIN_BLOCK_CHARS && cards.iter().any(|c| c.contains(&k))
}

/// Blocks shorter than this (letters, in key form) are not matched to cards.
const MIN_BLOCK_CHARS: usize = 20;

/// Is the list headed as other stories ("More in Business", "Related", "Lesen Sie auch")?
/// Its parent, or the block around that, holds nothing but the cards and such a heading. A
/// story that is itself a list (a roundup, a test overview) has its own text beside its
/// items, and is not headed as furniture.
fn headed_as_others(cards: &[NodeRef], cleaner: &Cleaner) -> bool {
    let ids: HashSet<NodeId> = cards.iter().map(|c| c.id).collect();
    let mut block = cards.first().and_then(NodeRef::parent);
    for _ in 0..2 {
        let Some(b) = block else { return false };
        // The text beside the cards.
        let rest: Vec<String> = b
            .descendants_it()
            .filter(|d| d.is_text() && !d.ancestors_it(None).any(|a| ids.contains(&a.id)))
            .map(|d| d.text().to_string())
            .collect();
        let rest = squash(&rest.join(" "));
        let words = rest.split_whitespace().count();
        if words > MAX_LIST_HEADING_WORDS {
            return false;
        }
        if words > 0 {
            return cleaner.is_furniture(&rest, "");
        }
        block = b.parent();
    }
    false
}

/// The most words beside the cards in their list: its heading.
const MAX_LIST_HEADING_WORDS: usize = 8;

/// A heading whose whole text is one link to another page of the site.
fn is_linked_headline(heading: &NodeRef, host: Option<&str>) -> bool {
    let links: Vec<NodeRef> = heading
        .descendants_it()
        .filter(|d| is_named(d, &["a"]) && d.has_attr("href"))
        .collect();
    let [link] = links.as_slice() else {
        return false;
    };
    let text = squash(&heading.text());
    if text.is_empty() || squash(&link.text()) != text {
        return false;
    }
    let href = link.attr("href").unwrap_or_default();
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return false;
    }
    match url::Url::parse(href) {
        // Relative: within the site.
        Err(_) => true,
        Ok(u) => u
            .host_str()
            .zip(host)
            .is_some_and(|(h, own)| same_site(h, own)),
    }
}

/// The largest block around `heading` holding no other heading, if it holds a short
/// summary beside the headline.
fn card_of<'a>(heading: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let mut card = *heading;
    while let Some(parent) = card.parent() {
        if !parent.is_element()
            || parent
                .node_name()
                .is_some_and(|n| n.eq_ignore_ascii_case("body"))
            || parent
                .descendants_it()
                .filter(|d| is_named(d, &["h1", "h2", "h3", "h4", "h5", "h6"]))
                .nth(1)
                .is_some()
        {
            break;
        }
        card = parent;
    }
    let extra = card.text().split_whitespace().count() - heading.text().split_whitespace().count();
    (card.id != heading.id && extra <= MAX_SUMMARY_WORDS).then_some(card)
}

/// Hosts of one site: equal but for a leading `www.`.
fn same_site(a: &str, b: &str) -> bool {
    let bare = |h: &str| h.trim_start_matches("www.").to_ascii_lowercase();
    bare(a) == bare(b)
}

fn is_named(node: &NodeRef, names: &[&str]) -> bool {
    node.node_name()
        .is_some_and(|n| names.iter().any(|m| n.eq_ignore_ascii_case(m)))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c() -> Cleaner {
        Cleaner::new(&[]).unwrap()
    }

    const STORY: &str = "<h1>Ferry fares rise</h1><div class=text><p>Bayline Ferries will raise fares on all three routes by 12% from November, the company said.</p>\
        <p>A one-way ticket will rise from $6.50 to $7.30.</p></div>";

    fn teaser(n: usize, href: &str) -> String {
        format!(
            "<div class=t><h3><a href=\"{href}\">Other story {n} from the business desk</a></h3><p>A summary of the other story number {n}, a sentence or two long.</p></div>"
        )
    }

    #[test]
    fn a_list_of_teasers_goes_and_the_story_stays() {
        let html = format!(
            "<html><body><div class=main>{STORY}<div class=more><h2>More in Business</h2>{}{}{}</div></div></body></html>",
            teaser(1, "/business/1/"),
            teaser(2, "https://www.example.com/business/2/"),
            teaser(3, "/business/3/"),
        );
        let doc = Document::from(html.as_str());
        let found = cards(&doc, Some("example.com"), &c());
        assert_eq!(found.len(), 3);
        let summary = "A summary of the other story number 2, a sentence or two long.";
        assert!(is_teaser(summary, &found));
        assert!(is_teaser(
            "### [Other story 3 from the business desk](https://example.com/business/3/)",
            &found
        ));
        assert!(!is_teaser(
            "A one-way ticket will rise from $6.50 to $7.30.",
            &found
        ));
    }

    #[test]
    fn a_lone_card_a_shopping_list_and_the_storys_own_sections_stay() {
        // One linked headline beside the story: maybe the story's own.
        let one = format!("<html><body>{STORY}{}</body></html>", teaser(1, "/b/1/"));
        // Cards under a heading that is not furniture: the story's own list.
        let own = format!(
            "<html><body>{STORY}<div><h2>The five candidates</h2>{}{}</div></body></html>",
            teaser(1, "/a/"),
            teaser(2, "/b/")
        );
        assert_eq!(
            cards(&Document::from(own.as_str()), Some("example.com"), &c()).len(),
            0
        );
        assert_eq!(
            cards(&Document::from(one.as_str()), Some("example.com"), &c()).len(),
            0
        );
        // Items linking to other sites: a list the story makes.
        let shop = format!(
            "<html><body>{STORY}{}{}</body></html>",
            teaser(1, "https://shop.example.org/a"),
            teaser(2, "https://shop.example.org/b")
        );
        assert_eq!(
            cards(&Document::from(shop.as_str()), Some("example.com"), &c()).len(),
            0
        );
        // Sections that each link to a page of their own, marked differently, are not a list.
        let landing = format!(
            "<html><body>{STORY}{}{}</body></html>",
            teaser(1, "/a/").replace("class=t", "class=network"),
            teaser(2, "/b/").replace("class=t", "class=programs")
        );
        assert_eq!(
            cards(&Document::from(landing.as_str()), Some("example.com"), &c()).len(),
            0
        );
        // A story that is a list has its own text beside the items.
        let roundup = format!(
            "<html><body><h1>This week</h1><div class=body><p>Here is what we read this week, from ferries to libraries, with a note on each.</p>{}{}</div></body></html>",
            teaser(1, "/a/"),
            teaser(2, "/b/")
        );
        assert_eq!(
            cards(&Document::from(roundup.as_str()), Some("example.com"), &c()).len(),
            0
        );
        // Linked subheadings that are siblings in the story's body are not cards.
        let sections = "<html><body><div><h2><a href=/a>Part one</a></h2><p>Text one.</p><h2><a href=/b>Part two</a></h2><p>Text two.</p></div></body></html>";
        assert_eq!(
            cards(&Document::from(sections), Some("example.com"), &c()).len(),
            0
        );
    }
}
