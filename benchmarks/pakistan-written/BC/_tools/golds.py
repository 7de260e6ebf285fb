# Hand coding of set BC, one entry per report, from the text alone.
KP, BA, PB, SD = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"
GB, AJK, ICT = "Gilgit-Baltistan", "Azad Jammu and Kashmir", "Islamabad Capital Territory"
UAG, CIV = "Unidentified Armed Group", "Civilians"
FATA_NOTE = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}
def Pe(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}
def Pl(name, kind, a1, a2=None):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, gp, date, killed, side, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": gp, "date_text": date, "killed": killed,
            "killed_by_side": side, "injured": injured, "note": note}

BAT, CLASH = "Battles", "Armed clash"
EXP, IED, SUI, GRN, SHL = "Explosions/Remote violence", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Shelling/artillery/missile attack"
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SD_, DWU, ARR = "Strategic developments", "Disrupted weapons use", "Arrests"
AA, BOMB, ASSN, KIDN, FAC = "Armed Assault", "Bombing/Explosion", "Assassination", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack"

G = {}

G["01"] = dict(publisher="The Express Tribune",
 actors=[A("Frontier Corps","state_force",1,["Frontier Corps","FC"])],
 people=[],
 places=[Pl("Hoshab","area",BA,"Kech"), Pl("Kech District","district",BA,"Kech"), Pl("Balochistan","province",BA),
         Pl("Turbat","city",BA,"Kech"), Pl("Panjgur","town",BA,"Panjgur")],
 incidents=[I("militants ambushed their vehicle near Hoshab area", BAT, CLASH, AA, UAG, "Frontier Corps", BA, "Kech", "Hoshab", 2, "on March 9",
   6, {"security_forces": 4, "militants": 2}, 3,
   "An ambush on an FC convoy travelling from Turbat to Panjgur; an attack on state forces is Battles/Armed clash, and the militants began it, so GTD Armed Assault. The deaths are given by side in separate sentences: four FC personnel in the first, two attackers 'also killed in the retaliatory fire' in the last; both are counted (6). The three injured are FC personnel. 'Near' Hoshab, hence precision 2. No group is named. Turbat and Panjgur are the convoy's route, not the place of the attack.")])

G["02"] = dict(publisher="Dawn",
 actors=[A("Police","state_force",1,["police","policemen","Police"])],
 people=[Pe("Sher Zaman",["constable Sher Zaman","Sher Zaman"],["constable","injured in the grenade attack and died of his injuries in hospital"])],
 places=[Pl("Ring Road","area",KP,"Peshawar"), Pl("Peshawar","city",KP,"Peshawar"), Pl("Khyber Pakhtunkhwa","province",KP),
         Pl("Tehkal","area",KP,"Peshawar")],
 incidents=[
  I("Unidentified militants hurled a hand grenade at a police mobile van", EXP, GRN, BOMB, UAG, "Police", KP, "Peshawar", "Ring Road", 1, "late on Saturday night",
   1, {"security_forces": 1}, 1,
   "Two policemen were injured; one, constable Sher Zaman, died in hospital the next morning. He is counted once, as killed (as the guards who later died in satp-sa-dev-38), so killed = 1 and injured = 1. The date is the night of the attack, not the morning of the death. A grenade thrown at a police van is Explosions/Grenade, not Armed clash, since no gunfire is reported."),
  I("a shopkeeper was shot dead by armed motorcyclists", VAC, ATT, AA, UAG, CIV, KP, "Peshawar", "Tehkal", 2, "on Sunday",
   1, {"civilians": 1}, None,
   "The place is given only as 'within the limits of Tehkal Police Station'; the station's area (Tehkal) is coded as the location, at precision 2 because the exact spot inside the jurisdiction is not known. Peshawar is implied by the report, not restated. A shopkeeper is a civilian role. The motive is unknown; it stays an attack by an unidentified group.")])

G["03"] = dict(publisher=None,
 actors=[A("Security Forces","state_force",1,["Security Forces","SFs","troops"])],
 people=[Pe("Naveed Akhtar",["Sepoy Naveed Akhtar","Naveed Akhtar"],["Sepoy","soldier killed in the exchange of fire"])],
 places=[Pl("Datta Khel","area",KP,"North Waziristan"), Pl("North Waziristan Agency","district",KP,"North Waziristan"),
         Pl("Federally Administered Tribal Areas","area",KP), Pl("Ghulam Khan","area",KP,"North Waziristan")],
 incidents=[
  I("Security Forces (SFs) killed six militants during an intelligence based operation (IBO)", BAT, CLASH, None, "Security Forces", UAG, KP, "North Waziristan", "Datta Khel", 1, "on the intervening night of June 11 and 12",
   7, {"militants": 6, "security_forces": 1}, None,
   "A state-initiated IBO with an exchange of fire, so Battles/Armed clash with GTD null. Six militants and one soldier (named in a separate sentence) were killed: 7. No group is named. The recovery of weapons is part of the operation. The date spans the intervening night of June 11 and 12. ISPR is the military's media wing and is only the source, so it is not listed as an actor; the report names no newspaper, so publisher is null." + FATA_NOTE),
  I("militants fired at a check post of the SFs in Ghulam Khan area", BAT, CLASH, AA, UAG, "Security Forces", KP, "North Waziristan", "Ghulam Khan", 1, "on June 12",
   0, {}, 0,
   "A separate attack on an SF check post; the troops returned fire and the attackers fled. 'No casualties were reported', so killed and injured are 0. The place is given as 'the same Agency', i.e. North Waziristan." + FATA_NOTE)])

