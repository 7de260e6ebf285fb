from common import *

REPORTS = []

# ---------------------------------------------------------------- AN-21
T = ("An activist of the Awami National Party (ANP), identified as Gul Rehman (34), was shot dead in a targeted attack "
     "near Banaras Chowk, within the jurisdiction of the Pirabad Police Station in Karachi, on August 30, reports The "
     "Nation. Police said the victim was sitting at a tea stall when two men on a motorcycle fired at him and escaped. "
     "ANP leaders blamed a rival political party for the killing and announced three days of mourning. Two days later, "
     "personnel of the Pakistan Rangers, Sindh arrested four suspected target killers, including a man identified as "
     "Shahid alias Kala, during a raid in Sector 11 of Orangi Town and recovered two Kalashnikovs, four pistols and "
     "hundreds of rounds of ammunition. A Rangers spokesman said the suspects had confessed to involvement in at least "
     "15 killings in different parts of the city. More than 60 political workers have been killed in Karachi since the "
     "start of the year.")
G = gold(21, "The Nation",
    [sf("Police", ["Police"]),
     sf("Pakistan Rangers", ["Pakistan Rangers", "Rangers"])],
    [person("Gul Rehman", ["Gul Rehman"], ["activist of the Awami National Party (ANP)", "shot dead"]),
     person("Shahid", ["Shahid", "Kala"], ["suspected target killer arrested by the Rangers", "alias Kala"])],
    [place("Banaras Chowk", "area", SD, "Karachi"),
     place("Pirabad", "area", SD, "Karachi"),
     place("Karachi", "city", SD, "Karachi"),
     place("Sector 11", "area", SD, "Karachi"),
     place("Orangi Town", "area", SD, "Karachi")],
    [],
    [I("An activist of the Awami National Party (ANP), identified as Gul Rehman (34), was shot dead in a targeted "
       "attack", ATTACK, "Armed Assault", UAG, CIV, SD, "Karachi", "Banaras Chowk", 2, "on August 30", 1,
       {"civilians": 1}, None,
       "A party activist shot at a tea stall 'near' Banaras Chowk (Pirabad Police Station area), hence precision 2. A "
       "party worker is a civilian role; not a prominent figure, so Armed Assault. ANP is a party named only as the "
       "victim's and as an accuser, so it is not listed; the 'rival political party' it blamed is unnamed, so actor1 "
       "is Unidentified."),
     I("personnel of the Pakistan Rangers, Sindh arrested four suspected target killers", ARRESTS, None,
       "Pakistan Rangers", UAG, SD, "Karachi", "Sector 11", 1, "Two days later", 0, {}, None,
       "A Rangers raid in Sector 11, Orangi Town. The text does not tie these arrests to Gul Rehman's killing (only to "
       "'15 killings in different parts of the city'), so it is its own Arrests incident. The suspects' group is not "
       "named, so actor2 is Unidentified. The weapons are part of the raid. The tally of political workers killed is "
       "background.")])
REPORTS.append((21, T, G))

# ---------------------------------------------------------------- AN-22
T = ("A low intensity explosive device damaged about two feet of the railway track near a level crossing on the "
     "outskirts of Jacobabad in Sindh in the early hours of June 14, reports The Express Tribune. Railway police said "
     "the blast took place about half an hour before the Quetta bound Jaffar Express was due to pass, and the train was "
     "held at Jacobabad station for three hours until the track was repaired. The Sindhudesh Revolutionary Army (SRA) "
     "claimed the railway blast in a post on social media, calling it a protest against the construction of new "
     "settlements in Sindh. On the same night, a cracker attack damaged the gate of a National Database and "
     "Registration Authority (NADRA) office in Larkana; no one was hurt. Police said the two blasts appeared to be "
     "linked but no claim had been received for the Larkana attack. The SRA, a banned separatist outfit, has carried "
     "out dozens of low intensity attacks on railway tracks and government offices in upper Sindh over the past "
     "decade.")
