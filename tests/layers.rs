//! The layer rule of docs/architecture.md, checked on the source: no module imports one
//! above it, and the peers of a middle layer (output and markdown, ingest and enrich) do not
//! import each other. A new top-level module must be given a layer here, so the rule cannot
//! be bypassed by adding one.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each top-level module of `src/` with its layer, bottom (0) to top.
const LAYERS: &[(&str, u8)] = &[
    // Shared helpers: may use each other.
    ("error", 0),
    ("keyhash", 0),
    ("filestamp", 0),
    ("lang", 0),
    ("i18n", 0),
    ("serde_arc", 0),
    ("serde_packed", 0),
    ("shared_str", 0),
    ("mapped", 0),
    ("slug", 0),
    ("suggest", 0),
    ("timing", 0),
    ("yaml", 0),
    ("config", 0),
    ("output", 1),
    ("imaging", 1),
    ("markdown", 1),
    ("content", 2),
    ("geo", 2),
    ("ingest", 3),
    ("enrich", 3),
    ("fetch", 4),
    ("site", 5),
    ("search", 6),
    ("render", 7),
    ("build", 8),
    ("inbox", 8),
    // Commands on top: may use each other.
    ("check", 9),
    ("deploy", 9),
    ("edition", 9),
    ("init", 9),
    ("serve", 9),
];

/// Layers whose members may import one another.
const OPEN_LAYERS: &[u8] = &[0, 9];

/// The top-level modules named after `crate::` in `source`, including `crate::{a, b::c}`.
fn crate_imports(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in source.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let preceded_by_ident = rest[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[at + "crate::".len()..];
            if preceded_by_ident {
                continue; // e.g. `newsdesk_crate::`, not ours
            }
            if let Some(group) = rest.strip_prefix('{') {
                for item in split_group(group) {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        found.insert(name);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.insert(name);
                }
            }
        }
    }
    found
}

/// The top-level items of a `{…}` group (the text after its opening brace).
fn split_group(group: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                return items;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&group[start..]);
    items
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_parser_reads_paths_and_groups() {
    let got = crate_imports(
        "use crate::{output, yaml::{self, Value}, site::urls::Loc};\n\
         let x = crate::render::page();\n\
         // crate::build in a comment\n\
         use other_crate::thing;\n",
    );
    let want: BTreeSet<String> = ["output", "yaml", "site", "render"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(got, want);
}

#[test]
fn no_module_imports_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let layer: BTreeMap<&str, u8> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut violations = Vec::new();
    let mut unplaced = BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" || module == "main" {
            continue; // the crate root and the command line sit above everything
        }
        let Some(&own) = layer.get(module.as_str()) else {
            unplaced.insert(module);
            continue;
        };
        let source = fs::read_to_string(file).unwrap();
        for import in crate_imports(&source) {
            if import == module {
                continue;
            }
            let Some(&theirs) = layer.get(import.as_str()) else {
                unplaced.insert(import);
                continue;
            };
            let allowed = theirs < own || (theirs == own && OPEN_LAYERS.contains(&own));
            if !allowed {
                violations.push(format!(
                    "{} (layer {own}) imports crate::{import} (layer {theirs})",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        unplaced.is_empty(),
        "modules without a layer in tests/layers.rs (give them one, see docs/architecture.md): {unplaced:?}"
    );
    assert!(
        violations.is_empty(),
        "imports that run up (or across) the layers:\n{}",
        violations.join("\n")
    );
}
