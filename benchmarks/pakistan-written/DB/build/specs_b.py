from common import *  # noqa: F401,F403

REPORTS = []

# ---------------------------------------------------------------- DB-07
REPORTS.append(R("DB-07", "The Express Tribune", """
Gunmen stopped two Karachi-bound passenger coaches near Mangochar in Kalat District on October 14,
checked the identity cards of the passengers and shot dead 11 of them, reports The Express Tribune. Two
more passengers survived with bullet wounds. The United Baloch Army (UBA) claimed responsibility, but a
spokesman of the Balochistan Liberation Front (BLF) also said his group had carried out the attack.
Later that night, an improvised explosive device planted on the railway track went off as the
Quetta-bound Jaffar Express passed near Sibi, derailing two bogies and injuring seven passengers. On
October 15, militants attacked a Levies check post in the Dasht area of Mastung District with rockets
and automatic weapons; a Levies sepoy and two attackers were killed, Assistant Commissioner Yaqoob Kakar
said. Security Forces launched a search operation in the surrounding mountains after the attack on the
check post. In Quetta, the Bomb Disposal Squad defused a remote-controlled bomb fixed to a motorcycle
parked outside the Levies headquarters on Sariab Road on the same day.
""",
    actors=[
        A("United Baloch Army", "armed_group", 2, ["United Baloch Army", "UBA"]),
        A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]),
        A("Levies", "state_force", 1, ["Levies"]),
        SF(["Security Forces"]),
        A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad"]),
    ],
    people=[PE("Yaqoob Kakar", ["Yaqoob Kakar"], ["Assistant Commissioner"])],
    places=[
        P("Karachi", "city", SD, "Karachi"),
        P("Mangochar", "town", BA, "Kalat"),
        P("Kalat District", "district", BA, "Kalat"),
        P("Quetta", "city", BA, "Quetta"),
        P("Sibi", "town", BA, "Sibi"),
        P("Dasht", "area", BA, "Mastung"),
        P("Mastung District", "district", BA, "Mastung"),
        P("Sariab Road", "area", BA, "Quetta"),
    ],
    not_incidents=["Security Forces launched a search operation in the surrounding mountains"],
    incidents=[
        I("checked the identity cards of the passengers and shot dead 11 of them",
          VAC, ATTACK, AA, UAG, CIV, "Mangochar", 2, "on October 14",
          11, {"civilians": 11}, 2,
          "Passengers pulled from coaches and shot: Attack on civilians; passengers are a civilian role. "
          "Two groups (UBA and BLF) both claimed it; with competing claims neither is taken as the "
          "perpetrator and actor1 stays Unidentified (cf. the disputed blame in satp-sa-dev-21). 'Near' "
          "Mangochar, precision 2."),
        I("an improvised explosive device planted on the railway track went off as the Quetta-bound Jaffar Express passed near Sibi",
          EXP, IED, BOMB, UAG, CIV, "Sibi", 2, "Later that night",
          0, {}, 7,
          "Track bomb under a passenger train; seven passengers injured, two bogies derailed. No claim. "
          "'Later that night' = night of October 14. 'Near' Sibi, precision 2."),
        I("militants attacked a Levies check post in the Dasht area of Mastung District",
          BAT, ARMED, AA, UAG, "Levies", "Dasht", 1, "On October 15",
          3, {"security_forces": 1, "militants": 2}, None,
          "Rockets with automatic weapons: Armed clash. One Levies sepoy and two attackers killed (attackers "
          "counted as militants). The later SF search operation has no reported outcome and is not an incident."),
        I("the Bomb Disposal Squad defused a remote-controlled bomb fixed to a motorcycle",
          SDV, DISR, BOMB, "Bomb Disposal Squad", UAG, "Sariab Road", 1, "on the same day",
          0, {}, None,
          "A motorcycle bomb outside the Levies headquarters was defused: Disrupted weapons use. 'On the "
          "same day' = October 15."),
    ],
))

