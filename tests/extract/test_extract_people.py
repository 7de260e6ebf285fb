"""People: name variants merged, surnames, titles and roles, definite descriptions."""

from __future__ import annotations

import pytest

from ctwatch.clean import repair
from ctwatch.extract.actors import find_actors
from ctwatch.extract.nlp import parse
from ctwatch.extract.people import find_people
from ctwatch.extract.pipeline import extract


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


# One sentence per phenomenon: the people it names (canonical names).
NAMED_PEOPLE = {
    # SATP writes "SSP Korangi X" and "District Police Officer Swabi X": the place is the post's
    "jurisdiction-after-title": (
        "Senior Superintendent of Police (SSP) Korangi Ahmed Raza said the suspects fled. "
        "According to District Police Officer Swabi Tariq Mehmood, the attackers escaped.",
        {"Ahmed Raza", "Tariq Mehmood"}),
    # ... and a police range after "of Police" or the post's place: "DIG of Police Zhob Range X", "RPO Bannu Range X"
    "police-range-after-title": (
        "Deputy Inspector General (DIG) of Police Zhob Range Kamran Ahmed Tareen visited the site. "
        "Regional Police Officer Bannu Range Imran Shahid said the attackers fled.",
        {"Kamran Ahmed Tareen", "Imran Shahid"}),
    # (after "of Police" a district is the post's, a name that starts with a village's name keeps it)
    "district-or-first-name-after-of-police": (
        "Superintendent of Police Wazir Muhammad Khan said two suspects had been arrested. Senior Superintendent of "
        "Police Hyderabad Amjad Shaikh said the police had fired in the air.",
        {"Wazir Muhammad Khan", "Amjad Shaikh"}),
    "title-of-several-words-or-rank": (
        "Political Agent Khalid Mehmood told reporters that Sepoy Farhan Ali was killed and Doctor "
        "Imran Qadir treated the wounded.",
        {"Khalid Mehmood", "Farhan Ali", "Imran Qadir"}),
    "more-ranks-and-honorifics": (
        "Naek Saeed Anwar and Hawaldar Yahya Khan were injured, Commandant Bilal Shah said. "
        "Deputy Speaker Shehla Mirza condemned the attack.",
        {"Saeed Anwar", "Yahya Khan", "Bilal Shah", "Shehla Mirza"}),
    "rank-acronym-alone-is-nobody": ("ASI Bashir Ahmed said the AIG had ordered an inquiry.", {"Bashir Ahmed"}),
    "identified-as-list": ("The slain men were identified as Rahim, Naveed, Shakeel and Gulzar.",
                           {"Rahim", "Naveed", "Shakeel", "Gulzar"}),
    "one-x-and-his-friend-x": ("Gunmen opened fire at the house of one Zahoor, injuring Zahoor and his friend, Qadeer.",
                               {"Zahoor", "Qadeer"}),
    # a gazetteer name after a title is cut only when a whole name remains; weapons are no list of people
    "place-named-like-a-name-after-title": (
        "Constable Mohan Lal and Head Constable Rakesh Kumar were injured. Police recovered weapons "
        "that included Kalashnikovs.",
        {"Mohan Lal", "Rakesh Kumar"}),
    "capitalised-south-asian-noun-after-one": (
        "The Maoists opened fire, killing one Jawan and injuring one Sarpanch. One Kalashnikov was "
        "seized from one Fidayeen.",
        set()),
    # a nationality or faith before a noun is no name; Naik and Nazim are names too; a military rank
    # is followed by the whole name ("Captain Karnal Sher Khan"); Ghazi is a given name
    "nationality-in-an-included-list": ("The dead included a Chinese national and two policemen. The injured "
                                        "included Afghan refugees. The victims included Sikh and Hindu traders.",
                                        set()),
    "names-that-are-also-titles": ("Police said Jamil Naik was shot dead and Muhammad Nazim was injured.",
                                   {"Jamil Naik", "Muhammad Nazim"}),
    "rank-then-a-name-that-is-a-place": ("Captain Karnal Sher Khan and DSP Ghazi Salahuddin Khan were honoured.",
                                         {"Karnal Sher Khan", "Ghazi Salahuddin Khan"}),
    "an-operation-named": ("The new offensive, named Azm-e-Istehkam, was approved by Talib Hussain.",
                           {"Talib Hussain"}),
    "village-and-seminary-names": (
        "The bomb went off near Shiekh Killay and Kot Kali Takht, close to Madrassa Islamia Tahiria "
        "in the Kurram Agencies, said Naveed Akbar.",
        {"Naveed Akbar"}),
    # Indian reports name officials by initials, with or without full stops
    "initials-and-a-surname": (
        "State Police spokesperson R K Mallick said the bandh was peaceful. Director General of Police DGP S P Vaid "
        "and Mr. A. K. Sharma visited the site, but the Roads and Buildings R B Department stayed shut.",
        {"R K Mallick", "S P Vaid", "A. K. Sharma"}),
    "a-listed-name-that-is-also-a-place": (
        "The slain persons were identified as Anwar, Ghazi, Farooq and Sharabi in Mardan.",
        {"Anwar", "Ghazi", "Farooq", "Sharabi"}),
    # a common given name opens a name spaCy left untagged, also at a sentence start
    "given-name-first": (
        "Director General of Inter Services Public Relations (ISPR) Asim Bajwa confirmed the toll. Separately "
        "Superintendent of Police SP Muhammad Ilyas was killed in Quetta. Arshad Khan who was injured in a blast "
        "succumbed. Assistant Political Agent (APA) FR Peshawar Naveed Akbar confirmed the abduction.",
        {"Asim Bajwa", "Muhammad Ilyas", "Arshad Khan", "Naveed Akbar"}),
    # a two-word rank, and a cleric's honorific, are no part of the name
    "lance-naik-and-maulana": (
        "Two FC soldiers, Lance Naik Saifur Rehman and Sepoy Yahya Uddin, were injured. Maulana Syed Ataullah "
        "Shah was shot dead, Maulana Fazlur Rehman said. Naib Subedar Gul Khan and Jamil Naik were unhurt.",
        {"Saifur Rehman", "Yahya Uddin", "Syed Ataullah Shah", "Fazlur Rehman", "Gul Khan", "Jamil Naik"}),
    # a qualifier of the title after it, a party's chapter, a saint's shrine (but his urs names him)
    "qualifiers-chapters-and-shrines": (
        "Balochistan Home Minister Mir Sarfaraz Ahmed Bugti said a leader of JUI Dera Ismail Khan was hurt in the "
        "blast at the shrine of Shah Norani, on the way to the urs of Hazrat Ali Hajveri.",
        {"Mir Sarfaraz Ahmed Bugti", "Hazrat Ali Hajveri"}),
    # two halves joined by "ul", "ur" (hyphened or not) are one name, also at a sentence start; an institution is none
    "names-joined-by-a-particle": (
        "Hidayat ur Rehman said the protest would go on. Police chief Inam-ul-Haq said militants had attacked "
        "Dar-ul-Uloom Haqqania.",
        {"Hidayat ur Rehman", "Inam ul Haq"}),
    "resident-of-a-place-and-a-nationality": (
        "The two militants were identified as Manzoor Ahmad resident of Gandi Bagh Kakapora and another was "
        "identified as Abu Ayaan, a Pakistani.",
        {"Manzoor Ahmad", "Abu Ayaan"}),
}


