//! Search at scale: index build time and size for a generated site, and query time and bytes
//! downloaded in headless Chromium. Not run by `cargo test`; run it by hand:
//!
//! ```sh
//! cargo bench --bench search                 # 10,000 articles in a temporary folder
//! NEWSDESK_BENCH_SITE=/tmp/s10k cargo bench --bench search   # reuse a generated site
//! ```
//!
//! The corpus comes from `../shared/bench/gen_corpus.py` (override with `NEWSDESK_CORPUS`),
//! `--flavor newsdesk`; `NEWSDESK_BENCH_ARTICLES` sets the size.

#[path = "../tests/support/http.rs"]
mod http;
#[path = "../tests/support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn main() {
    let n: usize = std::env::var("NEWSDESK_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let tmp = tempfile::tempdir().unwrap();
    let site_dir = match std::env::var_os("NEWSDESK_BENCH_SITE") {
        Some(d) => PathBuf::from(d),
        None => tmp.path().join("site"),
    };
    if !site_dir.join("content").is_dir() {
        generate(&site_dir, n);
    }
    if !site_dir.join("site.yaml").is_file() {
        std::fs::write(
            site_dir.join("site.yaml"),
            "title: Bench Digest\nbase_url: https://example.org/news/\neditions: weekly\n",
        )
        .unwrap();
    }

    let server = static_site::serve(tmp.path().join("public"), "/news/");
    let base = server.url("/news/");
    let opts = newsdesk::BuildOptions {
        root: site_dir.clone(),
        output: Some(tmp.path().join("public")),
        base_url: Some(base.clone()),
        drafts: false,
    };
    let site = newsdesk::build::load_site(&opts).unwrap();
    let articles = site.articles.len();
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let index = newsdesk::search::build(&site);
        times.push(t.elapsed());
        std::hint::black_box(index);
    }
    times.sort();
    println!("articles: {articles}");
    println!(
        "index build (median of 3, in-process): {:.0} ms",
        times[1].as_secs_f64() * 1000.0
    );
    let report = newsdesk::build(&opts).unwrap();
    println!(
        "full build: {} ms, {} files",
        report.elapsed.as_millis(),
        report.files
    );
    sizes(&tmp.path().join("public/search"));
    if std::env::var_os("NEWSDESK_BENCH_NO_BROWSER").is_none() {
        browser(&base);
    }
}

fn generate(dir: &Path, n: usize) {
    let script = std::env::var("NEWSDESK_CORPUS")
        .unwrap_or_else(|_| "../shared/bench/gen_corpus.py".to_string());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(script);
    let status = std::process::Command::new("python3")
        .arg(&script)
        .arg(dir)
        .arg(n.to_string())
        .args(["--flavor", "newsdesk"])
        .status()
        .expect("run python3");
    assert!(status.success(), "{} failed", script.display());
}

fn sizes(dir: &Path) {
    let list = |sub: &str| -> Vec<u64> {
        let mut v: Vec<u64> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().metadata().unwrap().len())
            .collect();
        v.sort();
        v
    };
    let (words, docs) = (list("t"), list("d"));
    let meta = std::fs::metadata(dir.join("meta.json")).unwrap().len();
    let sum = |v: &[u64]| v.iter().sum::<u64>();
    let kb = |b: u64| b as f64 / 1024.0;
    println!(
        "index on disk: {:.0} KB total; meta.json {:.1} KB; {} word chunks ({:.0} KB, median {:.1} KB, largest {:.1} KB); {} document chunks ({:.0} KB, median {:.1} KB)",
        kb(meta + sum(&words) + sum(&docs)),
        kb(meta),
        words.len(),
        kb(sum(&words)),
        kb(words[words.len() / 2]),
        kb(*words.last().unwrap()),
        docs.len(),
        kb(sum(&docs)),
        kb(docs[docs.len() / 2]),
    );
}

const QUERIES: &[&str] = &[
    "ghana",
    "defense budget",
    "michael taylor",
    "export controls nigeria",
    "infl",
    "co",
];

fn browser(base: &str) {
    let opts = headless_chrome::LaunchOptions::default_builder()
        .path(Some("/usr/bin/chromium".into()))
        .headless(true)
        .sandbox(false)
        .args(vec![
            std::ffi::OsStr::new("--disable-background-networking"),
            std::ffi::OsStr::new("--disable-gpu"),
        ])
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let browser = headless_chrome::Browser::new(opts).unwrap();
    println!("\ncold queries (a fresh tab each, nothing cached):");
    println!(
        "{:<26} {:>8} {:>10} {:>12}",
        "query", "results", "time", "downloaded"
    );
    for q in QUERIES {
        let tab = browser.new_tab().unwrap();
        tab.set_default_timeout(Duration::from_secs(30));
        let url = format!("{base}search/?q={}", q.replace(' ', "+"));
        tab.navigate_to(&url).unwrap();
        tab.wait_until_navigated().unwrap();
        tab.wait_for_element("form[data-last-ms]").unwrap();
        let ms = eval(
            &tab,
            "document.querySelector('form[data-search]').dataset.lastMs",
        );
        let status = eval(&tab, "document.querySelector('.search-status').textContent");
        // Bytes of the search script and index files (the page itself and CSS excluded).
        let bytes = eval(
            &tab,
            "String(performance.getEntriesByType('resource').filter(e => /search(\\.js|\\/)/.test(e.name)).reduce((s, e) => s + e.encodedBodySize, 0))",
        );
        let results = status.split(' ').next().unwrap_or("?").to_string();
        let kb: f64 = bytes.parse::<f64>().unwrap_or(0.0) / 1024.0;
        println!("{:<26} {:>8} {:>8} ms {:>9.1} KB", q, results, ms, kb);
        let _ = tab.close(true);
    }
    println!(
        "\nas you type (one tab, `export controls nigeria` key by key; ms per keystroke's search):"
    );
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    tab.navigate_to(&format!("{base}search/")).unwrap();
    tab.wait_until_navigated().unwrap();
    tab.wait_for_element("#search-query")
        .unwrap()
        .click()
        .unwrap();
    let mut line = String::new();
    let mut typed = String::new();
    for ch in "export controls nigeria".chars() {
        typed.push(ch);
        tab.type_str(&ch.to_string()).unwrap();
        let want = typed.clone();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let last = eval(
                &tab,
                "document.querySelector('form[data-search]').dataset.lastQuery || ''",
            );
            if last == want || Instant::now() > deadline || typed.ends_with(' ') {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if !typed.ends_with(' ') && typed.trim().len() > 1 {
            let ms = eval(
                &tab,
                "document.querySelector('form[data-search]').dataset.lastMs",
            );
            line.push_str(&format!("{ms} "));
        }
    }
    println!("{line}");
    let bytes = eval(
        &tab,
        "String(performance.getEntriesByType('resource').filter(e => /search(\\.js|\\/)/.test(e.name)).reduce((s, e) => s + e.encodedBodySize, 0))",
    );
    println!(
        "downloaded while typing it: {:.1} KB",
        bytes.parse::<f64>().unwrap_or(0.0) / 1024.0
    );
}

fn eval(tab: &headless_chrome::Tab, js: &str) -> String {
    match tab.evaluate(js, false).unwrap().value {
        Some(serde_json::Value::String(s)) => s,
        Some(v) => v.to_string(),
        None => String::new(),
    }
}
