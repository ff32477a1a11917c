//! Resolving a page's links and images, so nothing ingested points into the digest by mistake.
//!
//! A page's relative link (`/about/`, `../img/a.png`) means something only on the site it came
//! from: written as it is into an article, it would point at a page of the digest that does
//! not exist. Every link and image is therefore made absolute against the page's base — its
//! `<base href>`, else the URL it was fetched from, else its canonical URL. A link that cannot
//! be resolved keeps its text and loses its link.

use dom_query::Document;
use url::Url;

/// The base that relative links of a page are resolved against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Base(Option<Url>);

/// What a link becomes in ingested Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Keep the link, pointing here.
    Link(String),
    /// Keep the text, drop the link (unresolvable, or a scheme that is never safe).
    Text,
}

impl Base {
    /// No base: every relative link loses its link.
    pub fn none() -> Base {
        Base(None)
    }

    /// The first absolute web address of `candidates` (fetched URL, canonical URL, …), with a
    /// `<base href>` in `doc` taking precedence (itself resolved against that address).
    pub fn of(doc: Option<&Document>, candidates: &[Option<&str>]) -> Base {
        let page = candidates.iter().flatten().find_map(|c| web_url(c, None));
        let declared = doc.and_then(|d| {
            d.select("base[href]")
                .iter()
                .find_map(|b| b.attr("href"))
                .and_then(|h| web_url(&h, page.as_ref()))
        });
        Base(declared.or(page))
    }

    /// The base address, when there is one.
    pub fn url(&self) -> Option<&Url> {
        self.0.as_ref()
    }

    /// Resolves an `href`/`src` value.
    ///
    /// Web and mail addresses are kept; relative ones are made absolute; a `#fragment` (which
    /// points at an anchor of the original page, not of the article as ingested) goes to that
    /// fragment of the original page. `javascript:`, `data:` and other schemes lose the link.
    pub fn resolve(&self, href: &str) -> Target {
        // Browsers drop tabs and line breaks from URLs; left in, they break the Markdown link.
        let h: String = href
            .trim()
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        if h.is_empty() || h == "#" {
            return Target::Text;
        }
        let lower = h.to_ascii_lowercase();
        if lower.starts_with("mailto:") {
            return Target::Link(escape(&h));
        }
        if let Some((scheme, _)) = lower.split_once(':')
            && !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !lower.starts_with("http:")
            && !lower.starts_with("https:")
        {
            return Target::Text;
        }
        match Url::options().base_url(self.0.as_ref()).parse(&h) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {
                Target::Link(escape(u.as_str()))
            }
            _ => Target::Text,
        }
    }

    /// Rewrites every link and image of `doc` in place: resolved, or (links) unlinked and
    /// (images) removed when they cannot be.
    pub fn apply(&self, doc: &Document) {
        for a in doc.select("a[href], area[href]").nodes() {
            match a.attr("href").map(|h| self.resolve(&h)) {
                Some(Target::Link(u)) => a.set_attr("href", &u),
                _ => a.remove_attr("href"),
            }
        }
        for img in doc.select("img").nodes() {
            let src = image_source(img);
            match src.map(|s| self.resolve(&s)) {
                Some(Target::Link(u)) => {
                    img.set_attr("src", &u);
                }
                _ => img.remove_attr("src"),
            }
            img.remove_attrs(&["data-src", "srcset", "data-srcset", "data-lazy-src"]);
        }
    }
}

/// The address an image shows: `src` unless it is empty or a placeholder, else the lazy-load
/// attributes pages use, else the first candidate of a `srcset`.
fn image_source(img: &dom_query::NodeRef) -> Option<String> {
    let usable = |s: &str| !s.trim().is_empty() && !s.trim_start().starts_with("data:");
    for attr in ["data-src", "data-lazy-src", "data-original"] {
        if let Some(s) = img.attr(attr).filter(|s| usable(s)) {
            // A lazy-loaded image's `src` is a placeholder: the real one is here.
            if img
                .attr("src")
                .is_none_or(|s| !usable(&s) || s.contains("placeholder"))
            {
                return Some(s.to_string());
            }
        }
    }
    if let Some(s) = img.attr("src").filter(|s| usable(s)) {
        return Some(s.to_string());
    }
    ["srcset", "data-srcset"].iter().find_map(|a| {
        img.attr(a).and_then(|set| {
            set.split(',')
                .filter_map(|c| c.split_whitespace().next())
                .find(|c| usable(c))
                .map(str::to_string)
        })
    })
}

