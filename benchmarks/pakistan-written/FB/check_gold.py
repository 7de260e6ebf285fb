#!/usr/bin/env python3
"""Check the hand-coded FB gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [--stats]

Checks, for every FB-NN.gold.json beside this script:
  - the JSON parses, `article` names the .txt beside it, `about` is the fixed string;
  - top-level keys (and their order) match a dev gold file; item keys of cleaning, actors,
    people, places, incidents match the dev files; quotes, relations and actor_profiles match
    the seed gold (the only gold with non-empty examples of them);
  - every incident `what`, `date_text`, `location`, place `name`, actor/person mention, quote
    `starts`, relation/profile `evidence` and not_incidents string appears word for word in
    the report; cleaning strings are consistent with the raw text;
  - each incident location is one of the file's places with the same admin1/admin2;
  - ACLED event type / sub-event pairs are valid, GTD attack and target types are valid;
  - killed_by_side uses known sides and never sums above killed;
  - actor1/actor2, relation ends and profile keys name a listed actor or a generic label;
  - quote speakers are listed people (or 'unnamed ...').
Prints every error and a final count; exits 1 if there are errors.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
SEED = "/work/shared/seed/article-001.gold.json"

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia",
              "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
              "Abortion Related"}
SIDES = {"security_forces", "civilians", "militants"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
ACTOR_KINDS = {"armed_group", "state_force"}
RELATION_KINDS = {"allied", "hostile", "splinter_of", "faction_of", "member_of", "merged_into", "front_of"}
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}
ABOUT = "Hand-coded from the text alone."


def load_dev_shape():
    files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not files:
        sys.exit("dev gold files not found at " + DEV)
    top = None
    cleaning = None
    item_keys = {"actors": set(), "people": set(), "places": set()}
    incident_order = None
    for f in files:
        g = json.load(open(f, encoding="utf-8"))
        keys = list(g.keys())
        if top is None:
            top = keys
        elif keys != top:
            sys.exit("dev files disagree on top-level keys: " + f)
        ck = list(g["cleaning"].keys())
        cleaning = cleaning or ck
        for sec in item_keys:
            for it in g[sec]:
                item_keys[sec].add(tuple(it.keys()))
        for inc in g["incidents"]:
            if incident_order is None:
                incident_order = list(inc.keys())
            elif list(inc.keys()) != incident_order:
                sys.exit("dev files disagree on incident keys: " + f)
    seed = json.load(open(SEED, encoding="utf-8"))
    quote_keys = {tuple(q.keys()) for q in seed["quotes"]}
    rel_keys = {tuple(r.keys()) for r in seed["relations"]}
    return top, cleaning, item_keys, incident_order, quote_keys, rel_keys


def squash(s):
    return re.sub(r"\s+", "", s)


def check_file(path, shape, errors, stats):
    top, cleaning_keys, item_keys, incident_order, quote_keys, rel_keys = shape
    name = os.path.basename(path)
    def err(msg):
        errors.append(f"{name}: {msg}")
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(HERE, txt_name)
    if not os.path.exists(txt_path):
        err("report missing: " + txt_name)
        return
    text = open(txt_path, encoding="utf-8").read()
    stats["words"][txt_name] = len(text.split())

    if list(g.keys()) != top:
        err(f"top-level keys {list(g.keys())} != dev {top}")
        return
    if g["article"] != txt_name:
        err(f"article {g['article']!r} != {txt_name!r}")
    if g["about"] != ABOUT:
        err("about string differs")
    if g["publisher"] is not None and g["publisher"] not in text:
        err(f"publisher {g['publisher']!r} not named in the text")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what}: empty or not a string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in report: {s!r}")

    # cleaning
    c = g["cleaning"]
    if list(c.keys()) != cleaning_keys:
        err(f"cleaning keys {list(c.keys())} != {cleaning_keys}")
    else:
        for s in c["must_not_contain"] + c["keep_unchanged"] + c["flag_as_damaged"]:
            verbatim(s, "cleaning string")
        for pair in c["near_duplicate_sentences"]:
            if not isinstance(pair, list) or len(pair) < 2:
                err(f"near_duplicate_sentences entry not a list of 2+: {pair!r}")
            for s in pair:
                verbatim(s, "near-duplicate sentence")
        for s in c["must_contain"]:
            if squash(s) not in squash(text):
                err(f"must_contain not recoverable from raw text (ignoring spacing): {s!r}")

    # actors
    canon = set()
    for a in g["actors"]:
        if tuple(a.keys()) not in item_keys["actors"]:
            err(f"actor keys {list(a.keys())} not a dev shape")
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            err(f"actor kind {a['kind']!r}")
        if a["acled_inter"] not in range(1, 9):
            err(f"acled_inter {a['acled_inter']!r}")
        if a["kind"] == "state_force" and a["acled_inter"] != 1:
            err(f"state force {a['canonical']} not inter 1")
        if a["kind"] == "armed_group" and a["acled_inter"] not in (2, 3, 4):
            err(f"armed group {a['canonical']} has inter {a['acled_inter']}")
        if not a["mentions"]:
            err(f"actor {a['canonical']} without mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    if canon & GENERIC_ACTORS:
        err(f"generic labels listed as actors: {sorted(canon & GENERIC_ACTORS)}")
    if len(canon) != len(g["actors"]):
        err("duplicate actor canonical names")

    # people
    persons = set()
    for p in g["people"]:
        if tuple(p.keys()) not in item_keys["people"]:
            err(f"person keys {list(p.keys())} not a dev shape")
            continue
        persons.add(p["canonical"])
        if not p["mentions"]:
            err(f"person {p['canonical']} without mentions")
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
        if not p["roles"]:
            err(f"person {p['canonical']} without roles")

    # places
    places = {}
    for pl in g["places"]:
        if tuple(pl.keys()) not in item_keys["places"]:
            err(f"place keys {list(pl.keys())} not a dev shape")
            continue
        verbatim(pl["name"], "place name")
        if pl["name"] in places:
            err(f"duplicate place {pl['name']!r}")
        places[pl["name"]] = pl
        if pl["admin1"] not in ADMIN1:
            err(f"place {pl['name']} admin1 {pl['admin1']!r}")
        if pl["kind"] == "district" and not pl["admin2"]:
            err(f"district {pl['name']} without admin2")

    # quotes
    for q in g["quotes"]:
        if tuple(q.keys()) not in quote_keys and tuple(q.keys()) != ("speaker", "starts"):
            err(f"quote keys {list(q.keys())}")
            continue
        verbatim(q["starts"], "quote start")
        if q["speaker"] not in persons and not q["speaker"].startswith("unnamed"):
            err(f"quote speaker {q['speaker']!r} not among people")

    # incidents
    for i, inc in enumerate(g["incidents"], 1):
        tag = f"incident {i}"
        if list(inc.keys()) != incident_order:
            err(f"{tag}: keys {list(inc.keys())} != dev {incident_order}")
            continue
        verbatim(inc["what"], f"{tag} what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], f"{tag} date_text")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag}: invalid ACLED pair {et!r}/{st!r}")
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
            err(f"{tag}: GTD attack type {inc['gtd_attack_type']!r}")
        if et in ("Protests", "Strategic developments") and st != "Disrupted weapons use" \
                and st != "Looting/property destruction" and inc["gtd_attack_type"] is not None:
            err(f"{tag}: {st} should carry no GTD attack type")
        for side in ("actor1", "actor2"):
            v = inc[side]
            if v is not None and v not in canon and v not in GENERIC_ACTORS:
                err(f"{tag}: {side} {v!r} is neither a listed actor nor a generic label")
        if "Protesters" in (inc["actor1"], inc["actor2"]) and et != "Protests":
            err(f"{tag}: generic label Protesters outside a Protests event")
        if inc["country"] != "Pakistan":
            err(f"{tag}: country {inc['country']!r}")
        loc = inc["location"]
        if loc is not None:
            verbatim(loc, f"{tag} location")
            pl = places.get(loc)
            if pl is None:
                err(f"{tag}: location {loc!r} is not among places")
            elif (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f"{tag}: location {loc!r} admin {pl['admin1']}/{pl['admin2']} != incident "
                    f"{inc['admin1']}/{inc['admin2']}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {inc['geo_precision']!r}")
        k = inc["killed"]
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side not a dict")
            kbs = {}
        for s, n in kbs.items():
            if s not in SIDES:
                err(f"{tag}: unknown side {s!r}")
            if not isinstance(n, int) or n < 0:
                err(f"{tag}: bad count {n!r} for {s}")
        if k is None:
            if kbs:
                err(f"{tag}: killed_by_side given with killed null")
        elif not isinstance(k, int) or k < 0:
            err(f"{tag}: killed {k!r}")
        elif sum(kbs.values()) > k:
            err(f"{tag}: killed_by_side sums to {sum(kbs.values())} > killed {k}")
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(f"{tag}: injured {inc['injured']!r}")
        if not inc["note"]:
            err(f"{tag}: empty note")
        stats["incidents"].append((name, et, st, inc["admin1"], k or 0, kbs))

    # not_incidents
    if not isinstance(g["not_incidents"], list):
        err("not_incidents not a list")
    else:
        for s in g["not_incidents"]:
            verbatim(s, "not_incident")

    # relations
    for r in g["relations"]:
        if tuple(r.keys()) not in rel_keys:
            err(f"relation keys {list(r.keys())}")
            continue
        for end in ("a", "b"):
            if r[end] not in canon:
                err(f"relation end {r[end]!r} not a listed actor")
        if r["kind"] not in RELATION_KINDS:
            err(f"relation kind {r['kind']!r}")
        verbatim(r["evidence"], "relation evidence")

    # actor profiles
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles not a dict")
    else:
        for actor, prof in g["actor_profiles"].items():
            if actor not in canon:
                err(f"profile for unlisted actor {actor!r}")
            if not set(prof) <= PROFILE_KEYS or "evidence" not in prof:
                err(f"profile keys {list(prof)} for {actor}")
                continue
            verbatim(prof["evidence"], f"profile evidence ({actor})")
            for t in prof.get("gtd_attack_types", []):
                if t not in GTD_ATTACK:
                    err(f"profile {actor}: GTD attack type {t!r}")
            for t in prof.get("gtd_target_types", []):
                if t not in GTD_TARGET:
                    err(f"profile {actor}: GTD target type {t!r}")
            for a in prof.get("area", []):
                if a not in places:
                    err(f"profile {actor}: area {a!r} is not among places")


def main():
    shape = load_dev_shape()
    errors = []
    stats = {"words": {}, "incidents": []}
    golds = sorted(glob.glob(os.path.join(HERE, "FB-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "FB-*.txt")))
    if len(golds) != len(txts):
        errors.append(f"{len(txts)} reports but {len(golds)} gold files")
    for f in golds:
        check_file(f, shape, errors, stats)
    for e in errors:
        print("ERROR", e)
    if "--stats" in sys.argv:
        from collections import Counter
        words = stats["words"]
        print(f"reports: {len(words)}; words: {sum(words.values())} "
              f"(min {min(words.values())}, max {max(words.values())})")
        for k, v in sorted(words.items()):
            print(f"  {k}: {v} words")
        inc = stats["incidents"]
        print(f"incidents: {len(inc)}")
        for (t, s), n in sorted(Counter((i[1], i[2]) for i in inc).items()):
            print(f"  {t} / {s}: {n}")
        print("by admin1:")
        for a, n in sorted(Counter(str(i[3]) for i in inc).items()):
            print(f"  {a}: {n}")
        side = Counter()
        for i in inc:
            side.update(i[5])
        tot = sum(i[4] for i in inc)
        print(f"killed: {tot}; by side: {dict(side)}; unassigned: {tot - sum(side.values())}")
        print("incidents per report:", dict(Counter(i[0] for i in inc)))
    print(f"{len(golds)} gold files checked, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
