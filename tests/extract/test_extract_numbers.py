import pytest

from ctwatch.extract.numbers import find_casualties, find_count, parse_number


def killed(text):
    k, _ = find_casualties(text)
    return k.total.value if k.total else None


def injured(text):
    _, i = find_casualties(text)
    return i.total.value if i.total else None


def test_parse_number_words_and_vague_counts():
    assert parse_number("twenty-five") == (25, True)
    assert parse_number("a dozen") == (12, True)
    assert parse_number("dozens of") == (12, False)
    assert parse_number("tens of") == (10, False)
    assert parse_number("hundreds of") == (100, False)
    assert parse_number("several") == (3, False)
    assert parse_number("1,200") == (1200, True)
    assert parse_number("an") == (1, True)


def test_passive_subject_with_sides():
    k, _ = find_casualties("A policeman and two civilians were killed when rebels fired on a market.")
    assert k.total.value == 3
    assert k.security.value == 1 and k.civilian.value == 2
    assert k.total.span.text.startswith("A policeman")


def test_active_object_and_militant_side():
    k, _ = find_casualties("Troops killed four Maoists in a gunfight near the river.")
    assert k.total.value == 4 and k.militant.value == 4


def test_named_single_victim_and_shot_dead():
    assert killed("Ramesh Kumar (45), a shopkeeper, was shot dead by gunmen at his home.") == 1
    assert killed("Gunmen shot dead a school teacher outside the bazaar.") == 1


def test_including_does_not_double_count():
    assert killed("Five persons, including two women, were killed in the blast.") == 5


def test_at_least_and_vague():
    k, _ = find_casualties("At least 14 people were killed in the bombing.")
    assert k.total.value == 14 and k.total.exact
    k, _ = find_casualties("Dozens of villagers were injured in the stampede.")
    _, i = find_casualties("Dozens of villagers were injured in the stampede.")
    assert i.total.value == 12 and not i.total.exact


def test_injuries_and_killed_in_one_sentence():
    text = "Two troopers were killed and three others sustained injuries in the ambush."
    assert killed(text) == 2 and injured(text) == 3
    assert injured("A landmine blast left nobody hurt, but a jeep was damaged; one jawan was wounded.") == 1


def test_bare_another():
    text = "One farmer died and another was wounded when the bomb exploded."
    assert killed(text) == 1 and injured(text) == 1


def test_restatement_across_sentences_not_added():
    text = "Three militants were killed in an encounter. The troops retaliated, killing three militants."
    assert killed(text) == 3


@pytest.mark.parametrize("text, dead, sides", [
    ("Militants attacked a police post on May 3, killing two policemen. Three militants were also killed when the "
     "police retaliated.", 5, {"security": 2, "militant": 3}),
    ("Two soldiers were killed when militants attacked a Frontier Corps post. The FC personnel retaliated, killing "
     "four militants.", 6, {"security": 2, "militant": 4}),
    ("Four militants were killed when the police retaliated. The militants had attacked a police station, killing "
     "a constable.", 5, {"security": 1, "militant": 4}),
    # ("In a separate incident," opens the incident told, not another one)
    ("In a separate incident, militants ambushed a military convoy near Sakhra, killing two soldiers. Three militants "
     "were killed when the troops returned fire.", 5, {"security": 2, "militant": 3}),
    # outlaws are counted but take no side: neither civilians nor militants
    ("Dacoits killed two policemen near Kandhkot on Monday. Two dacoits were also killed in the exchange of fire.",
     4, {"security": 2}),
])
def test_the_other_side_killed_in_the_fight_back_adds_to_the_toll(text, dead, sides):
    k, _ = find_casualties(text)
    assert k.total.value == dead
    assert {side: getattr(k, side).value for side in ("security", "civilian", "militant", "unknown") if getattr(k, side)} == sides


@pytest.mark.parametrize("text, dead", [
    ("Three militants were killed in an encounter. The troops retaliated, killing three militants.", 3),
    # the dead told again as "the two men", and dead of another time, add nothing
    ("Police killed two militants in an encounter in Karachi on June 4. The two men killed in the exchange of fire were "
     "identified as Rehmat Ali and Shakeel Ahmed.", 2),
])
def test_the_same_dead_told_again_in_the_fight_back_are_not_added(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, sentence_counts", [
    # (which sentence's count stands is the largest-sentence rule's; what matters here is that they are not summed)
    ("Two soldiers were killed in an IED blast in Kurram on May 1. The military said 15 militants were also killed in "
     "operations in the area last month.", (2, 15)),
    ("Three soldiers were killed in Kurram on June 3. The militants said they retaliated after security forces killed "
     "eight of their comrades.", (3, 8)),
])
def test_dead_of_another_time_are_not_added_to_the_toll(text, sentence_counts):
    assert killed(text) in sentence_counts


