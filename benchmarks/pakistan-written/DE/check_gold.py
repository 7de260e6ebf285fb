#!/usr/bin/env python3
"""Check the DE-NN.gold.json files beside their DE-NN.txt reports.

Checks, per file:
  - the JSON parses;
  - top-level keys (and their order) equal those of a dev gold file; cleaning keys equal; each
    actor / person / place / quote / incident / relation / profile has the dev (or seed) keys,
    incidents in the dev key order;
  - `article` names the .txt beside it and `about` is the standard sentence;
  - every quoted string appears word for word in the report: incident `what`, `date_text`,
    `location`; place `name`; actor and person `mentions`; quote `starts`; `not_incidents`;
    relation and profile `evidence`;
  - each incident location is one of the file's places, with the same admin1/admin2;
  - ACLED event type / sub-event type pairs are valid; GTD attack types are valid or null;
  - killed_by_side uses known sides and never sums above killed;
  - actor1/actor2 are listed actors or generic labels; geo_precision is 1-3;
  - each report has 100-300 words.
Usage: python3 check_gold.py [DIR]   (default: this file's folder). Exit status 1 on errors.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"

TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                 "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                 "killed", "killed_by_side", "injured", "note"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]          # optional: note (seed)
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]          # optional: note
QUOTE_KEYS = ["speaker", "starts"]                          # optional: note (seed)
RELATION_KEYS = ["a", "b", "kind", "evidence"]
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}

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
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia",
              "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
              "Abortion Related"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Punjab", "Sindh", "Balochistan", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
ACTOR_KINDS = {"state_force", "armed_group", "political_party", "civil_society", "other"}


def check_file(path, errors):
    name = os.path.basename(path)

    def err(msg):
        errors.append(f"{name}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return 0
    txt_path = path[: -len(".gold.json")] + ".txt"
    if not os.path.exists(txt_path):
        err("no .txt beside it")
        return 0
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not verbatim in report: {s!r}")

    if list(gold.keys()) != TOP_KEYS:
        err(f"top-level keys {list(gold.keys())} != dev {TOP_KEYS}")
        return 0
    if gold["article"] != os.path.basename(txt_path):
        err(f"article {gold['article']!r} != {os.path.basename(txt_path)!r}")
    if gold["about"] != "Hand-coded from the text alone.":
        err("about is not 'Hand-coded from the text alone.'")
    if gold["publisher"] is not None:
        verbatim(gold["publisher"], "publisher")
    if list(gold["cleaning"].keys()) != CLEANING_KEYS:
        err("cleaning keys differ from dev")

    canon = set()
    for a in gold["actors"]:
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
    people = set()
    for p in gold["people"]:
        if list(p.keys())[:3] != PERSON_KEYS or set(p) - set(PERSON_KEYS) - {"note"}:
            err(f"person keys {list(p.keys())}")
            continue
        people.add(p["canonical"])
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in gold["places"]:
        if list(p.keys())[:4] != PLACE_KEYS or set(p) - set(PLACE_KEYS) - {"note"}:
            err(f"place keys {list(p.keys())}")
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']} admin1 {p['admin1']!r}")
        if p["name"] in places:
            err(f"place {p['name']} listed twice")
        places[p["name"]] = p
    for q in gold["quotes"]:
        if list(q.keys())[:2] != QUOTE_KEYS or set(q) - set(QUOTE_KEYS) - {"note"}:
            err(f"quote keys {list(q.keys())}")
            continue
        verbatim(q["starts"], "quote start")
        if q["speaker"] not in people | canon and not q["speaker"].startswith("unnamed") \
                and q["speaker"] != "Inter-Services Public Relations":
            err(f"quote speaker {q['speaker']!r} is not a listed person or actor")
    for s in gold["not_incidents"]:
        verbatim(s, "not_incident")
    for r in gold["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            err(f"relation keys {list(r.keys())}")
            continue
        verbatim(r["evidence"], "relation evidence")
        for side in ("a", "b"):
            if r[side] not in canon:
                err(f"relation {side} {r[side]!r} not a listed actor")
    if not isinstance(gold["actor_profiles"], dict):
        err("actor_profiles is not an object")
    else:
        for actor_name, prof in gold["actor_profiles"].items():
            if actor_name not in canon:
                err(f"profile for unlisted actor {actor_name!r}")
            if set(prof) - PROFILE_KEYS or "evidence" not in prof:
                err(f"profile keys {list(prof)}")
                continue
            verbatim(prof["evidence"], "profile evidence")
            for t in prof.get("gtd_target_types", []):
                if t not in GTD_TARGET:
                    err(f"profile target type {t!r}")
            for t in prof.get("gtd_attack_types", []):
                if t not in GTD_ATTACK:
                    err(f"profile attack type {t!r}")

    n = 0
    for i in gold["incidents"]:
        n += 1
        tag = f"incident {n}"
        if list(i.keys()) != INCIDENT_KEYS:
            err(f"{tag} keys {list(i.keys())} != dev")
            continue
        verbatim(i["what"], f"{tag} what")
        if i["date_text"] is not None:
            verbatim(i["date_text"], f"{tag} date_text")
        verbatim(i["location"], f"{tag} location")
        p = places.get(i["location"])
        if p is None:
            err(f"{tag} location {i['location']!r} is not one of the file's places")
        elif (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
            err(f"{tag} admin {i['admin1']}/{i['admin2']} != place {p['admin1']}/{p['admin2']}")
        ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{tag} invalid ACLED pair {ev!r} / {sub!r}")
        if i["gtd_attack_type"] is not None and i["gtd_attack_type"] not in GTD_ATTACK:
            err(f"{tag} GTD attack type {i['gtd_attack_type']!r}")
        if ev == "Protests" and i["gtd_attack_type"] is not None:
            err(f"{tag} protests get no GTD attack type")
        for k in ("actor1", "actor2"):
            a = i[k]
            if a is not None and a not in canon and a not in GENERIC_ACTORS:
                err(f"{tag} {k} {a!r} is neither a listed actor nor a generic label")
        if i["country"] != "Pakistan":
            err(f"{tag} country {i['country']!r}")
        if i["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {i['geo_precision']!r}")
        killed = i["killed"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            err(f"{tag} killed {killed!r}")
        if i["injured"] is not None and (not isinstance(i["injured"], int) or i["injured"] < 0):
            err(f"{tag} injured {i['injured']!r}")
        kbs = i["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag} killed_by_side is not an object")
        else:
            bad = set(kbs) - SIDES
            if bad:
                err(f"{tag} unknown sides {sorted(bad)}")
            if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                err(f"{tag} killed_by_side values must be non-negative integers")
            elif sum(kbs.values()) > (killed or 0):
                err(f"{tag} killed_by_side sums to {sum(kbs.values())} > killed {killed}")
        if not i["note"]:
            err(f"{tag} has no note")

    words = len(re.findall(r"\S+", text))
    if not 100 <= words <= 300:
        err(f"report has {words} words (want 100-300)")
    return n


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    errors = []
    # the dev shape itself, so the expectations above cannot drift from it
    if os.path.exists(DEV):
        with open(DEV, encoding="utf-8") as f:
            dev = json.load(f)
        if list(dev.keys()) != TOP_KEYS or list(dev["cleaning"].keys()) != CLEANING_KEYS \
                or list(dev["incidents"][0].keys()) != INCIDENT_KEYS:
            errors.append("check_gold.py: expected keys no longer match the dev gold file")
    files = sorted(glob.glob(os.path.join(folder, "DE-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "DE-*.txt")))
    if len(files) != len(txts):
        errors.append(f"{len(txts)} reports but {len(files)} gold files")
    incidents = sum(check_file(p, errors) for p in files)
    for e in errors:
        print(e)
    print(f"{len(files)} gold files, {incidents} incidents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
