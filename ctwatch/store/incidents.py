"""Stored incidents: running resolution over the stored mentions, human merges and splits, queries.

Resolution is recomputed from all stored mentions and the standing human decisions, and the
``incidents`` table is brought in line with the result: new incidents created, changed ones
updated, vanished ones deleted — each change audited with the incident's membership before and
after. Because human decisions are inputs to every run, a re-run never undoes them; reverting a
decision marks it reverted (it is kept) and re-resolves.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..errors import UsageError
from ..resolve.assemble import build_incident, inherit_uids
from ..resolve.incidents import Constraints, resolve
from ..resolve.mentions import ArticleFacts, MentionFacts
from ..resolve.model import Incident, incident_from_json, incident_to_json
from .extractions import article_facts, facts_of_row
from .repository import audit, by_uid_prefix, now
from .schema import Article, EventMentionRecord, ExtractionRecord, IncidentRecord, ResolutionDecision


@dataclass
class ResolveSummary:
    mentions: int = 0
    incidents: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    outdated_articles: int = 0  # extracted by another extractor version: their mentions may lack fields
    orphaned_decisions: int = 0  # standing decisions naming mentions that are no longer stored


def stored_mentions(session: Session) -> list[MentionFacts]:
    rows = session.execute(select(EventMentionRecord, Article).join(Article, EventMentionRecord.article_id == Article.id)
                           .order_by(EventMentionRecord.article_id, EventMentionRecord.seq))
    articles: dict[int, ArticleFacts] = {}  # one per article, shared by its mentions
    facts = []
    for row, article in rows:
        if article.id not in articles:
            articles[article.id] = article_facts(article)
        facts.append(facts_of_row(row, articles[article.id]))
    return facts


def standing_constraints(session: Session) -> Constraints:
    """The standing decisions as constraints, applied in order so that a later decision wins: a split
    cuts the mentions it takes out from any earlier merge, and a merge lifts earlier splits between
    the mentions it joins (and only between those)."""
    must: list[frozenset[str]] = []
    apart: set[frozenset[str]] = set()  # pairs of mentions that must not share an incident
    for decision in session.scalars(select(ResolutionDecision).where(ResolutionDecision.reverted_at.is_(None))
                                    .order_by(ResolutionDecision.id)):
        if decision.kind == "merge":
            group = frozenset(decision.groups[0])
            apart = {pair for pair in apart if not pair <= group}
            must.append(group)
        else:
            taken, rest = decision.groups
            must = [part for group in must for part in (group - set(taken), group & set(taken)) if part]
            apart |= {frozenset((a, b)) for a in taken for b in rest}
    return Constraints(tuple(must), tuple((frozenset({a}), frozenset({b})) for a, b in map(sorted, apart)))


def resolve_stored(session: Session, actor: str) -> ResolveSummary:
    """Re-resolve every stored mention into incidents and update the table to match (see module doc)."""
    mentions = stored_mentions(session)
    existing = {r.uid: r for r in session.scalars(select(IncidentRecord))}
    clusters = resolve(mentions, standing_constraints(session))
    previous = {uid: {s["mention_uid"] for s in r.data["sources"]} for uid, r in existing.items()}
    incidents = [build_incident(cluster, uid) for cluster, uid in zip(clusters, inherit_uids(clusters, previous))]
    summary = ResolveSummary(mentions=len(mentions), incidents=len(incidents),
                             outdated_articles=_outdated_articles(session),
                             orphaned_decisions=len(orphaned_decisions(session, {m.uid for m in mentions})))
    stamp = now()
    for incident in incidents:
        data = incident_to_json(incident)
        record = existing.pop(incident.uid, None)
        if record is None:
            session.add(_record(IncidentRecord(uid=incident.uid, resolved_at=stamp), incident, data))
            audit(session, actor, "create", "incidents", incident.uid, after=_membership(data))
            summary.created += 1
        elif record.data != data:
            before = _membership(record.data)
            _record(record, incident, data).resolved_at = stamp
            audit(session, actor, "update", "incidents", incident.uid, before=before, after=_membership(data))
            summary.updated += 1
    for record in existing.values():
        audit(session, actor, "delete", "incidents", record.uid, before=_membership(record.data))
        session.delete(record)
        summary.removed += 1
    session.execute(update(EventMentionRecord).values(incident_uid=None))
    for incident in incidents:
        session.execute(update(EventMentionRecord).where(EventMentionRecord.uid.in_([s.mention_uid for s in incident.sources]))
                        .values(incident_uid=incident.uid))
    return summary


def _outdated_articles(session: Session) -> int:
    from ..extract.pipeline import EXTRACTOR_VERSION

    return session.scalar(select(func.count()).select_from(ExtractionRecord)
                          .where(ExtractionRecord.extractor_version != EXTRACTOR_VERSION))


def orphaned_decisions(session: Session, present: set[str] | None = None) -> list[ResolutionDecision]:
    """Standing decisions with mentions that are no longer stored (re-extraction can renumber them)."""
    if present is None:
        present = set(session.scalars(select(EventMentionRecord.uid)))
    return [d for d in session.scalars(select(ResolutionDecision).where(ResolutionDecision.reverted_at.is_(None)))
            if any(uid not in present for group in d.groups for uid in group)]


def _record(record: IncidentRecord, incident: Incident, data: dict) -> IncidentRecord:
    for name in ("status", "acled_event_type", "acled_sub_event_type", "gtd_attack_type", "perpetrator_id", "perpetrator",
                 "perpetrator_kind", "associated_id", "associated", "target_category", "country", "admin1", "admin2",
                 "location", "lat", "lon", "geo_precision", "time_precision", "corroboration", "org", "tlp"):
        setattr(record, name, getattr(incident, name))
    record.event_date = incident.date
    record.killed = incident.killed["total"].best if "total" in incident.killed else None
    record.injured = incident.injured["total"].best if "total" in incident.injured else None
    record.sources = len({s.article_id for s in incident.sources})
    record.data = data
    return record


def _membership(data: dict) -> dict:
    return {"type": data.get("acled_sub_event_type"), "admin2": data.get("admin2"), "date": data.get("date"),
            "mentions": sorted(s["mention_uid"] for s in data.get("sources", ()))}


# --- queries ---

def list_incidents(session: Session, *, since: dt.date | None = None, until: dt.date | None = None,
                   admin1: str | None = None, admin2: str | None = None, sub_event_type: str | None = None,
                   perpetrator: str | None = None, min_sources: int = 1, limit: int | None = 50
                   ) -> tuple[list[IncidentRecord], int]:
    """Incidents newest first, filtered; with the total that matched before ``limit``."""
    statement = select(IncidentRecord).order_by(IncidentRecord.event_date.desc().nulls_last(), IncidentRecord.id)
    if since:
        statement = statement.where(IncidentRecord.event_date >= since)
    if until:
        statement = statement.where(IncidentRecord.event_date <= until)
    for column, value in ((IncidentRecord.admin1, admin1), (IncidentRecord.admin2, admin2),
                          (IncidentRecord.acled_sub_event_type, sub_event_type)):
        if value:
            statement = statement.where(func.lower(column) == value.lower())
    if perpetrator:
        statement = statement.where((func.lower(IncidentRecord.perpetrator_id) == perpetrator.lower())
                                    | (func.lower(IncidentRecord.perpetrator) == perpetrator.lower()))
    if min_sources > 1:
        statement = statement.where(IncidentRecord.corroboration >= min_sources)
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.scalars(statement)), total


def load_incidents(session: Session, **filters) -> list[Incident]:
    """Every matching incident as the analysis functions take it."""
    records, _ = list_incidents(session, limit=None, **filters)
    return [incident_from_json(r.data) for r in records]


def get_incident(session: Session, uid_prefix: str) -> IncidentRecord:
    """By uid or an unambiguous prefix of at least 6 characters."""
    return by_uid_prefix(session, IncidentRecord, uid_prefix, "incident", "`ctwatch incidents`")


# --- human decisions ---

def merge_incidents(session: Session, uid_prefixes: list[str], actor: str, reason: str) -> ResolutionDecision:
    """Make the given incidents one, now and on every later run (until the decision is reverted)."""
    records = _distinct_incidents(session, uid_prefixes)
    if len(records) < 2:
        raise UsageError("a merge needs at least two different incidents")
    mentions = sorted(s["mention_uid"] for r in records for s in r.data["sources"])
    return _decide(session, "merge", [mentions], actor, reason, [r.uid for r in records], records[0].org)


def split_incident(session: Session, uid_prefix: str, mention_uids: list[str], actor: str, reason: str) -> ResolutionDecision:
    """Take the given mentions out of an incident; they never share an incident with the rest again."""
    record = get_incident(session, uid_prefix)
    members = [s["mention_uid"] for s in record.data["sources"]]
    chosen = sorted({m for prefix in mention_uids for m in members if m.startswith(prefix)})
    unknown = [p for p in mention_uids if not any(m.startswith(p) for m in members)]
    if unknown:
        raise UsageError(f"mention(s) {', '.join(unknown)} are not sources of incident {record.uid}: "
                         f"`ctwatch incident show {record.uid[:8]}` lists its sources")
    rest = sorted(set(members) - set(chosen))
    if not chosen or not rest:
        raise UsageError("a split needs some of the incident's mentions, not none or all of them")
    return _decide(session, "split", [chosen, rest], actor, reason, [record.uid], record.org)


def revert_decision(session: Session, decision_uid: str, actor: str, reason: str) -> ResolutionDecision:
    if not reason.strip():
        raise UsageError("say why (--reason): reversals are reviewed later")
    decision = by_uid_prefix(session, ResolutionDecision, decision_uid, "resolution decision", "`ctwatch incident decisions`")
    if decision.reverted_at is not None:
        raise UsageError(f"decision {decision.uid} was already reverted on {decision.reverted_at:%Y-%m-%d}")
    decision.reverted_at, decision.reverted_by, decision.revert_reason = now(), actor, reason
    audit(session, actor, "revert", "resolution_decisions", decision.uid, reason=reason,
          before={"kind": decision.kind, "groups": decision.groups})
    resolve_stored(session, actor)
    return decision


def list_decisions(session: Session) -> list[ResolutionDecision]:
    return list(session.scalars(select(ResolutionDecision).order_by(ResolutionDecision.id)))


def _distinct_incidents(session: Session, uid_prefixes: list[str]) -> list[IncidentRecord]:
    records: dict[str, IncidentRecord] = {}
    for prefix in uid_prefixes:
        record = get_incident(session, prefix)
        records[record.uid] = record
    return list(records.values())


def _decide(session: Session, kind: str, groups: list[list[str]], actor: str, reason: str,
            incidents: list[str], owner: str) -> ResolutionDecision:
    if not reason.strip():
        raise UsageError("say why (--reason): merges and splits are reviewed later")
    decision = ResolutionDecision(uid=str(uuid.uuid4()), kind=kind, groups=groups, reason=reason, actor=actor,
                                  created_at=now(), org=owner)
    session.add(decision)
    audit(session, actor, kind, "resolution_decisions", decision.uid, reason=reason,
          after={"incidents": incidents, "groups": groups})
    session.flush()
    resolve_stored(session, actor)
    return decision
