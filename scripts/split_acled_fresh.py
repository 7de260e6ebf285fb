"""Write the fresh ACLED-style snippets' two halves to two files: even ids (read while extending the
cue lexicon) and odd ids (never read; the generalisation estimate). See docs/acled-typing.md.

    python scripts/split_acled_fresh.py benchmarks/acled-snippets-fresh.jsonl /tmp/acled-fresh
    ctwatch eval acled-snippets /tmp/acled-fresh-hold.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(source: str, prefix: str) -> None:
    halves = {0: Path(f"{prefix}-dev.jsonl"), 1: Path(f"{prefix}-hold.jsonl")}
    lines = Path(source).read_text(encoding="utf-8").splitlines(keepends=True)
    for parity, path in halves.items():
        rows = [line for line in lines if line.strip() and int(json.loads(line)["id"].rsplit("-", 1)[1]) % 2 == parity]
        path.write_text("".join(rows), encoding="utf-8")
        print(f"{path}: {len(rows)} rows")


if __name__ == "__main__":
    main(*sys.argv[1:3])
