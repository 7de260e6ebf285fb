from lib import *

POLICE = "Police"
UAG = "Unidentified Armed Group"
SF = "Security Forces"
FC = "Frontier Corps"
CTD = "Counter Terrorism Department"
TTP = "Tehreek-e-Taliban Pakistan"
B, AC, VAC, ERV, SD, PR = ("Battles", "Armed clash", "Violence against civilians",
                           "Explosions/Remote violence", "Strategic developments", "Protests")
IED = "Remote explosive/landmine/IED"
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; not among "
             "the allowed admin1 values).")

# ---------------------------------------------------------------- BD-16
report("BD-16", """
Unidentified motorcyclists hurled a hand grenade into the hujra of Awami National Party (ANP) district
leader Haji Fazal Rahim in Umarzai area of Charsadda District in the night of October 5, reports Daily
Times. The grenade exploded in the courtyard, shattering windows and damaging two parked cars, but no one
was hurt as the guests had left a few minutes earlier. Police registered a case under the Anti Terrorism
Act and later arrested a suspect, identified as Wisal Khan, from a nearby village on the basis of CCTV
footage.
""", "Daily Times",
    [A(POLICE, "state_force", 1, ["Police"])],
    [H("Fazal Rahim", ["Haji Fazal Rahim"], ["Awami National Party (ANP) district leader"]),
     H("Wisal Khan", ["Wisal Khan"], ["suspect arrested for the grenade attack"])],
    [P("Umarzai", "area", KP, "Charsadda"),
     P("Charsadda District", "district", KP, "Charsadda")],
    [],
    [I("Unidentified motorcyclists hurled a hand grenade into the hujra", ERV, "Grenade", "Bombing/Explosion",
       UAG, "Civilians", KP, "Charsadda", "Umarzai", 1, "in the night of October 5", 0, {}, 0,
       "A grenade thrown into a party leader's guest house; only windows and two cars were damaged and 'no one "
       "was hurt', so killed and injured are 0. The target is a politician's home, so actor2 is Civilians (as "
       "for the MPA's house in the dev files) and GTD Bombing/Explosion, not Assassination, since no attempt on "
       "his person is described. The ANP is a party named only as the victim's, so it is not an actor. The later "
       "arrest of a suspect is tied to this attack and stays in this record.")])

# ---------------------------------------------------------------- BD-17
report("BD-17", """
The bullet riddled body of a schoolteacher who had been abducted three days earlier was found in a
sugarcane field near Naray Khwar Dheri in Takht Bhai tehsil of Mardan District on February 27, reports
The Express Tribune. Police said Shakeel Ahmad (41), who taught at a government high school in Lund
Khwar, was kidnapped by armed men while he was returning home on his motorcycle on February 24. His
family had received a telephone call demanding five million rupees for his release. The body bore marks
of torture and he had been shot in the head. Police said they were investigating whether a criminal gang
or militants were behind the killing.
""", "The Express Tribune",
    [A(POLICE, "state_force", 1, ["Police"])],
    [H("Shakeel Ahmad", ["Shakeel Ahmad"], ["schoolteacher at a government high school in Lund Khwar",
                                            "abducted and killed"])],
    [P("Naray Khwar Dheri", "town", KP, "Mardan"),
     P("Takht Bhai", "area", KP, "Mardan"),
     P("Mardan District", "district", KP, "Mardan"),
     P("Lund Khwar", "town", KP, "Mardan")],
    [],
    [I("a schoolteacher who had been abducted three days earlier", VAC, "Attack", "Hostage Taking (Kidnapping)",
       UAG, "Civilians", KP, "Mardan", "Naray Khwar Dheri", 2, "on February 27", 1, {"civilians": 1}, None,
       "Abducted on February 24 and found shot dead on February 27: abducted and later killed, so ACLED Attack "
       "with GTD Hostage Taking (Kidnapping), dated to the day the body was found (as in the dev files). A "
       "schoolteacher is a civilian role. The ransom call raises the possibility of a criminal killing (organised "
       "crime); police have not decided, so it is kept as political violence by an unidentified group. Body found "
       "'near' the village, hence precision 2.")])

