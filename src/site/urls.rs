//! The site's URL scheme: every page and file the site has, named by a typed [`Loc`], and the
//! two ways to address it: its URL ([`Urls::url`], [`Urls::permalink`], from [`rel`]) and the
//! output file it is written to ([`file`]). Pages, feeds, the sitemap, the search index and
//! `check` all go through here; a new kind of page is one more [`Loc`] and one more arm in
//! [`rel`] (e.g. `Loc::EditionEmail(id)` → `editions/<id>/email.html`, or a JSON Feed beside
//! each `atom.xml`).
//!
//! Paths are kept relative (`articles/2024/07/x/`) and prefixed on output, so a base_url with
//! a path (`https://user.github.io/repo/`) is honoured everywhere.

use chrono::Datelike;

use super::TermKind;
use crate::content::Article;

/// A page or file of the site, named by what it shows.
#[derive(Debug, Clone, Copy)]
pub enum Loc<'a> {
    /// Page `n` (1-based) of a list of articles.
    List(List<'a>, usize),
    /// The Atom feed of a list: `atom.xml` in its folder.
    Feed(List<'a>),
    /// The JSON Feed beside it: `feed.json` in the same folder.
    JsonFeed(List<'a>),
    /// An article page: `articles/YYYY/MM/<slug>/`.
    Article(&'a Article),
    /// The regions overview.
    Regions,
    /// The index of people, tags or sources.
    Terms(TermKind),
    /// The editions list.
    Editions,
    /// One edition, by id.
    Edition(&'a str),
    /// An edition as an email: `editions/<id>/email.html`.
    EditionEmail(&'a str),
    /// The email's plain-text twin: `editions/<id>/email.txt`.
    EditionText(&'a str),
    /// The Atom feed of editions, one whole digest per entry: `editions/atom.xml`.
    EditionsFeed,
    /// Its JSON Feed: `editions/feed.json`.
    EditionsJsonFeed,
    /// The search page.
    Search,
    /// `404.html`.
    NotFound,
    /// `sitemap.xml` (0), or part k of a sitemap split in parts: `sitemap-<k>.xml`.
    Sitemap(usize),
    /// `robots.txt`.
    Robots,
    /// The search index's description.
    SearchMeta,
    /// Word chunk `k` of the search index (`search.js` fetches it by this path).
    SearchWords(usize),
    /// Document chunk `k` of the search index (`search.js` fetches it by this path).
    SearchDocs(usize),
}

/// A paginated list of articles with its own feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List<'a> {
    /// Every article: the home page.
    Home,
    /// A region node, by slug.
    Region(&'a str),
    /// A person, tag or source, by slug.
    Term(TermKind, &'a str),
}

/// The site-relative URL path of `loc`: a folder (`regions/asia/page/2/`) for pages, a file
/// name (`atom.xml`) for the rest.
pub fn rel(loc: Loc<'_>) -> String {
    match loc {
        Loc::List(list, n) => paged(list_rel(list), n),
        Loc::Feed(list) => list_rel(list) + "atom.xml",
        Loc::JsonFeed(list) => list_rel(list) + "feed.json",
        Loc::Article(a) => {
            // Not chrono's `format`, which interprets its pattern on every call: this runs for
            // every article on every build.
            let d = a.local_date;
            format!("articles/{:04}/{:02}/{}/", d.year(), d.month(), a.slug)
        }
        Loc::Regions => "regions/".into(),
        Loc::Terms(k) => format!("{}/", k.dir()),
        Loc::Editions => "editions/".into(),
        Loc::Edition(id) => format!("editions/{id}/"),
        Loc::EditionEmail(id) => format!("editions/{id}/email.html"),
        Loc::EditionText(id) => format!("editions/{id}/email.txt"),
        Loc::EditionsFeed => "editions/atom.xml".into(),
        Loc::EditionsJsonFeed => "editions/feed.json".into(),
        Loc::Search => "search/".into(),
        Loc::NotFound => "404.html".into(),
        Loc::Sitemap(0) => "sitemap.xml".into(),
        Loc::Sitemap(k) => format!("sitemap-{k}.xml"),
        Loc::Robots => "robots.txt".into(),
        Loc::SearchMeta => "search/meta.json".into(),
        Loc::SearchWords(k) => format!("search/t/{k}.bin"),
        Loc::SearchDocs(k) => format!("search/d/{k}.bin"),
    }
}

/// The output file of `loc`, relative to the output folder: folders get `index.html`.
pub fn file(loc: Loc<'_>) -> String {
    file_of_rel(&rel(loc))
}

fn list_rel(list: List<'_>) -> String {
    match list {
        List::Home => String::new(),
        List::Region(slug) => format!("regions/{slug}/"),
        List::Term(k, slug) => format!("{}/{slug}/", k.dir()),
    }
}

/// The path of page `n` (1-based) of a paginated list at `rel`.
fn paged(rel: String, n: usize) -> String {
    if n <= 1 {
        rel
    } else {
        format!("{rel}page/{n}/")
    }
}

/// The output file a site-relative path is served from: folders get `index.html`.
pub fn file_of_rel(rel: &str) -> String {
    if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    }
}

/// The site-relative path an output file is served at (the inverse of [`file_of_rel`]).
pub fn rel_of_file(file: &str) -> &str {
    file.strip_suffix("index.html")
        .filter(|dir| dir.is_empty() || dir.ends_with('/'))
        .unwrap_or(file)
}

impl<'a> Loc<'a> {
    /// The JSON Feed published beside this Atom feed, if this is one.
    pub fn json_twin(self) -> Option<Loc<'a>> {
        match self {
            Loc::Feed(list) => Some(Loc::JsonFeed(list)),
            Loc::EditionsFeed => Some(Loc::EditionsJsonFeed),
            _ => None,
        }
    }
}

/// Turns locations into root-relative URLs and absolute permalinks.
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
    pub fn url(&self, loc: Loc<'_>) -> String {
        format!("{}{}", self.base_path, rel(loc))
    }

    /// Absolute URL for feeds, sitemaps and canonical links.
    pub fn permalink(&self, loc: Loc<'_>) -> String {
        format!("{}{}", self.base_url, rel(loc))
    }

    /// Root-relative URL of an output file (for reports about a file already rendered).
    pub fn url_of_file(&self, file: &str) -> String {
        format!("{}{}", self.base_path, rel_of_file(file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_from_url() {
        let u = Urls::new("https://user.github.io/repo/");
        assert_eq!(u.base_path, "/repo/");
        let person = List::Term(TermKind::People, "x");
        assert_eq!(u.url(Loc::List(person, 1)), "/repo/people/x/");
        assert_eq!(
            u.permalink(Loc::Feed(List::Home)),
            "https://user.github.io/repo/atom.xml"
        );
        assert_eq!(u.url_of_file("people/x/index.html"), "/repo/people/x/");
        assert_eq!(u.url_of_file("index.html"), "/repo/");
        assert_eq!(Urls::new("http://localhost:1111/").base_path, "/");
    }

    #[test]
    fn every_kind_has_one_url_and_one_file() {
        let tag = List::Term(TermKind::Tags, "a");
        let cases = [
            (Loc::List(List::Home, 1), "", "index.html"),
            (Loc::List(List::Home, 2), "page/2/", "page/2/index.html"),
            (Loc::List(tag, 1), "tags/a/", "tags/a/index.html"),
            (
                Loc::List(tag, 3),
                "tags/a/page/3/",
                "tags/a/page/3/index.html",
            ),
            (Loc::Feed(tag), "tags/a/atom.xml", "tags/a/atom.xml"),
            (
                Loc::Feed(List::Region("asia/china")),
                "regions/asia/china/atom.xml",
                "regions/asia/china/atom.xml",
            ),
            (Loc::Feed(List::Home), "atom.xml", "atom.xml"),
            (Loc::JsonFeed(List::Home), "feed.json", "feed.json"),
            (Loc::JsonFeed(tag), "tags/a/feed.json", "tags/a/feed.json"),
            (
                Loc::EditionEmail("2024-W30"),
                "editions/2024-W30/email.html",
                "editions/2024-W30/email.html",
            ),
            (
                Loc::EditionText("2024-W30"),
                "editions/2024-W30/email.txt",
                "editions/2024-W30/email.txt",
            ),
            (Loc::EditionsFeed, "editions/atom.xml", "editions/atom.xml"),
            (
                Loc::EditionsJsonFeed,
                "editions/feed.json",
                "editions/feed.json",
            ),
            (
                Loc::Terms(TermKind::Sources),
                "sources/",
                "sources/index.html",
            ),
            (
                Loc::Edition("2024-07-01"),
                "editions/2024-07-01/",
                "editions/2024-07-01/index.html",
            ),
            (Loc::NotFound, "404.html", "404.html"),
            (Loc::SearchWords(7), "search/t/7.bin", "search/t/7.bin"),
            (Loc::SearchDocs(0), "search/d/0.bin", "search/d/0.bin"),
            (Loc::SearchMeta, "search/meta.json", "search/meta.json"),
        ];
        for (loc, url, out) in cases {
            assert_eq!(rel(loc), url, "{loc:?}");
            assert_eq!(file(loc), out, "{loc:?}");
            assert_eq!(rel_of_file(&file(loc)), url, "{loc:?}");
        }
        assert_eq!(rel_of_file("notindex.html"), "notindex.html");
    }
}
