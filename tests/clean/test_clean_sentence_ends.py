"""Sentence ends lost in scraping, restored only in a paragraph that has (almost) none."""

from __future__ import annotations

from ctwatch.clean import repair

UNPUNCTUATED = (
    "A polio worker identified as Akhtar Jan was shot dead by an unidentified militant in his clinic in "
    "Jamrud area of Khyber Agency on March 26 reports Dawn Lashkar e Islam claimed responsibility for the "
    "killing over telephone from an Afghan number The spokesman however did not say why the worker was "
    "targeted Later the Khasadar officials said that they took a local resident into custody Three vehicles "
    "were damaged in the blast According to the sources the militants fled towards the border"
)


def test_a_paragraph_without_sentence_ends_gets_them_at_the_attribution_and_at_sentence_openers():
    result = repair(UNPUNCTUATED)
    assert "on March 26 reports Dawn. Lashkar e Islam claimed" in result.text
    assert "from an Afghan number. The spokesman" in result.text
    assert "was targeted. Later the Khasadar officials" in result.text
    assert "into custody. Three vehicles" in result.text
    assert "in the blast. According to the sources" in result.text
    assert {e.kind for e in result.edits} >= {"sentence_end"}


def test_no_end_inside_a_name_or_after_a_function_word():
    text = UNPUNCTUATED.replace("Lashkar e Islam claimed", "militants of The Resistance Front claimed") \
        .replace("reports Dawn", "reports The Express Tribune")
    result = repair(text)
    assert "militants of The Resistance Front claimed" in result.text
    assert "reports The Express Tribune. Militants" not in result.text
    assert "reports The Express Tribune militants of" in result.text  # a lower-case word goes on


def test_a_punctuated_paragraph_is_left_alone():
    text = ("Gunmen shot dead a trader in Quetta on Monday, reports Dawn. Police said The attackers fled. "
            "They had come on a motorcycle. Three suspects were detained later in the evening near the bus stand "
            "of the city, officials said.")
    assert repair(text).text == text


def test_one_long_lead_sentence_with_commas_is_left_alone():
    text = ("A prayer leader, identified as Maulana Abdul Haq, was shot dead while his companion sustained serious "
            "injuries when unidentified militants opened fire on them while going to a mosque to offer prayer in "
            "Shaidu area of Nowshera District on November 19 The attackers, two men on a motorcycle, fled, reported Dawn.")
    assert repair(text).text == text


def test_a_sentence_glued_to_the_next_gets_its_space_back():
    raw = ("The device was later defused by the bomb disposal unit.Meanwhile, the KP Government cut the funds. "
           "Two people were killed, reports Dawn.Three others were hurt.")
    result = repair(raw)
    assert "unit. Meanwhile, the KP" in result.text and "Dawn. Three others" in result.text
    assert [e.kind for e in result.edits if e.kind == "sentence_space"] == ["sentence_space"] * 2


def test_abbreviations_initials_and_addresses_keep_their_full_stops():
    raw = ("Dr.Farooq and Mst.Bibi met Lt.Col. Khan at www.dawn.com and M.A.Jinnah Road; the U.S.Embassy "
           "and pp.Ten were not touched, nor was 3.5 kg, nor Mohd.Ashraf of Vill.Rampur in Distt.Gaya, Hav.Ram Singh "
           "or Smt.Kamla of Sharma Pvt.Ltd.")
    assert repair(raw).text == raw
