"""A small, predictable sentence (and clause) splitter for comparing sentences, not for parsing."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st lt gen col maj capt brig cdr sgt insp supt gov sen rep rev hon "
    "no nos vol fig art sec dept govt approx vs rs inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# A sentence ends at terminal punctuation and closing quotes/brackets followed by space and an
# opening quote, capital or digit; a clause ends at any ``;`` followed by space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])|;(?=\s)")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    full: bool  # a whole sentence (not a clause ending in ``;``), starting a sentence too


def split_sentences(paragraph: str, offset: int = 0) -> Iterator[Sentence]:
    """Sentences and ``;``-clauses of one paragraph, with offsets (plus ``offset``) into the text."""
    start = 0
    starts_sentence = True
    for m in _END.finditer(paragraph):
        if m.group()[0] == "." and _is_abbreviation(paragraph[start : m.start()]):
            continue
        end = m.end()
        yield _sentence(paragraph, start, end, offset, starts_sentence and ";" not in m.group())
        starts_sentence = ";" not in m.group()
        start = end + len(paragraph[end:]) - len(paragraph[end:].lstrip())
    if start < len(paragraph.rstrip()):
        yield _sentence(paragraph, start, len(paragraph.rstrip()), offset, starts_sentence)


def _is_abbreviation(text_before: str) -> bool:
    m = _WORD_BEFORE.search(text_before)
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())  # an initial: "M. Ali"


def _sentence(paragraph: str, start: int, end: int, offset: int, full: bool) -> Sentence:
    return Sentence(offset + start, offset + end, paragraph[start:end], full)
