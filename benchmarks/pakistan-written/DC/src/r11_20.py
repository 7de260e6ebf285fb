from common import *

# ---------------------------------------------------------------- DC-11
report(11, "AFP", """
QUETTA (AFP) - A suicide bomber blew himself up next to a truck carrying police officers in the southwestern Pakistani city of Quetta on Tuesday, killing eight policemen and two passers-by, officials said.

The attack took place on Zarghoon Road, a few hundred metres from the provincial assembly, as the truck took officers to guard a court. "The bomber was on foot and blew himself up when the truck slowed down at a speed breaker," senior police officer Tariq Mehmood Lodhi told AFP. Twenty-one people, 14 of them policemen, were wounded.

Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility in an email to journalists. Hours later the Islamic State group's Amaq news agency also claimed the attack. Officials said they were examining both claims.

Police cordoned off the area and collected the bomber's remains for DNA tests. The provincial government announced compensation for the families of the dead and ordered extra checkpoints on roads leading into the city centre.

In August, a suicide bomber struck the emergency ward of Quetta's main government hospital, killing more than 70 people, most of them lawyers who had gathered to mourn a colleague shot dead that morning. Both Jamaat-ul-Ahrar and the Islamic State group claimed that bombing as well.

Jamaat-ul-Ahrar, which is believed to be based in eastern Afghanistan, has carried out some of the deadliest attacks in Pakistan in recent years, including bombings in Lahore and Peshawar.

Balochistan, rich in gas and minerals, is also home to a separatist insurgency, and China is building a port at Gwadar as part of a $46 billion economic corridor.
""",
actors=[JUA("Jamaat-ul-Ahrar"), TTP("Pakistani Taliban"),
        ac("Islamic State", "armed_group", 2, "Islamic State group"), POL("police")],
people=[pe("Tariq Mehmood Lodhi", ["Tariq Mehmood Lodhi"], ["senior police officer"])],
places=[pl("Quetta", "city", BA, "Quetta"), pl("Zarghoon Road", "area", BA, "Quetta"),
        pl("Afghanistan", "country", None, None), pl("Lahore", "city", PU, "Lahore"),
        pl("Peshawar", "city", KP, "Peshawar"), pl("Balochistan", "province", BA, None),
        pl("Gwadar", "town", BA, "Gwadar")],
quotes=[q("Tariq Mehmood Lodhi", "The bomber was on foot and blew himself up")],
incidents=[
    inc("A suicide bomber blew himself up next to a truck carrying police officers", "Suicide bomb",
        "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", "Zarghoon Road", 1, "on Tuesday", 10,
        {"security_forces": 8, "civilians": 2}, 21,
        "Two groups claimed it (Jamaat-ul-Ahrar first, then Islamic State via Amaq). The rules name the claimant as "
        "perpetrator but do not cover competing claims; the first claimant is actor1 and IS is listed in actors. "
        "Eight policemen plus two passers-by (a civilian role). The bomber is not counted."),
    inc("a suicide bomber struck the emergency ward of Quetta's main government hospital", "Suicide bomb",
        "Bombing/Explosion", "Jamaat-ul-Ahrar", "Civilians", "Quetta", 1, "In August", 70, {}, None,
        BG + "Same competing claims as above, same choice. 'More than 70' = 70; 'most of them lawyers' gives no "
        "count, so no side."),
    inc("a colleague shot dead that morning", "Attack", "Armed Assault", "Unidentified Armed Group", "Civilians",
        "Quetta", 2, "that morning", 1, {"civilians": 1}, None,
        BG + "The lawyer whose mourners were bombed; a lawyer is a civilian role. The text gives only the city, "
        "precision 2, and no perpetrator."),
],
not_incidents=["has carried out some of the deadliest attacks in Pakistan in recent years, including bombings in Lahore and Peshawar",
               "is also home to a separatist insurgency",
               "Police cordoned off the area and collected the bomber's remains for DNA tests"],
relations=[rel("Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan", "faction_of", "a faction of the Pakistani Taliban")],
profiles={"Jamaat-ul-Ahrar": {"area": ["Lahore", "Peshawar", "Afghanistan"], "gtd_attack_types": ["Bombing/Explosion"],
                              "evidence": "has carried out some of the deadliest attacks in Pakistan in recent years, including bombings in Lahore and Peshawar"}})

