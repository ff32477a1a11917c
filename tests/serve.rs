//! The preview server, for real: an ephemeral port on 127.0.0.1, raw HTTP requests, real file edits.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::*;
use newsdesk::serve::{self, Reload, ServeOptions};

fn start(site: &TempSite) -> serve::Server {
    let mut opts = ServeOptions::new(site.root().to_path_buf());
    opts.port = Some(0);
    opts.output = Some(site.root().join(".preview"));
    serve::start(opts).expect("server starts")
}

fn sample_site() -> TempSite {
    TempSite::new(&[
        (
            "content/2024/07/a.md",
            &article(
                "Alpha story",
                "2024-07-01",
                "people: [Ann Lee]\nplaces: [Laos]\n",
            ),
        ),
        (
            "content/2024/07/b.md",
            &article("Beta story", "2024-07-02", ""),
        ),
        (
            "static/pic.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ),
        ("static/data.json", "{}"),
    ])
}

#[test]
fn serves_pages_assets_and_errors_correctly() {
    let site = sample_site();
    let server = start(&site);
    let a = server.addr;
    let home = http(a, "GET", "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("cache-control"), Some("no-cache"));
    assert!(home.text().contains("Alpha story"));
    assert!(
        home.text().contains("/__newsdesk/livereload.js"),
        "reload script injected"
    );
    // Links point at the local server, not the configured base_url.
    let feed = http(a, "GET", "/atom.xml").text();
    assert!(
        feed.contains(&format!("http://127.0.0.1:{}/", a.port())),
        "base_url rewritten"
    );
    for (path, ctype) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/atom.xml", "text/xml; charset=utf-8"),
        ("/pic.svg", "image/svg+xml; charset=utf-8"),
        ("/data.json", "application/json"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ] {
        let r = http(a, "GET", path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("content-type"), Some(ctype), "{path}");
    }
    let dir = http(a, "GET", "/articles/2024/07/a");
    assert_eq!(dir.status, 301);
    assert_eq!(dir.header("location"), Some("/articles/2024/07/a/"));
    assert_eq!(http(a, "GET", "/articles/2024/07/a/").status, 200);
    let missing = http(a, "GET", "/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("<html"),
        "the site's own 404.html is served"
    );
    let head = http(a, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(
        head.header("content-length")
            .map(|l| l.parse::<usize>().unwrap()),
        Some(home.body.len())
    );
    assert_eq!(http(a, "POST", "/").status, 405);
    server.stop();
}

#[test]
fn never_serves_outside_the_output_folder() {
    let site = sample_site();
    std::fs::write(site.root().join("secret.txt"), "TOP SECRET").unwrap();
    let server = start(&site);
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        site.root().join("secret.txt"),
        site.root().join(".preview/leak.txt"),
    )
    .unwrap();
    for path in [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/articles/%2f..%2f..%2fsecret.txt",
        "/..%5c..%5csecret.txt",
        "/%00",
        "/leak.txt",
        "//etc/passwd",
    ] {
        let r = http(server.addr, "GET", path);
        assert!(
            matches!(r.status, 400 | 404),
            "{path} answered {}",
            r.status
        );
        assert!(
            !r.text().contains("TOP SECRET") && !r.text().contains("root:"),
            "{path} leaked"
        );
    }
    let long = format!("/{}", "a".repeat(5000));
    assert_eq!(http(server.addr, "GET", &long).status, 414);
    server.stop();
}

/// Reads server-sent events from the reload channel.
struct Events(BufReader<TcpStream>);

impl Events {
    fn open(addr: std::net::SocketAddr) -> Events {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        write!(
            s,
            "GET /__newsdesk/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        Events(BufReader::new(s))
    }
    /// The next event name (skips comments, data and chunk-size lines).
    fn next(&mut self) -> String {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(
                self.0.read_line(&mut line).unwrap() > 0,
                "event stream closed"
            );
            if let Some(name) = line.trim().strip_prefix("event:") {
                return name.trim().to_string();
            }
        }
    }
}

#[test]
fn an_edit_reloads_and_a_broken_edit_shows_an_error_then_recovers() {
    let site = sample_site();
    let server = start(&site);
    let mut events = Events::open(server.addr);
    assert_eq!(events.next(), "build-ok", "the current state comes first");
    site.write(
        "content/2024/07/a.md",
        &article("Alpha story, updated", "2024-07-01", ""),
    );
    assert_eq!(events.next(), "reload");
    let page = http(server.addr, "GET", "/articles/2024/07/a/").text();
    assert!(
        page.contains("Alpha story, updated"),
        "new content served after the reload event"
    );
    // A broken file: an error event, the last good build still served.
    site.write("content/2024/07/a.md", "---\ntitle: [broken\n---\n");
    assert_eq!(events.next(), "build-error");
    let page = http(server.addr, "GET", "/articles/2024/07/a/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Alpha story, updated"));
    // A page opened now learns about the error at once.
    let mut late = Events::open(server.addr);
    assert_eq!(late.next(), "build-error");
    site.write(
        "content/2024/07/a.md",
        &article("Alpha story, fixed", "2024-07-01", ""),
    );
    assert_eq!(events.next(), "reload");
    assert!(
        http(server.addr, "GET", "/articles/2024/07/a/")
            .text()
            .contains("Alpha story, fixed")
    );
    // A stylesheet-only change swaps styles without a reload.
    site.write("static/extra.css", "body { color: red }");
    assert_eq!(events.next(), "css");
    server.stop();
}

#[test]
fn reload_events_reach_subscribers_and_templates_rebuild() {
    let site = sample_site();
    let server = start(&site);
    let mut rx = server.subscribe();
    site.write(
        "templates/partials/footer.html",
        "<footer>PREVIEW FOOTER</footer>",
    );
    let got = rx.blocking_recv().unwrap();
    assert_eq!(got, Reload::Page);
    assert!(
        http(server.addr, "GET", "/")
            .text()
            .contains("PREVIEW FOOTER")
    );
    server.stop();
}

#[test]
fn a_site_that_does_not_build_at_first_still_serves_the_error() {
    let site = TempSite::new(&[("content/a.md", "---\ntitle: [oops\n---\n")]);
    let server = start(&site);
    let r = http(server.addr, "GET", "/");
    assert_eq!(r.status, 500);
    assert!(r.text().contains("content/a.md"), "{}", r.text());
    site.write("content/a.md", &article("Now fine", "2024-07-01", ""));
    assert!(wait_until(20, || http(server.addr, "GET", "/")
        .text()
        .contains("Now fine")));
    server.stop();
}

#[test]
fn base_url_paths_are_kept() {
    let site = sample_site();
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://user.github.io/repo/\n",
    );
    let server = start(&site);
    assert!(server.url.ends_with("/repo/"), "{}", server.url);
    let root = http(server.addr, "GET", "/");
    assert_eq!(root.status, 301);
    assert_eq!(root.header("location"), Some("/repo/"));
    let home = http(server.addr, "GET", "/repo/");
    assert_eq!(home.status, 200);
    assert!(home.text().contains("href=/repo/style.css>"));
    assert_eq!(http(server.addr, "GET", "/repo").status, 301);
    assert_eq!(http(server.addr, "GET", "/repository/").status, 404);
    server.stop();
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let site = sample_site();
    let mut opts = ServeOptions::new(site.root().to_path_buf());
    opts.port = Some(taken.local_addr().unwrap().port());
    opts.output = Some(site.root().join(".preview"));
    let err = serve::start(opts).err().expect("must fail").to_string();
    assert!(
        err.contains("cannot listen on") && err.contains("--port"),
        "{err}"
    );
}

