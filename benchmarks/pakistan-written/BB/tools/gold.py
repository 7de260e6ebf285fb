# Hand coding of set BB, one block per report. Rendered to BB-NN.gold.json by build.py.
KP, BA, PB, SD = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"
GB, AK, ICT = "Gilgit-Baltistan", "Azad Kashmir", "Islamabad Capital Territory"
UAG = "Unidentified Armed Group"
CIV = "Civilians"
BAT, EXP, VAC, PRO, STR = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Protests", "Strategic developments")
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; not among "
             "the allowed admin1 values).")


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def SF(canonical, mentions):
    return A(canonical, "state_force", 1, mentions)


def AG(canonical, mentions):
    return A(canonical, "armed_group", 2, mentions)


def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, gp, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": gp, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}


POLICE = lambda m: SF("Police", m)
FC = SF("Frontier Corps", ["Frontier Corps", "FC"])
LEVIES = SF("Levies", ["Levies"])
BDS = SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])
CTD = SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
TTP = AG("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])
BLF = AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])
BRA = AG("Baloch Republican Army", ["Baloch Republican Army", "BRA"])
LEJ = AG("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"])

G = {}

# ---------------------------------------------------------------- BB-01 Jhang (Punjab)
G["BB-01"] = dict(
    publisher="The News",
    actors=[POLICE(["Police"])],
    people=[
        PE("Abdul Waheed Sialvi", ["Maulana Abdul Waheed Sialvi"],
           ["prayer leader of a local seminary", "associated with the Ahle Sunnat Wal Jamaat (ASWJ)", "shot dead"]),
        PE("Mian Ghulam Mustafa", ["Mian Ghulam Mustafa"], ["District Police Officer (DPO) of Jhang"]),
    ],
    places=[
        P("Jhang", "district", PB, "Jhang"),
        P("Mohalla Piplianwala", "area", PB, "Jhang"),
        P("Kotwali", "area", PB, "Jhang"),
        P("Toba Tek Singh Road", "area", PB, "Jhang"),
    ],
    incidents=[
        I("was shot dead by two unidentified motorcyclists", VAC, "Attack", "Armed Assault", UAG, CIV, PB, "Jhang",
          "Mohalla Piplianwala", 1, "on June 11", 1, {"civilians": 1}, None,
          "A sectarian target killing of a local prayer leader by two motorcyclists. The first sentence names the "
          "place only through the DPO of Jhang; the second gives Mohalla Piplianwala in the limits of the Kotwali "
          "Police Station, so location is the mohalla at precision 1 and admin2 Jhang. 'On June 11' sits in the "
          "clause about the killing, so it is taken as the day of the attack, not only of the DPO's statement. A "
          "prayer leader is a civilian role. A local cleric is not a prominent figure, so GTD Armed Assault rather "
          "than Assassination (as the party worker in satp-sa-dev-41). ASWJ appears only as the victim's "
          "affiliation and is not listed in actors (as Sunni Tehreek in satp-sa-dev-18). Toba Tek Singh Road is "
          "only the escape route. No injuries are mentioned, so injured is null."),
    ],
)

# ---------------------------------------------------------------- BB-02 Kech (Makran)
G["BB-02"] = dict(
    publisher="Dawn",
    actors=[FC, LEVIES, BLF],
    people=[PE("Mereh Baloch", ["Mereh Baloch"], ["spokesman for the Balochistan Liberation Front (BLF)"])],
    places=[
        P("Kallag Sorap", "area", BA, "Kech"),
        P("Tump", "area", BA, "Kech"),
        P("Kech District", "district", BA, "Kech"),
        P("M 8 motorway", "area", None, None),
        P("Hoshab", "area", BA, "Kech"),
        P("Turbat", "city", BA, "Kech"),
    ],
    incidents=[
        I("militants ambushed their patrolling vehicle", BAT, "Armed clash", "Armed Assault",
          "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Kallag Sorap", 1,
          "on the intervening night of March 8 and 9", 6, {"security_forces": 4, "militants": 2}, 2,
          "An ambush on an FC patrol: a roadside bomb hit the vehicle and the attackers then opened fire with "
          "automatic weapons, and the FC returned fire. An attack on a state force with an exchange of fire is "
          "Battles/Armed clash; GTD Armed Assault because the assault with firearms is the main act (the bomb only "
          "opened it). The counts are given by side in separate sentences: four FC personnel killed (security "
          "forces) and, two sentences later, two attackers killed (militants), so killed = 6; the two injured are "
          "FC. The attackers are only 'militants' here; the BLF is named only in the later claim for 'both "
          "attacks', so it is actor1. The date spans a night (March 8-9)."),
        I("took away two labourers", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
          "Balochistan Liberation Front", CIV, BA, "Kech", "Hoshab", 1, "on March 9", 0, {}, None,
          "Armed men burned three excavators and a water tanker of a construction company working on the M 8 "
          "motorway and took away two labourers. The abduction of civilians is the most serious act, so "
          "VAC/Abduction with GTD Kidnapping; the arson is part of the same event, not a separate Looting/property "
          "destruction record. The BLF's claim covers 'both attacks', so it is actor1 here too. Levies officials "
          "are only the source. Turbat is where the spokesman's call was received, not a place of either attack."),
    ],
)

# ---------------------------------------------------------------- BB-03 Naseerabad
G["BB-03"] = dict(
    publisher="The Express Tribune",
    actors=[LEVIES, BDS, POLICE(["Police"])],
    people=[],
    places=[
        P("Quetta", "city", BA, "Quetta"),
        P("Goth Pir Bakhsh Khoso", "town", BA, "Naseerabad"),
        P("Tamboo", "area", BA, "Naseerabad"),
        P("Naseerabad District", "district", BA, "Naseerabad"),
        P("Sindh", "province", SD, None),
        P("Pat Feeder Canal", "area", BA, "Naseerabad"),
        P("Dera Murad Jamali", "town", BA, "Naseerabad"),
    ],
    incidents=[
        I("an explosive device planted under the railway track went off", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, None, BA, "Naseerabad", "Goth Pir Bakhsh Khoso", 2, "on Tuesday", 0, {}, 0,
          "The device on the track went off minutes after the Quetta-bound Jaffar Express had passed. 'No one was "
          "hurt', so killed = 0 and injured = 0; only about two feet of track was damaged, so actor2 is null "
          "(infrastructure, as the pipeline in satp-sa-dev-72), although the train may have been the intended "
          "target. The train passed 'near' Goth Pir Bakhsh Khoso, in the jurisdiction of the Tamboo Levies Thana, "
          "hence precision 2. The Levies appear only as a jurisdiction. No group is named."),
        I("defused a five kilogramme device fitted with a timer", STR, "Disrupted weapons use",
          "Bombing/Explosion", "Bomb Disposal Squad", UAG, BA, "Naseerabad", "Dera Murad Jamali", 1,
          "On the same day", 0, {}, None,
          "On the same Tuesday the BDS defused a 5 kg timed device near a culvert on the Pat Feeder Canal in Dera "
          "Murad Jamali town, 200 metres from a Levies check post. A defused device is Disrupted weapons use with "
          "GTD Bombing/Explosion (as satp-sa-dev-109 and -93). It is in another place from the track blast, so it "
          "is a separate incident. Police are only the source."),
    ],
)

