# Validates the set: JSON parses, keys as in a dev gold file, verbatim strings, internal consistency.
import json, glob, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); INC = list(dev["incidents"][0].keys())
PLK = list(dev["places"][0].keys()); ACK = list(dev["actors"][0].keys()); PEK = list(dev["people"][0].keys())
CLK = list(dev["cleaning"].keys())
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
SIDES = {"security_forces", "militants", "civilians"}
ACLED = {"Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
errs = []
def e(f, m): errs.append(f"{f}: {m}")
files = sorted(glob.glob(os.path.join(HERE, "AX-*.gold.json")))
for gf in files:
    f = os.path.basename(gf)
    try:
        g = json.load(open(gf))
    except Exception as x:
        e(f, f"JSON error {x}"); continue
    txtf = gf.replace(".gold.json", ".txt")
    t = open(txtf).read()
    if list(g.keys()) != TOP: e(f, "top keys")
    if g["article"] != os.path.basename(txtf): e(f, "article name")
    if list(g["cleaning"].keys()) != CLK: e(f, "cleaning keys")
    if re.search(r"['\"\u2018\u2019\u201c\u201d-]", t): e(f, "text has apostrophe/quote/hyphen")
    if g["publisher"] and g["publisher"] not in t: e(f, "publisher not in text")
    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACK: e(f, "actor keys")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            if m not in t: e(f, f"actor mention missing: {m}")
    for p in g["people"]:
        if list(p.keys()) != PEK: e(f, "person keys")
        for m in p["mentions"]:
            if m not in t: e(f, f"person mention missing: {m}")
    pnames = set()
    for p in g["places"]:
        if list(p.keys()) != PLK: e(f, "place keys")
        pnames.add(p["name"])
        if p["name"] not in t: e(f, f"place missing: {p['name']}")
    for q in g["quotes"]:
        if q["starts"] not in t: e(f, f"quote start missing: {q['starts']}")
    for s in g["not_incidents"]:
        if s not in t: e(f, f"not_incident missing: {s}")
    if not g["incidents"]: e(f, "no incidents")
    for i in g["incidents"]:
        if list(i.keys()) != INC: e(f, "incident keys")
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in t: e(f, f"{k} not verbatim: {i[k]}")
        if i["location"] not in pnames: e(f, f"location not a listed place: {i['location']}")
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()): e(f, "acled type")
        if i["gtd_attack_type"] not in GTD: e(f, "gtd type")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: e(f, f"{k} not an actor: {i[k]}")
        if set(i["killed_by_side"]) - SIDES: e(f, "bad side")
        if sum(i["killed_by_side"].values()) > i["killed"]: e(f, "sides exceed killed")
        if any(v == 0 for v in i["killed_by_side"].values()): e(f, "zero side")
        if i["geo_precision"] not in (1, 2, 3): e(f, "precision")
        if i["country"] != "Pakistan": e(f, "country")
        if not i["note"]: e(f, "no note")
print(len(files), "gold files checked;", len(errs), "problems")
for x in errs: print(" ", x)
