//! Minified HTML (`minify_html`, on by default): every page of the sample site parses to the
//! same document as the page written with `minify_html: false`, read by html5ever (through
//! dom_query) as a browser would, and the pages are smaller.

mod common;

use std::path::Path;

use common::*;
use dom_query::{Document, NodeRef};

/// Parents whose whitespace-only text renders nothing in a block or flex layout.
const INERT_PARENTS: [&str; 14] = [
    "html", "head", "ul", "ol", "menu", "dl", "table", "thead", "tbody", "tfoot", "tr", "select",
    "datalist", "optgroup",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dialog",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// Elements that are blocks by default besides those of `CLOSES_P`: whitespace next to them
/// starts or ends a line.
const BLOCK: [&str; 16] = [
    "html", "head", "body", "li", "dt", "dd", "summary", "legend", "search", "caption", "thead",
    "tbody", "tfoot", "tr", "td", "th",
];

/// The document as a browser renders its structure: elements with their attributes (in
/// order), text with each run of whitespace as one space (exact inside `<pre>`, `<textarea>`,
/// `<script>` and `<style>`), comments, and whitespace-only text only where it could render:
/// not in a list, table, select, head, at the end of an element, or next to a block (where a
/// line starts or ends).
fn canonical(node: &NodeRef, raw: bool, out: &mut String) {
    for child in node.children() {
        if child.is_element() {
            let name = child.node_name().unwrap().to_string();
            out.push('<');
            out.push_str(&name);
            for a in child.attrs() {
                out.push_str(&format!(" {}={:?}", &*a.name.local, &*a.value));
            }
            out.push('>');
            let raw = raw || ["pre", "textarea", "script", "style"].contains(&name.as_str());
            canonical(&child, raw, out);
            out.push_str(&format!("</{name}>"));
        } else if child.is_text() {
            let text = child.text().to_string();
            if raw {
                out.push_str(&text);
                continue;
            }
            if text.trim().is_empty() && inert(&child, node) {
                continue;
            }
            let words: Vec<&str> = text.split_whitespace().collect();
            if text.starts_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(&words.join(" "));
            if text.ends_with(char::is_whitespace) && !words.is_empty() {
                out.push(' ');
            }
        } else if child.is_comment() {
            out.push_str(&format!("<!--{}-->", child.html()));
        }
    }
}

/// Whether whitespace-only text `ws` (a child of `parent`) renders nothing.
fn inert(ws: &NodeRef, parent: &NodeRef) -> bool {
    let name = |n: &NodeRef| n.node_name().map(|s| s.to_string()).unwrap_or_default();
    let parent_name = name(parent);
    if parent.is_document() || INERT_PARENTS.contains(&parent_name.as_str()) {
        return true;
    }
    let block = |n: &NodeRef| {
        let n = name(n);
        n.is_empty() || CLOSES_P.contains(&n.as_str()) || BLOCK.contains(&n.as_str())
    };
    let Some(next) = ws.next_sibling() else {
        return true; // trailing whitespace of a block
    };
    match ws.prev_sibling() {
        None if block(parent) => true, // leading whitespace of a block
        Some(prev) if prev.is_element() && block(&prev) => true,
        _ => next.is_element() && block(&next),
    }
}

fn canonical_page(html: &str) -> String {
    let doc = Document::from(html);
    let mut out = String::new();
    canonical(&doc.root(), false, &mut out);
    out
}

/// Every HTML page of `out` but the edition emails (which are never minified), by path.
fn pages(out: &Path) -> Vec<(String, String)> {
    snapshot(out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html") && !p.ends_with("/email.html"))
        .map(|(p, bytes)| (p, String::from_utf8(bytes).unwrap()))
        .collect()
}

#[test]
fn minified_pages_parse_to_the_same_documents_and_weigh_less() {
    let plain_site = tempfile::tempdir().unwrap();
    copy_sample(plain_site.path(), "minify_html: false\n");
    let plain_out = plain_site.path().join("public");
    let o = newsdesk(&[
        "build",
        "--quiet",
        "--root",
        plain_site.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let min_site = tempfile::tempdir().unwrap();
    copy_sample(min_site.path(), "");
    let min_out = min_site.path().join("public");
    let o = newsdesk(&[
        "build",
        "--quiet",
        "--root",
        min_site.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let plain = pages(&plain_out);
    let min = pages(&min_out);
    assert_eq!(
        plain.iter().map(|p| &p.0).collect::<Vec<_>>(),
        min.iter().map(|p| &p.0).collect::<Vec<_>>(),
        "the same pages"
    );
    assert!(plain.len() > 50, "only {} pages", plain.len());
    let (mut plain_bytes, mut min_bytes) = (0, 0);
    for ((path, p), (_, m)) in plain.iter().zip(&min) {
        plain_bytes += p.len();
        min_bytes += m.len();
        assert!(m.len() < p.len(), "{path}: {} → {} bytes", p.len(), m.len());
        assert_eq!(
            canonical_page(m),
            canonical_page(p),
            "{path} parses differently"
        );
    }
    // Attribute quotes and optional end tags are where the bytes go (measured: ~5%).
    assert!(
        min_bytes * 100 < plain_bytes * 97,
        "{plain_bytes} → {min_bytes} bytes"
    );
    let home = &min.iter().find(|p| p.0 == "index.html").unwrap().1;
    assert!(home.contains("<body class=page-home>"), "{home}");
    assert!(
        !home.contains("</li>") && !home.contains("</body>"),
        "{home}"
    );
    // A code block keeps its indentation and blank lines byte for byte.
    let (path, code_page) = min
        .iter()
        .find(|p| p.1.contains("<pre"))
        .expect("the sample has a code block");
    let plain_code = &plain.iter().find(|p| &p.0 == path).unwrap().1;
    let pre = |page: &str| {
        let start = page.find("<pre").unwrap();
        let start = start + page[start..].find('>').unwrap();
        page[start..start + page[start..].find("</pre>").unwrap()].to_string()
    };
    assert_eq!(pre(code_page), pre(plain_code), "{path}");
}

#[test]
fn the_canonical_form_sees_glued_words_and_lost_end_tags() {
    // The comparison above would catch the mistakes a minifier can make.
    let same = |a: &str, b: &str| canonical_page(a) == canonical_page(b);
    assert!(same(
        "<ul>\n<li>a</li>\n<li>b</li>\n</ul>",
        "<ul><li>a<li>b</ul>"
    ));
    assert!(same(
        "<div>\n<p>a</p>\n<span>b</span>\n</div>",
        "<div><p>a</p><span>b</span></div>"
    ));
    assert!(!same("<p><a>x</a> <a>y</a></p>", "<p><a>x</a><a>y</a></p>"));
    assert!(!same(
        "<div><a>x</a>\n<em>y</em></div>",
        "<div><a>x</a><em>y</em></div>"
    ));
    assert!(!same("<a href=x><p>a</p></a>b", "<a href=x><p>a</a>b"));
    assert!(!same("<p>a</p><span>b</span>", "<p>a<span>b</span>"));
    assert!(!same("<pre>  a</pre>", "<pre> a</pre>"));
    assert!(!same("<p title=\"a b\">x</p>", "<p title=a b>x</p>"));
}
