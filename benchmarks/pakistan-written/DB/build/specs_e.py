from common import *  # noqa: F401,F403

REPORTS = []

# ---------------------------------------------------------------- DB-25
REPORTS.append(R("DB-25", "Daily Times", """
Militants blew up two gas pipelines supplying the Loti gas field in Dera Bugti District on the night of
14-15 January, suspending gas supply to Punjab, reports Daily Times. The Baloch Republican Army (BRA)
claimed responsibility for both blasts. On January 15, 2011, militants fired seven rockets at Sui town from
the nearby hills; one landed on a house in the Pipeline Colony, killing a child and injuring his mother. In
Kohlu District, unidentified armed men abducted three employees of a private construction company,
including an engineer, Asif Mehmood, near Kahan on January 16. Frontier Corps (FC) personnel later clashed
with the kidnappers near Mawand, killing two of them and recovering the engineer; the other two employees
remain missing. FC officials said a soldier was injured in the clash. In neighbouring Rajanpur District of
Punjab, police defused a bomb planted under a small bridge near Rojhan on January 16.
""",
    actors=[
        A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]),
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        A("Police", "state_force", 1, ["police"]),
    ],
    people=[PE("Asif Mehmood", ["Asif Mehmood"], ["engineer of a private construction company",
                                                   "abducted and later recovered by the FC"])],
    places=[
        P("Loti", "area", BA, "Dera Bugti"),
        P("Dera Bugti District", "district", BA, "Dera Bugti"),
        P("Punjab", "province", PB, None),
        P("Sui", "town", BA, "Dera Bugti"),
        P("Pipeline Colony", "area", BA, "Dera Bugti"),
        P("Kohlu District", "district", BA, "Kohlu"),
        P("Kahan", "town", BA, "Kohlu"),
        P("Mawand", "town", BA, "Kohlu"),
        P("Rajanpur District", "district", PB, "Rajanpur"),
        P("Rojhan", "town", PB, "Rajanpur"),
    ],
    incidents=[
        I("Militants blew up two gas pipelines supplying the Loti gas field",
          EXP, IED, BOMB, "Baloch Republican Army", None, "Loti", 2, "on the night of 14-15 January",
          0, {}, None,
          "Two pipeline blasts told in one undivided sentence, same night, same claimant: coded as one "
          "event (contrast satp-sa-dev-72, where one blast is told apart). BRA claimed 'both blasts'. "
          "Infrastructure only, actor2 null. Placed by the gas field, precision 2."),
        I("militants fired seven rockets at Sui town from the nearby hills",
          EXP, SHELL, BOMB, UAG, CIV, "Sui", 1, "On January 15, 2011",
          1, {}, 1,
          "Rocket fire only: Shelling. A child killed and his mother injured; 'a child' has no stated "
          "status, so no side. The BRA claim covers only the pipeline blasts. The house was in the Pipeline "
          "Colony of Sui town."),
        I("unidentified armed men abducted three employees of a private construction company",
          VAC, ABD, KIDN, UAG, CIV, "Kahan", 2, "on January 16",
          0, {}, None,
          "An abduction with no deaths among the abductees: Abduction/forced disappearance, GTD Kidnapping. "
          "'Near Kahan', precision 2."),
        I("Frontier Corps (FC) personnel later clashed with the kidnappers near Mawand",
          BAT, ARMED, None, "Frontier Corps", UAG, "Mawand", 2, None,
          2, {}, 1,
          "A rescue clash begun by the FC: GTD null. Two kidnappers killed; 'kidnappers' have no side "
          "among the four. One soldier injured. 'later' gives no date, so date_text null."),
        I("police defused a bomb planted under a small bridge near Rojhan",
          SDV, DISR, BOMB, "Police", UAG, "Rojhan", 2, "on January 16",
          0, {}, None,
          "A defused bomb across the provincial border in Punjab: Disrupted weapons use. 'near Rojhan', "
          "precision 2. Nothing ties it to the BRA."),
    ],
))

