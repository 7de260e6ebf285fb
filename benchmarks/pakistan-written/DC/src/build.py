"""Write DC-NN.txt and DC-NN.gold.json from the hand-written codings in r01_10/r11_20/r21_30."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import REPORTS, SUB2EV
import r01_10, r11_20, r21_30  # noqa: F401  (they register themselves)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def build(r):
    name = "DC-%02d" % r["n"]
    places = {p["name"]: p for p in r["places"]}
    incs = []
    for i in r["incidents"]:
        p = places[i["loc"]]
        incs.append({
            "what": i["what"], "acled_event_type": SUB2EV[i["sub"]], "acled_sub_event_type": i["sub"],
            "gtd_attack_type": i["gtd"], "actor1": i["a1"], "actor2": i["a2"], "country": "Pakistan",
            "admin1": p["admin1"], "admin2": p["admin2"], "location": i["loc"], "geo_precision": i["geo"],
            "date_text": i["date"], "killed": i["killed"], "killed_by_side": i["kbs"], "injured": i["injured"],
            "note": i["note"]})
    gold = {
        "article": name + ".txt", "about": "Hand-coded from the text alone.", "publisher": r["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": r["actors"], "people": r["people"], "places": r["places"], "quotes": r["quotes"],
        "incidents": incs, "not_incidents": r["not_incidents"], "relations": r["relations"],
        "actor_profiles": r["profiles"]}
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(r["text"] + "\n")
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")

for r in sorted(REPORTS, key=lambda r: r["n"]):
    build(r)
print("wrote", len(REPORTS), "reports")