G["04"] = dict(publisher="The News",
 actors=[A("Police","state_force",1,["Police"])],
 people=[Pe("Abdul Qayyum Siddiqui",["Maulana Abdul Qayyum Siddiqui","Abdul Qayyum Siddiqui"],["prominent religious scholar","cleric associated with the Ahle Sunnat Wal Jamaat (ASWJ)"]),
         Pe("Muhammad Asif",["Muhammad Asif"],["driver of the cleric","injured in the firing"])],
 places=[Pl("Sharafi Goth","area",SD,"Karachi"), Pl("Karachi","city",SD,"Karachi"), Pl("Sindh","province",SD)],
 incidents=[I("was shot dead by two armed pillion riders outside a seminary", VAC, ATT, ASSN, UAG, CIV, SD, "Karachi", "Sharafi Goth", 2, "on Friday evening",
   1, {"civilians": 1}, 1,
   "The text calls the victim 'a prominent religious scholar', a specific prominent target, so GTD Assassination (a rank-and-file worker would be Armed Assault). A religious scholar is a civilian role. His driver was injured; the injured get no side. The place is known only as 'within the limits of Sharafi Goth Police Station', hence location Sharafi Goth at precision 2; Karachi has no district named, so admin2 is Karachi. ASWJ appears only as the victim's affiliation and is not listed in actors. Jinnah Hospital is where the driver was taken, not a place of the incident.")])

G["05"] = dict(publisher="Dawn",
 actors=[A("Tehreek-e-Taliban Pakistan","armed_group",2,["Tehreek e Taliban Pakistan","TTP"])],
 people=[Pe("Gul Rahman",["Malik Gul Rahman","Gul Rahman"],["tribal elder","host of the jirga at his hujra","escaped with minor injuries"])],
 places=[Pl("Shinkai Banda","town",KP,"Bajaur"), Pl("Salarzai","area",KP,"Bajaur"), Pl("Bajaur Agency","district",KP,"Bajaur"),
         Pl("Federally Administered Tribal Areas","area",KP)],
 incidents=[I("a suicide bomber blew himself up at a jirga (council of elders)", EXP, SUI, BOMB, "Tehreek-e-Taliban Pakistan", CIV, KP, "Bajaur", "Shinkai Banda", 1, "on Monday",
   11, {}, 23,
   "The TTP is named only in the later claim ('Later in the evening ... claimed responsibility'); a group that claimed an attack is its perpetrator, so actor1 is TTP. The target was a jirga on a land dispute, so actor2 is Civilians; four peace committee members were among the dead, which could argue for a pro-government militia as in satp-sa-dev-81, but no militia is named. 'At least 11 people' = 11 with no side split: the dead are 'people', and peace committee members fit none of the sides. The bomber is not counted. Malik Gul Rahman's minor injuries are taken to be within the 23 injured." + FATA_NOTE)])

G["06"] = dict(publisher="Daily Times",
 actors=[A("Police","state_force",1,["Police"]), A("Bomb Disposal Squad","state_force",1,["Bomb Disposal Squad","BDS"]),
         A("Levies","state_force",1,["Levies"])],
 people=[],
 places=[Pl("Hazar Ganji","area",BA,"Quetta"), Pl("Quetta","city",BA,"Quetta"), Pl("Balochistan","province",BA),
         Pl("Hazara Town","area",BA,"Quetta"), Pl("Jinnah Road","area",BA,"Quetta"), Pl("Sariab Road","area",BA,"Quetta")],
 incidents=[
  I("unidentified gunmen opened fire on them near the Hazar Ganji vegetable market", VAC, ATT, AA, UAG, CIV, BA, "Quetta", "Hazar Ganji", 1, "on October 4",
   2, {"civilians": 2}, 1,
   "Two Hazara vegetable vendors were shot dead and one injured on their way back to Hazara Town. A vendor is a civilian role. Sectarian/community targeting, not a prominent figure, so Armed Assault. 'Near' a market inside Quetta (as 'near Chaman rail crossing' in satp-sa-dev-104), so precision 1; Hazara Town is their destination."),
  I("unidentified persons hurled a hand grenade at a mobile phone shop on Jinnah Road", EXP, GRN, BOMB, UAG, CIV, BA, "Quetta", "Jinnah Road", 1, "in the evening",
   0, {}, 2,
   "The shopkeeper and a passerby were injured; no one was killed. 'Meanwhile ... in the evening' ties it to the same day, October 4."),
  I("a Bomb Disposal Squad (BDS) team defused an improvised explosive device (IED)", SD_, DWU, BOMB, "Bomb Disposal Squad", UAG, BA, "Quetta", "Sariab Road", 1, None,
   0, {}, None,
   "An attack foiled: a 5 kg IED planted near a Levies check post was defused, coded as a disrupted bombing as in satp-sa-dev-109. The Levies were the apparent target but are not a party to the defusal. The text gives no date for it ('In a third incident'), so date_text is null, though it is presumably the same day.")])