# ---------------------------------------------------------------- DC-12
report(12, "Reuters", """
KARACHI, Pakistan, June 19 (Reuters) - A remote-controlled bomb exploded next to a convoy carrying Chinese engineers in Pakistan's southern port city of Karachi on Monday, killing two Pakistani security guards escorting them, police said. A Chinese national was slightly hurt.

The bomb, hidden in a motorcycle parked by the roadside, went off as the three-vehicle convoy passed through the Shah Latif Town area of Malir district on its way to a power plant construction site, senior police officer Asif Raza Memon said. "The Chinese nationals were travelling in an armoured vehicle, which saved their lives," he said. Three other people, including a rickshaw driver, were wounded.

The Sindhudesh Revolutionary Army (SRA), a small separatist group that seeks independence for Sindh province, claimed responsibility in a statement, calling Chinese investment "colonial plunder". The group has mostly carried out low-intensity bombings of railway tracks and power pylons.

China's foreign ministry condemned the attack and urged Pakistan to "severely punish the perpetrators" and protect Chinese citizens.

Tens of thousands of Chinese nationals work in Pakistan on projects under the China-Pakistan Economic Corridor, a $65 billion investment scheme, and they have been repeatedly targeted by militants.

In April last year, a woman suicide bomber killed three Chinese teachers and their Pakistani driver outside the Confucius Institute at the University of Karachi. The Balochistan Liberation Army claimed that attack. In July 2021, a bomb attack on a bus killed nine Chinese workers and four Pakistanis near the Dasu dam in the northwest.
""",
actors=[ac("Sindhudesh Revolutionary Army", "armed_group", 2, "Sindhudesh Revolutionary Army", "SRA"),
        BLA("Balochistan Liberation Army"), POL("police")],
people=[pe("Asif Raza Memon", ["Asif Raza Memon"], ["senior police officer"])],
places=[pl("Karachi", "city", SI, "Karachi"), pl("Shah Latif Town", "area", SI, "Malir"),
        pl("Malir district", "district", SI, "Malir"), pl("Sindh", "province", SI, None),
        pl("University of Karachi", "area", SI, "Karachi"), pl("Dasu", "town", KP, "Upper Kohistan")],
quotes=[q("Asif Raza Memon", "The Chinese nationals were travelling in an armoured vehicle"),
        q("Sindhudesh Revolutionary Army", "colonial plunder"),
        q("China's foreign ministry", "severely punish the perpetrators")],
incidents=[
    inc("A remote-controlled bomb exploded next to a convoy carrying Chinese engineers", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Sindhudesh Revolutionary Army", "Civilians", "Shah Latif Town", 1, "on Monday", 2,
        {"civilians": 2}, 4,
        "Claimed by the SRA. The two dead were private security guards escorting civilian engineers; a guard takes "
        "his principal's side, so civilians. Injured = one Chinese national + three others. The text names a "
        "Karachi district (Malir), so admin2 is Malir rather than Karachi, per the rules."),
    inc("a woman suicide bomber killed three Chinese teachers and their Pakistani driver", "Suicide bomb",
        "Bombing/Explosion", "Balochistan Liberation Army", "Civilians", "University of Karachi", 1,
        "In April last year", 4, {"civilians": 4}, None,
        BG + "Claimed by the BLA. Teachers and a driver are civilian roles. The bomber is not counted. No Karachi "
        "district is named, so admin2 Karachi."),
    inc("a bomb attack on a bus killed nine Chinese workers and four Pakistanis", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Unidentified Armed Group", "Civilians", "Dasu", 2, "In July 2021", 13,
        {"civilians": 9}, None,
        BG + "'Near the Dasu dam': precision 2. Dasu lies in Upper Kohistan district of Khyber Pakhtunkhwa "
        "(general knowledge; the text says only 'in the northwest'). Workers are civilians; the four Pakistanis "
        "have no stated status. No claim is stated."),
],
not_incidents=["they have been repeatedly targeted by militants",
               "The group has mostly carried out low-intensity bombings of railway tracks and power pylons"],
profiles={"Sindhudesh Revolutionary Army": {"area": ["Sindh"], "gtd_attack_types": ["Bombing/Explosion"],
                                            "gtd_target_types": ["Transportation", "Utilities"],
                                            "evidence": "The group has mostly carried out low-intensity bombings of railway tracks and power pylons"}})

