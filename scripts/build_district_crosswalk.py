#!/usr/bin/env python3
"""Build the district-map crosswalk and point transform in ctwatch/data/maps/.

Inputs:
  * ctwatch/data/maps/pakistan-districts.json -- the vendored @svg-maps/pakistan.districts
    data (public domain, see ctwatch/data/maps/SOURCES.md).  ``--vendor TARBALL`` rewrites
    it from the npm tarball (``npm pack @svg-maps/pakistan.districts``).
  * ctwatch/data/gazetteer/places.tsv -- the gazetteer's Pakistani admin2 rows.

Outputs:
  * ctwatch/data/maps/pakistan-districts-crosswalk.tsv -- one row per (map outline,
    gazetteer admin2) link: map_id, map_name, admin1, admin2, note.
  * ctwatch/data/maps/pakistan-districts-transform.json -- the affine lon/lat -> SVG
    transform, least squares of outline centroids against the gazetteer's district
    coordinates (district headquarters), with residuals.

Matching, in order: the hand links in MANUAL_LINKS; the map name equal to a gazetteer
admin2 name or alias (case/accent/punctuation-insensitive); a close spelling (rapidfuzz
``fuzz.ratio`` >= FUZZY_MIN on the normalised names, best candidate unique).  Then
SUCCESSORS adds the districts split off after the map was drawn to their parent's
outline.  Every Pakistani admin2 in the gazetteer must end up on some outline, and
every map outline must get at least one admin2; the script fails otherwise.

Run from the repository root with the project venv (rapidfuzz is a project dependency):

    .venv/bin/python scripts/build_district_crosswalk.py            # rewrite outputs
    .venv/bin/python scripts/build_district_crosswalk.py --check    # exit 1 if stale
    .venv/bin/python scripts/build_district_crosswalk.py --vendor /tmp/svg-maps-pakistan.districts-2.0.0.tgz
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
import os
import statistics
import sys
import tarfile

from rapidfuzz import fuzz, process

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from ctwatch.analyse.district_map import (  # noqa: E402
    CROSSWALK_COLUMNS,
    fit_affine,
    normalise_name,
    path_geometry,
    point_in_path,
)

MAPS_DIR = os.path.join(ROOT, "ctwatch", "data", "maps")
MAP_JSON = os.path.join(MAPS_DIR, "pakistan-districts.json")
CROSSWALK = os.path.join(MAPS_DIR, "pakistan-districts-crosswalk.tsv")
TRANSFORM = os.path.join(MAPS_DIR, "pakistan-districts-transform.json")
PLACES = os.path.join(ROOT, "ctwatch", "data", "gazetteer", "places.tsv")

NPM_NAME = "@svg-maps/pakistan.districts"
FUZZY_MIN = 85.0
KM_PER_DEG = 111.32

FATA = "former FATA agency ({} Agency), merged into Khyber Pakhtunkhwa in 2018"
FR = ("former Frontier Region {}, merged into {} district in 2018 (now a subdivision "
      "of it)")

# Outlines whose map name is neither a gazetteer name/alias nor a close spelling of one:
# map_id -> [(gazetteer admin2, note)].
MANUAL_LINKS: dict[str, list[tuple[str, str]]] = {
    "karachi": [(n, "the map draws Karachi as one outline; all 7 current Karachi "
                    "districts shade it")
                for n in ("Karachi Central", "Karachi East", "Karachi South", "Karachi West",
                          "Keamari", "Korangi", "Malir")],
    "kohistan": [(n, "the former Kohistan district, split from 2014 into Upper Kohistan, "
                     "Lower Kohistan and Kolai-Palas")
                 for n in ("Upper Kohistan", "Lower Kohistan", "Kolai-Palas")],
    "chitral": [(n, "the former Chitral district, split in 2018 into Upper and Lower Chitral")
                for n in ("Upper Chitral", "Lower Chitral")],
    "south-waziristan": [(n, "former FATA agency (South Waziristan Agency), merged into "
                             "Khyber Pakhtunkhwa in 2018 and split in 2022 into Upper and "
                             "Lower South Waziristan")
                         for n in ("Upper South Waziristan", "Lower South Waziristan")],
    "hunza-nagar": [(n, "the former Hunza-Nagar district, split in 2015 into Hunza and Nagar")
                    for n in ("Hunza", "Nagar")],
    "peshawar-subdivision": [("Peshawar", FR.format("FR Peshawar", "Peshawar"))],
    "kohat-subdivision": [("Kohat", FR.format("FR Kohat", "Kohat"))],
    "bannu-subdivision": [("Bannu", FR.format("FR Bannu", "Bannu"))],
    "lakki-subdivision": [("Lakki Marwat", FR.format("FR Lakki Marwat", "Lakki Marwat"))],
    "tank-subdivision": [("Tank", FR.format("FR Tank", "Tank"))],
    "d-i-khan-subdivision": [("Dera Ismail Khan",
                              FR.format("FR Dera Ismail Khan", "Dera Ismail Khan"))],
}

# Districts created after the map was drawn, drawn inside their parent's outline:
# parent map_id -> [(gazetteer admin2, note)].  Each was checked by projecting the
# gazetteer's coordinate (district HQ) with the fitted transform; the script reports any
# that fall outside the outline.
SUCCESSORS: dict[str, list[tuple[str, str]]] = {
    "killa-abdullah": [("Chaman", "split from Killa Abdullah; inside this outline")],
    "loralai": [("Duki", "split from Loralai; inside this outline")],
    "kalat": [("Surab", "split from Kalat; inside this outline")],
    "lasbela": [("Hub", "split from Lasbela (2021-22); inside this outline (its HQ, Hub "
                        "town, projects just across the border into the Karachi outline)")],
    "sibi": [("Lehri", "split from Sibi (2021-22; the gazetteer files Lehri tehsil under "
                       "Sibi); inside this outline (its approximate HQ coordinate projects "
                       "just outside, into the Bolan outline)")],
    "jafarabad": [("Sohbatpur", "split from Jaffarabad in 2013; inside this outline"),
                  ("Usta Muhammad", "split from Jaffarabad (2021-22); inside this outline "
                                    "(its HQ projects just across the border into "
                                    "Jacobabad)")],
    "thatta": [("Sujawal", "split from Thatta in 2013; inside this outline")],
    "rawalpindi": [("Murree", "split from Rawalpindi (2022-23); inside this outline")],
    "chakwal": [("Talagang", "split from Chakwal (2022-23); inside this outline")],
    "gujranwala": [("Wazirabad", "split from Gujranwala (2022-23); inside this outline")],
    "muzaffargarh": [("Kot Addu", "split from Muzaffargarh (2022-23); inside this outline")],
    "dera-ghazi-khan": [("Taunsa", "split from Dera Ghazi Khan (2022-23); inside this "
                                   "outline")],
    "mansehra": [("Torghar", "the former Kala Dhaka tribal area, a district since 2011; "
                             "this map draws it inside the Mansehra outline")],
    "diamer": [("Darel", "split from Diamer (announced 2019); inside this outline"),
               ("Tangir", "split from Diamer (announced 2019); inside this outline")],
    "ghizer": [("Gupis-Yasin", "split from Ghizer (announced 2019); inside this outline")],
    "skardu": [("Shigar", "split from Skardu in 2015; inside this outline"),
               ("Kharmang", "split from Skardu in 2015; inside this outline"),
               ("Roundu", "split from Skardu (announced 2019); inside this outline")],
}

# Notes on outlines matched automatically (renames, former FATA agencies).
NOTES: dict[str, str] = {
    "bolan": "renamed: the map's Bolan district is now Kachhi",
    "nawabshah": "renamed: the map's Nawabshah district is now Shaheed Benazirabad (2008)",
    "hattian": "renamed: the map's Hattian district is now Jhelum Valley",
    "bajaur": FATA.format("Bajaur"),
    "mohmand": FATA.format("Mohmand"),
    "khyber": FATA.format("Khyber"),
    "kurram": FATA.format("Kurram"),
    "orakzai": FATA.format("Orakzai"),
    "north-waziristan": FATA.format("North Waziristan"),
}


def read_gazetteer() -> dict[str, dict[str, str]]:
    """Pakistani admin2 rows by name."""
    with open(PLACES, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["country"] == "PK" and r["kind"] == "admin2"]
    return {r["name"]: r for r in rows}


def vendor(tarball: str) -> str:
    """The map data (label, viewBox, locations) from the npm tarball, as the JSON text of
    pakistan-districts.json (one location per line)."""
    with tarfile.open(tarball) as tf:
        pkg = json.load(tf.extractfile("package/package.json"))
        js = tf.extractfile("package/index.js").read().decode("utf-8")
    if pkg.get("name") != NPM_NAME:
        raise SystemExit(f"{tarball}: not {NPM_NAME} but {pkg.get('name')}")
    prefix = "export default "
    if not js.startswith(prefix):
        raise SystemExit(f"{tarball}: index.js does not start with {prefix!r}")
    data = json.loads(js[len(prefix):].strip().rstrip(";"))
    if set(data) != {"label", "viewBox", "locations"}:
        raise SystemExit(f"unexpected keys {sorted(data)}")
    for loc in data["locations"]:
        if set(loc) != {"name", "id", "path"}:
            raise SystemExit(f"unexpected location keys {sorted(loc)}")
    return map_json_text(data)


def map_json_text(data: dict) -> str:
    head = json.dumps({"label": data["label"], "viewBox": data["viewBox"]},
                      ensure_ascii=False)[:-1]
    locs = ",\n".join(json.dumps({"name": loc["name"], "id": loc["id"], "path": loc["path"]},
                                 ensure_ascii=False, separators=(",", ":"))
                      for loc in data["locations"])
    return f'{head}, "locations": [\n{locs}\n]}}\n'


def build_links(locations: list[dict], gaz: dict[str, dict[str, str]]
                ) -> tuple[list[dict[str, str]], list[str]]:
    """Crosswalk rows and a log of how each outline was matched."""
    by_key: dict[str, set[str]] = {}
    for name, r in gaz.items():
        for n in [name] + [a for a in r["aliases"].split("|") if a]:
            by_key.setdefault(normalise_name(n), set()).add(name)
    keys = sorted(by_key)
    log: list[str] = []
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for loc in locations:
        mid, mname = loc["id"], loc["name"]
        k = normalise_name(mname)
        links: list[tuple[str, str]]
        if mid in MANUAL_LINKS:
            links = MANUAL_LINKS[mid]
            how = "manual"
        elif k in by_key and len(by_key[k]) == 1:
            (g,) = by_key[k]
            how = "exact" if normalise_name(g) == k else "alias"
            note = NOTES.get(mid) or ("" if how == "exact" else f"map spells it '{mname}'")
            links = [(g, note)]
        else:
            best = process.extract(k, keys, scorer=fuzz.ratio, limit=2)
            if (best and best[0][1] >= FUZZY_MIN
                    and (len(best) < 2 or best[1][1] < best[0][1]
                         or by_key[best[1][0]] == by_key[best[0][0]])
                    and len(by_key[best[0][0]]) == 1):
                (g,) = by_key[best[0][0]]
                how = f"fuzzy {best[0][1]:.0f}"
                links = [(g, NOTES.get(mid) or f"map spells it '{mname}'")]
            else:
                problems.append(f"{mid} ({mname}): no match; best {best}")
                continue
        links = links + SUCCESSORS.get(mid, [])
        log.append(f"{mid:24} {how:9} -> " + ", ".join(g for g, _ in links))
        for g, note in links:
            if g not in gaz:
                problems.append(f"{mid}: {g!r} is not a Pakistani admin2 in the gazetteer")
                continue
            rows.append({"map_id": mid, "map_name": mname, "admin1": gaz[g]["admin1"],
                         "admin2": g, "note": note})
    # an outline of a district that has lost territory or gained outlines: say so
    outlines_of: dict[str, list[str]] = {}
    for r in rows:
        outlines_of.setdefault(r["admin2"], []).append(r["map_id"])
    for mid, succ in SUCCESSORS.items():
        for r in rows:
            if r["map_id"] == mid and r["admin2"] not in {g for g, _ in succ}:
                extra = ", ".join(g for g, _ in succ)
                r["note"] = "; ".join(x for x in (r["note"], f"outline also covers {extra}")
                                      if x)
    for r in rows:
        others = [m for m in outlines_of[r["admin2"]] if m != r["map_id"]]
        if others and r["map_id"] not in MANUAL_LINKS:
            r["note"] = "; ".join(x for x in (r["note"], "the district also covers the "
                                              + ", ".join(others) + " outline") if x)
    missing = sorted(set(gaz) - set(outlines_of))
    if missing:
        problems.append("gazetteer admin2 on no outline: " + ", ".join(missing))
    unlinked = [loc["id"] for loc in locations if loc["id"] not in {r["map_id"] for r in rows}]
    if unlinked:
        problems.append("outlines with no admin2: " + ", ".join(unlinked))
    if problems:
        raise SystemExit("crosswalk problems:\n  " + "\n  ".join(problems))
    rows.sort(key=lambda r: (r["admin1"], r["map_id"]))  # stable: parent row first
    return rows, log


def crosswalk_text(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, CROSSWALK_COLUMNS, delimiter="\t", lineterminator="\n",
                       quoting=csv.QUOTE_NONE, escapechar=None)
    w.writeheader()
    for r in rows:
        if any(c in v for v in r.values() for c in "\t\n"):
            raise SystemExit(f"tab or newline in {r}")
        w.writerow(r)
    return buf.getvalue()


def fit(locations: list[dict], rows: list[dict[str, str]], gaz: dict[str, dict[str, str]]
        ) -> tuple[dict, list[str]]:
    """Fit the transform on one-to-one links (an outline with a single admin2 that has no
    other outline) and report residuals and HQ-in-outline checks for every link."""
    geom = {loc["id"]: path_geometry(loc["path"]) for loc in locations}
    paths = {loc["id"]: loc["path"] for loc in locations}
    per_outline: dict[str, list[str]] = {}
    per_admin2: dict[str, list[str]] = {}
    for r in rows:
        per_outline.setdefault(r["map_id"], []).append(r["admin2"])
        per_admin2.setdefault(r["admin2"], []).append(r["map_id"])
    pairs = sorted((mid, a2[0]) for mid, a2 in per_outline.items()
                   if len(a2) == 1 and len(per_admin2[a2[0]]) == 1)
    lonlat = [(float(gaz[g]["lon"]), float(gaz[g]["lat"])) for _, g in pairs]
    xy = [geom[mid][1] for mid, _ in pairs]
    (a, b, c), (d, e, f) = fit_affine(lonlat, xy)
    det = a * e - b * d

    def km(dx: float, dy: float, lat: float) -> float:
        dlon = (e * dx - b * dy) / det
        dlat = (-d * dx + a * dy) / det
        return math.hypot(dlon * KM_PER_DEG * math.cos(math.radians(lat)), dlat * KM_PER_DEG)

    res_svg, res_km, inside = [], [], 0
    for (mid, g), (lon, lat), (x, y) in zip(pairs, lonlat, xy):
        px, py = a * lon + b * lat + c, d * lon + e * lat + f
        res_svg.append(math.hypot(px - x, py - y))
        res_km.append(km(px - x, py - y, lat))
        inside += point_in_path(px, py, paths[mid])
    report = []
    for g, mids in sorted(per_admin2.items()):
        lon, lat = float(gaz[g]["lon"]), float(gaz[g]["lat"])
        px, py = a * lon + b * lat + c, d * lon + e * lat + f
        if not any(point_in_path(px, py, paths[m]) for m in mids):
            hit = [m for m, p in paths.items() if point_in_path(px, py, p)]
            report.append(f"HQ of {g} projects outside {'+'.join(mids)}"
                          f" (into {hit[0] if hit else 'no outline'})")

    def r3(v: float) -> float:
        return round(v, 3)

    out = {
        "about": "Affine transform from WGS84 lon/lat (degrees) to the SVG units of "
                 "pakistan-districts.json: x = x[0]*lon + x[1]*lat + x[2], "
                 "y = y[0]*lon + y[1]*lat + y[2]. Least squares of the area centroids of "
                 "the one-to-one outlines against the gazetteer's admin2 coordinates "
                 "(district headquarters). Written by scripts/build_district_crosswalk.py.",
        "x": [round(v, 9) for v in (a, b, c)],
        "y": [round(v, 9) for v in (d, e, f)],
        "pairs": len(pairs),
        "residual_svg": {"rms": r3(math.sqrt(sum(v * v for v in res_svg) / len(res_svg))),
                         "median": r3(statistics.median(res_svg)), "max": r3(max(res_svg))},
        "residual_km": {"rms": r3(math.sqrt(sum(v * v for v in res_km) / len(res_km))),
                        "median": r3(statistics.median(res_km)), "max": r3(max(res_km))},
        "hq_inside_own_outline": f"{inside}/{len(pairs)}",
    }
    return out, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the outputs are stale")
    ap.add_argument("--vendor", metavar="TARBALL",
                    help="rewrite pakistan-districts.json from this npm tarball first")
    args = ap.parse_args(argv)

    outputs: dict[str, str] = {}
    if args.vendor:
        outputs[MAP_JSON] = vendor(args.vendor)
        data = json.loads(outputs[MAP_JSON])
    else:
        with open(MAP_JSON, encoding="utf-8") as fh:
            data = json.load(fh)
    locations = data["locations"]
    gaz = read_gazetteer()
    rows, log = build_links(locations, gaz)
    transform, report = fit(locations, rows, gaz)
    outputs[CROSSWALK] = crosswalk_text(rows)
    outputs[TRANSFORM] = json.dumps(transform, indent=1) + "\n"

    if args.check:
        stale = []
        for path, text in outputs.items():
            try:
                with open(path, encoding="utf-8") as fh:
                    if fh.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        for p in stale:
            print(f"stale: {os.path.relpath(p, ROOT)}", file=sys.stderr)
        return 1 if stale else 0

    for line in log:
        print(line)
    for line in report:
        print(line)
    n_admin2 = len({r["admin2"] for r in rows})
    print(f"{len(locations)} outlines, {len(rows)} links, {n_admin2} of {len(gaz)} "
          f"gazetteer admin2 placed")
    print(f"transform: {transform['pairs']} pairs, residual rms "
          f"{transform['residual_svg']['rms']} SVG units = {transform['residual_km']['rms']} km"
          f" (median {transform['residual_km']['median']} km, max "
          f"{transform['residual_km']['max']} km); HQ inside own outline "
          f"{transform['hq_inside_own_outline']}")
    os.makedirs(MAPS_DIR, exist_ok=True)
    for path, text in outputs.items():
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        print(f"wrote {os.path.relpath(path, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
