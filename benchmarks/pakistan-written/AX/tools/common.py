# Helpers that build gold records in the exact shape of the pakistan-gold-dev files.
KP = "Khyber Pakhtunkhwa"
FATA_NOTE = ("Text places it in a former FATA agency; admin1 coded Khyber Pakhtunkhwa "
             "(FATA merged into KP in 2018; not among the allowed admin1 values).")

REPORTS = []


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def PL(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, location, prec, date_text,
      killed, kbs, injured, note):
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
        "geo_precision": prec,
        "date_text": date_text,
        "killed": killed,
        "killed_by_side": dict(kbs),
        "injured": injured,
        "note": note,
    }


def R(num, publisher, text, actors, people, places, incidents, quotes=None, not_incidents=None):
    REPORTS.append({
        "num": num,
        "text": text,
        "gold": {
            "article": f"AX-{num}.txt",
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
            "quotes": quotes or [],
            "incidents": incidents,
            "not_incidents": not_incidents or [],
            "relations": [],
            "actor_profiles": {},
        },
    })
