"""Watch rules: conditions over resolved incidents that raise alerts.

A rule is data (a YAML file, see ``data/watch-rules.example.yaml`` and ``docs/alerts.md``): which
incidents it watches (filters), what it counts (``metric``), how much is too much (``threshold``)
and over which stretch of days (``window_days``), and whom to tell (``notify``). Evaluating rules
is pure — incidents and a date in, :class:`Trigger` values out — so the same rules give the same
triggers whether run after an ingest, from the CLI or in a test. Delivery lives in
:mod:`ctwatch.analyse.delivery`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..errors import ConfigError
from ..extract.taxonomy import acled_sub_events
from ..resolve.mentions import RESOLVED_STATUSES
from ..resolve.model import Incident
from ..settings import TLP_LEVELS, tlp_rank

SEVERITIES = ("info", "low", "medium", "high", "critical")
METRICS = ("incidents", "killed", "injured", "casualties")
PERS = ("window", "incident")
FILTERS = ("perpetrator", "country", "admin1", "admin2", "acled_event_type", "acled_sub_event_type", "status")
REQUIRED = ("id", "name", "severity", "threshold", "window_days")
OPTIONAL = ("description", "metric", "per", *FILTERS, "max_tlp", "notify")
CHANNEL_FORMS = "'email:someone@example.org' or 'webhook:https://host/path'"

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")


class RuleError(ConfigError):
    """A watch-rules file ctwatch cannot use; the message names the file, the rule and the field."""


@dataclass(frozen=True)
class WatchRule:
    """One watch rule. Filters are ANDed across fields and ORed within one; an empty filter matches all.

    Filter values compare case-insensitively. ``perpetrator`` matches an incident's actor id
    (``iskp``) or its perpetrator name (``Islamic State-Khorasan Province``).
    """

    id: str
    name: str
    severity: str
    threshold: int
    window_days: int
    metric: str = "incidents"
    per: str = "window"
    perpetrator: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    admin2: tuple[str, ...] = ()
    acled_event_type: tuple[str, ...] = ()
    acled_sub_event_type: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    max_tlp: str | None = None  # leave out incidents marked more restrictively (e.g. for an outside webhook)
    notify: tuple[str, ...] = ()
    description: str | None = None

    def window(self, as_of: dt.date) -> tuple[dt.date, dt.date]:
        """The ``window_days`` days ending at ``as_of``, both ends included."""
        return as_of - dt.timedelta(days=self.window_days - 1), as_of

    def matches(self, incident: Incident) -> bool:
        if self.max_tlp is not None and tlp_rank(incident.tlp) > tlp_rank(self.max_tlp):
            return False
        if self.perpetrator and not _any_equal(self.perpetrator, incident.perpetrator_id, incident.perpetrator):
            return False
        return all(not getattr(self, name) or _any_equal(getattr(self, name), getattr(incident, name))
                   for name in FILTERS if name != "perpetrator")


@dataclass(frozen=True)
class Trigger:
    """A rule whose condition holds. ``window_start``/``window_end`` are the rule's window at evaluation.

    ``key`` identifies the alert so the store can keep each one once: ``<rule id>:<incident uid>``
    for per-incident rules; for window rules ``<rule id>:<hash of the incident uids>``, the same
    whenever the same incidents trip the rule. Whether a window alert is *new* is decided by
    :func:`fresh_triggers`, not by the key.
    """

    key: str
    rule_id: str
    rule_name: str
    severity: str
    title: str
    metric: str
    per: str
    value: int
    threshold: int
    window_start: dt.date
    window_end: dt.date
    incident_uids: tuple[str, ...]  # sorted
    tlp: str = "CLEAR"  # the most restrictive marking among the incidents: the alert carries their data


# --- Loading -------------------------------------------------------------------------------------


class _FieldProblem(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def load_rules(path: Path | str) -> list[WatchRule]:
    """The rules of a YAML file with a top-level ``rules:`` list; :class:`RuleError` on any problem."""
    path = Path(path)
    data = _read_yaml(path)
    if not isinstance(data, dict) or set(data) != {"rules"}:
        found = f"keys {sorted(map(str, data))}" if isinstance(data, dict) else _type_name(data)
        raise RuleError(f"{path}: expected a mapping with one key, 'rules' (a list of rules), got {found}")
    if not isinstance(data["rules"], list):
        raise RuleError(f"{path}: 'rules' must be a list of rules, got {_type_name(data['rules'])}")
    rules: list[WatchRule] = []
    first_index: dict[str, int] = {}
    for index, item in enumerate(data["rules"]):
        where = _rule_label(index, item)
        if not isinstance(item, dict):
            raise RuleError(f"{path}: {where}: expected a mapping of fields, got {_type_name(item)}")
        try:
            rule = _parse_rule(item)
        except _FieldProblem as problem:
            raise RuleError(f"{path}: {where}, field '{problem.field}': {problem}") from None
        if rule.id in first_index:
            raise RuleError(f"{path}: {where}, field 'id': duplicate id, already used by rules[{first_index[rule.id]}];"
                            " each rule needs its own id")
        first_index[rule.id] = index
        rules.append(rule)
    return rules


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleError(f"watch-rules file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from None


def _rule_label(index: int, item: object) -> str:
    rule_id = item.get("id") if isinstance(item, dict) else None
    return f"rules[{index}] (id {rule_id!r})" if isinstance(rule_id, str) else f"rules[{index}]"


def _parse_rule(item: dict[str, Any]) -> WatchRule:
    for key in item:
        if key not in REQUIRED + OPTIONAL:
            raise _FieldProblem(str(key), f"unknown field{_suggestion(str(key))}; valid fields: "
                                          f"{', '.join(REQUIRED + OPTIONAL)}")
    for key in REQUIRED:
        if key not in item:
            raise _FieldProblem(key, f"missing; every rule needs {', '.join(REQUIRED)}")
    rule = WatchRule(
        id=_slug(item["id"]),
        name=_text("name", item["name"]),
        severity=_choice("severity", item["severity"], SEVERITIES),
        threshold=_positive_int("threshold", item["threshold"]),
        window_days=_positive_int("window_days", item["window_days"]),
        metric=_choice("metric", item.get("metric", "incidents"), METRICS),
        per=_choice("per", item.get("per", "window"), PERS),
        perpetrator=_strings("perpetrator", item.get("perpetrator")),
        country=tuple(_country(c) for c in _strings("country", item.get("country"))),
        admin1=_strings("admin1", item.get("admin1")),
        admin2=_strings("admin2", item.get("admin2")),
        acled_event_type=tuple(_choice("acled_event_type", v, _acled_event_types())
                               for v in _strings("acled_event_type", item.get("acled_event_type"))),
        acled_sub_event_type=tuple(_choice("acled_sub_event_type", v, tuple(acled_sub_events()))
                                   for v in _strings("acled_sub_event_type", item.get("acled_sub_event_type"))),
        status=tuple(_choice("status", v, RESOLVED_STATUSES) for v in _strings("status", item.get("status"))),
        max_tlp=None if item.get("max_tlp") is None else _choice("max_tlp", item["max_tlp"], TLP_LEVELS),
        notify=tuple(_channel(c) for c in _strings("notify", item.get("notify"))),
        description=None if item.get("description") is None else _text("description", item["description"]),
    )
    if rule.per == "incident" and rule.metric == "incidents" and rule.threshold != 1:
        # Each incident counts once, so any other threshold could never be reached.
        raise _FieldProblem("threshold", f"must be 1 with per: incident and metric: incidents, not {rule.threshold}"
                                         " (use per: window to count incidents)")
    return rule


def _suggestion(key: str) -> str:
    close = difflib.get_close_matches(key, REQUIRED + OPTIONAL, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_name(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", type(None): "nothing"}.get(
        type(value), repr(value))


def _text(field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _FieldProblem(field, f"must be a non-empty string, got {_type_name(value)}")
    return value.strip()


def _slug(value: object) -> str:
    text = _text("id", value)
    if not _SLUG.match(text):
        raise _FieldProblem("id", f"{text!r} is not a slug; use lower-case letters and digits joined by - or _,"
                                  " e.g. 'iskp-surge-kp'")
    return text


def _choice(field: str, value: object, valid: Sequence[str]) -> str:
    """The canonical spelling of ``value`` among ``valid``, compared case-insensitively."""
    text = _text(field, value)
    for option in valid:
        if option.casefold() == text.casefold():
            return option
    raise _FieldProblem(field, f"{text!r} is not valid; valid: {', '.join(valid)}")


def _positive_int(field: str, value: object) -> int:
    # bool is an int in Python, but 'threshold: yes' is a mistake, not 1.
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _FieldProblem(field, f"must be a whole number of 1 or more, got {_type_name(value)}")
    return value


def _strings(field: str, value: object) -> tuple[str, ...]:
    """A list of strings; a single string is read as a list of one."""
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise _FieldProblem(field, f"must be a list of non-empty strings, got {_type_name(value)}")
    if not values:
        raise _FieldProblem(field, "is an empty list, which would match nothing; leave the field out to match any")
    return tuple(v.strip() for v in values)


def _country(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", value):
        raise _FieldProblem("country", f"{value!r} is not an ISO 3166-1 alpha-2 code; use e.g. PK, AF, IR")
    return value.upper()


def _acled_event_types() -> tuple[str, ...]:
    return tuple(dict.fromkeys(info["event_type"] for info in acled_sub_events().values()))


def _channel(value: str) -> str:
    try:
        parse_channel(value)
    except ValueError as exc:
        raise _FieldProblem("notify", str(exc)) from None
    return value


def parse_channel(channel: str) -> tuple[str, str]:
    """``("email", address)`` or ``("webhook", url)``; ValueError saying the valid forms otherwise."""
    kind, _, target = channel.partition(":")
    target = target.strip()
    if kind == "email" and _EMAIL.match(target):
        return kind, target
    if kind == "webhook":
        parts = urlsplit(target)
        if parts.scheme in ("http", "https") and parts.hostname:
            return kind, target
    raise ValueError(f"{channel!r} is not a channel; use {CHANNEL_FORMS}")


# --- Evaluation ----------------------------------------------------------------------------------


def evaluate_rules(rules: Sequence[WatchRule], incidents: Sequence[Incident], as_of: dt.date) -> list[Trigger]:
    """Every trigger of ``rules`` over ``incidents`` as of the day ``as_of``, rule by rule.

    Both kinds of rule look only at incidents dated within the rule's window (``window_days`` days
    ending at ``as_of``, both ends included), so loading an archive does not raise alerts for
    years-old attacks; incidents dated after ``as_of`` are left out too.

    - ``per: window`` — one trigger when the metric summed over the matching incidents in the window
      reaches the threshold. Incidents without a date are skipped: they cannot be placed in a window.
      The trigger lists the incidents that add to the sum (for ``killed``, those with a death toll).
    - ``per: incident`` — one trigger for each matching incident whose own metric reaches the
      threshold. Incidents without a date are skipped too: a backfill of undated archive reports
      would otherwise raise an alert for each of them (resolution dates an incident by its first
      report when the reports give no date, so only incidents nobody dated are left out).
    """
    triggers: list[Trigger] = []
    for rule in rules:
        matching = [incident for incident in incidents if rule.matches(incident)]
        if rule.per == "window":
            triggers.extend(_window_trigger(rule, matching, as_of))
        else:
            triggers.extend(_incident_triggers(rule, matching, as_of))
    return triggers


def fresh_triggers(triggers: Sequence[Trigger], already_alerted: Mapping[str, frozenset[str]]) -> list[Trigger]:
    """The triggers that should become alerts, given what earlier alerts already covered.

    ``already_alerted`` maps a rule id to the union of the incident uids of that rule's stored
    alerts. A trigger is fresh when it holds at least one incident not yet covered: a window alert
    repeats when new incidents push the rule past its threshold again, not when the window merely
    slides over the same incidents; a per-incident alert is sent once per incident.
    """
    return [t for t in triggers if not set(t.incident_uids) <= already_alerted.get(t.rule_id, frozenset())]


def metric_value(metric: str, incident: Incident) -> int:
    """What one incident adds to ``metric``: 1 for ``incidents``, else its best toll."""
    if metric == "incidents":
        return 1
    if metric == "killed":
        return incident.killed_best
    if metric == "injured":
        return incident.injured_best
    return incident.killed_best + incident.injured_best


def _window_trigger(rule: WatchRule, matching: list[Incident], as_of: dt.date) -> list[Trigger]:
    start, end = rule.window(as_of)
    counted = [(i, metric_value(rule.metric, i)) for i in matching if i.date is not None and start <= i.date <= end]
    counted = [(i, v) for i, v in counted if v > 0]
    value = sum(v for _, v in counted)
    if value < rule.threshold:
        return []
    uids = tuple(sorted(i.uid for i, _ in counted))
    digest = hashlib.sha256("\n".join(uids).encode()).hexdigest()[:16]
    title = (f"{rule.name}: {value} {_metric_words(rule.metric, value)}{_rule_place(rule)}"
             f" in {_days(rule.window_days)} (threshold {rule.threshold})")
    return [_trigger(rule, f"{rule.id}:{digest}", title, value, (start, end), [i for i, _ in counted])]


def _incident_triggers(rule: WatchRule, matching: list[Incident], as_of: dt.date) -> list[Trigger]:
    start, end = rule.window(as_of)
    in_window = sorted((i for i in matching if i.date is not None and start <= i.date <= end), key=lambda i: (i.date, i.uid))
    triggers = []
    for incident in in_window:
        value = metric_value(rule.metric, incident)
        if value >= rule.threshold:
            title = f"{rule.name}: {_describe(incident)}"
            if rule.metric != "incidents":
                title += f", {value} {_metric_words(rule.metric, value)} (threshold {rule.threshold})"
            triggers.append(_trigger(rule, f"{rule.id}:{incident.uid}", title, value, (start, end), [incident]))
    return triggers


def _trigger(rule: WatchRule, key: str, title: str, value: int, window: tuple[dt.date, dt.date],
             incidents: list[Incident]) -> Trigger:
    return Trigger(
        key=key, rule_id=rule.id, rule_name=rule.name, severity=rule.severity, title=title, metric=rule.metric,
        per=rule.per, value=value, threshold=rule.threshold, window_start=window[0], window_end=window[1],
        incident_uids=tuple(sorted(i.uid for i in incidents)),
        tlp=TLP_LEVELS[max(tlp_rank(i.tlp) for i in incidents)],
    )


def _any_equal(wanted: tuple[str, ...], *values: str | None) -> bool:
    have = {v.strip().casefold() for v in values if v}
    return any(w.casefold() in have for w in wanted)


def _metric_words(metric: str, value: int) -> str:
    if metric == "incidents":
        return "incident" if value == 1 else "incidents"
    if metric == "casualties":
        return "casualty (killed or injured)" if value == 1 else "casualties (killed or injured)"
    return metric


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def _rule_place(rule: WatchRule) -> str:
    """The district or province the rule is limited to, for its titles (a country would be noise:
    most rules watch one)."""
    places = rule.admin2 or rule.admin1
    return f" in {' or '.join(places)}" if places else ""


def _describe(incident: Incident) -> str:
    """'Suicide bomb by Islamic State-Khorasan Province in Khar, Bajaur, Khyber Pakhtunkhwa on 2025-03-02'."""
    text = incident.acled_sub_event_type or incident.acled_event_type or "Incident"
    if incident.status == "foiled":
        text = f"Foiled {text[0].lower()}{text[1:]}"
    if incident.perpetrator:
        text += f" by {incident.perpetrator}"
    place = ", ".join(dict.fromkeys(p for p in (incident.location, incident.admin2, incident.admin1) if p))
    if place:
        text += f" in {place}"
    return text + (f" on {incident.date.isoformat()}" if incident.date else " (date unknown)")
