"""Checks every AU gold file: JSON parses, keys match a dev gold file, quoted strings occur verbatim."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PL = list(dev["places"][0].keys()); AK = list(dev["actors"][0].keys()); PK = ["canonical", "mentions", "roles"]
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters (Pakistan)", None}
bad = 0
def miss(f, what, s):
    global bad; bad += 1; print(f, "MISS", what, repr(s))
for g in sorted(glob.glob(os.path.join(HERE, "AU-*.gold.json"))):
    f = os.path.basename(g)
    d = json.load(open(g))
    t = open(os.path.join(HERE, d["article"])).read()
    if list(d) != TOP: miss(f, "top keys", list(d))
    if list(d["cleaning"]) != list(dev["cleaning"]): miss(f, "cleaning keys", "")
    names = {a["canonical"] for a in d["actors"]}
    placenames = {p["name"] for p in d["places"]}
    for a in d["actors"]:
        if list(a) != AK: miss(f, "actor keys", a)
        for m in a["mentions"]:
            if m not in t: miss(f, "actor mention", m)
    for p in d["people"]:
        if list(p) != PK: miss(f, "person keys", p)
        for m in p["mentions"]:
            if m not in t: miss(f, "person mention", m)
    for p in d["places"]:
        if list(p) != PL: miss(f, "place keys", p)
        if p["name"] not in t: miss(f, "place", p["name"])
    for q in d["quotes"]:
        if q["starts"] not in t: miss(f, "quote", q["starts"])
    for s in d["not_incidents"]:
        if s not in t: miss(f, "not_incident", s)
    if d["publisher"] and d["publisher"] not in t: miss(f, "publisher", d["publisher"])
    for i in d["incidents"]:
        if list(i) != INC: miss(f, "incident keys", list(i))
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in t: miss(f, k, i[k])
        if i["location"] not in placenames: miss(f, "location not in places", i["location"])
        for k in ("actor1", "actor2"):
            if i[k] not in names and i[k] not in GENERIC: miss(f, k + " not in actors", i[k])
        ks = i["killed_by_side"]
        if sum(ks.values()) > (i["killed"] or 0): miss(f, "side sum > killed", ks)
        if set(ks) - {"militants", "security_forces", "civilians"}: miss(f, "side keys", ks)
print("files", len(glob.glob(os.path.join(HERE, "AU-*.gold.json"))), "problems", bad)
sys.exit(1 if bad else 0)
