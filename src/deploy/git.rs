//! Running the system `git` binary.
//!
//! Deploying shells out to `git` rather than linking a library: gix cannot push yet, and git2
//! builds libgit2 and OpenSSL from C. The system binary also brings the user's own credential
//! helpers, SSH keys and proxy settings, which is exactly what a push to GitHub needs.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::error::{Error, Result};

/// A `git` runner bound to one folder, with extra environment for every call.
#[derive(Debug, Clone)]
pub struct Git {
    dir: PathBuf,
    env: Vec<(String, String)>,
}

/// What a finished `git` call printed.
#[derive(Debug, Clone)]
pub struct Finished {
    /// Whether git exited with status 0.
    pub ok: bool,
    /// Standard output, lossily decoded.
    pub stdout: String,
    /// Standard error, lossily decoded and with credentials in URLs masked.
    pub stderr: String,
}

impl Git {
    /// A runner that works in `dir` (any folder inside the repository).
    pub fn new(dir: &Path) -> Git {
        Git {
            dir: dir.to_path_buf(),
            env: Vec::new(),
        }
    }

    /// The same runner with one more environment variable set for every call.
    pub fn with_env(&self, key: &str, value: impl AsRef<OsStr>) -> Git {
        let mut g = self.clone();
        g.env
            .push((key.into(), value.as_ref().to_string_lossy().into_owned()));
        g
    }

    fn command<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C").arg(&self.dir).args(args);
        // English messages, so failures can be recognised; never rewrite the user's index
        // as a side effect of a read-only command such as `status`.
        cmd.env("LC_ALL", "C")
            .env("LANGUAGE", "")
            .env("GIT_OPTIONAL_LOCKS", "0");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Runs git and reports how it finished; only failing to start git is an error.
    pub fn call<S: AsRef<OsStr>>(&self, args: &[S], input: Option<&[u8]>) -> Result<Finished> {
        let mut cmd = self.command(args);
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        cmd.stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = cmd.spawn().map_err(spawn_error)?;
        let writer = match (input, child.stdin.take()) {
            (Some(bytes), Some(mut stdin)) => {
                let bytes = bytes.to_vec();
                // Feed stdin from a thread so a chatty git cannot deadlock on a full stdout pipe.
                Some(std::thread::spawn(move || stdin.write_all(&bytes)))
            }
            _ => None,
        };
        let out: Output = child
            .wait_with_output()
            .map_err(|e| Error::Msg(format!("running git failed: {e}")))?;
        if let Some(w) = writer {
            // A broken pipe here means git exited early; its own status and stderr explain why.
            let _ = w.join();
        }
        Ok(Finished {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: mask_credentials(&tidy(&String::from_utf8_lossy(&out.stderr))),
        })
    }

    /// Runs git and returns its trimmed standard output; a non-zero exit is an error quoting git.
    pub fn run<S: AsRef<OsStr>>(&self, args: &[S]) -> Result<String> {
        self.run_with_input(args, None)
    }

    /// Like [`Git::run`], feeding `input` on standard input.
    pub fn run_with_input<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        input: Option<&[u8]>,
    ) -> Result<String> {
        let f = self.call(args, input)?;
        if f.ok {
            Ok(f.stdout.trim_end().to_string())
        } else {
            let shown: Vec<String> = args
                .iter()
                .map(|a| a.as_ref().to_string_lossy().into_owned())
                .collect();
            Err(Error::Msg(format!(
                "`git {}` failed: {}",
                shown.join(" "),
                if f.stderr.is_empty() {
                    "(no message)"
                } else {
                    &f.stderr
                }
            )))
        }
    }
}

/// Git pads `remote:` lines with spaces; drop them and surrounding blank lines.
fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    lines.join("\n").trim().to_string()
}

fn spawn_error(e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::NotFound {
        Error::Msg(
            "the `git` program was not found on PATH: install git (https://git-scm.com) to deploy"
                .into(),
        )
    } else {
        Error::Msg(format!("could not run git: {e}"))
    }
}

/// Replaces `user:password@` in every URL of `text` with `***@`, so tokens never reach the screen.
pub fn mask_credentials(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (head, tail) = rest.split_at(i + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c == '/' || c.is_whitespace() || c == '\'' || c == '"')
            .unwrap_or(tail.len());
        match tail[..end].rfind('@') {
            Some(at) => {
                out.push_str("***");
                out.push_str(&tail[at..end]);
            }
            None => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::mask_credentials;

    #[test]
    fn masks_userinfo_only() {
        assert_eq!(
            mask_credentials(
                "fatal: unable to access 'https://x-access-token:ghp_abc@github.com/u/r.git/'"
            ),
            "fatal: unable to access 'https://***@github.com/u/r.git/'"
        );
        assert_eq!(
            mask_credentials("https://github.com/u/r.git and git@github.com:u/r"),
            "https://github.com/u/r.git and git@github.com:u/r"
        );
        assert_eq!(
            mask_credentials("ssh://git@host:22/x"),
            "ssh://***@host:22/x"
        );
    }
}
