"""Drop-cap debris: the enlarged first letter of an article, scraped as its own line or box.

``| P |`` on a line before ``Pakistan is ...`` is removed; ``P`` before ``akistan is ...`` is joined
to it. The same debris inline (``| P | Pakistan is``) is removed too. A bare letter inline
(``P Pakistan``) is left alone: it cannot be told from a real initial.
"""

from __future__ import annotations

import regex

from ctwatch.clean.replacement import Replacement

# A letter alone on its line, perhaps boxed: "P", "| P |", "|P|", "[P]", "(P)".
_LINE_DEBRIS = regex.compile(r"(?m)^[|\[(]?[ \t]*(\p{Lu})[ \t]*[|\])]?[ \t]*\n+(?=(\p{L}))")
# The same, boxed, at the start of a paragraph: "| P | Pakistan", "[P]akistan".
_INLINE_DEBRIS = regex.compile(r"(?m)^(?:\|[ \t]*(\p{Lu})[ \t]*\||\[[ \t]*(\p{Lu})[ \t]*\])[ \t]*(?=(\p{L}))")


def remove_drop_caps(text: str) -> list[Replacement]:
    """Replacements removing drop-cap debris, joining the letter to the word it was cut from."""
    result = []
    for pattern in (_LINE_DEBRIS, _INLINE_DEBRIS):
        for m in pattern.finditer(text):
            letter = next(g for g in m.groups()[:-1] if g)
            letter_at = m.start(m.groups().index(letter) + 1)
            following = m.group(m.lastindex)
            if following == letter:  # "P" then "Pakistan": the letter is a copy
                result.append(_remove(m.start(), m.end(), f"removed drop-cap debris {m.group().strip()!r}"))
            elif following.islower():  # "P" then "akistan": the letter was cut from the word
                result.extend(_keep_letter(m.start(), letter_at, m.end(), letter))
    return result


def _remove(start: int, end: int, reason: str) -> Replacement:
    return Replacement(start, end, "", "drop_cap", reason)


def _keep_letter(start: int, letter_at: int, end: int, letter: str) -> list[Replacement]:
    """Delete the debris around the letter so it joins the rest of its word."""
    reason = f"joined drop-cap {letter!r} to the rest of its word"
    edits = []
    if start < letter_at:
        edits.append(_remove(start, letter_at, reason))
    if letter_at + 1 < end:
        edits.append(_remove(letter_at + 1, end, reason))
    return edits
