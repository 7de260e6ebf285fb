import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import T
from gold import G
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for n in sorted(T):
    with open(f"{OUT}/AS-{n}.txt", "w") as f: f.write(T[n])
    g = G[n]
    d = {"article": f"AS-{n}.txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
         "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                      "near_duplicate_sentences": [], "flag_as_damaged": []},
         "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": g["quotes"],
         "incidents": g["incidents"], "not_incidents": [], "relations": [], "actor_profiles": {}}
    with open(f"{OUT}/AS-{n}.gold.json", "w") as f: json.dump(d, f, indent=2, ensure_ascii=False); f.write("\n")
print(len(T), "written")