G["07"] = dict(publisher="The Express Tribune",
 actors=[A("Police","state_force",1,["police","policemen"]), A("Jamaat-ul-Ahrar","armed_group",2,["Jamaat ul Ahrar","JuA"]),
         A("Tehreek-e-Taliban Pakistan","armed_group",2,["Tehreek e Taliban Pakistan","TTP"]),
         A("Counter Terrorism Department","state_force",1,["Counter Terrorism Department","CTD"]),
         A("Lashkar-e-Jhangvi","armed_group",2,["Lashkar e Jhangvi","LeJ"])],
 people=[Pe("Saifullah Mohmand",["Saifullah Mohmand"],["spokesman of Jamaat ul Ahrar (JuA)"])],
 places=[Pl("Chungi Amar Sidhu","area",PB,"Lahore"), Pl("Ferozepur Road","area",PB,"Lahore"), Pl("Lahore","city",PB,"Lahore"),
         Pl("Punjab","province",PB), Pl("Mohmand Agency","district",KP,"Mohmand"), Pl("Kot Lakhpat","area",PB,"Lahore")],
 incidents=[
  I("a suicide bomber blew himself up near a police picket at Chungi Amar Sidhu", EXP, SUI, BOMB, "Jamaat-ul-Ahrar", "Police", PB, "Lahore", "Chungi Amar Sidhu", 1, "on February 13",
   7, {"security_forces": 3}, 19,
   "JuA, a TTP faction, claimed the attack, so it is actor1 (the faction that claimed, not the parent TTP, which is listed in actors). The bomber blew himself up when policemen stopped him at a picket, so actor2 is Police. 'At least seven people, including three policemen' = 7, of whom only the 3 policemen have a stated side; the bomber is not counted. The spokesman spoke 'from Mohmand Agency': that is where he was, not where the attack happened."),
  I("the Counter Terrorism Department (CTD) arrested three suspected militants of the Lashkar e Jhangvi (LeJ)", SD_, ARR, None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Lahore", "Kot Lakhpat", 1, "on the same night",
   0, {}, None,
   "A separate raid ('Separately') on LeJ suspects that the text does not tie to the bombing, so it is its own Arrests incident, with no GTD type. The grenades and detonators recovered belong to the same raid. Lahore is implied.")])

G["08"] = dict(publisher="The News",
 actors=[A("Lashkar-e-Islam","armed_group",2,["Lashkar e Islam","LI"]), A("Ansarul Islam","armed_group",2,["Ansarul Islam"])],
 people=[Pe("Abdul Wahab",["Mufti Abdul Wahab","Abdul Wahab"],["Ansarul Islam spokesman"])],
 places=[Pl("Narai Kandao","area",KP,"Khyber"), Pl("Tirah","area",KP,"Khyber"), Pl("Khyber Agency","district",KP,"Khyber"),
         Pl("Peshawar","city",KP,"Peshawar")],
 incidents=[I("fighters of Lashkar e Islam (LI) attacked positions of the rival Ansarul Islam", BAT, CLASH, AA, "Lashkar-e-Islam", "Ansarul Islam", KP, "Khyber", "Narai Kandao", 1, "on Wednesday",
   9, {"militants": 9}, None,
   "A clash between two armed groups (interaction 22). LI attacked, so it is actor1 and GTD is Armed Assault. The dead are split by group in separate sentences (five Ansarul Islam, four LI): all nine are militants. 'Several others were injured' is uncounted, so injured is null. The spokesman spoke from Peshawar, which is not the place of the fighting. Khyber Agency was in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018).")])

G["09"] = dict(publisher="Daily Times",
 actors=[A("Police","state_force",1,["police"])],
 people=[Pe("Lal Chand",["Lal Chand"],["Hindu trader","kidnapped from his shop"]),
         Pe("Ghulam Mustafa Mahar",["Ghulam Mustafa Mahar"],["schoolteacher","abducted on May 30 and recovered by police"]),
         Pe("Rizwan Ahmed Sheikh",["Rizwan Ahmed Sheikh"],["Shikarpur Senior Superintendent of Police (SSP)"])],
 places=[Pl("Garhi Yasin","town",SD,"Shikarpur"), Pl("Shikarpur District","district",SD,"Shikarpur"), Pl("Sindh","province",SD),
         Pl("Khanpur","area",SD,"Shikarpur")],
 incidents=[
  I("Unidentified armed men kidnapped a Hindu trader", VAC, ABD, KIDN, UAG, CIV, SD, "Shikarpur", "Garhi Yasin", 1, "on July 22",
   0, {}, None,
   "A kidnapping with no reported outcome: ACLED Abduction/forced disappearance, GTD Hostage Taking (Kidnapping)."),
  I("an encounter with dacoits in the katcha (riverine) area of Khanpur tehsil", BAT, CLASH, None, "Police", UAG, SD, "Shikarpur", "Khanpur", 2, "A day earlier",
   2, {}, 1,
   "The recovery of the abducted schoolteacher came through a police encounter with dacoits, coded as a state-initiated Armed clash (GTD null), with the recovery part of it. Two dacoits were killed and a police constable injured. Dacoits are armed criminals, not a named group and not 'militants' in the text, so actor2 is Unidentified Armed Group and killed_by_side is left empty (as for the militiaman in satp-sa-dev-81). 'A day earlier' is July 21. The abduction itself (May 30, no place given) is older and not coded. Khanpur is a tehsil of Shikarpur District (general knowledge), hence precision 2.")],
 not_incidents=["who had been abducted on May 30"])

G["10"] = dict(publisher="Dawn",
 actors=[A("Police","state_force",1,["police","Police"])],
 people=[Pe("Shabbir Hussain",["constable Shabbir Hussain","Shabbir Hussain"],["constable","killed in the attack on the check post"])],
 places=[Pl("Tangir","area",GB,"Diamer"), Pl("Diamer District","district",GB,"Diamer"), Pl("Gilgit Baltistan","province",GB),
         Pl("Gilgit","city",GB,"Gilgit")],
 incidents=[
  I("unidentified armed men attacked a police check post in Tangir valley", BAT, CLASH, AA, UAG, "Police", GB, "Diamer", "Tangir", 2, "on the intervening night of April 18 and 19",
   1, {"security_forces": 1}, 1,
   "An attack on a police post: Battles/Armed clash, GTD Armed Assault. One policeman killed; the injured man is 'another' policeman, but injured carries no side. Tangir is a valley (tehsil), hence precision 2. Gilgit-Baltistan is coded as admin1 although it is a territory, not a province."),
  I("the attackers set fire to a government girls primary school in the same area", SD_, "Looting/property destruction", FAC, UAG, None, GB, "Diamer", "Tangir", 2, "on the intervening night of April 18 and 19",
   0, {}, None,
   "The same attackers burnt a girls school 'in the same area' before escaping, a different target, so a separate incident. Arson without explosives or casualties: Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack; no one was harmed, so actor2 is null. The date is the same night ('Before escaping'); the span is borrowed from the first sentence. The GB Police spokesman spoke in Gilgit, which is not the place of the attack.")])

