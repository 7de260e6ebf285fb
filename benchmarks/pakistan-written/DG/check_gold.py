#!/usr/bin/env python3
"""Checks the DG-NN.gold.json files beside their DG-NN.txt reports.

  python3 check_gold.py [DIR]

Verifies, per file: JSON parses; top-level and nested keys match the dev gold shape
(taken from shared/benchmarks/pakistan-gold-dev when present, else a built-in copy);
`article`/`about`; every quoted string (incident what/date_text/location, place names,
actor and person mentions, quote starts, not_incidents, relation evidence) appears
verbatim in the report; each incident location is one of the file's places with the
same admin1/admin2; ACLED event/sub-event pairs and GTD attack types are valid;
killed_by_side uses known sides, non-negative integers, and never sums above killed;
actor1/actor2 are listed actors or generic labels; report length is 60-400 words.
Prints each error and a final count; exit status 1 when there are errors.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))

TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                 "killed", "killed_by_side", "injured", "note"]
QUOTE_KEYS = ["speaker", "starts"]               # shape of seed/article-001.gold.json
RELATION_KEYS = ["a", "b", "kind", "evidence"]   # shape of seed/article-001.gold.json

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
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}


def dev_shapes():
    """Key lists as the dev gold files have them (falls back to the built-in copy)."""
    shapes = {"top": TOP_KEYS, "cleaning": CLEANING_KEYS, "actor": ACTOR_KEYS,
              "person": PERSON_KEYS, "place": PLACE_KEYS, "incident": INCIDENT_KEYS}
    files = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))
    if not files:
        return shapes, "built-in"
    seen = {k: set() for k in shapes}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        seen["top"].add(tuple(d.keys()))
        seen["cleaning"].add(tuple(d["cleaning"].keys()))
        for a in d["actors"]:
            seen["actor"].add(tuple(a.keys()))
        for p in d["people"]:
            seen["person"].add(tuple(p.keys()))
        for p in d["places"]:
            seen["place"].add(tuple(p.keys()))
        for i in d["incidents"]:
            seen["incident"].add(tuple(i.keys()))
    for k, v in seen.items():
        if len(v) == 1:
            shapes[k] = list(next(iter(v)))
    return shapes, f"{len(files)} dev files"


def check_file(path, shapes):
    errs = []
    name = os.path.basename(path)
    txt_path = path.replace(".gold.json", ".txt")
    E = lambda msg: errs.append(f"{name}: {msg}")
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"{name}: JSON does not parse: {e}"]
    if not os.path.exists(txt_path):
        return [f"{name}: no report {os.path.basename(txt_path)} beside it"]
    text = open(txt_path, encoding="utf-8").read()

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            E(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            E(f"{what} not verbatim in report: {s!r}")

    if list(d.keys()) != shapes["top"]:
        E(f"top-level keys {list(d.keys())} != dev {shapes['top']}")
        return errs
    if d["article"] != os.path.basename(txt_path):
        E(f"article {d['article']!r} does not name {os.path.basename(txt_path)}")
    if d["about"] != "Hand-coded from the text alone.":
        E("about is not 'Hand-coded from the text alone.'")
    if d["publisher"] is not None:
        verbatim(d["publisher"], "publisher")
    if list(d["cleaning"].keys()) != shapes["cleaning"]:
        E(f"cleaning keys {list(d['cleaning'].keys())}")
    words = len(text.split())
    if not 60 <= words <= 400:
        E(f"report has {words} words (want 60-400)")

    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != shapes["actor"]:
            E(f"actor keys {list(a.keys())}")
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            E(f"actor {a['canonical']!r} acled_inter {a['acled_inter']!r}")
        if not a["mentions"]:
            E(f"actor {a['canonical']!r} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention of {a['canonical']!r}")
    people = set()
    for p in d["people"]:
        if list(p.keys()) != shapes["person"]:
            E(f"person keys {list(p.keys())}")
            continue
        people.add(p["canonical"])
        if not p["mentions"]:
            E(f"person {p['canonical']!r} has no mentions")
        for m in p["mentions"]:
            verbatim(m, f"person mention of {p['canonical']!r}")
    places = {}
    for p in d["places"]:
        if list(p.keys()) != shapes["place"]:
            E(f"place keys {list(p.keys())}")
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            E(f"place {p['name']!r} admin1 {p['admin1']!r}")
        places.setdefault(p["name"], []).append((p["admin1"], p["admin2"]))
    for q in d["quotes"]:
        if list(q.keys()) != QUOTE_KEYS:
            E(f"quote keys {list(q.keys())}")
            continue
        verbatim(q["starts"], "quote start")
        sp = q["speaker"]
        if sp not in people | canon and sp not in text and not sp.startswith("unnamed"):
            E(f"quote speaker {sp!r} is not a person, an actor, a name in the text or 'unnamed ...'")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")
    for r in d["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            E(f"relation keys {list(r.keys())}")
            continue
        verbatim(r["evidence"], "relation evidence")
        for side in ("a", "b"):
            if r[side] not in canon:
                E(f"relation {side} {r[side]!r} is not a listed actor")
    if not isinstance(d["actor_profiles"], dict):
        E("actor_profiles is not an object")

    if not d["incidents"]:
        E("no incidents")
    for n, i in enumerate(d["incidents"], 1):
        tag = f"incident {n}"
        if list(i.keys()) != shapes["incident"]:
            E(f"{tag} keys {list(i.keys())}")
            continue
        verbatim(i["what"], f"{tag} what")
        verbatim(i["date_text"], f"{tag} date_text")
        verbatim(i["location"], f"{tag} location")
        if i["country"] != "Pakistan":
            E(f"{tag} country {i['country']!r}")
        ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            E(f"{tag} invalid ACLED pair {ev!r} / {sub!r}")
        if i["gtd_attack_type"] not in GTD:
            E(f"{tag} invalid GTD attack type {i['gtd_attack_type']!r}")
        for k in ("actor1", "actor2"):
            v = i[k]
            if v is not None and v not in canon and v not in GENERIC_ACTORS:
                E(f"{tag} {k} {v!r} is neither a listed actor nor a generic label")
        if i["location"] not in places:
            E(f"{tag} location {i['location']!r} is not among the file's places")
        elif (i["admin1"], i["admin2"]) not in places[i["location"]]:
            E(f"{tag} admin {i['admin1']!r}/{i['admin2']!r} differs from place "
              f"{i['location']!r} {places[i['location']]}")
        if i["geo_precision"] not in (1, 2, 3):
            E(f"{tag} geo_precision {i['geo_precision']!r}")
        k, inj, kbs = i["killed"], i["injured"], i["killed_by_side"]
        for lab, v in (("killed", k), ("injured", inj)):
            if v is not None and (not isinstance(v, int) or v < 0):
                E(f"{tag} {lab} {v!r}")
        if not isinstance(kbs, dict):
            E(f"{tag} killed_by_side is not an object")
            continue
        for side, v in kbs.items():
            if side not in SIDES:
                E(f"{tag} unknown side {side!r}")
            if not isinstance(v, int) or v < 0:
                E(f"{tag} killed_by_side {side}={v!r}")
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if kbs and k is None:
            E(f"{tag} killed_by_side given but killed is null")
        elif k is not None and total > k:
            E(f"{tag} killed_by_side sums to {total} > killed {k}")
        if not i["note"]:
            E(f"{tag} has no note")
    return errs


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shapes, src = dev_shapes()
    files = sorted(glob.glob(os.path.join(folder, "DG-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "DG-*.txt")))
    errs = []
    if len(files) != len(txts):
        errs.append(f"{len(txts)} reports but {len(files)} gold files")
    n_inc = 0
    for f in files:
        errs += check_file(f, shapes)
        try:
            n_inc += len(json.load(open(f, encoding="utf-8"))["incidents"])
        except Exception:  # noqa: BLE001
            pass
    for e in errs:
        print(e)
    print(f"checked {len(files)} gold files ({n_inc} incidents) against key shapes from {src}: "
          f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
