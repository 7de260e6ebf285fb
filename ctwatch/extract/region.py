"""The region stage (after the heads): a report about India that names no state gets the state its
wording points to, by the region head (``ctwatch train``; docs/models.md#region-head)."""

from __future__ import annotations

from . import heads
from .countries import is_about
from .model import Extraction, RegionGuess


def guess_region(results: list[Extraction], texts: list[str]) -> None:
    """Give ``region`` to the reports that name no province or state, when the region head knows
    their country (its guess at or above the head's ``min_probability``)."""
    head = heads.optional_head("region")
    if head is None:
        return
    country = head.meta.get("country")
    todo = [i for i, r in enumerate(results) if not _admin1(r) and is_about(r, country)]
    for i, (admin1, p) in zip(todo, heads.predict_top("region", [texts[i] for i in todo])):
        if p >= head.meta.get("min_probability", 0.0):
            results[i].region = RegionGuess(country=country, admin1=admin1, probability=round(p, 4))


def _admin1(result: Extraction) -> str | None:
    place = result.report_place()
    return place.admin1 if place else None
