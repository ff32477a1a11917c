//! `newsdesk build`: load → model → render → write, with nothing written unless all rendered.

pub mod cache;
pub mod fingerprint;
pub mod resolved;
pub mod shards;
pub mod sources;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::config::{self, Config};
use crate::content;
use crate::error::{Error, Result};
use crate::i18n::Interface;
use crate::output::size::SiteSize;
use crate::output::{self, WriteReport};
use crate::render::keys::Keys;
use crate::render::{RenderReport, Renderer, Scope, templates};
use crate::search;
use crate::site::Site;
use crate::site::images::OutputImage;
use crate::timing::Laps;

/// What to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Output folder (default `ROOT/public`).
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
    /// Include drafts.
    pub drafts: bool,
}

/// What a build did.
#[derive(Debug, Clone)]
pub struct BuildReport {
    /// Articles published.
    pub articles: usize,
    /// Files in the output (pages, feeds, static files).
    pub files: usize,
    /// What the write changed.
    pub write: WriteReport,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
    /// Wall time.
    pub elapsed: Duration,
    /// Where the output went.
    pub output: PathBuf,
    /// Wall time of each phase, in order.
    pub phases: Vec<(&'static str, Duration)>,
    /// The output's size by page group (pages and search index; the pages alone when the
    /// search index is left to a [`SearchJob`]).
    pub size: output::size::SiteSize,
}

impl BuildOptions {
    /// The output folder this build writes.
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("public"))
    }
}

/// Loads the configuration and content and builds the site model (no output).
pub fn load_site(opts: &BuildOptions) -> Result<Site> {
    Builder::new(opts.clone()).load_site()
}

/// Builds the site into its output folder.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    Builder::new(opts.clone()).build()
}

/// Builds a site repeatedly in one process, keeping parsed content between builds: the
/// preview server's engine. Every build is complete and correct on its own; the caches only
/// skip work whose inputs did not change.
pub struct Builder {
    opts: BuildOptions,
    content: content::Cache,
    manifest: Option<output::Manifest>,
    /// The search index's manifest and memo, shared with the search jobs this builder hands out.
    search: Arc<Mutex<SearchState>>,
    /// Enrichment results of unchanged articles, and model results whose inputs are unchanged.
    memo: crate::site::ModelMemo,
    /// Trust no record of earlier builds: render every file and compare it with the output.
    full: bool,
    /// Write the memos to the persistent build cache after each full build.
    keep_cache: bool,
    /// The persistent build cache was read (it is read only when a build has work to do).
    cache_read: bool,
    /// Output files found changed since the last build: rendered and compared in full.
    distrust: Vec<String>,
    /// The other output files, found as the last build left them just before this one.
    checked: Option<fingerprint::Checked>,
    /// Problems with the build cache, for the next build's report.
    cache_warnings: Vec<String>,
    /// How many of the last report's warnings were about the build cache (first).
    cache_warnings_given: usize,
    /// What each build cache file held when last read or written.
    cache_sums: cache::Sums,
    /// What each shard of the content texts held when last read or written.
    source_sums: sources::Sums,
    /// The content texts were saved by a build of this builder (they are saved once).
    sources_saved: bool,
    /// The content files as the check of the inputs just found them, for the next load.
    listed: Option<Vec<content::Listed>>,
    /// The files of `static/` as the check of the inputs just found them, for the templates.
    statics: Option<Vec<crate::render::statics::ListedStatic>>,
}

impl Builder {
    /// A builder for one site.
    pub fn new(opts: BuildOptions) -> Builder {
        Builder {
            opts,
            content: content::Cache::default(),
            manifest: None,
            search: Arc::default(),
            memo: Default::default(),
            full: false,
            keep_cache: false,
            cache_read: false,
            distrust: Vec::new(),
            checked: None,
            cache_warnings: Vec::new(),
            cache_warnings_given: 0,
            cache_sums: cache::Sums::default(),
            source_sums: sources::Sums::default(),
            sources_saved: false,
            listed: None,
            statics: None,
        }
    }

