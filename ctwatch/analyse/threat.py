"""District threat scores that explain themselves.

The score is a sum of named components, each a value times a weight from ``data/analysis.yaml``
(``threat_score``), every incident discounted by its age (half-life). A result lists each component's
value, weight and contribution, and the incidents that contributed most, so an analyst can see why
a district ranks where it does and argue with the weights. Every term adds: operations and militant
deaths never lower a score, and a group's attacks on a rival group count like any other attack.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..resolve.model import Incident
from .stats import analysis_config, armed_groups_involved, injured, killed, role, tactic


COMPONENTS = ("attacks", "killed", "injured", "tactic severity", "attacks foiled", "active groups")


@dataclass(frozen=True)
class Component:
    name: str
    value: float  # recency-weighted
    weight: float

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class DistrictThreat:
    admin1: str | None
    admin2: str
    score: float
    components: tuple[Component, ...]
    groups: tuple[str, ...]
    top_incidents: tuple[tuple[str, float], ...]  # (incident uid, its contribution), largest first

    def as_dict(self) -> dict:
        return {"admin1": self.admin1, "admin2": self.admin2, "score": round(self.score, 3),
                "components": [{"name": c.name, "value": round(c.value, 3), "weight": c.weight,
                                "contribution": round(c.contribution, 3)} for c in self.components],
                "groups": list(self.groups),
                "top_incidents": [{"uid": uid, "contribution": round(v, 3)} for uid, v in self.top_incidents]}


def district_threat_scores(incidents: Iterable[Incident], as_of: dt.date, *, window_days: int | None = None,
                           top_incidents: int = 5) -> list[DistrictThreat]:
    """Scores for every district with an attack or a foiled attack in the window ending ``as_of``, highest first."""
    config = analysis_config()["threat_score"]
    weights, bonus = config["weights"], config["tactic_bonus"]
    window = window_days or config["window_days"]
    start = as_of - dt.timedelta(days=window - 1)
    values: dict[tuple[str | None, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    per_incident: dict[tuple[str | None, str], list[tuple[str, float]]] = defaultdict(list)
    groups: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for incident in incidents:
        kind = role(incident)
        if not (incident.date and incident.admin2 and start <= incident.date <= as_of and kind in ("attack", "foiled")):
            continue
        key = (incident.admin1, incident.admin2)
        recency = 0.5 ** ((as_of - incident.date).days / config["half_life_days"])
        parts = _incident_parts(incident, kind, bonus)
        for name, value in parts.items():
            values[key][name] += recency * value
        per_incident[key].append((incident.uid, recency * sum(v * _weight(n, weights) for n, v in parts.items())))
        groups[key].update(armed_groups_involved(incident))
    results = []
    for key, parts in values.items():
        parts["active groups"] = float(len(groups[key]))
        components = tuple(Component(name, parts.get(name, 0.0), _weight(name, weights)) for name in COMPONENTS)
        top = tuple(sorted(per_incident[key], key=lambda item: -item[1])[:top_incidents])
        results.append(DistrictThreat(key[0], key[1], sum(c.contribution for c in components), components,
                                      tuple(sorted(groups[key])), top))
    return sorted(results, key=lambda r: (-r.score, r.admin2))


def _incident_parts(incident: Incident, kind: str, bonus: dict[str, float]) -> dict[str, float]:
    if kind == "foiled":
        return {"attacks foiled": 1.0}
    victims = killed(incident) - killed(incident, "militant")  # attackers' own dead are not harm done
    return {"attacks": 1.0, "killed": float(max(victims, 0)), "injured": float(injured(incident)),
            "tactic severity": bonus.get(tactic(incident), 0.0)}


def _weight(component: str, weights: dict[str, float]) -> float:
    return {"attacks": weights["attack"], "killed": weights["per_killed"], "injured": weights["per_injured"],
            "attacks foiled": weights["foiled"], "active groups": weights["per_active_group"],
            "tactic severity": 1.0}[component]
