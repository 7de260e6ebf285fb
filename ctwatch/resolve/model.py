"""The resolved incident: what analysis, alerts and reports read.

An incident gathers the event mentions of every article that reports it. Tolls are kept as a range
(lowest, best, highest report) per side because outlets disagree; ``best`` is the median of the
reports that give a figure, as conflict datasets commonly code it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

SIDES = ("security", "civilian", "militant", "unknown", "total")


@dataclass(frozen=True)
class Toll:
    """One side's killed or wounded across the reports of one incident."""

    low: int
    best: int
    high: int
    reports: tuple[int, ...] = ()  # each report's figure, in source order

    @property
    def conflicting(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True)
class IncidentSource:
    """One article's mention of the incident."""

    mention_uid: str
    article_id: int
    publisher: str | None
    title: str | None
    url: str | None
    published_at: dt.datetime | None
    sentence: str


@dataclass(frozen=True)
class Incident:
    uid: str
    status: str  # occurred | foiled
    acled_event_type: str | None
    acled_sub_event_type: str | None
    gtd_attack_type: str | None
    actions: tuple[str, ...]
    perpetrator_id: str | None
    perpetrator: str | None
    target_category: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    date: dt.date | None
    time_precision: int | None
    killed: dict[str, Toll] = field(default_factory=dict)  # side -> toll; "total" always present when known
    injured: dict[str, Toll] = field(default_factory=dict)
    arrested: int | None = None
    surrendered: int | None = None
    sources: tuple[IncidentSource, ...] = ()
    corroboration: int = 1  # independent publishers that report it
    org: str = "local"
    tlp: str = "CLEAR"

    @property
    def killed_best(self) -> int:
        toll = self.killed.get("total")
        return toll.best if toll else 0

    @property
    def injured_best(self) -> int:
        toll = self.injured.get("total")
        return toll.best if toll else 0
