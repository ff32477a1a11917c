//! The persistent build cache (`.newsdesk/cache/build/`): a CLI build after edits, reading
//! what the last CLI build kept, writes byte for byte what a cold build writes; a damaged
//! or foreign cache is ignored with one warning and rewritten; deleting it is safe. A build
//! whose inputs and output are as the last build left them writes nothing at all, and any
//! change to an input or to the output is seen.

mod common;

use std::fs;
use std::path::Path;

use common::*;

/// A site of several events, each reported by two to four outlets.
fn story_site() -> TempSite {
    let sources = ["Reuters", "Agence", "Herald", "Courier"];
    let mut files = Vec::new();
    for event in 0..8 {
        for (r, source) in sources.iter().enumerate().take(2 + event % 3) {
            let date = format!("2024-07-{:02}", 1 + event * 3);
            files.push((
                format!("content/e{event:02}-{r}.md"),
                event_report(event, source, r, &date),
            ));
        }
    }
    TempSite::with_files(&files)
}

/// The search words' file, one of the cache's kinds.
fn cache_file(site: &TempSite) -> std::path::PathBuf {
    kind_file(site, "search.bin")
}

fn kind_file(site: &TempSite, name: &str) -> std::path::PathBuf {
    site.root().join(".newsdesk/cache/build").join(name)
}

/// Builds with the CLI (which uses the cache) and returns its stderr (with the phases).
fn cli_build(site: &TempSite) -> String {
    let o = site.build(&["-v"]);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "{stderr}");
    stderr
}

/// The CLI build's output equals a cold in-process build's, byte for byte (bookkeeping
/// files aside).
fn assert_same_as_cold(site: &TempSite, step: &str) {
    // Outside the site: a folder in it would be one more input.
    let cold_dir = tempfile::tempdir().unwrap();
    let cold = cold_dir.path().join("cold");
    newsdesk::build(&site.options(cold.clone())).unwrap();
    let bookkeeping = newsdesk::output::bookkeeping_files();
    let pages = |dir: &Path| {
        let mut s = snapshot(dir);
        s.retain(|p, _| !bookkeeping.contains(&p.as_str()));
        s
    };
    let (w, c) = (pages(&site.out()), pages(&cold));
    assert!(
        c.keys().any(|p| p.starts_with("search/")),
        "the index is compared too"
    );
    let differ: Vec<&String> = c
        .keys()
        .chain(w.keys())
        .filter(|p| w.get(*p) != c.get(*p))
        .collect();
    assert!(differ.is_empty(), "after {step}, these differ: {differ:?}");
}

#[test]
fn cached_builds_write_what_a_cold_build_writes() {
    let site = story_site();
    let first = cli_build(&site);
    assert!(!first.contains("warning"), "{first}");
    let cache = cache_file(&site);
    let written = fs::read(&cache).expect("the build writes its cache");
    assert!(written.starts_with(b"newsdesk build cache "));
    assert_same_as_cold(&site, "the first build");
    // An edit that moves a report to another event, a new report and a deleted one.
    site.write(
        "content/e01-0.md",
        &event_report(4, "Reuters", 0, "2024-07-13"),
    );
    site.write(
        "content/e05-9.md",
        &event_report(5, "Wire", 3, "2024-07-16"),
    );
    fs::remove_file(site.root().join("content/e02-1.md")).unwrap();
    let second = cli_build(&site);
    assert!(!second.contains("warning"), "{second}");
    assert_ne!(
        fs::read(&cache).unwrap(),
        written,
        "the cache follows the edits"
    );
    assert_same_as_cold(&site, "edits read with the cache");
    // A no-op build keeps everything.
    cli_build(&site);
    assert_same_as_cold(&site, "a no-op build");
    // An edit to a body only rewrites the search words, not the front matter's file.
    use std::os::unix::fs::MetadataExt;
    let inode = |name: &str| fs::metadata(kind_file(&site, name)).unwrap().ino();
    let (fronts, words) = (inode("fronts.bin"), inode("search.bin"));
    site.write(
        "content/e04-1.md",
        &event_report(4, "Agence", 1, "2024-07-13").replace("More later.", "Body only."),
    );
    cli_build(&site);
    assert_eq!(
        inode("fronts.bin"),
        fronts,
        "unchanged front matter is not rewritten"
    );
    assert_ne!(inode("search.bin"), words, "the search words are");
    assert_same_as_cold(&site, "an edit to a body");
    // The posting lists of an earlier write (as a save cut short would leave them) beside a
    // later memo: used only where they still apply, so the index is what a cold build makes.
    let lists = kind_file(&site, "search/postings.bin");
    let earlier = fs::read(&lists).expect("the build keeps the posting lists");
    site.write(
        "content/e06-0.md",
        &event_report(6, "Reuters", 0, "2024-07-19").replace("More later.", "Lists move."),
    );
    cli_build(&site);
    assert_ne!(
        fs::read(&lists).unwrap(),
        earlier,
        "the lists follow an edit"
    );
    fs::write(&lists, &earlier).unwrap();
    site.write(
        "content/e06-0.md",
        &event_report(6, "Reuters", 0, "2024-07-19").replace("More later.", "Lists again."),
    );
    let stale = cli_build(&site);
    assert!(!stale.contains("warning"), "{stale}");
    assert_same_as_cold(&site, "posting lists of an earlier write");
    // Deleting the cache is safe: the next build is a cold one, silently.
    fs::remove_dir_all(site.root().join(".newsdesk/cache/build")).unwrap();
    site.write(
        "content/e03-0.md",
        &event_report(3, "Reuters", 0, "2024-07-10").replace("More later.", "Rescued."),
    );
    let third = cli_build(&site);
    assert!(!third.contains("warning"), "{third}");
    assert!(cache.exists());
    assert_same_as_cold(&site, "a deleted cache");
}

