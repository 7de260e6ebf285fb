#!/usr/bin/env python3
"""Check the DH-NN.gold.json files of this folder against their reports and the dev gold shape.

Usage: python3 check_gold.py [FOLDER] [--dev DEV_GOLD_DIR]
Prints one line per error and a summary; exit status 1 if any error.

Checks
- every DH-NN.txt has a DH-NN.gold.json and the JSON parses;
- top-level keys (and their order) match a dev gold file; the keys of cleaning, actors, people,
  places, incidents match too (quotes: speaker/starts[/note]; relations: a/b/kind/evidence);
- `article` names the .txt beside it; `about` is the fixed sentence;
- verbatim: every incident `what`, `date_text`, `location`, place `name`, actor and person
  `mention`, quote `starts`, relation `evidence`, `not_incidents` entry (pieces around '...'),
  and cleaning `must_not_contain` / `keep_unchanged` / `near_duplicate_sentences` /
  `flag_as_damaged` string appears word for word in the report;
- cleaning `must_contain` strings appear in the report once whitespace, line-break hyphens,
  drop-cap debris and quote styles are normalised (they are repaired text), and no
  `must_not_contain` string is inside a `must_contain` string;
- each incident location is one of the file's places, with the same admin1/admin2;
- ACLED event/sub-event pairs are valid; GTD attack types valid or null;
- actor1/actor2 are a listed actor's canonical name or a generic label, or null;
- geo_precision in 1..3; killed/injured non-negative ints or null;
- killed_by_side keys are known sides and never sum above killed.
"""
import glob
import json
import os
import re
import sys

DEV_DEFAULT = "/work/shared/benchmarks/pakistan-gold-dev"

# Fallback shape (copied from the dev gold files) when the dev folder is not reachable.
TOP_KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
            "incidents", "not_incidents", "relations", "actor_profiles"]
SUB_KEYS = {
    "cleaning": ["must_contain", "must_not_contain", "keep_unchanged", "near_duplicate_sentences",
                 "flag_as_damaged"],
    "actors": ["canonical", "kind", "acled_inter", "mentions"],
    "people": ["canonical", "mentions", "roles"],
    "places": ["name", "kind", "admin1", "admin2"],
    "incidents": ["what", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "actor1", "actor2",
                  "country", "admin1", "admin2", "location", "geo_precision", "date_text", "killed",
                  "killed_by_side", "injured", "note"],
}

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
GTD = {"Assassination", "Armed Assault", "Bombing/Explosion", "Hijacking",
       "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack",
       "Unarmed Assault", "Unknown"}
GENERIC_ACTORS = {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}
SIDES = {"security_forces", "civilians", "militants", "unknown"}
ABOUT = "Hand-coded from the text alone."


def dev_shape(dev_dir):
    files = sorted(glob.glob(os.path.join(dev_dir, "*.gold.json")))
    if not files:
        return TOP_KEYS, SUB_KEYS, "built-in copy"
    top, sub = None, {k: None for k in SUB_KEYS}
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        top = top or list(d.keys())
        if sub["cleaning"] is None:
            sub["cleaning"] = list(d["cleaning"].keys())
        for k in ("actors", "people", "places", "incidents"):
            if sub[k] is None and d[k]:
                sub[k] = list(d[k][0].keys())
    for k, v in sub.items():
        if v is None:
            sub[k] = SUB_KEYS[k]
    return top, sub, dev_dir


def norm(s):
    """Loose form for repaired text: drop-cap debris, line-break hyphens, quotes, whitespace."""
    s = re.sub(r"\|\s*([A-Z])\s*\|\s*", r"\1", s)
    s = re.sub(r"-\s*\n\s*", "-", s)          # bullet-\nriddled -> bullet-riddled
    s = re.sub(r"(\w)- (\w)", r"\1\2", s)      # secu- rity -> security
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", "", s)


def norm_hyphen_free(s):
    return norm(s).replace("-", "")


