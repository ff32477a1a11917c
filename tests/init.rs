//! `newsdesk init`: the scaffolded site builds at once; nothing the user owns is touched.

mod common;

use std::fs;

use common::*;

#[test]
fn init_then_build_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("x");
    let o = newsdesk(&["init", site.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in [
        "site.yaml",
        "data/people.yaml",
        "data/places.yaml",
        "data/regions.yaml",
        "templates/README.md",
        ".gitignore",
    ] {
        assert!(site.join(f).is_file(), "missing {f}");
    }
    assert!(
        fs::read_to_string(site.join(".gitignore"))
            .unwrap()
            .contains("public/")
    );
    let articles: Vec<_> = walkdir::WalkDir::new(site.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .collect();
    assert_eq!(articles.len(), 1, "one example article");

    let o = newsdesk(&["build", "--root", site.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = snapshot(&site.join("public"));
    let page = out
        .keys()
        .find(|k| {
            k.starts_with("articles/") && k.ends_with("welcome-to-your-news-digest/index.html")
        })
        .expect("the example article's page");
    let html = String::from_utf8_lossy(&out[page]);
    assert!(html.contains("Welcome to your news digest"));
    assert!(out.contains_key("regions/united-kingdom/index.html"));
    assert!(out.contains_key("people/ada-lovelace/index.html"));
    let (broken, _) = broken_links(&site.join("public"), "https://example.org/");
    assert!(broken.is_empty(), "{broken:?}");
    // And `check` finds nothing to complain about.
    let o = newsdesk(&["check", "--root", site.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(out.starts_with("0 errors, 0 warnings"), "{out}");
}

#[test]
fn init_refuses_a_non_empty_folder_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("site.yaml"), "title: Mine\n").unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::write(dir.path().join("data/people.yaml"), "people: []\n# mine\n").unwrap();
    let root = dir.path().to_str().unwrap();
    let o = newsdesk(&["init", root]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("is not empty") && err.contains("--force"),
        "{err}"
    );
    assert!(!dir.path().join("content").exists(), "nothing written");

    let o = newsdesk(&["init", root, "--force"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("kept"), "{err}");
    assert_eq!(
        fs::read_to_string(dir.path().join("site.yaml")).unwrap(),
        "title: Mine\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("data/people.yaml")).unwrap(),
        "people: []\n# mine\n"
    );
    assert!(dir.path().join("data/places.yaml").is_file());
    assert!(dir.path().join("templates/README.md").is_file());
}