# ---------------------------------------------------------------- DC-13
report(13, "Associated Press", """
PESHAWAR, Pakistan (AP) — Gunmen shot and killed two female polio workers and wounded a policeman guarding them on the outskirts of the northwestern city of Peshawar on Tuesday, officials said, in the latest attack on Pakistan's campaign to eradicate the crippling disease.

The women, Zarmina Bibi, 24, and Farzana Gul, 31, were going door to door in the village of Sango Banda in the Badaber area when two men on a motorcycle opened fire, said senior police officer Abbas Majeed Marwat. The policeman was hit in the leg.

No group claimed responsibility, but officials suspect the Pakistani Taliban, who have long opposed the vaccination campaign. Militants claim it is a cover for Western spying and that the vaccine causes infertility.

"These brave women were serving the nation's children," said provincial health official Dr. Shahida Kausar, who said the campaign would continue with more police protection. Police said they had launched a search for the attackers in the surrounding sugarcane fields.

More than 60 polio workers and police guarding them have been killed in Pakistan since December 2012, according to health officials. Pakistan is one of only three countries where polio remains endemic, along with Afghanistan and Nigeria.

In December, Pakistani Taliban gunmen stormed an army-run school in Peshawar, killing 150 people, most of them children, in an attack the group said was revenge for a military offensive in North Waziristan. The massacre prompted the government to lift a moratorium on executions and set up military courts to try terror suspects.
""",
actors=[TTP("Pakistani Taliban"), POL("police"), SF("military")],
people=[pe("Zarmina Bibi", ["Zarmina Bibi"], ["polio worker", "killed"]),
        pe("Farzana Gul", ["Farzana Gul"], ["polio worker", "killed"]),
        pe("Abbas Majeed Marwat", ["Abbas Majeed Marwat"], ["senior police officer"]),
        pe("Shahida Kausar", ["Dr. Shahida Kausar"], ["provincial health official"])],
places=[pl("Peshawar", "city", KP, "Peshawar"), pl("Sango Banda", "town", KP, "Peshawar"),
        pl("Badaber", "area", KP, "Peshawar"), pl("Afghanistan", "country", None, None),
        pl("Nigeria", "country", None, None), pl("North Waziristan", "district", KP, "North Waziristan")],
quotes=[q("Shahida Kausar", "These brave women were serving the nation's children")],
incidents=[
    inc("Gunmen shot and killed two female polio workers", "Attack", "Armed Assault", "Unidentified Armed Group",
        "Civilians", "Sango Banda", 1, "on Tuesday", 2, {"civilians": 2}, 1,
        "Polio workers are a civilian role. Officials only 'suspect' the Pakistani Taliban and no group claimed "
        "it, so Unidentified. The wounded policeman is the one injured. The search has no outcome."),
    inc("Pakistani Taliban gunmen stormed an army-run school in Peshawar", "Attack", "Armed Assault",
        "Tehreek-e-Taliban Pakistan", "Civilians", "Peshawar", 1, "In December", 150, {}, None,
        BG + "The group itself gave the motive ('the group said was revenge'), read as a claim. 'Most of them "
        "children' gives no count, so no side."),
],
not_incidents=["More than 60 polio workers and police guarding them have been killed in Pakistan since December 2012",
               "who have long opposed the vaccination campaign",
               "lift a moratorium on executions and set up military courts"],
profiles={"Tehreek-e-Taliban Pakistan": {"gtd_target_types": ["Educational Institution"],
                                         "evidence": "Pakistani Taliban gunmen stormed an army-run school in Peshawar"}})

# ---------------------------------------------------------------- DC-14
report(14, "Reuters", """
KARACHI, Pakistan, Nov 17 (Reuters) - A suicide bomber struck a Sufi shrine in Pakistan's southern Sindh province late on Thursday as devotees gathered for a weekly ritual of music and prayer, killing 14 devotees, including two children, police said.

The bomber tried to enter the main hall of the shrine in the village of Mirzo Shah in Khanpur tehsil of Shikarpur district, but a volunteer guard at the gate grabbed him before he detonated his explosives, said Shikarpur senior superintendent of police Rizwan Ahmed Soomro. "If that young man had not stopped him, we would be counting a hundred bodies," he said. The guard was among the dead. Dozens of people were wounded.

Islamic State's Khorasan branch claimed responsibility through its Amaq news agency, calling the shrine a place of "polytheism".

The attack was the second on a Sufi shrine in Sindh this year. In February, a suicide bomber killed 88 people at the shrine of Lal Shahbaz Qalandar in Sehwan, in an attack also claimed by the Khorasan branch. In January 2015, a bomb at a Shi'ite mosque in Shikarpur killed 61 worshippers during Friday prayers.

Islamist militants, who consider the veneration of saints heretical, have attacked shrines across Pakistan over the past decade. Sindh, where Sufi traditions run deep, had long been seen as relatively safe from such violence.

Provincial authorities announced three days of mourning and ordered security at all major shrines to be tightened.
""",
actors=[ISKP("Islamic State's Khorasan branch", "Khorasan branch"), POL("police")],
people=[pe("Rizwan Ahmed Soomro", ["Rizwan Ahmed Soomro"], ["Shikarpur senior superintendent of police"])],
places=[pl("Sindh", "province", SI, None),
        pl("Mirzo Shah", "town", SI, "Shikarpur"), pl("Khanpur", "area", SI, "Shikarpur"),
        pl("Shikarpur district", "district", SI, "Shikarpur"), pl("Shikarpur", "town", SI, "Shikarpur"),
        pl("Sehwan", "town", SI, "Jamshoro")],
quotes=[q("Rizwan Ahmed Soomro", "If that young man had not stopped him"),
        q("Islamic State-Khorasan Province", "polytheism")],
incidents=[
    inc("A suicide bomber struck a Sufi shrine", "Suicide bomb", "Bombing/Explosion",
        "Islamic State-Khorasan Province", "Civilians", "Mirzo Shah", 1, "late on Thursday", 14,
        {"civilians": 14}, 12,
        "Claimed by IS's Khorasan branch. 'Killing 14 devotees' - a civilian role - so 14 civilians; the volunteer "
        "guard who was 'among the dead' is read as included in the 14. 'Dozens' wounded = 12 (ACLED rule). "
        "The bomber is not counted."),
    inc("a suicide bomber killed 88 people at the shrine of Lal Shahbaz Qalandar in Sehwan", "Suicide bomb",
        "Bombing/Explosion", "Islamic State-Khorasan Province", "Civilians", "Sehwan", 1, "In February", 88, {},
        None, BG + "Also claimed by the Khorasan branch. Sehwan is in Jamshoro district (general knowledge)."),
    inc("a bomb at a Shi'ite mosque in Shikarpur killed 61 worshippers", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Unidentified Armed Group", "Civilians", "Shikarpur", 1, "In January 2015", 61,
        {"civilians": 61}, None,
        BG + "The text says only 'a bomb', so IED rather than suicide bomb. Worshippers are civilians. No claim "
        "stated."),
],
not_incidents=["Islamist militants, who consider the veneration of saints heretical, have attacked shrines across Pakistan over the past decade",
               "ordered security at all major shrines to be tightened"])

