//! The site model: published articles plus every index the pages are cut from
//! (regions tree, people, tags, sources, editions), all by index into one article list.

pub mod editions;
pub mod regions;
pub mod terms;
pub mod urls;

use std::collections::HashMap;

use rayon::prelude::*;

use crate::config::Config;
use crate::content::Article;
use crate::enrich::brief::{self, BriefItem, Focus};
use crate::enrich::derive::{self, ArticleText, Derived};
use crate::enrich::registry::{PersonEntry, Registry};
use crate::render::markdown::{self, Rendered};

pub use editions::Edition;
pub use regions::{RegionKind, RegionNode, RegionTree};
pub use terms::Term;
pub use urls::Urls;

/// Everything a build renders from.
#[derive(Debug)]
pub struct Site {
    /// The configuration, with base_url resolved.
    pub config: Config,
    /// URL helpers.
    pub urls: Urls,
    /// Published articles, newest first (near-duplicates folded into their originals).
    pub articles: Vec<Article>,
    /// Each article's rendered body (same index).
    pub rendered: Vec<Rendered>,
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
    /// Problems worth telling the user that do not stop the build.
    pub warnings: Vec<String>,
    /// Per article: what enrichment filled in.
    pub derived: Vec<Derived>,
    /// Per person (same index as `people`): the curator's registry entry, if any.
    pub people_meta: Vec<Option<PersonEntry>>,
    /// Briefs of region nodes, people and editions.
    pub briefs: Briefs,
}

/// Multi-article briefs, computed once per page subject.
#[derive(Debug, Clone, Default)]
pub struct Briefs {
    /// Per region node.
    pub regions: Vec<Vec<BriefItem>>,
    /// Per person.
    pub people: Vec<Vec<BriefItem>>,
    /// Per edition.
    pub editions: Vec<Vec<BriefItem>>,
}

impl Site {
    /// Builds the model with no curator registry. `base_url` must be normalised.
    pub fn new(config: Config, base_url: &str, articles: Vec<Article>) -> Site {
        Site::with_registry(config, base_url, articles, &Registry::default())
    }

    /// Builds the model, deriving the people, places and summary articles lack with
    /// the curator's `registry`. `base_url` must be normalised.
    pub fn with_registry(
        config: Config,
        base_url: &str,
        articles: Vec<Article>,
        registry: &Registry,
    ) -> Site {
        let mut warnings = Vec::new();
        let (mut articles, also_sources) = fold_duplicates(articles, &mut warnings);
        let (derived, texts) = derive::derive(&mut articles, registry, config.summary_sentences);
        let rendered: Vec<Rendered> = articles
            .par_iter()
            .map(|a| markdown::render(&a.body, config.allow_raw_html))
            .collect();
        let n = articles.len();
        let (people, article_people) = terms::index_with(
            n,
            |i| {
                articles[i]
                    .front
                    .people
                    .iter()
                    .flatten()
                    .map(String::as_str)
            },
            |name| {
                registry
                    .person(name)
                    .and_then(|p| p.slug.clone())
                    .unwrap_or_else(|| crate::slug::slugify(name))
            },
        );
        let people_meta: Vec<Option<PersonEntry>> = people
            .iter()
            .map(|t| registry.person(&t.name).cloned())
            .collect();
        let (tags, article_tags) =
            terms::index(n, |i| articles[i].front.tags.iter().map(String::as_str));
        let (sources, per_source) =
            terms::index(n, |i| articles[i].front.source.as_deref().into_iter());
        let article_source = per_source.into_iter().map(|s| s.first().copied()).collect();
        let regions = regions::build_with(registry.gazetteer(), n, |i| {
            articles[i]
                .front
                .places
                .iter()
                .flatten()
                .map(String::as_str)
        });
        let dates: Vec<_> = articles.iter().map(|a| a.local_date).collect();
        let (editions, article_edition) = editions::build(config.editions, &dates);
        let briefs = build_briefs(&texts, &regions, &people, &editions, registry);
        Site {
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
            warnings,
            derived,
            people_meta,
            briefs,
        }
    }

    /// Up to `limit` articles sharing people, regions or tags with article `i`, best first.
    pub fn related(&self, i: usize, limit: usize) -> Vec<usize> {
        let mut score: HashMap<usize, u32> = HashMap::new();
        let mut add = |list: &[usize], weight: u32| {
            for &j in list {
                if j != i {
                    *score.entry(j).or_default() += weight;
                }
            }
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
        let mut ranked: Vec<(usize, u32)> = score.into_iter().collect();
        // Ties go to the article closest in time, then the newer one.
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| a.0.abs_diff(i).cmp(&b.0.abs_diff(i)))
                .then_with(|| a.0.cmp(&b.0))
        });
        ranked.into_iter().take(limit).map(|(j, _)| j).collect()
    }
}

/// Briefs for every region node, person and edition, in parallel.
fn build_briefs(
    texts: &[ArticleText],
    regions: &RegionTree,
    people: &[Term],
    editions: &[Edition],
    registry: &Registry,
) -> Briefs {
    const LINES: usize = 3;
    let regions = regions
        .nodes
        .par_iter()
        .map(|n| brief::brief(&n.articles, texts, Focus::Summaries, LINES))
        .collect();
    let people = people
        .par_iter()
        .map(|t| {
            // Sentences naming the person by surname or any registry alias.
            let mut words: Vec<String> = t
                .name
                .split_whitespace()
                .last()
                .map(|w| vec![w.to_string()])
                .unwrap_or_default();
            if let Some(p) = registry.person(&t.name) {
                words.extend(p.aliases.iter().cloned());
            }
            brief::brief(&t.articles, texts, Focus::Person(&words), LINES)
        })
        .collect();
    let editions = editions
        .par_iter()
        .map(|e| brief::brief(&e.articles, texts, Focus::Summaries, LINES + 1))
        .collect();
    Briefs {
        regions,
        people,
        editions,
    }
}

/// Per article: the (source name, source_url) of near-duplicates folded into it.
pub type Credits = Vec<Vec<(String, Option<String>)>>;

/// Drops articles marked `duplicate_of` an existing slug, crediting their source on the original.
fn fold_duplicates(articles: Vec<Article>, warnings: &mut Vec<String>) -> (Vec<Article>, Credits) {
    let slugs: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .filter(|(_, a)| a.front.duplicate_of.is_none())
        .map(|(i, a)| (a.slug.as_str(), i))
        .collect();
    let mut credit: HashMap<usize, Vec<(String, Option<String>)>> = HashMap::new();
    let mut keep = vec![true; articles.len()];
    for (i, a) in articles.iter().enumerate() {
        let Some(target) = a.front.duplicate_of.as_deref() else {
            continue;
        };
        match slugs.get(target) {
            Some(&t) => {
                keep[i] = false;
                if let Some(src) = &a.front.source {
                    credit
                        .entry(t)
                        .or_default()
                        .push((src.clone(), a.front.source_url.clone()));
                }
            }
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
