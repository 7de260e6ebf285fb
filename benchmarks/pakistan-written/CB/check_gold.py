#!/usr/bin/env python3
"""Checks the CB-NN.txt / CB-NN.gold.json pairs in this folder.

Verifies, for every gold file:
  * the JSON parses, and its keys (top level, cleaning, actors, people, places, quotes,
    incidents) are exactly those of a pakistan-gold-dev gold file, in the same order;
  * `article` names the .txt beside it and `about` is the dev wording;
  * every `what`, `date_text`, `location`, place `name`, actor mention, person mention and
    quote `starts` appears word for word in the report (raw, as scraped);
  * each incident `location` is one of the file's places with the same admin1/admin2;
  * ACLED event / sub-event pairs are valid, GTD attack types come from the GTD list,
    geo_precision is 1-3, killed_by_side uses known sides and never sums above `killed`;
  * actor1/actor2 are listed actors or the generic labels;
  * cleaning: must_not_contain, keep_unchanged, flag_as_damaged and near-duplicate strings
    occur in the raw text; must_contain strings occur once the damage is repaired (compared
    with spacing removed and the drop-cap box resolved); not_incidents segments occur raw.
Usage: python3 check_gold.py [folder]     (exit status 1 if any error)
"""
import glob
import json
import os
import re
import sys

DEV_DIR = "/work/shared/benchmarks/pakistan-gold-dev"
# Fallback copy of the dev shape, used only if the dev folder is not readable.
DEV_TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
           "incidents", "not_incidents", "relations", "actor_profiles"]
