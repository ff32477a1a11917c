//! Where the page's own markup says its story is: schema.org's `articleBody` (microdata,
//! RDFa or JSON-LD), the one `<article>` that holds the headline, and failing those the
//! block under the headline.
//!
//! Readability scores blocks by their text and class names, and on some layouts another
//! block outscores the story: a long comment thread, a rail of teasers with summaries, the
//! next story a news site appends below, or one of the widgets an article is split into.
//! Publishers declare the story's body for search engines, and that declaration does not
//! depend on layout, so it is the check on readability's pick: when the pick is mostly
//! outside the declared body, or holds only a small part of it, the declared body is taken.

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef};

use super::clean::key;
use super::density::letters;

/// Which declaration found the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// An element marked `itemprop="articleBody"` (or RDFa `property="articleBody"`).
    Microdata,
    /// The element holding the paragraphs of JSON-LD's `articleBody`.
    JsonLd,
    /// JSON-LD's `articleBody` text itself, which the page does not show as paragraphs.
    JsonLdText,
    /// The only `<article>` element with the headline in it.
    Article,
    /// The largest block around the headline's heading that holds no other story's
    /// headline (pages without `<article>` that show a second story).
    Heading,
}

/// The story as the page declares it.
#[derive(Debug, Clone)]
pub struct Anchor {
    /// Outer HTML of the declared block (for [`Source::JsonLdText`], paragraphs made of the text).
    pub html: String,
    /// What declared it.
    pub source: Source,
    /// Its text, for a first comparison before it is converted.
    pub text: String,
    /// The text of each other story the page shows in full beside it (another `<article>`
    /// with its own headline: the next story an infinite-scroll page loads inline).
    pub others: Vec<String>,
}

/// Fewer letters than this in a declared body is a teaser or an empty template slot.
const MIN_LETTERS: usize = 200;

/// The share of JSON-LD `articleBody` that must be found in the page's paragraphs for the
/// element holding them to stand for it.
const JSON_LD_FOUND: f64 = 0.5;

/// The share of the found paragraphs the element standing for JSON-LD's body must hold.
const JSON_LD_HELD: f64 = 0.85;

/// The most bytes of JSON-LD body searched in all (blocks × body length): a long article
/// with a thousand paragraphs is about 40 MB.
const MAX_SEARCH_BYTES: usize = 200_000_000;

/// A paragraph shorter than this (letters) is too slight to place in JSON-LD's body.
const MIN_BLOCK_LETTERS: usize = 20;

/// The story's block as the page declares it, if it declares one. `body` is JSON-LD's
/// `articleBody`; `headlines` are the titles the page gives (`og:title`, JSON-LD `headline`,
/// `<title>`), with which the `<article>` holding the story is told from teasers.
pub fn find(doc: &Document, body: Option<&str>, headlines: &[&str]) -> Option<Anchor> {
    microdata(doc)
        .map(|node| Anchor {
            html: node.html().to_string(),
            text: node.text().to_string(),
            source: Source::Microdata,
            others: Vec::new(),
        })
        .or_else(|| body.and_then(|b| json_ld(doc, b)))
        .or_else(|| {
            article(doc, headlines).map(|node| Anchor {
                html: node.html().to_string(),
                text: node.text().to_string(),
                source: Source::Article,
                others: other_articles(doc, &node),
            })
        })
        .or_else(|| {
            let block = headed(doc, headlines);
            // A block around the headline holding no story of its own (its header alone):
            // the next story sits inside the same container as this one's body.
            if block.as_ref().is_none_or(|b| !holds_story(b))
                && let Some((html, rest)) = until_next_story(doc, headlines)
            {
                let text_of = |h: &str| Document::from(h).select("body").text().to_string();
                return Some(Anchor {
                    text: text_of(&html),
                    html,
                    source: Source::Heading,
                    others: vec![text_of(&rest)],
                });
            }
            block
                .or_else(|| under_headline(doc, headlines))
                .map(|node| Anchor {
                    html: node.html().to_string(),
                    text: node.text().to_string(),
                    source: Source::Heading,
                    others: Vec::new(),
                })
        })
}