#[test]
fn new_deleted_and_moved_articles_are_picked_up() {
    let site = sample_site();
    let server = start(&site);
    let mut events = Events::open(server.addr);
    assert_eq!(events.next(), "build-ok");
    site.write(
        "content/2024/07/c.md",
        &article("Gamma story", "2024-07-03", ""),
    );
    assert_eq!(events.next(), "reload");
    assert_eq!(http(server.addr, "GET", "/articles/2024/07/c/").status, 200);
    assert!(http(server.addr, "GET", "/").text().contains("Gamma story"));
    std::fs::remove_file(site.root().join("content/2024/07/c.md")).unwrap();
    assert_eq!(events.next(), "reload");
    assert_eq!(http(server.addr, "GET", "/articles/2024/07/c/").status, 404);
    assert!(!http(server.addr, "GET", "/").text().contains("Gamma story"));
    // Moving a whole folder away removes its articles; moving it back restores them.
    std::fs::rename(
        site.root().join("content/2024"),
        site.root().join("moved-away"),
    )
    .unwrap();
    assert_eq!(events.next(), "reload");
    assert!(wait_until(10, || http(
        server.addr,
        "GET",
        "/articles/2024/07/a/"
    )
    .status
        == 404));
    std::fs::rename(
        site.root().join("moved-away"),
        site.root().join("content/2024"),
    )
    .unwrap();
    assert!(wait_until(10, || http(
        server.addr,
        "GET",
        "/articles/2024/07/a/"
    )
    .status
        == 200));
    server.stop();
}

