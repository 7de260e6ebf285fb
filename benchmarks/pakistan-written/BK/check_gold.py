#!/usr/bin/env python3
"""Check the BK hand-coded gold files.

Usage: python3 check_gold.py [--stats] [DIR]

Checks, for every BK-NN.gold.json beside its BK-NN.txt:
  * the JSON parses; top-level keys (and their order) match a pakistan-gold-dev gold file;
    the keys of cleaning, actors, people, places, quotes, incidents and relations entries match
    the dev files (quotes/relations, empty in dev, are checked against the seed gold file);
  * `article` names the .txt beside it and `about` is "Hand-coded from the text alone.";
  * every incident `what`, `date_text`, `location`, every place `name`, every actor and person
    mention, every not_incidents string and relation evidence appears verbatim in the report;
  * each incident location is one of the file's places, with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid, GTD attack types are valid or null;
  * actor1/actor2 are null, a generic label, or a canonical name listed in `actors`;
  * killed/injured are non-negative integers (injured may be null); killed_by_side uses only
    security_forces / militants / civilians / unknown and never sums above killed;
  * geo_precision is 1, 2 or 3.
Prints every error and a final count; exit status 1 when there are errors.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))
SEED = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "seed", "article-001.gold.json"))

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
GENERIC = {"Unidentified Armed Group", "Civilians", "Security Forces", "Protesters"}
SIDES = {"security_forces", "militants", "civilians", "unknown"}
ADMIN1 = {"Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir", None}


def reference_keys():
    """Key layouts taken from the dev gold files (and the seed for quotes/relations)."""
    ref = {"top": None, "cleaning": None, "actors": set(), "people": set(), "places": set(),
           "incidents": None, "quotes": set(), "relations": set()}
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(f, encoding="utf-8"))
        top = list(d.keys())
        if ref["top"] is None:
            ref["top"] = top
        elif ref["top"] != top:
            raise SystemExit("dev files disagree on top-level keys: " + f)
        ref["cleaning"] = list(d["cleaning"].keys())
        for part in ("actors", "people", "places"):
            for e in d[part]:
                ref[part].add(tuple(e.keys()))
        for i in d["incidents"]:
            ref["incidents"] = list(i.keys())
        for q in d["quotes"]:
            ref["quotes"].add(tuple(q.keys()))
        for r in d["relations"]:
            ref["relations"].add(tuple(r.keys()))
    seed = json.load(open(SEED, encoding="utf-8"))
    for q in seed["quotes"]:
        ref["quotes"].add(tuple(k for k in q.keys()))
    for r in seed["relations"]:
        ref["relations"].add(tuple(r.keys()))
    return ref


def check_file(path, ref, errs):
    name = os.path.basename(path)
    def err(msg):
        errs.append("%s: %s" % (name, msg))
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        err("no report %s beside it" % txt_name)
        return None
    text = open(txt_path, encoding="utf-8").read()

    if list(d.keys()) != ref["top"]:
        err("top-level keys %s != dev %s" % (list(d.keys()), ref["top"]))
        return None
    if d["article"] != txt_name:
        err("article is %r, expected %r" % (d["article"], txt_name))
    if d["about"] != "Hand-coded from the text alone.":
        err("about differs from the dev files")
    if d["publisher"] is not None and d["publisher"] not in text:
        err("publisher %r not in text" % d["publisher"])
    if list(d["cleaning"].keys()) != ref["cleaning"]:
        err("cleaning keys differ")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err("%s is not a non-empty string: %r" % (what, s))
        elif s not in text:
            err("%s not verbatim in report: %r" % (what, s))

    canon = set()
    for a in d["actors"]:
        if tuple(a.keys()) not in ref["actors"]:
            err("actor keys %s" % list(a.keys()))
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            err("actor %s has bad inter %r" % (a["canonical"], a["acled_inter"]))
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in d["people"]:
        if tuple(p.keys()) not in ref["people"]:
            err("person keys %s" % list(p.keys()))
            continue
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in d["places"]:
        if tuple(p.keys()) not in ref["places"]:
            err("place keys %s" % list(p.keys()))
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err("place %s has unknown admin1 %r" % (p["name"], p["admin1"]))
        places.setdefault(p["name"], []).append(p)
    for q in d["quotes"]:
        if tuple(q.keys()) not in ref["quotes"]:
            err("quote keys %s" % list(q.keys()))
        else:
            verbatim(q["starts"], "quote start")
    for s in d["not_incidents"]:
        verbatim(s, "not_incidents entry")
    for r in d["relations"]:
        if tuple(r.keys()) not in ref["relations"]:
            err("relation keys %s" % list(r.keys()))
        else:
            verbatim(r["evidence"], "relation evidence")
            for side in (r["a"], r["b"]):
                if side not in canon:
                    err("relation party %r not in actors" % side)
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")

    for n, i in enumerate(d["incidents"], 1):
        tag = "incident %d" % n
        if list(i.keys()) != ref["incidents"]:
            err("%s keys %s != dev %s" % (tag, list(i.keys()), ref["incidents"]))
            continue
        verbatim(i["what"], tag + " what")
        if i["date_text"] is not None:
            verbatim(i["date_text"], tag + " date_text")
        if i["location"] is not None:
            verbatim(i["location"], tag + " location")
            cands = places.get(i["location"], [])
            if not cands:
                err("%s location %r is not among the places" % (tag, i["location"]))
            elif not any(c["admin1"] == i["admin1"] and c["admin2"] == i["admin2"] for c in cands):
                err("%s location %r admin1/admin2 (%r, %r) differ from its place" % (tag, i["location"], i["admin1"], i["admin2"]))
        et, st = i["acled_event_type"], i["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err("%s ACLED pair invalid: %r / %r" % (tag, et, st))
        if i["gtd_attack_type"] is not None and i["gtd_attack_type"] not in GTD:
            err("%s GTD type invalid: %r" % (tag, i["gtd_attack_type"]))
        for k in ("actor1", "actor2"):
            v = i[k]
            if v is not None and v not in GENERIC and v not in canon:
                err("%s %s %r is neither generic nor a listed actor" % (tag, k, v))
        if i["country"] != "Pakistan":
            err("%s country %r" % (tag, i["country"]))
        if i["geo_precision"] not in (1, 2, 3):
            err("%s geo_precision %r" % (tag, i["geo_precision"]))
        k = i["killed"]
        if not isinstance(k, int) or k < 0:
            err("%s killed %r" % (tag, k))
            k = 0
        inj = i["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err("%s injured %r" % (tag, inj))
        kbs = i["killed_by_side"]
        if not isinstance(kbs, dict):
            err("%s killed_by_side not an object" % tag)
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    err("%s unknown side %r" % (tag, s))
                if not isinstance(v, int) or v < 0:
                    err("%s side %s count %r" % (tag, s, v))
            if sum(v for v in kbs.values() if isinstance(v, int)) > k:
                err("%s killed_by_side sums to %d > killed %d" % (tag, sum(kbs.values()), k))
        if not i["note"]:
            err("%s has no note" % tag)
    return d, text


def stats(docs):
    from collections import Counter
    words = sum(len(t.split()) for _, t in docs)
    n_inc = Counter(len(d["incidents"]) for d, _ in docs)
    by_type, by_sub, by_prov = Counter(), Counter(), Counter()
    killed, sides = 0, Counter()
    for d, _ in docs:
        for i in d["incidents"]:
            by_type[i["acled_event_type"]] += 1
            by_sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
            by_prov[i["admin1"]] += 1
            killed += i["killed"]
            sides.update(i["killed_by_side"])
    print("reports:", len(docs), " words:", words, " incidents:", sum(by_type.values()))
    print("reports by incident count:", dict(sorted(n_inc.items())))
    print("by ACLED type:", dict(by_type.most_common()))
    for (t, s), c in sorted(by_sub.items()):
        print("   %s / %s: %d" % (t, s, c))
    print("by admin1:", dict(by_prov.most_common()))
    print("killed:", killed, " by side:", dict(sides), " unassigned:", killed - sum(sides.values()))


def main(argv):
    want_stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else HERE
    ref = reference_keys()
    errs, docs = [], []
    golds = sorted(glob.glob(os.path.join(folder, "BK-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "BK-*.txt")))
    if len(golds) != len(txts):
        errs.append("%d gold files but %d reports" % (len(golds), len(txts)))
    for g in golds:
        r = check_file(g, ref, errs)
        if r:
            docs.append(r)
    for e in errs:
        print("ERROR", e)
    print("%d files checked, %d errors" % (len(golds), len(errs)))
    if want_stats:
        stats(docs)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
