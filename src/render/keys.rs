//! Page keys: a stable hash of everything a page shows, computed from the model without
//! rendering. A page whose key is unchanged since the last build (and whose file is intact) is
//! not rendered again; this makes no-op builds and preview rebuilds cheap.

use chrono::Datelike;
use rayon::prelude::*;

use super::paging::{self, Paging};
use super::{Page, TermKind};
use crate::keyhash::KeyHasher;
use crate::site::Site;

/// Keys for every page of one site and template set.
pub struct Keys {
    global: u64,
    cards: Vec<u64>,
    /// Everything the search index holds: every article's file and names.
    search: u64,
    /// The first and last day of the site (timelines span them).
    weeks: (u64, u64),
    /// Per article: what it adds to the timelines and co-mentions of its subjects.
    subject_atoms: Vec<u64>,
    region_inputs: Vec<std::sync::OnceLock<u64>>,
    person_inputs: Vec<std::sync::OnceLock<u64>>,
}

impl Keys {
    /// `global` covers what every page sees: version, configuration, base URL and templates.
    pub fn new(site: &Site, templates_fingerprint: u64) -> Keys {
        let mut g = KeyHasher::new(0);
        g.str(env!("CARGO_PKG_VERSION"))
            .str(&format!("{:?}", site.config))
            .str(&site.urls.base_url)
            .num(site.registry_fingerprint)
            .num(templates_fingerprint)
            .num(site.interface.fingerprint());
        let global = KeyHasher::finish(&g);
        let names = Names::new(site);
        let cards: Vec<u64> = (0..site.articles.len())
            .into_par_iter()
            .map(|i| card_key(site, &names, global, i))
            .collect();
        let subject_atoms: Vec<u64> = (0..site.articles.len())
            .into_par_iter()
            .map(|i| subject_atom(site, &names, i))
            .collect();
        let mut s = KeyHasher::new(global);
        s.str("search");
        for &c in &cards {
            s.num(c);
        }
        let search = KeyHasher::finish(&s);
        let days = site
            .articles
            .iter()
            .map(|a| a.local_date.num_days_from_ce() as u64);
        let weeks = (days.clone().min().unwrap_or(0), days.max().unwrap_or(0));
        Keys {
            global,
            cards,
            search,
            weeks,
            subject_atoms,
            region_inputs: (0..site.regions.nodes.len())
                .map(|_| Default::default())
                .collect(),
            person_inputs: (0..site.people.len()).map(|_| Default::default()).collect(),
        }
    }

