"""Words glued together by scraping (``networkthat``, ``securityissues``), split with English word frequencies;
and words glued at a capital (``capitalPeshawar``, ``IndiaMaoist``), split where the capital starts.

The model is a unigram one: a token's probability is its wordfreq frequency, a split's the product
of its parts'. A token wordfreq knows is split only when the split is far more likely than the
token (``ofthe``: yes; ``into``, ``cannot``, ``therefore``: no). A token wordfreq does not know is
split when some split into two or three common words exists. Names, anything capitalised, and
tokens holding digits, ``@``, an inner ``.``, hyphens or inner apostrophes are never touched.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex
from wordfreq import zipf_frequency

from ctwatch.clean.replacement import Replacement

# A known token is split only if the split is this many orders of magnitude more likely.
KNOWN_WORD_MARGIN = 2.5
# wordfreq lists English words down to zipf 1; a token it has never seen is taken to be at most
# this likely, and is split when a split beats that (glued pairs of common words score about -6 to -9).
UNKNOWN_WORD_ZIPF = -0.5
# A part must be at least this common (zipf, by part length): short parts must be very common
# words, or every rare token would split into fragments like "st" + "he".
MIN_PART_ZIPF = {1: 7.0, 2: 5.5, 3: 4.5, 4: 3.5}
MIN_LONG_PART_ZIPF = 2.5  # parts of five letters or more
MIN_TOKEN_LENGTH = 4
MAX_TOKEN_LENGTH = 40
# Each extra part costs this much (log10), so two parts beat three unless three are much better.
EXTRA_PART_COST = 1.0
# Bound prefixes and suffixes that wordfreq lists as words because hyphenated text splits there;
# splitting an unknown word at them ("nonstate", "talibanlike") would undo a real derivation.
BOUND_PREFIXES = frozenset("anti non pre re un sub mis multi inter semi cyber pro ex co de dis post".split())
BOUND_SUFFIXES = frozenset("less ness like wise ward wards able ship hood ism ist ists".split())
# Single-letter words: "a" may open a glued pair ("asecurity"); "i" is always capitalised in English.
SINGLE_LETTER_PARTS = frozenset({"a"})

# A token: a run of non-space characters, cut at brackets and punctuation that ends words.
_TOKEN = regex.compile(r"[^\s\"“”()\[\]{},;:!?…]+")
# Lowercase letters, then perhaps a sentence-final stop or a possessive ("theirproblem’s").
_LOWER_WORD = regex.compile(r"[‘'’]*([a-z]+)(?:[’']s?)?[’'.]*")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's English zipf frequency (log10 per billion words); 0.0 for unknown words."""
    return zipf_frequency(word, "en")


def split_glued_words(text: str, protected: frozenset[str] = frozenset()) -> list[Replacement]:
    """Insert a space wherever a lowercase token is better read as two or three words."""
    result = []
    for match in _TOKEN.finditer(text):
        word = _LOWER_WORD.fullmatch(match.group())  # an inner '.', '@', digit or capital blocks it
        if word is None:
            continue
        core = word.group(1)
        if core in protected:
            continue
        parts = best_split(core, protected)
        if parts is None:
            continue
        offset = match.start() + word.start(1)
        whole, split = zipf(core), [zipf(p) for p in parts]
        reason = (
            f"split glued words {core!r} -> {' '.join(parts)!r} "
            f"(zipf {whole:.1f} vs {'+'.join(f'{z:.1f}' for z in split)})"
        )
        for part in parts[:-1]:
            offset += len(part)
            result.append(Replacement(offset, offset, " ", "glued_words", reason))
    return result


