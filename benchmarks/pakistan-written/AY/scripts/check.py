# Checks every AY gold file: JSON parses, keys match a dev gold file, every copied string is in its text.
import json, glob, os, sys
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"
dev = json.load(open(DEV))
TOP = list(dev); INC = list(dev["incidents"][0]); PLACE = list(dev["places"][0])
ACT = list(dev["actors"][0]); PER = list(dev["people"][0]); CLEAN = list(dev["cleaning"])
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
errs = 0
def bad(f, msg):
    global errs; errs += 1; print(f, msg)
files = sorted(glob.glob(os.path.join(here, "AY-*.gold.json")))
for fp in files:
    f = os.path.basename(fp)
    d = json.load(open(fp))
    txt = open(os.path.join(here, d["article"])).read()
    if list(d) != TOP: bad(f, "top keys")
    if list(d["cleaning"]) != CLEAN: bad(f, "cleaning keys")
    if d["publisher"] and d["publisher"] not in txt: bad(f, "publisher not in text")
    names = {p["name"]: p for p in d["places"]}
    canon = {a["canonical"] for a in d["actors"]}
    for a in d["actors"]:
        if list(a) != ACT: bad(f, "actor keys")
        for m in a["mentions"]:
            if m not in txt: bad(f, f"actor mention {m!r}")
    for p in d["people"]:
        if list(p) != PER: bad(f, "person keys")
        for m in p["mentions"]:
            if m not in txt: bad(f, f"person mention {m!r}")
    for p in d["places"]:
        if list(p) != PLACE: bad(f, "place keys")
        if p["name"] not in txt: bad(f, f"place {p['name']!r}")
    for q in d["quotes"]:
        if q["starts"] not in txt: bad(f, f"quote {q['starts']!r}")
    for s in d["not_incidents"]:
        if s not in txt: bad(f, f"not_incident {s!r}")
    for i in d["incidents"]:
        if list(i) != INC: bad(f, "incident keys")
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in txt: bad(f, f"{k} {i[k]!r}")
        if i["location"] not in names: bad(f, f"location not a place {i['location']!r}")
        else:
            pl = names[i["location"]]
            if (pl["admin1"], pl["admin2"]) != (i["admin1"], i["admin2"]): bad(f, f"admin mismatch {i['location']}")
        for a in ("actor1", "actor2"):
            if i[a] not in GENERIC and i[a] not in canon: bad(f, f"{a} {i[a]!r} not in actors")
        ks = i["killed_by_side"]
        if set(ks) - {"security_forces", "militants", "civilians"}: bad(f, "side key")
        if i["killed"] is not None and sum(ks.values()) > i["killed"]: bad(f, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): bad(f, "precision")
print(len(files), "files checked,", errs, "problems")
sys.exit(1 if errs else 0)
