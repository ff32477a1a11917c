#!/usr/bin/env python3
"""`newsdesk build` from the command line after no change and after one edit, with the
persistent build cache (.newsdesk/cache/build/) and without it (standard library only).

    python3 benches/cli_rebuild.py [--size 10000] [--runs 5] [--newsdesk PATH]

Generates (once) the corpus with ../shared/bench/gen_corpus.py --flavor newsdesk in
$NEWSDESK_BENCH_DIR (default /tmp/newsdesk-bench, shared with benches/rebuild.rs), builds it
once into tmpfs, then per run, alternately with the cache kept and with it deleted before each
build: a no-op build, and a build after editing the first sentence of one article (a
different article each run; the edit is undone by an untimed build). Prints medians of wall
and CPU time (user+sys). Targets at 10,000 articles (issue 21): one edit <= 300 ms, no-op
<= 200 ms, with the cache.
"""

import argparse
import os
import resource
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


def corpus(size):
    root = os.path.join(WORK, f"nd-{size}")
    if not os.path.isdir(os.path.join(root, "content")):
        gen = os.path.join(SHARED_BENCH, "gen_corpus.py")
        subprocess.run([sys.executable, gen, root, str(size), "--flavor", "newsdesk"], check=True)
    with open(os.path.join(root, "site.yaml"), "w") as f:
        f.write(SITE_YAML)
    return root


def timed(cmd):
    """Wall and CPU seconds of one run of `cmd` (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    if "warning" in done.stderr:
        sys.exit(f"unexpected warning:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def edit_lead(path, k):
    with open(path) as f:
        text = f.read()
    end = text.index("\n---\n", 3) + 5
    with open(path, "w") as f:
        f.write(f"{text[:end]}\nA ferry named Edit{k} sank off Lampedusa.{text[end:]}")
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    # The same binary vs_hugo.py and scale.py use: a stale ./target gave a false figure once.
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")
    ap.add_argument("--newsdesk", default=os.path.join(target, "release", "newsdesk"))
    args = ap.parse_args()
    root = corpus(args.size)
    out = os.path.join(OUT, f"newsdesk-cli-rebuild-{args.size}")
    cache = os.path.join(root, ".newsdesk", "cache", "build")
    build = [args.newsdesk, "build", "--root", root, "--output", out, "--quiet"]
    shutil.rmtree(cache, ignore_errors=True)
    print(f"first build of {args.size} articles: {timed(build)[0]:.2f} s")
    files = sorted(
        os.path.join(d, f)
        for d, _, fs in os.walk(os.path.join(root, "content"))
        for f in fs
        if f.endswith(".md")
    )
    results = {}
    for run in range(args.runs):
        for cached in (True, False):
            def one(kind, cmd=build):
                if not cached:
                    shutil.rmtree(cache, ignore_errors=True)
                results.setdefault((cached, kind), []).append(timed(cmd))

            if not cached:
                # The run without a cache starts from one written by the build before.
                timed(build)
            one("no-op build")
            path = files[(run * 7919) % len(files)]
            original = edit_lead(path, run)
            one("build after one edit")
            with open(path, "w") as f:
                f.write(original)
            timed(build)
    for (cached, kind), xs in sorted(results.items(), key=lambda x: (not x[0][0], x[0][1])):
        wall = statistics.median(x[0] for x in xs) * 1000
        cpu = statistics.median(x[1] for x in xs) * 1000
        label = "with cache" if cached else "no cache"
        print(f"{kind:<22} {label:<11} wall {wall:7.0f} ms  CPU {cpu:7.0f} ms  ({len(xs)} runs)")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
