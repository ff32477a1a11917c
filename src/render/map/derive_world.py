#!/usr/bin/env python3
"""Derives `world.tsv` (country outlines for the coverage map) from Natural Earth.

Not run by the build: the output is committed and compiled in. Re-run it only to change the
projection or the level of detail:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 derive_world.py package/countries-110m.json > world.tsv

Source: Natural Earth 1:110m Admin 0 countries (public domain), as TopoJSON in the npm
package `world-atlas`. Countries are keyed by ISO 3166-1 alpha-2 (via Debian's `iso-codes`),
projected with the Equal Earth projection, simplified (Douglas-Peucker, tolerance in map
pixels) and rounded to whole pixels of a 1000-pixel-wide map; Antarctica is left out.
"""
import json
import math
import sys

WIDTH = 1000
TOLERANCE = 0.9  # pixels: coarser outlines, smaller pages
MIN_AREA = 4.0  # pixels²: islands smaller than this vanish (a country's largest ring stays)
# Features without an ISO number in Natural Earth 110m.
BY_NAME = {"N. Cyprus": "CY", "Somaliland": "SO", "Kosovo": "XK"}


def equal_earth(lon, lat):
    a1, a2, a3, a4 = 1.340264, -0.081106, 0.000893, 0.003796
    m = math.sqrt(3) / 2
    lam, phi = math.radians(lon), math.radians(lat)
    t = math.asin(m * math.sin(phi))
    t2 = t * t
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(t) / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
    y = t * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
    return x, -y


def decode_arcs(topo):
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indexes):
    pts = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    return pts


def clip(pts, edge):
    """Sutherland-Hodgman against the half-plane of longitudes on our side of `edge` (±180)."""
    out = []

    def keep(lon):
        return lon <= edge if edge > 0 else lon >= edge

    for i, cur in enumerate(pts):
        prev = pts[i - 1]
        if keep(cur[0]) != keep(prev[0]):
            t = (edge - prev[0]) / (cur[0] - prev[0])
            out.append((edge, prev[1] + t * (cur[1] - prev[1])))
        if keep(cur[0]):
            out.append(cur)
    return out


def unwrap(pts):
    """Rings that cross the antimeridian (Russia, Fiji): one piece on each side."""
    if all(abs(b[0] - a[0]) < 180 for a, b in zip(pts, pts[1:] + pts[:1])):
        return [pts]
    east = [(x + 360 if x < 0 else x, y) for x, y in pts]
    west = [(x - 360 if x > 0 else x, y) for x, y in pts]
    return [r for r in (clip(east, 180), clip(west, -180)) if len(r) > 2]


def simplify(pts, tol):
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1e-12
        best, at = 0.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if (dx or dy) else math.hypot(px - ax, py - ay)
            if d > best:
                best, at = d, i
        if best > tol:
            keep[at] = True
            stack.extend([(a, at), (at, b)])
    return [p for p, k in zip(pts, keep) if k]


def area(pts):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]))) / 2


def main(path):
    topo = json.load(open(path))
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
    alpha2 = {c["numeric"]: c["alpha_2"] for c in iso}
    arcs = decode_arcs(topo)
    rings_of = {}
    for g in topo["objects"]["countries"]["geometries"]:
        code = alpha2.get(str(g.get("id"))) or BY_NAME.get(g["properties"]["name"])
        if not code or code == "AQ":
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        for poly in polys:
            for r in poly:  # holes too: evenodd filling keeps them open
                for piece in unwrap(ring(arcs, r)):
                    rings_of.setdefault(code, []).append([equal_earth(*p) for p in piece])
    xs = [x for rs in rings_of.values() for r in rs for x, _ in r]
    ys = [y for rs in rings_of.values() for r in rs for _, y in r]
    x0, y0 = min(xs), min(ys)
    scale = WIDTH / (max(xs) - x0)
    height = math.ceil((max(ys) - y0) * scale)
    print(f"# newsdesk coverage map: Natural Earth 1:110m (public domain), Equal Earth, {WIDTH}x{height}; see derive_world.py")
    print(f"size\t{WIDTH}\t{height}")
    for code in sorted(rings_of):
        rings = [[((x - x0) * scale, (y - y0) * scale) for x, y in r] for r in rings_of[code]]
        largest = max(rings, key=area)
        parts = []
        for r in rings:
            if r is not largest and area(r) < MIN_AREA:
                continue
            s = simplify(r, TOLERANCE)
            pts = []
            for x, y in s:
                p = (round(x), round(y))
                if not pts or pts[-1] != p:
                    pts.append(p)
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            if len(pts) < 3:
                continue
            d = "M" + "L".join(f"{x} {y}" for x, y in pts) + "Z"
            parts.append(d)
        if parts:
            print(f"{code}\t{''.join(parts)}")


if __name__ == "__main__":
    main(sys.argv[1])
