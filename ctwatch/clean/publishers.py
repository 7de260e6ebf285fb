"""The news publishers reports credit (``ctwatch/data/publishers.txt``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def publishers() -> tuple[str, ...]:
    """Publisher names as the press writes them, longest first (so "The News on Sunday" before "The News")."""
    text = resources.files("ctwatch").joinpath("data/publishers.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(sorted({line for line in lines if line}, key=lambda name: (-len(name), name)))
