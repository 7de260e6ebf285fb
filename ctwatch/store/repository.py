"""Reading and writing the store. Library functions that the CLI (and later the API) call."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, selectinload

from .. import models
from ..errors import NotFound, UsageError
from ..settings import Settings
from .schema import Article, ArticleEdit, AuditEntry, IngestRun, Rejection

# Content-derived ids: the same text gets the same uid in every ctwatch database, so records
# exported by one organisation and imported by another line up.
UID_NAMESPACE = uuid.UUID("5b0c3f9e-3c1a-4c43-9a57-2f1d0f6c7a11")


def now() -> datetime:
    return datetime.now(timezone.utc)


def article_uid(fingerprint: str) -> str:
    return str(uuid.uuid5(UID_NAMESPACE, fingerprint))


def audit(session: Session, actor: str, action: str, table: str, uid: str, *, before: dict | None = None,
          after: dict | None = None, reason: str | None = None) -> None:
    session.add(AuditEntry(at=now(), actor=actor, action=action, table_name=table, record_uid=uid,
                           before=before, after=after, reason=reason))


def start_run(session: Session, sources: list[str]) -> IngestRun:
    run = IngestRun(started_at=now(), sources=list(sources), counts={})
    session.add(run)
    session.flush()
    return run


def finish_run(session: Session, run_id: int, counts: dict[str, int]) -> None:
    run = session.get(IngestRun, run_id)
    run.finished_at = now()
    run.counts = dict(counts)


def article_id_by_fingerprint(session: Session, fingerprint: str) -> int | None:
    return session.scalar(select(Article.id).where(Article.fingerprint == fingerprint))


def _wall_time(moment: datetime | None) -> datetime | None:
    """The publisher's own clock time, without its zone: the date a paper printed is the one its "yesterday" and
    "on Monday" count from (02:00 in Peshawar is still that day there, whatever the day in UTC)."""
    return moment.replace(tzinfo=None) if moment is not None else None


def _utc_offset(moment: datetime | None) -> dict[str, str]:
    """{"published_utc_offset": "+05:00"} for a time with a zone, so the moment itself can be rebuilt."""
    offset = moment.utcoffset() if moment is not None else None
    if offset is None:
        return {}
    minutes = int(offset.total_seconds() // 60)
    return {"published_utc_offset": f"{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"}


def add_article(session: Session, raw: models.RawArticle, repaired: models.RepairResult, *, fingerprint: str,
                minhash: bytes | None, duplicate_of: int | None, similarity: float | None, run_id: int | None,
                settings: Settings, actor: str, language: str | None) -> Article:
    article = Article(
        uid=article_uid(fingerprint), fingerprint=fingerprint, source=raw.source, source_place=raw.place,
        source_kind=raw.source_kind, url=raw.url, publisher=raw.publisher, title=raw.title, author=raw.author,
        published_at=_wall_time(raw.published), language=raw.language or language, raw_text=raw.text,
        text=repaired.text, char_map=repaired.char_map.to_json(), meta=dict(raw.metadata) | _utc_offset(raw.published),
        duplicate_of_id=duplicate_of, similarity=similarity, minhash=minhash, ingest_run_id=run_id,
        ingested_at=now(), org=settings.organisation, tlp=settings.tlp.upper(),
    )
    article.edits = [
        ArticleEdit(seq=i, kind=e.kind, applied=e.applied, raw_start=e.raw_start, raw_end=e.raw_end,
                    start=e.start, end=e.end, before=e.before, after=e.after, reason=e.reason)
        for i, e in enumerate(repaired.edits)
    ]
    session.add(article)
    session.flush()
    audit(session, actor, "create", "articles", article.uid,
          after={"id": article.id, "source": raw.location, "fingerprint": fingerprint,
                 "duplicate_of": duplicate_of, "edits": len(repaired.edits)})
    return article


def add_rejection(session: Session, rejection: models.Rejection, run_id: int | None) -> None:
    session.add(Rejection(ingest_run_id=run_id, source=rejection.source, place=rejection.place,
                          reason=rejection.reason, detail=rejection.detail, created_at=now()))


def originals_with_signatures(session: Session) -> Iterator[tuple[int, bytes]]:
    """(id, MinHash bytes) of every article that is not itself a copy."""
    query = select(Article.id, Article.minhash).where(Article.duplicate_of_id.is_(None), Article.minhash.is_not(None))
    yield from session.execute(query.execution_options(yield_per=1000))


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id, options=[selectinload(Article.edits)])
    if article is None:
        raise NotFound(f"no article with id {article_id} (list them with `ctwatch articles`)")
    return article


def copies_of(session: Session, article_id: int) -> list[Article]:
    return list(session.scalars(select(Article).where(Article.duplicate_of_id == article_id).order_by(Article.id)))


_QUERY_TERM = re.compile(r'"([^"]+)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def _fts5_query(query: str) -> str:
    """User words and "quoted phrases" (all must match) as an FTS5 expression that cannot be a syntax error."""
    parts = []
    for phrase, word in _QUERY_TERM.findall(query):
        words = _WORD.findall(phrase or word)
        if words:
            parts.append('"' + " ".join(words) + '"')
    return " ".join(parts)


def _with_text_search(statement: Select, session: Session, query: str) -> Select:
    if session.get_bind().dialect.name == "postgresql":
        return statement.where(text("articles.search_vector @@ websearch_to_tsquery('english', :q)")).params(q=query)
    expression = _fts5_query(query)
    if not expression:
        return statement.where(text("0"))
    return statement.where(Article.id.in_(select(text("rowid")).select_from(text("articles_fts"))
                                          .where(text("articles_fts MATCH :q")))).params(q=expression)


def article_query(session: Session, *, publisher: str | None = None, since: datetime | None = None,
                  until: datetime | None = None, search: str | None = None, originals_only: bool = False) -> Select:
    statement = select(Article).order_by(Article.id)
    if publisher:
        statement = statement.where(func.lower(Article.publisher) == publisher.lower())
    if since:
        statement = statement.where(Article.published_at >= since)
    if until:
        statement = statement.where(Article.published_at <= until)
    if originals_only:
        statement = statement.where(Article.duplicate_of_id.is_(None))
    if search:
        statement = _with_text_search(statement, session, search)
    return statement


def list_articles(session: Session, *, limit: int | None = 50, offset: int = 0, **filters) -> tuple[list[Article], int]:
    """A page of articles matching ``filters`` (see ``article_query``) and the total count."""
    statement = article_query(session, **filters)
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    return list(session.scalars(statement.offset(offset).limit(limit))), total


def iter_articles(session: Session, **filters) -> Iterator[Article]:
    statement = article_query(session, **filters).options(selectinload(Article.edits))
    yield from session.scalars(statement.execution_options(yield_per=200))


def list_rejections(session: Session, run_id: int | None = None, limit: int = 100) -> list[Rejection]:
    statement = select(Rejection).order_by(Rejection.id.desc()).limit(limit)
    if run_id is not None:
        statement = statement.where(Rejection.ingest_run_id == run_id)
    return list(session.scalars(statement))


def counts(session: Session) -> dict[str, int]:
    return {
        "articles": session.scalar(select(func.count(Article.id))) or 0,
        "originals": session.scalar(select(func.count(Article.id)).where(Article.duplicate_of_id.is_(None))) or 0,
        "near_duplicates": session.scalar(select(func.count(Article.id)).where(Article.duplicate_of_id.is_not(None))) or 0,
        "rejections": session.scalar(select(func.count(Rejection.id))) or 0,
    }


def by_uid_prefix(session: Session, table, uid_prefix: str, what: str, listing: str):
    """A record by uid or an unambiguous prefix of at least 6 characters, or an error that says which."""
    uid_prefix = uid_prefix.strip()
    if len(uid_prefix) < 6:
        raise UsageError(f"{what} id {uid_prefix!r} is too short: give at least 6 characters of its uid ({listing} lists them)")
    matches = list(session.scalars(select(table).where(table.uid.startswith(uid_prefix)).limit(2)))
    if not matches:
        raise NotFound(f"no {what} with uid {uid_prefix!r}: {listing} lists them")
    if len(matches) > 1:
        raise UsageError(f"{what} id {uid_prefix!r} is ambiguous: give more characters of its uid")
    return matches[0]
