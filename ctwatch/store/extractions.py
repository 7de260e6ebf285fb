"""Saving and reading extraction results. Re-extracting an article replaces its previous results."""

from __future__ import annotations

import json
from datetime import date, datetime
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..extract.model import EventMention, Extraction
from ..resolve.mentions import ArticleFacts, MentionFacts, mention_facts
from .repository import audit, now
from .schema import Article, EventMentionRecord, ExtractionRecord


def _jsonable(value):
    """Dates become ISO strings so the JSON column accepts them."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, (date, datetime)) else str(v)))


def save_extraction(session: Session, article: Article, extraction: Extraction, version: str, actor: str) -> None:
    data = _jsonable(extraction.to_json())
    record = session.scalar(select(ExtractionRecord).where(ExtractionRecord.article_id == article.id))
    before = {"extractor_version": record.extractor_version, "events": len(record.data.get("events", []))} if record else None
    if record is None:
        record = ExtractionRecord(article_id=article.id, org=article.org, tlp=article.tlp)
        session.add(record)
    record.extractor_version, record.created_at, record.data = version, now(), data
    session.execute(delete(EventMentionRecord).where(EventMentionRecord.article_id == article.id))
    for seq, event in enumerate(extraction.events):
        session.add(_event_row(article, seq, event))
    audit(session, actor, "update" if before else "create", "extractions", article.uid, before=before,
          after={"extractor_version": version, "events": len(extraction.events), "actors": len(extraction.actors)})


def article_facts(article: Article) -> ArticleFacts:
    return ArticleFacts(id=article.id, uid=article.uid, text=article.text, publisher=article.publisher,
                        title=article.title, url=article.url, published_at=article.published_at,
                        duplicate_of_id=article.duplicate_of_id, org=article.org, tlp=article.tlp)


def _event_row(article: Article, seq: int, event: EventMention) -> EventMentionRecord:
    facts = mention_facts(event, seq, article_facts(article))
    return EventMentionRecord(
        uid=facts.uid, article_id=article.id, seq=seq, start=facts.start, end=facts.end, status=facts.status,
        acled_event_type=facts.acled_event_type, acled_sub_event_type=facts.acled_sub_event_type,
        gtd_attack_type=facts.gtd_attack_type, actions=list(facts.actions),
        perpetrator=facts.perpetrator, perpetrator_id=facts.perpetrator_id, perpetrator_kind=facts.perpetrator_kind,
        target=event.target.name if event.target else event.target_category, target_category=facts.target_category,
        target_id=facts.target_id,
        country=facts.country, admin1=facts.admin1, admin2=facts.admin2, location=facts.location,
        lat=facts.lat, lon=facts.lon, geo_precision=facts.geo_precision,
        event_date=facts.date, time_precision=facts.time_precision,
        killed=facts.killed.get("total"), injured=facts.injured.get("total"),
        killed_by_side=facts.killed, injured_by_side=facts.injured,
        arrested=facts.arrested, surrendered=facts.surrendered, separate_set=facts.separate_set,
        associated=facts.associated, associated_id=facts.associated_id,
        org=article.org, tlp=article.tlp,
    )


def facts_of_row(row: EventMentionRecord, article: ArticleFacts) -> MentionFacts:
    """The inverse of :func:`_event_row`: what resolution reads back."""
    return MentionFacts(
        uid=row.uid, article=article, seq=row.seq, start=row.start, end=row.end,
        status=row.status, acled_event_type=row.acled_event_type, acled_sub_event_type=row.acled_sub_event_type,
        gtd_attack_type=row.gtd_attack_type, actions=tuple(row.actions or ()),
        perpetrator_id=row.perpetrator_id, perpetrator=row.perpetrator, perpetrator_kind=row.perpetrator_kind,
        target_category=row.target_category, target_id=row.target_id,
        country=row.country, admin1=row.admin1, admin2=row.admin2, location=row.location, lat=row.lat, lon=row.lon,
        geo_precision=row.geo_precision, date=row.event_date, time_precision=row.time_precision,
        killed=dict(row.killed_by_side or {}), injured=dict(row.injured_by_side or {}),
        arrested=row.arrested, surrendered=row.surrendered, separate_set=row.separate_set,
        associated_id=row.associated_id, associated=row.associated,
    )


def article_ids_to_extract(session: Session, version: str, everything: bool = False, ids: list[int] | None = None) -> list[int]:
    """Articles with no extraction, or one made by another extractor version (or all, or the given ids)."""
    statement = select(Article.id).order_by(Article.id)
    if ids:
        statement = statement.where(Article.id.in_(ids))
    elif not everything:
        current = select(ExtractionRecord.article_id).where(ExtractionRecord.extractor_version == version)
        statement = statement.where(Article.id.not_in(current))
    return list(session.scalars(statement))


def get_extraction(session: Session, article_id: int) -> dict | None:
    record = session.scalar(select(ExtractionRecord).where(ExtractionRecord.article_id == article_id))
    return record.data if record else None


def list_event_mentions(session: Session, *, since=None, until=None, admin1: str | None = None,
                        sub_event_type: str | None = None, statuses: tuple[str, ...] = ("occurred", "foiled"),
                        limit: int = 50) -> tuple[list[EventMentionRecord], int]:
    """Incident mentions, by default those that happened or were foiled (not threats or denials)."""
    statement = select(EventMentionRecord).order_by(EventMentionRecord.article_id, EventMentionRecord.seq)
    if statuses:
        statement = statement.where(EventMentionRecord.status.in_(statuses))
    if since:
        statement = statement.where(EventMentionRecord.event_date >= since.date())
    if until:
        statement = statement.where(EventMentionRecord.event_date <= until.date())
    if admin1:
        statement = statement.where(func.lower(EventMentionRecord.admin1) == admin1.lower())
    if sub_event_type:
        statement = statement.where(func.lower(EventMentionRecord.acled_sub_event_type) == sub_event_type.lower())
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    return list(session.scalars(statement.limit(limit))), total


def actor_mention_counts(session: Session, candidates_only: bool = False) -> list[tuple[str, str | None, str, int, int]]:
    """(name, knowledge-base id, kind, mentions, articles) over every stored extraction, most mentioned first.

    With ``candidates_only``, only groups the knowledge base does not know: the queue for curation.
    """
    mentions: dict[tuple[str, str | None, str], list[int]] = {}
    for article_id, data in session.execute(select(ExtractionRecord.article_id, ExtractionRecord.data)):
        for actor in data.get("actors", []):
            if candidates_only and actor["actor_id"]:
                continue
            key = (actor["name"], actor["actor_id"], actor["kind"])
            mentions.setdefault(key, []).append(article_id)
    rows = [(name, actor_id, kind, len(ids), len(set(ids))) for (name, actor_id, kind), ids in mentions.items()]
    return sorted(rows, key=lambda r: (-r[3], r[0]))
