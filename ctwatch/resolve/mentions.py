"""The facts of one event mention that resolution compares, taken from an extraction.

One conversion, :func:`mention_facts`, serves both the store (which saves these facts as
``event_mentions`` rows) and ``ctwatch eval resolution`` (which resolves in memory), so both see
the same values.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from ..extract.model import Casualties, EventMention

RESOLVED_STATUSES = ("occurred", "foiled")  # threats, denials and hypotheticals are not incidents


@dataclass(frozen=True)
class ArticleFacts:
    """What resolution needs to know of the article a mention comes from."""

    id: int
    uid: str
    text: str
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    published_at: dt.datetime | None = None
    duplicate_of_id: int | None = None
    org: str = "local"
    tlp: str = "CLEAR"


@dataclass(frozen=True)
class MentionFacts:
    uid: str
    article: ArticleFacts
    seq: int
    start: int
    end: int
    status: str
    acled_event_type: str | None
    acled_sub_event_type: str | None
    gtd_attack_type: str | None
    actions: tuple[str, ...]
    perpetrator_id: str | None
    perpetrator: str | None
    perpetrator_kind: str | None  # knowledge-base kind: armed_group, state_force, ... (unknown for a candidate)
    target_category: str | None
    target_id: str | None  # knowledge-base id of the armed actor attacked (actor 2 of a clash), if known
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    date: dt.date | None
    time_precision: int | None
    killed: dict[str, int] = field(default_factory=dict)  # side -> figure as this article reports it
    injured: dict[str, int] = field(default_factory=dict)
    arrested: int | None = None
    surrendered: int | None = None
    separate_set: int | None = None  # mentions of one article with the same number are separate incidents
    # ACLED's associated actor of actor 1: the organisation behind a crowd (knowledge-base id, if known, and name)
    associated_id: str | None = None
    associated: str | None = None

    @property
    def sentence(self) -> str:
        return self.article.text[self.start:self.end]

    # Shortcuts to the article facts that resolution compares.
    @property
    def article_id(self) -> int:
        return self.article.id

    @property
    def published_at(self) -> dt.datetime | None:
        return self.article.published_at

    @property
    def publisher(self) -> str | None:
        return self.article.publisher

    @property
    def duplicate_of_id(self) -> int | None:
        return self.article.duplicate_of_id


def mention_uid(article_uid: str, seq: int, start: int) -> str:
    """Stable while the article's extraction is: the same sentence gives the same uid on re-extraction."""
    return str(uuid.uuid5(uuid.UUID(article_uid), f"event:{seq}:{start}"))


def side_counts(casualties: Casualties) -> dict[str, int]:
    counts = {side: getattr(casualties, side).value for side in ("security", "civilian", "militant", "unknown")
              if getattr(casualties, side) is not None}
    if casualties.total is not None:
        counts["total"] = casualties.total.value
    return counts


def mention_facts(event: EventMention, seq: int, article: ArticleFacts) -> MentionFacts:
    place = event.place
    return MentionFacts(
        uid=mention_uid(article.uid, seq, event.span.start), article=article, seq=seq,
        start=event.span.start, end=event.span.end, status=event.status,
        acled_event_type=event.acled_event_type, acled_sub_event_type=event.acled_sub_event_type,
        gtd_attack_type=event.gtd_attack_type, actions=tuple(event.actions),
        perpetrator_id=event.perpetrator.actor_id if event.perpetrator else None,
        perpetrator=event.perpetrator.name if event.perpetrator else None,
        perpetrator_kind=event.perpetrator.kind if event.perpetrator else None,
        target_category=event.target_category, target_id=event.target.actor_id if event.target else None,
        country=place.country if place else None, admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None, location=place.name if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None, geo_precision=event.geo_precision,
        date=event.date, time_precision=event.time_precision,
        killed=side_counts(event.killed), injured=side_counts(event.injured),
        arrested=event.arrested.value if event.arrested else None,
        surrendered=event.surrendered.value if event.surrendered else None,
        separate_set=event.separate_set,
        associated_id=event.associated.actor_id if event.associated else None,
        associated=event.associated.name if event.associated else None,
    )
