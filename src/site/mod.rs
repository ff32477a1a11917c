//! The site model: published articles plus every index the pages are cut from
//! (regions tree, people, tags, sources, editions), all by index into one article list.

pub mod editions;
pub mod images;
pub mod memo;
pub mod outlines;
pub mod regions;
pub mod terms;
pub mod urls;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use chrono::Datelike;
use rayon::prelude::*;

use crate::config::Config;
use crate::content::Article;
use crate::enrich::brief::{self, BriefItem, Focus};
use crate::enrich::derive::{self, DeriveCache, Derived};
use crate::enrich::kept_text::Text;
use crate::enrich::registry::{PersonEntry, Registry};
use crate::enrich::{sentences, stories};
use crate::error::Located;
use crate::i18n::Interface;
use crate::markdown;
use crate::timing::Laps;

pub use editions::Edition;
pub use memo::{Lasting, ModelMemo};
pub use regions::{RegionKind, RegionNode, RegionTree};
pub use terms::{Term, TermKind};
pub use urls::Urls;

/// Distinct terms an article needs before it is grouped into a story with others (too few
/// to tell one event from another: a stub, a one-line note).
const MIN_STORY_TERMS: usize = 12;

/// Everything a build renders from.
#[derive(Debug)]
pub struct Site {
    /// The configuration, with base_url resolved.
    pub config: Config,
    /// URL helpers.
    pub urls: Urls,
    /// Published articles, newest first (near-duplicates folded into their originals).
    pub articles: Vec<Arc<Article>>,
    /// Each article's outline, made on first use: pages kept from the last build never need it.
    rendered: Vec<OnceLock<Outline>>,
    /// Word counts and leads of the last build, by [`memo::outline_key`]: they need a full
    /// Markdown render (of ~1,000 articles for the cards of the pages one edit changes).
    prior_outlines: memo::Outlines,
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
    /// Per article: the other published articles reporting the same story, newest first.
    pub stories: Vec<Vec<usize>>,
    /// Problems worth telling the user that do not stop the build.
    pub warnings: Vec<Located>,
    /// Per article: what enrichment filled in.
    pub derived: Vec<Derived>,
    /// Per person (same index as `people`): the curator's registry entry, if any.
    pub people_meta: Vec<Option<PersonEntry>>,
    /// Briefs of region nodes, people and editions.
    pub briefs: Briefs,
    /// The curator registry's fingerprint (it changes names, slugs and roles on pages).
    pub registry_fingerprint: u64,
    /// Per article: its lead image (with the renditions a build made of it).
    pub images: Vec<Option<images::LeadImage>>,
    /// How long each step of building this model took.
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// The interface language: translations, plural rules, dates and numbers.
    pub interface: Arc<Interface>,
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

/// An article's word count and lead paragraph: what its cards and summary need of its body.
/// The lead is shared with the memo's outlines, which keep every article's for the next
/// build (a copy of each was ~40 MB at the end of a 100,000-article build).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outline {
    /// Words of text (for reading time).
    pub word_count: usize,
    /// The first paragraph as plain text (a fallback summary).
    #[serde(with = "crate::serde_arc")]
    pub lead: Arc<str>,
}

impl Site {
    /// Gives the editions their editor's intros (`content/editions/<id>.md`); problems with
    /// them become warnings.
    pub fn set_intros(&mut self, intros: Vec<crate::content::intro::Intro>) {
        editions::attach_intros(
            &mut self.editions,
            &self.articles,
            intros,
            &mut self.warnings,
        );
    }

    /// Speaks `interface` (the theme's and the site's translations): editions are titled
    /// and places named in its language.
    pub fn set_interface(&mut self, interface: Interface) {
        editions::retitle(&mut self.editions, self.config.editions.cut, &interface);
        self.regions.localise(&interface);
        self.interface = Arc::new(interface);
    }

    /// Builds the model with no curator registry. `base_url` must be normalised.
    pub fn new(config: Config, base_url: &str, articles: Vec<Arc<Article>>) -> Site {
        Site::with_registry(config, base_url, articles, &Registry::default())
    }

