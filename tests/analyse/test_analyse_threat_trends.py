"""District threat scores (explained, additive) and the early-warning test."""

from __future__ import annotations

import datetime as dt

import pytest

from ctwatch.analyse.threat import district_threat_scores
from ctwatch.analyse.trends import benjamini_hochberg, early_warning

from .incident_factory import incident

AS_OF = dt.date(2025, 3, 31)


def test_a_score_is_the_sum_of_its_explained_components():
    items = [incident(AS_OF, killed={"total": 4}), incident(AS_OF, sub_event="Suicide bomb", killed={"total": 10}),
             incident(AS_OF, admin2="Karak")]
    scores = district_threat_scores(items, AS_OF)
    bannu = scores[0]
    assert bannu.admin2 == "Bannu"
    parts = {c.name: c for c in bannu.components}
    assert parts["attacks"].value == 2 and parts["killed"].value == 14 and parts["tactic severity"].value == 4.0
    assert bannu.score == pytest.approx(sum(c.contribution for c in bannu.components))
    assert bannu.top_incidents[0][0] == items[1].uid  # the suicide bombing weighs most
    assert bannu.as_dict()["components"][0]["contribution"] is not None


def test_older_incidents_count_less_and_outside_the_window_not_at_all():
    fresh = district_threat_scores([incident(AS_OF)], AS_OF)[0].score
    month_old = district_threat_scores([incident(AS_OF - dt.timedelta(days=30))], AS_OF)[0].score
    assert month_old < fresh
    assert district_threat_scores([incident(AS_OF - dt.timedelta(days=200))], AS_OF) == []


def test_fighting_a_rival_never_lowers_a_groups_district_score():
    attacks = [incident(AS_OF, perpetrator="iskp", admin2="Mastung", admin1="Balochistan")]
    clash = incident(AS_OF, perpetrator="bla", sub_event="Armed clash", event_type="Battles", admin2="Mastung",
                     admin1="Balochistan", killed={"total": 6, "militant": 6})
    operation = incident(AS_OF, perpetrator="pakistan_army", kind="state_force", sub_event="Armed clash",
                         event_type="Battles", admin2="Mastung", admin1="Balochistan", killed={"militant": 5})
    alone = district_threat_scores(attacks, AS_OF)[0].score
    assert district_threat_scores(attacks + [clash], AS_OF)[0].score > alone
    assert district_threat_scores(attacks + [operation], AS_OF)[0].score == pytest.approx(alone)


def test_a_rise_above_baseline_is_flagged_and_a_steady_rate_is_not():
    steady = [incident(AS_OF - dt.timedelta(days=d), admin2="Quetta", admin1="Balochistan", perpetrator=None)
              for d in range(0, 196, 14)]  # one every two weeks, before and during the recent window
    surge = [incident(AS_OF - dt.timedelta(days=d), admin2="Bannu", perpetrator=None) for d in (1, 3, 5, 8, 12, 20)]
    signals = {s.unit: s for s in early_warning(steady + surge, AS_OF)}
    bannu, quetta = signals["Bannu, Khyber Pakhtunkhwa"], signals["Quetta, Balochistan"]
    assert bannu.flagged and bannu.recent == 6 and bannu.p_value < 0.001
    assert not quetta.flagged and quetta.recent == 2


def test_benjamini_hochberg_matches_the_textbook_example():
    assert benjamini_hochberg([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.02, 0.04, 0.04, 0.02])


def test_both_sides_of_a_clash_between_groups_are_active_groups():
    import dataclasses

    clash = dataclasses.replace(incident(AS_OF, perpetrator="iskp", sub_event="Armed clash", event_type="Battles",
                                         admin2="Mastung", admin1="Balochistan"), target_id="bla")
    on_police = dataclasses.replace(clash, uid="police", target_id="pakistan_police")
    assert district_threat_scores([clash], AS_OF)[0].groups == ("bla", "iskp")
    assert district_threat_scores([on_police], AS_OF)[0].groups == ("iskp",)
