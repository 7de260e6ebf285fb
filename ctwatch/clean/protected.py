"""Terms no repair may split or change: the shipped list plus the caller's (actor aliases)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_PARTS = re.compile(r"[\s\-‐‑–]+")


@lru_cache(maxsize=1)
def shipped_terms() -> frozenset[str]:
    """The terms in ``ctwatch/data/protected_terms.txt``, as written."""
    text = resources.files("ctwatch").joinpath("data/protected_terms.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def protected_words(extra: Iterable[str] = ()) -> frozenset[str]:
    """Casefolded words to keep whole: every term and every part of a hyphenated or multi-word term."""
    words: set[str] = set()
    for term in (*shipped_terms(), *extra):
        folded = term.strip().casefold()
        if folded:
            words.add(folded)
            words.update(part for part in _PARTS.split(folded) if part)
    return frozenset(words)