@pytest.mark.parametrize("text, dead", [
    ("Police retaliated, killing four militants.", 4),
    ("Police said three attackers were killed in retaliatory fire.", 3),
    ("Two assailants were shot dead by the guards.", 2),
])
def test_a_fight_back_is_no_background(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead, hurt", [
    ("Two policemen were killed and three others injured in the attack. One of the injured later succumbed to his "
     "injuries.", 3, 2),
    ("Two soldiers were killed and four injured in the blast. Later, two of the injured soldiers succumbed to their "
     "wounds.", 4, 2),
    ("A cleric was shot dead and two of his guards were injured when gunmen opened fire on his car. One of the guards "
     "was shifted to hospital, where he succumbed to his injuries during the night.", 2, 1),
    # (the only dead: the injured man who died is the one count of the killed)
    ("A policeman was injured in the attack on Monday. He later succumbed to his injuries.", 1, 0),
    ("Five civilians were injured in a grenade attack on a shop in Turbat on July 2. Two of the injured later succumbed "
     "to their injuries in hospital.", 2, 3),
    # (those who died on the spot and of their wounds, told again, are the dead counted already)
    ("Three policemen were killed and two injured in the attack on Monday. Two of them died on the spot while one "
     "succumbed to his injuries in hospital.", 3, 2),
    # (a toll told after them counts them already)
    ("Four soldiers were killed and six injured in a suicide attack in Bannu on July 15. Two of the injured died in "
     "hospital on Saturday, raising the toll to six. Officials said six soldiers had died.", 6, 4),
])
def test_the_injured_who_died_later_in_a_sentence_of_their_own_are_dead_not_injured(text, dead, hurt):
    assert (killed(text), injured(text)) == (dead, hurt)


def test_negation_gives_zero():
    k, i = find_casualties("The bomb went off at night but no one was killed or injured.")
    assert k.total.value == 0 and i.total.value == 0
    k, _ = find_casualties("The explosion did not cause any casualties.")
    assert k.total.value == 0


def test_background_clause_is_ignored():
    text = ("A rebel commander surrendered before police. He was involved in the 2009 attack "
            "in which 12 policemen were killed.")
    assert killed(text) is None


def test_arrests_surrenders_abductions():
    assert find_count("Police arrested three suspected militants from a hideout.", "arrested").value == 3
    assert find_count("Two couriers were nabbed at a checkpoint.", "arrested").value == 2
    assert find_count("Militants held a meeting in the forest.", "arrested") is None
    assert find_count("Seven cadres surrendered before the District Collector.", "surrendered").value == 7
    assert find_count("Gunmen kidnapped two engineers from the road site.", "abducted").value == 2
    c = find_count("Police detained a dozen protesters.", "arrested")
    assert c.value == 12 and c.span is not None


@pytest.mark.parametrize("text, killed, injured", [
    ("The rebels kill three forest guards near the river.", 3, None),            # headline present tense
    ("Troops claimed to have killed six insurgents in the hills.", 6, None),     # perfect tense is active
    ("Gunmen shot dead a trader and his son outside the mosque.", 2, None),      # "his son" is one more person
    ("The attackers stabbed a guard, critically injuring him.", None, 1),        # pronoun object
    ("Gunmen shot dead the village chief near the market.", 1, None),            # "the village chief" is a person
])
def test_more_ways_of_counting_people(text, killed, injured):
    k, i = find_casualties(text)
    assert (k.total.value if k.total else None) == killed
    assert (i.total.value if i.total else None) == injured


def test_a_count_then_the_names_of_those_counted_is_the_count():
    text = "Four insurgents, identified as Ali Khan (30), Noor Shah (25) and Gul Zaman, were arrested by the police."
    assert find_count(text, "arrested").value == 4


def test_present_tense_injuries_and_maiming():
    assert find_casualties("One guard is killed and another sustains injuries in the ambush.")[1].total.value == 1
    assert find_casualties("The rebels chop the hands of three villagers.")[1].total.value == 3


