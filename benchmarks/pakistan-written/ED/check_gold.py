#!/usr/bin/env python3
"""Check the ED hand-coded gold files against the dev gold shape and their own reports.

Usage: python3 check_gold.py [ED_DIR] [DEV_DIR]
Defaults: the folder this script is in, and ../../shared/benchmarks/pakistan-gold-dev
(i.e. /work/shared/benchmarks/pakistan-gold-dev).

Checks, per ED-NN.gold.json:
  - JSON parses; `article` names the .txt beside it and it exists; `about` is the fixed phrase
  - top-level keys (and order) match the dev gold files; same keys for cleaning, actors, people,
    places, incidents; quotes {speaker, starts[, note]}; relations {a, b, kind, evidence};
    actor_profiles is an object
  - every `what`, `date_text`, `location`, place `name`, actor / person `mention`, quote `starts`,
    relation `evidence` and not_incidents string appears verbatim in the report
  - each incident `location` is one of the file's places with the same admin1 / admin2
  - ACLED event / sub-event pair valid; GTD attack type valid or null
  - actor1 / actor2 are listed actors or generic labels; relation ends are listed actors
  - killed an int >= 0, injured int >= 0 or null; killed_by_side keys valid and sum <= killed
  - geo_precision 1..3; acled_inter 1..8; report length 60..350 words
Exits 1 and lists errors if any; prints "0 errors" otherwise.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ED_DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
DEV_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.normpath(
    os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))

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
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ABOUT = "Hand-coded from the text alone."
QUOTE_KEYS = {"speaker", "starts"}
RELATION_KEYS = ["a", "b", "kind", "evidence"]


def dev_shape():
    """Key lists observed in the dev gold files (all must agree)."""
    shape = {}
    files = sorted(f for f in os.listdir(DEV_DIR) if f.endswith(".gold.json"))
    if not files:
        sys.exit(f"no dev gold files in {DEV_DIR}")

    def note(kind, keys, src):
        keys = list(keys)
        if kind in shape and shape[kind][0] != keys:
            sys.exit(f"dev files disagree on {kind} keys: {src} vs {shape[kind][1]}")
        shape.setdefault(kind, (keys, src))

    for f in files:
        d = json.load(open(os.path.join(DEV_DIR, f), encoding="utf-8"))
        note("top", d.keys(), f)
        note("cleaning", d["cleaning"].keys(), f)
        for k in ("actors", "people", "places", "incidents"):
            for item in d[k]:
                note(k, item.keys(), f)
    return {k: v[0] for k, v in shape.items()}, len(files)


def main():
    shape, ndev = dev_shape()
    errors = []
    golds = sorted(f for f in os.listdir(ED_DIR) if re.fullmatch(r"ED-\d\d\.gold\.json", f))
    n_inc = 0
    for gf in golds:
        def err(msg):
            errors.append(f"{gf}: {msg}")

        try:
            d = json.load(open(os.path.join(ED_DIR, gf), encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f"JSON does not parse: {e}")
            continue
        if list(d.keys()) != shape["top"]:
            err(f"top-level keys {list(d.keys())} != dev {shape['top']}")
            continue
        art = gf.replace(".gold.json", ".txt")
        if d["article"] != art:
            err(f"article is {d['article']!r}, expected {art!r}")
        if d["about"] != ABOUT:
            err("about is not the fixed phrase")
        tpath = os.path.join(ED_DIR, art)
        if not os.path.exists(tpath):
            err(f"missing report {art}")
            continue
        text = open(tpath, encoding="utf-8").read()
        nwords = len(text.split())
        if not 60 <= nwords <= 350:
            err(f"report has {nwords} words (want 60..350)")

        def verbatim(s, what):
            if s is None:
                return
            if not isinstance(s, str) or not s:
                err(f"{what} is not a non-empty string: {s!r}")
            elif s not in text:
                err(f"{what} not verbatim in report: {s!r}")

        if list(d["cleaning"].keys()) != shape["cleaning"]:
            err("cleaning keys differ from dev")
        if d["publisher"] is not None and d["publisher"] not in text:
            err(f"publisher {d['publisher']!r} not named in report")

        canon = set()
        for a in d["actors"]:
            if list(a.keys()) != shape["actors"]:
                err(f"actor keys {list(a.keys())} != dev {shape['actors']}")
                continue
            canon.add(a["canonical"])
            if a["acled_inter"] not in range(1, 9):
                err(f"actor {a['canonical']}: acled_inter {a['acled_inter']!r}")
            if not a["mentions"]:
                err(f"actor {a['canonical']}: no mentions")
            for m in a["mentions"]:
                verbatim(m, f"actor mention ({a['canonical']})")
        for p in d["people"]:
            if list(p.keys()) != shape["people"]:
                err(f"person keys {list(p.keys())} != dev {shape['people']}")
                continue
            if not p["mentions"]:
                err(f"person {p['canonical']}: no mentions")
            for m in p["mentions"]:
                verbatim(m, f"person mention ({p['canonical']})")
        places = {}
        for p in d["places"]:
            if list(p.keys()) != shape["places"]:
                err(f"place keys {list(p.keys())} != dev {shape['places']}")
                continue
            verbatim(p["name"], "place name")
            places.setdefault(p["name"], []).append((p["admin1"], p["admin2"]))
        for q in d["quotes"]:
            if not (QUOTE_KEYS <= set(q) <= QUOTE_KEYS | {"note"}):
                err(f"quote keys {list(q)}")
                continue
            verbatim(q["starts"], "quote start")
        for s in d["not_incidents"]:
            verbatim(s, "not_incident")
        for r in d["relations"]:
            if list(r.keys()) != RELATION_KEYS:
                err(f"relation keys {list(r)}")
                continue
            verbatim(r["evidence"], "relation evidence")
            for end in (r["a"], r["b"]):
                if end not in canon:
                    err(f"relation end {end!r} not a listed actor")
        if not isinstance(d["actor_profiles"], dict):
            err("actor_profiles is not an object")

        if not d["incidents"]:
            err("no incidents")
        for k, inc in enumerate(d["incidents"], 1):
            n_inc += 1
            tag = f"incident {k}"
            if list(inc.keys()) != shape["incidents"]:
                err(f"{tag}: keys {list(inc.keys())} != dev {shape['incidents']}")
                continue
            verbatim(inc["what"], f"{tag} what")
            verbatim(inc["date_text"], f"{tag} date_text")
            verbatim(inc["location"], f"{tag} location")
            if inc["location"] is not None:
                admins = places.get(inc["location"])
                if not admins:
                    err(f"{tag}: location {inc['location']!r} is not one of the places")
                elif (inc["admin1"], inc["admin2"]) not in admins:
                    err(f"{tag}: location {inc['location']!r} admin {inc['admin1']}/{inc['admin2']} "
                        f"!= place {admins}")
            et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
            if et not in ACLED or st not in ACLED[et]:
                err(f"{tag}: invalid ACLED pair {et!r} / {st!r}")
            if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
                err(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
            for side in ("actor1", "actor2"):
                v = inc[side]
                if v is not None and v not in canon and v not in GENERIC_ACTORS:
                    err(f"{tag}: {side} {v!r} is neither a listed actor nor a generic label")
            if inc["geo_precision"] not in (1, 2, 3):
                err(f"{tag}: geo_precision {inc['geo_precision']!r}")
            kl = inc["killed"]
            if not isinstance(kl, int) or isinstance(kl, bool) or kl < 0:
                err(f"{tag}: killed {kl!r}")
                kl = 0
            inj = inc["injured"]
            if inj is not None and (not isinstance(inj, int) or isinstance(inj, bool) or inj < 0):
                err(f"{tag}: injured {inj!r}")
            kbs = inc["killed_by_side"]
            if not isinstance(kbs, dict):
                err(f"{tag}: killed_by_side not an object")
            else:
                bad = set(kbs) - SIDES
                if bad:
                    err(f"{tag}: killed_by_side keys {sorted(bad)}")
                if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                    err(f"{tag}: killed_by_side values {kbs}")
                elif sum(kbs.values()) > kl:
                    err(f"{tag}: killed_by_side sums to {sum(kbs.values())} > killed {kl}")
            if not inc["note"]:
                err(f"{tag}: empty note")

    for e in errors:
        print(e)
    print(f"checked {len(golds)} gold files, {n_inc} incidents, against the shape of {ndev} dev gold files: "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
