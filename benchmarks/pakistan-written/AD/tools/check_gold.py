"""Checks every AD-NN.gold.json: parses, same keys (and order) as a dev gold file, and every
`what`, `date_text`, `location`, place `name`, actor/person mention, quote start and not_incident
string is found word for word in its report."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
ACT = list(dev["actors"][0].keys())
PER = ["canonical", "mentions", "roles"]
PLA = list(dev["places"][0].keys())
CLE = list(dev["cleaning"].keys())
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "militants", "civilians"}

errors = 0


def err(f, msg):
    global errors
    errors += 1
    print(f"{f}: {msg}")


files = sorted(glob.glob(os.path.join(HERE, "AD-*.gold.json")))
for path in files:
    f = os.path.basename(path)
    try:
        g = json.load(open(path))
    except Exception as e:
        err(f, f"does not parse: {e}")
        continue
    txt_name = f.replace(".gold.json", ".txt")
    text = open(os.path.join(HERE, txt_name)).read()
    if list(g.keys()) != TOP:
        err(f, f"top-level keys {list(g.keys())}")
    if g["article"] != txt_name:
        err(f, "article does not name the .txt beside it")
    if list(g["cleaning"].keys()) != CLE:
        err(f, "cleaning keys")

    def inside(s, what):
        if s is not None and s not in text:
            err(f, f"{what} not verbatim: {s!r}")

    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACT:
            err(f, f"actor keys {list(a.keys())}")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            inside(m, "actor mention")
    for p in g["people"]:
        if list(p.keys()) != PER:
            err(f, f"person keys {list(p.keys())}")
        for m in p["mentions"]:
            inside(m, "person mention")
    names = set()
    for p in g["places"]:
        if list(p.keys()) != PLA:
            err(f, f"place keys {list(p.keys())}")
        names.add(p["name"])
        inside(p["name"], "place name")
    for q in g["quotes"]:
        inside(q["starts"], "quote start")
    for s in g["not_incidents"]:
        inside(s, "not_incident")
    for i in g["incidents"]:
        if list(i.keys()) != INC:
            err(f, f"incident keys {list(i.keys())}")
        inside(i["what"], "what")
        inside(i["date_text"], "date_text")
        inside(i["location"], "location")
        if i["location"] not in names:
            err(f, f"location {i['location']!r} not among places")
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()):
            err(f, f"bad ACLED pair {i['acled_event_type']}/{i['acled_sub_event_type']}")
        if i["gtd_attack_type"] not in GTD:
            err(f, f"bad GTD {i['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon:
                err(f, f"{k} {i[k]!r} not in actors")
        if set(i["killed_by_side"]) - SIDES:
            err(f, f"bad side keys {i['killed_by_side']}")
        if i["killed"] is not None and sum(i["killed_by_side"].values()) > i["killed"]:
            err(f, "killed_by_side exceeds killed")
        if i["geo_precision"] not in (1, 2, 3):
            err(f, "geo_precision")
        if not i["note"]:
            err(f, "empty note")
print(f"{len(files)} gold files checked, {errors} problem(s)")
sys.exit(1 if errors else 0)
