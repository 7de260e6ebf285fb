"""The seed article's cleaning gold: what must (not) be in the repaired text, and what must be flagged."""

from __future__ import annotations

import json

import pytest

from ctwatch.clean import repair


@pytest.fixture(scope="module")
def seed(shared_dir):
    raw = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "article-001.gold.json").read_text(encoding="utf-8"))["cleaning"]
    return raw, gold, repair(raw, protected_terms=["IS-KP", "Pakhtunkhwa"])


def test_repaired_text_contains_gold_strings(seed):
    _, gold, result = seed
    for text in gold["must_contain"]:
        assert text in result.text
    for text in gold["must_not_contain"]:
        assert text not in result.text
    for term in gold["keep_unchanged"]:
        assert term in result.text


def test_email_left_alone(seed):
    _, _, result = seed
    assert "atsherali9984gmail.com" in result.text


def test_near_duplicate_pairs_are_flagged(seed):
    _, gold, result = seed
    pairs = {(e.before, e.after) for e in result.flags if e.kind == "near_duplicate_sentence"}
    for earlier, later in gold["near_duplicate_sentences"]:
        assert (earlier, later) in pairs
    # flagged, not removed: both wordings stay in the text
    for earlier, later in gold["near_duplicate_sentences"]:
        assert earlier in result.text and later in result.text


def test_damaged_phrase_is_flagged_over_its_span(seed):
    raw, gold, result = seed
    damaged = [e for e in result.flags if e.kind == "damaged_text"]
    for phrase in gold["flag_as_damaged"]:
        hits = [e for e in damaged if phrase in result.text[e.start : e.end] and phrase in raw[e.raw_start : e.raw_end]]
        assert hits, phrase


def test_only_expected_edit_kinds(seed):
    _, _, result = seed
    kinds = {e.kind for e in result.edits}
    assert kinds == {"drop_cap", "glued_words", "near_duplicate_sentence", "damaged_text"}
    assert [e.raw_start for e in result.edits] == sorted(e.raw_start for e in result.edits)
