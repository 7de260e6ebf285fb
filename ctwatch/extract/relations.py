"""Relations between actors with the words that say so: hostile (they fought), claims of responsibility.

Parent/splinter and alliance links come from the knowledge base (``data/actors.yaml``) and are not
re-extracted from each article.
"""

from __future__ import annotations

from .model import ActorMention, EventMention, Relation

_ARMED_KINDS = {"armed_group", "militia", "state_force", "criminal_group"}


def _key(actor: ActorMention) -> str:
    return actor.actor_id or actor.name


def find_relations(events: list[EventMention], actors: list[ActorMention], text: str) -> list[Relation]:
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def add(kind: str, a: str, b: str, event_index: int, event: EventMention) -> None:
        key = (kind, *sorted((a, b))) if kind == "hostile" else (kind, a, b)
        if a != b and key not in seen:
            seen.add(key)
            relations.append(Relation(kind, a, b, event.span, event_index))

    for index, event in enumerate(events):
        if event.status != "occurred":
            continue
        named = [a for a in actors if event.span.start <= a.span.start < event.span.end and a.kind in _ARMED_KINDS]
        perpetrator = event.perpetrator
        if event.acled_sub_event_type == "Armed clash" and perpetrator is not None and perpetrator.span.text:
            for other in named:
                if _key(other) != _key(perpetrator) and not (other.acled_inter == 1 and perpetrator.acled_inter == 1):
                    add("hostile", _key(perpetrator), _key(other), index, event)
        if event.claimed_by is not None and event.target is not None:
            add("claim", _key(event.claimed_by), _key(event.target), index, event)
    return relations
