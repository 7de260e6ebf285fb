"""The note-typing stage (after the heads): in event notes written in ACLED's style
(``events.is_event_note``), the event-type head (``ctwatch train``; docs/acled-typing.md) retypes the
incidents the cue rules found, or gives a note without a cue the incident it reports."""

from __future__ import annotations

from datetime import date

from . import heads
from .dates import find_dates
from .events import head_may_retype, is_event_note, with_type
from .model import EventMention, Extraction, Span
from .places import incident_location


def type_event_notes(results: list[Extraction], texts: list[str], published: list[date | None]) -> None:
    """Retype the incidents of event notes that occurred where the head's top label has at least
    ``min_probability`` and ``min_ratio`` times the probability of the cue rules' type; give a note
    in which the rules found no incident at all the one it reports, when the head's top label has
    at least ``min_probability``."""
    head = heads.optional_head("event_type")
    if head is None:
        return
    floor, ratio = head.meta.get("min_probability", 1.0), head.meta.get("min_ratio", 1.0)
    notes = [i for i, text in enumerate(texts) if is_event_note(text)]
    todo = [(i, j) for i in notes for j, e in enumerate(results[i].events) if e.status not in ("negated", "hypothetical")]
    for (i, j), p in zip(todo, head.predict([results[i].events[j].span.text for i, j in todo])):
        event = results[i].events[j]
        label = max(p, key=p.get)
        if head_may_retype(type_of(event), label) and p[label] >= floor and p[label] >= ratio * p.get(type_of(event) or "", 0.0):
            results[i].events[j] = with_type(event, label, p[label])
    empty = [i for i in notes if not results[i].events]
    for i, p in zip(empty, head.predict([texts[i] for i in empty])):
        label = max(p, key=p.get)
        if p[label] >= floor:
            results[i].events.append(note_incident(texts[i], published[i], results[i], label, p[label]))
            results[i].location = results[i].location or results[i].events[0].place


def note_incident(text: str, published: date | None, result: Extraction, label: str, probability: float) -> EventMention:
    """The incident an event note reports, as the head types it: the whole note, placed, dated and
    counted as the rules place, date and count a short report."""
    place, precision = incident_location(text, result.places, when=published)
    dated = find_dates(text, published)
    span, when, time_precision = dated[0] if dated else (None, None, None)
    event = EventMention(span=Span(0, len(text), text), status="occurred", actions=[], acled_event_type=None,
                         acled_sub_event_type=None, place=place, geo_precision=precision, date=when,
                         time_precision=time_precision, date_span=span, killed=result.killed, injured=result.injured)
    return with_type(event, label, probability)


def type_of(event: EventMention) -> str | None:
    """An incident's type in the event-type head's labels: its ACLED sub-event type, else its deciding kind."""
    return event.acled_sub_event_type or (event.actions[0] if event.actions else None)
