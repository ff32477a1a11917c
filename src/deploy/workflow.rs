//! `newsdesk deploy --write-workflow`: a GitHub Actions workflow that builds the site with the
//! address GitHub reports and publishes it with the official Pages actions.

use std::fs;
use std::path::{Path, PathBuf};

use super::repo::{Head, Repo};
use crate::error::{Error, Result};

/// Where the workflow goes, relative to the top of the repository.
pub const WORKFLOW_PATH: &str = ".github/workflows/pages.yml";

/// What `--write-workflow` did.
#[derive(Debug, Clone)]
pub struct WorkflowReport {
    /// The file written (or found identical).
    pub path: PathBuf,
    /// False when an identical file was already there.
    pub written: bool,
    /// The branch whose pushes trigger a publish.
    pub branch: String,
    /// Notes for the user (e.g. the one-time settings change).
    pub notes: Vec<String>,
}

/// Where the workflow gets newsdesk from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Install {
    /// `cargo install newsdesk --version <this release>` from crates.io.
    #[default]
    CratesIo,
    /// `cargo install --git URL` at a branch, tag or commit (`None`: the default branch),
    /// resolved to a commit on each run so the cache holds exactly that build.
    Git {
        /// The repository to clone.
        url: String,
        /// A branch, tag or full commit hash.
        rev: Option<String>,
    },
}

impl Install {
    /// Checks a git source's URL and revision; they reach the workflow's shell only through
    /// environment variables, but a line break would still break the YAML around them.
    pub fn git(url: &str, rev: Option<&str>) -> Result<Install> {
        let url = url.trim();
        let rev = rev.map(str::trim).filter(|r| !r.is_empty());
        if url.is_empty() {
            return Err(Error::Msg("--newsdesk-git needs a repository URL".into()));
        }
        let bad = |s: &str| s.chars().any(|c| c.is_control() || c.is_whitespace());
        if bad(url) {
            return Err(Error::Msg(format!(
                "--newsdesk-git {url:?}: a URL cannot hold spaces or control characters"
            )));
        }
        if let Some(r) = rev
            && (bad(r) || r.starts_with('-'))
        {
            return Err(Error::Msg(format!(
                "--newsdesk-rev {r:?}: not a branch, tag or commit name"
            )));
        }
        Ok(Install::Git {
            url: url.to_string(),
            rev: rev.map(str::to_string),
        })
    }

    /// The env entries, cache key and install steps of the workflow's build job.
    fn parts(&self) -> (String, String, String) {
        match self {
            Install::CratesIo => (
                format!(
                    "  # The newsdesk release this workflow installs.\n  NEWSDESK_VERSION: \"{}\"\n",
                    env!("CARGO_PKG_VERSION")
                ),
                "newsdesk-${{ runner.os }}-${{ env.NEWSDESK_VERSION }}".into(),
                r#"      # To install from a git repository instead of crates.io, write the workflow again
      # with `newsdesk deploy --write-workflow --force --newsdesk-git URL [--newsdesk-rev REV]`.
      - name: Install newsdesk
        if: steps.cache.outputs.cache-hit != 'true'
        run: cargo install --locked newsdesk --version "$NEWSDESK_VERSION"
"#
                .into(),
            ),
            Install::Git { url, rev } => (
                format!(
                    "  # Where newsdesk is built from: a repository and a branch, tag or commit\n  # (empty: the default branch).\n  NEWSDESK_GIT: {}\n  NEWSDESK_REV: {}\n",
                    yaml_quote(url),
                    yaml_quote(rev.as_deref().unwrap_or(""))
                ),
                "newsdesk-${{ runner.os }}-${{ steps.source.outputs.rev }}".into(),
                r#"      - name: Install newsdesk
        if: steps.cache.outputs.cache-hit != 'true'
        run: cargo install --locked --git "$NEWSDESK_GIT" --rev "${{ steps.source.outputs.rev }}" newsdesk
"#
                .into(),
            ),
        }
    }
}

