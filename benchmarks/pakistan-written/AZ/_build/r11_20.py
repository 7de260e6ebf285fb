from lib import *

UAG, CIV = "Unidentified Armed Group", "Civilians"
BAT, ERV, VAC, PRO, SD_ = "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Strategic developments"
FATA_NOTE = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa."

# ---------------------------------------------------------------- AZ-11
report("AZ-11", """
Two soldiers of the Frontier Corps (FC) were injured when Afghan border forces opened fire on a Pakistani border post
near the Kharlachi crossing in Kurram Agency on Saturday, reports The News. Officials in Parachinar said the Afghan
forces objected to the construction of a fence along the border and opened fire with light and heavy weapons, to
which the FC personnel responded. The exchange continued intermittently for about two hours. Separately, a shepherd,
identified as Nazar Hussain (60), was killed when a mortar shell fired from across the border landed in the same area
on Sunday morning. The Foreign Office lodged a strong protest with the Afghan embassy in Islamabad over the incidents.
""", "The News",
[A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
 A("Military Forces of Afghanistan", "state_force", 8, ["Afghan border forces", "Afghan forces"])],
[Pe("Nazar Hussain", ["Nazar Hussain"], ["shepherd", "killed by a mortar shell"])],
[P("Kharlachi", "town", KP, "Kurram"),
 P("Kurram Agency", "district", KP, "Kurram"),
 P("Parachinar", "town", KP, "Kurram"),
 P("Islamabad", "city", "Islamabad Capital Territory", "Islamabad")],
[I("Afghan border forces opened fire on a Pakistani border post", BAT, "Armed clash", None,
   "Military Forces of Afghanistan", "Frontier Corps", KP, "Kurram", "Kharlachi", 2, "on Saturday", 0, {}, 2,
   "Cross-border fire by a foreign state force (inter 8) on an FC post, answered by the FC: an exchange of fire, so "
   "Battles/Armed clash (interaction 18). GTD covers non-state violence only, so null. The FC's return fire is part "
   "of the same exchange. 'Near' the crossing, hence precision 2. Parachinar is only where the officials spoke." + FATA_NOTE),
 I("a mortar shell fired from across the border landed in the same area", ERV, "Shelling/artillery/missile attack",
   "Bombing/Explosion", UAG, CIV, KP, "Kurram", "Kharlachi", 2, "on Sunday morning", 1, {"civilians": 1}, None,
   "A separate incident the next day ('Separately'): long-range fire with no gunfire, so Shelling. The text does "
   "not say who fired the shell (only 'from across the border'), so actor1 is Unidentified even though Afghan "
   "forces are the likely source; GTD Bombing/Explosion as for the unattributed mortar in dev-3. A shepherd is a "
   "civilian role. Place told only as 'the same area', i.e. near Kharlachi, hence precision 2. The diplomatic "
   "protest is not an ACLED event." + FATA_NOTE)],
not_incidents=["The Foreign Office lodged a strong protest with the Afghan embassy in Islamabad"])

