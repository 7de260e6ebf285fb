"""The monthly report's figures: built from incidents, pure (see the package docstring)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ...errors import ConfigError
from ...resolve.model import Incident, IncidentSource, Toll
from ...settings import TLP_LEVELS, tlp_rank
from ..district_map import MapPoint, unmatched_districts
from ..stats import OperationsBalance, analysis_config, operations_balance, role, tactic
from ..threat import DistrictThreat, district_threat_scores
from ..trends import Signal, early_warning

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


def pct(value: float | None) -> str:
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
