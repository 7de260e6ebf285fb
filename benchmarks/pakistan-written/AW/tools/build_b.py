"""AW-16 .. AW-30: invented report texts and their hand coding."""
from lib import *

POLICE = A("Police", ["Police"])
TTP = A("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"], "armed_group")
CTD = A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
ISKP = A("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"], "armed_group")

# ---------------------------------------------------------------- AW-16
write(16,
"Seven members of a dacoit gang surrendered to the Police along with their weapons in the katcha area of Rojhan tehsil (revenue unit) in Rajanpur District of Punjab on Monday, reports Daily Times. The surrender came a week after the Police launched an operation against the gang, during which two Policemen were killed. Separately, dacoits fired a rocket at a Police picket near Kot Mithan late on Monday night, injuring a constable. The Police returned fire and the dacoits fled towards the riverine belt, District Police Officer (DPO) Rajanpur Umar Farooq said.",
"Daily Times",
[A("Police", ["Police", "Policemen"])],
[PE("Umar Farooq", ["Umar Farooq"], ["District Police Officer (DPO) Rajanpur"])],
[PL("Rojhan", "area", PU, "Rajanpur"), PL("Rajanpur District", "district", PU, "Rajanpur"),
 PL("Punjab", "province", PU), PL("Kot Mithan", "town", PU, "Rajanpur")],
[I("Seven members of a dacoit gang surrendered to the Police along with their weapons",
   "Strategic developments", "Agreement", None, UAG, "Police",
   PU, "Rajanpur", "Rojhan", 2, "on Monday", 0, {}, None,
   "A surrender with weapons handed over: coded Strategic developments/Agreement, the ACLED sub-event that covers surrenders (judgement call; Change to group/activity is the alternative). The gang is not named, so actor1 is Unidentified Armed Group; the Police received the surrender. Only the katcha area of a tehsil is given, hence precision 2. The Police operation 'a week' earlier in which two Policemen were killed is background, with no date or place of its own, and is not coded."),
 I("dacoits fired a rocket at a Police picket near Kot Mithan",
   "Battles", "Armed clash", "Bombing/Explosion", UAG, "Police",
   PU, "Rajanpur", "Kot Mithan", 2, "late on Monday night", 0, {}, 1,
   "A rocket fired at a Police picket, and the Police returned fire: because there was gunfire, Battles/Armed clash rather than Shelling (judgement call under the rocket rule). GTD Bombing/Explosion for the rocket, as in satp-sa-dev-4. One constable injured. Kot Mithan is in Rajanpur District (general knowledge, and the DPO Rajanpur speaks). 'Near', hence precision 2.")])

