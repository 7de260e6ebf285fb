#!/usr/bin/env python3
"""Checks the CG-NN.gold.json files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR] [--dev DEV_DIR]
  DIR      folder with the *.txt / *.gold.json pairs (default: this script's folder)
  DEV_DIR  pakistan-gold-dev folder whose gold files define the shape
           (default: /work/shared/benchmarks/pakistan-gold-dev)

Checks, per gold file:
  - JSON parses; top-level keys (and their order) equal those of the dev gold files;
    the keys of cleaning, actors, people, places, quotes, incidents equal the dev keys;
    relations use the seed's keys (a, b, kind, evidence).
  - `article` names the .txt beside it; `about` is "Hand-coded from the text alone."
  - every incident `what`, `date_text`, `location`, every place `name`, every actor and person
    `mention`, every quote `starts`, every not_incidents string, relation `evidence`, and
    cleaning must_not_contain / keep_unchanged / flag_as_damaged appear word for word in the report.
  - each incident `location` is one of the file's places, with the same admin1/admin2.
  - ACLED event type / sub-event type pairs are valid; GTD attack types are valid or null.
  - actor1/actor2 are null, a generic label (Unidentified Armed Group, Civilians) or an actor
    listed in `actors`; relation ends are listed actors; actor kinds/inter codes are consistent.
  - geo_precision in 1..3; killed/injured are null or non-negative integers;
    killed_by_side uses only security_forces / militants / civilians / unknown, and never sums above
    killed (and is empty when killed is null).
Exit status 0 when there are no errors.
"""
import glob
import json
import os
import sys

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians"}
SIDES = {"security_forces", "militants", "civilians", "unknown"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
KINDS_INTER = {"state_force": {1}, "armed_group": {2, 3, 4}}
RELATION_KEYS = ["a", "b", "kind", "evidence"]
ABOUT = "Hand-coded from the text alone."


def dev_shape(dev_dir):
    files = sorted(glob.glob(os.path.join(dev_dir, "*.gold.json")))
    if not files:
        sys.exit("no dev gold files in %s" % dev_dir)
    shape = {}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        s = {"top": list(d.keys()), "cleaning": list(d["cleaning"].keys())}
        for sect in ("actors", "people", "places", "quotes", "incidents"):
            if d[sect]:
                s[sect] = list(d[sect][0].keys())
        for k, v in s.items():
            if k not in shape:
                shape[k] = v
            elif shape[k] != v:
                sys.exit("dev files disagree on the keys of %s: %s vs %s (%s)" % (k, shape[k], v, f))
    return shape


def check_file(path, shape):
    errs = []
    e = errs.append
    name = os.path.basename(path)
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as x:  # noqa: BLE001
        return ["%s: JSON does not parse: %s" % (name, x)]
    txt_name = name.replace(".gold.json", ".txt")
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        return ["%s: no report %s beside it" % (name, txt_name)]
    text = open(txt_path, encoding="utf-8").read()

    if list(d.keys()) != shape["top"]:
        e("%s: top-level keys %s != dev %s" % (name, list(d.keys()), shape["top"]))
        return errs
    if d["article"] != txt_name:
        e("%s: article %r should be %r" % (name, d["article"], txt_name))
    if d["about"] != ABOUT:
        e("%s: about %r" % (name, d["about"]))
    if not (d["publisher"] is None or isinstance(d["publisher"], str)):
        e("%s: publisher must be a string or null" % name)
    elif d["publisher"] and d["publisher"] not in text:
        e("%s: publisher %r not in the report" % (name, d["publisher"]))
    if list(d["cleaning"].keys()) != shape["cleaning"]:
        e("%s: cleaning keys %s" % (name, list(d["cleaning"].keys())))

    def verbatim(label, s):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            e("%s: %s is not a non-empty string: %r" % (name, label, s))
        elif s not in text:
            e("%s: %s not verbatim in report: %r" % (name, label, s))

    for k in ("must_not_contain", "keep_unchanged", "flag_as_damaged"):
        for s in d["cleaning"].get(k, []):
            verbatim("cleaning.%s" % k, s)

    for sect in ("actors", "people", "places", "quotes", "incidents"):
        if not isinstance(d[sect], list):
            e("%s: %s must be a list" % (name, sect))
            return errs
        for i, item in enumerate(d[sect]):
            if sect in shape and list(item.keys()) != shape[sect]:
                e("%s: %s[%d] keys %s != dev %s" % (name, sect, i, list(item.keys()), shape[sect]))
    if not isinstance(d["not_incidents"], list) or not isinstance(d["relations"], list) \
            or not isinstance(d["actor_profiles"], dict):
        e("%s: not_incidents/relations must be lists, actor_profiles a dict" % name)
        return errs

    canon = set()
    for a in d["actors"]:
        if a["canonical"] in canon:
            e("%s: actor %r listed twice" % (name, a["canonical"]))
        canon.add(a["canonical"])
        if a["kind"] in KINDS_INTER and a["acled_inter"] not in KINDS_INTER[a["kind"]]:
            e("%s: actor %r kind %s with inter %s" % (name, a["canonical"], a["kind"], a["acled_inter"]))
        if not a["mentions"]:
            e("%s: actor %r has no mentions" % (name, a["canonical"]))
        for m in a["mentions"]:
            verbatim("actor mention (%s)" % a["canonical"], m)
    people = set()
    for p in d["people"]:
        people.add(p["canonical"])
        if not p["mentions"]:
            e("%s: person %r has no mentions" % (name, p["canonical"]))
        for m in p["mentions"]:
            verbatim("person mention (%s)" % p["canonical"], m)
    places = {}
    for p in d["places"]:
        verbatim("place name", p["name"])
        if p["admin1"] not in ADMIN1:
            e("%s: place %r admin1 %r" % (name, p["name"], p["admin1"]))
        if p["name"] in places:
            e("%s: place %r listed twice" % (name, p["name"]))
        places[p["name"]] = p
    for q in d["quotes"]:
        verbatim("quote starts", q["starts"])
        if not q["speaker"]:
            e("%s: quote without speaker" % name)
    for s in d["not_incidents"]:
        verbatim("not_incidents entry", s)
    for r in d["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            e("%s: relation keys %s" % (name, list(r.keys())))
            continue
        for end in ("a", "b"):
            if r[end] not in canon:
                e("%s: relation end %r not an actor" % (name, r[end]))
        verbatim("relation evidence", r["evidence"])
    for k in d["actor_profiles"]:
        if k not in canon:
            e("%s: actor_profiles key %r not an actor" % (name, k))

    for i, inc in enumerate(d["incidents"]):
        tag = "%s: incident %d" % (name, i + 1)
        verbatim("incident %d what" % (i + 1), inc["what"])
        verbatim("incident %d date_text" % (i + 1), inc["date_text"])
        verbatim("incident %d location" % (i + 1), inc["location"])
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            e("%s: invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
            e("%s: invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a is not None and a not in GENERIC_ACTORS and a not in canon:
                e("%s: %s %r is neither generic nor a listed actor" % (tag, side, a))
        if inc["country"] != "Pakistan":
            e("%s: country %r" % (tag, inc["country"]))
        loc = inc["location"]
        if loc is not None:
            p = places.get(loc)
            if p is None:
                e("%s: location %r is not one of the places" % (tag, loc))
            elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                e("%s: location %r admin %s/%s but place has %s/%s" % (
                    tag, loc, inc["admin1"], inc["admin2"], p["admin1"], p["admin2"]))
        if inc["geo_precision"] not in (1, 2, 3):
            e("%s: geo_precision %r" % (tag, inc["geo_precision"]))
        for k in ("killed", "injured"):
            v = inc[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                e("%s: %s %r" % (tag, k, v))
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            e("%s: killed_by_side must be a dict" % tag)
            continue
        for k, v in kbs.items():
            if k not in SIDES:
                e("%s: killed_by_side side %r" % (tag, k))
            if not isinstance(v, int) or v < 0:
                e("%s: killed_by_side %s=%r" % (tag, k, v))
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if inc["killed"] is None:
            if kbs:
                e("%s: killed is null but killed_by_side is not empty" % tag)
        elif total > inc["killed"]:
            e("%s: killed_by_side sums to %d > killed %d" % (tag, total, inc["killed"]))
        if not inc["note"]:
            e("%s: empty note" % tag)
    return errs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    folder, dev = here, "/work/shared/benchmarks/pakistan-gold-dev"
    args = list(argv)
    if "--dev" in args:
        i = args.index("--dev")
        dev = args[i + 1]
        del args[i:i + 2]
    if args:
        folder = args[0]
    shape = dev_shape(dev)
    golds = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "*.txt")))
    errs = []
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errs.append("%s: no gold file beside it" % os.path.basename(t))
    n_inc = 0
    for g in golds:
        errs.extend(check_file(g, shape))
        try:
            n_inc += len(json.load(open(g, encoding="utf-8"))["incidents"])
        except Exception:  # noqa: BLE001
            pass
    for x in errs:
        print("ERROR", x)
    print("%d gold files, %d reports, %d incidents, %d errors" % (len(golds), len(txts), n_inc, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
