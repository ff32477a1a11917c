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
    assert!(
        html.contains("/images/2024/07/ships-wait-at-the-quay-2.png"),
        "the page shows the local copy"
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