@pytest.mark.parametrize("text, killed", [
    ("The death toll from Wednesday's suicide bombing in Quetta rose to seven on Thursday.", 7),
    ("The toll in the blast climbed to 12.", 12),
    ("The number of people killed in the attack has risen to 9, officials said.", 9),
])
def test_a_toll_update_is_read_on_its_own(text, killed):
    assert find_casualties(text)[0].total.value == killed


def test_martyred_security_personnel_are_killed():
    killed, injured = find_casualties("Three policemen were martyred and two others injured when an IED went off.")
    assert (killed.total.value, killed.security.value, injured.total.value) == (3, 3, 2)
    assert find_casualties("Two soldiers embraced martyrdom in the exchange of fire.")[0].security.value == 2
    assert find_casualties("The toll was expected to rise.")[0].total is None


def test_martyring_after_an_attack_counts_the_security_dead():
    killed, injured = find_casualties("Terrorists attacked a police post in Tank on Monday, martyring a constable "
                                      "and injuring two others.")
    assert (killed.total.value, killed.security.value, injured.total.value) == (1, 1, 2)


def arrested(text):
    c = find_count(text, "arrested")
    return c.value if c else None


@pytest.mark.parametrize("text, dead, hurt", [
    # a verb ends the noun phrase: the killed are not added to the injured
    ("Two jawans of the border battalion were killed and four others injured in the blast.", 2, 4),
    ("A rebel of the splinter faction was killed and two other rebel cadres were injured in the gunfight.", 1, 2),
    # an adverb before an active verb is no passive: the object is counted
    ("The gunmen shot dead a teacher and seriously injured another 11 students at the school.", 1, 11),
    ("Armed men barged into the hamlet and brutally thrashed two farmers.", None, 2),
    # "another one", "N more"
    ("The insurgents killed a ranger and wounded another one near the lake.", 1, 1),
    ("Rebels shot dead three traders and injured five more in the bazaar.", 3, 5),
])
def test_clauses_with_two_counts_keep_them_apart(text, dead, hurt):
    assert (killed(text), injured(text)) == (dead, hurt)


@pytest.mark.parametrize("text, hurt", [
    ("A bus driver sustained minor splinter injuries when the device went off.", 1),
    ("Three porters suffered bullet wounds in the crossfire.", 3),
    ("Two farmers on the tractor were hit by bullets fired from the ridge.", 2),
    ("The guerrillas attacked the headman at his house in which he sustained injuries.", 1),
    ("Meena Kumari also sustained bullet injuries when she tried to stop the attackers.", 1),
])
def test_sustained_and_suffered_injuries(text, hurt):
    assert injured(text) == hurt


def test_an_injured_person_who_died_is_only_killed():
    text = "A forest watcher was hit by bullets and later succumbed to his injuries in hospital."
    assert (killed(text), injured(text)) == (1, None)
    text = "A villager was beaten up by the gang in the market. The injured villager succumbed to his injuries on Friday."
    assert (killed(text), injured(text)) == (1, 0)


def test_abducted_and_then_killed_and_found_dead():
    assert killed("A panchayat clerk was abducted and later killed by the rebels near the dam.") == 1
    assert killed("Three villagers were kidnapped by gunmen and subsequently killed in the forest.") == 3
    assert killed("A teacher, who was kidnapped on Monday, was found dead near the canal.") == 1


@pytest.mark.parametrize("text, dead", [
    ("The rebels dragged two shopkeepers out of the market and killed them.", 2),
    ("Some 30 gunmen surrounded the hut and shot them dead.", None),  # the gunmen are not the victims
    ("The militants seized a watchman and shot him dead.", 1),
    ("The gang killed a moneylender by hacking him to death.", 1),  # the pronoun is the same person
])
def test_pronoun_objects(text, dead):
    assert killed(text) == dead


def test_a_rejected_match_does_not_hide_the_count_inside_it():
    # "an ambush killed two ..." is no count phrase, but "two porters" is
    assert killed("In the hills the troops in an ambush killed two porters.") == 2


def test_bracketed_acronym_and_range_and_including_lists():
    assert injured("Four Border Security Force (BSF) personnel were injured in the explosion.") == 4
    c = find_casualties("Police said that two to three constables sustained minor injuries.")[1].total
    assert (c.value, c.exact) == (2, False)
    assert killed("Nine people, including four children and two women, were killed in the flood of fire.") == 9


