"""Repair of scraping damage, with a character map back to the raw text.

``repair(raw_text)`` runs small, pure repair steps in the order listed below; each returns
replacements on the text it is given, or flags for damage it cannot repair safely.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from ctwatch.clean import damage, dropcap, furniture, glued, mojibake, repeats, sentence_ends, whitespace
from ctwatch.clean.pipeline import run_steps
from ctwatch.clean.protected import protected_words
from ctwatch.models import RepairResult

__all__ = ["repair"]


def repair(raw_text: str, protected_terms: Iterable[str] = ()) -> RepairResult:
    """Repair ``raw_text``; ``protected_terms`` (e.g. actor aliases) are never split or changed."""
    protected = protected_words(protected_terms)
    steps = (
        mojibake.unescape_html_entities,
        mojibake.fix_mojibake,
        *whitespace.STEPS,
        dropcap.remove_drop_caps,
        furniture.remove_page_furniture,
        partial(glued.split_glued_words, protected=protected),
        partial(glued.split_case_glued, protected=protected),
        sentence_ends.restore_sentence_ends,
        sentence_ends.restore_sentence_spaces,
        repeats.remove_repeated_paragraphs,
        repeats.remove_repeated_sentences,
        damage.remove_repeated_words,
        damage.flag_missing_words,
        damage.flag_undecodable_characters,
    )
    return run_steps(raw_text, steps)
