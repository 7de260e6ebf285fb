# Hand coding of set AY. Each entry is coded from its own text only (see ../README.md).
import json
KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AJK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Jammu and Kashmir"
BAT, EXP, VAC, PRO, SD_ = "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Strategic developments"
UAG, CIV = "Unidentified Armed Group", "Civilians"
FATA_NOTE = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

def A(canonical, mentions, kind="state_force", inter=1):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}
def G(canonical, mentions):
    return A(canonical, mentions, "armed_group", 2)
def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}
def L(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}
def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}
def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}

POLICE = lambda m: A("Police", m)
SF = lambda m: A("Security Forces", m)
FC = A("Frontier Corps", ["Frontier Corps", "FC"])
LEVIES = A("Levies", ["Levies"])
BDS = A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])
CTD = A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
TTP = G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])

GOLD = {}

GOLD["01"] = dict(publisher="Dawn",
 actors=[POLICE(["policemen", "police"])],
 people=[P("Naveed Akhtar Gandapur", ["Naveed Akhtar Gandapur"], ["District Police Officer (DPO)"])],
 places=[L("Pezu", "town", KP, "Lakki Marwat"), L("Lakki Marwat District", "district", KP, "Lakki Marwat"),
         L("Khyber Pakhtunkhwa", "province", KP, None), L("Lakki Marwat", "city", KP, "Lakki Marwat")],
 incidents=[I("militants attacked a police post in Pezu town", BAT, "Armed clash", "Armed Assault", UAG, "Police",
   KP, "Lakki Marwat", "Pezu", 1, "late on Saturday night", 5, {"security_forces": 3, "militants": 2}, 2,
   "About a dozen militants attacked a police post and fought for over an hour. The dead are given by side in separate sentences: three policemen in the first sentence, and two attackers only in a police statement issued the next day (their bodies were taken away, but police count them as killed), so killed = 5 (3 security forces, 2 militants). The two injured are policemen. No group is named. Lakki Marwat city is only where the injured were taken.")])

GOLD["02"] = dict(publisher="The Express Tribune",
 actors=[FC, LEVIES, G("Baloch Liberation Front", ["Baloch Liberation Front", "BLF"])],
 people=[P("Naeem Dashti", ["Naeem Dashti"], ["shopkeeper", "injured in the grenade attack"])],
 places=[L("Hoshab", "area", BA, "Kech"), L("Kech District", "district", BA, "Kech"), L("Turbat", "town", BA, "Kech")],
 incidents=[
  I("their vehicle was hit by a roadside bomb in Hoshab area", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Baloch Liberation Front", "Frontier Corps", BA, "Kech", "Hoshab", 1, "on March 11", 2, {"security_forces": 2}, 4,
    "A remote-controlled device under a culvert hit an FC vehicle returning from patrol. The BLF is named only in the later claim, so it is actor1 although the text first speaks of 'the device' with no perpetrator. Two FC personnel killed; 'four others' injured (implied FC, but injured are not split by side). Levies officials are only the source. The text names no province; Kech District is in Balochistan (general knowledge)."),
  I("unidentified persons hurled a hand grenade at a mobile phone shop", EXP, "Grenade", "Bombing/Explosion",
    UAG, CIV, BA, "Kech", "Turbat", 1, "on the same night", 0, {}, 2,
    "A separate grenade attack on a shop in Turbat's main bazaar injured the shopkeeper and a customer. 'On the same night' refers back to March 11. The BLF claim covers only 'the attack' on the FC vehicle, so this one stays Unidentified.")])

GOLD["03"] = dict(publisher="Dawn",
 actors=[POLICE(["police", "Police"])],
 people=[P("Adnan Qaimkhani", ["Adnan Qaimkhani", "Adnan"], ["worker of the Muttahida Qaumi Movement Pakistan (MQM P)", "shot and later died of his injuries"]),
         P("Rizwan", ["Rizwan"], ["cousin of Adnan Qaimkhani", "injured"])],
 places=[L("Shah Faisal Colony", "area", SD, "Karachi"), L("Karachi", "city", SD, "Karachi"), L("Sindh", "province", SD, None)],
 incidents=[I("was shot and critically injured by two armed motorcyclists", VAC, "Attack", "Armed Assault", UAG, CIV,
   SD, "Karachi", "Shah Faisal Colony", 2, "on Wednesday night", 1, {"civilians": 1}, 1,
   "The MQM P worker was shot on Wednesday night and died on Thursday morning; the incident is dated to the shooting, and he is counted once, as killed (not also as injured). A party worker is a civilian role. His cousin, wounded in the leg, is the one injured. The place is given only as the limits of the Shah Faisal Colony Police Station, a jurisdiction rather than a spot, hence precision 2. Targeted killing of a party worker, not a prominent figure, so Armed Assault. MQM P is the victim's party and is not listed in actors.")])