    /// Uses the persistent build cache (`.newsdesk/cache/build/`, see [`cache`] and
    /// [`fingerprint`]): a build whose inputs and output are as the last one left them does
    /// nothing; otherwise it reads what an earlier process kept, and writes it again after
    /// each build with the search index. A damaged or foreign cache is ignored, with a
    /// warning in the next report.
    pub fn keep_cache(&mut self) {
        self.keep_cache = true;
        self.content.keep_sources();
        // A builder keeping the cache is the CLI's, which builds once.
        self.memo.keep_indexes = false;
    }

    /// Notes a problem with the build cache: one warning per build (a cache of another
    /// newsdesk is foreign in every file), the first found.
    fn cache_warning(&mut self, warning: String) {
        if self.cache_warnings.is_empty() {
            self.cache_warnings.push(warning);
        }
    }

    /// Reads the persistent build cache, once, if this builder keeps one.
    fn read_cache(&mut self) {
        if !self.keep_cache || self.cache_read {
            return;
        }
        self.cache_read = true;
        let root = &self.opts.root;
        let ((loaded, warning), (texts, texts_warning)) = rayon::join(
            || cache::load(root, &mut self.cache_sums),
            || sources::load(root, &mut self.source_sums),
        );
        self.content.add_sources(texts);
        if let Some(model) = loaded.model {
            self.memo.restore(model);
        }
        if let Some(memo) = loaded.search {
            lock_search(&self.search).memo = memo;
        }
        self.content.add_fronts(loaded.fronts);
        self.memo.derive.add_texts(loaded.texts);
        self.memo.add_briefs(loaded.briefs);
        for packed in loaded.outlines {
            self.memo.add_outlines(packed);
        }
        if let Some(warning) = warning.or(texts_warning) {
            self.cache_warning(warning);
        }
    }

    /// With `full`, later builds render every file and compare it byte for byte with the
    /// output instead of keeping files whose page key and size match the last build's record.
    pub fn set_full(&mut self, full: bool) {
        self.full = full;
    }

    /// The options it builds with.
    pub fn options(&self) -> &BuildOptions {
        &self.opts
    }

    /// Tells the next build which files changed (from a file watcher), so it need not walk
    /// the whole content folder. The hint must name every change since the last build (a
    /// watcher's events do); a folder or anything but a plain file makes the load walk as usual.
    pub fn hint_changed(&mut self, changed: &[PathBuf]) {
        self.content.hint(&self.opts.root, changed);
    }

    /// Changes the base URL for later builds (the preview server follows `site.yaml`).
    pub fn set_base_url(&mut self, base_url: Option<String>) {
        self.opts.base_url = base_url;
    }

    /// Loads configuration and content (re-parsing only changed files) into a site model.
    pub fn load_site(&mut self) -> Result<Site> {
        // Taken first: a listing is good for the build it was made for only.
        let listed = self.listed.take();
        let opts = &self.opts;
        let config = Config::load(&opts.root)?;
        let base = match (&opts.base_url, config.base_url.is_empty()) {
            (Some(b), _) => {
                config::normalise_base_url(b).map_err(|m| Error::Msg(format!("--base-url: {m}")))?
            }
            (None, false) => config::normalise_base_url(&config.base_url).map_err(Error::Msg)?,
            (None, true) => {
                return Err(Error::at(
                    &opts.root.join(config::CONFIG_FILE),
                    0,
                    0,
                    "`base_url` is not set: add e.g. `base_url: https://example.org/` or pass --base-url",
                ));
            }
        };
        let articles = content::load_listed(
            &opts.root,
            config.tz(),
            opts.drafts,
            &mut self.content,
            listed,
        )?;
        let registry = crate::enrich::Registry::load(&opts.root)?;
        let intros = content::intro::load_all(&opts.root)?;
        let (interface, interface_warnings) =
            Interface::load(&opts.root, &config.theme, &config.language)?;
        let mut site = Site::with_cache(config, &base, articles, &registry, &mut self.memo);
        site.set_interface(interface);
        site.warnings.extend(interface_warnings);
        site.set_intros(intros);
        Ok(site)
    }

