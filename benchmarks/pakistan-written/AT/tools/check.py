"""Validate set AT: JSON parses, same keys/order as a dev gold file, verbatim strings, internal consistency."""
import json, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
AT = os.path.dirname(HERE)
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
dev = json.load(open(os.path.join(DEV, "satp-sa-dev-109.gold.json")))
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
PLACE = list(dev["places"][0].keys())
ACTOR = list(dev["actors"][0].keys())
PERSON = list(dev["people"][0].keys())
CLEAN = list(dev["cleaning"].keys())

EVENTS = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
GTD = [None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"]
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", None}
SIDES = {"civilians", "security_forces", "militants"}

errors = []
def err(rid, msg):
    errors.append(f"{rid}: {msg}")

files = sorted(glob.glob(os.path.join(AT, "AT-*.gold.json")))
for f in files:
    rid = os.path.basename(f)[:-len(".gold.json")]
    try:
        g = json.load(open(f))
    except Exception as e:
        err(rid, f"JSON does not parse: {e}"); continue
    txt_path = os.path.join(AT, rid + ".txt")
    if not os.path.exists(txt_path):
        err(rid, "no .txt beside the gold file"); continue
    text = open(txt_path).read()
    if list(g.keys()) != TOP: err(rid, f"top-level keys {list(g.keys())}")
    if g["article"] != rid + ".txt": err(rid, "article field")
    if list(g["cleaning"].keys()) != CLEAN: err(rid, "cleaning keys")
    if g["publisher"] is not None and g["publisher"] not in text and not (g["publisher"] == "Dawn" and "Dawn" in text):
        err(rid, f"publisher {g['publisher']!r} not in text")
    actor_names = set()
    for a in g["actors"]:
        if list(a.keys()) != ACTOR: err(rid, f"actor keys {list(a.keys())}")
        actor_names.add(a["canonical"])
        for m in a["mentions"]:
            if m not in text: err(rid, f"actor mention {m!r} not in text")
    for p in g["people"]:
        if list(p.keys()) != PERSON: err(rid, f"person keys {list(p.keys())}")
        for m in p["mentions"]:
            if m not in text: err(rid, f"person mention {m!r} not in text")
    places = {}
    for p in g["places"]:
        if list(p.keys()) != PLACE: err(rid, f"place keys {list(p.keys())}")
        if p["name"] not in text: err(rid, f"place name {p['name']!r} not in text")
        if p["kind"] not in {"area", "district", "province", "city", "town", "country"}: err(rid, f"place kind {p['kind']}")
        if p["admin1"] not in ADMIN1: err(rid, f"admin1 {p['admin1']}")
        places[p["name"]] = p
    for n, i in enumerate(g["incidents"], 1):
        tag = f"incident {n}"
        if list(i.keys()) != INC: err(rid, f"{tag} keys {list(i.keys())}")
        if i["what"] not in text: err(rid, f"{tag} what not verbatim: {i['what']!r}")
        if i["date_text"] is not None and i["date_text"] not in text: err(rid, f"{tag} date_text {i['date_text']!r}")
        if i["location"] not in text: err(rid, f"{tag} location {i['location']!r} not in text")
        if i["location"] not in places: err(rid, f"{tag} location {i['location']!r} not among places")
        else:
            p = places[i["location"]]
            if (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                err(rid, f"{tag} admin mismatch with place {p}")
        if i["acled_sub_event_type"] not in EVENTS.get(i["acled_event_type"], []): err(rid, f"{tag} ACLED type")
        if i["gtd_attack_type"] not in GTD: err(rid, f"{tag} GTD type")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in actor_names: err(rid, f"{tag} {k} {i[k]!r} not in actors")
        if i["country"] != "Pakistan": err(rid, f"{tag} country")
        if i["geo_precision"] not in (1, 2, 3): err(rid, f"{tag} geo_precision")
        if not isinstance(i["killed"], int): err(rid, f"{tag} killed")
        if set(i["killed_by_side"]) - SIDES: err(rid, f"{tag} side keys")
        if sum(i["killed_by_side"].values()) > i["killed"]: err(rid, f"{tag} sides exceed killed")
        if any(v <= 0 for v in i["killed_by_side"].values()): err(rid, f"{tag} zero side entry")
        if not i["note"]: err(rid, f"{tag} missing note")
    for k in ("quotes", "not_incidents", "relations"):
        if g[k] != []: err(rid, f"{k} not empty")
    # style checks on the text
    for ch in "'\"-":
        if ch in text: err(rid, f"text contains {ch!r} (SATP style strips it)")
    # every parenthesised abbreviation should be coded somewhere (actor mention, place, role) or be a known non-actor
    blob = json.dumps(g)
    for ab in re.findall(r"\(([A-Za-z ]{2,12})\)", text):
        if ab not in blob and ab not in {"revenue unit"}:
            err(rid, f"abbreviation ({ab}) appears nowhere in the gold")

print(f"{len(files)} gold files checked")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("all checks passed")
