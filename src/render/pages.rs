//! The page list: every page, feed and search file of a site, in a stable order, and where
//! each is written.

use super::paging;
use crate::search;
use crate::site::urls::{self, List, Loc};
use crate::site::{Site, TermKind};

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
    /// `sitemap.xml` (0): the sitemap, or past `sitemap_urls` URLs (50,000) the index of
    /// its parts; `sitemap-<k>.xml`: part k (from 1).
    Sitemap(usize),
    /// `robots.txt`.
    Robots,
    /// `editions/<id>/email.html`, for the latest `editions: {email_archive: N}` editions.
    EditionEmail(usize),
    /// `editions/<id>/email.txt`, beside it.
    EditionText(usize),
    /// `editions/atom.xml`: one entry per edition, each a whole digest.
    EditionsFeed,
    /// `editions/feed.json`.
    EditionsJsonFeed,
    /// `/feed.json`.
    HomeJsonFeed,
    /// A region's JSON Feed (`term_feeds: {json_feed: true}`).
    RegionJsonFeed(usize),
    /// A term's JSON Feed (`term_feeds: {json_feed: true}`).
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

/// Every page of the site, in a stable order.
pub fn pages(site: &Site) -> Vec<Page> {
    let mut pages = Vec::new();
    let json_terms = site.config.term_feeds.json_feed;
    for n in 1..=paging::home(site).pages(site.articles.len()) {
        pages.push(Page::Home(n));
    }
    pages.extend((0..site.articles.len()).map(Page::Article));
    pages.push(Page::Regions);
    for (r, node) in site.regions.nodes.iter().enumerate() {
        for n in 1..=paging::region(site, r).pages(node.articles.len()) {
            pages.push(Page::Region(r, n));
        }
        pages.push(Page::RegionFeed(r));
        if json_terms {
            pages.push(Page::RegionJsonFeed(r));
        }
    }
    for kind in TermKind::ALL {
        pages.push(Page::TermList(kind));
        let paging = paging::term(site, kind);
        for (t, term) in kind.terms(site).iter().enumerate() {
            for n in 1..=paging.pages(term.articles.len()) {
                pages.push(Page::Term(kind, t, n));
            }
            pages.push(Page::TermFeed(kind, t));
            if json_terms {
                pages.push(Page::TermJsonFeed(kind, t));
            }
        }
    }
    pages.push(Page::Editions);
    for e in 0..site.editions.len() {
        pages.push(Page::Edition(e));
        if site.config.editions.email_published(e) {
            pages.extend([Page::EditionEmail(e), Page::EditionText(e)]);
        }
    }
    pages.extend([Page::EditionsFeed, Page::EditionsJsonFeed]);
    pages.extend([Page::HomeFeed, Page::HomeJsonFeed]);
    let parts = sitemap_parts(
        pages.iter().filter(|p| in_sitemap(**p)).count(),
        site.config.sitemap_urls,
    );
    pages.extend([Page::NotFound, Page::Sitemap(0), Page::Robots]);
    pages.extend((1..=parts).map(Page::Sitemap));
    let n = site.articles.len();
    pages.extend([Page::Search, Page::SearchMeta]);
    pages.extend((0..search::word_chunks(n)).map(Page::SearchWords));
    pages.extend((0..search::doc_chunks(n)).map(Page::SearchDocs));
    pages
}

/// True for the pages the sitemap lists: the first page of every subject, every article.
pub fn in_sitemap(page: Page) -> bool {
    matches!(
        page,
        Page::Home(1)
            | Page::Article(_)
            | Page::Regions
            | Page::Region(_, 1)
            | Page::TermList(_)
            | Page::Term(_, _, 1)
            | Page::Editions
            | Page::Edition(_)
    )
}

/// How many part files a sitemap of `urls` URLs is split into, `per_file` URLs each: none
/// while one file holds them all.
pub fn sitemap_parts(urls: usize, per_file: usize) -> usize {
    let per_file = per_file.max(1);
    if urls > per_file {
        urls.div_ceil(per_file)
    } else {
        0
    }
}

/// Where a page lives in the site's URL scheme.
pub fn loc(site: &Site, page: Page) -> Loc<'_> {
    let region = |r: usize| List::Region(&site.regions.nodes[r].slug);
    let term = |k: TermKind, t: usize| List::Term(k, &k.terms(site)[t].slug);
    match page {
        Page::Home(n) => Loc::List(List::Home, n),
        Page::Article(i) => Loc::Article(&site.articles[i]),
        Page::Regions => Loc::Regions,
        Page::Region(r, n) => Loc::List(region(r), n),
        Page::TermList(k) => Loc::Terms(k),
        Page::Term(k, t, n) => Loc::List(term(k, t), n),
        Page::Editions => Loc::Editions,
        Page::Edition(e) => Loc::Edition(&site.editions[e].id),
        Page::HomeFeed => Loc::Feed(List::Home),
        Page::RegionFeed(r) => Loc::Feed(region(r)),
        Page::TermFeed(k, t) => Loc::Feed(term(k, t)),
        Page::HomeJsonFeed => Loc::JsonFeed(List::Home),
        Page::RegionJsonFeed(r) => Loc::JsonFeed(region(r)),
        Page::TermJsonFeed(k, t) => Loc::JsonFeed(term(k, t)),
        Page::EditionEmail(e) => Loc::EditionEmail(&site.editions[e].id),
        Page::EditionText(e) => Loc::EditionText(&site.editions[e].id),
        Page::EditionsFeed => Loc::EditionsFeed,
        Page::EditionsJsonFeed => Loc::EditionsJsonFeed,
        Page::NotFound => Loc::NotFound,
        Page::Sitemap(k) => Loc::Sitemap(k),
        Page::Robots => Loc::Robots,
        Page::Search => Loc::Search,
        Page::SearchMeta => Loc::SearchMeta,
        Page::SearchWords(k) => Loc::SearchWords(k),
        Page::SearchDocs(k) => Loc::SearchDocs(k),
    }
}

/// The output path of a page, relative to the output folder.
pub fn path(site: &Site, page: Page) -> String {
    urls::file(loc(site, page))
}
