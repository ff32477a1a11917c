//! Results of the model's site-wide steps kept between builds of one process (the preview
//! server): related articles, story groups and briefs are recomputed only when what they
//! are computed from changed, which one edited article rarely causes (story groups are
//! regrouped after any edit, but only the pairs whose vectors changed are scored again).

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use xxhash_rust::xxh3::Xxh3;

use super::{RegionTree, Term};
use crate::content::Article;
use crate::enrich::brief::BriefItem;
use crate::enrich::derive::DeriveCache;
use crate::enrich::registry::PersonEntry;
use crate::enrich::stories::StoryIndex;

/// Everything a [`super::Site`] may reuse from the previous model of the same site.
pub struct ModelMemo {
    /// Per-article enrichment.
    pub derive: DeriveCache,
    /// The related lists, and a hash of the article lists they were computed from.
    pub(super) related: Option<Related>,
    /// Briefs by what they were computed from ([`brief_key`]).
    pub(super) briefs: HashMap<u64, Vec<BriefItem>>,
    /// Word counts and leads by [`outline_key`].
    outlines: Outlines,
    /// Story grouping's term counts, vectors and pair scores.
    pub(super) story_index: Option<StoryIndex>,
    /// The story mates, and a hash of every article's grouping inputs.
    pub(super) stories: Option<Mates>,
    /// The people, tag and source indexes and the region tree of the last model.
    pub(super) indexes: KeptIndexes,
    /// Keep [`ModelMemo::indexes`]: off for a builder that builds once (the CLI), where
    /// they would only add memory (a copy of each index: tens of MB at 100,000 articles).
    pub keep_indexes: bool,
}

impl Default for ModelMemo {
    fn default() -> ModelMemo {
        ModelMemo {
            derive: DeriveCache::default(),
            related: None,
            briefs: HashMap::default(),
            outlines: Outlines::default(),
            story_index: None,
            stories: None,
            indexes: KeptIndexes::default(),
            keep_indexes: true,
        }
    }
}

/// A flat index: its terms, and per article the terms it belongs to.
pub(super) type TermIndex = (Vec<Term>, Vec<Vec<usize>>);

/// The people index with each person's registry entry.
pub(super) type PeopleIndex = (Vec<Term>, Vec<Vec<usize>>, Vec<Option<PersonEntry>>);

/// The flat indexes and the region tree of the last model, with the articles and registry
/// they were built from. Each is a function of one list per article (people, tags, source,
/// places: by position, in article order) and the registry (pinned slugs, entries, the
/// gazetteer), so when the registry is the same and every article is the same `Arc` or
/// has an equal list, it is what building it again would give. After an edit that leaves
/// the lists alone (most edits) rebuilding them was a quarter of the model's time.
#[derive(Default)]
pub(super) struct KeptIndexes {
    registry: u64,
    articles: Vec<Arc<Article>>,
    pub(super) people: Option<PeopleIndex>,
    pub(super) tags: Option<TermIndex>,
    pub(super) sources: Option<TermIndex>,
    /// Before [`RegionTree::localise`].
    pub(super) regions: Option<RegionTree>,
}

impl KeptIndexes {
    /// Starts a memo for a model of `articles` (as derived) with `registry`'s fingerprint;
    /// the caller fills in the indexes.
    pub(super) fn new(registry: u64, articles: &[Arc<Article>]) -> KeptIndexes {
        KeptIndexes {
            registry,
            articles: articles.to_vec(),
            ..KeptIndexes::default()
        }
    }

    /// Whether an index kept here is still exact: the registry is the same, and every
    /// article's list the index reads (`same` compares the old article's with the new
    /// one's) is unchanged.
    pub(super) fn fits(
        &self,
        registry: u64,
        articles: &[Arc<Article>],
        same: impl Fn(&Article, &Article) -> bool,
    ) -> bool {
        self.registry == registry
            && self.articles.len() == articles.len()
            && self
                .articles
                .iter()
                .zip(articles)
                .all(|(old, new)| Arc::ptr_eq(old, new) || same(old, new))
    }
}

