# Writes AX-NN.txt and AX-NN.gold.json into the set folder.
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import common, data1, data2  # noqa: F401  (data modules register reports)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for r in common.REPORTS:
    with open(os.path.join(OUT, f"AX-{r['num']}.txt"), "w") as f:
        f.write(r["text"])
    with open(os.path.join(OUT, f"AX-{r['num']}.gold.json"), "w") as f:
        json.dump(r["gold"], f, indent=2, ensure_ascii=False)
        f.write("\n")
print(len(common.REPORTS), "reports written")
