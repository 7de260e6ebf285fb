"""Actor mentions: catalogue aliases and their spelling variants, context resolution, generic forces."""

from __future__ import annotations

import json

import pytest

from ctwatch.clean import repair
from ctwatch.extract.actors import find_actors
from ctwatch.extract.nlp import parse


def ids(text: str) -> list[tuple[str | None, str]]:
    return [(m.actor_id, m.span.text) for m in find_actors(parse(text))]


def test_hyphen_and_space_variants_link_to_one_entry():
    found = ids("Fighters of IS KP and ISKP clashed with the Tehreek e Taliban Pakistan near Jalalabad.")
    assert found == [("iskp", "IS KP"), ("iskp", "ISKP"), ("ttp", "Tehreek e Taliban Pakistan")]


def test_acronyms_are_case_sensitive():
    assert ids("The bla bla of the meeting went on.") == []
    assert ids("The BLA attacked a convoy in Kech.")[0][0] == "bla"


def test_ambiguous_police_resolved_by_country():
    assert ("pakistan_police", "Police") in ids("Police said the blast in Peshawar killed two men.")
    assert ("india_police", "Police") in ids("Police said the blast in Srinagar, Jammu and Kashmir, killed two men.")


def test_a_single_country_group_named_outright_sets_the_country_of_bare_police():
    # "Nowshera" is a district in Pakistan and a town in India: the group settles it
    text = "CPI-Maoist cadres shot dead a contractor near Nowshera. Police said the cadres fled into the forest."
    assert ("india_police", "Police") in ids(text)


def test_bare_taliban_follows_the_group_named_elsewhere():
    text = "The Pakistani Taliban claimed the raid in Bannu. The Taliban also warned traders in Khyber Pakhtunkhwa."
    assert [i for i, _ in ids(text)] == ["ttp", "ttp"]


def test_generic_forces_count_as_subjects_only():
    assert ("pakistan_security_forces", "Troops") in ids("Troops cordoned off the village near Quetta after the attack.")
    assert ("pakistan_security_forces", "SFs") in ids("Militants fired on a checkpost of SFs near Quetta, Balochistan.")
    assert ids("The group has a history of attacking security personnel in Pakistan.") == []


@pytest.mark.parametrize("text, mention", [
    ("Heavy fire was exchanged between security personnel and militants near Miramshah, North Waziristan.",
     "security personnel"),  # a party to the clash
    ("A Policeman was killed and 19 others, mostly security personnel, were injured in twin blasts in Peshawar.",
     "security personnel"),  # named among the victims
    ("Ten people, including five security men, were wounded in a blast in Quetta.", "security men"),
    ("A landmine explosion in Bajaur Agency left one security official dead on June 7.", "security official"),
    ("Security officials rushed to the site in Quetta and cordoned off the area.", "Security officials"),
    ("Meanwhile, the paramilitary force arrested eight suspects in Karachi.", "paramilitary force"),
])
def test_generic_forces_that_take_part_in_the_incident(text, mention):
    assert ("pakistan_security_forces", mention) in ids(text)


def test_generic_forces_named_as_sources_or_in_profiles_are_not_actors():
    assert ids("Security officials said the bomb was planted near a school in Quetta, Pakistan.") == []
    assert ids("The group has a history of attacking security personnel in Pakistan.") == []
    assert ids("A senior security official told reporters in Peshawar, Pakistan, that talks were due.") == []


def test_former_career_and_party_affiliation_are_not_actors():
    assert ids("Ahmed Raza, a former police officer from Lahore, spoke at the seminar in Pakistan.") == []
    assert ids("An activist of the Pakistan Peoples Party was wounded in Hyderabad, Sindh.") == []


def test_unknown_group_and_bracketed_acronym():
    found = find_actors(parse("The Qalandar Brigade (QB) claimed the attack in Mardan. QB fighters fled."))
    assert [(m.actor_id, m.name, m.span.text) for m in found] == [
        (None, "Qalandar Brigade", "Qalandar Brigade"), (None, "Qalandar Brigade", "QB"), (None, "Qalandar Brigade", "QB")]
    assert found[0].kind == "unknown"


