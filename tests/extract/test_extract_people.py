"""People: name variants merged, surnames, titles and roles, definite descriptions."""

from __future__ import annotations

from ctwatch.clean import repair
from ctwatch.extract.actors import find_actors
from ctwatch.extract.nlp import parse
from ctwatch.extract.people import find_people


def people(text: str):
    doc = parse(text)
    return find_people(doc, find_actors(doc))


def test_misspelled_variants_and_surname_merge_with_reconciled_canonical():
    found = people("Talking to reporters, Syed Qamar Raza Bokhari, a retired judge, said the law was clear. "
                   "Bokhari later met the governor. Syed Qamer Raza told the court he would appeal. "
                   "Qamarr Raza Bokhari was not available afterwards.")
    assert len(found) == 1
    person = found[0]
    assert person.canonical == "Syed Qamar Raza Bokhari"
    assert {m.text for m in person.mentions} >= {"Syed Qamar Raza Bokhari", "Bokhari", "Syed Qamer Raza", "Qamarr Raza Bokhari"}
    assert [r.text for r in person.roles] == ["retired judge"]


def test_honorific_dropped_from_canonical_and_title_as_role():
    found = people("Deputy Superintendent of Police (DSP) Farhan Malik said that Dr Naveed Anjum was treated in Multan.")
    names = {p.canonical for p in found}
    assert names == {"Farhan Malik", "Naveed Anjum"}
    malik = next(p for p in found if p.canonical == "Farhan Malik")
    assert any("Superintendent of Police" in r.text for r in malik.roles)


def test_places_and_publishers_are_not_people():
    found = people("A shopkeeper, identified as Rashid Mehmood, was shot in Garhi Habibullah village, reports Dawn.")
    assert [p.canonical for p in found] == ["Rashid Mehmood"]


def test_shared_surname_stays_ambiguous():
    found = people("Nasreen Jatoi and her husband Akbar Jatoi were injured. Jatoi was taken to hospital.")
    assert {p.canonical for p in found} == {"Nasreen Jatoi", "Akbar Jatoi"}
    assert all("Jatoi" not in [m.text for m in p.mentions] for p in found)


def test_definite_description_refers_back_to_the_one_matching_role():
    found = people("Omar Hayat, a former provincial finance secretary, spoke first. "
                   "“Budgets matter,” said the former secretary.")
    assert any(m.text == "the former secretary" for m in found[0].mentions)


def test_seed_people(shared_dir):
    raw = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    doc = parse(repair(raw).text)
    found = find_people(doc, find_actors(doc))
    assert [p.canonical for p in found] == ["Syed Akhtar Ali Shah", "Mubasher Bukhari"]
    shah, bukhari = found
    assert {m.text for m in shah.mentions} == {"Syed Akhar Ali Shah", "Shah", "Syed Akhtar Ali", "Akhtarr Ali Shah",
                                               "the former Home Department secretary"}
    assert {m.text for m in bukhari.mentions} == {"Mubasher Bukhari", "Bukhari"}
    assert "former police officer" in [r.text for r in shah.roles]
    assert "security analyst" in [r.text for r in bukhari.roles]


def test_a_jurisdiction_between_a_title_and_the_name_is_not_part_of_the_name():
    """SATP writes "SSP Korangi X" and "District Police Officer Swabi X": the place is the post's."""
    found = people("Senior Superintendent of Police (SSP) Korangi Ahmed Raza said the suspects fled. "
                   "According to District Police Officer Swabi Tariq Mehmood, the attackers escaped.")
    assert {p.canonical for p in found} == {"Ahmed Raza", "Tariq Mehmood"}


def test_a_title_of_several_words_or_a_rank_before_the_name_is_a_role():
    found = people("Political Agent Khalid Mehmood told reporters that Sepoy Farhan Ali was killed and Doctor "
                   "Imran Qadir treated the wounded.")
    assert {p.canonical for p in found} == {"Khalid Mehmood", "Farhan Ali", "Imran Qadir"}


def test_a_rank_acronym_alone_is_nobody():
    found = people("ASI Bashir Ahmed said the AIG had ordered an inquiry.")
    assert [p.canonical for p in found] == ["Bashir Ahmed"]


def test_every_name_of_an_identified_as_list_is_a_person():
    found = people("The slain men were identified as Rahim, Naveed, Shakeel and Gulzar.")
    assert [p.canonical for p in found] == ["Rahim", "Naveed", "Shakeel", "Gulzar"]


def test_one_x_and_his_friend_x_are_people():
    found = people("Gunmen opened fire at the house of one Zahoor, injuring Zahoor and his friend, Qadeer.")
    assert {p.canonical for p in found} == {"Zahoor", "Qadeer"}


def test_a_place_named_like_a_name_after_a_title_stays_in_the_name():
    found = people("Constable Mohan Lal and Head Constable Rakesh Kumar were injured. Police recovered weapons "
                   "that included Kalashnikovs.")
    assert {p.canonical for p in found} == {"Mohan Lal", "Rakesh Kumar"}


def test_a_capitalised_south_asian_noun_after_one_is_no_name():
    found = people("The Maoists opened fire, killing one Jawan and injuring one Sarpanch. One Kalashnikov was "
                   "seized from one Fidayeen.")
    assert found == []


def test_more_ranks_and_honorifics_before_a_name_are_no_part_of_it():
    found = people("Naek Saeed Anwar and Hawaldar Yahya Khan were injured, Commandant Bilal Shah said. "
                   "Deputy Speaker Shehla Mirza condemned the attack on Hazrat Ali Gul's shrine.")
    assert {p.canonical for p in found} == {"Saeed Anwar", "Yahya Khan", "Bilal Shah", "Shehla Mirza", "Ali Gul"}


def test_village_and_seminary_names_are_no_people():
    found = people("The bomb went off near Shiekh Killay and Kot Kali Takht, close to Madrassa Islamia Tahiria "
                   "in the Kurram Agencies, said Naveed Akbar.")
    assert [p.canonical for p in found] == ["Naveed Akbar"]
