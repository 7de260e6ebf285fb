"""Damaged text: missing words flagged, doubled function words removed, correct English untouched."""

from __future__ import annotations

import pytest

from ctwatch.clean import repair


@pytest.mark.parametrize(
    "raw,phrase",
    [
        ("Pakistan need not pick sides; it must the threats.", "it must the threats"),
        ("The police said they will the suspects soon.", "they will the suspects"),
        ("Officials say the army can a lot of damage.", "army can a lot"),
        ("We should this issue carefully.", "We should this issue"),
    ],
)
def test_modal_before_determiner_flagged(raw, phrase):
    result = repair(raw)
    assert result.text == raw
    (flag,) = result.flags
    assert flag.kind == "damaged_text"
    assert result.text[flag.start : flag.end] == phrase == raw[flag.raw_start : flag.raw_end]


@pytest.mark.parametrize(
    "raw",
    [
        "It must be the threats that worry them.",
        "This is the must-see report of the year.",
        "How can the government respond?",
        "Can the army hold the district?",
        "Nor can the state ignore the attacks.",
        "They fought with all his might the whole night.",
        "The country lacks the political will the reforms need.",
        "It helps them more than we can the others.",
        "Should the talks fail, the operation will resume.",
        "He said that that was not true.",
        "She had had enough of the violence.",
        "What it is is a failure of policy.",
        "In May may be too late.",
    ],
)
def test_correct_english_not_flagged(raw):
    result = repair(raw)
    assert result.edits == ()
    assert result.text == raw


def test_doubled_function_word_removed():
    result = repair("Militants attacked the the checkpoint.")
    assert result.text == "Militants attacked the checkpoint."
    (edit,) = result.edits
    assert (edit.kind, edit.applied, edit.before) == ("repeated_word", True, " the")


def test_doubled_content_word_kept():
    raw = "Police said it was a very very serious attack."
    assert repair(raw).text == raw


def test_replacement_characters_flagged():
    result = repair("The attack in Kh\ufffd\ufffdber killed two.")
    (flag,) = result.flags
    assert flag.kind == "damaged_text" and flag.before == "\ufffd\ufffd"
