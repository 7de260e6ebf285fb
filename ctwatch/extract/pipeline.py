"""The extraction pipeline: repaired text -> Extraction, one stage after another.

Stages, in order, each a module with one job:
``nlp.parse`` (spaCy with the actor EntityRuler) -> ``actors`` -> ``people`` -> ``quotes`` ->
``places`` -> ``events`` (incident mentions, using ``places``, ``dates`` and ``numbers``) ->
``relations`` -> ``profiles`` (what general statements say an actor does) -> trained ``heads``
(article-level labels; they may read the rule stages' result, see ``heads.rule_terms``).
``ctwatch extract`` runs it over stored articles and ``ctwatch eval`` over benchmark rows: the same code.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator

from . import heads, nlp
from .actors import find_actors
from .dates import find_dates
from .events import EventContext, find_events, head_may_retype, is_event_note, with_type
from .model import ActorMention, EventMention, Extraction, PlaceMention, RegionGuess, Span
from .numbers import find_casualties, find_count
from .people import find_people
from .places import find_places, incident_location
from .profiles import find_profiles
from .quotes import find_quotes
from .relations import find_relations

EXTRACTOR_VERSION = "0.4.0"  # 0.4.0: event-type head retypes incidents; region head. 0.3.0: heads blended with the fine-tuned encoder; counting rules. 0.2.0: case-less text geocoded; mentions carry tolls by side, actions, perpetrator kind
# Reports this short are about one incident: a place named anywhere in them is where it happened.
# (Stricter than events.SHORT_REPORT_SENTENCES, which only lets an incident's sentences be apart.)
SHORT_REPORT = 6
# In a long article a place says where an incident happened only after "in", "at", "near" ...: "the
# Khyber Pakhtunkhwa home secretary" names an office, not the scene.
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|from|across|of)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)


@dataclass(frozen=True)
class Item:
    """One text to extract from, with what is known about it."""

    text: str
    published: date | None = None


def extract(text: str, published: date | None = None) -> Extraction:
    return next(extract_many([Item(text, published)]))


def extract_rules(texts: list[str]) -> list[Extraction]:
    """The rule stages alone, without the trained heads (what the heads read and are tuned against)."""
    return [_extract_doc(Item(text), doc, [(s.start_char, s.end_char) for s in doc.sents])
            for text, doc in zip(texts, nlp.parse_many(list(texts)))]


def extract_many(items: Iterable[Item], batch_size: int = 64) -> Iterator[Extraction]:
    """Extractions in the order of ``items``; spaCy and the heads work batch by batch."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch)
            batch = []
    if batch:
        yield from _extract_batch(batch)


def _extract_batch(items: list[Item]) -> list[Extraction]:
    texts = [item.text for item in items]
    docs = list(nlp.parse_many(texts))
    sentences = [[(s.start_char, s.end_char) for s in doc.sents] for doc in docs]
    # The rule stages first (they do not read the heads), then the heads, which may read the rule
    # stages' result (who did what to whom: heads.rule_terms).
    results = [_extract_doc(item, doc, spans) for item, doc, spans in zip(items, docs, sentences)]
    rules = [heads.rule_terms(r) for r in results]
    # A one-sentence text is scored by the police sentence head, a longer one by the document head.
    single = [len(spans) <= 1 for spans in sentences]
    police_by_level = {level: dict(zip(indexes, heads.predict_police_actions([texts[i] for i in indexes], level=level)))
                       for level, indexes in (("sentence", [i for i, s in enumerate(single) if s]),
                                              ("doc", [i for i, s in enumerate(single) if not s])) if indexes}
    police = [police_by_level["sentence" if s else "doc"][i] for i, s in enumerate(single)]
    scores = heads.predict_incident_heads(texts, rules=rules)
    decided = {"actions": heads.decide("actions", scores["actions"], at_least_one=True),
               "perpetrator_side": heads.decide("perpetrator_side", scores["perpetrator_side"]),
               "target": heads.decide("target", scores["target"])}
    guess_region(results, texts)
    type_event_notes(results, items)
    for i, result in enumerate(results):
        police_head = "police_sentence" if single[i] else "police_doc"
        result.labels = {name: decided[name][i] for name in decided} | {"police_actions": heads.decide(police_head, [police[i]])[0]}
        result.action_scores = scores["actions"][i]
        result.head_scores = {"perpetrator_side": scores["perpetrator_side"][i], "target": scores["target"][i],
                              "police_actions": police[i]}
    return results


