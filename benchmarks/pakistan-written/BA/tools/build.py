import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import TEXTS
from gold import G, ABOUT
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for rid, text in TEXTS.items():
    g = G[rid]
    d = {
        "article": rid + ".txt",
        "about": g.get("about", ABOUT),
        "publisher": g["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(TEXTS))
