"""Relations between actors with the words that say so: hostile (they fought), claims of responsibility.

Parent/splinter and alliance links come from the knowledge base (``data/actors.yaml``) and are not
re-extracted from each article.
"""

from __future__ import annotations

import re

from .model import ActorMention, EventMention, Relation, Span

_ARMED_KINDS = {"armed_group", "militia", "state_force", "criminal_group"}


def _key(actor: ActorMention) -> str:
    return actor.actor_id or actor.name


def _sentence_at(position: int, sentences: list[tuple[int, int]], text: str, fallback: Span) -> Span:
    for start, end in sentences:
        if start <= position < end:
            return Span(start, end, text[start:end])
    return fallback


# A later sentence that says whose men they were ("Officials said the militants belonged to the BLA").
_TIES_SIDE = re.compile(r"\b(?:belong(?:ed|s|ing)? to|affiliated (?:with|to)|members? of|associated with|"
                        r"linked (?:with|to)|cadres? of|activists? of|militants? of|fighters? of)\b", re.I)


def _tied_sentences(event: EventMention, next_start: int, sentences: list[tuple[int, int]], text: str):
    """The sentences after an incident, up to the next one, that tie its people to a group."""
    return [(s, e) for s, e in sentences if event.span.end <= s < next_start and _TIES_SIDE.search(text, s, e)]


def find_relations(events: list[EventMention], actors: list[ActorMention], text: str,
                   sentences: list[tuple[int, int]] | None = None) -> list[Relation]:
    """``sentences``: the article's sentence bounds, so each relation's evidence is the sentence that
    names the other side (or the claimant); without them it is the incident's own span."""
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    sentences = sentences or []

    def add(kind: str, a: str, b: str, event_index: int, evidence: Span) -> None:
        key = (kind, *sorted((a, b))) if kind == "hostile" else (kind, a, b)
        if a != b and key not in seen:
            seen.add(key)
            relations.append(Relation(kind, a, b, evidence, event_index))

    starts = sorted({e.span.start for e in events})
    for index, event in enumerate(events):
        if event.status != "occurred":
            continue
        next_start = min((s for s in starts if s >= event.span.end), default=len(text))
        where = [(event.span.start, event.span.end), *_tied_sentences(event, next_start, sentences, text)]
        named = [a for a in actors if any(s <= a.span.start < e for s, e in where) and a.kind in _ARMED_KINDS]
        perpetrator = event.perpetrator
        if event.acled_sub_event_type == "Armed clash" and perpetrator is not None and perpetrator.span.text:
            for other in named:
                if _key(other) != _key(perpetrator) and not (other.acled_inter == 1 and perpetrator.acled_inter == 1):
                    add("hostile", _key(perpetrator), _key(other), index,
                        _sentence_at(other.span.start, sentences, text, event.span))
        if event.claimed_by is not None and event.target is not None:
            claimant = event.claimed_by
            where = claimant.span.start if claimant.span.text else event.span.start
            add("claim", _key(claimant), _key(event.target), index, _sentence_at(where, sentences, text, event.span))
    return relations
