"""Checks every AZ gold file: JSON parses, keys and key order match a dev gold file,
and every span that must be copied from the report is found in it word for word."""
import json, glob, os, sys, re

DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-72.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
PLACE = list(dev["places"][0].keys())
ACTOR = list(dev["actors"][0].keys())
PERSON = list(dev["people"][0].keys())
SIDES = {"security_forces", "militants", "civilians"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Islamabad Capital Territory", None}

problems = 0
def bad(f, msg):
    global problems
    problems += 1
    print(f"{os.path.basename(f)}: {msg}")

files = sorted(glob.glob("/work/blind/AZ/AZ-*.gold.json"))
for f in files:
    try:
        d = json.load(open(f))
    except Exception as e:
        bad(f, f"JSON error {e}"); continue
    txt_path = os.path.join(os.path.dirname(f), d["article"])
    if d["article"] != os.path.basename(f).replace(".gold.json", ".txt") or not os.path.exists(txt_path):
        bad(f, "article does not name the .txt beside it")
        continue
    t = open(txt_path).read()
    if list(d.keys()) != TOP: bad(f, f"top keys {list(d.keys())}")
    if list(d["cleaning"].keys()) != list(dev["cleaning"].keys()): bad(f, "cleaning keys")
    if d["publisher"] is not None and d["publisher"] not in t:
        bad(f, f"publisher {d['publisher']!r} not in text")
    names = set()
    for p in d["places"]:
        if list(p.keys()) != PLACE: bad(f, f"place keys {p}")
        if p["name"] not in t: bad(f, f"place name not in text: {p['name']!r}")
        if p["admin1"] not in ADMIN1 and p["kind"] != "country": bad(f, f"admin1 {p['admin1']}")
        names.add(p["name"])
    actors = set()
    for a in d["actors"]:
        if list(a.keys()) != ACTOR: bad(f, f"actor keys {a}")
        for m in a["mentions"]:
            if m not in t: bad(f, f"actor mention not in text: {m!r}")
        actors.add(a["canonical"])
    people = set()
    for p in d["people"]:
        if list(p.keys()) != PERSON: bad(f, f"person keys {p}")
        for m in p["mentions"]:
            if m not in t: bad(f, f"person mention not in text: {m!r}")
        people.add(p["canonical"])
    for q in d["quotes"]:
        if q["starts"] not in t: bad(f, f"quote start not in text: {q['starts']!r}")
        if q["speaker"] not in people: bad(f, f"quote speaker not a person: {q['speaker']!r}")
    for s in d["not_incidents"]:
        if s not in t: bad(f, f"not_incident not in text: {s!r}")
    for i in d["incidents"]:
        if list(i.keys()) != INC: bad(f, f"incident keys {list(i.keys())}")
        if i["what"] not in t: bad(f, f"what not in text: {i['what']!r}")
        if i["date_text"] is not None and i["date_text"] not in t: bad(f, f"date_text not in text: {i['date_text']!r}")
        if i["location"] is not None:
            if i["location"] not in t: bad(f, f"location not in text: {i['location']!r}")
            if i["location"] not in names: bad(f, f"location not among places: {i['location']!r}")
            pl = [p for p in d["places"] if p["name"] == i["location"]]
            if pl and (pl[0]["admin1"], pl[0]["admin2"]) != (i["admin1"], i["admin2"]) and pl[0]["kind"] not in ("province",):
                bad(f, f"admin mismatch for {i['location']}: place {pl[0]['admin1']}/{pl[0]['admin2']} vs incident {i['admin1']}/{i['admin2']}")
        for k in ("actor1", "actor2"):
            v = i[k]
            if v not in (None, "Unidentified Armed Group", "Civilians", "Protesters") and v not in actors:
                bad(f, f"{k} {v!r} not in actors")
        if set(i["killed_by_side"]) - SIDES: bad(f, f"odd side {i['killed_by_side']}")
        if i["killed"] is not None and sum(i["killed_by_side"].values()) > i["killed"]:
            bad(f, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): bad(f, "geo_precision")
        if not i["note"]: bad(f, "no note")
    if not t.isascii(): bad(f, "non-ascii text")
print(f"{len(files)} gold files checked, {problems} problems")
sys.exit(1 if problems else 0)
