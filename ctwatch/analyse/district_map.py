"""A district choropleth of Pakistan as a standalone SVG document.

The outlines are the public-domain ``@svg-maps/pakistan.districts`` map, vendored in
``data/maps/pakistan-districts.json`` (see ``data/maps/SOURCES.md``). The map is older than
several district splits, so ``data/maps/pakistan-districts-crosswalk.tsv`` links each map
outline to the gazetteer's current admin2 name(s): one outline can stand for several current
districts (Karachi, Chitral, South Waziristan, ...) and one district can cover several
outlines (a district and the Frontier Region merged into it in 2018).

Points given as latitude/longitude are placed with an affine transform fitted once (by
``scripts/build_district_crosswalk.py``, least squares of district outline centroids against
the gazetteer's district coordinates) and stored in
``data/maps/pakistan-districts-transform.json``.

Stdlib only at run time. No network.
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAPS_DIR = Path(__file__).resolve().parents[1] / "data" / "maps"
MAP_JSON = MAPS_DIR / "pakistan-districts.json"
CROSSWALK_TSV = MAPS_DIR / "pakistan-districts-crosswalk.tsv"
TRANSFORM_JSON = MAPS_DIR / "pakistan-districts-transform.json"

CROSSWALK_COLUMNS = ["map_id", "map_name", "admin1", "admin2", "note"]

# ColorBrewer YlOrRd, 5 classes (light to dark), and the no-data fill.
PALETTE = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
NO_DATA = "#d9d9d9"
BORDER = "#6e6e6e"
POINT_FILL = "#08519c"
N_CLASSES = len(PALETTE)

_COMBINE = ("sum", "mean", "max")


@dataclass(frozen=True)
class MapPoint:
    """A point to draw over the map: a circle whose area grows with ``size`` (1.0 = default)."""

    lat: float
    lon: float
    label: str
    size: float = 1.0


@dataclass(frozen=True)
class District:
    """One outline of the map and the gazetteer districts it stands for."""

    map_id: str
    map_name: str
    path: str
    admin1: str
    admin2: tuple[str, ...]
    bbox: tuple[float, float, float, float]  # min_x, min_y, max_x, max_y (SVG units)
    centroid: tuple[float, float]  # area-weighted (SVG units)
    area: float  # SVG units squared


# ---------------------------------------------------------------------------------------
# geometry


_PATH_TOKEN = re.compile(r"[MmLlHhVvZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(d: str) -> list[list[tuple[float, float]]]:
    """Parse SVG path data made of straight segments (M/m, L/l, H/h, V/v, Z/z) into rings
    of absolute points. Curves are not supported (the vendored map has none)."""
    rings: list[list[tuple[float, float]]] = []
    ring: list[tuple[float, float]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    cmd = ""
    nums: list[float] = []

    def flush() -> None:
        nonlocal x, y, start, ring
        if not cmd:
            if nums:
                raise ValueError(f"path data starts with numbers: {d[:40]!r}")
            return
        c = cmd
        if c in "Zz":
            if nums:
                raise ValueError(f"numbers after Z in path data: {d[:40]!r}")
            if ring:
                rings.append(ring)
            ring = []
            x, y = start
            return
        if c in "HhVv":
            for v in nums:
                if c == "H":
                    x = v
                elif c == "h":
                    x += v
                elif c == "V":
                    y = v
                else:
                    y += v
                ring.append((x, y))
            return
        if len(nums) % 2:
            raise ValueError(f"odd number of coordinates after {c!r} in path data: {d[:40]!r}")
        for i in range(0, len(nums), 2):
            dx, dy = nums[i], nums[i + 1]
            rel = c.islower()
            if i == 0 and c in "Mm":
                if ring:
                    rings.append(ring)
                x, y = (x + dx, y + dy) if rel else (dx, dy)
                start = (x, y)
                ring = [(x, y)]
            else:  # a lineto, or the implicit lineto after a moveto's first pair
                x, y = (x + dx, y + dy) if rel else (dx, dy)
                ring.append((x, y))

    for tok in _PATH_TOKEN.findall(d):
        if tok.isalpha():
            flush()
            cmd, nums = tok, []
        else:
            nums.append(float(tok))
    flush()
    if ring:
        rings.append(ring)
    rest = _PATH_TOKEN.sub("", d).replace(",", "")
    if rest.strip():
        raise ValueError(f"unsupported path data {rest.strip()[:20]!r} in {d[:40]!r}")
    return rings


def ring_area_centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    """Signed shoelace area and the area centroid of a closed ring (the mean of its vertices
    if the area is zero)."""
    a = cx = cy = 0.0
    n = len(ring)
    for i in range(n):
        x0, y0 = ring[i]
        x1, y1 = ring[(i + 1) % n]
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    if abs(a) < 1e-12:
        return 0.0, (sum(p[0] for p in ring) / n, sum(p[1] for p in ring) / n)
    return a, (cx / (6.0 * a), cy / (6.0 * a))


def path_geometry(d: str) -> tuple[tuple[float, float, float, float], tuple[float, float], float]:
    """Bounding box, area-weighted centroid and area of a path (rings weighted by |area|)."""
    rings = parse_path(d)
    pts = [p for r in rings for p in r]
    if not pts:
        raise ValueError("empty path")
    bbox = (min(p[0] for p in pts), min(p[1] for p in pts),
            max(p[0] for p in pts), max(p[1] for p in pts))
    tot = sx = sy = 0.0
    for r in rings:
        a, (cx, cy) = ring_area_centroid(r)
        tot += abs(a)
        sx += abs(a) * cx
        sy += abs(a) * cy
    if tot == 0:
        return bbox, ((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2), 0.0
    return bbox, (sx / tot, sy / tot), tot


def point_in_path(x: float, y: float, d: str) -> bool:
    """Even-odd point-in-polygon test against all rings of a path."""
    inside = False
    for ring in parse_path(d):
        n = len(ring)
        for i in range(n):
            x0, y0 = ring[i]
            x1, y1 = ring[(i + 1) % n]
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def fit_affine(lonlat: Sequence[tuple[float, float]], xy: Sequence[tuple[float, float]]
               ) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Least-squares affine map (lon, lat) -> (x, y): ``x = a*lon + b*lat + c`` and
    ``y = d*lon + e*lat + f``. Returns ((a, b, c), (d, e, f))."""
    if len(lonlat) != len(xy) or len(lonlat) < 3:
        raise ValueError("need at least 3 matching point pairs")
    # normal equations M^T M p = M^T t with rows (lon, lat, 1)
    mtm = [[0.0] * 3 for _ in range(3)]
    mtx = [0.0] * 3
    mty = [0.0] * 3
    for (lon, lat), (x, y) in zip(lonlat, xy):
        row = (lon, lat, 1.0)
        for i in range(3):
            mtx[i] += row[i] * x
            mty[i] += row[i] * y
            for j in range(3):
                mtm[i][j] += row[i] * row[j]
    return tuple(_solve3(mtm, mtx)), tuple(_solve3(mtm, mty))  # type: ignore[return-value]