# ---------------------------------------------------------------- DB-26
REPORTS.append(R("DB-26", "The News", """
At least nine people were killed and 25 wounded when a car bomb exploded near a crowded bus terminal in
Thall town of Hangu District on November 22, reports The News. Most of the victims were passengers waiting
for vehicles to Parachinar. Later in the day, the toll rose to 11 as two of the wounded died. In Darra Adam
Khel in Frontier Region Kohat, members of a local peace lashkar clashed with militants in Kandar Sar area on
November 23; three lashkar volunteers and six militants were killed, a lashkar commander, Malik Nasrullah
Afridi, told reporters. On the same day, unidentified men on a motorcycle fired at a police mobile on the
Indus Highway near Takht-e-Nasrati in Karak District, injuring two constables. Police said the
constables returned fire and the attackers escaped into the hills. No group claimed any of the attacks.
""",
    actors=[
        A("Police", "state_force", 1, ["police", "Police"]),
    ],
    people=[PE("Nasrullah Afridi", ["Malik Nasrullah Afridi"], ["commander of a local peace lashkar"])],
    places=[
        P("Thall", "town", KP, "Hangu"),
        P("Hangu District", "district", KP, "Hangu"),
        P("Parachinar", "town", KP, "Kurram"),
        P("Darra Adam Khel", "area", KP, "Kohat"),
        P("Frontier Region Kohat", "area", KP, "Kohat"),
        P("Kandar Sar", "area", KP, "Kohat"),
        P("Indus Highway", "area", None, None),
        P("Takht-e-Nasrati", "town", KP, "Karak"),
        P("Karak District", "district", KP, "Karak"),
    ],
    incidents=[
        I("a car bomb exploded near a crowded bus terminal in Thall town",
          EXP, IED, BOMB, UAG, CIV, "Thall", 1, "on November 22",
          11, {}, 23,
          "Final toll 11; the two later dead came from the wounded, so injured = 25 - 2 = 23. 'Most of the "
          "victims were passengers' gives no count, so no side split. The terminal is in Thall town, "
          "precision 1."),
        I("members of a local peace lashkar clashed with militants in Kandar Sar area",
          BAT, ARMED, None, UAG, UAG, "Kandar Sar", 1, "on November 23",
          9, {"militants": 6}, None,
          "The peace lashkar is not a named organisation, so it is an Unidentified Armed Group (as in "
          "satp-sa-dev-21/81). Lashkar volunteers fit no side; the six militants do. Frontier Region Kohat "
          "is coded with admin2 Kohat. GTD null (fighting between armed groups)."),
        I("unidentified men on a motorcycle fired at a police mobile on the Indus Highway near Takht-e-Nasrati",
          BAT, ARMED, AA, UAG, "Police", "Takht-e-Nasrati", 2, "On the same day",
          0, {}, 2,
          "Attack on police: Armed clash (the constables also returned fire). Two constables injured. 'near "
          "Takht-e-Nasrati', precision 2."),
    ],
))

