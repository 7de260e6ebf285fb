"""Repeated paragraphs and sentences: exact copies removed, near copies flagged."""

from __future__ import annotations

from ctwatch.clean import repair
from ctwatch.clean.sentences import split_sentences

PARA = "The army said the operation in the district would continue for several weeks."


def test_repeated_paragraph_removed_even_with_different_spacing_and_case():
    raw = f"{PARA}\nOther news follows here today.\n{PARA.upper().replace(' ', '  ')}"
    result = repair(raw)
    assert result.text == f"{PARA}\nOther news follows here today."
    (edit,) = [e for e in result.edits if e.kind == "repeated_paragraph"]
    assert raw[edit.raw_start : edit.raw_end].strip("\n") == PARA.upper().replace(" ", "  ")
    assert edit.start == edit.end == len(result.text)


def test_repeated_sentence_removed_inside_a_paragraph():
    raw = f"{PARA} Two soldiers were hurt in the blast. {PARA}"
    result = repair(raw)
    assert result.text == f"{PARA} Two soldiers were hurt in the blast."
    assert [e.kind for e in result.edits] == ["repeated_sentence"]


def test_short_sentences_may_repeat():
    raw = "Nobody was hurt. The police came later that night. Nobody was hurt."
    assert repair(raw).text == raw


def test_near_duplicate_flagged_not_removed():
    a = "The provincial government announced compensation for the families of the victims."
    b = "The provincial government announced compensation for families of all victims."
    raw = f"{a}\n{b}"
    result = repair(raw)
    assert result.text == raw
    (flag,) = result.flags
    assert flag.kind == "near_duplicate_sentence" and not flag.applied
    assert (flag.before, flag.after) == (a, b)
    assert result.text[flag.start : flag.end] == b
    assert "similarity" in flag.reason


def test_different_sentences_not_flagged():
    raw = "The army said the operation would continue. Police arrested three suspects in Quetta on Monday."
    assert repair(raw).edits == ()


def test_splitter_keeps_abbreviations_and_splits_clauses():
    text = "Lt. Gen. Ali met Mr. Khan on Monday. Pakistan need not pick sides; it must act."
    parts = [s.text for s in split_sentences(text)]
    assert parts == ["Lt. Gen. Ali met Mr. Khan on Monday.", "Pakistan need not pick sides;", "it must act."]
