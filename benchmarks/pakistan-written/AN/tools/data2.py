from common import *

REPORTS = []

# ---------------------------------------------------------------- AN-11
T = ("Two policemen were killed and five others injured as police launched an operation against the Sabzal Dashti gang "
     "in the riverine Kacha area of Rojhan tehsil in south Punjab on April 4, reports The Nation. "
     "According to the District Police Officer, four dacoits, including the gangs second in command, Jumma Dashti, were "
     "killed in the exchange of fire, which continued for nearly six hours. The slain policemen were identified as Head "
     "Constable Ameer Bakhsh and Constable Zafar Hussain. Police also recovered two rocket launchers and a dozen "
     "Kalashnikovs from a hideout in the area. Two days later, the gang abducted six labourers working on a flood "
     "protection embankment near Kotla Andrun village and demanded the release of its arrested members in exchange, "
     "police sources said. Contingents of the Punjab Rangers have been called in to assist the police. The gang is "
     "wanted in more than 100 cases of murder, kidnapping for ransom and highway robbery.")
G = gold(11, "The Nation",
    [sf("Police", ["policemen", "police", "Police"]),
     actor("Sabzal Dashti Gang", "political_militia", 3, ["Sabzal Dashti gang"]),
     sf("Punjab Rangers", ["Punjab Rangers"])],
    [person("Jumma Dashti", ["Jumma Dashti"], ["second in command of the Sabzal Dashti gang", "killed in the operation"]),
     person("Ameer Bakhsh", ["Ameer Bakhsh"], ["Head Constable", "killed in the operation"]),
     person("Zafar Hussain", ["Zafar Hussain"], ["Constable", "killed in the operation"]),
     person("Sabzal Dashti", ["Sabzal Dashti"], ["leader of the Sabzal Dashti gang (implied by its name)"])],
    [place("Kacha", "area", PB, "Rajanpur"),
     place("Rojhan", "area", PB, "Rajanpur"),
     place("Punjab", "province", PB, None),
     place("Kotla Andrun", "town", PB, "Rajanpur")],
    [],
    [I("police launched an operation against the Sabzal Dashti gang", CLASH, None, "Police", "Sabzal Dashti Gang",
       PB, "Rajanpur", "Rojhan", 2, "on April 4", 6, {"security_forces": 2}, 5,
       "A police operation against a dacoit gang in the Kacha (riverine) area of Rojhan tehsil: two policemen and four "
       "dacoits killed, reported in different sentences, so killed = 6. Dacoits are criminals, not militants or "
       "civilians, so only the two policemen get a side. Five injured (by context policemen; no side is kept for "
       "injured). The state started it, so GTD null. Tehsil level, hence precision 2. The text names the tehsil but not its "
       "district; Rojhan tehsil is in Rajanpur District (general knowledge), so admin2 is Rajanpur. The weapons "
       "recovered are part of the operation."),
     I("the gang abducted six labourers working on a flood protection embankment", ABDUCT,
       "Hostage Taking (Kidnapping)", "Sabzal Dashti Gang", CIV, PB, "Rajanpur", "Kotla Andrun", 2, "Two days later",
       0, {}, None,
       "Six labourers seized 'near' Kotla Andrun village and held to bargain for the release of arrested gang members: "
       "Abduction/forced disappearance, GTD Kidnapping. The text names the gang as the abductor. 'Near', hence "
       "precision 2. The Rangers deployment and the gang's record are background.")])
REPORTS.append((11, T, G))

# ---------------------------------------------------------------- AN-12
T = ("A policeman was killed and seven people, including two traffic wardens, were injured when a bomb planted in a "
     "parked motorcycle went off near a police picket on Ferozepur Road in Lahore, the provincial capital of Punjab, on "
     "the evening of July 24, reports Dawn. Deputy Inspector General (DIG) Operations Kamran Butt said about four "
     "kilogrammes of explosives had been used and the device was detonated by remote control. The slain constable, "
     "Arshad Mehmood, was on duty at the picket near Kalma Chowk, and the injured were taken to the Jinnah Hospital. No "
     "group claimed responsibility for the blast. In an unrelated raid on the outskirts of the city on July 26, the "
     "Counter Terrorism Department (CTD) arrested five suspected members of Lashkar e Jhangvi Al Alami from a house in "
     "Manga Mandi and seized 15 kilogrammes of explosives, detonators and a suicide vest. A CTD spokesman said the "
     "suspects were planning attacks on religious gatherings during Muharram.")
