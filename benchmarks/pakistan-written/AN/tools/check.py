"""Validates the AN set: JSON parses, same keys as a dev gold file, verbatim strings, coding sanity."""
import json, glob, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-109.gold.json"
dev = json.load(open(DEV))
TOP = list(dev.keys()); CLEAN = list(dev["cleaning"].keys())
INC = list(dev["incidents"][0].keys()); PLACE = list(dev["places"][0].keys())
ACT = list(dev["actors"][0].keys()); PER = list(dev["people"][0].keys())
ACLED = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                            "Headquarters or base established", "Looting/property destruction",
                            "Non-violent transfer of territory", "Other"}}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
errs = []; n_inc = 0
def E(f, m): errs.append(f"{f}: {m}")
files = sorted(glob.glob(os.path.join(HERE, "AN-*.gold.json")))
for gf in files:
    f = os.path.basename(gf)
    try:
        g = json.load(open(gf))
    except Exception as e:
        E(f, f"JSON error {e}"); continue
    txt_name = f.replace(".gold.json", ".txt")
    text = open(os.path.join(HERE, txt_name)).read()
    if list(g) != TOP: E(f, f"top keys {list(g)}")
    if g["article"] != txt_name: E(f, "article name")
    if list(g["cleaning"]) != CLEAN: E(f, "cleaning keys")
    if re.search(r"['\u2019\u2018-]", text): E(f, "apostrophe or hyphen in text (dev style strips them)")
    sents = [s for s in re.split(r"(?<=[.;])\s+(?=[A-Z\"])", text) if s.strip()]
    sents = re.split(r"(?<=\.)\s+(?=[A-Z\"])", text)
    if not 4 <= len(sents) <= 8: E(f, f"{len(sents)} sentences")
    if g["publisher"] is not None and g["publisher"] not in text: E(f, f"publisher not in text {g['publisher']}")
    canon = set()
    for a in g["actors"]:
        if list(a) != ACT: E(f, f"actor keys {a}")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            if m not in text: E(f, f"actor mention missing: {m!r}")
    for p in g["people"]:
        if list(p) != PER: E(f, f"person keys {p}")
        for m in p["mentions"]:
            if m not in text: E(f, f"person mention missing: {m!r}")
    names = set()
    for p in g["places"]:
        if list(p) != PLACE: E(f, f"place keys {p}")
        names.add(p["name"])
        if p["name"] not in text: E(f, f"place missing: {p['name']!r}")
        if p["admin1"] not in ADMIN1: E(f, f"bad admin1 {p['admin1']}")
    for q in g["quotes"]:
        if list(q) != ["speaker", "starts"]: E(f, "quote keys")
        if q["starts"] not in text: E(f, f"quote start missing {q['starts']!r}")
    nq = text.count('"') // 2
    if nq != len(g["quotes"]): E(f, f"{nq} quoted passages vs {len(g['quotes'])} quotes")
    if not g["incidents"]: E(f, "no incidents")
    for i in g["incidents"]:
        n_inc += 1
        if list(i) != INC: E(f, f"incident keys {list(i)}")
        for k in ("what", "date_text", "location"):
            if i[k] is not None and i[k] not in text: E(f, f"{k} not verbatim: {i[k]!r}")
        if i["location"] not in names: E(f, f"location not a place: {i['location']}")
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], ()): E(f, f"bad ACLED pair {i['acled_event_type']}/{i['acled_sub_event_type']}")
        if i["gtd_attack_type"] not in GTD: E(f, f"bad GTD {i['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: E(f, f"{k} {i[k]} not in actors")
        if i["country"] != "Pakistan": E(f, "country")
        if i["admin1"] not in ADMIN1: E(f, f"admin1 {i['admin1']}")
        if i["geo_precision"] not in (1, 2, 3): E(f, "geo")
        ks = i["killed_by_side"]
        if set(ks) - SIDES: E(f, f"sides {ks}")
        if sum(ks.values()) > (i["killed"] or 0): E(f, f"by side exceeds killed {ks} > {i['killed']}")
        if any(v == 0 for v in ks.values()): E(f, "zero side entry")
        if not i["note"]: E(f, "empty note")
        if i["acled_event_type"] in ("Protests", "Strategic developments") and i["gtd_attack_type"] not in (None, "Bombing/Explosion"):
            E(f, "GTD on non-violent event")
        # place of incident consistent with the places list
        pl = [p for p in g["places"] if p["name"] == i["location"]]
        if pl and (pl[0]["admin1"], pl[0]["admin2"]) != (i["admin1"], i["admin2"]) and pl[0]["kind"] not in ("country",):
            E(f, f"admin mismatch for {i['location']}: place {pl[0]['admin1']}/{pl[0]['admin2']} vs incident {i['admin1']}/{i['admin2']}")
print(f"{len(files)} gold files, {n_inc} incidents, {len(errs)} problems")
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
