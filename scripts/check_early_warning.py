"""Measure the early-warning test's false alarms and power on simulated incident streams.

Each trial simulates 50 districts with a steady Poisson rate of attacks over the baseline and
recent windows of data/analysis.yaml; in the "surge" trials 5 of them have their recent rate
multiplied. Reported: the share of steady districts flagged (false alarms) and of surging
districts flagged (power), for several rates and surge factors. Deterministic (seeded).

    .venv/bin/python scripts/check_early_warning.py
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from ctwatch.analyse.stats import analysis_config
from ctwatch.analyse.trends import early_warning
from ctwatch.resolve.model import Incident

AS_OF = dt.date(2025, 6, 30)


def _incident(uid: int, day: dt.date, district: str) -> Incident:
    return Incident(uid=str(uid), status="occurred", acled_event_type="Explosions/Remote violence",
                    acled_sub_event_type="Remote explosive/landmine/IED", gtd_attack_type=None, actions=(),
                    perpetrator_id=None, perpetrator=None, perpetrator_kind=None, target_category=None, country="PK",
                    admin1="P", admin2=district, location=district, lat=None, lon=None, geo_precision=2, date=day,
                    time_precision=1)


def trial(rng: np.random.Generator, weekly_rate: float, surge: float, districts: int = 50, surging: int = 5):
    config = analysis_config()["early_warning"]
    recent, baseline = config["recent_days"], config["baseline_days"]
    incidents, uid = [], 0
    for d in range(districts):
        factor = surge if d < surging else 1.0
        for offset in range(recent + baseline):
            in_recent = offset < recent
            rate = weekly_rate / 7 * (factor if in_recent else 1.0)
            for _ in range(rng.poisson(rate)):
                uid += 1
                incidents.append(_incident(uid, AS_OF - dt.timedelta(days=offset), f"D{d:02d}"))
    flagged = {s.unit.split(",")[0] for s in early_warning(incidents, AS_OF) if s.flagged and s.unit_kind == "district"}
    surging_names = {f"D{d:02d}" for d in range(surging)} if surge > 1 else set()
    steady = districts - len(surging_names)
    return len(flagged - surging_names) / steady, (len(flagged & surging_names) / len(surging_names) if surging_names else None)


def main() -> None:
    rng = np.random.default_rng(20261125)
    print("weekly rate | surge x | false alarms (share of steady districts) | power (share of surging flagged)")
    for weekly_rate in (0.5, 1.0, 3.0):
        for surge in (1.0, 2.0, 3.0, 5.0):
            results = [trial(rng, weekly_rate, surge) for _ in range(20)]
            false_alarms = np.mean([r[0] for r in results])
            power = np.mean([r[1] for r in results]) if surge > 1 else float("nan")
            print(f"{weekly_rate:>11} | {surge:>7} | {false_alarms:>40.4f} | {power:>32.3f}")


if __name__ == "__main__":
    main()
