#!/usr/bin/env python3
"""Check the hand-coded CC gold files against their reports.

Usage: python3 check_gold.py [DIR]     (DIR defaults to the folder of this script)

Checks, for every CC-NN.gold.json beside a CC-NN.txt:
  * the JSON parses, `article` names the .txt beside it, `about` is the fixed string;
  * top-level keys (and their order) and the keys of cleaning, actors, people, places,
    incidents, quotes and relations match the pakistan-gold-dev shape (embedded below, and
    compared with a dev gold file when ../../shared/benchmarks/pakistan-gold-dev is readable);
  * every quoted string appears word for word in the report: incident `what`, `date_text`,
    `location`; place `name`; actor and person `mentions`; quote `starts`; `not_incidents`;
    relation and actor-profile `evidence`;
  * each incident location is one of the file's places, with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid, GTD attack types are valid (or null);
  * actor1/actor2 are listed actors or the generic labels (Unidentified Armed Group, Civilians,
    and, for protests and riots, Protesters and Rioters); quote speakers are listed people
    (or start with "unnamed");
  * killed/injured are null or non-negative integers, killed_by_side uses the known sides and
    never sums above killed; geo_precision is 1, 2 or 3;
  * the report is 300-500 words long.
Prints one line per error and a summary; exits 1 if there are errors.
"""
import glob
import json
import os
import re
import sys

TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places",
            "quotes", "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING_KEYS = ["must_contain", "must_not_contain", "keep_unchanged",
                 "near_duplicate_sentences", "flag_as_damaged"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
INCIDENT_KEYS = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type",
                 "actor1", "actor2", "country", "admin1", "admin2", "location",
                 "geo_precision", "date_text", "killed", "killed_by_side", "injured", "note"]
QUOTE_KEYS = {"speaker", "starts"}          # optional "note", as in the seed gold file
RELATION_KEYS = {"a", "b", "kind", "evidence"}

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
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Islamabad",
          "Gilgit-Baltistan", "Azad Kashmir", None}
ACTOR_KINDS = {"state_force", "armed_group", "political_militia", "identity_militia",
               "rioters", "protesters", "civilians", "external_force"}
ABOUT = "Hand-coded from the text alone."


def dev_shape(here):
    """Return (top keys, incident keys) from a dev gold file when one is readable."""
    for rel in ("../../shared/benchmarks/pakistan-gold-dev", "../shared/benchmarks/pakistan-gold-dev",
                "/work/shared/benchmarks/pakistan-gold-dev"):
        d = os.path.normpath(os.path.join(here, rel))
        files = sorted(glob.glob(os.path.join(d, "*.gold.json")))
        for f in files:
            try:
                g = json.load(open(f, encoding="utf-8"))
            except Exception:
                continue
            if g.get("incidents"):
                return list(g.keys()), list(g["incidents"][0].keys()), f
    return None, None, None