GOLD["04"] = dict(publisher="The News",
 actors=[SF(["Security forces", "Troops", "soldier", "soldiers"])],
 people=[P("Imtiaz Hussain", ["Sepoy Imtiaz Hussain"], ["Sepoy", "soldier killed in the operation"])],
 places=[L("Datta Khel", "area", KP, "North Waziristan"), L("North Waziristan District", "district", KP, "North Waziristan"),
         L("Zangoti Kalay", "town", KP, "North Waziristan"), L("Mir Ali", "area", KP, "North Waziristan")],
 incidents=[
  I("Security forces killed six militants during an intelligence based operation (IBO)", BAT, "Armed clash", None,
    "Security Forces", UAG, KP, "North Waziristan", "Datta Khel", 1, "on the intervening night of October 16 and 17", 7,
    {"militants": 6, "security_forces": 1}, None,
    "An IBO with an 'intense exchange of fire': six militants killed, and a soldier killed in a later sentence, so killed = 7 by side. A state-initiated operation, so GTD null. The ISPR is the military's media wing and only the source, so it is not an actor. The date spans the night of October 16 to 17; date_text keeps the whole phrase. Weapons recovered are part of the same event."),
  I("an improvised explosive device (IED) went off near their vehicle", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, "Security Forces", KP, "North Waziristan", "Zangoti Kalay", 1, "On the same day", 0, {}, 2,
    "Two soldiers injured by an IED in a village of Mir Ali tehsil. 'On the same day' refers back to the operation night (October 16/17; the exact day is unclear). No group is named.")])

GOLD["05"] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[P("Muhammad Ali Changezi", ["Muhammad Ali Changezi"], ["vegetable vendor", "member of the Hazara community", "killed"]),
         P("Ghulam Abbas", ["Ghulam Abbas"], ["vegetable vendor", "member of the Hazara community", "killed"])],
 places=[L("Hazarganji", "area", BA, "Quetta"), L("Quetta", "city", BA, "Quetta"), L("Balochistan", "province", BA, None),
         L("Hazara Town", "area", BA, "Quetta"), L("Western Bypass", "area", BA, "Quetta")],
 incidents=[
  I("unidentified armed men opened fire on their pick up", VAC, "Attack", "Armed Assault", UAG, CIV,
    BA, "Quetta", "Hazarganji", 1, "on Tuesday morning", 2, {"civilians": 2}, 1,
    "Sectarian targeting of Hazara vendors near the Hazarganji vegetable market: two killed (vendors, a civilian role), one injured. Targeted by community, not as prominent persons, so Armed Assault. Hazara Town is only where they were heading."),
  I("staged a sit in", PRO, "Peaceful protest", None, "Protesters", None,
    BA, "Quetta", "Western Bypass", 1, "Following the attack", 0, {}, None,
    "Hazara community members blocked the Western Bypass with the bodies and held a sit-in until an official's assurance; no force was used, so Peaceful protest (a road blockade alone does not make it violent). Protesters are a generic actor, like Civilians, and are not listed in actors. Protests get no GTD type.")])

GOLD["06"] = dict(publisher="The Express Tribune",
 actors=[CTD, TTP, G("Islamic State", ["Islamic State", "IS"])],
 people=[P("Abdul Wahab", ["Abdul Wahab alias Bilal"], ["suspected member of the Islamic State (IS)", "arrested"])],
 places=[L("Punjab", "province", PB, None), L("Qadirpur Raan", "town", PB, "Multan"), L("Multan", "city", PB, "Multan"),
         L("Bahawalpur District", "district", PB, "Bahawalpur")],
 incidents=[
  I("arrested four suspected terrorists of the banned Tehreek e Taliban Pakistan (TTP)", SD_, "Arrests", None,
    "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Multan", "Qadirpur Raan", 2, "on Monday", 0, {}, None,
    "An IBO arrest of four TTP suspects 'near' Qadirpur Raan on the outskirts of Multan, hence precision 2. The explosives, grenades and detonators seized and the alleged plan are part of this arrest, so it is one Arrests record rather than a separate Disrupted weapons use. Arrests get no GTD type."),
  I("the CTD arrested a suspected member of the Islamic State (IS)", SD_, "Arrests", None,
    "Counter Terrorism Department", "Islamic State", PB, "Bahawalpur", "Bahawalpur District", 2, None, 0, {}, None,
    "A separate operation; only the district is given, hence precision 2. 'In another operation' gives no date of its own, so date_text is null (it may be the same Monday). The pistol and literature recovered are part of the arrest.")])

