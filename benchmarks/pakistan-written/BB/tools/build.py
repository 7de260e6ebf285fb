"""Write BB-NN.txt and BB-NN.gold.json from reports.py and gold.py (run from anywhere)."""
import json, os
from reports import TEXTS
from gold import G

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for rid, text in TEXTS.items():
    g = G[rid]
    doc = {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": g["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": g.get("relations", []),
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
print("wrote", len(TEXTS), "reports to", OUT)
