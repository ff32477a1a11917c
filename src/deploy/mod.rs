//! `newsdesk deploy`: publish the site to a GitHub Pages branch, or write an Actions workflow.
//!
//! Branch publishing builds the working tree as it is into a temporary folder, turns that folder
//! into a git tree with plumbing commands and a throwaway index, commits it on top of the
//! remote's published branch and pushes. Nothing is ever checked out: the user's branch, HEAD,
//! index, working tree and output folder stay exactly as they were, whatever fails.

pub mod git;
pub mod pages_url;
pub mod publish;
pub mod repo;
pub mod tree;
pub mod workflow;

use std::fs;
use std::path::{Path, PathBuf};

use crate::build::{BuildOptions, build};
use crate::config::{self, Config};
use crate::error::{Error, Result};
use crate::{output, yaml};
use repo::{Head, Repo};
pub use tree::Changes;
pub use workflow::{Install, Schedule, WORKFLOW_PATH, WorkflowReport};

/// The remote used when neither `--remote` nor `deploy.remote` names one.
pub const DEFAULT_REMOTE: &str = "origin";
/// The branch published when neither `--branch` nor `deploy.branch` names one.
pub const DEFAULT_BRANCH: &str = "gh-pages";

/// What to deploy and where.
#[derive(Debug, Clone, Default)]
pub struct DeployOptions {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// The git remote (default: `deploy.remote`, then `origin`).
    pub remote: Option<String>,
    /// The branch to publish (default: `deploy.branch`, then `gh-pages`).
    pub branch: Option<String>,
    /// The commit message (default: names the source branch and commit).
    pub message: Option<String>,
    /// Build and compare, but do not commit or push.
    pub dry_run: bool,
    /// Deploy even when HEAD is detached.
    pub allow_detached: bool,
    /// Overrides `base_url` from `site.yaml`.
    pub base_url: Option<String>,
}

/// How a deploy ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new commit was pushed.
    Published {
        /// The new commit on the published branch.
        commit: String,
        /// The commit it replaced, if the branch existed.
        previous: Option<String>,
    },
    /// The published branch already holds exactly this site: nothing was committed or pushed.
    UpToDate {
        /// The published commit.
        commit: String,
    },
    /// `--dry-run`: a commit would have been pushed, but nothing was.
    DryRun,
}

/// What a deploy did.
#[derive(Debug, Clone)]
pub struct DeployReport {
    /// How it ended.
    pub outcome: Outcome,
    /// The remote's name.
    pub remote: String,
    /// The remote's push URL, with any credentials masked.
    pub url: String,
    /// The published branch.
    pub branch: String,
    /// Files changed relative to what was published before.
    pub changes: Changes,
    /// Articles in the build.
    pub articles: usize,
    /// Files published (including `.nojekyll` and `CNAME`).
    pub files: usize,
    /// The base URL the site was built for.
    pub base_url: String,
    /// Where GitHub Pages will serve the site, when it can be told from the remote or `cname`.
    pub pages_url: Option<String>,
    /// Problems worth the user's attention (also sent to the notice callback as they arise).
    pub warnings: Vec<String>,
}

