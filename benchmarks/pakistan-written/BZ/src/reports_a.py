from common import *

R01 = gold("BZ-01", "Dawn", """| T |
Three policemen and a fruit vendor were killed and seven other people were injured when a suicide bomber blew himself up at a police checkpost on Ring Road in Peshawar on Monday morning, police said.
Senior Superintendent of Police (Operations) Tahir Ayub Khattak told reporters that the bomber, who was on foot, tried to enter the checkpost in Hazar Khwani and detonated his explosives vest when a constable stopped him for a body search. Those killed included an Assistant Sub Inspector (ASI), identified as Gul Zaman, and two constables. The fruit vendor, Sher Alam, was standing with his cart beside the post.
Share on Facebook Share on Twitter Share on WhatsApp
The Bomb Disposal Squad (BDS) said the vest contained around eight kilogrammes of explosives packed with ball bearings. The head and legs of the bomber were found at the site.
The banned Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack. Talking to reporters by telephone from an unknown location, TTP spokesman Mufti Rahimullah Haqyar said the group would continue to target the police as long as its men were being killed in custody.
In a separate incident on the same day, BDS personnel defused a five kilogramme improvised explosive device planted near a government primary school in Badaber. A BDS official said the device had been fitted with a timer and was found by a school watchman before classes began.
Published in Dawn, November 19th""",
    C(must_contain=["Three policemen and a fruit vendor were killed",
                    "The Bomb Disposal Squad (BDS) said the vest contained"],
      must_not_contain=["| T |", "Share on Facebook Share on Twitter Share on WhatsApp"],
      keep_unchanged=["Hazar Khwani", "Tehreek e Taliban Pakistan", "Badaber", "kilogrammes"]),
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
     SF("Police", ["police"]),
     SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    [H("Tahir Ayub Khattak", ["Tahir Ayub Khattak"], ["Senior Superintendent of Police (Operations)"]),
     H("Gul Zaman", ["Gul Zaman"], ["Assistant Sub Inspector (ASI)", "killed in the bombing"]),
     H("Sher Alam", ["Sher Alam"], ["fruit vendor", "killed in the bombing"]),
     H("Rahimullah Haqyar", ["Mufti Rahimullah Haqyar"], ["TTP spokesman"])],
    [P("Ring Road", "area", KP, "Peshawar"),
     P("Peshawar", "city", KP, "Peshawar"),
     P("Hazar Khwani", "area", KP, "Peshawar"),
     P("Badaber", "area", KP, "Peshawar")],
    [],
    [I("a suicide bomber blew himself up at a police checkpost on Ring Road",
       "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion",
       "Tehreek-e-Taliban Pakistan", "Police", KP, "Peshawar", "Hazar Khwani", 1, "on Monday morning",
       4, {"security_forces": 3, "civilians": 1}, 7,
       "A bomber on foot set off his vest when a constable stopped him at the Ring Road checkpost in Hazar Khwani. "
       "Three policemen (an ASI and two constables) and a fruit vendor (a civilian role) were killed; the bomber is not "
       "counted because the text does not count him. The TTP claimed it, so it is actor1. The 'Published in Dawn' line "
       "gives the outlet and is kept, not stripped as debris."),
     I("BDS personnel defused a five kilogramme improvised explosive device",
       "Strategic developments", "Disrupted weapons use", "Bombing/Explosion",
       "Bomb Disposal Squad", UAG, KP, "Peshawar", "Badaber", 1, "on the same day",
       0, {}, None,
       "A timed IED found near a primary school was defused; coded as a disrupted bombing as in the dev files. "
       "The TTP claim covers only the checkpost bombing, so the planters stay Unidentified.")])

