//! The site model: published articles plus every index the pages are cut from
//! (regions tree, people, tags, sources, editions), all by index into one article list.

pub mod editions;
pub mod regions;
pub mod terms;
pub mod urls;

use std::collections::HashMap;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Article;
use crate::render::markdown::{self, Rendered};

pub use editions::Edition;
pub use regions::{RegionKind, RegionNode, RegionTree};
pub use terms::Term;
pub use urls::Urls;

/// How many related articles an article page lists.
pub const RELATED_LIMIT: usize = 5;

/// Everything a build renders from.
#[derive(Debug)]
pub struct Site {
    /// The configuration, with base_url resolved.
    pub config: Config,
    /// URL helpers.
    pub urls: Urls,
    /// Published articles, newest first (near-duplicates folded into their originals).
    pub articles: Vec<Article>,
    /// Each article's rendered body, rendered on first use: pages kept from the last build
    /// never need it.
    rendered: Vec<OnceLock<Rendered>>,
    /// Per article: sources of near-duplicates folded into it, as (name, source_url).
    pub also_sources: Credits,
    /// People index.
    pub people: Vec<Term>,
    /// Per article: its people.
    pub article_people: Vec<Vec<usize>>,
    /// Tags index.
    pub tags: Vec<Term>,
    /// Per article: its tags.
    pub article_tags: Vec<Vec<usize>>,
    /// Sources index.
    pub sources: Vec<Term>,
    /// Per article: its source.
    pub article_source: Vec<Option<usize>>,
    /// Region tree and per-article places.
    pub regions: RegionTree,
    /// Editions, newest first.
    pub editions: Vec<Edition>,
    /// Per article: its edition.
    pub article_edition: Vec<usize>,
    /// Per article: related articles, best first.
    pub related: Vec<Vec<usize>>,
    /// Problems worth telling the user that do not stop the build.
    pub warnings: Vec<String>,
}

impl Site {
    /// Builds the model. `base_url` must be normalised.
    pub fn new(config: Config, base_url: &str, articles: Vec<Article>) -> Site {
        let mut warnings = Vec::new();
        let (articles, also_sources) = fold_duplicates(articles, &mut warnings);
        let rendered = articles.iter().map(|_| OnceLock::new()).collect();
        let n = articles.len();
        let (people, article_people) = terms::index(n, |i| {
            articles[i]
                .front
                .people
                .iter()
                .flatten()
                .map(String::as_str)
        });
        let (tags, article_tags) =
            terms::index(n, |i| articles[i].front.tags.iter().map(String::as_str));
        let (sources, per_source) =
            terms::index(n, |i| articles[i].front.source.as_deref().into_iter());
        let article_source = per_source.into_iter().map(|s| s.first().copied()).collect();
        let regions = regions::build(n, |i| {
            articles[i]
                .front
                .places
                .iter()
                .flatten()
                .map(String::as_str)
        });
        let dates: Vec<_> = articles.iter().map(|a| a.local_date).collect();
        let (editions, article_edition) = editions::build(config.editions, &dates);
        let mut site = Site {
            urls: Urls::new(base_url),
            config,
            articles,
            rendered,
            also_sources,
            people,
            article_people,
            tags,
            article_tags,
            sources,
            article_source,
            regions,
            editions,
            article_edition,
            related: Vec::new(),
            warnings,
        };
        site.related = (0..site.articles.len())
            .into_par_iter()
            .map(|i| site.related(i, RELATED_LIMIT))
            .collect();
        site
    }

    /// Article `i`'s body as HTML, with its word count and lead paragraph.
    pub fn rendered(&self, i: usize) -> &Rendered {
        self.rendered[i]
            .get_or_init(|| markdown::render(&self.articles[i].body, self.config.allow_raw_html))
    }

    /// Up to `limit` articles sharing people, countries or tags with article `i`, best first.
    /// Only the articles nearest in time within each shared index are considered: news is
    /// related to its neighbours, and this bounds the work per article on big archives.
    pub fn related(&self, i: usize, limit: usize) -> Vec<usize> {
        const WINDOW: usize = 60;
        let mut scored: Vec<(usize, u32)> = Vec::new();
        let mut add = |list: &[usize], weight: u32| {
            // Lists are in article order (newest first), so i's neighbours surround its position.
            let pos = list.partition_point(|&j| j < i);
            let lo = pos.saturating_sub(WINDOW);
            let hi = (pos + WINDOW + 1).min(list.len());
            scored.extend(
                list[lo..hi]
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| (j, weight)),
            );
        };
        for &p in &self.article_people[i] {
            add(&self.people[p].articles, 3);
        }
        for &c in &self.regions.countries[i] {
            add(&self.regions.nodes[c].articles, 2);
        }
        for &t in &self.article_tags[i] {
            add(&self.tags[t].articles, 1);
        }
        scored.sort_unstable_by_key(|&(j, _)| j);
        let mut ranked: Vec<(usize, u32)> = Vec::new();
        for (j, w) in scored {
            match ranked.last_mut() {
                Some(last) if last.0 == j => last.1 += w,
                _ => ranked.push((j, w)),
            }
        }
        // Ties go to the article closest in time, then the newer one.
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| a.0.abs_diff(i).cmp(&b.0.abs_diff(i)))
                .then_with(|| a.0.cmp(&b.0))
        });
        ranked.into_iter().take(limit).map(|(j, _)| j).collect()
    }
}

/// Per article: the (source name, source_url) of near-duplicates folded into it.
pub type Credits = Vec<Vec<(String, Option<String>)>>;

/// Drops articles marked `duplicate_of` an existing slug, crediting their source on the original.
fn fold_duplicates(articles: Vec<Article>, warnings: &mut Vec<String>) -> (Vec<Article>, Credits) {
    // `duplicate_of` names a slug, or `YYYY/MM/slug` when the slug recurs in other months.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        if a.front.duplicate_of.is_none() {
            by_key.entry(a.slug.clone()).or_default().push(i);
            let month = a.local_date.format("%Y/%m");
            by_key
                .entry(format!("{month}/{}", a.slug))
                .or_default()
                .push(i);
        }
    }
    let mut credit: HashMap<usize, Vec<(String, Option<String>)>> = HashMap::new();
    let mut keep = vec![true; articles.len()];
    for (i, a) in articles.iter().enumerate() {
        let Some(target) = a.front.duplicate_of.as_deref() else {
            continue;
        };
        match by_key.get(target.trim_matches('/')).map(Vec::as_slice) {
            Some(&[t]) => {
                keep[i] = false;
                if let Some(src) = &a.front.source {
                    credit
                        .entry(t)
                        .or_default()
                        .push((src.clone(), a.front.source_url.clone()));
                }
            }
            Some(_) => warnings.push(format!(
                "{}: duplicate_of `{target}` matches several articles; write it as YYYY/MM/{target}",
                a.path.display()
            )),
            None => warnings.push(format!(
                "{}: duplicate_of `{target}` names no published article; publishing it on its own",
                a.path.display()
            )),
        }
    }
    let mut kept = Vec::new();
    let mut also = Vec::new();
    for (i, a) in articles.into_iter().enumerate() {
        if keep[i] {
            also.push(credit.remove(&i).unwrap_or_default());
            kept.push(a);
        }
    }
    (kept, also)
}
