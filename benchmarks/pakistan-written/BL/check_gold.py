#!/usr/bin/env python3
"""Check the BL gold files against their reports and the pakistan-gold-dev shape.

Usage: python3 check_gold.py [BL_DIR] [DEV_DIR]
Prints every problem found and a final line "N errors"; exits 1 if N > 0.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BL_DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
DEV_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev")

# Fallback shape (taken from the dev gold files) if DEV_DIR is not reachable.
TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
       "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]

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
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ACTOR_KINDS = {"state_force": 1, "armed_group": 2}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}


def dev_shape():
    """Read the key lists from one dev gold file; fall back to the constants."""
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        print("note: dev gold files not found at %s; using built-in shape" % DEV_DIR)
        return TOP, CLEANING, ACTOR, PERSON, PLACE, INCIDENT
    shape = {}
    for f in files:
        d = json.load(open(f))
        shape.setdefault("top", list(d.keys()))
        shape.setdefault("cleaning", list(d["cleaning"].keys()))
        if d["actors"]:
            shape.setdefault("actor", list(d["actors"][0].keys()))
        if d["people"]:
            shape.setdefault("person", list(d["people"][0].keys()))
        if d["places"]:
            shape.setdefault("place", list(d["places"][0].keys()))
        if d["incidents"]:
            shape.setdefault("incident", list(d["incidents"][0].keys()))
    return (shape["top"], shape["cleaning"], shape["actor"], shape["person"], shape["place"], shape["incident"])


def main():
    top, cleaning, actor_k, person_k, place_k, inc_k = dev_shape()
    errors = []
    golds = sorted(glob.glob(os.path.join(BL_DIR, "BL-*.gold.json")))
    if not golds:
        errors.append("no BL-*.gold.json files in %s" % BL_DIR)
    n_inc = 0
    for gpath in golds:
        name = os.path.basename(gpath)
        err = lambda msg: errors.append("%s: %s" % (name, msg))
        try:
            with open(gpath, encoding="utf-8") as fh:
                d = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err("JSON does not parse: %s" % e)
            continue
        txt_name = name.replace(".gold.json", ".txt")
        tpath = os.path.join(BL_DIR, txt_name)
        if not os.path.exists(tpath):
            err("report %s missing" % txt_name)
            continue
        text = open(tpath, encoding="utf-8").read()

        def verbatim(s, what):
            if s is None:
                return
            if not isinstance(s, str) or not s:
                err("%s is not a non-empty string: %r" % (what, s))
            elif s not in text:
                err("%s not verbatim in report: %r" % (what, s))

        if list(d.keys()) != top:
            err("top-level keys %s != dev %s" % (list(d.keys()), top))
            continue
        if d["article"] != txt_name:
            err("article %r should be %r" % (d["article"], txt_name))
        if d["about"] != "Hand-coded from the text alone.":
            err("about text differs")
        if d["publisher"] is not None:
            verbatim(d["publisher"], "publisher")
        if list(d["cleaning"].keys()) != cleaning:
            err("cleaning keys differ")
        for k in ("quotes", "incidents", "not_incidents", "relations", "actors", "people", "places"):
            if not isinstance(d[k], list):
                err("%s is not a list" % k)
        if not isinstance(d["actor_profiles"], dict):
            err("actor_profiles is not an object")

        canon = set()
        for a in d["actors"]:
            if list(a.keys()) != actor_k:
                err("actor keys %s != %s" % (list(a.keys()), actor_k))
                continue
            canon.add(a["canonical"])
            if ACTOR_KINDS.get(a["kind"]) != a["acled_inter"]:
                err("actor %s: kind %s with inter %s" % (a["canonical"], a["kind"], a["acled_inter"]))
            if not a["mentions"]:
                err("actor %s has no mentions" % a["canonical"])
            for m in a["mentions"]:
                verbatim(m, "actor mention")
        if len(canon) != len(d["actors"]):
            err("duplicate actor canonical names")
        for p in d["people"]:
            if list(p.keys()) != person_k:
                err("person keys %s != %s" % (list(p.keys()), person_k))
                continue
            if not p["mentions"]:
                err("person %s has no mentions" % p["canonical"])
            for m in p["mentions"]:
                verbatim(m, "person mention")
        places = {}
        for p in d["places"]:
            if list(p.keys()) != place_k:
                err("place keys %s != %s" % (list(p.keys()), place_k))
                continue
            verbatim(p["name"], "place name")
            if p["name"] in places:
                err("place %r listed twice" % p["name"])
            places[p["name"]] = p
            if p["kind"] not in PLACE_KINDS:
                err("place %s: odd kind %r" % (p["name"], p["kind"]))
            if p["admin1"] not in ADMIN1:
                err("place %s: odd admin1 %r" % (p["name"], p["admin1"]))
            if p["kind"] == "province" and p["admin2"] is not None:
                err("province %s with admin2" % p["name"])
        for s in d["not_incidents"]:
            verbatim(s, "not_incident")
        for r in d["relations"]:
            verbatim(r.get("evidence"), "relation evidence")
            for side in ("a", "b"):
                if r.get(side) not in canon:
                    err("relation party %r not in actors" % r.get(side))

        for i, inc in enumerate(d["incidents"], 1):
            n_inc += 1
            tag = "incident %d" % i
            if list(inc.keys()) != inc_k:
                err("%s keys %s != %s" % (tag, list(inc.keys()), inc_k))
                continue
            verbatim(inc["what"], tag + " what")
            verbatim(inc["date_text"], tag + " date_text")
            verbatim(inc["location"], tag + " location")
            et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
            if st not in ACLED.get(et, ()):
                err("%s: invalid ACLED pair %r / %r" % (tag, et, st))
            if inc["gtd_attack_type"] not in GTD:
                err("%s: invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
            if et in ("Protests", "Strategic developments") and inc["gtd_attack_type"] not in (
                    None, "Bombing/Explosion", "Facility/Infrastructure Attack"):
                err("%s: %s with GTD %r" % (tag, et, inc["gtd_attack_type"]))
            for k in ("actor1", "actor2"):
                if inc[k] not in canon and inc[k] not in GENERIC_ACTORS:
                    err("%s: %s %r is neither a listed actor nor a generic label" % (tag, k, inc[k]))
            if inc["country"] != "Pakistan":
                err("%s: country %r" % (tag, inc["country"]))
            pl = places.get(inc["location"])
            if pl is None:
                err("%s: location %r is not one of the places" % (tag, inc["location"]))
            elif (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                err("%s: admin %r/%r differs from place %r (%r/%r)" % (
                    tag, inc["admin1"], inc["admin2"], pl["name"], pl["admin1"], pl["admin2"]))
            if inc["geo_precision"] not in (1, 2, 3):
                err("%s: geo_precision %r" % (tag, inc["geo_precision"]))
            k = inc["killed"]
            if k is not None and (not isinstance(k, int) or k < 0):
                err("%s: killed %r" % (tag, k))
            kbs = inc["killed_by_side"]
            if not isinstance(kbs, dict):
                err("%s: killed_by_side not an object" % tag)
            else:
                bad = set(kbs) - SIDES
                if bad:
                    err("%s: unknown sides %s" % (tag, sorted(bad)))
                if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                    err("%s: non-integer side count" % tag)
                elif sum(kbs.values()) > (k or 0):
                    err("%s: killed_by_side sums to %d > killed %r" % (tag, sum(kbs.values()), k))
            j = inc["injured"]
            if j is not None and (not isinstance(j, int) or j < 0):
                err("%s: injured %r" % (tag, j))
            if not inc["note"]:
                err("%s: empty note" % tag)
    for e in errors:
        print(e)
    print("%d gold files, %d incidents checked" % (len(golds), n_inc))
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
