"""A/B image benchmark: Hugo vs newsdesk on 1000 articles with distinct 1600x900 JPEGs.
Cold (no cache), warm (second build, cache kept) and newsdesk without images; interleaved.

    python3 benches/images/vs_hugo.py /path/to/release/newsdesk [ROUNDS]

The sites come from benches/images/make_sites.py (see there)."""
import glob, os, shutil, statistics, subprocess, sys, time
B = "/tmp/hugo-images"
HUGO = glob.glob("/tmp/hugo-venv/lib/python3*/site-packages/hugo/binaries/hugo")[0]
ND = sys.argv[1]
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3

def run(cmd):
    t0 = time.perf_counter(); r0 = os.times()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0; r1 = os.times()
    if p.returncode != 0:
        print(p.stdout[-2000:], p.stderr[-2000:]); raise SystemExit(f"failed: {cmd}")
    cpu = (r1.children_user - r0.children_user) + (r1.children_system - r0.children_system)
    print(f"  {os.path.basename(cmd[0])} {' '.join(cmd[1:3])}: wall {wall:.2f} s, cpu {cpu:.2f} s, "
          f"load average after {os.getloadavg()[0]:.1f}", flush=True)
    return wall, cpu

def hugo(cold):
    if cold:
        shutil.rmtree(f"{B}/hugo/resources", ignore_errors=True)
        shutil.rmtree("/dev/shm/img-hugo", ignore_errors=True)
    cmd = [HUGO, "--quiet", "--source", f"{B}/hugo", "--destination", "/dev/shm/img-hugo"]
    if cold: cmd.append("--ignoreCache")
    return run(cmd)

def nd(site, out, cold):
    if cold:
        shutil.rmtree(f"{B}/{site}/.newsdesk", ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
    return run([ND, "build", "--quiet", "--root", f"{B}/{site}", "--output", out])

res = {k: [] for k in ["hugo cold", "newsdesk cold", "hugo warm", "newsdesk warm", "newsdesk no images (2nd build)"]}
for r in range(ROUNDS):
    res["hugo cold"].append(hugo(True))
    res["newsdesk cold"].append(nd("nd", "/dev/shm/img-nd", True))
    res["hugo warm"].append(hugo(False))
    res["newsdesk warm"].append(nd("nd", "/dev/shm/img-nd", False))
    nd("nd-noimg", "/dev/shm/img-nd0", True)
    res["newsdesk no images (2nd build)"].append(nd("nd-noimg", "/dev/shm/img-nd0", False))
    print("round", r + 1, {k: round(v[-1][0], 2) for k, v in res.items()}, flush=True)
for k, v in res.items():
    print(f"{k:34} wall median {statistics.median(w for w, _ in v):7.2f} s  cpu median {statistics.median(c for _, c in v):7.2f} s  walls {[round(w, 2) for w, _ in v]}")
print("cold ratio newsdesk/hugo (paired medians):", round(statistics.median(n[0] / h[0] for n, h in zip(res["newsdesk cold"], res["hugo cold"])), 3))
print("warm with images / without:", round(statistics.median(a[0] / b[0] for a, b in zip(res["newsdesk warm"], res["newsdesk no images (2nd build)"])), 3))
