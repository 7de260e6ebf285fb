"""What a repair step returns: replacements on the text it was given, or flags that change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Replacement:
    """Replace ``text[start:end]`` with ``new`` (a repair), or, with ``applied=False``, flag that span.

    ``before``/``after`` override what the resulting ``Edit`` reports; flags use them to name the
    text they are about (e.g. both sentences of a near-duplicate pair).
    """

    start: int
    end: int
    new: str
    kind: str
    reason: str
    applied: bool = True
    before: str | None = None
    after: str | None = None


def flag(start: int, end: int, text: str, kind: str, reason: str, before: str | None = None) -> Replacement:
    """A flag over ``text[start:end]``: reported, never applied."""
    span = text[start:end]
    return Replacement(start, end, span, kind, reason, applied=False, before=before or span, after=span)


def diff_replacements(
    segment: str,
    fixed: str,
    offset: int,
    kind: str,
    describe: Callable[[str, str], str],
) -> list[Replacement]:
    """Minimal replacements turning ``segment`` (found at ``offset``) into ``fixed``.

    Lets a repair written as ``f(segment) -> fixed`` (ftfy, for one) report only the characters it
    changed, so every untouched character keeps its place in the character map.
    """
    if segment == fixed:
        return []
    # Trim the common ends first: SequenceMatcher is quadratic in the worst case, the changed middle is short.
    head = 0
    limit = min(len(segment), len(fixed))
    while head < limit and segment[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and segment[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    old_mid = segment[head : len(segment) - tail]
    new_mid = fixed[head : len(fixed) - tail]
    result = []
    matcher = SequenceMatcher(None, old_mid, new_mid, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        before, after = old_mid[i1:i2], new_mid[j1:j2]
        start = offset + head + i1
        result.append(Replacement(start, start + len(before), after, kind, describe(before, after)))
    return result