def main():
    here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
        os.path.dirname(os.path.abspath(__file__))
    errors = []
    stats = {"files": 0, "incidents": 0, "words": 0}

    def err(f, msg):
        errors.append(f"{os.path.basename(f)}: {msg}")

    dtop, dinc, dfile = dev_shape(here)
    if dtop is not None:
        if dtop != TOP_KEYS:
            errors.append(f"embedded top-level keys differ from {dfile}")
        if dinc != INCIDENT_KEYS:
            errors.append(f"embedded incident keys differ from {dfile}")

    golds = sorted(glob.glob(os.path.join(here, "CC-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(here, "CC-*.txt")))
    if len(golds) != len(txts):
        errors.append(f"{len(golds)} gold files but {len(txts)} reports")
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append(f"{os.path.basename(t)}: no gold file beside it")

    for gf in golds:
        stats["files"] += 1
        try:
            g = json.load(open(gf, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(gf, f"JSON does not parse: {e}")
            continue
        if list(g.keys()) != TOP_KEYS:
            err(gf, f"top-level keys {list(g.keys())}")
            continue
        base = os.path.basename(gf)[:-len(".gold.json")]
        if g["article"] != base + ".txt":
            err(gf, f"article is {g['article']!r}, expected {base}.txt")
        tpath = os.path.join(here, base + ".txt")
        if not os.path.exists(tpath):
            err(gf, "report missing")
            continue
        text = open(tpath, encoding="utf-8").read()
        nwords = len(text.split())
        stats["words"] += nwords
        if not 300 <= nwords <= 500:
            err(gf, f"report has {nwords} words (want 300-500)")
        if g["about"] != ABOUT:
            err(gf, "about string differs")
        if g["publisher"] is not None and g["publisher"] not in text:
            err(gf, f"publisher {g['publisher']!r} not in report")

        def verbatim(s, where):
            if not isinstance(s, str) or not s:
                err(gf, f"{where}: empty or not a string: {s!r}")
            elif s not in text:
                err(gf, f"{where}: not verbatim in report: {s!r}")

        if list(g["cleaning"].keys()) != CLEANING_KEYS:
            err(gf, "cleaning keys differ")

        actor_names = set()
        for a in g["actors"]:
            if list(a.keys()) != ACTOR_KEYS:
                err(gf, f"actor keys {list(a.keys())}")
                continue
            actor_names.add(a["canonical"])
            if a["kind"] not in ACTOR_KINDS:
                err(gf, f"actor {a['canonical']}: kind {a['kind']!r}")
            if a["acled_inter"] not in range(1, 9):
                err(gf, f"actor {a['canonical']}: acled_inter {a['acled_inter']!r}")
            for m in a["mentions"]:
                verbatim(m, f"actor {a['canonical']} mention")

        people = set()
        for p in g["people"]:
            if list(p.keys()) != PERSON_KEYS:
                err(gf, f"person keys {list(p.keys())}")
                continue
            people.add(p["canonical"])
            if not p["mentions"]:
                err(gf, f"person {p['canonical']} has no mentions")
            for m in p["mentions"]:
                verbatim(m, f"person {p['canonical']} mention")

        places = {}
        for p in g["places"]:
            if list(p.keys()) != PLACE_KEYS:
                err(gf, f"place keys {list(p.keys())}")
                continue
            verbatim(p["name"], "place name")
            if p["admin1"] not in ADMIN1:
                err(gf, f"place {p['name']}: admin1 {p['admin1']!r}")
            if p["name"] in places:
                err(gf, f"place {p['name']} listed twice")
            places[p["name"]] = p

        for q in g["quotes"]:
            if not QUOTE_KEYS <= set(q.keys()) <= QUOTE_KEYS | {"note"}:
                err(gf, f"quote keys {list(q.keys())}")
                continue
            verbatim(q["starts"], "quote starts")
            if q["speaker"] not in people and not q["speaker"].startswith("unnamed"):
                err(gf, f"quote speaker {q['speaker']!r} is not a listed person")

        if not g["incidents"]:
            err(gf, "no incidents")
        for n, i in enumerate(g["incidents"], 1):
            stats["incidents"] += 1
            w = f"incident {n}"
            if list(i.keys()) != INCIDENT_KEYS:
                err(gf, f"{w}: keys {list(i.keys())}")
                continue
            verbatim(i["what"], f"{w} what")
            if i["date_text"] is not None:
                verbatim(i["date_text"], f"{w} date_text")
            ev, sub = i["acled_event_type"], i["acled_sub_event_type"]
            if ev not in ACLED or sub not in ACLED[ev]:
                err(gf, f"{w}: invalid ACLED pair {ev!r} / {sub!r}")
            if i["gtd_attack_type"] is not None and i["gtd_attack_type"] not in GTD_ATTACK:
                err(gf, f"{w}: GTD attack type {i['gtd_attack_type']!r}")
            for k in ("actor1", "actor2"):
                a = i[k]
                if a is not None and a not in GENERIC_ACTORS and a not in actor_names:
                    err(gf, f"{w}: {k} {a!r} is not a listed actor")
            if i["country"] != "Pakistan":
                err(gf, f"{w}: country {i['country']!r}")
            loc = i["location"]
            if loc is None:
                err(gf, f"{w}: no location")
            else:
                verbatim(loc, f"{w} location")
                p = places.get(loc)
                if p is None:
                    err(gf, f"{w}: location {loc!r} is not among the places")
                elif (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                    err(gf, f"{w}: admin {i['admin1']}/{i['admin2']} differs from place "
                            f"{loc!r} {p['admin1']}/{p['admin2']}")
            if i["geo_precision"] not in (1, 2, 3):
                err(gf, f"{w}: geo_precision {i['geo_precision']!r}")
            for k in ("killed", "injured"):
                v = i[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err(gf, f"{w}: {k} {v!r}")
            kbs = i["killed_by_side"]
            if not isinstance(kbs, dict):
                err(gf, f"{w}: killed_by_side is not an object")
            else:
                bad = set(kbs) - SIDES
                if bad:
                    err(gf, f"{w}: unknown sides {sorted(bad)}")
                total = sum(v for v in kbs.values() if isinstance(v, int))
                if total > (i["killed"] or 0):
                    err(gf, f"{w}: killed_by_side sums to {total} > killed {i['killed']}")
                if any((not isinstance(v, int)) or v <= 0 for v in kbs.values()):
                    err(gf, f"{w}: killed_by_side values must be positive integers")
            if not i["note"]:
                err(gf, f"{w}: no note")

        for s in g["not_incidents"]:
            verbatim(s, "not_incident")
        for r in g["relations"]:
            if set(r.keys()) != RELATION_KEYS:
                err(gf, f"relation keys {list(r.keys())}")
                continue
            for k in ("a", "b"):
                if r[k] not in actor_names:
                    err(gf, f"relation {k} {r[k]!r} is not a listed actor")
            verbatim(r["evidence"], "relation evidence")
        if not isinstance(g["actor_profiles"], dict):
            err(gf, "actor_profiles is not an object")
        else:
            for name, prof in g["actor_profiles"].items():
                if name not in actor_names:
                    err(gf, f"actor profile {name!r} is not a listed actor")
                if "evidence" in prof:
                    verbatim(prof["evidence"], f"profile {name} evidence")

    for e in errors:
        print(e)
    print(f"{stats['files']} gold files, {stats['incidents']} incidents, "
          f"{stats['words']} report words; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
