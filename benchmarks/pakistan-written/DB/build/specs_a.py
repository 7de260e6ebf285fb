from common import *  # noqa: F401,F403

REPORTS = []

# ---------------------------------------------------------------- DB-01
REPORTS.append(R("DB-01", "Dawn", """
Four soldiers and two militants were killed when militants attacked a Frontier Corps (FC) check
post at Spalga Kot village near Mir Ali in North Waziristan Agency of Federally Administered Tribal
Areas (FATA) on the night of 4-5 March, reports Dawn. Officials said the attackers came down from
the nearby hills and opened fire with rocket launchers and automatic weapons, injuring three more FC
personnel. Two days later, Security Forces (SFs) raided a compound in Mamakhel Banda village of Mir
Ali tehsil (revenue unit) and killed five militants who, according to officials, had taken part in
the attack on the check post. A soldier was injured in the exchange of fire. Separately, a roadside
improvised explosive device (IED) went off near a Police van on Domel Road in Bannu District of
Khyber Pakhtunkhwa on March 6, injuring two policemen. Later the same day, the Bomb Disposal Squad
(BDS) defused another device weighing five kilogrammes which had been planted 200 yards away. The
Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the Bannu blast in a telephone call to
reporters.
""",
    actors=[
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        SF(["Security Forces", "SFs"]),
        A("Police", "state_force", 1, ["Police", "policemen"]),
        A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
    ],
    people=[],
    places=[
        P("Spalga Kot", "town", KP, "North Waziristan"),
        P("Mir Ali", "town", KP, "North Waziristan"),
        P("North Waziristan Agency", "district", KP, "North Waziristan"),
        P("Federally Administered Tribal Areas", "area", KP, None),
        P("Mamakhel Banda", "town", KP, "North Waziristan"),
        P("Domel Road", "area", KP, "Bannu"),
        P("Bannu District", "district", KP, "Bannu"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
    ],
    incidents=[
        I("militants attacked a Frontier Corps (FC) check post at Spalga Kot village",
          BAT, ARMED, AA, UAG, "Frontier Corps", "Spalga Kot", 1, "on the night of 4-5 March",
          6, {"security_forces": 4, "militants": 2}, 3,
          "One sentence mixes the sides: four soldiers (the FC post's men) and two attackers killed. "
          "Rockets and automatic weapons together, so Battles/Armed clash, not Shelling. The three "
          "more injured are FC personnel. No group is named for this attack (the TTP claim covers only "
          "the Bannu blast). The village itself is named, so precision 1 although it lies 'near Mir Ali'. "
          "FATA coded as Khyber Pakhtunkhwa."),
        I("Security Forces (SFs) raided a compound in Mamakhel Banda village",
          BAT, ARMED, None, "Security Forces", UAG, "Mamakhel Banda", 1, "Two days later",
          5, {"militants": 5}, 1,
          "Follow-up raid linked by officials to the check-post attack; a separate incident on a "
          "different day and in a different village. State-initiated, so GTD null. One soldier injured. "
          "The date is relative ('Two days later' after the night of 4-5 March)."),
        I("a roadside improvised explosive device (IED) went off near a Police van",
          EXP, IED, BOMB, "Tehreek-e-Taliban Pakistan", "Police", "Domel Road", 1, "on March 6",
          0, {}, 2,
          "The TTP claimed 'the Bannu blast', so it is actor1. Two policemen injured, nobody killed."),
        I("the Bomb Disposal Squad (BDS) defused another device weighing five kilogrammes",
          SDV, DISR, BOMB, "Bomb Disposal Squad", UAG, "Domel Road", 1, "Later the same day",
          0, {}, None,
          "A second device 200 yards from the blast was defused: a disrupted bombing. The TTP claim "
          "names only the blast, so the planters of this device stay Unidentified (as with the narrow "
          "claim in satp-sa-dev-72)."),
    ],
))

# ---------------------------------------------------------------- DB-02
REPORTS.append(R("DB-02", "The Express Tribune", """
Three FC personnel and a militant were killed when militants ambushed a Frontier Corps (FC) convoy
with an improvised explosive device and gunfire in the Zamuran area of Buleda tehsil in Kech District
of Balochistan on August 17, reports The Express Tribune. Four more personnel were injured. The
Balochistan Liberation Front (BLF) claimed responsibility, and its spokesman Gwahram Baloch said the
convoy had been "escorting surveyors of the road that is being built to loot our land." On the same
day, unidentified men hurled a hand grenade at a mobile phone shop in the main bazaar of Turbat, the
district headquarters, injuring the shopkeeper and two customers. In Panjgur District, gunmen
abducted four labourers working on a boundary wall near Gichk on August 16; their bullet-riddled
bodies were found in a dry stream bed a day later, Levies officials said. Separately, militants set
fire to a telecommunication tower and its generator room in Kapar area near Pasni town of Gwadar
District late on Tuesday. The Balochistan Liberation Army (BLA) claimed the arson.
""",
    actors=[
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
        A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]),
        A("Levies", "state_force", 1, ["Levies"]),
        A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]),
    ],
    people=[
        PE("Gwahram Baloch", ["Gwahram Baloch"], ["BLF spokesman"]),
    ],
    places=[
        P("Zamuran", "area", BA, "Kech"),
        P("Buleda", "area", BA, "Kech"),
        P("Kech District", "district", BA, "Kech"),
        P("Balochistan", "province", BA, None),
        P("Turbat", "city", BA, "Kech"),
        P("Panjgur District", "district", BA, "Panjgur"),
        P("Gichk", "area", BA, "Panjgur"),
        P("Kapar", "area", BA, "Gwadar"),
        P("Pasni", "town", BA, "Gwadar"),
        P("Gwadar District", "district", BA, "Gwadar"),
    ],
    quotes=[{"speaker": "Gwahram Baloch", "starts": "escorting surveyors of the road"}],
    incidents=[
        I("militants ambushed a Frontier Corps (FC) convoy with an improvised explosive device and gunfire",
          BAT, ARMED, BOMB, "Balochistan Liberation Front", "Frontier Corps", "Zamuran", 1, "on August 17",
          4, {"security_forces": 3, "militants": 1}, 4,
          "An ambush on soldiers with a bomb and gunfire together is coded Battles/Armed clash (attack on "
          "a state force, with gunfire); GTD takes the higher of its types in the GTD hierarchy, "
          "Bombing/Explosion. Mixed count in one sentence: 3 FC + 1 militant. The four injured are FC "
          "personnel. Claimed by the BLF."),
        I("unidentified men hurled a hand grenade at a mobile phone shop",
          EXP, GREN, BOMB, UAG, CIV, "Turbat", 1, "On the same day",
          0, {}, 3,
          "Shopkeeper and two customers injured. 'On the same day' = August 17. The BLF claim covers "
          "only the convoy ambush."),
        I("gunmen abducted four labourers working on a boundary wall near Gichk",
          VAC, ATTACK, KIDN, UAG, CIV, "Gichk", 2, "on August 16",
          4, {"civilians": 4}, None,
          "Abducted and later found shot dead: ACLED Attack with GTD Kidnapping. Dated by the abduction "
          "(August 16); the bodies were found 'a day later'. Labourers are a civilian role. 'Near' Gichk, "
          "precision 2."),
        I("militants set fire to a telecommunication tower and its generator room",
          SDV, LOOT, FAC, "Balochistan Liberation Army", None, "Kapar", 1, "late on Tuesday",
          0, {}, None,
          "Arson of a telecom tower with nobody hurt: property destruction, GTD Facility/Infrastructure "
          "Attack (fire, not explosives). Claimed by the BLA. The weekday is not resolved to a date in "
          "the text."),
    ],
))

