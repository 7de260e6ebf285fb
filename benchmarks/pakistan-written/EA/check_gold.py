#!/usr/bin/env python3
"""Check the EA hand-coded gold files against the shape and practice of pakistan-gold-dev.

Usage: python3 check_gold.py [DIR]     (DIR defaults to the folder of this script)

Checks, for every EA-NN.gold.json beside its EA-NN.txt:
  * the JSON parses; top-level keys (and their order) match a dev gold file; nested keys of
    cleaning, actors, people, places, quotes, incidents and relations match the dev/seed shape;
  * `article` names the .txt beside it; `about` is the dev wording;
  * every quoted string appears word for word in the report: incident `what`, `date_text`,
    `location`; place `name`; actor and person `mentions`; `not_incidents`; quote `starts`;
  * each incident location is one of the file's places, with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid; GTD attack types are valid (or null);
  * actor1/actor2 are a listed actor's canonical name or a generic label;
  * killed/injured are null or non-negative integers; killed_by_side uses the dev side keys
    and never sums above killed; geo_precision is 1, 2 or 3;
  * set-level: 30 reports, 13 with one incident, 15 with two or three, 2 with none.
Prints each error and a final count; exits 1 if any error.
"""
import glob
import json
import os
import sys

DEV_DIR = "/work/shared/benchmarks/pakistan-gold-dev"
SEED = "/work/shared/seed/article-001.gold.json"

TOP_KEYS = ['article', 'about', 'publisher', 'cleaning', 'actors', 'people', 'places', 'quotes',
            'incidents', 'not_incidents', 'relations', 'actor_profiles']
CLEANING_KEYS = ['must_contain', 'must_not_contain', 'keep_unchanged', 'near_duplicate_sentences',
                 'flag_as_damaged']
ACTOR_KEYS = ['canonical', 'kind', 'acled_inter', 'mentions']
PERSON_KEYS = {'canonical', 'mentions', 'roles'}          # 'note' optional (seed file)
PLACE_KEYS = ['name', 'kind', 'admin1', 'admin2']
QUOTE_KEYS = {'speaker', 'starts'}                         # 'note' optional (seed file)
RELATION_KEYS = {'a', 'b', 'kind', 'evidence'}
INCIDENT_KEYS = ['what', 'acled_event_type', 'acled_sub_event_type', 'gtd_attack_type', 'actor1',
                 'actor2', 'country', 'admin1', 'admin2', 'location', 'geo_precision', 'date_text',
                 'killed', 'killed_by_side', 'injured', 'note']

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
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
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown", None}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
ACTOR_KINDS = {"state_force", "armed_group"}
PLACE_KINDS = {"town", "area", "district", "city", "province", "country"}
PUBLISHERS = {"Dawn", "The News", "Daily Times", "The Express Tribune", None}


def reference_keys():
    """Top-level keys of a dev gold file (falls back to the built-in list if not readable)."""
    try:
        ref = sorted(glob.glob(os.path.join(DEV_DIR, "*.gold.json")))[0]
        with open(ref) as f:
            return list(json.load(f).keys()), ref
    except Exception:
        return TOP_KEYS, "(built-in list)"