    /// Builds the site into its output folder; nothing is written unless every page rendered.
    pub fn build(&mut self) -> Result<BuildReport> {
        let start = Instant::now();
        self.checked = None;
        // Only a builder keeping the cache across processes checks for a build with nothing
        // to do (one in a long-lived process knows what changed), and `full` never skips.
        let mut inputs = match self.keep_cache {
            true => self.scan_inputs(),
            false => None,
        };
        let scanned = start.elapsed();
        if let Some(inputs) = inputs.as_ref().filter(|_| !self.full)
            && let Some(mut report) = self.unchanged(inputs, start)
        {
            let rest = report.elapsed - scanned;
            report.phases = vec![
                ("find and stat the input files", scanned),
                ("check inputs and output: nothing to do", rest),
            ];
            return Ok(report);
        }
        let checked = start.elapsed();
        // The content files were just listed and stat-ed: loading them need not again.
        self.listed = inputs.as_mut().and_then(fingerprint::Inputs::take_listed);
        self.statics = inputs.as_mut().and_then(fingerprint::Inputs::take_statics);
        self.read_cache();
        let read = start.elapsed() - checked;
        let (mut report, site, templates) = self.build_pages(true)?;
        // Freed beside the record below rather than before it: dropping 10,000 articles'
        // model is tens of milliseconds of serial work at the end of a build.
        let dropped = std::thread::spawn(move || drop((site, templates)));
        report.phases.splice(
            0..0,
            [
                ("check inputs and output", checked),
                ("read the build cache", read),
            ],
        );
        if let Some(inputs) = inputs {
            let t = Instant::now();
            let pages = self.manifest.as_ref();
            let search = lock_search(&self.search);
            let sets = || pages.into_iter().chain(search.manifest.as_ref());
            let files = sets().flat_map(output::Manifest::files).collect();
            let groups = sets().flat_map(output::Manifest::groups).collect();
            let written = sets()
                .flat_map(|m| m.written().iter().chain(m.written_groups()))
                .map(String::as_str)
                .collect();
            let groups_written = sets().any(|m| !m.written_groups().is_empty());
            let checked = self.checked.take();
            let done = fingerprint::Finished {
                checked: checked.as_ref(),
                written,
                groups_written,
                files,
                groups,
                bookkeeping: &output::manifest_files(),
                articles: report.articles,
                report_files: report.files,
                warnings: report.warnings[self.cache_warnings_given..].to_vec(),
                size: report.size.clone(),
            };
            match fingerprint::save(inputs, done) {
                Ok(damage) => report.warnings.extend(damage),
                Err(w) => report.warnings.push(w),
            }
            report
                .phases
                .push(("record inputs and output", t.elapsed()));
        }
        let _ = dropped.join();
        // The whole build: the check of the inputs and the cache's read came before the pages.
        report.elapsed = start.elapsed();
        Ok(report)
    }

    /// The input files now, with the options and environment the output depends on.
    fn scan_inputs(&self) -> Option<fingerprint::Inputs> {
        let opts = &self.opts;
        let env = std::env::var(output::size::WARN_ENV).unwrap_or_default();
        let base = opts.base_url.as_deref().unwrap_or("\0");
        let drafts = if opts.drafts { "drafts" } else { "" };
        fingerprint::scan(&opts.root, &opts.output_dir(), &[base, drafts, &env])
    }

    /// The report of a build with nothing to do, when the inputs and the output are as the
    /// last build left them; otherwise notes which output files changed, for the build.
    fn unchanged(&mut self, inputs: &fingerprint::Inputs, start: Instant) -> Option<BuildReport> {
        let mut record = match fingerprint::load(&self.opts.root) {
            Ok(r) => r?,
            Err(w) => {
                self.cache_warning(w);
                return None;
            }
        };
        match record.compare(inputs) {
            fingerprint::Verdict::Current => {}
            fingerprint::Verdict::Build(None) => return None,
            fingerprint::Verdict::Untrusted(warning) => {
                self.cache_warning(warning);
                return None;
            }
            fingerprint::Verdict::Build(Some((changed, checked))) => {
                self.distrust = changed;
                self.checked = Some(checked);
                return None;
            }
        }
        let mut warnings = std::mem::take(&mut self.cache_warnings);
        warnings.extend(record.warnings.iter().cloned());
        let elapsed = start.elapsed();
        Some(BuildReport {
            articles: record.articles,
            files: record.files,
            write: WriteReport {
                written: 0,
                unchanged: record.files,
                removed: 0,
            },
            warnings,
            elapsed,
            output: self.opts.output_dir(),
            phases: Vec::new(),
            size: record.size(),
        })
    }