# ---------------------------------------------------------------- BD-18
BLA = "Balochistan Liberation Army"
report("BD-18", """
At least four Frontier Corps (FC) personnel were killed and six others injured when a remote controlled
improvised explosive device (IED) struck their vehicle in the Kallag Kaur area near Hoshap in Kech
District of Balochistan on May 9, reports The Express Tribune. Officials said the FC convoy was escorting
engineers working on a road project when the blast took place. The militants also opened fire on the
convoy after the explosion, but the FC personnel returned fire and the attackers fled into the mountains.
The Balochistan Liberation Army (BLA) claimed responsibility for the attack. In a separate incident on the
same day, unidentified men threw a hand grenade at a mobile phone shop in the main bazaar of Turbat,
injuring three people. Also on May 9, a Levies constable, identified as Jan Muhammad, was shot dead by
unidentified motorcyclists near his home in Tump. Separately, FC personnel recovered a cache of arms and
ammunition, including rocket launchers and 40 kilograms of explosives, during a search operation in the
Buleda area.
""", "The Express Tribune",
    [A(FC, "state_force", 1, ["Frontier Corps", "FC"]),
     A(BLA, "armed_group", 2, ["Balochistan Liberation Army", "BLA"]),
     A("Levies", "state_force", 1, ["Levies"])],
    [H("Jan Muhammad", ["Jan Muhammad"], ["Levies constable", "shot dead"])],
    [P("Kallag Kaur", "area", BA, "Kech"),
     P("Hoshap", "town", BA, "Kech"),
     P("Kech District", "district", BA, "Kech"),
     P("Balochistan", "province", BA, None),
     P("Turbat", "city", BA, "Kech"),
     P("Tump", "town", BA, "Kech"),
     P("Buleda", "area", BA, "Kech")],
    [],
    [I("a remote controlled improvised explosive device (IED) struck their vehicle", ERV, IED,
       "Bombing/Explosion", BLA, FC, BA, "Kech", "Kallag Kaur", 1, "on May 9", 4, {"security_forces": 4}, 6,
       "A remote-controlled IED on an FC convoy, followed by gunfire that the FC returned. The bomb is the main "
       "method and the firing is part of the same ambush, so one IED record. 'At least four' FC personnel = 4; "
       "the six injured are 'others' with no stated side. The BLA claimed the attack."),
     I("unidentified men threw a hand grenade at a mobile phone shop", ERV, "Grenade", "Bombing/Explosion", UAG,
       "Civilians", BA, "Kech", "Turbat", 1, "on the same day", 0, {}, 3,
       "A grenade attack on a shop in Turbat bazaar; three 'people' injured, no side. The BLA claim covers only "
       "'the attack' on the convoy, so this one stays Unidentified."),
     I("a Levies constable, identified as Jan Muhammad, was shot dead by unidentified motorcyclists", B, AC,
       "Armed Assault", UAG, "Levies", BA, "Kech", "Tump", 1, "on May 9", 1, {"security_forces": 1}, None,
       "A Levies constable shot near his home. Under the rule that attacks on police or soldiers, even one-sided "
       "ones, are Battles/Armed clash, this is coded so although he may have been off duty; Violence against "
       "civilians would be the alternative."),
     I("FC personnel recovered a cache of arms and ammunition", SD, "Disrupted weapons use", None, FC, UAG, BA,
       "Kech", "Buleda", 2, None, 0, {}, None,
       "A weapons and explosives cache seized in a search operation: Disrupted weapons use. Unlike a defused "
       "bomb it is not a disrupted attack of a known kind, and search operations get no GTD type, so GTD is null. "
       "Buleda is a tehsil-sized valley, hence precision 2. 'Separately' gives no date.")])

