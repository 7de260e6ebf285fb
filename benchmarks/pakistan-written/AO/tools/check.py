import json, glob, os, re
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-29.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PL = list(dev["places"][0].keys()); AC = list(dev["actors"][0].keys()); PE = list(dev["people"][0].keys())
CL = list(dev["cleaning"].keys())
errs = 0
def bad(*a):
    global errs; errs += 1; print("ERR", *a)
files = sorted(glob.glob("/work/blind/AO/AO-*.gold.json"))
for f in files:
    d = json.load(open(f))
    base = os.path.basename(f).replace(".gold.json", "")
    txt = open(f"/work/blind/AO/{base}.txt").read()
    if list(d.keys()) != TOP: bad(base, "top keys", list(d.keys()))
    if d["article"] != base + ".txt": bad(base, "article")
    if list(d["cleaning"].keys()) != CL: bad(base, "cleaning keys")
    if d["publisher"] is not None and d["publisher"] not in txt: bad(base, "publisher not in text", d["publisher"])
    canon = {a["canonical"] for a in d["actors"]}
    for a in d["actors"]:
        if list(a.keys()) != AC: bad(base, "actor keys", a)
        for m in a["mentions"]:
            if m not in txt: bad(base, "actor mention", m)
    for p in d["people"]:
        if list(p.keys()) != PE: bad(base, "person keys", p)
        for m in p["mentions"]:
            if m not in txt: bad(base, "person mention", m)
    pnames = {p["name"] for p in d["places"]}
    for p in d["places"]:
        if list(p.keys()) != PL: bad(base, "place keys", p)
        if p["name"] not in txt: bad(base, "place name", p["name"])
    for q in d["quotes"]:
        if q["starts"] not in txt: bad(base, "quote", q["starts"])
    for s in d["not_incidents"]:
        if s not in txt: bad(base, "not_incident", s)
    for i in d["incidents"]:
        if list(i.keys()) != INC: bad(base, "incident keys", list(i.keys()))
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in txt: bad(base, k, i[k])
        if i["location"] not in pnames: bad(base, "location not among places", i["location"])
        for k in ("actor1", "actor2"):
            v = i[k]
            if v not in (None, "Unidentified Armed Group", "Civilians", "Protesters") and v not in canon:
                bad(base, k, "not in actors", v)
        ks = i["killed_by_side"]
        if i["killed"] is not None and sum(ks.values()) > i["killed"]: bad(base, "side sum > killed")
        for k in ks:
            if k not in ("civilians", "security_forces", "militants"): bad(base, "side key", k)
        loc = [p for p in d["places"] if p["name"] == i["location"]][0]
        if (loc["admin1"], loc["admin2"]) != (i["admin1"], i["admin2"]) and loc["admin2"] is not None:
            bad(base, "admin mismatch", i["location"], loc, i["admin1"], i["admin2"])
print(len(files), "files;", errs, "errors")
