#!/usr/bin/env python3
"""Check the DC-NN.gold.json files beside their DC-NN.txt reports.

Usage: python3 check_gold.py [DEV_GOLD_FILE]
DEV_GOLD_FILE defaults to ../../shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json
(relative to this script) and, failing that, /work/shared/...; if none is found the key
lists embedded below (copied from the dev shape) are used.

Checks: JSON parses; top-level keys (and order) match the dev gold; sub-keys of cleaning,
actors, people, places, quotes, incidents, relations, actor_profiles match the dev/seed shape;
every quoted string (what, date_text, location, place names, actor and person mentions,
quote starts, not_incidents, relation and profile evidence) appears verbatim in the report;
each incident location is one of the file's places with the same admin1/admin2; ACLED
event/sub-event pairs and GTD attack types are valid; killed_by_side never sums above killed;
actors used in incidents, relations and profiles are listed or generic; report length.
Prints every error and the total; exit status 1 if any."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
       "incidents", "not_incidents", "relations", "actor_profiles"]
CLEANING = ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences", "flag_as_damaged"]
ACTOR = ["canonical", "kind", "acled_inter", "mentions"]
PERSON = ["canonical", "mentions", "roles"]
PLACE = ["name", "kind", "admin1", "admin2"]
INCIDENT = ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
            "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
            "killed_by_side", "injured", "note"]
QUOTE = ["speaker", "starts"]            # seed shape ("note" optional)
RELATION = ["a", "b", "kind", "evidence"]  # seed shape
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}  # seed shape

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
GTD_ATTACK = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown", None}
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia", "Tourists",
              "Transportation", "Unknown", "Utilities", "Violent Political Party", "Abortion Related"}
SIDES = {"civilians", "security_forces", "militants"}
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters", None}
ADMIN1 = {"Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Kashmir", None}


def bounded(s, text):
    """True if s occurs in text and at least one occurrence is not glued to a longer word
    (the neighbouring characters are not letters, digits or hyphens)."""
    start = text.find(s)
    while start >= 0:
        before = text[start - 1] if start > 0 else " "
        after = text[start + len(s)] if start + len(s) < len(text) else " "
        edge_ok = lambda c, inner: not (c.isalnum() or c == "-") or not (inner.isalnum())
        nxt = text[start + len(s) + 1:start + len(s) + 2]
        if after == "-" and nxt.islower():  # "Peshawar-based" names Peshawar; "Gilgit-Baltistan" does not name Gilgit
            after = " "
        if edge_ok(before, s[0]) and edge_ok(after, s[-1]):
            return True
        start = text.find(s, start + 1)
    return False


def dev_keys(argv):
    cands = argv[1:2] + [os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev",
                                      "satp-sa-dev-0.gold.json"),
                         "/work/shared/benchmarks/pakistan-gold-dev/satp-sa-dev-0.gold.json"]
    for c in cands:
        if c and os.path.exists(c):
            d = json.load(open(c, encoding="utf-8"))
            return list(d.keys()), list(d["cleaning"].keys()), list(d["incidents"][0].keys()), \
                list(d["places"][0].keys()), c
    return TOP, CLEANING, INCIDENT, PLACE, "embedded key lists"


def main(argv):
    top, cleaning, incident, place, src = dev_keys(argv)
    errors = []
    n_inc = 0
    files = sorted(glob.glob(os.path.join(HERE, "DC-*.gold.json")))

    def err(f, msg):
        errors.append("%s: %s" % (os.path.basename(f), msg))

    if len(files) != 30:
        errors.append("expected 30 gold files, found %d" % len(files))
    for f in files:
        try:
            g = json.load(open(f, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(f, "JSON does not parse: %s" % e)
            continue
        txt_name = os.path.basename(f).replace(".gold.json", ".txt")
        txt_path = os.path.join(HERE, txt_name)
        if not os.path.exists(txt_path):
            err(f, "missing report " + txt_name)
            continue
        text = open(txt_path, encoding="utf-8").read()

        def verbatim(label, s):
            if not isinstance(s, str) or not s:
                err(f, "%s is not a non-empty string: %r" % (label, s))
            elif not bounded(s, text):
                err(f, "%s not verbatim (as whole words) in report: %r" % (label, s))

        words = len(text.split())
        if not 200 <= words <= 450:
            err(f, "report has %d words (want 200-450)" % words)
        if list(g.keys()) != top:
            err(f, "top-level keys differ from dev: %s" % list(g.keys()))
            continue
        if g["article"] != txt_name:
            err(f, "article is %r" % g["article"])
        if g["about"] != "Hand-coded from the text alone.":
            err(f, "about is %r" % g["about"])
        if list(g["cleaning"].keys()) != cleaning:
            err(f, "cleaning keys differ")
        # actors
        canon = set()
        for a in g["actors"]:
            if list(a.keys()) != ACTOR:
                err(f, "actor keys differ: %s" % list(a.keys()))
                continue
            canon.add(a["canonical"])
            if a["acled_inter"] not in range(1, 9):
                err(f, "bad acled_inter for %s" % a["canonical"])
            if not a["mentions"]:
                err(f, "actor %s has no mentions" % a["canonical"])
            for m in a["mentions"]:
                verbatim("actor mention", m)
        for p in g["people"]:
            if list(p.keys()) != PERSON:
                err(f, "person keys differ: %s" % list(p.keys()))
                continue
            for m in p["mentions"]:
                verbatim("person mention", m)
        places = {}
        for p in g["places"]:
            if list(p.keys()) != place:
                err(f, "place keys differ: %s" % list(p.keys()))
                continue
            verbatim("place name", p["name"])
            if p["admin1"] not in ADMIN1:
                err(f, "unknown admin1 %r" % p["admin1"])
            if p["name"] in places:
                err(f, "duplicate place %r" % p["name"])
            places[p["name"]] = p
        for qd in g["quotes"]:
            if not set(QUOTE) <= set(qd.keys()) <= set(QUOTE) | {"note"}:
                err(f, "quote keys differ: %s" % list(qd.keys()))
                continue
            verbatim("quote start", qd["starts"])
        for s in g["not_incidents"]:
            verbatim("not_incident", s)
        for r in g["relations"]:
            if list(r.keys()) != RELATION:
                err(f, "relation keys differ: %s" % list(r.keys()))
                continue
            verbatim("relation evidence", r["evidence"])
            for side in (r["a"], r["b"]):
                if side not in canon:
                    err(f, "relation actor %r not in actors" % side)
        if not isinstance(g["actor_profiles"], dict):
            err(f, "actor_profiles is not an object")
        else:
            for name, prof in g["actor_profiles"].items():
                if name not in canon:
                    err(f, "profile for unlisted actor %r" % name)
                if not set(prof.keys()) <= PROFILE_KEYS or "evidence" not in prof:
                    err(f, "profile keys for %s: %s" % (name, list(prof.keys())))
                    continue
                verbatim("profile evidence", prof["evidence"])
                for t in prof.get("gtd_target_types", []):
                    if t not in GTD_TARGET:
                        err(f, "bad GTD target type %r" % t)
                for t in prof.get("gtd_attack_types", []):
                    if t not in GTD_ATTACK:
                        err(f, "bad GTD attack type %r in profile" % t)
        # incidents
        if not g["incidents"]:
            err(f, "no incidents")
        for k, i in enumerate(g["incidents"], 1):
            n_inc += 1
            tag = "incident %d" % k
            if list(i.keys()) != incident:
                err(f, "%s keys differ from dev: %s" % (tag, list(i.keys())))
                continue
            verbatim(tag + " what", i["what"])
            if i["date_text"] is not None:
                verbatim(tag + " date_text", i["date_text"])
            verbatim(tag + " location", i["location"])
            p = places.get(i["location"])
            if p is None:
                err(f, "%s location %r is not one of the places" % (tag, i["location"]))
            elif (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]):
                err(f, "%s admin1/admin2 %r/%r differ from place %r/%r" %
                    (tag, i["admin1"], i["admin2"], p["admin1"], p["admin2"]))
            if i["acled_sub_event_type"] not in ACLED.get(i["acled_event_type"], []):
                err(f, "%s invalid ACLED pair %r / %r" % (tag, i["acled_event_type"], i["acled_sub_event_type"]))
            if i["gtd_attack_type"] not in GTD_ATTACK:
                err(f, "%s invalid GTD attack type %r" % (tag, i["gtd_attack_type"]))
            if i["country"] != "Pakistan":
                err(f, "%s country %r" % (tag, i["country"]))
            if i["geo_precision"] not in (1, 2, 3):
                err(f, "%s geo_precision %r" % (tag, i["geo_precision"]))
            for who in ("actor1", "actor2"):
                if i[who] not in GENERIC and i[who] not in canon:
                    err(f, "%s %s %r neither generic nor in actors" % (tag, who, i[who]))
            kb = i["killed_by_side"]
            if not isinstance(kb, dict) or not set(kb) <= SIDES:
                err(f, "%s killed_by_side keys %r" % (tag, kb))
                continue
            if any(not isinstance(v, int) or v < 0 for v in kb.values()):
                err(f, "%s killed_by_side values %r" % (tag, kb))
            killed = i["killed"]
            if killed is None:
                if kb:
                    err(f, "%s killed is null but killed_by_side is set" % tag)
            elif not isinstance(killed, int) or killed < 0:
                err(f, "%s killed %r" % (tag, killed))
            elif sum(kb.values()) > killed:
                err(f, "%s killed_by_side sums to %d > killed %d" % (tag, sum(kb.values()), killed))
            if i["injured"] is not None and (not isinstance(i["injured"], int) or i["injured"] < 0):
                err(f, "%s injured %r" % (tag, i["injured"]))
            if not i["note"]:
                err(f, "%s has no note" % tag)
    for e in errors:
        print(e)
    print("checked %d gold files, %d incidents (keys from %s): %d errors"
          % (len(files), n_inc, src, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
