//! The search index writer: stages the index files whose bytes changed into an output
//! transaction, building the index only when an input changed.

use rayon::prelude::*;

use super::{Compressed, Memo, doc_chunks, word_chunks};
use crate::error::Result;
use crate::output::Transaction;
use crate::site::Site;
use crate::site::urls::{self, Loc};
use crate::timing::Laps;

/// What staging the index did.
#[derive(Debug, Clone)]
pub struct Staged {
    /// Files of the index (written or kept).
    pub files: usize,
    /// Files written.
    pub rendered: usize,
    /// Wall time of each phase.
    pub phases: Vec<(&'static str, std::time::Duration)>,
}

/// One chunk file of the index.
#[derive(Debug, Clone, Copy)]
enum Chunk {
    Words(usize),
    Docs(usize),
}

/// Writes the search index into `tx`. Nothing is built when no article changed since the
/// files in the output were written (`meta.json` carries `meta_key`, the key of every input);
/// otherwise the index is rebuilt (with `memo`'s words for unchanged articles) and only the
/// chunks whose uncompressed bytes changed are compressed and written.
pub fn stage(site: &Site, tx: &Transaction, memo: &mut Memo, meta_key: u64) -> Result<Staged> {
    let mut laps = Laps::start();
    let n = site.articles.len();
    let meta_path = &urls::file(Loc::SearchMeta);
    let chunks: Vec<Chunk> = (0..word_chunks(n))
        .map(Chunk::Words)
        .chain((0..doc_chunks(n)).map(Chunk::Docs))
        .collect();
    // Unchanged inputs: every chunk is as the last build wrote it, whatever its key.
    let meta_kept = tx.keep_if_fresh(meta_path, meta_key);
    let stale: Vec<(Chunk, String)> = chunks
        .par_iter()
        .map(|&c| {
            let path = urls::file(match c {
                Chunk::Words(k) => Loc::SearchWords(k),
                Chunk::Docs(k) => Loc::SearchDocs(k),
            });
            (c, path)
        })
        .filter(|(_, path)| {
            !(meta_kept
                && tx
                    .previous_key(path)
                    .is_some_and(|k| tx.keep_if_fresh(path, k)))
        })
        .collect();
    let mut rendered = 0;
    if !meta_kept || !stale.is_empty() {
        let raw = super::build_raw(site, memo);
        laps.mark("search: build the index");
        if !meta_kept {
            tx.put(meta_path, &raw.meta, Some(meta_key))?;
            rendered += 1;
        }
        // A chunk whose bytes some chunk had last time (chunks shift when a word comes or
        // goes) reuses that compression instead of gzipping again.
        let done: Vec<(u64, Option<Compressed>, bool)> = stale
            .par_iter()
            .map(|(p, path)| {
                let key = match *p {
                    Chunk::Words(k) => super::chunk_key(&raw.words[k]),
                    Chunk::Docs(k) => raw.doc_key(k),
                };
                let known = memo.compressed(key);
                if tx.keep_if_fresh(path, key) {
                    return Ok((key, known, false));
                }
                let gz = known.unwrap_or_else(|| {
                    let bytes = match *p {
                        Chunk::Words(k) => std::borrow::Cow::Borrowed(raw.words[k].as_slice()),
                        Chunk::Docs(k) => raw.doc_chunk(k),
                    };
                    super::encode::gzip(&bytes).into()
                });
                tx.put(path, &gz, Some(key))?;
                Ok((key, Some(gz), true))
            })
            .collect::<Result<_>>()?;
        rendered += done.iter().filter(|d| d.2).count();
        let compressed = done.into_iter().filter_map(|(k, gz, _)| Some((k, gz?)));
        // With the inputs unchanged only missing chunks were redone: keep the rest known.
        memo.keep_compressed(compressed, !meta_kept);
    }
    laps.mark("search: compress and write changed chunks");
    Ok(Staged {
        files: chunks.len() + 1,
        rendered,
        phases: laps.phases,
    })
}
