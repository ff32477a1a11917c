//! Wiring into the build: fills in the people, places and summary that an article's
//! front matter leaves out (the curator's lists always win), gives every person one
//! site-wide canonical name, and keeps each article's sentences for briefs.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use super::{Enricher, Registry, canon, reader, sentences};
use crate::content::Article;
use crate::geo::{self, GeoRef};

/// What enrichment filled in for one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Derived {
    /// `people` was derived.
    pub people: bool,
    /// `places` was derived.
    pub places: bool,
    /// `summary` was derived.
    pub summary: bool,
    /// The summary is the start of the article's own first paragraph (so pages need not repeat it).
    pub summary_is_lead: bool,
}

/// An article's sentences, kept for briefs.
#[derive(Debug, Clone, Default)]
pub struct ArticleText {
    /// Body sentences, verbatim, in order.
    pub sentences: Vec<String>,
    /// The summary's sentences (derived, or the curator's summary split), in order.
    pub summary: Vec<String>,
}

/// Derivations kept between builds of one process (the preview server): detection costs far
/// more than anything else per article, and an unchanged file derives the same result.
#[derive(Default)]
pub struct DeriveCache {
    /// What the entries were derived with; a different registry or summary length clears them.
    stamp: Option<(u64, usize)>,
    derived: HashMap<(PathBuf, u64), (Arc<Article>, Derived)>,
    texts: HashMap<(PathBuf, u64, bool), Arc<ArticleText>>,
}

impl DeriveCache {
    fn check_stamp(&mut self, registry: &Registry, summary_sentences: usize) {
        let stamp = Some((registry.fingerprint, summary_sentences));
        if self.stamp != stamp {
            *self = DeriveCache {
                stamp,
                ..DeriveCache::default()
            };
        }
    }

    /// The brief text of `a`, computed once per version of its file.
    pub fn text(&self, a: &Article, with_body: bool) -> Arc<ArticleText> {
        self.texts
            .get(&(a.path.clone(), a.source_hash, with_body))
            .cloned()
            .unwrap_or_else(|| Arc::new(text_of(a, with_body)))
    }

    /// Keeps these texts (and only these) for the next build.
    pub fn keep_texts(&mut self, texts: Vec<(&Article, bool, Arc<ArticleText>)>) {
        self.texts = texts
            .into_iter()
            .map(|(a, body, t)| ((a.path.clone(), a.source_hash, body), t))
            .collect();
    }
}

/// Derives what each article lacks, in parallel; results do not depend on thread timing.
pub fn derive(
    articles: &mut [Arc<Article>],
    registry: &Registry,
    summary_sentences: usize,
    cache: &mut DeriveCache,
) -> Vec<Derived> {
    cache.check_stamp(registry, summary_sentences);
    let enricher = Enricher::new(registry.clone(), summary_sentences);
    let known = &cache.derived;
    let results: Vec<Derived> = articles
        .par_iter_mut()
        .map(|a| match known.get(&(a.path.clone(), a.source_hash)) {
            Some((done, d)) => {
                *a = Arc::clone(done);
                *d
            }
            None => derive_one(a, &enricher),
        })
        .collect();
    cache.derived = articles
        .iter()
        .zip(&results)
        .map(|(a, d)| ((a.path.clone(), a.source_hash), (Arc::clone(a), *d)))
        .collect();
    canonicalise_people(articles, registry);
    results
}

/// The sentences briefs quote from an article: its summary's always, its body's only when
/// `with_body` (person briefs look for sentences naming the person; the others quote
/// summaries), since splitting every body of a large archive on every build is wasted work.
pub fn text_of(a: &Article, with_body: bool) -> ArticleText {
    let split = |text: &str| -> Vec<String> {
        sentences::split(text)
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    };
    let sentences = if with_body {
        split(&reader::from_markdown(&a.front.title, &a.body).body)
    } else {
        Vec::new()
    };
    ArticleText {
        sentences,
        summary: a.front.summary.as_deref().map(split).unwrap_or_default(),
    }
}

fn derive_one(shared: &mut Arc<Article>, enricher: &Enricher) -> Derived {
    let mut d = Derived::default();
    let needs = shared.front.people.is_none()
        || shared.front.places.is_none()
        || shared.front.summary.is_none();
    if needs {
        let doc = reader::from_markdown(&shared.front.title, &shared.body);
        // Copy on write: articles that need nothing stay shared with the content cache.
        let a = Arc::make_mut(shared);
        let e = enricher.enrich(&doc);
        if a.front.people.is_none() {
            a.front.people = Some(e.people.clone());
            d.people = true;
        }
        if a.front.places.is_none() {
            a.front.places = Some(places_for_regions(&e.countries, &e.places));
            d.places = true;
        }
        if a.front.summary.is_none() && !e.summary.is_empty() {
            let lead = doc.body.split("\n\n").next().unwrap_or("");
            d.summary_is_lead = lead.starts_with(&e.summary);
            a.front.summary = Some(e.summary);
            d.summary = true;
        }
    }
    d
}

/// The `places` list the region tree is built from: each country (most salient first)
/// followed by the places found inside it, keeping only names the gazetteer resolves to
/// that same country, so region pages agree with the detected countries.
pub fn places_for_regions(countries: &[String], places: &[String]) -> Vec<String> {
    let gaz = geo::gazetteer();
    let mut out: Vec<String> = Vec::new();
    for c in countries {
        let Some(GeoRef::Country(ci)) = gaz.lookup(c) else {
            continue;
        };
        if !out.contains(c) {
            out.push(c.clone());
        }
        for p in places {
            if gaz.lookup(p) == Some(GeoRef::Country(ci)) && !out.contains(p) {
                out.push(p.clone());
            }
        }
    }
    out
}

/// One name per person across the site: the registry's, else the fullest spelling seen.
fn canonicalise_people(articles: &mut [Arc<Article>], registry: &Registry) {
    let map = canon::canonical_names(
        articles
            .iter()
            .flat_map(|a| a.front.people.iter().flatten().map(String::as_str)),
        registry,
    );
    for shared in articles.iter_mut() {
        let Some(list) = &shared.front.people else {
            continue;
        };
        let mut out: Vec<String> = Vec::with_capacity(list.len());
        for n in list.iter() {
            let c = map.get(n.trim()).cloned().unwrap_or_else(|| n.clone());
            if !out.contains(&c) {
                out.push(c);
            }
        }
        if &out != list {
            Arc::make_mut(shared).front.people = Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_places_follow_countries() {
        let countries = vec!["China".to_string(), "Laos".to_string()];
        let places = vec![
            "Hong Kong".to_string(),
            "Vientiane".to_string(),
            "South China Sea".to_string(),
            "China".to_string(),
            "Shanghai".to_string(),
        ];
        // Hong Kong resolves to its own territory, not China, so it is left out.
        assert_eq!(
            places_for_regions(&countries, &places),
            ["China", "Shanghai", "Laos", "Vientiane"]
        );
    }
}