# ---------------------------------------------------------------- AW-17
write(17,
"Police claimed to have foiled a major terror bid by arresting a would be suicide bomber near Malir Halt in Malir District of Karachi on the intervening night of November 4 and 5, reports The Express Tribune. A suicide jacket containing eight kilogrammes of explosives and ball bearings was recovered from the suspect, identified as Zarar Khan alias Abu Talha, who, according to SSP Malir Sajid Khoso, belonged to the Islamic State Khorasan Province (ISKP). Earlier on November 4, a remote controlled device planted on a motorcycle exploded near a Rangers vehicle in Quaidabad area of the same district, injuring three Rangers personnel and two passersby. Separately, a worker of the Pakistan Peoples Party (PPP), Nadeem Baloch, was shot dead outside his house within the limits of Shah Latif Town Police Station, also in Malir District, on November 5.",
"The Express Tribune",
[POLICE, ISKP, A("Pakistan Rangers", ["Rangers"])],
[PE("Zarar Khan", ["Zarar Khan alias Abu Talha"], ["would be suicide bomber", "arrested", "member of ISKP according to Police"]),
 PE("Sajid Khoso", ["Sajid Khoso"], ["SSP Malir"]),
 PE("Nadeem Baloch", ["Nadeem Baloch"], ["worker of the Pakistan Peoples Party (PPP)", "shot dead"])],
[PL("Malir Halt", "area", SI, "Malir"), PL("Malir District", "district", SI, "Malir"), PL("Karachi", "city", SI, "Karachi"),
 PL("Quaidabad", "area", SI, "Malir"), PL("Shah Latif Town", "area", SI, "Malir")],
[I("arresting a would be suicide bomber near Malir Halt",
   "Strategic developments", "Disrupted weapons use", "Bombing/Explosion", "Police", "Islamic State-Khorasan Province",
   SI, "Malir", "Malir Halt", 1, "on the intervening night of November 4 and 5", 0, {}, None,
   "An attack foiled: a would-be suicide bomber arrested with a ready suicide jacket. Coded as a disrupted bombing rather than a plain Arrests, since the seized device shows an attack in preparation (judgement call). The ISKP link is the SSP's claim and is used for actor2. 'Near Malir Halt', a locality in the named district, kept at precision 1."),
 I("a remote controlled device planted on a motorcycle exploded near a Rangers vehicle in Quaidabad area",
   "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Pakistan Rangers",
   SI, "Malir", "Quaidabad", 1, "Earlier on November 4", 0, {}, 5,
   "A remote-controlled bomb on a parked motorcycle hit a Rangers vehicle; three Rangers and two passersby injured (injured = 5). No claim; the ISKP suspect is not linked to it by the text. Reported after the arrest but dated earlier."),
 I("was shot dead outside his house within the limits of Shah Latif Town Police Station",
   "Violence against civilians", "Attack", "Armed Assault", UAG, CIV,
   SI, "Malir", "Shah Latif Town", 1, "on November 5", 1, {"civilians": 1}, None,
   "A PPP worker (party worker: civilian role) shot dead outside his home. The place is given only by a police station's limits; Shah Latif Town is an urban locality, so it is the location at precision 1, and the text places it in Malir District. The PPP is only the victim's party, so it is not listed in actors. The attackers are not described; 'shot dead' implies firearms.")])

# ---------------------------------------------------------------- AW-18
write(18,
"Three children were killed and two others injured when a landmine exploded while they were grazing goats near Chhapar Kach village in Kahan tehsil (revenue unit) of Kohlu District in Balochistan on Saturday. Levies officials said the mine had been planted on a footpath used by shepherds of the area. It is pertinent to mention that two shepherds were killed in a similar blast in the same tehsil last year.",
None,
[A("Levies", ["Levies"])],
[],
[PL("Chhapar Kach", "town", BA, "Kohlu"), PL("Kahan", "area", BA, "Kohlu"), PL("Kohlu District", "district", BA, "Kohlu"),
 PL("Balochistan", "province", BA)],
[I("a landmine exploded while they were grazing goats near Chhapar Kach village",
   "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, CIV,
   BA, "Kohlu", "Chhapar Kach", 2, "on Saturday", 3, {"civilians": 3}, 2,
   "A planted landmine set off by children grazing goats. Three children killed, counted as civilians; the two injured are 'others' (presumably children too, but not said), so injured = 2 with no side. 'Near' the village, hence precision 2. No outlet is named. The blast 'last year' that killed two shepherds is background and not coded.")])

