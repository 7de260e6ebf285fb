from common import *

# ---------------------------------------------------------------- DC-01
report(1, "Associated Press", """
KHAR, Pakistan (AP) — A suicide bomber blew himself up among worshippers at a village mosque in Pakistan's northwestern Bajaur district during Friday prayers, killing 17 worshippers, including the prayer leader, and wounding more than 40 others, police said.

The attack took place in Sheikhan Kalay, a farming village in Mamund tehsil about 20 kilometers (12 miles) from the Afghan border, said district police chief Nazir Gul Afridi. He said the bomber, who appeared to be in his late teens, walked into the main hall as the sermon ended and detonated a vest packed with ball bearings.

"The roof partly collapsed on the worshippers. Many of the wounded are in critical condition," Afridi told The Associated Press by phone. Several of the injured were flown by military helicopter to Peshawar, the capital of Khyber Pakhtunkhwa province.

Islamic State-Khorasan Province, the regional affiliate of the Islamic State group, claimed responsibility in a statement on its Amaq news agency, saying the imam had "sided with the apostate Taliban." The Pakistani Taliban, formally known as Tehreek-e-Taliban Pakistan, denied involvement and condemned the bombing.

IS-Khorasan has repeatedly targeted clerics and members of religious parties in Bajaur, viewing them as rivals for recruits. In July, a suicide bomber killed 63 people at an election rally of a religious party in Khar, the district's main town. Weeks later, gunmen on a motorcycle shot dead a local cleric in Nawagai, near the border.

Bajaur, a former tribal region, was a Taliban stronghold until army offensives in 2008 and 2009 pushed many fighters across the border into Afghanistan. Pakistan says militants again find shelter there since the Taliban returned to power in 2021, a charge the Afghan government denies.
""",
actors=[ISKP("Islamic State-Khorasan Province", "IS-Khorasan"),
        TTP("Pakistani Taliban", "Tehreek-e-Taliban Pakistan"),
        POL("police"), SF("military", "army")],
people=[pe("Nazir Gul Afridi", ["Nazir Gul Afridi", "Afridi"], ["district police chief"])],
places=[pl("Khar", "town", KP, "Bajaur"), pl("Bajaur district", "district", KP, "Bajaur"),
        pl("Sheikhan Kalay", "town", KP, "Bajaur"), pl("Mamund", "area", KP, "Bajaur"),
        pl("Peshawar", "city", KP, "Peshawar"), pl("Khyber Pakhtunkhwa", "province", KP, None),
        pl("Nawagai", "town", KP, "Bajaur"), pl("Afghanistan", "country", None, None)],
quotes=[q("Nazir Gul Afridi", "The roof partly collapsed on the worshippers"),
        q("Nazir Gul Afridi", "Many of the wounded are in critical condition"),
        q("Islamic State-Khorasan Province", "sided with the apostate Taliban")],
incidents=[
    inc("A suicide bomber blew himself up among worshippers at a village mosque", "Suicide bomb",
        "Bombing/Explosion", "Islamic State-Khorasan Province", "Civilians", "Sheikhan Kalay", 1,
        "during Friday prayers", 17, {"civilians": 17}, 40,
        "IS-Khorasan claimed the bombing, so it is actor1 although the TTP was also named (it denied involvement). "
        "The dead are 'worshippers', a civilian role, so all 17 are civilians; the bomber is not counted. "
        "'More than 40' = 40 injured. The dateline town Khar is not the attack site."),
    inc("a suicide bomber killed 63 people at an election rally of a religious party in Khar", "Suicide bomb",
        "Bombing/Explosion", "Unidentified Armed Group", "Civilians", "Khar", 1, "In July", 63, {}, None,
        BG + "No claim is reported in the text for this bombing (the IS-Khorasan sentence before it is a general "
        "profile), so actor1 is Unidentified. Dead are 'people', so no side."),
    inc("gunmen on a motorcycle shot dead a local cleric in Nawagai", "Attack", "Armed Assault",
        "Unidentified Armed Group", "Civilians", "Nawagai", 1, "Weeks later", 1, {"civilians": 1}, None,
        BG + "A local cleric is a civilian role; not a prominent figure, so Armed Assault rather than Assassination. "
        "The date is only relative ('Weeks later' than July)."),
],
not_incidents=["IS-Khorasan has repeatedly targeted clerics and members of religious parties in Bajaur",
               "army offensives in 2008 and 2009 pushed many fighters across the border into Afghanistan"],
profiles={"Islamic State-Khorasan Province": {
    "area": ["Bajaur"], "gtd_target_types": ["Religious Figures/Institutions", "Government (General)"],
    "evidence": "IS-Khorasan has repeatedly targeted clerics and members of religious parties in Bajaur"}})

