#!/usr/bin/env python3
"""Check the DA-NN.gold.json files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Prints every problem and a final count; exit status 1 if any error.
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

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
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}

# Reference shape: the dev gold files (keys and their order).
ref = None
ref_keys = {}
dev_files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
if dev_files:
    for f in dev_files:
        d = json.load(open(f))
        if ref is None:
            ref = list(d)
            ref_keys["cleaning"] = list(d["cleaning"])
        for sect in ("actors", "people", "places", "incidents"):
            for item in d[sect]:
                ref_keys.setdefault(sect, list(item))
else:  # fallback if the dev folder is not reachable: the same shape, written out
    ref = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
           "incidents", "not_incidents", "relations", "actor_profiles"]
ref_keys.setdefault("cleaning", ["must_contain", "must_not_contain", "keep_unchanged",
                                 "near_duplicate_sentences", "flag_as_damaged"])
ref_keys.setdefault("actors", ["canonical", "kind", "acled_inter", "mentions"])
ref_keys.setdefault("people", ["canonical", "mentions", "roles"])
ref_keys.setdefault("places", ["name", "kind", "admin1", "admin2"])
ref_keys.setdefault("incidents", ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                                  "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                                  "killed", "killed_by_side", "injured", "note"])
ref_keys["quotes"] = ["speaker", "starts"]          # seed shape (dev quotes are all empty)
ref_keys["relations"] = ["a", "b", "kind", "evidence"]  # seed shape (dev relations are all empty)

errors = []
def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")

golds = sorted(glob.glob(os.path.join(DIR, "DA-*.gold.json")))
if not golds:
    errors.append("no DA-*.gold.json files found")
n_inc = 0
for gf in golds:
    try:
        d = json.load(open(gf))
    except Exception as e:
        err(gf, f"JSON does not parse: {e}")
        continue
    if list(d) != ref:
        err(gf, f"top-level keys {list(d)} != dev {ref}")
        continue
    stem = os.path.basename(gf)[:-len(".gold.json")]
    if d["article"] != stem + ".txt":
        err(gf, f"article {d['article']!r} should be {stem + '.txt'!r}")
    if d["about"] != "Hand-coded from the text alone.":
        err(gf, "about string differs from the dev files")
    tp = os.path.join(os.path.dirname(gf), stem + ".txt")
    if not os.path.exists(tp):
        err(gf, "report text missing")
        continue
    text = open(tp).read()
    if not text.isascii():
        err(gf, "report text is not plain ASCII (dev texts are)")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(gf, f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            err(gf, f"{what} not verbatim in the report: {s!r}")

    if list(d["cleaning"]) != ref_keys["cleaning"]:
        err(gf, "cleaning keys differ from dev")
    for sect in ("actors", "people", "places", "quotes", "relations"):
        if not isinstance(d[sect], list):
            err(gf, f"{sect} is not a list")
            continue
        for item in d[sect]:
            if list(item) != ref_keys[sect]:
                err(gf, f"{sect} item keys {list(item)} != {ref_keys[sect]}")
    if not isinstance(d["actor_profiles"], dict):
        err(gf, "actor_profiles is not an object")
    if not isinstance(d["not_incidents"], list):
        err(gf, "not_incidents is not a list")

    canon = set()
    for a in d["actors"]:
        canon.add(a.get("canonical"))
        if a.get("acled_inter") not in range(1, 9):
            err(gf, f"actor {a.get('canonical')}: bad acled_inter {a.get('acled_inter')}")
        for m in a.get("mentions", []):
            verbatim(m, f"actor mention ({a.get('canonical')})")
        if not a.get("mentions"):
            err(gf, f"actor {a.get('canonical')} has no mentions")
    for p in d["people"]:
        for m in p.get("mentions", []):
            verbatim(m, f"person mention ({p.get('canonical')})")
        if not p.get("mentions"):
            err(gf, f"person {p.get('canonical')} has no mentions")
    places = {}
    for p in d["places"]:
        verbatim(p.get("name"), "place name")
        if p.get("admin1") not in ADMIN1:
            err(gf, f"place {p.get('name')}: admin1 {p.get('admin1')!r} not an allowed value")
        places.setdefault(p.get("name"), []).append(p)
    for r in d["relations"]:
        verbatim(r.get("evidence"), "relation evidence")
        for k in ("a", "b"):
            if r.get(k) not in canon:
                err(gf, f"relation {k}={r.get(k)!r} is not a listed actor")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")

    for i, inc in enumerate(d["incidents"]):
        n_inc += 1
        tag = f"incident {i + 1}"
        if list(inc) != ref_keys["incidents"]:
            err(gf, f"{tag}: keys {list(inc)} != dev {ref_keys['incidents']}")
            continue
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(gf, f"{tag}: invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(gf, f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in canon:
                err(gf, f"{tag}: {k} {inc[k]!r} is neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            err(gf, f"{tag}: country {inc['country']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(gf, f"{tag}: geo_precision {inc['geo_precision']!r}")
        loc = inc["location"]
        if loc not in places:
            err(gf, f"{tag}: location {loc!r} is not one of the file's places")
        elif not any(p["admin1"] == inc["admin1"] and p["admin2"] == inc["admin2"] for p in places[loc]):
            err(gf, f"{tag}: location {loc!r} admin1/admin2 ({inc['admin1']}, {inc['admin2']}) differ from its place entry")
        k = inc["killed"]
        if k is not None and (not isinstance(k, int) or k < 0):
            err(gf, f"{tag}: killed {k!r}")
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(gf, f"{tag}: injured {inc['injured']!r}")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(gf, f"{tag}: killed_by_side is not an object")
        else:
            bad = set(kbs) - SIDES
            if bad:
                err(gf, f"{tag}: unknown sides {sorted(bad)}")
            if any(not isinstance(v, int) or v < 0 for v in kbs.values()):
                err(gf, f"{tag}: killed_by_side values must be non-negative integers")
            elif sum(kbs.values()) > (k or 0):
                err(gf, f"{tag}: killed_by_side sums to {sum(kbs.values())} > killed {k}")
        if not inc["note"]:
            err(gf, f"{tag}: empty note")

texts = sorted(glob.glob(os.path.join(DIR, "DA-*.txt")))
if len(texts) != len(golds):
    errors.append(f"{len(texts)} reports but {len(golds)} gold files")

for e in errors:
    print(e)
print(f"{len(golds)} gold files, {n_inc} incidents checked: {len(errors)} errors")
sys.exit(1 if errors else 0)
