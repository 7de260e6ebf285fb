"""Small helpers so that the hand-made coding decisions in specs_*.py can be
written compactly.  Nothing here decides anything: every value comes from the
spec.  The only derived values are an incident's admin1/admin2, which are
copied from the place the incident is located at (so they always agree)."""

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SD = "Sindh"
PB = "Punjab"
ICT = "Islamabad Capital Territory"
GB = "Gilgit-Baltistan"

UAG = "Unidentified Armed Group"
CIV = "Civilians"

BAT, ARMED = "Battles", "Armed clash"
EXP = "Explosions/Remote violence"
IED, SUI, GREN, SHELL, AIR = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                              "Shelling/artillery/missile attack", "Air/drone strike")
VAC, ATTACK, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SDV = "Strategic developments"
DISR, ARRESTS, AGREE, CHANGE, LOOT = ("Disrupted weapons use", "Arrests", "Agreement",
                                       "Change to group/activity", "Looting/property destruction")
PROT, PEACEFUL = "Protests", "Peaceful protest"

BOMB, AA, ASSN, KIDN, FAC = ("Bombing/Explosion", "Armed Assault", "Assassination",
                             "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack")


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def SF(mentions):
    return A("Security Forces", "state_force", 1, mentions)


def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def I(what, ev, sub, gtd, a1, a2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "ev": ev, "sub": sub, "gtd": gtd, "a1": a1, "a2": a2, "loc": loc,
            "prec": prec, "date": date, "killed": killed, "kbs": dict(kbs), "injured": injured,
            "note": note}


def R(id_, publisher, text, actors, people, places, incidents, quotes=(), not_incidents=(),
      relations=()):
    return {"id": id_, "publisher": publisher, "text": text, "actors": list(actors),
            "people": list(people), "places": list(places), "incidents": list(incidents),
            "quotes": list(quotes), "not_incidents": list(not_incidents),
            "relations": list(relations)}