# ---------------------------------------------------------------- AW-19
write(19,
"At least 11 militants were killed in a clash between the Lashkar e Islam (LeI) and the rival Ansarul Islam (AI) in Sra Vela area of Tirah valley in Khyber Agency of Federally Administered Tribal Areas (FATA) on Sunday, reports The News. Local sources said seven of the dead belonged to the LeI. The AI lost four men, according to its spokesman, who spoke to reporters in Peshawar by telephone. The fighting, which began over control of a hilltop post, continued for several hours. Separately, Khasadar personnel recovered a trader, Haji Lal Badshah, who had been kidnapped from Jamrud Bazaar, during a raid in Ghundi area of Jamrud tehsil (revenue unit) on the same day. Two kidnappers were arrested, officials said.",
"The News",
[A("Lashkar-e-Islam", ["Lashkar e Islam", "LeI"], "armed_group"), A("Ansarul Islam", ["Ansarul Islam", "AI"], "armed_group"),
 A("Khasadar Force", ["Khasadar"])],
[PE("Lal Badshah", ["Haji Lal Badshah"], ["trader", "kidnapped from Jamrud Bazaar and recovered"])],
[PL("Sra Vela", "area", KB, "Khyber"), PL("Tirah", "area", KB, "Khyber"), PL("Khyber Agency", "district", KB, "Khyber"),
 PL("Federally Administered Tribal Areas", "area", KB, None), PL("Peshawar", "city", KB, "Peshawar"),
 PL("Jamrud", "town", KB, "Khyber"), PL("Ghundi", "area", KB, "Khyber")],
[I("a clash between the Lashkar e Islam (LeI) and the rival Ansarul Islam (AI)",
   "Battles", "Armed clash", None, "Lashkar-e-Islam", "Ansarul Islam",
   KB, "Khyber", "Sra Vela", 1, "on Sunday", 11, {"militants": 11}, None,
   "Fighting between two armed groups over a hilltop post, with no territory said to change hands: Armed clash. The text does not say who started it and it is not a terrorist attack on a target, so GTD is null. Counts by side come from separate sentences and sources: 7 LeI + 4 AI = 11, matching 'at least 11 militants'. Peshawar is only where the AI spokesman's reporters were. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."),
 I("Khasadar personnel recovered a trader, Haji Lal Badshah",
   "Strategic developments", "Arrests", None, "Khasadar Force", UAG,
   KB, "Khyber", "Ghundi", 1, "on the same day", 0, {}, None,
   "A raid that freed a kidnapped trader and arrested two kidnappers; no fighting is reported, so Strategic developments/Arrests with no GTD (rules: raids, arrests and releases get none). The kidnapping itself from Jamrud Bazaar has no date and is background, not coded. The kidnappers are unnamed, so actor2 is Unidentified Armed Group.")])

# ---------------------------------------------------------------- AW-20
write(20,
"A religious scholar, Allama Ghulam Rasool Chishti, and his nephew were shot at by unidentified motorcyclists outside a seminary in Kot Sabzal area of Sadiqabad tehsil (revenue unit) in Rahim Yar Khan District of Punjab on Wednesday evening, reported Daily Times. The scholar died on the spot, while his nephew, Muhammad Usman, was critically injured. Usman succumbed to his injuries at Sheikh Zayed Hospital on Thursday morning. Police registered a case against unknown persons. Separately, the Counter Terrorism Department (CTD) arrested three suspected militants of the proscribed Tehreek e Taliban Pakistan (TTP) in Bahawalpur on Thursday and recovered six kilogrammes of explosives, two detonators and banned literature from them.",
"Daily Times",
[POLICE, CTD, TTP],
[PE("Ghulam Rasool Chishti", ["Allama Ghulam Rasool Chishti"], ["religious scholar", "shot dead"]),
 PE("Muhammad Usman", ["Muhammad Usman", "Usman"], ["nephew of Ghulam Rasool Chishti", "injured, died later in hospital"])],
[PL("Kot Sabzal", "town", PU, "Rahim Yar Khan"), PL("Sadiqabad", "area", PU, "Rahim Yar Khan"),
 PL("Rahim Yar Khan District", "district", PU, "Rahim Yar Khan"), PL("Punjab", "province", PU),
 PL("Bahawalpur", "city", PU, "Bahawalpur")],
[I("were shot at by unidentified motorcyclists outside a seminary in Kot Sabzal area",
   "Violence against civilians", "Attack", "Armed Assault", UAG, CIV,
   PU, "Rahim Yar Khan", "Kot Sabzal", 1, "on Wednesday evening", 2, {"civilians": 1}, None,
   "A religious scholar killed on the spot and his nephew critically injured; the nephew died next morning, so killed = 2 and injured is null (each counted once, as killed). Only the scholar has a stated role (religious scholar: civilian), so killed_by_side counts 1; the nephew has no status. No mark of prominence beyond the title 'Allama', so Armed Assault rather than Assassination (judgement call)."),
 I("the Counter Terrorism Department (CTD) arrested three suspected militants of the proscribed Tehreek e Taliban Pakistan (TTP) in Bahawalpur",
   "Strategic developments", "Arrests", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
   PU, "Bahawalpur", "Bahawalpur", 1, "on Thursday", 0, {}, None,
   "Arrests with explosives and detonators seized, not tied to the shooting: its own Arrests incident; the seizure is part of it. Only the city is named; coded at the city, precision 1.")])