def _solve3(m: list[list[float]], b: list[float]) -> list[float]:
    """Solve a 3x3 system by Gaussian elimination with partial pivoting."""
    a = [row[:] + [bb] for row, bb in zip(m, b)]
    for col in range(3):
        piv = max(range(col, 3), key=lambda r: abs(a[r][col]))
        if abs(a[piv][col]) < 1e-12:
            raise ValueError("degenerate point set (collinear?)")
        a[col], a[piv] = a[piv], a[col]
        for r in range(3):
            if r != col:
                f = a[r][col] / a[col][col]
                for c in range(col, 4):
                    a[r][c] -= f * a[col][c]
    return [a[i][3] / a[i][i] for i in range(3)]


# ---------------------------------------------------------------------------------------
# data


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Kolai-Palas" and "KOLAI PALAS" and
    "Kōlai palas" all give "kolai palas"."""
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class DistrictMap:
    label: str
    viewbox: tuple[float, float, float, float]
    districts: tuple[District, ...]
    # normalised name -> indexes into districts (admin2 names win over the map's own names)
    index: Mapping[str, tuple[int, ...]]
    transform: tuple[tuple[float, float, float], tuple[float, float, float]]

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        (a, b, c), (d, e, f) = self.transform
        return a * lon + b * lat + c, d * lon + e * lat + f

    def by_id(self, map_id: str) -> District:
        for dist in self.districts:
            if dist.map_id == map_id:
                return dist
        raise KeyError(map_id)


def read_map_json(path: Path = MAP_JSON) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if not {"label", "viewBox", "locations"} <= set(data):
        raise ValueError(f"{path}: expected label, viewBox and locations")
    return data


def read_crosswalk(path: Path = CROSSWALK_TSV) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != CROSSWALK_COLUMNS:
            raise ValueError(f"{path}: columns {reader.fieldnames}, expected {CROSSWALK_COLUMNS}")
        return list(reader)


@lru_cache(maxsize=1)
def load_map() -> DistrictMap:
    """The vendored map, its crosswalk and point transform (read once per process)."""
    data = read_map_json()
    links: dict[str, list[dict[str, str]]] = {}
    for row in read_crosswalk():
        links.setdefault(row["map_id"], []).append(row)
    districts = []
    for loc in data["locations"]:
        bbox, centroid, area = path_geometry(loc["path"])
        rows = links.get(loc["id"], [])
        admin2 = tuple(r["admin2"] for r in rows if r["admin2"])
        admin1 = rows[0]["admin1"] if rows else ""
        districts.append(District(loc["id"], loc["name"], loc["path"], admin1, admin2,
                                  bbox, centroid, area))
    index: dict[str, list[int]] = {}
    for i, dist in enumerate(districts):
        for name in dist.admin2:
            index.setdefault(normalise_name(name), []).append(i)
    gazetteer_keys = set(index)
    for i, dist in enumerate(districts):
        for name in (dist.map_name, dist.map_id):
            k = normalise_name(name)
            if k not in gazetteer_keys and i not in index.setdefault(k, []):
                index[k].append(i)
    with open(TRANSFORM_JSON, encoding="utf-8") as fh:
        tr = json.load(fh)
    transform = (tuple(tr["x"]), tuple(tr["y"]))
    vb = tuple(float(v) for v in data["viewBox"].split())
    return DistrictMap(data["label"], vb, tuple(districts),  # type: ignore[arg-type]
                       {k: tuple(v) for k, v in index.items()}, transform)  # type: ignore[arg-type]


def project(lat: float, lon: float) -> tuple[float, float]:
    """Latitude/longitude (WGS84 degrees) to the map's SVG coordinates (its viewBox units)."""
    return load_map().project(lat, lon)


