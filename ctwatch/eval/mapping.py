"""Between ctwatch's own fields and each benchmark's labels, in one place.

Two directions, both here:
- *benchmark label -> ctwatch label* tables (``SATP_INDIA_ACTION``, ``IPE_POLICE`` ...), used to build
  training targets (``ctwatch/train.py``);
- :func:`predicted_fields`, which reads an :class:`~ctwatch.extract.model.Extraction` — the same one
  ``ctwatch extract`` stores — as a benchmark's fields for ``ctwatch eval``. It reads only what the
  Extraction holds (the heads' decided labels, the incidents' types, counts and places): nothing
  here is a model or a rule for one benchmark.

Keys of the dict :func:`predicted_fields` returns are the benchmark's FIELD names
(``readers.FIELDS``); values are a label, a list of labels, a count or a place name, None for "no
prediction". ``ipe-*`` and ``satp-southasia`` return ``{"labels": [...]}``, ``acled-snippets``
``{"label": code}``.
"""

from __future__ import annotations

from typing import Any

from ctwatch.extract.heads import decide
from ctwatch.extract.model import Casualties, EventMention, Extraction
from ctwatch.extract.taxonomy import acled_sub_events

# SATP India `action_types` (already ctwatch names).
SATP_INDIA_ACTION = {
    "armed_assault": "armed_assault",
    "arrest": "arrest",
    "bombing": "bombing",
    "infrastructure": "infrastructure",
    "surrender": "surrender",
    "seizure": "seizure",
    "abduction": "abduction",
}

# SATP South Asia `labels`.
SATP_SOUTHASIA_ACTION = {
    "armed_assault": "armed_assault",
    "bombing": "bombing",
    "kidnapping": "abduction",
    "other": "other",
}

# SATP India `perpetrator`.
SATP_INDIA_PERPETRATOR = {
    "Security": "state",
    "Maoist": "non_state",
    "Unknown": "unknown",
}

# SATP India `first_target` / `second_target`, keys lower-cased (the data's case varies).
SATP_INDIA_TARGET = {
    "maoist": "militant",
    "civilians": "civilian",
    "security": "security",
    "government officials": "government_official",
    "government infrastructure": "government_infrastructure",
    "government property": "government_infrastructure",
    "private property": "private_property",
    "mining company": "business",
    "non-maoist armed group": "non_state_armed_group",
    "ngos": "ngo",
    "no target": "no_target",
    "unknown": "unknown",
}

# IndiaPoliceEvents `labels` (did police do X).
IPE_POLICE = {
    "KILL": "police_kill",
    "ARREST": "police_arrest",
    "FORCE": "police_force",
    "FAIL": "police_fail",
    "ANY_ACTION": "police_any",
}

def map_labels(table: dict[str, str], gold: list[str] | None) -> list[str]:
    """Map a list of benchmark labels; unknown labels raise KeyError (so new labels are noticed)."""
    return sorted({table[g] for g in (gold or [])})


def satp_india_target(label: str | None) -> str | None:
    """SATP India target (any case) -> ctwatch target category; None stays None."""
    if label is None:
        return None
    return SATP_INDIA_TARGET[label.strip().lower()]


def satp_india_perpetrator(label: str | None) -> str | None:
    return None if label is None else SATP_INDIA_PERPETRATOR[label]


# ACLED sub-event type (ACLED's own name) <-> CASE-2021 code.
ACLED_SUB_EVENT_CODES: dict[str, str] = {name: row["code"] for name, row in acled_sub_events().items()}

# ctwatch event kinds outside ACLED (CASE-2021's five extra types).
EXTRA_KIND_CODES: dict[str, str] = {
    "organised_crime": "ORG_CRIME",
    "natural_disaster": "NATURAL_DISASTER",
    "man_made_disaster": "MAN_MADE_DISASTER",
    "diplomatic": "DIPLO",
    "attribution": "ATTRIB",
}

_ACLED_BY_NORM = {name.casefold(): code for name, code in ACLED_SUB_EVENT_CODES.items()}
_ACLED_BY_NORM.update({code.casefold(): code for code in ACLED_SUB_EVENT_CODES.values()})
_ACLED_BY_NORM.update({kind: code for kind, code in EXTRA_KIND_CODES.items()})
_ACLED_BY_NORM["organized_crime"] = "ORG_CRIME"


# The seed-shaped Pakistani benchmarks' coding rules: "search operations or curfews with no reported outcome are not
# incidents". ACLED codes a curfew, Section 144 or people displaced as Other strategic developments, and so does
# ctwatch (rule category ``other_measure``); these benchmarks count none of them.
SEED_NOT_INCIDENT_CATEGORIES = frozenset({"other_measure"})


