"""Writes AU-NN.txt and AU-NN.gold.json from the hand-written data in reports.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from reports import REPORTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

INC_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]

for n, r in enumerate(REPORTS, 1):
    rid = "AU-%02d" % n
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(r["text"])
    incs = []
    for i in r["incidents"]:
        d = dict(i)
        d.setdefault("country", "Pakistan")
        incs.append({k: d[k] for k in INC_KEYS})
    gold = {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": r["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": [dict(canonical=a[0], kind=a[1], acled_inter=a[2], mentions=a[3]) for a in r["actors"]],
        "people": [dict(canonical=p[0], mentions=p[1], roles=p[2]) for p in r["people"]],
        "places": [dict(name=p[0], kind=p[1], admin1=p[2], admin2=p[3]) for p in r["places"]],
        "quotes": [dict(speaker=q[0], starts=q[1]) for q in r.get("quotes", [])],
        "incidents": incs,
        "not_incidents": r.get("not_incidents", []),
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(REPORTS))
