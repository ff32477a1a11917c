//! The sample site's own `templates/` folder: its footer override is what the build uses, and
//! without it the theme's footer comes back (docs/templates.md, "Overriding a template").

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::*;

/// The override's file, relative to the sample site's root.
const OVERRIDE: &str = "templates/partials/footer.html";

/// The markup only the override writes.
const ABOUT_BOX: &str = r#"<div class=about-digest role=note aria-label="About this digest">"#;

/// The `<footer class="site-footer">…</footer>` of a page, and the page without it.
fn split_footer(page: &str) -> (&str, String) {
    let start = page
        .find("<footer class=site-footer>")
        .expect("page has a site footer");
    let end =
        start + page[start..].find("</footer>").expect("footer is closed") + "</footer>".len();
    (
        &page[start..end],
        format!("{}{}", &page[..start], &page[end..]),
    )
}

/// Every HTML page of an output folder, by relative path (not the editions' emails, which
/// have no site footer: they come from `email.html`).
fn html_pages(out: &Path) -> BTreeMap<String, String> {
    snapshot(out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html") && !p.ends_with("/email.html"))
        .map(|(p, bytes)| (p, String::from_utf8(bytes).unwrap()))
        .collect()
}

#[test]
fn the_sample_sites_footer_override_is_used_on_every_page_and_its_removal_restores_the_theme() {
    assert!(
        repo().join(OVERRIDE).is_file(),
        "the sample site ships {OVERRIDE}"
    );
    let theme_footer =
        fs::read_to_string(repo().join("themes/default/templates/partials/footer.html")).unwrap();
    assert!(
        !theme_footer.contains("about-digest"),
        "the about box must come from the override, not the theme"
    );

    // The repository's sample site, as a newcomer builds it.
    let with = tempfile::tempdir().unwrap();
    build_sample(with.path(), &[]);
    let with_pages = html_pages(with.path());
    assert!(with_pages.len() > 100, "{} pages", with_pages.len());
    for (path, page) in &with_pages {
        let (footer, _) = split_footer(page);
        assert!(
            footer.contains(ABOUT_BOX),
            "{path}: no about box in {footer}"
        );
        assert!(
            footer.contains("The Week in the World is the sample site bundled with newsdesk"),
            "{path}: the override's text (with site.title) is missing: {footer}"
        );
        // The override keeps the theme's links.
        for link in [
            "<a href=/atom.xml>Atom feed</a>",
            "<a href=/editions/>All editions</a>",
            "<a href=/search/>Search</a>",
        ] {
            assert!(
                footer.contains(link),
                "{path}: {link} missing from {footer}"
            );
        }
    }

    // The same site without the override falls back to the theme's footer, and nothing else
    // on any page changes.
    let site = tempfile::tempdir().unwrap();
    copy_sample(site.path(), "");
    fs::remove_file(site.path().join(OVERRIDE)).unwrap();
    let without = site.path().join("public");
    let o = newsdesk(&["build", "--quiet", "--root", site.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let without_pages = html_pages(&without);
    assert_eq!(
        with_pages.keys().collect::<Vec<_>>(),
        without_pages.keys().collect::<Vec<_>>(),
        "the override changes no page's existence"
    );
    for (path, page) in &without_pages {
        let (footer, rest) = split_footer(page);
        assert!(!footer.contains("about-digest"), "{path}: {footer}");
        assert!(
            footer.contains("<p class=footer-links>") && footer.contains("Built with newsdesk"),
            "{path}: not the theme's footer: {footer}"
        );
        let (with_footer, with_rest) = split_footer(&with_pages[path]);
        assert_ne!(footer, with_footer, "{path}");
        assert_eq!(
            rest, with_rest,
            "{path}: the override changed more than the footer"
        );
    }
}
