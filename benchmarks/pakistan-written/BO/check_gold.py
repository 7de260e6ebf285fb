#!/usr/bin/env python3
"""Check the BO gold files against the pakistan-gold-dev shape and the coding rules.

Usage: python3 check_gold.py [DIR]   (default: the folder this script is in)
Exit status 0 when there are no errors.
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
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters", "Indian Army"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}


def reference_shape():
    """Key orders taken from a dev gold file (falls back to a built-in copy if DEV is absent)."""
    path = os.path.join(DEV, "satp-sa-dev-109.gold.json")
    if os.path.exists(path):
        d = json.load(open(path))
        return {
            "top": list(d.keys()),
            "cleaning": list(d["cleaning"].keys()),
            "actor": list(d["actors"][0].keys()),
            "person": list(d["people"][0].keys()),
            "place": list(d["places"][0].keys()),
            "incident": list(d["incidents"][0].keys()),
        }
    return {
        "top": ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
                "incidents", "not_incidents", "relations", "actor_profiles"],
        "cleaning": ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                     "flag_as_damaged"],
        "actor": ["canonical", "kind", "acled_inter", "mentions"],
        "person": ["canonical", "mentions", "roles"],
        "place": ["name", "kind", "admin1", "admin2"],
        "incident": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                     "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                     "killed_by_side", "injured", "note"],
    }


def check_file(path, shape):
    errs = []
    name = os.path.basename(path)
    def err(msg):
        errs.append(f"{name}: {msg}")
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"{name}: JSON does not parse: {e}"]
    if list(d.keys()) != shape["top"]:
        err(f"top-level keys {list(d.keys())} != dev {shape['top']}")
        return errs
    txt_name = name.replace(".gold.json", ".txt")
    if d["article"] != txt_name:
        err(f"article {d['article']!r} should be {txt_name!r}")
    txt_path = os.path.join(os.path.dirname(path), txt_name)
    if not os.path.exists(txt_path):
        return errs + [f"{name}: missing {txt_name}"]
    text = open(txt_path, encoding="utf-8").read()
    if d["about"] != "Hand-coded from the text alone.":
        err("about text differs from the dev files")
    if d["publisher"] is not None and d["publisher"] not in text:
        err(f"publisher {d['publisher']!r} not in text")
    if list(d["cleaning"].keys()) != shape["cleaning"]:
        err("cleaning keys differ")

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            err(f"{what} not verbatim in text: {s!r}")

    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != shape["actor"]:
            err(f"actor keys {list(a.keys())}")
            continue
        canon.add(a["canonical"])
        if a["kind"] not in {"state_force", "armed_group"}:
            err(f"actor kind {a['kind']!r}")
        if a["acled_inter"] not in range(1, 9):
            err(f"acled_inter {a['acled_inter']!r}")
        if not a["mentions"]:
            err(f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in d["people"]:
        if list(p.keys()) != shape["person"]:
            err(f"person keys {list(p.keys())}")
            continue
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in d["places"]:
        if list(p.keys()) != shape["place"]:
            err(f"place keys {list(p.keys())}")
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']} admin1 {p['admin1']!r} unknown")
        places.setdefault(p["name"], []).append(p)
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")
    for q in d["quotes"]:
        verbatim(q.get("starts"), "quote start")

    for k, inc in enumerate(d["incidents"], 1):
        tag = f"incident {k}"
        if list(inc.keys()) != shape["incident"]:
            err(f"{tag} keys {list(inc.keys())} != dev")
            continue
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{tag} invalid ACLED pair ({ev!r}, {sub!r})")
        if inc["gtd_attack_type"] not in GTD:
            err(f"{tag} GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a not in canon and a not in GENERIC:
                err(f"{tag} {side} {a!r} is neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            err(f"{tag} country {inc['country']!r}")
        cands = places.get(inc["location"])
        if not cands:
            err(f"{tag} location {inc['location']!r} is not one of the file's places")
        elif not any(p["admin1"] == inc["admin1"] and p["admin2"] == inc["admin2"] for p in cands):
            err(f"{tag} admin1/admin2 ({inc['admin1']}, {inc['admin2']}) differ from place {inc['location']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {inc['geo_precision']!r}")
        killed = inc["killed"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            err(f"{tag} killed {killed!r}")
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag} injured {inj!r}")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag} killed_by_side not a dict")
        else:
            bad = set(kbs) - SIDES
            if bad:
                err(f"{tag} killed_by_side keys {bad}")
            total = sum(v for v in kbs.values() if isinstance(v, int))
            if total > (killed or 0):
                err(f"{tag} killed_by_side sums to {total} > killed {killed}")
        if not inc["note"]:
            err(f"{tag} has no note")
    return errs


def main():
    shape = reference_shape()
    files = sorted(glob.glob(os.path.join(DIR, "BO-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(DIR, "BO-*.txt")))
    errors = []
    if len(files) != len(txts):
        errors.append(f"{len(files)} gold files but {len(txts)} texts")
    for f in files:
        errors.extend(check_file(f, shape))
    for e in errors:
        print("ERROR", e)
    n_inc = 0
    for f in files:
        try:
            n_inc += len(json.load(open(f, encoding="utf-8")).get("incidents", []))
        except Exception:
            pass
    print(f"{len(files)} gold files, {n_inc} incidents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
