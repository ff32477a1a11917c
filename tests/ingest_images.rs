//! `ingest --images local|remote` and `ingest: {images: …}`: lead images downloaded from a
//! real HTTP server on 127.0.0.1 into `static/images/YYYY/MM/<slug>.<ext>`, typed by their
//! bytes, capped at 10 MiB, never written over a file; failures keep the remote address.

mod common;
#[path = "support/http.rs"]
mod http;

use std::fs;
use std::sync::Arc;

use common::*;
use http::{Reply, Server};

/// A real PNG of `w`×`h`.
fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A news page dated 2024-07-26 whose `og:image` is `image`.
fn page(title: &str, image: &str) -> String {
    let para = "The harbour authority said on Friday that ships had waited for days at the quay while the cranes stood idle, and that the backlog would take weeks to clear. ".repeat(3);
    format!(
        r#"<!doctype html><html lang="en"><head><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:image" content="{image}">
<meta property="article:published_time" content="2024-07-26T08:00:00Z">
</head><body><article><h1>{title}</h1><p>{para}</p><p>{para}</p><p>{para}</p></article></body></html>"#
    )
}

/// Serves pages under `/p/…` (each naming its image) and images under `/img/…`.
fn server(photo: Arc<Vec<u8>>) -> Server {
    Server::start(move |_, path| {
        let html = |t: &str, img: &str| Reply {
            content_type: "text/html; charset=utf-8",
            body: page(t, img).into_bytes(),
            ..Reply::status(200)
        };
        let bytes = |ct: &'static str, body: Vec<u8>| Reply {
            content_type: ct,
            body,
            ..Reply::status(200)
        };
        match path {
            "/p/good" => html("Ships wait at the quay", "/img/ships.php?id=7"),
            "/p/fresh" => html("Cranes return to the quay", "/img/ships.php?id=7"),
            "/p/html" => html("Cranes stand idle", "/img/error.jpg"),
            "/p/huge" => html("Dockers vote to strike", "/img/huge.jpg"),
            "/p/gone" => html("Tugboats return", "/img/gone.jpg"),
            "/p/svg" => html("Port reopens", "/img/map.png"),
            // The server calls it a JPEG; the bytes say PNG: the extension follows the bytes.
            "/img/ships.php?id=7" => bytes("image/jpeg", (*photo).clone()),
            "/img/error.jpg" => bytes("image/jpeg", b"<!doctype html><h1>Not here</h1>".to_vec()),
            "/img/huge.jpg" => {
                let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0];
                b.resize(10 * 1024 * 1024 + 1, 0);
                bytes("image/jpeg", b)
            }
            "/img/map.png" => bytes(
                "image/svg+xml",
                br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#
                    .to_vec(),
            ),
            _ => Reply::status(404),
        }
    })
}

