#!/usr/bin/env python3
"""How newsdesk's cold build grows with the archive (standard library only).

    python3 benches/scale.py [--sizes 10000,100000] [--runs 1] [--newsdesk BIN]... [--out DIR]

Issue 21 asks a build of 100,000 articles to take at most 10x the time of 10,000 and to peak
under 2.5 GB. For each run it builds every size once, in order (so the sizes of one run are
measured in the same minutes of machine load), from the corpora and `site.yaml` of
benches/vs_hugo.py (generated on first use with ../shared/bench/gen_corpus.py), with the
build cache removed first and the output on tmpfs. It prints each size's median wall time,
CPU time (user+sys), peak RSS and the load average before its runs, and the ratios of wall
and CPU time to the first size. Give `--newsdesk` explicitly when benchmarking another
build: by default the release binary under $CARGO_TARGET_DIR (or ./target) is used as is.
Given two or more times (`--newsdesk OLD --newsdesk NEW`), the binaries take turns at each
size of each run, and each gets its own rows and ratios: a paired comparison.
The output goes to `--out` (default $NEWSDESK_SCALE_OUT, else /dev/shm/newsdesk-scale): give
each concurrent run its own, as it is deleted before each build. The corpora live under
$NEWSDESK_BENCH_DIR (default /tmp/newsdesk-bench), as vs_hugo.py's do.
With `--warm`, every file of a corpus is read just before each build, so both sizes start
with their sources in the page cache: on a machine short of memory the 100k corpus is
evicted within minutes, and reading it back from disk then doubles the load phase's CPU
time at 100k (perf: 1,579 samples cold against 795 warm) and adds disk waits to the wall.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys

import vs_hugo


def corpus(n):
    """The newsdesk-flavor corpus of `n` articles with vs_hugo's site.yaml."""
    nd = os.path.join(vs_hugo.WORK, f"nd-{n}")
    if not os.path.isdir(os.path.join(nd, "content")):
        print(f"generating {n} articles", file=sys.stderr)
        gen = os.path.join(vs_hugo.SHARED_BENCH, "gen_corpus.py")
        subprocess.run([sys.executable, gen, nd, str(n), "--flavor", "newsdesk"],
                       check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(nd, "site.yaml"), "w") as f:
        f.write(vs_hugo.SITE_YAML + vs_hugo.PARITY_YAML)
    return nd


def warm(root):
    """Reads every file under `root`'s content directory, so the build finds them cached."""
    for dirpath, _, files in os.walk(os.path.join(root, "content")):
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as f:
                while f.read(1 << 20):
                    pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=1)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(vs_hugo.REPO, "target")
    ap.add_argument("--newsdesk", action="append",
                    help="a binary to build with; give it twice (old, new) for paired runs")
    ap.add_argument("--out", default=os.environ.get("NEWSDESK_SCALE_OUT")
                    or os.path.join(vs_hugo.OUT, "newsdesk-scale"))
    ap.add_argument("--warm", action="store_true",
                    help="read each corpus's files just before each build (page cache warm)")
    args = ap.parse_args()
    bins = args.newsdesk or [os.path.join(target, "release", "newsdesk")]
    for b in bins:
        if not os.access(b, os.X_OK):
            sys.exit(f"{b}: no newsdesk binary (cargo build --release, or --newsdesk)")
    sizes = [int(s) for s in args.sizes.split(",")]
    roots = {n: corpus(n) for n in sizes}
    out = args.out
    got = {(b, n): [] for b in bins for n in sizes}
    for run in range(args.runs):
        for n in sizes:
            # Binaries alternate within a size, so each pair meets the same minutes of load.
            for b in bins:
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(os.path.join(roots[n], ".newsdesk"), ignore_errors=True)
                if args.warm:
                    warm(roots[n])
                load = os.getloadavg()[0]
                wall, cpu, rss = vs_hugo.timed(
                    [b, "build", "--root", roots[n], "--output", out])
                got[b, n].append((wall, cpu, rss, load))
                print(f"run {run + 1}, {b}, {n:,} articles: {wall:.2f} s wall, {cpu:.2f} s CPU, "
                      f"{rss:,.0f} MiB, load {load:.1f}", file=sys.stderr)
    shutil.rmtree(out, ignore_errors=True)
    first = sizes[0]
    print("| binary | articles | wall s | CPU s | peak RSS MiB | load | wall / first | CPU / first |")
    print("|---|---|---|---|---|---|---|---|")
    for b in bins:
        base_wall = statistics.median(g[0] for g in got[b, first])
        base_cpu = statistics.median(g[1] for g in got[b, first])
        for n in sizes:
            wall, cpu, rss, load = (statistics.median(g[k] for g in got[b, n]) for k in range(4))
            print(f"| {b} | {n:,} | {wall:.2f} | {cpu:.2f} | {rss:,.0f} | {load:.1f} | "
                  f"{wall / base_wall:.1f} | {cpu / base_cpu:.1f} |")


if __name__ == "__main__":
    main()
