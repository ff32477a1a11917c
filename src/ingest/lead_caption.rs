//! The caption of the lead figure: the photograph a page sets between its headline and its
//! story, in the article's header, where readability does not look.
//!
//! A caption is part of the story (it says who and where); one inside the story's block is
//! kept with it, but a lead figure outside that block loses its caption. The lead figure
//! is the first `<figure>` with a `<figcaption>` after the page's `<h1>` and before the
//! story begins (the first paragraph of running text): a figure further down is in the
//! story or in a sidebar, and is left to readability.

use dom_query::{Document, NodeRef};

use super::anchor::STORY_PARAGRAPH_LETTERS;
use super::density::letters;

/// A caption shorter than this (letters) says nothing ("Photo", "1/12").
const MIN_LETTERS: usize = 15;

/// A caption longer than this (letters) is not one (a teaser's summary in a figure).
const MAX_LETTERS: usize = 600;

/// The lead figure's caption, if the page has one.
pub struct LeadCaption {
    /// The caption as an HTML paragraph.
    pub html: String,
    /// The text of a standfirst the page sets above the figure: the caption follows it.
    pub after: Option<String>,
}

/// The lead figure's caption as an HTML paragraph, if the page has one.
pub fn find(doc: &Document) -> Option<String> {
    find_placed(doc).map(|c| c.html)
}

/// The lead figure's caption and the standfirst it follows, if the page has one.
pub fn find_placed(doc: &Document) -> Option<LeadCaption> {
    let h1 = doc.select("body h1").nodes().first().copied()?;
    let mut after = false;
    let mut standfirst = None;
    for node in doc.select("body").nodes().first()?.descendants_it() {
        if node.id == h1.id {
            after = true;
            continue;
        }
        if !after || !node.is_element() {
            continue;
        }
        let name = node.node_name().unwrap_or_default();
        match &*name {
            "figure" => {
                return caption(&node).map(|html| LeadCaption {
                    html,
                    after: standfirst,
                });
            }
            "p" if !in_figure(&node) && letters(&node.text()) >= STORY_PARAGRAPH_LETTERS => {
                if !marked_standfirst(&node) {
                    return None;
                }
                standfirst = Some(node.text().to_string());
            }
            _ => {}
        }
    }
    None
}

fn caption(figure: &NodeRef) -> Option<String> {
    let cap = figure
        .descendants_it()
        .find(|d| d.node_name().is_some_and(|n| &*n == "figcaption"))?;
    let text = cap.text().split_whitespace().collect::<Vec<_>>().join(" ");
    let n = letters(&text);
    if !(MIN_LETTERS..=MAX_LETTERS).contains(&n) {
        return None;
    }
    // A link ending the caption is an action on the picture ("Purchase Licensing Rights",
    // "Enlarge"), not part of what it says.
    let inner = Document::from(format!("<p>{}</p>", cap.inner_html()));
    for a in inner.select("p > a:last-child").nodes() {
        let trailing = std::iter::successors(a.next_sibling(), |s| s.next_sibling())
            .all(|s| s.is_text() && s.text().trim().is_empty());
        if trailing {
            a.remove_from_parent();
        }
    }
    // The photographer's name, marked as such or in the AP/Arc form "(Name / Agency)".
    for span in inner.select("p span[class]").nodes() {
        let class = span.attr("class").unwrap_or_default().to_lowercase();
        if CREDIT_CLASSES.iter().any(|c| class.contains(c)) {
            span.remove_from_parent();
        }
    }
    let html = inner.select("p").html().to_string();
    Some(
        match html.trim_end_matches("</p>").trim_end().strip_suffix(')') {
            Some(open) => match open.rsplit_once('(') {
                Some((before, credit)) if credit.contains('/') && !credit.contains('<') => {
                    format!("{}</p>", before.trim_end())
                }
                _ => html,
            },
            None => html,
        },
    )
}

/// Class words of a caption's credit span.
const CREDIT_CLASSES: &[&str] = &[
    "author",
    "credit",
    "photographer",
    "copyright",
    "source",
    "fotograf",
    "autor",
];

/// Class words of a standfirst: a summary set above the lead photo is not the story
/// beginning ("<p class=lead>" before the figure, the story's block after it).
const STANDFIRST_WORDS: &[&str] = &["lead", "teaser", "standfirst", "intro", "deck", "summary"];

