"""Broken whitespace: line endings, odd Unicode spaces, runs of spaces, stray blank lines.

Four small steps, run in this order, each seeing the previous one's output. Zero-width joiners
(U+200C, U+200D) are left alone: Urdu, Persian and Indic scripts need them. Soft hyphens (U+00AD)
go with the zero-width spaces: they are line-break hints that a scraper leaves inside words.
"""

from __future__ import annotations

import re

from ctwatch.clean.replacement import Replacement

_LINE_ENDING = re.compile(r"\r\n?")
_ODD_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u00ad\u200b\u2060\ufeff]")
_ZERO_WIDTH = frozenset("\u00ad\u200b\u2060\ufeff")
_SPACES = re.compile(r"(?m)^[ \t\f\v]+|[ \t\f\v]+$|[ \t\f\v]{2,}|[\t\f\v]")
_BLANK_LINES = re.compile(r"\A\n+|\n+\Z|\n{3,}")


def normalise_line_endings(text: str) -> list[Replacement]:
    """CRLF and lone CR become LF."""
    return [
        Replacement(m.start(), m.end(), "\n", "whitespace", f"line ending {m.group()!r} -> '\\n'")
        for m in _LINE_ENDING.finditer(text)
    ]


def normalise_spaces(text: str) -> list[Replacement]:
    """Non-breaking and other Unicode spaces become plain spaces; zero-width spaces and soft hyphens go."""
    result = []
    for m in _ODD_SPACE.finditer(text):
        char = m.group()
        if char in _ZERO_WIDTH:
            result.append(Replacement(m.start(), m.end(), "", "whitespace", f"removed invisible character U+{ord(char):04X}"))
        else:
            result.append(Replacement(m.start(), m.end(), " ", "whitespace", f"space U+{ord(char):04X} -> ' '"))
    return result


def collapse_spaces(text: str) -> list[Replacement]:
    """Spaces and tabs at a line's ends are removed; a run inside a line becomes one space."""
    result = []
    for m in _SPACES.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        at_edge = start == 0 or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
        if at_edge:
            result.append(Replacement(start, end, "", "whitespace", f"removed {len(run)} space(s)/tab(s) at a line end"))
        elif run[0] == " ":  # keep the first space, drop the rest: the kept one maps to itself
            result.append(Replacement(start + 1, end, "", "whitespace", f"collapsed {len(run)} spaces/tabs into one"))
        else:
            result.append(Replacement(start, end, " ", "whitespace", f"collapsed {len(run)} spaces/tabs into one"))
    return result


def collapse_blank_lines(text: str) -> list[Replacement]:
    """Blank lines at the start and end go; two or more in a row become one."""
    result = []
    for m in _BLANK_LINES.finditer(text):
        start, end = m.start(), m.end()
        if start == 0 or end == len(text):
            result.append(Replacement(start, end, "", "whitespace", "removed blank lines at the edge of the text"))
        else:
            result.append(Replacement(start + 2, end, "", "whitespace", f"collapsed {end - start - 1} blank lines into one"))
    return result


STEPS = (normalise_line_endings, normalise_spaces, collapse_spaces, collapse_blank_lines)