# ---------------------------------------------------------------- BB-04 Diamer (GB)
G["BB-04"] = dict(
    publisher="Dawn",
    actors=[POLICE(["police", "Police"]), TTP],
    people=[
        PE("Sher Afzal", ["Sher Afzal"], ["constable", "injured in the attack"]),
        PE("Qari Naseem Gul", ["Qari Naseem Gul"], ["spokesman for the Tehreek e Taliban Pakistan (TTP)"]),
    ],
    places=[
        P("Shakot Nala", "area", GB, "Diamer"),
        P("Darel", "area", GB, "Diamer"),
        P("Diamer District", "district", GB, "Diamer"),
        P("Chilas", "town", GB, "Diamer"),
        P("Peshawar", "city", KP, "Peshawar"),
        P("Tangir", "area", GB, "Diamer"),
    ],
    quotes=[{"speaker": "Qari Naseem Gul", "starts": "Our fighters will not allow the police to operate"}],
    incidents=[
        I("unidentified gunmen attacked a police check post at Shakot Nala", BAT, "Armed clash", "Armed Assault",
          "Tehreek-e-Taliban Pakistan", "Police", GB, "Diamer", "Shakot Nala", 1, "late on Saturday night", 2,
          {"security_forces": 2}, 1,
          "Gunmen attacked a police check post and exchanged fire for nearly an hour: Battles/Armed clash, GTD "
          "Armed Assault. Two policemen killed and one constable injured. The first sentence calls the attackers "
          "'unidentified gunmen' and names the district only through the SP of Diamer District; a TTP spokesman "
          "claimed the attack the next day, so the TTP is actor1. He spoke by telephone from Peshawar, which is not "
          "a place of the attack. Chilas is only where the injured man was taken."),
        I("police arrested three suspected militants", STR, "Arrests", None, "Police", UAG, GB, "Diamer", "Tangir",
          2, "on Sunday", 0, {}, None,
          "Police arrested three suspected militants with two Kalashnikovs and a grenade in a raid in Tangir. The "
          "text introduces it with 'Separately' and does not tie the men to the Darel attack, so it is its own "
          "Arrests incident (CODING-RULES); no group is named, so actor2 is Unidentified Armed Group. Arrests get "
          "no GTD type. Tangir is a valley/tehsil, hence precision 2."),
    ],
)

# ---------------------------------------------------------------- BB-05 Kotli / Poonch (AJK)
G["BB-05"] = dict(
    publisher="The Express Tribune",
    actors=[A("Indian Army", "state_force", 8, ["Indian Army"]),
            SF("Pakistan Army", ["Pakistan Army", "Pakistani troops"])],
    people=[],
    places=[
        P("Line of Control", "area", None, None),
        P("Nakyal", "area", AK, "Kotli"),
        P("Kotli District", "district", AK, "Kotli"),
        P("Pakistan occupied Kashmir", "province", AK, None),
        P("Hajira", "area", AK, "Poonch"),
        P("Poonch District", "district", AK, "Poonch"),
    ],
    incidents=[
        I("the Indian Army resorted to unprovoked firing and mortar shelling along the Line of Control (LoC)", BAT,
          "Armed clash", None, "Indian Army", "Pakistan Army", AK, "Kotli", "Nakyal", 2, "on October 23", 3,
          {"civilians": 2, "security_forces": 1}, 5,
          "Cross-border firing and mortar shelling across the LoC, to which Pakistani troops responded: an exchange "
          "of fire between two state forces with gunfire as well as mortars, so Battles/Armed clash (mortars alone "
          "would be Shelling). The Indian Army acts as perpetrator, so it is listed (inter 8). GTD null: fire "
          "between armies is not terrorism. The counts are given by side in separate sentences: two civilians, "
          "then 'also' one Pakistan Army soldier, so killed = 3. The five injured have no side. 'Nakyal sector' is "
          "a sector, hence precision 2. The text says 'Pakistan occupied Kashmir (PoK)'; admin1 is coded Azad "
          "Kashmir. ISPR is only the source and is not listed as an actor."),
        I("a shell fired from across the LoC landed near his house", EXP, "Shelling/artillery/missile attack",
          None, "Indian Army", CIV, AK, "Poonch", "Hajira", 2, "A day earlier", 0, {}, 1,
          "A day earlier (October 22) a shell injured a 12-year-old boy in Hajira sector. This sentence does not "
          "name the shooter; 'from across the LoC' means the Indian side, so actor1 is Indian Army by inference. "
          "A shell with no gunfire is Shelling. GTD null. Sector only, precision 2."),
    ],
)

# ---------------------------------------------------------------- BB-06 Dera Ghazi Khan
G["BB-06"] = dict(
    publisher="Dawn",
    actors=[SF("Border Military Police", ["Border Military Police", "BMP"]), POLICE(["Police"])],
    people=[],
    places=[
        P("Chhappar Wala", "town", PB, "Dera Ghazi Khan"),
        P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
        P("Koh e Suleman", "area", PB, "Dera Ghazi Khan"),
        P("Kot Chutta", "town", PB, "Dera Ghazi Khan"),
    ],
    incidents=[
        I("militants fired three rockets at their check post", EXP, "Shelling/artillery/missile attack",
          "Bombing/Explosion", UAG, "Border Military Police", PB, "Dera Ghazi Khan", "Chhappar Wala", 1,
          "on August 17", 0, {}, 2,
          "Three rockets fired from the mountains at a BMP check post; the attackers fled before the force could "
          "respond, so there was no gunfire: Shelling/artillery/missile attack with GTD Bombing/Explosion (as the "
          "rocket attack in satp-sa-dev-4). Two BMP personnel injured, no one killed. The later arrest of two men "
          "in Kot Chutta is tied to this attack ('shelter to the attackers'), so it is part of this record and not "
          "a separate Arrests incident. The Koh e Suleman mountains are only where the rockets came from."),
    ],
)

