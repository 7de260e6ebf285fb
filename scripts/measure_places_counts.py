"""Measure places / counts extraction on SATP India dev and pakistan-gold-dev (stand-in for `ctwatch eval`).

    .venv/bin/python scripts/measure_places_counts.py [--part tune|heldout|all] [--errors FIELD] [--limit N]

SATP India rows are split by ``int(sha1(id)) % 5``: 0 is the held-out fifth, the rest the tuning part.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from ctwatch.extract import gazetteer
from ctwatch.extract.numbers import find_casualties, find_count
from ctwatch.extract.places import find_places, incident_location

BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def part_of(row_id: str) -> str:
    return "heldout" if int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 5 == 0 else "tune"


def norm_place(name: str | None, kind: str) -> str:
    """Canonical gazetteer name for a state/district label ("West Midnapore" -> "paschim medinipur")."""
    if not name:
        return ""
    name = re.sub(r"\s*\(.*?\)\s*", " ", name)
    name = re.sub(r"\b(district|state)\b", "", name, flags=re.I).strip()
    rows = gazetteer.lookup(name, "IN")
    rows = [r for r in rows if r.kind == kind] or rows
    if rows:
        r = rows[0]
        name = (r.admin2 or r.name) if kind == "admin2" else (r.admin1 or r.name)
    return re.sub(r"[^a-z]", "", name.lower())


def same(a: str, b: str) -> bool:
    return a == b or (bool(a) and bool(b) and fuzz.ratio(a, b) >= 88)


def total(c) -> int:
    return c.total.value if c and c.total else 0


def cnt(c) -> int:
    return c.value if c else 0


def region_prior(rows: list[dict]) -> dict[str, float]:
    """Share of each state among the tuning rows' incidents: a prior learned on the tuning part only."""
    counts: dict[str, float] = {}
    for r in rows:
        if part_of(r["id"]) == "tune":
            st = ((r.get("location") or {}).get("state") or "").strip()
            if st:
                counts[st] = counts.get(st, 0) + 1
    n = sum(counts.values()) or 1
    return {k: v / n for k, v in counts.items()}


def satp(part: str, errors: str | None, limit: int, use_prior: bool) -> None:
    rows = [json.loads(line) for line in open(BENCH / "satp-india" / "dev.jsonl")]
    prior = region_prior(rows) if use_prior else None
    rows = [r for r in rows if part == "all" or part_of(r["id"]) == part]
    stats: dict[str, list[int]] = {}
    shown = 0
    t0 = time.perf_counter()
    for r in rows:
        text = r["text"]
        when = date.fromisoformat(r["date"]) if r.get("date") else None
        killed, injured = find_casualties(text)
        arrested = find_count(text, "arrested")
        places = find_places(text, country_hint="IN", region_prior=prior)
        loc, _prec = incident_location(text, places, when=when)
        gold = {
            "fatalities": (r.get("fatalities") or {}).get("total") or 0,
            "injuries": (r.get("injuries") or {}).get("total") or 0,
            "arrests": (r.get("arrests") or {}).get("total_arrests") or 0,
        }
        pred = {"fatalities": total(killed), "injuries": total(injured), "arrests": cnt(arrested)}
        for k in gold:
            stats.setdefault(k, []).append(int(gold[k] == pred[k]))
            if gold[k] > 0:
                stats.setdefault(k + ">0", []).append(int(gold[k] == pred[k]))
        gl = r.get("location") or {}
        gs, gd = norm_place(gl.get("state"), "admin1"), norm_place(gl.get("district"), "admin2")
        ps = norm_place(loc.admin1, "admin1") if loc else ""
        pd = norm_place(loc.admin2, "admin2") if loc else ""
        ok_s, ok_d = same(gs, ps), same(gd, pd)
        stats.setdefault("state", []).append(int(ok_s))
        stats.setdefault("district", []).append(int(ok_d))
        if errors and shown < limit:
            bad = {
                "fatalities": gold["fatalities"] != pred["fatalities"],
                "injuries": gold["injuries"] != pred["injuries"],
                "arrests": gold["arrests"] != pred["arrests"],
                "state": not ok_s,
                "district": not ok_d,
            }.get(errors)
            if bad:
                shown += 1
                print("---", r["id"], "| gold", gold if errors not in ("state", "district") else (gs, gd),
                      "| pred", pred if errors not in ("state", "district") else (ps, pd, loc and loc.name))
                print(text[:700])
    dt = time.perf_counter() - t0
    print(f"SATP India {part} (region prior: {'tuning-part states' if use_prior else 'none'}): {len(rows)} rows, {1000 * dt / max(1, len(rows)):.2f} ms/row")
    for k, v in stats.items():
        print(f"  {k:15s} {sum(v) / len(v):.3f}  (n={len(v)})")


def pakistan(errors: bool) -> None:
    folder = BENCH / "pakistan-gold-dev"
    st: dict[str, list[int]] = {}
    for gf in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gf.read_text())
        text = (folder / gold["article"]).read_text()
        incs = gold.get("incidents") or []
        if not incs:
            continue
        g = incs[0]
        killed, injured = find_casualties(text)
        loc, prec = incident_location(text, find_places(text, country_hint="PK"))
        pa1 = loc.admin1 if loc else None
        pa2 = loc.admin2 if loc else None
        checks = {
            "admin1": same(re.sub(r"[^a-z]", "", (g.get("admin1") or "").lower()), re.sub(r"[^a-z]", "", (pa1 or "").lower())),
            "admin2": same(re.sub(r"[^a-z]", "", (g.get("admin2") or "").lower()), re.sub(r"[^a-z]", "", (pa2 or "").lower())),
            "geo_precision": g.get("geo_precision") == prec,
            "killed": (g.get("killed") or 0) == total(killed),
            "injured": (g.get("injured") or 0) == total(injured),
        }
        for k, v in checks.items():
            st.setdefault(k, []).append(int(v))
        if errors and not all(checks.values()):
            print("---", gf.name, {k: v for k, v in checks.items() if not v},
                  "gold", (g.get("admin1"), g.get("admin2"), g.get("location"), g.get("geo_precision"), g.get("killed"), g.get("injured")),
                  "pred", (pa1, pa2, loc and loc.name, prec, total(killed), total(injured)))
    n = len(next(iter(st.values()), []))
    print(f"pakistan-gold-dev (first incident of each of {n} reports):")
    for k, v in st.items():
        print(f"  {k:15s} {sum(v) / len(v):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tune", choices=["tune", "heldout", "all"])
    ap.add_argument("--errors", default=None, help="print errors of one field (fatalities, injuries, arrests, state, district, pakistan)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--region-prior", action="store_true", help="break place ties with the tuning part's state shares")
    a = ap.parse_args(argv)
    satp(a.part, a.errors, a.limit, a.region_prior)
    pakistan(a.errors == "pakistan")
    return 0


if __name__ == "__main__":
    sys.exit(main())
