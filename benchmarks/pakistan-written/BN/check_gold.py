#!/usr/bin/env python3
"""Check the BN-NN.gold.json files beside this script against their reports.

Checks, per file:
  - the JSON parses; `article` names the .txt beside it; `about` is the fixed phrase;
  - top-level keys (and their order) match a dev gold file of ../../shared/benchmarks/pakistan-gold-dev,
    and so do the keys of cleaning, actors, people, places and incidents (quotes and relations use the
    seed article's shapes: speaker/starts and a/b/kind/evidence);
  - every `what`, `date_text`, `location`, place `name`, actor and person `mention`, quote `starts`,
    not_incidents string, relation `evidence` and the publisher appear word for word in the report;
  - each incident location is one of the file's places with the same admin1/admin2;
  - ACLED event/sub-event pairs are valid; GTD attack types are GTD's; geo_precision is 1-3;
  - actor1/actor2 are actors of the file or one of the generic labels;
  - killed_by_side uses known sides and never sums above killed; counts are non-negative integers;
  - the report has no apostrophes or hyphens (dev style).
Usage: python3 check_gold.py [--stats]
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_CANDIDATES = [
    os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"),
    "/work/shared/benchmarks/pakistan-gold-dev",
]

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
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}
QUOTE_KEYS = ["speaker", "starts"]
RELATION_KEYS = ["a", "b", "kind", "evidence"]


def dev_shapes():
    for d in DEV_CANDIDATES:
        files = sorted(glob.glob(os.path.join(d, "*.gold.json")))
        if files:
            break
    else:
        sys.exit("no dev gold files found in " + " or ".join(DEV_CANDIDATES))
    shapes = {"top": set(), "cleaning": set(), "actors": set(), "people": set(), "places": set(),
              "incidents": set()}
    for f in files:
        g = json.load(open(f))
        shapes["top"].add(tuple(g))
        shapes["cleaning"].add(tuple(g["cleaning"]))
        for k in ("actors", "people", "places", "incidents"):
            for item in g[k]:
                shapes[k].add(tuple(item))
    return shapes


def check_file(path, shapes, errors):
    def err(msg):
        errors.append("%s: %s" % (os.path.basename(path), msg))

    try:
        g = json.load(open(path))
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None
    bid = os.path.basename(path)[: -len(".gold.json")]
    if tuple(g) not in shapes["top"]:
        err("top-level keys %s match no dev gold file" % list(g))
        return None
    if g["article"] != bid + ".txt":
        err("article is %r, expected %r" % (g["article"], bid + ".txt"))
    if g["about"] != "Hand-coded from the text alone.":
        err("about is %r" % g["about"])
    txt_path = os.path.join(HERE, bid + ".txt")
    if not os.path.exists(txt_path):
        err("missing report " + bid + ".txt")
        return None
    text = open(txt_path).read()
    if re.search(r"['\u2019\u2018\-]", text):
        err("report contains an apostrophe or hyphen")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            err("%s not verbatim in report: %r" % (what, s))

    verbatim(g["publisher"], "publisher")
    if tuple(g["cleaning"]) not in shapes["cleaning"]:
        err("cleaning keys differ from dev")
    for k in ("actors", "people", "places", "incidents"):
        if not isinstance(g[k], list):
            err("%s is not a list" % k)
            return None
        for item in g[k]:
            if tuple(item) not in shapes[k]:
                err("%s item keys %s differ from dev" % (k, list(item)))
    actor_names = set()
    for a in g["actors"]:
        actor_names.add(a["canonical"])
        if not isinstance(a["acled_inter"], int) or not 1 <= a["acled_inter"] <= 8:
            err("actor %r has bad acled_inter" % a["canonical"])
        if not a["mentions"]:
            err("actor %r has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if not p["mentions"]:
            err("person %r has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g["places"]:
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err("place %r has unknown admin1 %r" % (p["name"], p["admin1"]))
        places.setdefault(p["name"], []).append(p)
    for q in g["quotes"]:
        if list(q) != QUOTE_KEYS:
            err("quote keys %s differ from %s" % (list(q), QUOTE_KEYS))
        verbatim(q.get("starts"), "quote start")
    if not isinstance(g["not_incidents"], list):
        err("not_incidents is not a list")
    else:
        for s in g["not_incidents"]:
            verbatim(s, "not_incident")
    for r in g["relations"]:
        if list(r) != RELATION_KEYS:
            err("relation keys %s differ from %s" % (list(r), RELATION_KEYS))
        for side in ("a", "b"):
            if r.get(side) not in actor_names:
                err("relation party %r is not an actor" % r.get(side))
        verbatim(r.get("evidence"), "relation evidence")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles is not an object")

    for n, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % n
        verbatim(inc["what"], tag + " what")
        verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        if inc["country"] != "Pakistan":
            err(tag + " country is not Pakistan")
        cands = places.get(inc["location"], [])
        if not any(p["admin1"] == inc["admin1"] and p["admin2"] == inc["admin2"] for p in cands):
            err("%s location %r is not a place with admin1=%r admin2=%r" %
                (tag, inc["location"], inc["admin1"], inc["admin2"]))
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err("%s invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] not in GTD:
            err("%s invalid GTD type %r" % (tag, inc["gtd_attack_type"]))
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC_ACTORS and inc[side] not in actor_names:
                err("%s %s %r is neither an actor of the file nor a generic label" % (tag, side, inc[side]))
        if inc["geo_precision"] not in (1, 2, 3):
            err(tag + " geo_precision not 1-3")
        k = inc["killed"]
        if not isinstance(k, int) or k < 0:
            err(tag + " killed is not a non-negative integer")
            k = 0
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(tag + " injured is neither null nor a non-negative integer")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(tag + " killed_by_side is not an object")
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    err("%s unknown side %r" % (tag, s))
                if not isinstance(v, int) or v <= 0:
                    err("%s side %r has bad count %r" % (tag, s, v))
            if sum(v for v in kbs.values() if isinstance(v, int)) > k:
                err("%s killed_by_side sums above killed" % tag)
        if not inc["note"]:
            err(tag + " has no note")
    return g, text


def main():
    shapes = dev_shapes()
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, "BN-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "BN-*.txt")))
    if len(golds) != len(txts):
        errors.append("%d gold files but %d reports" % (len(golds), len(txts)))
    loaded = []
    for path in golds:
        res = check_file(path, shapes, errors)
        if res:
            loaded.append((os.path.basename(path), res[0], res[1]))
    for e in errors:
        print("ERROR", e)
    print("%d files checked, %d errors" % (len(golds), len(errors)))
    if "--stats" in sys.argv:
        stats(loaded)
    return 1 if errors else 0


def stats(loaded):
    words = sum(len(t.split()) for _, _, t in loaded)
    by_n = Counter(len(g["incidents"]) for _, g, _ in loaded)
    by_type = Counter()
    by_sub = Counter()
    by_prov = Counter()
    sides = Counter()
    killed = injured = 0
    total = 0
    for _, g, _ in loaded:
        for inc in g["incidents"]:
            total += 1
            by_type[inc["acled_event_type"]] += 1
            by_sub[(inc["acled_event_type"], inc["acled_sub_event_type"])] += 1
            by_prov[inc["admin1"]] += 1
            killed += inc["killed"]
            injured += inc["injured"] or 0
            for s, v in inc["killed_by_side"].items():
                sides[s] += v
    print("reports: %d, words: %d, incidents: %d" % (len(loaded), words, total))
    print("reports by number of incidents:", dict(sorted(by_n.items())))
    print("incidents by ACLED type:", dict(by_type.most_common()))
    print("incidents by ACLED sub-type:")
    for (t, s), c in sorted(by_sub.items()):
        print("   %-28s %-36s %d" % (t, s, c))
    print("incidents by admin1:", dict(by_prov.most_common()))
    print("killed: %d (by side: %s, no side: %d); injured (where counted): %d" %
          (killed, dict(sides), killed - sum(sides.values()), injured))


if __name__ == "__main__":
    sys.exit(main())