# ---------------------------------------------------------------- DC-02
report(2, "Reuters", """
QUETTA, Pakistan, Aug 26 (Reuters) - Gunmen in southwestern Pakistan blocked a highway overnight, checked travellers' identity cards and shot dead 19 passengers and drivers who came from Punjab province, officials said on Monday, in one of two attacks claimed by a separatist group.

About a dozen gunmen set up a roadblock on the highway near Narwar Kach in Musakhel district of Balochistan shortly before midnight, senior district official Abdul Hameed Kakar told Reuters. "They offloaded people from buses and trucks, separated those from Punjab and shot them one by one," he said. The attackers also set fire to 10 trucks and two passenger vans before escaping into the hills.

Hours later, militants attacked a Levies checkpoint in Kalat district, killing five Levies personnel and a civilian watchman, district police officer Sajid Mengal said. One attacker was killed when the guards returned fire.

The Balochistan Liberation Army (BLA) claimed responsibility for both attacks in a statement sent to journalists, saying its fighters had targeted "agents of the occupying state". A spokesman who gave his name as Azad Baloch warned that the campaign would widen.

Provincial government spokeswoman Nazia Durrani condemned what she called the "cowardly massacre of innocent labourers" and said a search operation was under way.

In April, gunmen pulled nine passengers off a bus near Noshki and killed them after checking their identity cards. Last year, 14 soldiers were killed when militants ambushed a convoy in Kech district.

The BLA, the most prominent of several ethnic Baloch insurgent groups, has long attacked security forces, gas pipelines and Chinese nationals working on projects linked to the China-Pakistan Economic Corridor, accusing Islamabad of plundering the province's gas and minerals. Balochistan, Pakistan's largest but poorest province, borders Iran and Afghanistan.
""",
actors=[BLA("Balochistan Liberation Army", "BLA"), LEV("Levies"), SF("soldiers", "security forces")],
people=[pe("Abdul Hameed Kakar", ["Abdul Hameed Kakar"], ["senior district official"]),
        pe("Sajid Mengal", ["Sajid Mengal"], ["district police officer"]),
        pe("Azad Baloch", ["Azad Baloch"], ["BLA spokesman (nom de guerre)"]),
        pe("Nazia Durrani", ["Nazia Durrani"], ["provincial government spokeswoman"])],
places=[pl("Punjab", "province", PU, None),
        pl("Narwar Kach", "town", BA, "Musakhel"), pl("Musakhel district", "district", BA, "Musakhel"),
        pl("Balochistan", "province", BA, None), pl("Kalat district", "district", BA, "Kalat"),
        pl("Noshki", "town", BA, "Noshki"), pl("Kech district", "district", BA, "Kech"),
        pl("Islamabad", "city", ICT, "Islamabad"), pl("Iran", "country", None, None),
        pl("Afghanistan", "country", None, None)],
quotes=[q("Abdul Hameed Kakar", "They offloaded people from buses and trucks"),
        q("Balochistan Liberation Army", "agents of the occupying state"),
        q("Nazia Durrani", "cowardly massacre of innocent labourers")],
incidents=[
    inc("shot dead 19 passengers and drivers who came from Punjab province", "Attack", "Armed Assault",
        "Balochistan Liberation Army", "Civilians", "Narwar Kach", 2, "overnight", 19, {"civilians": 19}, None,
        "The BLA claimed 'both attacks'. Passengers and drivers are civilian roles. 'Near Narwar Kach', hence "
        "precision 2. The burning of 10 trucks and two vans happened during the same roadblock by the same "
        "attackers, so it is kept inside this record rather than coded as a separate Looting/property destruction "
        "event. The search operation has no reported outcome and is not coded."),
    inc("militants attacked a Levies checkpoint in Kalat district", "Armed clash", "Armed Assault",
        "Balochistan Liberation Army", "Levies", "Kalat district", 2, "Hours later", 7,
        {"security_forces": 5, "civilians": 1, "militants": 1}, None,
        "Second fresh incident, also covered by the BLA's claim of 'both attacks'. An attack on a Levies post with "
        "return fire is Battles/Armed clash. Five Levies, one civilian watchman and one attacker killed. Only the "
        "district is given, hence precision 2."),
    inc("gunmen pulled nine passengers off a bus near Noshki and killed them", "Attack", "Armed Assault",
        "Unidentified Armed Group", "Civilians", "Noshki", 2, "In April", 9, {"civilians": 9}, None,
        BG + "No claim stated for it. Passengers are civilians. 'Near Noshki', precision 2."),
    inc("14 soldiers were killed when militants ambushed a convoy in Kech district", "Armed clash", "Armed Assault",
        "Unidentified Armed Group", "Security Forces", "Kech district", 2, "Last year", 14,
        {"security_forces": 14}, None,
        BG + "Ambush of a military convoy: Battles/Armed clash per the coding rules. Only the district is known."),
],
not_incidents=["The BLA, the most prominent of several ethnic Baloch insurgent groups, has long attacked security forces, gas pipelines and Chinese nationals",
               "said a search operation was under way"],
profiles={"Balochistan Liberation Army": {
    "area": ["Balochistan"], "gtd_target_types": ["Military", "Utilities", "Business"],
    "evidence": "has long attacked security forces, gas pipelines and Chinese nationals working on projects linked to the China-Pakistan Economic Corridor"}})

