//! The standfirst: the sentence or two under the headline that sums up the story, which
//! pages set apart from the body (in the article header, beside the headline) where
//! readability does not look.
//!
//! The page states its own summary in its description (`og:description`, `description`,
//! `twitter:description`): when a visible block on the page says the same, that block is
//! the standfirst a reader sees, and it leads the article unless the body already holds it.

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef};

use super::clean::key;

/// Blocks that may hold a standfirst (the smallest one holding the text is taken).
const BLOCKS: &str = "body p, body h2, body h3, body h4, body div, body span, body strong, body em";

/// A description shorter than this (in letters) is too slight to identify a block.
const MIN_LETTERS: usize = 20;

/// A description cut short ("… the secret to its...") or stating only the first sentence
/// matches a block that goes on, when at least this many letters of it agree.
const MIN_PREFIX_LETTERS: usize = 40;

/// Elements inside which text is never the standfirst.
const NEVER_IN: &[&str] = &[
    "head", "script", "style", "noscript", "template", "a", "button", "nav", "footer", "form",
    "select", "option", "textarea", "title",
];

/// The outer HTML of the visible block that states the page's `description`, if any.
pub fn find(doc: &Document, description: &str) -> Option<String> {
    let want = key(description.trim_end_matches(['…', '.', ' ']));
    let cut = description.trim_end().ends_with('…') || description.trim_end().ends_with("...");
    // Letters, not words: a Chinese description is one or two "words" between punctuation.
    let letters = want.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < MIN_LETTERS {
        return None;
    }
    // Text bytes under each element, in one pass over the text, so that only blocks of about
    // the description's length have their text gathered (gathering every block's is quadratic).
    let mut sizes: HashMap<NodeId, usize> = HashMap::new();
    for t in doc
        .select("body")
        .nodes()
        .iter()
        .flat_map(|b| b.descendants_it())
    {
        if t.is_text() {
            let len = t.text().len();
            for a in t.ancestors_it(None) {
                *sizes.entry(a.id).or_default() += len;
            }
        }
    }
    let (low, high) = (want.len() / 2, want.len() * 3 + 64);
    let mut best: Option<NodeRef> = None;
    for node in doc.select(BLOCKS).nodes() {
        let size = sizes.get(&node.id).copied().unwrap_or(0);
        if size + 8 < low || size > high {
            continue;
        }
        let text = node.text();
        let got = key(&text);
        // A description is often the standfirst's first sentence or its first 150 letters,
        // cut with or without an ellipsis: a long enough prefix ending at a word identifies it.
        let same = got == want
            || (got.starts_with(&want)
                && letters >= MIN_PREFIX_LETTERS
                && (cut || got[want.len()..].starts_with(' ')));
        if !same || hidden_or_furniture(node) {
            continue;
        }
        // Later matches inside an earlier one are smaller: keep the innermost.
        if best
            .as_ref()
            .is_none_or(|b| node.ancestors_it(None).any(|a| a.id == b.id))
        {
            best = Some(*node);
        }
    }
    best.map(|b| b.html().to_string())
}

/// A standfirst under the headline has at least this many words (a byline or a kicker has
/// fewer) and at most [`DECK_MAX_WORDS`].
const DECK_MIN_WORDS: usize = 12;
const DECK_MAX_WORDS: usize = 80;

/// The block set right under the `<h1>` as its deck, when the page states no description
/// that finds one: the `<h1>`'s next element, an `<h2>` or a `<p>` of a sentence or two
/// (a subtitle in `<h2>` is the usual markup for a deck), with no links.
pub fn below_headline(doc: &Document) -> Option<Deck> {
    let h1 = doc.select("body h1").nodes().first().copied()?;
    let next = h1.next_element_sibling()?;
    let name = next.node_name()?;
    if !matches!(&*name, "h2" | "p") || hidden_or_furniture(&next) {
        return None;
    }
    let text = next.text().split_whitespace().collect::<Vec<_>>().join(" ");
    let words = super::html::word_count(&text);
    // Japanese releases and features set their subtitle between wave dashes ("〜…〜").
    let sentence = text.ends_with(['.', '!', '?', '。', '！', '？', '؟'])
        || (text.starts_with(['〜', '～']) && text.ends_with(['〜', '～']));
    let linked = next
        .descendants_it()
        .any(|d| d.node_name().is_some_and(|n| &*n == "a"));
    ((DECK_MIN_WORDS..=DECK_MAX_WORDS).contains(&words) && (sentence || &*name == "h2") && !linked)
        .then(|| Deck {
            headline: h1.text().split_whitespace().collect::<Vec<_>>().join(" "),
            // A paragraph, whatever the markup: a deck is no section heading.
            html: format!("<p>{}</p>", next.inner_html()),
        })
}

