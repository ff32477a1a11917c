//! Watching the site and rebuilding: debounced file events → one rebuild at a time →
//! a reload (or stylesheet swap, or error overlay) for every open page.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

use super::{Reload, Shared, base_path_of};
use crate::build::{Builder, SearchJob};
use crate::config::{CONFIG_FILE, Config};
use crate::error::{Error, Result};

/// The folders of a site whose changes trigger a rebuild (and `site.yaml` at the root).
const WATCHED: &[&str] = &["content", "data", "templates", "themes", "static"];

/// Rebuilds the site and tells open pages.
pub(crate) struct Rebuilder {
    builder: Builder,
    origin: String,
    shared: Arc<Shared>,
    search: mpsc::Sender<SearchJob>,
}

impl Rebuilder {
    pub(crate) fn new(builder: Builder, origin: String, shared: Arc<Shared>) -> Rebuilder {
        Rebuilder {
            builder,
            origin,
            shared,
            search: search_thread(),
        }
    }

    /// The first build; a failure is shown in the browser, not fatal. Its search index is
    /// written before serving starts, so search works from the first page view.
    pub(crate) fn initial_build(&mut self) {
        if let Some(job) = self.rebuild_pages(&[])
            && let Err(e) = job.run()
        {
            eprintln!("error: writing the search index: {e}");
        }
    }

    fn rebuild(&mut self, changed: &[PathBuf]) {
        if let Some(job) = self.rebuild_pages(changed) {
            let _ = self.search.send(job);
        }
    }

    /// Rebuilds the pages and tells open pages; returns the search index's update.
    fn rebuild_pages(&mut self, changed: &[PathBuf]) -> Option<SearchJob> {
        let started = Instant::now();
        // A new base_url path in site.yaml moves the whole site.
        if (changed.is_empty() || changed.iter().any(|p| p.ends_with(CONFIG_FILE)))
            && let Ok(c) = Config::load(&self.builder.options().root)
        {
            let base = base_path_of(&c.base_url);
            self.builder
                .set_base_url(Some(format!("{}{base}", self.origin)));
            *self.shared.base_path.write().expect("lock") = base;
        }
        if !changed.is_empty() {
            self.builder.hint_changed(changed);
        }
        // Pages first, so the edit is served at once; the search index follows on its thread.
        match self.builder.build_pages_first() {
            Ok((report, job)) => {
                let was_broken = self
                    .shared
                    .last_error
                    .write()
                    .expect("lock")
                    .take()
                    .is_some();
                self.shared.built.store(true, Ordering::Release);
                for w in &report.warnings {
                    eprintln!("warning: {w}");
                }
                if !changed.is_empty() {
                    eprintln!(
                        "rebuilt in {} ms ({} files written)",
                        started.elapsed().as_millis(),
                        report.write.written
                    );
                }
                let css_only = !changed.is_empty()
                    && !was_broken
                    && changed
                        .iter()
                        .all(|p| p.extension().is_some_and(|e| e == "css"));
                let _ = self
                    .shared
                    .events
                    .send(if css_only { Reload::Css } else { Reload::Page });
                Some(job)
            }
            Err(e) => {
                let msg = e.to_string();
                eprintln!("error: {msg}\n(still serving the last good build)");
                *self.shared.last_error.write().expect("lock") = Some(msg.clone());
                let _ = self.shared.events.send(Reload::Failed(msg));
                None
            }
        }
    }
}

/// Keeps the file watcher alive; dropping it stops watching and the rebuild thread.
pub(crate) struct Watcher {
    _debouncer: Box<dyn std::any::Any + Send>,
}