/// What a build cache keeps of a memo between processes: story grouping's index, the
/// mates it gave with the hash of their inputs, and the related lists with theirs.
pub type Lasting = (Option<StoryIndex>, Option<Mates>, Option<Related>);

/// Related articles per article, with a hash of the article lists they were computed from.
pub type Related = (u64, Vec<Vec<usize>>);

/// Story mates per article, with a hash of every article's grouping inputs.
pub type Mates = (u64, Vec<Vec<usize>>);

pub use super::outlines::Outlines;

/// The key of an article's outline: the hash of its file ([`Article::source_hash`], which
/// decides its body) and whether raw HTML is rendered. Equal keys make equal outlines, so
/// outlines outlive the process that made them (the build cache keeps them).
pub fn outline_key(source_hash: u64, allow_raw_html: bool) -> u64 {
    let mut h = crate::keyhash::KeyHasher::new(0x4f55_544c);
    h.num(source_hash).num(u64::from(allow_raw_html));
    h.finish()
}

impl ModelMemo {
    /// The parts a build cache keeps ([`Lasting`]), by reference.
    pub fn lasting(&self) -> (&Option<StoryIndex>, &Option<Mates>, &Option<Related>) {
        (&self.story_index, &self.stories, &self.related)
    }

    /// The briefs of the last build by [`brief_key`], for a build cache.
    pub fn lasting_briefs(&self) -> Vec<(u64, &[BriefItem])> {
        self.briefs
            .iter()
            .map(|(k, b)| (*k, b.as_slice()))
            .collect()
    }

    /// Takes briefs kept by a build cache ([`ModelMemo::lasting_briefs`] of another process).
    pub fn add_briefs(&mut self, briefs: impl IntoIterator<Item = (u64, Vec<BriefItem>)>) {
        self.briefs.extend(briefs);
    }

    /// Takes back what a build cache kept.
    pub fn restore(&mut self, (story_index, stories, related): Lasting) {
        self.story_index = story_index;
        self.stories = stories;
        self.related = related;
    }

    /// The outlines of the last build (and any a build cache kept), by [`outline_key`].
    pub(super) fn take_outlines(&mut self) -> Outlines {
        std::mem::take(&mut self.outlines)
    }

    pub(super) fn keep_outlines(&mut self, outlines: Outlines) {
        self.outlines = outlines;
    }

    /// The outlines a build cache keeps, by [`outline_key`].
    pub fn lasting_outlines(&self) -> &Outlines {
        &self.outlines
    }

    /// Takes outlines kept by a build cache (one shard of [`ModelMemo::lasting_outlines`]
    /// of another process).
    pub fn add_outlines(&mut self, outlines: super::outlines::Packed) {
        self.outlines.add_packed(outlines);
    }
}

/// The key of one brief: a hash of everything [`crate::enrich::brief::brief`] reads, its
/// subject's focus words (none for summary briefs) and line count, and the recent articles
/// it may quote, each by its position and the [`crate::enrich::derive::text_key`] of its
/// text (which decides the text). Equal keys make equal briefs for one newsdesk executable,
/// so briefs outlive the process that made them (the build cache keeps them).
pub(super) fn brief_key(focus: Option<&[String]>, lines: usize, quoted: &[(usize, u64)]) -> u64 {
    let mut h = crate::keyhash::KeyHasher::new(0x4252_4946);
    match focus {
        Some(words) => {
            h.num(words.len() as u64 + 1);
            for w in words {
                h.str(w);
            }
        }
        None => {
            h.num(0);
        }
    }
    h.num(lines as u64).num(quoted.len() as u64);
    for &(i, key) in quoted {
        h.num(i as u64).num(key);
    }
    h.finish()
}

/// Hashes lists of article or term numbers, each list delimited.
pub(super) fn hash_lists<'a>(h: &mut Xxh3, lists: impl IntoIterator<Item = &'a [usize]>) {
    for list in lists {
        h.update(&(list.len() as u64).to_le_bytes());
        for &x in list {
            h.update(&(x as u64).to_le_bytes());
        }
    }
}