    /// Builds the pages only and returns the search index's update as a job to run apart:
    /// the index covers every article, so it costs far more than the pages one edit touches.
    /// The preview server serves an edit after this and runs the job on its own thread. The
    /// two write disjoint sets of files with their own manifests, so they never conflict.
    pub fn build_pages_first(&mut self) -> Result<(BuildReport, SearchJob)> {
        let (report, site, templates) = self.build_pages(false)?;
        Ok((
            report,
            SearchJob {
                site,
                templates,
                out: self.opts.output_dir(),
                state: Arc::clone(&self.search),
            },
        ))
    }

    /// Builds the pages, and with `with_search` the search index at the same time (the two
    /// are disjoint output sets); returns the model and templates for a later search job.
    fn build_pages(
        &mut self,
        with_search: bool,
    ) -> Result<(BuildReport, Site, templates::Templates)> {
        let start = Instant::now();
        let mut laps = Laps::start();
        self.read_cache();
        let mut site = self.load_site()?;
        laps.mark("load content and build the model");
        laps.extend(&site.timings);
        // The content texts (as large as the content) are saved now and dropped, rather than
        // held through rendering for the cache save at the end: a cold build at 10,000
        // articles peaked ~55 MiB higher with them. Entries are keyed by each file's stamp,
        // so they stay valid whatever happens to this build; a later build of the same
        // builder leaves the shards alone (its changed files' entries are simply not used).
        let sources = (self.keep_cache && !self.sources_saved).then(|| self.content.take_sources());
        // Taken whatever happens: a listing is good for the build it was made for only.
        let statics = self.statics.take();
        let (tpl, sources_saved) = rayon::join(
            || templates::load_listed(&self.opts.root, &site.config.theme, statics),
            || sources.map(|s| sources::save(&self.opts.root, &s, &mut self.source_sums)),
        );
        let mut tpl = tpl?;
        let mut texts_unsaved = None;
        match sources_saved {
            Some(Err(w)) => texts_unsaved = Some(w),
            Some(Ok(())) => self.sources_saved = true,
            None => {}
        }
        laps.mark("load templates, save the content texts");
        // The static files were just listed with their stamps: the originals need no new stat.
        let static_dir = self.opts.root.join("static");
        let listed = |rel: &str| tpl.statics.get(rel)?.stamp_under(&static_dir, rel);
        let images = match self.keep_cache {
            true => {
                let (images, warning) = resolved::make(&self.opts.root, &mut site, &listed);
                if let Some(w) = warning {
                    self.cache_warning(w);
                }
                images
            }
            false => site.make_renditions(&self.opts.root, &listed),
        };
        laps.mark("images: renditions");
        let out = self.opts.output_dir();
        guard_output(&self.opts.root, &out)?;
        let last = self.manifest.take();
        // Both sets are rendered and staged first, and committed only when both succeeded:
        // a failed build changes neither pages nor search index.
        let full = self.full;
        let distrust = std::mem::take(&mut self.distrust);
        let distrust = &distrust;
        // Every file of both sets was just checked, their manifests included: keeping a
        // file needs no further look at it.
        let checked = self.checked.as_ref();
        let trust = checked.is_some_and(|c| output::manifest_files().iter().all(|m| c.contains(m)));
        let stage_pages = |tpl: &mut templates::Templates, keys: &Keys| -> Result<_> {
            let mut tx = output::Transaction::begin_after(&out, last)?;
            if full {
                tx.forget_keys();
            }
            tx.distrust(distrust);
            if trust {
                tx.trust_checked();
            }
            let mut report = Renderer::new(&site, tpl).render_scope_keyed(
                &tx,
                Scope::AllButSearchIndex,
                keys,
            )?;
            put_images(&tx, &images, &self.opts.root)?;
            report.files += images.iter().map(|i| i.files.len()).sum::<usize>();
            Ok((report, tx))
        };
        let mut cache_saved = None;
        let (render, write, manifest, size) = if with_search {
            // The search index's renderer gets its own copy (each renderer sets the site's
            // globals in its Tera), made before the pages' renderer sets them in `tpl`.
            let mut search_tpl = tpl.without_statics();
            let mut state = lock_search(&self.search);
            let state = &mut *state;
            // Made once for both sets (the search index's key covers every article's card).
            let keys = Keys::new(&site, tpl.fingerprint);
            laps.mark("card and page keys");
            let (pages_done, search_done) = rayon::join(
                || stage_pages(&mut tpl, &keys),
                || {
                    let search = SearchSet {
                        state,
                        full,
                        distrust,
                        trust,
                    };
                    stage_search(&site, &mut search_tpl, &out, search, Some(&keys))
                },
            );
            let (mut render, pages_tx) = pages_done?;
            let (search_render, search_tx) = search_done?;
            render.files += search_render.files;
            render.phases.extend(search_render.phases);
            // The cache is written while the files are moved into place: both were serial
            // work after rendering, a tenth of a cold build's wall time one after the other. The cache holds only what the model and index were made from, so it is
            // as valid if the commit fails.
            site.keep_outlines(&mut self.memo);
            let save = self.keep_cache.then_some(SaveCache {
                root: &self.opts.root,
                memo: &self.memo,
                fronts: self.content.fronts(),
                sums: &mut self.cache_sums,
            });
            let search_memo = &state.memo;
            let (committed, saved) = rayon::join(
                || -> Result<_> {
                    let (pages, search) =
                        rayon::join(|| pages_tx.commit_keeping(), || search_tx.commit_keeping());
                    Ok((pages?, search?))
                },
                || save.map(|s| s.run(search_memo)),
            );
            let ((mut write, manifest), (search_write, search_manifest)) = committed?;
            cache_saved = saved;
            let size = SiteSize::of_counted(manifest.sized().chain(search_manifest.sized()));
            state.manifest = Some(search_manifest);
            write.written += search_write.written;
            write.unchanged += search_write.unchanged;
            write.removed += search_write.removed;
            (render, write, manifest, size)
        } else {
            let keys = Keys::new(&site, tpl.fingerprint);
            laps.mark("card and page keys");
            let (render, tx) = stage_pages(&mut tpl, &keys)?;
            laps.mark("render pages");
            laps.extend(&render.phases);
            let (write, manifest) = tx.commit_keeping()?;
            let size = SiteSize::of_counted(manifest.sized());
            (render, write, manifest, size)
        };
        self.manifest = Some(manifest);
        if with_search {
            laps.mark("render and write pages and the search index, save the build cache");
            laps.extend(&render.phases);
        } else {
            site.keep_outlines(&mut self.memo);
            laps.mark("write pages");
        }
        let files = render.files;
        let mut warnings: Vec<String> = std::mem::take(&mut self.cache_warnings);
        // Not repeated by a build that finds nothing to do.
        self.cache_warnings_given = warnings.len();
        // One warning about writing the cache: both saves fail for the same reason.
        match cache_saved {
            Some(Err(w)) => warnings.push(w),
            _ => warnings.extend(texts_unsaved),
        }
        warnings.extend(site.warnings.iter().map(ToString::to_string));
        // Only whole sites are measured against the limit (a pages-first build lacks the index).
        if with_search {
            warnings.extend(size.warning());
        }
        let report = BuildReport {
            articles: site.articles.len(),
            files,
            write,
            warnings,
            elapsed: start.elapsed(),
            output: out,
            phases: laps.phases,
            size,
        };
        Ok((report, site, tpl))
    }
}

