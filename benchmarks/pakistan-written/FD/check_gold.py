#!/usr/bin/env python3
"""Checks the FD gold files against their reports and against the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Prints one line per error and a final count; exit status 1 if any error.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
DEV_REF = os.path.join(DEV, "satp-sa-dev-109.gold.json")  # has actors, people, places, 2 incidents

ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
ADMIN1 = {None, "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Gilgit-Baltistan",
          "Azad Kashmir", "Islamabad Capital Territory"}
# shapes of list items the dev files leave empty: taken from the seed gold file
QUOTE_KEYS = ["speaker", "starts"]
RELATION_KEYS = ["a", "b", "kind", "evidence"]


def keys(d):
    return list(d.keys())


def check(folder):
    errors = []

    def err(f, msg):
        errors.append("%s: %s" % (os.path.basename(f), msg))

    ref = json.load(open(DEV_REF, encoding="utf-8"))
    # every dev file must share the reference's top-level and incident key order
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(f, encoding="utf-8"))
        if keys(d) != keys(ref):
            err(f, "dev file differs from reference shape (checker assumption broken)")
    top = keys(ref)
    cleaning = keys(ref["cleaning"])
    actor_k = keys(ref["actors"][0])
    person_k = keys(ref["people"][0])
    place_k = keys(ref["places"][0])
    inc_k = keys(ref["incidents"][0])

    golds = sorted(glob.glob(os.path.join(folder, "FD-*.gold.json")))
    if not golds:
        errors.append("no FD-*.gold.json files in %s" % folder)
    for f in golds:
        try:
            d = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f, "JSON does not parse: %s" % e)
            continue
        stem = os.path.basename(f)[:-len(".gold.json")]
        if keys(d) != top:
            err(f, "top-level keys %s != dev %s" % (keys(d), top))
            continue
        if d["article"] != stem + ".txt":
            err(f, "article is %r, expected %r" % (d["article"], stem + ".txt"))
        if d["about"] != "Hand-coded from the text alone.":
            err(f, "about string differs from dev")
        txt_path = os.path.join(folder, d["article"])
        if not os.path.exists(txt_path):
            err(f, "report %s missing" % d["article"])
            continue
        text = open(txt_path, encoding="utf-8").read()

        def verbatim(s, what):
            if s is None:
                return
            if not isinstance(s, str) or not s:
                err(f, "%s is not a non-empty string: %r" % (what, s))
            elif s not in text:
                err(f, "%s not verbatim in report: %r" % (what, s))

        if keys(d["cleaning"]) != cleaning:
            err(f, "cleaning keys differ")
        if d["publisher"] is not None:
            verbatim(d["publisher"], "publisher")
        actor_names = set()
        for a in d["actors"]:
            if keys(a) != actor_k:
                err(f, "actor keys %s != %s" % (keys(a), actor_k))
                continue
            actor_names.add(a["canonical"])
            if a["kind"] not in ("state_force", "armed_group") or a["acled_inter"] not in range(1, 9):
                err(f, "odd actor kind/inter for %s" % a["canonical"])
            if not a["mentions"]:
                err(f, "actor %s has no mentions" % a["canonical"])
            for m in a["mentions"]:
                verbatim(m, "actor mention")
        for p in d["people"]:
            if keys(p) != person_k:
                err(f, "person keys %s != %s" % (keys(p), person_k))
                continue
            for m in p["mentions"]:
                verbatim(m, "person mention")
        places = {}
        for p in d["places"]:
            if keys(p) != place_k:
                err(f, "place keys %s != %s" % (keys(p), place_k))
                continue
            verbatim(p["name"], "place name")
            if p["admin1"] not in ADMIN1:
                err(f, "place %s has unknown admin1 %r" % (p["name"], p["admin1"]))
            if p["name"] in places:
                err(f, "place %s listed twice" % p["name"])
            places[p["name"]] = p
        for q in d["quotes"]:
            if keys(q) != QUOTE_KEYS:
                err(f, "quote keys %s" % keys(q))
                continue
            verbatim(q["starts"], "quote start")
        for s in d["not_incidents"]:
            verbatim(s, "not_incident")
        if not isinstance(d["relations"], list):
            err(f, "relations is not a list")
        else:
            for r in d["relations"]:
                if keys(r) != RELATION_KEYS:
                    err(f, "relation keys %s" % keys(r))
        if not isinstance(d["actor_profiles"], dict):
            err(f, "actor_profiles is not an object")
        for n, inc in enumerate(d["incidents"], 1):
            tag = "incident %d" % n
            if keys(inc) != inc_k:
                err(f, "%s keys %s != dev %s" % (tag, keys(inc), inc_k))
                continue
            verbatim(inc["what"], tag + " what")
            verbatim(inc["date_text"], tag + " date_text")
            verbatim(inc["location"], tag + " location")
            p = places.get(inc["location"])
            if p is None:
                err(f, "%s location %r is not among the places" % (tag, inc["location"]))
            elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f, "%s admin %r/%r != place's %r/%r" % (tag, inc["admin1"], inc["admin2"],
                                                           p["admin1"], p["admin2"]))
            ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
            if sub not in ACLED.get(ev, ()):
                err(f, "%s invalid ACLED pair %r / %r" % (tag, ev, sub))
            if inc["gtd_attack_type"] not in GTD:
                err(f, "%s invalid GTD type %r" % (tag, inc["gtd_attack_type"]))
            for side in ("actor1", "actor2"):
                if inc[side] not in GENERIC and inc[side] not in actor_names:
                    err(f, "%s %s %r is neither generic nor a listed actor" % (tag, side, inc[side]))
            if inc["country"] != "Pakistan":
                err(f, "%s country %r" % (tag, inc["country"]))
            if inc["geo_precision"] not in (1, 2, 3):
                err(f, "%s geo_precision %r" % (tag, inc["geo_precision"]))
            k = inc["killed"]
            if k is not None and (not isinstance(k, int) or k < 0):
                err(f, "%s killed %r" % (tag, k))
            kbs = inc["killed_by_side"]
            if not isinstance(kbs, dict):
                err(f, "%s killed_by_side not an object" % tag)
            else:
                bad = set(kbs) - SIDES
                if bad:
                    err(f, "%s unknown sides %s" % (tag, sorted(bad)))
                if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                    err(f, "%s non-integer side count" % tag)
                elif sum(kbs.values()) > (k or 0):
                    err(f, "%s killed_by_side sums to %d > killed %r" % (tag, sum(kbs.values()), k))
            inj = inc["injured"]
            if inj is not None and (not isinstance(inj, int) or inj < 0):
                err(f, "%s injured %r" % (tag, inj))
            if not inc["note"]:
                err(f, "%s has no note" % tag)
    return errors, len(golds)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    errors, n = check(folder)
    for e in errors:
        print(e)
    print("%d gold files checked, %d errors" % (n, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
