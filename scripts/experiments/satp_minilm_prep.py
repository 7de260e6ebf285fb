"""Export SATP data for the encoder experiment and score the shipped linear heads the same way."""
import json, sys
from pathlib import Path
from ctwatch import train as T
from ctwatch.eval import mapping
from ctwatch.extract.taxonomy import ACTIONS, PERPETRATOR_SIDES, TARGETS
from ctwatch.extract.heads import load_head
data = T.load_data(Path('/work/shared/benchmarks'))
india_labels = sorted(set(mapping.SATP_INDIA_ACTION.values())); sa_labels = sorted(set(mapping.SATP_SOUTHASIA_ACTION.values()))
def act(r, sa=False):
    g = mapping.map_labels(mapping.SATP_SOUTHASIA_ACTION if sa else mapping.SATP_INDIA_ACTION, r["labels" if sa else "action_types"])
    ann = sa_labels if sa else india_labels
    return [int(l in g) for l in ACTIONS], [int(l in ann) for l in ACTIONS]
rows = []
for r in data["india_train"]:
    y, m = act(r)
    p = mapping.satp_india_perpetrator(r["perpetrator"]) if r.get("perpetrator") else None
    t = mapping.satp_india_target(r["first_target"]) if r.get("first_target") else None
    rows.append({"text": r["text"], "y": y, "m": m, "perp": PERPETRATOR_SIDES.index(p) if p in PERPETRATOR_SIDES else -1,
                 "target": TARGETS.index(t) if t in TARGETS else -1})
for r in data["sa_train"]:
    y, m = act(r, True)
    rows.append({"text": r["text"], "y": y, "m": m, "perp": -1, "target": -1})
json.dump({"train": rows, "india_test": [r["text"] for r in data["india_test"]], "sa_dev": [r["text"] for r in data["sa_dev"]],
           "actions": list(ACTIONS), "perp": list(PERPETRATOR_SIDES), "targets": list(TARGETS)}, open('/tmp/ft2/data.json', 'w'))
print('rows', len(rows))
if len(sys.argv) > 1:
    data["rules"] = T.rule_terms_by_text([r["text"] for r in data["india_test"] + data["sa_dev"]])
    print('actions', json.dumps(T.score_action_head(load_head("actions"), data))[:600])
    for name in ("perpetrator_side", "target"):
        print(name, json.dumps(T.score_class_head(name, load_head(name), data))[:300])
