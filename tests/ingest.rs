//! End-to-end tests of `newsdesk ingest` on real files in temporary sites.

mod common;

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use common::*;

const SAMPLE_SLUG: &str = "blinken-and-a-top-chinese-official-in-talks-on-u-s-china-tensions";

fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures/ingest").join(rel)
}

fn ingest(site: &TempSite, args: &[&str]) -> Output {
    let mut all = vec!["ingest", "--root", site.root().to_str().unwrap()];
    all.extend_from_slice(args);
    newsdesk(&all)
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Every `.md` under the site's content folder, relative, sorted.
fn content_files(site: &TempSite) -> Vec<String> {
    let mut v: Vec<String> = snapshot(&site.root().join("content"))
        .into_keys()
        .filter(|k| k.ends_with(".md"))
        .collect();
    v.sort();
    v
}

fn read(site: &TempSite, rel: &str) -> String {
    fs::read_to_string(site.root().join("content").join(rel)).unwrap()
}

/// The text of every content file the site has.
fn contents(site: &TempSite) -> Vec<String> {
    walkdir::WalkDir::new(site.root().join("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| fs::read_to_string(e.path()).unwrap())
        .collect()
}

/// (front matter YAML, body paragraphs) of a content file's text.
fn split(file: &str) -> (String, Vec<String>) {
    let rest = file.strip_prefix("---\n").expect("front matter");
    let (yaml, body) = rest.split_once("\n---\n").expect("closed front matter");
    let paras = body
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    (yaml.to_string(), paras)
}

fn expected_lines(rel: &str) -> Vec<String> {
    fs::read_to_string(fixture(rel))
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn raw_sample_ingests_into_its_18_paragraphs_verbatim() {
    let site = TempSite::new(&[]);
    let o = ingest(
        &site,
        &[
            "--date",
            "2024-07-27",
            fixture("text/sample-000.txt").to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(out.contains("ingested 1, skipped 0, failed 0"), "{out}");
    let files = content_files(&site);
    assert_eq!(files, vec![format!("2024/07/{SAMPLE_SLUG}.md")]);
    let written = read(&site, &files[0]);
    let (yaml, paras) = split(&written);
    assert!(
        yaml.contains(
            "title: Blinken and a Top Chinese Official in Talks on U.S.-China Tensions\n"
        ),
        "{yaml}"
    );
    assert!(yaml.contains("date: 2024-07-27\n"), "{yaml}");
    assert!(yaml.contains("fingerprint: sha256:"), "{yaml}");
    // The hand-cleaned copy in the sample site is the reference body.
    let reference =
        fs::read_to_string(repo().join(format!("content/2024/07/{SAMPLE_SLUG}.md"))).unwrap();
    let (_, want) = split(&reference);
    assert_eq!(want.len(), 18);
    assert_eq!(paras, want);
    for bad in ["[ad_", "Read More", "Comments are closed"] {
        assert!(!written.contains(bad), "{bad} left in output");
    }

    // A second run changes nothing and says so.
    let before = snapshot(site.root());
    let o = ingest(
        &site,
        &[
            "--date",
            "2024-07-27",
            fixture("text/sample-000.txt").to_str().unwrap(),
        ],
    );
    let (out, _) = text(&o);
    assert!(o.status.success());
    assert!(out.contains("ingested 0, skipped 1, failed 0"), "{out}");
    assert!(out.contains("already present"), "{out}");
    assert_eq!(snapshot(site.root()), before);

    // The written file loads with the content loader and gets its page.
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", text(&o).1);
    assert!(
        site.out()
            .join(format!("articles/2024/07/{SAMPLE_SLUG}/index.html"))
            .exists()
    );
}

#[test]
fn shared_sample_matches_the_fixture_copy() {
    // The fixture is a copy of the project's shared raw sample; keep them identical.
    let shared = repo().join("../shared/samples/raw/000_3409787b884da66f.txt");
    if let Ok(bytes) = fs::read(&shared) {
        assert_eq!(bytes, fs::read(fixture("text/sample-000.txt")).unwrap());
    }
}

#[test]
fn sample_site_already_holds_the_sample() {
    // The bundled site's copy of the sample is recognised, so ingesting it again writes nothing.
    let site = TempSite::new(&[]);
    let content = snapshot(&repo().join("content"));
    for (rel, bytes) in &content {
        site.write(&format!("content/{rel}"), &String::from_utf8_lossy(bytes));
    }
    let before = snapshot(site.root());
    let o = ingest(
        &site,
        &[
            "--date",
            "2024-07-27",
            fixture("text/sample-000.txt").to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("skipped 1"), "{out}");
    assert_eq!(snapshot(site.root()), before);
}

#[test]
fn text_fixtures_keep_every_body_paragraph_and_no_furniture() {
    for name in [
        "wordpress",
        "newsroom",
        "glued-crlf",
        "wrapped",
        "topics-captions",
        "reuters-wordpress",
        "share-related",
    ] {
        let site = TempSite::new(&[]);
        let o = ingest(
            &site,
            &[
                "--date",
                "2024-07-27",
                fixture(&format!("text/{name}.txt")).to_str().unwrap(),
            ],
        );
        assert!(o.status.success(), "{name}: {}", text(&o).1);
        let files = content_files(&site);
        assert_eq!(files.len(), 1, "{name}");
        let (_, paras) = split(&read(&site, &files[0]));
        assert_eq!(
            paras,
            expected_lines(&format!("text/{name}.expected.txt")),
            "{name}"
        );
    }
}

#[test]
fn html_page_becomes_markdown_with_metadata() {
    let site = TempSite::new(&[]);
    let o = ingest(&site, &[fixture("html/article.html").to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o).1);
    let files = content_files(&site);
    assert_eq!(
        files,
        vec!["2024/07/us-to-overhaul-command-of-its-forces-in-japan.md"]
    );
    let file = read(&site, &files[0]);
    let (yaml, paras) = split(&file);
    for want in [
        "title: US to Overhaul Command of Its Forces in Japan",
        "date: 2024-07-28T09:15:00+09:00",
        "source: Pacific Ledger",
        "source_url: https://pacific-ledger.example/world/2024/07/28/us-japan-command",
        "- Motoko Rich",
        "- John Ismay",
    ] {
        assert!(yaml.contains(want), "missing {want} in\n{yaml}");
    }
    assert!(!yaml.contains("date_inferred"));
    assert!(paras[0].starts_with("The United States will upgrade"));
    assert!(paras.contains(&"## What changes".to_string()));
    assert!(paras.contains(
        &"![Ministers at a news conference in Tokyo](https://pacific-ledger.example/img/ministers.jpg)"
            .to_string()
    ));
    assert!(paras.iter().any(|p| p.starts_with("- joint planning")
        && p.contains("[joint drills](https://pacific-ledger.example/topics/drills)")));
    assert!(
        paras
            .iter()
            .any(|p| p.starts_with("> “This is one of the strongest"))
    );
    assert!(paras.last().unwrap().starts_with("Critics in Japan"));
    for bad in [
        "Advertisement",
        "ADVERTISEMENT",
        "tracking",
        "Home",
        "Share on",
        "Related coverage",
        "Great article",
        "Post Comment",
        "All rights reserved",
        "<",
    ] {
        assert!(!file.contains(bad), "{bad} left in\n{file}");
    }
    // Only meta tags: OpenGraph title, author and time.
    let o = ingest(&site, &[fixture("html/og-only.html").to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o).1);
    let file = read(
        &site,
        "2024/07/rain-sabotage-and-the-seine-paris-opens-its-olympic-games.md",
    );
    let (yaml, paras) = split(&file);
    assert!(yaml.contains("source: Sports Daily"), "{yaml}");
    assert!(yaml.contains("- Catherine Porter"), "{yaml}");
    assert!(yaml.contains("date: 2024-07-26T21:30:00Z"), "{yaml}");
    assert_eq!(paras.len(), 3, "{paras:#?}");
    assert!(!file.contains("Read more"));
}

#[test]
fn feeds_declared_iso_8859_1_keep_their_accents() {
    // Two real feeds that declare ISO-8859-1 (a German RSS 1.0, a Brazilian RSS 2.0).
    let dir = repo().join("../shared/realpages/feeds");
    if !dir.exists() {
        eprintln!("skipping: ../shared/realpages is not beside the repository");
        return;
    }
    let site = TempSite::new(&[]);
    for (file, word) in [
        ("rss_1.0_iso8859.xml", "Förderung"),
        ("rss_2.0_encoding_1.xml", "Revolução"),
    ] {
        let o = ingest(
            &site,
            &["--format", "feed", dir.join(file).to_str().unwrap()],
        );
        assert!(o.status.success(), "{}", text(&o).1);
        let all = contents(&site).concat();
        assert!(all.contains(word), "{file}: {word} missing");
        assert!(!all.contains('Ã'), "{file}: double-decoded text");
    }
}

#[test]
fn untitled_feed_entries_are_titled_by_their_first_sentence_in_plain_text() {
    // A real RSS 0.92 feed (the spec's example, Dave Winer's) whose items have no title,
    // only a description with links in it.
    let feed = repo().join("../shared/realpages/feeds/rss_0.92_spec_1.xml");
    if !feed.exists() {
        eprintln!("skipping: ../shared/realpages is not beside the repository");
        return;
    }
    let site = TempSite::new(&[]);
    let o = ingest(&site, &["--format", "feed", feed.to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("ingested 3, skipped 0, failed 0"), "{out}");
    let mut titles: Vec<String> = contents(&site)
        .iter()
        .map(|file| {
            let (yaml, _) = split(file);
            yaml.lines()
                .find_map(|l| l.strip_prefix("title: "))
                .unwrap()
                .to_string()
        })
        .collect();
    titles.sort();
    for t in &titles {
        assert!(!t.contains("](") && !t.contains('\\'), "markup in {t}");
        assert!(t.chars().count() <= 120, "{t}");
    }
    assert!(
        titles
            .iter()
            .any(|t| t.trim_matches(['\'', '"']) == "Kevin Drennan started a Grateful Dead Weblog."),
        "{titles:?}"
    );
}

#[test]
fn feeds_become_one_article_per_entry() {
    let site = TempSite::new(&[]);
    let o = ingest(
        &site,
        &[
            fixture("feed/rss.xml").to_str().unwrap(),
            fixture("feed/atom.xml").to_str().unwrap(),
        ],
    );
    let (out, err) = text(&o);
    assert!(o.status.success(), "{err}");
    assert!(out.contains("ingested 3, skipped 0, failed 0"), "{out}");
    let full = read(
        &site,
        "2024/08/vietnams-communist-party-names-to-lam-general-secretary.md",
    );
    let (yaml, paras) = split(&full);
    assert!(yaml.contains("title: Vietnam’s Communist Party Names To Lam General Secretary"));
    assert!(yaml.contains("source: World News Wire"), "{yaml}");
    assert!(yaml.contains("source_url: https://wire.example/2024/08/03/vietnam-to-lam"));
    assert!(yaml.contains("- Sui-Lee Wee"), "{yaml}");
    assert!(yaml.contains("date: 2024-08-03T08:00:00+00:00"), "{yaml}");
    assert!(!yaml.contains("partial"), "{yaml}");
    assert_eq!(paras.len(), 2, "feed footer removed: {paras:#?}");
    let summary_only = read(
        &site,
        "2024/08/nigeria-police-fire-tear-gas-as-cost-of-living-protests-spread.md",
    );
    assert!(summary_only.contains("partial: true"), "{summary_only}");
    let atom = read(
        &site,
        "2024/07/july-22-was-the-hottest-day-ever-measured.md",
    );
    assert!(atom.contains("- Raymond Zhong") && atom.contains("source: Climate Desk"));
    // Feeds again: every entry is already present.
    let o = ingest(&site, &[fixture("feed/rss.xml").to_str().unwrap()]);
    assert!(text(&o).0.contains("ingested 0, skipped 2, failed 0"));
    assert!(site.build(&["--quiet"]).status.success());
}

#[test]
fn edited_file_is_kept_and_force_overwrites_keeping_curator_fields() {
    let site = TempSite::new(&[]);
    let input = fixture("text/newsroom.txt");
    let args = ["--date", "2024-07-11", input.to_str().unwrap()];
    assert!(ingest(&site, &args).status.success());
    let rel = "2024/07/kenyas-president-dismisses-cabinet-after-weeks-of-protests.md";
    let original = read(&site, rel);
    // Ingest writes no people, places or summary: the build detects them on every build, and
    // any in the file are the curator's.
    let front = original.split("\n---\n").next().unwrap();
    for key in ["people:", "places:", "summary:"] {
        assert!(!front.contains(key), "{key} written: {original}");
    }
    // The curator retitles it, adds tags, a note, people and a summary, and trims the body.
    let edited = original
        .replace(
            "title: Kenya's President",
            "tags: [kenya]\nnote: Worth reading.\npeople: [William Ruto]\nsummary: Curated.\ntitle: Kenya’s President",
        )
        .replace("NAIROBI, Kenya — ", "");
    fs::write(site.root().join("content").join(rel), &edited).unwrap();
    let o = ingest(&site, &args);
    let (out, _) = text(&o);
    assert!(out.contains("skipped 1"), "{out}");
    assert_eq!(read(&site, rel), edited, "the curator's edit survives");
    assert_eq!(content_files(&site).len(), 1);
    // --force re-ingests into the same file, keeping what only the curator writes.
    let o = ingest(
        &site,
        &["--force", "--date", "2024-07-11", input.to_str().unwrap()],
    );
    let (out, _) = text(&o);
    assert!(
        out.contains("ingested 1") && out.contains("(replaced)"),
        "{out}"
    );
    let forced = read(&site, rel);
    assert!(forced.contains("NAIROBI, Kenya — "), "body re-ingested");
    assert!(
        forced.contains("tags:\n- kenya") && forced.contains("note: Worth reading."),
        "{forced}"
    );
    assert!(
        forced.contains("people:\n- William Ruto") && forced.contains("summary: Curated."),
        "{forced}"
    );
    assert_eq!(content_files(&site).len(), 1);
    assert!(site.build(&["--quiet"]).status.success());
}

#[test]
fn taken_slug_gets_a_suffix() {
    let site = TempSite::new(&[(
        "content/2024/07/markets-rally.md",
        &article("Markets Rally", "2024-07-01", ""),
    )]);
    let a = "Markets Rally\nStocks rose sharply in Tokyo on Monday after the central bank held rates steady and signalled patience on future increases.\n";
    let b = "Markets Rally\nShares in São Paulo climbed for a third day as investors cheered a surprise fall in inflation and lower bond yields across the region.\n";
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), a).unwrap();
    fs::write(dir.path().join("b.txt"), b).unwrap();
    let o = ingest(
        &site,
        &["--date", "2024-07-02", dir.path().to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o).1);
    assert_eq!(
        content_files(&site),
        vec![
            "2024/07/markets-rally-2.md",
            "2024/07/markets-rally-3.md",
            "2024/07/markets-rally.md"
        ]
    );
    assert!(read(&site, "2024/07/markets-rally.md").contains("Body of Markets Rally"));
    assert!(site.build(&["--quiet"]).status.success());
}

#[test]
fn near_duplicate_is_recorded_and_shown_once() {
    let story = "Floodwaters swept through villages in northern Bangladesh on Tuesday, forcing tens of thousands of people from their homes as rivers rose to their highest levels in a decade, officials said.\nRescue teams used boats to reach stranded families, and the army was deployed to reinforce embankments along the Brahmaputra, according to the disaster management ministry.\nForecasters warned that more rain was expected through the weekend.";
    let site = TempSite::new(&[]);
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("1-wire.txt"),
        format!("Floods Force Thousands From Homes in Bangladesh\n{story}\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("2-paper.txt"),
        format!(
            "Bangladesh Floods Displace Tens of Thousands\n[ad_1]\n{story}\nThe report was compiled with agencies.\n"
        ),
    )
    .unwrap();
    let o = newsdesk(&[
        "ingest",
        "--root",
        site.root().to_str().unwrap(),
        "--date",
        "2024-07-02",
        "--source",
        "Wire",
        dir.path().join("1-wire.txt").to_str().unwrap(),
    ]);
    assert!(o.status.success());
    let o = newsdesk(&[
        "ingest",
        "--root",
        site.root().to_str().unwrap(),
        "--date",
        "2024-07-02",
        "--source",
        "The Daily Paper",
        dir.path().join("2-paper.txt").to_str().unwrap(),
    ]);
    let (out, _) = text(&o);
    assert!(
        out.contains("near-duplicate of floods-force-thousands-from-homes-in-bangladesh"),
        "{out}"
    );
    let dup = read(
        &site,
        "2024/07/bangladesh-floods-displace-tens-of-thousands.md",
    );
    assert!(
        dup.contains("duplicate_of: floods-force-thousands-from-homes-in-bangladesh"),
        "{dup}"
    );
    let o = site.build(&["--quiet"]);
    assert!(o.status.success(), "{}", text(&o).1);
    assert!(
        !site
            .out()
            .join("articles/2024/07/bangladesh-floods-displace-tens-of-thousands/index.html")
            .exists()
    );
    let page = fs::read_to_string(
        site.out()
            .join("articles/2024/07/floods-force-thousands-from-homes-in-bangladesh/index.html"),
    )
    .unwrap();
    assert!(page.contains("The Daily Paper"), "both sources credited");
}

#[test]
fn stdin_is_read_for_dash() {
    let site = TempSite::new(&[]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsdesk"))
        .args([
            "ingest",
            "--root",
            site.root().to_str().unwrap(),
            "--date",
            "2024-07-05",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Piped Story\n[ad_1]\nA paragraph that arrived on standard input, complete and unchanged.\nSource link\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", text(&o).1);
    let (_, paras) = split(&read(&site, "2024/07/piped-story.md"));
    assert_eq!(
        paras,
        vec!["A paragraph that arrived on standard input, complete and unchanged."]
    );
}

/// A tiny HTTP server on 127.0.0.1 answering a fixed number of requests, then stopping.
fn serve(requests: usize) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let page = fs::read_to_string(fixture("html/og-only.html")).unwrap();
    let feed = fs::read_to_string(fixture("feed/atom.xml")).unwrap();
    let handle = std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request_line = String::new();
            reader.read_line(&mut request_line).unwrap();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap() == 0 || h == "\r\n" {
                    break;
                }
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_string();
            let (status, ctype, body) = match path.as_str() {
                "/page" => ("200 OK", "text/html; charset=utf-8", page.clone()),
                "/feed" => ("200 OK", "application/atom+xml", feed.clone()),
                "/slow" => {
                    std::thread::sleep(Duration::from_millis(2500));
                    ("200 OK", "text/html", page.clone())
                }
                _ => ("404 Not Found", "text/plain", "no such page".to_string()),
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, handle)
}

#[test]
fn url_fetches_pages_and_feeds_and_names_failures() {
    let (base, server) = serve(4);
    let site = TempSite::new(&[]);
    let page = format!("{base}/page");
    let feed = format!("{base}/feed");
    let missing = format!("{base}/missing");
    let slow = format!("{base}/slow");
    let o = ingest(
        &site,
        &[
            "--timeout",
            "1",
            "--url",
            &page,
            "--url",
            &feed,
            "--url",
            &missing,
            "--url",
            &slow,
        ],
    );
    let (out, err) = text(&o);
    assert!(!o.status.success(), "failures make the exit code non-zero");
    assert!(
        out.contains("ingested 2, skipped 0, failed 2"),
        "{out}{err}"
    );
    assert!(
        err.contains(&format!("error: {missing}: HTTP status 404")),
        "{err}"
    );
    assert!(err.contains(&format!("error: {slow}: timed out")), "{err}");
    let files = content_files(&site);
    assert_eq!(files.len(), 2, "{files:?}");
    server.join().unwrap();
}

#[test]
fn mixed_batch_ingests_good_files_and_names_bad_ones() {
    let site = TempSite::new(&[]);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::copy(fixture("text/wordpress.txt"), d.join("good.txt")).unwrap();
    fs::copy(fixture("html/article.html"), d.join("good.html")).unwrap();
    fs::write(d.join("binary.bin"), [0x89, b'P', b'N', b'G', 0, 1, 2, 3]).unwrap();
    fs::write(d.join("empty.txt"), "").unwrap();
    fs::write(
        d.join("mojibake.txt"),
        b"Title\n\xC3\x28\xA0\xA1\xFE\xFF garbage\n",
    )
    .unwrap();
    fs::copy(fixture("html/no-article.html"), d.join("nav.html")).unwrap();
    fs::copy(fixture("feed/malformed.xml"), d.join("broken.xml")).unwrap();
    fs::write(
        d.join("cp1252.txt"),
        b"Windows Story\r\nThe minister\x92s \x93plan\x94 was approved \x96 narrowly \x96 on Tuesday.\r\n",
    )
    .unwrap();
    let o = ingest(&site, &["--date", "2024-07-03", d.to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        out.contains("ingested 3, skipped 0, failed 5"),
        "{out}{err}"
    );
    for (name, why) in [
        ("binary.bin", "binary file"),
        ("empty.txt", "empty file"),
        ("mojibake.txt", "not UTF-8"),
        ("nav.html", "no article"),
        ("broken.xml", "malformed feed"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not named in\n{err}"));
        assert!(line.starts_with("error: ") && line.contains(why), "{line}");
    }
    let cp = read(&site, "2024/07/windows-story.md");
    assert!(
        cp.contains("The minister’s “plan” was approved – narrowly – on Tuesday."),
        "{cp}"
    );
    assert!(site.build(&["--quiet"]).status.success());
}

#[test]
fn drafts_dates_dry_run_and_site_patterns() {
    let site = TempSite::new(&[]);
    site.write(
        "site.yaml",
        "title: T\nbase_url: https://example.org/\ningest:\n  draft: true\n  boilerplate:\n    - 'brought to you by .*'\n",
    );
    site.write(
        "in/story.txt",
        "A Story Without A Date\nThe only real paragraph of this story is this one, and it stays.\nBrought to you by Acme Widgets\n",
    );
    let input = site.root().join("in/story.txt");
    // --dry-run writes nothing but says what it would.
    let o = ingest(&site, &["--dry-run", input.to_str().unwrap()]);
    let (out, _) = text(&o);
    assert!(out.contains("would write content/"), "{out}");
    assert!(content_files(&site).is_empty());
    // No date anywhere: today, with a warning and date_inferred.
    let o = ingest(&site, &[input.to_str().unwrap()]);
    let (_, err) = text(&o);
    assert!(
        err.contains("warning:") && err.contains("date_inferred"),
        "{err}"
    );
    let files = content_files(&site);
    assert_eq!(files.len(), 1);
    let file = read(&site, &files[0]);
    let today = chrono::Utc::now().date_naive();
    assert!(file.contains(&format!("date: {today}")), "{file}");
    assert!(file.contains("date_inferred: true"));
    assert!(
        file.contains("draft: true"),
        "site.yaml ingest.draft applies"
    );
    assert!(!file.contains("Acme"), "site pattern applies");
    // Drafts stay out of the build.
    assert!(site.build(&["--quiet"]).status.success());
    assert!(
        !snapshot(&site.out())
            .keys()
            .any(|k| k.contains("a-story-without-a-date"))
    );
}

#[test]
fn draft_flag_marks_new_articles() {
    let site = TempSite::new(&[]);
    let o = ingest(
        &site,
        &[
            "--draft",
            "--date",
            "2024-07-27",
            fixture("text/wrapped.txt").to_str().unwrap(),
        ],
    );
    assert!(o.status.success());
    let files = content_files(&site);
    assert!(read(&site, &files[0]).contains("draft: true"));
}

#[test]
fn no_partial_file_is_left_and_format_flag_overrides() {
    // HTML read as text keeps its markup lines as text: the flag is obeyed.
    let site = TempSite::new(&[]);
    let o = ingest(
        &site,
        &[
            "--format",
            "text",
            "--date",
            "2024-07-27",
            fixture("html/og-only.html").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o).1);
    let all = snapshot(site.root());
    assert!(all.keys().all(|k| !k.ends_with(".tmp")), "{:?}", all.keys());
    let mut bytes = Vec::new();
    fs::File::open(site.root().join("content").join(&content_files(&site)[0]))
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    assert!(String::from_utf8(bytes).unwrap().contains("<p>PARIS"));
}

#[test]
fn missing_site_or_path_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = newsdesk(&["ingest", "--root", dir.path().to_str().unwrap(), "x.txt"]);
    assert!(!o.status.success());
    assert!(text(&o).1.contains("site.yaml not found"));
    let site = TempSite::new(&[]);
    let o = ingest(&site, &[Path::new("no/such/file.txt").to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(!o.status.success());
    assert!(
        err.contains("error: no/such/file.txt: no such file"),
        "{err}"
    );
    assert!(out.contains("failed 1"));
}

#[test]
fn hand_written_files_without_fingerprint_count_as_present() {
    let sample = fixture("text/sample-000.txt");
    let args = ["--date", "2024-07-27", sample.to_str().unwrap()];
    // Same title and date, different text: the curator wrote it by hand.
    let site = TempSite::new(&[(
        "content/2024/07/blinken-talks.md",
        &article(
            "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
            "2024-07-27",
            "",
        ),
    )]);
    let o = ingest(&site, &args);
    let (out, _) = text(&o);
    assert!(
        out.contains("skipped 1") && out.contains("same title and date"),
        "{out}"
    );
    // Same title, another day: a different article, written with a free slug.
    let site = TempSite::new(&[(
        "content/2024/06/blinken-talks.md",
        &article(
            "Blinken and a Top Chinese Official in Talks on U.S.-China Tensions",
            "2024-06-01",
            "",
        ),
    )]);
    let o = ingest(&site, &args);
    assert!(text(&o).0.contains("ingested 1"), "{}", text(&o).0);
    // Same text under another title: present too.
    let body =
        fs::read_to_string(repo().join(format!("content/2024/07/{SAMPLE_SLUG}.md"))).unwrap();
    let (_, paras) = split(&body);
    let site = TempSite::new(&[(
        "content/2024/07/renamed.md",
        &format!(
            "---\ntitle: Renamed By The Curator\ndate: 2024-07-28\n---\n\n{}\n",
            paras.join("\n\n")
        ),
    )]);
    let o = ingest(&site, &args);
    assert!(text(&o).0.contains("skipped 1"), "{}", text(&o).0);
}

/// Saved real pages (`../shared/realpages/web/*.html.gz`), unpacked into `dir`.
fn real_pages(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
    let web = repo().join("../shared/realpages/web");
    names
        .iter()
        .map(|n| {
            let gz = fs::File::open(web.join(format!("{n}.html.gz"))).expect("saved page");
            let mut html = Vec::new();
            flate2::read::GzDecoder::new(gz)
                .read_to_end(&mut html)
                .unwrap();
            let path = dir.join(format!("{n}.html"));
            fs::write(&path, html).unwrap();
            path
        })
        .collect()
}

#[test]
fn real_pages_link_out_not_into_the_digest_and_keep_title_date_language() {
    let site = TempSite::new(&[]);
    let pages = tempfile::tempdir().unwrap();
    let files = real_pages(
        pages.path(),
        &[
            "en.wikipedia.org.tsne",
            "dw.com.colonial",
            "chineselyrics4u.com.zhineng",
            "blog.python.org",
            "sonntag-sachsen.de.emanuel",
        ],
    );
    let mut args = vec!["--quiet"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    let o = ingest(&site, &args);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(
        out.contains("ingested 5, skipped 0, failed 0"),
        "{out}{err}"
    );
    let mut fronts = String::new();
    for f in content_files(&site) {
        let file = read(&site, &f);
        // Every link of the body is absolute: nothing points into the digest.
        for rel in ["](/", "](#", "](.", "](wiki/"] {
            assert!(!file.contains(rel), "{rel} in {f}");
        }
        fronts.push_str(&split(&file).0);
        fronts.push('\n');
    }
    for want in [
        "title: t-distributed stochastic neighbor embedding",
        "title: Berlin confronts Germany's colonial past with new initiative",
        "date: 2019-06-07",
        "date: 2016-12-23",
        "title: Emanuel Scobel wird Thomanerchor-Geschäftsführer",
        "language: de",
        "language: en",
    ] {
        assert!(
            fronts.to_lowercase().contains(&want.to_lowercase()),
            "missing {want} in\n{fronts}"
        );
    }
    let wiki = read(
        &site,
        &content_files(&site)
            .into_iter()
            .find(|f| f.contains("dimensionality") || f.contains("stochastic"))
            .expect("the t-SNE article"),
    );
    assert!(wiki.contains("(https://en.wikipedia.org/wiki/Machine_learning)"));
    // Ingested, built and checked: no broken link comes from ingested content.
    let o = site.build(&[]);
    assert!(o.status.success(), "{}", text(&o).1);
    let o = newsdesk(&["check", "--root", site.root().to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    assert!(!format!("{out}{err}").contains("broken link"), "{out}{err}");
}

#[test]
fn furniture_lines_inserted_into_a_real_scraped_file_are_all_dropped() {
    // The shared sample (a real scraped article), ingested clean and again with every known
    // furniture line inserted between its paragraphs (after each one in turn, cycling):
    // the article must come out the same, with nothing of the furniture left.
    let sample = fs::read_to_string(fixture("text/sample-000.txt")).unwrap();
    let furniture: Vec<String> = fs::read_to_string(fixture("text/furniture-lines.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    assert!(furniture.len() >= 100);
    let lines: Vec<&str> = sample.lines().collect();
    let body_at = |site: &TempSite| {
        let files = content_files(site);
        assert_eq!(files.len(), 1);
        split(&read(site, &files[0])).1
    };
    let clean_site = TempSite::new(&[]);
    let o = ingest(
        &clean_site,
        &[
            "--date",
            "2024-07-27",
            fixture("text/sample-000.txt").to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o).1);
    let want = body_at(&clean_site);
    assert!(want.len() >= 10);
    // Batches of furniture after each line from the second (the first is the title); every
    // batch runs, so a failure lists all the lines kept, not the first batch's.
    let mut kept_all = Vec::new();
    let mut changed = Vec::new();
    for batch in furniture.chunks(lines.len() - 1) {
        let mut mixed = vec![lines[0].to_string()];
        for (i, l) in lines[1..].iter().enumerate() {
            mixed.push(l.to_string());
            if let Some(f) = batch.get(i) {
                mixed.push(f.clone());
            }
        }
        let site = TempSite::new(&[]);
        let path = site.root().join("scraped.txt");
        fs::write(&path, mixed.join("\n") + "\n").unwrap();
        let o = ingest(&site, &["--date", "2024-07-27", path.to_str().unwrap()]);
        assert!(o.status.success(), "{}", text(&o).1);
        let got = body_at(&site);
        let kept: Vec<String> = got.iter().filter(|p| !want.contains(p)).cloned().collect();
        if kept.is_empty() && got != want {
            changed.push(got);
        }
        kept_all.extend(kept);
    }
    assert!(
        kept_all.is_empty(),
        "{} furniture lines kept: {kept_all:#?}",
        kept_all.len()
    );
    assert!(
        changed.is_empty(),
        "article paragraphs changed: {changed:#?}"
    );
}

#[test]
fn odd_pages_never_crash_and_fail_on_one_line() {
    // Item 9 of issue #15: any script, any encoding, mixed languages, mostly code, empty.
    let para = |s: &str| format!("<p>{}</p>", s.repeat(6));
    let pages: Vec<(&str, Vec<u8>)> = vec![
        ("empty.html", Vec::new()),
        ("blank.html", b"<html><body>   \n </body></html>".to_vec()),
        ("binary.html", (0u8..=255).cycle().take(4096).collect()),
        (
            "latin1.html",
            b"<html><head><meta charset=iso-8859-1><title>Gr\xfc\xdfe aus K\xf6ln</title></head><body><article><p>Gr\xfc\xdfe aus K\xf6ln, wo die Stra\xdfenbahn seit Montag wieder f\xe4hrt und die Fahrg\xe4ste aufatmen, weil der Umweg \xfcber die Br\xfccke endlich wegf\xe4llt und alles wieder l\xe4uft wie fr\xfcher.</p></article></body></html>".to_vec(),
        ),
        (
            "arabic.html",
            format!("<html dir=rtl lang=ar><head><title>خبر</title></head><body><article>{}</article></body></html>",
                para("أعلنت الحكومة اليوم عن خطة جديدة لتوسيع شبكة المترو في المدينة. ")).into_bytes(),
        ),
        (
            "mixed.html",
            format!("<html><head><title>Mixed</title></head><body><article>{}{}{}</article></body></html>",
                para("Der Zug fährt heute später ab. "), para("The train leaves later today. "), para("列车今天晚些时候出发。")).into_bytes(),
        ),
        (
            "code.html",
            format!("<html><head><title>Code</title></head><body><article><p>Run it:</p><pre>{}</pre></article></body></html>",
                "fn main() { println!(\"&lt;div&gt;\"); }\n".repeat(40)).into_bytes(),
        ),
        (
            "deep.html",
            format!("<html><head><title>Deep</title></head><body>{}<p>word</p></body></html>", "<div><span>".repeat(800)).into_bytes(),
        ),
    ];
    let site = TempSite::new(&[]);
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in &pages {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    let o = ingest(
        &site,
        &["--date", "2024-07-27", dir.path().to_str().unwrap()],
    );
    let (out, err) = text(&o);
    assert!(o.status.code().is_some(), "killed by a signal: {err}");
    assert!(!err.contains("panicked"), "{err}");
    // Every page is accounted for: written, or named in exactly one error line.
    let written = content_files(&site).len();
    let failed: Vec<&str> = err.lines().filter(|l| l.contains(".html")).collect();
    for l in &failed {
        assert!(
            pages.iter().any(|(n, _)| l.contains(n)),
            "error line names no file: {l}"
        );
    }
    assert_eq!(
        written + failed.len(),
        pages.len(),
        "out:\n{out}\nerr:\n{err}"
    );
    for good in ["latin1.html", "arabic.html", "mixed.html", "code.html"] {
        assert!(
            !failed.iter().any(|l| l.contains(good)),
            "{good} failed: {err}"
        );
    }
    // A file written from the Latin-1 page reads as UTF-8 with its umlauts.
    let all: String = content_files(&site)
        .iter()
        .map(|f| read(&site, f))
        .collect();
    assert!(all.contains("Straßenbahn"), "{all}");
}

/// The story's paragraphs of one of our own benchmark pages (`benches/realpages/extra`).
fn written_story(name: &str) -> Vec<String> {
    let path = repo().join(format!("benches/realpages/extra/{name}.txt"));
    fs::read_to_string(path)
        .unwrap()
        .split("\n\n")
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn the_story_the_page_declares_wins_over_a_longer_block() {
    // A reader-reply thread inside the post, and the next story appended below the first
    // (in an `<article>` of its own, or in a plain block): each outscores the story for
    // readability.
    for (name, not) in [
        ("bramwellbeacon.co.uk.ferry-vote", "Good luck finding"),
        ("valleycourier.co.uk.rail-reopens", "Greenfold Homes"),
        ("elmbridgeecho.co.uk.street-trees", "bus depot"),
    ] {
        let site = TempSite::new(&[]);
        let page = repo().join(format!("benches/realpages/extra/{name}.html"));
        let o = ingest(&site, &[page.to_str().unwrap()]);
        assert!(o.status.success(), "{name}: {}", text(&o).1);
        let files = content_files(&site);
        assert_eq!(files.len(), 1, "{name}: {files:?}");
        let out = read(&site, &files[0]);
        for p in written_story(name) {
            assert!(out.contains(&p), "{name}: lost «{p}» in\n{out}");
        }
        assert!(!out.contains(not), "{name}: kept «{not}» in\n{out}");
    }
}

#[test]
fn an_old_table_page_and_a_drupal_date_read_right() {
    // Two of batch 15's written pages: a hand-made table layout whose story is <br>-separated
    // text inside <font>, titled "Site - headline" with no <h1>; a Drupal 7 blog dated only
    // "Submitted by … on Fri, 12/05/2025 - 10:15".
    let extra = repo().join("benches/realpages/extra");
    let pages = tempfile::tempdir().unwrap();
    let old = fs::read_to_string(extra.join("harlancountyhistory.org.millers-ford-bridge.html"))
        .unwrap()
        .replace(
            "</head>",
            "<link rel=\"canonical\" href=\"http://www.harlancountyhistory.org/news/millers-ford-bridge.html\">\n</head>",
        );
    fs::write(pages.path().join("old.html"), old).unwrap();
    fs::copy(
        extra.join("prairiepolicy.org.farmland-solar-2024.html"),
        pages.path().join("drupal.html"),
    )
    .unwrap();
    let site = TempSite::new(&[]);
    let o = ingest(&site, &["--quiet", pages.path().to_str().unwrap()]);
    let (out, err) = text(&o);
    assert!(o.status.success(), "{out}{err}");
    let files: Vec<String> = content_files(&site)
        .iter()
        .map(|f| read(&site, f))
        .collect();
    let old = files
        .iter()
        .find(|f| f.contains("Miller's Ford"))
        .expect("the table page");
    let (front, paras) = split(old);
    assert!(
        front.contains(
            "title: Volunteers finish restoring the 1912 covered bridge at Miller's Ford"
        ),
        "{front}"
    );
    // Each <br><br> run is a paragraph break; the headline, its date line and "<< Back to
    // News" are not text.
    assert_eq!(paras.len(), 4, "{paras:#?}");
    assert!(paras[0].starts_with("After three summers"), "{paras:#?}");
    assert!(paras[3].starts_with("The bridge reopens"), "{paras:#?}");
    assert!(!old.contains("Posted 12/05/2025"), "{old}");
    let drupal = files
        .iter()
        .find(|f| f.contains("solar"))
        .expect("the Drupal page");
    // Fri, 12/05/2025 is 5 December (a Friday), not 12 May (a Monday).
    assert!(split(drupal).0.contains("date: 2025-12-05"), "{drupal}");
}