    /// Builds the model, deriving the people, places and summary articles lack with
    /// the curator's `registry`. `base_url` must be normalised.
    pub fn with_registry(
        config: Config,
        base_url: &str,
        articles: Vec<Arc<Article>>,
        registry: &Registry,
    ) -> Site {
        Site::with_cache(
            config,
            base_url,
            articles,
            registry,
            &mut ModelMemo::default(),
        )
    }

    /// Like [`Site::with_registry`], reusing (and refreshing) results of earlier builds.
    pub fn with_cache(
        config: Config,
        base_url: &str,
        articles: Vec<Arc<Article>>,
        registry: &Registry,
        memo: &mut ModelMemo,
    ) -> Site {
        let mut laps = Laps::start();
        let mut warnings = Vec::new();
        let (mut articles, also_sources) = fold_duplicates(articles, &mut warnings);
        laps.mark("model: fold duplicates");
        let derived = derive::derive(
            &mut articles,
            registry,
            config.summary_sentences,
            &config.language,
            &mut memo.derive,
        );
        laps.mark("model: derive people, places, summaries");
        let rendered = articles.iter().map(|_| OnceLock::new()).collect();
        let n = articles.len();
        let mut last = std::mem::take(&mut memo.indexes);
        // Each index is kept for the next model, reused or built anew (unless the memo
        // serves one build only).
        let kept = memo
            .keep_indexes
            .then(|| memo::KeptIndexes::new(registry.fingerprint, &articles));
        let fits =
            |same: fn(&Article, &Article) -> bool| last.fits(registry.fingerprint, &articles, same);
        let (people_fit, tags_fit, sources_fit, places_fit) = (
            fits(|a, b| a.front.people == b.front.people),
            fits(|a, b| a.front.tags == b.front.tags),
            fits(|a, b| a.front.source == b.front.source),
            fits(|a, b| a.front.places == b.front.places),
        );
        let people_kept = last.people.take().filter(|_| people_fit);
        let tags_kept = last.tags.take().filter(|_| tags_fit);
        let sources_kept = last.sources.take().filter(|_| sources_fit);
        let regions_kept = last.regions.take().filter(|_| places_fit);
        // The four are independent: built side by side, they were ~40 ms one after another
        // at 10,000 articles in a CLI build (which keeps none of them).
        let ((people_built, regions), (tags_built, sources_built)) = rayon::join(
            || {
                rayon::join(
                    || people_kept.unwrap_or_else(|| people_index(&articles, registry)),
                    || {
                        regions_kept.unwrap_or_else(|| {
                            regions::build_with(registry.gazetteer(), n, |i| {
                                articles[i]
                                    .front
                                    .places
                                    .iter()
                                    .flatten()
                                    .map(String::as_str)
                            })
                        })
                    },
                )
            },
            || {
                rayon::join(
                    || {
                        tags_kept.unwrap_or_else(|| {
                            terms::index(n, |i| articles[i].front.tags.iter().map(String::as_str))
                        })
                    },
                    || {
                        sources_kept.unwrap_or_else(|| {
                            terms::index(n, |i| articles[i].front.source.as_deref().into_iter())
                        })
                    },
                )
            },
        );
        let (people, article_people, people_meta) = people_built;
        let (tags, article_tags) = tags_built;
        let (sources, per_source) = sources_built;
        let article_source = per_source.iter().map(|s| s.first().copied()).collect();
        if let Some(mut kept) = kept {
            kept.people = Some((people.clone(), article_people.clone(), people_meta.clone()));
            kept.tags = Some((tags.clone(), article_tags.clone()));
            kept.sources = Some((sources.clone(), per_source));
            kept.regions = Some(regions.clone());
            memo.indexes = kept;
        }
        laps.mark("model: people, tag and source indexes, region tree");
        let dates: Vec<_> = articles.iter().map(|a| a.local_date).collect();
        let interface = Arc::new(Interface::builtin(&config.language));
        let (editions, article_edition) = editions::build(config.editions.cut, &dates, &interface);
        laps.mark("model: editions");
        let texts = brief_texts(&articles, &regions, &people, &editions, &mut memo.derive);
        laps.mark("model: brief texts");
        let briefs = build_briefs(&texts, &regions, &people, &editions, registry, memo);
        laps.mark("model: briefs");
        let mut site = Site {
            urls: Urls::new(base_url),
            config,
            articles,
            rendered,
            prior_outlines: memo.take_outlines(),
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
            stories: Vec::new(),
            warnings,
            derived,
            people_meta,
            briefs,
            registry_fingerprint: registry.fingerprint,
            images: Vec::new(),
            timings: Vec::new(),
            interface,
        };
        site.images = site
            .articles
            .iter()
            .map(|a| a.front.image.as_ref().map(images::LeadImage::new))
            .collect();
        site.related = site.related_all(memo);
        laps.mark("model: related articles");
        site.stories = site.stories_all(memo);
        laps.mark("model: stories");
        site.timings = laps.phases;
        site
    }

