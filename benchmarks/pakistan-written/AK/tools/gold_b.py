# Hand coding of AK-16 .. AK-30 (helpers in common.py).
from common import *

G = {}

G["AK-16"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police", "police"]),
    ],
    people=[
        H("Sikandar Ali Mahar", ["Sikandar Ali Mahar"], ["police constable", "shot dead by dacoits"]),
        H("Saeedu Shar", ["Saeedu Shar"], ["leader of a dacoit gang blamed by police for both attacks"]),
    ],
    places=[
        P("Rounti", "area", SD, "Ghotki"),
        P("Ghotki District", "district", SD, "Ghotki"),
        P("Sindh", "province", SD, None),
        P("Ubauro", "town", SD, "Ghotki"),
    ],
    incidents=[
        I("Dacoits fired rockets at a police camp", EXP, SHELL, "Bombing/Explosion",
          UAG, "Police", SD, "Ghotki", "Rounti", 2, "on Wednesday night",
          0, {}, 0,
          "At least four rockets fired from the riverine forest at a police camp in the katcha area 'near' Rounti (precision 2). Rocket fire with no gunfire reported, so Shelling/artillery/missile attack, GTD Bombing/Explosion. 'caused no casualty', so killed = 0 and injured = 0. Police blame the gang of Saeedu Shar, which is named only by its leader (a person), so actor1 is Unidentified Armed Group; dacoits are organised crime, not a militant group."),
        I("armed dacoits had shot dead a police constable, Sikandar Ali Mahar, and injured another", BAT, CLASH, "Armed Assault",
          UAG, "Police", SD, "Ghotki", "Ubauro", 2, "A day earlier",
          1, {"security_forces": 1}, 1,
          "The day before the rocket attack, dacoits fired on a police mobile 'near' Ubauro (precision 2): one constable killed, another (a policeman by implication, but only the dead need a side) injured. An attack on police, so Battles/Armed clash. The announced 'grand operation' has not happened and is not coded."),
    ])

G["AK-17"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police", "policemen", "police"]),
    ],
    people=[],
    places=[
        P("Shinkai Das", "town", GB, "Diamer"),
        P("Darel", "area", GB, "Diamer"),
        P("Diamer District", "district", GB, "Diamer"),
        P("Gilgit Baltistan", "province", GB, None),
        P("Tangir", "area", GB, "Diamer"),
        P("Chilas", "town", GB, "Diamer"),
    ],
    incidents=[
        I("Unidentified miscreants set ablaze a government girls primary school", SD_, LOOT, "Facility/Infrastructure Attack",
          UAG, None, GB, "Diamer", "Shinkai Das", 1, "on the night of Tuesday",
          0, {}, 0,
          "Arson of an empty girls' school (petrol on the furniture), not an explosion, so Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack (compare the dev school bombings, which are Explosions). 'No one was inside', so no casualties and actor2 is null. The wave of school burnings 'some years ago' is background and is not coded."),
        I("armed men opened fire on a police check post in Tangir", BAT, CLASH, "Armed Assault",
          UAG, "Police", GB, "Diamer", "Tangir", 2, "On the same night",
          0, {}, 2,
          "An attack on a police post, repulsed when police returned fire; two policemen injured. Tangir is a valley/tehsil, hence precision 2. Chilas is only where the injured were taken. Not linked in the text to the school arson, so a separate incident."),
    ])

G["AK-18"] = doc(
    "The Express Tribune",
    actors=[
        A(INDIA, SF, 8, ["Indian troops"]),
        A("Security Forces", SF, 1, ["Pakistani troops"]),
    ],
    people=[],
    places=[
        P("Line of Control", "area", None, None),
        P("Nagdar Bala", "town", AJK, "Neelum"),
        P("Athmuqam", "area", AJK, "Neelum"),
        P("Neelum District", "district", AJK, "Neelum"),
        P("Azad Jammu and Kashmir", "province", AJK, None),
        P("Neelum road", "area", AJK, "Neelum"),
        P("Muzaffarabad", "city", AJK, "Muzaffarabad"),
    ],
    incidents=[
        I("Indian troops resorted to unprovoked shelling across the Line of Control (LoC)", EXP, SHELL, None,
          INDIA, "Civilians", AJK, "Neelum", "Nagdar Bala", 1, "on Saturday",
          2, {"civilians": 2}, 3,
          "Cross-LoC mortar shelling on a village: two civilians (a woman and her daughter) killed, three injured (including a teenage boy); houses and a passenger vehicle damaged. Indian troops are a foreign state force, ACLED inter 8; as perpetrators (not mere victims or accusers) they are listed as the actor 'Indian Army'. A state's shelling gets no GTD attack type (as with state raids). 'Pakistani troops responded effectively' gives no place, time or outcome and is not coded. ISPR is only the source. admin1 'Azad Kashmir' for AJK."),
    ])

