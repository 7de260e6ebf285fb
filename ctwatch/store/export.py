"""Export articles as JSON Lines or CSV: one record per article with metadata, repaired text, edits and extraction."""

from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from sqlalchemy.orm import Session

from ..errors import ConfigError
from .extractions import get_extraction
from .repository import iter_articles
from .schema import Article

CSV_COLUMNS = ("id", "uid", "url", "publisher", "title", "author", "published_at", "language", "source",
               "source_place", "source_kind", "duplicate_of", "similarity", "org", "tlp", "text", "edits", "extraction")


def article_record(article: Article, include_raw: bool = False, extraction: dict | None = None) -> dict:
    record = {
        "id": article.id, "uid": article.uid, "url": article.url, "publisher": article.publisher,
        "title": article.title, "author": article.author,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "language": article.language, "source": article.source, "source_place": article.source_place,
        "source_kind": article.source_kind, "duplicate_of": article.duplicate_of_id,
        "similarity": article.similarity, "org": article.org, "tlp": article.tlp, "metadata": article.meta,
        "text": article.text,
        "edits": [
            {"kind": e.kind, "applied": e.applied, "raw_start": e.raw_start, "raw_end": e.raw_end, "start": e.start,
             "end": e.end, "before": e.before, "after": e.after, "reason": e.reason}
            for e in article.edits
        ],
    }
    record["extraction"] = extraction
    if include_raw:
        record["raw_text"] = article.raw_text
        record["char_map"] = article.char_map
    return record


@contextmanager
def _open_output(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    if output.parent and not output.parent.is_dir():
        raise ConfigError(f"cannot write {output}: folder {output.parent} does not exist")
    # Write beside the target and rename at the end, so a failed export never leaves half a file.
    partial = output.with_name(output.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            yield handle
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)


def write_export(session: Session, format: str, output: Path | None, include_raw: bool = False, **filters) -> int:
    count = 0
    with _open_output(output) as handle:
        if format == "jsonl":
            for article in iter_articles(session, **filters):
                record = article_record(article, include_raw, get_extraction(session, article.id))
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
        else:
            columns = CSV_COLUMNS + (("raw_text", "char_map") if include_raw else ())
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for article in iter_articles(session, **filters):
                record = article_record(article, include_raw, get_extraction(session, article.id))
                record["edits"] = json.dumps(record["edits"], ensure_ascii=False)
                record["extraction"] = json.dumps(record["extraction"], ensure_ascii=False)
                if include_raw:
                    record["char_map"] = json.dumps(record["char_map"])
                writer.writerow(record)
                count += 1
    return count
