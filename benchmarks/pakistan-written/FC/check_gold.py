#!/usr/bin/env python3
"""Check the hand-coded FC gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [--stats] [DIR]

Checks, for every FC-NN.gold.json beside FC-NN.txt:
  - the JSON parses;
  - top-level keys (and their order) match a dev gold file; nested keys of cleaning,
    actors, people, places, quotes and incidents match the dev/seed shape;
  - `article` names the .txt beside it, `about` is the fixed phrase;
  - every `what`, `date_text`, `location`, place `name`, actor / person `mention` and
    every `not_incidents` string appears word for word (case-sensitive) in the report;
  - each incident `location` is one of the file's places, with the same admin1/admin2;
  - ACLED event/sub-event pairs are valid; GTD attack types are valid or null;
  - actor1/actor2 are a listed actor's canonical name or an allowed generic label;
  - killed_by_side uses known sides and never sums above `killed`;
  - geo_precision is 1-3; the report has 90-300 words.
Prints one line per error and a final count. --stats prints the counts used in README.md.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))
SEED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "seed", "article-001.gold.json"))
DEV_REF = "satp-sa-dev-0.gold.json"  # any dev file; all 40 share one shape

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ABOUT = "Hand-coded from the text alone."


def load_reference_shape():
    with open(os.path.join(DEV, DEV_REF), encoding="utf-8") as fh:
        ref = json.load(fh)
    shape = {"top": list(ref.keys()), "cleaning": list(ref["cleaning"].keys())}
    # union of nested keys over all dev files (some lists are empty in some files)
    nested = {"actors": None, "people": None, "places": None, "incidents": None}
    for name in sorted(os.listdir(DEV)):
        if not name.endswith(".gold.json"):
            continue
        with open(os.path.join(DEV, name), encoding="utf-8") as fh:
            g = json.load(fh)
        if list(g.keys()) != shape["top"]:
            continue
        for k in nested:
            for item in g.get(k, []):
                if nested[k] is None:
                    nested[k] = list(item.keys())
    shape.update(nested)
    with open(SEED, encoding="utf-8") as fh:
        seed = json.load(fh)
    shape["quotes"] = list(seed["quotes"][0].keys())        # speaker, starts (+ optional note)
    shape["relations"] = list(seed["relations"][0].keys())  # a, b, kind, evidence
    return shape


def check_file(gold_path, shape, errors):
    base = os.path.basename(gold_path)[: -len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(gold_path), base + ".txt")

    def err(msg):
        errors.append(f"{base}: {msg}")

    try:
        with open(gold_path, encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        err(f"JSON does not parse: {exc}")
        return None
    if not os.path.exists(txt_path):
        err("no report beside the gold file")
        return None
    with open(txt_path, encoding="utf-8") as fh:
        text = fh.read()

    if list(g.keys()) != shape["top"]:
        err(f"top-level keys {list(g.keys())} != dev {shape['top']}")
        return None
    if g["article"] != base + ".txt":
        err(f"article {g['article']!r} != {base}.txt")
    if g["about"] != ABOUT:
        err("about is not the fixed phrase")
    if list(g["cleaning"].keys()) != shape["cleaning"]:
        err("cleaning keys differ from dev")
    for k in ("must_contain", "keep_unchanged", "flag_as_damaged"):
        for s in g["cleaning"].get(k, []):
            if s not in text:
                err(f"cleaning.{k} string not in text: {s!r}")

    words = len(text.split())
    if not 90 <= words <= 300:
        err(f"report has {words} words (want 90-300)")

    def verbatim(label, s):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            err(f"{label} not verbatim in report: {s!r}")

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != shape["actors"]:
            err(f"actor keys {list(a.keys())} != {shape['actors']}")
        canon.add(a["canonical"])
        if not isinstance(a.get("acled_inter"), int) or not 1 <= a["acled_inter"] <= 8:
            err(f"actor {a['canonical']!r} acled_inter not 1-8")
        if not a["mentions"]:
            err(f"actor {a['canonical']!r} has no mentions")
        for m in a["mentions"]:
            verbatim(f"actor mention ({a['canonical']})", m)
    for p in g["people"]:
        if list(p.keys()) != shape["people"]:
            err(f"people keys {list(p.keys())} != {shape['people']}")
        for m in p["mentions"]:
            verbatim(f"person mention ({p['canonical']})", m)
    places = {}
    for pl in g["places"]:
        if list(pl.keys()) != shape["places"]:
            err(f"place keys {list(pl.keys())} != {shape['places']}")
        verbatim("place name", pl["name"])
        if pl["name"] in places:
            err(f"place listed twice: {pl['name']!r}")
        places[pl["name"]] = pl
    for q in g["quotes"]:
        if [k for k in q.keys() if k != "note"] != shape["quotes"][:2]:
            err(f"quote keys {list(q.keys())} != {shape['quotes']}")
        verbatim("quote start", q.get("starts"))
    for r in g["relations"]:
        if list(r.keys()) != shape["relations"]:
            err(f"relation keys {list(r.keys())} != {shape['relations']}")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles is not an object")
    for s in g["not_incidents"]:
        verbatim("not_incidents string", s)

    for i, inc in enumerate(g["incidents"], 1):
        tag = f"incident {i}"
        if list(inc.keys()) != shape["incidents"]:
            err(f"{tag} keys {list(inc.keys())} != {shape['incidents']}")
            continue
        verbatim(f"{tag} what", inc["what"])
        verbatim(f"{tag} date_text", inc["date_text"])
        verbatim(f"{tag} location", inc["location"])
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag} invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
            err(f"{tag} invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a is not None and a not in canon and a not in GENERIC_ACTORS:
                err(f"{tag} {side} {a!r} is neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            err(f"{tag} country {inc['country']!r}")
        loc = inc["location"]
        if loc not in places:
            err(f"{tag} location {loc!r} is not one of the file's places")
        else:
            pl = places[loc]
            if (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f"{tag} admin1/admin2 {inc['admin1']}/{inc['admin2']} != place "
                    f"{pl['admin1']}/{pl['admin2']}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {inc['geo_precision']!r}")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag} killed_by_side not an object")
            continue
        for k, v in kbs.items():
            if k not in SIDES:
                err(f"{tag} unknown side {k!r}")
            if not isinstance(v, int) or v < 0:
                err(f"{tag} side count {k}={v!r}")
        killed = inc["killed"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            err(f"{tag} killed {killed!r}")
        if kbs and (killed is None or sum(kbs.values()) > killed):
            err(f"{tag} killed_by_side sums to {sum(kbs.values())} > killed {killed}")
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag} injured {inj!r}")
        if not inc.get("note"):
            err(f"{tag} has no note")
    return g, words


def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = os.path.abspath(args[0]) if args else HERE
    shape = load_reference_shape()
    errors = []
    golds = sorted(f for f in os.listdir(folder) if re.fullmatch(r"FC-\d\d\.gold\.json", f))
    txts = sorted(f for f in os.listdir(folder) if re.fullmatch(r"FC-\d\d\.txt", f))
    for t in txts:
        if t[:-4] + ".gold.json" not in golds:
            errors.append(f"{t}: no gold file beside it")
    results = {}
    for f in golds:
        r = check_file(os.path.join(folder, f), shape, errors)
        if r:
            results[f] = r
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {len(txts)} reports checked: {len(errors)} errors")
    if stats:
        print_stats(results)
    return 1 if errors else 0


def print_stats(results):
    words = [w for _, w in results.values()]
    incs = [i for g, _ in results.values() for i in g["incidents"]]
    print(f"\nreports: {len(results)}; words: total {sum(words)}, min {min(words)}, "
          f"max {max(words)}, mean {sum(words) / len(words):.0f}")
    print(f"incidents: {len(incs)}; reports with no incident: "
          f"{sum(1 for g, _ in results.values() if not g['incidents'])}; "
          f"not_incidents strings: {sum(len(g['not_incidents']) for g, _ in results.values())}")
    print("by ACLED type / sub-type:")
    for (et, st), n in sorted(Counter((i["acled_event_type"], i["acled_sub_event_type"])
                                       for i in incs).items()):
        print(f"  {et} / {st}: {n}")
    print("by admin1:", dict(Counter(i["admin1"] for i in incs)))
    print("by admin2:", dict(sorted(Counter(i["admin2"] for i in incs).items())))
    print("by GTD attack type:", dict(Counter(str(i["gtd_attack_type"]) for i in incs)))
    print("actor1:", dict(Counter(i["actor1"] for i in incs)))
    print("actor2:", dict(Counter(str(i["actor2"]) for i in incs)))
    killed = sum(i["killed"] or 0 for i in incs)
    injured = sum(i["injured"] or 0 for i in incs)
    sides = Counter()
    for i in incs:
        sides.update(i["killed_by_side"])
    print(f"killed: {killed} (by side {dict(sides)}, no side {killed - sum(sides.values())}); "
          f"injured: {injured}")
    print("geo_precision:", dict(Counter(i["geo_precision"] for i in incs)))
    print("date_text null:", sum(1 for i in incs if i["date_text"] is None))
    print("publishers:", dict(Counter(str(g["publisher"]) for g, _ in results.values())))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
