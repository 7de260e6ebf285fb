from common import *

R11 = gold("BZ-11", None, """KHUZDAR: Armed men blocked the Quetta Karachi highway near Sorgaz Kach in Wadh tehsil of Khuzdar District on Saturday night, offloaded passengers from buses and trucks and shot dead seven labourers after checking their identity cards, officials said.
Deputy Commissioner Khuzdar Niaz Ahmed Langove said the victims, all residents of different districts of Punjab, were travelling to Karachi in search of work. The attackers also set fire to four trucks before fleeing towards the mountains.
Deputy Commissioner Khuzdar Niaz Ahmed Langove said the victims, all residents of different districts of Punjab, were travelling to Karachi in search of work. The attackers also set fire to four trucks before fleeing towards the mountains.
Around the same time, militants attacked a Levies checkpost at Wadh bazaar, killing one Levies sepoy and injuring another. The Balochistan Liberation Army (BLA) claimed responsibility for both attacks in a statement.
On Sunday, security forces conducted an intelligence based operation in the mountains near Wadh and killed four terrorists of Fitna al Hindustan who were hiding in the area, the Inter Services Public Relations (ISPR) said. Weapons and ammunition were recovered from them.""",
    C(must_contain=["offloaded passengers from buses and trucks and shot dead seven labourers",
                    "Around the same time, militants attacked a Levies checkpost"],
      keep_unchanged=["Langove", "Fitna al Hindustan", "Sorgaz Kach"],
      near_dup=[["Deputy Commissioner Khuzdar Niaz Ahmed Langove said the victims, all residents of different districts of Punjab, were travelling to Karachi in search of work.",
                 "Deputy Commissioner Khuzdar Niaz Ahmed Langove said the victims, all residents of different districts of Punjab, were travelling to Karachi in search of work."],
                ["The attackers also set fire to four trucks before fleeing towards the mountains.",
                 "The attackers also set fire to four trucks before fleeing towards the mountains."]]),
    [SF("Levies", ["Levies"]),
     AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
     SF("Security Forces", ["security forces"])],
    [H("Niaz Ahmed Langove", ["Niaz Ahmed Langove"], ["Deputy Commissioner Khuzdar"])],
    [P("KHUZDAR", "city", BA, "Khuzdar"),
     P("Sorgaz Kach", "town", BA, "Khuzdar"),
     P("Wadh", "town", BA, "Khuzdar"),
     P("Khuzdar District", "district", BA, "Khuzdar"),
     P("Punjab", "province", PB, None),
     P("Karachi", "city", SD, "Karachi")],
    [],
    [I("offloaded passengers from buses and trucks and shot dead seven labourers",
       "Violence against civilians", "Attack", "Armed Assault",
       "Balochistan Liberation Army", CIV, BA, "Khuzdar", "Sorgaz Kach", 2, "on Saturday night",
       7, {"civilians": 7}, None,
       "Identity-based killing of travelling labourers (a civilian role) on the highway near Sorgaz Kach, hence "
       "precision 2. The BLA claimed 'both attacks', so it is actor1. The torching of four trucks is part of the same "
       "event. The scrape repeats the Deputy Commissioner's paragraph; it is the same event, counted once."),
     I("militants attacked a Levies checkpost at Wadh bazaar",
       "Battles", "Armed clash", "Armed Assault",
       "Balochistan Liberation Army", "Levies", BA, "Khuzdar", "Wadh", 1, "Around the same time",
       1, {"security_forces": 1}, 1,
       "Attack on a Levies post, so Battles/Armed clash; covered by the BLA claim of 'both attacks'. The date is "
       "relative to the highway attack (Saturday night)."),
     I("security forces conducted an intelligence based operation in the mountains near Wadh and killed four terrorists",
       "Battles", "Armed clash", None,
       "Security Forces", UAG, BA, "Khuzdar", "Wadh", 2, "On Sunday",
       4, {"militants": 4}, None,
       "A state operation, so GTD null. 'Fitna al Hindustan' is the state's label for Baloch separatist militants; "
       "the text does not tie these four to the BLA or to the highway attack, so actor2 stays Unidentified. ISPR is "
       "only the source.")])

