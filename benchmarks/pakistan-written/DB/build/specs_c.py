from common import *  # noqa: F401,F403

REPORTS = []

# ---------------------------------------------------------------- DB-13
REPORTS.append(R("DB-13", "The News", """
A leader of a local peace committee, Haji Dilawar Khan, and his nephew were shot dead by gunmen near
their house in the Mashokhel area on the outskirts of Peshawar on September 16, reports The News. The
next day, a suicide bomber blew himself up among mourners at Dilawar Khan's funeral prayers in
Mashokhel, killing 14 people, including two policemen, and wounding 31 others. The toll rose to 17 on
September 19 as three of the wounded succumbed at Lady Reading Hospital. The Tehreek-e-Taliban Pakistan
(TTP) claimed both attacks, and its spokesman Qari Naseem Mehsud said peace committee members would
continue to be targeted. On the night of 18-19 September, militants fired three rockets towards
Peshawar airport from the Bara side; two landed in open fields near Pishtakhara and no one was hurt.
The same night, Police killed two suspected militants in an encounter at Sheikh Muhammadi after they
refused to stop at a checkpoint and opened fire.
""",
    actors=[
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
        A("Police", "state_force", 1, ["Police", "policemen"]),
    ],
    people=[
        PE("Dilawar Khan", ["Haji Dilawar Khan", "Dilawar Khan"],
           ["leader of a local peace committee", "shot dead with his nephew"]),
        PE("Qari Naseem Mehsud", ["Qari Naseem Mehsud"], ["TTP spokesman"]),
    ],
    places=[
        P("Mashokhel", "area", KP, "Peshawar"),
        P("Peshawar", "city", KP, "Peshawar"),
        P("Bara", "town", KP, "Khyber"),
        P("Pishtakhara", "area", KP, "Peshawar"),
        P("Sheikh Muhammadi", "area", KP, "Peshawar"),
    ],
    not_incidents=["The toll rose to 17 on September 19"],
    incidents=[
        I("Haji Dilawar Khan, and his nephew were shot dead by gunmen",
          VAC, ATTACK, ASSN, "Tehreek-e-Taliban Pakistan", CIV, "Mashokhel", 1, "on September 16",
          2, {"civilians": 1}, None,
          "The TTP 'claimed both attacks', so it is actor1 although the text says 'gunmen'. A named "
          "peace-committee leader was the target: GTD Assassination. The leader, a pro-government "
          "militiaman, gets no side (satp-sa-dev-81); his nephew is family, counted as a civilian."),
        I("a suicide bomber blew himself up among mourners at Dilawar Khan's funeral prayers",
          EXP, SUI, BOMB, "Tehreek-e-Taliban Pakistan", CIV, "Mashokhel", 1, "The next day",
          17, {"security_forces": 2}, 28,
          "A funeral attacked the day after the killing: a linked but separate incident. Final toll 17 "
          "(14 + 3 wounded who died), so injured = 31 - 3 = 28. Two of the dead are policemen; the others "
          "are 'people' without a side. The bomber is not counted."),
        I("militants fired three rockets towards Peshawar airport from the Bara side",
          EXP, SHELL, BOMB, UAG, None, "Pishtakhara", 2, "On the night of 18-19 September",
          0, {}, 0,
          "Rocket fire only: Shelling. The rockets landed in fields 'near Pishtakhara', precision 2; the "
          "launch point (Bara side) lies in Khyber. No one was hurt, so actor2 null and counts 0. The TTP "
          "claim covers only the two attacks on Dilawar Khan."),
        I("Police killed two suspected militants in an encounter at Sheikh Muhammadi",
          BAT, ARMED, None, "Police", UAG, "Sheikh Muhammadi", 1, "The same night",
          2, {"militants": 2}, None,
          "An encounter at a checkpoint that the police began by trying to stop the men: GTD null."),
    ],
))

