"""Check set BE: JSON parses, keys match a dev gold file, every copied string is in its report."""
import json, glob, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-45.gold.json"
dev = json.load(open(DEV))
TOP = list(dev)
INC = list(dev["incidents"][0])
PLACE = list(dev["places"][0]); ACTOR = list(dev["actors"][0])
PERSON = list(json.load(open("/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"))["people"][0])
CLEAN = list(dev["cleaning"])
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
SUBS = {"Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
        "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
        "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
        "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
        "Riots": {"Violent demonstration", "Mob violence"},
        "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other"}}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {"Balochistan", "Sindh", "Punjab", "Khyber Pakhtunkhwa", None}
errs = []
def err(rid, m): errs.append(f"{rid}: {m}")
files = sorted(glob.glob(os.path.join(OUT, "BE-*.gold.json")))
for fn in files:
    rid = os.path.basename(fn)[:-len(".gold.json")]
    try:
        g = json.load(open(fn))
    except Exception as e:
        err(rid, f"JSON: {e}"); continue
    txt = open(os.path.join(OUT, g.get("article", ""))).read()
    if g["article"] != rid + ".txt": err(rid, "article name")
    if list(g) != TOP: err(rid, f"top keys {list(g)}")
    if list(g["cleaning"]) != CLEAN: err(rid, "cleaning keys")
    def has(s, what):
        if s is not None and s not in txt: err(rid, f"{what} not in text: {s!r}")
    canon = {a["canonical"] for a in g["actors"]}
    for a in g["actors"]:
        if list(a) != ACTOR: err(rid, f"actor keys {list(a)}")
        for m in a["mentions"]: has(m, "actor mention")
    for p in g["people"]:
        if list(p) != PERSON: err(rid, f"person keys {list(p)}")
        for m in p["mentions"]: has(m, "person mention")
    names = set()
    for p in g["places"]:
        if list(p) != PLACE: err(rid, f"place keys {list(p)}")
        has(p["name"], "place name"); names.add(p["name"])
        if p["admin1"] not in ADMIN1: err(rid, f"admin1 {p['admin1']}")
    if len(names) != len(g["places"]): err(rid, "duplicate place")
    if g["publisher"] and g["publisher"] not in txt: err(rid, "publisher not in text")
    for i in g["incidents"]:
        if list(i) != INC: err(rid, f"incident keys {list(i)}")
        has(i["what"], "what"); has(i["date_text"], "date_text"); has(i["location"], "location")
        if i["location"] not in names: err(rid, f"location not a place: {i['location']}")
        loc = next(p for p in g["places"] if p["name"] == i["location"])
        if (loc["admin1"], loc["admin2"]) != (i["admin1"], i["admin2"]) and loc["kind"] != "province":
            err(rid, f"admin mismatch {i['location']}: {loc['admin1'],loc['admin2']} vs {i['admin1'],i['admin2']}")
        if i["acled_sub_event_type"] not in SUBS.get(i["acled_event_type"], ()): err(rid, "bad ACLED pair")
        if i["gtd_attack_type"] not in GTD: err(rid, "bad GTD")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: err(rid, f"{k} {i[k]} not an actor")
        if not set(i["killed_by_side"]) <= SIDES: err(rid, "bad side")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0): err(rid, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): err(rid, "precision")
        if i["country"] != "Pakistan": err(rid, "country")
        if not i["note"]: err(rid, "no note")
txts = sorted(glob.glob(os.path.join(OUT, "BE-*.txt")))
if len(txts) != len(files): errs.append(f"{len(txts)} txt vs {len(files)} gold")
print(len(files), "gold files checked;", len(errs), "problems")
for e in errs: print(" ", e)
sys.exit(1 if errs else 0)