    /// The key of a page, or `None` for pages that are always rendered (none, today).
    pub fn page(&self, site: &Site, page: Page) -> Option<u64> {
        let mut h = KeyHasher::new(self.global);
        std::hash::Hash::hash(&page, &mut h);
        match page {
            Page::Home(n) => {
                // The home pages list every article in order: page n is a range of them.
                let (count, paging) = (site.articles.len(), paging::home(site));
                h.num(count as u64)
                    .num(n as u64)
                    .num(paging.pages(count) as u64);
                for i in paging.range(count, n) {
                    h.num(self.cards[i]);
                }
                if !site.editions.is_empty() {
                    h.num(self.edition(site, 0));
                }
            }
            Page::Article(i) => {
                h.num(self.cards[i]);
                for &j in &site.related[i] {
                    h.num(self.cards[j]);
                }
            }
            Page::Regions => {
                for n in &site.regions.nodes {
                    h.str(&n.slug).str(&n.name).num(n.articles.len() as u64);
                    h.num(n.parent.map_or(u64::MAX, |p| p as u64));
                }
            }
            Page::Region(r, n) => {
                brief(&mut h, &site.briefs.regions[r]);
                let node = &site.regions.nodes[r];
                h.str(&node.name).str(node.kind.as_str());
                if let Some(p) = node.parent {
                    h.str(&site.regions.nodes[p].slug)
                        .str(&site.regions.nodes[p].name);
                }
                for &c in &node.children {
                    let child = &site.regions.nodes[c];
                    h.str(&child.slug)
                        .str(&child.name)
                        .num(child.articles.len() as u64);
                }
                let paging = paging::region(site, r);
                self.slice(&mut h, &node.articles, n, paging);
                for c in paging::archive_countries(site, r) {
                    let country = &site.regions.nodes[c];
                    h.str(&country.slug)
                        .str(&country.name)
                        .num(country.articles.len() as u64);
                }
                h.num(*self.region_inputs[r].get_or_init(|| self.subject_inputs(&node.articles)));
            }
            Page::TermList(k) => {
                for t in k.terms(site) {
                    h.str(&t.slug).str(&t.name).num(t.articles.len() as u64);
                }
            }
            Page::Term(k, t, n) => {
                if k == TermKind::People {
                    brief(&mut h, &site.briefs.people[t]);
                }
                let term = &k.terms(site)[t];
                h.str(&term.name);
                self.slice(&mut h, &term.articles, n, paging::term(site, k));
                if k == TermKind::People {
                    h.num(
                        *self.person_inputs[t].get_or_init(|| self.subject_inputs(&term.articles)),
                    );
                }
            }
            Page::Editions => {
                for e in &site.editions {
                    h.str(&e.id).str(&e.title).num(e.articles.len() as u64);
                }
            }
            Page::Edition(e) | Page::EditionEmail(e) | Page::EditionText(e) => {
                h.num(self.edition(site, e));
            }
            Page::EditionsFeed | Page::EditionsJsonFeed => {
                for e in 0..site.editions.len().min(site.config.feed_limit) {
                    h.num(self.edition(site, e));
                }
            }
            Page::HomeFeed | Page::HomeJsonFeed => {
                for i in 0..site.articles.len().min(site.config.feed_limit) {
                    h.num(self.cards[i]);
                }
            }
            Page::RegionFeed(r) | Page::RegionJsonFeed(r) => {
                h.str(&site.regions.nodes[r].name);
                self.feed(&mut h, site, &site.regions.nodes[r].articles);
            }
            Page::TermFeed(k, t) | Page::TermJsonFeed(k, t) => {
                let term: &crate::site::Term = &k.terms(site)[t];
                h.str(&term.name);
                self.feed(&mut h, site, &term.articles);
            }
            Page::NotFound | Page::Robots | Page::Search => {}
            Page::SearchMeta | Page::SearchWords(_) | Page::SearchDocs(_) => {
                h.num(self.search);
            }
            Page::Sitemap(k) => {
                h.num(k as u64);
                sitemap(&mut h, site);
            }
        }
        Some(KeyHasher::finish(&h))
    }

    /// What a subject's timeline and co-mentions are computed from, hashed instead of the
    /// results: computing them for every subject on every rebuild cost half of a preview
    /// rebuild. Per article: its week and the names and slugs of its people and countries;
    /// plus the site's span of weeks (timelines share one axis). The region tree itself is in
    /// every key through the registry's fingerprint.
    /// Computed once per subject (every page of a paginated subject shares it) from each
    /// article's share, hashed once per article.
    fn subject_inputs(&self, articles: &[usize]) -> u64 {
        let mut h = KeyHasher::new(self.global);
        h.num(self.weeks.0).num(self.weeks.1);
        for &i in articles {
            h.num(self.subject_atoms[i]);
        }
        KeyHasher::finish(&h)
    }

    /// A list page shows its count, its number of pages and its slice of cards or rows.
    fn slice(&self, h: &mut KeyHasher, items: &[usize], page: usize, paging: Paging) {
        h.num(items.len() as u64)
            .num(page as u64)
            .num(paging.pages(items.len()) as u64);
        for &i in &items[paging.range(items.len(), page)] {
            h.num(self.cards[i]);
        }
    }

    fn feed(&self, h: &mut KeyHasher, site: &Site, items: &[usize]) {
        for &i in &items[..items.len().min(site.config.term_feed_limit())] {
            h.num(self.cards[i]);
        }
    }

    fn edition(&self, site: &Site, e: usize) -> u64 {
        let ed = &site.editions[e];
        let mut h = KeyHasher::new(self.global);
        h.str(&ed.id).str(&ed.title);
        // The intro is shown in full and its `order` moves articles.
        match &ed.intro {
            Some(intro) => h.num(intro.source_hash).str(&intro.path.to_string_lossy()),
            None => h.num(u64::MAX),
        };
        for &i in &ed.lead {
            h.num(self.cards[i]);
        }
        brief(&mut h, &site.briefs.editions[e]);
        for &i in &ed.articles {
            h.num(self.cards[i]);
        }
        for k in [e.wrapping_sub(1), e + 1] {
            if let Some(n) = site.editions.get(k) {
                h.str(&n.id).str(&n.title);
            }
        }
        KeyHasher::finish(&h)
    }
}

