"""Write BZ-NN.txt and BZ-NN.gold.json from the hand-written data in reports_*.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reports_a, reports_b, reports_c

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reports = reports_a.REPORTS + reports_b.REPORTS + reports_c.REPORTS
assert [r[0] for r in reports] == [f"BZ-{i:02d}" for i in range(1, 31)], [r[0] for r in reports]
for rid, text, g in reports:
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(text)                      # like the dev .txt files: no trailing newline
    with open(os.path.join(OUT, rid + ".gold.json"), "w") as f:
        json.dump(g, f, indent=2, ensure_ascii=True)
        f.write("\n")
print("wrote", len(reports), "pairs to", OUT)
