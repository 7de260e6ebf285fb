"""Tallies, roles, tactics, operations against attacks, coverage gaps and the socio-economic overlay."""

from __future__ import annotations

import datetime as dt

import pytest

from ctwatch.analyse import stats
from ctwatch.errors import SourceError

from .incident_factory import incident

D = dt.date(2025, 3, 10)


def test_roles_tell_attacks_from_operations_and_foiled_attacks():
    assert stats.role(incident(D)) == "attack"
    assert stats.role(incident(D, perpetrator=None)) == "attack"  # unknown attackers
    assert stats.role(incident(D, status="foiled")) == "foiled"
    assert stats.role(incident(D, sub_event="Arrests", event_type="Strategic developments", kind="state_force",
                               perpetrator="ctd_pakistan")) == "operation"
    assert stats.role(incident(D, sub_event="Armed clash", event_type="Battles", kind="state_force",
                               perpetrator="pakistan_army")) == "operation"
    assert stats.role(incident(D, sub_event="Peaceful protest", event_type="Protests")) == "other"


def test_tactics_follow_the_curated_table():
    assert stats.tactic(incident(D, sub_event="Suicide bomb")) == "suicide attack"
    assert stats.tactic(incident(D, sub_event="Attack", event_type="Violence against civilians", gtd="Assassination")) == "targeted killing"
    assert stats.tactic(incident(D)) == "IED / bomb"


def test_tally_by_month_and_province_sums_best_tolls():
    rows = stats.tally([incident(D, killed={"total": 3, "security": 2}), incident(D, killed={"total": 4}),
                        incident(dt.date(2025, 2, 1), admin1="Balochistan", admin2="Quetta")], by=("period", "admin1"))
    assert rows[0].key == ("2025-03", "Khyber Pakhtunkhwa") and rows[0].incidents == 2 and rows[0].killed == 7
    assert rows[0].killed_security == 2 and rows[1].key == ("2025-02", "Balochistan")
    assert stats.period_of(D, "week") == "2025-W11"
    with pytest.raises(ValueError, match="cannot group by"):
        stats.tally([], by=("colour",))


def test_operations_balance_and_coverage_gaps():
    items = [incident(D), incident(D), incident(D, status="foiled"),
             incident(D, sub_event="Arrests", event_type="Strategic developments", kind="state_force",
                      perpetrator="ctd_pakistan", arrested=4),
             incident(D, admin2="Karak", killed={"total": 2})]
    balance = {row.admin2: row for row in stats.operations_balance(items)}
    bannu = balance["Bannu"]
    assert (bannu.attacks, bannu.foiled, bannu.operations, bannu.arrested) == (2, 1, 1, 4)
    assert bannu.prevention_ratio == pytest.approx(1 / 3)
    assert [row.admin2 for row in stats.coverage_gaps(items)] == ["Karak"]


def test_hotspots_rank_districts_by_attacks():
    items = [incident(D, lat=33.0, lon=70.6), incident(D, lat=33.2, lon=70.8), incident(D, admin2="Karak")]
    top = stats.hotspots(items)
    assert top[0]["admin2"] == "Bannu" and top[0]["attacks"] == 2 and top[0]["lat"] == pytest.approx(33.1)


def test_indicators_csv_is_read_and_bad_cells_are_named(tmp_path):
    good = tmp_path / "ind.csv"
    good.write_text("District,poverty,literacy\nBannu,0.52,41\nKarak,0.31,\n", encoding="utf-8")
    assert stats.read_indicators(good) == {"Bannu": {"poverty": 0.52, "literacy": 41.0}, "Karak": {"poverty": 0.31}}
    bad = tmp_path / "bad.csv"
    bad.write_text("district,poverty\nBannu,high\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad.csv:2: column 'poverty' is 'high'"):
        stats.read_indicators(bad)
    with pytest.raises(SourceError, match="needs a 'district' column"):
        (tmp_path / "none.csv").write_text("name,x\n", encoding="utf-8")
        stats.read_indicators(tmp_path / "none.csv")


def test_development_priority_combines_threat_and_need():
    threat = [{"admin2": "Bannu", "score": 10.0}, {"admin2": "Karak", "score": 1.0}, {"admin2": "Kohat", "score": 5.0}]
    ranked = stats.development_priority(threat, {"bannu": {"poverty": 0.6}, "Karak": {"poverty": 0.2},
                                                 "Kohat": {"poverty": 0.7}}, "poverty")
    assert [r["admin2"] for r in ranked] == ["Bannu", "Kohat", "Karak"]