# ---------------------------------------------------------------- BB-07 Gwadar (Makran)
G["BB-07"] = dict(
    publisher="Dawn",
    actors=[BLF],
    people=[
        PE("Gul Bano", ["Gul Bano"], ["lady health worker", "shot and later died of her injuries"]),
        PE("Noor Bakhsh", ["Noor Bakhsh"], ["vaccinator", "escaped unhurt"]),
        PE("Mereh Baloch", ["Mereh Baloch"], ["spokesman for the Balochistan Liberation Front (BLF)"]),
    ],
    places=[
        P("Pasni", "town", BA, "Gwadar"),
        P("Gwadar District", "district", BA, "Gwadar"),
        P("Turbat", "city", BA, "Kech"),
    ],
    incidents=[
        I("two armed men on a motorcycle opened fire on her", VAC, "Attack", "Armed Assault", UAG, CIV, BA,
          "Gwadar", "Pasni", 1, "on Monday", 1, {"civilians": 1}, 0,
          "A lady health worker was shot and critically injured on Monday and died in hospital in Turbat on "
          "Tuesday: she is counted once, as killed (as the soldiers in satp-sa-dev-38), and the vaccinator escaped "
          "unhurt, so injured = 0. The date is the day of the shooting, not of the death. A health worker is a "
          "civilian role; not a prominent figure, so Armed Assault. The BLF denied involvement, so actor1 stays "
          "Unidentified; the BLF is still listed in actors as a named organisation. 'Near the Basic Health Unit in "
          "Pasni town' is in the town, precision 1. The suspended polio campaign is not an incident."),
    ],
)

# ---------------------------------------------------------------- BB-08 Karachi
G["BB-08"] = dict(
    publisher=None,
    actors=[POLICE(["Police"])],
    people=[PE("Muhammad Rafiq", ["Muhammad Rafiq"],
               ["owner of the mobile phone shop", "had been receiving extortion slips"])],
    places=[
        P("Pirabad", "area", SD, "Karachi"),
        P("Karachi", "city", SD, "Karachi"),
    ],
    incidents=[
        I("two unidentified motorcyclists hurled a hand grenade at a mobile phone shop", EXP, "Grenade",
          "Bombing/Explosion", UAG, CIV, SD, "Karachi", "Pirabad", 2, "late on Friday night", 0, {}, 3,
          "A grenade thrown at a mobile phone shop injured three people, one of them a shopkeeper. The place is "
          "given only by the limits of the Pirabad Police Station, hence precision 2. The SHO links it to extortion "
          "the owner refused to pay, but the act is a grenade attack on civilians by unidentified men, so ACLED "
          "Grenade with actor2 Civilians. Nobody was killed. The report opens with 'Separately' and names no "
          "outlet, so publisher is null."),
    ],
)

# ---------------------------------------------------------------- BB-09 Swat
G["BB-09"] = dict(
    publisher="Dawn",
    actors=[POLICE(["police"]), SF("Security Forces", ["Security Forces", "SFs"])],
    people=[PE("Malik Sherin Zada", ["Malik Sherin Zada"],
               ["tribal elder", "had led a village lashkar against militants in 2009"])],
    places=[
        P("Banr Dheri", "town", KP, "Swat"),
        P("Matta", "area", KP, "Swat"),
        P("Swat District", "district", KP, "Swat"),
    ],
    not_incidents=["in attacks on police in the valley"],
    incidents=[
        I("was shot dead by unidentified militants near his hujra (guest house)", VAC, "Attack", "Armed Assault",
          UAG, CIV, KP, "Swat", "Banr Dheri", 1, "on Thursday evening", 1, {"civilians": 1}, None,
          "A tribal elder shot dead near his hujra in Banr Dheri village; the district comes only through the SHO "
          "of Matta police station in Swat District. He led a village lashkar in 2009, not now, so he is counted "
          "as a civilian, not as a pro-government militiaman (contrast satp-sa-dev-81). The killing of a village "
          "elder is coded Armed Assault, as for a party worker; Assassination would be the alternative if a "
          "tribal elder is taken as a prominent target."),
        I("Security Forces (SFs) killed two militants during an intelligence based operation (IBO)", BAT,
          "Armed clash", None, "Security Forces", UAG, KP, "Swat", "Banr Dheri", 2, "on Friday", 2,
          {"militants": 2}, None,
          "An IBO 'in the same area': read as the Banr Dheri/Matta area of the previous sentences; since 'the same "
          "area' may mean the wider Matta area, precision 2. A state-initiated operation, so GTD null. Two "
          "militants killed; no group is named. The ISPR says they killed the elder, but that is an official "
          "attribution, not a claim, and the first record stays Unidentified. Their 'attacks on police in the "
          "valley' is a general reference, not an incident."),
    ],
)

# ---------------------------------------------------------------- BB-10 Islamabad
G["BB-10"] = dict(
    publisher="The Express Tribune",
    actors=[POLICE(["Police"]), AG("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"])],
    people=[
        PE("Khalid Mehmood Khattak", ["Khalid Mehmood Khattak"], ["Inspector General of Police (IGP) Islamabad"]),
        PE("Ahmad Noor", ["Ahmad Noor"], ["would be suicide bomber", "arrested"]),
        PE("Gul Rehman", ["Gul Rehman"], ["handler of the would be suicide bomber", "arrested"]),
    ],
    places=[
        P("Islamabad", "city", ICT, "Islamabad"),
        P("Tarlai", "town", ICT, "Islamabad"),
        P("Lehtrar Road", "area", ICT, "Islamabad"),
        P("Mohmand Agency", "district", KP, "Mohmand"),
    ],
    quotes=[{"speaker": "Khalid Mehmood Khattak", "starts": "They were planning to strike a crowded market"}],
    incidents=[
        I("arresting a would be suicide bomber and his handler", STR, "Disrupted weapons use",
          "Bombing/Explosion", "Police", "Jamaat-ul-Ahrar", ICT, "Islamabad", "Tarlai", 2, "on December 2", 0, {},
          None,
          "Police stopped a would-be suicide bomber and his handler at a picket with a ready suicide jacket (8 kg "
          "of explosives), a pistol and two grenades: an attack foiled, so Disrupted weapons use with GTD "
          "Bombing/Explosion (as for defused devices); the two arrests are part of this record, not a separate "
          "Arrests incident. actor2 is the JuA, to which the IGP says they belonged. 'Near Tarlai on Lehtrar "
          "Road', precision 2. Mohmand Agency is only where they came from. No one was hurt (injured not stated)."),
    ],
)

