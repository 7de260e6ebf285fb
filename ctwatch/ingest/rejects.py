"""The one exception the ingest readers raise for a bad document; the iterator turns it into a Rejection."""

from __future__ import annotations

from ..models import Rejection


class Reject(Exception):
    """A document cannot become an article: ``reason`` is a stable code, ``detail`` one sentence for a person."""

    def __init__(self, reason: str, detail: str, unreachable: bool = False) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.unreachable = unreachable  # the site could not be reached at all (not a page it answered was missing)

    def at(self, source: str, place: str = "") -> Rejection:
        return Rejection(source=source, place=place, reason=self.reason, detail=self.detail)


def too_large(cap: int, size: int | None = None, what: str = "document") -> Reject:
    """The size-cap rejection, worded the same wherever a cap is hit."""
    measured = f"is {size:,} bytes, over" if size is not None else "is over"
    return Reject(
        "too_large",
        f"{what} {measured} the {cap:,}-byte cap (set CTWATCH_MAX_DOCUMENT_BYTES or --max-bytes to raise it)",
    )