fn marked_standfirst(node: &NodeRef) -> bool {
    let class = node.attr("class").unwrap_or_default();
    class
        .split_whitespace()
        .flat_map(super::furniture::words)
        .any(|w| STANDFIRST_WORDS.contains(&w.as_str()))
}

fn in_figure(node: &NodeRef) -> bool {
    node.ancestors_it(None)
        .any(|a| a.node_name().is_some_and(|n| &*n == "figure"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "<p>The first paragraph of the story tells what happened on Monday in the city, who was there and what they saw.</p>";

    #[test]
    fn the_figure_between_headline_and_story_is_the_lead() {
        let doc = Document::from(format!(
            "<html><body><header><h1>Terminal opens</h1><figure><img src=a.jpg><figcaption>The new terminal on the pier.</figcaption></figure></header><div>{STORY}</div></body></html>"
        ));
        assert_eq!(
            find(&doc).as_deref(),
            Some("<p>The new terminal on the pier.</p>")
        );
    }

    #[test]
    fn an_action_link_ending_the_caption_is_left_out() {
        let doc = Document::from(format!(
            "<html><body><h1>Copper</h1><figure><img src=a.jpg><figcaption><span>Trucks carry ore at the <a href=/mine>mine</a>.</span> <a href=/licensing>Purchase Licensing Rights</a> </figcaption></figure>{STORY}</body></html>"
        ));
        assert_eq!(
            find(&doc).as_deref(),
            Some("<p><span>Trucks carry ore at the <a href=\"/mine\">mine</a>.</span>  </p>")
        );
    }

    #[test]
    fn the_photographers_credit_is_left_out() {
        for cap in [
            "Cranes at the east terminal on Monday. (Lena Fisk / Harbour Press)",
            "Cranes at the east terminal on Monday. <span class=author>Lena Fisk</span>",
        ] {
            let doc = Document::from(format!(
                "<html><body><h1>Port</h1><figure><img src=a.jpg><figcaption>{cap}</figcaption></figure>{STORY}</body></html>"
            ));
            let got = find(&doc).unwrap();
            assert!(!got.contains("Fisk"), "{got}");
            assert!(
                got.contains("Cranes at the east terminal on Monday."),
                "{got}"
            );
        }
        // A parenthesis that is part of what the caption says stays.
        let doc = Document::from(format!(
            "<html><body><h1>Port</h1><figure><img src=a.jpg><figcaption>The mayor (left) opens the terminal.</figcaption></figure>{STORY}</body></html>"
        ));
        assert!(find(&doc).unwrap().contains("(left)"));
    }

    #[test]
    fn a_standfirst_marked_as_such_before_the_figure_does_not_begin_the_story() {
        let lead = "Nach elf Monaten Bauzeit können Radfahrer und Fußgänger seit Freitag die neue Brücke benützen, die den Stadtteil mit dem Zentrum verbindet.";
        let fig = "<figure><img src=a.jpg><figcaption>Der Bürgermeister eröffnete die Brücke.</figcaption></figure>";
        let marked = Document::from(format!(
            "<html><body><h1>Brücke offen</h1><p class=lead><strong>{lead}</strong></p>{fig}{STORY}</body></html>"
        ));
        assert!(find(&marked).unwrap().contains("eröffnete die Brücke"));
        // The same paragraph unmarked is the story's first: the figure after it is not the lead.
        let plain = Document::from(format!(
            "<html><body><h1>Brücke offen</h1><p>{lead}</p>{fig}{STORY}</body></html>"
        ));
        assert_eq!(find(&plain), None);
    }

    #[test]
    fn figures_after_the_story_begins_or_without_captions_are_not() {
        let later = Document::from(format!(
            "<html><body><h1>Terminal opens</h1>{STORY}<figure><img src=a.jpg><figcaption>A figure inside the story itself.</figcaption></figure></body></html>"
        ));
        assert_eq!(find(&later), None);
        let bare = Document::from(format!(
            "<html><body><h1>Terminal opens</h1><figure><img src=a.jpg></figure>{STORY}</body></html>"
        ));
        assert_eq!(find(&bare), None);
        let no_h1 = Document::from(
            "<html><body><figure><img src=a.jpg><figcaption>A caption with no headline above it.</figcaption></figure></body></html>",
        );
        assert_eq!(find(&no_h1), None);
    }
}