R02 = gold("BZ-02", "The Express Tribune", """Four Frontier Corps (FC) personnel were killed and two others injured when militants attacked an FC post in Buleda area of Kech District in Balochistan on the night of March 11, reports The Express Tribune. According to Inter Services Public Relations (ISPR), the terrorists opened fire on the post from multiple directions and the troops responded, killing two of the attackers. The Balochistan Liberation Army (BLA) claimed responsibility for the attack in a statement issued by its spokesman Dostain Baloch, who claimed that nine soldiers had been killed. Meanwhile, two Levies personnel were injured when a roadside bomb hit their vehicle in Tump tehsil of the same district on March 12. No group claimed the blast.""",
    C(),
    [SF("Frontier Corps", ["Frontier Corps", "FC"]),
     SF("Security Forces", ["troops"]),
     AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
     SF("Levies", ["Levies"])],
    [H("Dostain Baloch", ["Dostain Baloch"], ["BLA spokesman"])],
    [P("Buleda", "area", BA, "Kech"),
     P("Kech District", "district", BA, "Kech"),
     P("Balochistan", "province", BA, None),
     P("Tump", "area", BA, "Kech")],
    [],
    [I("militants attacked an FC post in Buleda area",
       "Battles", "Armed clash", "Armed Assault",
       "Balochistan Liberation Army", "Frontier Corps", BA, "Kech", "Buleda", 1, "on the night of March 11",
       6, {"security_forces": 4, "militants": 2}, 2,
       "Attack on an FC post, so Battles/Armed clash. Four FC killed and two attackers killed by the troops' response. "
       "The BLA's claim of nine soldiers killed is higher than the official four; the most conservative figure is kept. "
       "ISPR is only the source (the military's media wing) and is not listed as an actor. The two injured are FC. "
       "The BLA claim names only the attack on the FC post."),
     I("a roadside bomb hit their vehicle in Tump tehsil",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
       UAG, "Levies", BA, "Kech", "Tump", 2, "on March 12",
       0, {}, 2,
       "Roadside IED on a Levies vehicle; 'No group claimed the blast', and the BLA claim covered only the FC post, so "
       "actor1 is Unidentified. Tehsil level, hence precision 2.")])

R03 = gold("BZ-03", "The News", """A prayer leader of the Shia community, identified as Maulana Zakir Hussain Jafri (52), was shot dead by unidentified armed motorcyclists near his residence in Soldier Bazaar area of Karachi, the provincial capital of Sindh on August 22, reports The News. Police said the attackers fired at him from close range as he was returning from the mosque after the morning prayers and fled towards Garden. The police termed it an act of sectarianterrorism.
Separately, personnel of the Sindh Rangers arrested four suspected target killers affiliated with the banned Lashkar e Jhangvi (LeJ) during a raid in Manghopir area on the same day. A Rangers spokesman said that the suspects were involved in more than 20 sectarian killingsin different parts of the city, and two Kalashnikovs, four pistols and a hand grenade were recovered from their possession.""",
    C(must_contain=["an act of sectarian terrorism", "sectarian killings in different parts of the city"],
      must_not_contain=["sectarianterrorism", "killingsin"],
      keep_unchanged=["Manghopir", "Kalashnikovs", "Lashkar e Jhangvi"]),
    [SF("Police", ["Police", "police"]),
     SF("Rangers", ["Sindh Rangers", "Rangers"]),
     AG("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"])],
    [H("Zakir Hussain Jafri", ["Maulana Zakir Hussain Jafri"], ["prayer leader of the Shia community", "shot dead"])],
    [P("Soldier Bazaar", "area", SD, "Karachi"),
     P("Karachi", "city", SD, "Karachi"),
     P("Sindh", "province", SD, None),
     P("Garden", "area", SD, "Karachi"),
     P("Manghopir", "area", SD, "Karachi")],
    [],
    [I("was shot dead by unidentified armed motorcyclists near his residence",
       "Violence against civilians", "Attack", "Armed Assault",
       UAG, CIV, SD, "Karachi", "Soldier Bazaar", 1, "on August 22",
       1, {"civilians": 1}, None,
       "Sectarian target killing of a Shia prayer leader; a prayer leader is a civilian role. He is a local cleric, "
       "not a prominent figure, so Armed Assault rather than Assassination. Garden is only where the attackers fled."),
     I("arrested four suspected target killers affiliated with the banned Lashkar e Jhangvi (LeJ)",
       "Strategic developments", "Arrests", None,
       "Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Manghopir", 1, "on the same day",
       0, {}, None,
       "The suspects are linked to earlier sectarian killings in general, not to the prayer leader's killing, so the "
       "arrests are their own Arrests incident. The weapons recovered are part of the same raid. No GTD type for arrests.")])