/// A deck under an `<h1>`.
pub struct Deck {
    /// The `<h1>`'s text: a blog's name over its tagline is no headline over a deck.
    pub headline: String,
    /// The deck's outer HTML.
    pub html: String,
}

/// Is the block (or an ancestor) hidden, or inside an element that never holds the story?
fn hidden_or_furniture(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(None))
        .any(|a| {
            a.node_name()
                .is_some_and(|n| NEVER_IN.iter().any(|x| n.eq_ignore_ascii_case(x)))
                || a.has_attr("hidden")
                || a.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true")
                || a.attr("style").is_some_and(|s| {
                    s.replace(' ', "")
                        .to_ascii_lowercase()
                        .contains("display:none")
                })
        })
}

/// Does `blocks` (the extracted body) already say `lead`?
pub fn already_in(lead: &str, blocks: &[String]) -> bool {
    let lead = key(lead);
    lead.is_empty() || key(&blocks.join(" ")).contains(&lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visible_block_stating_the_description_is_found() {
        let doc = Document::from(
            r#"<html><head><meta name="description" content="Rail links across Europe exist already."></head>
            <body><header><h1>Trains</h1><div class="intro"><p class="lead">Rail links across <b>Europe</b> exist already.</p></div></header>
            <article><p>Body text.</p></article></body></html>"#,
        );
        let got = find(&doc, "Rail links across Europe exist already.").unwrap();
        assert!(got.starts_with("<p class=\"lead\">"), "{got}");
        assert_eq!(find(&doc, "Something the page never shows at all."), None);
    }

    #[test]
    fn hidden_links_and_short_descriptions_do_not_count() {
        let doc = Document::from(
            r#"<body><p style="display:none">Rail links across Europe exist already.</p>
            <a href="/x"><p>Rail links across Europe exist already.</p></a><p>Short one.</p></body>"#,
        );
        assert_eq!(find(&doc, "Rail links across Europe exist already."), None);
        assert_eq!(find(&doc, "Short one."), None);
    }

    #[test]
    fn a_cut_description_matches_the_whole_block() {
        let doc = Document::from(
            "<body><h2>The rocky island of Redonda, once stripped of its flora and fauna, makes a quick comeback. What is the secret to its recovery?</h2></body>",
        );
        let desc = "The rocky island of Redonda, once stripped of its flora and fauna, makes a quick comeback. What is the secret to its...";
        assert!(find(&doc, desc).is_some());
        // The first sentence alone, as many pages' descriptions are; not a word's prefix.
        assert!(find(&doc, "The rocky island of Redonda, once stripped of its flora and fauna, makes a quick comeback.").is_some());
        assert_eq!(
            find(
                &doc,
                "The rocky island of Redonda, once stripped of its flora and fauna, makes a quick come"
            ),
            None
        );
        assert!(already_in(
            "Body text here",
            &["Some body text here and more".into()]
        ));
        assert!(!already_in("Rail links", &["Body text".into()]));
    }

    #[test]
    fn the_deck_right_under_the_headline_is_the_standfirst_without_a_description() {
        let deck = "The city bought forty electric buses for the busway, and they should be on the road by the end of March.";
        let doc = Document::from(format!(
            "<html><body><h1>Forty electric buses for the busway</h1><h2 class=spot>{deck}</h2><div><p>Body text.</p></div></body></html>"
        ));
        assert_eq!(
            below_headline(&doc).map(|d| d.html).as_deref(),
            Some(format!("<p>{deck}</p>").as_str())
        );
        // A Japanese subtitle between wave dashes is a deck, though no sentence.
        let ja = "〜県内の全駅で4月から交通系ICカードの利用が可能に、定期券の購入もスマートフォンだけで完結〜";
        let doc = Document::from(format!(
            "<html><body><h1>北陸鉄道、全線でIC乗車券に対応</h1><p class=sub>{ja}</p><div><p>本文。</p></div></body></html>"
        ));
        assert_eq!(
            below_headline(&doc).map(|d| d.html).as_deref(),
            Some(format!("<p>{ja}</p>").as_str())
        );
        for next in [
            "<p>By Anna Weber and Tom Jago, Daily News, 15 January 2025</p>",
            "<h2>Transport</h2>",
            "<p>Read our <a href=/live>live coverage of the storm as it happens across the country today</a>.</p>",
        ] {
            let doc = Document::from(format!(
                "<html><body><h1>Forty electric buses</h1>{next}<p>Body text.</p></body></html>"
            ));
            assert!(below_headline(&doc).is_none(), "{next}");
        }
    }
}
