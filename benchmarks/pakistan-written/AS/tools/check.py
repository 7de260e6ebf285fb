import json, glob, os, re, collections
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PL = ["name", "kind", "admin1", "admin2"]; AC = ["canonical", "kind", "acled_inter", "mentions"]; PE = ["canonical", "mentions", "roles"]
SUB = {"Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
GTD = [None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"]
GEN = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
errs = 0
def err(*a):
    global errs; errs += 1; print("ERR", *a)
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for gf in sorted(glob.glob(f"{D}/AS-*.gold.json")):
    g = json.load(open(gf)); name = os.path.basename(gf)
    txt = open(os.path.join(D, g["article"])).read()
    if list(g.keys()) != TOP: err(name, "top keys")
    if g["cleaning"].keys() != dev["cleaning"].keys(): err(name, "cleaning keys")
    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != AC: err(name, "actor keys", a)
        canon.add(a["canonical"])
        for m in a["mentions"]:
            if m not in txt: err(name, "actor mention missing", m)
    for p in g["people"]:
        if list(p.keys()) != PE: err(name, "people keys", p)
        for m in p["mentions"]:
            if m not in txt: err(name, "person mention missing", m)
    pnames = set()
    for p in g["places"]:
        if list(p.keys()) != PL: err(name, "place keys", p)
        pnames.add(p["name"])
        if p["name"] not in txt: err(name, "place missing", p["name"])
    for q in g["quotes"]:
        if q["starts"] not in txt: err(name, "quote start missing", q["starts"])
    if txt.count('"') and not g["quotes"]: err(name, "quotation marks but no quotes")
    for i in g["incidents"]:
        if list(i.keys()) != INC: err(name, "incident keys", list(i.keys()))
        if i["what"] not in txt: err(name, "what missing", i["what"])
        if i["date_text"] is not None and i["date_text"] not in txt: err(name, "date missing", i["date_text"])
        if i["location"] not in txt: err(name, "location missing", i["location"])
        if i["location"] not in pnames: err(name, "location not in places", i["location"])
        if i["acled_sub_event_type"] not in SUB[i["acled_event_type"]]: err(name, "sub type", i["acled_sub_event_type"])
        if i["gtd_attack_type"] not in GTD: err(name, "gtd", i["gtd_attack_type"])
        for k in ("actor1", "actor2"):
            if i[k] not in GEN and i[k] not in canon: err(name, k, i[k], "not in actors")
        s = sum(i["killed_by_side"].values())
        if s > (i["killed"] or 0): err(name, "side sum > killed")
        if set(i["killed_by_side"]) - {"civilians", "militants", "security_forces"}: err(name, "side keys")
        if i["geo_precision"] not in (1, 2, 3): err(name, "geo")
        if not i["note"]: err(name, "no note")
        loc = [p for p in g["places"] if p["name"] == i["location"]]
        if loc and (loc[0]["admin1"] != i["admin1"] or (loc[0]["admin2"] and loc[0]["admin2"] != i["admin2"])): err(name, "admin mismatch with place", i["location"])
print("errors:", errs)
