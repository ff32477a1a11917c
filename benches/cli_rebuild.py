#!/usr/bin/env python3
"""`newsdesk build` from the command line after no change and after one edit, with the
persistent build cache (.newsdesk/cache/build/) and without it (standard library only).

    python3 benches/cli_rebuild.py [--size 10000] [--runs 5] [--newsdesk PATH] [--out DIR]
                                   [--compare OLD_PATH]

Generates (once) the corpus with ../shared/bench/gen_corpus.py --flavor newsdesk in
$NEWSDESK_BENCH_DIR (default /tmp/newsdesk-bench, shared with benches/rebuild.rs), builds it
once into tmpfs, then per run, alternately with the cache kept and with it deleted before each
build: a no-op build, and a build after editing the first sentence of one article (a
different article each run; the edit is undone by an untimed build). Prints medians of wall
and CPU time (user+sys). Targets at 10,000 articles (issue 21): one edit <= 300 ms, no-op
<= 200 ms, with the cache.

The output goes under --out (default $NEWSDESK_BENCH_OUT, else /dev/shm): benches run side by
side each give their own. --compare OLD_PATH times another newsdesk in the same sitting, with
the cache only: each binary builds its own copy of the corpus (the cache names the executable
that wrote it, so one copy would be cold for both), the two alternate run by run (ABBA) and
edit the same article, and each run's pair is printed with the medians.
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
OUT = os.environ.get("NEWSDESK_BENCH_OUT") or ("/dev/shm" if os.path.isdir("/dev/shm") else WORK)
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


def files_of(root):
    return sorted(
        os.path.join(d, f)
        for d, _, fs in os.walk(os.path.join(root, "content"))
        for f in fs
        if f.endswith(".md")
    )


def summary(label, xs):
    wall = statistics.median(x[0] for x in xs) * 1000
    cpu = statistics.median(x[1] for x in xs) * 1000
    print(f"{label:<34} wall {wall:7.0f} ms  CPU {cpu:7.0f} ms  ({len(xs)} runs)")


def compare(args, root, binaries):
    """Paired runs of several binaries, each on its own corpus copy, with the cache."""
    sites = []
    for k, binary in enumerate(binaries):
        site = root if k == 0 else f"{root}-{chr(ord('a') + k)}"
        if k > 0:
            # A fresh copy each time: the other copy's cache and edits are not this one's.
            shutil.rmtree(site, ignore_errors=True)
            shutil.copytree(root, site, ignore=shutil.ignore_patterns(".newsdesk"))
        out = os.path.join(args.out, f"newsdesk-cli-rebuild-{args.size}-{k}")
        build = [binary, "build", "--root", site, "--output", out, "--quiet"]
        shutil.rmtree(os.path.join(site, ".newsdesk", "cache", "build"), ignore_errors=True)
        print(f"first build of {args.size} articles with {binary}: {timed(build)[0]:.2f} s")
        timed(build)
        sites.append((binary, site, out, build, files_of(site)))
    results = {}
    for run in range(args.runs):
        order = range(len(sites)) if run % 2 == 0 else reversed(range(len(sites)))
        line = []
        for k in order:
            binary, site, out, build, files = sites[k]
            noop = timed(build)
            path = files[(run * 7919) % len(files)]
            original = edit_lead(path, run)
            edit = timed(build)
            with open(path, "w") as f:
                f.write(original)
            timed(build)
            results.setdefault((k, "no-op build"), []).append(noop)
            results.setdefault((k, "build after one edit"), []).append(edit)
            line.append(f"[{k}] edit {edit[0] * 1000:.0f} ms wall {edit[1] * 1000:.0f} ms CPU")
        print(f"run {run}: " + ", ".join(line) + f"  (load {os.getloadavg()[0]:.1f})")
    for (k, kind), xs in sorted(results.items()):
        summary(f"[{k}] {kind}", xs)
    for _, site, out, *_ in sites:
        shutil.rmtree(out, ignore_errors=True)
    for _, site, *_ in sites[1:]:
        shutil.rmtree(site, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    # The same binary vs_hugo.py and scale.py use: a stale ./target gave a false figure once.
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")
    ap.add_argument("--newsdesk", default=os.path.join(target, "release", "newsdesk"))
    ap.add_argument("--out", default=OUT, help="folder for the outputs (tmpfs is best)")
    ap.add_argument("--compare", metavar="OLD_PATH", help="another newsdesk to pair with")
    args = ap.parse_args()
    root = corpus(args.size)
    if args.compare:
        print(f"[0] {args.newsdesk}\n[1] {args.compare}")
        compare(args, root, [args.newsdesk, args.compare])
        return
    out = os.path.join(args.out, f"newsdesk-cli-rebuild-{args.size}")
    cache = os.path.join(root, ".newsdesk", "cache", "build")
    build = [args.newsdesk, "build", "--root", root, "--output", out, "--quiet"]
    shutil.rmtree(cache, ignore_errors=True)
    print(f"first build of {args.size} articles: {timed(build)[0]:.2f} s")
    files = files_of(root)
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
        label = "with cache" if cached else "no cache"
        summary(f"{kind:<22} {label}", xs)
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
