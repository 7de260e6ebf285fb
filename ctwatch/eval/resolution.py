"""``ctwatch eval resolution FILE``: score incident resolution against hand-labelled clusters.

The gold file (``benchmarks/resolution/*.gold.json``) names a JSONL corpus (``source``, relative to
the gold file's folder) and lists incidents, each with the documents that report it. ctwatch
extracts every document of the corpus exactly as ``ctwatch extract`` does, resolves all their
mentions as ``ctwatch resolve`` does, and a document then belongs to every predicted incident that
holds one of its mentions.

Scores, over documents (a document may report several incidents, so both are the overlapping forms):
- ``pairwise``: a pair of documents is linked when they share an incident; precision, recall and F1
  of the predicted links against the gold links.
- ``bcubed``: extended B-cubed (Amigó et al. 2009, "A comparison of extrinsic clustering evaluation
  metrics", section 5): per document, the multiplicity precision and recall against every document
  it shares a predicted (resp. gold) incident with, itself included, averaged over the documents
  with at least one predicted (resp. gold) incident. ``bcubed_gold_documents`` scores only the
  documents that report a gold incident: resolution apart from incident detection.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..resolve.incidents import resolve
from ..resolve.mentions import ArticleFacts, mention_facts
from .runner import rounded

# IndiaPoliceEvents texts open with their publication date: "This story is from March 9, 2002".
STORY_DATE = re.compile(r"this story is from ([a-z]+ \d{1,2}, \d{4})", re.IGNORECASE)
CORPUS_NAMESPACE = uuid.UUID("0f5d8e3c-2b7a-4c1e-8f6d-3a9b2c4d5e6f")


def read_gold(path: Path) -> tuple[dict[str, set[str]], Path, str | None]:
    """Gold memberships (document id -> incident ids), the corpus path, and its publisher if named."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise SourceError(f"{path}: cannot read the resolution gold file: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("incidents"), list) or "source" not in data:
        raise SourceError(f"{path}: a resolution gold file needs \"source\" and an \"incidents\" list")
    membership: dict[str, set[str]] = {}
    for index, incident in enumerate(data["incidents"]):
        if not isinstance(incident, dict) or not incident.get("id") or not isinstance(incident.get("documents"), list) \
                or not incident["documents"]:
            raise SourceError(f"{path}: incident {index} needs an \"id\" and a non-empty \"documents\" list")
        for document in incident["documents"]:
            membership.setdefault(document, set()).add(incident["id"])
    return membership, (path.parent / data["source"]).resolve(), data.get("publisher")


