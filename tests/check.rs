//! `newsdesk check` end to end: every class of problem with its message, position and exit
//! code, internal links traced back to content lines, and external links against a real
//! HTTP server on 127.0.0.1.

mod common;
#[path = "support/http.rs"]
mod http;

use std::process::Output;
use std::time::Duration;

use common::*;
use http::{Reply, Server};

fn check(site: &TempSite, extra: &[&str]) -> (i32, String) {
    let mut args = vec!["check", "--root", site.root().to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = newsdesk(&args);
    (code(&o), String::from_utf8_lossy(&o.stdout).into_owned())
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

const A: &str = "content/2024/07/a.md";

#[test]
fn sample_site_passes() {
    let repo = repo();
    for base in [
        "https://newsdesk.example.org/",
        "https://user.github.io/repo/",
    ] {
        let o = newsdesk(&[
            "check",
            "--root",
            repo.to_str().unwrap(),
            "--base-url",
            base,
        ]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(code(&o), 0, "{out}{}", String::from_utf8_lossy(&o.stderr));
        let summary = out.lines().last().unwrap();
        // No warnings either: its registry parses and its articles name no unknown people
        // or places (they leave both to detection).
        assert!(summary.starts_with("0 errors, 0 warnings"), "{out}");
        assert!(summary.contains("21 articles"), "{summary}");
        // Thousands of internal links, every one resolved.
        let n: usize = summary
            .split(", ")
            .find(|p| p.contains(" internal links"))
            .and_then(|p| p.split(' ').next()?.parse().ok())
            .unwrap_or_else(|| panic!("{summary}"));
        assert!(n > 5000, "{summary}");
    }
}

#[test]
fn site_yaml_errors_name_the_line_and_fail() {
    let s = TempSite::new(&[(A, &article("A", "2024-07-01", ""))]);
    s.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\npaginateby: 3\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("site.yaml:3:1: error: unknown key `paginateby`; did you mean `paginate_by`?"),
        "{out}"
    );
    assert!(
        out.contains("skipped the link check: site.yaml has errors"),
        "{out}"
    );
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("1 error, 0 warnings"),
        "{out}"
    );
}

#[test]
fn front_matter_errors_are_all_reported_with_positions() {
    let s = TempSite::new(&[
        (A, "---\ntitle: A\ndate: 2024-07-01\ntitel: x\n---\nBody\n"),
        (
            "content/2024/07/b.md",
            "---\ntitle: B\ndate: 2024-13-45\n---\nBody\n",
        ),
        ("content/2024/07/c.md", "---\ndate: 2024-07-01\n---\nBody\n"),
        ("content/2024/07/d.md", "no front matter here\n"),
        (
            "content/2024/07/e.md",
            &article("E", "2024-07-02", "slug: same\n"),
        ),
        (
            "content/2024/07/f.md",
            &article("F", "2024-07-03", "slug: same\n"),
        ),
    ]);
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    for want in [
        "content/2024/07/a.md:4:1: error: unknown front matter key `titel`; did you mean `title`?",
        "content/2024/07/b.md:3:1: error: ",
        "content/2024/07/c.md:",
        "`title` is required",
        "content/2024/07/d.md:1:1: error: no front matter",
        "error: duplicate slug `same` in 2024/07",
        "skipped the link check: content files have errors",
    ] {
        assert!(out.contains(want), "missing {want:?} in\n{out}");
    }
    assert!(
        out.lines().last().unwrap().starts_with("5 errors,"),
        "{out}"
    );
}

#[test]
fn registry_errors_are_the_builds_with_file_and_line() {
    let s = TempSite::new(&[(A, &article("A", "2024-07-01", ""))]);
    s.write(
        "data/people.yaml",
        "people:\n  - name: Joe Biden\n    aliasses: [Biden]\n",
    );
    s.write("data/places.yaml", "- just\n- a list\n");
    s.write(
        "data/regions.yaml",
        "subregions:\n  Horn of Africa: Africa\ncountries:\n  Narnia: Horn of Africa\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    let want = [
        "data/people.yaml:3:5: error: people[0]: unknown field `aliasses`, expected one of `name`, `aliases`, `role`, `description`, `slug`",
        "data/places.yaml:1:1: error: expected a mapping of keys (`places:`, `ignore:`) at the top level, found a sequence",
        "data/regions.yaml:4: error: unknown country `Narnia` (use a country name or ISO code)",
    ];
    for w in want {
        assert!(out.contains(w), "missing {w:?} in\n{out}");
    }
    assert!(
        out.contains("skipped the link check: the registry in data/ has errors"),
        "{out}"
    );
    assert!(
        out.lines().last().unwrap().starts_with("3 errors,"),
        "{out}"
    );
    // The build refuses the same files with the same messages, position for position.
    let o = s.build(&[]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    for w in want {
        let plain = w.replacen(" error:", "", 1);
        assert!(err.contains(&plain), "build lacks {plain:?}:\n{err}");
    }

    // Semantic errors too: an alias shared by two people, a slug that is not a slug, a
    // subregion under a subregion; YAML syntax errors keep their column.
    s.write(
        "data/people.yaml",
        "people:\n  - name: A B\n    aliases: [X]\n  - name: C D\n    aliases: [X]\n    slug: Not A Slug\n",
    );
    s.write(
        "data/places.yaml",
        "places:\n  - name: Sado\n\tcountry: JP\n",
    );
    s.write(
        "data/regions.yaml",
        "subregions:\n  Mekong: Southeast Asia\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    for w in [
        "data/people.yaml:5: error: `X` already names A B: an alias may belong to one person only",
        "data/people.yaml:6: error: slug `Not A Slug` is not a URL slug (try `not-a-slug`)",
        "data/regions.yaml:2: error: `Southeast Asia` is a subregion; subregion `Mekong` must sit under a world region",
    ] {
        assert!(out.contains(w), "missing {w:?} in\n{out}");
    }
    assert!(
        out.contains("data/places.yaml:3:1: error: found a tab character"),
        "{out}"
    );

    // Fixed files pass.
    s.write("data/people.yaml", "people:\n  - name: A B\n");
    s.write(
        "data/places.yaml",
        "places:\n  - name: Sado\n    country: JP\n",
    );
    s.write("data/regions.yaml", "subregions:\n  Mekong: Asia\n");
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn unknown_names_are_warnings_with_suggestions() {
    let s = TempSite::new(&[(
        A,
        "---\ntitle: A\ndate: 2024-07-01\npeople: [Antony Blinkin, Wang Yi]\nplaces:\n  - Laos\n  - Vientianne\n  - Atlantis\n---\nBody.\n",
    )]);
    s.write(
        "data/people.yaml",
        "people:\n  - name: Antony J. Blinken\n    aliases: [Antony Blinken]\n  - name: Wang Yi\nignore: []\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "warnings alone pass: {out}");
    assert!(
        out.contains(&format!(
            "{A}:7: warning: unknown place `Vientianne`: neither the gazetteer nor data/places.yaml knows it, so it is filed under no region; did you mean `Vientiane`?"
        )),
        "{out}"
    );
    assert!(
        out.contains(&format!("{A}:8: warning: unknown place `Atlantis`")),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "{A}:4: warning: `Antony Blinkin` is not in data/people.yaml; did you mean `Antony Blinken`?"
        )),
        "{out}"
    );
    assert!(!out.contains("Wang Yi"), "{out}");
    assert!(!out.contains("`Laos`"), "{out}");
    // A place the curator registers is known.
    s.write("data/places.yaml", "places:\n  - name: Atlantis\n");
    let (_, out) = check(&s, &[]);
    assert!(!out.contains("`Atlantis`"), "{out}");
}

/// Lines of a check's output other than the site's size.
fn verdict_lines(out: &str) -> usize {
    out.lines().filter(|l| !l.starts_with("site size:")).count()
}

#[test]
fn people_are_checked_against_names_and_aliases_once_the_registry_lists_anyone() {
    let front = "---\ntitle: A\ndate: 2024-07-01\npeople:\n  - Blinken\n  - joseph r. biden jr.\n  - Joe Bidden\n  - Kamala Harris\n  - Hang Seng\n---\n\nBody.\n";
    // The body names someone the registry does not know: detected names are not checked,
    // only the curator's own lists.
    let detected = "---\ntitle: B\ndate: 2024-07-02\n---\n\nPrime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin on Tuesday.\n";
    let s = TempSite::new(&[(A, front), ("content/2024/07/b.md", detected)]);

    // No registry, or one listing nobody: nothing to compare with, so no person warnings.
    let (code, out) = check(&s, &[]);
    assert_eq!((code, verdict_lines(&out)), (0, 1), "{out}");
    s.write("data/people.yaml", "people: []\nignore: [Hang Seng]\n");
    let (code, out) = check(&s, &[]);
    assert_eq!((code, verdict_lines(&out)), (0, 1), "{out}");

    s.write(
        "data/people.yaml",
        "people:\n  - name: Antony J. Blinken\n    aliases: [Antony Blinken, Blinken]\n  - name: Joe Biden\n    aliases: [Joseph R. Biden Jr.]\nignore: [Hang Seng]\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "warnings alone pass: {out}");
    let warnings: Vec<&str> = out.lines().filter(|l| l.contains("warning:")).collect();
    assert_eq!(
        warnings,
        [
            format!(
                "{A}:7: warning: `Joe Bidden` is not in data/people.yaml; did you mean `Joe Biden`?"
            ),
            format!("{A}:8: warning: `Kamala Harris` is not in data/people.yaml"),
        ],
        "{out}"
    );
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("0 errors, 2 warnings"),
        "{out}"
    );
    // A suggestion may be an alias, as written in the registry.
    s.write(
        A,
        "---\ntitle: A\ndate: 2024-07-01\npeople: [Antony Blinkn]\n---\n\nBody.\n",
    );
    let (_, out) = check(&s, &[]);
    assert!(
        out.contains(&format!(
            "{A}:4: warning: `Antony Blinkn` is not in data/people.yaml; did you mean `Antony Blinken`?"
        )),
        "{out}"
    );
}

#[test]
fn places_are_checked_against_the_whole_gazetteer_and_the_registry() {
    let front = "---\ntitle: A\ndate: 2024-07-01\nplaces:\n  - Shanghai\n  - Bavaria\n  - the Kremlin\n  - South China Sea\n  - Sahel\n  - Shanghia\n  - Mekong Basin\n  - Kiribati Line\n  - Kiribati Lyne\n---\n\nBody.\n";
    let s = TempSite::new(&[(A, front)]);
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "{out}");
    let warned = |name: &str| out.contains(&format!("unknown place `{name}`"));
    // Cities, states, landmarks, waters and multi-country regions are all known.
    for known in [
        "Shanghai",
        "Bavaria",
        "the Kremlin",
        "South China Sea",
        "Sahel",
    ] {
        assert!(!warned(known), "{known}: {out}");
    }
    assert!(
        out.contains(&format!(
            "{A}:10: warning: unknown place `Shanghia`: neither the gazetteer nor data/places.yaml knows it, so it is filed under no region; did you mean `Shanghai`?"
        )),
        "{out}"
    );
    for unknown in ["Mekong Basin", "Kiribati Line", "Kiribati Lyne"] {
        assert!(warned(unknown), "{unknown}: {out}");
    }

    // The registry's places and data/regions.yaml's subregions are known, and suggested.
    s.write(
        "data/places.yaml",
        "places:\n  - name: Kiribati Line\n    country: Kiribati\n",
    );
    s.write("data/regions.yaml", "subregions:\n  Mekong Basin: Asia\n");
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "{out}");
    let warnings: Vec<&str> = out.lines().filter(|l| l.contains("warning:")).collect();
    assert_eq!(warnings.len(), 2, "{out}");
    assert!(warnings[0].contains("`Shanghia`"), "{out}");
    assert!(
        warnings[1].starts_with(&format!("{A}:13: warning: unknown place `Kiribati Lyne`"))
            && warnings[1].ends_with("did you mean `Kiribati Line`?"),
        "{out}"
    );
}

