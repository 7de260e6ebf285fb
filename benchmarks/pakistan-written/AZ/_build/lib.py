"""Helpers that serialise hand-coded gold records in the dev files' exact key order."""
import json, os

OUT = "/work/blind/AZ"
REPORTS = []

def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}

def Pe(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

KP, BA, SD, PB, GB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan"

def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, injured, note):
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
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }

def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}

def report(rid, text, publisher, actors, people, places, incidents, quotes=(), not_incidents=(), about=None):
    REPORTS.append(dict(rid=rid, text=text, publisher=publisher, actors=actors, people=people,
                        places=places, incidents=incidents, quotes=list(quotes),
                        not_incidents=list(not_incidents), about=about))

def write_all():
    for r in REPORTS:
        rid = r["rid"]
        txt = " ".join(r["text"].split())
        with open(os.path.join(OUT, rid + ".txt"), "w") as f:
            f.write(txt)
        about = "Hand-coded from the text alone."
        if r["about"]:
            about += " " + r["about"]
        gold = {
            "article": rid + ".txt",
            "about": about,
            "publisher": r["publisher"],
            "cleaning": {
                "must_contain": [],
                "must_not_contain": [],
                "keep_unchanged": [],
                "near_duplicate_sentences": [],
                "flag_as_damaged": [],
            },
            "actors": r["actors"],
            "people": r["people"],
            "places": r["places"],
            "quotes": r["quotes"],
            "incidents": r["incidents"],
            "not_incidents": r["not_incidents"],
            "relations": [],
            "actor_profiles": {},
        }
        with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
            f.write(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
