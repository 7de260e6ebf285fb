"""The monthly security report, in the shape of the PICSS/PIPS monthly security reports.

:func:`build_monthly_report` is pure: from every incident it is given (it picks the month, the
month before for the change, and the weeks before for the threat score and early warning) it
computes a :class:`MonthlyReport`. Three renderers turn the report into Markdown, one
self-contained HTML document (inline CSS, inline SVG charts and district map) and an A4 PDF
(WeasyPrint from the HTML). :func:`write_report` writes one of them, by default to
``ctwatch-report-YYYY-MM.<md|html|pdf>`` in the working directory.

Definitions (also printed in the report's method note and in ``docs/report.md``):

* an *attack* is an incident executed by a non-state or unknown actor, a *foiled attack* one stopped
  before it harmed, a *security operation* an arrest, seizure, surrender or state-initiated fight
  (:func:`ctwatch.analyse.stats.role`); protests, riots and political developments are left out;
* an incident's figure for a side is its *best* figure (the median report); its total is the larger
  of its reported total and the sum of its sides, and the part of a total given to no side counts as
  *unidentified*, so the sides add up to the total.
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ConfigError
from ..resolve.model import Incident, IncidentSource, Toll
from ..settings import TLP_LEVELS, tlp_rank
from .district_map import MapPoint, render_district_map, unmatched_districts
from .stats import OperationsBalance, analysis_config, operations_balance, role, tactic
from .threat import DistrictThreat, district_threat_scores
from .trends import Signal, early_warning

FORMATS = ("pdf", "html", "md")
SIDES = ("security", "civilian", "militant", "unknown")
SIDE_LABELS = {"security": "Security forces", "civilian": "Civilians", "militant": "Militants", "unknown": "Unidentified"}
COUNTED_ROLES = ("attack", "foiled", "operation")
NOTABLE = 8
TOP_DISTRICTS = 25
TOP_THREAT = 10
COUNTRY_NAMES = {"PK": "Pakistan", "AF": "Afghanistan", "IN": "India", "IR": "Iran", "BD": "Bangladesh"}
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_CLAIM = re.compile(r"\b(?:claim(?:ed|ing|s)?|accept(?:ed|ing|s)?|own(?:ed|ing|s)?|t(?:ook|aking|akes))\s+(?:the\s+)?"
                    r"responsibility\b", re.IGNORECASE)
_UNIDENTIFIED = re.compile(r"^(?:unidentified|unknown)\b", re.IGNORECASE)


# --- the month ---

def parse_month(month: str) -> tuple[dt.date, dt.date]:
    """``"YYYY-MM"`` -> (first day, last day); a ConfigError naming the expected form otherwise."""
    found = _MONTH.fullmatch(month.strip()) if isinstance(month, str) else None
    if not found or not 1 <= int(found[2]) <= 12 or int(found[1]) < 1:
        raise ConfigError(f"month must be given as YYYY-MM (for example 2025-03), not {month!r}")
    year, number = int(found[1]), int(found[2])
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def month_name(first: dt.date) -> str:
    return f"{calendar.month_name[first.month]} {first.year}"


def report_window(month: str) -> tuple[dt.date, dt.date]:
    """The dates of the incidents a report for ``month`` reads: the month before it, and the threat
    score's and early warning's look-back as of its last day."""
    first, last = parse_month(month)
    config = analysis_config()
    days = max(config["threat_score"]["window_days"],
               config["early_warning"]["recent_days"] + config["early_warning"]["baseline_days"])
    previous_first = (first - dt.timedelta(days=1)).replace(day=1)
    return min(previous_first, last - dt.timedelta(days=days)), last


# --- per-incident figures ---

def side_figures(tolls: dict[str, Toll], figure: str = "best") -> dict[str, int]:
    """An incident's figure (best, low or high) per side; the part of the total given to no side is
    counted as unidentified, so the sides add up to the incident's total."""
    sides = {side: getattr(tolls[side], figure) for side in SIDES if side in tolls}
    rest = (getattr(tolls["total"], figure) if "total" in tolls else 0) - sum(sides.values())
    if rest > 0:
        sides["unknown"] = sides.get("unknown", 0) + rest
    return {side: sides.get(side, 0) for side in SIDES}


def total_killed(incident: Incident, figure: str = "best") -> int:
    """Resolution keeps an incident's total at least the sum of its sides, so this is the total."""
    return getattr(incident.killed["total"], figure) if "total" in incident.killed else 0


def total_injured(incident: Incident, figure: str = "best") -> int:
    return getattr(incident.injured["total"], figure) if "total" in incident.injured else 0


def claimed(incident: Incident) -> bool:
    """A report of the incident says a group claimed (accepted, owned, took) responsibility."""
    return any(_CLAIM.search(s.sentence or "") or _CLAIM.search(s.title or "") for s in incident.sources)


def group_name(incident: Incident) -> str:
    name = (incident.perpetrator or "").strip()
    return "Unidentified" if not name or _UNIDENTIFIED.match(name) else name


def place_of(incident: Incident) -> str:
    parts = [incident.location, incident.admin2, incident.admin1]
    seen: list[str] = []
    for part in parts:
        if part and part.casefold() not in (p.casefold() for p in seen):
            seen.append(part)
    return ", ".join(seen) or "place not reported"


def type_of(incident: Incident) -> str:
    kind = role(incident)
    if kind == "attack":
        return tactic(incident)
    if kind == "foiled":
        return "foiled attack" + (f" ({incident.acled_sub_event_type.lower()})" if incident.acled_sub_event_type else "")
    if kind == "operation":
        return "security operation" + (f" ({incident.acled_sub_event_type.lower()})" if incident.acled_sub_event_type else "")
    return (incident.acled_sub_event_type or "other").lower()


# --- the report ---

@dataclass(frozen=True)
class Change:
    """A measure this month against the month before."""

    measure: str
    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous

    @property
    def pct(self) -> float | None:
        return 100.0 * self.delta / self.previous if self.previous else None

    @property
    def delta_text(self) -> str:
        return f"{self.delta:+d}" if self.delta else "0"

    @property
    def pct_text(self) -> str:
        return "n/a" if self.pct is None else f"{self.pct:+.0f}%"


@dataclass(frozen=True)
class SideRow:
    side: str
    label: str
    killed: int
    injured: int
    killed_in_attacks: int
    killed_in_operations: int
    previous_killed: int

    @property
    def change(self) -> Change:
        return Change(self.label, self.killed, self.previous_killed)


@dataclass(frozen=True)
class AreaRow:
    """A province (``admin2`` None) or a district."""

    admin1: str
    admin2: str | None
    attacks: int
    killed: int
    injured: int
    foiled: int
    operations: int
    arrested: int
    previous_attacks: int


@dataclass(frozen=True)
class TacticRow:
    tactic: str
    attacks: int
    killed: int
    injured: int
    share: float  # of the month's attacks, 0..1


@dataclass(frozen=True)
class GroupRow:
    group: str
    attacks: int
    claimed: int
    killed: int
    injured: int
    provinces: tuple[str, ...]


@dataclass(frozen=True)
class OperationsSummary:
    operations: int
    foiled: int
    arrested: int
    surrendered: int
    seizures: int
    militants_killed: int
    attacks: int
    districts: tuple[OperationsBalance, ...]  # districts with an operation or a foiled attack

    @property
    def prevention_ratio(self) -> float | None:
        attempted = self.foiled + self.attacks
        return self.foiled / attempted if attempted else None


