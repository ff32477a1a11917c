//! The story a client-rendered page carries in its data: Next.js's `__NEXT_DATA__` and
//! other JSON a page embeds for its scripts (`<script type="application/json">`).
//!
//! Such pages send the headline and an empty shell, or the first paragraph and a paywall,
//! and render the story from that data in the browser. The story is the data's longest run
//! of prose: an array whose items are paragraphs (strings, or blocks with a `text`,
//! `content` or `html` field), or one string of HTML paragraphs. Items that are links to
//! other stories (a block with a `url`) and ad slots carry no prose of their own there and
//! are left out.

use dom_query::Document;
use serde_json::Value;

use super::density::letters;

/// The embedded JSON searched: Next.js's page props and other JSON for scripts.
const SCRIPTS: &str = "script#__NEXT_DATA__, script[type='application/json']";

/// Fewer letters than this is not a story (a teaser, a caption, a menu).
const MIN_LETTERS: usize = 300;

/// A block with fewer letters than this is not prose (a label, a slug, a name).
const MIN_BLOCK_LETTERS: usize = 25;

/// A script larger than this is not parsed (bytes): a page built to be slow is not.
const MAX_SCRIPT_BYTES: usize = 8 << 20;

/// How deep the data is searched: page props nest a story a few levels down.
const MAX_DEPTH: usize = 24;

/// Fields of a block that hold its text, in order of preference.
const TEXT_FIELDS: &[&str] = &["text", "content", "html", "body", "value", "paragraph"];

/// Fields that make a block a link to something else (a related story, a teaser).
const LINK_FIELDS: &[&str] = &["url", "href", "link", "path", "slug"];

/// The story found in the page's embedded data.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    /// The story as HTML paragraphs (headings and quotes kept as such), to be converted and
    /// sanitised like any other HTML.
    pub html: String,
    /// Its plain text, for comparing with what readability found.
    pub text: String,
}

/// The longest run of prose in the page's embedded data, if it is long enough to be a story.
pub fn story(doc: &Document) -> Option<Story> {
    let mut best: Option<Vec<Block>> = None;
    for script in doc.select(SCRIPTS).nodes() {
        let raw = script.text();
        if raw.len() > MAX_SCRIPT_BYTES {
            continue;
        }
        let Ok(v) = serde_json::from_str::<Value>(raw.trim()) else {
            continue;
        };
        search(&v, 0, &mut best);
    }
    let blocks = best?;
    let text = blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    (letters(&text) >= MIN_LETTERS).then(|| Story {
        html: blocks.iter().map(Block::html).collect(),
        text,
    })
}

/// One block of the story.
#[derive(Debug, Clone)]
struct Block {
    /// `p`, `h2` or `blockquote`; `None` for a string of HTML taken as it is.
    tag: Option<&'static str>,
    /// The block's source: plain text, or HTML when `tag` is `None`.
    source: String,
    /// Its text without markup.
    text: String,
}

impl Block {
    fn html(&self) -> String {
        match self.tag {
            Some(t) => format!("<{t}>{}</{t}>", html_escape::encode_text(&self.source)),
            None => self.source.clone(),
        }
    }
}

/// Keeps in `best` the run of prose with the most letters found under `v`.
fn search(v: &Value, depth: usize, best: &mut Option<Vec<Block>>) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Array(items) => {
            let blocks: Vec<Block> = items.iter().filter_map(block).collect();
            // Two paragraphs at least: one is a summary or a caption.
            if blocks.len() >= 2 {
                consider(best, blocks);
            }
            for i in items {
                search(i, depth + 1, best);
            }
        }
        Value::Object(map) => {
            for (_, x) in map {
                if let Value::String(s) = x
                    && is_html(s)
                    && s.matches("</p>").count() >= 2
                {
                    consider(
                        best,
                        vec![Block {
                            tag: None,
                            text: strip_tags(s),
                            source: s.clone(),
                        }],
                    );
                }
                search(x, depth + 1, best);
            }
        }
        _ => {}
    }
}

/// Keeps `blocks` in `best` when they hold more letters.
fn consider(best: &mut Option<Vec<Block>>, blocks: Vec<Block>) {
    let size = |b: &[Block]| b.iter().map(|x| letters(&x.text)).sum::<usize>();
    if best.as_deref().is_none_or(|b| size(&blocks) > size(b)) {
        *best = Some(blocks);
    }
}

