"""Write BC-NN.txt and BC-NN.gold.json from texts.py and golds.py, then check them."""
import json, os, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from texts import T
from golds import G

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLEAN = {"must_contain": [], "must_not_contain": [], "keep_unchanged": [], "near_duplicate_sentences": [], "flag_as_damaged": []}

for k in sorted(T):
    g = G[k]
    doc = {
        "article": f"BC-{k}.txt",
        "about": "Hand-coded from the text alone.",
        "publisher": g["publisher"],
        "cleaning": CLEAN,
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, f"BC-{k}.txt"), "w") as f:
        f.write(T[k])
    with open(os.path.join(OUT, f"BC-{k}.gold.json"), "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(T), "pairs")