def seed_incident(event: EventMention) -> bool:
    """Whether a predicted event is an incident as the seed-shaped benchmarks count them: typed in ACLED's typology
    (a flood or a diplomatic protest is not), not negated or hypothetical, and not a security measure alone."""
    return bool(event.acled_sub_event_type) and event.status not in ("negated", "hypothetical") \
        and event.rule_category not in SEED_NOT_INCIDENT_CATEGORIES


def acled_code(sub_event_type: str | None) -> str | None:
    """CASE-2021 code of an ACLED sub-event type name (or of a code or extra kind); None if unknown."""
    if not sub_event_type:
        return None
    return _ACLED_BY_NORM.get(sub_event_type.strip().casefold())


def _inverse(table: dict[str, str]) -> dict[str, str]:
    inverse: dict[str, str] = {}
    for bench, ours in table.items():
        inverse.setdefault(ours, bench)
    return inverse


# ctwatch label -> benchmark label, for reading predictions in each benchmark's names
_TO_SATP_INDIA_ACTION = _inverse(SATP_INDIA_ACTION)
_TO_SATP_INDIA_PERPETRATOR = _inverse(SATP_INDIA_PERPETRATOR)
_TO_SATP_INDIA_TARGET = _inverse(SATP_INDIA_TARGET)
_TO_SATP_SOUTHASIA = _inverse(SATP_SOUTHASIA_ACTION)
_TO_IPE = _inverse(IPE_POLICE)


def casualty_total(c: Casualties) -> int | None:
    if c.total is not None:
        return c.total.value
    sides = [x.value for x in (c.security, c.civilian, c.militant, c.unknown) if x is not None]
    return sum(sides) if sides else None


def _satp_india(extraction: Extraction) -> dict[str, Any]:
    side = (extraction.labels.get("perpetrator_side") or [None])[0]
    target = (extraction.labels.get("target") or [None])[0]
    place = extraction.report_place()
    # a report that names no state: the region head's guess from its wording
    state = (place.admin1 if place else None) or (extraction.region.admin1 if extraction.region else None)
    return {
        "perpetrator": _TO_SATP_INDIA_PERPETRATOR.get(side or ""),
        "action_types": sorted({_TO_SATP_INDIA_ACTION[a] for a in extraction.labels.get("actions", []) if a in _TO_SATP_INDIA_ACTION}),
        "first_target": _TO_SATP_INDIA_TARGET.get(target or ""),
        "fatalities.total": casualty_total(extraction.killed) or 0,
        "injuries.total": casualty_total(extraction.injured) or 0,
        "arrests.total_arrests": extraction.arrested.value if extraction.arrested else 0,
        "location.state": state,
        "location.district": place.admin2 if place else None,
    }


def _satp_southasia(extraction: Extraction) -> dict[str, Any]:
    """The action head's decision among the labels South Asia annotates (the thresholds the pipeline
    decides with: the encoder blend's when it is on; at least one label)."""
    labels = _TO_SATP_SOUTHASIA
    scores = {a: p for a, p in extraction.action_scores.items() if a in labels}
    if not scores:
        return {"labels": sorted({labels[a] for a in extraction.labels.get("actions", []) if a in labels})}
    return {"labels": sorted(labels[a] for a in decide("actions", [scores], at_least_one=True)[0])}


def _ipe(extraction: Extraction) -> dict[str, Any]:
    labels = _TO_IPE
    return {"labels": sorted({labels[a] for a in extraction.labels.get("police_actions", []) if a in labels})}


def _acled(extraction: Extraction) -> dict[str, Any]:
    for e in extraction.occurred():
        code = acled_code(e.acled_sub_event_type)
        if code is None and e.actions:
            code = EXTRA_KIND_CODES.get(e.actions[0])  # the deciding kind comes first
        if code is not None:
            return {"label": code}
    return {"label": None}


def predicted_fields(benchmark: str, extraction: Extraction) -> dict[str, Any]:
    """The benchmark's fields as read from ``extraction`` (see the module docstring)."""
    readers = {
        "satp-india": _satp_india,
        "satp-southasia": _satp_southasia,
        "ipe-docs": _ipe,
        "ipe-sents": _ipe,
        "acled-snippets": _acled,
    }
    if benchmark not in readers:
        raise ValueError(f"no field mapping for benchmark {benchmark!r} (seed is scored from the Extraction itself)")
    return readers[benchmark](extraction)