def test_a_comma_alone_is_no_list_and_an_apposition_is_no_second_group():
    assert killed("During the drive to free three captured traders, one trooper died in the firing.") == 1
    assert killed("The rebels killed four villagers, two women and two men, at the ford.") == 4
    assert killed("Gunmen killed Sunil Oraon (30), a school teacher, and his brother Ajay near the well.") == 2


@pytest.mark.parametrize("text", [
    "The woman was wanted for her role in an ambush which killed six constables.",
    "The rally was held three days after two activists were killed by the police.",
    "A rebel, involved in the killing of a trader, was arrested on Sunday.",
])
def test_earlier_events_are_background(text):
    assert killed(text) is None


def test_identified_as_is_no_clause_boundary():
    text = "Three couriers of the outfit identified as Ramu, K. Suresh and Bablu were arrested at the bus stand."
    assert arrested(text) == 3
    assert arrested("Two men allegedly acting as couriers, identified as Rana and Mahto, were arrested.") == 2


def test_a_police_informer_is_a_civilian():
    k, _ = find_casualties("A Police informer, identified as Muzammil (35), and a pushcart juice vendor were shot dead in Karachi.")
    assert k.security is None and k.civilian.value == 2 and k.total.value == 2


def test_an_including_list_with_an_acronym_in_brackets_is_part_of_the_total():
    assert killed("At least seven persons, including two activists of the Muttahida Qaumi Movement (MQM) and a "
                  "Police Constable, were killed in separate incidents in Karachi.") == 7


def test_an_including_list_gives_the_sides():
    k, _ = find_casualties("At least four persons, including two Policemen and two militants, were killed in an attack.")
    assert (k.total.value, k.security.value, k.militant.value, k.civilian) == (4, 2, 2, None)
    _, i = find_casualties("At least nine people including four Policemen were injured in an IED blast.")
    assert (i.total.value, i.security.value, i.civilian.value) == (9, 4, 5)
    k, _ = find_casualties("Five persons, including two women, were killed in the blast.")
    assert (k.total.value, k.civilian.value) == (5, 5)
    k, _ = find_casualties("Militants killed five persons, including two policemen, in Bannu. Nobody else was hurt.")
    assert (k.total.value, k.security.value, k.civilian.value) == (5, 2, 3)


def test_a_date_before_the_verb_is_no_count():
    # "on August 11 beheaded a Policeman": the policeman is one, and one of the forces
    k, _ = find_casualties("Unidentified militants on August 11 beheaded a Policeman in the Janglekhel area of Kohat.")
    assert (k.total.value, k.security.value) == (1, 1)


def test_arms_suppliers_are_people():
    assert find_count("Two arms suppliers including a woman were arrested by the STF in Bhojpur District.", "arrested").value == 2


@pytest.mark.parametrize("text, killed, injured", [
    # troops, sects and tribesmen are people counted like any others
    ("Eight troops, including a captain, were killed and three others injured in a bomb blast near Alhaj Market.", 8, 3),
    ("At least 61 Shias were killed and 50 others were injured in a bomb explosion at an imambargah.", 61, 50),
    ("Four pro Government tribesmen from a militia were shot dead in the hujra of a local person.", 4, None),
    # a bare count described by a list after it
    ("At least nine people were killed and over 40, including children and women, were injured in the blast.", 9, 40),
    # an age after a name is no count
    ("A senior MQM worker identified as Sohail Rasheed 30 was shot dead near his home in Naeemabad.", 1, None),
    # "left X dead"
    ("A landmine explosion in the Nawagai area left one security official dead and two others injured.", 1, 2),
])
def test_counts_of_troops_sects_lists_ages_and_left_dead(text, killed, injured):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # the last person noun of a phrase is its noun ("a tribal elder"), so the lists join
    ("A tribal elder along with his guard was shot dead while his two other gunmen sustained injuries.", 2, 2),
    ("A security guard and a lady receptionist of a mobile franchise were shot dead and three customers injured.", 2, 3),
    # a year is no count; a death toll told far from its verb is still the toll
    ("Akbar Ali, one of the planners of the attack on the GHQ on Oct 10, 2009 was killed in an operation in Tank.", 1, None),
    ("The death toll of the July 10 suicide attack on ANP leader Haroon Bilour in Yakatoot area of Peshawar, the "
     "provincial capital of Khyber Pakhtunkhwa, had risen to 21 when an injured activist succumbed.", 21, None),
    # named victims of one verb are not counted for another verb after it
    ("Two SF personnel, identified as Abdul Shakoor and Izhar, were killed and another, Jumma Khan, was injured.", 2, 1),
])
def test_counts_of_lists_years_tolls_and_named_victims(text, killed, injured):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (killed, injured)