G = gold(12, "Dawn",
    [sf("Police", ["policeman", "police"]),
     sf("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     ag("Lashkar-e-Jhangvi al-Alami", ["Lashkar e Jhangvi Al Alami"])],
    [person("Kamran Butt", ["Kamran Butt"], ["Deputy Inspector General (DIG) Operations"]),
     person("Arshad Mehmood", ["Arshad Mehmood"], ["constable on duty at the picket", "killed in the blast"])],
    [place("Ferozepur Road", "area", PB, "Lahore"),
     place("Lahore", "city", PB, "Lahore"),
     place("Punjab", "province", PB, None),
     place("Kalma Chowk", "area", PB, "Lahore"),
     place("Manga Mandi", "town", PB, "Lahore")],
    [],
    [I("a bomb planted in a parked motorcycle went off near a police picket", IED, "Bombing/Explosion", UAG, "Police",
       PB, "Lahore", "Ferozepur Road", 1, "on the evening of July 24", 1, {"security_forces": 1}, 7,
       "A remote-controlled motorcycle bomb by a police picket on Ferozepur Road (near Kalma Chowk). One policeman "
       "killed; seven people injured, including two traffic wardens (no side is kept for the injured). Unclaimed, so "
       "Unidentified; the picket was the target, so actor2 is Police."),
     I("the Counter Terrorism Department (CTD) arrested five suspected members of Lashkar e Jhangvi Al Alami", ARRESTS,
       None, "Counter Terrorism Department", "Lashkar-e-Jhangvi al-Alami", PB, "Lahore", "Manga Mandi", 1,
       "on July 26", 0, {}, None,
       "An 'unrelated raid', so its own Arrests incident; the explosives and suicide vest were seized in the same raid "
       "and are part of this record. The house is in Manga Mandi, named as the place ('on the outskirts of the city' "
       "describes where Manga Mandi lies), so precision 1. The plan to attack Muharram gatherings is what the CTD said, "
       "not an event.")])
REPORTS.append((12, T, G))

# ---------------------------------------------------------------- AN-13
T = ("Two suspected militants were killed in an exchange of fire with a team of the Counter Terrorism Department (CTD) "
     "of Islamabad police near Bhara Kahu, on the outskirts of the federal capital, in the early hours of January 29, "
     "reports Dawn. A police spokesman said the CTD team signalled a car to stop at a picket on the Murree Road, but its "
     "occupants opened fire and tried to escape towards Simly Dam. A CTD constable, Waqas Ahmed, received bullet wounds "
     "and was shifted to the Pakistan Institute of Medical Sciences, where his condition was stated to be out of "
     "danger. A Kalashnikov, two pistols, hand grenades and a suicide vest were found in the car. The spokesman said the "
     "dead men were members of the Tehreek e Taliban Pakistan (TTP) who had come from Bajaur District to carry out an "
     "attack in the capital; one of them was identified as Amjad alias Qasim. A third man, who escaped on foot, is "
     "being searched for. Islamabad police have stepped up checking at all entry points to the city since a suicide "
     "attack last year.")
G = gold(13, "Dawn",
    [sf("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     sf("Police", ["police"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [person("Waqas Ahmed", ["Waqas Ahmed"], ["CTD constable", "injured"]),
     person("Amjad", ["Amjad", "Qasim"], ["suspected TTP militant killed in the encounter", "alias Qasim"])],
    [place("Bhara Kahu", "town", ICT, "Islamabad"),
     place("Murree Road", "area", ICT, "Islamabad"),
     place("Simly Dam", "area", ICT, "Islamabad"),
     place("Bajaur District", "district", KP, "Bajaur"),
     place("Islamabad", "city", ICT, "Islamabad")],
    [],
    [I("Two suspected militants were killed in an exchange of fire with a team of the Counter Terrorism Department "
       "(CTD) of Islamabad police", CLASH, None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", ICT,
       "Islamabad", "Bhara Kahu", 2, "in the early hours of January 29", 2, {"militants": 2}, 1,
       "A car stopped at a CTD picket; the occupants fired and two were killed, one CTD constable was injured. It arose "
       "from a state checking operation, so GTD null (as in other raid and search cases). Police said the dead were "
       "TTP members, so TTP is actor2 (an affiliation stated by the security side, as for the CTD encounter in the dev "
       "set). 'Near' Bhara Kahu, hence precision 2. admin1 is written as Islamabad Capital Territory. The weapons and "
       "vest are part of the event; the search for the third man and the earlier suicide attack are background.")])
REPORTS.append((13, T, G))

# ---------------------------------------------------------------- AN-14
T = ("Four soldiers were killed and six others injured when a remote controlled improvised explosive device (IED) struck "
     "a military convoy on the Jandola Sararogha road in South Waziristan Agency of the Federally Administered Tribal "
     "Areas (FATA) on June 5, reports The Express Tribune. Officials said the convoy was carrying supplies to a post in "
     "Sararogha when the device, planted in a culvert, blew up a pick up truck. Soon after the blast, militants hiding "
     "in the nearby hills opened fire on the convoy, and the troops returned fire. Security officials claimed that at "
     "least a dozen militants were killed in the retaliatory action, a figure that could not be verified independently "
     "as the media has no access to the area. In a separate incident on June 6, militants fired several mortar shells "
     "at the Ladha fort, but no loss of life was reported. The Mehsud faction of the Tehreek e Taliban Pakistan (TTP) "
     "claimed both attacks in phone calls to reporters in Peshawar.")
G = gold(14, "The Express Tribune",
    [sf("Security Forces", ["soldiers", "troops"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
     ag("Tehreek-e-Taliban Pakistan (Mehsud faction)", ["Mehsud faction"])],
    [],
    [place("Jandola Sararogha road", "area", KP, "South Waziristan"),
     place("South Waziristan Agency", "district", KP, "South Waziristan"),
     place("Federally Administered Tribal Areas", "area", KP, None),
     place("Sararogha", "town", KP, "South Waziristan"),
     place("Ladha", "town", KP, "South Waziristan"),
     place("Peshawar", "city", KP, "Peshawar")],
    [],
    [I("a remote controlled improvised explosive device (IED) struck a military convoy", IED, "Bombing/Explosion",
       "Tehreek-e-Taliban Pakistan (Mehsud faction)", "Security Forces", KP, "South Waziristan",
       "Jandola Sararogha road", 2, "on June 5", 4, {"security_forces": 4}, 6,
       "A remote-controlled IED in a culvert hit a supply convoy: four soldiers killed, six injured (side not stated "
       "for the injured). The Mehsud faction of TTP claimed 'both attacks', read as this convoy attack and the mortar "
       "attack. The place is a road between two towns, so the road is the location with precision 2. Text places it "
       "in FATA; admin1 coded Khyber Pakhtunkhwa."),
     I("militants hiding in the nearby hills opened fire on the convoy", CLASH, "Armed Assault",
       "Tehreek-e-Taliban Pakistan (Mehsud faction)", "Security Forces", KP, "South Waziristan",
       "Jandola Sararogha road", 2, "Soon after the blast", 12, {"militants": 12}, None,
       "Judgement call: the gunfight after the blast is coded as its own Armed clash, because its type (gunfire both "
       "ways) and its toll differ from the IED's; it could also be merged into the convoy attack. 'At least a dozen "
       "militants' = 12, an unverified official claim taken as stated. The militants opened fire, so GTD Armed "
       "Assault; the claim of 'both attacks' is read as covering the whole convoy attack, so actor1 is the Mehsud "
       "faction."),
     I("militants fired several mortar shells at the Ladha fort", SHELL, "Bombing/Explosion",
       "Tehreek-e-Taliban Pakistan (Mehsud faction)", "Security Forces", KP, "South Waziristan", "Ladha", 1,
       "on June 6", 0, {}, None,
       "Mortar fire on a military fort with no gunfire reported, so Shelling/artillery/missile attack. 'No loss of "
       "life', so killed = 0; injuries are not mentioned, so injured is null. The fort is a military post, so actor2 "
       "is Security Forces.")])
REPORTS.append((14, T, G))

# ---------------------------------------------------------------- AN-15
T = ("Unidentified gunmen riding a motorcycle shot dead a Shia cloth merchant, Syed Qaiser Abbas (50), at his shop in "
     "Topanwala Bazaar in Dera Ismail Khan city on the evening of November 17, reports Dawn. Officials of the City "
     "Police Station said the attackers fired a volley of shots at Abbas, who died on the spot, and fled towards "
     "Circular Road before other traders could react. His son, Syed Jawad, who was sitting beside him, suffered minor "
     "injuries. \"This is another link in the chain of sectarian target killings in the district,\" a senior police "
     "official said, adding that a special team had been formed to trace the killers. Traders in the bazaar pulled down "
     "their shutters for the rest of the day in mourning. According to police records, 16 members of the Shia "
     "community have been killed in target attacks in the district this year.")
G = gold(15, "Dawn",
    [sf("Police", ["police"])],
    [person("Syed Qaiser Abbas", ["Syed Qaiser Abbas", "Abbas"], ["Shia cloth merchant", "shot dead"]),
     person("Syed Jawad", ["Syed Jawad"], ["son of Syed Qaiser Abbas", "injured"])],
    [place("Topanwala Bazaar", "area", KP, "Dera Ismail Khan"),
     place("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
     place("Circular Road", "area", KP, "Dera Ismail Khan")],
    [quote("unnamed senior police official", "This is another link in the chain of sectarian target killings")],
    [I("Unidentified gunmen riding a motorcycle shot dead a Shia cloth merchant, Syed Qaiser Abbas (50)", ATTACK,
       "Armed Assault", UAG, CIV, KP, "Dera Ismail Khan", "Topanwala Bazaar", 1, "on the evening of November 17", 1,
       {"civilians": 1}, 1,
       "A sectarian target killing of a Shia merchant at his shop; his son was slightly injured. A merchant is a "
       "civilian role. Chosen for his sect, not as a prominent person, so Armed Assault. The traders closing their "
       "shops 'in mourning' is not a protest and is not coded; the tally of 16 Shias killed this year is background.")])
REPORTS.append((15, T, G))

# ---------------------------------------------------------------- AN-16
T = ("Militants fired at least eight rockets at the Frontier Corps (FC) camp and adjoining areas of Kohlu town in "
     "Balochistan on the night of January 9, 2007, injuring two FC personnel and a child, reports Daily Times. Two of "
     "the rockets landed in a residential area near the main bazaar, damaging a house and a shop. A spokesman for the "
     "Baloch Liberation Army (BLA), who gave his name as Shahmir Baloch, called local journalists from an undisclosed "
     "location and claimed responsibility for the attack. Earlier on the same day, two Levies personnel were killed "
     "when their vehicle hit a landmine near Kahan, about 60 kilometres east of Kohlu town. Levies Risaldar Shah Nawaz "
     "said the mine had been planted on a dirt track regularly used by Levies patrols. The BLA spokesman did not "
     "mention the landmine blast. The area has been the scene of a military operation against Marri militants since "
     "2006.")
G = gold(16, "Daily Times",
    [sf("Frontier Corps", ["Frontier Corps", "FC"]),
     ag("Balochistan Liberation Army", ["Baloch Liberation Army", "BLA"]),
     sf("Levies", ["Levies"])],
    [person("Shahmir Baloch", ["Shahmir Baloch"], ["spokesman of the Baloch Liberation Army (BLA)"]),
     person("Shah Nawaz", ["Shah Nawaz"], ["Levies Risaldar"])],
    [place("Kohlu", "town", BA, "Kohlu"),
     place("Balochistan", "province", BA, None),
     place("Kahan", "town", BA, "Kohlu")],
    [],
    [I("Militants fired at least eight rockets at the Frontier Corps (FC) camp and adjoining areas of Kohlu town",
       SHELL, "Bombing/Explosion", "Balochistan Liberation Army", "Frontier Corps", BA, "Kohlu", "Kohlu", 1,
       "on the night of January 9, 2007", 0, {}, 3,
       "Rocket fire on an FC camp and the town, with no gunfire, so Shelling/artillery/missile attack. Two FC "
       "personnel and a child injured; no deaths reported, so killed = 0. The BLA spokesman claimed it by phone, so "
       "BLA is actor1 (the text's 'Baloch Liberation Army' is read as the Balochistan Liberation Army). The date "
       "carries a year."),
     I("two Levies personnel were killed when their vehicle hit a landmine", IED, "Bombing/Explosion", UAG, "Levies",
       BA, "Kohlu", "Kahan", 2, "Earlier on the same day", 2, {"security_forces": 2}, None,
       "A landmine on a track used by Levies patrols, 'near' Kahan, hence precision 2. The text says the BLA spokesman "
       "'did not mention' this blast, so it stays Unidentified. Kahan lies in Kohlu District (general knowledge). The "
       "military operation 'since 2006' is background; 'Marri militants' names a tribe, not an organisation.")])
REPORTS.append((16, T, G))

# ---------------------------------------------------------------- AN-17
T = ("Unidentified gunmen shot dead a pro government tribal elder, Malik Sher Bahadur (62), and his nephew, Sajid Khan, "
     "near their hujra in Kada Kor village of Safi tehsil in Mohmand Agency of the Federally Administered Tribal Areas "
     "(FATA) on the morning of October 27, reports The News. Sher Bahadur had headed the local peace committee that "
     "helped the Frontier Corps (FC) drive militants out of the area in 2010. The bodies were taken to the agency "
     "headquarters hospital in Ghalanai. No group claimed the killing, but officials suspected militants who had fled "
     "across the border to Afghanistan. On the night of October 28, militants from across the border fired more than a "
     "dozen mortar shells at FC posts near the Afghan border in Baizai tehsil, injuring three FC personnel and a woman, "
     "an FC official said. The official said most of the shells landed in empty fields. At least 11 members of peace "
     "committees have been killed in the agency since January.")
G = gold(17, "The News",
    [sf("Frontier Corps", ["Frontier Corps", "FC"])],
    [person("Sher Bahadur", ["Malik Sher Bahadur", "Sher Bahadur"], ["pro government tribal elder", "former head of the local peace committee", "shot dead"]),
     person("Sajid Khan", ["Sajid Khan"], ["nephew of Malik Sher Bahadur", "shot dead"])],
    [place("Kada Kor", "town", KP, "Mohmand"),
     place("Safi", "area", KP, "Mohmand"),
     place("Mohmand Agency", "district", KP, "Mohmand"),
     place("Federally Administered Tribal Areas", "area", KP, None),
     place("Ghalanai", "town", KP, "Mohmand"),
     place("Afghanistan", "country", None, None),
     place("Baizai", "area", KP, "Mohmand")],
    [],
    [I("Unidentified gunmen shot dead a pro government tribal elder, Malik Sher Bahadur (62), and his nephew, Sajid "
       "Khan", ATTACK, "Assassination", UAG, CIV, KP, "Mohmand", "Kada Kor", 1, "on the morning of October 27", 2,
       {"civilians": 1}, None,
       "A targeted killing of a named pro-government elder, so GTD Assassination. Killed by side: the elder is coded a "
       "civilian (a tribal elder; he had headed the peace committee in the past, but the text does not make him a "
       "serving militiaman). The nephew has no stated status and is not a bodyguard, so he gets no side; killed = 2. "
       "'near their hujra in Kada Kor village': the village itself, precision 1. Officials only 'suspected' militants, "
       "so Unidentified. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa."),
     I("militants from across the border fired more than a dozen mortar shells at FC posts", SHELL,
       "Bombing/Explosion", UAG, "Frontier Corps", KP, "Mohmand", "Baizai", 2, "On the night of October 28", 0, {}, 4,
       "Cross-border mortar fire from Afghanistan on FC posts 'near the Afghan border in Baizai tehsil' (tehsil level, "
       "precision 2). Three FC personnel and a woman injured. The firers are 'militants', unnamed, so Unidentified; "
       "the incident is placed where the shells fell, in Pakistan. The tally of peace committee members killed is "
       "background.")])
REPORTS.append((17, T, G))

# ---------------------------------------------------------------- AN-18
T = ("At least 17 militants were killed as fighters of Lashkar e Islam (LI) and the rival Ansarul Islam (AI) fought for "
     "control of strategic heights in the Maidan area of Tirah valley in Khyber Agency on May 2 and 3, reports Dawn. "
     "Local sources said the fighting erupted when LI fighters led by their commander, Haji Zarnosh, attacked AI "
     "positions on the Zor Sar ridge, and it continued through the night. An AI spokesman, Qari Ataullah, told "
     "reporters by telephone that eleven LI fighters had been killed. He said his group had lost six men, including a "
     "local commander, Mufti Shaukat. LI could not be reached for comment. The two groups have fought on and off in "
     "Tirah since 2008, and the valley remains closed to journalists.")
G = gold(18, "Dawn",
    [ag("Lashkar-e-Islam", ["Lashkar e Islam", "LI"]),
     ag("Ansar-ul-Islam", ["Ansarul Islam", "AI"])],
    [person("Haji Zarnosh", ["Haji Zarnosh"], ["commander of Lashkar e Islam (LI)"]),
     person("Qari Ataullah", ["Qari Ataullah"], ["spokesman of Ansarul Islam (AI)"]),
     person("Mufti Shaukat", ["Mufti Shaukat"], ["local commander of Ansarul Islam", "killed in the fighting"])],
    [place("Maidan", "area", KP, "Khyber"),
     place("Tirah", "area", KP, "Khyber"),
     place("Khyber Agency", "district", KP, "Khyber"),
     place("Zor Sar", "area", KP, "Khyber")],
    [],
    [I("fighters of Lashkar e Islam (LI) and the rival Ansarul Islam (AI) fought for control of strategic heights",
       CLASH, None, "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Maidan", 2, "on May 2 and 3", 17,
       {"militants": 17}, None,
       "Two militant groups fought over heights in Tirah's Maidan area; LI attacked AI positions on the Zor Sar ridge, "
       "so LI is actor1. 'At least 17 militants' = 11 LI + 6 AI, given by side in separate sentences by the AI "
       "spokesman; all are militants. No territory is said to have changed hands, so Armed clash. Fighting between "
       "armed groups is not coded as terrorism, so GTD null. An area of a valley, hence precision 2. The fighting since "
       "2008 is background.")])
REPORTS.append((18, T, G))

# ---------------------------------------------------------------- AN-19
T = ("A sepoy of the Gilgit Baltistan Scouts and a civilian driver were shot dead when unidentified gunmen ambushed a "
     "jeep carrying Scouts personnel on the Karakoram Highway near Thor, about 30 kilometres south of Chilas in Diamer "
     "District of Gilgit Baltistan, on July 8, 2022, reports Pakistan Today. Diamer Superintendent of Police (SP) "
     "Ashfaq Hussain Shah said the attackers fired from the mountainside and fled into the Thor valley. Two other "
     "Scouts personnel were injured and airlifted to the Combined Military Hospital in Gilgit. Police and Scouts later "
     "launched a search operation in the valley and arrested five suspects in connection with the attack, the SP said. "
     "Traffic on the highway remained suspended for six hours. The highway has been targeted in the district before, "
     "and police had recently increased patrolling on the stretch.")
G = gold(19, "Pakistan Today",
    [sf("Gilgit-Baltistan Scouts", ["Gilgit Baltistan Scouts", "Scouts"]),
     sf("Police", ["Police", "police"])],
    [person("Ashfaq Hussain Shah", ["Ashfaq Hussain Shah"], ["Diamer Superintendent of Police (SP)"])],
    [place("Karakoram Highway", "area", GB, "Diamer"),
     place("Thor", "town", GB, "Diamer"),
     place("Chilas", "town", GB, "Diamer"),
     place("Diamer District", "district", GB, "Diamer"),
     place("Gilgit Baltistan", "province", GB, None),
     place("Gilgit", "city", GB, "Gilgit")],
    [],
    [I("unidentified gunmen ambushed a jeep carrying Scouts personnel", CLASH, "Armed Assault", UAG,
       "Gilgit-Baltistan Scouts", GB, "Diamer", "Thor", 2, "on July 8, 2022", 2,
       {"security_forces": 1, "civilians": 1}, 2,
       "An ambush on a Scouts jeep on the Karakoram Highway 'near' Thor (precision 2): one Scouts sepoy and a civilian "
       "driver killed, two Scouts personnel injured. An attack on a state force, so Battles/Armed clash with GTD "
       "Armed Assault. The five arrests were made 'in connection with the attack', so they are part of this record, "
       "not a separate Arrests incident. admin1 is written Gilgit-Baltistan.")])
REPORTS.append((19, T, G))

# ---------------------------------------------------------------- AN-20
T = ("A woman was killed and four other civilians, including two children, were injured when Indian troops resorted to "
     "unprovoked shelling along the Line of Control (LoC) in the Nakyal sector of Kotli District in Azad Jammu and "
     "Kashmir (AJK) on August 15, reports Dawn. According to Inter Services Public Relations (ISPR), the Indian troops "
     "targeted the civilian population of Dhanna Kas village with mortars, and the woman, Shamim Akhtar (35), died when "
     "a shell hit her house. \"Pakistan Army responded befittingly, targeting the Indian posts which had initiated the "
     "fire,\" the ISPR said. On the following day, two Pakistani soldiers, Naik Zulfiqar Ali and Sepoy Adnan Rafique, "
     "were injured in an exchange of fire between the two armies in the Battal sector of Poonch District. The Foreign "
     "Office summoned the Indian deputy high commissioner to lodge a protest over the ceasefire violations. According "
     "to the ISPR, India has committed more than 1,900 ceasefire violations along the LoC this year.")
G = gold(20, "Dawn",
    [actor("Indian Army", "state_force", 8, ["Indian troops"]),
     sf("Inter Services Public Relations", ["Inter Services Public Relations", "ISPR"]),
     sf("Pakistan Army", ["Pakistan Army", "Pakistani soldiers"])],
    [person("Shamim Akhtar", ["Shamim Akhtar"], ["woman killed by shelling in Dhanna Kas village"]),
     person("Zulfiqar Ali", ["Zulfiqar Ali"], ["Naik", "Pakistani soldier injured"]),
     person("Adnan Rafique", ["Adnan Rafique"], ["Sepoy", "Pakistani soldier injured"])],
    [place("Line of Control", "area", None, None),
     place("Nakyal", "area", AJK, "Kotli"),
     place("Kotli District", "district", AJK, "Kotli"),
     place("Azad Jammu and Kashmir", "province", AJK, None),
     place("Dhanna Kas", "town", AJK, "Kotli"),
     place("Battal", "area", AJK, "Poonch"),
     place("Poonch District", "district", AJK, "Poonch"),
     place("India", "country", None, None)],
    [quote("Inter Services Public Relations", "Pakistan Army responded befittingly")],
    [I("Indian troops resorted to unprovoked shelling along the Line of Control (LoC)", SHELL, None, "Indian Army", CIV,
       AJK, "Kotli", "Dhanna Kas", 1, "on August 15", 1, {"civilians": 1}, 4,
       "Cross-LoC mortar fire on Dhanna Kas village in the Nakyal sector: one woman killed, four civilians injured. "
       "'four other civilians' marks the woman as a civilian too. Indian troops are a foreign state force (inter 8); "
       "they are listed because they are the perpetrator (the rule leaving out foreign forces is read as applying to "
       "those named only as victims or accusers). State shelling, so GTD null. Pakistan's retaliatory fire is part of "
       "the same exchange and reports no outcome, so it is not a separate incident."),
     I("two Pakistani soldiers, Naik Zulfiqar Ali and Sepoy Adnan Rafique, were injured in an exchange of fire between "
       "the two armies", CLASH, None, "Indian Army", "Pakistan Army", AJK, "Poonch", "Battal", 2,
       "On the following day", 0, {}, 2,
       "An exchange of fire between the two armies in the Battal sector (a sector, hence precision 2); two Pakistani "
       "soldiers injured. Who fired first is not stated; Indian Army is actor1 as the side the report accuses of "
       "ceasefire violations. Between state armies, so GTD null. The Foreign Office protest and the yearly tally of "
       "ceasefire violations are background (diplomatic, not coded).")])
REPORTS.append((20, T, G))
