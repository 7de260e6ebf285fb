#!/usr/bin/env python3
"""Check the EE-NN gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Prints one line per problem and a final count; exit status 1 if any error.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

# Shape of the dev gold files (used if the dev folder cannot be read).
TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
       "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2", "country",
            "admin1", "admin2", "location", "geo_precision", "date_text", "killed", "killed_by_side", "injured", "note"]
QUOTE = ["speaker", "starts"]            # as in seed/article-001.gold.json
RELATION = ["a", "b", "kind", "evidence"]  # as in seed/article-001.gold.json

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
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Security Forces", "Protesters", "Rioters"}
PLACE_KINDS = {"country", "province", "district", "city", "town", "area", "border"}
ACTOR_KINDS = {"state_force", "armed_group"}
# standalone names that, if present in a text, should be listed as places
WATCH = ["Pakistan", "Iran", "Afghanistan", "India", "Islamabad", "Kabul", "Tehran", "Quetta", "Rawalpindi"]

errors, warnings = [], []
def err(f, msg): errors.append(f"{f}: {msg}")
def warn(f, msg): warnings.append(f"{f}: WARNING {msg}")


def dev_shape():
    """Top-level, cleaning, incident, place, actor, person keys from a dev gold file, if readable."""
    try:
        files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
        g = json.load(open(files[0], encoding="utf-8"))
        shape = {"top": list(g), "cleaning": list(g["cleaning"])}
        for f in files:
            g = json.load(open(f, encoding="utf-8"))
            if g["incidents"] and "incident" not in shape: shape["incident"] = list(g["incidents"][0])
            if g["places"] and "place" not in shape: shape["place"] = list(g["places"][0])
            if g["actors"] and "actor" not in shape: shape["actor"] = list(g["actors"][0])
            if g["people"] and "person" not in shape: shape["person"] = list(g["people"][0])
        return shape
    except Exception:
        return None


def verbatim(f, text, s, what):
    if s is None:
        return
    if not isinstance(s, str) or not s:
        err(f, f"{what} is not a non-empty string: {s!r}")
    elif s not in text:
        err(f, f"{what} not found verbatim in report: {s!r}")


def check(gpath, shape):
    f = os.path.basename(gpath)
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:
        err(f, f"JSON does not parse: {e}"); return None
    tpath = gpath[:-len(".gold.json")] + ".txt"
    if not os.path.exists(tpath):
        err(f, "no report beside it"); return None
    text = open(tpath, encoding="utf-8").read()

    if list(g) != shape["top"]:
        err(f, f"top-level keys {list(g)} != dev {shape['top']}")
    if g.get("article") != os.path.basename(tpath):
        err(f, f"article {g.get('article')!r} does not name {os.path.basename(tpath)}")
    if g.get("about") != "Hand-coded from the text alone.":
        err(f, "about string differs")
    if list(g.get("cleaning", {})) != shape["cleaning"]:
        err(f, "cleaning keys differ")
    if g.get("publisher") is not None and g["publisher"] not in text:
        err(f, f"publisher {g['publisher']!r} not in text")
    nw = len(text.split())
    if not 60 <= nw <= 300:
        err(f, f"report has {nw} words (want 60-300)")

    canon = set()
    for a in g.get("actors", []):
        if list(a) != shape["actor"]: err(f, f"actor keys {list(a)}")
        if a.get("kind") not in ACTOR_KINDS: err(f, f"actor kind {a.get('kind')!r}")
        if a.get("acled_inter") not in range(1, 9): err(f, f"acled_inter {a.get('acled_inter')!r}")
        if a.get("canonical") in canon: err(f, f"duplicate actor {a.get('canonical')}")
        canon.add(a.get("canonical"))
        if not a.get("mentions"): err(f, f"actor {a.get('canonical')} has no mentions")
        for m in a.get("mentions", []): verbatim(f, text, m, f"actor mention ({a.get('canonical')})")
    for p in g.get("people", []):
        if list(p) != shape["person"]: err(f, f"person keys {list(p)}")
        for m in p.get("mentions", []): verbatim(f, text, m, f"person mention ({p.get('canonical')})")
    places = {}
    for p in g.get("places", []):
        if list(p) != shape["place"]: err(f, f"place keys {list(p)}")
        if p.get("kind") not in PLACE_KINDS: err(f, f"place kind {p.get('kind')!r}")
        verbatim(f, text, p.get("name"), "place name")
        if p.get("name") in places: err(f, f"duplicate place {p.get('name')}")
        places[p.get("name")] = p
    for q in g.get("quotes", []):
        if list(q) != QUOTE: err(f, f"quote keys {list(q)}")
        verbatim(f, text, q.get("starts"), "quote start")
    for s in g.get("not_incidents", []):
        verbatim(f, text, s, "not_incident")
    for r in g.get("relations", []):
        if list(r) != RELATION: err(f, f"relation keys {list(r)}")
        for k in ("a", "b"):
            if r.get(k) not in canon: err(f, f"relation {k}={r.get(k)!r} is not an actor")
        verbatim(f, text, r.get("evidence"), "relation evidence")
    if not isinstance(g.get("actor_profiles"), dict): err(f, "actor_profiles is not an object")
    for name, prof in (g.get("actor_profiles") or {}).items():
        if name not in canon: err(f, f"actor_profile for unknown actor {name!r}")
        verbatim(f, text, prof.get("evidence"), "actor_profile evidence")

    for n, inc in enumerate(g.get("incidents", []), 1):
        w = f"incident {n}"
        if list(inc) != shape["incident"]: err(f, f"{w} keys {list(inc)}")
        verbatim(f, text, inc.get("what"), f"{w} what")
        verbatim(f, text, inc.get("date_text"), f"{w} date_text")
        verbatim(f, text, inc.get("location"), f"{w} location")
        et, st = inc.get("acled_event_type"), inc.get("acled_sub_event_type")
        if et not in ACLED or st not in ACLED[et]: err(f, f"{w} invalid ACLED pair {et!r}/{st!r}")
        if inc.get("gtd_attack_type") not in GTD: err(f, f"{w} invalid GTD type {inc.get('gtd_attack_type')!r}")
        for k in ("actor1", "actor2"):
            if inc.get(k) not in canon and inc.get(k) not in GENERIC:
                err(f, f"{w} {k}={inc.get(k)!r} is neither a listed actor nor a generic label")
        loc = inc.get("location")
        if loc is not None:
            p = places.get(loc)
            if p is None: err(f, f"{w} location {loc!r} is not among the places")
            elif (p["admin1"], p["admin2"]) != (inc.get("admin1"), inc.get("admin2")):
                err(f, f"{w} admin1/admin2 {inc.get('admin1')!r}/{inc.get('admin2')!r} != place {p['admin1']!r}/{p['admin2']!r}")
        if inc.get("geo_precision") not in (1, 2, 3): err(f, f"{w} geo_precision {inc.get('geo_precision')!r}")
        if not isinstance(inc.get("country"), str): err(f, f"{w} country missing")
        k = inc.get("killed"); kbs = inc.get("killed_by_side")
        if k is not None and (not isinstance(k, int) or k < 0): err(f, f"{w} killed {k!r}")
        if inc.get("injured") is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(f, f"{w} injured {inc['injured']!r}")
        if not isinstance(kbs, dict): err(f, f"{w} killed_by_side is not an object")
        else:
            if set(kbs) - SIDES: err(f, f"{w} unknown sides {set(kbs) - SIDES}")
            if not all(isinstance(v, int) and v >= 0 for v in kbs.values()): err(f, f"{w} bad side counts")
            elif kbs and (k is None or sum(kbs.values()) > k):
                err(f, f"{w} killed_by_side sums to {sum(kbs.values())} > killed {k!r}")
        if not inc.get("note"): warn(f, f"{w} has no note")

    # names mentioned standalone but not listed as places (outside actor mentions)
    scrub = text
    for a in g.get("actors", []):
        for m in a.get("mentions", []): scrub = scrub.replace(m, " ")
    for name in WATCH:
        if re.search(r"\b%s\b(?!['’]s\b)(?!i\b)" % re.escape(name), scrub) and name not in places \
                and not any(name in pn for pn in places):
            warn(f, f"{name!r} occurs in the text but is not among the places")
    return g


def main():
    shape = dev_shape() or {}
    shape.setdefault("top", TOP); shape.setdefault("cleaning", CLEANING); shape.setdefault("incident", INCIDENT)
    shape.setdefault("place", PLACE); shape.setdefault("actor", ACTOR); shape.setdefault("person", PERSON)
    files = sorted(glob.glob(os.path.join(DIR, "EE-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(DIR, "EE-*.txt")))
    if len(files) != len(txts): err("set", f"{len(txts)} reports but {len(files)} gold files")
    n_inc = 0
    for p in files:
        g = check(p, shape)
        if g: n_inc += len(g["incidents"])
    for line in warnings + errors: print(line)
    print(f"{len(files)} gold files, {n_inc} incidents, {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
