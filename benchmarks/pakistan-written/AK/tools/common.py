# Small helpers so the hand coding reads compactly; every value is still written by hand.
KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
PB = "Punjab"
SD = "Sindh"
GB = "Gilgit-Baltistan"
AJK = "Azad Kashmir"
ICT = "Islamabad Capital Territory"

SF = "state_force"
AG = "armed_group"

BAT = "Battles"
EXP = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROT = "Protests"
SD_ = "Strategic developments"

CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
GRENADE = "Grenade"
SUICIDE = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
ATTACK = "Attack"
ABDUCT = "Abduction/forced disappearance"
ARRESTS = "Arrests"
DISRUPT = "Disrupted weapons use"
LOOT = "Looting/property destruction"
PEACEFUL = "Peaceful protest"

UAG = "Unidentified Armed Group"

TTP = "Tehreek-e-Taliban Pakistan"
LEJ = "Lashkar-e-Jhangvi"
BLA = "Balochistan Liberation Army"
BLA_MB = "Balochistan Liberation Army (Majeed Brigade)"
BLF = "Balochistan Liberation Front"
BRA = "Baloch Republican Army"
ISKP = "Islamic State-Khorasan Province"
JUA = "Jamaat-ul-Ahrar"
HGB = "Hafiz Gul Bahadur group"
LEI = "Lashkar-e-Islam"
INDIA = "Indian Army"


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, geo, date, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": adm1,
        "admin2": adm2,
        "location": loc,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


def doc(publisher, actors, people, places, incidents):
    return {
        "article": None,  # filled in by build.py
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {
            "must_contain": [],
            "must_not_contain": [],
            "keep_unchanged": [],
            "near_duplicate_sentences": [],
            "flag_as_damaged": [],
        },
        "actors": actors,
        "people": people,
        "places": places,
        "quotes": [],
        "incidents": incidents,
        "not_incidents": [],
        "relations": [],
        "actor_profiles": {},
    }
