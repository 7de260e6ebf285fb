"""Check every AK gold file: JSON parses, keys and key order match a dev gold file, and every
copied string (what, date_text, location, place names, actor/person mentions) occurs word for
word in its report. Usage: python3 check.py [DEV_GOLD_FILE]"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DEV = sys.argv[1] if len(sys.argv) > 1 else \
    "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"

dev = json.load(open(DEV))
_ref = json.load(open("/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"))
for _k in ("actors", "places", "incidents"):
    if not dev[_k]:
        dev[_k] = _ref[_k]
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
ACT = list(dev["actors"][0].keys())
PLA = list(dev["places"][0].keys())
PEO = ["canonical", "mentions", "roles"]
CLEAN = list(dev["cleaning"].keys())

SUB = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Gilgit-Baltistan",
          "Azad Kashmir", "Islamabad Capital Territory"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants"}
KINDS = {"town", "area", "district", "city", "province"}

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


files = sorted(glob.glob(os.path.join(SET, "AK-*.gold.json")))
for path in files:
    rid = os.path.basename(path)[:-len(".gold.json")]
    txt_path = os.path.join(SET, rid + ".txt")
    text = open(txt_path, encoding="utf-8").read()
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(rid, f"JSON does not parse: {e}")
        continue
    if re.search(r"['\"\u2018\u2019\u201c\u201d-]", text):
        err(rid, "text has an apostrophe, quotation mark or hyphen (dev texts have none)")
    if text.endswith("\n"):
        err(rid, "text ends with a newline (dev texts do not)")
    if list(g.keys()) != TOP:
        err(rid, f"top-level keys {list(g.keys())} != {TOP}")
    if g["article"] != rid + ".txt":
        err(rid, "article does not name the .txt beside it")
    if list(g["cleaning"].keys()) != CLEAN:
        err(rid, "cleaning keys differ")
    if g["publisher"] is not None and g["publisher"] not in text:
        err(rid, f"publisher {g['publisher']!r} not in text")
    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACT:
            err(rid, f"actor keys {list(a.keys())}")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            if m not in text:
                err(rid, f"actor mention {m!r} not in text")
    for p in g["people"]:
        if list(p.keys()) != PEO:
            err(rid, f"person keys {list(p.keys())}")
        for m in p["mentions"]:
            if m not in text:
                err(rid, f"person mention {m!r} not in text")
    pnames = set()
    for p in g["places"]:
        if list(p.keys()) != PLA:
            err(rid, f"place keys {list(p.keys())}")
        pnames.add(p["name"])
        if p["name"] not in text:
            err(rid, f"place {p['name']!r} not in text")
        if p["kind"] not in KINDS:
            err(rid, f"place kind {p['kind']!r}")
        if p["admin1"] not in ADMIN1:
            err(rid, f"place admin1 {p['admin1']!r}")
    if not g["incidents"]:
        err(rid, "no incidents")
    for i, inc in enumerate(g["incidents"]):
        tag = f"incident {i + 1}"
        if list(inc.keys()) != INC:
            err(rid, f"{tag} keys {list(inc.keys())}")
        if inc["what"] not in text:
            err(rid, f"{tag} what not in text: {inc['what']!r}")
        if inc["date_text"] is not None and inc["date_text"] not in text:
            err(rid, f"{tag} date_text not in text: {inc['date_text']!r}")
        if inc["location"] is not None and inc["location"] not in text:
            err(rid, f"{tag} location not in text: {inc['location']!r}")
        if inc["location"] is not None and inc["location"] not in pnames:
            err(rid, f"{tag} location {inc['location']!r} is not a place entry")
        else:
            pl = [p for p in g["places"] if p["name"] == inc["location"]][0]
            if (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(rid, f"{tag} admin1/admin2 differ from its location's place entry")
        if inc["acled_sub_event_type"] not in SUB.get(inc["acled_event_type"], set()):
            err(rid, f"{tag} sub-event {inc['acled_sub_event_type']!r} not under {inc['acled_event_type']!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(rid, f"{tag} GTD {inc['gtd_attack_type']!r}")
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in canon:
                err(rid, f"{tag} {k} {inc[k]!r} is neither generic nor a listed actor")
        if inc["country"] != "Pakistan":
            err(rid, f"{tag} country")
        if inc["admin1"] not in ADMIN1:
            err(rid, f"{tag} admin1 {inc['admin1']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(rid, f"{tag} geo_precision")
        if not isinstance(inc["killed"], int):
            err(rid, f"{tag} killed must be an integer")
        if set(inc["killed_by_side"]) - SIDES:
            err(rid, f"{tag} unknown side {set(inc['killed_by_side']) - SIDES}")
        if sum(inc["killed_by_side"].values()) > (inc["killed"] or 0):
            err(rid, f"{tag} sides add up to more than killed")
        if inc["injured"] is not None and not isinstance(inc["injured"], int):
            err(rid, f"{tag} injured must be an integer or null")
        if not inc["note"]:
            err(rid, f"{tag} has no note")

print(f"checked {len(files)} gold files against the key order of {os.path.basename(DEV)}")
print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