/// Whether `h` is another story's headline beside `title`: a heading of three words or more,
/// not one of the page's headlines, in the headline's template (sharing a class with it; a
/// blog's `<h1>`s styling captions inside the story have their own).
fn is_next_story(h: &NodeRef, title: &NodeRef, wanted: &[String]) -> bool {
    let classes = |n: &NodeRef| -> Vec<String> {
        n.attr("class")
            .map(|c| c.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default()
    };
    let mine = classes(title);
    h.id != title.id
        && h.text().split_whitespace().count() >= 3
        && !is_headline(h, wanted)
        && classes(h).iter().any(|c| mine.contains(c))
}

/// Whether a block holds [`STORY_PARAGRAPHS`] paragraphs of running text.
fn holds_story(node: &NodeRef) -> bool {
    node.descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| &*n == "p"))
        .filter(|p| letters(&p.text()) >= STORY_PARAGRAPH_LETTERS)
        .take(STORY_PARAGRAPHS)
        .count()
        >= STORY_PARAGRAPHS
}

/// The page from the smallest block holding the headline's `<h1>` and the next story's
/// `<h1>` (one of three words or more that is not a headline of this page), cut where the
/// next story begins: a theme that appends the next posts inside the story's container.
/// Also gives the rest of that block, from the next story's headline on.
fn until_next_story(doc: &Document, headlines: &[&str]) -> Option<(String, String)> {
    let wanted = wanted_keys(headlines);
    let (title, nodes) = headline_heading(doc, headlines)?;
    if title.node_name().as_deref() != Some("h1") {
        return None;
    }
    let order: HashMap<NodeId, usize> = doc
        .select("body")
        .nodes()
        .first()?
        .descendants_it()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect();
    let at = |n: &NodeRef| order.get(&n.id).copied();
    let start = at(&title)?;
    let next = nodes
        .iter()
        .filter(|h| h.node_name().as_deref() == Some("h1") && at(h).is_some_and(|i| i > start))
        .find(|h| is_next_story(h, &title, &wanted))?;
    let common = title.ancestors_it(None).find(|a| is_ancestor(a, next))?;
    let whole = common.html().to_string();
    let from = whole.find(&*title.html())?;
    let cut = from + whole[from..].find(&*next.html())?;
    let (html, rest) = whole.split_at(cut);
    (letters(html) >= MIN_LETTERS).then(|| (html.to_string(), rest.to_string()))
}

/// The largest element marked as the article's body, unless the page marks several (a
/// listing marks every teaser) or it is too short to be a story.
fn microdata(doc: &Document) -> Option<NodeRef<'_>> {
    let marked = doc.select(
        "body [itemprop~='articleBody'], body [property~='articleBody'], body [property~='schema:articleBody']",
    );
    let nodes = marked.nodes();
    // Outermost only: a body marked twice (a wrapper and its inner block) is one body.
    let outer: Vec<&NodeRef> = nodes
        .iter()
        .filter(|n| !nodes.iter().any(|o| o.id != n.id && is_ancestor(o, n)))
        .collect();
    let [only] = outer.as_slice() else {
        return None;
    };
    (letters(&only.text()) >= MIN_LETTERS).then_some(**only)
}

/// The element holding the page's paragraphs that JSON-LD's `articleBody` states, or that
/// text as paragraphs when the page does not show it in paragraphs.
fn json_ld(doc: &Document, body: &str) -> Option<Anchor> {
    let want = key(body);
    if letters(&want) < MIN_LETTERS {
        return None;
    }
    let mut score: HashMap<NodeId, usize> = HashMap::new();
    let mut found = 0;
    let blocks = doc.select("body p, body li, body blockquote, body h2, body h3, body pre");
    // Each block is searched for in the whole body: bounded, so a page built to be slow
    // (thousands of blocks and a huge body) is not.
    if blocks.nodes().len().saturating_mul(want.len()) > MAX_SEARCH_BYTES {
        return None;
    }
    for b in blocks.nodes() {
        let k = key(&b.text());
        if letters(&k) < MIN_BLOCK_LETTERS || !want.contains(&k) {
            continue;
        }
        found += k.len();
        for a in b.ancestors_it(None) {
            *score.entry(a.id).or_default() += k.len();
        }
    }
    if (found as f64) < want.len() as f64 * JSON_LD_FOUND {
        return Some(Anchor {
            html: paragraphs_of(body),
            text: body.to_string(),
            source: Source::JsonLdText,
            others: Vec::new(),
        });
    }
    let need = (found as f64 * JSON_LD_HELD).ceil() as usize;
    // The deepest element holding enough of them: its ancestors only add furniture.
    let mut best: Option<(usize, NodeRef)> = None;
    for b in blocks.nodes() {
        let chain: Vec<NodeRef> = b.ancestors_it(None).collect();
        for (depth, a) in chain.iter().rev().enumerate() {
            if score.get(&a.id).is_some_and(|&s| s >= need)
                && best.as_ref().is_none_or(|(d, _)| depth > *d)
            {
                best = Some((depth, *a));
            }
        }
    }
    best.map(|(_, node)| Anchor {
        html: node.html().to_string(),
        text: node.text().to_string(),
        source: Source::JsonLd,
        others: Vec::new(),
    })
}