G = gold(22, "The Express Tribune",
    [sf("Police", ["police", "Police"]),
     ag("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"])],
    [],
    [place("Jacobabad", "city", SD, "Jacobabad"),
     place("Sindh", "province", SD, None),
     place("Quetta", "city", BA, "Quetta"),
     place("Larkana", "city", SD, "Larkana")],
    [],
    [I("A low intensity explosive device damaged about two feet of the railway track", IED, "Bombing/Explosion",
       "Sindhudesh Revolutionary Army", None, SD, "Jacobabad", "Jacobabad", 2, "in the early hours of June 14", 0, {},
       None,
       "A small bomb damaged a railway track 'on the outskirts of' Jacobabad, hence precision 2. The SRA claimed 'the "
       "railway blast' on social media, so it is actor1. Infrastructure only, so actor2 is null; explosives, so GTD "
       "Bombing/Explosion. The SRA's 'protest' is its stated motive, not a protest event. Quetta is only the train's "
       "destination."),
     I("a cracker attack damaged the gate of a National Database and Registration Authority (NADRA) office", IED,
       "Bombing/Explosion", UAG, None, SD, "Larkana", "Larkana", 1, "On the same night", 0, {}, 0,
       "A 'cracker' (small explosive) damaged a NADRA office gate; 'no one was hurt', so killed and injured are 0. "
       "Police think the blasts are linked, but 'no claim had been received for the Larkana attack', so it stays "
       "Unidentified. NADRA is a civil agency and is not listed. The SRA's past attacks are background.")])
REPORTS.append((22, T, G))

# ---------------------------------------------------------------- AN-23
T = ("Two personnel of the Border Military Police (BMP) were martyred and three others injured when around 15 heavily "
     "armed terrorists attacked the BMP check post at Zain Kach in the Koh e Suleman tribal belt of Dera Ghazi Khan "
     "District in Punjab on the night of March 19, reports Dawn. A police spokesman said the BMP men repulsed the "
     "attack after a gun battle lasting about two hours, and the attackers fled towards the Khyber Pakhtunkhwa "
     "boundary, leaving behind the body of one of their comrades. The Tehreek e Taliban Pakistan (TTP) claimed the "
     "attack in a message on its Telegram channel. The martyred men were identified as Sepoy Ghulam Farid and Sepoy "
     "Manzoor Ahmed of the BMP. During a search operation in the area on March 21, the Counter Terrorism Department "
     "(CTD) recovered two rocket launchers, four sub machine guns and a large quantity of ammunition hidden in a cave "
     "near Fort Munro, officials said. It was the third attack on BMP posts in the tribal belt this year.")
