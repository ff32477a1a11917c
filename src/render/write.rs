//! The page writer: renders the pages whose key changed into an output transaction.

use rayon::prelude::*;

use super::{Page, RenderReport, Renderer, Scope, keys, pages};
use crate::error::Result;
use crate::output::{OutputFile, Transaction};
use crate::search;
use crate::timing::Laps;

impl Renderer<'_> {
    /// Renders one output set's pages into `tx` (in parallel; the first error stops it).
    /// Pages whose key matches the previous build's (and whose file is intact) are kept as
    /// they are; pages outside `scope` belong to the other set's transaction.
    pub fn render_scope_into(&self, tx: &Transaction, scope: Scope) -> Result<RenderReport> {
        self.with_keys("render: card keys", |keys| {
            self.render_scope_keyed(tx, scope, keys)
        })
    }

    /// [`Renderer::render_scope_into`] with the page keys made already (by
    /// [`Renderer::keys`]): a build rendering both output sets at once makes them once.
    pub fn render_scope_keyed(
        &self,
        tx: &Transaction,
        scope: Scope,
        keys: &keys::Keys,
    ) -> Result<RenderReport> {
        if scope == Scope::SearchIndex {
            return self.render_search_keyed(tx, &mut search::Memo::default(), keys);
        }
        let mut laps = Laps::start();
        let pages: Vec<Page> = pages::pages(self.site)
            .into_iter()
            .filter(|&p| scope.includes(p))
            .collect();
        laps.mark("render: list pages");
        let keyed: Vec<(Page, String, Option<u64>)> = pages
            .par_iter()
            .map(|&p| (p, self.path(p), keys.page(self.site, p)))
            .collect();
        // Kept under one lock of the transaction's ledger: page by page, every rendering
        // thread contended for it ~15,000 times per rebuild.
        let fresh: Vec<(&str, u64)> = keyed
            .iter()
            .filter_map(|(_, path, key)| Some((path.as_str(), (*key)?)))
            .collect();
        let mut kept = tx.keep_all_if_fresh(&fresh).into_iter();
        let mut stale: Vec<(Page, String, Option<u64>)> = keyed
            .into_iter()
            .filter(|(_, _, key)| key.is_none() || !kept.next().expect("one per keyed page"))
            .collect();
        // The pages that list the whole site go first: listed last, the sitemap (one page of
        // every URL) rendered alone on one core at the end of a 100,000-article build while
        // the other idled. Files do not depend on the order they are rendered in.
        stale.sort_by_key(|(p, _, _)| !lists_the_site(*p));
        laps.mark("render: page keys");
        stale.par_iter().try_for_each(|&(p, _, key)| {
            let f = self.render(p)?;
            tx.put(&f.path, &f.bytes, key)
        })?;
        // The search index set returned above: static files belong to this one.
        // Copied in parallel: a site's photos may be most of its bytes.
        self.templates
            .statics
            .par_iter()
            .try_for_each(|(name, file)| file.put_into(tx, name))?;
        laps.mark("render: pages");
        Ok(RenderReport {
            files: pages.len() + self.templates.statics.len(),
            rendered: stale.len(),
            phases: laps.phases,
        })
    }

    /// Writes the search index into `tx` (see [`search::write::stage`]), keyed like the
    /// pages so a changed template set or configuration rewrites it.
    pub fn render_search_into(
        &self,
        tx: &Transaction,
        memo: &mut search::Memo,
    ) -> Result<RenderReport> {
        self.with_keys("search: keys", |keys| {
            self.render_search_keyed(tx, memo, keys)
        })
    }

    /// Makes the page keys, then `render` with them; the report's phases start with the
    /// keys' (timed as `label`).
    fn with_keys(
        &self,
        label: &'static str,
        render: impl FnOnce(&keys::Keys) -> Result<RenderReport>,
    ) -> Result<RenderReport> {
        let mut laps = Laps::start();
        let keys = self.keys();
        laps.mark(label);
        let mut report = render(&keys)?;
        laps.phases.append(&mut report.phases);
        report.phases = laps.phases;
        Ok(report)
    }

    /// The page keys of this renderer's site and templates, for the `…_keyed` methods.
    /// Making them hashes every article's card: at 10,000 articles a build that made them
    /// for the pages and again for the search index spent ~12 ms of CPU twice.
    pub fn keys(&self) -> keys::Keys {
        keys::Keys::new(self.site, self.templates.fingerprint)
    }

    /// [`Renderer::render_search_into`] with the page keys made already.
    pub fn render_search_keyed(
        &self,
        tx: &Transaction,
        memo: &mut search::Memo,
        keys: &keys::Keys,
    ) -> Result<RenderReport> {
        let mut laps = Laps::start();
        let site = self.site;
        let meta_key = keys
            .page(site, Page::SearchMeta)
            .expect("the search index has a key");
        let staged = search::write::stage(site, tx, memo, meta_key)?;
        laps.phases.extend(staged.phases);
        Ok(RenderReport {
            files: staged.files,
            rendered: staged.rendered,
            phases: laps.phases,
        })
    }

    /// Renders every page in memory and hands each to `f` (in parallel; results in page
    /// order), then the static files with no page: what a build would write, for checks that
    /// must not touch the output folder and need not hold every page at once.
    pub fn render_each<R: Send>(
        &self,
        f: impl Fn(Option<Page>, OutputFile) -> R + Sync,
    ) -> Result<Vec<R>> {
        let mut out: Vec<R> = pages::pages(self.site)
            .into_par_iter()
            .map(|p| self.render(p).map(|file| f(Some(p), file)))
            .collect::<Result<_>>()?;
        for (name, file) in &self.templates.statics {
            let file = OutputFile {
                path: name.clone(),
                bytes: file.bytes()?.into_owned(),
            };
            out.push(f(None, file));
        }
        Ok(out)
    }
}

/// Whether `page` lists something of every article or page (one long render each).
fn lists_the_site(page: Page) -> bool {
    matches!(
        page,
        Page::Sitemap(_) | Page::TermList(_) | Page::Regions | Page::Editions
    )
}
