//! `newsdesk fetch` and `newsdesk sources` end to end: the real binary against local HTTP
//! servers (never the internet) serving real feeds from ../shared/realpages/feeds/ and
//! synthetic ones.

mod common;
#[path = "support/feed_server.rs"]
mod feed_server;

use std::fs;
use std::path::Path;
use std::process::Output;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::*;
use feed_server::{Reply, Request, Server, article_html, article_page, date, rss};

fn run(site: &TempSite, cmd: &str, args: &[&str]) -> Output {
    let mut all = vec![cmd, "--root", site.root().to_str().unwrap()];
    all.extend_from_slice(args);
    newsdesk(&all)
}

fn sources_cmd(site: &TempSite, args: &[&str]) -> Output {
    let mut all = vec!["sources", "--root", site.root().to_str().unwrap()];
    all.extend_from_slice(args);
    newsdesk(&all)
}

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn fetch_ok(site: &TempSite, args: &[&str]) -> String {
    let o = run(site, "fetch", args);
    assert!(o.status.success(), "fetch failed: {}", out(&o));
    out(&o)
}

/// A site whose sources file lists `sources` (YAML items) with a short politeness pause.
fn site_with(sources: &str) -> TempSite {
    let site = TempSite::new(&[]);
    site.write(
        "data/sources.yaml",
        &format!("pause_seconds: 0.05\nsources:\n{sources}"),
    );
    site
}

fn item(url: &str, name: &str, extra: &str) -> String {
    format!("  - url: {url}\n    name: {name}\n{extra}")
}

/// Every content file: (relative path, text).
fn articles(site: &TempSite) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = snapshot(&site.root().join("content"))
        .into_iter()
        .filter(|(k, _)| k.ends_with(".md"))
        .map(|(k, b)| (k, String::from_utf8(b).unwrap()))
        .collect();
    v.sort();
    v
}

fn state(site: &TempSite) -> serde_json::Value {
    serde_json::from_str(
        &fs::read_to_string(site.root().join(".newsdesk/state/fetch.json")).unwrap(),
    )
    .unwrap()
}

/// `n` full-text items with ids `prefix-i` linking to `base/a/i`.
fn items(prefix: &str, base: &str, n: usize) -> Vec<(String, String, String, String, String)> {
    (0..n)
        .map(|i| {
            (
                format!("{prefix}-{i}"),
                format!("{prefix} story number {i}"),
                format!("{base}/a/{prefix}-{i}"),
                article_html(i + prefix.len() * 1000, 3),
                date(i as i64),
            )
        })
        .collect()
}

fn line<'a>(text: &'a str, name: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no line for {name} in:\n{text}"))
}

#[test]
fn etag_and_last_modified_round_trips_download_nothing_the_second_time() {
    let feed = Arc::new(std::sync::Mutex::new(String::new()));
    let f2 = feed.clone();
    let server = Server::start(move |r: &Request| {
        let body = f2.lock().unwrap().clone();
        match r.path.as_str() {
            "/etag.xml" if r.header("if-none-match") == Some("\"v1\"") => Reply::status(304),
            "/etag.xml" => Reply::new(200, "application/rss+xml", body).header("ETag", "\"v1\""),
            "/lm.xml" if r.header("if-modified-since") == Some("Mon, 02 Nov 2026 08:00:00 GMT") => {
                Reply::status(304)
            }
            "/lm.xml" => Reply::new(
                200,
                "application/rss+xml",
                body.replace("A story", "L story"),
            )
            .header("Last-Modified", "Mon, 02 Nov 2026 08:00:00 GMT"),
            _ => Reply::status(404),
        }
    });
    *feed.lock().unwrap() = rss("A", &items("A story", "http://x.invalid", 3));
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/etag.xml"), "Etag", ""),
        item(&server.url("/lm.xml"), "Lm", "")
    ));
    let first = fetch_ok(&site, &[]);
    assert_eq!(line(&first, "Etag"), "Etag: new 3", "{first}");
    assert_eq!(line(&first, "Lm"), "Lm: new 3", "{first}");
    assert!(
        first.contains("fetched 2 sources: 6 new articles, 0 not modified, 0 failed"),
        "{first}"
    );
    assert_eq!(articles(&site).len(), 6);
    let second = fetch_ok(&site, &[]);
    assert_eq!(line(&second, "Etag"), "Etag: not modified");
    assert_eq!(line(&second, "Lm"), "Lm: not modified");
    assert!(
        second.contains("0 new articles, 2 not modified, 0 failed"),
        "{second}"
    );
    // The second requests carried the validators, and the server sent no body.
    let etag = server.requests("/etag.xml");
    assert_eq!(etag.len(), 2);
    assert_eq!(etag[1].header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        server.requests("/lm.xml")[1].header("if-modified-since"),
        Some("Mon, 02 Nov 2026 08:00:00 GMT")
    );
    assert_eq!(articles(&site).len(), 6);
    let st = state(&site);
    let s = &st["sources"][server.url("/etag.xml")];
    assert_eq!(s["etag"], "\"v1\"");
    assert!(
        s.get("status").is_none(),
        "the outcome is kept out of the committed state"
    );
    let list = out(&sources_cmd(&site, &["list"]));
    assert!(
        list.contains("Etag <") && list.contains(", not modified; next due now"),
        "{list}"
    );
}