# ---------------------------------------------------------------- DC-15
report(15, "Associated Press", """
GILGIT, Pakistan (AP) — Unidentified men set fire to three girls' schools overnight in a remote valley in Pakistan's northern Gilgit-Baltistan region, burning classrooms, desks and books, police said Friday.

The attacks took place in the Tangir valley of Diamer district, said police official Ghulam Abbas Shigri. Two of the schools were still under construction and no one was inside. "They poured petrol on the doors and furniture and set them alight," he said. Police later arrested six suspects, including a local prayer leader, Shigri said.

No group claimed responsibility for the arson. Conservative militants in the area oppose education for girls, and some local clerics have preached against it in Friday sermons. Police said patrols had been increased around schools in the district and that the arrested men were being questioned about links to a banned group.

In August 2018, militants torched or bombed 12 schools across Diamer in a single night, half of them for girls. The district, on the Karakoram Highway that links Pakistan to China, has a history of militancy. In 2013, gunmen dressed in police uniforms killed 10 foreign climbers and a Pakistani guide at the base camp of Nanga Parbat, the world's ninth-highest mountain.

"Every time they burn a school, we rebuild it, and every time more girls come," said Gulnaz Begum, a teacher at one of the damaged schools.

The region's chief minister condemned the attacks and promised to rebuild the schools before the new term.
""",
actors=[POL("police")],
people=[pe("Ghulam Abbas Shigri", ["Ghulam Abbas Shigri", "Shigri"], ["police official"]),
        pe("Gulnaz Begum", ["Gulnaz Begum"], ["teacher at one of the damaged schools"])],
places=[pl("Gilgit-Baltistan", "province", GB, None),
        pl("Tangir valley", "area", GB, "Diamer"), pl("Diamer district", "district", GB, "Diamer"),
        pl("Karakoram Highway", "area", None, None), pl("China", "country", None, None),
        pl("Nanga Parbat", "area", GB, "Diamer")],
quotes=[q("Ghulam Abbas Shigri", "They poured petrol on the doors and furniture"),
        q("Gulnaz Begum", "Every time they burn a school, we rebuild it")],
incidents=[
    inc("Unidentified men set fire to three girls' schools", "Looting/property destruction",
        "Facility/Infrastructure Attack", "Unidentified Armed Group", None, "Tangir valley", 2, "overnight", 0, {}, 0,
        "Arson of three empty schools: no one was inside, so killed = injured = 0, and actor2 is null (property "
        "only, as in the dev set). Arson (not explosives), so GTD Facility/Infrastructure Attack and ACLED "
        "Looting/property destruction. A valley (tehsil level), precision 2. The arrest of six suspects is tied to "
        "this arson and stays in this record."),
    inc("militants torched or bombed 12 schools across Diamer in a single night", "Looting/property destruction",
        "Facility/Infrastructure Attack", "Unidentified Armed Group", None, "Diamer district", 2, "In August 2018",
        0, {}, None,
        BG + "Mixed arson and bombing at 12 sites in one night; coded as one property-destruction event at "
        "district level. No casualties are reported."),
    inc("gunmen dressed in police uniforms killed 10 foreign climbers and a Pakistani guide", "Attack",
        "Armed Assault", "Unidentified Armed Group", "Civilians", "Nanga Parbat", 2, "In 2013", 11,
        {"civilians": 11}, None,
        BG + "Climbers and a guide are civilian roles (tourists). At the mountain's base camp, precision 2."),
],
not_incidents=["Conservative militants in the area oppose education for girls",
               "Police said patrols had been increased around schools in the district"])