/// JSON-LD's plain text as HTML paragraphs (its line breaks are the paragraph breaks); some
/// publishers put the body's HTML there, which is taken as it is (it is converted and
/// sanitised like any other).
fn paragraphs_of(text: &str) -> String {
    if text.contains("</p>") || text.contains("<br") {
        return text.to_string();
    }
    text.split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", html_escape::encode_text(p)))
        .collect()
}

/// The one `<article>` element (not inside another) whose `<h1>` or `<h2>` is one of the
/// page's headlines.
fn article<'a>(doc: &'a Document, headlines: &[&str]) -> Option<NodeRef<'a>> {
    let wanted = wanted_keys(headlines);
    if wanted.is_empty() {
        return None;
    }
    let articles = doc.select("body article");
    let mut holding = articles.nodes().iter().filter(|a| {
        a.descendants_it()
            .filter(|d| d.node_name().is_some_and(|n| &*n == "h1" || &*n == "h2"))
            .take(3)
            .any(|h| is_headline(&h, &wanted))
    });
    let first = holding.next()?;
    // A second one holding the headline (the story repeated in a teaser): no single answer.
    if holding.any(|a| !is_ancestor(first, a) && !is_ancestor(a, first)) {
        return None;
    }
    // An `<article>` holding other stories' headlines too (a theme that appends the next
    // posts inside it) is a feed, not the story: the block under the headline is looked for.
    let h1s: Vec<NodeRef> = first
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| &*n == "h1"))
        .collect();
    if let Some(title) = h1s.iter().find(|h| is_headline(h, &wanted))
        && h1s.iter().any(|h| is_next_story(h, title, &wanted))
    {
        return None;
    }
    (letters(&first.text()) >= MIN_LETTERS).then_some(*first)
}

/// The other outermost `<article>` elements headed like a story (an `<h1>` or `<h2>` of
/// three words or more) and long enough to be one.
fn other_articles(doc: &Document, story: &NodeRef) -> Vec<String> {
    doc.select("body article")
        .nodes()
        .iter()
        .filter(|a| a.id != story.id && !is_ancestor(a, story) && !is_ancestor(story, a))
        .filter(|a| {
            a.descendants_it()
                .filter(|d| d.node_name().is_some_and(|n| &*n == "h1" || &*n == "h2"))
                .any(|h| h.text().split_whitespace().count() >= 3)
        })
        .map(|a| a.text().to_string())
        .filter(|t| letters(t) >= MIN_LETTERS)
        .collect()
}

/// Readability's pick holds at least this share of another story to have taken it in.
pub const OTHER_STORY_HELD: f64 = 0.6;

/// Whether readability's pick holds the story and, beside it, most of another story the page
/// shows in full (`o` measures the pick against the story).
pub fn holds_another_story(anchor: &Anchor, kept: &[String], o: Overlap) -> bool {
    o.covered >= MIN_COVERED
        && anchor
            .others
            .iter()
            .any(|t| overlap(kept, std::slice::from_ref(t)).covered >= OTHER_STORY_HELD)
}

/// The page's first `<h1>`–`<h3>` reading as one of `headlines`, and all its `<h1>`–`<h3>`.
fn headline_heading<'a>(
    doc: &'a Document,
    headlines: &[&str],
) -> Option<(NodeRef<'a>, Vec<NodeRef<'a>>)> {
    let wanted = wanted_keys(headlines);
    if wanted.is_empty() {
        return None;
    }
    let nodes = doc.select("body h1, body h2, body h3").nodes().to_vec();
    let title = *nodes.iter().find(|h| is_headline(h, &wanted))?;
    Some((title, nodes))
}