#[test]
fn gzip_responses_are_accepted_and_the_user_agent_names_newsdesk_and_the_site() {
    let body = rss("Zipped", &items("Zip", "http://x.invalid", 2));
    let server = Server::start(move |r: &Request| {
        let gz = r
            .header("accept-encoding")
            .is_some_and(|a| a.contains("gzip"));
        let reply = Reply::new(200, "application/rss+xml", body.clone());
        if gz {
            reply.header("Content-Encoding", "gzip")
        } else {
            reply
        }
    });
    let site = site_with(&item(&server.url("/feed"), "Zipped", ""));
    let o = fetch_ok(&site, &[]);
    assert_eq!(line(&o, "Zipped"), "Zipped: new 2", "{o}");
    let req = &server.requests("/feed")[0];
    assert!(req.header("accept-encoding").unwrap().contains("gzip"));
    let ua = req.header("user-agent").unwrap();
    assert!(
        ua.starts_with(&format!("newsdesk/{}", env!("CARGO_PKG_VERSION")))
            && ua.contains("https://example.org/"),
        "{ua}"
    );
    let texts = articles(&site);
    assert!(texts.iter().any(|(_, t)| t.contains("Story ")), "{texts:?}");
}

#[test]
fn redirects_are_followed_and_a_redirect_loop_fails_alone() {
    let body = rss("Moved", &items("Moved", "http://x.invalid", 2));
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        "/old" => Reply::status(301).header("Location", "/older"),
        "/older" => Reply::status(302).header("Location", "/feed"),
        "/feed" => Reply::new(200, "application/rss+xml", body.clone()),
        "/loop1" => Reply::status(302).header("Location", "/loop2"),
        "/loop2" => Reply::status(302).header("Location", "/loop1"),
        _ => Reply::status(404),
    });
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/old"), "Moved", ""),
        item(&server.url("/loop1"), "Loop", "")
    ));
    let o = run(&site, "fetch", &[]);
    let text = out(&o);
    assert!(o.status.success(), "one good source is enough: {text}");
    assert_eq!(line(&text, "Moved"), "Moved: new 2");
    assert!(
        line(&text, "Loop").contains("failed: more than 5 redirects"),
        "{text}"
    );
    // 5 redirects followed, then given up: no endless loop.
    assert!(server.hits("/loop1") + server.hits("/loop2") <= 6);
}

#[test]
fn a_permanent_move_is_remembered_and_a_temporary_one_is_not() {
    let moved = rss("Moved", &items("Moved", "http://x.invalid/m", 2));
    let visiting = rss("Visiting", &items("Visiting", "http://x.invalid/v", 2));
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        "/old" => Reply::status(301).header("Location", "/between"),
        "/between" => Reply::status(308).header("Location", "/new"),
        "/new" => Reply::new(200, "application/rss+xml", moved.clone()),
        "/usual" => Reply::status(301).header("Location", "/away"),
        "/away" => Reply::status(302).header("Location", "/visiting"),
        "/visiting" => Reply::new(200, "application/rss+xml", visiting.clone()),
        _ => Reply::status(404),
    });
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/old"), "Moved", ""),
        item(&server.url("/usual"), "Visiting", "")
    ));
    let o = run(&site, "fetch", &[]);
    let text = out(&o);
    assert_eq!(line(&text, "Moved"), "Moved: new 2", "{text}");
    assert_eq!(line(&text, "Visiting"), "Visiting: new 2", "{text}");
    let listed = out(&run(&site, "sources", &["list"]));
    let listed_line = |name: &str| {
        listed
            .lines()
            .find(|l| l.starts_with(&format!("{name} <")))
            .unwrap_or_else(|| panic!("no line for {name} in:\n{listed}"))
    };
    assert!(
        listed_line("Moved").contains(&format!("reads <{}>", server.url("/new"))),
        "{listed}"
    );
    assert!(!listed_line("Visiting").contains("reads"), "{listed}");
    // The second run asks the moved feed at its new address; the other as subscribed.
    let o = run(&site, "fetch", &[]);
    assert!(o.status.success(), "{}", out(&o));
    assert_eq!(server.hits("/old"), 1);
    assert_eq!(server.hits("/between"), 1);
    assert_eq!(server.hits("/new"), 2);
    assert_eq!(server.hits("/usual"), 2);
    assert_eq!(server.hits("/visiting"), 2);
}

