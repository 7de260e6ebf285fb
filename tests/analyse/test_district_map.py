"""The district choropleth (ctwatch.analyse.district_map) and its data in ctwatch/data/maps/."""
from __future__ import annotations

import csv
import importlib.util
import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ctwatch.analyse import district_map as dm
from ctwatch.analyse.district_map import MapPoint, render_district_map, unmatched_districts

ROOT = Path(__file__).resolve().parents[2]
PLACES = ROOT / "ctwatch" / "data" / "gazetteer" / "places.tsv"
SVG = "{http://www.w3.org/2000/svg}"

QUETTA = (30.1841, 67.0014)  # the gazetteer's Quetta (admin2) coordinates


def _pk_admin2() -> dict[str, dict[str, str]]:
    with open(PLACES, encoding="utf-8", newline="") as fh:
        return {r["name"]: r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["country"] == "PK" and r["kind"] == "admin2"}


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg.encode("utf-8"))


def _fills(svg: str) -> dict[str, str]:
    """map_id -> fill of its outline."""
    root = _parse(svg)
    return {p.get("id")[2:]: p.get("fill") for p in root.iter(f"{SVG}path")}


def _bbox(d: str) -> tuple[float, float, float, float]:
    pts = [p for ring in dm.parse_path(d) for p in ring]
    return (min(x for x, _ in pts), min(y for _, y in pts),
            max(x for x, _ in pts), max(y for _, y in pts))


# --- data -------------------------------------------------------------------------------


def test_vendored_map_data():
    data = dm.read_map_json()
    assert data["label"] and len(data["viewBox"].split()) == 4
    locs = data["locations"]
    assert len(locs) == 144
    assert len({loc["id"] for loc in locs}) == len(locs)
    for loc in locs:
        assert set(loc) == {"name", "id", "path"}
        rings = dm.parse_path(loc["path"])
        assert rings and all(len(r) >= 3 for r in rings), loc["id"]


def test_crosswalk_admin2_exist_in_gazetteer():
    gaz = _pk_admin2()
    rows = dm.read_crosswalk()
    assert rows
    for r in rows:
        assert r["admin2"] in gaz, r
        assert r["admin1"] == gaz[r["admin2"]]["admin1"], r


def test_crosswalk_covers_every_outline_and_every_district():
    rows = dm.read_crosswalk()
    ids = {loc["id"] for loc in dm.read_map_json()["locations"]}
    assert {r["map_id"] for r in rows} == ids
    assert {r["admin2"] for r in rows} == set(_pk_admin2())
    names = {loc["id"]: loc["name"] for loc in dm.read_map_json()["locations"]}
    for r in rows:
        assert r["map_name"] == names[r["map_id"]]
    assert len({(r["map_id"], r["admin2"]) for r in rows}) == len(rows)


def test_crosswalk_and_transform_are_up_to_date():
    spec = importlib.util.spec_from_file_location(
        "build_district_crosswalk_under_test", ROOT / "scripts" / "build_district_crosswalk.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0


def test_transform_file():
    tr = json.loads(dm.TRANSFORM_JSON.read_text(encoding="utf-8"))
    assert len(tr["x"]) == len(tr["y"]) == 3
    assert tr["residual_km"]["rms"] < 50


# --- geometry ---------------------------------------------------------------------------


def test_parse_path_relative_absolute_and_implicit_lineto():
    rings = dm.parse_path("m 10,10 5,0 0,5 z M 0,0 L 2,0 l 0,2 h -2 V 0 Z")
    assert rings[0] == [(10, 10), (15, 10), (15, 15)]
    assert rings[1] == [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)]
    with pytest.raises(ValueError):
        dm.parse_path("M 0,0 C 1,1 2,2 3,3 z")


def test_centroid_and_point_in_path():
    bbox, (cx, cy), area = dm.path_geometry("M 0,0 L 4,0 L 4,2 L 0,2 z")
    assert bbox == (0, 0, 4, 2) and (cx, cy) == pytest.approx((2, 1)) and area == pytest.approx(8)
    assert dm.point_in_path(1, 1, "M 0,0 L 4,0 L 4,2 L 0,2 z")
    assert not dm.point_in_path(5, 1, "M 0,0 L 4,0 L 4,2 L 0,2 z")


def test_fit_affine_recovers_a_known_transform():
    lonlat = [(60, 25), (75, 25), (70, 37), (66, 30)]
    xy = [(3 * lo - 0.5 * la + 7, 0.2 * lo - 4 * la + 900) for lo, la in lonlat]
    (a, b, c), (d, e, f) = dm.fit_affine(lonlat, xy)
    assert (a, b, c, d, e, f) == pytest.approx((3, -0.5, 7, 0.2, -4, 900))


# --- rendering --------------------------------------------------------------------------


def test_svg_parses_and_has_all_outlines():
    svg = render_district_map({"Quetta": 3}, title="T", legend_label="Incidents")
    root = _parse(svg)
    assert root.tag == f"{SVG}svg"
    assert len(list(root.iter(f"{SVG}path"))) == 144
    assert root.get("width") == "600"


