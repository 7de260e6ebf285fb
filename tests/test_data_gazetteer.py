"""Integrity checks for ctwatch/data/gazetteer/places.tsv (stdlib only)."""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[1] / "ctwatch" / "data" / "gazetteer"
PLACES = GAZ / "places.tsv"
COLUMNS = ["id", "name", "kind", "country", "admin1", "admin1_iso", "admin2",
           "lat", "lon", "aliases", "source"]
KINDS = {"country", "admin1", "admin2", "admin3", "town", "area"}

# (lat_min, lat_max, lon_min, lon_max) -- rough, generous country boxes
BBOX = {
    "PK": (23.5, 37.5, 60.5, 77.9),
    "IN": (6.0, 36.0, 68.0, 98.0),
    "AF": (29.3, 38.6, 60.4, 75.0),
    "IR": (25.0, 39.8, 44.0, 63.4),
    "BD": (20.5, 26.7, 88.0, 92.7),
    "NP": (26.3, 30.5, 80.0, 88.3),
}

# Names that legitimately denote two different places of the same kind in the
# same country (different admin1/admin2).  Key: (country, kind, normalised name).
AMBIGUOUS_ALLOWED = {
    ("AF", "admin2", "arghandab"),     # Kandahar and Zabul
    ("AF", "admin2", "kohistan"),      # Badakhshan and Faryab
    ("IN", "admin2", "aurangabad"),    # Bihar and Maharashtra
    ("IN", "admin2", "balrampur"),     # Chhattisgarh (Balrampur-Ramanujganj) and UP
    ("IN", "admin2", "bijapur"),       # Chhattisgarh and Karnataka (Vijayapura)
    ("IN", "admin2", "bilaspur"),      # Chhattisgarh and Himachal Pradesh
    ("IN", "admin2", "deogarh"),       # Odisha Deogarh; GeoNames spelling of Jharkhand's Deoghar
    ("IN", "admin2", "hamirpur"),      # Himachal Pradesh and UP
    ("IN", "admin2", "pratapgarh"),    # Rajasthan and UP
    ("PK", "admin3", "dasht"),         # tehsils in Kech and Mastung
    ("PK", "admin3", "khanpur"),       # Haripur, Rahim Yar Khan, Shikarpur
    ("PK", "admin3", "kingri"),        # Musakhel and Khairpur
    ("PK", "admin3", "mirpur"),        # a Jhal Magsi sub-tehsil and an Azad Kashmir tehsil
    ("PK", "admin3", "tamboo"),        # a Kohlu sub-tehsil and a Nasirabad tehsil
    ("PK", "admin3", "landhi"),        # Nasirabad and Korangi (Karachi)
    ("PK", "admin3", "nowshera"),      # Nowshera (KP) and Khushab
    ("PK", "admin3", "sahiwal"),       # Sahiwal and Sargodha districts
    ("PK", "area", "gulbahar"),        # localities of Peshawar and Karachi Central
    ("PK", "area", "gul bahar"),
}

PK_ADMIN1 = {"PK-BA": "Balochistan", "PK-KP": "Khyber Pakhtunkhwa", "PK-PB": "Punjab",
             "PK-SD": "Sindh", "PK-IS": "Islamabad Capital Territory",
             "PK-GB": "Gilgit-Baltistan", "PK-JK": "Azad Jammu and Kashmir"}


