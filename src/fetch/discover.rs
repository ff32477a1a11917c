//! Finding the feed a web page advertises with `<link rel="alternate">`.

/// Feed media types a page may advertise, best first.
const FEED_TYPES: &[&str] = &[
    "application/atom+xml",
    "application/rss+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
];

/// The address of the feed `html` (served from `base`) links, best type first.
pub fn feed_link(html: &str, base: &str) -> Option<String> {
    let doc = dom_query::Document::from(html);
    let base = url::Url::parse(base).ok()?;
    let mut found: Vec<(usize, String)> = Vec::new();
    for link in doc.select("link[rel][href]").nodes() {
        let rel = link.attr("rel").unwrap_or_default().to_ascii_lowercase();
        if !rel.split_whitespace().any(|r| r == "alternate") {
            continue;
        }
        let ty = link.attr("type").unwrap_or_default().to_ascii_lowercase();
        let Some(rank) = FEED_TYPES.iter().position(|t| ty.trim() == *t) else {
            continue;
        };
        let href = link.attr("href").unwrap_or_default();
        if let Ok(u) = base.join(href.trim())
            && matches!(u.scheme(), "http" | "https")
        {
            found.push((rank, u.to_string()));
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().next().map(|(_, u)| u)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_advertised_feed_relative_to_the_page() {
        let html = r#"<html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="RSS">
<link rel="alternate" type="application/atom+xml" href="feeds/atom.xml">
</head><body></body></html>"#;
        assert_eq!(
            super::feed_link(html, "https://ex.org/news/").as_deref(),
            Some("https://ex.org/news/feeds/atom.xml")
        );
        assert_eq!(super::feed_link("<p>no feed</p>", "https://ex.org/"), None);
    }
}
