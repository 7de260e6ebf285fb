"""Encoding damage (``â€™`` for ``’``), stray control characters and HTML entities left in text.

Only damage is repaired: ftfy's cosmetic changes (straight quotes, ligatures, full-width forms,
Unicode normalisation, line breaks) are switched off, so the text keeps its own typography.
"""

from __future__ import annotations

import html
import re

import ftfy

from ctwatch.clean.replacement import Replacement, diff_replacements

_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    unescape_html=False,  # done by unescape_html_entities, one whole entity per edit
    explain=False,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Lines that are plain ASCII with no entity or control character cannot hold what ftfy fixes.
_NEEDS_LOOK = re.compile(r"[^\x20-\x7e\t\n\r]")
_LINE = re.compile(r"[^\n]+")


def unescape_html_entities(text: str) -> list[Replacement]:
    """Replacements turning HTML entities left in the text (``&amp;``, ``&#8217;``) into characters."""
    result = []
    for match in _ENTITY.finditer(text):
        entity = match.group()
        char = html.unescape(entity)
        if char != entity:  # unknown names stay as written
            result.append(Replacement(match.start(), match.end(), char, "mojibake", f"HTML entity {entity!r} -> {char!r}"))
    return result


def fix_mojibake(text: str) -> list[Replacement]:
    """Replacements undoing encoding damage, paragraph (line) by paragraph."""
    result = []
    for line in _LINE.finditer(text):
        segment = line.group()
        if _NEEDS_LOOK.search(segment):
            fixed = ftfy.fix_text(segment, _CONFIG)
            result.extend(diff_replacements(segment, fixed, line.start(), "mojibake", _describe))
    return result


def _describe(before: str, after: str) -> str:
    if not after and all(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in before):
        return f"removed control characters {before!r}"
    return f"encoding damage {before!r} -> {after!r}"