def test_seed_article_actors(shared_dir):
    raw = (shared_dir / "seed" / "article-001.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "article-001.gold.json").read_text(encoding="utf-8"))
    found = find_actors(parse(repair(raw).text))
    assert {m.name for m in found} == {a["canonical"] for a in gold["actors"]}
    assert {m.span.text for m in found} == {"Islamic State-Khorasan Province", "IS-KP", "Balochistan Liberation Army", "BLA"}


def test_a_nickname_after_alias_is_no_country_word():
    from ctwatch.extract.pipeline import extract

    text = ("Police arrested Sunil alias Nepal, a Maoist area commander, at Kharaundhi village in "
            "Garhwa District.")
    place = extract(text).report_place()
    assert (place.country, place.admin1, place.admin2) == ("IN", "Jharkhand", "Garhwa")


def test_a_banned_group_named_by_its_acronym_alone_is_still_the_group():
    found = ids("Two activists of the banned SSP were shot dead in Karachi on Monday.")
    assert ("sipah_e_sahaba", "SSP") in found


def test_an_officer_before_a_place_does_not_hide_the_country():
    found = ids("Security forces killed three militants during an operation, DPO Bannu told reporters.")
    assert ("pakistan_security_forces", "Security forces") in found


def test_a_police_rank_is_no_group_with_that_acronym():
    # "SSP" is Sipah-e-Sahaba Pakistan's acronym and, far more often, a Senior Superintendent of Police
    rank = ids("Senior Superintendent of Police (SSP) Rao Anwar said SSP Malir had led the raid in Karachi.")
    assert all(actor_id != "sipah_e_sahaba" for actor_id, _ in rank)
    group = ids("Activists of the Sipah-e-Sahaba Pakistan (SSP) protested in Karachi; the SSP called a strike.")
    assert [a for a, s in group if s == "SSP"] == ["sipah_e_sahaba", "sipah_e_sahaba"]


def test_a_place_name_at_the_end_of_a_longer_local_name_is_no_country_vote():
    # "Sabzi Mandi" (a vegetable market) in Quetta is not India's Mandi district
    found = ids("A blast near Sabzi Mandi area in Satellite Town of Quetta targeted a Security Forces vehicle.")
    assert ("pakistan_security_forces", "Security Forces") in found


def test_an_organisation_named_by_its_officials_is_an_affiliation():
    text = ("Mufti Usman, the Secretary General of Jamaat Ulema e Islam Sami ul Haq, was shot dead in Karachi. "
            "A spokesman for the Jamaat Ahmadiyya condemned another killing.")
    assert [a for a, s in ids(text) if a is None] == []


def test_a_singular_sf_and_a_force_spelled_as_its_members_are_linked():
    found = ids("Five militants and two SF personnel were killed in Kurram Agency, and the Anti Terrorist Force "
                "(ATF) raided a house in Quetta.")
    assert ("pakistan_security_forces", "SF") in found
    assert {a for a, s in found if "Anti" in s or s == "ATF"} == {"anti_terrorism_force"}


def test_a_militia_keeps_the_place_it_is_named_after():
    found = ids("Unidentified militants shot dead a member of the Mamond Peace Committee in Bajaur on Monday.")
    assert [s for a, s in found if a == "aman_lashkar"] == ["Mamond Peace Committee"]


def test_an_acronym_the_text_spells_out_as_something_else_is_not_the_group():
    # "IB" is the Intelligence Bureau's acronym, but this text defines it as the International Border
    text = ("Rangers fired at Border Outposts of the Border Security Force (BSF) along the International Border (IB) "
            "in Samba District. This was the first incident on the IB since the talks.")
    assert not {"indian_ib", "pakistan_ib"} & {i for i, _ in ids(text)}
    unpunctuated = "The BSF foiled an infiltration attempt on the International Border IB in Samba sector"
    assert not {"indian_ib", "pakistan_ib"} & {i for i, _ in ids(unpunctuated)}
    assert ("bsf", "BSF") in ids(unpunctuated)
    # spelt out as itself, it stays, in another wording too
    assert "indian_ib" in {i for i, _ in ids("The Intelligence Bureau (IB) warned of attacks in Delhi. IB officials said so.")}
    assert "nia" in {i for i, _ in ids("The National Investigating Agency (NIA) arrested two Maoists in Patna. NIA said so.")}


def test_a_foreign_force_named_only_as_a_victim_or_customer_is_left_out():
    # the coding rules: foreign forces named only as victims or accusers are not actors
    text = ("The driver of a trailer supplying goods to NATO forces in Afghanistan was killed when their vehicle "
            "was targeted by an explosive device in Khyber Agency.")
    assert all(i not in ("isaf", "us_forces") for i, _ in ids(text))
    assert any(i in ("isaf", "us_forces") for i, _ in ids("NATO forces carried out an air strike near the border."))
    # ... not one that acts without being the subject
    assert "us_forces" in {i for i, _ in ids("A US drone strike killed five militants in North Waziristan.")}
    assert "isaf" in {i for i, _ in ids("Two Taliban fighters were killed in a clash with NATO forces in Kunar.")}


def test_on_a_tie_the_places_named_decide_the_country_over_a_demonym():
    # "Afghan" (two votes, a demonym) against Quetta and Balochistan (a vote each): the places say where
    text = ("Police killed four militants and one Afghan Intelligence Agency spy in Chashma Achozai area of Quetta, "
            "the provincial capital of Balochistan. Police personnel retaliated.")
    assert [i for i, _ in ids(text)].count("pakistan_police") == 2


def test_a_people_noun_after_a_named_force_is_that_force():
    text = "Officials said at least one Frontier Corps (FC) paramilitary soldier was among the dead in Kurram Agency."
    assert "pakistan_security_forces" not in {i for i, _ in ids(text)}
    assert "pakistan_security_forces" in {i for i, _ in ids("A soldier was among the dead in Kurram Agency.")}


def test_an_ambiguous_alias_follows_the_group_the_text_names_outright_before_the_country():
    # in Pakistani reporting "Daesh" is usually IS-KP, but here the text names the Islamic State itself
    text = "Islamic State (IS), also Daesh, claimed on June 8 that its fighters killed two policemen in Quetta, Balochistan."
    assert {i for i, _ in ids(text)} >= {"islamic_state"} and "iskp" not in {i for i, _ in ids(text)}
    assert "iskp" in {i for i, _ in ids("Daesh claimed the attack on policemen in Quetta, Balochistan.")}


def test_bare_police_follow_the_provincial_police_the_text_names():
    text = ("The Counter Terrorism Department (CTD) of Sindh Police killed two suspects in Karachi. "
            "Upon seeing the Police, the suspects opened fire. Police retaliated.")
    found = [i for i, _ in ids(text)]
    assert "pakistan_police" not in found and found.count("sindh_police") == 3
    assert "pakistan_police" in [i for i, _ in ids("The CTD raided a house in Karachi. Police retaliated.")]


def test_a_capitalised_ambiguous_alias_names_no_entry_outright():
    # "Police officials" is the ambiguous "police officials": it must not make every Police Pakistan's
    text = ("CPI-Maoist cadres killed two villagers in Bijapur District of Chhattisgarh. Police officials said the "
            "Police have launched a search operation.")
    assert "pakistan_police" not in {i for i, _ in ids(text)}


def test_bare_police_in_another_province_are_not_the_provincial_police_named():
    text = "A Sindh Police constable on leave was shot dead in Quetta, Balochistan. Police said the attackers fled."
    assert ("sindh_police", "Police") not in ids(text)


def test_a_country_the_militants_went_back_to_is_not_where_the_report_is():
    text = ("A soldier was killed when militants triggered an IED in Pallanwala sector of Akhnoor in Jammu District. "
            "The militants returned towards Pakistan after the attack. The Army has not divulged the details.")
    assert "pakistan_army" not in {i for i, _ in ids(text)}


@pytest.mark.parametrize("text, force", [
    ("A suicide bomber who had crossed into Pakistan blew himself up at a police station. Police said two died.", "pakistan_police"),
    ("Protests were held across Pakistan after militants killed 10 policemen. Police said so.", "pakistan_police"),
    # nothing else says where: where they went is all there is
    ("The militants returned towards Pakistan after the attack. Police said two died.", "pakistan_police"),
])
def test_a_country_entered_or_all_there_is_still_votes(text, force):
    assert force in {i for i, _ in ids(text)}


def test_an_acronym_the_text_defines_for_an_actor_stays_that_actor():
    from ctwatch.extract.pipeline import extract

    text = ("Two personnel of Frontier Constabulary (FC) were killed in Peshawar. "
            "The FC personnel were on patrol when they were attacked.")
    assert {a.actor_id for a in extract(text).actors} == {"frontier_constabulary"}


def test_jaish_ul_fursan_is_known_as_a_faction_of_the_hafiz_gul_bahadur_group():
    found = ids("Jaish-ul-Fursan, a group linked to the Hafiz Gul Bahadur militant faction, claimed the attack in Bannu.")
    assert found[0] == ("jaish_ul_fursan", "Jaish-ul-Fursan")


def test_a_spokesman_is_a_source_not_a_party():
    """ISPR reports the military's operations: it speaks for the troops and is not one of the actors, but its
    statements keep it as their speaker."""
    from ctwatch.extract.pipeline import extract

    ex = extract("Troops killed four militants in North Waziristan on Monday, the Inter-Services Public Relations "
                 "(ISPR) said. \"The area is being cleared of terrorists,\" the ISPR said.")
    assert "ispr" not in {a.actor_id for a in ex.actors}
    assert "pakistan_security_forces" in {a.actor_id for a in ex.actors}
    assert [q.speaker for q in ex.quotes if q.kind == "direct"] == ["ispr"]


def test_an_unnamed_peace_committee_named_only_as_a_victims_membership_is_no_actor():
    assert ids("Unidentified assailants shot dead a member of a peace committee in Swat, Khyber Pakhtunkhwa.") == []
    assert ids("Gunmen shot dead a former peace committee member in Swat District of Khyber Pakhtunkhwa.") == []
    # a committee that acts, or one the text names, stays
    assert [i for i, _ in ids("The peace committee repulsed the attack on the village in Swat, Khyber Pakhtunkhwa.")] == [
        "aman_lashkar"]
    assert ids("Izhar Khan, a member of Charmang Peace Committee, said the attackers fled in Bajaur, Pakistan.") != []
    side = "Three militants were killed in a clash between LI militants and a local peace committee members in Tirah, Khyber."
    assert "aman_lashkar" in [i for i, _ in ids(side)]


@pytest.mark.parametrize("text, force", [
    ("Unidentified assailants shot dead two Khasadar (tribal police force) personnel in Jamrud, Khyber Agency.", "khasadar"),
    ("An official of the Khassadar Force (Tribal Police) was killed in Landi Kotal, Khyber Agency.", "khasadar"),
    ("A Counter Terrorism Department (CTD) Police Constable was shot dead in Peshawar, Khyber Pakhtunkhwa.", "ctd"),
])
def test_a_force_word_that_glosses_or_continues_a_named_force_is_that_force(text, force):
    assert [i for i, _ in ids(text)] == [force]


@pytest.mark.parametrize("text, name", [
    ("Akbar Ali was one of the top commanders of the Shura e Mujahideen Waziristan, officials in Wana, Pakistan, said.",
     "Shura e Mujahideen Waziristan"),
    ("Ansarul Mujahideen (AM), a sub network of the TTP, claimed the twin bombing in Peshawar. AM warned of more attacks.",
     "Ansarul Mujahideen"),
    ("Meanwhile, Al Shohada brigade, a shadow outfit of LeT, claimed the attack in Pulwama, Jammu and Kashmir.",
     "Al Shohada brigade"),
])
def test_an_unlisted_group_the_tagger_misses_is_found_by_its_group_word(text, name):
    found = [(m.actor_id, m.span.text) for m in find_actors(parse(text))]
    assert (None, name) in found
    if "(AM)" in text:
        assert found.count((None, "AM")) == 2


def test_a_group_word_in_a_persons_name_is_no_group():
    assert ids("Journalist Ansar Abbasi said in Islamabad, Pakistan, that the talks had failed.") == []
    assert (None, "Uri Brigade") not in ids("Militants set ablaze the Army camp at Uri Brigade headquarter in "
                                            "Baramulla, Jammu and Kashmir.")
    assert (None, "Quetta Brigade") not in ids("The attack on the Quetta Brigade was repulsed, officials in Pakistan said.")
    assert ids('"Our mujahideen will strike again," the spokesman said in Peshawar, Pakistan.') == []


@pytest.mark.parametrize("text", [
    "Security officials believe the TTP was behind the blast in Quetta, Pakistan.",
    "The meeting between security officials and tribal elders in Wana, Pakistan, ended without a deal.",
    "The jirga, attended by tribal elders including security officials, met in Wana, Pakistan.",
    "Morale was high among security personnel in Quetta, Pakistan.",
])
def test_generic_forces_that_only_think_meet_or_are_present_take_no_part(text):
    assert "pakistan_security_forces" not in [i for i, _ in ids(text)]


@pytest.mark.parametrize("text, expected", [
    ("The Punjab Police Counter Terrorism Department arrested three men in Lahore.", ["punjab_police", "ctd"]),
    ("Rangers Police jointly raided a house in Karachi, Pakistan.", ["pakistan_rangers", "pakistan_police"]),
])
def test_a_second_force_or_unit_after_a_named_force_stays(text, expected):
    assert [i for i, _ in ids(text)] == expected


@pytest.mark.parametrize("text", [
    "Militants attacked a post near Lashkar Gah, capital of Helmand.",
    "Gunmen shot dead Lashkar Khan, a local elder, in Bannu, Pakistan.",
    "A blast hit Jaish Colony in Bahawalpur, Pakistan.",
    "The Karachi Fire Brigade put out the blaze in Karachi, Pakistan.",
])
def test_a_place_person_or_service_with_a_group_word_is_no_group(text):
    assert [i for i, name in ids(text) if i is None] == []


def test_a_hyphenated_group_name_is_found_whole():
    assert (None, "Jaish-ul-Mujahideen Pakistan") in ids("Jaish-ul-Mujahideen Pakistan claimed the attack in Quetta.")


def test_troops_of_a_named_force_act_as_that_force():
    from ctwatch.extract.pipeline import extract

    event = extract("Troops of the Frontier Corps killed three terrorists in Kech District on Monday.").events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Armed clash", "frontier_corps")


def test_troops_of_a_named_force_are_that_forces():
    found = ids("Official sources said troops of the Afghan National Army (ANA) fired mortar shells at border posts in "
                "Kurram, Pakistan.")
    assert "pakistan_security_forces" not in [i for i, _ in found] and "andsf" in [i for i, _ in found]


@pytest.mark.parametrize("text, expected", [
    ("Four people were killed when the Kamalkhel and Sultankhel clans fought over a water channel near Sadda in "
     "Kurram District on Monday.", ["Kamalkhel", "Sultankhel"]),
    ("Two tribesmen died in a gunfight between the Zaimusht and Mamozai tribes in Orakzai on Friday.",
     ["Zaimusht", "Mamozai"]),
    ("A land dispute between Jaji and Mangal tribesmen turned into a clash near Parachinar on Sunday.", ["Jaji", "Mangal"]),
])
def test_tribes_and_clans_that_fight_are_parties(text, expected):
    found = [m for m in find_actors(parse(text)) if m.actor_id is None]
    assert [m.span.text for m in found] == expected and {m.kind for m in found} == {"militia"}


@pytest.mark.parametrize("text", [
    "The victim belonged to the Wazir tribe, police in Bannu said on Monday.",
    "Elders of the Marwat tribe met the deputy commissioner in Lakki Marwat on Monday.",
])
def test_a_tribe_named_outside_a_fight_is_no_party(text):
    assert [m for m in find_actors(parse(text)) if m.actor_id is None] == []


def test_named_gangs_and_their_members_are_parties():
    assert (None, "Nadir Khan gang") in ids("Three men were killed when members of the Sher Ali group and the rival "
                                            "Nadir Khan gang exchanged fire in Lyari, Karachi, on Sunday.")
    assert (None, "Sher Ali group") in ids("Members of the Sher Ali group traded fire with police in Lyari, Karachi.")
    assert (None, "Ghulam Rasool gang") in ids("Police killed two members of the Ghulam Rasool gang in Rajanpur.")
    assert [i for i, _ in ids("The Lyari gang war claimed another life in Karachi on Monday.") if i is None] == []


@pytest.mark.parametrize("text, gang", [
    # a clan name the tagger reads as a people or an adjective ("Sabzoi" NORP, "Jatoi" ADJ) still names the gang
    ("Members of the Sabzoi gang killed two policemen near Kandhkot in Kashmore district on Monday.", "Sabzoi gang"),
    # the outlaws of a gang did what they did
    ("Dacoits of the Jatoi gang killed two policemen near Kandhkot in Kashmore district on Monday.", "Jatoi gang"),
])
def test_a_gang_named_by_its_members_carried_out_the_attack(text, gang):
    from ctwatch.extract.pipeline import extract

    assert [e.perpetrator.name for e in extract(text).events] == [gang]


def test_militants_by_origin_are_no_named_group():
    found = ids("The Uzbek group claimed responsibility for the attack on a check post in North Waziristan District.")
    assert [text for i, text in found if i is None] == []


def test_the_gang_is_the_gang_named_before():
    from ctwatch.extract.pipeline import extract

    events = extract("Police killed two members of the Ghulam Rasool gang in an encounter in Rajanpur on Tuesday. "
                     "Two days later, the gang abducted three labourers near Jampur.").events
    assert [(e.acled_sub_event_type, e.perpetrator and e.perpetrator.name) for e in events] == [
        ("Armed clash", "Police (Pakistan, unspecified)"), ("Abduction/forced disappearance", "Ghulam Rasool gang")]


@pytest.mark.parametrize("text, expected", [
    ("In Orakzai, Mishti and Sturi Khel tribesmen exchanged fire over a forest, killing one man.", ["Mishti", "Sturi Khel"]),
    ("On Monday, Turi and Bangash tribesmen clashed over a land dispute in Parachinar, Kurram district.", ["Turi", "Bangash"]),
    # (a sect named before a tribe is no part of its name)
    ("Clashes between the Shia Bangash and Sunni Mangal tribes in Sadda left six dead.", ["Bangash", "Mangal"]),
    ("Gunmen shot dead a Mehsud tribal elder in Tank; police said he was involved in a feud with the Bhittani tribe.", []),
    ("Two Turi tribesmen were injured in a clash between security forces and militants in Parachinar.", []),
    ("A member of the Wazir tribe was killed in a clash between security forces and TTP militants in Mir Ali.", []),
])
def test_only_tribes_that_are_a_fights_sides_are_parties(text, expected):
    assert [m.span.text for m in find_actors(parse(text)) if m.actor_id is None] == expected


def test_the_gang_is_not_one_of_another_incident_nor_a_gang_rape():
    from ctwatch.extract.pipeline import extract

    events = extract("Police killed two members of the Kacho gang in Kashmore on Monday. In Shikarpur, a gang of dacoits "
                     "abducted a trader on Tuesday, and police said the gang demanded a ransom.").events
    assert events[-1].perpetrator.name == "Unidentified Armed Group"
    found = ids("Police arrested three members of the Chotu gang in Rajanpur. Separately, hundreds protested in Kasur "
                "against the gang-rape of a minor girl.")
    assert [text for i, text in found if i is None] == ["Chotu gang"]
