"""Check set AG: JSON parses, keys match a dev gold file, verbatim strings occur in the report,
actor names used in incidents are listed, and print counts for the README.

Usage: python3 check.py [DEV_GOLD_FILE]
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = sys.argv[1] if len(sys.argv) > 1 else \
    "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"

dev = json.load(open(DEV))
dev_inc_keys = None
for f in sorted(glob.glob(os.path.join(os.path.dirname(DEV), "*.gold.json"))):
    d = json.load(open(f))
    if d["incidents"]:
        dev_inc_keys = list(d["incidents"][0].keys())
        break
DEV_KEYS = list(dev.keys())
PLACE_KEYS = ["name", "kind", "admin1", "admin2"]
ACTOR_KEYS = ["canonical", "kind", "acled_inter", "mentions"]
PERSON_KEYS = ["canonical", "mentions", "roles"]
CLEAN_KEYS = list(dev["cleaning"].keys())
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
SIDES = {"security_forces", "militants", "civilians"}
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
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}

errors = []
stats = collections.defaultdict(collections.Counter)
words = 0
n_inc = 0
multi = []
for gf in sorted(glob.glob(os.path.join(HERE, "AG-*.gold.json"))):
    rid = os.path.basename(gf)[:-len(".gold.json")]
    try:
        g = json.load(open(gf, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        errors.append(f"{rid}: JSON does not parse: {e}")
        continue
    text = open(os.path.join(HERE, rid + ".txt"), encoding="utf-8").read()
    words += len(text.split())

    def need(s, what):
        if s is not None and s not in text:
            errors.append(f"{rid}: {what} not verbatim in text: {s!r}")

    if list(g.keys()) != DEV_KEYS:
        errors.append(f"{rid}: top-level keys differ: {list(g.keys())}")
    if g["article"] != rid + ".txt":
        errors.append(f"{rid}: article is {g['article']}")
    if list(g["cleaning"].keys()) != CLEAN_KEYS:
        errors.append(f"{rid}: cleaning keys differ")
    if g["publisher"] is not None:
        need(g["publisher"], "publisher")
    actor_names = set()
    for a in g["actors"]:
        if list(a.keys()) != ACTOR_KEYS:
            errors.append(f"{rid}: actor keys {list(a.keys())}")
        actor_names.add(a["canonical"])
        for m in a["mentions"]:
            need(m, "actor mention")
        stats["actor_entries"][a["kind"]] += 1
    for p in g["people"]:
        if list(p.keys()) != PERSON_KEYS:
            errors.append(f"{rid}: person keys {list(p.keys())}")
        for m in p["mentions"]:
            need(m, "person mention")
        stats["people"]["entries"] += 1
    place_names = set()
    for p in g["places"]:
        if list(p.keys()) != PLACE_KEYS:
            errors.append(f"{rid}: place keys {list(p.keys())}")
        need(p["name"], "place name")
        place_names.add(p["name"])
        stats["place_kinds"][p["kind"]] += 1
    for q in g["quotes"]:
        need(q["starts"], "quote start")
        if q["speaker"] not in {p["canonical"] for p in g["people"]}:
            errors.append(f"{rid}: quote speaker {q['speaker']} not in people")
    if len(g["incidents"]) > 1:
        multi.append(rid)
    for i, inc in enumerate(g["incidents"]):
        n_inc += 1
        tag = f"{rid} incident {i + 1}"
        if list(inc.keys()) != dev_inc_keys:
            errors.append(f"{tag}: incident keys {list(inc.keys())}")
        need(inc["what"], "what")
        need(inc["date_text"], "date_text")
        need(inc["location"], "location")
        if inc["location"] not in place_names:
            errors.append(f"{tag}: location {inc['location']!r} not among places")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if st not in ACLED.get(et, ()):
            errors.append(f"{tag}: bad ACLED pair {et}/{st}")
        if inc["gtd_attack_type"] not in GTD:
            errors.append(f"{tag}: bad GTD {inc['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in actor_names and inc[k] != "Security Forces":
                errors.append(f"{tag}: {k} {inc[k]!r} not among actors")
            if inc[k] == "Security Forces" and "Security Forces" not in actor_names:
                errors.append(f"{tag}: Security Forces used but not listed")
        kbs = inc["killed_by_side"]
        if set(kbs) - SIDES:
            errors.append(f"{tag}: unknown side {set(kbs) - SIDES}")
        if kbs and inc["killed"] is not None and sum(kbs.values()) > inc["killed"]:
            errors.append(f"{tag}: sides sum {sum(kbs.values())} > killed {inc['killed']}")
        if not inc["note"]:
            errors.append(f"{tag}: empty note")
        if inc["geo_precision"] not in (1, 2, 3):
            errors.append(f"{tag}: geo_precision {inc['geo_precision']}")
        stats["acled"][et] += 1
        stats["acled_sub"][f"{et} / {st}"] += 1
        stats["gtd"][str(inc["gtd_attack_type"])] += 1
        stats["admin1"][str(inc["admin1"]) if inc["country"] == "Pakistan" else inc["country"]] += 1
        stats["killed"]["total"] += inc["killed"] or 0
        for s, n in kbs.items():
            stats["killed"][s] += n
        stats["killed"]["no side given"] += (inc["killed"] or 0) - sum(kbs.values())
        stats["injured"]["total"] += inc["injured"] or 0
        stats["actor1"][str(inc["actor1"])] += 1
    # sentences
    stats["sentences"][rid] = len(re.findall(r"[.!?](?:\"|')?(?:\s|$)", text))

n_rep = len(glob.glob(os.path.join(HERE, "AG-*.gold.json")))
print(f"reports {n_rep}, words {words}, incidents {n_inc}, multi-incident reports {len(multi)}: {' '.join(multi)}")
for k in ("acled", "acled_sub", "gtd", "admin1", "killed", "injured", "actor_entries", "people", "place_kinds",
          "actor1"):
    print(k, dict(stats[k]))
print("sentences per report", sorted(set(stats["sentences"].values())))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nall checks pass")
