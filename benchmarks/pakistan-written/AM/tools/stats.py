"""Counts for README.md."""
import collections
import glob
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ev = collections.Counter(); sub = collections.Counter(); prov = collections.Counter()
gtd = collections.Counter(); side = collections.Counter(); per_report = collections.Counter()
words = killed = injured = n = na = npe = npl = nq = nni = 0
nolabel = 0
for p in sorted(glob.glob(os.path.join(OUT, "AM-*.gold.json"))):
    g = json.load(open(p))
    t = open(p.replace(".gold.json", ".txt")).read()
    words += len(t.split())
    na += len(g["actors"]); npe += len(g["people"]); npl += len(g["places"])
    nq += len(g["quotes"]); nni += len(g["not_incidents"])
    per_report[len(g["incidents"])] += 1
    for i in g["incidents"]:
        n += 1
        ev[i["acled_event_type"]] += 1
        sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
        prov[i["admin1"]] += 1
        gtd[i["gtd_attack_type"]] += 1
        killed += i["killed"] or 0
        injured += i["injured"] or 0
        for k, v in i["killed_by_side"].items():
            side[k] += v
        nolabel += (i["killed"] or 0) - sum(i["killed_by_side"].values())
print("words", words, "incidents", n, "per report", dict(per_report))
print("ACLED", dict(ev)); print("sub", dict(sub)); print("GTD", dict(gtd))
print("admin1", dict(prov))
print("killed", killed, "by side", dict(side), "no side", nolabel, "injured", injured)
print("actors", na, "people", npe, "places", npl, "quotes", nq, "not_incidents", nni)
