"""Checks the AI set: JSON parses, keys and order match a dev gold file, and every copied string is in its text."""
import json, glob, sys, os
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder, above tools/
dev = json.load(open(DEV))
K = list(dev.keys()); IK = list(dev["incidents"][0].keys()); AK = list(dev["actors"][0].keys())
PK = ["canonical", "mentions", "roles"]; LK = list(dev["places"][0].keys())
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Islamabad Capital Territory", "Azad Jammu and Kashmir", None}
SIDES = {"security_forces", "civilians", "militants"}
bad = 0
def miss(f, what):
    global bad; bad += 1; print(f, what)
for f in sorted(glob.glob(os.path.join(here, "AI-*.gold.json"))):
    d = json.load(open(f)); b = os.path.basename(f)
    t = open(os.path.join(here, d["article"])).read()
    if list(d.keys()) != K: miss(b, "top-level keys")
    if list(d["cleaning"].keys()) != list(dev["cleaning"].keys()): miss(b, "cleaning keys")
    names = {p["name"] for p in d["places"]}
    canon = {a["canonical"] for a in d["actors"]}
    for a in d["actors"]:
        if list(a.keys()) != AK: miss(b, f"actor keys {a}")
        for m in a["mentions"]:
            if m not in t: miss(b, f"actor mention not in text: {m!r}")
    for p in d["people"]:
        if list(p.keys()) != PK: miss(b, f"person keys {p}")
        for m in p["mentions"]:
            if m not in t: miss(b, f"person mention not in text: {m!r}")
    for p in d["places"]:
        if list(p.keys()) != LK: miss(b, f"place keys {p}")
        if p["name"] not in t: miss(b, f"place not in text: {p['name']!r}")
        if p["admin1"] not in ADMIN1: miss(b, f"admin1 {p['admin1']}")
    for i in d["incidents"]:
        if list(i.keys()) != IK: miss(b, "incident keys")
        if i["what"] not in t: miss(b, f"what not in text: {i['what']!r}")
        if i["date_text"] is not None and i["date_text"] not in t: miss(b, f"date not in text: {i['date_text']!r}")
        if i["location"] not in t: miss(b, f"location not in text: {i['location']!r}")
        if i["location"] not in names: miss(b, f"location not a listed place: {i['location']!r}")
        loc = next(p for p in d["places"] if p["name"] == i["location"]) if i["location"] in names else None
        if loc and (loc["admin1"], loc["admin2"]) != (i["admin1"], i["admin2"]) and loc["admin2"] is not None:
            miss(b, f"admin mismatch for {i['location']}")
        for a in (i["actor1"], i["actor2"]):
            if a not in canon | {"Unidentified Armed Group", "Civilians", None}: miss(b, f"actor not listed: {a}")
        if i["admin1"] not in ADMIN1: miss(b, f"admin1 {i['admin1']}")
        if not set(i["killed_by_side"]) <= SIDES: miss(b, "side key")
        if i["killed"] is not None and sum(i["killed_by_side"].values()) > i["killed"]: miss(b, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): miss(b, "geo_precision")
        if not i["note"]: miss(b, "empty note")
    for s in d["not_incidents"]:
        if s not in t: miss(b, f"not_incident not in text: {s!r}")
    if "'" in t or '"' in t: miss(b, "quote marks in text")
print("problems:", bad); sys.exit(1 if bad else 0)
