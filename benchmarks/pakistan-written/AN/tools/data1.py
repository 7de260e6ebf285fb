from common import *

REPORTS = []

# ---------------------------------------------------------------- AN-01
T = ("Security Forces (SFs) killed four terrorists during an intelligence based operation (IBO) near Mana Kili village "
     "in Datta Khel tehsil of North Waziristan District on the night of March 14, according to Inter Services Public "
     "Relations (ISPR). The military media wing said troops cordoned off a compound on information about the presence "
     "of terrorists, and an intense exchange of fire followed. Sepoy Imtiaz Gul (23), a resident of Lakki Marwat "
     "District, embraced martyrdom, while two other soldiers were injured and evacuated to the Combined Military "
     "Hospital in Bannu. ISPR identified one of the slain terrorists as commander Sher Zaman alias Tofani, who it said "
     "was wanted for attacks on SFs and the target killing of civilians in the area. Weapons, ammunition and explosives "
     "were recovered from the compound. Sanitisation of the area is being carried out to eliminate any other "
     "terrorists found there, the ISPR added. Datta Khel has seen a string of attacks on SFs since the start of the year.")
G = gold(1, None,
    [sf("Security Forces", ["Security Forces", "SFs", "troops", "soldiers"]),
     sf("Inter Services Public Relations", ["Inter Services Public Relations", "ISPR"])],
    [person("Imtiaz Gul", ["Imtiaz Gul"], ["Sepoy", "soldier killed in the operation", "resident of Lakki Marwat District"]),
     person("Sher Zaman", ["Sher Zaman", "Tofani"], ["terrorist commander killed in the operation", "alias Tofani"])],
    [place("Mana Kili", "town", KP, "North Waziristan"),
     place("Datta Khel", "area", KP, "North Waziristan"),
     place("North Waziristan District", "district", KP, "North Waziristan"),
     place("Lakki Marwat District", "district", KP, "Lakki Marwat"),
     place("Bannu", "city", KP, "Bannu")],
    [],
    [I("Security Forces (SFs) killed four terrorists during an intelligence based operation (IBO)", CLASH, None,
       "Security Forces", UAG, KP, "North Waziristan", "Mana Kili", 2, "on the night of March 14", 5,
       {"militants": 4, "security_forces": 1}, 2,
       "An IBO on a compound 'near' Mana Kili village turned into an exchange of fire: four terrorists and one soldier "
       "(Sepoy Imtiaz Gul) were killed and two soldiers injured. The operation was started by the state, so GTD is null. "
       "No group is named for the dead, so actor2 is Unidentified. 'Near' the village, hence precision 2. The recovery "
       "of weapons is part of the same event; the sanitisation and the closing line about a string of attacks are not "
       "incidents. No outlet is named (only ISPR), so publisher is null; ISPR, the military's media wing, is a named "
       "state body and is listed in actors as a source.")])
REPORTS.append((1, T, G))

# ---------------------------------------------------------------- AN-02
T = ("Three persons belonging to the Shia Hazara community, including a woman, were shot dead when gunmen riding two "
     "motorcycles opened fire at a fruit stall in Hazar Ganji area on the outskirts of Quetta, the provincial capital "
     "of Balochistan, on September 18, reports Dawn. Police identified the deceased as fruit vendor Ghulam Sakhi (40), "
     "his nephew Asif Ali, a college student, and a customer, Gul Bano. A fourth man was wounded and shifted to the "
     "Bolan Medical Complex Hospital, where doctors described his condition as critical. The banned Lashkar e Jhangvi "
     "(LeJ) claimed responsibility for the killings in a telephone call to local journalists. Hours later, unidentified "
     "men hurled a hand grenade at a mobile phone shop on Masjid Road, injuring two passersby, police said. On the "
     "following day, hundreds of Hazaras staged a sit in on Alamdar Road with the coffins of the victims and ended it "
     "only after the provincial home minister assured them of action against the killers. More than 40 members of the "
     "community have been killed in the city since January.")