#[test]
fn broken_internal_links_name_the_content_file_and_line() {
    let body = "---\ntitle: A\ndate: 2024-07-01\n---\n\nIntro.\n\n## Details\n\n\
        See [b](/articles/2024/07/b/) and [missing](/articles/2024/07/nope/).\n\n\
        Jump to [details](#details), not [here](#nowhere).\n\n\
        Relative: [b again](../b/) and [bad](../../06/zzz/).\n\n\
        Anchor elsewhere: [b top](/articles/2024/07/b/#no-such-heading).\n";
    let s = TempSite::new(&[
        (A, body),
        ("content/2024/07/b.md", &article("B", "2024-07-02", "")),
    ]);
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    for want in [
        format!(
            "{A}:10: error: broken link to /articles/2024/07/nope/: no page or file /articles/2024/07/nope/"
        ),
        format!(
            "{A}:12: error: broken link to #nowhere: /articles/2024/07/a/ has no anchor `#nowhere`"
        ),
        format!(
            "{A}:14: error: broken link to ../../06/zzz/: no page or file /articles/2024/06/zzz/"
        ),
        format!(
            "{A}:16: error: broken link to /articles/2024/07/b/#no-such-heading: /articles/2024/07/b/ has no anchor `#no-such-heading`"
        ),
    ] {
        assert!(out.contains(&want), "missing {want:?} in\n{out}");
    }
    assert!(
        out.lines().last().unwrap().starts_with("4 errors,"),
        "{out}"
    );

    // The same site under a base path: root links that ignore it are caught too.
    let (code, out) = check(&s, &["--base-url", "https://user.github.io/repo/"]);
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!(
            "{A}:10: error: broken link to /articles/2024/07/b/: it leaves the site's base path /repo/ (write /repo/articles/2024/07/b/ or a relative link)"
        )),
        "{out}"
    );
}