# ---------------------------------------------------------------- DC-03
report(3, "Associated Press", """
MIRANSHAH, Pakistan (AP) — Pakistani fighter jets pounded suspected militant hideouts in the North Waziristan tribal region early Sunday, killing 23 insurgents, including several foreign fighters, the military said.

A military statement said the strikes hit compounds in the Shawal valley and near the village of Zartangi in the Datta Khel area, destroying ammunition dumps. It said some of the dead were Uzbek fighters linked to the gunmen who attacked Karachi's international airport a week ago. The toll could not be independently verified because journalists are barred from the region.

Residents of Mir Ali and Miranshah said jets flew over the area through the night. Hundreds of families were seen leaving by road for the town of Bannu, fearing a ground offensive, a security official said on condition of anonymity because he was not authorized to brief reporters.

"We will not allow any part of the country to be used as a sanctuary by terrorists," said Brig. Faisal Nawaz Durrani, a regional military spokesman.

The airstrikes came a week after 10 gunmen disguised as security guards stormed the old terminal of Jinnah International Airport in Karachi, killing 26 people in an overnight siege before all 10 attackers were killed. The Pakistani Taliban and the Islamic Movement of Uzbekistan both claimed responsibility.

In February, peace talks between the government and the Taliban collapsed after a Pakistani Taliban faction in the Mohmand tribal region said it had executed 23 paramilitary soldiers it had held captive since 2010.

North Waziristan has long served as a base for the Pakistani Taliban, al-Qaida and the Haqqani network, which attacks U.S. and Afghan forces across the border in Afghanistan. Washington has for years pressed Islamabad to launch a full offensive there.
""",
actors=[SF("military", "soldiers"), TTP("Pakistani Taliban", "Taliban"),
        ac("Islamic Movement of Uzbekistan", "armed_group", 2, "Islamic Movement of Uzbekistan"),
        ac("al-Qaida", "armed_group", 2, "al-Qaida"),
        ac("Haqqani Network", "armed_group", 2, "Haqqani network")],
people=[pe("Faisal Nawaz Durrani", ["Faisal Nawaz Durrani"], ["brigadier", "regional military spokesman"])],
places=[pl("Miranshah", "town", KP, "North Waziristan"), pl("North Waziristan", "district", KP, "North Waziristan"),
        pl("Shawal valley", "area", KP, "North Waziristan"), pl("Zartangi", "town", KP, "North Waziristan"),
        pl("Datta Khel", "area", KP, "North Waziristan"), pl("Karachi", "city", SI, "Karachi"),
        pl("Bannu", "city", KP, "Bannu"), pl("Mir Ali", "town", KP, "North Waziristan"),
        pl("Jinnah International Airport", "area", SI, "Karachi"), pl("Mohmand", "district", KP, "Mohmand"),
        pl("Afghanistan", "country", None, None), pl("Islamabad", "city", ICT, "Islamabad")],
quotes=[q("Faisal Nawaz Durrani", "We will not allow any part of the country")],
incidents=[
    inc("Pakistani fighter jets pounded suspected militant hideouts in the North Waziristan tribal region",
        "Air/drone strike", None, "Security Forces", "Unidentified Armed Group", "North Waziristan", 2,
        "early Sunday", 23, {"militants": 23}, None,
        "State air strikes: actor1 Security Forces, no GTD type (state action). The strikes hit two areas "
        "(Shawal valley; near Zartangi in Datta Khel), so one record at district level, precision 2. The dead are "
        "'insurgents', i.e. militants; their group is not named (only 'linked to' the airport attackers)."),
    inc("10 gunmen disguised as security guards stormed the old terminal of Jinnah International Airport in Karachi",
        "Armed clash", "Armed Assault", "Tehreek-e-Taliban Pakistan", "Security Forces",
        "Jinnah International Airport", 1, "a week ago", 36, {"militants": 10}, None,
        BG + "Both the Pakistani Taliban and the IMU claimed it; the first-named claimant is actor1 and the IMU is "
        "listed in actors. Killed = 26 people + 10 attackers. Coded as Battles because the siege ended with all "
        "attackers killed by (implied) security forces; the 26 victims have no stated side. Judgement call: "
        "Violence against civilians/Attack would be the alternative."),
    inc("said it had executed 23 paramilitary soldiers it had held captive since 2010", "Attack",
        "Hostage Taking (Kidnapping)", "Tehreek-e-Taliban Pakistan", "Security Forces", "Mohmand", 2,
        "In February", 23, {"security_forces": 23}, None,
        BG + "Captives held since 2010 and then killed: Attack with GTD Kidnapping, per the rules. The faction "
        "is not named, so it is coded to the Pakistani Taliban, whose faction claimed it."),
],
not_incidents=["Hundreds of families were seen leaving by road for the town of Bannu",
               "North Waziristan has long served as a base for the Pakistani Taliban, al-Qaida and the Haqqani network",
               "peace talks between the government and the Taliban collapsed"],
profiles={"Haqqani Network": {"area": ["Afghanistan"], "gtd_target_types": ["Military"],
                              "evidence": "which attacks U.S. and Afghan forces across the border in Afghanistan"}})

