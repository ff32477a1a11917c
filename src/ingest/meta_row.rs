//! Meta rows: the line under a headline or over a live-blog post that states when the story
//! was published, with its byline, reading time or comment count beside it ("15.01.2025,
//! 10:42 Uhr · 3 Min. Lesezeit", "14:32 Tom Jago", "mercoledì 15 gennaio 2025 ore 10:30"),
//! removed before readability looks for the article.
//!
//! Readability keeps such a row when it sits inside the story's container, and the text
//! cleaner's dateline rules know only the date forms they spell out. The row's shape is the
//! same on every site and in every language: a short `<div>` of short items (separate
//! elements, or one line of text), one of them a date or a clock time, none of them a
//! sentence. A `<p>` is left alone: stories put their own dated lines ("Termin: Samstag,
//! 18. Januar, 19 Uhr") in paragraphs. The date itself is read earlier, from the untouched
//! page.

use std::collections::HashSet;
use std::sync::LazyLock;

use dom_query::{Document, NodeId, NodeRef};
use regex::Regex;

use super::html::word_count;
use super::published;

/// A meta row is short: at most this many words in all.
const ROW_WORDS: usize = 20;

/// Each of its items (a date, a byline, "3 Min. Lesezeit") is shorter still.
const ITEM_WORDS: usize = 7;

/// An item this long that ends like a sentence is story text, not a label.
const SENTENCE_WORDS: usize = 5;

/// A clock time: "10:42", "10h30", "07:02".
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d:])(?:[01]?\d|2[0-3])(?::|h)[0-5]\d(?:$|[^\d])").expect("valid")
});

/// Elements that hold blocks of their own: a meta row has none inside it.
const BLOCKS: &[&str] = &[
    "div",
    "p",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "ul",
    "ol",
    "li",
    "dl",
    "table",
    "figure",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "form",
    "img",
    "picture",
    "video",
    "iframe",
];

/// Where a short dated line is content: headings, list items, table cells, captions, quotes.
const CONTENT: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "blockquote",
    "pre",
    "code",
    "table",
];

fn named(node: &NodeRef, names: &[&str]) -> bool {
    node.node_name()
        .is_some_and(|n| names.iter().any(|x| n.eq_ignore_ascii_case(x)))
}

/// Removes the meta rows from `doc`; returns how many.
pub fn remove(doc: &Document) -> usize {
    let doomed: Vec<NodeRef> = doc
        .select("body div, body time")
        .nodes()
        .iter()
        .filter(|n| (named(n, &["div"]) && is_meta_row(n)) || is_post_time(n))
        .cloned()
        .collect();
    // A row inside another row goes with it.
    let ids: HashSet<NodeId> = doomed.iter().map(|d| d.id).collect();
    let mut removed = 0;
    for d in &doomed {
        if !d.ancestors_it(None).any(|a| ids.contains(&a.id)) {
            d.remove_from_parent();
            removed += 1;
        }
    }
    removed
}

/// A `<time>` that is only a clock time ("23:48", "14.32 Uhr").
static POST_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d\s*(?:uhr|gmt|utc|cet|cest|bst|[ap]\.?m\.?)?\s*$",
    )
    .expect("valid")
});

/// Whether `node` is a post's clock time over its text: a `<time>` holding only a clock
/// time, first in its parent, followed by a block (a live ticker's `<li><time>23:48</time>
/// <div>…</div></li>`). A time run into words (`<li><time>19:00</time> Konzert</li>`, a
/// programme) is the item's content and stays.
fn is_post_time(node: &NodeRef) -> bool {
    if !named(node, &["time"]) || !POST_TIME.is_match(&node.text()) {
        return false;
    }
    let Some(parent) = node.parent() else {
        return false;
    };
    let mut before = true;
    let mut next_block = false;
    for child in parent.children() {
        if child.id == node.id {
            before = false;
            continue;
        }
        let blank = child.text().trim().is_empty();
        if before {
            if !blank {
                return false;
            }
        } else if !blank {
            next_block = !child.is_text() && named(&child, BLOCKS);
            break;
        }
    }
    next_block
}

