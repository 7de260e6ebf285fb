#!/usr/bin/env python3
"""Check the DB-NN.gold.json files beside this script.

Checks, per file:
  * the JSON parses; `article` names the .txt beside it and that file exists;
  * top-level keys (and their order), and the keys of cleaning, actors, people, places and
    incidents, equal those of a dev gold file (quotes / relations use the seed file's shape,
    as the dev files leave them empty);
  * every incident `what`, `date_text` and `location`, every place `name`, every actor and
    person mention, every quote `starts`, every not_incidents string and every relation
    `evidence` appears word for word in the report;
  * each incident location is one of the file's places and carries the same admin1/admin2;
  * ACLED event/sub-event pairs are valid; GTD attack types are valid or null;
  * killed_by_side uses only security_forces / civilians / militants, positive integers, and
    never sums above killed;
  * actor1/actor2 are null, a generic label, or a listed actor; relation ends are listed actors;
    quote speakers are listed people;
  * geo_precision is 1, 2 or 3 (3 only with admin2 null); the report has 120-300 words and
    3-5 incidents.

Usage: python3 check_gold.py [DIR]    -> prints every problem and "N errors"; exit 1 if any.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"

# Fallback copy of the dev shape (used only if the dev file cannot be read).
FALLBACK = {
    "top": ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"],
    "cleaning": ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"],
    "actor": ["canonical", "kind", "acled_inter", "mentions"],
    "person": ["canonical", "mentions", "roles"],
    "place": ["name", "kind", "admin1", "admin2"],
    "incident": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                 "killed", "killed_by_side", "injured", "note"],
}
QUOTE_KEYS = {"speaker", "starts"}           # seed shape; "note" optional
QUOTE_OPTIONAL = {"note"}
RELATION_KEYS = ["a", "b", "kind", "evidence"]  # seed shape

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
SIDES = {"security_forces", "civilians", "militants"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country"}


def reference_shape():
    try:
        with open(DEV, encoding="utf-8") as f:
            d = json.load(f)
        return {
            "top": list(d.keys()),
            "cleaning": list(d["cleaning"].keys()),
            "actor": list(d["actors"][0].keys()),
            "person": list(d["people"][0].keys()),
            "place": list(d["places"][0].keys()),
            "incident": list(d["incidents"][0].keys()),
        }, "dev file " + os.path.basename(DEV)
    except (OSError, ValueError, KeyError, IndexError):
        return FALLBACK, "built-in copy of the dev shape"


def check_file(path, shape, errs):
    name = os.path.basename(path)

    def err(msg):
        errs.append(f"{name}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
    except ValueError as e:
        err(f"JSON does not parse: {e}")
        return None
    if list(g.keys()) != shape["top"]:
        err(f"top-level keys {list(g.keys())} != {shape['top']}")
        return None
    stem = name[:-len(".gold.json")]
    if g["article"] != stem + ".txt":
        err(f"article {g['article']!r} should be {stem + '.txt'!r}")
    txt_path = os.path.join(os.path.dirname(path), g["article"])
    if not os.path.exists(txt_path):
        err(f"report {g['article']} missing")
        return None
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    if g["about"] != "Hand-coded from the text alone.":
        err("about should be 'Hand-coded from the text alone.'")
    if g["publisher"] is not None and g["publisher"] not in text:
        err(f"publisher {g['publisher']!r} not in text")
    if list(g["cleaning"].keys()) != shape["cleaning"]:
        err("cleaning keys differ from dev")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in report: {s!r}")

    actors = {}
    for a in g["actors"]:
        if list(a.keys()) != shape["actor"]:
            err(f"actor keys {list(a.keys())} differ from dev")
            continue
        actors[a["canonical"]] = a
        if a["kind"] not in {"state_force", "armed_group"}:
            err(f"actor {a['canonical']}: unexpected kind {a['kind']!r}")
        if a["acled_inter"] not in range(1, 9):
            err(f"actor {a['canonical']}: bad acled_inter")
        if not a["mentions"]:
            err(f"actor {a['canonical']}: no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    people = set()
    for p in g["people"]:
        if list(p.keys()) != shape["person"]:
            err(f"person keys {list(p.keys())} differ from dev")
            continue
        people.add(p["canonical"])
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != shape["place"]:
            err(f"place keys {list(p.keys())} differ from dev")
            continue
        if p["name"] in places:
            err(f"place {p['name']!r} listed twice")
        places[p["name"]] = p
        verbatim(p["name"], "place name")
        if p["kind"] not in PLACE_KINDS:
            err(f"place {p['name']}: unexpected kind {p['kind']!r}")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']}: unexpected admin1 {p['admin1']!r}")
        if p["kind"] in {"province", "country"} and p["admin2"] is not None:
            err(f"place {p['name']}: a {p['kind']} has admin2")
    for q in g["quotes"]:
        if not QUOTE_KEYS <= set(q) <= QUOTE_KEYS | QUOTE_OPTIONAL:
            err(f"quote keys {sorted(q)} differ from the seed shape")
            continue
        verbatim(q["starts"], "quote start")
        if q["speaker"] not in people:
            err(f"quote speaker {q['speaker']!r} not among people")
    for s in g["not_incidents"]:
        verbatim(s, "not_incidents entry")
    for r in g["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            err(f"relation keys {list(r.keys())} differ from the seed shape")
            continue
        for end in ("a", "b"):
            if r[end] not in actors:
                err(f"relation end {r[end]!r} not among actors")
        verbatim(r["evidence"], "relation evidence")
    if not isinstance(g["actor_profiles"], dict):
        err("actor_profiles is not an object")

    incs = g["incidents"]
    if not 3 <= len(incs) <= 5:
        err(f"{len(incs)} incidents (want 3-5)")
    for n, i in enumerate(incs, 1):
        tag = f"incident {n}"
        if list(i.keys()) != shape["incident"]:
            err(f"{tag}: keys {list(i.keys())} differ from dev")
            continue
        verbatim(i["what"], f"{tag} what")
        verbatim(i["date_text"], f"{tag} date_text")
        verbatim(i["location"], f"{tag} location")
        loc = places.get(i["location"])
        if loc is None:
            err(f"{tag}: location {i['location']!r} is not one of the places")
        elif (loc["admin1"], loc["admin2"]) != (i["admin1"], i["admin2"]):
            err(f"{tag}: admin1/admin2 {(i['admin1'], i['admin2'])} != place's "
                f"{(loc['admin1'], loc['admin2'])}")
        ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{tag}: invalid ACLED pair {ev!r} / {sub!r}")
        if i["gtd_attack_type"] is not None and i["gtd_attack_type"] not in GTD:
            err(f"{tag}: invalid GTD attack type {i['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = i[side]
            if a is not None and a not in GENERIC and a not in actors:
                err(f"{tag}: {side} {a!r} is neither generic nor a listed actor")
        if i["country"] != "Pakistan":
            err(f"{tag}: country {i['country']!r}")
        if i["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {i['geo_precision']!r}")
        elif i["geo_precision"] == 3 and i["admin2"] is not None:
            err(f"{tag}: precision 3 with an admin2")
        k = i["killed"]
        if not isinstance(k, int) or k < 0:
            err(f"{tag}: killed {k!r} is not a non-negative integer")
            k = 0
        kbs = i["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side is not an object")
        else:
            for s, v in kbs.items():
                if s not in SIDES:
                    err(f"{tag}: unknown side {s!r}")
                if not isinstance(v, int) or v <= 0:
                    err(f"{tag}: side count {s}={v!r} is not a positive integer")
            if sum(v for v in kbs.values() if isinstance(v, int)) > k:
                err(f"{tag}: killed_by_side sums to more than killed ({kbs} > {k})")
        inj = i["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag}: injured {inj!r}")
        if not i["note"]:
            err(f"{tag}: empty note")
    words = len(text.split())
    if not 120 <= words <= 300:
        err(f"report has {words} words (want 120-300)")
    return g, text


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shape, source = reference_shape()
    errs = []
    files = sorted(glob.glob(os.path.join(folder, "DB-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "DB-*.txt")))
    if len(files) != len(txts):
        errs.append(f"{len(files)} gold files but {len(txts)} reports")
    n_inc = 0
    for path in files:
        res = check_file(path, shape, errs)
        if res:
            n_inc += len(res[0]["incidents"])
    for e in errs:
        print(e)
    print(f"checked {len(files)} gold files, {n_inc} incidents, key shape from {source}")
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
