"""Relations between actors as stored articles report them: what the actor network is built from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analyse.network import RelationEvidence
from .schema import Article, ExtractionRecord


def relation_evidence(session: Session) -> list[RelationEvidence]:
    """Every relation of every stored extraction, with its article, date and sentence, oldest article first.

    Articles stored as duplicates of another are skipped: a syndicated copy repeats the same report
    and would count twice in an edge's weight.
    """
    rows = session.execute(select(Article.id, Article.published_at, ExtractionRecord.data)
                           .join(ExtractionRecord, ExtractionRecord.article_id == Article.id)
                           .where(Article.duplicate_of_id.is_(None))
                           .order_by(Article.published_at.nulls_last(), Article.id))
    return [RelationEvidence(kind=relation["kind"], a=relation["a"], b=relation["b"],
                             date=_relation_date(relation, data.get("events", []), published_at),
                             article_id=article_id, sentence=relation["evidence"]["text"], source="reported")
            for article_id, published_at, data in rows for relation in data.get("relations", [])]


def _relation_date(relation: dict, events: list[dict], published_at: dt.datetime | None) -> dt.date | None:
    """The date of the incident the relation comes from (as the article dates it), else the publication date."""
    index = relation.get("incident")
    if index is not None and index < len(events) and events[index].get("date"):
        return dt.date.fromisoformat(events[index]["date"])
    return published_at.date() if published_at else None
