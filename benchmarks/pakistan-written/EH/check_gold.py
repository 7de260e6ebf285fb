#!/usr/bin/env python3
"""Check the EH hand-coded gold files against their reports.

Usage:  python3 check_gold.py [DIR]      (default: the folder of this script)

Checks, for every EH-NN.gold.json beside an EH-NN.txt:
  * the JSON parses;
  * top-level keys (and their order) match a dev gold file; the keys of cleaning, actors,
    people, places, quotes, incidents, relations and actor_profiles entries match the dev /
    seed shapes (an optional "note" is allowed where the seed uses one);
  * `article` names the .txt beside it and `about` is the fixed sentence;
  * every quoted string appears word for word in the report: incident `what`, `date_text`,
    `location`; place `name`; actor and person `mentions`; quote `starts`; `not_incidents`
    (segments split on " ... "); relation and profile `evidence`; cleaning strings that must be
    in the raw text (must_not_contain, keep_unchanged, near_duplicate_sentences, flag_as_damaged);
  * cleaning.must_contain strings (the repaired text) are recoverable from the raw text: with
    whitespace removed and mojibake quotes mapped back, each is a substring of the raw text;
  * each incident's location is one of the file's places with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid; GTD attack types are valid or null;
  * killed_by_side keys are known and never sum above `killed`;
  * actor1/actor2 are listed actors or one of the generic labels; relation ends and profile keys
    are listed actors; quote speakers are listed people or start with "unnamed";
  * geo_precision is 1-3 and admin1 is a Pakistani province/territory or null;
  * the report is 500-1,100 words.
Prints each error and a final count; exit status 1 if any error.
"""
import json
import os
import re
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
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication",
              "Terrorists/Non-State Militia", "Tourists", "Transportation", "Unknown",
              "Utilities", "Violent Political Party", "Abortion Related"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
ACTOR_KINDS = {"armed_group", "state_force", "protest_movement"}
RELATION_KINDS = {"allied", "hostile", "faction_of", "splinter_of", "merged_into", "front_of",
                  "alliance_member", "renamed_from"}
ABOUT = "Hand-coded from the text alone."


def load_reference_shapes():
    """Key shapes taken from a dev gold file (and the seed where dev lists are empty)."""
    with open(os.path.join(DEV, "satp-sa-dev-109.gold.json"), encoding="utf-8") as f:
        dev = json.load(f)
    with open(os.path.join(DEV, "satp-sa-dev-128.gold.json"), encoding="utf-8") as f:
        dev2 = json.load(f)
    with open(SEED, encoding="utf-8") as f:
        seed = json.load(f)
    shapes = {
        "top": list(dev.keys()),
        "cleaning": list(dev["cleaning"].keys()),
        "actor": list(dev["actors"][0].keys()),
        "person": list(dev["people"][0].keys()),
        "place": list(dev["places"][0].keys()),
        "incident": list(dev["incidents"][0].keys()),
        "quote": list(seed["quotes"][0].keys()),
        "relation": list(seed["relations"][0].keys()),
        "profile_keys": set(k for v in seed["actor_profiles"].values() for k in v.keys()),
    }
    assert list(dev2.keys()) == shapes["top"], "dev gold files disagree on top-level keys"
    return shapes


def check_keys(errors, where, obj, expected, optional=("note",)):
    keys = [k for k in obj.keys() if k not in optional or k in expected]
    if keys != expected:
        errors.append(f"{where}: keys {list(obj.keys())} != expected {expected} (+ optional {list(optional)})")


def in_text(errors, where, s, text):
    if s is None:
        return
    if not isinstance(s, str) or not s:
        errors.append(f"{where}: not a non-empty string: {s!r}")
        return
    if s not in text:
        errors.append(f"{where}: not verbatim in report: {s!r}")