GOLD["07"] = dict(publisher="Dawn",
 actors=[POLICE(["Police"]), G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"])],
 people=[],
 places=[L("Padidan", "town", SD, "Naushahro Feroze"), L("Naushahro Feroze District", "district", SD, "Naushahro Feroze"),
         L("Sindh", "province", SD, None), L("Karachi", "city", SD, "Karachi")],
 incidents=[I("a low intensity explosive device went off near Padidan railway station", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
   "Sindhudesh Revolutionary Army", None, SD, "Naushahro Feroze", "Padidan", 2, "early on Monday", 0, {}, 0,
   "A device damaged a railway track 'near' Padidan station, hence precision 2. Pamphlets of the SRA found at the site claim responsibility, so the SRA is treated as the claimant and actor1 (pamphlets are weaker than a spokesman's claim; the text says they claim it). The target was infrastructure, so actor2 is null. 'No one was hurt', so killed and injured are 0. Karachi is only the train's destination.")])

GOLD["08"] = dict(publisher="Dawn",
 actors=[POLICE(["policemen", "police", "Police"]), G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"]), TTP],
 people=[P("Gul Zameen", ["Gul Zameen"], ["constable", "killed stopping the bomber"])],
 places=[L("Hayatabad", "area", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar"), L("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[I("a suicide bomber blew himself up near a police checkpoint", EXP, "Suicide bomb", "Bombing/Explosion",
   "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Hayatabad", 1, "on Tuesday morning", 6, {"security_forces": 2, "civilians": 1}, 16,
   "First reported as 'at least five' killed and 17 injured; one of the 17, a rickshaw driver, died later, so killed = 6 and injured = 16 (he is not counted twice). By side: two policemen (constable Gul Zameen among them) and the rickshaw driver (a civilian role); the other three dead are 'people' with no side. The bomber is not counted because the text does not count him. JuA claimed it; the TTP's distancing is a denial and does not change actor1, but the TTP is named, so it is listed in actors. The target was the police checkpoint, so actor2 is Police.")])

GOLD["09"] = dict(publisher="Daily Times",
 actors=[LEVIES],
 people=[P("Fazal Karim", ["Fazal Karim"], ["Levies Risaldar Major"]),
         P("Abdul Wali", ["Naik Abdul Wali"], ["Levies man (Naik)", "injured"]),
         P("Mir Hamza Kakar", ["Mir Hamza Kakar"], ["schoolteacher", "kidnapped for ransom and recovered"])],
 places=[L("Quetta", "city", BA, "Quetta"), L("Zhob", "town", BA, "Zhob"), L("Muslim Bagh", "town", BA, "Killa Saifullah"),
         L("Killa Saifullah District", "district", BA, "Killa Saifullah"), L("Kan Mehtarzai", "area", BA, "Killa Saifullah")],
 incidents=[
  I("Unidentified armed men attacked a Levies checkpost", BAT, "Armed clash", "Armed Assault", UAG, "Levies",
    BA, "Killa Saifullah", "Muslim Bagh", 2, "late on Sunday night", 1, {"security_forces": 1}, 1,
    "Gunmen on motorcycles attacked a Levies checkpost on the Quetta-Zhob highway 'near' Muslim Bagh (precision 2), with a brief exchange of fire. One Levies sepoy killed, one Levies Naik injured. Quetta and Zhob only name the highway's ends."),
  I("had been kidnapped for ransom from Kan Mehtarzai area", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV,
    BA, "Killa Saifullah", "Kan Mehtarzai", 1, "four days earlier", 0, {}, None,
    "The teacher's kidnapping is told only in passing, but it is a specific event with its own place and relative date, so it is coded as its own abduction. 'Four days earlier' counts back from the recovery, whose own date is not stated. Kidnappers for ransom are unnamed, so Unidentified."),
  I("Levies personnel recovered a schoolteacher", SD_, "Arrests", None, "Levies", UAG,
    BA, "Killa Saifullah", "Kan Mehtarzai", 1, None, 0, {}, None,
    "The recovery and the arrest of two abductors happened in a raid on a hideout 'in the same area', which refers back to Kan Mehtarzai. No violence is reported, so Arrests (a release/recovery gets no GTD type). 'Meanwhile' gives no date of its own, so date_text is null.")])

GOLD["10"] = dict(publisher="The News",
 actors=[G("Lashkar-e-Islam", ["Lashkar e Islam", "LI"]), G("Ansarul Islam", ["Ansarul Islam", "AI"])],
 people=[P("Haji Sher Muhammad Afridi", ["Haji Sher Muhammad Afridi"], ["Ansarul Islam (AI) spokesman"])],
 places=[L("Torsam Kandao", "area", KP, "Khyber"), L("Tirah", "area", KP, "Khyber"), L("Khyber Agency", "district", KP, "Khyber"),
         L("Federally Administered Tribal Areas", "area", KP, None), L("Peshawar", "city", KP, "Peshawar")],
 quotes=[Q("Haji Sher Muhammad Afridi", "We repulsed the attack and they left their dead behind")],
 incidents=[I("fierce clashes between the rival Lashkar e Islam (LI) and Ansarul Islam (AI)", BAT, "Armed clash", "Armed Assault",
   "Lashkar-e-Islam", "Ansarul Islam", KP, "Khyber", "Torsam Kandao", 1, "on Wednesday", 9, {"militants": 9}, None,
   "Fighting between two armed groups began when LI tried to take an AI-held hilltop, so LI is actor1; the attempt failed and no territory changed hands, so Armed clash. The total 'at least nine militants' matches the AI spokesman's split (3 AI + 6 LI, from one side only); all nine are called militants by the text. The spokesman spoke from Peshawar, which is not the place of the incident. GTD Armed Assault for the LI assault on a non-state militia. No count of injured is given." + FATA_NOTE)])

GOLD["11"] = dict(publisher="The Express Tribune",
 actors=[POLICE(["police", "Police"])],
 people=[P("Shah Jehan", ["Shah Jehan"], ["polio vaccinator", "killed"]),
         P("Sher Afzal", ["Sher Afzal"], ["police constable escorting the vaccination team", "injured"])],
 places=[L("Kharkai", "town", KP, "Bajaur"), L("Mamund", "area", KP, "Bajaur"), L("Bajaur District", "district", KP, "Bajaur"),
         L("Khar", "town", KP, "Bajaur")],
 incidents=[I("two unidentified armed men on a motorcycle opened fire on them", VAC, "Attack", "Armed Assault", UAG, CIV,
   KP, "Bajaur", "Kharkai", 1, "on Monday", 1, {"civilians": 1}, 1,
   "Gunmen fired on a polio vaccination team: the vaccinator (a health worker, civilian role) was killed and the escorting constable injured. The team, not the police, is read as the target, so Violence against civilians/Attack; had the constable been the target, it would be Battles/Armed clash. The later arrest of two suspects from the same village is tied to this attack, so it is part of this record, not a separate Arrests incident. Khar is only where the constable was taken.")])

GOLD["12"] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[P("Abdul Qayyum Farooqi", ["Maulana Abdul Qayyum Farooqi"], ["prominent religious scholar", "prayer leader of a local mosque", "district leader of the Ahle Sunnat Wal Jamaat (ASWJ)"]),
         P("Hafiz Usman", ["Hafiz Usman"], ["son of Abdul Qayyum Farooqi", "injured"])],
 places=[L("Dhoke Hassu", "area", PB, "Rawalpindi"), L("Rawalpindi", "city", PB, "Rawalpindi"), L("Pirwadhai", "area", PB, "Rawalpindi"),
         L("Murree Road", "area", PB, "Rawalpindi"), L("Faizabad Interchange", "area", PB, "Rawalpindi")],
 incidents=[
  I("was shot dead by unidentified gunmen near his seminary", VAC, "Attack", "Assassination", UAG, CIV,
    PB, "Rawalpindi", "Dhoke Hassu", 1, "on October 22", 1, {"civilians": 1}, 1,
    "A prominent religious scholar shot dead; a specific prominent target, so GTD Assassination. A cleric is a civilian role. His son was injured. The ASWJ is named only as the victim's affiliation (as parties named as victims are), so it is not listed in actors. The case registered at Pirwadhai Police Station is not an incident."),
  I("blocked Murree Road in protest against the killing", PRO, "Protest with intervention", None, "Protesters", "Police",
    PB, "Rawalpindi", "Murree Road", 1, "The next day", 0, {}, None,
    "Seminary students and residents blocked Murree Road; police used tear gas when they tried to march on, a non-lethal intervention, so Protest with intervention. No violence by the protesters is reported, so not a riot. 'The next day' = October 23. Protesters are a generic actor, not listed in actors.")])

GOLD["13"] = dict(publisher="Dawn",
 actors=[FC, LEVIES],
 people=[],
 places=[L("Sui", "town", BA, "Dera Bugti"), L("Dera Bugti District", "district", BA, "Dera Bugti")],
 not_incidents=["It was the third rocket attack on the camp this month", "the gas purification plant in the town has also been targeted several times in the past"],
 incidents=[I("Unidentified militants fired five rockets at the Frontier Corps (FC) camp", EXP, "Shelling/artillery/missile attack", "Bombing/Explosion",
   UAG, "Frontier Corps", BA, "Dera Bugti", "Sui", 1, "late on Friday night", 0, {}, 3,
   "Rocket fire with no gunfire, so Shelling/artillery/missile attack. The FC camp was the target, so actor2 is Frontier Corps although the three injured (a woman and her two children) were civilians; injured are not split by side. The two earlier attacks on the camp and the past attacks on the gas plant are background with no date or place of their own and are not coded.")])

AFG = A("Military Forces of Afghanistan", ["Afghan forces"], "state_force", 8)
GOLD["14"] = dict(publisher="The News",
 actors=[AFG, SF(["Pakistani troops", "soldier"])],
 people=[],
 places=[L("Afghanistan", "country", None, None), L("Kharlachi", "town", KP, "Kurram"), L("Kurram District", "district", KP, "Kurram")],
 incidents=[
  I("Afghan forces first opened fire on a Pakistani border post", BAT, "Armed clash", None,
    "Military Forces of Afghanistan", "Security Forces", KP, "Kurram", "Kharlachi", 1, "on Thursday", 0, {}, 1,
    "Cross-border exchange of fire between Afghan forces and Pakistani troops at a border post, over fence repairs, continuing into the night; one soldier injured. A foreign state force (inter 8) that fights is an actor (only foreign forces named as victims or accusers are left out). GTD covers non-state attacks only, so null."),
  I("mortar shells fired from across the border in Afghanistan landed on houses", EXP, "Shelling/artillery/missile attack", None,
    "Military Forces of Afghanistan", CIV, KP, "Kurram", "Kharlachi", 1, "on Thursday", 2, {"civilians": 2}, 7,
    "The mortar shells that hit two villages in the Kharlachi area are coded apart from the firefight at the border post: long-range fire hitting civilians, not troops. Two civilians killed, seven injured (the injured soldier belongs to the clash). The closure of the crossing is not an incident. GTD null (state actor).")])

GOLD["15"] = dict(publisher="The Express Tribune",
 actors=[POLICE(["Police", "police"]), BDS],
 people=[P("Tahir Mehmood Bhatti", ["Tahir Mehmood Bhatti"], ["Senior Superintendent of Police (SSP) Operations"]),
         P("Zarif Ullah", ["Zarif Ullah"], ["alleged would be suicide bomber", "resident of South Waziristan", "arrested"]),
         P("Muhammad Arshad", ["Muhammad Arshad"], ["police constable", "shot dead on duty"])],
 places=[L("Tarnol", "area", ICT, "Islamabad"), L("Islamabad", "city", ICT, "Islamabad"),
         L("South Waziristan", "district", KP, "South Waziristan"), L("Golra", "area", ICT, "Islamabad")],
 incidents=[
  I("Police foiled a terror bid in the federal capital", SD_, "Disrupted weapons use", "Bombing/Explosion", "Police", UAG,
    ICT, "Islamabad", "Tarnol", 1, "on Saturday", 0, {}, None,
    "A foiled suicide attack: the suspect was arrested and his explosives jacket recovered and later defused by the BDS. The arrest is tied to the foiled plot, so one Disrupted weapons use record (GTD Bombing/Explosion, as for defused bombs) rather than a separate Arrests incident. No group is named. South Waziristan is only the suspect's home."),
  I("a police constable, Muhammad Arshad, was shot dead by two motorcyclists", BAT, "Armed clash", "Armed Assault", UAG, "Police",
    ICT, "Islamabad", "Golra", 1, "A day earlier", 1, {"security_forces": 1}, None,
    "A one-sided shooting of an on-duty constable at a picket; attacks on police are Battles/Armed clash. 'A day earlier' = Friday, the day before the arrest.")])

GOLD["16"] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[],
 places=[L("Darel", "area", GB, "Diamer"), L("Diamer District", "district", GB, "Diamer"), L("Gilgit Baltistan", "province", GB, None),
         L("Kharbar Das", "town", GB, "Diamer")],
 not_incidents=["Schools in the district have been targeted by militants in the past", "more than a dozen were torched in a single night some years ago"],
 incidents=[
  I("Unidentified militants set on fire a government girls primary school", SD_, "Looting/property destruction", "Facility/Infrastructure Attack",
    UAG, None, GB, "Diamer", "Darel", 2, "on the intervening night of August 2 and 3", 0, {}, None,
    "Arson of an empty school: property destruction with no one present, so Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack (fire, not explosives). Only the valley is given, hence precision 2. 'No loss of life' gives killed = 0; injuries are not mentioned. admin1 written 'Gilgit-Baltistan' for the text's 'Gilgit Baltistan'."),
  I("a girls middle school in Kharbar Das village was partially damaged by an explosive device", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, None, GB, "Diamer", "Kharbar Das", 1, "on the same night", 0, {}, None,
    "A second school in the same valley was damaged by an explosive device the same night; explosives, so a separate Explosions record. No people targeted, so actor2 is null. The older school attacks are background and are not coded.")])

GOLD["17"] = dict(publisher="The News",
 actors=[SF(["Security forces", "soldiers", "security forces"]), TTP],
 people=[P("Bakht Zaman", ["Bakht Zaman alias Qari"], ["local commander of the Tehreek e Taliban Pakistan (TTP)", "surrendered"])],
 places=[L("Shahgai Dheri", "town", KP, "Swat"), L("Kabal", "area", KP, "Swat"), L("Swat District", "district", KP, "Swat"),
         L("Mingora", "city", KP, "Swat")],
 incidents=[
  I("Security forces killed 14 militants and arrested 11 others", BAT, "Armed clash", None, "Security Forces", UAG,
    KP, "Swat", "Shahgai Dheri", 1, "on July 9, 2009", 14, {"militants": 14}, 2,
    "A search and clearance operation with an exchange of fire: 14 militants killed, two soldiers injured; the 11 arrests are part of the same operation. State-initiated, so GTD null. The militants here are not named; the TTP is named only for the separate surrender, so actor2 stays Unidentified."),
  I("surrendered to the security forces at a ceremony in Mingora", SD_, "Change to group/activity", None,
    "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "Swat", "Mingora", 1, "On the same day", 0, {}, None,
    "23 TTP militants, including a local commander, surrendered and handed over weapons. ACLED has no surrender sub-event; coded as Change to group/activity (fighters changing course), with the surrendering group as actor1. The weapons handed over are part of the surrender, not a seizure. No GTD type.")])

GOLD["18"] = dict(publisher="Daily Times",
 actors=[LEVIES, G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]), SF(["security forces"])],
 people=[],
 places=[L("Kahan", "town", BA, "Kohlu"), L("Kohlu District", "district", BA, "Kohlu"), L("Chhapar Kach", "town", BA, "Kohlu")],
 incidents=[
  I("Militants abducted six labourers", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    "Balochistan Liberation Army", CIV, BA, "Kohlu", "Kahan", 1, "on Sunday", 0, {}, None,
    "About 15 armed men abducted six tower labourers and burnt the equipment. The BLA is named only in the later claim 'for the abduction and killing', so it is actor1 of both records. The four still missing remain abducted."),
  I("The bullet riddled bodies of two of the abducted labourers were found", VAC, "Attack", "Hostage Taking (Kidnapping)",
    "Balochistan Liberation Army", CIV, BA, "Kohlu", "Chhapar Kach", 2, "on Tuesday", 2, {"civilians": 2}, None,
    "Abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping), dated and placed where the bodies were found ('near' Chhapar Kach, hence precision 2), as for bodies found in satp-sa-dev-29. Labourers are a civilian role. The security forces appear only in the BLA's allegation.")])