def test_some_of_them_are_among_the_count():
    text = "Three members of a militia group, two of them Christians, were arrested from Baliguda on October 6."
    assert find_count(text, "arrested").value == 3


@pytest.mark.parametrize("text, killed", [
    # the crowd a force guarded or a bus carried is not who was killed; a bare count right before the verb is
    ("Two policemen deployed for the security of 300 worshippers were martyred.", 2),
    ("Two policemen guarding a bus carrying 30 pilgrims were killed.", 2),
    ("Two soldiers escorting a team of 12 polio volunteers were killed.", 2),
    ("A suicide bomber struck a mosque where 200 worshippers had gathered, and 12 were killed.", 12),
    ("Five of the 35 tribesmen were killed.", 5),
])
def test_crowds_are_not_the_victims(text, killed):
    assert find_casualties(text)[0].total.value == killed


@pytest.mark.parametrize("text, killed", [
    # a tally over months or years told after the verb is background, not this incident's dead
    ("Two policemen were shot dead in Peshawar on Monday. Police said 45 policemen have been martyred in the "
     "province since January.", 2),
    ("A soldier was killed in a blast. More than 300 soldiers have lost their lives in the district so far this year.", 1),
    ("Three militants were killed in the raid. Over 120 militants have been killed in the past six months.", 3),
    ("Six passengers were killed in the ambush. More than 130 people were killed in sectarian clashes in the district last year.", 6),
    ("Two policemen were killed in the ambush on March 11. At least 34 policemen have been killed in Karachi since January 1.", 2),
    ("A policeman escorting a polio team was shot dead in Tangi on Monday. This was the fourth attack on polio teams in the "
     "district since January, in which three policemen and a vaccinator have been killed.", 1),
    # ... or before it, opening its sentence
    ("Gunmen shot dead a polio worker in Kohat on May 3. Since January, 34 polio workers have been killed in the province.", 1),
    ("Gunmen shot dead a polio worker in Kohat. Since January 2014, 34 polio workers have been killed in the province.", 1),
    ("A soldier was killed in a blast. This year alone, 45 soldiers have died in the district.", 1),
    ("Three militants were killed in the raid. Over the past six months, 120 militants have been killed in the agency.", 3),
    # a period inside the incident's own sentence that is not a tally stays counted, as does the incident a
    # tally after a comma ranks
    ("A soldier was killed in a roadside blast in Mir Ali on Monday, the 45th soldier to die in the district this year.", 1),
    ("Two people were killed since the clashes began on Monday night.", 2),
])
def test_tallies_over_months_are_not_the_incidents_dead(text, killed):
    assert find_casualties(text)[0].total.value == killed


def test_a_fight_leaving_people_dead_counts_them():
    assert find_casualties("The two sides exchanged heavy fire for hours, leaving at least six people dead.")[0].total.value == 6


@pytest.mark.parametrize("text, killed", [
    # a person named before the counted ones, joined by "and", is among the dead
    ("The district president of the ASWJ, Maulana Saifullah Qasmi, and his guard were shot dead in Dera Ismail Khan.", 2),
    ("Maulana Saifullah Qasmi and his guard were shot dead in Bannu.", 2),
    # ... but not a clause with a verb of its own, nor the place before "and"
    ("Militants attacked a post and two soldiers were killed.", 2),
    ("The attack took place in Quetta and two soldiers were killed.", 2),
])
def test_a_named_person_before_and_is_counted_with_the_rest(text, killed):
    assert find_casualties(text)[0].total.value == killed


@pytest.mark.parametrize("text, killed", [
    # bodies found are the dead, counted once with the killing they end
    ("Police recovered three bullet riddled bodies from a deserted plot near Mauripur Road in Karachi on June 11.", 3),
    ("Three bullet riddled bodies were found in a deserted plot in Karachi.", 3),
    ("Two men were shot dead in Karachi. The two bodies were recovered from a plot.", 2),
    ("Police found the bodies of three men with their hands tied.", 3),
])
def test_bodies_found_are_counted_dead(text, killed):
    assert find_casualties(text)[0].total.value == killed