#[test]
fn many_articles_edited_at_once_are_indexed_as_a_cold_build_indexes_them() {
    // More changed documents than the kept posting lists and word look-ups take one by one:
    // the lists are made afresh and the words looked up in a map of them all, while a
    // few edits update the lists in place; both must write what a cold build writes.
    let files: Vec<(String, String)> = (0..80)
        .map(|k| {
            let date = format!("2024-07-{:02}", 1 + k % 28);
            let source = ["Reuters", "Agence", "Herald"][k % 3];
            (
                format!("content/r{k:02}.md"),
                event_report(k % 11, source, k % 4, &date),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    cli_build(&site);
    for (k, (path, text)) in files.iter().enumerate() {
        site.write(
            path,
            &text.replace("More later.", &format!("Word{k} turns up.")),
        );
    }
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_same_as_cold(&site, "80 edits at once");
    for k in [3, 40] {
        let (path, text) = &files[k];
        site.write(path, &text.replace("More later.", "Unheardof words."));
    }
    cli_build(&site);
    assert_same_as_cold(&site, "two edits after many");
}

#[test]
fn a_damaged_cache_is_ignored_with_one_warning_and_rewritten() {
    let site = story_site();
    cli_build(&site);
    // Each kind's file in turn: one flipped byte in the middle, a truncated file, garbage.
    // Of the outlines' shards, the largest (some of 16 hold none at this size).
    let outline_shard = (0..16)
        .map(|n| format!("outlines/{n:02}.bin"))
        .max_by_key(|name| fs::metadata(kind_file(&site, name)).unwrap().len())
        .unwrap();
    type Spoil = fn(Vec<u8>) -> Vec<u8>;
    let damage: [(&str, &str, Spoil); 9] = [
        ("stories.bin", "a flipped byte", |mut b| {
            let mid = b.len() / 2;
            b[mid] ^= 0x55;
            b
        }),
        ("search.bin", "a truncated file", |b| {
            b[..b.len() / 3].to_vec()
        }),
        ("fronts.bin", "garbage", |_| b"not a cache at all".to_vec()),
        ("texts.bin", "a cut checksum", |b| {
            let end = b.iter().position(|&c| c == b'\n').unwrap() + 4;
            b[..end].to_vec()
        }),
        ("briefs.bin", "a flipped byte in the briefs", |mut b| {
            let last = b.len() - 1;
            b[last] ^= 0x55;
            b
        }),
        (
            &outline_shard,
            "a flipped byte in an outline's lead",
            |mut b| {
                let last = b.len() - 1;
                b[last] ^= 0x55;
                b
            },
        ),
        // Shards of the story and search files' per-article entries.
        ("stories/03.bin", "a flipped byte in a shard", |mut b| {
            let last = b.len() - 1;
            b[last] ^= 0x55;
            b
        }),
        ("search/11.bin", "a truncated shard", |b| {
            b[..b.len() - 2].to_vec()
        }),
        (
            "search/postings.bin",
            "a flipped byte in the posting lists",
            |mut b| {
                let last = b.len() - 1;
                b[last] ^= 0x55;
                b
            },
        ),
    ];
    for (name, what, spoil) in damage {
        let file = kind_file(&site, name);
        let good = fs::read(&file).expect("the build writes each kind");
        fs::write(&file, spoil(good.clone())).unwrap();
        site.write(
            "content/e00-0.md",
            &event_report(0, "Reuters", 0, "2024-07-01").replace("More later.", what),
        );
        let stderr = cli_build(&site);
        let warnings = warnings(&stderr);
        assert_eq!(warnings.len(), 1, "{what}: {stderr}");
        assert!(
            warnings[0].contains(name) && warnings[0].contains("damaged"),
            "{what}: {stderr}"
        );
        assert_same_as_cold(&site, what);
        // Rewritten: the next build reads it without a warning.
        assert_ne!(fs::read(&file).unwrap(), spoil(good), "{name} is rewritten");
        let again = cli_build(&site);
        assert!(!again.contains("warning"), "{what}: {again}");
    }
}

/// The shard files of one kind (`stories` or `search`) with their inodes (a shard is
/// rewritten by renaming a new file into place).
fn shard_inodes(site: &TempSite, kind: &str) -> Vec<u64> {
    use std::os::unix::fs::MetadataExt;
    (0..16)
        .map(|n| {
            let file = kind_file(site, &format!("{kind}/{n:02}.bin"));
            fs::metadata(&file).expect("every shard is written").ino()
        })
        .collect()
}

#[test]
fn an_edit_rewrites_only_the_shards_it_changes_and_a_stale_or_missing_one_is_not_trusted() {
    let site = story_site();
    cli_build(&site);
    let before = shard_inodes(&site, "search");
    let story_shards = |site: &TempSite| -> Vec<Vec<u8>> {
        (0..16)
            .map(|n| fs::read(kind_file(site, &format!("stories/{n:02}.bin"))).unwrap())
            .collect()
    };
    let old_stories = story_shards(&site);
    // One body edit changes one search document: its old entry leaves a shard, its new one
    // joins one (the same or another); every other shard is left alone.
    site.write(
        "content/e03-1.md",
        &event_report(3, "Agence", 1, "2024-07-10").replace("More later.", "A new sentence."),
    );
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    let after = shard_inodes(&site, "search");
    let rewritten = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(
        (1..=2).contains(&rewritten),
        "{rewritten} search shards rewritten"
    );
    assert_same_as_cold(&site, "an edit with sharded entries");

    // A shard of an earlier write (as a save cut short would leave it) is not used with the
    // main file of a later one, when it differs.
    site.write(
        "content/e05-0.md",
        &event_report(5, "Reuters", 0, "2024-07-16").replace("More later.", "Moved on."),
    );
    cli_build(&site);
    let n = story_shards(&site)
        .iter()
        .zip(&old_stories)
        .position(|(now, old)| now != old)
        .expect("the edits changed story grouping's entries");
    let name = format!("stories/{n:02}.bin");
    fs::write(kind_file(&site, &name), &old_stories[n]).unwrap();
    site.write(
        "content/e05-0.md",
        &event_report(5, "Reuters", 0, "2024-07-16").replace("More later.", "Moved again."),
    );
    let stderr = cli_build(&site);
    let found = warnings(&stderr);
    assert_eq!(found.len(), 1, "{stderr}");
    assert!(
        found[0].contains(&name) && found[0].contains("another write"),
        "{stderr}"
    );
    assert_same_as_cold(&site, "a stale shard");

    // A deleted shard: the kind is ignored with one warning and written again whole.
    fs::remove_file(kind_file(&site, "search/00.bin")).unwrap();
    site.write(
        "content/e07-0.md",
        &event_report(7, "Reuters", 0, "2024-07-22").replace("More later.", "Shard gone."),
    );
    let stderr = cli_build(&site);
    let found = warnings(&stderr);
    assert_eq!(found.len(), 1, "{stderr}");
    assert!(
        found[0].contains("search/00.bin") && found[0].contains("missing"),
        "{stderr}"
    );
    assert_same_as_cold(&site, "a deleted shard");
    assert!(kind_file(&site, "search/00.bin").exists());
    // Written again whole: the next edit reads every kind without a warning.
    site.write(
        "content/e07-0.md",
        &event_report(7, "Reuters", 0, "2024-07-22").replace("More later.", "Shard back."),
    );
    let again = cli_build(&site);
    assert!(!again.contains("warning"), "{again}");
    assert_same_as_cold(&site, "the kind written again");
}

#[test]
fn a_cache_of_another_version_is_ignored_with_one_warning() {
    let site = story_site();
    cli_build(&site);
    let cache = cache_file(&site);
    let good = fs::read(&cache).unwrap();
    let line_end = good.iter().position(|&b| b == b'\n').unwrap();
    let mut foreign = b"newsdesk build cache 0.0.1 format 1".to_vec();
    foreign.extend_from_slice(&good[line_end..]);
    fs::write(&cache, &foreign).unwrap();
    site.write(
        "content/e06-0.md",
        &event_report(6, "Reuters", 0, "2024-07-19").replace("More later.", "Later."),
    );
    let stderr = cli_build(&site);
    let warnings = warnings(&stderr);
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].contains("another version or build of newsdesk (0.0.1 format 1)"),
        "{stderr}"
    );
    assert_same_as_cold(&site, "a foreign cache");
    let again = cli_build(&site);
    assert!(!again.contains("warning"), "{again}");
}

#[test]
fn a_cache_written_by_another_build_of_newsdesk_is_not_trusted() {
    // Same version, same format number, but another executable (a copy is another file):
    // what it cached may have another meaning, so it is ignored with one warning.
    let site = story_site();
    cli_build(&site);
    assert!(cache_file(&site).exists());
    let bin = tempfile::tempdir().unwrap();
    let copy = bin.path().join("newsdesk");
    fs::copy(env!("CARGO_BIN_EXE_newsdesk"), &copy).unwrap();
    let o = std::process::Command::new(&copy)
        .args(["build", "--root", site.root().to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let warnings = warnings(&stderr);
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("another version or build"), "{stderr}");
    assert_same_as_cold(&site, "a cache of another build");
}

#[test]
fn the_cache_is_ignored_by_git_in_new_sites() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let o = newsdesk(&["init", root.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = newsdesk(&["build", "--root", root.to_str().unwrap(), "--quiet"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for name in ["stories.bin", "search.bin", "fronts.bin"] {
        assert!(
            root.join(".newsdesk/cache/build").join(name).exists(),
            "{name}"
        );
    }
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(&root)
            .output()
            .unwrap()
    };
    assert!(git(&["init", "-q"]).status.success());
    let o = git(&["check-ignore", ".newsdesk/cache/build/search.bin"]);
    assert!(o.status.success(), "git ignores the build cache");
    let o = git(&["check-ignore", ".newsdesk/state/x"]);
    assert!(!o.status.success(), "but not the state");
}

/// Every file under `dir` with its modification time.
fn mtimes(dir: &Path) -> std::collections::BTreeMap<String, std::time::SystemTime> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_string_lossy().into();
            (rel, e.metadata().unwrap().modified().unwrap())
        })
        .collect()
}

/// The phase a build that finds nothing to do reports (`build -v`).
const NOTHING_TO_DO: &str = "check inputs and output: nothing to do";

fn warnings(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("warning"))
        .collect()
}