def test_names_joined_by_alias_are_one_person_under_the_first_name():
    found = people("Police arrested Abdul Rehman alias Chota and Muhammad Iqbal in Karachi. Khalid Ahmad alias "
                   "Shahid Showkat was killed in Sopore. Asif Khan alias Mohammad Tariq Khan was arrested.")
    assert [(p.canonical, [m.text for m in p.mentions]) for p in found] == [
        ("Abdul Rehman", ["Abdul Rehman"]), ("Muhammad Iqbal", ["Muhammad Iqbal"]),
        ("Khalid Ahmad", ["Khalid Ahmad", "Shahid Showkat"]), ("Asif Khan", ["Asif Khan", "Mohammad Tariq Khan"])]



@pytest.mark.parametrize("text, names", NAMED_PEOPLE.values(), ids=NAMED_PEOPLE.keys())
def test_the_people_a_sentence_names(text, names):
    assert {p.canonical for p in people(text)} == names


def test_an_identified_as_list_keeps_its_order():
    found = people("The slain men were identified as Rahim, Naveed, Shakeel and Gulzar.")
    assert [p.canonical for p in found] == ["Rahim", "Naveed", "Shakeel", "Gulzar"]


def test_a_place_after_officer_of_is_where_the_role_is_held_not_a_name():
    assert people('"The policemen fought bravely," a senior police officer of Lakki Marwat said.') == []


