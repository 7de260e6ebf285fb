"""Write SATP India's held-out fifth and the rest to two files, by the rule the heads are trained with.

    python scripts/split_satp_india.py ../shared/benchmarks/satp-india/dev.jsonl /tmp/satp-india
    ctwatch eval satp-india /tmp/satp-india-heldout.jsonl

Only a dev part of SATP India is given; the rows with ``int(sha1(id), 16) % 5 == 0`` are never used to
train or tune anything (``ctwatch.train.is_heldout``), so scores on them are not in-sample.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ctwatch.train import is_heldout


def main(source: str, prefix: str) -> None:
    held, rest = Path(f"{prefix}-heldout.jsonl"), Path(f"{prefix}-tune.jsonl")
    counts = [0, 0]
    with open(source, encoding="utf-8") as rows, held.open("w", encoding="utf-8") as h, rest.open("w", encoding="utf-8") as r:
        for line in rows:
            out = h if is_heldout(json.loads(line)["id"]) else r
            out.write(line)
            counts[out is r] += 1
    print(f"{held}: {counts[0]} rows, {rest}: {counts[1]} rows")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