def norm(s: str) -> str:
    s = s.replace("‘", "'").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.encode("ascii", "ignore").decode("ascii").lower().replace("&", " and ")
    s = re.sub(r"[.'`]", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@pytest.fixture(scope="module")
def rows():
    with PLACES.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS
        data = list(reader)
    assert data
    return data


def names(r):
    return [r["name"]] + [a for a in r["aliases"].split("|") if a]


def find(rows, country, kind, name, admin1_iso=None):
    key = norm(name)
    return [r for r in rows if r["country"] == country and r["kind"] == kind
            and (admin1_iso is None or r["admin1_iso"] == admin1_iso)
            and key in {norm(n) for n in names(r)}]


def test_well_formed(rows):
    for r in rows:
        assert r["id"] and r["name"] and r["source"], r
        assert r["kind"] in KINDS, r
        assert r["id"] == r["id"].lower() and " " not in r["id"], r["id"]
        assert r["country"] in BBOX, r
        assert (r["lat"] == "") == (r["lon"] == ""), r["id"]


def test_unique_ids(rows):
    seen = set()
    dup = [r["id"] for r in rows if r["id"] in seen or seen.add(r["id"])]
    assert not dup


def test_admin2_parent_exists(rows):
    admin1 = {(r["country"], r["admin1_iso"]): r["name"] for r in rows if r["kind"] == "admin1"}
    for r in rows:
        if r["kind"] in ("admin2", "admin3", "town", "area"):
            if r["kind"] == "area" and not r["admin1_iso"] and not r["admin2"]:
                continue  # a border along several provinces ("Pak-Afghan border")
            key = (r["country"], r["admin1_iso"])
            assert key in admin1, r["id"]
            assert admin1[key] == r["admin1"], r["id"]
    admin2 = {(r["country"], r["admin1_iso"], r["name"]) for r in rows if r["kind"] == "admin2"}
    for r in rows:
        if r["kind"] in ("admin3", "town", "area") and r["admin2"]:
            assert (r["country"], r["admin1_iso"], r["admin2"]) in admin2, r["id"]


def test_coordinates_in_country_bbox(rows):
    bad = []
    for r in rows:
        if not r["lat"]:
            continue
        lat, lon = float(r["lat"]), float(r["lon"])
        la0, la1, lo0, lo1 = BBOX[r["country"]]
        if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
            bad.append((r["id"], lat, lon))
    assert not bad


def test_pakistan_first_level_units(rows):
    got = {r["admin1_iso"]: r["name"] for r in rows if r["country"] == "PK" and r["kind"] == "admin1"}
    assert got == PK_ADMIN1
    assert find(rows, "PK", "admin1", "NWFP", "PK-KP")
    assert find(rows, "PK", "admin1", "Baluchistan", "PK-BA")
    assert find(rows, "PK", "area", "FATA", "PK-KP")
    assert find(rows, "PK", "area", "Federally Administered Tribal Areas")


@pytest.mark.parametrize("district", [
    "Bajaur", "Mohmand", "Khyber", "Kurram", "Orakzai", "North Waziristan",
    "Upper South Waziristan", "Lower South Waziristan"])
def test_merged_tribal_districts(rows, district):
    hits = find(rows, "PK", "admin2", district, "PK-KP")
    assert len(hits) == 1 and hits[0]["lat"], district


def test_former_agency_names(rows):
    assert find(rows, "PK", "admin2", "Khyber Agency")[0]["name"] == "Khyber"
    assert find(rows, "PK", "admin2", "Orakzai Agency")[0]["name"] == "Orakzai"
    assert find(rows, "PK", "admin2", "North Waziristan Agency")[0]["name"] == "North Waziristan"
    assert find(rows, "PK", "area", "South Waziristan Agency")
    assert find(rows, "PK", "area", "FR Bannu")
    for spelling in ("D.I. Khan", "DI Khan", "Dera Ismail Khan"):
        assert find(rows, "PK", "admin2", spelling)[0]["id"] == "pk-kp-dera-ismail-khan"


def test_pakistan_district_coverage(rows):
    pk2 = [r for r in rows if r["country"] == "PK" and r["kind"] == "admin2"]
    with_coords = [r for r in pk2 if r["lat"]]
    assert len(with_coords) >= 140
    for iso in PK_ADMIN1:
        assert any(r["admin1_iso"] == iso for r in pk2), iso


def test_alias_uniqueness(rows):
    idx = defaultdict(set)
    for r in rows:
        for n in names(r):
            idx[(r["country"], r["kind"], norm(n))].add(r["id"])
    clashes = {k: sorted(v) for k, v in idx.items() if len(v) > 1 and k not in AMBIGUOUS_ALLOWED}
    assert not clashes


@pytest.mark.parametrize("country,kind,name,admin1_iso", [
    ("PK", "admin2", "Bannu", "PK-KP"),
    ("PK", "admin2", "Kech", "PK-BA"),
    ("PK", "admin2", "Turbat", "PK-BA"),
    ("PK", "admin2", "Karachi South", "PK-SD"),
    ("PK", "town", "Quetta", "PK-BA"),
    ("PK", "town", "Miranshah", "PK-KP"),
    ("PK", "town", "Mir Ali", "PK-KP"),
    ("PK", "town", "Wana", "PK-KP"),
    ("PK", "town", "Parachinar", "PK-KP"),
    ("IN", "admin2", "Dantewada", "IN-CG"),
    ("IN", "admin2", "Dakshin Bastar Dantewada", "IN-CG"),
    ("IN", "admin2", "West Midnapore", "IN-WB"),
    ("IN", "admin2", "Gadchiroli", "IN-MH"),
    ("IN", "admin2", "Malkangiri", "IN-OD"),
    ("IN", "admin2", "Sukma", "IN-CG"),
    ("IN", "admin2", "Palamau", "IN-JH"),
    ("IN", "admin2", "Garwah", "IN-JH"),
    ("IN", "admin2", "Sonebhadra", "IN-UP"),
    ("IN", "admin2", "Gurgaon", "IN-HR"),
    ("IN", "admin2", "Aurangabad", "IN-BR"),
    ("IN", "admin2", "Aurangabad", "IN-MH"),
    ("IN", "admin1", "Orissa", "IN-OD"),
    ("IN", "admin1", "Uttaranchal", "IN-UK"),
    ("AF", "admin2", "Achin", "AF-NAN"),
    ("AF", "admin2", "Spin Boldak", "AF-KAN"),
    ("IR", "admin1", "Sistan and Baluchestan", "IR-11"),
    ("BD", "admin2", "Chittagong", "BD-B"),
])
def test_spot_checks(rows, country, kind, name, admin1_iso):
    hits = find(rows, country, kind, name, admin1_iso)
    assert len(hits) == 1, (name, [h["id"] for h in hits])
    assert hits[0]["lat"], hits[0]["id"]


def test_country_rows(rows):
    got = {r["country"] for r in rows if r["kind"] == "country"}
    assert got == set(BBOX)


def test_no_name_is_cut_off(rows):
    # the tehsil registry writes "Gichk Sub-" for the Gichk sub-tehsil
    assert [r["id"] for r in rows if r["name"].rstrip().endswith("-")] == []
