"""One incident record from a cluster of mentions: its fields, tolls, sources and corroboration.

Field choice, so an analyst can predict it: the type, perpetrator, associated actor (ACLED's
assoc_actor_1, the organisation behind a crowd) and GTD attack type are the ones most mentions give
(ties go to the earliest report; for the perpetrator and the associated actor a knowledge-base id
counts before a name, and the name is the first one given with that id); place and date come from
the most precise mention (ties: the most common value, then the earliest report) — when no report
gives a date, the first report's publication day at time precision 2.

Tolls, per side (security, civilian, militant, unknown) and in total: each report's figure is the
highest its article gives in any of its mentions (a follow-up sentence often updates the toll), a
syndicated copy counting with its original; a report's total is at least the sum of its sides.
Across reports the range is lowest..highest and ``best`` the median report (the lower middle one
for an even count); the incident's total is at least the sum of its sides' figures, so no side
ever exceeds the total.
"""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ..extract.taxonomy import acled_sub_events
from ..settings import tlp_rank
from .mentions import MentionFacts
from .model import SIDES, Incident, IncidentSource, Toll

INCIDENT_NAMESPACE = uuid.UUID("5b0c7a52-6a5e-4b8e-9a53-1f4a7c0e2d11")


def incident_uid(cluster: Sequence[MentionFacts]) -> str:
    """A new incident is named after its first report."""
    return str(uuid.uuid5(INCIDENT_NAMESPACE, anchor(cluster).uid))


def inherit_uids(clusters: Sequence[Sequence[MentionFacts]], previous: Mapping[str, set[str]]) -> list[str]:
    """A uid per cluster that keeps incidents' identities across runs.

    ``previous`` maps the uids of the last run's incidents to their mention uids. Each old uid goes
    to the new cluster that holds most of its mentions (largest overlaps first), so an incident keeps
    its uid — and alerts and references to it stay valid — when reports join it, when an earlier
    report arrives late, and when a person splits some mentions off it. A cluster with no
    predecessor is named after its first report (or, if that name is taken, its next report).
    """
    overlaps = sorted(((len(members & {m.uid for m in cluster}), old, index)
                       for old, members in previous.items() for index, cluster in enumerate(clusters)
                       if members & {m.uid for m in cluster}), key=lambda t: (-t[0], t[1], t[2]))
    uids: dict[int, str] = {}
    taken: set[str] = set()
    for _, old, index in overlaps:
        if index not in uids and old not in taken:
            uids[index] = old
            taken.add(old)
    taken |= set(previous)  # an old uid that lost every mention stays retired
    for index, cluster in enumerate(clusters):
        if index in uids:
            continue
        ordered = sorted(cluster, key=lambda m: (m.published_at or dt.datetime.max, m.article_id, m.seq))
        names = (str(uuid.uuid5(INCIDENT_NAMESPACE, m.uid)) for m in ordered)
        uids[index] = next((name for name in names if name not in taken), None) or str(
            uuid.uuid5(INCIDENT_NAMESPACE, "parted:" + "+".join(sorted(m.uid for m in cluster))))
        taken.add(uids[index])
    return [uids[index] for index in range(len(clusters))]


def anchor(cluster: Sequence[MentionFacts]) -> MentionFacts:
    return min(cluster, key=lambda m: (m.published_at or dt.datetime.max, m.article_id, m.seq))


def build_incident(cluster: Sequence[MentionFacts], uid: str | None = None) -> Incident:
    ordered = sorted(cluster, key=lambda m: (m.published_at or dt.datetime.max, m.article_id, m.seq))
    sub_event = _most_common(ordered, lambda m: m.acled_sub_event_type)
    event_type = (acled_sub_events().get(sub_event, {}).get("event_type") if sub_event
                  else _most_common(ordered, lambda m: m.acled_event_type))
    perpetrator_id, perpetrator = _actor(ordered, lambda m: m.perpetrator_id, lambda m: m.perpetrator)
    associated_id, associated = _actor(ordered, lambda m: m.associated_id, lambda m: m.associated)
    place = _most_precise(ordered, lambda m: m.geo_precision if m.country else None,
                          lambda m: (m.admin2 or "", m.location or ""))
    when = _most_precise(ordered, lambda m: m.time_precision if m.date else None, lambda m: m.date)
    date, time_precision = (when.date, when.time_precision) if when else _reported_date(ordered)
    return Incident(
        uid=uid or incident_uid(ordered),
        status="occurred" if any(m.status == "occurred" for m in ordered) else "foiled",
        acled_event_type=event_type, acled_sub_event_type=sub_event,
        gtd_attack_type=_most_common(ordered, lambda m: m.gtd_attack_type),
        actions=tuple(sorted({a for m in ordered for a in m.actions})),
        perpetrator_id=perpetrator_id, perpetrator=perpetrator,
        perpetrator_kind=next((m.perpetrator_kind for m in ordered if m.perpetrator == perpetrator), None),
        target_category=_most_common(ordered, lambda m: m.target_category),
        target_id=_most_common(ordered, lambda m: m.target_id if m.target_id != perpetrator_id else None),
        associated_id=associated_id, associated=associated,
        country=place.country if place else None, admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None, location=place.location if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        geo_precision=place.geo_precision if place else None,
        date=date, time_precision=time_precision,
        killed=_tolls(ordered, lambda m: m.killed), injured=_tolls(ordered, lambda m: m.injured),
        arrested=max((m.arrested for m in ordered if m.arrested is not None), default=None),
        surrendered=max((m.surrendered for m in ordered if m.surrendered is not None), default=None),
        sources=tuple(IncidentSource(m.uid, m.article_id, m.publisher, m.article.title, m.article.url, m.published_at,
                                     m.sentence)
                      for m in ordered),
        corroboration=corroboration(ordered),
        provenance=_provenance(ordered, sub_event, perpetrator_id or perpetrator, associated_id or associated, place,
                               when),
        # marked as restrictively as its most restricted source
        org=anchor(ordered).article.org, tlp=max((m.article.tlp for m in ordered), key=tlp_rank),
    )


