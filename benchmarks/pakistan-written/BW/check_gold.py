#!/usr/bin/env python3
"""Checks the BW-NN.gold.json files beside their BW-NN.txt reports.

- every gold file parses as JSON and names the .txt beside it;
- its keys (top level, cleaning, actors, people, places, incidents) match a dev gold file's,
  in the same order;
- every `what`, `date_text`, `location`, place `name`, actor and person `mention`, and every
  `not_incidents` / relation `evidence` string appears word for word in the report;
- each incident location is one of the file's places, with the same admin1/admin2;
- ACLED event type / sub-event type pairs are valid, GTD types come from the GTD list;
- actor1/actor2 are canonical actors of the file or one of the generic labels;
- killed_by_side never sums above killed and uses the known sides;
- the report text has no apostrophes (as in the dev texts).
Prints each error and a final count; exit status 1 if any error."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
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
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Security Forces", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}


def dev_shape():
    """Key orders taken from the dev gold files (first one that has each part)."""
    shape = {}
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        g = json.load(open(f, encoding="utf-8"))
        shape.setdefault("top", list(g))
        shape.setdefault("cleaning", list(g["cleaning"]))
        for part in ("actors", "people", "places", "incidents"):
            if g[part]:
                shape.setdefault(part, list(g[part][0]))
    return shape


def main():
    shape = dev_shape()
    errors = []
    golds = sorted(glob.glob(os.path.join(HERE, "BW-*.gold.json")))
    n_inc = 0

    def err(f, msg):
        errors.append(f"{os.path.basename(f)}: {msg}")

    for f in golds:
        try:
            g = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f, f"JSON does not parse: {e}")
            continue
        txt_path = f.replace(".gold.json", ".txt")
        if g.get("article") != os.path.basename(txt_path):
            err(f, f"article {g.get('article')!r} is not {os.path.basename(txt_path)!r}")
        if not os.path.exists(txt_path):
            err(f, "no report beside it")
            continue
        text = open(txt_path, encoding="utf-8").read()
        if "'" in text or "\u2019" in text:
            err(f, "report contains an apostrophe")
        if g.get("about") != "Hand-coded from the text alone.":
            err(f, "about differs from the dev wording")

        # keys
        if list(g) != shape["top"]:
            err(f, f"top-level keys {list(g)} differ from dev {shape['top']}")
            continue
        if list(g["cleaning"]) != shape["cleaning"]:
            err(f, "cleaning keys differ from dev")
        for part in ("actors", "people", "places", "incidents"):
            for i, item in enumerate(g[part]):
                if list(item) != shape[part]:
                    err(f, f"{part}[{i}] keys {list(item)} differ from dev {shape[part]}")
        for part in ("quotes", "incidents", "not_incidents", "relations", "actors", "people", "places"):
            if not isinstance(g[part], list):
                err(f, f"{part} is not a list")
        if not isinstance(g["actor_profiles"], dict):
            err(f, "actor_profiles is not an object")

        def verbatim(s, what):
            if s is not None and s not in text:
                err(f, f"{what} {s!r} not in the report")

        canon = set()
        for a in g["actors"]:
            canon.add(a["canonical"])
            if a["acled_inter"] not in range(1, 9):
                err(f, f"actor {a['canonical']} has bad acled_inter")
            for m in a["mentions"]:
                verbatim(m, f"actor mention ({a['canonical']})")
        for p in g["people"]:
            for m in p["mentions"]:
                verbatim(m, f"person mention ({p['canonical']})")
        places = {}
        for p in g["places"]:
            verbatim(p["name"], "place name")
            places[p["name"]] = p
            if p["admin1"] not in ADMIN1:
                err(f, f"place {p['name']} admin1 {p['admin1']!r} not a known province")
        for s in g["not_incidents"]:
            verbatim(s, "not_incident")
        for r in g["relations"]:
            verbatim(r.get("evidence"), "relation evidence")
            for k in ("a", "b"):
                if r.get(k) not in canon:
                    err(f, f"relation {k} {r.get(k)!r} not an actor")

        for i, inc in enumerate(g["incidents"]):
            n_inc += 1
            tag = f"incident {i + 1}"
            verbatim(inc["what"], f"{tag} what")
            verbatim(inc["date_text"], f"{tag} date_text")
            verbatim(inc["location"], f"{tag} location")
            et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
            if st not in ACLED.get(et, ()):
                err(f, f"{tag}: ACLED pair {et!r} / {st!r} is not valid")
            if inc["gtd_attack_type"] not in GTD:
                err(f, f"{tag}: GTD type {inc['gtd_attack_type']!r} unknown")
            for k in ("actor1", "actor2"):
                if inc[k] not in canon and inc[k] not in GENERIC:
                    err(f, f"{tag}: {k} {inc[k]!r} is neither a listed actor nor a generic label")
            if inc["country"] != "Pakistan":
                err(f, f"{tag}: country is not Pakistan")
            loc = places.get(inc["location"])
            if loc is None:
                err(f, f"{tag}: location {inc['location']!r} is not one of the file's places")
            elif (loc["admin1"], loc["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f, f"{tag}: admin1/admin2 {inc['admin1']}/{inc['admin2']} differ from place "
                       f"{loc['admin1']}/{loc['admin2']}")
            if inc["geo_precision"] not in (1, 2, 3):
                err(f, f"{tag}: geo_precision not 1-3")
            k = inc["killed"]
            kbs = inc["killed_by_side"]
            if not isinstance(kbs, dict) or any(s not in SIDES for s in kbs):
                err(f, f"{tag}: killed_by_side has unknown sides {kbs}")
            elif kbs and (k is None or sum(kbs.values()) > k):
                err(f, f"{tag}: killed_by_side sums to {sum(kbs.values())}, above killed {k}")
            for fld in ("killed", "injured"):
                v = inc[fld]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(f, f"{tag}: {fld} {v!r} is not a count")
            if not inc.get("note"):
                err(f, f"{tag}: no note")

    txts = sorted(glob.glob(os.path.join(HERE, "BW-*.txt")))
    if len(txts) != len(golds):
        errors.append(f"{len(txts)} reports but {len(golds)} gold files")
    for e in errors:
        print(e)
    print(f"checked {len(golds)} gold files, {n_inc} incidents: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