@dataclass(frozen=True)
class NotableIncident:
    number: int
    uid: str
    date: dt.date
    place: str
    type: str
    perpetrator: str
    killed: int
    killed_low: int
    killed_high: int
    injured: int
    injured_low: int
    injured_high: int
    killed_by_side: dict[str, int]
    corroboration: int
    sources: tuple[IncidentSource, ...]

    @property
    def toll_text(self) -> str:
        def part(best: int, low: int, high: int, word: str) -> str:
            return f"{best} {word}" + (f" (reports {low}–{high})" if low != high else "")
        sides = ", ".join(f"{n} {SIDE_LABELS[s].lower()}" for s, n in self.killed_by_side.items() if n)
        text = part(self.killed, self.killed_low, self.killed_high, "killed")
        return text + (f" [{sides}]" if sides else "") + "; " + part(self.injured, self.injured_low, self.injured_high, "injured")


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    attacks: int
    foiled: int
    operations: int


@dataclass(frozen=True)
class MonthlyReport:
    month: str
    title: str
    country: str | None
    period_start: dt.date
    period_end: dt.date
    previous_month: str
    generated_at: dt.datetime
    tlp: str
    attacks: int
    foiled: int
    operations: int
    killed: int
    injured: int
    killed_range: tuple[int, int]
    injured_range: tuple[int, int]
    conflicting_tolls: int
    changes: tuple[Change, ...]
    sides: tuple[SideRow, ...]
    provinces: tuple[AreaRow, ...]
    districts: tuple[AreaRow, ...]
    more_districts: int  # districts with activity beyond the table
    tactics: tuple[TacticRow, ...]
    groups: tuple[GroupRow, ...]
    operations_summary: OperationsSummary
    notable: tuple[NotableIncident, ...]
    daily: tuple[DayCount, ...]
    map_values: dict[str, int]
    map_points: tuple[MapPoint, ...]
    map_unmatched: tuple[str, ...]
    warnings: tuple[Signal, ...]
    warnings_tested: int
    threat: tuple[DistrictThreat, ...]
    group_names: dict[str, str]  # perpetrator id -> name, for the threat table
    findings: tuple[str, ...]
    method: tuple[str, ...]
    articles: int
    publishers: tuple[tuple[str, int], ...]  # (publisher, incidents it reported), most first
    other_incidents: int  # protests, riots, political developments in the month: left out
    unplaced_country: int  # counted incidents with no resolved country

    @property
    def month_label(self) -> str:
        return month_name(self.period_start)

    @property
    def previous_label(self) -> str:
        return month_name((self.period_start - dt.timedelta(days=1)).replace(day=1))

    @property
    def empty(self) -> bool:
        """No attack, foiled attack or security operation was recorded in the month."""
        return not (self.attacks or self.foiled or self.operations)

    @property
    def empty_text(self) -> str:
        where = f" in {COUNTRY_NAMES.get(self.country, self.country)}" if self.country else ""
        return (f"No incidents were recorded{where} in {self.month_label}: no attack, foiled attack or security "
                "operation in the database falls in this month.")

    @property
    def killed_in_attacks(self) -> int:
        return sum(row.killed_in_attacks for row in self.sides)

    def change(self, measure: str) -> Change:
        """The month-on-month change of a measure by name ("Attacks", "Killed (all incidents)", ...)."""
        return next(c for c in self.changes if c.measure.strip() == measure)

    def threat_groups(self, threat: DistrictThreat) -> str:
        return ", ".join(self.group_names.get(g, g) for g in threat.groups)


def build_monthly_report(incidents: Sequence[Incident], month: str, *, country: str | None = "PK",
                         generated_at: dt.datetime | None = None) -> MonthlyReport:
    """The report for ``month`` ("YYYY-MM") from all the given incidents (see module doc).

    ``country``: the ISO code of the incidents to count (incidents with no resolved country are
    counted too, and their number is reported); None counts every country.
    """
    first, last = parse_month(month)
    previous_first = (first - dt.timedelta(days=1)).replace(day=1)
    previous_last = first - dt.timedelta(days=1)
    scope = [i for i in incidents if i.date and (country is None or i.country in (country, None))]
    in_month = [i for i in scope if first <= i.date <= last]
    counted = [i for i in in_month if role(i) in COUNTED_ROLES]
    before = [i for i in scope if previous_first <= i.date <= previous_last and role(i) in COUNTED_ROLES]
    roles = {i.uid: role(i) for i in (*counted, *before)}
    attacks = [i for i in counted if roles[i.uid] == "attack"]
    previous_attacks = [i for i in before if roles[i.uid] == "attack"]

    def count(items: Iterable[Incident], kind: str) -> int:
        return sum(roles[i.uid] == kind for i in items)

    sides = _sides(counted, before, roles)
    killed_now, injured_now = sum(total_killed(i) for i in counted), sum(total_injured(i) for i in counted)
    arrested_now = sum(i.arrested or 0 for i in counted if roles[i.uid] == "operation")
    arrested_before = sum(i.arrested or 0 for i in before if roles[i.uid] == "operation")
    changes = (
        Change("Attacks", len(attacks), len(previous_attacks)),
        Change("Killed (all incidents)", killed_now, sum(total_killed(i) for i in before)),
        *(Change(f"  of whom {row.label.lower()}", row.killed, row.previous_killed) for row in sides if row.side != "unknown"),
        Change("Injured (all incidents)", injured_now, sum(total_injured(i) for i in before)),
        Change("Killed in attacks", sum(total_killed(i) for i in attacks), sum(total_killed(i) for i in previous_attacks)),
        Change("Attacks foiled", count(counted, "foiled"), count(before, "foiled")),
        Change("Security operations", count(counted, "operation"), count(before, "operation")),
        Change("Arrests", arrested_now, arrested_before),
    )
    lookback = report_window(month)[0]
    used = [i for i in scope if lookback <= i.date <= last]
    tlp = TLP_LEVELS[max((tlp_rank(i.tlp) for i in used), default=0)]
    provinces, districts = _areas(counted, previous_attacks, roles)
    operations = _operations(counted)
    notable = _notable(counted)
    tactics = _tactics(attacks)
    groups = _groups(attacks)
    signals = early_warning(scope, last)
    threat = tuple(district_threat_scores(scope, last)[:TOP_THREAT])
    map_values, points = _map(attacks, notable)
    publishers = Counter(s.publisher or "publisher not recorded" for i in counted
                         for s in {s.publisher: s for s in i.sources}.values())
    title_place = COUNTRY_NAMES.get(country, country) if country else "All countries"
    report = MonthlyReport(
        month=f"{first:%Y-%m}", title=f"{title_place}: monthly security report", country=country,
        period_start=first, period_end=last, previous_month=f"{previous_first:%Y-%m}",
        generated_at=generated_at or dt.datetime.now().replace(microsecond=0), tlp=tlp,
        attacks=len(attacks), foiled=count(counted, "foiled"), operations=count(counted, "operation"),
        killed=killed_now, injured=injured_now,
        killed_range=(sum(total_killed(i, "low") for i in counted), sum(total_killed(i, "high") for i in counted)),
        injured_range=(sum(total_injured(i, "low") for i in counted), sum(total_injured(i, "high") for i in counted)),
        conflicting_tolls=sum(any(t.conflicting for t in (*i.killed.values(), *i.injured.values())) for i in counted),
        changes=changes, sides=sides, provinces=provinces, districts=districts[:TOP_DISTRICTS],
        more_districts=max(0, len(districts) - TOP_DISTRICTS), tactics=tactics, groups=groups,
        operations_summary=operations, notable=notable, daily=_daily(counted, roles, first, last),
        map_values=map_values, map_points=points, map_unmatched=tuple(unmatched_districts(map_values)),
        warnings=tuple(s for s in signals if s.flagged), warnings_tested=len(signals), threat=threat,
        group_names={i.perpetrator_id: i.perpetrator for i in scope if i.perpetrator_id and i.perpetrator},
        findings=(), method=(), articles=len({s.article_id for i in counted for s in i.sources}),
        publishers=tuple(publishers.most_common()), other_incidents=len(in_month) - len(counted),
        unplaced_country=sum(i.country is None for i in counted) if country else 0)
    return _with_text(report)