R04 = gold("BZ-04", "Dawn", """At least five militants, including a local commander of the Hafiz Gul Bahadur group, were killed when a US drone fired two missiles at a compound in Zoi Narai village of Datta Khel tehsil (revenue unit) in North Waziristan Agency of Federally Administered Tribal Areas (FATA) on September 14, reports Dawn. Officials said the compound was being used as a hideout by local and foreign militants. The commander was identified as Mullah Sher Dil Wazir. Two more militants were injured in the strike, while the compound and a vehicle parked inside it were destroyed. This was the third drone strike in the Agency this week.""",
    C(),
    [A("United States Armed Forces", "foreign_force", 8, ["US"]),
     AG("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"])],
    [H("Sher Dil Wazir", ["Mullah Sher Dil Wazir"], ["local commander of the Hafiz Gul Bahadur group", "killed in the drone strike"]),
     H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"])],
    [P("Zoi Narai", "town", KP, "North Waziristan"),
     P("Datta Khel", "area", KP, "North Waziristan"),
     P("North Waziristan Agency", "district", KP, "North Waziristan"),
     P("Federally Administered Tribal Areas", "area", KP, None)],
    [],
    [I("a US drone fired two missiles at a compound in Zoi Narai village",
       "Explosions/Remote violence", "Air/drone strike", None,
       "United States Armed Forces", "Hafiz Gul Bahadur Group", KP, "North Waziristan", "Zoi Narai", 1, "on September 14",
       5, {"militants": 5}, 2,
       "A drone strike by a foreign state force, named as the perpetrator (the CODING-RULES exclusion of foreign forces "
       "covers only those named as victims or accusers), so actor1 is the US forces, inter 8. State action, so GTD is "
       "null, as for raids. 'At least five militants' = 5; the killed commander belonged to the Hafiz Gul Bahadur group, "
       "so it is actor2. " + FATA_NOTE)],
    not_incidents=["This was the third drone strike in the Agency this week."])

