//! Regression guard for the hot paths of a build: `cargo bench --bench hot_paths`.
//!
//! Front matter parsing, Markdown rendering, one article page through the templates, and
//! enrichment (detection plus summary) of one article, each on the repository's own sample
//! article (the scraped New York Times piece, about 1,100 words).

use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use newsdesk::content::parse_article;
use newsdesk::enrich::{Enricher, Registry, reader};
use newsdesk::markdown;
use newsdesk::render::{Page, Renderer, templates};
use newsdesk::site::Site;

const SAMPLE: &str =
    "content/2024/07/blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions.md";

fn sample_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).expect("sample")
}

fn hot_paths(c: &mut Criterion) {
    let text = sample_text();
    let path = Path::new(SAMPLE);
    c.bench_function("front matter + article parse", |b| {
        b.iter(|| parse_article(&text, path, chrono_tz::UTC).expect("parses"))
    });
    let article = parse_article(&text, path, chrono_tz::UTC).expect("parses");
    c.bench_function("markdown render (no code)", |b| {
        b.iter(|| markdown::render(&article.body, false))
    });
    let doc = reader::from_markdown(&article.front.title, &article.body);
    let enricher = Enricher::new(Registry::default(), 2);
    c.bench_function("enrich one article (people, places, summary)", |b| {
        b.iter(|| enricher.enrich(&doc))
    });
    // One article page: the model of the sample site, then the page alone.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = newsdesk::config::Config::load(root).expect("site.yaml");
    let articles = newsdesk::content::load(root, config.tz(), false).expect("content");
    let site = Site::with_registry(
        config,
        "https://example.org/",
        articles,
        &Registry::load(root).expect("registry"),
    );
    let mut tpl = templates::load(root, "default").expect("templates");
    let renderer = Renderer::new(&site, &mut tpl);
    let i = site
        .articles
        .iter()
        .position(|a: &Arc<newsdesk::content::Article>| a.path == Path::new(SAMPLE))
        .expect("sample in the site");
    c.bench_function("render one article page", |b| {
        b.iter(|| renderer.render(Page::Article(i)).expect("renders"))
    });
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
