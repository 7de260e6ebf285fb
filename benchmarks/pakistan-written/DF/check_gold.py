#!/usr/bin/env python3
"""Check the DF hand-coded gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DEV_DIR]
DEV_DIR defaults to /work/shared/benchmarks/pakistan-gold-dev (used only for the
reference key shape). Prints each error and a final count; exit status 1 if any.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/benchmarks/pakistan-gold-dev"

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
GTD_ATTACK = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia", "Tourists",
              "Transportation", "Unknown", "Utilities", "Violent Political Party", "Abortion Related"}
ADMIN1 = {None, "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Islamabad Capital Territory",
          "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
GENERIC_ACTORS = {None, "Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"civilians", "security_forces", "militants", "unknown"}
PLACE_KINDS = {"area", "district", "province", "city", "town", "country", "capital"}
QUOTE_KEYS = {"speaker", "starts", "note"}
RELATION_KEYS = ["a", "b", "kind", "evidence"]
PROFILE_KEYS = {"area", "gtd_attack_types", "gtd_target_types", "evidence"}


def ref_shape():
    files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not files:
        sys.exit("no dev gold files under %s" % DEV)
    d = json.load(open(files[0], encoding="utf-8"))
    inc = next(json.load(open(f, encoding="utf-8"))["incidents"][0] for f in files
               if json.load(open(f, encoding="utf-8"))["incidents"])
    act = next(json.load(open(f, encoding="utf-8"))["actors"][0] for f in files
               if json.load(open(f, encoding="utf-8"))["actors"])
    ppl = next(json.load(open(f, encoding="utf-8"))["people"][0] for f in files
               if json.load(open(f, encoding="utf-8"))["people"])
    return {"top": list(d), "cleaning": list(d["cleaning"]), "incident": list(inc),
            "actor": list(act), "person": list(ppl), "place": list(d["places"][0])}


def check(path, shape):
    errs = []
    E = lambda msg: errs.append("%s: %s" % (os.path.basename(path), msg))
    try:
        g = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return ["%s: JSON does not parse: %s" % (os.path.basename(path), e)]
    if list(g) != shape["top"]:
        E("top-level keys %s != dev %s" % (list(g), shape["top"]))
        return errs
    if list(g["cleaning"]) != shape["cleaning"]:
        E("cleaning keys differ from dev")
    base = os.path.basename(path)[: -len(".gold.json")]
    if g["article"] != base + ".txt":
        E("article %r does not name %s.txt" % (g["article"], base))
    if g["about"] != "Hand-coded from the text alone.":
        E("about string differs")
    txt_path = os.path.join(os.path.dirname(path), g["article"])
    if not os.path.exists(txt_path):
        E("missing report %s" % g["article"])
        return errs
    text = open(txt_path, encoding="utf-8").read()
    nwords = len(text.split())
    if not 60 <= nwords <= 250:
        E("report has %d words (want 60-250)" % nwords)

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            E("%s is not a non-empty string: %r" % (what, s))
        elif s not in text:
            E("%s not verbatim in report: %r" % (what, s))

    if g["publisher"] is not None:
        verbatim(g["publisher"], "publisher")
    for c in g["cleaning"].values():
        if c:
            E("cleaning lists expected empty for clean hand-written text")

    canon = set()
    for a in g["actors"]:
        if list(a) != shape["actor"]:
            E("actor keys %s != dev %s" % (list(a), shape["actor"]))
            continue
        canon.add(a["canonical"])
        if a["kind"] not in {"state_force", "armed_group"} or a["acled_inter"] not in range(1, 9):
            E("actor %s: odd kind/inter" % a["canonical"])
        if not a["mentions"]:
            E("actor %s has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if list(p) != shape["person"]:
            E("person keys %s != dev %s" % (list(p), shape["person"]))
            continue
        if not p["mentions"]:
            E("person %s has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for pl in g["places"]:
        if list(pl) != shape["place"]:
            E("place keys %s != dev %s" % (list(pl), shape["place"]))
            continue
        verbatim(pl["name"], "place name")
        if pl["kind"] not in PLACE_KINDS:
            E("place %s: kind %r" % (pl["name"], pl["kind"]))
        if pl["admin1"] not in ADMIN1:
            E("place %s: admin1 %r" % (pl["name"], pl["admin1"]))
        if pl["kind"] == "province" and pl["admin2"] is not None:
            E("province %s with admin2" % pl["name"])
        if pl["name"] in places:
            E("place %s listed twice" % pl["name"])
        places[pl["name"]] = pl
    for q in g["quotes"]:
        if not set(q) <= QUOTE_KEYS or "speaker" not in q or "starts" not in q:
            E("quote keys %s" % list(q))
            continue
        verbatim(q["starts"], "quote start")
    for s in g["not_incidents"]:
        verbatim(s, "not_incident")
    for r in g["relations"]:
        if list(r) != RELATION_KEYS:
            E("relation keys %s" % list(r))
            continue
        for k in ("a", "b"):
            if r[k] not in canon:
                E("relation party %r not among actors" % r[k])
        verbatim(r["evidence"], "relation evidence")
    for name, prof in g["actor_profiles"].items():
        if name not in canon:
            E("actor_profile %r not among actors" % name)
        if not set(prof) <= PROFILE_KEYS:
            E("actor_profile %r keys %s" % (name, list(prof)))
        for t in prof.get("gtd_target_types", []):
            if t not in GTD_TARGET:
                E("actor_profile %r: GTD target %r" % (name, t))
        for t in prof.get("gtd_attack_types", []):
            if t not in GTD_ATTACK:
                E("actor_profile %r: GTD attack %r" % (name, t))
        verbatim(prof.get("evidence"), "actor_profile evidence")

    for k, inc in enumerate(g["incidents"], 1):
        tag = "incident %d" % k
        if list(inc) != shape["incident"]:
            E("%s keys %s != dev %s" % (tag, list(inc), shape["incident"]))
            continue
        verbatim(inc["what"], tag + " what")
        verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        if inc["what"] is None:
            E(tag + " has no what")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            E("%s: invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] not in GTD_ATTACK:
            E("%s: GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        if et in ("Protests", "Riots") or st == "Arrests":
            if inc["gtd_attack_type"] is not None:
                E("%s: protests/arrests take no GTD attack type" % tag)
        for side in ("actor1", "actor2"):
            a = inc[side]
            if a not in GENERIC_ACTORS and a not in canon:
                E("%s: %s %r is neither generic nor in actors" % (tag, side, a))
        if inc["country"] != "Pakistan":
            E("%s: country %r" % (tag, inc["country"]))
        if inc["admin1"] not in ADMIN1:
            E("%s: admin1 %r" % (tag, inc["admin1"]))
        if inc["geo_precision"] not in (1, 2, 3):
            E("%s: geo_precision %r" % (tag, inc["geo_precision"]))
        loc = inc["location"]
        if loc is not None:
            pl = places.get(loc)
            if pl is None:
                E("%s: location %r is not one of the places" % (tag, loc))
            elif (pl["admin1"], pl["admin2"]) != (inc["admin1"], inc["admin2"]):
                E("%s: location %r admin %s/%s != place %s/%s" % (
                    tag, loc, inc["admin1"], inc["admin2"], pl["admin1"], pl["admin2"]))
        killed = inc["killed"]
        if killed is not None and (not isinstance(killed, int) or killed < 0):
            E("%s: killed %r" % (tag, killed))
        inj = inc["injured"]
        if inj is not None and (not isinstance(inj, int) or inj < 0):
            E("%s: injured %r" % (tag, inj))
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            E("%s: killed_by_side not an object" % tag)
            continue
        for s, v in kbs.items():
            if s not in SIDES:
                E("%s: unknown side %r" % (tag, s))
            if not isinstance(v, int) or v < 0:
                E("%s: side count %r" % (tag, v))
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if total > (killed or 0):
            E("%s: killed_by_side sums to %d > killed %r" % (tag, total, killed))
        if not inc["note"]:
            E("%s: no note" % tag)
    return errs


def main():
    shape = ref_shape()
    golds = sorted(glob.glob(os.path.join(HERE, "DF-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "DF-*.txt")))
    errs = []
    if len(golds) != len(txts):
        errs.append("%d gold files but %d reports" % (len(golds), len(txts)))
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errs.append("%s has no gold file" % os.path.basename(t))
    n_inc = 0
    for p in golds:
        errs += check(p, shape)
        try:
            n_inc += len(json.load(open(p, encoding="utf-8"))["incidents"])
        except Exception:  # noqa: BLE001
            pass
    for e in errs:
        print(e)
    print("checked %d gold files, %d incidents: %d errors" % (len(golds), n_inc, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
