import json, glob, os, re, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
dev = json.load(open(os.path.join(DEV, "satp-sa-dev-109.gold.json")))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PL = list(dev["places"][0].keys()); AC = list(dev["actors"][0].keys()); PE = ["canonical", "mentions", "roles"]
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
ADM1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Islamabad Capital Territory", "Azad Kashmir", None}
SIDES = {"security_forces", "civilians", "militants"}
errs = 0
def err(*a):
    global errs; errs += 1; print("ERR", *a)
for gf in sorted(glob.glob(os.path.join(HERE, "AQ-*.gold.json"))):
    g = json.load(open(gf)); nid = os.path.basename(gf)[:-10]
    txt = open(os.path.join(HERE, g["article"])).read()
    if g["article"] != nid + ".txt": err(nid, "article")
    if list(g.keys()) != TOP: err(nid, "top keys")
    if g["publisher"] and g["publisher"] not in txt: err(nid, "publisher", g["publisher"])
    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != AC: err(nid, "actor keys")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            if m not in txt: err(nid, "actor mention", m)
    for p in g["people"]:
        if list(p.keys()) != PE: err(nid, "people keys")
        for m in p["mentions"]:
            if m not in txt: err(nid, "person mention", m)
    names = set()
    for p in g["places"]:
        if list(p.keys()) != PL: err(nid, "place keys")
        names.add(p["name"])
        if p["name"] not in txt: err(nid, "place", p["name"])
        if p["admin1"] not in ADM1 and p["kind"] not in ("country", "province"): err(nid, "admin1", p)
    for s in g["not_incidents"]:
        if s not in txt: err(nid, "not_incident", s)
    for i in g["incidents"]:
        if list(i.keys()) != INC: err(nid, "incident keys")
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in txt: err(nid, k, i[k])
        if i["location"] not in names: err(nid, "location not in places", i["location"])
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: err(nid, k, i[k])
        if i["admin1"] not in ADM1: err(nid, "inc admin1", i["admin1"])
        pl = [p for p in g["places"] if p["name"] == i["location"]]
        if pl and (pl[0]["admin1"], pl[0]["admin2"]) != (i["admin1"], i["admin2"]) and pl[0]["kind"] != "district":
            err(nid, "admin mismatch", i["location"], pl[0], i["admin1"], i["admin2"])
        if set(i["killed_by_side"]) - SIDES: err(nid, "side key")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): err(nid, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): err(nid, "geo")
        if not i["note"]: err(nid, "note")
print("errors:", errs)