def _sides(counted: Sequence[Incident], before: Sequence[Incident], roles: dict[str, str]) -> tuple[SideRow, ...]:
    def per_side(items: Iterable[Incident], tolls: str) -> Counter:
        total: Counter = Counter()
        for incident in items:
            total.update(side_figures(getattr(incident, tolls)))
        return total

    killed, injured = per_side(counted, "killed"), per_side(counted, "injured")
    in_attacks = per_side((i for i in counted if roles[i.uid] == "attack"), "killed")
    in_operations = per_side((i for i in counted if roles[i.uid] == "operation"), "killed")
    previous = per_side(before, "killed")
    return tuple(SideRow(side, SIDE_LABELS[side], killed[side], injured[side], in_attacks[side], in_operations[side],
                         previous[side]) for side in SIDES)


def _areas(counted: Sequence[Incident], previous_attacks: Sequence[Incident], roles: dict[str, str]
           ) -> tuple[tuple[AreaRow, ...], list[AreaRow]]:
    def rows(key) -> list[AreaRow]:
        now: dict[tuple, list[Incident]] = defaultdict(list)
        for incident in counted:
            now[key(incident)].append(incident)
        earlier = Counter(key(i) for i in previous_attacks)
        result = []
        for place in set(now) | set(earlier):
            items = now.get(place, [])
            attacks = [i for i in items if roles[i.uid] == "attack"]
            result.append(AreaRow(place[0], place[1], len(attacks), sum(total_killed(i) for i in attacks),
                                  sum(total_injured(i) for i in attacks), sum(roles[i.uid] == "foiled" for i in items),
                                  sum(roles[i.uid] == "operation" for i in items),
                                  sum(i.arrested or 0 for i in items if roles[i.uid] == "operation"), earlier[place]))
        return sorted(result, key=lambda r: (-r.attacks, -r.killed, -(r.foiled + r.operations), -r.previous_attacks,
                                             r.admin1, r.admin2 or ""))

    provinces = rows(lambda i: (i.admin1 or "Province not reported", None))
    districts = [r for r in rows(lambda i: (i.admin1 or "Province not reported", i.admin2 or "District not reported"))
                 if r.attacks or r.foiled or r.operations]
    return tuple(provinces), districts


def _tactics(attacks: Sequence[Incident]) -> tuple[TacticRow, ...]:
    groups: dict[str, list[Incident]] = defaultdict(list)
    for incident in attacks:
        groups[tactic(incident)].append(incident)
    rows = [TacticRow(name, len(items), sum(total_killed(i) for i in items), sum(total_injured(i) for i in items),
                      len(items) / len(attacks)) for name, items in groups.items()]
    return tuple(sorted(rows, key=lambda r: (-r.attacks, -r.killed, r.tactic)))


def _groups(attacks: Sequence[Incident]) -> tuple[GroupRow, ...]:
    groups: dict[str, list[Incident]] = defaultdict(list)
    for incident in attacks:
        groups[group_name(incident)].append(incident)
    rows = [GroupRow(name, len(items), sum(claimed(i) for i in items), sum(total_killed(i) for i in items),
                     sum(total_injured(i) for i in items), tuple(sorted({i.admin1 for i in items if i.admin1})))
            for name, items in groups.items()]
    return tuple(sorted(rows, key=lambda r: (r.group == "Unidentified", -r.attacks, -r.killed, r.group)))


def _operations(counted: Sequence[Incident]) -> OperationsSummary:
    rows = [replace(r, admin1="Province not reported" if r.admin1 == "unknown" else r.admin1,
                    admin2="District not reported" if r.admin2 == "unknown" else r.admin2)
            for r in operations_balance(counted)]
    return OperationsSummary(
        operations=sum(r.operations for r in rows), foiled=sum(r.foiled for r in rows),
        arrested=sum(r.arrested for r in rows), surrendered=sum(r.surrendered for r in rows),
        seizures=sum(r.seizures for r in rows), militants_killed=sum(r.militants_killed for r in rows),
        attacks=sum(r.attacks for r in rows),
        districts=tuple(sorted((r for r in rows if r.operations or r.foiled),
                               key=lambda r: (-(r.operations + r.foiled), -r.arrested, r.admin2))))


def _notable(counted: Sequence[Incident]) -> tuple[NotableIncident, ...]:
    ranked = sorted(counted, key=lambda i: (-total_killed(i), -i.corroboration, -total_injured(i), i.date, i.uid))
    chosen = [i for i in ranked if total_killed(i) or total_injured(i) or i.corroboration > 1 or i.arrested][:NOTABLE]
    chosen = chosen or ranked[:NOTABLE]
    result = []
    for number, incident in enumerate(chosen, 1):
        sources = tuple({(s.article_id, s.url): s for s in incident.sources}.values())
        result.append(NotableIncident(
            number, incident.uid, incident.date, place_of(incident), type_of(incident),
            incident.perpetrator or "unidentified", total_killed(incident), total_killed(incident, "low"),
            total_killed(incident, "high"), total_injured(incident), total_injured(incident, "low"),
            total_injured(incident, "high"), side_figures(incident.killed), incident.corroboration, sources))
    return tuple(result)


def _daily(counted: Sequence[Incident], roles: dict[str, str], first: dt.date, last: dt.date) -> tuple[DayCount, ...]:
    per = {first + dt.timedelta(days=n): Counter() for n in range((last - first).days + 1)}
    for incident in counted:
        per[incident.date][roles[incident.uid]] += 1
    return tuple(DayCount(day, c["attack"], c["foiled"], c["operation"]) for day, c in per.items())