# ---------------------------------------------------------------- DC-04
report(4, "Reuters", """
PESHAWAR, Pakistan, Sept 3 (Reuters) - Missiles fired by a suspected U.S. drone struck a house in Pakistan's North Waziristan region on Friday, killing seven people, including a mid-level militant commander, Pakistani intelligence officials said.

Two missiles hit a mud-brick compound in the village of Ghundi Kala, about 25 km (15 miles) east of Miranshah, the region's main town, two officials said on condition of anonymity. They identified the commander as Abdul Wali Dawar, who they said was close to the Haqqani network, an Afghan militant faction. Officials said five of the dead were militants. A relative told Reuters by telephone that two of the commander's teenage sons were also killed.

It was the ninth suspected drone strike in North Waziristan in two weeks. The United States does not officially acknowledge the programme, and Pakistan publicly condemns the strikes as a violation of its sovereignty.

Local tribesmen say the strikes frequently kill bystanders, and the government has come under pressure from opposition parties to stop cooperating with Washington. "Every family here has buried someone. Nobody tells us who is on their list," said Malik Sher Zaman, a tribal elder from the area.

In August last year, a drone strike killed the then chief of the Pakistani Taliban at his father-in-law's house in South Waziristan. His successor vowed revenge, and the group has since carried out a string of suicide bombings in Pakistani cities.

Washington says the strikes have killed senior al Qaeda and Taliban figures hiding in the tribal belt, while human rights groups say hundreds of civilians have also died. The campaign has intensified sharply this year as U.S. commanders push to weaken militants fighting NATO forces in Afghanistan.
""",
actors=[ac("Haqqani Network", "armed_group", 2, "Haqqani network"), TTP("Pakistani Taliban"),
        ac("al Qaeda", "armed_group", 2, "al Qaeda")],
people=[pe("Abdul Wali Dawar", ["Abdul Wali Dawar"], ["mid-level militant commander", "killed in the drone strike"]),
        pe("Malik Sher Zaman", ["Malik Sher Zaman"], ["tribal elder"])],
places=[pl("North Waziristan", "district", KP, "North Waziristan"),
        pl("Ghundi Kala", "town", KP, "North Waziristan"), pl("Miranshah", "town", KP, "North Waziristan"),
        pl("South Waziristan", "district", KP, "South Waziristan"), pl("Afghanistan", "country", None, None)],
quotes=[q("Malik Sher Zaman", "Every family here has buried someone")],
incidents=[
    inc("Missiles fired by a suspected U.S. drone struck a house", "Air/drone strike", None, None,
        "Unidentified Armed Group", "Ghundi Kala", 1, "on Friday", 7, {"militants": 5, "civilians": 2}, None,
        "Foreign forces (inter 8) are left out by the coding rules, so actor1 is null. Officials say five dead "
        "were militants (commander included); a relative says two teenage sons also died - a militant's family "
        "are civilians. Read as 5 + 2 = 7; it is possible the officials counted the sons among the militants. "
        "The commander is only 'close to' the Haqqani network, so actor2 stays Unidentified. No GTD type: "
        "a state military strike is not terrorism."),
    inc("a drone strike killed the then chief of the Pakistani Taliban", "Air/drone strike", None, None,
        "Tehreek-e-Taliban Pakistan", "South Waziristan", 2, "In August last year", 1, {"militants": 1}, None,
        BG + "Foreign drone, actor1 null as above. Only the district is given."),
],
not_incidents=["the group has since carried out a string of suicide bombings in Pakistani cities",
               "human rights groups say hundreds of civilians have also died",
               "It was the ninth suspected drone strike in North Waziristan in two weeks"],
profiles={"Haqqani Network": {"area": ["Afghanistan"], "evidence": "an Afghan militant faction"}})

# ---------------------------------------------------------------- DC-05
report(5, "AFP", """
QUETTA (AFP) - A bomb hidden in a vegetable cart ripped through a crowded market in a Shiite Hazara neighbourhood of the southwestern Pakistani city of Quetta on Saturday, killing 11 people, including three children, officials said.

The blast struck the fruit and vegetable market in Hazara Town as shoppers bought food for the evening meal, senior police officer Hamid Shah Kakar told AFP. "The device carried about 20 kilogrammes of explosives and was detonated by remote control. It was planted to cause maximum casualties," he said.

At least 35 people were wounded, several critically, said Dr Ayesha Qambrani at the city's main hospital. A hospital official later put the death toll at 13, but the provincial home department confirmed 11 deaths.

Lashkar-e-Jhangvi, a banned Sunni militant group, claimed responsibility. Its spokesman Abu Bakr Mansoor told AFP by telephone from an undisclosed location that "more Shiites will be targeted".

Hours later, gunmen on a motorcycle shot dead a Shiite doctor outside his clinic on Jinnah Road in central Quetta, police said.

By nightfall hundreds of Hazara mourners, many of them women, had staged a sit-in on the main road with the coffins, refusing to bury the dead until the army takes control of the city's security.

Lashkar-e-Jhangvi also claimed twin suicide bombings at a snooker hall on Alamdar Road in January that killed more than 80 people.

The group, which has links to al Qaeda, has killed hundreds of Shiites across Pakistan in bombings and shootings. Hazaras, who number around half a million in Quetta, are easily recognised by their Central Asian features and have been repeatedly targeted by Sunni extremists who regard Shiites as heretics.
""",
actors=[LEJ("Lashkar-e-Jhangvi"), ac("al Qaeda", "armed_group", 2, "al Qaeda"), POL("police"), SF("army")],
people=[pe("Hamid Shah Kakar", ["Hamid Shah Kakar"], ["senior police officer"]),
        pe("Ayesha Qambrani", ["Dr Ayesha Qambrani"], ["doctor at the city's main hospital"]),
        pe("Abu Bakr Mansoor", ["Abu Bakr Mansoor"], ["Lashkar-e-Jhangvi spokesman"])],
places=[pl("Quetta", "city", BA, "Quetta"), pl("Hazara Town", "area", BA, "Quetta"),
        pl("Jinnah Road", "area", BA, "Quetta"), pl("Alamdar Road", "area", BA, "Quetta")],
quotes=[q("Hamid Shah Kakar", "The device carried about 20 kilogrammes of explosives"),
        q("Hamid Shah Kakar", "It was planted to cause maximum casualties"),
        q("Abu Bakr Mansoor", "more Shiites will be targeted")],
incidents=[
    inc("A bomb hidden in a vegetable cart ripped through a crowded market", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Lashkar-e-Jhangvi", "Civilians", "Hazara Town", 1, "on Saturday", 11, {}, 35,
        "Remote-detonated bomb in the Hazara Town market, claimed by LeJ. The toll differs (hospital official 13, "
        "home department 11): the conservative 11 is used. The dead are 'people' (incl. three children), so no side."),
    inc("gunmen on a motorcycle shot dead a Shiite doctor outside his clinic", "Attack", "Armed Assault",
        "Unidentified Armed Group", "Civilians", "Jinnah Road", 1, "Hours later", 1, {"civilians": 1}, None,
        "Second fresh incident. The LeJ claim covers the market bombing only, so this shooting stays Unidentified. "
        "A doctor is a civilian role; not a prominent target, so Armed Assault."),
    inc("hundreds of Hazara mourners, many of them women, had staged a sit-in on the main road with the coffins",
        "Peaceful protest", None, "Protesters", None, "Hazara Town", 2, "By nightfall", 0, {}, None,
        "A peaceful sit-in with the coffins; no intervention is reported. 'The main road' is not named; the "
        "neighbourhood is implied, hence precision 2. Protests get no GTD type."),
    inc("twin suicide bombings at a snooker hall on Alamdar Road", "Suicide bomb", "Bombing/Explosion",
        "Lashkar-e-Jhangvi", "Civilians", "Alamdar Road", 1, "in January", 80, {}, None,
        BG + "Claimed by LeJ. Two bombings at one site coded as one event. 'More than 80' = 80; 'people', no side."),
],
not_incidents=["has killed hundreds of Shiites across Pakistan in bombings and shootings",
               "have been repeatedly targeted by Sunni extremists who regard Shiites as heretics"],
relations=[rel("Lashkar-e-Jhangvi", "al Qaeda", "allied", "The group, which has links to al Qaeda")],
profiles={"Lashkar-e-Jhangvi": {"gtd_attack_types": ["Bombing/Explosion", "Armed Assault"],
                                "gtd_target_types": ["Private Citizens & Property"],
                                "evidence": "has killed hundreds of Shiites across Pakistan in bombings and shootings"}})