# ---------------------------------------------------------------- AZ-12
report("AZ-12", """
Militants blew up a government girls high school in Ghwara Kalay village of Matta tehsil in Swat District of the
North West Frontier Province (NWFP) late on Saturday night, reports Daily Times. The explosives planted in the building
destroyed six classrooms and the boundary wall; no one was hurt as the building was empty. A spokesman for the Tehreek
e Taliban Pakistan (TTP) in Swat, speaking to reporters by telephone from an undisclosed location, claimed
responsibility and said the building had been used as a camp by SFs. The same night, militants attacked a police post
at Dherai Baba in Kabal tehsil, killing two policemen. Police said four attackers were also killed in the retaliatory
fire. On the same day, SFs killed five militants in an operation in the Peochar area, an official statement issued in
Mingora said. More than 150 schools have been destroyed in the valley since the militants began their campaign
against female education last year.
""", "Daily Times",
[A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"]),
 A("Security Forces", "state_force", 1, ["SFs"]),
 A("Police", "state_force", 1, ["Police", "police"])],
[],
[P("Ghwara Kalay", "town", KP, "Swat"),
 P("Matta", "area", KP, "Swat"),
 P("Swat District", "district", KP, "Swat"),
 P("North West Frontier Province", "province", KP, None),
 P("Dherai Baba", "area", KP, "Swat"),
 P("Kabal", "area", KP, "Swat"),
 P("Peochar", "area", KP, "Swat"),
 P("Mingora", "city", KP, "Swat")],
[I("Militants blew up a government girls high school", ERV, "Remote explosive/landmine/IED", "Bombing/Explosion",
   "Tehreek-e-Taliban Pakistan", None, KP, "Swat", "Ghwara Kalay", 1, "late on Saturday night", 0, {}, 0,
   "Planted explosives destroyed an empty school; 'no one was hurt', so 0 and 0, and actor2 is null. The TTP in "
   "Swat claimed it, so the TTP is actor1. NWFP is the former name of Khyber Pakhtunkhwa, so admin1 is Khyber "
   "Pakhtunkhwa."),
 I("militants attacked a police post at Dherai Baba in Kabal tehsil", BAT, "Armed clash", "Armed Assault", UAG,
   "Police", KP, "Swat", "Dherai Baba", 1, "The same night", 6, {"security_forces": 2, "militants": 4}, None,
   "A separate attack the same night in another tehsil. The TTP claim covers only the school, so actor1 stays "
   "Unidentified. The sides come in two sentences: two policemen, then four attackers (militants)."),
 I("SFs killed five militants in an operation in the Peochar area", BAT, "Armed clash", None, "Security Forces",
   UAG, KP, "Swat", "Peochar", 2, "On the same day", 5, {"militants": 5}, None,
   "A third, state-initiated incident, so GTD null. Coded Armed clash as operations with militants killed are in "
   "dev-78 and dev-9. Peochar is a valley, not a village, hence precision 2. Mingora is only where the statement "
   "was issued. The '150 schools' is a running tally, not an incident.")],
not_incidents=["More than 150 schools have been destroyed in the valley since the militants began their campaign"])

# ---------------------------------------------------------------- AZ-13
report("AZ-13", """
Armed men abducted seven passengers after stopping two Karachi bound coaches on the National Highway near Kardgap in
Mastung District of Balochistan on the intervening night of April 18 and 19, reports The Express Tribune. Levies
officials said around 15 gunmen, wearing uniforms similar to those of the security forces, checked the passengers
identity cards and took away seven men, most of them hailing from Punjab. The bullet riddled bodies of four of the
abducted passengers were found the next morning in Garok Nullah, about five kilometres from the highway. The remaining
three were still missing. Levies and FC personnel launched a search operation in the surrounding mountains, while
traffic on the highway remained suspended for several hours.
""", "The Express Tribune",
[A("Levies", "state_force", 1, ["Levies"]),
 A("Frontier Corps", "state_force", 1, ["FC"]),
 A("Security Forces", "state_force", 1, ["security forces"])],
[],
[P("Karachi", "city", SD, "Karachi"),
 P("Kardgap", "town", BA, "Mastung"),
 P("Mastung District", "district", BA, "Mastung"),
 P("Balochistan", "province", BA, None),
 P("Punjab", "province", PB, None),
 P("Garok Nullah", "area", BA, "Mastung")],
[I("Armed men abducted seven passengers", VAC, "Attack", "Hostage Taking (Kidnapping)", UAG, CIV, BA, "Mastung",
   "Kardgap", 2, "on the intervening night of April 18 and 19", 4, {"civilians": 4}, None,
   "One incident: seven passengers were taken in one act, four were found shot dead the next morning and three are "
   "missing. Abducted and later killed, so ACLED Attack with GTD Kidnapping. Passengers are a civilian role. The "
   "three still missing are part of the same abduction, not a second incident. Located where they were taken, "
   "'near Kardgap' (precision 2); the bodies were found in Garok Nullah. The gunmen only wore uniforms 'similar to' "
   "the security forces', so the security forces are not an actor in it. The search operation reports no outcome.")],
not_incidents=["Levies and FC personnel launched a search operation in the surrounding mountains"])