R05 = gold("BZ-05", None, """LAHORE: The Counter Terrorism Department (CTD) Punjab on Thursday claimed to have foiled a major terror plot and arrested three suspected members of the Islamic State Khorasan Province (ISKP) near Thokar Niaz Baig, recovering two suicide vests and hand grenades from their possession.
A CTD spokesperson said the suspects, who were travelling on two motorcycles, were intercepted at a picket on the basis of intelligence. "They were planning to target a religious gathering in the provincial capital during the coming days," the spokesperson said. Two suicide vests, six hand grenades, detonators, a pistol and maps of sensitive buildings were found with them.
A CTD spokesperson said the suspects, who were travelling on two motorcycles, were intercepted at a picket on the basis of intelligence. "They were planning to target a religious gathering in the provincial capital during the coming days," the spokesperson said. Two suicide vests, six hand grenades, detonators, a pistol and maps of sensitive buildings were found with them.
Read more: Twin blasts leave five dead in Quetta
The suspects were identified as Asim Rauf alias Abu Talha, Naveed Iqbal and Shakeel Ahmed. Cases were registered against them under the Anti Terrorism Act and they were shifted to an undisclosed location for interrogation.""",
    C(must_contain=["arrested three suspected members of the Islamic State Khorasan Province (ISKP)",
                    "The suspects were identified as Asim Rauf alias Abu Talha"],
      must_not_contain=["Read more: Twin blasts leave five dead in Quetta"],
      keep_unchanged=["Thokar Niaz Baig", "Anti Terrorism Act"],
      near_dup=[["A CTD spokesperson said the suspects, who were travelling on two motorcycles, were intercepted at a picket on the basis of intelligence.",
                 "A CTD spokesperson said the suspects, who were travelling on two motorcycles, were intercepted at a picket on the basis of intelligence."]]),
    [SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     AG("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"])],
    [H("Asim Rauf", ["Asim Rauf", "Abu Talha"], ["suspected ISKP member", "arrested"]),
     H("Naveed Iqbal", ["Naveed Iqbal"], ["suspected ISKP member", "arrested"]),
     H("Shakeel Ahmed", ["Shakeel Ahmed"], ["suspected ISKP member", "arrested"])],
    [P("LAHORE", "city", PB, "Lahore"),
     P("Thokar Niaz Baig", "area", PB, "Lahore")],
    [Q("unnamed CTD spokesperson", "They were planning to target a religious gathering")],
    [I("arrested three suspected members of the Islamic State Khorasan Province (ISKP)",
       "Strategic developments", "Arrests", None,
       "Counter Terrorism Department", "Islamic State-Khorasan Province", PB, "Lahore", "Thokar Niaz Baig", 1, "on Thursday",
       0, {}, None,
       "A foiled plot: the arrests are the main act and the seized suicide vests and grenades are part of the same "
       "event, so one Arrests record (Disrupted weapons use would be the alternative reading). No GTD type for arrests. "
       "The paragraph that the scrape repeats describes the same interception and is not a second incident; the "
       "'Read more' headline about Quetta is web debris, not part of the report.")],
    not_incidents=["Read more: Twin blasts leave five dead in Quetta"])

R06 = gold("BZ-06", "Daily Times", """Militants of the Tehreek e Taliban Pakistan (TTP) took control of the Khwazakhela Police Station in Swat District of the North West Frontier Province (NWFP) on November 3 after a two hour gunfight in which two policemen were injured, reports Daily Times. Local residents said that around 60 armed militants surrounded the building in the afternoon and the remaining policemen fled after running out of ammunition. The militants hoisted their flag on the building and took away weapons left behind. Separately, militants blew up a Government girls high school in Sarsang village of Charbagh tehsil late on the same night. The building was badly damaged but nobody was hurt. In the meantime, the body of a man, identified as Fazal Rabi, was found hanging from a pole at Green Chowk in Mingora, the headquarters of Swat, on November 4. A note attached to the body said he had been spying for the Government. TTP spokesman Qari Ihsanullah Swati told reporters that the man had been executed by a Taliban court after he confessed.""",
    C(),
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP", "Taliban"]),
     SF("Police", ["Police", "policemen"])],
    [H("Fazal Rabi", ["Fazal Rabi"], ["killed, body found hanging", "accused of spying for the Government"]),
     H("Ihsanullah Swati", ["Qari Ihsanullah Swati"], ["TTP spokesman"])],
    [P("Khwazakhela", "town", KP, "Swat"),
     P("Swat District", "district", KP, "Swat"),
     P("North West Frontier Province", "province", KP, None),
     P("Sarsang", "town", KP, "Swat"),
     P("Charbagh", "area", KP, "Swat"),
     P("Green Chowk", "area", KP, "Swat"),
     P("Mingora", "city", KP, "Swat")],
    [],
    [I("took control of the Khwazakhela Police Station",
       "Battles", "Non-state actor overtakes territory", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Police", KP, "Swat", "Khwazakhela", 1, "on November 3",
       0, {}, 2,
       "Control of the police station passed to the TTP by force, after a gunfight and the flight of the police, so "
       "Non-state actor overtakes territory (not a non-violent transfer). Two policemen injured, no deaths. "
       "NWFP is the old name of Khyber Pakhtunkhwa (renamed 2010), so admin1 is Khyber Pakhtunkhwa."),
     I("militants blew up a Government girls high school in Sarsang village",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
       UAG, None, KP, "Swat", "Sarsang", 1, "late on the same night",
       0, {}, 0,
       "'Separately, militants': the text does not tie this bombing to the TTP and no claim is reported, so actor1 "
       "stays Unidentified. Only property was damaged ('nobody was hurt'), so actor2 is null and injured = 0."),
     I("the body of a man, identified as Fazal Rabi, was found hanging from a pole at Green Chowk",
       "Violence against civilians", "Attack", "Unknown",
       "Tehreek-e-Taliban Pakistan", CIV, KP, "Swat", "Green Chowk", 1, "on November 4",
       1, {}, None,
       "The TTP spokesman owned the killing ('executed by a Taliban court'), which counts as a claim, so actor1 is the "
       "TTP. How he was killed is not stated, so GTD Unknown. He is only 'a man', so no side. The date is the day the "
       "body was found.")])

