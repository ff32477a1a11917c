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

/// The workflow text for a site in `site_dir` (relative to the repository top, `.` for the top)
/// that publishes on every push to `branch`.
pub fn render(site_dir: &str, branch: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let root_arg = shell_quote(site_dir);
    let upload = if site_dir == "." {
        "public".to_string()
    } else {
        format!("{}/public", site_dir.trim_end_matches('/'))
    };
    let upload = yaml_quote(&upload);
    let branch = yaml_quote(branch);
    format!(
        r#"# Publishes this newsdesk site to GitHub Pages on every push to {branch}.
# Written by `newsdesk deploy --write-workflow` (newsdesk {version}).
#
# One-time setup: on GitHub, open the repository's Settings → Pages and set
# "Build and deployment → Source" to "GitHub Actions".
name: Publish to GitHub Pages

on:
  push:
    branches: [{branch}]
  workflow_dispatch:

# Read the repository, publish to Pages, and prove the run's identity to Pages (OIDC).
permissions:
  contents: read
  pages: write
  id-token: write

# One publish at a time; a newer run waits instead of cancelling one that is deploying.
concurrency:
  group: pages
  cancel-in-progress: false

env:
  # The newsdesk release this workflow installs.
  NEWSDESK_VERSION: "{version}"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out the site
        uses: actions/checkout@v6

      - name: Configure GitHub Pages
        id: pages
        uses: actions/configure-pages@v6

      - name: Restore newsdesk from the cache
        id: cache
        uses: actions/cache@v5
        with:
          path: ~/.cargo/bin/newsdesk
          key: newsdesk-${{{{ runner.os }}}}-${{{{ env.NEWSDESK_VERSION }}}}

      # To install from a git repository instead of crates.io, replace the command with e.g.
      #   cargo install --locked --git https://github.com/OWNER/newsdesk newsdesk
      - name: Install newsdesk
        if: steps.cache.outputs.cache-hit != 'true'
        run: cargo install --locked newsdesk --version "$NEWSDESK_VERSION"

      # configure-pages reports the address without a trailing slash, e.g.
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
pub fn write(root: &Path, force: bool) -> Result<WorkflowReport> {
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
    let text = render(&site_dir, &branch);
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
