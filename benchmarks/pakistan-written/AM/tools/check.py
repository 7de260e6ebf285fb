"""Check the AM gold files: JSON parses, keys and key order match a dev gold file, every quoted
string is found word for word in its report, and values lie in the codebooks."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
KINDS = {"area", "district", "province", "city", "town", "country"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan",
          "Islamabad Capital Territory"}

dev = json.load(open(DEV))
for _p in glob.glob(os.path.join(os.path.dirname(DEV), "*.gold.json")):
    _d = json.load(open(_p))
    assert list(_d.keys()) == list(dev.keys()), _p
    for _i in _d["incidents"]:
        assert list(_i.keys()) == list(dev["incidents"][0].keys()), _p
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
ACT = list(dev["actors"][0].keys())
PER = list(dev["people"][0].keys())
PLA = list(dev["places"][0].keys())
CLE = list(dev["cleaning"].keys())

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def need(rid, text, s, what):
    if s is not None and s not in text:
        err(rid, f"{what} not found verbatim: {s!r}")


n_inc = 0
files = sorted(glob.glob(os.path.join(OUT, "AM-*.gold.json")))
for path in files:
    rid = os.path.basename(path)[:-len(".gold.json")]
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(rid, f"JSON does not parse: {e}")
        continue
    text = open(os.path.join(OUT, rid + ".txt"), encoding="utf-8").read()
    if list(g.keys()) != TOP:
        err(rid, f"top-level keys {list(g.keys())}")
    if g["article"] != rid + ".txt":
        err(rid, "article does not name the .txt beside it")
    if list(g["cleaning"].keys()) != CLE:
        err(rid, "cleaning keys")
    if g["relations"] != [] or g["actor_profiles"] != {}:
        err(rid, "relations/actor_profiles not empty")
    if "'" in text or "’" in text:
        err(rid, "apostrophe in text (SATP style drops them)")
    if "-" in text:
        err(rid, "hyphen in text (SATP style drops them)")
    if g["publisher"] is not None:
        pub = g["publisher"]
        if pub not in text:
            err(rid, f"publisher {pub} not in text")
    canon = set()
    for a in g["actors"]:
        if list(a.keys()) != ACT:
            err(rid, f"actor keys {list(a.keys())}")
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            err(rid, "acled_inter")
        for m in a["mentions"]:
            need(rid, text, m, "actor mention")
    for p in g["people"]:
        if list(p.keys()) != PER:
            err(rid, f"person keys {list(p.keys())}")
        for m in p["mentions"]:
            need(rid, text, m, "person mention")
    names = {}
    for pl in g["places"]:
        if list(pl.keys()) != PLA:
            err(rid, f"place keys {list(pl.keys())}")
        need(rid, text, pl["name"], "place name")
        if pl["kind"] not in KINDS:
            err(rid, f"place kind {pl['kind']}")
        if pl["admin1"] not in ADMIN1:
            err(rid, f"place admin1 {pl['admin1']}")
        if pl["name"] in names:
            err(rid, f"duplicate place {pl['name']}")
        names[pl["name"]] = pl
    for q in g["quotes"]:
        if list(q.keys()) != ["speaker", "starts"]:
            err(rid, "quote keys")
        need(rid, text, '"' + q["starts"], "quote start (after an opening quotation mark)")
    if text.count('"') != 2 * len(g["quotes"]):
        err(rid, "number of quotation marks does not match quotes")
    for s in g["not_incidents"]:
        need(rid, text, s, "not_incident")
    for i in g["incidents"]:
        n_inc += 1
        if list(i.keys()) != INC:
            err(rid, f"incident keys {list(i.keys())}")
        need(rid, text, i["what"], "what")
        need(rid, text, i["date_text"], "date_text")
        need(rid, text, i["location"], "location")
        if i["location"] not in names:
            err(rid, f"location {i['location']} not among places")
        else:
            pl = names[i["location"]]
            if (pl["admin1"], pl["admin2"]) != (i["admin1"], i["admin2"]) and pl["kind"] != "province":
                err(rid, f"admin of {i['location']} {pl['admin1']}/{pl['admin2']} != {i['admin1']}/{i['admin2']}")
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()):
            err(rid, f"ACLED {i['acled_event_type']} / {i['acled_sub_event_type']}")
        if i["gtd_attack_type"] not in GTD:
            err(rid, f"GTD {i['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon:
                err(rid, f"{k} {i[k]} not an actor canonical")
        if i["country"] != "Pakistan":
            err(rid, "country")
        if i["geo_precision"] not in (1, 2, 3):
            err(rid, "geo_precision")
        kbs = i["killed_by_side"]
        if set(kbs) - SIDES:
            err(rid, f"sides {set(kbs)}")
        if i["killed"] is not None and sum(kbs.values()) > i["killed"]:
            err(rid, "killed_by_side exceeds killed")
        if kbs and sum(kbs.values()) == 0:
            err(rid, "zero side counts")
        if not i["note"]:
            err(rid, "no note")

print(f"{len(files)} gold files, {n_inc} incidents checked")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("all checks pass")
