//! `newsdesk build`: load → model → render → write, with nothing written unless all rendered.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::config::{self, Config};
use crate::content;
use crate::error::{Error, Result};
use crate::output::{self, WriteReport};
use crate::render::{Renderer, templates};
use crate::site::Site;

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
    let articles = content::load(&opts.root, config.tz(), opts.drafts)?;
    let registry = crate::enrich::Registry::load(&opts.root)?;
    Ok(Site::with_registry(config, &base, articles, &registry))
}

/// Builds the site into its output folder.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    let start = Instant::now();
    let site = load_site(opts)?;
    let mut tpl = templates::load(&opts.root, &site.config.theme)?;
    let files = Renderer::new(&site, &mut tpl).render_all()?;
    let out = opts.output_dir();
    guard_output(&opts.root, &out)?;
    let write = output::write(&out, &files)?;
    Ok(BuildReport {
        articles: site.articles.len(),
        files: files.len(),
        write,
        warnings: site.warnings,
        elapsed: start.elapsed(),
        output: out,
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