#[test]
fn http_errors_fail_their_source_only_and_back_off() {
    let body = rss("Fine", &items("Fine", "http://x.invalid", 1));
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        "/ok" => Reply::new(200, "application/rss+xml", body.clone()),
        "/404" => Reply::status(404),
        "/410" => Reply::status(410),
        "/500" => Reply::status(500),
        _ => Reply::status(404),
    });
    let site = site_with(&format!(
        "{}{}{}{}",
        item(&server.url("/ok"), "Fine", ""),
        item(&server.url("/404"), "Missing", ""),
        item(&server.url("/410"), "Gone", ""),
        item(&server.url("/500"), "Broken", ""),
    ));
    let o = run(&site, "fetch", &[]);
    let text = out(&o);
    assert!(o.status.success(), "{text}");
    assert!(line(&text, "Missing").contains("failed: not found (HTTP 404)"));
    assert!(line(&text, "Gone").contains("failed: gone (HTTP 410)"));
    assert!(line(&text, "Broken").contains("failed: HTTP 500"));
    assert!(text.contains("fetched 4 sources: 1 new articles, 0 not modified, 3 failed"));
    // --strict fails on any failure.
    let strict = run(&site, "fetch", &["--strict", "--source", "Broken"]);
    assert_eq!(strict.status.code(), Some(1), "{}", out(&strict));
    let st = state(&site);
    let broken = &st["sources"][server.url("/500")];
    assert_eq!(broken["failures"], 2);
    let gone = &st["sources"][server.url("/410")];
    let due = chrono::DateTime::parse_from_rfc3339(gone["next_due"].as_str().unwrap()).unwrap();
    assert!(
        due > chrono::Utc::now() + chrono::Duration::hours(23),
        "{due}"
    );
    // The next run skips the failing sources until they are due, and says so.
    let hits = server.hits("/404");
    let again = fetch_ok(&site, &[]);
    assert!(line(&again, "Missing").contains("backing off"), "{again}");
    assert_eq!(server.hits("/404"), hits);
    let list = out(&sources_cmd(&site, &["list"]));
    let row = |name: &str| {
        list.lines()
            .find(|l| l.starts_with(&format!("{name} <")))
            .unwrap_or_else(|| panic!("no {name} in {list}"))
            .to_string()
    };
    let missing = row("Missing");
    assert!(
        missing.contains("failed: not found (HTTP 404)") && missing.contains("(backing off)"),
        "{missing}"
    );
    assert!(row("Fine").contains("next due now"), "{list}");
}

#[test]
fn every_source_failing_exits_non_zero() {
    let server = Server::start(|_: &Request| Reply::status(500));
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/a"), "A", ""),
        item(&server.url("/b"), "B", "")
    ));
    let o = run(&site, "fetch", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", out(&o));
    assert!(out(&o).contains("0 new articles, 0 not modified, 2 failed"));
}

#[test]
fn a_stalled_body_times_out_and_an_oversize_feed_is_cut_off() {
    let big = Arc::new(vec![b' '; 10 * 1024 * 1024 + 10]);
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        "/stall" => {
            let mut reply = Reply::new(200, "application/rss+xml", vec![b' '; 10_000]);
            reply.stall_after = Some(100);
            reply.stall = Duration::from_secs(8);
            reply
        }
        "/big" => {
            let mut body =
                b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>".to_vec();
            body.extend_from_slice(&big);
            Reply::new(200, "application/rss+xml", body)
        }
        _ => Reply::status(404),
    });
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/stall"), "Stall", ""),
        item(&server.url("/big"), "Big", "")
    ));
    let start = Instant::now();
    let o = run(&site, "fetch", &["--timeout", "1"]);
    let text = out(&o);
    assert!(
        start.elapsed() < Duration::from_secs(6),
        "{:?}",
        start.elapsed()
    );
    assert!(
        line(&text, "Stall").contains("failed: timed out after 1 s"),
        "{text}"
    );
    assert!(
        line(&text, "Big").contains("failed: larger than the 10 MiB limit: cut off"),
        "{text}"
    );
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn malformed_and_non_utf8_feeds() {
    let latin1: Vec<u8> = {
        let text = rss("Zeitung", &items("Bericht", "http://x.invalid", 1))
            .replace("UTF-8", "ISO-8859-1")
            .replace("Bericht story number 0", "Müller über Straßen");
        text.chars().map(|c| c as u32 as u8).collect()
    };
    let server = Server::start(move |r: &Request| match r.path.as_str() {
        "/bad" => Reply::new(
            200,
            "application/rss+xml",
            "<rss><channel><item><title>x</titl",
        ),
        "/latin1" => Reply::new(200, "application/rss+xml", latin1.clone()),
        _ => Reply::status(404),
    });
    let site = site_with(&format!(
        "{}{}",
        item(&server.url("/bad"), "Bad", ""),
        item(&server.url("/latin1"), "Latin", "")
    ));
    let text = out(&run(&site, "fetch", &[]));
    assert!(
        line(&text, "Bad").contains("failed: malformed feed"),
        "{text}"
    );
    assert_eq!(line(&text, "Latin"), "Latin: new 1", "{text}");
    let files = articles(&site);
    assert!(
        files[0].1.contains("title: Müller über Straßen"),
        "{}",
        files[0].1
    );
}

