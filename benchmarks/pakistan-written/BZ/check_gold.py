#!/usr/bin/env python3
"""Check the BZ hand-coded gold files.

usage: python3 check_gold.py [--stats] [DIR]

Verifies, for every BZ-NN.gold.json beside its BZ-NN.txt:
  - the JSON parses;
  - top-level keys (and their order) match a dev gold file, and the keys of cleaning,
    actors, people, places, quotes, incidents, relations match the dev/seed shape;
  - `article` names the .txt beside it and `about` is the fixed string;
  - every quoted string appears verbatim in the report: incident what / date_text / location,
    place names, actor and person mentions, quote `starts`, not_incidents, relation and
    actor-profile evidence, and the cleaning strings that name damage (must_not_contain,
    keep_unchanged, near_duplicate_sentences, flag_as_damaged);
  - each must_contain string is the text with only spaces repaired (compared with spaces removed)
    and holds none of the must_not_contain damage;
  - each incident location is one of the file's places with the same admin1/admin2
    (a null location is accepted only with null admin1/admin2 and geo_precision 3);
  - ACLED event/sub-event pairs are valid, GTD attack types are valid or null;
  - actor1/actor2 are listed actors or one of the generic labels;
  - killed_by_side uses the dev side keys and never sums above killed;
  - report texts carry no apostrophes or hyphens (the house style).
Prints each error and the total; exit status 1 if any.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

DEV_TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
           "incidents", "not_incidents", "relations", "actor_profiles"]
CLEAN_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
              "flag_as_damaged"]
INC_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
QUOTE_KEYS = {"speaker", "starts"}
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
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown", None}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir", None}
PLACE_KINDS = {"town", "area", "district", "city", "province", "capital", "country"}


def dev_shape():
    """Key order of a dev gold file, when the dev set is reachable; else the copy above."""
    files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not files:
        return DEV_TOP, None
    d = json.load(open(files[0]))
    inc = None
    for f in files:
        g = json.load(open(f))
        if g["incidents"]:
            inc = list(g["incidents"][0])
            break
    return list(d), inc


def check_file(path, errors, dev_top, dev_inc):
    rid = os.path.basename(path)[:-len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(path), rid + ".txt")

    def err(msg):
        errors.append(f"{rid}: {msg}")

    try:
        g = json.load(open(path))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return None
    if not os.path.exists(txt_path):
        err("no .txt beside the gold file")
        return None
    text = open(txt_path).read()

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in text: {s!r}")

    # shape
    if list(g) != dev_top:
        err(f"top-level keys {list(g)} differ from dev {dev_top}")
        return None
    if g["article"] != rid + ".txt":
        err(f"article is {g['article']!r}")
    if g["about"] != "Hand-coded from the text alone.":
        err("about string differs")
    if g["publisher"] is not None:
        verbatim(g["publisher"], "publisher")
    if list(g["cleaning"]) != CLEAN_KEYS:
        err(f"cleaning keys {list(g['cleaning'])}")
    for a in g["actors"]:
        if list(a) != ACTOR_KEYS:
            err(f"actor keys {list(a)}")
    for p in g["people"]:
        if list(p) != PERSON_KEYS:
            err(f"person keys {list(p)}")
    for p in g["places"]:
        if list(p) != PLACE_KEYS:
            err(f"place keys {list(p)}")
    for q in g["quotes"]:
        if not QUOTE_KEYS <= set(q) <= QUOTE_KEYS | {"note"}:
            err(f"quote keys {list(q)}")
    for r in g["relations"]:
        if list(r) != RELATION_KEYS:
            err(f"relation keys {list(r)}")
    for i in g["incidents"]:
        if list(i) != (dev_inc or INC_KEYS):
            err(f"incident keys {list(i)}")
            return None

    # style
    if "'" in text or "\u2019" in text or "\u2018" in text:
        err("apostrophe in report text")
    if "-" in text:
        err("hyphen in report text")

    # cleaning
    cl = g["cleaning"]
    squash = re.sub(r"\s+", "", text)
    for s in cl["must_contain"]:
        if re.sub(r"\s+", "", s) not in squash:
            err(f"must_contain is not the text with only spaces repaired: {s!r}")
        for bad in cl["must_not_contain"]:
            if bad in s:
                err(f"must_contain {s!r} holds damage {bad!r}")
    for key in ("must_not_contain", "keep_unchanged", "flag_as_damaged"):
        for s in cl[key]:
            verbatim(s, f"cleaning.{key}")
    for pair in cl["near_duplicate_sentences"]:
        if len(pair) != 2:
            err(f"near_duplicate pair of length {len(pair)}")
        for s in pair:
            verbatim(s, "near_duplicate sentence")
        if len(pair) == 2 and pair[0] == pair[1] and text.count(pair[0]) < 2:
            err(f"exact duplicate listed but occurs once: {pair[0]!r}")

    # mentions
    canon = set()
    for a in g["actors"]:
        canon.add(a["canonical"])
        if a["kind"] == "state_force" and a["acled_inter"] != 1:
            err(f"state force {a['canonical']} inter {a['acled_inter']}")
        if a["kind"] == "armed_group" and a["acled_inter"] != 2:
            err(f"armed group {a['canonical']} inter {a['acled_inter']}")
        if a["acled_inter"] not in range(1, 9):
            err(f"bad inter for {a['canonical']}")
        if not a["mentions"]:
            err(f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in g["people"]:
        if not p["mentions"]:
            err(f"person {p['canonical']} has no mentions")
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in g["places"]:
        verbatim(p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            err(f"place kind {p['kind']!r}")
        if p["admin1"] not in ADMIN1:
            err(f"place admin1 {p['admin1']!r}")
        if p["name"] in places:
            err(f"place listed twice: {p['name']}")
        places[p["name"]] = p
    for q in g["quotes"]:
        verbatim(q["starts"], "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        verbatim(r["evidence"], "relation evidence")
        for side in ("a", "b"):
            if r[side] not in canon:
                err(f"relation actor {r[side]!r} not in actors")
    for name, prof in g["actor_profiles"].items():
        if name not in canon:
            err(f"profile for unlisted actor {name!r}")
        verbatim(prof.get("evidence"), "profile evidence")

    # incidents
    for n, i in enumerate(g["incidents"], 1):
        tag = f"incident {n}"
        verbatim(i["what"], f"{tag} what")
        verbatim(i["date_text"], f"{tag} date_text")
        if i["country"] != "Pakistan":
            err(f"{tag} country {i['country']!r}")
        ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{tag} invalid ACLED pair {ev!r} / {sub!r}")
        if i["gtd_attack_type"] not in GTD:
            err(f"{tag} invalid GTD type {i['gtd_attack_type']!r}")
        if ev in ("Protests", "Riots") or sub in ("Arrests", "Agreement", "Change to group/activity"):
            if i["gtd_attack_type"] is not None:
                err(f"{tag} {sub} should carry no GTD attack type")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC_ACTORS and i[k] not in canon:
                err(f"{tag} {k} {i[k]!r} is neither a listed actor nor a generic label")
        if i["admin1"] not in ADMIN1:
            err(f"{tag} admin1 {i['admin1']!r}")
        if i["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {i['geo_precision']!r}")
        loc = i["location"]
        if loc is None:
            if i["admin1"] is not None or i["admin2"] is not None or i["geo_precision"] != 3:
                err(f"{tag} null location needs null admin1/admin2 and precision 3")
        else:
            verbatim(loc, f"{tag} location")
            p = places.get(loc)
            if p is None:
                err(f"{tag} location {loc!r} is not one of the places")
            elif (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                err(f"{tag} admin {i['admin1']}/{i['admin2']} differs from place {loc}: "
                    f"{p['admin1']}/{p['admin2']}")
        k, kbs, inj = i["killed"], i["killed_by_side"], i["injured"]
        if k is not None and (not isinstance(k, int) or k < 0):
            err(f"{tag} killed {k!r}")
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag} injured {inj!r}")
        if not isinstance(kbs, dict):
            err(f"{tag} killed_by_side not an object")
            continue
        for side, v in kbs.items():
            if side not in SIDES:
                err(f"{tag} unknown side {side!r}")
            if not isinstance(v, int) or v <= 0:
                err(f"{tag} side count {side}={v!r}")
        if kbs and (k is None or sum(kbs.values()) > k):
            err(f"{tag} killed_by_side sums to {sum(kbs.values())} > killed {k}")
        if not i["note"]:
            err(f"{tag} has no note")
    return g, text


def stats(loaded):
    from collections import Counter
    words = sum(len(t.split()) for _, t in loaded)
    ev, sub, prov, sides, ninc = Counter(), Counter(), Counter(), Counter(), Counter()
    killed = injured = 0
    for g, _ in loaded:
        ninc[len(g["incidents"])] += 1
        for i in g["incidents"]:
            ev[i["acled_event_type"]] += 1
            sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
            prov[i["admin1"] or "(none)"] += 1
            killed += i["killed"] or 0
            injured += i["injured"] or 0
            for s, v in i["killed_by_side"].items():
                sides[s] += v
            sides["(no side)"] += (i["killed"] or 0) - sum(i["killed_by_side"].values())
    print(f"reports {len(loaded)}, words {words}, incidents {sum(ev.values())}")
    print("reports by incident count:", dict(sorted(ninc.items())))
    print("by ACLED type:", dict(ev.most_common()))
    print("by sub-type:")
    for (e, s), n in sorted(sub.items()):
        print(f"  {e} / {s}: {n}")
    print("by admin1:", dict(prov.most_common()))
    print(f"killed {killed} (by side: {dict(sides)}), injured {injured}")


def main(argv):
    show = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else HERE
    dev_top, dev_inc = dev_shape()
    errors, loaded = [], []
    files = sorted(glob.glob(os.path.join(folder, "BZ-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "BZ-*.txt")))
    if len(files) != len(txts):
        errors.append(f"{len(files)} gold files but {len(txts)} texts")
    for f in files:
        r = check_file(f, errors, dev_top, dev_inc)
        if r:
            loaded.append(r)
    for e in errors:
        print(e)
    print(f"{len(files)} gold files checked, {len(errors)} errors")
    if show:
        stats(loaded)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