# ---------------------------------------------------------------- DC-16
report(16, "AFP", """
MUZAFFARABAD, Pakistan (AFP) - Three civilians, including a 10-year-old girl, were killed when Indian troops shelled villages along the Line of Control in Pakistan-administered Kashmir on Saturday, the Pakistani military said.

Mortar shells struck homes in the village of Shahkot Nar in the Neelum valley, wounding seven other people, the military's media wing said in a statement. It said Pakistani troops "responded effectively" and targeted the Indian posts from which the fire originated.

A Pakistani soldier was killed on Saturday in a separate exchange of fire with Indian troops in the Rawalakot sector further south, the statement said, identifying him as Naik Muhammad Arshad, 29.

Raja Farooq Azmat, a local government official in Neelum, said families were sheltering in bunkers dug beside their homes. "Every night we hear the shells. The children cannot sleep," said Shabnam Bibi, a resident of Shahkot Nar, by telephone.

India's army said Pakistani troops had violated the ceasefire first and that it had "responded appropriately". Neither account could be independently verified.

The nuclear-armed neighbours have fought two of their three wars over Kashmir, which both claim in full. Tensions have been high since February 2019, when a suicide bombing in Indian-administered Kashmir killed 40 Indian paramilitary police and Indian warplanes later struck near the town of Balakot in northwest Pakistan. Pakistan said the strike hit only trees.

A 2003 ceasefire along the 740-km (460-mile) frontier has largely collapsed, and both sides report hundreds of violations each year.
""",
actors=[SF("Pakistani troops", "military")],
people=[pe("Muhammad Arshad", ["Naik Muhammad Arshad"], ["Pakistani soldier", "killed"]),
        pe("Raja Farooq Azmat", ["Raja Farooq Azmat"], ["local government official in Neelum"]),
        pe("Shabnam Bibi", ["Shabnam Bibi"], ["resident of Shahkot Nar"])],
places=[pl("Line of Control", "area", AK, None),
        pl("Pakistan-administered Kashmir", "province", AK, None), pl("Shahkot Nar", "town", AK, "Neelum"),
        pl("Neelum valley", "district", AK, "Neelum"), pl("Rawalakot", "town", AK, "Poonch"),
        pl("Kashmir", "area", None, None), pl("Indian-administered Kashmir", "area", None, None),
        pl("Balakot", "town", KP, "Mansehra")],
quotes=[q("Pakistani military (statement)", "responded effectively"),
        q("Shabnam Bibi", "Every night we hear the shells"),
        q("India's army", "responded appropriately")],
incidents=[
    inc("Indian troops shelled villages along the Line of Control", "Shelling/artillery/missile attack", None, None,
        "Civilians", "Shahkot Nar", 1, "on Saturday", 3, {"civilians": 3}, 7,
        "Mortar fire across the LoC by a foreign state force. The rules leave foreign forces (inter 8) out, so "
        "actor1 is null. No GTD type: interstate fire is not terrorism. 'Three civilians' killed, seven wounded. "
        "Pakistan's return fire hit Indian posts outside Pakistan and is not coded."),
    inc("A Pakistani soldier was killed on Saturday in a separate exchange of fire with Indian troops",
        "Armed clash", None, None, "Security Forces", "Rawalakot", 2, "on Saturday", 1, {"security_forces": 1},
        None,
        "Second fresh incident. Foreign side left out, so actor1 null and the Pakistani troops are actor2. "
        "'Rawalakot sector' is an area around the town, precision 2. Rawalakot is in Poonch district of Azad "
        "Kashmir (general knowledge)."),
    inc("Indian warplanes later struck near the town of Balakot", "Air/drone strike", None, None, None, "Balakot", 2,
        "February 2019", 0, {}, None,
        BG + "Foreign air strike, actor1 null. Pakistan said it hit only trees, so no target (actor2 null) and "
        "killed = 0 on Pakistan's account. 'Near the town', precision 2."),
],
not_incidents=["a suicide bombing in Indian-administered Kashmir killed 40 Indian paramilitary police",
               "targeted the Indian posts from which the fire originated",
               "both sides report hundreds of violations each year"])