#[test]
fn full_text_pages_robots_txt_and_summaries_kept_when_a_page_fails() {
    // Summary-only entries: /open/ pages are allowed, /closed/ ones disallowed by robots.txt,
    // /gone/ ones answer 404.
    let server = Arc::new(std::sync::Mutex::new(None::<String>));
    let base = server.clone();
    let srv = Server::start(move |r: &Request| {
        let base = base.lock().unwrap().clone().unwrap();
        match r.path.as_str() {
            "/robots.txt" => Reply::new(200, "text/plain", "User-agent: *\nDisallow: /closed/\n"),
            "/feed" => {
                let mut it = Vec::new();
                for (i, dir) in ["open", "closed", "gone", "huge"].iter().enumerate() {
                    it.push((
                        format!("id-{dir}"),
                        format!("The {dir} story"),
                        format!("{base}/{dir}/story"),
                        String::new(),
                        date(i as i64),
                    ));
                }
                Reply::new(200, "application/rss+xml", rss("Wire", &it))
            }
            "/open/story" => Reply::new(200, "text/html", article_page(7, "The open story")),
            "/closed/story" => Reply::new(200, "text/html", article_page(8, "Closed")),
            "/huge/story" => {
                let mut page = article_page(9, "Huge").into_bytes();
                page.resize(5 * 1024 * 1024 + 10, b' ');
                Reply::new(200, "text/html", page)
            }
            _ => Reply::status(404),
        }
    });
    *server.lock().unwrap() = Some(srv.url(""));
    let site = site_with(&item(
        &srv.url("/feed"),
        "Wire",
        "    tags: [wire, world]\n",
    ));
    let text = fetch_ok(&site, &[]);
    assert!(
        line(&text, "Wire").starts_with("Wire: new 4 (3 partial"),
        "{text}"
    );
    assert!(text.contains("robots.txt disallows"), "{text}");
    assert_eq!(
        srv.hits("/closed/story"),
        0,
        "a disallowed page was fetched"
    );
    assert_eq!(srv.hits("/robots.txt"), 1);
    let files = articles(&site);
    let open = files
        .iter()
        .find(|(_, t)| t.contains("The open story"))
        .unwrap();
    assert!(open.1.contains("Story 7 part 0"), "{}", open.1);
    assert!(!open.1.contains("partial: true"));
    assert!(
        open.1.contains("source: Wire") && open.1.contains("- wire"),
        "{}",
        open.1
    );
    assert!(open.1.contains("draft: true"));
    assert!(
        text.contains("larger than the 5 MiB limit: cut off"),
        "{text}"
    );
    for dir in ["closed", "gone", "huge"] {
        let (_, t) = files
            .iter()
            .find(|(_, t)| t.contains(&format!("The {dir} story")))
            .unwrap();
        assert!(
            t.contains("partial: true") && t.contains("A short summary only"),
            "{t}"
        );
    }
}

