"""Helpers used to write the AW gold files (hand-coded values; this only serialises them)."""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KB = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SI = "Sindh"
PU = "Punjab"

UAG = "Unidentified Armed Group"
CIV = "Civilians"


def A(canonical, mentions, kind="state_force", inter=None):
    if inter is None:
        inter = 1 if kind == "state_force" else 2
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def PL(name, kind, admin1, admin2=None):
    if kind == "province":
        admin1, admin2 = name, None
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def I(what, etype, sub, gtd, a1, a2, admin1, admin2, location, geo, date, killed, sides, injured, note):
    return {
        "what": what,
        "acled_event_type": etype,
        "acled_sub_event_type": sub,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": admin1,
        "admin2": admin2,
        "location": location,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": sides,
        "injured": injured,
        "note": note,
    }


def write(nn, text, publisher, actors, people, places, incidents, quotes=None, about=None):
    stem = "AW-%02d" % nn
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    gold = {
        "article": stem + ".txt",
        "about": about or "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {
            "must_contain": [],
            "must_not_contain": [],
            "keep_unchanged": [],
            "near_duplicate_sentences": [],
            "flag_as_damaged": [],
        },
        "actors": actors,
        "people": people,
        "places": places,
        "quotes": quotes or [],
        "incidents": incidents,
        "not_incidents": [],
        "relations": [],
        "actor_profiles": {},
    }
    with open(os.path.join(OUT, stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")