impl Watcher {
    /// Watches `root` and rebuilds on every settled burst of changes.
    pub(crate) fn start(
        root: &Path,
        debounce: Duration,
        mut rebuilder: Rebuilder,
    ) -> Result<Watcher> {
        let (tx, rx) = mpsc::channel::<DebounceEventResult>();
        let mut debouncer = new_debouncer(debounce, None, tx)
            .map_err(|e| Error::Msg(format!("cannot watch {}: {e}", root.display())))?;
        let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        // The root itself only non-recursively (for site.yaml and new top-level folders), so
        // public/, target/ and .git/ never wake us.
        debouncer
            .watch(&root, RecursiveMode::NonRecursive)
            .map_err(|e| Error::Msg(format!("cannot watch {}: {e}", root.display())))?;
        let mut watching: Vec<PathBuf> = Vec::new();
        let dirs_root = root.clone();
        let watch_dirs = move |d: &mut notify_debouncer_full::Debouncer<_, _>,
                               watching: &mut Vec<PathBuf>| {
            for name in WATCHED {
                let p = dirs_root.join(name);
                if p.is_dir()
                    && !watching.contains(&p)
                    && d.watch(&p, RecursiveMode::Recursive).is_ok()
                {
                    watching.push(p);
                }
            }
        };
        watch_dirs(&mut debouncer, &mut watching);
        let thread_root = root.clone();
        let (dirs_tx, dirs_rx) = mpsc::channel::<()>();
        std::thread::Builder::new()
            .name("newsdesk-rebuild".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut batch = vec![first];
                    // Coalesce everything that queued up while we were building.
                    while let Ok(more) = rx.try_recv() {
                        batch.push(more);
                    }
                    let changed = relevant(&thread_root, batch);
                    if changed.is_empty() {
                        continue;
                    }
                    if changed
                        .iter()
                        .any(|p| p.parent() == Some(thread_root.as_path()))
                    {
                        let _ = dirs_tx.send(());
                    }
                    rebuilder.rebuild(&changed);
                }
            })
            .map_err(|e| Error::Msg(format!("cannot start the rebuild thread: {e}")))?;
        // New top-level folders (say, templates/ created after start) get watched too.
        let holder = std::sync::Arc::new(std::sync::Mutex::new((debouncer, watching)));
        let h = std::sync::Arc::clone(&holder);
        std::thread::Builder::new()
            .name("newsdesk-watch-dirs".into())
            .spawn(move || {
                while dirs_rx.recv().is_ok() {
                    let mut guard = h.lock().expect("watcher lock");
                    let (d, w) = &mut *guard;
                    watch_dirs(d, w);
                }
            })
            .map_err(|e| Error::Msg(format!("cannot start the watcher thread: {e}")))?;
        Ok(Watcher {
            _debouncer: Box::new(holder),
        })
    }
}

/// Runs search index updates one at a time, always the newest: a job superseded while
/// another ran is skipped.
fn search_thread() -> mpsc::Sender<SearchJob> {
    let (tx, rx) = mpsc::channel::<SearchJob>();
    let spawned = std::thread::Builder::new()
        .name("newsdesk-search-index".into())
        .spawn(move || {
            while let Ok(mut job) = rx.recv() {
                while let Ok(newer) = rx.try_recv() {
                    job = newer;
                }
                if let Err(e) = job.run() {
                    eprintln!("error: updating the search index: {e}");
                }
            }
        });
    if let Err(e) = spawned {
        eprintln!("warning: no search index updates in this preview: {e}");
    }
    tx
}

/// The changed paths that matter: under a watched folder, or `site.yaml`.
fn relevant(root: &Path, batch: Vec<DebounceEventResult>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for result in batch {
        let Ok(events) = result else { continue };
        for ev in events {
            if ev.kind.is_access() {
                continue;
            }
            for p in &ev.paths {
                let rel = p.strip_prefix(root).unwrap_or(p);
                let first = rel
                    .components()
                    .next()
                    .map(|c| c.as_os_str().to_string_lossy().to_string());
                let name = rel
                    .file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default();
                let hidden = name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp");
                let wanted = match first.as_deref() {
                    Some(CONFIG_FILE) => rel.components().count() == 1,
                    Some(dir) => WATCHED.contains(&dir),
                    None => false,
                };
                if wanted && !hidden && !out.contains(p) {
                    out.push(p.clone());
                }
            }
        }
    }
    out
}
