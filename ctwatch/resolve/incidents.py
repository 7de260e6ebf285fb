"""Grouping event mentions into incidents.

Pure: mentions and human decisions in, clusters out. The rules (type families, date windows by
precision, distance) are data in ``data/resolution.yaml``. The method, in order:

1. Mentions that a human merged form one unit; a human split forbids the two sides from ever
   sharing an incident. These constraints are applied on every run, so a re-run never undoes them.
2. Units are taken in date order and each joins the best-scoring open incident that it is
   compatible with — compatible with *every* mention already in it (complete linkage, so a chain
   of near matches cannot glue two different attacks together) — or starts a new one.

Two mentions are compatible when their types fall in one family, the days they may have happened on
overlap, give or take a day (the day of a day-precise date, three days either side of a week-precise
one, the calendar month of a month-precise one, the week before publication for an undated one;
reports with neither an event nor a publication date only join mentions of their own article),
their places agree (same district; or towns within ``max_distance_km``;
or one only names the province the other's district lies in), and their perpetrators are not two
different known groups (a faction and its parent organisation are not different, nor are two
forces of one state, nor the two sides of a clash that each report names in the other order). Within one
article, two different towns are always two incidents: that is how a round-up of a sweep across
districts is split; and two incidents the article itself tells apart ("in two separate incidents",
"In another incident, ...": the same ``separate_set``) are never one.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..extract.nlp import actors_by_id
from .mentions import RESOLVED_STATUSES, MentionFacts

RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "resolution.yaml"


@dataclass(frozen=True)
class ResolutionRules:
    families: dict[str, str]  # ACLED sub-event or event type -> family
    date_window_days: dict[int, int]  # time precision -> days either side; precision 3 is the calendar month
    date_tolerance_days: int
    undated_days: int
    max_distance_km: float

    def family(self, mention: MentionFacts) -> str:
        for key in (mention.acled_sub_event_type, mention.acled_event_type):
            if key and key in self.families:
                return self.families[key]
        return "political"

    def interval(self, mention: MentionFacts) -> tuple[int, int] | None:
        """The days (as ordinals) the mention may have happened on; None when nothing dates it."""
        if mention.date is None:
            if mention.published_at is None:
                return None
            published = mention.published_at.date().toordinal()
            return published - self.undated_days, published
        if mention.time_precision in self.date_window_days:
            day, slack = mention.date.toordinal(), self.date_window_days[mention.time_precision]
            return day - slack, day + slack
        first = mention.date.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first.toordinal(), following.toordinal() - 1


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_FILE) -> ResolutionRules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    families = {label: family for family, labels in data["families"].items() for label in labels}
    return ResolutionRules(families=families, date_window_days={int(k): int(v) for k, v in data["date_window_days"].items()},
                           date_tolerance_days=int(data["date_tolerance_days"]),
                           undated_days=int(data["undated_days_before_publication"]),
                           max_distance_km=float(data["max_distance_km"]))


@dataclass(frozen=True)
class Constraints:
    """Human decisions: groups that must form one incident, and pairs of groups that must not meet."""

    must_link: tuple[frozenset[str], ...] = ()
    cannot_link: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()


@dataclass
class _Cluster:
    number: int  # creation order: ties between equally good clusters go to the older one
    mentions: list[MentionFacts] = field(default_factory=list)
    last_day: int = 0


GRID_DEGREES = 0.25  # cells of the town grid; a lookup reaches as many cells as max_distance_km needs


class _OpenClusters:
    """Clusters a new unit might join, found through indexes instead of a scan of every cluster.

    A mention can only be compatible with clusters of its type family that hold a mention of the
    same article, of the same district, of a town within reach on the grid, or one placed only at
    a level that contains it (the province, the country) — so those are the keys; a mention placed
    only at province or country level looks at every cluster in its province or country. Clusters whose last day is out of reach of every window are skipped (``horizon``).
    """

    def __init__(self, horizon: int, reach_km: float) -> None:
        self.horizon = horizon
        self.reach_km = reach_km
        self.index: dict[tuple, list[_Cluster]] = defaultdict(list)

    def candidates(self, unit: list[MentionFacts], family: str, day: int) -> list[_Cluster]:
        found: dict[int, _Cluster] = {}
        for m in unit:
            for key in self._lookup_keys(m, family, self.reach_km):
                for cluster in self.index.get(key, ()):
                    # nothing dates an undated unit or cluster: it can only meet its own article's
                    if not day or not cluster.last_day or cluster.last_day + self.horizon >= day:
                        found[cluster.number] = cluster
        return [found[n] for n in sorted(found)]

    def add(self, cluster: _Cluster, unit: list[MentionFacts], family: str) -> None:
        for m in unit:
            for key in self._keys(m, family):
                if not self.index[key] or self.index[key][-1] is not cluster:
                    self.index[key].append(cluster)

    @staticmethod
    def _keys(m: MentionFacts, family: str):
        """Where a cluster holding ``m`` is filed."""
        yield family, "article", m.article_id
        if m.country:
            a1, a2 = (m.admin1 or "").casefold(), (m.admin2 or "").casefold()
            yield family, "country", m.country
            if not a1:
                yield family, "country-level", m.country
            else:
                yield family, "province", m.country, a1
                if a2:
                    yield family, "district", m.country, a1, a2
                else:
                    yield family, "province-level", m.country, a1
        if m.lat is not None and m.lon is not None:
            yield family, "grid", int(m.lat // GRID_DEGREES), int(m.lon // GRID_DEGREES)

    @staticmethod
    def _lookup_keys(m: MentionFacts, family: str, reach_km: float):
        """Where clusters that ``m`` could join are filed (see ``_place_score``)."""
        yield family, "article", m.article_id
        if m.country:
            a1, a2 = (m.admin1 or "").casefold(), (m.admin2 or "").casefold()
            yield family, "country-level", m.country
            if not a1:
                yield family, "country", m.country
            else:
                yield family, "province-level", m.country, a1
                yield (family, "district", m.country, a1, a2) if a2 else (family, "province", m.country, a1)
        if m.lat is not None and m.lon is not None:
            row, col = int(m.lat // GRID_DEGREES), int(m.lon // GRID_DEGREES)
            # cells within reach: a degree of latitude is ~111 km, of longitude 111 km x cos(latitude)
            rows = math.ceil(reach_km / (111.0 * GRID_DEGREES))
            cols = math.ceil(reach_km / (111.0 * max(math.cos(math.radians(abs(m.lat) + GRID_DEGREES)), 0.05) * GRID_DEGREES))
            for dr in range(-rows, rows + 1):
                for dc in range(-cols, cols + 1):
                    yield family, "grid", row + dr, col + dc


def resolve(mentions: Iterable[MentionFacts], constraints: Constraints = Constraints(),
            rules: ResolutionRules | None = None) -> list[list[MentionFacts]]:
    """Clusters of mentions, one per incident, each in mention order; clusters in date order."""
    rules = rules or load_rules()
    kept = [m for m in mentions if m.status in RESOLVED_STATUSES]
    forbidden = _forbidden_pairs(constraints)
    clusters: list[_Cluster] = []
    open_clusters = _OpenClusters(horizon=62, reach_km=rules.max_distance_km)  # 62 days: no compatible dates lie further apart
    for unit in sorted(_units(kept, constraints), key=_unit_order):
        day = min(_day(m) for m in unit)
        family = rules.family(unit[0])
        best, best_score = None, 0.0
        for cluster in open_clusters.candidates(unit, family, day):
            score = _join_score(unit, cluster.mentions, rules, forbidden)
            if score > best_score:
                best, best_score = cluster, score
        if best is None:
            best = _Cluster(number=len(clusters))
            clusters.append(best)
        best.mentions.extend(unit)
        best.last_day = max(best.last_day, max(_day(m) for m in unit))
        open_clusters.add(best, unit, family)
    return [sorted(c.mentions, key=_mention_order) for c in clusters]


def _units(mentions: list[MentionFacts], constraints: Constraints) -> list[list[MentionFacts]]:
    """Each mention alone, except those a human merged, which travel together."""
    by_uid = {m.uid: m for m in mentions}
    parent = {uid: uid for uid in by_uid}

    def find(uid: str) -> str:
        while parent[uid] != uid:
            parent[uid] = parent[parent[uid]]
            uid = parent[uid]
        return uid

    for group in constraints.must_link:
        present = sorted(uid for uid in group if uid in by_uid)
        for uid in present[1:]:
            parent[find(uid)] = find(present[0])
    units: dict[str, list[MentionFacts]] = {}
    for m in mentions:
        units.setdefault(find(m.uid), []).append(m)
    return list(units.values())


def _forbidden_pairs(constraints: Constraints) -> set[frozenset[str]]:
    return {frozenset((a, b)) for left, right in constraints.cannot_link for a in left for b in right if a != b}


def _day(m: MentionFacts) -> int:
    when = m.date or (m.published_at.date() if m.published_at else None)
    return when.toordinal() if when else 0


def _unit_order(unit: list[MentionFacts]) -> tuple:
    return min((_day(m), *_mention_order(m)) for m in unit)


def _mention_order(m: MentionFacts) -> tuple:
    return (m.published_at or dt.datetime.max, m.article_id, m.seq)


def _join_score(unit: list[MentionFacts], members: list[MentionFacts], rules: ResolutionRules,
                forbidden: set[frozenset[str]]) -> float:
    """Mean pair score when every pair is compatible, else 0."""
    total = 0.0
    for a in unit:
        for b in members:
            if frozenset((a.uid, b.uid)) in forbidden:
                return 0.0
            score = pair_score(a, b, rules)
            if score <= 0:
                return 0.0
            total += score
    return total / (len(unit) * len(members))


def pair_score(a: MentionFacts, b: MentionFacts, rules: ResolutionRules | None = None) -> float:
    """How alike two mentions are, or 0 when they cannot be one incident (see the module doc)."""
    rules = rules or load_rules()
    if rules.family(a) != rules.family(b):
        return 0.0
    if a.article_id == b.article_id and a.separate_set is not None and a.separate_set == b.separate_set:
        return 0.0  # "in two separate incidents", "In another incident": the report itself says they are two
    span_a, span_b = rules.interval(a), rules.interval(b)
    if span_a is None or span_b is None:
        if a.article_id != b.article_id:
            return 0.0  # no event or publication date: nothing says two reports are of one time
    elif max(span_a[0], span_b[0]) - min(span_a[1], span_b[1]) > rules.date_tolerance_days:
        return 0.0
    gap = abs(_day(a) - _day(b))
    place = _place_score(a, b, rules)
    if place <= 0:
        return 0.0
    actors = _actor_score(a, b)
    if actors < 0:
        return 0.0
    score = place + actors + (2.0 if gap == 0 else 1.0 / gap)
    if a.acled_sub_event_type and a.acled_sub_event_type == b.acled_sub_event_type:
        score += 1.0
    if a.article_id == b.article_id:
        score += 1.0
    return score


def _place_score(a: MentionFacts, b: MentionFacts, rules: ResolutionRules) -> float:
    same_article = a.article_id == b.article_id
    if not (a.country or b.country):
        return 1.0 if same_article else 0.0  # placeless mentions only join their own article's
    if not (a.country and b.country):
        return 0.5 if same_article else 0.0
    if a.country != b.country:
        return 0.0
    towns = a.geo_precision == 1 and b.geo_precision == 1 and a.location and b.location
    km = _distance_km(a, b) if towns else None
    if km is not None and km > rules.max_distance_km:
        return 0.0  # two towns too far apart, whatever their names
    if towns and a.location.casefold() != b.location.casefold():
        if same_article:
            return 0.0  # two towns in one report: two incidents
        if km is not None:
            return 2.0
    province_a, province_b = (a.admin1 or "").casefold(), (b.admin1 or "").casefold()
    if a.admin2 and b.admin2:
        if (province_a, a.admin2.casefold()) != (province_b, b.admin2.casefold()):
            return 0.0
        return 4.0 if towns else 3.0
    if province_a and province_b:
        return 1.0 if province_a == province_b else 0.0
    return 0.5  # one names only the country


def _distance_km(a: MentionFacts, b: MentionFacts) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _actor_score(a: MentionFacts, b: MentionFacts) -> float:
    """2 for one group; 1 for the two sides of one clash, each outlet naming the other side first;
    0 when either is unknown; -1 for two different known groups."""
    if not (a.perpetrator_id and b.perpetrator_id):
        return 0.0
    if _organisation(a.perpetrator_id) == _organisation(b.perpetrator_id):
        return 2.0
    if _other_side(a, b) or _other_side(b, a):
        return 1.0
    return -1.0


def _other_side(a: MentionFacts, b: MentionFacts) -> bool:
    """``a`` was attacked by ``b``'s perpetrator, and ``b`` names no other target than ``a``'s perpetrator."""
    return (bool(a.target_id) and _organisation(a.target_id) == _organisation(b.perpetrator_id)
            and (not b.target_id or _organisation(b.target_id) == _organisation(a.perpetrator_id)))


STATE_KINDS = ("state_force", "state_agency")


def _organisation(actor_id: str) -> str:
    """The side an actor belongs to: a faction and its parent organisation are one side, and so are
    the forces and agencies of one state (outlets credit one joint operation to different ones)."""
    entries = actors_by_id()
    entry = entries.get(actor_id, {})
    if entry.get("kind") in STATE_KINDS:
        return "state:" + ",".join(sorted(entry.get("countries", [])))
    seen = {actor_id}
    while (parent := entries.get(actor_id, {}).get("parent")) and parent not in seen:
        seen.add(parent)
        actor_id = parent
    return actor_id


def cluster_by_uid(clusters: Sequence[Sequence[MentionFacts]]) -> dict[str, int]:
    """mention uid -> index of its cluster."""
    return {m.uid: i for i, cluster in enumerate(clusters) for m in cluster}