/// Builds the site and publishes it to the branch; `warn` hears each warning as it arises,
/// so it is seen even if a later step fails.
pub fn deploy(opts: &DeployOptions, warn: &mut dyn FnMut(&str)) -> Result<DeployReport> {
    let mut warnings = Vec::new();
    let mut warn = |w: String| {
        warn(&w);
        warnings.push(w);
    };
    let config = Config::load(&opts.root)?;
    let remote = choose(&opts.remote, &config.deploy.remote, DEFAULT_REMOTE);
    let branch = choose(&opts.branch, &config.deploy.branch, DEFAULT_BRANCH);
    let cname = checked_cname(&opts.root, config.deploy.cname.as_deref())?;

    // Everything that can be checked locally is checked before building.
    let repo = Repo::open(&opts.root)?;
    let head = repo.head()?;
    check_head(&head, &branch, opts.allow_detached)?;
    if !repo.valid_branch_name(&branch)? {
        return Err(Error::Msg(format!(
            "`{branch}` is not a valid branch name (from --branch or deploy.branch)"
        )));
    }
    if let Some(wt) = repo.worktree_on_branch(&branch)? {
        return Err(Error::Msg(format!(
            "`{branch}` is checked out in the working tree at {}: publishing would change files \
             under it. Switch that working tree to another branch, or publish to another branch \
             with --branch",
            wt.display()
        )));
    }
    let url = git::mask_credentials(&repo.remote_url(&remote)?);

    let base_url = config::normalise_base_url(opts.base_url.as_deref().unwrap_or(&config.base_url))
        .unwrap_or_default();

    let temp = tempfile::Builder::new()
        .prefix("newsdesk-deploy-")
        .tempdir()
        .map_err(|e| Error::Msg(format!("cannot create a temporary folder: {e}")))?;
    let out = temp.path().join("site");
    let built = build(&BuildOptions {
        root: opts.root.clone(),
        output: Some(out.clone()),
        base_url: opts.base_url.clone(),
        drafts: false,
    })
    .map_err(|e| Error::Msg(format!("the build failed, so nothing was deployed:\n{e}")))?;
    for w in &built.warnings {
        warn(w.clone());
    }
    if built.articles == 0 || !out.join("index.html").is_file() {
        return Err(Error::Msg(format!(
            "the build of {} published no articles (are they all drafts, or is --root wrong?): \
             refusing to deploy an empty site over the published one",
            opts.root.display()
        )));
    }
    let cname = add_branch_files(&out, cname.as_deref())?;

    let repo_url = repo
        .remote_addresses(&remote)?
        .iter()
        .find_map(|u| pages_url::parse_github_remote(u));
    let pages_url = pages_url::pages_address(repo_url.as_ref(), cname.as_deref());
    match (&pages_url, base_url.is_empty()) {
        (Some(expected), false) => {
            let why = match (&cname, &repo_url) {
                (Some(_), _) => "the custom domain (deploy.cname)".to_string(),
                (None, Some(r)) => format!("remote `{remote}` (github.com/{}/{})", r.owner, r.name),
                (None, None) => format!("remote `{remote}`"),
            };
            if let Some(w) = pages_url::check_base_url(&base_url, expected, &why) {
                warn(w);
            }
        }
        _ => warn(format!(
            "cannot tell where remote `{remote}` ({url}) serves GitHub Pages: make sure base_url \
             ({base_url}) is the address the site will be read at"
        )),
    }

    let new_tree = tree::write_tree(&repo.git, &out, &temp.path().join("index"))?;
    let files = count_files(&out);
    let previous = publish::fetch_published(&repo, &remote, &url, &branch)?;
    let previous_tree = previous
        .as_deref()
        .map(|c| tree::tree_of(&repo.git, c))
        .transpose()?;
    let changes = tree::changes(&repo.git, previous_tree.as_deref(), &new_tree)?;
    let report = |outcome| DeployReport {
        outcome,
        remote: remote.clone(),
        url: url.clone(),
        branch: branch.clone(),
        changes,
        articles: built.articles,
        files,
        base_url: base_url.clone(),
        pages_url: pages_url.clone(),
        warnings: Vec::new(),
    };
    if previous_tree.as_deref() == Some(new_tree.as_str()) {
        let mut r = report(Outcome::UpToDate {
            commit: previous.clone().expect("a tree implies a commit"),
        });
        r.warnings = warnings;
        return Ok(r);
    }
    if opts.dry_run {
        let mut r = report(Outcome::DryRun);
        r.warnings = warnings;
        return Ok(r);
    }
    let message = match &opts.message {
        Some(m) if !m.trim().is_empty() => m.clone(),
        _ => default_message(&repo, &head, built.articles, files)?,
    };
    let commit = publish::commit(&repo, &new_tree, previous.as_deref(), &message)?;
    publish::push(&repo.git, &remote, &url, &commit, &branch)?;
    match update_local_refs(&repo, &remote, &branch, &commit) {
        Ok(None) => {}
        Ok(Some(note)) => warn(note),
        Err(e) => warn(format!(
            "published, but could not update the local refs for `{branch}`: {e}"
        )),
    }
    let mut r = report(Outcome::Published { commit, previous });
    r.warnings = warnings;
    Ok(r)
}

/// Writes the Actions workflow for the site at `root` (see [`workflow::write`]).
pub fn write_workflow(root: &Path, force: bool, install: &Install) -> Result<WorkflowReport> {
    workflow::write(root, force, install, None)
}

/// Writes the Actions workflow that also fetches, commits and publishes on `schedule`.
pub fn write_scheduled_workflow(
    root: &Path,
    force: bool,
    install: &Install,
    schedule: &Schedule,
) -> Result<WorkflowReport> {
    workflow::write(root, force, install, Some(schedule))
}

fn choose(flag: &Option<String>, config: &Option<String>, default: &str) -> String {
    flag.as_deref()
        .or(config.as_deref())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or(default)
        .to_string()
}