def test_a_headline_that_repeats_the_toll_does_not_double_it():
    # a line break ends a sentence: the headline's toll is the lede's, told again
    killed, _ = find_casualties("Two FC personnel martyred in Bajaur IED blast\nKHAR: Two personnel of the Frontier Corps "
                                "were martyred and three others injured in Mamund on Monday.")
    assert killed.total.value == 2
    killed, _ = find_casualties("Three policemen martyred in Lakki Marwat attack\n\nLAKKI MARWAT: Three policemen were "
                                "martyred when militants attacked a checkpost on Monday.")
    assert killed.total.value == 3


def test_a_hard_wrapped_line_still_counts():
    killed, _ = find_casualties("At least seven people, including two\nchildren, were killed when a bomb exploded in a market.")
    assert killed.total.value == 7
    killed, _ = find_casualties("BANNU: Five\nsoldiers were martyred when terrorists attacked a check post in Bannu on Tuesday.")
    assert killed.total.value == 5


@pytest.mark.parametrize("text", [
    "Earlier, militants attacked a check post in Razmak, killing two soldiers.",
    "A day earlier, militants had attacked a check post in Razmak, killing two soldiers.",
    "The previous day, two soldiers were killed in Razmak.",
])
def test_a_sentence_opening_on_when_it_came_counts_its_dead(text):
    # (not "an earlier attack that killed two soldiers": background)
    assert find_casualties(text)[0].total.value == 2


@pytest.mark.parametrize("text, dead", [
    ("A farmer and his nine year old son were killed when a landmine went off in a field near the village.", 2),
    ("A 14 year old boy was killed when militants opened fire on a wedding party.", 1),
    ("Three labourers, including a sixteen years old boy, were killed when gunmen stormed the camp.", 3),
])
def test_an_age_written_without_hyphens_is_no_count(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    ("Two villagers, a shepherd and his grandson, were killed when a mortar shell landed near their hut.", 2),
    ("Three persons, two women and a child, were killed when a rocket hit their house.", 3),
    ("Two civilians, an elderly man and his six year old granddaughter, were killed in the shelling.", 2),
    # people of every side restated: "people" is no side of its own
    ("Three people, a policeman and two civilians, were killed when militants fired on the check post.", 3),
    ("Four persons, two soldiers and two shopkeepers, were killed in the blast.", 4),
])
def test_a_list_between_commas_that_adds_up_to_the_count_names_the_same_dead(text, dead):
    assert killed(text) == dead


def test_people_told_by_what_they_did_and_joined_by_and_are_added():
    assert killed("A lady health worker engaged in the anti polio campaign and a Levies constable escorting her were "
                  "shot dead by gunmen.") == 2


def test_a_list_that_adds_more_than_the_count_before_it_is_counted():
    assert killed("Two soldiers, two militants and a civilian, were killed in the clash.") == 5


@pytest.mark.parametrize("text, dead", [
    # a speaker's words are no modifier of the count after them
    ("A police spokesman said three policemen were martyred in the attack.", 3),
    # ranks of the Levies and the army are the forces'
    ("Gunmen shot dead a Levies naib risaldar and a sowar in Panjgur.", 2),
    # who the injured man who died was, set off by commas
    ("Two soldiers were martyred and four injured. One of the injured, sepoy Akbar Khan, later succumbed to his "
     "wounds.", 3),
])
def test_counts_of_the_sixth_session(text, dead):
    assert killed(text) == dead


def test_a_levies_rank_is_the_forces_side():
    k, _ = find_casualties("Gunmen shot dead a Levies naib risaldar in Panjgur.")
    assert k.security.value == 1


@pytest.mark.parametrize("text, dead, hurt", [
    ("Five people were injured in a blast in Bannu. One of the injured, constable Ali, nearly died of blood loss but "
     "was saved by doctors.", None, 5),
    # a year or a second count inside the modifiers is no count of its own
    ("A clash between students in Quetta on May 3, 2022 left five students injured.", None, 5),
    ("Militants and soldiers exchanged fire near Miranshah. The two sides left four militants dead.", 4, None),
])
def test_second_reading_misfires_of_the_sixth_session_counts(text, dead, hurt):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (dead, hurt)


def test_smugglers_shot_stay_civilians():
    k, _ = find_casualties("Border guards opened fire on a vehicle carrying fuel smugglers, killing two smugglers.")
    assert k.civilian.value == 2


@pytest.mark.parametrize("text, dead", [
    # a range "between X and Y" counts its lower figure; fighters are militants
    ("Fighting continued near Bagh, where between eight and 12 fighters from both sides were reported killed.", 8),
    ("Clashes left between five and seven policemen dead.", 5),
])
def test_a_range_between_two_figures_counts_the_lower(text, dead):
    assert killed(text) == dead


