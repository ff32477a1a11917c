//! End-to-end tests of `newsdesk deploy` with the real `git` binary and a local bare repository
//! as the remote. Git runs with an empty global configuration, so the tests behave the same on a
//! machine with no git identity (which deploy itself must cope with).

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::*;

const ARTICLES: &[(&str, &str, &str)] = &[
    (
        "content/2024/07/talks-in-vientiane.md",
        "Talks in Vientiane",
        "2024-07-27",
    ),
    (
        "content/2024/07/floods-in-bangladesh.md",
        "Floods in Bangladesh",
        "2024-07-20",
    ),
    (
        "content/2024/06/summit-in-nairobi.md",
        "Summit in Nairobi",
        "2024-06-30",
    ),
];

/// A site in a git repository whose `origin` is a bare repository, all in one temp folder.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// A committed site on `main` with three articles and `origin` pointing at a bare remote.
    fn new(base_url: &str) -> Fixture {
        Fixture::with_yaml(&format!("title: Test Digest\nbase_url: {base_url}\n"))
    }

    fn with_yaml(site_yaml: &str) -> Fixture {
        let f = Fixture {
            dir: tempfile::tempdir().unwrap(),
        };
        fs::write(f.gitconfig(), "").unwrap();
        fs::create_dir_all(f.site()).unwrap();
        f.write("site.yaml", site_yaml);
        f.write(".gitignore", "public/\n");
        for (path, title, date) in ARTICLES {
            f.write(path, &article(title, date, ""));
        }
        f.git(&["init", "-q", "-b", "main"]);
        f.commit_all("Add the site");
        run_git(
            f.dir.path(),
            &f.gitconfig(),
            &["init", "-q", "--bare", "remote.git"],
        );
        f.git(&["remote", "add", "origin", f.remote().to_str().unwrap()]);
        f
    }

    fn site(&self) -> PathBuf {
        self.dir.path().join("site")
    }

    fn remote(&self) -> PathBuf {
        self.dir.path().join("remote.git")
    }

    fn gitconfig(&self) -> PathBuf {
        self.dir.path().join("empty.gitconfig")
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.site().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    /// Runs git in the site's repository; panics on failure.
    fn git(&self, args: &[&str]) -> String {
        run_git(&self.site(), &self.gitconfig(), args)
    }

    /// Runs git in the bare remote; `None` on failure.
    fn remote_git(&self, args: &[&str]) -> Option<String> {
        let o = git_cmd(&self.remote(), &self.gitconfig())
            .args(args)
            .output()
            .unwrap();
        o.status
            .success()
            .then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
    }

    fn commit_all(&self, msg: &str) {
        self.git(&["add", "-A"]);
        self.git(&[
            "-c",
            "user.name=Curator",
            "-c",
            "user.email=curator@example.org",
            "commit",
            "-q",
            "-m",
            msg,
        ]);
    }

    /// Runs `newsdesk deploy --root SITE ARGS` with the same isolated git configuration.
    fn deploy(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdesk"));
        isolate(&mut cmd, &self.gitconfig());
        cmd.arg("deploy")
            .arg("--root")
            .arg(self.site())
            .args(args)
            .output()
            .unwrap()
    }

    fn deploy_ok(&self, args: &[&str]) -> String {
        let o = self.deploy(args);
        assert!(
            o.status.success(),
            "deploy failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8_lossy(&o.stderr).into_owned()
    }

    fn deploy_err(&self, args: &[&str]) -> String {
        let o = self.deploy(args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(!o.status.success(), "deploy should have failed: {err}");
        err
    }

    /// The published branch's commit on the remote, if it exists.
    fn published(&self) -> Option<String> {
        self.remote_git(&["rev-parse", "-q", "--verify", "refs/heads/gh-pages"])
    }

    fn published_commits(&self) -> usize {
        self.remote_git(&["rev-list", "--count", "refs/heads/gh-pages"])
            .map_or(0, |n| n.parse().unwrap())
    }

    /// Every file of the published branch, read from the remote.
    fn published_files(&self) -> BTreeMap<String, Vec<u8>> {
        let out = tempfile::tempdir().unwrap();
        export_branch(&self.remote(), &self.gitconfig(), "gh-pages", out.path());
        snapshot(out.path())
    }

    /// Everything a deploy must leave alone: refs, HEAD, index, status and every file of the
    /// working tree (bytes and modification times), `.git` aside.
    fn local_state(&self) -> LocalState {
        let files = walkdir::WalkDir::new(self.site())
            .into_iter()
            .filter_entry(|e| e.file_name() != ".git")
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let meta = e.metadata().unwrap();
                (
                    e.path().strip_prefix(self.site()).unwrap().to_path_buf(),
                    (fs::read(e.path()).unwrap(), meta.modified().unwrap()),
                )
            })
            .collect();
        LocalState {
            head: fs::read_to_string(self.site().join(".git/HEAD")).unwrap(),
            head_commit: self.git(&["rev-parse", "HEAD"]),
            refs: self.git(&[
                "for-each-ref",
                "--format=%(refname) %(objectname)",
                "refs/heads",
            ]),
            index: fs::read(self.site().join(".git/index")).unwrap(),
            status: self.git(&["status", "--porcelain", "--untracked-files=all"]),
            files,
        }
    }
}