G = gold(2, "Dawn",
    [ag("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"]),
     sf("Police", ["Police", "police"])],
    [person("Ghulam Sakhi", ["Ghulam Sakhi"], ["fruit vendor", "member of the Shia Hazara community", "killed"]),
     person("Asif Ali", ["Asif Ali"], ["college student", "nephew of Ghulam Sakhi", "killed"]),
     person("Gul Bano", ["Gul Bano"], ["customer at the fruit stall", "killed"])],
    [place("Hazar Ganji", "area", BA, "Quetta"),
     place("Quetta", "city", BA, "Quetta"),
     place("Balochistan", "province", BA, None),
     place("Masjid Road", "area", BA, "Quetta"),
     place("Alamdar Road", "area", BA, "Quetta")],
    [],
    [I("gunmen riding two motorcycles opened fire at a fruit stall", ATTACK, "Armed Assault",
       "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Hazar Ganji", 1, "on September 18", 3, {"civilians": 3}, 1,
       "Sectarian shooting of three Shia Hazaras at a fruit stall. LeJ claimed it by telephone, so it is actor1. All "
       "three dead have civilian roles (fruit vendor, college student, customer), so civilians = 3. One man wounded. "
       "Hazar Ganji is named as the area (itself 'on the outskirts of Quetta'), so precision 1. Victims chosen by "
       "community, not as prominent persons, so Armed Assault."),
     I("unidentified men hurled a hand grenade at a mobile phone shop", GRENADE, "Bombing/Explosion",
       UAG, CIV, BA, "Quetta", "Masjid Road", 1, "Hours later", 0, {}, 2,
       "A separate grenade attack on a shop on Masjid Road; two passersby injured. The LeJ claim covers 'the killings' "
       "only, so this stays Unidentified. 'Hours later' is relative to the September 18 shooting."),
     I("hundreds of Hazaras staged a sit in on Alamdar Road with the coffins of the victims", PEACEFUL, None,
       PROT, None, BA, "Quetta", "Alamdar Road", 1, "On the following day", 0, {}, None,
       "A sit-in with the coffins, ended after talks with the home minister; no intervention by force is reported, so "
       "Peaceful protest. Protests get no GTD type. The protesters are not an organisation, so actor1 is the generic "
       "'Protesters' and nothing is added to actors. The tally of 40 killed since January is background.")])
REPORTS.append((2, T, G))

# ---------------------------------------------------------------- AN-03
T = ("A former president of the Karachi Bar Association, Advocate Rafiq Ahmed Soomro (58), was shot dead near the City "
     "Courts in Karachi, the provincial capital of Sindh, on the morning of February 6, reports The Express Tribune. "
     "Police said two assailants on a motorbike intercepted his car on M A Jinnah Road, fired at least seven shots at "
     "him and escaped towards Lea Market. His driver, Allah Dino, received a bullet in the arm and was taken to the "
     "Civil Hospital. The following day, hundreds of lawyers boycotted court proceedings across the city and marched "
     "from the City Courts to the Karachi Press Club, demanding the arrest of the killers. Separately, two men were "
     "killed and four others wounded on the night of February 6 when members of the Yaqub Chhotu group and the rival "
     "Rashid Bhaiya gang traded fire in the Kalri area of Lyari, within the limits of the Kalri Police Station. Police "
     "said both the dead belonged to the Rashid Bhaiya gang and that the fight was over extortion from traders in the "
     "area. At least 30 people have been killed in gang violence in Lyari since the start of the year.")
