//! Subheadings readability would drop for their class: a story's `<h2 class="block-header">`
//! or `<h2 class="header-anchor-post">` reads to it as the page's header.
//!
//! Readability removes "unlikely candidates", elements whose class or id contains words such
//! as `header`, before it scores the page. On a heading that word only repeats what the tag
//! says, so it is taken out of the class and id of `<h2>`–`<h6>` elements (and of a wrapper
//! holding nothing but the heading), and the subheading stays with its story. The page's own
//! header keeps its name: it holds more than one heading's text.

use dom_query::{Document, NodeRef};

/// A heading longer than this (words) is no subheading.
const MAX_HEADING_WORDS: usize = 25;

/// Takes the word `header` out of the class and id of subheadings and of wrappers holding
/// only one; returns how many elements changed.
pub fn unmark(doc: &Document) -> usize {
    let mut changed = 0;
    for h in doc
        .select("body h2, body h3, body h4, body h5, body h6")
        .nodes()
    {
        if super::html::word_count(&h.text()) > MAX_HEADING_WORDS {
            continue;
        }
        let mut targets = vec![*h];
        if let Some(parent) = h.parent()
            && is_wrapper_of(&parent, h)
        {
            targets.push(parent);
        }
        for t in targets {
            changed += usize::from(strip_header_word(&t));
        }
    }
    changed
}

/// Whether `parent` is a `<div>` or `<section>` whose only element and only text is `h`.
fn is_wrapper_of(parent: &NodeRef, h: &NodeRef) -> bool {
    let tag = parent
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(tag.as_str(), "div" | "section")
        && parent.element_children().len() == 1
        && parent.text().trim() == h.text().trim()
}

/// Removes class tokens holding `header` and an id holding it; whether anything changed.
fn strip_header_word(node: &NodeRef) -> bool {
    let mut changed = false;
    if let Some(class) = node.attr("class") {
        let kept: Vec<&str> = class
            .split_whitespace()
            .filter(|t| !t.to_ascii_lowercase().contains("header"))
            .collect();
        if kept.len() != class.split_whitespace().count() {
            node.set_attr("class", &kept.join(" "));
            changed = true;
        }
    }
    if node
        .attr("id")
        .is_some_and(|id| id.to_ascii_lowercase().contains("header"))
    {
        node.remove_attr("id");
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subheading_loses_the_header_word_and_the_page_header_keeps_it() {
        let doc = Document::from(
            r#"<body><div class="site-header"><h2>Site</h2><nav>Home News</nav></div>
            <div class="content"><p>Story.</p><div class="block-wrapper--header"><h2 class="block-header">What changed</h2></div>
            <h3 class="header-anchor-post big">Why it matters</h3></div></body>"#,
        );
        assert_eq!(unmark(&doc), 3);
        assert_eq!(doc.select("div.site-header").length(), 1);
        assert_eq!(doc.select("h2.block-header").length(), 0);
        assert_eq!(doc.select("h3.big").length(), 1);
        assert!(
            doc.select("div.content > div")
                .attr("class")
                .is_some_and(|c| c.is_empty())
        );
    }
}
