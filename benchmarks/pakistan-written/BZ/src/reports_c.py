from common import *

R21 = gold("BZ-21", "The News", """Two Rangers personnel were injured when unidentified assailants hurled a hand grenade at their vehicle in Latifabad area of Hyderabad District of Sindh on June 19, reports The News. The Sindhudesh Revolutionary Army (SRA) claimed responsibility for the attack in a statement posted on social media. On the same day, unidentified gunmen opened fire on a car carrying three Chinese engineers in Shah Latif Town of Malir District in Karachi. The engineers escaped unhurt but their private security guard, identified as Ghulam Rasool, sustained bullet injuries. Police said the engineers were working at a power plant project and had left their residential compound without informing the security department.""",
    C(),
    [SF("Rangers", ["Rangers"]),
     AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
     SF("Police", ["Police"])],
    [H("Ghulam Rasool", ["Ghulam Rasool"], ["private security guard of the Chinese engineers", "injured"])],
    [P("Latifabad", "area", SD, "Hyderabad"),
     P("Hyderabad District", "district", SD, "Hyderabad"),
     P("Sindh", "province", SD, None),
     P("Shah Latif Town", "area", SD, "Malir"),
     P("Malir District", "district", SD, "Malir"),
     P("Karachi", "city", SD, "Karachi")],
    [],
    [I("unidentified assailants hurled a hand grenade at their vehicle",
       "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
       "Sindhudesh Revolutionary Army", "Rangers", SD, "Hyderabad", "Latifabad", 1, "on June 19",
       0, {}, 2,
       "Grenade attack on a Rangers vehicle, claimed by the SRA, so the SRA is actor1 despite 'unidentified "
       "assailants'."),
     I("unidentified gunmen opened fire on a car carrying three Chinese engineers",
       "Violence against civilians", "Attack", "Armed Assault",
       UAG, CIV, SD, "Malir", "Shah Latif Town", 1, "On the same day",
       0, {}, 1,
       "Shooting at foreign civilian workers; only their private guard was hurt. The SRA claim covers only the "
       "grenade attack. The text names Malir District, so admin2 is Malir rather than Karachi (CODING-RULES).")])

