"""Page furniture: the lines a scraped web page carries around its story ("Advertisement", "Share on
Facebook Share on Twitter", "Follow Dawn on WhatsApp", "Read more: <another story's headline>",
"Comments (14)"), listed as patterns in ``ctwatch/data/page_furniture.txt``.

A line is removed only when the whole of it is furniture; the headlines listed under a "Related stories"
line (lines without a sentence's closing mark) go with it. Story lines that merely mention a word of the
list ("a message shared on social media") are never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ctwatch.clean.replacement import Replacement

_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)", re.M)
_LISTS_HEADLINES = re.compile(r"(?:related|more)\s+(?:stories|articles|news|posts|coverage)|you\s+(?:may|might)\s+also\s+like", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")


@lru_cache(maxsize=1)
def furniture_pattern() -> re.Pattern[str]:
    text = resources.files("ctwatch").joinpath("data/page_furniture.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{line})" for line in lines), re.I)


def remove_page_furniture(text: str) -> list[Replacement]:
    """Replacements removing whole lines of page furniture (and the headlines a related-stories line lists)."""
    pattern = furniture_pattern()
    result = []
    listing = False  # under a "Related stories" line
    for m in _LINE.finditer(text):
        line = m.group(1)
        if pattern.fullmatch(line):
            result.append(Replacement(m.start(), m.end(), "", "page_furniture", f"removed page furniture {line[:60]!r}"))
            listing = bool(_LISTS_HEADLINES.fullmatch(line))
        elif listing and not _SENTENCE_END.search(line) and len(line.split()) <= 12 and text[m.end():m.end() + 1] != "\n" \
                and "—" not in line and " - " not in line:
            result.append(Replacement(m.start(), m.end(), "", "page_furniture", f"removed a related story's headline {line[:60]!r}"))
        else:
            listing = False
    return result