#[test]
fn template_problems_are_reported_once_with_the_pages() {
    let s = TempSite::new(&[
        (A, &article("A", "2024-07-01", "tags: [x]\n")),
        (
            "content/2024/07/b.md",
            &article("B", "2024-07-02", "tags: [x]\n"),
        ),
    ]);
    s.write(
        "templates/partials/footer.html",
        "<footer><a href=\"{{ site.base_path }}about/\">About</a></footer>\n",
    );
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().filter(|l| l.contains("/about/")).collect();
    assert_eq!(lines.len(), 1, "{out}");
    assert!(
        lines[0].contains("error: broken link to /about/: no page or file /about/ (on ")
            && lines[0].contains("pages, from a template)"),
        "{out}"
    );
    // A static file makes it resolve.
    s.write("static/about/index.html", "<p>about</p>");
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "{out}");

    s.write("templates/tag.html", "{% if %}\n");
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("templates/tag.html:1:"), "{out}");
    assert!(
        out.contains("skipped the link check: templates have errors"),
        "{out}"
    );
}

#[test]
fn json_output_is_machine_readable() {
    let s = TempSite::new(&[(
        A,
        "---\ntitle: A\ndate: 2024-07-01\nplaces: [Atlantis]\n---\n\n[x](/nope/)\n",
    )]);
    let (code, out) = check(&s, &["--json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 1);
    let problems = v["problems"].as_array().unwrap();
    let err = problems.iter().find(|p| p["severity"] == "error").unwrap();
    assert_eq!(err["file"], A);
    assert_eq!(err["line"], 7);
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("broken link to /nope/")
    );
    let warn = problems
        .iter()
        .find(|p| p["severity"] == "warning")
        .unwrap();
    assert_eq!(warn["line"], 4);
    assert!(v["internal_links"].as_u64().unwrap() > 10);
}

fn external_server() -> Server {
    Server::start(|method, path| match path {
        "/ok" => Reply::status(200),
        "/gone" => Reply::status(404),
        "/forbidden" => Reply::status(403),
        "/busy" => Reply::status(429),
        "/broken-server" => Reply::status(503),
        "/no-head" if method == "HEAD" => Reply::status(405),
        "/no-head" => Reply::status(200),
        "/slow" => Reply {
            delay: Duration::from_secs(4),
            ..Reply::status(200)
        },
        _ => Reply::status(404),
    })
}

#[test]
fn external_links_are_checked_concurrently_with_a_cache() {
    let server = external_server();
    // A port nothing listens on: bind, note it, release it.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let u = |p: &str| server.url(p);
    let body = format!(
        "---\ntitle: A\ndate: 2024-07-01\nsource_url: {}\n---\n\n\
         [ok]({}) [ok again]({}#part)\n\n[gone]({})\n\n[forbidden]({}) [busy]({})\n\n\
         [no head]({}) [server]({})\n\n[slow]({})\n\n[refused](http://127.0.0.1:{closed}/x)\n",
        u("/ok"),
        u("/ok"),
        u("/ok"),
        u("/gone"),
        u("/forbidden"),
        u("/busy"),
        u("/no-head"),
        u("/broken-server"),
        u("/slow"),
    );
    let s = TempSite::new(&[(A, &body)]);
    let (code, out) = check(&s, &["--external", "--timeout", "1"]);
    assert_eq!(code, 1, "{out}");
    let line_of = |needle: &str| {
        out.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle} in\n{out}"))
            .to_string()
    };
    assert!(line_of("/gone").starts_with(&format!(
        "{A}:9: error: external link {}: 404 Not Found",
        u("/gone")
    )));
    assert!(
        line_of("/forbidden").starts_with(&format!("{A}:11: warning: ")),
        "{out}"
    );
    assert!(
        line_of("/forbidden").contains("refused the checker (403"),
        "{out}"
    );
    assert!(
        line_of("/busy").contains("warning: ") && line_of("/busy").contains("(429"),
        "{out}"
    );
    assert!(
        line_of("/broken-server").contains(":13: warning: "),
        "{out}"
    );
    assert!(
        line_of("/broken-server").contains("server error 503"),
        "{out}"
    );
    assert!(
        line_of("/slow").contains(":15: warning: ")
            && line_of("/slow").contains("no answer within 1 s"),
        "{out}"
    );
    assert!(
        line_of(&format!(":{closed}/x")).contains(":17: error: "),
        "{out}"
    );
    assert!(
        line_of(&format!(":{closed}/x")).ends_with("the connection was refused"),
        "{out}"
    );
    assert!(!out.contains("/ok:") && !out.contains("/no-head"), "{out}");
    let summary = out.lines().last().unwrap();
    assert!(summary.starts_with("2 errors, 4 warnings"), "{summary}");
    assert!(summary.contains("8 external links"), "{summary}");
    assert_eq!(
        server.hits("/ok"),
        1,
        "one request per distinct URL (HEAD succeeded)"
    );
    assert_eq!(server.hits("/no-head"), 2, "HEAD refused, then GET");

    // Good answers are cached under .newsdesk/: a second run asks nothing of /ok.
    let cache = s.root().join(".newsdesk/cache/links.json");
    let cached: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&cache).unwrap()).unwrap();
    assert!(cached["links"][u("/ok")]["status"] == 200, "{cached}");
    assert!(
        cached["links"].get(u("/gone")).is_none(),
        "failures are not cached"
    );
    let before_gone = server.hits("/gone");
    let (code, _) = check(&s, &["--external", "--timeout", "1"]);
    assert_eq!(code, 1);
    assert_eq!(server.hits("/ok"), 1, "cached");
    assert_eq!(
        server.hits("/gone"),
        before_gone + 2,
        "failures are asked again (HEAD, GET)"
    );
    let (_, _) = check(&s, &["--external", "--timeout", "1", "--no-cache"]);
    assert_eq!(server.hits("/ok"), 2, "--no-cache asks again");
}

