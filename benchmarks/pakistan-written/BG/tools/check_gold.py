"""Checks the BG gold files: JSON parses, keys match a dev gold file, and every quoted string is in the text."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
ACT = list(dev["actors"][0].keys()); PEO = list(dev["people"][0].keys()); PLA = list(dev["places"][0].keys())
EXTRA_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Military Forces of India", None}
bad = 0
def miss(f, what, s):
    global bad; bad += 1; print(f"{f}: {what} not in text: {s!r}")
files = sorted(glob.glob(os.path.join(HERE, "BG-*.gold.json")))
for g in files:
    f = os.path.basename(g)
    d = json.load(open(g))
    txt = open(os.path.join(HERE, d["article"])).read()
    if list(d.keys()) != TOP: bad += 1; print(f, "top keys differ")
    if list(d["cleaning"].keys()) != list(dev["cleaning"].keys()): bad += 1; print(f, "cleaning keys")
    for a in d["actors"]:
        if list(a.keys()) != ACT: bad += 1; print(f, "actor keys", a)
        for m in a["mentions"]:
            if m not in txt: miss(f, "actor mention", m)
    for p in d["people"]:
        if list(p.keys()) != PEO: bad += 1; print(f, "person keys", p)
        for m in p["mentions"]:
            if m not in txt: miss(f, "person mention", m)
    names = {}
    for p in d["places"]:
        if list(p.keys()) != PLA: bad += 1; print(f, "place keys", p)
        if p["name"] not in txt: miss(f, "place", p["name"])
        names[p["name"]] = p
    for q in d["quotes"]:
        if q["starts"] not in txt: miss(f, "quote", q["starts"])
    for s in d["not_incidents"]:
        if s not in txt: miss(f, "not_incident", s)
    canon = {a["canonical"] for a in d["actors"]} | EXTRA_ACTORS
    for i in d["incidents"]:
        if list(i.keys()) != INC: bad += 1; print(f, "incident keys", list(i.keys()))
        if i["what"] not in txt: miss(f, "what", i["what"])
        if i["date_text"] is not None and i["date_text"] not in txt: miss(f, "date_text", i["date_text"])
        if i["location"] is not None and i["location"] not in txt: miss(f, "location", i["location"])
        if i["location"] not in names: bad += 1; print(f, "location not among places:", i["location"])
        else:
            p = names[i["location"]]
            if (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                bad += 1; print(f, "admin mismatch", i["location"], p, i["admin1"], i["admin2"])
        for k in ("actor1", "actor2"):
            if i[k] not in canon: bad += 1; print(f, k, "unknown actor", i[k])
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): bad += 1; print(f, "kbs > killed")
        if set(i["killed_by_side"]) - {"security_forces", "militants", "civilians"}: bad += 1; print(f, "side key")
        if i["geo_precision"] not in (1, 2, 3): bad += 1; print(f, "precision")
print(len(files), "files checked,", bad, "problems")
sys.exit(1 if bad else 0)