def check_file(path_json, shapes):
    errors = []
    base = os.path.basename(path_json)[: -len(".gold.json")]
    path_txt = os.path.join(os.path.dirname(path_json), base + ".txt")
    try:
        with open(path_json, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{base}: JSON does not parse: {e}"]
    if not os.path.exists(path_txt):
        return [f"{base}: report {path_txt} missing"]
    with open(path_txt, encoding="utf-8") as f:
        text = f.read()

    E = lambda msg: errors.append(f"{base}: {msg}")  # noqa: E731

    if list(g.keys()) != shapes["top"]:
        E(f"top-level keys {list(g.keys())} != dev {shapes['top']}")
        return errors
    if g["article"] != base + ".txt":
        E(f"article {g['article']!r} != {base + '.txt'!r}")
    if g["about"] != ABOUT:
        E(f"about {g['about']!r} != {ABOUT!r}")

    nwords = len(text.split())
    if not 500 <= nwords <= 1100:
        E(f"report has {nwords} words (want 500-1,100)")

    # cleaning
    cl = g["cleaning"]
    if list(cl.keys()) != shapes["cleaning"]:
        E(f"cleaning keys {list(cl.keys())} != {shapes['cleaning']}")
    else:
        for s in cl["must_not_contain"]:
            in_text(errors, f"{base}: cleaning.must_not_contain", s, text)
        for s in cl["keep_unchanged"]:
            in_text(errors, f"{base}: cleaning.keep_unchanged", s, text)
        for pair in cl["near_duplicate_sentences"]:
            if not isinstance(pair, list) or len(pair) != 2:
                E(f"near_duplicate_sentences entry not a pair: {pair!r}")
                continue
            for s in pair:
                in_text(errors, f"{base}: cleaning.near_duplicate_sentences", s, text)
        for s in cl["flag_as_damaged"]:
            in_text(errors, f"{base}: cleaning.flag_as_damaged", s, text)
        # must_contain is the REPAIRED text, so it need not be verbatim; it must still be
        # recoverable: with all whitespace removed (and mojibake quotes mapped back) it has to
        # be a substring of the raw text with whitespace removed.
        squash = lambda t: re.sub(r"\s+", "", t.replace("\u00e2\u20ac\u2122", "'").replace(
            "\u00e2\u20ac\u0153", '"').replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'))  # noqa: E731
        raw_squashed = squash(text)
        for s in cl["must_contain"]:
            if not isinstance(s, str) or not s:
                E(f"cleaning.must_contain has a bad entry {s!r}")
            elif squash(s) not in raw_squashed:
                E(f"cleaning.must_contain not recoverable from the raw text: {s!r}")

    # actors
    actor_names = set()
    for i, a in enumerate(g["actors"]):
        check_keys(errors, f"{base}: actors[{i}]", a, shapes["actor"], optional=())
        actor_names.add(a.get("canonical"))
        if a.get("kind") not in ACTOR_KINDS:
            E(f"actor {a.get('canonical')!r} has unknown kind {a.get('kind')!r}")
        if a.get("acled_inter") not in range(1, 9):
            E(f"actor {a.get('canonical')!r} has bad acled_inter {a.get('acled_inter')!r}")
        if not a.get("mentions"):
            E(f"actor {a.get('canonical')!r} has no mentions")
        for m in a.get("mentions", []):
            in_text(errors, f"{base}: actor {a.get('canonical')!r} mention", m, text)
    if len(actor_names) != len(g["actors"]):
        E("duplicate actor canonicals")

    # people
    person_names = set()
    for i, p in enumerate(g["people"]):
        check_keys(errors, f"{base}: people[{i}]", p, shapes["person"])
        person_names.add(p.get("canonical"))
        if not p.get("mentions"):
            E(f"person {p.get('canonical')!r} has no mentions")
        for m in p.get("mentions", []):
            in_text(errors, f"{base}: person {p.get('canonical')!r} mention", m, text)
        if not p.get("roles"):
            E(f"person {p.get('canonical')!r} has no roles")

    # places
    places = {}
    for i, pl in enumerate(g["places"]):
        check_keys(errors, f"{base}: places[{i}]", pl, shapes["place"])
        in_text(errors, f"{base}: place name", pl.get("name"), text)
        if pl.get("admin1") not in ADMIN1:
            E(f"place {pl.get('name')!r} has unknown admin1 {pl.get('admin1')!r}")
        if pl.get("name") in places:
            E(f"duplicate place {pl.get('name')!r}")
        places[pl.get("name")] = pl

    # quotes
    for i, q in enumerate(g["quotes"]):
        check_keys(errors, f"{base}: quotes[{i}]", q, shapes["quote"])
        in_text(errors, f"{base}: quote starts", q.get("starts"), text)
        sp = q.get("speaker", "")
        if sp not in person_names and not sp.startswith("unnamed"):
            E(f"quote speaker {sp!r} is neither a listed person nor 'unnamed ...'")

    # incidents
    allowed_actors = actor_names | GENERIC | {None}
    for i, inc in enumerate(g["incidents"]):
        w = f"{base}: incidents[{i}]"
        check_keys(errors, w, inc, shapes["incident"], optional=())
        for fld in ("what", "date_text", "location"):
            in_text(errors, f"{w}.{fld}", inc.get(fld), text)
        if inc.get("what") is None:
            errors.append(f"{w}: what is null")
        et, st = inc.get("acled_event_type"), inc.get("acled_sub_event_type")
        if et not in ACLED or st not in ACLED[et]:
            errors.append(f"{w}: invalid ACLED pair {et!r} / {st!r}")
        gt = inc.get("gtd_attack_type")
        if gt is not None and gt not in GTD_ATTACK:
            errors.append(f"{w}: invalid GTD attack type {gt!r}")
        for fld in ("actor1", "actor2"):
            if inc.get(fld) not in allowed_actors:
                errors.append(f"{w}: {fld} {inc.get(fld)!r} is not a listed actor or generic label")
        if inc.get("country") != "Pakistan":
            errors.append(f"{w}: country {inc.get('country')!r}")
        loc = inc.get("location")
        if loc is not None:
            pl = places.get(loc)
            if pl is None:
                errors.append(f"{w}: location {loc!r} is not among the places")
            elif (pl.get("admin1"), pl.get("admin2")) != (inc.get("admin1"), inc.get("admin2")):
                errors.append(f"{w}: location {loc!r} admin {pl.get('admin1')!r}/{pl.get('admin2')!r}"
                              f" != incident {inc.get('admin1')!r}/{inc.get('admin2')!r}")
        if inc.get("admin1") not in ADMIN1:
            errors.append(f"{w}: admin1 {inc.get('admin1')!r} unknown")
        if inc.get("geo_precision") not in (1, 2, 3):
            errors.append(f"{w}: geo_precision {inc.get('geo_precision')!r}")
        killed = inc.get("killed")
        kbs = inc.get("killed_by_side") or {}
        if not isinstance(kbs, dict):
            errors.append(f"{w}: killed_by_side is not an object")
            kbs = {}
        for k, v in kbs.items():
            if k not in SIDES:
                errors.append(f"{w}: killed_by_side key {k!r} unknown")
            if not isinstance(v, int) or v < 0:
                errors.append(f"{w}: killed_by_side {k!r} = {v!r} not a count")
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if killed is None:
            if total:
                errors.append(f"{w}: killed is null but killed_by_side sums to {total}")
        elif not isinstance(killed, int) or killed < 0:
            errors.append(f"{w}: killed {killed!r} not a count")
        elif total > killed:
            errors.append(f"{w}: killed_by_side sums to {total} > killed {killed}")
        inj = inc.get("injured")
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            errors.append(f"{w}: injured {inj!r} not a count")
        if not inc.get("note"):
            errors.append(f"{w}: no note")

    # not_incidents
    for s in g["not_incidents"]:
        for seg in s.split(" ... "):
            in_text(errors, f"{base}: not_incidents", seg, text)

    # relations
    for i, r in enumerate(g["relations"]):
        check_keys(errors, f"{base}: relations[{i}]", r, shapes["relation"], optional=())
        for fld in ("a", "b"):
            if r.get(fld) not in actor_names:
                E(f"relations[{i}].{fld} {r.get(fld)!r} is not a listed actor")
        if r.get("kind") not in RELATION_KINDS:
            E(f"relations[{i}].kind {r.get('kind')!r} unknown")
        in_text(errors, f"{base}: relations[{i}].evidence", r.get("evidence"), text)

    # actor profiles
    if not isinstance(g["actor_profiles"], dict):
        E("actor_profiles is not an object")
    else:
        for name, prof in g["actor_profiles"].items():
            if name not in actor_names:
                E(f"actor_profiles key {name!r} is not a listed actor")
            extra = set(prof.keys()) - shapes["profile_keys"]
            if extra:
                E(f"actor_profiles[{name!r}] has unknown keys {sorted(extra)}")
            if "evidence" not in prof:
                E(f"actor_profiles[{name!r}] has no evidence")
            in_text(errors, f"{base}: actor_profiles[{name!r}].evidence", prof.get("evidence"), text)
            for t in prof.get("gtd_target_types", []):
                if t not in GTD_TARGET:
                    E(f"actor_profiles[{name!r}] bad GTD target type {t!r}")
            for t in prof.get("gtd_attack_types", []):
                if t not in GTD_ATTACK:
                    E(f"actor_profiles[{name!r}] bad GTD attack type {t!r}")
            for a in prof.get("area", []):
                if a not in places:
                    E(f"actor_profiles[{name!r}] area {a!r} is not among the places")
    return errors


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shapes = load_reference_shapes()
    golds = sorted(f for f in os.listdir(folder) if re.fullmatch(r"EH-\d\d\.gold\.json", f))
    txts = sorted(f for f in os.listdir(folder) if re.fullmatch(r"EH-\d\d\.txt", f))
    errors = []
    for t in txts:
        if t[:-4] + ".gold.json" not in golds:
            errors.append(f"{t}: no gold file beside it")
    n_inc = 0
    for gfile in golds:
        errs = check_file(os.path.join(folder, gfile), shapes)
        errors.extend(errs)
        try:
            with open(os.path.join(folder, gfile), encoding="utf-8") as f:
                n_inc += len(json.load(f).get("incidents", []))
        except Exception:  # noqa: BLE001
            pass
    for e in errors:
        print(e)
    print(f"checked {len(golds)} gold files, {len(txts)} reports, {n_inc} incidents: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