# ---------------------------------------------------------------- DC-06
report(6, "Associated Press", """
ISLAMABAD (AP) — Gunmen on a motorcycle opened fire on a police checkpoint on the outskirts of Pakistan's capital late Monday, killing two officers and wounding a third before speeding away, police said.

The attack happened at a checkpoint in the Tarnol area on the western edge of Islamabad, where police stop vehicles entering the city from the road to Fateh Jang, said Islamabad police spokesman Taimoor Abbasi. He identified the slain officers as constables Mohammad Riaz and Shakeel Ahmed.

"They were checking a car when the attackers came from behind and fired at them without warning," Abbasi said. He said police had detained 11 suspects in raids on nearby villages overnight.

A spokesman for the Pakistani Taliban, Ahmed Marwat, claimed responsibility in a message to reporters, saying the group would continue to target police "who protect the infidel system."

Attacks in the capital have been rare since a military offensive in 2014 drove the Pakistani Taliban from their strongholds in the tribal regions along the Afghan border, though the group has regrouped and stepped up attacks in the northwest this year.

The capital has been hit before. In September 2008, a suicide truck bomb outside the Marriott Hotel in Islamabad killed 54 people, including several foreigners. In March 2014, gunmen and suicide bombers attacked a court complex in the city's F-8 sector, killing 11 people, including a judge.

The Pakistani Taliban, an umbrella group of militant factions, has fought the state since 2007, seeking to impose its harsh interpretation of Islamic law. Most of its leaders are believed to be based in Afghanistan.
""",
actors=[POL("police"), TTP("Pakistani Taliban"), SF("military")],
people=[pe("Taimoor Abbasi", ["Taimoor Abbasi", "Abbasi"], ["Islamabad police spokesman"]),
        pe("Mohammad Riaz", ["Mohammad Riaz"], ["constable", "killed"]),
        pe("Shakeel Ahmed", ["Shakeel Ahmed"], ["constable", "killed"]),
        pe("Ahmed Marwat", ["Ahmed Marwat"], ["Pakistani Taliban spokesman"])],
places=[pl("Islamabad", "city", ICT, "Islamabad"), pl("Tarnol", "area", ICT, "Islamabad"),
        pl("Fateh Jang", "town", PU, "Attock"), pl("Marriott Hotel", "area", ICT, "Islamabad"),
        pl("F-8 sector", "area", ICT, "Islamabad"), pl("Afghanistan", "country", None, None)],
quotes=[q("Taimoor Abbasi", "They were checking a car when the attackers came from behind"),
        q("Ahmed Marwat", "who protect the infidel system")],
incidents=[
    inc("Gunmen on a motorcycle opened fire on a police checkpoint", "Armed clash", "Armed Assault",
        "Tehreek-e-Taliban Pakistan", "Police", "Tarnol", 1, "late Monday", 2, {"security_forces": 2}, 1,
        "Claimed by the Pakistani Taliban. An attack on police is Battles/Armed clash per the rules even though "
        "one-sided. Two constables killed, one officer wounded. The detention of 11 suspects in raids is tied to "
        "this attack, so it stays in this record rather than a separate Arrests event."),
    inc("a suicide truck bomb outside the Marriott Hotel in Islamabad killed 54 people", "Suicide bomb",
        "Bombing/Explosion", "Unidentified Armed Group", "Civilians", "Marriott Hotel", 1, "In September 2008",
        54, {}, None, BG + "No claim is stated. 'People, including several foreigners': no side."),
    inc("gunmen and suicide bombers attacked a court complex in the city's F-8 sector", "Suicide bomb",
        "Bombing/Explosion", "Unidentified Armed Group", "Civilians", "F-8 sector", 1, "In March 2014", 11, {},
        None, BG + "A mixed gun and suicide-bomb assault; coded by its most severe element (Suicide bomb). A judge "
        "was among the dead but the text does not say he was the target, so not Assassination. 'People': no side."),
],
not_incidents=["a military offensive in 2014 drove the Pakistani Taliban from their strongholds",
               "the group has regrouped and stepped up attacks in the northwest this year",
               "has fought the state since 2007, seeking to impose its harsh interpretation of Islamic law"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Afghanistan"], "gtd_target_types": ["Police"],
                                         "evidence": "the group would continue to target police"}})

