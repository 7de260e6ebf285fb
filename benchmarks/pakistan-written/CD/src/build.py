"""Serialise the hand-written gold specs (src/specs_*.py) into CD-NN.gold.json.

Nothing here reads the report texts or derives a value from them: every value in the
gold files is written by hand in the spec modules. This script only expands short codes
(province abbreviations, ACLED type codes, GTD codes) into the exact dev gold shape and
key order. Run: python3 src/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

PROV = {
    "KP": "Khyber Pakhtunkhwa",
    "BA": "Balochistan",
    "SD": "Sindh",
    "PB": "Punjab",
    "ICT": "Islamabad Capital Territory",
    "GB": "Gilgit-Baltistan",
    None: None,
}

TYPES = {
    "BAT": ("Battles", "Armed clash"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb"),
    "SHE": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRE": ("Explosions/Remote violence", "Grenade"),
    "VAC": ("Violence against civilians", "Attack"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "PPR": ("Protests", "Peaceful protest"),
    "ARR": ("Strategic developments", "Arrests"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "LPD": ("Strategic developments", "Looting/property destruction"),
    "AGR": ("Strategic developments", "Agreement"),
}

GTD = {
    "AA": "Armed Assault",
    "AS": "Assassination",
    "BE": "Bombing/Explosion",
    "KID": "Hostage Taking (Kidnapping)",
    "FIA": "Facility/Infrastructure Attack",
    "UNK": "Unknown",
    None: None,
}

UAG = "Unidentified Armed Group"
CIV = "Civilians"


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def SF(canonical, mentions):
    return A(canonical, "state_force", 1, mentions)


def AG(canonical, mentions):
    return A(canonical, "armed_group", 2, mentions)


def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def L(name, kind, prov, admin2):
    return {"name": name, "kind": kind, "admin1": PROV[prov], "admin2": admin2}


def I(what, typ, gtd, actor1, actor2, location, prov, admin2, prec, date, killed, kbs, injured, note):
    ev, sub = TYPES[typ]
    return {
        "what": what,
        "acled_event_type": ev,
        "acled_sub_event_type": sub,
        "gtd_attack_type": GTD[gtd],
        "actor1": actor1,
        "actor2": actor2,
        "country": "Pakistan",
        "admin1": PROV[prov],
        "admin2": admin2,
        "location": location,
        "geo_precision": prec,
        "date_text": date,
        "killed": killed,
        "killed_by_side": dict(kbs),
        "injured": injured,
        "note": note,
    }


def report(rid, actors=(), people=(), places=(), quotes=(), incidents=(), not_incidents=(),
           relations=(), actor_profiles=None, publisher=None):
    return rid, {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {
            "must_contain": [],
            "must_not_contain": [],
            "keep_unchanged": [],
            "near_duplicate_sentences": [],
            "flag_as_damaged": [],
        },
        "actors": list(actors),
        "people": list(people),
        "places": list(places),
        "quotes": list(quotes),
        "incidents": list(incidents),
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": dict(actor_profiles or {}),
    }


def main():
    import specs_a
    import specs_b
    import specs_c
    n = 0
    for mod in (specs_a, specs_b, specs_c):
        for rid, gold in mod.REPORTS:
            with open(os.path.join(ROOT, rid + ".gold.json"), "w", encoding="utf-8") as fh:
                json.dump(gold, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            n += 1
    print("wrote", n, "gold files")


if __name__ == "__main__":
    main()
