//! Quality on real web pages: extraction, titles, dates, language, people and countries.
//!
//! `cargo bench --bench realpages` reads the saved pages in `../shared/realpages/web/`
//! (override with `NEWSDESK_REALPAGES=/path/to/realpages`) and our own pages in
//! `benches/realpages/extra/`, `benches/realpages/fresh/`, `benches/realpages/fresh5/`, `benches/realpages/fresh6/`, `benches/realpages/fresh7/`, `benches/realpages/fresh8/` and `benches/realpages/fresh9/`, runs each through the HTML reader `newsdesk ingest` uses and
//! through `newsdesk enrich`, and scores the result against the hand-written expectations in
//! `benches/realpages/expect/` (`<page>.yaml`, `<page>.txt`). It prints one table and writes
//! every page's result to `target/realpages.json`.
//!
//! `-- --page NAME` prints one page's details: expected against got, missing and extra
//! people, and the paragraphs the extraction missed or added. `-- --compare FILE` lists what
//! changed on each page since an earlier `realpages.json`. `-- --draft DIR` also writes
//! today's extraction of every page as plain paragraphs (`DIR/<page>.txt`), a starting point
//! for new expected texts. See `docs/quality.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use newsdesk::content::FrontMatter;
use newsdesk::enrich;
use newsdesk::ingest::{clean::Cleaner, detect, html, language, write};
use newsdesk::slug::slugify;
use serde_json::{Value, json};

#[path = "realpages/expect.rs"]
mod expect;
#[path = "realpages/metric.rs"]
mod metric;
use expect::{Expect, read_expect};
use metric::{
    day_of, found_in, norm_title, plain_paragraphs, prf, text_paragraphs, unresolved_links,
};

/// One page to score.
struct Page {
    name: String,
    group: &'static str,
    /// Held out from tuning (`held-out.txt`): scored in its own column.
    held: bool,
    /// Held out but seen while rules were written (`seen` in `held-out.txt`): scored apart
    /// from the unseen pages, so the held-out column stays honest.
    seen: bool,
    /// In the newest written batch (`fresh.txt`): scored in its own column.
    fresh: bool,
    html: String,
    expect: Expect,
    text: Option<String>,
}