GOLD["19"] = dict(publisher="Dawn",
 actors=[G("Hafiz Gul Bahadur group", ["Hafiz Gul Bahadur group"]), SF(["security forces"])],
 people=[P("Gul Faraz Dawar", ["Malik Gul Faraz Dawar"], ["tribal elder", "killed"]),
         P("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the group named after him"])],
 places=[L("Sherzai Kalay", "town", KP, "North Waziristan"), L("Mir Ali", "town", KP, "North Waziristan"),
         L("North Waziristan Agency", "district", KP, "North Waziristan")],
 quotes=[Q("unnamed spokesman of the Hafiz Gul Bahadur group", "We have nothing to do with this murder")],
 not_incidents=["negotiated the release of two kidnapped government employees last year"],
 incidents=[
  I("Unidentified gunmen shot dead a tribal elder, Malik Gul Faraz Dawar", VAC, "Attack", "Assassination", UAG, CIV,
    KP, "North Waziristan", "Sherzai Kalay", 1, "on the evening of May 14", 1, {"civilians": 1}, 1,
    "A named tribal elder (Malik) shot outside his hujra; a specific, locally prominent target, so GTD Assassination (Armed Assault is the alternative if tribal elders are not 'prominent'). A tribal elder is a civilian role; his nephew was injured. The Hafiz Gul Bahadur group denied any role and nobody claimed it, so actor1 stays Unidentified; the group is still listed in actors because the text names it. The earlier jirga and kidnapping are background." + FATA_NOTE),
  I("security forces arrested three suspects during a search operation", SD_, "Arrests", None, "Security Forces", UAG,
    KP, "North Waziristan", "Mir Ali", 1, "on May 15", 0, {}, None,
    "The arrests are introduced with 'Separately' and not tied to the killing, so they are their own Arrests record. Arrests get no GTD type." + FATA_NOTE)])

