"""Resolution and analysis throughput on generated mentions: `make bench` (figures in docs/performance.md).

Generates incidents spread over 120 districts and two years, each reported by one to four articles
with jittered dates and tolls, and times: resolving the mentions into incidents (clustering and
assembly), the district threat scores and the early-warning test over the result.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from ctwatch.analyse.threat import district_threat_scores
from ctwatch.analyse.trends import early_warning
from ctwatch.resolve.assemble import build_incident
from ctwatch.resolve.incidents import resolve
from ctwatch.resolve.mentions import ArticleFacts, MentionFacts

TYPES = ["Remote explosive/landmine/IED", "Attack", "Armed clash", "Suicide bomb", "Arrests"]
START = dt.date(2023, 1, 1)


def generated_mentions(incidents: int, seed: int = 7) -> list[MentionFacts]:
    rng = random.Random(seed)
    mentions, article = [], 0
    for n in range(incidents):
        day = START + dt.timedelta(days=rng.randrange(730))
        district, kind, killed = f"District {rng.randrange(120)}", rng.choice(TYPES), rng.randrange(12)
        for report in range(rng.randint(1, 4)):
            article += 1
            published = dt.datetime.combine(day + dt.timedelta(days=rng.randint(0, 1)), dt.time(8))
            source = ArticleFacts(id=article, uid=f"a{article}", text="", publisher=f"Outlet {rng.randrange(6)}",
                                  published_at=published)
            mentions.append(MentionFacts(
                uid=f"{n}-{report}", article=source, seq=0, start=0, end=1,
                status="occurred", acled_event_type=None, acled_sub_event_type=kind, gtd_attack_type=None, actions=(),
                perpetrator_id=None, perpetrator=None, perpetrator_kind=None, target_category=None, target_id=None, country="PK",
                admin1=f"Province {int(district.split()[1]) % 4}", admin2=district, location=district, lat=None, lon=None,
                geo_precision=2, date=day if rng.random() < 0.8 else None, time_precision=1,
                killed={"total": max(0, killed + rng.randint(-2, 2))}))
    return mentions


def main() -> None:
    for incidents in (5_000, 20_000):
        mentions = generated_mentions(incidents)
        start = time.perf_counter()
        resolved = [build_incident(cluster) for cluster in resolve(mentions)]
        seconds = time.perf_counter() - start
        print(f"resolve_{incidents}_incidents  {len(mentions)} mentions -> {len(resolved)} incidents in {seconds:.2f} s "
              f"({len(mentions) / seconds:,.0f} mentions/s)")
        as_of = START + dt.timedelta(days=729)
        start = time.perf_counter()
        district_threat_scores(resolved, as_of)
        early_warning(resolved, as_of)
        print(f"threat_and_warning_{incidents}_incidents  {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
