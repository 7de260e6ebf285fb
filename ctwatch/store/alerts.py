"""Stored alerts: checking watch rules against the stored incidents, keeping each alert once,
recording its deliveries, and acknowledging it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analyse.delivery import DeliveryResult, trigger_payload
from ..analyse.rules import Trigger, WatchRule, evaluate_rules, fresh_triggers
from ..errors import UsageError
from ..resolve.model import Incident
from .incidents import load_incidents
from .repository import audit, by_uid_prefix, now
from .schema import AlertRecord


def raise_alerts(session: Session, rules: list[WatchRule], as_of: dt.date, actor: str, org: str = "local",
                 incidents: list[Incident] | None = None) -> list[tuple[AlertRecord, Trigger]]:
    """Evaluate ``rules`` on the stored incidents (or ``incidents``, already loaded) as of ``as_of``;
    store and return the new alerts.

    A trigger is new unless an alert with its key exists, or (window rules) earlier alerts of the
    rule already cover all its incidents — so re-checking after every ingest repeats nothing.
    """
    triggers = evaluate_rules(rules, load_incidents(session) if incidents is None else incidents, as_of)
    covered: dict[str, set[str]] = defaultdict(set)
    keys = set()
    for rule_id, key, uids in session.execute(select(AlertRecord.rule_id, AlertRecord.key, AlertRecord.incident_uids)):
        covered[rule_id].update(uids)
        keys.add(key)
    fresh = [t for t in fresh_triggers(triggers, {r: frozenset(u) for r, u in covered.items()}) if t.key not in keys]
    created = []
    for trigger in fresh:
        record = AlertRecord(uid=str(uuid.uuid4()), key=trigger.key, rule_id=trigger.rule_id, severity=trigger.severity,
                             title=trigger.title, value=trigger.value, threshold=trigger.threshold,
                             window_start=trigger.window_start, window_end=trigger.window_end,
                             incident_uids=list(trigger.incident_uids), trigger=trigger_payload(trigger),
                             deliveries=[], created_at=now(), org=org, tlp=trigger.tlp)
        session.add(record)
        audit(session, actor, "create", "alerts", record.uid, after={"rule": trigger.rule_id, "title": trigger.title})
        created.append((record, trigger))
    session.flush()
    return created


def record_deliveries(session: Session, alert_uid: str, results: list[DeliveryResult]) -> None:
    record = session.scalar(select(AlertRecord).where(AlertRecord.uid == alert_uid))
    stamp = now().isoformat()
    record.deliveries = [*record.deliveries, *({"channel": r.channel, "ok": r.ok, "detail": r.detail, "at": stamp}
                                               for r in results)]


MAX_DELIVERY_ATTEMPTS = 5


def undelivered(session: Session, channels_by_rule: dict[str, tuple[str, ...]]) -> list[tuple[AlertRecord, list[str]]]:
    """Unacknowledged alerts with channels (their rule's current ``notify``) that have no successful
    delivery yet and fewer than MAX_DELIVERY_ATTEMPTS failed ones: what the next check retries."""
    pending = []
    for record in session.scalars(select(AlertRecord).where(AlertRecord.acknowledged_at.is_(None)).order_by(AlertRecord.id)):
        channels = [c for c in channels_by_rule.get(record.rule_id, ())
                    if not any(d["channel"] == c and d["ok"] for d in record.deliveries)
                    and sum(d["channel"] == c for d in record.deliveries) < MAX_DELIVERY_ATTEMPTS]
        if channels:
            pending.append((record, channels))
    return pending


def list_alerts(session: Session, include_acknowledged: bool = False, limit: int = 50) -> list[AlertRecord]:
    statement = select(AlertRecord).order_by(AlertRecord.created_at.desc(), AlertRecord.id.desc())
    if not include_acknowledged:
        statement = statement.where(AlertRecord.acknowledged_at.is_(None))
    return list(session.scalars(statement.limit(limit)))


def acknowledge(session: Session, uid_prefix: str, actor: str, note: str = "") -> AlertRecord:
    record = by_uid_prefix(session, AlertRecord, uid_prefix, "alert", "`ctwatch alerts list --all`")
    if record.acknowledged_at is not None:
        raise UsageError(f"alert {record.uid[:8]} was acknowledged on {record.acknowledged_at:%Y-%m-%d} by {record.acknowledged_by}")
    record.acknowledged_at, record.acknowledged_by, record.ack_note = now(), actor, note
    audit(session, actor, "acknowledge", "alerts", record.uid, reason=note or None)
    return record
