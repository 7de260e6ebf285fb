#!/usr/bin/env python3
"""Checks the BT-NN.gold.json files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Prints one line per problem and a summary; exits 1 if any error was found.

Checks
- every BT-NN.txt has a BT-NN.gold.json and the reverse; JSON parses
- top-level keys (and their order) equal a dev gold file's; `article` names the .txt beside it;
  `about` is "Hand-coded from the text alone."
- keys of cleaning, actors, people, places, incidents equal the dev files' (order included);
  quotes / relations / actor_profiles entries use the seed gold's keys; not_incidents is a list of strings
- verbatim: every incident `what`, `date_text`, `location`, place `name`, actor and person `mention`,
  quote `starts`, not_incidents string, relation `evidence`, cleaning `must_not_contain`,
  `keep_unchanged`, `near_duplicate_sentences` and `flag_as_damaged` string occurs in the report;
  cleaning `must_contain` strings do NOT occur in the raw report when must_not_contain is non-empty
  only if they are repairs (reported as info, not an error)
- each incident's location is one of the file's places with the same admin1 and admin2
- ACLED event/sub-event pairs valid; GTD attack types valid or null; geo_precision 1..3
- killed/injured are ints >= 0 (injured may be null); killed_by_side keys are known sides, values
  ints >= 0, and never sum above killed
- actor1/actor2 are a listed actor's canonical name, a generic label, or null; relations and
  actor_profiles name listed actors; admin1 values come from the Pakistani province list
- style: no apostrophes or hyphens in the reports (the dev texts have none)
"""
import glob
import json
import os
import re
import sys

DEV_DIR_CANDIDATES = [
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "benchmarks", "pakistan-gold-dev"),
    "/work/shared/benchmarks/pakistan-gold-dev",
]
SEED_CANDIDATES = [
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "seed", "article-001.gold.json"),
    "/work/shared/seed/article-001.gold.json",
]

# Fallback shapes (as in the dev files) if the dev folder is not reachable.
TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes", "incidents",
            "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                 "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                 "killed_by_side", "injured", "note"]
QUOTE_KEYS = {"speaker", "starts"}
QUOTE_OPTIONAL = {"note"}
RELATION_KEYS = {"a", "b", "kind", "evidence"}
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}

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
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
              "Unarmed Assault", "Unknown"}
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply", "Journalists & Media",
              "Maritime", "NGO", "Other", "Private Citizens & Property", "Religious Figures/Institutions",
              "Telecommunication", "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown",
              "Utilities", "Violent Political Party", "Abortion Related"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}
PLACE_KINDS = {"town", "district", "area", "city", "province", "country"}
ACTOR_KINDS = {"state_force", "armed_group"}


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, f, msg):
        self.errors.append("%s: %s" % (f, msg))

    def warn(self, f, msg):
        self.warnings.append("%s: %s" % (f, msg))


def load_reference(ck):
    """Take the shapes from a dev gold file and the seed when they can be read; else the fallbacks."""
    global TOP_KEYS, CLEANING_KEYS, ACTOR_KEYS, PERSON_KEYS, PLACE_KEYS, INCIDENT_KEYS
    global QUOTE_KEYS, RELATION_KEYS, PROFILE_KEYS
    dev = None
    for d in DEV_DIR_CANDIDATES:
        files = sorted(glob.glob(os.path.join(d, "*.gold.json")))
        if files:
            dev = files
            break
    if not dev:
        ck.warn("reference", "dev gold folder not found; using built-in shapes")
        return "built-in"
    shapes = {}
    for p in dev:
        g = json.load(open(p, encoding="utf-8"))
        shapes.setdefault("top", list(g))
        shapes.setdefault("cleaning", list(g["cleaning"]))
        for a in g["actors"]:
            shapes.setdefault("actor", list(a))
        for a in g["people"]:
            shapes.setdefault("person", list(a))
        for a in g["places"]:
            shapes.setdefault("place", list(a))
        for a in g["incidents"]:
            shapes.setdefault("incident", list(a))
    TOP_KEYS = shapes["top"]
    CLEANING_KEYS = shapes["cleaning"]
    ACTOR_KEYS = shapes.get("actor", ACTOR_KEYS)
    PERSON_KEYS = shapes.get("person", PERSON_KEYS)
    PLACE_KEYS = shapes.get("place", PLACE_KEYS)
    INCIDENT_KEYS = shapes.get("incident", INCIDENT_KEYS)
    for s in SEED_CANDIDATES:
        if os.path.exists(s):
            seed = json.load(open(s, encoding="utf-8"))
            if seed.get("quotes"):
                QUOTE_KEYS = set(seed["quotes"][0]) - QUOTE_OPTIONAL
            if seed.get("relations"):
                RELATION_KEYS = set(seed["relations"][0])
            if seed.get("actor_profiles"):
                PROFILE_KEYS = set().union(*[set(v) for v in seed["actor_profiles"].values()])
            break
    return os.path.dirname(dev[0])


