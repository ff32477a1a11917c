#!/usr/bin/env python3
"""The preview server under sustained stress (standard library only; not run in CI).

    cargo build --release
    python3 benches/serve_stress.py [--bin PATH] [--root DIR] [--clients 500] [--slow 100]
                                    [--seconds 60]

Starts `newsdesk serve --port 0` on the site at --root (default: the repository's sample site)
and, for --seconds, keeps --clients keep-alive connections each sending one GET after another
(pages found on the home page, plus one missing page that must answer 404), while --slow
slowloris sockets send one byte of a never-ending request head per second (reconnecting
whenever the server cuts them) and, once a second, one client sends 64 KiB of headers and one
a 100 KiB URL (each must be refused with 431 or 414, or closed, within 5 s).

Prints requests answered and per second, errors by kind, latency percentiles, how long the
server let slowloris sockets live, the refusals, and the server's peak threads, open file
descriptors and resident memory (from /proc). Exits non-zero on any error. The client side is
one Python thread: at high load it, not the server, may be what limits throughput.
"""

import argparse
import asyncio
import collections
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def default_bin():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.path.join(target, "release", "newsdesk")


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


async def read_response(reader):
    """Reads one response; returns (status, body length). Raises on a malformed answer."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
    await reader.readexactly(length)
    return status, length


class Stats:
    def __init__(self):
        self.latencies = []
        self.errors = collections.Counter()
        self.statuses = collections.Counter()
        self.slow_lifetimes = []
        self.refusals = collections.Counter()
        self.refusal_times = []


async def client(host, port, paths, deadline, stats, k):
    """One keep-alive connection requesting page after page; reconnects if the server closes."""
    i = k
    reader = writer = None
    while time.monotonic() < deadline:
        path, want = paths[i % len(paths)]
        i += 1
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), 10)
            started = time.monotonic()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            status, _ = await asyncio.wait_for(read_response(reader), 10)
            stats.latencies.append(time.monotonic() - started)
            stats.statuses[status] += 1
            if status != want:
                stats.errors[f"{path}: {status} (wanted {want})"] += 1
        except asyncio.TimeoutError:
            stats.errors["no answer within 10 s"] += 1
            writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as e:
            stats.errors[type(e).__name__] += 1
            writer = None
    if writer is not None:
        writer.close()


async def slowloris(host, port, deadline, stats):
    """Sends one byte of a head that never ends, each second; counts how long each socket lived."""
    head = f"GET / HTTP/1.1\r\nHost: {host}:{port}\r\nX-Slow: ".encode()
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError:
            await asyncio.sleep(1)
            continue
        opened = time.monotonic()
        sent = 0
        try:
            while time.monotonic() < deadline:
                writer.write(head[sent : sent + 1] if sent < len(head) else b"z")
                sent += 1
                await writer.drain()
                try:
                    data = await asyncio.wait_for(reader.read(1024), 1)
                    if not data:
                        stats.slow_lifetimes.append(time.monotonic() - opened)
                        break
                except asyncio.TimeoutError:
                    pass
        except OSError:
            stats.slow_lifetimes.append(time.monotonic() - opened)
        writer.close()


async def oversized(host, port, deadline, stats):
    """Once a second: 64 KiB of headers, then a 100 KiB URL; each must be refused quickly."""
    pad = "".join(f"X-Pad-{i}: {'a' * 1024}\r\n" for i in range(64))
    requests = [
        ("64 KiB headers", f"GET / HTTP/1.1\r\nHost: {host}\r\n{pad}\r\n", (431,)),
        ("100 KiB URL", f"GET /{'a' * 102400} HTTP/1.1\r\nHost: {host}\r\n\r\n", (414, 431)),
    ]
    while time.monotonic() < deadline:
        for what, request, allowed in requests:
            started = time.monotonic()
            try:
                reader, writer = await asyncio.open_connection(host, port)
                writer.write(request.encode())
                try:
                    await writer.drain()
                except OSError:
                    pass
                data = await asyncio.wait_for(reader.read(), 5)
                status = int(data.split(b" ", 2)[1]) if data else None
                writer.close()
            except asyncio.TimeoutError:
                stats.errors[f"{what}: no answer and not closed within 5 s"] += 1
                continue
            except OSError:
                status = None  # reset after the refusal: closed quickly, which is allowed
            stats.refusal_times.append(time.monotonic() - started)
            if status is None or status in allowed:
                stats.refusals[f"{what}: {status or 'closed'}"] += 1
            else:
                stats.errors[f"{what}: answered {status}"] += 1
        await asyncio.sleep(1)


def cpu_seconds(pid):
    """User plus system CPU time of a process so far."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


def proc_sample(pid, peak):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key == "Threads":
                    peak["threads"] = max(peak["threads"], int(value))
                elif key == "VmRSS":
                    peak["rss_mib"] = max(peak["rss_mib"], int(value.split()[0]) / 1024)
        peak["fds"] = max(peak["fds"], len(os.listdir(f"/proc/{pid}/fd")))
    except OSError:
        pass