GOLD["20"] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[P("Nisar Ahmed Sabzoi", ["Nisar Ahmed Sabzoi"], ["teacher at a government high school", "kidnapped"]),
         P("Ali Gul", ["Ali Gul"], ["ran the hotel", "brother of Shafi Muhammad", "kidnapped"]),
         P("Shafi Muhammad", ["Shafi Muhammad"], ["ran the hotel", "brother of Ali Gul", "kidnapped"])],
 places=[L("Ghouspur", "town", SD, "Kashmore"), L("Kashmore District", "district", SD, "Kashmore")],
 incidents=[I("Dacoits kidnapped three men, including a schoolteacher", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
   UAG, CIV, SD, "Kashmore", "Ghouspur", 2, "on Wednesday night", 0, {}, None,
   "About ten armed dacoits stormed a roadside hotel 'near' Ghouspur (precision 2) and took three men to the riverine area. Dacoits are an unnamed criminal gang, so Unidentified Armed Group. Firing in the air hurt nobody; injuries are not mentioned. The police operation to recover them reports no outcome and is not an incident.")])

GOLD["21"] = dict(publisher="The Express Tribune",
 actors=[POLICE(["Police"])],
 people=[P("Mir Dilawar Khan Mengal", ["Mir Dilawar Khan Mengal", "Mengal"], ["central leader of the Balochistan National Party (BNP)", "killed"])],
 places=[L("Khuzdar", "town", BA, "Khuzdar")],
 incidents=[I("Unidentified armed men shot dead a central leader of the Balochistan National Party (BNP), Mir Dilawar Khan Mengal", VAC, "Attack", "Assassination",
   UAG, CIV, BA, "Khuzdar", "Khuzdar", 1, "on Thursday evening", 1, {"civilians": 1}, None,
   "Targeted killing of a named central party leader, a prominent target, so GTD Assassination; a politician is a civilian role. Police are also probing a tribal dispute, but no perpetrator is named, so Unidentified. The BNP is the victim's party and is not listed. The announced mourning and strike are future events and are not coded. The text names no province; Khuzdar is in Balochistan (general knowledge).")])