# ---------------------------------------------------------------- DC-17
report(17, "Reuters", """
PESHAWAR, Pakistan, July 30 (Reuters) - Clashes between rival Sunni and Shi'ite tribesmen over a disputed plot of farmland in northwest Pakistan's Kurram district have killed at least 11 people over five days, officials said on Tuesday, as elders announced a ceasefire.

Gunmen on both sides fired heavy machine guns and mortars across fields near the village of Bagan Kalay, close to the district's main town of Parachinar, said Kurram deputy commissioner Javedullah Mehsud. At least 37 people were wounded.

A jirga, or council of elders, from neighbouring districts brokered a ceasefire on Tuesday, and paramilitary troops took up positions between the two sides, Mehsud said. "Both tribes have agreed to hand over the bunkers on the disputed land to the Frontier Corps," he said.

Roads linking Parachinar to the rest of the country have been closed for a week, and traders say food and medicine are running short in the town's markets.

Kurram, a former tribal district on the border with Afghanistan, has a long history of land disputes that quickly take on a sectarian colour. In May last year, gunmen stormed a school in the Tari Mangal area of Upper Kurram and shot dead seven teachers in a staff room.

Islamic State and Sunni extremist groups such as Lashkar-e-Jhangvi have also targeted the district's Shi'ite population, which makes up about 40 percent of residents.

"Every ceasefire holds until the next harvest," said Sajid Hussain Turi, a Parachinar-based lawyer. "Unless the land records are settled, the guns will come out again."
""",
actors=[FC("Frontier Corps"), SF("paramilitary troops"), ac("Islamic State", "armed_group", 2, "Islamic State"),
        LEJ("Lashkar-e-Jhangvi")],
people=[pe("Javedullah Mehsud", ["Javedullah Mehsud", "Mehsud"], ["Kurram deputy commissioner"]),
        pe("Sajid Hussain Turi", ["Sajid Hussain Turi"], ["Parachinar-based lawyer"])],
places=[pl("Kurram district", "district", KP, "Kurram"),
        pl("Bagan Kalay", "town", KP, "Kurram"), pl("Parachinar", "town", KP, "Kurram"),
        pl("Afghanistan", "country", None, None), pl("Tari Mangal", "area", KP, "Kurram"),
        pl("Upper Kurram", "area", KP, "Kurram")],
quotes=[q("Javedullah Mehsud", "Both tribes have agreed to hand over the bunkers"),
        q("Sajid Hussain Turi", "Every ceasefire holds until the next harvest"),
        q("Sajid Hussain Turi", "Unless the land records are settled")],
incidents=[
    inc("Clashes between rival Sunni and Shi'ite tribesmen over a disputed plot of farmland", "Armed clash", None,
        "Unidentified Armed Group", "Unidentified Armed Group", "Bagan Kalay", 2, "over five days", 11, {}, 37,
        "Five days of fighting between unnamed tribal militias, coded as one clash (the text gives only the "
        "cumulative toll). Neither side is a named organisation, so both are Unidentified Armed Group (as in "
        "satp-sa-dev-81). Intercommunal fighting over land is not terrorism: no GTD type. Tribesmen have no "
        "side. 'Near the village', precision 2."),
    inc("A jirga, or council of elders, from neighbouring districts brokered a ceasefire", "Agreement", None,
        "Unidentified Armed Group", "Unidentified Armed Group", "Bagan Kalay", 2, "on Tuesday", 0, {}, None,
        "A ceasefire between the two tribal sides; the jirga is a mediator, not a party. Agreements get no GTD type. "
        "The FC deployment is part of the deal."),
    inc("gunmen stormed a school in the Tari Mangal area of Upper Kurram and shot dead seven teachers",
        "Attack", "Armed Assault", "Unidentified Armed Group", "Civilians", "Tari Mangal", 1, "In May last year",
        7, {"civilians": 7}, None, BG + "Teachers are civilians. No claim stated."),
],
not_incidents=["Roads linking Parachinar to the rest of the country have been closed for a week",
               "Islamic State and Sunni extremist groups such as Lashkar-e-Jhangvi have also targeted the district's Shi'ite population"],
profiles={"Lashkar-e-Jhangvi": {"area": ["Kurram district"], "gtd_target_types": ["Private Citizens & Property"],
                                "evidence": "Sunni extremist groups such as Lashkar-e-Jhangvi have also targeted the district's Shi'ite population"},
          "Islamic State": {"area": ["Kurram district"], "gtd_target_types": ["Private Citizens & Property"],
                            "evidence": "Islamic State and Sunni extremist groups such as Lashkar-e-Jhangvi have also targeted the district's Shi'ite population"}})

# ---------------------------------------------------------------- DC-18
report(18, "Associated Press", """
LAHORE, Pakistan (AP) — A teenage suicide bomber on foot blew himself up next to a police checkpoint near Raiwind, on the outskirts of the eastern city of Lahore, on Wednesday, killing five policemen and two passers-by, officials said.

The checkpoint had been set up to protect the annual gathering of a Muslim missionary group that draws hundreds of thousands of worshippers to Raiwind each November. "The bomber was told to stop and he exploded himself," said Lahore police spokesman Naveed Akhtar Cheema. Eighteen people were wounded, 11 of them policemen.

Jamaat-ul-Ahrar, a faction that split from the Pakistani Taliban in 2014, claimed responsibility. Its spokesman, Hamza Ahrari, said in a statement the group would keep attacking "the police who guard the apostate government."

Hours later, the provincial Counter-Terrorism Department (CTD) said its officers killed three suspected militants in a shootout after raiding a hideout on the outskirts of Multan, in southern Punjab. It said the men belonged to Jamaat-ul-Ahrar and had been planning attacks in the city, and that weapons and a suicide vest were recovered. Their relatives could not be reached for comment; rights groups have questioned the CTD's accounts of previous shootouts.

Lahore, the capital of Punjab province, has been hit repeatedly. In March 2016, a Jamaat-ul-Ahrar suicide bomber killed more than 70 people, many of them women and children, at a crowded park in the city on Easter Sunday, in an attack the group said had targeted Christians.

Jamaat-ul-Ahrar is believed to operate from bases in Afghanistan's eastern provinces.
""",
actors=[JUA("Jamaat-ul-Ahrar"), TTP("Pakistani Taliban"), CTD("Counter-Terrorism Department", "CTD"), POL("police")],
people=[pe("Naveed Akhtar Cheema", ["Naveed Akhtar Cheema"], ["Lahore police spokesman"]),
        pe("Hamza Ahrari", ["Hamza Ahrari"], ["Jamaat-ul-Ahrar spokesman"])],
places=[pl("Raiwind", "town", PU, "Lahore"), pl("Lahore", "city", PU, "Lahore"), pl("Multan", "city", PU, "Multan"),
        pl("Punjab", "province", PU, None), pl("Afghanistan", "country", None, None)],
quotes=[q("Naveed Akhtar Cheema", "The bomber was told to stop and he exploded himself"),
        q("Hamza Ahrari", "the police who guard the apostate government")],
incidents=[
    inc("A teenage suicide bomber on foot blew himself up next to a police checkpoint", "Suicide bomb",
        "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", "Raiwind", 2, "on Wednesday", 7,
        {"security_forces": 5, "civilians": 2}, 18,
        "Claimed by Jamaat-ul-Ahrar. Five policemen and two passers-by (civilian role). 'Near Raiwind', precision "
        "2. The bomber is not counted."),
    inc("its officers killed three suspected militants in a shootout after raiding a hideout", "Armed clash", None,
        "Counter Terrorism Department", "Jamaat-ul-Ahrar", "Multan", 2, "Hours later", 3, {"militants": 3}, None,
        "Second fresh incident. A state raid, so actor1 CTD and no GTD type (as satp-sa-dev-78). The CTD's own "
        "attribution of the dead to Jamaat-ul-Ahrar is used for actor2, as in the dev file where officials "
        "affiliated the dead; rights groups question such CTD accounts (noted, not adjudicated). The recovered "
        "weapons and suicide vest are part of this event. 'On the outskirts of Multan', precision 2."),
    inc("a Jamaat-ul-Ahrar suicide bomber killed more than 70 people", "Suicide bomb", "Bombing/Explosion",
        "Jamaat-ul-Ahrar", "Civilians", "Lahore", 2, "In March 2016", 70, {}, None,
        BG + "The group gave its own target ('the group said had targeted Christians'), read as a claim. The park "
        "is unnamed, so the city at precision 2. 'Many of them women and children': no count, no side."),
],
not_incidents=["rights groups have questioned the CTD's accounts of previous shootouts",
               "Jamaat-ul-Ahrar is believed to operate from bases in Afghanistan's eastern provinces"],
relations=[rel("Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan", "splinter_of",
               "a faction that split from the Pakistani Taliban in 2014")],
profiles={"Jamaat-ul-Ahrar": {"area": ["Afghanistan", "Punjab"],
                              "evidence": "Jamaat-ul-Ahrar is believed to operate from bases in Afghanistan's eastern provinces"}})

