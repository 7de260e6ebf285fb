"""Watch rules: loading and validating YAML, evaluating over incidents, de-duplicating alerts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ctwatch.analyse.rules import (
    RuleError,
    WatchRule,
    evaluate_rules,
    fresh_triggers,
    load_rules,
)
from ctwatch.errors import ConfigError
from ctwatch.resolve.model import Incident, Toll

EXAMPLE = Path(__file__).resolve().parents[2] / "ctwatch" / "data" / "watch-rules.example.yaml"
AS_OF = dt.date(2025, 3, 10)


def incident(uid: str, date: dt.date | None = AS_OF, *, killed: int | None = None, injured: int | None = None,
             **fields: object) -> Incident:
    base = dict(
        uid=uid, status="occurred", acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Remote explosive/landmine/IED", gtd_attack_type="Bombing/Explosion", actions=(),
        perpetrator_id="iskp", perpetrator="Islamic State-Khorasan Province", perpetrator_kind="armed_group",
        target_category=None,
        country="PK", admin1="Khyber Pakhtunkhwa", admin2="Peshawar", location="Peshawar", lat=None, lon=None,
        geo_precision=1, date=date, time_precision=1,
        killed={"total": Toll(killed, killed, killed)} if killed is not None else {},
        injured={"total": Toll(injured, injured, injured)} if injured is not None else {},
    )
    base.update(fields)
    return Incident(**base)


def rule(**fields: object) -> WatchRule:
    base = dict(id="r", name="ISKP", severity="high", threshold=3, window_days=7)
    base.update(fields)
    return WatchRule(**base)


def write_rules(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- Loading -------------------------------------------------------------------------------------


def test_example_file_loads() -> None:
    rules = load_rules(EXAMPLE)
    assert 4 <= len(rules) <= 6
    assert len({r.id for r in rules}) == len(rules)
    by_id = {r.id: r for r in rules}
    assert by_id["suicide-bombing"].severity == "critical" and by_id["suicide-bombing"].per == "incident"
    assert by_id["iskp-activity"].perpetrator == ("iskp",)
    assert by_id["balochistan-deaths"].metric == "killed"
    assert by_id["bajaur-attack"].admin2 == ("Bajaur",)


def test_load_full_rule(tmp_path: Path) -> None:
    path = write_rules(tmp_path, """
rules:
  - id: iskp-peshawar
    name: ISKP in Peshawar
    description: A run of IS-KP attacks in one district.
    severity: HIGH
    perpetrator: [iskp, ISIS-K]
    country: pk
    admin1: [Khyber Pakhtunkhwa]
    admin2: [Peshawar]
    acled_event_type: [explosions/remote violence]
    acled_sub_event_type: [suicide bomb, Grenade]
    status: [Occurred]
    metric: killed
    threshold: 5
    window_days: 14
    per: window
    max_tlp: amber
    notify: [email:desk@example.org, "webhook:https://hooks.example.org/x?token=1"]