async def watch_server(pid, deadline, peak):
    while time.monotonic() < deadline:
        proc_sample(pid, peak)
        await asyncio.sleep(0.5)


async def fetch(host, port, path):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body.decode("utf-8", "replace")


async def run(args, host, port, pid):
    status, home = await fetch(host, port, "/")
    if status != 200:
        sys.exit(f"the home page answered {status}")
    found = sorted(set(re.findall(r'href="(/[^"#?]*)"', home)))[:30]
    paths = [("/", 200)] + [(p, 200) for p in found if p != "/"] + [("/no/such/page/", 404)]
    stats = Stats()
    peak = collections.Counter()
    deadline = time.monotonic() + args.seconds
    started = time.monotonic()
    cpu_before = cpu_seconds(pid), time.process_time()
    tasks = [watch_server(pid, deadline, peak), oversized(host, port, deadline, stats)]
    tasks += [slowloris(host, port, deadline, stats) for _ in range(args.slow)]
    tasks += [client(host, port, paths, deadline, stats, k) for k in range(args.clients)]
    await asyncio.gather(*tasks)
    elapsed = time.monotonic() - started
    peak["server_cpu"] = cpu_seconds(pid) - cpu_before[0]
    peak["client_cpu"] = time.process_time() - cpu_before[1]
    status, _ = await fetch(host, port, "/")
    return stats, peak, elapsed, len(paths), status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=default_bin())
    ap.add_argument("--root", default=REPO)
    ap.add_argument("--clients", type=int, default=500)
    ap.add_argument("--slow", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"no binary at {args.bin}: run `cargo build --release` or pass --bin")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = 2 * (args.clients + args.slow) + 100
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(need, 4096)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        err_path = os.path.join(tmp, "stderr")
        with open(err_path, "w") as err:
            server = subprocess.Popen(
                [args.bin, "serve", "--port", "0", "--root", args.root], stderr=err
            )
        try:
            url = None
            for _ in range(600):
                with open(err_path) as f:
                    m = re.search(r"serving (http://[^ ]+)", f.read())
                if m:
                    url = m.group(1)
                    break
                if server.poll() is not None:
                    break
                time.sleep(0.1)
            if not url:
                sys.exit("the server did not start:\n" + open(err_path).read())
            host, port = re.match(r"http://([^:/]+):(\d+)", url).groups()
            stats, peak, elapsed, npaths, after = asyncio.run(run(args, host, int(port), server.pid))
        finally:
            server.send_signal(signal.SIGINT)
            try:
                code = server.wait(15)
            except subprocess.TimeoutExpired:
                server.kill()
                code = "killed after 15 s"
        server_err = open(err_path).read()

    lat = sorted(stats.latencies)
    ms = lambda s: f"{s * 1000:.1f} ms"
    print(f"server: {args.bin} on {url}, {args.clients} keep-alive clients over {npaths} paths, "
          f"{args.slow} slowloris sockets, {elapsed:.0f} s")
    print(f"requests answered: {len(lat)} ({len(lat) / elapsed:.0f}/s); statuses {dict(stats.statuses)}")
    if lat:
        print(f"latency: p50 {ms(percentile(lat, 50))}, p90 {ms(percentile(lat, 90))}, "
              f"p99 {ms(percentile(lat, 99))}, p99.9 {ms(percentile(lat, 99.9))}, max {ms(lat[-1])}, "
              f"mean {ms(statistics.fmean(lat))}")
    lives = sorted(stats.slow_lifetimes)
    if lives:
        print(f"slowloris sockets cut by the server: {len(lives)}, lived {lives[0]:.1f}-{lives[-1]:.1f} s "
              f"(median {statistics.median(lives):.1f} s)")
    else:
        print("slowloris sockets cut by the server: 0")
    if stats.refusal_times:
        print(f"oversized requests refused: {dict(stats.refusals)}, slowest {ms(max(stats.refusal_times))}")
    print(f"server peak: {peak['threads']} threads, {peak['fds']} open descriptors, "
          f"{peak['rss_mib']:.0f} MiB resident")
    print(f"CPU: server {peak['server_cpu'] / elapsed:.0%} of a core, "
          f"this client {peak['client_cpu'] / elapsed:.0%} of a core "
          f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"after the run: GET / answered {after}; server exit: {code}")
    errors = sum(stats.errors.values())
    print(f"errors: {errors}" + (f" {dict(stats.errors.most_common(10))}" if errors else ""))
    noise = [l for l in server_err.splitlines() if not l.startswith("serving ")]
    if noise:
        print("server stderr:\n  " + "\n  ".join(noise[:10]))
    sys.exit(1 if errors or after != 200 or code != 0 else 0)


if __name__ == "__main__":
    main()