G["11"] = dict(publisher="Daily Times",
 actors=[A("Balochistan Liberation Army","armed_group",2,["Baloch Liberation Army","BLA"]), A("Levies","state_force",1,["Levies"])],
 people=[Pe("Shaheer Baloch",["Shaheer Baloch"],["BLA spokesman"])],
 places=[Pl("Mushkaf","area",BA,"Kachhi"), Pl("Kachhi (Bolan) District","district",BA,"Kachhi"), Pl("Balochistan","province",BA),
         Pl("Quetta","city",BA,"Quetta"), Pl("Dhadar","town",BA,"Kachhi")],
 incidents=[
  I("Unidentified militants blew up a portion of the railway track near Mushkaf area", EXP, IED, BOMB, "Balochistan Liberation Army", None, BA, "Kachhi", "Mushkaf", 2, "on September 7",
   0, {}, 0,
   "The text first says 'Unidentified militants'; the BLA is named only in the later claim for 'the blast', so it is actor1. The target was the railway track, so actor2 is null. 'No one was hurt', so killed and injured are 0. 'Near' Mushkaf, hence precision 2. The text's 'Baloch Liberation Army' is the Balochistan Liberation Army."),
  I("militants fired three rockets at the Levies Thana in Dhadar town", EXP, SHL, BOMB, UAG, "Levies", BA, "Kachhi", "Dhadar", 1, "late on Friday night",
   0, {}, 2,
   "Rocket fire with no gunfire reported, so Shelling/artillery/missile attack (as in satp-sa-dev-4). The BLA claim covers only 'the blast' on the track, so this attack stays Unidentified. The place is 'Dhadar town of the same District', i.e. Kachhi (Bolan). Two Levies personnel injured.")])

G["12"] = dict(publisher="The News",
 actors=[A("Counter Terrorism Department","state_force",1,["Counter Terrorism Department","CTD"]),
         A("Islamic State-Khorasan Province","armed_group",2,["Islamic State Khorasan Province","ISKP"])],
 people=[],
 places=[Pl("Tarnol","area",ICT,"Islamabad"), Pl("Islamabad","city",ICT,"Islamabad"), Pl("Rawalpindi","city",PB,"Rawalpindi")],
 incidents=[I("foiled a terror bid by arresting a would be suicide bomber and his handler", SD_, DWU, BOMB, "Counter Terrorism Department", "Islamic State-Khorasan Province", ICT, "Islamabad", "Tarnol", 1, "on Tuesday",
   0, {}, None,
   "An attack foiled: the CTD says it arrested a would-be suicide bomber and his handler and seized a suicide jacket, grenades and a pistol. Coded as Disrupted weapons use with GTD Bombing/Explosion for the planned suicide bombing (as defused devices are in the dev set); Strategic developments/Arrests with GTD null is the alternative reading. ISKP is the group the CTD assigns them to. The family of one suspect denied the charges and said he was picked up two weeks earlier in Rawalpindi; the denial is recorded here but does not change the coding of the official account. Rawalpindi is the family's home, not the place of the arrest.")])

G["13"] = dict(publisher=None,
 actors=[A("Frontier Corps","state_force",1,["Frontier Corps","FC"])],
 people=[],
 places=[Pl("Shorkai Banda","area",KP,"Kurram"), Pl("Lower Kurram","area",KP,"Kurram"), Pl("Parachinar","town",KP,"Kurram"),
         Pl("Peshawar","city",KP,"Peshawar"), Pl("Sadda","town",KP,"Kurram")],
 incidents=[
  I("unidentified militants ambushed a convoy of passenger vehicles near Shorkai Banda area", VAC, ATT, AA, UAG, CIV, KP, "Kurram", "Shorkai Banda", 2, "on Thursday",
   5, {"civilians": 5}, 8,
   "A convoy of passenger vehicles was ambushed; the dead are 'passengers', a civilian role. The FC were only escorting and no return fire is reported, so it is coded as an attack on civilians (Battles would apply if an exchange with the FC were reported). Two FC men were among the eight injured; injured carry no side. 'Near' Shorkai Banda, hence precision 2. Lower Kurram is a subdivision of Kurram District (general knowledge); the text names no province. No outlet and no date beyond the weekday."),
  I("three rockets fired from the nearby mountains landed in Sadda town", EXP, SHL, BOMB, UAG, None, KP, "Kurram", "Sadda", 1, "On the same day",
   0, {}, 0,
   "Rocket fire only, so Shelling/artillery/missile attack. A house wall was damaged and 'No one was hurt', so killed and injured are 0; no target is stated, so actor2 is null.")])