#[test]
fn retry_after_is_honoured_for_pages_and_feeds() {
    let page_calls = Arc::new(AtomicUsize::new(0));
    let calls = page_calls.clone();
    let base = Arc::new(std::sync::Mutex::new(String::new()));
    let b2 = base.clone();
    let srv = Server::start(move |r: &Request| {
        let base = b2.lock().unwrap().clone();
        match r.path.as_str() {
            "/feed" => Reply::new(
                200,
                "application/rss+xml",
                rss(
                    "Busy",
                    &[(
                        "p1".into(),
                        "Busy page".into(),
                        format!("{base}/page"),
                        String::new(),
                        date(0),
                    )],
                ),
            ),
            "/page" if calls.fetch_add(1, Ordering::SeqCst) == 0 => {
                Reply::status(429).header("Retry-After", "2")
            }
            "/page" => Reply::new(200, "text/html", article_page(3, "Busy page")),
            "/limited" => Reply::status(503).header("Retry-After", "7200"),
            _ => Reply::status(404),
        }
    });
    *base.lock().unwrap() = srv.url("");
    let site = site_with(&format!(
        "{}{}",
        item(&srv.url("/feed"), "Busy", ""),
        item(&srv.url("/limited"), "Limited", "")
    ));
    let text = fetch_ok(&site, &[]);
    assert_eq!(line(&text, "Busy"), "Busy: new 1", "{text}");
    let pages = srv.requests("/page");
    assert_eq!(pages.len(), 2);
    assert!(
        pages[1].at - pages[0].at >= Duration::from_secs(2),
        "asked again {:?} after a Retry-After of 2 s",
        pages[1].at - pages[0].at
    );
    assert!(
        line(&text, "Limited").contains("retry after 7200 s"),
        "{text}"
    );
    let st = state(&site);
    let due = st["sources"][srv.url("/limited")]["next_due"]
        .as_str()
        .unwrap();
    let due = chrono::DateTime::parse_from_rfc3339(due).unwrap();
    assert!(
        due > chrono::Utc::now() + chrono::Duration::minutes(115),
        "{due}"
    );
    fetch_ok(&site, &[]);
    assert_eq!(srv.hits("/limited"), 1, "asked again before Retry-After");
}

#[test]
fn entries_that_change_their_ids_are_not_taken_twice() {
    let version = Arc::new(AtomicUsize::new(0));
    let v2 = version.clone();
    let srv = Server::start(move |_: &Request| {
        let v = v2.load(Ordering::SeqCst);
        let mut it = items("Same", "http://x.invalid", 3);
        for (id, ..) in &mut it {
            *id = format!("{id}-v{v}");
        }
        Reply::new(200, "application/rss+xml", rss("Ids", &it)).header("ETag", &format!("\"{v}\""))
    });
    let site = site_with(&item(&srv.url("/feed"), "Ids", ""));
    assert_eq!(line(&fetch_ok(&site, &[]), "Ids"), "Ids: new 3");
    version.store(1, Ordering::SeqCst);
    let again = fetch_ok(&site, &[]);
    assert_eq!(line(&again, "Ids"), "Ids: new 0", "{again}");
    assert_eq!(articles(&site).len(), 3);
}

#[test]
fn an_inbox_discard_remembers_the_feed_entry_id() {
    let feed = rss("Wire", &items("Wire", "http://x.invalid", 2));
    let srv =
        Server::start(move |_: &Request| Reply::new(200, "application/rss+xml", feed.clone()));
    let site = site_with(&item(&srv.url("/feed"), "Wire", ""));
    fetch_ok(&site, &[]);
    let files = articles(&site);
    assert_eq!(files.len(), 2);
    let (path, text) = &files[0];
    let slug = Path::new(path).file_stem().unwrap().to_str().unwrap();
    let id = if text.contains("Wire story number 0") {
        "Wire-0"
    } else {
        "Wire-1"
    };
    let o = run(&site, "inbox", &["discard", slug]);
    assert!(o.status.success(), "{}", out(&o));
    let store = fs::read_to_string(site.root().join(".newsdesk/state/discarded.jsonl")).unwrap();
    let record: serde_json::Value = serde_json::from_str(store.lines().next().unwrap()).unwrap();
    assert_eq!(record["entry_id"], id, "{store}");
    assert_eq!(record["slug"], slug, "{store}");
}

