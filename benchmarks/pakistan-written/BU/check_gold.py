#!/usr/bin/env python3
"""Checks the BU hand-coded gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [--stats] [DIR]

Errors (each counted):
  - a gold file does not parse as JSON, or its report .txt is missing;
  - top-level keys (and their order) differ from a dev gold file; cleaning, actor, person, place,
    incident keys differ from the dev files; quote / relation keys differ from the seed gold;
  - `article` is not the .txt beside it, or `about` is not "Hand-coded from the text alone.";
  - a `what`, `date_text`, `location`, place `name`, actor or person `mention`, `not_incidents` entry
    or quote `starts` does not appear word for word in the report;
  - an incident `location` is not one of the file's places, or its admin1/admin2 differ from that place's;
  - an ACLED event type / sub-event type pair is not valid; a GTD attack type is not a GTD type;
  - killed_by_side has an unknown side, a non-integer or negative count, or sums above `killed`;
  - actor1/actor2 is neither a listed actor's canonical name nor a generic label;
  - geo_precision is not 1, 2 or 3; admin1 is not a Pakistani province or territory;
  - the report text holds an apostrophe or a hyphen (the style drops them).
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = "/work/shared/benchmarks/pakistan-gold-dev"
SEED = "/work/shared/seed/article-001.gold.json"

# Used only if the dev folder cannot be read; taken from the dev files.
FALLBACK = {
    "top": ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes", "incidents",
            "not_incidents", "relations", "actor_profiles"],
    "cleaning": ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"],
    "actor": ["canonical", "kind", "acled_inter", "mentions"],
    "person": ["canonical", "mentions", "roles"],
    "place": ["name", "kind", "admin1", "admin2"],
    "incident": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2", "country",
                 "admin1", "admin2", "location", "geo_precision", "date_text", "killed", "killed_by_side", "injured",
                 "note"],
    "quote": ["speaker", "starts"],
    "relation": ["a", "b", "kind", "evidence"],
}

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
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"civilians", "militants", "security_forces", "unknown"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory", "Gilgit-Baltistan",
          "Azad Jammu and Kashmir", None}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country", "capital"}
ACTOR_KINDS = {"state_force", "armed_group", "militia", "political_party", "other"}


def reference_shape():
    """Key lists from the dev gold files (union over all of them) and the seed gold."""
    shape = {k: list(v) for k, v in FALLBACK.items()}
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        print(f"note: {DEV_DIR} not readable; using the built-in key lists")
        return shape, set()
    tops = set()
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        tops.add(tuple(d))
        shape["cleaning"] = list(d["cleaning"])
        for a in d["actors"]:
            shape["actor"] = list(a)
        for p in d["people"]:
            shape["person"] = list(p)
        for p in d["places"]:
            shape["place"] = list(p)
        for i in d["incidents"]:
            shape["incident"] = list(i)
    if len(tops) == 1:
        shape["top"] = list(next(iter(tops)))
    if os.path.exists(SEED):
        s = json.load(open(SEED, encoding="utf-8"))
        if s.get("quotes"):
            shape["quote"] = [k for k in s["quotes"][0] if k != "note"]
        if s.get("relations"):
            shape["relation"] = list(s["relations"][0])
    return shape, tops


def check_file(path, shape, dev_tops, errs):
    name = os.path.basename(path)
    rid = name[: -len(".gold.json")]

    def err(msg):
        errs.append(f"{name}: {msg}")

    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return None
    txt_path = os.path.join(os.path.dirname(path), rid + ".txt")
    if not os.path.exists(txt_path):
        err("no report .txt beside it")
        return None
    text = open(txt_path, encoding="utf-8").read()

    if list(d) != shape["top"] or (dev_tops and tuple(d) not in dev_tops):
        err(f"top-level keys {list(d)} differ from the dev gold files {shape['top']}")
        return None
    if d["article"] != rid + ".txt":
        err(f"article is {d['article']!r}, expected {rid + '.txt'!r}")
    if d["about"] != "Hand-coded from the text alone.":
        err("about is not 'Hand-coded from the text alone.'")
    if list(d["cleaning"]) != shape["cleaning"]:
        err("cleaning keys differ from the dev files")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what} is empty or not a string: {s!r}")
        elif s not in text:
            err(f"{what} not found verbatim in the report: {s!r}")

    for c in ("'", "\u2019", "\u2018", "-", "\u2013", "\u2014"):
        if c in text:
            err(f"report text holds {c!r} (style drops apostrophes and hyphens)")

    canon = set()
    for a in d["actors"]:
        if list(a) != shape["actor"]:
            err(f"actor keys {list(a)} differ from {shape['actor']}")
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            err(f"actor {a['canonical']}: unknown kind {a['kind']!r}")
        if a["acled_inter"] not in range(1, 9):
            err(f"actor {a['canonical']}: acled_inter {a['acled_inter']!r} not 1..8")
        if not a["mentions"]:
            err(f"actor {a['canonical']}: no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in d["people"]:
        if list(p) != shape["person"]:
            err(f"person keys {list(p)} differ from {shape['person']}")
            continue
        if not p["mentions"]:
            err(f"person {p['canonical']}: no mentions")
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in d["places"]:
        if list(p) != shape["place"]:
            err(f"place keys {list(p)} differ from {shape['place']}")
            continue
        verbatim(p["name"], "place name")
        if p["name"] in places:
            err(f"place {p['name']!r} listed twice")
        places[p["name"]] = p
        if p["kind"] not in PLACE_KINDS:
            err(f"place {p['name']}: unknown kind {p['kind']!r}")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']}: admin1 {p['admin1']!r} not a Pakistani province/territory")
        if p["kind"] == "province" and p["admin2"] is not None:
            err(f"place {p['name']}: a province has admin2 null")
    for q in d["quotes"]:
        if [k for k in q if k != "note"] != shape["quote"]:
            err(f"quote keys {list(q)} differ from {shape['quote']}")
            continue
        verbatim(q["starts"], "quote start")
    for n in d["not_incidents"]:
        verbatim(n, "not_incidents entry")
    for r in d["relations"]:
        if list(r) != shape["relation"]:
            err(f"relation keys {list(r)} differ from {shape['relation']}")
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")

    for k, inc in enumerate(d["incidents"], 1):
        tag = f"incident {k}"
        if list(inc) != shape["incident"]:
            err(f"{tag}: keys {list(inc)} differ from {shape['incident']}")
            continue
        verbatim(inc["what"], f"{tag} what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], f"{tag} date_text")
        if inc["location"] is not None:
            verbatim(inc["location"], f"{tag} location")
            pl = places.get(inc["location"])
            if pl is None:
                err(f"{tag}: location {inc['location']!r} is not one of the file's places")
            elif (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f"{tag}: admin1/admin2 {(inc['admin1'], inc['admin2'])} differ from place "
                    f"{inc['location']!r} {(pl['admin1'], pl['admin2'])}")
        if inc["country"] != "Pakistan":
            err(f"{tag}: country is {inc['country']!r}")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag}: invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD:
            err(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a is not None and a not in canon and a not in GENERIC:
                err(f"{tag}: {side} {a!r} is neither a listed actor nor a generic label")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {inc['geo_precision']!r} not 1..3")
        killed = inc["killed"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            err(f"{tag}: killed {killed!r} is not a non-negative integer")
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(f"{tag}: injured {inc['injured']!r} is not a non-negative integer")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side is not an object")
            continue
        for s, n in kbs.items():
            if s not in SIDES:
                err(f"{tag}: unknown side {s!r}")
            if not isinstance(n, int) or n < 0:
                err(f"{tag}: killed_by_side[{s}] = {n!r} is not a non-negative integer")
        total = sum(n for n in kbs.values() if isinstance(n, int))
        if total > (killed or 0):
            err(f"{tag}: killed_by_side sums to {total}, above killed = {killed}")
        if not inc["note"]:
            err(f"{tag}: no note")
    return d, text


def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else HERE
    shape, dev_tops = reference_shape()
    files = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    errs = []
    loaded = []
    for f in files:
        res = check_file(f, shape, dev_tops, errs)
        if res:
            loaded.append((os.path.basename(f), *res))
    txts = sorted(glob.glob(os.path.join(folder, "*.txt")))
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errs.append(f"{os.path.basename(t)}: no gold file beside it")
    for e in errs:
        print("ERROR", e)
    print(f"{len(files)} gold files, {sum(len(d['incidents']) for _, d, _ in loaded)} incidents, {len(errs)} errors")
    if stats:
        print_stats(loaded)
    return 1 if errs else 0


def print_stats(loaded):
    words = [len(re.findall(r"\S+", t)) for _, _, t in loaded]
    per_report = collections.Counter(len(d["incidents"]) for _, d, _ in loaded)
    by_type = collections.Counter()
    by_prov = collections.Counter()
    by_prov_reports = collections.Counter()
    gtd = collections.Counter()
    sides = collections.Counter()
    killed = 0
    for name, d, _ in loaded:
        provs = set()
        for i in d["incidents"]:
            by_type[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
            by_prov[i["admin1"]] += 1
            provs.add(i["admin1"])
            gtd[i["gtd_attack_type"]] += 1
            killed += i["killed"] or 0
            for s, n in i["killed_by_side"].items():
                sides[s] += n
        if not provs:
            provs = {p["admin1"] for p in d["places"] if p["admin1"]}
        for p in provs:
            by_prov_reports[p] += 1
    print(f"\nreports: {len(loaded)}; words: {sum(words)} (min {min(words)}, max {max(words)}, "
          f"mean {sum(words) / len(words):.0f})")
    print("reports by number of incidents:", dict(sorted(per_report.items())))
    print("incidents by ACLED event type:")
    for et in ACLED:
        n = sum(v for (e, _), v in by_type.items() if e == et)
        if n:
            print(f"  {et}: {n}")
            for (e, s), v in sorted(by_type.items()):
                if e == et:
                    print(f"    {s}: {v}")
    print("incidents by GTD attack type:", dict(gtd.most_common()))
    print("incidents by admin1:", dict(by_prov.most_common()))
    print("reports touching each admin1 (by incident, else by place):", dict(by_prov_reports.most_common()))
    print(f"killed: {killed}; by side: {dict(sides)}; without a side: {killed - sum(sides.values())}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
