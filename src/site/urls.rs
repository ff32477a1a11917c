//! Permalinks. Paths are kept relative (`articles/2024/07/x/`) and prefixed on output,
//! so a base_url with a path (`https://user.github.io/repo/`) is honoured everywhere.

use chrono::Datelike;

use crate::content::Article;

/// Turns site-relative paths into root-relative URLs and absolute permalinks.
#[derive(Debug, Clone)]
pub struct Urls {
    /// Absolute, ends with `/`.
    pub base_url: String,
    /// The path part of `base_url`, starts and ends with `/`.
    pub base_path: String,
}

impl Urls {
    /// `base_url` must already be normalised (absolute, trailing slash).
    pub fn new(base_url: &str) -> Urls {
        let after_scheme = base_url.split_once("://").map(|x| x.1).unwrap_or(base_url);
        let base_path = match after_scheme.find('/') {
            Some(i) => after_scheme[i..].to_string(),
            None => "/".to_string(),
        };
        Urls {
            base_url: base_url.to_string(),
            base_path,
        }
    }

    /// Root-relative URL for links: `/repo/articles/…/`.
    pub fn url(&self, rel: &str) -> String {
        format!("{}{}", self.base_path, rel)
    }

    /// Absolute URL for feeds, sitemaps and canonical links.
    pub fn permalink(&self, rel: &str) -> String {
        format!("{}{}", self.base_url, rel)
    }
}

/// `articles/YYYY/MM/<slug>/`.
pub fn article(a: &Article) -> String {
    // Not chrono's `format`, which interprets its pattern on every call: this runs for every
    // article on every build.
    let d = a.local_date;
    format!("articles/{:04}/{:02}/{}/", d.year(), d.month(), a.slug)
}

/// `editions/<id>/`: an edition's page.
pub fn edition(id: &str) -> String {
    format!("editions/{id}/")
}

/// `editions/<id>/email.html`: an edition as an email.
pub fn edition_email(id: &str) -> String {
    format!("editions/{id}/email.html")
}

/// `editions/<id>/email.txt`: the email's plain-text twin.
pub fn edition_text(id: &str) -> String {
    format!("editions/{id}/email.txt")
}

/// `<base>atom.xml`: the Atom feed of the list at `base` (`""` for the home page).
pub fn atom_feed(base: &str) -> String {
    format!("{base}atom.xml")
}

/// `<base>feed.json`: the JSON Feed beside the Atom feed of the list at `base`.
pub fn json_feed(base: &str) -> String {
    format!("{base}feed.json")
}

/// The JSON Feed beside an Atom feed's URL (`…/atom.xml` → `…/feed.json`).
pub fn json_beside(atom: &str) -> String {
    match atom.strip_suffix("atom.xml") {
        Some(base) => format!("{base}feed.json"),
        None => atom.to_string(),
    }
}

/// `editions/`: the editions list, whose folder holds the edition feeds.
pub const EDITIONS: &str = "editions/";

/// The path of page `n` (1-based) of a paginated list at `rel`.
pub fn paged(rel: &str, n: usize) -> String {
    if n <= 1 {
        rel.to_string()
    } else {
        format!("{rel}page/{n}/")
    }
}

/// The output file for a site-relative path: folders get `index.html`.
pub fn output_file(rel: &str) -> String {
    if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_from_url() {
        let u = Urls::new("https://user.github.io/repo/");
        assert_eq!(u.base_path, "/repo/");
        assert_eq!(u.url("people/x/"), "/repo/people/x/");
        assert_eq!(
            u.permalink("atom.xml"),
            "https://user.github.io/repo/atom.xml"
        );
        assert_eq!(Urls::new("http://localhost:1111/").base_path, "/");
        assert_eq!(paged("tags/a/", 1), "tags/a/");
        assert_eq!(paged("tags/a/", 3), "tags/a/page/3/");
        assert_eq!(output_file(""), "index.html");
        assert_eq!(output_file("atom.xml"), "atom.xml");
        assert_eq!(edition_email("2024-W30"), "editions/2024-W30/email.html");
        assert_eq!(json_feed(EDITIONS), "editions/feed.json");
        assert_eq!(atom_feed(""), "atom.xml");
    }
}
