//! Wiring into the build: fills in the people, places and summary that an article's
//! front matter leaves out (the curator's lists always win), gives every person one
//! site-wide canonical name, and keeps each article's sentences for briefs.

use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use super::kept_text::Text;
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
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ArticleText {
    /// Body sentences, verbatim, in order.
    pub sentences: Vec<String>,
    /// The summary's sentences (derived, or the curator's summary split), in order.
    pub summary: Vec<String>,
}

/// Derivations kept between builds of one process (the preview server): detection costs far
/// more than anything else per article, and an unchanged file derives the same result.
/// Entries are keyed by file and checked against the file's source hash.
#[derive(Default)]
pub struct DeriveCache {
    /// What the entries were derived with; a different registry or summary length clears them.
    stamp: Option<(u64, usize, String)>,
    derived: HashMap<PathBuf, (u64, Arc<Article>, Derived)>,
    /// Brief texts without and with body sentences, with their [`text_key`].
    texts: [HashMap<PathBuf, KeptText>; 2],
    /// Brief texts read back from a build cache by [`text_key`]: they depend on nothing but
    /// what the key is made from, so they outlive a change of registry or settings.
    lasting_texts: HashMap<u64, Arc<Text>>,
    canon: Option<CanonMemo>,
}

/// A brief text kept by file: the file's source hash, the text's [`text_key`], the text.
type KeptText = (u64, u64, Arc<Text>);

/// The site-wide canonical names, and each article with its names canonicalised, for the
/// list of names they were computed from.
struct CanonMemo {
    names: u64,
    map: std::collections::HashMap<String, String>,
    /// By address of the article before: (before, after); holding `before` keeps its address
    /// from being reused while the entry lives.
    done: HashMap<usize, (Arc<Article>, Arc<Article>)>,
}

impl DeriveCache {
    fn check_stamp(&mut self, registry: &Registry, summary_sentences: usize, language: &str) {
        let stamp = Some((
            registry.fingerprint,
            summary_sentences,
            language.to_string(),
        ));
        if self.stamp != stamp {
            *self = DeriveCache {
                stamp,
                lasting_texts: std::mem::take(&mut self.lasting_texts),
                ..DeriveCache::default()
            };
        }
    }

    /// The brief text of `a` and its [`text_key`], computed once per version of its file
    /// (or taken from a build cache's texts).
    pub fn text(&self, a: &Article, with_body: bool) -> (u64, Arc<Text>) {
        if let Some((hash, key, t)) = self.texts[with_body as usize].get(&a.path)
            && *hash == a.source_hash
        {
            return (*key, Arc::clone(t));
        }
        let key = text_key(a, with_body);
        match self.lasting_texts.get(&key) {
            Some(t) => (key, Arc::clone(t)),
            None => (key, Arc::new(Text::new(text_of(a, with_body)))),
        }
    }

    /// Keeps these texts (and only these) for the next build, each with its [`text_key`].
    pub fn keep_texts(&mut self, texts: Vec<(&Article, bool, u64, Arc<Text>)>) {
        for map in &mut self.texts {
            map.clear();
        }
        self.lasting_texts.clear();
        for (a, body, key, t) in texts {
            self.texts[body as usize].insert(a.path.clone(), (a.source_hash, key, t));
        }
    }

    /// Takes brief texts kept by a build cache ([`DeriveCache::lasting_texts`] of another
    /// process), by [`text_key`], still encoded ([`Text`]).
    pub fn add_texts(&mut self, texts: impl IntoIterator<Item = (u64, Text)>) {
        self.lasting_texts
            .extend(texts.into_iter().map(|(k, t)| (k, Arc::new(t))));
    }

    /// The brief texts of the last build by [`text_key`], for a build cache.
    pub fn lasting_texts(&self) -> Vec<(u64, &Text)> {
        self.texts
            .iter()
            .flat_map(|m| m.values().map(|(_, k, t)| (*k, &**t)))
            .collect()
    }
}

/// A hash of everything [`text_of`] reads: the title, the summary (after enrichment filled
/// it in) and, when `with_body`, the body. Equal keys make equal texts for one newsdesk
/// executable (which the build cache's header names).
pub fn text_key(a: &Article, with_body: bool) -> u64 {
    let mut h = crate::keyhash::KeyHasher::new(0x5445_5854);
    h.num(with_body as u64).str(&a.front.title);
    match &a.front.summary {
        Some(s) => h.num(1).str(s),
        None => h.num(0),
    };
    if with_body {
        h.str(&a.body);
    }
    h.finish()
}