/// An absolute http(s) address from `s`, resolved against `base` when relative.
fn web_url(s: &str, base: Option<&Url>) -> Option<Url> {
    let u = Url::options().base_url(base).parse(s.trim()).ok()?;
    (matches!(u.scheme(), "http" | "https") && u.host().is_some()).then_some(u)
}

/// Characters that would end or break a Markdown link destination.
fn escape(u: &str) -> String {
    u.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
        .replace('<', "%3C")
        .replace('>', "%3E")
        // A backtick in a link would pair with one of a later code span (code spans bind
        // first), ending that span early and exposing its unescaped text.
        .replace('`', "%60")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(u: &str) -> Base {
        Base::of(None, &[Some(u)])
    }

    #[test]
    fn relative_links_become_absolute() {
        let b = base("https://example.org/news/2020/story.html");
        assert_eq!(
            b.resolve("/about/programs/"),
            Target::Link("https://example.org/about/programs/".into())
        );
        assert_eq!(
            b.resolve("../img/a b.png"),
            Target::Link("https://example.org/news/img/a%20b.png".into())
        );
        assert_eq!(
            b.resolve("//cdn.example.net/x.jpg"),
            Target::Link("https://cdn.example.net/x.jpg".into())
        );
        assert_eq!(
            b.resolve("#cite-1"),
            Target::Link("https://example.org/news/2020/story.html#cite-1".into())
        );
        assert_eq!(
            b.resolve("mailto:desk@example.org"),
            Target::Link("mailto:desk@example.org".into())
        );
    }

    #[test]
    fn unsafe_or_unresolvable_links_lose_the_link() {
        let none = Base::none();
        assert_eq!(none.resolve("/wiki/Data_mining"), Target::Text);
        assert_eq!(none.resolve("#top"), Target::Text);
        assert_eq!(none.resolve("#"), Target::Text);
        assert_eq!(
            none.resolve("https://x.org/a(1)"),
            Target::Link("https://x.org/a%281%29".into())
        );
        let b = base("https://example.org/");
        for bad in [
            "javascript:alert(1)",
            " JavaScript:x",
            "data:text/html,x",
            "file:///etc",
        ] {
            assert_eq!(b.resolve(bad), Target::Text, "{bad}");
        }
        assert_eq!(b.resolve("java\nscript:alert(1)"), Target::Text);
    }

    #[test]
    fn base_href_wins_and_is_itself_resolved() {
        let doc = Document::from(
            "<html><head><base href=\"/de/\"></head><body><a href=\"a.html\">x</a>\
             <img data-src=\"p.png\" src=\"data:image/gif;base64,R0\"><img src=\"\" srcset=\"s.png 2x, t.png 3x\">\
             <a href=\"x.html\">y</a></body></html>",
        );
        let b = Base::of(Some(&doc), &[None, Some("https://example.org/page")]);
        b.apply(&doc);
        let hrefs: Vec<String> = doc
            .select("a")
            .iter()
            .filter_map(|a| a.attr("href").map(|h| h.to_string()))
            .collect();
        assert_eq!(
            hrefs,
            [
                "https://example.org/de/a.html",
                "https://example.org/de/x.html"
            ]
        );
        let srcs: Vec<String> = doc
            .select("img")
            .iter()
            .filter_map(|a| a.attr("src").map(|h| h.to_string()))
            .collect();
        assert_eq!(
            srcs,
            [
                "https://example.org/de/p.png",
                "https://example.org/de/s.png"
            ]
        );
    }
}