# ---------------------------------------------------------------- AW-21
write(21,
"Unidentified gunmen attacked a team of surveyors working on a road project near Pishukan in Gwadar District on Tuesday, killing two labourers and injuring a private security guard, reports Dawn. The Balochistan Liberation Front (BLF) later claimed responsibility, saying the road was part of the China Pakistan Economic Corridor (CPEC). In another incident, two personnel of the Pakistan Coast Guards were injured when militants opened fire on their vehicle on the highway near Pasni on the same day. The attackers escaped. Meanwhile, hundreds of fishermen held a rally outside the Pasni Press Club against the ban on fishing near the harbour and dispersed peacefully.",
"Dawn",
[A("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"], "armed_group"),
 A("Pakistan Coast Guards", ["Pakistan Coast Guards"])],
[],
[PL("Pishukan", "town", BA, "Gwadar"), PL("Gwadar District", "district", BA, "Gwadar"), PL("Pasni", "town", BA, "Gwadar")],
[I("Unidentified gunmen attacked a team of surveyors working on a road project near Pishukan",
   "Violence against civilians", "Attack", "Armed Assault", "Balochistan Liberation Front", CIV,
   BA, "Gwadar", "Pishukan", 2, "on Tuesday", 2, {"civilians": 2}, 1,
   "A shooting at a civilian survey team; two labourers (civilian role) killed and a private security guard injured. 'Unidentified gunmen' in the lead, but the BLF claimed it later, so the BLF is actor1. A private guard is not a state force, so the event stays Violence against civilians. 'Near Pishukan', hence precision 2. CPEC is a project, not an actor."),
 I("militants opened fire on their vehicle on the highway near Pasni",
   "Battles", "Armed clash", "Armed Assault", UAG, "Pakistan Coast Guards",
   BA, "Gwadar", "Pasni", 2, "on the same day", 0, {}, 2,
   "A shooting at a Coast Guards vehicle (a state force): Battles/Armed clash. Two personnel injured. The BLF claim names only the survey-team attack, so this stays Unidentified. 'Near Pasni', hence precision 2; Pasni is in Gwadar District (general knowledge)."),
 I("hundreds of fishermen held a rally outside the Pasni Press Club",
   "Protests", "Peaceful protest", None, "Protesters", None,
   BA, "Gwadar", "Pasni", 1, None, 0, {}, None,
   "A peaceful fishermen's rally against a fishing ban. 'Meanwhile' gives no date of its own, so date_text is null. Fishermen are generic protesters, not a named organisation.")])

# ---------------------------------------------------------------- AW-22
write(22,
"A Sikh trader, identified as Gurpal Singh (42), was shot dead by unidentified assailants at his herbal medicine shop in Kakshal area within the limits of Faqirabad Police Station in Peshawar on September 30, reports The Express Tribune. The assailants fled on foot through the narrow streets after the attack. The Islamic State Khorasan Province (ISKP) claimed responsibility for the killing a day later, while the Tehreek e Taliban Pakistan (TTP) denied any involvement. \"The attackers had conducted reconnaissance of the shop for several days,\" Superintendent of Police (SP) City Ahmad Zeb Khattak said. It was the fourth killing of a member of the Sikh community in the city in two years.",
"The Express Tribune",
[POLICE, ISKP, TTP],
[PE("Gurpal Singh", ["Gurpal Singh"], ["Sikh trader", "herbal medicine shop owner", "shot dead"]),
 PE("Ahmad Zeb Khattak", ["Ahmad Zeb Khattak"], ["Superintendent of Police (SP) City"])],
[PL("Kakshal", "area", KB, "Peshawar"), PL("Faqirabad", "area", KB, "Peshawar"), PL("Peshawar", "city", KB, "Peshawar")],
[I("was shot dead by unidentified assailants at his herbal medicine shop in Kakshal area",
   "Violence against civilians", "Attack", "Armed Assault", "Islamic State-Khorasan Province", CIV,
   KB, "Peshawar", "Kakshal", 1, "on September 30", 1, {"civilians": 1}, None,
   "A targeted killing of a Sikh trader (civilian role). 'Unidentified assailants', but the ISKP claimed it a day later, so the ISKP is actor1; the TTP denied involvement and is not a perpetrator. Not a prominent figure, so Armed Assault. Kakshal is the named area; Faqirabad Police Station is the jurisdiction. The three earlier killings of Sikhs in two years are background.")],
quotes=[{"speaker": "Ahmad Zeb Khattak", "starts": "The attackers had conducted reconnaissance of the shop"}])

