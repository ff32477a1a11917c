//! Results of the model's site-wide steps kept between builds of one process (the preview
//! server): related articles, story groups and briefs are recomputed only when what they
//! are computed from changed, which one edited article rarely causes (story groups are
//! regrouped after any edit, but only the pairs whose vectors changed are scored again).

use rustc_hash::FxHashMap as HashMap;

use xxhash_rust::xxh3::Xxh3;

use crate::enrich::brief::BriefItem;
use crate::enrich::derive::DeriveCache;
use crate::enrich::stories::StoryIndex;

/// Everything a [`super::Site`] may reuse from the previous model of the same site.
#[derive(Default)]
pub struct ModelMemo {
    /// Per-article enrichment.
    pub derive: DeriveCache,
    /// The related lists, and a hash of the article lists they were computed from.
    pub(super) related: Option<Related>,
    /// Briefs by what they were computed from ([`brief_key`]).
    pub(super) briefs: HashMap<u64, Vec<BriefItem>>,
    /// Word counts and leads, and whether raw HTML was allowed when they were rendered.
    outlines: Option<(bool, Outlines)>,
    /// Story grouping's term counts, vectors and pair scores.
    pub(super) story_index: Option<StoryIndex>,
    /// The story mates, and a hash of every article's grouping inputs.
    pub(super) stories: Option<Mates>,
}

/// What a build cache keeps of a memo between processes: story grouping's index, the
/// mates it gave with the hash of their inputs, and the related lists with theirs.
pub type Lasting = (Option<StoryIndex>, Option<Mates>, Option<Related>);

/// Related articles per article, with a hash of the article lists they were computed from.
pub type Related = (u64, Vec<Vec<usize>>);

/// Story mates per article, with a hash of every article's grouping inputs.
pub type Mates = (u64, Vec<Vec<usize>>);

/// By file: its source hash, word count and lead paragraph.
pub type Outlines = HashMap<std::path::PathBuf, (u64, (usize, String))>;

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

    /// The outlines of the last build, if it rendered with the same raw-HTML setting.
    pub(super) fn outlines_for(&mut self, allow_raw_html: bool) -> Outlines {
        match self.outlines.take() {
            Some((raw, o)) if raw == allow_raw_html => o,
            _ => Outlines::default(),
        }
    }

    pub(super) fn keep_outlines(&mut self, outlines: Outlines, allow_raw_html: bool) {
        self.outlines = Some((allow_raw_html, outlines));
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
