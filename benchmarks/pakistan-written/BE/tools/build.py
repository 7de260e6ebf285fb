"""Write BE-NN.txt and BE-NN.gold.json from texts.py and gold.py (run from anywhere)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from texts import TEXTS
from gold import GOLD

assert sorted(TEXTS) == sorted(GOLD), (set(TEXTS) ^ set(GOLD))
for rid in sorted(TEXTS):
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(TEXTS[rid])  # no line terminator, like the dev .txt files
    g = GOLD[rid]
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
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(TEXTS), "reports to", OUT)