# ---------------------------------------------------------------- DB-14
REPORTS.append(R("DB-14", "Dawn", """
At least 12 people were killed and 40 injured when a bomb fitted to a motorcycle exploded in the crowded
Eidgah market of Parachinar in Kurram Agency on February 17, reports Dawn. Officials said the device,
packed with ball bearings, was detonated by remote control as shoppers gathered for the weekly bazaar.
The same evening, fighting broke out between two rival tribes over a disputed forest in the Bagh Kandao
area near Sadda in Lower Kurram; four tribesmen were killed on each side before a jirga arranged a
ceasefire on February 19. In neighbouring Orakzai Agency, fighter jets of the Pakistan Air Force (PAF)
pounded militant hideouts in the Mamozai and Ghiljo areas on February 18, killing 18 militants,
officials said. Local residents claimed that a woman and three children were among the dead. No group
claimed the Parachinar blast.
""",
    actors=[A("Pakistan Air Force", "state_force", 1, ["Pakistan Air Force", "PAF"])],
    people=[],
    places=[
        P("Parachinar", "town", KP, "Kurram"),
        P("Kurram Agency", "district", KP, "Kurram"),
        P("Bagh Kandao", "area", KP, "Kurram"),
        P("Sadda", "town", KP, "Kurram"),
        P("Lower Kurram", "area", KP, "Kurram"),
        P("Orakzai Agency", "district", KP, "Orakzai"),
        P("Mamozai", "area", KP, "Orakzai"),
        P("Ghiljo", "area", KP, "Orakzai"),
    ],
    incidents=[
        I("a bomb fitted to a motorcycle exploded in the crowded Eidgah market of Parachinar",
          EXP, IED, BOMB, UAG, CIV, "Parachinar", 1, "on February 17",
          12, {}, 40,
          "A remote-detonated motorcycle bomb in a market. 'At least 12 people' = 12; shoppers are not "
          "counted by side because the dead are only 'people'. No claim. Kurram Agency coded Khyber Pakhtunkhwa."),
        I("fighting broke out between two rival tribes over a disputed forest",
          BAT, ARMED, None, UAG, UAG, "Bagh Kandao", 1, "The same evening",
          8, {}, None,
          "Tribal clash over land: neither tribe is named, so both sides are Unidentified Armed Group "
          "(identity militias would be inter 4 if named). 'four tribesmen were killed on each side' = 8; "
          "tribesmen have no side. GTD null (not terrorism)."),
        I("a jirga arranged a ceasefire",
          SDV, AGREE, None, UAG, UAG, "Bagh Kandao", 1, "on February 19",
          0, {}, None,
          "A ceasefire between the two tribes: Strategic developments/Agreement."),
        I("fighter jets of the Pakistan Air Force (PAF) pounded militant hideouts in the Mamozai and Ghiljo areas",
          EXP, AIR, None, "Pakistan Air Force", UAG, "Orakzai Agency", 2, "on February 18",
          18, {}, None,
          "State air strikes, GTD null. Two areas are named, so the event is placed at agency level, "
          "precision 2. Officials say 18 militants; residents say a woman and three children were among "
          "the dead. The total agrees (18) but the sides are disputed, so killed_by_side is left empty."),
    ],
))

