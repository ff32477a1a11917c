//! Lead images in the built site: the theme's cards and article pages, link previews
//! (`og:image`, `twitter:card`, JSON-LD), the email edition and search results; in headless
//! Chromium, layouts with and without images pass axe-core and keep their width.

#[path = "support/axe.rs"]
mod axe;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/page.rs"]
mod page;
#[path = "support/static_site.rs"]
mod static_site;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use page::*;
use regex::Regex;

/// A real JPEG of `w`×`h` (a gradient varied by `seed`, so each file is distinct).
fn jpeg(w: u32, h: u32, seed: u8) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([
            (x * 255 / w) as u8 ^ seed,
            (y * 255 / h) as u8,
            seed.wrapping_mul(37),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&img)
        .unwrap();
    out
}

/// A real PNG of `w`×`h`, all black.
fn black_png(w: u32, h: u32) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::RgbImage::new(w, h)
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

/// A site of five articles in one week: a remote image with alt, credit and size; a local
/// image under `static/`; two with none; one whose image is remote with no size. `remote` is
/// the address the "remote" images are served from.
fn image_site(remote: &str) -> TempSite {
    let body = "Body text of the story, long enough to read.\n\nA second paragraph follows.\n";
    let art = |title: &str, day: u32, extra: &str| {
        format!(
            "---\ntitle: {title}\ndate: 2024-07-{day:02}\nsource: The Example Times\nsource_url: https://example.com/{day}\ntags: [harbours]\nsummary: {title}, the summary.\n{extra}---\n\n{body}"
        )
    };
    let s = TempSite::new(&[]);
    s.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\neditions: weekly\n",
    );
    s.write(
        "content/2024/07/remote.md",
        &art(
            "Ships wait at the quay",
            26,
            &format!(
                "image:\n  src: {remote}remote/ships.jpg\n  alt: Container ships at the quay\n  credit: Jane Roe/Agency\n  width: 1600\n  height: 900\n"
            ),
        ),
    );
    s.write(
        "content/2024/07/local.md",
        &art(
            "The harbour at dawn",
            25,
            "image:\n  src: /images/2024/07/harbour.jpg\n  alt: The harbour at dawn\n  width: 1200\n  height: 800\n",
        ),
    );
    s.write("content/2024/07/plain.md", &art("Port strike ends", 24, ""));
    s.write(
        "content/2024/07/nosize.md",
        &art(
            "Cranes return to work",
            23,
            &format!("image: {remote}remote/cranes.jpg\n"),
        ),
    );
    s.write("content/2024/07/plain2.md", &art("Tugboats idle", 22, ""));
    let local = s.root().join("static/images/2024/07/harbour.jpg");
    std::fs::create_dir_all(local.parent().unwrap()).unwrap();
    std::fs::write(&local, jpeg(1200, 800, 3)).unwrap();
    s
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The `<img …>` tags of a page.
fn imgs(html: &str) -> Vec<String> {
    Regex::new(r"<img [^>]*>")
        .unwrap()
        .find_iter(html)
        .map(|m| m.as_str().to_string())
        .collect()
}

fn meta(html: &str, key: &str) -> Option<String> {
    let re = Regex::new(&format!(
        r#"<meta (?:property|name)=(?:"{0}"|{0}) content=(?:"([^"]*)"|([^\s>]*))>"#,
        regex::escape(key)
    ))
    .unwrap();
    // Values quoted or, minified, not.
    re.captures(html)
        .map(|c| c.get(1).or(c.get(2)).unwrap().as_str().to_string())
}

