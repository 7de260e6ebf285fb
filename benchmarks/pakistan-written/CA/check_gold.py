#!/usr/bin/env python3
"""Check the hand-coded CA gold files (or any folder of NAME.txt / NAME.gold.json pairs).

Usage: python3 check_gold.py [FOLDER] [--ref DEV_GOLD_FILE] [--quiet]

Checks, per pair:
  * the gold file parses as JSON and `article` names the .txt beside it;
  * top-level keys (and their order), cleaning keys, and the keys of every actor, person,
    place and incident match a dev gold file (default satp-sa-dev-9.gold.json);
  * every `what`, `date_text`, `location`, place `name`, actor and person `mention`,
    and `not_incidents` string appears word for word in the report;
  * every incident `location` is one of the file's places, with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid (shared/CONVENTIONS.md), GTD attack types are
    valid or null, actor1/actor2 are null, "Civilians", "Unidentified Armed Group" or a
    listed actor's canonical name;
  * killed/injured are null or non-negative integers, killed_by_side keys are
    security_forces/civilians/militants and never sum above `killed`;
  * geo_precision is 1, 2 or 3; admin1 values are from the allowed list;
  * style: the report has no apostrophes or hyphens (warnings only).
Prints each error and a summary; exit status 1 if any error.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REF = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"

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
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir", None}
GENERIC = {"Civilians", "Unidentified Armed Group"}
KINDS = {"state_force": 1, "armed_group": 2}


def keys_of(ref, field):
    items = ref.get(field) or []
    return tuple(items[0]) if items else None


def check_pair(gold_path, ref, errors, warnings):
    stem = os.path.basename(gold_path)[: -len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(gold_path), stem + ".txt")

    def err(msg):
        errors.append("%s: %s" % (stem, msg))

    def warn(msg):
        warnings.append("%s: %s" % (stem, msg))

    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:  # noqa: BLE001
        err("JSON does not parse: %s" % e)
        return None
    if not os.path.exists(txt_path):
        err("no report %s beside the gold file" % os.path.basename(txt_path))
        return None
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()

    # --- shape
    if list(gold) != list(ref):
        err("top-level keys %s differ from reference %s" % (list(gold), list(ref)))
    if gold.get("article") != stem + ".txt":
        err("article is %r, expected %r" % (gold.get("article"), stem + ".txt"))
    if list(gold.get("cleaning", {})) != list(ref["cleaning"]):
        err("cleaning keys differ from reference")
    for field, ref_field in (("actors", "actors"), ("people", "people"),
                             ("places", "places"), ("incidents", "incidents")):
        want = keys_of(ref, ref_field)
        for i, item in enumerate(gold.get(field) or []):
            if want is not None and tuple(item) != want:
                err("%s[%d] keys %s differ from reference %s" % (field, i, list(item), list(want)))
    for field in ("quotes", "not_incidents", "relations"):
        if not isinstance(gold.get(field), list):
            err("%s is not a list" % field)
    if not isinstance(gold.get("actor_profiles"), dict):
        err("actor_profiles is not an object")
    pub = gold.get("publisher")
    if pub is not None and pub not in text and not (pub == "Dawn" and "The Dawn" in text):
        warn("publisher %r not found in the text" % pub)

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or s not in text:
            err("%s %r does not appear verbatim in the report" % (what, s))

    # --- actors and people
    canon = {}
    for a in gold.get("actors", []):
        canon[a["canonical"]] = a
        if a.get("kind") not in KINDS:
            err("actor %r has kind %r" % (a["canonical"], a.get("kind")))
        elif a.get("acled_inter") != KINDS[a["kind"]]:
            err("actor %r: acled_inter %r does not fit kind %r" % (a["canonical"], a.get("acled_inter"), a["kind"]))
        if not a.get("mentions"):
            err("actor %r has no mentions" % a["canonical"])
        for m in a.get("mentions", []):
            verbatim(m, "actor mention")
    for p in gold.get("people", []):
        if not p.get("mentions"):
            err("person %r has no mentions" % p.get("canonical"))
        for m in p.get("mentions", []):
            verbatim(m, "person mention")

    # --- places
    places = {}
    for p in gold.get("places", []):
        verbatim(p.get("name"), "place name")
        if p.get("admin1") not in ADMIN1:
            err("place %r has admin1 %r" % (p.get("name"), p.get("admin1")))
        places.setdefault(p.get("name"), []).append(p)

    for s in gold.get("not_incidents", []):
        verbatim(s, "not_incidents string")

    # --- incidents
    for n, inc in enumerate(gold.get("incidents", []), 1):
        tag = "incident %d" % n
        verbatim(inc.get("what"), tag + " what")
        verbatim(inc.get("date_text"), tag + " date_text")
        verbatim(inc.get("location"), tag + " location")
        ev, sub = inc.get("acled_event_type"), inc.get("acled_sub_event_type")
        if ev not in ACLED or sub not in ACLED[ev]:
            err("%s: invalid ACLED pair %r / %r" % (tag, ev, sub))
        g = inc.get("gtd_attack_type")
        if g is not None and g not in GTD:
            err("%s: invalid GTD attack type %r" % (tag, g))
        for side in ("actor1", "actor2"):
            a = inc.get(side)
            if a is not None and a not in GENERIC and a not in canon:
                err("%s: %s %r is neither generic nor a listed actor" % (tag, side, a))
        if inc.get("country") != "Pakistan":
            err("%s: country %r" % (tag, inc.get("country")))
        loc = inc.get("location")
        cands = places.get(loc, [])
        if not cands:
            err("%s: location %r is not one of the file's places" % (tag, loc))
        elif not any(p["admin1"] == inc.get("admin1") and p["admin2"] == inc.get("admin2") for p in cands):
            err("%s: location %r admin1/admin2 %r/%r differ from its place entry %r/%r"
                % (tag, loc, inc.get("admin1"), inc.get("admin2"), cands[0]["admin1"], cands[0]["admin2"]))
        if inc.get("geo_precision") not in (1, 2, 3):
            err("%s: geo_precision %r" % (tag, inc.get("geo_precision")))
        k = inc.get("killed")
        for fld in ("killed", "injured"):
            v = inc.get(fld)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err("%s: %s %r is not null or a non-negative integer" % (tag, fld, v))
        kbs = inc.get("killed_by_side")
        if not isinstance(kbs, dict):
            err("%s: killed_by_side is not an object" % tag)
        else:
            bad = set(kbs) - SIDES
            if bad:
                err("%s: unknown killed_by_side keys %s" % (tag, sorted(bad)))
            vals = list(kbs.values())
            if any(not isinstance(v, int) or v < 0 for v in vals):
                err("%s: killed_by_side values must be non-negative integers" % tag)
            elif sum(vals) > (k or 0):
                err("%s: killed_by_side sums to %d, above killed %r" % (tag, sum(vals), k))
        if not inc.get("note"):
            warn("%s has no note" % tag)

    # --- style (warnings)
    for ch in ("'", "\u2019", "-"):
        if ch in text:
            warn("report contains %r" % ch)
    return gold


def main(argv):
    quiet = "--quiet" in argv
    argv = [a for a in argv if a != "--quiet"]
    ref_path = DEFAULT_REF
    if "--ref" in argv:
        i = argv.index("--ref")
        ref_path = argv[i + 1]
        del argv[i:i + 2]
    folder = argv[0] if argv else HERE
    with open(ref_path, encoding="utf-8") as f:
        ref = json.load(f)
    errors, warnings = [], []
    golds = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    n_inc = 0
    for g in golds:
        gold = check_pair(g, ref, errors, warnings)
        if gold:
            n_inc += len(gold.get("incidents", []))
    for t in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        if not os.path.exists(t[:-4] + ".gold.json"):
            errors.append("%s: report without a gold file" % os.path.basename(t))
    if not quiet:
        for w in warnings:
            print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d gold files, %d incidents, %d errors, %d warnings"
          % (len(golds), n_inc, len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
