#!/usr/bin/env python3
"""Checks the FA blind set: every FA-NN.gold.json against its FA-NN.txt.

Errors (counted):
  - JSON parses; top-level keys (and their order) match a dev gold file; sub-record keys match
    the dev shape (cleaning, actors, people, places, incidents; quotes/relations as in the seed);
  - `article` names the .txt beside it; `about` is the dev phrase;
  - every incident `what`, `date_text`, `location`, every place `name`, every actor and person
    `mentions` string, every quote `starts` and every `not_incidents` string appears verbatim in
    the report, as whole words (no match inside a longer word);
  - each incident `location` is one of the file's places, with the same admin1/admin2;
  - ACLED event type / sub-event type pairs are valid; GTD attack types are valid or null;
  - actor1/actor2 are a listed actor's canonical name, a generic label, or null;
  - killed_by_side uses known sides and never sums above `killed`; counts are ints >= 0 or null;
  - geo_precision is 1, 2 or 3.
Warnings (not counted): characters outside the SATP character set of the dev texts.

Usage: python3 check_gold.py [--stats] [DIR]
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))

TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes", "incidents",
            "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                 "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                 "killed_by_side", "injured", "note"]
QUOTE_KEYS = {"speaker", "starts"}          # optional "note", as in the seed gold
RELATION_KEYS = {"a", "b", "kind", "evidence"}

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
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country"}
SATP_CHARS = re.compile(r"[^A-Za-z0-9 ,.()]")


def dev_top_keys():
    """Top-level key order of a dev gold file, if the dev set is reachable; else the built-in list."""
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        return TOP_KEYS, "built-in"
    with open(files[0], encoding="utf-8") as f:
        return list(json.load(f).keys()), os.path.basename(files[0])


def check_file(path, top_keys):
    errs, warns = [], []
    stem = os.path.basename(path)[:-len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(path), stem + ".txt")
    E = lambda msg: errs.append("%s: %s" % (stem, msg))
    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        return ["%s: JSON does not parse: %s" % (stem, e)], [], None, None
    if not os.path.exists(txt_path):
        return ["%s: missing %s" % (stem, os.path.basename(txt_path))], [], g, None
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()

    if list(g.keys()) != top_keys:
        E("top-level keys %s != dev %s" % (list(g.keys()), top_keys))
        return errs, warns, g, text
    if g["article"] != stem + ".txt":
        E("article %r does not name %s.txt" % (g["article"], stem))
    if g["about"] != "Hand-coded from the text alone.":
        E("about is %r" % g["about"])
    if not (g["publisher"] is None or isinstance(g["publisher"], str)):
        E("publisher must be a string or null")
    if isinstance(g["publisher"], str) and g["publisher"] not in text:
        E("publisher %r not in text" % g["publisher"])
    if list(g["cleaning"].keys()) != CLEANING_KEYS:
        E("cleaning keys %s" % list(g["cleaning"].keys()))

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            E("%s is not a non-empty string: %r" % (what, s))
        elif not re.search((r"(?<!\w)" if s[0].isalnum() else "") + re.escape(s)
                           + (r"(?!\w)" if s[-1].isalnum() else ""), text):
            E("%s not verbatim (as whole words) in text: %r" % (what, s))

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACTOR_KEYS:
            E("actor keys %s" % list(a.keys()))
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            E("actor %r acled_inter %r" % (a["canonical"], a["acled_inter"]))
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if list(p.keys()) != PERSON_KEYS:
            E("person keys %s" % list(p.keys()))
            continue
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != PLACE_KEYS:
            E("place keys %s" % list(p.keys()))
            continue
        verbatim(p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            E("place %r kind %r" % (p["name"], p["kind"]))
        if p["admin1"] is not None and p["admin1"] not in ADMIN1:
            E("place %r admin1 %r not a province name" % (p["name"], p["admin1"]))
        places[p["name"]] = p
    for q in g["quotes"]:
        if not QUOTE_KEYS <= set(q) <= QUOTE_KEYS | {"note"}:
            E("quote keys %s" % list(q))
        else:
            verbatim(q["starts"], "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        if set(r) != RELATION_KEYS:
            E("relation keys %s" % list(r))
    if not isinstance(g["actor_profiles"], dict):
        E("actor_profiles must be an object")

    for n, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % n
        if list(inc.keys()) != INCIDENT_KEYS:
            E("%s keys %s" % (tag, list(inc.keys())))
            continue
        verbatim(inc["what"], tag + " what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        loc = places.get(inc["location"])
        if loc is None:
            E("%s location %r is not one of the places" % (tag, inc["location"]))
        elif (loc["admin1"], loc["admin2"]) != (inc["admin1"], inc["admin2"]):
            E("%s admin %r/%r != place %r/%r" % (tag, inc["admin1"], inc["admin2"], loc["admin1"], loc["admin2"]))
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            E("%s invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD:
            E("%s invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        for k in ("actor1", "actor2"):
            v = inc[k]
            if v is not None and v not in canon and v not in GENERIC_ACTORS:
                E("%s %s %r is neither a listed actor nor a generic label" % (tag, k, v))
        if inc["country"] != "Pakistan":
            E("%s country %r" % (tag, inc["country"]))
        if inc["geo_precision"] not in (1, 2, 3):
            E("%s geo_precision %r" % (tag, inc["geo_precision"]))
        for k in ("killed", "injured"):
            v = inc[k]
            if v is not None and (not isinstance(v, int) or v < 0):
                E("%s %s %r" % (tag, k, v))
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            E("%s killed_by_side is not an object" % tag)
        else:
            bad = set(kbs) - SIDES
            if bad:
                E("%s unknown sides %s" % (tag, sorted(bad)))
            total = sum(v for v in kbs.values() if isinstance(v, int))
            if total > (inc["killed"] or 0):
                E("%s killed_by_side sums to %d > killed %r" % (tag, total, inc["killed"]))
        if not inc["note"]:
            warns.append("%s: %s has no note" % (stem, tag))

    odd = sorted(set(SATP_CHARS.findall(text)))
    if odd:
        warns.append("%s: characters outside the dev texts' set: %s" % (stem, "".join(odd)))
    return errs, warns, g, text


def stats(golds):
    words = {s: len(t.split()) for s, (g, t) in golds.items()}
    n_inc = Counter(len(g["incidents"]) for g, _ in golds.values())
    types, prov_inc, prov_rep, sides, gtd, pub = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    killed = injured = 0
    for s, (g, t) in golds.items():
        pub[g["publisher"]] += 1
        provs = set()
        for i in g["incidents"]:
            types["%s / %s" % (i["acled_event_type"], i["acled_sub_event_type"])] += 1
            gtd[i["gtd_attack_type"]] += 1
            prov_inc[i["admin1"]] += 1
            provs.add(i["admin1"])
            killed += i["killed"] or 0
            injured += i["injured"] or 0
            for k, v in i["killed_by_side"].items():
                sides[k] += v
        if not provs:
            provs = {p["admin1"] for p in g["places"] if p["admin1"]} or {None}
            provs = set(list(sorted(provs))[:1])
        for p in provs:
            prov_rep[p] += 1
    print("reports: %d   words: %d (mean %.0f, min %d, max %d)" % (
        len(golds), sum(words.values()), sum(words.values()) / len(words), min(words.values()),
        max(words.values())))
    print("reports by number of incidents:", dict(sorted(n_inc.items())))
    print("incidents: %d   killed: %d   injured: %d" % (sum(types.values()), killed, injured))
    print("killed by side:", dict(sides), " unassigned:", killed - sum(sides.values()))
    print("incidents by ACLED type:")
    for k, v in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %3d  %s" % (v, k))
    print("incidents by GTD attack type:", dict(gtd))
    print("incidents by admin1:", dict(prov_inc))
    print("reports by admin1 (of their incidents):", dict(prov_rep))
    print("publishers:", dict(pub))


def main(argv):
    want_stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    d = args[0] if args else HERE
    top_keys, ref = dev_top_keys()
    files = sorted(glob.glob(os.path.join(d, "FA-*.gold.json")))
    all_err, all_warn, golds = [], [], {}
    for p in files:
        e, w, g, t = check_file(p, top_keys)
        all_err += e
        all_warn += w
        if g is not None and t is not None and not e:
            golds[os.path.basename(p)[:-10]] = (g, t)
    txts = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(d, "FA-*.txt"))}
    for s in sorted(txts - {os.path.basename(p)[:-10] for p in files}):
        all_err.append("%s: report without gold file" % s)
    for m in all_err:
        print("ERROR", m)
    for m in all_warn:
        print("WARN ", m)
    print("checked %d gold files against key order of %s: %d errors, %d warnings" % (
        len(files), ref, len(all_err), len(all_warn)))
    if want_stats and golds:
        stats(golds)
    return 1 if all_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