    /// Article `i`'s word count and lead paragraph (bodies are not held for the whole build,
    /// which at 100,000 articles would cost most of a gigabyte).
    pub fn rendered(&self, i: usize) -> &Outline {
        self.rendered[i].get_or_init(|| {
            if let Some(outline) = self.prior_outlines.get(self.outline_key(i)) {
                return outline;
            }
            let (word_count, lead) = markdown::outline(&self.articles[i].body);
            Outline {
                word_count,
                lead: lead.into(),
            }
        })
    }

    /// Article `i`'s summary, as pages, feeds and the search index show it: the curator's (or
    /// the one enrichment derived), else the first `summary_sentences` sentences of the lead.
    pub fn summary(&self, i: usize) -> String {
        match &self.articles[i].front.summary {
            Some(s) => s.trim().to_string(),
            None => first_sentences(&self.rendered(i).lead, self.config.summary_sentences),
        }
    }

    /// Article `i`'s body as HTML, rendered for the caller (its page, or its feed entry).
    pub fn html(&self, i: usize) -> String {
        let body = &self.articles[i].body;
        if self.rendered[i].get().is_some() {
            // Cards and summaries usually asked for the outline first.
            return markdown::render_html(body, self.config.allow_raw_html);
        }
        let r = markdown::render(body, self.config.allow_raw_html);
        let _ = self.rendered[i].set(Outline {
            word_count: r.word_count,
            lead: r.lead.into(),
        });
        r.html
    }

    /// Every article's related list; the last build's when the lists they are computed from
    /// are unchanged (an edit to an article's text rarely changes them).
    fn related_all(&self, memo: &mut ModelMemo) -> Vec<Vec<usize>> {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        let limit = self.config.related.limit;
        h.update(&(limit as u64).to_le_bytes());
        memo::hash_lists(&mut h, self.article_people.iter().map(Vec::as_slice));
        memo::hash_lists(&mut h, self.regions.countries.iter().map(Vec::as_slice));
        memo::hash_lists(&mut h, self.article_tags.iter().map(Vec::as_slice));
        memo::hash_lists(&mut h, self.people.iter().map(|t| t.articles.as_slice()));
        memo::hash_lists(
            &mut h,
            self.regions.nodes.iter().map(|n| n.articles.as_slice()),
        );
        memo::hash_lists(&mut h, self.tags.iter().map(|t| t.articles.as_slice()));
        let inputs = h.digest();
        if let Some((key, related)) = &memo.related
            && *key == inputs
            && related.len() == self.articles.len()
        {
            return related.clone();
        }
        let n = self.articles.len();
        let related: Vec<Vec<usize>> = (0..n)
            .into_par_iter()
            .map_init(
                || vec![0u32; n],
                |score, i| self.related_with(i, limit, score),
            )
            .collect();
        memo.related = Some((inputs, related.clone()));
        related
    }