#[test]
fn a_discarded_article_never_comes_back() {
    let feed = rss("Desk", &items("Desk", "http://x.invalid", 3));
    let feed_file = tempfile::NamedTempFile::new().unwrap();
    fs::write(feed_file.path(), &feed).unwrap();
    let srv =
        Server::start(move |_: &Request| Reply::new(200, "application/rss+xml", feed.clone()));
    let site = site_with(&item(&srv.url("/feed"), "Desk", ""));
    fetch_ok(&site, &[]);
    let files = articles(&site);
    assert_eq!(files.len(), 3);
    // The curator deletes one and edits another's title.
    let (gone, gone_text) = &files[0];
    fs::remove_file(site.root().join("content").join(gone)).unwrap();
    let (edited, text) = &files[1];
    fs::write(
        site.root().join("content").join(edited),
        text.replacen("title: ", "title: Edited ", 1),
    )
    .unwrap();
    // The next run notices the deletion and records it in the discard store.
    fetch_ok(&site, &[]);
    let store = fs::read_to_string(site.root().join(".newsdesk/state/discarded.jsonl")).unwrap();
    assert_eq!(store.lines().count(), 1, "{store}");
    // A fresh clone without the fetch state (but with the discard store) does not bring it
    // back, and neither does ingesting the same feed by hand; the edit is kept.
    fs::remove_file(site.root().join(".newsdesk/state/fetch.json")).unwrap();
    let text = fetch_ok(&site, &[]);
    assert_eq!(line(&text, "Desk"), "Desk: new 0", "{text}");
    let path = feed_file.path().to_str().unwrap();
    let o = run(&site, "ingest", &["--format", "feed", path]);
    assert!(out(&o).contains("discarded by the curator"), "{}", out(&o));
    let now = articles(&site);
    assert_eq!(now.len(), 2);
    assert!(now.iter().any(|(_, t)| t.contains("title: Edited ")));
    // ingest --force still brings it back on purpose.
    let o = run(&site, "ingest", &["--format", "feed", "--force", path]);
    assert!(o.status.success(), "{}", out(&o));
    let title = gone_text
        .lines()
        .find(|l| l.starts_with("title: "))
        .unwrap();
    assert!(articles(&site).iter().any(|(_, t)| t.contains(title)));
}

#[test]
fn the_same_wire_story_from_two_sources_is_marked_a_near_duplicate() {
    let story = article_html(42, 4);
    let a = rss(
        "Agency A",
        &[(
            "a1".into(),
            "Floods close the coast road".into(),
            "http://a.invalid/1".into(),
            story.clone(),
            date(0),
        )],
    );
    let b = rss(
        "Paper B",
        &[(
            "b1".into(),
            "Coast road shut by floods".into(),
            "http://b.invalid/9".into(),
            story,
            date(5),
        )],
    );
    let srv = Server::start(move |r: &Request| match r.path.as_str() {
        "/a" => Reply::new(200, "application/rss+xml", a.clone()),
        _ => Reply::new(200, "application/rss+xml", b.clone()),
    });
    let site = site_with(&format!(
        "{}{}",
        item(&srv.url("/a"), "Agency A", ""),
        item(&srv.url("/b"), "Paper B", "")
    ));
    let text = fetch_ok(&site, &[]);
    assert!(text.contains("near-duplicate of"), "{text}");
    let files = articles(&site);
    assert_eq!(files.len(), 2);
    assert_eq!(
        files
            .iter()
            .filter(|(_, t)| t.contains("duplicate_of: "))
            .count(),
        1,
        "{files:?}"
    );
}

#[test]
fn first_run_takes_twenty_newest_then_max_per_run() {
    let n = Arc::new(AtomicUsize::new(30));
    let n2 = n.clone();
    let srv = Server::start(move |r: &Request| {
        let count = n2.load(Ordering::SeqCst);
        let name = if r.path == "/many" { "Many" } else { "Few" };
        Reply::new(
            200,
            "application/rss+xml",
            rss(name, &items(name, "http://x.invalid", count)),
        )
    });
    let site = site_with(&format!(
        "{}{}",
        item(&srv.url("/many"), "Many", ""),
        item(&srv.url("/few"), "Few", "    max_per_run: 2\n")
    ));
    let text = fetch_ok(&site, &[]);
    assert!(
        line(&text, "Many").starts_with("Many: new 20 (10 older"),
        "{text}"
    );
    assert!(
        line(&text, "Few").starts_with("Few: new 2 (28 older"),
        "{text}"
    );
    let files = articles(&site);
    // The newest (highest numbers) were taken.
    assert!(
        files
            .iter()
            .any(|(_, t)| t.contains("Many story number 29"))
    );
    assert!(
        !files
            .iter()
            .any(|(_, t)| t.contains("Many story number 9\n"))
    );
    n.store(35, Ordering::SeqCst);
    let text = fetch_ok(&site, &[]);
    assert_eq!(line(&text, "Many"), "Many: new 5", "{text}");
    assert_eq!(
        line(&text, "Few"),
        "Few: new 2 (3 older entries passed over: max_per_run)"
    );
}

