from gold1 import *

G[11] = dict(publisher="The News",
 actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LI"]), A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam", "AI"])],
 people=[],
 places=[P("Sra Mela", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"), P("Khyber Agency", "district", KP, "Khyber"), P("Peshawar", "city", KP, "Peshawar")],
 incidents=[
  I("fighters of Lashkar e Islam (LI) and Ansarul Islam (AI) clashed over control of a mountain top", "Battles", "Armed clash", "Armed Assault", "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sra Mela", 1,
    "on Wednesday", 9, {"militants": 9}, None,
    "A day-long clash between two armed groups over a mountain top; no territory is said to have changed hands (AI says it kept its positions), so Armed clash. The text calls all nine dead 'militants': six LI men (local sources) and three AI volunteers (AI commander), given in separate sentences. AI says it repulsed 'the attack', so LI is actor1 and GTD Armed Assault. AI is coded as an armed group (inter 2) like LI; the text gives no sign of state backing. 'Several others were wounded', so injured is null. The AI commander spoke from Peshawar, which is not the place of the clash. " + FATA_NOTE),
 ])

G[12] = dict(publisher="Daily Times",
 actors=[LEVIES],
 people=[],
 places=[P("Loti", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti")],
 incidents=[
  I("unidentified militants attacked a Levies check post with rockets and automatic weapons", "Battles", "Armed clash", "Armed Assault", UAG, "Levies", BA, "Dera Bugti", "Loti", 1,
    "late on Thursday night", 0, {}, 2,
    "Rockets and automatic weapons were used and the Levies returned fire, so Battles/Armed clash rather than Shelling (which is for rocket fire with no gunfire). Two Levies personnel were injured; no deaths are reported. A rocket also damaged a PPL gas pipeline; this is part of the same attack, and Pakistan Petroleum Limited is a company, not an actor."),
 ])

G[13] = dict(publisher="Dawn",
 actors=[POLICE(["police"])],
 people=[Pe("Raja Nadeem Akhtar", ["Raja Nadeem Akhtar"], ["Diamer Superintendent of Police (SP)"])],
 places=[P("Gayal Das", "town", GB, "Diamer"), P("Darel", "area", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"),
         P("Gilgit Baltistan", "province", GB, None), P("Tangir", "area", GB, "Diamer")],
 incidents=[
  I("Unidentified miscreants set ablaze a government girls middle school", "Strategic developments", "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Gayal Das", 1,
    "on the intervening night of Saturday and Sunday", 0, {}, 0,
    "Arson of an empty girls school: only property was destroyed and 'no one was hurt', so killed and injured are 0 and actor2 is null. Fire, not explosives, so GTD Facility/Infrastructure Attack, and ACLED Looting/property destruction (no people attacked). 'Miscreants' are not a named group. Gilgit-Baltistan is coded as admin1 (the text writes 'Gilgit Baltistan'). The torching of five schools 'three years ago' is background and is not coded (listed under not_incidents)."),
 ],
 not_incidents=["miscreants had torched at least five schools in Darel and Tangir valleys in a single night"])

G[14] = dict(publisher="The Express Tribune",
 actors=[BDS(["Bomb Disposal Squad", "BDS"]), POLICE(["Islamabad Police", "Police", "police"])],
 people=[],
 places=[P("Tarnol", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"), P("Peshawar", "city", KP, "Peshawar")],
 incidents=[
  I("The Bomb Disposal Squad (BDS) of Islamabad Police defused an improvised explosive device (IED)", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, ICT, "Islamabad", "Tarnol", 1,
    "on Sunday morning", 0, {}, None,
    "A timed IED of about three kilogrammes, planted near a railway crossing, was spotted by a passerby and defused; a defused device is a disrupted bombing, as in satp-sa-dev-109. The planters are not named. Peshawar is only the train's destination. Islamabad is coded admin1 Islamabad Capital Territory, admin2 Islamabad."),
 ])

G[15] = dict(publisher=None,
 actors=[A("Indian Army", "state_force", 8, ["Indian troops"]), ISPR, A("Pakistan Army", "state_force", 1, ["Pakistan Army"])],
 people=[Pe("Muhammad Sadiq", ["Muhammad Sadiq"], ["civilian killed", "resident of Dabsi village"]),
         Pe("Naseem Akhtar", ["Naseem Akhtar"], ["civilian killed", "resident of Dabsi village"])],
 places=[P("Nakyal", "town", AJK, "Kotli"), P("Kotli District", "district", AJK, "Kotli"), P("Azad Jammu and Kashmir", "province", AJK, None),
         P("Line of Control", "area", AJK, None), P("Dabsi", "town", AJK, "Kotli")],
 incidents=[
  I("Indian troops resorted to unprovoked firing and shelling along the Line of Control (LoC)", "Explosions/Remote violence", "Shelling/artillery/missile attack", None, "Indian Army", CIV, AJK, "Kotli", "Nakyal", 2,
    "on Thursday", 2, {"civilians": 2}, 4,
    "Cross-border fire across the LoC: Indian troops' firing and shelling killed two named civilians (one a woman) and injured four. Long-range fire across a border, so Shelling/artillery/missile attack. The attacker is a foreign state force (inter 8) and is the perpetrator here, so it is listed (the rule leaves out foreign forces only when they are victims or accusers); the text says only 'Indian troops', canonicalised as Indian Army. GTD is null, since this is state military fire, not terrorism. The Pakistan Army's return fire is part of the same exchange and has no reported outcome, so it is not a separate incident. A 'sector' is near the town, hence precision 2. Admin1 is coded Azad Kashmir (the text writes 'Azad Jammu and Kashmir (AJK)'). Only ISPR is cited, so publisher is null."),
 ])

G[16] = dict(publisher="Dawn",
 actors=[SFA(["Security forces", "soldiers"]), TTP],
 people=[Pe("Habib Gul", ["Maulvi Habib Gul"], ["local commander of the Tehreek e Taliban Pakistan (TTP)", "surrendered"])],
 places=[P("Kunar", "province", None, None), P("Afghanistan", "country", None, None), P("Kandaro Sar", "area", KP, "Bajaur"),
         P("Salarzai", "area", KP, "Bajaur"), P("Bajaur Agency", "district", KP, "Bajaur"), P("Khar", "town", KP, "Bajaur")],
 incidents=[
  I("a cross border attack by around 150 militants", "Battles", "Armed clash", "Armed Assault", UAG, SF, KP, "Bajaur", "Kandaro Sar", 1,
    "on Saturday", 8, {"militants": 6, "security_forces": 2}, 3,
    "Militants who came from Kunar in Afghanistan attacked a border check post in Pakistan and were repulsed; it is coded in Pakistan, where the fighting was. Dead by side come in separate sentences: six militants and, later, two soldiers ('embraced martyrdom'); killed = 8. The three injured are soldiers; the militants' own injured are uncounted. No group is named for the attackers (the TTP is named only in the next, unrelated sentence). " + FATA_NOTE),
  I("22 militants of the Tehreek e Taliban Pakistan (TTP), including a local commander, Maulvi Habib Gul, laid down arms before the political administration", "Strategic developments", "Change to group/activity", None, "Tehreek-e-Taliban Pakistan", None, KP, "Bajaur", "Khar", 1,
    "on Sunday", 0, {}, None,
    "A surrender of 22 TTP militants at a ceremony in Khar. Coded as Strategic developments / Change to group/activity (a group of fighters leaving the armed group); no GTD type. They surrendered to the political administration, a civil authority and not an armed state force (as in satp-sa-dev-115), so actor2 is null. " + FATA_NOTE),
 ])

G[17] = dict(publisher="Daily Times",
 actors=[POLICE(["Police", "policeman", "police"])],
 people=[Pe("Zahid Hussain", ["Zahid Hussain"], ["police constable", "shot dead"])],
 places=[P("Karachi", "city", SI, "Karachi"), P("Zaman Town", "area", SI, "Karachi"), P("Korangi", "area", SI, "Karachi"),
         P("Kati Pahari", "area", SI, "Karachi"), P("Manghopir", "area", SI, "Karachi")],
 incidents=[
  I("Police constable Zahid Hussain (32) was shot dead by armed motorcyclists near his house", "Battles", "Armed clash", "Armed Assault", UAG, "Police", SI, "Karachi", "Zaman Town", 1,
    "on Tuesday", 1, {"security_forces": 1}, None,
    "A policeman shot dead near his house as he left for duty; attacks on police, even one-sided, are Battles/Armed clash. The place is given by the limits of Zaman Town Police Station in Korangi. 'Korangi' alone does not name a Karachi district, so admin2 is Karachi."),
  I("Two brothers, who ran a tea stall, were shot dead in Kati Pahari area", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, SI, "Karachi", "Kati Pahari", 1,
    "on Tuesday", 2, {"civilians": 2}, None,
    "A separate targeted shooting on the same day. Running a tea stall is a civilian role (like a trader), so both are counted as civilians."),
  I("The body of an unidentified man, aged around 30, bearing torture marks and bullet wounds was found", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, SI, "Karachi", "Manghopir", 1,
    "on Tuesday", 1, {}, None,
    "The fourth of the 'four people' killed: a tortured and shot body found in a sack. The date is the day it was found (the report's 'on Tuesday'). He is only 'a man', so no side is given."),
 ])

G[18] = dict(publisher="The Express Tribune",
 actors=[TTP, POLICE(["police", "policemen"])],
 people=[],
 places=[P("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan"), P("Taunsa", "town", PU, "Dera Ghazi Khan"), P("Rakhi Gaj", "area", PU, "Dera Ghazi Khan")],
 incidents=[],
 not_incidents=["a bomb attack on a police van in Taunsa town two years ago, which had killed five policemen",
                "police arrested them along with explosives from a hideout in the tribal area of the district in March last year"])

G[19] = dict(publisher="Dawn",
 actors=[FC],
 people=[],
 places=[P("Parachinar", "town", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"), P("Zerki Bagh", "area", KP, "Kurram"),
         P("Thall Parachinar Road", "area", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"), P("Kurram Agency", "district", KP, "Kurram")],
 incidents=[
  I("unidentified militants opened fire on a passenger van", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, KP, "Kurram", "Zerki Bagh", 2,
    "on Tuesday", 4, {"civilians": 4}, 6,
    "Gunmen fired on a passenger van from the hills; four passengers (a civilian role) were killed and six injured, two of them women. 'Near' Zerki Bagh, hence precision 2. The earlier February attack that killed ten passengers is background and is not coded (listed under not_incidents). " + FATA_NOTE),
  I("a Frontier Corps (FC) soldier was killed and another injured when militants fired on a convoy", "Battles", "Armed clash", "Armed Assault", UAG, "Frontier Corps", KP, "Kurram", "Zerki Bagh", 2,
    "On Wednesday", 1, {"security_forces": 1}, 1,
    "An attack on an FC escort convoy the next day. Its place is given only as 'the same area', which refers back to the Zerki Bagh area on Thall Parachinar Road, so location and precision follow the first incident. " + FATA_NOTE),
 ],
 not_incidents=["ten passengers were killed in a similar attack in the same area in February"])

G[20] = dict(publisher="Daily Times",
 actors=[LEVIES],
 people=[Pe("Abdul Ghaffar Shahwani", ["Mir Abdul Ghaffar Shahwani"], ["tribal elder", "former district nazim", "shot dead"]),
         Pe("Saeed Ahmed Langove", ["Saeed Ahmed Langove"], ["abducted and found shot dead"])],
 places=[P("Kardgap", "town", BA, "Mastung"), P("Mastung District", "district", BA, "Mastung"), P("Quetta", "city", BA, "Quetta"),
         P("Mangochar", "town", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat"), P("Kalat", "city", BA, "Kalat")],
 incidents=[
  I("was shot dead along with his bodyguard when unidentified armed men opened fire on his vehicle", "Violence against civilians", "Attack", "Assassination", UAG, CIV, BA, "Mastung", "Kardgap", 1,
    "on Friday", 2, {"civilians": 2}, 1,
    "An ambush on a prominent tribal elder and former district nazim, so GTD Assassination. His bodyguard takes his principal's side, so both dead are civilians. The driver was injured. Quetta is only where the driver was treated."),
  I("Levies personnel recovered the bullet riddled body of a man, identified as Saeed Ahmed Langove", "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)", UAG, CIV, BA, "Kalat", "Mangochar", 1,
    "on Saturday", 1, {}, None,
    "The man had been abducted from Kalat town ten days earlier and was found shot dead; abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping), coded where and when the body was found (as satp-sa-dev-29). He is only 'a man', so no side is given."),
 ])