G["14"] = dict(publisher="Daily Times",
 actors=[A("Tehreek-e-Taliban Pakistan","armed_group",2,["Tehreek e Taliban Pakistan","TTP"]),
         A("Counter Terrorism Department","state_force",1,["Counter Terrorism Department","CTD"]),
         A("Border Military Police","state_force",1,["Border Military Police","BMP"])],
 people=[],
 places=[Pl("Fort Munro","town",PB,"Dera Ghazi Khan"), Pl("Dera Ghazi Khan District","district",PB,"Dera Ghazi Khan"), Pl("Punjab","province",PB)],
 incidents=[I("Four militants affiliated with the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire", BAT, CLASH, None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Dera Ghazi Khan", "Fort Munro", 1, "on May 28",
   4, {"militants": 4}, 2,
   "A CTD intelligence-based operation with an exchange of fire: state-initiated, so GTD null. Four TTP militants killed, two CTD personnel injured. The planned attack on a BMP check post is the CTD's claim of motive, not a separate foiled-attack incident, and the recovered weapons and explosives are part of the same operation (as in satp-sa-dev-78). The BMP is named only as the intended target.")])

G["15"] = dict(publisher="Daily Times",
 actors=[A("Police","state_force",1,["Police"])],
 people=[Pe("Imran Baloch",["Imran Baloch"],["worker of the Pakistan Peoples Party (PPP)","shot dead"]),
         Pe("Kashif",["Kashif"],["youth","shot dead"])],
 places=[Pl("Karachi","city",SD,"Karachi"), Pl("Sindh","province",SD), Pl("Jhat Pat market","area",SD,"Karachi"),
         Pl("Lyari","area",SD,"Karachi"), Pl("Ghaziabad","area",SD,"Karachi"), Pl("Orangi Town","area",SD,"Karachi")],
 incidents=[
  I("PPP worker Imran Baloch (32) was shot dead by unidentified motorcyclists", VAC, ATT, AA, UAG, CIV, SD, "Karachi", "Jhat Pat market", 1, "on Wednesday",
   1, {"civilians": 1}, None,
   "A party worker is a civilian role; a targeted killing of a worker, not a prominent figure, so Armed Assault. PPP appears only as the victim's party and is not listed in actors."),
  I("unidentified assailants opened fire on him in Ghaziabad area", VAC, ATT, AA, UAG, CIV, SD, "Karachi", "Ghaziabad", 1, "on Wednesday",
   1, {}, None,
   "The victim is 'a youth', so no side is given."),
  I("Three people, including a worker of the Pakistan Peoples Party (PPP), were shot dead in separate incidents of violence in Karachi", VAC, ATT, AA, UAG, CIV, SD, "Karachi", "Karachi", 2, "on Wednesday",
   1, {}, None,
   "The lead says three people were shot dead but only two killings are described; the third is coded as its own incident with no details, located only to Karachi (precision 2), as in satp-sa-dev-29. No side is given.")])

G["16"] = dict(publisher="The News",
 actors=[A("Afghan Border Forces","state_force",8,["Afghan border forces","Afghan forces"]),
         A("Security Forces","state_force",1,["Pakistani troops"])],
 people=[],
 places=[Pl("Kaga Banda","town",KP,"Bajaur"), Pl("Nawagai","area",KP,"Bajaur"), Pl("Bajaur District","district",KP,"Bajaur"),
         Pl("Rawalpindi","city",PB,"Rawalpindi")],
 incidents=[I("mortar shells fired by Afghan border forces landed on their house", EXP, SHL, None, "Afghan Border Forces", "Security Forces", KP, "Bajaur", "Kaga Banda", 1, "on Saturday",
   0, {}, 3,
   "Cross-border mortar fire by a foreign state force (ACLED inter 8 in this project's conventions), so Shelling/artillery/missile attack with GTD null (a state action, not terrorism). The fire was aimed at 'Pakistani border posts' per local officials, so actor2 is the Pakistani Security Forces, as the rocket aimed at an FC camp in satp-sa-dev-4; the three injured were a woman and two children in a house. The Pakistani response has no reported outcome and is treated as part of the same exchange. Afghan officials denied firing first and blamed Pakistan: the denial is noted but the report's account is coded. ISPR's statement was issued from Rawalpindi, which is not the place of the incident.")])

G["17"] = dict(publisher="Daily Times",
 actors=[A("Tehreek-e-Taliban Pakistan","armed_group",2,["Tehreek e Taliban Pakistan","TTP"]),
         A("Security Forces","state_force",1,["Security Forces","SFs"])],
 people=[Pe("Bakht Zada",["Bakht Zada"],["local commander of the Tehreek e Taliban Pakistan (TTP)","surrendered","wanted for the killing of two policemen in Khwazakhela in 2009"])],
 places=[Pl("Matta","area",KP,"Swat"), Pl("Swat District","district",KP,"Swat"), Pl("Khwazakhela","town",KP,"Swat"), Pl("Kabal","town",KP,"Swat")],
 incidents=[
  I("Eleven militants, including a local commander of the Tehreek e Taliban Pakistan (TTP), surrendered to the Security Forces (SFs)", SD_, "Other", None, "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "Swat", "Matta", 2, "on Thursday",
   0, {}, None,
   "A surrender with weapons handed over. Coded Strategic developments/Other (no violence, no change in the group as a whole); Change to group/activity is the alternative. No GTD type. The place is a tehsil ('Matta tehsil'), hence precision 2. The commander's 2009 killing of two policemen in Khwazakhela is older background and is not coded."),
  I("SFs arrested three suspected militants during a search operation in Kabal area", SD_, ARR, None, "Security Forces", UAG, KP, "Swat", "Kabal", 1, "the same day",
   0, {}, None,
   "A separate arrest of three suspects with no group named; not tied to the surrender, so its own Arrests incident, no GTD type.")],
 not_incidents=["the killing of two policemen in Khwazakhela in 2009"])