R07 = gold("BZ-07", None, """| Q |
QUETTA: Two shopkeepers of the Hazara community were shot dead and a third was wounded when armed men opened fire on them in a shop on Jinnah Road on Friday, police said.
According to police, four men riding two motorcycles stopped outside a mobile phone shop, opened fire on those inside and escaped. The deceased were identified as Ghulam Abbas Changezi and his cousin Muhammad Ali, while Riaz Hussain was taken to the Civil Hospital with bullet wounds in his chest.
The banned Lashkar e Jhangvi claimed responsibility for the killings. In a message sent to journalists, the groups spokesman Abu Muawiya Farooqi said more such attacks would follow.
Advertisement
On Friday evening, hundreds of members of the Hazara community gathered on Alamdar Road and staged a sit in with the bodies, refusing to bury them until the killers were arrested. Women and children also joined the protest, which continued till late night. "We have buried enough of our young men. We want the state to protect us," said Sardar Yasir Hazara, an elder of the community, addressing the protesters.
The protest ended peacefully after the deputy commissioner assured the elders that the culprits would be arrested within a week.
Related Stories
Quetta blast toll rises to 14""",
    C(must_contain=["Two shopkeepers of the Hazara community were shot dead",
                    "The protest ended peacefully after the deputy commissioner assured the elders"],
      must_not_contain=["| Q |", "Advertisement", "Related Stories", "Quetta blast toll rises to 14"],
      keep_unchanged=["Changezi", "Lashkar e Jhangvi", "Alamdar Road"]),
    [SF("Police", ["police"]),
     AG("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi"])],
    [H("Ghulam Abbas Changezi", ["Ghulam Abbas Changezi"], ["Hazara shopkeeper", "shot dead"]),
     H("Muhammad Ali", ["Muhammad Ali"], ["Hazara shopkeeper", "cousin of Ghulam Abbas Changezi", "shot dead"]),
     H("Riaz Hussain", ["Riaz Hussain"], ["wounded"]),
     H("Abu Muawiya Farooqi", ["Abu Muawiya Farooqi"], ["Lashkar e Jhangvi spokesman"]),
     H("Sardar Yasir Hazara", ["Sardar Yasir Hazara"], ["elder of the Hazara community"])],
    [P("QUETTA", "city", BA, "Quetta"),
     P("Jinnah Road", "area", BA, "Quetta"),
     P("Alamdar Road", "area", BA, "Quetta")],
    [Q("Sardar Yasir Hazara", "We have buried enough of our young men")],
    [I("armed men opened fire on them in a shop on Jinnah Road",
       "Violence against civilians", "Attack", "Armed Assault",
       "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Jinnah Road", 1, "on Friday",
       2, {"civilians": 2}, 1,
       "Sectarian shooting of Hazara shopkeepers (a civilian role), claimed by Lashkar e Jhangvi, so it is actor1. "
       "The third shopkeeper was wounded."),
     I("staged a sit in with the bodies",
       "Protests", "Peaceful protest", None,
       "Protesters", None, BA, "Quetta", "Alamdar Road", 1, "On Friday evening",
       0, {}, None,
       "A sit-in of Hazara community members with the bodies; it ended peacefully after talks, with no intervention. "
       "'Protesters' is the generic label (no organisation is named). The 'Related Stories' headline about a blast "
       "toll is web debris and not an incident of this report.")],
    not_incidents=["Quetta blast toll rises to 14"])