def _map(attacks: Sequence[Incident], notable: Sequence[NotableIncident]) -> tuple[dict[str, int], tuple[MapPoint, ...]]:
    """Attacks per Pakistani district (admin2) and a circle for each located attack (numbered when notable)."""
    pakistani = [i for i in attacks if i.country == "PK"]
    values = dict(Counter(i.admin2 for i in pakistani if i.admin2).most_common())
    numbers = {n.uid: n.number for n in notable}
    points = tuple(MapPoint(i.lat, i.lon, str(numbers.get(i.uid, "")), min(1.0 + total_killed(i) / 3, 6.0))
                   for i in sorted(pakistani, key=lambda i: i.uid in numbers)  # notable ones drawn last, on top
                   if i.lat is not None and i.lon is not None)
    return values, points


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def _with_text(report: MonthlyReport) -> MonthlyReport:
    """The key findings and the method note, in words."""
    r = report
    findings: list[str] = []
    if r.empty:
        findings.append(r.empty_text)
        previous = r.change("Attacks").previous
        if previous:
            findings.append(f"{r.previous_label} had {previous} attack{'s' * (previous != 1)}.")
    else:
        attacks = r.change("Attacks")
        trend = (f"{attacks.delta_text} ({attacks.pct_text}) on {r.previous_label}" if attacks.pct is not None
                 else f"against none recorded in {r.previous_label}")
        findings.append(f"{r.attacks} militant attack{'s' * (r.attacks != 1)} were recorded, {trend}; "
                        f"{r.foiled} attack{'s' * (r.foiled != 1)} foiled and {r.operations} security "
                        f"operation{'s' * (r.operations != 1)}.")
        by_side = ", ".join(f"{row.killed} {row.label.lower()}" for row in r.sides if row.killed)
        killed = r.change("Killed (all incidents)")
        findings.append(f"{r.killed} people were killed ({by_side or 'none by side'}) and {r.injured} injured"
                        + (f"; deaths {killed.delta_text} ({killed.pct_text}) on {r.previous_label}." if killed.pct is not None
                           else "."))
        if r.provinces and r.provinces[0].attacks:
            top = r.provinces[0]
            findings.append(f"Most affected province: {top.admin1} ({top.attacks} attack{'s' * (top.attacks != 1)}, "
                            f"{top.killed} killed); most affected district: {r.districts[0].admin2} "
                            f"({r.districts[0].attacks} attack{'s' * (r.districts[0].attacks != 1)}).")
        if r.tactics:
            findings.append("Tactics: " + ", ".join(f"{t.tactic} {t.attacks}" for t in r.tactics[:4]) + ".")
        named = [g for g in r.groups if g.group != "Unidentified"]
        if named:
            findings.append("Groups named in reports: " + ", ".join(f"{g.group} ({g.attacks})" for g in named[:4])
                            + f"; {sum(g.claimed for g in r.groups)} attack(s) reported as claimed.")
        if r.notable and r.notable[0].killed:
            n = r.notable[0]
            findings.append(f"Deadliest incident: {n.type} in {n.place} on {n.date:%d %B}, {n.killed} killed.")
        if r.warnings:
            findings.append("Early warning: activity significantly above its baseline in "
                            + ", ".join(s.unit for s in r.warnings[:4]) + ".")
    config = analysis_config()
    scope = (f"Incidents placed in {COUNTRY_NAMES.get(r.country, r.country)} ({r.country})"
             + (f", and {r.unplaced_country} with no resolved country that the sources report in the same stream"
                if r.unplaced_country else "") if r.country else "Incidents in every country")
    method = (
        f"Scope: {scope}, dated {r.period_start:%d %B %Y} to {r.period_end:%d %B %Y} by the incident's date; "
        f"the change is against {r.previous_label}.",
        "What counts: an attack is a violent incident (battle, explosion or remote violence, violence against "
        "civilians, property destruction) carried out by a non-state or unidentified actor; a foiled attack is one "
        "stopped before it harmed; a security operation is an arrest, seizure, surrender or fight started by state "
        f"forces. Protests, riots and political developments are left out ({r.other_incidents} this month).",
        "Tolls: outlets disagree, so each incident keeps every report's figure; the best figure is the median report "
        "(the lower of the middle two). An incident's total is the larger of its reported total and the sum of its "
        "sides; deaths given to no side are counted as unidentified. Ranges (low–high) show the lowest and highest "
        f"reports; {r.conflicting_tolls} incident{'s' * (r.conflicting_tolls != 1)} had conflicting figures.",
        "Tactics follow the curated table in ctwatch/data/analysis.yaml (suicide attack, IED / bomb, targeted "
        "killing, ...). Groups: incidents have no separate claim field, so attacks are attributed as reported "
        "(by officials, the group or the press); 'claimed' counts the attacks whose reports say a group claimed "
        "responsibility.",
        f"Threat score and early warning are computed as of {r.period_end:%d %B %Y} over the preceding "
        f"{config['threat_score']['window_days']} days (threat, half-life {config['threat_score']['half_life_days']} "
        f"days) and the last {config['early_warning']['recent_days']} days against the "
        f"{config['early_warning']['baseline_days']} before them (early warning: one-sided Poisson test, "
        f"false discovery rate {config['early_warning']['fdr']}); see docs/analysis.md.",
        f"Sources: {r.articles} article{'s' * (r.articles != 1)} from {len(r.publishers)} publisher"
        f"{'s' * (len(r.publishers) != 1)}, resolved into incidents by ctwatch; corroboration counts independent "
        "publishers. Figures are from open reporting and change as reports are added.",
    )
    return replace(report, findings=tuple(findings), method=method)


# --- Markdown ---

def _md(value: object) -> str:
    """Text for a Markdown table cell."""
    return re.sub(r"\s+", " ", str(value if value is not None else "")).replace("|", "\\|").strip()


