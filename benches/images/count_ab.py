#!/usr/bin/env python3
"""Instructions of warm CLI builds, with images (A) and without (B), counted by callgrind.

    python3 benches/images/count_ab.py [noop|edit] [ROUNDS] NAME=NEWSDESK:SITES ...

SITES is a folder holding benches/images/make_sites.py's nd/ and nd-noimg/ (copy them per
binary as docs/images.md describes: each binary keeps its own record of the last build).
Each build runs under `valgrind --tool=callgrind` with RAYON_NUM_THREADS=1, so that idle
workers' spinning is not counted and the count hardly moves from run to run (a few
thousandths): unlike CPU time, it does not depend on the machine's load, so a change of
1 % shows at load 10. What it leaves out is the kernel's work (`stat`, listing folders,
page faults), which `strace -c` and `perf` measure; a no-op build is mostly that.

Prints, per binary, the median instructions of each side, their difference (what the
pictures cost) and ratio. Outputs go to $COUNT_AB_OUT (default /dev/shm/count-ab). Standard
library only; valgrind must be installed.
"""

import os
import re
import statistics
import subprocess
import sys
import time


def build(binary, site, out, counted):
    """One build; its instruction count when `counted`."""
    cmd = [binary, "build", "--quiet", "--root", site, "--output", out]
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    if counted:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd
    proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        sys.exit(f"build of {site} failed:\n{err}")
    if not counted:
        return None
    found = re.search(r"Collected : (\d+)", err)
    if not found:
        sys.exit(f"no count from valgrind:\n{err}")
    return int(found.group(1))


def first_article(site):
    found = []
    for dirpath, _, files in os.walk(os.path.join(site, "content")):
        found += [os.path.join(dirpath, f) for f in files if f.endswith(".md")]
    return sorted(found)[0]


def main():
    args = sys.argv[1:]
    mode = args.pop(0) if args and args[0] in ("noop", "edit") else "noop"
    rounds = int(args.pop(0)) if args and args[0].isdigit() else 2
    if not args:
        sys.exit(__doc__)
    base = os.environ.get("COUNT_AB_OUT", "/dev/shm/count-ab")
    sides = []
    for arg in args:
        name, rest = arg.split("=", 1)
        binary, sites = rest.split(":", 1)
        for side, site in (("with", "nd"), ("without", "nd-noimg")):
            out = os.path.join(base, f"{name}-{side}")
            sides.append((name, side, binary, os.path.join(sites, site), out))
    for _, _, binary, site, out in sides:
        for _ in range(2):
            build(binary, site, out, False)
    time.sleep(3)
    # A build that records settled stamps (an input changed, so it has work to do).
    for _, _, binary, site, out in sides:
        with open(first_article(site), "a") as f:
            f.write("\nSettled.\n")
        build(binary, site, out, False)
    counts = {}
    for i in range(rounds):
        for name, side, binary, site, out in sides:
            if mode == "edit":
                with open(first_article(site), "a") as f:
                    f.write(f"\nCounted line {i}.\n")
            counts.setdefault((name, side), []).append(build(binary, site, out, True))
    for name in dict.fromkeys(n for n, *_ in sides):
        w = statistics.median(counts[(name, "with")])
        wo = statistics.median(counts[(name, "without")])
        print(
            f"{name} {mode}: with {w / 1e6:.2f} M instructions, without {wo / 1e6:.2f} M; "
            f"pictures {(w - wo) / 1e6:.2f} M, ratio {w / wo:.3f}"
        )


if __name__ == "__main__":
    main()
