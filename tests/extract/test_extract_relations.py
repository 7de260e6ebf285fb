"""Relations between actors (extract/relations.py): who fought whom and who claimed what, each with
the sentence that says so."""

from ctwatch.extract.pipeline import extract


def test_a_clash_makes_the_two_sides_hostile_with_the_sentence_that_names_them():
    text = ("Security forces killed four militants in an encounter near Quetta on Monday. "
            "Officials said the militants belonged to the Balochistan Liberation Army (BLA).")
    ex = extract(text)
    hostile = [r for r in ex.relations if r.kind == "hostile"]
    assert {(r.a, r.b) for r in hostile} == {("pakistan_security_forces", "bla")}
    evidence = hostile[0].evidence
    assert evidence.text.startswith("Officials said the militants belonged to the Balochistan Liberation Army")
    assert text[evidence.start:evidence.end] == evidence.text


def test_a_claim_of_an_attack_on_a_group_runs_from_the_claimant_to_it():
    text = ("Militants of the Islamic State-Khorasan Province (IS-KP) attacked a camp of the Balochistan Liberation "
            "Army in Mastung District on Sunday. IS-KP claimed responsibility for the attack.")
    claims = [r for r in extract(text).relations if r.kind == "claim"]
    assert [(r.a, r.b) for r in claims] == [("iskp", "bla")]
    assert claims[0].evidence.text == "IS-KP claimed responsibility for the attack."


def test_groups_named_after_an_incident_without_a_tie_to_it_are_not_its_other_side():
    text = ("Security forces killed four militants in an exchange of fire in Kech District on Tuesday. "
            "Officials said the militants belonged to the Balochistan Liberation Army. The Balochistan "
            "Liberation Front and the Baloch Republican Army are also active in the area. Separately, "
            "Lashkar-e-Taiba chief Hafiz Saeed was sentenced by a court in Lahore.")
    hostile = {frozenset((r.a, r.b)) for r in extract(text).relations if r.kind == "hostile"}
    assert hostile == {frozenset(("pakistan_security_forces", "bla"))}