# ---------------------------------------------------------------- DC-19
report(19, "Reuters", """
PESHAWAR, Pakistan, Nov 28 (Reuters) - The Pakistani Taliban on Monday called off a ceasefire agreed with the government in June and ordered its fighters to carry out attacks across the country, raising fears of a new wave of violence.

"As military operations are continuing against mujahideen in different areas, you must carry out attacks wherever you can in the entire country," the group, formally known as Tehrik-e-Taliban Pakistan (TTP), said in a statement to its fighters.

The statement came a day after militants ambushed a police vehicle in Lakki Marwat district, killing six policemen. The TTP claimed that attack. Police said they had arrested 14 suspects in raids after the ambush.

Hours before the announcement, counter-terrorism police in Dera Ismail Khan said they had foiled a plot to bomb a police training centre, arresting two would-be suicide bombers and seizing two explosive vests and a grenade. A police spokesman said the men belonged to the TTP.

The ceasefire had been brokered by the Afghan Taliban, who hosted months of talks between Pakistani officials and TTP leaders in Afghanistan. The talks stalled over the militants' demand that the merger of the former tribal areas with Khyber Pakhtunkhwa province be reversed.

The TTP is a separate group from the Afghan Taliban but pledges allegiance to them. Its attacks have surged since the Afghan Taliban returned to power in August 2021, particularly in Khyber Pakhtunkhwa, where police have borne the brunt.

"The ceasefire only gave them time to regroup," said Peshawar-based security analyst Ayesha Khattak. "Now they are stronger, better armed and they have a safe base across the border."
""",
actors=[TTP("Pakistani Taliban", "Tehrik-e-Taliban Pakistan", "TTP"), POL("police")],
people=[pe("Ayesha Khattak", ["Ayesha Khattak"], ["Peshawar-based security analyst"])],
places=[pl("Peshawar", "city", KP, "Peshawar"), pl("Pakistan", "country", None, None),
        pl("Lakki Marwat district", "district", KP, "Lakki Marwat"),
        pl("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"), pl("Afghanistan", "country", None, None),
        pl("Khyber Pakhtunkhwa", "province", KP, None)],
quotes=[q("Tehreek-e-Taliban Pakistan (statement)", "As military operations are continuing against mujahideen"),
        q("Ayesha Khattak", "The ceasefire only gave them time to regroup"),
        q("Ayesha Khattak", "Now they are stronger, better armed")],
incidents=[
    inc("The Pakistani Taliban on Monday called off a ceasefire", "Change to group/activity", None,
        "Tehreek-e-Taliban Pakistan", None, "Pakistan", 3, "on Monday", 0, {}, None,
        "A group changing course (ending a ceasefire and ordering attacks nationwide). No place beyond the "
        "country, so location is the country at precision 3 (as the seed gold does for a placeless event); "
        "'Pakistan' is listed among places only in this file for that reason."),
    inc("militants ambushed a police vehicle in Lakki Marwat district", "Armed clash", "Armed Assault",
        "Tehreek-e-Taliban Pakistan", "Police", "Lakki Marwat district", 2, "a day after", 6,
        {"security_forces": 6}, None,
        "Claimed by the TTP. Ambush on police = Battles/Armed clash. The 14 arrests in raids after the ambush are "
        "tied to it and stay in this record. Date relative to the Monday statement (i.e. Sunday)."),
    inc("foiled a plot to bomb a police training centre", "Disrupted weapons use", "Bombing/Explosion", "Police",
        "Tehreek-e-Taliban Pakistan", "Dera Ismail Khan", 1, "Hours before the announcement", 0, {}, None,
        "Seized vests and grenade = disrupted bombing (GTD type of the foiled attack, as in the dev set). "
        "'Counter-terrorism police' is not written as the CTD's name, so actor1 is Police. The TTP link is the "
        "police's attribution. The two arrests are part of this record."),
],
not_incidents=["The ceasefire had been brokered by the Afghan Taliban, who hosted months of talks between Pakistani officials and TTP leaders in Afghanistan",
               "Its attacks have surged since the Afghan Taliban returned to power in August 2021"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Khyber Pakhtunkhwa"], "gtd_target_types": ["Police"],
                                         "evidence": "particularly in Khyber Pakhtunkhwa, where police have borne the brunt"}})