#[test]
fn external_links_are_not_requested_without_the_flag() {
    let server = external_server();
    let s = TempSite::new(&[(
        A,
        &format!(
            "---\ntitle: A\ndate: 2024-07-01\n---\n\n[gone]({})\n",
            server.url("/gone")
        ),
    )]);
    let (code, out) = check(&s, &[]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(server.hits("/gone"), 0);
}

/// `check` reports the size the built site has, by page group, and warns past the warning
/// size (lowered through the test-only variable).
#[test]
fn check_reports_the_size_the_build_writes() {
    let site = TempSite::new(&[(A, &article("A", "2024-07-01", "tags: [x]\n"))]);
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (bytes, files) = snapshot(&site.out())
        .iter()
        .filter(|(p, _)| !p.rsplit('/').next().unwrap().starts_with(".newsdesk-"))
        .fold((0u64, 0usize), |(b, n), (_, v)| (b + v.len() as u64, n + 1));
    let (status, out) = check(&site, &["--json"]);
    assert_eq!(status, 0, "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json["size"]["bytes"].as_u64(),
        Some(bytes),
        "{}",
        json["size"]
    );
    assert_eq!(json["size"]["files"].as_u64(), Some(files as u64));
    let groups = json["size"]["groups"].as_array().unwrap();
    let sum: u64 = groups.iter().map(|g| g["bytes"].as_u64().unwrap()).sum();
    assert_eq!(sum, bytes);
    assert!(
        groups.iter().any(|g| g["name"] == "articles/"),
        "{groups:?}"
    );
    let (_, text) = check(&site, &[]);
    let summary = text.lines().last().unwrap();
    let size = format!(
        " checked; the site is {:.1} MB in {files} files)",
        bytes as f64 / 1e6
    );
    assert!(
        summary.starts_with("0 errors, 0 warnings") && summary.ends_with(&size),
        "{text}"
    );
    assert!(!text.contains("GitHub Pages"), "{text}");

    let o = std::process::Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args(["check", "--root", site.root().to_str().unwrap()])
        .env("NEWSDESK_TEST_SIZE_WARNING_BYTES", "1000")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(code(&o), 0, "a size warning alone passes: {text}");
    assert!(
        text.contains("warning: the site is ") && text.contains("GitHub Pages"),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("0 errors, 1 warning"),
        "{text}"
    );
}
