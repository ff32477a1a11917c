//! Loads a story-grouping benchmark set (`benches/stories/<set>/*.md`, each labelled with
//! `extra.story`) into a temporary site, runs the inbox's grouping on it, and scores the
//! groups pairwise against the labels. Shared by `benches/stories.rs` and the inbox tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The set's folder.
pub fn set_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/stories")
        .join(name)
}

/// (file name, text) of every article of a set.
pub fn read_set(name: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(set_dir(name))
        .expect("benchmark set")
        .map(|e| {
            let p = e.unwrap().path();
            let text = std::fs::read_to_string(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    files.sort();
    files
}

/// The `story:` label of an article's text.
pub fn label(text: &str) -> String {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("story: "))
        .expect("every benchmark article has extra.story")
        .to_string()
}

/// A temporary site holding `files` under content/.
pub fn site(files: &[(String, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("site.yaml"),
        "title: Stories\nbase_url: https://example.org/\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join("content").join(name), text).unwrap();
    }
    dir
}

/// Pairwise (precision, recall, f1) of the inbox's groups on a site built from `files`.
pub fn score(files: &[(String, String)]) -> (f64, f64, f64) {
    let dir = site(files);
    let inbox = newsdesk::inbox::load(dir.path()).expect("inbox loads");
    assert!(inbox.problems.is_empty(), "{:?}", inbox.problems);
    let labels: HashMap<String, String> = files
        .iter()
        .map(|(name, text)| (name.trim_end_matches(".md").to_string(), label(text)))
        .collect();
    let mut truth = Vec::new();
    let mut groups = Vec::new();
    for g in &inbox.groups {
        let mut members = Vec::new();
        for d in &g.articles {
            let stem = d.path.file_stem().unwrap().to_string_lossy().into_owned();
            members.push(truth.len());
            truth.push(labels[&stem].clone());
        }
        groups.push(members);
    }
    let truth: Vec<&str> = truth.iter().map(String::as_str).collect();
    let (p, r) = newsdesk::enrich::stories::pairwise_scores(&groups, &truth);
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}