#[test]
fn article_pages_show_the_lead_image_with_its_credit_and_link_previews() {
    let s = image_site("https://cdn.example.net/");
    let o = s.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = s.out();

    let page = read(&out, "articles/2024/07/remote/index.html");
    let lead = page
        .split("<figure class=lead-image>")
        .nth(1)
        .expect("a lead image figure")
        .split("</figure>")
        .next()
        .unwrap();
    let img = &imgs(lead)[0];
    assert!(
        img.contains(r#"src=https://cdn.example.net/remote/ships.jpg"#),
        "{img}"
    );
    assert!(img.contains(r#"width=1600 height=900"#), "{img}");
    assert!(
        img.contains(r#"alt="Container ships at the quay""#),
        "{img}"
    );
    // Above the fold: fetched at once, not lazily.
    assert!(
        img.contains("fetchpriority=high") && !img.contains("loading="),
        "{img}"
    );
    assert!(img.contains(r#"referrerpolicy=no-referrer"#), "{img}");
    assert!(
        lead.contains("<figcaption class=lead-image-credit>Image: Jane Roe/Agency</figcaption>"),
        "{lead}"
    );
    assert_eq!(
        meta(&page, "og:image").as_deref(),
        Some("https://cdn.example.net/remote/ships.jpg")
    );
    assert_eq!(meta(&page, "og:image:width").as_deref(), Some("1600"));
    assert_eq!(meta(&page, "og:image:height").as_deref(), Some("900"));
    assert_eq!(
        meta(&page, "og:image:alt").as_deref(),
        Some("Container ships at the quay")
    );
    assert_eq!(
        meta(&page, "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    // Twitter's reader takes og:image and og:image:alt: no second copy.
    assert_eq!(meta(&page, "twitter:image"), None);
    assert_eq!(meta(&page, "twitter:image:alt"), None);
    let ld = Regex::new(r#"<script type=application/ld\+json>(.*?)</script>"#)
        .unwrap()
        .captures(&page)
        .unwrap()[1]
        .to_string();
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!(ld["image"]["@type"], "ImageObject");
    assert_eq!(
        ld["image"]["url"],
        "https://cdn.example.net/remote/ships.jpg"
    );
    assert_eq!(ld["image"]["width"], 1600);
    assert_eq!(ld["image"]["creditText"], "Jane Roe/Agency");

    // A local image: resized renditions with srcset, WebP first; previews use the largest.
    let page = read(&out, "articles/2024/07/local/index.html");
    let re = Regex::new(r#"<picture><source type=image/webp srcset="(/_img/[0-9a-f]/harbour-([0-9a-f]{16})-400\.webp 400w, /_img/[0-9a-f]/harbour-[0-9a-f]{16}-800\.webp 800w, /_img/[0-9a-f]/harbour-[0-9a-f]{16}-1200\.webp 1200w)" sizes="[^"]+"><img src=/_img/[0-9a-f]/harbour-[0-9a-f]{16}-800\.jpg srcset="[^"]*harbour-[0-9a-f]{16}-400\.jpg 400w, [^"]*harbour-[0-9a-f]{16}-800\.jpg 800w, [^"]*harbour-[0-9a-f]{16}-1200\.jpg 1200w" sizes="[^"]+" width=800 height=533"#).unwrap();
    let hash = re
        .captures(&page)
        .unwrap_or_else(|| panic!("a picture with renditions: {:?}", imgs(&page)))[2]
        .to_string();
    assert_eq!(
        meta(&page, "og:image"),
        Some(format!(
            "https://example.org/_img/{}/harbour-{hash}-1200.jpg",
            &hash[..1]
        ))
    );
    assert_eq!(meta(&page, "og:image:width").as_deref(), Some("1200"));
    assert_eq!(meta(&page, "og:image:height").as_deref(), Some("800"));
    for (w, h) in [(400, 267), (800, 533), (1200, 800)] {
        for ext in ["jpg", "webp"] {
            let f = out.join(format!("_img/{}/harbour-{hash}-{w}.{ext}", &hash[..1]));
            let d = image::open(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            assert_eq!((d.width(), d.height()), (w, h), "{}", f.display());
        }
    }
    assert!(!page.contains("lead-image-credit"), "no credit, no caption");
    assert!(out.join("images/2024/07/harbour.jpg").is_file());

    // No image: no figure, no preview image, the plain summary card.
    let page = read(&out, "articles/2024/07/plain/index.html");
    assert!(!page.contains("lead-image"), "no figure without an image");
    let own = page.split("<aside class=related").next().unwrap();
    assert!(imgs(own).is_empty(), "{:?}", imgs(own));
    assert_eq!(meta(&page, "og:image"), None);
    assert_eq!(meta(&page, "twitter:card").as_deref(), Some("summary"));
    let ld = Regex::new(r#"<script type=application/ld\+json>(.*?)</script>"#)
        .unwrap()
        .captures(&page)
        .unwrap()[1]
        .to_string();
    assert!(!ld.contains("\"image\""), "{ld}");

    // An image of unknown size: no width/height attributes, no og:image size.
    let page = read(&out, "articles/2024/07/nosize/index.html");
    let img = &imgs(&page)[0];
    assert!(!img.contains("width="), "{img}");
    assert_eq!(meta(&page, "og:image:width"), None);
    assert_eq!(meta(&page, "og:image:alt"), None);
}

/// The card `<article>` elements of a page, in order.
fn cards(html: &str) -> Vec<String> {
    Regex::new(r#"(?s)<article class=(?:"card[^"]*"|card[^\s>]*).*?</article>"#)
        .unwrap()
        .find_iter(html)
        .map(|m| m.as_str().to_string())
        .collect()
}

#[test]
fn cards_everywhere_show_thumbnails_lazy_below_the_fold() {
    let s = image_site("https://cdn.example.net/");
    let o = s.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = s.out();
    let edition_id = std::fs::read_dir(out.join("editions"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().is_dir())
        .expect("an edition")
        .file_name()
        .into_string()
        .unwrap();
    for page in [
        "index.html".to_string(),
        "tags/harbours/index.html".to_string(),
        "sources/the-example-times/index.html".to_string(),
        format!("editions/{edition_id}/index.html"),
    ] {
        let html = read(&out, &page);
        let cards = cards(&html);
        assert!(cards.len() >= 5, "{page}: {} cards", cards.len());
        let with: Vec<&String> = cards.iter().filter(|c| c.contains("<img ")).collect();
        // Each of the three articles with an image shows it (the home page lists them twice:
        // in the edition and in the archive).
        assert!(with.len() >= 3, "{page}: {} cards with images", with.len());
        for c in &cards {
            let has = c.contains("<img ");
            assert_eq!(
                has,
                c.contains("card-has-image"),
                "{page}: the class marks cards with images: {c}"
            );
            let title_first = c.find("card-title").unwrap();
            if has {
                assert!(c.find("<img ").unwrap() < title_first, "{page}: {c}");
            }
        }
        let ships = cards
            .iter()
            .find(|c| c.contains("Ships wait at the quay"))
            .unwrap();
        let img = &imgs(ships)[0];
        assert!(img.contains(r#"width=1600 height=900"#), "{page}: {img}");
        // The first two cards of a page's first list load at once; later ones lazily.
        let first = &imgs(&cards[0]);
        let last_with = imgs(with.last().unwrap());
        assert!(
            first.is_empty() || !first[0].contains("loading="),
            "{page}: first card eager: {first:?}"
        );
        assert!(
            last_with[0].contains(r#"loading=lazy"#) && last_with[0].contains(r#"decoding=async"#),
            "{page}: later cards lazy: {last_with:?}"
        );
    }

    // The email edition: absolute image addresses, a fixed width for mail clients.
    let email = read(&out, &format!("editions/{edition_id}/email.html"));
    let shown = imgs(&email);
    assert!(
        shown.iter().any(|i| Regex::new(
            r#"src="https://example.org/_img/[0-9a-f]/harbour-[0-9a-f]{16}-800\.jpg""#
        )
        .unwrap()
        .is_match(i)),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(
            |i| i.contains(r#"src="https://cdn.example.net/remote/ships.jpg""#)
                && i.contains(r#"alt="Container ships at the quay""#)
        ),
        "{shown:?}"
    );
    assert_eq!(shown.len(), 3, "{shown:?}");
}

#[test]
fn search_results_carry_the_thumbnail() {
    let s = image_site("https://cdn.example.net/");
    assert!(s.build(&["--quiet"]).status.success());
    let out = s.out();
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("search/meta.json")).unwrap()).unwrap();
    let mut docs = Vec::new();
    let chunks = meta["docs"]
        .as_u64()
        .unwrap()
        .div_ceil(meta["docs_per_chunk"].as_u64().unwrap());
    for c in 0..chunks {
        let raw = std::fs::read(out.join(format!("search/d/{c}.bin"))).unwrap();
        let mut text = Vec::new();
        use std::io::Read;
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut text)
            .unwrap();
        let v: Vec<serde_json::Value> = serde_json::from_slice(&text).unwrap();
        docs.extend(v);
    }
    let by_title = |t: &str| {
        docs.iter()
            .find(|d| d[1] == t)
            .unwrap_or_else(|| panic!("{t} in {docs:?}"))
            .clone()
    };
    let d = by_title("Ships wait at the quay");
    assert_eq!(d[5], "https://cdn.example.net/remote/ships.jpg");
    assert_eq!(d[6], "1600x900");
    let d = by_title("The harbour at dawn");
    let thumb = d[5].as_str().unwrap();
    assert!(
        Regex::new(r"^_img/[0-9a-f]/harbour-[0-9a-f]{16}-400\.jpg$")
            .unwrap()
            .is_match(thumb),
        "{thumb}"
    );
    assert_eq!(d[6], "400x267");
    let d = by_title("Port strike ends");
    assert_eq!(d[5], "");
}

#[test]
fn browser_layouts_with_and_without_images_pass_axe() {
    let out = tempfile::tempdir().unwrap();
    let server = static_site::serve(out.path().to_path_buf(), "/sub/");
    let base = server.url("/sub/");
    // The "remote" images come from the same loopback server, outside the site's output.
    let s = image_site(&base);
    std::fs::create_dir_all(out.path().join("remote")).unwrap();
    std::fs::write(out.path().join("remote/ships.jpg"), jpeg(1600, 900, 9)).unwrap();
    std::fs::write(out.path().join("remote/cranes.jpg"), jpeg(800, 600, 5)).unwrap();
    let o = newsdesk(&[
        "build",
        "--quiet",
        "--root",
        s.root().to_str().unwrap(),
        "--output",
        out.path().to_str().unwrap(),
        "--base-url",
        &base,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let Some(browser) = browser() else { return };
    let Some(axe) = axe::source() else { return };
    let shots: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(30));
    let pages = [
        ("images-home", String::new()),
        ("images-article", "articles/2024/07/remote/".into()),
        ("images-article-none", "articles/2024/07/plain/".into()),
        ("images-tag", "tags/harbours/".into()),
        ("images-search", "search/?q=quay".into()),
    ];
    let mut problems = Vec::new();
    for width in [375u32, 1280] {
        set_viewport(&tab, width, 900);
        for (name, path) in &pages {
            tab.navigate_to(&format!("{base}{path}")).unwrap();
            tab.wait_until_navigated().unwrap();
            assert!(wait_until(10, || eval(&tab, "document.readyState") == "complete"));
            if name.ends_with("search") {
                assert!(
                    wait_until(10, || eval(
                        &tab,
                        "document.querySelectorAll('.search-results img').length"
                    )
                    .as_u64()
                        == Some(1)),
                    "the search result for `quay` shows its thumbnail"
                );
            }
            // Lazy images below the fold are loaded for the checks and the screenshot.
            eval(
                &tab,
                "Promise.all(Array.from(document.images).map(function (i) { i.loading = 'eager'; return i.decode().catch(function () {}); }))",
            );
            let at = format!("{name} at {width}px");
            let broken = eval(
                &tab,
                "Array.from(document.images).filter(function (i) { return !i.complete || i.naturalWidth === 0; }).map(function (i) { return i.currentSrc || i.src; })",
            );
            if broken.as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{at}: images not shown: {broken}"));
            }
            if let Some(o) = overflow(&tab) {
                problems.push(format!("{at}: {o}"));
            }
            // Images keep their box: none is wider than its card, none is squashed flat.
            let bad_boxes = eval(
                &tab,
                "Array.from(document.querySelectorAll('.card-media img, .lead-image img')).filter(function (i) {
                   var r = i.getBoundingClientRect(), p = i.closest('article, figure, li').getBoundingClientRect();
                   return r.width > p.width + 1 || r.height < 20;
                 }).length",
            );
            if bad_boxes.as_u64() != Some(0) {
                problems.push(format!("{at}: {bad_boxes} images out of shape"));
            }
            for v in axe::violations(&tab, &axe) {
                problems.push(format!("{at}: axe {v}"));
            }
            screenshot(&tab, &shots.join(format!("{name}-{width}.png")), width);
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every file under `dir` with its modification time.
fn stamps(dir: &Path) -> Vec<(PathBuf, std::time::SystemTime)> {
    let mut v: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().to_path_buf(),
                e.metadata().unwrap().modified().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn renditions_are_cached_a_rebuild_encodes_nothing_and_the_cache_can_go() {
    let s = image_site("https://cdn.example.net/");
    let build = || {
        let o = s.build(&["--quiet"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    build();
    let cache = s.root().join(".newsdesk/cache/images");
    let cached = stamps(&cache);
    assert_eq!(
        cached
            .iter()
            .filter(|(p, _)| p.ends_with("meta.json"))
            .count(),
        1,
        "one local image, one cache entry: {cached:?}"
    );
    let out_before = snapshot(&s.out().join("_img"));
    assert_eq!(out_before.len(), 6, "{:?}", out_before.keys());
    build();
    // The index may learn the file on the second build (once it is old enough to trust its
    // stamp): every rendition stays as it was.
    let renditions = |v: Vec<(PathBuf, std::time::SystemTime)>| {
        v.into_iter()
            .filter(|(p, _)| !p.ends_with("index.json"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        renditions(stamps(&cache)),
        renditions(cached),
        "a rebuild encodes nothing"
    );
    assert_eq!(snapshot(&s.out().join("_img")), out_before);
    // The cache is safe to delete: the next build makes the same files again.
    std::fs::remove_dir_all(&cache).unwrap();
    build();
    assert_eq!(snapshot(&s.out().join("_img")), out_before);
    // A changed picture gets new renditions under a new hash; the old ones leave the output.
    std::fs::write(
        s.root().join("static/images/2024/07/harbour.jpg"),
        jpeg(1000, 500, 77),
    )
    .unwrap();
    build();
    let after = snapshot(&s.out().join("_img"));
    assert_eq!(after.len(), 6);
    assert!(
        after.keys().all(|k| !out_before.contains_key(k)),
        "{:?}",
        after.keys()
    );
    assert!(
        after
            .keys()
            .any(|k| k.contains("/harbour-") && k.ends_with("-1000.webp")),
        "never upscaled"
    );
}

#[test]
fn check_gives_the_builds_image_verdicts_without_making_renditions() {
    let s = image_site("https://cdn.example.net/");
    let good = jpeg(900, 600, 3);
    let dir = s.root().join("static/images/bad");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("cut.jpg"), &good[..good.len() / 2]).unwrap();
    for (k, name) in ["cut.jpg", "missing.jpg"].iter().enumerate() {
        s.write(
            &format!("content/2024/06/bad-{k}.md"),
            &article(
                &format!("Bad {k}"),
                "2024-06-10",
                &format!("image: /images/bad/{name}\n"),
            ),
        );
    }
    let check = || {
        let o = newsdesk(&["check", "--root", s.root().to_str().unwrap()]);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(o.status.success(), "warnings only: {text}");
        text
    };
    let text = check();
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains("image `")).collect();
    assert_eq!(warnings.len(), 2, "{text}");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("bad-0.md") && w.contains("corrupt or truncated JPEG")),
        "{text}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("bad-1.md") && w.contains("no file static/images/bad/missing.jpg")),
        "{text}"
    );
    assert!(!text.contains("broken link"), "{text}");
    assert!(text.contains("0 errors, 2 warnings"), "{text}");
    assert!(
        !s.root().join(".newsdesk").exists(),
        "check makes no renditions and writes no cache"
    );
    // After a build (renditions cached, the index written), check says the same.
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    let o = s.build(&["--quiet"]);
    assert!(o.status.success());
    assert!(s.out().join("_img").is_dir());
    let cache = stamps(&s.root().join(".newsdesk/cache/images"));
    assert_eq!(check(), text);
    assert_eq!(
        stamps(&s.root().join(".newsdesk/cache/images")),
        cache,
        "check leaves the cache alone"
    );
}

/// The same JPEG with one quantisation step changed: as long, still valid, another picture.
fn requantised(jpeg: &[u8]) -> Vec<u8> {
    let dqt = jpeg
        .windows(2)
        .position(|w| w == [0xFF, 0xDB])
        .expect("a DQT segment");
    let mut out = jpeg.to_vec();
    // Marker (2), length (2), precision and table id (1), then the first step.
    let step = &mut out[dqt + 5];
    *step = if *step > 1 { *step - 1 } else { 2 };
    out
}

/// The cache entry of the renditions in `out` (a snapshot of `_img/`, whose files are named
/// `<digit>/<name>-<hash>-<width>.<ext>` with the start of the entry's content hash); the cache may
/// hold entries of older pictures.
fn cache_entry(cache: &Path, out: &std::collections::BTreeMap<String, Vec<u8>>) -> PathBuf {
    let name = out.keys().next().expect("renditions");
    let folder = name.rsplit('-').nth(1).unwrap();
    assert_eq!(folder.len(), 16, "a hash in {name}");
    std::fs::read_dir(cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir() && p.file_name().unwrap().to_string_lossy().starts_with(folder))
        .unwrap_or_else(|| panic!("the cache entry of {folder}"))
}

/// Builds `s`, asserting success without a warning.
fn build_cleanly(s: &TempSite) {
    let o = s.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_rebuild_finds_renditions_by_file_stamp_and_notices_every_change() {
    let s = image_site("https://cdn.example.net/");
    let photo = s.root().join("static/images/2024/07/harbour.jpg");
    settle(&photo);
    let build = || build_cleanly(&s);
    build();
    let cache = s.root().join(".newsdesk/cache/images");
    let index = cache.join("index.json");
    let text = std::fs::read_to_string(&index).expect("the index is written");
    assert!(text.contains("images/2024/07/harbour.jpg"), "{text}");
    let first = snapshot(&s.out().join("_img"));
    assert_eq!(first.len(), 6);
    let index_mtime = std::fs::metadata(&index).unwrap().modified().unwrap();
    let cached = stamps(&cache);
    build();
    assert_eq!(
        stamps(&cache),
        cached,
        "nothing encoded, the index not rewritten"
    );
    assert_eq!(
        std::fs::metadata(&index).unwrap().modified().unwrap(),
        index_mtime
    );
    assert_eq!(snapshot(&s.out().join("_img")), first);

    // Rewritten in place with another picture of the same length, its modification time put
    // back: the stamp (change time) differs, so the file is read and hashed again.
    let mtime = std::fs::metadata(&photo).unwrap().modified().unwrap();
    let old = std::fs::read(&photo).unwrap();
    let new = requantised(&old);
    assert_eq!(new.len(), old.len());
    std::fs::write(&photo, &new).unwrap();
    set_mtime(&photo, mtime);
    build();
    let second = snapshot(&s.out().join("_img"));
    assert_eq!(second.len(), 6);
    assert!(
        second.keys().all(|k| !first.contains_key(k)),
        "new renditions under a new hash: {:?}",
        second.keys()
    );

    // A damaged index is ignored and written again; the output stays the same. (A build with
    // nothing to do reads no cache, so the renditions are removed to give it work.)
    std::fs::write(&index, "{\"settings\": 3, garbage").unwrap();
    std::fs::remove_dir_all(s.out().join("_img")).unwrap();
    build();
    assert_eq!(snapshot(&s.out().join("_img")), second);
    let text = std::fs::read_to_string(&index).unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&text).is_ok(),
        "{text}"
    );

    // The index names a cache entry one of whose files was deleted, then one that is gone
    // altogether: the renditions are made again.
    let entry = cache_entry(&cache, &second);
    std::fs::remove_file(entry.join("800.webp")).unwrap();
    std::fs::remove_dir_all(s.out().join("_img")).unwrap();
    build();
    assert_eq!(snapshot(&s.out().join("_img")), second);
    std::fs::remove_dir_all(&entry).unwrap();
    std::fs::remove_dir_all(s.out().join("_img")).unwrap();
    build();
    assert_eq!(snapshot(&s.out().join("_img")), second);
    assert!(entry.join("800.webp").is_file());

    // The image removed from the site: the index forgets it.
    std::fs::remove_file(s.root().join("content/2024/07/local.md")).unwrap();
    build();
    let text = std::fs::read_to_string(&index).unwrap();
    assert!(!text.contains("harbour"), "{text}");
}

#[test]
fn renditions_deleted_or_altered_in_the_output_are_restored_even_without_their_cache_files() {
    let s = image_site("https://cdn.example.net/");
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    let build = || build_cleanly(&s);
    // Twice: the second build finds the image through the cache index.
    build();
    build();
    let img = s.out().join("_img");
    let first = snapshot(&img);
    assert_eq!(first.len(), 6, "{:?}", first.keys());
    let file = |suffix: &str| {
        let rel = first
            .keys()
            .find(|k| k.ends_with(suffix))
            .unwrap_or_else(|| panic!("{suffix} in {:?}", first.keys()));
        img.join(rel)
    };
    // One rendition deleted, one cut short, one overwritten with other bytes (of another
    // length: like every output file, a rendition is checked by its size).
    std::fs::remove_file(file("-800.webp")).unwrap();
    let jpg = std::fs::read(file("-400.jpg")).unwrap();
    std::fs::write(file("-400.jpg"), &jpg[..jpg.len() / 2]).unwrap();
    std::fs::write(file("-1200.webp"), b"not the picture").unwrap();
    build();
    assert_eq!(snapshot(&img), first, "the output is whole again");

    // The cache entry's files deleted too (the index still names the entry): the renditions
    // the output lacks are made again from the original, and the entry is whole again.
    let entry = cache_entry(&s.root().join(".newsdesk/cache/images"), &first);
    for name in ["800.webp", "400.jpg", "1200.jpg"] {
        std::fs::remove_file(entry.join(name)).unwrap();
    }
    std::fs::remove_file(file("-800.webp")).unwrap();
    std::fs::write(file("-400.jpg"), b"short").unwrap();
    build();
    assert_eq!(snapshot(&img), first);
    for name in ["800.webp", "400.jpg", "1200.jpg"] {
        assert!(entry.join(name).is_file(), "{name} made again");
    }
    // The whole entry gone, and every rendition with it.
    std::fs::remove_dir_all(&entry).unwrap();
    std::fs::remove_dir_all(&img).unwrap();
    build();
    assert_eq!(snapshot(&img), first);
}

#[test]
fn bad_images_are_one_warning_each_and_the_build_goes_on() {
    let s = image_site("https://cdn.example.net/");
    let good = jpeg(900, 600, 1);
    // A PNG header claiming 60000×60000 pixels.
    let mut bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bomb.extend_from_slice(&60000u32.to_be_bytes());
    bomb.extend_from_slice(&60000u32.to_be_bytes());
    bomb.extend_from_slice(&[8, 2, 0, 0, 0]);
    let crc = crc32fast::hash(&bomb[12..]);
    bomb.extend_from_slice(&crc.to_be_bytes());
    let png = black_png(640, 480);
    let files: [(&str, Vec<u8>); 6] = [
        ("cut.jpg", good[..good.len() / 2].to_vec()),
        ("bomb.png", bomb),
        (
            "evil.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.to_vec(),
        ),
        ("notes.jpg", b"just some text".to_vec()),
        ("really-png.jpg", png),
        (
            "fine.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>"#.to_vec(),
        ),
    ];
    for (name, bytes) in &files {
        let p = s.root().join("static/images/bad").join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let names = [
        "cut.jpg",
        "bomb.png",
        "evil.svg",
        "notes.jpg",
        "really-png.jpg",
        "fine.svg",
        "missing.jpg",
    ];
    for (k, name) in names.iter().enumerate() {
        s.write(
            &format!("content/2024/06/bad-{k}.md"),
            &article(
                &format!("Bad {k}"),
                "2024-06-10",
                &format!("image: /images/bad/{name}\n"),
            ),
        );
    }
    let o = s.build(&[]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "bad images never fail a build: {err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("image `")).collect();
    let expect = [
        (
            "bad-0.md",
            "/images/bad/cut.jpg",
            "corrupt or truncated JPEG",
        ),
        ("bad-1.md", "/images/bad/bomb.png", "decompression bomb"),
        ("bad-2.md", "/images/bad/evil.svg", "SVG with script"),
        ("bad-3.md", "/images/bad/notes.jpg", "not a JPEG, PNG"),
        (
            "bad-4.md",
            "/images/bad/really-png.jpg",
            "is a PNG named .jpg",
        ),
        (
            "bad-6.md",
            "/images/bad/missing.jpg",
            "no file static/images/bad/missing.jpg",
        ),
    ];
    for (file, img, why) in expect {
        let hits: Vec<&&str> = warnings.iter().filter(|l| l.contains(file)).collect();
        assert_eq!(hits.len(), 1, "one warning for {file}: {warnings:#?}");
        assert!(hits[0].starts_with("warning: "), "{}", hits[0]);
        assert!(
            hits[0].contains(img) && hits[0].contains(why),
            "{}",
            hits[0]
        );
    }
    assert_eq!(warnings.len(), expect.len(), "{warnings:#?}");
    // The bad ones fall back to no image; the misnamed PNG and the clean SVG are shown.
    let page = |k: usize| read(&s.out(), &format!("articles/2024/06/bad-{k}/index.html"));
    for k in [0, 1, 2, 3, 6] {
        assert!(!page(k).contains("lead-image"), "bad-{k} has no image");
    }
    assert!(
        Regex::new(r"/_img/[0-9a-f]/really-png-[0-9a-f]{16}-(800|640)\.jpg")
            .unwrap()
            .is_match(&page(4)),
        "renditions of the misnamed PNG"
    );
    assert!(
        page(5).contains(r#"src=/images/bad/fine.svg"#),
        "a clean SVG as a file"
    );
    assert!(!page(5).contains("<svg xmlns"), "never inlined");
}

#[test]
fn a_picture_shown_twice_or_found_twice_is_written_once_and_warned_for_each_article() {
    let s = image_site("https://cdn.example.net/");
    let png = {
        let mut out = std::io::Cursor::new(Vec::new());
        image::RgbImage::from_fn(640, 480, |x, y| image::Rgb([x as u8, y as u8, 7]))
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    };
    let same = jpeg(900, 600, 77);
    let files: [(&str, &[u8]); 4] = [
        ("a/misnamed.jpg", &png),
        ("a/cut.jpg", &same[..same.len() / 2]),
        // The same bytes and name in two folders: one set of renditions serves both.
        ("a/twin.jpg", &same),
        ("b/twin.jpg", &same),
    ];
    for (name, bytes) in files {
        let p = s.root().join("static/images/shared").join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let shows = [
        ("misnamed-1", "a/misnamed.jpg"),
        ("misnamed-2", "a/misnamed.jpg"),
        ("cut-1", "a/cut.jpg"),
        ("cut-2", "a/cut.jpg"),
        ("twin-a", "a/twin.jpg"),
        ("twin-b", "b/twin.jpg"),
    ];
    for (slug, img) in shows {
        s.write(
            &format!("content/2024/06/{slug}.md"),
            &article(
                slug,
                "2024-06-10",
                &format!("image: /images/shared/{img}\n"),
            ),
        );
    }
    let o = s.build(&[]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("image `")).collect();
    for (slug, why) in [
        ("misnamed-1", "is a PNG named .jpg"),
        ("misnamed-2", "is a PNG named .jpg"),
        ("cut-1", "corrupt or truncated JPEG"),
        ("cut-2", "corrupt or truncated JPEG"),
    ] {
        let hits: Vec<&&str> = warnings
            .iter()
            .filter(|l| l.contains(&format!("{slug}.md")))
            .collect();
        assert_eq!(hits.len(), 1, "one warning for {slug}: {warnings:#?}");
        assert!(hits[0].contains(why), "{}", hits[0]);
    }
    assert_eq!(warnings.len(), 4, "{warnings:#?}");
    let page = |slug: &str| read(&s.out(), &format!("articles/2024/06/{slug}/index.html"));
    // The link preview names the article's own picture (cards of others may be on its page).
    let preview = |slug: &str| meta(&page(slug), "og:image").unwrap_or_default();
    let rendition = Regex::new(
        r"^https://example.org/_img/[0-9a-f]/(twin|misnamed)-[0-9a-f]{16}-(900|640)\.jpg$",
    )
    .unwrap();
    for slug in ["misnamed-1", "misnamed-2", "twin-a", "twin-b"] {
        assert!(
            rendition.is_match(&preview(slug)),
            "{slug}: {}",
            preview(slug)
        );
    }
    for slug in ["cut-1", "cut-2"] {
        assert!(!page(slug).contains("lead-image"), "{slug} has no image");
    }
    assert_eq!(
        preview("twin-a"),
        preview("twin-b"),
        "the twins share their renditions"
    );
    assert_eq!(preview("misnamed-1"), preview("misnamed-2"));
    for slug in ["twin-a", "misnamed-1"] {
        let rel = preview(slug).replace("https://example.org/", "");
        assert!(s.out().join(&rel).is_file(), "{rel} written");
    }
    // Building again keeps every rendition (none is written twice or clashes with itself).
    let again = s.build(&[]);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

/// Sets the modification time of every folder under `dir` (and `dir`) a minute back, as if
/// the build that wrote them had been long ago.
fn age_folders(dir: &Path) {
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    for e in walkdir::WalkDir::new(dir) {
        let e = e.unwrap();
        if e.file_type().is_dir() {
            std::fs::File::open(e.path())
                .unwrap()
                .set_modified(past)
                .unwrap();
        }
    }
}

/// Ages the output's folders, then makes an unrelated edit and builds: the record now holds
/// folder stamps written long before the build that records them, so they are trusted.
fn settle_output(s: &TempSite) {
    age_folders(&s.out());
    let plain = s.root().join("content/2024/07/plain.md");
    let text = std::fs::read_to_string(&plain).unwrap();
    std::fs::write(&plain, format!("{text}\nOne more line.\n")).unwrap();
    build_cleanly(s);
}

#[test]
fn pictures_in_the_output_are_checked_by_their_folder() {
    let s = image_site("https://cdn.example.net/");
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    build_cleanly(&s);
    let img = s.out().join("_img");
    settle_output(&s);
    let first = snapshot(&img);
    let original = s.out().join("images/2024/07/harbour.jpg");
    let original_bytes = std::fs::read(&original).unwrap();
    let file = |suffix: &str| {
        let rel = first.keys().find(|k| k.ends_with(suffix)).unwrap();
        img.join(rel)
    };
    // A rendition or a copied picture deleted moves its folder's stamp: restored.
    std::fs::remove_file(file("-800.webp")).unwrap();
    std::fs::remove_file(&original).unwrap();
    build_cleanly(&s);
    assert_eq!(snapshot(&img), first);
    assert_eq!(std::fs::read(&original).unwrap(), original_bytes);

    // Overwritten in place, same size, in a settled folder: a plain build trusts the folder
    // (that is what spares a `stat` per picture) and `build --full` puts it right.
    settle_output(&s);
    let target = file("-400.jpg");
    let len = std::fs::metadata(&target).unwrap().len() as usize;
    std::fs::write(&target, vec![b'x'; len]).unwrap();
    build_cleanly(&s);
    assert_eq!(std::fs::read(&target).unwrap(), vec![b'x'; len]);
    let o = s.build(&["--quiet", "--full"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(snapshot(&img), first, "build --full restores it");
}

/// `jpeg` made exactly `len` bytes long by a comment segment after its start marker (the
/// pixels stay the same), so two different pictures can have the same size.
fn padded(jpeg: Vec<u8>, len: usize) -> Vec<u8> {
    let pad = len - jpeg.len();
    assert!(pad >= 4, "room for a comment segment");
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xFE]);
    out.extend_from_slice(&u16::try_from(pad - 2).unwrap().to_be_bytes());
    out.resize(2 + pad, b'.');
    out.extend_from_slice(&jpeg[2..]);
    assert_eq!(out.len(), len);
    out
}

fn inode_and_mtime(path: &Path) -> (u64, std::time::SystemTime) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).unwrap();
    (m.ino(), m.modified().unwrap())
}

#[test]
fn an_edit_leaves_the_recorded_pictures_alone_but_a_picture_replaced_at_the_same_size_is_made_again()
 {
    let s = image_site("https://cdn.example.net/");
    let original = s.root().join("static/images/2024/07/harbour.jpg");
    let (one, two) = (jpeg(1200, 800, 3), jpeg(1200, 800, 90));
    let len = one.len().max(two.len()) + 16;
    std::fs::write(&original, padded(one, len)).unwrap();
    settle(&original);
    build_cleanly(&s);
    settle_output(&s);
    let img = s.out().join("_img");
    let first = snapshot(&img);
    let pictures = s.root().join(".newsdesk/cache/build/pictures.bin");
    let recorded = inode_and_mtime(&pictures);

    // An edit of an article's text: the pictures' part of the record is left as it was,
    // and the record it belongs to still vouches for every picture.
    let plain = s.root().join("content/2024/07/plain.md");
    let text = std::fs::read_to_string(&plain).unwrap();
    std::fs::write(&plain, format!("{text}\nAnother line.\n")).unwrap();
    build_cleanly(&s);
    assert_eq!(inode_and_mtime(&pictures), recorded, "not written again");
    assert_eq!(snapshot(&img), first);
    let o = s.build(&["-v"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("(0 written, "), "nothing to do: {stderr}");
    let rendition = first.keys().find(|k| k.ends_with("-800.webp")).unwrap();
    std::fs::remove_file(img.join(rendition)).unwrap();
    build_cleanly(&s);
    assert_eq!(
        snapshot(&img),
        first,
        "the record's pictures are still trusted"
    );

    // The picture overwritten in place by another of the same size, its modification time
    // put back (as `cp -p` or an editor keeping times would): made again, under a new name.
    let was = std::fs::metadata(&original).unwrap().modified().unwrap();
    let replacement = padded(two, len);
    std::fs::write(&original, &replacement).unwrap();
    set_mtime(&original, was);
    build_cleanly(&s);
    let second = snapshot(&img);
    assert_eq!(second.len(), first.len());
    assert!(
        second.keys().all(|k| !first.contains_key(k)),
        "every rendition renamed: {:?}",
        second.keys().collect::<Vec<_>>()
    );
    let new_800 = second
        .iter()
        .find(|(k, _)| k.ends_with("-800.jpg"))
        .unwrap();
    let old_800 = first.iter().find(|(k, _)| k.ends_with("-800.jpg")).unwrap();
    assert_ne!(new_800.1, old_800.1, "re-encoded from the new pixels");
    let copied = s.out().join("images/2024/07/harbour.jpg");
    assert_eq!(std::fs::read(copied).unwrap(), replacement);
    let page = read(&s.out(), "articles/2024/07/local/index.html");
    assert!(
        page.contains(new_800.0.as_str()),
        "the page shows the new picture"
    );
    let o = s.build(&["-v"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("(0 written, "),
        "nothing to do after: {stderr}"
    );
}

#[test]
fn a_missing_or_damaged_record_of_the_output_pictures_is_never_trusted() {
    let s = image_site("https://cdn.example.net/");
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    build_cleanly(&s);
    let img = s.out().join("_img");
    let pictures = s.root().join(".newsdesk/cache/build/pictures.bin");
    settle_output(&s);
    let first = snapshot(&img);
    let good = std::fs::read(&pictures).expect("the pictures are recorded apart");
    let mut flipped = good.clone();
    let last = flipped.len() - 2;
    flipped[last] ^= 0x20;
    for (what, bytes) in [
        ("missing", None),
        ("a flipped byte", Some(flipped)),
        ("a truncated file", Some(good[..good.len() / 2].to_vec())),
    ] {
        settle_output(&s);
        match bytes {
            Some(b) => std::fs::write(&pictures, b).unwrap(),
            None => std::fs::remove_file(&pictures).unwrap(),
        }
        // A rendition deleted: its folder's stamp moved, and its entry cannot be read.
        let rel = first.keys().find(|k| k.ends_with("-800.webp")).unwrap();
        std::fs::remove_file(img.join(rel)).unwrap();
        assert_damage_warned(&s, what);
        assert_eq!(snapshot(&img), first, "{what}: restored");
        // The next record writes the pictures again, and a build then has nothing to do.
        settle_output(&s);
        assert!(pictures.is_file(), "{what}");
        let o = s.build(&["-v"]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains("(0 written, "), "{what}: {stderr}");

        // Damaged while an edit leaves every picture alone (their part of the record is
        // then only checksummed, not read): the same warning, and the part written again.
        if what != "missing" {
            settle_output(&s);
            let good = std::fs::read(&pictures).unwrap();
            let mut bad = good.clone();
            let last = bad.len() - 2;
            bad[last] ^= 0x20;
            std::fs::write(&pictures, bad).unwrap();
            let plain = s.root().join("content/2024/07/plain.md");
            let text = std::fs::read_to_string(&plain).unwrap();
            std::fs::write(&plain, format!("{text}\nYet another line.\n")).unwrap();
            assert_damage_warned(&s, what);
            assert_eq!(
                std::fs::read(&pictures).unwrap(),
                good,
                "{what}: written again"
            );
            std::fs::remove_file(img.join(rel)).unwrap();
            build_cleanly(&s);
            assert_eq!(snapshot(&img), first, "{what}: trusted again");
        }
    }
}

/// Builds `s`: one warning, that the record's pictures are damaged, when `what` is damage;
/// none when the file is only missing.
fn assert_damage_warned(s: &TempSite, what: &str) {
    let o = s.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    match what {
        "missing" => assert!(lines.is_empty(), "{what}: {stderr}"),
        _ => {
            assert_eq!(lines.len(), 1, "{what}: {stderr}");
            assert!(
                lines[0].contains("pictures.bin") && lines[0].contains("damaged"),
                "{what}: {stderr}"
            );
        }
    }
}

#[test]
fn the_json_index_counts_and_its_binary_copy_is_used_only_while_it_matches() {
    let s = image_site("https://cdn.example.net/");
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    build_cleanly(&s);
    let cache = s.root().join(".newsdesk/cache/images");
    let (json, binary) = (cache.join("index.json"), cache.join("index.bin"));
    let good = std::fs::read(&binary).expect("the binary copy is written with the index");
    let first = snapshot(&s.out().join("_img"));
    // A build's work, so that the image cache is read (one with nothing to do reads none).
    let edit = |line: &str| {
        let plain = s.root().join("content/2024/07/plain.md");
        let text = std::fs::read_to_string(&plain).unwrap();
        std::fs::write(&plain, format!("{text}\n{line}\n")).unwrap();
    };

    // The JSON edited by hand (the picture's outcome, at its stamp, made a refusal): the
    // copy no longer matches it, so the JSON is what the build follows.
    let text = std::fs::read_to_string(&json).unwrap();
    let mut index: serde_json::Value = serde_json::from_str(&text).unwrap();
    index["entries"]["images/2024/07/harbour.jpg"]["outcome"] =
        serde_json::json!({"bad": "planted by hand"});
    std::fs::write(&json, index.to_string()).unwrap();
    edit("A first line.");
    let o = s.build(&["--quiet"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && stderr.contains("planted by hand"),
        "{stderr}"
    );
    assert_ne!(
        std::fs::read(&binary).unwrap(),
        good,
        "the copy follows the JSON"
    );

    // Both removed: the picture is hashed again and the same renditions are shown.
    std::fs::remove_file(&json).unwrap();
    std::fs::remove_file(&binary).unwrap();
    build_cleanly(&s);
    assert_eq!(snapshot(&s.out().join("_img")), first);
    let good = std::fs::read(&binary).unwrap();

    // A damaged copy is not read (the JSON is) and is written again by the next build that
    // reads the index: one without the last build's record of its pictures (a build with
    // it reads neither).
    let mut flipped = good.clone();
    let last = flipped.len() - 2;
    flipped[last] ^= 0x20;
    std::fs::write(&binary, &flipped).unwrap();
    edit("A second line.");
    build_cleanly(&s);
    assert_eq!(std::fs::read(&binary).unwrap(), flipped, "not read");
    assert_eq!(snapshot(&s.out().join("_img")), first);
    std::fs::remove_file(s.root().join(".newsdesk/cache/build/images.bin")).unwrap();
    edit("A third line.");
    build_cleanly(&s);
    assert_eq!(std::fs::read(&binary).unwrap(), good);
    assert_eq!(snapshot(&s.out().join("_img")), first);
}

/// The image cache's entries: folders named by a 128-bit content hash in hex.
fn cache_entries(s: &TempSite) -> std::collections::BTreeSet<String> {
    std::fs::read_dir(s.root().join(".newsdesk/cache/images"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.len() == 32 && n.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect()
}

/// The cache entry whose renditions of `stem` are in the output's `_img/`.
fn entry_of(s: &TempSite, stem: &str) -> String {
    let shown = snapshot(&s.out().join("_img"));
    let file = shown
        .keys()
        .find(|k| k.contains(&format!("/{stem}-")))
        .unwrap_or_else(|| panic!("renditions of {stem} in {:?}", shown.keys()));
    let hash = file.rsplit('-').nth(1).unwrap();
    cache_entries(s)
        .into_iter()
        .find(|e| e.starts_with(hash))
        .unwrap_or_else(|| panic!("the cache entry of {file}"))
}

/// The image site with a second local picture, on its own article.
fn two_picture_site() -> TempSite {
    let s = image_site("https://cdn.example.net/");
    let crane = s.root().join("static/images/2024/07/crane.jpg");
    std::fs::write(&crane, jpeg(900, 600, 31)).unwrap();
    s.write(
        "content/2024/07/crane.md",
        "---\ntitle: A crane is lifted\ndate: 2024-07-21\nsource: The Example Times\nsource_url: https://example.com/21\nimage: /images/2024/07/crane.jpg\n---\n\nThe crane went up at noon.\n",
    );
    settle(&crane);
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    s
}

#[test]
fn build_prune_removes_the_cache_entries_no_article_uses_and_nothing_else() {
    let s = two_picture_site();
    build_cleanly(&s);
    let harbour = entry_of(&s, "harbour");
    let crane = entry_of(&s, "crane");
    assert_eq!(cache_entries(&s).len(), 2);
    let cache = s.root().join(".newsdesk/cache/images");

    // The crane's article removed: a plain build keeps its entry (for 30 days) and notes
    // when it fell out of use.
    std::fs::remove_file(s.root().join("content/2024/07/crane.md")).unwrap();
    build_cleanly(&s);
    assert_eq!(cache_entries(&s), [crane.clone(), harbour.clone()].into());
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(cache.join("index.json")).unwrap()).unwrap();
    assert!(index["unused"][&crane].is_u64(), "{index}");
    assert!(index["unused"].get(&harbour).is_none(), "{index}");
    let shown = snapshot(&s.out());
    let in_use = stamps(&cache.join(&harbour));

    // `build --prune` removes it at once; the entry in use is not touched.
    let o = s.build(&["--prune"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("pruned the image cache: removed 1 picture's renditions no article uses ("),
        "{err}"
    );
    assert_eq!(cache_entries(&s), [harbour.clone()].into());
    assert_eq!(stamps(&cache.join(&harbour)), in_use);
    assert_eq!(snapshot(&s.out()), shown, "pruning leaves the output alone");
    // Nothing more to prune, and the build after it has nothing to do.
    let o = s.build(&["--prune"]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("removed 0 pictures' renditions"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = s.build(&[]);
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("(0 written"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    // From the pruned cache, and from none at all, a build writes the same output.
    std::fs::remove_dir_all(s.out()).unwrap();
    build_cleanly(&s);
    assert_eq!(snapshot(&s.out()), shown);
    assert_eq!(
        stamps(&cache.join(&harbour)),
        in_use,
        "nothing encoded again"
    );
    std::fs::remove_dir_all(s.out()).unwrap();
    std::fs::remove_dir_all(s.root().join(".newsdesk")).unwrap();
    build_cleanly(&s);
    assert_eq!(snapshot(&s.out()), shown);

    // The crane shown again: its renditions are made again, the same as before.
    let crane_site = two_picture_site();
    build_cleanly(&crane_site);
    s.write(
        "content/2024/07/crane.md",
        &std::fs::read_to_string(crane_site.root().join("content/2024/07/crane.md")).unwrap(),
    );
    build_cleanly(&s);
    assert!(cache_entries(&s).contains(&crane));
    assert_eq!(
        snapshot(&s.out().join("_img")),
        snapshot(&crane_site.out().join("_img"))
    );
}

#[test]
fn a_build_removes_cache_entries_unused_for_30_days_but_never_one_in_use() {
    let s = two_picture_site();
    build_cleanly(&s);
    let harbour = entry_of(&s, "harbour");
    let cache = s.root().join(".newsdesk/cache/images");
    // Two entries of pictures no article shows any more (copies of the harbour's), and the
    // leftovers of interrupted builds, a day old and fresh.
    let gone = "0".repeat(32);
    let recent = "1".repeat(32);
    for e in [&gone, &recent] {
        copy_dir(&cache.join(&harbour), &cache.join(e));
    }
    let old_tmp = cache.join(".tmp-abandoned");
    let new_tmp = cache.join(".tmp-working");
    for t in [&old_tmp, &new_tmp] {
        std::fs::create_dir_all(t).unwrap();
        std::fs::write(t.join("400.webp"), b"half").unwrap();
    }
    // A folder opened for reading can have its times set (by its owner).
    std::fs::File::open(&old_tmp)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - Duration::from_secs(25 * 3600))
        .unwrap();
    // Noted unused 31 days ago (and 29 for the other), as is the harbour's entry, wrongly:
    // the harbour is still shown, so its entry is kept and the note dropped.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let day = 24 * 3600;
    let index_file = cache.join("index.json");
    let mut index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&index_file).unwrap()).unwrap();
    index["unused"] = serde_json::json!({
        gone.clone(): now - 31 * day,
        recent.clone(): now - 29 * day,
        harbour.clone(): now - 40 * day,
    });
    std::fs::write(&index_file, index.to_string()).unwrap();
    let in_use = stamps(&cache.join(&harbour));
    let shown = snapshot(&s.out());

    build_cleanly(&s);
    assert!(!cache.join(&gone).exists(), "unused for 31 days: removed");
    assert!(cache.join(&recent).is_dir(), "unused for 29 days: kept");
    assert_eq!(stamps(&cache.join(&harbour)), in_use, "in use: kept");
    assert!(!old_tmp.exists(), "abandoned a day ago: removed");
    assert!(new_tmp.is_dir(), "maybe another build's: kept");
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&index_file).unwrap()).unwrap();
    assert_eq!(
        index["unused"],
        serde_json::json!({ recent.clone(): now - 29 * day })
    );
    assert_eq!(snapshot(&s.out()), shown);

    // A cache index that cannot be read: `--prune` removes nothing and says why; the
    // build itself writes a good index again.
    std::fs::write(&index_file, "{ damaged").unwrap();
    std::fs::remove_dir_all(s.out().join("_img")).unwrap();
    let o = s.build(&["--prune"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("pruned the image cache: removed 1 "), "{err}");
    assert!(!cache.join(&recent).exists());
    assert_eq!(snapshot(&s.out()), shown);
    std::fs::write(&index_file, "{ damaged").unwrap();
    let o = newsdesk(&[
        "build",
        "--root",
        s.root().to_str().unwrap(),
        "--prune",
        "--output",
        s.root().join("other").to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        !err.contains("cannot be read"),
        "the build rewrote it: {err}"
    );
    assert!(cache.join(&harbour).is_dir());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// The warnings of a build of `s` with `args` (sorted).
fn warnings_of(s: &TempSite, args: &[&str]) -> Vec<String> {
    let o = s.build(args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut warnings: Vec<String> = String::from_utf8_lossy(&o.stderr)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    warnings.sort();
    warnings
}

/// Asserts that the output of `s` is what `build --full` (which renders every page and
/// compares it with the output) makes of it: nothing changes.
fn full_agrees(s: &TempSite, what: &str) {
    let published = || {
        let mut all = snapshot(&s.out());
        all.retain(|k, _| !k.starts_with(".newsdesk"));
        all
    };
    let before = published();
    let o = s.build(&["--quiet", "--full"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let after = published();
    assert_eq!(before.len(), after.len(), "{what}");
    for (k, v) in &before {
        assert!(
            after.get(k) == Some(v),
            "{what}: {k} differs from a full build's"
        );
    }
}

#[test]
fn an_edit_takes_the_pictures_from_the_last_builds_record_only_while_it_holds() {
    let s = image_site("https://cdn.example.net/");
    let png = black_png(640, 480);
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>"#.to_vec();
    let files = [
        ("notes.jpg", b"just some text".to_vec()),
        ("really-png.jpg", png),
        ("fine.svg", svg),
    ];
    for (k, (name, bytes)) in files.iter().enumerate() {
        let p = s.root().join("static/images/mixed").join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
        settle(&p);
        // Each shown twice: every article showing a bad picture is warned.
        for twice in 0..2 {
            s.write(
                &format!("content/2024/06/mixed-{k}-{twice}.md"),
                &article(
                    &format!("Mixed {k} {twice}"),
                    "2024-06-10",
                    &format!("image: /images/mixed/{name}\n"),
                ),
            );
        }
    }
    settle(&s.root().join("static/images/2024/07/harbour.jpg"));
    let plain = s.root().join("content/2024/07/plain.md");
    let edit = |line: &str| {
        let text = std::fs::read_to_string(&plain).unwrap();
        std::fs::write(&plain, format!("{text}\n{line}\n")).unwrap();
    };
    let record = s.root().join(".newsdesk/cache/build/images.bin");
    let cold = warnings_of(&s, &["--quiet"]);
    assert_eq!(cold.len(), 4, "{cold:#?}");
    assert!(record.is_file(), "the pictures are recorded");

    // An edit: the record is taken as it is (not written again), and the pages and the
    // warnings are those of a build that makes the pictures.
    edit("One more line.");
    let written = inode_and_mtime(&record);
    assert_eq!(warnings_of(&s, &["--quiet"]), cold);
    assert_eq!(inode_and_mtime(&record), written, "taken, not made again");
    std::fs::remove_file(&record).unwrap();
    full_agrees(&s, "taken");
    assert!(record.is_file(), "recorded again");

    // A rendition gone from the output and from the image cache, while the record holds:
    // made again from the original.
    let img = s.out().join("_img");
    let renditions = snapshot(&img);
    let cache = s.root().join(".newsdesk/cache/images");
    let harbour: std::collections::BTreeMap<String, Vec<u8>> = renditions
        .iter()
        .filter(|(k, _)| k.contains("harbour-"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    std::fs::remove_dir_all(cache_entry(&cache, &harbour)).unwrap();
    let gone = harbour.keys().find(|k| k.ends_with("-800.webp")).unwrap();
    std::fs::remove_file(img.join(gone)).unwrap();
    edit("A third line.");
    let written = inode_and_mtime(&record);
    assert_eq!(warnings_of(&s, &["--quiet"]), cold);
    assert_eq!(inode_and_mtime(&record), written, "taken");
    assert_eq!(snapshot(&img), renditions, "restored");

    // Damaged or of another newsdesk: one warning, never trusted, written again.
    let good = std::fs::read(&record).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x41;
    let foreign = {
        let mut b = b"newsdesk build cache 0.0.1 format 1 build 0000000000000000\n".to_vec();
        let at = good.iter().position(|&c| c == b'\n').unwrap() + 1;
        b.extend_from_slice(&good[at..]);
        b
    };
    for (what, bytes, why) in [
        ("a flipped byte", flipped, "damaged"),
        (
            "a truncated file",
            good[..good.len() / 2].to_vec(),
            "damaged",
        ),
        ("another newsdesk's", foreign, "another version"),
    ] {
        std::fs::write(&record, bytes).unwrap();
        edit(&format!("An edit after {what}."));
        let mut warnings = warnings_of(&s, &["--quiet"]);
        let about: Vec<String> = warnings
            .iter()
            .filter(|w| w.contains("images.bin"))
            .cloned()
            .collect();
        assert_eq!(about.len(), 1, "{what}: {warnings:#?}");
        assert!(about[0].contains(why), "{what}: {}", about[0]);
        warnings.retain(|w| !w.contains("images.bin"));
        assert_eq!(warnings, cold, "{what}");
        assert_eq!(
            std::fs::read(&record).unwrap(),
            good,
            "{what}: written again"
        );
        // A build with nothing to do does not repeat the warning.
        assert_eq!(warnings_of(&s, &["--quiet"]), cold, "{what}");
        full_agrees(&s, what);
    }
}