# ---------------------------------------------------------------- DB-03
REPORTS.append(R("DB-03", "Dawn", """
Five people, including a policeman, were killed in separate incidents of violence in Karachi, the
provincial capital of Sindh, on September 12, reports Dawn. A Shia prayer leader, Maulana Zakir
Hussain Jafri, and his son were shot dead by armed pillion riders near their house in Ancholi area of
Gulberg Town. Police said the attackers fired at least 15 rounds and escaped. In Orangi Town, police
constable Mehboob Ali, who was on his way to duty, was shot dead by two men on a motorcycle near
Banaras Chowk. In Lyari, Rangers personnel raided a hideout of gangsters in Chakiwara and arrested
nine suspects after an exchange of fire in which two of the suspects were killed and a Rangers
soldier was wounded, a spokesman said. Meanwhile, the death toll of a hand grenade attack on a
snooker club in Kharadar on September 10 rose to three after two of the injured died at Civil
Hospital. Seven people had been wounded in the attack.
""",
    actors=[
        A("Police", "state_force", 1, ["Police", "police"]),
        A("Rangers", "state_force", 1, ["Rangers"]),
    ],
    people=[
        PE("Zakir Hussain Jafri", ["Maulana Zakir Hussain Jafri"], ["Shia prayer leader", "shot dead with his son"]),
        PE("Mehboob Ali", ["Mehboob Ali"], ["police constable", "shot dead on his way to duty"]),
    ],
    places=[
        P("Karachi", "city", SD, "Karachi"),
        P("Sindh", "province", SD, None),
        P("Ancholi", "area", SD, "Karachi"),
        P("Gulberg Town", "area", SD, "Karachi"),
        P("Orangi Town", "area", SD, "Karachi"),
        P("Banaras Chowk", "area", SD, "Karachi"),
        P("Lyari", "area", SD, "Karachi"),
        P("Chakiwara", "area", SD, "Karachi"),
        P("Kharadar", "area", SD, "Karachi"),
    ],
    not_incidents=["Five people, including a policeman, were killed in separate incidents of violence in Karachi"],
    incidents=[
        I("A Shia prayer leader, Maulana Zakir Hussain Jafri, and his son were shot dead by armed pillion riders",
          VAC, ATTACK, ASSN, UAG, CIV, "Ancholi", 1, "on September 12",
          2, {"civilians": 2}, None,
          "Targeted killing of a named religious figure, so GTD Assassination (a specific, locally prominent "
          "target). A prayer leader is a civilian role; his son is counted a civilian by the same logic "
          "as a militant's family. Shared date phrase for all Karachi killings of the day."),
        I("police constable Mehboob Ali, who was on his way to duty, was shot dead",
          BAT, ARMED, AA, UAG, "Police", "Banaras Chowk", 1, "on September 12",
          1, {"security_forces": 1}, None,
          "A one-sided shooting of a policeman is still Battles/Armed clash under the coding rules. "
          "'Near Banaras Chowk', a landmark inside Orangi Town, kept at precision 1 as for a road."),
        I("Rangers personnel raided a hideout of gangsters in Chakiwara",
          BAT, ARMED, None, "Rangers", UAG, "Chakiwara", 1, "on September 12",
          2, {}, 1,
          "State raid with an exchange of fire, GTD null. The two dead are 'suspects'/gangsters: no "
          "status among soldier/policeman/militant/civilian, so no side. The nine arrests are part of "
          "the raid. One Rangers soldier wounded. No gang is named."),
        I("a hand grenade attack on a snooker club in Kharadar",
          EXP, GREN, BOMB, UAG, CIV, "Kharadar", 1, "on September 10",
          3, {}, 5,
          "An earlier attack whose toll rose: coded once with the final toll (3). Seven were wounded, two "
          "of whom later died, so injured = 5 (each person counted once). The dead are 'people', no side."),
    ],
))