GOLD["22"] = dict(publisher=None,
 actors=[A("Khassadar Force", ["Khassadar", "Khassadars"])],
 people=[P("Umar Khan", ["Sepoy Umar Khan"], ["Khassadar sepoy", "injured"])],
 places=[L("Ghazi Baba Kor", "area", KP, "Mohmand"), L("Safi", "area", KP, "Mohmand"), L("Mohmand Agency", "district", KP, "Mohmand"),
         L("Ghallanai", "town", KP, "Mohmand")],
 not_incidents=["The same track had been targeted with a similar device in December, when a water tanker was destroyed"],
 incidents=[I("their vehicle struck a landmine", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Khassadar Force",
   KP, "Mohmand", "Ghazi Baba Kor", 1, "on February 27", 2, {"security_forces": 2}, 1,
   "A landmine set off by the victims' vehicle; ACLED puts landmines with IEDs. Khassadars are a tribal police force of the state (inter 1), so the two dead are security forces. The political administration is only the source. The December attack on the same track is background with only a month and no casualties, so it is not coded. No outlet is given, so publisher is null." + FATA_NOTE)])

GOLD["23"] = dict(publisher="The News",
 actors=[POLICE(["policemen", "police"])],
 people=[P("Amjad Farooq Sheikh", ["Amjad Farooq Sheikh"], ["Senior Superintendent of Police (SSP)"]),
         P("Ghulam Rasool", ["Head Constable Ghulam Rasool"], ["Head Constable", "injured"]),
         P("Shahid Ali", ["Constable Shahid Ali"], ["Constable", "injured"])],
 places=[L("Unit 7", "area", SD, "Hyderabad"), L("Latifabad", "area", SD, "Hyderabad"), L("Hyderabad", "city", SD, "Hyderabad")],
 incidents=[I("unidentified motorcyclists hurled a hand grenade at a police mobile", EXP, "Grenade", "Bombing/Explosion", UAG, "Police",
   SD, "Hyderabad", "Unit 7", 1, "on Sunday evening", 0, {}, 2,
   "A grenade thrown at a police patrol vehicle injured two policemen. With no gunfire this is Explosions/Grenade, not Battles/Armed clash (the police-attack rule is for armed assaults). The text names no province; Hyderabad is in Sindh (general knowledge).")])

