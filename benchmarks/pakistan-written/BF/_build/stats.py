import json, glob, os, collections
here = os.path.join(os.path.dirname(__file__), "..")
C = collections.Counter
ev, sub, prov, side, pub = C(), C(), C(), C(), C()
words = killed = injured = nact = npeo = npla = ninc = nq = nni = 0
per = []
for f in sorted(glob.glob(os.path.join(here, "BF-*.gold.json"))):
    d = json.load(open(f)); t = open(os.path.join(here, d["article"])).read()
    words += len(t.split()); nact += len(d["actors"]); npeo += len(d["people"]); npla += len(d["places"])
    nq += len(d["quotes"]); nni += len(d["not_incidents"]); pub[d["publisher"]] += 1
    per.append((d["article"], len(d["incidents"]), len(t.split())))
    for i in d["incidents"]:
        ninc += 1; ev[i["acled_event_type"]] += 1; sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
        prov[i["admin1"]] += 1; killed += i["killed"] or 0; injured += i["injured"] or 0
        for k, v in i["killed_by_side"].items(): side[k] += v
print("words", words, "incidents", ninc, "killed", killed, "injured", injured, "sides", dict(side),
      "unsided", killed - sum(side.values()))
print("actors", nact, "people", npeo, "places", npla, "quotes", nq, "not_incidents", nni)
print(ev); print(sub); print(prov); print(pub)
print(C(n for _, n, _ in per)); print(per)
