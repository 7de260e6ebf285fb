"""Which country a text or a report is about, from its actors and places (a small helper stage:
place resolution asks it before geocoding, the region head after)."""

from __future__ import annotations

from collections import Counter

from . import nlp
from .model import ActorMention, Extraction

STATE_KINDS = ("state_force", "state_agency")


def actors_country(actors: list[ActorMention]) -> str | None:
    """The one country that the text's single-country actors all belong to (CPI-Maoist: India), if
    any; an unlinked name counts when all its candidates are in one country ("CPI-ML": India)."""
    entries = nlp.actors_by_id()
    countries = {entries[a.actor_id]["countries"][0] for a in actors
                 if a.actor_id in entries and len(entries[a.actor_id].get("countries") or ()) == 1}
    countries |= {c for a in actors if a.actor_id is None and len(cs := alias_countries([a])) == 1 for c in cs}
    return countries.pop() if len(countries) == 1 else None


def unlinked_groups(actors: list[ActorMention]) -> list[ActorMention]:
    """Group names the actor base could not settle on one entry ("Maoists"), state forces aside."""
    return [a for a in actors if a.actor_id is None and a.kind not in STATE_KINDS]


def group_countries(actors: list[ActorMention]) -> set[str]:
    """Every country the text's armed groups could be from: those of unlinked names ("Maoists": India or Nepal),
    and of linked groups active in several ("Lashkar-e-Islam": Pakistan and Afghanistan)."""
    entries = nlp.actors_by_id()
    linked = {c for a in actors if a.actor_id in entries and a.kind not in STATE_KINDS for c in entries[a.actor_id].get("countries") or ()}
    return alias_countries(unlinked_groups(actors)) | linked


def alias_countries(actors: list[ActorMention]) -> set[str]:
    """Every country that an unlinked mention's name could point to ("Maoists": India's CPI
    (Maoist) or Nepal's CPN (Maoist))."""
    entries = nlp.actors_by_id()
    ids = {i for a in actors if a.actor_id is None for i in nlp.alias_index().get(nlp.normalise_alias(a.name), ())}
    return {c for i in ids for c in entries[i].get("countries") or ()}


def report_country(result: Extraction) -> str | None:
    """The country a report is about: its place's, else its actors', else most of its places'."""
    place = result.report_place()
    if place and place.country:
        return place.country
    counts = Counter(p.country for p in result.places if p.country)
    return actors_country(result.actors) or (counts.most_common(1)[0][0] if counts else None)


def is_about(result: Extraction, country: str) -> bool:
    """The report is about ``country``: its place or its actors say so, or, when nothing settles its
    country, an armed group it names only by an ambiguous name can be from there ("Maoists") and
    every actor it links can act there."""
    found = report_country(result)
    if found is not None:
        return found == country
    entries = nlp.actors_by_id()
    linked = [entries[a.actor_id].get("countries") or () for a in result.actors if a.actor_id in entries]
    return country in alias_countries(unlinked_groups(result.actors)) and all(country in cs for cs in linked)
