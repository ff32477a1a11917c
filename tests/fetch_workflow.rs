//! The scheduled workflow of `deploy --write-workflow --schedule`: its shell steps (fetch,
//! commit and push back, build) run as a runner would, against a local bare repository and a
//! local HTTP server, with the real `newsdesk` binary and `git` with an empty configuration.

mod common;
#[path = "support/feed_server.rs"]
mod feed_server;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;
use feed_server::{Reply, Request, Server, article_html, date, rss};

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn gitconfig(&self) -> PathBuf {
        self.dir.path().join("gitconfig")
    }
    fn remote(&self) -> PathBuf {
        self.dir.path().join("remote.git")
    }
    fn git(&self, dir: &Path, args: &[&str]) -> String {
        let o = git_cmd(dir, &self.gitconfig()).args(args).output().unwrap();
        assert!(
            o.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stdout).trim().to_string()
    }
    fn commit_all(&self, dir: &Path, msg: &str) {
        self.git(dir, &["add", "-A"]);
        self.git(
            dir,
            &[
                "-c",
                "user.name=Curator",
                "-c",
                "user.email=curator@example.org",
                "commit",
                "-q",
                "-m",
                msg,
            ],
        );
    }
}

fn git_cmd(dir: &Path, gitconfig: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", gitconfig)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env_remove("EMAIL")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    cmd
}

