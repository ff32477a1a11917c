//! `newsdesk check`: validates a site before publishing without writing any output.
//!
//! In order: `site.yaml`, every content file and the curator's registry (through the same
//! loaders a build uses, so the messages are the build's), the names articles use, then an
//! in-memory build whose internal links and `#anchors` are resolved page by page, and, when
//! asked, the external links. Problems found in rendered article pages are traced back to the
//! content file and line where the link was written.

pub mod external;
pub mod html;
pub mod links;
pub mod locate;
pub mod names;
pub mod problem;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub use problem::{Problem, Severity};

use crate::build::{BuildOptions, Builder};
use crate::config::Config;
use crate::content;
use crate::output::size::SiteSize;
use crate::render::{self, Renderer, templates};

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Check as if building with this base URL instead of `site.yaml`'s.
    pub base_url: Option<String>,
    /// Include drafts, as `build --drafts` would.
    pub drafts: bool,
    /// Also request every external link.
    pub external: Option<external::ExternalOptions>,
}

impl CheckOptions {
    /// Checks the site at `root` with the defaults (no external links).
    pub fn new(root: impl Into<PathBuf>) -> CheckOptions {
        CheckOptions {
            root: root.into(),
            base_url: None,
            drafts: false,
            external: None,
        }
    }
}

/// Everything `check` found, with counts of what it looked at.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Problems, sorted by file, line and message.
    pub problems: Vec<Problem>,
    /// Problems that are errors.
    pub errors: usize,
    /// Problems that are warnings.
    pub warnings: usize,
    /// Content files that parsed.
    pub articles: usize,
    /// Pages rendered in memory.
    pub pages: usize,
    /// Internal references (href, src, form action) resolved.
    pub internal_links: usize,
    /// Distinct external URLs requested (or answered from the cache).
    pub external_links: usize,
    /// Phases that could not run, and why (e.g. the link check after content errors).
    pub skipped: Vec<String>,
    /// The size the built site would have, by page group (empty when the build did not run).
    pub size: SiteSize,
}

impl Report {
    /// Problems of this severity.
    pub fn count(&self, s: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == s).count()
    }

    /// True when nothing is an error (warnings alone pass).
    pub fn passed(&self) -> bool {
        self.count(Severity::Error) == 0
    }
}

/// Runs every check; problems are reported, never returned as `Err`.
pub fn check(opts: &CheckOptions) -> Report {
    let mut report = Report::default();
    let root = opts.root.as_path();
    let mut problems = Vec::new();

    let config = match Config::load(root) {
        Ok(c) => Some(c),
        Err(e) => {
            problems.extend(problem::from_error(&e, root, Severity::Error));
            None
        }
    };
    let known = names::Names::load(root, &mut problems);

    let articles = config
        .as_ref()
        .and_then(|c| match content::load(root, c.tz(), opts.drafts) {
            Ok(a) => Some(a),
            Err(e) => {
                problems.extend(problem::from_error(&e, root, Severity::Error));
                None
            }
        });
    // Edition intros are content too; a bad one is an error like a bad article.
    if let Err(e) = content::intro::load_all(root) {
        problems.extend(problem::from_error(&e, root, Severity::Error));
    }
    if let Some(list) = &articles {
        report.articles = list.len();
        match &known {
            Some(known) => {
                for a in list {
                    names::check_article(a, root, known, &mut problems);
                }
            }
            None => report
                .skipped
                .push("the name check: the registry in data/ has errors".into()),
        }
    }

    match (&config, &articles, &known) {
        (Some(_), Some(_), Some(_)) => {
            build_and_check_links(opts, &mut report, &mut problems);
        }
        (None, _, _) => report
            .skipped
            .push("the link check: site.yaml has errors".into()),
        (_, None, _) => report
            .skipped
            .push("the link check: content files have errors".into()),
        (_, _, None) => report
            .skipped
            .push("the link check: the registry in data/ has errors".into()),
    }
    problems.sort_by(|a, b| {
        (a.file.as_str(), a.line, a.column, &a.message).cmp(&(
            b.file.as_str(),
            b.line,
            b.column,
            &b.message,
        ))
    });
    problems.dedup();
    report.problems = problems;
    report.errors = report.count(Severity::Error);
    report.warnings = report.count(Severity::Warning);
    report
}

/// Builds in memory and resolves every internal link; then the external ones if asked.
fn build_and_check_links(opts: &CheckOptions, report: &mut Report, problems: &mut Vec<Problem>) {
    let root = opts.root.as_path();
    let build = BuildOptions {
        root: opts.root.clone(),
        output: None,
        base_url: opts.base_url.clone(),
        drafts: opts.drafts,
    };
    let mut site = match Builder::new(build).load_site() {
        Ok(s) => s,
        Err(e) => {
            problems.extend(problem::from_error(&e, root, Severity::Error));
            report
                .skipped
                .push("the link check: the site model failed".into());
            return;
        }
    };
    // Lead images get the build's verdicts, but no renditions: pages link the originals.
    site.check_images(root);
    for w in &site.warnings {
        problems.push(problem::from_located(w, root, Severity::Warning));
    }
    let mut tpl = match templates::load(root, &site.config.theme) {
        Ok(t) => t,
        Err(e) => {
            problems.extend(problem::from_error(&e, root, Severity::Error));
            report
                .skipped
                .push("the link check: templates have errors".into());
            return;
        }
    };
    let statics: Vec<String> = tpl.statics.keys().cloned().collect();
    let renderer = Renderer::new(&site, &mut tpl);
    let pages = render::pages(&site);
    let mut paths: HashSet<String> = pages.iter().map(|&p| renderer.path(p)).collect();
    paths.extend(statics);
    let scanner = links::Scanner::new(&site, paths, opts.external.is_some());
    // Each page is read for links as soon as it is rendered, so no more than a few pages
    // are held at once however big the site.
    let scans = match renderer.render_each(|page, file| {
        let size = (file.path.clone(), file.bytes.len() as u64);
        (size, scanner.scan(page, file))
    }) {
        Ok(s) => s,
        Err(e) => {
            problems.extend(problem::from_error(&e, root, Severity::Error));
            report
                .skipped
                .push("the link check: a page failed to render".into());
            return;
        }
    };
    report.pages = pages.len();
    let (sizes, scans): (Vec<(String, u64)>, Vec<_>) = scans.into_iter().unzip();
    report.size = SiteSize::of(sizes.iter().map(|(p, n)| (p.as_str(), *n)));
    if let Some(w) = report.size.warning() {
        problems.push(Problem::new("", 0, Severity::Warning, w));
    }
    let found = links::finish(scans, &site.urls);
    let sources = locate::Sources::new(root, &site);
    report.internal_links = found.checked;
    problems.extend(locate::place_all(&found.broken, &sources));
    if let Some(ext) = &opts.external {
        let urls = locate::external_uses(&found.external, &sources);
        report.external_links = urls.len();
        problems.extend(external::check(&urls, ext));
    }
}

/// The site-relative path of `p` for messages.
pub(crate) fn rel_path(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .replace('\\', "/")
}