fn check_head(head: &Head, branch: &str, allow_detached: bool) -> Result<()> {
    match head {
        Head::Branch { name, .. } if name == branch => Err(Error::Msg(format!(
            "you are on `{branch}`, the branch the site is published to: deploying would \
             replace the files of your checkout. Switch to the branch holding the site's \
             sources (e.g. `git switch main`) and deploy from there"
        ))),
        Head::Detached { commit } if !allow_detached => Err(Error::Msg(format!(
            "HEAD is detached (at {}), as during a rebase, a bisect or after checking out a tag: \
             the working tree may not be the site you mean to publish. Switch to a branch \
             (`git switch main`) and deploy again, or pass --allow-detached to publish this \
             working tree as it is. Nothing was changed",
            &commit[..commit.len().min(12)]
        ))),
        _ => Ok(()),
    }
}

/// `deploy.cname` must be a bare domain name; returns it trimmed and lower-cased.
fn checked_cname(root: &Path, cname: Option<&str>) -> Result<Option<String>> {
    let Some(c) = cname.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let ok = c.contains('.')
        && c.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
        });
    if ok {
        return Ok(Some(c.to_ascii_lowercase()));
    }
    let path = root.join(config::CONFIG_FILE);
    let line = fs::read_to_string(&path)
        .ok()
        .and_then(|t| yaml::key_line(&t, "deploy"))
        .unwrap_or(0);
    Err(Error::at(
        &path,
        line,
        0,
        format!(
            "deploy.cname `{c}` must be a bare domain name such as news.example.org \
             (no https://, no path, no trailing slash)"
        ),
    ))
}

/// Drops newsdesk's own bookkeeping from the temporary build and adds what GitHub Pages reads:
/// `.nojekyll` (serve files as they are) and `CNAME` (the custom domain). Returns the custom
/// domain in effect, which may come from a `CNAME` file in the site's `static/` folder.
fn add_branch_files(out: &Path, cname: Option<&str>) -> Result<Option<String>> {
    for name in output::bookkeeping_files() {
        let file = out.join(name);
        if file.exists() {
            fs::remove_file(&file).map_err(|e| Error::io(&file, e))?;
        }
    }
    let nojekyll = out.join(".nojekyll");
    fs::write(&nojekyll, "").map_err(|e| Error::io(&nojekyll, e))?;
    let cname_file = out.join("CNAME");
    match cname {
        Some(domain) => {
            fs::write(&cname_file, format!("{domain}\n")).map_err(|e| Error::io(&cname_file, e))?;
            Ok(Some(domain.to_string()))
        }
        None => Ok(fs::read_to_string(&cname_file)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())),
    }
}

fn count_files(dir: &Path) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .count()
}

fn default_message(repo: &Repo, head: &Head, articles: usize, files: usize) -> Result<String> {
    let short = |c: &str| repo.git.run(&["rev-parse", "--short", c]);
    let from = match head {
        Head::Branch {
            name,
            commit: Some(c),
        } => format!("{name} at {}", short(c)?),
        Head::Branch { name, commit: None } => format!("{name} (no commits yet)"),
        Head::Detached { commit } => format!("detached HEAD at {}", short(commit)?),
    };
    let dirty = if repo.has_uncommitted_changes()? {
        " with uncommitted changes"
    } else {
        ""
    };
    Ok(format!(
        "Deploy site from {from}{dirty}\n\nBuilt by newsdesk {}: {articles} articles, {files} files.\n",
        env!("CARGO_PKG_VERSION")
    ))
}

/// After a successful push: the remote-tracking ref records what was pushed, and a local branch
/// of the same name is fast-forwarded if it exists and has nothing of its own (otherwise it is
/// left alone and the returned note says so).
fn update_local_refs(
    repo: &Repo,
    remote: &str,
    branch: &str,
    commit: &str,
) -> Result<Option<String>> {
    let why = "newsdesk deploy";
    repo.git.run(&[
        "update-ref",
        "-m",
        why,
        &publish::tracking_ref(remote, branch),
        commit,
    ])?;
    let local = format!("refs/heads/{branch}");
    if let Some(old) = repo.resolve(&local)? {
        if !repo.is_ancestor(&old, commit)? {
            return Ok(Some(format!(
                "your local branch `{branch}` has commits that are not on {remote}: it was left \
                 as is (the published branch is `{remote}/{branch}`)"
            )));
        }
        repo.git
            .run(&["update-ref", "-m", why, &local, commit, &old])?;
    }
    Ok(None)
}
