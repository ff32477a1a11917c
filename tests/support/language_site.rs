//! The sample site in another language: a copy of the repository's site with `site.yaml`'s
//! `language` changed, built with the real binary.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use super::common::*;

/// Copies the sample site (configuration, content, registry, templates) into a temp folder
/// with `language` set (its English articles marked `language: en`), builds it with the real binary (and `extra` arguments) and returns
/// (folder, output).
pub fn sample_in(language: &str, extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo();
    for sub in ["content", "data", "templates"] {
        copy_tree(&repo.join(sub), &dir.path().join(sub));
    }
    // The sample's articles are English: say so, as ingest would, so that they keep their
    // own language (and direction) inside a site in another.
    for year in ["2024"] {
        let mut articles = Vec::new();
        files(&dir.path().join("content").join(year), "md", &mut articles);
        for file in articles {
            let text = fs::read_to_string(&file).unwrap();
            let body = text.strip_prefix("---\n").expect("front matter");
            fs::write(&file, format!("---\nlanguage: en\n{body}")).unwrap();
        }
    }
    let yaml = fs::read_to_string(repo.join("site.yaml")).unwrap();
    assert!(yaml.contains("\nlanguage: en\n"));
    fs::write(
        dir.path().join("site.yaml"),
        yaml.replace("\nlanguage: en\n", &format!("\nlanguage: {language}\n")),
    )
    .unwrap();
    let out = dir.path().join("public");
    let mut args = vec!["build", "--root", dir.path().to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = newsdesk(&args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        !stderr.contains("not translated") && !stderr.contains("no translation"),
        "the shipped {language} file lacks messages: {stderr}"
    );
    (dir, out)
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` whose extension is `ext`, recursively.
pub fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}
