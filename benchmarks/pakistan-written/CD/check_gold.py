#!/usr/bin/env python3
"""Check the CD-NN.gold.json files beside their CD-NN.txt reports.

Checks (each failure is one error):
  * every gold file parses as JSON and `article` names the .txt beside it;
  * key sets and key order match the dev gold shape (top level, cleaning, actors, people,
    places, incidents), compared with a dev gold file when it can be found, else with the
    shape embedded below;
  * every `what`, `date_text`, `location`, place `name`, actor/person `mention`, quote
    `starts`, `not_incidents` string and relation/actor-profile `evidence` appears word for
    word in the report;
  * each incident location is one of the file's places with the same admin1/admin2;
  * ACLED event/sub-event pairs are valid; GTD attack types are valid or null;
  * actor1/actor2 are listed actors or one of the generic labels;
  * killed_by_side uses known sides, never sums above `killed`, and is empty when killed is null;
  * geo_precision is 1, 2 or 3; country is Pakistan; admin1 values are known provinces.
Warnings (not errors): state-force words found in the text but in no actor's mentions.

Usage: python3 check_gold.py [--stats] [DIR]
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV_DIRS = [
    os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"),
    "/work/shared/benchmarks/pakistan-gold-dev",
]

TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
       "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]

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
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
PLACE_KINDS = {"area", "city", "district", "province", "town", "country", "capital"}
ACTOR_KINDS = {"state_force", "armed_group"}
# words that name a state force; if one is in a text, some actor should list it
STATE_WORDS = ["police", "Police", "policeman", "policemen", "FC", "Frontier Corps", "Levies", "CTD",
               "Counter Terrorism Department", "Rangers", "soldiers", "troops", "Security forces",
               "security forces", "security personnel", "military", "Coast Guards", "Khasadar", "BDS"]


def dev_shape():
    """Key lists taken from a dev gold file when one is readable."""
    for d in DEV_DIRS:
        files = sorted(glob.glob(os.path.join(d, "*.gold.json")))
        for f in files:
            try:
                g = json.load(open(f, encoding="utf-8"))
            except Exception:
                continue
            inc = next((i for i in g.get("incidents", []) if i), None)
            act = next((a for a in g.get("actors", []) if a), None)
            per = next((p for p in g.get("people", []) if p), None)
            plc = next((p for p in g.get("places", []) if p), None)
            if inc and act and per and plc:
                return {"top": list(g), "cleaning": list(g["cleaning"]), "actor": list(act),
                        "person": list(per), "place": list(plc), "incident": list(inc), "source": f}
    return {"top": TOP, "cleaning": CLEANING, "actor": ACTOR, "person": PERSON, "place": PLACE,
            "incident": INCIDENT, "source": "embedded"}


def check_file(path, shape, errors, warnings):
    rid = os.path.basename(path)[:-len(".gold.json")]
    txt_path = os.path.join(os.path.dirname(path), rid + ".txt")

    def err(msg):
        errors.append(f"{rid}: {msg}")

    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(f"JSON does not parse: {e}")
        return None
    if not os.path.exists(txt_path):
        err("no report text beside the gold file")
        return None
    text = open(txt_path, encoding="utf-8").read()

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            err(f"{what} is not a non-empty string: {s!r}")
        elif s not in text:
            err(f"{what} not found verbatim: {s!r}")

    if list(g) != shape["top"]:
        err(f"top-level keys {list(g)} != {shape['top']}")
    if g.get("article") != rid + ".txt":
        err(f"article {g.get('article')!r} != {rid + '.txt'!r}")
    if g.get("about") != "Hand-coded from the text alone.":
        err("about string differs")
    if list(g.get("cleaning", {})) != shape["cleaning"]:
        err("cleaning keys differ")
    for k in ("quotes", "incidents", "not_incidents", "relations", "actors", "people", "places"):
        if not isinstance(g.get(k), list):
            err(f"{k} is not a list")
            return None
    if not isinstance(g.get("actor_profiles"), dict):
        err("actor_profiles is not an object")

    canon = set()
    for a in g["actors"]:
        if list(a) != shape["actor"]:
            err(f"actor keys {list(a)} != {shape['actor']}")
        canon.add(a.get("canonical"))
        if a.get("kind") not in ACTOR_KINDS:
            err(f"actor {a.get('canonical')}: unknown kind {a.get('kind')!r}")
        if a.get("kind") == "state_force" and a.get("acled_inter") != 1:
            err(f"actor {a.get('canonical')}: state force with inter {a.get('acled_inter')}")
        if a.get("kind") == "armed_group" and a.get("acled_inter") != 2:
            err(f"actor {a.get('canonical')}: armed group with inter {a.get('acled_inter')}")
        if not a.get("mentions"):
            err(f"actor {a.get('canonical')}: no mentions")
        for m in a.get("mentions", []):
            verbatim(m, f"actor mention ({a.get('canonical')})")
    if len(canon) != len(g["actors"]):
        err("duplicate actor canonical names")

    for p in g["people"]:
        if list(p) != shape["person"]:
            err(f"person keys {list(p)} != {shape['person']}")
        if not p.get("mentions"):
            err(f"person {p.get('canonical')}: no mentions")
        for m in p.get("mentions", []):
            verbatim(m, f"person mention ({p.get('canonical')})")

    places = {}
    for pl in g["places"]:
        if list(pl) != shape["place"]:
            err(f"place keys {list(pl)} != {shape['place']}")
        verbatim(pl.get("name"), "place name")
        if pl.get("kind") not in PLACE_KINDS:
            err(f"place {pl.get('name')}: unknown kind {pl.get('kind')!r}")
        if pl.get("admin1") not in ADMIN1:
            err(f"place {pl.get('name')}: unknown admin1 {pl.get('admin1')!r}")
        if pl.get("name") in places:
            err(f"place {pl.get('name')} listed twice")
        places[pl.get("name")] = pl

    for q in g["quotes"]:
        verbatim(q.get("starts"), "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        verbatim(r.get("evidence"), "relation evidence")
        for side in ("a", "b"):
            if r.get(side) not in canon:
                err(f"relation names unknown actor {r.get(side)!r}")
    for name, prof in g.get("actor_profiles", {}).items():
        if name not in canon:
            err(f"actor profile for unknown actor {name!r}")
        verbatim(prof.get("evidence"), "actor profile evidence")

    for n, inc in enumerate(g["incidents"], 1):
        tag = f"incident {n}"
        if list(inc) != shape["incident"]:
            err(f"{tag}: keys {list(inc)} != {shape['incident']}")
            continue
        verbatim(inc["what"], f"{tag} what")
        verbatim(inc["date_text"], f"{tag} date_text")
        verbatim(inc["location"], f"{tag} location")
        ev, sub = inc["acled_event_type"], inc["acled_sub_event_type"]
        if ev not in ACLED or sub not in ACLED[ev]:
            err(f"{tag}: invalid ACLED pair {ev!r} / {sub!r}")
        if inc["gtd_attack_type"] not in GTD:
            err(f"{tag}: invalid GTD attack type {inc['gtd_attack_type']!r}")
        for side in ("actor1", "actor2"):
            if inc[side] not in canon and inc[side] not in GENERIC_ACTORS:
                err(f"{tag}: {side} {inc[side]!r} is neither a listed actor nor a generic label")
        if inc["country"] != "Pakistan":
            err(f"{tag}: country {inc['country']!r}")
        if inc["geo_precision"] not in (1, 2, 3):
            err(f"{tag}: geo_precision {inc['geo_precision']!r}")
        pl = places.get(inc["location"])
        if pl is None:
            err(f"{tag}: location {inc['location']!r} is not among the places")
        elif (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
            err(f"{tag}: admin {inc['admin1']}/{inc['admin2']} != place {pl['admin1']}/{pl['admin2']}")
        k, kbs, inj = inc["killed"], inc["killed_by_side"], inc["injured"]
        if not isinstance(kbs, dict):
            err(f"{tag}: killed_by_side is not an object")
            continue
        for s, v in kbs.items():
            if s not in SIDES:
                err(f"{tag}: unknown side {s!r}")
            if not isinstance(v, int) or v <= 0:
                err(f"{tag}: side count {s}={v!r} is not a positive integer")
        if k is None:
            if kbs:
                err(f"{tag}: killed is null but killed_by_side is not empty")
        elif not isinstance(k, int) or k < 0:
            err(f"{tag}: killed {k!r}")
        elif sum(v for v in kbs.values() if isinstance(v, int)) > k:
            err(f"{tag}: killed_by_side sums above killed ({kbs} > {k})")
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            err(f"{tag}: injured {inj!r}")
        if not inc["note"]:
            err(f"{tag}: empty note")

    # warnings: state-force words with no actor mention covering them
    mentions = [m for a in g["actors"] for m in a.get("mentions", [])]
    for w in STATE_WORDS:
        if re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", text):
            if not any(w == m or re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", m) for m in mentions):
                warnings.append(f"{rid}: text has {w!r} but no actor mention contains it")
    return g, text


def stats(golds):
    words = sum(len(t.split()) for _, t in golds)
    inc = [i for g, _ in golds for i in g["incidents"]]
    by_type = collections.Counter(f"{i['acled_event_type']} / {i['acled_sub_event_type']}" for i in inc)
    by_ev = collections.Counter(i["acled_event_type"] for i in inc)
    by_prov = collections.Counter(i["admin1"] for i in inc)
    sides = collections.Counter()
    killed = 0
    unsided = 0
    for i in inc:
        if i["killed"]:
            killed += i["killed"]
            s = 0
            for k, v in i["killed_by_side"].items():
                sides[k] += v
                s += v
            unsided += i["killed"] - s
    gtd = collections.Counter(str(i["gtd_attack_type"]) for i in inc)
    print(f"reports: {len(golds)}  words: {words}  incidents: {len(inc)}")
    print("incidents by ACLED event type:")
    for k, v in sorted(by_ev.items()):
        print(f"  {k}: {v}")
    print("incidents by ACLED sub-event type:")
    for k, v in sorted(by_type.items()):
        print(f"  {k}: {v}")
    print("incidents by GTD attack type:")
    for k, v in sorted(gtd.items()):
        print(f"  {k}: {v}")
    print("incidents by province (admin1):")
    for k, v in sorted(by_prov.items(), key=lambda kv: -kv[1]):
        print(f"  {k}: {v}")
    print(f"killed: {killed}  by side: {dict(sides)}  without side: {unsided}")
    inj = sum(i["injured"] for i in inc if i["injured"])
    print(f"injured: {inj}")


def main(argv):
    want_stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = args[0] if args else HERE
    shape = dev_shape()
    paths = sorted(glob.glob(os.path.join(folder, "CD-*.gold.json")))
    texts = sorted(glob.glob(os.path.join(folder, "CD-*.txt")))
    errors, warnings, golds = [], [], []
    if len(paths) != len(texts):
        errors.append(f"{len(paths)} gold files but {len(texts)} report texts")
    for p in paths:
        r = check_file(p, shape, errors, warnings)
        if r:
            golds.append(r)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"checked {len(paths)} gold files against key shape from {os.path.basename(shape['source'])}: "
          f"{len(errors)} errors, {len(warnings)} warnings")
    if want_stats:
        stats(golds)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
