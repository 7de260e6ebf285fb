#!/usr/bin/env python3
"""Check the CF gold files: shape, verbatim strings, places, ACLED pairs, fatality sums.

Usage: python3 check_gold.py [DIR] [--dev DEV_DIR]
DIR defaults to this script's folder. DEV_DIR (default ../../shared/benchmarks/pakistan-gold-dev,
or /work/shared/benchmarks/pakistan-gold-dev) supplies a dev gold file whose key layout is the
reference; if none is found, the layout built in below (copied from the dev files) is used.
Prints every error and a summary; exit status 1 if any error.
"""
import glob, json, os, sys

TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
       "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
QUOTE = {"speaker", "starts"}          # seed shape (dev quotes are all empty)
RELATION = {"a", "b", "kind", "evidence"}  # seed shape

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
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
INTERS = {1, 2, 3, 4, 5, 6, 7, 8}
ABOUT = "Hand-coded from the text alone."


def reference_layout(dev_dir):
    """Take the key layout from a real dev gold file when one is readable."""
    global TOP, CLEANING, INCIDENT, ACTOR, PERSON, PLACE
    files = sorted(glob.glob(os.path.join(dev_dir, "*.gold.json"))) if dev_dir else []
    if not files:
        return "built-in layout (no dev gold file found)"
    got = {"inc": None, "act": None, "per": None, "pla": None}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        TOP, CLEANING = list(d), list(d["cleaning"])
        got["inc"] = got["inc"] or (list(d["incidents"][0]) if d["incidents"] else None)
        got["act"] = got["act"] or (list(d["actors"][0]) if d["actors"] else None)
        got["per"] = got["per"] or (list(d["people"][0]) if d["people"] else None)
        got["pla"] = got["pla"] or (list(d["places"][0]) if d["places"] else None)
    INCIDENT = got["inc"] or INCIDENT
    ACTOR = got["act"] or ACTOR
    PERSON = got["per"] or PERSON
    PLACE = got["pla"] or PLACE
    return f"layout of {len(files)} dev gold files in {dev_dir}"


def check_file(path, errors):
    n = 0
    def err(msg):
        errors.append(f"{os.path.basename(path)}: {msg}")
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        err(f"JSON does not parse: {e}"); return 0
    if list(d) != TOP:
        err(f"top-level keys {list(d)} != {TOP}"); return 0
    txt_name = os.path.basename(path).replace(".gold.json", ".txt")
    if d["article"] != txt_name:
        err(f"article {d['article']!r} != {txt_name!r}")
    txt_path = os.path.join(os.path.dirname(path), d["article"])
    if not os.path.exists(txt_path):
        err("report text missing"); return 0
    text = open(txt_path, encoding="utf-8").read()
    if d["about"] != ABOUT:
        err(f"about != {ABOUT!r}")
    if d["publisher"] is not None and d["publisher"] not in text and not (d["publisher"] == "Dawn" and "Dawn" in text):
        err(f"publisher {d['publisher']!r} not in text")

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            err(f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what}: not verbatim in report: {s!r}")

    if list(d["cleaning"]) != CLEANING:
        err(f"cleaning keys {list(d['cleaning'])} != {CLEANING}")
    for k, v in d["cleaning"].items():
        if not isinstance(v, list):
            err(f"cleaning.{k} not a list")

    canon = set()
    for a in d["actors"]:
        if list(a) != ACTOR:
            err(f"actor keys {list(a)} != {ACTOR}"); continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in INTERS:
            err(f"actor {a['canonical']}: bad acled_inter {a['acled_inter']}")
        if not a["mentions"]:
            err(f"actor {a['canonical']}: no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor {a['canonical']} mention")
    for p in d["people"]:
        if list(p) != PERSON:
            err(f"person keys {list(p)} != {PERSON}"); continue
        for m in p["mentions"]:
            verbatim(m, f"person {p['canonical']} mention")
    places = {}
    for p in d["places"]:
        if list(p) != PLACE:
            err(f"place keys {list(p)} != {PLACE}"); continue
        verbatim(p["name"], "place name")
        if p["name"] in places:
            err(f"place listed twice: {p['name']}")
        places[p["name"]] = p
    for q in d["quotes"]:
        if set(q) != QUOTE:
            err(f"quote keys {sorted(q)} != {sorted(QUOTE)}"); continue
        verbatim(q["starts"], f"quote of {q['speaker']}")
    for s in d["not_incidents"]:
        verbatim(s, "not_incident")
    for r in d["relations"]:
        if set(r) != RELATION:
            err(f"relation keys {sorted(r)} != {sorted(RELATION)}"); continue
        verbatim(r["evidence"], "relation evidence")
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles not an object")
    for name, prof in (d["actor_profiles"] or {}).items():
        if "evidence" in prof:
            verbatim(prof["evidence"], f"actor_profile {name} evidence")

    if not d["incidents"]:
        err("no incidents")
    for i, inc in enumerate(d["incidents"], 1):
        n += 1
        tag = f"incident {i}"
        if list(inc) != INCIDENT:
            err(f"{tag}: keys {list(inc)} != {INCIDENT}"); continue
        verbatim(inc["what"], f"{tag} what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        p = places.get(inc["location"])
        if p is None:
            err(f"{tag}: location {inc['location']!r} is not one of the file's places")
        elif (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
            err(f"{tag}: admin {inc['admin1']}/{inc['admin2']} != place {p['admin1']}/{p['admin2']}")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag}: invalid ACLED pair {et!r}/{st!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC and inc[side] not in canon:
                err(f"{tag}: {side} {inc[side]!r} is neither a generic label nor a listed actor")
        if inc["country"] != "Pakistan":
            err(f"{tag}: country {inc['country']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {inc['geo_precision']!r}")
        k, kbs = inc["killed"], inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side not an object"); continue
        for s, v in kbs.items():
            if s not in SIDES:
                err(f"{tag}: unknown side {s!r}")
            if not isinstance(v, int) or v < 0:
                err(f"{tag}: bad count for {s}: {v!r}")
        for f in ("killed", "injured"):
            if inc[f] is not None and (not isinstance(inc[f], int) or inc[f] < 0):
                err(f"{tag}: bad {f} {inc[f]!r}")
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if k is None and total:
            err(f"{tag}: killed_by_side given but killed is null")
        elif k is not None and total > k:
            err(f"{tag}: killed_by_side sums to {total} > killed {k}")
        if not inc["note"]:
            err(f"{tag}: empty note")
    return n


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    folder, dev = here, None
    args = list(argv)
    if "--dev" in args:
        j = args.index("--dev"); dev = args[j + 1]; del args[j:j + 2]
    if args:
        folder = args[0]
    if dev is None:
        for cand in (os.path.join(here, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"),
                     "/work/shared/benchmarks/pakistan-gold-dev"):
            if os.path.isdir(cand):
                dev = cand; break
    layout = reference_layout(dev)
    errors = []
    golds = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "CF-*.txt")))
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append(f"{os.path.basename(t)}: no gold file beside it")
    n_inc = sum(check_file(g, errors) for g in golds)
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(golds)} gold files, {len(txts)} reports, {n_inc} incidents against the {layout}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
