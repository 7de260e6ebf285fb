"""Helpers that build gold records in the exact shape of the pakistan-gold-dev files."""
import json
import os

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SI = "Sindh"
PU = "Punjab"

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

REPORTS = []


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def I(what, et, st, gtd, a1, a2, admin1, admin2, location, geo, date, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
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
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


def report(rid, text, publisher, actors, people, places, quotes, incidents):
    REPORTS.append((rid, text, publisher, actors, people, places, quotes, incidents))


def write_all():
    for rid, text, publisher, actors, people, places, quotes, incidents in REPORTS:
        gold = {
            "article": f"{rid}.txt",
            "about": "Hand-coded from the text alone.",
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
            "quotes": quotes,
            "incidents": incidents,
            "not_incidents": [],
            "relations": [],
            "actor_profiles": {},
        }
        with open(os.path.join(OUT, f"{rid}.txt"), "w", encoding="utf-8") as f:
            f.write(" ".join(text.split()))
        with open(os.path.join(OUT, f"{rid}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
