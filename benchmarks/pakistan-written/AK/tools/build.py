"""Write AK-NN.txt and AK-NN.gold.json into the set folder (one level up)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from texts import TEXTS  # noqa: E402
import gold_a  # noqa: E402
import gold_b  # noqa: E402

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
GOLD = {**gold_a.G, **gold_b.G}
assert sorted(GOLD) == sorted(TEXTS), set(GOLD) ^ set(TEXTS)

for rid in sorted(TEXTS):
    with open(os.path.join(OUT, rid + ".txt"), "w", encoding="utf-8") as f:
        f.write(TEXTS[rid])  # no trailing newline, like the dev .txt files
    g = GOLD[rid]
    g["article"] = rid + ".txt"
    with open(os.path.join(OUT, rid + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(TEXTS), "reports to", OUT)
