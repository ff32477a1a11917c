//! Talking to the remote: reading the published branch, committing a new tree on top of it and
//! pushing, with failures turned into messages a curator can act on.

use super::git::Git;
use super::repo::Repo;
use crate::error::{Error, Result};

/// The published branch as the remote has it right now (fetched, so its history is kept);
/// `None` when the branch does not exist there yet.
pub fn fetch_published(
    repo: &Repo,
    remote: &str,
    url: &str,
    branch: &str,
) -> Result<Option<String>> {
    let full = format!("refs/heads/{branch}");
    let listed = repo
        .git
        .call(&["ls-remote", "--heads", remote, &full], None)?;
    if !listed.ok {
        return Err(network_error("read", remote, url, &listed.stderr));
    }
    let exists = listed
        .stdout
        .lines()
        .any(|l| l.split('\t').nth(1) == Some(full.as_str()));
    if !exists {
        return Ok(None);
    }
    let tracking = tracking_ref(remote, branch);
    let fetched = repo.git.call(
        &[
            "fetch",
            "--quiet",
            "--no-tags",
            remote,
            &format!("+{full}:{tracking}"),
        ],
        None,
    )?;
    if !fetched.ok {
        return Err(network_error("fetch from", remote, url, &fetched.stderr));
    }
    repo.resolve(&tracking)?
        .map(Some)
        .ok_or_else(|| Error::Msg(format!("fetched {remote}/{branch} but cannot read it")))
}

/// The remote-tracking ref git uses for `remote`'s `branch`.
pub fn tracking_ref(remote: &str, branch: &str) -> String {
    format!("refs/remotes/{remote}/{branch}")
}

/// Creates the deploy commit. When git has no identity configured (common on CI machines),
/// the commit is made as "newsdesk" rather than failing.
pub fn commit(repo: &Repo, tree: &str, parent: Option<&str>, message: &str) -> Result<String> {
    let mut git = repo.git.clone();
    for (who, name_var, email_var) in [
        ("GIT_AUTHOR_IDENT", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL"),
        (
            "GIT_COMMITTER_IDENT",
            "GIT_COMMITTER_NAME",
            "GIT_COMMITTER_EMAIL",
        ),
    ] {
        if !repo.git.call(&["var", who], None)?.ok {
            if std::env::var_os(name_var).is_none() {
                git = git.with_env(name_var, "newsdesk");
            }
            if std::env::var_os(email_var).is_none() {
                git = git.with_env(email_var, "newsdesk@localhost");
            }
        }
    }
    let mut args = vec!["commit-tree", tree];
    if let Some(p) = parent {
        args.extend(["-p", p]);
    }
    args.extend(["-F", "-"]);
    git.run_with_input(&args, Some(message.as_bytes()))
}

/// Pushes `commit` to `branch` on `remote` without force: if someone else published in the
/// meantime the push is refused rather than overwriting their work.
pub fn push(git: &Git, remote: &str, url: &str, commit: &str, branch: &str) -> Result<()> {
    let refspec = format!("{commit}:refs/heads/{branch}");
    let pushed = git.call(&["push", "--quiet", remote, &refspec], None)?;
    if pushed.ok {
        return Ok(());
    }
    let err = &pushed.stderr;
    let nothing = "Nothing was changed locally, and the published site is as it was.";
    if err.contains("[rejected]")
        || err.contains("non-fast-forward")
        || err.contains("fetch first")
        || err.contains("stale info")
        || err.contains("cannot lock ref")
        || (err.contains("failed to update ref") && !err.contains("hook declined"))
    {
        return Err(Error::Msg(format!(
            "push rejected: `{branch}` on {remote} ({url}) changed while this deploy ran \
             (someone else published). {nothing} Run `newsdesk deploy` again to publish on \
             top of it.\ngit said: {err}"
        )));
    }
    if err.contains("[remote rejected]") || err.contains("hook declined") {
        return Err(Error::Msg(format!(
            "push rejected by {remote} ({url}): the server refused to update `{branch}` (a \
             protected branch, a server-side hook or missing write access). {nothing}\ngit said: {err}"
        )));
    }
    if err.contains("pre-push hook") {
        return Err(Error::Msg(format!(
            "push stopped by your local pre-push hook. {nothing}\ngit said: {err}"
        )));
    }
    Err(network_error("push to", remote, url, err))
}

/// Explains a failure to reach or authenticate with a remote.
fn network_error(verb: &str, remote: &str, url: &str, stderr: &str) -> Error {
    let auth = [
        "Authentication failed",
        "could not read Username",
        "could not read Password",
        "terminal prompts disabled",
        "Permission denied",
        "Invalid username or password",
        "returned error: 401",
        "returned error: 403",
        "Host key verification failed",
    ];
    let what = if auth.iter().any(|s| stderr.contains(s)) {
        format!(
            "authentication failed: could not {verb} remote `{remote}` ({url}). For an https \
             remote, set up a credential helper or a personal access token with write access \
             (e.g. `gh auth login`); for an ssh remote, check your key with `ssh -T git@github.com`."
        )
    } else {
        format!(
            "could not {verb} remote `{remote}` ({url}): check the address (`git remote -v`), \
             your network connection, and that the repository exists."
        )
    };
    Error::Msg(format!(
        "{what} Nothing was changed locally, and the published site is as it was.\ngit said: {stderr}"
    ))
}
