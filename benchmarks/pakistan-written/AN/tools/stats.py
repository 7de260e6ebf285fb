"""Counts for the README."""
import json, glob, os, collections as C
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ev = C.Counter(); sub = C.Counter(); prov = C.Counter(); side = C.Counter(); gtd = C.Counter()
words = 0; killed = 0; injured = 0; nact = npeo = npl = nq = 0; per = C.Counter(); rprov = C.Counter()
for gf in sorted(glob.glob(os.path.join(HERE, "AN-*.gold.json"))):
    g = json.load(open(gf)); t = open(gf.replace(".gold.json", ".txt")).read()
    words += len(t.split()); nact += len(g["actors"]); npeo += len(g["people"]); npl += len(g["places"]); nq += len(g["quotes"])
    per[len(g["incidents"])] += 1
    rprov[g["incidents"][0]["admin1"]] += 1
    for i in g["incidents"]:
        ev[i["acled_event_type"]] += 1; sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
        prov[i["admin1"]] += 1; gtd[i["gtd_attack_type"]] += 1
        killed += i["killed"] or 0; injured += i["injured"] or 0
        for k, v in i["killed_by_side"].items(): side[k] += v
print("words", words, "mean", words / 30)
print("incidents per report", dict(per), "total", sum(k * v for k, v in per.items()))
print("by event type", dict(ev)); print("by sub-event")
for k, v in sorted(sub.items()): print("  ", k, v)
print("by admin1 (incidents)", dict(prov)); print("by admin1 (lead incident of report)", dict(rprov))
print("GTD", dict(gtd))
print("killed", killed, "by side", dict(side), "no side", killed - sum(side.values()), "injured", injured)
print("actors", nact, "people", npeo, "places", npl, "quotes", nq)
