# Checks set AP against the dev gold shape and its own texts (string search), and prints counts.
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

ACLED = {
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
GTD = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
       "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GENERIC = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants"}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan", "Azad Kashmir",
          "Islamabad Capital Territory", None}

dev = json.load(open(os.path.join(DEV, "satp-sa-dev-9.gold.json")))
TOP = list(dev)
INC = list(dev["incidents"][0])
ACT = list(dev["actors"][0])
PPL = list(dev["people"][0])
PLC = list(dev["places"][0])

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


stats = collections.Counter()
by_type = collections.Counter()
by_sub = collections.Counter()
by_prov = collections.Counter()
by_side = collections.Counter()
n_inc_per_report = collections.Counter()
words = 0
killed_total = 0
injured_total = 0
gtd_c = collections.Counter()

files = sorted(glob.glob(os.path.join(HERE, "AP-*.gold.json")))
for path in files:
    rid = os.path.basename(path)[:-len(".gold.json")]
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        err(rid, f"does not parse: {e}")
        continue
    txt_path = os.path.join(HERE, d.get("article", ""))
    if d.get("article") != rid + ".txt" or not os.path.exists(txt_path):
        err(rid, "article does not name the .txt beside it")
        continue
    text = open(txt_path, encoding="utf-8").read()
    words += len(text.split())
    sents = len(re.findall(r'[.?!]"?(?:\s|$)', text))
    if not 4 <= sents <= 6:
        err(rid, f"{sents} sentences")
    if list(d) != TOP:
        err(rid, f"top-level keys {list(d)}")
    if list(d["cleaning"]) != list(dev["cleaning"]):
        err(rid, "cleaning keys")

    def must(s, what):
        if s is None:
            return
        if s not in text:
            err(rid, f"{what} not in text: {s!r}")

    canon = set()
    for a in d["actors"]:
        if list(a) != ACT:
            err(rid, f"actor keys {list(a)}")
        canon.add(a["canonical"])
        for m in a["mentions"]:
            must(m, f"actor mention ({a['canonical']})")
        stats["actors"] += 1
    for p in d["people"]:
        if list(p) != PPL:
            err(rid, f"person keys {list(p)}")
        for m in p["mentions"]:
            must(m, f"person mention ({p['canonical']})")
        stats["people"] += 1
    names = set()
    for p in d["places"]:
        if list(p) != PLC:
            err(rid, f"place keys {list(p)}")
        must(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err(rid, f"place admin1 {p['admin1']}")
        names.add(p["name"])
        stats["places"] += 1
    for q in d["quotes"]:
        must(q["starts"], "quote start")
        stats["quotes"] += 1
    for s in d["not_incidents"]:
        must(s, "not_incident")
    n_inc_per_report[len(d["incidents"])] += 1
    for i in d["incidents"]:
        if list(i) != INC:
            err(rid, f"incident keys {list(i)}")
        must(i["what"], "what")
        must(i["date_text"], "date_text")
        must(i["location"], "location")
        if i["location"] not in names:
            err(rid, f"location {i['location']!r} not among places")
        if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], []):
            err(rid, f"bad ACLED pair {i['acled_event_type']} / {i['acled_sub_event_type']}")
        if i["gtd_attack_type"] not in GTD:
            err(rid, f"bad GTD {i['gtd_attack_type']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon:
                err(rid, f"{k} {i[k]!r} not an actor canonical")
        if i["country"] != "Pakistan" or i["admin1"] not in ADMIN1:
            err(rid, "country/admin1")
        if i["geo_precision"] not in (1, 2, 3):
            err(rid, "geo_precision")
        if set(i["killed_by_side"]) - SIDES:
            err(rid, f"sides {i['killed_by_side']}")
        if sum(i["killed_by_side"].values()) > (i["killed"] or 0):
            err(rid, "killed_by_side exceeds killed")
        if not i["note"]:
            err(rid, "empty note")
        by_type[i["acled_event_type"]] += 1
        by_sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
        by_prov[i["admin1"]] += 1
        gtd_c[i["gtd_attack_type"]] += 1
        killed_total += i["killed"] or 0
        injured_total += i["injured"] or 0
        for s, n in i["killed_by_side"].items():
            by_side[s] += n
        stats["incidents"] += 1

print("files:", len(files), "words:", words)
print("errors:", len(errors))
for e in errors:
    print("  ", e)
print("incidents per report:", dict(sorted(n_inc_per_report.items())))
print(dict(stats))
print("by type:", dict(by_type))
for k, v in sorted(by_sub.items()):
    print("   ", k, v)
print("by admin1:", dict(by_prov))
print("GTD:", {str(k): v for k, v in gtd_c.items()})
print("killed:", killed_total, "by side:", dict(by_side), "no side:", killed_total - sum(by_side.values()))
print("injured:", injured_total)
sys.exit(1 if errors else 0)
