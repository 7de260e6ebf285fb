#!/usr/bin/env python3
"""Checks Set AC against the shape of the pakistan-gold-dev gold files and the verbatim rule.

Usage: python3 check.py [DEV_DIR]   (DEV_DIR defaults to /work/shared/benchmarks/pakistan-gold-dev)
Exits non-zero on any problem.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DEV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/benchmarks/pakistan-gold-dev"

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
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"civilians", "militants", "security_forces", "unknown"}
PUBLISHERS = {"Dawn", "The News", "Daily Times", "The Express Tribune", "Pakistan Today"}
PLACE_KINDS = {"province", "district", "city", "town", "area"}

# reference shapes from the dev set
ref = json.load(open(os.path.join(DEV, "satp-sa-dev-9.gold.json")))
TOP = list(ref.keys())
INC = list(ref["incidents"][0].keys())
ACT = list(ref["actors"][0].keys())
PER = list(ref["people"][0].keys())
PLA = list(ref["places"][0].keys())
CLEAN = list(ref["cleaning"].keys())
for f in glob.glob(os.path.join(DEV, "*.gold.json")):
    d = json.load(open(f))
    assert list(d.keys()) == TOP, f
    for i in d["incidents"]:
        assert list(i.keys()) == INC, f

errors = []
stats = {"reports": 0, "words": 0, "incidents": 0}


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def sentences(text):
    # split on . ! ? followed by space + capital/quote, ignoring common abbreviations
    t = re.sub(r"\b(Dr|Mr|No|St)\.", r"\1", text)
    return [s for s in re.split(r'(?<=[.!?])"?\s+(?=["A-Z])', t) if s.strip()]


golds = sorted(glob.glob(os.path.join(SET, "AC-*.gold.json")))
txts = sorted(glob.glob(os.path.join(SET, "AC-*.txt")))
if len(golds) != len(txts):
    errors.append(f"{len(golds)} gold files but {len(txts)} texts")

for g in golds:
    stem = os.path.basename(g)[:-len(".gold.json")]
    try:
        d = json.load(open(g))
    except Exception as e:  # noqa: BLE001
        err(stem, f"does not parse: {e}")
        continue
    txt_path = os.path.join(SET, stem + ".txt")
    if not os.path.exists(txt_path):
        err(stem, "no .txt beside it")
        continue
    text = open(txt_path).read()
    stats["reports"] += 1
    nw = len(text.split())
    stats["words"] += nw
    if not 40 <= nw <= 140:
        err(stem, f"{nw} words")
    ns = len(sentences(text))
    if not 1 <= ns <= 5:
        err(stem, f"{ns} sentences")

    def verb(s, what):
        if s not in text:
            err(stem, f"{what} not verbatim: {s!r}")

    if list(d.keys()) != TOP:
        err(stem, f"top-level keys {list(d.keys())}")
    if d["article"] != stem + ".txt":
        err(stem, "article name")
    if d["about"] != "Hand-coded from the text alone.":
        err(stem, "about")
    if d["publisher"] not in PUBLISHERS or f"reports {d['publisher']}" not in text:
        err(stem, f"publisher {d['publisher']!r}")
    if list(d["cleaning"].keys()) != CLEAN:
        err(stem, "cleaning keys")
    if d["actor_profiles"] != {}:
        err(stem, "actor_profiles not empty")

    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != ACT:
            err(stem, f"actor keys {list(a.keys())}")
        canon.add(a["canonical"])
        if not a["mentions"]:
            err(stem, f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verb(m, f"actor mention ({a['canonical']})")
        if a["kind"] == "state_force" and a["acled_inter"] != 1:
            err(stem, f"inter of {a['canonical']}")
    people = set()
    for p in d["people"]:
        if list(p.keys()) != PER:
            err(stem, f"person keys {list(p.keys())}")
        people.add(p["canonical"])
        for m in p["mentions"]:
            verb(m, f"person mention ({p['canonical']})")
    names = set()
    for p in d["places"]:
        if list(p.keys()) != PLA:
            err(stem, f"place keys {list(p.keys())}")
        verb(p["name"], "place name")
        names.add(p["name"])
        if p["kind"] not in PLACE_KINDS:
            err(stem, f"place kind {p['kind']}")
        if p["kind"] == "province" and p["admin2"] is not None:
            err(stem, f"province {p['name']} has admin2")
    if len(names) != len(d["places"]):
        err(stem, "duplicate place")
    for q in d["quotes"]:
        verb(q["starts"], "quote start")
        if q["speaker"] not in people:
            err(stem, f"quote speaker {q['speaker']} not in people")
    for s in d["not_incidents"]:
        verb(s, "not_incident")
    for r in d["relations"]:
        verb(r["evidence"], "relation evidence")
        for k in ("a", "b"):
            if r[k] not in canon:
                err(stem, f"relation actor {r[k]} not in actors")
    admin_by_place = {p["name"]: (p["admin1"], p["admin2"]) for p in d["places"]}
    for n, i in enumerate(d["incidents"], 1):
        stats["incidents"] += 1
        tag = f"incident {n}"
        if list(i.keys()) != INC:
            err(stem, f"{tag} keys {list(i.keys())}")
        verb(i["what"], f"{tag} what")
        if i["date_text"] is not None:
            verb(i["date_text"], f"{tag} date_text")
        if i["location"] is not None:
            verb(i["location"], f"{tag} location")
            if i["location"] not in names:
                err(stem, f"{tag} location {i['location']!r} not among places")
            elif admin_by_place[i["location"]] != (i["admin1"], i["admin2"]) and \
                    admin_by_place[i["location"]][1] is not None:
                err(stem, f"{tag} admin differs from its place: {admin_by_place[i['location']]}")
        et, st = i["acled_event_type"], i["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(stem, f"{tag} ACLED {et}/{st}")
        if i["gtd_attack_type"] not in GTD:
            err(stem, f"{tag} GTD {i['gtd_attack_type']}")
        if et in ("Protests",) or st in ("Arrests", "Agreement"):
            if i["gtd_attack_type"] is not None:
                err(stem, f"{tag} should have no GTD type")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon:
                err(stem, f"{tag} {k} {i[k]!r} not in actors")
        if i["country"] != "Pakistan":
            err(stem, f"{tag} country")
        if i["geo_precision"] not in (1, 2, 3):
            err(stem, f"{tag} geo_precision")
        kbs = i["killed_by_side"]
        if set(kbs) - SIDES:
            err(stem, f"{tag} sides {set(kbs)}")
        if sum(kbs.values()) > (i["killed"] or 0):
            err(stem, f"{tag} killed_by_side exceeds killed")
        if not i["note"]:
            err(stem, f"{tag} has no note")

print(f"{stats['reports']} reports, {stats['words']} words, {stats['incidents']} incidents")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("all checks passed")
