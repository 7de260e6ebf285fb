"""Check the AW gold files: JSON parses, keys match a dev gold file, and every copied string is in its report."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Afghan Forces", None}
SIDES = {"security_forces", "militants", "civilians"}

dev = json.load(open(DEV))
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
ACT = list(dev["actors"][0].keys())
PEO = list(dev["people"][0].keys())
PLA = list(dev["places"][0].keys())
CLE = list(dev["cleaning"].keys())

problems = []


def bad(f, msg):
    problems.append("%s: %s" % (f, msg))


files = sorted(glob.glob(os.path.join(HERE, "AW-*.gold.json")))
for path in files:
    f = os.path.basename(path)
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        bad(f, "does not parse: %s" % e)
        continue
    if list(g.keys()) != TOP:
        bad(f, "top-level keys %s" % list(g.keys()))
    if list(g["cleaning"].keys()) != CLE:
        bad(f, "cleaning keys")
    txt_path = os.path.join(HERE, g["article"])
    if g["article"] != f.replace(".gold.json", ".txt") or not os.path.exists(txt_path):
        bad(f, "article does not name the .txt beside it")
        continue
    text = open(txt_path, encoding="utf-8").read()
    if g["publisher"] is not None and g["publisher"] not in text:
        bad(f, "publisher not in text")

    def need(s, what):
        if s is None:
            return
        if s not in text:
            bad(f, "%s not in text: %r" % (what, s))

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACT:
            bad(f, "actor keys %s" % list(a.keys()))
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            bad(f, "inter")
        for m in a["mentions"]:
            need(m, "actor mention")
    for p in g["people"]:
        if list(p.keys()) != PEO:
            bad(f, "people keys %s" % list(p.keys()))
        for m in p["mentions"]:
            need(m, "person mention")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != PLA:
            bad(f, "place keys %s" % list(p.keys()))
        need(p["name"], "place name")
        if p["name"] in places:
            bad(f, "duplicate place %s" % p["name"])
        places[p["name"]] = p
        if p["kind"] not in {"town", "district", "area", "city", "province"}:
            bad(f, "place kind %s" % p["kind"])
    for q in g["quotes"]:
        need(q["starts"], "quote start")
    for i in g["incidents"]:
        if list(i.keys()) != INC:
            bad(f, "incident keys %s" % list(i.keys()))
        need(i["what"], "what")
        need(i["date_text"], "date_text")
        need(i["location"], "location")
        if i["location"] not in places:
            bad(f, "location %r is not a place entry" % i["location"])
        else:
            p = places[i["location"]]
            if (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                bad(f, "admin of %r differs: place %s/%s incident %s/%s" % (
                    i["location"], p["admin1"], p["admin2"], i["admin1"], i["admin2"]))
        for k in ("actor1", "actor2"):
            if i[k] not in canon and i[k] not in GENERIC:
                bad(f, "%s %r not an actor" % (k, i[k]))
        if not set(i["killed_by_side"]) <= SIDES:
            bad(f, "side keys")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0):
            bad(f, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3):
            bad(f, "geo")
        if i["country"] != "Pakistan":
            bad(f, "country")
        if not i["note"]:
            bad(f, "empty note")

txts = sorted(glob.glob(os.path.join(HERE, "AW-*.txt")))
for t in txts:
    if not os.path.exists(t.replace(".txt", ".gold.json")):
        bad(os.path.basename(t), "no gold file")
    s = open(t, encoding="utf-8").read()
    for ch in "'\u2019-\u2013\u2014\n":
        if ch in s:
            bad(os.path.basename(t), "contains %r" % ch)

print("%d gold files, %d texts checked" % (len(files), len(txts)))
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