# ---------------------------------------------------------------- BD-19
ISKP = "Islamic State-Khorasan Province"
report("BD-19", """
The Counter Terrorism Department (CTD) killed four suspected militants of the Islamic State Khorasan
Province (ISKP) in an intelligence based operation at Kili Mengal Shah in Mastung District on the night of
March 21, reports Dawn. A CTD spokesman said that when the team approached the hideout, the militants
opened fire. Four of them were killed in the exchange, while two managed to escape in the dark. Two CTD
personnel were injured. Suicide jackets, hand grenades and material for making IEDs were recovered. The
CTD identified one of the slain militants as Abdul Wahid Brohi, who was wanted in the killing of a Levies
official in Mastung last year. In a follow up raid in the Kuchlak area of Quetta the next day, the CTD
arrested three suspected facilitators of the group.
""", "Dawn",
    [A(CTD, "state_force", 1, ["Counter Terrorism Department", "CTD"]),
     A(ISKP, "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"]),
     A("Levies", "state_force", 1, ["Levies"])],
    [H("Abdul Wahid Brohi", ["Abdul Wahid Brohi"], ["militant of the ISKP", "killed in the CTD operation"])],
    [P("Kili Mengal Shah", "town", BA, "Mastung"),
     P("Mastung District", "district", BA, "Mastung"),
     P("Mastung", "city", BA, "Mastung"),
     P("Kuchlak", "area", BA, "Quetta"),
     P("Quetta", "city", BA, "Quetta")],
    [],
    [I("The Counter Terrorism Department (CTD) killed four suspected militants of the Islamic State Khorasan Province (ISKP)",
       B, AC, None, CTD, ISKP, BA, "Mastung", "Kili Mengal Shah", 1, "on the night of March 21", 4,
       {"militants": 4}, 2,
       "A CTD raid met with fire: Battles/Armed clash, state-initiated, GTD null. Four militants killed, two "
       "escaped; two CTD personnel injured. The seized jackets and grenades are part of the event. The killing "
       "of a Levies official last year is background."),
     I("the CTD arrested three suspected facilitators of the group", SD, "Arrests", None, CTD, ISKP, BA, "Quetta",
       "Kuchlak", 1, "the next day", 0, {}, None,
       "A follow-up raid on another day in another district (Quetta), so its own Arrests record although it "
       "stems from the Mastung operation. 'Of the group' refers back to the ISKP, so actor2 is ISKP.")])

