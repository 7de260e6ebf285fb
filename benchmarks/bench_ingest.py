"""Ingest and repair throughput on this machine: `make bench` (figures go in docs/performance.md).

Measures, on the bundled sample and on a generated corpus:
- repair alone (characters per second), including one 2 MB document;
- a full ingest into a fresh SQLite file (documents per second: read, repair, MinHash, store);
- the same ingest again, where every document is an exact duplicate;
- extraction (spaCy, actors, people, quotes, places, heads, incidents) over the sample's texts.
"""

from __future__ import annotations

import json
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

from ctwatch.clean import repair
from ctwatch.extract.pipeline import Item, extract_many
from ctwatch.pipeline import ingest
from ctwatch.settings import load_settings
from ctwatch.store.database import open_store

REPO = Path(__file__).resolve().parents[1]
SAMPLE = [REPO / "sample" / "corpus" / "satp-pakistan.jsonl", REPO / "sample" / "corpus" / "satp-india-2010.jsonl"]


def _timed(function):
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def _generated_corpus(path: Path, rows: int) -> None:
    texts = [json.loads(line)["text"] for source in SAMPLE for line in source.open(encoding="utf-8")]
    words = " ".join(texts).split()
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(rows):
            start = rng.randrange(len(words) - 400)
            body = " ".join(words[start : start + rng.randrange(80, 400)])
            handle.write(json.dumps({"id": f"g{i}", "text": f"Report {i}. {body}"}) + "\n")


def main() -> None:
    results: dict[str, object] = {"python": platform.python_version(), "machine": platform.machine()}
    seed = (REPO / "sample" / "corpus" / "articles" / "article-001.txt").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for source in SAMPLE for line in source.open(encoding="utf-8")] + [seed]
    characters = sum(map(len, texts))
    _, seconds = _timed(lambda: [repair(t) for t in texts])
    results["repair_sample_chars_per_second"] = round(characters / seconds)

    big = "\n\n".join(texts * 1000)[: 2 * 1024 * 1024]
    _, seconds = _timed(lambda: repair(big))
    results["repair_2mb_document_seconds"] = round(seconds, 2)

    list(extract_many([Item(texts[0])]))  # load spaCy and the heads outside the timing
    _, seconds = _timed(lambda: list(extract_many(Item(t) for t in texts)))
    results["extract_sample_docs_per_second"] = round(len(texts) / seconds, 1)
    results["extract_sample_words_per_second"] = round(sum(len(t.split()) for t in texts) / seconds)

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "generated.jsonl"
        _generated_corpus(corpus, 5000)
        for name, sources in (("sample_549_docs", [str(p) for p in SAMPLE]), ("generated_5000_docs", [str(corpus)])):
            db = str(Path(folder) / f"{name}.db")
            store = open_store(db)
            settings = load_settings(db=db)
            summary, seconds = _timed(lambda: ingest(sources, store, settings))  # ingest only, no extraction
            documents = summary.new + summary.near_duplicate + summary.duplicate + summary.rejected
            results[f"ingest_{name}_per_second"] = round(documents / seconds, 1)
            again, seconds = _timed(lambda: ingest(sources, store, settings))
            results[f"reingest_{name}_per_second"] = round((again.duplicate + again.rejected) / seconds, 1)
            store.close()

    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key:<{width}}  {value}")
    json.dump(results, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
