"""Rebuild the demo sample in sample/ from ../shared (run from the repository root).

The sample is the one piece of benchmark data allowed inside the repository (see sample/ATTRIBUTION.md):
- the founding article, as scraped;
- SATP South Asia *training* rows about Pakistan (never the dev part, which is for evaluation);
- a run of dated SATP India rows, so that trends have dates to work with.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
SAMPLE = Path("sample/corpus")

# A report is Pakistani when it names a Pakistani place or force and nothing outside Pakistan.
PAKISTAN = re.compile(
    r"\b(Pakistan|Khyber Pakhtunkhwa|Balochistan|Sindh|Karachi|Quetta|Peshawar|Waziristan|FATA|Federally "
    r"Administered Tribal Areas|Islamabad|Rawalpindi|Lahore|Bajaur|Khyber Agency|Kurram|Orakzai|Mohmand|Swat|"
    r"Dera Ismail Khan|Bannu|Lakki Marwat|Gwadar|Turbat|Kech|Panjgur|Khuzdar|Mastung|Frontier Corps|Levies|"
    r"Tehreek e Taliban|Tehreek-e-Taliban|TTP)\b"
)
ELSEWHERE = re.compile(
    r"\b(India|Indian|Maoists?|CPI|Manipur|Assam|Jammu|Kashmir|Chhattisgarh|Jharkhand|Odisha|Orissa|Bihar|"
    r"Nagaland|Tripura|Meghalaya|Bangladesh|Nepal|Sri Lanka|Afghan|Afghanistan|Kabul)\b"
)
INDIA_YEAR, INDIA_ROWS = 2010, 200
SATP = "South Asia Terrorism Portal"


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    (SAMPLE / "articles").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHARED / "seed" / "article-001.txt", SAMPLE / "articles" / "article-001.txt")

    pakistan = []
    for line in (SHARED / "benchmarks" / "satp-southasia" / "train.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if PAKISTAN.search(row["text"]) and not ELSEWHERE.search(row["text"]):
            pakistan.append({"id": row["id"], "publisher": SATP, "text": row["text"]})
    write_jsonl(SAMPLE / "satp-pakistan.jsonl", pakistan)

    india = []
    for line in (SHARED / "benchmarks" / "satp-india" / "dev.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row.get("year") == INDIA_YEAR and row.get("date"):
            india.append({"id": row["id"], "publisher": SATP, "date": row["date"], "text": row["text"]})
    india.sort(key=lambda r: (r["date"], r["id"]))
    india = india[:: max(1, len(india) // INDIA_ROWS)][:INDIA_ROWS]  # spread over the whole year
    write_jsonl(SAMPLE / "satp-india-2010.jsonl", india)
    print(f"sample/: 1 article, {len(pakistan)} Pakistani SATP reports, {len(india)} dated SATP India rows")


if __name__ == "__main__":
    main()