# ---------------------------------------------------------------- AW-23
write(23,
"Two Policemen were killed when armed men riding motorcycles opened fire on a Police mobile near Safoora Chowrangi in Gulistan e Jauhar area of District East in Karachi on Saturday afternoon, reports Dawn. The slain personnel were identified as Assistant Sub Inspector (ASI) Khadim Hussain and constable Zulfiqar Ali. One of the attackers was wounded by return fire. He later died at a private hospital where his accomplices had left him, Police said. Officials said the attack resembled the killing of three Policemen in the same area in April 2014, which was claimed by the Tehreek e Taliban Pakistan (TTP). Separately, the Counter Terrorism Department (CTD) killed two suspected militants in an encounter near Northern Bypass within the limits of Manghopir Police Station late on Saturday night.",
"Dawn",
[A("Police", ["Policemen", "Police"]), TTP, CTD],
[PE("Khadim Hussain", ["Khadim Hussain"], ["Assistant Sub Inspector (ASI)", "killed"]),
 PE("Zulfiqar Ali", ["Zulfiqar Ali"], ["constable", "killed"])],
[PL("Safoora Chowrangi", "area", SI, "Karachi East"), PL("Gulistan e Jauhar", "area", SI, "Karachi East"),
 PL("District East", "district", SI, "Karachi East"), PL("Karachi", "city", SI, "Karachi"),
 PL("Northern Bypass", "area", SI, "Karachi"), PL("Manghopir", "area", SI, "Karachi")],
[I("armed men riding motorcycles opened fire on a Police mobile near Safoora Chowrangi",
   "Battles", "Armed clash", "Armed Assault", UAG, "Police",
   SI, "Karachi East", "Safoora Chowrangi", 1, "on Saturday afternoon", 3, {"security_forces": 2, "militants": 1}, None,
   "An attack on a Police mobile with return fire. Two Policemen killed; one attacker was wounded and died later, so he is counted once, as killed (an attacker counts as a militant, as in satp-sa-dev-45), and injured is null. The text names District East, so admin2 is Karachi East. The TTP appears only in the background April 2014 attack, which is not coded, so actor1 stays Unidentified."),
 I("the Counter Terrorism Department (CTD) killed two suspected militants in an encounter near Northern Bypass",
   "Battles", "Armed clash", None, "Counter Terrorism Department", UAG,
   SI, "Karachi", "Manghopir", 2, "late on Saturday night", 2, {"militants": 2}, None,
   "A CTD encounter, state-initiated, so GTD null. The place is only 'near Northern Bypass' within the limits of Manghopir Police Station; no Karachi district is named for it, so admin2 is Karachi, and location is the police station's area at precision 2 (near a road, within a jurisdiction). The text does not link these militants to the afternoon attack.")])

