#!/usr/bin/env python3
"""Check the EB hand-coded gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [--stats]

Checks, for every EB-NN.gold.json beside its EB-NN.txt:
  * the JSON parses;
  * top-level keys (and their order), cleaning keys, and the keys of actors, people,
    places and incidents match a dev gold file (../../shared/benchmarks/pakistan-gold-dev);
    quotes, relations and actor_profiles follow the seed gold's shape;
  * `article` names the .txt beside it and `about` is "Hand-coded from the text alone.";
  * every incident `what`, `date_text`, `location`, every place `name`, every actor and
    person `mention`, every quote `starts`, every not_incidents string, every relation or
    actor-profile `evidence`, and the damage strings under `cleaning` appear word for word
    in the report;
  * each incident location is one of the file's places, with the same admin1/admin2;
  * ACLED event type / sub-event type pairs are valid, GTD attack types are valid (or null),
    and protests, riots and arrests carry no GTD attack type;
  * actor1/actor2 are a listed actor's canonical name or a generic label;
  * killed, injured and killed_by_side are non-negative integers (or null), the sides are
    known ones, and killed_by_side never sums above killed;
  * geo_precision is 1, 2 or 3; admin1 is a Pakistani province/territory (or null);
  * the report has 80-300 words.
Prints every error and ends with "N errors"; exit status 1 when N > 0.
With --stats, also prints the counts used in README.md.
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))
if not os.path.isdir(DEV):
    DEV = "/work/shared/benchmarks/pakistan-gold-dev"

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
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GTD_TARGETS = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
               "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
               "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
               "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia",
               "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
               "Abortion Related"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {"Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
ACTOR_KINDS = {"state_force", "armed_group"}
PLACE_KINDS = {"town", "city", "area", "district", "province", "country"}
NO_GTD_TYPES = {("Protests", None), ("Riots", None), ("Strategic developments", "Arrests")}
ABOUT = "Hand-coded from the text alone."


def dev_shape():
    """Key lists taken from the dev gold files themselves."""
    shape = {}
    for path in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(path, encoding="utf-8"))
        shape.setdefault("top", list(d.keys()))
        shape.setdefault("cleaning", list(d["cleaning"].keys()))
        for part in ("actors", "people", "places", "incidents"):
            if d[part] and part not in shape:
                shape[part] = list(d[part][0].keys())
    missing = {"top", "cleaning", "actors", "people", "places", "incidents"} - set(shape)
    if missing:
        sys.exit("cannot read the dev gold shape from %s (missing %s)" % (DEV, sorted(missing)))
    return shape


def check_file(gold_path, shape, errors, stats):
    name = os.path.basename(gold_path)
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(os.path.dirname(gold_path), txt_name)

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    try:
        d = json.load(open(gold_path, encoding="utf-8"))
    except ValueError as e:
        err("JSON does not parse: %s" % e)
        return
    if not os.path.exists(txt_path):
        err("no report %s beside it" % txt_name)
        return
    text = open(txt_path, encoding="utf-8").read()

    def verbatim(s, where):
        if not isinstance(s, str) or not s:
            err("%s: empty or not a string: %r" % (where, s))
        elif s not in text:
            err("%s not in report: %r" % (where, s))

    if list(d.keys()) != shape["top"]:
        err("top-level keys %s != dev %s" % (list(d.keys()), shape["top"]))
        return
    if d["article"] != txt_name:
        err("article %r should be %r" % (d["article"], txt_name))
    if d["about"] != ABOUT:
        err("about should be %r" % ABOUT)
    if d["publisher"] is not None:
        verbatim(d["publisher"], "publisher")

    # cleaning
    c = d["cleaning"]
    if list(c.keys()) != shape["cleaning"]:
        err("cleaning keys %s != dev %s" % (list(c.keys()), shape["cleaning"]))
    else:
        for s in c["must_not_contain"]:
            verbatim(s, "cleaning.must_not_contain")
        for s in c["keep_unchanged"]:
            verbatim(s, "cleaning.keep_unchanged")
        for s in c["flag_as_damaged"]:
            verbatim(s, "cleaning.flag_as_damaged")
        for pair in c["near_duplicate_sentences"]:
            if not isinstance(pair, list) or len(pair) < 2:
                err("near_duplicate_sentences entries must be lists of 2+ sentences")
                continue
            for s in pair:
                verbatim(s, "cleaning.near_duplicate_sentences")
        for s in c["must_contain"]:
            # the cleaned form need not be in the raw text, but must be a real string
            if not isinstance(s, str) or not s.strip():
                err("cleaning.must_contain: empty or not a string: %r" % (s,))

    # actors
    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != shape["actors"]:
            err("actor keys %s != dev %s" % (list(a.keys()), shape["actors"]))
            continue
        if a["canonical"] in canon:
            err("duplicate actor %r" % a["canonical"])
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            err("actor %r kind %r not in %s" % (a["canonical"], a["kind"], sorted(ACTOR_KINDS)))
        if a["acled_inter"] not in range(1, 9):
            err("actor %r acled_inter %r not 1-8" % (a["canonical"], a["acled_inter"]))
        if a["kind"] == "state_force" and a["acled_inter"] != 1:
            err("state force %r should have inter 1" % a["canonical"])
        if not a["mentions"]:
            err("actor %r has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor %r mention" % a["canonical"])

    # people
    persons = set()
    for p in d["people"]:
        if list(p.keys()) != shape["people"]:
            err("person keys %s != dev %s" % (list(p.keys()), shape["people"]))
            continue
        persons.add(p["canonical"])
        if not p["mentions"]:
            err("person %r has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person %r mention" % p["canonical"])
        if not isinstance(p["roles"], list):
            err("person %r roles must be a list" % p["canonical"])

    # places
    places = {}
    for pl in d["places"]:
        if list(pl.keys()) != shape["places"]:
            err("place keys %s != dev %s" % (list(pl.keys()), shape["places"]))
            continue
        verbatim(pl["name"], "place name")
        if pl["name"] in places:
            err("duplicate place %r" % pl["name"])
        places[pl["name"]] = pl
        if pl["kind"] not in PLACE_KINDS:
            err("place %r kind %r not in %s" % (pl["name"], pl["kind"], sorted(PLACE_KINDS)))
        if pl["kind"] == "country":
            if pl["admin1"] is not None or pl["admin2"] is not None:
                err("country %r should have null admin1/admin2" % pl["name"])
        elif pl["admin1"] is not None and pl["admin1"] not in ADMIN1:
            err("place %r admin1 %r not a province" % (pl["name"], pl["admin1"]))
        if pl["kind"] == "province" and pl["admin2"] is not None:
            err("province %r should have admin2 null" % pl["name"])

    # quotes (seed shape)
    for q in d["quotes"]:
        if not isinstance(q, dict) or not {"speaker", "starts"} <= set(q) or set(q) - {"speaker", "starts", "note"}:
            err("quote %r should have speaker, starts (and optional note)" % (q,))
            continue
        verbatim(q["starts"], "quote starts")

    # incidents
    if not d["incidents"] and not d["not_incidents"]:
        err("no incidents and no not_incidents")
    for n, i in enumerate(d["incidents"], 1):
        tag = "incident %d" % n
        if list(i.keys()) != shape["incidents"]:
            err("%s keys %s != dev %s" % (tag, list(i.keys()), shape["incidents"]))
            continue
        verbatim(i["what"], tag + " what")
        if i["date_text"] is not None:
            verbatim(i["date_text"], tag + " date_text")
        ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err("%s: invalid ACLED pair %r / %r" % (tag, ev, sub))
        g = i["gtd_attack_type"]
        if g is not None and g not in GTD:
            err("%s: invalid GTD attack type %r" % (tag, g))
        if ((ev, None) in NO_GTD_TYPES or (ev, sub) in NO_GTD_TYPES) and g is not None:
            err("%s: %s / %s should carry no GTD attack type" % (tag, ev, sub))
        for side in ("actor1", "actor2"):
            a = i[side]
            if a is not None and a not in canon and a not in GENERIC_ACTORS:
                err("%s: %s %r is neither a listed actor nor a generic label" % (tag, side, a))
        if i["country"] != "Pakistan":
            err("%s: country %r" % (tag, i["country"]))
        if i["admin1"] is not None and i["admin1"] not in ADMIN1:
            err("%s: admin1 %r not a province" % (tag, i["admin1"]))
        loc = i["location"]
        if loc is None:
            err("%s: location is null" % tag)
        else:
            verbatim(loc, tag + " location")
            pl = places.get(loc)
            if pl is None:
                err("%s: location %r is not among the places" % (tag, loc))
            elif (pl["admin1"], pl["admin2"]) != (i["admin1"], i["admin2"]):
                err("%s: location %r is %s/%s in places but %s/%s in the incident" % (
                    tag, loc, pl["admin1"], pl["admin2"], i["admin1"], i["admin2"]))
        if i["geo_precision"] not in (1, 2, 3):
            err("%s: geo_precision %r" % (tag, i["geo_precision"]))
        for f in ("killed", "injured"):
            v = i[f]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s %r is not a non-negative integer" % (tag, f, v))
        kbs = i["killed_by_side"]
        if not isinstance(kbs, dict):
            err("%s: killed_by_side must be an object" % tag)
        else:
            bad = set(kbs) - SIDES
            if bad:
                err("%s: unknown sides %s" % (tag, sorted(bad)))
            vals = list(kbs.values())
            if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in vals):
                err("%s: killed_by_side values must be non-negative integers" % tag)
            elif sum(vals) > (i["killed"] or 0):
                err("%s: killed_by_side sums to %d, above killed %r" % (tag, sum(vals), i["killed"]))
        if not isinstance(i["note"], str) or not i["note"].strip():
            err("%s: note missing" % tag)

        stats["incidents"] += 1
        stats["by_type"][(ev, sub)] += 1
        stats["by_event"][ev] += 1
        stats["by_province"][i["admin1"]] += 1
        stats["by_admin2"][(i["admin1"], i["admin2"])] += 1
        stats["by_gtd"][g] += 1
        stats["killed"] += i["killed"] or 0
        stats["injured"] += i["injured"] or 0
        if isinstance(kbs, dict):
            for k, v in kbs.items():
                stats["sides"][k] += v
            stats["sides"]["no side given"] += (i["killed"] or 0) - sum(kbs.values())
        stats["precision"][i["geo_precision"]] += 1
        stats["actors"][i["actor1"]] += 1
        stats["actors"][i["actor2"]] += 1

    for s in d["not_incidents"]:
        verbatim(s, "not_incidents")
        stats["not_incidents"] += 1

    for r in d["relations"]:
        if not isinstance(r, dict) or set(r) != {"a", "b", "kind", "evidence"}:
            err("relation %r should have a, b, kind, evidence" % (r,))
            continue
        for side in ("a", "b"):
            if r[side] not in canon:
                err("relation %s %r is not a listed actor" % (side, r[side]))
        verbatim(r["evidence"], "relation evidence")

    for actor, prof in d["actor_profiles"].items():
        if actor not in canon:
            err("actor_profiles key %r is not a listed actor" % actor)
        if set(prof) - {"area", "gtd_attack_types", "gtd_target_types", "evidence"}:
            err("actor_profiles %r has unknown keys" % actor)
        verbatim(prof.get("evidence", ""), "actor_profiles evidence")
        for t in prof.get("gtd_attack_types", []):
            if t not in GTD:
                err("actor_profiles %r: GTD attack type %r" % (actor, t))
        for t in prof.get("gtd_target_types", []):
            if t not in GTD_TARGETS:
                err("actor_profiles %r: GTD target type %r" % (actor, t))
        for a in prof.get("area", []):
            verbatim(a, "actor_profiles area")

    words = len(text.split())
    if not 80 <= words <= 300:
        err("report has %d words, outside 80-300" % words)
    stats["words"] += words
    stats["reports"] += 1
    stats["word_list"].append(words)
    stats["quotes"] += len(d["quotes"])
    stats["cleaning"] += any(c.get(k) for k in c) if isinstance(c, dict) else 0


def main():
    shape = dev_shape()
    errors = []
    stats = collections.defaultdict(int)
    for k in ("by_type", "by_event", "by_province", "by_admin2", "by_gtd", "sides", "precision", "actors"):
        stats[k] = collections.Counter()
    stats["word_list"] = []
    golds = sorted(glob.glob(os.path.join(HERE, "EB-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "EB-*.txt")))
    if len(golds) != len(txts):
        errors.append("%d gold files but %d reports" % (len(golds), len(txts)))
    for g in golds:
        check_file(g, shape, errors, stats)
    for e in errors:
        print(e)
    if "--stats" in sys.argv:
        wl = stats["word_list"]
        print("reports: %d; words: %d (min %d, max %d, mean %.0f)" % (
            stats["reports"], stats["words"], min(wl), max(wl), stats["words"] / max(1, len(wl))))
        print("incidents: %d; not_incidents: %d; quotes: %d; reports with cleaning: %d" % (
            stats["incidents"], stats["not_incidents"], stats["quotes"], stats["cleaning"]))
        print("by ACLED event type:")
        for k, v in stats["by_event"].most_common():
            print("  %-30s %d" % (k, v))
        print("by ACLED event / sub-event type:")
        for (e, s), v in stats["by_type"].most_common():
            print("  %-60s %d" % (e + " / " + s, v))
        print("by GTD attack type:")
        for k, v in stats["by_gtd"].most_common():
            print("  %-35s %d" % (k, v))
        print("by province (admin1):")
        for k, v in stats["by_province"].most_common():
            print("  %-25s %d" % (k, v))
        print("by admin2:")
        for (a1, a2), v in stats["by_admin2"].most_common():
            print("  %-45s %d" % ("%s / %s" % (a1, a2), v))
        print("geo_precision:", dict(sorted(stats["precision"].items())))
        print("killed: %d; injured: %d" % (stats["killed"], stats["injured"]))
        print("killed by side:", dict(stats["sides"]))
        print("actor1/actor2 uses:")
        for k, v in stats["actors"].most_common():
            print("  %-50s %d" % (k, v))
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
