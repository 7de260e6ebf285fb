"""Helpers to serialise hand-written codings into the dev gold shape.
Every value below is typed by hand from the report text; nothing is extracted automatically."""
KP = "Khyber Pakhtunkhwa"; BA = "Balochistan"; SI = "Sindh"; PU = "Punjab"
ICT = "Islamabad Capital Territory"; GB = "Gilgit-Baltistan"; AK = "Azad Kashmir"

SUB2EV = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
BG = "Background event recalled in the report, not the news of the day. "

def pl(name, kind, a1=None, a2=None):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def ac(canon, kind, inter, *mentions):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}

def pe(canon, mentions, roles):
    return {"canonical": canon, "mentions": list(mentions), "roles": list(roles)}

def q(speaker, starts):
    return {"speaker": speaker, "starts": starts}

def rel(a, b, kind, evidence):
    return {"a": a, "b": b, "kind": kind, "evidence": evidence}

def inc(what, sub, gtd, a1, a2, loc, geo, date, killed, kbs, injured, note):
    return dict(what=what, sub=sub, gtd=gtd, a1=a1, a2=a2, loc=loc, geo=geo, date=date,
                killed=killed, kbs=kbs, injured=injured, note=note)

SF = lambda *m: ac("Security Forces", "state_force", 1, *m)
POL = lambda *m: ac("Police", "state_force", 1, *m)
FC = lambda *m: ac("Frontier Corps", "state_force", 1, *m)
LEV = lambda *m: ac("Levies", "state_force", 1, *m)
CTD = lambda *m: ac("Counter Terrorism Department", "state_force", 1, *m)
TTP = lambda *m: ac("Tehreek-e-Taliban Pakistan", "armed_group", 2, *m)
BLA = lambda *m: ac("Balochistan Liberation Army", "armed_group", 2, *m)
ISKP = lambda *m: ac("Islamic State-Khorasan Province", "armed_group", 2, *m)
JUA = lambda *m: ac("Jamaat-ul-Ahrar", "armed_group", 2, *m)
LEJ = lambda *m: ac("Lashkar-e-Jhangvi", "armed_group", 2, *m)

REPORTS = []

def report(n, publisher, text, actors, people, places, quotes, incidents,
           not_incidents=(), relations=(), profiles=None):
    REPORTS.append(dict(n=n, publisher=publisher, text=text.strip("\n"), actors=actors, people=people,
                        places=places, quotes=quotes, incidents=incidents,
                        not_incidents=list(not_incidents), relations=list(relations),
                        profiles=profiles or {}))