# ---------------------------------------------------------------- DC-07
report(7, "Reuters", """
PESHAWAR, Pakistan, March 6 (Reuters) - A suicide bomber rammed an explosives-laden car into the gate of a paramilitary fort in northwest Pakistan on Thursday and gunmen then tried to storm the compound, killing four soldiers in an assault that lasted more than two hours, officials said.

The bomber struck the main gate of the Frontier Constabulary fort at Wanda Mir Jan in Lakki Marwat district shortly after dawn, killing three soldiers, district police chief Nawaz Khan Gandapur said. Five other attackers wearing suicide vests then tried to enter through the breach and were killed in a gunfight in which a fourth soldier died.

"The walls held. Had they entered, it would have been a massacre," Gandapur told Reuters. Twelve people, including six children from a nearby madrasa, were wounded when the blast brought down part of a mosque roof next to the fort.

The Hafiz Gul Bahadur Group, a militant faction based in neighbouring North Waziristan, claimed responsibility in a statement on a messaging app. The faction operates separately from the Pakistani Taliban but shares its aim of overthrowing the government.

Lakki Marwat has seen a string of attacks on police and paramilitary posts this year, and policemen in the district have complained that they are outgunned by militants equipped with night-vision goggles and modern rifles.

In July last year, a suicide bomber detonated a vehicle packed with explosives against the wall of the Bannu Cantonment, killing eight soldiers.

Attacks by the Pakistani Taliban and allied factions have surged in Khyber Pakhtunkhwa since the Taliban's return to power in Afghanistan in 2021. Islamabad accuses the Afghan Taliban of giving militants sanctuary, a charge they deny.
""",
actors=[ac("Frontier Constabulary", "state_force", 1, "Frontier Constabulary"),
        ac("Hafiz Gul Bahadur Group", "armed_group", 2, "Hafiz Gul Bahadur Group"),
        TTP("Pakistani Taliban"), SF("soldiers")],
people=[pe("Nawaz Khan Gandapur", ["Nawaz Khan Gandapur", "Gandapur"], ["district police chief"])],
places=[pl("Wanda Mir Jan", "town", KP, "Lakki Marwat"),
        pl("Lakki Marwat district", "district", KP, "Lakki Marwat"),
        pl("North Waziristan", "district", KP, "North Waziristan"),
        pl("Bannu Cantonment", "area", KP, "Bannu"), pl("Khyber Pakhtunkhwa", "province", KP, None),
        pl("Afghanistan", "country", None, None), pl("Islamabad", "city", ICT, "Islamabad")],
quotes=[q("Nawaz Khan Gandapur", "The walls held")],
incidents=[
    inc("A suicide bomber rammed an explosives-laden car into the gate of a paramilitary fort", "Suicide bomb",
        "Bombing/Explosion", "Hafiz Gul Bahadur Group", "Frontier Constabulary", "Wanda Mir Jan", 1,
        "on Thursday", 3, {"security_forces": 3}, 12,
        "First phase of a complex attack, split in two records because the text gives separate tolls for each "
        "phase: the car bomb killed three soldiers and its blast wounded 12 people (incl. six madrasa children). "
        "The bomber is not counted. Claimed by the Hafiz Gul Bahadur Group."),
    inc("Five other attackers wearing suicide vests then tried to enter through the breach", "Armed clash",
        "Armed Assault", "Hafiz Gul Bahadur Group", "Frontier Constabulary", "Wanda Mir Jan", 1, "on Thursday", 6,
        {"security_forces": 1, "militants": 5}, None,
        "Second phase: gunfight in which five attackers and a fourth soldier died. Total soldiers across both "
        "records = four, as the lead says. Judgement call: ACLED sometimes codes such a complex attack as a single "
        "Suicide bomb event."),
    inc("a suicide bomber detonated a vehicle packed with explosives against the wall of the Bannu Cantonment",
        "Suicide bomb", "Bombing/Explosion", "Unidentified Armed Group", "Security Forces", "Bannu Cantonment", 1,
        "In July last year", 8, {"security_forces": 8}, None, BG + "No claim is stated in the text."),
],
not_incidents=["Lakki Marwat has seen a string of attacks on police and paramilitary posts this year",
               "Attacks by the Pakistani Taliban and allied factions have surged in Khyber Pakhtunkhwa"],
relations=[rel("Hafiz Gul Bahadur Group", "Tehreek-e-Taliban Pakistan", "allied",
               "The faction operates separately from the Pakistani Taliban but shares its aim of overthrowing the government")],
profiles={"Hafiz Gul Bahadur Group": {"area": ["North Waziristan"],
                                      "evidence": "a militant faction based in neighbouring North Waziristan"}})

