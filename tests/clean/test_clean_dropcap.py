"""Drop-cap debris: removed when the letter is a copy, joined when it was cut from its word."""

from __future__ import annotations

import pytest

from ctwatch.clean import repair


@pytest.mark.parametrize(
    "raw",
    [
        "| P |\nPakistan is calm.",
        "P\nPakistan is calm.",
        "[P]\n\nPakistan is calm.",
        "|P|\nPakistan is calm.",
        "| P | Pakistan is calm.",
        "P\nakistan is calm.",
        "P\n\nakistan is calm.",
        "[P]akistan is calm.",
    ],
)
def test_drop_cap_debris_repaired(raw):
    result = repair(raw)
    assert result.text == "Pakistan is calm."
    assert {e.kind for e in result.edits} == {"drop_cap"}


@pytest.mark.parametrize(
    "raw",
    [
        "P\nThe army said so.",  # the next paragraph starts with another letter
        "A Afghan official spoke.",  # a bare letter inline is not debris
        "Plan B\nBut then the plan changed.",
    ],
)
def test_not_drop_caps(raw):
    assert not [e for e in repair(raw).edits if e.kind == "drop_cap"]


def test_join_maps_letter_and_word_back_to_raw():
    raw = "P\nakistan is calm."
    result = repair(raw)
    assert result.char_map.to_raw(0) == 0
    assert result.char_map.to_raw(1) == 2