/// The largest block around the first `<h1>`–`<h3>` that is one of the page's headlines
/// holding no other story's headline: a heading of the same level that is an `<h1>` or a
/// link (a subheading of the story itself is neither). None when nothing else on the page
/// is headed like a story (there is nothing to tell apart).
fn headed<'a>(doc: &'a Document, headlines: &[&str]) -> Option<NodeRef<'a>> {
    let (title, nodes) = headline_heading(doc, headlines)?;
    let level = title.node_name()?;
    let others: Vec<&NodeRef> = nodes
        .iter()
        .filter(|h| h.id != title.id && h.node_name().as_deref() == Some(&*level))
        .filter(|h| h.text().split_whitespace().count() >= 3)
        .filter(|h| {
            &*level == "h1"
                || h.descendants_it()
                    .any(|d| d.node_name().is_some_and(|n| &*n == "a"))
        })
        .collect();
    if others.is_empty() {
        return None;
    }
    let mut best = None;
    for a in title.ancestors_it(None) {
        if a.node_name()
            .is_some_and(|n| &*n == "body" || &*n == "html")
            || others.iter().any(|o| is_ancestor(&a, o))
        {
            break;
        }
        best = Some(a);
    }
    best.filter(|b| letters(&b.text()) >= MIN_LETTERS)
}

/// The smallest block around the page's headline (its first `<h1>`–`<h3>` reading as one
/// of `headlines`) holding [`STORY_PARAGRAPHS`] paragraphs of running text: where the story
/// is on a page whose markup declares nothing else. A header holding the headline and a
/// standfirst is too small, so the block reaches the story's body.
fn under_headline<'a>(doc: &'a Document, headlines: &[&str]) -> Option<NodeRef<'a>> {
    let (title, _) = headline_heading(doc, headlines)?;
    title
        .ancestors_it(None)
        .take_while(|a| {
            a.node_name()
                .is_some_and(|n| &*n != "body" && &*n != "html")
        })
        .find(|a| {
            a.descendants_it()
                .filter(|d| d.node_name().is_some_and(|n| &*n == "p"))
                .filter(|p| letters(&p.text()) >= STORY_PARAGRAPH_LETTERS)
                .take(STORY_PARAGRAPHS)
                .count()
                >= STORY_PARAGRAPHS
        })
}

/// Paragraphs of running text that make a story's body, not a header's standfirst.
const STORY_PARAGRAPHS: usize = 3;

/// Letters in a paragraph of running text.
pub(super) const STORY_PARAGRAPH_LETTERS: usize = 80;

/// Keys of the page's headlines long enough to recognise.
fn wanted_keys(headlines: &[&str]) -> Vec<String> {
    headlines
        .iter()
        .map(|h| key(h))
        .filter(|k| letters(k) >= 10)
        .collect()
}

/// Whether heading `h` reads as one of the `wanted` headlines.
fn is_headline(h: &NodeRef, wanted: &[String]) -> bool {
    let k = key(&h.text());
    letters(&k) >= 10 && wanted.iter().any(|w| *w == k || headline_in(w, &k))
}

/// Whether `title` (a `<title>` or social title, perhaps with the site's name) begins or ends
/// with the heading `h`.
fn headline_in(title: &str, h: &str) -> bool {
    h.len() * 2 >= title.len() && (title.starts_with(h) || title.ends_with(h))
}

fn is_ancestor(a: &NodeRef, b: &NodeRef) -> bool {
    b.ancestors_it(None).any(|x| x.id == a.id)
}

/// How much two texts share, by words (characters for scripts written without spaces).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Overlap {
    /// The share of the first text's words that are in the second.
    pub inside: f64,
    /// The share of the second text's words that are in the first.
    pub covered: f64,
}

/// The overlap of `got` with `declared`.
pub fn overlap(got: &[String], declared: &[String]) -> Overlap {
    let a = words(got);
    let b = words(declared);
    let shared: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    let total = |m: &HashMap<String, usize>| m.values().sum::<usize>().max(1) as f64;
    Overlap {
        inside: shared as f64 / total(&a),
        covered: shared as f64 / total(&b),
    }
}

fn words(blocks: &[String]) -> HashMap<String, usize> {
    let mut m: HashMap<String, usize> = HashMap::new();
    for b in blocks {
        for w in key(b).split(' ').filter(|w| !w.is_empty()) {
            if w.chars().any(super::html::is_spaceless_script) {
                for c in w.chars() {
                    *m.entry(c.to_string()).or_default() += 1;
                }
            } else {
                *m.entry(w.to_string()).or_default() += 1;
            }
        }
    }
    m
}