#[derive(Debug, PartialEq)]
struct LocalState {
    head: String,
    head_commit: String,
    refs: String,
    index: Vec<u8>,
    status: String,
    files: BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)>,
}

/// Git (and the git newsdesk runs) with no system or user configuration and no prompts.
fn isolate(cmd: &mut Command, gitconfig: &Path) {
    cmd.env("GIT_CONFIG_GLOBAL", gitconfig)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_ASKPASS")
        .env_remove("SSH_ASKPASS")
        .env_remove("GIT_AUTHOR_NAME")
        .env_remove("GIT_AUTHOR_EMAIL")
        .env_remove("GIT_COMMITTER_NAME")
        .env_remove("GIT_COMMITTER_EMAIL")
        .env_remove("EMAIL")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
}

fn git_cmd(dir: &Path, gitconfig: &Path) -> Command {
    let mut cmd = Command::new("git");
    isolate(&mut cmd, gitconfig);
    cmd.current_dir(dir);
    cmd
}

fn run_git(dir: &Path, gitconfig: &Path, args: &[&str]) -> String {
    let o = git_cmd(dir, gitconfig).args(args).output().unwrap();
    assert!(
        o.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// Extracts `branch` of the repository at `git_dir` into `out` (`git archive | tar -x`).
fn export_branch(git_dir: &Path, gitconfig: &Path, branch: &str, out: &Path) {
    let tar = git_cmd(git_dir, gitconfig)
        .args(["archive", "--format=tar", branch])
        .output()
        .unwrap();
    assert!(
        tar.status.success(),
        "{}",
        String::from_utf8_lossy(&tar.stderr)
    );
    let mut child = Command::new("tar")
        .args(["-x", "-C"])
        .arg(out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&tar.stdout).unwrap();
    assert!(child.wait().unwrap().success());
}

fn article_page(slug_month: &str, slug: &str) -> String {
    format!("articles/{slug_month}/{slug}/index.html")
}

#[test]
fn branch_gets_the_site_nojekyll_and_articles() {
    let f = Fixture::new("https://example.org/");
    let err = f.deploy_ok(&[]);
    assert!(err.contains("published 3 articles"), "{err}");
    assert!(err.contains("(new branch)"), "{err}");
    let files = f.published_files();
    for must in [
        "index.html".to_string(),
        ".nojekyll".to_string(),
        "atom.xml".to_string(),
        "404.html".to_string(),
        article_page("2024/07", "talks-in-vientiane"),
        article_page("2024/07", "floods-in-bangladesh"),
        article_page("2024/06", "summit-in-nairobi"),
    ] {
        assert!(files.contains_key(&must), "published branch lacks {must}");
    }
    assert!(files[".nojekyll"].is_empty());
    assert!(!files.contains_key("CNAME"), "no cname configured");
    assert!(
        !files.keys().any(|k| k.starts_with(".newsdesk-")),
        "newsdesk's own bookkeeping must not be published"
    );
    // Byte for byte what `newsdesk build` writes, plus .nojekyll.
    let out = tempfile::tempdir().unwrap();
    let o = newsdesk(&[
        "build",
        "--quiet",
        "--root",
        f.site().to_str().unwrap(),
        "--output",
        out.path().to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let mut built = snapshot(out.path());
    built.retain(|k, _| !k.starts_with(".newsdesk-"));
    let mut published = files.clone();
    published.remove(".nojekyll");
    assert_eq!(
        built.keys().collect::<Vec<_>>(),
        published.keys().collect::<Vec<_>>()
    );
    assert!(built == published, "published bytes differ from the build");
    // Made without a configured git identity, on a fresh branch with no parent.
    let log = f
        .remote_git(&["log", "--format=%an <%ae>|%P|%s", "gh-pages"])
        .unwrap();
    let head_short = f.git(&["rev-parse", "--short", "HEAD"]);
    assert_eq!(
        log,
        format!("newsdesk <newsdesk@localhost>||Deploy site from main at {head_short}")
    );
    // The remote-tracking ref records what was published; no local gh-pages branch is created.
    assert_eq!(
        f.git(&["rev-parse", "refs/remotes/origin/gh-pages"]),
        f.published().unwrap()
    );
    assert_eq!(f.git(&["branch", "--list", "gh-pages"]), "");
}

#[test]
fn users_branch_head_index_and_uncommitted_files_are_untouched() {
    let f = Fixture::new("https://example.org/");
    // A previous build in the output folder, with a file of the user's in it.
    let o = newsdesk(&["build", "--quiet", "--root", f.site().to_str().unwrap()]);
    assert!(o.status.success());
    f.write("public/notes.txt", "mine");
    // An uncommitted edit, a staged edit and an untracked article.
    f.write(
        "content/2024/07/talks-in-vientiane.md",
        &article(
            "Talks in Vientiane",
            "2024-07-27",
            "note: Edited, not committed.\n",
        ),
    );
    f.write(
        "content/2024/06/summit-in-nairobi.md",
        &article("Summit in Nairobi", "2024-06-30", "note: Staged only.\n"),
    );
    f.git(&["add", "content/2024/06/summit-in-nairobi.md"]);
    f.write(
        "content/2024/07/untracked-story.md",
        &article("Untracked Story", "2024-07-28", ""),
    );
    let before = f.local_state();
    let err = f.deploy_ok(&[]);
    assert!(err.contains("published 4 articles"), "{err}");
    let after = f.local_state();
    assert_eq!(before.head, after.head, "HEAD moved");
    assert_eq!(before.head_commit, after.head_commit, "branch moved");
    assert_eq!(before.refs, after.refs, "local branches changed");
    assert!(before.index == after.index, "the index file changed");
    assert_eq!(before.status, after.status, "git status changed");
    assert!(
        before.files == after.files,
        "working tree or output folder changed"
    );
    // What was published is the working tree as it is, not the last commit.
    let files = f.published_files();
    let page = |p: &str| String::from_utf8_lossy(&files[p]).into_owned();
    assert!(
        page(&article_page("2024/07", "talks-in-vientiane")).contains("Edited, not committed.")
    );
    assert!(page(&article_page("2024/06", "summit-in-nairobi")).contains("Staged only."));
    assert!(files.contains_key(&article_page("2024/07", "untracked-story")));
    assert!(!files.contains_key("notes.txt"));
    let subject = f
        .remote_git(&["log", "-1", "--format=%s", "gh-pages"])
        .unwrap();
    assert!(subject.ends_with("with uncommitted changes"), "{subject}");
}

#[test]
fn second_deploy_of_an_unchanged_site_adds_no_commit() {
    let f = Fixture::new("https://example.org/");
    f.deploy_ok(&[]);
    let first = f.published().unwrap();
    assert_eq!(f.published_commits(), 1);
    let err = f.deploy_ok(&[]);
    assert!(err.contains("is up to date"), "{err}");
    assert_eq!(f.published().unwrap(), first);
    assert_eq!(f.published_commits(), 1);
    // Also when the previous deploy was made from another clone (nothing cached locally).
    f.git(&["update-ref", "-d", "refs/remotes/origin/gh-pages"]);
    f.deploy_ok(&[]);
    assert_eq!(f.published().unwrap(), first);
}

/// Near GitHub Pages' size limit (lowered here through the test-only variable) deploy warns,
/// naming the biggest page groups, and still publishes.
#[test]
fn deploy_warns_near_the_pages_size_limit() {
    let f = Fixture::new("https://example.org/");
    let quiet = f.deploy_ok(&[]);
    assert!(!quiet.contains("GitHub Pages' limit"), "{quiet}");
    f.write(
        "content/2024/08/another.md",
        &article("Another story", "2024-08-02", ""),
    );
    f.commit_all("another");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdesk"));
    isolate(&mut cmd, &f.gitconfig());
    let o = cmd
        .arg("deploy")
        .arg("--root")
        .arg(f.site())
        .env("NEWSDESK_TEST_SIZE_WARNING_BYTES", "1000")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    let warning = err
        .lines()
        .find(|l| l.starts_with("warning: the site is "))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        warning.contains("GitHub Pages' limit of 1 GB") && warning.contains("(biggest: "),
        "{warning}"
    );
    assert_eq!(f.published_commits(), 2);
}

#[test]
fn changed_site_adds_exactly_one_commit_on_top() {
    let f = Fixture::new("https://example.org/");
    f.deploy_ok(&[]);
    let first = f.published().unwrap();
    f.write(
        "content/2024/07/new-story.md",
        &article("New Story", "2024-07-29", ""),
    );
    f.commit_all("Add a story");
    let err = f.deploy_ok(&["--message", "Publish the new story"]);
    assert!(err.contains("published 4 articles"), "{err}");
    assert!(!err.contains("new branch"), "{err}");
    assert_eq!(f.published_commits(), 2);
    let log = f
        .remote_git(&["log", "-1", "--format=%P|%s", "gh-pages"])
        .unwrap();
    assert_eq!(log, format!("{first}|Publish the new story"));
    assert!(
        f.published_files()
            .contains_key(&article_page("2024/07", "new-story"))
    );
    // Removing an article removes its page from the branch.
    fs::remove_file(f.site().join("content/2024/07/new-story.md")).unwrap();
    f.deploy_ok(&[]);
    assert_eq!(f.published_commits(), 3);
    assert!(
        !f.published_files()
            .contains_key(&article_page("2024/07", "new-story"))
    );
}

#[test]
fn subpath_site_published_to_a_project_remote_has_no_broken_links() {
    let base = "https://alice.github.io/digest/";
    let f = Fixture::new(base);
    // The remote is named as on GitHub; git rewrites it to the local bare repository.
    let remote = f.remote();
    f.git(&[
        "config",
        &format!("url.{}.insteadOf", remote.display()),
        "https://github.com/alice/digest.git",
    ]);
    f.git(&[
        "remote",
        "set-url",
        "origin",
        "https://github.com/alice/digest.git",
    ]);
    let err = f.deploy_ok(&[]);
    assert!(
        !err.contains("warning"),
        "a matching base_url gives no warning: {err}"
    );
    assert!(
        err.contains("served at https://alice.github.io/digest/"),
        "{err}"
    );
    let out = tempfile::tempdir().unwrap();
    export_branch(&f.remote(), &f.gitconfig(), "gh-pages", out.path());
    let (broken, checked) = broken_links(out.path(), base);
    assert!(checked > 30, "walker checked only {checked} links");
    assert!(broken.is_empty(), "broken links: {broken:#?}");
    let home = fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(home.contains("href=/digest/"), "links lack the subpath");
}

#[test]
fn base_url_mismatch_with_the_pages_address_is_warned() {
    let f = Fixture::new("https://example.org/");
    let remote = f.remote();
    f.git(&[
        "config",
        &format!("url.{}.insteadOf", remote.display()),
        "git@github.com:alice/digest.git",
    ]);
    f.git(&[
        "remote",
        "set-url",
        "origin",
        "git@github.com:alice/digest.git",
    ]);
    let err = f.deploy_ok(&["--dry-run"]);
    assert!(
        err.contains("warning: base_url is https://example.org/ but remote `origin` (github.com/alice/digest) publishes the site at https://alice.github.io/digest/"),
        "{err}"
    );
    // The subpath forgotten: named as such.
    let err = f.deploy_ok(&["--dry-run", "--base-url", "https://alice.github.io/"]);
    assert!(err.contains("subpath is missing"), "{err}");
    // A user site is served at the root.
    f.git(&[
        "config",
        &format!("url.{}.insteadOf", remote.display()),
        "https://github.com/alice/alice.github.io",
    ]);
    f.git(&[
        "remote",
        "set-url",
        "origin",
        "https://github.com/alice/alice.github.io",
    ]);
    let err = f.deploy_ok(&["--dry-run", "--base-url", "https://alice.github.io/"]);
    assert!(!err.contains("warning"), "{err}");
    let err = f.deploy_ok(&["--dry-run", "--base-url", "https://alice.github.io/digest/"]);
    assert!(
        err.contains("publishes the site at https://alice.github.io/"),
        "{err}"
    );
}

#[test]
fn custom_domain_writes_cname_and_sets_the_expected_address() {
    let f = Fixture::with_yaml(
        "title: Test Digest\nbase_url: https://news.example.org/\ndeploy:\n  cname: news.example.org\n",
    );
    let err = f.deploy_ok(&[]);
    assert!(!err.contains("base_url is"), "{err}");
    let files = f.published_files();
    assert_eq!(files["CNAME"], b"news.example.org\n");
    assert!(files.contains_key(".nojekyll"));
    assert!(!f.site().join("public/CNAME").exists());
    // A base_url that is not the custom domain is warned about.
    let err = f.deploy_ok(&["--dry-run", "--base-url", "https://alice.github.io/digest/"]);
    assert!(
        err.contains(
            "but the custom domain (deploy.cname) publishes the site at https://news.example.org/"
        ),
        "{err}"
    );
    // A URL where a domain belongs is an error naming the file.
    f.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://news.example.org/\ndeploy:\n  cname: https://news.example.org/\n",
    );
    let err = f.deploy_err(&[]);
    assert!(err.contains("site.yaml:3: deploy.cname"), "{err}");
}

#[test]
fn remote_and_branch_come_from_flags_then_site_yaml() {
    let f = Fixture::with_yaml(
        "title: Test Digest\nbase_url: https://example.org/\ndeploy:\n  remote: publish\n  branch: site\n",
    );
    let err = f.deploy_err(&[]);
    assert!(err.contains("no git remote named `publish`"), "{err}");
    assert!(err.contains("its remotes are: origin"), "{err}");
    f.git(&["remote", "rename", "origin", "publish"]);
    f.deploy_ok(&[]);
    assert!(
        f.remote_git(&["rev-parse", "--verify", "refs/heads/site"])
            .is_some()
    );
    assert!(f.published().is_none());
    f.git(&["remote", "rename", "publish", "origin"]);
    f.deploy_ok(&["--remote", "origin", "--branch", "gh-pages"]);
    assert!(f.published().is_some());
}

#[test]
fn dry_run_pushes_nothing() {
    let f = Fixture::new("https://example.org/");
    let before = f.local_state();
    let err = f.deploy_ok(&["--dry-run"]);
    assert!(err.contains("dry run: would push 3 articles"), "{err}");
    assert!(err.contains("branch `gh-pages` of origin"), "{err}");
    assert!(err.contains("added, 0 modified, 0 deleted"), "{err}");
    assert!(f.published().is_none());
    assert_eq!(before, f.local_state());
    f.deploy_ok(&[]);
    f.write(
        "content/2024/07/talks-in-vientiane.md",
        &article("Talks in Vientiane", "2024-07-27", "note: Changed.\n"),
    );
    let published = f.published();
    let err = f.deploy_ok(&["--dry-run"]);
    assert!(err.contains("0 added"), "{err}");
    assert!(
        !err.contains(" 0 modified"),
        "an edit modifies pages: {err}"
    );
    assert_eq!(f.published(), published);
}

#[test]
fn local_publish_branch_is_fast_forwarded_if_present() {
    let f = Fixture::new("https://example.org/");
    f.deploy_ok(&[]);
    f.git(&["branch", "gh-pages", "origin/gh-pages"]);
    f.write(
        "content/2024/07/new-story.md",
        &article("New Story", "2024-07-29", ""),
    );
    f.deploy_ok(&[]);
    assert_eq!(f.git(&["rev-parse", "gh-pages"]), f.published().unwrap());
}

#[test]
fn not_a_git_repository_is_a_clear_error() {
    let site = TempSite::new(&[("content/a.md", &article("A Story", "2024-07-01", ""))]);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdesk"));
    isolate(&mut cmd, Path::new("/dev/null"));
    // Keep git from finding a repository above the temp folder.
    cmd.env("GIT_CEILING_DIRECTORIES", site.root().parent().unwrap());
    let o = cmd
        .args(["deploy", "--root", site.root().to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("is not inside a git repository"), "{err}");
    assert!(err.contains("git init"), "{err}");
    assert!(!site.root().join(".git").exists());
    assert!(!site.out().exists(), "nothing was built into the site");
}

#[test]
fn missing_remote_is_a_clear_error() {
    let f = Fixture::new("https://example.org/");
    f.git(&["remote", "remove", "origin"]);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("no git remote named `origin`"), "{err}");
    assert!(err.contains("this repository has no remotes"), "{err}");
    assert!(err.contains("git remote add origin"), "{err}");
    assert_eq!(before, f.local_state());
}

#[test]
fn detached_head_is_refused_unless_allowed() {
    let f = Fixture::new("https://example.org/");
    f.git(&["checkout", "-q", "--detach"]);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("HEAD is detached"), "{err}");
    assert!(err.contains("--allow-detached"), "{err}");
    assert!(f.published().is_none());
    assert_eq!(before, f.local_state());
    let err = f.deploy_ok(&["--allow-detached"]);
    assert!(err.contains("published 3 articles"), "{err}");
    let subject = f
        .remote_git(&["log", "-1", "--format=%s", "gh-pages"])
        .unwrap();
    assert!(
        subject.starts_with("Deploy site from detached HEAD at "),
        "{subject}"
    );
    assert_eq!(before, f.local_state());
}

#[test]
fn deploying_from_the_publish_branch_is_refused() {
    let f = Fixture::new("https://example.org/");
    f.git(&["checkout", "-q", "-b", "gh-pages"]);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("you are on `gh-pages`"), "{err}");
    assert_eq!(before, f.local_state());
    assert!(f.published().is_none());
}