G = gold(23, "Dawn",
    [sf("Border Military Police", ["Border Military Police", "BMP"]),
     sf("Police", ["police"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
     sf("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    [person("Ghulam Farid", ["Ghulam Farid"], ["Sepoy of the BMP", "killed in the attack"]),
     person("Manzoor Ahmed", ["Manzoor Ahmed"], ["Sepoy of the BMP", "killed in the attack"])],
    [place("Zain Kach", "area", PB, "Dera Ghazi Khan"),
     place("Koh e Suleman", "area", PB, "Dera Ghazi Khan"),
     place("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
     place("Punjab", "province", PB, None),
     place("Khyber Pakhtunkhwa", "province", KP, None),
     place("Fort Munro", "town", PB, "Dera Ghazi Khan")],
    [],
    [I("around 15 heavily armed terrorists attacked the BMP check post at Zain Kach", CLASH, "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Border Military Police", PB, "Dera Ghazi Khan", "Zain Kach", 1,
       "on the night of March 19", 3, {"security_forces": 2, "militants": 1}, 3,
       "A two-hour gun battle at a BMP check post: two BMP sepoys killed and three injured; the attackers left 'the body "
       "of one of their comrades', counted as one militant killed. TTP claimed it on Telegram, so it is actor1. The "
       "BMP is a state force (inter 1). The attackers fled towards Khyber Pakhtunkhwa, which is only a direction."),
     I("the Counter Terrorism Department (CTD) recovered two rocket launchers, four sub machine guns and a large "
       "quantity of ammunition", DISRUPTED, None, "Counter Terrorism Department", UAG, PB, "Dera Ghazi Khan",
       "Fort Munro", 2, "on March 21", 0, {}, None,
       "A weapons cache found in a cave 'near' Fort Munro during a search operation: Disrupted weapons use. Search "
       "operations get no GTD type. The text does not tie the cache to the attackers or to any group, so actor2 is "
       "Unidentified. 'Near', hence precision 2. The count of attacks this year is background.")])
REPORTS.append((23, T, G))

# ---------------------------------------------------------------- AN-24
T = ("As many as 35 militants of the Baloch Republican Army (BRA), including four commanders, laid down their arms and "
     "announced that they would join the national mainstream at a ceremony in Quetta on April 27, reports The News. The "
     "surrendering militants handed over Kalashnikovs, rocket launchers and other weapons to the provincial home "
     "minister and senior officials of the Frontier Corps (FC). Among them was BRA commander Shah Jahan alias Chakar, "
     "who was wanted for attacks on railway tracks and gas pipelines in Sibi and Dera Bugti districts. The militants "
     "will receive financial assistance under the provincial governments reconciliation policy, officials said. A day "
     "earlier, the FC recovered a huge cache of arms, including 70 mortar shells, 12 rocket launchers and over 20,000 "
     "rounds of ammunition, during a search operation in the Koh e Maran area of Mastung District. An FC spokesman said "
     "the cache belonged to militants involved in attacks on passenger coaches on the Quetta Karachi highway. More than "
     "1,500 militants have surrendered in Balochistan since the reconciliation policy was announced in 2015.")
G = gold(24, "The News",
    [ag("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
     sf("Frontier Corps", ["Frontier Corps", "FC"])],
    [person("Shah Jahan", ["Shah Jahan", "Chakar"], ["BRA commander", "alias Chakar", "surrendered"])],
    [place("Quetta", "city", BA, "Quetta"),
     place("Sibi", "district", BA, "Sibi"),
     place("Dera Bugti", "district", BA, "Dera Bugti"),
     place("Koh e Maran", "area", BA, "Mastung"),
     place("Mastung District", "district", BA, "Mastung"),
     place("Karachi", "city", SD, "Karachi"),
     place("Balochistan", "province", BA, None)],
    [],
    [I("As many as 35 militants of the Baloch Republican Army (BRA), including four commanders, laid down their arms",
       CHANGE, None, "Baloch Republican Army", None, BA, "Quetta", "Quetta", 1, "on April 27", 0, {}, None,
       "A mass surrender at a ceremony in Quetta. Judgement call: a surrender is coded Strategic developments / "
       "Change to group/activity (fighters leaving a group), with the surrendering group as actor1 and no actor2; the "
       "officials receiving them are the provincial government and FC, not a counterpart in the event. Surrenders get "
       "no GTD type. 'As many as 35' = 35 surrendered; no one was killed."),
     I("the FC recovered a huge cache of arms", DISRUPTED, None, "Frontier Corps", UAG, BA, "Mastung", "Koh e Maran",
       2, "A day earlier", 0, {}, None,
       "An arms cache seized in a search operation in the Koh e Maran area (a mountain area, precision 2): Disrupted "
       "weapons use, GTD null. The FC links it to 'militants involved in attacks on passenger coaches' without naming a "
       "group, so actor2 is Unidentified. The 1,500 surrenders since 2015 are background.")])
REPORTS.append((24, T, G))

# ---------------------------------------------------------------- AN-25
T = ("Four personnel of the Pakistan Coast Guards were killed and one injured when unidentified gunmen ambushed their "
     "vehicle near Pishukan, on the coastal road between Gwadar and Jiwani, on the morning of September 4, reports "
     "Dawn. Officials said the attackers had taken positions behind sand dunes and opened fire with automatic weapons "
     "as the vehicle slowed down at a bend, and then fled towards the mountains. The dead were identified as Lance Naik "
     "Abdul Ghaffar, Sepoy Rehmat Ullah, Sepoy Tanveer Abbas and Sepoy Khalid Mehmood, while the injured sepoy was "
     "taken to the GDA Hospital in Gwadar. The Baloch Raji Aajoi Sangar (BRAS), an alliance of Baloch separatist "
     "groups, claimed the attack in a statement posted on social media. A large contingent of the Frontier Corps (FC) "
     "cordoned off the area and launched a search operation. The coastal road has seen several attacks on security "
     "personnel in the past two years.")
G = gold(25, "Dawn",
    [sf("Pakistan Coast Guards", ["Pakistan Coast Guards"]),
     ag("Baloch Raji Aajoi Sangar", ["Baloch Raji Aajoi Sangar", "BRAS"]),
     sf("Frontier Corps", ["Frontier Corps", "FC"])],
    [person("Abdul Ghaffar", ["Abdul Ghaffar"], ["Lance Naik of the Pakistan Coast Guards", "killed"]),
     person("Rehmat Ullah", ["Rehmat Ullah"], ["Sepoy of the Pakistan Coast Guards", "killed"]),
     person("Tanveer Abbas", ["Tanveer Abbas"], ["Sepoy of the Pakistan Coast Guards", "killed"]),
     person("Khalid Mehmood", ["Khalid Mehmood"], ["Sepoy of the Pakistan Coast Guards", "killed"])],
    [place("Pishukan", "town", BA, "Gwadar"),
     place("Gwadar", "city", BA, "Gwadar"),
     place("Jiwani", "town", BA, "Gwadar")],
    [],
    [I("unidentified gunmen ambushed their vehicle", CLASH, "Armed Assault", "Baloch Raji Aajoi Sangar",
       "Pakistan Coast Guards", BA, "Gwadar", "Pishukan", 2, "on the morning of September 4", 4,
       {"security_forces": 4}, 1,
       "An ambush on a Coast Guards vehicle 'near' Pishukan on the road between Gwadar and Jiwani (precision 2): four "
       "killed, one injured. Attacks on security forces are Battles/Armed clash. The text first says 'unidentified "
       "gunmen', but BRAS claimed the attack, so it is actor1. The text names neither province nor district; Pishukan "
       "is in Gwadar District, Balochistan (general knowledge). The FC search operation reports no outcome.")])
REPORTS.append((25, T, G))

# ---------------------------------------------------------------- AN-26
T = ("Traders in Bannu city observed a complete shutter down strike and staged a sit in at Chowk Bazaar on June 3, a day "
     "after a cloth merchant was shot dead in the same bazaar, reports The Express Tribune. The merchant, Haji Muhammad "
     "Saleem (55), was killed on the evening of June 2 when two masked men entered his shop and opened fire, police "
     "said, while his salesman, Ikramullah, was wounded. Saleem had reportedly refused to pay extortion money to "
     "militants. Police fired tear gas shells to disperse the protesters when they tried to block the Bannu Kohat road, "
     "and detained several of them. \"We pay taxes but cannot even run our shops in peace,\" said Hazrat Ali, president "
     "of the local traders association. The sit in ended in the evening after the district administration promised to "
     "arrest the killers within ten days. This was the fourth killing of a trader in Bannu this year.")
G = gold(26, "The Express Tribune",
    [sf("Police", ["police", "Police"])],
    [person("Muhammad Saleem", ["Haji Muhammad Saleem", "Saleem"], ["cloth merchant", "shot dead"]),
     person("Ikramullah", ["Ikramullah"], ["salesman of Haji Muhammad Saleem", "wounded"]),
     person("Hazrat Ali", ["Hazrat Ali"], ["president of the local traders association"])],
    [place("Bannu", "city", KP, "Bannu"),
     place("Chowk Bazaar", "area", KP, "Bannu"),
     place("Kohat", "city", KP, "Kohat")],
    [quote("Hazrat Ali", "We pay taxes but cannot even run our shops in peace")],
    [I("Traders in Bannu city observed a complete shutter down strike and staged a sit in at Chowk Bazaar", INTERVENED,
       None, PROT, "Police", KP, "Bannu", "Chowk Bazaar", 1, "on June 3", 0, {}, None,
       "A traders' strike and sit-in against the killing of a merchant. Police fired tear gas and detained several "
       "protesters when they tried to block the road: intervention without lethal force, so Protest with "
       "intervention, with Police as actor2. No injuries are reported. Protests get no GTD type. The lead sentence "
       "reports the protest first; the killing it answers is the second incident."),
     I("two masked men entered his shop and opened fire", ATTACK, "Armed Assault", UAG, CIV, KP, "Bannu",
       "Chowk Bazaar", 1, "on the evening of June 2", 1, {"civilians": 1}, 1,
       "A cloth merchant shot dead in his shop in the same bazaar; his salesman wounded. A merchant is a civilian role. "
       "He had 'reportedly' refused extortion to unnamed militants, so actor1 stays Unidentified. The tally of traders "
       "killed this year is background.")])
REPORTS.append((26, T, G))

# ---------------------------------------------------------------- AN-27
T = ("A former district nazim and tribal elder, Mir Abdul Haq Mengal (60), and his bodyguard were shot dead when gunmen "
     "in a pick up truck opened fire on his vehicle near Wadh, a town in Khuzdar District of Balochistan, on the "
     "afternoon of December 11, reports Daily Times. Levies officials said the elder was travelling from his village to "
     "Khuzdar city when the attackers overtook his vehicle and fired on it from close range. His driver, Jan Muhammad, "
     "was injured and taken to the Civil Hospital in Khuzdar. The bodyguard was identified as Dad Karim. No one claimed "
     "responsibility, but officials said the killing could be linked to a long standing tribal feud. The Chief Minister "
     "of Balochistan condemned the attack and ordered an inquiry. Three tribal elders have been killed in Khuzdar "
     "District in the last two months.")
G = gold(27, "Daily Times",
    [sf("Levies", ["Levies"])],
    [person("Abdul Haq Mengal", ["Mir Abdul Haq Mengal"], ["former district nazim", "tribal elder", "shot dead"]),
     person("Jan Muhammad", ["Jan Muhammad"], ["driver of Mir Abdul Haq Mengal", "injured"]),
     person("Dad Karim", ["Dad Karim"], ["bodyguard of Mir Abdul Haq Mengal", "shot dead"])],
    [place("Wadh", "town", BA, "Khuzdar"),
     place("Khuzdar District", "district", BA, "Khuzdar"),
     place("Balochistan", "province", BA, None),
     place("Khuzdar", "city", BA, "Khuzdar")],
    [],
    [I("gunmen in a pick up truck opened fire on his vehicle", ATTACK, "Assassination", UAG, CIV, BA, "Khuzdar",
       "Wadh", 2, "on the afternoon of December 11", 2, {"civilians": 2}, 1,
       "A former district nazim and tribal elder was shot dead on the road 'near' Wadh (precision 2), with his "
       "bodyguard; his driver was injured. A specific prominent target, so GTD Assassination. The elder is a civilian "
       "(former official, tribal elder) and the bodyguard takes his principal's side, so civilians = 2. Unclaimed; a "
       "suspected tribal feud names no actor, so Unidentified. The condemnation and the tally of elders killed are "
       "background.")])
REPORTS.append((27, T, G))

# ---------------------------------------------------------------- AN-28
T = ("Unidentified men riding a motorcycle hurled two hand grenades into the compound of the Takht Bhai Police Station "
     "in Mardan District late on the night of February 22, injuring two constables and a complainant who was waiting to "
     "file a report, reports The News. Station House Officer (SHO) Iftikhar Khan said one grenade exploded near the "
     "main gate while the other hit the boundary wall of the lock up. The injured were shifted to the Mardan Medical "
     "Complex, where one of the constables was stated to be in serious condition. The attackers escaped under the cover "
     "of darkness, and a case was registered under the Anti Terrorism Act, police said. No group claimed the attack, "
     "but police suspected a local TTP network that has been extorting money from traders in the area. Police stations "
     "in Mardan and Charsadda have been attacked with grenades three times this month.")
G = gold(28, "The News",
    [sf("Police", ["police", "Police"]),
     ag("Tehreek-e-Taliban Pakistan", ["TTP"])],
    [person("Iftikhar Khan", ["Iftikhar Khan"], ["Station House Officer (SHO) of Takht Bhai Police Station"])],
    [place("Takht Bhai", "town", KP, "Mardan"),
     place("Mardan District", "district", KP, "Mardan"),
     place("Charsadda", "district", KP, "Charsadda")],
    [],
    [I("Unidentified men riding a motorcycle hurled two hand grenades into the compound of the Takht Bhai Police "
       "Station", GRENADE, "Bombing/Explosion", UAG, "Police", KP, "Mardan", "Takht Bhai", 1,
       "late on the night of February 22", 0, {}, 3,
       "Grenades thrown into a police station compound: two constables and a civilian complainant injured, no deaths. "
       "Judgement call: although the target is the police, only grenades were used and no exchange of fire is "
       "reported, so it is Explosions/Grenade (as mortar or rocket fire on a post is Shelling), not Armed clash. "
       "Police only 'suspected' a TTP network and no group claimed it, so actor1 is Unidentified; TTP, named only by "
       "its initials, is listed in actors. The grenade attacks this month are background.")])
REPORTS.append((28, T, G))

# ---------------------------------------------------------------- AN-29
T = ("Two policemen were killed when gunmen riding two motorcycles ambushed a police mobile near Sultanabad in the "
     "Manghopir area on the outskirts of Karachi on the night of March 11, reports Dawn. Senior Superintendent of "
     "Police (SSP) Naveed Akhtar said the policemen were on routine patrol when the attackers opened fire from both "
     "sides of the road. The slain were identified as Assistant Sub Inspector (ASI) Muhammad Yousuf and Constable Abdul "
     "Sattar. Jundullah claimed the attack in a phone call to a private television channel, saying it was revenge for "
     "the killing of its members in police encounters. On the morning of March 12, the bodies of two men, their hands "
     "tied and bearing bullet wounds and torture marks, were found stuffed in gunny sacks in an empty plot in Bihar "
     "Colony, within the jurisdiction of the Chakiwara Police Station. Separately, a Bomb Disposal Squad (BDS) team "
     "defused a five kilogramme device planted in a drain near a police post in Korangi No 5 on March 12. At least 34 "
     "policemen have been killed in Karachi since January 1.")
G = gold(29, "Dawn",
    [sf("Police", ["policemen", "police"]),
     ag("Jundullah", ["Jundullah"]),
     sf("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    [person("Naveed Akhtar", ["Naveed Akhtar"], ["Senior Superintendent of Police (SSP)"]),
     person("Muhammad Yousuf", ["Muhammad Yousuf"], ["Assistant Sub Inspector (ASI)", "killed in the ambush"]),
     person("Abdul Sattar", ["Abdul Sattar"], ["Constable", "killed in the ambush"])],
    [place("Sultanabad", "area", SD, "Karachi"),
     place("Manghopir", "area", SD, "Karachi"),
     place("Karachi", "city", SD, "Karachi"),
     place("Bihar Colony", "area", SD, "Karachi"),
     place("Chakiwara", "area", SD, "Karachi"),
     place("Korangi No 5", "area", SD, "Karachi")],
    [],
    [I("gunmen riding two motorcycles ambushed a police mobile", CLASH, "Armed Assault", "Jundullah", "Police", SD,
       "Karachi", "Sultanabad", 2, "on the night of March 11", 2, {"security_forces": 2}, None,
       "An ambush on a police patrol 'near' Sultanabad in Manghopir (precision 2); two policemen killed. Attacks on "
       "police are Battles/Armed clash. Jundullah claimed it by phone, so it is actor1."),
     I("the bodies of two men, their hands tied and bearing bullet wounds and torture marks, were found stuffed in "
       "gunny sacks", ATTACK, "Armed Assault", UAG, CIV, SD, "Karachi", "Bihar Colony", 1,
       "On the morning of March 12", 2, {}, None,
       "Two bodies found in Bihar Colony (Chakiwara Police Station area). Judgement call: tied hands suggest the men "
       "were seized first, but the text does not say they were abducted, so GTD is Armed Assault (bullet wounds) "
       "rather than Kidnapping. The date is when the bodies were found. 'Two men', so no side."),
     I("a Bomb Disposal Squad (BDS) team defused a five kilogramme device", DISRUPTED, "Bombing/Explosion",
       "Bomb Disposal Squad", UAG, SD, "Karachi", "Korangi No 5", 1, "on March 12", 0, {}, None,
       "A device planted near a police post was defused: Disrupted weapons use, with GTD Bombing/Explosion as for other "
       "defused bombs. Who planted it is unknown. The tally of 34 policemen killed since January is background.")])
REPORTS.append((29, T, G))

# ---------------------------------------------------------------- AN-30
T = ("A passerby was killed and three Frontier Corps (FC) personnel were injured when an improvised explosive device "
     "(IED) planted on a parked motorcycle went off as an FC vehicle passed through the main bazaar of Muslim Bagh in "
     "Qilla Saifullah District on the morning of May 30, reports The Express Tribune. The deceased, a 12 year old boy "
     "named Naqeebullah, was on his way to a madrassa, Levies officials said. The injured FC men were taken to the "
     "Combined Military Hospital in Zhob, and the vehicle was badly damaged. Tehreek e Jihad Pakistan (TJP), a little "
     "known group believed to be a front of the Tehreek e Taliban Pakistan (TTP), claimed the blast in a statement "
     "circulated on social media. Shopkeepers closed the bazaar after the explosion, and Levies and FC personnel sealed "
     "off the area. The district had remained largely peaceful until last year.")
G = gold(30, "The Express Tribune",
    [sf("Frontier Corps", ["Frontier Corps", "FC"]),
     sf("Levies", ["Levies"]),
     ag("Tehreek-e-Jihad Pakistan", ["Tehreek e Jihad Pakistan", "TJP"]),
     ag("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [person("Naqeebullah", ["Naqeebullah"], ["passerby", "12 year old boy", "killed in the blast"])],
    [place("Muslim Bagh", "town", BA, "Qilla Saifullah"),
     place("Qilla Saifullah District", "district", BA, "Qilla Saifullah"),
     place("Zhob", "city", BA, "Zhob")],
    [],
    [I("an improvised explosive device (IED) planted on a parked motorcycle went off as an FC vehicle passed", IED,
       "Bombing/Explosion", "Tehreek-e-Jihad Pakistan", "Frontier Corps", BA, "Qilla Saifullah", "Muslim Bagh", 1,
       "on the morning of May 30", 1, {"civilians": 1}, 3,
       "A motorcycle bomb set off as an FC vehicle passed through Muslim Bagh bazaar: a passerby (a civilian role) "
       "killed and three FC men injured. TJP claimed it on social media, so it is actor1; TTP, of which TJP is "
       "'believed to be a front', is listed in actors but is not the perpetrator. The FC vehicle was the target, so "
       "actor2 is Frontier Corps. The closing of the bazaar and sealing of the area are not incidents.")])
REPORTS.append((30, T, G))