# ---------------------------------------------------------------- AW-24
write(24,
"Militants blew up a portion of the railway track near Mach in Kachhi District minutes before the Jaffar Express was to pass on Friday morning, reports The News. The train was stopped at Mach railway station and no one was hurt. Railway traffic between Quetta and Sibi remained suspended for seven hours. The Baloch Republican Army (BRA) claimed responsibility, its spokesman Shahmir Baloch told journalists in Quetta by telephone. Separately, Levies personnel arrested two suspects at a check post near Dhadar and seized ten kilogrammes of explosives from their vehicle on the same day. Meanwhile, a Levies Risaldar, Abdul Qadir Rind, was shot dead by unidentified men near his house in Sibi late on Friday.",
"The News",
[A("Baloch Republican Army", ["Baloch Republican Army", "BRA"], "armed_group"), A("Levies", ["Levies"])],
[PE("Shahmir Baloch", ["Shahmir Baloch"], ["BRA spokesman"]),
 PE("Abdul Qadir Rind", ["Abdul Qadir Rind"], ["Levies Risaldar", "shot dead"])],
[PL("Mach", "town", BA, "Kachhi"), PL("Kachhi District", "district", BA, "Kachhi"), PL("Quetta", "city", BA, "Quetta"),
 PL("Sibi", "town", BA, "Sibi"), PL("Dhadar", "town", BA, "Kachhi")],
[I("Militants blew up a portion of the railway track near Mach",
   "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", "Baloch Republican Army", None,
   BA, "Kachhi", "Mach", 2, "on Friday morning", 0, {}, 0,
   "A railway track blown up before a passenger train passed; 'no one was hurt', so killed and injured are 0, and with only infrastructure hit actor2 is null. The BRA claimed it, so it is actor1. Quetta is only where the spokesman's call was received (and, with Sibi, an end of the suspended line). 'Near Mach', hence precision 2."),
 I("Levies personnel arrested two suspects at a check post near Dhadar",
   "Strategic developments", "Arrests", None, "Levies", UAG,
   BA, "Kachhi", "Dhadar", 2, "on the same day", 0, {}, None,
   "Two suspects arrested with explosives at a check post. Not tied to the track blast by the text, so its own incident. Coded Arrests because the arrest of the men leads and no attack in preparation is described; Disrupted weapons use is the alternative for the seized explosives (judgement call). Dhadar is in Kachhi District (general knowledge). 'Near', hence precision 2."),
 I("a Levies Risaldar, Abdul Qadir Rind, was shot dead by unidentified men near his house in Sibi",
   "Battles", "Armed clash", "Armed Assault", UAG, "Levies",
   BA, "Sibi", "Sibi", 1, "late on Friday", 1, {"security_forces": 1}, None,
   "A Levies officer shot near his house: an attack on a state force member, Battles/Armed clash under the rules. No claim.")])

# ---------------------------------------------------------------- AW-25
write(25,
"Angry residents set fire to a Police post and pelted the Police with stones in Chowk Sarwar Shaheed town of Muzaffargarh District on Sunday after a young man, Ali Raza, died in Police custody, reports The News. Police fired tear gas shells to disperse the crowd. At least 12 protesters were injured, while seven Policemen were also hurt. The Regional Police Officer (RPO) Dera Ghazi Khan suspended the Station House Officer (SHO) and two constables and ordered a judicial inquiry into the death.",
"The News",
[A("Police", ["Police", "Policemen"])],
[PE("Ali Raza", ["Ali Raza"], ["died in Police custody"])],
[PL("Chowk Sarwar Shaheed", "town", PU, "Muzaffargarh"), PL("Muzaffargarh District", "district", PU, "Muzaffargarh")],
[I("Angry residents set fire to a Police post and pelted the Police with stones",
   "Riots", "Violent demonstration", None, "Rioters", "Police",
   PU, "Muzaffargarh", "Chowk Sarwar Shaheed", 1, "on Sunday", 0, {}, 19,
   "A crowd burned a Police post and stoned the Police: Riots/Violent demonstration, with the Police as actor2 (tear gas, no lethal force, so not Excessive force against protesters). Injured = 12 protesters + 7 Policemen = 19 (given in one sentence, two clauses). The custodial death that set it off is the cause, with no date, place or perpetrator of its own, so it is not coded as a separate incident. Rioters are generic and not listed in actors.")])

# ---------------------------------------------------------------- AW-26
write(26,
"The bullet riddled bodies of two men, who had been abducted from a passenger coach in Gichk area a week earlier, were found in Chitkan area of Panjgur District on March 9, 2015, reports Daily Times. The victims were identified as Abdul Majeed and Noor Bakhsh, both residents of Turbat and employees of a private construction company. Levies officials said both men had been shot in the head. No group has claimed responsibility, but the area has witnessed a series of attacks on construction workers, including the killing of four labourers in Paroom in 2014.",
"Daily Times",
[A("Levies", ["Levies"])],
[PE("Abdul Majeed", ["Abdul Majeed"], ["employee of a private construction company", "resident of Turbat", "abducted and killed"]),
 PE("Noor Bakhsh", ["Noor Bakhsh"], ["employee of a private construction company", "resident of Turbat", "abducted and killed"])],
[PL("Gichk", "area", BA, "Panjgur"), PL("Chitkan", "town", BA, "Panjgur"), PL("Panjgur District", "district", BA, "Panjgur"),
 PL("Turbat", "city", BA, "Kech"), PL("Paroom", "area", BA, "Panjgur")],
[I("The bullet riddled bodies of two men, who had been abducted from a passenger coach in Gichk area a week earlier",
   "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)", UAG, CIV,
   BA, "Panjgur", "Chitkan", 1, "on March 9, 2015", 2, {"civilians": 2}, None,
   "Abducted and later killed: ACLED Attack with GTD Hostage Taking (Kidnapping), one incident. As in satp-sa-dev-29, it is placed and dated where and when the bodies were found; the abduction in Gichk 'a week earlier' is part of it. Both were employees of a construction company (civilian role). The 2014 killing of four labourers in Paroom is background and not coded. Turbat is only their home.")])

