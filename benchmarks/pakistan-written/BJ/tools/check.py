# Checks every BJ gold file: JSON parses, keys match a dev gold file, and every copied string
# (what, date_text, location, place names, actor/person mentions, quote starts, not_incidents,
# publisher) occurs word for word in its report. Also cross-checks actors, places and sides.
import json, glob, os, sys
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = json.load(open("/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PLA = list(dev["places"][0].keys()); ACT = list(dev["actors"][0].keys()); PER = ["canonical", "mentions", "roles"]
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
SIDES = {"security_forces", "militants", "civilians", "unknown"}
bad = 0
def miss(f, what):
    global bad; bad += 1; print(f, "MISS:", what)
for gf in sorted(glob.glob(os.path.join(here, "BJ-*.gold.json"))):
    f = os.path.basename(gf)
    g = json.load(open(gf))
    txt = open(os.path.join(here, g["article"])).read()
    if list(g.keys()) != TOP: miss(f, "top keys")
    if list(g["cleaning"].keys()) != list(dev["cleaning"].keys()): miss(f, "cleaning keys")
    for a in g["actors"]:
        if list(a.keys()) != ACT: miss(f, "actor keys %s" % a)
        for m in a["mentions"]:
            if m not in txt: miss(f, "actor mention %r" % m)
    for p in g["people"]:
        if list(p.keys()) != PER: miss(f, "person keys")
        for m in p["mentions"]:
            if m not in txt: miss(f, "person mention %r" % m)
    names = {}
    for p in g["places"]:
        if list(p.keys()) != PLA: miss(f, "place keys")
        if p["name"] not in txt: miss(f, "place %r" % p["name"])
        names[p["name"]] = p
    for q in g["quotes"]:
        if q["starts"] not in txt: miss(f, "quote %r" % q["starts"])
    for s in g["not_incidents"]:
        if s not in txt: miss(f, "not_incident %r" % s)
    if g["publisher"] and g["publisher"] not in txt: miss(f, "publisher")
    canon = {a["canonical"] for a in g["actors"]}
    for i in g["incidents"]:
        if list(i.keys()) != INC: miss(f, "incident keys")
        if i["what"] not in txt: miss(f, "what %r" % i["what"])
        if i["date_text"] is not None and i["date_text"] not in txt: miss(f, "date %r" % i["date_text"])
        if i["location"] not in txt: miss(f, "location %r" % i["location"])
        pl = names.get(i["location"])
        if not pl: miss(f, "location not in places %r" % i["location"])
        elif (pl["admin1"], pl["admin2"]) != (i["admin1"], i["admin2"]):
            miss(f, "admin mismatch %r" % i["location"])
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: miss(f, "%s %r not in actors" % (k, i[k]))
        if set(i["killed_by_side"]) - SIDES: miss(f, "side key")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): miss(f, "sides exceed killed")
        if not i["note"]: miss(f, "note")
print("checked", len(glob.glob(os.path.join(here, "BJ-*.gold.json"))), "files;", bad, "problems")
sys.exit(1 if bad else 0)