/// Builds and checks that nothing was written: no output file, no cache file touched, and
/// the report says so (repeating the warnings of the build that did the work).
fn assert_no_op(site: &TempSite, step: &str) -> String {
    let before = (mtimes(&site.out()), mtimes(&site.root().join(".newsdesk")));
    let stderr = cli_build(site);
    let after = (mtimes(&site.out()), mtimes(&site.root().join(".newsdesk")));
    assert_eq!(before, after, "{step}: a no-op build writes nothing");
    assert!(stderr.contains("(0 written, "), "{step}: {stderr}");
    assert!(stderr.contains(NOTHING_TO_DO), "{step}: {stderr}");
    stderr
}

#[test]
fn a_build_with_nothing_to_do_writes_nothing_and_repeats_the_warnings() {
    let site = story_site();
    site.write(
        "content/dup.md",
        &article("Copy", "2024-07-02", "duplicate_of: no-such-article\n"),
    );
    let first = cli_build(&site);
    assert_eq!(warnings(&first).len(), 1, "{first}");
    assert!(
        site.root()
            .join(".newsdesk/cache/build/inputs.bin")
            .exists()
    );
    // At once (every input too recent for its stamp: compared by content) and once settled
    // (compared by stamp), nothing is written and the warning is given again.
    let again = assert_no_op(&site, "right after a build");
    assert_eq!(warnings(&again), warnings(&first));
    for e in walkdir::WalkDir::new(site.root().join("content")) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            settle(e.path());
        }
    }
    // Settling changed the stamps: one build records them, then nothing to do.
    cli_build(&site);
    assert_no_op(&site, "settled inputs");
    assert_same_as_cold(&site, "no-op builds");
    // --full never skips: it renders and compares everything (and still writes nothing).
    let full = site.build(&["--full", "-v"]);
    let stderr = String::from_utf8_lossy(&full.stderr);
    assert!(full.status.success(), "{stderr}");
    assert!(
        stderr.contains("(0 written, ") && !stderr.contains(NOTHING_TO_DO),
        "{stderr}"
    );
}