# ---------------------------------------------------------------- DB-15
REPORTS.append(R("DB-15", "Daily Times", """
At least five suspected militants were killed when a US drone fired two missiles at a house in Shin
Khwar village of Datta Khel tehsil in North Waziristan Agency early on June 4, reports Daily Times. Local
sources said the house belonged to a commander of the Hafiz Gul Bahadur group. On June 5, the
bullet-riddled bodies of two tribesmen were found on the roadside near Miranshah with a note saying they
had been killed for spying for the Americans. The Hafiz Gul Bahadur group later announced it was ending
its peace agreement with the government and banned polio vaccination in the area until drone strikes
stopped. Separately, a roadside bomb hit a military convoy near Spinwam on June 6, killing two soldiers
and injuring four. Security Forces imposed a curfew in Miranshah and Mir Ali after the convoy attack.
""",
    actors=[
        A("Hafiz Gul Bahadur group", "armed_group", 2, ["Hafiz Gul Bahadur group"]),
        SF(["Security Forces", "soldiers"]),
    ],
    people=[PE("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the group named after him"])],
    places=[
        P("Shin Khwar", "town", KP, "North Waziristan"),
        P("Datta Khel", "area", KP, "North Waziristan"),
        P("North Waziristan Agency", "district", KP, "North Waziristan"),
        P("Miranshah", "town", KP, "North Waziristan"),
        P("Spinwam", "town", KP, "North Waziristan"),
        P("Mir Ali", "town", KP, "North Waziristan"),
    ],
    not_incidents=["Security Forces imposed a curfew in Miranshah and Mir Ali"],
    incidents=[
        I("a US drone fired two missiles at a house in Shin Khwar village",
          EXP, AIR, None, None, UAG, "Shin Khwar", 1, "early on June 4",
          5, {"militants": 5}, None,
          "A foreign (US) drone strike. Foreign forces (inter 8) are left out of the actors, so actor1 is "
          "null. The dead are 'suspected militants', counted as militants. Local sources say the house "
          "belonged to a Gul Bahadur commander, but the dead are not said to be group members, so actor2 "
          "is Unidentified. GTD null (state strike)."),
        I("the bullet-riddled bodies of two tribesmen were found on the roadside near Miranshah",
          VAC, ATTACK, AA, UAG, CIV, "Miranshah", 2, "On June 5",
          2, {}, None,
          "Killings of alleged 'spies', dated by the finding of the bodies. Abduction is not stated, so "
          "Armed Assault rather than Kidnapping. Tribesmen have no side. 'Near Miranshah', precision 2."),
        I("The Hafiz Gul Bahadur group later announced it was ending its peace agreement with the government",
          SDV, CHANGE, None, "Hafiz Gul Bahadur group", None, "North Waziristan Agency", 2, None,
          0, {}, None,
          "A group changes course (ends a peace deal, bans polio vaccination): Change to group/activity. "
          "'later' has no date; the area is 'the area', read as the agency, precision 2."),
        I("a roadside bomb hit a military convoy near Spinwam",
          EXP, IED, BOMB, UAG, "Security Forces", "Spinwam", 2, "on June 6",
          2, {"security_forces": 2}, 4,
          "Two soldiers killed, four injured (side not stated). No claim. The curfew that followed has no "
          "reported outcome and is not an incident."),
    ],
))

