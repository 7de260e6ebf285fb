"""The note-typing stage (after the heads): in event notes written in ACLED's style
(``events.is_event_note``), the event-type head (``ctwatch train``; docs/acled-typing.md) reads the
whole note, as it was trained to, and retypes the note's first incident that occurred, or gives a note
in which the cue rules found no incident the one it reports (an ACLED note tells one event)."""

from __future__ import annotations

from copy import deepcopy
from datetime import date

from . import heads
from .dates import find_dates
from .events import head_may_retype, is_event_note, with_type
from .model import EventMention, Extraction, Span
from .places import incident_location


def type_event_notes(results: list[Extraction], texts: list[str], published: list[date | None]) -> None:
    """Apply ``note_decision`` to every event note among ``texts`` (``results``: their extractions)."""
    head = heads.optional_head("event_type")
    if head is None:
        return
    floor, ratio = head.meta.get("min_probability", 1.0), head.meta.get("min_ratio", 1.0)
    notes = [i for i, text in enumerate(texts) if is_event_note(text)]
    for i, p in zip(notes, head.predict([texts[i] for i in notes])):
        what, label = note_decision(results[i], p, floor, ratio)
        if what == "create":
            results[i].events.append(note_incident(texts[i], published[i], results[i], label, p[label]))
            results[i].location = results[i].location or results[i].events[-1].place
        elif what == "retype":
            j = results[i].events.index(results[i].occurred()[0])
            results[i].events[j] = with_type(results[i].events[j], label, p[label])


def note_decision(result: Extraction, probs: dict[str, float], floor: float, ratio: float) -> tuple[str, str | None]:
    """What the head's probabilities ``probs`` for a note do to the rules' reading ``result``:
    ``("create", label)`` where the rules found no incident and the top label has at least ``floor``;
    ``("retype", label)`` where the top label may replace the first occurred incident's type
    (``head_may_retype``), has at least ``floor`` and ``ratio`` times the probability of the rules'
    type; else ``("keep", None)`` (also where the rules found only negated or hypothetical incidents)."""
    label = max(probs, key=probs.get)
    if not result.events:
        return ("create", label) if probs[label] >= floor else ("keep", None)
    occurred = result.occurred()
    if not occurred:
        return "keep", None
    rule = type_of(occurred[0])
    if head_may_retype(rule, label) and probs[label] >= floor and probs[label] >= ratio * probs.get(rule or "", 0.0):
        return "retype", label
    return "keep", None


def note_incident(text: str, published: date | None, result: Extraction, label: str, probability: float) -> EventMention:
    """The incident an event note reports, as the head types it: the whole note, placed, dated and
    counted as the rules place, date and count a short report."""
    place, precision = incident_location(text, result.places, when=published)
    dated = find_dates(text, published)
    span, when, time_precision = dated[0] if dated else (None, None, None)
    event = EventMention(span=Span(0, len(text), text), status="occurred", actions=[], acled_event_type=None,
                         acled_sub_event_type=None, place=place, geo_precision=precision, date=when,
                         time_precision=time_precision, date_span=span, killed=deepcopy(result.killed),
                         injured=deepcopy(result.injured))
    return with_type(event, label, probability)


def type_of(event: EventMention) -> str | None:
    """An incident's type in the event-type head's terms: its ACLED sub-event type, else its deciding action."""
    return event.acled_sub_event_type or (event.actions[0] if event.actions else None)