def guess_region(results: list[Extraction], texts: list[str]) -> None:
    """Give ``region`` to the reports that name no province or state, when the region head knows
    their country (its guess at or above the head's ``min_probability``)."""
    head = heads.optional_head("region")
    if head is None:
        return
    country = head.meta.get("country")
    todo = [i for i, r in enumerate(results) if not _admin1(r) and _about(r, country)]
    for i, (admin1, p) in zip(todo, heads.predict_top("region", [texts[i] for i in todo])):
        if p >= head.meta.get("min_probability", 0.0):
            results[i].region = RegionGuess(country=country, admin1=admin1, probability=round(p, 4))


def type_event_notes(results: list[Extraction], items: list[Item]) -> None:
    """In event notes written in ACLED's style (``events.is_event_note``), let the event-type head (a
    classifier of an incident's words trained on such notes; docs/acled-typing.md) retype the
    incidents that occurred where its top label has at least ``min_probability`` and ``min_ratio``
    times the probability of the cue rules' type; and give a note in which the rules found no incident
    at all the one it reports, when the head's top label has at least ``min_probability``."""
    head = heads.optional_head("event_type")
    if head is None:
        return
    floor, ratio = head.meta.get("min_probability", 1.0), head.meta.get("min_ratio", 1.0)
    notes = [i for i, item in enumerate(items) if is_event_note(item.text)]
    todo = [(i, j) for i in notes for j, e in enumerate(results[i].events) if e.status not in ("negated", "hypothetical")]
    for (i, j), p in zip(todo, head.predict([results[i].events[j].span.text for i, j in todo])):
        event = results[i].events[j]
        label = max(p, key=p.get)
        if head_may_retype(_type_of(event), label) and p[label] >= floor and p[label] >= ratio * p.get(_type_of(event) or "", 0.0):
            results[i].events[j] = with_type(event, label, p[label])
    empty = [i for i in notes if not results[i].events]
    for i, p in zip(empty, head.predict([items[i].text for i in empty])):
        label = max(p, key=p.get)
        if p[label] >= floor:
            results[i].events.append(_note_incident(items[i], results[i], label, p[label]))
            results[i].location = results[i].location or results[i].events[0].place


def _note_incident(item: Item, result: Extraction, label: str, probability: float) -> EventMention:
    """The incident an event note reports, as the head types it: the whole note, placed, dated and
    counted as the rules place, date and count a short report."""
    text = item.text
    place, precision = incident_location(text, result.places, when=item.published)
    dated = _dates(text, item.published)
    span, when, time_precision = dated[0] if dated else (None, None, None)
    event = EventMention(span=Span(0, len(text), text), status="occurred", actions=[], acled_event_type=None,
                         acled_sub_event_type=None, place=place, geo_precision=precision, date=when,
                         time_precision=time_precision, date_span=span, killed=result.killed, injured=result.injured)
    return with_type(event, label, probability)


def _type_of(event) -> str | None:
    """An incident's type in the event-type head's labels: its ACLED sub-event type, else its deciding kind."""
    return event.acled_sub_event_type or (event.actions[0] if event.actions else None)


def _admin1(result: Extraction) -> str | None:
    place = result.report_place()
    return place.admin1 if place else None


def _country(result: Extraction) -> str | None:
    """The country a report is about: its place's, else its actors', else most of its places'."""
    place = result.report_place()
    if place and place.country:
        return place.country
    counts = Counter(p.country for p in result.places if p.country)
    return _actors_country(result.actors) or (counts.most_common(1)[0][0] if counts else None)


def _about(result: Extraction, country: str) -> bool:
    """The report is about ``country``: its place or its actors say so, or, when nothing settles its
    country, an armed group it names only by an ambiguous name can be from there ("Maoists") and
    every actor it links can act there."""
    found = _country(result)
    if found is not None:
        return found == country
    entries = nlp.actors_by_id()
    linked = [entries[a.actor_id].get("countries") or () for a in result.actors if a.actor_id in entries]
    return country in _alias_countries(_unlinked_groups(result.actors)) and all(country in cs for cs in linked)


def _unlinked_groups(actors: list[ActorMention]) -> list[ActorMention]:
    """Group names the actor base could not settle on one entry ("Maoists"), state forces aside."""
    return [a for a in actors if a.actor_id is None and a.kind not in ("state_force", "state_agency")]