/// Readability's pick holds at least this share of the declared body's words, or it picked
/// a fragment of the story or another block.
pub const MIN_COVERED: f64 = 0.7;

/// Readability's pick holds at least this share of its words inside the declared body, or it
/// is mostly something else (a comment thread or the next story beside the body). A pick
/// that holds the body and somewhat more is left alone: a body declared in part (a teaser in
/// JSON-LD, a marked first section) must not cut the rest of the story.
pub const MIN_INSIDE: f64 = 0.35;

/// Whether the declared body should replace readability's pick: the pick holds too little of
/// the story, or is mostly not the story.
pub fn disagrees(o: Overlap) -> bool {
    o.covered < MIN_COVERED || o.inside < MIN_INSIDE
}

/// Whether the declared block may replace readability's pick `o` measures against it
/// (for a declared body, [`disagrees`]; for text the page does not show and for the
/// `<article>`, only a pick mostly elsewhere).
pub fn may_replace(source: Source, o: Overlap) -> bool {
    match source {
        Source::Microdata | Source::JsonLd => disagrees(o),
        // Text the page does not show: also when the pick is a part of it (the first
        // paragraph above a paywall, the rest only in the page's data).
        Source::JsonLdText => o.inside < MIN_INSIDE || is_fragment(o),
        Source::Article | Source::Heading => o.inside < MIN_INSIDE,
    }
}

/// A pick whose words are at least this share inside the declared text...
pub const FRAGMENT_INSIDE: f64 = 0.6;

/// ...and hold less than this share of it is a fragment of the story.
pub const FRAGMENT_COVERED: f64 = 0.5;

