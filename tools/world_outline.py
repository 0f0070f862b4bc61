"""Generate the web app's world outline, src/newsgraph/web/static/world.svg.

    .venv/bin/python tools/world_outline.py [--shp PATH] [--tolerance 0.12]

Source: Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), in the
copy the `geopandas` 0.14 wheel on PyPI ships as `geopandas/datasets/naturalearth_lowres`.
Without `--shp` the script fetches that wheel with pip (`pip download --no-deps
geopandas==0.14.4`) into a temporary folder and reads the shapefile from it: nothing is
installed. The polygons are read with a small shapefile reader (no GIS dependency), projected
equirectangularly onto a 360 × 180 box (x = lon + 180, y = 90 − lat, the coordinates the event
map uses for its dots), simplified (Douglas–Peucker), and written as one SVG path.
"""

from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "web" / "static" / "world.svg"
WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"


def read_polygons(data: bytes) -> list[list[tuple[float, float]]]:
    """Rings (lists of lon/lat points) of every polygon record in a .shp file."""
    rings = []
    pos = 100  # the file header
    while pos + 8 <= len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", body[:4])
        if shape_type not in (5, 15, 25):  # polygon, polygonZ, polygonM
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44 : 44 + 4 * n_parts]))
        start = 44 + 4 * n_parts
        coords = struct.unpack(f"<{2 * n_points}d", body[start : start + 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        for i, first in enumerate(parts):
            last = parts[i + 1] if i + 1 < n_parts else n_points
            rings.append(points[first:last])
    return rings


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, iteratively (rings can be long)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(a + 1, b):
            x, y = points[i]
            if norm:
                d = abs(dy * x - dx * y + x2 * y1 - y2 * x1) / norm
            else:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def to_path(rings: list[list[tuple[float, float]]], tolerance: float) -> str:
    parts = []
    for ring in rings:
        pts = simplify(ring, tolerance)
        xy = []
        for lon, lat in pts:
            p = (round(lon + 180, 1), round(90 - lat, 1))
            if not xy or p != xy[-1]:
                xy.append(p)
        if len(xy) < 4:
            continue
        head, *rest = xy
        parts.append(
            f"M{_n(head[0])} {_n(head[1])}" + "".join(f"L{_n(x)} {_n(y)}" for x, y in rest) + "Z"
        )
    return "".join(parts)


def _n(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def fetch_shapefile(folder: Path) -> bytes:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder), WHEEL],
        check=True,
    )
    wheel = next(folder.glob("geopandas-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        return z.read(MEMBER)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shp", type=Path, help="naturalearth_lowres.shp (default: from the wheel)")
    ap.add_argument("--tolerance", type=float, default=0.12, help="degrees")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.shp:
        data = args.shp.read_bytes()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            data = fetch_shapefile(Path(tmp))
    path = to_path(read_polygons(data), args.tolerance)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" '
        'height="180">\n'
        "<!-- Natural Earth 1:110m countries (public domain), via tools/world_outline.py -->\n"
        f'<path fill="#d8dcd2" stroke="#9aa393" stroke-width="0.15" d="{path}"/>\n</svg>\n'
    )
    args.out.write_text(svg, encoding="utf-8")
    print(f"wrote {args.out} ({len(svg) // 1024} kB)")


if __name__ == "__main__":
    main()