/// An array item as a block of prose, if it is one.
fn block(item: &Value) -> Option<Block> {
    let (s, kind) = match item {
        Value::String(s) => (s.as_str(), ""),
        Value::Object(map) => {
            if LINK_FIELDS
                .iter()
                .any(|f| map.get(*f).is_some_and(Value::is_string))
            {
                return None;
            }
            let s = TEXT_FIELDS
                .iter()
                .find_map(|f| map.get(*f).and_then(Value::as_str))?;
            let kind = ["type", "kind", "_type", "__typename"]
                .iter()
                .find_map(|f| map.get(*f).and_then(Value::as_str))
                .unwrap_or("");
            (s, kind)
        }
        _ => return None,
    };
    let text = if is_html(s) {
        strip_tags(s)
    } else {
        s.trim().to_string()
    };
    let kind = kind.to_ascii_lowercase();
    let heading = kind.contains("head") || kind.contains("title");
    // A heading is short; anything else must read as prose.
    if letters(&text) < if heading { 3 } else { MIN_BLOCK_LETTERS } || !has_words(&text) {
        return None;
    }
    let tag = if is_html(s) {
        None
    } else if heading {
        Some("h2")
    } else if kind.contains("quote") {
        Some("blockquote")
    } else {
        Some("p")
    };
    Some(Block {
        tag,
        source: s.to_string(),
        text,
    })
}

/// Whether a string is markup: it opens and closes an element.
fn is_html(s: &str) -> bool {
    s.contains("</") && s.contains('<')
}

/// The text of an HTML fragment.
fn strip_tags(s: &str) -> String {
    Document::from(s)
        .select("body")
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prose has spaces between words, or is in a script written without them; an identifier,
/// a URL or a hash has neither.
fn has_words(s: &str) -> bool {
    s.split_whitespace().count() >= 3 || s.chars().any(super::html::is_spaceless_script)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(data: &str) -> Document {
        Document::from(format!(
            "<html><body><h1>Headline</h1><script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script></body></html>"
        ))
    }

    const P1: &str = "The council approved a plan on Thursday to plant twenty thousand trees in the districts with the least shade before the end of the decade.";
    const P2: &str = "The trees will be planted mostly in autumn and winter, so that their roots settle before the heat, and new drip irrigation will be laid.";
    const P3: &str = "The opposition said the plan did not say who would look after the trees once they were planted, and asked for a yearly report on them.";

    #[test]
    fn typed_blocks_become_paragraphs_without_ads_or_links() {
        let data = serde_json::json!({"props": {"pageProps": {"article": {"body": [
            {"type": "paragraph", "text": P1},
            {"type": "ad", "slot": "mpu1"},
            {"type": "heading", "text": "What it costs"},
            {"type": "paragraph", "text": P2},
            {"type": "related", "title": "Another story about trees in the city", "url": "/other"},
            {"type": "quote", "text": P3},
        ]}, "menu": [{"label": "News", "url": "/news"}]}}});
        let s = story(&page(&data.to_string())).expect("story");
        assert_eq!(
            s.html,
            format!("<p>{P1}</p><h2>What it costs</h2><p>{P2}</p><blockquote>{P3}</blockquote>")
        );
        assert!(!s.text.contains("Another story"));
    }

    #[test]
    fn a_string_of_html_paragraphs_is_taken_as_it_is() {
        let body = format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p>");
        let data = serde_json::json!({"props": {"story": {"bodyHtml": body, "teaser": P1}}});
        let s = story(&page(&data.to_string())).expect("story");
        assert_eq!(s.html, body);
        assert!(s.text.starts_with("The council approved"));
    }

    #[test]
    fn menus_short_data_and_bad_json_give_nothing() {
        let menu = serde_json::json!({"props": {"menu": ["News", "Sport", "Weather", "Opinion"]}});
        assert_eq!(story(&page(&menu.to_string())), None);
        let short = serde_json::json!({"props": {"body": [P1, P2]}});
        assert_eq!(
            story(&page(&short.to_string())),
            None,
            "under a story's length"
        );
        assert_eq!(story(&page("{not json")), None);
        let ids = serde_json::json!({"ids": ["a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6", "a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6x"]});
        assert_eq!(story(&page(&ids.to_string())), None);
    }

    #[test]
    fn the_longest_run_wins() {
        let data = serde_json::json!({"a": [P1, P2, P3], "b": [P1, P2, P3, P1]});
        let s = story(&page(&data.to_string())).expect("story");
        assert_eq!(s.text.matches("council").count(), 2);
    }
}