#[test]
fn every_kind_of_input_change_is_seen() {
    let site = story_site();
    cli_build(&site);
    let settle_all = || {
        for e in walkdir::WalkDir::new(site.root()) {
            let e = e.unwrap();
            if e.file_type().is_file() && !e.path().starts_with(site.out()) {
                settle(e.path());
            }
        }
    };
    settle_all();
    cli_build(&site);
    assert_no_op(&site, "settled");
    // An edit that keeps the file's size and modification time (the change time still moves).
    let file = site.root().join("content/e03-1.md");
    let text = fs::read_to_string(&file).unwrap();
    let mtime = fs::metadata(&file).unwrap().modified().unwrap();
    fs::write(&file, text.replacen("Officials", "Officiels", 1)).unwrap();
    common::set_mtime(&file, mtime);
    let stderr = cli_build(&site);
    assert!(!stderr.contains("(0 written, "), "{stderr}");
    assert_same_as_cold(&site, "an edit keeping size and time");
    let changes: [(&str, &dyn Fn()); 6] = [
        ("a template", &|| {
            site.write(
                "templates/partials/footer.html",
                "<footer>Edited footer</footer>\n",
            )
        }),
        ("a static file", &|| site.write("static/extra.txt", "new\n")),
        ("the site language", &|| {
            site.write(
                "site.yaml",
                "title: Test Digest\nbase_url: https://example.org/\nlanguage: fr\n",
            )
        }),
        ("the curator registry", &|| {
            site.write(
                "data/people.yaml",
                "people:\n  - name: Jane Doe\n    role: Minister\n",
            )
        }),
        ("a deleted article", &|| {
            fs::remove_file(site.root().join("content/e07-1.md")).unwrap()
        }),
        ("a renamed article", &|| {
            fs::rename(
                site.root().join("content/e06-0.md"),
                site.root().join("content/e06-renamed.md"),
            )
            .unwrap()
        }),
    ];
    for (what, change) in changes {
        change();
        let stderr = cli_build(&site);
        assert!(!stderr.contains(NOTHING_TO_DO), "{what}: {stderr}");
        assert_same_as_cold(&site, what);
        assert_no_op(&site, what);
    }
    // Another --base-url is another output.
    let o = site.build(&["--base-url", "https://other.example/", "-v"]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && !stderr.contains(NOTHING_TO_DO),
        "{stderr}"
    );
}

#[test]
fn output_files_changed_or_deleted_since_the_last_build_are_restored() {
    let site = story_site();
    cli_build(&site);
    assert_no_op(&site, "after the first build");
    let out = site.out();
    let page = |rel: &str| out.join(rel);
    // One page deleted, one edited at the same size (the manifest's size check cannot see
    // it), one edited at another size, and a search index file deleted.
    fs::remove_file(page("index.html")).unwrap();
    let about = page("atom.xml");
    let mut bytes = fs::read(&about).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
    fs::write(&about, &bytes).unwrap();
    let other = fs::read_dir(out.join("editions"))
        .unwrap()
        .map(|e| e.unwrap().path().join("index.html"))
        .find(|p| p.is_file())
        .expect("an edition page");
    fs::write(&other, "tampered").unwrap();
    let search_file = walkdir::WalkDir::new(out.join("search"))
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_type().is_file())
        .expect("a search index file")
        .into_path();
    fs::remove_file(&search_file).unwrap();
    let stderr = cli_build(&site);
    assert!(stderr.contains("(4 written, "), "{stderr}");
    assert_same_as_cold(&site, "output files changed behind the build's back");
    assert_no_op(&site, "after the repair");
}