def _alias_countries(actors: list[ActorMention]) -> set[str]:
    """Every country that an unlinked mention's name could point to ("Maoists": India's CPI
    (Maoist) or Nepal's CPN (Maoist))."""
    entries = nlp.actors_by_id()
    ids = {i for a in actors if a.actor_id is None for i in nlp.alias_index().get(nlp.normalise_alias(a.name), ())}
    return {c for i in ids for c in entries[i].get("countries") or ()}


def _extract_doc(item: Item, doc, sentences) -> Extraction:
    """The rule stages for one parsed text: an Extraction without the heads' scores and labels."""
    text = item.text
    actors = find_actors(doc)
    people = find_people(doc, actors)
    quotes = find_quotes(doc, people, actors)
    # names of groups (not of state forces: "Balochistan Police" still says where) and of people
    other_names = [(a.span.start, a.span.end) for a in actors if a.kind not in ("state_force", "state_agency")]
    other_names += [(m.start, m.end) for person in people for m in person.mentions]
    places = find_places(text, country_prior=_actors_country(actors), region_prior=region_prior(),
                         other_names=other_names, country_hints=frozenset(_alias_countries(_unlinked_groups(actors))))

    def locate(start: int, end: int):
        """Where the incident owning text[start:end] happened: the first of its sentences that names a place."""
        short = len(sentences) <= SHORT_REPORT
        candidates = [p for p in places if start <= p.span.start < end and p.kind != "country"
                      and (short or LOCATIVE.search(text, max(0, p.span.start - 30), p.span.start))]
        named = next(((s, e) for s, e in sentences if any(s <= p.span.start < e for p in candidates)), None)
        if named or short:
            return incident_location(text, places, sentence_span=named, when=item.published)
        # A long article that does not say where: the country it is about, at the lowest precision.
        return country_of(places), 3

    def dates_in(start: int, end: int):
        return [(span, d, p) for span, d, p in _dates(text, item.published) if start <= span.start < end]

    def casualties(start: int, end: int):
        return find_casualties(text[start:end])

    def count(start: int, end: int, kind: str):
        return find_count(text[start:end], kind)

    context = EventContext(text=text, actors=actors, places=places, published=item.published, locate=locate,
                           dates=dates_in, casualties=casualties, count=count)
    events = find_events(sentences, context)
    killed, injured = find_casualties(text)
    location = next((e.place for e in events if e.place is not None), None)
    if location is None and len(sentences) <= SHORT_REPORT:
        location = incident_location(text, places, when=item.published)[0]
    return Extraction(actors=actors, people=people, places=places, quotes=quotes, events=events, location=location,
                      profiles=find_profiles(text, sentences, actors, places),
                      killed=killed, injured=injured, arrested=find_count(text, "arrested"),
                      relations=find_relations(events, actors, text))


@lru_cache(maxsize=1)
def region_prior() -> dict[str, float] | None:
    """Each province or state's share of reported incidents (written by ``ctwatch train``), or None."""
    path = heads.MODELS_DIR / "region_prior.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))["admin1_share"]


def _actors_country(actors: list[ActorMention]) -> str | None:
    """The one country that the text's single-country actors all belong to (CPI-Maoist: India), if
    any; an unlinked name counts when all its candidates are in one country ("CPI-ML": India)."""
    entries = nlp.actors_by_id()
    countries = {entries[a.actor_id]["countries"][0] for a in actors
                 if a.actor_id in entries and len(entries[a.actor_id].get("countries") or ()) == 1}
    countries |= {c for a in actors if a.actor_id is None and len(cs := _alias_countries([a])) == 1 for c in cs}
    return countries.pop() if len(countries) == 1 else None


def country_of(places: list[PlaceMention]) -> PlaceMention | None:
    """The country most places of the text belong to, as its own country mention when the text names it."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    named = [p for p in places if p.kind == "country" and p.country == country]
    return named[0] if named else None


_DATE_CACHE: dict[tuple[str, date | None], list] = {}


def _dates(text: str, published: date | None):
    """find_dates once per text (events ask for the dates of many spans)."""
    key = (text, published)
    if key not in _DATE_CACHE:
        if len(_DATE_CACHE) > 256:
            _DATE_CACHE.clear()
        _DATE_CACHE[key] = find_dates(text, published)
    return _DATE_CACHE[key]
