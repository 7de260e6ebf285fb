import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import T
from gold3 import G
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in sorted(T):
    nid = "AQ-%02d" % n
    with open(os.path.join(OUT, nid + ".txt"), "w") as f:
        f.write(T[n])
    g = G[n]
    d = {
      "article": nid + ".txt",
      "about": "Hand-coded from the text alone.",
      "publisher": g["publisher"],
      "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [], "near_duplicate_sentences": [], "flag_as_damaged": []},
      "actors": g["actors"],
      "people": g["people"],
      "places": g["places"],
      "quotes": [],
      "incidents": g["incidents"],
      "not_incidents": g.get("not_incidents", []),
      "relations": [],
      "actor_profiles": {},
    }
    with open(os.path.join(OUT, nid + ".gold.json"), "w") as f:
        f.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
print("built", len(T))