# ---------------------------------------------------------------- DB-04
REPORTS.append(R("DB-04", "Dawn", """
At least six persons of the Hazara community were killed and 11 others injured when a bomb planted in
a vegetable cart exploded at Hazarganji fruit market on the outskirts of Quetta, the provincial
capital of Balochistan, on the morning of April 8, reports Dawn. The banned Lashkar-e-Jhangvi (LeJ)
claimed responsibility. Police said another device was found hidden in a sack of onions nearby and
defused by the Bomb Disposal Squad. The next day, hundreds of Hazara men and women staged a sit-in
with the coffins of the victims on Alamdar Road, refusing to bury them until the government acted
against the killers; the protest ended peacefully late in the evening. On April 10, police arrested
two suspects allegedly involved in the market blast during a raid in Kuchlak. Separately, unidentified
gunmen shot dead a Levies constable, Naimatullah, near his home in Killi Sardar Noor area of Mastung
District on April 9.
""",
    actors=[
        A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"]),
        A("Police", "state_force", 1, ["Police", "police"]),
        A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad"]),
        A("Levies", "state_force", 1, ["Levies"]),
    ],
    people=[PE("Naimatullah", ["Naimatullah"], ["Levies constable", "shot dead near his home"])],
    places=[
        P("Hazarganji", "area", BA, "Quetta"),
        P("Quetta", "city", BA, "Quetta"),
        P("Balochistan", "province", BA, None),
        P("Alamdar Road", "area", BA, "Quetta"),
        P("Kuchlak", "town", BA, "Quetta"),
        P("Killi Sardar Noor", "town", BA, "Mastung"),
        P("Mastung District", "district", BA, "Mastung"),
    ],
    not_incidents=["police arrested two suspects allegedly involved in the market blast during a raid in Kuchlak"],
    incidents=[
        I("a bomb planted in a vegetable cart exploded at Hazarganji fruit market",
          EXP, IED, BOMB, "Lashkar-e-Jhangvi", CIV, "Hazarganji", 1, "on the morning of April 8",
          6, {}, 11,
          "Claimed by LeJ. 'At least six persons' = 6; 'persons of the Hazara community' gives a community, "
          "not a status, so no side. The arrest of two suspects on April 10 is tied to this blast, so it "
          "is not a separate Arrests incident (listed under not_incidents)."),
        I("another device was found hidden in a sack of onions nearby and defused by the Bomb Disposal Squad",
          SDV, DISR, BOMB, "Bomb Disposal Squad", UAG, "Hazarganji", 1, None,
          0, {}, None,
          "A second device at the market was defused. The text gives it no date of its own (implied the "
          "same morning), so date_text is null. LeJ claimed only the blast, so the planter stays Unidentified."),
        I("hundreds of Hazara men and women staged a sit-in with the coffins of the victims on Alamdar Road",
          PROT, PEACEFUL, None, "Protesters", None, "Alamdar Road", 1, "The next day",
          0, {}, None,
          "A sit-in with coffins that 'ended peacefully': Protests/Peaceful protest, no GTD type. The "
          "protesters are not an organisation; the generic label 'Protesters' is used (no dev example). "
          "No counter-party intervened, so actor2 is null."),
        I("unidentified gunmen shot dead a Levies constable, Naimatullah",
          BAT, ARMED, AA, UAG, "Levies", "Killi Sardar Noor", 1, "on April 9",
          1, {"security_forces": 1}, None,
          "Killing of a Levies constable near his home is coded Battles/Armed clash per the rule for "
          "attacks on police or soldiers; Levies are a state force."),
    ],
))

