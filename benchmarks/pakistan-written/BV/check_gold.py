#!/usr/bin/env python3
"""Checks the BV hand-coded gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (DIR defaults to this script's folder)
Exit status 0 when there are no errors. Prints one line per error and a summary."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"

ACLED = {
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
SIDES = {"security_forces", "civilians", "militants", "unknown"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
ADMIN1 = {"Balochistan", "Khyber Pakhtunkhwa", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir", None}


def dev_shape():
    """Key lists taken from the dev gold files (first file that has each kind of entry)."""
    shape = {}
    for f in sorted(glob.glob(os.path.join(DEV, "*.gold.json"))):
        d = json.load(open(f))
        shape.setdefault("top", list(d))
        shape.setdefault("cleaning", list(d["cleaning"]))
        for part in ("actors", "people", "places", "incidents"):
            if d[part]:
                shape.setdefault(part, list(d[part][0]))
    # relations / quotes are always empty in dev; the seed file gives their entry shape
    seed = json.load(open("/work/shared/seed/article-001.gold.json"))
    shape["relations"] = list(seed["relations"][0])
    shape["quotes"] = list(seed["quotes"][0])
    return shape


def check_file(path, shape, errs, stats):
    rid = os.path.basename(path)[: -len(".gold.json")]
    def err(msg):
        errs.append(f"{rid}: {msg}")
    try:
        d = json.load(open(path))
    except Exception as e:  # noqa
        err(f"JSON does not parse: {e}")
        return
    txt_path = os.path.join(os.path.dirname(path), rid + ".txt")
    if not os.path.exists(txt_path):
        err("report .txt missing")
        return
    text = open(txt_path).read()
    words = len(text.split())
    stats["words"] += words
    if not 150 <= words <= 250:
        err(f"report has {words} words (want 150-250)")
    for ch in "'\u2019\u2018\"\u201c\u201d-\u2013\u2014":
        if ch in text:
            err(f"report contains {ch!r} (apostrophes, quote marks and hyphens are dropped in this style)")

    if list(d) != shape["top"]:
        err(f"top-level keys {list(d)} != dev {shape['top']}")
        return
    if d["article"] != rid + ".txt":
        err(f"article is {d['article']!r}")
    if d["about"] != "Hand-coded from the text alone.":
        err("about string differs from the dev files")
    if list(d["cleaning"]) != shape["cleaning"]:
        err("cleaning keys differ from dev")
    if d["publisher"] is not None and d["publisher"] not in text:
        err(f"publisher {d['publisher']!r} not in text")

    def verbatim(s, what):
        if s is not None and s not in text:
            err(f"{what} not verbatim in report: {s!r}")

    canon = set()
    for a in d["actors"]:
        if list(a) != shape["actors"]:
            err(f"actor keys {list(a)} != dev")
            continue
        canon.add(a["canonical"])
        if a["acled_inter"] not in range(1, 9):
            err(f"actor {a['canonical']} inter {a['acled_inter']}")
        if not a["mentions"]:
            err(f"actor {a['canonical']} has no mentions")
        for m in a["mentions"]:
            verbatim(m, f"actor mention ({a['canonical']})")
    for p in d["people"]:
        if list(p) != shape["people"]:
            err(f"person keys {list(p)} != dev")
            continue
        for m in p["mentions"]:
            verbatim(m, f"person mention ({p['canonical']})")
    places = {}
    for p in d["places"]:
        if list(p) != shape["places"]:
            err(f"place keys {list(p)} != dev")
            continue
        verbatim(p["name"], "place name")
        if p["admin1"] not in ADMIN1:
            err(f"place {p['name']} admin1 {p['admin1']!r} unknown")
        if p["name"] in places:
            err(f"place {p['name']} listed twice")
        places[p["name"]] = p
    for q in d["quotes"]:
        if list(q)[:2] != shape["quotes"][:2]:
            err(f"quote keys {list(q)}")
        verbatim(q.get("starts"), "quote start")
    for s in d["not_incidents"]:
        if not isinstance(s, str):
            err("not_incidents entry is not a string")
        else:
            verbatim(s, "not_incident")
    for r in d["relations"]:
        if list(r) != shape["relations"]:
            err(f"relation keys {list(r)} != seed")
            continue
        for side in ("a", "b"):
            if r[side] not in canon:
                err(f"relation actor {r[side]!r} not among actors")
        verbatim(r["evidence"], "relation evidence")
    if not isinstance(d["actor_profiles"], dict):
        err("actor_profiles is not an object")

    if not d["incidents"]:
        err("no incidents")
    for n, inc in enumerate(d["incidents"], 1):
        tag = f"incident {n}"
        if list(inc) != shape["incidents"]:
            err(f"{tag} keys {list(inc)} != dev")
            continue
        stats["incidents"] += 1
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            err(f"{tag} invalid ACLED pair {et!r} / {st!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(f"{tag} invalid GTD type {inc['gtd_attack_type']!r}")
        if et in ("Protests", "Riots") or st in ("Arrests",):
            if inc["gtd_attack_type"] is not None:
                err(f"{tag} protests/arrests get no GTD attack type")
        for k in ("actor1", "actor2"):
            if inc[k] not in GENERIC and inc[k] not in canon:
                err(f"{tag} {k} {inc[k]!r} is neither a generic label nor a listed actor")
        if inc["country"] != "Pakistan":
            err(f"{tag} country {inc['country']!r}")
        loc = inc["location"]
        if loc not in places:
            err(f"{tag} location {loc!r} is not one of the places")
        else:
            p = places[loc]
            if (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                err(f"{tag} admin {inc['admin1']}/{inc['admin2']} != place {loc} {p['admin1']}/{p['admin2']}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag} geo_precision {inc['geo_precision']!r}")
        k = inc["killed"]
        if k is not None and (not isinstance(k, int) or k < 0):
            err(f"{tag} killed {k!r}")
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict) or set(kbs) - SIDES:
            err(f"{tag} killed_by_side keys {kbs}")
        else:
            tot = sum(kbs.values())
            if tot > (k or 0):
                err(f"{tag} killed_by_side sums to {tot} > killed {k}")
            for side, v in kbs.items():
                stats["side"][side] = stats["side"].get(side, 0) + v
        if inc["injured"] is not None and (not isinstance(inc["injured"], int) or inc["injured"] < 0):
            err(f"{tag} injured {inc['injured']!r}")
        if not inc["note"]:
            err(f"{tag} has no note")
        stats["type"][et] = stats["type"].get(et, 0) + 1
        stats["sub"][f"{et} / {st}"] = stats["sub"].get(f"{et} / {st}", 0) + 1
        stats["prov"][inc["admin1"]] = stats["prov"].get(inc["admin1"], 0) + 1
        stats["killed"] += k or 0


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    shape = dev_shape()
    files = sorted(glob.glob(os.path.join(folder, "BV-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "BV-*.txt")))
    errs = []
    if len(files) != len(txts):
        errs.append(f"{len(files)} gold files but {len(txts)} reports")
    stats = {"words": 0, "incidents": 0, "killed": 0, "type": {}, "sub": {}, "prov": {}, "side": {}}
    for f in files:
        check_file(f, shape, errs, stats)
    for e in errs:
        print("ERROR", e)
    print(f"reports: {len(files)}  words: {stats['words']}  incidents: {stats['incidents']}  killed: {stats['killed']}")
    print("by ACLED type:", json.dumps(stats["type"], sort_keys=True))
    print("by sub-type:", json.dumps(stats["sub"], sort_keys=True))
    print("by province:", json.dumps(stats["prov"], sort_keys=True))
    print("killed by side:", json.dumps(stats["side"], sort_keys=True))
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
