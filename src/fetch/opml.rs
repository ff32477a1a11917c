//! OPML 2.0 subscription lists, as every feed reader imports and exports them.
//!
//! Read with roxmltree (a small, dependency-free, read-only XML parser that reports line and
//! column); written by hand, since an OPML list is a handful of escaped attributes.

use std::path::Path;

use super::sources::Source;
use crate::error::{Error, Result};

/// The subscriptions an OPML document lists: every `outline` with an `xmlUrl`, at any depth
/// (readers nest them in folders), named by `title` or `text`.
pub fn parse(text: &str, path: &Path) -> Result<Vec<Source>> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, opts).map_err(|e| {
        let pos = e.pos();
        Error::at(
            path,
            pos.row as usize,
            pos.col as usize,
            format!("not valid XML: {e}"),
        )
    })?;
    if !doc.root_element().has_tag_name("opml") {
        return Err(Error::at(
            path,
            1,
            0,
            format!(
                "not an OPML file: its root element is <{}>, not <opml>",
                doc.root_element().tag_name().name()
            ),
        ));
    }
    let mut out = Vec::new();
    for node in doc.descendants().filter(|n| n.has_tag_name("outline")) {
        let Some(url) = node.attribute("xmlUrl").map(str::trim) else {
            continue;
        };
        if url.is_empty() {
            continue;
        }
        let pos = doc.text_pos_at(node.range().start);
        super::sources::check_url(url)
            .map_err(|m| Error::at(path, pos.row as usize, pos.col as usize, m))?;
        let name = node
            .attribute("title")
            .or(node.attribute("text"))
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty());
        out.push(Source::new(url, name));
    }
    Ok(out)
}

/// An OPML 2.0 document listing `sources` (disabled ones too: it is the whole list).
pub fn render(title: &str, sources: &[(Source, Option<String>)]) -> String {
    let attr = |s: &str| html_escape::encode_double_quoted_attribute(s).into_owned();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n",
    );
    out.push_str(&format!(
        "    <title>{}</title>\n    <dateCreated>{}</dateCreated>\n  </head>\n  <body>\n",
        html_escape::encode_text(title),
        chrono::Utc::now().to_rfc2822()
    ));
    for (s, feed_title) in sources {
        let name = s
            .name
            .clone()
            .or_else(|| feed_title.clone())
            .unwrap_or_else(|| s.url.clone());
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{0}\" title=\"{0}\" xmlUrl=\"{1}\"/>\n",
            attr(&name),
            attr(&s.url)
        ));
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_outlines_are_found_and_bad_xml_is_located() {
        let text = r#"<?xml version="1.0"?>
<opml version="2.0"><head><title>x</title></head><body>
<outline text="News">
  <outline text="A &amp; B" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
</outline>
<outline text="Folder only"/>
<outline title="C" text="ignored" xmlUrl="http://c.example/atom"/>
</body></opml>"#;
        let got = parse(text, Path::new("f.opml")).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].name.as_deref(), Some("A & B"));
        assert_eq!(got[1].name.as_deref(), Some("C"));
        let back = parse(
            &render(
                "t",
                &got.iter().map(|s| (s.clone(), None)).collect::<Vec<_>>(),
            ),
            Path::new("x"),
        )
        .unwrap();
        assert_eq!(back, got);
        let e = parse("<opml>\n<body><outline></body>", Path::new("f.opml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("f.opml:2:"), "{e}");
        let e = parse("<rss/>", Path::new("f.opml"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("not an OPML file"), "{e}");
    }
}