/// Writing the persistent build cache, prepared so it can run beside the commit.
struct SaveCache<'a> {
    root: &'a Path,
    memo: &'a crate::site::ModelMemo,
    fronts: crate::content::Fronts,
    sums: &'a mut cache::Sums,
}

impl SaveCache<'_> {
    /// Writes the cache with the search index's `memo`; `Err` is a warning's text.
    fn run(self, search: &search::Memo) -> std::result::Result<(), String> {
        cache::save(self.root, self.memo, search, &self.fronts, self.sums)
    }
}

/// The search index's part of a build, to run after (or beside) the pages.
pub struct SearchJob {
    site: Site,
    templates: templates::Templates,
    out: PathBuf,
    state: Arc<Mutex<SearchState>>,
}

/// What search index builds of one builder pass on to the next.
#[derive(Default)]
struct SearchState {
    /// The search index manifest of the last commit.
    manifest: Option<output::Manifest>,
    /// Words of articles already indexed.
    memo: search::Memo,
}

/// The search state; one left by a panicked job starts over rather than be trusted.
fn lock_search(state: &Mutex<SearchState>) -> MutexGuard<'_, SearchState> {
    state.lock().unwrap_or_else(|poisoned| {
        let mut guard = poisoned.into_inner();
        *guard = SearchState::default();
        guard
    })
}

