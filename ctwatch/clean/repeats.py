"""Repeated paragraphs and sentences, a common scraping fault (a paragraph or pull-quote printed twice).

Later exact copies (after whitespace, case and quote-style normalisation) are removed. Sentences
that are nearly but not exactly the same differ in wording, so removing either would lose content:
they are flagged for a person to judge. Comparison is linear: exact copies through a dict of
normalised keys, near copies only against earlier sentences sharing a word pair.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz, process

from ctwatch.clean.replacement import Replacement, flag
from ctwatch.clean.sentences import Sentence, split_sentences

MIN_WORDS = 6  # shorter sentences ("Nobody was hurt.") legitimately recur
NEAR_DUPLICATE_SCORE = 85.0  # rapidfuzz ratio (0-100) of the normalised sentences
# A word pair shared by more earlier sentences than this is too common to find near copies by.
MAX_PAIR_POSTINGS = 20

_LINE = re.compile(r"[^\n]+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "`": "'"})
_EDGE_PUNCTUATION = " \"'.;:!?,…()[]"


def normalise(text: str) -> str:
    """The form two copies share: case, whitespace, quote style and edge punctuation ignored."""
    return " ".join(text.translate(_QUOTES).casefold().split()).strip(_EDGE_PUNCTUATION)


def remove_repeated_paragraphs(text: str) -> list[Replacement]:
    """Remove every later copy of a paragraph (a line) of at least ``MIN_WORDS`` words."""
    seen: set[str] = set()
    copies = []
    for line in _LINE.finditer(text):
        key = normalise(line.group())
        if len(key.split()) < MIN_WORDS:
            continue
        if key in seen:
            copies.append((line.start(), line.end(), f"removed a later copy of the paragraph {_preview(line.group())}"))
        else:
            seen.add(key)
    return _remove_lines(text, copies, "repeated_paragraph")


def remove_repeated_sentences(text: str) -> list[Replacement]:
    """Remove later exact copies of whole sentences; flag near copies (and copied clauses)."""
    index = _SentenceIndex()
    result = []
    emptied_lines = []
    for line in _LINE.finditer(text):
        units = list(split_sentences(line.group(), line.start()))
        copies = []
        for unit in units:
            key = normalise(unit.text)
            words = key.split()
            if len(words) < MIN_WORDS:
                continue
            earlier = index.exact(key)
            if earlier is not None and unit.full and earlier.full and _quotes_balanced(unit.text):
                copies.append(unit)
                continue
            match = (earlier, 100.0) if earlier is not None else index.nearest(key, words)
            if match is not None:
                other, score = match
                why = "the wording differs" if score < 100 else "it is not a whole sentence on both sides"
                reason = f"near-duplicate of an earlier sentence (similarity {score:.0f}/100); kept both: {why}"
                result.append(flag(unit.start, unit.end, text, "near_duplicate_sentence", reason, before=other.text))
            index.add(unit, key, words)
        if copies and len(copies) == len(units):
            emptied_lines.append((line.start(), line.end(), f"removed a later copy of the sentence {_preview(line.group())}"))
        else:
            result.extend(_remove_sentences(text, copies, units))
    return result + _remove_lines(text, emptied_lines, "repeated_sentence")


class _SentenceIndex:
    """Earlier sentences by normalised key, and by word pair for finding near copies."""

    def __init__(self) -> None:
        self.by_key: dict[str, Sentence] = {}
        self.keys: list[str] = []
        self.sentences: list[Sentence] = []
        self.by_pair: defaultdict[tuple[str, str], list[int]] = defaultdict(list)

    def exact(self, key: str) -> Sentence | None:
        return self.by_key.get(key)

    def nearest(self, key: str, words: list[str]) -> tuple[Sentence, float] | None:
        pairs = set(zip(words, words[1:]))
        shared = Counter(i for pair in pairs for i in self.by_pair.get(pair, ()))
        # A near copy keeps most word pairs; scoring only those sharing a third keeps this cheap.
        needed = max(1, len(pairs) // 3)
        candidates = {i: self.keys[i] for i, count in shared.items() if count >= needed}
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE_SCORE)
        return None if best is None else (self.sentences[best[2]], best[1])

    def add(self, sentence: Sentence, key: str, words: list[str]) -> None:
        if key in self.by_key:
            return
        self.by_key[key] = sentence
        number = len(self.sentences)
        self.sentences.append(sentence)
        self.keys.append(key)
        for pair in set(zip(words, words[1:])):
            postings = self.by_pair[pair]
            if len(postings) <= MAX_PAIR_POSTINGS:
                postings.append(number)


def _remove_lines(text: str, lines: list[tuple[int, int, str]], kind: str) -> list[Replacement]:
    """Remove whole lines with the line breaks that separate them, leaving no empty line behind.

    Each line takes the breaks after it; in a run of removed lines that ends the text, each takes
    the breaks before it instead.
    """
    result = []
    for block in _consecutive(text, lines):
        after = block[-1][1]
        while after < len(text) and text[after] == "\n":
            after += 1
        at_end = after == len(text)
        for i, (start, end, reason) in enumerate(block):
            if at_end:
                start = block[i - 1][1] if i else len(text[:start].rstrip("\n"))
            else:
                end = block[i + 1][0] if i + 1 < len(block) else after
            result.append(Replacement(start, end, "", kind, reason))
    return result


def _consecutive(text: str, lines: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Group lines that only line breaks separate."""
    blocks: list[list[tuple[int, int, str]]] = []
    for line in lines:
        if blocks and not text[blocks[-1][-1][1] : line[0]].strip("\n"):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _remove_sentences(text: str, copies: list[Sentence], units: list[Sentence]) -> list[Replacement]:
    """Remove sentences from a paragraph that keeps others, each with the space that separated it."""
    result = []
    for unit in copies:
        start, end = unit.start, unit.end
        taken = result[-1].end if result else units[0].start
        if start > taken and text[start - 1] == " ":  # take the space before it...
            while start > taken and text[start - 1] == " ":
                start -= 1
        else:  # ...or, opening the paragraph or following a removal, the space after it
            while end < len(text) and text[end] == " ":
                end += 1
        reason = f"removed a later copy of the sentence {_preview(unit.text)}"
        result.append(Replacement(start, end, "", "repeated_sentence", reason))
    return result


def _quotes_balanced(sentence: str) -> bool:
    # Removing a sentence that opens a quotation without closing it would orphan the closing mark.
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


def _preview(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")