#[test]
fn search_document_chunks_known_from_the_cache_are_made_again_when_their_files_are_gone() {
    // A build after an edit takes the keys of the document chunks whose articles did not
    // change from the cache, without making their bytes: a chunk file missing from the
    // output must still be made and written, whichever chunk it is.
    let site = story_site();
    cli_build(&site);
    let docs = site.out().join("search/d");
    let chunks: Vec<_> = fs::read_dir(&docs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(chunks.len() >= 2, "{chunks:?}");
    for (k, step) in ["an edit, chunk files removed", "another edit, one tampered"]
        .into_iter()
        .enumerate()
    {
        site.write(
            "content/e07-0.md",
            &event_report(7, "Reuters", 0, "2024-07-22").replace("More later.", step),
        );
        match k {
            0 => chunks.iter().for_each(|c| fs::remove_file(c).unwrap()),
            _ => tamper_same_size(&chunks[0]),
        }
        cli_build(&site);
        assert_same_as_cold(&site, step);
        assert_no_op(&site, step);
    }
}

#[test]
fn a_damaged_record_of_inputs_is_ignored_with_one_warning() {
    let site = story_site();
    cli_build(&site);
    let record = site.root().join(".newsdesk/cache/build/inputs.bin");
    let good = fs::read(&record).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x20;
    for (what, bytes) in [
        ("a flipped byte", flipped),
        ("a truncated file", good[..good.len() / 2].to_vec()),
    ] {
        fs::write(&record, &bytes).unwrap();
        // The output was tampered with too: a trusted damaged record would keep it.
        fs::remove_file(site.out().join("index.html")).unwrap();
        let stderr = cli_build(&site);
        let w = warnings(&stderr);
        assert_eq!(w.len(), 1, "{what}: {stderr}");
        assert!(
            w[0].contains("inputs.bin") && w[0].contains("damaged"),
            "{what}: {stderr}"
        );
        assert_same_as_cold(&site, what);
        let again = assert_no_op(&site, what);
        assert!(warnings(&again).is_empty(), "{what}: {again}");
    }
}

/// A style sheet of the output: no edit to an article changes it.
fn style_sheet(out: &Path) -> std::path::PathBuf {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "css"))
        .expect("a style sheet")
        .into_path()
}

/// Flips one byte in the middle of `path`: same size, so only its stamp tells.
fn tamper_same_size(path: &Path) {
    let mut bytes = fs::read(path).unwrap();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
    fs::write(path, &bytes).unwrap();
}

#[test]
fn an_edit_with_output_files_changed_behind_the_builds_back_repairs_them_too() {
    // The build after an edit trusts the output files the record's check found intact (it
    // neither stats them again nor before its own record): the ones found changed must
    // still be rendered and compared, and the record left must let the next build do nothing.
    let site = story_site();
    cli_build(&site);
    let out = site.out();
    for (step, manifest) in [("an edit", None), ("an edit, manifest removed", Some(0))] {
        site.write(
            "content/e03-0.md",
            &event_report(3, "Reuters", 0, "2024-07-10").replace("More later.", step),
        );
        // The edit changes the feed's page key anyway, not the style sheet's.
        tamper_same_size(&out.join("atom.xml"));
        tamper_same_size(&style_sheet(&out));
        fs::remove_file(out.join("index.html")).unwrap();
        if let Some(k) = manifest {
            fs::remove_file(out.join(newsdesk::output::manifest_files()[k])).unwrap();
        }
        cli_build(&site);
        assert_same_as_cold(&site, step);
        assert_no_op(&site, step);
    }
}

/// Reports naming a person (person briefs quote their body sentences) in a region.
fn person_report(k: usize, line: &str) -> String {
    format!(
        "---\ntitle: Ada Lovelace report {k}\ndate: 2024-05-{:02}\npeople: [Ada Lovelace]\nplaces: [Paris]\nsummary: Report {k} on the engine.\n---\n\nAda Lovelace {line} in Paris on day {k}. The committee met again. Nobody else spoke.\n",
        1 + k
    )
}

