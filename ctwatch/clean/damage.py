"""Damage that cannot be repaired is flagged, never invented; a doubled function word is removed.

A dropped word leaves tell-tale grammar: a modal verb followed straight by a determiner (``it must
the threats``) has lost its main verb. Which verb is unknowable, so the span is flagged. Each rule
lists the correct English it must not fire on; precision matters more than recall here.
"""

from __future__ import annotations

import re

from ctwatch.clean.replacement import Replacement, flag

# Function words that are never legitimately doubled ("that that", "had had", "is is" can be).
DOUBLED_FUNCTION_WORDS = frozenset(
    "the a an of to for and or but with from this these those its their our your was were are be "
    "will would can could should must may might not at".split()
)
# Sentence-initial forms that may be followed by a lowercase copy ("The the").
_CAPITALISED_OK = frozenset("the a an this these those its their our your and but or".split())
_DOUBLED = re.compile(r"\b([A-Za-z]+)((?: +\1)+)\b", re.IGNORECASE)

DETERMINERS = frozenset("the a an this these those its their our his my your".split())
# A word before the modal that makes it a noun ("the political will the country lacks", "with all
# his might the army") or the clause an inversion or ellipsis ("how can the", "more than we can the").
_NOUN_OR_INVERSION_BEFORE = frozenset(
    "a an the this that his her their its our my your all own good ill free political popular "
    "public national collective strong last nor neither only so how what why when where who whom "
    "whose which whether rarely seldom never hardly nowhere not than as if".split()
)
_MISSING_VERB = re.compile(
    r"(?<![\w’'-])(?P<prev>[A-Za-z]+) (?P<modal>must|can|cannot|could|will|would|should|shall|may|might) "
    r"(?P<det>the|a|an|this|these|those|its|their|our|his|my|your) (?P<next>[A-Za-z]+)\b"
)
_ELLIPSIS_WINDOW = 3  # words before the modal searched for "than"/"as" ("as well as he can the ...")
_UNDECODABLE = re.compile(r"\ufffd+")


def remove_repeated_words(text: str) -> list[Replacement]:
    """Remove a function word written twice in a row (``the the``), keeping the first."""
    result = []
    for m in _DOUBLED.finditer(text):
        word, copies = m.group(1), m.group(2)
        lowered = word.lower()
        if lowered not in DOUBLED_FUNCTION_WORDS or copies != copies.lower():
            continue
        if word != lowered and not (word == lowered.capitalize() and lowered in _CAPITALISED_OK):
            continue  # "May may", "Will will": a name, then the word
        reason = f"removed repeated word {lowered!r}"
        result.append(Replacement(m.start(2), m.end(2), "", "repeated_word", reason))
    return result


def flag_missing_words(text: str) -> list[Replacement]:
    """Flag a modal verb followed straight by a determiner: the verb between them was lost."""
    result = []
    for m in _MISSING_VERB.finditer(text):
        if m.group("prev").lower() in _NOUN_OR_INVERSION_BEFORE or _is_ellipsis(text, m.start()):
            continue
        if _ends_in_question(text, m.end()):
            continue
        reason = (
            f"damaged text: {m.group('modal')!r} is followed by {m.group('det')!r} with no verb between; "
            "a word seems to be missing"
        )
        result.append(flag(m.start(), m.end(), text, "damaged_text", reason))
    return result


def flag_undecodable_characters(text: str) -> list[Replacement]:
    """Flag replacement characters (U+FFFD): the original characters were lost before we got the text."""
    return [
        flag(m.start(), m.end(), text, "damaged_text", f"{len(m.group())} undecodable character(s) (U+FFFD)")
        for m in _UNDECODABLE.finditer(text)
    ]


def _is_ellipsis(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start].split()[-_ELLIPSIS_WINDOW:]
    return any(w.lower().strip(",;:") in ("than", "as") for w in before)


def _ends_in_question(text: str, pos: int) -> bool:
    end = re.search(r"[.!?\n]", text[pos:])
    return end is not None and end.group() == "?"
