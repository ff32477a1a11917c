//! Teaser cards: the other stories a page lists around its own ("More in Business", a
//! front page's river), each a small block holding one linked headline and a summary.
//!
//! Their summaries are paragraphs of real prose, so a list of them can outscore a short
//! story, and readability keeps the cards that share the story's column. The shape gives
//! them away whatever the markup calls them: a heading that is one link to another page of
//! the site, in the smallest block holding no other heading, with a short summary beside
//! it, repeated beside siblings marked up the same way. They are removed before readability
//! looks.

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef};

/// The most words of summary beside a card's headline.
const MAX_SUMMARY_WORDS: usize = 70;

/// Cards side by side that make a list of teasers (one alone may be the story's own).
const MIN_CARDS: usize = 2;

/// Removes the teaser cards in `doc`; `host` is the page's own host (cards link within the
/// site; a shopping list's items link elsewhere). Returns how many went.
pub fn remove(doc: &Document, host: Option<&str>) -> usize {
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
    let mut gone = 0;
    for cards in by_parent.values().filter(|c| c.len() >= MIN_CARDS) {
        for card in cards {
            card.remove_from_parent();
            gone += 1;
        }
    }
    gone
}

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

    const STORY: &str = "<h1>Ferry fares rise</h1><div class=text><p>Bayline Ferries will raise fares on all three routes by 12% from November, the company said.</p>\
        <p>A one-way ticket will rise from $6.50 to $7.30.</p></div>";

    fn teaser(n: usize, href: &str) -> String {
        format!(
            "<div class=t><h3><a href=\"{href}\">Other story {n}</a></h3><p>A summary of the other story number {n}, a sentence or two long.</p></div>"
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
        assert_eq!(remove(&doc, Some("example.com")), 3);
        let text = doc.select("body").text();
        assert!(text.contains("Bayline") && text.contains("$7.30"));
        assert!(!text.contains("Other story") && !text.contains("summary"));
    }

    #[test]
    fn a_lone_card_a_shopping_list_and_the_storys_own_sections_stay() {
        // One linked headline beside the story: maybe the story's own.
        let one = format!("<html><body>{STORY}{}</body></html>", teaser(1, "/b/1/"));
        assert_eq!(
            remove(&Document::from(one.as_str()), Some("example.com")),
            0
        );
        // Items linking to other sites: a list the story makes.
        let shop = format!(
            "<html><body>{STORY}{}{}</body></html>",
            teaser(1, "https://shop.example.org/a"),
            teaser(2, "https://shop.example.org/b")
        );
        assert_eq!(
            remove(&Document::from(shop.as_str()), Some("example.com")),
            0
        );
        // Sections that each link to a page of their own, marked differently, are not a list.
        let landing = format!(
            "<html><body>{STORY}{}{}</body></html>",
            teaser(1, "/a/").replace("class=t", "class=network"),
            teaser(2, "/b/").replace("class=t", "class=programs")
        );
        assert_eq!(
            remove(&Document::from(landing.as_str()), Some("example.com")),
            0
        );
        // Linked subheadings that are siblings in the story's body are not cards.
        let sections = "<html><body><div><h2><a href=/a>Part one</a></h2><p>Text one.</p><h2><a href=/b>Part two</a></h2><p>Text two.</p></div></body></html>";
        assert_eq!(remove(&Document::from(sections), Some("example.com")), 0);
    }
}
