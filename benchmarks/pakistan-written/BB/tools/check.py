"""Check set BB: JSON shape against a dev gold file, verbatim strings, internal consistency."""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-72.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys())
INC = list(dev["incidents"][0].keys())
PLACE = list(dev["places"][0].keys())
ACTOR = list(dev["actors"][0].keys())
PERSON = list(dev["people"][0].keys())
CLEAN = list(dev["cleaning"].keys())
SUB = {
 "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
     "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
ADM1 = {None, "Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan", "Azad Kashmir",
        "Islamabad Capital Territory"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"civilians", "security_forces", "militants", "unknown"}
errors = []
def err(f, m): errors.append(f"{f}: {m}")
files = sorted(glob.glob(os.path.join(HERE, "BB-*.gold.json")))
for gf in files:
    f = os.path.basename(gf)
    try:
        d = json.load(open(gf))
    except Exception as e:
        err(f, f"JSON parse error {e}"); continue
    if list(d.keys()) != TOP: err(f, f"top keys {list(d.keys())}")
    if list(d["cleaning"].keys()) != CLEAN: err(f, "cleaning keys")
    txtp = os.path.join(HERE, d["article"])
    if d["article"] != f.replace(".gold.json", ".txt") or not os.path.exists(txtp): err(f, "article name")
    t = open(txtp).read()
    def need(s, what):
        if s is not None and s not in t: err(f, f"{what} not verbatim: {s!r}")
    if d["publisher"] is not None: need(d["publisher"], "publisher")
    if re.search(r"[’'\-–]", t): err(f, "apostrophe/hyphen in text (dev style strips them)")
    canon = set()
    for a in d["actors"]:
        if list(a.keys()) != ACTOR: err(f, f"actor keys {a}")
        canon.add(a["canonical"])
        if a["kind"] not in ("state_force", "armed_group"): err(f, f"actor kind {a['kind']}")
        for m in a["mentions"]: need(m, "actor mention")
    for p in d["people"]:
        if list(p.keys()) != PERSON: err(f, f"person keys {p}")
        for m in p["mentions"]: need(m, "person mention")
    pl = {}
    for p in d["places"]:
        if list(p.keys()) != PLACE: err(f, f"place keys {p}")
        need(p["name"], "place name")
        if p["admin1"] not in ADM1: err(f, f"place admin1 {p}")
        pl[p["name"]] = p
    for q in d["quotes"]:
        need(q["starts"], "quote start")
    for s in d["not_incidents"]: need(s, "not_incident")
    for r in d["relations"]:
        need(r["evidence"], "relation evidence")
        for k in ("a", "b"):
            if r[k] not in canon: err(f, f"relation actor {r[k]}")
    used = set()
    for i in d["incidents"]:
        if list(i.keys()) != INC: err(f, f"incident keys {list(i.keys())}")
        need(i["what"], "what"); need(i["date_text"], "date_text"); need(i["location"], "location")
        if i["acled_sub_event_type"] not in SUB.get(i["acled_event_type"], []): err(f, f"acled pair {i['what']}")
        if i["gtd_attack_type"] not in GTD: err(f, f"gtd {i['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: err(f, f"{k} {i[k]} not in actors")
            used.add(i[k])
        if i["country"] != "Pakistan": err(f, "country")
        if i["admin1"] not in ADM1: err(f, f"admin1 {i['admin1']}")
        if i["location"] not in pl: err(f, f"location {i['location']} not in places")
        else:
            p = pl[i["location"]]
            if (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]): err(f, f"admin mismatch {i['location']}")
        if i["geo_precision"] not in (1, 2, 3): err(f, "geo_precision")
        kb = i["killed_by_side"]
        if set(kb) - SIDES: err(f, f"sides {kb}")
        if sum(kb.values()) > (i["killed"] or 0): err(f, f"side sum > killed {i['what']}")
        if not i["note"]: err(f, "empty note")
        if i["acled_event_type"] in ("Protests",) or i["acled_sub_event_type"] in ("Arrests", "Other"):
            if i["gtd_attack_type"] is not None: err(f, "GTD on protest/arrest/release")
for e in errors: print("ERROR", e)
print(f"{len(files)} gold files checked, {len(errors)} errors")
sys.exit(1 if errors else 0)