# ---------------------------------------------------------------- DB-08
REPORTS.append(R("DB-08", "Dawn", """
A Rangers vehicle was damaged when a low-intensity bomb exploded near the Bakrani bypass in Larkana
District on June 4, reports Dawn. Two Rangers personnel were slightly injured. The banned Sindhudesh
Revolutionary Army (SRA) claimed the attack in a statement to the media. A day earlier, a cracker bomb
went off on the railway track between Jacobabad and Shikarpur near the Jahan Khan station in Shikarpur
District, damaging a portion of the track; train traffic was suspended for six hours. In Kandhkot town
of Kashmore District, gunmen shot dead a Hindu trader, Ashok Kumar, at his shop in the main bazaar late
on June 4; police suspected a ransom dispute. On June 5, the Counter Terrorism Department (CTD) arrested
three alleged SRA militants, including its area commander Ali Nawaz Jatoi, from Rohri in Sukkur District
and recovered explosives and two pistols. The CTD said the three were involved in the Larkana blast.
Separately, police in Khanpur town of Shikarpur District defused a hand grenade found outside an
imambargah before the Eid prayers on June 5.
""",
    actors=[
        A("Rangers", "state_force", 1, ["Rangers"]),
        A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
        A("Police", "state_force", 1, ["police"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
    ],
    people=[
        PE("Ashok Kumar", ["Ashok Kumar"], ["Hindu trader", "shot dead at his shop"]),
        PE("Ali Nawaz Jatoi", ["Ali Nawaz Jatoi"], ["alleged SRA area commander", "arrested by the CTD"]),
    ],
    places=[
        P("Bakrani", "area", SD, "Larkana"),
        P("Larkana District", "district", SD, "Larkana"),
        P("Jacobabad", "city", SD, "Jacobabad"),
        P("Shikarpur", "city", SD, "Shikarpur"),
        P("Jahan Khan", "area", SD, "Shikarpur"),
        P("Shikarpur District", "district", SD, "Shikarpur"),
        P("Kandhkot", "town", SD, "Kashmore"),
        P("Kashmore District", "district", SD, "Kashmore"),
        P("Rohri", "town", SD, "Sukkur"),
        P("Sukkur District", "district", SD, "Sukkur"),
        P("Khanpur", "town", SD, "Shikarpur"),
    ],
    not_incidents=["the Counter Terrorism Department (CTD) arrested three alleged SRA militants"],
    incidents=[
        I("a low-intensity bomb exploded near the Bakrani bypass",
          EXP, IED, BOMB, "Sindhudesh Revolutionary Army", "Rangers", "Bakrani", 2, "on June 4",
          0, {}, 2,
          "Claimed by the SRA; two Rangers slightly injured. 'Near the Bakrani bypass', precision 2. The "
          "CTD arrests on June 5 are tied to this blast by the CTD itself, so they belong to this record "
          "and are not a separate Arrests incident."),
        I("a cracker bomb went off on the railway track between Jacobabad and Shikarpur",
          EXP, IED, BOMB, UAG, None, "Jahan Khan", 2, "A day earlier",
          0, {}, None,
          "Track damaged, nobody hurt: actor2 null. 'A day earlier' than June 4 = June 3. 'Near the Jahan "
          "Khan station', precision 2. The SRA claim names only the Rangers attack."),
        I("gunmen shot dead a Hindu trader, Ashok Kumar",
          VAC, ATTACK, AA, UAG, CIV, "Kandhkot", 1, "late on June 4",
          1, {"civilians": 1}, None,
          "A trader is a civilian role. Police suspect a ransom dispute (possibly criminal), but the "
          "shooting by unidentified gunmen is coded as an attack on a civilian as the dev files do for "
          "gang-suspected killings (satp-sa-dev-66)."),
        I("police in Khanpur town of Shikarpur District defused a hand grenade",
          SDV, DISR, BOMB, "Police", UAG, "Khanpur", 1, "on June 5",
          0, {}, None,
          "A grenade left outside an imambargah was defused: Disrupted weapons use, GTD Bombing/Explosion "
          "as for defused bombs."),
    ],
))

# ---------------------------------------------------------------- DB-09
REPORTS.append(R("DB-09", "Dawn", """
Security Forces (SFs) killed six militants and arrested four others during a search operation in the
Shin Kandao area of Matta tehsil in Swat District on July 9, reports Dawn. Two soldiers were injured
when the militants opened fire on the search party, officials said, and a cache of arms and ammunition was
recovered from a cave. A day later, the beheaded body of a
schoolteacher, Fazal Rabbi, who had been abducted from his village in Kanju area on July 6, was found
near Mingora, the district headquarters, with a note warning others against "spying for the army". In
Lower Dir District, a member of the village defence committee, Gul Nawab, was shot dead outside a
mosque in Maidan area on July 10. Police said the assailants had escaped towards the mountains of
Bajaur Agency.
""",
    actors=[
        SF(["Security Forces", "SFs"]),
        A("Police", "state_force", 1, ["Police"]),
    ],
    people=[
        PE("Fazal Rabbi", ["Fazal Rabbi"], ["schoolteacher", "abducted from Kanju and found beheaded"]),
        PE("Gul Nawab", ["Gul Nawab"], ["member of the village defence committee", "shot dead outside a mosque"]),
    ],
    places=[
        P("Shin Kandao", "area", KP, "Swat"),
        P("Matta", "area", KP, "Swat"),
        P("Swat District", "district", KP, "Swat"),
        P("Kanju", "area", KP, "Swat"),
        P("Mingora", "city", KP, "Swat"),
        P("Lower Dir District", "district", KP, "Lower Dir"),
        P("Maidan", "area", KP, "Lower Dir"),
        P("Bajaur Agency", "district", KP, "Bajaur"),
    ],
    incidents=[
        I("Security Forces (SFs) killed six militants and arrested four others during a search operation",
          BAT, ARMED, None, "Security Forces", UAG, "Shin Kandao", 1, "on July 9",
          6, {"militants": 6}, 2,
          "The militants fired on the search party; six killed, four arrested and an arms cache recovered "
          "(all part of the same event). Two soldiers injured. State operation, GTD null."),
        I("the beheaded body of a schoolteacher, Fazal Rabbi, who had been abducted from his village in Kanju area",
          VAC, ATTACK, KIDN, UAG, CIV, "Mingora", 2, "A day later",
          1, {"civilians": 1}, None,
          "Abducted on July 6 and found beheaded: Attack with GTD Kidnapping. Dated and placed where the "
          "body was found ('A day later' = July 10, 'near Mingora', precision 2), as in satp-sa-dev-29. A "
          "schoolteacher is a civilian role. Kanju, where he was abducted, is not the location."),
        I("a member of the village defence committee, Gul Nawab, was shot dead outside a mosque",
          VAC, ATTACK, AA, UAG, CIV, "Maidan", 1, "on July 10",
          1, {}, None,
          "A village defence committee member is a pro-government militiaman: no side (satp-sa-dev-81). He "
          "was shot unarmed outside a mosque, so Attack on a civilian target rather than Armed clash; an "
          "alternative reading is actor2 Unidentified Armed Group. Not a prominent figure, so Armed Assault."),
    ],
))

# ---------------------------------------------------------------- DB-10
REPORTS.append(R("DB-10", "The Express Tribune", """
Unidentified men set fire to two girls' schools in Darel valley of Diamer District in Gilgit-Baltistan
on the night of 11-12 October, reports The Express Tribune. Furniture and records were burnt but no one
was hurt. A third school in Tangir was partially damaged when an explosive device went off at its gate.
Police said the attacks bore the hallmarks of a local militant band led by a proclaimed offender. On
October 13, 2021, a police team trying to arrest suspects in the Khanbari area came under fire; a
constable and a suspect were killed in the exchange of fire and two other suspects were arrested.
Separately, a foreign tourist and his local guide were injured when their jeep was fired upon on the
Karakoram Highway near Chilas the same evening; police said the motive was robbery. Officials said
security had been increased at all schools in the district.
""",
    actors=[A("Police", "state_force", 1, ["Police", "police"])],
    people=[],
    places=[
        P("Darel", "area", GB, "Diamer"),
        P("Diamer District", "district", GB, "Diamer"),
        P("Gilgit-Baltistan", "province", GB, None),
        P("Tangir", "area", GB, "Diamer"),
        P("Khanbari", "area", GB, "Diamer"),
        P("Karakoram Highway", "area", None, None),
        P("Chilas", "town", GB, "Diamer"),
    ],
    incidents=[
        I("Unidentified men set fire to two girls' schools in Darel valley",
          SDV, LOOT, FAC, UAG, None, "Darel", 2, "on the night of 11-12 October",
          0, {}, 0,
          "Arson of two schools in the same valley on the same night, coded as one event. Fire, not "
          "explosives, so Strategic developments/Looting-property destruction with GTD "
          "Facility/Infrastructure Attack. 'No one was hurt': killed and injured 0. Valley-level place, "
          "precision 2. The 'local militant band' is not named."),
        I("A third school in Tangir was partially damaged when an explosive device went off at its gate",
          EXP, IED, BOMB, UAG, None, "Tangir", 2, None,
          0, {}, None,
          "A separate method (explosive) at a separate place, so its own incident. Implied the same night "
          "but the text gives it no date phrase of its own: date_text null."),
        I("a police team trying to arrest suspects in the Khanbari area came under fire",
          BAT, ARMED, None, "Police", UAG, "Khanbari", 1, "On October 13, 2021",
          2, {"security_forces": 1}, None,
          "An arrest attempt turned into an exchange of fire; the police action began it, so GTD null. One "
          "constable and one 'suspect' killed; the suspect has no status, so only the constable gets a side."),
        I("a foreign tourist and his local guide were injured when their jeep was fired upon",
          VAC, ATTACK, AA, UAG, CIV, "Chilas", 2, "the same evening",
          0, {}, 2,
          "Police say robbery; still an armed attack on civilians by unidentified men. 'Near Chilas' on the "
          "Karakoram Highway, precision 2. 'the same evening' = October 13."),
    ],
))

# ---------------------------------------------------------------- DB-11
REPORTS.append(R("DB-11", "Dawn", """
Militants used a quadcopter to drop two mortar bombs on the Tajori police station in Lakki Marwat
District of Khyber Pakhtunkhwa late on Friday, injuring a constable, reports Dawn. Police returned fire
and the drone flew away towards the hills. The Tehreek-e-Jihad Pakistan (TJP) claimed responsibility. On
Saturday, two policemen were shot dead by a sniper while guarding a polio vaccination team in Gul Imam
area of Tank District; the vaccinators were unhurt. In Dera Ismail Khan District, an IED planted in a
rickshaw exploded near a police mobile van in Kulachi tehsil on the same day, killing a policeman and a
passerby and injuring three others. Hours later, police and the Counter Terrorism Department (CTD)
conducted a joint raid in Gara Matt village of Kulachi and killed three suspected militants, including a
man they said had planted the rickshaw bomb.
""",
    actors=[
        A("Police", "state_force", 1, ["Police", "police", "policemen", "policeman"]),
        A("Tehreek-e-Jihad Pakistan", "armed_group", 2, ["Tehreek-e-Jihad Pakistan", "TJP"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
    ],
    people=[],
    places=[
        P("Tajori", "town", KP, "Lakki Marwat"),
        P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Gul Imam", "area", KP, "Tank"),
        P("Tank District", "district", KP, "Tank"),
        P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
        P("Kulachi", "area", KP, "Dera Ismail Khan"),
        P("Gara Matt", "town", KP, "Dera Ismail Khan"),
    ],
    incidents=[
        I("Militants used a quadcopter to drop two mortar bombs on the Tajori police station",
          EXP, AIR, BOMB, "Tehreek-e-Jihad Pakistan", "Police", "Tajori", 1, "late on Friday",
          0, {}, 1,
          "A drone attack by an armed group: ACLED Air/drone strike (the munition is dropped, not fired "
          "from range, so not Shelling). The police returning fire does not make it a clash. Claimed by TJP."),
        I("two policemen were shot dead by a sniper while guarding a polio vaccination team",
          BAT, ARMED, AA, UAG, "Police", "Gul Imam", 1, "On Saturday",
          2, {"security_forces": 2}, None,
          "Attack on police guarding polio workers: Battles/Armed clash by the rule for attacks on police. "
          "The vaccinators were unhurt. The TJP claim covers only the quadcopter attack."),
        I("an IED planted in a rickshaw exploded near a police mobile van in Kulachi tehsil",
          EXP, IED, BOMB, UAG, "Police", "Kulachi", 2, "on the same day",
          2, {"security_forces": 1, "civilians": 1}, 3,
          "A policeman and a passerby (a civilian role) killed; the three injured have no side. "
          "Tehsil-level, precision 2. 'on the same day' = Saturday."),
        I("police and the Counter Terrorism Department (CTD) conducted a joint raid in Gara Matt village",
          BAT, ARMED, None, "Police", UAG, "Gara Matt", 1, "Hours later",
          3, {"militants": 3}, None,
          "A state raid killing three suspected militants (counted as militants), linked by the police to "
          "the rickshaw bomb. Actor1 is the first-named force (Police); the CTD took part. GTD null."),
    ],
))

# ---------------------------------------------------------------- DB-12
REPORTS.append(R("DB-12", "Dawn", """
A convoy carrying Chinese engineers of a port project came under attack near Surbandar in Gwadar
District on March 20, reports Dawn. Officials said one attacker blew himself up against a vehicle while
three others opened fire; all four attackers were killed by the escorting Frontier Corps (FC) personnel,
and a soldier and a passerby were injured. The Chinese nationals were unhurt. The Majeed Brigade of the
Balochistan Liberation Army (BLA) claimed responsibility. Earlier the same day, a hand grenade was hurled
into a fish market at Ormara, wounding five fishermen. On the night of 20-21 March, the Counter Terrorism
Department (CTD) raided a house in Hub town of Lasbela District and killed two militants who, officials
said, had provided the explosives for the Surbandar attack; a CTD official was injured. In Kech District,
Levies recovered and defused two landmines planted on a link road on March 21. The Balochistan government
announced a reward of Rs 5 million for information about the remaining facilitators.
""",
    actors=[
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]),
        A("Balochistan Liberation Army (Majeed Brigade)", "armed_group", 2, ["Majeed Brigade"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Levies", "state_force", 1, ["Levies"]),
    ],
    people=[],
    places=[
        P("Surbandar", "town", BA, "Gwadar"),
        P("Gwadar District", "district", BA, "Gwadar"),
        P("Ormara", "town", BA, "Gwadar"),
        P("Hub", "town", BA, "Lasbela"),
        P("Lasbela District", "district", BA, "Lasbela"),
        P("Kech District", "district", BA, "Kech"),
        P("Balochistan", "province", BA, None),
    ],
    relations=[{"a": "Balochistan Liberation Army (Majeed Brigade)", "b": "Balochistan Liberation Army",
                "kind": "faction_of",
                "evidence": "The Majeed Brigade of the Balochistan Liberation Army (BLA)"}],
    not_incidents=["The Balochistan government announced a reward of Rs 5 million"],
    incidents=[
        I("A convoy carrying Chinese engineers of a port project came under attack near Surbandar",
          EXP, SUI, BOMB, "Balochistan Liberation Army (Majeed Brigade)", CIV, "Surbandar", 2, "on March 20",
          4, {"militants": 4}, 2,
          "A complex attack led by a suicide bomber, so Suicide bomb. The text itself counts the bomber "
          "among 'all four attackers' killed, so killed = 4 militants. The target was the foreign "
          "engineers (civilians); the FC escort fought back. A soldier and a passerby injured. Claimed by the "
          "Majeed Brigade, coded as the BLA faction. 'Near' Surbandar, precision 2."),
        I("a hand grenade was hurled into a fish market at Ormara",
          EXP, GREN, BOMB, UAG, CIV, "Ormara", 1, "Earlier the same day",
          0, {}, 5,
          "Five fishermen wounded; no claim. 'Earlier the same day' = March 20."),
        I("the Counter Terrorism Department (CTD) raided a house in Hub town of Lasbela District",
          BAT, ARMED, None, "Counter Terrorism Department", UAG, "Hub", 1, "On the night of 20-21 March",
          2, {"militants": 2}, 1,
          "State raid, GTD null. Officials link the two dead militants to the Surbandar attack, but the "
          "text does not name their group, so actor2 stays Unidentified. One CTD official injured."),
        I("Levies recovered and defused two landmines planted on a link road",
          SDV, DISR, BOMB, "Levies", UAG, "Kech District", 2, "on March 21",
          0, {}, None,
          "Two defused landmines in one recovery: one Disrupted weapons use event. District only, "
          "precision 2. The reward announcement is not an incident."),
    ],
))
