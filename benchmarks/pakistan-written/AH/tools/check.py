#!/usr/bin/env python3
"""Check set AH: every gold file parses, has the dev gold shape, and every copied string occurs in its report.

Usage: python3 tools/check.py [--dev DIR] [--stats]
  --dev DIR   a folder of dev gold files (e.g. ../shared/benchmarks/pakistan-gold-dev) to compare key shapes with;
              without it the shape below (copied from the dev files) is used.
  --stats     print the counts used in README.md.
"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes", "incidents",
       "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2", "country",
            "admin1", "admin2", "location", "geo_precision", "date_text", "killed", "killed_by_side", "injured", "note"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
ACLED = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Azad Jammu and Kashmir",
          "Islamabad Capital Territory"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
PLACE_KINDS = {"town", "city", "area", "district", "province", "country"}


def keys_of(obj):
    return list(obj.keys())


def dev_shapes(dev):
    files = sorted(glob.glob(os.path.join(dev, "*.gold.json")))
    shapes = collections.defaultdict(set)
    for f in files:
        d = json.load(open(f))
        shapes["top"].add(tuple(d))
        shapes["cleaning"].add(tuple(d["cleaning"]))
        for i in d["incidents"]:
            shapes["incident"].add(tuple(i))
        for a in d["actors"]:
            shapes["actor"].add(tuple(a))
        for p in d["people"]:
            shapes["person"].add(tuple(p))
        for p in d["places"]:
            shapes["place"].add(tuple(p))
    return {k: v for k, v in shapes.items()}, len(files)


def main(argv):
    dev = None
    if "--dev" in argv:
        dev = argv[argv.index("--dev") + 1]
    want = {"top": {tuple(TOP)}, "cleaning": {tuple(CLEANING)}, "incident": {tuple(INCIDENT)},
            "actor": {tuple(ACTOR)}, "person": {tuple(PERSON)}, "place": {tuple(PLACE)}}
    if dev:
        got, n = dev_shapes(dev)
        for k, v in got.items():
            if v != want[k]:
                print(f"NOTE dev shape for {k} differs from built-in: {v}")
            want[k] = v
        print(f"compared shapes with {n} dev gold files in {dev}")
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, "AH-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "AH-*.txt")))
    if len(golds) != len(txts):
        errors.append(f"{len(golds)} gold files but {len(txts)} reports")
    stats = collections.defaultdict(collections.Counter)
    words = 0
    for g in golds:
        name = os.path.basename(g)
        try:
            d = json.load(open(g))
        except Exception as e:  # noqa
            errors.append(f"{name}: does not parse: {e}")
            continue
        def err(msg):
            errors.append(f"{name}: {msg}")
        if tuple(d) not in want["top"]:
            err(f"top-level keys {list(d)}")
        if tuple(d["cleaning"]) not in want["cleaning"]:
            err("cleaning keys")
        txt_path = os.path.join(HERE, d["article"])
        if d["article"] != name.replace(".gold.json", ".txt") or not os.path.exists(txt_path):
            err(f"article {d['article']} is not the .txt beside it")
            continue
        text = open(txt_path).read()
        words += len(text.split())
        stats["reports"]["all"] += 1

        def occurs(s, what):
            if s is not None and s not in text:
                err(f"{what} not found verbatim: {s!r}")

        if d["publisher"] is not None:
            occurs(d["publisher"], "publisher")
        canon = set()
        for a in d["actors"]:
            if tuple(a) not in want["actor"]:
                err(f"actor keys {list(a)}")
            canon.add(a["canonical"])
            for m in a["mentions"]:
                occurs(m, f"actor mention ({a['canonical']})")
            stats["entries"]["actors"] += 1
            stats["actor_kinds"][a["kind"]] += 1
        for p in d["people"]:
            if tuple(p) not in want["person"]:
                err(f"person keys {list(p)}")
            for m in p["mentions"]:
                occurs(m, f"person mention ({p['canonical']})")
            stats["entries"]["people"] += 1
        place_names = set()
        for p in d["places"]:
            if tuple(p) not in want["place"]:
                err(f"place keys {list(p)}")
            occurs(p["name"], "place name")
            if p["kind"] not in PLACE_KINDS:
                err(f"place kind {p['kind']}")
            if p["admin1"] not in ADMIN1:
                err(f"place admin1 {p['admin1']}")
            place_names.add(p["name"])
            stats["entries"]["places"] += 1
        for q in d["quotes"]:
            occurs(q["starts"], "quote start")
            stats["entries"]["quotes"] += 1
        for s in d["not_incidents"]:
            occurs(s, "not_incident")
            stats["entries"]["not_incidents"] += 1
        whats = set()
        for i in d["incidents"]:
            if tuple(i) not in want["incident"]:
                err(f"incident keys {list(i)}")
            occurs(i["what"], "what")
            if i["what"] in whats:
                err(f"duplicate what {i['what']!r}")
            whats.add(i["what"])
            occurs(i["date_text"], "date_text")
            occurs(i["location"], "location")
            if i["location"] is not None and i["location"] not in place_names:
                err(f"location {i['location']!r} is not a listed place")
            if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], []):
                err(f"ACLED type {i['acled_event_type']} / {i['acled_sub_event_type']}")
            if i["gtd_attack_type"] not in GTD:
                err(f"GTD type {i['gtd_attack_type']}")
            for k in ("actor1", "actor2"):
                if i[k] not in GENERIC and i[k] not in canon:
                    err(f"{k} {i[k]!r} is neither generic nor a listed actor")
            if i["country"] != "Pakistan":
                err("country")
            if i["admin1"] not in ADMIN1:
                err(f"admin1 {i['admin1']}")
            if i["geo_precision"] not in (1, 2, 3):
                err("geo_precision")
            kbs = i["killed_by_side"]
            if set(kbs) - SIDES:
                err(f"killed_by_side keys {list(kbs)}")
            if i["killed"] is not None and sum(kbs.values()) > i["killed"]:
                err("killed_by_side sums above killed")
            if not i["note"]:
                err("empty note")
            stats["incidents"]["all"] += 1
            stats["acled"][i["acled_event_type"]] += 1
            stats["acled_sub"][f"{i['acled_event_type']} / {i['acled_sub_event_type']}"] += 1
            stats["province"][i["admin1"]] += 1
            stats["killed"]["all"] += i["killed"] or 0
            for s, n in kbs.items():
                stats["killed"][s] += n
            stats["injured"]["all"] += i["injured"] or 0
        stats["incidents_per_report"][len(d["incidents"])] += 1
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errors)} errors")
    if "--stats" in argv:
        print("words", words)
        for k, v in stats.items():
            print(k, dict(sorted(v.items(), key=lambda kv: str(kv[0]))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