R12 = gold("BZ-12", "Dawn", """At least 12 people were killed and 18 others injured in armed clashes between two tribes over a land dispute in Sarghala Kalay area of Upper Kurram tehsil in Kurram District of Khyber Pakhtunkhwa on July 24 and 25, reports Dawn. Officials said the fighting erupted over the ownership of a piece of farmland and quickly spread to nearby villages, with both sides using heavy and automatic weapons and mortars. Educational institutions and markets in Parachinar, the district headquarters, remained closed and the main road to Peshawar was blocked for traffic. On July 26, a ceasefire was agreed between the two sides through the mediation of a grand jirga of elders from Kohat and Hangu, and both tribes agreed to hand over their trenches to the Police and Frontier Corps.""",
    C(),
    [SF("Police", ["Police"]),
     SF("Frontier Corps", ["Frontier Corps"])],
    [],
    [P("Sarghala Kalay", "town", KP, "Kurram"),
     P("Upper Kurram", "area", KP, "Kurram"),
     P("Kurram District", "district", KP, "Kurram"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Parachinar", "town", KP, "Kurram"),
     P("Peshawar", "city", KP, "Peshawar"),
     P("Kohat", "city", KP, "Kohat"),
     P("Hangu", "city", KP, "Hangu")],
    [],
    [I("armed clashes between two tribes over a land dispute",
       "Battles", "Armed clash", "Armed Assault",
       UAG, UAG, KP, "Kurram", "Sarghala Kalay", 1, "on July 24 and 25",
       12, {}, 18,
       "Two armed tribes fought over farmland; neither is a named organisation, so both actors are Unidentified Armed "
       "Group (ACLED would use identity militias, inter 4). The two days of fighting are one event. The dead are "
       "'people', so no side. 'At least 12' = 12."),
     I("a ceasefire was agreed between the two sides",
       "Strategic developments", "Agreement", None,
       UAG, UAG, KP, "Kurram", "Kurram District", 2, "On July 26",
       0, {}, None,
       "A jirga-brokered ceasefire, with trenches to be handed to the Police and FC. Where it was agreed is not "
       "stated, so the district at precision 2.")],
    not_incidents=["Educational institutions and markets in Parachinar, the district headquarters, remained closed"])

R13 = gold("BZ-13", "Dawn", """Dacoits abducted three persons, including a Hindu grain trader, from the Kandhkot Guddu road in Kashmore District of Sindh on the evening of February 6, reports Dawn. Police said the armed men, who were riding motorcycles, stopped a car near a bridge and took the three men to the riverine Kacha area. The trader was identified as Mukesh Lal, a resident of Kandhkot. The dacoits later contacted the family and demanded a ransom of Rs 5 million for the release of the three, relatives said.
Follow Dawn on WhatsApp
Police said raids were being conducted in the Kacha area to recover the three men.""",
    C(must_contain=["Dacoits abducted three persons, including a Hindu grain trader",
                    "Police said raids were being conducted in the Kacha area"],
      must_not_contain=["Follow Dawn on WhatsApp"],
      keep_unchanged=["Kandhkot", "Kashmore"]),
    [SF("Police", ["Police"])],
    [H("Mukesh Lal", ["Mukesh Lal"], ["Hindu grain trader", "abducted", "resident of Kandhkot"])],
    [P("Kandhkot Guddu road", "area", SD, "Kashmore"),
     P("Kashmore District", "district", SD, "Kashmore"),
     P("Sindh", "province", SD, None),
     P("Kacha area", "area", SD, "Kashmore"),
     P("Kandhkot", "town", SD, "Kashmore")],
    [],
    [I("Dacoits abducted three persons, including a Hindu grain trader",
       "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
       UAG, CIV, SD, "Kashmore", "Kandhkot Guddu road", 2, "on the evening of February 6",
       0, {}, None,
       "Kidnapping for ransom by dacoits (organised crime), coded as ACLED Abduction. Dacoits are not a named "
       "organisation, so actor1 is Unidentified. A road between two towns, hence precision 2. The police raids to "
       "recover them report no outcome and are not an incident.")])

R14 = gold("BZ-14", None, """| B |
BANNU: A child was killed and two policemen were injured when militants used a quadcopter to drop explosives on the Domel Police Station in Bannu District of Khyber Pakhtunkhwa late on Tuesday, police said.
A police official said the quadcopter dropped two mortar shells, one of which fell in the police station compound while the other landed on a house nearby, killing an eight year old boy, Zahid Ullah, and damaging the roof. The policemen fired at the drone but it flew away towards the Jani Khel hills.
This was the fourth drone attack on police installations in the district this month.
On Wednesday, security forces conducted an intelligence based operation in Jani Khel and killed three terrorists belonging to Fitna al Khawarij, the term the state uses for the banned Tehreek e Taliban Pakistan (TTP), according to the Inter Services Public Relations (ISPR). Two soldiers were injured in the exchange of fire.""",
    C(must_contain=["A child was killed and two policemen were injured when militants used a quadcopter"],
      must_not_contain=["| B |"],
      keep_unchanged=["quadcopter", "Fitna al Khawarij", "Jani Khel"]),
    [SF("Police", ["Police", "police"]),
     SF("Security Forces", ["security forces", "soldiers"]),
     AG("Tehreek-e-Taliban Pakistan", ["Fitna al Khawarij", "Tehreek e Taliban Pakistan", "TTP"])],
    [H("Zahid Ullah", ["Zahid Ullah"], ["eight year old boy", "killed in the drone attack"])],
    [P("BANNU", "city", KP, "Bannu"),
     P("Domel", "town", KP, "Bannu"),
     P("Bannu District", "district", KP, "Bannu"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Jani Khel", "area", KP, "Bannu")],
    [],
    [I("militants used a quadcopter to drop explosives on the Domel Police Station",
       "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion",
       UAG, "Police", KP, "Bannu", "Domel", 1, "late on Tuesday",
       1, {}, 2,
       "A militant quadcopter dropping mortar shells is coded Air/drone strike (ACLED codes armed drones this way, "
       "whoever flies them). No group is named. The boy killed is a child with no stated status, so no side (as with "
       "'a woman and a child' in the dev files); the two injured are policemen."),
     I("security forces conducted an intelligence based operation in Jani Khel and killed three terrorists",
       "Battles", "Armed clash", None,
       "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "Bannu", "Jani Khel", 1, "On Wednesday",
       3, {"militants": 3}, 2,
       "The text itself glosses 'Fitna al Khawarij' as the state's term for the TTP, so actor2 is the TTP. State "
       "operation, so GTD null. The two injured are soldiers.")],
    not_incidents=["This was the fourth drone attack on police installations in the district this month."])

R15 = gold("BZ-15", "The Express Tribune", """Unidentified miscreants set on fire four government girls schools in Darel and Tangir valleys of Diamer District in Gilgit Baltistan during the night of August 2, reports The Express Tribune. Officials said that the attackers sprinkled petrol on the furniture and books before setting the buildings alight. Three of the schools were still under construction. In addition, a girls primary school in Shaheen Kot village of Tangir was blown up with explosives the same night. No casualties were reported as the schools were closed for the summer vacations. Police arrested 11 suspects in connection with the attacks the next day, while the local administration deployed police at other schools in the valleys. Residents of Chilas staged a protest against the burning of the schools.""",
    C(),
    [SF("Police", ["Police", "police"])],
    [],
    [P("Darel", "area", GB, "Diamer"),
     P("Tangir", "area", GB, "Diamer"),
     P("Diamer District", "district", GB, "Diamer"),
     P("Gilgit Baltistan", "province", GB, None),
     P("Chilas", "town", GB, "Diamer"),
     P("Shaheen Kot", "town", GB, "Diamer")],
    [],
    [I("Unidentified miscreants set on fire four government girls schools",
       "Strategic developments", "Looting/property destruction", "Facility/Infrastructure Attack",
       UAG, None, GB, "Diamer", "Diamer District", 2, "during the night of August 2",
       0, {}, 0,
       "Arson of four schools with petrol and no casualties: property destruction, GTD Facility/Infrastructure Attack "
       "(incendiary, not explosives). The schools are spread over two valleys, so the district at precision 2. The 11 "
       "arrests were made 'in connection with the attacks', so they belong to this event and are not a separate "
       "Arrests incident. The Chilas protest has no date and no detail and is not coded."),
     I("a girls primary school in Shaheen Kot village of Tangir was blown up with explosives",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
       UAG, None, GB, "Diamer", "Shaheen Kot", 1, "the same night",
       0, {}, 0,
       "The one school destroyed with explosives rather than fire is a bombing, coded apart from the arsons (as a "
       "school blown up is coded in the dev files). 'No casualties were reported' covers it too.")],
    not_incidents=["Residents of Chilas staged a protest against the burning of the schools."])

R16 = gold("BZ-16", "The News", """Two civilians, including a woman, were killed and five others were injured when Indian troops resorted to unprovoked firing and shelling across the Line of Control (LoC) in Nakyal sector of Kotli District in Azad Jammu and Kashmir (AJK) on the night of October 22, reports The News. According to Inter Services Public Relations (ISPR), the Indian troops deliberately targeted the civilian population in Baroh Mohra village with mortars and heavy machine guns. Pakistan Army troops responded effectively and targeted the Indian posts from where the fire was initiated, the ISPR said, claiming that five Indian soldiers were killed and several posts were destroyed. The injured were shifted to the District Headquarters Hospital in Kotli.""",
    C(),
    [A("Indian Army", "foreign_force", 8, ["Indian troops"]),
     SF("Pakistan Army", ["Pakistan Army"])],
    [],
    [P("Line of Control", "area", None, None),
     P("Nakyal", "area", AJK, "Kotli"),
     P("Kotli District", "district", AJK, "Kotli"),
     P("Azad Jammu and Kashmir", "province", AJK, None),
     P("Baroh Mohra", "town", AJK, "Kotli"),
     P("Kotli", "city", AJK, "Kotli")],
    [],
    [I("Indian troops resorted to unprovoked firing and shelling across the Line of Control (LoC)",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
       "Indian Army", CIV, AJK, "Kotli", "Baroh Mohra", 1, "on the night of October 22",
       2, {"civilians": 2}, 5,
       "Cross-LoC mortar and machine-gun fire on a village by a foreign army; coded as shelling since the fire is "
       "long-range across the LoC. The Indian forces are the perpetrator (foreign forces are left out only when named "
       "as victims or accusers), inter 8; GTD null for a state's fire. Pakistan Army's return fire is part of the same "
       "exchange. Its claim of five Indian soldiers killed concerns posts across the LoC, outside Pakistan, and is one "
       "side's claim, so it is not counted here. admin1 'Azad Kashmir' (ACLED's name for AJK).")],
    not_incidents=["claiming that five Indian soldiers were killed and several posts were destroyed"])

R17 = gold("BZ-17", None, """TOBA TEK SINGH: An enraged mob set fire to a small church and at least nine houses belonging to Christian families in Basti Noorpur Sharqi, a village in Pir Mahal tehsil, on Sunday after two brothers of the area were accused of desecrating pages of the Holy Quran.
Police said announcements were made from a mosque loudspeaker in the morning, after which hundreds of people armed with sticks gathered in the village. Household goods were thrown into the street and set alight, and a motorcycle was torched.
Advertisement
Most of the Christian residents had fled to nearby fields before the mob arrived and no one was hurt, District Police Officer (DPO) Kashif Nawaz Bhatti said. Heavy contingents of police reached the village in the afternoon and dispersed the crowd. The accused brothers were shifted to an undisclosed location for their protection and a case was registered against them.
Police later registered a case against more than 300 people and arrested 27 suspects involvedin the arson, the DPO added.""",
    C(must_contain=["An enraged mob set fire to a small church",
                    "arrested 27 suspects involved in the arson"],
      must_not_contain=["Advertisement", "involvedin"],
      keep_unchanged=["Pir Mahal", "Noorpur Sharqi"]),
    [SF("Police", ["Police", "police"])],
    [H("Kashif Nawaz Bhatti", ["Kashif Nawaz Bhatti"], ["District Police Officer (DPO)"])],
    [P("TOBA TEK SINGH", "city", PB, "Toba Tek Singh"),
     P("Basti Noorpur Sharqi", "town", PB, "Toba Tek Singh"),
     P("Pir Mahal", "area", PB, "Toba Tek Singh")],
    [],
    [I("An enraged mob set fire to a small church and at least nine houses belonging to Christian families",
       "Riots", "Mob violence", None,
       "Rioters", CIV, PB, "Toba Tek Singh", "Basti Noorpur Sharqi", 1, "on Sunday",
       0, {}, 0,
       "A mob attacked the property of a religious minority after a blasphemy accusation: Riots/Mob violence, with "
       "the generic 'Rioters' and 'Civilians' labels. Not terrorism, so GTD null. 'No one was hurt', so injured = 0. "
       "The 27 arrests are of suspects in this arson, so they belong to this event, not a separate Arrests incident. "
       "The case against the accused brothers is not an incident.")])

R18 = gold("BZ-18", "Dawn", """Two polio workers and a policeman escorting them were shot dead by unidentified armed assailants in Gara Sher Khan village of Paharpur tehsil in Dera Ismail Khan District of Khyber Pakhtunkhwa on April 15, reports Dawn. Police said the vaccination team was going door to door when two men on a motorcycle opened fire on them and fled. The deceased polio workers were identified as Muhammad Nawaz and Shabana Bibi, while the policeman was identified as constable Amir Zeb. No group claimed responsibility for the attack. The health department suspended the anti polio campaign in the tehsil for three days.""",
    C(),
    [SF("Police", ["Police"])],
    [H("Muhammad Nawaz", ["Muhammad Nawaz"], ["polio worker", "shot dead"]),
     H("Shabana Bibi", ["Shabana Bibi"], ["polio worker", "shot dead"]),
     H("Amir Zeb", ["Amir Zeb"], ["constable", "escorting the polio team", "shot dead"])],
    [P("Gara Sher Khan", "town", KP, "Dera Ismail Khan"),
     P("Paharpur", "area", KP, "Dera Ismail Khan"),
     P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
     P("Khyber Pakhtunkhwa", "province", KP, None)],
    [],
    [I("Two polio workers and a policeman escorting them were shot dead by unidentified armed assailants",
       "Violence against civilians", "Attack", "Armed Assault",
       UAG, CIV, KP, "Dera Ismail Khan", "Gara Sher Khan", 1, "on April 15",
       3, {"civilians": 2, "security_forces": 1}, None,
       "The target was the vaccination team, so Violence against civilians/Attack with actor2 Civilians; coding it "
       "Battles because a police escort was killed is the alternative. Polio workers are a civilian role; the "
       "constable is counted as security forces because the text gives his status (the bodyguard rule is read as "
       "applying to private guards with no stated status). Suspension of the campaign is not an incident.")])

R19 = gold("BZ-19", "Daily Times", """Militants blew up a 24 inch diameter gas pipeline near Loti gas field in Dera Bugti District of Balochistan in the early hours of June 9, suspending gas supply to Punjab and parts of Sindh, reports Daily Times. Officials of the Pakistan Petroleum Limited said the blast caused a huge fire that was brought under control after several hours. The Baloch Republican Army (BRA) claimed responsibility for the blast. Its spokesman Doda Baloch said the group would not allow the plundering of Baloch resources. Separately, a portion of the railway track was blown up near Dera Murad Jamali in Naseerabad District on the same day, suspending the train service between Quetta and the rest of the country. The United Baloch Army (UBA) claimed responsibility for the railway track blast. The Bomb Disposal Squad later defused a second device found planted under the track nearby. The BRA has frequently targeted gas pipelines, electricity pylons and railway tracks in Dera Bugti, Naseerabad and Jaffarabad districts.""",
    C(),
    [AG("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
     AG("United Baloch Army", ["United Baloch Army", "UBA"]),
     SF("Bomb Disposal Squad", ["Bomb Disposal Squad"])],
    [H("Doda Baloch", ["Doda Baloch"], ["BRA spokesman"])],
    [P("Loti gas field", "area", BA, "Dera Bugti"),
     P("Dera Bugti District", "district", BA, "Dera Bugti"),
     P("Balochistan", "province", BA, None),
     P("Punjab", "province", PB, None),
     P("Sindh", "province", SD, None),
     P("Dera Murad Jamali", "town", BA, "Naseerabad"),
     P("Naseerabad District", "district", BA, "Naseerabad"),
     P("Quetta", "city", BA, "Quetta")],
    [],
    [I("Militants blew up a 24 inch diameter gas pipeline near Loti gas field",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
       "Baloch Republican Army", None, BA, "Dera Bugti", "Loti gas field", 2, "in the early hours of June 9",
       0, {}, None,
       "Pipeline bombing claimed by the BRA; infrastructure target, so actor2 null. 'Near' the gas field, hence "
       "precision 2. No casualties are mentioned, so injured is null."),
     I("a portion of the railway track was blown up near Dera Murad Jamali",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
       "United Baloch Army", None, BA, "Naseerabad", "Dera Murad Jamali", 2, "on the same day",
       0, {}, None,
       "A second bombing in another district, claimed by a different group (UBA), so a separate incident."),
     I("The Bomb Disposal Squad later defused a second device found planted under the track nearby",
       "Strategic developments", "Disrupted weapons use", "Bombing/Explosion",
       "Bomb Disposal Squad", UAG, BA, "Naseerabad", "Dera Murad Jamali", 2, None,
       0, {}, None,
       "A defused device near the blast site. The UBA claimed only 'the railway track blast', so the planters of the "
       "second device stay Unidentified (as with claim scope in the dev files). 'Later' gives no date.")],
    not_incidents=["The BRA has frequently targeted gas pipelines, electricity pylons and railway tracks in Dera Bugti, Naseerabad and Jaffarabad districts."],
    actor_profiles={
        "Baloch Republican Army": {"area": ["Dera Bugti", "Naseerabad", "Jaffarabad"],
                                   "gtd_target_types": ["Utilities", "Transportation"],
                                   "evidence": "The BRA has frequently targeted gas pipelines, electricity pylons and railway tracks"}})

R20 = gold("BZ-20", None, """| G |
GHALANAI: The bullet riddled bodies of three tribal elders, who had been kidnapped by militants a week ago, were found in Safi tehsil of Mohmand Agency on Thursday, officials said.
The elders, identified as Malik Sher Afzal, Malik Zar Wali and Haji Gul Rehman, had been picked up by armed men on their way home from a jirga in Lakaro. Their bodies, with hands tied behind their backs, were dumped near a stream, officials said.
Share this article
A spokesman for the Mohmand chapter of the Tehreek e Taliban Pakistan (TTP), Mukarram Mohmand, claimed responsibility for the killings, accusing the elders of spying for the government.
Read more: Seven soldiers martyred in Bajaur cross border attack
In a separate incident, militants attacked a check post of the Mohmand Rifles in Halimzai tehsil on Wednesday night, triggering a gunbattle that lasted for two hours. Two soldiers and five militants were killed, officials said. The militants fled towards the border after reinforcements arrived.""",
    C(must_contain=["The bullet riddled bodies of three tribal elders",
                    "In a separate incident, militants attacked a check post of the Mohmand Rifles"],
      must_not_contain=["| G |", "Share this article", "Read more: Seven soldiers martyred in Bajaur cross border attack"],
      keep_unchanged=["GHALANAI", "Halimzai", "gunbattle"]),
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
     SF("Mohmand Rifles", ["Mohmand Rifles"]),
     SF("Security Forces", ["soldiers"])],
    [H("Sher Afzal", ["Malik Sher Afzal"], ["tribal elder", "kidnapped and killed"]),
     H("Zar Wali", ["Malik Zar Wali"], ["tribal elder", "kidnapped and killed"]),
     H("Gul Rehman", ["Haji Gul Rehman"], ["tribal elder", "kidnapped and killed"]),
     H("Mukarram Mohmand", ["Mukarram Mohmand"], ["spokesman for the Mohmand chapter of the TTP"])],
    [P("GHALANAI", "town", KP, "Mohmand"),
     P("Safi", "area", KP, "Mohmand"),
     P("Mohmand Agency", "district", KP, "Mohmand"),
     P("Lakaro", "town", KP, "Mohmand"),
     P("Halimzai", "area", KP, "Mohmand")],
    [],
    [I("The bullet riddled bodies of three tribal elders, who had been kidnapped by militants a week ago, were found",
       "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)",
       "Tehreek-e-Taliban Pakistan", CIV, KP, "Mohmand", "Safi", 2, "on Thursday",
       3, {"civilians": 3}, None,
       "Abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping). The TTP (its Mohmand chapter, a "
       "regional branch rather than a faction) claimed the killings. Tribal elders are read as a civilian role. The "
       "bodies were found somewhere in Safi tehsil, hence precision 2; the date is the day they were found. " + FATA_NOTE),
     I("militants attacked a check post of the Mohmand Rifles in Halimzai tehsil",
       "Battles", "Armed clash", "Armed Assault",
       UAG, "Mohmand Rifles", KP, "Mohmand", "Halimzai", 2, "on Wednesday night",
       7, {"security_forces": 2, "militants": 5}, None,
       "Attack on a Mohmand Rifles post (a Frontier Corps unit). No claim for this attack, so actor1 is Unidentified. "
       "The 'Read more' headline about Bajaur is web debris, not an incident of this report.")],
    not_incidents=["Read more: Seven soldiers martyred in Bajaur cross border attack"])

REPORTS = [R11, R12, R13, R14, R15, R16, R17, R18, R19, R20]