# ---------------------------------------------------------------- DB-27
REPORTS.append(R("DB-27", "Daily Times", """
Eight mourners were killed and 30 injured when a bomb planted in a drain exploded as a Muharram procession
passed through Block 17 in Dera Ghazi Khan city on December 5, reports Daily Times. Police said the device
was detonated by remote control. The death toll rose to 10 on December 6. A day later, police arrested four
suspects in connection with the blast from a seminary in Kot Chutta. On the same day as the bombing,
unidentified gunmen shot dead an Ahmadi doctor, Dr Mubashir Ahmad, in his clinic in Garhi Shahu area of
Lahore. In Bhakkar District, a shrine at Darya Khan was damaged when a low-intensity device exploded in its
courtyard early on December 6; no one was hurt. On December 7, hundreds of members of the Shia Ulema Council
held a peaceful protest outside the Lahore Press Club against the killings of mourners in Dera Ghazi Khan
and demanded the arrest of the planners.
""",
    actors=[A("Police", "state_force", 1, ["Police", "police"])],
    people=[PE("Mubashir Ahmad", ["Dr Mubashir Ahmad"], ["Ahmadi doctor", "shot dead in his clinic"])],
    places=[
        P("Block 17", "area", PB, "Dera Ghazi Khan"),
        P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan"),
        P("Kot Chutta", "town", PB, "Dera Ghazi Khan"),
        P("Garhi Shahu", "area", PB, "Lahore"),
        P("Lahore", "city", PB, "Lahore"),
        P("Bhakkar District", "district", PB, "Bhakkar"),
        P("Darya Khan", "town", PB, "Bhakkar"),
    ],
    not_incidents=["The death toll rose to 10 on December 6",
                   "police arrested four suspects in connection with the blast from a seminary in Kot Chutta"],
    incidents=[
        I("a bomb planted in a drain exploded as a Muharram procession passed through Block 17",
          EXP, IED, BOMB, UAG, CIV, "Block 17", 1, "on December 5",
          10, {"civilians": 8}, 30,
          "Remote-detonated bomb on a religious procession. Final toll 10. The first eight are 'mourners' "
          "(a civilian role, like passengers); the two later dead are unlabelled, so civilians = 8. The "
          "text does not say the later dead came from the injured, so injured stays 30 as stated. The "
          "arrests are tied to the blast and not coded separately."),
        I("unidentified gunmen shot dead an Ahmadi doctor, Dr Mubashir Ahmad",
          VAC, ATTACK, AA, UAG, CIV, "Garhi Shahu", 1, "On the same day as the bombing",
          1, {"civilians": 1}, None,
          "A doctor is a civilian role; a community-targeted killing, Armed Assault. The date is relative to "
          "the bombing (December 5)."),
        I("a shrine at Darya Khan was damaged when a low-intensity device exploded in its courtyard",
          EXP, IED, BOMB, UAG, None, "Darya Khan", 1, "early on December 6",
          0, {}, 0,
          "'no one was hurt', so killed and injured 0 and actor2 null (property only)."),
        I("hundreds of members of the Shia Ulema Council held a peaceful protest outside the Lahore Press Club",
          PROT, PEACEFUL, None, "Protesters", None, "Lahore", 1, "On December 7",
          0, {}, None,
          "A peaceful protest; no GTD type. The ACLED-style generic label 'Protesters' is used for actor1; "
          "the Shia Ulema Council is the organiser but, as a religious-political body named only as the "
          "protesters' affiliation, it is not listed as an armed or state actor."),
    ],
))

# ---------------------------------------------------------------- DB-28
REPORTS.append(R("DB-28", "Dawn", """
A suicide bomber rammed an explosives-laden vehicle into a Security Forces check post in Boya area of North
Waziristan District on the night of 15-16 July, killing five soldiers and two civilians, reports Dawn. Three
more attackers who tried to storm the post were shot dead by troops, the Inter-Services Public Relations
(ISPR) said. The Hafiz Gul Bahadur group claimed responsibility. On July 16, troops killed eight terrorists
in an intelligence-based operation in the Hassu Khel area of Mir Ali, the ISPR said, adding that the slain
men had been involved in the Boya attack. In Razmak, a soldier was killed by sniper fire while on guard duty
late on July 17. Separately, militants abducted four teachers of a government high school from Shewa on July
17; two of them were released unharmed the next day, local elders said.
""",
    actors=[
        SF(["Security Forces", "soldiers", "troops", "soldier"]),
        A("Hafiz Gul Bahadur group", "armed_group", 2, ["Hafiz Gul Bahadur group"]),
    ],
    people=[PE("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the group named after him"])],
    places=[
        P("Boya", "area", KP, "North Waziristan"),
        P("North Waziristan District", "district", KP, "North Waziristan"),
        P("Hassu Khel", "area", KP, "North Waziristan"),
        P("Mir Ali", "town", KP, "North Waziristan"),
        P("Razmak", "town", KP, "North Waziristan"),
        P("Shewa", "area", KP, "North Waziristan"),
    ],
    not_incidents=["two of them were released unharmed the next day"],
    incidents=[
        I("A suicide bomber rammed an explosives-laden vehicle into a Security Forces check post",
          EXP, SUI, BOMB, "Hafiz Gul Bahadur group", "Security Forces", "Boya", 1, "on the night of 15-16 July",
          10, {"security_forces": 5, "civilians": 2, "militants": 3}, None,
          "A suicide vehicle bomb followed by an attempt to storm the post: one event, Suicide bomb. 5 "
          "soldiers + 2 civilians + 3 attackers shot dead = 10; the bomber is not counted because the text "
          "does not count him. Claimed by the Gul Bahadur group."),
        I("troops killed eight terrorists in an intelligence-based operation in the Hassu Khel area",
          BAT, ARMED, None, "Security Forces", UAG, "Hassu Khel", 1, "On July 16",
          8, {"militants": 8}, None,
          "State operation, GTD null. 'terrorists' counted as militants. The ISPR links them to the Boya "
          "attack, but the text does not name their group, so actor2 stays Unidentified."),
        I("a soldier was killed by sniper fire while on guard duty",
          BAT, ARMED, AA, UAG, "Security Forces", "Razmak", 1, "late on July 17",
          1, {"security_forces": 1}, None,
          "Sniper fire on a soldier: Armed clash by the rule for attacks on soldiers."),
        I("militants abducted four teachers of a government high school from Shewa",
          VAC, ABD, KIDN, UAG, CIV, "Shewa", 1, "on July 17",
          0, {}, None,
          "An abduction of teachers (civilians); nobody killed. The release of two the next day is not a "
          "separate incident."),
    ],
))

