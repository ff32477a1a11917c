//! In-process rebuild after one article changes, as the preview server does it.
//!
//! `cargo bench --bench rebuild` generates (once) a 10,000-article corpus with
//! `../shared/bench/gen_corpus.py --flavor newsdesk` in `$NEWSDESK_BENCH_DIR` (default
//! /tmp/newsdesk-bench), builds it into tmpfs, then edits one article at a time and times the
//! rebuild. Set `NEWSDESK_BENCH_SIZE` for another size, `NEWSDESK_BENCH_EDIT=lead` to edit
//! each article's first sentence rather than add a paragraph at its end. Target: median
//! ≤ 150 ms at 10,000. The output goes to `$NEWSDESK_BENCH_OUT` (default /dev/shm, else the
//! temporary folder), so benches run side by side need not share one output folder.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use newsdesk::BuildOptions;
use newsdesk::build::Builder;

// The allocator of the `newsdesk` binary (src/main.rs), which `newsdesk serve` rebuilds
// with: with the system allocator malloc, free and their consolidation were ~15% of a
// rebuild's samples (perf), work the preview server does not do.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus(n: usize) -> PathBuf {
    let work = std::env::var("NEWSDESK_BENCH_DIR").unwrap_or_else(|_| "/tmp/newsdesk-bench".into());
    let root = Path::new(&work).join(format!("nd-{n}"));
    if !root.join("content").is_dir() {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/gen_corpus.py");
        let ok = Command::new("python3")
            .arg(script)
            .arg(&root)
            .arg(n.to_string())
            .args(["--flavor", "newsdesk"])
            .status()
            .expect("python3");
        assert!(ok.success(), "corpus generation failed");
    }
    std::fs::write(
        root.join("site.yaml"),
        "title: Synthetic News Digest\nbase_url: https://digest.example.org/\npaginate_by: 20\nfeed_limit: 20\neditions: daily\n",
    )
    .unwrap();
    root
}

/// CPU time of this process so far (all threads; 10 ms ticks, fine over many rebuilds).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces): utime and stime are 14 and 15.
    let rest = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    Duration::from_millis(f.iter().sum::<u64>() * 10)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let n: usize = std::env::var("NEWSDESK_BENCH_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    // As `newsdesk` does (src/main.rs): no transparent huge pages for mimalloc's regions.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    let root = corpus(n);
    let out_base = match std::env::var_os("NEWSDESK_BENCH_OUT") {
        Some(dir) => PathBuf::from(dir),
        None if Path::new("/dev/shm").is_dir() => PathBuf::from("/dev/shm"),
        None => std::env::temp_dir(),
    };
    let out = out_base.join(format!("newsdesk-rebuild-bench-{n}"));
    let _ = std::fs::remove_dir_all(&out);
    let mut builder = Builder::new(BuildOptions {
        root: root.clone(),
        output: Some(out.clone()),
        base_url: None,
        drafts: false,
    });
    let t = Instant::now();
    let first = builder.build().expect("first build");
    println!(
        "full build of {n} articles: {:.0} ms ({} files)",
        t.elapsed().as_secs_f64() * 1e3,
        first.files
    );
    // Edit articles spread over the archive: newest, middle, oldest, and a few between.
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    files.reverse();
    let picks: Vec<PathBuf> = (0..9)
        .map(|k| files[k * (files.len() - 1) / 8].clone())
        .collect();
    let mut times = Vec::new();
    let mut cpu = Duration::ZERO;
    let mut phases: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    let mut search_times = Vec::new();
    // Each pick is edited `rounds` times (set NEWSDESK_BENCH_ROUNDS, default 2; more for
    // profiling, so rebuilds outweigh the first build).
    let rounds: usize = std::env::var("NEWSDESK_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    // NEWSDESK_BENCH_SEARCH=0 skips the search index job, so a profile shows rebuilds only.
    let search_too = std::env::var("NEWSDESK_BENCH_SEARCH").map_or(true, |v| v != "0");
    // NEWSDESK_BENCH_EDIT=lead edits the first sentence instead of adding a last paragraph,
    // so the article's words as story grouping reads them (title and lead) change too.
    let lead = std::env::var("NEWSDESK_BENCH_EDIT").is_ok_and(|v| v == "lead");
    let edits = (0..rounds).flat_map(|_| picks.iter());
    for (round, file) in edits.enumerate() {
        let original = std::fs::read_to_string(file).unwrap();
        let edited = if lead {
            let end = original[3..].find("\n---\n").expect("front matter") + 3 + 5;
            let (front, body) = original.split_at(end);
            format!("{front}\nA ferry named Edit{round} sank off Lampedusa.{body}")
        } else {
            format!("{original}\nEdited paragraph {round}.\n")
        };
        std::fs::write(file, edited).unwrap();
        // As the preview server does it: the watcher names the file, the pages are served,
        // and the search index follows on its own thread (here: after the clock stops).
        builder.hint_changed(std::slice::from_ref(file));
        let (t, c) = (Instant::now(), cpu_time());
        let (report, search) = builder.build_pages_first().expect("rebuild");
        times.push(t.elapsed());
        cpu += cpu_time() - c;
        phases.push(report.phases.clone());
        assert!(report.write.written >= 1, "the edit must reach the output");
        if search_too {
            let t = Instant::now();
            search.run().expect("search index");
            search_times.push(t.elapsed());
        }
        std::fs::write(file, original).unwrap();
        builder.hint_changed(std::slice::from_ref(file));
        let (_, search) = builder.build_pages_first().expect("restore");
        if search_too {
            search.run().expect("search index");
        }
    }
    let med = median(times.clone());
    println!(
        "rebuild after editing one article: median {:.1} ms, min {:.1} ms, max {:.1} ms over {} edits",
        med.as_secs_f64() * 1e3,
        times.iter().min().unwrap().as_secs_f64() * 1e3,
        times.iter().max().unwrap().as_secs_f64() * 1e3,
        times.len()
    );
    println!(
        "CPU time per rebuild (all threads, mean): {:.1} ms",
        cpu.as_secs_f64() * 1e3 / times.len() as f64
    );
    if !search_times.is_empty() {
        println!(
            "search index job after the pages (served pages do not wait for it): median {:.1} ms",
            median(search_times).as_secs_f64() * 1e3
        );
    }
    for (k, (name, _)) in phases[0].iter().enumerate() {
        let m = median(phases.iter().map(|p| p[k].1).collect());
        println!("  {:>7.1} ms  {name}", m.as_secs_f64() * 1e3);
    }
    let _ = std::fs::remove_dir_all(&out);
}
