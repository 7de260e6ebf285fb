#!/usr/bin/env python3
"""Checks the BP-NN.gold.json files beside this script.

- every gold file parses as JSON and names the .txt beside it;
- top-level keys (and their order), cleaning keys and the keys of actors, people, places,
  incidents match the dev gold files in ../../shared/benchmarks/pakistan-gold-dev/
  (quotes and relations: the seed gold, since the dev files leave them empty);
- every `what`, `date_text`, `location`, place `name`, actor and person `mention`, quote `starts`
  and `not_incidents` string appears word for word in the report;
- each incident location is one of the file's places, with the same admin1/admin2;
- ACLED event/sub-event pairs, GTD attack types, geo_precision and killed_by_side keys are valid;
- actor1/actor2 are listed actors or one of the generic labels;
- killed_by_side never sums above killed;
- each report has 120-220 words (style target; reported as a warning only).
Prints one line per problem and a final count; exit status 1 if any error.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.environ.get("DEV_GOLD", "/work/shared/benchmarks/pakistan-gold-dev")
SEED = os.environ.get("SEED_GOLD", "/work/shared/seed/article-001.gold.json")

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
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
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
NO_GTD_SUBS = {"Arrests", "Peaceful protest", "Protest with intervention",
               "Excessive force against protesters"}

# Fallback shapes, used only if the dev/seed files cannot be read.
FALLBACK = {
    "top": ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"],
    "cleaning": ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"],
    "actors": ["canonical", "kind", "acled_inter", "mentions"],
    "people": ["canonical", "mentions", "roles"],
    "places": ["name", "kind", "admin1", "admin2"],
    "incidents": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                  "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                  "killed", "killed_by_side", "injured", "note"],
    "quotes": ["speaker", "starts"],
    "relations": ["a", "b", "kind", "evidence"],
}


def reference_shape():
    """Key lists per section, learnt from the dev gold files (and the seed for quotes/relations)."""
    shape, source = {}, {}
    devs = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    for path in devs:
        d = json.load(open(path, encoding="utf-8"))
        shape.setdefault("top", list(d.keys()))
        shape.setdefault("cleaning", list(d["cleaning"].keys()))
        for sec in ("actors", "people", "places", "incidents"):
            for item in d.get(sec, []):
                # 'note' is optional on people/places (seed uses it); incidents always carry it
                keys = [k for k in item.keys() if not (sec != "incidents" and k == "note")]
                shape.setdefault(sec, keys)
    if os.path.exists(SEED):
        s = json.load(open(SEED, encoding="utf-8"))
        if s.get("quotes"):
            shape.setdefault("quotes", [k for k in s["quotes"][0] if k != "note"])
        if s.get("relations"):
            shape.setdefault("relations", list(s["relations"][0].keys()))
    for k, v in FALLBACK.items():
        if k not in shape:
            shape[k] = v
            source[k] = "fallback"
    return shape, source, len(devs)


def main():
    shape, fallback_used, ndev = reference_shape()
    errors, warnings = [], []
    golds = sorted(glob.glob(os.path.join(HERE, "BP-*.gold.json")))
    n_inc = 0

    def err(f, msg):
        errors.append(f"{os.path.basename(f)}: {msg}")

    for gpath in golds:
        base = os.path.basename(gpath)[: -len(".gold.json")]
        tpath = os.path.join(HERE, base + ".txt")
        try:
            g = json.load(open(gpath, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(gpath, f"JSON does not parse: {e}")
            continue
        if not os.path.exists(tpath):
            err(gpath, "no report beside it")
            continue
        text = open(tpath, encoding="utf-8").read()
        words = len(text.split())
        if not 120 <= words <= 220:
            warnings.append(f"{base}.txt: {words} words (target 120-220)")

        def verbatim(s, what):
            if s is None:
                return
            if not isinstance(s, str) or s not in text:
                err(gpath, f"{what} not verbatim in report: {s!r}")

        # --- shape
        if list(g.keys()) != shape["top"]:
            err(gpath, f"top-level keys {list(g.keys())} != dev {shape['top']}")
            continue
        if g["article"] != base + ".txt":
            err(gpath, f"article is {g['article']!r}")
        if g["about"] != "Hand-coded from the text alone.":
            err(gpath, "about differs from the dev wording")
        if list(g["cleaning"].keys()) != shape["cleaning"]:
            err(gpath, "cleaning keys differ from dev")
        for sec in ("actors", "people", "places", "incidents", "quotes", "relations"):
            if not isinstance(g[sec], list):
                err(gpath, f"{sec} is not a list")
                continue
            for i, item in enumerate(g[sec]):
                keys = [k for k in item.keys() if not (sec != "incidents" and k == "note")]
                if keys != shape[sec]:
                    err(gpath, f"{sec}[{i}] keys {keys} != dev {shape[sec]}")
        if not isinstance(g["not_incidents"], list) or not isinstance(g["actor_profiles"], dict):
            err(gpath, "not_incidents must be a list and actor_profiles a dict")

        # --- verbatim strings
        canon_actors = set()
        for a in g["actors"]:
            canon_actors.add(a["canonical"])
            if a["kind"] not in ("state_force", "armed_group") or a["acled_inter"] not in range(1, 9):
                err(gpath, f"actor {a['canonical']}: odd kind/inter")
            for m in a["mentions"]:
                verbatim(m, f"actor mention ({a['canonical']})")
        people = set()
        for p in g["people"]:
            people.add(p["canonical"])
            for m in p["mentions"]:
                verbatim(m, f"person mention ({p['canonical']})")
        places = {}
        for p in g["places"]:
            verbatim(p["name"], "place name")
            if p["name"] in places:
                err(gpath, f"place listed twice: {p['name']}")
            places[p["name"]] = p
        for q in g["quotes"]:
            verbatim(q["starts"], "quote start")
            if q["speaker"] not in people and not re.match(r"^(unnamed|CTD|military)", q["speaker"]):
                err(gpath, f"quote speaker {q['speaker']!r} is not a listed person")
        for s in g["not_incidents"]:
            verbatim(s, "not_incidents entry")
        for r in g["relations"]:
            verbatim(r["evidence"], "relation evidence")
            for side in ("a", "b"):
                if r[side] not in canon_actors:
                    err(gpath, f"relation party {r[side]!r} not among actors")

        # --- incidents
        if not g["incidents"]:
            err(gpath, "no incidents")
        for k, inc in enumerate(g["incidents"]):
            n_inc += 1
            tag = f"incident {k + 1}"
            verbatim(inc["what"], f"{tag} what")
            verbatim(inc["date_text"], f"{tag} date_text")
            verbatim(inc["location"], f"{tag} location")
            et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
            if et not in ACLED or st not in ACLED[et]:
                err(gpath, f"{tag}: invalid ACLED pair {et!r} / {st!r}")
            if inc["gtd_attack_type"] not in GTD:
                err(gpath, f"{tag}: invalid GTD type {inc['gtd_attack_type']!r}")
            if st in NO_GTD_SUBS and inc["gtd_attack_type"] is not None:
                err(gpath, f"{tag}: {st} should carry no GTD attack type")
            for side in ("actor1", "actor2"):
                if inc[side] not in GENERIC and inc[side] not in canon_actors:
                    err(gpath, f"{tag}: {side} {inc[side]!r} is neither a listed actor nor a generic label")
            if inc["country"] != "Pakistan":
                err(gpath, f"{tag}: country {inc['country']!r}")
            loc = places.get(inc["location"])
            if loc is None:
                err(gpath, f"{tag}: location {inc['location']!r} not among places")
            elif (loc["admin1"], loc["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(gpath, f"{tag}: admin {inc['admin1']}/{inc['admin2']} != place "
                           f"{loc['admin1']}/{loc['admin2']}")
            if inc["geo_precision"] not in (1, 2, 3):
                err(gpath, f"{tag}: geo_precision {inc['geo_precision']!r}")
            kb = inc["killed_by_side"]
            if not isinstance(kb, dict) or set(kb) - SIDES:
                err(gpath, f"{tag}: killed_by_side keys {kb!r}")
            elif any((not isinstance(v, int)) or v < 0 for v in kb.values()):
                err(gpath, f"{tag}: killed_by_side values must be non-negative integers")
            else:
                killed = inc["killed"]
                if killed is None and kb:
                    err(gpath, f"{tag}: killed_by_side given but killed is null")
                elif killed is not None and sum(kb.values()) > killed:
                    err(gpath, f"{tag}: killed_by_side sums to {sum(kb.values())} > killed {killed}")
            for fld in ("killed", "injured"):
                v = inc[fld]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(gpath, f"{tag}: {fld} {v!r}")
            if not inc.get("note"):
                err(gpath, f"{tag}: no note")

    # a report with no gold beside it
    for tpath in sorted(glob.glob(os.path.join(HERE, "BP-*.txt"))):
        if not os.path.exists(tpath[:-4] + ".gold.json"):
            errors.append(f"{os.path.basename(tpath)}: no gold file beside it")

    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    ref = f"{ndev} dev gold files" + (f" (fallback shape for {sorted(fallback_used)})" if fallback_used else "")
    print(f"checked {len(golds)} gold files, {n_inc} incidents against {ref}: "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