# ---------------------------------------------------------------- DB-29
REPORTS.append(R("DB-29", "The Express Tribune", """
Dozens of militants blocked the Quetta-Karachi highway in Surab District on the evening of August 12, set
fire to a bank branch and the Levies station, and took control of the town for several hours, reports The
Express Tribune. A Levies havaldar, Muhammad Akram, was killed when the attackers stormed the station. The
Balochistan Liberation Army (BLA) claimed the assault. Security Forces regained control of Surab early the
next morning after an exchange of fire in which four militants were killed. On August 13, a hand grenade
was hurled at a petrol pump in Kharan town, injuring an attendant. In Noshki District, the Frontier Corps
defused an improvised explosive device planted on a road leading to Dalbandin on the same day. Across the
provincial boundary, unidentified men set fire to two Balochistan-bound trucks near Dera Allahyar Road in
Jacobabad District of Sindh late on August 12; the drivers escaped unhurt.
""",
    actors=[
        A("Levies", "state_force", 1, ["Levies"]),
        A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]),
        SF(["Security Forces"]),
        A("Frontier Corps", "state_force", 1, ["Frontier Corps"]),
    ],
    people=[PE("Muhammad Akram", ["Muhammad Akram"], ["Levies havaldar", "killed when the station was stormed"])],
    places=[
        P("Quetta", "city", BA, "Quetta"),
        P("Karachi", "city", SD, "Karachi"),
        P("Surab District", "district", BA, "Surab"),
        P("Surab", "town", BA, "Surab"),
        P("Kharan", "town", BA, "Kharan"),
        P("Noshki District", "district", BA, "Noshki"),
        P("Dalbandin", "town", BA, "Chagai"),
        P("Balochistan", "province", BA, None),
        P("Dera Allahyar Road", "area", SD, "Jacobabad"),
        P("Jacobabad District", "district", SD, "Jacobabad"),
        P("Sindh", "province", SD, None),
    ],
    incidents=[
        I("took control of the town for several hours",
          BAT, "Non-state actor overtakes territory", AA, "Balochistan Liberation Army", "Levies", "Surab", 1,
          "on the evening of August 12",
          1, {"security_forces": 1}, None,
          "Militants held the town for hours: Non-state actor overtakes territory. The arson of a bank and "
          "the Levies station and the killing of a Levies havaldar are part of the same assault. Claimed by "
          "the BLA. Surab is coded as its own district (admin2 Surab); older gazetteers put it in Kalat."),
        I("Security Forces regained control of Surab",
          BAT, "Government regains territory", None, "Security Forces", "Balochistan Liberation Army", "Surab", 1,
          "early the next morning",
          4, {"militants": 4}, None,
          "The state retook the town by force: Government regains territory. The BLA claimed the assault, so "
          "the militants holding the town are taken as BLA. GTD null."),
        I("a hand grenade was hurled at a petrol pump in Kharan town",
          EXP, GREN, BOMB, UAG, CIV, "Kharan", 1, "On August 13",
          0, {}, 1,
          "One attendant injured."),
        I("the Frontier Corps defused an improvised explosive device",
          SDV, DISR, BOMB, "Frontier Corps", UAG, "Noshki District", 2, "on the same day",
          0, {}, None,
          "A defused IED on a road in Noshki District (the road leads to Dalbandin, in Chagai). District "
          "only, precision 2."),
        I("unidentified men set fire to two Balochistan-bound trucks",
          SDV, LOOT, FAC, UAG, None, "Dera Allahyar Road", 2, "late on August 12",
          0, {}, 0,
          "Arson of two trucks with the drivers unhurt: property destruction, GTD Facility/Infrastructure "
          "Attack (fire). 'near Dera Allahyar Road', precision 2. Nothing in the text ties it to the BLA "
          "assault on Surab."),
    ],
))