def _md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def render_markdown(report: MonthlyReport) -> str:
    r = report
    lines = [f"# {r.title} — {r.month_label}", "",
             f"**TLP:{r.tlp}** · period {r.period_start} to {r.period_end} · generated {r.generated_at:%Y-%m-%d %H:%M} by ctwatch", ""]
    lines += ["## Key findings", ""] + [f"- {_md(f)}" for f in r.findings] + [""]
    lines += ["## Summary and month-on-month change", ""]
    lines += _md_table(["Measure", r.month_label, r.previous_label, "Change", "Change %"],
                       [(c.measure.strip(), c.current, c.previous, c.delta_text, c.pct_text) for c in r.changes])
    if r.empty:
        lines += [r.empty_text, ""]
    lines += ["## Killed and injured by side", ""]
    lines += _md_table(["Side", "Killed in attacks", "Killed in operations", "Killed (all)", "Injured (all)",
                        f"Killed {r.previous_label}", "Change %"],
                       [(s.label, s.killed_in_attacks, s.killed_in_operations, s.killed, s.injured, s.previous_killed,
                         s.change.pct_text) for s in r.sides]
                       + [("Total", sum(s.killed_in_attacks for s in r.sides), sum(s.killed_in_operations for s in r.sides),
                           r.killed, r.injured, r.change("Killed (all incidents)").previous, r.change("Killed (all incidents)").pct_text)])
    lines += [f"Best figures. Reports range from {r.killed_range[0]} to {r.killed_range[1]} killed and "
              f"{r.injured_range[0]} to {r.injured_range[1]} injured; {r.conflicting_tolls} incident(s) had "
              "conflicting tolls.", ""]
    lines += ["## By province", ""]
    lines += (_md_table(["Province", "Attacks", "Killed", "Injured", "Foiled", "Operations", "Arrests",
                         f"Attacks {r.previous_label}"],
                        [(p.admin1, p.attacks, p.killed, p.injured, p.foiled, p.operations, p.arrested, p.previous_attacks)
                         for p in r.provinces]) if r.provinces else ["No incidents by province.", ""])
    lines += ["## By district", ""]
    lines += (_md_table(["Province", "District", "Attacks", "Killed", "Injured", "Foiled", "Operations", "Arrests"],
                        [(d.admin1, d.admin2, d.attacks, d.killed, d.injured, d.foiled, d.operations, d.arrested)
                         for d in r.districts]) if r.districts else ["No incidents by district.", ""])
    if r.more_districts:
        lines += [f"{r.more_districts} more district(s) not shown.", ""]
    lines += ["The district map and the charts are in the HTML and PDF formats of this report.", ""]
    lines += ["## By tactic", ""]
    lines += (_md_table(["Tactic", "Attacks", "Share", "Killed", "Injured"],
                        [(t.tactic, t.attacks, f"{100 * t.share:.0f}%", t.killed, t.injured) for t in r.tactics])
              if r.tactics else ["No attacks this month.", ""])
    lines += ["## By group", ""]
    lines += (_md_table(["Group (as reported)", "Attacks", "Claimed", "Killed", "Injured", "Provinces"],
                        [(g.group, g.attacks, g.claimed, g.killed, g.injured, ", ".join(g.provinces)) for g in r.groups])
              if r.groups else ["No attacks this month.", ""])
    lines += ["Attribution is by reporting: incidents have no claim field; 'Claimed' counts attacks whose reports "
              "say a group claimed responsibility.", ""]
    o = r.operations_summary
    lines += ["## Security operations", ""]
    lines += _md_table(["Measure", "Count"], [
        ("Security operations", o.operations), ("Attacks foiled", o.foiled), ("Arrests", o.arrested),
        ("Surrenders", o.surrendered), ("Seizures", o.seizures), ("Militants killed (all incidents)", o.militants_killed),
        ("Attacks foiled as share of attempted", _pct(o.prevention_ratio))])
    if o.districts:
        lines += _md_table(["Province", "District", "Operations", "Foiled", "Attacks", "Arrests", "Surrenders",
                            "Seizures", "Militants killed"],
                           [(d.admin1, d.admin2, d.operations, d.foiled, d.attacks, d.arrested, d.surrendered,
                             d.seizures, d.militants_killed) for d in o.districts])
    lines += ["## Notable incidents", ""]
    if not r.notable:
        lines += ["None this month.", ""]
    for n in r.notable:
        lines += [f"### {n.number}. {_sentence_case(_md(n.type))} — {_md(n.place)}, {n.date:%d %B %Y}", "",
                  f"- Perpetrator (as reported): {_md(n.perpetrator)}", f"- Toll: {_md(n.toll_text)}",
                  f"- Independent publishers: {n.corroboration}", "- Sources:"]
        lines += [f"  - {_md(s.publisher or 'publisher not recorded')}: {_md(s.title or 'untitled')}"
                  + (f" <{_md(s.url)}>" if s.url else "") for s in n.sources]
        lines.append("")
    lines += ["## Early warning", ""]
    lines += (_md_table(["Kind", "Unit", "Attacks (recent)", "Expected", "Ratio", "q"],
                        [(s.unit_kind, s.unit, s.recent, f"{s.expected:.1f}", f"{s.ratio:.1f}", f"{s.q_value:.3f}")
                         for s in r.warnings])
              if r.warnings else [f"No district or group flagged as of {r.period_end} ({r.warnings_tested} tested).", ""])
    lines += ["## District threat, top 10", ""]
    lines += (_md_table(["#", "District", "Province", "Score", "Main components", "Groups"],
                        [(k, t.admin2, t.admin1, f"{t.score:.1f}", _components(t), r.threat_groups(t))
                         for k, t in enumerate(r.threat, 1)])
              if r.threat else [f"No district scored as of {r.period_end}.", ""])
    lines += ["## Method and sources", ""] + [f"- {_md(m)}" for m in r.method] + [""]
    if r.publishers:
        lines += ["Publishers (incidents reported): " + _md(", ".join(f"{p} ({n})" for p, n in r.publishers)), ""]
    return "\n".join(lines)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _components(threat: DistrictThreat) -> str:
    parts = sorted(threat.components, key=lambda c: -c.contribution)
    return ", ".join(f"{c.name} {c.contribution:.1f}" for c in parts[:3] if c.contribution > 0)


# --- charts (matplotlib, as SVG text) ---

_COLOURS = {"attack": "#b2182b", "foiled": "#f4a582", "operation": "#2166ac",
            "security": "#2166ac", "civilian": "#d6604d", "militant": "#4d4d4d", "unknown": "#bababa"}


def _svg_of(figure, salt: str) -> str:
    import matplotlib

    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "path"}):
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "ctwatch"})
    return _inline_svg(buffer.getvalue())


def _inline_svg(svg: str) -> str:
    """An SVG document as an element to put inside HTML: no XML declaration, doctype or metadata."""
    svg = re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg)
    return re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.DOTALL)


def _figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no backend or global state is touched

    figure = Figure(figsize=(width, height), layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def _style(axes) -> None:
    for spine in ("top", "right"):
        axes.spines[spine].set_visible(False)
    axes.tick_params(labelsize=8)
    axes.grid(axis="both", color="#e0e0e0", linewidth=0.6)
    axes.set_axisbelow(True)


def chart_daily(report: MonthlyReport) -> str:
    from matplotlib.ticker import MaxNLocator

    figure = _figure(7.0, 2.3)
    axes = figure.add_subplot()
    days = [d.day.day for d in report.daily]
    bottom = [0] * len(days)
    for kind, label in (("attack", "Attacks"), ("foiled", "Foiled"), ("operation", "Security operations")):
        values = [getattr(d, {"attack": "attacks", "foiled": "foiled", "operation": "operations"}[kind]) for d in report.daily]
        axes.bar(days, values, bottom=bottom, color=_COLOURS[kind], label=label, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values)]
    axes.set_xlim(0.4, len(days) + 0.6)
    axes.set_xticks(range(1, len(days) + 1, 2 if len(days) > 16 else 1))
    axes.set_xlabel(f"Day of {report.month_label}", fontsize=8)
    axes.set_ylabel("Incidents", fontsize=8)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(max(bottom, default=0), 1) * 1.15)
    _style(axes)
    axes.grid(axis="x", visible=False)
    axes.legend(fontsize=7.5, frameon=False, ncols=3, loc="upper left")
    return _svg_of(figure, "ctwatch-daily")


def chart_sides(report: MonthlyReport) -> str:
    from matplotlib.ticker import MaxNLocator

    figure = _figure(7.0, 2.1)
    axes = figure.add_subplot()
    rows = list(report.sides)[::-1]
    labels = [s.label for s in rows]
    positions = range(len(rows))
    axes.barh([p + 0.2 for p in positions], [s.killed for s in rows], height=0.4, color=[_COLOURS[s.side] for s in rows],
              label="Killed")
    axes.barh([p - 0.2 for p in positions], [s.injured for s in rows], height=0.4, color=[_COLOURS[s.side] for s in rows],
              alpha=0.4, label="Injured")
    top = max([s.killed for s in rows] + [s.injured for s in rows] + [1])
    for p, s in zip(positions, rows):
        axes.text(s.killed + top * 0.01, p + 0.2, f"{s.killed} killed", va="center", fontsize=7.5)
        axes.text(s.injured + top * 0.01, p - 0.2, f"{s.injured} injured", va="center", fontsize=7.5, color="#555555")
    axes.set_yticks(list(positions), labels)
    axes.set_xlim(0, top * 1.2)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(axes)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel("People (best figures)", fontsize=8)
    return _svg_of(figure, "ctwatch-sides")


