#!/usr/bin/env python3
"""Check the BX hand-coded gold files against their reports and the dev gold shape.

Usage:  python3 check_gold.py [DIR]        (DIR defaults to this script's folder)

Checks, per BX-NN.gold.json:
  - the JSON parses; the BX-NN.txt beside it exists; `article` names it; `about` is the fixed text
  - top-level keys (and their order) equal those of a dev gold file; the keys of cleaning, actors,
    people, places, incidents equal the dev ones; quotes / relations / not_incidents /
    actor_profiles have the seed gold's shape
  - every quoted string appears verbatim in the report: incident `what`, `date_text`, `location`;
    place `name`; actor and person `mentions`; quote `starts`; `not_incidents`; relation `evidence`
  - each incident location is one of the file's places, with the same admin1/admin2
  - ACLED event type / sub-event type pairs are valid; GTD attack types are valid or null
  - actor1/actor2 are null, a generic label, or an actor canonical listed in `actors`
  - killed_by_side uses known sides, non-negative integers, and never sums above `killed`
  - geo_precision is 1, 2 or 3; admin1 is a Pakistani province (or null)
  - the report has 150-250 words and no apostrophes or hyphens (the set's style)
Prints each error and a final count; exit status 1 if any error.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))
DEV_REF = os.path.join(DEV_DIR, "satp-sa-dev-109.gold.json")

# Fallback copy of the dev shape, used only if the dev file cannot be read.
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
# quotes and relations are always empty in the dev files; their item shape is the seed gold's
QUOTE_KEYS_REQ, QUOTE_KEYS_OPT = {"speaker", "starts"}, {"note"}
RELATION_KEYS = ["a", "b", "kind", "evidence"]

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
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
PROVINCES = {"Khyber Pakhtunkhwa", "Punjab", "Sindh", "Balochistan", "Islamabad Capital Territory",
             "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
ABOUT = "Hand-coded from the text alone."


def load_dev_shape():
    """Take the key lists from a real dev gold file when it is readable."""
    global TOP_KEYS, CLEANING_KEYS, ACTOR_KEYS, PERSON_KEYS, PLACE_KEYS, INCIDENT_KEYS
    try:
        with open(DEV_REF) as f:
            d = json.load(f)
    except (OSError, ValueError):
        return "built-in copy"
    TOP_KEYS = list(d.keys())
    CLEANING_KEYS = list(d["cleaning"].keys())
    ACTOR_KEYS = list(d["actors"][0].keys())
    PERSON_KEYS = list(d["people"][0].keys())
    PLACE_KEYS = list(d["places"][0].keys())
    INCIDENT_KEYS = list(d["incidents"][0].keys())
    return os.path.basename(DEV_REF)


def check_file(gold_path, errors):
    name = os.path.basename(gold_path)

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    try:
        with open(gold_path) as f:
            g = json.load(f)
    except ValueError as e:
        err("JSON does not parse: %s" % e)
        return None
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(os.path.dirname(gold_path), txt_name)
    if not os.path.exists(txt_path):
        err("no report %s beside it" % txt_name)
        return None
    with open(txt_path) as f:
        text = f.read()

    # ---- shape
    if list(g.keys()) != TOP_KEYS:
        err("top-level keys %s != dev %s" % (list(g.keys()), TOP_KEYS))
        return None
    if g["article"] != txt_name:
        err("article %r should be %r" % (g["article"], txt_name))
    if g["about"] != ABOUT:
        err("about should be %r" % ABOUT)
    if g["publisher"] is not None and not isinstance(g["publisher"], str):
        err("publisher must be a string or null")
    if list(g["cleaning"].keys()) != CLEANING_KEYS:
        err("cleaning keys differ from dev")
    for a in g["actors"]:
        if list(a.keys()) != ACTOR_KEYS:
            err("actor keys %s != %s" % (list(a.keys()), ACTOR_KEYS))
    for p in g["people"]:
        if list(p.keys()) != PERSON_KEYS:
            err("person keys %s != %s" % (list(p.keys()), PERSON_KEYS))
    for p in g["places"]:
        if list(p.keys()) != PLACE_KEYS:
            err("place keys %s != %s" % (list(p.keys()), PLACE_KEYS))
    for q in g["quotes"]:
        ks = set(q.keys())
        if not (QUOTE_KEYS_REQ <= ks <= QUOTE_KEYS_REQ | QUOTE_KEYS_OPT):
            err("quote keys %s" % sorted(ks))
    for r in g["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            err("relation keys %s != %s" % (list(r.keys()), RELATION_KEYS))
    if not isinstance(g["not_incidents"], list) or not all(isinstance(s, str) for s in g["not_incidents"]):
        err("not_incidents must be a list of strings")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles must be an object")
    for inc in g["incidents"]:
        if list(inc.keys()) != INCIDENT_KEYS:
            err("incident keys %s != dev %s" % (list(inc.keys()), INCIDENT_KEYS))
            return None

    # ---- verbatim strings
    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            err("%s not verbatim in report: %r" % (what, s))

    for a in g["actors"]:
        for m in a["mentions"]:
            verbatim(m, "actor mention (%s)" % a["canonical"])
        if a["kind"] not in ("state_force", "armed_group"):
            err("actor kind %r" % a["kind"])
        if a["acled_inter"] not in range(1, 9):
            err("acled_inter %r" % a["acled_inter"])
    for p in g["people"]:
        for m in p["mentions"]:
            verbatim(m, "person mention (%s)" % p["canonical"])
    for p in g["places"]:
        verbatim(p["name"], "place name")
        if p["admin1"] is not None and p["admin1"] not in PROVINCES:
            err("place %r admin1 %r is not a province" % (p["name"], p["admin1"]))
    for q in g["quotes"]:
        verbatim(q["starts"], "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        verbatim(r["evidence"], "relation evidence")

    # ---- incidents
    places = {}
    for p in g["places"]:
        places.setdefault(p["name"], []).append(p)
    canon = {a["canonical"] for a in g["actors"]}
    for i, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % i
        verbatim(inc["what"], tag + " what")
        verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        if inc["country"] != "Pakistan":
            err(tag + " country %r" % inc["country"])
        cands = places.get(inc["location"], [])
        if not cands:
            err(tag + " location %r is not one of the places" % inc["location"])
        elif not any(p["admin1"] == inc["admin1"] and p["admin2"] == inc["admin2"] for p in cands):
            err(tag + " admin1/admin2 %r/%r differ from place %r" % (inc["admin1"], inc["admin2"], inc["location"]))
        et, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or sub not in ACLED[et]:
            err(tag + " invalid ACLED pair %r / %r" % (et, sub))
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD:
            err(tag + " invalid GTD attack type %r" % inc["gtd_attack_type"])
        for k in ("actor1", "actor2"):
            v = inc[k]
            if v is not None and v not in GENERIC_ACTORS and v not in canon:
                err(tag + " %s %r is neither generic nor in actors" % (k, v))
        if inc["geo_precision"] not in (1, 2, 3):
            err(tag + " geo_precision %r" % inc["geo_precision"])
        killed = inc["killed"]
        if not isinstance(killed, int) or killed < 0:
            err(tag + " killed %r" % killed)
            killed = 0
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(tag + " injured %r" % inc["injured"])
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(tag + " killed_by_side must be an object")
            continue
        for side, n in kbs.items():
            if side not in SIDES:
                err(tag + " unknown side %r" % side)
            if not isinstance(n, int) or n < 0:
                err(tag + " side count %r" % n)
        total = sum(n for n in kbs.values() if isinstance(n, int))
        if total > killed:
            err(tag + " killed_by_side sums to %d > killed %d" % (total, killed))
        if not inc["note"]:
            err(tag + " has no note")

    # ---- report style
    words = len(text.split())
    if not 150 <= words <= 250:
        err("report has %d words (want 150-250)" % words)
    if re.search(r"['\u2019\u2018]", text):
        err("report contains an apostrophe")
    if "-" in text:
        err("report contains a hyphen")
    return g


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shape_from = load_dev_shape()
    files = sorted(f for f in os.listdir(folder) if re.fullmatch(r"BX-\d\d\.gold\.json", f))
    txts = sorted(f for f in os.listdir(folder) if re.fullmatch(r"BX-\d\d\.txt", f))
    errors = []
    if len(files) != len(txts):
        errors.append("%d gold files but %d reports" % (len(files), len(txts)))
    n_inc = 0
    for f in files:
        g = check_file(os.path.join(folder, f), errors)
        if g:
            n_inc += len(g["incidents"])
    for e in errors:
        print("ERROR", e)
    print("checked %d gold files, %d incidents (key shape from %s): %d errors"
          % (len(files), n_inc, shape_from, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
