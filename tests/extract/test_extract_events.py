"""Incident mentions: specific versus general statements, typing by who was hit, perpetrators, splits.

Hand-written sentences, one phenomenon each.
"""

from __future__ import annotations

from datetime import date

import pytest

from ctwatch.extract.events import load_rules, sentence_cues
from ctwatch.extract.pipeline import extract


def _types(text: str) -> list[str | None]:
    return [e.acled_sub_event_type for e in extract(text).events]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen opened fire on a police patrol in Bannu district on Monday, killing two constables.", "Armed clash"),
    ("Unidentified gunmen shot dead a shopkeeper outside his house in Quetta on Friday.", "Attack"),
    ("A roadside bomb exploded near a school van in Bajaur on Tuesday, injuring five children.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 12 worshippers.", "Suicide bomb"),
    ("Militants hurled a hand grenade at a shop in Turbat, injuring three people.", "Grenade"),
    ("Two rockets fired from the mountains landed near the cantonment in Wana on Sunday.", "Shelling/artillery/missile attack"),
    ("Police arrested three suspects in Karachi on Wednesday.", "Arrests"),
    ("The bomb disposal squad defused an explosive device planted on the road in Kohat.", "Disrupted weapons use"),
    ("Armed men abducted two engineers working on a road project in Kech district.", "Abduction/forced disappearance"),
    ("Unidentified assailants set two girls schools on fire in Pishin District on August 7.", "Looting/property destruction"),
    ("A bullet-riddled body was found in Kuchlak area of Quetta on July 27.", "Attack"),  # the body shows the attack
    ("Five labourers were shot dead when militants attacked a camp of a private construction company in Kech District.",
     "Attack"),  # a company's camp is no forces' camp
    ("Militants attacked a Frontier Corps camp in Kech District on Monday, killing two soldiers.", "Armed clash"),
    ("FC personnel arrested four suspected militants during a search operation in Killi Ismail, Quetta.",
     "Arrests"),  # "Killi" (a village) is no killing
])
def test_incident_types(text, expected):
    assert _types(text)[0] == expected


@pytest.mark.parametrize("text", [
    "The group has carried out sectarian attacks, bombings and targeted assassinations.",
    "The militants often attack security personnel and government installations.",
    "The policy is aimed at preventing attacks and deterring recruitment.",
    "Whether the two groups clash over territory or ideology, they share one agenda.",
    "Officials warned that militants may attack polling stations.",
    "The equipment goes to police in Bannu and Tank districts, where check-posts have come under frequent attack.",
    "Police stations in the district face recurring attacks by militants.",
])
def test_general_habitual_and_hypothetical_statements_are_not_incidents(text):
    assert [e for e in extract(text).events if e.status in ("occurred", "foiled")] == []


def test_threats_and_denials_are_kept_with_their_status():
    [threat] = extract("Officials warned that militants may attack polling stations in Quetta.").events
    assert threat.status == "hypothetical"
    [denial] = extract("Police said no attack took place in the city.").events
    assert denial.status == "negated"


def test_an_attack_then_a_defused_device_are_two_incidents():
    text = ("A bomb exploded in a market in Dera Ismail Khan on Monday, killing two persons. "
            "The bomb disposal squad later reached the site and defused two more bombs.")
    assert _types(text) == ["Remote explosive/landmine/IED", "Disrupted weapons use"]


def test_a_vest_removed_from_the_arrested_bomber_is_the_foiled_attack():
    text = ("Police foiled a terrorist attack on a Muharram procession by arresting a would be suicide bomber in Dera "
            "Ismail Khan on December 3. A suicide vest packed with explosives was removed from his body by the Bomb "
            "Disposal Squad (BDS). The DPO said the boy had been trained in North Waziristan and had been sent by TTP "
            "commander Qari Saifullah to carry out the attack.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.place.admin2) for e in events] == [("Disrupted weapons use", "Dera Ismail Khan")]


def test_what_the_dead_or_arrested_had_been_involved_in_is_no_incident():
    text = ("Security forces killed five militants during an intelligence based operation in Kohlu District on "
            "November 22. A large quantity of arms, ammunition and explosives was recovered from the hideout. The "
            "statement said the slain militants had been involved in attacks on security forces and in planting "
            "improvised explosive devices (IEDs) on roads in the area.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]
    arrest = extract("Police arrested two militants in Quetta on Monday who had been involved in attacks on policemen.")
    assert [e.acled_sub_event_type for e in arrest.events] == ["Arrests"]


def test_the_victims_are_not_the_perpetrators():
    event = extract("Two Frontier Corps personnel were killed when a roadside bomb hit their vehicle in Khyber.").events[0]
    assert event.perpetrator.name == "Unidentified Armed Group"
    assert event.killed.total.value == 2


def test_fighting_between_two_named_groups_makes_them_actor1_and_actor2():
    text = "Analysts say the recent fighting between the IS-KP and the BLA shows how volatile these groups are."
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id, event.target.actor_id) == ("Armed clash", "iskp", "bla")


def test_a_claim_of_responsibility_names_the_perpetrator():
    text = ("A bomb ripped through a bus in Quetta on Monday, killing six passengers. "
            "The Balochistan Liberation Army claimed responsibility for the attack.")
    event = extract(text).events[0]
    assert event.claimed_by is not None and event.perpetrator.actor_id == "bla"


@pytest.mark.parametrize("text", [
    # a claim in the present tense, as a pamphlet or statement words it
    "Militants hurled grenades at a TV office in Islamabad on January 13. The attackers left pamphlets which said "
    "the Islamic State (IS) claims responsibility for the attack.",
    # a group that says its own fighters did it
    "A couple was abducted from Quetta on May 24. The Islamic State (IS) claimed on June 8 that its fighters had "
    "kidnapped and killed the couple.",
])
def test_a_claim_in_other_words_names_the_perpetrator(text):
    event = next(e for e in extract(text).events if e.status == "occurred")
    assert event.perpetrator.actor_id == "islamic_state"


def test_meanwhile_opens_no_other_incident_when_the_claim_is_of_the_attack_just_told():
    text = ("Twelve persons were killed when a suicide bomber targeted the Khassadar force in the Karkhano Market of "
            "Khyber Agency on January 19. Meanwhile, the Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Suicide bomb", "ttp")


@pytest.mark.parametrize("text, actor", [
    # an "encounter with" a force, or a force's own encounter or raid: the force acted, whoever died
    ("One man was killed and two others were arrested in an armed encounter with Security Forces in Sibi "
     "District on Monday.", "pakistan_security_forces"),
    ("Two terrorists were killed in a Police encounter in Mardan on Friday.", "pakistan_police"),
    ("Four Tehreek-e-Taliban Pakistan terrorists were killed in a Police encounter in Mardan on Friday.", "pakistan_police"),
    ("Security forces killed five militants in Datta Khel area of North Waziristan on Monday.", "pakistan_security_forces"),
    # a force that only reports the killing did not do it; one that claims to have done it did
    ("Police said that militants killed two villagers in Bannu on Monday.", "unidentified"),
    ("The District Malir Police claimed to have shot dead three terrorists in Karachi on Monday.", "pakistan_police"),
    # a gun battle with the forces is their operation, unless the text says the militants opened fire on them
    ("Two militants were killed and another was arrested during a gun battle with law enforcement agencies in "
     "Mastung District on November 26.", "pakistan_security_forces"),
    ("Three militants were killed in an encounter with Police and Security Forces in Quetta on July 13. Police "
     "officials said that militants opened fire on a Police patrolling party in the area.", "unidentified"),
    # militants who threw grenades at the force started the exchange of fire
    ("A Levies trooper and a suspected militant were killed in an exchange of fire at a check post in Mohmand "
     "District on Monday. Two car riders hurled grenades on the Levies personnel.", "unidentified"),
    # militants who attacked the force started it: unnamed, or the group the text names as the attackers
    ("Six militants and a soldier were killed during an encounter in Kalaya area of Orakzai District on Monday. "
     "Sources said that the militants attacked a Frontier Corps outpost and the FC retaliated.", "unidentified"),
    ("Four soldiers and nine militants were killed when militants attacked a bunker in Tirah Valley on May 3. "
     "Sources said that dozens of Lashkar-e-Islam militants stormed the bunker at night.", "lashkar_e_islam"),
    ("Four soldiers and nine militants were killed when militants attacked a bunker in Tirah Valley on May 3. "
     "Dozens of Lashkar e Islam (LI) and the Tehreek e Taliban Pakistan (TTP) militants stormed it.", "lashkar_e_islam"),
])
def test_who_started_an_encounter_is_its_perpetrator(text, actor):
    perpetrator = extract(text).events[0].perpetrator
    assert (perpetrator.actor_id or "unidentified") == actor, perpetrator


@pytest.mark.parametrize("text, actor, sub_event", [
    # troops who attacked a camp attacked it; a force's operation that was attacked did not attack
    ("Twelve militants were killed when troops attacked their camp in North Waziristan on Monday.",
     "pakistan_security_forces", "Armed clash"),
    ("Militants attacked a police search operation in Tank District, killing two constables.", "unidentified", "Armed clash"),
    ("A suicide bomber blew himself up near a police raid party in Peshawar, killing three policemen.",
     "unidentified", "Suicide bomb"),
])
def test_a_force_is_the_perpetrator_only_when_it_acted(text, actor, sub_event):
    [event] = extract(text).events
    assert ((event.perpetrator.actor_id or "unidentified"), event.acled_sub_event_type) == (actor, sub_event)


@pytest.mark.parametrize("follow_up", [
    "Another militant was arrested in injured condition.",
    "The other two attackers were arrested.",
    "The police retaliated and arrested three terrorists.",
    "Police claimed the two suspected attackers were arrested.",
    "Police also seized arms, hand grenades and narcotics during the operation.",
    "Weapons and explosives were recovered from the site of the encounter.",
    "Police also seized two Kalashnikovs from their possession.",
    "The Army has recovered four AK 47 rifles from the killed terrorists.",
])
def test_an_arrest_or_seizure_that_points_back_belongs_to_the_incident(follow_up):
    text = "Two militants were killed in an encounter with police in Bannu District on June 3. " + follow_up
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


@pytest.mark.parametrize("follow_up", [
    "Separately, police arrested three suspects in Kohat.",
    "Police arrested three suspects in Kohat District on June 5.",
    "Security forces defused a bomb planted near the check post.",
])
def test_an_arrest_seizure_or_defusal_of_its_own_is_another_incident(follow_up):
    text = "Two militants were killed in an encounter with police in Bannu District on June 3. " + follow_up
    assert len(extract(text).events) == 2


def test_a_vow_reported_after_the_incident_does_not_unmake_it():
    text = "Security forces killed five militants in an encounter in Bannu the TTP said it would continue to attack"
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_a_threat_long_after_the_incident_does_not_unmake_it():
    # an unpunctuated report is one long "sentence": the group's vow at its end is not about the blast
    text = ("Militants blew up part of a government school in Tiarza area of South Waziristan on February 19 reports "
            "Dawn a splinter group of the TTP claimed responsibility for the attack and a spokesman of the group "
            "said the group would continue to attack government installations in the area")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Remote explosive/landmine/IED"]
    assert extract("Militants frequently attack schools in the area.").events == []


def test_a_militant_blowing_himself_up_in_a_raid_is_part_of_the_clash():
    text = ("The Counter Terrorism Department killed three militants in a raid in Khanewal District on Monday. "
            "The fourth terrorist detonated his explosive vest, killing himself.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Armed clash", "ctd")


@pytest.mark.parametrize("text", [
    # members of an armed group or militia are no civilians: killing them is a clash (ACLED)
    "Unidentified assailants shot dead a member of a peace committee at Sandheri in Swat District on July 23.",
    "Four pro-government tribesmen from a militia were shot dead in a hujra in Peshawar on January 23.",
    "Unidentified assailants shot dead a senior Afghan Taliban commander in Kuchlak area of Quetta on January 8.",
])
def test_killing_members_of_an_armed_group_is_a_clash(text):
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    # armed men named as the attackers, or elsewhere in the report, do not make the victims combatants
    "Taliban fighters shot dead three polio workers in Bajaur on Monday.",
    "Unidentified gunmen killed a shopkeeper in Quetta on Monday. Police said militant leaders had demanded extortion money.",
    "Militants shot dead two pro-government tribal leaders in Bajaur on Monday.",
])
def test_armed_men_who_are_not_the_victims_leave_it_an_attack(text):
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


