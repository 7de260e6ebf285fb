"""Write the 30 AT-NN.txt reports from texts.py (no trailing newline, like the dev files)."""
import os
from texts import TEXTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for rid, text in TEXTS.items():
    assert "'" not in text and '"' not in text and "-" not in text, rid  # SATP style: punctuation stripped
    with open(os.path.join(OUT, rid + ".txt"), "w") as f:
        f.write(text)
print(len(TEXTS), "reports written")
