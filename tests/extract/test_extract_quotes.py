"""Quotes: pairing marks, lost opening marks, speakers, consecutive quotes, reported speech."""

from __future__ import annotations

import json

from ctwatch.clean import repair
from ctwatch.extract.actors import find_actors
from ctwatch.extract.nlp import parse
from ctwatch.extract.people import find_people
from ctwatch.extract.quotes import find_quotes


def quotes(text: str):
    doc = parse(text)
    actors = find_actors(doc)
    people = find_people(doc, actors)
    return find_quotes(doc, people, actors), people


def test_speaker_after_quote_and_consecutive_quote_takes_same_speaker():
    found, people = quotes("Nadia Qureshi, a lawyer, spoke to reporters. “The court has ruled,” Qureshi said. "
                           "“We will file an appeal next week.”")
    direct = [q for q in found if q.kind == "direct"]
    assert [q.span.text for q in direct] == ["The court has ruled", "We will file an appeal next week."]
    assert [q.speaker for q in direct] == [people[0].id, people[0].id]


def test_missing_opening_mark_starts_at_sentence_start():
    found, people = quotes("Imran Baig, a teacher, visited the school. The children came back on Monday. "
                           "Nobody here wants to leave again,” says Baig.")
    direct = [q for q in found if q.kind == "direct"]
    assert [q.span.text for q in direct] == ["Nobody here wants to leave again"]
    assert direct[0].speaker_name == "Imran Baig"


def test_unnamed_descriptor_and_scare_quotes():
    found, _ = quotes("The raids were, as one provincial police officer puts it, “a message to everyone.” "
                      "Residents call the area a “red zone” now.")
    direct = [q for q in found if q.kind == "direct"]
    assert [(q.span.text, q.speaker_name) for q in direct] == [
        ("a message to everyone.", "unnamed provincial police officer")]


def test_pronoun_speaker_and_reported_speech():
    found, people = quotes("Kamal Hussain, a trader, reached the market early. "
                           "He says that the traders will reopen their shops on Friday.")
    reported = [q for q in found if q.kind == "reported"]
    assert [(q.span.text, q.speaker) for q in reported] == [
        ("the traders will reopen their shops on Friday", people[0].id)]


def test_seed_quotes(shared_dir):
    raw = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "article-001.gold.json").read_text(encoding="utf-8"))
    found, people = quotes(repair(raw).text)
    names = {p.id: p.canonical for p in people}
    direct = [q for q in found if q.kind == "direct"]
    got = [(q.span.text, names.get(q.speaker, q.speaker_name)) for q in direct]
    assert len(got) == len(gold["quotes"])
    for (text, speaker), expected in zip(got, gold["quotes"]):
        assert text.replace("’", "'").startswith(expected["starts"].replace("’", "'")), (text, expected)
        assert speaker == expected["speaker"], (text, speaker)
    lost = next(q for q in direct if q.span.text.startswith("Pakistan is tackling"))
    assert names[lost.speaker] == "Mubasher Bukhari"
