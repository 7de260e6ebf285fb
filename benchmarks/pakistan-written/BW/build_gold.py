#!/usr/bin/env python3
"""Writes BW-NN.txt and BW-NN.gold.json from texts.py and the hand coding below.

The coding is done by hand, report by report; this script only serialises it in the
dev gold shape (same keys, same order, indent 2)."""
import json, os
from texts import TEXTS

HERE = os.path.dirname(os.path.abspath(__file__))
KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AJK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Jammu and Kashmir"
UAG = "Unidentified Armed Group"
VAC, ERV, BAT, SD, PRO = ("Violence against civilians", "Explosions/Remote violence", "Battles",
                          "Strategic developments", "Protests")
IED, SUI, SHELL, AIR, GREN = ("Remote explosive/landmine/IED", "Suicide bomb",
                              "Shelling/artillery/missile attack", "Air/drone strike", "Grenade")
BOMB, AA, ASS, KID = "Bombing/Explosion", "Armed Assault", "Assassination", "Hostage Taking (Kidnapping)"
FAC = "Facility/Infrastructure Attack"


def pl(name, kind, a1=None, a2=None):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def ac(canonical, kind, inter, *mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def sf(*m):
    return ac("Security Forces", "state_force", 1, *m)


def police(*m):
    return ac("Police", "state_force", 1, *m)


TTP = "Tehreek-e-Taliban Pakistan"


def pe(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def inc(what, et, st, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": adm1, "admin2": adm2, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}


FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018).")

G = {}

# ---------------------------------------------------------------- BW-01 North Waziristan
G["01"] = dict(
    publisher="Dawn",
    actors=[
        ac("Inter Services Public Relations", "state_force", 1, "Inter Services Public Relations", "ISPR"),
        ac(TTP, "armed_group", 2, "Fitna al Khawarij", "Tehreek e Taliban Pakistan", "TTP"),
        sf("Security Forces", "SFs", "soldiers", "troops"),
        ac("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS"),
    ],
    people=[],
    places=[
        pl("Shewa", "area", KP, "North Waziristan"),
        pl("North Waziristan District", "district", KP, "North Waziristan"),
        pl("Spalga Kalay", "town", KP, "North Waziristan"),
        pl("Khaddi", "area", KP, "North Waziristan"),
        pl("Mir Ali", "area", KP, "North Waziristan"),
    ],
    incidents=[
        inc("Two soldiers were martyred and three terrorists were killed in an exchange of fire",
            BAT, "Armed clash", AA, TTP, "Security Forces", KP, "North Waziristan", "Spalga Kalay", 2,
            "on March 11", 5, {"security_forces": 2, "militants": 3}, None,
            "The militants opened fire on an SF patrol near Spalga Kalay village in Shewa tehsil and the troops "
            "responded. ISPR names the attackers as 'Fitna al Khawarij', which the text itself glosses as the state's "
            "term for the TTP, so actor1 is Tehreek-e-Taliban Pakistan. The militants started it, so GTD Armed "
            "Assault. 'Near' the village, hence precision 2. The recovery of weapons from the slain men is part of "
            "this event. ISPR is only the source."),
        inc("an improvised explosive device (IED) planted along a road in Khaddi area of Mir Ali tehsil was detected and defused",
            SD, "Disrupted weapons use", BOMB, "Bomb Disposal Squad", UAG, KP, "North Waziristan", "Khaddi", 1,
            "On the same day", 0, {}, None,
            "A planted IED defused by the BDS is a disrupted bombing, coded like the defused bombs in the dev set. "
            "No group is tied to this device, so actor2 is Unidentified. The date is 'the same day' as the clash "
            "(March 11)."),
    ])

# ---------------------------------------------------------------- BW-02 Kech
G["02"] = dict(
    publisher="The Express Tribune",
    actors=[ac("Balochistan Liberation Front", "armed_group", 2, "Balochistan Liberation Front", "BLF")],
    people=[
        pe("Nasir Ahmed Rind", ["Nasir Ahmed Rind"], ["Deputy Commissioner Kech"]),
        pe("Dostain Baloch", ["Dostain Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"]),
    ],
    places=[
        pl("Sher Jan Bazar", "area", BA, "Kech"),
        pl("Dasht", "area", BA, "Kech"),
        pl("Kech District", "district", BA, "Kech"),
        pl("Sindh", "province", SI, None),
        pl("Punjab", "province", PU, None),
        pl("Turbat", "city", BA, "Kech"),
    ],
    incidents=[
        inc("Unidentified armed assailants gunned down six labourers working on a road construction project",
            VAC, "Attack", AA, "Balochistan Liberation Front", "Civilians", BA, "Kech", "Sher Jan Bazar", 1,
            "in the night of April 4", 6, {"civilians": 6}, None,
            "The attackers stormed a workers' camp and opened fire on sleeping labourers. Although the text says "
            "'unidentified armed assailants', the BLF claimed the killings, so it is actor1 (coding rule). Labourer is "
            "a civilian role, so all six are civilians. The Sindh and Punjab mentions are the victims' origins; "
            "Turbat is where the bodies were taken."),
    ])

# ---------------------------------------------------------------- BW-03 Karachi
G["03"] = dict(
    publisher="Dawn",
    actors=[
        police("Police", "police"),
        ac("Rangers", "state_force", 1, "Rangers"),
        ac("Lashkar-e-Jhangvi", "armed_group", 2, "Lashkar e Jhangvi", "LeJ"),
    ],
    people=[
        pe("Zahid Hussain", ["Zahid Hussain"], ["Police Constable", "shot dead"]),
        pe("Syed Ali Raza Naqvi", ["Syed Ali Raza Naqvi"], ["shopkeeper", "shot dead"]),
    ],
    places=[
        pl("Karachi", "city", SI, "Karachi"),
        pl("Sindh", "province", SI, None),
        pl("Qasba Mor", "area", SI, "Karachi"),
        pl("Orangi Town", "area", SI, "Karachi"),
        pl("Soldier Bazaar", "area", SI, "Karachi"),
        pl("Manghopir", "area", SI, "Karachi"),
    ],
    incidents=[
        inc("Police Constable Zahid Hussain was gunned down by pillion riders",
            BAT, "Armed clash", AA, UAG, "Police", SI, "Karachi", "Qasba Mor", 2,
            "on August 14", 1, {"security_forces": 1}, None,
            "A one-sided shooting of a policeman on his way to duty; by the coding rules an attack on police is "
            "Battles/Armed clash. 'Near' Qasba Mor in Orangi Town, hence precision 2."),
        inc("unidentified gunmen opened fire on a shopkeeper, Syed Ali Raza Naqvi, who died on the spot",
            VAC, "Attack", AA, UAG, "Civilians", SI, "Karachi", "Soldier Bazaar", 1,
            "on August 14", 1, {"civilians": 1}, None,
            "Police call it a sectarian killing; no group is named. A shopkeeper is a civilian role. Not a prominent "
            "figure, so Armed Assault. The date comes from the lead sentence covering both shootings."),
        inc("Rangers personnel arrested four suspected target killers affiliated with Lashkar e Jhangvi (LeJ)",
            SD, "Arrests", None, "Rangers", "Lashkar-e-Jhangvi", SI, "Karachi", "Manghopir", 1,
            None, 0, {}, None,
            "A raid and arrest not tied to either shooting, so its own Arrests incident (coding rule); the recovered "
            "pistols and grenades are part of it. Arrests get no GTD type. 'Separately' gives no date of its own, "
            "so date_text is null."),
    ])

# ---------------------------------------------------------------- BW-04 Quetta
G["04"] = dict(
    publisher="Daily Times",
    actors=[],
    people=[pe("Mir Attaullah Kurd", ["Mir Attaullah Kurd"], ["Capital City Police Officer (CCPO)"])],
    places=[
        pl("Brewery Road", "area", BA, "Quetta"),
        pl("Quetta", "city", BA, "Quetta"),
        pl("Balochistan", "province", BA, None),
        pl("Hazara Town", "area", BA, "Quetta"),
    ],
    incidents=[
        inc("a remote controlled bomb fitted to a parked motorcycle went off beside a passenger van",
            ERV, IED, BOMB, UAG, "Civilians", BA, "Quetta", "Brewery Road", 1,
            "on June 18", 5, {"civilians": 5}, 9,
            "A motorcycle bomb set off by remote control beside a van carrying Hazara passengers. The dead are "
            "'passengers', a civilian role, so all five are civilians. 'At least nine' = 9 injured. No group "
            "claimed it. Only a CCPO is quoted, no police organisation, so actors is empty. Hazara Town is where the "
            "van came from."),
    ])

# ---------------------------------------------------------------- BW-05 Peshawar (NWFP)
G["05"] = dict(
    publisher="Daily Times",
    actors=[police("police", "Police")],
    people=[pe("Khalid Masood", ["Khalid Masood"], ["Senior Superintendent of Police (SSP) Operations"])],
    places=[
        pl("Pajagi Road", "area", KP, "Peshawar"),
        pl("Peshawar", "city", KP, "Peshawar"),
        pl("North West Frontier Province", "province", KP, None),
    ],
    incidents=[
        inc("A teenage suicide bomber blew himself up near a police checkpoint on Pajagi Road",
            ERV, SUI, BOMB, UAG, "Police", KP, "Peshawar", "Pajagi Road", 1,
            "on the morning of October 9", 5, {"security_forces": 3, "civilians": 2}, 17,
            "A suicide bomber on foot blew himself up when a constable tried to search him at a checkpoint. Three "
            "policemen and two civilians died; the bomber is not counted (the text does not count him). 'Seventeen "
            "others' = 17 injured, without side. The checkpoint was the target, so actor2 is Police. NWFP is the "
            "pre-2010 name of Khyber Pakhtunkhwa, so admin1 is Khyber Pakhtunkhwa."),
    ])

# ---------------------------------------------------------------- BW-06 Swat
TNSM = "Tehreek-e-Nifaz-e-Shariat-e-Mohammadi"
G["06"] = dict(
    publisher="The News",
    actors=[
        sf("Security Forces", "SFs", "soldiers"),
        ac(TNSM, "armed_group", 2, "Tehreek e Nifaz e Shariat e Mohammadi", "TNSM"),
    ],
    people=[pe("Bakht Zada", ["Bakht Zada"], ["barber", "abducted and beheaded"])],
    places=[
        pl("Peochar", "area", KP, "Swat"),
        pl("Matta", "area", KP, "Swat"),
        pl("Swat District", "district", KP, "Swat"),
        pl("Mingora", "city", KP, "Swat"),
        pl("Nishat Chowk", "area", KP, "Swat"),
        pl("Qambar", "area", KP, "Swat"),
        pl("Kabal", "area", KP, "Swat"),
    ],
    incidents=[
        inc("Security Forces (SFs) regained control of Peochar valley",
            BAT, "Government regains territory", None, "Security Forces", TNSM, KP, "Swat", "Peochar", 2,
            "on May 28", 25, {"militants": 23, "security_forces": 2}, None,
            "The state retook a TNSM stronghold by force after three days of fighting, so ACLED Government regains "
            "territory; the fighting's dead (23 militants, two soldiers) belong to this event. A state operation, so "
            "no GTD type. A valley inside Matta tehsil, not a single town, hence precision 2. The date is the day "
            "control was regained; the fighting began three days earlier."),
        inc("the beheaded body of a man, identified as Bakht Zada, a barber, was found near Nishat Chowk",
            VAC, "Attack", KID, UAG, "Civilians", KP, "Swat", "Nishat Chowk", 2,
            None, 1, {"civilians": 1}, None,
            "He was abducted by militants two days earlier and later killed, so Attack with GTD Hostage Taking "
            "(Kidnapping) (coding rule). 'Militants' are not named, so Unidentified (TNSM is not said to be "
            "responsible). A barber is a civilian role. No date is given for the discovery; 'near' Nishat Chowk, "
            "hence precision 2. The curfew is not an incident."),
    ],
    not_incidents=["A curfew remained in force in Kabal and Matta tehsils"])

# ---------------------------------------------------------------- BW-07 Bajaur
G["07"] = dict(
    publisher="Dawn",
    actors=[ac(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP")],
    people=[
        pe("Malik Sher Bahadur", ["Malik Sher Bahadur"], ["commander of a pro government Aman Lashkar (peace militia)", "killed"]),
        pe("Qari Shamsullah Mohmand", ["Qari Shamsullah Mohmand"], ["Tehreek e Taliban Pakistan (TTP) spokesman"]),
    ],
    places=[
        pl("Pashat", "area", KP, "Bajaur"),
        pl("Salarzai", "area", KP, "Bajaur"),
        pl("Bajaur Agency", "district", KP, "Bajaur"),
        pl("Federally Administered Tribal Areas", "area", KP, None),
    ],
    incidents=[
        inc("a remote controlled device planted on a roadside went off as their vehicle passed through Pashat area",
            ERV, IED, BOMB, TTP, UAG, KP, "Bajaur", "Pashat", 1,
            "on February 6", 2, {}, 2,
            "The TTP claimed the roadside bombing, so it is actor1. The target was a commander of a pro-government "
            "peace lashkar; the lashkar is not a named organisation, so it is not in actors and actor2 is "
            "Unidentified Armed Group (as in the dev set). A militiaman fits none of the sides and his nephew's "
            "status is not given, so killed_by_side is empty. Two lashkar members injured. " + FATA_NOTE),
    ])

# ---------------------------------------------------------------- BW-08 Khyber Agency
LI, AUI = "Lashkar-e-Islam", "Ansar-ul-Islam"
G["08"] = dict(
    publisher="The Express Tribune",
    actors=[
        ac(LI, "armed_group", 2, "Lashkar e Islam", "LI"),
        ac(AUI, "armed_group", 2, "Ansar ul Islam", "AuI"),
        ac("Khassadar Force", "state_force", 1, "Khassadar"),
    ],
    people=[pe("Noor Alam", ["Noor Alam"], ["kidnapped from Bara", "found shot dead"])],
    places=[
        pl("Sandapal", "area", KP, "Khyber"),
        pl("Tirah", "area", KP, "Khyber"),
        pl("Khyber Agency", "district", KP, "Khyber"),
        pl("Jamrud", "town", KP, "Khyber"),
        pl("Bara", "town", KP, "Khyber"),
    ],
    incidents=[
        inc("fighters of Lashkar e Islam (LI) and Ansar ul Islam (AuI) clashed in Sandapal area",
            BAT, "Armed clash", AA, LI, AUI, KP, "Khyber", "Sandapal", 1,
            "on October 22", 9, {"militants": 9}, None,
            "Two armed groups fought; LI tried to take an AuI hilltop post but no change of control is reported, so "
            "Armed clash, not a territorial change. LI started it, so it is actor1 and GTD is Armed Assault. All nine "
            "dead were fighters ('nine militants'; six LI, so three AuI). " + FATA_NOTE),
        inc("Khassadar personnel recovered the bullet riddled body of a man, identified as Noor Alam",
            VAC, "Attack", KID, UAG, "Civilians", KP, "Khyber", "Jamrud", 2,
            None, 1, {}, None,
            "Kidnapped from Bara four days earlier and found shot dead near Jamrud: abducted and later killed, so "
            "Attack with GTD Hostage Taking (Kidnapping). The Khassadar only found the body. The victim is 'a man', "
            "so no side. 'Near' Jamrud, hence precision 2; no date is given."),
    ],
    relations=[{"a": LI, "b": AUI, "kind": "hostile",
                "evidence": "fighters of Lashkar e Islam (LI) and Ansar ul Islam (AuI) clashed in Sandapal area"}])

# ---------------------------------------------------------------- BW-09 Lakki Marwat
G["09"] = dict(
    publisher="Daily Times",
    actors=[police("Police")],
    people=[
        pe("Mian Gul Rehman", ["Mian Gul Rehman"], ["District Police Officer (DPO)"]),
        pe("Habibullah", ["Habibullah"], ["constable escorting a polio team", "killed"]),
    ],
    places=[
        pl("Tajazai", "town", KP, "Lakki Marwat"),
        pl("Lakki Marwat District", "district", KP, "Lakki Marwat"),
    ],
    incidents=[
        inc("A policeman escorting a polio vaccination team was martyred when two motorcyclists opened fire on the team",
            BAT, "Armed clash", AA, UAG, "Police", KP, "Lakki Marwat", "Tajazai", 1,
            "on January 24", 1, {"security_forces": 1}, 0,
            "The gunmen fired on a polio team and killed its police escort; the three polio workers were unhurt, so "
            "injured = 0. The only casualty is a policeman, so by the coding rule it is Battles/Armed clash with "
            "actor2 Police; Violence against civilians/Attack on the polio team is the alternative. The search "
            "operation reports no outcome and is not an incident."),
    ],
    not_incidents=["Police launched a search operation in the area"])

# ---------------------------------------------------------------- BW-10 Bannu
G["10"] = dict(
    publisher="The Express Tribune",
    actors=[
        police("Police", "policemen"),
        ac("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
        sf("Security Forces", "SFs"),
        ac("Inter Services Public Relations", "state_force", 1, "Inter Services Public Relations", "ISPR"),
    ],
    people=[],
    places=[
        pl("Miryan", "area", KP, "Bannu"),
        pl("Bannu District", "district", KP, "Bannu"),
        pl("Domel", "area", KP, "Bannu"),
        pl("Jani Khel", "area", KP, "Bannu"),
    ],
    incidents=[
        inc("Terrorists used a quadcopter to drop two mortar shells on the Miryan Police Station",
            ERV, AIR, BOMB, UAG, "Police", KP, "Bannu", "Miryan", 1,
            "late on September 17", 0, {}, 2,
            "An armed group's drone dropped mortar shells on a police station: ACLED Air/drone strike (drone use by "
            "a non-state actor), not Shelling, since nothing was fired from a distance. Two policemen were injured."),
        inc("a check post of the Counter Terrorism Department (CTD) in Domel tehsil came under heavy fire",
            BAT, "Armed clash", AA, UAG, "Counter Terrorism Department", KP, "Bannu", "Domel", 2,
            "On the same night", 0, {}, None,
            "Gunfire on a CTD post, repulsed; 'no loss of life was reported', so killed = 0 and injured unknown. "
            "Only the tehsil is given, hence precision 2."),
        inc("Security Forces (SFs) killed four terrorists in an intelligence based operation (IBO) in Jani Khel area",
            BAT, "Armed clash", None, "Security Forces", UAG, KP, "Bannu", "Jani Khel", 1,
            None, 4, {"militants": 4}, None,
            "A state-initiated operation, so GTD null. 'Terrorists' = militants. 'Separately' with no date; the "
            "text does not say it was in Bannu District, but Jani Khel is in Bannu District (general knowledge)."),
    ])

# ---------------------------------------------------------------- BW-11 Kalat
BLA = "Balochistan Liberation Army"
G["11"] = dict(
    publisher="Dawn",
    actors=[
        ac("Levies", "state_force", 1, "Levies"),
        ac(BLA, "armed_group", 2, "Balochistan Liberation Army", "BLA"),
    ],
    people=[],
    places=[
        pl("Quetta", "city", BA, "Quetta"),
        pl("Karachi", "city", SI, "Karachi"),
        pl("Mangochar", "town", BA, "Kalat"),
        pl("Kalat District", "district", BA, "Kalat"),
    ],
    incidents=[
        inc("checked identity cards of passengers and abducted five men",
            VAC, "Abduction/forced disappearance", KID, BLA, "Civilians", BA, "Kalat", "Mangochar", 2,
            "in the evening of July 9", 0, {}, None,
            "Armed men blocked the highway and abducted five men; the BLA claimed the abductions, so it is actor1. "
            "Two of the five were off-duty Levies travelling home, but the men were taken as passengers, so actor2 "
            "is Civilians. The burning of a truck and two containers during the same roadblock is kept inside this "
            "event (a separate Looting/property destruction record is the alternative). 'Near' Mangochar, hence "
            "precision 2. Quetta and Karachi only name the highway."),
    ])

# ---------------------------------------------------------------- BW-12 Gwadar
G["12"] = dict(
    publisher="The News",
    actors=[ac("Pakistan Coast Guards", "state_force", 1, "Pakistan Coast Guards")],
    people=[],
    places=[
        pl("Pishukan", "town", BA, "Gwadar"),
        pl("Gwadar District", "district", BA, "Gwadar"),
    ],
    incidents=[
        inc("militants ambushed their vehicle near Pishukan",
            BAT, "Armed clash", AA, UAG, "Pakistan Coast Guards", BA, "Gwadar", "Pishukan", 2,
            "on Thursday", 2, {"security_forces": 2}, 1,
            "An ambush on a Coast Guards vehicle with automatic weapons; attacks on state forces are Battles/Armed "
            "clash. 'Near' Pishukan, hence precision 2. The date is only a weekday relative to publication. No group "
            "is named."),
    ])

# ---------------------------------------------------------------- BW-13 Dera Bugti
BRA = "Baloch Republican Army"
G["13"] = dict(
    publisher="Daily Times",
    actors=[
        ac("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
        ac(BRA, "armed_group", 2, "Baloch Republican Army", "BRA"),
    ],
    people=[pe("Haibatan Baloch", ["Haibatan Baloch"], ["Baloch Republican Army (BRA) spokesman"])],
    places=[
        pl("Sui", "town", BA, "Dera Bugti"),
        pl("Dera Bugti District", "district", BA, "Dera Bugti"),
        pl("Balochistan", "province", BA, None),
        pl("Sindh", "province", SI, None),
        pl("Loti", "area", BA, "Dera Bugti"),
    ],
    incidents=[
        inc("Militants blew up two electricity pylons in Sui area",
            ERV, IED, BOMB, BRA, None, BA, "Dera Bugti", "Sui", 1,
            "on the night of November 2", 0, {}, None,
            "The BRA claimed 'destroying the pylons', so it is actor1. Infrastructure with no casualties, so actor2 "
            "is null; explosives, so GTD Bombing/Explosion. The power cut in Balochistan and Sindh is a consequence, "
            "not a place of the event."),
        inc("a Frontier Corps (FC) vehicle escorting a convoy of gas company staff hit a landmine",
            ERV, IED, BOMB, UAG, "Frontier Corps", BA, "Dera Bugti", "Loti", 2,
            "Hours later", 0, {}, 3,
            "A landmine hit an FC escort vehicle and injured three FC men. The BRA claim covers only the pylons, so "
            "this stays Unidentified (as with the second pipeline in the dev set). 'Near' the Loti gas field, hence "
            "precision 2."),
    ])

# ---------------------------------------------------------------- BW-14 Dera Ghazi Khan
G["14"] = dict(
    publisher="The News",
    actors=[ac("Border Military Police", "state_force", 1, "Border Military Police", "BMP")],
    people=[pe("Ghulam Farid Buzdar", ["Ghulam Farid Buzdar"], ["Border Military Police (BMP) constable", "killed"])],
    places=[
        pl("Sakhi Sarwar", "town", PU, "Dera Ghazi Khan"),
        pl("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
        pl("Punjab", "province", PU, None),
        pl("Balochistan", "province", BA, None),
        pl("Koh e Suleman", "area", None, None),
    ],
    incidents=[
        inc("terrorists attacked a check post near Sakhi Sarwar",
            BAT, "Armed clash", AA, UAG, "Border Military Police", PU, "Dera Ghazi Khan", "Sakhi Sarwar", 2,
            "in the night of April 27", 1, {"security_forces": 1}, 2,
            "About ten attackers from the Balochistan side attacked a BMP check post and the BMP returned fire. One "
            "BMP constable killed. Injured = 2: one BMP constable and one attacker the others dragged away (a single "
            "countable attacker, counted as in the dev set where an injured assailant is counted). 'Near' Sakhi "
            "Sarwar, hence precision 2. The Koh e Suleman range spans provinces, so it has no admin1."),
    ])

# ---------------------------------------------------------------- BW-15 Rawalpindi
G["15"] = dict(
    publisher="Dawn",
    actors=[],
    people=[pe("Qari Noor ul Haq", ["Maulana Qari Noor ul Haq"],
               ["central leader of Ahle Sunnat Wal Jamaat (ASWJ)", "cleric who taught at a seminary"])],
    places=[
        pl("Tench Bhatta", "area", PU, "Rawalpindi"),
        pl("Rawalpindi", "city", PU, "Rawalpindi"),
        pl("Murree Road", "area", PU, "Rawalpindi"),
    ],
    incidents=[
        inc("was shot dead and his guard was injured when two motorcyclists opened fire on his car",
            VAC, "Attack", ASS, UAG, "Civilians", PU, "Rawalpindi", "Tench Bhatta", 2,
            "on the evening of December 3", 1, {"civilians": 1}, 1,
            "A targeted killing of a central leader of ASWJ, a specific prominent figure, so GTD Assassination. A "
            "party leader is a civilian role. His guard (injured) takes his principal's side. 'Near' Tench Bhatta, "
            "hence precision 2. ASWJ appears only as the victim's organisation and as the protesters' affiliation, "
            "so it is not listed in actors."),
        inc("hundreds of ASWJ workers staged a protest on Murree Road",
            PRO, "Peaceful protest", None, "Protesters", None, PU, "Rawalpindi", "Murree Road", 1,
            "Following the killing", 0, {}, None,
            "A road-blocking protest that 'ended peacefully' after assurances, with no intervention reported, so "
            "Peaceful protest. Protests get no GTD type. actor1 is the generic label Protesters (ACLED inter 6); the "
            "organiser ASWJ is not listed (see above). 'Hundreds' is the crowd, not a casualty count."),
    ])

# ---------------------------------------------------------------- BW-16 Islamabad
G["16"] = dict(
    publisher="The Express Tribune",
    actors=[
        police("Islamabad Police", "police"),
        ac("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
    ],
    people=[],
    places=[
        pl("Tarnol", "area", ICT, "Islamabad"),
        pl("Islamabad", "city", ICT, "Islamabad"),
        pl("Bhara Kahu", "area", ICT, "Islamabad"),
    ],
    incidents=[
        inc("two armed motorcyclists opened fire on a police patrol near Tarnol",
            BAT, "Armed clash", AA, UAG, "Police", ICT, "Islamabad", "Tarnol", 2,
            "on the night of November 13", 1, {"security_forces": 1}, 1,
            "One constable died of his injuries ('succumbed'), so he is counted once, as killed; another was "
            "wounded. An attack on police, so Battles/Armed clash. 'Near' Tarnol, hence precision 2."),
        inc("the Counter Terrorism Department (CTD) arrested a suspected suicide bomber from a rented house in Bhara Kahu",
            SD, "Arrests", None, "Counter Terrorism Department", UAG, ICT, "Islamabad", "Bhara Kahu", 1,
            None, 0, {}, None,
            "An arrest not tied to the Tarnol shooting, so its own Arrests incident; the vest, pistol and grenades "
            "seized are part of it (Disrupted weapons use is the alternative, as a planned bombing was prevented). "
            "No group is named; the suspect's nationality is not an actor. No date is given."),
    ])

# ---------------------------------------------------------------- BW-17 Diamer
G["17"] = dict(
    publisher="Dawn",
    actors=[],
    people=[pe("Khurshid Alam Shigri", ["Khurshid Alam Shigri"], ["Deputy Commissioner Diamer"])],
    places=[
        pl("Darel", "area", GB, "Diamer"),
        pl("Diamer District", "district", GB, "Diamer"),
        pl("Gilgit Baltistan", "province", GB, None),
    ],
    incidents=[
        inc("Unidentified miscreants set ablaze a government girls middle school in Darel valley",
            SD, "Looting/property destruction", FAC, UAG, None, GB, "Diamer", "Darel", 2,
            "in the night of August 2", 0, {}, None,
            "Arson of an empty school with no casualties: ACLED Strategic developments/Looting and property "
            "destruction (no explosive, no victims), GTD Facility/Infrastructure Attack. 'No loss of life', so killed "
            "= 0 and injured unknown; no victim, so actor2 is null. A valley, hence precision 2. The text says "
            "Diamer District, so admin2 is Diamer."),
    ])

# ---------------------------------------------------------------- BW-18 Kotli (AJK)
G["18"] = dict(
    publisher="The News",
    actors=[sf("Pakistani troops")],
    people=[],
    places=[
        pl("Nakyal", "area", AJK, "Kotli"),
        pl("Kotli District", "district", AJK, "Kotli"),
        pl("Azad Jammu and Kashmir", "province", AJK, None),
        pl("Dhanna Bagh", "town", AJK, "Kotli"),
        pl("Kotli", "city", AJK, "Kotli"),
    ],
    incidents=[
        inc("Indian troops resorted to unprovoked shelling across the Line of Control (LoC)",
            ERV, SHELL, None, None, "Civilians", AJK, "Kotli", "Dhanna Bagh", 1,
            "on August 21, 2019", 1, {"civilians": 1}, 2,
            "Cross-LoC mortar fire hit houses in Dhanna Bagh village, killing a civilian woman and injuring two "
            "children (no side). The firing force is foreign (inter 8), which the coding rules leave out, so actor1 "
            "is null; an act between states, so no GTD type. The Pakistani troops' response is mentioned without "
            "detail or casualties and is not coded separately."),
    ])

# ---------------------------------------------------------------- BW-19 Kurram
G["19"] = dict(
    publisher=None,
    actors=[],
    people=[],
    places=[
        pl("Parachinar", "town", KP, "Kurram"),
        pl("Peshawar", "city", KP, "Peshawar"),
        pl("Bagan", "area", KP, "Kurram"),
        pl("Lower Kurram", "area", KP, "Kurram"),
        pl("Kurram Agency", "district", KP, "Kurram"),
        pl("Ochat", "town", KP, "Kurram"),
        pl("Sadda", "town", KP, "Kurram"),
        pl("Thall", "town", KP, "Hangu"),
    ],
    incidents=[
        inc("militants ambushed a convoy of passenger vehicles travelling from Parachinar to Peshawar",
            VAC, "Attack", AA, UAG, "Civilians", KP, "Kurram", "Bagan", 2,
            "on September 3", 4, {"civilians": 4}, 7,
            "Rockets and automatic weapons fired directly at a passenger convoy: an attack on civilians (direct "
            "fire, not long-range shelling). Passengers are civilians. 'Near' Bagan, hence precision 2. No outlet is "
            "given. " + FATA_NOTE),
        inc("armed tribesmen attacked Ochat village later in the day and set several houses on fire, triggering a clash in which three people died",
            BAT, "Armed clash", AA, UAG, UAG, KP, "Kurram", "Ochat", 1,
            "later in the day", 3, {}, None,
            "A retaliatory raid by armed tribesmen that turned into a clash. Neither side is named (no tribe or "
            "group), so both are Unidentified Armed Group; ACLED would use identity militias if the tribes were "
            "named. The dead are 'people', so no side. The curfew and traffic suspension are not incidents."),
    ],
    not_incidents=["The political administration imposed a curfew in Sadda town and suspended traffic on the Thall Parachinar road"])

# ---------------------------------------------------------------- BW-20 Orakzai / Hangu
G["20"] = dict(
    publisher="Daily Times",
    actors=[sf("Security Forces", "SFs"), police("police")],
    people=[],
    places=[
        pl("Dabori", "area", KP, "Orakzai"),
        pl("Orakzai Agency", "district", KP, "Orakzai"),
        pl("Hangu", "city", KP, "Hangu"),
    ],
    incidents=[
        inc("Fighter jets of the Security Forces (SFs) pounded suspected militant hideouts in Dabori area",
            ERV, AIR, None, "Security Forces", UAG, KP, "Orakzai", "Dabori", 1,
            "on April 12", 17, {"militants": 17}, None,
            "State air strikes on hideouts; 'at least 17 militants' = 17, as officials claim. A state operation, so "
            "no GTD type. No group is named. " + FATA_NOTE),
        inc("militants fired three rockets at Hangu city",
            ERV, SHELL, BOMB, UAG, "Civilians", KP, "Hangu", "Hangu", 1,
            "in the evening", 1, {}, 1,
            "Rockets fired from the mountains at the city, no gunfire: Shelling/artillery/missile attack. One landed "
            "on a house, killing a child and injuring his mother; neither has a stated status, so no side. The date "
            "is the evening of the same day (April 12)."),
    ])

# ---------------------------------------------------------------- BW-21 South Waziristan (drone)
G["21"] = dict(
    publisher="Dawn",
    actors=[],
    people=[],
    places=[
        pl("Angoor Adda", "town", KP, "South Waziristan"),
        pl("South Waziristan Agency", "district", KP, "South Waziristan"),
    ],
    incidents=[
        inc("a US drone fired two missiles at a vehicle near Angoor Adda",
            ERV, AIR, None, None, UAG, KP, "South Waziristan", "Angoor Adda", 2,
            "on March 3, 2010", 4, {"militants": 4}, None,
            "A foreign drone strike: foreign forces (inter 8) are left out under the coding rules, so actor1 is null "
            "and no GTD type is given (state action). The dead are 'suspected militants' with no group, so actor2 is "
            "Unidentified and they are counted as militants, as the text labels them. 'Near' Angoor Adda, hence "
            "precision 2. " + FATA_NOTE),
    ])

# ---------------------------------------------------------------- BW-22 Khyber District
ISKP = "Islamic State-Khorasan Province"
G["22"] = dict(
    publisher="The Express Tribune",
    actors=[ac(ISKP, "armed_group", 2, "Islamic State Khorasan Province", "ISKP")],
    people=[
        pe("Abdul Wahid Afridi", ["Maulana Abdul Wahid Afridi"],
           ["local leader of Jamiat Ulema e Islam Fazl (JUI F)", "shot dead"]),
        pe("Malik Gul Zaman", ["Malik Gul Zaman"], ["tribal elder", "abducted and found dead"]),
    ],
    places=[
        pl("Shalobar", "area", KP, "Khyber"),
        pl("Bara", "area", KP, "Khyber"),
        pl("Khyber District", "district", KP, "Khyber"),
        pl("Landi Kotal", "town", KP, "Khyber"),
        pl("Sultan Khel", "area", KP, "Khyber"),
    ],
    incidents=[
        inc("Unidentified gunmen shot dead a local leader of Jamiat Ulema e Islam Fazl (JUI F), Maulana Abdul Wahid Afridi",
            VAC, "Attack", AA, ISKP, "Civilians", KP, "Khyber", "Shalobar", 1,
            "on June 9", 1, {"civilians": 1}, None,
            "ISKP claimed the killing, so it is actor1 despite 'unidentified gunmen'. A local party leader is a "
            "civilian role; he is a named target but not a prominent one, so GTD Armed Assault rather than "
            "Assassination (judgement call). JUI F is a party named only as the victim's, so not in actors."),
        inc("the body of a tribal elder, Malik Gul Zaman, who had been abducted from Landi Kotal bazaar a week ago, was found",
            VAC, "Attack", KID, UAG, "Civilians", KP, "Khyber", "Sultan Khel", 1,
            None, 1, {"civilians": 1}, None,
            "Abducted a week earlier and found dead: Attack with GTD Hostage Taking (Kidnapping). The ISKP claim "
            "covers only the cleric's killing, so Unidentified. A tribal elder is read as a civilian role (judgement "
            "call). No date; the body was found in Sultan Khel area of Landi Kotal tehsil."),
    ])

# ---------------------------------------------------------------- BW-23 Washuk / Kharan
BLF = "Balochistan Liberation Front"
G["23"] = dict(
    publisher=None,
    actors=[
        ac("Levies", "state_force", 1, "Levies"),
        ac(BLF, "armed_group", 2, "Balochistan Liberation Front", "BLF"),
    ],
    people=[],
    places=[
        pl("Nag", "area", BA, "Washuk"),
        pl("Washuk District", "district", BA, "Washuk"),
        pl("Kharan", "town", BA, "Kharan"),
    ],
    incidents=[
        inc("militants attacked a Levies post in Nag area",
            BAT, "Armed clash", AA, BLF, "Levies", BA, "Washuk", "Nag", 1,
            None, 3, {"security_forces": 3}, None,
            "The BLF claimed the attack, so it is actor1. Three Levies personnel killed; the burning of the post and "
            "seizure of weapons are part of the same attack. The report opens with 'Meanwhile' and gives neither "
            "date nor outlet."),
        inc("a remote controlled bomb exploded near their vehicle in Kharan town",
            ERV, IED, BOMB, UAG, "Civilians", BA, "Kharan", "Kharan", 1,
            None, 0, {}, 2,
            "Two employees of a private cellular company injured (a telecom target in GTD terms). The BLF claim is "
            "for the Nag attack only, so this is Unidentified. No date."),
    ])

# ---------------------------------------------------------------- BW-24 Naushahro Feroze
G["24"] = dict(
    publisher="Daily Times",
    actors=[
        police("Police"),
        ac("Sindhudesh Revolutionary Army", "armed_group", 2, "Sindhudesh Revolutionary Army", "SRA"),
    ],
    people=[],
    places=[
        pl("Mehrabpur", "town", SI, "Naushahro Feroze"),
        pl("Naushahro Feroze District", "district", SI, "Naushahro Feroze"),
        pl("Karachi", "city", SI, "Karachi"),
    ],
    incidents=[
        inc("a low intensity bomb exploded near Mehrabpur",
            ERV, IED, BOMB, UAG, None, SI, "Naushahro Feroze", "Mehrabpur", 2,
            "in the early hours of May 16", 0, {}, None,
            "A bomb damaged the railway track before a train passed; no casualties are reported, so killed = 0, "
            "injured unknown, actor2 null. SRA pamphlets were found, but the text says no one formally claimed it, "
            "so actor1 stays Unidentified (the SRA is named, so it is listed in actors). 'Near' Mehrabpur, hence "
            "precision 2. Karachi is the train's destination."),
    ])

# ---------------------------------------------------------------- BW-25 Karachi
G["25"] = dict(
    publisher="The News",
    actors=[
        ac(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP"),
        ac("Rangers", "state_force", 1, "Sindh Rangers", "Rangers"),
        police("police"),
    ],
    people=[],
    places=[
        pl("Kunwari Colony", "area", SI, "Karachi West"),
        pl("Manghopir", "area", SI, "Karachi West"),
        pl("West District", "district", SI, "Karachi West"),
        pl("Karachi", "city", SI, "Karachi"),
        pl("Lyari", "area", SI, "Karachi"),
    ],
    incidents=[
        inc("Five suspected terrorists affiliated with Tehreek e Taliban Pakistan (TTP) were killed in an encounter with the Sindh Rangers",
            BAT, "Armed clash", None, "Rangers", TTP, SI, "Karachi West", "Kunwari Colony", 1,
            "on February 11", 5, {"militants": 5}, 2,
            "A Rangers raid on a hideout; the militants fired on the raiding party. State-initiated, so no GTD type. "
            "Two Rangers injured. The text names a Karachi district (West District), so admin2 is Karachi West "
            "rather than Karachi (coding rule). The recovered weapons and suicide jacket are part of this event."),
        inc("police recovered the tortured body of an unidentified man stuffed in a gunny bag",
            VAC, "Attack", "Unknown", UAG, "Civilians", SI, "Karachi", "Lyari", 1,
            None, 1, {}, None,
            "A tortured body in a sack; how he was killed is not stated, so GTD Unknown. 'A man', so no side. Lyari "
            "is given without a district, so admin2 is Karachi. No date."),
    ])

# ---------------------------------------------------------------- BW-26 KP apex committee (no incident)
G["26"] = dict(
    publisher="The News",
    actors=[],
    people=[pe("Javed Iqbal Marwat", ["Javed Iqbal Marwat"], ["Chief Secretary", "chaired the Apex Committee meeting"])],
    places=[
        pl("Khyber Pakhtunkhwa", "province", KP, None),
        pl("Peshawar", "city", KP, "Peshawar"),
        pl("North Waziristan", "district", KP, "North Waziristan"),
        pl("Khyber Agency", "district", KP, "Khyber"),
    ],
    incidents=[],
    not_incidents=[
        "decided to raise a special police unit of 2,000 personnel for the security of polio teams",
        "militant attacks on polio workers had declined in the province over the past year",
        "the return of temporarily displaced persons (TDPs) to North Waziristan and Khyber Agency would be completed by the end of the year",
    ])

# ---------------------------------------------------------------- BW-27 Mastung search op (no incident)
G["27"] = dict(
    publisher="Daily Times",
    actors=[
        sf("Security Forces", "SFs", "security personnel"),
        ac("Levies", "state_force", 1, "Levies"),
    ],
    people=[pe("Abdul Ghaffar Kakar", ["Abdul Ghaffar Kakar"], ["Balochistan Home Secretary"])],
    places=[
        pl("Kanak", "area", BA, "Mastung"),
        pl("Mastung District", "district", BA, "Mastung"),
        pl("Balochistan", "province", BA, None),
    ],
    incidents=[],
    not_incidents=[
        "launched a search operation in Kanak area of Mastung District",
        "a curfew was imposed for several hours",
        "112 people, including 41 security personnel, had been killed in terrorist incidents in the province during the past three months",
    ])

# ---------------------------------------------------------------- BW-28 Mardan
G["28"] = dict(
    publisher="The News",
    actors=[police("Police")],
    people=[pe("Haji Sardar Ali", ["Haji Sardar Ali"], ["cloth merchant", "received extortion demands"])],
    places=[
        pl("Sheikh Maltoon Town", "area", KP, "Mardan"),
        pl("Mardan", "city", KP, "Mardan"),
    ],
    incidents=[
        inc("unidentified militants hurled a hand grenade at the house of a cloth merchant, Haji Sardar Ali",
            ERV, GREN, BOMB, UAG, "Civilians", KP, "Mardan", "Sheikh Maltoon Town", 1,
            "on the night of July 22", 0, {}, 1,
            "A grenade thrown at a trader's home after extortion demands; his son was injured. Extortion links it to "
            "organised crime, but the act is a militant grenade attack on a civilian home, coded as ACLED Grenade. "
            "The report begins in lower case, as some SATP entries do."),
    ])

# ---------------------------------------------------------------- BW-29 Upper Dir
G["29"] = dict(
    publisher="Dawn",
    actors=[
        sf("soldiers", "Security Forces", "SFs"),
        ac(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP"),
    ],
    people=[pe("Mufti Anwarullah Mansoor", ["Mufti Anwarullah Mansoor"], ["Tehreek e Taliban Pakistan (TTP) spokesman"])],
    places=[
        pl("Kunar", "province", None, None),
        pl("Afghanistan", "country", None, None),
        pl("Barawal", "area", KP, "Upper Dir"),
        pl("Upper Dir District", "district", KP, "Upper Dir"),
        pl("Dog Dara", "area", KP, "Upper Dir"),
    ],
    incidents=[
        inc("Dozens of militants who crossed over from Kunar province of Afghanistan attacked a border post in Barawal area",
            BAT, "Armed clash", AA, TTP, "Security Forces", KP, "Upper Dir", "Barawal", 1,
            "on June 14", 14, {"security_forces": 2, "militants": 12}, None,
            "The TTP claimed the attack, so it is actor1. Two soldiers killed. Officials say 'dozens of the "
            "attackers were killed': ACLED's rule reads 'dozens' as 12, so militants = 12 and killed = 14; the TTP "
            "denial of losses is noted but the official figure is the only count given."),
        inc("two mortar shells fired from across the border landed in fields in Dog Dara area",
            ERV, SHELL, BOMB, UAG, None, KP, "Upper Dir", "Dog Dara", 1,
            "Later", 0, {}, 0,
            "Cross-border mortar fire that hit fields; 'causing no casualties', so killed and injured = 0. Who fired "
            "is not said, so actor1 Unidentified; no target, so actor2 null."),
    ])

# ---------------------------------------------------------------- BW-30 Sibi / Bolan / Naseerabad
UBA = "United Baloch Army"
G["30"] = dict(
    publisher="Daily Times",
    actors=[
        ac(UBA, "armed_group", 2, "United Baloch Army", "UBA"),
        ac("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
    ],
    people=[pe("Ghulam Qadir Jamali", ["Ghulam Qadir Jamali"], ["government school teacher", "abducted"])],
    places=[
        pl("Quetta", "city", BA, "Quetta"),
        pl("Sibi", "town", BA, "Sibi"),
        pl("Mach", "town", BA, "Kachhi"),
        pl("Bolan District", "district", BA, "Kachhi"),
        pl("Dera Murad Jamali", "town", BA, "Naseerabad"),
        pl("Naseerabad District", "district", BA, "Naseerabad"),
    ],
    incidents=[
        inc("a bomb planted on the railway track went off as the Quetta bound Jaffar Express passed near Sibi",
            ERV, IED, BOMB, UBA, "Civilians", BA, "Sibi", "Sibi", 2,
            "on the morning of December 1", 3, {"civilians": 3}, 7,
            "Two passengers died on the spot and one injured passenger (a woman) later succumbed, so killed = 3, all "
            "passengers (civilians), and injured = 8 - 1 = 7 (counted once, as killed). The UBA claimed it. 'Near' "
            "Sibi, hence precision 2."),
        inc("Frontier Corps (FC) personnel recovered an improvised explosive device (IED) weighing 10 kilogrammes planted on the track near Mach",
            SD, "Disrupted weapons use", BOMB, "Frontier Corps", UAG, BA, "Kachhi", "Mach", 2,
            None, 0, {}, None,
            "A recovered and defused IED is Disrupted weapons use. The UBA claim covers the train blast only, so "
            "actor2 is Unidentified. 'Bolan District' is the old name of Kachhi District (general knowledge), so "
            "admin2 is Kachhi. 'Near' Mach, hence precision 2. No date."),
        inc("unidentified gunmen abducted a government school teacher, Ghulam Qadir Jamali, from his home",
            VAC, "Abduction/forced disappearance", KID, UAG, "Civilians", BA, "Naseerabad", "Dera Murad Jamali", 1,
            None, 0, {}, None,
            "An abduction of a teacher from his home, with no outcome reported. No date is given."),
    ])


def main():
    for n, t in TEXTS.items():
        g = G[n]
        name = f"BW-{n}"
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(t)
        out = {
            "article": name + ".txt",
            "about": "Hand-coded from the text alone.",
            "publisher": g["publisher"],
            "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                         "near_duplicate_sentences": [], "flag_as_damaged": []},
            "actors": g["actors"],
            "people": g["people"],
            "places": g["places"],
            "quotes": [],
            "incidents": g["incidents"],
            "not_incidents": g.get("not_incidents", []),
            "relations": g.get("relations", []),
            "actor_profiles": {},
        }
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(TEXTS)} reports")


if __name__ == "__main__":
    main()
