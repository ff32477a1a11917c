//! Helpers shared by the integration tests: temporary sites, the CLI, and a link walker.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use regex::Regex;

/// The repository root (the bundled sample site).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the real `newsdesk` binary.
pub fn newsdesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(args)
        .output()
        .expect("run newsdesk")
}

/// Copies the parts of the sample site a build reads into `to`, with `extra` appended to its
/// site.yaml.
pub fn copy_sample(to: &Path, extra: &str) {
    let repo = repo();
    let yaml = fs::read_to_string(repo.join("site.yaml")).unwrap();
    fs::write(to.join("site.yaml"), format!("{yaml}{extra}")).unwrap();
    for dir in ["content", "data", "themes", "templates", "static"] {
        let from = repo.join(dir);
        if !from.is_dir() {
            continue;
        }
        for e in walkdir::WalkDir::new(&from) {
            let e = e.unwrap();
            let dest = to.join(e.path().strip_prefix(&repo).unwrap());
            if e.file_type().is_dir() {
                fs::create_dir_all(&dest).unwrap();
            } else {
                fs::copy(e.path(), &dest).unwrap();
            }
        }
    }
}

/// Builds the repository's sample site into `out` with optional extra args; panics on failure.
pub fn build_sample(out: &Path, extra: &[&str]) {
    let repo = repo();
    let mut args = vec![
        "build",
        "--quiet",
        "--root",
        repo.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = newsdesk(&args);
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A fresh site in a temp folder with a minimal site.yaml and the given content files.
pub struct TempSite {
    pub dir: tempfile::TempDir,
}

impl TempSite {
    pub fn new(files: &[(&str, &str)]) -> TempSite {
        let dir = tempfile::tempdir().unwrap();
        let t = TempSite { dir };
        t.write(
            "site.yaml",
            "title: Test Digest\nbase_url: https://example.org/\n",
        );
        for (p, s) in files {
            t.write(p, s);
        }
        t
    }

    /// A site from generated files (path, text).
    pub fn with_files(files: &[(String, String)]) -> TempSite {
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        TempSite::new(&refs)
    }

    /// Build options for this site writing into `out`.
    pub fn options(&self, out: PathBuf) -> newsdesk::BuildOptions {
        newsdesk::BuildOptions {
            root: self.root().to_path_buf(),
            output: Some(out),
            base_url: None,
            drafts: false,
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn write(&self, rel: &str, text: &str) {
        let p = self.root().join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, text).unwrap();
    }

    pub fn build(&self, extra: &[&str]) -> Output {
        let mut args = vec!["build", "--root", self.root().to_str().unwrap()];
        args.extend_from_slice(extra);
        newsdesk(&args)
    }
}

/// Sets `path`'s modification time a minute back, as if written long before the build (files
/// changed within the last seconds are compared byte for byte, never trusted by their stamp).
pub fn settle(path: &Path) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    set_mtime(path, past);
}

/// Sets `path`'s modification time.
pub fn set_mtime(path: &Path, t: std::time::SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

/// A simple article file.
pub fn article(title: &str, date: &str, extra: &str) -> String {
    format!(
        "---\ntitle: {title}\ndate: {date}\n{extra}---\n\nBody of {title}.\n\nSecond paragraph.\n"
    )
}

/// A report of event `event` by `source`: the event's own words (made-up names, numbers)
/// among the common words of the beat, so reports of one event group into a story.
pub fn event_report(event: usize, source: &str, variant: usize, date: &str) -> String {
    let own: Vec<String> = (0..9)
        .map(|k| {
            format!(
                "{}{}",
                ["kor", "vel", "amb", "tis", "dru"][(event + k) % 5],
                event * 10 + k
            )
        })
        .collect();
    let pick = |from: usize| {
        (0..6)
            .map(|k| own[(from + k * (variant + 1)) % own.len()].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        "---\ntitle: {} officials report {}\ndate: {date}\nsource: {source}\nsource_url: https://{}.example/{event}\n---\n\nOfficials said on {date} that {} had happened. Ministers and police and the government met, the minister said, after {}.\n\nMore later.\n",
        own[variant % 9],
        pick(variant),
        source.to_lowercase(),
        pick(variant + 2),
        pick(variant + 4),
    )
}

/// Every file under `dir` with its bytes, keyed by `/`-separated relative path.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// A broken internal reference: (page it is on, the reference).
pub type Broken = (String, String);

/// Checks every `href`/`src` in every HTML file and every `<loc>`/`<link href>` in XML files of
/// `out` that points inside the site (`base_url` or root-relative under its path); returns the broken ones,
/// including `#fragment`s that name no `id` on the target page.
pub fn broken_links(out: &Path, base_url: &str) -> (Vec<Broken>, usize) {
    let (broken, targets) = walk_links(out, base_url);
    (broken, targets.len())
}

/// HTML pages that no page or feed links to (the home page and 404 aside).
pub fn orphan_pages(out: &Path, base_url: &str) -> Vec<String> {
    let (_, targets) = walk_links(out, base_url);
    let linked: BTreeSet<&str> = targets.iter().map(|(_, t)| t.as_str()).collect();
    snapshot(out)
        .into_keys()
        .filter(|p| {
            p.ends_with(".html")
                && p != "index.html"
                && p != "404.html"
                && !linked.contains(p.as_str())
        })
        .collect()
}

/// Resolves every internal reference; returns the broken ones and (page, target file) for the rest.
fn walk_links(out: &Path, base_url: &str) -> (Vec<Broken>, Vec<(String, String)>) {
    let base_path = {
        let after = base_url.split_once("://").unwrap().1;
        after
            .find('/')
            .map(|i| after[i..].to_string())
            .unwrap_or("/".into())
    };
    // Values quoted or, in minified HTML, not (docs/theme.md).
    let attr = Regex::new(r#"(?:href|src)=(?:"([^"]*)"|([^\s"'=<>`&][^\s"'=<>`]*))"#).unwrap();
    let loc = Regex::new(r"<loc>([^<]*)</loc>").unwrap();
    let id_re = Regex::new(r#"\sid=(?:"([^"]*)"|([^\s"'=<>`]+))"#).unwrap();
    let value = |c: &regex::Captures| c.get(1).or(c.get(2)).unwrap().as_str().to_string();
    let files = snapshot(out);
    let ids: BTreeMap<&str, BTreeSet<String>> = files
        .iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| {
            let text = String::from_utf8_lossy(b);
            (
                p.as_str(),
                id_re.captures_iter(&text).map(|c| value(&c)).collect(),
            )
        })
        .collect();
    let mut broken = Vec::new();
    let mut resolved = Vec::new();
    for (page, bytes) in &files {
        if !(page.ends_with(".html") || page.ends_with(".xml")) {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        let refs: Vec<String> = attr
            .captures_iter(&text)
            .chain(loc.captures_iter(&text))
            .map(|c| value(&c).replace("&amp;", "&"))
            .collect();
        for r in refs {
            let path = if let Some(rest) = r.strip_prefix(base_url) {
                format!("/{rest}")
            } else if r.starts_with("http://")
                || r.starts_with("https://")
                || r.starts_with("mailto:")
                || r.starts_with("//")
            {
                continue;
            } else if r.starts_with('#') {
                format!("/{page}{r}")
            } else if r.starts_with('/') {
                match r.strip_prefix(base_path.as_str()) {
                    Some(rest) => format!("/{rest}"),
                    None => {
                        broken.push((page.clone(), r.clone()));
                        continue;
                    }
                }
            } else {
                broken.push((page.clone(), format!("{r} (relative link)")));
                continue;
            };
            let (file_part, frag) = match path.split_once('#') {
                Some((f, g)) => (f.to_string(), Some(g.to_string())),
                None => (path.clone(), None),
            };
            let file_part = file_part
                .split('?')
                .next()
                .unwrap()
                .trim_start_matches('/')
                .to_string();
            let target = if file_part.is_empty() || file_part.ends_with('/') {
                format!("{file_part}index.html")
            } else {
                file_part
            };
            if !files.contains_key(&target) {
                broken.push((page.clone(), r.clone()));
                continue;
            }
            if &target != page {
                resolved.push((page.clone(), target.clone()));
            }
            if let Some(frag) = frag.filter(|f| !f.is_empty())
                && !ids.get(target.as_str()).is_some_and(|s| s.contains(&frag))
            {
                broken.push((page.clone(), r.clone()));
            }
        }
    }
    (broken, resolved)
}

/// A raw HTTP/1.1 response.
#[derive(Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }
}

/// Sends `METHOD path` exactly as given (no client-side normalisation) and reads the reply.
pub fn http(addr: std::net::SocketAddr, method: &str, path: &str) -> HttpResponse {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read response");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("header end");
    let head = String::from_utf8_lossy(&raw[..split]).to_string();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    HttpResponse {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// Polls `cond` every 10 ms until it holds or `secs` pass.
pub fn wait_until(secs: u64, mut cond: impl FnMut() -> bool) -> bool {
    let end = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while std::time::Instant::now() < end {
        if cond() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

/// Headless Chromium for browser tests. Returns `None` (and says so) when no Chromium is
/// installed, unless `NEWSDESK_REQUIRE_BROWSER` is set (as `.ci/run` does), where it panics:
/// CI always runs the browser tests, a newcomer's first `cargo test` need not install a browser.
pub fn browser() -> Option<headless_chrome::Browser> {
    let path = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|p| p.exists());
    let Some(path) = path else {
        if std::env::var_os("NEWSDESK_REQUIRE_BROWSER").is_some() {
            panic!(
                "NEWSDESK_REQUIRE_BROWSER is set but no Chromium is installed (apt-get install chromium)"
            );
        }
        eprintln!("skipping browser test: no Chromium installed (apt-get install chromium)");
        return None;
    };
    let args: Vec<&std::ffi::OsStr> = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ]
    .iter()
    .map(std::ffi::OsStr::new)
    .collect();
    let opts = headless_chrome::LaunchOptions::default_builder()
        .path(Some(path))
        .sandbox(false)
        .headless(true)
        .window_size(Some((1280, 900)))
        .args(args)
        .idle_browser_timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("launch options");
    Some(headless_chrome::Browser::new(opts).expect("start Chromium"))
}