@pytest.mark.parametrize("text", [
    # a policeman or soldier killed by unidentified gunmen: an attack on the forces is a clash (ACLED)
    "A Counter Terrorism Department (CTD) Police Constable was shot dead by unidentified assailants in Karachi on September 20.",
    "A Superintendent of Police (SP) of Elite Force was killed when gunmen opened fire in Swabi District on July 17.",
    "Unidentified militants killed a Frontier Corps (FC) official in Peshawar on October 4.",
    "Separately Superintendent of Police SP Muhammad Ilyas was shot dead in Quetta on November 15.",
    "Unidentified militants shot dead an official of the Levies Force in Mamond tehsil of Bajaur on January 21.",
    "Two police officers were injured when militants hurled a hand grenade at a police mobile in Karachi. The police retaliated.",
])
def test_an_officer_of_the_forces_killed_is_a_clash(text):
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_an_attack_on_a_civilian_convoy_is_no_attack_on_the_forces():
    text = ("Seven of the 35 tribesmen who were abducted in an attack on a civilian convoy in Kurram Agency on "
            "March 26 are suspected to have been killed by their abductors.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_forces_attacked_and_abducted_is_a_clash():
    text = ("More than 400 militants stormed security checkpoints in Khyber District on December 27, killing two "
            "Levies personnel and abducting 22 others.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_a_suicide_bomber_who_attacked_an_officer_is_a_suicide_bombing():
    text = ("A senior police official and his driver were killed when a suicide bomber attacked them in Nowshera "
            "District on October 28. His last encounter saw a senior TTP leader killed.")
    assert [e.acled_sub_event_type for e in extract(text).events][0] == "Suicide bomb"


def test_suicide_bombers_killed_in_an_exchange_of_fire_are_a_clash():
    text = ("One civilian and four suicide bombers were killed after terrorists attacked Christian Colony of Peshawar "
            "on September 2 and exchanged fire with Security Forces.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


@pytest.mark.parametrize("text, actor", [
    # the military's press wing reports, it does not fight
    ("Three militants and one soldier were killed during an exchange of fire in Mohmand Agency on April 26. "
     "Inter Services Public Relations (ISPR) said that a soldier deployed at a check post was killed.", "unidentified"),
    # a headline-style passive: the group named first was hit; an air strike is the state's
    ("12 Lashkar-e-Islam militants killed in air strikes in the Rajgal valley of Khyber Agency on December 4. "
     "According to security sources, Pakistan Air Force jets targeted militant hideouts.", "pakistan_air_force"),
    # forces that shot militants who had attacked their post did not start it
    ("Security Forces shot dead four militants in a retaliatory firing when a group of militants attacked a "
     "security check post in Orakzai Agency on Monday.", "unidentified"),
    # a splinter's claim, however the text relates it to the parent
    ("A suicide attack targeting police killed 11 persons in Peshawar on March 15. The TTP splinter group "
     "Ahrar-ul-Hind claimed responsibility.", "ahrar_ul_hind"),
    # present tense in a report: the attackers still attacked
    ("Two soldiers were killed when a group of Tehreek-e-Taliban Pakistan militants attack a roadside military "
     "post near Ladha town in South Waziristan.", "ttp"),
])
def test_who_acted_in_reports_of_clashes_and_strikes(text, actor):
    perpetrator = extract(text).events[0].perpetrator
    assert (perpetrator.actor_id or "unidentified") == actor, perpetrator


@pytest.mark.parametrize("text, sub_event", [
    ("A security guard was shot dead by unidentified gunmen at an imambargah in Quetta on January 15.", "Attack"),
    ("Taliban militants attacked a convoy carrying food items and medicines near Sadda in Kurram on January 4 "
     "and torched seven vehicles.", "Attack"),
])
def test_private_guards_and_supply_convoys_are_civilian(text, sub_event):
    assert extract(text).events[0].acled_sub_event_type == sub_event


def test_the_bomb_squad_that_examined_or_defused_a_device_that_went_off_is_the_same_incident():
    exploded = ("Two policemen were injured in an explosion at a police station in Haripur on November 25. The blast "
                "took place as the Bomb Disposal Squad was defusing the device.")
    assert [e.acled_sub_event_type for e in extract(exploded).events] == ["Remote explosive/landmine/IED"]
    examined = ("Five persons were killed when a bomb exploded at Nishtarabad Chowk in Peshawar on September 19. The "
                "in charge of the bomb disposal unit said that about 8 kilograms of explosives were used in the blast.")
    assert [e.acled_sub_event_type for e in extract(examined).events] == ["Remote explosive/landmine/IED"]


def test_separate_incidents_told_one_by_one_are_not_counted_twice():
    text = ("Two persons were killed in two different incidents of violence in Balochistan on August 3. Armed "
            "motorcyclists shot dead a Levies man in Tump area of Kech District. Separately, armed men killed "
            "a trader in Dasht area of Kalat District.")
    assert len(extract(text).events) == 2


def test_a_former_militia_member_is_a_civilian():
    text = "Unidentified militants shot dead a former Swat peace committee member in Sher Palam village on October 28."
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_a_later_claim_names_the_perpetrator_of_the_incident_before_it():
    text = ("Twin bomb blasts hit two navy buses in Karachi on April 26, killing four persons. Later, the "
            "Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the blasts.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.perpetrator.actor_id) for e in events] == [("Remote explosive/landmine/IED", "ttp")]
    reported = ("A bomb killed six persons at an election office in Karachi on April 25. The TTP spokesman has "
                "reportedly claimed the responsibility for the blast.")
    assert extract(reported).events[0].perpetrator.actor_id == "ttp"


def test_a_claim_for_one_attack_is_no_profile():
    text = ("The Tehreek-e-Taliban Pakistan (TTP) has claimed responsibility for a suicide attack. The TTP spokesman "
            "said the attack on the Security Forces convoy was a reaction to the military operation.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Suicide bomb", "ttp")


def test_people_killed_in_separate_incidents_are_as_many_incidents():
    text = "Three persons, including a child, were killed in separate incidents of target killing in Karachi on July 6."
    assert len(extract(text).events) == 3
    # a report that tells the incidents one by one has them already; a count of some victims is no total
    itemised = ("Three people were killed in separate incidents in Karachi on July 6. A trader was shot dead in "
                "Lyari. In another incident, a policeman was shot dead in Korangi. Separately, a man was killed in Orangi.")
    assert len(extract(itemised).events) == 3
    among = "Two policemen were among five people killed in separate incidents in Karachi on July 6."
    assert len(extract(among).events) == 1


@pytest.mark.parametrize("text, types", [
    ("Gunmen killed two policemen in Bannu on Monday. Two hand grenades were also recovered from the site.", ["Armed clash"]),
    ("Police arrested three suspected terrorists in Lahore on Monday. Grenades were recovered from their possession.",
     ["Arrests"]),
])
def test_devices_recovered_from_the_people_or_scene_of_the_incident_belong_to_it(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events] == types


def test_explosive_devices_recovered_after_a_blast_are_a_disrupted_weapons_use():
    text = ("An IED planted in a bicycle went off near the university in Tando Jam on December 9, injuring two. "
            "Officials said that two explosive devices were recovered from the crime scene while a suspect was taken into custody.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Remote explosive/landmine/IED", "Disrupted weapons use"]


def test_a_clash_that_took_place_is_no_capture():
    text = "A clash between security forces and militants took place in Alikhail area of Orakzai District on Monday."
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_rockets_in_a_clash_are_the_clash():
    text = ("Four militants and two soldiers were killed during a clash when militants attacked a military check "
            "post with rockets in Kurram Agency on April 9.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_rockets_fired_at_least_n_times_are_no_gunfire():
    # "fired at least 20 rockets": "fired at" opens a count here, not a target
    text = ("A soldier was injured when militants targeted Government buildings in Bara tehsil of Khyber Agency on "
            "January 23. Militants fired at least 20 rockets at Fort Salop. Three rockets landed in Fort Salop, "
            "injuring Frontier Corps personnel.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Shelling/artillery/missile attack"]


def test_grenades_in_an_exchange_of_fire_are_a_clash():
    text = ("Two suspects hurled grenades at a Levies check post in Mohmand District on Monday, leading to an "
            "exchange of fire in which a Levies trooper was killed.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]
    ambush = ("Militants ambushed a convoy in Kurram District on Monday, killing a soldier. They detonated a bomb "
              "near a military vehicle and then opened fire at the convoy.")
    assert [e.acled_sub_event_type for e in extract(ambush).events] == ["Armed clash"]
    roadside = "A roadside bomb hit a military convoy in Kurram District on Monday, killing a soldier."
    assert [e.acled_sub_event_type for e in extract(roadside).events] == ["Remote explosive/landmine/IED"]


def test_a_foiled_bomb_described_after_the_foiling_stays_foiled():
    text = ("An attempt by militants to target a shrine in Sui area of Dera Bugti District was foiled by security "
            "forces on May 8. The locally made IED, weighing about 10 kg, had been planted near the shrine.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Disrupted weapons use"]
    went_off = "Security forces defused a bomb in Sui on May 8. A second bomb exploded nearby, injuring two."
    assert "Remote explosive/landmine/IED" in [e.acled_sub_event_type for e in extract(went_off).events]


def test_a_claim_names_the_group_not_the_one_it_split_from():
    text = ("Gunmen shot dead a vaccinator in Mardan on Monday. The Jamaat-ul-Ahrar (JuA), a breakaway faction "
            "of the Tehreek-e-Taliban Pakistan (TTP), claimed responsibility for the killing.")
    assert extract(text).events[0].perpetrator.actor_id == "jamaat_ul_ahrar"
    unpunctuated = ("Gunmen shot dead a vaccinator in Mardan on Monday reports Dawn Jamaat ul Ahrar JuA a breakaway "
                    "faction of the Tehreek e Taliban Pakistan TTP claimed responsibility for the killing")
    assert extract(unpunctuated).events[0].perpetrator.actor_id == "jamaat_ul_ahrar"
    # a wing claims for the group it belongs to
    wing = ("A bomb killed two soldiers in Kech District on Monday. The Zirab unit, the intelligence wing of the "
            "Balochistan Liberation Army, claimed responsibility.")
    assert extract(wing).events[0].claimed_by.actor_id == "bla"


def test_the_group_a_claimant_split_from_is_not_the_target():
    """A parent named only to say what the claimant is (before or after it) was not attacked, and the
    claim relation runs to no one."""
    text = ("Militants blew up a government school in South Waziristan on February 19. A splinter group of the "
            "Tehreek-e-Taliban Pakistan (TTP), the Sajna group, claimed responsibility for the attack.")
    ex = extract(text)
    assert ex.events[0].claimed_by.actor_id == "ttp_sajna"
    assert ex.events[0].target is None
    assert not [r for r in ex.relations if r.kind == "claim"]
    after = ("Gunmen shot dead a vaccinator in Mardan on Monday. The Jamaat-ul-Ahrar (JuA), a breakaway faction "
             "of the Tehreek-e-Taliban Pakistan (TTP), claimed responsibility for the killing.")
    assert extract(after).events[0].target is None
    no_article = ("Gunmen shot dead a vaccinator in Mardan on Monday. Jamaat ul Ahrar (JuA), breakaway faction of "
                  "Tehreek e Taliban Pakistan (TTP), claimed responsibility of the attack.")
    assert extract(no_article).events[0].target is None
    # nor is the claimant's parent: the wing that claimed is the subject, the soldiers it killed the target
    wing = extract("A suicide bomber killed two soldiers in Kech District on Monday. The Majeed Brigade, the suicide "
                   "wing of the Balochistan Liberation Army, claimed responsibility.")
    assert (wing.events[0].claimed_by.actor_id, wing.events[0].target.actor_id) == ("majeed_brigade", "pakistan_security_forces")
    squad = extract("A suicide bomber killed two soldiers in Kech District on Monday. The Majeed Brigade, the suicide "
                    "squad of the separatist Balochistan Liberation Army (BLA), claimed responsibility.")
    assert squad.events[0].claimed_by.actor_id == "majeed_brigade"
    # a faction attacked is still a target: no group follows to be described
    attacked = "Islamic State militants attacked a faction of the TTP in Bajaur District on Monday, killing six."
    assert extract(attacked).events[0].target.actor_id == "ttp"


def test_stated_number_of_separate_incidents_is_kept():
    text = "Unidentified assailants killed three policemen in two separate incidents in Mastung District on July 2."
    assert _types(text) == ["Armed clash", "Armed clash"]


def test_date_and_place_are_resolved_against_publication():
    event = extract("Militants attacked a check post in Lakki Marwat district on Sunday, killing a soldier.",
                    published=date(2025, 3, 5)).events[0]
    assert event.date == date(2025, 3, 2) and event.time_precision == 1
    assert (event.place.admin1, event.place.admin2) == ("Khyber Pakhtunkhwa", "Lakki Marwat")


def test_a_separate_encounter_is_another_incident():
    text = ("Police killed two suspects in an encounter at Gulshan e Maymar area of Karachi on June 20. "
            "In a separate encounter, Police killed one gangster in Lyari Town area.")
    assert len([e for e in extract(text).events if e.status == "occurred"]) == 2


@pytest.mark.parametrize("text, n", [
    # a summary of several incidents and one of them told: that one, and one for the rest
    ("At least eight persons were killed in separate incidents in Karachi on August 25. Maulana Akbar, a "
     "spokesperson of the ASWJ, succumbed to his injuries after an armed attack near Safari Park in Gulshan e Iqbal Town.", 2),
    ("Unidentified assailants killed three Levies personnel in two separate incidents in Mastung District on July 2. "
     "Two Levies personnel were killed when attackers opened fire at them in Al Falah Road area of Mastung city.", 2),
    # every incident told, one by one
    ("Two policemen were killed in two separate incidents in Peshawar on Monday. In the first incident, a constable "
     "was shot dead in Hayatabad. In another incident, a head constable was shot dead in Badaber.", 2),
    # counted, and one told: as many as it counts
    ("Militants abducted nine people in two separate incidents from Zhob District on January 4. Sources said the "
     "kidnappers checked identity cards of the passengers of a bus coming from Quetta.", 2),
    # counted and told, without "in another incident" between them
    ("Four persons were killed in different incidents of violence in Karachi on May 2. Shahnawaz was killed by "
     "unidentified assailants in Malir. Maula Bux was shot dead in Zia Colony. Gul Nawab was killed in Nata Khan Goth.", 4),
    # nothing told: as many as it counts
    ("Three persons were killed in separate incidents in Karachi on Monday.", 3),
])
def test_a_summary_of_separate_incidents_and_the_ones_it_tells(text, n):
    assert len([e for e in extract(text).events if e.status == "occurred"]) == n


def test_an_organisation_named_only_as_the_victims_affiliation_is_no_perpetrator():
    text = ("A spokesperson for Ahl-e-Sunnat Wal Jamaat (ASWJ) succumbed to his injuries after an armed attack near "
            "Safari Park in Karachi on August 25.")
    assert extract(text).events[0].perpetrator.actor_id is None


@pytest.mark.parametrize("text", [
    "Four Policemen were killed when Lashkar-e-Jhangvi (LeJ) militants open fired at them at a gas station in Quetta on January 28.",
    # the forces were attacked and fought back: the group whose men they killed had attacked them
    "Three Lashkar-e-Jhangvi (LeJ) militants were shot dead and one Policeman was injured in retaliatory firing in Karachi "
    "on March 8. A Police party on its routine patrol came under attack by suspected militants. The police returned fire.",
])
def test_the_group_that_fired_on_the_forces_started_the_clash(text):
    event = extract(text).events[0]
    assert event.acled_sub_event_type == "Armed clash" and event.perpetrator.actor_id == "lashkar_e_jhangvi"


@pytest.mark.parametrize("after", ["She had been elected unopposed.", "She had won the seat unopposed."])
def test_an_election_won_unopposed_is_no_transfer_of_territory(after):
    text = ("A woman councillor was shot dead by unidentified armed assailants in Khawarai area of Nowshera District on "
            "September 25. " + after)
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_territory_taken_unopposed_is_a_transfer():
    text = "Taliban fighters took control of the district headquarters in Ghazni Province unopposed on Monday."
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Non-violent transfer of territory"]


def test_the_force_that_found_the_bodies_did_not_kill():
    text = ("Two dead bodies of abducted passengers were found by Security Forces from a mountainous area in Bolan "
            "District on December 24. Unidentified miscreants had opened fire at a passenger bus near Mach.")
    assert all(e.perpetrator.acled_inter != 1 for e in extract(text).events if e.status == "occurred")


def test_an_earlier_report_of_the_same_killing_is_no_new_incident():
    text = ("At least five Hazaras were killed when unidentified militants opened fire on their car on Spiny Road in "
            "Quetta on March 29, reported Dawn. Earlier, The News reported that two people were killed. Lashkar-e-Jhangvi "
            "claimed responsibility for the attack.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert len(events) == 1 and events[0].perpetrator.actor_id == "lashkar_e_jhangvi"


def test_a_later_arrest_tied_to_the_killing_belongs_to_it():
    text = ("A prayer leader was shot dead inside a mosque in Gulistan e Jauhar area of Karachi on July 12. Later, the "
            "Police arrested a suspect after the prayer leader's killing.")
    assert len([e for e in extract(text).events if e.status == "occurred"]) == 1


IED_AND_GUNSHIPS = ("A Security Force official was injured when an IED exploded on Ghulam Khan Road near Miranshah, "
                    "North Waziristan, on April 15. The search continued while helicopter gunships attacked suspected "
                    "militant hideouts. No group claimed responsibility for the blast, which came as the "
                    "Tehreek-e-Taliban Pakistan (TTP) was meeting.")


def test_gunships_sent_after_a_bombing_are_an_air_strike_of_their_own():
    events = [e for e in extract(IED_AND_GUNSHIPS).events if e.status == "occurred"]
    assert [e.acled_sub_event_type for e in events] == ["Remote explosive/landmine/IED", "Air/drone strike"]
    # ... but jets that killed the militants the report counts are that strike
    text = "Ten militants were killed in North Waziristan on Monday. Jet fighters pounded militant hideouts in Datta Khel."
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    IED_AND_GUNSHIPS,
    "A bomb went off in a market in Bannu on Monday, killing two. No group or individual has claimed responsibility "
    "for the attack, but police suspect the Tehreek-e-Taliban Pakistan (TTP).",
    "A bomb went off in a market in Bannu on Monday, killing two. No one immediately claimed responsibility for the "
    "blast in which the Tehreek-e-Taliban Pakistan (TTP) is suspected.",
])
def test_no_claim_of_responsibility_names_no_perpetrator(text):
    event = next(e for e in extract(text).events if e.status == "occurred")
    assert event.perpetrator.actor_id is None and event.claimed_by is None


@pytest.mark.parametrize("text", [
    # what the arrested men had done before is no part of the arrest
    "Police arrested three suspected militants from the Chando Khel area of Lakki Marwat District on January 9. "
    "The arrested militants were involved in target killing, extortion and attacking law enforcers.",
    # ... nor what a sentence about them tells
    "Police arrested three suspected militants from the Chando Khel area of Lakki Marwat District on January 9. "
    "The arrested persons also stole the rifle of police official Ali Badshah after killing him.",
    # ... and the arrest word itself is never hidden
    "Three persons accused of supplying arms to CPI-Maoist were arrested in Munger District on Monday.",
])
def test_past_deeds_do_not_type_an_arrest(text):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == ["Arrests"]


@pytest.mark.parametrize("text, force", [
    # killed in the forces' own operation: the forces acted, even if the men fired back
    ("Nazir Khan was killed in an intelligence based operation in Tank District on October 19. Security forces "
     "surrounded a compound and the militants opened fire on security forces. Khan was killed in the gunfight.",
     "pakistan_security_forces"),
    # militants who attacked a patrol on a search operation started it
    ("Militants attacked a Police party conducting a search operation in Bannu on Monday, killing two policemen "
     "in the gunfight.", None),
])
def test_who_started_a_clash_in_the_forces_own_operation(text, force):
    event = next(e for e in extract(text).events if e.status == "occurred")
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Armed clash", force)


def test_a_killed_militants_past_attacks_and_skills_do_not_type_his_killing():
    text = ("Nazir Khan, one of the planners of the attack on the Army Public School in Peshawar in 2014, was killed "
            "in an intelligence based operation in Tank District on October 19. Security forces surrounded a compound "
            "where he was present; he was killed in the ensuing gunfight. Khan had expertise in training suicide bombers.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert [e.acled_sub_event_type for e in events] == ["Armed clash"]


def test_different_incidents_counted_and_told_one_by_one():
    text = ("Four persons were killed in different incidents of violence in Karachi on May 2. Shahnawaz was killed by "
            "unidentified assailants in Malir. Maula Bux was shot dead in Zia Colony. Gul Nawab was killed in Nata Khan Goth. "
            "A man was found dead near Kati Pahari.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert len(events) == 4 and {e.acled_sub_event_type for e in events} == {"Attack"}


def test_incidents_a_summary_tells_keep_its_perpetrator_and_district():
    text = ("Tehreek-e-Taliban Pakistan (TTP) militants abducted nine people in two separate incidents from Zhob District "
            "on January 4. Sources said the kidnappers stopped a bus coming from Quetta and abducted five people. "
            "In the second incident of kidnapping, the militants abducted four other people travelling to Quetta.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert [(e.perpetrator.actor_id, e.place.admin2) for e in events] == [("ttp", "Zhob"), ("ttp", "Zhob")]
    # each is coded from its own sentences, not a copy of the summary
    assert sorted(e.span.text[:20] for e in events) == ["In the second incide", "Sources said the kid"]


@pytest.mark.parametrize("text, subs", [
    # two policemen among twelve: the report does not count two incidents
    ("At least 12 persons, including two Policemen, were killed in separate incidents in Karachi on May 3.", ["Armed clash"]),
    # an official of the Khassadar (double s) is one of the forces
    ("Separately, an official of the Khassadar Force, identified as Habib, was shot dead in Jamrud on May 3.", ["Armed clash"]),
    # policemen shot dead and a grenade hurled at them: an attack on the police is a clash
    ("Two Policemen were shot dead in Sector J of Madina Colony in Baldia Town on May 3. Police said unidentified "
     "assailants riding motorbikes hurled a hand grenade and opened fire on the Police mobile.", ["Armed clash"]),
])
def test_more_sides_and_counts(text, subs):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == subs


def test_an_attack_under_a_police_station_is_within_its_limits_not_on_it():
    text = ("A security guard and a receptionist of a mobile franchise were shot dead in an armed attack under North "
            "Nazimabad Police Station in Karachi on January 31.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]
    assert [e.acled_sub_event_type for e in extract("Militants attacked a police station in Bannu on May 2.").events] == ["Armed clash"]


def _occurred(text):
    return [e for e in extract(text).events if e.status == "occurred"]


def test_a_summarys_incidents_count_each_victim_once():
    text = ("Four persons were killed in different incidents of violence in Karachi on May 2. Shahnawaz was killed by "
            "unidentified assailants in Malir. Maula Bux was shot dead in Zia Colony. Gul Nawab was killed in Nata Khan Goth.")
    events = _occurred(text)
    assert len(events) == 4 and sum(e.killed.total.value for e in events if e.killed.total) == 4
    five = ("Five persons were killed in different incidents in Karachi on May 2. Ali was shot dead in Malir. Bux was "
            "shot dead in Zia Colony. Nawab was shot dead in Nata Khan Goth. Raza was shot dead in Lyari. Amin was shot "
            "dead in Orangi.")
    assert len(_occurred(five)) == 5  # every victim told: nothing is left for the summary


def test_a_sentence_that_refers_back_describes_the_incident_told_before_it():
    text = ("At least eight persons were killed in separate incidents in Quetta on May 2. A trader was shot dead on "
            "Jinnah Road. His son was also injured in the attack. Police said that eight gunmen carried out the killings.")
    assert len(_occurred(text)) == 2  # the trader's, and the rest


def test_an_incident_a_summary_tells_keeps_a_district_it_names_itself():
    text = "Three people were killed in separate incidents in Peshawar and Mardan on May 2. A trader was shot dead in Mardan."
    events = _occurred(text)
    assert len(events) == 3 and "Mardan" in {e.place.admin2 for e in events}


def test_hostages_taken_by_a_group_were_taken_by_it():
    text = "Two Levies personnel were taken hostage by Lashkar-e-Islam militants in Bara, Khyber Agency, on Monday."
    assert extract(text).events[0].perpetrator.actor_id == "lashkar_e_islam"


def test_a_later_arrest_tied_to_something_else_is_its_own_incident():
    text = ("A trader was shot dead in Quetta on Monday. Later, police arrested a suspect after the Friday prayers in "
            "Mastung.")
    assert len([e for e in extract(text).events if e.status == "occurred"]) == 2


def test_militants_killed_in_an_encounter_with_the_forces_did_not_start_it():
    text = ("Two Communist Party of India-Maoist (CPI-Maoist) cadres were killed in an encounter with the Police in "
            "Bijapur District on Monday. Police said the Maoists opened fire on a patrol and the Police retaliated.")
    assert extract(text).events[0].perpetrator.actor_id != "cpi_maoist"


def test_what_a_victim_had_done_since_the_day_is_background():
    for threats in ("had been receiving", "was receiving"):
        text = ("Two people were killed in a suicide attack targeting a Police officer's car in Karachi on Monday. The "
                f"officer {threats} death threats since the day he had arrested a number of militants.")
        assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == ["Suicide bomb"]


@pytest.mark.parametrize("text, sets", [
    ("Unidentified armed assailants killed three Levies personnel in two separate incidents in Mastung District on "
     "July 2.", [1, 1]),
    ("A trader was shot dead in Quetta on Monday. In another incident, a policeman was shot dead in Quetta.", [1, 1]),
    ("A trader was shot dead in Quetta on Monday. Police said the attackers fled.", [None]),
    # a retelling after "Later" is in no set: it may be the same incident
    ("A bomb went off near a police van in Bannu on Monday, injuring three policemen. In another incident, a trader "
     "was shot dead in Lakki Marwat. Later, one of the injured policemen of the Bannu blast died in hospital.", [1, 1, None]),
])
def test_incidents_a_report_tells_apart_share_a_separate_set(text, sets):
    # resolution never merges two of one set (ctwatch/resolve/incidents.py)
    assert [e.separate_set for e in extract(text).events if e.status == "occurred"] == sets


def test_another_incident_far_down_a_long_article_is_still_separate():
    filler = " ".join(f"Officials held meeting number {n} on security in the province." for n in range(12))
    text = ("A trader was shot dead in Quetta on Monday. " + filler +
            " In another incident, a shopkeeper was shot dead in Quetta on Monday.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert len(events) == 2 and events[0].separate_set == events[1].separate_set is not None


@pytest.mark.parametrize("text", [
    "Five soldiers were killed in Bajaur on Monday, the worst attack ever since the army began its operation.",
    "Militants killed two policemen in Quetta on Monday, the first attack in the city since the day the operation began.",
])
def test_since_the_day_of_something_else_leaves_the_incident(text):
    assert [e.status for e in extract(text).events] == ["occurred"]


def test_a_foiled_infiltration_bid_is_the_troops_clash():
    """Troops that challenged infiltrators and exchanged fire or drove them back fought them (ACLED: armed
    clash), unlike a foiled bombing, which is disrupted weapons use."""
    text = ("Army on May 23 foiled an infiltration bid from across the Line of Control in Keran sector of Kupwara "
            "District. The infiltrators escaped to the other side after they were challenged by the troops.")
    event = next(e for e in extract(text).events if e.status == "occurred")
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Armed clash", "indian_army")



def test_the_forces_shelling_after_an_attack_on_them_is_an_incident_of_its_own():
    text = ("A group of militants attacked a Security Forces check post in Bara tehsil of Khyber Agency on Monday. "
            "A Khasadar was injured in the assault. The SFs pounded the hideouts of the militants with shelling.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert [(e.acled_sub_event_type, e.perpetrator.acled_inter) for e in events] == [
        ("Armed clash", 2), ("Shelling/artillery/missile attack", 1)]
    # the militants' own mortars stay in their attack
    own = ("Militants attacked a Frontier Corps post in Kech District on Monday, killing two soldiers. "
           "The militants also fired mortar shells at the post.")
    assert len([e for e in extract(own).events if e.status == "occurred"]) == 1


def test_forces_that_were_attacked_on_patrol_did_not_start_the_clash():
    text = ("One Frontier Corps (FC) officer and one militant were killed during an exchange of fire in Quetta on "
            "August 26. Security personnel were on routine patrolling when they were attacked by miscreants.")
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Armed clash", None)


@pytest.mark.parametrize("text, gtd", [
    # a person of note attacked: an office holder, or a party's leader with the party named
    ("Unidentified armed men on April 23 shot dead Provincial Minister Ali Khan in Quetta.", "Assassination"),
    ("The Vice Chancellor of Balochistan University, identified as Amanullah (45), was shot dead by unidentified "
     "assailants in Quetta.", "Assassination"),
    ("Awami National Party (ANP) local leader Syed Ali was shot dead by unidentified assailants in Mardan on May 2.",
     "Assassination"),
    ("A suicide bomber targeted the convoy of the Chief Minister in Charsadda, killing two guards.", "Assassination"),
    ("Militants fired two rockets at the vehicle of an MPA near Panjgur on June 4; he escaped unhurt.", "Assassination"),
    # not persons of note, one victim among many, his house and not him, or no party named
    ("Unidentified assailants shot dead a local journalist in Bannu on Monday.", "Armed Assault"),
    ("A blast killed 12 people, including a tribal elder, in a market in Bajaur on Friday.", "Bombing/Explosion"),
    ("The gate of the house of MPA Babar Saleem in Swabi was damaged in a bomb blast on November 24.", "Bombing/Explosion"),
    ("A leader of the village was shot dead by unidentified assailants in Kohat on Monday.", "Armed Assault"),
    ("Gunmen shot dead two traders in Quetta on Monday, and the minister condemned the attack.", "Armed Assault"),
    # GTD codes non-state attacks only; a bomb defused is its failed bombing
    ("Security forces killed three militants in an operation in North Waziristan on Monday.", None),
    ("The bomb disposal squad defused a bomb planted near a school in Peshawar on Monday.", "Bombing/Explosion"),
    # ... an arms cache, a drone shot down or old mines cleared are no failed attack
    ("Security forces discovered a weapons cache containing rockets and explosives in Kurram on Monday.", None),
    ("The BSF shot down a Pakistani drone along the border in Samba on Monday.", None),
    ("Deminers cleared 200 landmines from farmland in Kurram district on Monday.", None),
    # someone who speaks or acts between the role and the killing, a guard or a house, an earlier attack recalled
    ("Two policemen were shot dead by unidentified gunmen in Peshawar on Monday. Chief Minister Pervez Khattak "
     "condemned the attack in which the policemen were killed.", "Armed Assault"),
    ("Unidentified gunmen shot dead a policeman guarding the minister's house in Quetta on Monday.", "Armed Assault"),
    ("Two policemen were shot dead in Quetta, a week after the assassination attempt on a judge in the city.",
     "Armed Assault"),
    ("Unidentified gunmen shot dead a man who was wanted in the assassination of a tribal elder in Bajaur.",
     "Armed Assault"),
    ("A school principal was shot dead by unidentified gunmen in Quetta on Monday.", "Armed Assault"),
])
def test_gtd_attack_type(text, gtd):
    assert extract(text).events[0].gtd_attack_type == gtd


@pytest.mark.parametrize("text", [
    "A wanted GNLA militant was shot dead in an encounter in a remote village in South West Garo Hills District on "
    "February 4. Acting on a tip off, special Police teams raided Santogre village, during which an encounter took place.",
    "Two militants of Lashkar e Toiba (LeT) were killed in an encounter with Police at Newa in Pulwama District on June 30.",
])
def test_a_group_whose_men_were_killed_in_the_forces_encounter_did_not_act(text):
    perpetrator = extract(text).events[0].perpetrator
    assert perpetrator.acled_inter == 1, perpetrator


@pytest.mark.parametrize("text, country, mention", [
    # a demonym before the generic force names whose forces they are, whatever the report's country; the
    # mention is the force with its demonym, as a coder names it
    ("Two civilians were killed when Indian troops resorted to unprovoked firing along the LoC in Kotli District "
     "of Azad Kashmir on May 3.", "india", "Indian troops"),
    ("A man was injured when Pakistani troops fired at forward posts in Rajouri District of Jammu and Kashmir.", "pakistan",
     "Pakistani troops"),
    # ... and so does the side fire came from
    ("A Rangers soldier was martyred by sniper fire from the Indian side along the Working Boundary in Sialkot sector "
     "on Monday.", "india", "Indian side"),
    ("Two civilians were injured in Nakyal sector of Kotli District on Monday when mortar shells fired from the Indian "
     "side landed in their village.", "india", "Indian side"),
    ("A soldier was injured by sniper fire from Indian troops in the Battal sector of Poonch District in AJK on Monday.",
     "india", "Indian troops"),
    ("Two Pakistani soldiers were injured in an exchange of fire with Indian troops in the Battal sector of Poonch "
     "District on Monday.", "india", "Indian troops"),
])
def test_a_force_that_fired_across_the_border_is_its_countrys_and_the_perpetrator(text, country, mention):
    [event] = extract(text).events
    assert event.perpetrator.actor_id == f"{country}_security_forces", event.perpetrator
    assert event.perpetrator.span.text == mention


def test_sniper_fire_is_an_incident_of_its_own_by_the_force_named_before():
    text = ("Two civilians were killed when Indian Border Security Force (BSF) troops resorted to unprovoked mortar shelling "
            "on villages in Chaprar sector of Sialkot District on October 8. On the same day, a Rangers soldier was "
            "injured by sniper fire from the Indian side in the Charwah sector.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events] == [
        ("Shelling/artillery/missile attack", "Border Security Force"), ("Armed clash", "Border Security Force")]


def test_a_side_that_speaks_is_no_force():
    text = "Pakistani and Indian officials met at Wagah on Monday. The Indian side said the talks were useful."
    assert [a.name for a in extract(text).actors if "side" in a.span.text] == []


def test_a_force_that_only_reports_the_firing_or_fires_back_did_not_start_it():
    text = "Militants attacked a check post in Bannu on Monday, and the FC fired back, killing two militants."
    assert extract(text).events[0].perpetrator.acled_inter != 1


def test_a_force_named_only_in_a_buildings_name_does_not_act():
    text = ("Three militants were killed when a bomb they were carrying went off on Sufidsang Road within the "
            "jurisdiction of Regi Police Station in Peshawar on May 20.")
    event = extract(text).events[0]
    assert event.perpetrator is None or event.perpetrator.actor_id != "pakistan_police", event.perpetrator


@pytest.mark.parametrize("text, actor", [
    # militants killed in an encounter: the forces', even when the only force named was hit in it
    ("A terrorist was killed and another received injuries in an encounter in Gula Bera area of Kohat on June 25. "
     "Sources said that a Policeman was also injured in the encounter.", "pakistan_police"),
    # a force that claims to have shot dead militants named with their group's name
    ("The District Malir Police claimed to have shot dead three Tehreek e Taliban Pakistan (TTP) terrorists in "
     "Karachi on March 9.", "pakistan_police"),
    # ... but a shootout the detained militants started is not
    ("Three detained militants and two soldiers were killed in a shootout at a detention centre in Peshawar on "
     "August 6. Sources said that the detained militants overpowered the sentries.", None),
])
def test_the_forces_encounter_is_theirs(text, actor):
    perpetrator = extract(text).events[0].perpetrator
    assert (perpetrator.actor_id if perpetrator.acled_inter == 1 else None) == actor, perpetrator


@pytest.mark.parametrize("text, actor", [
    # the forces killed "suspects"; a force that violated the ceasefire fired
    ("The Counter Terrorism Department (CTD) of Sindh Police killed two suspects in an alleged encounter at Gulshan e "
     "Maymar area of Karachi on June 20.", "Counter Terrorism Department"),
    ("One civilian was killed and two others were injured as Pakistan Rangers violated the ceasefire again with "
     "heavy firing in Samba District.", "Pakistan Rangers"),
])
def test_forces_that_killed_suspects_or_violated_the_ceasefire_acted(text, actor):
    assert extract(text).events[0].perpetrator.name == actor


def test_an_arrest_told_in_a_relative_clause_is_no_incident():
    text = ("Two men were shot dead in Karachi on March 9. He said Imran, who was arrested on the information of "
            "Muzammil, had threatened him.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_a_claim_of_a_named_other_attack_does_not_claim_the_last_one():
    text = ("A bomb killed five people in Quetta on Monday. Separately, gunmen shot dead two policemen in Peshawar. "
            "Meanwhile, the BLA claimed responsibility for the Quetta blast.")
    peshawar = extract(text).events[1]
    assert peshawar.perpetrator.actor_id != "bla" and peshawar.acled_sub_event_type != "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, sub_event", [
    # what arrested men did next, or what was done to them, is no past deed
    ("Police arrested three militants in Bannu on Monday. The arrested militants later snatched a rifle and opened "
     "fire on the police escort, killing a constable.", "Armed clash"),
    ("Police arrested two men in Quetta. The two arrested men were shot dead by unidentified gunmen while being "
     "taken to court.", "Attack"),
])
def test_new_violence_by_or_against_arrested_men_types_the_incident(text, sub_event):
    assert extract(text).events[0].acled_sub_event_type == sub_event


def test_clashes_between_two_sides_are_started_by_the_side_the_report_says_attacked():
    text = ("At least 17 soldiers were killed in clashes between Security Forces and the Taliban militants in Ghormach "
            "District of Faryab Province on August 12. According to the sources the Taliban attacked an army base.")
    perpetrator = extract(text).events[0].perpetrator
    assert perpetrator.acled_inter != 1 and "Taliban" in perpetrator.name


@pytest.mark.parametrize("protest, sub_event, crowd", [
    ("His killing sparked anger as people gathered on the highway to protest against the incident. They burnt "
     "tyres and set two vehicles on fire.", "Violent demonstration", "Rioters"),
    ("Following the attack, traders staged a protest against the killing in the main bazaar.",
     "Peaceful protest", "Protesters"),
])
def test_a_demonstration_against_the_attack_is_an_incident_of_its_own(protest, sub_event, crowd):
    text = "Gunmen shot dead a shopkeeper in Quetta on May 25. " + protest
    events = extract(text).events
    assert [e.acled_sub_event_type for e in events] == ["Attack", sub_event]
    assert events[1].perpetrator.name == crowd


def test_protests_that_do_not_answer_the_attack_stay_with_it():
    text = ("A professor was killed in an armed attack in Jamshoro on January 2. The university has been witnessing a "
            "wave of protests by students after it rusticated 19 of them.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_a_fire_or_crash_after_the_attack_is_its_aftermath_not_its_type():
    text = ("Nine passengers were killed when gunmen opened fire on a bus near Chilas on December 7. The bus caught fire "
            "after it collided with a truck following the firing.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_the_forces_killing_khwarij_acted_and_count_them_as_militants():
    text = ("Security Forces (SFs) killed eight khwarij during an intelligence-based operation in Hassan Khel area of "
            "North Waziristan on April 16, the ISPR said.")
    event = extract(text).events[0]
    assert event.perpetrator.acled_inter == 1
    assert (event.killed.total.value, event.killed.militant.value) == (8, 8)


def test_what_the_dead_had_done_before_does_not_make_the_forces_attacked():
    text = ("Security forces killed four militants in Kech on Monday. The militants were involved in an attack on a "
            "police station last month.")
    assert extract(text).events[0].perpetrator.acled_inter == 1


def test_devices_listed_as_recovered_are_a_seizure_and_a_separate_search_another_incident():
    text = ("The Bomb Disposal Squad defused an IED planted near Paharpur in Dera Ismail Khan District on May 5. In a "
            "separate search operation in Kulachi the same day, police recovered a suicide jacket, four hand grenades "
            "and 10 kilograms of explosives from an abandoned compound.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Disrupted weapons use"] * 2


def test_a_claim_paragraphs_later_in_a_long_article_claims_the_attack():
    text = ("DERA ISMAIL KHAN: At least 23 soldiers were martyred when six terrorists stormed a security forces' post in "
            "Daraban on Tuesday, the military said.\n\n"
            "A senior police officer told Dawn that most of the soldiers were asleep in the building.\n\n"
            "The officer said the area had been cordoned off and residents were asked to stay indoors.\n\n"
            "He said more details would be shared after the post-mortem examinations were completed.\n\n"
            "The provincial government announced a day of mourning. Schools in the district stayed closed on "
            "Wednesday. Traders kept their shops shut in the main bazaar. The chief minister chaired a meeting on "
            "the situation. He directed officials to review the arrangements at all posts. The meeting was told "
            "that patrols on the main roads would be increased. Funeral prayers were held at the garrison. "
            "Hundreds of people attended them.\n\n"
            "Tehreek-i-Jihad Pakistan (TJP), a little-known group, claimed responsibility for the attack in a message "
            "to journalists.")
    events = extract(text).events
    assert len(events) == 1 and events[0].perpetrator.actor_id == "tehreek_e_jihad_pakistan"


def test_a_claim_after_a_defused_second_device_claims_the_bombing_not_the_device():
    text = ("Two Levies personnel were killed when a remote-controlled bomb struck their vehicle near Wadh in Khuzdar "
            "district on Saturday. A second device, planted nearby, was later defused by the Bomb Disposal Squad. The "
            "banned Balochistan Liberation Front (BLF) claimed responsibility for the bombing.")
    bombing, device = extract(text).events
    assert bombing.perpetrator.actor_id == "blf" and device.perpetrator.actor_id != "blf"


@pytest.mark.parametrize("text", [
    "Militants attacked an FC post in Turbat at night, killing a soldier. The banned BLA claimed the attack.",
])
def test_claimed_the_attack_is_a_claim(text):
    assert extract(text).events[0].perpetrator.actor_id == "bla"


def test_troops_who_foiled_the_attackers_plan_defused_nothing():
    text = ("Five soldiers were killed when terrorists rammed an explosives-laden vehicle into the wall of the Bannu "
            "Cantonment on Tuesday. \"The swift response of our troops foiled their plan,\" the ISPR said.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Suicide bomb"]


def test_a_later_incident_is_placed_by_its_own_sentences_not_the_one_before_it():
    text = ("A policeman guarding a polio team was martyred when gunmen opened fire on the team in Mamund tehsil of "
            "Bajaur district on Monday. The constable was escorting two vaccinators in Lowi Sam village. In a separate "
            "incident in Orakzai district, two polio workers were injured when a roadside bomb went off in the "
            "Mamozai area.")
    assert extract(text).events[1].place.admin2 == "Orakzai"


def test_another_operation_named_in_two_words_is_another_incident_and_sent_to_hell_counts_the_dead():
    text = ("Security forces conducted an intelligence based operation in Mir Ali, North Waziristan District. After an "
            "intense exchange of fire, six khwarij were sent to hell. In another intelligence based operation conducted "
            "in the general area of Gomal, Tank District, own troops killed two khwarij.")
    events = extract(text).events
    assert [(e.place.admin2, e.killed.total.value) for e in events] == [("North Waziristan", 6), ("Tank", 2)]


def test_weapons_recovered_with_nothing_saying_from_where_belong_to_the_clash():
    text = ("Security forces killed 16 militants who were trying to sneak into Pakistan in the Ghulam Khan area of North "
            "Waziristan on Saturday, the military said. Weapons, ammunition and explosives were recovered.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_exchanging_heavy_fire_is_a_clash():
    text = "Armed men from rival tribes exchanged heavy fire in Bagan, Kurram, on Friday, killing at least 12 people."
    assert extract(text).events[0].acled_sub_event_type == "Armed clash"


def test_facilitators_arrested_after_a_bombing_belong_to_it():
    text = ("QUETTA: The death toll from Saturday's suicide bombing at the Quetta Railway Station rose to 32 on Monday. "
            "The banned BLA claimed responsibility. Officials said the Counter Terrorism Department had arrested two "
            "suspected facilitators from the Sariab area of Quetta. \"They helped the bomber reach the station,\" he said.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Suicide bomb"]


@pytest.mark.parametrize("text", [
    # "claimed" as "asserted", or a claim of another attack
    "Security forces killed three Maoists in an encounter in Bijapur district on Monday. The CPI-Maoist claimed the "
    "killings were a fake encounter.",
    "Security forces killed five militants in Zhob on Monday. The TTP claimed the raid had targeted civilians.",
])
def test_claimed_as_asserted_is_no_claim_of_responsibility(text):
    assert extract(text).events[0].perpetrator.acled_inter == 1


def test_facilitators_of_another_group_arrested_elsewhere_are_their_own_incident():
    text = ("Militants attacked a police post in Bannu on Monday, killing two policemen. The CTD arrested three "
            "facilitators of the BLA in Quetta on Tuesday.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash", "Arrests"]


def test_weapons_recovered_somewhere_else_are_their_own_incident():
    text = ("Militants attacked a police post in Bannu on Monday, killing two policemen. In Khyber district, 20 "
            "kilograms of explosives and two rifles were recovered.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash", "Disrupted weapons use"]


def test_an_explosion_that_was_the_accident_is_no_attack():
    text = ("Twelve miners were killed in an explosion at Harnai on Monday. Officials said methane gas accumulation in "
            "the coal mine caused the blast.")
    assert extract(text).events[0].acled_sub_event_type is None


@pytest.mark.parametrize("text, expected", [
    # a protest before the attack, not against it
    ("Gunmen shot dead a shopkeeper in Quetta on May 25. The attack came days after traders held a protest against "
     "extortion in the city.", ["Attack"]),
    # violence the protesters told of is not theirs
    ("Gunmen shot dead a shopkeeper in Quetta on May 25. Traders staged a protest against the killing in the main "
     "bazaar. The protesters said that two other traders had been killed in the area in the last month.",
     ["Attack", "Peaceful protest"]),
])
def test_only_a_crowd_answering_the_attack_is_its_own_demonstration(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events] == expected


def test_a_claim_naming_its_target_claims_that_incident_not_the_last_one():
    text = ("LAKKI MARWAT: Four policemen were martyred when militants attacked a police station in Serai Naurang "
            "tehsil late on Monday night, police said. In a separate incident in Dera Ismail Khan district, a "
            "policeman was killed when a roadside bomb hit their van in Kulachi tehsil on Tuesday. The TTP claimed "
            "responsibility for the attack on the Serai Naurang police station, but there was no claim for the "
            "Kulachi bombing.")
    station, bombing = extract(text).events
    assert station.perpetrator.actor_id == "ttp" and bombing.perpetrator.actor_id is None
    assert (station.place.admin2, bombing.place.admin2) == ("Lakki Marwat", "Dera Ismail Khan")


def test_vests_recovered_from_the_attackers_car_are_a_seizure_not_a_suicide_bombing():
    text = ("KARACHI: Three gunmen attacked the Chinese consulate in Clifton on Friday, killing two policemen before "
            "they were shot dead by security personnel. Police said suicide vests, food and medicine recovered from "
            "the attackers' car suggested they had planned a long siege.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_devices_found_on_the_arrested_are_a_seizure_with_the_arrest():
    text = ("A CTD spokesperson said three suspects were arrested near GT Road in Gujranwala with two kilograms of "
            "explosives, 15 detonators, a hand grenade and safety fuse wire on September 9.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Arrests"]


def test_a_crash_the_attack_caused_is_the_attack():
    text = ("Nine passengers were killed on Monday when their bus plunged into a ravine after the firing by gunmen near "
            "Chilas in Diamer district.")
    assert extract(text).events[0].acled_sub_event_type == "Attack"
    assert extract("A bus plunged into a ravine near Chilas on Monday, killing 12 passengers.").events[0].acled_sub_event_type is None


def test_the_forces_taking_control_regain_territory():
    text = ("Security Forces killed 13 militants in the Khyber-4 operation in Rajgal valley of Tirah on July 20. The "
            "ISPR said the troops took control of several strategic peaks along the border.")
    assert extract(text).events[0].acled_sub_event_type == "Government regains territory"


def test_the_group_that_claimed_is_the_subject_not_a_group_named_after_the_claim():
    text = ("The death toll from the suicide bombing in Peshawar rose to 100 on February 1. A commander of "
            "Jamaat-ul-Ahrar (JuA), a faction of Tehreek-e-Taliban Pakistan (TTP), had claimed responsibility, but the "
            "TTP central spokesman distanced the group from the attack.")
    assert extract(text).events[0].perpetrator.actor_id == "jamaat_ul_ahrar"


@pytest.mark.parametrize("text, perpetrator", [
    # a claim the group's own spokesman took back: the other claimant's, or nobody's
    ("A bomb went off near an FC vehicle in Quetta on Monday, killing two FC personnel. A man claiming to be a spokesman "
     "of the Tehreek e Taliban Pakistan (TTP) claimed responsibility, but the groups central spokesman later denied any "
     "involvement. The United Baloch Army (UBA) also claimed the attack.", "United Baloch Army"),
    ("A bomb went off near an FC vehicle in Quetta on Monday, killing two FC personnel. A man claiming to be a spokesman "
     "of the Tehreek e Taliban Pakistan (TTP) claimed responsibility, but the group's central spokesman later denied any "
     "involvement.", "Unidentified Armed Group"),
])
def test_a_claim_its_own_group_denied_names_nobody(text, perpetrator):
    assert extract(text).events[0].perpetrator.name == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    # what the claimant's spokesman rejected is not the claim, or another group denied
    ("Two soldiers were killed when militants attacked a check post in Kech District on May 2. The Balochistan "
     "Liberation Army (BLA) claimed the attack, but the group's spokesman rejected the official death toll.",
     "Balochistan Liberation Army"),
    ("Militants attacked a police post in Bannu on May 3, killing a constable. The TTP claimed responsibility, but its "
     "rival faction, the Jamaat-ul-Ahrar, denied any role.", "Tehrik-i-Taliban Pakistan"),
])
def test_a_claim_stands_when_its_group_denies_something_else_or_another_group_denies(text, perpetrator):
    assert extract(text).events[0].perpetrator.name == perpetrator


def test_a_group_named_as_the_front_of_another_is_not_the_claimant():
    text = ("A passerby was killed when an IED planted on a motorcycle went off as an FC vehicle passed in Muslim Bagh on "
            "June 3. Tehreek e Jihad Pakistan (TJP), a little known group believed to be a front of the Tehreek e Taliban "
            "Pakistan (TTP), claimed the blast in a statement circulated on social media.")
    assert extract(text).events[0].perpetrator.name == "Tehreek-e-Jihad Pakistan"


def test_a_protest_with_the_coffins_on_a_road_owns_no_dead_told_before_it():
    text = ("A cleric was shot dead and his guard injured when gunmen opened fire on their car in Jhang on December 4. The "
            "guard was shifted to hospital, where he succumbed to his injuries. On Thursday, hundreds of mourners placed "
            "the two coffins on the Jhang Sargodha Road and blocked it for several hours, demanding the arrest of the "
            "killers.")
    protest = extract(text).events[-1]
    assert (protest.acled_sub_event_type, protest.place.admin2, protest.killed.total) == ("Peaceful protest", "Jhang", None)


def test_bodies_found_with_bullet_wounds_are_an_attack():
    text = ("On the morning of March 12, the bodies of two men, their hands tied and bearing bullet wounds and torture "
            "marks, were found stuffed in gunny sacks in an empty plot in Bihar Colony of Karachi.")
    assert _occurred_summary(text) == [("Attack", "Karachi", 2)]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead three labourers in Kech District on June 4. The gunmen placed the bodies on the side of the road and fled.",
    ("Two labourers were shot dead in Kech on June 4. Levies personnel placed the bodies in a vehicle on the main Turbat "
     "road and shifted them to the hospital."),
])
def test_bodies_moved_or_dumped_by_a_road_are_no_protest(text):
    assert _types(text) == ["Attack"]


def test_a_sit_in_with_the_victims_coffins_is_a_protest_of_its_own_and_miners_are_counted():
    text = ("QUETTA: Eleven coal miners were killed by unidentified gunmen in the Mach coalfield area of Kachhi district "
            "early on Sunday, officials said. Hundreds of members of the Hazara community staged a sit-in on the "
            "Western Bypass in Quetta with the coffins of the miners.")
    attack, sit_in = extract(text).events
    assert (attack.acled_sub_event_type, attack.killed.total.value) == ("Attack", 11)
    assert (sit_in.acled_sub_event_type, sit_in.perpetrator.name) == ("Peaceful protest", "Protesters")


@pytest.mark.parametrize("text, expected", [
    # an accident's own explosion, and forces restoring order, keep their reading
    ("Three people were killed when a fuel tanker caught fire after an explosion on the motorway near Multan.", None),
    ("Two people were killed in a clash between two tribes over a land dispute in Kurram on Monday. Police and FC "
     "personnel reached the spot and took control of the situation.", "Armed clash"),
])
def test_accidents_and_restoring_order_are_no_attack_or_territory(text, expected):
    assert extract(text).events[0].acled_sub_event_type == expected


def test_a_claim_of_the_attack_on_police_names_no_one_incident():
    text = ("Militants attacked a police station in Bannu on Monday, killing two policemen. In another incident, two "
            "policemen were shot dead at a checkpost in Lakki Marwat on Tuesday. The TTP claimed responsibility for "
            "the attack on police.")
    bannu, lakki = extract(text).events
    assert bannu.perpetrator.actor_id is None and lakki.perpetrator.actor_id == "ttp"


def test_gathering_to_stage_a_protest_is_the_protest_and_sent_to_carry_out_an_attack_is_no_attack():
    protest = extract("Unidentified militants shot dead a worker in Karachi on February 24. His killing sparked violence as "
                      "people gathered on the Super Highway to stage protest against the incident. They burnt tyres.")
    assert [e.acled_sub_event_type for e in protest.events] == ["Attack", "Violent demonstration"]
    sent = extract("Police arrested a man in Quetta on Monday. He had been sent by a commander to carry out an attack.")
    assert [e.acled_sub_event_type for e in sent.events] == ["Arrests"]


def test_the_second_of_two_blasts_told_at_a_place_of_its_own_is_its_own_incident():
    text = ("Two low intensity blasts were reported at Havaid and Miran Akundkhel areas of Bannu District on November 14. "
            "The bomb planted at the house of a trader at Havaid was blasted by unidentified militants. The second blast "
            "ripped through an auto shop at Miran Akundkhel. Later, the TTP claimed responsibility for the blasts.")
    events = extract(text).events
    assert [(e.place.name, e.place.admin2, e.perpetrator.actor_id) for e in events] == [
        ("Havaid", "Bannu", "ttp"), (events[1].place.name, "Bannu", "ttp")]
    assert events[1].place.name.startswith("Miran")
    # one place, one incident
    same = ("Twin blasts hit a market in Mathra, Peshawar on May 18. The second blast went off when the bomb disposal "
            "squad reached the scene.")
    assert len(extract(same).events) == 1


@pytest.mark.parametrize("text, expected", [
    # past deeds end with their phrase: the militants still opened fire
    ("The militants, who were involved in attacks on police, opened fire on the raiding team in Bannu, injuring two "
     "policemen.", ["Armed clash"]),
    # "to carry out the attack" after a verb of doing, not of intending: it happened
    ("The TTP said its fighters managed to carry out the attack on the Levies post in Zhob on Monday, killing two.",
     ["Armed clash"]),
    # a recovery from someone's house elsewhere, days later, is its own incident
    ("Two policemen were martyred in an attack in Bannu on Monday. Police recovered arms and explosives from the house "
     "of a suspect in Lakki Marwat on Wednesday.", ["Armed clash", "Disrupted weapons use"]),
])
def test_the_new_rules_stop_where_they_should(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status in ("occurred", "foiled")] == expected


def test_the_second_of_two_blasts_at_the_same_place_or_with_its_own_place_makes_no_extra_incident():
    split = extract("Two blasts hit Quetta on Monday, killing three people. The first blast took place near the Sariab "
                    "Road. The second blast took place at Kuchlak bazaar, injuring four.").events
    assert len(split) == 2 and split[1].place.name == "Kuchlak"
    same = extract("Two blasts rocked Parachinar's Eidgah market on Friday. The second blast went off at the Eidgah "
                   "market as people gathered, killing 12 people.").events
    assert {e.place.name for e in same} == {"Parachinar"}


@pytest.mark.parametrize("text, expected", [
    # "target killers" name the arrested, no killing
    ("Rangers arrested 11 suspects including two alleged target killers during a search operation in Manghopir, "
     "Karachi on September 4.", ["Arrests"]),
    # a search with no arrest is no arrest
    ("Militants fired four rockets at the Kohat Cantonment on June 30. Security forces launched a search operation in "
     "the surrounding areas, but no arrest was reported.", ["Shelling/artillery/missile attack"]),
    # whom a campaign is against is no crime
    ("Rangers arrested two suspects in Manghopir, Karachi on September 4. Law enforcement agencies have intensified the "
     "targeted operation in the city against militants and criminal gangs.", ["Arrests"]),
    # an arrest demanded or not made is none; the killing stays
    ("Relatives of the slain teacher demanded the arrest of the killers in Quetta.", []),
    ("Unidentified gunmen shot dead a tribal elder in Bajaur District on Monday; no arrest was made.", ["Attack"]),
    # a blast told after "have intensified" stays
    ("Police have intensified patrolling in Quetta after a blast killed a policeman on Monday.",
     ["Remote explosive/landmine/IED"]),
])
def test_words_that_name_people_or_campaigns_make_no_incident(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == expected


def test_a_summary_of_attacks_in_different_parts_of_a_city_is_told_one_by_one():
    text = ("Four persons were killed in targeted attacks in different parts of Karachi on November 27. A worker was shot "
            "dead by armed motorcyclists outside a mosque in Saeedabad. A tailor was killed when gunmen opened fire at his "
            "shop in Zaman Town.")
    assert len(extract(text).events) >= 3


def test_relatives_who_place_the_body_on_the_road_and_block_traffic_protest_the_killing():
    text = ("A transporter was shot dead by unidentified motorcyclists in the Muryali area of Dera Ismail Khan on August 29. "
            "Soon after the killing, his relatives placed the body on the main road and blocked traffic, demanding the "
            "arrest of the killers. The protest turned violent when police tried to clear the road, and the protesters "
            "pelted the policemen with stones.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack", "Violent demonstration"]


def test_another_countrys_forces_that_fired_on_the_forces_are_the_perpetrator():
    text = ("Two Frontier Corps (FC) personnel were injured when Afghan forces opened unprovoked fire on Pakistani border "
            "posts in the Kharlachi area of Kurram Agency on May 27.")
    event = extract(text).events[0]
    # (unlinked: ANDSF before 2021, the Taliban's forces after; the report gives no year)
    assert (event.acled_sub_event_type, event.perpetrator.span.text) == ("Armed clash", "Afghan forces")


def test_an_encounter_with_a_place_of_its_own_in_a_summary_is_another_incident():
    text = ("Six persons were killed in separate incidents in Balochistan on Monday. Two Levies personnel were shot dead "
            "in Kech. Three soldiers were killed in the encounter with militants in Zhob.")
    assert "Zhob" in [e.place.admin2 for e in extract(text).events]


def test_weapons_recovered_from_them_and_a_constable_hurt_in_the_encounter_belong_to_it():
    text = ("At least five persons were killed in separate incidents of violence in Karachi on January 14. Police claimed "
            "to have killed two suspected militants in an encounter in the Pakhtunabad area of Manghopir. The SSP said "
            "a Kalashnikov and a pistol were recovered from them. A constable was injured in the encounter. In the "
            "Baghdadi area of Lyari, a man was killed when unidentified persons hurled a hand grenade at a tea stall. "
            "Two brothers were shot dead near their house in the Gulshan-e-Bihar area of Orangi Town.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash", "Grenade", "Attack"]


def test_a_protest_demanding_the_victims_recovery_answers_the_abduction():
    text = ("Unidentified armed men abducted a child specialist from the Hayatabad township of Peshawar on February 16. "
            "Doctors in the city's government hospitals boycotted outpatient departments and staged a protest on "
            "Saturday, demanding the safe recovery of their colleague.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Abduction/forced disappearance", "Peaceful protest"]


def test_fire_aimed_at_a_shop_that_also_hurt_a_levies_man_is_an_attack_on_civilians():
    text = ("At least two people were shot dead and a Levies official sustained injuries when unidentified armed militants "
            "opened fire at a shop in Sibi Road area of Mastung District on July 17.")
    assert extract(text).events[0].acled_sub_event_type == "Attack"
    # the forces as the aim, or as most of those hit, stay a clash
    post = "Militants opened fire at a Levies checkpost in Mastung District on July 17, injuring two Levies officials."
    assert extract(post).events[0].acled_sub_event_type == "Armed clash"


def test_weapons_handed_over_by_surrendering_militants_and_a_squad_that_only_spoke_are_no_attack():
    surrender = ("In another incident, 11 militants of the TTP laid down their arms before security forces in Ghalanai, "
                 "Mohmand District. The surrendered militants handed over Kalashnikovs, ammunition and a rocket launcher.")
    assert [e.acled_sub_event_type for e in extract(surrender).events] == ["Change to group/activity"]
    grenade = ("A trader was injured when unidentified assailants hurled a hand grenade at his house in Peshawar on April 4. "
               "Personnel of the Bomb Disposal Unit (BDU) said a Russian-made hand grenade was used in the attack.")
    assert [(e.status, e.acled_sub_event_type) for e in extract(grenade).events] == [("occurred", "Grenade")]


@pytest.mark.parametrize("text, expected", [
    ("Soldiers killed three terrorists during an intelligence-based operation in Jani Khel, Bannu on March 3. Weapons, "
     "ammunition and explosives were recovered from their hideout.", ["Armed clash"]),
    ("A police official was killed when a bomb planted in a parked motorcycle went off on Mall Road in Chaman on May 9. "
     "Security personnel cordoned off the area and detained several suspects for questioning.",
     ["Remote explosive/landmine/IED"]),
])
def test_the_forces_response_at_the_scene_belongs_to_the_incident(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events] == expected


def test_personnel_of_a_named_force_who_arrested_make_it_the_arresting_force():
    event = extract("Separately, personnel of the Pakistan Rangers Sindh arrested three suspected militants in "
                    "Kunwari Colony of Manghopir, Karachi on May 3.").events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Arrests", "sindh_rangers")


def test_a_sit_in_demanding_protection_and_arrest_of_the_killers_answers_the_killing():
    text = ("Three shopkeepers of the Hazara community were shot dead when gunmen opened fire on their shops in Mezan Chowk "
            "area of Quetta on September 18. Later, hundreds of Hazara men and women placed the bodies on Alamdar Road and "
            "staged a sit-in, demanding protection for the community and arrest of the killers.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack", "Peaceful protest"]


def test_a_foreign_drone_named_for_the_strike_carried_it_out():
    event = extract("At least four suspected militants were killed when a US drone fired two missiles at a compound in "
                    "Datta Khel tehsil of North Waziristan Agency on January 10. It was the third drone strike in the "
                    "agency this month.").events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Air/drone strike", "us_forces")


@pytest.mark.parametrize("text, expected", [
    ("Security forces arrested five terrorists in Dera Bugti on Thursday, a day after tribal elders demanded strict "
     "action and the arrest of the attackers.", ("Arrests", "pakistan_security_forces")),
    ("Police conducted a raid against robbers in Gujranwala and two robbers were killed in the shootout.",
     ("Armed clash", "pakistan_police")),
    ("Twelve militants of the BLA handed over their weapons to the Balochistan government in Quetta.",
     ("Change to group/activity", "bla")),
])
def test_demands_campaigns_and_surrenders_keep_who_acted(text, expected):
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == expected


def test_an_attack_on_property_that_hurt_no_one_is_property_destruction():
    text = ("Around two dozen militants stormed a terminal of NATO supply vehicles in the Takhta Baig area of Khyber Agency "
            "on March 6 and set ablaze 14 oil tankers. No one was hurt. Fire tenders from Peshawar took several hours to "
            "put out the blaze.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Looting/property destruction"]
    # a blaze elsewhere is no aftermath of the attack
    other = ("Militants attacked a police post in Bannu on Monday, injuring two policemen. The blaze in a market in "
             "Peshawar killed three people.")
    assert "Looting/property destruction" not in [e.acled_sub_event_type for e in extract(other).events]


def _arrests(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.place.admin2 if e.place else None, e.place.name if e.place else None, e.arrested.value if e.arrested else None)
            for e in extract(text).events if e.acled_sub_event_type == "Arrests"]


def test_arrests_listed_in_several_districts_are_one_incident_in_each():
    # ACLED codes an event per place: "in Gujranwala and Multan districts" is two arrests
    text = ("The Counter Terrorism Department (CTD) arrested five suspected terrorists of the banned TTP during "
            "intelligence-based operations in Gujranwala and Multan districts on September 9. A CTD spokesperson said "
            "three suspects were held near GT Road in Gujranwala, while two others were arrested from a hideout in Multan.")
    # each placed and counted by its own clause of the breakdown
    assert _arrests(text) == [("Gujranwala", "GT Road", 3), ("Multan", "Multan", 2)]
    events = [e for e in extract(text).events if e.acled_sub_event_type == "Arrests"]
    assert events[0].separate_set is not None and events[0].separate_set == events[1].separate_set
    assert all(e.perpetrator.actor_id == events[0].perpetrator.actor_id for e in events)
    # three places, no breakdown: the first keeps the report's count, the others none (as split copies do)
    three = _arrests("The CTD Punjab arrested 11 suspected terrorists during intelligence-based operations in Lahore, "
                     "Gujranwala and Rawalpindi on Friday, a spokesperson said.")
    assert [(d, n) for d, n, _ in three] == [("Lahore", "Lahore"), ("Gujranwala", "Gujranwala"), ("Rawalpindi", "Rawalpindi")]
    assert [c for _, _, c in three] == [11, None, None]


def test_a_place_in_its_district_or_a_journey_between_places_is_one_arrest():
    # a town and its district, or a Karachi locality and Karachi: one place
    assert len(_arrests("Police arrested three militants in Bara, Khyber district on Monday.")) == 1
    assert len(_arrests("Rangers arrested two suspects in Orangi and Korangi areas of Karachi on Sunday.")) == 1
    # not a list of places where the arrests were made
    assert len(_arrests("Police arrested a suspect in Lahore and handed him over to the CTD in Multan on Monday.")) == 1
    assert len(_arrests("Police arrested two men from Swat and Dir who were travelling to Peshawar on Monday.")) == 1


def test_a_sentence_opening_in_another_district_with_its_own_victims_is_another_incident():
    text = ("Two policemen were killed when militants ambushed a police van near Daraban town of Dera Ismail Khan "
            "District on March 3. In Lakki Marwat District, a roadside bomb went off near a Frontier Corps vehicle, "
            "injuring three soldiers.")
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == [
        ("Armed clash", "Dera Ismail Khan"), ("Remote explosive/landmine/IED", "Lakki Marwat")]
    # the same district, or a sentence that ties itself to the attack, goes on telling it
    same = ("Two policemen were killed when militants ambushed a police van near Daraban town of Dera Ismail Khan "
            "District on March 3. In Dera Ismail Khan, a bomb went off near the van as help arrived, injuring three.")
    assert len(extract(same).events) == 1
    tied = ("Two policemen were killed when militants ambushed a police van near Daraban town of Dera Ismail Khan "
            "District on March 3. In Tank, two more policemen were also injured in the attack.")
    assert len(extract(tied).events) == 1


@pytest.mark.parametrize("text", [
    "Two policemen were injured when militants dropped explosives from a quadcopter on the Miryan police station.",
    "Militants used a drone to drop explosives on a check post in Bannu, injuring two soldiers.",
    "Two children were injured when a quadcopter attack hit a house in Mir Ali on Sunday.",
])
def test_armed_groups_drone_attacks_are_drone_strikes_by_them(text):
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Air/drone strike", "Unidentified Armed Group")


def test_drones_that_only_watch_are_no_strike():
    assert extract("Police are using drones to monitor the procession route in Karachi.").events == []


def test_a_group_that_denies_involvement_is_not_the_perpetrator():
    text = ("The Tehreek-e-Taliban Pakistan (TTP) on Saturday denied any involvement in the bombing of a mosque in "
            "Peshawar that killed four worshippers on Friday.")
    assert extract(text).events[0].perpetrator.name == "Unidentified Armed Group"
    claimed = "The TTP claimed responsibility for the bombing of a mosque in Peshawar that killed four worshippers."
    assert extract(claimed).events[0].perpetrator.actor_id == "ttp"


def test_passengers_shot_in_a_convoy_the_police_escorted_are_an_attack_on_civilians():
    text = ("Six passengers were killed and eight others injured when unidentified gunmen opened fire on a passenger van "
            "near Bagan in Lower Kurram on August 22. The van was part of a convoy escorted by Police. A Police "
            "constable escorting the convoy was also injured.")
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Attack", "Unidentified Armed Group")
    # the escort is not who fired, and forces who were the ones hit keep it a clash
    guarded = extract("Gunmen opened fire on a passenger van escorted by police in Kurram on Monday, killing a constable.")
    assert (guarded.events[0].acled_sub_event_type, guarded.events[0].perpetrator.name) == (
        "Armed clash", "Unidentified Armed Group")


def test_a_valley_of_a_named_district_lies_in_that_district():
    event = extract("Unidentified miscreants set on fire two girls schools in Darel valley of Diamer district on "
                    "the night of November 2.").events[0]
    assert (event.place.name, event.place.admin2) == ("Darel", "Diamer")


def test_a_press_club_named_for_its_city_is_a_place_in_that_city():
    event = extract("Journalists staged a protest outside the Peshawar Press Club on Monday against the killing of "
                    "a reporter.").events[0]
    assert (event.place.name, event.place.admin2, event.geo_precision) == ("Peshawar Press Club", "Peshawar", 1)
    assert event.place.lat is not None  # at its town's coordinates


def test_operations_a_summary_counts_are_told_one_by_one_even_two_in_a_sentence():
    text = ("Security forces killed 11 terrorists in three separate intelligence-based operations in Khyber "
            "Pakhtunkhwa on December 12, the ISPR said. In the first operation, conducted in the Tirah valley of Khyber "
            "District, five terrorists were killed, while four more were killed in the Darazinda area of Dera Ismail "
            "Khan District. In the third operation, in the Spinwam area of North Waziristan District, two terrorists "
            "were killed and a soldier embraced martyrdom during an exchange of fire.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.place.admin2, e.killed.total.value) for e in events] == [
        ("Armed clash", "Khyber", 5), ("Armed clash", "Dera Ismail Khan", 4), ("Armed clash", "North Waziristan", 3)]
    assert all(e.perpetrator.actor_id == "pakistan_security_forces" for e in events)
    # "in two separate operations", not told: two incidents, the second without the report's count
    two = extract("Security forces killed six militants in two separate operations in North Waziristan on Monday.").events
    assert [(e.acled_sub_event_type, e.place.admin2) for e in two] == [("Armed clash", "North Waziristan")] * 2
    # a "while" clause in the same district, or one without victims, is the same incident
    same = extract("Security forces killed 11 terrorists in two separate operations in Khyber on May 2. In the first "
                   "operation, five terrorists were killed in Tirah, while four more were killed in Bara.").events
    assert [e.place.admin2 for e in same] == ["Khyber", "Khyber"]


def test_an_abduction_told_with_its_own_earlier_day_is_its_own_incident():
    # no publication date: "July 11" has no year, but is another day than "July 18"
    text = ("Security forces recovered two kidnapped employees after an exchange of fire with their abductors in the "
            "Gomal area of Tank District on July 18. The employees had been abducted by armed men from a telecom tower "
            "site near Kot Azam on July 11.")
    assert [(e.acled_sub_event_type, e.perpetrator.name, e.place.name) for e in extract(text).events] == [
        ("Armed clash", "Pakistani security forces (unspecified)", "Gomal"),
        ("Abduction/forced disappearance", "Unidentified Armed Group", "Kot Azam")]
    # the same day said again goes on telling the incident
    again = ("Militants kidnapped two engineers near Kot Azam in Tank District on July 11. The engineers were taken "
             "to an unknown location on July 11, police said.")
    assert len(extract(again).events) == 1
    # abducted and later found dead: one Attack (the coding rules), whatever day the abduction was
    killed = ("The bullet-riddled body of a school teacher was found in Kanak area of Mastung District on December 1. "
              "Levies officials said the teacher had been kidnapped by unidentified armed men on November 28.")
    assert [e.acled_sub_event_type for e in extract(killed).events] == ["Attack"]
    elders = ("Two tribal elders were killed in Akkakhel area of Khyber Agency on September 13. Militants abducted "
              "the elders on September 11 from near their houses. Their bodies were found on September 13.")
    assert [e.acled_sub_event_type for e in extract(elders).events] == ["Attack"]
    # a day in someone's past deeds is no other incident; nor a day named otherwise ("the May 11 elections")
    past = ("An accused was killed in an encounter with police in Korangi area of Karachi on October 3. He was "
            "accused of involvement in the murder of a head constable on September 20.")
    assert len(extract(past).events) == 1
    named = ("An ANP leader was shot dead by gunmen in Tangi tehsil of Charsadda District on April 29. Police said the "
             "ANP candidate for the May 11 general elections was shot at from a motorcycle.")
    assert len(extract(named).events) == 1


@pytest.mark.parametrize("text, expected", [
    ("Unidentified gunmen shot and injured a worker of the PTI near his house in Charbagh area of Swat District.",
     "Attack"),
    ("A police constable was shot and wounded by unidentified gunmen in Bannu on Monday.", "Armed clash"),
])
def test_shot_and_injured_is_an_armed_attack(text, expected):
    assert _types(text) == [expected]


def test_arms_recovered_from_the_killed_militants_belong_to_the_operation():
    text = ("Security Forces killed six khawarij during an intelligence-based operation in Bagh area of Khyber "
            "District. Weapons, ammunition and explosives were recovered from the killed khawarij.")
    assert _types(text) == ["Armed clash"]


def test_officials_retelling_an_attack_from_another_city_open_no_incident():
    text = ("Terrorists attacked a police checkpost in Kulachi, killing three policemen. In Peshawar, IGP Akhtar Hayat "
            "said the three policemen martyred in Kulachi had fought bravely.")
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == [("Armed clash", "Dera Ismail Khan")]
    tally = ("Gunmen attacked a bus in Kurram, killing 12 people and injuring 20. In Peshawar, a government spokesman "
             "said 12 people were killed and 20 injured.")
    assert len(extract(tally).events) == 1


@pytest.mark.parametrize("text", [
    "The CTD arrested three terrorists in Lahore who had planned to attack installations in Rawalpindi and Islamabad.",
    "Police arrested two suspects for their alleged involvement in terrorist activities in Bannu and Lakki Marwat.",
    "Police arrested four Afghan nationals residing illegally in Quetta and Pishin on Monday.",
])
def test_places_that_describe_the_arrested_are_not_where_they_were_arrested(text):
    assert len(_arrests(text)) == 1


def test_a_clause_naming_two_districts_gives_neither_its_count():
    text = ("Police arrested ten suspects in raids in Karachi and Hyderabad on Monday. Six were arrested in Karachi's "
            "Lyari area and four in Hyderabad's Latifabad.")
    # so no district has a count of its own, and the first keeps the report's
    assert [(d, c) for d, _, c in _arrests(text)] == [("Karachi", 10), ("Hyderabad", None)]


@pytest.mark.parametrize("text, perpetrator", [
    ("Militants attacked a checkpost in Bannu with quadcopters, and the army responded with a drone strike that "
     "killed five of them.", "Pakistan Army"),
    ("Three militants were killed when a Pakistan Army drone struck their vehicle in Datta Khel, hours after the "
     "militants attacked a checkpost with drones.", "Pakistan Army"),
    ("Unknown attackers dropped explosives from a drone on a police checkpost in Lakki Marwat, injuring two "
     "constables.", "Unidentified Armed Group"),
])
def test_whose_drone_struck_is_read_from_the_strike_own_clause(text, perpetrator):
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Air/drone strike", perpetrator)


def test_goods_dropped_from_a_drone_are_no_strike():
    assert "Air/drone strike" not in _types("Rangers recovered three kilograms of heroin dropped from a drone near "
                                            "the border in Kasur.")


def test_a_group_that_denies_an_attack_is_not_its_target_either():
    event = extract("The TTP denied any role in the suicide attack on a bus in Kohistan that killed five Chinese "
                    "engineers.").events[0]
    assert event.target is None or event.target.actor_id != "ttp"


def test_second_round_probes_of_the_summary_day_and_arrest_rules():
    # an attribution after the violence does not make it a retelling
    two = extract("Gunmen shot dead a trader in Quetta. In Turbat, unidentified men killed two labourers, police said.")
    assert [e.place.admin2 for e in two.events] == ["Quetta", "Kech"]
    # a clause without violence of its own is no incident (and no crash)
    clause = extract("Two people were killed in separate incidents in Khyber Pakhtunkhwa. A man was shot dead in "
                     "Peshawar, while two others sustained injuries in Mardan.")
    assert clause.events
    # operations with no force named are the forces' own
    ops = extract("Five terrorists were killed in two separate operations in Balochistan, the ISPR said. Three "
                  "terrorists were killed in Zhob, while two were killed in Kech.")
    assert [(e.acled_sub_event_type, e.perpetrator.name, e.place.admin2) for e in ops.events] == [
        ("Armed clash", "Security Forces", "Zhob"), ("Armed clash", "Security Forces", "Kech")]
    # a funeral a day later retells the attack; a soldier's home district is no second scene
    assert len(extract("Militants attacked a check post in Bannu on March 3, killing two soldiers. Funeral prayers of "
                       "the soldiers killed in the attack were offered on March 4.").events) == 1
    home = extract("Security forces killed seven terrorists in two separate operations in North Waziristan. In the "
                   "first operation in Mir Ali, five terrorists were killed, while two soldiers of Mardan were "
                   "martyred in the exchange of fire.")
    assert {e.place.admin2 for e in home.events} == {"North Waziristan"}
    # a civilian killed after a summary of the police's encounters is not the police's
    shop = extract("Police killed four terrorists in two separate encounters in Lakki Marwat on Sunday. A shopkeeper "
                   "was shot dead in Lakki city on Sunday evening.")
    assert ("Attack", "Unidentified Armed Group") in [(e.acled_sub_event_type, e.perpetrator.name) for e in shop.events]
    # the CTD's weekly list
    assert len(_arrests("The CTD Punjab arrested 11 terrorists belonging to banned organisations during "
                        "intelligence-based operations in Lahore, Gujranwala and Multan.")) == 3


def test_third_round_probes_of_the_day_retelling_and_list_rules():
    # an attribution after a new day's violence, or a victim "who had returned", does not merge it
    for text in ("Gunmen shot dead a teacher in Turbat on July 9. Gunmen shot dead a labourer in Gwadar on July 12, "
                 "police said.",
                 "Gunmen shot dead a teacher in Turbat on July 9. Gunmen shot dead a labourer who had returned from "
                 "Dubai in Gwadar on July 12."):
        assert [e.place.admin2 for e in extract(text).events] == ["Kech", "Gwadar"]
    # a day opening the sentence is a day too
    assert len(extract("On July 9, gunmen shot dead a teacher in Turbat. On July 12, gunmen shot dead a labourer in "
                       "Turbat.").events) == 2
    # "a bomber who had detonated his vest" is this suicide bombing
    assert _types("Twelve worshippers were killed by a bomber who had detonated his explosives-laden vest at a "
                  "mosque in Peshawar.") == ["Suicide bomb"]
    # a fight with the kidnappers on a later day is no end of the abduction; a statement told first retells
    fight = extract("Two engineers were abducted from Kohat on January 2. They were recovered on January 9 after an "
                    "exchange of fire with the kidnappers in Hangu, police said.")
    assert [e.acled_sub_event_type for e in fight.events] == ["Abduction/forced disappearance", "Armed clash"]
    assert len(extract("Security forces killed three terrorists in an intelligence-based operation in Tank on March 3. "
                       "According to an ISPR statement issued on March 4, the terrorists were killed in an exchange "
                       "of fire.").events) == 1
    # soldiers martyred in a told operation: still the forces' operation
    ops = extract("Security forces killed five terrorists in two separate operations in North Waziristan. In the "
                  "second operation, in Razmak, two soldiers were martyred during an intense exchange of fire.")
    assert all(e.perpetrator.actor_id == "pakistan_security_forces" for e in ops.events)
    # a long phrase of past deeds still governs the list
    assert len(_arrests("Police arrested two men involved in attacks on security forces and police in Bannu and "
                        "Lakki Marwat.")) == 1


def test_a_third_incident_and_a_claim_of_two_named_targets():
    text = ("Militants blew up two pylons of a transmission line in the Chattar area of Naseerabad District on the night of "
            "October 10. In another incident the same night, a gas pipeline was damaged in an explosion in Dera Bugti "
            "District. In a third incident, a portion of the railway track was damaged in a blast near Kandhkot in "
            "Kashmore District. The BRAS claimed responsibility for the attacks on the transmission line and the gas "
            "pipeline.")
    events = extract(text).events
    assert [(e.place.admin2, e.perpetrator.name) for e in events] == [
        ("Nasirabad", "Baloch Raaji Aajoi Sangar"), ("Dera Bugti", "Baloch Raaji Aajoi Sangar"),
        ("Kashmore", "Unidentified Armed Group")]


@pytest.mark.parametrize("text, sub_event", [
    # an ambush on passengers is an attack on civilians; on the forces it stays a clash
    ("At least six passengers were killed when gunmen ambushed a convoy of passenger vehicles near Bagan in Kurram "
     "District on October 12.", "Attack"),
    ("Three members of a wedding party were shot dead when gunmen ambushed their van in Khyber District.", "Attack"),
    # a tally of last year's clashes told after it does not make it one
    ("Six passengers were killed when gunmen ambushed a convoy of passenger vehicles near Bagan in Kurram District on "
     "October 12. More than 130 people were killed in tribal and sectarian clashes in Kurram District last year.", "Attack"),
    ("Two soldiers were killed when militants ambushed a convoy in Kurram District on Monday.", "Armed clash"),
    ("Two militants and a passer-by were killed when gunmen ambushed a vehicle in Kurram District.", "Armed clash"),
])
def test_an_ambush_is_typed_by_whom_it_hit(text, sub_event):
    assert [e.acled_sub_event_type for e in extract(text).events] == [sub_event]


def test_mortars_with_small_arms_are_an_armed_attack_not_shelling():
    text = ("Two soldiers were killed when militants attacked a border post in Mohmand District on April 18. Officials "
            "said the attackers used mortars and small arms.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash"]


def test_arrests_counted_place_by_place_are_one_incident_per_district():
    text = ("The Counter Terrorism Department (CTD) arrested 14 suspected terrorists during intelligence-based "
            "operations in four districts of Punjab on June 11. Six suspects were arrested in Multan, four in Dera "
            "Ghazi Khan, three in Bahawalpur and one in Rawalpindi.")
    arrests = [(e.place.admin2, e.arrested.value) for e in extract(text).events]
    assert arrests == [("Multan", 6), ("Dera Ghazi Khan", 4), ("Bahawalpur", 3), ("Rawalpindi", 1)]


@pytest.mark.parametrize("text, incidents", [
    # a tally over months is background; the incident it follows stays one
    ("The CTD arrested two suspects in Multan on June 11. The CTD has conducted more than 2,100 operations across "
     "the province since January, arresting 530 suspects.", 1),
    ("Two policemen were shot dead in Peshawar on Monday. Police said 45 policemen have been martyred in the "
     "province since January.", 1),
    ("Six passengers were killed when gunmen ambushed a convoy near Bagan in Kurram District on October 12. More "
     "than 130 people were killed in tribal and sectarian clashes in Kurram District last year.", 1),
    # a period that opens an ongoing fight is no tally, nor a day's incident the tally ranks
    ("A soldier was killed in a roadside blast in Mir Ali on Monday, the 45th soldier to die in the district this year.", 1),
    ("Seven militants have been killed since March 3 in the ongoing operation in Tirah valley of Khyber District.", 1),
])
def test_tallies_over_months_are_no_incidents(text, incidents):
    assert len([e for e in extract(text).events if e.status == "occurred"]) == incidents


@pytest.mark.parametrize("text, types", [
    # the forces' raid on the next day, or a follow-up raid, is a fight of its own
    ("A local leader was shot dead by gunmen in Khar tehsil of Bajaur District on May 15. On the following day, "
     "personnel of the CTD killed a militant in an exchange of fire during a raid in Mamund tehsil of the district.",
     ["Attack", "Armed clash"]),
    ("A roadside bomb killed two soldiers in Mir Ali on Saturday. On Sunday, the military said troops had killed "
     "three militants in an exchange of fire during a follow-up raid in the Datta Khel area. The chief minister "
     "condemned the bombing.", ["Remote explosive/landmine/IED", "Armed clash"]),
    ("A roadside bomb killed two soldiers in Mir Ali on Saturday. Troops killed three militants in an exchange of "
     "fire during a follow up raid in the Datta Khel area on Sunday.", ["Remote explosive/landmine/IED", "Armed clash"]),
    # the next day's death of one hurt in the attack is still the attack
    ("Militants attacked a police post in Bannu District on Monday, injuring three policemen. The next day, one of "
     "the injured policemen succumbed to his wounds.", ["Armed clash"]),
])
def test_a_next_day_or_follow_up_raid_is_another_incident(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == types


@pytest.mark.parametrize("text", [
    # people gathering after an attack demonstrate, whatever they demand, where the attack was
    "A suicide bomber killed 14 people in a market in Parachinar on Friday. Hundreds of people gathered outside the "
    "hospital later that day, chanting slogans against the government.",
    "Gunmen shot dead four vendors in Quetta on Friday. By evening, mourners had placed the four coffins on the Western "
    "Bypass and vowed not to bury the dead until the killers were arrested.",
])
def test_a_gathering_after_an_attack_is_a_protest_of_its_own(text):
    events = extract(text).events
    assert [e.acled_sub_event_type for e in events][1:] == ["Peaceful protest"]
    assert events[1].place.admin2 == events[0].place.admin2


def test_the_islamic_states_khorasan_branch_is_iskp():
    text = ("A suicide bomber killed 14 people in Parachinar on Friday. The Islamic State group's Khorasan branch, "
            "known as IS-K, claimed the attack.")
    assert extract(text).events[0].perpetrator.actor_id == "iskp"


def test_firing_on_a_polio_team_is_an_attack_though_its_police_guard_was_hurt():
    text = ("Two polio workers were shot dead and a policeman deployed for their security was injured when "
            "unidentified armed motorcyclists opened fire on a vaccination team in Bannu District on April 22.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


def test_a_group_that_has_not_claimed_the_attack_is_not_its_perpetrator():
    text = ("Militants shot dead two policemen at a checkpost in Lakki Marwat District on Thursday evening. The "
            "Tehreek-e-Taliban Pakistan (TTP) has not claimed the Thursday attack, but police suspect a local commander.")
    assert extract(text).events[0].perpetrator.name == "Unidentified Armed Group"


@pytest.mark.parametrize("talks", ["The DPO said talks were being held with the protesters.",
                                   "The deputy commissioner held talks with the protesters."])
def test_talks_held_with_protesters_are_no_intervention(talks):
    text = "Hundreds of policemen staged a sit-in on the Indus Highway in Lakki Marwat on Friday. " + talks
    assert "Protest with intervention" not in [e.acled_sub_event_type for e in extract(text).events]


@pytest.mark.parametrize("text, types", [
    # reports that lost their hyphens: "sit in", "tear gas"; tear gas shells are no shelling
    ("Three Hazara vendors were shot dead by gunmen in Quetta on September 11. Following the incident, hundreds of "
     "Hazara men and women staged a sit in on Alamdar Road.", ["Attack", "Peaceful protest"]),
    ("Hundreds of people protested in Quetta on Monday. Police fired teargas shells to disperse the protesters.",
     ["Protest with intervention"]),
    # protesters who dispersed by themselves met no intervention
    ("Relatives of the victims blocked the Mauripur Road in Karachi for several hours in protest on Monday. The "
     "protesters dispersed peacefully after the police assured them that the culprits would be arrested.",
     ["Peaceful protest"]),
])
def test_crowds_in_reports_without_hyphens(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events] == types


@pytest.mark.parametrize("text, sub_event, perpetrator", [
    # a drone that fired missiles struck from the air; gunships and jets are the state's
    ("At least six militants were killed when a drone fired two missiles at a compound in Shawal area of North "
     "Waziristan on March 17.", "Air/drone strike", "Unidentified Armed Group"),
    ("Helicopter gunships targeted militant positions in the Mamozai area of Orakzai Agency on Monday, killing "
     "dozens of militants.", "Air/drone strike", "Security Forces"),
])
def test_strikes_from_the_air(text, sub_event, perpetrator):
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.name) == (sub_event, perpetrator)


def test_an_abduction_days_before_the_bodies_were_found_is_that_killing():
    text = ("Police recovered three bullet riddled bodies from a deserted plot near Mauripur Road in Karachi on June "
            "11. The victims had been kidnapped by armed men two days earlier, police said.")
    assert len(extract(text, date(2024, 6, 12)).events) == 1


@pytest.mark.parametrize("text, types", [
    # suicide jackets recovered in a raid are seized, not set off
    ("The CTD arrested three suspected militants and recovered two suicide jackets from their possession during a "
     "raid in Dera Ghazi Khan on July 19.", ["Arrests"]),
    # past deeds told at length are still past deeds
    ("Two suspected gangsters were killed in an exchange of fire with police in Lyari on Monday. Police said the "
     "deceased were wanted in more than 20 cases of murder and kidnapping for ransom.", ["Armed clash"]),
    # the next day's violence is another incident though it hurt no one
    ("Militants attacked the check posts of a tribal lashkar near Peshawar on February 21, killing four volunteers. "
     "On the following day, members of the lashkar demolished the houses of two suspected militants in Shanai "
     "village.", ["Armed clash", "Looting/property destruction"]),
    # a policeman escorting the polio team was hurt, the worker killed: an attack on civilians
    ("A female polio worker was shot dead and a policeman escorting the vaccination team was injured when gunmen "
     "opened fire on them in Badaber area of Peshawar on Monday.", ["Attack"]),
    # a summary's victims told as incidents of their own are not told again
    ("Four persons were killed in separate incidents of violence in Khyber Pakhtunkhwa on December 18. In Bannu, two "
     "policemen were shot dead by unidentified motorcyclists. In Peshawar, a polio worker was shot dead by gunmen "
     "in the Badaber area. In Bajaur Agency, a tribal elder was killed when a roadside bomb went off near his "
     "vehicle in Mamund tehsil.", ["Armed clash", "Attack", "Remote explosive/landmine/IED"]),
])
def test_seizures_past_deeds_next_days_escorts_and_summaries(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == types


@pytest.mark.parametrize("text, types", [
    # what the arrested had done is their past; the bomber's facilitators arrested later are the bombing's
    ("The Rangers arrested three facilitators of the banned Sindhudesh Revolutionary Army from Gulshan-e-Hadeed in "
     "Karachi on Monday. A spokesman said the men had provided shelter and transport to militants who planted a bomb "
     "on a railway track last month.", ["Arrests"]),
    ("A policeman was killed when a suicide bomber blew himself up at a check post in Tarnol area of Islamabad on "
     "Monday. Later, the police arrested two suspected facilitators of the bomber from a rented house in the Golra "
     "area.", ["Suicide bomb"]),
    # militants who surrendered laid down their rocket launchers; pylons destroyed with explosives were bombed
    ("Sixteen militants of the banned Baloch Republican Army surrendered to the Frontier Corps at a ceremony in Quetta "
     "on January 19. An official said the militants laid down Kalashnikovs, rocket launchers and ammunition.",
     ["Change to group/activity"]),
    ("Two electricity pylons of a transmission line were destroyed with explosives in the Kahan area of Kohlu "
     "District on Monday.", ["Remote explosive/landmine/IED"]),
    # another of the forces' operations in which militants died
    ("Security forces killed seven terrorists in an intelligence-based operation in North Waziristan on Monday. In "
     "a separate operation in the Gomal area of Tank District, two terrorists were killed.", ["Armed clash", "Armed clash"]),
])
def test_arrested_mens_past_surrenders_and_separate_operations(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == types


def test_a_claim_told_by_telephone_names_the_perpetrator():
    text = ("Two passengers were killed when gunmen opened fire on a passenger coach on the Karakoram Highway near "
            "Chilas in Diamer district on Friday night. A man claiming to speak for Jundullah told journalists by "
            "telephone that the group had carried out the attack.")
    assert extract(text).events[0].perpetrator.name == "Jundullah"


@pytest.mark.parametrize("text", [
    # blocking a road to protest is the protest; an official's talks with the protesters are no diplomacy
    "Hundreds of traders blocked the Indus Highway in Kohat on June 3 to protest against load shedding. The deputy "
    "commissioner held talks with the protesters, who later dispersed peacefully.",
    # ... and what the protest is about, told in its first sentence, is not an attack of its own
    "Hundreds of traders blocked the Indus Highway in Kohat on June 3 to protest against the killing of a shopkeeper. "
    "The deputy commissioner held talks with the protesters, who later dispersed peacefully.",
])
def test_a_road_blocked_in_protest_is_a_peaceful_protest(text):
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Peaceful protest"]


def test_a_protest_announced_for_later_is_no_protest():
    events = extract("The traders announced they would block the Indus Highway on June 3 to protest against load shedding.").events
    assert [e.acled_sub_event_type for e in events if e.status == "occurred"] == []


def test_families_of_victims_of_attacks_name_no_incident():
    text = ("The cabinet on March 26 doubled the compensation for the families of policemen killed in terrorist attacks "
            "to Rs 2 million.")
    assert [e for e in extract(text).events if e.status == "occurred"] == []


def test_mobs_after_a_fight_are_an_incident_of_their_own():
    text = ("Soon after the killing of a cleric in Gilgit city on January 8, armed men of the two sects exchanged heavy "
            "fire for several hours, leaving at least six people dead. Several shops and vehicles were torched by angry mobs.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Armed clash", "Mob violence"]


def test_protesters_dispersed_by_police_are_the_protest_s_actor():
    text = ("Hundreds of Hazara men and women staged a sit in on Alamdar Road in Quetta on September 11. Later in the "
            "evening, police fired teargas shells to disperse a group of protesters who tried to march towards the "
            "Governor House. Six protesters were injured.")
    events = extract(text).events
    assert events[-1].acled_sub_event_type == "Protest with intervention"
    assert events[-1].perpetrator.name == "Protesters"


def test_a_would_be_bomber_shot_dead_is_a_bombing_stopped():
    text = ("Police shot dead a would be suicide bomber and arrested his accomplice outside an imambargah in Jacobabad "
            "city on October 23. The Bomb Disposal Squad later defused the vest, which contained seven kilogrammes of "
            "explosives. The accomplice was identified as Abdul Wahab, a resident of Shikarpur District.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.perpetrator.name, e.place.admin2) for e in events] == [
        ("Disrupted weapons use", "Police (Pakistan, unspecified)", "Jacobabad")]


def test_what_a_curfew_was_imposed_to_prevent_did_not_happen():
    text = ("A cleric and his guard were shot dead when unidentified gunmen intercepted their car in Dera Ismail Khan "
            "city on December 3. A curfew was imposed in parts of the city after the killing to prevent sectarian clashes.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]


@pytest.mark.parametrize("text, places", [
    # "In a separate action", "On the same night": another incident
    ("Rangers killed three militants in an exchange of fire in Manghopir area of Karachi on January 7. In a separate "
     "action, police arrested a target killer in Orangi Town, who confessed to involvement in the killings of doctors.",
     [("Armed clash", "Karachi"), ("Arrests", "Karachi")]),
    ("A bomb went off on the railway track near Tando Adam in Sanghar District on April 3, damaging the track. On the "
     "same night, a cracker planted at the gate of the NADRA office in Larkana exploded, damaging the building.",
     [("Remote explosive/landmine/IED", "Sanghar"), ("Remote explosive/landmine/IED", "Larkana")]),
])
def test_a_separate_action_or_the_same_night_opens_another_incident(text, places):
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == places


def test_a_spokesman_saying_its_squad_carried_it_out_claims_it():
    text = ("Militants attacked a police post in Bannu district on March 4, killing two policemen. The Tehreek e Taliban "
            "Pakistan spokesman said its Fateh Squad carried out the attack, reports The News.")
    assert extract(text).events[0].perpetrator.name == "Tehrik-i-Taliban Pakistan"
    police = ("Militants attacked a police post in Bannu district on March 4, killing two policemen. The police "
              "spokesman said the Tehreek e Taliban Pakistan carried out the attack.")
    assert extract(police).events[0].perpetrator.name != "Tehrik-i-Taliban Pakistan"


def test_an_attack_in_another_district_is_its_own_though_no_one_was_hurt():
    text = ("A policeman escorting a polio team was shot dead in the Azam Warsak area of South Waziristan District on "
            "July 10. In Bannu District, militants attacked the Jani Khel Police Station with heavy weapons on the night "
            "of July 10, but the police repulsed the attack after a two-hour gunfight; no casualties were reported.")
    assert [e.place.admin2 for e in extract(text).events] == ["South Waziristan", "Bannu"]


def test_a_claim_of_both_attacks_claims_the_two_before_it():
    text = ("Unidentified militants planted explosives along a gas pipeline in Dera Bugti District, which went off early "
            "on May 2. In Naseerabad District, two pylons of a transmission line were blown up near Dera Murad Jamali. "
            "A spokesman of the banned Baloch Republican Army (BRA) claimed responsibility for both attacks.")
    assert [e.perpetrator.name for e in extract(text).events] == ["Baloch Republican Army"] * 2


@pytest.mark.parametrize("text, types", [
    ("A female polio worker was killed when gunmen opened fire on a polio vaccination team in Gulbahar area of "
     "Peshawar on December 18. A policeman deputed for the security of the team was also injured.", ["Attack"]),
    # an unrelated development is another incident; the blast it is not linked to does not type it
    ("A low intensity bomb exploded near a police picket on Ferozepur Road in Lahore on June 4, injuring two policemen. "
     "In a separate development, police arrested three suspected militants during a raid in Shahdara Town on June 5. "
     "Police did not link them to the blast.", ["Remote explosive/landmine/IED", "Arrests"]),
    # an explosives laden vehicle destroyed in the strikes is no suicide bombing; gunships backing a ground
    # operation do not make it an air strike
    ("At least 18 militants were killed when SFs pounded their hideouts with helicopter gunships in Mamozai area of "
     "Orakzai Agency on April 22. Officials said four hideouts and an explosives laden vehicle were destroyed in the "
     "strikes.", ["Air/drone strike"]),
    ("At least 11 militants were killed during a search operation by SFs in Bara tehsil of Khyber Agency on October "
     "15. Officials said that the SFs, backed by helicopter gunships, also destroyed six hideouts. Two soldiers were "
     "injured in the exchange of fire.", ["Armed clash"]),
])
def test_escorts_developments_and_support_from_the_air(text, types):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == types


def test_a_summary_leaves_at_most_one_incident_per_victim_left_over():
    text = ("Four people were killed in separate incidents of violence in Karachi on November 21. A police constable "
            "was shot dead by unidentified motorcyclists in Bilal Colony of Korangi Town. In Baldia Town, two "
            "shopkeepers were shot dead inside their shop at Saeedabad.")
    assert len(extract(text).events) == 3


@pytest.mark.parametrize("text, types", [
    # misfires a second reading found in this session's rules, each mended
    ("A suicide bomber struck a security convoy in Bannu on Monday, killing five soldiers. The next day, the chief "
     "minister visited the injured and condemned the attack.", ["Suicide bomb"]),
    ("At least 30 people have been killed in the fighting so far, officials said on Sunday, as clashes between "
     "Bangash and Turi tribes entered the fourth day in Kurram.", ["Armed clash"]),
    ("Gunmen shot dead two policemen in Bannu on May 28. On May 30, militants abducted two engineers in Lakki Marwat.",
     ["Armed clash", "Abduction/forced disappearance"]),
    ("Nine people were killed in Kohistan on Monday. The chief minister condemned the suicide attack on the bus.",
     ["Suicide bomb"]),
    ("Students staged a protest in Quetta on Monday. They dispersed after police resorted to aerial firing.",
     ["Protest with intervention"]),
    ("A suicide bomber blew himself up near a police van in Quetta on Monday, killing two policemen; police recovered "
     "parts of the suicide jacket from the site.", ["Suicide bomb"]),
    ("Security forces arrested three terrorists in Khyber on Monday. During the raid, the terrorists opened fire and a "
     "soldier was martyred; the terrorists had been involved in attacks on the forces.", ["Armed clash"]),
    ("Security forces ambushed militants in Kech on Monday, killing three; a civilian passer-by was also killed.",
     ["Armed clash"]),
    ("A roadside bomb killed a tribal elder in Bajaur on Monday. Thousands of people gathered for his funeral prayers, "
     "chanting slogans against terrorism.", ["Remote explosive/landmine/IED"]),
    ("Terrorists fired rockets at a police station in Lakki Marwat on Monday night, and police demanded that they "
     "surrender.", ["Shelling/artillery/missile attack"]),
])
def test_second_reading_misfires(text, types):
    assert [e.acled_sub_event_type for e in extract(text, date(2025, 6, 1)).events if e.status == "occurred"] == types


@pytest.mark.parametrize("text, killed", [
    ("Terrorists attacked a check post in North Waziristan on Monday. The exchange of fire continued until all four "
     "terrorists were killed, the ISPR said.", 4),
    ("Security forces on Monday killed a terrorist commander in North Waziristan who had been wanted since 2019.", 1),
])
def test_counts_until_and_since_in_someones_past(text, killed):
    assert extract(text).events[0].killed.total.value == killed


def test_a_dateline_stays_when_the_sentence_names_only_where_the_attackers_fled():
    text = "DERA ISMAIL KHAN: Terrorists attacked a police check post on Monday night, killing two policemen, and fled towards Tank."
    assert extract(text).events[0].place.admin2 == "Dera Ismail Khan"


def test_the_abducted_found_dead_days_later_is_one_incident():
    text = ("Gunmen abducted a shopkeeper from Panjgur bazaar on June 2. His bullet-riddled body was found near Gichk "
            "on June 5.")
    assert [e.acled_sub_event_type for e in extract(text, date(2025, 6, 10)).events] == ["Attack"]


@pytest.mark.parametrize("text, place", [
    # militants killed in an operation fell to the forces; an incident opening apart takes its own place
    ("Two terrorists were killed in an intelligence based operation in Tank District on Monday.", "Tank"),
    ("A soldier was martyred in Bannu on Monday. Separately, two terrorists were killed in an intelligence based "
     "operation in Tank District.", "Tank"),
])
def test_militants_killed_in_an_operation(text, place):
    event = [e for e in extract(text).events if e.status == "occurred"][-1]  # (the soldier martyred is one of its own)
    assert (event.acled_sub_event_type, event.perpetrator.name, event.place.admin2) == ("Armed clash", "Security Forces", place)


def test_arrests_counted_place_by_place_whatever_the_arrested_are_called():
    text = "Police arrested 55 PTI workers during raids on Monday: 30 PTI workers in Lahore and 25 in Rawalpindi."
    assert [(e.place.admin2, e.arrested.value) for e in extract(text).events] == [("Lahore", 30), ("Rawalpindi", 25)]


@pytest.mark.parametrize("text, incidents", [
    # a court's verdict retells a case, it reports no incident; a judge shot dead is one
    ("An Anti Terrorism Court in Karachi on October 30 sentenced two members of the banned Lashkar e Jhangvi to death "
     "for the murder of a Shia doctor in Gulshan e Iqbal Town in 2012.", 0),
    ("A judge who had sentenced two militants to death was shot dead in Quetta on Monday.", 1),
])
def test_a_verdict_is_no_incident(text, incidents):
    assert len([e for e in extract(text).events if e.status == "occurred"]) == incidents


def test_a_fight_an_attack_set_off_is_its_own_incident():
    text = ("A senior cleric was shot dead by unidentified gunmen near Kashrot in Gilgit city on January 8. Soon after the "
            "killing, armed men belonging to the two sects took positions in Kashrot and Majini Mohalla and exchanged "
            "heavy fire for several hours, leaving at least six people dead.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack", "Armed clash"]


@pytest.mark.parametrize("text, expected", [
    # A second reader's constructed texts against the rules of the ninth session of 2026-11-26: each was
    # misread by a first form of them. (sub-event type, district, killed) of each incident that occurred.
    ("Since January, militants have stepped up attacks in the area, and on Monday two policemen were shot dead at a "
     "checkpost in Lakki Marwat.", [("Armed clash", "Lakki Marwat", 2)]),  # a tally opening another clause
    ("Since 2023, when the ceasefire collapsed, militants killed 12 soldiers in an attack on the Zhob cantonment on "
     "Monday, the latest of dozens.", [("Armed clash", "Zhob", 12)]),
    ("The traders held a meeting in Peshawar on Monday and decided to protest on Friday against the new taxes.", []),
    ("Customs officials deployed to prevent smuggling were attacked by armed men in Chaman on Monday, leaving one "
     "official dead.", [("Attack", "Chaman", 1)]),  # "prevent" governs smuggling, not the attack
    ("Aitzaz Hasan, a schoolboy, died in Hangu on January 6 while preventing a suicide bomber from entering his school.",
     [("Suicide bomb", "Hangu", None)]),
    ("Villagers fled to avoid the shelling by Afghan forces in Chaman on Monday, which killed three civilians.",
     [("Shelling/artillery/missile attack", "Chaman", 3)]),
    ("In Srinagar, authorities placed separatist leaders under preventive house arrest on Monday.", [("Arrests", "Srinagar", None)]),
    ("Troops were deployed in Parachinar to avoid further clashes after fighting between two tribes killed 10 people "
     "on Monday.", [("Armed clash", "Kurram", 10)]),
    ("Gunmen shot dead a trader in Quetta's Satellite Town on Monday morning. The same afternoon, police arrested two "
     "suspects in the killing from Sariab Road.", [("Attack", "Quetta", 1)]),  # the same day, tied to it
    ("Militants attacked the Mir Ali police station on Monday night. The same night, they stormed the station from "
     "three sides, and two policemen were martyred.", [("Armed clash", "North Waziristan", 2)]),
    ("A would-be suicide bomber blew himself up after police intercepted him near an imambargah in Shikarpur on "
     "Friday, killing two policemen.", [("Suicide bomb", "Shikarpur", 2)]),
    ("Policemen killed the suicide bomber, but his accomplice blew himself up at the gate of the police lines in Bannu "
     "on Monday, killing four policemen.", [("Suicide bomb", "Bannu", 5)]),
    ("A would-be suicide bomber was among three militants killed by security forces in an IBO in Lakki Marwat on "
     "Monday.", [("Armed clash", "Lakki Marwat", 3)]),
    ("The BDS defused an IED planted on the road in Bannu on June 1. On June 3, the BDS defused the suicide vest found "
     "in a field in the same area.", []),  # two foiled incidents, none occurred
    ("Unknown gunmen and two policemen were killed in an exchange of fire in Bannu on Monday.", [("Armed clash", "Bannu", 2)]),
])
def test_third_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def _occurred_summary(text: str) -> list[tuple]:
    """(sub-event type, district, killed) of each incident of ``text`` that occurred."""
    return [(e.acled_sub_event_type, e.place.admin2 if e.place else None, e.killed.total.value if e.killed.total else None)
            for e in extract(text).events if e.status == "occurred"]


def test_a_fight_told_after_a_sentence_opening_on_another_day_is_that_days():
    # the rescue raid "Three days later" has no cue of its own; the fight told next is its, by the police
    text = ("A schoolteacher was kidnapped by unidentified armed men in Mian Khan Dheri village of Katlang tehsil in "
            "Mardan District on October 12. Three days later, Police recovered the teacher unharmed after raiding a "
            "hideout in the hills of Rustam area. One of the kidnappers was killed in the exchange of fire, while two "
            "others were arrested.")
    events = [e for e in extract(text).events if e.status == "occurred"]
    assert [(e.acled_sub_event_type, e.place.admin2, e.killed.total.value if e.killed.total else None) for e in events] \
        == [("Abduction/forced disappearance", "Mardan", None), ("Armed clash", "Mardan", 1)]
    assert events[1].perpetrator.acled_inter == 1 and "Rustam" in events[1].span.text


@pytest.mark.parametrize("text", [
    ("At least seven militants were killed when fighters of the Lashkar e Islam (LeI) attacked positions of the rival "
     "Ansarul Islam (AI) in Sandapal area of Tirah valley in Khyber Agency on June 11."),
    "Militants of the Lashkar-e-Jhangvi shot dead two Jundullah militants in Mastung on Monday.",
])
def test_a_named_group_that_killed_only_militants_fought_another_group(text):
    assert _types(text) == ["Armed clash"]


def test_a_worker_and_the_escort_killed_with_her_are_an_attack_on_civilians():
    text = ("A lady health worker engaged in the anti polio campaign and a Levies constable escorting her were shot dead by "
            "unidentified gunmen in Charmang area of Nawagai tehsil in Bajaur Agency on April 21.")
    assert _occurred_summary(text) == [("Attack", "Bajaur", 2)]
    # (the escort alone killed, the team unhurt: a fight with the forces, as its coder had it)
    text = ("A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists in Tangi tehsil of "
            "Charsadda District on Monday. This was the fourth attack on polio teams in the district since January, in "
            "which three policemen and a vaccinator have been killed.")
    assert _occurred_summary(text) == [("Armed clash", "Charsadda", 1)]


def test_an_act_in_the_early_hours_of_the_same_day_is_another_incident():
    text = ("Suspected militants shot dead a government schoolteacher near his home in Shakardara village of Matta tehsil "
            "in Swat District on October 2. In the early hours of the same day, militants blew up a government girls "
            "primary school in Kabal tehsil, destroying four classrooms.")
    assert _types(text) == ["Attack", "Remote explosive/landmine/IED"]


def test_another_kind_of_act_on_the_day_before_is_its_own():
    text = ("As many as 35 militants of the Baloch Republican Army (BRA) laid down their arms at a ceremony in Quetta on "
            "April 27. A day earlier, the FC recovered a huge cache of arms during a search operation in the Koh e Maran "
            "area of Mastung District.")
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == [
        ("Change to group/activity", "Quetta"), ("Disrupted weapons use", "Mastung")]


@pytest.mark.parametrize("text, expected", [
    # (the incident told again after a sentence opening on the next day is still the one incident)
    ("A bomb went off near a police van in Quetta on June 6, injuring four policemen. The next morning, the area remained "
     "cordoned off. The bomb had been planted in a motorcycle parked near the van.",
     ["Remote explosive/landmine/IED"]),
    ("Two labourers were shot dead in Kech District on May 10. The next day, the bodies were shifted to their hometown in "
     "Punjab. The labourers were working on a road project when gunmen opened fire on them.", ["Attack"]),
    # (the dead man abducted the day before: one incident)
    ("The bullet-riddled body of a schoolteacher was found in Turbat, Kech District on March 4. A day earlier, unidentified "
     "gunmen abducted him from his house in the same town.", ["Attack"]),
    ("Unidentified gunmen shot dead a trader in Panjgur District on May 6. The previous day, the trader was kidnapped from "
     "the main bazaar.", ["Attack"]),
])
def test_the_same_incident_told_on_from_another_day_is_one(text, expected):
    assert _types(text) == expected


def test_stopped_device_named_again_on_another_day_is_another_incident():
    text = ("The BDS defused an IED planted on the road in Bannu on June 1. On June 3, the BDS defused the suicide vest "
            "found in a field in the same area.")
    assert len(extract(text).events) == 2


def test_what_a_protest_came_after_is_an_incident_of_its_own():
    text = ("Hundreds of policemen staged a sit-in on the Indus Highway in Lakki Marwat city on Friday to protest against "
            "a lack of resources. The protest came a day after militants shot dead two policemen at the Gandi Chowki "
            "checkpost in the Tajazai area of the district on Thursday evening.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.killed.total.value if e.killed.total else None) for e in events] == [
        ("Peaceful protest", None), ("Armed clash", 2)]


def test_a_tehsil_of_khairpur_is_placed():
    text = "Gunmen shot dead a local journalist outside his home in the town of Thari Mirwah in Sindh on Tuesday evening."
    assert extract(text).events[0].place.admin2 == "Khairpur"


def test_a_claim_of_another_attack_elsewhere_tells_that_attack_too():
    text = ("Gunmen shot dead six labourers at a construction site near Pasni town of Gwadar District on May 13. The "
            "banned Balochistan Liberation Front claimed responsibility for the killings, as well as for blowing up a "
            "mobile phone tower in the Gramkan area of Panjgur District the same night.")
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.perpetrator.name, e.place.admin2) for e in events] == [
        ("Attack", "Balochistan Liberation Front", "Gwadar"),
        ("Remote explosive/landmine/IED", "Balochistan Liberation Front", "Panjgur")]


@pytest.mark.parametrize("text, expected", [
    # A second reader's constructed texts against the rules of 77d1a5e, each misread there: (sub-event type,
    # district, killed) of each incident that occurred.
    ("Militants attacked a police station in Bannu on Monday, killing one policeman. On the same day, the militants "
     "also attacked a checkpost in Lakki Marwat, injuring two.",
     [("Armed clash", "Bannu", 1), ("Armed clash", "Lakki Marwat", None)]),  # the same attackers, elsewhere
    ("Police said each suspect arrested in the raid in Korangi, Karachi, was a member of the TTP.", [("Arrests", "Karachi", None)]),
    ("Police said the gang demanded Rs 2 million for each hostage abducted from the bus in Kashmore on Sunday.",
     [("Abduction/forced disappearance", "Kashmore", None)]),
    ("The TTP announced a bounty of Rs 1 million for each policeman killed.", []),
    ("Two groups clashed over the possession of a mosque in Swabi on Monday. The mob attacked the imam's house with "
     "sticks, injuring three people.", [("Mob violence", "Swabi", None)]),  # a brawl's own crowd
    ("The administration deployed Rangers in Kurram on Monday to avoid any clash between the two tribes.", []),
    ("Security was tightened across Karachi to prevent any terrorist attack from taking place during Muharram.", []),
    ("The timely action of the police deterred an attack on the Shia procession in Dera Ismail Khan on Monday.", []),
    ("Security guards shot the suicide bomber as he tried to enter the imambargah in Shikarpur, but the resulting "
     "blast killed three worshippers.", [("Suicide bomb", "Shikarpur", 3)]),
    ("Relatives protested in Quetta on Monday against the abduction and killing of a trader who was shot dead by "
     "gunmen last week.", [("Peaceful protest", "Quetta", 1)]),
    ("Since January, security forces have conducted 120 operations, and 45 militants have been killed in the province.", []),
    ("The SHO of Saddar police and his guard were martyred in an attack in Bannu on Monday.", [("Armed clash", "Bannu", 2)]),
    ("Militants killed four FC men in an ambush in Panjgur on Monday; search parties later recovered four bodies.",
     [("Armed clash", "Panjgur", 4)]),
])
def test_fourth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_security_forces_that_killed_suicide_bombers_before_a_blast_acted():
    event = extract("Security forces killed three suicide bombers who tried to storm an FC camp in Khyber on Monday.").events[0]
    assert (event.acled_sub_event_type, event.perpetrator.acled_inter) == ("Armed clash", 1)


def test_a_dateline_does_not_place_a_known_region():
    event = extract("QUETTA: Two soldiers were killed in an IED blast in the Makran region on Monday.").events[0]
    assert event.place.admin2 is None


@pytest.mark.parametrize("text, expected", [
    # a state's forces firing and shelling across a border shell; "no exchange of fire" is none
    ("A woman was killed when Indian troops resorted to unprovoked firing and mortar shelling across the Line of "
     "Control in Nakyal sector of Kotli District on October 28.", ["Shelling/artillery/missile attack"]),
    ("Militants fired four rockets at the FC fort in Doaba area of Hangu District on July 7, injuring two FC "
     "personnel. There was no exchange of fire and the attackers escaped.", ["Shelling/artillery/missile attack"]),
    # a hilltop captured is no arrest
    ("At least 11 militants were killed in clashes between Lashkar e Islam and Ansarul Islam in Sandapal area of "
     "Tirah valley in Khyber on May 2. Both groups claimed to have captured the hilltop.", ["Armed clash"]),
    # a strike observed against an abduction is a protest of its own
    ("Armed men abducted a Hindu trader from his shop in Kandhkot town of Kashmore District on October 14. Members of "
     "the Hindu community observed a shutter down strike in Kandhkot against the abduction on the following day.",
     ["Abduction/forced disappearance", "Peaceful protest"]),
])
def test_border_shelling_hilltops_and_strikes(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == expected


@pytest.mark.parametrize("text, expected", [
    # A third reader's constructed texts against the rules of 19fb437, each misread there or by its first form:
    # what an incident "came after" (a clause, not a noun, not a condemnation's), a claim's second act (not past
    # ones), "martyred" as a description, a state's shelling in a two-sided fight, "to deter" one object.
    ('Traders observed a shutter-down strike in Bannu on Tuesday. The strike came a day after militants shot dead two policemen at a checkpost in Bannu.',
     [('Peaceful protest', 'Bannu', None), ('Armed clash', 'Bannu', 2)]),
    ('Police killed two suspected robbers in an encounter in Karachi on Saturday. The encounter came a day after a trader was shot dead during a robbery in Gulshan-e-Iqbal.',
     [('Armed clash', 'Karachi', 2), ('Armed clash', 'Karachi', 1)]),
    ('Militants attacked a convoy in Kurram on Tuesday, killing five. The attack came two days after a similar attack on a convoy killed 42 passengers in the district.',
     [('Armed clash', 'Kurram', 5), ('Armed clash', 'Kurram', 42)]),
    ('Unidentified gunmen shot dead two labourers in Turbat, Kech District on Monday. The Balochistan Liberation Front claimed responsibility for the killings, as well as for blowing up a mobile phone tower in the Gramkan area of Panjgur District the same night.',
     [('Attack', 'Kech', 2), ('Remote explosive/landmine/IED', 'Panjgur', None)]),
    ('Gunmen killed a tribal elder in Bannu on Monday. The TTP claimed responsibility for the killing, as well as for attacks in Lakki Marwat and Dera Ismail Khan in recent months.',
     [('Attack', 'Bannu', 1)]),
    ('A Shuhada Day ceremony was held in Peshawar on Wednesday to pay tribute to the policemen martyred in the line of duty.',
     []),
    ('The government announced Rs 10 million compensation for the family of each martyred policeman.',
     []),
    ('The TTP was accused of blowing up dozens of schools in Swat in 2009.',
     []),
    ('Security forces surrounded a house in Peshawar on Tuesday and arrested three militants without any clash.',
     [('Arrests', 'Peshawar', None)]),
    ('Indian troops resorted to unprovoked firing and mortar shelling along the Line of Control in the Neelum valley on Monday, killing two civilians.',
     [('Shelling/artillery/missile attack', 'Neelum', 2)]),
    ('Troops deployed to deter cross-border attacks came under fire in Bajaur on Monday, with two soldiers martyred.',
     [('Armed clash', 'Bajaur', 2)]),
    ('Gunmen shot dead a journalist in Khuzdar on Tuesday. The killing came a day after he received threats from unknown persons.',
     [('Attack', 'Khuzdar', 1)]),
    ('The Prime Minister on Tuesday condemned the attack on a checkpost in Bannu. The condemnation came a day after terrorists attacked the checkpost, martyring five soldiers.',
     [('Armed clash', 'Bannu', 5)]),
    ('Security forces killed five militants in Bannu on Tuesday. The operation came a day after the militants attacked a police station in Bannu, killing two policemen.',
     [('Armed clash', 'Bannu', 5), ('Armed clash', 'Bannu', 2)]),
    ('A suicide attack on a mosque in Peshawar killed 20 people on Friday. The attack came two weeks after a similar attack in the city.',
     [('Suicide bomb', 'Peshawar', 20)]),
    ('His father, who was martyred by terrorists in 2013, was also a policeman, the family told reporters in Peshawar on Monday.',
     []),
    ('Pakistani forces fired on and shelled Afghan Taliban positions in Kurram after the Taliban opened fire on a border post on Saturday.',
     [('Armed clash', 'Kurram', None)]),
])
def test_fifth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_the_lashkar_named_again_is_the_militia_named_before():
    text = ("Four members of the Adezai Qaumi Lashkar and six Taliban militants were killed in a clash in Adezai area of "
            "Peshawar on February 21. On the following day, members of the lashkar demolished the houses of two "
            "suspected militants in Shanai village.")
    events = extract(text).events
    assert events[-1].acled_sub_event_type == "Looting/property destruction"
    assert events[-1].perpetrator.kind == "militia"
    attacked = extract("A tribal lashkar was formed in Adezai in Peshawar on May 1. On the following day, militants "
                       "attacked the lashkar, killing two of its volunteers.").events[-1]
    assert attacked.perpetrator.kind != "militia"


@pytest.mark.parametrize("text, kind", [
    # arrests and a recovery told together are typed by the one the report leads with
    ("The CTD arrested four militants and recovered explosives and two suicide jackets in Gujranwala on November 9.",
     "Arrests"),
    ("FC personnel recovered a huge cache of arms and explosives during a search operation near Kahan in Kohlu "
     "District on May 3. Two suspects were arrested from a nearby hideout.", "Disrupted weapons use"),
])
def test_arrests_with_a_recovery_are_typed_by_the_lead(text, kind):
    assert [e.acled_sub_event_type for e in extract(text).events] == [kind]


def test_a_politician_s_bodyguard_is_no_soldier():
    text = ("A local leader of the Awami National Party and his bodyguard were shot dead by unidentified gunmen near "
            "his house in Pabbi town of Nowshera District on May 29.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack"]
    police = extract("A police bodyguard of the MPA was shot dead in Peshawar on Monday.").events
    assert [e.acled_sub_event_type for e in police] == ["Armed clash"]


def test_a_protest_staged_after_the_funeral_is_a_protest():
    text = ("A prayer leader was shot dead by unidentified assailants in Doaba town of Hangu District on February 16. "
            "Members of the Shia community staged a peaceful protest in Hangu town after the funeral.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack", "Peaceful protest"]
    mourners = ("A trader was shot dead in Hangu on May 2. Thousands attended his funeral, chanting slogans against "
                "the killers.")
    assert [e.acled_sub_event_type for e in extract(mourners).events] == ["Attack"]


@pytest.mark.parametrize("text, expected", [
    # a crime named as what a protest is against is its object, not what happened
    ('Traders staged a protest in Quetta on May 3 against extortion, reports Dawn.',
     [('Peaceful protest', 'Quetta', None)]),
    ('Residents of Lyari in Karachi held a demonstration on Sunday against drug peddling in the area.',
     [('Peaceful protest', 'Karachi', None)]),
    # firing in the air to scatter or deter a crowd is an intervention ("to" tells what was done, not a plan)
    ('Traders staged a protest in Quetta on May 3 against the killing of a shopkeeper. Police fired in the air to deter the protesters.',
     [('Protest with intervention', 'Quetta', None)]),
    ('Traders staged a protest in Quetta on May 3. Police fired in the air to disperse the protesters.',
     [('Protest with intervention', 'Quetta', None)]),
    # a vest worn by attackers shot in a fight is no suicide bombing
    ('Three militants were killed when they attacked an FC camp in Turbat in Kech District on May 2. Officials said each attacker killed in the exchange of fire was wearing a suicide vest.',
     [('Armed clash', 'Kech', 3)]),
    ('A suicide bomber wearing an explosive vest blew himself up at a police checkpost in Bannu on Monday, killing two policemen.',
     [('Suicide bomb', 'Bannu', 2)]),
    # "blowing up" tells a bombing wherever it is told
    ('Militants blowing up a railway track near Mach in Bolan District derailed the Jaffar Express on March 3, injuring 12 passengers.',
     [('Remote explosive/landmine/IED', 'Kachhi', None)]),
    # a killing dated only by an earlier year is the victim's history, not this report's incident
    ("Unidentified gunmen shot dead a shopkeeper in Quetta on May 5. Police said the motive was a family feud. In another case, the victim's brother had been killed in 2019.",
     [('Attack', 'Quetta', 1)]),
    ('Gunmen shot dead a police constable in Peshawar on Monday. In 2014, militants killed 140 people in an attack on the Army Public School in the city.',
     [('Armed clash', 'Peshawar', 1)]),
    # a protest is placed where it was, not where the killing it is about was
    ('Transporters blocked the RCD Highway in Khuzdar District on May 4 to protest against the killing of seven drivers in Kalat on Sunday. The protesters demanded the arrest of the killers.',
     [('Peaceful protest', 'Khuzdar', None)]),
])
def test_sixth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "In another blast", "In a separate engagement": the nouns of violence open another incident as "incident" does
    ('Three passengers were injured when a bomb went off on the railway track near Garhi Khairo in Jacobabad District on June 18. In another blast on the same night, a portion of the railway track was damaged near Rohri in Sukkur District.',
     [('Remote explosive/landmine/IED', 'Jacobabad', None), ('Remote explosive/landmine/IED', 'Sukkur', None)]),
    # an earlier incident recalled weeks after, or in the past of the past, is background
    ('A suicide bomber blew himself up near a police checkpoint in Peshawar on September 29, killing 14 persons. The blast came two weeks after a car bomb killed nine people in the nearby Kohati Gate area.',
     [('Suicide bomb', 'Peshawar', 14)]),
    ('Unidentified armed men set on fire two excavators of a construction company in Hoshab area of Kech District on March 16. The Hoshab camp had also been attacked in January, when a soldier was injured.',
     [('Looting/property destruction', 'Kech', None)]),
])
def test_seventh_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_a_claim_names_two_incidents_by_their_kinds():
    text = ("Militants blew up a gas pipeline near Pir Koh in Dera Bugti District on November 7. In a separate attack, "
            "militants fired three rockets at an FC camp in Sui town. Meanwhile, a Levies constable was injured when a "
            "landmine went off in Baiker area of Dera Bugti District. The Baloch Republican Army (BRA) claimed "
            "responsibility for the pipeline blast and the rocket attack.")
    claimed = [e.perpetrator.name if e.perpetrator else None for e in extract(text).events]
    assert claimed == ["Baloch Republican Army", "Baloch Republican Army", "Unidentified Armed Group"]


@pytest.mark.parametrize("claim, perpetrators", [
    # acts named by their kind alone: the latest shooting, and the latest bombing
    ("The TTP claimed the killing and the bombing.", ["Tehrik-i-Taliban Pakistan"] * 2),
    # "both attacks" with no "responsibility": still a claim of both, and no count of two incidents in the second
    ("Jamaat-ul-Ahrar claimed both attacks.", ["Jamaat-ul-Ahrar"] * 2),
    # "both the X and the Y" names the two as well
    ("The BLA claimed both the killing and the bombing.", ["Balochistan Liberation Army"] * 2),
    # "the attack" alone names no kind: it may be the killing beside it, so the claim is the last incident's
    ("The TTP claimed the attack and the killing.", ["Unidentified Armed Group", "Tehrik-i-Taliban Pakistan"]),
])
def test_a_claim_names_incidents_by_their_kind_alone(claim, perpetrators):
    text = ("Militants shot dead two policemen in Bannu on Monday. On Tuesday, a bomb exploded near a market in "
            "Peshawar, injuring five people. " + claim)
    assert [e.perpetrator.name for e in extract(text).events] == perpetrators


@pytest.mark.parametrize("text, expected", [
    # with no publication date to resolve them, two days named of one kind are still two days
    ("A policeman was injured when militants dropped explosives from a quadcopter on a police station in Bannu on Thursday. "
     "On Friday night, a constable was killed by sniper fire at a check post in the district.",
     [("Air/drone strike", "Bannu", None), ("Armed clash", "Bannu", 1)]),
    ("Militants blew up a gas pipeline near Sui in Dera Bugti District on the night of March 29. On March 30, two "
     "soldiers were killed when their vehicle struck a landmine in the Pir Koh area.",
     [("Remote explosive/landmine/IED", "Dera Bugti", None), ("Remote explosive/landmine/IED", "Dera Bugti", 2)]),
    # hours later at another place, or a day before: another incident
    ("Two women polio workers were shot dead by gunmen in the Gulshan-e-Ghazi area of Karachi on January 21. About an "
     "hour later, armed men on a motorcycle opened fire on another vaccination team in Qasba Colony, injuring a worker.",
     [("Attack", "Karachi", 2), ("Attack", "Karachi", None)]),
    ("A prayer leader was shot dead outside a mosque in Mamund tehsil of Bajaur District on Friday. A day earlier, a "
     "peace committee member was injured when a remote-controlled device went off near his car in Nawagai tehsil.",
     [("Attack", "Bajaur", 1), ("Remote explosive/landmine/IED", "Bajaur", None)]),
    # (an abduction a day before a killing is the killing's start only when it is told as the dead man's)
    ("Two Levies personnel were killed when unidentified armed men ambushed their patrol near Kardgap in Mastung "
     "District on August 8. A day earlier, armed men abducted a doctor near Kanak while he was returning to Mastung town.",
     [("Armed clash", "Mastung", 2), ("Abduction/forced disappearance", "Mastung", None)]),
    # what was "also" done hours later at another place is another incident
    ("Militants blew up a girls' school in Gul Kandao village of Swat District on January 17. A few hours later, a girls' "
     "primary school in Tor Ghundai village of Matta tehsil was also blown up with explosives.",
     [("Remote explosive/landmine/IED", "Swat", None), ("Remote explosive/landmine/IED", "Swat", None)]),
    # (or at the same place by others told as strangers)
    ("A suicide bomber blew himself up at a police checkpoint on the outskirts of Tangi town in Charsadda District on "
     "May 13, killing nine persons. Hours later, unidentified persons blew up two CD shops in Tangi bazaar with "
     "explosives, causing no casualties.",
     [("Suicide bomb", "Charsadda", 9), ("Remote explosive/landmine/IED", "Charsadda", 0)]),
    # (hours later at the same place: the same incident)
    ("Militants attacked a police post in Mamund tehsil of Bajaur District on Friday. Hours later, they attacked the "
     "post again, injuring two policemen.",
     [("Armed clash", "Bajaur", None)]),
    # a protest on another day is another event, as it is when the days resolve
    ("Protesters blocked the Karakoram Highway in Chilas on Sunday against load-shedding. On Monday, the protest "
     "continued and police fired tear gas to disperse the protesters.",
     [("Peaceful protest", "Diamer", None), ("Protest with intervention", "Diamer", None)]),
    # the day it was told is no day of its own
    ("A policeman was killed when a quadcopter dropped explosives on a police post in Bannu on Sunday night. "
     "\"Constable Zahir Shah was martyred on the way to hospital,\" the DPO told reporters on Monday.",
     [("Air/drone strike", "Bannu", 1)]),
])
def test_days_named_apart_without_a_publication_date(text, expected):
    assert _occurred_summary(text) == expected


@pytest.mark.parametrize("text, perpetrator", [
    # the forces repulsed an attack: the attackers started it, and the report may say whose men they were
    ("Police repulsed an attack by around 15 heavily armed militants on a check post in Isakhel tehsil of Mianwali "
     "District on Saturday night. One militant was killed and two policemen were injured.", "Unidentified Armed Group"),
    ("Security forces repulsed a large-scale attack on border posts in Drosh tehsil of Lower Chitral District on "
     "Wednesday. Four soldiers were killed, the ISPR said, adding that the attackers belonged to the Tehreek-e-Taliban "
     "Pakistan (TTP).", "Tehrik-i-Taliban Pakistan"),
    # an attack the militants were only planning is no attack on the forces: the raid on them is the CTD's
    ("Four militants of the banned Tehreek-e-Taliban Pakistan (TTP) were killed in an exchange of fire with the Counter "
     "Terrorism Department (CTD) in Manghopir area of Karachi on Sunday. CTD officials said the team raided a hideout on "
     "a tip-off that the militants were planning an attack on a police station.", "Counter Terrorism Department"),
    # ... also in the sentence after it
    ("Police repulsed an attack on the Saddar police station in Dera Ismail Khan on Sunday night. Police said the "
     "attackers belonged to the TTP.", "Tehrik-i-Taliban Pakistan"),
    ("Four Levies personnel were killed when militants attacked three check posts in Barawal area of Upper Dir District "
     "on June 24. Officials said the attackers, belonging to the Tehreek e Taliban Pakistan (TTP), used heavy weapons.",
     "Tehrik-i-Taliban Pakistan"),
    # militants killed while only planning an attack: the forces' raid on them
    ("Militants planning an attack on a check post in Lakki Marwat were killed when security forces raided their "
     "hideout on Saturday.", "Pakistani security forces (unspecified)"),
])
def test_who_started_a_fight_the_forces_were_in(text, perpetrator):
    assert extract(text).events[0].perpetrator.name == perpetrator


def test_forces_that_launched_an_operation_started_the_fight_they_lost_men_in():
    text = ("Two policemen were killed and five others injured as police launched an operation against the Sabzal Dashti "
            "gang in the riverine Kacha area of Rojhan tehsil in south Punjab on April 4.")
    assert extract(text).events[0].perpetrator.acled_inter == 1


@pytest.mark.parametrize("text, expected", [
    # firing to disperse a crowd that killed a protester is excessive force
    ("One protester was killed when police opened fire to disperse a crowd protesting against the killing of an elder "
     "outside a police station in Bannu District on Friday.", [("Excessive force against protesters", "Bannu", 1)]),
    # gunships called in are the forces' support in the fight, not a strike
    ("Four soldiers and 11 militants were killed when militants ambushed an FC convoy in Orakzai Agency on August 22. "
     "The militants fired rockets before security forces called in helicopter gunships.", [("Armed clash", "Orakzai", 15)]),
    # a convoy of oil tankers is no forces' convoy, also when "the convoy" is named again
    ("Militants attacked a convoy of oil tankers near Ali Masjid in Khyber Agency on November 2, killing a driver. "
     "Officials said the militants opened fire on the convoy from the hills.", [("Attack", "Khyber", 1)]),
    # the police escort killed when a vaccination team was fired on takes the team's side
    ("About an hour later, armed men opened fire on another vaccination team in Qasba Colony of Karachi, killing a "
     "policeman, identified as Constable Abdul Sattar, who was escorting the team.", [("Attack", "Karachi", 1)]),
    # arms recovered from the slain men are the fight's; "FC officials said" opens no shelling of the forces' own
    ("Four suspected terrorists were killed in an exchange of fire with the CTD near Jhok Sheran in Dera Ghazi Khan "
     "District on Saturday. Two Kalashnikovs and a suicide jacket were recovered from the slain men.",
     [("Armed clash", "Dera Ghazi Khan", 4)]),
    ("Three FC personnel were killed when militants attacked an FC check post in Buleda tehsil of Kech District on "
     "Saturday. FC officials said the attackers, armed with rocket launchers, were repulsed after an exchange of fire.",
     [("Armed clash", "Kech", 3)]),
    # arms found in the hideout after the fight are the fight's
    ("Three militants were killed in an exchange of fire during a Rangers raid in Manghopir area of Karachi on May 27. "
     "Two hand grenades and a suicide vest were recovered from the hideout.", [("Armed clash", "Karachi", 3)]),
])
def test_what_a_fight_or_an_attack_was(text, expected):
    assert _occurred_summary(text) == expected


def test_the_vest_a_stopped_bomber_wore_is_the_foiled_attacks():
    events = extract("Police foiled a suicide attack on a check post in Dera Ismail Khan District on Wednesday, shooting "
                     "dead a would-be bomber. An official said the man was wearing a suicide vest, which the Bomb Disposal "
                     "Squad later defused.").events
    assert [(e.status, e.acled_sub_event_type) for e in events] == [("foiled", "Disrupted weapons use")]


@pytest.mark.parametrize("text, expected", [
    # suspects "held" in three cities, counted city by city, are arrests in each
    ("The CTD arrested nine suspected terrorists in different cities of Punjab on Tuesday. A spokesperson said four "
     "suspects were held in Lahore, three in Gujranwala and two in Bahawalpur.",
     [("Arrests", "Lahore", 4), ("Arrests", "Gujranwala", 3), ("Arrests", "Bahawalpur", 2)]),
    # an arrest the police say is not linked to the attack before is no part of it
    ("Police repulsed an attack on a check post in Isakhel tehsil of Mianwali District on Saturday night. On Sunday, the "
     "CTD arrested two suspects near Kalabagh; an official said the two were not linked to the check post attack.",
     [("Armed clash", "Mianwali", None), ("Arrests", "Mianwali", 2)]),
])
def test_arrests_counted_apart(text, expected):
    assert [(e.acled_sub_event_type, e.place.admin2, e.arrested.value if e.arrested else None)
            for e in extract(text).events] == expected


def test_another_blast_at_another_place_is_the_second_of_two():
    text = ("Two cracker blasts damaged railway tracks in Sindh on the night of May 3. The first explosion took place near "
            "Kotri railway station in Jamshoro District. Another blast damaged the track near Mirpur Mathelo in Ghotki "
            "District. The Sindhudesh Revolutionary Army claimed responsibility for both blasts.")
    assert [(e.place.admin2, e.perpetrator.name) for e in extract(text).events] == [
        ("Jamshoro", "Sindhudesh Revolutionary Army"), ("Ghotki", "Sindhudesh Revolutionary Army")]


@pytest.mark.parametrize("text, perpetrator", [
    ("A woman was killed when Indian troops shelled civilian areas along the LoC in Kotli District on August 15.",
     "india_security_forces"),
    ("Two civilians were killed when Afghan Border Police (ABP) opened fire on border villages near Chaman in Killa "
     "Abdullah District.", "andsf"),
])
def test_foreign_forces_that_shelled_or_fired_are_the_perpetrator(text, perpetrator):
    assert extract(text).events[0].perpetrator.actor_id == perpetrator


def test_another_device_found_away_from_the_blast_is_its_own():
    text = ("Two people were killed when a bomb went off near a van on Brewery Road in Quetta on February 25. An hour "
            "later, the BDS found and defused another device planted near a wall, about two kilometres from the site.")
    assert [(e.status, e.acled_sub_event_type) for e in extract(text).events] == [
        ("occurred", "Remote explosive/landmine/IED"), ("foiled", "Disrupted weapons use")]


@pytest.mark.parametrize("text", [
    # an attack planned, one that dates the arrest, one the arrested are tied to: none is what was done
    "Police in Karachi arrested three suspects on Monday who were planning an attack on the Chinese consulate.",
    "Police arrested two men in Quetta on Monday, a day after the bombing at the Hazarganji market.",
    "Police arrested 20 suspects in Karachi on Friday; officials said two of them were directly linked to the attack.",
])
def test_violence_only_named_by_an_arrest_report_does_not_type_it(text):
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Arrests"]


def test_a_planned_attack_foiled_is_still_the_attack_stopped():
    text = ("Police arrested three men and seized bomb-making chemicals in a flat in Essen, saying they had foiled a "
            "planned attack on a Christmas market.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Disrupted weapons use"]


def test_another_drone_hours_later_is_flown_by_whoever_flew_the_first():
    text = ("At least four militants were killed when a US drone fired two missiles at a compound near Datta Khel in North "
            "Waziristan on June 12. Hours later, another drone targeted a vehicle near Hamzoni, killing two militants.")
    assert [(e.acled_sub_event_type, e.perpetrator.actor_id) for e in extract(text).events] == [
        ("Air/drone strike", "us_forces"), ("Air/drone strike", "us_forces")]


def test_a_suspected_bomber_shot_dead_is_an_attack_stopped_with_his_vest():
    events = extract("A suspected suicide bomber was shot dead by police near a church in Quetta on Sunday. He was wearing "
                     "a suicide vest, which the BDS later defused.").events
    assert [(e.status, e.acled_sub_event_type, e.killed.total.value) for e in events] == [
        ("foiled", "Disrupted weapons use", 1)]


def test_forces_that_regained_an_area_regained_it():
    event = extract("Security forces regained control of the Shawar valley in Matta tehsil of Swat District after heavy "
                    "fighting on Sunday.").events[0]
    assert (event.acled_sub_event_type, event.perpetrator.actor_id) == ("Government regains territory", "pakistan_security_forces")


def test_a_cave_in_the_hills_is_no_cave_in():
    assert _occurred_summary("In a separate operation on July 31, a CTD team seized a cache of weapons from a cave in "
                             "the Koh-e-Suleman range of Dera Ghazi Khan District.") == [
        ("Disrupted weapons use", "Dera Ghazi Khan", None)]


def test_the_killing_claimed_is_the_shooting_not_the_blast_that_killed():
    text = ("Militants killed a tribal elder in North Waziristan's Mir Ali on Saturday. On the same day, a landmine blast "
            "killed two soldiers in Datta Khel. The TTP claimed the killing but denied involvement in the blast.")
    assert [e.perpetrator.name for e in extract(text).events] == ["Tehrik-i-Taliban Pakistan", "Unidentified Armed Group"]


def test_a_claim_of_one_act_named_by_its_kind_is_that_acts():
    text = ("A suicide bomber blew himself up at a checkpoint in Kohat on Friday, killing three soldiers. Earlier, gunmen "
            "shot dead a JUI-F leader in Hangu. Jamaat-ul-Ahrar claimed the suicide attack.")
    assert [(e.place.admin2, e.perpetrator.name) for e in extract(text).events] == [
        ("Kohat", "Jamaat-ul-Ahrar"), ("Hangu", "Unidentified Armed Group")]


def test_a_faction_the_claimant_calls_its_own_claims():
    text = ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 12 people. The TTP said its "
            "Jamaat-ul-Ahrar faction had carried out the attack.")
    assert extract(text).events[0].perpetrator.name == "Jamaat-ul-Ahrar"


def test_a_state_drone_strike_beside_the_militants_quadcopters_is_the_states():
    text = ("Militants attacked a checkpost in Bannu with quadcopters on Sunday, and the army responded with a drone "
            "strike that killed five of them.")
    event = extract(text).events[0]
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Air/drone strike", "Pakistan Army")


@pytest.mark.parametrize("text, expected", [
    # what was done around the same time at another place is another incident, near the first
    ('NOSHKI, September 7: Gunmen offloaded seven passengers from a bus near Noshki late on Friday and shot them dead, officials said. Around the same time, the gunmen fired on a Levies check post at Killi Shahnawaz, a few kilometres away, injuring two Levies personnel.',
     [('Attack', 'Nushki', 7), ('Armed clash', 'Nushki', None)]),
    # arrests told clause by clause in two districts are two
    ('The CTD arrested three suspected terrorists near Band Bosan in Multan District, while two suspects of the banned Lashkar e Jhangvi were arrested from Choti Zareen area of Dera Ghazi Khan District on May 9.',
     [('Arrests', 'Multan', None), ('Arrests', 'Dera Ghazi Khan', None)]),
    # a protest is about the violence its speakers name, and about an arrest it demands be undone
    ('Thousands of residents continued their sit-in on the Indus Highway in Lakki Marwat on Monday, demanding that the government restore peace after a wave of killings and kidnappings. A local elder said residents could no longer leave their homes. "Our children are being kidnapped for ransom and our policemen are being killed at their posts," he said.',
     [('Peaceful protest', 'Lakki Marwat', None)]),
    ('Hundreds of people continued their sit-in at Shaheed Fida Chowk in Turbat on Friday, demanding the safe recovery of a college student who, his family says, was picked up from his home.',
     [('Peaceful protest', 'Kech', None)]),
    # abducted, and the body found in the same sentence: a killing
    ('Unidentified militants abducted a tribal elder from his house near Mir Ali town on March 27, and his bullet riddled body was found in a nearby stream the next morning.',
     [('Attack', 'North Waziristan', None)]),
    # "the camp" stormed is the labour camp named before
    ('Unidentified armed assailants shot dead six construction workers at a labour camp near Turbat in Kech District on May 13. The labourers were asleep when the assailants stormed the camp.',
     [('Attack', 'Kech', 6)]),
    # recoveries "in both operations" are the operations', and a tragedy averted is rhetoric
    ('Troops killed eight terrorists in an operation in the Tirah valley of Khyber district on Wednesday. In a separate engagement in the Kulachi area of Dera Ismail Khan district, troops killed three more terrorists. Weapons and ammunition were recovered in both operations. "A major tragedy was averted," the ISPR said.',
     [('Armed clash', 'Khyber', 8), ('Armed clash', 'Dera Ismail Khan', 3)]),
])
def test_eighth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_a_groups_unit_named_in_its_claim_claims():
    text = ("Security forces repulsed an attack on a convoy carrying Chinese engineers in Gwadar on Sunday, killing three "
            "attackers. The banned Balochistan Liberation Army (BLA) said its Majeed Brigade had carried out the attack.")
    assert extract(text).events[0].perpetrator.name == "Majeed Brigade"


def test_a_quadcopter_shot_down_is_a_weapon_stopped():
    events = extract("Policemen at the Jani Khel police station in Bannu shot down a quadcopter carrying explosives on Saturday.").events
    assert [(e.acled_sub_event_type, e.status) for e in events] == [("Disrupted weapons use", "foiled")]


@pytest.mark.parametrize("text, expected", [
    ("Traders staged a protest in Quetta on May 3. The protest remained peaceful and dispersed in the evening after talks with the district administration.",
     "Peaceful protest"),
    ("Traders staged a protest in Quetta on May 3. The protesters dispersed after talks with the administration.", "Peaceful protest"),
    ("Traders staged a protest in Quetta on May 3. The protesters were dispersed by the police.", "Protest with intervention"),
    ("Traders staged a protest in Quetta on May 3. Police dispersed them after an hour.", "Protest with intervention"),
])
def test_a_crowd_that_dispersed_of_itself_met_no_intervention(text, expected):
    assert _occurred_summary(text)[0][0] == expected


@pytest.mark.parametrize("told", ["Police said that nine empty shells of a 9mm pistol were recovered from the site.",
                                  "SSP West Tariq Mehmood said the motive was not yet known."])
def test_the_police_who_tell_of_a_killing_are_not_its_target(told):
    event = extract("A prayer leader was shot dead by unidentified motorcyclists in Orangi Town, Karachi on Monday. " + told).events[0]
    assert event.target_category == "civilian" and event.target is None
    attacked = extract("Militants attacked a police post in Bannu on Monday, police said.").events[0]
    assert attacked.target_category == "security"


@pytest.mark.parametrize("text, expected", [
    # misfires a second reading found in this session's first rules, each mended
    ('Militants killed two policemen in Lakki Marwat, the first such attack in the area since 2023.',
     [('Armed clash', 'Lakki Marwat', 2)]),
    ('Militants hurled a grenade at a convoy of Chinese engineers working on a CPEC project launched in 2015 near Gwadar port, injuring two guards.',
     [('Grenade', 'Gwadar', None)]),
    ('Gunmen shot dead a former detainee in Mastung, who had been released in January after three years in custody.',
     [('Attack', 'Mastung', 1)]),
    ('A blast killed three people near a market in Quetta on Sunday. The blast came two weeks after a car bomb killed nine people in the same area.',
     [('Remote explosive/landmine/IED', 'Quetta', 3)]),
    ('Two soldiers were killed when militants attacked a check post in Turbat on Monday. The post had also been attacked in January, when seven soldiers were killed.',
     [('Armed clash', 'Kech', 2)]),
    ('A bomber wearing an explosives-laden vest attacked a police checkpoint in Dera Ismail Khan on Friday, killing three policemen.',
     [('Suicide bomb', 'Dera Ismail Khan', 3)]),
    ('Militants attacked the Bannu cantonment with three quadcopters on Sunday, injuring two soldiers; one quadcopter was shot down.',
     [('Air/drone strike', 'Bannu', None)]),  # (the attack, not a foiled one: "attacked ... with quadcopters" is a drone strike)
    ('Terrorists rammed two explosive-laden vehicles into the wall of Bannu Cantonment on Tuesday. In another explosion moments later at the same gate, the attackers tried to enter, killing 18 people in all.',
     [('Suicide bomb', 'Bannu', 18)]),
    ('Gunmen killed four labourers in Gwadar on Thursday. At the same time, the chief minister condemned the attack in Quetta and ordered an inquiry.',
     [('Attack', 'Gwadar', 4)]),
    ('Militants fired at a bus to stop the procession of vehicles on the N-25 in Lasbela on Friday, injuring the driver.',
     [('Attack', 'Lasbela', None)]),
    ('The militants dispersed into the mountains after a brief exchange of fire with the Levies in Kalat on Monday.',
     [('Armed clash', 'Kalat', None)]),
    # "to protest the killings": what is protested, placed where the protest was
    ('Members of the Shia Ulema Council blocked roads in Karachi to protest the killings of passengers in Kurram on Friday.',
     [('Peaceful protest', 'Karachi', None)]),
])
def test_ninth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_the_police_who_reached_the_scene_were_its_target():
    event = extract("Militants opened fire on policemen who reached the site of the blast in Tank on Monday, killing two of them.").events[0]
    assert event.target_category == "security"


def test_a_trains_name_keeps_its_day():
    event = extract("Militants opened fire on the Jaffar Express on Sunday near Mach, injuring four passengers.", date(2025, 6, 1)).events[0]
    assert event.date == date(2025, 6, 1)


def test_a_claim_is_shared_around_the_same_time_only_by_the_same_attackers():
    text = ("Gunmen killed a shopkeeper in Turbat bazaar on Monday over a personal dispute. Around the same time, militants "
            "attacked an FC post at Killi Shahi Tump, injuring two soldiers. The BLF claimed responsibility for the attack on the post.")
    first, second = extract(text).events
    assert first.claimed_by is None and second.claimed_by.name == "Balochistan Liberation Front"


def test_an_arrest_during_a_protest_is_no_object_of_it():
    text = ("During a protest against extortion in Hyderabad on Monday, police arrested the president of the traders' "
            "association and five others.")
    assert _occurred_summary(text)[0][0] != "Peaceful protest"


def test_a_sentence_opening_on_an_earlier_year_is_background_and_its_dead_too():
    text = ("A blast near a mosque in Mastung killed five people on Friday. In September 2023, a suicide bomber killed more "
            "than 50 people at a procession in the same district.")
    events = [e for e in extract(text, date(2025, 6, 1)).events if e.status == "occurred"]
    assert [(e.acled_sub_event_type, e.killed.total.value) for e in events] == [("Remote explosive/landmine/IED", 5)]


def test_coming_under_repeated_attack_is_a_habit():
    text = ("BANNU: A policeman was martyred when militants attacked the Miryan police station late Monday night, police "
            "said. Bannu police have come under repeated attack this month.")
    assert len([e for e in extract(text, date(2025, 3, 18)).events if e.status == "occurred"]) == 1


def test_a_similar_attack_last_month_is_background():
    text = ("QUETTA: Three Frontier Corps soldiers were martyred when militants attacked their post in the Jhal Jhao area of "
            "Awaran district late on Saturday, officials in Quetta said. Last month, four soldiers were killed in a similar "
            "attack on a post in neighbouring Panjgur district.")
    events = [e for e in extract(text, date(2024, 9, 16)).events if e.status == "occurred"]
    assert [(e.place.admin2, e.killed.total.value) for e in events] == [("Awaran", 3)]  # not Quetta, where officials spoke


def test_a_claim_of_a_similar_attack_last_month_still_tells_of_this_one():
    text = ("Two Levies personnel were injured when a bomb went off near their vehicle in the Kardgap area of Mastung "
            "District on September 3. The BDS later defused another device buried nearby. No group claimed "
            "responsibility for the blast, though the BLA had claimed a similar attack in the area last month.")
    assert [e.place.admin2 for e in extract(text).events] == ["Mastung", "Mastung"]


@pytest.mark.parametrize("text, expected", [
    # misfires a second reading found in the first form of the rules found on set AE, each mended
    ('Two policemen were martyred when militants attacked the Gul Imam police post in Tank district, the third similar attack since last month, police said.',
     [('Armed clash', 'Tank', 2)]),
    ('Two children were injured when a mortar shell exploded in Bajaur; a similar explosion earlier this month killed a boy.',
     [('Shelling/artillery/missile attack', 'Bajaur', None)]),
    ('PARACHINAR: A passenger convoy came under repeated firing near Bagan in Lower Kurram on Thursday, leaving 42 people dead and 20 injured.',
     [('Attack', 'Kurram', 42)]),
    ('The Frontier Corps headquarters in Nushki came under several attacks on Sunday night, and seven soldiers were martyred.',
     [('Armed clash', 'Nushki', 7)]),
    ('Police in Kurram said six passengers were killed in the ambush and their bodies were taken to Peshawar.',
     [('Attack', 'Kurram', 6)]),
    ('Officials in Zhob confirmed that gunmen killed nine passengers from Punjab on the highway.',
     [('Attack', 'Zhob', 9)]),
    ('Students protesting the fee hike set a police van on fire in Peshawar.',
     [('Looting/property destruction', 'Peshawar', None)]),
    ('After the protest the militants attacked the police station in Tank, killing a constable.',
     [('Armed clash', 'Tank', 1)]),
    ('A drone struck a madrassa building in Mir Ali on Tuesday and brought it down; no casualties were reported.',
     [('Air/drone strike', 'North Waziristan', 0)]),
])
def test_tenth_reading_misfires(text, expected):
    assert _occurred_summary(text) == expected


def test_a_locality_of_the_same_district_is_in_the_district_of_the_incident_before():
    text = ("A trader was shot dead in Quetta on July 6, reports Dawn. Unidentified militants shot dead a Levies "
            "constable in Khost area of Harnai District in Balochistan on July 7. A day earlier, a policeman was injured "
            "when unidentified persons opened fire on a police check post in Kach Mor area of the same district.")
    assert [e.place.admin2 for e in extract(text).events] == ["Quetta", "Harnai", "Harnai"]
    # a tehsil of Harnai the gazetteer knows by another spelling
    text = ("Unidentified militants shot dead a Levies constable in Khost area of Harnai District in Balochistan on "
            "July 7, reports Dawn. A day earlier, a Levies sepoy was injured when unidentified persons hurled a hand "
            "grenade at a Levies check post in Shahrag town of the same district.")
    place = extract(text).events[1].place
    assert (place.name, place.admin1, place.admin2) == ("Shahrig", "Balochistan", "Harnai")
    # "in the same city": the city's district
    text = ("A cleric was shot dead by gunmen on Spinny Road of Quetta on March 9. In another incident, unidentified "
            "persons hurled a hand grenade at a mobile phone shop on Mission Road in the same city, injuring three persons.")
    assert [e.place.admin2 for e in extract(text).events] == ["Quetta", "Quetta"]
    # (an address "in the same city" of someone hurt elsewhere: where it happened)
    text = ("A police constable was shot dead in Quetta on May 1. Two days later, a shopkeeper of Jinnah Road in the same "
            "city was injured in a firing in Pishin.")
    assert [e.place.admin2 for e in extract(text).events] == ["Quetta", "Pishin"]


@pytest.mark.parametrize("text", [
    "Militants beheaded three Levies personnel and left their bodies on a roadside in Mohmand Agency on Friday.",
    ("The bodies of two soldiers were found in a stream near Ladha in South Waziristan on Monday. Militants had "
     "abducted the soldiers from a bus a week earlier and beheaded them."),
])
def test_captured_forces_put_to_death_are_an_attack_not_a_fight(text):
    assert _types(text)[0] == "Attack"


@pytest.mark.parametrize("text", [
    "Militants attacked a check post in Tank District on Monday, killing two policemen and abducting three others.",
    # (a captive beheaded after the fight does not make the fight a killing of captives)
    "Militants attacked a check post in Kurram on Monday, killing two soldiers; the militants later beheaded a captured soldier.",
])
def test_forces_killed_and_taken_in_an_attack_on_their_post_are_still_a_fight(text):
    assert _types(text) == ["Armed clash"]


@pytest.mark.parametrize("text, claimant", [
    ("A suicide bomber rammed a car into a Frontier Corps convoy near Nushki on Sunday, killing four soldiers. In a "
     "statement, the BLA said the attack had been carried out by its Majeed Brigade.", "Majeed Brigade"),
    ("Three policemen were killed when militants attacked a police station in Tank District on Monday. The TTP claimed "
     "the attack on social media.", "Tehrik-i-Taliban Pakistan"),
])
def test_a_claim_told_in_the_passive_or_on_social_media_names_the_perpetrator(text, claimant):
    assert extract(text).events[0].perpetrator.name == claimant


def test_the_forces_guns_and_gunships_in_answer_to_an_attack_are_its_fight():
    text = ("Four soldiers were killed when militants attacked a post in Ghiljo area of Orakzai District on Monday. "
            "Officials said troops retaliated with mortars and helicopter gunships, killing twelve militants.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Armed clash", "Unidentified Armed Group")


def test_the_force_whose_post_was_attacked_by_militants_did_not_attack():
    text = "Police repulsed an attack by militants on a Frontier Corps (FC) checkpost in Kalat District on Tuesday night."
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Armed clash", "Unidentified Armed Group")


def test_an_attempt_foiled_in_a_fight_is_the_fight_not_a_device_stopped():
    text = ("Militants attacked a Levies post in Musakhel District on Sunday night. Some ten attackers tried to enter "
            "the post, but the Levies engaged them and foiled the attempt.")
    assert _types(text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    ("A bomb went off near a Levies vehicle in Kohlu District on May 4, injuring two Levies personnel. The road has seen "
     "repeated attacks; in March, three labourers were killed when their vehicle hit a landmine nearby."),
    ("A bomb planted on a gas pipeline went off in Pir Koh area of Dera Bugti District on May 4, injuring a guard. The "
     "same pipeline was blown up near Loti in March, killing two guards."),
    ("Gunmen shot dead a shopkeeper near Turbat in Kech District on May 4. His brother had gone missing from Hoshab "
     "three months ago, and the family said he had been picked up by personnel of a security agency."),
])
def test_an_earlier_incident_told_by_its_month_or_as_months_ago_is_background(text):
    [event] = extract(text).events
    assert event.killed.total is None or event.killed.total.value <= 1


def test_a_would_be_bomber_arrested_with_his_vest_is_an_attack_stopped():
    text = ("Police arrested a would be suicide bomber and recovered a suicide vest from him near a mosque in Kohat on "
            "Friday.")
    assert _types(text) == ["Disrupted weapons use"]


def test_both_attacks_blamed_after_both_were_told_are_those_two():
    text = ("Unidentified men fired rockets at a Levies post near Sui in Dera Bugti District on Sunday night, causing no "
            "casualty. A day earlier, gunmen had shot dead a Levies sepoy near Pir Koh. Officials blamed the BRA for "
            "both attacks.")
    assert len(extract(text).events) == 2


def test_two_groups_named_as_the_subject_of_a_clash_are_its_sides():
    text = ("At least nine militants were killed when fighters of Lashkar e Islam and Ansarul Islam clashed in Bagh area "
            "of Tirah valley in Khyber Agency on Friday.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Armed clash", "Lashkar-e-Islam")


@pytest.mark.parametrize("text, actor", [
    ("Thirty militants, including a commander of the Tehreek e Nafaz e Shariat e Mohammadi (TNSM), surrendered to the "
     "army in Matta tehsil of Swat District on Sunday.", "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi"),
    ("Twelve militants surrendered to the Frontier Corps at a ceremony in Dera Bugti town on Sunday.", "Unidentified Armed Group"),
])
def test_those_who_surrendered_changed_course_not_the_forces_they_surrendered_to(text, actor):
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Change to group/activity", actor)


def test_an_operation_launched_after_an_attack_on_the_forces_is_the_forces():
    text = ("Three dacoits were killed during a police operation in the riverine area of Kashmore District on Tuesday. A "
            "police spokesman said the operation was launched after dacoits attacked a police picket last week.")
    assert extract(text).events[0].perpetrator.name == "Police (Pakistan, unspecified)"


def test_a_shell_fired_from_across_the_loc_after_a_foreign_forces_firing_is_theirs():
    text = ("A soldier was killed when Indian troops opened fire on Pakistani posts along the LoC in Kotli District on "
            "May 3. On the same night, a woman was injured when a mortar shell fired from across the LoC hit her house "
            "in Khuiratta.")
    events = extract(text).events
    assert [e.perpetrator.actor_id for e in events] == ["india_security_forces"] * 2


def test_rockets_fired_at_a_place_are_shelling_not_gunfire():
    text = "Four rockets were fired at the Frontier Corps headquarters in Wana on Sunday night, damaging a boundary wall."
    assert _types(text) == ["Shelling/artillery/missile attack"]


def test_a_truce_on_a_later_day_glossed_by_its_date_is_an_event_of_its_own():
    text = ("Five persons were killed in clashes between two tribes in Doaba area of Hangu District on the night of May 3. "
            "On Sunday (May 5), a jirga of elders brokered a ceasefire between the two sides.")
    assert _types(text) == ["Armed clash", "Agreement"]


def test_a_weekday_glossed_with_its_date_is_still_another_day_than_the_weekday_before():
    text = ("A suicide bomber blew himself up among mourners at a funeral in Mattani on Friday (May 4), killing nine "
            "persons. The slain elder had been shot dead by gunmen near his hujra in Badaber on Thursday. The TTP "
            "claimed responsibility for both attacks.")
    assert _types(text) == ["Suicide bomb", "Attack"]


def test_passengers_shot_while_their_escort_returned_fire_are_an_attack_on_them():
    text = ("Nine pilgrims were killed and three others, including a policeman, were injured when gunmen stopped their bus "
            "near Mach in Kachhi District on Sunday and opened fire on the passengers. The escorting policemen returned "
            "fire, but the attackers escaped.")
    assert _types(text) == ["Attack"]


def test_a_cracker_hurled_at_a_building_is_a_grenade_attack():
    assert _types("Unidentified men hurled a cracker at a shop in Lea Market in Karachi on Tuesday night, damaging its "
                  "shutter.") == ["Grenade"]


# near misses of the rules above, found by a second reading
def test_fire_from_across_a_border_told_as_another_incident_or_by_militants_is_not_the_foreign_forces():
    text = ("Indian troops shelled villages along the LoC in Kotli District on May 3, injuring a woman. In another incident, "
            "a soldier was killed when militants fired from across the border on a post in Bajaur District.")
    assert [e.perpetrator.name for e in extract(text).events][1] == "Unidentified Armed Group"


def test_both_blasts_in_the_sentence_that_tells_them_are_still_two():
    text = ("Gunmen shot dead a shopkeeper in Turbat on Monday. On Tuesday, two blasts hit Quetta, one on Zarghoon Road "
            "and one on Sariab Road; both blasts injured six people.")
    assert len(extract(text).events) == 3


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a labourer who had returned from Dubai two weeks ago in Turbat in Kech District on Monday.",
    "A landmine planted several years ago exploded in Kahan area of Kohlu District on Monday, killing a shepherd.",
])
def test_a_time_ago_that_dates_something_else_leaves_the_incident(text):
    assert len(extract(text).events) == 1


def test_a_later_month_is_no_background():
    text = ("Two soldiers were killed when militants attacked a post in Kech District on February 28. In another "
            "incident, security forces killed five militants in Awaran District in early March.")
    assert len(extract(text).events) == 2


@pytest.mark.parametrize("text", [
    "Militants executed an attack on soldiers at a check post in Tank District on Monday, killing two of them.",
    "Militants slaughtered a goat before they attacked a police post in Bannu on Monday, killing two policemen.",
])
def test_executed_or_slaughtered_of_no_captive_leaves_the_fight(text):
    assert _types(text)[0] == "Armed clash"


def test_forces_and_others_listed_after_a_count_are_more_people():
    from ctwatch.extract.numbers import find_casualties
    _, injured = find_casualties("Two soldiers, a policeman and a civilian, were injured in the blast.")
    assert injured.total.value == 4


def test_guns_answering_on_another_day_are_a_shelling_of_their_own():
    text = ("Militants attacked a check post in Datta Khel on Monday, killing two soldiers. The army hit back with "
            "artillery on Tuesday, pounding militant hideouts in Shawal and killing 15 militants.")
    assert "Shelling/artillery/missile attack" in _types(text)


def test_where_it_was_told_stays_the_place_when_no_scene_is_named_before():
    text = "Gunmen shot dead a shopkeeper on Sarki Road on Monday night, police said in Quetta."
    assert extract(text).events[0].place.admin2 == "Quetta"


def test_the_same_district_is_the_one_the_sentence_names_itself():
    text = ("A bomb killed two men in Kech District on Monday. In Kalat District, gunmen shot dead a shopkeeper in "
            "Mangochar area of the same district on the same day.")
    assert [e.place.admin2 for e in extract(text).events] == ["Kech", "Kalat"]


def test_a_group_named_as_the_target_of_those_who_surrendered_is_not_theirs():
    text = "Two militants wanted in attacks on the Aman Lashkar surrendered to the FC in Bara on Monday."
    assert extract(text).events[0].perpetrator.name == "Unidentified Armed Group"


@pytest.mark.parametrize("text", [
    "Protesters hurled crackers at the police outside the press club in Peshawar on Monday, injuring three policemen.",
    "Protesters hurled crackers and stones at the police in Gilgit on Friday, and the police fired tear gas to disperse them.",
])
def test_crackers_hurled_by_protesters_are_no_bombing(text):
    assert not {"Grenade", "Remote explosive/landmine/IED"} & set(_types(text))


def test_a_truce_placed_only_by_where_its_elders_came_from_is_where_the_fighting_was():
    text = ("Three persons were killed in clashes between two tribes in Doaba area of Hangu District on the night of May 3. "
            "On Sunday (May 5), a jirga of elders from Kohat brokered a ceasefire between the two sides.")
    assert [e.place.admin2 for e in extract(text).events] == ["Hangu", "Hangu"]


def test_two_gangs_named_as_the_subject_of_an_exchange_of_fire_are_its_sides():
    text = ("Three persons were killed as armed men of the Uzair Baloch gang and the Baba Ladla gang exchanged fire in "
            "Chakiwara area of Lyari in Karachi on Monday night.")
    [event] = extract(text).events
    assert (event.acled_sub_event_type, event.perpetrator.name) == ("Armed clash", "Uzair Baloch gang")


def test_a_claimant_named_before_its_spokesman_claims_even_where_the_parser_cuts_the_sentence():
    text = ("Two soldiers were killed when militants attacked a check post in Spinwam tehsil of North Waziristan District "
            "on the night of May 9. Tehreek e Taliban Pakistan (TTP) spokesman Mufti Ghazanfar Khurasani claimed "
            "responsibility for the attack in a message to journalists.")
    assert extract(text).events[0].perpetrator.name == "Tehrik-i-Taliban Pakistan"


def test_an_incident_without_a_day_of_its_own_keeps_apart_from_one_on_another_day():
    text = ("Rangers arrested four suspected militants during a raid in Manghopir area of Karachi on Tuesday. Meanwhile, "
            "unidentified men hurled a hand grenade at a police mobile in Baldia Town, injuring two policemen. On Monday, "
            "a trader was shot at and injured by unidentified men in Orangi Town.")
    assert _types(text) == ["Arrests", "Grenade", "Attack"]


def test_posts_a_claimant_says_its_fighters_captured_do_not_retype_the_attack():
    text = ("Three soldiers were killed when militants attacked two border posts in Arandu area of Chitral District on "
            "Wednesday. The TTP claimed responsibility and said its fighters had captured both posts, which officials denied.")
    assert _types(text) == ["Armed clash"]


def test_an_incident_without_a_day_takes_the_latest_day_told_before_it():
    text = ("Police arrested three suspects in Quetta on Monday. Gunmen shot dead a trader in Turbat on Wednesday. "
            "Meanwhile, unidentified men hurled a hand grenade at a shop in Gwadar. On Monday, a shopkeeper was shot at "
            "and injured by gunmen in Pasni.")
    assert len(extract(text).events) == 4


@pytest.mark.parametrize("text, perpetrator", [
    ("Afghan forces fired mortars at a Pakistani post near Torkham on May 3, and the Pakistan Army returned fire. On "
     "May 4, a soldier was injured in an exchange of fire between the two forces near Angoor Adda in South Waziristan.",
     "Afghan forces"),
    ("The Kamalkhel and Sultankhel clans clashed over a water channel near Sadda in Kurram on Monday. On Tuesday, "
     "heavy fighting between gunmen of the two sides left three dead near Sadda.", "Kamalkhel"),
])
def test_a_fight_between_the_two_sides_is_the_pair_named_before(text, perpetrator):
    events = [e for e in extract(text).events if e.acled_sub_event_type == "Armed clash"]
    assert events[-1].perpetrator is not None and events[-1].perpetrator.name == perpetrator


def test_a_sentence_that_names_an_earlier_act_again_does_not_retype_the_current_one():
    events = extract("Jets pounded militant hideouts in Tirah valley of Khyber District on May 3, killing 12 militants. A day "
                     "earlier, militants had attacked a Frontier Corps post in Bara tehsil with rockets and small arms, "
                     "injuring three soldiers. Officials said the air strikes were part of an operation against militants "
                     "who had been attacking the posts.").events
    assert [e.acled_sub_event_type for e in events] == ["Air/drone strike", "Armed clash"]
    events = extract("A blast damaged a railway track near Rohri in Sukkur District on Friday. Separately, the Bomb Disposal "
                     "Squad defused a bomb planted beside a gas pipeline near Johi in Dadu District. Officials suspected "
                     "a Sindhi separatist group of the Rohri blast.").events
    assert [e.acled_sub_event_type for e in events] == ["Remote explosive/landmine/IED", "Disrupted weapons use"]


def test_the_group_the_dead_were_affiliated_with_did_not_kill_them():
    event = extract("The Counter Terrorism Department (CTD) killed five suspected terrorists affiliated with the Islamic "
                    "State-Khorasan Province (ISKP) in a raid near Taunsa in Dera Ghazi Khan District on June 18.").events[0]
    assert event.perpetrator.actor_id == "ctd"


@pytest.mark.parametrize("sentence", [
    "A CTD spokesman said the team came under fire when it raided a compound where the suspects were hiding.",
    "A CTD spokesman said the personnel came under fire during a search operation.",
])
def test_forces_fired_on_in_their_own_raid_still_fought_it(sentence):
    event = extract("Four suspected militants were killed in an exchange of fire with the Counter Terrorism Department (CTD) "
                    "near Taunsa in Dera Ghazi Khan District on June 18. " + sentence).events[0]
    assert event.perpetrator.actor_id == "ctd"


def test_weapons_found_after_a_fight_are_the_fights():
    for recovered in ("A Kalashnikov, two pistols and a suicide vest were found in the car.",
                      "Weapons and ammunition were recovered from the killed khwarij."):
        events = extract("Two suspected militants were killed in an exchange of fire with the CTD near Tarnol in Islamabad "
                         "on January 29. " + recovered).events
        assert [e.acled_sub_event_type for e in events] == ["Armed clash"]


def test_an_arrest_in_a_separate_ibo_is_its_own():
    events = extract("The CTD killed three militants in a raid near Taunsa in Dera Ghazi Khan District on June 18. Two "
                     "suicide jackets and hand grenades were recovered. In a separate IBO in Muzaffargarh District on the "
                     "same day, the CTD arrested two suspects.").events
    assert [e.acled_sub_event_type for e in events] == ["Armed clash", "Arrests"]


def test_the_fight_told_after_the_operation_is_the_operations():
    events = extract("Security forces conducted an intelligence-based operation in Mamozai area of Orakzai District on the "
                     "night of August 11. The ISPR uses the term khwarij for the banned TTP. During the intense exchange of "
                     "fire, four khwarij were killed, the ISPR said.").events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events] == [
        ("Armed clash", "Pakistani security forces (unspecified)")]


@pytest.mark.parametrize("pursuit", [
    "Police chased the attackers and killed three of them in an encounter near Kalabagh on June 14.",
    "In a search operation launched the next morning, police killed two of the attackers near Kundian.",
])
def test_the_forces_pursuit_that_killed_the_attackers_is_their_own_fight(pursuit):
    events = extract("Militants attacked a police check post at Chah Miani in Mianwali District on June 13, killing two "
                     "policemen. " + pursuit).events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events] == [
        ("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Police (Pakistan, unspecified)")]


@pytest.mark.parametrize("after", [
    "Later, police arrested two suspects in connection with the attack during a search operation in Gul Imam.",
    "Police returned fire and killed one of the attackers.",
])
def test_arrests_tied_to_the_attack_and_fire_returned_at_the_scene_stay_the_attacks(after):
    events = extract("Unidentified gunmen shot dead a policeman escorting a polio team in Mullazai area of Tank District on "
                     "April 26. " + after).events
    assert len(events) == 1


def test_a_suicide_bomb_that_went_off_short_of_its_target_is_a_suicide_bombing():
    assert _types("A suspected suicide bomber was killed when explosives strapped to his body went off prematurely near "
                  "an imambargah in Bhakkar on Muharram 9.") == ["Suicide bomb"]
    assert _types("Two militants were killed when a bomb they were making went off prematurely in a house in Bannu.") \
        == ["Disrupted weapons use"]


def test_a_bomb_then_gunfire_on_the_forces_is_an_ambush_on_them():
    assert _types("Three policemen were killed when militants detonated a roadside bomb and then opened fire on a police "
                  "van near Kot Azam in Tank District.") == ["Armed clash"]
    assert _types("Three passers-by were injured when a roadside bomb went off near a police van in Tank District.") \
        == ["Remote explosive/landmine/IED"]


def test_acts_of_some_years_ago_are_background():
    assert _types("Unidentified men set fire to a girls' school in Tangir tehsil of Diamer District on Thursday night. "
                  "Several schools in Diamer were torched or bombed in a wave of attacks some years ago.") \
        == ["Looting/property destruction"]
    # (an arrest now of a man who confessed to a bombing years ago is still an arrest)
    assert _types("The CTD arrested a suspected commander in Dera Ismail Khan, who confessed to the bombing of a "
                  "checkpost in Kulachi two years ago.") == ["Arrests"]


def test_a_thana_stormed_is_an_attack_on_the_forces():
    assert _types("Armed men stormed the Levies thana in Johan area of Kalat District on Monday night and set the "
                  "building on fire. No one was hurt.") == ["Armed clash"]


def test_the_one_arrested_told_again_is_no_new_arrest():
    assert _types("Police foiled an attack by arresting a would-be suicide bomber and recovering a suicide jacket near "
                  "Tarnol in Islamabad on Thursday. A police spokesman said the suspect belonged to the TTP. He was "
                  "arrested at a checkpoint while travelling on a motorcycle from Fateh Jang.") == ["Disrupted weapons use"]


def test_a_rescue_told_after_a_protest_is_no_part_of_it():
    assert _types("A trader was kidnapped from his shop in Bannu on Monday. On Tuesday, traders staged a protest on the "
                  "Bannu-Kohat Road demanding his recovery. Police said on Thursday that the trader had been recovered "
                  "during a raid in Domel tehsil and two of the kidnappers had been arrested.") == [
        "Abduction/forced disappearance", "Peaceful protest", "Arrests"]


def test_the_side_told_afterwards_to_have_attacked_is_actor1_of_the_clash():
    event = extract("Six militants were killed in a clash between Lashkar e Islam (LeI) and the Tehreek e Taliban Pakistan "
                    "(TTP) in Tirah valley of Khyber Agency on October 3. Local sources said the fighting began when TTP "
                    "militants tried to capture a hilltop post held by LeI.").events[0]
    assert event.perpetrator.actor_id == "ttp"


def test_men_of_both_sides_taken_into_custody_after_a_clash_are_the_clashs():
    assert _types("Five persons were killed in an armed clash between the Jagirani and Sabzoi tribes near Tangwani in "
                  "Kashmore District on November 6. The SSP said cases had been registered against 40 men of both sides "
                  "and several of them had been taken into custody.") == ["Armed clash"]


def test_bodies_found_shot_in_the_head_are_a_killing():
    assert _types("On May 3, police found the bodies of two brothers in a dry stream bed in Killa Saifullah District; both "
                  "had been shot in the head.") == ["Attack"]


def test_slogans_chanted_against_the_government_are_a_protest():
    assert _types("On February 3, hundreds of workers carrying the body blocked the Khar Munda road in Bajaur and chanted "
                  "slogans against the government.") == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "An Anti-Terrorism Court in Peshawar on Saturday sentenced two men to death for their role in the 2014 bombing of a "
    "wagon on Kohat Road. The blast had killed nine teachers and injured 14 other passengers.",
    "An Anti Terrorism Court in Dera Ghazi Khan on Thursday sentenced three militants to death for a bomb attack on a "
    "police van in Taunsa. The prosecution told the court that the convicts had also planned an attack on a check post, "
    "which was foiled when police arrested them from a hideout.",
])
def test_what_a_verdicts_case_was_about_is_no_news(text):
    assert _types(text) == []


def test_the_fight_a_bombing_set_off_is_its_own():
    events = extract("Two soldiers were killed when an improvised explosive device went off near a security forces vehicle "
                     "in Datta Khel area of North Waziristan on Sunday. Following the blast, troops cordoned off the area "
                     "and an intense exchange of fire took place with terrorists hiding in a nearby compound. Four "
                     "terrorists were killed in the exchange, the ISPR said in a statement issued from Rawalpindi.").events
    assert [(e.acled_sub_event_type, e.place.admin2, e.killed.total.value) for e in events] == [
        ("Remote explosive/landmine/IED", "North Waziristan", 2), ("Armed clash", "North Waziristan", 4)]


# A second reading of the fifth session's rules (constructed near misses, each run with the rules undone) found
# these misfires; each is pinned here.
@pytest.mark.parametrize("text, expected", [
    # a new attack told after a verdict is news
    ("An anti-terrorism court in Quetta convicted two LeJ militants on Monday for the 2013 Hazara town bombing. A "
     "blast outside the court killed three people on Tuesday.", ["Remote explosive/landmine/IED"]),
    ("An anti-terrorism court in Peshawar acquitted two men accused of killing a police officer. Soon after, the accused "
     "were shot dead by unidentified gunmen outside the court premises.", ["Attack"]),
    # "years ago" in another clause tells of the place, not of the act
    ("A bomb planted on a motorcycle went off in Parachinar, killing three people at the bazaar that was targeted ten "
     "years ago.", ["Remote explosive/landmine/IED"]),
    ("Terrorists attacked a checkpost in Bannu, killing two soldiers; the same post had been attacked several years "
     "ago.", ["Armed clash"]),
    # the attackers' own gunfire after their bomb is one attack; gunfire heard or fired in the air is none
    ("A suicide bomber blew himself up at a checkpost in Bannu. Soon after the explosion, militants opened fire on the "
     "soldiers, killing three.", ["Suicide bomb"]),
    ("A blast hit a police van in Quetta. Following the explosion, the police opened fire in the air to disperse the "
     "crowd.", ["Remote explosive/landmine/IED"]),
    ("An IED went off near a police van in Bannu, injuring two policemen; militants then opened fire on a nearby "
     "shop.", ["Remote explosive/landmine/IED"]),
    # an arrest elsewhere whose men are "some of them" is its own
    ("A bomb killed three people in Quetta on Monday. Police arrested 15 suspects in Pishin on Wednesday; all of them "
     "were Afghans.", ["Remote explosive/landmine/IED", "Arrests"]),
    # slogans chanted by attackers are no protest
    ("The attackers chanted slogans against the army and opened fire on a checkpost in North Waziristan, killing a "
     "soldier.", ["Armed clash"]),
    ("The body of a trader who had been shot in the head was found in Turbat, Kech district.", ["Attack"]),
    ("Malala Yousafzai, who was shot in the head by the TTP in 2012, visited Swat on Monday.", []),
    ("Police arrested five suspects in Quetta on Monday. In a similar crackdown in 2019, police had arrested 40 "
     "people.", ["Arrests"]),
])
def test_second_reading_misfires_of_the_fifth_session_rules(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize("text, perpetrator", [
    ("Police chased the attackers after gunmen shot dead a trader in Quetta on Tuesday.", "Unidentified Armed Group"),
    ("Levies personnel chased the kidnappers, who shot dead the abducted teacher in Kalat.", "Unidentified Armed Group"),
    ("A cleric was shot dead by men allied with the Lashkar-e-Jhangvi in Karachi.", "Lashkar-e-Jhangvi"),
    ("The army launched Operation Zarb-e-Azb in North Waziristan in June 2014. During the operation, a soldier was "
     "martyred in an IED blast in Bannu on Monday.", "Unidentified Armed Group"),
])
def test_second_reading_misfires_of_the_fifth_session_rules_on_who(text, perpetrator):
    assert extract(text).events[0].perpetrator.name == perpetrator


def test_a_protests_own_arrests_are_no_incident_of_their_own():
    # (how the one incident is typed, a protest with the police's intervention, is not settled here)
    events = extract("Hundreds of villagers blocked the Karakoram Highway at Chilas in Diamer District on Tuesday in "
                     "protest against power outages. Police cleared the road and arrested both organisers.").events
    assert len(events) == 1


def _incidents(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.acled_sub_event_type, e.perpetrator.name if e.perpetrator else None) for e in extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a shell "fired by" a country's troops is theirs
    ("Two villagers were killed when a mortar shell fired by Indian troops hit their house in Kotli on Sunday.",
     [("Shelling/artillery/missile attack", "Indian security forces (unspecified)")]),
    # the group the attackers are said to have belonged to, in a relative clause
    ("Two soldiers were martyred when militants attacked a post in Bajaur on Monday. The attackers, who belonged to "
     "Jamaat-ul-Ahrar, fled across the border.", [("Armed clash", "Jamaat-ul-Ahrar")]),
    ("Militants attacked a check post in Tank District on May 3, 2023, killing a policeman. The attackers, who "
     "reportedly belonged to the Tehreek-e-Taliban Pakistan, fled.", [("Armed clash", "Tehrik-i-Taliban Pakistan")]),
    # grenades the militants hurled went off: a vest found afterwards does not make the raid a bomb stopped
    ("Three militants were killed in an encounter with police in Quetta on Friday. The militants fired and hurled "
     "grenades at the police party. A suicide vest was recovered from the house.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # a town retaken after shelling: the forces retook it
    ("Security Forces (SFs) took control of Makeen town in South Waziristan on June 3 after days of fighting. Troops "
     "moved in after heavy artillery shelling of militant hideouts.",
     [("Government regains territory", "Pakistani security forces (unspecified)")]),
    # a hostage freed in a fight with the kidnappers: the forces' fight
    ("Police recovered a schoolboy, who had been kidnapped from Sukkur last month, after an encounter with his "
     "kidnappers in Kandhkot on Friday. One of the kidnappers was killed.", [("Armed clash", "Police (Pakistan, unspecified)")]),
])
def test_who_and_what_of_the_sixth_session(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, count", [
    # the abductees' fate told later is the abduction's
    ("Gunmen abducted an engineer and his guard from Khuzdar on Monday. Hours later, the guard was released near "
     "Wadh, but the whereabouts of the engineer remain unknown.", 1),
    # more arrests "also" made in another district are their own
    ("A grenade hit a shop in Larkana on Monday, injuring two men. Police also arrested three suspected BLA men from "
     "a house in Hyderabad on Tuesday.", 2),
    ("Militants attacked a police post in Bannu, killing a constable. Police also arrested two of the attackers.", 1),
])
def test_what_became_of_the_taken_and_arrests_told_elsewhere(text, count):
    assert len(extract(text).events) == count


def test_the_kin_of_an_office_holder_is_no_office_holder():
    event = extract("The nephew of the Assistant Commissioner of Kalat was shot dead by gunmen in Mastung on Monday.").events[0]
    assert (event.acled_sub_event_type, event.gtd_attack_type, event.place.name) == ("Attack", "Armed Assault", "Mastung")
    assert event.target_category != "government"
    event = extract("Gunmen shot dead the son of a police constable in Bannu on Monday.").events[0]
    assert event.acled_sub_event_type == "Attack"


@pytest.mark.parametrize("text, expected", [
    # a new abduction told with its victims' release is its own
    ("Gunmen abducted a trader in Turbat on May 2, 2022. On May 9, armed men kidnapped two teachers in Panjgur "
     "District; the teachers were later released.",
     [("Abduction/forced disappearance", "Unidentified Armed Group")] * 2),
    # a retaking told after the strike, as its background, does not retype the strike
    ("Jets pounded militant hideouts in the Tirah valley of Khyber Agency on March 3, 2018, killing 25 militants, a day "
     "after troops regained control of the Sandapal area.", [("Air/drone strike", "Pakistani security forces (unspecified)")]),
    # the group the dead belonged to did not kill them
    ("Three militants, who belonged to the Hafiz Gul Bahadur group, were killed in an intelligence-based operation in "
     "North Waziristan District on June 3, 2023.", [("Armed clash", "Security Forces")]),
    # the forces that exchanged fire with a gang fought it
    ("Police exchanged fire with dacoits of the Jagirani gang in Shikarpur District on June 5, 2023. One of the "
     "dacoits was killed.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # a rescue in a fight is the forces' fight, whoever died
    ("Levies personnel recovered a seven-year-old boy, who had been kidnapped from Hub, after an encounter with his "
     "kidnappers in Lasbela District on May 5, 2022.", [("Armed clash", "Balochistan Levies")]),
    # a retired rank is a civilian
    ("A retired subedar was shot dead over a land dispute in Chakwal on May 3, 2022.", [("Attack", "Unidentified Armed Group")]),
    # arrests of men "who belonged to" another district are the same work
    ("Police killed a dacoit in an encounter in Ghotki District on May 2, 2023. Police also arrested his two "
     "accomplices, who belonged to Kashmore.", [("Armed clash", "Police (Pakistan, unspecified)")]),
])
def test_second_reading_misfires_of_the_sixth_session_rules(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act that only dates another ("since the clashes began") does not retype the incident it follows
    ("Gunmen opened fire on a passenger van near Sadda in Kurram on Monday, killing two passengers. The road has "
     "remained closed since the clashes began.", [("Attack", "Unidentified Armed Group")]),
    # workers taken from their mining camp and found dead: an attack on civilians
    ("Armed men stormed a miners camp in Harnai District on Monday and took away four coal miners. Their bullet-riddled "
     "bodies were found the next day.", [("Attack", "Unidentified Armed Group")]),
    # a capture only claimed by one side is no territory taken
    ("Fighting between Lashkar-e-Islam and Ansarul Islam continued in Bagh area of Khyber Agency on Monday. An Ansarul "
     "Islam spokesman claimed that his fighters had captured two hilltop posts.", [("Armed clash", "Lashkar-e-Islam")]),
])
def test_what_of_blind_set_at(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Jet fighters of the Pakistan Air Force (PAF) struck": an air strike, the brackets inside the doer's name
    ("Jet fighters of the Pakistan Air Force (PAF) pounded militant hideouts in Shawal area of North Waziristan on "
     "Sunday, killing 20 militants.", [("Air/drone strike", "Pakistan Air Force")]),
    # the forces' return fire told before a grenade of another incident is not the grenade's
    ("Militants attacked a police post in Jamrud on Monday night, killing a constable. Police returned fire and the "
     "attackers fled. In another incident, a hand grenade was thrown at the house of a trader in Landi Kotal on the "
     "same night.", [("Armed clash", "Unidentified Armed Group"), ("Grenade", "Unidentified Armed Group")]),
    # labourers shot at their camp on a work site are civilians
    ("Four labourers were shot dead when gunmen stormed their camp at a road construction site in Turbat on Tuesday.",
     [("Attack", "Unidentified Armed Group")]),
    # the forces fired on while chasing the attackers elsewhere: their own fight
    ("Gunmen shot dead three men on Spinny Road in Quetta on Monday. Shortly afterwards, an FC vehicle came under fire "
     "on Sariab Road while chasing the attackers, injuring one FC man.",
     [("Attack", "Unidentified Armed Group"), ("Armed clash", "Unidentified Armed Group")]),
    # the forces' operation stays theirs whatever the other side claims of it
    ("Security forces killed six khwarij in an intelligence-based operation in Tank District on Tuesday, the ISPR "
     "said. However, the TTP claimed that its fighters had killed five soldiers.",
     [("Armed clash", "Pakistani security forces (unspecified)")]),
])
def test_what_and_who_of_blind_set_au(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # jet fighters named without a strike are no air strike (an accident, outside ACLED's types)
    ("A PAF jet fighter crashed near Mianwali during a routine training flight; the pilot ejected safely.", [(None, None)]),
    ("Jet fighters were scrambled after militants attacked the Minhas airbase in Kamra, killing two security "
     "personnel.", [("Armed clash", "Unidentified Armed Group")]),
    # return fire told before a grenade of the same incident, told again, is still its fight
    ("Police returned fire and the attackers fled. Earlier, the attackers had hurled a hand grenade at the police "
     "station in Tank.", [("Armed clash", "Unidentified Armed Group")]),
    # attackers chasing their own victims are no pursuit by the forces
    ("Gunmen attacked a bus in Mastung, injuring two passengers. In pursuit of the fleeing driver, they shot dead the "
     "conductor near Kanak.", [("Attack", "Unidentified Armed Group")]),
    # an act a sentence opens with, or tells after "since the" with its own words, is the sentence's
    ("Tension prevailed in Quetta since the blast at a mosque on Friday that killed 12 worshippers.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
])
def test_second_reading_misfires_of_the_rules_from_at_and_au(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "took control of the area" after an attack is the scene secured, not ground won back
    ("Militants attacked a check post in Datta Khel tehsil of North Waziristan on Friday, killing two soldiers. "
     "Security forces later took control of the area.", [("Armed clash", "Unidentified Armed Group")]),
    # a town taken after a fight is still regained
    ("Troops clashed with militants near Kaniguram on Friday. Security forces later took control of the town.",
     [("Government regains territory", "Pakistani security forces (unspecified)")]),
])
def test_the_scene_secured_after_an_attack_is_no_territory_regained(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rocket fired at the forces who fired back is a fight
    ("Dacoits fired a rocket at a police picket near Rojhan on Monday night, injuring a constable. The police returned "
     "fire and the dacoits fled.", [("Armed clash", "Unidentified Armed Group")]),
    # a captive freed after an encounter with outlaws: the forces' fight
    ("Police recovered a shopkeeper, Aslam Khan, who had been kidnapped from Mardan two weeks earlier, after an encounter "
     "with dacoits in Swabi on Friday. One dacoit was killed in the exchange of fire.",
     [("Armed clash", "Police (Pakistan, unspecified)")]),
    # a force telling of its own deed did it
    ("The Counter Terrorism Department (CTD) said it had killed four terrorists of the Tehreek e Taliban Pakistan (TTP) "
     "in an intelligence based operation near Taunsa on Sunday.", [("Armed clash", "Counter Terrorism Department")]),
    # forces that freed a captive in a raid are the doers of the arrests told after it
    ("Khasadar personnel recovered a contractor, who had been kidnapped from Landi Kotal, during a raid in Bara on "
     "Monday. Three kidnappers were arrested, officials said.", [("Arrests", "Khasadar Force")]),
    # a crowd that burns a police post and stones the police after a death in custody: a violent demonstration
    ("Angry villagers set fire to a police post and pelted the police with stones in Jatoi on Sunday after a man died in "
     "police custody.", [("Violent demonstration", "Rioters")]),
    # ... but a crowd that burns a suspect's house is a mob
    ("Angry villagers set fire to the house of a man accused of blasphemy in Jhang on Monday.", [("Mob violence", "Rioters")]),
    # shells "from across the Pak Afghan border", the other country's forces named after
    ("Three civilians were killed when mortar shells fired from across the Pak Afghan border landed in Angoor Adda on "
     "Saturday. Officials said Afghan forces opened fire after an argument over a fence.",
     [("Shelling/artillery/missile attack", "Afghan forces")]),
    # a rescue on the next day with a fight is an incident of its own; the accomplices arrested are its
    ("Armed men abducted two engineers from Tank on Monday. On the following day, security forces raided a house in "
     "Gomal and recovered one engineer after a brief exchange of fire in which a militant involved in the kidnapping "
     "was killed. Two of his accomplices were arrested.",
     [("Abduction/forced disappearance", "Unidentified Armed Group"), ("Armed clash", "Security Forces")]),
    # the device the suspects left behind, defused later, is the attack stopped
    ("Police foiled an attack on a check post in Bannu on Sunday when a patrol spotted two men planting an explosive "
     "device. The suspects fled, leaving behind the device, which was later defused by the Bomb Disposal Squad.",
     [("Disrupted weapons use", "Police (Pakistan, unspecified)")]),
    # an old bombing told of those who surrendered ("two years ago in which four were killed") is background
    ("Twelve militants of the Jamaat ul Ahrar laid down their arms in Ghalanai on Monday. The JuA had claimed the "
     "bombing of a checkpost in Ekka Ghund two years ago in which four personnel were killed.",
     [("Change to group/activity", "Jamaat-ul-Ahrar")]),
    # some of the abducted found dead: the attack on them
    ("Armed men abducted four passengers near Mangochar on Friday night. The bodies of two of the abducted men were found "
     "the next morning.", [("Attack", "Unidentified Armed Group")]),
    # the clans named after the fight the report leads with; the truce brokered after it is its own
    ("Five people were killed as armed clashes erupted between two tribes in Sadda on Wednesday. Officials said the "
     "Turi and Mangal tribes attacked each other with heavy weapons. A jirga of elders brokered a ceasefire "
     "late at night.", [("Armed clash", "Turi"), ("Agreement", "Turi")]),
    # the group the slain belonged to did not carry out the next incident
    ("Troops killed five terrorists in an operation in Mir Ali on Monday. The slain terrorists belonged to the TTP. "
     "Separately, a soldier was injured when terrorists dropped an explosive from a quadcopter on a post in Spinwam.",
     [("Armed clash", "Pakistani security forces (unspecified)"), ("Air/drone strike", "Unidentified Armed Group")]),
    # a place's record of attacks told after the incident is background
    ("Two policemen were injured when militants hurled a grenade at a police van in Peshawar on Monday. The area has "
     "witnessed several attacks on police in recent months, including a suicide blast in January that killed four "
     "policemen.", [("Grenade", "Unidentified Armed Group")]),
    # "Late on the same night" opens another incident
    ("Two soldiers were killed when an IED went off near their vehicle in Shakai on Monday. Late on the same night, "
     "militants fired three rockets at a school in Wana.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group"), ("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # a captive recovered "during a raid" in which kidnappers died: the forces' fight
    ("Police on Tuesday recovered a trader, who had been abducted near Kohat Tunnel ten days ago, during a raid in Darra "
     "Adamkhel. Two kidnappers were killed in an exchange of fire during the raid.",
     [("Armed clash", "Police (Pakistan, unspecified)")]),
])
def test_who_and_what_of_blind_sets_av_aw_ax(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a Karachi district named as the city's ("Malir District of Karachi"), and "the same district" after it
    ("Police arrested a would be suicide bomber near Malir Halt in Malir District of Karachi on Monday. Earlier, a bomb "
     "went off near a Rangers vehicle in Quaidabad area of the same district, injuring two personnel.",
     [("Remote explosive/landmine/IED", "Malir", None)]),
    # ... not a district named only for an earlier blast
    ("A man was shot dead in Karachi on Tuesday, a day after a blast in Malir District.", [("Attack", "Karachi", 1)]),
    # "District East" in Karachi
    ("Two policemen were shot dead near Safoora Chowrangi in Gulistan e Jauhar area of District East in Karachi on "
     "Saturday.", [("Armed clash", "Karachi East", 2)]),
    # the hospital's district, named after it, does not place the next incident
    ("Seven passengers were killed and 11 injured when gunmen opened fire on a passenger van near Bagan in Kurram Agency "
     "on October 12, 2008. Three of the injured later died in the hospital at Thall in Hangu District, raising the death "
     "toll to 10. On the same day, militants abducted two teachers from Sadda town.", [("Attack", "Kurram", 10), ("Abduction/forced disappearance", "Kurram", None)]),
    # where the freed captive had been taken from is no scene
    ("Police recovered a shopkeeper, who had been kidnapped from Mardan two weeks earlier, after an encounter with "
     "dacoits in Swabi on Friday.", [("Armed clash", "Swabi", None)]),
])
def test_places_of_blind_sets_av_aw_ax(text, expected):
    assert _occurred_summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ship's or an airline's captain is no soldier
    ("Unidentified men shot dead a ship captain at Gwadar port.", [("Attack", "Unidentified Armed Group")]),
    # a rocket answered with fire makes a fight only when the forces were its aim and fired back
    ("A rocket fired by militants hit a house in Bajaur District, killing two children. Security forces retaliated by "
     "shelling militant hideouts in the area.", [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    ("Militants fired two rockets at a Levies post in Zhob District. The Levies never returned fire as the attackers "
     "were out of range.", [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # the body of one killed in a clash is no captive freed in a fight
    ("Police recovered the body of a Levies sepoy who had been killed during a clash with militants in Kalat District.",
     [("Armed clash", "Unidentified Armed Group")]),
    # crowds that turn on civilians, or on a police informer, stay mobs; on the police they demonstrate violently
    ("Angry villagers killed a government schoolteacher accused of blasphemy in Khanewal District.", [("Mob violence", "Rioters")]),
    ("Angry villagers set fire to a police informer's house in Larkana District.", [("Mob violence", "Rioters")]),
    ("Angry villagers attacked the police who had come to arrest a suspect in Sheikhupura District, injuring three "
     "policemen.", [("Violent demonstration", "Rioters")]),
    # a stoning ordered is none done
    ("A jirga in Kohistan ordered that the woman be pelted to death with stones.", []),
    # a foreign force that denied firing is not the shells' doer
    ("Mortar shells fired from across the Pak Afghan border landed in Kurram District, injuring two children. Afghan "
     "forces denied involvement.", [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # accomplices arrested on a day and in a district of their own are another incident
    ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing ten worshippers. On Monday, police "
     "arrested two of his accomplices in Mardan District.",
     [("Suicide bomb", "Unidentified Armed Group"), ("Arrests", "Police (Pakistan, unspecified)")]),
    # a place made years ago is no old incident
    ("A bomb exploded at a shrine inaugurated two years ago in which four pilgrims were killed and ten others injured in "
     "Dera Ghazi Khan District.", [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # the slain attackers' group carried out the attack they died in
    ("Four militants stormed a check post in Tank District; all four were killed in retaliatory fire. The slain "
     "attackers belonged to the Tehreek-e-Taliban Pakistan.", [("Armed clash", "Tehrik-i-Taliban Pakistan")]),
    # a place's record told in a clause before a dated attack does not hide the attack
    ("The district has witnessed several attacks on police, and on Tuesday night militants attacked a check post in "
     "Kulachi, killing two constables.", [("Armed clash", "Unidentified Armed Group")]),
    # "Late that night" that tells the same fight continues it
    ("Militants attacked a police post in Bannu District. Late that night, police said two of the attackers had been "
     "killed in the exchange of fire.", [("Armed clash", "Unidentified Armed Group")]),
    # ... while a rocket at a picket, answered with fire, stays a fight with no one hurt
    ("Dacoits fired a rocket at a police picket in the riverine area of Kashmore District. The police returned fire and "
     "the dacoits fled.", [("Armed clash", "Unidentified Armed Group")]),
    # a foreign force blamed for the shells is their doer
    ("Shells fired from across the Pak Iranian border landed in Panjgur District. Officials blamed Iranian border guards.",
     [("Shelling/artillery/missile attack", "Iranian Border Guard Command")]),
])
def test_second_reading_misfires_of_the_seventh_session_rules(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a release agreed after talks is an Agreement of its own, by the abductors told before it
    ("Militants of the Lashkar e Islam abducted four tribal elders from Bara on May 2. They were released unharmed on "
     "May 5 after a jirga of the Sipah tribe negotiated with the group.",
     [("Abduction/forced disappearance", "Lashkar-e-Islam"), ("Agreement", "Lashkar-e-Islam")]),
    ("Unidentified armed men abducted two vaccinators from Thall on Tuesday. Following negotiations by a jirga of local "
     "elders, the kidnappers released both men near the Thall bypass on Thursday evening.",
     [("Abduction/forced disappearance", "Unidentified Armed Group"), ("Agreement", "Unidentified Armed Group")]),
    # ... and a truce brokered after a clash ("was brokered by"), by the clash's first side
    ("Eleven people were killed in clashes between the Turi and Bangash tribes in Sadda on Sunday. A ceasefire was "
     "brokered by a grand jirga of elders on Wednesday, after which FC personnel took over the positions vacated by "
     "the tribes.", [("Armed clash", "Turi"), ("Agreement", "Turi")]),
    # relatives of a kidnapped man who sit in are protesting, not abducting
    ("Meanwhile, relatives of another kidnapped man staged a sit in on the Indus Highway in Kandhkot on Monday, "
     "demanding his recovery.", [("Peaceful protest", "Protesters")]),
    # the forces that stopped an attack are its actor whoever claims the attempt
    ("Police foiled a suicide attack on an imambargah in Charsadda on Friday when guards overpowered a would be bomber "
     "at the entrance. Lashkar e Jhangvi al Alami later claimed the attempted attack.",
     [("Disrupted weapons use", "Police (Pakistan, unspecified)")]),
    # "In the same valley", another act at another spot
    ("Militants set on fire a girls school in Darel valley of Diamer District on Monday night. In the same valley, a "
     "girls middle school in Gumari village was damaged by an explosive device on the same night.",
     [("Looting/property destruction", "Unidentified Armed Group"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # speakers recalling past atrocities at a protest tell the past
    ("Thousands of people marched in Mingora on Sunday to protest against the return of militants. Speakers recalled the "
     "years before the 2009 operation, when schools were blown up and people were beheaded.",
     [("Peaceful protest", "Protesters")]),
    # suspects arrested later "from the same village" are the attack's
    ("A polio vaccinator was shot dead in Kharkai village of Bajaur District on Monday. Police later arrested two "
     "suspects from the same village.", [("Attack", "Unidentified Armed Group")]),
    # shells "from across the border in Afghanistan", the Afghan forces named after as firing
    ("Two civilians were killed when mortar shells fired from across the border in Afghanistan landed on houses in "
     "Kharlachi area of Kurram District on Thursday. Officials said Afghan forces first opened fire on a border post, "
     "and Pakistani troops responded in kind.", [("Armed clash", "Afghan forces")]),
])
def test_who_and_what_of_blind_sets_ay_az(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a mission in Islamabad that a protest was lodged with is no scene; "in the same area" is the one before's
    ("Two FC soldiers were injured when Afghan forces opened fire on a border post near Kharlachi in Kurram on Saturday. "
     "Separately, a shepherd was killed when a mortar shell fired from across the border landed in the same area on "
     "Sunday. The Foreign Office lodged a protest with the Afghan embassy in Islamabad.",
     [("Armed clash", "Kurram", None), ("Shelling/artillery/missile attack", "Kurram", 1)]),
    # a utility named after its city is no scene
    ("Militants blew up two pylons near Kahan town of Kohlu District on Monday. Hours later, a second device planted at "
     "the same spot went off when a team of linemen of the Quetta Electric Supply Company reached the site.",
     [("Remote explosive/landmine/IED", "Kohlu", None), ("Remote explosive/landmine/IED", "Kohlu", None)]),
])
def test_places_of_blind_sets_ay_az(text, expected):
    assert _occurred_summary(text) == expected


def test_a_dacoit_gang_that_surrenders_changes_course():
    # the crime words name who gave up; the surrender is the incident
    assert _incidents("Seven members of a dacoit gang surrendered to the police with their weapons in Rojhan on "
                      "Monday.") == [("Change to group/activity", "Unidentified Armed Group")]


@pytest.mark.parametrize("text, expected", [
    # a release that is no captive's is no agreement
    ("Police released the two suspects after elders of the area stood surety for them in Charsadda.", []),
    ("The suspects were freed on bail after mediation by the elders in Mardan.", []),
    # a truce denied or told as past is none
    ("Four tribesmen were killed in a clash in Kurram on Monday. No truce was reached despite efforts by elders.",
     [("Armed clash", "Unidentified Armed Group")]),
    # an Agreement takes the sides of a fight told before it only in the same district
    ("Militants of the TTP abducted two officials in Tank on Monday. A jirga brokered a ceasefire between two tribes in "
     "Kurram on Tuesday.", [("Abduction/forced disappearance", "Tehrik-i-Taliban Pakistan"), ("Agreement", "Unidentified Armed Group")]),
    # "In the same area" that names the attackers again continues the attack
    ("A bomb exploded near a Frontier Corps vehicle in Kech on Monday. In the same area, the militants then opened fire "
     "on the soldiers, injuring three.", [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # forces "recalled from leave", a brother who "recalled that" gunmen shot his kin: no past told
    ("Police were recalled from leave after militants attacked a check post in Lakki Marwat, killing two policemen.",
     [("Armed clash", "Unidentified Armed Group")]),
    # suspects arrested "in the same area" on a day of their own are another incident
    ("Gunmen shot dead a tribal elder in Bara on Sunday. On Wednesday, police arrested five suspects in the same area.",
     [("Attack", "Unidentified Armed Group"), ("Arrests", "Police")]),
    # a raid "Late on the same night" is the forces' own, though it names the attack
    ("Two soldiers were martyred in an IED blast in Kech. Late on the same night, security forces raided a hideout and "
     "killed three militants involved in the attack.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group"), ("Armed clash", "Pakistani security forces (unspecified)")]),
    # the group the slain belonged to did not kill them
    ("Three terrorists were killed in an intelligence-based operation in Bannu, the ISPR said. The slain terrorists "
     "belonged to Fitna al Khawarij.", [("Armed clash", "Security Forces")]),
])
def test_second_reading_misfires_of_the_release_and_place_rules(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capture claimed "his group had captured" is a boast
    ("Nine militants were killed in a clash between Lashkar e Islam and Ansarul Islam in Tirah on Monday. An LeI "
     "spokesman claimed his group had captured two posts of the rival group.", [("Armed clash", "Lashkar-e-Islam")]),
    # rocket launchers carried are no shelling
    ("Armed dacoits abducted three employees of a construction company from their camp near Gehelpur in Kashmore "
     "District on Monday night. Around a dozen men armed with rocket launchers stormed the camp.",
     [("Abduction/forced disappearance", "Unidentified Armed Group")]),
    # "said in a statement that its fighters had carried out the ambush" is a claim
    ("Gunmen ambushed a police van near Dara Pezu in Lakki Marwat on Thursday, killing two policemen. The Ittehad ul "
     "Mujahideen Pakistan said in a statement that its fighters had carried out the ambush.",
     [("Armed clash", "Ittehad-ul-Mujahideen Pakistan")]),
    # a foreign force's mortars fired on border posts, with gunfire: a fight
    ("Two civilians were killed and two FC personnel injured when Afghan Border Police opened fire and fired mortar "
     "shells on Pakistani border posts near Chaman on Sunday.", [("Armed clash", "Afghan National Defence and Security Forces")]),
    # the forces' shelling of hideouts after a rocket attack is their own
    ("Militants fired four rockets at a Khasadar post in Ghiljo area of Orakzai on Friday night. Security forces later "
     "shelled suspected hideouts of the militants in Mamozai.",
     [("Shelling/artillery/missile attack", "Unidentified Armed Group"),
      ("Shelling/artillery/missile attack", "Pakistani security forces (unspecified)")]),
    # an attack "foiled" in a fight is a clash begun by the attackers
    ("Police foiled a terrorist attack on the Sakhi Sarwar check post on Monday night, shooting dead a would be suicide "
     "bomber. Two attackers had opened fire on the personnel on duty.", [("Armed clash", "Unidentified Armed Group")]),
    # the dead told of the fight before "Meanwhile" are not the next incident's
    ("Eleven militants were killed in clashes between Lashkar e Islam and Ansarul Islam in Tirah. Ansarul Islam confirmed "
     "the death of four of its volunteers. Meanwhile, LeI militants abducted three elders from Bara bazaar on Monday.",
     [("Armed clash", "Lashkar-e-Islam"), ("Abduction/forced disappearance", "Lashkar-e-Islam")]),
    # "took away two labourers" is an abduction
    ("Armed men set ablaze three excavators of a construction company in Hoshab on Monday and took away two labourers.",
     [("Abduction/forced disappearance", "Unidentified Armed Group")]),
    # the attack a verdict is about, named back ("in that attack"), is its past
    ("An Anti Terrorism Court in Gilgit on Wednesday sentenced two men to death for the rocket attack on the police lines "
     "in Astore in 2015. Three policemen were killed in that attack.", []),
    # relatives who place the bodies of men killed in "what the CTD called an encounter" on a road are protesting
    ("Relatives of two brothers killed in what the Counter Terrorism Department called an encounter placed the bodies on "
     "the GT Road in Muridke on Monday and blocked traffic for five hours.", [("Peaceful protest", "Protesters")]),
])
def test_who_and_what_of_blind_sets_ba_bb(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a locality the gazetteer does not know is in the district whose officer tells of it
    ("A prayer leader was shot dead by two motorcyclists on June 11, the District Police Officer (DPO) of Jhang said. "
     "The DPO said the attack took place in Mohalla Piplianwala within the limits of the Kotwali Police Station.",
     [("Attack", "Jhang", 1)]),
    # where a spokesman spoke "that ..." is no scene
    ("Security forces killed seven militants near Jhao in Awaran District on Tuesday. An FC spokesman said in Quetta that "
     "the operation was launched after the militants attacked a road construction camp in the area on Monday, killing "
     "two labourers.", [("Armed clash", "Awaran", 7), ("Attack", "Awaran", 2)]),
])
def test_places_of_blind_sets_ba_bb(text, expected):
    assert _occurred_summary(text) == expected


@pytest.mark.parametrize("text, expected", [
    # weapons carried by men who fire rockets: still shelling
    ("Militants armed with assault rifles fired rockets at a police station in Lakki Marwat, injuring three policemen.",
     [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # a foreign force's shells at a refugee camp hit civilians: shelling
    ("Afghan forces fired mortar shells at a refugee camp in Kurram and opened fire on residents, killing two civilians.",
     [("Shelling/artillery/missile attack", "Afghan forces")]),
    # troops returning fire with mortars fight the same fight
    ("Militants fired rockets at an FC fort in Dera Bugti, killing two soldiers. Troops returned fire with mortars, "
     "killing five militants.", [("Armed clash", "Unidentified Armed Group")]),
    # the officials' word on the shelling is no shelling of theirs
    ("Two civilians were killed when mortar shells fired by Afghan forces landed in a village near Chaman on May 30. "
     "Frontier Corps (FC) officials said the shelling began after a dispute over fencing.",
     [("Shelling/artillery/missile attack", "Afghan forces")]),
    # an attack foiled in a fight is the named group's
    ("Police foiled an attack by TTP militants on a check post in Tank; the militants opened fire on the policemen but "
     "fled.", [("Armed clash", "Tehrik-i-Taliban Pakistan")]),
    # a verdict's attack named back is its past, not a new attack told with its own verb
    ("An ATC in Karachi sentenced two TTP militants to death for a 2019 attack on a police van. Three policemen were "
     "killed in that attack.", []),
    ("An ATC in Rawalpindi sentenced a man to life for a 2018 blast. Gunmen attacked the prison van carrying him to "
     "Adiala; two policemen were killed in that assault.", [("Armed clash", "Unidentified Armed Group")]),
    # tribesmen of a valley who ambush militants fought them
    ("Tribesmen of Tirah ambushed a group of militants and killed three of them, then staged a sit-in.",
     [("Armed clash", "Unidentified Armed Group")]),
    # "what the ISPR called an exchange of fire" with no protest is the fight
    ("Three militants were killed in what the ISPR called an exchange of fire with troops in North Waziristan.",
     [("Armed clash", "Unidentified Armed Group")]),
    # things, not people, taken away
    ("Robbers took away cash from passengers of a bus in Kohistan on Monday.", []),
])
def test_second_reading_misfires_of_the_rules_from_ba_and_bb(text, expected):
    assert [(t, a) for t, a in _incidents(text) if t is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # a day of its own opening violence with its victims in another district is another incident
    ("Two policemen were martyred when terrorists attacked a police patrol in Tajori area of Lakki Marwat District on "
     "September 14. On Monday, police recovered the bullet riddled body of a shopkeeper from a field in Domel area of "
     "Bannu District.", [("Armed clash", "Lakki Marwat"), ("Attack", "Bannu")]),
    ("Militants attacked a Levies post in Kalat District on March 3, killing two personnel. On March 5, gunmen shot dead "
     "a trader in Mastung District.", [("Armed clash", "Kalat"), ("Attack", "Mastung")]),
    # ... not the same incident's victim dying in another district's hospital, nor one told of
    ("Two policemen were injured when militants attacked a checkpost in Tank District on Friday. On Sunday, one of the "
     "injured policemen died at a hospital in Dera Ismail Khan.", [("Armed clash", "Tank")]),
    ("Militants attacked a police station in Bannu District on Friday, killing a constable. On Saturday, police said in "
     "Peshawar that three of the attackers had been killed in Lakki Marwat District.", [("Armed clash", "Bannu")]),
])
def test_a_day_of_its_own_with_violence_in_another_district_is_another_incident(text, expected):
    assert [(e.acled_sub_event_type, e.place and e.place.admin2) for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # "the term used by the state for the TTP" says what the dead are called, not who acted
    ("Security Forces killed five terrorists belonging to Fitna al Khawarij, the term used by the state for the "
     "Tehreek e Taliban Pakistan, in Sambaza area of Zhob District on the night of July 14.",
     [("Armed clash", "Pakistani security forces (unspecified)")]),
])
def test_who_and_what_of_blind_sets_bc_to_bf(text, expected):
    assert _incidents(text) == expected



@pytest.mark.parametrize("text, expected", [
    # the dead of an earlier attack told in a relative clause with its month, and that attack told on, are its past
    ("The provincial government on Monday handed over compensation cheques to the families of four policemen who were "
     "killed in a militant attack on the Doaba Police Station in Hangu District in March. The attack had continued for "
     "nearly two hours. Three attackers were also killed in the retaliatory fire by police.", []),
    # ... not an incident told before the past one
    ("Four soldiers were killed when militants attacked a post in Datta Khel on Monday. The same post had been attacked "
     "in January. Two militants were also killed in the exchange of fire.", [("Armed clash", "Unidentified Armed Group")]),
    # ... nor the day's own attack on men "who were" doing something
    ("Gunmen shot dead two policemen who were guarding a polio team in Bannu on Monday.", [("Armed clash", "Unidentified Armed Group")]),
])
def test_an_earlier_attack_told_in_a_relative_clause_is_background(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an arrest told with the case registered over the attack is the attack's
    ("Unidentified motorcyclists hurled a hand grenade into the hujra of a local leader in Umarzai area of Charsadda "
     "District on October 5. Police registered a case under the Anti Terrorism Act and later arrested a suspect from a "
     "nearby village.", [("Grenade", "Unidentified Armed Group")]),
    # a commander of an armed group the forces killed: their operation
    ("Security forces killed a wanted commander of the Hafiz Gul Bahadur group and three of his associates during an "
     "intelligence based operation in Datta Khel on August 18.", [("Armed clash", "Pakistani security forces (unspecified)")]),
])
def test_who_and_what_of_blind_set_bd(text, expected):
    assert _incidents(text) == expected


def test_an_act_told_as_in_a_separate_operation_does_not_count_the_dead_before_it():
    events = extract("Security forces killed four militants during an operation in Datta Khel on August 18. Two soldiers "
                     "embraced martyrdom. In a separate IBO in the Spinwam area, troops apprehended two militants.").events
    assert [(e.acled_sub_event_type, e.killed.total and e.killed.total.value) for e in events][-1] == ("Arrests", None)


@pytest.mark.parametrize("text, expected", [
    # a drone in a fight: the fight
    ("Militants attacked a police post in Shahzad Kalay village in Tank District late on the night of February 3. The "
     "attackers fired at the post from three sides and also dropped two small bombs on it from a quadcopter. Policemen "
     "returned fire and the attackers fled after an exchange of fire that lasted nearly two hours.",
     [("Armed clash", "Unidentified Armed Group")]),
    # a would-be bomber among those arrested is one of the arrested
    ("The CTD arrested three suspected militants, including a would be suicide bomber, during a raid in Sarband area "
     "of Peshawar on November 14.", [("Arrests", "Counter Terrorism Department")]),
    # speakers at a sit-in recalling what had been done: the sit-in
    ("Hundreds of policemen staged a sit in on the Indus Highway near Lakki Marwat city on September 9. Speakers at the "
     "sit in recalled that 11 policemen had been killed in attacks on check posts in Serai Naurang during the summer, "
     "and that a police van had been blown up near Pezu in March.", [("Peaceful protest", "Protesters")]),
    # shops kept closed the next day in protest: a protest of its own
    ("At least five people were killed when a bomb went off in the main bazaar of Wana on March 3. Traders of Wana kept "
     "their shops closed on the following day in protest.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group"), ("Peaceful protest", "Protesters")]),
    # "in two separate engagements", then "In the first, ... In the second, ...": two fights
    ("Security Forces killed eight khwarij in two separate engagements on June 20 and 21, the ISPR said. In the first, "
     "troops intercepted a group of khwarij in the Baizai area of Mohmand District and killed five of them. In the "
     "second, three khwarij were killed in an intelligence based operation in the Mishti Mela area of Orakzai District.",
     [("Armed clash", "Pakistani security forces (unspecified)")] * 2),
    # the alliance that claimed, not the member named to say what it is
    ("Four policemen were killed when militants stormed the Jani Khel police station in Bannu District on July 8. The "
     "Ittehad ul Mujahideen Pakistan, an alliance that includes the Hafiz Gul Bahadur group, claimed the attack.",
     [("Armed clash", "Ittehad-ul-Mujahideen Pakistan")]),
    # an attack on a CTD vehicle is on the forces, whoever died in it
    ("Two terrorists in the custody of the CTD were killed when their accomplices attacked a CTD vehicle near Kacha Khuh "
     "in Khanewal District on the night of January 16.", [("Armed clash", "Unidentified Armed Group")]),
    # a claim of "the killing of the labourers" is that killing's
    ("Armed men shot dead five labourers at a house in Sami area of Kech District on November 2. On November 3, unidentified "
     "men hurled a hand grenade at a barber shop in Turbat. The Balochistan Liberation Front claimed the killing of the "
     "labourers.", [("Attack", "Balochistan Liberation Front"), ("Grenade", "Unidentified Armed Group")]),
    # "both devices" claimed: the one that went off and the one defused
    ("An explosion blew away a portion of the railway track near Dhadar in Kachhi District on October 9. Bomb Disposal "
     "Squad personnel later found and defused a second device planted under the same track. The Balochistan Liberation "
     "Front claimed responsibility for planting both devices.",
     [("Remote explosive/landmine/IED", "Balochistan Liberation Front"), ("Disrupted weapons use", "Bomb Disposal Squad (Pakistan police)")]),
    # arrests in different districts told sentence by sentence: one in each
    ("The CTD arrested nine suspected terrorists in operations in different districts of the province. Four suspects were "
     "arrested from a hideout on the outskirts of Mianwali. Five others, said to be members of the Islamic State, were "
     "arrested in Bahawalpur city.", [("Arrests", "Counter Terrorism Department")] * 2),
])
def test_who_and_what_of_blind_set_bh(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "all from" tells where the victims came from
    ("Armed men shot dead five labourers, all from Rahim Yar Khan and Bahawalpur districts of Punjab, at a house in Sami "
     "area of Kech District on November 2.", ["Kech"]),
    # "in the same area" is the incident before's
    ("Gunmen opened fire on a convoy of passenger vehicles near Ochat in Kurram District on September 28, killing nine "
     "passengers. Later in the evening, armed men fired at a police mobile van in the same area, injuring two policemen. "
     "The road to Peshawar was closed for traffic.", ["Kurram", "Kurram"]),
    # an unknown locality said again keeps the district it was first set in
    ("Three passengers were killed when gunmen opened fire on a Quetta bound bus near Kishingi area of Noshki District "
     "on March 14. The ISPR later said that Security Forces had tracked the attackers to the hills near Kishingi on "
     "March 15 and killed four terrorists.", ["Nushki", "Nushki"]),
    # a known name of another province opening a local name is that local name
    ("Militants attacked a Levies checkpost in Zhob District late on the night of October 16, killing a sepoy. Around "
     "the same time, snipers fired on the FC camp at Tangi Wasta from nearby hills.", ["Zhob", "Zhob"]),
    # the names listed after the first of "elders from X, Y and Z" are origins too
    ("A grand jirga of elders from Orakzai, Hangu and Khyber brokered a ceasefire between the Mirdadkhel and Sporkai "
     "tribes in Central Kurram tehsil of Kurram District on July 30, ending fighting in which 11 people were killed.", ["Kurram"]),
])
def test_places_of_blind_sets_bd_and_bh(text, expected):
    assert [e.place and e.place.admin2 for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # an operation told on a day of its own, then the fight "in the ensuing exchange of fire": the forces' fight
    ("Two policemen were killed when dacoits attacked a police picket near Rojhan in Rajanpur District on the intervening "
     "night of February 16 and 17. On February 18, police launched an operation in the same area. A wanted dacoit was "
     "killed in the ensuing exchange of fire.",
     [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Police (Pakistan, unspecified)")]),
    # a captive recovered by the police, freed "after an encounter" told after: the police's fight, where it was fought
    ("Police on May 29 recovered an engineer who had been abducted by dacoits from a road construction site near "
     "Kandhkot in Kashmore District on May 2. The SSP said the engineer was freed after an encounter with dacoits in the "
     "kacha area of Khanpur tehsil in Shikarpur District.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # a shutter-down strike observed the next day: a protest of its own
    ("Unidentified armed men shot dead a leader of the Balochistan National Party Mengal near his house in Turbat on "
     "October 11. A complete shutter down strike was observed in Turbat on the following day on the call of the party.",
     [("Attack", "Unidentified Armed Group"), ("Peaceful protest", "Protesters")]),
    # two would-be bombers arrested with their jackets: an attack stopped
    ("Levies personnel arrested two would be suicide bombers and recovered two suicide jackets from their possession at "
     "a checkpost near Chaman on February 25.", [("Disrupted weapons use", "Balochistan Levies")]),
    # enraged members of a community blocking a road and burning buses after a killing: a riot of its own
    ("A Shia doctor was shot dead by unidentified motorcyclists outside his clinic in Gulistan e Jauhar in Karachi on "
     "January 29. Soon after the incident, enraged members of the Shia community blocked University Road and set two "
     "buses on fire.", [("Attack", "Unidentified Armed Group"), ("Violent demonstration", "Rioters")]),
    # pamphlets of a group left at the site are its claim
    ("A low intensity explosive device went off near the railway track at Tando Adam in Sanghar District on January 25. "
     "Police said pamphlets of the banned Sindhudesh Revolutionary Army were found at the site.",
     [("Remote explosive/landmine/IED", "Sindhudesh Revolutionary Army")]),
    # funerals and the later deaths of an attack named by its date are no new incidents
    ("The funeral prayers of the five Police personnel killed in the attack on the Mathra Police Station were offered at "
     "the Police Lines in Peshawar on July 9.", []),
    ("Two more injured of the September 12 bomb blast at a Levies checkpost near Wadh in Khuzdar District succumbed to "
     "their injuries in Quetta on September 15.", []),
    # armed men's petrol bombs are their weapon, not a riot
    ("Unidentified militants torched 14 oil tankers at a truck terminal near Chaman on March 23. Witnesses said about a "
     "dozen armed men arrived on motorcycles and set the vehicles ablaze with petrol bombs.",
     [("Looting/property destruction", "Unidentified Armed Group")]),
    # a spokesman saying his fighters had taken positions is a boast; "Also," with militants' violence after arrests opens another
    ("At least nine militants were killed in clashes between Lashkar e Islam and Ansarul Islam in Tirah valley on October "
     "20. An Ansarul Islam spokesman said his fighters had taken control of two hilltop positions from LI. Elsewhere, "
     "Security Forces arrested 13 suspected militants in Bara on October 21. Also, unidentified militants blew up the hujra "
     "of a tribal elder in Malikdinkhel area of Bara.",
     [("Armed clash", "Lashkar-e-Islam"), ("Arrests", "Pakistani security forces (unspecified)"),
      ("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # a curfew imposed with no outcome is no incident
    ("Militants fired six rockets at the Scouts camp in Wana on December 7. Meanwhile, the political administration "
     "imposed a curfew in Wana bazaar.", [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # "killed by Indian firing" after Indian troops shelled: their fire
    ("A woman was killed when Indian troops resorted to unprovoked shelling across the Line of Control in the Nakyal "
     "sector of Kotli District on February 26. On the same day, a soldier was killed by Indian firing in the Hajira "
     "sector of Poonch District.", [("Shelling/artillery/missile attack", "Indian security forces (unspecified)"),
                                    ("Armed clash", "Indian security forces (unspecified)")]),
])
def test_who_and_what_of_blind_sets_be_and_bf(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a captive freed in a raid without a fight: the abduction, where he was taken
    ("Police recovered a schoolboy who had been kidnapped for ransom from Hayatabad in Peshawar, and arrested three "
     "alleged kidnappers in a raid in Ghundi area of Jamrud tehsil in Khyber District on June 5. The SSP said the boy "
     "was abducted on May 28 by armed men in a car while he was returning home from school.",
     [("Abduction/forced disappearance", "Peshawar")]),
    # a release agreed that names no place of its own: where the captives were taken
    ("Militants stormed a Levies post in Mangochar area of Kalat District on Saturday night, killing three Levies "
     "personnel. Meanwhile, three officials who had been abducted by armed men from Kardigap area of Mastung District "
     "on Wednesday were released unharmed on Friday after a jirga of local elders intervened.",
     [("Armed clash", "Kalat"), ("Agreement", "Mastung")]),
])
def test_second_reading_misfires_of_the_eighth_session_places(text, expected):
    assert [(e.acled_sub_event_type, e.place and e.place.admin2) for e in extract(text).events] == expected


@pytest.mark.parametrize("text, expected", [
    # pamphlets found "but no group claimed responsibility" claim nothing
    ("A railway track was damaged in an explosion near Daulatpur in Shaheed Benazirabad District on Wednesday. Police said "
     "pamphlets of the banned Sindhudesh Liberation Army were found near the site, but no group claimed responsibility.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # a strike announced is not one observed
    ("Unidentified armed men shot dead a central leader of the Balochistan National Party near his residence in Khuzdar "
     "town on Thursday evening. The BNP announced three days of mourning and a shutter down strike across the district.",
     [("Attack", "Unidentified Armed Group")]),
])
def test_second_reading_misfires_of_the_eighth_session_rules(text, expected):
    assert _incidents(text) == expected


def test_a_raid_without_an_exchange_of_fire_is_no_fight():
    assert _types("Police arrested three alleged kidnappers in a raid in Ghundi area of Khyber District on June 5. The raid "
                  "was conducted without an exchange of fire.") == ["Arrests"]


@pytest.mark.parametrize("text, expected", [
    # a highway named by its two ends without a hyphen is no scene
    ("A party leader was shot dead near his house in Wadh tehsil of Khuzdar District on Wednesday. On Thursday, relatives "
     "of the slain leader placed his body on the Quetta Karachi highway at Wadh and blocked traffic for six hours, "
     "demanding the arrest of the killers.",
     ["Khuzdar", "Khuzdar"]),
    # a locality "on the outskirts of the city" is in the city told before, across "In another incident"
    ("Four persons were injured when unidentified persons hurled a hand grenade at a shop on Kasi Road in Quetta on "
     "Monday. In another incident, a female polio worker was shot dead in Killi Shahbaz Khan area on the outskirts of "
     "the city on the same day.", ["Quetta", "Quetta"]),
])
def test_places_of_blind_set_bg(text, expected):
    assert [e.place and e.place.admin2 for e in extract(text).events] == expected


def test_the_second_attacker_arrested_is_the_attacks():
    assert len(extract("Two militants wearing suicide jackets tried to enter the Thall police station in Hangu on Friday. "
                       "The sentries opened fire, killing one of the bombers. The second attacker was overpowered and "
                       "arrested alive.").events) == 1


@pytest.mark.parametrize("text, expected", [
    # "About an hour later, another drone fired ... killing three more": another strike
    ("At least five suspected militants were killed when a US drone fired two missiles at a compound in Spalga village of "
     "North Waziristan on the night of October 4. About an hour later, another drone fired two missiles at a vehicle in the "
     "same area, killing three more militants.", [("Air/drone strike", "United States Armed Forces")] * 2),
    # a teenage would-be bomber arrested: an attack stopped
    ("Security Forces arrested a teenage would be suicide bomber at a checkpost in Azam Warsak area near Wana on Monday.",
     [("Disrupted weapons use", "Pakistani security forces (unspecified)")]),
    # wounded militants arrested "from the area" after the attack are its own
    ("Two BMP personnel and three militants were killed when militants attacked a BMP checkpost at Sakhi Sarwar in Dera "
     "Ghazi Khan District on August 12. Two wounded militants were arrested from the area in the morning.",
     [("Armed clash", "Unidentified Armed Group")]),
])
def test_who_and_what_of_blind_set_bj(text, expected):
    assert _incidents(text) == expected


def test_a_namesake_in_another_province_told_in_the_city_is_that_citys():
    events = extract("Five policemen were killed when a suicide bomber blew himself up near a police checkpost on Murree Road "
                     "in Rawalpindi on February 26. In another incident in the city, unidentified persons hurled a hand "
                     "grenade at a music shop in Saddar on the same evening.").events
    assert [e.place and e.place.admin2 for e in events] == ["Rawalpindi", "Rawalpindi"]


@pytest.mark.parametrize("text, expected", [
    # near misses of the eighth session's rules, from a second reading: 27 of the 30 misfired in type or district before
    # their guards (the other three in actor or count)
    ("The bullet-riddled body of a schoolteacher who was abducted from Turbat in May was found in Buleda area of "
     "Kech District on June 3.",
     [("Attack", "Kech")]),
    ("Militants attacked a police post in Lakki Marwat District on June 3, injuring two policemen. Police in "
     "Peshawar registered a case against 20 workers of the Pakistan Tehreek-e-Insaf for blocking the Ring Road and "
     "arrested five of them.",
     [("Armed clash", "Lakki Marwat"), ("Arrests", "Peshawar")]),
    ("Two soldiers were killed in an IED blast in Mir Ali, North Waziristan on June 3. The CTD in Bannu registered a"
     " case against a cleric for hate speech and arrested him from his seminary.",
     [("Remote explosive/landmine/IED", "North Waziristan"), ("Arrests", "Bannu")]),
    ("Militants stormed the Wana Cadet College on June 3, and two soldiers were killed in the ensuing gunfight. A "
     "day earlier, a Levies soldier was shot dead in Zhob District.",
     [("Armed clash", "South Waziristan"), ("Armed clash", "Zhob")]),
    ("Militants attacked a Coast Guards post at Pasni Fish Harbour on June 3, killing two personnel. A day earlier, "
     "police arrested three suspects in Keamari District of Karachi.",
     [("Armed clash", "Gwadar"), ("Arrests", "Keamari")]),
    ("Gunmen on motorcycles shot dead two labourers at a Sui Gas Field installation on June 3. The labourers were "
     "from Rahim Yar Khan District.",
     [("Attack", "Dera Bugti")]),
    ("Gunmen shot dead a shopkeeper in Kohat on June 3. In another incident, two brothers from the same village were"
     " shot dead over a land dispute. The incident took place in Shabqadar area of Charsadda District.",
     [("Attack", "Kohat"), ("Attack", "Charsadda")]),
    ("Militants attacked a check post in Khyber District on June 3. Separately, a polio worker was shot dead while "
     "working in the same area where a vaccination team was attacked last year. The worker was killed in Mamund "
     "tehsil of Bajaur District.",
     [("Armed clash", "Khyber"), ("Attack", "Bajaur")]),
    ("A quadcopter dropped explosives on a house in Mir Ali, North Waziristan on June 3, killing two children. An "
     "exchange of fire between militants and security forces had taken place in the area a day earlier.",
     [("Air/drone strike", "North Waziristan")]),
    ("Hundreds of fishermen staged a sit-in at the Gwadar fish harbour and recalled that the government had promised"
     " to end illegal trawling in the area.",
     [("Peaceful protest", "Gwadar")]),
    ("Gunmen opened fire on a security van of a private bank in Quetta on June 3, killing two guards, and fled with "
     "the cash.",
     [("Attack", "Quetta")]),
    ("A hand grenade was hurled at a shop in Quetta on June 3, injuring two people. Separately, two bombs exploded "
     "near a railway track in Sibi District. The BLA claimed responsibility for both bombs on the railway track.",
     [("Grenade", "Quetta"), ("Remote explosive/landmine/IED", "Sibi")]),
    ("Gunmen abducted three Frontier Corps personnel near Sui in Dera Bugti District on June 3. The abductors "
     "demanded the release of a commander who had been picked up from Kohlu by security forces.",
     [("Abduction/forced disappearance", "Dera Bugti")]),
    ("Security forces conducted an intelligence-based operation in Tank District on June 3 on the reported presence "
     "of terrorists. Separately, militants attacked a police post in Lakki Marwat District, and a constable was "
     "martyred in the ensuing exchange of fire.",
     [("Armed clash", "Lakki Marwat")]),
    ("Security forces launched a search operation in Kech District on June 3. Meanwhile, militants attacked a Levies"
     " post in Panjgur, and two Levies men were killed in the ensuing gunfight.",
     [("Armed clash", "Panjgur")]),
    ("The army conducted a search operation in Khyber District on June 3. Earlier in the day, militants ambushed a "
     "Frontier Corps convoy in Bajaur, and three soldiers were killed in the ensuing clash.",
     [("Armed clash", "Bajaur")]),
    ("Agitated students set off on a march from Quetta towards Islamabad on June 3 to protest the disappearance of "
     "their classmates.",
     [("Peaceful protest", "Quetta")]),
    ("Unidentified gunmen shot dead two polio workers in Lakki Marwat on June 3. Pamphlets issued by the local "
     "Taliban had warned residents against the polio campaign last month.",
     [("Attack", "Lakki Marwat")]),
    ("Pamphlets of the banned SDLA were found near the site of the blast in Sanghar on June 3, but no group claimed "
     "responsibility for the attack, which injured two people.",
     [("Remote explosive/landmine/IED", "Sanghar")]),
    ("The funeral procession of a tribal elder came under a suicide attack in Bajaur District on June 3, killing 12 "
     "mourners.",
     [("Suicide bomb", "Bajaur")]),
    ("Burial of the victims was underway in Parachinar, Kurram District on June 3 when militants opened fire on the "
     "graveyard, killing three mourners.",
     [("Attack", "Kurram")]),
    ("At least 15 people were killed and 30 injured in the May 3 blast in Quetta's Kandahari Bazaar, officials said "
     "on May 4.",
     [("Remote explosive/landmine/IED", "Quetta")]),
    ("Funeral prayers of the slain policeman were being offered in Bannu on June 3 when a grenade was lobbed at the "
     "mourners, injuring six.",
     [("Grenade", "Bannu")]),
    ("Mourners threw petrol bombs at a Frontier Corps check post in Turbat on June 3, accusing the militants and the"
     " FC of colluding in the killing.",
     [("Violent demonstration", "Kech")]),
    ("Militants attacked the office of the District Police Officer of Lakki Marwat with rockets fired from the Bannu"
     " side on June 3, injuring two policemen.",
     [("Shelling/artillery/missile attack", "Lakki Marwat")]),
    ("Traders pelted the police with stones in Chaman and recalled that the government had promised to reopen the "
     "border.",
     [("Violent demonstration", "Chaman")]),
    ("Two men armed with light weapons hurled a hand grenade at a police station in Kohat on June 3 and fled on a "
     "motorcycle, injuring two policemen.",
     [("Grenade", "Kohat")]),
    ("Militants attacked a Levies post near Sibi Mela ground on June 3, killing a Levies soldier. The attackers fled"
     " towards Dera Ghazi Khan District.",
     [("Armed clash", "Sibi")]),
    ("Security forces killed six terrorists in two separate engagements in Datta Khel, North Waziristan District on "
     "June 3. Two soldiers were martyred during the intense exchange of fire. Weapons and ammunition were recovered "
     "from the slain terrorists.",
     [("Armed clash", "North Waziristan"), ("Armed clash", "North Waziristan")]),
    ("Pamphlets of the banned Sindhudesh Revolutionary Army were found near the site of a blast in Larkana on June "
     "3, which injured two people.",
     [("Remote explosive/landmine/IED", "Larkana")]),
])
def test_second_reading_misfires_of_the_eighth_session_guards(text, expected):
    assert [(e.acled_sub_event_type, e.place and e.place.admin2) for e in extract(text).events] == expected


def test_where_an_arrested_man_was_wanted_for_a_killing_is_no_scene():
    events = extract("Separately, the CTD arrested a Lashkar e Jhangvi activist, who was wanted in the killing of a shopkeeper "
                     "in Bahawalpur in 2013, in a raid in Rahim Yar Khan on Wednesday.").events
    assert [e.place and e.place.admin2 for e in events] == ["Rahim Yar Khan"]


@pytest.mark.parametrize("text, expected", [
    # a sentence opening on a year tells an earlier act, whether or not the report's date is known
    ("Gunmen shot dead a lawyer in Quetta on Monday. In 2016, the same group bombed the civil hospital in the city.",
     [("Attack", "Unidentified Armed Group")]),
    # an act and, hours later, another: two
    ("Dacoits abducted two farmers near Ghouspur on Friday night and, hours later, attacked a police post in Kandhkot, "
     "injuring a constable.",
     [("Abduction/forced disappearance", "Unidentified Armed Group"), ("Armed clash", "Unidentified Armed Group")]),
    # arrests in another district on another day are their own, whatever "the suspects" they speak of
    ("Two militants were killed in an exchange of fire with the CTD near Chiniot on March 2. The CTD also arrested three "
     "suspects from a house in Sargodha on March 4, saying the suspects were planning an attack on a shrine.",
     [("Armed clash", "Counter Terrorism Department"), ("Arrests", "Counter Terrorism Department")]),
    # a car bomb set off by remote control is no suicide attack
    ("Four people were killed when an explosives laden car parked near a police station went off in Bannu on Monday.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # "the site of the blast" names a place, not an act
    ("A bomb blast damaged a gas pipeline near Sui on Monday. Later, the BDS defused a second device near Dera Bugti town. "
     "Police cordoned off the site of the first blast.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group"), ("Disrupted weapons use", "Bomb Disposal Squad (Pakistan police)")]),
    # a speaker recalling attacks, a statistic, a complaint and a march yet to come tell no incident
    ("Addressing a seminar in Lahore on Monday, the minister said the nation would never forget the sacrifices. Recalling "
     "the attacks on the Army Public School and the Marriott Hotel, he said terrorism had been defeated.", []),
    ("Militant attacks in Balochistan rose by 25 percent in the first half of the year, a think tank said on Monday.", []),
    ("Elders said residents were fed up with target killings and kidnappings and announced that a protest march would be "
     "held in Bannu next week.", []),
    # a claim in a caller's words
    ("Gunmen shot dead two barbers in Quetta on Monday. Later, a man who said he spoke for the Lashkar-e-Jhangvi told "
     "reporters by telephone that his group had carried out the attack.", [("Attack", "Lashkar-e-Jhangvi")]),
    # a bid foiled in a fight that killed the would-be attackers: the forces' fight
    ("The CTD foiled a bid to attack a procession in Multan on Friday when its team intercepted three suspects. The "
     "suspects opened fire, and in the exchange of fire two of them were killed.",
     [("Armed clash", "Counter Terrorism Department")]),
    # the ambush of a car whose dead have no side told, no forces among them
    ("Gunmen ambushed the car of a former nazim near Khar on Sunday, killing him and his driver.",
     [("Attack", "Unidentified Armed Group")]),
    # a force that tells of its own follow-up operation ran it
    ("Militants attacked a police post in Taunsa on Monday. On Tuesday, the CTD said two terrorists were killed in a "
     "follow up operation in the nearby mountains.",
     [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Counter Terrorism Department")]),
    # the militants "involved in the attack", killed on another day: another fight
    ("Militants attacked a BMP post near Fort Munro on Sunday, killing two personnel. On Tuesday, police killed two "
     "militants involved in the attack in an encounter in the same district.",
     [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Police (Pakistan, unspecified)")]),
])
def test_who_and_what_of_blind_sets_bk_to_bn(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the killing a protest answers, told on a day of its own, is an incident of its own
    ("Shopkeepers in Miranshah observed a strike on Saturday against the killing of a trader, who was shot dead by "
     "gunmen in the main bazaar on Friday evening.", ["Peaceful protest", "Attack"]),
    # the report opening on the toll tells one blast, on the day told after it
    ("The death toll in the blast at a market in Parachinar rose to 12 on Sunday as two more injured died. The bomb, "
     "hidden in a cart, had gone off on the morning of Friday.", ["Remote explosive/landmine/IED"]),
    # a rocket-propelled grenade is a rocket
    ("Indian troops fired rocket propelled grenades at a civilian bus across the Line of Control in Kotli on Monday.",
     ["Shelling/artillery/missile attack"]),
    # attacks only planned, in a tally
    ("The CTD said that 20 militants were arrested during the previous year, while 12 planned attacks were foiled.", []),
    # passengers forced off a coach and taken away, found dead: the highway attack the BLA claimed
    ("Armed men blocked the highway near Kalat on Monday. They forced five passengers off a coach and took them away. "
     "In a separate attack the same night, a grenade was hurled at a Levies post in Mangochar. The BLA claimed "
     "responsibility for the highway attack.", ["Abduction/forced disappearance", "Grenade"]),
    # a boy snatched at gunpoint days before the fight that freed him: two
    ("Police rescued a boy after a shootout with his kidnappers in Gadap on Sunday night, in which one kidnapper was "
     "killed. The boy had been snatched at gunpoint outside his school in Clifton on Wednesday.",
     ["Armed clash", "Abduction/forced disappearance"]),
    # a shooting and, the same night, a bomb defused: two, the second told again "in the second incident"
    ("A shopkeeper was shot dead in Saddar on Monday, and police defused a bomb near a mosque in Kohat the same night. "
     "In the second incident, the bomb disposal squad said the device weighed five kilograms.",
     ["Attack", "Disrupted weapons use"]),
    # a mob's arrests under cases registered are its own; a mob of years past is background
    ("A mob set fire to a police post in Jhuddo on Friday. Police said they had registered cases against 200 people and "
     "arrested 15. In 2019, a similar allegation led to a mob attack in Digri.", ["Mob violence"]),
])
def test_what_happened_in_blind_sets_bk_to_bn(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status not in ("negated", "hypothetical")] == expected


def test_the_claim_of_the_highway_attack_goes_to_it():
    events = extract("Armed men blocked the highway near Kalat on Monday. They forced five passengers off a coach and took "
                     "them away. In a separate attack the same night, a grenade was hurled at a Levies post in Mangochar. "
                     "The BLA claimed responsibility for the highway attack.").events
    assert [e.perpetrator and e.perpetrator.name for e in events] == ["Balochistan Liberation Army", "Unidentified Armed Group"]


@pytest.mark.parametrize("text, expected", [
    # a town of a split district, undated: the undivided district the reports name
    ("Gunmen shot dead a trader in Wana bazaar on Wednesday.", ["South Waziristan"]),
    ("Militants attacked a check post in Wana tehsil of Lower South Waziristan District on Tuesday.", ["Lower South Waziristan"]),
    # with no place named, the dateline's
    ("PESHAWAR, May 3: A cleric was shot dead near his seminary on Friday night, police said.", ["Peshawar"]),
])
def test_places_of_blind_sets_bk_to_bn(text, expected):
    assert [e.place and e.place.admin2 for e in extract(text).events] == expected


def test_a_year_told_before_when_dates_an_earlier_act():
    events = extract("Two traders were shot dead in Hazarganji on Tuesday. Later, a man who said he spoke for the LeJ told "
                     "reporters that his group had carried out the attack. Traders have moved in convoys since 2014, when "
                     "gunmen killed six vendors on the same road.").events
    assert [(e.acled_sub_event_type, e.killed.total and e.killed.total.value) for e in events] == [("Attack", 2)]


def test_a_place_named_for_soldiers_is_no_soldier():
    events = extract("A lawyer was shot dead near his home in Soldier Bazaar, Karachi on Tuesday.").events
    assert [e.acled_sub_event_type for e in events] == ["Attack"]


def test_a_truce_between_the_two_sides_is_theirs():
    events = extract("Six people were killed as two tribes exchanged fire over a land dispute in Boshehra, Kurram District on "
                     "July 14. On July 16, a jirga brokered a ceasefire between the two sides, after which police took "
                     "positions in the trenches.").events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events] == [
        ("Armed clash", "Unidentified Armed Group"), ("Agreement", "Unidentified Armed Group")]


def test_arrests_of_a_weeks_operations_in_several_districts_are_one_incident():
    events = extract("The CTD Punjab arrested 14 suspected terrorists during 52 intelligence based operations conducted in "
                     "Lahore, Multan and Faisalabad during the week ending on May 9.").events
    assert [e.acled_sub_event_type for e in events] == ["Arrests"]


@pytest.mark.parametrize("text, expected", [
    # a claim that goes on to threaten more is still the claim
    ("A PPP worker was shot dead outside his home in Mardan on Monday night. TTP spokesman Muhammad Khurasani claimed "
     "responsibility in a call to reporters, saying the group would continue to target secular parties.",
     [("Attack", "Tehrik-i-Taliban Pakistan")]),
    # a captive found dead was put to death, not killed in a fight
    ("The bullet riddled body of a policeman, who had been abducted by militants a week earlier, was found near Bara "
     "in Khyber District on Monday.", [("Attack", "Unidentified Armed Group")]),
    # a victim opened by a rank with its initials
    ("Assistant Sub Inspector (ASI) Gul Rehman of the Saddar police station was shot dead by unidentified men in Bannu "
     "on Monday.", [("Armed clash", "Unidentified Armed Group")]),
    # an arrest whose men "were involved in the killing of", with arms "used in the killings" recovered
    ("The CTD arrested two suspected target killers in Orangi Town of Karachi on Monday. CTD officials said the arrested "
     "men were involved in the killing of five policemen. Two pistols used in the killings were recovered from them.",
     [("Arrests", "Counter Terrorism Department")]),
    # arms listed as recovered are no shelling
    ("Police arrested three suspects in Chilas on Monday. The police chief said two rifles, a rocket launcher and 200 "
     "rounds were recovered from their hideout.", [("Arrests", "Police (Pakistan, unspecified)")]),
    # a group's claim of "the drone attack" is the quadcopter attack told first, not the attack told last
    ("Militants used a quadcopter to drop a bomb on the Mandan police station in Bannu on Saturday night. An official said "
     "the drone was spotted over the compound. Hours later, armed men attacked a police post in Domel. The Hafiz Gul "
     "Bahadur group claimed the drone attack but made no mention of the Domel attack.",
     [("Air/drone strike", "Hafiz Gul Bahadur group"), ("Armed clash", "Unidentified Armed Group")]),
    # arms recovered after a fight, the countries the fighters came between named
    ("Security forces foiled an infiltration attempt in Ghulam Khan area of North Waziristan on Monday night, killing "
     "nine khwarij. The khwarij were trying to sneak into Pakistan from Afghanistan, adding that weapons were recovered.",
     [("Armed clash", "Pakistani security forces (unspecified)")]),
])
def test_who_and_what_of_blind_sets_bo_to_br(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a killing and, later, the police's action against the crowd that answered it, in one sentence: two
    ("A cleric was shot dead outside his seminary in Peshawar on Friday evening, and police later used tear gas to clear "
     "a road blocked by his followers.", ["Attack", "Protest with intervention"]),
    # a second quadcopter brought down
    ("Militants dropped explosives from a quadcopter on a police station in Lakki Marwat on Sunday. About an hour later, "
     "policemen in Pezu spotted a second quadcopter and brought it down with gunfire.",
     ["Air/drone strike", "Disrupted weapons use"]),
    # "In December 2012 a suicide bomber struck": an act of a year told before it
    ("An ANP worker was shot dead in Peshawar on Wednesday night. The party lost many workers to militant attacks, and in "
     "December 2012 a suicide bomber struck one of its gatherings in the city.", ["Attack"]),
    # the vest of a would-be bomber, told with where he came from, is the device stopped
    ("Police foiled a suicide attack on the district courts in Charsadda on Monday. The 17 year old boy, a resident of "
     "Mohmand, was wearing a suicide vest, which was later defused by the Bomb Disposal Squad.", ["Disrupted weapons use"]),
    # "Also," opens another incident
    ("Militants set ablaze two mobile phone towers in Mastung District on Monday. Also, Levies personnel found the body "
     "of an unidentified man bearing torture marks near Mangochar.", ["Looting/property destruction", "Attack"]),
    # a verdict's case, and the arrests the prosecution told of, are no incident
    ("An Anti Terrorism Court in Rawalpindi on Monday sentenced two men to death in a case registered in 2019. The "
     "prosecution told the court that the convicts had been arrested with explosives.", []),
    # the districts a later sentence counts in turn, after a lead "in different parts of the province"
    ("The CTD arrested nine suspects in operations in different parts of the province on Monday. Four militants were "
     "arrested from Shahdara area of Lahore, while five militants were held in Taunsa tehsil of Dera Ghazi Khan District.",
     ["Arrests", "Arrests"]),
    # a body found in a sack
    ("The body of a man was found stuffed in a sack in Gadap Town, Karachi on Monday.", ["Attack"]),
    # the crowd that began a sit-in after an attack, and a rally after a bomb defused: protests of their own
    ("Gunmen opened fire on a passenger convoy near Sadda on Thursday, killing nine people. When the bodies reached "
     "Parachinar, traders began a sit in outside the press club.", ["Attack", "Peaceful protest"]),
    ("The BDS defused a bomb near a girls school in Matta on Tuesday. Residents later held a peace rally in the town.",
     ["Disrupted weapons use", "Peaceful protest"]),
    # a think tank's count of attacks, and the killings "during the same period"
    ("A think tank recorded 84 militant attacks across the country last month. It added that security forces killed 120 "
     "militants in operations during the same period.", []),
    # a truce agreed on a day of its own, "the firing" it ended named
    ("Afghan forces opened fire on Pakistani posts at Kharlachi in Kurram on Thursday. After a flag meeting on Friday, "
     "both sides agreed to a ceasefire and the firing stopped.", ["Armed clash", "Agreement"]),
])
def test_what_happened_in_blind_sets_bo_to_br(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status not in ("negated", "hypothetical")] == expected


def test_a_claim_told_last_leaves_the_next_incident_its_own_place():
    events = extract("LAKKI MARWAT: Militants dropped explosives from a quadcopter on the Ghazni Khel police station on "
                     "Saturday night.\n\nAbout an hour later, policemen at a check post in Pezu spotted a second quadcopter "
                     "and brought it down.\n\nNo group claimed the attack.\n\nPolice stations in Lakki Marwat and Bannu have "
                     "faced a string of quadcopter attacks.").events
    assert [e.place and e.place.admin2 for e in events] == ["Lakki Marwat", "Lakki Marwat"]


@pytest.mark.parametrize("text, expected", [
    # near misses of the ninth session's rules, from a second reading: each misfired before its guard
    ("Students protested in Turbat on Monday against the killing of Hayat Baloch, who was shot dead by FC personnel on "
     "August 13, 2020.", ["Peaceful protest"]),
    ("Police forced the protesters off the highway and drove them away in prison vans.", ["Peaceful protest"]),
    ("Rescuers pulled the injured from the wreckage of the bus in Kohistan and took them away to hospital.", []),
    ("His motorcycle was snatched at gunpoint in Karachi's Gulshan-e-Iqbal on Monday.", []),
    ("Militant attacks in the district rose by 30 percent after militants stormed the Kulachi police station on Friday "
     "night, killing four policemen.", ["Armed clash"]),
    ("The police station in Bakka Khel, which recorded 12 attacks this year, came under fire again on Tuesday night when "
     "militants fired rockets at it, injuring two constables.", ["Shelling/artillery/missile attack"]),
    ("Sick of the power cuts, a mob stormed the Sepco office in Larkana on Monday and ransacked it.", ["Mob violence"]),
    ("Militants fired a rocket at the Bannu airport on Sunday night, and the rocket's tail was recovered from an open "
     "field.", ["Shelling/artillery/missile attack"]),
    ("The death toll in the bomb blast in Parachinar rose to 20 on Sunday. On Saturday night, militants attacked a check "
     "post in Sadda, killing two soldiers.", ["Remote explosive/landmine/IED", "Armed clash"]),
    ("Militants attacked a police station in Bannu on Monday night, killing three policemen. Also, four policemen were "
     "injured in the attack.", ["Armed clash"]),
    ("An explosives-laden pickup rammed into the main gate of the Bannu cantonment and went off, killing five soldiers.",
     ["Suicide bomb"]),
    ("In January 2024, gunmen shot dead two polio workers in Bajaur's Mamund tehsil, police said.", ["Attack"]),
    ("Family planning workers attacked in Bajaur; two women injured.", ["Attack"]),
    ("Militants fired rockets at the FC camp in Miranshah, and two soldiers were martyred the same evening.",
     ["Shelling/artillery/missile attack"]),
    ("Protesters blocked the Quetta-Karachi highway, and hours later police baton-charged them.", ["Protest with intervention"]),
    ("Militants ambushed a vehicle of the Counter Terrorism Department in Dera Ismail Khan, killing three.", ["Armed clash"]),
    ("Police arrested 23 suspects in Kohat, Hangu and Karak during the past 24 hours.", ["Arrests", "Arrests", "Arrests"]),
])
def test_second_reading_misfires_of_the_ninth_session_guards(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events if e.status not in ("negated", "hypothetical")] == expected


def test_a_follow_up_operation_after_the_militants_attack_leaves_them_its_doers():
    events = extract("Militants attacked a Levies post in Kalat, and security forces later killed three of the attackers in a "
                     "follow-up operation.").events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events] == [("Armed clash", "Unidentified Armed Group")]


@pytest.mark.parametrize("text, expected", [
    # the one a post belonged to "came under" fire: it was hit, the firing was others'
    ("A Frontier Corps (FC) post near Dalbandin came under rocket fire from the nearby hills on Monday night, but no one was hurt.",
     [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # ground taken from the forces is not the forces' act, whoever the report names after it
    ("Militants of the TNSM took control of the police station in Daggar on Friday after a gunfight with police.",
     [("Non-state actor overtakes territory", "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi")]),
    # a bomb that went off in its makers' hands: no force killed them
    ("Three militants were killed when a bomb they were assembling went off prematurely in a house in Shabqadar. Police "
     "said the men had planned to plant it near a check post when it exploded.", [("Disrupted weapons use", "Security Forces")]),
    # "X, a group linked with Y, claimed": X's claim
    ("Gunmen shot dead a police constable in Orangi on Monday. The Jundullah, an outfit linked with the Tehreek e Taliban "
     "Pakistan (TTP), claimed responsibility.", [("Armed clash", "Jundullah")]),
    # a regional chapter of a group claims in its own name
    ("A girls school was blown up in Pindiali on Monday. The Mohmand chapter of the Tehreek e Taliban Pakistan (TTP) "
     "claimed responsibility for the blast.", [("Remote explosive/landmine/IED", "Tehrik-i-Taliban Pakistan (Mohmand chapter)")]),
    # a sentence ending on a mixed-case acronym ends there
    ("Four militants were killed in a clash between two factions in Bara on Monday. The dead belonged to LeI. Separately, "
     "a roadside bomb killed two Khasadars near Jamrud the same day.",
     [("Armed clash", "Unidentified Armed Group"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
])
def test_who_and_what_of_blind_sets_bs_to_bv(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a claim made "on its social media channels"
    ("Gunmen shot dead a Sikh trader in Peshawar on Monday. The ISKP later claimed the killing on its social media "
     "channels.", [("Attack", "Islamic State-Khorasan Province")]),
    # a drone that "fired two missiles" struck from the air
    ("A drone operated by US forces fired two missiles at a compound in Datta Khel on Monday, killing four militants.",
     [("Air/drone strike", "United States Armed Forces")]),
    # the shelling answered ("responded to the Indian firing") is still shelling
    ("A man was injured when mortar shells fired from across the LoC hit Battal sector in Poonch on Monday. The Pakistan "
     "Army responded effectively to the Indian firing.", [("Shelling/artillery/missile attack", "Unidentified Armed Group")]),
    # the other side's account of the incident does not retype it
    ("Troops regained control of Daboori area in Orakzai on April 24 after a gunfight. A TTP spokesman rejected the "
     "official figures and claimed that only civilians had been killed in the bombing.",
     [("Government regains territory", "Pakistani security forces (unspecified)")]),
    # a raid's own fight is the raiders', whoever they named as hurt
    ("Two gangsters were killed and a Rangers official injured in an exchange of fire in Lyari on Monday. The paramilitary "
     "force raided a house on a tip off, and the suspects opened fire on the raiding party.",
     [("Armed clash", "Pakistan Rangers")]),
    # arms recovered from the raided house belong to the raid
    ("Two dacoits were killed in an encounter with police in Kandhkot on Monday. Two Kalashnikovs and a pistol were "
     "recovered from the house, and three other suspects were arrested.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # suspects arrested with a motorcycle "used in the attack" are the attack's
    ("Unidentified men hurled a grenade into a house in Badaber on Tuesday night. Later, police arrested two suspects and "
     "recovered the motorcycle allegedly used in the attack.", [("Grenade", "Unidentified Armed Group")]),
    # the bodies of the dead attackers "taken into custody": no arrest
    ("Four soldiers and six attackers were killed when militants stormed a camp in Jiwani on Monday. Officials said the "
     "bodies of all six attackers had been taken into custody.", [("Armed clash", "Unidentified Armed Group")]),
    # an arrest, then the past attack the arrested confessed to: the arrest
    ("The CTD arrested two militants in Manghopir on Friday and recovered a hand grenade. The officials said the suspects "
     "had confessed to a grenade attack on a police mobile in Malir. In that attack, two men had hurled a grenade at the "
     "mobile.", [("Arrests", "Counter Terrorism Department")]),
    # the tally a speaker gave on a day of his own
    ("The home minister said on May 2 that 213 militants had laid down their arms during the past year.", []),
    # relatives of a man taken, blocking a road
    ("Relatives of a driver who had been abducted last week blocked the Panjgur Quetta road at Chitkan on Monday, "
     "demanding his recovery.", [("Peaceful protest", "Protesters")]),
])
def test_who_and_what_of_blind_sets_bs_to_bv_second_round(text, expected):
    assert _incidents(text) == expected


def test_a_sit_in_called_off_on_its_second_day_is_the_same_protest():
    events = extract("Gunmen shot dead two shopkeepers in Quetta on Monday. Following the attack, hundreds of people staged a "
                     "sit in on the Western Bypass with the coffins. The home minister held talks with the protesters on "
                     "Tuesday evening, after which the sit in was called off. The chief minister condemned the attack.").events
    assert [e.acled_sub_event_type for e in events] == ["Attack", "Peaceful protest"]


def test_an_abduction_told_after_another_incident_is_placed_where_the_man_was_taken_from():
    events = extract("Levies personnel recovered the bullet riddled bodies of two men from Kallag area of Panjgur District on "
                     "Monday. The deceased had been picked up by unknown armed men from a market in Chitkan three weeks ago. In "
                     "another incident, armed men abducted a teacher from Nag area of Washuk District on the same day.").events
    assert [(e.acled_sub_event_type, e.place.admin2) for e in events] == [("Attack", "Panjgur"),
                                                                          ("Abduction/forced disappearance", "Washuk")]


def test_the_fight_in_which_the_attackers_were_killed_is_placed_where_it_was_told():
    events = extract("Armed men shot dead seven passengers near Mangochar in Kalat District on October 4. In another incident, "
                     "men set trucks ablaze near Khad Kocha in Mastung District. Security Forces (SFs) later launched an "
                     "operation in the mountains and killed two militants involved in the highway attack in a gunfight near "
                     "Mangochar on October 5, officials said.").events
    assert [e.place.name for e in events] == ["Mangochar", "Khad Kocha", "Mangochar"]


@pytest.mark.parametrize("text, expected", [
    # a body found of one who had been abducted, tortured or beheaded: an attack of its own
    ("Gunmen shot dead a JUI-F leader in Bara on Friday. Separately, the body of a tribal elder, who had been abducted from "
     "Landi Kotal a week ago, was found in a ravine in Sultan Khel.",
     [("Attack", "Unidentified Armed Group"), ("Attack", "Unidentified Armed Group")]),
    ("Five militants were killed in an encounter with the Rangers in Manghopir on Monday. Separately, police recovered the "
     "tortured body of an unidentified man stuffed in a gunny bag from Lyari.",
     [("Armed clash", "Pakistan Rangers"), ("Attack", "Unidentified Armed Group")]),
    # a sentence opening on a town the incident has not named, with another kind of act
    ("Security Forces regained control of Peochar valley in Swat District on May 28. In Mingora, the beheaded body of a "
     "barber was found near Nishat Chowk.",
     [("Government regains territory", "Pakistani security forces (unspecified)"), ("Attack", "Unidentified Armed Group")]),
    # ... not after a lead that only counts the dead
    ("Two policemen were killed in Bannu on December 18. In Bannu Cantonment, the two policemen were shot dead near "
     "Lakki Gate.", [("Armed clash", "Unidentified Armed Group")]),
    # "claimed that attack": the act told just before
    ("A bomb injured two Rangers in Karachi on Tuesday. The SRA claimed responsibility. On the same day, a hand grenade "
     "was hurled at the NADRA office in Larkana. The SRA also claimed that attack.",
     [("Remote explosive/landmine/IED", "Sindhudesh Revolutionary Army"), ("Grenade", "Sindhudesh Revolutionary Army")]),
    # a man detained "for questioning" after a case was registered: the incident's own
    ("Unidentified men set fire to a girls school in Kot Saifal on Sunday night. A case was registered against unknown "
     "persons and police said they had detained a local man for questioning.",
     [("Looting/property destruction", "Unidentified Armed Group")]),
    # the arrested men's past, "wanted in" and "no link to" killings, does not type their arrest
    ("The CTD said on Thursday it had arrested two militants in a raid in Manghopir. Officials said the suspects were "
     "wanted in the killings of two policemen in 2013 and had no link to the killing of the lawyer.",
     [("Arrests", "Counter Terrorism Department")]),
    # ... but a record named without a verb tells only its clause: the gunfire after it is the arrest's own
    ("Police arrested a wanted criminal in Sukkur. He was wanted in 12 cases and was injured when his accomplices "
     "opened fire on the police van to free him.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    ("Police detained two men in Mardan on Tuesday. Officials said the two had no link to the attack, but a third man "
     "fled after firing at the police, injuring a constable.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # the group named as the first words of its chapter stands for the chapter
    ("A peace agreement was signed between a government appointed jirga of elders and the Tehreek e Taliban Pakistan (TTP) "
     "Buner chapter at Daggar, the headquarters of Buner District, on June 2.",
     [("Agreement", "Tehrik-i-Taliban Pakistan (Buner chapter)")]),
])
def test_who_and_what_of_blind_sets_bw_to_bz(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gloss after a semicolon qualifies the claimant, not its claim
    ("Militants blew up a gas pipeline near Pir Koh on May 2. The Baloch Republican Army claimed the blast; the group "
     "has often targeted gas installations in the area.", [("Remote explosive/landmine/IED", "Baloch Republican Army")]),
    # ISPR's "sent to hell" in an IBO: the forces' fight
    ("Three khwarij were sent to hell when security forces conducted an intelligence based operation in Shewa on "
     "Monday, the ISPR said.", [("Armed clash", "Pakistani security forces (unspecified)")]),
    # families displaced are the victims' description, not an act
    ("A Levies sepoy guarding a camp for displaced families was shot dead by unidentified gunmen in Jamrud on May 9.",
     [("Armed clash", "Unidentified Armed Group")]),
    # "enforced disappearances" in general, or in a commission's name, is no abduction
    ("The Commission of Inquiry on Enforced Disappearances will hear 40 cases in Quetta on March 12, its registrar said.", []),
    # a lead that sums up a week's attacks across districts is no incident
    ("This week, insurgents staged six attacks on security forces in Kech and Panjgur, killing nine soldiers.", []),
    # what the speakers of a protest say had been done to their own is what it is about
    ("Students protested on the campus of the university in Quetta on Wednesday. Speakers said two of their classmates "
     "had been arrested by the CTD without any charge.", [("Peaceful protest", "Protesters")]),
    # the men a sit-in says had been picked up before are what it is about
    ("Families staged a sit-in outside the press club in Turbat on Monday demanding the recovery of missing persons. "
     "Their spokesman told the gathering that nine young men had been picked up from the town in recent weeks.",
     [("Peaceful protest", "Protesters")]),
    # the other country's forces in a fight "between Pakistani and Indian troops"
    ("A soldier was martyred in an exchange of fire between Pakistani and Indian troops in the Nezapir sector on Sunday.",
     [("Armed clash", "Indian security forces (unspecified)")]),
    # an old shell that went off where it lay is a device, not fire
    ("Three boys were injured when an unexploded mortar shell they were playing with exploded in Tirah on Friday.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # the force that backed the one acting did not lead the operation
    ("On March 19, police backed by Sindh Rangers launched an operation in the katcha area and killed two dacoits in an "
     "exchange of fire near Sodho Mahar village in Ghotki.", [("Armed clash", "Police (Pakistan, unspecified)")]),
    # a fight of its own on its own day, with the men involved in the attack told before
    ("Two BMP personnel were killed when terrorists attacked a check post near Fort Munro on May 4. On May 7, the CTD "
     "said it had killed three terrorists involved in the check post attack in an exchange of fire near Rakhi Munh.",
     [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Counter Terrorism Department")]),
    # a blast the police trace to a leaking gas cylinder is an accident
    ("An explosion damaged four shops in the Kohat bazaar on Monday. Police said the blast was caused by a leaking gas "
     "cylinder in a restaurant.", [(None, None)]),
    # tribes' fight: a dispute that "turned violent" when armed men opened fire is no riot; "firing between" two groups
    # is a clash; arrests "from both sides" are the clash's own
    ("Three people were killed in Kurram on May 2 when a land dispute between two sub-tribes turned violent and armed "
     "men of both sides opened fire on each other.", [("Armed clash", "Unidentified Armed Group")]),
    ("Two persons were killed as firing between two rival groups resumed in Bagan area of Kurram on Friday. Police "
     "arrested six persons from both sides.", [("Armed clash", "Unidentified Armed Group")]),
    # a convoy of passenger vehicles ambushed is an attack on civilians, its police escort among the dead
    ("Gunmen ambushed a convoy of passenger vehicles near Bagan in Kurram on Thursday, killing 11 people, including a "
     "policeman of the escort.", [("Attack", "Unidentified Armed Group")]),
    # an arrest the police tell in the passive is theirs
    ("Separately, police said a man wanted in the murder of a shopkeeper was arrested in Ghotki on Friday.",
     [("Arrests", "Police (Pakistan, unspecified)")]),
])
def test_who_and_what_of_blind_sets_ca_to_ch(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a tally of the year, the day given being the day it was told
    ("Militants carried out 212 attacks during the last calendar year, in which 300 people were killed, the interior "
     "minister told the National Assembly in Islamabad on March 3.",
     []),
    # a town held for hours is ground taken; a claim that its fighters took control is the group's
    ("About 40 armed men entered the bazaar of Mand in Kech District on May 2 and held it for nearly four hours. The "
     "BLF claimed that its fighters had taken control of the town.",
     [("Non-state actor overtakes territory", "Balochistan Liberation Front")]),
    # those who "sustained injuries" were hit, not the doers
    ("Three policemen sustained injuries when militants dropped a mortar shell from a quadcopter on a police post in "
     "Bannu on June 3.",
     [("Air/drone strike", "Unidentified Armed Group")]),
    # arrests in a search of the surrounding villages are the ambush's follow-up, not an incident of their own
    ("Two soldiers were killed when militants ambushed a patrol near Mir Ali on May 4. Troops arrested 12 suspects "
     "during a search operation in the surrounding villages.",
     [("Armed clash", "Unidentified Armed Group")]),
    # arms recovered "from the dead" are the fight's
    ("Four terrorists were killed when security forces foiled an infiltration bid in Bajaur on March 2. Weapons and "
     "explosives were recovered from the dead.",
     [("Armed clash", "Security Forces")]),
    # "another cracker went off" elsewhere is another blast
    ("A bomb damaged a railway track near Rohri in Sukkur District on May 3. Police said another cracker went off "
     "outside a bank in Khairpur the same night.",
     [("Remote explosive/landmine/IED", "Unidentified Armed Group"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # violence with its own dead in another district is another incident, opener or none
    ("Gunmen shot dead two policemen in Bannu on May 3. Five people were killed when a bomb exploded in a market in "
     "Quetta.",
     [("Armed clash", "Unidentified Armed Group"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    # ... but not what a spokesman said where he briefed journalists
    ("Four militants were killed in an exchange of fire with troops in Shewa on Monday. A military spokesman, "
     "briefing journalists in Rawalpindi, said two soldiers were also killed.",
     [("Armed clash", "Unidentified Armed Group")]),
    # suicide bombers arrested are the men arrested, not a bombing
    ("Police arrested two suspected suicide bombers from a house in Shadman in Lahore on August 3. Two suicide "
     "jackets were recovered from their possession.",
     [("Arrests", "Police (Pakistan, unspecified)")]),
    # the forces who "gave chase" and fought the attackers elsewhere: their own fight; the claim after it is the attack's
    ("Gunmen shot dead four passengers of a bus near Dringarh in Mastung District on October 4. The Levies gave "
     "chase and exchanged fire with the attackers near Kanak. Jundallah claimed responsibility for the killings.",
     [("Attack", "Jundallah (Pakistan)"), ("Armed clash", "Balochistan Levies")]),
    # relatives who gathered and demanded the captives' recovery answer the abduction
    ("Armed men abducted three engineers in Tank on Monday. In the evening, their relatives gathered outside the "
     "press club and demanded their immediate recovery.",
     [("Abduction/forced disappearance", "Unidentified Armed Group"), ("Peaceful protest", "Protesters")]),
    # ground taken in another district is another incident; ground taken by unnamed militants is theirs
    ("Troops regained control of Peochar in Swat District on May 2 after heavy fighting. Meanwhile, militants took "
     "control of the Daggar police station in Buner District after policemen abandoned it.",
     [("Government regains territory", "Pakistani security forces (unspecified)"),
      ("Non-state actor overtakes territory", "Unidentified Armed Group")]),
    # a grenade in a long list of things recovered is a seizure
    ("The CTD arrested three men extorting money from traders in Bannu on May 3. A pistol, two hand grenades, nine "
     "mobile phones and PKR 0.8 million in cash were recovered from their possession.",
     [("Arrests", "Counter Terrorism Department")]),
    # residents "said the militants set up" checkpoints: no mob
    ("Militants attacked a police post in Buner on May 2. Residents said the militants set up checkpoints on the "
     "main road afterwards.",
     [("Armed clash", "Unidentified Armed Group")]),
    # the same words at another place and day are another incident
    ("Two soldiers were killed when militants attacked a check post in Mir Ali on Monday. Two soldiers were killed "
     "when militants attacked a check post in Razmak on Tuesday.",
     [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Unidentified Armed Group")]),
    # a paragraph printed again in other words tells its incident once
    ("Unidentified men shot dead a shopkeeper near his shop in Sewai Banda village of Khar tehsil in Bajaur on May "
     "2. Meanwhile a shopkeeper was shot dead by unidentified men near his shop in Sewai Banda village of Khar "
     "tehsil in Bajaur, police said.",
     [("Attack", "Unidentified Armed Group")]),
])
def test_who_and_what_of_blind_sets_da_to_dh(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month before the report's own, and "Last year,", opening a recall: background
    ('PESHAWAR, Pakistan, Nov 17 (Reuters) - A bomb exploded at a shrine in Shikarpur district late on Thursday, killing nine devotees, police said.\n\nThe attack was the second on a shrine in the province this year. In February, a suicide bomber killed 40 people at a shrine in Sehwan.\n\nLast year, 14 soldiers were killed when militants ambushed a convoy in Kech district.',
     [('Remote explosive/landmine/IED', 'Unidentified Armed Group')]),
    # a bare claim paragraphs after the story's one incident is that incident's
    ('KARACHI, Pakistan, Nov 17 (Reuters) - A suicide bomber struck a shrine in Shikarpur district late on Thursday, killing 14 devotees, police said.\n\nThe bomber tried to enter the main hall but a guard grabbed him. "He saved hundreds," the police chief said. The guard was among the dead. Dozens of people were wounded.\n\nThe shrine draws thousands of devotees every week. Its custodian said the guards had asked for more police.\n\nOfficials said security would be reviewed. The area has a long history of violence. Schools in the district stayed closed on Friday. Traders kept their shops open. The provincial government announced compensation for the families. A committee will look into the security lapse. The district administration held a meeting.\n\nIslamic State\'s Khorasan branch claimed responsibility through its Amaq news agency.',
     [('Suicide bomb', 'Islamic State-Khorasan Province')]),
    # what "the strikes have killed" is a campaign's toll; a drone strike "In August last year" is background
    ('MIRANSHAH, Pakistan (AP) - A suspected U.S. drone fired two missiles at a house in North Waziristan on Tuesday, killing five militants, officials said.\n\nWashington says the strikes have killed senior al Qaeda figures, while rights groups say hundreds of civilians have also died.\n\nOfficials said security would be reviewed. The area has a long history of violence. Schools in the district stayed closed on Friday. Traders kept their shops open. The provincial government announced compensation for the families. A committee will look into the security lapse. The district administration held a meeting.\n\nIn August last year, a drone strike killed the chief of the Pakistani Taliban in South Waziristan.',
     [('Air/drone strike', 'Unidentified Armed Group')]),
    # a year opening a recall is background whatever weekday it names
    ('QUETTA, Pakistan (AP) - Gunmen shot dead three policemen in Quetta on Monday, officials said.\n\nIn March 2016, a suicide bomber killed more than 70 people at a park in Lahore on Easter Sunday.',
     [('Armed clash', 'Unidentified Armed Group')]),
])
def test_a_wire_storys_recalls_and_campaign_tolls_are_background(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fight between two countries' forces, the first named by its adjective alone: the one named second, whichever
    # country the report is from
    ("A soldier was killed in an exchange of fire between Indian and Pakistani troops along the Line of Control on "
     "Sunday.", [("Armed clash", "Pakistani security forces (unspecified)")]),
    ("Two civilians were wounded in an exchange of fire between Pakistani and Afghan forces at Chaman on Sunday.",
     [("Armed clash", "Afghan forces")]),
])
def test_a_fight_between_two_countries_forces_is_the_second_named(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (found by a second reading of this session's rules)
    # an incident told before "such attacks have killed ..." in its sentence stays one
    ("Two policemen were shot dead in Dera Ismail Khan on Monday; such attacks have killed dozens of policemen this "
     "year.", [("Armed clash", "Unidentified Armed Group")]),
    # protesters who occupied a highway for hours took no ground
    ("Protesters occupied the highway for three hours in Khuzdar on Monday, demanding the recovery of a missing person.",
     [("Peaceful protest", "Protesters")]),
    # "Later," with other counts is another attack at the same post, not a repeat
    ("Militants attacked a check post in Razmak on May 2, killing two soldiers. Later, militants attacked a check post in "
     "Razmak, killing three soldiers.", [("Armed clash", "Unidentified Armed Group"), ("Armed clash", "Unidentified Armed Group")]),
    # the forces of the scene's own country, named second, are not the other side
    ("A Pakistani soldier was killed in an exchange of fire between Afghan and Pakistani forces at the Chaman border on "
     "Sunday.", [("Armed clash", "Unidentified Armed Group")]),
    # a claim naming another place and day is not the only incident's
    ("Gunmen killed two labourers in Turbat on Monday. Police said a search operation was underway. The BLF claimed that "
     "its fighters had destroyed a mobile tower in Panjgur on Sunday.",
     [("Attack", "Unidentified Armed Group"), ("Looting/property destruction", "Balochistan Liberation Front")]),
])
def test_second_reading_guards_of_blind_sets_da_to_dh(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an accident only first thought of gives way to the bomb found later; one found later stays the accident
    ("An explosion damaged four shops in the Kohat bazaar on Monday. Police initially said the blast was caused by a "
     "gas cylinder, but the BDS later confirmed it was an IED.", [("Remote explosive/landmine/IED", "Unidentified Armed Group")]),
    ("An explosion damaged four shops in the Kohat bazaar on Monday. Police initially suspected a bomb, but the BDS later "
     "confirmed that the blast was caused by a leaking gas cylinder.", [(None, None)]),
])
def test_an_accident_first_thought_of_does_not_type_the_blast(text, expected):
    assert _incidents(text) == expected


def test_a_digests_paragraph_heading_places_its_paragraph():
    text = ("Weekly review, 3-9 May\n\nPanjgur: Two Levies men were shot dead near their post in Paroom on May 4. Officials "
            "said the attackers fled towards the hills. The area was cordoned off. No group claimed the killing. The bodies "
            "were taken to the district hospital.\n\nTurbat: A hand grenade thrown at a barber shop on Main Bazaar Road "
            "injured three people on May 7.")
    places = [(e.acled_sub_event_type, e.place.admin2 if e.place else None) for e in extract(text).events]
    assert places == [("Armed clash", "Panjgur"), ("Grenade", "Kech")]


@pytest.mark.parametrize("text, killed", [
    ("Militants carried out eleven attacks across the province during the week, killing 19 people.\n\nBannu: A "
     "policeman was shot dead by gunmen near the Domel police station on June 3.", 1),
    ("The province recorded 17 militant attacks in April, down from 22 in March. Twenty people lost their lives.\n\n"
     "Kech district - A soldier was martyred when militants fired on a patrol near Hoshab on April 9.", 1),
])
def test_a_digests_tally_is_no_incident_and_its_toll_no_incidents(text, killed):
    # a lead that counts the period's attacks, and the toll told after it in its paragraph
    events = extract(text).events
    assert [(e.acled_sub_event_type, e.killed.total.value if e.killed.total else None) for e in events] == [("Armed clash", killed)]


def test_a_long_article_telling_its_attack_again_paragraphs_on_keeps_one_incident():
    text = ("Bomb kills six in Kohat\n\nKOHAT: Six people, including two policemen, were killed and 14 injured when a "
            "suicide bomber blew himself up near a police van in the Kohat bazaar on Monday.\n\nThe toll rose through the "
            "evening as two of the injured died at the District Headquarters Hospital. A hospital official said five of "
            "the wounded were in a critical condition. Blood donors queued outside the hospital.\n\nTraders shut their "
            "shops for the day and the bazaar remained deserted. The traders' union announced three days of mourning. Its "
            "president asked the government to provide security to the markets. Schools in the city were closed on "
            "Tuesday.\n\nThe district police officer told reporters that the bomber had walked up to the van on foot. "
            "He said the police had received a general threat alert a week ago.\n\nThe Tehreek-e-Taliban Pakistan "
            "claimed responsibility for the attack in a call to reporters.\n\nSeparately, two Levies men were injured "
            "when a roadside bomb went off near their vehicle in Darra Adamkhel on Monday.")
    assert _incidents(text) == [("Suicide bomb", "Tehrik-i-Taliban Pakistan"), ("Remote explosive/landmine/IED", "Unidentified Armed Group")]


@pytest.mark.parametrize("text, associated", [
    ("Hundreds of people staged a sit-in outside the press club in Turbat on Monday. The sit-in was organised by the "
     "Baloch Yakjehti Committee (BYC).", "Baloch Yakjehti Committee"),
    ("Police fired tear gas at workers of the Pakistan Tehreek-e-Insaf who had gathered near Zero Point in Islamabad "
     "on Sunday to protest against the arrest of their leaders.", "Pakistan Tehreek-e-Insaf"),
    # an organisation the catalogue does not list is named by its words (and an ambiguous alias inside a longer name is
    # not the listed one: the Kurram Aman Committee is no Peoples Aman Committee)
    ("Residents continued their sit-in outside the Parachinar Press Club on Friday under the banner of the Kurram Aman "
     "Committee.", "Kurram Aman Committee"),
    ("Traders observed a shutter-down strike in Ghotki on Monday.", None),
])
def test_the_organisation_behind_a_crowd_is_its_associated_actor(text, associated):
    # ACLED codes the crowd as actor1 and the organisation as its associated actor
    event = extract(text).events[0]
    assert (event.perpetrator.name, event.associated.name if event.associated else None) == ("Protesters", associated)


@pytest.mark.parametrize("text, expected", [
    # an incident told "this week" keeps its toll and stays an incident (the digest's periods only sum up counted attacks)
    ("Three people were killed and seven injured when a bomb exploded at a vegetable market in Quetta this week.",
     [("Remote explosive/landmine/IED", 3)]),
    ("Two policemen have been martyred in an attack on a check post in Lakki Marwat this week, officials said.",
     [("Armed clash", 2)]),
    # days of one clash are no count of incidents
    ("At least 12 people were killed in two days of clashes between two tribes in Kurram this week.", [("Armed clash", 12)]),
    # the accident first thought of, or ruled out, gives way to the bomb
    ("Police initially said the blast in a market in Parachinar on Friday was caused by a gas cylinder, but the bomb "
     "disposal squad later confirmed it was an IED that killed four people.", [("Remote explosive/landmine/IED", 4)]),
    # ... but the accident found later stands ("initially suspected a bomb, ... later confirmed ... a gas cylinder")
    ("Two people were hurt in an explosion at a tea stall in Kohat on Monday. Police initially suspected a bomb, but the "
     "BDS later confirmed that the blast was caused by a leaking gas cylinder.", [(None, None)]),
    # "displaced" as a verb still tells displacement
    ("The fighting in Bajaur has displaced 300 families, officials said on Monday.", [("Other", None)]),
    # one-line items with no full stop are no headline, nor is a lede the body does not retell
    ("Two soldiers killed in IED blast in Kurram on June 4\n\nThree militants killed in encounter in Khyber on June 5",
     [("Remote explosive/landmine/IED", 2), ("Armed clash", 3)]),
    ("A tribal elder was shot dead in Kohat's Darra Adam Khel on Monday\n\nThe elder had been a member of the local peace "
     "committee. He is survived by four sons.", [("Attack", 1)]),
])
def test_second_reading_guards_of_blind_sets_ca_to_ch(text, expected):
    assert [(e.acled_sub_event_type, e.killed.total.value if e.killed.total else None)
            for e in extract(text).events if e.status not in ("negated", "hypothetical")] == expected


def test_a_second_act_of_a_long_article_on_its_own_time_stays_apart():
    text = ("QUETTA: Two FC personnel were martyred and five injured when an improvised explosive device went off near their "
            "vehicle on Sariab Road on Thursday morning. The vehicle was on a routine patrol. Police said the device had been "
            "planted in a motorcycle. The blast was heard across the city. The injured were taken to the CMH. The Balochistan "
            "Liberation Army claimed the attack. The chief minister condemned the blast. The home minister said the "
            "attackers would be traced. The area was sealed. Traders closed their shops. Schools were closed for the day. "
            "Mobile service was suspended in the area. At 11pm, police killed two robbers in an exchange of fire near "
            "Kuchlak.")
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in extract(text).events] == [
        ("Remote explosive/landmine/IED", "Balochistan Liberation Army"), ("Armed clash", "Police (Pakistan, unspecified)")]


def test_arrests_listed_name_by_place_are_one_incident_per_district():
    # a list of the arrested, each with whence he was taken, in one sentence or after a lead that counts the districts
    one_sentence = ("The CTD arrested four suspected militants in raids on Tuesday. According to a spokesman, Khalid Mehmood "
                    "was arrested from Jaranwala in Faisalabad District, Riaz Ahmed from Chichawatni tehsil of Sahiwal District, "
                    "Tariq Aziz from Depalpur in Okara District and Nadeem Akhtar from Bahawalnagar city. Explosives and "
                    "detonators were recovered from them.")
    after_a_lead = ("The CTD arrested three suspects in three districts on Tuesday. A spokesman said Khalid Mehmood was "
                    "held near Jaranwala in Faisalabad District, while Riaz Ahmed was arrested from Chichawatni tehsil of Sahiwal "
                    "District. The third, Tariq Aziz, was picked up from Depalpur in Okara District.")
    for text, districts in ((one_sentence, ["Faisalabad", "Sahiwal", "Okara", "Bahawalnagar"]),
                            (after_a_lead, ["Faisalabad", "Sahiwal", "Okara"])):
        events = extract(text).events
        assert [(e.acled_sub_event_type, e.place.admin2) for e in events] == [("Arrests", d) for d in districts]
    # (not a place the arrested only planned to strike: "planning to target installations in Lahore and Multan")
    text = ("The CTD arrested two suspects from Jaranwala in Faisalabad District on Tuesday. The spokesman said the suspects were "
            "planning to target sensitive installations in Lahore and Multan.")
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == [("Arrests", "Faisalabad")]


@pytest.mark.parametrize("text, expected", [
    # traders' strike the day after a grenade, though an extortion slip "demanding" money was told before it
    ("Two shopkeepers were injured when a hand grenade was hurled at a shoe shop in Saddar, Hyderabad, on Monday. The "
     "owner had received an extortion slip demanding Rs1 million. Traders observed a strike the next day and staged a "
     "protest outside the press club.", [("Grenade", "Unidentified Armed Group"), ("Peaceful protest", "Protesters")]),
    # a road and a chowk blocked by the mourners
    ("Gunmen shot dead a cleric in Korangi on Friday. Hours later, his supporters blocked Singer Chowrangi and Korangi "
     "Road, chanting slogans against the police.", [("Attack", "Unidentified Armed Group"), ("Peaceful protest", "Protesters")]),
])
def test_a_crowd_answering_an_attack_is_its_own_incident(text, expected):
    assert _incidents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The body of a young man, stuffed in a gunny sack, was found near the Northern Bypass on Sunday, police said.",
     [("Attack", "Unidentified Armed Group")]),
    ("The bodies of two labourers were found dumped in a ravine near Kalat on Tuesday.", [("Attack", "Unidentified Armed Group")]),
    ("The mutilated body of a driver was recovered from fields near Mastung on Monday.", [("Attack", "Unidentified Armed Group")]),
])
def test_a_body_found_with_marks_of_a_killing_is_an_attack(text, expected):
    assert _incidents(text) == expected


def test_a_sentence_opening_another_incident_without_a_cue_keeps_the_next_one_apart():
    text = ("The body of a watchman was found near the Sohrab Goth bus terminal on Sunday. The SHO said the victim appeared "
            "to have been strangled. In a separate incident, the body of a boy was fished out of the Malir River near Shah "
            "Faisal Colony. Police said the boy apparently drowned while swimming and no marks of violence were found on the "
            "body.")
    assert [e.acled_sub_event_type for e in extract(text).events] == ["Attack", None]


def test_where_a_victim_went_missing_from_is_not_where_the_body_was_found():
    text = ("The body of a political activist, who went missing from Larkana in March, was found near the Indus Highway "
            "in Jamshoro District on Friday.")
    assert [e.place.admin2 for e in extract(text).events] == ["Jamshoro"]


@pytest.mark.parametrize("text, expected", [
    ("Three drivers were injured when Iranian border guards opened fire on their vehicles near Mand in Kech District on "
     "Monday.", "Iranian Border Guard Command"),
    ("A soldier was martyred when Afghan Taliban forces attacked a border post in Bajaur District on Sunday night.",
     "Afghan armed forces (Taliban government)"),
    ("A soldier was martyred on Tuesday as Indian troops resorted to unprovoked ceasefire violations along the LoC in "
     "Nakyal sector of Kotli district, the ISPR said.", "Indian security forces (unspecified)"),
])
def test_another_countrys_forces_that_fire_at_a_scene_in_pakistan_are_its_doers(text, expected):
    assert [e.perpetrator.name for e in extract(text).events] == [expected]


def test_a_soldier_killed_by_a_countrys_sniper_fire_after_its_shelling():
    text = ("Two villagers were injured when Indian troops shelled villages in Nakyal sector of Kotli on Monday. Earlier, a "
            "soldier was martyred by Indian sniper fire in Leepa valley.")
    assert [e.perpetrator.name for e in extract(text).events] == ["Indian security forces (unspecified)"] * 2


_FEATURE = ("The quiet war in the south\n\nBy a staff reporter\n\nLakki Marwat has become the front line of a war that few "
            "outside the district follow. On the night of May 4, 2024, some 20 militants attacked the police post at "
            "Tajazai, killing two constables before the attackers withdrew. The Tehreek-e-Taliban Pakistan claimed the "
            "attack.\n\nThe district sits on the Indus Highway. Its wheat fields run to the hills. Its people are poor. Many "
            "of its young men work in the Gulf. Its schools lack teachers. Its hospital has one surgeon. Few roads are "
            "paved.\n\n{comment}\n\nThe district police chief wants more men. Local elders agree. The provincial government "
            "has promised both.")


@pytest.mark.parametrize("comment", [
    # someone's words, between quotation marks
    "\"We buried two young men that week, and the killing goes on,\" said a shopkeeper in Bannu.",
    # the present only
    "Residents say the attacks in Bannu are the worst they have known.",
    "For the families of the two constables killed in Bannu, the debate is academic.",
    # habits over years and decades
    "For most of the past two decades the militants fought the army in the mountains of North Waziristan.",
    "Each time the police in Bannu struck back, the militants killed more of them.",
])
def test_a_long_articles_comment_opens_no_incident(comment):
    events = extract(_FEATURE.format(comment=comment)).events
    assert [(e.acled_sub_event_type, e.perpetrator.name) for e in events if e.status == "occurred"] == [
        ("Armed clash", "Tehrik-i-Taliban Pakistan")]


@pytest.mark.parametrize("text, expected", [
    # the police guard of a team fired on takes the team's side
    ("A female polio worker was shot dead and her colleague injured when two gunmen on a motorcycle opened fire on them "
     "in Orangi Town on Tuesday. A policeman deputed for the team's security was also wounded. The attackers fled.", "Attack"),
    # the scene's past, told after the killing, does not type it
    ("Gunmen shot dead a shopkeeper and injured his brother in Jutial area of Gilgit on Monday night. Police said the "
     "attackers fled in a car. A curfew had been imposed in the city earlier in the week following sectarian clashes.",
     "Attack"),
])
def test_what_types_a_killing_of_civilians(text, expected):
    assert [e.acled_sub_event_type for e in extract(text).events] == [expected]


@pytest.mark.parametrize("text, district", [
    # a numbered village of the canal colonies is no town "Chak", nor its letters a place
    ("A man accused of blasphemy was lynched by a mob in Chak 52-GB village of Jaranwala tehsil on Sunday.", "Faisalabad"),
    # a town's namesake set inside an area of another province
    ("Jet fighters pounded militant hideouts in Bagh area of Tirah on Monday, killing 12 militants.", "Khyber"),
])
def test_where_a_numbered_village_or_a_namesake_inside_an_area_is(text, district):
    assert [e.place.admin2 for e in extract(text).events] == [district]


def test_a_device_made_safe_by_the_squad_is_theirs():
    text = ("A watchman was killed when a hand grenade was thrown into a bakery in Orangi on Saturday. A Bomb Disposal "
            "Squad team later found a second grenade lying near the shop and made it safe.")
    assert _incidents(text) == [("Grenade", "Unidentified Armed Group"),
                                ("Disrupted weapons use", "Bomb Disposal Squad (Pakistan police)")]


def test_the_ends_of_a_suspended_line_are_not_where_the_device_was():
    text = ("A blast damaged the railway track near Padidan in Naushahro Feroze District on Monday. Police recovered another "
            "device buried under the track nearby and it was defused. Train traffic between Karachi and Rohri remained "
            "suspended for five hours.")
    assert [e.place.admin2 for e in extract(text).events] == ["Naushahro Feroze", "Naushahro Feroze"]


@pytest.mark.parametrize("text, expected", [
    ("On Monday, men in plain clothes picked up a college student from his hostel on Sariab Road in Quetta, his family "
     "said.", [("Abduction/forced disappearance", "Unidentified Armed Group")]),
    ("A shopkeeper was taken away from his shop in Turbat by men in plain clothes on Friday.",
     [("Abduction/forced disappearance", "Unidentified Armed Group")]),
    # (an arrest the police own stays one)
    ("Police arrested a college student from his hostel on Sariab Road in Quetta on Monday.",
     [("Arrests", "Police (Pakistan, unspecified)")]),
])
def test_men_in_plain_clothes_taking_someone_is_a_disappearance(text, expected):
    assert _incidents(text) == expected


def test_a_long_articles_demonstration_named_again_is_the_same_one():
    text = ("The police who said no\n\nLakki Marwat has seen a new kind of protest. On September 10, hundreds of policemen "
            "blocked the Indus Highway at Lakki Marwat city and began a sit-in. They said they would not patrol without "
            "armoured vehicles. Their families brought food. Traders closed their shops in support. The district has "
            "lost 40 policemen in two years. Many of them had young families. Few had body armour. The force is short "
            "of men. Recruitment has stalled. Salaries are low. The district police officer, who negotiated with the "
            "protesters, promised new vehicles. The sit-in ended on September 13 after a provincial minister visited "
            "the camp. Police said they had no record of any arrest.")
    assert [e.acled_sub_event_type for e in extract(text).events if e.status == "occurred"] == ["Peaceful protest"]


@pytest.mark.parametrize("text, expected", [
    # a victim's years of work are no habit of the attackers
    ("Gunmen shot dead Ahmed Raza, a vaccinator who had worked in the district for years, near his home in Bannu on "
     "Saturday.", [("Attack", "Bannu")]),
    # "In a separate incident," without a cue, then the first story told on: no second incident
    ("Militants attacked a check post in Lakki Marwat on Sunday night, killing a constable. In a separate incident, the "
     "district police chief visited the Bannu police lines. The attackers fled towards the hills after an hour-long "
     "exchange of fire.", [("Armed clash", "Lakki Marwat")]),
    # the one hit named again by a word for his office
    ("PESHAWAR: A policeman was shot dead by unidentified gunmen on Monday. The constable was killed near his home in the "
     "Shabqadar area of Charsadda district.", [("Armed clash", "Charsadda")]),
    # a word the story used only to name a vehicle is no person named again
    ("A bomb hidden in a motorcycle exploded near a police van on Quetta's Sariab Road on Monday, injuring four policemen. "
     "The police were fired upon by gunmen in Mastung hours later, and one constable was killed.",
     [("Remote explosive/landmine/IED", "Quetta"), ("Armed clash", "Mastung")]),
    # a ceasefire violated is fire, not a truce
    ("Two civilians were injured when Indian troops resorted to unprovoked ceasefire violations in the Nakyal sector of "
     "Kotli district on Sunday.", [("Armed clash", "Kotli")]),
    # workers demanding their pay are protesting
    ("Lady health workers staged a sit-in outside the Press Club in Quetta on Monday, demanding payment of their salaries.",
     [("Peaceful protest", "Quetta")]),
])
def test_second_reading_guards_of_blind_sets_ea_to_eh(text, expected):
    assert [(e.acled_sub_event_type, e.place.admin2 if e.place else None) for e in extract(text).events
            if e.status == "occurred"] == expected


def test_a_long_articles_present_perfect_still_tells_news():
    text = ("Police say at least ten people have been killed in a bomb blast at a vegetable market in Quetta. The district is "
            "largely rural. Wheat and maize are the main crops. Many young men work in the Gulf. Schools reopened in "
            "September. The nearest teaching hospital is two hours away. Power cuts are common. A university campus opened "
            "in 2019. Literacy is low. Mobile internet was restored in January. Most roads were built in the 1980s. The "
            "bazaar sells dried fruit. Separately, officials say gunmen have shot dead a polio worker in Karak district.")
    assert [(e.acled_sub_event_type, e.place.admin2) for e in extract(text).events] == [
        ("Remote explosive/landmine/IED", "Quetta"), ("Attack", "Karak")]


@pytest.mark.parametrize("text, expected", [
    # a day told "in the night of" or "in the early hours of" is a day of its own
    ("Unknown men torched a boys middle school in Tangir village of Diamer District in the night of April 3. On April 6, "
     "police raided a hideout near Chilas and a militant was killed in an exchange of fire.",
     [("Looting/property destruction", "Diamer"), ("Armed clash", "Diamer")]),
    # a bomb hours after an attack by gunfire is another act
    ("Militants fired on a police post in Mamash Khel village of Bannu District in the early hours of June 2, killing a "
     "constable. Hours later, a roadside bomb exploded near a police van rushing to the post, wounding four policemen.",
     [("Armed clash", "Bannu"), ("Remote explosive/landmine/IED", "Bannu")]),
    # a khasadar escorting the elders shot dead was guarding them: an attack on civilians
    ("Two tribal elders were shot dead and a khasadar escorting them was injured when gunmen ambushed their car near "
     "Kalaya in Orakzai District on May 9.",
     [("Attack", "Orakzai")]),
    # violence of another kind at another scene is another incident ...
    ("Militants blew up a gas pipeline near Pir Koh in Dera Bugti District on July 4. Separately, three rockets were "
     "fired at a Levies post in Sangsila, causing no casualties. Miscreants also blew up a power pylon near Baiker.",
     [("Remote explosive/landmine/IED", "Dera Bugti"), ("Shelling/artillery/missile attack", "Dera Bugti"),
      ("Remote explosive/landmine/IED", "Dera Bugti")]),
    # ... but not what the teller's place, a pronoun or a pluperfect tells
    ("A roadside bomb killed two soldiers in Datta Khel town of North Waziristan District. Their vehicle was destroyed, "
     "an official based in Peshawar said.",
     [("Remote explosive/landmine/IED", "North Waziristan")]),
    # ... nor what officials say of a group's record
    ("Gunmen shot dead a trader near Kili Almas in Quetta District on June 3. Officials say the group has cooperated "
     "with the IS-KP in several bombings, sharing bomb-makers and safe houses in Mastung.",
     [("Attack", "Quetta")]),
    # a ranking of provinces by attacks, and the families of the fallen, tell no incident
    ("Khyber Pakhtunkhwa was again the worst-hit province with 48 attacks, followed by Balochistan with 22 attacks, the "
     "think tank said. The cabinet approved a fund for the families of police personnel killed in the line of duty.",
     []),
])
def test_blind_sets_fa_to_fd(text, expected):
    assert [(e.acled_sub_event_type, e.place.admin2 if e.place else None) for e in extract(text).events
            if e.status == "occurred"] == expected


def test_an_incident_opening_on_its_own_day_does_not_count_the_sentence_before_it():
    text = ("Two militants were killed in an encounter with police in Pirabad in Karachi on the night of May 2. A police "
            "constable was injured. On May 3, a polio worker was shot dead by two gunmen in Orangi Town.")
    polio = extract(text).events[-1]
    assert (polio.acled_sub_event_type, polio.injured.total) == ("Attack", None)



def test_a_protest_announced_is_yet_to_come():
    rules = load_rules()
    sentence = "Leaders of the bar condemned the killing and announced a protest outside the city courts on Wednesday."
    assert "protest" not in {c.category.name for c in sentence_cues(sentence, 0, rules)}


@pytest.mark.parametrize("text, expected", [
    # traders closing their shops on a day of their own protest, whatever the sentence before it
    ("Unidentified men hurled a grenade into a mobile phone shop in Landhi in Karachi on Tuesday night, injuring three "
     "people. A second grenade was defused by the Bomb Disposal Squad. Traders kept their shops closed on Wednesday in "
     "protest against the attack.",
     [("Grenade", "Landhi"), ("Disrupted weapons use", "Landhi"), ("Peaceful protest", "Landhi")]),
    # an item of a round-up opening on a place of its own is one more incident, killed the same way
    ("Three people were shot dead in separate incidents in Karachi on Friday, police said. A shopkeeper was gunned down "
     "outside his shop in Korangi. About an hour later, a tailor was shot dead in Orangi Town. In Malir, a rickshaw "
     "driver was killed when gunmen fired on him near the bus stand.",
     [("Attack", "Korangi"), ("Attack", "Orangi"), ("Attack", "Malir")]),
    # an inquiry ordered into an encounter is no fight
    ("Residents blocked the Super Highway in Karachi on Sunday to protest against the death of a youth in police custody. "
     "Later, the DIG West ordered an inquiry into the encounter and suspended the SHO.",
     [("Peaceful protest", "Karachi")]),
])
def test_karachi_city_pages_of_blind_set_fc(text, expected):
    assert [(e.acled_sub_event_type, e.place.name if e.place else None) for e in extract(text).events
            if e.status in ("occurred", "foiled")] == expected


def test_a_road_told_with_on_is_the_scene_of_a_long_report():
    text = ("SUKKUR: A policeman and a passer-by were injured when a bomb planted on a bicycle went off as a police van passed "
            "by on Military Road on Thursday.\n\nPolice said the device had been fitted to a bicycle parked outside a shop "
            "and was set off by remote control. The van of the Sindh Police was damaged. Constable Ali Raza and a passer-by, "
            "Karim Bux, were taken to hospital.\n\nThe SRA claimed responsibility in a statement.\n\nThe SSP said a case had "
            "been registered.\n\nIt was the second attack on police in Sindh this month.")
    event = extract(text).events[0]
    assert (event.place.name, event.place.admin2) == ("Military Road", "Sukkur")


def test_a_long_articles_act_named_again_by_its_day_or_place_is_no_other():
    text = ("The quiet war on the Makran coast\n"
            "On the night of May 4, gunmen stormed the camp of a road contractor near Nodiz in Kech district and shot dead "
            "five labourers. The workers came from southern Punjab. The company suspended work. Officials said the road "
            "would link the villages to the coastal highway. Traders welcome the project. Farmers want water more than "
            "roads. The district has two colleges. Its dates are sold across the country. The May 4 attack was the worst "
            "on the project so far. Neither attack surprised the engineers. The attack at Nodiz was later claimed by the "
            "BLF. Work resumed in June. Most labourers now come from the district itself.")
    assert [(e.acled_sub_event_type, e.place.name) for e in extract(text).events if e.status == "occurred"] == [
        ("Attack", "Nodiz")]


def test_an_act_years_before_a_time_named_by_it_is_no_cue():
    sentence = "Fourteen years after the army drove the militants out of the valley, vaccinators again need armed guards."
    assert sentence_cues(sentence, 0, load_rules()) == []


@pytest.mark.parametrize("sentence", [
    "On Sunday, journalists staged a demonstration outside the press club and demanded that the killers be arrested.",
    "The SSP said police had never taken the activist into custody.",
    "No one has been arrested so far.",
])
def test_an_arrest_demanded_or_denied_is_none(sentence):
    assert "arrest" not in {c.category.name for c in sentence_cues(sentence, 0, load_rules())}


@pytest.mark.parametrize("text, expected", [
    # the teller's place and what the attackers did as they fled are no scene of their own (second reading)
    ("Militants fired on a check post in Mir Ali in North Waziristan District on June 2, killing two soldiers. A "
     "vehicle was also torched, an official based in Bannu said.",
     [("Armed clash", "North Waziristan")]),
    ("Militants attacked a check post near Mir Ali in North Waziristan District on June 2, killing two soldiers. "
     "Fleeing militants also set a police vehicle on fire near Spinwam.",
     [("Armed clash", "North Waziristan")]),
    # a killing told only as what an official took notice of is still told
    ("The chief minister took notice of the killing of two policemen in Hayatabad in Peshawar on Wednesday.",
     [("Attack", "Peshawar")]),
])
def test_second_reading_guards_of_blind_sets_fa_to_fd(text, expected):
    assert [(e.acled_sub_event_type, e.place.admin2 if e.place else None) for e in extract(text).events
            if e.status in ("occurred", "foiled")] == expected
