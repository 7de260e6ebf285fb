"""The place gazetteer (``data/gazetteer/places.tsv``) as a lookup table and a string matcher.

Loaded once per process (``load()`` is cached). ``find_names`` scans a text with one
Aho-Corasick automaton over every name and alias (case-insensitive, ASCII-folded) and keeps
only matches that start and end on a word boundary. No spaCy, no network.
"""

from __future__ import annotations

import re

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

PLACES_TSV = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "places.tsv"

# How specific each kind is: a larger number is a smaller place.
KIND_RANK = {"country": 0, "admin1": 1, "admin2": 2, "admin3": 3, "town": 4, "area": 4}


@dataclass(frozen=True)
class Place:
    """One row of places.tsv."""

    id: str
    name: str
    kind: str
    country: str
    admin1: str | None
    admin1_iso: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    source: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def fold(s: str) -> str:
    """Lower-case and strip diacritics ("Bījāpur" -> "bijapur"); keeps the length of plain ASCII text."""
    out = []
    for ch in s:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        # keep one output char per input char so offsets stay valid
        out.append(base[0].lower() if len(base[0].lower()) == 1 else ch.lower())
    return "".join(out)


def spelling_key(name: str) -> str:
    """A name's consonant skeleton: transliteration variants share it ("Palamau"/"Palamu",
    "Bolangir"/"Balangir", "Sundergarh"/"Sundargarh"), different names do not."""
    s = re.sub(r"[^a-z]", "", fold(name).replace("w", "v"))
    s = re.sub(r"[aeiouyh]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _norm_key(s: str) -> str:
    return " ".join(fold(s).replace("-", " ").split())


class Gazetteer:
    def __init__(self, rows: list[Place]):
        self.rows = rows
        self.by_id = {r.id: r for r in rows}
        self._by_key: dict[str, list[Place]] = {}
        for r in rows:
            for n in r.names:
                k = _norm_key(n)
                if k and r not in self._by_key.setdefault(k, []):
                    self._by_key[k].append(r)
        self._admin1: dict[tuple[str, str], Place] = {}
        self._admin2: dict[tuple[str, str, str], Place] = {}
        for r in rows:
            if r.kind == "admin1" and r.admin1:
                self._admin1[(r.country, _norm_key(r.admin1))] = r
            elif r.kind == "admin2" and r.admin1 and r.admin2:
                self._admin2[(r.country, _norm_key(r.admin1), _norm_key(r.admin2))] = r
        # a district is also found by its other names: the towns of a renamed district still carry the old one
        self._admin2_any: dict[tuple[str, str, str], Place] = dict(self._admin2)
        for r in rows:
            if r.kind == "admin2" and r.admin1:
                for n in r.names:
                    self._admin2_any.setdefault((r.country, _norm_key(r.admin1), _norm_key(n)), r)
        # rows per admin1: a rough measure of how well the gazetteer covers a region
        self.admin1_weight: dict[tuple[str, str], int] = {}
        for r in rows:
            if r.admin1:
                key = (r.country, r.admin1)
                self.admin1_weight[key] = self.admin1_weight.get(key, 0) + 1
        self._automaton = ahocorasick.Automaton()
        for k in self._by_key:
            # two letters only for a province written as its capitals ("KP", "GB"): "Un" and "Ai" are words
            if len(k) >= 3 or (len(k) == 2 and all(r.kind == "admin1" for r in self._by_key[k])):
                self._automaton.add_word(k, k)
        self._automaton.make_automaton()
        self._seats: dict[str | None, list[tuple[Place, Place]]] = {}

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, name: str, country: str | None = None, kind: str | None = None) -> list[Place]:
        """Every row whose name or alias equals ``name`` (case- and diacritic-insensitive)."""
        out = self._by_key.get(_norm_key(name), [])
        if country:
            out = [r for r in out if r.country == country]
        if kind:
            out = [r for r in out if r.kind == kind]
        return list(out)

    def admin1_of(self, place: Place) -> Place | None:
        if place.kind in ("country", "admin1") or not place.admin1:
            return place if place.kind == "admin1" else None
        return self._admin1.get((place.country, _norm_key(place.admin1)))

    def admin2_of(self, place: Place) -> Place | None:
        if place.kind == "admin2":
            return place
        if not place.admin1 or not place.admin2:
            return None
        key = (place.country, _norm_key(place.admin1), _norm_key(place.admin2))
        return self._admin2.get(key) or self._admin2_any.get(key)

    def district_name(self, country: str | None, admin1: str | None, admin2: str | None) -> str | None:
        """The current name of the district called ``admin2`` (by its name or an alias) in ``admin1``."""
        if not admin2:
            return admin2
        row = self._admin2_any.get((country or "", _norm_key(admin1 or ""), _norm_key(admin2)))
        return (row.admin2 or row.name) if row else admin2

    def same_district(self, country: str | None, admin1: str | None, a: str | None, b: str | None) -> bool:
        """Whether two district names (either may be an alias) are the same district of ``admin1``."""
        if not a or not b:
            return False
        return _norm_key(self.district_name(country, admin1, a) or "") == _norm_key(self.district_name(country, admin1, b) or "")

    def country_of(self, place: Place) -> Place | None:
        return self.by_id.get(place.country.lower())

    def admin2_rows(self, country: str | None = None) -> list[Place]:
        return [r for r in self._admin2.values() if country is None or r.country == country]

    def district_seated_at(self, town: Place) -> Place | None:
        """The district whose headquarters ``town`` is: places.tsv puts a district at its HQ town
        (Daltonganj for Palamu, Motihari for East Champaran)."""
        district = self.admin2_of(town) if town.kind == "town" else None
        if district is None or None in (district.lat, district.lon, town.lat, town.lon):
            return None
        return district if abs(district.lat - town.lat) < 0.01 and abs(district.lon - town.lon) < 0.01 else None

    def seat_towns(self, country: str | None = None) -> list[tuple[Place, Place]]:
        """(town, district) for every town that is a district's headquarters."""
        if country not in self._seats:
            towns = [r for r in self.by_id.values() if r.kind == "town" and (country is None or r.country == country)]
            self._seats[country] = [(t, d) for t in towns if (d := self.district_seated_at(t)) is not None]
        return self._seats[country]

    # -- scanning ----------------------------------------------------------------------------
    def find_names(self, text: str) -> list[tuple[int, int, list[Place]]]:
        """All word-bounded matches of a gazetteer name in ``text``: (start, end, rows)."""
        folded = fold(text).replace("-", " ")
        if len(folded) != len(text):  # pragma: no cover - fold keeps lengths for all common text
            folded = text.lower()
        # collapse runs of spaces would break offsets; names use single spaces, texts mostly too
        out = []
        for end_idx, key in self._automaton.iter(folded):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start > 0 and (folded[start - 1].isalnum()):
                continue
            if end < len(folded) and (folded[end].isalnum()):
                continue
            if len(key) == 2 and not text[start:end].isupper():
                continue
            out.append((start, end, list(self._by_key[key])))
        return out


def _f(s: str) -> float | None:
    return float(s) if s else None


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Gazetteer:
    p = Path(path) if path else PLACES_TSV
    rows = []
    with p.open(encoding="utf-8", newline="") as fh:
        for d in csv.DictReader(fh, delimiter="\t"):
            rows.append(
                Place(
                    id=d["id"],
                    name=d["name"],
                    kind=d["kind"],
                    country=d["country"],
                    admin1=d["admin1"] or None,
                    admin1_iso=d["admin1_iso"] or None,
                    admin2=d["admin2"] or None,
                    lat=_f(d["lat"]),
                    lon=_f(d["lon"]),
                    aliases=tuple(a for a in (d["aliases"] or "").split("|") if a),
                    source=d["source"],
                )
            )
    return Gazetteer(rows)


def lookup(name: str, country: str | None = None) -> list[Place]:
    """Rows named ``name`` (or with it as an alias), optionally limited to one country."""
    return load().lookup(name, country)


def admin1_of(place: Place) -> Place | None:
    return load().admin1_of(place)


def admin2_of(place: Place) -> Place | None:
    return load().admin2_of(place)
