#!/usr/bin/env python3
"""Check the BR gold files against their reports and the dev gold shape.

Usage: python3 check_gold.py [DIR]   (default: the folder this script is in)
Prints one line per error and a final count; exit status 1 if any error.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
DEV = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "benchmarks", "pakistan-gold-dev"))

# Shape of a dev gold file (used if the dev folder cannot be read).
FALLBACK_TOP = ["article", "about", "publisher", "cleaning", "actors", "people", "places",
                "quotes", "incidents", "not_incidents", "relations", "actor_profiles"]
FALLBACK_SUB = {
    "cleaning": ["must_contain", "must_not_contain", "keep_unchanged",
                 "near_duplicate_sentences", "flag_as_damaged"],
    "actors": ["canonical", "kind", "acled_inter", "mentions"],
    "people": ["canonical", "mentions", "roles"],
    "places": ["name", "kind", "admin1", "admin2"],
    "incidents": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1",
                  "actor2", "country", "admin1", "admin2", "location", "geo_precision", "date_text",
                  "killed", "killed_by_side", "injured", "note"],
}
# Shapes the dev files never fill; taken from shared/seed/article-001.gold.json.
QUOTE_KEYS = {"speaker", "starts", "note"}
RELATION_KEYS = ["a", "b", "kind", "evidence"]
PROFILE_KEYS = {"area", "gtd_target_types", "gtd_attack_types", "evidence"}

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
GTD_ATTACK = {None, "Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
              "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
              "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown"}
GTD_TARGET = {"Business", "Government (General)", "Police", "Military", "Airports & Aircraft",
              "Government (Diplomatic)", "Educational Institution", "Food or Water Supply",
              "Journalists & Media", "Maritime", "NGO", "Other", "Private Citizens & Property",
              "Religious Figures/Institutions", "Telecommunication", "Terrorists/Non-State Militia",
              "Tourists", "Transportation", "Unknown", "Utilities", "Violent Political Party",
              "Abortion Related"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ADMIN1 = {None, "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh",
          "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Jammu and Kashmir"}
PLACE_KINDS = {"town", "city", "district", "area", "province", "country"}
PUBLISHERS = {None, "Dawn", "The News", "The Express Tribune", "Daily Times"}


def dev_shape():
    files = sorted(glob.glob(os.path.join(DEV, "*.gold.json")))
    if not files:
        return FALLBACK_TOP, FALLBACK_SUB, "built-in copy"
    top, sub = None, {}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        if top is None:
            top = list(d.keys())
        sub.setdefault("cleaning", list(d["cleaning"].keys()))
        for k in ("actors", "people", "places", "incidents"):
            if d[k] and k not in sub:
                sub[k] = list(d[k][0].keys())
    for k, v in FALLBACK_SUB.items():
        sub.setdefault(k, v)
    return top, sub, os.path.relpath(files[0], HERE)


def main():
    top_keys, sub_keys, shape_src = dev_shape()
    errors = []
    n_files = n_inc = 0

    def err(fname, msg):
        errors.append(f"{fname}: {msg}")

    golds = sorted(glob.glob(os.path.join(DIR, "BR-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(DIR, "BR-*.txt")))
    if len(golds) != len(txts):
        errors.append(f"{len(golds)} gold files but {len(txts)} reports")
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            err(os.path.basename(t), "no gold file beside it")

    for g in golds:
        fname = os.path.basename(g)
        n_files += 1
        try:
            d = json.load(open(g, encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(fname, f"JSON does not parse: {e}")
            continue
        # --- shape
        if list(d.keys()) != top_keys:
            err(fname, f"top-level keys {list(d.keys())} differ from dev {top_keys}")
            continue
        if d["about"] != "Hand-coded from the text alone.":
            err(fname, "about is not 'Hand-coded from the text alone.'")
        expect_txt = fname.replace(".gold.json", ".txt")
        if d["article"] != expect_txt:
            err(fname, f"article {d['article']!r} should be {expect_txt!r}")
        tpath = os.path.join(DIR, d["article"])
        if not os.path.exists(tpath):
            err(fname, f"report {d['article']} missing")
            continue
        text = open(tpath, encoding="utf-8").read()
        if d["publisher"] not in PUBLISHERS:
            err(fname, f"unexpected publisher {d['publisher']!r}")
        if d["publisher"] and d["publisher"] not in text:
            err(fname, f"publisher {d['publisher']!r} not in report")
        # style: apostrophes and hyphens dropped
        for ch in ("'", "\u2019", "\u2018", "-", "\u2013", "\u2014"):
            if ch in text:
                err(fname, f"report contains {ch!r} (apostrophes and hyphens should be dropped)")
        if list(d["cleaning"].keys()) != sub_keys["cleaning"]:
            err(fname, "cleaning keys differ from dev")
        for sect in ("actors", "people", "places", "incidents"):
            if not isinstance(d[sect], list):
                err(fname, f"{sect} is not a list")
                continue
            for i, item in enumerate(d[sect]):
                if list(item.keys()) != sub_keys[sect]:
                    err(fname, f"{sect}[{i}] keys {list(item.keys())} differ from dev {sub_keys[sect]}")

        def verbatim(label, s):
            if s is None:
                return
            if not isinstance(s, str) or not s:
                err(fname, f"{label} is not a non-empty string: {s!r}")
            elif s not in text:
                err(fname, f"{label} not verbatim in report: {s!r}")

        # --- actors
        canon = set()
        for a in d["actors"]:
            canon.add(a["canonical"])
            if a["acled_inter"] not in range(1, 9):
                err(fname, f"actor {a['canonical']}: bad acled_inter {a['acled_inter']}")
            if not a["mentions"]:
                err(fname, f"actor {a['canonical']}: no mentions")
            for m in a["mentions"]:
                verbatim(f"actor {a['canonical']} mention", m)
        if len(canon) != len(d["actors"]):
            err(fname, "duplicate actor canonical names")
        # --- people
        for p in d["people"]:
            if not p["mentions"]:
                err(fname, f"person {p['canonical']}: no mentions")
            for m in p["mentions"]:
                verbatim(f"person {p['canonical']} mention", m)
        # --- places
        places = {}
        for p in d["places"]:
            verbatim("place name", p["name"])
            if p["name"] in places:
                err(fname, f"place {p['name']} listed twice")
            places[p["name"]] = p
            if p["kind"] not in PLACE_KINDS:
                err(fname, f"place {p['name']}: unexpected kind {p['kind']!r}")
            if p["admin1"] not in ADMIN1:
                err(fname, f"place {p['name']}: unexpected admin1 {p['admin1']!r}")
            if p["kind"] in ("province", "country") and p["admin2"] is not None:
                err(fname, f"place {p['name']}: a {p['kind']} has admin2")
        # --- quotes
        for q in d["quotes"]:
            if not set(q) <= QUOTE_KEYS or not {"speaker", "starts"} <= set(q):
                err(fname, f"quote keys {list(q)} differ from seed shape")
                continue
            verbatim("quote start", q["starts"])
        # --- incidents
        for k, inc in enumerate(d["incidents"]):
            n_inc += 1
            lab = f"incident {k + 1}"
            verbatim(f"{lab} what", inc["what"])
            verbatim(f"{lab} date_text", inc["date_text"])
            verbatim(f"{lab} location", inc["location"])
            et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
            if et not in ACLED:
                err(fname, f"{lab}: unknown ACLED event type {et!r}")
            elif st not in ACLED[et]:
                err(fname, f"{lab}: sub-event {st!r} is not valid for {et!r}")
            if inc["gtd_attack_type"] not in GTD_ATTACK:
                err(fname, f"{lab}: unknown GTD attack type {inc['gtd_attack_type']!r}")
            if et in ("Protests", "Riots") and inc["gtd_attack_type"] is not None:
                err(fname, f"{lab}: protests/riots get no GTD attack type")
            if st == "Arrests" and inc["gtd_attack_type"] is not None:
                err(fname, f"{lab}: arrests get no GTD attack type")
            for side in ("actor1", "actor2"):
                a = inc[side]
                if a is not None and a not in canon and a not in GENERIC_ACTORS:
                    err(fname, f"{lab}: {side} {a!r} is neither a listed actor nor a generic label")
            if inc["country"] != "Pakistan":
                err(fname, f"{lab}: country is not Pakistan")
            if inc["geo_precision"] not in (1, 2, 3):
                err(fname, f"{lab}: geo_precision {inc['geo_precision']!r}")
            loc = inc["location"]
            if loc not in places:
                err(fname, f"{lab}: location {loc!r} is not one of the file's places")
            else:
                p = places[loc]
                if (p["admin1"], p["admin2"]) != (inc["admin1"], inc["admin2"]):
                    err(fname, f"{lab}: admin {inc['admin1']}/{inc['admin2']} differs from place "
                               f"{loc}: {p['admin1']}/{p['admin2']}")
                if p["kind"] == "province" and inc["geo_precision"] != 3:
                    err(fname, f"{lab}: province-level location needs geo_precision 3")
            killed, inj, kbs = inc["killed"], inc["injured"], inc["killed_by_side"]
            if killed is not None and (not isinstance(killed, int) or killed < 0):
                err(fname, f"{lab}: killed {killed!r}")
            if inj is not None and (not isinstance(inj, int) or inj < 0):
                err(fname, f"{lab}: injured {inj!r}")
            if not isinstance(kbs, dict):
                err(fname, f"{lab}: killed_by_side is not an object")
            else:
                for s, v in kbs.items():
                    if s not in SIDES:
                        err(fname, f"{lab}: unknown side {s!r}")
                    if not isinstance(v, int) or v <= 0:
                        err(fname, f"{lab}: side {s} count {v!r}")
                total = sum(v for v in kbs.values() if isinstance(v, int))
                if total > (killed or 0):
                    err(fname, f"{lab}: killed_by_side sums to {total}, above killed {killed}")
            if not inc["note"]:
                err(fname, f"{lab}: no note")
        # --- not_incidents, relations, actor_profiles
        for s in d["not_incidents"]:
            verbatim("not_incident", s)
        for r in d["relations"]:
            if list(r.keys()) != RELATION_KEYS:
                err(fname, f"relation keys {list(r)} differ from seed shape")
                continue
            for end in ("a", "b"):
                if r[end] not in canon:
                    err(fname, f"relation end {r[end]!r} is not a listed actor")
            verbatim("relation evidence", r["evidence"])
        if not isinstance(d["actor_profiles"], dict):
            err(fname, "actor_profiles is not an object")
        else:
            for name, prof in d["actor_profiles"].items():
                if name not in canon:
                    err(fname, f"actor profile {name!r} is not a listed actor")
                if not set(prof) <= PROFILE_KEYS or "evidence" not in prof:
                    err(fname, f"actor profile {name} keys {list(prof)} differ from seed shape")
                    continue
                verbatim(f"actor profile {name} evidence", prof["evidence"])
                for a in prof.get("area", []):
                    verbatim(f"actor profile {name} area", a)
                for t in prof.get("gtd_target_types", []):
                    if t not in GTD_TARGET:
                        err(fname, f"actor profile {name}: unknown GTD target type {t!r}")
                for t in prof.get("gtd_attack_types", []):
                    if t not in GTD_ATTACK:
                        err(fname, f"actor profile {name}: unknown GTD attack type {t!r}")

    for e in errors:
        print(e)
    print(f"checked {n_files} gold files, {n_inc} incidents (shape from {shape_src}): "
          f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