def unmatched_districts(values: Mapping[str, float] | Iterable[str]) -> list[str]:
    """The keys (in their given order) that name no district on the map, so callers can warn.

    A key matches the gazetteer's admin2 name of a Pakistani district or the map's own name
    for an outline, case-, accent- and punctuation-insensitively."""
    index = load_map().index
    return [k for k in values if normalise_name(k) not in index]


# ---------------------------------------------------------------------------------------
# classification


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def quantile_breaks(values: Sequence[float], k: int = N_CLASSES) -> list[float]:
    """Upper bounds of up to ``k`` quantile classes (nearest-rank, so every bound is a data
    value); repeated bounds collapse, so fewer distinct values give fewer classes."""
    v = sorted(values)
    if not v:
        return []
    n = len(v)
    bounds = [v[max(0, math.ceil(i * n / k) - 1)] for i in range(1, k)] + [v[-1]]
    return sorted(set(bounds))


def classify(value: float, uppers: Sequence[float]) -> int:
    """Index of the first class whose upper bound is >= value (the last class takes the rest)."""
    for i, u in enumerate(uppers):
        if value <= u:
            return i
    return len(uppers) - 1


def _fmt(v: float) -> str:
    """A legend/tooltip number: integers as such, others to 3 significant digits."""
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def class_labels(lo: float, uppers: Sequence[float], *, integral: bool, open_ended: bool
                 ) -> list[str]:
    """Legend text per class. ``lo`` is the data minimum; with ``open_ended`` (fixed breaks)
    the first class reads "≤ b1" and the last "> b_last"."""
    labels = []
    for i, u in enumerate(uppers):
        if open_ended and i == 0:
            labels.append(f"≤ {_fmt(u)}")
            continue
        if open_ended and i == len(uppers) - 1:
            labels.append(f"> {_fmt(uppers[i - 1])}")
            continue
        low = lo if i == 0 else uppers[i - 1]
        if integral and i > 0:
            low = math.floor(low) + 1
        labels.append(_fmt(u) if low == u else f"{_fmt(low)}–{_fmt(u)}")
    return labels


