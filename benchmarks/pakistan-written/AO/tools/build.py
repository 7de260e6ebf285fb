import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts import T
from gold1 import G_
OUT = "/work/blind/AO"
for n in range(1, 31):
    name = f"AO-{n:02d}"
    with open(f"{OUT}/{name}.txt", "w") as f:
        f.write(T[n])
    g = G_[n]
    d = {"article": f"{name}.txt", "about": "Hand-coded from the text alone.",
         "publisher": g["publisher"],
         "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                      "near_duplicate_sentences": [], "flag_as_damaged": []},
         "actors": g["actors"], "people": g["people"], "places": g["places"],
         "quotes": g["quotes"], "incidents": g["incidents"],
         "not_incidents": g["not_incidents"], "relations": [], "actor_profiles": {}}
    with open(f"{OUT}/{name}.gold.json", "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("built")