def check_file(gpath, top, sub):
    errs = []
    base = os.path.basename(gpath)[:-len(".gold.json")]
    tpath = os.path.join(os.path.dirname(gpath), base + ".txt")

    def E(msg):
        errs.append("%s: %s" % (base, msg))

    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa
        E("JSON does not parse: %s" % e)
        return errs
    if not os.path.exists(tpath):
        E("no report %s" % os.path.basename(tpath))
        return errs
    text = open(tpath, encoding="utf-8").read()

    def verbatim(s, what):
        if s is None:
            return
        if not isinstance(s, str) or not s:
            E("%s is not a non-empty string: %r" % (what, s))
        elif s not in text:
            E("%s not verbatim in report: %r" % (what, s))

    # shape
    if list(g.keys()) != top:
        E("top-level keys %s != dev %s" % (list(g.keys()), top))
        return errs
    if g["article"] != base + ".txt":
        E("article %r should be %r" % (g["article"], base + ".txt"))
    if g["about"] != ABOUT:
        E("about is %r" % g["about"])
    if list(g["cleaning"].keys()) != sub["cleaning"]:
        E("cleaning keys %s" % list(g["cleaning"].keys()))
    for k in ("actors", "people", "places", "incidents"):
        for i, item in enumerate(g[k]):
            if list(item.keys()) != sub[k]:
                E("%s[%d] keys %s != dev %s" % (k, i, list(item.keys()), sub[k]))
    for i, q in enumerate(g["quotes"]):
        if set(q) - {"speaker", "starts", "note"} or not {"speaker", "starts"} <= set(q):
            E("quotes[%d] keys %s" % (i, list(q)))
    for i, r in enumerate(g["relations"]):
        if set(r) != {"a", "b", "kind", "evidence"}:
            E("relations[%d] keys %s" % (i, list(r)))
    if not isinstance(g["not_incidents"], list) or not isinstance(g["actor_profiles"], dict):
        E("not_incidents must be a list and actor_profiles a dict")

    # cleaning
    cl = g["cleaning"]
    for s in cl["must_not_contain"]:
        verbatim(s, "cleaning.must_not_contain")
    for s in cl["keep_unchanged"]:
        verbatim(s, "cleaning.keep_unchanged")
    for s in cl["flag_as_damaged"]:
        verbatim(s, "cleaning.flag_as_damaged")
    for pair in cl["near_duplicate_sentences"]:
        if not isinstance(pair, list) or len(pair) != 2:
            E("near_duplicate_sentences entry is not a pair: %r" % (pair,))
            continue
        for s in pair:
            verbatim(s, "cleaning.near_duplicate_sentences")
    nt = norm(text)
    for s in cl["must_contain"]:
        if norm(s) not in nt and norm_hyphen_free(s) not in norm_hyphen_free(text):
            E("cleaning.must_contain not found even after normalising: %r" % s)
        for bad in cl["must_not_contain"]:
            if bad in s:
                E("must_contain %r contains must_not_contain %r" % (s, bad))

    # actors, people, places, quotes, relations, not_incidents
    canon = set()
    for a in g["actors"]:
        canon.add(a["canonical"])
        if a["kind"] not in ("state_force", "armed_group"):
            E("actor %s kind %r" % (a["canonical"], a["kind"]))
        if a["acled_inter"] not in range(1, 9):
            E("actor %s acled_inter %r" % (a["canonical"], a["acled_inter"]))
        if not a["mentions"]:
            E("actor %s has no mentions" % a["canonical"])
        for m in a["mentions"]:
            verbatim(m, "actor mention")
    for p in g["people"]:
        if not p["mentions"]:
            E("person %s has no mentions" % p["canonical"])
        for m in p["mentions"]:
            verbatim(m, "person mention")
    places = {}
    for p in g["places"]:
        verbatim(p["name"], "place name")
        places.setdefault(p["name"], []).append((p["admin1"], p["admin2"]))
    for q in g["quotes"]:
        verbatim(q["starts"], "quote starts")
    for r in g["relations"]:
        verbatim(r["evidence"], "relation evidence")
        for k in ("a", "b"):
            if r[k] not in canon:
                E("relation %s %r is not a listed actor" % (k, r[k]))
    for s in g["not_incidents"]:
        for piece in s.split("..."):
            verbatim(piece.strip(), "not_incidents entry")
    for name in g["actor_profiles"]:
        if name not in canon:
            E("actor_profiles key %r is not a listed actor" % name)

    # incidents
    for i, inc in enumerate(g["incidents"]):
        tag = "incident %d" % (i + 1)
        verbatim(inc["what"], tag + " what")
        verbatim(inc["date_text"], tag + " date_text")
        verbatim(inc["location"], tag + " location")
        et, st = inc["acled_event_type"], inc["acled_sub_event_type"]
        if et not in ACLED or st not in ACLED[et]:
            E("%s invalid ACLED pair %r / %r" % (tag, et, st))
        if inc["gtd_attack_type"] is not None and inc["gtd_attack_type"] not in GTD:
            E("%s invalid GTD attack type %r" % (tag, inc["gtd_attack_type"]))
        for k in ("actor1", "actor2"):
            v = inc[k]
            if v is not None and v not in canon and v not in GENERIC_ACTORS:
                E("%s %s %r is neither a listed actor nor a generic label" % (tag, k, v))
        if inc["country"] != "Pakistan":
            E("%s country %r" % (tag, inc["country"]))
        loc = inc["location"]
        if loc not in places:
            E("%s location %r is not one of the places" % (tag, loc))
        elif (inc["admin1"], inc["admin2"]) not in places[loc]:
            E("%s admin1/admin2 %r/%r differ from place %r %s" % (tag, inc["admin1"], inc["admin2"], loc,
                                                                 places[loc]))
        if inc["geo_precision"] not in (1, 2, 3):
            E("%s geo_precision %r" % (tag, inc["geo_precision"]))
        for k in ("killed", "injured"):
            v = inc[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                E("%s %s %r" % (tag, k, v))
        kbs = inc["killed_by_side"]
        if not isinstance(kbs, dict):
            E("%s killed_by_side is not a dict" % tag)
            continue
        if set(kbs) - SIDES:
            E("%s unknown sides %s" % (tag, sorted(set(kbs) - SIDES)))
        total = sum(v for v in kbs.values() if isinstance(v, int))
        if kbs and (inc["killed"] is None or total > inc["killed"]):
            E("%s killed_by_side sums to %d > killed %r" % (tag, total, inc["killed"]))
        if not inc["note"]:
            E("%s has no note" % tag)
    return errs


def main(argv):
    folder = os.path.dirname(os.path.abspath(__file__))
    dev = DEV_DEFAULT
    args = list(argv)
    if "--dev" in args:
        j = args.index("--dev")
        dev = args[j + 1]
        del args[j:j + 2]
    if args:
        folder = args[0]
    top, sub, src = dev_shape(dev)
    golds = sorted(glob.glob(os.path.join(folder, "DH-*.gold.json")))
    txts = sorted(glob.glob(os.path.join(folder, "DH-*.txt")))
    errs = []
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            errs.append("%s: no gold file" % os.path.basename(t))
    for gp in golds:
        errs.extend(check_file(gp, top, sub))
    for e in errs:
        print(e)
    n_inc = 0
    for gp in golds:
        try:
            n_inc += len(json.load(open(gp, encoding="utf-8"))["incidents"])
        except Exception:  # noqa
            pass
    print("checked %d gold files (%d reports, %d incidents) against dev shape from %s: %d errors"
          % (len(golds), len(txts), n_inc, src, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
