"""SQLAlchemy tables. The Alembic migrations in ``migrations/versions`` create exactly these.

Every record that later issues share between organisations carries ``org`` (owning organisation),
``tlp`` (TLP 2.0 marking) and a stable ``uid`` that survives export and re-import.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class IngestRun(Base):
    """One `ctwatch ingest` invocation and what came of it."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sources: Mapped[list] = mapped_column(JSON)
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    source_place: Mapped[str] = mapped_column(Text, default="")
    source_kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    raw_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    char_map: Mapped[list] = mapped_column(JSON)
    meta: Mapped[dict] = mapped_column("metadata", JSON, default=dict)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    org: Mapped[str] = mapped_column(String(64), default="local")
    tlp: Mapped[str] = mapped_column(String(16), default="CLEAR")

    edits: Mapped[list["ArticleEdit"]] = relationship(
        back_populates="article", order_by="ArticleEdit.seq", cascade="all, delete-orphan"
    )
    duplicate_of: Mapped["Article | None"] = relationship(remote_side=[id])


class ArticleEdit(Base):
    """A repair applied to an article's raw text, or a problem flagged in it (``applied`` false)."""

    __tablename__ = "article_edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    applied: Mapped[bool] = mapped_column(Boolean)
    raw_start: Mapped[int] = mapped_column(Integer)
    raw_end: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)

    article: Mapped[Article] = relationship(back_populates="edits")


class Rejection(Base):
    """An input that did not become an article, and why."""

    __tablename__ = "rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"), index=True)
    source: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(32), index=True)
    detail: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """Who changed what, when, with the values before and after: every write leaves one."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    record_uid: Mapped[str] = mapped_column(String(36), index=True)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


Index("ix_articles_published_publisher", Article.published_at, Article.publisher)


class ExtractionRecord(Base):
    """Everything extraction found in one article (ctwatch.extract.model.Extraction as JSON)."""

    __tablename__ = "extractions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    data: Mapped[dict] = mapped_column(JSON)
    org: Mapped[str] = mapped_column(String(64), default="local")
    tlp: Mapped[str] = mapped_column(String(16), default="CLEAR")


class EventMentionRecord(Base):
    """One incident as one article reports it, flattened for queries (resolution merges these later)."""

    __tablename__ = "event_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    gtd_attack_type: Mapped[str | None] = mapped_column(String(64))
    perpetrator: Mapped[str | None] = mapped_column(Text)
    perpetrator_id: Mapped[str | None] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    org: Mapped[str] = mapped_column(String(64), default="local")
    tlp: Mapped[str] = mapped_column(String(16), default="CLEAR")
    actions: Mapped[list | None] = mapped_column(JSON)
    target_category: Mapped[str | None] = mapped_column(String(32))
    killed_by_side: Mapped[dict | None] = mapped_column(JSON)  # side -> figure, "total" included
    injured_by_side: Mapped[dict | None] = mapped_column(JSON)
    arrested: Mapped[int | None] = mapped_column(Integer)
    surrendered: Mapped[int | None] = mapped_column(Integer)
    incident_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    perpetrator_kind: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(64))
    separate_set: Mapped[int | None] = mapped_column(Integer)  # migration 0004
    associated: Mapped[str | None] = mapped_column(Text)  # ACLED's assoc_actor_1 (migration 0005)
    associated_id: Mapped[str | None] = mapped_column(String(64))


Index("ix_event_mentions_date", EventMentionRecord.event_date)
Index("ix_event_mentions_place", EventMentionRecord.country, EventMentionRecord.admin1, EventMentionRecord.admin2)


class IncidentRecord(Base):
    """A resolved incident (ctwatch.resolve.model.Incident): summary columns for queries, all of it in ``data``.

    Rebuilt by resolution from the mentions and the standing human decisions; its uid follows its first report.
    """

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    gtd_attack_type: Mapped[str | None] = mapped_column(String(64))
    perpetrator_id: Mapped[str | None] = mapped_column(String(64))
    perpetrator: Mapped[str | None] = mapped_column(Text)
    perpetrator_kind: Mapped[str | None] = mapped_column(String(32))
    target_category: Mapped[str | None] = mapped_column(String(32))
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    killed: Mapped[int | None] = mapped_column(Integer)  # best total
    injured: Mapped[int | None] = mapped_column(Integer)
    sources: Mapped[int] = mapped_column(Integer)
    corroboration: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    resolved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    org: Mapped[str] = mapped_column(String(64), default="local")
    tlp: Mapped[str] = mapped_column(String(16), default="CLEAR")
    associated: Mapped[str | None] = mapped_column(Text)  # ACLED's assoc_actor_1 (migration 0005)
    associated_id: Mapped[str | None] = mapped_column(String(64))


Index("ix_incidents_date", IncidentRecord.event_date)
Index("ix_incidents_place", IncidentRecord.country, IncidentRecord.admin1, IncidentRecord.admin2)
Index("ix_incidents_perpetrator", IncidentRecord.perpetrator_id)


class ResolutionDecision(Base):
    """A person's merge or split of incidents. Standing decisions bind every later resolution run.

    ``groups`` holds mention uids: for a merge, one list that must form one incident; for a split,
    two lists that must never share one. Reverting sets ``reverted_at``; nothing is deleted.
    """

    __tablename__ = "resolution_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    groups: Mapped[list] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reverted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reverted_by: Mapped[str | None] = mapped_column(String(128))
    revert_reason: Mapped[str | None] = mapped_column(Text)
    org: Mapped[str] = mapped_column(String(64), default="local")


class AlertRecord(Base):
    """A watch rule's trigger, kept once (``key``), with its deliveries and acknowledgement."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    rule_id: Mapped[str] = mapped_column(String(64), index=True)
    severity: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    value: Mapped[int] = mapped_column(Integer)
    threshold: Mapped[int] = mapped_column(Integer)
    window_start: Mapped[date] = mapped_column(Date)
    window_end: Mapped[date] = mapped_column(Date)
    incident_uids: Mapped[list] = mapped_column(JSON)
    trigger: Mapped[dict] = mapped_column(JSON)  # the webhook payload shape (delivery.trigger_payload)
    deliveries: Mapped[list] = mapped_column(JSON, default=list)  # [{channel, ok, detail, at}]
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by: Mapped[str | None] = mapped_column(String(128))
    ack_note: Mapped[str | None] = mapped_column(Text)
    org: Mapped[str] = mapped_column(String(64), default="local")
    tlp: Mapped[str] = mapped_column(String(16), default="CLEAR")
