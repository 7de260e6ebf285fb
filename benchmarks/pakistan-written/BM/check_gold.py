#!/usr/bin/env python3
"""Check the hand-coded BM gold files against their reports and the dev gold shape.

Usage:  python3 check_gold.py [GOLD_DIR] [--ref DEV_DIR]
Defaults: GOLD_DIR = this script's folder,
          DEV_DIR  = /work/shared/benchmarks/pakistan-gold-dev (env BM_DEV_DIR overrides).

Checks, per BM-NN.gold.json:
  * the file parses as JSON; `article` names the .txt beside it and that file exists;
    `about` is "Hand-coded from the text alone.";
  * top-level keys (and their order) equal a dev gold file's; keys of cleaning, actors,
    people, places and incidents equal the dev files'; quotes / relations entries use the
    seed gold's keys (the dev files leave those lists empty); actor_profiles is an object;
  * every incident `what`, `date_text`, `location`, place `name`, actor and person `mention`,
    quote `starts`, not_incidents string and relation `evidence` appears verbatim in the report;
  * each incident `location` is one of the file's places with the same admin1/admin2;
  * ACLED event type / sub-event type pairs are valid (shared/CONVENTIONS.md);
    GTD attack type is a GTD attack type or null; geo_precision is 1, 2 or 3;
  * actor1/actor2 are a listed actor's canonical name, a generic label, or null;
  * killed_by_side keys are known sides, values non-negative ints, and never sum above killed.
Prints one line per error and a final count; exit status 1 if any error.
"""
import json
import os
import sys
from pathlib import Path

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Rioters", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
SEED_QUOTE_KEYS = ["speaker", "starts"]
SEED_RELATION_KEYS = ["a", "b", "kind", "evidence"]


def reference_shapes(dev_dir: Path):
    """Collect the key lists used by the dev gold files."""
    shapes = {"top": set(), "cleaning": set(), "actors": set(), "people": set(), "places": set(), "incidents": set()}
    files = sorted(dev_dir.glob("*.gold.json"))
    if not files:
        sys.exit(f"no dev gold files in {dev_dir}")
    for f in files:
        d = json.loads(f.read_text(encoding="utf-8"))
        shapes["top"].add(tuple(d.keys()))
        shapes["cleaning"].add(tuple(d["cleaning"].keys()))
        for k in ("actors", "people", "places", "incidents"):
            for item in d[k]:
                shapes[k].add(tuple(item.keys()))
    return shapes