/// What newsdesk made of a page.
#[derive(Default)]
struct Got {
    refused: Option<String>,
    title: String,
    date: Option<String>,
    language: Option<String>,
    body: String,
    people: Vec<String>,
    countries: Vec<String>,
    /// Relative links left in the body when the page is ingested as a saved file (no URL).
    file_links: Vec<String>,
    /// The lead image's address.
    image: Option<String>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let page_arg = args
        .iter()
        .position(|a| a == "--page")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = std::env::var_os("NEWSDESK_REALPAGES")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("../shared/realpages"));
    let bench = manifest.join("benches/realpages");
    let mut pages = load_web(&shared.join("web"), &bench.join("expect"));
    pages.extend(load_extra(&bench.join("extra"), "extra"));
    pages.extend(load_extra(&bench.join("fresh"), "fresh-enrich"));
    pages.extend(load_extra(&bench.join("fresh5"), "fresh5-enrich"));
    pages.extend(load_extra(&bench.join("fresh6"), "fresh6-enrich"));
    pages.extend(load_extra(&bench.join("fresh7"), "fresh7-enrich"));
    pages.extend(load_extra(&bench.join("fresh8"), "fresh8-enrich"));
    pages.extend(load_extra(&bench.join("fresh9"), "fresh9-enrich"));
    let held = held_out(&bench.join("held-out.txt"));
    let fresh = fresh_batch(&bench.join("fresh.txt"));
    for p in &mut pages {
        p.held = held.contains_key(&p.name);
        p.seen = held.get(&p.name).copied().unwrap_or(false);
        p.fresh = fresh.contains(&p.name);
    }
    if let Some(name) = &page_arg {
        pages.retain(|p| &p.name == name);
        if pages.is_empty() {
            eprintln!("error: no page named {name} (names are file names without .html.gz)");
            std::process::exit(2);
        }
        if pages.iter().any(|p| p.held && !p.seen) {
            eprintln!(
                "note: {name} is an unseen held-out page; reading its details makes it seen (mark it `seen` in held-out.txt)"
            );
        }
    }
    let got = run(&pages);
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--draft")
        .and_then(|i| args.get(i + 1))
    {
        // A starting point for new expected texts: today's extraction as plain paragraphs.
        fs::create_dir_all(dir).expect("draft folder");
        for (p, g) in pages.iter().zip(&got) {
            if g.refused.is_none() {
                let text = plain_paragraphs(&g.body).join("\n\n") + "\n";
                fs::write(Path::new(dir).join(format!("{}.txt", p.name)), text).expect("draft");
            }
        }
    }
    if page_arg.is_some() {
        for (p, g) in pages.iter().zip(&got) {
            details(p, g);
        }
        return;
    }
    let scores: Vec<Value> = pages.iter().zip(&got).map(|(p, g)| score(p, g)).collect();
    let mut table = Vec::new();
    // Each group whole, then its tuning half, its unseen held-out pages and the held-out pages
    // seen since the split apart (see `held-out.txt`).
    for (column, group, split) in [
        ("web", "web", None),
        ("web tune", "web", Some((false, false))),
        ("web held-out unseen", "web", Some((true, false))),
        ("web held-out seen", "web", Some((true, true))),
        ("extra", "extra", None),
        ("extra held-out", "extra", Some((true, false))),
        ("extra fresh", "fresh", None),
        ("fresh (enrichment)", "fresh-enrich", None),
        ("fresh 5 (enrichment)", "fresh5-enrich", None),
        ("fresh 6 (enrichment)", "fresh6-enrich", None),
        ("fresh 7 (enrichment)", "fresh7-enrich", None),
        ("fresh 8 (enrichment)", "fresh8-enrich", None),
        ("fresh 9 (enrichment)", "fresh9-enrich", None),
    ] {
        // The newest written batch (`fresh.txt`) is also scored on its own.
        let rows: Vec<&Value> = scores
            .iter()
            .filter(|s| {
                (s["group"] == group || (group == "fresh" && s["fresh"] == true))
                    && split.is_none_or(|(h, seen)| s["held_out"] == h && s["seen"] == seen)
            })
            .collect();
        if !rows.is_empty() {
            table.push((column, summarise(&rows)));
        }
    }
    print_table(&table);
    let feed_images = if page_arg.is_none() {
        feed_images(&shared.join("feeds"))
    } else {
        Value::Null
    };
    if let Some(file) = args
        .iter()
        .position(|a| a == "--compare")
        .and_then(|i| args.get(i + 1))
    {
        let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let before: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        compare(&before, &scores);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest.join("target"));
    let out = target.join("realpages.json");
    let json = json!({
        "summary": table.iter().map(|(g, s)| (g.to_string(), s.clone())).collect::<BTreeMap<_, _>>(),
        "pages": scores,
        "feed_images": feed_images,
    });
    fs::create_dir_all(&target).expect("target folder");
    fs::write(&out, serde_json::to_string_pretty(&json).expect("json")).expect("write json");
    println!("per-page results: {}", out.display());
}

/// The names listed in `held-out.txt` (one a line, `#` comments), each with whether it is
/// marked `seen` (looked at since the split).
fn held_out(path: &Path) -> BTreeMap<String, bool> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut held = BTreeMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default();
        let mut words = line.split_whitespace();
        let Some(name) = words.next() else { continue };
        let seen = match words.next() {
            None => false,
            Some("seen") => true,
            Some(other) => panic!("{}: {name}: unknown mark {other:?}", path.display()),
        };
        held.insert(name.to_string(), seen);
    }
    held
}

/// The pages of the newest written batch (`fresh.txt`: one name a line, `#` comments).
fn fresh_batch(path: &Path) -> BTreeSet<String> {
    let Ok(text) = fs::read_to_string(path) else {
        return BTreeSet::new();
    };
    text.lines()
        .filter_map(|l| l.split('#').next()?.split_whitespace().next())
        .map(String::from)
        .collect()
}