/// A subject's timeline and co-mentions come from all its articles (and the site's date
/// span), not only the cards of the page: hash what they show.
/// A brief quotes sentences of recent articles: its text and sources are part of the page.
fn brief(h: &mut KeyHasher, items: &[crate::enrich::brief::BriefItem]) {
    for item in items {
        h.num(item.article as u64).str(&item.text);
    }
}

/// The sitemap lists the first page of every subject and every article with its last change.
fn sitemap(h: &mut KeyHasher, site: &Site) {
    let tz = site.config.tz();
    for a in &site.articles {
        let lastmod = a.updated.unwrap_or(a.date).local_date(tz);
        h.str(&a.slug)
            .num(a.local_date.num_days_from_ce() as u64)
            .num(lastmod.num_days_from_ce() as u64);
    }
    for n in &site.regions.nodes {
        h.str(&n.slug);
    }
    for kind in [TermKind::People, TermKind::Tags, TermKind::Sources] {
        h.num(u64::MAX);
        for t in kind.terms(site) {
            h.str(&t.slug);
        }
    }
    for e in &site.editions {
        h.str(&e.id);
    }
}

/// Hashes of the names and slugs of every term and region node (a node's with its
/// ancestors'), so per-article keys hash numbers instead of the same strings thousands of
/// times.
struct Names {
    terms: [Vec<u64>; 3],
    nodes: Vec<u64>,
}

impl Names {
    fn new(site: &Site) -> Names {
        let term = |t: &crate::site::Term| {
            let mut h = KeyHasher::new(0);
            h.str(&t.slug).str(&t.name);
            KeyHasher::finish(&h)
        };
        let terms = [TermKind::People, TermKind::Tags, TermKind::Sources]
            .map(|k| k.terms(site).iter().map(term).collect());
        let tree = &site.regions.nodes;
        let mut nodes: Vec<Option<u64>> = vec![None; tree.len()];
        // Parents before children: walk each node's chain up, then hash it downwards.
        for start in 0..tree.len() {
            let mut chain = Vec::new();
            let mut up = Some(start);
            while let Some(n) = up {
                if nodes[n].is_some() {
                    break;
                }
                chain.push(n);
                up = tree[n].parent;
            }
            let mut above = up.and_then(|n| nodes[n]).unwrap_or(u64::MAX);
            for &n in chain.iter().rev() {
                let mut h = KeyHasher::new(above);
                h.str(&tree[n].slug).str(&tree[n].name);
                above = KeyHasher::finish(&h);
                nodes[n] = Some(above);
            }
        }
        Names {
            terms,
            nodes: nodes.into_iter().map(Option::unwrap_or_default).collect(),
        }
    }
}

/// An article's share of its subjects' timelines and co-mentions: its week and the names and
/// slugs of its people and countries.
fn subject_atom(site: &Site, names: &Names, i: usize) -> u64 {
    let mut h = KeyHasher::new(0);
    h.num(site.articles[i].local_date.num_days_from_ce() as u64 / 7);
    for &p in &site.article_people[i] {
        h.num(names.terms[0][p]);
    }
    h.num(u64::MAX);
    for &n in &site.regions.countries[i] {
        h.num(names.nodes[n]);
    }
    KeyHasher::finish(&h)
}

/// Everything an article's card and page show: its file, and the names of what it links to
/// (for a place, its node and the node's ancestors: links, breadcrumbs and edition sections
/// use them).
fn card_key(site: &Site, names: &Names, global: u64, i: usize) -> u64 {
    let a = &site.articles[i];
    let mut h = KeyHasher::new(global);
    h.num(a.source_hash).str(&a.path.to_string_lossy());
    // The renditions of a local image change with its file, not with the article's.
    if let Some(img) = &site.images[i] {
        std::hash::Hash::hash(img, &mut h);
    }
    for (name, url) in &site.also_sources[i] {
        h.str(name).str(url.as_deref().unwrap_or(""));
    }
    h.num(u64::MAX);
    // A story mate's file holds its title, source and date (its URL).
    for &j in &site.stories[i] {
        let other = &site.articles[j];
        h.num(other.source_hash).str(&other.path.to_string_lossy());
    }
    let lists: [&[usize]; 3] = [
        &site.article_people[i],
        &site.article_tags[i],
        site.article_source[i].as_slice(),
    ];
    for (k, list) in lists.iter().enumerate() {
        h.num(u64::MAX);
        for &t in *list {
            h.num(names.terms[k][t]);
        }
    }
    for (name, node) in &site.regions.places[i] {
        h.str(name).num(node.map_or(u64::MAX, |n| names.nodes[n]));
    }
    KeyHasher::finish(&h)
}
