"""The driver: character map, edit placement, identity and edge cases, whitespace and mojibake."""

from __future__ import annotations

import random

import pytest

from ctwatch.clean import repair
from ctwatch.models import CharMap, RepairResult

NORMALISING_KINDS = {"mojibake", "whitespace"}  # may replace a character by a different one


def assert_map_consistent(raw: str, result: RepairResult) -> None:
    """Every repaired character that maps to raw is that raw character, unless a normalising edit made it."""
    normalised = set()
    for e in result.edits:
        if e.applied and e.kind in NORMALISING_KINDS:
            normalised.update(range(e.start, e.end))
    previous = -1
    for i, ch in enumerate(result.text):
        r = result.char_map.to_raw(i)
        if r is None:
            continue
        assert r > previous, "the map must keep the order of the text"
        previous = r
        if i not in normalised:
            assert raw[r] == ch, (i, r, ch, raw[r])
    for e in result.edits:
        assert 0 <= e.raw_start <= e.raw_end <= len(raw)
        assert 0 <= e.start <= e.end <= len(result.text)
        if e.kind not in NORMALISING_KINDS:  # a later whitespace step may still trim a CRLF's LF
            assert result.text[e.start : e.end] == e.after  # a flag's ``after`` is the text it is about
    raw_starts = [e.raw_start for e in result.edits]
    assert raw_starts == sorted(raw_starts)


def damaged(text: str, rng: random.Random) -> str:
    """``text`` with scraping damage of every kind the clean stage repairs."""
    lines = text.split("\n")
    lines.insert(rng.randrange(len(lines)), rng.choice(lines))  # a repeated paragraph
    out = "\r\n".join(lines)
    out = out.replace("’", "â€™", 3).replace(" the ", " the  ", 2).replace(" of ", "\u00a0of ", 2)
    out = out.replace(" and ", " &amp; ", 1).replace("security ", "security", 1)
    return "\n\n| T |\n" + out + "  \n\n\n"


def test_identity_for_clean_text():
    raw = "The army said the operation would continue.\n\nPolice arrested three suspects in Quetta."
    result = repair(raw)
    assert result.text == raw
    assert result.edits == ()
    assert result.char_map == CharMap.identity(len(raw))


def test_empty_text():
    result = repair("")
    assert (result.text, result.edits, result.char_map.runs) == ("", (), ())


def test_whitespace_repairs():
    raw = "\r\n\n  First  line\u00a0here\t\r\nSecond\u200b line   \r\n\r\n\r\n\r\nThird line\n\n"
    result = repair(raw)
    assert result.text == "First line here\nSecond line\n\nThird line"
    assert {e.kind for e in result.edits} == {"whitespace"}
    assert_map_consistent(raw, result)


def test_soft_hyphens_removed():
    # a soft hyphen is a line-break hint, invisible in print: left in, it splits "Kalashnikovs" into words
    raw = "Police recovered Kalas\u00adhni\u00ad\u00adkovs and rockets."
    result = repair(raw)
    assert result.text == "Police recovered Kalashnikovs and rockets."
    assert_map_consistent(raw, result)


def test_zero_width_joiners_kept():
    raw = "نیم\u200cفاصله"  # Persian needs the ZWNJ
    assert repair(raw).text == raw


def test_mojibake_and_entities_fixed_typography_kept():
    raw = "Pakistanâ€™s â€œpeaceâ€\x9d plan &amp; “curly” quotes – and ﬁne ligatures"
    result = repair(raw)
    assert result.text == "Pakistan’s “peace” plan & “curly” quotes – and ﬁne ligatures"
    assert {e.kind for e in result.edits} == {"mojibake"}
    assert_map_consistent(raw, result)


def test_edit_spans_point_into_raw_and_repaired_text():
    raw = "| P |\nPakistan  sharesthe border.\r\nIt was the the end of it."
    result = repair(raw)
    assert result.text == "Pakistan shares the border.\nIt was the end of it."
    by_kind = {e.kind: e for e in result.edits}
    drop = by_kind["drop_cap"]
    assert raw[drop.raw_start : drop.raw_end] == "| P |\n" and drop.start == drop.end == 0
    glued = by_kind["glued_words"]
    assert raw[glued.raw_start - 6 : glued.raw_start] == "shares" and result.text[glued.start : glued.end] == " "
    word = by_kind["repeated_word"]
    assert raw[word.raw_start : word.raw_end] == " the" and result.text[word.start - 7 : word.start] == "was the"
    assert_map_consistent(raw, result)


@pytest.mark.parametrize("seed_number", range(5))
def test_map_consistent_on_damaged_seed(shared_dir, seed_number):
    rng = random.Random(seed_number)
    clean = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    raw = damaged(clean, rng)
    result = repair(raw)
    assert_map_consistent(raw, result)
    kinds = {e.kind for e in result.edits}
    assert {"whitespace", "mojibake", "drop_cap", "glued_words", "repeated_paragraph"} <= kinds
    # random spans of the repaired text map back to raw spans holding the same words
    for _ in range(200):
        a = rng.randrange(len(result.text))
        b = min(len(result.text), a + rng.randrange(1, 80))
        span = result.char_map.raw_span(a, b)
        assert span is not None
        first = next(i for i in range(a, b) if result.char_map.to_raw(i) is not None)
        assert span[0] == result.char_map.to_raw(first)


def test_two_megabytes_run(shared_dir):
    # Linear-ish by construction; docs/cleaning.md gives the measured time.
    clean = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    rng = random.Random(7)
    paragraphs = clean.split("\n")
    raw = "\n".join(
        " ".join(rng.sample(p.split(), len(p.split()))) for _ in range(400) for p in paragraphs
    )
    assert len(raw) > 2_000_000
    result = repair(raw)
    assert len(result.text) > 1_500_000
    assert result.char_map.to_raw(len(result.text) - 1) is not None
