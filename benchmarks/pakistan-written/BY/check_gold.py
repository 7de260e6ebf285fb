"""Checks the BY-NN.gold.json files beside their reports.

Checks: JSON parses; top-level keys (and order) and the keys of cleaning, actors, people,
places, quotes, incidents, relations, actor_profiles entries match the dev gold files;
every `what`, `date_text`, `location`, place `name`, actor/person `mention` and
not_incidents string appears word for word in the report; each incident location is one
of the file's places with the same admin1/admin2; ACLED type/sub-type pairs are valid;
GTD attack types are valid; actor1/actor2 are listed actors or generic labels;
geo_precision is 1-3; killed_by_side never sums above killed.
Run: python3 check_gold.py   (exit code 1 when there are errors)
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
SEED = "/work/shared/seed/article-001.gold.json"

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
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Security Forces", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab",
          "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Jammu and Kashmir"}


def reference_shapes():
    """Key shapes taken from the dev gold files (and the seed for the kinds dev leaves empty)."""
    shapes = {"top": None, "cleaning": None, "actors": set(), "people": set(), "places": set(),
              "incidents": None, "quotes": set(), "relations": set()}
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(f))
        shapes["top"] = shapes["top"] or list(d.keys())
        shapes["cleaning"] = shapes["cleaning"] or list(d["cleaning"].keys())
        for k in ("actors", "people", "places"):
            for e in d[k]:
                shapes[k].add(tuple(sorted(e.keys())))
        for e in d["incidents"]:
            shapes["incidents"] = shapes["incidents"] or list(e.keys())
    seed = json.load(open(SEED))
    for q in seed["quotes"]:
        shapes["quotes"].add(tuple(sorted(k for k in q.keys() if k != "note")))
    for r in seed["relations"]:
        shapes["relations"].add(tuple(sorted(r.keys())))
    return shapes


def check_file(path, shapes):
    errs = []
    name = os.path.basename(path)
    try:
        d = json.load(open(path))
    except Exception as e:  # noqa: BLE001
        return [f"{name}: JSON does not parse: {e}"]
    txt_path = path.replace(".gold.json", ".txt")
    if not os.path.exists(txt_path):
        return [f"{name}: no report {os.path.basename(txt_path)}"]
    text = open(txt_path).read()

    def E(msg):
        errs.append(f"{name}: {msg}")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            E(f"{what} not verbatim in report: {s!r}")

    if list(d.keys()) != shapes["top"]:
        E(f"top-level keys {list(d.keys())} != dev {shapes['top']}")
        return errs
    if d["article"] != os.path.basename(txt_path):
        E(f"article {d['article']!r} does not name the report beside it")
    if d["about"] != "Hand-coded from the text alone.":
        E("about string differs")
    if list(d["cleaning"].keys()) != shapes["cleaning"]:
        E("cleaning keys differ from dev")
    if d["publisher"] is not None and d["publisher"] not in text:
        E(f"publisher {d['publisher']!r} not in report")
    for k in ("actors", "people", "places"):
        for e in d[k]:
            if tuple(sorted(e.keys())) not in shapes[k]:
                E(f"{k} entry keys {sorted(e.keys())} not a dev shape")
    for q in d["quotes"]:
        if tuple(sorted(k for k in q.keys() if k != "note")) not in shapes["quotes"]:
            E("quote keys differ from seed")
        verbatim(q.get("starts"), "quote start")
    for r in d["relations"]:
        if tuple(sorted(r.keys())) not in shapes["relations"]:
            E("relation keys differ from seed")
    if not isinstance(d["actor_profiles"], dict):
        E("actor_profiles is not an object")
    if not isinstance(d["not_incidents"], list):
        E("not_incidents is not a list")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")

    canon = set()
    for a in d["actors"]:
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            E(f"actor {a['canonical']} bad acled_inter")
        if not a["mentions"]:
            E(f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in d["people"]:
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in d["places"]:
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            E(f"place {p['name']} admin1 {p['admin1']!r} not allowed")
        if p["name"] in places:
            E(f"place {p['name']} listed twice")
        places[p["name"]] = p

    for n, inc in enumerate(d["incidents"], 1):
        tag = f"incident {n}"
        if list(inc.keys()) != shapes["incidents"]:
            E(f"{tag} keys differ from dev")
            continue
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            E(f"{tag} invalid ACLED pair {ev!r} / {sub!r}")
        if inc["gtd_attack_type"] not in GTD:
            E(f"{tag} invalid GTD type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC and inc[side] not in canon:
                E(f"{tag} {side} {inc[side]!r} neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            E(f"{tag} country is not Pakistan")
        loc = inc["location"]
        if loc not in places:
            E(f"{tag} location {loc!r} not among places")
        else:
            p = places[loc]
            if (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                E(f"{tag} admin1/admin2 {inc['admin1']}/{inc['admin2']} != place {p['admin1']}/{p['admin2']}")
        if inc["geo_precision"] not in (1, 2, 3):
            E(f"{tag} geo_precision {inc['geo_precision']!r}")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            E(f"{tag} killed_by_side not an object")
            continue
        for k, v in kbs.items():
            if k not in SIDES or not isinstance(v, int) or v < 0:
                E(f"{tag} killed_by_side entry {k}={v!r}")
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if inc["killed"] is None:
            if total:
                E(f"{tag} killed is null but killed_by_side sums to {total}")
        elif total > inc["killed"]:
            E(f"{tag} killed_by_side sums to {total} > killed {inc['killed']}")
        for k in ("killed", "injured"):
            if inc[k] is not None and (not isinstance(inc[k], int) or inc[k] < 0):
                E(f"{tag} {k} {inc[k]!r}")
        if not inc["note"]:
            E(f"{tag} has no note")
    return errs


def main():
    shapes = reference_shapes()
    files = sorted(glob.glob(os.path.join(HERE, "BY-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "BY-*.txt")))
    errs = []
    if len(files) != len(txts):
        errs.append(f"{len(txts)} reports but {len(files)} gold files")
    for f in files:
        errs.extend(check_file(f, shapes))
    for e in errs:
        print(e)
    n_inc = sum(len(json.load(open(f))["incidents"]) for f in files)
    print(f"{len(files)} gold files, {n_inc} incidents, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