R08 = gold("BZ-08", "The News", """A former Member of the National Assembly (MNA) and senior leader of the Jamiat Ulema e Islam Fazl (JUI F), Maulana Abdul Wakil Tarkani, was shot dead by unidentified assailants outside his house in Shinkot village of Mamund tehsil in Bajaur District of Khyber Pakhtunkhwa on July 9, reports The News. Police said the assailants, who were waiting in a car, fired at him as he came out of his house for the evening prayers and fled. The Islamic State Khorasan Province (ISKP) claimed responsibility for the killing through its Amaq news agency. The JUI F announced three days of mourning.""",
    C(),
    [SF("Police", ["Police"]),
     AG("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"])],
    [H("Abdul Wakil Tarkani", ["Maulana Abdul Wakil Tarkani"],
       ["former Member of the National Assembly (MNA)", "senior leader of the Jamiat Ulema e Islam Fazl (JUI F)"])],
    [P("Shinkot", "town", KP, "Bajaur"),
     P("Mamund", "area", KP, "Bajaur"),
     P("Bajaur District", "district", KP, "Bajaur"),
     P("Khyber Pakhtunkhwa", "province", KP, None)],
    [],
    [I("was shot dead by unidentified assailants outside his house in Shinkot village",
       "Violence against civilians", "Attack", "Assassination",
       "Islamic State-Khorasan Province", CIV, KP, "Bajaur", "Shinkot", 1, "on July 9",
       1, {"civilians": 1}, None,
       "A prominent named target (a former MNA and senior party leader), so GTD Assassination. ISKP claimed it, so it "
       "is actor1 although the text says 'unidentified assailants'. Amaq is the group's outlet, not an actor. The "
       "JUI F is a political party named only as the victim's party and is left out of actors. A politician is a "
       "civilian role.")])

R09 = gold("BZ-09", None, """ISLAMABAD: Police used water cannon and batons to disperse a march of families of missing persons from Balochistan at Zero Point on Wednesday night and took at least 45 protesters, including women, into custody.
The march, organised by the Baloch Yakjehti Committee (BYC), had set out from Turbat two weeks ago and was heading for the National Press Club to stage a sit in. Witnesses said police also fired tear gas shells when some of the marchers refused to board the police vans. At least six protesters were injured, organisers said.
Follow us on Twitter
"Our only demand is that our loved ones be produced before the courts. Instead we were met with water cannon," said Zarina Dashti, whose brother has been missing for three years.
An Islamabad police spokesman said the marchers had been stopped because they did not have permission to enter the Red Zone, and that all the detained women would be released by morning.
In Quetta, members of the BYC and relatives of missing persons staged a peaceful demonstration outside the Quetta Press Club on Thursday to condemn the police action in the capital.
Comments (14)""",
    C(must_contain=["Police used water cannon and batons to disperse a march",
                    "staged a peaceful demonstration outside the Quetta Press Club"],
      must_not_contain=["Follow us on Twitter", "Comments (14)"],
      keep_unchanged=["Yakjehti", "Zero Point"]),
    [SF("Police", ["Police", "police"]),
     A("Baloch Yakjehti Committee", "movement", 6, ["Baloch Yakjehti Committee", "BYC"])],
    [H("Zarina Dashti", ["Zarina Dashti"], ["protester", "sister of a missing person"])],
    [P("ISLAMABAD", "capital", ICT, "Islamabad"),
     P("Balochistan", "province", BA, None),
     P("Zero Point", "area", ICT, "Islamabad"),
     P("Turbat", "city", BA, "Kech"),
     P("National Press Club", "area", ICT, "Islamabad"),
     P("Red Zone", "area", ICT, "Islamabad"),
     P("Quetta", "city", BA, "Quetta"),
     P("Quetta Press Club", "area", BA, "Quetta")],
    [Q("Zarina Dashti", "Our only demand is that our loved ones be produced")],
    [I("Police used water cannon and batons to disperse a march of families of missing persons",
       "Protests", "Protest with intervention", None,
       "Protesters", "Police", ICT, "Islamabad", "Zero Point", 1, "on Wednesday night",
       0, {}, 6,
       "Police dispersed the march with water cannon, batons and tear gas, without lethal force, so Protest with "
       "intervention. The 45 detentions happened during the dispersal and are part of this event, not a separate "
       "Arrests incident. The BYC organised the march; it is listed as a named organisation (kind movement, inter 6) "
       "while actor1 keeps the generic 'Protesters'. 'At least six' injured = 6."),
     I("staged a peaceful demonstration outside the Quetta Press Club",
       "Protests", "Peaceful protest", None,
       "Protesters", None, BA, "Quetta", "Quetta Press Club", 1, "on Thursday",
       0, {}, None,
       "A solidarity demonstration in a second province; no intervention is reported.")])