# ---------------------------------------------------------------- DB-05
REPORTS.append(R("DB-05", "The News", """
Four suspected militants of the Islamic State (IS) were killed in an encounter with the Counter
Terrorism Department (CTD) near Sher Shah Road in Multan District on the night of February 20-21,
reports The News. CTD officials said the suspects opened fire when a team raided their hideout, and two
suicide vests, hand grenades and a laptop were recovered. On February 21, 2017, at least 11 people
were killed and 27 injured when a suicide bomber blew himself up outside a cosmetics market on
Ferozepur Road in Lahore, the provincial capital of Punjab. The death toll rose to 13 two days later
when two of the critically wounded died at Jinnah Hospital. Jamaat-ul-Ahrar (JuA), a breakaway
faction of the Tehreek-e-Taliban Pakistan (TTP), claimed the attack. Meanwhile, Police arrested seven
activists of Lashkar-e-Jhangvi (LeJ) with weapons and hate material during a search operation in Jhang
District on February 22. Officials said the arrests were not linked to the Lahore bombing. In Dera
Ghazi Khan District, a hand grenade was hurled at the gate of the police station in Choti Zareen on
February 22, causing no casualties.
""",
    actors=[
        A("Islamic State", "armed_group", 2, ["Islamic State", "IS"]),
        A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat-ul-Ahrar", "JuA"]),
        A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"]),
        A("Police", "state_force", 1, ["Police", "police"]),
        A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"]),
    ],
    people=[],
    places=[
        P("Sher Shah Road", "area", PB, "Multan"),
        P("Multan District", "district", PB, "Multan"),
        P("Ferozepur Road", "area", PB, "Lahore"),
        P("Lahore", "city", PB, "Lahore"),
        P("Punjab", "province", PB, None),
        P("Jhang District", "district", PB, "Jhang"),
        P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
        P("Choti Zareen", "town", PB, "Dera Ghazi Khan"),
    ],
    relations=[{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "splinter",
                "evidence": "a breakaway faction of the Tehreek-e-Taliban Pakistan (TTP)"}],
    not_incidents=["The death toll rose to 13 two days later"],
    incidents=[
        I("Four suspected militants of the Islamic State (IS) were killed in an encounter with the Counter Terrorism Department (CTD)",
          BAT, ARMED, None, "Counter Terrorism Department", "Islamic State", "Sher Shah Road", 2,
          "on the night of February 20-21",
          4, {"militants": 4}, None,
          "A CTD raid; the suspects fired first. State-initiated, so GTD null. 'Suspected militants' are "
          "counted as militants, as the text labels them. 'Near' Sher Shah Road, precision 2. The vests "
          "and grenades recovered belong to this event."),
        I("a suicide bomber blew himself up outside a cosmetics market on Ferozepur Road",
          EXP, SUI, BOMB, "Jamaat-ul-Ahrar", CIV, "Ferozepur Road", 1, "On February 21, 2017",
          13, {}, 25,
          "Claimed by JuA. Final toll 13 (11 at first, two wounded died two days later), so injured = 27 - 2 "
          "= 25. The bomber is not counted. The dead are 'people', no side."),
        I("Police arrested seven activists of Lashkar-e-Jhangvi (LeJ)",
          SDV, ARRESTS, None, "Police", "Lashkar-e-Jhangvi", "Jhang District", 2, "on February 22",
          0, {}, None,
          "An arrest the text says is not linked to the bombing, so it is its own Arrests incident. Only the "
          "district is given, precision 2."),
        I("a hand grenade was hurled at the gate of the police station in Choti Zareen",
          EXP, GREN, BOMB, UAG, "Police", "Choti Zareen", 1, "on February 22",
          0, {}, 0,
          "'causing no casualties', so killed and injured are 0. The target is a police station, so "
          "actor2 is Police."),
    ],
))

