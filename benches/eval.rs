//! Evaluation of people and country detection on hand-labelled news articles.
//!
//! `cargo bench --bench eval` prints precision, recall and F1 per split (dev: rules
//! were tuned on it; heldout: written before tuning, its errors since used; unseen: written
//! after, never used to choose rules). Pass `-- --errors dev` to list each article's misses
//! and false alarms for a split.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use newsdesk::enrich::{self, reader};
use newsdesk::slug::slugify;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, gold: &BTreeSet<String>, got: &BTreeSet<String>) {
        self.tp += gold.intersection(got).count();
        self.fp += got.difference(gold).count();
        self.fn_ += gold.difference(got).count();
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn labels(path: &Path, key: &str) -> BTreeSet<String> {
    let text = fs::read_to_string(path).expect("labels");
    let v: serde_json::Value = serde_json::from_str(&text).expect("labels are JSON");
    v[key]
        .as_array()
        .expect("list")
        .iter()
        .map(|x| slugify(x.as_str().expect("string")))
        .collect()
}

fn set(names: &[String]) -> BTreeSet<String> {
    names.iter().map(|n| slugify(n)).collect()
}

fn articles(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .expect("eval folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    v.sort();
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show_errors = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/eval");
    println!("split     articles  people P / R / F1        countries P / R / F1");
    for split in ["dev", "heldout", "unseen"] {
        let files = articles(&root.join(split));
        let (mut people, mut countries) = (Counts::default(), Counts::default());
        for md in &files {
            let doc = reader::read_file(md).expect("article");
            let found = enrich::enrich(&doc, 2);
            let json = md.with_extension("json");
            let (gp, gc) = (labels(&json, "people"), labels(&json, "countries"));
            let (fp, fc) = (set(&found.people), set(&found.countries));
            people.add(&gp, &fp);
            countries.add(&gc, &fc);
            if show_errors.as_deref() == Some(split) && (gp != fp || gc != fc) {
                let name = md.file_stem().unwrap().to_string_lossy();
                println!("  {name}");
                for (what, gold, got) in [("people", &gp, &fp), ("countries", &gc, &fc)] {
                    let miss: Vec<&String> = gold.difference(got).collect();
                    let extra: Vec<&String> = got.difference(gold).collect();
                    if !miss.is_empty() || !extra.is_empty() {
                        println!("    {what}: missed {miss:?} extra {extra:?}");
                    }
                }
            }
        }
        let (pp, pr, pf) = people.prf();
        let (cp, cr, cf) = countries.prf();
        println!(
            "{split:<9} {:>8}  {pp:.3} / {pr:.3} / {pf:.3}    {cp:.3} / {cr:.3} / {cf:.3}",
            files.len()
        );
    }
}