# ---------------------------------------------------------------- BB-11 Rahim Yar Khan / Bahawalpur
G["BB-11"] = dict(
    publisher="The News",
    actors=[CTD, LEJ, AG("Islamic State", ["Islamic State", "IS", "Daesh"]), POLICE(["police"])],
    people=[],
    places=[
        P("Sadiqabad", "city", PB, "Rahim Yar Khan"),
        P("Rahim Yar Khan District", "district", PB, "Rahim Yar Khan"),
        P("Lahore", "city", PB, "Lahore"),
        P("Basti Nur Wala", "town", PB, "Bahawalpur"),
        P("Bahawalpur", "city", PB, "Bahawalpur"),
    ],
    not_incidents=["the killing of a police inspector in Bahawalpur last year"],
    incidents=[
        I("arrested four suspected militants of the banned Lashkar e Jhangvi (LeJ)", STR, "Arrests", None,
          "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Rahim Yar Khan", "Sadiqabad", 2,
          "on January 29", 0, {}, None,
          "A CTD raid near Sadiqabad: four suspected LeJ militants arrested with explosives, detonators and three "
          "pistols. They were only 'planning' an attack, with no device set at a target, so the arrest is the act "
          "coded (Arrests, no GTD) and the seizure is part of it; contrast BB-10 and BB-30, where an attack ready "
          "to go was reported as foiled. The spokesman spoke in Lahore, which is not the place. 'Near Sadiqabad', "
          "precision 2."),
        I("two militants were killed in an exchange of fire", BAT, "Armed clash", None,
          "Counter Terrorism Department", "Islamic State", PB, "Bahawalpur", "Basti Nur Wala", 1, "On the same day",
          2, {"militants": 2}, 1,
          "A CTD raid on a house in Basti Nur Wala on the outskirts of Bahawalpur. Two militants killed; the CTD "
          "constable's injury is told in a separate sentence, so injured = 1; two accomplices escaped. "
          "State-initiated raid, so GTD null. The spokesman says the slain men were Islamic State (Daesh). The "
          "killing of a police inspector 'last year' is background, not coded."),
    ],
)

# ---------------------------------------------------------------- BB-12 Kachhi (Naseerabad division)
G["BB-12"] = dict(
    publisher="Dawn",
    actors=[BRA, AG("United Baloch Army", ["United Baloch Army", "UBA"]), LEVIES],
    people=[PE("Dostain", ["Dostain", "Dosti"],
               ["local commander of the United Baloch Army (UBA)", "killed in the clash"])],
    places=[
        P("Sanni", "town", BA, "Kachhi"),
        P("Kachhi District", "district", BA, "Kachhi"),
    ],
    not_incidents=["In 2014, the UBA had claimed the killing of six Levies personnel in an attack on a check post "
                   "in the same district"],
    relations=[{"a": "Baloch Republican Army", "b": "United Baloch Army", "kind": "hostile",
                "evidence": "a clash between two rival groups"}],
    incidents=[
        I("a clash between two rival groups", BAT, "Armed clash", None, "Baloch Republican Army",
          "United Baloch Army", BA, "Kachhi", "Sanni", 2, "on Sunday", 5, {"militants": 5}, None,
          "A clash between two armed groups. 'At least five' = 5, confirmed by the counts given per group in "
          "separate sentences (three BRA, two UBA including commander Dostain alias Dosti); all are militants. "
          "Fighting between non-state groups with no initiator stated, so GTD null. actor1 is the BRA, named "
          "first. 'In the mountains near Sanni', precision 2. The 2014 UBA attack on Levies 'in the same "
          "district' is background, not a new incident. The Levies are only the source."),
    ],
)

# ---------------------------------------------------------------- BB-13 Gilgit (GB)
G["BB-13"] = dict(
    publisher="Dawn",
    actors=[POLICE(["Police", "police"]), SF("Gilgit Baltistan Scouts", ["Gilgit Baltistan Scouts"])],
    people=[PE("Syed Mazahir Hussain Rizvi", ["Allama Syed Mazahir Hussain Rizvi"],
               ["prominent religious scholar", "shot dead"])],
    places=[
        P("Jutial", "area", GB, "Gilgit"),
        P("Gilgit", "city", GB, "Gilgit"),
        P("Gilgit Baltistan", "province", GB, None),
        P("Karakoram Highway", "area", None, None),
        P("Danyor", "town", GB, "Gilgit"),
    ],
    incidents=[
        I("were shot dead by unidentified gunmen near his residence", VAC, "Attack", "Assassination", UAG, CIV, GB,
          "Gilgit", "Jutial", 1, "on Friday morning", 2, {"civilians": 2}, None,
          "A prominent religious scholar was targeted near his home as he left for the imambargah: a specific "
          "prominent target, so GTD Assassination. His driver was killed with him; the driver takes his "
          "principal's side (as a bodyguard would), so civilians = 2."),
        I("hundreds of protesters blocked the Karakoram Highway at Danyor", PRO, "Protest with intervention", None,
          "Protesters", "Police", GB, "Gilgit", "Danyor", 1, "Later in the day", 0, {}, 4,
          "Protesters blocked the highway at Danyor and burned tyres; police fired tear gas, injuring four. The "
          "authorities intervened without lethal force, so Protest with intervention, not Excessive force. The "
          "protesters are generic, so actor1 is 'Protesters' (like 'Civilians', not listed in actors). No GTD for "
          "protests. 'Later in the day' = the same Friday. The curfew and the calling in of the GB Scouts report no "
          "outcome and are not incidents."),
    ],
)

# ---------------------------------------------------------------- BB-14 North Waziristan (former FATA)
G["BB-14"] = dict(
    publisher="The Express Tribune",
    actors=[SF("Security Forces", ["Security Forces", "SFs", "soldiers"]),
            AG("Tehreek-e-Taliban Pakistan", ["Fitna al Khawarij", "FAK"])],
    people=[],
    places=[
        P("Spinwam", "area", KP, "North Waziristan"),
        P("North Waziristan District", "district", KP, "North Waziristan"),
        P("Mir Ali", "area", KP, "North Waziristan"),
    ],
    incidents=[
        I("Security Forces (SFs) killed six khwarij during an intelligence based operation (IBO)", BAT,
          "Armed clash", None, "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "North Waziristan", "Spinwam",
          2, "on September 3", 8, {"militants": 6, "security_forces": 2}, None,
          "An IBO with an 'intense exchange of fire'; state-initiated, so GTD null. The counts come by side in "
          "separate sentences: six 'khwarij' (militants) and two soldiers, so killed = 8. 'Fitna al Khawarij "
          "(FAK)' is the name the Pakistani state has used for the TTP since 2024, so actor2 is "
          "Tehreek-e-Taliban Pakistan with those mentions (general knowledge; the text never says TTP). 'The "
          "general area of Spinwam', precision 2. North Waziristan is a former FATA agency, now a KP district."),
        I("a suicide bomber rammed an explosive laden pick up into the boundary wall of a security check post",
          EXP, "Suicide bomb", "Bombing/Explosion", UAG, "Security Forces", KP, "North Waziristan", "Mir Ali", 2,
          "A day earlier", 0, {}, 6,
          "A day earlier (September 2), a vehicle-borne suicide attack on a check post: Suicide bomb, GTD "
          "Bombing/Explosion. Injured four soldiers and two passersby = 6. The text counts no dead and does not "
          "count the bomber, so killed = 0. 'No group claimed the attack', so Unidentified; the FAK of the next-day "
          "operation is not linked to it. Mir Ali tehsil only, precision 2."),
    ],
)

