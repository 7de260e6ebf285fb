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


def test_parenthetical_speech_clause_the_parser_made_the_root():
    # As the parser reads one such sentence in context: the speech verb is the root and the real
    # main verb hangs off it; the commas around "<subject> <verb>" still mark the reported clause.
    from spacy.tokens import Doc

    from ctwatch.extract.nlp import get_nlp

    words = ["Quarrels", "among", "the", "gangs", ",", "local", "authorities", "stress", ",", "do", "not",
             "change", "the", "plan", "."]
    heads = [7, 0, 3, 1, 7, 6, 7, 7, 7, 11, 11, 7, 13, 11, 7]
    deps = ["dep", "prep", "det", "pobj", "punct", "amod", "nsubj", "ROOT", "punct", "aux", "neg", "conj", "det",
            "dobj", "punct"]
    pos = ["NOUN", "ADP", "DET", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT", "AUX", "PART", "VERB", "DET",
           "NOUN", "PUNCT"]
    lemmas = ["quarrel", "among", "the", "gang", ",", "local", "authority", "stress", ",", "do", "not", "change",
              "the", "plan", "."]
    doc = Doc(get_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    reported = [q for q in find_quotes(doc, [], []) if q.kind == "reported"]
    assert [(q.span.text, q.speaker_name) for q in reported] == [
        ("Quarrels among the gangs , local authorities stress , do not change the plan", "unnamed local authorities")]


def test_a_paragraph_break_ends_a_sentence_and_a_wrapped_line_does_not():
    sentences = lambda text: [s.text.strip() for s in parse(text).sents]
    assert sentences("“It is over.”\nThe next morning the road reopened.")[-1] == "The next morning the road reopened."
    assert sentences("Headline without a stop\n\nThe body starts here.")[-1] == "The body starts here."
    wrapped = "Police said the Maoists\nattacked a CRPF camp in Bijapur district on Monday night."
    assert len(sentences(wrapped)) == 1
    found, _ = quotes(wrapped)
    assert [q.kind for q in found] == ["reported"]


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


def test_a_posts_initials_and_the_militarys_media_wing_name_their_speakers():
    from ctwatch.extract.pipeline import extract

    ex = extract('According to District Police Officer Sajjad Ahmed, the attackers fled. "Our men fought bravely," the DPO '
                 'told reporters. The Inter-Services Public Relations (ISPR) said the area was cordoned off. "The sacrifices '
                 'of our soldiers will not go in vain," the military\'s media wing said.')
    assert [(q.kind, q.speaker_name) for q in ex.quotes if q.kind == "direct"] == [
        ("direct", "Sajjad Ahmed"), ("direct", "Inter-Services Public Relations")]
    [ahmed] = ex.people
    assert [r.text for r in ahmed.roles] == ["District Police Officer"]  # not "the attackers fled"


def test_a_name_set_off_after_the_post_is_the_speaker():
    found, people = quotes("The Baloch Republican Army (BRA) claimed responsibility for the blast. Its spokesman, Mureed "
                           "Baloch, speaking by telephone from an undisclosed location, said, \"We will continue to target "
                           "state installations.\"")
    direct = [q for q in found if q.kind == "direct"]
    assert [q.speaker_name for q in direct] == ["Mureed Baloch"]


def test_the_person_before_the_verb_speaks_where_the_parser_lost_the_subject():
    found, _ = quotes("Speaking to journalists in Quetta, Deputy Inspector General (DIG) of Police Zhob Range Kamran Ahmed "
                      "Tareen said, \"The attackers came from the mountains and fled the same way after the attack.\"")
    assert [q.speaker_name for q in found if q.kind == "direct"] == ["Kamran Ahmed Tareen"]


def test_a_name_inside_the_appositive_or_hanging_from_a_common_noun_does_not_speak():
    found, _ = quotes("Gunmen shot dead a tribal elder in Kurram on May 5. The spokesman, a nephew of slain elder Malik "
                      "Qadir Khan, said \"the family would not accept compensation from anyone\".")
    assert [q.speaker_name for q in found if q.kind == "direct"] == ["unnamed spokesman"]
    found, _ = quotes("\"We had no enmity with anyone,\" the brother of slain trader Haji Gul Khan was quoted as saying.")
    assert [q.speaker_name for q in found if q.kind == "direct"] == [None]
