"""Hand-built incidents for the analysis tests (not a test module: imported by them)."""

from __future__ import annotations

import datetime as dt
import itertools

from ctwatch.resolve.model import Incident, Toll

_numbers = itertools.count(1)


def incident(day: dt.date | None, admin2: str = "Bannu", admin1: str = "Khyber Pakhtunkhwa", *,
             sub_event: str = "Remote explosive/landmine/IED", event_type: str = "Explosions/Remote violence",
             perpetrator: str | None = "ttp", kind: str = "armed_group", killed: dict | None = None,
             injured: dict | None = None, status: str = "occurred", gtd: str | None = None, actions: tuple = (),
             arrested: int | None = None, lat: float | None = None, lon: float | None = None) -> Incident:
    def tolls(counts: dict | None) -> dict[str, Toll]:
        return {side: Toll(v, v, v, (v,)) for side, v in (counts or {}).items()}

    return Incident(
        uid=f"inc-{next(_numbers):04d}", status=status, acled_event_type=event_type, acled_sub_event_type=sub_event,
        gtd_attack_type=gtd, actions=actions, perpetrator_id=perpetrator, perpetrator=perpetrator.upper() if perpetrator else None,
        perpetrator_kind=kind if perpetrator else None, target_category=None, country="PK", admin1=admin1, admin2=admin2,
        location=admin2, lat=lat, lon=lon, geo_precision=2, date=day, time_precision=1, killed=tolls(killed),
        injured=tolls(injured), arrested=arrested)
