"""Validate set AL: JSON parses, shape equals a dev gold file, and every copied string is in its report.
Usage: python3 tools/check.py [dev_gold_file]"""
import glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DEV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-9.gold.json"

ACLED = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
     "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking", "Hostage Taking (Barricade Incident)",
       "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "militants", "civilians"}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country"}

dev = json.load(open(DEV))
TOP = list(dev)
INC = list(dev["incidents"][0])
PLACE = list(dev["places"][0])
ACTOR = list(dev["actors"][0])
PERSON = list(dev["people"][0])

errors = []
def err(f, msg):
    errors.append("%s: %s" % (f, msg))

golds = sorted(glob.glob(os.path.join(SET, "AL-*.gold.json")))
for g in golds:
    f = os.path.basename(g)
    try:
        d = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        err(f, "does not parse: %s" % e); continue
    if list(d) != TOP: err(f, "top-level keys %s" % list(d))
    if d["article"] != f.replace(".gold.json", ".txt"): err(f, "article %r" % d["article"])
    txtp = os.path.join(SET, d["article"])
    if not os.path.exists(txtp): err(f, "no text beside it"); continue
    text = open(txtp, encoding="utf-8").read()
    if text.endswith("\n"): err(f, "text ends with a newline")
    if d["quotes"] or d["not_incidents"] or d["relations"] or d["actor_profiles"]:
        err(f, "quotes/not_incidents/relations/actor_profiles not empty")
    if list(d["cleaning"]) != list(dev["cleaning"]) or any(d["cleaning"].values()):
        err(f, "cleaning block differs from dev")
    if d["publisher"] is not None and d["publisher"] not in text:
        err(f, "publisher %r not in text" % d["publisher"])
    canon = set()
    for a in d["actors"]:
        if list(a) != ACTOR: err(f, "actor keys %s" % list(a))
        canon.add(a["canonical"])
        if a["kind"] not in ("state_force", "armed_group"): err(f, "actor kind %r" % a["kind"])
        if a["acled_inter"] not in range(1, 9): err(f, "inter %r" % a["acled_inter"])
        for m in a["mentions"]:
            if m not in text: err(f, "actor mention %r not in text" % m)
    for p in d["people"]:
        if list(p) != PERSON: err(f, "person keys %s" % list(p))
        for m in p["mentions"]:
            if m not in text: err(f, "person mention %r not in text" % m)
    names = set()
    for p in d["places"]:
        if list(p) != PLACE: err(f, "place keys %s" % list(p))
        names.add(p["name"])
        if p["name"] not in text: err(f, "place %r not in text" % p["name"])
        if p["kind"] not in PLACE_KINDS: err(f, "place kind %r" % p["kind"])
        if p["kind"] != "country" and p["admin1"] not in ADMIN1: err(f, "place admin1 %r" % p["admin1"])
    if not d["incidents"]: err(f, "no incidents")
    for i, inc in enumerate(d["incidents"]):
        w = "incident %d" % (i + 1)
        if list(inc) != INC: err(f, "%s keys %s" % (w, list(inc)))
        if inc["what"] not in text: err(f, "%s what not in text: %r" % (w, inc["what"]))
        if inc["date_text"] is not None and inc["date_text"] not in text: err(f, "%s date_text %r" % (w, inc["date_text"]))
        if inc["location"] is not None:
            if inc["location"] not in text: err(f, "%s location %r not in text" % (w, inc["location"]))
            if inc["location"] not in names: err(f, "%s location %r not among places" % (w, inc["location"]))
            pl = [p for p in d["places"] if p["name"] == inc["location"]]
            if pl and (pl[0]["admin1"], pl[0]["admin2"]) != (inc["admin1"], inc["admin2"]) and pl[0]["kind"] not in ("province",):
                err(f, "%s admin differs from its place %r" % (w, inc["location"]))
        if inc["acled_sub_event_type"] not in ACLED.get(inc["acled_event_type"], ()):
            err(f, "%s ACLED %r/%r" % (w, inc["acled_event_type"], inc["acled_sub_event_type"]))
        if inc["gtd_attack_type"] not in GTD: err(f, "%s GTD %r" % (w, inc["gtd_attack_type"]))
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in canon: err(f, "%s %s %r not in actors" % (w, k, inc[k]))
        if inc["country"] != "Pakistan": err(f, "%s country" % w)
        if inc["admin1"] not in ADMIN1: err(f, "%s admin1 %r" % (w, inc["admin1"]))
        if inc["geo_precision"] not in (1, 2, 3): err(f, "%s geo_precision" % w)
        kbs = inc["killed_by_side"]
        if set(kbs) - SIDES: err(f, "%s sides %s" % (w, set(kbs) - SIDES))
        if kbs and (inc["killed"] is None or sum(kbs.values()) > inc["killed"]): err(f, "%s sides exceed killed" % w)
        if not inc["note"]: err(f, "%s has no note" % w)
        if inc["acled_event_type"] in ("Protests", "Strategic developments") and inc["killed"] not in (0, None):
            err(f, "%s killed in a non-violent event" % w)

texts = sorted(glob.glob(os.path.join(SET, "AL-*.txt")))
if len(texts) != len(golds): errors.append("texts %d vs golds %d" % (len(texts), len(golds)))
for e in errors: print("ERROR", e)
print("%d gold files checked against %s: %s" % (len(golds), os.path.basename(DEV), "OK" if not errors else "%d errors" % len(errors)))
sys.exit(1 if errors else 0)
