//! Read-only questions about the user's repository, asked before anything is built or written.

use std::path::{Path, PathBuf};

use super::git::Git;
use crate::error::{Error, Result};

/// Where the user's `HEAD` points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Head {
    /// On a branch; `commit` is `None` before the first commit.
    Branch {
        /// Short branch name, e.g. `main`.
        name: String,
        /// The branch's commit, if it has one.
        commit: Option<String>,
    },
    /// Detached at a commit (during a rebase or bisect, or after checking out a tag or SHA).
    Detached {
        /// The commit HEAD points at.
        commit: String,
    },
}

/// The repository a site lives in.
#[derive(Debug, Clone)]
pub struct Repo {
    /// A git runner working at the top of the working tree.
    pub git: Git,
    /// The top folder of the working tree.
    pub toplevel: PathBuf,
}

impl Repo {
    /// Finds the repository holding `root`, or explains that there is none.
    pub fn open(root: &Path) -> Result<Repo> {
        if !root.is_dir() {
            return Err(Error::Msg(format!(
                "{} is not a folder (pass the site folder with --root)",
                root.display()
            )));
        }
        let probe = Git::new(root).call(&["rev-parse", "--show-toplevel"], None)?;
        if !probe.ok {
            let why = if probe.stderr.contains("not a git repository") {
                String::new()
            } else {
                format!(" (git said: {})", probe.stderr)
            };
            return Err(Error::Msg(format!(
                "{} is not inside a git repository{why}: deploying publishes to a branch of the \
                 repository's remote. Create one with `git init`, commit the site, add the GitHub \
                 repository with `git remote add origin https://github.com/USER/REPO.git`, then \
                 run `newsdesk deploy` again",
                root.display()
            )));
        }
        let toplevel = PathBuf::from(probe.stdout.trim_end());
        Ok(Repo {
            git: Git::new(&toplevel),
            toplevel,
        })
    }

    /// Where HEAD points.
    pub fn head(&self) -> Result<Head> {
        let commit = self
            .git
            .call(&["rev-parse", "-q", "--verify", "HEAD"], None)?;
        let commit = commit.ok.then(|| commit.stdout.trim().to_string());
        let sym = self.git.call(&["symbolic-ref", "-q", "HEAD"], None)?;
        if sym.ok {
            let full = sym.stdout.trim();
            let name = full.strip_prefix("refs/heads/").unwrap_or(full).to_string();
            return Ok(Head::Branch { name, commit });
        }
        match commit {
            Some(commit) => Ok(Head::Detached { commit }),
            None => Err(Error::Msg(format!(
                "cannot tell where HEAD points in {}: {}",
                self.toplevel.display(),
                sym.stderr
            ))),
        }
    }

    /// The names of the configured remotes.
    pub fn remotes(&self) -> Result<Vec<String>> {
        Ok(self
            .git
            .run(&["remote"])?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect())
    }

    /// The push URL of `remote`, or a clear error listing the remotes there are.
    pub fn remote_url(&self, remote: &str) -> Result<String> {
        let remotes = self.remotes()?;
        if !remotes.iter().any(|r| r == remote) {
            let known = if remotes.is_empty() {
                "this repository has no remotes".to_string()
            } else {
                format!("its remotes are: {}", remotes.join(", "))
            };
            return Err(Error::Msg(format!(
                "no git remote named `{remote}` in {} ({known}). Add it with \
                 `git remote add {remote} https://github.com/USER/REPO.git`, or choose another \
                 with --remote NAME or `deploy: {{remote: NAME}}` in site.yaml",
                self.toplevel.display()
            )));
        }
        self.git.run(&["remote", "get-url", "--push", remote])
    }

    /// Every address `remote` is known by: the push and fetch URLs as git resolves them and the
    /// configured URL before `insteadOf` rewriting (which may be the only one naming GitHub).
    pub fn remote_addresses(&self, remote: &str) -> Result<Vec<String>> {
        let mut all = Vec::new();
        for args in [
            vec!["remote", "get-url", "--push", "--all", remote],
            vec!["remote", "get-url", "--all", remote],
            vec!["config", "--get-all", &format!("remote.{remote}.url")],
        ] {
            let f = self.git.call(&args, None)?;
            if f.ok {
                all.extend(f.stdout.lines().map(|l| l.trim().to_string()));
            }
        }
        all.retain(|u| !u.is_empty());
        Ok(all)
    }

    /// Whether `branch` is a valid branch name.
    pub fn valid_branch_name(&self, branch: &str) -> Result<bool> {
        Ok(self
            .git
            .call(&["check-ref-format", "--branch", branch], None)?
            .ok
            && !branch.starts_with('-'))
    }

    /// The working tree (this one or a linked one) that has `branch` checked out, if any.
    pub fn worktree_on_branch(&self, branch: &str) -> Result<Option<PathBuf>> {
        let list = self.git.run(&["worktree", "list", "--porcelain"])?;
        let want = format!("branch refs/heads/{branch}");
        let mut current: Option<PathBuf> = None;
        for line in list.lines() {
            if let Some(p) = line.strip_prefix("worktree ") {
                current = Some(PathBuf::from(p));
            } else if line == want {
                return Ok(current);
            }
        }
        Ok(None)
    }

    /// Whether the working tree has changes not committed (untracked files included).
    pub fn has_uncommitted_changes(&self) -> Result<bool> {
        Ok(!self.git.run(&["status", "--porcelain"])?.trim().is_empty())
    }

    /// The commit a local ref points at, if it exists.
    pub fn resolve(&self, refname: &str) -> Result<Option<String>> {
        let f = self.git.call(
            &[
                "rev-parse",
                "-q",
                "--verify",
                &format!("{refname}^{{commit}}"),
            ],
            None,
        )?;
        Ok(f.ok.then(|| f.stdout.trim().to_string()))
    }

    /// Whether commit `a` is an ancestor of (or equal to) commit `b`.
    pub fn is_ancestor(&self, a: &str, b: &str) -> Result<bool> {
        Ok(self
            .git
            .call(&["merge-base", "--is-ancestor", a, b], None)?
            .ok)
    }
}