def test_hundreds_killed_over_the_years_are_a_tally():
    assert killed("Nine militants were killed in a clash in Tirah on May 5. The two groups have been fighting for "
                  "the past four years, and hundreds of militants have been killed in the clashes.") == 9


@pytest.mark.parametrize("text, dead, hurt", [
    # a lede's "have been" is the incident's own toll; only a period makes it a tally
    ("Scores of people have been injured in a suicide blast at a market in Peshawar on Friday.", None, 20),
    ("Two people were killed in fresh clashes in Kurram on Sunday. Hundreds of people have been killed in the "
     "sectarian clashes over the years.", 2, None),
    # a period told of where it happened is no tally of the dead
    ("Three soldiers were killed in Kech where the BLA has been active for the past two decades.", 3, None),
])
def test_second_reading_misfires_of_the_tally_rules(text, dead, hurt):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (dead, hurt)


@pytest.mark.parametrize("text, dead, hurt", [
    # the injured man who died is counted among the killed only
    ("Police said a policeman who was injured in an attack on a check post in Bannu on Monday died at a hospital in "
     "Peshawar on Wednesday.", 1, None),
    ("A soldier who was injured in the blast died in the hospital.", 1, None),
    # not one who nearly died
    ("Two soldiers were injured. A soldier who was injured in the blast on Monday nearly died.", None, 2),
])
def test_who_was_injured_and_died_is_counted_killed_only(text, dead, hurt):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (dead, hurt)


def test_an_injured_man_telling_of_anothers_death_stays_injured():
    _, injured = find_casualties("A policeman who was injured in the attack in Bannu told reporters that his colleague died "
                                 "on the spot.")
    assert injured.total.value == 1


@pytest.mark.parametrize("text, dead, security", [
    # a deed told of the one counted, between him and his verb
    ("Security forces raided a house, and a militant involved in the kidnapping was killed.", 1, None),
    ("Two militants wanted in several cases were killed in the raid.", 2, None),
    # robbers beaten or stoned to death
    ("Two suspected robbers were beaten to death by a mob.", 2, None),
    ("A woman was stoned to death in the village.", 1, None),
    # some of the abducted found dead
    ("The bullet riddled bodies of two of the abducted men were found in a stream.", 2, None),
    # an army captain and a lieutenant are the forces'
    ("A Pakistan Army captain and a sepoy were killed when a bomb went off.", 2, 2),
    ("Two soldiers, including a lieutenant, embraced martyrdom.", 2, 2),
])
def test_counts_of_blind_sets_av_aw_ax(text, dead, security):
    k, _ = find_casualties(text)
    assert (k.total and k.total.value, k.security and k.security.value) == (dead, security)


def test_kidnappers_are_counted_arrested():
    assert find_count("Two kidnappers were arrested, officials said.", "arrested").value == 2


@pytest.mark.parametrize("text, dead", [
    # a death come close to is none
    ("A man narrowly escaped being stoned to death by an angry mob in Mardan District.", 0),
    ("A couple was nearly stoned to death by villagers in Jhang District.", None),
    # a deed told with its own toll ("in which three soldiers were killed") is not the counted men's death
    ("Two militants involved in an attack in which three soldiers were killed were arrested in Dera Ismail Khan.", None),
    ("Three militants involved in the attack in which two policemen were killed were also killed in a raid in Bannu.", 3),
    ("A commander involved in attacks that killed 12 policemen was also killed in the operation.", 1),
    # the deed of one arrested, not of a subject
    ("Police arrested a militant involved in the bombing of a bus two years ago in which 12 passengers were killed.", None),
])
def test_second_reading_misfires_of_the_seventh_session_counts(text, dead):
    k, _ = find_casualties(text)
    assert (k.total and k.total.value) == dead


@pytest.mark.parametrize("text, dead, hurt", [
    # the deed blanked stops at the clause of another count
    ("A militant involved in the attack on the police station was killed while two others were injured in Bannu.", 1, 2),
    ("Four terrorists involved in the Bannu cantonment attack were killed and a soldier was martyred in the raid.", 5, None),
])
def test_second_reading_misfires_of_the_deed_blanking(text, dead, hurt):
    k, i = find_casualties(text)
    assert (k.total and k.total.value, i.total and i.total.value) == (dead, hurt)