# ---------------------------------------------------------------- DC-08
report(8, "Associated Press", """
MINGORA, Pakistan (AP) — Gunmen ambushed the car of a provincial lawmaker in Pakistan's Swat Valley on Wednesday, killing him and his bodyguard in an attack claimed by the Pakistani Taliban, police said.

Shamsher Ali Yousafzai, a member of the secular Awami National Party, was driving home from a funeral in the village of Kota Banr, near the town of Kabal, when gunmen hiding in a maize field opened fire, said Swat police official Iqbal Hussain Khattak. His driver was wounded and taken to a hospital in Mingora, the valley's main town.

Pakistani Taliban spokesman Qari Zubair Swati called reporters to claim the killing. "The ANP supported the military operations against us. Its leaders will not be spared," he said.

The Awami National Party, which governed Khyber Pakhtunkhwa province until this year, has been the Taliban's main political target. Last December, a suicide bomber killed a senior ANP provincial minister and eight others at a party meeting in Peshawar. The Taliban also threatened to attack the party's election rallies in May, forcing many of its candidates to campaign from behind closed doors.

The Taliban controlled much of Swat until a 2009 military offensive drove them out, but militants have carried out a string of targeted killings of pro-government elders and politicians since then.

Police set up checkpoints across the valley and launched a search for the attackers. The provincial chief minister condemned the killing and ordered an inquiry.
""",
actors=[TTP("Pakistani Taliban", "Taliban"), POL("police"), SF("military")],
people=[pe("Shamsher Ali Yousafzai", ["Shamsher Ali Yousafzai"],
           ["provincial lawmaker", "member of the Awami National Party", "killed"]),
        pe("Iqbal Hussain Khattak", ["Iqbal Hussain Khattak"], ["Swat police official"]),
        pe("Qari Zubair Swati", ["Qari Zubair Swati"], ["Pakistani Taliban spokesman"])],
places=[pl("Mingora", "city", KP, "Swat"), pl("Swat Valley", "district", KP, "Swat"),
        pl("Kota Banr", "town", KP, "Swat"), pl("Kabal", "town", KP, "Swat"),
        pl("Khyber Pakhtunkhwa", "province", KP, None), pl("Peshawar", "city", KP, "Peshawar")],
quotes=[q("Qari Zubair Swati", "The ANP supported the military operations against us"),
        q("Qari Zubair Swati", "Its leaders will not be spared")],
incidents=[
    inc("Gunmen ambushed the car of a provincial lawmaker", "Attack", "Assassination",
        "Tehreek-e-Taliban Pakistan", "Civilians", "Kota Banr", 1, "on Wednesday", 2, {"civilians": 2}, 1,
        "A targeted killing of a sitting provincial lawmaker, a prominent person, so GTD Assassination; claimed by "
        "the Pakistani Taliban. The bodyguard takes his principal's side (civilian). The wounded driver is injured "
        "= 1. The ANP is the victim's party and is not listed in actors."),
    inc("a suicide bomber killed a senior ANP provincial minister and eight others at a party meeting in Peshawar",
        "Suicide bomb", "Assassination", "Unidentified Armed Group", "Civilians", "Peshawar", 2, "Last December",
        9, {"civilians": 1}, None,
        BG + "A bombing aimed at a named-office minister: GTD Assassination (prominent target). No claim is stated "
        "for it. The minister is a civilian; the eight others have no status. The meeting place in Peshawar is not "
        "given, hence precision 2."),
],
not_incidents=["The Taliban also threatened to attack the party's election rallies in May",
               "militants have carried out a string of targeted killings of pro-government elders and politicians since then",
               "Police set up checkpoints across the valley and launched a search for the attackers"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Swat Valley", "Khyber Pakhtunkhwa"],
                                         "gtd_target_types": ["Government (General)"],
                                         "evidence": "has been the Taliban's main political target"}})

