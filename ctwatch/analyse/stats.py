"""Counts and tolls over resolved incidents: by period, group, place, type and tactic; hotspots;
security operations against attacks; coverage gaps; a user's socio-economic overlay.

Pure functions over ``Sequence[Incident]`` (``ctwatch.store.incidents.load_incidents`` gives them),
so the CLI, the report, the API and the dashboard share one set of numbers. The curated choices
(tactics, what counts as an attack or an operation) are data in ``data/analysis.yaml``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import SourceError
from ..resolve.model import Incident

ANALYSIS_FILE = Path(__file__).resolve().parents[1] / "data" / "analysis.yaml"
DIMENSIONS = ("period", "perpetrator", "country", "admin1", "admin2", "event_type", "sub_event_type", "tactic", "role")
PERIODS = ("day", "week", "month", "year")


@lru_cache(maxsize=1)
def analysis_config() -> dict:
    return yaml.safe_load(ANALYSIS_FILE.read_text(encoding="utf-8"))


# --- what an incident is ---

def tactic(incident: Incident) -> str:
    """The tactic a PICSS/PIPS-style table files it under (first matching rule in analysis.yaml)."""
    for rule in analysis_config()["tactics"]:
        if incident.gtd_attack_type in rule.get("gtd", ()) or incident.acled_sub_event_type in rule.get("sub_event", ()):
            return rule["tactic"]
    return (incident.acled_sub_event_type or "other").lower()


def is_state_actor(kind: str | None) -> bool:
    return kind in analysis_config()["roles"]["state_kinds"]


def named_armed_group(incident: Incident) -> bool:
    """The perpetrator is a named group, not the state and not a placeholder for an unnamed actor."""
    return bool(incident.perpetrator_id) and not is_state_actor(incident.perpetrator_kind)


def armed_groups_involved(incident: Incident) -> set[str]:
    """The named non-state groups that took part: the perpetrator, and in a battle between groups the
    other side too (the knowledge base says which actors are non-state). The victim of an attack is
    not a party to it."""
    groups = {incident.perpetrator_id} if named_armed_group(incident) else set()
    if incident.acled_event_type == "Battles" and incident.target_id:
        from ..extract.nlp import actors_by_id  # the catalogue's module loads spaCy: only when asked

        other = actors_by_id().get(incident.target_id, {})
        # a catch-all entry ("Baloch separatists (unspecified)") names no group of its own
        if other.get("kind") in ("armed_group", "militia") and "unspecified" not in other.get("name", ""):
            groups.add(incident.target_id)
    return groups


def role(incident: Incident) -> str:
    """``attack`` (executed by a non-state or unknown actor), ``foiled`` (an attack stopped before it
    harmed), ``operation`` (a security operation: arrests, seizures, surrenders, state-initiated
    fighting) or ``other`` (protests, riots, political developments)."""
    roles = analysis_config()["roles"]
    state = is_state_actor(incident.perpetrator_kind)
    if incident.status == "foiled":
        return "foiled"
    if (incident.acled_sub_event_type in roles["operation_sub_events"]
            or (state and any(a in roles["operation_actions"] for a in incident.actions))):
        return "operation"
    if incident.acled_event_type in roles["attack_families"] or incident.acled_sub_event_type in roles["attack_families"]:
        return "operation" if state else "attack"
    return "other"


def killed(incident: Incident, side: str = "total") -> int:
    toll = incident.killed.get(side)
    return toll.best if toll else 0


def injured(incident: Incident, side: str = "total") -> int:
    toll = incident.injured.get(side)
    return toll.best if toll else 0


def period_of(day: dt.date, period: str) -> str:
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{day:%Y-%m}"
    if period == "year":
        return str(day.year)
    raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")


def in_period(incidents: Iterable[Incident], since: dt.date | None = None, until: dt.date | None = None) -> list[Incident]:
    """Dated incidents within [since, until] (either bound optional)."""
    return [i for i in incidents if i.date and (since is None or i.date >= since) and (until is None or i.date <= until)]


# --- tallies ---

@dataclass(frozen=True)
class Tally:
    key: tuple[str, ...]
    incidents: int
    killed: int
    injured: int
    killed_security: int
    killed_civilian: int
    killed_militant: int
    uids: tuple[str, ...]


def _dimension(name: str, period: str) -> Callable[[Incident], str]:
    getters: dict[str, Callable[[Incident], str]] = {
        "period": lambda i: period_of(i.date, period) if i.date else "undated",
        "perpetrator": lambda i: i.perpetrator or "unknown",
        "country": lambda i: i.country or "unknown",
        "admin1": lambda i: i.admin1 or "unknown",
        "admin2": lambda i: i.admin2 or "unknown",
        "event_type": lambda i: i.acled_event_type or "unknown",
        "sub_event_type": lambda i: i.acled_sub_event_type or "unknown",
        "tactic": tactic,
        "role": role,
    }
    if name not in getters:
        raise ValueError(f"cannot group by {name!r}: choose from {', '.join(DIMENSIONS)}")
    return getters[name]


def tally(incidents: Iterable[Incident], by: Sequence[str], period: str = "month") -> list[Tally]:
    """Incidents and tolls (best figures) per combination of ``by`` dimensions, largest first."""
    getters = [_dimension(name, period) for name in by]
    groups: dict[tuple[str, ...], list[Incident]] = defaultdict(list)
    for incident in incidents:
        groups[tuple(g(incident) for g in getters)].append(incident)
    rows = [Tally(key, len(items), sum(killed(i) for i in items), sum(injured(i) for i in items),
                  sum(killed(i, "security") for i in items), sum(killed(i, "civilian") for i in items),
                  sum(killed(i, "militant") for i in items), tuple(i.uid for i in items))
            for key, items in groups.items()]
    return sorted(rows, key=lambda r: (-r.incidents, -r.killed, r.key))


def hotspots(incidents: Iterable[Incident], top: int = 10) -> list[dict]:
    """Districts with the most attacks (then deaths), with a mean position for a map."""
    places: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for incident in incidents:
        if incident.admin2 and role(incident) == "attack":
            places[(incident.admin1 or "", incident.admin2)].append(incident)
    rows = []
    for (admin1, admin2), items in places.items():
        located = [i for i in items if i.lat is not None and i.lon is not None]
        rows.append({"admin1": admin1, "admin2": admin2, "attacks": len(items), "killed": sum(killed(i) for i in items),
                     "injured": sum(injured(i) for i in items),
                     "lat": sum(i.lat for i in located) / len(located) if located else None,
                     "lon": sum(i.lon for i in located) / len(located) if located else None})
    return sorted(rows, key=lambda r: (-r["attacks"], -r["killed"], r["admin2"]))[:top]


# --- the state's balance sheet ---

@dataclass(frozen=True)
class OperationsBalance:
    """Per district: attacks executed against what security operations achieved there."""

    admin1: str
    admin2: str
    attacks: int
    killed_in_attacks: int
    foiled: int
    operations: int
    arrested: int
    surrendered: int
    seizures: int
    militants_killed: int

    @property
    def prevention_ratio(self) -> float | None:
        """Attacks foiled as a share of attacks attempted (foiled + executed)."""
        attempted = self.foiled + self.attacks
        return self.foiled / attempted if attempted else None


def operations_balance(incidents: Iterable[Incident]) -> list[OperationsBalance]:
    per: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for incident in incidents:
        counts = per[(incident.admin1 or "unknown", incident.admin2 or "unknown")]
        kind = role(incident)
        if kind == "attack":
            counts["attacks"] += 1
            counts["killed_in_attacks"] += killed(incident) - killed(incident, "militant")
        elif kind == "foiled":
            counts["foiled"] += 1
        elif kind == "operation":
            counts["operations"] += 1
            counts["arrested"] += incident.arrested or 0
            counts["surrendered"] += incident.surrendered or 0
            counts["seizures"] += "seizure" in incident.actions or incident.acled_sub_event_type == "Disrupted weapons use"
        counts["militants_killed"] += killed(incident, "militant")
    rows = [OperationsBalance(a1, a2, **{f: c[f] for f in ("attacks", "killed_in_attacks", "foiled", "operations",
                                                            "arrested", "surrendered", "seizures", "militants_killed")})
            for (a1, a2), c in per.items()]
    return sorted(rows, key=lambda r: (-r.attacks, -r.operations, r.admin2))


def coverage_gaps(incidents: Iterable[Incident]) -> list[OperationsBalance]:
    """Districts where attacks are reported but no security operation or foiled attack is."""
    return [row for row in operations_balance(incidents)
            if row.attacks and not (row.operations or row.foiled) and row.admin2 != "unknown"]


# --- a user's socio-economic indicators beside the threat ---

def read_indicators(path: Path | str) -> dict[str, dict[str, float]]:
    """A CSV with a ``district`` column and numeric indicator columns -> {district: {indicator: value}}.

    Bad input is refused with the file, line and column named; blank cells are left out.
    """
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "district" not in [f.strip().lower() for f in reader.fieldnames]:
                raise SourceError(f"{path}: needs a 'district' column (found: {', '.join(reader.fieldnames or [])})")
            district_field = next(f for f in reader.fieldnames if f.strip().lower() == "district")
            table: dict[str, dict[str, float]] = {}
            for line, row in enumerate(reader, 2):
                name = (row.get(district_field) or "").strip()
                if not name:
                    raise SourceError(f"{path}:{line}: the district is empty")
                values = {}
                for column, cell in row.items():
                    if column == district_field or cell is None or not cell.strip():
                        continue
                    try:
                        values[column.strip()] = float(cell)
                    except ValueError:
                        raise SourceError(f"{path}:{line}: column {column!r} is {cell!r}, not a number") from None
                table[name] = values
    except OSError as error:
        raise SourceError(f"{path}: cannot read the indicators file: {error}") from error
    return table


def development_priority(threat: Sequence[dict], indicators: dict[str, dict[str, float]], indicator: str,
                         higher_is_worse: bool = True) -> list[dict]:
    """Rank districts for development work: threat rank and indicator rank combined (mean percentile).

    ``threat`` rows need ``admin2`` and ``score`` (see :mod:`ctwatch.analyse.threat`). Only districts
    present in both are ranked; names match case-insensitively.
    """
    by_name = {name.casefold(): values for name, values in indicators.items()}
    rows = [(t, by_name[t["admin2"].casefold()][indicator]) for t in threat
            if t["admin2"].casefold() in by_name and indicator in by_name[t["admin2"].casefold()]]
    if not rows:
        return []
    threat_pct = _percentiles([t["score"] for t, _ in rows])
    need_pct = _percentiles([v if higher_is_worse else -v for _, v in rows])
    ranked = [{"admin1": t.get("admin1"), "admin2": t["admin2"], "threat_score": t["score"], indicator: value,
               "priority": round((tp + npct) / 2, 3)}
              for (t, value), tp, npct in zip(rows, threat_pct, need_pct)]
    return sorted(ranked, key=lambda r: (-r["priority"], r["admin2"]))


def _percentiles(values: list[float]) -> list[float]:
    """Share of the other values each value is above (ties count half): 0 lowest .. 1 highest."""
    n = len(values)
    if n == 1:
        return [1.0]
    return [(sum(v > w for w in values) + 0.5 * (sum(v == w for w in values) - 1)) / (n - 1) for v in values]
