#!/usr/bin/env python3
"""Check the BQ gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this file's folder)
Prints one line per problem and a final count; exit status 1 if any error.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"

# Shape of the dev gold files (used when the dev folder is not available).
TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                 "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                 "killed_by_side", "injured", "note"]

ACLED = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Punjab", "Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Gilgit-Baltistan",
          "Azad Jammu and Kashmir", "Islamabad Capital Territory"}
PLACE_KINDS = {"area", "town", "city", "district", "province"}
ACTOR_KINDS = {"state_force", "armed_group"}
NO_GTD_SUBTYPES = {"Arrests", "Peaceful protest", "Protest with intervention", "Excessive force against protesters"}


def dev_shape():
    """Key lists taken from a dev gold file when it is readable, else the built-in copy."""
    try:
        d = json.load(open(DEV))
    except OSError:
        return None
    inc = d["incidents"][0]
    return {"top": list(d.keys()), "cleaning": list(d["cleaning"].keys()), "incident": list(inc.keys()),
            "place": list(d["places"][0].keys()), "person": list(d["people"][0].keys())}


def check_file(path, errors, shape):
    name = os.path.basename(path)
    err = lambda msg: errors.append("%s: %s" % (name, msg))
    try:
        g = json.load(open(path))
    except (OSError, ValueError) as e:
        err("JSON does not parse: %s" % e)
        return None
    txt_path = os.path.join(os.path.dirname(path), g.get("article") or "")
    if g.get("article") != name.replace(".gold.json", ".txt"):
        err("article %r does not name the .txt beside it" % g.get("article"))
    if not os.path.isfile(txt_path):
        err("report %s missing" % txt_path)
        return None
    text = open(txt_path, encoding="utf-8").read()

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err("%s is empty or not a string: %r" % (what, s))
        elif s not in text:
            err("%s not verbatim in report: %r" % (what, s))

    # shape
    if list(g.keys()) != TOP_KEYS:
        err("top-level keys differ: %s" % list(g.keys()))
    if shape and list(g.keys()) != shape["top"]:
        err("top-level keys differ from dev gold")
    if g.get("about") != "Hand-coded from the text alone.":
        err("about string differs")
    if list(g.get("cleaning", {}).keys()) != CLEANING_KEYS or (shape and list(g["cleaning"].keys()) != shape["cleaning"]):
        err("cleaning keys differ")
    if g.get("quotes") != [] or g.get("relations") != [] or g.get("actor_profiles") != {}:
        err("quotes/relations/actor_profiles not in the dev (empty) form")
    if g.get("publisher") is not None:
        verbatim(g["publisher"], "publisher")

    canon = set()
    for a in g.get("actors", []):
        if list(a.keys()) != ACTOR_KEYS:
            err("actor keys differ: %s" % list(a.keys()))
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            err("actor kind %r" % a["kind"])
        if a["acled_inter"] not in range(1, 9):
            err("acled_inter %r" % a["acled_inter"])
        if not a["mentions"]:
            err("actor %s has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g.get("people", []):
        if list(p.keys()) != PERSON_KEYS or (shape and list(p.keys()) != shape["person"]):
            err("person keys differ: %s" % list(p.keys()))
            continue
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g.get("places", []):
        if list(p.keys()) != PLACE_KEYS or (shape and list(p.keys()) != shape["place"]):
            err("place keys differ: %s" % list(p.keys()))
            continue
        verbatim(p["name"], "place name")
        if p["name"] in places:
            err("place %r listed twice" % p["name"])
        places[p["name"]] = p
        if p["kind"] not in PLACE_KINDS:
            err("place kind %r" % p["kind"])
        if p["admin1"] not in ADMIN1:
            err("place admin1 %r" % p["admin1"])
        if p["kind"] == "province" and p["admin2"] is not None:
            err("province %r has admin2" % p["name"])
    for s in g.get("not_incidents", []):
        verbatim(s, "not_incident")

    n = 0
    for k, inc in enumerate(g.get("incidents", []), 1):
        n += 1
        tag = "incident %d" % k
        if list(inc.keys()) != INCIDENT_KEYS or (shape and list(inc.keys()) != shape["incident"]):
            err("%s keys differ: %s" % (tag, list(inc.keys())))
            continue
        verbatim(inc["what"], tag + " what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        p = places.get(inc["location"])
        if p is None:
            err("%s location %r is not one of the places" % (tag, inc["location"]))
        elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
            err("%s admin1/admin2 %r differ from place %r" % (tag, (inc["admin1"], inc["admin2"]), (p["admin1"], p["admin2"])))
        if inc["country"] != "Pakistan":
            err("%s country %r" % (tag, inc["country"]))
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err("%s invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] not in GTD:
            err("%s invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        if st in NO_GTD_SUBTYPES and inc["gtd_attack_type"] is not None:
            err("%s %s should have no GTD attack type" % (tag, st))
        for side in ("actor1", "actor2"):
            v = inc[side]
            if v is not None and v not in canon and v not in GENERIC_ACTORS and v not in {"Police", "Security Forces"}:
                err("%s %s %r is neither a listed actor nor a generic label" % (tag, side, v))
            if v in {"Police", "Security Forces"} and v not in canon:
                err("%s %s %r used but not listed in actors" % (tag, side, v))
        if inc["geo_precision"] not in (1, 2, 3):
            err("%s geo_precision %r" % (tag, inc["geo_precision"]))
        killed, injured, kbs = inc["killed"], inc["injured"], inc["killed_by_side"]
        if not isinstance(killed, int) or killed < 0:
            err("%s killed %r" % (tag, killed))
        if injured is not None and (not isinstance(injured, int) or injured < 0):
            err("%s injured %r" % (tag, injured))
        if not isinstance(kbs, dict) or any(s not in SIDES for s in kbs):
            err("%s killed_by_side keys %r" % (tag, kbs))
        elif any(not isinstance(v, int) or v < 0 for v in kbs.values()):
            err("%s killed_by_side values %r" % (tag, kbs))
        elif isinstance(killed, int) and sum(kbs.values()) > killed:
            err("%s killed_by_side sums to %d > killed %d" % (tag, sum(kbs.values()), killed))
        if not inc["note"]:
            err("%s has no note" % tag)

    # house style of the reports: apostrophes and hyphens dropped
    for ch in ("'", "\u2019", "\u2018", "-", "\u2013", "\u2014", '"'):
        if ch in text:
            err("report contains %r (dev texts drop apostrophes, hyphens and quote marks)" % ch)
    return n


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shape = dev_shape()
    errors = []
    files = sorted(glob.glob(os.path.join(folder, "BQ-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "BQ-*.txt")))
    if len(files) != 30 or len(txts) != 30:
        errors.append("expected 30 reports and 30 gold files, found %d and %d" % (len(txts), len(files)))
    for t in txts:
        if not os.path.isfile(re.sub(r"\.txt$", ".gold.json", t)):
            errors.append("%s has no gold file" % os.path.basename(t))
    total = 0
    for f in files:
        total += check_file(f, errors, shape) or 0
    for e in errors:
        print(e)
    print("%d gold files, %d incidents, dev shape %s, %d errors" %
          (len(files), total, "compared" if shape else "not found (built-in shape used)", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