G = gold(3, "The Express Tribune",
    [sf("Police", ["Police"]),
     actor("Yaqub Chhotu Group", "political_militia", 3, ["Yaqub Chhotu group"]),
     actor("Rashid Bhaiya Gang", "political_militia", 3, ["Rashid Bhaiya gang"])],
    [person("Rafiq Ahmed Soomro", ["Rafiq Ahmed Soomro"], ["Advocate", "former president of the Karachi Bar Association", "shot dead"]),
     person("Allah Dino", ["Allah Dino"], ["driver of Rafiq Ahmed Soomro", "injured"]),
     person("Yaqub Chhotu", ["Yaqub Chhotu"], ["leader of the Yaqub Chhotu group (implied by its name)"]),
     person("Rashid Bhaiya", ["Rashid Bhaiya"], ["leader of the Rashid Bhaiya gang (implied by its name)"])],
    [place("Karachi", "city", SD, "Karachi"),
     place("Sindh", "province", SD, None),
     place("M A Jinnah Road", "area", SD, "Karachi"),
     place("Lea Market", "area", SD, "Karachi"),
     place("Kalri", "area", SD, "Karachi"),
     place("Lyari", "area", SD, "Karachi")],
    [],
    [I("A former president of the Karachi Bar Association, Advocate Rafiq Ahmed Soomro (58), was shot dead", ATTACK,
       "Assassination", UAG, CIV, SD, "Karachi", "M A Jinnah Road", 1, "on the morning of February 6", 1,
       {"civilians": 1}, 1,
       "Two motorcyclists intercepted the car of a former Bar Association president and shot him; his driver was "
       "wounded. A specific prominent target, so GTD Assassination. A lawyer is a civilian role. The car was stopped "
       "on M A Jinnah Road (near the City Courts), so that road is the location. The Karachi Bar Association is a "
       "professional body, not an armed actor, and is not listed."),
     I("hundreds of lawyers boycotted court proceedings across the city and marched from the City Courts to the "
       "Karachi Press Club", PEACEFUL, None, PROT, None, SD, "Karachi", "Karachi", 1, "The following day", 0, {}, None,
       "A court boycott and march by lawyers demanding arrests; no intervention is reported, so Peaceful protest. "
       "The march ran across the city, so the location is Karachi itself (precision 1, as the city is the place)."),
     I("members of the Yaqub Chhotu group and the rival Rashid Bhaiya gang traded fire", CLASH, None,
       "Yaqub Chhotu Group", "Rashid Bhaiya Gang", SD, "Karachi", "Kalri", 1, "on the night of February 6", 2, {}, 4,
       "A gang fight over extortion in Kalri, Lyari (Kalri Police Station limits). Fighting between criminal groups is "
       "Battles/Armed clash, not organised crime. Gangs are coded as political militias (inter 3); which gang fired "
       "first is not said, so actor1 is the first named. Both dead were Rashid Bhaiya gang members, which is none of "
       "the sides (security forces, civilians, militants), so killed_by_side is empty. Not terrorism, so GTD null.")])
REPORTS.append((3, T, G))

# ---------------------------------------------------------------- AN-04
T = ("A lady health worker engaged in the anti polio campaign and a Levies constable escorting her were shot dead by "
     "unidentified gunmen in Charmang area of Nawagai tehsil in Bajaur Agency of the Federally Administered Tribal "
     "Areas (FATA) on April 21, reports The News. Officials identified the victims as Bibi Rukhsana (28) and Levies "
     "constable Noor Akbar. The third member of the vaccination team, a male volunteer, escaped unhurt. Jamaat ul Ahrar "
     "(JuA), a breakaway faction of the Tehreek e Taliban Pakistan (TTP), claimed the killing in an email to the media, "
     "saying vaccinators would remain its targets. Earlier in the day, three Levies personnel were injured when a "
     "roadside bomb went off near their vehicle on the road between Khar and Pashat in Salarzai tehsil. The political "
     "administration suspended the three day campaign in Nawagai and Salarzai tehsils after the attacks. Polio teams "
     "have been attacked five times in the agency this year.")