def _actor(mentions: Sequence[MentionFacts], actor_id: Callable[[MentionFacts], str | None],
           name: Callable[[MentionFacts], str | None]) -> tuple[str | None, str | None]:
    """(knowledge-base id, name) of an actor field: the most common id, named as the first mention with that id
    names it; when no mention gives an id, the most common name."""
    chosen = _most_common(mentions, actor_id)
    if chosen:
        return chosen, next((name(m) for m in mentions if actor_id(m) == chosen and name(m)), None)
    return None, _most_common(mentions, name)


def _provenance(mentions: Sequence[MentionFacts], sub_event: str | None, perpetrator: str | None,
                associated: str | None, place: MentionFacts | None, when: MentionFacts | None) -> dict[str, str]:
    """Which mention each chosen field came from (the first that gives the chosen value)."""
    sources = {
        "type": next((m.uid for m in mentions if sub_event and m.acled_sub_event_type == sub_event), None),
        "perpetrator": next((m.uid for m in mentions if perpetrator in (m.perpetrator_id, m.perpetrator)), None)
        if perpetrator else None,
        "associated": next((m.uid for m in mentions if associated in (m.associated_id, m.associated)), None)
        if associated else None,
        "place": place.uid if place else None,
        "date": when.uid if when else None,
    }
    return {name: uid for name, uid in sources.items() if uid}


def _reported_date(mentions: Sequence[MentionFacts]) -> tuple[dt.date | None, int | None]:
    """No report dates the incident: the first report's publication day, at ACLED time precision 2
    (news reports an undated incident within days of it)."""
    published = [m.published_at for m in mentions if m.published_at]
    return (min(published).date(), 2) if published else (None, None)


def _most_common(mentions: Sequence[MentionFacts], value: Callable[[MentionFacts], object]):
    counts = Counter(v for m in mentions if (v := value(m)) is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for m in mentions if (v := value(m)) is not None and counts[v] == top)


def _most_precise(mentions: Sequence[MentionFacts], precision: Callable[[MentionFacts], int | None],
                  value: Callable[[MentionFacts], object]) -> MentionFacts | None:
    """The mention with the best (lowest) ACLED precision; among those, the most common value."""
    graded = [m for m in mentions if precision(m) is not None]
    if not graded:
        return None
    best = min(precision(m) for m in graded)
    finest = [m for m in graded if precision(m) == best]
    common = _most_common(finest, value)
    return next(m for m in finest if value(m) == common)


SIDES_ONLY = tuple(side for side in SIDES if side != "total")


def _tolls(mentions: Sequence[MentionFacts], counts: Callable[[MentionFacts], dict[str, int]]) -> dict[str, Toll]:
    """Tolls per side across reports; see the module doc. A syndicated copy is not a report of its own."""
    per_report: dict[int, dict[str, int]] = {}
    for m in mentions:
        report = per_report.setdefault(m.duplicate_of_id or m.article_id, {})
        for side, value in counts(m).items():
            report[side] = max(report.get(side, 0), value)
    for report in per_report.values():
        if any(side in report for side in SIDES_ONLY):  # a total below its own sides undercounts
            report["total"] = max(report.get("total", 0), sum(report.get(side, 0) for side in SIDES_ONLY))
    tolls = {}
    for side in SIDES:
        articles = tuple(article for article, r in per_report.items() if side in r)
        reports = tuple(per_report[article][side] for article in articles)
        if reports:
            tolls[side] = Toll(low=min(reports), best=statistics.median_low(reports), high=max(reports), reports=reports,
                               articles=articles)
    if "total" in tolls:  # each side's figure is someone's report: the total is at least their sum
        floor = {f: sum(getattr(tolls[side], f) for side in SIDES_ONLY if side in tolls) for f in ("low", "best", "high")}
        total = tolls["total"]
        tolls["total"] = Toll(low=max(total.low, floor["low"]), best=max(total.best, floor["best"]),
                              high=max(total.high, floor["high"]), reports=total.reports, articles=total.articles)
    return tolls


def corroboration(mentions: Sequence[MentionFacts]) -> int:
    """Independent publishers reporting the incident.

    A near-duplicate of a stored article (a syndicated copy) is not independent of it whoever
    publishes it, and two articles by one publisher count once. Articles with no known publisher
    count once each.
    """
    roots: dict[int, str | None] = {}
    for m in mentions:
        root = m.duplicate_of_id or m.article_id
        if not roots.get(root) and m.publisher and m.publisher.strip():
            roots[root] = m.publisher.casefold().strip()
        roots.setdefault(root, None)
    return len({publisher or f"article:{root}" for root, publisher in roots.items()})