impl SearchJob {
    /// Writes the search index for the model it was made from.
    pub fn run(mut self) -> Result<WriteReport> {
        let mut state = lock_search(&self.state);
        let search = SearchSet {
            state: &mut state,
            full: false,
            distrust: &[],
            trust: false,
        };
        let (_, tx) = stage_search(&self.site, &mut self.templates, &self.out, search, None)?;
        let (write, manifest) = tx.commit_keeping()?;
        state.manifest = Some(manifest);
        Ok(write)
    }
}

/// How the search index's set is staged: its state and the build's trust in the output.
struct SearchSet<'a> {
    state: &'a mut SearchState,
    full: bool,
    distrust: &'a [String],
    trust: bool,
}

/// Renders and stages the search index without committing it, with the page `keys` if
/// the build made them already.
fn stage_search(
    site: &Site,
    tpl: &mut templates::Templates,
    out: &Path,
    set: SearchSet<'_>,
    keys: Option<&Keys>,
) -> Result<(RenderReport, output::Transaction)> {
    let SearchSet {
        state,
        full,
        distrust,
        trust,
    } = set;
    let last = state.manifest.take();
    let mut tx = output::Transaction::begin_set(out, output::OutputSet::SearchIndex, last)?;
    if full {
        tx.forget_keys();
    }
    tx.distrust(distrust);
    if trust {
        tx.trust_checked();
    }
    let renderer = Renderer::new(site, tpl);
    let report = match keys {
        Some(keys) => renderer.render_search_keyed(&tx, &mut state.memo, keys)?,
        None => renderer.render_search_into(&tx, &mut state.memo)?,
    };
    Ok((report, tx))
}

/// Copies the image renditions from the cache into the output, each picture's as one group,
/// skipping those the last build wrote from the same content hash.
fn put_images(tx: &output::Transaction, images: &[OutputImage], root: &Path) -> Result<()> {
    use rayon::prelude::*;
    let keys: Vec<(&str, u64)> = images.iter().map(|i| (i.prefix.as_str(), i.key)).collect();
    let kept = tx.keep_groups_if_fresh(&keys);
    let missing: Vec<&OutputImage> = images
        .iter()
        .zip(kept)
        .filter_map(|(img, kept)| (!kept).then_some(img))
        .collect();
    missing.par_iter().try_for_each(|img| {
        let bytes = img
            .files
            .iter()
            .map(|(_, nth)| img.bytes(*nth, root))
            .collect::<std::result::Result<Vec<Vec<u8>>, String>>()
            .map_err(Error::Msg)?;
        let files: Vec<(&str, &[u8])> = img
            .files
            .iter()
            .zip(&bytes)
            .map(|((path, _), b)| (&path[img.prefix.len()..], b.as_slice()))
            .collect();
        tx.put_group(&img.prefix, Some(img.key), &files)
    })
}

/// The output folder must not be the site root or hold the site's sources.
fn guard_output(root: &Path, out: &Path) -> Result<()> {
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (root_c, out_c) = (canon(root), canon(out));
    if root_c == out_c || root_c.starts_with(&out_c) {
        return Err(Error::Msg(format!(
            "refusing to write output into {}: it contains the site itself (choose another --output)",
            out.display()
        )));
    }
    Ok(())
}
