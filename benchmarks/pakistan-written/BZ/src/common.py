"""Small helpers so the hand-coded gold can be written compactly.

Nothing here decides a code: every value is typed by hand in reports_*.py.
The helpers only lay the values out in the dev gold shape (key order included).
"""

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SD = "Sindh"
PB = "Punjab"
ICT = "Islamabad Capital Territory"
GB = "Gilgit-Baltistan"
AJK = "Azad Kashmir"

UAG = "Unidentified Armed Group"
CIV = "Civilians"

FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
             "not among the allowed admin1 values).")


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def SF(canonical, mentions):
    return A(canonical, "state_force", 1, mentions)


def AG(canonical, mentions):
    return A(canonical, "armed_group", 2, mentions)


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
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
        "location": loc,
        "geo_precision": prec,
        "date_text": date,
        "killed": killed,
        "killed_by_side": dict(kbs),
        "injured": injured,
        "note": note,
    }


def C(must_contain=(), must_not_contain=(), keep_unchanged=(), near_dup=(), damaged=()):
    return {
        "must_contain": list(must_contain),
        "must_not_contain": list(must_not_contain),
        "keep_unchanged": list(keep_unchanged),
        "near_duplicate_sentences": [list(p) for p in near_dup],
        "flag_as_damaged": list(damaged),
    }


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def R(a, b, kind, evidence):
    return {"a": a, "b": b, "kind": kind, "evidence": evidence}


def gold(rid, publisher, text, cleaning, actors, people, places, quotes, incidents,
         not_incidents=(), relations=(), actor_profiles=None):
    return rid, text, {
        "article": f"{rid}.txt",
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": cleaning,
        "actors": list(actors),
        "people": list(people),
        "places": list(places),
        "quotes": list(quotes),
        "incidents": list(incidents),
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": actor_profiles or {},
    }
