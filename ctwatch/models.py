"""The data that flows through ctwatch: ingest -> clean -> store.

Every stage takes and returns these plain, immutable values; nothing here touches the database.
Spans are half-open character offsets ``[start, end)`` into the *repaired* text unless a field
name says ``raw_``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class RawArticle:
    """One document as a source delivered it, before any repair."""

    text: str
    source: str  # file path, URL or "<stdin>"
    place: str = ""  # where in the source: "line 12", "item 3", "row 7" ("" for a whole file)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: datetime | None = None  # publication time as the source states it (naive = unknown zone)
    language: str | None = None
    source_kind: str = "text"  # text | html | feed | url | jsonl | csv | stdin
    metadata: dict[str, Any] = field(default_factory=dict)  # anything else the source gave

    @property
    def location(self) -> str:
        """Source and place in one string, for messages: ``corpus.jsonl, line 12``."""
        return f"{self.source}, {self.place}" if self.place else self.source


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with a reason a person can act on."""

    source: str
    place: str
    reason: str  # short machine-friendly code: empty, binary, undecodable, too_large, malformed, fetch_failed, ...
    detail: str  # one sentence naming the problem

    @property
    def location(self) -> str:
        return f"{self.source}, {self.place}" if self.place else self.source

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}: {self.detail}"


@dataclass(frozen=True)
class Edit:
    """One repair applied to the text, or one problem flagged in it.

    ``raw_start/raw_end`` locate the affected characters in the raw text; ``start/end`` locate the
    result in the repaired text (an empty span where text was removed). A flag (``applied=False``)
    changes nothing: it reports damage that could not be repaired safely, or a near-duplicate.
    """

    kind: str  # drop_cap | glued_words | repeated_paragraph | repeated_sentence | near_duplicate_sentence
    #            | mojibake | whitespace | damaged_text | ...
    raw_start: int
    raw_end: int
    start: int
    end: int
    before: str
    after: str
    reason: str
    applied: bool = True


@dataclass(frozen=True)
class CharMap:
    """Maps repaired-text offsets back to raw-text offsets.

    Stored compactly as aligned runs ``(start, raw_start, length)``: repaired characters
    ``start..start+length`` came from raw ``raw_start..raw_start+length``. Repaired characters in no
    run were inserted by a repair (the space that splits ``networkthat``).
    """

    runs: tuple[tuple[int, int, int], ...]

    def to_raw(self, offset: int) -> int | None:
        """Raw offset of the repaired character at ``offset``, or None if a repair inserted it."""
        lo, hi = 0, len(self.runs)
        while lo < hi:
            mid = (lo + hi) // 2
            start, raw_start, length = self.runs[mid]
            if offset < start:
                hi = mid
            elif offset >= start + length:
                lo = mid + 1
            else:
                return raw_start + (offset - start)
        return None

    def raw_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The smallest raw span covering the mapped characters of repaired ``[start, end)``."""
        mapped = [r for i in range(start, end) if (r := self.to_raw(i)) is not None] if end - start < 4096 else None
        if mapped is None:
            first = next((r for i in range(start, end) if (r := self.to_raw(i)) is not None), None)
            last = next((r for i in range(end - 1, start - 1, -1) if (r := self.to_raw(i)) is not None), None)
            return None if first is None or last is None else (first, last + 1)
        return (min(mapped), max(mapped) + 1) if mapped else None

    def to_json(self) -> list[list[int]]:
        return [list(run) for run in self.runs]

    @classmethod
    def from_json(cls, runs: list[list[int]]) -> "CharMap":
        return cls(tuple((int(a), int(b), int(c)) for a, b, c in runs))

    @classmethod
    def identity(cls, length: int) -> "CharMap":
        return cls(((0, 0, length),) if length else ())


@dataclass(frozen=True)
class RepairResult:
    """What the clean stage makes of a raw text."""

    text: str
    char_map: CharMap
    edits: tuple[Edit, ...]

    @property
    def flags(self) -> tuple[Edit, ...]:
        return tuple(e for e in self.edits if not e.applied)


def content_fingerprint(text: str) -> str:
    """SHA-256 of the text with Unicode and whitespace normalised: equal for re-scraped copies that
    differ only in line endings or spacing, so re-ingesting them adds nothing."""
    normal = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
