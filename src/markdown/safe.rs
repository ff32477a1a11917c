//! What untrusted content may link to, and sanitising the HTML it carries.

use std::sync::LazyLock;

/// True for web, mail and relative links: what a page may link to from untrusted input.
pub fn is_safe_url(url: &str) -> bool {
    // Browsers ignore whitespace and controls inside a scheme, so the probe does too.
    let probe: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = probe.find(':');
    let path_end = probe.find(['/', '?', '#']);
    let has_scheme = match (scheme_end, path_end) {
        (Some(c), Some(p)) => c < p,
        (Some(_), None) => true,
        _ => false,
    };
    !has_scheme
        || probe.starts_with("http:")
        || probe.starts_with("https:")
        || probe.starts_with("mailto:")
}

static SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("div", ["id", "class"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("span", ["class"])
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("pre", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        // ammonia reads "jav\u{90}ascript:" as a relative URL; hold raw HTML links to the
        // same rule as Markdown links, which ignores controls and whitespace in a scheme.
        .attribute_filter(|_, attr, value| {
            if matches!(attr, "href" | "src" | "cite") && !is_safe_url(value) {
                None
            } else {
                Some(value.into())
            }
        });
    b
});

/// Sanitises untrusted HTML (scraped content may carry scripts and event handlers).
pub fn sanitise(html: &str) -> String {
    SANITISER.clean(html).to_string()
}
