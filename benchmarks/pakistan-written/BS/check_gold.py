#!/usr/bin/env python3
"""Checks the BS-NN.gold.json files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Prints one line per error, then a summary; exit status 1 if any error.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
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
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
ADMIN1 = {None, "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}


def dev_shape():
    """Key orders taken from the dev gold files."""
    shape = {"top": None, "cleaning": None, "actor": None, "person": None, "place": None, "incident": None}
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(f, encoding="utf-8"))
        shape["top"] = shape["top"] or list(d)
        shape["cleaning"] = shape["cleaning"] or list(d["cleaning"])
        for k, sub in (("actor", "actors"), ("person", "people"), ("place", "places"), ("incident", "incidents")):
            if d[sub] and shape[k] is None:
                shape[k] = list(d[sub][0])
    missing = [k for k, v in shape.items() if v is None]
    if missing:
        raise SystemExit(f"could not read dev shape for {missing} from {DEV}")
    return shape


def check(path, shape, errors, stats):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return
    if list(d) != shape["top"]:
        err(f"top-level keys {list(d)} != dev {shape['top']}")
        if not set(shape["top"]) <= set(d):
            return
    txt_name = name.replace(".gold.json", ".txt")
    if d["article"] != txt_name:
        err(f"article is {d['article']!r}, expected {txt_name!r}")
    if d["about"] != "Hand-coded from the text alone.":
        err("about is not 'Hand-coded from the text alone.'")
    tpath = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(tpath):
        err(f"missing report {txt_name}")
        return
    text = open(tpath, encoding="utf-8").read()
    stats["words"] += len(text.split())

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in report: {s!r}")

    if list(d["cleaning"]) != shape["cleaning"]:
        err("cleaning keys differ from dev")
    if d["publisher"] is not None:
        verbatim(d["publisher"], "publisher")
    for k in ("quotes", "not_incidents", "relations"):
        if not isinstance(d[k], list):
            err(f"{k} is not a list")
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")

    canon = set()
    for a in d["actors"]:
        if list(a) != shape["actor"]:
            err(f"actor keys {list(a)} != dev {shape['actor']}")
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            err(f"actor {a['canonical']}: bad acled_inter {a['acled_inter']}")
        for m in a["mentions"]:
            verbatim(m, f"actor {a['canonical']} mention")
    for p in d["people"]:
        if list(p) != shape["person"]:
            err(f"person keys {list(p)} != dev {shape['person']}")
            continue
        for m in p["mentions"]:
            verbatim(m, f"person {p['canonical']} mention")
    places = {}
    for p in d["places"]:
        if list(p) != shape["place"]:
            err(f"place keys {list(p)} != dev {shape['place']}")
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']}: admin1 {p['admin1']!r} not an allowed value")
        places[p["name"]] = p
    for s in d["not_incidents"]:
        if isinstance(s, str) and s not in text:
            err(f"not_incident not verbatim: {s!r}")

    n = len(d["incidents"])
    stats["per_report"][n] = stats["per_report"].get(n, 0) + 1
    for k, inc in enumerate(d["incidents"], 1):
        tag = f"incident {k}"
        if list(inc) != shape["incident"]:
            err(f"{tag} keys {list(inc)} != dev {shape['incident']}")
            continue
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag}: invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a not in GENERIC and a not in canon:
                err(f"{tag}: {side} {a!r} is neither a generic label nor a listed actor")
        if inc["country"] != "Pakistan":
            err(f"{tag}: country {inc['country']!r}")
        loc = inc["location"]
        if loc is not None:
            p = places.get(loc)
            if p is None:
                err(f"{tag}: location {loc!r} is not one of the file's places")
            elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f"{tag}: admin1/admin2 {inc['admin1']}/{inc['admin2']} differ from place "
                    f"{loc}: {p['admin1']}/{p['admin2']}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {inc['geo_precision']!r}")
        killed = inc["killed"]
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side is not an object")
            kbs = {}
        for s_, v in kbs.items():
            if s_ not in SIDES:
                err(f"{tag}: unknown side {s_!r}")
            if not isinstance(v, int) or v < 0:
                err(f"{tag}: side {s_} count {v!r}")
        if killed is not None:
            if not isinstance(killed, int) or killed < 0:
                err(f"{tag}: killed {killed!r}")
            elif sum(v for v in kbs.values() if isinstance(v, int)) > killed:
                err(f"{tag}: killed_by_side sums to {sum(kbs.values())} > killed {killed}")
        elif kbs:
            err(f"{tag}: killed_by_side given but killed is null")
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag}: injured {inj!r}")
        if not inc["note"]:
            err(f"{tag}: empty note")
        stats["incidents"] += 1
        stats["types"][(et, st)] = stats["types"].get((et, st), 0) + 1
        stats["admin1"][inc["admin1"]] = stats["admin1"].get(inc["admin1"], 0) + 1
        stats["killed"] += killed or 0
        for s_, v in kbs.items():
            stats["sides"][s_] = stats["sides"].get(s_, 0) + v


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shape = dev_shape()
    files = sorted(glob.glob(os.path.join(folder, "BS-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "BS-*.txt")))
    errors = []
    if len(files) != len(txts):
        errors.append(f"{len(files)} gold files but {len(txts)} reports")
    stats = {"words": 0, "incidents": 0, "per_report": {}, "types": {}, "admin1": {}, "killed": 0, "sides": {}}
    for f in files:
        check(f, shape, errors, stats)
    for e in errors:
        print(e)
    print(f"{len(files)} gold files, {stats['words']} words, {stats['incidents']} incidents")
    print("incidents per report:", dict(sorted(stats["per_report"].items())))
    for (et, st), c in sorted(stats["types"].items()):
        print(f"  {c:3d}  {et} / {st}")
    print("by admin1:", dict(sorted(stats["admin1"].items(), key=lambda x: str(x[0]))))
    print(f"killed {stats['killed']}, by side:", stats["sides"])
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