G["AK-19"] = doc(
    "Dawn",
    actors=[
        A(INDIA, SF, 8, ["Indian troops"]),
        A("Security Forces", SF, 1, ["soldier", "Pakistani troops"]),
    ],
    people=[
        H("Tariq Mehmood", ["Tariq Mehmood"], ["Lance Naik", "killed by Indian fire", "resident of Kotli"]),
        H("Muhammad Bashir", ["Muhammad Bashir"], ["civilian", "injured by a mortar shell"]),
    ],
    places=[
        P("Line of Control", "area", None, None),
        P("Haveli District", "district", AJK, "Haveli"),
        P("Azad Kashmir", "province", AJK, None),
        P("Kotli", "city", AJK, "Kotli"),
        P("Forward Kahuta", "town", AJK, "Haveli"),
    ],
    incidents=[
        I("Indian troops opened fire on Pakistani posts along the Line of Control (LoC)", BAT, CLASH, None,
          INDIA, "Security Forces", AJK, "Haveli", "Haveli District", 2, "on October 9",
          1, {"security_forces": 1}, None,
          "Cross-LoC fire on army posts, answered by Pakistani troops: an exchange of fire between two state forces, Battles/Armed clash. One soldier killed. The ISPR's claim of 'heavy losses on the Indian side' is uncounted and not added. Only the district is given, hence precision 2. State forces on both sides, so GTD null. Kotli is only the soldier's home."),
        I("a mortar shell fired from across the LoC hit his house", EXP, SHELL, None,
          INDIA, "Civilians", AJK, "Haveli", "Forward Kahuta", 2, "On the same night",
          0, {}, 1,
          "A mortar shell from across the LoC injured a civilian in a village 'near' Forward Kahuta (precision 2). The shooter is not named in this sentence; 'from across the LoC' on the same night as the Indian firing is read as Indian fire (judgement call). Long-range fire only, so Shelling; GTD null for a state actor."),
    ])

G["AK-20"] = doc(
    "Dawn",
    actors=[
        A("Bomb Disposal Squad", SF, 1, ["Bomb Disposal Squad", "BDS"]),
        A("Police", SF, 1, ["Police", "police"]),
    ],
    people=[
        H("Shafiqur Rehman", ["Qari Shafiqur Rehman"], ["prayer leader", "shot dead near his residence"]),
    ],
    places=[
        P("Tarnol", "area", ICT, "Islamabad"),
        P("Islamabad", "city", ICT, "Islamabad"),
        P("Bhara Kahu", "area", ICT, "Islamabad"),
    ],
    incidents=[
        I("The Bomb Disposal Squad (BDS) defused an improvised explosive device planted near a mosque", SD_, DISRUPT, "Bombing/Explosion",
          "Bomb Disposal Squad", UAG, ICT, "Islamabad", "Tarnol", 1, "on Friday",
          0, {}, None,
          "A timed IED (about three kilogrammes with ball bearings) found in a bag outside a mosque and defused before Friday prayers: a disrupted bombing, coded as the dev set codes defused bombs (Strategic developments/Disrupted weapons use, GTD Bombing/Explosion). The planters are unidentified."),
        I("unidentified gunmen shot dead a prayer leader, Qari Shafiqur Rehman", VAC, ATTACK, "Armed Assault",
          UAG, "Civilians", ICT, "Islamabad", "Bhara Kahu", 1, "On the same night",
          1, {"civilians": 1}, None,
          "A prayer leader shot near his home; a prayer leader is a civilian role. A local cleric, not a prominent figure, so GTD Armed Assault rather than Assassination. Motive unknown and not linked to the defused device."),
    ])