G = gold(4, "The News",
    [sf("Levies", ["Levies"]),
     ag("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [person("Bibi Rukhsana", ["Bibi Rukhsana"], ["lady health worker in the anti polio campaign", "shot dead"]),
     person("Noor Akbar", ["Noor Akbar"], ["Levies constable escorting the polio worker", "shot dead"])],
    [place("Charmang", "area", KP, "Bajaur"),
     place("Nawagai", "area", KP, "Bajaur"),
     place("Bajaur Agency", "district", KP, "Bajaur"),
     place("Federally Administered Tribal Areas", "area", KP, None),
     place("Khar", "town", KP, "Bajaur"),
     place("Pashat", "town", KP, "Bajaur"),
     place("Salarzai", "area", KP, "Bajaur")],
    [],
    [I("A lady health worker engaged in the anti polio campaign and a Levies constable escorting her were shot dead",
       ATTACK, "Armed Assault", "Jamaat-ul-Ahrar", CIV, KP, "Bajaur", "Charmang", 1, "on April 21", 2,
       {"civilians": 1, "security_forces": 1}, 0,
       "Judgement call: the target was the polio vaccination team, and the Levies constable died as its escort, so this "
       "is coded as an attack on civilians rather than Battles/Armed clash (the rule for attacks on police is read as "
       "covering attacks aimed at the force). Killed by side: the health worker is a civilian, the constable security "
       "forces. The third team member 'escaped unhurt' and no one else is mentioned, so injured = 0. JuA claimed it, "
       "so it is actor1; TTP is its parent and is listed in actors. Text places it in FATA; admin1 coded Khyber "
       "Pakhtunkhwa."),
     I("three Levies personnel were injured when a roadside bomb went off near their vehicle", IED,
       "Bombing/Explosion", UAG, "Levies", KP, "Bajaur", "Salarzai", 2, "Earlier in the day", 0, {}, 3,
       "A roadside bomb on the road between Khar and Pashat, in Salarzai tehsil. A road between two towns gives no "
       "point, so the location is the tehsil (precision 2). The JuA claim names only 'the killing', so this stays "
       "Unidentified. The suspension of the campaign and the count of attacks this year are background.")])
REPORTS.append((4, T, G))

# ---------------------------------------------------------------- AN-05
T = ("At least eleven people were killed and more than 30 others injured as armed men of the Sargindkhel and Mirzakhel "
     "clans fought with heavy weapons over a disputed stretch of forest near Tangi Banda village in Lower Kurram tehsil "
     "of Kurram District on July 24 and 25, reports Dawn. Both sides fired at each other from hilltop bunkers with "
     "mortars and rocket launchers, and several houses were damaged, police sources said. The toll rose to fourteen on "
     "July 26 as three more bodies were recovered from the hills, officials at the District Headquarters Hospital in "
     "Parachinar said. A grand jirga of elders from Hangu, Orakzai and Kohat brokered a ceasefire on the evening of "
     "July 26, after which both clans vacated their bunkers and personnel of the Frontier Corps (FC) and police took "
     "over the positions. Under the agreement, neither side will enter the disputed land until a land commission "
     "decides its ownership. The same dispute had led to deadly clashes twice in the past decade.")
G = gold(5, "Dawn",
    [actor("Sargindkhel Clan", "identity_militia", 4, ["Sargindkhel"]),
     actor("Mirzakhel Clan", "identity_militia", 4, ["Mirzakhel"]),
     sf("Police", ["police"]),
     sf("Frontier Corps", ["Frontier Corps", "FC"])],
    [],
    [place("Tangi Banda", "town", KP, "Kurram"),
     place("Lower Kurram", "area", KP, "Kurram"),
     place("Kurram District", "district", KP, "Kurram"),
     place("Parachinar", "town", KP, "Kurram"),
     place("Hangu", "district", KP, "Hangu"),
     place("Orakzai", "district", KP, "Orakzai"),
     place("Kohat", "district", KP, "Kohat")],
    [],
    [I("armed men of the Sargindkhel and Mirzakhel clans fought with heavy weapons over a disputed stretch of forest",
       CLASH, None, "Sargindkhel Clan", "Mirzakhel Clan", KP, "Kurram", "Tangi Banda", 2, "on July 24 and 25", 14, {},
       30,
       "A two-day tribal land clash. The first toll was 'at least eleven', but it 'rose to fourteen' when three more "
       "bodies were found, so killed = 14 (the final figure); injured = 30 ('more than 30'). The dead are 'people', "
       "so no side. Mortars and rockets were used alongside gunfire between two armed groups, so Armed clash rather "
       "than Shelling. Clans are identity militias (inter 4); actor1 is the first named. 'Near' the village, hence "
       "precision 2. Not terrorism, so GTD null. The date spans two days."),
     I("A grand jirga of elders from Hangu, Orakzai and Kohat brokered a ceasefire", AGREEMENT, None,
       "Sargindkhel Clan", "Mirzakhel Clan", KP, "Kurram", "Tangi Banda", 2, "on the evening of July 26", 0, {}, None,
       "A jirga-brokered ceasefire between the two clans, with FC and police taking over the bunkers: ACLED "
       "Agreement. The parties to the agreement are the two clans; the jirga is not an organisation. Where the jirga "
       "sat is not given, so the disputed site near Tangi Banda is used with precision 2. Hangu, Orakzai and Kohat are "
       "only where the elders came from. The earlier clashes 'in the past decade' are background.")])
REPORTS.append((5, T, G))

# ---------------------------------------------------------------- AN-06
T = ("Three policemen were martyred and two others injured when terrorists ambushed a police mobile van with heavy "
     "weapons near Tajazai on the Lakki Marwat Bannu road on the night of October 9, reports Dawn. District Police "
     "Officer (DPO) Fazal Wahab said the policemen were returning from a patrol when the attackers opened fire from "
     "both sides of the road and then set the vehicle ablaze. The martyred were identified as Assistant Sub Inspector "
     "(ASI) Gul Nawaz and constables Habibullah and Irfan Ullah, while the injured were shifted to the District "
     "Headquarters Hospital in Lakki Marwat. \"We will not let the blood of our martyrs go waste,\" the DPO said at the "
     "funeral prayer. The Hafiz Gul Bahadur group claimed the attack in a statement posted on social media. In a "
     "separate raid on October 10, personnel of the Counter Terrorism Department (CTD) arrested three suspected "
     "militants of the Tehreek e Taliban Pakistan (TTP) in Serai Naurang and recovered two suicide jackets, hand "
     "grenades and detonators from their possession, a CTD spokesman said.")
G = gold(6, "Dawn",
    [sf("Police", ["policemen", "police"]),
     ag("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"]),
     sf("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [person("Fazal Wahab", ["Fazal Wahab"], ["District Police Officer (DPO)"]),
     person("Gul Nawaz", ["Gul Nawaz"], ["Assistant Sub Inspector (ASI)", "killed in the ambush"]),
     person("Habibullah", ["Habibullah"], ["constable", "killed in the ambush"]),
     person("Irfan Ullah", ["Irfan Ullah"], ["constable", "killed in the ambush"]),
     person("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group (implied by its name)"])],
    [place("Tajazai", "town", KP, "Lakki Marwat"),
     place("Lakki Marwat", "town", KP, "Lakki Marwat"),
     place("Bannu", "city", KP, "Bannu"),
     place("Serai Naurang", "town", KP, "Lakki Marwat")],
    [quote("Fazal Wahab", "We will not let the blood of our martyrs go waste")],
    [I("terrorists ambushed a police mobile van with heavy weapons", CLASH, "Armed Assault",
       "Hafiz Gul Bahadur Group", "Police", KP, "Lakki Marwat", "Tajazai", 2, "on the night of October 9", 3,
       {"security_forces": 3}, 2,
       "An ambush on a police van on the Lakki Marwat-Bannu road 'near' Tajazai: three policemen killed, two injured. "
       "Attacks on police are Battles/Armed clash even when one-sided; started by the attackers, so GTD Armed Assault. "
       "The Hafiz Gul Bahadur group claimed it on social media, so it is actor1. 'Near' a village on a road between "
       "two towns, hence precision 2."),
     I("personnel of the Counter Terrorism Department (CTD) arrested three suspected militants of the Tehreek e "
       "Taliban Pakistan (TTP) in Serai Naurang", ARRESTS, None, "Counter Terrorism Department",
       "Tehreek-e-Taliban Pakistan", KP, "Lakki Marwat", "Serai Naurang", 1, "on October 10", 0, {}, None,
       "A 'separate raid' not tied to the ambush, so it is its own Arrests incident. The suicide jackets, grenades and "
       "detonators were seized in the same raid and are part of this record, not a separate Disrupted weapons use. "
       "Raids and arrests get no GTD type. Serai Naurang lies in Lakki Marwat District (general knowledge).")])