# ---------------------------------------------------------------- BB-15 Muzaffargarh / Multan
G["BB-15"] = dict(
    publisher="Dawn",
    actors=[POLICE(["Police"])],
    people=[
        PE("Ghulam Fareed Gopang", ["Ghulam Fareed Gopang"],
           ["worker of the Pakistan Peoples Party (PPP)", "shot dead"]),
        PE("Muhammad Aslam", ["Muhammad Aslam"], ["injured in the Basti Gopang attack", "died at Nishtar Hospital"]),
    ],
    places=[
        P("Basti Gopang", "town", PB, "Muzaffargarh"),
        P("Alipur", "town", PB, "Muzaffargarh"),
        P("Muzaffargarh District", "district", PB, "Muzaffargarh"),
        P("Khanewal Road", "area", PB, "Multan"),
        P("Multan", "city", PB, "Multan"),
    ],
    incidents=[
        I("unidentified gunmen opened fire on an election corner meeting", VAC, "Attack", "Armed Assault", UAG,
          CIV, PB, "Muzaffargarh", "Basti Gopang", 1, "on Wednesday night", 2, {"civilians": 1}, 1,
          "Gunmen fired on an election corner meeting. A PPP worker (a civilian role) died on the spot; one of the "
          "two injured, Muhammad Aslam, died on Friday, told in the last sentence after the Multan incident, so "
          "killed = 2 and injured = 1. Aslam has no stated status, so killed_by_side has civilians 1 only. A party "
          "worker, not a prominent figure: Armed Assault. The PPP is only the victim's party and is not listed. "
          "Basti Gopang is the place itself ('near Alipur' locates the basti), precision 1."),
        I("a hand grenade was lobbed at the election office of an independent candidate", EXP, "Grenade",
          "Bombing/Explosion", UAG, CIV, PB, "Multan", "Khanewal Road", 1, "late on Thursday", 0, {}, 0,
          "A grenade thrown at an independent candidate's election office on Khanewal Road, Multan, damaging the "
          "office and two motorcycles. 'No one was hurt', so killed = 0 and injured = 0. The target is a "
          "candidate's office, so actor2 is Civilians (as a politician's house in satp-sa-dev-0)."),
    ],
)

# ---------------------------------------------------------------- BB-16 Rawalakot (AJK)
G["BB-16"] = dict(
    publisher=None,
    actors=[POLICE(["Police"])],
    people=[PE("Abdul Rauf Qasmi", ["Maulana Abdul Rauf Qasmi"],
               ["prayer leader", "ran a seminary in the village",
                "associated with a Kashmiri militant organisation in the 1990s"])],
    places=[
        P("Chattar Dhoke", "town", AK, "Poonch"),
        P("Rawalakot", "city", AK, "Poonch"),
        P("Hajira", "area", AK, "Poonch"),
    ],
    not_incidents=["Last year, another cleric was gunned down in a similar manner in Hajira"],
    incidents=[
        I("was shot dead by two masked gunmen inside a mosque", VAC, "Attack", "Armed Assault", UAG, CIV, AK,
          "Poonch", "Chattar Dhoke", 1, "on Tuesday", 1, {"civilians": 1}, None,
          "A prayer leader shot dead inside a mosque during Isha prayers. He was linked to a Kashmiri militant "
          "organisation in the 1990s, but the text presents him as a prayer leader running a seminary, so he is a "
          "civilian (contrast satp-sa-dev-21, where the text calls the victim 'a militant'). A village cleric, not "
          "a prominent figure: Armed Assault. The place is tied to a district only through the SP in Rawalakot, "
          "the headquarters of Poonch District (general knowledge), so admin2 is Poonch. The killing in Hajira "
          "'last year' is background. No outlet is named, so publisher is null."),
    ],
)

# ---------------------------------------------------------------- BB-17 Panjgur (Makran)
G["BB-17"] = dict(
    publisher="The News",
    actors=[FC, AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])],
    people=[PE("Sangat Baloch", ["Sangat Baloch"], ["spokesman of the Balochistan Liberation Army (BLA)"])],
    places=[
        P("Parom", "area", BA, "Panjgur"),
        P("Panjgur District", "district", BA, "Panjgur"),
    ],
    incidents=[
        I("militants attacked a Frontier Corps (FC) camp", BAT, "Armed clash", "Armed Assault",
          "Balochistan Liberation Army", "Frontier Corps", BA, "Panjgur", "Parom", 1, "late on Wednesday night", 5,
          {"militants": 4, "security_forces": 1}, None,
          "Militants tried to enter an FC camp and were repulsed: Battles/Armed clash, GTD Armed Assault. The ISPR "
          "gives four attackers ('terrorists') and one soldier killed. The BLA claimed the attack, so it is "
          "actor1, and said eight soldiers were killed; the sources disagree and the ISPR did not confirm, so the "
          "more conservative figure (one soldier) is used. Killed = 5. 'Parom area', precision 1."),
    ],
)