# ---------------------------------------------------------------- BD-20
report("BD-20", """
A seven year old girl was killed and her mother and brother injured when an explosive device dropped from
a quadcopter hit their house in Zerai Tappi village of Miranshah tehsil in North Waziristan District on
March 8, 2024, reports Dawn. Local elders said the drone had been seen flying over the village for two
days before the attack. We are not safe even inside our homes, said Malik Gul Jan, an elder of the
village. A police official said it was not yet clear who had operated the quadcopter and that an inquiry
had been ordered. The injured were shifted to the District Headquarters Hospital in Miranshah.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["police"])],
    [H("Gul Jan", ["Malik Gul Jan"], ["elder of Zerai Tappi village"])],
    [P("Zerai Tappi", "town", KP, "North Waziristan"),
     P("Miranshah", "town", KP, "North Waziristan"),
     P("North Waziristan District", "district", KP, "North Waziristan")],
    [Q("Gul Jan", "We are not safe even inside our homes")],
    [I("an explosive device dropped from a quadcopter hit their house", ERV, "Air/drone strike",
       "Bombing/Explosion", UAG, "Civilians", KP, "North Waziristan", "Zerai Tappi", 1, "on March 8, 2024", 1,
       {}, 2,
       "A device dropped from a quadcopter on a house: Air/drone strike, GTD Bombing/Explosion. Police say it is "
       "not clear who flew the drone, so actor1 is Unidentified (no state or group attribution is made). One "
       "girl killed; her mother and brother injured. A child is not a status under the rule, so killed_by_side "
       "is empty, though she is plainly a civilian.")])

# ---------------------------------------------------------------- BD-21
JUA = "Jamaat-ul-Ahrar"
report("BD-21", """
Three members of a government backed peace committee were killed and several others injured when their
vehicle struck a landmine in the Tor Warsak area of Safi tehsil in Mohmand Agency on the morning of June 2,
reports Dawn. Officials of the political administration said the peace committee members were on their
way to a jirga in Ghalanai when the landmine, planted on an unpaved road, went off. The dead included
Malik Said Akbar, the head of the committee in the area. The Jamaat ul Ahrar (JuA), a breakaway faction of
the Tehreek e Taliban Pakistan (TTP), claimed responsibility for the attack. Its spokesman, Asad Mansoor
Mohmand, said the group would continue to target those who sided with the government.
""", "Dawn",
    [A(JUA, "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
    [H("Said Akbar", ["Malik Said Akbar"], ["head of the peace committee in the area", "killed in the blast"]),
     H("Asad Mansoor Mohmand", ["Asad Mansoor Mohmand"], ["spokesman of the Jamaat ul Ahrar (JuA)"])],
    [P("Tor Warsak", "area", KP, "Mohmand"),
     P("Safi", "area", KP, "Mohmand"),
     P("Mohmand Agency", "district", KP, "Mohmand"),
     P("Ghalanai", "town", KP, "Mohmand")],
    [],
    [I("their vehicle struck a landmine", ERV, IED, "Bombing/Explosion", JUA, UAG, KP, "Mohmand", "Tor Warsak", 1,
       "on the morning of June 2", 3, {}, None,
       "A landmine under a peace committee vehicle, claimed by the JuA. The government-backed peace committee "
       "is an unnamed pro-government militia, so, as in the dev files, it is not listed as an actor, actor2 is "
       "Unidentified Armed Group and its members fit none of the sides (killed_by_side empty). 'Several others "
       "injured' has no number; injured is left null rather than given ACLED's default. The TTP is named only as "
       "the JuA's parent. " + FATA_NOTE)])

# ---------------------------------------------------------------- BD-22
report("BD-22", """
Constable Abdul Qayyum was killed when a sniper fired at him from a hilltop while he was on guard duty at
a police post in Tirai Gandao village of Barawal tehsil in Upper Dir District on September 13. District
police said the bullet struck him in the neck and he died before he could be taken to hospital in Dir. On
the same night, at least six rockets fired from across the border in Afghanistan landed near a Frontier
Corps (FC) post in the Sheena Banda area of Barawal, damaging a water tank but causing no casualties. FC
officials said the post had come under fire three times in the past month.
""", None,
    [A(POLICE, "state_force", 1, ["police"]),
     A(FC, "state_force", 1, ["Frontier Corps", "FC"])],
    [H("Abdul Qayyum", ["Constable Abdul Qayyum"], ["Constable", "killed by a sniper"])],
    [P("Tirai Gandao", "town", KP, "Upper Dir"),
     P("Barawal", "area", KP, "Upper Dir"),
     P("Upper Dir District", "district", KP, "Upper Dir"),
     P("Dir", "town", KP, "Upper Dir"),
     P("Afghanistan", "country", None, None),
     P("Sheena Banda", "area", KP, "Upper Dir")],
    [],
    [I("a sniper fired at him from a hilltop", B, AC, "Armed Assault", UAG, POLICE, KP, "Upper Dir", "Tirai Gandao",
       1, "on September 13", 1, {"security_forces": 1}, None,
       "Sniper fire on a policeman on guard duty: Battles/Armed clash, GTD Armed Assault. He died before reaching "
       "hospital; counted as killed. No outlet is named, so publisher is null."),
     I("at least six rockets fired from across the border in Afghanistan landed near a Frontier Corps (FC) post",
       ERV, "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, FC, KP, "Upper Dir", "Sheena Banda", 1,
       "On the same night", 0, {}, 0,
       "Rocket fire with no gunfire: Shelling/artillery/missile attack, GTD Bombing/Explosion. The rockets came "
       "from Afghanistan but no force or group is named, so actor1 is Unidentified (not coded as a foreign "
       "force). The impact site in Pakistan is the location. 'No casualties', so 0 and 0. The earlier firing on "
       "the post is background.")])

# ---------------------------------------------------------------- BD-23
LEJ = "Lashkar-e-Jhangvi"
report("BD-23", """
The Counter Terrorism Department (CTD) arrested three alleged militants of the Tehreek e Taliban Pakistan
(TTP) during a raid in Gul Mohallah of Manghopir area in Karachi West District on the night of April 4,
reports The Express Tribune. CTD officials said the suspects, who had moved to the city from Swat, were
involved in extorting money from traders and in a grenade attack on a police post last year. Two hand
grenades, three pistols and a list of traders were recovered from them. Separately, a police constable was
injured when unidentified motorcyclists opened fire on a police picket near Banaras Chowk in Orangi Town on
April 5. Meanwhile, Rangers arrested a suspected target killer belonging to the banned Lashkar e Jhangvi
(LeJ) during a raid in Korangi on April 5.
""", "The Express Tribune",
    [A(CTD, "state_force", 1, ["Counter Terrorism Department", "CTD"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"]),
     A(POLICE, "state_force", 1, ["police"]),
     A("Sindh Rangers", "state_force", 1, ["Rangers"]),
     A(LEJ, "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
    [],
    [P("Gul Mohallah", "area", SI, "Karachi West"),
     P("Manghopir", "area", SI, "Karachi West"),
     P("Karachi West District", "district", SI, "Karachi West"),
     P("Swat", "district", KP, "Swat"),
     P("Banaras Chowk", "area", SI, "Karachi"),
     P("Orangi Town", "area", SI, "Karachi"),
     P("Korangi", "area", SI, "Karachi")],
    [],
    [I("The Counter Terrorism Department (CTD) arrested three alleged militants of the Tehreek e Taliban Pakistan (TTP)",
       SD, "Arrests", None, CTD, TTP, SI, "Karachi West", "Gul Mohallah", 1, "on the night of April 4", 0, {},
       None,
       "A CTD raid and arrest, no GTD. The text names the Karachi district of the raid (Karachi West District), "
       "so admin2 is Karachi West rather than the usual 'Karachi'. Swat is where the suspects came from. The "
       "grenade attack last year and the extortion are background."),
     I("unidentified motorcyclists opened fire on a police picket", B, AC, "Armed Assault", UAG, POLICE, SI,
       "Karachi", "Banaras Chowk", 1, "on April 5", 0, {}, 1,
       "Gunfire on a police picket; one constable injured. Orangi Town lies in the same West district, but the "
       "text names no district for this incident, so admin2 follows the 'Karachi' default."),
     I("Rangers arrested a suspected target killer belonging to the banned Lashkar e Jhangvi (LeJ)", SD, "Arrests",
       None, "Sindh Rangers", LEJ, SI, "Karachi", "Korangi", 1, "on April 5", 0, {}, None,
       "An unrelated arrest, so its own Arrests record. 'Rangers' in Karachi is canonicalised as Sindh Rangers "
       "(a paramilitary state force). No district is named, so admin2 is Karachi.")])

# ---------------------------------------------------------------- BD-24
BMP = "Border Military Police"
report("BD-24", """
A policeman was killed and two others injured when militants attacked the Lakhani Nala police checkpost in
the tribal area of Dera Ghazi Khan District in Punjab late on the night of November 27, reports Dawn.
Regional Police Officer (RPO) Waqar Ahmad Leghari said around ten militants fired rockets and light weapons
at the checkpost from the surrounding hills. Police and Border Military Police (BMP) personnel at the post
returned fire, and the attackers fled towards the Balochistan border after about an hour, carrying their
injured with them. Constable Muhammad Arshad was killed in the attack. The Tehreek e Taliban Pakistan (TTP)
later claimed responsibility in a statement.
""", "Dawn",
    [A(POLICE, "state_force", 1, ["policeman", "police", "Police"]),
     A(BMP, "state_force", 1, ["Border Military Police", "BMP"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
    [H("Waqar Ahmad Leghari", ["Waqar Ahmad Leghari"], ["Regional Police Officer (RPO)"]),
     H("Muhammad Arshad", ["Constable Muhammad Arshad"], ["Constable", "killed in the attack"])],
    [P("Lakhani Nala", "area", PU, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
     P("Punjab", "province", PU, None),
     P("Balochistan", "province", BA, None)],
    [],
    [I("militants attacked the Lakhani Nala police checkpost", B, AC, "Armed Assault", TTP, POLICE, PU,
       "Dera Ghazi Khan", "Lakhani Nala", 1, "late on the night of November 27", 1, {"security_forces": 1}, 2,
       "A night attack with rockets and small arms on a checkpost manned by police and BMP; gunfire was exchanged, "
       "so Battles/Armed clash rather than Shelling. The TTP claimed it, so it is actor1. actor2 is Police, the "
       "force named first for the post (BMP would also fit). One constable killed; 'two others' injured. The "
       "attackers' injured are uncounted. Balochistan is only the direction of flight.")])

# ---------------------------------------------------------------- BD-25
report("BD-25", """
At least 14 militants were killed when helicopter gunships of the Security Forces (SFs) pounded their
hideouts in the Batwar Sar area of Salarzai tehsil in Bajaur Agency of Federally Administered Tribal Areas
(FATA) on February 18, 2009, reports Daily Times. Officials said the hideouts were being used by militants
of the Tehreek e Taliban Pakistan (TTP) who had been attacking security convoys on the Khar Nawagai road.
Local sources, however, said that four of the dead were civilians, including two children, whose house was
hit in the attack. Separately, militants set fire to a government boys primary school in Nawagai tehsil at
night. No one was hurt in the incident. Meanwhile, the bullet riddled bodies of two men, accused by
militants of spying for the government, were found dumped near Inayat Kalay.
""", "Daily Times",
    [A(SF, "state_force", 1, ["Security Forces", "SFs"]),
     A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
    [],
    [P("Batwar Sar", "area", KP, "Bajaur"),
     P("Salarzai", "area", KP, "Bajaur"),
     P("Bajaur Agency", "district", KP, "Bajaur"),
     P("Federally Administered Tribal Areas", "area", KP, None),
     P("Khar Nawagai road", "area", KP, "Bajaur"),
     P("Nawagai", "area", KP, "Bajaur"),
     P("Inayat Kalay", "town", KP, "Bajaur")],
    [],
    [I("helicopter gunships of the Security Forces (SFs) pounded their hideouts", ERV, "Air/drone strike", None,
       SF, TTP, KP, "Bajaur", "Batwar Sar", 1, "on February 18, 2009", 14, {"militants": 10}, None,
       "Gunship strikes are ACLED Air/drone strike; a state operation, so GTD null. The total of 14 is "
       "undisputed, but local sources say four of the dead were civilians (two children among them) while "
       "officials call all 14 militants. Only the undisputed 10 are given a side; the four disputed deaths are "
       "left without a side rather than taking either account. " + FATA_NOTE),
     I("militants set fire to a government boys primary school", SD, "Looting/property destruction",
       "Facility/Infrastructure Attack", UAG, None, KP, "Bajaur", "Nawagai", 2, "at night", 0, {}, 0,
       "Arson on a school with no casualties ('No one was hurt'): Looting/property destruction, GTD "
       "Facility/Infrastructure Attack (no explosives reported). No group is tied to it. Only the tehsil is "
       "given, hence precision 2. 'At night' gives no calendar date."),
     I("the bullet riddled bodies of two men, accused by militants of spying for the government, were found dumped",
       VAC, "Attack", "Armed Assault", UAG, "Civilians", KP, "Bajaur", "Inayat Kalay", 2, None, 2, {}, None,
       "Two men killed as alleged spies, bodies dumped. The text blames 'militants' without naming a group, so "
       "actor1 is Unidentified (not the TTP named earlier in the report). They are only 'men', so no side. Shot "
       "(bullet riddled), with no abduction reported, so GTD Armed Assault. Found 'near' Inayat Kalay, hence "
       "precision 2; no date of its own.")])

# ---------------------------------------------------------------- BD-26
LEI = "Lashkar-e-Islam"
ANI = "Ansarul Islam"
report("BD-26", """
At least nine militants were killed in clashes between the Lashkar e Islam (LeI) and the rival Ansarul Islam
in the Nargasa Sar area of Tirah valley in Khyber Agency, reports The News. Local sources said the fighting
broke out when LeI fighters tried to capture a hilltop post held by Ansarul Islam. Ansarul Islam spokesman
Qari Fazal Wadood claimed that seven LeI fighters had been killed and several others wounded, while LeI
spokesman Haji Sher Alam said only two of their men had died and claimed that 11 fighters of the rival group
had been killed. In a separate incident, two Khasadar personnel were injured when a roadside bomb went off
near their vehicle on the outskirts of Jamrud.
""", "The News",
    [A(LEI, "armed_group", 2, ["Lashkar e Islam", "LeI"]),
     A(ANI, "armed_group", 2, ["Ansarul Islam"]),
     A("Khasadar Force", "state_force", 1, ["Khasadar"])],
    [H("Qari Fazal Wadood", ["Qari Fazal Wadood"], ["Ansarul Islam spokesman"]),
     H("Haji Sher Alam", ["Haji Sher Alam"], ["LeI spokesman"])],
    [P("Nargasa Sar", "area", KP, "Khyber"),
     P("Tirah", "area", KP, "Khyber"),
     P("Khyber Agency", "district", KP, "Khyber"),
     P("Jamrud", "town", KP, "Khyber")],
    [],
    [I("clashes between the Lashkar e Islam (LeI) and the rival Ansarul Islam", B, AC, None, LEI, ANI, KP,
       "Khyber", "Nargasa Sar", 1, None, 9, {"militants": 9}, None,
       "Fighting between two armed groups; LeI attacked, so it is actor1. The two spokesmen's claims disagree "
       "(Ansarul Islam: 7 LeI dead; LeI: 2 LeI dead and 11 rivals), so the report's own conservative 'at least "
       "nine militants' is used, all militants. No injured figure is given for the whole clash. GTD null: "
       "inter-group fighting with no attack on non-combatants. No date is given. " + FATA_NOTE),
     I("a roadside bomb went off near their vehicle", ERV, IED, "Bombing/Explosion", UAG, "Khasadar Force", KP,
       "Khyber", "Jamrud", 2, None, 0, {}, 2,
       "A roadside bomb injured two Khasadar personnel (a tribal state force, so actor2 is the Khasadar Force). "
       "'On the outskirts of Jamrud', hence precision 2. No date is given.")])

# ---------------------------------------------------------------- BD-27
report("BD-27", """
Militants attacked a Levies checkpost and a Frontier Corps (FC) camp in Zhob District of Balochistan late on
the night of October 16, reports Dawn. Levies officials said the militants opened fire on the Sra Khula
checkpost on the highway with automatic weapons, killing Levies sepoy Abdul Ghani and injuring another.
Around the same time, snipers fired on the FC camp at Tangi Wasta from nearby hills, but the fire was
returned and no one was hurt. In the morning, a vehicle carrying Levies reinforcements was hit by a roadside
bomb near Sra Khula, injuring three personnel. The militants fled towards the mountains, officials said.
""", "Dawn",
    [A("Levies", "state_force", 1, ["Levies"]),
     A(FC, "state_force", 1, ["Frontier Corps", "FC"])],
    [H("Abdul Ghani", ["Abdul Ghani"], ["Levies sepoy", "killed in the checkpost attack"])],
    [P("Zhob District", "district", BA, "Zhob"),
     P("Balochistan", "province", BA, None),
     P("Sra Khula", "area", BA, "Zhob"),
     P("Tangi Wasta", "area", BA, "Zhob")],
    [],
    [I("the militants opened fire on the Sra Khula checkpost", B, AC, "Armed Assault", UAG, "Levies", BA, "Zhob",
       "Sra Khula", 1, "late on the night of October 16", 1, {"security_forces": 1}, 1,
       "A night gun attack on a Levies checkpost: one Levies sepoy killed, one injured."),
     I("snipers fired on the FC camp at Tangi Wasta", B, AC, "Armed Assault", UAG, FC, BA, "Zhob", "Tangi Wasta",
       1, "late on the night of October 16", 0, {}, 0,
       "Sniper fire on an FC camp, returned by the FC; 'no one was hurt'. A separate place and target, so a "
       "separate record; it happened 'around the same time', so it takes the night's date."),
     I("a vehicle carrying Levies reinforcements was hit by a roadside bomb", ERV, IED, "Bombing/Explosion", UAG,
       "Levies", BA, "Zhob", "Sra Khula", 2, "In the morning", 0, {}, 3,
       "A roadside bomb on the reinforcements the next morning; three personnel injured. 'Near' Sra Khula, hence "
       "precision 2.")])

# ---------------------------------------------------------------- BD-28
report("BD-28", """
a mobile phone tower was blown up with explosives by unidentified militants in Zangi Kaur area of Panjgur
District in Balochistan in the early hours of December 12. Levies sources said the tower, owned by a
private cellular company, collapsed in the blast, suspending mobile phone and internet services in the area.
No one was hurt. It was the fourth attack on telecommunication installations in the district this month. No
group claimed responsibility.
""", None,
    [A("Levies", "state_force", 1, ["Levies"])],
    [],
    [P("Zangi Kaur", "area", BA, "Panjgur"),
     P("Panjgur District", "district", BA, "Panjgur"),
     P("Balochistan", "province", BA, None)],
    [],
    [I("a mobile phone tower was blown up with explosives by unidentified militants", ERV, IED, "Bombing/Explosion", UAG,
       None, BA, "Panjgur", "Zangi Kaur", 1, "in the early hours of December 12", 0, {}, 0,
       "A telecom tower destroyed with explosives: IED, GTD Bombing/Explosion (explosives rank above "
       "Facility/Infrastructure Attack). Only property was hit and 'No one was hurt', so actor2 is null and "
       "killed/injured 0. The three earlier attacks this month are background with no details. The text is a "
       "fragment (lower-case start) with no outlet, so publisher is null.")])

# ---------------------------------------------------------------- BD-29
PAF = "Pakistan Air Force"
report("BD-29", """
At least 23 militants, including several foreign fighters, were killed when jet fighters of the Pakistan Air
Force (PAF) struck their hideouts in the Mamosi Kats area of Datta Khel tehsil in North Waziristan Agency in
the early hours of June 12, 2014, reports The News. The Inter Services Public Relations (ISPR) said the
strikes destroyed six hideouts and an ammunition dump. Local residents, speaking to the newspaper by
telephone, however, claimed that the death toll was over 30 and that a number of civilians were also among
the dead. The figures could not be independently verified as the area is closed to journalists. Later in
the day, a roadside bomb struck a military vehicle near Mir Ali, killing two soldiers and injuring four
others.
""", "The News",
    [A(PAF, "state_force", 1, ["Pakistan Air Force", "PAF"]),
     A(SF, "state_force", 1, ["soldiers"])],
    [],
    [P("Mamosi Kats", "area", KP, "North Waziristan"),
     P("Datta Khel", "area", KP, "North Waziristan"),
     P("North Waziristan Agency", "district", KP, "North Waziristan"),
     P("Mir Ali", "town", KP, "North Waziristan")],
    [],
    [I("jet fighters of the Pakistan Air Force (PAF) struck their hideouts", ERV, "Air/drone strike", None, PAF,
       UAG, KP, "North Waziristan", "Mamosi Kats", 1, "in the early hours of June 12, 2014", 23,
       {"militants": 23}, None,
       "Air strikes by the PAF, a state operation, so GTD null. Sources disagree: the official figure is 'at "
       "least 23 militants', residents say 'over 30' with unnumbered civilians among them. The most conservative "
       "figure, 23, is used, all militants as officially stated; the residents' civilian claim gives no number "
       "to split off. 'Several foreign fighters' is part of the 23. No group is named, so actor2 is "
       "Unidentified. The ISPR is only a source. " + FATA_NOTE),
     I("a roadside bomb struck a military vehicle near Mir Ali", ERV, IED, "Bombing/Explosion", UAG, SF, KP,
       "North Waziristan", "Mir Ali", 2, "Later in the day", 2, {"security_forces": 2}, 4,
       "A roadside bomb on a military vehicle: two soldiers killed, four 'others' injured (side not stated). "
       "'Near' Mir Ali, hence precision 2.")])

# ---------------------------------------------------------------- BD-30
report("BD-30", """
Unidentified armed men abducted five employees of a mobile phone company and their driver from the Shasho
Kandao area of Lower Kurram tehsil in Kurram District on Thursday. Police said the
employees were returning after repairing a tower when the armed men stopped their vehicle, forced them into
two pickup trucks and drove off towards the border. The company vehicle was later found abandoned with its
tyres punctured. A search operation was launched in the area, but no clue about the abducted men had been
found till the filing of this report. No group has claimed responsibility.
""", None,
    [A(POLICE, "state_force", 1, ["Police"])],
    [],
    [P("Shasho Kandao", "area", KP, "Kurram"),
     P("Lower Kurram", "area", KP, "Kurram"),
     P("Kurram District", "district", KP, "Kurram")],
    [],
    [I("Unidentified armed men abducted five employees of a mobile phone company and their driver", VAC,
       "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians", KP, "Kurram",
       "Shasho Kandao", 1, "on Thursday", 0, {}, None,
       "Six civilians (five company employees and a driver) abducted and not yet found: Abduction/forced "
       "disappearance, GTD Hostage Taking (Kidnapping). No one is reported killed; injured is not mentioned. "
       "The search operation has no outcome and is not coded. The weekday-only date is kept as written. No outlet "
       "is named, so publisher is null.")])