/// The saved pages that have expectations (`expect/<page>.yaml`; `<page>.txt` optional).
fn load_web(web: &Path, expect: &Path) -> Vec<Page> {
    let mut files: Vec<PathBuf> = fs::read_dir(web)
        .unwrap_or_else(|e| panic!("{}: {e} (set NEWSDESK_REALPAGES)", web.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    files.sort();
    let mut pages = Vec::new();
    for f in files {
        let file = f.file_name().unwrap().to_string_lossy().to_string();
        let name = file.trim_end_matches(".html.gz").to_string();
        let Some(exp) = read_expect(&expect.join(format!("{name}.yaml"))) else {
            continue;
        };
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(fs::File::open(&f).expect("page"))
            .read_to_end(&mut bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        pages.push(Page {
            html: decode(&f, &bytes),
            text: fs::read_to_string(expect.join(format!("{name}.txt"))).ok(),
            name,
            group: "web",
            held: false,
            seen: false,
            fresh: false,
            expect: exp,
        });
    }
    pages
}

/// Our own pages: `extra/<page>.html` (the languages and layouts the saved set lacks) or
/// `fresh/<page>.html`, `fresh5/`, `fresh6/`, `fresh7/`, `fresh8/` or `fresh9/<page>.html` (batches labelled before enrichment first ran
/// on them), each beside its
/// `.yaml` and `.txt`.
fn load_extra(dir: &Path, group: &'static str) -> Vec<Page> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let name = f.file_stem().unwrap().to_string_lossy().to_string();
            let exp = read_expect(&f.with_extension("yaml"))
                .unwrap_or_else(|| panic!("{}: no expectations beside it", f.display()));
            Page {
                html: decode(&f, &fs::read(&f).expect("page")),
                text: fs::read_to_string(f.with_extension("txt")).ok(),
                name,
                group,
                held: false,
                seen: false,
                fresh: false,
                expect: exp,
            }
        })
        .collect()
}

/// The page as text, decoded as `newsdesk ingest` decodes it.
fn decode(path: &Path, bytes: &[u8]) -> String {
    detect::decode(bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs every page through ingest's HTML reader and the enrichment `newsdesk enrich` runs
/// on the file ingest would write.
fn run(pages: &[Page]) -> Vec<Got> {
    let cleaner = Cleaner::new(&[]).expect("built-in cleaning rules");
    let site = tempfile::tempdir().expect("temp site");
    let mut got: Vec<Got> = Vec::new();
    let mut files: Vec<(usize, PathBuf)> = Vec::new();
    for (i, p) in pages.iter().enumerate() {
        let mut g = Got::default();
        // As `newsdesk ingest page.html` reads a saved page: only what the page says of itself.
        if let Ok(d) = html::read(&p.html, None, &cleaner) {
            g.file_links = unresolved_links(&d.body);
        }
        match html::read(&p.html, p.expect.url.as_deref(), &cleaner) {
            Err(e) => g.refused = Some(e),
            Ok(d) => {
                // The front matter as ingest writes it.
                let mut front = FrontMatter {
                    title: d.title.clone(),
                    date: d.date.clone(),
                    source: d.source.clone(),
                    source_url: d.source_url.clone(),
                    authors: d.authors.clone(),
                    language: d.language.clone(),
                    ..FrontMatter::default()
                };
                language::record(&mut front, &d.body);
                let text = write::render(&front, &d.body).expect("render");
                let md = site.path().join(format!("{i:03}.md"));
                fs::write(&md, &text).expect("write article");
                let yaml = front_yaml(&text);
                g.image = d.image.as_ref().map(|i| i.src.clone());
                g.title = d.title;
                g.date = d.date.as_deref().and_then(day_of);
                g.language = yaml
                    .get("language")
                    .and_then(Value::as_str)
                    .map(String::from);
                g.body = d.body;
                files.push((i, md));
            }
        }
        got.push(g);
    }
    let paths: Vec<PathBuf> = files.iter().map(|(_, p)| p.clone()).collect();
    let reports = enrich::enrich_files(site.path(), &paths, false).expect("enrich");
    for ((i, _), r) in files.iter().zip(reports) {
        let v = serde_json::to_value(&r).expect("report");
        let g = &mut got[*i];
        g.people = strings(&v["people"]);
        g.countries = strings(&v["countries"]);
        if let Some(l) = v.get("language").and_then(Value::as_str) {
            g.language.get_or_insert_with(|| l.to_string());
        }
    }
    got
}

/// The front matter of a rendered content file as YAML values (read generically, so keys
/// added later, such as `language`, are seen without changing this benchmark).
fn front_yaml(text: &str) -> serde_json::Map<String, Value> {
    let inner = text
        .strip_prefix("---\n")
        .and_then(|t| t.split_once("\n---\n"))
        .map(|(y, _)| y)
        .unwrap_or("");
    serde_yaml::from_str::<Value>(inner)
        .ok()
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn slugs(names: &[String]) -> BTreeSet<String> {
    names
        .iter()
        .map(|n| slugify(n))
        .filter(|s| !s.is_empty())
        .collect()
}

/// One page's scores and findings as JSON.
fn score(p: &Page, g: &Got) -> Value {
    let e = &p.expect;
    let title_right = g.refused.is_none()
        && std::iter::once(&e.title)
            .chain(&e.titles_also)
            .any(|t| norm_title(t) == norm_title(&g.title));
    let date_right = g.refused.is_none()
        && (e.date == g.date || g.date.as_ref().is_some_and(|d| e.dates_also.contains(d)));
    let mut v = json!({
        "page": p.name,
        "group": p.group,
        "held_out": p.held,
        "seen": p.seen,
        "fresh": p.fresh,
        "language": e.language,
        "has_article": e.has_article,
        "refused": g.refused,
        "title": {"want": e.title, "got": g.title, "right": title_right},
        "date": {"want": e.date, "got": g.date, "right": date_right},
        "lang": {"want": e.language, "got": g.language,
                 "right": g.language.as_deref() == Some(e.language.as_str())},
    });
    if let Some(text) = &p.text
        && e.has_article
    {
        let got = plain_paragraphs(&g.body).join("\n\n");
        let (pr, rc, f) = prf(&text_paragraphs(text).join("\n\n"), &got);
        v["body"] = json!({"precision": pr, "recall": rc, "f1": f});
    }
    if e.has_article && g.refused.is_none() {
        v["people_found"] = json!(g.people.len());
        v["unresolved_links"] = json!(unresolved_links(&g.body));
        v["unresolved_links_as_file"] = json!(g.file_links);
    }
    v["found"] = json!({"people": g.people, "countries": g.countries, "image": g.image});
    if let Some(want) = &e.image {
        v["image"] = json!({"want": want, "got": g.image, "right": *want == g.image});
    }
    if let Some(want) = &e.people {
        let (w, gs) = (slugs(want), slugs(&g.people));
        v["people"] = json!({
            "tp": w.intersection(&gs).count(),
            "fp": gs.difference(&w).count(),
            "fn": w.difference(&gs).count(),
            "missing": w.difference(&gs).collect::<Vec<_>>(),
            "extra": gs.difference(&w).collect::<Vec<_>>(),
        });
    }
    if let Some(want) = &e.countries {
        let (w, gs) = (slugs(want), slugs(&g.countries));
        v["countries"] = json!({
            "tp": w.intersection(&gs).count(),
            "fp": gs.difference(&w).count(),
            "fn": w.difference(&gs).count(),
            "missing": w.difference(&gs).collect::<Vec<_>>(),
            "extra": gs.difference(&w).collect::<Vec<_>>(),
        });
    }
    v
}

/// Counts and rates over a group of scored pages.
fn summarise(rows: &[&Value]) -> Value {
    let articles: Vec<&Value> = rows
        .iter()
        .copied()
        .filter(|r| r["has_article"] == true)
        .collect();
    let refused = articles.iter().filter(|r| !r["refused"].is_null()).count();
    let rate = |rs: &[&Value], f: &dyn Fn(&Value) -> bool| -> Value {
        let n = rs.len();
        let k = rs.iter().filter(|r| f(r)).count();
        json!({"right": k, "of": n, "rate": if n == 0 { 0.0 } else { k as f64 / n as f64 }})
    };
    let bodies: Vec<&Value> = articles.iter().filter_map(|r| r.get("body")).collect();
    let mean = |k: &str| -> f64 {
        if bodies.is_empty() {
            return 0.0;
        }
        bodies.iter().map(|b| b[k].as_f64().unwrap()).sum::<f64>() / bodies.len() as f64
    };
    let dated: Vec<&Value> = articles
        .iter()
        .copied()
        .filter(|r| !r["date"]["want"].is_null())
        .collect();
    let undated: Vec<&Value> = articles
        .iter()
        .copied()
        .filter(|r| r["date"]["want"].is_null() && r["refused"].is_null())
        .collect();
    let split = |en: bool, key: &str| -> Value {
        let (mut tp, mut fp, mut fn_, mut pages) = (0, 0, 0, 0);
        for r in &articles {
            if (r["language"] == "en") != en {
                continue;
            }
            if let Some(c) = r.get(key) {
                pages += 1;
                tp += c["tp"].as_u64().unwrap();
                fp += c["fp"].as_u64().unwrap();
                fn_ += c["fn"].as_u64().unwrap();
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let r = tp as f64 / (tp + fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        json!({"pages": pages, "precision": p, "recall": r, "f1": f})
    };
    let found: Vec<f64> = articles
        .iter()
        .filter_map(|r| r.get("people_found").and_then(Value::as_f64))
        .collect();
    let wanted: Vec<usize> = articles
        .iter()
        .filter_map(|r| r.get("people"))
        .map(|c| (c["tp"].as_u64().unwrap() + c["fn"].as_u64().unwrap()) as usize)
        .collect();
    json!({
        "pages": rows.len(),
        "articles": articles.len(),
        "body": {"pages": bodies.len(), "precision": mean("precision"), "recall": mean("recall"), "f1": mean("f1")},
        "refused": refused,
        "titles": rate(&articles, &|r| r["title"]["right"] == true),
        "dates": rate(&dated, &|r| r["date"]["right"] == true),
        "unresolved_links": articles.iter().filter_map(|r| r.get("unresolved_links")).map(|l| l.as_array().map_or(0, Vec::len)).sum::<usize>(),
        "pages_with_unresolved_links": articles.iter().filter(|r| r.get("unresolved_links").is_some_and(|l| l.as_array().is_some_and(|a| !a.is_empty()))).count(),
        "unresolved_links_as_file": articles.iter().filter_map(|r| r.get("unresolved_links_as_file")).map(|l| l.as_array().map_or(0, Vec::len)).sum::<usize>(),
        "pages_with_unresolved_links_as_file": articles.iter().filter(|r| r.get("unresolved_links_as_file").is_some_and(|l| l.as_array().is_some_and(|a| !a.is_empty()))).count(),
        "dates_invented": undated.iter().filter(|r| !r["date"]["got"].is_null()).count(),
        "undated": undated.len(),
        "languages": rate(&articles, &|r| r["lang"]["right"] == true),
        "images_found": rate(&articles, &|r| !r["found"]["image"].is_null()),
        "images_right": rate(
            &articles.iter().copied().filter(|r| r.get("image").is_some()).collect::<Vec<_>>(),
            &|r| r["image"]["right"] == true,
        ),
        "images_wrong_when_none": articles.iter().filter(|r| r.get("image").is_some_and(|i| i["want"].is_null() && !i["got"].is_null())).count(),
        "people_en": split(true, "people"),
        "people_other": split(false, "people"),
        "countries_en": split(true, "countries"),
        "countries_other": split(false, "countries"),
        "people_per_article": if found.is_empty() { 0.0 } else { found.iter().sum::<f64>() / found.len() as f64 },
        "people_per_article_expected": if wanted.is_empty() { 0.0 } else { wanted.iter().sum::<usize>() as f64 / wanted.len() as f64 },
    })
}

fn print_table(table: &[(&str, Value)]) {
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    let mut row = |label: &str, f: &dyn Fn(&Value) -> String| {
        lines.push((label.to_string(), table.iter().map(|(_, s)| f(s)).collect()));
    };
    let frac = |v: &Value| {
        format!(
            "{:.3} ({}/{})",
            v["rate"].as_f64().unwrap(),
            v["right"],
            v["of"]
        )
    };
    row("pages (with an article)", &|s| {
        format!("{} ({})", s["pages"], s["articles"])
    });
    row("body F1 (pages)", &|s| {
        format!(
            "{:.3} ({})",
            s["body"]["f1"].as_f64().unwrap(),
            s["body"]["pages"]
        )
    });
    row("body precision / recall", &|s| {
        format!(
            "{:.3} / {:.3}",
            s["body"]["precision"].as_f64().unwrap(),
            s["body"]["recall"].as_f64().unwrap()
        )
    });
    row("refused with an article", &|s| s["refused"].to_string());
    row("relative links, with URL (pages)", &|s| {
        format!(
            "{} ({})",
            s["unresolved_links"], s["pages_with_unresolved_links"]
        )
    });
    row("relative links, as file (pages)", &|s| {
        format!(
            "{} ({})",
            s["unresolved_links_as_file"], s["pages_with_unresolved_links_as_file"]
        )
    });
    row("titles right", &|s| frac(&s["titles"]));
    row("dates right (of stated)", &|s| frac(&s["dates"]));
    row("dates given, none stated", &|s| {
        format!("{} of {}", s["dates_invented"], s["undated"])
    });
    row("language right", &|s| frac(&s["languages"]));
    row("lead image found", &|s| frac(&s["images_found"]));
    row("lead image right (labelled)", &|s| frac(&s["images_right"]));
    row("lead image where none is", &|s| {
        s["images_wrong_when_none"].to_string()
    });
    let prf = |v: &Value, f1_only: bool| {
        if v["pages"] == 0 {
            "n/a".to_string()
        } else if f1_only {
            format!("{:.3} ({})", v["f1"].as_f64().unwrap(), v["pages"])
        } else {
            format!(
                "{:.3} / {:.3} ({})",
                v["precision"].as_f64().unwrap(),
                v["recall"].as_f64().unwrap(),
                v["pages"]
            )
        }
    };
    row("people P / R, English", &|s| prf(&s["people_en"], false));
    row("people P / R, other", &|s| prf(&s["people_other"], false));
    row("countries F1, English", &|s| prf(&s["countries_en"], true));
    row("countries F1, other", &|s| prf(&s["countries_other"], true));
    row("people per article (expected)", &|s| {
        format!(
            "{:.1} ({:.1})",
            s["people_per_article"].as_f64().unwrap(),
            s["people_per_article_expected"].as_f64().unwrap()
        )
    });
    let header: Vec<String> = table.iter().map(|(g, _)| g.to_string()).collect();
    println!(
        "{:<34} {}",
        "realpages",
        header
            .iter()
            .map(|h| format!("{h:<22}"))
            .collect::<String>()
    );
    for (label, cells) in lines {
        println!(
            "{label:<34} {}",
            cells.iter().map(|c| format!("{c:<22}")).collect::<String>()
        );
    }
}

/// Lead images in the real feeds: how many entries and feeds give one, as ingest reads them.
fn feed_images(dir: &Path) -> Value {
    let cleaner = Cleaner::new(&[]).expect("built-in cleaning rules");
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let (mut feeds, mut entries, mut with, mut feeds_with) = (0, 0, 0, 0);
    let mut per_feed = BTreeMap::new();
    for f in &files {
        let Ok(bytes) = fs::read(f) else { continue };
        let Ok(read) = newsdesk::ingest::feed::read_entries(&bytes, &cleaner) else {
            continue;
        };
        let n = read.entries.len();
        let k = read
            .entries
            .iter()
            .filter(|e| e.draft.image.is_some())
            .count();
        feeds += 1;
        entries += n;
        with += k;
        feeds_with += usize::from(k > 0);
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let first = read.entries.iter().find_map(|e| e.draft.image.as_ref());
        per_feed.insert(
            name,
            json!({"entries": n, "with_image": k, "first": first.map(|i| &i.src)}),
        );
    }
    println!(
        "{:<34} {feeds_with} of {feeds} feeds, {with} of {entries} entries",
        "feeds giving a lead image"
    );
    json!({"feeds": feeds, "feeds_with_image": feeds_with, "entries": entries, "entries_with_image": with, "per_feed": per_feed})
}

/// `--compare FILE`: what changed on each page since an earlier `realpages.json`.
fn compare(before: &Value, now: &[Value]) {
    let old: BTreeMap<&str, &Value> = before["pages"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p["page"].as_str()?, p)))
                .collect()
        })
        .unwrap_or_default();
    let (mut better, mut worse) = (0, 0);
    // Unseen held-out pages are only counted: reading what changed on them is tuning on them.
    let (mut hidden_better, mut hidden_worse) = (0, 0);
    let mut hidden_body: Vec<f64> = Vec::new();
    println!("changes since the earlier run:");
    for n in now {
        let name = n["page"].as_str().unwrap_or_default();
        let Some(o) = old.get(name) else {
            println!("  {name}: new page");
            continue;
        };
        let mut notes: Vec<(bool, String)> = Vec::new();
        let (fo, fnow) = (o["body"]["f1"].as_f64(), n["body"]["f1"].as_f64());
        if n["held_out"] == true
            && n["seen"] == false
            && let (Some(a), Some(b)) = (fo, fnow)
            && (a - b).abs() >= 0.0005
        {
            hidden_body.push(b - a);
        }
        if let (Some(a), Some(b)) = (fo, fnow)
            && (a - b).abs() >= 0.005
        {
            notes.push((b > a, format!("body F1 {a:.3} → {b:.3}")));
        }
        if o["refused"].is_null() != n["refused"].is_null() {
            notes.push((n["refused"].is_null(), format!("refused: {}", n["refused"])));
        }
        for key in ["title", "date", "lang"] {
            if o[key]["right"] != n[key]["right"] {
                let right = n[key]["right"] == true;
                let word = if right { "now right" } else { "now wrong" };
                notes.push((right, format!("{key} {word} (got {})", n[key]["got"])));
            }
        }
        for key in ["people", "countries"] {
            let d = |f: &str| n[key][f].as_i64().unwrap_or(0) - o[key][f].as_i64().unwrap_or(0);
            let (tp, fp) = (d("tp"), d("fp"));
            if tp != 0 || fp != 0 {
                notes.push((tp - fp > 0, format!("{key} right {tp:+}, wrong {fp:+}")));
            }
        }
        if notes.is_empty() {
            continue;
        }
        let up = notes.iter().filter(|(b, _)| *b).count();
        let unseen = n["held_out"] == true && n["seen"] == false;
        match (up * 2 >= notes.len(), unseen) {
            (true, false) => better += 1,
            (false, false) => worse += 1,
            (true, true) => hidden_better += 1,
            (false, true) => hidden_worse += 1,
        }
        if unseen {
            continue;
        }
        let text: Vec<String> = notes.into_iter().map(|(_, t)| t).collect();
        println!("  {name}: {}", text.join("; "));
    }
    println!("{better} pages mostly better, {worse} mostly worse");
    println!(
        "unseen held-out pages (not named): {hidden_better} mostly better, {hidden_worse} mostly worse"
    );
    let (up, down): (Vec<f64>, Vec<f64>) = hidden_body.iter().partition(|d| **d > 0.0);
    println!(
        "  their body F1: higher on {} (sum {:+.3}), lower on {} (sum {:+.3})",
        up.len(),
        up.iter().sum::<f64>(),
        down.len(),
        down.iter().sum::<f64>()
    );
}

/// `--page NAME`: everything about one page.
fn details(p: &Page, g: &Got) {
    let e = &p.expect;
    let split = match (p.held, p.seen) {
        (true, true) => ", held out, seen",
        (true, false) => ", held out",
        _ => "",
    };
    println!("page      {} ({}{split})", p.name, p.group);
    if let Some(r) = &g.refused {
        println!("REFUSED   {r}");
    }
    println!("title     want {:?}\n          got  {:?}", e.title, g.title);
    println!("date      want {:?}  got {:?}", e.date, g.date);
    println!("language  want {:?}  got {:?}", e.language, g.language);
    if let Some(want) = &e.people {
        let (w, gs) = (slugs(want), slugs(&g.people));
        println!(
            "people    missing {:?}",
            w.difference(&gs).collect::<Vec<_>>()
        );
        println!(
            "          extra   {:?}",
            gs.difference(&w).collect::<Vec<_>>()
        );
    } else {
        println!("people    (not labelled) got {:?}", g.people);
    }
    if let Some(want) = &e.countries {
        let (w, gs) = (slugs(want), slugs(&g.countries));
        println!(
            "countries missing {:?}",
            w.difference(&gs).collect::<Vec<_>>()
        );
        println!(
            "          extra   {:?}",
            gs.difference(&w).collect::<Vec<_>>()
        );
    } else {
        println!("countries (not labelled) got {:?}", g.countries);
    }
    let got = plain_paragraphs(&g.body);
    let Some(text) = &p.text else {
        println!("body      (no expected text) got {} paragraphs", got.len());
        return;
    };
    let want = text_paragraphs(text);
    let (pr, rc, f) = prf(&want.join("\n\n"), &got.join("\n\n"));
    println!("body      precision {pr:.3} recall {rc:.3} F1 {f:.3}");
    let (got_all, want_all) = (got.join("\n\n"), want.join("\n\n"));
    for w in &want {
        if !found_in(w, &got_all) {
            println!("  MISSING {}", clip(w));
        }
    }
    for x in &got {
        if !found_in(x, &want_all) {
            println!("  EXTRA   {}", clip(x));
        }
    }
}

fn clip(s: &str) -> String {
    let mut t: String = s.chars().take(110).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}