# "capitalPeshawar", "ofChandel", "IndiaMaoist", "PeshawarIslamabad": a word, then a capitalised one
_CASE_GLUED = regex.compile(r"(?<![\w'’./@#-])([A-Za-z][a-z]+)([A-Z][a-z]{2,})(?![\w'’/-]|\.\w)")  # not in URLs or handles
# Heads of Urdu izafat compounds in group names ("Tehreek-e-Taliban", "Lashkar-e-Toiba", "Jaish-e-Mohammad")
IZAFAT_HEADS = frozenset("tehreek tehrik tahreek lashkar jaish sipah anjuman harkat jamaat jamiat tanzeem tanzim ittehad "
                         "majlis bazm khuddam nifaz hizb ansar".split())
# Name prefixes that take a capital after them ("McDonald", "MacArthur", "DeSouza", "LaGuardia")
CASE_PREFIXES = frozenset("mc mac de la le van von di da du al el st".split())
# A token wordfreq knows at least this well is a word or brand of its own ("YouTube", "WhatsApp")
KNOWN_CASED_ZIPF = 2.5


def split_case_glued(text: str, protected: frozenset[str] = frozenset()) -> list[Replacement]:
    """Insert a space where a word runs into a capitalised one ("capitalPeshawar" -> "capital Peshawar")."""
    result = []
    for match in _CASE_GLUED.finditer(text):
        left, right = match.group(1), match.group(2)
        token = match.group().casefold()
        if left.casefold() in CASE_PREFIXES or token in protected or zipf(token) >= KNOWN_CASED_ZIPF:
            continue
        if left[:-1].casefold() in IZAFAT_HEADS and left.endswith("e"):
            # "TehreekeTaliban", "LashkareToiba": an Urdu izafat compound that lost its hyphens
            reason = f"restore the hyphens of {match.group()!r} -> {left[:-1] + '-e-' + right!r}"
            result.append(Replacement(match.end(1) - 1, match.end(1), "-e-", "glued_words", reason))
            continue
        reason = f"split words glued at a capital {match.group()!r} -> {left + ' ' + right!r}"
        result.append(Replacement(match.end(1), match.end(1), " ", "glued_words", reason))
    return result


@lru_cache(maxsize=100_000)
def best_split(token: str, protected: frozenset[str] = frozenset()) -> tuple[str, ...] | None:
    """The parts ``token`` should be split into, or None to leave it whole."""
    if not MIN_TOKEN_LENGTH <= len(token) <= MAX_TOKEN_LENGTH:
        return None
    whole = zipf(token)
    best, best_score = None, float("-inf")
    for parts in _candidate_splits(token, protected):
        score = _log_probability(parts, protected) - EXTRA_PART_COST * (len(parts) - 2)
        if score > best_score:
            best, best_score = parts, score
    if best is None:
        return None
    if whole > 0:
        return best if best_score - (whole - 9) >= KNOWN_WORD_MARGIN else None
    return best if best_score >= UNKNOWN_WORD_ZIPF - 9 else None


def _candidate_splits(token: str, protected: frozenset[str]) -> Iterator[tuple[str, ...]]:
    n = len(token)
    for i in range(1, n):
        first, rest = token[:i], token[i:]
        if not _is_part(first, protected, final=False):
            continue
        if _is_part(rest, protected, final=True):
            yield (first, rest)
        for j in range(1, len(rest)):  # three parts at most
            middle, last = rest[:j], rest[j:]
            if _is_part(middle, protected, final=False) and _is_part(last, protected, final=True):
                yield (first, middle, last)


def _is_part(word: str, protected: frozenset[str], final: bool) -> bool:
    if len(word) >= 4 and word in protected:
        return True
    if len(word) == 1:
        return word in SINGLE_LETTER_PARTS and not final
    if word in (BOUND_SUFFIXES if final else BOUND_PREFIXES):
        return False
    return zipf(word) >= MIN_PART_ZIPF.get(len(word), MIN_LONG_PART_ZIPF)


def _log_probability(parts: tuple[str, ...], protected: frozenset[str]) -> float:
    # Protected terms count as moderately common words even when wordfreq has never seen them.
    return sum(max(zipf(p), MIN_LONG_PART_ZIPF if p in protected else 0.0) - 9 for p in parts)