#[test]
fn push_rejected_by_the_server_leaves_everything_as_it_was() {
    let f = Fixture::new("https://example.org/");
    let hook = f.remote().join("hooks/pre-receive");
    fs::write(
        &hook,
        "#!/bin/sh\necho 'gh-pages is protected' >&2\nexit 1\n",
    )
    .unwrap();
    make_executable(&hook);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("push rejected by origin"), "{err}");
    assert!(err.contains("gh-pages is protected"), "{err}");
    assert!(err.contains("Nothing was changed locally"), "{err}");
    assert!(f.published().is_none());
    assert_eq!(before, f.local_state());
    assert_eq!(
        f.git(&["for-each-ref", "refs/remotes"]),
        "",
        "no remote-tracking ref for a branch that was never published"
    );
}

#[test]
fn push_rejected_when_someone_published_meanwhile() {
    let f = Fixture::new("https://example.org/");
    f.deploy_ok(&[]);
    // Someone else publishes between our fetch and our push: a pre-push hook plays them.
    let hook = f.site().join(".git/hooks/pre-push");
    fs::write(
        &hook,
        format!(
            "#!/bin/sh\nexport GIT_DIR='{}'\nexport GIT_AUTHOR_NAME=Other GIT_AUTHOR_EMAIL=o@x GIT_COMMITTER_NAME=Other GIT_COMMITTER_EMAIL=o@x\n\
             tree=$(git mktree </dev/null)\nc=$(echo 'Their publish' | git commit-tree \"$tree\")\n\
             git update-ref refs/heads/gh-pages \"$c\"\n",
            f.remote().display()
        ),
    )
    .unwrap();
    make_executable(&hook);
    f.write(
        "content/2024/07/new-story.md",
        &article("New Story", "2024-07-29", ""),
    );
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("changed while this deploy ran"), "{err}");
    assert!(err.contains("Run `newsdesk deploy` again"), "{err}");
    let theirs = f
        .remote_git(&["log", "-1", "--format=%s", "gh-pages"])
        .unwrap();
    assert_eq!(
        theirs, "Their publish",
        "their publish must not be overwritten"
    );
    assert_eq!(before, f.local_state());
}

