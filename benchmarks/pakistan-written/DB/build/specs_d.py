from common import *  # noqa: F401,F403

REPORTS = []

# ---------------------------------------------------------------- DB-19
REPORTS.append(R("DB-19", "Dawn", """
Armed men set up a roadblock on the highway near Rarasham in Musakhel District late on Thursday, checked
the identity cards of travellers and shot dead six Punjab-bound truck drivers, reports Dawn. The Baloch
Raaji Aajoi Sangar (BRAS) claimed the killings. On Friday, four Levies personnel were killed when their
vehicle struck a landmine in the Luni area of Duki District. In Zhob District, Frontier Corps (FC)
personnel intercepted a group of militants trying to enter from Afghanistan near the Sambaza border
crossing on the night of 10-11 May; two FC soldiers and five militants were killed in a gunfight that
lasted several hours. The Islamic State Khorasan Province (ISKP) said the fighters belonged to it.
Separately, the Levies recovered the body of a kidnapped coal mine contractor, Haji Ghulam Sarwar, from a
ravine in Loralai District on May 11, 2019, four days after he had been abducted from Mekhtar.
""",
    actors=[
        A("Baloch Raaji Aajoi Sangar", "armed_group", 2, ["Baloch Raaji Aajoi Sangar", "BRAS"]),
        A("Levies", "state_force", 1, ["Levies"]),
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        A("Islamic State Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"]),
    ],
    people=[PE("Ghulam Sarwar", ["Haji Ghulam Sarwar"], ["coal mine contractor", "kidnapped from Mekhtar and found dead"])],
    places=[
        P("Rarasham", "town", BA, "Musakhel"),
        P("Musakhel District", "district", BA, "Musakhel"),
        P("Punjab", "province", PB, None),
        P("Luni", "area", BA, "Duki"),
        P("Duki District", "district", BA, "Duki"),
        P("Zhob District", "district", BA, "Zhob"),
        P("Afghanistan", "country", None, None),
        P("Sambaza", "area", BA, "Zhob"),
        P("Loralai District", "district", BA, "Loralai"),
        P("Mekhtar", "area", BA, "Loralai"),
    ],
    incidents=[
        I("checked the identity cards of travellers and shot dead six Punjab-bound truck drivers",
          VAC, ATTACK, AA, "Baloch Raaji Aajoi Sangar", CIV, "Rarasham", 2, "late on Thursday",
          6, {"civilians": 6}, None,
          "Claimed by BRAS. Truck drivers are a civilian role. 'Near Rarasham', precision 2. The weekday is "
          "not resolved to a calendar date in the text."),
        I("four Levies personnel were killed when their vehicle struck a landmine",
          EXP, IED, BOMB, UAG, "Levies", "Luni", 1, "On Friday",
          4, {"security_forces": 4}, None,
          "A landmine set off by the victims' vehicle: Remote explosive/landmine/IED. No claim."),
        I("Frontier Corps (FC) personnel intercepted a group of militants trying to enter from Afghanistan",
          BAT, ARMED, None, "Frontier Corps", "Islamic State Khorasan Province", "Sambaza", 2,
          "on the night of 10-11 May",
          7, {"security_forces": 2, "militants": 5}, None,
          "The FC started the engagement (interception), so actor1 FC and GTD null. ISKP said the fighters "
          "were its own, a claim, so it is actor2. Mixed count: 2 FC + 5 militants. 'Near the Sambaza "
          "border crossing', precision 2."),
        I("the Levies recovered the body of a kidnapped coal mine contractor, Haji Ghulam Sarwar",
          VAC, ATTACK, KIDN, UAG, CIV, "Loralai District", 2, "on May 11, 2019",
          1, {"civilians": 1}, None,
          "Abducted four days earlier from Mekhtar and found dead: Attack with GTD Kidnapping, dated by the "
          "recovery (the only full date). The ravine is placed only by district, precision 2. A contractor "
          "is a civilian role."),
    ],
))