# ---------------------------------------------------------------- DB-06
REPORTS.append(R("DB-06", "Daily Times", """
At least nine militants of the Lashkar-e-Islam (LeI) and four of the rival Ansarul Islam were killed
in fierce clashes in the Marghano Sar area of Tirah valley in Khyber Agency of the Federally
Administered Tribal Areas (FATA) on October 3, reports Daily Times. Local sources said the fighting,
which began late on Sunday, continued till the afternoon with both sides using mortars and heavy
machine guns. In Landi Kotal tehsil, militants opened fire on oil tankers carrying fuel for NATO forces
in Afghanistan near Torkham on October 3, killing a driver and a cleaner and setting four tankers on
fire. Separately, five mortar shells fired from the surrounding hills landed inside the Frontier Corps
(FC) fort at Bara, injuring two FC personnel. No group claimed the shelling. On October 4, a tribal
elder and member of the local peace committee, Malik Sher Zaman Kukikhel, was shot dead by gunmen near
his hujra in Ghundi area of Jamrud. A day later, the political administration arrested 23 tribesmen
under the collective responsibility clause of the Frontier Crimes Regulation (FCR) after the attack on
the tankers.
""",
    actors=[
        A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar-e-Islam", "LeI"]),
        A("Ansarul Islam", "armed_group", 2, ["Ansarul Islam"]),
        A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
    ],
    people=[PE("Sher Zaman Kukikhel", ["Malik Sher Zaman Kukikhel"],
               ["tribal elder", "member of the local peace committee", "shot dead near his hujra"])],
    places=[
        P("Marghano Sar", "area", KP, "Khyber"),
        P("Tirah", "area", KP, "Khyber"),
        P("Khyber Agency", "district", KP, "Khyber"),
        P("Federally Administered Tribal Areas", "area", KP, None),
        P("Landi Kotal", "area", KP, "Khyber"),
        P("Afghanistan", "country", None, None),
        P("Torkham", "town", KP, "Khyber"),
        P("Bara", "town", KP, "Khyber"),
        P("Ghundi", "area", KP, "Khyber"),
        P("Jamrud", "town", KP, "Khyber"),
    ],
    relations=[{"a": "Lashkar-e-Islam", "b": "Ansarul Islam", "kind": "hostile",
                "evidence": "fierce clashes in the Marghano Sar area of Tirah valley"}],
    not_incidents=["the political administration arrested 23 tribesmen under the collective responsibility clause"],
    incidents=[
        I("At least nine militants of the Lashkar-e-Islam (LeI) and four of the rival Ansarul Islam were killed in fierce clashes",
          BAT, ARMED, None, "Lashkar-e-Islam", "Ansarul Islam", "Marghano Sar", 1, "on October 3",
          13, {"militants": 13}, None,
          "Fighting between two named armed groups (inter 2 vs 2). GTD null: no terrorist attack on a "
          "non-combatant target. 9 + 4 = 13 militants. The fight began 'late on Sunday' but is dated by "
          "the report's 'on October 3'. Actor order follows the text."),
        I("militants opened fire on oil tankers carrying fuel for NATO forces in Afghanistan near Torkham",
          VAC, ATTACK, AA, UAG, CIV, "Torkham", 2, "on October 3",
          2, {"civilians": 2}, None,
          "Driver and cleaner are civilian roles; four tankers burnt are part of the same attack. NATO "
          "forces are foreign (inter 8) and not listed. 'Near' Torkham, precision 2."),
        I("five mortar shells fired from the surrounding hills landed inside the Frontier Corps (FC) fort at Bara",
          EXP, SHELL, BOMB, UAG, "Frontier Corps", "Bara", 1, None,
          0, {}, 2,
          "Mortar fire with no gunfire: Shelling. 'Separately' and no date of its own, so date_text null. "
          "Two FC personnel injured."),
        I("Malik Sher Zaman Kukikhel, was shot dead by gunmen near his hujra",
          VAC, ATTACK, ASSN, UAG, CIV, "Ghundi", 1, "On October 4",
          1, {}, None,
          "Targeted killing of a named tribal elder: GTD Assassination. He was also a peace-committee "
          "member (a pro-government militiaman), which fits no side (satp-sa-dev-81), so killed_by_side is "
          "empty; unarmed at his hujra, so coded as an attack on a civilian as in satp-sa-dev-21. The FCR "
          "collective arrests are tied to the tanker attack and are not a separate incident."),
    ],
))
