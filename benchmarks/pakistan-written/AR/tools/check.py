#!/usr/bin/env python3
"""Checks every AR gold file: parses, same keys (and order) as a dev gold file, and every
quoted string (what, date_text, location, place names, actor/person mentions, not_incidents,
quote starts) occurs word for word in its report. Also sanity checks counts and actor names.

Usage: check.py DEV_GOLD_FILE
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dev = json.load(open(sys.argv[1]))
TOP = list(dev)
INC = list(dev["incidents"][0])
PLACE = list(dev["places"][0])
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
SIDES = {"security_forces", "militants", "civilians"}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}

errors = 0


def bad(f, msg):
    global errors
    errors += 1
    print(f"{f}: {msg}")


files = sorted(glob.glob(os.path.join(HERE, "AR-*.gold.json")))
for path in files:
    f = os.path.basename(path)
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        bad(f, f"does not parse: {e}")
        continue
    if list(g) != TOP:
        bad(f, f"top-level keys {list(g)}")
    txt_name = f.replace(".gold.json", ".txt")
    if g["article"] != txt_name or not os.path.exists(os.path.join(HERE, txt_name)):
        bad(f, "article does not name the .txt beside it")
        continue
    text = open(os.path.join(HERE, txt_name), encoding="utf-8").read()
    if list(g["cleaning"]) != list(dev["cleaning"]):
        bad(f, "cleaning keys")

    def need(s, what):
        if s is not None and s not in text:
            bad(f, f"{what} not in text: {s!r}")

    canon = set()
    for a in g["actors"]:
        if list(a) != ACTOR:
            bad(f, f"actor keys {list(a)}")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            need(m, "actor mention")
    for p in g["people"]:
        if list(p) != PERSON:
            bad(f, f"person keys {list(p)}")
        for m in p["mentions"]:
            need(m, "person mention")
    names = set()
    for pl in g["places"]:
        if list(pl) != PLACE:
            bad(f, f"place keys {list(pl)}")
        need(pl["name"], "place name")
        names.add(pl["name"])
    for q in g["quotes"]:
        need(q["starts"], "quote start")
    for s in g["not_incidents"]:
        need(s, "not_incident")
    if not g["incidents"]:
        bad(f, "no incidents")
    for inc in g["incidents"]:
        if list(inc) != INC:
            bad(f, f"incident keys {list(inc)}")
        need(inc["what"], "what")
        need(inc["date_text"], "date_text")
        need(inc["location"], "location")
        if inc["location"] not in names:
            bad(f, f"location {inc['location']!r} not among places")
        if inc["acled_sub_event_type"] not in ACLED.get(inc["acled_event_type"], ()):
            bad(f, f"bad ACLED pair {inc['acled_event_type']} / {inc['acled_sub_event_type']}")
        if inc["gtd_attack_type"] not in GTD:
            bad(f, f"bad GTD {inc['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in canon:
                bad(f, f"{k} {inc[k]!r} not in actors")
        kbs = inc["killed_by_side"]
        if set(kbs) - SIDES:
            bad(f, f"bad side {kbs}")
        if sum(kbs.values()) > (inc["killed"] or 0):
            bad(f, "killed_by_side exceeds killed")
        if inc["geo_precision"] not in (1, 2, 3):
            bad(f, "geo_precision")
        if inc["country"] != "Pakistan":
            bad(f, "country")
        if not inc["note"]:
            bad(f, "empty note")

print(f"{len(files)} gold files checked, {errors} problem(s)")
sys.exit(1 if errors else 0)