/// A cron schedule (five fields, UTC, as GitHub Actions reads it) for fetching and publishing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule(String);

impl Schedule {
    /// Checks `cron` has five fields of cron characters (numbers, names, `* / , -`).
    pub fn parse(cron: &str) -> Result<Schedule> {
        let fields: Vec<&str> = cron.split_whitespace().collect();
        let ok_chars = fields.iter().all(|f| {
            f.chars()
                .all(|c| c.is_ascii_alphanumeric() || "*/,-".contains(c))
        });
        if fields.len() != 5 || !ok_chars {
            return Err(Error::Msg(format!(
                "--schedule {cron:?}: not a cron schedule: give five fields, minute hour                  day-of-month month day-of-week, in UTC (e.g. \"0 6 * * *\" for 06:00 every day)"
            )));
        }
        Ok(Schedule(fields.join(" ")))
    }

    /// The schedule as written in the workflow.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The steps that fetch new articles and commit them (and the fetch state) back.
fn fetch_steps(site_dir: &str, root_arg: &str) -> String {
    let under = |p: &str| {
        if site_dir == "." {
            p.to_string()
        } else {
            format!("{}/{p}", site_dir.trim_end_matches('/'))
        }
    };
    let content = shell_quote(&under("content"));
    let state = shell_quote(&under(".newsdesk/state"));
    format!(
        r#"      # Gather new articles from data/sources.yaml. A source that fails is reported and
      # backed off; only a configuration error (exit status 2) stops the publish.
      - name: Fetch new articles
        run: |
          status=0
          newsdesk fetch --root {root_arg} || status=$?
          if [ "$status" -ge 2 ]; then
            exit "$status"
          fi
          if [ "$status" -ne 0 ]; then
            echo "::warning::newsdesk fetch: no source could be read; publishing what the repository holds"
          fi

      # Commit the new articles and the fetch state (what was seen, ETags, back-off) back,
      # so the next run downloads nothing twice. A push made with the workflow's own token
      # starts no further run.
      - name: Commit the fetched articles
        run: |
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          git add -A -- {content}
          if [ -d {state} ]; then
            git add -A -f -- {state}
          fi
          if git diff --cached --quiet; then
            echo "nothing new to commit"
            exit 0
          fi
          new=$(git diff --cached --name-only --diff-filter=A -- {content} | grep -c '\.md$' || true)
          git commit -q -m "newsdesk fetch: $new new articles"             -m "Fetched by the scheduled workflow (run $GITHUB_RUN_ID). Drafts wait for review; articles from sources with draft: false are published now."
          for attempt in 1 2 3; do
            if git push -q origin "HEAD:$GITHUB_REF_NAME"; then
              exit 0
            fi
            echo "$GITHUB_REF_NAME moved meanwhile: rebasing onto it (attempt $attempt)"
            git pull -q --rebase origin "$GITHUB_REF_NAME"
          done
          echo "could not push the fetched articles after 3 attempts" >&2
          exit 1

"#
    )
}

/// The step that resolves `NEWSDESK_REV` to a commit, so the cache key names one build.
const RESOLVE_STEP: &str = r#"      # A branch or tag moves: resolve it to the commit to build (and cache) now.
      - name: Resolve the newsdesk commit
        id: source
        run: |
          rev="$NEWSDESK_REV"
          if ! printf '%s' "$rev" | grep -Eq '^[0-9a-f]{40}$'; then
            refs=$(git ls-remote "$NEWSDESK_GIT")
            pick() { printf '%s\n' "$refs" | awk -v r="$1" '$2 == r { print $1; exit }'; }
            if [ -z "$rev" ]; then
              rev=$(pick HEAD)
            else
              rev=$(pick "refs/heads/$NEWSDESK_REV")
              [ -n "$rev" ] || rev=$(pick "refs/tags/$NEWSDESK_REV^{}")
              [ -n "$rev" ] || rev=$(pick "refs/tags/$NEWSDESK_REV")
            fi
          fi
          if [ -z "$rev" ]; then
            echo "newsdesk: no branch or tag '${NEWSDESK_REV:-HEAD}' in $NEWSDESK_GIT" >&2
            exit 1
          fi
          echo "rev=$rev" >> "$GITHUB_OUTPUT"

"#;

/// The workflow text for a site in `site_dir` (relative to the repository top, `.` for the top)
/// that publishes on every push to `branch`, installing newsdesk as `install` says.
pub fn render(site_dir: &str, branch: &str, install: &Install) -> String {
    render_scheduled(site_dir, branch, install, None)
}

/// Like [`render`]; with a `schedule`, the workflow also runs on it, and every run first
/// fetches new articles and commits them back (which needs `contents: write`).
pub fn render_scheduled(
    site_dir: &str,
    branch: &str,
    install: &Install,
    schedule: Option<&Schedule>,
) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let (env, cache_key, install_steps) = install.parts();
    let resolve = match install {
        Install::CratesIo => "",
        Install::Git { .. } => RESOLVE_STEP,
    };
    let root_arg = shell_quote(site_dir);
    let upload = if site_dir == "." {
        "public".to_string()
    } else {
        format!("{}/public", site_dir.trim_end_matches('/'))
    };
    let upload = yaml_quote(&upload);
    let branch = yaml_quote(branch);
    let (about, trigger, contents, fetch) = match schedule {
        None => (
            String::new(),
            String::new(),
            "# Read the repository, publish to Pages, and prove the run's identity to Pages (OIDC).\npermissions:\n  contents: read",
            String::new(),
        ),
        Some(s) => (
            format!(
                "#\n# It also runs on the schedule `{0}` (UTC). Every run first fetches new articles\n# from data/sources.yaml (`newsdesk fetch`) and commits them with the fetch state\n# (.newsdesk/state/) back to {branch}. Articles from sources with `draft: false` go\n# live at once; drafts wait until the curator sets `draft: false` and pushes.\n# Scheduled runs need Settings → Actions → General → Workflow permissions to allow\n# \"Read and write permissions\" (or at least not forbid `contents: write` below).\n",
                s.as_str()
            ),
            format!("  schedule:\n    - cron: '{}'\n", s.as_str()),
            "# Write the repository (the fetched articles are committed back), publish to Pages,\n# and prove the run's identity to Pages (OIDC).\npermissions:\n  contents: write",
            fetch_steps(site_dir, &root_arg),
        ),
    };
    format!(
        r#"# Publishes this newsdesk site to GitHub Pages on every push to {branch}.
# Written by `newsdesk deploy --write-workflow` (newsdesk {version}).
{about}#
# One-time setup: on GitHub, open the repository's Settings → Pages and set
# "Build and deployment → Source" to "GitHub Actions".
name: Publish to GitHub Pages

on:
  push:
    branches: [{branch}]
{trigger}  workflow_dispatch:

{contents}
  pages: write
  id-token: write

# One publish at a time; a newer run waits instead of cancelling one that is deploying.
concurrency:
  group: pages
  cancel-in-progress: false

env:
{env}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out the site
        uses: actions/checkout@v6

      - name: Configure GitHub Pages
        id: pages
        uses: actions/configure-pages@v6

{resolve}      - name: Restore newsdesk from the cache
        id: cache
        uses: actions/cache@v5
        with:
          path: ~/.cargo/bin/newsdesk
          key: {cache_key}

{install_steps}
{fetch}      # configure-pages reports the address without a trailing slash, e.g.
      # https://USER.github.io/REPO for a project site or https://news.example.org for a custom domain.
      - name: Build the site
        run: |
          newsdesk build --root {root_arg} --base-url "${{{{ steps.pages.outputs.base_url }}}}/"

      - name: Upload the site
        uses: actions/upload-pages-artifact@v5
        with:
          path: {upload}

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v5
"#
    )
}