    /// Every article's story mates: other outlets' reports of its event (within a few days,
    /// sharing people, places and distinctive words), as `enrich::stories` groups them. The
    /// memo's story index keeps term counts, vectors and pair scores between builds, so an
    /// edit recounts and rescores only what it changed.
    fn stories_all(&self, memo: &mut ModelMemo) -> Vec<Vec<usize>> {
        let day = |i: usize| i64::from(self.articles[i].local_date.num_days_from_ce());
        // Per article: its id (the file) and a hash of what its counts are made from.
        // Sequential: a millisecond of hashing at 10,000 articles, less than waking threads.
        let mut buf = Vec::new();
        let keys: Vec<(u64, u64)> = self
            .articles
            .iter()
            .map(|a| {
                let id = xxhash_rust::xxh3::xxh3_64(a.path.as_os_str().as_encoded_bytes());
                buf.clear();
                buf.extend_from_slice(&a.source_hash.to_le_bytes());
                for list in [&a.front.people, &a.front.places] {
                    for name in list.iter().flatten() {
                        buf.extend_from_slice(&(name.len() as u64).to_le_bytes());
                        buf.extend_from_slice(name.as_bytes());
                    }
                    buf.push(0xff);
                }
                (id, xxhash_rust::xxh3::xxh3_64(&buf))
            })
            .collect();
        let whole: Vec<u8> = keys
            .iter()
            .enumerate()
            .flat_map(|(i, (id, input))| [*id, *input, day(i) as u64])
            .flat_map(u64::to_le_bytes)
            .collect();
        let whole = xxhash_rust::xxh3::xxh3_64(&whole);
        if let Some((key, stories)) = &memo.stories
            && *key == whole
            && stories.len() == self.articles.len()
        {
            return stories.clone();
        }
        let index = memo
            .story_index
            .get_or_insert_with(|| stories::StoryIndex::new(MIN_STORY_TERMS));
        let kept: Vec<Option<Arc<stories::Counts>>> = keys
            .iter()
            .map(|&(id, input)| index.counts(id, input))
            .collect();
        // Only new and edited articles are counted (all of them in a cold build).
        let counted: Vec<(usize, Arc<stories::Counts>)> = (0..kept.len())
            .filter(|&i| kept[i].is_none())
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|i| {
                let a = &self.articles[i];
                let counts = stories::counts(&stories::Item {
                    title: &a.front.title,
                    body: &a.body,
                    day: 0,
                    people: a.front.people.as_deref().unwrap_or_default(),
                    places: a.front.places.as_deref().unwrap_or_default(),
                });
                (i, Arc::new(counts))
            })
            .collect();
        let mut counted = counted.into_iter();
        let batch: Vec<stories::Doc> = kept
            .into_iter()
            .zip(&keys)
            .enumerate()
            .map(|(i, (counts, &(id, input)))| stories::Doc {
                id,
                input,
                counts: counts.unwrap_or_else(|| {
                    let (j, c) = counted.next().expect("counted in order");
                    debug_assert_eq!(i, j);
                    c
                }),
                day: day(i),
            })
            .collect();
        let groups = index.group(batch);
        let mut mates = vec![Vec::new(); self.articles.len()];
        // One outlet's reports of an event are its follow-ups, not other coverage.
        let source = |i: usize| self.articles[i].front.source.as_deref();
        for g in groups.iter().filter(|g| g.len() > 1) {
            for &x in g {
                let own = source(x);
                mates[x] = g
                    .iter()
                    .copied()
                    .filter(|&y| y != x && (own.is_none() || source(y) != own))
                    .collect();
            }
        }
        memo.stories = Some((whole, mates.clone()));
        mates
    }

    /// The other reports of article `i`'s story as "Also covered by" names them: each one's
    /// source (else its headline) and its page. Pages link it relative, emails absolute.
    pub fn also_covered(&self, i: usize) -> impl Iterator<Item = (&str, urls::Loc<'_>)> {
        self.stories[i].iter().map(|&j| {
            let other = &self.articles[j];
            let name = other.front.source.as_deref().unwrap_or(&other.front.title);
            (name, urls::Loc::Article(other.as_ref()))
        })
    }

    /// Hands this build's word counts and leads (and the last build's still current) to the
    /// next build.
    pub fn keep_outlines(&mut self, memo: &mut ModelMemo) {
        let mut kept = std::mem::take(&mut self.prior_outlines);
        for (i, r) in self.rendered.iter().enumerate() {
            let key = self.outline_key(i);
            if let Some(r) = r.get()
                && !kept.contains(key)
            {
                kept.insert(key, r.clone());
            }
        }
        if kept.len() > self.articles.len() {
            let live: rustc_hash::FxHashSet<u64> = (0..self.articles.len())
                .map(|i| self.outline_key(i))
                .collect();
            kept.retain(live);
        }
        memo.keep_outlines(kept);
    }

    /// The key article `i`'s outline is kept by between builds.
    fn outline_key(&self, i: usize) -> u64 {
        memo::outline_key(self.articles[i].source_hash, self.config.allow_raw_html)
    }

    /// Up to `limit` articles sharing people, countries or tags with article `i`, best first.
    /// Only the articles nearest in time within each shared index are considered: news is
    /// related to its neighbours, and this bounds the work per article on big archives.
    pub fn related(&self, i: usize, limit: usize) -> Vec<usize> {
        self.related_with(i, limit, &mut vec![0; self.articles.len()])
    }

    /// [`Site::related`] with a caller-owned score array (all zeros, one slot per article),
    /// returned all zeros: dense scores beat sorting candidate lists by an order of magnitude.
    fn related_with(&self, i: usize, limit: usize, score: &mut [u32]) -> Vec<usize> {
        const WINDOW: usize = 60;
        let mut touched: Vec<usize> = Vec::new();
        let mut add = |list: &[usize], weight: u32| {
            // Lists are in article order (newest first), so i's neighbours surround its position.
            let pos = list.partition_point(|&j| j < i);
            let lo = pos.saturating_sub(WINDOW);
            let hi = (pos + WINDOW + 1).min(list.len());
            for &j in &list[lo..hi] {
                if j != i {
                    if score[j] == 0 {
                        touched.push(j);
                    }
                    score[j] += weight;
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
        // One pass keeps the best `limit`: higher score first, then closer in time, then newer.
        let better = |a: (usize, u32), b: (usize, u32)| {
            (b.1, a.0.abs_diff(i), a.0) < (a.1, b.0.abs_diff(i), b.0)
        };
        let mut best: Vec<(usize, u32)> = Vec::with_capacity(limit + 1);
        for j in touched {
            let cand = (j, score[j]);
            score[j] = 0;
            if best.len() < limit || best.last().is_some_and(|&b| better(cand, b)) {
                let pos = best.partition_point(|&b| !better(cand, b));
                best.insert(pos, cand);
                best.truncate(limit);
            }
        }
        best.into_iter().map(|(j, _)| j).collect()
    }
}

/// The people index: names that share a slug (the registry's pinned one, else the name's)
/// share a person; each person with its registry entry.
fn people_index(articles: &[Arc<Article>], registry: &Registry) -> memo::PeopleIndex {
    let (people, article_people) = terms::index_with(
        articles.len(),
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
    (people, article_people, people_meta)
}

/// The first `n` sentences of `text` (all of it when it has no more).
fn first_sentences(text: &str, n: usize) -> String {
    let spans = sentences::split(text);
    match (
        spans.first(),
        spans.get(n.min(spans.len()).saturating_sub(1)),
    ) {
        (Some(first), Some(last)) if n > 0 => text[first.0..last.1].to_string(),
        _ => text.trim().to_string(),
    }
}

/// Briefs for every region node, person and edition, in parallel.
/// The texts briefs may quote: only the latest few articles of each subject are read, and
/// only person briefs need whole bodies.
fn brief_texts(
    articles: &[Arc<Article>],
    regions: &RegionTree,
    people: &[Term],
    editions: &[Edition],
    cache: &mut DeriveCache,
) -> Vec<(u64, Arc<Text>)> {
    // 0 = not quoted, 1 = summary only, 2 = summary and body.
    let mut need = vec![0u8; articles.len()];
    let recent = |list: &[usize]| list.iter().take(brief::RECENT).copied().collect::<Vec<_>>();
    for list in regions
        .nodes
        .iter()
        .map(|n| &n.articles)
        .chain(editions.iter().map(|e| &e.articles))
    {
        for i in recent(list) {
            need[i] = need[i].max(1);
        }
    }
    for t in people {
        for i in recent(&t.articles) {
            need[i] = 2;
        }
    }
    let empty = Arc::new(Text::default());
    let texts: Vec<(u64, Arc<Text>)> = articles
        .par_iter()
        .zip(need.par_iter())
        .map(|(a, &n)| match n {
            0 => (0, Arc::clone(&empty)),
            n => cache.text(a, n == 2),
        })
        .collect();
    cache.keep_texts(
        articles
            .iter()
            .zip(&need)
            .zip(&texts)
            .filter(|((_, n), _)| **n > 0)
            .map(|((a, n), (k, t))| (a.as_ref(), *n == 2, *k, Arc::clone(t)))
            .collect(),
    );
    texts
}

/// The brief of every region, person and edition; each is computed only when no brief with
/// the same [`memo::brief_key`] was kept (by this process or the build cache).
fn build_briefs(
    texts: &[(u64, Arc<Text>)],
    regions: &RegionTree,
    people: &[Term],
    editions: &[Edition],
    registry: &Registry,
    memo: &mut ModelMemo,
) -> Briefs {
    const LINES: usize = 3;
    let last = std::mem::take(&mut memo.briefs);
    let quoted_texts: Vec<Arc<Text>> = texts.iter().map(|(_, t)| Arc::clone(t)).collect();
    // A brief is computed only when its inputs are new; every brief of this build is kept
    // for the next one (and only those, so the memo never outgrows the site).
    let one = |articles: &[usize], focus: Option<Vec<String>>, lines: usize| {
        let quoted: Vec<(usize, u64)> = articles
            .iter()
            .take(brief::RECENT)
            .map(|&i| (i, texts[i].0))
            .collect();
        let key = memo::brief_key(focus.as_deref(), lines, &quoted);
        let items = match last.get(&key) {
            Some(items) => items.clone(),
            None => {
                let f = match &focus {
                    Some(words) => Focus::Person(words),
                    None => Focus::Summaries,
                };
                brief::brief(articles, &quoted_texts, f, lines)
            }
        };
        (key, items)
    };
    let regions: Vec<_> = regions
        .nodes
        .par_iter()
        .map(|n| one(&n.articles, None, LINES))
        .collect();
    let people: Vec<_> = people
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
            one(&t.articles, Some(words), LINES)
        })
        .collect();
    let editions: Vec<_> = editions
        .par_iter()
        .map(|e| one(&e.articles, None, LINES + 1))
        .collect();
    drop(last);
    let mut keep = |list: Vec<(u64, Vec<BriefItem>)>| -> Vec<Vec<BriefItem>> {
        list.into_iter()
            .map(|(key, items)| {
                memo.briefs.insert(key, items.clone());
                items
            })
            .collect()
    };
    Briefs {
        regions: keep(regions),
        people: keep(people),
        editions: keep(editions),
    }
}

/// Per article: the (source name, source_url) of near-duplicates folded into it.
pub type Credits = Vec<Vec<(String, Option<String>)>>;

/// Drops articles marked `duplicate_of` an existing slug, crediting their source on the original.
fn fold_duplicates(
    articles: Vec<Arc<Article>>,
    warnings: &mut Vec<Located>,
) -> (Vec<Arc<Article>>, Credits) {
    if articles.iter().all(|a| a.front.duplicate_of.is_none()) {
        let none = vec![Vec::new(); articles.len()];
        return (articles, none);
    }
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
            Some(_) => warnings.push(Located {
                path: a.path.clone(),
                line: 0,
                column: 0,
                message: format!(
                    "duplicate_of `{target}` matches several articles; write it as YYYY/MM/{target}"
                ),
            }),
            None => warnings.push(Located {
                path: a.path.clone(),
                line: 0,
                column: 0,
                message: format!(
                    "duplicate_of `{target}` names no published article; publishing it on its own"
                ),
            }),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::parse_article;
    use std::path::Path;

    fn site(articles: &[(&str, &str, &str)]) -> Site {
        let list = articles
            .iter()
            .map(|(slug, date, extra)| {
                let text = format!("---\ntitle: {slug}\ndate: {date}\n{extra}---\nBody.\n");
                Arc::new(
                    parse_article(
                        &text,
                        Path::new(&format!("content/{slug}.md")),
                        chrono_tz::UTC,
                    )
                    .unwrap(),
                )
            })
            .collect();
        let config = Config {
            title: "T".into(),
            ..Config::default()
        };
        Site::new(config, "https://example.org/", list)
    }

    #[test]
    fn summary_falls_back_on_the_first_sentences_of_the_lead() {
        let t = "Mr. Blinken met Mr. Wang in Washington, D.C. on Jan. 5. They talked. Then left.";
        assert_eq!(
            first_sentences(t, 1),
            "Mr. Blinken met Mr. Wang in Washington, D.C. on Jan. 5."
        );
        assert_eq!(
            first_sentences(t, 2),
            "Mr. Blinken met Mr. Wang in Washington, D.C. on Jan. 5. They talked."
        );
        assert_eq!(first_sentences(t, 9), t);
        assert_eq!(first_sentences("No stop", 2), "No stop");
        assert_eq!(first_sentences("", 2), "");
        // The curator's summary wins, trimmed.
        let s = site(&[("a", "2024-07-10", "summary: \"  Given.  \"\n")]);
        assert_eq!(s.summary(0), "Given.");
    }

    #[test]
    fn related_ranks_by_shared_people_then_places_then_time() {
        let s = site(&[
            (
                "a",
                "2024-07-10",
                "people: [Ann]\nplaces: [Laos]\ntags: [x]\n",
            ),
            ("b", "2024-07-09", "tags: [x]\n"),
            ("c", "2024-07-08", "places: [Laos]\n"),
            ("d", "2024-07-07", "people: [Ann]\n"),
            ("e", "2024-07-06", "people: [Ann]\nplaces: [Laos]\n"),
            ("f", "2024-07-05", "places: [Peru]\n"),
        ]);
        let slug = |i: usize| s.articles[i].slug.as_str();
        let related: Vec<&str> = s.related(0, 5).iter().map(|&j| slug(j)).collect();
        // e shares a person and a place (5), d a person (3), c a place (2), b a tag (1); f nothing.
        assert_eq!(related, ["e", "d", "c", "b"]);
        // The pages' lists stop at `related: {limit: …}` (3 by default).
        let listed: Vec<&str> = s.related[0].iter().map(|&j| slug(j)).collect();
        assert_eq!(listed, ["e", "d", "c"]);
        let limited: Vec<&str> = s.related(0, 2).iter().map(|&j| slug(j)).collect();
        assert_eq!(limited, ["e", "d"]);
        // Equal scores: the nearer in time wins.
        let s = site(&[
            ("x", "2024-07-10", "tags: [t]\n"),
            ("near", "2024-07-09", "tags: [t]\n"),
            ("far", "2024-07-01", "tags: [t]\n"),
        ]);
        let r: Vec<&str> = s
            .related(0, 1)
            .iter()
            .map(|&j| s.articles[j].slug.as_str())
            .collect();
        assert_eq!(r, ["near"]);
    }
}
