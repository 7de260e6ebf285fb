"""Writes AN-NN.txt and AN-NN.gold.json from the hand-written records in data1-3.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data1, data2, data3

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reports = data1.REPORTS + data2.REPORTS + data3.REPORTS
assert [r[0] for r in reports] == list(range(1, 31)), [r[0] for r in reports]
for nn, text, gold in reports:
    with open(os.path.join(OUT, f"AN-{nn:02d}.txt"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, f"AN-{nn:02d}.gold.json"), "w") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")
print("wrote", len(reports), "reports to", OUT)
