//! The page list: every page, feed and search file of a site, in a stable order, and where
//! each is written.

use crate::search;
use crate::site::{Site, Term, urls};

use super::values::region_rel;

/// One thing to render; pages are enumerated first, then rendered in parallel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Home, page n (1-based).
    Home(usize),
    /// An article page.
    Article(usize),
    /// The regions overview.
    Regions,
    /// A region node, page n.
    Region(usize, usize),
    /// A term index.
    TermList(TermKind),
    /// A term, page n.
    Term(TermKind, usize, usize),
    /// The editions list.
    Editions,
    /// One edition.
    Edition(usize),
    /// `/atom.xml`.
    HomeFeed,
    /// A region's feed.
    RegionFeed(usize),
    /// A term's feed.
    TermFeed(TermKind, usize),
    /// `404.html`.
    NotFound,
    /// `sitemap.xml`.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// `editions/<id>/email.html`.
    EditionEmail(usize),
    /// `editions/<id>/email.txt`.
    EditionText(usize),
    /// `editions/atom.xml`: one entry per edition, each a whole digest.
    EditionsFeed,
    /// `editions/feed.json`.
    EditionsJsonFeed,
    /// `/feed.json`.
    HomeJsonFeed,
    /// A region's JSON Feed.
    RegionJsonFeed(usize),
    /// A term's JSON Feed.
    TermJsonFeed(TermKind, usize),
    /// The `/search/` page.
    Search,
    /// `search/meta.json`: the search index's description.
    SearchMeta,
    /// A word chunk of the search index.
    SearchWords(usize),
    /// A document chunk of the search index.
    SearchDocs(usize),
}

/// Which pages a render pass covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything but the search index files, which are a separate output set.
    AllButSearchIndex,
    /// Only the search index files.
    SearchIndex,
}

impl Scope {
    pub(crate) fn includes(self, page: Page) -> bool {
        let index = matches!(
            page,
            Page::SearchMeta | Page::SearchWords(_) | Page::SearchDocs(_)
        );
        match self {
            Scope::AllButSearchIndex => !index,
            Scope::SearchIndex => index,
        }
    }
}

/// The flat indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// `/people/`.
    People,
    /// `/tags/`.
    Tags,
    /// `/sources/`.
    Sources,
}

impl TermKind {
    pub(crate) const ALL: [TermKind; 3] = [TermKind::People, TermKind::Tags, TermKind::Sources];

    pub(crate) fn dir(self) -> &'static str {
        match self {
            TermKind::People => "people",
            TermKind::Tags => "tags",
            TermKind::Sources => "sources",
        }
    }

    pub(crate) fn singular(self) -> &'static str {
        match self {
            TermKind::People => "person",
            TermKind::Tags => "tag",
            TermKind::Sources => "source",
        }
    }

    /// The terms of this index.
    pub fn terms(self, site: &Site) -> &[Term] {
        match self {
            TermKind::People => &site.people,
            TermKind::Tags => &site.tags,
            TermKind::Sources => &site.sources,
        }
    }
}

pub(crate) fn pages_for(count: usize, per: usize) -> usize {
    count.div_ceil(per).max(1)
}

/// Every page of the site, in a stable order.
pub fn pages(site: &Site) -> Vec<Page> {
    let per = site.config.paginate_by;
    let mut pages = Vec::new();
    for n in 1..=pages_for(site.articles.len(), per) {
        pages.push(Page::Home(n));
    }
    pages.extend((0..site.articles.len()).map(Page::Article));
    pages.push(Page::Regions);
    for (r, node) in site.regions.nodes.iter().enumerate() {
        for n in 1..=pages_for(node.articles.len(), per) {
            pages.push(Page::Region(r, n));
        }
        pages.extend([Page::RegionFeed(r), Page::RegionJsonFeed(r)]);
    }
    for kind in TermKind::ALL {
        pages.push(Page::TermList(kind));
        for (t, term) in kind.terms(site).iter().enumerate() {
            for n in 1..=pages_for(term.articles.len(), per) {
                pages.push(Page::Term(kind, t, n));
            }
            pages.extend([Page::TermFeed(kind, t), Page::TermJsonFeed(kind, t)]);
        }
    }
    pages.push(Page::Editions);
    for e in 0..site.editions.len() {
        pages.extend([
            Page::Edition(e),
            Page::EditionEmail(e),
            Page::EditionText(e),
        ]);
    }
    pages.extend([Page::EditionsFeed, Page::EditionsJsonFeed]);
    pages.extend([Page::HomeFeed, Page::HomeJsonFeed]);
    pages.extend([Page::NotFound, Page::Sitemap, Page::Robots]);
    let n = site.articles.len();
    pages.extend([Page::Search, Page::SearchMeta]);
    pages.extend((0..search::word_chunks(n)).map(Page::SearchWords));
    pages.extend((0..search::doc_chunks(n)).map(Page::SearchDocs));
    pages
}

/// The output path of a page, relative to the output folder.
pub fn path(site: &Site, page: Page) -> String {
    match page {
        Page::HomeFeed => urls::atom_feed(""),
        Page::RegionFeed(r) => urls::atom_feed(&region_rel(&site.regions.nodes[r].slug)),
        Page::TermFeed(k, t) => urls::atom_feed(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug)),
        Page::HomeJsonFeed => urls::json_feed(""),
        Page::RegionJsonFeed(r) => urls::json_feed(&region_rel(&site.regions.nodes[r].slug)),
        Page::TermJsonFeed(k, t) => {
            urls::json_feed(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug))
        }
        Page::EditionEmail(e) => urls::edition_email(&site.editions[e].id),
        Page::EditionText(e) => urls::edition_text(&site.editions[e].id),
        Page::EditionsFeed => urls::atom_feed(urls::EDITIONS),
        Page::EditionsJsonFeed => urls::json_feed(urls::EDITIONS),
        Page::NotFound => "404.html".into(),
        Page::Sitemap => "sitemap.xml".into(),
        Page::Robots => "robots.txt".into(),
        Page::SearchMeta => search::META_PATH.into(),
        Page::SearchWords(k) => search::word_chunk_path(k),
        Page::SearchDocs(k) => search::doc_chunk_path(k),
        _ => urls::output_file(&rel(site, page)),
    }
}

/// The site-relative URL path of a page.
pub fn rel(site: &Site, page: Page) -> String {
    match page {
        Page::Home(n) => urls::paged("", n),
        Page::Article(i) => urls::article(&site.articles[i]),
        Page::Regions => "regions/".into(),
        Page::Region(r, n) => urls::paged(&region_rel(&site.regions.nodes[r].slug), n),
        Page::TermList(k) => format!("{}/", k.dir()),
        Page::Term(k, t, n) => urls::paged(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug), n),
        Page::Editions => urls::EDITIONS.into(),
        Page::Edition(e) => urls::edition(&site.editions[e].id),
        Page::Search => "search/".into(),
        other => path(site, other),
    }
}