R10 = gold("BZ-10", "Dawn", """At least nine militants were killed and 14 others injured in clashes between the rival Lashkar e Islam (LI) and Ansarul Islam (AI) in the Sipah area of Bara tehsil in Khyber Agency of Federally Administered Tribal Areas (FATA) on May 18, reports Dawn. Sources said that six LI militants and three AI militants died in the fighting, which started early in the morning when LI fighters attacked an AI position on a hilltop and continued till evening. Both sides used heavy weapons and several houses were damaged. LI spokesman Haji Gulab Afridi claimed that 20 AI men had been killed. The two groups have been fighting for control of Tirah valley for over two years.""",
    C(),
    [AG("Lashkar-e-Islam", ["Lashkar e Islam", "LI"]),
     AG("Ansar-ul-Islam", ["Ansarul Islam", "AI"])],
    [H("Gulab Afridi", ["Haji Gulab Afridi"], ["LI spokesman"])],
    [P("Sipah", "area", KP, "Khyber"),
     P("Bara", "area", KP, "Khyber"),
     P("Khyber Agency", "district", KP, "Khyber"),
     P("Federally Administered Tribal Areas", "area", KP, None),
     P("Tirah valley", "area", KP, "Khyber")],
    [],
    [I("clashes between the rival Lashkar e Islam (LI) and Ansarul Islam (AI)",
       "Battles", "Armed clash", "Armed Assault",
       "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sipah", 1, "on May 18",
       9, {"militants": 9}, 14,
       "Fighting between two named armed groups; LI attacked first, so it is actor1. Six LI and three AI militants "
       "died; the LI spokesman's claim of 20 AI dead is not used (most conservative figure). " + FATA_NOTE)],
    not_incidents=["The two groups have been fighting for control of Tirah valley for over two years."],
    relations=[R("Lashkar-e-Islam", "Ansar-ul-Islam", "hostile",
                 "clashes between the rival Lashkar e Islam (LI) and Ansarul Islam (AI)")],
    actor_profiles={
        "Lashkar-e-Islam": {"area": ["Tirah valley", "Bara"],
                            "evidence": "The two groups have been fighting for control of Tirah valley"},
        "Ansar-ul-Islam": {"area": ["Tirah valley"],
                           "evidence": "The two groups have been fighting for control of Tirah valley"}})

REPORTS = [R01, R02, R03, R04, R05, R06, R07, R08, R09, R10]