def chart_tactics(report: MonthlyReport) -> str:
    from matplotlib.ticker import MaxNLocator

    rows = list(report.tactics)[::-1]
    figure = _figure(7.0, max(1.4, 0.3 * len(rows) + 0.7))
    axes = figure.add_subplot()
    axes.barh(range(len(rows)), [t.attacks for t in rows], color=_COLOURS["attack"], height=0.6)
    top = max([t.attacks for t in rows] + [1])
    for p, t in enumerate(rows):
        axes.text(t.attacks + top * 0.01, p, f"{t.attacks} ({t.killed} killed)", va="center", fontsize=7.5)
    axes.set_yticks(range(len(rows)), [t.tactic for t in rows])
    axes.set_xlim(0, top * 1.25)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(axes)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel("Attacks", fontsize=8)
    return _svg_of(figure, "ctwatch-tactics")


def district_map_svg(report: MonthlyReport, width: int = 640) -> str | None:
    """The district map of attacks (inline SVG), or None when no attack is in a Pakistani district."""
    if not report.map_values and not report.map_points:
        return None
    return _inline_svg(render_district_map(report.map_values, points=report.map_points, width=width,
                                           legend_label=f"Attacks, {report.month_label}"))


# --- HTML and PDF ---

_TLP_COLOURS = {"CLEAR": "#ffffff", "GREEN": "#33ff00", "AMBER": "#ffc000", "AMBER+STRICT": "#ffc000", "RED": "#ff2b2b"}


def _css_string(text: str) -> str:
    """Text as the inside of a double-quoted CSS string."""
    return "".join(c if c.isalnum() or c in " .,:;·—–-()/+" else f"\\{ord(c):06x}" for c in str(text))