/// Whether readability's pick is a fragment of the declared text: mostly made of it, and
/// holding a small part of it.
pub fn is_fragment(o: Overlap) -> bool {
    o.inside >= FRAGMENT_INSIDE && o.covered < FRAGMENT_COVERED
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(words: &str, n: usize) -> String {
        (0..n).map(|i| format!("<p>{words} {i}.</p>")).collect()
    }

    #[test]
    fn microdata_marks_the_body_once() {
        let story = para(
            "The council voted to reopen the old harbour bridge next spring",
            5,
        );
        let html = format!(
            "<html><body><div itemprop=articleBody>{story}</div><div class=comments>{}</div></body></html>",
            para("I disagree with the council about this", 20)
        );
        let a = find(&Document::from(html.as_str()), None, &[]).unwrap();
        assert_eq!(a.source, Source::Microdata);
        assert!(a.html.contains("harbour") && !a.html.contains("disagree"));
        // A listing marks every teaser: no single body.
        let listing = format!(
            "<html><body><div itemprop=articleBody>{story}</div><div itemprop=articleBody>{story}</div></body></html>"
        );
        assert!(find(&Document::from(listing.as_str()), None, &[]).is_none());
    }

    #[test]
    fn json_ld_body_finds_its_paragraphs_or_stands_alone() {
        let text = "The council voted to reopen the old harbour bridge next spring, after two years of repairs.\nTraders welcomed the decision and said footfall had halved since the closure began in March.\nThe ferry that replaced the bridge will keep running on weekends until the end of the summer season.";
        let html = format!(
            "<html><body><main><div class=story><p>The council voted to reopen the old harbour bridge next spring, after two years of repairs.</p><p>Traders welcomed the decision and said footfall had halved since the closure began in March.</p><p>The ferry that replaced the bridge will keep running on weekends until the end of the summer season.</p></div><div class=rail>{}</div></main></body></html>",
            para("Another story entirely about the weather", 10)
        );
        let a = find(&Document::from(html.as_str()), Some(text), &[]).unwrap();
        assert_eq!(a.source, Source::JsonLd);
        assert!(a.html.starts_with("<div class=\"story\">"), "{}", a.html);
        let bare = "<html><body><div id=app></div></body></html>";
        let a = find(&Document::from(bare), Some(text), &[]).unwrap();
        assert_eq!(a.source, Source::JsonLdText);
        assert_eq!(a.html.matches("<p>").count(), 3);
    }

    #[test]
    fn a_page_built_to_be_slow_is_not_searched() {
        let body = "word ".repeat(20_000);
        let html = format!(
            "<html><body>{}</body></html>",
            "<p>one more paragraph of words</p>".repeat(3000)
        );
        assert!(find(&Document::from(html.as_str()), Some(&body), &[]).is_none());
    }

    #[test]
    fn the_article_with_the_headline_not_the_next_story() {
        let html = format!(
            "<html><body><article><h1>Harbour bridge to reopen in spring</h1>{}</article>\
             <article><h1>Storm warning for the coast tonight</h1>{}</article></body></html>",
            para("The council voted to reopen the old harbour bridge", 4),
            para(
                "Forecasters expect gales along the coast well into Sunday morning",
                12
            )
        );
        let doc = Document::from(html.as_str());
        let a = find(
            &doc,
            None,
            &["Harbour bridge to reopen in spring | Coast News"],
        )
        .unwrap();
        assert_eq!(a.source, Source::Article);
        assert!(a.html.contains("council") && !a.html.contains("Forecasters"));
        assert!(find(&doc, None, &["Something else"]).is_none());
    }

    #[test]
    fn the_block_around_the_headline_without_the_next_story() {
        let html = format!(
            "<html><body><div class=wrap><div class=post><h2>Harbour bridge to reopen in spring</h2>{}             <h2>What the council said</h2>{}</div>             <div class=post><h2><a href=/storm>Storm warning for the coast tonight</a></h2>{}</div></div></body></html>",
            para("The council voted to reopen the old harbour bridge", 4),
            para("Councillors said the repairs were finished early", 2),
            para(
                "Forecasters expect gales along the coast well into Sunday morning",
                12
            )
        );
        let doc = Document::from(html.as_str());
        let a = find(&doc, None, &["Harbour bridge to reopen in spring"]).unwrap();
        assert_eq!(a.source, Source::Heading);
        assert!(a.html.contains("What the council said") && !a.html.contains("Forecasters"));
        // Nothing else headed like a story: nothing to tell apart.
        let single = format!(
            "<html><body><div><h2>Harbour bridge to reopen in spring</h2>{}<h2>What the council said</h2>{}</div></body></html>",
            para("The council voted to reopen the old harbour bridge", 4),
            para("Councillors said the repairs were finished early", 2)
        );
        assert!(
            find(
                &Document::from(single.as_str()),
                None,
                &["Harbour bridge to reopen in spring"]
            )
            .is_none()
        );
    }

    #[test]
    fn the_block_under_the_headline_reaches_the_storys_body() {
        let html = format!(
            "<html><body><div id=cols><div id=left><header><h1>Harbour bridge to reopen in spring</h1>\
             <p>A standfirst about the harbour bridge and its long closure, a sentence long.</p></header>\
             <div class=entry>{}</div></div><div id=right>{}</div></div></body></html>",
            para(
                "The council voted to reopen the old harbour bridge next spring after two years of repairs and delays",
                3
            ),
            para(
                "We are a small magazine run by volunteers in their spare time since 2011",
                6
            )
        );
        let doc = Document::from(html.as_str());
        let a = find(&doc, None, &["Harbour bridge to reopen in spring"]).unwrap();
        assert_eq!(a.source, Source::Heading);
        assert!(a.html.starts_with("<div id=\"left\">"), "{}", a.html);
        assert!(a.html.contains("council") && !a.html.contains("volunteers"));
        // A headline with no story under it anywhere on the page: nothing declared.
        let bare = "<html><body><div><h1>Harbour bridge to reopen in spring</h1><p>Short.</p></div></body></html>";
        assert!(
            find(
                &Document::from(bare),
                None,
                &["Harbour bridge to reopen in spring"]
            )
            .is_none()
        );
    }

    #[test]
    fn overlap_tells_a_fragment_and_another_block() {
        let story: Vec<String> = vec!["one two three four".into(), "five six seven eight".into()];
        let fragment = vec!["one two three four".to_string()];
        let other = vec!["nine ten eleven twelve".to_string()];
        let o = overlap(&fragment, &story);
        assert_eq!((o.inside, o.covered), (1.0, 0.5));
        assert!(disagrees(o));
        // The story and a little more (a body declared in part): left alone.
        let more: Vec<String> = story.iter().cloned().chain(other.clone()).collect();
        assert!(!disagrees(overlap(&more, &story)));
        assert!(disagrees(overlap(&other, &story)));
        assert!(!disagrees(overlap(&story, &story)));
    }
}