G["18"] = dict(publisher="Dawn",
 actors=[A("Police","state_force",1,["policeman"]), A("Tehreek-e-Taliban Pakistan","armed_group",2,["Tehreek e Taliban Pakistan","TTP"])],
 people=[Pe("Shamim Bibi",["Shamim Bibi"],["lady health worker","member of a polio vaccination team","shot dead"])],
 places=[Pl("Tangi","area",KP,"Charsadda"), Pl("Charsadda District","district",KP,"Charsadda"), Pl("Mathra","area",KP,"Peshawar"),
         Pl("Peshawar","city",KP,"Peshawar")],
 incidents=[
  I("armed motorcyclists opened fire on a polio vaccination team", VAC, ATT, AA, UAG, CIV, KP, "Charsadda", "Tangi", 2, "on Tuesday",
   1, {"civilians": 1}, 1,
   "An attack on a polio team: the lady health worker (a civilian role) was killed and her police escort injured; the target was the team, so actor2 is Civilians. The place is a tehsil, hence precision 2. The TTP denied involvement; a group named only in a denial is not the perpetrator, so actor1 stays Unidentified."),
  I("a policeman guarding a polio team was shot dead by unidentified assailants", BAT, CLASH, AA, UAG, "Police", KP, "Peshawar", "Mathra", 1, "on the same day",
   1, {"security_forces": 1}, None,
   "The person killed is a policeman, so his own status (security forces) is used rather than the bodyguard rule, and an attack on police is Battles/Armed clash. Coding it as an attack on the polio team (Violence against civilians) would be the alternative. The TTP denial applies here too.")])

G["19"] = dict(publisher="Dawn",
 actors=[A("Security Forces","state_force",1,["soldiers"])],
 people=[Pe("Hamza Rauf",["Captain Hamza Rauf","Hamza Rauf"],["Captain","army officer killed in the IED blast"]),
         Pe("Saleh Khan Wazir",["Malik Saleh Khan Wazir","Saleh Khan Wazir"],["tribal elder","shot dead near his house in Wana"])],
 places=[Pl("Shakai","area",KP,"South Waziristan"), Pl("South Waziristan District","district",KP,"South Waziristan"), Pl("Wana","town",KP,"South Waziristan")],
 incidents=[
  I("their vehicle was hit by an improvised explosive device (IED) in Shakai area", EXP, IED, BOMB, UAG, "Security Forces", KP, "South Waziristan", "Shakai", 1, "on Sunday",
   3, {"security_forces": 3}, 2,
   "Three soldiers including a captain killed, two injured. The soldiers are generic, so actor2 is Security Forces. ISPR is only the source. The text cites 'The Dawn', normalised to Dawn."),
  I("a tribal elder, Malik Saleh Khan Wazir, was shot dead by unidentified assailants", VAC, ATT, ASSN, UAG, CIV, KP, "South Waziristan", "Wana", 1, "A day earlier",
   2, {"civilians": 1}, None,
   "A targeted killing of a named tribal elder (a Malik), read as a specific prominent target, so GTD Assassination. His nephew was critically injured and died on the way to hospital: he is counted once, as killed, so killed = 2 and injured is null (as in satp-sa-dev-38). The elder is a civilian role; the nephew has no stated status, so only 1 is put under civilians. 'Near his house in Wana town', so Wana at precision 1. 'A day earlier' is the Saturday before the IED blast.")])

G["20"] = dict(publisher="Dawn",
 actors=[A("Balochistan Liberation Front","armed_group",2,["Balochistan Liberation Front","BLF"])],
 people=[Pe("Dostain Baloch",["Dostain Baloch"],["BLF spokesman"])],
 places=[Pl("Punjab","province",PB), Pl("Ormara","town",BA,"Gwadar"), Pl("Gwadar District","district",BA,"Gwadar"),
         Pl("Balochistan","province",BA), Pl("Multan","city",PB,"Multan"), Pl("Bosan Road","area",PB,"Multan")],
 quotes=[{"speaker":"Dostain Baloch","starts":"outsiders working on projects in Balochistan"}],
 incidents=[
  I("Unidentified gunmen shot dead six labourers hailing from Punjab", VAC, ATT, AA, "Balochistan Liberation Front", CIV, BA, "Gwadar", "Ormara", 2, "on the intervening night of May 8 and 9",
   6, {"civilians": 6}, None,
   "The gunmen are 'unidentified' in the lead, but the BLF 'later claimed responsibility', so it is actor1. Labourers are a civilian role. 'Near Ormara town', hence precision 2. Punjab is where the victims came from, not where they were killed."),
  I("relatives of the slain labourers staged a protest in Multan", "Protests", "Peaceful protest", None, "Protesters", None, PB, "Multan", "Multan", 1, "On May 10",
   0, {}, None,
   "A road-blocking protest that 'ended peacefully after talks', with no force used: Peaceful protest, no GTD type. Protesters are a generic actor and not listed in actors.")])

G["21"] = dict(publisher="The News",
 actors=[A("Lashkar-e-Jhangvi","armed_group",2,["Lashkar e Jhangvi","LeJ"]),
         A("Counter Terrorism Department","state_force",1,["Counter Terrorism Department","CTD"])],
 people=[Pe("Abdul Rasheed",["Abdul Rasheed","Rashid Bhai"],["accused sentenced to life imprisonment","alias Rashid Bhai"]),
         Pe("Muhammad Imran",["Muhammad Imran"],["LeJ militant sentenced to death"]),
         Pe("Zahid Hussain",["Zahid Hussain"],["LeJ militant sentenced to death"])],
 places=[Pl("Hyderabad","city",SD,"Hyderabad"), Pl("Tando Muhammad Khan District","district",SD,"Tando Muhammad Khan"),
         Pl("Kotri","town",SD,"Jamshoro")],
 incidents=[],
 not_incidents=["the bombing of a Muharram procession in Tando Muhammad Khan District",
                "were arrested by the Counter Terrorism Department (CTD) from Kotri in 2016"])

