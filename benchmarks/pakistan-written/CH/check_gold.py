#!/usr/bin/env python3
"""Check the CH-NN.gold.json files beside this script against their reports.

Usage: python3 check_gold.py [DIR] [--dev DEV_GOLD_FILE]

Checks, per gold file:
  * it parses as JSON and `article` names the .txt beside it; `about` is the fixed string;
  * top-level keys (and their order) match a dev gold file, as do the keys of
    cleaning, actors, people, places and incidents (quotes/relations: the seed's keys);
  * every quoted string appears word for word in the report: incident `what`,
    `date_text`, `location`; place `name`; actor and person `mentions`;
    quote `starts`; `not_incidents`; relation `evidence`; the publisher (if any);
  * each incident `location` is one of the file's places with the same admin1/admin2;
  * ACLED event type / sub-event type pairs are valid; GTD attack type is valid or null;
  * actor1/actor2 are a generic label or an actor listed in the file;
  * killed_by_side uses known sides and never sums above `killed`;
  * geo_precision is 1-3; acled_inter is 1-8; counts are non-negative integers or null.
Prints every error and a total; exits 1 if there are errors.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DEFAULT = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"

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
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown", None}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
QUOTE_KEYS = ["speaker", "starts"]
RELATION_KEYS = ["a", "b", "kind", "evidence"]


def dev_shape(path):
    d = json.load(open(path))
    return {
        "top": list(d.keys()),
        "cleaning": list(d["cleaning"].keys()),
        "actor": list(d["actors"][0].keys()),
        "person": list(d["people"][0].keys()) if d["people"] else ["canonical", "mentions", "roles"],
        "place": list(d["places"][0].keys()),
        "incident": list(d["incidents"][0].keys()),
    }


def check_file(gold_path, shape):
    errs = []
    name = os.path.basename(gold_path)
    E = lambda msg: errs.append(f"{name}: {msg}")
    try:
        g = json.load(open(gold_path))
    except Exception as e:  # noqa
        return [f"{name}: JSON does not parse: {e}"]
    txt_name = name.replace(".gold.json", ".txt")
    if g.get("article") != txt_name:
        E(f"article {g.get('article')!r} != {txt_name!r}")
    txt_path = os.path.join(os.path.dirname(gold_path), txt_name)
    if not os.path.exists(txt_path):
        return errs + [f"{name}: report {txt_name} missing"]
    text = open(txt_path, encoding="utf-8").read()

    def verbatim(s, what):
        if not isinstance(s, str) or not s:
            E(f"{what}: not a non-empty string: {s!r}")
        elif s not in text:
            E(f"{what}: not found verbatim in report: {s!r}")

    if list(g.keys()) != shape["top"]:
        E(f"top-level keys {list(g.keys())} != dev {shape['top']}")
        return errs
    if g["about"] != "Hand-coded from the text alone.":
        E("about string differs")
    if g["publisher"] is not None:
        verbatim(g["publisher"], "publisher")
    if list(g["cleaning"].keys()) != shape["cleaning"]:
        E("cleaning keys differ from dev")

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != shape["actor"]:
            E(f"actor keys {list(a.keys())} != dev {shape['actor']}")
            continue
        canon.add(a["canonical"])
        if not (isinstance(a["acled_inter"], int) and 1 <= a["acled_inter"] <= 8):
            E(f"actor {a['canonical']}: bad acled_inter {a['acled_inter']!r}")
        if not a["mentions"]:
            E(f"actor {a['canonical']}: no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor {a['canonical']} mention")
    for p in g["people"]:
        if list(p.keys()) != shape["person"]:
            E(f"person keys {list(p.keys())} != dev {shape['person']}")
            continue
        for m in p["mentions"]:
            verbatim(m, f"person {p['canonical']} mention")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != shape["place"]:
            E(f"place keys {list(p.keys())} != dev {shape['place']}")
            continue
        verbatim(p["name"], "place name")
        places.setdefault(p["name"], []).append((p["admin1"], p["admin2"]))
    for q in g["quotes"]:
        if list(q.keys()) != QUOTE_KEYS:
            E(f"quote keys {list(q.keys())} != {QUOTE_KEYS}")
            continue
        verbatim(q["starts"], "quote starts")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        if list(r.keys()) != RELATION_KEYS:
            E(f"relation keys {list(r.keys())} != {RELATION_KEYS}")
            continue
        verbatim(r["evidence"], "relation evidence")
        for side in ("a", "b"):
            if r[side] not in canon:
                E(f"relation {side} {r[side]!r} is not a listed actor")
    if not isinstance(g["actor_profiles"], dict):
        E("actor_profiles is not an object")

    for k, inc in enumerate(g["incidents"], 1):
        tag = f"incident {k}"
        if list(inc.keys()) != shape["incident"]:
            E(f"{tag}: keys {list(inc.keys())} != dev {shape['incident']}")
            continue
        verbatim(inc["what"], f"{tag} what")
        if inc["date_text"] is not None:
            verbatim(inc["date_text"], f"{tag} date_text")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            E(f"{tag}: invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] not in GTD:
            E(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            if inc[side] not in GENERIC and inc[side] not in canon:
                E(f"{tag}: {side} {inc[side]!r} is neither a generic label nor a listed actor")
        if inc["country"] != "Pakistan":
            E(f"{tag}: country {inc['country']!r}")
        loc = inc["location"]
        if loc is not None:
            verbatim(loc, f"{tag} location")
            if loc not in places:
                E(f"{tag}: location {loc!r} is not among the file's places")
            elif (inc["admin1"], inc["admin2"]) not in places[loc]:
                E(f"{tag}: admin1/admin2 {(inc['admin1'], inc['admin2'])} differ from place {loc!r} {places[loc]}")
        if inc["geo_precision"] not in (1, 2, 3):
            E(f"{tag}: geo_precision {inc['geo_precision']!r}")
        for cnt in ("killed", "injured"):
            v = inc[cnt]
            if v is not None and not (isinstance(v, int) and v >= 0):
                E(f"{tag}: {cnt} {v!r} is not a non-negative integer or null")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            E(f"{tag}: killed_by_side is not an object")
        else:
            bad = set(kbs) - SIDES
            if bad:
                E(f"{tag}: unknown sides {sorted(bad)}")
            total = sum(v for v in kbs.values() if isinstance(v, int))
            if total and (inc["killed"] is None or total > inc["killed"]):
                E(f"{tag}: killed_by_side sums to {total} > killed {inc['killed']!r}")
        if not inc["note"]:
            E(f"{tag}: empty note")
    return errs


def main(argv):
    dev = DEV_DEFAULT
    args = list(argv)
    if "--dev" in args:
        i = args.index("--dev"); dev = args[i + 1]; del args[i:i + 2]
    folder = args[0] if args else HERE
    shape = dev_shape(dev)
    files = sorted(f for f in os.listdir(folder) if re.fullmatch(r"CH-\d\d\.gold\.json", f))
    txts = sorted(f for f in os.listdir(folder) if re.fullmatch(r"CH-\d\d\.txt", f))
    errors = []
    if len(files) != len(txts):
        errors.append(f"{len(files)} gold files but {len(txts)} reports")
    n_inc = 0
    for f in files:
        errors += check_file(os.path.join(folder, f), shape)
        try:
            n_inc += len(json.load(open(os.path.join(folder, f)))["incidents"])
        except Exception:  # noqa
            pass
    for e in errors:
        print(e)
    print(f"{len(files)} gold files, {n_inc} incidents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