/// Derives what each article lacks, in parallel; results do not depend on thread timing.
pub fn derive(
    articles: &mut [Arc<Article>],
    registry: &Registry,
    summary_sentences: usize,
    site_language: &str,
    cache: &mut DeriveCache,
) -> Vec<Derived> {
    cache.check_stamp(registry, summary_sentences, site_language);
    let known = &cache.derived;
    let kept = |a: &Article| {
        known
            .get(&a.path)
            .filter(|(hash, _, _)| *hash == a.source_hash)
    };
    // The enricher (the registry cloned, every curator's name listed and sorted) is made
    // only when an article not derived before lacks something: after an edit usually none.
    let enricher = articles
        .par_iter()
        .any(|a| kept(a).is_none() && needs_enrichment(a))
        .then(|| {
            // The curators' own lists: names the site knows, for text that is not English.
            let mut known: Vec<String> = articles
                .iter()
                .filter_map(|a| a.front.people.as_ref())
                .flatten()
                .filter(|n| n.contains(' '))
                .cloned()
                .collect();
            known.sort_unstable();
            known.dedup();
            Enricher::new(registry.clone(), summary_sentences)
                .with_default_language(site_language)
                .with_known_people(known)
        });
    let results: Vec<(Derived, bool)> = articles
        .par_iter_mut()
        .map(|a| match kept(a) {
            Some((_, done, d)) => {
                *a = Arc::clone(done);
                (*d, false)
            }
            None => (derive_one(a, enricher.as_ref()), true),
        })
        .collect();
    // Only new derivations are stored; entries of files gone from the site are dropped.
    for (a, (d, new)) in articles.iter().zip(&results) {
        if *new {
            cache
                .derived
                .insert(a.path.clone(), (a.source_hash, Arc::clone(a), *d));
        }
    }
    if cache.derived.len() > articles.len() {
        let live: std::collections::HashSet<&std::path::Path> =
            articles.iter().map(|a| a.path.as_path()).collect();
        cache.derived.retain(|p, _| live.contains(p.as_path()));
    }
    canonicalise_people(articles, registry, &mut cache.canon);
    results.into_iter().map(|(d, _)| d).collect()
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

/// The article lacks people, places or a summary, which enrichment fills in.
fn needs_enrichment(a: &Article) -> bool {
    a.front.people.is_none() || a.front.places.is_none() || a.front.summary.is_none()
}

/// Derives what article `shared` lacks; `enricher` is there whenever something is lacking.
fn derive_one(shared: &mut Arc<Article>, enricher: Option<&Enricher>) -> Derived {
    let mut d = Derived::default();
    if needs_enrichment(shared) {
        let enricher = enricher.expect("made whenever a new article lacks something");
        let doc = reader::from_article(&shared.front, &shared.body);
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
            // A summary made of the body's opening sentences (across paragraphs) would only
            // repeat them above the text.
            d.summary_is_lead = opens_with(&doc.body, &e.summary);
            a.front.summary = Some(e.summary);
            d.summary = true;
        }
    }
    d
}

/// `text` starts with `lead`, whitespace (paragraph breaks included) compared as one space.
fn opens_with(text: &str, lead: &str) -> bool {
    let mut words = text.split_whitespace();
    lead.split_whitespace().all(|w| words.next() == Some(w))
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
/// The names are worked out again only when the list of names changed, and each article is
/// rewritten only when it is new or the names changed.
fn canonicalise_people(
    articles: &mut [Arc<Article>],
    registry: &Registry,
    memo: &mut Option<CanonMemo>,
) {
    let names = {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for a in articles.iter() {
            for n in a.front.people.iter().flatten() {
                h.update(&(n.len() as u64).to_le_bytes());
                h.update(n.as_bytes());
            }
            h.update(&u64::MAX.to_le_bytes());
        }
        h.digest()
    };
    let last = match memo.take() {
        Some(m) if m.names == names => m,
        _ => CanonMemo {
            names,
            map: canon::canonical_names(
                articles
                    .iter()
                    .flat_map(|a| a.front.people.iter().flatten().map(String::as_str)),
                registry,
            ),
            done: HashMap::default(),
        },
    };
    let mut done = HashMap::with_capacity_and_hasher(articles.len(), Default::default());
    for shared in articles.iter_mut() {
        let key = Arc::as_ptr(shared) as usize;
        if let Some((before, after)) = last.done.get(&key)
            && Arc::ptr_eq(before, shared)
        {
            *shared = Arc::clone(after);
            done.insert(key, (Arc::clone(before), Arc::clone(after)));
            continue;
        }
        let before = Arc::clone(shared);
        if let Some(list) = &shared.front.people {
            let mut out: Vec<String> = Vec::with_capacity(list.len());
            for n in list.iter() {
                let c = last.map.get(n.trim()).cloned().unwrap_or_else(|| n.clone());
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            if &out != list {
                Arc::make_mut(shared).front.people = Some(out);
            }
        }
        done.insert(key, (before, Arc::clone(shared)));
    }
    *memo = Some(CanonMemo {
        names,
        map: last.map,
        done,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_of_opening_sentences_across_paragraphs_is_the_lead() {
        let body = "One said this.\n\nTwo said  that. Three said more.";
        assert!(opens_with(body, "One said this. Two said that."));
        assert!(!opens_with(body, "One said this. Three said more."));
        assert!(!opens_with("Short.", "Short. Longer summary."));
    }

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