def read_corpus(path: Path) -> Iterator[tuple[str, str, dt.date | None]]:
    """(id, text, publication date) per JSONL row; the date from the row's ``published`` or ``date``, or its dateline."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SourceError(f"{path}: cannot read the corpus the gold file names: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise SourceError(f"{path}:{number}: not JSON: {error}") from error
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("text"), str):
            raise SourceError(f"{path}:{number}: a corpus row needs \"id\" and a \"text\" string")
        try:
            published = _published(row)
        except ValueError as error:
            raise SourceError(f"{path}:{number}: the publication date cannot be read: {error}") from error
        yield str(row["id"]), row["text"], published


def _published(row: dict) -> dt.date | None:
    if row.get("published") or row.get("date"):
        return dt.date.fromisoformat(str(row.get("published") or row["date"])[:10])
    match = STORY_DATE.search(row["text"][:200])
    return dt.datetime.strptime(match.group(1).title(), "%B %d, %Y").date() if match else None


def predicted_membership(documents: list[tuple[str, str, dt.date | None]], publisher: str | None) -> dict[str, set[str]]:
    """Document id -> predicted incident indices, from the shipped extraction and resolution."""
    from ..extract.pipeline import Item, extract_many

    mentions = []
    extractions = extract_many(Item(text, published) for _, text, published in documents)
    for number, ((doc_id, text, published), extraction) in enumerate(zip(documents, extractions), 1):
        article = ArticleFacts(id=number, uid=str(uuid.uuid5(CORPUS_NAMESPACE, doc_id)), text=text, publisher=publisher,
                               published_at=dt.datetime.combine(published, dt.time()) if published else None)
        mentions.extend(mention_facts(event, seq, article) for seq, event in enumerate(extraction.events))
    ids = [doc_id for doc_id, _, _ in documents]
    membership: dict[str, set[str]] = {}
    for index, cluster in enumerate(resolve(mentions)):
        for m in cluster:
            membership.setdefault(ids[m.article_id - 1], set()).add(str(index))
    return membership


def pairwise(gold: Mapping[str, set[str]], pred: Mapping[str, set[str]]) -> dict[str, float]:
    def links(membership: Mapping[str, set[str]]) -> set[tuple[str, str]]:
        return {(a, b) for a, b in combinations(sorted(membership), 2) if membership[a] & membership[b]}

    return _prf(links(gold), links(pred))


def extended_bcubed(gold: Mapping[str, set[str]], pred: Mapping[str, set[str]]) -> dict[str, float]:
    def score(base: Mapping[str, set[str]], other: Mapping[str, set[str]]) -> float | None:
        per_item = []
        for e, clusters in base.items():
            if not clusters:
                continue
            partners = [e2 for e2, c2 in base.items() if clusters & c2]
            per_item.append(sum(min(len(clusters & base[e2]), len(other.get(e, set()) & other.get(e2, set())))
                                / len(clusters & base[e2]) for e2 in partners) / len(partners))
        return sum(per_item) / len(per_item) if per_item else None

    precision, recall = score(pred, gold), score(gold, pred)
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall)}


def _prf(gold: set, pred: set) -> dict[str, float | None]:
    hits = len(gold & pred)
    precision = hits / len(pred) if pred else None
    recall = hits / len(gold) if gold else None
    return {"precision": precision, "recall": recall, "f1": _f1(precision, recall), "n": len(gold)}


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return 2 * precision * recall / (precision + recall)


def run_resolution_eval(path: Path | str, limit: int | None = None) -> dict[str, Any]:
    path = Path(path)
    gold, corpus, publisher = read_gold(path)
    documents = list(_first(read_corpus(corpus), limit))
    known = {doc_id for doc_id, _, _ in documents}
    missing = sorted(set(gold) - known)
    if missing and limit is None:
        raise SourceError(f"{path}: documents {', '.join(missing[:5])} are not in {corpus}")
    gold = {doc: incidents for doc, incidents in gold.items() if doc in known}
    started = time.perf_counter()
    pred = predicted_membership(documents, publisher)
    seconds = time.perf_counter() - started
    every = {doc_id: gold.get(doc_id, set()) for doc_id in known}
    predicted = {doc_id: pred.get(doc_id, set()) for doc_id in known}
    result = {
        "benchmark": "resolution", "file": str(path), "n": len(documents),
        "metrics": {"pairwise": pairwise(every, predicted), "bcubed": extended_bcubed(every, predicted),
                    "bcubed_gold_documents": extended_bcubed(gold, {d: predicted[d] for d in gold})},
        "gold_incidents": len({i for s in every.values() for i in s}),
        "predicted_incidents": len({i for s in predicted.values() for i in s}),
        "notes": ["documents are the items; a document belongs to every incident it reports (overlapping clusters)",
                  "bcubed_gold_documents: only the documents that report a gold incident, so incidents detected in "
                  "other documents do not count against precision (resolution apart from detection)"],
        "seconds": round(seconds, 4), "items_per_second": round(len(documents) / seconds, 2) if seconds else None,
    }
    result["metrics"]["bcubed"]["n"] = result["metrics"]["bcubed_gold_documents"]["n"] = len(gold)
    return rounded(result)


def _first(rows: Iterable, limit: int | None) -> Iterator:
    for number, row in enumerate(rows):
        if limit is not None and number >= limit:
            return
        yield row