# ---------------------------------------------------------------- AW-27
write(27,
"Unidentified gunmen shot dead a senior leader of the Awami National Party (ANP) and former tehsil nazim, Haji Fazal Rabi, along with his guard near his hujra (guest house) in Shergarh area of Takht Bhai tehsil (revenue unit) in Mardan District on Thursday evening, reports Dawn. A passerby was also injured in the attack. Tehreek e Taliban Pakistan (TTP) spokesman Qari Saeedullah Haqqani claimed responsibility in a telephone call to reporters in Peshawar, saying the ANP leader had been on the hit list of the group for years.",
"Dawn",
[TTP],
[PE("Fazal Rabi", ["Haji Fazal Rabi"], ["senior leader of the Awami National Party (ANP)", "former tehsil nazim", "shot dead"]),
 PE("Qari Saeedullah Haqqani", ["Qari Saeedullah Haqqani"], ["TTP spokesman"])],
[PL("Shergarh", "town", KB, "Mardan"), PL("Takht Bhai", "area", KB, "Mardan"), PL("Mardan District", "district", KB, "Mardan"),
 PL("Peshawar", "city", KB, "Peshawar")],
[I("Unidentified gunmen shot dead a senior leader of the Awami National Party (ANP) and former tehsil nazim",
   "Violence against civilians", "Attack", "Assassination", "Tehreek-e-Taliban Pakistan", CIV,
   KB, "Mardan", "Shergarh", 1, "on Thursday evening", 2, {"civilians": 2}, 1,
   "A targeted killing of a prominent politician (senior party leader, former tehsil nazim, on the group's hit list), so GTD Assassination. The TTP claimed it, so it is actor1 although the lead says 'unidentified gunmen'. Killed = the leader and his guard; the guard takes his principal's (civilian) side, so civilians 2. One passerby injured. The spokesman spoke to reporters in Peshawar, which is not the location. The ANP is the victim's party and is not listed in actors.")])

# ---------------------------------------------------------------- AW-28
write(28,
"As many as 27 militants of the Tehreek e Taliban Pakistan (TTP) surrendered to the political administration in Khar, the headquarters of Bajaur Agency in Federally Administered Tribal Areas (FATA), on Saturday, reports The News. The militants, who had been active in Salarzai and Mamund tehsils, handed over their weapons at a jirga held at the Bajaur Scouts headquarters and pledged to live as peaceful citizens. \"We were misled and now want to return to our homes,\" one of them, Gul Rehman, told the gathering. Political Agent Shahid Ali Khan said the men would be sent to a rehabilitation centre in Swat.",
"The News",
[TTP, A("Bajaur Scouts", ["Bajaur Scouts"])],
[PE("Gul Rehman", ["Gul Rehman"], ["surrendered TTP militant"]),
 PE("Shahid Ali Khan", ["Shahid Ali Khan"], ["Political Agent"])],
[PL("Khar", "town", KB, "Bajaur"), PL("Bajaur Agency", "district", KB, "Bajaur"),
 PL("Federally Administered Tribal Areas", "area", KB, None), PL("Salarzai", "area", KB, "Bajaur"),
 PL("Mamund", "area", KB, "Bajaur"), PL("Swat", "district", KB, "Swat")],
[I("As many as 27 militants of the Tehreek e Taliban Pakistan (TTP) surrendered to the political administration in Khar",
   "Strategic developments", "Agreement", None, "Tehreek-e-Taliban Pakistan", None,
   KB, "Bajaur", "Khar", 1, "on Saturday", 0, {}, None,
   "A mass surrender with weapons handed over at a jirga: Strategic developments/Agreement (ACLED's sub-event for surrenders; judgement call). It is to the political administration, a civil authority and not an armed force, so actor2 is null (as for political administration officials in satp-sa-dev-115); the Bajaur Scouts only host the jirga and are listed in actors. No GTD. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018). Salarzai and Mamund are where the men had been active; Swat is their destination.")],
quotes=[{"speaker": "Gul Rehman", "starts": "We were misled and now want to return to our homes"}])

