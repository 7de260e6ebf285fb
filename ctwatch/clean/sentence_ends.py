"""Sentence ends lost in scraping, restored where a paragraph has (almost) none.

Some feeds drop all punctuation: "... on March 26 reports Dawn Lashkar e Islam claimed responsibility
... over telephone from an Afghan number The spokesman however did not say ...". Run as one sentence,
such a paragraph mixes every incident, place and count it reports. In a paragraph of at least 40 words
with fewer than one sentence end or comma per 40 words (a long lead sentence has commas), a full stop goes

* after a publisher credited by "reports"/"reported" when a capitalised word follows ("reports Dawn.
  Lashkar ..."; the names in ``data/publishers.txt``), and
* before a word that opens sentences and is capitalised nowhere else -- "The", "He", "They", "Three",
  "According", "Meanwhile", ... -- after a lower-case word or a number that is no preposition, article
  or conjunction ("number The spokesman", but "militants of The Resistance Front" stays whole).
  "According", "Meanwhile", "However", "Earlier", "Later" and "Separately" open a sentence after any word.

A paragraph with sentence ends or commas is never touched.

``restore_sentence_spaces`` puts back the space a scrape dropped after a full stop ("... by the bomb
disposal unit.Meanwhile, the ..."), where a word of letters meets a capitalised word: not after a title or
other abbreviation ("Dr.Farooq", "Lt.Col.", "Mst.Bibi"), initials or an address ("M.A.Jinnah",
"U.S.Embassy", "www.dawn.com"), which keep their stops.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ctwatch.clean.publishers import publishers
from ctwatch.clean.replacement import Replacement

_MIN_WORDS = 40
_WORDS_PER_END = 40
_END = re.compile(r"[.!?](?=[\"'”’)\]]*(?:\s|$))")
_WORD = re.compile(r"\S+")
# Capitalised only where a sentence opens.
_OPENERS = ("The|He|She|They|It|His|Her|Their|This|These|A|An|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
            "Several|Some|Both|Another|Soon|Police said|Officials said|Sources said")
_ADVERBIAL_OPENERS = "According|Meanwhile|However|Earlier|Later|Separately|Subsequently|Also"
# Words after which a capitalised word continues the sentence (a name, a title, a publisher).
_FUNCTION_WORDS = frozenset(
    "of by the and or to in from with as that a an for on at into near under against between about "
    "told reports reported said says called named".split()
)
_OPENER_AFTER_WORD = re.compile(rf"(?<=[a-z0-9])(\s+)(?=(?:{_OPENERS})\b(?!-))")
_ADVERBIAL = re.compile(rf"(?<=[\w)])(\s+)(?=(?:{_ADVERBIAL_OPENERS})\b)")


@lru_cache(maxsize=1)
def _credited() -> re.Pattern:
    names = "|".join(re.escape(name) for name in publishers())
    return re.compile(rf"\b(?:reports|reported|reported by)\s+(?:{names})(\s+)(?=[A-Z])")


def restore_sentence_ends(text: str) -> list[Replacement]:
    """Replacements putting ". " where an unpunctuated paragraph's sentences meet."""
    result: list[Replacement] = []
    offset = 0
    credited = _credited()
    for paragraph in text.split("\n"):
        if _unpunctuated(paragraph):
            result.extend(_ends(paragraph, offset, credited))
        offset += len(paragraph) + 1
    return result


def _unpunctuated(paragraph: str) -> bool:
    words = len(_WORD.findall(paragraph))
    marks = len(_END.findall(paragraph)) + paragraph.count(",")
    return words >= _MIN_WORDS and marks * _WORDS_PER_END < words


def _ends(paragraph: str, offset: int, credited: re.Pattern) -> list[Replacement]:
    gaps: dict[int, int] = {}  # start of the whitespace -> its end
    for pattern in (credited, _ADVERBIAL):
        for m in pattern.finditer(paragraph):
            gaps[m.start(1)] = m.end(1)
    for m in _OPENER_AFTER_WORD.finditer(paragraph):
        before = paragraph[:m.start(1)].rsplit(None, 1)[-1]
        if before.lower() not in _FUNCTION_WORDS:
            gaps[m.start(1)] = m.end(1)
    return [Replacement(offset + start, offset + end, ". ", "sentence_end",
                        f"restored a sentence end before {paragraph[end:end + 20].split(' ')[0]!r} in an unpunctuated paragraph")
            for start, end in sorted(gaps.items())]


# Abbreviations that a capitalised word follows without a space in names and titles.
_ABBREVIATIONS = frozenset({
    "dr", "mr", "mrs", "ms", "st", "gen", "col", "lt", "capt", "maj", "brig", "sgt", "cdr", "hon", "prof", "mst",
    "no", "nos", "rs", "vs", "jr", "sr", "supt", "insp", "dy", "dist", "distt", "govt", "pp", "vol", "fig", "ch", "www",
    "mohd", "md", "smt", "sh", "shri", "sri", "hav", "sep", "nk", "const", "vill", "pvt", "ltd", "co", "corp", "inc",
    "hon", "rev", "fr", "sub", "asst", "addl", "spl", "hq", "ps", "teh", "mst",
})
_GLUED_STOP = re.compile(r"(?<![\w.@/#])([A-Za-z][a-z]+)\.(?=[A-Z][a-z]+\b(?!\.\w))")


def restore_sentence_spaces(text: str) -> list[Replacement]:
    """Replacements putting a space back after a full stop glued to the next sentence's first word."""
    return [Replacement(m.end(), m.end(), " ", "sentence_space",
                        f"restored the space after {m.group(0)!r} before {text[m.end():m.end() + 15].split(' ')[0]!r}")
            for m in _GLUED_STOP.finditer(text) if m.group(1).lower() not in _ABBREVIATIONS]