# ---------------------------------------------------------------------------------------
# rendering

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(s: object) -> str:
    """Escape text for XML element content or a double-quoted attribute, dropping
    characters that XML 1.0 forbids."""
    s = _XML_BAD.sub("", str(s))
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _n(v: float) -> str:
    """Compact number for SVG attributes."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def render_district_map(values: Mapping[str, float], *, title: str | None = None,
                        points: Iterable[MapPoint] = (), legend_label: str = "",
                        width: int = 600, breaks: Sequence[float] | None = None,
                        combine: str = "sum") -> str:
    """A choropleth of Pakistan's districts as a standalone SVG document (a string).

    ``values`` maps district names to numbers: the gazetteer's admin2 spelling (or the map's
    own outline name), matched case-, accent- and punctuation-insensitively. Keys that match
    nothing are ignored (see ``unmatched_districts``); non-finite values count as no data.
    Where several keys fall on one outline (the map predates a split, e.g. the 7 Karachi
    districts on one outline) their values are combined with ``combine`` ("sum", the
    default, for counts; "mean" or "max" for rates). A district that covers several outlines
    (e.g. Peshawar and the former FR Peshawar) shades all of them.

    Classes: 5 quantile classes of the shaded values (fewer if there are fewer distinct
    values), or the classes set by ``breaks`` (increasing upper bounds of all classes but
    the last, at most 4; use this to keep the scale fixed across months). Districts with no
    value are grey. ``points`` are drawn as circles (area proportional to ``size``) labelled
    with ``label``. ``width`` is the SVG width in pixels; the height follows the map.
    """
    if combine not in _COMBINE:
        raise ValueError(f"combine must be one of {_COMBINE}, not {combine!r}")
    if width < 100:
        raise ValueError("width must be at least 100 pixels")
    m = load_map()

    # -- values per outline
    contrib: dict[int, list[tuple[str, float]]] = {}
    for key, val in values.items():
        if not _is_number(val):
            continue
        for i in m.index.get(normalise_name(key), ()):
            contrib.setdefault(i, []).append((key, float(val)))
    shaded: dict[int, float] = {}
    for i, kv in contrib.items():
        vs = [v for _, v in kv]
        shaded[i] = (sum(vs) if combine == "sum" else max(vs) if combine == "max"
                     else sum(vs) / len(vs))

    # -- classes: one value per distinct set of contributing keys (a district drawn as
    #    two outlines counts once)
    units: dict[frozenset, float] = {}
    for i, v in shaded.items():
        units[frozenset(k for k, _ in contrib[i])] = v
    data = list(units.values())
    if breaks is not None:
        b = [float(x) for x in breaks]
        if not b or len(b) > N_CLASSES - 1 or any(not math.isfinite(x) for x in b) \
                or any(x >= y for x, y in zip(b, b[1:])):
            raise ValueError(f"breaks must be 1 to {N_CLASSES - 1} increasing finite numbers")
        uppers = b + [math.inf]
    else:
        uppers = quantile_breaks(data)
    k = len(uppers)  # fewer than 5 classes take colours spread over the whole ramp
    colours = ([PALETTE[N_CLASSES // 2]] if k == 1 else
               [PALETTE[round(j * (N_CLASSES - 1) / (k - 1))] for j in range(k)])
    integral = all(float(v).is_integer() for v in data) and (
        breaks is None or all(float(x).is_integer() for x in breaks))
    labels = (class_labels(min(data) if data else 0.0, uppers, integral=integral,
                           open_ended=breaks is not None) if k else [])

    # -- layout (pixels)
    vx, vy, vw, vh = m.viewbox
    pad = round(width * 0.015)
    scale = (width - 2 * pad) / vw
    font = max(9.0, width / 55)
    title_h = round(font * 2.4) if title else 0
    top = title_h + pad  # y of the map frame's top edge
    height = math.ceil(top + vh * scale + pad)
    map_tr = (f'transform="translate({pad} {top}) scale({scale:.6g}) '
              f'translate({_n(-vx)} {_n(-vy)})"')

    out: list[str] = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    aria = title or m.label
    w(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
      f'viewBox="0 0 {width} {height}" role="img" aria-label="{xml_text(aria)}" '
      f'font-family="DejaVu Sans, Arial, Helvetica, sans-serif">\n')
    w(f"<title>{xml_text(aria)}</title>\n")
    w(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>\n')
    if title:
        w(f'<text x="{_n(width / 2)}" y="{_n(font * 1.6)}" text-anchor="middle" '
          f'font-size="{_n(font * 1.35)}" font-weight="bold" fill="#222222">'
          f"{xml_text(title)}</text>\n")

    # map group: SVG units of the vendored map
    w(f'<g id="districts" {map_tr} stroke="{BORDER}" '
      f'stroke-width="{_n(0.5 / scale)}" stroke-linejoin="round">\n')
    for i, dist in enumerate(m.districts):
        if i in shaded:
            fill = colours[classify(shaded[i], uppers)]
            tip = f"{dist.map_name}: {_fmt(shaded[i])}"
            if len(contrib[i]) > 1 or normalise_name(contrib[i][0][0]) != normalise_name(
                    dist.map_name):
                tip += " (" + ", ".join(f"{kk} {_fmt(v)}" for kk, v in contrib[i]) + ")"
        else:
            fill = NO_DATA
            tip = f"{dist.map_name}: no data"
        w(f'<path id="d-{xml_text(dist.map_id)}" data-name="{xml_text(dist.map_name)}" '
          f'fill="{fill}" d="{xml_text(dist.path.strip())}"><title>{xml_text(tip)}</title>'
          f"</path>\n")
    w("</g>\n")

    # points, in map units inside the same transform
    pts = list(points)
    if pts:
        w(f'<g id="points" {map_tr}>\n')
        for p in pts:
            if not (_is_number(p.lat) and _is_number(p.lon) and _is_number(p.size)) \
                    or p.size < 0:
                raise ValueError(f"bad MapPoint {p!r}")
            x, y = m.project(p.lat, p.lon)
            r = max(1.5, 3.5 * math.sqrt(p.size)) * width / 600 / scale
            w(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{POINT_FILL}" '
              f'fill-opacity="0.75" stroke="#ffffff" stroke-width="{_n(0.8 / scale)}">'
              f"<title>{xml_text(p.label)}</title></circle>\n")
            if p.label:
                fs = font * 0.85 / scale
                tx, ty = _n(x + r + 1.5 / scale), _n(y + fs * 0.35)
                for extra in (f'stroke="#ffffff" stroke-width="{_n(2.5 / scale)}" '
                              'stroke-linejoin="round" aria-hidden="true"',  # white halo
                              'fill="#111111"'):
                    w(f'<text x="{tx}" y="{ty}" font-size="{_n(fs)}" {extra}>'
                      f"{xml_text(p.label)}</text>\n")
        w("</g>\n")

    # legend: top-left corner of the map frame (Afghanistan and Iran, empty on this map),
    # highest class first
    lx = pad + round(font * 0.5)
    y = top + round(font * 0.5)
    box = font * 1.1
    step = font * 1.55
    w(f'<g id="legend" font-size="{_n(font)}" fill="#222222">\n')
    if legend_label:
        w(f'<text x="{lx}" y="{_n(y + font)}" font-weight="bold">{xml_text(legend_label)}'
          "</text>\n")
        y += step
    for colour, text in list(zip(colours, labels))[::-1] + [(NO_DATA, "No data")]:
        w(f'<rect x="{lx}" y="{_n(y)}" width="{_n(box * 1.4)}" height="{_n(box)}" '
          f'fill="{colour}" stroke="{BORDER}" stroke-width="0.5"/>'
          f'<text x="{_n(lx + box * 1.4 + font * 0.5)}" y="{_n(y + box * 0.82)}">'
          f"{xml_text(text)}</text>\n")
        y += step
    w("</g>\n")
    w("</svg>\n")
    return "".join(out)