REPORTS.append((6, T, G))

# ---------------------------------------------------------------- AN-07
T = ("At least nine persons, including four policemen, were killed and 22 others injured when a suicide bomber blew "
     "himself up at a police checkpoint on the outskirts of Tangi town in Charsadda District of the North West Frontier "
     "Province (NWFP) on the afternoon of May 13, reports Daily Times. Police said the bomber, who was on foot, "
     "detonated his explosives vest when policemen tried to search him. Among the dead was Sub Inspector Sardar Ali, "
     "in charge of the checkpoint, while the other dead were passersby and shopkeepers from a nearby fruit market, "
     "police added. The head of the bomber, believed to be 16 or 17 years old, was found some distance away. A man who "
     "identified himself as Qari Zubair Hamdard, a spokesman of the Tehreek e Taliban Pakistan (TTP), claimed the "
     "attack by telephone from an undisclosed location and called it revenge for the military operation in Swat. "
     "Hours later, unidentified persons blew up two CD shops in Tangi bazaar with explosives, causing no casualties. "
     "Charsadda has faced eleven bomb attacks since January.")
G = gold(7, "Daily Times",
    [sf("Police", ["Police", "policemen", "police"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [person("Sardar Ali", ["Sardar Ali"], ["Sub Inspector", "in charge of the checkpoint", "killed in the bombing"]),
     person("Qari Zubair Hamdard", ["Qari Zubair Hamdard"], ["spokesman of the Tehreek e Taliban Pakistan (TTP)"])],
    [place("Tangi", "town", KP, "Charsadda"),
     place("Charsadda District", "district", KP, "Charsadda"),
     place("North West Frontier Province", "province", KP, None),
     place("Swat", "district", KP, "Swat")],
    [],
    [I("a suicide bomber blew himself up at a police checkpoint", SUICIDE, "Bombing/Explosion",
       "Tehreek-e-Taliban Pakistan", "Police", KP, "Charsadda", "Tangi", 2, "on the afternoon of May 13", 9,
       {"security_forces": 4, "civilians": 5}, 22,
       "A suicide bombing at a police checkpoint 'on the outskirts of' Tangi, hence precision 2. 'At least nine "
       "persons' = 9; the bomber is not among them (the dead are the four policemen plus passersby and shopkeepers), "
       "so he is not added. The five non-police dead have civilian roles (passersby, shopkeepers). The TTP claim by "
       "phone makes TTP actor1. The text says NWFP, the name of Khyber Pakhtunkhwa before 2010, so admin1 is Khyber "
       "Pakhtunkhwa. Swat is only mentioned as the reason given."),
     I("unidentified persons blew up two CD shops in Tangi bazaar with explosives", IED, "Bombing/Explosion",
       UAG, None, KP, "Charsadda", "Tangi", 1, "Hours later", 0, {}, 0,
       "Two CD shops destroyed with explosives, 'causing no casualties', so killed and injured are 0. Only property "
       "was hit, so actor2 is null. The TTP claim covers the checkpoint bombing only. The count of eleven attacks "
       "since January is background.")])
REPORTS.append((7, T, G))

# ---------------------------------------------------------------- AN-08
T = ("Suspected militants shot dead a government schoolteacher, Muhammad Rahim (45), near his home in Shakardara village "
     "of Matta tehsil in Swat District on October 2, reports The News. Police said Rahim, who taught at the Government "
     "High School in Matta, had received threatening letters asking him to stop teaching girls at a private academy "
     "he ran in the evenings. In the early hours of the same day, militants blew up a government girls primary school "
     "in Kabal tehsil, destroying four classrooms; no one was present in the building at the time. Officials blamed "
     "both attacks on militants of the Tehreek e Nifaz e Shariat e Muhammadi (TNSM), but no one claimed "
     "responsibility. Separately, Security Forces (SFs) pounded suspected militant hideouts in the Peochar valley with "
     "artillery on the night of October 2, killing six militants, a military spokesman in Mingora claimed. The "
     "district administration imposed an indefinite curfew in Matta and Kabal tehsils on Friday. More than 90 schools "
     "have been destroyed or damaged in Swat over the past year.")
G = gold(8, "The News",
    [sf("Police", ["Police"]),
     ag("Tehreek-e-Nifaz-e-Shariat-e-Muhammadi", ["Tehreek e Nifaz e Shariat e Muhammadi", "TNSM"]),
     sf("Security Forces", ["Security Forces", "SFs"])],
    [person("Muhammad Rahim", ["Muhammad Rahim", "Rahim"], ["government schoolteacher", "taught at the Government High School in Matta", "shot dead"])],
    [place("Shakardara", "town", KP, "Swat"),
     place("Matta", "area", KP, "Swat"),
     place("Swat District", "district", KP, "Swat"),
     place("Kabal", "area", KP, "Swat"),
     place("Peochar", "area", KP, "Swat"),
     place("Mingora", "city", KP, "Swat")],
    [],
    [I("Suspected militants shot dead a government schoolteacher, Muhammad Rahim (45)", ATTACK, "Armed Assault",
       UAG, CIV, KP, "Swat", "Shakardara", 1, "on October 2", 1, {"civilians": 1}, None,
       "A teacher who had been threatened for teaching girls was shot near his home in Shakardara village. Officials "
       "'blamed' TNSM but 'no one claimed responsibility': blame is not a claim, so actor1 stays Unidentified and TNSM "
       "is only listed in actors. A teacher is a civilian role. Not a prominent figure, so Armed Assault."),
     I("militants blew up a government girls primary school in Kabal tehsil", IED, "Bombing/Explosion",
       UAG, None, KP, "Swat", "Kabal", 2, "In the early hours of the same day", 0, {}, 0,
       "A girls school destroyed with explosives; 'no one was present', so killed and injured are 0 and actor2 is null. "
       "Only the tehsil is given, hence precision 2. Unclaimed, so Unidentified (see the first incident)."),
     I("Security Forces (SFs) pounded suspected militant hideouts in the Peochar valley with artillery", SHELL, None,
       "Security Forces", UAG, KP, "Swat", "Peochar", 2, "on the night of October 2", 6, {"militants": 6}, None,
       "State artillery fire on hideouts; the toll of six militants is the military's claim, taken as stated. "
       "Long-range fire, so Shelling/artillery/missile attack; state action, so GTD null. A valley, hence precision "
       "2. The curfew reports no outcome and is not an incident; the 90 schools tally is background.")])
REPORTS.append((8, T, G))

# ---------------------------------------------------------------- AN-09
T = ("Two Frontier Corps (FC) soldiers were killed and three others injured when militants attacked an FC camp with "
     "automatic weapons and rocket propelled grenades in Dazen area of Tump tehsil in Kech District on the night of "
     "August 11, reports Dawn. FC officials said the troops returned fire and killed three of the attackers, whose "
     "bodies were later shifted to the Teaching Hospital in Turbat. The Balochistan Liberation Front (BLF) claimed "
     "responsibility for the attack in a statement sent to the media by its spokesman, Dostain Baloch. On the same "
     "day, the bullet riddled bodies of two labourers from Punjab, who had been abducted from a road construction site "
     "near Gomazi three days earlier, were found dumped in a dry stream bed on the outskirts of Tump, Levies officials "
     "said. They were identified as Muhammad Aslam and Shoukat Ali, residents of Rahim Yar Khan District. Since 2014, "
     "more than 40 construction workers from other provinces have been killed in the district.")
G = gold(9, "Dawn",
    [sf("Frontier Corps", ["Frontier Corps", "FC", "troops"]),
     ag("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
     sf("Levies", ["Levies"])],
    [person("Dostain Baloch", ["Dostain Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"]),
     person("Muhammad Aslam", ["Muhammad Aslam"], ["labourer from Punjab", "resident of Rahim Yar Khan District", "abducted and killed"]),
     person("Shoukat Ali", ["Shoukat Ali"], ["labourer from Punjab", "resident of Rahim Yar Khan District", "abducted and killed"])],
    [place("Dazen", "area", BA, "Kech"),
     place("Tump", "town", BA, "Kech"),
     place("Kech District", "district", BA, "Kech"),
     place("Turbat", "city", BA, "Kech"),
     place("Punjab", "province", PB, None),
     place("Gomazi", "town", BA, "Kech"),
     place("Rahim Yar Khan District", "district", PB, "Rahim Yar Khan")],
    [],
    [I("militants attacked an FC camp with automatic weapons and rocket propelled grenades", CLASH, "Armed Assault",
       "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Dazen", 1, "on the night of August 11", 5,
       {"security_forces": 2, "militants": 3}, 3,
       "An assault on an FC camp with gunfire and RPGs; the FC returned fire. Two FC soldiers and three attackers were "
       "killed, reported in different sentences. Injured = 3 (FC). The BLF statement claims 'the attack', so BLF is "
       "actor1."),
     I("the bullet riddled bodies of two labourers from Punjab, who had been abducted from a road construction site "
       "near Gomazi three days earlier, were found", ATTACK, "Hostage Taking (Kidnapping)", UAG, CIV, BA, "Kech",
       "Tump", 2, "On the same day", 2, {"civilians": 2}, None,
       "Two labourers abducted near Gomazi were found shot dead 'on the outskirts of' Tump (precision 2); abducted and "
       "later killed, so Attack with GTD Kidnapping. The date is the day the bodies were found. Labourers are a "
       "civilian role. The BLF claim covers only the camp attack, so this is Unidentified. The tally since 2014 is "
       "background.")])
REPORTS.append((9, T, G))

# ---------------------------------------------------------------- AN-10
T = ("A Christian shopkeeper, identified as Nadeem Masih (38), was shot dead by two motorcyclists outside his cosmetics "
     "shop in Gulbahar area, within the jurisdiction of the Gulbahar Police Station in Peshawar, on the evening of "
     "March 3, reports The Express Tribune. Police said the assailants fired six shots at Masih as he was pulling down "
     "the shutter of his shop and fled through the narrow streets of the locality. He was rushed to the Lady Reading "
     "Hospital, where doctors pronounced him dead on arrival. A day later, the Islamic State Khorasan Province (ISKP) "
     "claimed the killing through a post on social media, describing the victim as an enemy of Islam. Leaders of the "
     "Christian community said they had been receiving threats for months and demanded protection for minorities. The "
     "Chief Minister condemned the killing and directed the police to arrest the culprits within a week. Two Christian "
     "brothers were killed in a similar attack in the city last year.")
G = gold(10, "The Express Tribune",
    [sf("Police", ["Police", "police"]),
     ag("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"])],
    [person("Nadeem Masih", ["Nadeem Masih", "Masih"], ["Christian shopkeeper", "shot dead"])],
    [place("Gulbahar", "area", KP, "Peshawar"),
     place("Peshawar", "city", KP, "Peshawar")],
    [],
    [I("A Christian shopkeeper, identified as Nadeem Masih (38), was shot dead by two motorcyclists", ATTACK,
       "Armed Assault", "Islamic State-Khorasan Province", CIV, KP, "Peshawar", "Gulbahar", 1,
       "on the evening of March 3", 1, {"civilians": 1}, None,
       "A Christian shopkeeper shot outside his shop in Gulbahar (Gulbahar Police Station area). ISKP claimed it a day "
       "later on social media, so it is actor1 although the text first says only 'two motorcyclists'. A shopkeeper is "
       "a civilian role; targeted for his faith, not as a prominent person, so Armed Assault. The community's demand, "
       "the Chief Minister's condemnation and the killing of two brothers 'last year' are background, not incidents.")])
REPORTS.append((10, T, G))