R22 = gold("BZ-22", "The Express Tribune", """Two policemen were killed and another was injured when militants attacked the Lakhani checkpost near Sakhi Sarwar in Dera Ghazi Khan District of Punjab on the night of May 3, reports The Express Tribune. Police said around a dozen heavily armed militants opened fireon the checkpost from the nearby hills, and one attacker was killed when the policemen returned fire. The body of the attacker was later shifted to the District Headquarters Hospital. The Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack. The Punjab Police later deployed additional personnel at checkposts along the border with Khyber Pakhtunkhwa and Balochistan, and recovered a rocket launcher and ammunition left behind by the attackers from theirpositions in the hills.""",
    C(must_contain=["opened fire on the checkpost from the nearby hills", "from their positions in the hills"],
      must_not_contain=["fireon", "theirpositions"],
      keep_unchanged=["Sakhi Sarwar", "Dera Ghazi Khan", "checkpost"]),
    [SF("Police", ["Police", "policemen", "Punjab Police"]),
     AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [],
    [P("Lakhani checkpost", "area", PB, "Dera Ghazi Khan"),
     P("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
     P("Punjab", "province", PB, None),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Balochistan", "province", BA, None)],
    [],
    [I("around a dozen heavily armed militants opened fireon the checkpost",
       "Battles", "Armed clash", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Police", PB, "Dera Ghazi Khan", "Sakhi Sarwar", 2, "on the night of May 3",
       3, {"security_forces": 2, "militants": 1}, 1,
       "Attack on a police checkpost claimed by the TTP. Two policemen and one attacker killed; one policeman injured. "
       "The `what` keeps the scrape's glued 'fireon' because it must match the text. 'Near' Sakhi Sarwar, hence "
       "precision 2. The rocket launcher recovered afterwards is part of the same event; the redeployment is not an "
       "incident.")])

R23 = gold("BZ-23", "Dawn", """Unidentified militants abducted an engineer of the Water and Power Development Authority (WAPDA), identified as Shafiullah Bettani, from Shah Alam Kalay area of Tank District in Khyber Pakhtunkhwa on October 11, reports Dawn. Police said the engineer was supervising the repair of a transmission line when armed men took him away in a pickup truck. A spokesman for the Tehreek e Taliban Pakistan (TTP) denied the groups involvement in the abduction. On October 13, residents and relatives of the engineer blocked the Tank Dera Ismail Khan road in Tank city, demanding his recovery. One protester was killed and four others were injured when police opened fire to disperse the protesters, who had refused to clear the road, officials said. The district administration later announced a judicial inquiry into the firing.""",
    C(),
    [SF("Police", ["Police", "police"]),
     AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    [H("Shafiullah Bettani", ["Shafiullah Bettani"], ["WAPDA engineer", "abducted"])],
    [P("Shah Alam Kalay", "town", KP, "Tank"),
     P("Tank District", "district", KP, "Tank"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Tank", "city", KP, "Tank")],
    [],
    [I("Unidentified militants abducted an engineer of the Water and Power Development Authority (WAPDA)",
       "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
       UAG, CIV, KP, "Tank", "Shah Alam Kalay", 1, "on October 11",
       0, {}, None,
       "The TTP denied involvement and no one claimed it, so actor1 stays Unidentified; the TTP is listed only as a "
       "named organisation. WAPDA is a state utility, not an armed actor."),
     I("police opened fire to disperse the protesters",
       "Protests", "Excessive force against protesters", None,
       "Protesters", "Police", KP, "Tank", "Tank", 1, "On October 13",
       1, {"civilians": 1}, 4,
       "Lethal force against a road blockade that the text does not call violent, so Excessive force against "
       "protesters rather than Riots. A protester is read as a civilian role. The four injured are protesters.")])

R24 = gold("BZ-24", None, """QUETTA: The provincial government has decided to raise ten new platoons of the Levies force and install surveillance cameras along the national highways in view of the rising threat of attacks on travellers, Balochistan Home Department spokesman Farhan Kakar said on Monday.
Addressing a press conference at the Civil Secretariat, Kakar said that during the first six months of the year, 212 terrorist incidents had been reported in the province, in which 96 security personnel and 71 civilians lost their lives. He said security forces had conducted more than 1,400 intelligence based operations during the same period and 123 terrorists had been killed.
He said the government had received threat alerts about possible attacks on government installations in Quetta, Turbat and Gwadar, and security in these cities had been beefed up. "The terrorists want to sabotage development in Balochistan, but we will not let them succeed," he said.
He added that 47 militants had laid down their arms and joined the national mainstream under the reconciliation policy this year.""",
    C(),
    [SF("Levies", ["Levies"]),
     SF("Security Forces", ["security forces"])],
    [H("Farhan Kakar", ["Farhan Kakar", "Kakar"], ["Balochistan Home Department spokesman"])],
    [P("QUETTA", "city", BA, "Quetta"),
     P("Balochistan", "province", BA, None),
     P("Quetta", "city", BA, "Quetta"),
     P("Turbat", "city", BA, "Kech"),
     P("Gwadar", "city", BA, "Gwadar")],
    [Q("Farhan Kakar", "The terrorists want to sabotage development in Balochistan")],
    [],
    not_incidents=[
        "212 terrorist incidents had been reported in the province, in which 96 security personnel and 71 civilians lost their lives",
        "security forces had conducted more than 1,400 intelligence based operations during the same period and 123 terrorists had been killed",
        "threat alerts about possible attacks on government installations in Quetta, Turbat and Gwadar",
        "47 militants had laid down their arms and joined the national mainstream under the reconciliation policy this year"])

R25 = gold("BZ-25", None, """PESHAWAR: Two militant factions that had broken away from the banned Tehreek e Taliban Pakistan (TTP) have announced their merger with the parent organisation, according to a statement issued by the TTP on Monday.
The statement said that Jamaat ul Ahrar (JuA) and Hizbul Ahrar (HuA) had pledged allegiance to the TTP chief at a ceremony held at an undisclosed location, ending a split that began several years ago. Security analysts said the reunification could lead to an increase in attacks in the merged tribal districts.
Security analysts said the reunification could lead to an increase in attacks in the merged tribal districts.
Meanwhile, four militants were killed when security forces raided a militant hideout in the Rajgal valley of Tirah in Khyber District on Monday, the Inter Services Public Relations (ISPR) said. A sepoy, identified as Muhammad Saeed, was martyred in the exchange of fire. The ISPR said the militants were involved in attacks on security forces and target killings in the area.""",
    C(must_contain=["have announced their merger with the parent organisation",
                    "Meanwhile, four militants were killed when security forces raided a militant hideout"],
      keep_unchanged=["Hizbul Ahrar", "Rajgal", "Tirah"],
      near_dup=[["Security analysts said the reunification could lead to an increase in attacks in the merged tribal districts.",
                 "Security analysts said the reunification could lead to an increase in attacks in the merged tribal districts."]]),
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
     AG("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"]),
     AG("Hizb-ul-Ahrar", ["Hizbul Ahrar", "HuA"]),
     SF("Security Forces", ["security forces"])],
    [H("Muhammad Saeed", ["Muhammad Saeed"], ["sepoy", "killed in the exchange of fire"])],
    [P("PESHAWAR", "city", KP, "Peshawar"),
     P("Rajgal valley", "area", KP, "Khyber"),
     P("Tirah", "area", KP, "Khyber"),
     P("Khyber District", "district", KP, "Khyber")],
    [],
    [I("have announced their merger with the parent organisation",
       "Strategic developments", "Change to group/activity", None,
       "Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan", None, None, None, 3, "on Monday",
       0, {}, None,
       "Two splinter factions (JuA and HuA) rejoin the TTP. One merger announcement, coded once with JuA (first named) "
       "as actor1; HuA is listed in actors and relations. The ceremony was at an undisclosed location, so no place: "
       "location and admin are null, precision 3 (the PESHAWAR dateline is where the story was filed). The date is "
       "that of the statement."),
     I("four militants were killed when security forces raided a militant hideout in the Rajgal valley",
       "Battles", "Armed clash", None,
       "Security Forces", UAG, KP, "Khyber", "Rajgal valley", 2, "on Monday",
       5, {"militants": 4, "security_forces": 1}, None,
       "A state raid, so GTD null. One sepoy killed; a sepoy is a soldier. No group is named for the dead militants. "
       "A valley, hence precision 2. The repeated analysts' sentence is scrape damage.")],
    not_incidents=["Security analysts said the reunification could lead to an increase in attacks in the merged tribal districts."],
    relations=[R("Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan", "allied",
                 "have announced their merger with the parent organisation"),
               R("Hizb-ul-Ahrar", "Tehreek-e-Taliban Pakistan", "allied",
                 "had pledged allegiance to the TTP chief")])

R26 = gold("BZ-26", "The News", """At least four policemen were killed and six others injured when hundreds of militants who had crossed over from the Kunar province of Afghanistan attacked two border check posts in Arandu area of Chitral District in Khyber Pakhtunkhwa on August 27, reports The News. Officials said that the militants, armed with heavy weapons and rocket launchers, attacked the Bargai and Sher Kot posts early in the morning and the fighting continued for more than six hours. At least 12 militants were killed when the police and Chitral Scouts repulsed the attack, officials claimed, while local sources put the number of militant fatalities at around 30. The TTP claimed responsibility for the attack, saying its fighters had captured one of the posts. Officials denied the claim. Additional troops were sent to the area and the border was sealed.""",
    C(),
    [SF("Police", ["policemen", "police"]),
     SF("Chitral Scouts", ["Chitral Scouts"]),
     AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
     SF("Security Forces", ["troops"])],
    [],
    [P("Kunar", "province", None, None),
     P("Afghanistan", "country", None, None),
     P("Arandu", "town", KP, "Chitral"),
     P("Chitral District", "district", KP, "Chitral"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Bargai", "area", KP, "Chitral"),
     P("Sher Kot", "area", KP, "Chitral")],
    [],
    [I("attacked two border check posts in Arandu area",
       "Battles", "Armed clash", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Police", KP, "Chitral", "Arandu", 1, "on August 27",
       16, {"security_forces": 4, "militants": 12}, 6,
       "A cross-border raid on two posts; the TTP claimed it. Militant dead: officials 'at least 12', local sources "
       "'around 30'; the most conservative figure (12) is used. The TTP says it captured a post, officials deny it, "
       "so Armed clash rather than Non-state actor overtakes territory. Both posts are in Arandu and the fighting was "
       "one event. The six injured are policemen ('six others').")])

R27 = gold("BZ-27", None, """KARACHI: At least eight people were killed in targeted attacks in different parts of the city on Tuesday as violence flared up again following the killing of a local trader in Orangi Town, police said.
In Banaras Chowk area, unidentified gunmen opened fire on a passenger coach, killing three passengers and injuring five others. The gunmen, who were riding two motorcycles, fled after the attack.
In Banaras Chowk area, unidentified gunmen opened fire on a passenger coach, killing three passengers and injuring five others. The gunmen, who were riding two motorcycles, fled after the attack.
In Lyari, the bodies of two young men, who had been abducted on Monday, were found in gunny bags near Cheel Chowk. Police said they had been tortured before being shot dead. Three more people were killed when gunmen on motorcycles fired on a tea stall in Korangi.
Following the killings, angry youths torched two buses and several motorcycles in Orangi Town, forcing shopkeepers to pull down their shuttersand close their businesses. Police fired tear gas shells to disperse them.
Meanwhile, Rangers arrested 17 suspects, including alleged target killers, in a targeted operation in Kati Pahari on Tuesday night, a Rangers spokesman said. Weapons were also recovered from them.""",
    C(must_contain=["pull down their shutters and close their businesses",
                    "Three more people were killed when gunmen on motorcycles fired on a tea stall in Korangi"],
      must_not_contain=["shuttersand"],
      keep_unchanged=["Banaras Chowk", "Kati Pahari", "Orangi Town"],
      near_dup=[["In Banaras Chowk area, unidentified gunmen opened fire on a passenger coach, killing three passengers and injuring five others.",
                 "In Banaras Chowk area, unidentified gunmen opened fire on a passenger coach, killing three passengers and injuring five others."],
                ["The gunmen, who were riding two motorcycles, fled after the attack.",
                 "The gunmen, who were riding two motorcycles, fled after the attack."]]),
    [SF("Police", ["police", "Police"]),
     SF("Rangers", ["Rangers"])],
    [],
    [P("KARACHI", "city", SD, "Karachi"),
     P("Orangi Town", "area", SD, "Karachi"),
     P("Banaras Chowk", "area", SD, "Karachi"),
     P("Lyari", "area", SD, "Karachi"),
     P("Cheel Chowk", "area", SD, "Karachi"),
     P("Korangi", "area", SD, "Karachi"),
     P("Kati Pahari", "area", SD, "Karachi")],
    [],
    [I("unidentified gunmen opened fire on a passenger coach",
       "Violence against civilians", "Attack", "Armed Assault",
       UAG, CIV, SD, "Karachi", "Banaras Chowk", 1, "on Tuesday",
       3, {"civilians": 3}, 5,
       "Passengers are a civilian role. The scrape repeats this paragraph; it is one attack, counted once."),
     I("the bodies of two young men, who had been abducted on Monday, were found in gunny bags",
       "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)",
       UAG, CIV, SD, "Karachi", "Lyari", 1, "on Tuesday",
       2, {}, None,
       "Abducted and later killed, so Attack with GTD Kidnapping; dated to the day the bodies were found (the "
       "report's 'on Tuesday'). Found 'near Cheel Chowk' in Lyari, so Lyari at precision 1 rather than the chowk at "
       "precision 2. 'Young men' carries no status, so no side."),
     I("Three more people were killed when gunmen on motorcycles fired on a tea stall in Korangi",
       "Violence against civilians", "Attack", "Armed Assault",
       UAG, CIV, SD, "Karachi", "Korangi", 1, "on Tuesday",
       3, {}, None,
       "The remaining three of the eight dead (3 + 2 + 3). 'People', so no side."),
     I("angry youths torched two buses and several motorcycles in Orangi Town",
       "Riots", "Violent demonstration", None,
       "Rioters", "Police", SD, "Karachi", "Orangi Town", 1, "on Tuesday",
       0, {}, None,
       "Arson by crowds of youths reacting to the killings, dispersed by police with tear gas: Riots/Violent "
       "demonstration, with Police as actor2 because they engaged. Not terrorism, so GTD null."),
     I("Rangers arrested 17 suspects",
       "Strategic developments", "Arrests", None,
       "Rangers", None, SD, "Karachi", "Kati Pahari", 1, "on Tuesday night",
       0, {}, None,
       "A mass arrest not tied to any of the day's attacks, so its own Arrests incident. No group is named for the "
       "suspects, so actor2 is null.")],
    not_incidents=["following the killing of a local trader in Orangi Town"])

R28 = gold("BZ-28", "Dawn", """| T |
Two personnel of the Pakistan Coast Guards were killed and three others injured when militants attacked their check post near Jiwani in Gwadar District of Balochistan on the night of April 18, reports Dawn. The Balochistan Liberation Front (BLF) claimed responsibility for the attack. Its spokesman Chakar Baloch claimed that six personnel had been killed and weapons had been seized from the post.
Separately, Levies personnel recovered the bullet riddled bodies of two men from a riverbed near Mand in Kech District on April 19. Relatives said the men had been abducted by unidentified armedmen from their homes in Tump a month ago.
In another incident, three people were injured when unidentified motorcyclists hurled a hand grenade at a grocery storein Pasni on April 19. The attackers managed to escape.""",
    C(must_contain=["Two personnel of the Pakistan Coast Guards were killed",
                    "abducted by unidentified armed men from their homes",
                    "at a grocery store in Pasni"],
      must_not_contain=["| T |", "armedmen", "storein"],
      keep_unchanged=["Jiwani", "Pasni", "riverbed"]),
    [SF("Pakistan Coast Guards", ["Pakistan Coast Guards"]),
     AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
     SF("Levies", ["Levies"])],
    [H("Chakar Baloch", ["Chakar Baloch"], ["BLF spokesman"])],
    [P("Jiwani", "town", BA, "Gwadar"),
     P("Gwadar District", "district", BA, "Gwadar"),
     P("Balochistan", "province", BA, None),
     P("Mand", "town", BA, "Kech"),
     P("Kech District", "district", BA, "Kech"),
     P("Tump", "town", BA, "Kech"),
     P("Pasni", "town", BA, "Gwadar")],
    [],
    [I("militants attacked their check post near Jiwani",
       "Battles", "Armed clash", "Armed Assault",
       "Balochistan Liberation Front", "Pakistan Coast Guards", BA, "Gwadar", "Jiwani", 2, "on the night of April 18",
       2, {"security_forces": 2}, 3,
       "Attack on a Coast Guards post claimed by the BLF. The BLF claims six killed; the official two is kept (most "
       "conservative). 'Near' Jiwani, hence precision 2."),
     I("the bullet riddled bodies of two men from a riverbed near Mand",
       "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)",
       UAG, CIV, BA, "Kech", "Mand", 2, "on April 19",
       2, {}, None,
       "Two men abducted a month earlier in Tump were found shot dead near Mand: abducted and later killed, so Attack "
       "with GTD Kidnapping, dated to the recovery. 'Men', so no side. Levies only recovered the bodies."),
     I("unidentified motorcyclists hurled a hand grenade",
       "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
       UAG, CIV, BA, "Gwadar", "Pasni", 1, "on April 19",
       0, {}, 3,
       "Grenade thrown at a grocery store; three 'people' injured.")])

R29 = gold("BZ-29", "Daily Times", """Security Forces (SFs) regained control of the Daburi area of Upper Orakzai in Orakzai Agency of Federally Administered Tribal Areas (FATA) after a three day operation in which 23 militants and three soldiers were killed, officials said on May 2, reports Daily Times. The militants had been using the area as a base to attack convoys in Hangu and Kohat. Officials said that the troops, backed by helicopter gunships, cleared the militant hideouts and destroyed a training centre. However, the figures could not be independently verified as the area is inaccessible to journalists. Separately, militants fired four mortar shells at the Frontier Corps (FC) fort in Ghiljo on May 3, damaging a wall of the fort. There was no loss of life. The FC personnel retaliated and the""",
    C(damaged=["The FC personnel retaliated and the"]),
    [SF("Security Forces", ["Security Forces", "SFs", "troops", "soldiers"]),
     SF("Frontier Corps", ["Frontier Corps", "FC"])],
    [],
    [P("Daburi", "area", KP, "Orakzai"),
     P("Upper Orakzai", "area", KP, "Orakzai"),
     P("Orakzai Agency", "district", KP, "Orakzai"),
     P("Federally Administered Tribal Areas", "area", KP, None),
     P("Hangu", "district", KP, "Hangu"),
     P("Kohat", "district", KP, "Kohat"),
     P("Ghiljo", "town", KP, "Orakzai")],
    [],
    [I("regained control of the Daburi area of Upper Orakzai",
       "Battles", "Government regains territory", None,
       "Security Forces", UAG, KP, "Orakzai", "Daburi", 1, "on May 2",
       26, {"militants": 23, "security_forces": 3}, None,
       "The state retook an area held by militants after a three-day operation: Government regains territory, GTD "
       "null (state operation). The three days are one event; the date is when officials announced it. Official "
       "figures, unverified, are the only ones given. " + FATA_NOTE),
     I("militants fired four mortar shells at the Frontier Corps (FC) fort in Ghiljo",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion",
       UAG, "Frontier Corps", KP, "Orakzai", "Ghiljo", 1, "on May 3",
       0, {}, None,
       "Mortar fire with no gunfire reported, so Shelling. 'No loss of life' gives killed = 0 but says nothing of "
       "injuries. The report is cut off mid-sentence ('retaliated and the'), so the FC response is not coded.")])

R30 = gold("BZ-30", None, """RAWALPINDI: An anti terrorism court (ATC) on Saturday sentenced three men to death on 14 counts each for planning and facilitating the bomb attack on a Chehlum procession in Dhok Syedan area in March 2016, which killed 14 people and injured more than 40.
ATC Judge Tariq Javed Minhas announced the verdict at the Adiala Jail, where the trial was held for security reasons. The convicts, identified as Rashid Mehmood, Sajid Ali alias Qari and Waqas Anjum, were also fined Rs 1.4 million each. A fourth accused, Irfan Shah, was acquitted for lack of evidence.
According to the prosecution, the convicts were members of a local cell of the banned Lashkar e Jhangvi (LeJ) and had transported the explosives from Darra Adamkhel in a vegetable truck. "The verdict sends a clear message that those who spill innocent blood will not escape the law," special public prosecutor Munir Ahmed Gondal told reporters after the hearing.
The defence counsel said they would challenge the verdict in the Lahore High Court.""",
    C(),
    [AG("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"])],
    [H("Tariq Javed Minhas", ["Tariq Javed Minhas"], ["ATC Judge"]),
     H("Rashid Mehmood", ["Rashid Mehmood"], ["convict", "sentenced to death"]),
     H("Sajid Ali", ["Sajid Ali", "Qari"], ["convict", "sentenced to death"]),
     H("Waqas Anjum", ["Waqas Anjum"], ["convict", "sentenced to death"]),
     H("Irfan Shah", ["Irfan Shah"], ["accused", "acquitted"]),
     H("Munir Ahmed Gondal", ["Munir Ahmed Gondal"], ["special public prosecutor"])],
    [P("RAWALPINDI", "city", PB, "Rawalpindi"),
     P("Dhok Syedan", "area", PB, "Rawalpindi"),
     P("Adiala Jail", "area", PB, "Rawalpindi"),
     P("Darra Adamkhel", "area", KP, "Kohat")],
    [Q("Munir Ahmed Gondal", "The verdict sends a clear message")],
    [],
    not_incidents=[
        "the bomb attack on a Chehlum procession in Dhok Syedan area in March 2016, which killed 14 people and injured more than 40",
        "had transported the explosives from Darra Adamkhel in a vegetable truck"])

REPORTS = [R21, R22, R23, R24, R25, R26, R27, R28, R29, R30]