# ---------------------------------------------------------------- DB-20
REPORTS.append(R("DB-20", "The Express Tribune", """
Two policemen were shot dead when unidentified gunmen on a motorcycle opened fire on a police picket at
Tarnol in Islamabad on December 2, reports The Express Tribune. The attackers escaped towards the
motorway. Earlier, on the night of 1-2 December, a transmission tower was blown up near Fateh Jang in
Attock District, cutting power to several villages. On December 3, the Counter Terrorism Department
(CTD) arrested two suspected militants of the Tehreek-e-Taliban Pakistan (TTP) and seized a suicide vest,
six kilogrammes of explosives and detonators from a rented house in Dhoke Hassu area of Rawalpindi.
Officials said the suspects had planned to target a seminary in Pirwadhai. The same day, a hand grenade
was lobbed into the courtyard of a house belonging to a retired army officer in Chaklala, injuring his
wife and a domestic servant. Islamabad police said on December 4 that they had arrested three men in Bhara
Kahu in connection with the Tarnol attack.
""",
    actors=[
        A("Police", "state_force", 1, ["policemen", "police"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
    ],
    people=[],
    places=[
        P("Tarnol", "area", ICT, "Islamabad"),
        P("Islamabad", "city", ICT, "Islamabad"),
        P("Fateh Jang", "town", PB, "Attock"),
        P("Attock District", "district", PB, "Attock"),
        P("Dhoke Hassu", "area", PB, "Rawalpindi"),
        P("Rawalpindi", "city", PB, "Rawalpindi"),
        P("Pirwadhai", "area", PB, "Rawalpindi"),
        P("Chaklala", "area", PB, "Rawalpindi"),
        P("Bhara Kahu", "area", ICT, "Islamabad"),
    ],
    not_incidents=["they had arrested three men in Bhara Kahu in connection with the Tarnol attack"],
    incidents=[
        I("unidentified gunmen on a motorcycle opened fire on a police picket at Tarnol",
          BAT, ARMED, AA, UAG, "Police", "Tarnol", 1, "on December 2",
          2, {"security_forces": 2}, None,
          "Attack on a police picket: Battles/Armed clash. Islamabad coded admin1 'Islamabad Capital "
          "Territory'. The arrests of three men on December 4 are tied to this attack and are not a "
          "separate incident."),
        I("a transmission tower was blown up near Fateh Jang",
          EXP, IED, BOMB, UAG, None, "Fateh Jang", 2, "on the night of 1-2 December",
          0, {}, None,
          "Infrastructure blown up, no casualties reported: actor2 null. 'Near Fateh Jang', precision 2."),
        I("arrested two suspected militants of the Tehreek-e-Taliban Pakistan (TTP) and seized a suicide vest",
          SDV, DISR, BOMB, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", "Dhoke Hassu", 1,
          "On December 3",
          0, {}, None,
          "Arrests plus a seized suicide vest and explosives for a planned attack: coded as Disrupted "
          "weapons use (a foiled bombing), with the arrests in the same record; Arrests would be the "
          "alternative sub-type."),
        I("a hand grenade was lobbed into the courtyard of a house belonging to a retired army officer",
          EXP, GREN, BOMB, UAG, CIV, "Chaklala", 1, "The same day",
          0, {}, 2,
          "A retired officer is a civilian; his wife and a domestic servant injured."),
    ],
))

# ---------------------------------------------------------------- DB-21
REPORTS.append(R("DB-21", "Dawn", """
A local leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F), Maulana Abdul Qayyum, was shot dead by gunmen near
his seminary in Inayat Kali area of Bajaur District on August 14, reports Dawn. The Islamic State Khorasan
Province (ISKP) claimed the killing through its news agency. Hours earlier, an improvised explosive device
planted in a handcart went off in the Lowi Sam bazaar of Mamund tehsil, injuring four shopkeepers. On
August 15, mortar shells fired from across the border landed in Salarzai tehsil, killing a woman and
injuring two children; officials blamed Afghan border forces. Meanwhile, 11 militants of the
Tehreek-e-Taliban Pakistan (TTP), including a local commander, laid down arms before the Deputy
Commissioner at a ceremony in Ghalanai, headquarters of Mohmand District, on August 16, handing over their
weapons in exchange for amnesty under a reconciliation arrangement with local elders.
""",
    actors=[
        A("Islamic State Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
    ],
    people=[PE("Abdul Qayyum", ["Maulana Abdul Qayyum"], ["local leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F)",
                                                           "shot dead near his seminary"])],
    places=[
        P("Inayat Kali", "area", KP, "Bajaur"),
        P("Bajaur District", "district", KP, "Bajaur"),
        P("Lowi Sam", "town", KP, "Bajaur"),
        P("Mamund", "area", KP, "Bajaur"),
        P("Salarzai", "area", KP, "Bajaur"),
        P("Ghalanai", "town", KP, "Mohmand"),
        P("Mohmand District", "district", KP, "Mohmand"),
    ],
    incidents=[
        I("Maulana Abdul Qayyum, was shot dead by gunmen near his seminary",
          VAC, ATTACK, ASSN, "Islamic State Khorasan Province", CIV, "Inayat Kali", 1, "on August 14",
          1, {"civilians": 1}, None,
          "Claimed by ISKP although the text says 'gunmen'. A named party leader: GTD Assassination; a "
          "political/religious leader is a civilian role. JUI-F appears only as the victim's party and is "
          "not listed."),
        I("an improvised explosive device planted in a handcart went off in the Lowi Sam bazaar",
          EXP, IED, BOMB, UAG, CIV, "Lowi Sam", 1, "Hours earlier",
          0, {}, 4,
          "Four shopkeepers injured. 'Hours earlier' = August 14. The ISKP claim names only the killing."),
        I("mortar shells fired from across the border landed in Salarzai tehsil",
          EXP, SHELL, None, None, CIV, "Salarzai", 2, "On August 15",
          1, {}, 2,
          "Cross-border shelling blamed on Afghan border forces: foreign forces (inter 8) are left out, so "
          "actor1 is null; state fire, GTD null. 'a woman' gets no side. Tehsil-level, precision 2."),
        I("11 militants of the Tehreek-e-Taliban Pakistan (TTP), including a local commander, laid down arms",
          SDV, AGREE, None, "Tehreek-e-Taliban Pakistan", None, "Ghalanai", 1, "on August 16",
          0, {}, None,
          "A surrender in exchange for amnesty: Strategic developments/Agreement. The Deputy Commissioner is "
          "a civil authority and local elders are not an organisation, so actor2 null."),
    ],
))

# ---------------------------------------------------------------- DB-22
REPORTS.append(R("DB-22", "The News", """
Two policemen were shot dead by armed men on motorcycles while they were on patrol on Spinny Road in
Quetta on October 5, reports The News. The Islamic State (IS) claimed the attack through its Amaq news
agency. Late on October 5, unidentified gunmen opened fire on members of a Christian family returning from
a church service on Shahzaman Road, killing two men and injuring a girl. On October 6, a bomb fitted to a
motorcycle exploded outside a mobile phone market in Pishin town, killing three people and injuring 12,
among them two Levies personnel deployed in the bazaar. Levies officials said a second motorcycle bomb was
found parked 50 metres away and was defused. In Karachi, the Counter Terrorism Department (CTD) arrested an
alleged IS recruiter, identified as Abdul Wahab, from Sohrab Goth on October 6 and said he had sent four
young men to Afghanistan. The provincial home minister condemned the attacks and
ordered a crackdown on militant hideouts in Quetta and Pishin districts.
""",
    actors=[
        A("Police", "state_force", 1, ["policemen"]),
        A("Islamic State", "armed_group", 2, ["Islamic State", "IS"]),
        A("Levies", "state_force", 1, ["Levies"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
    ],
    people=[PE("Abdul Wahab", ["Abdul Wahab"], ["alleged IS recruiter", "arrested by the CTD in Sohrab Goth"])],
    places=[
        P("Spinny Road", "area", BA, "Quetta"),
        P("Quetta", "city", BA, "Quetta"),
        P("Shahzaman Road", "area", BA, "Quetta"),
        P("Pishin", "town", BA, "Pishin"),
        P("Karachi", "city", SD, "Karachi"),
        P("Sohrab Goth", "area", SD, "Karachi"),
        P("Afghanistan", "country", None, None),
    ],
    not_incidents=["ordered a crackdown on militant hideouts in Quetta and Pishin districts"],
    incidents=[
        I("Two policemen were shot dead by armed men on motorcycles while they were on patrol",
          BAT, ARMED, AA, "Islamic State", "Police", "Spinny Road", 1, "on October 5",
          2, {"security_forces": 2}, None,
          "Claimed by IS. Attack on a police patrol: Battles/Armed clash."),
        I("unidentified gunmen opened fire on members of a Christian family returning from a church service",
          VAC, ATTACK, AA, UAG, CIV, "Shahzaman Road", 1, "Late on October 5",
          2, {}, 1,
          "Two men killed, a girl injured. 'members of a Christian family' gives a community, not a status, "
          "so no side. The IS claim covers only the police killing. Shahzaman Road is read as in Quetta from "
          "context (the preceding sentence), an assumption."),
        I("a bomb fitted to a motorcycle exploded outside a mobile phone market in Pishin town",
          EXP, IED, BOMB, UAG, CIV, "Pishin", 1, "On October 6",
          3, {}, 12,
          "Three 'people' killed (no side); 12 injured, two of them Levies (injured are not split by side)."),
        I("a second motorcycle bomb was found parked 50 metres away and was defused",
          SDV, DISR, BOMB, "Levies", UAG, "Pishin", 1, None,
          0, {}, None,
          "A second device defused near the blast site; the text gives it no date phrase of its own. The "
          "Levies are the source and, by implication, the defusers."),
        I("the Counter Terrorism Department (CTD) arrested an alleged IS recruiter",
          SDV, ARRESTS, None, "Counter Terrorism Department", "Islamic State", "Sohrab Goth", 1, "on October 6",
          0, {}, None,
          "Arrest of a named IS recruiter, not tied to the Quetta or Pishin attacks: its own Arrests "
          "incident. 'IS' here is the group already listed, so actor2 is Islamic State."),
    ],
))

# ---------------------------------------------------------------- DB-23
REPORTS.append(R("DB-23", "Dawn", """
A Rangers soldier was injured when a cracker bomb was thrown at a Rangers picket on Auto Bhan Road in
Latifabad, Hyderabad, on the night of 9-10 June, reports Dawn. The Sindhudesh Revolutionary Army (SRA)
claimed responsibility in a pamphlet left at the site. On June 10, an explosive device damaged an
electricity pylon near Manjhand in Jamshoro District, disrupting power supply to Sehwan and Manjhand for ten
hours. In Dadu District, police recovered the body of a landlord, Ghulam Mustafa Chandio, who had been
kidnapped for ransom from his farmhouse near Johi on June 6; he had been shot in the head. In Karachi,
unidentified gunmen killed an Ahmadi shopkeeper, Naseer Ahmed, outside his shop in Orangi Town late on
June 11. Police said two suspects involved in the Latifabad attack were arrested from Kotri on June 12.
""",
    actors=[
        A("Rangers", "state_force", 1, ["Rangers"]),
        A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
        A("Police", "state_force", 1, ["police", "Police"]),
    ],
    people=[
        PE("Ghulam Mustafa Chandio", ["Ghulam Mustafa Chandio"], ["landlord", "kidnapped for ransom and found shot dead"]),
        PE("Naseer Ahmed", ["Naseer Ahmed"], ["Ahmadi shopkeeper", "shot dead outside his shop"]),
    ],
    places=[
        P("Auto Bhan Road", "area", SD, "Hyderabad"),
        P("Latifabad", "area", SD, "Hyderabad"),
        P("Hyderabad", "city", SD, "Hyderabad"),
        P("Manjhand", "town", SD, "Jamshoro"),
        P("Jamshoro District", "district", SD, "Jamshoro"),
        P("Sehwan", "town", SD, "Jamshoro"),
        P("Dadu District", "district", SD, "Dadu"),
        P("Johi", "town", SD, "Dadu"),
        P("Karachi", "city", SD, "Karachi"),
        P("Orangi Town", "area", SD, "Karachi"),
        P("Kotri", "town", SD, "Jamshoro"),
    ],
    not_incidents=["two suspects involved in the Latifabad attack were arrested from Kotri on June 12"],
    incidents=[
        I("a cracker bomb was thrown at a Rangers picket on Auto Bhan Road",
          EXP, GREN, BOMB, "Sindhudesh Revolutionary Army", "Rangers", "Auto Bhan Road", 1,
          "on the night of 9-10 June",
          0, {}, 1,
          "A thrown crude explosive is coded Grenade (hand-thrown device), not IED. Claimed by the SRA by "
          "pamphlet. One Rangers soldier injured. The June 12 arrests are tied to it and not coded separately."),
        I("an explosive device damaged an electricity pylon near Manjhand",
          EXP, IED, BOMB, UAG, None, "Manjhand", 2, "On June 10",
          0, {}, None,
          "Infrastructure bombing, no casualties reported, actor2 null. 'Near Manjhand', precision 2."),
        I("who had been kidnapped for ransom from his farmhouse near Johi",
          VAC, ATTACK, KIDN, UAG, CIV, "Johi", 2, "on June 6",
          1, {"civilians": 1}, None,
          "Kidnapped for ransom and later found shot: Attack with GTD Kidnapping. Dated by the kidnapping "
          "(the recovery date is not given). A landlord is a civilian role. 'Near Johi', precision 2. A "
          "ransom kidnapping may be criminal rather than political; coded as the dev files code "
          "abduct-and-kill cases."),
        I("unidentified gunmen killed an Ahmadi shopkeeper, Naseer Ahmed",
          VAC, ATTACK, AA, UAG, CIV, "Orangi Town", 1, "late on June 11",
          1, {"civilians": 1}, None,
          "A shopkeeper is a civilian role; a community-targeted killing, Armed Assault."),
    ],
))

# ---------------------------------------------------------------- DB-24
REPORTS.append(R("DB-24", "The Express Tribune", """
Four soldiers and 12 militants were killed when hundreds of Tehreek-e-Taliban Pakistan (TTP) militants
crossed from Afghanistan and attacked two border posts in the Arandu area of Chitral District early on June
19, reports The Express Tribune. Officials said troops repulsed the attack after fighting that lasted till
the evening. On June 20, the bodies of two more militants were found near the posts, raising the militants'
toll to 14. In Lower Dir District, a police constable was injured when an improvised explosive device went
off near the police station in Lal Qila on June 19. The same night, unidentified men blew up a girls'
primary school in Barawal area of Upper Dir District, partly damaging the building. Two days later,
Security Forces killed three militants, including a commander wanted for the Lal Qila blast, in an
intelligence-based operation in Maidan tehsil of Lower Dir.
""",
    actors=[
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
        SF(["Security Forces", "soldiers", "troops"]),
        A("Police", "state_force", 1, ["police"]),
    ],
    people=[],
    places=[
        P("Afghanistan", "country", None, None),
        P("Arandu", "area", KP, "Chitral"),
        P("Chitral District", "district", KP, "Chitral"),
        P("Lower Dir District", "district", KP, "Lower Dir"),
        P("Lal Qila", "town", KP, "Lower Dir"),
        P("Barawal", "area", KP, "Upper Dir"),
        P("Upper Dir District", "district", KP, "Upper Dir"),
        P("Maidan", "area", KP, "Lower Dir"),
    ],
    not_incidents=["the bodies of two more militants were found near the posts, raising the militants' toll to 14"],
    incidents=[
        I("hundreds of Tehreek-e-Taliban Pakistan (TTP) militants crossed from Afghanistan and attacked two border posts",
          BAT, ARMED, AA, "Tehreek-e-Taliban Pakistan", "Security Forces", "Arandu", 1, "early on June 19",
          18, {"security_forces": 4, "militants": 14}, None,
          "One attack on two posts in one area, coded once. Mixed count in one sentence (4 soldiers, 12 "
          "militants); the militants' toll later rose to 14 when two more bodies were found, so killed = 18. "
          "The body recovery is not a new incident. 'hundreds' gives no count of attackers, which is not "
          "needed."),
        I("a police constable was injured when an improvised explosive device went off near the police station in Lal Qila",
          EXP, IED, BOMB, UAG, "Police", "Lal Qila", 1, "on June 19",
          0, {}, 1,
          "The police station is in Lal Qila, so precision 1."),
        I("unidentified men blew up a girls' primary school in Barawal area",
          EXP, IED, BOMB, UAG, None, "Barawal", 1, "The same night",
          0, {}, None,
          "School partly damaged, no casualties reported: actor2 null."),
        I("Security Forces killed three militants, including a commander wanted for the Lal Qila blast",
          BAT, ARMED, None, "Security Forces", UAG, "Maidan", 2, "Two days later",
          3, {"militants": 3}, None,
          "An intelligence-based operation linked to the Lal Qila blast; state-initiated, GTD null. "
          "Tehsil-level, precision 2. 'Two days later' after June 19 = June 21."),
    ],
))