def verbatim(ck, f, text, s, what):
    if s is None:
        return
    if not isinstance(s, str) or not s:
        ck.err(f, "%s is not a non-empty string: %r" % (what, s))
    elif s not in text:
        ck.err(f, "%s not verbatim in report: %r" % (what, s))


def keys_equal(ck, f, obj, keys, what, ordered=True):
    got = list(obj) if isinstance(obj, dict) else None
    if got is None:
        ck.err(f, "%s is not an object" % what)
        return False
    if (got != list(keys)) if ordered else (set(got) != set(keys)):
        ck.err(f, "%s keys %s != %s" % (what, got, list(keys)))
        return False
    return True


def check_file(ck, gpath, tpath, stats):
    f = os.path.basename(gpath)
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        ck.err(f, "JSON does not parse: %s" % e)
        return
    text = open(tpath, encoding="utf-8").read()
    if not keys_equal(ck, f, g, TOP_KEYS, "top level"):
        return
    if g["article"] != os.path.basename(tpath):
        ck.err(f, "article %r does not name %s" % (g["article"], os.path.basename(tpath)))
    if g["about"] != "Hand-coded from the text alone.":
        ck.err(f, "about is %r" % g["about"])
    if g["publisher"] is not None and g["publisher"] not in text and g["publisher"] != "Dawn":
        ck.warn(f, "publisher %r not in text" % g["publisher"])

    # style of the report
    if "'" in text or "\u2019" in text:
        ck.err(f, "report contains an apostrophe")
    if re.search(r"\w-\w|\u2013|\u2014", text):
        ck.err(f, "report contains a hyphen or dash")

    # cleaning
    cl = g["cleaning"]
    if keys_equal(ck, f, cl, CLEANING_KEYS, "cleaning"):
        for s in cl["must_not_contain"]:
            verbatim(ck, f, text, s, "cleaning.must_not_contain")
        for s in cl["keep_unchanged"]:
            verbatim(ck, f, text, s, "cleaning.keep_unchanged")
        for s in cl["flag_as_damaged"]:
            verbatim(ck, f, text, s, "cleaning.flag_as_damaged")
        for pair in cl["near_duplicate_sentences"]:
            if not (isinstance(pair, list) and len(pair) == 2):
                ck.err(f, "near_duplicate_sentences entry is not a pair: %r" % (pair,))
                continue
            for s in pair:
                verbatim(ck, f, text, s, "cleaning.near_duplicate_sentences")
            if pair[0] == pair[1] and text.count(pair[0]) < 2:
                ck.err(f, "identical near-duplicate pair occurs only once: %r" % pair[0][:50])
        for s in cl["must_contain"]:
            if not isinstance(s, str) or not s:
                ck.err(f, "cleaning.must_contain not a string: %r" % (s,))
        if any(cl.values()):
            stats["damaged"] += 1

    # actors
    canon = set()
    for a in g["actors"]:
        if not keys_equal(ck, f, a, ACTOR_KEYS, "actor"):
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            ck.err(f, "actor kind %r" % a["kind"])
        if a["acled_inter"] not in range(1, 9):
            ck.err(f, "acled_inter %r" % a["acled_inter"])
        for m in a["mentions"]:
            verbatim(ck, f, text, m, "actor mention")
    # people
    for p in g["people"]:
        if keys_equal(ck, f, p, PERSON_KEYS, "person"):
            for m in p["mentions"]:
                verbatim(ck, f, text, m, "person mention")
    # places
    places = {}
    for p in g["places"]:
        if not keys_equal(ck, f, p, PLACE_KEYS, "place"):
            continue
        verbatim(ck, f, text, p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            ck.err(f, "place kind %r" % p["kind"])
        if p["admin1"] is not None and p["admin1"] not in ADMIN1:
            ck.err(f, "place admin1 %r" % p["admin1"])
        if p["name"] in places and places[p["name"]] != (p["admin1"], p["admin2"]):
            ck.err(f, "place %r listed twice with different admin" % p["name"])
        places[p["name"]] = (p["admin1"], p["admin2"])
    # quotes
    for q in g["quotes"]:
        if not isinstance(q, dict) or not (QUOTE_KEYS <= set(q) <= QUOTE_KEYS | QUOTE_OPTIONAL):
            ck.err(f, "quote keys %r" % (list(q) if isinstance(q, dict) else q))
            continue
        verbatim(ck, f, text, q["starts"], "quote starts")
    # incidents
    for n, i in enumerate(g["incidents"], 1):
        tag = "incident %d" % n
        if not keys_equal(ck, f, i, INCIDENT_KEYS, tag):
            continue
        stats["incidents"] += 1
        verbatim(ck, f, text, i["what"], tag + " what")
        verbatim(ck, f, text, i["date_text"], tag + " date_text")
        verbatim(ck, f, text, i["location"], tag + " location")
        if i["location"] is not None:
            if i["location"] not in places:
                ck.err(f, "%s location %r is not one of the places" % (tag, i["location"]))
            elif places[i["location"]] != (i["admin1"], i["admin2"]):
                ck.err(f, "%s admin %r/%r differs from place %r %r" % (tag, i["admin1"], i["admin2"],
                                                                       i["location"], places[i["location"]]))
        if i["country"] != "Pakistan":
            ck.err(f, "%s country %r" % (tag, i["country"]))
        if i["admin1"] is not None and i["admin1"] not in ADMIN1:
            ck.err(f, "%s admin1 %r" % (tag, i["admin1"]))
        et, st = i["acled_event_type"], i["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            ck.err(f, "%s invalid ACLED pair %r / %r" % (tag, et, st))
        if i["gtd_attack_type"] is not None and i["gtd_attack_type"] not in GTD_ATTACK:
            ck.err(f, "%s GTD type %r" % (tag, i["gtd_attack_type"]))
        if et in ("Protests", "Riots") or st == "Arrests":
            if i["gtd_attack_type"] is not None:
                ck.err(f, "%s protests/riots/arrests get no GTD type" % tag)
        if i["geo_precision"] not in (1, 2, 3):
            ck.err(f, "%s geo_precision %r" % (tag, i["geo_precision"]))
        for side in ("actor1", "actor2"):
            v = i[side]
            if v is not None and v not in canon and v not in GENERIC_ACTORS and v not in ("Security Forces",):
                ck.err(f, "%s %s %r is neither a listed actor nor a generic label" % (tag, side, v))
            if v == "Security Forces" and v not in canon:
                ck.err(f, "%s uses Security Forces but it is not listed in actors" % tag)
        k, inj, kbs = i["killed"], i["injured"], i["killed_by_side"]
        if not isinstance(k, int) or k < 0:
            ck.err(f, "%s killed %r" % (tag, k))
            k = 0
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            ck.err(f, "%s injured %r" % (tag, inj))
        if not isinstance(kbs, dict):
            ck.err(f, "%s killed_by_side not an object" % tag)
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    ck.err(f, "%s killed_by_side unknown side %r" % (tag, s))
                if not isinstance(v, int) or v < 0:
                    ck.err(f, "%s killed_by_side %r=%r" % (tag, s, v))
            total = sum(v for v in kbs.values() if isinstance(v, int))
            if total > k:
                ck.err(f, "%s killed_by_side sums to %d > killed %d" % (tag, total, k))
            for s, v in kbs.items():
                stats["by_side"][s] = stats["by_side"].get(s, 0) + (v if isinstance(v, int) else 0)
            stats["by_side"]["(no side)"] = stats["by_side"].get("(no side)", 0) + k - total
        if not i["note"]:
            ck.warn(f, "%s has no note" % tag)
        stats["killed"] += k
        stats["injured"] += inj or 0
        stats["by_type"][(et, st)] = stats["by_type"].get((et, st), 0) + 1
        stats["by_admin1"][i["admin1"]] = stats["by_admin1"].get(i["admin1"], 0) + 1
    # not_incidents
    for s in g["not_incidents"]:
        verbatim(ck, f, text, s, "not_incidents entry")
    # relations
    for r in g["relations"]:
        if not isinstance(r, dict) or set(r) != RELATION_KEYS:
            ck.err(f, "relation keys %r" % (r,))
            continue
        for side in ("a", "b"):
            if r[side] not in canon:
                ck.err(f, "relation names unlisted actor %r" % r[side])
        verbatim(ck, f, text, r["evidence"], "relation evidence")
    # actor_profiles
    if not isinstance(g["actor_profiles"], dict):
        ck.err(f, "actor_profiles not an object")
    else:
        for name, prof in g["actor_profiles"].items():
            if name not in canon:
                ck.err(f, "actor_profiles names unlisted actor %r" % name)
            if not isinstance(prof, dict) or not set(prof) <= PROFILE_KEYS or "evidence" not in prof:
                ck.err(f, "actor_profiles[%r] keys %r" % (name, prof))
                continue
            verbatim(ck, f, text, prof["evidence"], "actor_profiles evidence")
            for t in prof.get("gtd_target_types", []):
                if t not in GTD_TARGET:
                    ck.err(f, "actor_profiles target type %r" % t)
            for t in prof.get("gtd_attack_types", []):
                if t not in GTD_ATTACK:
                    ck.err(f, "actor_profiles attack type %r" % t)
    stats["words"] += len(text.split())
    n = len(g["incidents"])
    stats["per_report"][n] = stats["per_report"].get(n, 0) + 1


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ck = Checker()
    ref = load_reference(ck)
    txts = sorted(glob.glob(os.path.join(d, "BT-*.txt")))
    golds = sorted(glob.glob(os.path.join(d, "BT-*.gold.json")))
    stems_t = {os.path.basename(p)[:-4] for p in txts}
    stems_g = {os.path.basename(p)[:-10] for p in golds}
    for s in sorted(stems_t ^ stems_g):
        ck.err(s, "report or gold file missing")
    stats = {"incidents": 0, "killed": 0, "injured": 0, "words": 0, "damaged": 0, "by_type": {},
             "by_admin1": {}, "by_side": {}, "per_report": {}}
    for s in sorted(stems_t & stems_g):
        check_file(ck, os.path.join(d, s + ".gold.json"), os.path.join(d, s + ".txt"), stats)
    for w in ck.warnings:
        print("WARN  " + w)
    for e in ck.errors:
        print("ERROR " + e)
    print("reference shapes: %s" % ref)
    print("reports: %d  words: %d  with cleaning entries: %d" % (len(stems_t & stems_g), stats["words"],
                                                                 stats["damaged"]))
    print("incidents: %d  killed: %d  injured: %d" % (stats["incidents"], stats["killed"], stats["injured"]))
    print("reports by incident count: %s" % dict(sorted(stats["per_report"].items())))
    print("killed by side: %s" % dict(sorted(stats["by_side"].items())))
    print("incidents by admin1:")
    for k, v in sorted(stats["by_admin1"].items(), key=lambda x: (-x[1], str(x[0]))):
        print("  %-30s %d" % (k, v))
    print("incidents by ACLED type:")
    for (et, st), v in sorted(stats["by_type"].items()):
        print("  %-28s %-34s %d" % (et, st, v))
    print("%d errors, %d warnings" % (len(ck.errors), len(ck.warnings)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
