"""Early warning: districts and groups whose recent activity rises significantly above their own baseline.

The test, per unit (a district, or a perpetrator group): with ``b`` incidents in the baseline window
of ``B`` days before the recent window of ``R`` days, the expected recent count is
``mu = (b + prior) * R / B``. The observed recent count ``k`` is tested against Poisson(``mu``),
one-sided: ``p = P(X >= k)``. Across every unit tested at once the p-values are adjusted with the
Benjamini-Hochberg procedure; a unit is flagged when its adjusted value (``q``) is below the false
discovery rate and ``k`` reaches ``min_recent``. Settings are in ``data/analysis.yaml``
(``early_warning``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from scipy.stats import poisson

from ..resolve.model import Incident
from .stats import analysis_config, named_armed_group, role


@dataclass(frozen=True)
class Signal:
    unit_kind: str  # district | group
    unit: str
    recent: int
    expected: float
    ratio: float
    p_value: float
    q_value: float
    flagged: bool


UNITS: dict[str, Callable[[Incident], str | None]] = {
    "district": lambda i: ", ".join(x for x in (i.admin2, i.admin1) if x) if i.admin2 else None,
    "group": lambda i: i.perpetrator if named_armed_group(i) else None,
}


def early_warning(incidents: Iterable[Incident], as_of: dt.date, *, recent_days: int | None = None,
                  baseline_days: int | None = None, min_recent: int | None = None, fdr: float | None = None
                  ) -> list[Signal]:
    """Signals for every district and group with attacks in the recent window, flagged ones first."""
    config = analysis_config()["early_warning"]
    recent_days = recent_days or config["recent_days"]
    baseline_days = baseline_days or config["baseline_days"]
    min_recent = config["min_recent"] if min_recent is None else min_recent
    fdr = fdr or config["fdr"]
    recent_start = as_of - dt.timedelta(days=recent_days - 1)
    baseline_start = recent_start - dt.timedelta(days=baseline_days)
    attacks = [i for i in incidents if i.date and role(i) == "attack" and baseline_start <= i.date <= as_of]
    tested: list[tuple[str, str, int, float, float]] = []
    for kind, unit_of in UNITS.items():
        recent, baseline = Counter(), Counter()
        for incident in attacks:
            unit = unit_of(incident)
            if unit:
                (recent if incident.date >= recent_start else baseline)[unit] += 1
        for unit, k in recent.items():
            expected = (baseline[unit] + config["baseline_prior"]) * recent_days / baseline_days
            tested.append((kind, unit, k, expected, float(poisson.sf(k - 1, expected))))
    q_values = benjamini_hochberg([t[4] for t in tested])
    signals = [Signal(kind, unit, k, round(mu, 3), round(k / mu, 2), p, q, q < fdr and k >= min_recent)
               for (kind, unit, k, mu, p), q in zip(tested, q_values)]
    return sorted(signals, key=lambda s: (not s.flagged, s.q_value, -s.recent, s.unit))


def benjamini_hochberg(p_values: list[float]) -> list[float]:
    """Adjusted p-values (q) controlling the false discovery rate, in the input order."""
    n = len(p_values)
    order = sorted(range(n), key=lambda i: p_values[i])
    adjusted = [0.0] * n
    running = 1.0
    for rank in range(n, 0, -1):
        index = order[rank - 1]
        running = min(running, p_values[index] * n / rank)
        adjusted[index] = running
    return adjusted
