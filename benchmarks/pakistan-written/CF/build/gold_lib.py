"""Small helpers used to write the CF gold files (hand-coded; this only fills the fixed shape)."""
import json, os

KP = "Khyber Pakhtunkhwa"; GB = "Gilgit-Baltistan"; AJK = "Azad Jammu and Kashmir"
BA = "Balochistan"; PB = "Punjab"; ICT = "Islamabad Capital Territory"
UAG = "Unidentified Armed Group"; CIV = "Civilians"; SF = "Security Forces"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, kind, inter, *mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def I(what, etype, stype, gtd, a1, a2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": etype, "acled_sub_event_type": stype,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": None, "admin2": None, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": dict(kbs),
            "injured": injured, "note": note}


def write(num, publisher, actors, people, places, incidents, quotes=(), not_incidents=()):
    byname = {p["name"]: p for p in places}
    for inc in incidents:  # admin fields always copied from the place the incident is located at
        p = byname[inc["location"]]
        inc["admin1"], inc["admin2"] = p["admin1"], p["admin2"]
    doc = {
        "article": f"CF-{num:02d}.txt",
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": list(actors), "people": list(people), "places": list(places),
        "quotes": list(quotes), "incidents": list(incidents),
        "not_incidents": list(not_incidents), "relations": [], "actor_profiles": {},
    }
    with open(os.path.join(HERE, f"CF-{num:02d}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