@pytest.mark.parametrize("text, dead", [
    # the victim told between the verb and "to death"
    ("Villagers beat a suspected thief to death in Kech District on Monday.", 1),
    ("An angry mob beat two alleged robbers to death near Sukkur.", 2),
    ("Unknown men stabbed a shopkeeper to death in Quetta.", 1),
    ("Militants hacked three villagers to death with axes in Kurram.", 3),
    # not a death ("beat him black and blue", "beat the drums")
    ("Police beat the protesters and dispersed them in Lahore.", None),
])
def test_a_victim_told_inside_beat_to_death_is_counted(text, dead):
    k, _ = find_casualties(text)
    assert (k.total and k.total.value) == dead


def test_a_passerby_is_counted_a_civilian():
    k, _ = find_casualties("Five policemen and a passerby were killed when a suicide bomber blew himself up.")
    assert (k.total.value, k.civilian.value) == (6, 1)


def test_others_hurt_take_no_side_from_the_attackers_named_after_them():
    _, injured = find_casualties("Four passengers were killed and two others were injured when unidentified militants "
                                 "ambushed a passenger vehicle.")
    assert injured.militant is None


@pytest.mark.parametrize("text, side, hurt", [
    # a bare count that leaves its noun out has the noun of the count joined before it
    ("Militants ambushed a police van in Tank on Monday, leaving three policemen dead and five injured.", "security", 5),
    ("Troops killed four militants and wounded two in an exchange of fire in Datta Khel.", "militant", 2),
])
def test_a_bare_count_takes_the_side_of_the_count_before_it(text, side, hurt):
    _, i = find_casualties(text)
    assert getattr(i, side).value == hurt


@pytest.mark.parametrize("text, dead", [
    # one more named after those counted
    ("A tribal elder was shot dead along with his nephew near Wana on Friday.", 2),
    # the two "of them"
    ("Three men stormed the checkpost; in the exchange of fire two of them were killed.", 2),
])
def test_companions_and_the_ones_of_them_are_counted(text, dead):
    assert killed(text) == dead


def test_a_victim_opened_by_a_rank_and_a_name_is_of_the_forces():
    k, _ = find_casualties("Head Constable Ghulam Rasool, posted at the Saddar police station, was gunned down in Kohat.")
    assert (k.total.value, k.security and k.security.value) == (1, 1)


def test_a_tally_of_the_previous_year_counts_no_one():
    assert killed("The police said in a report that 45 militants were killed in the province during the previous year.") is None


@pytest.mark.parametrize("text, killed", [
    # a count owned by the one counted before it ("his two sons") is counted with him
    ("Gunmen shot dead a schoolteacher along with his two sons in Lakki Marwat on Monday.", 3),
    # (not a count told in a clause of its own: "killed a cleric, and his three students were injured")
    ("Gunmen killed a cleric, and his three students were injured in Lakki Marwat on Monday.", 1),
    ("A schoolteacher was shot dead along with his two sons in Lakki Marwat on Monday.", 3),
    # one companion without a count is still one
    ("A schoolteacher was shot dead along with his nephew in Lakki Marwat on Monday.", 2),
])
def test_kin_counted_along_with_the_victim(text, killed):
    assert find_casualties(text)[0].total.value == killed


@pytest.mark.parametrize("text", [
    "Inspector Ghulam Rasool, the SHO of the Saddar police station, and his guard, Imdad Ali, were gunned down near the bazaar.",
    "A Deputy Superintendent of Police (DSP), Nasir Khan, and his bodyguard were killed when gunmen ambushed their car.",
])
def test_an_officer_of_the_forces_and_his_guard_are_of_the_forces(text):
    # a bodyguard takes his principal's side
    killed, _ = find_casualties(text)
    assert (killed.total.value, killed.security.value if killed.security else None) == (2, 2)


def test_a_leader_and_his_guard_keep_no_side():
    killed, _ = find_casualties("The district president of the party, Maulana Abdul Ghani, and his guard were shot dead.")
    assert (killed.total.value, killed.security) == (2, None)


def test_an_officers_son_is_no_officer():
    killed, _ = find_casualties("The SHO's son, Ahmed Khan, and his guard were shot dead near their house in Kohat.")
    assert (killed.total.value, killed.security) == (2, None)


def test_earlier_the_same_day_is_when_not_background():
    killed, _ = find_casualties("Earlier the same day, militants attacked a Levies station near Surab, killing three Levies "
                                "personnel.")
    assert killed.total.value == 3
