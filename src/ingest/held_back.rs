//! The end of a story that a page holds back in a `<template>` until the reader clicks "Lire
//! la suite" / "Read more": the template's paragraphs are the story's, shown on the page a
//! moment later, but a parser keeps a template's content outside the document.

use dom_query::{Document, NodeRef};

use super::html::word_count;

/// Fewer words of paragraphs than this in a template is a widget's markup, not a story.
const MIN_WORDS: usize = 20;
/// The least share of a template's words inside `<p>`: running text, not a card or a dialog.
const PARAGRAPH_SHARE: f64 = 0.6;
/// The template's parent must hold at least this many words of paragraphs of its own: the
/// held-back part continues a story begun beside it.
const MIN_WORDS_BESIDE: usize = 10;

/// Replaces each `<template>` in the body that continues the story around it with its
/// content. Templates for a script to fill in (`type="amp-mustache"`, `{{…}}` or `${…}`
/// placeholders) stay out.
pub fn reveal(doc: &Document) {
    let templates: Vec<NodeRef> = doc.select("body template").nodes().to_vec();
    for t in templates {
        if t.has_attr("type") {
            continue;
        }
        let Some(inner) = content_of(&t.html()) else {
            continue;
        };
        if ["{{", "${", "<%"].iter().any(|p| inner.contains(p)) {
            continue;
        }
        let content = Document::from(inner.as_str());
        let all = word_count(&content.select("body").text());
        let in_paragraphs: usize = content
            .select("body p")
            .nodes()
            .iter()
            .map(|p| word_count(&p.text()))
            .sum();
        if in_paragraphs < MIN_WORDS || (in_paragraphs as f64) < PARAGRAPH_SHARE * all as f64 {
            continue;
        }
        let Some(parent) = t.parent() else {
            continue;
        };
        let beside: usize = parent
            .descendants_it()
            .filter(|n| n.node_name().as_deref() == Some("p"))
            .map(|p| word_count(&p.text()))
            .sum();
        if beside < MIN_WORDS_BESIDE {
            continue;
        }
        t.replace_with_html(format!("<div>{inner}</div>"));
    }
}

/// The markup inside a serialised `<template …>…</template>` (the parser keeps a template's
/// content apart, so only the element's own serialisation holds it).
fn content_of(html: &str) -> Option<String> {
    let mut quote = None;
    let open_end = html.char_indices().find_map(|(i, c)| {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
        None
    })?;
    let close = html.rfind("</template>")?;
    (open_end <= close).then(|| html[open_end..close].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(template: &str) -> String {
        let page = format!(
            "<html><body><article><p>The bridge closes to cars on the first of July, the city said on Wednesday.</p>\
             <button>Read more</button>{template}</article></body></html>"
        );
        let doc = Document::from(page.as_str());
        reveal(&doc);
        doc.select("article").text().to_string()
    }

    #[test]
    fn the_held_back_paragraphs_join_the_story() {
        let text = story(
            "<template id=rest><p>Only buses, trams, bicycles and people on foot will still cross it.</p>\
             <p>The works on the new tram line are to last until the end of 2027, the city added.</p></template>",
        );
        assert!(text.contains("Only buses, trams"), "{text}");
        assert!(text.contains("end of 2027"), "{text}");
    }

    #[test]
    fn a_template_for_a_script_or_a_widget_stays_out() {
        let mustache = "<template type=amp-mustache><p>{{title}} and {{summary}} of the story that the list renders for each item it loads</p></template>";
        assert!(!story(mustache).contains("title"));
        let braces = "<template><p>{{title}} and {{summary}} of the story that the list renders for each item it loads</p></template>";
        assert!(!story(braces).contains("summary"));
        let dialog = "<template id=adblock><div class=alert><a href=/help>It appears that you are currently using Ad Blocking software. What are the consequences?</a></div></template>";
        assert!(!story(dialog).contains("Ad Blocking"));
        // Beside no paragraphs of a story: a template of the page's own.
        let doc = Document::from(
            "<html><body><div><template><p>Only buses, trams, bicycles and people on foot will still cross it after July.</p>\
             <p>The works on the new tram line are to last until the end of 2027.</p></template></div></body></html>",
        );
        reveal(&doc);
        assert!(!doc.select("body").text().contains("buses"));
    }
}