# ---------------------------------------------------------------- AZ-14
report("AZ-14", """
An Anti Terrorism Court (ATC) in Rawalpindi on Thursday sentenced two militants of the banned Lashkar e Jhangvi (LeJ)
to death on multiple counts for their role in the bombing of a bus carrying seminary students near Taxila in 2014,
reports Dawn. The blast, triggered by a remote controlled device planted on the roadside, had killed nine students and
injured 16 others. The convicts, Muhammad Zubair alias Abu Talha and Rafaqat Ali, were arrested by the Counter
Terrorism Department (CTD) from Attock in March 2016. A third accused, Sajjad Hussain Shah, was acquitted for lack of
evidence. The prosecution produced 27 witnesses during the trial, which was held inside Adiala Jail for security
reasons.
""", "Dawn",
[A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"]),
 A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])],
[Pe("Muhammad Zubair", ["Muhammad Zubair alias Abu Talha"], ["LeJ militant", "convicted and sentenced to death"]),
 Pe("Rafaqat Ali", ["Rafaqat Ali"], ["LeJ militant", "convicted and sentenced to death"]),
 Pe("Sajjad Hussain Shah", ["Sajjad Hussain Shah"], ["accused", "acquitted"])],
[P("Rawalpindi", "city", PB, "Rawalpindi"),
 P("Taxila", "town", PB, "Rawalpindi"),
 P("Attock", "city", PB, "Attock"),
 P("Adiala Jail", "area", PB, "Rawalpindi")],
[],
not_incidents=["the bombing of a bus carrying seminary students near Taxila in 2014",
               "were arrested by the Counter Terrorism Department (CTD) from Attock in March 2016"],
about="No new incident: the only new event is a court verdict, which is not an ACLED event; the 2014 bombing and the 2016 arrests are recalled as background.")

