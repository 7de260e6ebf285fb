import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from codes import G
OUT = os.path.join(os.path.dirname(__file__), "..")
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
dev = json.load(open(DEV))
SPECIAL = {"Unidentified Armed Group", "Civilians", "Protesters", None}
problems = []
for rid, g in sorted(G.items()):
    text = open(os.path.join(OUT, rid + ".txt")).read()
    d = {"article": rid + ".txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
         "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                      "near_duplicate_sentences": [], "flag_as_damaged": []},
         "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": g["quotes"],
         "incidents": g["incidents"], "not_incidents": g["not_incidents"], "relations": [], "actor_profiles": {}}
    assert list(d) == list(dev), rid
    def need(s, what):
        if s is not None and s not in text:
            problems.append(f"{rid}: {what} not in text: {s!r}")
    if g["publisher"]: need(g["publisher"], "publisher")
    canon = {a["canonical"] for a in g["actors"]}
    for a in g["actors"]:
        for m in a["mentions"]: need(m, "actor mention")
    for p in g["people"]:
        for m in p["mentions"]: need(m, "person mention")
    names = {p["name"] for p in g["places"]}
    for p in g["places"]: need(p["name"], "place")
    for q in g["quotes"]: need(q["starts"], "quote")
    for n in g["not_incidents"]: need(n, "not_incident")
    for i in g["incidents"]:
        assert list(i) == list(dev["incidents"][0]), (rid, list(i))
        need(i["what"], "what"); need(i["date_text"], "date_text"); need(i["location"], "location")
        if i["location"] not in names: problems.append(f"{rid}: location {i['location']} not in places")
        for k in ("actor1", "actor2"):
            if i[k] not in SPECIAL and i[k] not in canon: problems.append(f"{rid}: {k} {i[k]} not in actors")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): problems.append(f"{rid}: side sum > killed")
        if not set(i["killed_by_side"]) <= {"security_forces", "militants", "civilians"}: problems.append(f"{rid}: side key")
        loc = [p for p in g["places"] if p["name"] == i["location"]]
        if loc and (loc[0]["admin1"], loc[0]["admin2"]) != (i["admin1"], i["admin2"]) and loc[0]["kind"] not in ("province",):
            problems.append(f"{rid}: admin mismatch {i['location']} {loc[0]} vs {i['admin1']},{i['admin2']}")
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False); f.write("\n")
print("\n".join(problems) or "no problems")