#[test]
fn real_feeds_are_read_and_the_second_run_is_all_not_modified() {
    let dir = repo().join("../shared/realpages/feeds");
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.len() >= 60);
    let dir2 = dir.clone();
    let srv = Server::start(move |r: &Request| {
        let name = r.path.trim_start_matches('/');
        let etag = format!("\"{name}\"");
        if r.header("if-none-match") == Some(etag.as_str()) {
            return Reply::status(304);
        }
        match fs::read(dir2.join(name)) {
            Ok(b) => Reply::new(200, "application/octet-stream", b).header("ETag", &etag),
            Err(_) => Reply::status(404),
        }
    });
    let list: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            item(
                &srv.url(&format!("/{n}")),
                &format!("feed{i}"),
                "    full_text: never\n",
            )
        })
        .collect();
    let site = site_with(&list);
    let o = run(&site, "fetch", &["--quiet"]);
    let text = out(&o);
    assert!(o.status.success(), "{text}");
    let stdout = String::from_utf8_lossy(&o.stdout).into_owned();
    let summary = stdout.lines().last().unwrap();
    let nums: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    let (sources, new, failed) = (nums[0], nums[1], nums[3]);
    assert_eq!(sources, names.len());
    assert!(new >= 60, "{summary}");
    assert!(failed < sources / 3, "{text}");
    let written = articles(&site).len();
    assert_eq!(written, new);
    let o = run(&site, "fetch", &["--quiet"]);
    let again = out(&o);
    assert!(
        again.contains(&format!(
            "fetched {} sources: 0 new articles, {} not modified",
            sources - failed,
            sources - failed
        )) || again.contains(&format!(
            "0 new articles, {} not modified",
            sources - failed
        )),
        "{again}"
    );
    assert_eq!(articles(&site).len(), written);
}

#[test]
fn politeness_two_connections_per_host_and_a_pause_between() {
    let srv_base = Arc::new(std::sync::Mutex::new(String::new()));
    let b2 = srv_base.clone();
    let srv = Server::start_on(
        "127.0.0.1",
        Duration::from_millis(100),
        move |r: &Request| {
            let base = b2.lock().unwrap().clone();
            match r.path.as_str() {
                "/robots.txt" => Reply::status(404),
                "/feed" => {
                    let it: Vec<_> = (0..6)
                        .map(|i| {
                            (
                                format!("p{i}"),
                                format!("Page story {i}"),
                                format!("{base}/p/{i}"),
                                String::new(),
                                date(i),
                            )
                        })
                        .collect();
                    Reply::new(200, "application/rss+xml", rss("Polite", &it))
                }
                p => Reply::new(
                    200,
                    "text/html",
                    article_page(p.len() * 13 + p.as_bytes()[3] as usize, "Page"),
                ),
            }
        },
    );
    *srv_base.lock().unwrap() = srv.url("");
    let site = TempSite::new(&[]);
    site.write(
        "data/sources.yaml",
        &format!(
            "pause_seconds: 0.4\nsources:\n{}",
            item(&srv.url("/feed"), "Polite", "")
        ),
    );
    fetch_ok(&site, &["--concurrency", "8"]);
    let log = srv.log.lock().unwrap().clone();
    assert_eq!(log.len(), 8, "feed, robots.txt and 6 pages");
    // Each request lasts 100 ms: never more than 2 overlap, and each connection slot waits
    // 0.4 s after a request before the next, so 8 requests take at least 3 rounds.
    for (i, r) in log.iter().enumerate() {
        let overlapping = log[..i]
            .iter()
            .filter(|o| r.at.duration_since(o.at) < Duration::from_millis(100))
            .count();
        assert!(
            overlapping < 2,
            "request {i} overlapped {overlapping} others"
        );
    }
    let span = log.last().unwrap().at - log[0].at;
    assert!(span >= Duration::from_millis(3 * 500 - 50), "{span:?}");
}

#[test]
fn two_concurrent_runs_take_each_entry_once() {
    let feed = rss("Slow", &items("Slow", "http://x.invalid", 5));
    let srv = Server::start_on(
        "127.0.0.1",
        Duration::from_millis(1500),
        move |_: &Request| Reply::new(200, "application/rss+xml", feed.clone()),
    );
    let site = site_with(&item(&srv.url("/feed"), "Slow", ""));
    let root = site.root().to_str().unwrap().to_string();
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_newsdesk"))
            .args(["fetch", "--root", &root])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let first = spawn();
    std::thread::sleep(Duration::from_millis(300));
    let second = spawn();
    let (a, b) = (
        first.wait_with_output().unwrap(),
        second.wait_with_output().unwrap(),
    );
    assert!(
        a.status.success() && b.status.success(),
        "{}\n{}",
        out(&a),
        out(&b)
    );
    let both = format!("{}\n---\n{}", out(&a), out(&b));
    assert!(
        both.contains("waiting for another `newsdesk fetch`"),
        "{both}"
    );
    assert_eq!(line(&out(&a), "Slow"), "Slow: new 5", "{both}");
    assert_eq!(line(&out(&b), "Slow"), "Slow: new 0", "{both}");
    assert_eq!(articles(&site).len(), 5);
}