G["AK-21"] = doc(
    "The News",
    actors=[
        A(JUA, AG, 2, ["Jamaat ul Ahrar"]),
    ],
    people=[
        H("Sher Dil Khan", ["Malik Sher Dil Khan"], ["member of the local peace committee", "shot dead"]),
        H("Abdul Samad Mohmand", ["Abdul Samad Mohmand"], ["Jamaat ul Ahrar spokesman"]),
    ],
    places=[
        P("Dandokai", "town", KP, "Mohmand"),
        P("Safi", "area", KP, "Mohmand"),
        P("Mohmand Agency", "district", KP, "Mohmand"),
        P("Federally Administered Tribal Areas", "area", KP, None),
        P("Pindiali", "area", KP, "Mohmand"),
    ],
    incidents=[
        I("A member of the local peace committee, Malik Sher Dil Khan, was shot dead by militants", BAT, CLASH, "Armed Assault",
          JUA, UAG, KP, "Mohmand", "Dandokai", 1, "on April 14",
          1, {}, None,
          "A pro-government peace committee (an unnamed tribal militia) member was shot on his way home from the mosque. As in dev-81, the militia is not named, so it is not listed and actor2 is Unidentified Armed Group, and a militiaman fits none of the sides, so killed_by_side is empty. Read as an attack on an armed pro-government actor, hence Battles/Armed clash by analogy with one-sided attacks on police; Violence against civilians would be the alternative if he is seen as an unarmed civilian. Jamaat ul Ahrar's spokesman claimed it, so JuA is actor1. Not a prominent figure, so Armed Assault. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa."),
        I("two children were injured when a landmine went off in a field", EXP, IED, "Bombing/Explosion",
          UAG, "Civilians", KP, "Mohmand", "Pindiali", 2, "on the same day",
          0, {}, 2,
          "Two children grazing cattle were injured by a landmine in a field in Pindiali tehsil (tehsil level, precision 2). Officials think militants planted it long ago; no group is named, and the JuA claim covers only the killing. The political administration is a civil authority and is not listed."),
    ])

G["AK-22"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police"]),
    ],
    people=[
        H("Shahzeb", ["Shahzeb"], ["abducted and killed", "resident of Mamash Khel"]),
        H("Irfanullah", ["Irfanullah"], ["abducted and killed", "resident of Mamash Khel"]),
        H("Wajid Khan", ["Wajid Khan"], ["abducted and killed", "resident of Mamash Khel"]),
    ],
    places=[
        P("Spina Tangai", "area", KP, "Bannu"),
        P("Jani Khel", "area", KP, "Bannu"),
        P("Bannu District", "district", KP, "Bannu"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Mamash Khel", "town", KP, "Bannu"),
        P("Bannu Miranshah road", "area", KP, "Bannu"),
    ],
    incidents=[
        I("The bodies of three young men, who had been abducted by unidentified armed men a week earlier, were found", VAC, ATTACK, "Hostage Taking (Kidnapping)",
          UAG, "Civilians", KP, "Bannu", "Spina Tangai", 1, "on Sunday",
          3, {}, None,
          "Three young men abducted a week before were found shot dead: abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping), one incident (the abduction is not coded separately). The date is the day the bodies were found. They are 'young men', so no side is given. No group claimed it."),
        I("relatives and tribesmen placed the bodies on the Bannu Miranshah road and staged a sit in", PROT, PEACEFUL, None,
          "Protesters", None, KP, "Bannu", "Bannu Miranshah road", 2, "On Monday",
          0, {}, None,
          "A sit-in with the bodies on a highway, blocking traffic for hours, ending peacefully after assurances; no intervention by the authorities is reported, so Peaceful protest. actor1 is the generic 'Protesters' (ACLED inter 6), not a named organisation, so not in actors. 'Scores of people' is the crowd size, not a casualty count. A road, hence precision 2."),
    ])