/// Whether `node` is a meta row (see the module docs).
fn is_meta_row(node: &NodeRef) -> bool {
    if node.descendants_it().any(|d| named(&d, BLOCKS)) {
        return false;
    }
    if node.ancestors_it(None).any(|a| named(&a, CONTENT)) {
        return false;
    }
    let items = items(node);
    if items.is_empty() || word_count(&items.join(" ")) > ROW_WORDS {
        return false;
    }
    let sentence = |i: &String| {
        word_count(i) >= SENTENCE_WORDS && i.ends_with(['.', '!', '?', '。', '！', '？'])
    };
    if items
        .iter()
        .any(|i| word_count(i) > ITEM_WORDS || sentence(i))
    {
        return false;
    }
    // A sentence with a date marked up inside it ("opens on <span>15 January</span> in the
    // hall."); a row's last item is a label or an abbreviation ("3 Min.").
    let whole = items.join(" ");
    let last_word = whole
        .trim_end_matches(['.', '!', '?', '。', '！', '？'])
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    if sentence(&whole) && last_word.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
        return false;
    }
    items
        .iter()
        .any(|i| published::dateline(i).is_some() || CLOCK.is_match(i))
}

/// The row's items: the text of each child element and each run of text between them, with
/// separators ("·", "|", "/") dropped.
fn items(node: &NodeRef) -> Vec<String> {
    node.children()
        .iter()
        .filter_map(|c| {
            let text = if c.is_text() || c.is_element() {
                c.text().to_string()
            } else {
                return None;
            };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            text.chars().any(char::is_alphanumeric).then_some(text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(html: &str) -> String {
        crate::ingest::html::body_words_after(html, remove)
    }

    #[test]
    fn a_post_time_over_its_text_goes_and_a_programme_time_stays() {
        let doc = Document::from(
            r#"<body><ol><li><time datetime="2025-03-18T23:48">23:48</time><div><strong>Stadspartij blijft grootste</strong><p>Alle stembureaus zijn geteld.</p></div></li></ol><ul><li><time>19:00</time> Konzert im Park</li></ul><p>Um <time>20:15</time> beginnt der Film.</p></body>"#,
        );
        assert_eq!(remove(&doc), 1);
        let html = doc.html();
        assert!(!html.contains("23:48"));
        assert!(html.contains("19:00") && html.contains("20:15"));
    }

    #[test]
    fn rows_of_dates_bylines_and_reading_times_go() {
        let html = r#"<body><h1>Head</h1>
            <div class="meta"><span>RAB+</span> <span>Von Katrin Hoffmann</span> <span>15.01.2025, 10:42 Uhr</span> <span>3 Min. Lesezeit</span></div>
            <div class="materia-data">15/01/2025 às 10h30 <span>Atualizado há 2 horas</span></div>
            <div class="data">mercoledì 15 gennaio 2025 ore 10:30</div>
            <div class="post-meta"><span>14:32</span> <span>Tom Jago</span></div>
            <div class="info"><span>2025年01月15日 10:30</span>&nbsp;<span>来源：成都日报</span></div>
            <p>Story text.</p></body>"#;
        assert_eq!(cleaned(html), "Head Story text.");
    }

    #[test]
    fn dated_sentences_headings_and_list_items_stay() {
        let html = r#"<body><div>It closed on 15 January 2025.</div>
            <h2>The vote of 15 March 2025</h2>
            <ul><li>10:00 Opening</li></ul>
            <p>2025年1月15日，成都地铁30号线一期工程将于今年6月底开通试运营，线路全长约28公里。</p>
            <div><span>Berlin</span> <span>München</span></div>
            <div>The fair opens on <span>15 January 2025</span> in the old hall.</div>
            <p><b>Termin:</b> Samstag, 18. Januar, 19 Uhr</p></body>"#;
        assert_eq!(
            cleaned(html),
            "It closed on 15 January 2025. The vote of 15 March 2025 10:00 Opening \
             2025年1月15日，成都地铁30号线一期工程将于今年6月底开通试运营，线路全长约28公里。 Berlin München \
             The fair opens on 15 January 2025 in the old hall. Termin: Samstag, 18. Januar, 19 Uhr"
        );
    }
}
