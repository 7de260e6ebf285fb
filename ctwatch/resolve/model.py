"""The resolved incident: what analysis, alerts and reports read.

An incident gathers the event mentions of every article that reports it. Tolls are kept as a range
(lowest, best, highest report) per side because outlets disagree; ``best`` is the median of the
reports that give a figure, as conflict datasets commonly code it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

SIDES = ("security", "civilian", "militant", "unknown", "total")


@dataclass(frozen=True)
class Toll:
    """One side's killed or wounded across the reports of one incident."""

    low: int
    best: int
    high: int
    reports: tuple[int, ...] = ()  # each report's figure, in source order
    articles: tuple[int, ...] = ()  # the article each figure comes from (a syndicated copy's original)

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
    perpetrator_kind: str | None
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
    target_id: str | None = None  # knowledge-base id of the armed actor attacked (actor 2 of a clash)
    # ACLED's associated actor of actor 1, the organisation behind a crowd: knowledge-base id (if known) and name
    associated_id: str | None = None
    associated: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)  # field -> uid of the mention it was taken from
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


def incident_to_json(incident: Incident) -> dict:
    """Plain JSON (dates as ISO strings), the shape stored in ``incidents.data`` and exported."""
    data = asdict(incident)
    data["date"] = incident.date.isoformat() if incident.date else None
    for source in data["sources"]:
        source["published_at"] = source["published_at"].isoformat() if source["published_at"] else None
    return json.loads(json.dumps(data))  # tuples become lists, as they come back from a JSON column


def incident_from_json(data: dict) -> Incident:
    fields = dict(data)
    fields["date"] = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    fields["actions"] = tuple(data.get("actions", ()))
    fields["killed"] = {side: _toll(t) for side, t in data.get("killed", {}).items()}
    fields["injured"] = {side: _toll(t) for side, t in data.get("injured", {}).items()}
    fields["sources"] = tuple(
        IncidentSource(**{**s, "published_at": dt.datetime.fromisoformat(s["published_at"]) if s.get("published_at") else None})
        for s in data.get("sources", ()))
    return Incident(**fields)


def _toll(data: dict) -> Toll:
    return Toll(low=data["low"], best=data["best"], high=data["high"], reports=tuple(data.get("reports", ())),
                articles=tuple(data.get("articles", ())))