/// Runs one workflow step's `run:` script in `dir` as the runner would (bash -e).
fn step(repo: &Repo, dir: &Path, bin: &Path, script: &str) -> (bool, String) {
    let script = script.replace("${{ steps.pages.outputs.base_url }}", "https://example.org");
    assert!(!script.contains("${{"), "{script}");
    let mut cmd = Command::new("bash");
    let base = git_cmd(dir, &repo.gitconfig());
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let o = cmd
        .current_dir(dir)
        .args(["-e", "-c", &script])
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
        )
        .env("GITHUB_RUN_ID", "4242")
        .env("GITHUB_REF_NAME", "main")
        .output()
        .unwrap();
    (
        o.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

fn html_with(dir: &Path, needle: &str) -> usize {
    snapshot(dir)
        .into_iter()
        .filter(|(k, v)| k.ends_with(".html") && String::from_utf8_lossy(v).contains(needle))
        .count()
}

#[test]
fn scheduled_workflow_fetches_commits_the_articles_and_state_then_builds() {
    let extra = Arc::new(AtomicUsize::new(0));
    let x2 = extra.clone();
    let srv = Server::start(move |r: &Request| {
        let n = x2.load(Ordering::SeqCst);
        let (name, count) = if r.path == "/live" {
            ("Live", 1)
        } else {
            ("Wire", 2 + n)
        };
        let it: Vec<_> = (0..count)
            .map(|i| {
                (
                    format!("{name}-{i}"),
                    format!("{name} headline {i}"),
                    format!("http://x.invalid/{name}/{i}"),
                    article_html(i + name.len() * 100, 3),
                    date(i as i64),
                )
            })
            .collect();
        let body = rss(name, &it);
        let etag = format!("\"{name}-{count}\"");
        if r.header("if-none-match") == Some(etag.as_str()) {
            return Reply::status(304);
        }
        Reply::new(200, "application/rss+xml", body).header("ETag", &etag)
    });

    let repo = Repo {
        dir: tempfile::tempdir().unwrap(),
    };
    fs::write(repo.gitconfig(), "").unwrap();
    let work = repo.dir.path().join("work");
    let o = newsdesk(&["init", work.to_str().unwrap()]);
    assert!(o.status.success());
    fs::write(
        work.join("data/sources.yaml"),
        format!(
            "pause_seconds: 0.05\nsources:\n  - url: {}\n    name: Live Desk\n    draft: false\n  - url: {}\n    name: Wire Desk\n",
            srv.url("/live"),
            srv.url("/wire")
        ),
    )
    .unwrap();
    repo.git(&work, &["init", "-q", "-b", "main"]);
    repo.commit_all(&work, "The site");
    repo.git(
        repo.dir.path(),
        &["init", "-q", "--bare", repo.remote().to_str().unwrap()],
    );
    repo.git(
        &work,
        &["remote", "add", "origin", repo.remote().to_str().unwrap()],
    );
    repo.git(&work, &["push", "-q", "origin", "main"]);

    // The workflow: schedule, write permission, and fetch → commit → build in that order.
    let bad = newsdesk(&[
        "deploy",
        "--root",
        work.to_str().unwrap(),
        "--write-workflow",
        "--schedule",
        "every day",
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a cron schedule"));
    let o = newsdesk(&[
        "deploy",
        "--root",
        work.to_str().unwrap(),
        "--write-workflow",
        "--schedule",
        "0 6 * * *",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = fs::read_to_string(work.join(".github/workflows/pages.yml")).unwrap();
    let y: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    assert_eq!(y["on"]["schedule"][0]["cron"].as_str(), Some("0 6 * * *"));
    assert!(y["on"]["push"]["branches"][0].as_str() == Some("main"));
    assert_eq!(y["permissions"]["contents"].as_str(), Some("write"));
    let steps = y["jobs"]["build"]["steps"].as_sequence().unwrap().clone();
    let find = |name: &str| {
        steps
            .iter()
            .position(|s| s["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    let (install, fetch, commit, build) = (
        find("Install newsdesk"),
        find("Fetch new articles"),
        find("Commit the fetched articles"),
        find("Build the site"),
    );
    assert!(install < fetch && fetch < commit && commit < build);
    let script = |i: usize| steps[i]["run"].as_str().unwrap().to_string();
    repo.commit_all(&work, "Publish on a schedule");
    repo.git(&work, &["push", "-q", "origin", "main"]);

    // The runner: a fresh checkout and newsdesk on the PATH.
    let bin = repo.dir.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_newsdesk"), bin.join("newsdesk")).unwrap();
    let checkout = |name: &str| {
        let dir = repo.dir.path().join(name);
        repo.git(
            repo.dir.path(),
            &[
                "clone",
                "-q",
                "-b",
                "main",
                repo.remote().to_str().unwrap(),
                name,
            ],
        );
        dir
    };
    let run = |dir: &Path| -> Vec<String> {
        [fetch, commit, build]
            .iter()
            .map(|&i| {
                let (ok, out) = step(&repo, dir, &bin, &script(i));
                assert!(
                    ok,
                    "step {} failed:\n{out}",
                    steps[i]["name"].as_str().unwrap()
                );
                out
            })
            .collect()
    };
    let runner = checkout("runner");
    let out = run(&runner);
    assert!(
        out[0].contains("fetched 2 sources: 3 new articles"),
        "{}",
        out[0]
    );
    let head = repo.git(&repo.remote(), &["log", "-1", "--format=%s%n%b", "main"]);
    assert!(head.starts_with("newsdesk fetch: 3 new articles"), "{head}");
    assert!(head.contains("run 4242"), "{head}");
    let files = repo.git(&repo.remote(), &["ls-tree", "-r", "--name-only", "main"]);
    assert!(files.contains(".newsdesk/state/fetch.json"), "{files}");
    assert_eq!(
        files
            .lines()
            .filter(|f| f.starts_with("content/2026/11/"))
            .count(),
        3,
        "{files}"
    );
    assert!(!files.contains("fetch.lock"), "{files}");
    // The draft: false source is published, the drafts wait.
    let public = runner.join("public");
    assert!(html_with(&public, "Live headline 0") > 0);
    assert_eq!(html_with(&public, "Wire headline 0"), 0);

    // Meanwhile the curator pushes from elsewhere and the wire has one more story: the next
    // run's push is refused, rebased onto the curator's commit and pushed.
    let curator = checkout("curator");
    fs::write(curator.join("data/note.txt"), "edited").unwrap();
    repo.commit_all(&curator, "Curator's edit");
    repo.git(&curator, &["push", "-q", "origin", "main"]);
    extra.store(1, Ordering::SeqCst);
    let out = run(&runner);
    assert!(
        out[0].contains("1 new articles, 1 not modified"),
        "{}",
        out[0]
    );
    assert!(out[1].contains("moved meanwhile"), "{}", out[1]);
    let log = repo.git(&repo.remote(), &["log", "--format=%s", "main"]);
    let subjects: Vec<&str> = log.lines().collect();
    assert_eq!(
        subjects[..3],
        [
            "newsdesk fetch: 1 new articles",
            "Curator's edit",
            "newsdesk fetch: 3 new articles"
        ]
    );

    // Nothing new: nothing committed.
    let before = repo.git(&repo.remote(), &["rev-parse", "main"]);
    let out = run(&runner);
    assert!(out[1].contains("nothing new to commit"), "{}", out[1]);
    assert_eq!(repo.git(&repo.remote(), &["rev-parse", "main"]), before);
    assert_eq!(srv.hits("/wire"), 3);
}
