#!/usr/bin/env python3
"""Write DB-NN.txt and DB-NN.gold.json from the hand-written specs in specs_*.py.

Usage: python3 build/build_gold.py      (run from /work/blind/DB or anywhere)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import specs_a, specs_b, specs_c, specs_d, specs_e  # noqa: E402

REPORTS = specs_a.REPORTS + specs_b.REPORTS + specs_c.REPORTS + specs_d.REPORTS + specs_e.REPORTS


def gold(r):
    places = {p["name"]: p for p in r["places"]}
    incidents = []
    for i in r["incidents"]:
        if i["loc"] not in places:
            raise SystemExit(f"{r['id']}: location {i['loc']!r} is not among the places")
        p = places[i["loc"]]
        incidents.append({
            "what": i["what"],
            "acled_event_type": i["ev"],
            "acled_sub_event_type": i["sub"],
            "gtd_attack_type": i["gtd"],
            "actor1": i["a1"],
            "actor2": i["a2"],
            "country": "Pakistan",
            "admin1": p["admin1"],
            "admin2": p["admin2"],
            "location": i["loc"],
            "geo_precision": i["prec"],
            "date_text": i["date"],
            "killed": i["killed"],
            "killed_by_side": i["kbs"],
            "injured": i["injured"],
            "note": i["note"],
        })
    return {
        "article": f"{r['id']}.txt",
        "about": "Hand-coded from the text alone.",
        "publisher": r["publisher"],
        "cleaning": {
            "must_contain": [],
            "must_not_contain": [],
            "keep_unchanged": [],
            "near_duplicate_sentences": [],
            "flag_as_damaged": [],
        },
        "actors": r["actors"],
        "people": r["people"],
        "places": r["places"],
        "quotes": r["quotes"],
        "incidents": incidents,
        "not_incidents": r["not_incidents"],
        "relations": r["relations"],
        "actor_profiles": {},
    }


def main():
    seen = set()
    for r in REPORTS:
        if r["id"] in seen:
            raise SystemExit(f"duplicate id {r['id']}")
        seen.add(r["id"])
        text = " ".join(r["text"].split())
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(OUT, r["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(r), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(REPORTS)} reports")


if __name__ == "__main__":
    main()
