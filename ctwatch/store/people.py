"""People across articles: the same person named in several reports, linked when name and role agree.

Within one article the people stage already merges name variants. Across articles a shared name is
not enough ("Muhammad Khan" is many people), so two article-level persons are linked only when their
names match closely (rapidfuzz token-set similarity at least ``NAME_SIMILARITY``, with the same surname)
and either a role word agrees ("analyst", "secretary", "commander") or both articles are about the
same province or state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from .schema import ExtractionRecord

NAME_SIMILARITY = 90
_ROLE_STOPWORDS = {"a", "an", "the", "of", "and", "who", "once", "former", "senior", "as", "in", "for", "to", "from", "at"}


@dataclass
class PersonAcrossArticles:
    name: str
    variants: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)


def _role_words(roles: set[str]) -> set[str]:
    return {w for role in roles for w in re.findall(r"[a-z]+", role.lower()) if w not in _ROLE_STOPWORDS and len(w) > 3}


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1].casefold() if parts else ""


def _same_person(a: PersonAcrossArticles, b: PersonAcrossArticles) -> bool:
    if _surname(a.name) != _surname(b.name) or fuzz.token_set_ratio(a.name, b.name) < NAME_SIMILARITY:
        return False
    return bool(_role_words(a.roles) & _role_words(b.roles)) or bool(a.provinces & b.provinces)


def people_across_articles(session: Session) -> list[PersonAcrossArticles]:
    """Every person of the stored extractions, linked across articles; most reported first."""
    linked: list[PersonAcrossArticles] = []
    rows = session.execute(select(ExtractionRecord.article_id, ExtractionRecord.data).order_by(ExtractionRecord.article_id))
    for article_id, data in rows:
        provinces = {p["admin1"] for p in data.get("places", []) if p.get("admin1")}
        for person in data.get("people", []):
            candidate = PersonAcrossArticles(person["canonical"], {m["text"] for m in person["mentions"]},
                                             {r["text"] for r in person["roles"]}, {article_id}, provinces)
            match = next((p for p in linked if _same_person(p, candidate)), None)
            if match is None:
                linked.append(candidate)
                continue
            match.variants |= candidate.variants
            match.roles |= candidate.roles
            match.articles |= candidate.articles
            match.provinces |= candidate.provinces
            if len(candidate.name) > len(match.name):
                match.name = candidate.name
    return sorted(linked, key=lambda p: (-len(p.articles), p.name))
