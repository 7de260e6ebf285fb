"""Counts for README.md: reports, words, incidents by type and province, killed by side, entries."""
import json, glob, os, collections
AT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = collections.Counter
ev, sub, prov, sides, gtd, n_inc = C(), C(), C(), C(), C(), C()
words = killed = injured = actors = people = places = 0
reports = 0
for f in sorted(glob.glob(os.path.join(AT, "AT-*.gold.json"))):
    g = json.load(open(f)); reports += 1
    words += len(open(f.replace(".gold.json", ".txt")).read().split())
    actors += len(g["actors"]); people += len(g["people"]); places += len(g["places"])
    n_inc[len(g["incidents"])] += 1
    for i in g["incidents"]:
        ev[i["acled_event_type"]] += 1; sub[(i["acled_event_type"], i["acled_sub_event_type"])] += 1
        prov[i["admin1"]] += 1; gtd[i["gtd_attack_type"]] += 1
        killed += i["killed"]; injured += i["injured"] or 0
        for k, v in i["killed_by_side"].items(): sides[k] += v
        sides["no side given"] += i["killed"] - sum(i["killed_by_side"].values())
print("reports", reports, "words", words, "mean", round(words / reports))
print("reports by number of incidents", dict(sorted(n_inc.items())))
print("incidents", sum(ev.values()))
print("by ACLED type", ev.most_common())
for k, v in sorted(sub.items()): print("  ", k, v)
print("by GTD", gtd.most_common())
print("by province", prov.most_common())
print("killed", killed, dict(sides), "injured (stated counts)", injured)
print("actor entries", actors, "people", people, "places", places)