# ---------------------------------------------------------------- BB-18 Naushahro Feroze (Sindh)
G["BB-18"] = dict(
    publisher="Dawn",
    actors=[POLICE(["Police"]), AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"])],
    people=[],
    places=[
        P("Mehrabpur", "town", SD, "Naushahro Feroze"),
        P("Naushahro Feroze District", "district", SD, "Naushahro Feroze"),
    ],
    incidents=[
        I("A low intensity bomb exploded outside the office of the National Database and Registration Authority "
          "(NADRA)", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army",
          None, SD, "Naushahro Feroze", "Mehrabpur", 1, "late on Monday night", 0, {}, 0,
          "A low-intensity bomb went off outside the NADRA office, damaging the main gate and nearby shop "
          "windows. 'No one was injured' and no deaths, so killed = injured = 0 and actor2 is null "
          "(property only). There is no explicit claim, but SRA pamphlets demanding the release of its activists "
          "were found at the site; this is read as the group's own claim, so actor1 is the SRA (Unidentified "
          "Armed Group would be the cautious alternative)."),
    ],
)

# ---------------------------------------------------------------- BB-19 Khyber Agency (former FATA)
G["BB-19"] = dict(
    publisher="The News",
    actors=[AG("Lashkar-e-Islam", ["Lashkar e Islam", "LeI"]), AG("Ansar-ul-Islam", ["Ansarul Islam"])],
    people=[],
    places=[
        P("Sandapal", "area", KP, "Khyber"),
        P("Tirah", "area", KP, "Khyber"),
        P("Khyber Agency", "district", KP, "Khyber"),
        P("Federally Administered Tribal Areas", "area", KP, None),
        P("Bara", "town", KP, "Khyber"),
    ],
    relations=[{"a": "Lashkar-e-Islam", "b": "Ansar-ul-Islam", "kind": "hostile",
                "evidence": "fierce clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam groups"}],
    incidents=[
        I("fierce clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam groups", BAT, "Armed clash",
          None, "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on Sunday", 11,
          {"militants": 11}, None,
          "Fighting between two armed groups that began on Sunday and went on till late Monday: one incident, "
          "dated by its start (a two-day span). 'At least 11' = 11, matching the per-group counts given in "
          "separate sentences (7 LeI, 4 Ansarul Islam 'volunteers', i.e. its fighters), all militants. Non-state "
          "groups with no initiator stated, so GTD null. " + FATA_NOTE),
        I("LeI militants abducted three elders of the Kamarkhel tribe", VAC, "Abduction/forced disappearance",
          "Hostage Taking (Kidnapping)", "Lashkar-e-Islam", CIV, KP, "Khyber", "Bara", 1, "on Monday", 0, {}, None,
          "'Meanwhile', LeI abducted three tribal elders (civilians, mediators) from Bara bazaar: another place "
          "and act than the clash, so a separate incident. No outcome is given. " + FATA_NOTE),
    ],
)

# ---------------------------------------------------------------- BB-20 Chiniot
G["BB-20"] = dict(
    publisher="The Express Tribune",
    actors=[POLICE(["policemen", "Police"]),
            AG("Lashkar-e-Jhangvi al-Alami", ["Lashkar e Jhangvi al Alami", "LeJ A"])],
    people=[PE("Rana Shahid Pervaiz", ["Rana Shahid Pervaiz"], ["Regional Police Officer (RPO) Faisalabad"])],
    places=[
        P("Bhowana", "town", PB, "Chiniot"),
        P("Chiniot District", "district", PB, "Chiniot"),
        P("Faisalabad", "city", PB, "Faisalabad"),
    ],
    incidents=[
        I("a suicide bomber blew himself up at the gate of an imambargah", EXP, "Suicide bomb",
          "Bombing/Explosion", "Lashkar-e-Jhangvi al-Alami", CIV, PB, "Chiniot", "Bhowana", 1,
          "on Monday evening", 7, {"security_forces": 2}, 22,
          "A suicide bombing at the gate of an imambargah during a Muharram majlis. 'Seven people, including two "
          "policemen' = 7 killed, 2 of them security forces; the other five are 'people' with no side. The "
          "bomber's remains were found but the text does not count him, so he is not added. 'At least 22' "
          "injured = 22. actor2 is Civilians: the mourners were the target and the policemen were guarding the "
          "gate. The LeJ-A claimed it hours later, so it is actor1. Faisalabad is only the RPO's office."),
    ],
)

# ---------------------------------------------------------------- BB-21 Jhal Magsi (Naseerabad division)
G["BB-21"] = dict(
    publisher="Dawn",
    actors=[LEVIES, FC],
    people=[],
    places=[
        P("Shah Bella", "town", BA, "Jhal Magsi"),
        P("Gandawa", "area", BA, "Jhal Magsi"),
        P("Jhal Magsi District", "district", BA, "Jhal Magsi"),
        P("Kirthar range", "area", BA, "Jhal Magsi"),
    ],
    incidents=[
        I("Militants stormed a Levies post", BAT, "Armed clash", "Hostage Taking (Kidnapping)", UAG, "Levies", BA,
          "Jhal Magsi", "Shah Bella", 1, "on Tuesday night", 0, {}, None,
          "About 30 militants stormed a Levies post, overpowered the men 'before they could put up any "
          "resistance', burned the post and took six Levies personnel away with their weapons. Per CODING-RULES "
          "an attack on a state force is Battles/Armed clash even when one-sided; GTD Hostage Taking (Kidnapping) "
          "for the abduction. VAC/Abduction would be the alternative reading. No deaths; injuries not stated. No "
          "group has claimed it."),
        I("Frontier Corps (FC) personnel recovered four of the abducted Levies men", STR, "Other", None,
          "Frontier Corps", UAG, BA, "Jhal Magsi", "Kirthar range", 2, "On Thursday", 0, {}, None,
          "FC recovered four of the six abducted Levies men during a search operation; no fighting is reported. A "
          "recovery/release is Strategic developments/Other with no GTD type. actor2 is the unidentified captors. "
          "The Kirthar range is a mountain area, placed in Jhal Magsi from the DC's statement, precision 2. Two men "
          "are still missing."),
    ],
)

# ---------------------------------------------------------------- BB-22 Gilgit ATC verdict (background only)
G["BB-22"] = dict(
    publisher="The Express Tribune",
    actors=[TTP, POLICE(["policemen", "Police"])],
    people=[
        PE("Sher Baz", ["Sher Baz"], ["convicted", "sentenced to death"]),
        PE("Ahmed Jan", ["Ahmed Jan"], ["convicted", "sentenced to death"]),
        PE("Fazal Wahid", ["Fazal Wahid"], ["convicted", "sentenced to life imprisonment"]),
    ],
    places=[
        P("Gilgit", "city", GB, "Gilgit"),
        P("Eidgah", "town", GB, "Astore"),
        P("Astore District", "district", GB, "Astore"),
        P("Diamer District", "district", GB, "Diamer"),
    ],
    not_incidents=[
        "the rocket attack on the police lines in Eidgah town of Astore District in 2015",
        "had also torched two girls schools in Diamer District the same year",
    ],
    incidents=[],
)

# ---------------------------------------------------------------- BB-23 Bannu
G["BB-23"] = dict(
    publisher="Dawn",
    actors=[POLICE(["policemen", "police", "Police"]), BDS],
    people=[],
    places=[
        P("Kotka Bahram", "town", KP, "Bannu"),
        P("Bannu", "district", KP, "Bannu"),
        P("Surani Kala", "town", KP, "Bannu"),
    ],
    incidents=[
        I("militants dropped an explosive device from a quadcopter on the Kotka Bahram police station", EXP,
          "Air/drone strike", "Bombing/Explosion", UAG, "Police", KP, "Bannu", "Kotka Bahram", 1,
          "late on Thursday night", 0, {}, 2,
          "Explosives dropped from a quadcopter on a police station: a drone attack by a non-state group, coded "
          "Explosions/Remote violence / Air/drone strike, GTD Bombing/Explosion. Two policemen injured. The first "
          "sentence ties the place to a district only through the DPO of Bannu; the police station's name is the "
          "location, precision 1."),
        I("the policemen shot down a second quadcopter carrying two mortar shells", STR, "Disrupted weapons use",
          "Bombing/Explosion", "Police", UAG, KP, "Bannu", "Kotka Bahram", 1, "About 20 minutes later", 0, {}, None,
          "About 20 minutes later police shot down a second armed quadcopter over the station and the BDS defused "
          "its two mortar shells: an attack prevented, so Disrupted weapons use with GTD Bombing/Explosion (as for "
          "defused devices). The date is the relative expression in the text (the same Thursday night)."),
        I("militants opened fire on the Surani Kala police post", BAT, "Armed clash", "Armed Assault", UAG,
          "Police", KP, "Bannu", "Surani Kala", 1, "on the same night", 0, {}, 0,
          "A separate gunfire attack the same night on a police post 'in the same district' (Bannu, from the "
          "DPO); police returned fire and the attackers fled. Battles/Armed clash, GTD Armed Assault. 'No "
          "casualties were reported', so killed = 0 and injured = 0 (as satp-sa-dev-93)."),
    ],
)

# ---------------------------------------------------------------- BB-24 Sheikhupura (Muridke)
G["BB-24"] = dict(
    publisher="Dawn",
    actors=[CTD, LEJ],
    people=[
        PE("Zahid", ["Zahid"], ["brother of Naveed", "killed in what the CTD called an encounter",
                                "called a member of Lashkar e Jhangvi (LeJ) by the CTD"]),
        PE("Naveed", ["Naveed"], ["brother of Zahid", "killed in what the CTD called an encounter",
                                  "called a member of Lashkar e Jhangvi (LeJ) by the CTD"]),
    ],
    places=[
        P("GT Road", "area", None, None),
        P("Muridke", "town", PB, "Sheikhupura"),
        P("Sheikhupura District", "district", PB, "Sheikhupura"),
        P("Chak Sadiq Wala", "town", PB, "Sheikhupura"),
    ],
    not_incidents=["the brothers had been picked up from their home a week earlier"],
    incidents=[
        I("were killed on Sunday in an exchange of fire near Chak Sadiq Wala", BAT, "Armed clash", None,
          "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Sheikhupura", "Chak Sadiq Wala", 2,
          "on Sunday", 2, {"militants": 2}, None,
          "The CTD's account: the two brothers, LeJ members in its custody, were killed on Sunday when their "
          "accomplices attacked the team taking them to recover weapons. Coded as the official account reports "
          "it: Battles/Armed clash, CTD v LeJ, GTD null because it arose in a state operation. The family disputes "
          "it (they say the brothers had been picked up a week earlier, i.e. a staged encounter, which would be "
          "VAC/Attack by the CTD); the 'militants' status comes only from the CTD and is kept with this caveat. "
          "'Near Chak Sadiq Wala', precision 2. The alleged pick-up has no date or place and is not coded."),
        I("placed the bodies on the GT Road in Muridke town", PRO, "Peaceful protest", None, "Protesters", None,
          PB, "Sheikhupura", "Muridke", 1, "on Monday", 0, {}, None,
          "Relatives blocked the GT Road in Muridke with the bodies for five hours and dispersed peacefully after "
          "an inquiry was promised: Peaceful protest, actor1 'Protesters' (generic), no GTD. No intervention "
          "by force is reported."),
    ],
)

# ---------------------------------------------------------------- BB-25 Bajaur Agency (former FATA)
G["BB-25"] = dict(
    publisher="The News",
    actors=[LEVIES, TTP],
    people=[PE("Mian Rashid Gul", ["Mian Rashid Gul"], ["Assistant Political Agent (APA)", "escaped unhurt"])],
    places=[
        P("Gatkai Sar", "town", KP, "Bajaur"),
        P("Salarzai", "area", KP, "Bajaur"),
        P("Bajaur Agency", "district", KP, "Bajaur"),
        P("Khar", "town", KP, "Bajaur"),
    ],
    incidents=[
        I("a remote controlled bomb planted along the road hit the vehicle of an Assistant Political Agent (APA)",
          EXP, "Remote explosive/landmine/IED", "Assassination", UAG, CIV, KP, "Bajaur", "Gatkai Sar", 2,
          "on Wednesday", 2, {"security_forces": 2}, 4,
          "A remote-controlled roadside bomb hit an APA's vehicle; he escaped. The target was a specific senior "
          "official, so GTD Assassination, and actor2 is Civilians (a civil administrator). The two dead are "
          "Levies personnel: the text gives their own status, so they are counted as security forces rather than "
          "taking their principal's side (the bodyguard rule is read as applying to guards with no stated "
          "status). Injured 4: three Levies and the driver. The TTP had only threatened the administration; "
          "there is no claim, so actor1 stays Unidentified (the TTP is still listed as a named organisation). "
          "'Near Gatkai Sar', precision 2. " + FATA_NOTE),
    ],
)

# ---------------------------------------------------------------- BB-26 Sialkot (Working Boundary)
G["BB-26"] = dict(
    publisher="Dawn",
    actors=[A("Indian Border Security Force", "state_force", 8, ["Indian Border Security Force", "BSF"]),
            SF("Pakistan Rangers", ["Chenab Rangers", "Rangers"])],
    people=[],
    places=[
        P("Working Boundary", "area", PB, None),
        P("Charwa", "area", PB, "Sialkot"),
        P("Sialkot District", "district", PB, "Sialkot"),
        P("Kotli Kharan", "town", PB, "Sialkot"),
    ],
    quotes=[{"speaker": "unnamed official of the Chenab Rangers",
             "starts": "The Rangers responded effectively and targeted the posts"}],
    incidents=[
        I("the Indian Border Security Force (BSF) shelled villages along the Working Boundary", EXP,
          "Shelling/artillery/missile attack", None, "Indian Border Security Force", CIV, PB, "Sialkot", "Charwa",
          2, "on Saturday night", 3, {"civilians": 3}, 6,
          "Cross-border shelling by the Indian BSF (a foreign force acting as perpetrator, inter 8) killed three "
          "civilians (a woman and her two daughters) and injured six villagers. The Rangers 'responded' against "
          "the posts, but the report describes long-range fire only, no gun battle, so Shelling with actor2 "
          "Civilians (those hit). GTD null: fire between state forces is not terrorism. 'Charwa sector', "
          "precision 2; Kotli Kharan is one of the villages where houses were damaged."),
    ],
)

# ---------------------------------------------------------------- BB-27 Jaffarabad / Sohbatpur (Naseerabad division)
G["BB-27"] = dict(
    publisher="Daily Times",
    actors=[BRA, LEVIES],
    people=[PE("Shahzain Baloch", ["Shahzain Baloch"], ["spokesman of the Baloch Republican Army (BRA)"])],
    places=[
        P("Guddu", "town", SD, "Kashmore"),
        P("Sibi", "city", BA, "Sibi"),
        P("Dera Allah Yar", "town", BA, "Jaffarabad"),
        P("Jaffarabad District", "district", BA, "Jaffarabad"),
        P("Balochistan", "province", BA, None),
        P("Rojhan Jamali", "town", BA, "Jaffarabad"),
        P("Sohbatpur", "town", BA, "Sohbatpur"),
    ],
    incidents=[
        I("Unidentified militants blew up two electricity pylons", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", "Baloch Republican Army", None, BA, "Jaffarabad", "Dera Allah Yar", 2,
          "late on Sunday night", 0, {}, None,
          "Two pylons of one transmission line blown up at one place and time and claimed together ('the "
          "blasts') by the BRA: one incident (unlike satp-sa-dev-72, where two pipelines were told as separate "
          "incidents). The first sentence says 'Unidentified militants'; the later BRA claim makes it actor1. "
          "Infrastructure only, so actor2 is null; no casualties are mentioned, so killed 0 and injured null. "
          "'Near Dera Allah Yar', precision 2. The spokesman spoke from an undisclosed location. Guddu and Sibi "
          "only name the ends of the line."),
        I("unknown gunmen opened fire on a Levies patrol", BAT, "Armed clash", "Armed Assault", UAG, "Levies", BA,
          "Jaffarabad", "Rojhan Jamali", 2, "A day later", 0, {}, 1,
          "A day later (Monday) gunmen fired on a Levies patrol near Rojhan Jamali 'in the same district' "
          "(Jaffarabad); one Levies sepoy injured. Battles/Armed clash, GTD Armed Assault. The BRA claim covers "
          "only the pylon blasts, so this stays Unidentified. 'Near', precision 2."),
        I("the Levies recovered a rocket launcher and 12 rockets", STR, "Disrupted weapons use", None, "Levies",
          UAG, BA, "Sohbatpur", "Sohbatpur", 2, "On Tuesday", 0, {}, None,
          "Levies recovered a rocket launcher and 12 rockets hidden in a field near Sohbatpur: a weapons seizure, "
          "Disrupted weapons use. No attack was under way or device set, so GTD null (a defused, planted bomb "
          "would get Bombing/Explosion). actor2 Unidentified Armed Group as the owner of the cache. Sohbatpur is "
          "its own district (split from Jaffarabad; general knowledge). 'Near', precision 2."),
    ],
)

# ---------------------------------------------------------------- BB-28 Gwadar (Makran) surrender
G["BB-28"] = dict(
    publisher="The Express Tribune",
    actors=[BLF, AG("Lashkar-e-Balochistan", ["Lashkar e Balochistan"]), FC,
            SF("Pakistan Coast Guards", ["Coast Guards"])],
    people=[PE("Dad Karim", ["Dad Karim", "Chakar"],
               ["commander", "surrendered", "involved in the 2016 attack on a Coast Guards post in Jiwani"])],
    places=[
        P("Gwadar", "city", BA, "Gwadar"),
        P("Jiwani", "town", BA, "Gwadar"),
    ],
    not_incidents=["the attack on a Coast Guards post in Jiwani in 2016 in which four personnel were killed"],
    incidents=[
        I("laid down their arms and announced that they would join the national mainstream", STR, "Other", None,
          "Balochistan Liberation Front", "Frontier Corps", BA, "Gwadar", "Gwadar", 1, "on Thursday", 0, {}, None,
          "Seventeen BLF and Lashkar e Balochistan members, two of them commanders, surrendered with 14 "
          "Kalashnikovs, two rocket launchers and ammunition. A surrender of members is coded Strategic "
          "developments/Other (not Change to group/activity, since neither group as such changed course); no "
          "GTD. actor1 is the BLF, named first (Lashkar e Balochistan is listed in actors); actor2 the FC, whose "
          "Sector Commander received the arms. The 2016 Jiwani attack is background, not a new incident."),
    ],
)

# ---------------------------------------------------------------- BB-29 Lower Dir
G["BB-29"] = dict(
    publisher="Dawn",
    actors=[POLICE(["Police"])],
    people=[PE("Haji Zarin Gul Khan", ["Haji Zarin Gul Khan"],
               ["former provincial minister", "senior leader of the Awami National Party (ANP)",
                "escaped unhurt"])],
    places=[
        P("Lower Dir", "district", KP, "Lower Dir"),
        P("Shalkandai", "town", KP, "Lower Dir"),
        P("Timergara", "town", KP, "Lower Dir"),
    ],
    incidents=[
        I("a suicide bomber blew himself up at the gate of the ministers hujra", EXP, "Suicide bomb",
          "Assassination", UAG, CIV, KP, "Lower Dir", "Shalkandai", 1, "on Friday afternoon", 3,
          {"civilians": 1}, 9,
          "A suicide bomber struck the gate of a former minister's hujra as party workers gathered; the minister "
          "escaped. ACLED Suicide bomb; a prominent political figure was the target, so GTD Assassination "
          "(attempt). 'Three people, including a guard' = 3 killed: the guard takes his principal's side "
          "(civilian); the other two are 'people' with no side. The bomber is not counted. The first sentence "
          "names the place only through the DPO of Lower Dir; the village comes in the second sentence. The ANP "
          "is the victim's party and is not listed."),
    ],
)

# ---------------------------------------------------------------- BB-30 Mirpur / Bhimber (AJK)
G["BB-30"] = dict(
    publisher="The Nation",
    actors=[CTD, POLICE(["police"])],
    people=[],
    places=[
        P("Azad Jammu and Kashmir", "province", AK, None),
        P("Dadyal", "town", AK, "Mirpur"),
        P("Mirpur District", "district", AK, "Mirpur"),
        P("Muzaffarabad", "city", AK, "Muzaffarabad"),
        P("Afghanistan", "country", None, None),
        P("Samahni", "area", AK, "Bhimber"),
        P("Bhimber District", "district", AK, "Bhimber"),
    ],
    incidents=[
        I("arresting three suspects with 11 kilogrammes of explosives", STR, "Disrupted weapons use",
          "Bombing/Explosion", "Counter Terrorism Department", UAG, AK, "Mirpur", "Dadyal", 2, "on June 4", 0, {},
          None,
          "The AJK CTD arrested three suspects with 11 kg of explosives hidden in a car and says it foiled a plot "
          "against Chinese engineers: reported as an attack foiled with the explosives ready, so Disrupted weapons "
          "use with GTD Bombing/Explosion, the arrests being part of it (contrast BB-11). No group is named, so "
          "actor2 is Unidentified Armed Group; handlers in Afghanistan are not actors. The official spoke in "
          "Muzaffarabad, not the place. 'Near Dadyal', precision 2."),
        I("unidentified men hurled a hand grenade at a police post", EXP, "Grenade", "Bombing/Explosion", UAG,
          "Police", AK, "Bhimber", "Samahni", 2, "On the same day", 0, {}, 1,
          "A grenade thrown at a police post in Samahni tehsil injured a constable. Grenade, GTD "
          "Bombing/Explosion, actor2 Police. Tehsil only, precision 2."),
    ],
)
