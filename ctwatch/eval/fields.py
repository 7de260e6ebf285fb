"""Default reading of an :class:`~ctwatch.extract.model.Extraction` as each benchmark's fields.

:func:`predicted_fields` is what ``ctwatch eval`` uses when no ``to_labels`` is given. It reads
only what the Extraction already holds — the article-level ``action_scores`` of the trained heads
and the events' types, counts and places — so nothing here is a model or rule for one benchmark.
The label tables of ``ctwatch/eval/mapping.py`` may replace it (``run_eval(to_labels=...)``).

Keys of the returned dict are the benchmark's FIELD names (``readers.FIELDS``); values are a label
(``str``), a list of labels, a count (``int``) or a place name, ``None`` for "no prediction".
``ipe-*`` and ``satp-southasia`` return ``{"labels": [...]}``, ``acled-snippets`` ``{"label": code}``.
"""

from __future__ import annotations

from typing import Any

from ctwatch.extract.model import Casualties, EventMention, Extraction

THRESHOLD = 0.5

# ACLED sub-event type (ACLED's own name) <-> CASE-2021 code.
ACLED_SUB_EVENT_CODES: dict[str, str] = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
ACLED_CODE_NAMES: dict[str, str] = {code: name for name, code in ACLED_SUB_EVENT_CODES.items()}

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

# ctwatch action label -> SATP India action type (spelling variants accepted).
SATP_INDIA_ACTIONS = {
    "armed_assault": "armed_assault",
    "bombing": "bombing",
    "abduction": "abduction",
    "kidnapping": "abduction",
    "arrest": "arrest",
    "surrender": "surrender",
    "seizure": "seizure",
    "infrastructure": "infrastructure",
}
# ctwatch action label -> SATP South Asia label; any other action predicted -> "other".
SATP_SOUTHASIA_LABELS = {"armed_assault": "armed_assault", "bombing": "bombing", "abduction": "kidnapping",
                         "kidnapping": "kidnapping", "other": "other"}
IPE_LABELS = {"police_kill": "KILL", "police_arrest": "ARREST", "police_force": "FORCE",
              "police_fail": "FAIL", "police_any": "ANY_ACTION"}
# ctwatch perpetrator side / target category -> SATP India label.
SATP_PERPETRATOR = {"state": "Security", "non_state": "Maoist", "unknown": "Unknown"}
SATP_TARGET = {
    "militant": "Maoist", "civilian": "Civilians", "security": "Security",
    "government": "Government Officials", "government_official": "Government Officials",
    "government_infrastructure": "Government Infrastructure", "infrastructure": "Government Infrastructure",
    "private_property": "Private Property", "business": "Mining Company",
    "non_state_armed_group": "Non-Maoist Armed Group", "ngo": "NGOs", "none": "No Target",
    "no_target": "No Target", "unknown": "Unknown",
}
STATE_KINDS = {"state_force", "state_agency"}


def acled_code(sub_event_type: str | None) -> str | None:
    """CASE-2021 code of an ACLED sub-event type name (or of a code or extra kind); None if unknown."""
    if not sub_event_type:
        return None
    return _ACLED_BY_NORM.get(sub_event_type.strip().casefold())


def occurred(extraction: Extraction) -> list[EventMention]:
    """Events that happened (or were foiled): not negated, not hypothetical."""
    return [e for e in extraction.events if e.status not in ("negated", "hypothetical")]


def scored_labels(scores: dict[str, float], threshold: float = THRESHOLD) -> list[str]:
    """Labels whose probability reaches ``threshold`` (keys as given, including prefixed ones)."""
    return [label for label, p in scores.items() if p >= threshold]


def _best(scores: dict[str, float], prefix: str) -> str | None:
    """Highest-scoring label among keys ``prefix:label`` / ``prefix.label``, or None."""
    found = {k.split(prefix, 1)[1][1:]: p for k, p in scores.items() if k.startswith((prefix + ":", prefix + "."))}
    return max(found, key=found.get) if found else None


def casualty_total(c: Casualties) -> int | None:
    if c.total is not None:
        return c.total.value
    sides = [x.value for x in (c.security, c.civilian, c.militant, c.unknown) if x is not None]
    return sum(sides) if sides else None


def _sum(values: list[int | None]) -> int:
    return sum(v for v in values if v is not None)


def _actions(extraction: Extraction) -> list[str]:
    """Action labels: the heads' article-level scores, else the union of the events' actions."""
    if extraction.action_scores:
        return scored_labels(extraction.action_scores)
    return sorted({a for e in occurred(extraction) for a in e.actions})


def _satp_india(extraction: Extraction) -> dict[str, Any]:
    events = occurred(extraction)
    first = events[0] if events else None
    actions = sorted({SATP_INDIA_ACTIONS[a] for a in _actions(extraction) if a in SATP_INDIA_ACTIONS})

    side = _best(extraction.action_scores, "perpetrator_side")
    if side is None and first is not None:
        perp = first.perpetrator
        side = "unknown" if perp is None else ("state" if perp.kind in STATE_KINDS else "non_state")
    target = _best(extraction.action_scores, "target")
    if target is None and first is not None:
        target = first.target_category

    place = next((e.place for e in events if e.place is not None), None)
    if place is None and extraction.places:
        place = next((p for p in extraction.places if p.admin2), extraction.places[0])
    return {
        "perpetrator": SATP_PERPETRATOR.get(side or "", None),
        "action_types": actions,
        "first_target": SATP_TARGET.get(target or "", None),
        "fatalities.total": _sum([casualty_total(e.killed) for e in events]),
        "injuries.total": _sum([casualty_total(e.injured) for e in events]),
        "arrests.total_arrests": _sum([e.arrested.value if e.arrested else None for e in events]),
        "location.state": place.admin1 if place else None,
        "location.district": place.admin2 if place else None,
    }


def _satp_southasia(extraction: Extraction) -> dict[str, Any]:
    labels = set()
    for a in _actions(extraction):
        if ":" in a or "." in a or a.startswith("police_") or a in EXTRA_KIND_CODES:
            continue  # another head's score, not an action label
        labels.add(SATP_SOUTHASIA_LABELS.get(a, "other"))
    return {"labels": sorted(labels)}


def _ipe(extraction: Extraction) -> dict[str, Any]:
    return {"labels": sorted({IPE_LABELS[k] for k in scored_labels(extraction.action_scores) if k in IPE_LABELS})}


def _acled(extraction: Extraction) -> dict[str, Any]:
    for e in occurred(extraction):
        code = acled_code(e.acled_sub_event_type)
        if code is None:
            code = next((EXTRA_KIND_CODES[a] for a in e.actions if a in EXTRA_KIND_CODES), None)
        if code is not None:
            return {"label": code}
    extra = {k: p for k, p in extraction.action_scores.items() if k in EXTRA_KIND_CODES and p >= THRESHOLD}
    if extra:
        return {"label": EXTRA_KIND_CODES[max(extra, key=extra.get)]}
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
