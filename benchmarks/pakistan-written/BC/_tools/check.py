"""Check set BC: JSON parses, keys match a dev gold file, every copied string is in its report."""
import json, os, sys, glob
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = sys.argv[1] if len(sys.argv) > 1 else None
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
ET = {"Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
      "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
      "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
      "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
      "Riots": {"Violent demonstration", "Mob violence"},
      "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"}}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}

ref = None
if DEV:
    ref = json.load(open(sorted(glob.glob(os.path.join(DEV, "*.gold.json")))[0]))
    inc_keys = None
    for f in glob.glob(os.path.join(DEV, "*.gold.json")):
        d = json.load(open(f))
        if d["incidents"]:
            inc_keys = list(d["incidents"][0].keys()); break
errors = []
def err(f, m): errors.append(f"{f}: {m}")
n = 0
for gf in sorted(glob.glob(os.path.join(OUT, "BC-*.gold.json"))):
    n += 1
    name = os.path.basename(gf)
    try:
        d = json.load(open(gf))
    except Exception as e:
        err(name, f"JSON error {e}"); continue
    txt = open(os.path.join(OUT, d["article"])).read()
    if d["article"] != name.replace(".gold.json", ".txt"): err(name, "article name")
    if ref:
        if list(d.keys()) != list(ref.keys()): err(name, f"top keys {list(d.keys())}")
        if list(d["cleaning"].keys()) != list(ref["cleaning"].keys()): err(name, "cleaning keys")
    def has(s, what):
        if s is not None and s not in txt: err(name, f"{what} not in text: {s!r}")
    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != ["canonical", "kind", "acled_inter", "mentions"]: err(name, f"actor keys {a}")
        canon.add(a["canonical"])
        for m in a["mentions"]: has(m, "actor mention")
    for p in d["people"]:
        if list(p.keys()) != ["canonical", "mentions", "roles"]: err(name, f"person keys {p}")
        for m in p["mentions"]: has(m, "person mention")
    places = {}
    for p in d["places"]:
        if list(p.keys()) != ["name", "kind", "admin1", "admin2"]: err(name, f"place keys {p}")
        has(p["name"], "place name"); places[p["name"]] = p
    for q in d["quotes"]:
        has(q["starts"], "quote start")
    for s in d["not_incidents"]:
        has(s, "not_incident")
    for i in d["incidents"]:
        if ref and list(i.keys()) != inc_keys: err(name, f"incident keys {list(i.keys())}")
        has(i["what"], "what"); has(i["date_text"], "date_text"); has(i["location"], "location")
        if i["acled_sub_event_type"] not in ET.get(i["acled_event_type"], ()): err(name, f"ACLED type {i['acled_event_type']}/{i['acled_sub_event_type']}")
        if i["gtd_attack_type"] not in GTD: err(name, f"GTD {i['gtd_attack_type']}")
        for a in ("actor1", "actor2"):
            if i[a] not in GENERIC and i[a] not in canon: err(name, f"{a} {i[a]!r} not in actors")
        if i["location"] not in places: err(name, f"location {i['location']!r} not in places")
        else:
            p = places[i["location"]]
            if p["admin1"] != i["admin1"] or (p["admin2"] != i["admin2"] and p["kind"] not in ("province",)):
                err(name, f"admin mismatch {i['location']}: place {p['admin1']}/{p['admin2']} vs incident {i['admin1']}/{i['admin2']}")
        ks = i["killed_by_side"]
        if set(ks) - SIDES: err(name, f"sides {ks}")
        if i["killed"] is not None and sum(ks.values()) > i["killed"]: err(name, f"sides sum > killed")
        if not i["note"]: err(name, "empty note")
        if i["geo_precision"] not in (1, 2, 3): err(name, "geo_precision")
print(n, "gold files checked;", len(errors), "problems")
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