def check_file(path: Path, shapes, errors):
    def err(msg):
        errors.append(f"{path.name}: {msg}")

    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return None
    expected_txt = path.name.replace(".gold.json", ".txt")
    if d.get("article") != expected_txt:
        err(f"article is {d.get('article')!r}, expected {expected_txt!r}")
    txt_path = path.with_name(expected_txt)
    if not txt_path.exists():
        err(f"report {expected_txt} missing")
        return None
    text = txt_path.read_text(encoding="utf-8")
    if d.get("about") != "Hand-coded from the text alone.":
        err("about is not 'Hand-coded from the text alone.'")

    # --- shape
    if tuple(d.keys()) not in shapes["top"]:
        err(f"top-level keys {list(d.keys())} differ from the dev gold files")
        return None
    if tuple(d["cleaning"].keys()) not in shapes["cleaning"]:
        err("cleaning keys differ from the dev gold files")
    for k in ("actors", "people", "places", "incidents"):
        for i, item in enumerate(d[k]):
            if tuple(item.keys()) not in shapes[k]:
                err(f"{k}[{i}] keys {list(item.keys())} differ from the dev gold files")
    for i, q in enumerate(d["quotes"]):
        if list(q.keys()) != SEED_QUOTE_KEYS:
            err(f"quotes[{i}] keys {list(q.keys())} differ from the seed gold's")
    for i, r in enumerate(d["relations"]):
        if list(r.keys()) != SEED_RELATION_KEYS:
            err(f"relations[{i}] keys {list(r.keys())} differ from the seed gold's")
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")
    if not isinstance(d["not_incidents"], list):
        err("not_incidents is not a list")

    # --- verbatim strings
    def verbatim(label, s):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(f"{label} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{label} not found verbatim in report: {s!r}")

    for i, a in enumerate(d["actors"]):
        for m in a["mentions"]:
            verbatim(f"actors[{i}] mention", m)
        if a["kind"] not in {"state_force", "armed_group"} or a["acled_inter"] not in range(1, 9):
            err(f"actors[{i}] kind/acled_inter odd: {a['kind']}/{a['acled_inter']}")
    for i, p in enumerate(d["people"]):
        for m in p["mentions"]:
            verbatim(f"people[{i}] mention", m)
    for i, p in enumerate(d["places"]):
        verbatim(f"places[{i}] name", p["name"])
    for i, q in enumerate(d["quotes"]):
        verbatim(f"quotes[{i}] starts", q.get("starts"))
    for i, s in enumerate(d["not_incidents"]):
        verbatim(f"not_incidents[{i}]", s)
    for i, r in enumerate(d["relations"]):
        verbatim(f"relations[{i}] evidence", r.get("evidence"))

    places = {}
    for p in d["places"]:
        places.setdefault(p["name"], []).append((p["admin1"], p["admin2"]))
    canon = {a["canonical"] for a in d["actors"]}

    for i, inc in enumerate(d["incidents"]):
        lab = f"incidents[{i}]"
        verbatim(f"{lab} what", inc["what"])
        verbatim(f"{lab} date_text", inc["date_text"])
        verbatim(f"{lab} location", inc["location"])
        if inc["country"] != "Pakistan":
            err(f"{lab} country is {inc['country']!r}")
        loc = inc["location"]
        if loc is not None:
            if loc not in places:
                err(f"{lab} location {loc!r} is not one of the file's places")
            elif (inc["admin1"], inc["admin2"]) not in places[loc]:
                err(f"{lab} admin1/admin2 {inc['admin1']}/{inc['admin2']} differ from place {loc!r} {places[loc]}")
        ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{lab} invalid ACLED pair {ev!r}/{sub!r}")
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD_ATTACK:
            err(f"{lab} invalid GTD attack type {inc['gtd_attack_type']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{lab} geo_precision {inc['geo_precision']!r}")
        for k in ("actor1", "actor2"):
            a = inc[k]
            if a is not None and a not in canon and a not in GENERIC_ACTORS:
                err(f"{lab} {k} {a!r} is neither a listed actor nor a generic label")
        killed = inc["killed"]
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            err(f"{lab} killed_by_side is not an object")
            continue
        for side, n in kbs.items():
            if side not in SIDES:
                err(f"{lab} unknown side {side!r}")
            if not isinstance(n, int) or n < 0:
                err(f"{lab} killed_by_side[{side}] = {n!r}")
        total = sum(n for n in kbs.values() if isinstance(n, int))
        if killed is None:
            if total:
                err(f"{lab} killed is null but killed_by_side sums to {total}")
        elif not isinstance(killed, int) or killed < 0:
            err(f"{lab} killed = {killed!r}")
        elif total > killed:
            err(f"{lab} killed_by_side sums to {total}, above killed = {killed}")
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{lab} injured = {inj!r}")
    return d


def main(argv):
    args = list(argv[1:])
    ref = Path(os.environ.get("BM_DEV_DIR", "/work/shared/benchmarks/pakistan-gold-dev"))
    if "--ref" in args:
        j = args.index("--ref")
        ref = Path(args[j + 1])
        del args[j:j + 2]
    gold_dir = Path(args[0]) if args else Path(__file__).resolve().parent
    shapes = reference_shapes(ref)
    errors = []
    golds = sorted(gold_dir.glob("*.gold.json"))
    txts = sorted(gold_dir.glob("BM-*.txt"))
    for t in txts:
        if not t.with_name(t.name.replace(".txt", ".gold.json")).exists():
            errors.append(f"{t.name}: no gold file beside it")
    n_inc = 0
    for g in golds:
        d = check_file(g, shapes, errors)
        if d:
            n_inc += len(d["incidents"])
    for e in errors:
        print(e)
    print(f"{len(golds)} gold files, {len(txts)} reports, {n_inc} incidents checked; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