/// Writes the workflow for the site at `root`; an existing, different file is replaced only with `force`.
pub fn write(
    root: &Path,
    force: bool,
    install: &Install,
    schedule: Option<&Schedule>,
) -> Result<WorkflowReport> {
    if !root.join(crate::config::CONFIG_FILE).is_file() {
        // Loading the configuration gives the usual "not a newsdesk site" message.
        crate::config::Config::load(root)?;
    }
    let mut notes = Vec::new();
    let (top, site_dir, branch) = match Repo::open(root) {
        Ok(repo) => {
            let site_dir = relative_site_dir(&repo.toplevel, root)?;
            let branch = match repo.head()? {
                Head::Branch { name, .. } => name,
                Head::Detached { .. } => {
                    notes.push(
                        "HEAD is detached, so the workflow publishes pushes to `main`: edit \
                         `branches:` if your default branch has another name"
                            .into(),
                    );
                    "main".into()
                }
            };
            (repo.toplevel, site_dir, branch)
        }
        Err(_) => {
            notes.push(format!(
                "{} is not a git repository yet: GitHub reads workflows from the top of the \
                 repository, so keep this site folder at the top when you create it",
                root.display()
            ));
            (root.to_path_buf(), ".".to_string(), "main".to_string())
        }
    };
    let path = top.join(WORKFLOW_PATH);
    let text = render_scheduled(&site_dir, &branch, install, schedule);
    let written = match fs::read_to_string(&path) {
        Ok(old) if old == text => false,
        Ok(_) if !force => {
            return Err(Error::Msg(format!(
                "{} already exists and differs from the workflow newsdesk would write: \
                 left as is. Pass --force to replace it (your edits to it would be lost)",
                path.display()
            )));
        }
        Ok(_) | Err(_) => {
            if path.is_dir() {
                return Err(Error::Msg(format!("{} is a folder", path.display())));
            }
            let dir = path.parent().expect("workflow path has a folder");
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            let tmp = dir.join(".pages.yml.newsdesk-tmp");
            fs::write(&tmp, &text).map_err(|e| Error::io(&tmp, e))?;
            fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
            true
        }
    };
    notes.push(
        "on GitHub, set Settings → Pages → Build and deployment → Source to \"GitHub Actions\", \
         then commit and push the workflow"
            .into(),
    );
    if let Ok(config) = crate::config::Config::load(root)
        && let Some(cname) = config.deploy.cname.filter(|c| !c.trim().is_empty())
    {
        notes.push(format!(
            "with Actions publishing the custom domain is set in Settings → Pages → Custom \
                 domain (enter {cname}); the CNAME file is only used by branch publishing"
        ));
    }
    Ok(WorkflowReport {
        path,
        written,
        branch,
        notes,
    })
}

/// The site folder relative to the repository top, `/`-separated, `.` for the top itself.
fn relative_site_dir(top: &Path, root: &Path) -> Result<String> {
    let canon = |p: &Path| p.canonicalize().map_err(|e| Error::io(p, e));
    let (top, root) = (canon(top)?, canon(root)?);
    let rel = root.strip_prefix(&top).map_err(|_| {
        Error::Msg(format!(
            "{} is not inside the repository at {}",
            root.display(),
            top.display()
        ))
    })?;
    let s = rel.to_string_lossy().replace('\\', "/");
    Ok(if s.is_empty() { ".".into() } else { s })
}

/// Quotes a word for the POSIX shell unless it is plainly safe.
fn shell_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Quotes a YAML scalar unless it is plainly safe.
fn yaml_quote(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-/".contains(c))
        && !s.starts_with(['-', '.'])
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(shell_quote("site"), "site");
        assert_eq!(shell_quote("my site's"), r"'my site'\''s'");
        assert_eq!(yaml_quote("main"), "main");
        assert_eq!(yaml_quote("it's"), "'it''s'");
        assert_eq!(yaml_quote("./x"), "'./x'");
    }
}