# ---------------------------------------------------------------- AZ-15
report("AZ-15", """
Three policemen were martyred and two others injured when terrorists attacked the Pir Zareen check post in Kulachi
tehsil of Dera Ismail Khan District in Khyber Pakhtunkhwa late on Monday night, reports The Express Tribune. Police
said the attackers, armed with heavy weapons and hand grenades, stormed the post from two sides and fled after an
hour long gunfight. Police and SFs launched a search operation in the area. The following morning, the joint team
traced the attackers to a hideout in the nearby Chah Saidan area, where two terrorists were killed in an exchange of
fire and a third was arrested in injured condition, District Police Officer (DPO) Nasir Mehmood Gandapur told
reporters. The funeral prayers of the martyred policemen were offered at the Police Lines in Dera Ismail Khan.
""", "The Express Tribune",
[A("Police", "state_force", 1, ["Police"]),
 A("Security Forces", "state_force", 1, ["SFs"])],
[Pe("Nasir Mehmood Gandapur", ["Nasir Mehmood Gandapur"], ["District Police Officer (DPO)"])],
[P("Pir Zareen", "area", KP, "Dera Ismail Khan"),
 P("Kulachi", "area", KP, "Dera Ismail Khan"),
 P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
 P("Khyber Pakhtunkhwa", "province", KP, None),
 P("Chah Saidan", "area", KP, "Dera Ismail Khan"),
 P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan")],
[I("terrorists attacked the Pir Zareen check post", BAT, "Armed clash", "Armed Assault", UAG, "Police", KP,
   "Dera Ismail Khan", "Pir Zareen", 1, "late on Monday night", 3, {"security_forces": 3}, 2,
   "An attack on a police check post with an hour-long gunfight: Battles/Armed clash. Three policemen killed, two "
   "others injured. The search operation that followed is not itself an incident; its outcome is the next record."),
 I("two terrorists were killed in an exchange of fire", BAT, "Armed clash", None, "Police", UAG, KP,
   "Dera Ismail Khan", "Chah Saidan", 1, "The following morning", 2, {"militants": 2}, 1,
   "The follow-up: a joint police and SF team found the attackers at a hideout the next morning. A different day "
   "and place, and the state started it, so a separate incident with GTD null. Actor1 is Police (the joint team was "
   "police and SFs; the police speak for it). The third man was injured and arrested; the arrest is tied to this "
   "clash and is not a separate Arrests incident. The funeral is not an incident.")],
not_incidents=["Police and SFs launched a search operation in the area",
               "The funeral prayers of the martyred policemen were offered"])

# ---------------------------------------------------------------- AZ-16
report("AZ-16", """
A section of the railway track was damaged when a low intensity explosive device went off near Padidan railway
station in Naushahro Feroze District of Sindh in the early hours of May 6, reports Dawn. No one was hurt, but the
Karachi bound passenger train was stopped at Mehrabpur and train traffic remained suspended for about four hours. The
banned Sindhudesh Revolutionary Army (SRA) claimed responsibility for the blast in a message its spokesman, Bakhtawar
Sindhi, circulated on social media. Meanwhile, the Counter Terrorism Department (CTD) arrested a suspected member of
the Sindhudesh Liberation Army (SDLA), Mumtaz Ali Jatoi, from Larkana on the same day. A CTD official said the suspect
was wanted in a grenade attack on a Rangers picket in Hyderabad in 2019 and had been hiding in the area.
""", "Dawn",
[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
 A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
 A("Sindhudesh Liberation Army", "armed_group", 2, ["Sindhudesh Liberation Army", "SDLA"]),
 A("Pakistan Rangers", "state_force", 1, ["Rangers"])],
[Pe("Bakhtawar Sindhi", ["Bakhtawar Sindhi"], ["SRA spokesman"]),
 Pe("Mumtaz Ali Jatoi", ["Mumtaz Ali Jatoi"], ["suspected SDLA member", "arrested"])],
[P("Padidan", "town", SD, "Naushahro Feroze"),
 P("Naushahro Feroze District", "district", SD, "Naushahro Feroze"),
 P("Sindh", "province", SD, None),
 P("Karachi", "city", SD, "Karachi"),
 P("Mehrabpur", "town", SD, "Naushahro Feroze"),
 P("Larkana", "city", SD, "Larkana"),
 P("Hyderabad", "city", SD, "Hyderabad")],
[I("a low intensity explosive device went off near Padidan railway station", ERV, "Remote explosive/landmine/IED",
   "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SD, "Naushahro Feroze", "Padidan", 2,
   "in the early hours of May 6", 0, {}, 0,
   "A device damaged the railway track; 'no one was hurt', so 0 and 0, and actor2 is null (infrastructure). The SRA "
   "claimed the blast, so it is actor1. 'Near' the station, hence precision 2."),
 I("the Counter Terrorism Department (CTD) arrested a suspected member of the Sindhudesh Liberation Army (SDLA)", SD_,
   "Arrests", None, "Counter Terrorism Department", "Sindhudesh Liberation Army", SD, "Larkana", "Larkana", 1,
   "on the same day", 0, {}, None,
   "Not tied to the railway blast (different group; he was wanted for a 2019 attack), so its own Arrests incident. "
   "The 2019 grenade attack in Hyderabad is background and is not coded.")],
not_incidents=["a grenade attack on a Rangers picket in Hyderabad in 2019"])

# ---------------------------------------------------------------- AZ-17
report("AZ-17", """
Four personnel of the Pakistan Coast Guards were martyred when terrorists attacked their camp at Kappar Dor near Pasni
in Gwadar District of Balochistan in the early hours of Tuesday, according to ISPR, reports Dawn. The attackers, who
came on motorcycles from the adjoining hills, opened fire on the camp from three directions. In the retaliatory fire,
three terrorists were killed, the military media wing said in a statement issued from Rawalpindi. Another coast guard
was injured and was airlifted to Karachi for treatment. No group had claimed responsibility for the attack till the
filing of this report.
""", "Dawn",
[A("Pakistan Coast Guards", "state_force", 1, ["Pakistan Coast Guards"])],
[],
[P("Kappar Dor", "town", BA, "Gwadar"),
 P("Pasni", "town", BA, "Gwadar"),
 P("Gwadar District", "district", BA, "Gwadar"),
 P("Balochistan", "province", BA, None),
 P("Rawalpindi", "city", PB, "Rawalpindi"),
 P("Karachi", "city", SD, "Karachi")],
[I("terrorists attacked their camp at Kappar Dor", BAT, "Armed clash", "Armed Assault", UAG,
   "Pakistan Coast Guards", BA, "Gwadar", "Kappar Dor", 1, "in the early hours of Tuesday",
   7, {"security_forces": 4, "militants": 3}, 1,
   "The sides come in separate sentences: four coast guards in the first, three attackers in the third; killed = 7. "
   "One coast guard injured. The statement came from Rawalpindi and the injured man was flown to Karachi; neither is "
   "the incident's place. No claim, so actor1 is Unidentified. The ISPR is only the source and is not listed.")])

# ---------------------------------------------------------------- AZ-18
report("AZ-18", """
Unidentified armed men shot dead a tribal elder, Malik Gul Sher Wazir (65), and his guard near his house in Tor
Ghundai Kalay of Wana tehsil in South Waziristan Agency on Friday evening, reports Dawn. Officials said the assailants,
who were riding a motorcycle, fled towards the mountains. The elder had been active in resolving local disputes and
had recently led a jirga that persuaded displaced families to return to the area. The following day, hundreds of
tribesmen placed the bodies on the Wana Angoor Adda road and blocked it to traffic for six hours, demanding the arrest
of the killers. They ended the protest after the political administration assured them of action. The funeral
prayers were later offered in Tor Ghundai Kalay.
""", "Dawn",
[],
[Pe("Malik Gul Sher Wazir", ["Malik Gul Sher Wazir"], ["tribal elder", "led a jirga on the return of displaced families"])],
[P("Tor Ghundai Kalay", "town", KP, "South Waziristan"),
 P("Wana", "area", KP, "South Waziristan"),
 P("South Waziristan Agency", "district", KP, "South Waziristan"),
 P("Angoor Adda", "town", KP, "South Waziristan")],
[I("Unidentified armed men shot dead a tribal elder", VAC, "Attack", "Assassination", UAG, CIV, KP,
   "South Waziristan", "Tor Ghundai Kalay", 1, "on Friday evening", 2, {"civilians": 2}, None,
   "A named tribal elder was singled out near his home: a specific prominent local figure, so GTD Assassination "
   "(Armed Assault would be the alternative). A tribal elder is a civilian role and his guard takes his side, so "
   "civilians = 2." + FATA_NOTE),
 I("placed the bodies on the Wana Angoor Adda road and blocked it to traffic", PRO, "Peaceful protest", None,
   "Protesters", None, KP, "South Waziristan", "Wana", 2, "The following day", 0, {}, None,
   "A road blockade with the bodies the next day, ended after an assurance: Peaceful protest, a separate incident "
   "from the killing. It was on the road between Wana and Angoor Adda, so located at Wana with precision 2. The "
   "funeral is not an incident." + FATA_NOTE)],
not_incidents=["The funeral prayers were later offered in Tor Ghundai Kalay"])

# ---------------------------------------------------------------- AZ-19
report("AZ-19", """
A woman and her minor son were killed and five other villagers were injured when Indian Border Security Force (BSF)
troops shelled border villages along the Working Boundary in Charwa sector of Sialkot District on the intervening night
of October 5 and 6, reports The News. According to ISPR, the BSF targeted Kotli Dogran and adjoining villages with
mortars, damaging several houses and killing livestock. Pakistan Rangers (Punjab) responded effectively, silencing the
Indian posts, the ISPR added. A day earlier, a Rangers soldier, Sepoy Muhammad Arshad, was injured by BSF sniper fire
in the Bajwat sector of the same district. The Foreign Office summoned the Indian deputy high commissioner in Islamabad
and lodged a strong protest.
""", "The News",
[A("Border Security Force", "state_force", 8, ["Border Security Force", "BSF"]),
 A("Pakistan Rangers", "state_force", 1, ["Pakistan Rangers", "Rangers"])],
[Pe("Muhammad Arshad", ["Sepoy Muhammad Arshad"], ["Rangers soldier", "injured by sniper fire"])],
[P("Charwa", "area", PB, "Sialkot"),
 P("Sialkot District", "district", PB, "Sialkot"),
 P("Kotli Dogran", "town", PB, "Sialkot"),
 P("Bajwat", "area", PB, "Sialkot"),
 P("Islamabad", "city", "Islamabad Capital Territory", "Islamabad")],
[I("Indian Border Security Force (BSF) troops shelled border villages along the Working Boundary", ERV,
   "Shelling/artillery/missile attack", None, "Border Security Force", CIV, PB, "Sialkot", "Kotli Dogran", 2,
   "on the intervening night of October 5 and 6", 2, {}, 5,
   "Mortar fire on villages by a foreign state force (inter 8): Shelling, GTD null (not non-state violence). The "
   "Rangers' reply is part of the same exchange. The dead are 'a woman and her minor son' and the injured "
   "'villagers', with no stated status, so no side split. Kotli Dogran 'and adjoining villages', hence precision 2."),
 I("a Rangers soldier, Sepoy Muhammad Arshad, was injured by BSF sniper fire", BAT, "Armed clash", None,
   "Border Security Force", "Pakistan Rangers", PB, "Sialkot", "Bajwat", 2, "A day earlier", 0, {}, 1,
   "A separate incident a day earlier in another sector: gunfire on a soldier, coded Battles/Armed clash as attacks "
   "on soldiers are. GTD null (state actor). Bajwat is a sector, hence precision 2. The diplomatic protest is not "
   "an ACLED event.")],
not_incidents=["The Foreign Office summoned the Indian deputy high commissioner in Islamabad"])

# ---------------------------------------------------------------- AZ-20
report("AZ-20", """
Police foiled a suicide attack on an imambargah in Ghazi Baba Killi of Tangi tehsil in Charsadda District of Khyber
Pakhtunkhwa on Friday when guards overpowered a would be bomber at the entrance during the congregational prayers,
reports The News. District Police Officer (DPO) Sohail Khalid Marwat said the youth, aged around 17, was wearing a
suicide vest packed with eight kilogrammes of explosives and ball bearings, which the Bomb Disposal Squad (BDS) later
defused. "Had he reached the main hall, there would have been a massacre," the DPO said. An accomplice who was waiting
on a motorcycle outside was also arrested. Lashkar e Jhangvi al Alami (LeJ A) later claimed the attempted attack in a
statement to the media. Separately, unidentified men hurled a hand grenade at the house of an Awami National Party
(ANP) leader, Haji Fazal Wahid, in Umarzai area of Charsadda on Friday night. The grenade damaged the main gate, but no
one was hurt.
""", "The News",
[A("Police", "state_force", 1, ["Police"]),
 A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"]),
 A("Lashkar-e-Jhangvi al-Alami", "armed_group", 2, ["Lashkar e Jhangvi al Alami", "LeJ A"])],
[Pe("Sohail Khalid Marwat", ["Sohail Khalid Marwat", "the DPO"], ["District Police Officer (DPO)"]),
 Pe("Haji Fazal Wahid", ["Haji Fazal Wahid"], ["Awami National Party (ANP) leader"])],
[P("Ghazi Baba Killi", "town", KP, "Charsadda"),
 P("Tangi", "area", KP, "Charsadda"),
 P("Charsadda District", "district", KP, "Charsadda"),
 P("Khyber Pakhtunkhwa", "province", KP, None),
 P("Umarzai", "town", KP, "Charsadda")],
[I("guards overpowered a would be bomber at the entrance", SD_, "Disrupted weapons use", "Bombing/Explosion",
   "Police", "Lashkar-e-Jhangvi al-Alami", KP, "Charsadda", "Ghazi Baba Killi", 1, "on Friday", 0, {}, None,
   "A foiled suicide attack: the bomber was overpowered and his vest defused, so nothing went off. Disrupted "
   "weapons use, with the GTD type of the prevented attack as for the defused devices in dev-109. The text credits "
   "the Police with foiling it, so they are actor1 (the guards are not otherwise identified; the BDS defusal and "
   "the accomplice's arrest are part of the same event). LeJ-A claimed the attempt, so it is actor2."),
 I("unidentified men hurled a hand grenade at the house of an Awami National Party (ANP) leader", ERV, "Grenade",
   "Bombing/Explosion", UAG, CIV, KP, "Charsadda", "Umarzai", 1, "on Friday night", 0, {}, 0,
   "A separate attack the same night in another place; the LeJ-A claim covers only the imambargah attempt. A "
   "party leader's home, so actor2 is Civilians (as in dev-0); ANP is a party and is not listed. 'No one was hurt'.")],
quotes=[Q("Sohail Khalid Marwat", "Had he reached the main hall")])

write_all()