#[test]
fn ctrl_c_stops_the_server_cleanly_even_with_open_event_streams() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let site = sample_site();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    let url = line
        .split_whitespace()
        .nth(1)
        .expect("serving URL")
        .to_string();
    let addr: std::net::SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    assert_eq!(http(addr, "GET", "/").status, 200);
    let mut events = Events::open(addr);
    assert_eq!(events.next(), "build-ok");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "server did not stop after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "exit status {status:?}");
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(!rest.contains("error"), "{rest}");
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "still listening"
    );
}

/// Not run by default: `cargo test --release --test serve -- --ignored load`.
/// 200 concurrent clients request pages for 10 seconds; every request must succeed.
#[test]
#[ignore]
fn load_200_concurrent_clients_for_10_seconds() {
    let site = sample_site();
    let server = start(&site);
    let addr = server.addr;
    let end = std::time::Instant::now() + Duration::from_secs(10);
    let paths = [
        "/",
        "/articles/2024/07/a/",
        "/style.css",
        "/atom.xml",
        "/regions/",
        "/missing/",
    ];
    let handles: Vec<_> = (0..200)
        .map(|k| {
            std::thread::spawn(move || {
                let (mut ok, mut bad) = (0u64, Vec::new());
                let mut i = k;
                while std::time::Instant::now() < end {
                    let path = paths[i % paths.len()];
                    let want = if path == "/missing/" { 404 } else { 200 };
                    let r = std::panic::catch_unwind(|| http(addr, "GET", path).status);
                    match r {
                        Ok(s) if s == want => ok += 1,
                        Ok(s) => bad.push(format!("{path}: {s}")),
                        Err(_) => bad.push(format!("{path}: connection failed")),
                    }
                    i += 1;
                }
                (ok, bad)
            })
        })
        .collect();
    let mut total = 0;
    let mut errors = Vec::new();
    for h in handles {
        let (ok, bad) = h.join().unwrap();
        total += ok;
        errors.extend(bad);
    }
    eprintln!("{total} requests answered by 200 clients in 10 s");
    assert!(
        errors.is_empty(),
        "{} errors, e.g. {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
    assert_eq!(
        http(addr, "GET", "/").status,
        200,
        "still answering afterwards"
    );
    server.stop();
}

#[test]
fn the_search_index_follows_edits_after_the_pages() {
    let site = sample_site();
    let server = start(&site);
    let meta = || http(server.addr, "GET", "/search/meta.json");
    assert_eq!(
        meta().status,
        200,
        "the first build writes the search index"
    );
    let docs_before = meta().text();
    let mut events = Events::open(server.addr);
    assert_eq!(events.next(), "build-ok");
    site.write(
        "content/2024/07/c.md",
        &article("Zanzibar ferry", "2024-07-03", ""),
    );
    assert_eq!(events.next(), "reload");
    // The index is rewritten once the site is quiet: it now counts one more document.
    assert!(
        wait_until(10, || meta().text() != docs_before),
        "search index not updated"
    );
    assert!(wait_until(10, || served_word(server.addr, "zanzibar")));
    // An edit of that article: its old word leaves the served chunks, the new one arrives.
    site.write(
        "content/2024/07/c.md",
        &article("Quokka ferry", "2024-07-03", ""),
    );
    assert!(
        wait_until(10, || served_word(server.addr, "quokka")
            && !served_word(server.addr, "zanzibar")),
        "the served index does not follow the edit"
    );
    server.stop();
}

/// Whether the served search index lists `word` (in the word chunk meta.json points to).
fn served_word(addr: std::net::SocketAddr, word: &str) -> bool {
    use std::io::Read;
    let meta: serde_json::Value =
        serde_json::from_slice(&http(addr, "GET", "/search/meta.json").body).unwrap();
    let firsts = meta["chunks"].as_array().unwrap();
    let k = firsts
        .iter()
        .rposition(|f| f.as_str().is_some_and(|f| f <= word))
        .unwrap_or(0);
    let gz = http(addr, "GET", &format!("/search/t/{k}.bin")).body;
    let mut raw = Vec::new();
    if flate2::read::GzDecoder::new(gz.as_slice())
        .read_to_end(&mut raw)
        .is_err()
    {
        return false;
    }
    newsdesk::search::encode::decode_word_chunk(&raw)
        .iter()
        .any(|(w, _)| w == word)
}