def test_value_gets_a_fill_and_classes_differ():
    names = ["Quetta", "Peshawar", "Lahore", "Kech", "Bannu"]
    svg = render_district_map({n: float(i + 1) for i, n in enumerate(names)})
    fills = _fills(svg)
    got = [fills[i] for i in ("quetta", "peshawar", "lahore", "kech", "bannu")]
    assert dm.NO_DATA not in got
    assert len(set(got)) == 5
    assert fills["multan"] == dm.NO_DATA
    # the legend has the 5 classes and "No data"
    legend = _parse(svg).find(f".//{SVG}g[@id='legend']")
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["5", "4", "3", "2", "1", "No data"]


def test_no_values_all_grey():
    fills = _fills(render_district_map({}))
    assert set(fills.values()) == {dm.NO_DATA}


def test_odd_case_and_accents_match():
    values = {"qUÉTTA": 1, "Kōlai palas": 2, "DERA ISMAIL-KHAN": 3, "naushahro feroze": 4,
              "Nawabshah": 5, "bolan": 6}
    assert unmatched_districts(values) == []
    fills = _fills(render_district_map(values))
    for mid in ("quetta", "kohistan", "dera-ismail-khan", "d-i-khan-subdivision",
                "naushahro-firoze", "nawabshah", "bolan"):
        assert fills[mid] != dm.NO_DATA, mid


def test_unknown_names_are_reported():
    values = {"Quetta": 1, "Atlantis": 2, "Kandahar": 3, "Peshawar": 4}
    assert unmatched_districts(values) == ["Atlantis", "Kandahar"]
    fills = _fills(render_district_map(values))
    assert sum(f != dm.NO_DATA for f in fills.values()) == 3  # Quetta, Peshawar + FR Peshawar


def test_split_districts_combine_on_their_old_outline():
    svg = render_district_map({"Karachi East": 1, "Karachi West": 1, "Korangi": 1, "Quetta": 2,
                               "Lahore": 3})
    fills = _fills(svg)
    assert fills["karachi"] == fills["lahore"]  # 1 + 1 + 1 summed into one outline
    mx = _fills(render_district_map({"Karachi East": 1, "Karachi West": 1, "Quetta": 2,
                                     "Lahore": 3}, combine="max"))
    assert mx["karachi"] != mx["quetta"] and mx["karachi"] != mx["lahore"]
    with pytest.raises(ValueError):
        render_district_map({}, combine="median")


def test_district_with_two_outlines_shades_both():
    fills = _fills(render_district_map({"Peshawar": 5, "Quetta": 1}))
    assert fills["peshawar"] == fills["peshawar-subdivision"] != dm.NO_DATA


def test_non_finite_values_are_no_data():
    fills = _fills(render_district_map({"Quetta": math.nan, "Lahore": math.inf, "Kech": 1}))
    assert fills["quetta"] == fills["lahore"] == dm.NO_DATA != fills["kech"]


def test_fixed_breaks():
    svg = render_district_map({"Quetta": 0, "Lahore": 7, "Kech": 100}, breaks=[1, 5, 10, 50])
    fills = _fills(svg)
    assert fills["quetta"] == dm.PALETTE[0]
    assert fills["lahore"] == dm.PALETTE[2]
    assert fills["kech"] == dm.PALETTE[4]
    legend = _parse(svg).find(f".//{SVG}g[@id='legend']")
    assert [t.text for t in legend.iter(f"{SVG}text")] == [
        "> 50", "11–50", "6–10", "2–5", "≤ 1", "No data"]
    with pytest.raises(ValueError):
        render_district_map({}, breaks=[5, 1])


def test_text_is_escaped():
    nasty = "Attacks <script>alert(1)</script> & \"quotes\" 'apos' \x01"
    svg = render_district_map({"Quetta": 1}, title=nasty, legend_label=nasty,
                              points=[MapPoint(*QUETTA, label=nasty)])
    assert "<script>" not in svg
    root = _parse(svg)
    clean = nasty.replace("\x01", "")
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts.count(clean) >= 3  # title, legend heading, point label
    assert root.find(f"{SVG}title").text == clean
    assert root.get("aria-label") == clean


def test_quetta_point_lands_in_quetta():
    svg = render_district_map({}, points=[MapPoint(*QUETTA, label="Quetta", size=2.0)])
    root = _parse(svg)
    (circle,) = root.iter(f"{SVG}circle")
    x, y = float(circle.get("cx")), float(circle.get("cy"))
    quetta = root.find(f".//{SVG}path[@id='d-quetta']")
    x0, y0, x1, y1 = _bbox(quetta.get("d"))
    tol = 3.0
    assert x0 - tol <= x <= x1 + tol and y0 - tol <= y <= y1 + tol
    # circles and outlines share one coordinate system
    pts_g = root.find(f".//{SVG}g[@id='points']")
    assert pts_g.get("transform") == root.find(f".//{SVG}g[@id='districts']").get("transform")
    assert dm.point_in_path(x, y, quetta.get("d"))


def test_bad_points_rejected():
    with pytest.raises(ValueError):
        render_district_map({}, points=[MapPoint(math.nan, 67.0, "x")])
    with pytest.raises(ValueError):
        render_district_map({}, points=[MapPoint(30.0, 67.0, "x", size=-1)])


def test_width_sets_size():
    root = _parse(render_district_map({}, width=1000, title="x"))
    assert root.get("width") == "1000"
    assert int(root.get("height")) > 800
