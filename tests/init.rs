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
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l.starts_with("0 errors, 0 warnings")),
        "{out}"
    );
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

/// `text` with its commented example uncommented, as the scaffold's note tells the user to:
/// the lines whose text after "# " is one of `keys` or an indented continuation.
fn uncomment(text: &str, keys: &[&str]) -> String {
    let mut out = String::new();
    let mut examples = 0;
    for line in text.lines() {
        let example = line.strip_prefix("# ").filter(|rest| {
            rest.starts_with("  ") || keys.iter().any(|k| rest.starts_with(&format!("{k}:")))
        });
        match example {
            Some(rest) => {
                examples += 1;
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    assert!(examples >= 3, "no example to uncomment in\n{text}");
    out
}

#[test]
fn scaffold_examples_uncommented_pass_check_and_build() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("x");
    let root = site.to_str().unwrap();
    let o = newsdesk(&["init", root]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for (file, keys) in [
        ("data/people.yaml", &["people", "ignore"][..]),
        ("data/places.yaml", &["places", "ignore"][..]),
        ("data/regions.yaml", &["subregions", "countries"][..]),
    ] {
        let path = site.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, uncomment(&text, keys)).unwrap();
    }
    // An article using what the examples add: an alias, a registry place, a moved country.
    fs::write(
        site.join("content/kinmen.md"),
        "---\ntitle: Ferries to Quemoy\ndate: 2026-01-05\npeople: [Blinken]\nplaces: [Kinmen, Ethiopia]\n---\n\nA story.\n",
    )
    .unwrap();

    let o = newsdesk(&["check", "--root", root]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l.starts_with("0 errors, 0 warnings")),
        "{out}"
    );

    let o = newsdesk(&["build", "--root", root]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let public = site.join("public");
    let read = |p: &str| fs::read_to_string(public.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    // The example person's role is on their page; the alias found the pinned slug.
    assert!(read("people/ada-lovelace/index.html").contains("Mathematician"));
    assert!(read("people/antony-j-blinken/index.html").contains("U.S. Secretary of State"));
    // Ethiopia moved into the new subregion, under Africa.
    let horn = read("regions/horn-of-africa/index.html");
    assert!(horn.contains("Ferries to Quemoy"), "{horn}");
    assert!(read("regions/africa/index.html").contains("Horn of Africa"));

    // The same files with a mistake fail both, naming the file and line.
    let people = site.join("data/people.yaml");
    let text = fs::read_to_string(&people).unwrap();
    fs::write(
        &people,
        text.replace("    role: Mathematician", "    rol: Mathematician"),
    )
    .unwrap();
    let o = newsdesk(&["check", "--root", root]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!o.status.success(), "{out}");
    let line = text
        .lines()
        .position(|l| l.contains("role: Mathematician"))
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!(
            "data/people.yaml:{line}:5: error: people[0]: unknown field `rol`"
        )),
        "{out}"
    );
    let o = newsdesk(&["build", "--root", root]);
    assert!(!o.status.success());
}
