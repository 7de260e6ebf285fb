#!/usr/bin/env python3
"""Checks the CE gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (default: this script's folder)
Checks: JSON parses; top-level keys (and order) and the keys of cleaning, actors, people, places,
quotes, incidents match a dev gold file; `article` names the .txt beside it; every incident `what`,
`date_text`, `location`, every place `name`, every actor/person `mention` appears verbatim in the
report; each incident location is one of the file's places with the same admin1/admin2; ACLED
type/sub-type pairs are valid; GTD attack types, precisions, actor labels and killed_by_side keys
are valid; killed_by_side never sums above killed. Prints each error and the total.
"""
import json, os, sys, glob

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
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Rioters", "Protesters"}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {None, "Sindh", "Punjab", "Khyber Pakhtunkhwa", "Balochistan", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir"}


def dev_shape():
    f = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not f:  # fallback: the shape as read from the dev files when this was written
        return (["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
                 "incidents", "not_incidents", "relations", "actor_profiles"],
                ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"],
                ["canonical", "kind", "acled_inter", "mentions"], ["canonical", "mentions", "roles"],
                ["name", "kind", "admin1", "admin2"],
                ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                 "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                 "killed_by_side", "injured", "note"])
    top = cl = ak = pk = plk = ik = None
    for p in f:
        d = json.load(open(p))
        top = top or list(d)
        cl = cl or list(d["cleaning"])
        if d["actors"] and not ak: ak = list(d["actors"][0])
        if d["people"] and not pk: pk = list(d["people"][0])
        if d["places"] and not plk: plk = list(d["places"][0])
        if d["incidents"] and not ik: ik = list(d["incidents"][0])
    return top, cl, ak, pk, plk, ik


def check(folder):
    top, cl, ak, pk, plk, ik = dev_shape()
    errors = []
    golds = sorted(glob.glob(os.path.join(folder, "CE-*.gold.json")))
    n_inc = 0
    for gp in golds:
        name = os.path.basename(gp)
        err = lambda m: errors.append(f"{name}: {m}")
        try:
            g = json.load(open(gp, encoding="utf-8"))
        except Exception as e:
            err(f"JSON does not parse: {e}"); continue
        if list(g) != top: err(f"top-level keys {list(g)} != dev {top}")
        txtname = name.replace(".gold.json", ".txt")
        if g.get("article") != txtname: err(f"article {g.get('article')!r} != {txtname!r}")
        tp = os.path.join(folder, txtname)
        if not os.path.exists(tp): err("report text missing"); continue
        text = open(tp, encoding="utf-8").read()
        if g.get("about") != "Hand-coded from the text alone.": err("about text differs")
        pub = g.get("publisher")
        if pub is not None and pub not in text: err(f"publisher {pub!r} not in text")
        if list(g.get("cleaning", {})) != cl: err("cleaning keys differ")
        for k in ("quotes", "not_incidents", "relations"):
            if not isinstance(g.get(k), list): err(f"{k} is not a list")
        if not isinstance(g.get("actor_profiles"), dict): err("actor_profiles is not an object")
        canon = set()
        for a in g.get("actors", []):
            if list(a) != ak: err(f"actor keys {list(a)} != {ak}"); continue
            canon.add(a["canonical"])
            if a["kind"] == "state_force" and a["acled_inter"] != 1: err(f"state force {a['canonical']} inter != 1")
            for m in a["mentions"]:
                if m not in text: err(f"actor mention {m!r} not in text")
        for p in g.get("people", []):
            if list(p) != pk: err(f"person keys {list(p)} != {pk}"); continue
            for m in p["mentions"]:
                if m not in text: err(f"person mention {m!r} not in text")
        places = {}
        for pl in g.get("places", []):
            if list(pl) != plk: err(f"place keys {list(pl)} != {plk}"); continue
            if pl["name"] not in text: err(f"place {pl['name']!r} not in text")
            if pl["admin1"] not in ADMIN1: err(f"place {pl['name']!r} admin1 {pl['admin1']!r}")
            if pl["kind"] == "province" and pl["admin2"] is not None: err(f"province {pl['name']} has admin2")
            places[pl["name"]] = pl
        for j, i in enumerate(g.get("incidents", []), 1):
            n_inc += 1
            e = lambda m: err(f"incident {j}: {m}")
            if list(i) != ik: e(f"keys {list(i)} != {ik}"); continue
            if i["what"] not in text: e(f"what {i['what']!r} not in text")
            if i["date_text"] is not None and i["date_text"] not in text: e(f"date_text {i['date_text']!r} not in text")
            if i["location"] is not None:
                if i["location"] not in text: e(f"location {i['location']!r} not in text")
                pl = places.get(i["location"])
                if pl is None: e(f"location {i['location']!r} is not one of the places")
                elif (pl["admin1"], pl["admin2"]) != (i["admin1"], i["admin2"]):
                    e(f"admin {i['admin1']}/{i['admin2']} != place {pl['admin1']}/{pl['admin2']}")
            if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()):
                e(f"invalid ACLED pair {i['acled_event_type']!r}/{i['acled_sub_event_type']!r}")
            if i["gtd_attack_type"] not in GTD: e(f"invalid GTD type {i['gtd_attack_type']!r}")
            if i["country"] != "Pakistan": e("country is not Pakistan")
            if i["geo_precision"] not in (1, 2, 3): e("geo_precision not 1-3")
            for side in ("actor1", "actor2"):
                if i[side] not in GENERIC and i[side] not in canon and i[side] != "Security Forces":
                    e(f"{side} {i[side]!r} is neither a listed actor nor a generic label")
            kbs = i["killed_by_side"]
            if not isinstance(kbs, dict): e("killed_by_side is not an object"); continue
            for k, v in kbs.items():
                if k not in SIDES: e(f"unknown side {k!r}")
                if not isinstance(v, int) or v < 0: e(f"side count {k}={v!r} invalid")
            killed = i["killed"]
            if killed is None:
                if kbs: e("killed_by_side given but killed is null")
            elif sum(kbs.values()) > killed:
                e(f"killed_by_side sums to {sum(kbs.values())} > killed {killed}")
            for f in ("killed", "injured"):
                if i[f] is not None and (not isinstance(i[f], int) or i[f] < 0): e(f"{f} invalid")
            if not i.get("note"): e("note missing")
    txts = sorted(glob.glob(os.path.join(folder, "CE-*.txt")))
    if len(txts) != len(golds):
        errors.append(f"{len(txts)} reports but {len(golds)} gold files")
    for e in errors:
        print(e)
    print(f"checked {len(golds)} gold files, {n_inc} incidents: {len(errors)} errors")
    return len(errors)


if __name__ == "__main__":
    sys.exit(1 if check(sys.argv[1] if len(sys.argv) > 1 else HERE) else 0)