#[test]
fn authentication_failure_is_a_clear_error() {
    // A real HTTP server that demands credentials for every request, as GitHub does.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let seen = hits.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            seen.fetch_add(1, Ordering::SeqCst);
            let _ = s.write_all(
                b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"GitHub\"\r\n\
                  Content-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    let f = Fixture::new("https://example.org/");
    f.git(&[
        "remote",
        "set-url",
        "origin",
        &format!("http://127.0.0.1:{port}/alice/digest.git"),
    ]);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(
        hits.load(Ordering::SeqCst) > 0,
        "git never reached the server"
    );
    assert!(err.contains("authentication failed"), "{err}");
    assert!(err.contains("credential helper"), "{err}");
    assert!(err.contains("Nothing was changed locally"), "{err}");
    assert_eq!(before, f.local_state());
}

#[test]
fn unreachable_remote_is_a_clear_error() {
    let f = Fixture::new("https://example.org/");
    let gone = f.dir.path().join("no-such-repo.git");
    f.git(&["remote", "set-url", "origin", gone.to_str().unwrap()]);
    let before = f.local_state();
    let err = f.deploy_err(&[]);
    assert!(err.contains("could not read remote `origin`"), "{err}");
    assert!(err.contains("git remote -v"), "{err}");
    assert_eq!(before, f.local_state());
}

#[test]
fn failed_or_empty_builds_are_never_deployed() {
    let f = Fixture::new("https://example.org/");
    f.deploy_ok(&[]);
    let published = f.published();
    f.write(
        "content/2024/07/broken.md",
        "---\ntitle: [unclosed\n---\nBody\n",
    );
    let err = f.deploy_err(&[]);
    assert!(
        err.contains("the build failed, so nothing was deployed"),
        "{err}"
    );
    assert!(err.contains("broken.md"), "{err}");
    assert_eq!(f.published(), published);
    fs::remove_file(f.site().join("content/2024/07/broken.md")).unwrap();
    for (path, title, date) in ARTICLES {
        f.write(path, &article(title, date, "draft: true\n"));
    }
    let err = f.deploy_err(&[]);
    assert!(err.contains("published no articles"), "{err}");
    assert_eq!(f.published(), published);
}

#[test]
fn workflow_is_valid_yaml_with_the_three_pages_actions() {
    let f = Fixture::new("https://example.org/");
    let o = newsdesk(&[
        "deploy",
        "--write-workflow",
        "--root",
        f.site().to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("GitHub Actions"), "{err}");
    let path = f.site().join(".github/workflows/pages.yml");
    let text = fs::read_to_string(&path).unwrap();
    let y: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    assert_eq!(y["on"]["push"]["branches"][0].as_str(), Some("main"));
    assert!(y["on"].get("workflow_dispatch").is_some());
    assert_eq!(y["permissions"]["pages"].as_str(), Some("write"));
    assert_eq!(y["permissions"]["id-token"].as_str(), Some("write"));
    assert_eq!(y["permissions"]["contents"].as_str(), Some("read"));
    assert_eq!(y["concurrency"]["group"].as_str(), Some("pages"));
    let uses = |job: &str| -> Vec<String> {
        y["jobs"][job]["steps"]
            .as_sequence()
            .unwrap()
            .iter()
            .filter_map(|s| s["uses"].as_str())
            .map(|u| u.split('@').next().unwrap().to_string())
            .collect()
    };
    let build = uses("build");
    for a in [
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ] {
        assert!(
            build.contains(&a.to_string()),
            "build job lacks {a}: {build:?}"
        );
    }
    assert_eq!(uses("deploy"), vec!["actions/deploy-pages".to_string()]);
    let deploy = &y["jobs"]["deploy"];
    assert_eq!(deploy["needs"].as_str(), Some("build"));
    assert_eq!(deploy["environment"]["name"].as_str(), Some("github-pages"));
    assert_eq!(
        deploy["environment"]["url"].as_str(),
        Some("${{ steps.deployment.outputs.page_url }}")
    );
    let steps = y["jobs"]["build"]["steps"].as_sequence().unwrap();
    let step = |name: &str| {
        steps
            .iter()
            .find(|s| s["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    assert_eq!(step("Configure GitHub Pages")["id"].as_str(), Some("pages"));
    assert_eq!(
        step("Upload the site")["with"]["path"].as_str(),
        Some("public")
    );
    assert!(
        step("Install newsdesk")["run"]
            .as_str()
            .unwrap()
            .contains("cargo install --locked newsdesk")
    );

    // The build step, run here as the runner would with configure-pages' output filled in,
    // builds the site under the project subpath into the folder that is uploaded.
    let run = step("Build the site")["run"].as_str().unwrap().replace(
        "${{ steps.pages.outputs.base_url }}",
        "https://alice.github.io/digest",
    );
    assert!(!run.contains("${{"), "unfilled expression in {run}");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_newsdesk")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let o = Command::new("sh")
        .args(["-e", "-c", &run])
        .current_dir(f.site())
        .env("PATH", path)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (broken, _) = broken_links(&f.site().join("public"), "https://alice.github.io/digest/");
    assert!(broken.is_empty(), "{broken:#?}");
    let home = fs::read_to_string(f.site().join("public/index.html")).unwrap();
    assert!(home.contains("href=/digest/"));
}

#[test]
fn workflow_is_not_overwritten_without_force() {
    let f = Fixture::new("https://example.org/");
    let root = f.site();
    let args = [
        "deploy",
        "--write-workflow",
        "--root",
        root.to_str().unwrap(),
    ];
    assert!(newsdesk(&args).status.success());
    let path = root.join(".github/workflows/pages.yml");
    // Unchanged: writing again is fine and says so.
    let o = newsdesk(&args);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("already up to date"));
    // Edited by the user: kept unless --force.
    fs::write(&path, "name: mine\n").unwrap();
    let o = newsdesk(&args);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "name: mine\n");
    let mut forced = args.to_vec();
    forced.push("--force");
    assert!(newsdesk(&forced).status.success());
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("actions/deploy-pages")
    );
    // --force means nothing without --write-workflow.
    let o = newsdesk(&["deploy", "--force", "--root", root.to_str().unwrap()]);
    assert!(!o.status.success());
}

#[test]
fn workflow_for_a_site_in_a_subfolder_goes_to_the_repository_top() {
    let f = Fixture::new("https://example.org/");
    // Move the site into `site/digest/` within the same repository.
    let sub = f.site().join("digest");
    fs::create_dir_all(&sub).unwrap();
    for name in ["site.yaml", "content"] {
        fs::rename(f.site().join(name), sub.join(name)).unwrap();
    }
    let o = newsdesk(&[
        "deploy",
        "--write-workflow",
        "--root",
        sub.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!sub.join(".github").exists());
    let text = fs::read_to_string(f.site().join(".github/workflows/pages.yml")).unwrap();
    let y: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let steps = y["jobs"]["build"]["steps"].as_sequence().unwrap();
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        })
        .unwrap();
    assert_eq!(upload["with"]["path"].as_str(), Some("digest/public"));
    assert!(text.contains("newsdesk build --root digest "), "{text}");
}

#[cfg(unix)]
fn make_executable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(p, fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(not(unix))]
fn make_executable(_: &Path) {}

#[test]
fn site_in_a_subfolder_of_the_repository_deploys() {
    let f = Fixture::new("https://example.org/");
    let sub = f.site().join("digest");
    fs::create_dir_all(&sub).unwrap();
    for name in ["site.yaml", "content"] {
        fs::rename(f.site().join(name), sub.join(name)).unwrap();
    }
    f.commit_all("Move the site into a subfolder");
    let before = f.local_state();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsdesk"));
    isolate(&mut cmd, &f.gitconfig());
    // A relative --root, from the repository's top.
    let o = cmd
        .current_dir(f.site())
        .args(["deploy", "--root", "digest"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = f.published_files();
    assert!(
        files.contains_key("index.html"),
        "the site is at the branch's top"
    );
    assert!(files.contains_key(&article_page("2024/07", "talks-in-vientiane")));
    assert!(!files.keys().any(|k| k.starts_with("digest/")));
    assert_eq!(before, f.local_state());
}

#[test]
fn workflow_can_build_newsdesk_from_a_git_repository_at_a_resolved_commit() {
    let f = Fixture::new("https://example.org/");
    // A stand-in for newsdesk's own repository: two commits on `main`, an annotated tag on
    // the first, a branch `x/main` whose name ends like `main`, pushed to a bare repository.
    let src = f.dir.path().join("tool");
    fs::create_dir_all(&src).unwrap();
    let git = |args: &[&str]| run_git(&src, &f.gitconfig(), args);
    let commit = |msg: &str| {
        fs::write(src.join("file.txt"), msg).unwrap();
        git(&["add", "-A"]);
        git(&[
            "-c",
            "user.name=Dev",
            "-c",
            "user.email=dev@example.org",
            "commit",
            "-q",
            "-m",
            msg,
        ]);
        git(&["rev-parse", "HEAD"])
    };
    git(&["init", "-q", "-b", "main"]);
    let first = commit("first");
    git(&[
        "-c",
        "user.name=Dev",
        "-c",
        "user.email=dev@example.org",
        "tag",
        "-a",
        "v1",
        "-m",
        "release 1",
    ]);
    git(&["branch", "x/main"]);
    let second = commit("second");
    let bare = f.dir.path().join("tool.git");
    run_git(
        f.dir.path(),
        &f.gitconfig(),
        &["clone", "-q", "--bare", src.to_str().unwrap(), "tool.git"],
    );
    let url = bare.to_str().unwrap();

    // Without --newsdesk-git, --newsdesk-rev is refused; a URL with a space is refused.
    let o = f.deploy(&["--write-workflow", "--newsdesk-rev", "v1"]);
    assert!(!o.status.success());
    let o = f.deploy(&["--write-workflow", "--newsdesk-git", "https://a b/"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--newsdesk-git"));
    assert!(!f.site().join(".github").exists(), "nothing written");

    let o = f.deploy(&[
        "--write-workflow",
        "--newsdesk-git",
        url,
        "--newsdesk-rev",
        "v1",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = fs::read_to_string(f.site().join(".github/workflows/pages.yml")).unwrap();
    let y: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
    assert_eq!(y["env"]["NEWSDESK_GIT"].as_str(), Some(url));
    assert_eq!(y["env"]["NEWSDESK_REV"].as_str(), Some("v1"));
    assert!(y["env"].get("NEWSDESK_VERSION").is_none());
    let steps = y["jobs"]["build"]["steps"].as_sequence().unwrap();
    let position = |name: &str| {
        steps
            .iter()
            .position(|s| s["name"].as_str() == Some(name))
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    let (resolve, cache, install) = (
        position("Resolve the newsdesk commit"),
        position("Restore newsdesk from the cache"),
        position("Install newsdesk"),
    );
    assert!(resolve < cache && cache < install);
    assert_eq!(
        steps[cache]["with"]["key"].as_str(),
        Some("newsdesk-${{ runner.os }}-${{ steps.source.outputs.rev }}")
    );

    // The resolve step, run as the runner would: each kind of revision becomes its commit.
    let resolve_script = steps[resolve]["run"].as_str().unwrap().to_string();
    let run_resolve = |rev: &str| -> (bool, String, String) {
        let out = f.dir.path().join("github_output");
        let _ = fs::remove_file(&out);
        let mut cmd = Command::new("sh");
        isolate(&mut cmd, &f.gitconfig());
        let o = cmd
            .args(["-e", "-c", &resolve_script])
            .env("NEWSDESK_GIT", url)
            .env("NEWSDESK_REV", rev)
            .env("GITHUB_OUTPUT", &out)
            .output()
            .unwrap();
        let written = fs::read_to_string(&out).unwrap_or_default();
        (
            o.status.success(),
            written.trim().to_string(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    assert_eq!(
        run_resolve("v1"),
        (true, format!("rev={first}"), String::new())
    );
    assert_eq!(
        run_resolve(""),
        (true, format!("rev={second}"), String::new())
    );
    assert_eq!(
        run_resolve("main"),
        (true, format!("rev={second}"), String::new())
    );
    assert_eq!(
        run_resolve("x/main"),
        (true, format!("rev={first}"), String::new())
    );
    assert_eq!(run_resolve(&first).1, format!("rev={first}"));
    let (ok, written, err) = run_resolve("v9");
    assert!(!ok && written.is_empty(), "{written}");
    assert!(err.contains("no branch or tag 'v9'"), "{err}");

    // The install step hands cargo exactly that repository and commit.
    let bin = f.dir.path().join("bin");
    fs::create_dir_all(&bin).unwrap();
    let log = f.dir.path().join("cargo-args");
    fs::write(
        bin.join("cargo"),
        format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{}'\n",
            log.display()
        ),
    )
    .unwrap();
    let mut perms = fs::metadata(bin.join("cargo")).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(bin.join("cargo"), perms).unwrap();
    let install_script = steps[install]["run"]
        .as_str()
        .unwrap()
        .replace("${{ steps.source.outputs.rev }}", &first);
    assert!(!install_script.contains("${{"), "{install_script}");
    let o = Command::new("sh")
        .args(["-e", "-c", &install_script])
        .env("NEWSDESK_GIT", url)
        .env(
            "PATH",
            format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
        )
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let args: Vec<String> = fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    assert_eq!(
        args,
        [
            "install", "--locked", "--git", url, "--rev", &first, "newsdesk"
        ]
    );

    // The default stays crates.io, and says how to switch.
    let o = f.deploy(&["--write-workflow", "--force"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = fs::read_to_string(f.site().join(".github/workflows/pages.yml")).unwrap();
    assert!(text.contains("--newsdesk-git URL"));
    let y: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    assert!(y["env"]["NEWSDESK_VERSION"].as_str().is_some());
}
