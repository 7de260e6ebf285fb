#!/usr/bin/env python3
"""Check the EG hand-coded gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR] [--dev DEV_GOLD_FILE] [--stats]

Checks, for every EG-NN.gold.json beside an EG-NN.txt:
  * the JSON parses; top-level keys (and their order) match a dev gold file; the keys of
    cleaning, actors, people, places, quotes, incidents, relations, actor_profiles match the
    dev/seed shapes; not_incidents is a list of strings;
  * `article` names the .txt beside it and `about` is "Hand-coded from the text alone.";
  * every quoted string appears word for word in the report: incident `what`, `date_text`,
    `location`; place `name`; actor and person `mentions`; quote `starts`; not_incidents
    strings; relation `evidence`;
  * each incident location is one of the file's places, with the same admin1/admin2;
  * ACLED event type / sub-event type pairs are valid; GTD attack type is a GTD value or null;
  * actor1/actor2 are a listed actor's canonical name or a generic label (or null);
  * killed_by_side uses known sides, non-negative integers, and never sums above killed;
  * geo_precision is 1, 2 or 3; the report has 25-110 words.
Prints every error and a final count; exit status 1 if any error.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"

ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Rioters", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab",
          "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Kashmir"}

# Shapes of the list items / sub-objects (from the dev gold files and the seed gold file).
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged",
                 "near_duplicate_sentences", "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PERSON_OPTIONAL = {"note"}
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
QUOTE_KEYS = ["speaker", "starts"]
QUOTE_OPTIONAL = {"note"}
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type",
                 "actor1", "actor2", "country", "admin1", "admin2", "location",
                 "geo_precision", "date_text", "killed", "killed_by_side", "injured", "note"]
RELATION_KEYS = ["a", "b", "kind", "evidence"]
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}


def learn_dev_shape(dev_file, errors):
    """Top-level key order and item keys, taken from a dev gold file."""
    try:
        with open(dev_file, encoding="utf-8") as f:
            dev = json.load(f)
    except (OSError, ValueError) as e:
        errors.append("cannot read dev gold file %s: %s" % (dev_file, e))
        return None
    shape = {"top": list(dev.keys()), "cleaning": list(dev.get("cleaning", {}).keys())}
    for key, want in (("actors", ACTOR_KEYS), ("people", PERSON_KEYS), ("places", PLACE_KEYS),
                      ("incidents", INCIDENT_KEYS)):
        for item in dev.get(key, []):
            if list(item.keys()) != want:
                errors.append("dev file %s: %s keys %s differ from the expected %s"
                              % (dev_file, key, list(item.keys()), want))
    if shape["cleaning"] != CLEANING_KEYS:
        errors.append("dev file cleaning keys %s differ from %s" % (shape["cleaning"], CLEANING_KEYS))
    return shape


def check_keys(where, obj, want, optional, errs):
    if not isinstance(obj, dict):
        errs.append("%s: not an object" % where)
        return False
    keys = list(obj.keys())
    core = [k for k in keys if k not in optional]
    if core != want:
        errs.append("%s: keys %s, expected %s" % (where, keys, want))
        return False
    return True


def verbatim(where, s, text, errs, allow_null=False):
    if s is None:
        if not allow_null:
            errs.append("%s: is null" % where)
        return
    if not isinstance(s, str) or not s:
        errs.append("%s: not a non-empty string: %r" % (where, s))
        return
    if s not in text:
        errs.append("%s: %r not found verbatim in the report" % (where, s))
    elif not re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
        errs.append("%s: %r occurs only inside a longer word" % (where, s))


def check_file(gold_path, shape):
    errs = []
    base = os.path.basename(gold_path)[:-len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(gold_path), base + ".txt")
    try:
        with open(txt_path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        return ["%s: no report beside it (%s)" % (base, e)], None
    try:
        with open(gold_path, encoding="utf-8") as f:
            g = json.load(f)
    except ValueError as e:
        return ["%s: JSON does not parse: %s" % (base, e)], None

    E = lambda m: errs.append("%s: %s" % (base, m))
    sub = []

    words = len(text.split())
    if not 25 <= words <= 110:
        E("report has %d words (want 25-110)" % words)

    if list(g.keys()) != shape["top"]:
        E("top-level keys %s differ from dev %s" % (list(g.keys()), shape["top"]))
    if g.get("article") != base + ".txt":
        E("article is %r, expected %r" % (g.get("article"), base + ".txt"))
    if g.get("about") != "Hand-coded from the text alone.":
        E("about is %r" % g.get("about"))
    pub = g.get("publisher")
    if pub is not None and (not isinstance(pub, str) or pub not in text.replace("The Dawn", "Dawn")):
        E("publisher %r not named in the report" % pub)

    cl = g.get("cleaning")
    if check_keys("cleaning", cl, shape["cleaning"], set(), sub):
        for k in CLEANING_KEYS:
            if not isinstance(cl[k], list):
                sub.append("cleaning.%s: not a list" % k)

    actors = g.get("actors", [])
    canon = set()
    for i, a in enumerate(actors):
        w = "actors[%d]" % i
        if not check_keys(w, a, ACTOR_KEYS, set(), sub):
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ("state_force", "armed_group"):
            sub.append("%s: unexpected kind %r" % (w, a["kind"]))
        if a["acled_inter"] not in range(1, 9):
            sub.append("%s: acled_inter %r not 1-8" % (w, a["acled_inter"]))
        if not a["mentions"]:
            sub.append("%s: no mentions" % w)
        for m in a["mentions"]:
            verbatim("%s mention" % w, m, text, sub)
    if len(canon) != len(actors):
        sub.append("actors: duplicate canonical names")

    for i, p in enumerate(g.get("people", [])):
        w = "people[%d]" % i
        if not check_keys(w, p, PERSON_KEYS, PERSON_OPTIONAL, sub):
            continue
        if not p["mentions"]:
            sub.append("%s: no mentions" % w)
        for m in p["mentions"]:
            verbatim("%s mention" % w, m, text, sub)

    places = {}
    for i, p in enumerate(g.get("places", [])):
        w = "places[%d]" % i
        if not check_keys(w, p, PLACE_KEYS, set(), sub):
            continue
        verbatim("%s name" % w, p["name"], text, sub)
        if p["admin1"] is not None and p["admin1"] not in ADMIN1:
            sub.append("%s: admin1 %r not a known province/territory" % (w, p["admin1"]))
        places.setdefault(p["name"], []).append(p)

    for i, q in enumerate(g.get("quotes", [])):
        w = "quotes[%d]" % i
        if check_keys(w, q, QUOTE_KEYS, QUOTE_OPTIONAL, sub):
            verbatim("%s starts" % w, q["starts"], text, sub)

    incs = g.get("incidents", [])
    for i, inc in enumerate(incs):
        w = "incidents[%d]" % i
        if not check_keys(w, inc, INCIDENT_KEYS, set(), sub):
            continue
        verbatim("%s what" % w, inc["what"], text, sub)
        verbatim("%s date_text" % w, inc["date_text"], text, sub, allow_null=True)
        verbatim("%s location" % w, inc["location"], text, sub, allow_null=True)
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED:
            sub.append("%s: ACLED event type %r unknown" % (w, et))
        elif st not in ACLED[et]:
            sub.append("%s: ACLED sub-event %r is not a sub-type of %r" % (w, st, et))
        gtd = inc["gtd_attack_type"]
        if gtd is not None and gtd not in GTD_ATTACK:
            sub.append("%s: GTD attack type %r unknown" % (w, gtd))
        for k in ("actor1", "actor2"):
            v = inc[k]
            if v is not None and v not in canon and v not in GENERIC_ACTORS:
                sub.append("%s: %s %r is neither a listed actor nor a generic label" % (w, k, v))
        if inc["country"] != "Pakistan":
            sub.append("%s: country %r" % (w, inc["country"]))
        loc = inc["location"]
        if loc is not None:
            cands = places.get(loc, [])
            if not cands:
                sub.append("%s: location %r is not one of the file's places" % (w, loc))
            elif not any(c["admin1"] == inc["admin1"] and c["admin2"] == inc["admin2"]
                         for c in cands):
                sub.append("%s: location %r admin1/admin2 (%r, %r) differ from the place's %s"
                           % (w, loc, inc["admin1"], inc["admin2"],
                              [(c["admin1"], c["admin2"]) for c in cands]))
        if inc["geo_precision"] not in (1, 2, 3):
            sub.append("%s: geo_precision %r" % (w, inc["geo_precision"]))
        killed = inc["killed"]
        kbs = inc["killed_by_side"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            sub.append("%s: killed %r" % (w, killed))
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            sub.append("%s: injured %r" % (w, inc["injured"]))
        if not isinstance(kbs, dict):
            sub.append("%s: killed_by_side not an object" % w)
        else:
            for side, n in kbs.items():
                if side not in SIDES:
                    sub.append("%s: unknown side %r" % (w, side))
                if not isinstance(n, int) or n < 0:
                    sub.append("%s: side count %r" % (w, n))
            total = sum(n for n in kbs.values() if isinstance(n, int))
            if total > (killed or 0):
                sub.append("%s: killed_by_side sums to %d, above killed %r" % (w, total, killed))
        if not isinstance(inc["note"], str) or not inc["note"].strip():
            sub.append("%s: empty note" % w)

    ni = g.get("not_incidents", [])
    if not isinstance(ni, list):
        sub.append("not_incidents: not a list")
    else:
        for i, s in enumerate(ni):
            verbatim("not_incidents[%d]" % i, s, text, sub)

    for i, r in enumerate(g.get("relations", [])):
        w = "relations[%d]" % i
        if check_keys(w, r, RELATION_KEYS, set(), sub):
            verbatim("%s evidence" % w, r["evidence"], text, sub)
            for k in ("a", "b"):
                if r[k] not in canon:
                    sub.append("%s: %s %r not a listed actor" % (w, k, r[k]))

    prof = g.get("actor_profiles", {})
    if not isinstance(prof, dict):
        sub.append("actor_profiles: not an object")
    else:
        for name, p in prof.items():
            if name not in canon:
                sub.append("actor_profiles: %r not a listed actor" % name)
            if not isinstance(p, dict) or not set(p) <= PROFILE_KEYS:
                sub.append("actor_profiles[%r]: unexpected keys" % name)
            elif "evidence" in p:
                verbatim("actor_profiles[%r] evidence" % name, p["evidence"], text, sub)

    errs.extend("%s: %s" % (base, m) for m in sub)
    return errs, {"text": text, "gold": g, "words": words}


def stats(results):
    from collections import Counter
    by_type, by_prov, sides = Counter(), Counter(), Counter()
    n_inc = killed = injured = 0
    with_inc = 0
    words = [r["words"] for r in results.values()]
    for r in results.values():
        incs = r["gold"]["incidents"]
        with_inc += bool(incs)
        for inc in incs:
            n_inc += 1
            by_type["%s / %s" % (inc["acled_event_type"], inc["acled_sub_event_type"])] += 1
            by_prov[inc["admin1"]] += 1
            killed += inc["killed"] or 0
            injured += inc["injured"] or 0
            for s, n in inc["killed_by_side"].items():
                sides[s] += n
            unassigned = (inc["killed"] or 0) - sum(inc["killed_by_side"].values())
            if unassigned:
                sides["(no side stated)"] += unassigned
    print("reports: %d (with an incident: %d, without: %d)"
          % (len(results), with_inc, len(results) - with_inc))
    print("words: total %d, min %d, max %d, mean %.1f"
          % (sum(words), min(words), max(words), sum(words) / len(words)))
    print("incidents: %d; killed %d; injured %d" % (n_inc, killed, injured))
    print("by ACLED type:")
    for k, v in sorted(by_type.items()):
        print("  %-60s %d" % (k, v))
    print("by province:")
    for k, v in sorted(by_prov.items()):
        print("  %-30s %d" % (k, v))
    print("killed by side:")
    for k, v in sorted(sides.items()):
        print("  %-20s %d" % (k, v))


def main(argv):
    folder, dev, want_stats = HERE, DEFAULT_DEV, False
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--dev":
            dev = args.pop(0)
        elif a == "--stats":
            want_stats = True
        else:
            folder = a
    errors = []
    shape = learn_dev_shape(dev, errors)
    if shape is None:
        for e in errors:
            print("ERROR", e)
        return 1
    golds = sorted(glob.glob(os.path.join(folder, "EG-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "EG-*.txt")))
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append("%s: no gold file beside it" % os.path.basename(t))
    results = {}
    for gp in golds:
        errs, res = check_file(gp, shape)
        errors.extend(errs)
        if res:
            results[gp] = res
    for e in errors:
        print("ERROR", e)
    print("checked %d gold files: %d errors" % (len(golds), len(errors)))
    if want_stats and results:
        stats(results)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