#[test]
fn opml_import_export_round_trip_and_sources_add_remove() {
    let body = rss("Advertised Feed", &items("Adv", "http://x.invalid", 1));
    let srv = Server::start(move |r: &Request| match r.path.as_str() {
        "/page" => Reply::new(
            200,
            "text/html",
            "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/main.xml\"></head><body>Hi</body></html>",
        ),
        "/feeds/main.xml" => Reply::new(200, "application/rss+xml", body.clone()),
        "/plain" => Reply::new(200, "text/html", "<html><body>no feed</body></html>"),
        _ => Reply::status(404),
    });
    let site = TempSite::new(&[]);
    let opml_path = site.root().join("in.opml");
    fs::write(
        &opml_path,
        r#"<?xml version="1.0"?>
<opml version="1.0"><head><title>Reader export</title></head><body>
<outline text="World" title="World">
  <outline type="rss" text="Wire &amp; Co" xmlUrl="https://wire.example/rss"/>
  <outline type="rss" text="Daily" title="The Daily" xmlUrl="https://daily.example/atom.xml"/>
</outline>
<outline type="rss" text="Blog" xmlUrl="http://blog.example/feed.json"/>
</body></opml>"#,
    )
    .unwrap();
    let o = sources_cmd(&site, &["import", opml_path.to_str().unwrap()]);
    assert!(out(&o).contains("imported 3 of 3 feeds"), "{}", out(&o));
    let again = out(&sources_cmd(
        &site,
        &["import", opml_path.to_str().unwrap()],
    ));
    assert!(again.contains("imported 0 of 3 feeds"), "{again}");
    let o = sources_cmd(&site, &["add", &srv.url("/page")]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(out(&o).contains("advertises the feed"), "{}", out(&o));
    let o = sources_cmd(&site, &["add", &srv.url("/plain")]);
    assert!(
        !o.status.success() && out(&o).contains("advertises no feed"),
        "{}",
        out(&o)
    );
    let yaml = fs::read_to_string(site.root().join("data/sources.yaml")).unwrap();
    assert!(yaml.contains(&srv.url("/feeds/main.xml")), "{yaml}");
    let export = sources_cmd(&site, &["export"]);
    let xml = String::from_utf8(export.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    assert_eq!(doc.root_element().attribute("version"), Some("2.0"));
    let outlines: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("outline"))
        .map(|n| {
            (
                n.attribute("text").unwrap().to_string(),
                n.attribute("xmlUrl").unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        outlines[..3],
        [
            (
                "Wire & Co".to_string(),
                "https://wire.example/rss".to_string()
            ),
            (
                "The Daily".to_string(),
                "https://daily.example/atom.xml".to_string()
            ),
            (
                "Blog".to_string(),
                "http://blog.example/feed.json".to_string()
            ),
        ]
    );
    // The export imports into another site as the same list.
    let other = TempSite::new(&[]);
    let exported = other.root().join("x.opml");
    fs::write(&exported, &xml).unwrap();
    assert!(
        out(&sources_cmd(
            &other,
            &["import", exported.to_str().unwrap()]
        ))
        .contains("imported 4 of 4")
    );
    let a = fs::read_to_string(other.root().join("data/sources.yaml")).unwrap();
    for (_, url) in &outlines {
        assert!(a.contains(url.as_str()), "{a}");
    }
    let o = sources_cmd(&site, &["remove", "The Daily"]);
    assert!(o.status.success(), "{}", out(&o));
    let o = sources_cmd(&site, &["remove", "Dayly"]);
    assert!(out(&o).contains("no source named `Dayly`"), "{}", out(&o));
    let yaml = fs::read_to_string(site.root().join("data/sources.yaml")).unwrap();
    assert!(
        !yaml.contains("daily.example") && yaml.contains("wire.example"),
        "{yaml}"
    );
}

#[test]
fn a_bad_sources_file_is_a_clear_error_naming_file_and_line() {
    let site = TempSite::new(&[]);
    site.write(
        "data/sources.yaml",
        "sources:\n  - url: https://a.example/rss\n    max_per_rnu: 3\n",
    );
    let o = run(&site, "fetch", &[]);
    assert_eq!(o.status.code(), Some(2));
    let text = out(&o);
    let want = Path::new("data").join("sources.yaml");
    assert!(
        text.contains(&format!("{}:3:", site.root().join(&want).display())),
        "{text}"
    );
    assert!(text.contains("did you mean `max_per_run`"), "{text}");
    let o = run(&site, "fetch", &["--source", "nope"]);
    assert_eq!(o.status.code(), Some(2), "{}", out(&o));
}