# ---------------------------------------------------------------- DC-20
report(20, "AFP", """
KARACHI (AFP) - Gunmen shot dead three activists of Pakistan's Muttahida Qaumi Movement in Karachi on Tuesday, police said, as paramilitary Rangers arrested 23 suspects in overnight raids aimed at curbing a wave of political and ethnic killings in the country's largest city.

Attackers on two motorcycles opened fire on an MQM neighbourhood office in the Orangi Town area, killing three party workers and wounding two passers-by, police official Nasir Aftab said.

Separately, the body of a cloth merchant who had been kidnapped from Saddar on Sunday was found stuffed in a sack near the Lyari river on Tuesday morning, police said. His family said kidnappers had demanded a ransom of five million rupees.

The Rangers said they had arrested 23 suspects, including alleged hitmen, in raids in the Lyari neighbourhood overnight and seized Kalashnikovs, pistols and hand grenades. A Rangers spokesman, Major Sibtain Rizvi, said some of the suspects were wanted for "dozens of murders".

More than 100 people were killed in a single week of violence in July, prompting the government to give the Rangers wider powers of arrest.

The MQM, which represents Urdu-speaking Mohajirs, and the Awami National Party, which represents Pashtuns, accuse each other of backing armed gangs in the sprawling port city of 18 million people. Both parties deny the charges. Karachi is also a hub for the Pakistani Taliban, who raise money through extortion and bank robberies.
""",
actors=[ac("Rangers", "state_force", 1, "Rangers"), POL("police"), TTP("Pakistani Taliban")],
people=[pe("Nasir Aftab", ["Nasir Aftab"], ["police official"]),
        pe("Sibtain Rizvi", ["Major Sibtain Rizvi"], ["Rangers spokesman"])],
places=[pl("Karachi", "city", SI, "Karachi"), pl("Orangi Town", "area", SI, "Karachi"), pl("Saddar", "area", SI, "Karachi"),
        pl("Lyari river", "area", SI, "Karachi"), pl("Lyari", "area", SI, "Karachi")],
quotes=[q("Sibtain Rizvi", "dozens of murders")],
incidents=[
    inc("Attackers on two motorcycles opened fire on an MQM neighbourhood office", "Attack", "Armed Assault",
        "Unidentified Armed Group", "Civilians", "Orangi Town", 1, "on Tuesday", 3, {"civilians": 3}, 2,
        "Three party workers (civilian role) killed, two passers-by wounded. The MQM is the victims' party and is "
        "not listed in actors. No claim."),
    inc("the body of a cloth merchant who had been kidnapped from Saddar on Sunday was found", "Attack",
        "Hostage Taking (Kidnapping)", "Unidentified Armed Group", "Civilians", "Lyari river", 1,
        "on Tuesday morning", 1, {"civilians": 1}, None,
        "Second fresh incident. Kidnapped for ransom and later killed: Attack with GTD Kidnapping. A merchant is a "
        "civilian. Coded where and when the body was found; the abduction site (Saddar) is also listed. Criminal "
        "motive, but the rules have no separate class for it."),
    inc("The Rangers said they had arrested 23 suspects", "Arrests", None, "Rangers", "Civilians", "Lyari", 1,
        "overnight", 0, {}, None,
        "Third fresh incident: mass arrests not tied to either attack above, so their own Arrests record (no GTD "
        "type). The arrested are unnamed 'suspects, including alleged hitmen', so actor2 is Civilians, as ACLED "
        "codes unaffiliated detainees (judgement call). Weapon seizures are part of the raid."),
],
not_incidents=["More than 100 people were killed in a single week of violence in July",
               "accuse each other of backing armed gangs",
               "Karachi is also a hub for the Pakistani Taliban, who raise money through extortion and bank robberies"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Karachi"],
                                         "evidence": "Karachi is also a hub for the Pakistani Taliban, who raise money through extortion and bank robberies"}})
