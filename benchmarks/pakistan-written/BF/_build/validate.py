import json, glob, os, collections
DEVDIR = "/work/shared/benchmarks/pakistan-gold-dev/"
dev = [json.load(open(f)) for f in glob.glob(DEVDIR + "*.gold.json")]
top = list(dev[0]); inc = list(dev[0]["incidents"][0])
act = ["canonical", "kind", "acled_inter", "mentions"]; peo = ["canonical", "mentions", "roles"]
pla = ["name", "kind", "admin1", "admin2"]; cle = list(dev[0]["cleaning"])
here = os.path.join(os.path.dirname(__file__), "..")
bad = 0
files = sorted(glob.glob(os.path.join(here, "BF-*.gold.json")))
for f in files:
    d = json.load(open(f))           # parses
    ok = (list(d) == top and list(d["cleaning"]) == cle
          and all(list(i) == inc for i in d["incidents"])
          and all(list(a) == act for a in d["actors"])
          and all(list(p) == peo for p in d["people"])
          and all(list(p) == pla for p in d["places"])
          and all(list(q) == ["speaker", "starts"] for q in d["quotes"])
          and os.path.exists(os.path.join(here, d["article"]))
          and d["article"] == os.path.basename(f).replace(".gold.json", ".txt"))
    if not ok:
        bad += 1; print("BAD", f)
print(len(files), "gold files parsed;", bad, "with key/shape differences from the dev gold files")

# word-for-word check of every string that must come from the report
miss = 0
for f in files:
    d = json.load(open(f)); t = open(os.path.join(here, d["article"])).read()
    strs = [m for a in d["actors"] for m in a["mentions"]] + [m for p in d["people"] for m in p["mentions"]]
    strs += [p["name"] for p in d["places"]] + [q["starts"] for q in d["quotes"]] + d["not_incidents"]
    for i in d["incidents"]:
        strs += [s for s in (i["what"], i["date_text"], i["location"]) if s is not None]
    for s in strs:
        if s not in t:
            miss += 1; print("MISS", os.path.basename(f), repr(s))
print(miss, "strings not found word for word in their reports")
