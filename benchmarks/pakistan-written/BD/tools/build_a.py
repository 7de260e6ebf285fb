from lib import *

POLICE = "Police"
UAG = "Unidentified Armed Group"
SF = "Security Forces"
FC = "Frontier Corps"
BDS = "Bomb Disposal Squad"
CTD = "Counter Terrorism Department"
TTP = "Tehreek-e-Taliban Pakistan"
B, AC, VAC, ERV, SD, PR = ("Battles", "Armed clash", "Violence against civilians",
                           "Explosions/Remote violence", "Strategic developments", "Protests")
IED = "Remote explosive/landmine/IED"

# ---------------------------------------------------------------- BD-01
report("BD-01", """
Three policemen were killed and two others injured when militants attacked a police checkpost in
Sarki Ghundai village of Tajazai area in Lakki Marwat District of Khyber Pakhtunkhwa in the early
hours of January 14, reports Dawn. District Police Officer (DPO) Shahid Akbar Khattak said that over
a dozen militants armed with heavy weapons opened fire on the checkpost from three sides at around
2:30am. Two constables died on the spot, while Head Constable Sher Zaman, who had received bullet
wounds in the chest, died on the way to the District Headquarters Hospital. The policemen at the post
returned fire and the exchange continued for nearly an hour before the attackers retreated towards
the nearby hills. Police said a search operation had been launched in the area.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["policemen", "police", "Police"])],
    [H("Shahid Akbar Khattak", ["Shahid Akbar Khattak"], ["District Police Officer (DPO)"]),
     H("Sher Zaman", ["Head Constable Sher Zaman"], ["Head Constable", "died on the way to hospital"])],
    [P("Sarki Ghundai", "town", KP, "Lakki Marwat"),
     P("Tajazai", "area", KP, "Lakki Marwat"),
     P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
     P("Khyber Pakhtunkhwa", "province", KP, None)],
    [],
    [I("militants attacked a police checkpost in Sarki Ghundai village", B, AC, "Armed Assault",
       UAG, POLICE, KP, "Lakki Marwat", "Sarki Ghundai", 1, "in the early hours of January 14",
       3, {"security_forces": 3}, 2,
       "A night attack on a police checkpost (about 2:30am), so Battles/Armed clash with GTD Armed Assault. "
       "Three policemen died: two constables on the spot and Head Constable Sher Zaman on the way to hospital; "
       "he is counted once, as killed, and is part of the headline 'Three policemen'. Injured = the 'two others'. "
       "'Over a dozen' is the size of the attacking party, not a casualty count. No group is named. "
       "The search operation reports no outcome and is not coded.")])

# ---------------------------------------------------------------- BD-02
report("BD-02", """
Four policemen were injured when militants dropped two mortar shells from a quadcopter on the
compound of Miryan Police Station in Bannu District of Khyber Pakhtunkhwa on the night of September 9,
reports The Express Tribune. Police spokesman Amjad Ali Wazir said the drone hovered over the station
for several minutes before releasing the shells, one of which landed on the roof of the barracks.
The injured were shifted to a hospital in Bannu city, where two of them were stated to be in critical
condition. In a separate incident the same night, policemen at the Tappa Spinay checkpost in Domel
tehsil spotted another quadcopter and brought it down with gunfire before it could release its
payload. A Bomb Disposal Squad (BDS) team later defused a hand grenade that had been fitted to the
device.
""", "The Express Tribune",
    [A(POLICE, "state_force", 1, ["policemen", "Police"]),
     A(BDS, "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
    [H("Amjad Ali Wazir", ["Amjad Ali Wazir"], ["Police spokesman"])],
    [P("Miryan", "town", KP, "Bannu"),
     P("Bannu District", "district", KP, "Bannu"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Bannu", "city", KP, "Bannu"),
     P("Tappa Spinay", "area", KP, "Bannu"),
     P("Domel", "area", KP, "Bannu")],
    [],
    [I("militants dropped two mortar shells from a quadcopter on the compound of Miryan Police Station",
       ERV, "Air/drone strike", "Bombing/Explosion", UAG, POLICE, KP, "Bannu", "Miryan", 1,
       "on the night of September 9", 0, {}, 4,
       "Shells were dropped from a quadcopter, not fired from a mortar tube, so ACLED Air/drone strike "
       "rather than Shelling/artillery/missile attack; GTD Bombing/Explosion. Four policemen injured, none killed. "
       "The target is a police station, so actor2 is Police. No group is named."),
     I("brought it down with gunfire before it could release its payload", SD, "Disrupted weapons use",
       "Bombing/Explosion", POLICE, UAG, KP, "Bannu", "Tappa Spinay", 1, "the same night", 0, {}, None,
       "Policemen shot down a second armed quadcopter before it dropped anything, and the BDS then defused the "
       "grenade fitted to it: one disrupted bombing attempt, coded like a defused device (GTD Bombing/Explosion, "
       "as in the dev files). The BDS defusal is part of this record, not a separate incident. "
       "The checkpost is named for a place in Domel tehsil, so the checkpost's place is the location at precision 1.")])

# ---------------------------------------------------------------- BD-03
report("BD-03", """
A Frontier Corps (FC) soldier was killed when a militant sniper opened fire on a security post in the
Sra Ghar Kandao area of Tirah valley in Khyber District on May 3, reports Dawn. An FC spokesman in
Peshawar said the sniper fired a single shot from a ridge about a kilometre away from the post,
hitting Sepoy Naveed Iqbal in the head. He died on the spot. The spokesman said troops returned fire
and later searched the ridge, but the sniper managed to escape. The militants are trying to terrorise
our men, but the posts will stay where they are, the spokesman said. Officials said it was the third
sniper attack on FC posts in Tirah in two weeks.
""", "Dawn",
    [A(FC, "state_force", 1, ["Frontier Corps", "FC"]),
     A(SF, "state_force", 1, ["troops"])],
    [H("Naveed Iqbal", ["Sepoy Naveed Iqbal"], ["Frontier Corps (FC) soldier", "Sepoy", "killed by a sniper"])],
    [P("Sra Ghar Kandao", "area", KP, "Khyber"),
     P("Tirah", "area", KP, "Khyber"),
     P("Khyber District", "district", KP, "Khyber"),
     P("Peshawar", "city", KP, "Peshawar")],
    [Q("unnamed FC spokesman in Peshawar", "The militants are trying to terrorise our men")],
    [I("a militant sniper opened fire on a security post", B, AC, "Armed Assault", UAG, FC, KP, "Khyber",
       "Sra Ghar Kandao", 1, "on May 3", 1, {"security_forces": 1}, None,
       "Sniper fire on an FC post is an attack on a state force, so Battles/Armed clash with GTD Armed Assault. "
       "The spokesman speaks from Peshawar, but the attack is in Tirah valley, Khyber District; Peshawar is only "
       "where he is based. One FC soldier killed; the sniper escaped. The two earlier sniper attacks in Tirah are "
       "background with no date or place and are not coded. 'Troops' (generic) are listed as Security Forces.")])

# ---------------------------------------------------------------- BD-04
report("BD-04", """
A policeman deployed for the security of a polio vaccination team was shot dead by unidentified
motorcyclists in Gulbandai Bala village of Mamund tehsil in Bajaur District on the second day of the
anti polio drive, reports The News. Police said the team had just finished vaccinating children in a
hujra when two armed men on a motorcycle opened fire on Constable Rafiullah, who was standing guard
outside. The constable died on the spot, while the three members of the vaccination team, including a
female health worker, remained unhurt. The campaign in the tehsil was suspended for the day. No group
claimed responsibility for the attack.
""", "The News",
    [A(POLICE, "state_force", 1, ["Police", "policeman"])],
    [H("Rafiullah", ["Constable Rafiullah"], ["Constable", "guard of a polio vaccination team", "shot dead"])],
    [P("Gulbandai Bala", "town", KP, "Bajaur"),
     P("Mamund", "area", KP, "Bajaur"),
     P("Bajaur District", "district", KP, "Bajaur")],
    [],
    [I("two armed men on a motorcycle opened fire on Constable Rafiullah", B, AC, "Armed Assault", UAG, POLICE,
       KP, "Bajaur", "Gulbandai Bala", 1, "on the second day of the anti polio drive", 1,
       {"security_forces": 1}, 0,
       "The gunmen shot the policeman guarding a polio team; the team itself was unhurt. Following the rule that "
       "attacks on police, even one-sided ones, are Battles/Armed clash, actor2 is Police (not Civilians). "
       "Injured = 0 because the text says the three team members remained unhurt. The date is only relative to "
       "the polio drive; no calendar date is given.")])

# ---------------------------------------------------------------- BD-05
report("BD-05", """
A female polio worker was shot dead in Paharpur tehsil of Dera Ismail Khan District on April 22, while
the policeman escorting her team escaped unhurt, reports Daily Times. Officials said Bibi Nasreen (34)
was going door to door in Mohallah Qadirabad when a man on foot fired at her from close range and fled
through the fields. The escorting constable chased the assailant but lost him in the sugarcane crop.
In another incident in the district on the same day, the Bomb Disposal Squad (BDS) defused an
improvised explosive device (IED) weighing five kilograms that had been planted along the Kulachi
Daraban road. Meanwhile, gunmen on a motorcycle opened fire on a shopkeeper, identified as Khan Zaib,
near Paroa, injuring him critically.
""", "Daily Times",
    [A(POLICE, "state_force", 1, ["policeman"]),
     A(BDS, "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
    [H("Bibi Nasreen", ["Bibi Nasreen"], ["female polio worker", "shot dead"]),
     H("Khan Zaib", ["Khan Zaib"], ["shopkeeper", "critically injured"])],
    [P("Paharpur", "area", KP, "Dera Ismail Khan"),
     P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
     P("Mohallah Qadirabad", "area", KP, "Dera Ismail Khan"),
     P("Kulachi Daraban road", "area", KP, "Dera Ismail Khan"),
     P("Paroa", "town", KP, "Dera Ismail Khan")],
    [],
    [I("A female polio worker was shot dead", VAC, "Attack", "Armed Assault", UAG, "Civilians", KP,
       "Dera Ismail Khan", "Mohallah Qadirabad", 1, "on April 22", 1, {"civilians": 1}, 0,
       "The gunman shot the polio worker, not her escort, who was unhurt, so this is Violence against civilians / "
       "Attack (contrast BD-04, where the escort was the victim). A polio worker is a civilian role. Injured = 0: "
       "the only other person named, the escort, escaped unhurt. Not a prominent target, so Armed Assault."),
     I("defused an improvised explosive device (IED) weighing five kilograms", SD, "Disrupted weapons use",
       "Bombing/Explosion", BDS, UAG, KP, "Dera Ismail Khan", "Kulachi Daraban road", 2, "on the same day",
       0, {}, None,
       "A defused roadside device is a disrupted bombing (GTD Bombing/Explosion, as in the dev files). Only the "
       "road is named, not a town on it, hence precision 2."),
     I("gunmen on a motorcycle opened fire on a shopkeeper, identified as Khan Zaib", VAC, "Attack",
       "Armed Assault", UAG, "Civilians", KP, "Dera Ismail Khan", "Paroa", 2, None, 0, {}, 1,
       "A third, unrelated shooting: a shopkeeper critically injured, not killed. Shopkeeper is a civilian role, "
       "but killed_by_side only splits deaths. 'Near Paroa', hence precision 2. 'Meanwhile' gives no date of its "
       "own (the paragraph suggests the same day), so date_text is null.")])

# ---------------------------------------------------------------- BD-06
report("BD-06", """
At least seven persons were killed and over a dozen injured when a bomb planted in a handcart went off
in the crowded vegetable market of Kalaya, the headquarters of Orakzai District, on the morning of
March 11, reports The News. District Police Officer (DPO) Mumtaz Khan Bangash said the device, packed
with ball bearings and weighing about six kilograms, was set off by remote control at around 9am when
shoppers had gathered for the weekly bazaar. Five persons died at the spot and two others, including a
ten year old boy, died on the way to hospital in Kohat. Most of the victims were vendors and labourers,
the DPO said. No group has so far claimed responsibility for the blast.
""", "The News",
    [A(POLICE, "state_force", 1, ["Police"])],
    [H("Mumtaz Khan Bangash", ["Mumtaz Khan Bangash"], ["District Police Officer (DPO)"])],
    [P("Kalaya", "town", KP, "Orakzai"),
     P("Orakzai District", "district", KP, "Orakzai"),
     P("Kohat", "city", KP, "Kohat")],
    [],
    [I("a bomb planted in a handcart went off in the crowded vegetable market of Kalaya", ERV, IED,
       "Bombing/Explosion", UAG, "Civilians", KP, "Orakzai", "Kalaya", 1, "on the morning of March 11",
       7, {}, 12,
       "A remote-controlled bomb in a market. 'At least seven' = 7 (five at the spot, two on the way to hospital, "
       "counted once). 'Over a dozen' injured = 12, the stated floor, as ACLED codes 'more than N' as N. "
       "'Most of the victims were vendors and labourers' gives no count per side, and the boy is only a child, so "
       "killed_by_side is empty. Kohat is only where the hospital is. The DPO is a police officer, so Police is "
       "listed as in the dev files, though it is not an actor in the event.")])

# ---------------------------------------------------------------- BD-07
HGB = "Hafiz Gul Bahadur Group"
report("BD-07", """
Security forces killed a wanted commander of the Hafiz Gul Bahadur group, identified as Qari Sher Dil
alias Tor Mullah, and three of his associates during an intelligence based operation (IBO) in the
Khaderkhel Tangi area of Datta Khel tehsil in North Waziristan District on August 18, reports The News.
According to the Inter Services Public Relations (ISPR), troops surrounded a compound where the
militants were hiding and an intense exchange of fire followed. Two soldiers, Naik Fazal Rabbi and
Sepoy Ihsanullah, embraced martyrdom. The ISPR said Sher Dil had been involved in attacks on security
forces and in the killing of two government school teachers in Datta Khel earlier this year. In a
separate IBO in the Spinwam area, troops apprehended two militants and recovered explosives and a
suicide vest from their possession.
""", "The News",
    [A(SF, "state_force", 1, ["Security forces", "troops", "soldiers", "security forces"]),
     A(HGB, "armed_group", 2, ["Hafiz Gul Bahadur group"])],
    [H("Qari Sher Dil", ["Qari Sher Dil", "Tor Mullah", "Sher Dil"],
       ["wanted commander of the Hafiz Gul Bahadur group", "killed in the IBO"]),
     H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"]),
     H("Fazal Rabbi", ["Naik Fazal Rabbi"], ["soldier", "Naik", "killed in the IBO"]),
     H("Ihsanullah", ["Sepoy Ihsanullah"], ["soldier", "Sepoy", "killed in the IBO"])],
    [P("Khaderkhel Tangi", "area", KP, "North Waziristan"),
     P("Datta Khel", "area", KP, "North Waziristan"),
     P("North Waziristan District", "district", KP, "North Waziristan"),
     P("Spinwam", "area", KP, "North Waziristan")],
    [],
    [I("Security forces killed a wanted commander of the Hafiz Gul Bahadur group", B, AC, None, SF, HGB, KP,
       "North Waziristan", "Khaderkhel Tangi", 1, "on August 18", 6, {"militants": 4, "security_forces": 2},
       None,
       "An intelligence-based operation started by the state that turned into an exchange of fire, so "
       "Battles/Armed clash with GTD null. Killed: the commander and three associates (militants) and two "
       "soldiers. The commander's group is named, so actor2 is the Hafiz Gul Bahadur group. The ISPR is the "
       "army's media wing and only a source; it is not listed as an actor. The earlier killing of two teachers "
       "is background and not coded."),
     I("troops apprehended two militants and recovered explosives and a suicide vest", SD, "Arrests", None, SF,
       UAG, KP, "North Waziristan", "Spinwam", 1, None, 0, {}, None,
       "A separate IBO with an arrest and a seizure: Arrests, no GTD. The text does not say these two belonged "
       "to the Gul Bahadur group, so actor2 is Unidentified. No date of its own is given (presumably the same "
       "day); date_text null.")])

# ---------------------------------------------------------------- BD-08
BLF = "Balochistan Liberation Front"
report("BD-08", """
Around 25 militants riding motorcycles attacked and captured a Levies post at Mazar Dan in Johan tehsil
of Kalat District in Balochistan late on Tuesday night, reports Dawn. Levies officials said the six
personnel at the post resisted for about half an hour before they ran short of ammunition and were
overpowered. The attackers tied up the personnel, took away four Kalashnikovs and a wireless set, and
set the post on fire before leaving. None of the Levies personnel was harmed. Hours later, another group
of militants set fire to an unmanned Levies checkpoint at Pir Mazar on the Kalat Johan road. The
outlawed Balochistan Liberation Front (BLF) claimed responsibility for both attacks through its
spokesman, Dilwash Baloch.
""", "Dawn",
    [A("Levies", "state_force", 1, ["Levies"]),
     A(BLF, "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
    [H("Dilwash Baloch", ["Dilwash Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
    [P("Mazar Dan", "town", BA, "Kalat"),
     P("Johan", "area", BA, "Kalat"),
     P("Kalat District", "district", BA, "Kalat"),
     P("Balochistan", "province", BA, None),
     P("Pir Mazar", "area", BA, "Kalat"),
     P("Kalat Johan road", "area", BA, "Kalat")],
    [],
    [I("attacked and captured a Levies post at Mazar Dan", B, "Non-state actor overtakes territory",
       "Armed Assault", BLF, "Levies", BA, "Kalat", "Mazar Dan", 1, "late on Tuesday night", 0, {}, 0,
       "After a half-hour gunfight the militants overpowered and held the post, took its weapons and burned it, "
       "so ACLED Non-state actor overtakes territory (they left afterwards; Armed clash is the alternative). "
       "GTD Armed Assault, which ranks above the arson. The BLF claimed 'both attacks', so it is actor1. "
       "No one was harmed; the weekday-only date is kept as written."),
     I("another group of militants set fire to an unmanned Levies checkpoint", SD,
       "Looting/property destruction", "Facility/Infrastructure Attack", BLF, None, BA, "Kalat", "Pir Mazar", 1,
       "Hours later", 0, {}, None,
       "Arson on an empty post with no fighting: Looting/property destruction, GTD Facility/Infrastructure "
       "Attack. Claimed by the BLF. Only property was hit, so actor2 is null, as for the property-only attacks "
       "in the dev files.")])

# ---------------------------------------------------------------- BD-09
MDK = "Mirdadkhel tribe"
SPK = "Sporkai tribe"
report("BD-09", """
A grand jirga of elders from Orakzai, Hangu and Khyber brokered a ceasefire between the Mirdadkhel and
Sporkai tribes in Central Kurram tehsil of Kurram District on July 30, ending fighting that began on
July 25 over the ownership of a forest ridge near Sarmela Tangi, reports Dawn. Officials said at least
11 people were killed and 23 others injured in the clashes, in which both sides used automatic weapons
and fired mortar shells at each others villages. Deputy Commissioner (DC) Mehboob Alam Khattak told
reporters that under the agreement both tribes would vacate their bunkers on the ridge, which would be
handed over to the Frontier Corps (FC), and that the jirga would settle the ownership dispute in the
light of revenue records within a month. The main road to Parachinar, closed since the clashes began,
was reopened for traffic.
""", "Dawn",
    [A(MDK, "identity_militia", 4, ["Mirdadkhel"]),
     A(SPK, "identity_militia", 4, ["Sporkai"]),
     A(FC, "state_force", 1, ["Frontier Corps", "FC"])],
    [H("Mehboob Alam Khattak", ["Mehboob Alam Khattak"], ["Deputy Commissioner (DC)"])],
    [P("Orakzai", "district", KP, "Orakzai"),
     P("Hangu", "district", KP, "Hangu"),
     P("Khyber", "district", KP, "Khyber"),
     P("Central Kurram", "area", KP, "Kurram"),
     P("Kurram District", "district", KP, "Kurram"),
     P("Sarmela Tangi", "area", KP, "Kurram"),
     P("Parachinar", "town", KP, "Kurram")],
    [],
    [I("fighting that began on July 25 over the ownership of a forest ridge", B, AC, None, MDK, SPK, KP,
       "Kurram", "Sarmela Tangi", 2, "on July 25", 11, {}, 23,
       "Five days of tribal fighting over land (July 25-30) are coded as one clash record starting on July 25, "
       "since the text gives only totals. The tribes are named, so they are actors, coded as identity militias "
       "(ACLED inter 4). Mortar fire was part of the gunfight, so Armed clash, not Shelling. A land feud is not "
       "terrorism, so GTD is null. 'At least 11 people' = 11, no side. 'Near' Sarmela Tangi, hence precision 2."),
     I("brokered a ceasefire between the Mirdadkhel and Sporkai tribes", SD, "Agreement", None, MDK, SPK, KP,
       "Kurram", "Central Kurram", 2, "on July 30", 0, {}, None,
       "The jirga's ceasefire is an Agreement between the two tribes; the jirga of elders is a mediator, not an "
       "armed actor. The handover of bunkers to the FC is a term of the agreement, not a separate event. Only "
       "the tehsil is given, hence precision 2. The elders' home districts are not locations of the event.")])

# ---------------------------------------------------------------- BD-10
report("BD-10", """
Three cousins were shot dead by unidentified gunmen near their village of Musa Nikka Banda in Mir Ali
tehsil of North Waziristan District on the evening of November 2, reports The Express Tribune. The
victims, identified as Noor Wali, Asmatullah and Zahid Khan, were returning from their fields on a
tractor when the attackers, travelling in a car, opened fire on them and drove off towards Mir Ali town.
The next morning, relatives and residents placed the three bodies on the Bannu Miranshah road near
Khajuri and blocked it to traffic for nine hours, demanding the arrest of the killers. The protest was
called off after officials of the district administration and local elders assured the families that
the culprits would be traced within a week.
""", "The Express Tribune",
    [],
    [H("Noor Wali", ["Noor Wali"], ["shot dead", "cousin of Asmatullah and Zahid Khan"]),
     H("Asmatullah", ["Asmatullah"], ["shot dead", "cousin of Noor Wali and Zahid Khan"]),
     H("Zahid Khan", ["Zahid Khan"], ["shot dead", "cousin of Noor Wali and Asmatullah"])],
    [P("Musa Nikka Banda", "town", KP, "North Waziristan"),
     P("Mir Ali", "town", KP, "North Waziristan"),
     P("North Waziristan District", "district", KP, "North Waziristan"),
     P("Bannu Miranshah road", "area", KP, None),
     P("Khajuri", "town", KP, "North Waziristan")],
    [],
    [I("Three cousins were shot dead by unidentified gunmen", VAC, "Attack", "Armed Assault", UAG,
       "Civilians", KP, "North Waziristan", "Musa Nikka Banda", 2, "on the evening of November 2", 3, {}, None,
       "Three men returning from their fields were shot from a car. 'Cousins' is kinship, not a status, so "
       "killed_by_side is empty under the rule, although they are plainly non-combatants. 'Near their village', "
       "hence precision 2."),
     I("placed the three bodies on the Bannu Miranshah road near Khajuri and blocked it to traffic", PR,
       "Peaceful protest", None, "Protesters", None, KP, "North Waziristan", "Khajuri", 2, "The next morning", 0,
       {}, None,
       "Families blocking a road with the bodies to demand arrests: a peaceful protest (no force used against "
       "them), no GTD. The protesters are not a named organisation, so actor1 is the generic 'Protesters' and "
       "is not listed in actors. The road runs from Bannu into North Waziristan, so its place entry has no "
       "admin2; the protest is near Khajuri, hence precision 2.")])

# ---------------------------------------------------------------- BD-11
report("BD-11", """
Several militants were killed in an exchange of fire with police and Counter Terrorism Department (CTD)
personnel in Gara Sher Baz village of Tank District on the night of February 6, reports Dawn. A CTD
spokesman said a joint team raided a hideout on a tip off that militants were planning to attack workers
of a road construction company. The militants opened fire on seeing the team and the exchange lasted
over two hours. The bodies of three militants were recovered from the site in the morning, while five to
six of their accomplices escaped into the nearby ravines, taking advantage of the darkness. One of the
dead was identified as Gul Hassan alias Bilal, a local commander of the Tehreek e Taliban Pakistan (TTP)
wanted for the killing of a police constable in Tank city last year. Two Kalashnikovs, a rocket launcher
and hand grenades were recovered from the hideout.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["police"]),
     A(CTD, "state_force", 1, ["Counter Terrorism Department", "CTD"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
    [H("Gul Hassan", ["Gul Hassan", "Bilal"], ["local commander of the Tehreek e Taliban Pakistan (TTP)",
                                               "killed in the exchange of fire"])],
    [P("Gara Sher Baz", "town", KP, "Tank"),
     P("Tank District", "district", KP, "Tank"),
     P("Tank", "city", KP, "Tank")],
    [],
    [I("Several militants were killed in an exchange of fire with police and Counter Terrorism Department (CTD) personnel",
       B, AC, None, CTD, TTP, KP, "Tank", "Gara Sher Baz", 1, "on the night of February 6", 3,
       {"militants": 3}, None,
       "A joint police/CTD raid, so state-initiated: GTD null. 'Several militants' is resolved by the later count "
       "of three bodies recovered, so killed = 3 (not ACLED's default for vague counts). Five to six others "
       "escaped and are not counted. One of the dead was a TTP commander, so actor2 is TTP. The CTD spokesman "
       "describes a joint team; actor1 is the CTD, the unit named with the raid, and Police is listed. "
       "The weapons recovered are part of this event. The constable's killing last year is background.")])

# ---------------------------------------------------------------- BD-12
report("BD-12", """
Police repulsed an attack by militants on the Shinkad Banda police checkpost in Matta tehsil of Swat
District late on the night of August 14, reports The News. District Police Officer (DPO) Farhan Ahmad
Yousafzai said unidentified militants opened fire on the checkpost from the hillside at around 11pm.
The policemen on duty took positions and returned fire, forcing the attackers to flee after a 40 minute
exchange. No casualty was reported on either side. Our men were alert and did not give the attackers
any chance, the DPO said. Separately, unidentified gunmen shot dead a shopkeeper, identified as Sher
Afzal, inside his shop in Kabal bazaar in the evening. Police said the shopkeeper had refused to pay
extortion money to militants.
""", "The News",
    [A(POLICE, "state_force", 1, ["Police", "policemen", "police"])],
    [H("Farhan Ahmad Yousafzai", ["Farhan Ahmad Yousafzai"], ["District Police Officer (DPO)"]),
     H("Sher Afzal", ["Sher Afzal"], ["shopkeeper", "shot dead in Kabal bazaar"])],
    [P("Shinkad Banda", "town", KP, "Swat"),
     P("Matta", "area", KP, "Swat"),
     P("Swat District", "district", KP, "Swat"),
     P("Kabal", "town", KP, "Swat")],
    [Q("Farhan Ahmad Yousafzai", "Our men were alert and did not give the attackers any chance")],
    [I("Police repulsed an attack by militants on the Shinkad Banda police checkpost", B, AC, "Armed Assault",
       UAG, POLICE, KP, "Swat", "Shinkad Banda", 1, "late on the night of August 14", 0, {}, 0,
       "A night attack on a checkpost, repulsed after a 40-minute exchange: Battles/Armed clash started by the "
       "militants, GTD Armed Assault. 'No casualty was reported on either side', so killed and injured are 0."),
     I("unidentified gunmen shot dead a shopkeeper, identified as Sher Afzal", VAC, "Attack", "Armed Assault",
       UAG, "Civilians", KP, "Swat", "Kabal", 1, "in the evening", 1, {"civilians": 1}, None,
       "A separate target killing of a shopkeeper (civilian role) in Kabal bazaar. Police link it to refused "
       "extortion by militants, but no group is named, so actor1 is Unidentified; it is kept as political "
       "violence, with organised crime the alternative. 'In the evening' is relative to the report's date "
       "(presumably August 14 or 15).")])

# ---------------------------------------------------------------- BD-13
TJP = "Tehreek-e-Jihad Pakistan"
report("BD-13", """
Five people, including the suicide bomber, were killed and eight others injured when a bomber on a
motorcycle rammed into a police mobile van near the Gara Muhabbat bus stop on the Indus Highway in Dera
Ismail Khan District on June 19, 2023, reports Dawn. Police said three of the dead were policemen on
patrol and the fourth was a fruit vendor whose cart was parked beside the road. The injured included four
policemen and a schoolboy. The little known Tehreek e Jihad Pakistan (TJP) claimed responsibility for the
attack in a message sent to journalists. However, Muhammad Ayaz Khurasani, a spokesman for the Tehreek e
Taliban Pakistan (TTP), denied that his group had any role in the attack and said the TTP did not target
public places.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["police", "Police", "policemen"]),
     A(TJP, "armed_group", 2, ["Tehreek e Jihad Pakistan", "TJP"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
    [H("Muhammad Ayaz Khurasani", ["Muhammad Ayaz Khurasani"],
       ["spokesman for the Tehreek e Taliban Pakistan (TTP)"])],
    [P("Gara Muhabbat", "area", KP, "Dera Ismail Khan"),
     P("Indus Highway", "area", KP, "Dera Ismail Khan"),
     P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
    [],
    [I("a bomber on a motorcycle rammed into a police mobile van", ERV, "Suicide bomb", "Bombing/Explosion",
       TJP, POLICE, KP, "Dera Ismail Khan", "Gara Muhabbat", 1, "on June 19, 2023", 5,
       {"security_forces": 3, "civilians": 1, "militants": 1}, 8,
       "A suicide motorcycle bomb against a police van. The text itself counts the bomber among the five dead, "
       "so killed = 5: three policemen, one fruit vendor (civilian role) and the bomber (militant). Injured = 8 "
       "as stated (four policemen and a schoolboy among them; no full split). The TJP claimed the attack, so it "
       "is actor1; the TTP's denial does not change that, and the TTP is listed only because it is named. "
       "The bus stop is a point on the highway, so precision 1.")])

# ---------------------------------------------------------------- BD-14
report("BD-14", """
Two policemen were injured when a roadside bomb went off near their van in Shaikh Yasin Kalay of Badaber
area in Peshawar on January 8, reports The News. Superintendent of Police (SP) Kamran Afridi said the
device, weighing around three kilograms, had been planted in a drain and was set off by remote control
as the van was returning from patrol. The vehicle was partly damaged. The injured, identified as
Constables Sajid Ali and Ihsan Ullah, were taken to a hospital in the city, where their condition was
stated to be out of danger. A case was registered at the Badaber Police Station against unidentified
persons.
""", "The News",
    [A(POLICE, "state_force", 1, ["policemen", "Police"])],
    [H("Kamran Afridi", ["Kamran Afridi"], ["Superintendent of Police (SP)"]),
     H("Sajid Ali", ["Sajid Ali"], ["Constable", "injured in the blast"]),
     H("Ihsan Ullah", ["Ihsan Ullah"], ["Constable", "injured in the blast"])],
    [P("Shaikh Yasin Kalay", "town", KP, "Peshawar"),
     P("Badaber", "area", KP, "Peshawar"),
     P("Peshawar", "city", KP, "Peshawar")],
    [],
    [I("a roadside bomb went off near their van", ERV, IED, "Bombing/Explosion", UAG, POLICE, KP, "Peshawar",
       "Shaikh Yasin Kalay", 1, "on January 8", 0, {}, 2,
       "A remote-controlled roadside bomb against a police van returning from patrol; two policemen injured, "
       "none killed. The registration of a case is not an incident.")])

# ---------------------------------------------------------------- BD-15
report("BD-15", """
Unidentified gunmen shot dead a pro government tribal elder, Malik Bakht Zada, near his home in Spalmai
Dherai village of Charbagh tehsil in Swat District on December 3, reports Dawn. Police said Bakht Zada,
who had been vocal against militants since the military operation in 2009, was walking to the mosque for
morning prayers when two gunmen opened fire on him from a street corner. He died on the spot, while his
nephew, who was accompanying him, was injured. Residents said Bakht Zada had recently received
threatening telephone calls from unknown numbers.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["Police"])],
    [H("Bakht Zada", ["Malik Bakht Zada", "Bakht Zada"], ["pro government tribal elder", "shot dead"])],
    [P("Spalmai Dherai", "town", KP, "Swat"),
     P("Charbagh", "area", KP, "Swat"),
     P("Swat District", "district", KP, "Swat")],
    [],
    [I("Unidentified gunmen shot dead a pro government tribal elder, Malik Bakht Zada", VAC, "Attack",
       "Armed Assault", UAG, "Civilians", KP, "Swat", "Spalmai Dherai", 1, "on December 3", 1,
       {"civilians": 1}, 1,
       "A targeted killing of an elder walking to prayers; his nephew was injured. He is described only as a "
       "pro-government elder, not as a member of an armed lashkar, so he is a civilian (a tribal elder is read "
       "as a civilian role). A village elder is not a prominent figure in the sense of the rules, so GTD Armed "
       "Assault, not Assassination. 'Near his home' in the named village, so precision 1. The 2009 military "
       "operation is background.")])