@pytest.mark.parametrize("text, name, rank", [
    ("Levies Risaldar Abdul Ghaffar told Dawn that the patrol was returning.", "Abdul Ghaffar", "Levies Risaldar"),
    ("Sowar Gul Khan was injured in the blast in Wadh.", "Gul Khan", "Sowar"),
])
def test_levies_and_cavalry_ranks_are_titles(text, name, rank):
    found = people(text)
    assert [(p.canonical, [r.text for r in p.roles]) for p in found] == [(name, [rank])]


def test_a_name_after_of_that_is_no_role_stays_a_name():
    assert [p.canonical for p in people("A relative of Hassan told Dawn that he had received threats.")] == ["Hassan"]


def test_the_tail_of_a_known_place_name_is_no_person():
    text = ("Police arrested a teenage would be suicide bomber in Dera Ismail Khan on December 3, reports Daily Times. "
            "District Police Officer (DPO) Muhammad Sajjad Khan told journalists that the boy was intercepted.")
    assert [p.canonical for p in people(text)] == ["Muhammad Sajjad Khan"]


@pytest.mark.parametrize("text, name", [
    ("Senior Superintendent of Police (SSP) Operations Najeeb ur Rehman said the attackers fled in Peshawar.",
     "Najeeb ur Rehman"),
    ("SP Investigation Imran Shah said the attackers fled in Karachi.", "Imran Shah"),
])
def test_a_police_branch_between_the_rank_and_the_name_is_no_part_of_it(text, name):
    assert [p.canonical for p in people(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("Later, armed assailants kidnapped Constable Farman, shot him dead, and threw his body outside the station.", "Farman"),
    ("They added that Police Constable Asif, 33, was shot dead near his house in Liaquatabad.", "Asif"),
    ("Two security personnel were killed and Naek Saeed was injured in the attack in Kurram Agency.", "Saeed"),
])
def test_a_title_cues_the_one_word_name_after_it(text, name):
    assert name in [p.canonical for p in people(text)]


def test_a_lone_given_name_the_tagger_calls_a_person_is_one():
    found = people("Two Lashkar e Jhangvi (LeJ) militants, Asim alias Kapri and Ishaq alias Bobby confessed to killing "
                   "four Rangers in Ittehad Town.")
    assert "Ishaq" in [p.canonical for p in found]


@pytest.mark.parametrize("text, place", [
    ("In Kurram, a bomb killed two soldiers.", "Kurram"),
    ("In Lakki Marwat, a roadside bomb killed two soldiers.", "Lakki Marwat"),
    ("The CTD arrested 11 terrorists during operations in Lahore, Gujranwala, Multan and Rawalpindi.", "Lahore"),
])
def test_a_known_place_after_in_is_no_person_whatever_the_tagger_says(text, place):
    extraction = extract(text)
    assert not extraction.people
    assert extraction.events[0].place.name == place


def test_the_last_of_a_list_of_places_is_a_place_but_a_list_of_names_stays_names():
    assert "Rawalpindi" in [p.name for p in extract("Heavy rain fell in Lahore, Multan and Rawalpindi on Monday.").places]
    listed = extract("The victims were identified as Bannu, Karim and Tank Bahadur.")
    assert [p.mentions[0].text for p in listed.people] == ["Bannu", "Karim", "Tank Bahadur"]
    names = extract("The victims were identified as Shahid Baloch and Hassan.")
    assert [p.mentions[0].text for p in names.people] == ["Shahid Baloch", "Hassan"]


def test_a_posts_district_is_no_person():
    for text in ("The District Police Officer (DPO) Lakki Marwat said two militants were killed in the exchange of fire.",
                 "LAKKI MARWAT: Two policemen were martyred on Monday. The DPO Lakki Marwat said the attackers fled."):
        assert extract(text).people == []
    assert [p.canonical for p in extract("DPO Sajjad Khan said the attackers fled.").people] == ["Sajjad Khan"]
