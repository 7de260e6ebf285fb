#!/usr/bin/env python3
"""Checks the EC gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (default: the folder this script is in)
Prints one line per error and a summary; exits 1 if there is any error.

Checks:
  - every EC-NN.gold.json parses and has an EC-NN.txt beside it named in `article`;
  - top-level keys (and their order), cleaning keys, and the keys of actors, people, places and
    incidents are exactly those of a dev gold file (read from the dev folder when present, else the
    copy below); quotes are {speaker, starts}, relations {a, b, kind, evidence};
  - every incident `what`, `date_text`, `location`, every place `name`, every actor and person
    `mention`, every quote `starts`, every `not_incidents` string and relation `evidence` appears word
    for word in the report;
  - each incident location is one of the file's places, with the same admin1 and admin2;
  - ACLED event/sub-event pairs are valid; GTD attack types are valid or null;
  - actor1/actor2 are listed actors or one of the generic labels;
  - geo_precision is 1-3; killed/injured are null or non-negative integers;
  - killed_by_side uses known sides and never sums above killed.
"""
import glob
import json
import os
import sys

DEV_DIR = "/work/shared/benchmarks/pakistan-gold-dev"

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
QUOTE_KEYS = ["speaker", "starts"]
RELATION_KEYS = ["a", "b", "kind", "evidence"]

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {"Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}


def dev_shape():
    """Key lists taken from a dev gold file when it can be read; the copies above otherwise."""
    shape = {"top": TOP_KEYS, "cleaning": CLEANING_KEYS, "actor": ACTOR_KEYS, "person": PERSON_KEYS,
             "place": PLACE_KEYS, "incident": INCIDENT_KEYS}
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        return shape, "built-in copy"
    seen = {}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        seen.setdefault("top", list(d.keys()))
        seen.setdefault("cleaning", list(d["cleaning"].keys()))
        for key, part in (("actor", "actors"), ("person", "people"), ("place", "places"),
                          ("incident", "incidents")):
            if d[part]:
                seen.setdefault(key, list(d[part][0].keys()))
    shape.update(seen)
    return shape, "dev gold files"


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_file(path, shape, errors):
    name = os.path.basename(path)

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None
    if list(d.keys()) != shape["top"]:
        err("top-level keys %s differ from dev %s" % (list(d.keys()), shape["top"]))
        return None
    txt_name = name.replace(".gold.json", ".txt")
    if d["article"] != txt_name:
        err("article is %r, expected %r" % (d["article"], txt_name))
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        err("report %s missing" % txt_name)
        return None
    text = open(txt_path, encoding="utf-8").read()
    if d["about"] != "Hand-coded from the text alone.":
        err("about is %r" % d["about"])
    if list(d["cleaning"].keys()) != shape["cleaning"]:
        err("cleaning keys %s" % list(d["cleaning"].keys()))

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err("%s is empty or not a string: %r" % (what, s))
        elif s not in text:
            err("%s not found verbatim in report: %r" % (what, s))

    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != shape["actor"]:
            err("actor keys %s" % list(a.keys()))
            continue
        canon.add(a["canonical"])
        if a["kind"] not in {"state_force", "armed_group"}:
            err("actor %s: unexpected kind %r" % (a["canonical"], a["kind"]))
        if a["acled_inter"] not in range(1, 9):
            err("actor %s: acled_inter %r" % (a["canonical"], a["acled_inter"]))
        if not a["mentions"]:
            err("actor %s has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in d["people"]:
        if list(p.keys()) != shape["person"]:
            err("person keys %s" % list(p.keys()))
            continue
        if not p["mentions"]:
            err("person %s has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in d["places"]:
        if list(p.keys()) != shape["place"]:
            err("place keys %s" % list(p.keys()))
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err("place %s: admin1 %r not allowed" % (p["name"], p["admin1"]))
        if p["name"] in places:
            err("place %s listed twice" % p["name"])
        places[p["name"]] = p
    for q in d["quotes"]:
        if list(q.keys()) != QUOTE_KEYS:
            err("quote keys %s" % list(q.keys()))
            continue
        verbatim(q["starts"], "quote start")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")
    for r in d["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            err("relation keys %s" % list(r.keys()))
            continue
        verbatim(r["evidence"], "relation evidence")
        for side in ("a", "b"):
            if r[side] not in canon:
                err("relation party %r is not a listed actor" % r[side])
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")

    for k, inc in enumerate(d["incidents"], 1):
        tag = "incident %d" % k
        if list(inc.keys()) != shape["incident"]:
            err("%s keys %s" % (tag, list(inc.keys())))
            continue
        verbatim(inc["what"], tag + " what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], tag + " date_text")
        ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err("%s: invalid ACLED pair (%r, %r)" % (tag, ev, sub))
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
            err("%s: invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        if ev in ("Protests", "Strategic developments") and sub in ("Arrests", "Peaceful protest") \
                and inc["gtd_attack_type"] is not None:
            err("%s: arrests and protests take no GTD attack type" % tag)
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a is not None and a not in canon and a not in GENERIC_ACTORS:
                err("%s: %s %r is neither a listed actor nor a generic label" % (tag, side, a))
        if inc["country"] != "Pakistan":
            err("%s: country %r" % (tag, inc["country"]))
        loc = inc["location"]
        if loc is None:
            err("%s: no location" % tag)
        else:
            verbatim(loc, tag + " location")
            p = places.get(loc)
            if p is None:
                err("%s: location %r is not one of the file's places" % (tag, loc))
            elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                err("%s: admin1/admin2 %r differ from place %r %r" % (
                    tag, (inc["admin1"], inc["admin2"]), loc, (p["admin1"], p["admin2"])))
        if inc["geo_precision"] not in (1, 2, 3):
            err("%s: geo_precision %r" % (tag, inc["geo_precision"]))
        if not is_count(inc["killed"]) or not is_count(inc["injured"]):
            err("%s: killed/injured must be null or non-negative integers" % tag)
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err("%s: killed_by_side is not an object" % tag)
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    err("%s: unknown side %r" % (tag, s))
                if not is_count(v) or v is None:
                    err("%s: side count %r" % (tag, v))
            total = sum(v for v in kbs.values() if isinstance(v, int))
            if total > (inc["killed"] or 0):
                err("%s: killed_by_side sums to %d, above killed %r" % (tag, total, inc["killed"]))
        if not inc["note"]:
            err("%s: empty note" % tag)
    return d


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    shape, source = dev_shape()
    files = sorted(glob.glob(os.path.join(folder, "EC-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "EC-*.txt")))
    errors = []
    if len(files) != len(txts):
        errors.append("%d gold files but %d reports" % (len(files), len(txts)))
    n_inc = 0
    for f in files:
        d = check_file(f, shape, errors)
        if d:
            n_inc += len(d["incidents"])
    for e in errors:
        print(e)
    print("checked %d gold files, %d incidents (key shape from %s): %d errors" % (
        len(files), n_inc, source, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