# ---------------------------------------------------------------- DB-30
REPORTS.append(R("DB-30", "Daily Times", """
Two Frontier Corps (FC) soldiers were killed when militants fired at their patrol in Balochistan on Tuesday,
the military's media wing said without giving the location, reports Daily Times. In Quetta, a traffic
policeman, Constable Abdul Rasheed, was shot dead by two gunmen at the Double Road signal on the same day.
In Peshawar, unidentified men hurled a hand grenade at the Pishtakhara police station late on Tuesday; a
constable and a petitioner were injured. A day later, the Bomb Disposal Squad defused a four-kilogramme bomb
found in a garbage heap near a private school in Gulshan-e-Iqbal, Karachi. In Lahore, the Counter Terrorism
Department (CTD) arrested a suspected financier of the Lashkar-e-Jhangvi (LeJ) from Shahdara on Wednesday,
recovering Rs 2.3 million in cash and receipts of donations.
""",
    actors=[
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        A("Police", "state_force", 1, ["policeman", "police"]),
        A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"]),
    ],
    people=[PE("Abdul Rasheed", ["Abdul Rasheed"], ["traffic policeman (Constable)", "shot dead at the Double Road signal"])],
    places=[
        P("Balochistan", "province", BA, None),
        P("Quetta", "city", BA, "Quetta"),
        P("Double Road", "area", BA, "Quetta"),
        P("Peshawar", "city", KP, "Peshawar"),
        P("Pishtakhara", "area", KP, "Peshawar"),
        P("Gulshan-e-Iqbal", "area", SD, "Karachi"),
        P("Karachi", "city", SD, "Karachi"),
        P("Lahore", "city", PB, "Lahore"),
        P("Shahdara", "area", PB, "Lahore"),
    ],
    incidents=[
        I("Two Frontier Corps (FC) soldiers were killed when militants fired at their patrol",
          BAT, ARMED, AA, UAG, "Frontier Corps", "Balochistan", 3, "on Tuesday",
          2, {"security_forces": 2}, None,
          "No location below the province is given, so precision 3 and admin2 null."),
        I("a traffic policeman, Constable Abdul Rasheed, was shot dead by two gunmen",
          BAT, ARMED, AA, UAG, "Police", "Double Road", 1, "on the same day",
          1, {"security_forces": 1}, None,
          "Attack on a policeman on duty: Armed clash. 'on the same day' = Tuesday."),
        I("unidentified men hurled a hand grenade at the Pishtakhara police station",
          EXP, GREN, BOMB, UAG, "Police", "Pishtakhara", 1, "late on Tuesday",
          0, {}, 2,
          "A constable and a petitioner injured (injured are not split by side)."),
        I("the Bomb Disposal Squad defused a four-kilogramme bomb",
          SDV, DISR, BOMB, "Bomb Disposal Squad", UAG, "Gulshan-e-Iqbal", 1, "A day later",
          0, {}, None,
          "A defused bomb near a school: Disrupted weapons use. 'A day later' = Wednesday."),
        I("the Counter Terrorism Department (CTD) arrested a suspected financier of the Lashkar-e-Jhangvi (LeJ)",
          SDV, ARRESTS, None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", "Shahdara", 1, "on Wednesday",
          0, {}, None,
          "An arrest of a notable suspect not tied to any reported attack: its own Arrests incident."),
    ],
))
