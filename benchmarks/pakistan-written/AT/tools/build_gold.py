"""Serialise the hand-coded gold in gold.py into ../AT-NN.gold.json, in the dev gold files' shape."""
import json, os
from gold import GOLD

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for rid, g in sorted(GOLD.items()):
    doc = {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": g["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": [],
        "incidents": g["incidents"],
        "not_incidents": [],
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        f.write(json.dumps(doc, indent=2) + "\n")
print(len(GOLD), "gold files written")