DEV_CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                "flag_as_damaged"]
DEV_INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                "killed_by_side", "injured", "note"]
DEV_ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
DEV_PERSON = ["canonical", "mentions", "roles"]
DEV_PLACE = ["name", "kind", "admin1", "admin2"]
SEED_QUOTE = ["speaker", "starts"]          # dev quotes are all empty; shape from the seed gold
SEED_RELATION = ["a", "b", "kind", "evidence"]

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
SIDES = {"security_forces", "militants", "civilians", "unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}
PLACE_KINDS = {"town", "area", "district", "city", "province"}
ACTOR_KINDS = {"state_force": 1, "armed_group": 2}


def dev_shape():
    """Key lists taken from a dev gold file when available."""
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        return DEV_TOP, DEV_CLEANING, DEV_INCIDENT, DEV_ACTOR, DEV_PERSON, DEV_PLACE
    shape = None
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        top, cl = list(d), list(d["cleaning"])
        inc = list(d["incidents"][0]) if d["incidents"] else DEV_INCIDENT
        act = list(d["actors"][0]) if d["actors"] else None
        per = list(d["people"][0]) if d["people"] else None
        pla = list(d["places"][0]) if d["places"] else None
        if act and per and pla:
            shape = (top, cl, inc, act, per, pla)
            break
    return shape or (DEV_TOP, DEV_CLEANING, DEV_INCIDENT, DEV_ACTOR, DEV_PERSON, DEV_PLACE)


def squash(s):
    return re.sub(r"\s+", "", s)


def repaired_variants(raw):
    """Raw text with the drop-cap box resolved both ways (letter kept / box dropped), spacing removed."""
    box = re.compile(r"\|\s*([A-Z])\s*\|")
    keep = box.sub(r"\1", raw)          # '| S |ecurity' -> 'Security', '| A |\nSikh' -> 'A\nSikh'
    drop = box.sub("", raw)             # '| A |\nAt least' -> '\nAt least'
    return [squash(keep), squash(drop)]


def check_file(path, shape, errors):
    top, cl_keys, inc_keys, act_keys, per_keys, pla_keys = shape
    name = os.path.basename(path)

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        err("no report %s" % txt_name)
        return None
    raw = open(txt_path, encoding="utf-8").read()

    if list(g) != top:
        err("top-level keys %s differ from dev %s" % (list(g), top))
        return None
    if g["article"] != txt_name:
        err("article %r should be %r" % (g["article"], txt_name))
    if g["about"] != "Hand-coded from the text alone.":
        err("about wording differs from dev")
    if list(g["cleaning"]) != cl_keys:
        err("cleaning keys differ from dev")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in raw:
            err("%s not verbatim in report: %r" % (what, s))

    # actors
    canon = set()
    for a in g["actors"]:
        if list(a) != act_keys:
            err("actor keys %s differ from dev" % list(a))
            continue
        canon.add(a["canonical"])
        if ACTOR_KINDS.get(a["kind"]) != a["acled_inter"]:
            err("actor %s: kind/inter %s/%s unexpected" % (a["canonical"], a["kind"], a["acled_inter"]))
        if not a["mentions"]:
            err("actor %s has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if list(p) != per_keys:
            err("person keys %s differ from dev" % list(p))
            continue
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g["places"]:
        if list(p) != pla_keys:
            err("place keys %s differ from dev" % list(p))
            continue
        verbatim(p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            err("place %s: kind %r not a dev kind" % (p["name"], p["kind"]))
        if p["admin1"] not in ADMIN1:
            err("place %s: admin1 %r" % (p["name"], p["admin1"]))
        if p["name"] in places:
            err("place %s listed twice" % p["name"])
        places[p["name"]] = p
    for q in g["quotes"]:
        if list(q) != SEED_QUOTE:
            err("quote keys %s differ from seed" % list(q))
            continue
        verbatim(q["starts"], "quote start")
    for r in g["relations"]:
        if list(r) != SEED_RELATION:
            err("relation keys %s differ from seed" % list(r))
            continue
        if r["a"] not in canon or r["b"] not in canon:
            err("relation names an unlisted actor: %s / %s" % (r["a"], r["b"]))
        verbatim(r["evidence"], "relation evidence")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles must be an object")

    # incidents
    for k, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % k
        if list(inc) != inc_keys:
            err("%s keys %s differ from dev" % (tag, list(inc)))
            continue
        verbatim(inc["what"], tag + " what")
        verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if st not in ACLED.get(et, ()):
            err("%s: invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] not in GTD:
            err("%s: GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC and inc[side] not in canon:
                err("%s: %s %r is neither a listed actor nor a generic label" % (tag, side, inc[side]))
        if inc["country"] != "Pakistan":
            err("%s: country %r" % (tag, inc["country"]))
        loc = places.get(inc["location"])
        if loc is None:
            err("%s: location %r is not among the places" % (tag, inc["location"]))
        elif (loc["admin1"], loc["admin2"]) != (inc["admin1"], inc["admin2"]):
            err("%s: admin1/admin2 %s/%s differ from place %s (%s/%s)" % (
                tag, inc["admin1"], inc["admin2"], loc["name"], loc["admin1"], loc["admin2"]))
        if inc["geo_precision"] not in (1, 2, 3):
            err("%s: geo_precision %r" % (tag, inc["geo_precision"]))
        killed, kbs = inc["killed"], inc["killed_by_side"]
        if not isinstance(kbs, dict) or set(kbs) - SIDES:
            err("%s: killed_by_side keys %r" % (tag, kbs))
        else:
            tot = sum(kbs.values())
            if killed is None:
                if tot:
                    err("%s: killed_by_side given but killed is null" % tag)
            elif tot > killed:
                err("%s: killed_by_side sums to %d > killed %d" % (tag, tot, killed))
        for f in ("killed", "injured"):
            v = inc[f]
            if v is not None and (not isinstance(v, int) or v < 0):
                err("%s: %s %r" % (tag, f, v))
        if not inc["note"]:
            err("%s: no note" % tag)

    # cleaning
    c = g["cleaning"]
    for s in c["must_not_contain"]:
        verbatim(s, "must_not_contain")
    for s in c["keep_unchanged"]:
        verbatim(s, "keep_unchanged")
    for s in c["flag_as_damaged"]:
        verbatim(s, "flag_as_damaged")
    for pair in c["near_duplicate_sentences"]:
        if len(pair) != 2:
            err("near_duplicate_sentences entry is not a pair")
            continue
        for s in pair:
            verbatim(s, "near-duplicate sentence")
        if pair[0] == pair[1] and raw.count(pair[0]) < 2:
            err("exact duplicate listed but occurs once: %r" % pair[0][:60])
    variants = repaired_variants(raw)
    for s in c["must_contain"]:
        if not any(squash(s) in v for v in variants):
            err("must_contain not recoverable from the report: %r" % s)
        if s in raw and not re.search(r"\|\s*[A-Z]\s*\|", raw):
            # a must_contain that is already in the raw text documents nothing
            err("must_contain already verbatim in the raw text: %r" % s)
    for ni in g["not_incidents"]:
        for seg in ni.split("..."):
            verbatim(seg.strip(), "not_incidents segment")
    return g


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    shape = dev_shape()
    errors = []
    golds = sorted(glob.glob(os.path.join(folder, "CB-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "CB-*.txt")))
    if len(golds) != len(txts):
        errors.append("%d gold files but %d reports" % (len(golds), len(txts)))
    n_inc = 0
    for path in golds:
        g = check_file(path, shape, errors)
        if g:
            n_inc += len(g["incidents"])
    for e in errors:
        print("ERROR", e)
    print("%d reports, %d incidents, %d errors" % (len(golds), n_inc, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