# ---------------------------------------------------------------- DC-09
report(9, "Reuters", """
ISLAMABAD, April 22 (Reuters) - Hundreds of Taliban fighters have taken control of Buner, a district about 100 km (60 miles) from Islamabad, setting up checkpoints, occupying a famous shrine and patrolling the main town, residents and officials said on Wednesday.

The fighters, from the Swat wing of the Tehrik-e-Taliban Pakistan (TTP), began moving in from the neighbouring Swat valley last week and met little resistance from the district's small police force. On Wednesday they were patrolling the bazaars of Daggar, the district headquarters, and had taken over the shrine of a Sufi saint at Pir Baba, residents said.

"They are everywhere. They have told barbers to stop shaving beards and told the music shops to close," said Fazal Wahid, a shopkeeper in Daggar, by telephone.

On Tuesday, militants ambushed a convoy of police reinforcements near the Ambela pass, killing one policeman and wounding five, a police official said. The rest of the convoy turned back.

The advance has alarmed Washington, which fears the Taliban are extending their reach toward the capital of a nuclear-armed state. A TTP spokesman, Haji Amir Zeb, said the fighters had come "to preach, not to fight" and would leave once Islamic courts were set up.

In February, the provincial government agreed to enforce Islamic law in Swat and neighbouring districts in return for a Taliban ceasefire, a deal critics said amounted to surrender. Since then, militants have not laid down their arms.

The Taliban in Swat have beheaded opponents, bombed and burned scores of girls' schools and driven out thousands of residents since 2007.
""",
actors=[TTP("Tehrik-e-Taliban Pakistan", "TTP", "Taliban"), POL("police")],
people=[pe("Fazal Wahid", ["Fazal Wahid"], ["shopkeeper in Daggar"]),
        pe("Haji Amir Zeb", ["Haji Amir Zeb"], ["TTP spokesman"])],
places=[pl("Islamabad", "city", ICT, "Islamabad"), pl("Buner", "district", KP, "Buner"),
        pl("Swat", "district", KP, "Swat"), pl("Daggar", "town", KP, "Buner"), pl("Pir Baba", "town", KP, "Buner"),
        pl("Ambela pass", "area", KP, "Buner")],
quotes=[q("Fazal Wahid", "They are everywhere"), q("Haji Amir Zeb", "to preach, not to fight")],
incidents=[
    inc("Hundreds of Taliban fighters have taken control of Buner", "Non-state actor overtakes territory", None,
        "Tehreek-e-Taliban Pakistan", "Police", "Buner", 2, "last week", 0, {}, None,
        "The TTP's Swat wing moved into Buner, occupied the Pir Baba shrine and patrols Daggar. Control of a "
        "district changed by force of arms, with 'little resistance' from the police, so actor2 is Police. "
        "District-wide, hence precision 2. No GTD type: a takeover with no reported attack. No casualties "
        "reported for the takeover itself."),
    inc("militants ambushed a convoy of police reinforcements near the Ambela pass", "Armed clash",
        "Armed Assault", "Unidentified Armed Group", "Police", "Ambela pass", 2, "On Tuesday", 1,
        {"security_forces": 1}, 5,
        "Second fresh incident. Almost certainly the same Taliban, but the text says only 'militants' and reports "
        "no claim, so Unidentified per the rules. 'Near' the pass, precision 2."),
    inc("the provincial government agreed to enforce Islamic law in Swat and neighbouring districts in return for a Taliban ceasefire",
        "Agreement", None, "Tehreek-e-Taliban Pakistan", None, "Swat", 2, "In February", 0, {}, None,
        BG + "A peace deal. The provincial government is a civil authority, not an armed state force (as with the "
        "political administration in the dev set), so actor2 is null. 'Taliban' here = the TTP of the report."),
],
not_incidents=["The Taliban in Swat have beheaded opponents, bombed and burned scores of girls' schools and driven out thousands of residents since 2007",
               "Since then, militants have not laid down their arms"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Swat", "Buner"],
                                         "gtd_attack_types": ["Bombing/Explosion", "Facility/Infrastructure Attack"],
                                         "gtd_target_types": ["Educational Institution", "Private Citizens & Property"],
                                         "evidence": "The Taliban in Swat have beheaded opponents, bombed and burned scores of girls' schools"}})

# ---------------------------------------------------------------- DC-10
report(10, "Associated Press", """
MINGORA, Pakistan (AP) — Pakistani troops have retaken Matta, the last major Taliban stronghold in the Swat Valley, after more than a week of house-to-house fighting, the army said Sunday.

Army spokesman Maj. Gen. Khalid Mehmood Rana told reporters in Rawalpindi that soldiers had "cleared" the town and its surrounding villages and were now searching for Taliban commanders who fled into the mountains. He said 19 militants and two soldiers were killed in and around Matta over the past 24 hours.

The claims could not be independently verified. Most of Matta's residents fled before the fighting, and journalists have been allowed into the area only on army-escorted tours.

In Mingora, the valley's largest city, soldiers on patrol found the bodies of four men in the main square on Saturday, their throats slit. Residents said the men, a barber, a police constable and two brothers who ran a video shop, had been abducted by militants a week earlier. A note pinned to one body warned others not to "spy for the army."

The military launched its offensive in early May after the Taliban violated a peace deal and advanced into neighboring Buner district. More than 2 million people fled the fighting, according to the United Nations, in one of the largest displacements in Pakistan's history.

The army says more than 1,400 militants have been killed since the offensive began, a figure that cannot be checked. Returning residents will face a valley scarred by fighting, with bridges blown up, schools destroyed and many shops looted.
""",
actors=[SF("troops", "army", "soldiers", "military"), TTP("Taliban")],
people=[pe("Khalid Mehmood Rana", ["Khalid Mehmood Rana"], ["army spokesman", "Maj. Gen."])],
places=[pl("Mingora", "city", KP, "Swat"), pl("Matta", "town", KP, "Swat"), pl("Swat Valley", "district", KP, "Swat"),
        pl("Rawalpindi", "city", PU, "Rawalpindi"), pl("Buner district", "district", KP, "Buner")],
quotes=[q("Khalid Mehmood Rana", "cleared"), q("unnamed militants (note pinned to a body)", "spy for the army")],
incidents=[
    inc("Pakistani troops have retaken Matta", "Government regains territory", None, "Security Forces",
        "Tehreek-e-Taliban Pakistan", "Matta", 1, "Sunday", 21, {"militants": 19, "security_forces": 2}, None,
        "The army retook the town after a week of fighting. The 19 militants and two soldiers killed 'in and "
        "around Matta over the past 24 hours' are kept in this record. 'Taliban' in Swat with no Afghan context "
        "is read as the Pakistani Taliban (judgement call; the text never says TTP). The date is the day of the "
        "army's announcement."),
    inc("soldiers on patrol found the bodies of four men in the main square", "Attack",
        "Hostage Taking (Kidnapping)", "Unidentified Armed Group", "Civilians", "Mingora", 1, "on Saturday", 4,
        {"civilians": 3, "security_forces": 1}, None,
        "Second fresh incident. Abducted by 'militants' a week earlier and later killed: Attack with GTD "
        "Kidnapping. Sides from the roles given: a barber and two video-shop owners are civilians, a police "
        "constable is security forces. No claim, so Unidentified. Dated to the day the bodies were found."),
],
not_incidents=["The military launched its offensive in early May after the Taliban violated a peace deal and advanced into neighboring Buner district",
               "More than 2 million people fled the fighting",
               "The army says more than 1,400 militants have been killed since the offensive began"])
