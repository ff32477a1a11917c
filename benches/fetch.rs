//! `newsdesk fetch` at scale: 300 sources × 50 summary-only entries, each source on its own
//! loopback address (127.0.0.2, 127.0.0.3, …) so per-host politeness (2 connections, 1 s
//! pause) applies as it would to 300 different sites, every answer 50 ms late.
//!
//! Targets (issue #16): the first fetch, full-text pages included (20 entries per source on a
//! first run), in ≤ 20 s; the second, where every feed answers 304, in ≤ 1 s.
//!
//! Run with `cargo bench --bench fetch` (`FETCH_BENCH_SOURCES=N` for a smaller run). Exits
//! non-zero when a target is missed.

#[path = "../tests/support/feed_server.rs"]
mod feed_server;

use std::sync::Arc;
use std::time::{Duration, Instant};

use feed_server::{Reply, Request, Server, article_page, date, rss};

const ENTRIES: usize = 50;
const LATENCY: Duration = Duration::from_millis(50);
const FIRST_TARGET: Duration = Duration::from_secs(20);
const SECOND_TARGET: Duration = Duration::from_secs(1);

/// The `i`-th loopback address from 127.0.0.2 on, skipping .0 and .255 last octets.
fn address(i: usize) -> String {
    let n = i / 254;
    format!("127.0.{}.{}", n, i % 254 + if n == 0 { 2 } else { 1 })
}

fn main() {
    let sources: usize = std::env::var("FETCH_BENCH_SOURCES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300)
        .clamp(1, 2000);
    let site = tempfile::tempdir().unwrap();
    std::fs::write(
        site.path().join("site.yaml"),
        "title: Bench\nbase_url: https://bench.example/\n",
    )
    .unwrap();
    let mut servers = Vec::with_capacity(sources);
    let mut list = String::from("sources:\n");
    for s in 0..sources {
        let base = Arc::new(std::sync::OnceLock::<String>::new());
        let b2 = base.clone();
        let srv = Server::start_on(&address(s), LATENCY, move |r: &Request| {
            let base = b2.get().cloned().unwrap_or_default();
            match r.path.as_str() {
                "/robots.txt" => Reply::new(200, "text/plain", "User-agent: *\nAllow: /\n"),
                "/feed" => {
                    if r.header("if-none-match") == Some("\"v1\"") {
                        return Reply::status(304);
                    }
                    let items: Vec<_> = (0..ENTRIES)
                        .map(|i| {
                            (
                                format!("s{s}-e{i}"),
                                format!("Source {s} story {i}"),
                                format!("{base}/a/{i}"),
                                String::new(),
                                date(i as i64),
                            )
                        })
                        .collect();
                    Reply::new(
                        200,
                        "application/rss+xml",
                        rss(&format!("Source {s}"), &items),
                    )
                    .header("ETag", "\"v1\"")
                }
                p => {
                    let i: usize = p.trim_start_matches("/a/").parse().unwrap_or(0);
                    Reply::new(
                        200,
                        "text/html",
                        article_page(s * 1000 + i, &format!("Source {s} story {i}")),
                    )
                }
            }
        });
        base.set(srv.url("")).unwrap();
        list.push_str(&format!(
            "  - url: {}\n    name: Source {s}\n",
            srv.url("/feed")
        ));
        servers.push(srv);
    }
    std::fs::create_dir_all(site.path().join("data")).unwrap();
    std::fs::write(site.path().join("data/sources.yaml"), list).unwrap();
    let opts = newsdesk::fetch::Options::new(site.path());
    let mut failures = Vec::new();
    let mut on_event = |e: &newsdesk::fetch::Event| {
        if let newsdesk::fetch::Event::Source {
            name,
            status: status @ newsdesk::fetch::Status::Failed(_),
        } = e
        {
            failures.push(format!("{name}: {status}"));
        }
    };
    let requests = |servers: &[Server]| servers.iter().map(Server::total).sum::<usize>();

    let start = Instant::now();
    let first = newsdesk::fetch::run(&opts, &mut on_event).expect("first fetch");
    let first_time = start.elapsed();
    let first_requests = requests(&servers);
    let start = Instant::now();
    let second = newsdesk::fetch::run(&opts, &mut on_event).expect("second fetch");
    let second_time = start.elapsed();
    let second_requests = requests(&servers) - first_requests;

    println!(
        "fetch, {sources} sources × {ENTRIES} entries, {} ms latency, 2 connections and a 1 s pause per host",
        LATENCY.as_millis()
    );
    println!(
        "first run : {:>7.2} s  {} requests, {}",
        first_time.as_secs_f64(),
        first_requests,
        first.summary()
    );
    println!(
        "second run: {:>7.2} s  {} requests, {}",
        second_time.as_secs_f64(),
        second_requests,
        second.summary()
    );
    for f in failures.iter().take(5) {
        println!("  {f}");
    }
    let mut ok = true;
    if first.new_articles != sources * 20 {
        println!(
            "MISS: expected {} new articles on the first run",
            sources * 20
        );
        ok = false;
    }
    if second.not_modified != sources || second.new_articles != 0 {
        println!("MISS: expected every feed to answer 304 on the second run");
        ok = false;
    }
    if sources == 300 {
        for (what, took, target) in [
            ("first run", first_time, FIRST_TARGET),
            ("second run", second_time, SECOND_TARGET),
        ] {
            let verdict = if took <= target { "met" } else { "MISSED" };
            println!("{what}: target ≤ {} s {verdict}", target.as_secs_f64());
            ok &= took <= target;
        }
    }
    if !ok {
        std::process::exit(1);
    }
}
