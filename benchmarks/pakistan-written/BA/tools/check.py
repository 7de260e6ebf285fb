"""Checks set BA: JSON parses, keys match a dev gold file, and every string that must be copied
from the report is found in it word for word (plain substring search)."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
ref = json.load(open(os.path.join(DEV, "satp-sa-dev-109.gold.json")))
TOP = list(ref)
INC = list(ref["incidents"][0])
ACT = list(ref["actors"][0])
PLA = list(ref["places"][0])
PER = ["canonical", "mentions", "roles"]
SIDES = {"security_forces", "militants", "civilians"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
errs = 0
def bad(f, msg):
    global errs; errs += 1; print(f, "::", msg)
files = sorted(glob.glob(os.path.join(HERE, "BA-*.gold.json")))
for f in files:
    name = os.path.basename(f)
    try:
        d = json.load(open(f))
    except Exception as e:
        bad(name, "JSON: %s" % e); continue
    if list(d) != TOP: bad(name, "top keys %s" % list(d))
    if list(d["cleaning"]) != list(ref["cleaning"]): bad(name, "cleaning keys")
    txtf = os.path.join(HERE, d["article"])
    if d["article"] != name.replace(".gold.json", ".txt") or not os.path.exists(txtf):
        bad(name, "article field"); continue
    text = open(txtf).read()
    def need(s, what):
        if s is not None and s not in text: bad(name, "%s not in text: %r" % (what, s))
    canon = set()
    for a in d["actors"]:
        if list(a) != ACT: bad(name, "actor keys %s" % list(a))
        canon.add(a["canonical"])
        for m in a["mentions"]: need(m, "actor mention")
    for p in d["people"]:
        if list(p) != PER: bad(name, "person keys %s" % list(p))
        for m in p["mentions"]: need(m, "person mention")
    pnames = set()
    for p in d["places"]:
        if list(p) != PLA: bad(name, "place keys %s" % list(p))
        need(p["name"], "place name"); pnames.add(p["name"])
    for q in d["quotes"]:
        need(q["starts"], "quote start")
    for s in d["not_incidents"]:
        need(s, "not_incident")
    for i in d["incidents"]:
        if list(i) != INC: bad(name, "incident keys %s" % list(i))
        need(i["what"], "what"); need(i["date_text"], "date_text"); need(i["location"], "location")
        if i["location"] not in pnames: bad(name, "location not in places: %r" % i["location"])
        for k in ("actor1", "actor2"):
            if i[k] not in canon and i[k] not in GENERIC: bad(name, "%s not an actor: %r" % (k, i[k]))
        if not set(i["killed_by_side"]) <= SIDES: bad(name, "side keys")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): bad(name, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): bad(name, "geo")
        if not i["note"]: bad(name, "empty note")
print(len(files), "gold files checked;", errs, "problems")
sys.exit(1 if errs else 0)