#[test]
fn brief_texts_kept_by_the_cache_follow_edits_to_what_they_quote() {
    let files: Vec<(String, String)> = (0..6)
        .map(|k| {
            (
                format!("content/p{k}.md"),
                person_report(k, "opened the hall"),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    cli_build(&site);
    let texts = fs::read(kind_file(&site, "texts.bin")).expect("the brief texts are kept");
    assert!(
        texts.windows(15).any(|w| w == b"opened the hall"),
        "the kept texts hold the quoted body sentences"
    );
    assert_same_as_cold(&site, "the first build");
    // A quoted body sentence, a summary and a title change; the other texts come from the cache.
    site.write("content/p5.md", &person_report(5, "closed the hall"));
    site.write(
        "content/p4.md",
        &person_report(4, "opened the hall").replace("Report 4 on", "A new summary of"),
    );
    site.write(
        "content/p3.md",
        &person_report(3, "opened the hall").replace("title: Ada", "title: Lady Ada"),
    );
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    let page = fs::read_to_string(site.out().join("people/ada-lovelace/index.html")).unwrap();
    assert!(
        page.contains("closed the hall"),
        "the edited sentence is quoted"
    );
    assert_same_as_cold(&site, "edits to quoted articles");
    // Without the summary the text is made from the derived one.
    site.write(
        "content/p2.md",
        &person_report(2, "opened the hall").replace("summary: Report 2 on the engine.\n", ""),
    );
    cli_build(&site);
    assert_same_as_cold(&site, "a summary left to enrichment");
    // Tags shared by two articles change the related lists the cache kept.
    for k in [0, 5] {
        site.write(
            &format!("content/p{k}.md"),
            &person_report(k, "opened the hall").replace("places:", "tags: [engines]\nplaces:"),
        );
    }
    cli_build(&site);
    assert_same_as_cold(&site, "new shared tags");
}

#[test]
fn briefs_kept_by_the_cache_follow_edits_to_what_they_quote_and_where_it_stands() {
    let files: Vec<(String, String)> = (0..6)
        .map(|k| {
            (
                format!("content/p{k}.md"),
                person_report(k, "opened the hall"),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    cli_build(&site);
    let briefs = || fs::read(kind_file(&site, "briefs.bin")).expect("the briefs are kept");
    assert!(
        briefs().windows(15).any(|w| w == b"opened the hall"),
        "the kept briefs hold the quoted sentences"
    );
    // A quoted summary changes: the region and edition briefs quoting it are made again.
    site.write(
        "content/p5.md",
        &person_report(5, "opened the hall").replace("Report 5 on", "A fresh summary of"),
    );
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(
        briefs().windows(15).any(|w| w == b"A fresh summary"),
        "the kept briefs follow the edit"
    );
    assert_same_as_cold(&site, "an edit to a quoted summary");
    // A newer article about someone else, elsewhere: every article moves down one place,
    // so the briefs it does not touch quote the same texts at other positions.
    site.write(
        "content/q.md",
        "---\ntitle: Babbage in Rome\ndate: 2024-06-20\npeople: [Charles Babbage]\nplaces: [Rome]\nsummary: Babbage spoke in Rome.\n---\n\nCharles Babbage spoke in Rome.\n",
    );
    cli_build(&site);
    assert_same_as_cold(&site, "a newer article elsewhere");
    // And back: an article removed moves them up again.
    fs::remove_file(site.root().join("content/q.md")).unwrap();
    cli_build(&site);
    assert_same_as_cold(&site, "a removed article");
}

/// A report whose lead (its first paragraph) is `lead`, with `extra` words after it.
fn lead_report(k: usize, lead: &str, extra: usize) -> String {
    format!(
        "---\ntitle: Harbour report {k}\ndate: 2024-05-{:02}\nplaces: [Lisbon]\n---\n\n{lead} <em>Report {k}</em>.\n\n{}\n",
        1 + k,
        "More words follow here. ".repeat(extra)
    )
}

#[test]
fn outlines_kept_by_the_cache_follow_edits_to_bodies_and_the_raw_html_setting() {
    let files: Vec<(String, String)> = (0..5)
        .map(|k| {
            (
                format!("content/h{k}.md"),
                lead_report(k, "The harbour opened at dawn", k),
            )
        })
        .collect();
    let site = TempSite::with_files(&files);
    cli_build(&site);
    let holds = |needle: &[u8]| {
        (0..16).any(|n| {
            let kept = fs::read(kind_file(&site, &format!("outlines/{n:02}.bin")))
                .expect("every outline shard is written");
            kept.windows(needle.len()).any(|w| w == needle)
        })
    };
    assert!(holds(b"The harbour opened at dawn"), "the leads are kept");
    assert_same_as_cold(&site, "the first build");
    // One edited body: its old outline leaves a shard and its new one joins one.
    let before = shard_inodes(&site, "outlines");
    site.write(
        "content/h3.md",
        &lead_report(3, "The harbour opened at dusk", 3),
    );
    cli_build(&site);
    let after = shard_inodes(&site, "outlines");
    let rewritten = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(
        (1..=2).contains(&rewritten),
        "{rewritten} outline shards rewritten"
    );
    assert!(holds(b"The harbour opened at dusk"));
    assert_same_as_cold(&site, "one edited body");
    // A new lead, and a body of another length: the other outlines come from the cache.
    site.write(
        "content/h4.md",
        &lead_report(4, "The harbour closed at noon", 30),
    );
    site.write(
        "content/h2.md",
        &lead_report(2, "The harbour opened at dawn", 40),
    );
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert!(
        holds(b"The harbour closed at noon"),
        "the kept outlines follow the edit"
    );
    assert_same_as_cold(&site, "an edited lead and word count");
    // Another raw-HTML setting keys outlines apart: none made without it is used with it.
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\nallow_raw_html: true\n",
    );
    cli_build(&site);
    assert_same_as_cold(&site, "raw HTML allowed");
    // And back, with an article removed.
    site.write(
        "site.yaml",
        "title: Test Digest\nbase_url: https://example.org/\n",
    );
    fs::remove_file(site.root().join("content/h1.md")).unwrap();
    cli_build(&site);
    assert_same_as_cold(&site, "raw HTML not allowed again");
}

/// Every content file of `site` (output aside) made old enough for its stamp to be trusted.
fn settle_content(site: &TempSite) {
    for e in walkdir::WalkDir::new(site.root().join("content")) {
        let e = e.unwrap();
        if e.file_type().is_file() {
            settle(e.path());
        }
    }
}

/// The shards of kept content texts holding `needle`.
fn shards_holding(site: &TempSite, needle: &str) -> usize {
    (0..newsdesk::build::sources::SHARDS)
        .map(|n| newsdesk::build::sources::shard_path(site.root(), n))
        .filter_map(|f| fs::read(f).ok())
        .filter(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        .count()
}

#[test]
fn content_texts_kept_by_the_cache_are_trusted_only_at_their_settled_stamp() {
    let site = story_site();
    cli_build(&site);
    // Files written just now are read, not kept: their stamps have not settled.
    assert_eq!(
        shards_holding(&site, "Officials said"),
        0,
        "unsettled texts are not kept"
    );
    settle_content(&site);
    site.write(
        "content/e01-0.md",
        &event_report(1, "Reuters", 0, "2024-07-04").replace("More later.", "Now settled."),
    );
    cli_build(&site);
    assert!(
        shards_holding(&site, "Officials said") >= 1,
        "settled texts are kept"
    );
    assert_eq!(
        shards_holding(&site, "Now settled."),
        0,
        "the fresh edit is not"
    );
    assert_same_as_cold(&site, "texts kept");
    // An edit keeping size and modification time: the kept text must not be used.
    let file = site.root().join("content/e03-1.md");
    let text = fs::read_to_string(&file).unwrap();
    let mtime = fs::metadata(&file).unwrap().modified().unwrap();
    fs::write(&file, text.replacen("More later.", "Mora later.", 1)).unwrap();
    common::set_mtime(&file, mtime);
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_same_as_cold(&site, "an edit keeping size and time");
    let page = walkdir::WalkDir::new(site.out().join("articles"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .any(|e| {
            fs::read_to_string(e.path())
                .unwrap()
                .contains("Mora later.")
        });
    assert!(page, "the edited text is published");
    // A damaged shard: one warning naming it, its files read from disk.
    settle_content(&site);
    site.write(
        "content/e00-0.md",
        &event_report(0, "Reuters", 0, "2024-07-01"),
    );
    cli_build(&site);
    let shard = (0..newsdesk::build::sources::SHARDS)
        .map(|n| newsdesk::build::sources::shard_path(site.root(), n))
        .find(|f| f.exists())
        .expect("a shard is written");
    let mut bytes = fs::read(&shard).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x20;
    fs::write(&shard, bytes).unwrap();
    site.write(
        "content/e00-0.md",
        &event_report(0, "Reuters", 0, "2024-07-01").replace("More later.", "Damaged."),
    );
    let stderr = cli_build(&site);
    let warnings = warnings(&stderr);
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(
        warnings[0].contains(&*shard.to_string_lossy()) && warnings[0].contains("damaged"),
        "{stderr}"
    );
    assert_same_as_cold(&site, "a damaged shard");
    let again = cli_build(&site);
    assert!(!again.contains("warning"), "{again}");
}

#[test]
fn content_text_shards_damaged_in_any_way_are_ignored_with_one_warning() {
    let site = story_site();
    // Texts with characters of every width: each is a slice of its shard's one buffer.
    site.write(
        "content/wide.md",
        "---\ntitle: Ärger über Zölle in Łódź\ndate: 2024-07-02\n---\n\nDer Streit 🚢 um Zölle — «ça va» — geht weiter. 東京 meldet Ruhe.\n",
    );
    cli_build(&site);
    settle_content(&site);
    site.write(
        "content/e02-0.md",
        &event_report(2, "Reuters", 0, "2024-07-07").replace("More later.", "Settled."),
    );
    cli_build(&site);
    assert!(
        shards_holding(&site, "東京 meldet Ruhe.") == 1,
        "the wide text is kept"
    );
    let shards: Vec<_> = (0..newsdesk::build::sources::SHARDS)
        .map(|n| newsdesk::build::sources::shard_path(site.root(), n))
        .filter(|f| f.exists())
        .collect();
    assert!(shards.len() >= 4, "texts spread over shards: {shards:?}");
    type Spoil = fn(Vec<u8>) -> Vec<u8>;
    let damage: [(&str, &str, Spoil); 6] = [
        // Under a right checksum: the texts are read from the mapped file as `str`, so
        // they must be checked to be UTF-8 however the checksum came out.
        ("texts not UTF-8", "texts not UTF-8", |mut b| {
            let payload = b.iter().position(|&c| c == b'\n').unwrap() + 9;
            let wide = "東京 meldet".as_bytes();
            let at = b.windows(wide.len()).position(|w| w == wide).unwrap();
            b[at] = 0xff;
            let sum = xxhash_rust::xxh3::xxh3_64(&b[payload..]);
            b[payload - 8..payload].copy_from_slice(&sum.to_le_bytes());
            b
        }),
        ("a truncated shard", "damaged", |b| {
            b[..b.len() - 3].to_vec()
        }),
        ("a shard cut inside its header", "damaged", |b| {
            b[..10].to_vec()
        }),
        ("an empty shard", "damaged", |_| Vec::new()),
        (
            "a flipped byte in the index's length",
            "damaged",
            |mut b| {
                let at = b.len() - 8;
                b[at] ^= 0x01;
                b
            },
        ),
        (
            "a shard of another version",
            "another version or build of newsdesk (0.0.1 format 1)",
            |b| {
                let line_end = b.iter().position(|&c| c == b'\n').unwrap();
                let mut foreign = b"newsdesk build cache 0.0.1 format 1".to_vec();
                foreign.extend_from_slice(&b[line_end..]);
                foreign
            },
        ),
    ];
    for (k, (what, says, spoil)) in damage.into_iter().enumerate() {
        // The text check needs the shard holding the wide text.
        let holds_wide = |f: &&std::path::PathBuf| {
            let b = fs::read(f).unwrap();
            let wide = "東京 meldet".as_bytes();
            b.windows(wide.len()).any(|w| w == wide)
        };
        let shard = match what {
            "texts not UTF-8" => shards.iter().find(holds_wide).unwrap(),
            _ => &shards[k % shards.len()],
        };
        let good = fs::read(shard).unwrap();
        fs::write(shard, spoil(good)).unwrap();
        site.write(
            "content/e00-0.md",
            &event_report(0, "Reuters", 0, "2024-07-01").replace("More later.", what),
        );
        let stderr = cli_build(&site);
        let warnings = warnings(&stderr);
        assert_eq!(warnings.len(), 1, "{what}: {stderr}");
        assert!(
            warnings[0].contains(&*shard.to_string_lossy()) && warnings[0].contains(says),
            "{what}: {stderr}"
        );
        assert_same_as_cold(&site, what);
        // The shard is written again whole: the next build trusts it.
        settle_content(&site);
        site.write(
            "content/e01-0.md",
            &event_report(1, "Reuters", 0, "2024-07-04").replace("More later.", what),
        );
        let again = cli_build(&site);
        assert!(!again.contains("warning"), "{what}: {again}");
        assert_same_as_cold(&site, what);
    }
    assert!(shards_holding(&site, "東京 meldet Ruhe.") == 1);
}

#[test]
fn the_content_files_listed_by_the_input_check_are_the_articles_a_walk_finds() {
    let site = story_site();
    cli_build(&site);
    // The check of the inputs lists the whole site; the articles are what loading's own walk
    // takes: plain `.md` files under content/, not a link, a hidden file, another kind of
    // file or an edition's intro.
    site.write(
        "elsewhere/linked.md",
        "---\ntitle: Linked from outside\ndate: 2024-07-02\n---\n\nNot an article here.\n",
    );
    std::os::unix::fs::symlink(
        site.root().join("elsewhere/linked.md"),
        site.root().join("content/linked.md"),
    )
    .unwrap();
    site.write(
        "content/.hidden.md",
        "---\ntitle: Hidden\ndate: 2024-07-02\n---\n\nHidden.\n",
    );
    site.write("content/notes.txt", "not an article\n");
    site.write(
        "content/editions/2024-07-04.md",
        "---\ntitle: A calm day\n---\nThe intro of an edition.\n",
    );
    site.write(
        "content/2024/07/deep.md",
        "---\ntitle: Deep in the tree\ndate: 2024-07-03\n---\n\nFound in a subfolder.\n",
    );
    site.write(
        "content/.drafts/kept.md",
        "---\ntitle: In a hidden folder\ndate: 2024-07-03\n---\n\nStill content.\n",
    );
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    let cold_dir = tempfile::tempdir().unwrap();
    let cold = newsdesk::build(&site.options(cold_dir.path().join("cold"))).unwrap();
    let built = format!("built {} articles", cold.articles);
    assert!(stderr.contains(&built), "{built}: {stderr}");
    assert_same_as_cold(&site, "links, hidden files, intros and subfolders");
    let page = |slug: &str| {
        site.out()
            .join(format!("articles/2024/07/{slug}/index.html"))
    };
    assert!(page("deep").exists() && page("kept").exists());
    assert!(!page("linked").exists() && !page("hidden").exists());
    // Settled, the same files again come from the listing with their kept texts.
    settle_content(&site);
    site.write(
        "content/e05-0.md",
        &event_report(5, "Reuters", 0, "2024-07-16").replace("More later.", "Listed."),
    );
    let stderr = cli_build(&site);
    assert!(stderr.contains(&built), "{built}: {stderr}");
    assert_same_as_cold(&site, "a listed build with kept texts");
}

#[test]
fn the_static_files_listed_by_the_input_check_are_what_the_templates_copy() {
    let site = story_site();
    cli_build(&site);
    // The check of the inputs lists the whole site; the templates take its files of
    // `static/` instead of listing the folder again, and must take what their own listing
    // takes: plain files in any subfolder (a hidden one too), not a link, not a hidden file.
    site.write("static/.hidden.txt", "hidden\n");
    site.write("static/notes.txt", "shown\n");
    site.write("elsewhere/linked.css", "body { color: red }\n");
    std::os::unix::fs::symlink(
        site.root().join("elsewhere/linked.css"),
        site.root().join("static/linked.css"),
    )
    .unwrap();
    site.write("static/images/deep/photo.svg", "<svg/>\n");
    site.write("static/.well-known/security.txt", "Contact: x\n");
    let stderr = cli_build(&site);
    assert!(!stderr.contains("warning"), "{stderr}");
    assert_same_as_cold(&site, "static files: links, hidden files and subfolders");
    let out = site.out();
    assert!(out.join("notes.txt").exists() && out.join("images/deep/photo.svg").exists());
    assert!(out.join(".well-known/security.txt").exists());
    assert!(!out.join("linked.css").exists() && !out.join(".hidden.txt").exists());
    // Changed in place once settled, a static file is copied again from the listing's stamp.
    for rel in ["static/notes.txt", "static/images/deep/photo.svg"] {
        settle(&site.root().join(rel));
    }
    cli_build(&site);
    fs::write(site.root().join("static/notes.txt"), "changed\n").unwrap();
    cli_build(&site);
    assert_eq!(
        fs::read_to_string(out.join("notes.txt")).unwrap(),
        "changed\n"
    );
    assert_same_as_cold(&site, "a static file changed in place");
}
