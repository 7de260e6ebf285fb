#!/usr/bin/env python3
"""Writes BT-NN.txt and BT-NN.gold.json from the hand-written texts and hand-coded values below.

Nothing here is inferred by a program: every text, place, actor and incident value was written by
hand. The script only lays the values out in the dev gold shape (key order, empty defaults), so
that the 30 files stay consistent. Run: python3 build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SD = "Sindh"
PB = "Punjab"
IS = "Islamabad Capital Territory"
GB = "Gilgit-Baltistan"
AK = "Azad Kashmir"

UAG = "Unidentified Armed Group"
CIV = "Civilians"
SF = "Security Forces"

EV = "Explosions/Remote violence"
BAT = "Battles"
VAC = "Violence against civilians"
SD_ = "Strategic developments"
PRO = "Protests"
RIO = "Riots"


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, et, st, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": admin1,
        "admin2": admin2,
        "location": loc,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


def C(must_contain=(), must_not_contain=(), keep_unchanged=(), near_dup=(), flag=()):
    return {
        "must_contain": list(must_contain),
        "must_not_contain": list(must_not_contain),
        "keep_unchanged": list(keep_unchanged),
        "near_duplicate_sentences": [list(p) for p in near_dup],
        "flag_as_damaged": list(flag),
    }


FATA = ("Text places it in a former FATA agency; admin1 coded Khyber Pakhtunkhwa "
        "(FATA merged into KP in 2018).")

# Reusable actors
POLICE = lambda m: A("Police", "state_force", 1, m)
SFA = lambda m: A("Security Forces", "state_force", 1, m)
FC = lambda m: A("Frontier Corps", "state_force", 1, m)
LEVIES = A("Levies", "state_force", 1, ["Levies"])
TTP = lambda m: A("Tehreek-e-Taliban Pakistan", "armed_group", 2, m)
BLA = A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])
JUA = lambda m: A("Jamaat-ul-Ahrar", "armed_group", 2, m)

R = []  # the reports

# ---------------------------------------------------------------- BT-01  KP / North Waziristan
R.append(dict(
    text=("| T |\n"
          "Three soldiers were killed and four others injured when a roadside improvised explosive device (IED) "
          "struck a security forces convoy near Spalga Kalay village in Datta Khel tehsil of North Waziristan "
          "District on Tuesday, reports Dawn. Officials said the convoy was moving from Miranshah towards a border "
          "post when the device, planted along the dirt road, was set off by remote control.\n"
          "Soon after the blast, troops cordoned off the area and came under fire from militants holed up in a "
          "nearby compound. Two militants were killed in the exchange of fire while a soldier sustained bullet "
          "wounds, officials added. No group had claimed responsibility for the attack till the filing of this report."),
    publisher="Dawn",
    cleaning=C(["Three soldiers were killed and four others injured"], ["| T |"], ["Miranshah", "Datta Khel"]),
    actors=[SFA(["soldiers", "security forces", "troops"])],
    people=[],
    places=[P("Spalga Kalay", "town", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
            P("North Waziristan District", "district", KP, "North Waziristan"),
            P("Miranshah", "town", KP, "North Waziristan")],
    incidents=[
        I("a roadside improvised explosive device (IED) struck a security forces convoy", EV,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, SF, KP, "North Waziristan", "Spalga Kalay", 2,
          "on Tuesday", 3, {"security_forces": 3}, 4,
          "A remote-controlled roadside IED hit a convoy moving from Miranshah to a border post. Three soldiers "
          "killed; the four injured are 'others', so no side split is needed for injured. 'Near' the village, "
          "hence precision 2. No claim, so Unidentified Armed Group. " + FATA),
        I("came under fire from militants holed up in a nearby compound", BAT, "Armed clash", None, SF, UAG, KP,
          "North Waziristan", "Spalga Kalay", 2, "Soon after the blast", 2, {"militants": 2}, 1,
          "After the blast troops cordoned off the area and were fired on from a compound; two militants were "
          "killed and one soldier wounded. The cordon is a state operation, so actor1 is Security Forces and GTD "
          "is null (as for raids). Coded separately from the IED because it is a distinct clash with its own "
          "casualties. The date is relative to the Tuesday blast."),
    ],
))

# ---------------------------------------------------------------- BT-02  Balochistan / Kech
R.append(dict(
    text=("Two Frontier Corps (FC) personnel were killed and three others injured when militants attacked their "
          "vehicle with automatic weapons in the Hoshab area of Kech District on June 11, reports The Express "
          "Tribune. Officials said the FC men were returning to their camp after escorting a convoy of fuel tankers "
          "when they were ambushed near a culvert. The banned Balochistan Liberation Front (BLF) claimed "
          "responsibility for the attack in a statement issued by its spokesman, Sardo Baloch. The injured were "
          "shifted to the District Headquarters Hospital in Turbat."),
    publisher="The Express Tribune",
    cleaning=C(),
    actors=[FC(["Frontier Corps", "FC"]),
            A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
    people=[H("Sardo Baloch", ["Sardo Baloch"], ["BLF spokesman"])],
    places=[P("Hoshab", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
            P("Turbat", "city", BA, "Kech")],
    incidents=[
        I("militants attacked their vehicle with automatic weapons", BAT, "Armed clash", "Armed Assault",
          "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Hoshab", 1, "on June 11", 2,
          {"security_forces": 2}, 3,
          "An ambush on an FC vehicle; an attack on soldiers is Battles/Armed clash even when one-sided. The BLF "
          "claimed it, so it is actor1. The three injured are 'others' with no stated status. Turbat is only "
          "where the injured were taken."),
    ],
))

# ---------------------------------------------------------------- BT-03  Sindh / Karachi
R.append(dict(
    text=("A policeman was shot dead and his colleague wounded when unidentified motorcyclists openedfire on their "
          "mobile near Qayyumabad Chowrangi in Korangi District of Karachi on Thursday night, reports The News. The "
          "deceased was identified as Head Constable Abdul Sattar. Police said the attackers fled towards Defence "
          "View after the attack.\n"
          "In a separate incident, unknown men hurled a hand grenade at the office of a builder in Gulistan e "
          "Jauhar, injuring a security guard. Police suspected that the attack was linked to an extortion demand "
          "which the builder hadrefused last month."),
    publisher="The News",
    cleaning=C(["opened fire on their mobile", "which the builder had refused last month"],
               ["openedfire", "hadrefused"], ["Qayyumabad", "Gulistan e Jauhar"]),
    actors=[POLICE(["policeman", "Police"])],
    people=[H("Abdul Sattar", ["Abdul Sattar"], ["Head Constable", "shot dead"])],
    places=[P("Qayyumabad Chowrangi", "area", SD, "Korangi"), P("Korangi District", "district", SD, "Korangi"),
            P("Karachi", "city", SD, "Karachi"), P("Defence View", "area", SD, "Karachi"),
            P("Gulistan e Jauhar", "area", SD, "Karachi")],
    incidents=[
        I("A policeman was shot dead and his colleague wounded", BAT, "Armed clash", "Armed Assault", UAG,
          "Police", SD, "Korangi", "Qayyumabad Chowrangi", 1, "on Thursday night", 1, {"security_forces": 1}, 1,
          "Gunmen on motorcycles fired on a police mobile; an attack on police is Battles/Armed clash. The text "
          "names Korangi District for this place, so admin2 is Korangi, not Karachi. 'Near' a chowrangi "
          "(roundabout) inside the named area is still the place itself, hence precision 1."),
        I("unknown men hurled a hand grenade at the office of a builder in Gulistan e Jauhar", EV, "Grenade",
          "Bombing/Explosion", UAG, CIV, SD, "Karachi", "Gulistan e Jauhar", 1, None, 0, {}, 1,
          "A grenade on a builder's office, injuring a guard. Police link it to extortion (organised crime), but "
          "the act itself is a grenade attack on a civilian business. No district is named for Gulistan e Jauhar, "
          "so admin2 is Karachi. 'In a separate incident' gives no date; the refusal 'last month' is background."),
    ],
))

# ---------------------------------------------------------------- BT-04  Punjab / Lahore
R.append(dict(
    text=("At least nine persons, including five policemen, were killed and 23 others injured when a suicide "
          "bomber blew himself up near a police van parked outside Bhati Gate in Lahore, the provincial capital of "
          "Punjab, on February 8, 2016, reports Daily Times. Police said the bomber, believed to be in his late "
          "teens, walked up to the van and detonated his explosives vest as policemen were changing shifts. Jamaat "
          "ul Ahrar (JuA), a breakaway faction of Tehreek e Taliban Pakistan (TTP), claimed responsibility for the "
          "attack in an email sent to journalists. The head of the bomber was recovered from the site."),
    publisher="Daily Times",
    cleaning=C(),
    actors=[JUA(["Jamaat ul Ahrar", "JuA"]), TTP(["Tehreek e Taliban Pakistan", "TTP"]),
            POLICE(["policemen", "police", "Police"])],
    people=[],
    places=[P("Bhati Gate", "area", PB, "Lahore"), P("Lahore", "city", PB, "Lahore"),
            P("Punjab", "province", PB, None)],
    incidents=[
        I("a suicide bomber blew himself up near a police van parked outside Bhati Gate", EV, "Suicide bomb",
          "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", PB, "Lahore", "Bhati Gate", 1, "on February 8, 2016", 9,
          {"security_forces": 5}, 23,
          "'At least nine persons' = 9, of whom five were policemen; the other four have no stated status. The "
          "bomber is not counted: the text only says his head was recovered, it does not include him in the toll. "
          "JuA claimed the attack, so it is actor1; the target was a police van, so actor2 is Police."),
    ],
    relations=[{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "faction_of",
                "evidence": "Jamaat ul Ahrar (JuA), a breakaway faction of Tehreek e Taliban Pakistan (TTP)"}],
))

# ---------------------------------------------------------------- BT-05  Balochistan / Quetta
R.append(dict(
    text=("Two vegetable vendors belonging to the Hazara community were shot dead by gunmen on motorcycles at the "
          "Hazarganji fruit and vegetable market on the outskirts of Quetta on Monday, reports Dawn.\n"
          "Share on Facebook Share on Twitter Share on WhatsApp\n"
          "Police said the victims, Ghulam Abbas and Muhammad Ali, had come from Hazara Town in a pick up to buy "
          "vegetables when they were targeted. The attackers escaped. No one claimed responsibility, but police "
          "suspected the involvement of Lashkar e Jhangvi (LeJ), which had claimed similar attacks in the past.\n"
          "Later, hundreds of members of the Hazara community blocked the Western Bypass with the bodies, demanding "
          "protection for traders. Police baton charged the protesters when they refused to clear the road, and "
          "several of them were detained before the road was reopened late at night."),
    publisher="Dawn",
    cleaning=C(["Police said the victims, Ghulam Abbas and Muhammad Ali"],
               ["Share on Facebook Share on Twitter Share on WhatsApp"], ["Hazarganji", "pick up"]),
    actors=[POLICE(["Police", "police"]), A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
    people=[H("Ghulam Abbas", ["Ghulam Abbas"], ["vegetable vendor", "member of the Hazara community", "shot dead"]),
            H("Muhammad Ali", ["Muhammad Ali"], ["vegetable vendor", "member of the Hazara community", "shot dead"])],
    places=[P("Hazarganji", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
            P("Hazara Town", "area", BA, "Quetta"), P("Western Bypass", "area", BA, "Quetta")],
    incidents=[
        I("Two vegetable vendors belonging to the Hazara community were shot dead by gunmen on motorcycles", VAC,
          "Attack", "Armed Assault", UAG, CIV, BA, "Quetta", "Hazarganji", 1, "on Monday", 2, {"civilians": 2}, None,
          "A sectarian target killing of two Hazara vendors (a civilian role). LeJ is only suspected by police, "
          "not a claimant, so actor1 stays Unidentified; LeJ is still listed in actors because the text names it."),
        I("hundreds of members of the Hazara community blocked the Western Bypass with the bodies", PRO,
          "Protest with intervention", None, "Protesters", "Police", BA, "Quetta", "Western Bypass", 1, "Later", 0,
          {}, None,
          "A road-blocking protest with the bodies. Police baton-charged and detained some protesters without "
          "lethal force, so Protest with intervention, with Police as the intervening actor2. Protests get no GTD "
          "type. 'Protesters' is the generic label for unnamed demonstrators. The detentions are part of the "
          "intervention, not a separate Arrests incident."),
    ],
    not_incidents=["which had claimed similar attacks in the past"],
))

# ---------------------------------------------------------------- BT-06  KP / Bajaur
R.append(dict(
    text=("A local leader of Jamiat Ulema e Islam Fazl (JUI F), Maulana Sher Zaman, and two of his guards were "
          "killed when a suicide bomber on foot approached his vehicle in Inayat Kalay bazaar of Bajaur District on "
          "Friday afternoon, reports The Express Tribune. Eleven other people, mostly shopkeepers, were injured. The "
          "Islamic State Khorasan Province (IS K) claimed the bombing through its Amaq news agency, saying the "
          "cleric had been targeted for supporting the government. District Police Officer (DPO) Nazir Khan said "
          "the bomber was aged between 18 and 20 years."),
    publisher="The Express Tribune",
    cleaning=C(),
    actors=[A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "IS K"])],
    people=[H("Sher Zaman", ["Maulana Sher Zaman"], ["local leader of Jamiat Ulema e Islam Fazl (JUI F)", "cleric"]),
            H("Nazir Khan", ["Nazir Khan"], ["District Police Officer (DPO)"])],
    places=[P("Inayat Kalay", "town", KP, "Bajaur"), P("Bajaur District", "district", KP, "Bajaur")],
    incidents=[
        I("a suicide bomber on foot approached his vehicle in Inayat Kalay bazaar", EV, "Suicide bomb",
          "Assassination", "Islamic State-Khorasan Province", CIV, KP, "Bajaur", "Inayat Kalay", 1,
          "on Friday afternoon", 3, {"civilians": 3}, 11,
          "A suicide bombing aimed at a named party leader, so GTD Assassination (specific prominent target) "
          "while ACLED keeps Suicide bomb. The leader is a civilian politician and his two guards take his side, "
          "so civilians = 3. The bomber is not counted. IS-K claimed it, so it is actor1. JUI F appears only as "
          "the victim's party and is not listed; a lone DPO does not make 'Police' an actor (as with the SHO in "
          "satp-sa-dev-107)."),
    ],
))

# ---------------------------------------------------------------- BT-07  Sindh / Khairpur, Kashmore
S07 = ("Militants blew up a portion of the railway track near Ranipur in Khairpur District early on Sunday, "
       "suspending train service between Karachi and the northern parts of the country for several hours, reports "
       "Dawn.")
R.append(dict(
    text=(S07 + " No one was hurt in the explosion.\n" + S07 + " No one was hurt in the explosion.\n"
          "Railway officials said the blast damaged about two feet of the track shortly before a passenger train "
          "was due to pass. The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility in pamphlets left "
          "at the site. In a separate attack the same night, an electricity pylon was blown up in Kandhkot area of "
          "Kashmore District, cutting off power to several villages."),
    publisher="Dawn",
    cleaning=C(near_dup=[(S07, S07), ("No one was hurt in the explosion.", "No one was hurt in the explosion.")],
               keep_unchanged=["Sindhudesh", "Kandhkot"]),
    actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"])],
    people=[],
    places=[P("Ranipur", "town", SD, "Khairpur"), P("Khairpur District", "district", SD, "Khairpur"),
            P("Karachi", "city", SD, "Karachi"), P("Kandhkot", "town", SD, "Kashmore"),
            P("Kashmore District", "district", SD, "Kashmore")],
    incidents=[
        I("Militants blew up a portion of the railway track near Ranipur", EV, "Remote explosive/landmine/IED",
          "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SD, "Khairpur", "Ranipur", 2,
          "early on Sunday", 0, {}, 0,
          "The opening paragraph is repeated by the scraper; it is one event, coded once. 'No one was hurt', so "
          "killed and injured are 0. Pamphlets left at the site are the SRA's claim, so it is actor1. Infrastructure "
          "target, so actor2 is null. 'Near' Ranipur, hence precision 2."),
        I("an electricity pylon was blown up in Kandhkot area of Kashmore District", EV,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, SD, "Kashmore", "Kandhkot", 1,
          "the same night", 0, {}, None,
          "A separate pylon bombing. The SRA pamphlets were found only at the railway site, so this one stays "
          "Unidentified. No casualties are reported for it, so injured is null."),
    ],
))

# ---------------------------------------------------------------- BT-08  Islamabad
R.append(dict(
    text=("Two policemen were killed and three others injured when a suicide bomber riding a motorcycle blew "
          "himself up at a police picket near the Tarnol railway crossing on the outskirts of Islamabad on March 17, "
          "reports The News. A police spokesman said the constables had signalled the rider to stop for checking "
          "when he detonated his explosives. Body parts of the bomber were collected for identification. The "
          "Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack in a statement issued by its "
          "spokesman, Qari Fazal Rabbani."),
    publisher="The News",
    cleaning=C(),
    actors=[TTP(["Tehreek e Taliban Pakistan", "TTP"]), POLICE(["policemen", "police"])],
    people=[H("Qari Fazal Rabbani", ["Qari Fazal Rabbani"], ["TTP spokesman"])],
    places=[P("Tarnol", "area", IS, "Islamabad"), P("Islamabad", "city", IS, "Islamabad")],
    incidents=[
        I("a suicide bomber riding a motorcycle blew himself up at a police picket", EV, "Suicide bomb",
          "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Police", IS, "Islamabad", "Tarnol", 1, "on March 17",
          2, {"security_forces": 2}, 3,
          "A suicide bomber set off his explosives when stopped at a police picket. Two policemen killed; the "
          "three injured are 'others' with no status. The bomber's body parts were found but the text does not "
          "count him, so he is not added. The picket is near the Tarnol railway crossing, a landmark inside "
          "Tarnol, hence precision 1 at Tarnol; 'on the outskirts of Islamabad' describes Tarnol."),
    ],
))

# ---------------------------------------------------------------- BT-09  KP / Lakki Marwat
R.append(dict(
    text=("| M |\n"
          "Militants used a quadcopter to drop two mortar shells on the Zarkhel Wanda police post in Tajazai area "
          "of Lakki Marwat District late on Saturday night, injuring three constables, police said. The building of "
          "the post was partially damaged.\n"
          "Hours later, heavily armed militants attacked the Bakhmal Ahmadzai check post with rocketsand assault "
          "rifles. Police returned fire and the exchange continued for nearly an hour. Constable Rehmatullah was "
          "martyred while two attackers were killed, District Police Officer (DPO) Shafiq Gul told reporters. "
          "\"The bodies of the attackers were taken away by their accomplices,\" he said.\n"
          "Read more Police in southern districts demand armoured vehicles"),
    publisher=None,
    cleaning=C(["Militants used a quadcopter", "rockets and assault rifles"],
               ["| M |", "rocketsand", "Read more Police in southern districts demand armoured vehicles"],
               ["quadcopter", "Bakhmal Ahmadzai"]),
    actors=[POLICE(["police", "Police"])],
    people=[H("Rehmatullah", ["Rehmatullah"], ["Constable", "killed in the check post attack"]),
            H("Shafiq Gul", ["Shafiq Gul"], ["District Police Officer (DPO)"])],
    places=[P("Zarkhel Wanda", "town", KP, "Lakki Marwat"), P("Tajazai", "area", KP, "Lakki Marwat"),
            P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            P("Bakhmal Ahmadzai", "town", KP, "Lakki Marwat")],
    quotes=[{"speaker": "Shafiq Gul", "starts": "The bodies of the attackers were taken away"}],
    incidents=[
        I("Militants used a quadcopter to drop two mortar shells on the Zarkhel Wanda police post", EV,
          "Air/drone strike", "Bombing/Explosion", UAG, "Police", KP, "Lakki Marwat", "Zarkhel Wanda", 1,
          "late on Saturday night", 0, {}, 3,
          "Explosives dropped from a quadcopter: ACLED codes drone attacks by any actor as Air/drone strike. The "
          "CODING-RULES cover gunfire (Armed clash) and rocket or mortar fire (Shelling) but not drones; mortar "
          "shells dropped from a drone are not long-range fire, so Air/drone strike. Three constables injured, no "
          "deaths."),
        I("heavily armed militants attacked the Bakhmal Ahmadzai check post", BAT, "Armed clash", "Armed Assault",
          UAG, "Police", KP, "Lakki Marwat", "Bakhmal Ahmadzai", 1, "Hours later", 3,
          {"security_forces": 1, "militants": 2}, None,
          "An hour-long gunfight at a police check post (rockets and rifles, with return fire), so Armed clash. "
          "One constable killed; the DPO says two attackers were killed though their bodies were carried away. "
          "It is the only figure given, so it is counted as stated; note it is a one-sided, unverified claim."),
    ],
))

# ---------------------------------------------------------------- BT-10  Balochistan / Kachhi
R.append(dict(
    text=("The bullet riddled bodies of four coal miners, who had been abducted by armed men from a coal field in "
          "Marwar area of Kachhi District two days earlier, were found in a dry river bed near Sanni on Wednesday, "
          "reports Daily Times. Levies officials said the victims, who belonged to Shangla District of Khyber "
          "Pakhtunkhwa, had been shot in the head at close range. The Balochistan Liberation Army (BLA) claimed "
          "responsibility for the killings, alleging that the miners were working for a company linked with the army."),
    publisher="Daily Times",
    cleaning=C(),
    actors=[LEVIES, BLA],
    people=[],
    places=[P("Marwar", "area", BA, "Kachhi"), P("Kachhi District", "district", BA, "Kachhi"),
            P("Sanni", "town", BA, "Kachhi"), P("Shangla District", "district", KP, "Shangla"),
            P("Khyber Pakhtunkhwa", "province", KP, None)],
    incidents=[
        I("The bullet riddled bodies of four coal miners", VAC, "Attack", "Hostage Taking (Kidnapping)",
          "Balochistan Liberation Army", CIV, BA, "Kachhi", "Sanni", 2, "on Wednesday", 4, {"civilians": 4}, None,
          "Abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping); one record, not a "
          "separate abduction. Coded where and when the bodies were found ('near' Sanni, hence precision 2), as "
          "in satp-sa-dev-29; the abduction was at Marwar two days earlier. Coal miners are a civilian role. The "
          "BLA claimed the killings. Shangla is only the victims' home district."),
    ],
))

# ---------------------------------------------------------------- BT-11  KP / Khyber (Tirah)
R.append(dict(
    text=("At least 11 militants were killed in fierce clashes between the rival Lashkar e Islam (LeI) and "
          "Ansarul Islam (AI) in the Sandapal area of Tirah valley in Khyber Agency on Friday, reports The News. The "
          "fighting, which started late on Thursday over control of a hilltop, continued for several hours with both "
          "sides using heavy weapons. Local sources said eight of the dead belonged to Ansarul Islam and three to "
          "Lashkar e Islam, but the figures could not be confirmed independently.\n"
          "Advertisement\n"
          "Meanwhile, a tribal elder, Malik Gul Rehman, was killed and his driver injured when their vehicle struck "
          "a landmine on the road to Bara. Ansarul Islam blamed Lashkar e Islam for planting the mine."),
    publisher="The News",
    cleaning=C(["Meanwhile, a tribal elder, Malik Gul Rehman"], ["Advertisement"], ["Ansarul Islam", "Sandapal"]),
    actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LeI"]),
            A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam", "AI"])],
    people=[H("Gul Rehman", ["Malik Gul Rehman"], ["tribal elder", "killed in the landmine blast"])],
    places=[P("Sandapal", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"), P("Bara", "town", KP, "Khyber")],
    incidents=[
        I("fierce clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam (AI)", BAT, "Armed clash",
          "Armed Assault", "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on Friday", 11,
          {"militants": 11}, None,
          "Fighting between two named armed groups; 'at least 11 militants' = 11. The 8/3 split by group is "
          "unconfirmed and not needed for the side count. The text does not say who started it; actor1 follows the "
          "order in the text. GTD Armed Assault for militant-on-militant fighting is a judgement (GTD could exclude "
          "it). The fight began late Thursday; the report dates it Friday. " + FATA),
        I("their vehicle struck a landmine on the road to Bara", EV, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, CIV, KP, "Khyber", "Bara", 2, None, 1, {"civilians": 1}, 1,
          "A tribal elder (a civilian role) was killed and his driver injured by a landmine. Ansarul Islam only "
          "blames Lashkar e Islam; an accusation is not a claim, so actor1 stays Unidentified. 'On the road to "
          "Bara', hence precision 2. 'Meanwhile' gives no date."),
    ],
    relations=[{"a": "Lashkar-e-Islam", "b": "Ansar-ul-Islam", "kind": "hostile",
                "evidence": "fierce clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam (AI)"}],
))

# ---------------------------------------------------------------- BT-12  Gilgit-Baltistan / Diamer
R.append(dict(
    text=("Unidentified miscreants set on fire a government girls middle school in Darel valley and another in "
          "Tangir valley of Diamer District in Gilgit Baltistan during the night of August 2, reports Dawn. No "
          "casualties were reported as the buildings were empty at the time. Police said the attackers sprinkled "
          "petrol on furniture and books before setting the classrooms ablaze. In Darel, a third school was "
          "partially damaged the same night when a small explosive device went off near its boundary wall."),
    publisher="Dawn",
    cleaning=C(),
    actors=[POLICE(["Police"])],
    people=[],
    places=[P("Darel", "area", GB, "Diamer"), P("Tangir", "area", GB, "Diamer"),
            P("Diamer District", "district", GB, "Diamer"), P("Gilgit Baltistan", "province", GB, None)],
    incidents=[
        I("set on fire a government girls middle school in Darel valley", SD_, "Looting/property destruction",
          "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Darel", 2, "during the night of August 2", 0,
          {}, 0,
          "Arson of an empty school by unidentified attackers: no one harmed, so ACLED Strategic developments / "
          "Looting/property destruction, and GTD Facility/Infrastructure Attack (incendiary, not explosives). "
          "A valley, hence precision 2. 'No casualties were reported', so 0 and 0."),
        I("another in Tangir valley", SD_, "Looting/property destruction", "Facility/Infrastructure Attack", UAG,
          None, GB, "Diamer", "Tangir", 2, "during the night of August 2", 0, {}, 0,
          "The second school set on fire the same night, in a different valley, so a separate record (as the two "
          "pipelines in satp-sa-dev-72)."),
        I("a small explosive device went off near its boundary wall", EV, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, None, GB, "Diamer", "Darel", 2, "the same night", 0, {}, None,
          "A third school in Darel was damaged by a small bomb. Explosives, so an IED record, not property "
          "destruction. No casualty figure is given for this one specifically, so injured is null."),
    ],
))

# ---------------------------------------------------------------- BT-13  Punjab / DG Khan, Multan
R.append(dict(
    text=("The Counter Terrorism Department (CTD) killed three suspected terrorists of the banned Tehreek e Taliban "
          "Pakistan (TTP) during an intelligence basedoperation in Basti Jhok Lashari of Dera Ghazi Khan District "
          "on Monday night, reports The Express Tribune. A CTD spokesperson said the suspects opened fire when the "
          "team surrounded their hideout and were killed in retaliatory fire. Two suicide vests, four hand grenades "
          "and a Kalashnikov were recovered from thehideout.\n"
          "In a separate operation, the CTD arrested four suspects, including a woman, from the outskirts of Multan "
          "and recovered 12 kilogrammes of explosives and detonators from them. The spokesperson said the suspects "
          "were planning to target a religious procession in the city."),
    publisher="The Express Tribune",
    cleaning=C(["intelligence based operation", "recovered from the hideout"], ["basedoperation", "thehideout"],
               ["Kalashnikov"]),
    actors=[A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
            TTP(["Tehreek e Taliban Pakistan", "TTP"])],
    people=[],
    places=[P("Basti Jhok Lashari", "town", PB, "Dera Ghazi Khan"),
            P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"), P("Multan", "city", PB, "Multan")],
    incidents=[
        I("The Counter Terrorism Department (CTD) killed three suspected terrorists", BAT, "Armed clash", None,
          "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Dera Ghazi Khan", "Basti Jhok Lashari",
          1, "on Monday night", 3, {"militants": 3}, None,
          "A CTD raid on a hideout; the suspects fired first. State-initiated, so GTD null (as satp-sa-dev-78). "
          "The suspects are called TTP terrorists, so actor2 is TTP and they count as militants. The vests, "
          "grenades and rifle recovered are part of this event."),
        I("the CTD arrested four suspects, including a woman, from the outskirts of Multan", SD_, "Arrests", None,
          "Counter Terrorism Department", UAG, PB, "Multan", "Multan", 2, None, 0, {}, None,
          "A separate operation not tied to the DG Khan raid, so its own Arrests record. The explosives seized go "
          "with the arrests (Disrupted weapons use would be the alternative). The suspects are not tied to a "
          "named group, so actor2 is Unidentified. 'Outskirts', hence precision 2; no date is given."),
    ],
))

# ---------------------------------------------------------------- BT-14  KP / Peshawar
R.append(dict(
    text=("A policeman deployed for the security of a polio vaccination team was shot dead by two unidentified "
          "motorcyclists in the Mashogagar area of Peshawar on Tuesday, the second day of the anti polio drive, "
          "reports Dawn. The vaccinators, a female health worker and her male colleague, escaped unhurt. Police "
          "said the attackers fired at the constable from close range while the team was going door to door and "
          "fled towards the Ring Road. The drive was suspended in the area for the day."),
    publisher="Dawn",
    cleaning=C(),
    actors=[POLICE(["policeman", "Police"])],
    people=[],
    places=[P("Mashogagar", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
            P("Ring Road", "area", KP, "Peshawar")],
    incidents=[
        I("A policeman deployed for the security of a polio vaccination team was shot dead", BAT, "Armed clash",
          "Armed Assault", UAG, "Police", KP, "Peshawar", "Mashogagar", 1, "on Tuesday", 1,
          {"security_forces": 1}, 0,
          "The only person hit was the escorting policeman, so by the rule on attacks on police this is "
          "Battles/Armed clash against Police, even though the team he guarded was civilian. He is a policeman, not "
          "a private bodyguard, so he keeps the security-forces side. The vaccinators 'escaped unhurt', so injured "
          "= 0. The suspension of the drive is a consequence, not an incident."),
    ],
))

# ---------------------------------------------------------------- BT-15  Balochistan / Gwadar
S15a = ("The attackers, riding in two pick up trucks, opened fire on the convoy and fled towards the mountains after "
        "a brief exchange of fire with the escorting Frontier Corps personnel.")
S15b = ("The Balochistan Liberation Army (BLA) claimed responsibility for the attack in a statement issued by its "
        "spokesman, Bashkar Baloch.")
R.append(dict(
    text=("Two security guards were killed when militants attacked a convoy carrying Chinese engineers on the Makran "
          "Coastal Highway near Pasni in Gwadar District on Sunday, reports The News. The engineers were unhurt, "
          "officials said.\n" + S15a + " " + S15b + "\n" + S15a + " " + S15b + "\n"
          "The convoy was travelling from Gwadar to Karachi."),
    publisher="The News",
    cleaning=C(near_dup=[(S15a, S15a), (S15b, S15b)], keep_unchanged=["Makran Coastal Highway", "pick up"]),
    actors=[BLA, FC(["Frontier Corps"])],
    people=[H("Bashkar Baloch", ["Bashkar Baloch"], ["BLA spokesman"])],
    places=[P("Makran Coastal Highway", "area", BA, "Gwadar"), P("Pasni", "town", BA, "Gwadar"),
            P("Gwadar District", "district", BA, "Gwadar"), P("Gwadar", "city", BA, "Gwadar"),
            P("Karachi", "city", SD, "Karachi")],
    incidents=[
        I("militants attacked a convoy carrying Chinese engineers", BAT, "Armed clash", "Armed Assault",
          "Balochistan Liberation Army", "Frontier Corps", BA, "Gwadar", "Pasni", 2, "on Sunday", 2,
          {"civilians": 2}, None,
          "The scraper repeats the second paragraph; one event. The target was foreign civilian engineers, but "
          "the attackers exchanged fire with the FC escort, so Battles/Armed clash against the Frontier Corps "
          "(Violence against civilians would be the alternative). The two dead are 'security guards' of the "
          "engineers' convoy, not FC men; a guard takes his principal's side, so civilians = 2. Engineers unhurt; "
          "no injury count for anyone else, so null. 'Near' Pasni, hence precision 2."),
    ],
))

# ---------------------------------------------------------------- BT-16  KP / Kurram
R.append(dict(
    text=("At least six passengers were killed and nine others injured when gunmen opened fire on a convoy of "
          "passenger vehicles travelling from Parachinar to Peshawar near Ochat in Lower Kurram on July 18, reports "
          "Dawn. Officials said the convoy was escorted by police and a constable was among the injured.\n"
          "The attack triggered clashes between rival tribes in Balishkhel and Sadda areas, where heavy weapons were "
          "used throughout the night. A health official at the District Headquarters Hospital Parachinar said "
          "dozens of wounded people had been brought in from the clash areas along with the bodies of four "
          "tribesmen. The district administration imposed a curfew and suspended mobile phone service in the "
          "district."),
    publisher="Dawn",
    cleaning=C(),
    actors=[POLICE(["police"])],
    people=[],
    places=[P("Parachinar", "city", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"),
            P("Ochat", "town", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
            P("Balishkhel", "area", KP, "Kurram"), P("Sadda", "town", KP, "Kurram")],
    incidents=[
        I("gunmen opened fire on a convoy of passenger vehicles", VAC, "Attack", "Armed Assault", UAG, CIV, KP,
          "Kurram", "Ochat", 2, "on July 18", 6, {"civilians": 6}, 9,
          "Passengers are a civilian role, so civilians = 6 ('at least six'). The convoy had a police escort and a "
          "constable was hurt, but no exchange of fire is reported and the victims were passengers, so Violence "
          "against civilians rather than Armed clash. 'Near' Ochat, hence precision 2. " + FATA),
        I("clashes between rival tribes in Balishkhel and Sadda areas", BAT, "Armed clash", None, UAG, UAG, KP,
          "Kurram", "Balishkhel", 2, "throughout the night", 4, {}, 12,
          "Tribal fighting with heavy weapons after the convoy attack. Neither tribe is named, so both sides are "
          "Unidentified Armed Group (ACLED would use identity militias, inter 4). GTD null: communal fighting, not "
          "a terrorist attack. One record spread over Balishkhel and Sadda, located at the first, precision 2. "
          "Four tribesmen dead (no side: named only as tribesmen). 'Dozens of wounded' = 12 by the ACLED rule."),
    ],
    not_incidents=["The district administration imposed a curfew and suspended mobile phone service in the district"],
))

# ---------------------------------------------------------------- BT-17  Azad Kashmir
R.append(dict(
    text=("| A |\n"
          "A woman and her two children were killed and four other civilians injured when Indian troops resorted to "
          "unprovoked shelling across the Line of Control (LoC) in Nakyal sector of Kotli District in Azad Jammu "
          "and Kashmir on Wednesday, reports Dawn. Officials said the mortar shells landed on two houses in Dabsi "
          "village, which lies close to the LoC.\n"
          "In another violation, a 12 year old boy was injured by Indian firing in the Leepa valley of Jhelum Valley "
          "District, police said. Pakistani troops responded to the firing, the military said in a statement."),
    publisher="Dawn",
    cleaning=C(["A woman and her two children were killed"], ["| A |"], ["Line of Control (LoC)", "Nakyal"]),
    actors=[A("Indian Army", "state_force", 8, ["Indian troops"]), SFA(["Pakistani troops"]), POLICE(["police"])],
    people=[],
    places=[P("Nakyal", "area", AK, "Kotli"), P("Kotli District", "district", AK, "Kotli"),
            P("Azad Jammu and Kashmir", "province", AK, None), P("Dabsi", "town", AK, "Kotli"),
            P("Leepa", "area", AK, "Jhelum Valley"), P("Jhelum Valley District", "district", AK, "Jhelum Valley")],
    incidents=[
        I("Indian troops resorted to unprovoked shelling across the Line of Control (LoC)", EV,
          "Shelling/artillery/missile attack", None, "Indian Army", CIV, AK, "Kotli", "Dabsi", 1, "on Wednesday", 3,
          {"civilians": 3}, 4,
          "Cross-LoC mortar fire by a foreign state force (ACLED inter 8) that hit houses in Dabsi. 'Four other "
          "civilians' makes the woman and children civilians too, so civilians = 3. GTD null: interstate fire is "
          "not terrorism. The Indian Army is listed because it is the perpetrator; the rule that leaves foreign "
          "forces out covers them only as victims or accusers."),
        I("a 12 year old boy was injured by Indian firing", BAT, "Armed clash", None, "Indian Army", SF, AK,
          "Jhelum Valley", "Leepa", 2, None, 0, {}, 1,
          "Firing across the LoC answered by Pakistani troops, so an exchange of fire between two state forces "
          "(Armed clash); the boy was hurt by it. A valley, hence precision 2. 'In another violation' gives no "
          "separate date."),
    ],
))

# ---------------------------------------------------------------- BT-18  KP, no incident
R.append(dict(
    text=("The Khyber Pakhtunkhwa Home Department has issued a threat alert warning that militants of the Tehreek e "
          "Taliban Pakistan (TTP) could target security installations and Muharram processions in Malakand "
          "division, reports The News. The alert, sent to the district police officers of Swat, Lower Dir and Upper "
          "Dir, asked for foolproof security around imambargahs and procession routes. According to the alert, the "
          "militants were planning to use motorcycles fitted with explosives. Officials said the police had started "
          "snap checking at the entry and exit points of Mingora and Timergara. During the last year, militants "
          "carried out more than 300 attacks on security forces in the province, the alert noted."),
    publisher="The News",
    cleaning=C(),
    actors=[TTP(["Tehreek e Taliban Pakistan", "TTP"]), POLICE(["police"]), SFA(["security forces"])],
    people=[],
    places=[P("Khyber Pakhtunkhwa", "province", KP, None), P("Malakand", "area", KP, None),
            P("Swat", "district", KP, "Swat"), P("Lower Dir", "district", KP, "Lower Dir"),
            P("Upper Dir", "district", KP, "Upper Dir"), P("Mingora", "city", KP, "Swat"),
            P("Timergara", "town", KP, "Lower Dir")],
    incidents=[],
    not_incidents=["militants of the Tehreek e Taliban Pakistan (TTP) could target security installations and "
                   "Muharram processions",
                   "militants carried out more than 300 attacks on security forces in the province"],
))

# ---------------------------------------------------------------- BT-19  Balochistan / Kharan
R.append(dict(
    text=("Militants attacked a Frontier Corps (FC) camp in Kharan District of Balochistan on Friday night, "
          "triggering a gunbattle that lasted several hours, reports Dawn. Officials said four soldiers were "
          "martyred and nine attackers were killed as troops repulsed the assault. The Balochistan Liberation Army "
          "(BLA) claimed responsibility and said its fighters had killed more than 20 soldiers, a claim officials "
          "rejected.\n"
          "Follow Dawn on WhatsApp\n"
          "Officials said the attackers first tried to ram an explosives laden vehicle into the main gate of the "
          "camp, but it blew up before reaching the entrance, damaging the outer wall. Five soldiers were injured. "
          "Mobile phone service was suspended in the district."),
    publisher="Dawn",
    cleaning=C(["Officials said the attackers first tried to ram"], ["Follow Dawn on WhatsApp"], ["gunbattle"]),
    actors=[FC(["Frontier Corps", "FC"]), SFA(["soldiers", "troops"]), BLA],
    people=[],
    places=[P("Kharan District", "district", BA, "Kharan"), P("Balochistan", "province", BA, None)],
    incidents=[
        I("Militants attacked a Frontier Corps (FC) camp", BAT, "Armed clash", "Armed Assault",
          "Balochistan Liberation Army", "Frontier Corps", BA, "Kharan", "Kharan District", 2, "on Friday night", 13,
          {"security_forces": 4, "militants": 9}, 5,
          "Sources disagree: officials say four soldiers and nine attackers died, the BLA claims over 20 soldiers. "
          "The most conservative figure is best, so security forces = 4. The failed vehicle bomb at the gate is the "
          "opening of the same assault, not a separate Suicide bomb record (the text does not say a bomber died). "
          "Only the district is given, hence precision 2. The phone suspension is not an incident."),
    ],
))

# ---------------------------------------------------------------- BT-20  Sindh / Karachi (Lyari)
R.append(dict(
    text=("Two suspected gangsters were killed and a Rangers official injured in an exchange of fire in the Kalri "
          "area of Lyari Town in Karachi on April 22, 2013, reports Daily Times. A Rangers spokesman said the "
          "paramilitary force raided a house on a tip off that members of a Lyari gang involved in extortion and "
          "target killings were hiding there. The suspects opened fire on the raiding party and were killed in "
          "retaliatory fire. Two Kalashnikovs, a pistol and a hand grenade were recovered from the house, and three "
          "other suspects were arrested."),
    publisher="Daily Times",
    cleaning=C(),
    actors=[A("Rangers", "state_force", 1, ["Rangers"])],
    people=[],
    places=[P("Kalri", "area", SD, "Karachi"), P("Lyari Town", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi")],
    incidents=[
        I("Two suspected gangsters were killed and a Rangers official injured in an exchange of fire", BAT,
          "Armed clash", None, "Rangers", UAG, SD, "Karachi", "Kalri", 1, "on April 22, 2013", 2, {}, 1,
          "A Rangers raid on a gang hideout; the suspects fired first. State-initiated, so GTD null. The gang is "
          "not named, so actor2 is Unidentified. 'Suspected gangsters' are neither militants nor civilians in the "
          "rule's list of statuses, so killed_by_side is left empty. The arrests and the weapons recovered are "
          "tied to this raid and stay in this record."),
    ],
))

# ---------------------------------------------------------------- BT-21  KP / South Waziristan
R.append(dict(
    text=("Militants abducted five employees of the National Database and Registration Authority (NADRA) from a "
          "mobile registration van in the Sararogha area of South Waziristan District on Wednesday, reports The "
          "Express Tribune. Local officials said the armed men stopped the van at gunpoint, let the driver go and "
          "took the staff towards the mountains. The van wasset on fire.\n"
          "Elsewhere in the district, a government primary school was partially damaged in an explosion in the "
          "Ladha area the same night. No loss oflife was reported."),
    publisher="The Express Tribune",
    cleaning=C(["The van was set on fire.", "No loss of life was reported."], ["wasset", "oflife"], ["Sararogha"]),
    actors=[],
    people=[],
    places=[P("Sararogha", "town", KP, "South Waziristan"),
            P("South Waziristan District", "district", KP, "South Waziristan"),
            P("Ladha", "town", KP, "South Waziristan")],
    incidents=[
        I("Militants abducted five employees of the National Database and Registration Authority (NADRA)", VAC,
          "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, KP, "South Waziristan",
          "Sararogha", 1, "on Wednesday", 0, {}, None,
          "Five civilian government employees kidnapped at gunpoint; the van was burnt as part of the same act. "
          "NADRA is a civil agency named only as the victims' employer, so it is not an actor. The text calls the "
          "district South Waziristan; it is not split into Upper and Lower."),
        I("a government primary school was partially damaged in an explosion", EV, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, None, KP, "South Waziristan", "Ladha", 1, "the same night", 0, {}, None,
          "Explosion at an empty school; 'no loss of life', so killed = 0 and injured null (as satp-sa-dev-27). "
          "No target person, so actor2 null."),
    ],
))

# ---------------------------------------------------------------- BT-22  Punjab / Toba Tek Singh
R.append(dict(
    text=("A charged mob ransacked and set on fire at least five houses and a church belonging to the Christian "
          "community in Chak 118 of Toba Tek Singh District on Saturday after a local prayer leader accused a "
          "Christian sanitation worker of desecrating the Holy Quran, reports Dawn. Police said the accused, "
          "Pervaiz Masih, had been taken into protective custody before the mob reached his house. Several "
          "Christian families fled the village.\n"
          "Police used tear gas to disperse the mob and later arrested 26 suspects, including the prayer leader who "
          "had made announcements from the mosque loudspeaker. The next day, members of the Christian community "
          "staged a peaceful protest outside the Toba Tek Singh Press Club, demanding protection and compensation."),
    publisher="Dawn",
    cleaning=C(),
    actors=[POLICE(["Police"])],
    people=[H("Pervaiz Masih", ["Pervaiz Masih"], ["Christian sanitation worker", "accused of desecration"])],
    places=[P("Chak 118", "town", PB, "Toba Tek Singh"), P("Toba Tek Singh District", "district", PB, "Toba Tek Singh"),
            P("Toba Tek Singh", "city", PB, "Toba Tek Singh")],
    incidents=[
        I("A charged mob ransacked and set on fire at least five houses and a church", RIO, "Mob violence", None,
          "Rioters", CIV, PB, "Toba Tek Singh", "Chak 118", 1, "on Saturday", 0, {}, None,
          "A blasphemy-accusation mob attacked Christian homes and a church. ACLED Riots / Mob violence with the "
          "generic 'Rioters' against Civilians. GTD null: a spontaneous mob, not an organised attack. No deaths or "
          "injuries are reported. The tear gas and the 26 arrests are tied to this riot and stay in this record."),
        I("members of the Christian community staged a peaceful protest outside the Toba Tek Singh Press Club", PRO,
          "Peaceful protest", None, "Protesters", None, PB, "Toba Tek Singh", "Toba Tek Singh", 1, "The next day", 0,
          {}, None,
          "A peaceful protest with no intervention. 'The next day' is relative to the Saturday riot."),
    ],
))

# ---------------------------------------------------------------- BT-23  Balochistan / Dera Bugti
R.append(dict(
    text=("| U |\n"
          "Unidentified militants blew up a 12 inch gas pipeline near Sangsila in Dera Bugti District late on Monday "
          "night, suspending gas supply to the purification plant at Sui, reports The News. Sui Southern Gas "
          "Company (SSGC) officials said repair work would begin once security forces had cleared the area.\n"
          "Print this article\n"
          "In another incident, militants fired four rockets at a Levies post in the Loti area. The rockets landed "
          "in an open ground and caused no damage. The banned Baloch Republican Army (BRA) claimed responsibility "
          "for both attacks."),
    publisher="The News",
    cleaning=C(["Unidentified militants blew up a 12 inch gas pipeline", "In another incident, militants fired four rockets"],
               ["| U |", "Print this article"], ["Sangsila", "SSGC"]),
    actors=[A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]), LEVIES,
            SFA(["security forces"])],
    people=[],
    places=[P("Sangsila", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
            P("Sui", "town", BA, "Dera Bugti"), P("Loti", "area", BA, "Dera Bugti")],
    incidents=[
        I("Unidentified militants blew up a 12 inch gas pipeline near Sangsila", EV, "Remote explosive/landmine/IED",
          "Bombing/Explosion", "Baloch Republican Army", None, BA, "Dera Bugti", "Sangsila", 2, "late on Monday night",
          0, {}, None,
          "The BRA claimed 'both attacks', so it is actor1 even though the text first says 'unidentified "
          "militants'. Infrastructure target, so actor2 null. 'Near' Sangsila, hence precision 2. SSGC is a "
          "company, not an actor."),
        I("militants fired four rockets at a Levies post in the Loti area", EV, "Shelling/artillery/missile attack",
          "Bombing/Explosion", "Baloch Republican Army", "Levies", BA, "Dera Bugti", "Loti", 1, None, 0, {}, None,
          "Rocket fire with no gunfire reported, so Shelling. The rockets 'caused no damage'; no casualty statement, "
          "so injured null. Loti is taken to be in Dera Bugti from the context of the report. 'In another incident' "
          "gives no date."),
    ],
))

# ---------------------------------------------------------------- BT-24  KP / Dera Ismail Khan
R.append(dict(
    text=("A Shia lawyer, Syed Zulfiqar Hussain Shah, was shot dead by two gunmen on a motorcycle near the district "
          "courts on Circular Road in Dera Ismail Khan on Thursday morning, reports Dawn. Police said the lawyer was "
          "on his way to court when he was targeted. A few hours later, the Bomb Disposal Squad (BDS) defused an "
          "improvised explosive device weighing around five kilogrammes planted in a drain near an imambargah in the "
          "Kotli Imam Hussain area of the city."),
    publisher="Dawn",
    cleaning=C(),
    actors=[POLICE(["Police"]), A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
    people=[H("Zulfiqar Hussain Shah", ["Syed Zulfiqar Hussain Shah"], ["Shia lawyer", "shot dead"])],
    places=[P("Circular Road", "area", KP, "Dera Ismail Khan"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            P("Kotli Imam Hussain", "area", KP, "Dera Ismail Khan")],
    incidents=[
        I("Syed Zulfiqar Hussain Shah, was shot dead by two gunmen on a motorcycle", VAC, "Attack", "Armed Assault",
          UAG, CIV, KP, "Dera Ismail Khan", "Circular Road", 1, "on Thursday morning", 1, {"civilians": 1}, None,
          "A sectarian-looking target killing of a lawyer (a civilian role). A lawyer is not a prominent public "
          "figure in the text, so Armed Assault rather than Assassination."),
        I("the Bomb Disposal Squad (BDS) defused an improvised explosive device", SD_, "Disrupted weapons use",
          "Bombing/Explosion", "Bomb Disposal Squad", UAG, KP, "Dera Ismail Khan", "Kotli Imam Hussain", 1,
          "A few hours later", 0, {}, None,
          "A 5 kg IED near an imambargah defused: Disrupted weapons use, with the attempted attack's GTD type "
          "Bombing/Explosion as in satp-sa-dev-109."),
    ],
))

# ---------------------------------------------------------------- BT-25  KP / Mohmand, North Waziristan
S25 = ("Officials said a group of around 30 militants, who had crossed over from Afghanistan, attacked the post with "
       "heavy and small arms.")
R.append(dict(
    text=("Five soldiers were martyred when militants from across the border attacked a border post in the Baizai "
          "area of Mohmand Agency late on Sunday night, reports The News.\n" + S25 + " The troops responded and the "
          "exchange of fire continued till the early hours of Monday. Security sources claimed that a number of "
          "terrorists were killed or injured in the retaliatory fire. The Jamaat ul Ahrar faction of the Tehreek e "
          "Taliban Pakistan (TTP) claimed responsibility for the attack.\n" + S25 + "\n"
          "Separately, a drone operated by US forces fired two missiles at a compound in the Shewa area of North "
          "Waziristan Agency on Monday, killing four suspected militants, a woman and a child, tribal sources said. "
          "The woman was the wife of a local militant commander."),
    publisher="The News",
    cleaning=C(near_dup=[(S25, S25)], keep_unchanged=["Baizai"]),
    actors=[SFA(["soldiers", "troops"]), JUA(["Jamaat ul Ahrar"]), TTP(["Tehreek e Taliban Pakistan", "TTP"]),
            A("United States Forces", "state_force", 8, ["US forces"])],
    people=[],
    places=[P("Baizai", "area", KP, "Mohmand"), P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Afghanistan", "country", None, None), P("Shewa", "area", KP, "North Waziristan"),
            P("North Waziristan Agency", "district", KP, "North Waziristan")],
    incidents=[
        I("militants from across the border attacked a border post", BAT, "Armed clash", "Armed Assault",
          "Jamaat-ul-Ahrar", SF, KP, "Mohmand", "Baizai", 2, "late on Sunday night", 5, {"security_forces": 5}, None,
          "A cross-border raid on a border post; JuA claimed it. Five soldiers killed. 'A number of terrorists' "
          "killed or injured is vague and unconfirmed and is not counted ('a number' has no ACLED value). Baizai is "
          "a tehsil, hence precision 2. The repeated sentence is scraper damage. " + FATA),
        I("a drone operated by US forces fired two missiles at a compound", EV, "Air/drone strike", None,
          "United States Forces", UAG, KP, "North Waziristan", "Shewa", 1, "on Monday", 6,
          {"militants": 4, "civilians": 2}, None,
          "A US drone strike: a foreign state force (ACLED inter 8) as perpetrator, so listed. GTD null (state "
          "action). Four suspected militants plus a militant commander's wife and a child; a militant's family are "
          "civilians, so civilians = 2. " + FATA),
    ],
    relations=[{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "faction_of",
                "evidence": "The Jamaat ul Ahrar faction of the Tehreek e Taliban Pakistan (TTP)"}],
))

# ---------------------------------------------------------------- BT-26  Balochistan / Lasbela
R.append(dict(
    text=("The bullet riddled bodies of two young men were found in a deserted area near Hub in Lasbela District on "
          "Saturday, reports Daily Times. Levies officials said the victims, identified as Shahzaib Khan and Jalil "
          "Baloch, had been missing for three weeks and their bodies bore marks of torture. Their families alleged "
          "that they had been picked up by men in plain clothes from a hotel in Khuzdar. No one claimed "
          "responsibility for the killings."),
    publisher="Daily Times",
    cleaning=C(),
    actors=[LEVIES],
    people=[H("Shahzaib Khan", ["Shahzaib Khan"], ["found dead", "missing for three weeks"]),
            H("Jalil Baloch", ["Jalil Baloch"], ["found dead", "missing for three weeks"])],
    places=[P("Hub", "town", BA, "Lasbela"), P("Lasbela District", "district", BA, "Lasbela"),
            P("Khuzdar", "city", BA, "Khuzdar")],
    incidents=[
        I("The bullet riddled bodies of two young men were found", VAC, "Attack", "Hostage Taking (Kidnapping)", UAG,
          CIV, BA, "Lasbela", "Hub", 2, "on Saturday", 2, {}, None,
          "Missing men found shot and tortured; their families say they were picked up in Khuzdar. Taken and "
          "later killed, so Attack with GTD Kidnapping, coded where and when the bodies were found ('near' Hub, "
          "precision 2). The families' allegation against 'men in plain clothes' is an accusation, not a claim, so "
          "actor1 is Unidentified. 'Young men' gives no side. The text's Lasbela District is kept as admin2."),
    ],
))

# ---------------------------------------------------------------- BT-27  KP / Swat 2009
R.append(dict(
    text=("Militants of the Tehreek e Nifaz e Shariat e Mohammadi (TNSM) blew up a girls high school in Kabal tehsil "
          "of Swat District on January 14, 2009, reports Daily Times. The school was empty andno one was hurt.\n"
          "In Matta tehsil, the beheaded body of a policeman, identified as Constable Sher Alam, was found hanging "
          "from a pole in the mainbazaar with a note warning others against serving in the police. He had been "
          "abducted from his village two days earlier.\n"
          "Meanwhile, security forces backed by gunship helicopters pounded suspected militant positions in the "
          "Peochar area, killing 14 militants, officials claimed. Local residents said some civilians were also "
          "among the dead, but their number could not be confirmed."),
    publisher="Daily Times",
    cleaning=C(["and no one was hurt", "in the main bazaar"], ["andno", "mainbazaar"], ["Peochar"]),
    actors=[A("Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", "armed_group", 2,
              ["Tehreek e Nifaz e Shariat e Mohammadi", "TNSM"]),
            POLICE(["policeman", "police"]), SFA(["security forces"])],
    people=[H("Sher Alam", ["Sher Alam"], ["Constable", "abducted and beheaded"])],
    places=[P("Kabal", "area", KP, "Swat"), P("Swat District", "district", KP, "Swat"), P("Matta", "area", KP, "Swat"),
            P("Peochar", "area", KP, "Swat")],
    incidents=[
        I("Militants of the Tehreek e Nifaz e Shariat e Mohammadi (TNSM) blew up a girls high school", EV,
          "Remote explosive/landmine/IED", "Bombing/Explosion", "Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", None, KP,
          "Swat", "Kabal", 2, "on January 14, 2009", 0, {}, 0,
          "The text names TNSM as the perpetrator. 'Blew up' implies explosives. Empty school, 'no one was hurt'. "
          "Tehsil only, hence precision 2."),
        I("the beheaded body of a policeman, identified as Constable Sher Alam, was found", VAC, "Attack",
          "Hostage Taking (Kidnapping)", UAG, "Police", KP, "Swat", "Matta", 2, None, 1, {"security_forces": 1},
          None,
          "A policeman abducted from his village and later killed: by the rule, Attack with GTD Kidnapping rather "
          "than Armed clash (he was taken, not fought). He keeps the security-forces side. The warning note points "
          "to militants but no group is named for this killing. No separate date (same report)."),
        I("security forces backed by gunship helicopters pounded suspected militant positions", EV,
          "Air/drone strike", None, SF, UAG, KP, "Swat", "Peochar", 1, None, 14, {}, None,
          "Helicopter gunship fire on militant positions, so Air/drone strike; state action, GTD null. Officials "
          "say 14 militants; residents say some of the dead were civilians, number unknown. The total is kept at 14 "
          "but, as the split is disputed, no side is given."),
    ],
))

# ---------------------------------------------------------------- BT-28  Sindh / Shikarpur
R.append(dict(
    text=("Two volunteers were killed and five worshippers injured when a suicide bomber, stopped at the gate of an "
          "imambargah, blew himself up in Garhi Yasin town of Shikarpur District during Friday prayers on November 4, "
          "reports The Express Tribune. Senior Superintendent of Police (SSP) Niaz Hussain Kalhoro said the "
          "volunteers grabbed the bomber when he tried to force his way in, preventing a bigger tragedy. The bomber "
          "was also killed. A second attacker was shot and injured by police and taken into custody. The Lashkar e "
          "Jhangvi Al Alami (LeJA) claimed responsibility for the attack."),
    publisher="The Express Tribune",
    cleaning=C(),
    actors=[A("Lashkar-e-Jhangvi Al-Alami", "armed_group", 2, ["Lashkar e Jhangvi Al Alami", "LeJA"]),
            POLICE(["police"])],
    people=[H("Niaz Hussain Kalhoro", ["Niaz Hussain Kalhoro"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Garhi Yasin", "town", SD, "Shikarpur"), P("Shikarpur District", "district", SD, "Shikarpur")],
    incidents=[
        I("a suicide bomber, stopped at the gate of an imambargah, blew himself up", EV, "Suicide bomb",
          "Bombing/Explosion", "Lashkar-e-Jhangvi Al-Alami", CIV, SD, "Shikarpur", "Garhi Yasin", 1, "on November 4",
          3, {"civilians": 2, "militants": 1}, 6,
          "The text itself counts the bomber ('The bomber was also killed'), so he is added: 2 volunteers "
          "(civilian role) + 1 militant. Injured = 5 worshippers + the second attacker shot by police (as the "
          "injured assailant in satp-sa-dev-95). His arrest is tied to this attack and stays in this record."),
    ],
))

# ---------------------------------------------------------------- BT-29  KP / Bannu
R.append(dict(
    text=("| T |\n"
          "Two policemen were martyred and three others injured when militants attacked the Domel police station "
          "with hand grenades and automatic weapons in Bannu District in the early hours of Thursday, police said. "
          "The attackers fled after an hour long gunfight when reinforcements arrived.\n"
          "Later in the morning, a police mobile rushing to the area was hit by a roadside bomb near Jani Khel, "
          "injuring four constables. The Hafiz Gul Bahadur group, a militant faction based in North Waziristan, "
          "claimed responsibility for both attacks in a message sent to the media."),
    publisher=None,
    cleaning=C(["Two policemen were martyred and three others injured"], ["| T |"], ["Jani Khel", "Domel"]),
    actors=[POLICE(["policemen", "police"]),
            A("Hafiz Gul Bahadur Group", "armed_group", 2, ["Hafiz Gul Bahadur group"])],
    people=[H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"])],
    places=[P("Domel", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
            P("Jani Khel", "town", KP, "Bannu"), P("North Waziristan", "district", KP, "North Waziristan")],
    incidents=[
        I("militants attacked the Domel police station with hand grenades and automatic weapons", BAT, "Armed clash",
          "Armed Assault", "Hafiz Gul Bahadur Group", "Police", KP, "Bannu", "Domel", 1,
          "in the early hours of Thursday", 2, {"security_forces": 2}, 3,
          "An hour-long gunfight at a police station, so Armed clash even though grenades were also used. The "
          "group claimed 'both attacks'. The three injured are 'others' (presumably police; no side needed)."),
        I("a police mobile rushing to the area was hit by a roadside bomb near Jani Khel", EV,
          "Remote explosive/landmine/IED", "Bombing/Explosion", "Hafiz Gul Bahadur Group", "Police", KP, "Bannu",
          "Jani Khel", 2, "Later in the morning", 0, {}, 4,
          "A roadside bomb on police reinforcements; four constables injured, none killed. 'Near' Jani Khel, "
          "hence precision 2. North Waziristan is only where the group is based."),
    ],
))

# ---------------------------------------------------------------- BT-30  Punjab / Rawalpindi, no incident
R.append(dict(
    text=("An Anti Terrorism Court (ATC) in Rawalpindi on Tuesday sentenced three men to death for facilitating a "
          "suicide bombing at a mosque in the Dhamial area that killed 17 worshippers in 2013, reports The News. "
          "Judge Muhammad Akram Awan also sentenced a fourth accused to life imprisonment, while two others were "
          "acquitted for lack of evidence. According to the prosecution, the convicts, all members of the banned "
          "Tehreek e Taliban Pakistan (TTP), had provided shelter and transport to the bomber. The convicts were "
          "shifted to Adiala jail under tight security after the verdict."),
    publisher="The News",
    cleaning=C(),
    actors=[TTP(["Tehreek e Taliban Pakistan", "TTP"])],
    people=[H("Muhammad Akram Awan", ["Muhammad Akram Awan"], ["Anti Terrorism Court judge"])],
    places=[P("Rawalpindi", "city", PB, "Rawalpindi"), P("Dhamial", "area", PB, "Rawalpindi")],
    incidents=[],
    not_incidents=["a suicide bombing at a mosque in the Dhamial area that killed 17 worshippers in 2013",
                   "sentenced three men to death"],
))


def build():
    for n, r in enumerate(R, 1):
        stem = "BT-%02d" % n
        text = r["text"]
        with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        gold = {
            "article": stem + ".txt",
            "about": "Hand-coded from the text alone.",
            "publisher": r["publisher"],
            "cleaning": r["cleaning"],
            "actors": r["actors"],
            "people": r["people"],
            "places": r["places"],
            "quotes": r.get("quotes", []),
            "incidents": r["incidents"],
            "not_incidents": r.get("not_incidents", []),
            "relations": r.get("relations", []),
            "actor_profiles": r.get("actor_profiles", {}),
        }
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d reports" % len(R))


if __name__ == "__main__":
    build()
