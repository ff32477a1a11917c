#!/usr/bin/env python3
"""A/B of warm CLI builds: a site with local images (A) against the same site without (B).

    python3 benches/images/warm_ab.py NEWSDESK SITE_WITH SITE_WITHOUT [noop|edit] [ROUNDS]

SITE_WITH and SITE_WITHOUT are benches/images/make_sites.py's nd/ and nd-noimg/ (the same
articles, with and without `image:` and the pictures in static/). Outputs go to /dev/shm
(or $WARM_AB_OUT) so the disk's speed does not count. Each site is built until a build has
nothing to do, and once more after a pause so the record's stamps have settled; then the
rounds alternate A B A B … in the same minute:

  noop  a build with nothing to do;
  edit  a line appended to the site's first article, then a build.

Prints the median CPU time (user + system of the build process, all threads) and wall time
of each side, the median of the paired ratios A/B, each round's CPU times, and the load
average. Standard library only (Linux: os.wait4 gives the child's CPU time).
"""

import os
import statistics
import subprocess
import sys
import time


def run(binary, site, out):
    """One build: (cpu seconds, wall seconds)."""
    start = time.monotonic()
    proc = subprocess.Popen(
        [binary, "build", "--quiet", "--root", site, "--output", out],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"build of {site} failed:\n{err}")
    return usage.ru_utime + usage.ru_stime, wall


def first_article(site):
    found = []
    for dirpath, _, files in os.walk(os.path.join(site, "content")):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(".md")]
    return sorted(found)[0]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, with_images, without = sys.argv[1:4]
    mode = sys.argv[4] if len(sys.argv) > 4 else "noop"
    rounds = int(sys.argv[5]) if len(sys.argv) > 5 else 11
    base = os.environ.get("WARM_AB_OUT", "/dev/shm")
    sides = {
        "A": (with_images, os.path.join(base, "warm-ab-with")),
        "B": (without, os.path.join(base, "warm-ab-without")),
    }
    for site, out in sides.values():
        for _ in range(2):
            run(binary, site, out)
    time.sleep(3)
    # A build that records settled stamps (an input changed, so it has work to do).
    for site, out in sides.values():
        with open(first_article(site), "a") as f:
            f.write("\nSettled.\n")
        run(binary, site, out)
    results = {"A": [], "B": []}
    for i in range(rounds):
        for side, (site, out) in sides.items():
            if mode == "edit":
                with open(first_article(site), "a") as f:
                    f.write(f"\nEdited line {i}.\n")
            results[side].append(run(binary, site, out))
    for side in "AB":
        cpu = [c * 1000 for c, _ in results[side]]
        wall = [w * 1000 for _, w in results[side]]
        print(
            f"{side} ({'with' if side == 'A' else 'without'} images): "
            f"cpu {statistics.median(cpu):.1f} ms, wall {statistics.median(wall):.1f} ms "
            f"(median of {rounds}); cpu per round {[round(c, 1) for c in cpu]}"
        )
    pairs = list(zip(results["A"], results["B"]))
    print(
        "paired A/B ratio, median: cpu "
        f"{statistics.median(a[0] / b[0] for a, b in pairs):.3f}, wall "
        f"{statistics.median(a[1] / b[1] for a, b in pairs):.3f}"
    )
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
