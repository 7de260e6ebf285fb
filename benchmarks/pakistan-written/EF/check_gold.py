#!/usr/bin/env python3
"""Checks the EF gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [--stats]

Checks, for every EF-NN.gold.json in this folder:
  - the JSON parses; top-level keys (and their order) match a dev gold file; the keys of cleaning,
    actors, people, places, incidents match the dev files; quotes/relations match the seed shape;
  - `article` names the .txt beside it, which exists; `about` is the fixed phrase;
  - every quoted string appears verbatim in the report: incident what / date_text / location,
    place names, actor and person mentions, quote `starts`, not_incidents, relation evidence;
  - each incident location is one of the file's places, with the same admin1/admin2;
  - ACLED event/sub-event pairs and GTD attack types are valid (shared/CONVENTIONS.md);
  - actor1/actor2 are a listed actor's canonical name or a generic label; relation ends are actors;
  - killed_by_side uses known sides, non-negative integers, and never sums above killed;
  - geo_precision is 1-3, acled_inter 1-8, country is Pakistan, report length is 60-300 words.
Prints every error and a final count; exit status 1 if any.
"""
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))
SEED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "seed", "article-001.gold.json"))

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
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Gilgit-Baltistan",
          "Azad Jammu and Kashmir", "Islamabad Capital Territory"}


def dev_shapes():
    files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not files:
        sys.exit("dev gold files not found at " + DEV)
    top, sub = set(), defaultdict(set)
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        top.add(tuple(d.keys()))
        sub["cleaning"].add(tuple(d["cleaning"].keys()))
        for k in ("actors", "people", "places", "incidents"):
            for x in d[k]:
                sub[k].add(tuple(x.keys()))
    seed = json.load(open(SEED, encoding="utf-8"))
    for k in ("quotes", "relations"):
        for x in seed[k]:
            sub[k].add(tuple(x.keys()))
    return top, sub


