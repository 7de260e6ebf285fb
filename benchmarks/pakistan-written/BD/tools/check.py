"""Checks every BD gold file: JSON shape equals a dev gold file, and every copied string occurs verbatim."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEV = "/work/shared/benchmarks/pakistan-gold-dev"
ref = json.load(open(os.path.join(DEV, "satp-sa-dev-109.gold.json")))
TOP = list(ref)
INC = list(ref["incidents"][0])
ACT = list(ref["actors"][0]); PEO = ["canonical", "mentions", "roles"]; PLA = list(ref["places"][0])
CLEAN = list(ref["cleaning"])
GENERIC = {"Unidentified Armed Group", "Civilians", "Protesters", None}
SIDES = {"civilians", "militants", "security_forces"}
problems = []
def bad(f, msg): problems.append(f"{f}: {msg}")
for gf in sorted(glob.glob(os.path.join(HERE, "BD-*.gold.json"))):
    f = os.path.basename(gf)
    try:
        g = json.load(open(gf, encoding="utf-8"))
    except Exception as e:
        bad(f, f"JSON error {e}"); continue
    txt = open(os.path.join(HERE, g["article"]), encoding="utf-8").read()
    if g["article"] != f.replace(".gold.json", ".txt"): bad(f, "article name")
    if list(g) != TOP: bad(f, f"top keys {list(g)}")
    if list(g["cleaning"]) != CLEAN: bad(f, "cleaning keys")
    if re.search(r"[-'\u2019\"]", txt): bad(f, "text has hyphen/apostrophe/quote mark")
    def need(s, what):
        if s is None: return
        if s not in txt: bad(f, f"{what} not verbatim: {s!r}")
        elif not re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", txt): bad(f, f"{what} only inside a longer word: {s!r}")
    canon = set()
    for a in g["actors"]:
        if list(a) != ACT: bad(f, f"actor keys {list(a)}")
        canon.add(a["canonical"])
        for m in a["mentions"]: need(m, "actor mention")
    for p in g["people"]:
        if list(p) != PEO: bad(f, f"person keys {list(p)}")
        for m in p["mentions"]: need(m, "person mention")
    places = {}
    for p in g["places"]:
        if list(p) != PLA: bad(f, f"place keys {list(p)}")
        need(p["name"], "place name"); places[p["name"]] = p
    for q in g["quotes"]:
        need(q["starts"], "quote start")
    for i in g["incidents"]:
        if list(i) != INC: bad(f, f"incident keys {list(i)}")
        need(i["what"], "what"); need(i["date_text"], "date_text"); need(i["location"], "location")
        if i["location"] not in places: bad(f, f"location not a place: {i['location']}")
        else:
            p = places[i["location"]]
            if (p["admin1"], p["admin2"]) != (i["admin1"], i["admin2"]): bad(f, f"admin mismatch at {i['location']}")
        for k in ("actor1", "actor2"):
            if i[k] not in GENERIC and i[k] not in canon: bad(f, f"{k} {i[k]!r} not in actors")
        if not set(i["killed_by_side"]) <= SIDES: bad(f, "bad side key")
        if i["killed"] is not None and sum(i["killed_by_side"].values()) > i["killed"]: bad(f, "sides exceed killed")
        if i["geo_precision"] not in (1, 2, 3): bad(f, "geo")
        if not i["note"]: bad(f, "no note")
print("\n".join(problems) or "all checks passed")
sys.exit(1 if problems else 0)