# ---------------------------------------------------------------- DB-16
REPORTS.append(R("DB-16", "The Express Tribune", """
Two policemen and four dacoits were killed in an exchange of fire during a police operation against the
Lando gang in the riverine Kacha area of Rojhan tehsil in Rajanpur District on April 11, reports The
Express Tribune. Five more policemen were injured when the gang fired rockets at an armoured vehicle. On
the same day, the Counter Terrorism Department (CTD) killed three militants of the Tehreek-e-Taliban
Pakistan (TTP) in an intelligence-based operation near Vehova in Taunsa tehsil of Dera Ghazi Khan
District, recovering a suicide jacket and hand grenades. A day earlier, militants attacked a Border
Military Police (BMP) post at Sokar in the tribal belt of Dera Ghazi Khan; a BMP constable was martyred
and another injured, while the attackers fled towards Balochistan. Police later arrested 14 suspected
facilitators of the Lando gang from villages of Rojhan, officials said. In Rajanpur city, the Bomb
Disposal Squad defused a pressure-cooker bomb left outside a courthouse on April 12.
""",
    actors=[
        A("Police", "state_force", 1, ["Police", "police", "policemen"]),
        A("Lando gang", "armed_group", 3, ["Lando gang"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
        A("Border Military Police", "state_force", 1, ["Border Military Police", "BMP"]),
        A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad"]),
    ],
    people=[],
    places=[
        P("Rojhan", "area", PB, "Rajanpur"),
        P("Rajanpur District", "district", PB, "Rajanpur"),
        P("Vehova", "town", PB, "Dera Ghazi Khan"),
        P("Taunsa", "area", PB, "Dera Ghazi Khan"),
        P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
        P("Sokar", "area", PB, "Dera Ghazi Khan"),
        P("Balochistan", "province", BA, None),
        P("Rajanpur", "city", PB, "Rajanpur"),
    ],
    not_incidents=["Police later arrested 14 suspected facilitators of the Lando gang"],
    incidents=[
        I("Two policemen and four dacoits were killed in an exchange of fire during a police operation against the Lando gang",
          BAT, ARMED, None, "Police", "Lando gang", "Rojhan", 2, "on April 11",
          6, {"security_forces": 2}, 5,
          "A police operation against a named criminal gang (listed as an armed group, ACLED inter 3 for "
          "a gang/militia). Mixed count in one sentence: 2 policemen + 4 dacoits; dacoits have no side "
          "among the four. The rocket fire that injured five policemen is part of the same operation. "
          "Riverine Kacha of Rojhan tehsil, precision 2. The later arrests of 14 facilitators are tied to "
          "this operation and are not coded separately."),
        I("the Counter Terrorism Department (CTD) killed three militants of the Tehreek-e-Taliban Pakistan (TTP)",
          BAT, ARMED, None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", "Vehova", 2,
          "On the same day",
          3, {"militants": 3}, None,
          "An intelligence-based operation; state-initiated, GTD null. 'Near Vehova', precision 2. The "
          "jacket and grenades recovered belong to the same event."),
        I("militants attacked a Border Military Police (BMP) post at Sokar",
          BAT, ARMED, AA, UAG, "Border Military Police", "Sokar", 1, "A day earlier",
          1, {"security_forces": 1}, 1,
          "'A day earlier' = April 10. One BMP constable ('martyred') killed and one injured. The BMP is a "
          "state force of the tribal areas of Dera Ghazi Khan."),
        I("the Bomb Disposal Squad defused a pressure-cooker bomb left outside a courthouse",
          SDV, DISR, BOMB, "Bomb Disposal Squad", UAG, "Rajanpur", 1, "on April 12",
          0, {}, None,
          "A defused bomb: Disrupted weapons use."),
    ],
))

# ---------------------------------------------------------------- DB-17
REPORTS.append(R("DB-17", "The News", """
Three policemen were killed when a remote-controlled bomb hit their mobile van near Qasba Mor in Orangi
Town, Karachi, on January 23, reports The News. The Tehreek-e-Taliban Pakistan (TTP) claimed
responsibility, saying it had targeted the officers for their role in operations against its members.
Two days later, the Counter Terrorism Department (CTD) raided a hideout in Manghopir and killed four TTP
militants, including a commander identified as Zarwali alias Sherpao, who police said had planned the
Qasba Mor bombing; a CTD inspector was wounded. Meanwhile, Rangers arrested 11 suspects, including two
alleged target killers of a political party, during targeted operations in Korangi and Landhi on
January 24, and recovered 13 weapons. In Gulistan-e-Jauhar, unidentified gunmen shot dead a doctor,
Syed Ahsan Raza, in his car on January 25; police said it appeared to be a sectarian killing.
""",
    actors=[
        A("Police", "state_force", 1, ["policemen", "police"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Rangers", "state_force", 1, ["Rangers"]),
    ],
    people=[
        PE("Zarwali", ["Zarwali", "Sherpao"], ["TTP commander", "killed in the CTD raid",
                                               "said by police to have planned the Qasba Mor bombing"]),
        PE("Syed Ahsan Raza", ["Syed Ahsan Raza"], ["doctor", "shot dead in his car"]),
    ],
    places=[
        P("Qasba Mor", "area", SD, "Karachi"),
        P("Orangi Town", "area", SD, "Karachi"),
        P("Karachi", "city", SD, "Karachi"),
        P("Manghopir", "area", SD, "Karachi"),
        P("Korangi", "area", SD, "Karachi"),
        P("Landhi", "area", SD, "Karachi"),
        P("Gulistan-e-Jauhar", "area", SD, "Karachi"),
    ],
    incidents=[
        I("a remote-controlled bomb hit their mobile van near Qasba Mor",
          EXP, IED, BOMB, "Tehreek-e-Taliban Pakistan", "Police", "Qasba Mor", 2, "on January 23",
          3, {"security_forces": 3}, None,
          "Claimed by the TTP. Three policemen killed. 'Near Qasba Mor', precision 2."),
        I("the Counter Terrorism Department (CTD) raided a hideout in Manghopir and killed four TTP militants",
          BAT, ARMED, None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", "Manghopir", 1,
          "Two days later",
          4, {"militants": 4}, 1,
          "A raid linked by police to the bombing; the dead are named as TTP militants, so actor2 is TTP. "
          "One CTD inspector wounded. GTD null."),
        I("Rangers arrested 11 suspects, including two alleged target killers of a political party",
          SDV, ARRESTS, None, "Rangers", UAG, "Korangi", 2, "on January 24",
          0, {}, None,
          "Arrests not tied to any incident in the report: their own Arrests incident. Two areas (Korangi "
          "and Landhi) are named; placed at the first, precision 2. The party is not named."),
        I("unidentified gunmen shot dead a doctor, Syed Ahsan Raza",
          VAC, ATTACK, AA, UAG, CIV, "Gulistan-e-Jauhar", 1, "on January 25",
          1, {"civilians": 1}, None,
          "A doctor is a civilian role. Suspected sectarian killing of a professional, not a prominent "
          "public figure, so Armed Assault."),
    ],
))

# ---------------------------------------------------------------- DB-18
REPORTS.append(R("DB-18", "Dawn", """
A policeman escorting a polio vaccination team was shot dead and a female vaccinator was injured when two
men on a motorcycle opened fire on them in Shabqadar tehsil of Charsadda District on April 20, reports
Dawn. The polio campaign in the area was suspended for three days. On the same day, a suicide bomber on
foot blew himself up at the gate of the National Database and Registration Authority (NADRA) office in
Mardan, killing six people, among them a NADRA clerk and a woman, and injuring 22. The toll climbed to
eight the following day as two of the injured died. Jamaat-ul-Ahrar (JuA) spokesman Asad Mansoor claimed
the bombing, saying, "We targeted NADRA because it helps the government identify our fighters." Late on
April 21, unidentified men hurled a hand grenade at a CD shop in Chota Lahor bazaar in Swabi District,
damaging the shop; no one was hurt. Police defused a second grenade found near the shop.
""",
    actors=[
        A("Police", "state_force", 1, ["policeman", "Police"]),
        A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat-ul-Ahrar", "JuA"]),
    ],
    people=[PE("Asad Mansoor", ["Asad Mansoor"], ["Jamaat-ul-Ahrar (JuA) spokesman"])],
    places=[
        P("Shabqadar", "area", KP, "Charsadda"),
        P("Charsadda District", "district", KP, "Charsadda"),
        P("Mardan", "city", KP, "Mardan"),
        P("Chota Lahor", "town", KP, "Swabi"),
        P("Swabi District", "district", KP, "Swabi"),
    ],
    quotes=[{"speaker": "Asad Mansoor", "starts": "We targeted NADRA because"}],
    not_incidents=["The polio campaign in the area was suspended for three days",
                   "The toll climbed to eight the following day"],
    incidents=[
        I("A policeman escorting a polio vaccination team was shot dead",
          BAT, ARMED, AA, UAG, "Police", "Shabqadar", 2, "on April 20",
          1, {"security_forces": 1}, 1,
          "Attack on the police escort of a polio team: Battles/Armed clash by the rule for attacks on "
          "police. One policeman killed; a female vaccinator injured. Tehsil-level, precision 2."),
        I("a suicide bomber on foot blew himself up at the gate of the National Database and Registration Authority (NADRA) office",
          EXP, SUI, BOMB, "Jamaat-ul-Ahrar", CIV, "Mardan", 1, "On the same day",
          8, {"civilians": 1}, 20,
          "Claimed by JuA. Final toll 8; the two later dead came from the injured, so injured = 22 - 2 = 20. "
          "Only the NADRA clerk has a stated civilian role; 'a woman' and 'people' get no side. NADRA is a "
          "civil office, so actor2 Civilians. The bomber is not counted."),
        I("unidentified men hurled a hand grenade at a CD shop in Chota Lahor bazaar",
          EXP, GREN, BOMB, UAG, None, "Chota Lahor", 1, "Late on April 21",
          0, {}, 0,
          "Only the shop was damaged and 'no one was hurt', so actor2 null (as for damaged shops in "
          "satp-sa-dev-115) and counts 0."),
        I("Police defused a second grenade found near the shop",
          SDV, DISR, BOMB, "Police", UAG, "Chota Lahor", 1, "Late on April 21",
          0, {}, None,
          "A second, unexploded grenade at the same site: Disrupted weapons use, dated with the attack as in "
          "satp-sa-dev-93."),
    ],
))