def check_file(path, top, sub, errs):
    base = os.path.basename(path)

    def err(msg):
        errs.append("%s: %s" % (base, msg))

    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None, None
    if tuple(d.keys()) not in top:
        err("top-level keys %s differ from the dev gold files" % list(d.keys()))
        return None, None
    stem = base[: -len(".gold.json")]
    if d["article"] != stem + ".txt":
        err("article is %r, expected %r" % (d["article"], stem + ".txt"))
    if d["about"] != "Hand-coded from the text alone.":
        err("about is %r" % d["about"])
    txt_path = os.path.join(os.path.dirname(path), stem + ".txt")
    if not os.path.exists(txt_path):
        err("report %s missing" % txt_path)
        return d, None
    text = open(txt_path, encoding="utf-8").read()
    words = len(text.split())
    if not 60 <= words <= 300:
        err("report has %d words (want 60-300)" % words)

    if tuple(d["cleaning"].keys()) not in sub["cleaning"]:
        err("cleaning keys differ from dev")
    for k in ("actors", "people", "places", "incidents", "quotes", "relations"):
        for n, x in enumerate(d[k]):
            if tuple(x.keys()) not in sub[k]:
                err("%s[%d] keys %s differ from dev/seed shape" % (k, n, list(x.keys())))
    if not isinstance(d["not_incidents"], list) or not isinstance(d["actor_profiles"], dict):
        err("not_incidents must be a list and actor_profiles a dict")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s or s not in text:
            err("%s %r not found verbatim in the report" % (what, s))

    canon = set()
    for a in d["actors"]:
        canon.add(a["canonical"])
        if a["kind"] not in ("state_force", "armed_group", "political_party", "militia"):
            err("actor %r has unknown kind %r" % (a["canonical"], a["kind"]))
        if not (isinstance(a["acled_inter"], int) and 1 <= a["acled_inter"] <= 8):
            err("actor %r acled_inter %r" % (a["canonical"], a["acled_inter"]))
        if not a["mentions"]:
            err("actor %r has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    if len(canon) != len(d["actors"]):
        err("duplicate actor canonical names")
    for p in d["people"]:
        if not p["mentions"]:
            err("person %r has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in d["places"]:
        verbatim(p["name"], "place name")
        if p["name"] in places:
            err("place %r listed twice" % p["name"])
        places[p["name"]] = p
        if p["admin1"] not in ADMIN1:
            err("place %r admin1 %r unknown" % (p["name"], p["admin1"]))
    for q in d["quotes"]:
        verbatim(q["starts"], "quote start")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")
    for r in d["relations"]:
        verbatim(r["evidence"], "relation evidence")
        for end in (r["a"], r["b"]):
            if end not in canon:
                err("relation end %r is not a listed actor" % end)

    for n, i in enumerate(d["incidents"]):
        tag = "incident %d" % (n + 1)
        verbatim(i["what"], tag + " what")
        verbatim(i["date_text"], tag + " date_text")
        verbatim(i["location"], tag + " location")
        p = places.get(i["location"])
        if p is None:
            err("%s location %r is not one of the places" % (tag, i["location"]))
        elif (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
            err("%s admin %r/%r differs from place %r (%r/%r)" % (
                tag, i["admin1"], i["admin2"], p["name"], p["admin1"], p["admin2"]))
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()):
            err("%s invalid ACLED pair %r / %r" % (tag, i["acled_event_type"], i["acled_sub_event_type"]))
        if i["gtd_attack_type"] not in GTD:
            err("%s invalid GTD attack type %r" % (tag, i["gtd_attack_type"]))
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC_ACTORS and i[k] not in canon:
                err("%s %s %r is neither a listed actor nor a generic label" % (tag, k, i[k]))
        if i["country"] != "Pakistan":
            err("%s country %r" % (tag, i["country"]))
        if i["geo_precision"] not in (1, 2, 3):
            err("%s geo_precision %r" % (tag, i["geo_precision"]))
        k = i["killed"]
        if k is not None and not (isinstance(k, int) and k >= 0):
            err("%s killed %r" % (tag, k))
        inj = i["injured"]
        if inj is not None and not (isinstance(inj, int) and inj >= 0):
            err("%s injured %r" % (tag, inj))
        kbs = i["killed_by_side"]
        if not isinstance(kbs, dict):
            err("%s killed_by_side is not an object" % tag)
            continue
        for side, v in kbs.items():
            if side not in SIDES:
                err("%s unknown side %r" % (tag, side))
            if not (isinstance(v, int) and v >= 0):
                err("%s side %r count %r" % (tag, side, v))
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if kbs and (k is None or total > k):
            err("%s killed_by_side sums to %d, above killed %r" % (tag, total, k))
        if not i.get("note"):
            err("%s has no note" % tag)
    return d, text


def main():
    top, sub = dev_shapes()
    files = sorted(glob.glob(os.path.join(HERE, "EF-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "EF-*.txt")))
    errs = []
    if len(files) != 30 or len(txts) != 30:
        errs.append("expected 30 reports and 30 gold files, found %d txt / %d gold" % (len(txts), len(files)))
    loaded = []
    for f in files:
        d, text = check_file(f, top, sub, errs)
        if d is not None and text is not None:
            loaded.append((os.path.basename(f), d, text))
    for e in errs:
        print("ERROR", e)
    print("%d files checked, %d errors" % (len(files), len(errs)))
    if "--stats" in sys.argv:
        stats(loaded)
    return 1 if errs else 0


def stats(loaded):
    words = [len(t.split()) for _, _, t in loaded]
    incs = [(f, i) for f, d, _ in loaded for i in d["incidents"]]
    print("\nreports %d, words total %d (min %d, max %d, mean %.0f)" % (
        len(loaded), sum(words), min(words), max(words), sum(words) / len(words)))
    print("incidents %d; reports with 0 incidents: %s" % (
        len(incs), [f[:5] for f, d, _ in loaded if not d["incidents"]]))
    print("\nby ACLED type / sub-type:")
    for k, v in sorted(Counter((i["acled_event_type"], i["acled_sub_event_type"]) for _, i in incs).items()):
        print("  %-28s %-36s %d" % (k[0], k[1], v))
    print("\nby province (admin1):")
    for k, v in Counter(i["admin1"] for _, i in incs).most_common():
        print("  %-22s %d" % (k, v))
    print("\nby GTD attack type:")
    for k, v in Counter(i["gtd_attack_type"] for _, i in incs).most_common():
        print("  %-30s %d" % (k, v))
    side = Counter()
    for _, i in incs:
        side.update(i["killed_by_side"])
    killed = sum(i["killed"] or 0 for _, i in incs)
    injured = sum(i["injured"] or 0 for _, i in incs)
    print("\nkilled %d (by side %s, no side %d); injured %d" % (
        killed, dict(side), killed - sum(side.values()), injured))
    print("not_incidents %d, quotes %d, relations %d, people %d, actors %d" % tuple(
        sum(len(d[k]) for _, d, _ in loaded) for k in ("not_incidents", "quotes", "relations", "people", "actors")))
    print("\nper report: id words incidents")
    for (f, d, t), w in zip(loaded, words):
        print("  %s %3d %d" % (f[:5], w, len(d["incidents"])))


if __name__ == "__main__":
    sys.exit(main())