G["AK-23"] = doc(
    "The Express Tribune",
    actors=[
        A("Police", SF, 1, ["Police"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
    ],
    people=[
        H("Fazal Rabbani", ["Fazal Rabbani"], ["District Police Officer (DPO)"]),
    ],
    places=[
        P("Khwaja Khel Kalay", "town", KP, "Orakzai"),
        P("Lower Orakzai", "area", KP, "Orakzai"),
        P("Orakzai District", "district", KP, "Orakzai"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Kalaya", "town", KP, "Orakzai"),
    ],
    incidents=[
        I("an explosion ripped through a mosque during Friday prayers", EXP, IED, "Bombing/Explosion",
          UAG, "Civilians", KP, "Orakzai", "Khwaja Khel Kalay", 1, "on Friday",
          5, {"civilians": 5}, 9,
          "A remote-controlled device planted inside a mosque went off during Friday prayers. 'At least five worshippers' = 5; worshippers are a civilian role and the child is one of the five, so civilians = 5. The TTP denied involvement and no one claimed it, so actor1 is Unidentified (the TTP is listed in actors only because it is named). The mosque builder's past lashkar is context. The 2017 seminary blast in Kalaya (eight killed) is background and is not coded."),
    ])

G["AK-24"] = doc(
    "The News",
    actors=[
        A("Police", SF, 1, ["Police"]),
    ],
    people=[
        H("Sher Muhammad", ["Sher Muhammad"], ["bank security guard", "shot dead"]),
        H("Faheem Abbas", ["Faheem Abbas"], ["bank cashier", "injured"]),
    ],
    places=[
        P("Circular Road", "area", KP, "Dera Ismail Khan"),
        P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Bhakkar", "city", PB, "Bhakkar"),
    ],
    incidents=[
        I("Armed robbers shot dead a security guard and injured a cashier", VAC, ATTACK, "Armed Assault",
          UAG, "Civilians", KP, "Dera Ismail Khan", "Circular Road", 1, "on Monday",
          1, {"civilians": 1}, 1,
          "An armed robbery of a private bank's cash van (Rs 12 million taken): organised crime; police ruled out militants, so actor1 is a generic Unidentified Armed Group. The bank's security guard takes his principal's side (a private bank, civilian), so civilians = 1; the cashier was injured. Bhakkar is mentioned only for the gang's earlier heists, which are background."),
    ])

G["AK-25"] = doc(
    "Daily Times",
    actors=[
        A("Security Forces", SF, 1, ["Security forces", "soldiers", "security forces"]),
        A(LEI, AG, 2, ["Lashkar e Islam"]),
    ],
    people=[],
    places=[
        P("Sandapal", "area", KP, "Khyber"),
        P("Tirah", "area", KP, "Khyber"),
        P("Khyber District", "district", KP, "Khyber"),
    ],
    incidents=[
        I("Security forces killed five militants and arrested three others during a search and strike operation", BAT, CLASH, None,
          "Security Forces", LEI, KP, "Khyber", "Sandapal", 1, "on Wednesday",
          5, {"militants": 5}, 2,
          "A search and strike operation with an exchange of fire: five militants killed, three arrested, two soldiers injured; arms, grenades and IEDs recovered. The arrests and recovery are part of the operation. The ISPR says the militants belonged to Lashkar e Islam, so it is actor2. State-initiated, so GTD null. The attack on a check post 'last month' (two soldiers killed) is background and is not coded."),
    ])

G["AK-26"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police"]),
        A(LEJ, AG, 2, ["Lashkar e Jhangvi", "LeJ"]),
    ],
    people=[
        H("Ghulam Ali Changezi", ["Ghulam Ali Changezi"], ["shopkeeper", "member of the Hazara community", "shot dead"]),
    ],
    places=[
        P("Hazara Town", "area", BA, "Quetta"),
        P("Quetta", "city", BA, "Quetta"),
        P("Masjid Road", "area", BA, "Quetta"),
        P("Quetta Press Club", "area", BA, "Quetta"),
    ],
    incidents=[
        I("unidentified men hurled a hand grenade at a vegetable stall", EXP, GRENADE, "Bombing/Explosion",
          UAG, "Civilians", BA, "Quetta", "Hazara Town", 1, "on September 17",
          0, {}, 6,
          "Six persons, including a child, injured; two critical but alive, so still injured. No one killed. 'No one claimed the grenade attack', so actor1 is Unidentified even though the LeJ claimed the previous day's killing."),
        I("a shopkeeper belonging to the Hazara community, Ghulam Ali Changezi, was shot dead by armed men", VAC, ATTACK, "Armed Assault",
          LEJ, "Civilians", BA, "Quetta", "Masjid Road", 1, "A day earlier",
          1, {"civilians": 1}, None,
          "A sectarian target killing of a Hazara shopkeeper (a civilian role) the day before the grenade attack. The LeJ claimed 'the killing of the shopkeeper', so it is actor1. Not a prominent figure, so Armed Assault."),
        I("members of the Hazara community staged a protest outside the Quetta Press Club", PROT, PEACEFUL, None,
          "Protesters", None, BA, "Quetta", "Quetta Press Club", 1, "On Saturday",
          0, {}, None,
          "A protest against the two attacks, with no intervention reported: Peaceful protest, actor1 the generic Protesters (not a named organisation)."),
    ])

G["AK-27"] = doc(
    "Dawn",
    actors=[
        A("Pakistan Coast Guards", SF, 1, ["Pakistan Coast Guards", "Coast Guards"]),
        A(BLA, AG, 2, ["Balochistan Liberation Army", "BLA"]),
    ],
    people=[
        H("Imdad Hussain", ["Imdad Hussain"], ["Coast Guards sepoy", "killed in the attack"]),
    ],
    places=[
        P("Jiwani", "town", BA, "Gwadar"),
        P("Gwadar District", "district", BA, "Gwadar"),
        P("Balochistan", "province", BA, None),
    ],
    incidents=[
        I("Personnel of the Pakistan Coast Guards repulsed an attack on their post", BAT, CLASH, "Armed Assault",
          BLA, "Pakistan Coast Guards", BA, "Gwadar", "Jiwani", 2, "on the intervening night of June 20 and 21",
          4, {"militants": 3, "security_forces": 1}, 4,
          "A repulsed attack with RPGs and automatic weapons on a Coast Guards post 'near' Jiwani (precision 2). Killed: three attackers and one sepoy; injured: four (Coast Guards). The BLA claimed the attack a day later, so it is actor1; its claim of 'heavy losses', rejected by officials, is not counted. Gunfire was exchanged, so Battles/Armed clash rather than Shelling."),
    ])

G["AK-28"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police"]),
    ],
    people=[
        H("Zarbat Khan Wazir", ["Malik Zarbat Khan Wazir"], ["independent candidate", "target of the rally bombing, unhurt"]),
    ],
    places=[
        P("Azam Warsak", "town", KP, "South Waziristan"),
        P("South Waziristan District", "district", KP, "South Waziristan"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Wana", "town", KP, "South Waziristan"),
    ],
    incidents=[
        I("a remote controlled bomb went off near an election rally of an independent candidate", EXP, IED, "Assassination",
          UAG, "Civilians", KP, "South Waziristan", "Azam Warsak", 1, "on July 9",
          3, {"civilians": 2}, 15,
          "A remote-controlled bomb in a culvert went off as the candidate's vehicle passed during his election rally. ACLED type follows the method (Remote explosive); GTD Assassination because a specific candidate was targeted (as for the MPA in dev-141). Killed: 'Three persons', two of them the candidate's guards, who take their civilian principal's side (civilians = 2); the third has no stated status. 'At least 15' = 15 injured. No group claimed it. His 2018 escape in Wana is background and is not coded."),
    ])

G["AK-29"] = doc(
    "Daily Times",
    actors=[
        A("Khassadar Force", SF, 1, ["Khassadar"]),
    ],
    people=[],
    places=[
        P("Zarai Kandao", "area", KP, "Khyber"),
        P("Landi Kotal", "area", KP, "Khyber"),
        P("Khyber Agency", "district", KP, "Khyber"),
        P("Federally Administered Tribal Areas", "area", KP, None),
        P("Jamrud", "town", KP, "Khyber"),
    ],
    incidents=[
        I("Unidentified militants set ablaze two oil tankers", SD_, LOOT, "Facility/Infrastructure Attack",
          UAG, None, KP, "Khyber", "Zarai Kandao", 2, "on Wednesday",
          0, {}, 0,
          "Militants stopped two fuel tankers, forced the crews out and set the vehicles on fire; 'No one was hurt'. Arson with no violence against people, so Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack; actor2 null (property only). The foreign forces the fuel was meant for are not named and are not actors. 'Near' Zarai Kandao, hence precision 2. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa."),
        I("militants attacked a Khassadar checkpost in Jamrud", BAT, CLASH, "Armed Assault",
          UAG, "Khassadar Force", KP, "Khyber", "Jamrud", 1, "A day earlier",
          0, {}, 2,
          "An attack with heavy weapons on a Khassadar (tribal police) post, answered with fire; two Khassadar personnel injured, none killed. Not linked to the tanker arson in the text."),
    ])

G["AK-30"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["policeman", "Police"]),
        A("Counter Terrorism Department", SF, 1, ["Counter Terrorism Department", "CTD"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
    ],
    people=[],
    places=[
        P("Pai Khel", "area", KP, "Tank"),
        P("Tank District", "district", KP, "Tank"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Gul Imam", "town", KP, "Tank"),
    ],
    incidents=[
        I("A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists", BAT, CLASH, "Armed Assault",
          UAG, "Police", KP, "Tank", "Pai Khel", 1, "on Tuesday",
          1, {"security_forces": 1}, 0,
          "The police escort of a polio team was shot dead; the polio workers were unhurt, so injured = 0. An attack on police is Battles/Armed clash. The TTP's past warnings to polio workers are background, not a claim, so actor1 stays Unidentified."),
        I("the Counter Terrorism Department (CTD) arrested two suspects during an intelligence based operation", SD_, ARRESTS, None,
          "Counter Terrorism Department", UAG, KP, "Tank", "Gul Imam", 1, "Later in the day",
          0, {}, None,
          "An IBO in Gul Imam with two arrests and two pistols and a grenade recovered. The CTD links the suspects only to 'attacks on polio teams in the district' in general, not explicitly to the killing that morning, and it is at another place, so it is its own Arrests incident. No group is named for the suspects. Arrests get no GTD type."),
    ])