GOLD["24"] = dict(publisher=None,
 actors=[POLICE(["Police"])],
 people=[P("Ravinder Singh", ["Ravinder Singh"], ["Sikh trader", "killed"])],
 places=[L("Dabgari Bazaar", "area", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar"), L("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[I("was shot dead by unidentified assailants at his shop", VAC, "Attack", "Armed Assault", UAG, CIV,
   KP, "Peshawar", "Dabgari Bazaar", 1, None, 1, {"civilians": 1}, None,
   "A Sikh trader (a civilian role) shot dead in his shop. A member of a minority, not a prominent figure, so Armed Assault. The summary starts mid-sentence in lower case and gives no date and no outlet, so date_text and publisher are null.")])

GOLD["25"] = dict(publisher="Daily Times",
 actors=[LEVIES],
 people=[P("Abdul Ghafoor Achakzai", ["Maulana Abdul Ghafoor Achakzai"], ["district leader of the Jamiat Ulema e Islam Fazl (JUI F)", "escaped unhurt"])],
 places=[L("Mall Road", "area", BA, "Killa Abdullah"), L("Chaman", "town", BA, "Killa Abdullah"), L("Killa Abdullah District", "district", BA, "Killa Abdullah")],
 incidents=[I("a bomb planted in a motorcycle went off near the leaders vehicle", EXP, "Remote explosive/landmine/IED", "Assassination", UAG, CIV,
   BA, "Killa Abdullah", "Mall Road", 1, "on August 18", 1, {"civilians": 1}, 2,
   "A remote-controlled motorcycle bomb aimed at a named JUI F district leader, who escaped; his guard was killed and two passersby injured. GTD Assassination because a specific political leader was the target (Bombing/Explosion is the alternative if a district leader is not 'prominent'). The guard takes his principal's side, a civilian politician, so civilians = 1. JUI F is a party named as the victim's and is not listed.")])

GOLD["26"] = dict(publisher="The News",
 actors=[SF(["Security forces", "soldiers", "security forces"])],
 people=[],
 places=[L("Ghiljo", "town", KP, "Orakzai"), L("Orakzai Agency", "district", KP, "Orakzai"),
         L("Federally Administered Tribal Areas", "area", KP, None), L("Kalaya", "town", KP, "Orakzai")],
 not_incidents=["The militants had taken over the area in March after forcing the members of the local peace committee to flee"],
 incidents=[
  I("Security forces regained control of Ghiljo area", BAT, "Government regains territory", None, "Security Forces", UAG,
    KP, "Orakzai", "Ghiljo", 1, "on Saturday", 12, {"militants": 12}, 3,
    "A three-day operation retook an area held by militants since March, so Government regains territory. 12 militants killed, three soldiers injured. 'On Saturday' is when officials announced it, the only date given; the fighting covered the three days before. The militants' takeover in March is background (told only by month) and is not coded. The peace committee is not a named organisation." + FATA_NOTE),
  I("militants attacked a security forces convoy with rockets and small arms", BAT, "Armed clash", "Armed Assault", UAG, "Security Forces",
    KP, "Orakzai", "Kalaya", 2, "on the same day", 0, {}, 5,
    "Rockets together with small-arms fire, so Battles/Armed clash rather than Shelling. 'Near' Kalaya, hence precision 2. Five soldiers injured." + FATA_NOTE)])

GOLD["27"] = dict(publisher="Dawn",
 actors=[A("Military Forces of India", ["Indian troops"], "state_force", 8), SF(["Pakistani troops"])],
 people=[P("Zarina Bibi", ["Zarina Bibi"], ["resident of Dharoti village", "killed by shrapnel"])],
 places=[L("Line of Control", "area", None, None), L("Nakyal", "area", AJK, "Kotli"), L("Kotli District", "district", AJK, "Kotli"),
         L("Azad Jammu and Kashmir", "province", AJK, None), L("Dharoti", "town", AJK, "Kotli")],
 incidents=[I("Indian troops resorted to unprovoked firing and mortar shelling across the Line of Control (LoC)", EXP, "Shelling/artillery/missile attack", None,
   "Military Forces of India", CIV, AJK, "Kotli", "Dharoti", 1, "on Saturday", 1, {"civilians": 1}, 3,
   "Cross-LoC fire that hit a village: the woman was killed by shrapnel in her house and three other civilians injured. Firing and mortar shells across a border at a civilian area are coded as long-range Shelling, actor2 Civilians. Indian troops are a foreign force that attacked (inter 8), so they are an actor. The Pakistani response is reported without place, target or outcome and is not coded separately. GTD null (state actor). 'A woman ... and three other civilians' makes her a civilian. admin1 written as the text's 'Azad Jammu and Kashmir'.")])

GOLD["28"] = dict(publisher="Dawn",
 actors=[POLICE(["police", "Police", "policemen"]), BDS, SF(["security forces"])],
 people=[P("Zahid Iqbal", ["Zahid Iqbal"], ["police constable", "killed"])],
 places=[L("Kot Sher Kalay", "town", KP, "Dera Ismail Khan"), L("Kulachi", "area", KP, "Dera Ismail Khan"),
         L("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"), L("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
         L("Bannu", "city", KP, "Bannu"), L("Paharpur", "area", KP, "Dera Ismail Khan")],
 incidents=[
  I("militants ambushed a police patrol", BAT, "Armed clash", "Armed Assault", UAG, "Police",
    KP, "Dera Ismail Khan", "Kot Sher Kalay", 2, "late on Tuesday night", 1, {"security_forces": 1}, 1,
    "An ambush on a police patrol with return fire; one constable killed and another (a constable) injured. 'Near' Kot Sher Kalay, hence precision 2."),
  I("defused a seven kilogramme improvised explosive device", SD_, "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG,
    KP, "Dera Ismail Khan", "Paharpur", 2, "on Wednesday", 0, {}, None,
    "A foiled roadside bombing: the BDS defused an IED meant for a security forces convoy. The spot is given only as a culvert on the Dera Ismail Khan-Bannu road within the limits of the Paharpur Police Station, so location is Paharpur at precision 2. Bannu is only the road's end.")])

GOLD["29"] = dict(publisher="The Express Tribune",
 actors=[TTP, CTD, POLICE(["police"])],
 people=[],
 places=[L("Manghopir", "area", SD, "Karachi"), L("Karachi", "city", SD, "Karachi"), L("Lyari", "area", SD, "Karachi")],
 incidents=[
  I("Four suspected militants of the banned Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire", BAT, "Armed clash", None,
    "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", SD, "Karachi", "Manghopir", 1, "in the early hours of Friday", 4, {"militants": 4}, 1,
    "A CTD raid on a hideout after a tip-off; the suspects fired first, but the raid was started by the state, so actor1 is CTD and GTD null. Four TTP militants killed, one CTD sub inspector injured. The grenades, suicide vest and pistols recovered are part of the same event."),
  I("unidentified men hurled a cracker at the house of a local leader of the Pakistan Peoples Party (PPP)", EXP, "Grenade", "Bombing/Explosion", UAG, CIV,
    SD, "Karachi", "Lyari", 1, "late on Friday night", 0, {}, 0,
    "A 'cracker' (a small hand-thrown explosive) was thrown at a PPP local leader's house; a thrown device is coded as Grenade. A politician's home, so actor2 Civilians (as in satp-sa-dev-0). 'No one was hurt', so 0 and 0. The PPP is the victim's party and is not listed.")])

GOLD["30"] = dict(publisher="Dawn",
 actors=[],
 people=[P("Fazal Rabi", ["Fazal Rabi"], ["school van driver", "killed"])],
 places=[L("Mingora", "city", KP, "Swat"), L("Swat District", "district", KP, "Swat"), L("Nishat Chowk", "area", KP, "Swat"),
         L("Charbagh", "area", KP, "Swat")],
 not_incidents=["when schools were blown up and people were beheaded in public", "a recent spate of attacks"],
 incidents=[
  I("Thousands of people took to the streets in Mingora", PRO, "Peaceful protest", None, "Protesters", None,
    KP, "Swat", "Mingora", 1, "on Sunday", 0, {}, None,
    "A peaceful peace march against the militants' return; no intervention reported. Protesters are a generic actor, not listed in actors. The speakers' memories of pre-2009 militancy and the 'recent spate of attacks' are background, not incidents."),
  I("unidentified gunmen opened fire on a school van", VAC, "Attack", "Armed Assault", UAG, CIV,
    KP, "Swat", "Charbagh", 2, "A day earlier", 1, {"civilians": 1}, 2,
    "Gunmen fired on a school van in Charbagh tehsil (tehsil level, hence precision 2), killing the driver (a civilian role) and injuring two students. 'A day earlier' = Saturday.")])

KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes", "incidents", "not_incidents", "relations", "actor_profiles"]

def build(k, g):
    d = {"article": f"AY-{k}.txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
         "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [], "near_duplicate_sentences": [], "flag_as_damaged": []},
         "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": g.get("quotes", []),
         "incidents": g["incidents"], "not_incidents": g.get("not_incidents", []), "relations": [], "actor_profiles": {}}
    assert list(d) == KEYS
    return d

if __name__ == "__main__":
    for k, g in GOLD.items():
        with open(f"../AY-{k}.gold.json", "w") as f:
            json.dump(build(k, g), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(GOLD))