def check_file(path, ref_keys, errors):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return None
    if list(g.keys()) != ref_keys:
        err(f"top-level keys {list(g.keys())} != dev {ref_keys}")
        return None
    txt_name = name.replace(".gold.json", ".txt")
    if g["article"] != txt_name:
        err(f"article {g['article']!r} does not name {txt_name}")
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        err(f"missing report {txt_name}")
        return None
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    if g["about"] != "Hand-coded from the text alone.":
        err("about is not 'Hand-coded from the text alone.'")
    if g["publisher"] not in PUBLISHERS:
        err(f"unexpected publisher {g['publisher']!r}")
    if g["publisher"] is not None and g["publisher"] not in text:
        err(f"publisher {g['publisher']!r} not in text")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in text: {s!r}")

    if list(g["cleaning"].keys()) != CLEANING_KEYS:
        err("cleaning keys differ from dev")

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACTOR_KEYS:
            err(f"actor keys {list(a.keys())}")
            continue
        canon.add(a["canonical"])
        if a["kind"] not in ACTOR_KINDS:
            err(f"actor kind {a['kind']!r}")
        if a["acled_inter"] not in range(1, 9):
            err(f"actor inter {a['acled_inter']!r}")
        if not a["mentions"]:
            err(f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in g["people"]:
        if not PERSON_KEYS <= set(p) or set(p) - PERSON_KEYS - {"note"}:
            err(f"person keys {list(p.keys())}")
            continue
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != PLACE_KEYS:
            err(f"place keys {list(p.keys())}")
            continue
        verbatim(p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            err(f"place kind {p['kind']!r}")
        if p["kind"] != "country" and p["admin1"] not in ADMIN1 and p["name"] not in ("Kunar",):
            err(f"place {p['name']} admin1 {p['admin1']!r} not a Pakistani admin1")
        places[p["name"]] = p
    for q in g["quotes"]:
        if not QUOTE_KEYS <= set(q) or set(q) - QUOTE_KEYS - {"note"}:
            err(f"quote keys {list(q.keys())}")
            continue
        verbatim(q["starts"], "quote start")
    for r in g["relations"]:
        if set(r) != RELATION_KEYS:
            err(f"relation keys {list(r.keys())}")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles is not an object")

    for k, inc in enumerate(g["incidents"], 1):
        tag = f"incident {k}"
        if list(inc.keys()) != INCIDENT_KEYS:
            err(f"{tag} keys {list(inc.keys())} != dev")
            continue
        verbatim(inc["what"], f"{tag} what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        p = places.get(inc["location"])
        if p is None:
            err(f"{tag} location {inc['location']!r} is not one of the file's places")
        elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
            err(f"{tag} admin1/admin2 {inc['admin1']}/{inc['admin2']} != place {p['admin1']}/{p['admin2']}")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag} invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] not in GTD_ATTACK:
            err(f"{tag} invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a not in GENERIC_ACTORS and a not in canon:
                err(f"{tag} {side} {a!r} is neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            err(f"{tag} country {inc['country']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {inc['geo_precision']!r}")
        killed, injured, kbs = inc["killed"], inc["injured"], inc["killed_by_side"]
        for lab, v in (("killed", killed), ("injured", injured)):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{tag} {lab} {v!r} is not a non-negative integer or null")
        if not isinstance(kbs, dict):
            err(f"{tag} killed_by_side is not an object")
        else:
            bad = set(kbs) - SIDES
            if bad:
                err(f"{tag} killed_by_side has unknown sides {sorted(bad)}")
            if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                err(f"{tag} killed_by_side values must be non-negative integers")
            elif sum(kbs.values()) > (killed or 0):
                err(f"{tag} killed_by_side sums to {sum(kbs.values())} > killed {killed}")
        if not inc["note"]:
            err(f"{tag} has no note")
    return g


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    ref_keys, ref = reference_keys()
    errors = []
    files = sorted(glob.glob(os.path.join(folder, "EA-*.gold.json")))
    golds = {}
    for path in files:
        g = check_file(path, ref_keys, errors)
        if g is not None:
            golds[os.path.basename(path)] = g
    txts = sorted(glob.glob(os.path.join(folder, "EA-*.txt")))
    for t in txts:
        if not os.path.exists(t.replace(".txt", ".gold.json")):
            errors.append(f"{os.path.basename(t)}: no gold file beside it")
    # set-level shape asked for by the brief
    n = [len(g["incidents"]) for g in golds.values()]
    if len(files) != 30:
        errors.append(f"set: {len(files)} gold files, expected 30")
    counts = {"one": sum(x == 1 for x in n), "two_three": sum(x in (2, 3) for x in n),
              "none": sum(x == 0 for x in n), "more": sum(x > 3 for x in n)}
    if (counts["one"], counts["two_three"], counts["none"], counts["more"]) != (13, 15, 2, 0):
        errors.append(f"set: incident-count mix {counts}, expected 13 / 15 / 2 / 0")
    for e in errors:
        print(e)
    print(f"checked {len(files)} gold files against dev keys from {ref}; "
          f"{sum(n)} incidents; mix {counts}; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