fn ingest(site: &TempSite, args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["ingest", "--root", site.root().to_str().unwrap()];
    all.extend_from_slice(args);
    let o = newsdesk(&all);
    (
        o.status.success(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The `image` front matter of the article file whose name starts with `slug`.
fn image_of(site: &TempSite, slug: &str) -> String {
    let dir = site.root().join("content/2024/07");
    let file = fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(slug))
        .unwrap_or_else(|| panic!("no article {slug} in {}", dir.display()));
    let text = fs::read_to_string(file).unwrap();
    let front = text.split("\n---\n").next().unwrap();
    let start = front.find("image:").expect("an image key");
    front[start..]
        .lines()
        .take_while(|l| l.starts_with("image:") || l.starts_with("  "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn local_downloads_into_static_images_typed_by_bytes_never_overwriting() {
    let photo = Arc::new(png(640, 360));
    let srv = server(photo.clone());
    let site = TempSite::new(&[]);
    // A file already at the name the download would take: kept, the download goes beside it.
    site.write("static/images/2024/07/ships-wait-at-the-quay.png", "mine");
    let (ok, out, err) = ingest(&site, &["--images", "local", "--url", &srv.url("/p/good")]);
    assert!(ok, "{out}\n{err}");
    let img = image_of(&site, "ships-wait-at-the-quay");
    assert_eq!(img, "image: /images/2024/07/ships-wait-at-the-quay-2.png");
    let saved = site
        .root()
        .join("static/images/2024/07/ships-wait-at-the-quay-2.png");
    assert_eq!(fs::read(saved).unwrap(), *photo, "the bytes as served");
    assert_eq!(
        fs::read_to_string(
            site.root()
                .join("static/images/2024/07/ships-wait-at-the-quay.png")
        )
        .unwrap(),
        "mine",
        "never overwritten"
    );

    // The site builds with the downloaded image shown from the site.
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let html = fs::read_to_string(
        site.out()
            .join("articles/2024/07/ships-wait-at-the-quay/index.html"),
    )
    .unwrap();
    // The build resizes the local copy: 400 px and its own 640 px, as WebP and JPEG.
    assert!(
        regex::Regex::new(r"/_img/[0-9a-f]/ships-wait-at-the-quay-2-[0-9a-f]{16}-640\.jpg")
            .unwrap()
            .is_match(&html)
            && regex::Regex::new(r"/_img/[0-9a-f]/ships-wait-at-the-quay-2-[0-9a-f]{16}-400\.webp")
                .unwrap()
                .is_match(&html),
        "the page shows renditions of the local copy"
    );
}

#[test]
fn failed_downloads_warn_and_keep_the_remote_address() {
    let srv = server(Arc::new(png(64, 64)));
    let site = TempSite::new(&[]);
    let cases = [
        (
            "/p/html",
            "cranes-stand-idle",
            "/img/error.jpg",
            "not a JPEG, PNG, WebP, GIF or AVIF image (the server said image/jpeg)",
        ),
        (
            "/p/huge",
            "dockers-vote-to-strike",
            "/img/huge.jpg",
            "larger than 10485760 bytes",
        ),
        (
            "/p/gone",
            "tugboats-return",
            "/img/gone.jpg",
            "HTTP status 404",
        ),
        (
            "/p/svg",
            "port-reopens",
            "/img/map.png",
            "the server said image/svg+xml",
        ),
    ];
    for (page, slug, img, why) in cases {
        let (ok, out, err) = ingest(&site, &["--images", "local", "--url", &srv.url(page)]);
        assert!(ok, "a bad image does not fail the article: {out}\n{err}");
        let line = err
            .lines()
            .find(|l| l.contains("lead image"))
            .unwrap_or_else(|| panic!("a warning for {page}: {err}"));
        assert!(line.starts_with("warning: "), "{line}");
        assert!(line.contains(&srv.url(img)), "names the image: {line}");
        assert!(line.contains(why), "{line}");
        assert!(line.contains("kept as a remote address"), "{line}");
        assert_eq!(image_of(&site, slug), format!("image: {}", srv.url(img)));
    }
    let images = site.root().join("static/images");
    let left: Vec<_> = walkdir::WalkDir::new(&images)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().display().to_string())
        .collect();
    assert!(left.is_empty(), "no partial or refused file left: {left:?}");
}

#[test]
fn remote_is_the_default_and_site_yaml_chooses_local() {
    let srv = server(Arc::new(png(64, 64)));
    let site = TempSite::new(&[]);
    let (ok, out, err) = ingest(&site, &["--url", &srv.url("/p/good")]);
    assert!(ok, "{out}\n{err}");
    assert_eq!(
        image_of(&site, "ships-wait-at-the-quay"),
        format!("image: {}", srv.url("/img/ships.php?id=7"))
    );
    assert_eq!(
        srv.hits("/img/ships.php?id=7"),
        0,
        "remote: nothing downloaded"
    );

    let site = TempSite::new(&[]);
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\ningest:\n  images: local\n",
    );
    let (ok, out, err) = ingest(&site, &["--url", &srv.url("/p/good")]);
    assert!(ok, "{out}\n{err}");
    assert_eq!(
        image_of(&site, "ships-wait-at-the-quay"),
        "image: /images/2024/07/ships-wait-at-the-quay.png"
    );
    // The flag wins over site.yaml; dry runs download nothing.
    let (ok, _, _) = ingest(
        &site,
        &[
            "--images",
            "remote",
            "--force",
            "--url",
            &srv.url("/p/html"),
        ],
    );
    assert!(ok);
    assert_eq!(
        image_of(&site, "cranes-stand-idle"),
        format!("image: {}", srv.url("/img/error.jpg"))
    );
    let before = srv.hits("/img/ships.php?id=7");
    let (ok, _, _) = ingest(&site, &["--dry-run", "--url", &srv.url("/p/fresh")]);
    assert!(ok);
    assert_eq!(srv.hits("/img/ships.php?id=7"), before);

    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\ningest:\n  images: everywhere\n",
    );
    let (ok, _, err) = ingest(&site, &["--url", &srv.url("/p/good")]);
    assert!(!ok);
    assert!(err.contains("site.yaml") && err.contains("images"), "{err}");
}

/// A distinct body for story `k`: words drawn from a list by `k`, so two stories share next
/// to no phrase while `update` of one story repeats most of its text.
fn story_body(k: usize, update: usize) -> String {
    const WORDS: &[&str] = &[
        "harbour",
        "council",
        "budget",
        "river",
        "school",
        "tram",
        "festival",
        "court",
        "museum",
        "bridge",
        "election",
        "factory",
        "forest",
        "library",
        "hospital",
        "market",
        "orchestra",
        "airport",
        "vineyard",
        "stadium",
        "glacier",
        "parliament",
        "railway",
        "bakery",
        "refinery",
        "mayor",
        "union",
        "teachers",
        "farmers",
        "nurses",
        "pilots",
    ];
    let mut text = String::new();
    let mut seed = (k as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for i in 0..60 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let w = WORDS[(seed % WORDS.len() as u64) as usize];
        text.push_str(w);
        text.push(if i % 12 == 11 { '.' } else { ' ' });
    }
    for u in 0..update {
        text.push_str(&format!(
            " Update {u}: officials gave new figures late on day {u}."
        ));
    }
    text
}

/// An article already in `content/` from `url` showing `image`.
fn existing(site: &TempSite, slug: &str, url: &str, image: &str, body: &str) {
    site.write(
        &format!("content/2024/07/{slug}.md"),
        &format!(
            "---\ntitle: Story {slug}\ndate: 2024-07-20\nsource_url: {url}\nimage: {image}\n---\n\n{body}\n"
        ),
    );
}

/// A saved page at `url` (its canonical address) whose `og:image` is `image`.
fn saved_page(site: &TempSite, name: &str, title: &str, url: &str, image: &str, body: &str) {
    site.write(
        &format!("in/{name}.html"),
        &format!(
            r#"<!doctype html><html lang="en"><head><title>{title}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:image" content="{image}">
<meta property="article:published_time" content="2024-07-26T08:00:00Z">
</head><body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"#
        ),
    );
}

/// Whether the article file whose name starts with `slug` has an `image` key.
fn has_image(site: &TempSite, slug: &str) -> bool {
    std::panic::catch_unwind(|| image_of(site, slug)).is_ok()
}

#[test]
fn a_picture_on_several_unrelated_articles_of_a_site_is_its_default_not_the_storys() {
    let s = TempSite::new(&[]);
    let shared = "https://cdn.news.example.org/media/2019/04/lead.jpg";
    // Three unrelated stories of the site already show the picture (one under www.).
    for (k, host) in [
        "news.example.org",
        "www.news.example.org",
        "news.example.org",
    ]
    .iter()
    .enumerate()
    {
        let url = format!("https://{host}/2024/07/story-{k}");
        existing(&s, &format!("old-{k}"), &url, shared, &story_body(k, 0));
    }
    // Another site shows the same picture twice: not enough there.
    for k in 0..2 {
        let url = format!("https://other.example.com/a/{k}");
        existing(
            &s,
            &format!("other-{k}"),
            &url,
            shared,
            &story_body(10 + k, 0),
        );
    }
    // One story updated three times, each update with its own picture.
    let live = "https://cdn.news.example.org/media/2024/07/storm.jpg";
    for u in 0..3 {
        let url = format!("https://news.example.org/2024/07/storm-live-{u}");
        let body = story_body(20, u + 1);
        s.write(
            &format!("content/2024/07/storm-{u}.md"),
            &format!(
                "---\ntitle: Storm live update {u}\ndate: 2024-07-2{u}\nsource_url: {url}\nimage: {live}\n---\n\n{body}\n"
            ),
        );
    }
    saved_page(
        &s,
        "a-new",
        "Tram line reopens",
        "https://news.example.org/2024/07/tram",
        shared,
        &story_body(30, 0),
    );
    saved_page(
        &s,
        "b-own",
        "Museum gets a new wing",
        "https://news.example.org/2024/07/museum",
        "https://cdn.news.example.org/media/2024/07/museum.jpg",
        &story_body(31, 0),
    );
    saved_page(
        &s,
        "c-other",
        "Bakery wins a prize",
        "https://other.example.com/a/bakery",
        shared,
        &story_body(32, 0),
    );
    saved_page(
        &s,
        "d-storm",
        "Storm live update 3",
        "https://news.example.org/2024/07/storm-live-3",
        live,
        &story_body(20, 4),
    );
    let (ok, out, err) = ingest(&s, &[s.root().join("in").to_str().unwrap()]);
    assert!(ok, "{out}{err}");
    // The three new stories are unrelated to everything before (the update is not).
    for line in out.lines().filter(|l| !l.contains("d-storm")) {
        assert!(!line.contains("near-duplicate"), "{out}");
    }
    assert!(
        out.lines()
            .any(|l| l.contains("d-storm") && l.contains("near-duplicate")),
        "{out}"
    );
    // The site's default picture is left out, with a warning that says why.
    assert!(!has_image(&s, "tram-line-reopens"), "{out}{err}");
    let warnings: Vec<&str> = err.lines().filter(|l| l.contains("left out")).collect();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(warnings[0].contains("a-new.html"), "{err}");
    assert!(warnings[0].contains(shared), "{err}");
    assert!(warnings[0].contains("3 other stories"), "{err}");
    // The story's own picture, the other site's (two uses) and the updated story's are kept.
    assert!(image_of(&s, "museum-gets").contains("museum.jpg"));
    assert!(image_of(&s, "bakery-wins").contains(shared));
    assert!(image_of(&s, "storm-live-update-3").contains("storm.jpg"));
}
