"""Write AM-NN.txt and AM-NN.gold.json from texts.py and gold_data.py (run from anywhere)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts import TEXTS  # noqa: E402
from gold_data import G  # noqa: E402

EMPTY_CLEANING = {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                  "near_duplicate_sentences": [], "flag_as_damaged": []}

for rid in sorted(TEXTS):
    g = G[rid]
    with open(os.path.join(OUT, rid + ".txt"), "w", encoding="utf-8") as f:
        f.write(TEXTS[rid])
    doc = {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": g["publisher"],
        "cleaning": json.loads(json.dumps(EMPTY_CLEANING)),
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, rid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(TEXTS), "reports")