G["22"] = dict(publisher="The Express Tribune",
 actors=[A("Police","state_force",1,["police"]), A("Frontier Corps","state_force",1,["Frontier Corps","FC"])],
 people=[Pe("Fazal Wahid",["Fazal Wahid"],["Deputy Inspector General (DIG) of Kohat Region"])],
 places=[Pl("Khyber Pakhtunkhwa","province",KP), Pl("Doaba","town",KP,"Hangu"), Pl("Hangu District","district",KP,"Hangu"),
         Pl("Hangu","town",KP,"Hangu"), Pl("Kohat Region","area",KP)],
 incidents=[],
 not_incidents=["a militant attack on the Doaba Police Station in Hangu District in March",
                "Three attackers were also killed in the retaliatory fire by police and Frontier Corps (FC) personnel"])

G["23"] = dict(publisher="Dawn",
 actors=[A("Police","state_force",1,["policemen","police"])],
 people=[Pe("Ihsanullah",["Ihsanullah"],["polio vaccinator","kidnapped and found shot dead"])],
 places=[Pl("Tajori","town",KP,"Lakki Marwat"), Pl("Lakki Marwat District","district",KP,"Lakki Marwat"),
         Pl("Domel","area",KP,"Bannu"), Pl("Bannu District","district",KP,"Bannu")],
 incidents=[
  I("terrorists attacked a police patrol in Tajori area", BAT, CLASH, AA, UAG, "Police", KP, "Lakki Marwat", "Tajori", 1, "on the morning of September 14",
   2, {"security_forces": 2}, None,
   "Gunmen on motorcycles fired on a police patrol vehicle: an attack on police, Battles/Armed clash. 'Terrorists' names no group."),
  I("police recovered the bullet riddled body of a polio vaccinator", VAC, ATT, KIDN, UAG, CIV, KP, "Bannu", "Domel", 1, "On Monday",
   1, {"civilians": 1}, None,
   "Kidnapped on Saturday and later found shot dead: ACLED Attack with GTD Hostage Taking (Kidnapping); the kidnapping is part of this one event, not a separate abduction. The date is the day the body was found (as in satp-sa-dev-29). A polio vaccinator is a civilian role. The body was found 'in Domel area', so precision 1.")])

G["24"] = dict(publisher="Dawn",
 actors=[],
 people=[Pe("Ahmad Tariq",["Dr Ahmad Tariq","Dr Tariq"],["homeopathic doctor","member of the Ahmadi community","shot dead at his clinic"])],
 places=[Pl("Ghulam Muhammad Abad","area",PB,"Faisalabad"), Pl("Faisalabad District","district",PB,"Faisalabad"), Pl("Punjab","province",PB),
         Pl("Chenab Nagar","town",PB,"Chiniot")],
 incidents=[I("Unidentified gunmen shot dead a homeopathic doctor", VAC, ATT, AA, UAG, CIV, PB, "Faisalabad", "Ghulam Muhammad Abad", 1, "on October 19, 2020",
   1, {"civilians": 1}, None,
   "A targeted killing of a member of a religious minority at his clinic. A doctor is a civilian role. He is not described as prominent, so Armed Assault. The Jamaat e Ahmadiyya is a religious community organisation, not an armed actor, so it is not listed. Its spokesman spoke from Chenab Nagar, which is not the place of the killing. The 'third member of the community killed in the district this year' is vague background and not coded.")],
 not_incidents=["the third member of the community killed in the district this year"])

G["25"] = dict(publisher="Daily Times",
 actors=[A("Levies","state_force",1,["Levies"])],
 people=[Pe("Abdul Ghafoor",["Risaldar Abdul Ghafoor","Abdul Ghafoor"],["Levies official (Risaldar)","killed in the bomb blast"]),
         Pe("Bilal Ahmed",["Bilal Ahmed"],["son of Abdul Ghafoor","college student","killed in the bomb blast"])],
 places=[Pl("Wadh","area",BA,"Khuzdar"), Pl("Khuzdar District","district",BA,"Khuzdar")],
 incidents=[I("a remote controlled bomb went off near their vehicle", EXP, IED, BOMB, UAG, "Levies", BA, "Khuzdar", "Wadh", 2, "on May 3",
   2, {"security_forces": 1, "civilians": 1}, 2,
   "An IED on a parked motorcycle was set off as a Levies vehicle passed. The Levies official is security forces; his son is given a status of his own, 'a college student', so he is a civilian (a family member is not given the official's side). Two other Levies personnel injured. The place is a tehsil, hence precision 2. The text names no province; Khuzdar is in Balochistan.")])

G["26"] = dict(publisher="Dawn",
 actors=[A("Indian Army","state_force",8,["Indian troops"]), A("Security Forces","state_force",1,["Pakistani troops"])],
 people=[Pe("Muhammad Sadiq",["Muhammad Sadiq"],["civilian killed by a mortar shell while working in his fields"])],
 places=[Pl("Line of Control","area",AJK), Pl("Nakyal","area",AJK,"Kotli"), Pl("Kotli District","district",AJK,"Kotli"),
         Pl("Azad Jammu and Kashmir","province",AJK), Pl("Dhara Bandi","town",AJK,"Kotli")],
 incidents=[I("Indian troops fired mortar shells at villages along the Line of Control (LoC)", EXP, SHL, None, "Indian Army", CIV, AJK, "Kotli", "Dhara Bandi", 1, "on Thursday",
   1, {"civilians": 1}, 3,
   "Cross-border mortar fire on villages by a foreign state force (inter 8 in this project's conventions): Shelling/artillery/missile attack, GTD null (a state action). The shells were fired 'at villages', so actor2 is Civilians. The dead man is called 'A civilian'; the three injured have no side. Location is the village where he was hit (precision 1). The Pakistani response is reported without outcome and is not a separate incident. Azad Jammu and Kashmir is coded as admin1 although it is not a province.")])