""")
    [loaded] = load_rules(path)
    assert loaded == WatchRule(
        id="iskp-peshawar", name="ISKP in Peshawar", description="A run of IS-KP attacks in one district.",
        severity="high", perpetrator=("iskp", "ISIS-K"), country=("PK",), admin1=("Khyber Pakhtunkhwa",),
        admin2=("Peshawar",), acled_event_type=("Explosions/Remote violence",),
        acled_sub_event_type=("Suicide bomb", "Grenade"), status=("occurred",), metric="killed", threshold=5,
        window_days=14, per="window", max_tlp="AMBER",
        notify=("email:desk@example.org", "webhook:https://hooks.example.org/x?token=1"),
    )


def test_defaults(tmp_path: Path) -> None:
    path = write_rules(tmp_path, "rules:\n  - {id: a, name: A, severity: info, threshold: 2, window_days: 1}\n")
    [loaded] = load_rules(path)
    assert (loaded.metric, loaded.per, loaded.notify, loaded.max_tlp) == ("incidents", "window", (), None)
    assert loaded.country == loaded.perpetrator == loaded.status == ()


def test_rule_error_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_rules(tmp_path / "missing.yaml")


RULE = "id: r1, name: R, severity: high, threshold: 3, window_days: 7"


@pytest.mark.parametrize(("rule_text", "fragments"), [
    (f"{{{RULE}, severty: high}}",
     ["rules[1] (id 'r1')", "field 'severty'", "unknown field", "did you mean 'severity'", "valid fields: id, name"]),
    ("{id: r1, name: R, severity: high, window_days: 7}",
     ["rules[1] (id 'r1')", "field 'threshold'", "missing", "id, name, severity, threshold, window_days"]),
    ("{id: r1, name: R, severity: urgent, threshold: 3, window_days: 7}",
     ["field 'severity'", "'urgent' is not valid", "valid: info, low, medium, high, critical"]),
    (f"{{{RULE}, metric: deaths}}", ["field 'metric'", "'deaths'", "valid: incidents, killed, injured, casualties"]),
    (f"{{{RULE}, per: day}}", ["field 'per'", "'day'", "valid: window, incident"]),
    ("{id: r1, name: R, severity: high, threshold: three, window_days: 7}",
     ["field 'threshold'", "whole number of 1 or more", "'three'"]),
    ("{id: r1, name: R, severity: high, threshold: 0, window_days: 7}", ["field 'threshold'", "got 0"]),
    ("{id: r1, name: R, severity: high, threshold: true, window_days: 7}", ["field 'threshold'", "true/false"]),
    ("{id: r1, name: R, severity: high, threshold: 3, window_days: 2.5}", ["field 'window_days'", "2.5"]),
    (f"{{{RULE}, country: {{PK: 1}}}}", ["field 'country'", "list of non-empty strings", "a mapping"]),
    (f"{{{RULE}, country: [Pakistan]}}", ["field 'country'", "'Pakistan'", "ISO 3166-1 alpha-2", "PK"]),
    (f"{{{RULE}, admin2: []}}", ["field 'admin2'", "empty list", "leave the field out"]),
    (f"{{{RULE}, acled_sub_event_type: [Suicide bombing]}}",
     ["field 'acled_sub_event_type'", "'Suicide bombing' is not valid", "Suicide bomb,"]),
    (f"{{{RULE}, acled_event_type: [Terrorism]}}", ["field 'acled_event_type'", "Battles"]),
    (f"{{{RULE}, status: [threatened]}}", ["field 'status'", "valid: occurred, foiled"]),
    (f"{{{RULE}, max_tlp: WHITE}}", ["field 'max_tlp'", "CLEAR, GREEN, AMBER, AMBER+STRICT, RED"]),
    (f"{{{RULE}, notify: [sms:+92300]}}", ["field 'notify'", "'sms:+92300' is not a channel", "email:", "webhook:"]),
    (f"{{{RULE}, notify: ['email:not-an-address']}}", ["field 'notify'", "'email:not-an-address'"]),
    (f"{{{RULE}, notify: ['webhook:ftp://example.org/x']}}", ["field 'notify'", "webhook:https://"]),
    ("{id: ISKP Surge, name: R, severity: high, threshold: 3, window_days: 7}",
     ["rules[1] (id 'ISKP Surge')", "field 'id'", "not a slug", "lower-case"]),
    ("{name: R, severity: high, threshold: 3, window_days: 7}", ["rules[1], field 'id'", "missing"]),
    (f"{{{RULE}, name: ''}}", ["field 'name'", "non-empty string"]),
    (f"{{{RULE}, per: incident}}", ["field 'threshold'", "must be 1 with per: incident and metric: incidents"]),
    ("[r1]", ["rules[1]:", "expected a mapping of fields, got a list"]),
])
def test_validation_errors_name_file_rule_field_and_valid_values(tmp_path: Path, rule_text: str,
                                                                 fragments: list[str]) -> None:
    path = write_rules(tmp_path, f"rules:\n  - {{id: ok, name: OK, severity: low, threshold: 1, window_days: 1}}\n"
                                 f"  - {rule_text}\n")
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    for fragment in fragments:
        assert fragment in message


def test_duplicate_ids(tmp_path: Path) -> None:
    path = write_rules(tmp_path, f"rules:\n  - {{{RULE}}}\n  - {{{RULE}}}\n")
    with pytest.raises(RuleError, match=r"rules\[1\] \(id 'r1'\), field 'id': duplicate id, already used by rules\[0\]"):
        load_rules(path)


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "expected a mapping with one key, 'rules'"),
    ("rule:\n  - {}\n", "got keys ['rule']"),
    ("rules: {a: 1}\n", "'rules' must be a list of rules, got a mapping"),
    ("rules: [\n", "not valid YAML"),
])
def test_file_level_errors(tmp_path: Path, text: str, fragment: str) -> None:
    path = write_rules(tmp_path, text)
    with pytest.raises(RuleError) as caught:
        load_rules(path)
    assert str(caught.value).startswith(str(path)) and fragment in str(caught.value)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="watch-rules file not found: .*nope.yaml"):
        load_rules(tmp_path / "nope.yaml")


# --- Evaluation: window rules --------------------------------------------------------------------


def test_window_rule_counts_incidents_and_titles_them() -> None:
    incidents = [incident("c", AS_OF - dt.timedelta(days=1)), incident("a", AS_OF),
                 incident("b", AS_OF - dt.timedelta(days=6))]
    [trigger] = evaluate_rules([rule(perpetrator=("iskp",), admin2=("Peshawar",))], incidents, AS_OF)
    assert trigger.title == "ISKP: 3 incidents in Peshawar in 7 days (threshold 3)"
    assert (trigger.value, trigger.threshold, trigger.rule_id, trigger.severity) == (3, 3, "r", "high")
    assert (trigger.window_start, trigger.window_end) == (dt.date(2025, 3, 4), AS_OF)
    assert trigger.incident_uids == ("a", "b", "c")
    assert trigger.key.startswith("r:") and trigger.per == "window"


def test_window_boundaries_are_inclusive_and_future_dates_excluded() -> None:
    first_day, day_before = AS_OF - dt.timedelta(days=6), AS_OF - dt.timedelta(days=7)
    incidents = [incident("first", first_day), incident("last", AS_OF), incident("before", day_before),
                 incident("after", AS_OF + dt.timedelta(days=1))]
    [trigger] = evaluate_rules([rule(threshold=2)], incidents, AS_OF)
    assert trigger.incident_uids == ("first", "last")
    assert evaluate_rules([rule(threshold=3)], incidents, AS_OF) == []


def test_one_day_window_is_as_of_only() -> None:
    incidents = [incident("today", AS_OF), incident("yesterday", AS_OF - dt.timedelta(days=1))]
    [trigger] = evaluate_rules([rule(threshold=1, window_days=1)], incidents, AS_OF)
    assert trigger.incident_uids == ("today",) and trigger.window_start == trigger.window_end == AS_OF
    assert trigger.title == "ISKP: 1 incident in 1 day (threshold 1)"


def test_window_rule_below_threshold_gives_nothing() -> None:
    assert evaluate_rules([rule()], [incident("a"), incident("b")], AS_OF) == []


def test_window_rule_skips_undated_incidents() -> None:
    incidents = [incident("a"), incident("b"), incident("undated", None)]
    assert evaluate_rules([rule()], incidents, AS_OF) == []


def test_killed_metric_sums_best_tolls_and_lists_contributing_incidents() -> None:
    incidents = [incident("a", killed=4, admin1="Balochistan"), incident("b", killed=7, admin1="Balochistan"),
                 incident("no-toll", admin1="Balochistan"), incident("elsewhere", killed=30)]
    [trigger] = evaluate_rules([rule(name="Deaths in Balochistan", admin1=("balochistan",), metric="killed",
                                     threshold=10)], incidents, AS_OF)
    assert trigger.value == 11 and trigger.incident_uids == ("a", "b")
    assert trigger.title == "Deaths in Balochistan: 11 killed in balochistan in 7 days (threshold 10)"


def test_casualties_and_injured_metrics() -> None:
    incidents = [incident("a", killed=2, injured=5)]
    [casualties] = evaluate_rules([rule(metric="casualties", threshold=7)], incidents, AS_OF)
    assert casualties.value == 7
    assert evaluate_rules([rule(metric="injured", threshold=6)], incidents, AS_OF) == []


def test_matching_is_case_insensitive_on_id_name_and_places() -> None:
    incidents = [incident("a", perpetrator_id=None, perpetrator="ISLAMIC STATE-KHORASAN PROVINCE")]
    by_name = rule(threshold=1, perpetrator=("islamic state-khorasan province",), country=("pk",),
                   admin1=("KHYBER PAKHTUNKHWA",), admin2=("peshawar",), acled_event_type=("explosions/remote violence",),
                   acled_sub_event_type=("REMOTE EXPLOSIVE/LANDMINE/IED",), status=("OCCURRED",))
    assert len(evaluate_rules([by_name], incidents, AS_OF)) == 1
    assert len(evaluate_rules([rule(threshold=1, perpetrator=("ISKP",))], [incident("b")], AS_OF)) == 1


def test_filters_and_across_fields_or_within_one() -> None:
    incidents = [incident("ttp", perpetrator_id="ttp", perpetrator="Tehrik-i-Taliban Pakistan"),
                 incident("iskp"), incident("bla", perpetrator_id="bla", perpetrator="Balochistan Liberation Army",
                                            admin1="Balochistan", admin2="Quetta")]
    [trigger] = evaluate_rules([rule(threshold=1, perpetrator=("ttp", "iskp", "bla"), admin1=("Khyber Pakhtunkhwa",))],
                               incidents, AS_OF)
    assert trigger.incident_uids == ("iskp", "ttp")


def test_missing_incident_field_does_not_match_a_filter() -> None:
    assert evaluate_rules([rule(threshold=1, admin2=("Peshawar",))], [incident("a", admin2=None)], AS_OF) == []


def test_max_tlp_leaves_out_restricted_incidents_and_trigger_carries_strictest_marking() -> None:
    incidents = [incident("clear"), incident("amber", tlp="AMBER"), incident("red", tlp="RED")]
    [all_three] = evaluate_rules([rule()], incidents, AS_OF)
    assert all_three.tlp == "RED"
    [shareable] = evaluate_rules([rule(threshold=2, max_tlp="AMBER")], incidents, AS_OF)
    assert shareable.incident_uids == ("amber", "clear") and shareable.tlp == "AMBER"
    assert evaluate_rules([rule(threshold=1, max_tlp="GREEN")], [incident("odd", tlp="SECRET")], AS_OF) == []


def test_window_key_is_stable_and_follows_the_incidents() -> None:
    r = rule(threshold=2)
    first = evaluate_rules([r], [incident("a"), incident("b")], AS_OF)[0]
    again = evaluate_rules([r], [incident("b"), incident("a")], AS_OF + dt.timedelta(days=1))[0]
    more = evaluate_rules([r], [incident("a"), incident("b"), incident("c")], AS_OF)[0]
    assert first.key == again.key != more.key


# --- Evaluation: per-incident rules --------------------------------------------------------------


def test_per_incident_rule_fires_once_per_qualifying_incident() -> None:
    r = rule(id="big", name="Mass casualty", severity="critical", per="incident", metric="casualties", threshold=25)
    incidents = [incident("small", killed=3, injured=4), incident("big", killed=20, injured=10),
                 incident("big2", AS_OF - dt.timedelta(days=2), killed=25)]
    triggers = evaluate_rules([r], incidents, AS_OF)
    assert [t.key for t in triggers] == ["big:big2", "big:big"]  # by date
    assert [t.value for t in triggers] == [25, 30]
    assert triggers[1].incident_uids == ("big",) and triggers[1].severity == "critical"
    assert triggers[1].title == ("Mass casualty: Remote explosive/landmine/IED by Islamic State-Khorasan Province"
                                 " in Peshawar, Khyber Pakhtunkhwa on 2025-03-10, 30 casualties (killed or injured)"
                                 " (threshold 25)")


def test_per_incident_title_for_any_incident() -> None:
    r = rule(name="Suicide bombing", per="incident", threshold=1, acled_sub_event_type=("suicide bomb",))
    suicide = incident("s", acled_sub_event_type="Suicide bomb", status="foiled", location="Khar", admin2="Bajaur")
    [trigger] = evaluate_rules([r], [suicide, incident("ied")], AS_OF)
    assert trigger.title == ("Suicide bombing: Foiled suicide bomb by Islamic State-Khorasan Province"
                             " in Khar, Bajaur, Khyber Pakhtunkhwa on 2025-03-10")
    assert trigger.value == 1 and trigger.key == "r:s"


def test_per_incident_window_boundaries_and_undated_incidents() -> None:
    r = rule(per="incident", threshold=1, window_days=3)
    incidents = [incident("first", AS_OF - dt.timedelta(days=2)), incident("old", AS_OF - dt.timedelta(days=3)),
                 incident("future", AS_OF + dt.timedelta(days=1)), incident("undated", None, location=None)]
    triggers = evaluate_rules([r], incidents, AS_OF)
    assert [t.incident_uids for t in triggers] == [("first",)]  # an undated archive report raises nothing


def test_rules_are_evaluated_in_order() -> None:
    rules = [rule(id="one", threshold=1), rule(id="two", threshold=1, per="incident")]
    assert [t.rule_id for t in evaluate_rules(rules, [incident("a")], AS_OF)] == ["one", "two"]


# --- De-duplication ------------------------------------------------------------------------------


def test_fresh_triggers_repeat_on_new_incidents_not_on_a_sliding_window() -> None:
    r = rule(threshold=2, window_days=3)
    day1 = evaluate_rules([r], [incident("a", AS_OF), incident("b", AS_OF)], AS_OF)
    assert fresh_triggers(day1, {}) == day1
    alerted = {"r": frozenset(day1[0].incident_uids)}

    # The next day the same incidents are still in the window: no new alert.
    day2 = evaluate_rules([r], [incident("a", AS_OF), incident("b", AS_OF)], AS_OF + dt.timedelta(days=1))
    assert day2 and fresh_triggers(day2, alerted) == []

    # A new incident pushes the count up: alert again.
    day3_incidents = [incident("a", AS_OF), incident("b", AS_OF), incident("c", AS_OF + dt.timedelta(days=2))]
    day3 = evaluate_rules([r], day3_incidents, AS_OF + dt.timedelta(days=2))
    assert fresh_triggers(day3, alerted) == day3

    # Coverage is per rule: another rule's alerts do not silence this one.
    assert fresh_triggers(day2, {"other": frozenset({"a", "b"})}) == day2


def test_fresh_triggers_per_incident() -> None:
    r = rule(per="incident", threshold=1)
    triggers = evaluate_rules([r], [incident("a"), incident("b")], AS_OF)
    assert [t.incident_uids for t in fresh_triggers(triggers, {"r": frozenset({"a"})})] == [("b",)]


def test_trigger_and_rule_are_frozen() -> None:
    [trigger] = evaluate_rules([rule(threshold=1)], [incident("a")], AS_OF)
    with pytest.raises(AttributeError):
        trigger.value = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        rule().threshold = 5  # type: ignore[misc]