# ---------------------------------------------------------------- AW-29
write(29,
"At least four people, including a woman passerby, were killed and seven others injured when members of two rival gangs exchanged fire for more than two hours in Chakiwara and Singolane localities of Lyari Town in Karachi, reports Dawn. Police said two of the dead were members of one of the gangs, while a shopkeeper was hit by a stray bullet and died on the spot. Rangers and Police reached the area after the firing had stopped and arrested six suspects during a search operation. Residents said the gangs had been fighting over control of the area for weeks.",
"Dawn",
[POLICE, A("Pakistan Rangers", ["Rangers"])],
[],
[PL("Chakiwara", "area", SI, "Karachi"), PL("Singolane", "area", SI, "Karachi"),
 PL("Lyari Town", "area", SI, "Karachi"), PL("Karachi", "city", SI, "Karachi")],
[I("members of two rival gangs exchanged fire for more than two hours",
   "Battles", "Armed clash", None, UAG, UAG,
   SI, "Karachi", "Lyari Town", 1, None, 4, {"civilians": 2}, 7,
   "A gunfight between two unnamed gangs, so both actors are Unidentified Armed Group; no side started a terrorist attack on a target, so GTD null. Of the four dead, a woman passerby and a shopkeeper (civilian roles) are civilians; the two gang members are armed criminals with none of the listed statuses, so they get no side (judgement call, as for the dacoit in AW-04). It spread over two localities of Lyari Town, so location is Lyari Town. The arrests during the later search operation are tied to this clash and are part of it, not a separate incident. Weeks of earlier fighting are background. The text gives no date, so date_text is null.")])

# ---------------------------------------------------------------- AW-30
write(30,
"An Anti Terrorism Court (ATC) in Multan on Tuesday handed down death sentences to two militants of the banned Lashkar e Jhangvi (LeJ), Muhammad Ismail alias Muavia and Hafeezullah, for planning the bombing of a passenger van near Chaubara in Layyah District in 2016, which killed 14 people, reports The Express Tribune. The court also sentenced a third accused, Shakeel Ahmed, to 25 years in prison for providing the explosives, and acquitted two others for lack of evidence. The convicts were arrested by the Counter Terrorism Department (CTD) in Dera Ghazi Khan in 2017 after a shootout in which two of their accomplices were killed. The prosecution told the court that the group had also been involved in the killing of a Police inspector in Bahawalpur in 2015.",
"The Express Tribune",
[A("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"], "armed_group"), CTD, POLICE],
[PE("Muhammad Ismail", ["Muhammad Ismail alias Muavia"], ["LeJ militant", "sentenced to death"]),
 PE("Hafeezullah", ["Hafeezullah"], ["LeJ militant", "sentenced to death"]),
 PE("Shakeel Ahmed", ["Shakeel Ahmed"], ["accused", "sentenced to 25 years in prison for providing the explosives"])],
[PL("Multan", "city", PU, "Multan"), PL("Chaubara", "town", PU, "Layyah"), PL("Layyah District", "district", PU, "Layyah"),
 PL("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan"), PL("Bahawalpur", "city", PU, "Bahawalpur")],
[],
about="Hand-coded from the text alone. No incident: the report is about a court verdict; the 2016 van bombing near Chaubara, the 2017 CTD arrest and shootout in Dera Ghazi Khan and the 2015 killing of a Police inspector in Bahawalpur are all recalled as background with only a year, and a sentencing is not an ACLED event.")