G["27"] = dict(publisher="Daily Times",
 actors=[A("Police","state_force",1,["Police"]), A("Sindhudesh Revolutionary Army","armed_group",2,["Sindhudesh Revolutionary Army","SRA"])],
 people=[],
 places=[Pl("Tando Adam","town",SD,"Sanghar"), Pl("Sanghar District","district",SD,"Sanghar")],
 incidents=[I("A low intensity explosive device went off near the railway track at Tando Adam", EXP, IED, BOMB, "Sindhudesh Revolutionary Army", None, SD, "Sanghar", "Tando Adam", 1, "on the intervening night of January 25 and 26",
   0, {}, 0,
   "Judgement call: no claim is reported, but SRA pamphlets were found at the site, which is how the SRA usually claims such blasts, so the SRA is read as the perpetrator; Unidentified Armed Group would be the strict alternative. The target was the railway track, so actor2 is null. 'No casualties were reported', so killed and injured are 0. The SRA's past blasts are background. The text names no province; Sanghar is in Sindh.")],
 not_incidents=["The SRA has in the past carried out similar low intensity blasts on railway tracks and gas pipelines in the province"])

G["28"] = dict(publisher="Dawn",
 actors=[A("Police","state_force",1,["police","Police"])],
 people=[Pe("Noor Muhammad",["Qari Noor Muhammad","Noor Muhammad"],["prayer leader","shot dead near a mosque"])],
 places=[Pl("Circular Road","area",KP,"Dera Ismail Khan"), Pl("Dera Ismail Khan","city",KP,"Dera Ismail Khan"),
         Pl("Kotli Imam Hussain","area",KP,"Dera Ismail Khan")],
 incidents=[
  I("Hundreds of protesters placed the body of a prayer leader", "Protests", "Protest with intervention", None, "Protesters", "Police", KP, "Dera Ismail Khan", "Circular Road", 1, "on Saturday",
   0, {}, None,
   "A protest with the victim's body that blocked a road; police dispersed it with batons and tear gas, intervention without lethal force, so Protest with intervention. No injuries are reported, so injured is null. No GTD type for protests."),
  I("Qari Noor Muhammad had been shot dead by unidentified assailants", VAC, ATT, AA, UAG, CIV, KP, "Dera Ismail Khan", "Kotli Imam Hussain", 1, "a day earlier",
   1, {"civilians": 1}, None,
   "The killing that prompted the protest, on the Friday. A prayer leader is a civilian role; he is not described as prominent, so Armed Assault. The 'fifth prayer leader killed in the district since January' is vague background and not coded. The text names no province; Dera Ismail Khan is in Khyber Pakhtunkhwa.")],
 not_incidents=["the fifth prayer leader killed in the district since January"])

G["29"] = dict(publisher="The News",
 actors=[A("Security Forces","state_force",1,["Security Forces","SFs","troops"]),
         A("Tehreek-e-Taliban Pakistan","armed_group",2,["Fitna al Khawarij","Tehreek e Taliban Pakistan","TTP"])],
 people=[],
 places=[Pl("Pakistan","country",None), Pl("Afghanistan","country",None), Pl("Sambaza","area",BA,"Zhob"), Pl("Zhob District","district",BA,"Zhob")],
 incidents=[I("Security Forces (SFs) killed five terrorists belonging to Fitna al Khawarij", BAT, CLASH, None, "Security Forces", "Tehreek-e-Taliban Pakistan", BA, "Zhob", "Sambaza", 1, "on the night of July 14",
   5, {"militants": 5}, None,
   "'Fitna al Khawarij' is the state's term for the TTP, as the text says, so it is a mention of the TTP, not a separate group. The troops engaged infiltrators, an exchange of fire started by the state: Armed clash, GTD null; it is not a 'Disrupted weapons use' even though an infiltration was foiled. The weapons cache is part of the same event. ISPR's call on the Afghan interim government is a diplomatic statement, not an incident; the Afghan government is named only as addressee and is not listed. The text names no province; Zhob is in Balochistan.")])

G["30"] = dict(publisher="Daily Times",
 actors=[A("Police","state_force",1,["Police"])],
 people=[Pe("Sher Afzal Khan",["Haji Sher Afzal Khan","Sher Afzal Khan"],["provincial leader of the Awami National Party (ANP)","survived the bomb attack"])],
 places=[Pl("Lund Khwar","area",KP,"Mardan"), Pl("Takht Bhai","area",KP,"Mardan"), Pl("Mardan District","district",KP,"Mardan")],
 incidents=[I("survived a bomb attack on his vehicle in Lund Khwar area", EXP, IED, BOMB, UAG, CIV, KP, "Mardan", "Lund Khwar", 1, "on Eid day",
   0, {}, 3,
   "A remote-controlled device planted in a culvert went off under a party leader's vehicle; he survived and three guards were injured (their side would be his, but injured carry no side). An attempt on a prominent person, but by a bomb, so GTD Bombing/Explosion as for the MPA's house in satp-sa-dev-0 (Assassination is the alternative). A party leader is a civilian, so actor2 is Civilians; ANP is only the victim's party and is not listed. The date is a festival ('on Eid day') with no calendar date. The 'third attack on ANP leaders ... this year' is background and not coded.")],
 not_incidents=["This was the third attack on ANP leaders in Mardan District this year"])