def _href(url: str | None) -> str | None:
    return url if url and re.match(r"https?://", url, re.IGNORECASE) else None


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ r.title }} — {{ r.month_label }}</title>
<style>
@page {
  size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-left { content: "{{ header_css }}"; font: 7.5pt "DejaVu Sans", sans-serif; color: #555; }
  @top-right { content: element(tlp); vertical-align: bottom; }
  @bottom-left { content: "Generated {{ generated_css }} by ctwatch · open-source reporting"; font: 7pt "DejaVu Sans", sans-serif; color: #777; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "DejaVu Sans", sans-serif; color: #555; }
}
@page :first { @top-left { content: none; } }
html { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9pt; color: #1a1a1a; line-height: 1.35; }
body { margin: 0 auto; max-width: 190mm; }
h1 { font-size: 20pt; margin: 0 0 2mm 0; color: #12263a; }
h2 { font-size: 13pt; color: #12263a; border-bottom: 1.5pt solid #12263a; padding-bottom: 1mm; margin: 7mm 0 3mm 0;
     page-break-after: avoid; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1mm 0; page-break-after: avoid; break-after: avoid; }
p { margin: 1.5mm 0; }
.tlp-running { position: running(tlp); text-align: right; }
.tlp-running span { background: #000; color: {{ tlp_colour }}; font-weight: bold; font-size: 7.5pt; padding: 0.8mm 2mm; }
@media screen { .tlp-running { display: none; } }
.tlp { display: inline-block; background: #000; color: {{ tlp_colour }}; font-weight: bold; padding: 1mm 3mm; font-size: 10pt; }
.cover { border-top: 6pt solid #12263a; padding-top: 5mm; }
.subtitle { font-size: 13pt; color: #333; margin: 0 0 3mm 0; }
.meta { color: #555; font-size: 8.5pt; }
.figures { width: 100%; margin: 5mm 0 3mm 0; border-collapse: separate; border-spacing: 2mm 0; }
.figures td { background: #eef2f6; text-align: center; padding: 3mm 1mm; border: none; width: 20%; }
.figures .n { font-size: 19pt; font-weight: bold; color: #12263a; display: block; }
.figures .l { font-size: 8pt; color: #333; display: block; }
.figures .c { font-size: 7.5pt; color: #555; display: block; }
.findings { background: #f7f7f2; border-left: 3pt solid #b2182b; padding: 2mm 4mm; margin: 3mm 0; }
.findings li { margin: 1mm 0; }
.empty { background: #fff4e5; border: 1pt solid #f0a040; padding: 3mm; font-weight: bold; margin: 4mm 0; }
table.data { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm 0; font-size: 8pt; }
table.data th { background: #12263a; color: #fff; text-align: left; padding: 1.2mm 1.5mm; font-weight: bold; vertical-align: bottom; }
table.data td { padding: 1mm 1.5mm; border-bottom: 0.5pt solid #d0d0d0; vertical-align: top; }
table.data tr:nth-child(even) td { background: #f5f7f9; }
table.data tr.total td { font-weight: bold; border-top: 1pt solid #12263a; background: #fff; }
table.data th.num, table.data td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
.note { font-size: 7.5pt; color: #555; margin: 1mm 0 3mm 0; }
.chart { margin: 2mm 0; page-break-inside: avoid; break-inside: avoid; text-align: center; }
.chart svg { max-width: 100%; height: auto; }
.map { text-align: center; page-break-inside: avoid; break-inside: avoid; margin: 2mm 0; }
.incident { page-break-inside: avoid; break-inside: avoid; border-left: 2pt solid #b2182b; padding: 0 0 0 3mm; margin: 3mm 0; }
.incident ul { margin: 0.5mm 0 0 0; padding-left: 5mm; }
.incident .sources li { font-size: 7.5pt; }
.url { word-break: break-all; color: #1f4e8c; font-size: 7pt; }
a { color: #1f4e8c; text-decoration: none; }
.keep { page-break-inside: avoid; break-inside: avoid; }
.pagebreak { page-break-before: always; break-before: page; }
.method li { margin: 1mm 0; }
</style>
</head>
<body>
<div class="tlp-running"><span>TLP:{{ r.tlp }}</span></div>
<section class="cover">
  <p><span class="tlp">TLP:{{ r.tlp }}</span></p>
  <h1>{{ r.title }}</h1>
  <p class="subtitle">{{ r.month_label }} · {{ r.period_start.strftime('%d %b') }} – {{ r.period_end.strftime('%d %b %Y') }}</p>
  <p class="meta">Generated {{ r.generated_at.strftime('%d %B %Y, %H:%M') }} by ctwatch from open-source reporting
   ({{ r.articles }} article{{ 's' if r.articles != 1 }}, {{ r.publishers|length }} publisher{{ 's' if r.publishers|length != 1 }}).
   Compared with {{ r.previous_label }}.</p>
  <table class="figures"><tr>
  {% for label, change in headline %}
    <td><span class="n">{{ change.current }}</span><span class="l">{{ label }}</span>
        <span class="c">{{ change.delta_text }} ({{ change.pct_text }}) on {{ r.previous_label }}</span></td>
  {% endfor %}
  </tr></table>
  {% if r.empty %}<div class="empty">{{ r.empty_text }}</div>{% endif %}
  <h2>Key findings</h2>
  <div class="findings"><ul>{% for f in r.findings %}<li>{{ f }}</li>{% endfor %}</ul></div>
  <h2>Summary and month-on-month change</h2>
  <table class="data">
    <thead><tr><th>Measure</th><th class="num">{{ r.month_label }}</th><th class="num">{{ r.previous_label }}</th>
      <th class="num">Change</th><th class="num">Change %</th></tr></thead>
    <tbody>{% for c in r.changes %}<tr><td>{% if c.measure.startswith(' ') %}&nbsp;&nbsp;&nbsp;{% endif %}{{ c.measure.strip() }}</td>
      <td class="num">{{ c.current }}</td><td class="num">{{ c.previous }}</td><td class="num">{{ c.delta_text }}</td>
      <td class="num">{{ c.pct_text }}</td></tr>{% endfor %}</tbody>
  </table>
  <p class="note">"n/a": no change in per cent where {{ r.previous_label }} had none.</p>
</section>

<section class="pagebreak">
  <h2>1. Incidents day by day</h2>
  {% if daily_svg %}<div class="chart">{{ daily_svg|safe }}</div>
  <p class="note">Attacks executed, attacks foiled and security operations per day, by incident date.</p>
  {% else %}<p>No attacks, foiled attacks or security operations were recorded this month.</p>{% endif %}

  <h2>2. Killed and injured by side</h2>
  <div class="keep"><table class="data">
    <thead><tr><th>Side</th><th class="num">Killed in attacks</th><th class="num">Killed in operations</th>
      <th class="num">Killed (all)</th><th class="num">Injured (all)</th><th class="num">Killed {{ r.previous_label }}</th>
      <th class="num">Change %</th></tr></thead>
    <tbody>{% for s in r.sides %}<tr><td>{{ s.label }}</td><td class="num">{{ s.killed_in_attacks }}</td>
      <td class="num">{{ s.killed_in_operations }}</td><td class="num">{{ s.killed }}</td><td class="num">{{ s.injured }}</td>
      <td class="num">{{ s.previous_killed }}</td><td class="num">{{ s.change.pct_text }}</td></tr>{% endfor %}
      <tr class="total"><td>Total</td><td class="num">{{ r.sides|sum(attribute='killed_in_attacks') }}</td>
      <td class="num">{{ r.sides|sum(attribute='killed_in_operations') }}</td><td class="num">{{ r.killed }}</td>
      <td class="num">{{ r.injured }}</td><td class="num">{{ r.change("Killed (all incidents)").previous }}</td><td class="num">{{ r.change("Killed (all incidents)").pct_text }}</td></tr>
    </tbody>
  </table>
  <p class="note">Best figures (median report). Reports range from {{ r.killed_range[0] }} to {{ r.killed_range[1] }} killed and
   {{ r.injured_range[0] }} to {{ r.injured_range[1] }} injured; {{ r.conflicting_tolls }} incident{{ 's' if r.conflicting_tolls != 1 }}
   had conflicting tolls. Deaths in foiled attacks count in "all" only.</p></div>
  {% if sides_svg %}<div class="chart">{{ sides_svg|safe }}</div>{% endif %}

  <h2>3. By province</h2>
  {% if r.provinces %}<div class="keep">
  <table class="data">
    <thead><tr><th>Province</th><th class="num">Attacks</th><th class="num">Killed</th><th class="num">Injured</th>
      <th class="num">Foiled</th><th class="num">Operations</th><th class="num">Arrests</th><th class="num">Attacks {{ r.previous_label }}</th></tr></thead>
    <tbody>{% for p in r.provinces %}<tr><td>{{ p.admin1 }}</td><td class="num">{{ p.attacks }}</td><td class="num">{{ p.killed }}</td>
      <td class="num">{{ p.injured }}</td><td class="num">{{ p.foiled }}</td><td class="num">{{ p.operations }}</td>
      <td class="num">{{ p.arrested }}</td><td class="num">{{ p.previous_attacks }}</td></tr>{% endfor %}</tbody>
  </table>
  <p class="note">Killed and injured: in attacks (all sides, attackers included).</p></div>
  {% else %}<p>No incidents by province this month.</p>{% endif %}
</section>

<section>
  <h2>4. District map</h2>
  {% if map_svg %}<div class="map">{{ map_svg|safe }}</div>
  <p class="note">Districts shaded by attacks executed in {{ r.month_label }}; grey: none recorded. Circles: attacks located by
   coordinates, area growing with deaths; numbers refer to the notable incidents (section 9). District outlines predate some
   splits (e.g. Karachi's districts share one outline).
   {% if r.map_unmatched %}Not on the map: {{ r.map_unmatched|join(', ') }}.{% endif %}</p>
  {% elif r.empty %}<p>No attacks this month, so no district is shaded.</p>
  {% else %}<p>No attack this month is placed in a Pakistani district; the district map covers Pakistan only.</p>{% endif %}

  <h2>5. By district</h2>
  {% if r.districts %}
  <table class="data">
    <thead><tr><th>Province</th><th>District</th><th class="num">Attacks</th><th class="num">Killed</th><th class="num">Injured</th>
      <th class="num">Foiled</th><th class="num">Operations</th><th class="num">Arrests</th></tr></thead>
    <tbody>{% for d in r.districts %}<tr><td>{{ d.admin1 }}</td><td>{{ d.admin2 }}</td><td class="num">{{ d.attacks }}</td>
      <td class="num">{{ d.killed }}</td><td class="num">{{ d.injured }}</td><td class="num">{{ d.foiled }}</td>
      <td class="num">{{ d.operations }}</td><td class="num">{{ d.arrested }}</td></tr>{% endfor %}</tbody>
  </table>
  {% if r.more_districts %}<p class="note">{{ r.more_districts }} more district{{ 's' if r.more_districts != 1 }} not shown.</p>{% endif %}
  {% else %}<p>No incidents by district this month.</p>{% endif %}
</section>

<section>
  <h2>6. By tactic</h2>
  {% if r.tactics %}
  <table class="data">
    <thead><tr><th>Tactic</th><th class="num">Attacks</th><th class="num">Share</th><th class="num">Killed</th><th class="num">Injured</th></tr></thead>
    <tbody>{% for t in r.tactics %}<tr><td>{{ t.tactic }}</td><td class="num">{{ t.attacks }}</td>
      <td class="num">{{ '%.0f'|format(100 * t.share) }}%</td><td class="num">{{ t.killed }}</td><td class="num">{{ t.injured }}</td></tr>{% endfor %}</tbody>
  </table>
  <div class="chart">{{ tactics_svg|safe }}</div>
  {% else %}<p>No attacks this month.</p>{% endif %}

  <h2>7. By group, with claims</h2>
  {% if r.groups %}
  <table class="data">
    <thead><tr><th>Group (as reported)</th><th class="num">Attacks</th><th class="num">Claimed</th><th class="num">Killed</th>
      <th class="num">Injured</th><th>Provinces</th></tr></thead>
    <tbody>{% for g in r.groups %}<tr><td>{{ g.group }}</td><td class="num">{{ g.attacks }}</td><td class="num">{{ g.claimed }}</td>
      <td class="num">{{ g.killed }}</td><td class="num">{{ g.injured }}</td><td>{{ g.provinces|join(', ') }}</td></tr>{% endfor %}</tbody>
  </table>
  {% else %}<p>No attacks this month.</p>{% endif %}
  <p class="note">Attribution is by reporting (officials, the group or the press): incidents carry no separate claim field.
   "Claimed" counts the attacks whose reports say a group claimed responsibility.</p>
</section>

<section>
  <h2>8. Security operations</h2>
  {% set o = r.operations_summary %}
  <table class="data">
    <thead><tr><th class="num">Operations</th><th class="num">Attacks foiled</th><th class="num">Arrests</th><th class="num">Surrenders</th>
      <th class="num">Seizures</th><th class="num">Militants killed</th><th class="num">Foiled / attempted</th></tr></thead>
    <tbody><tr><td class="num">{{ o.operations }}</td><td class="num">{{ o.foiled }}</td><td class="num">{{ o.arrested }}</td>
      <td class="num">{{ o.surrendered }}</td><td class="num">{{ o.seizures }}</td><td class="num">{{ o.militants_killed }}</td>
      <td class="num">{{ prevention }}</td></tr></tbody>
  </table>
  {% if o.districts %}
  <table class="data">
    <thead><tr><th>Province</th><th>District</th><th class="num">Operations</th><th class="num">Foiled</th><th class="num">Attacks</th>
      <th class="num">Arrests</th><th class="num">Surrenders</th><th class="num">Seizures</th><th class="num">Militants killed</th></tr></thead>
    <tbody>{% for d in o.districts %}<tr><td>{{ d.admin1 }}</td><td>{{ d.admin2 }}</td><td class="num">{{ d.operations }}</td>
      <td class="num">{{ d.foiled }}</td><td class="num">{{ d.attacks }}</td><td class="num">{{ d.arrested }}</td>
      <td class="num">{{ d.surrendered }}</td><td class="num">{{ d.seizures }}</td><td class="num">{{ d.militants_killed }}</td></tr>{% endfor %}</tbody>
  </table>
  {% endif %}
  <p class="note">Militants killed counts militants' deaths in every incident (operations, and attackers killed in attacks).
   Foiled / attempted: attacks foiled as a share of attacks foiled plus attacks executed.</p>
</section>

<section>
  <h2>9. Notable incidents</h2>
  {% for n in r.notable %}
  <div class="incident">
    <h3>{{ n.number }}. {{ n.type|sentence }} — {{ n.place }}, {{ n.date.strftime('%d %B %Y') }}</h3>
    <ul>
      <li>Perpetrator (as reported): {{ n.perpetrator }}</li>
      <li>Toll: {{ n.toll_text }}</li>
      <li>Independent publishers: {{ n.corroboration }}</li>
    </ul>
    <ul class="sources">{% for s in n.sources %}
      <li>{{ s.publisher or 'publisher not recorded' }}{% if s.published_at %} ({{ s.published_at.strftime('%d %b %Y') }}){% endif %}:
        <em>{{ s.title or 'untitled' }}</em>{% if s.url %} — {% if href(s.url) %}<a class="url" href="{{ href(s.url) }}">{{ s.url }}</a>{% else %}<span class="url">{{ s.url }}</span>{% endif %}{% endif %}</li>
    {% endfor %}</ul>
  </div>
  {% else %}<p>None this month.</p>{% endfor %}
</section>

<section>
  <h2>10. Early warning</h2>
  {% if r.warnings %}
  <table class="data">
    <thead><tr><th>Kind</th><th>District or group</th><th class="num">Attacks, last 28 days</th><th class="num">Expected</th>
      <th class="num">Ratio</th><th class="num">q</th></tr></thead>
    <tbody>{% for s in r.warnings %}<tr><td>{{ s.unit_kind }}</td><td>{{ s.unit }}</td><td class="num">{{ s.recent }}</td>
      <td class="num">{{ '%.1f'|format(s.expected) }}</td><td class="num">{{ '%.1f'|format(s.ratio) }}</td>
      <td class="num">{{ '%.3f'|format(s.q_value) }}</td></tr>{% endfor %}</tbody>
  </table>
  {% else %}<p>No district or group is flagged as of {{ r.period_end.strftime('%d %B %Y') }} ({{ r.warnings_tested }} tested).</p>{% endif %}

  <h2>11. District threat, top {{ top_threat }}</h2>
  {% if r.threat %}
  <table class="data">
    <thead><tr><th class="num">#</th><th>District</th><th>Province</th><th class="num">Score</th><th>Main components</th><th>Groups</th></tr></thead>
    <tbody>{% for t in r.threat %}<tr><td class="num">{{ loop.index }}</td><td>{{ t.admin2 }}</td><td>{{ t.admin1 or '' }}</td>
      <td class="num">{{ '%.1f'|format(t.score) }}</td><td>{{ components(t) }}</td><td>{{ r.threat_groups(t) }}</td></tr>{% endfor %}</tbody>
  </table>
  <p class="note">As of {{ r.period_end.strftime('%d %B %Y') }}; a sum of named components with recency weighting (docs/analysis.md).</p>
  {% else %}<p>No district scored as of {{ r.period_end.strftime('%d %B %Y') }}.</p>{% endif %}
</section>

<section>
  <h2>12. Method and sources</h2>
  <ul class="method">{% for m in r.method %}<li>{{ m }}</li>{% endfor %}</ul>
  {% if r.publishers %}<p class="note">Publishers (incidents reported): {% for p, n in r.publishers %}{{ p }} ({{ n }}){{ ', ' if not loop.last }}{% endfor %}.</p>{% endif %}
  <p class="note">Marking: TLP:{{ r.tlp }}, the most restrictive marking of the incidents this report draws on.</p>
</section>
</body>
</html>
"""


def render_html(report: MonthlyReport) -> str:
    """One self-contained HTML document: inline CSS, inline SVG charts and map, every source text escaped."""
    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["sentence"] = _sentence_case
    r = report
    has_counted = not r.empty
    context = {
        "r": r,
        "headline": [("Attacks", r.change("Attacks")), ("Killed", r.change("Killed (all incidents)")),
                     ("Injured", r.change("Injured (all incidents)")), ("Attacks foiled", r.change("Attacks foiled")),
                     ("Security operations", r.change("Security operations"))],
        "daily_svg": chart_daily(r) if has_counted else None,
        "sides_svg": chart_sides(r) if (r.killed or r.injured) else None,
        "tactics_svg": chart_tactics(r) if r.tactics else None,
        "map_svg": district_map_svg(r),
        "prevention": _pct(r.operations_summary.prevention_ratio),
        "components": _components, "href": _href, "top_threat": TOP_THREAT,
        "header_css": Markup(_css_string(f"ctwatch · {r.title} · {r.month_label}")),
        "generated_css": Markup(_css_string(f"{r.generated_at:%Y-%m-%d %H:%M}")),
        "tlp_colour": _TLP_COLOURS.get(r.tlp, "#ff2b2b"),
    }
    return env.from_string(_TEMPLATE).render(**context)


def render_pdf(report: MonthlyReport, path: Path | str) -> Path:
    """The HTML rendered to an A4 PDF with WeasyPrint (page numbers, TLP marking in the header)."""
    import logging
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "HarfBuzz-Subset will be required by future versions"
        from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    path = Path(path)
    HTML(string=render_html(report), base_url=None).write_pdf(str(path))
    return path


def default_output(report: MonthlyReport, fmt: str) -> Path:
    return Path.cwd() / f"ctwatch-report-{report.month}.{fmt}"


def write_report(report: MonthlyReport, fmt: str, output: Path | str | None = None) -> Path:
    """Write the report as ``fmt`` (pdf, html or md) to ``output``, by default
    ``ctwatch-report-YYYY-MM.<fmt>`` in the working directory; returns the path written."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    path = Path(output) if output else default_output(report, fmt)
    if not path.parent.is_dir():
        raise ConfigError(f"cannot write the report to {path}: folder {path.parent} does not exist")
    try:
        if fmt == "pdf":
            render_pdf(report, path)
        else:
            path.write_text(render_markdown(report) if fmt == "md" else render_html(report), encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot write the report to {path}: {error}") from error
    return path
