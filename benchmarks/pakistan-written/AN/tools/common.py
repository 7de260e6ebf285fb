"""Helpers that build gold records in the exact key order of the pakistan-gold-dev files."""

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SD = "Sindh"
PB = "Punjab"
ICT = "Islamabad Capital Territory"
GB = "Gilgit-Baltistan"
AJK = "Azad Jammu and Kashmir"

UAG = "Unidentified Armed Group"
CIV = "Civilians"
PROT = "Protesters"


def actor(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def sf(canonical, mentions):
    return actor(canonical, "state_force", 1, mentions)


def ag(canonical, mentions):
    return actor(canonical, "armed_group", 2, mentions)


def person(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def place(name, kind, admin1, admin2=None):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def quote(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def inc(what, ev, sub, gtd, a1, a2, admin1, admin2, location, geo, date, killed,
        by_side, injured, note):
    return {
        "what": what,
        "acled_event_type": ev,
        "acled_sub_event_type": sub,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": admin1,
        "admin2": admin2,
        "location": location,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": dict(by_side),
        "injured": injured,
        "note": note,
    }


# ACLED type shorthands (event type, sub-event type)
CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = ("Explosions/Remote violence", "Grenade")
ATTACK = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL = ("Protests", "Peaceful protest")
INTERVENED = ("Protests", "Protest with intervention")
AGREEMENT = ("Strategic developments", "Agreement")
ARRESTS = ("Strategic developments", "Arrests")
CHANGE = ("Strategic developments", "Change to group/activity")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")


def I(what, t, gtd, a1, a2, admin1, admin2, location, geo, date, killed, by_side, injured, note):
    return inc(what, t[0], t[1], gtd, a1, a2, admin1, admin2, location, geo, date, killed,
               by_side, injured, note)


def gold(nn, publisher, actors, people, places, quotes, incidents):
    return {
        "article": f"AN-{nn:02d}.txt",
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
        "quotes": quotes,
        "incidents": incidents,
        "not_incidents": [],
        "relations": [],
        "actor_profiles": {},
    }
