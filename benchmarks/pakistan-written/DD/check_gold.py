#!/usr/bin/env python3
"""Check the DD hand-coded gold files against their reports.

Usage:  python3 check_gold.py [DIR]        (DIR defaults to this script's folder)

Checks, for every DD-NN.gold.json beside a DD-NN.txt:
  * the JSON parses, and its top-level keys (and their order) match a dev gold file;
  * the record keys of cleaning, actors, people, places, quotes, incidents and relations
    match the dev / seed shapes;
  * `article` names the .txt beside it and `about` is the standard sentence;
  * every incident `what`, `date_text`, `location`, every place `name`, every actor and
    person `mention`, every quote `starts` and every `not_incidents` string appears word for
    word in the report;
  * each incident `location` is one of the file's places with the same admin1 / admin2;
  * ACLED event type / sub-event type pairs are valid, GTD attack types are valid;
  * actor1 / actor2 are a listed actor's canonical name or a generic label;
  * killed_by_side uses known sides, non-negative integers, and never sums above killed;
  * geo_precision is 1, 2 or 3; country is Pakistan.
Prints every error and a final count; exit status 1 if any error.
"""
import glob
import json
import os
import sys

DEV_GOLD = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"
TOP_KEYS_FALLBACK = ["article", "about", "publisher", "cleaning", "actors", "people", "places",
                     "quotes", "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged",
                 "near_duplicate_sentences", "flag_as_damaged"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                 "killed", "killed_by_side", "injured", "note"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
QUOTE_KEYS = {"speaker", "starts"}            # seed shape; `note` optional
RELATION_KEYS = ["a", "b", "kind", "evidence"]

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {"Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}


def top_keys():
    try:
        with open(DEV_GOLD, encoding="utf-8") as f:
            return list(json.load(f).keys())
    except OSError:
        return TOP_KEYS_FALLBACK


def is_count(v, allow_none=True):
    if v is None:
        return allow_none
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def check_file(gold_path, keys_ref):
    errs = []
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(gold_path), base + ".txt")
    e = lambda msg: errs.append("%s: %s" % (base, msg))
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, ValueError) as exc:
        e("JSON does not parse: %s" % exc)
        return errs
    if not os.path.exists(txt_path):
        e("no report %s beside the gold file" % os.path.basename(txt_path))
        return errs
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()

    if list(g.keys()) != keys_ref:
        e("top-level keys %s differ from dev %s" % (list(g.keys()), keys_ref))
        return errs
    if g["article"] != base + ".txt":
        e("article is %r, expected %r" % (g["article"], base + ".txt"))
    if g["about"] != "Hand-coded from the text alone.":
        e("about is %r" % g["about"])
    if g["publisher"] is not None and g["publisher"] not in text:
        e("publisher %r not in text" % g["publisher"])
    if list(g["cleaning"].keys()) != CLEANING_KEYS:
        e("cleaning keys %s" % list(g["cleaning"].keys()))

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            e("%s is empty or not a string: %r" % (what, s))
        elif s not in text:
            e("%s not verbatim in text: %r" % (what, s))

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACTOR_KEYS:
            e("actor keys %s" % list(a.keys()))
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            e("actor %r acled_inter %r" % (a["canonical"], a["acled_inter"]))
        if not a["mentions"]:
            e("actor %r has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if list(p.keys()) != PERSON_KEYS:
            e("person keys %s" % list(p.keys()))
            continue
        if not p["mentions"]:
            e("person %r has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != PLACE_KEYS:
            e("place keys %s" % list(p.keys()))
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            e("place %r admin1 %r unknown" % (p["name"], p["admin1"]))
        places.setdefault(p["name"], []).append(p)
    for q in g["quotes"]:
        if not QUOTE_KEYS <= set(q.keys()) or set(q.keys()) - QUOTE_KEYS - {"note"}:
            e("quote keys %s" % list(q.keys()))
            continue
        verbatim(q["starts"], "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            e("relation keys %s" % list(r.keys()))
            continue
        for side in ("a", "b"):
            if r[side] not in canon:
                e("relation end %r is not a listed actor" % r[side])
        verbatim(r["evidence"], "relation evidence")
    if not isinstance(g["actor_profiles"], dict):
        e("actor_profiles is not an object")

    if not g["incidents"]:
        e("no incidents")
    for k, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % k
        if list(inc.keys()) != INCIDENT_KEYS:
            e("%s keys %s" % (tag, list(inc.keys())))
            continue
        verbatim(inc["what"], tag + " what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], tag + " date_text")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            e("%s invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] not in GTD:
            e("%s invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC_ACTORS and inc[side] not in canon:
                e("%s %s %r is neither a listed actor nor a generic label" % (tag, side, inc[side]))
        if inc["country"] != "Pakistan":
            e("%s country %r" % (tag, inc["country"]))
        loc = inc["location"]
        if loc is None:
            e("%s has no location" % tag)
        else:
            verbatim(loc, tag + " location")
            cands = places.get(loc, [])
            if not cands:
                e("%s location %r is not one of the file's places" % (tag, loc))
            elif not any(p["admin1"] == inc["admin1"] and p["admin2"] == inc["admin2"] for p in cands):
                e("%s location %r admin %r/%r differs from place %r/%r" % (
                    tag, loc, inc["admin1"], inc["admin2"], cands[0]["admin1"], cands[0]["admin2"]))
        if inc["geo_precision"] not in (1, 2, 3):
            e("%s geo_precision %r" % (tag, inc["geo_precision"]))
        if not is_count(inc["killed"]):
            e("%s killed %r" % (tag, inc["killed"]))
        if not is_count(inc["injured"]):
            e("%s injured %r" % (tag, inc["injured"]))
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            e("%s killed_by_side is not an object" % tag)
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    e("%s killed_by_side unknown side %r" % (tag, s))
                if not is_count(v, allow_none=False):
                    e("%s killed_by_side %r = %r" % (tag, s, v))
            total = sum(v for v in kbs.values() if is_count(v, allow_none=False))
            if total > (inc["killed"] or 0):
                e("%s killed_by_side sums to %d > killed %r" % (tag, total, inc["killed"]))
        if not isinstance(inc["note"], str) or not inc["note"].strip():
            e("%s has no note" % tag)
    return errs


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    keys_ref = top_keys()
    golds = sorted(glob.glob(os.path.join(folder, "DD-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "DD-*.txt")))
    errors = []
    if len(golds) != len(txts):
        errors.append("%d gold files but %d reports" % (len(golds), len(txts)))
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append("%s has no gold file" % os.path.basename(t))
    n_inc = 0
    for gp in golds:
        errors.extend(check_file(gp, keys_ref))
        try:
            with open(gp, encoding="utf-8") as f:
                n_inc += len(json.load(f).get("incidents", []))
        except (OSError, ValueError):
            pass
    for err in errors:
        print(err)
    print("%d files, %d incidents, %d errors" % (len(golds), n_inc, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
