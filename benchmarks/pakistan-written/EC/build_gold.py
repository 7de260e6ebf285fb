#!/usr/bin/env python3
"""Writes EC-01..EC-30 (.txt and .gold.json) from the hand-written texts and hand-coded values below.

Every value here was chosen by hand from the text beside it; this file only saves typing and
keeps the key order identical to the dev gold files. Re-running it overwrites the set.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PJ, ICT, KP, BA = "Punjab", "Islamabad Capital Territory", "Khyber Pakhtunkhwa", "Balochistan"
UAG, CIV = "Unidentified Armed Group", "Civilians"
VAC, EXP, BAT, SD, PRO = ("Violence against civilians", "Explosions/Remote violence", "Battles",
                          "Strategic developments", "Protests")


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}


def ARREST(what, a2, admin2, loc, prec, date, note, a1="Counter Terrorism Department"):
    return I(what, SD, "Arrests", None, a1, a2, PJ, admin2, loc, prec, date, 0, {}, None, note)


def CTD(*mentions):
    return A("Counter Terrorism Department", "state_force", 1, list(mentions))


def TTP(*mentions):
    return A("Tehreek-e-Taliban Pakistan", "armed_group", 2, list(mentions))


def LEJ(*mentions):
    return A("Lashkar-e-Jhangvi", "armed_group", 2, list(mentions))


def ISKP(*mentions):
    return A("Islamic State-Khorasan Province", "armed_group", 2, list(mentions))


def JEM(*mentions):
    return A("Jaish-e-Mohammad", "armed_group", 2, list(mentions))


def POLICE(*mentions):
    return A("Police", "state_force", 1, list(mentions))


def BDS(*mentions):
    return A("Bomb Disposal Squad", "state_force", 1, list(mentions))


def BMP(*mentions):
    return A("Border Military Police", "state_force", 1, list(mentions))


DOCS = []


def doc(n, publisher, text, actors, people, places, incidents, quotes=(), not_incidents=(), relations=()):
    DOCS.append((n, text, {
        "article": "EC-%02d.txt" % n,
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": actors,
        "people": people,
        "places": places,
        "quotes": list(quotes),
        "incidents": incidents,
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": {},
    }))


# ---------------------------------------------------------------- EC-01
doc(1, "Dawn",
    "The Counter Terrorism Department (CTD) of Punjab arrested five suspected terrorists of the proscribed "
    "Tehreek-e-Taliban Pakistan (TTP) during intelligence-based operations (IBOs) in four districts of the "
    "province on May 12, reports Dawn. A CTD spokesman said that two suspects, identified as Abdul Wahab and "
    "Qari Sanaullah, were arrested from Shahdara area of Lahore, while Imran alias Chhotu was held near "
    "Eminabad in Gujranwala District. Another suspect, Zahoor Ahmed, was arrested from Shujabad tehsil of "
    "Multan District and the fifth, Gul Nawaz, from Choti Zerin area of Dera Ghazi Khan District. According "
    "to the spokesman, 3.5 kilogrammes of explosives, 11 detonators, 20 feet of prima cord, two pistols and "
    "banned literature were recovered from their possession. He claimed that the suspects were planning to "
    "target sensitive installations in Lahore and Multan. Cases have been registered against them under the "
    "Anti-Terrorism Act (ATA) at CTD police stations and further investigation is underway.",
    [CTD("Counter Terrorism Department", "CTD"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Abdul Wahab", ["Abdul Wahab"], ["suspected TTP terrorist", "arrested from Shahdara, Lahore"]),
     H("Qari Sanaullah", ["Qari Sanaullah"], ["suspected TTP terrorist", "arrested from Shahdara, Lahore"]),
     H("Imran", ["Imran alias Chhotu"], ["suspected TTP terrorist", "held near Eminabad"]),
     H("Zahoor Ahmed", ["Zahoor Ahmed"], ["suspected TTP terrorist", "arrested from Shujabad tehsil"]),
     H("Gul Nawaz", ["Gul Nawaz"], ["suspected TTP terrorist", "arrested from Choti Zerin"])],
    [P("Punjab", "province", PJ, None),
     P("Shahdara", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore"),
     P("Eminabad", "town", PJ, "Gujranwala"),
     P("Gujranwala District", "district", PJ, "Gujranwala"),
     P("Shujabad", "area", PJ, "Multan"),
     P("Multan District", "district", PJ, "Multan"),
     P("Multan", "city", PJ, "Multan"),
     P("Choti Zerin", "area", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan")],
    [ARREST("were arrested from Shahdara area of Lahore", "Tehreek-e-Taliban Pakistan", "Lahore", "Shahdara", 1,
            "on May 12",
            "Two of the five TTP suspects (Abdul Wahab, Qari Sanaullah). The CTD's list names a different place "
            "in each of four districts, so each district's arrests are one Arrests record. The explosives and "
            "detonators are listed for all five together and are part of the arrests, not a separate Disrupted "
            "weapons use record."),
     ARREST("Imran alias Chhotu was held near Eminabad in Gujranwala District", "Tehreek-e-Taliban Pakistan",
            "Gujranwala", "Eminabad", 2, "on May 12", "'Near' Eminabad, hence precision 2."),
     ARREST("Zahoor Ahmed, was arrested from Shujabad tehsil of Multan District", "Tehreek-e-Taliban Pakistan",
            "Multan", "Shujabad", 2, "on May 12", "Only the tehsil is given, hence precision 2."),
     ARREST("Gul Nawaz, from Choti Zerin area of Dera Ghazi Khan District", "Tehreek-e-Taliban Pakistan",
            "Dera Ghazi Khan", "Choti Zerin", 1, "on May 12",
            "The verb is carried over from the previous clause ('was arrested')."),
     ],
    not_incidents=["the suspects were planning to target sensitive installations in Lahore and Multan"])

# ---------------------------------------------------------------- EC-02
doc(2, "The Express Tribune",
    "At least four persons, including three policemen, were killed and 12 others injured when an improvised "
    "explosive device (IED) planted in a parked motorcycle went off near a police van on Ferozepur Road in "
    "Ichhra area of Lahore, the provincial capital of Punjab, on the evening of February 6, reports The Express "
    "Tribune. The fourth victim was identified as Muhammad Rafiq, a fruit vendor whose cart stood near the "
    "Ichhra bus stop. Deputy Inspector General (DIG) Operations Naveed Akhtar Chaudhry told reporters that the "
    "policemen had just finished their shift at a nearby checkpoint. \"The device weighed around four to five "
    "kilogrammes and was detonated through a remote control,\" he said. Jamaat-ul-Ahrar (JuA), a breakaway "
    "faction of the TTP, claimed responsibility for the blast in an e-mail sent to media by its spokesman Asad "
    "Mansoor. The Punjab Chief Minister condemned the attack and sought a report from the Inspector General of "
    "Police. Police cordoned off the area, and the Bomb Disposal Squad collected evidence from the site.",
    [A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat-ul-Ahrar", "JuA"]),
     TTP("TTP"),
     POLICE("Police", "policemen", "police"),
     BDS("Bomb Disposal Squad")],
    [H("Muhammad Rafiq", ["Muhammad Rafiq"], ["fruit vendor", "killed in the blast"]),
     H("Naveed Akhtar Chaudhry", ["Naveed Akhtar Chaudhry"], ["Deputy Inspector General (DIG) Operations"]),
     H("Asad Mansoor", ["Asad Mansoor"], ["spokesman of Jamaat-ul-Ahrar"])],
    [P("Ferozepur Road", "area", PJ, "Lahore"),
     P("Ichhra", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore"),
     P("Punjab", "province", PJ, None)],
    [I("an improvised explosive device (IED) planted in a parked motorcycle went off near a police van",
       EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", PJ, "Lahore",
       "Ichhra", 1, "on the evening of February 6", 4, {"security_forces": 3, "civilians": 1}, 12,
       "A remote-controlled IED in a parked motorcycle hit a police van. 'At least four persons, including "
       "three policemen' = 4; the fourth is a fruit vendor (a civilian role). JuA claimed the blast, so it is "
       "actor1; the police van was the target, so actor2 is Police. The Chief Minister's condemnation is not "
       "an incident.")],
    quotes=[{"speaker": "Naveed Akhtar Chaudhry", "starts": "The device weighed around four to five"}],
    not_incidents=["The Punjab Chief Minister condemned the attack"],
    relations=[{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "splinter",
                "evidence": "a breakaway faction of the TTP"}])

# ---------------------------------------------------------------- EC-03
doc(3, "Dawn",
    "Seven people, including two policemen, were killed and 23 others injured when a suicide bomber blew "
    "himself up at the entrance of an imambargah in Dhok Syedan area of Rawalpindi during a Muharram majlis on "
    "the night of September 3, reports Dawn. City Police Officer (CPO) Sajid Mehmood Khokhar said the two "
    "constables posted at the walk-through gate stopped the bomber for a body search, upon which he detonated "
    "the explosives strapped to his body. \"Had the constables not stopped him at the gate, the toll would "
    "have been much higher,\" the CPO said. Police said the toll did not include the bomber, whose head was "
    "recovered from the site for forensic examination. The Islamic State-Khorasan Province (IS-KP) claimed "
    "the attack through a statement on its Amaq news agency. Rescue 1122 shifted the injured to Holy Family "
    "Hospital and Benazir Bhutto Hospital, where five of them were stated to be in critical condition. "
    "Security was tightened at other imambargahs across the garrison city.",
    [ISKP("Islamic State-Khorasan Province", "IS-KP"),
     POLICE("Police", "policemen", "constables")],
    [H("Sajid Mehmood Khokhar", ["Sajid Mehmood Khokhar"], ["City Police Officer (CPO) Rawalpindi"])],
    [P("Dhok Syedan", "area", PJ, "Rawalpindi"),
     P("Rawalpindi", "city", PJ, "Rawalpindi")],
    [I("a suicide bomber blew himself up at the entrance of an imambargah", EXP, "Suicide bomb",
       "Bombing/Explosion", "Islamic State-Khorasan Province", CIV, PJ, "Rawalpindi", "Dhok Syedan", 1,
       "on the night of September 3", 7, {"security_forces": 2}, 23,
       "Suicide attack on a Muharram majlis at an imambargah; the two constables at the gate stopped the "
       "bomber. The worshippers were the target, so actor2 is Civilians. 'Seven people, including two "
       "policemen': 2 to security forces, the other five are 'people' with no side. The text says the toll "
       "excludes the bomber, so killed = 7. Five critically injured are not counted as dead. IS-KP claimed it.")])

# ---------------------------------------------------------------- EC-04
doc(4, "The News",
    "Two personnel of the Border Military Police (BMP) were killed and three others injured when terrorists "
    "attacked a BMP check post at Zain area in the tribal area of Dera Ghazi Khan District, along the "
    "Punjab-Balochistan boundary, late on the night of April 17, 2023, reports The News. According to a "
    "spokesman of Dera Ghazi Khan police, around a dozen terrorists armed with heavy weapons opened fire on the "
    "post from the surrounding hills. The BMP personnel returned fire and the exchange continued for nearly two "
    "hours. Three terrorists were killed in the retaliatory fire, and their accomplices fled towards the "
    "mountains leaving the bodies behind. The slain BMP men were identified as Naik Ghulam Farid and Sepoy "
    "Allah Ditta. The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a statement. "
    "Additional contingents of Punjab Police and the Counter Terrorism Department (CTD) were sent to the area, "
    "where a search operation was launched.",
    [BMP("Border Military Police", "BMP"),
     TTP("Tehreek-e-Taliban Pakistan", "TTP"),
     POLICE("police", "Punjab Police"),
     CTD("Counter Terrorism Department", "CTD")],
    [H("Ghulam Farid", ["Naik Ghulam Farid"], ["Naik of the Border Military Police", "killed"]),
     H("Allah Ditta", ["Sepoy Allah Ditta"], ["Sepoy of the Border Military Police", "killed"])],
    [P("Zain", "area", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan"),
     P("Punjab", "province", PJ, None),
     P("Balochistan", "province", BA, None)],
    [I("terrorists attacked a BMP check post at Zain area", BAT, "Armed clash", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Border Military Police", PJ, "Dera Ghazi Khan", "Zain", 1,
       "late on the night of April 17, 2023", 5, {"security_forces": 2, "militants": 3}, 3,
       "Attack on a BMP check post with a two-hour exchange of fire: Battles/Armed clash. TTP claimed it. "
       "Two BMP men and three attackers were killed; three (BMP) injured. 'Around a dozen terrorists' is the "
       "attacking force, not a casualty count. The search operation reports no outcome and is not coded.")])

# ---------------------------------------------------------------- EC-05
doc(5, "Daily Times",
    "A lady health worker associated with the anti-polio campaign was shot dead by unidentified motorcyclists "
    "in Bhara Kahu area of Islamabad on December 18, reports Daily Times. Police said that Shabana Bibi (32) "
    "was administering polio drops to children in a street near the main bazaar when two men on a motorcycle "
    "opened fire at her and fled. She died on the way to the Pakistan Institute of Medical Sciences (PIMS). Her "
    "colleague, Rubina Kausar, escaped unhurt. Separately, a constable deployed for the security of a polio "
    "team was injured when armed men fired at him in Basti Lund near Jampur in Rajanpur District of Punjab on "
    "the same day. The constable, Muhammad Akram, was shifted to the District Headquarters Hospital in "
    "Rajanpur. No group claimed responsibility for either attack. The National Emergency Operations Centre "
    "(NEOC) for polio eradication condemned the attacks and said the campaign would continue in both districts.",
    [POLICE("Police", "constable")],
    [H("Shabana Bibi", ["Shabana Bibi"], ["lady health worker in the anti-polio campaign", "shot dead"]),
     H("Rubina Kausar", ["Rubina Kausar"], ["colleague of Shabana Bibi", "escaped unhurt"]),
     H("Muhammad Akram", ["Muhammad Akram"], ["constable guarding a polio team", "injured"])],
    [P("Bhara Kahu", "area", ICT, "Islamabad"),
     P("Islamabad", "city", ICT, "Islamabad"),
     P("Basti Lund", "town", PJ, "Rajanpur"),
     P("Jampur", "town", PJ, "Rajanpur"),
     P("Rajanpur District", "district", PJ, "Rajanpur"),
     P("Rajanpur", "city", PJ, "Rajanpur"),
     P("Punjab", "province", PJ, None)],
    [I("A lady health worker associated with the anti-polio campaign was shot dead by unidentified motorcyclists",
       VAC, "Attack", "Armed Assault", UAG, CIV, ICT, "Islamabad", "Bhara Kahu", 1, "on December 18", 1,
       {"civilians": 1}, 0,
       "A polio vaccinator (a civilian role) was shot dead; her colleague 'escaped unhurt', so injured = 0. "
       "Islamabad coded as admin1 Islamabad Capital Territory, admin2 Islamabad."),
     I("a constable deployed for the security of a polio team was injured when armed men fired at him",
       BAT, "Armed clash", "Armed Assault", UAG, "Police", PJ, "Rajanpur", "Basti Lund", 1, "on the same day",
       0, {}, 1,
       "A separate attack the same day (December 18) in another province. The gunmen fired at the police "
       "guard himself, so by the rule for attacks on police it is Battles/Armed clash even though one-sided. "
       "No group claimed either attack.")],
    not_incidents=["The National Emergency Operations Centre (NEOC) for polio eradication condemned the attacks"])

# ---------------------------------------------------------------- EC-06
doc(6, "The News",
    "Three suspected terrorists of the banned Tehreek-e-Taliban Pakistan (TTP), who were in the custody of the "
    "Counter Terrorism Department (CTD), were killed in cross-fire by their own accomplices in Multan District "
    "in the early hours of January 9, reports The News. According to a CTD spokesman, the suspects, identified "
    "as Abdul Qayyum alias Mullah, Rehmatullah and Sher Dil, had been arrested on January 4 and were being "
    "taken for the recovery of explosives they had hidden near Shujabad. When the CTD vehicle reached Kotla "
    "Chakar village, six to seven armed men riding motorcycles opened fire on the team in an attempt to free "
    "the suspects. The CTD personnel took position and returned fire. When the firing stopped, the three "
    "suspects were found dead, having been hit by the firing of their own accomplices, the spokesman claimed. "
    "A CTD constable, Muhammad Shafique, was injured. The attackers escaped under the cover of darkness. The "
    "spokesman said the slain suspects had been involved in an attack on a police post in Dera Ghazi Khan "
    "last year.",
    [TTP("Tehreek-e-Taliban Pakistan", "TTP"), CTD("Counter Terrorism Department", "CTD")],
    [H("Abdul Qayyum", ["Abdul Qayyum alias Mullah"], ["suspected TTP terrorist in CTD custody", "killed"]),
     H("Rehmatullah", ["Rehmatullah"], ["suspected TTP terrorist in CTD custody", "killed"]),
     H("Sher Dil", ["Sher Dil"], ["suspected TTP terrorist in CTD custody", "killed"]),
     H("Muhammad Shafique", ["Muhammad Shafique"], ["CTD constable", "injured"])],
    [P("Multan District", "district", PJ, "Multan"),
     P("Shujabad", "area", PJ, "Multan"),
     P("Kotla Chakar", "town", PJ, "Multan"),
     P("Dera Ghazi Khan", "city", PJ, "Dera Ghazi Khan")],
    [I("six to seven armed men riding motorcycles opened fire on the team in an attempt to free the suspects",
       BAT, "Armed clash", "Armed Assault", UAG, "Counter Terrorism Department", PJ, "Multan", "Kotla Chakar", 1,
       "in the early hours of January 9", 3, {"militants": 3}, 1,
       "The CTD's account: armed men attacked a CTD vehicle carrying three TTP suspects and the three were "
       "killed 'in cross-fire by their own accomplices'. Coded as told: an attack on a state force, so Battles/"
       "Armed clash, started by the attackers, so GTD Armed Assault. The attackers are only 'accomplices' and "
       "no group claimed the attack, so actor1 is Unidentified Armed Group although the dead were TTP. The "
       "dead are suspected terrorists, so militants = 3; one CTD constable injured. The suspects' arrest on "
       "January 4 is tied to this event and not a separate record. Kotla Chakar is placed in Multan District "
       "from the first sentence.")],
    not_incidents=["had been arrested on January 4",
                   "an attack on a police post in Dera Ghazi Khan last year"])

# ---------------------------------------------------------------- EC-07
doc(7, "Dawn",
    "An anti-terrorism court (ATC) in Lahore on Tuesday sentenced two members of the banned Lashkar-e-Jhangvi "
    "(LeJ) to death on two counts each for the murder of a prayer leader and his son in the provincial capital "
    "five years ago, reports Dawn. The convicts, Muhammad Shahzad alias Tipu and Naeem Akhtar alias Bhola, were "
    "also fined Rs 200,000 each. A third accused, Kashif Mehmood, was acquitted for lack of evidence. "
    "Meanwhile, the CTD arrested an alleged operative of the Islamic State-Khorasan Province (IS-KP) from "
    "Bhalwal tehsil of Sargodha District on Wednesday. Two hand grenades, a pistol and a laptop containing "
    "extremist material were recovered from the suspect, identified as Usman Ghani. A CTD official said Ghani "
    "had been in contact with handlers in Afghanistan and was recruiting youths for the group. He was shifted "
    "to an undisclosed location for interrogation.",
    [LEJ("Lashkar-e-Jhangvi", "LeJ"), ISKP("Islamic State-Khorasan Province", "IS-KP"), CTD("CTD")],
    [H("Muhammad Shahzad", ["Muhammad Shahzad alias Tipu"], ["LeJ member", "sentenced to death"]),
     H("Naeem Akhtar", ["Naeem Akhtar alias Bhola"], ["LeJ member", "sentenced to death"]),
     H("Kashif Mehmood", ["Kashif Mehmood"], ["accused", "acquitted"]),
     H("Usman Ghani", ["Usman Ghani", "Ghani"], ["alleged IS-KP operative", "arrested in Bhalwal tehsil"])],
    [P("Lahore", "city", PJ, "Lahore"),
     P("Bhalwal", "area", PJ, "Sargodha"),
     P("Sargodha District", "district", PJ, "Sargodha"),
     P("Afghanistan", "country", None, None)],
    [ARREST("the CTD arrested an alleged operative of the Islamic State-Khorasan Province (IS-KP) from Bhalwal tehsil "
            "of Sargodha District", "Islamic State-Khorasan Province", "Sargodha", "Bhalwal", 2, "on Wednesday",
            "An arrest with grenades and a pistol seized; only the tehsil is given, hence precision 2. The "
            "seizure is part of the arrest. The ATC death sentences and the acquittal are court outcomes, not "
            "incidents; the murder 'five years ago' has no date and is background.")],
    not_incidents=["sentenced two members of the banned Lashkar-e-Jhangvi (LeJ) to death",
                   "A third accused, Kashif Mehmood, was acquitted for lack of evidence",
                   "the murder of a prayer leader and his son in the provincial capital five years ago"])

# ---------------------------------------------------------------- EC-08
doc(8, "Dawn",
    "Nine people, including an additional sessions judge, three lawyers and a policeman, were killed and 31 "
    "others injured when gunmen stormed the district courts complex in F-8 Markaz of Islamabad on Monday "
    "morning, reports Dawn. Witnesses said at least three attackers entered the Kachehri from its rear side, "
    "opened indiscriminate fire and hurled hand grenades at the chambers of lawyers. Additional Sessions Judge "
    "Tanveer Ahmed Minhas was hit by several bullets in his courtroom. Two of the attackers later blew "
    "themselves up in the corridor outside his court, while the third managed to escape. Police personnel "
    "deployed at the complex exchanged fire with the attackers. Islamabad Inspector General of Police (IGP) "
    "Sikandar Hayat Gondal told reporters that the toll did not include the two bombers. \"The attackers came "
    "prepared to kill as many people as possible,\" he said. A little-known group calling itself "
    "Ahrar-ul-Hind claimed responsibility for the attack, while a spokesman of the Tehreek-e-Taliban Pakistan "
    "(TTP), which is engaged in peace talks with the government, denied any involvement.",
    [A("Ahrar-ul-Hind", "armed_group", 2, ["Ahrar-ul-Hind"]),
     TTP("Tehreek-e-Taliban Pakistan", "TTP"),
     POLICE("Police", "policeman")],
    [H("Tanveer Ahmed Minhas", ["Tanveer Ahmed Minhas"], ["Additional Sessions Judge", "killed"]),
     H("Sikandar Hayat Gondal", ["Sikandar Hayat Gondal"], ["Islamabad Inspector General of Police (IGP)"])],
    [P("F-8 Markaz", "area", ICT, "Islamabad"),
     P("Islamabad", "city", ICT, "Islamabad")],
    [I("gunmen stormed the district courts complex in F-8 Markaz of Islamabad", EXP, "Suicide bomb",
       "Bombing/Explosion", "Ahrar-ul-Hind", CIV, ICT, "Islamabad", "F-8 Markaz", 1, "on Monday morning", 9,
       {"civilians": 4, "security_forces": 1}, 31,
       "One continuous complex attack: gunfire, hand grenades, then two attackers blew themselves up. Coded "
       "once, as Suicide bomb (the gravest means), with GTD Bombing/Explosion (GTD ranks bombing above armed "
       "assault); not split into a separate Armed clash for the police return fire. The judge and three lawyers "
       "are civilian roles (4), the policeman is security forces (1); the other four have no side. The IGP "
       "says the toll excludes the two bombers, so killed = 9. The judge is not said to be the target, so not "
       "Assassination. Ahrar-ul-Hind claimed it and is actor1; the TTP's denial is an attribution statement, "
       "not an incident.")],
    quotes=[{"speaker": "Sikandar Hayat Gondal", "starts": "The attackers came prepared to kill"}],
    not_incidents=["a spokesman of the Tehreek-e-Taliban Pakistan (TTP), which is engaged in peace talks with the "
                   "government, denied any involvement"])

# ---------------------------------------------------------------- EC-09
doc(9, "The Express Tribune",
    "The Counter Terrorism Department (CTD) Punjab arrested six suspected terrorists belonging to three "
    "proscribed organisations in separate intelligence-based operations across the province during the last "
    "24 hours, a spokesman said on Saturday, reports The Express Tribune. Two operatives of the Islamic "
    "State-Khorasan Province (IS-KP), Abdul Basit and Hamza Saeed, were held from Dhok Hassu in Rawalpindi and "
    "from Hazro in Attock District respectively. A suicide jacket and two kilogrammes of explosives were "
    "recovered from Basit. Lashkar-e-Jhangvi (LeJ) activist Shahid Mehmood was arrested in Dina, Jhelum "
    "District, and another LeJ suspect, Ghulam Sarwar, in Satellite Town area of Sargodha. The CTD also "
    "arrested two men linked to Jaish-e-Mohammad (JeM): Muhammad Naeem from Ahmadpur East tehsil of Bahawalpur "
    "District and Faisal Rauf from Khanpur in Rahim Yar Khan District. The spokesman said 14 detonators, 30 "
    "feet of safety fuse, three hand grenades, weapons and cash were also seized. The suspects were planning "
    "attacks on places of worship and law enforcement offices, he claimed. During the week, the department "
    "carried out 87 IBOs in which 312 suspects were questioned.",
    [CTD("Counter Terrorism Department", "CTD"),
     ISKP("Islamic State-Khorasan Province", "IS-KP"),
     LEJ("Lashkar-e-Jhangvi", "LeJ"),
     JEM("Jaish-e-Mohammad", "JeM")],
    [H("Abdul Basit", ["Abdul Basit", "Basit"], ["IS-KP operative", "held from Dhok Hassu, Rawalpindi"]),
     H("Hamza Saeed", ["Hamza Saeed"], ["IS-KP operative", "held from Hazro"]),
     H("Shahid Mehmood", ["Shahid Mehmood"], ["LeJ activist", "arrested in Dina"]),
     H("Ghulam Sarwar", ["Ghulam Sarwar"], ["LeJ suspect", "arrested in Satellite Town, Sargodha"]),
     H("Muhammad Naeem", ["Muhammad Naeem"], ["linked to JeM", "arrested in Ahmadpur East tehsil"]),
     H("Faisal Rauf", ["Faisal Rauf"], ["linked to JeM", "arrested in Khanpur"])],
    [P("Punjab", "province", PJ, None),
     P("Dhok Hassu", "area", PJ, "Rawalpindi"),
     P("Rawalpindi", "city", PJ, "Rawalpindi"),
     P("Hazro", "town", PJ, "Attock"),
     P("Attock District", "district", PJ, "Attock"),
     P("Dina", "town", PJ, "Jhelum"),
     P("Jhelum District", "district", PJ, "Jhelum"),
     P("Satellite Town", "area", PJ, "Sargodha"),
     P("Sargodha", "city", PJ, "Sargodha"),
     P("Ahmadpur East", "area", PJ, "Bahawalpur"),
     P("Bahawalpur District", "district", PJ, "Bahawalpur"),
     P("Khanpur", "town", PJ, "Rahim Yar Khan"),
     P("Rahim Yar Khan District", "district", PJ, "Rahim Yar Khan")],
    [ARREST("Abdul Basit and Hamza Saeed, were held from Dhok Hassu in Rawalpindi", "Islamic State-Khorasan Province",
            "Rawalpindi", "Dhok Hassu", 1, "during the last 24 hours",
            "Abdul Basit's arrest ('respectively' pairs him with Dhok Hassu). The suicide jacket and explosives "
            "seized from him are part of the arrest. The date is only 'the last 24 hours' before Saturday's "
            "statement."),
     ARREST("from Hazro in Attock District respectively", "Islamic State-Khorasan Province", "Attock", "Hazro", 1,
            "during the last 24 hours", "Hamza Saeed's arrest, paired with Hazro by 'respectively'."),
     ARREST("Lashkar-e-Jhangvi (LeJ) activist Shahid Mehmood was arrested in Dina, Jhelum District",
            "Lashkar-e-Jhangvi", "Jhelum", "Dina", 1, "during the last 24 hours", "One arrest in Dina."),
     ARREST("another LeJ suspect, Ghulam Sarwar, in Satellite Town area of Sargodha", "Lashkar-e-Jhangvi",
            "Sargodha", "Satellite Town", 1, "during the last 24 hours", "One arrest in Sargodha city."),
     ARREST("Muhammad Naeem from Ahmadpur East tehsil of Bahawalpur District", "Jaish-e-Mohammad", "Bahawalpur",
            "Ahmadpur East", 2, "during the last 24 hours", "Tehsil only, hence precision 2."),
     ARREST("Faisal Rauf from Khanpur in Rahim Yar Khan District", "Jaish-e-Mohammad", "Rahim Yar Khan", "Khanpur",
            1, "during the last 24 hours",
            "One arrest in Khanpur. The week's '87 IBOs' and '312 suspects questioned' are aggregate figures "
            "without places or outcomes and are not coded.")],
    not_incidents=["During the week, the department carried out 87 IBOs in which 312 suspects were questioned",
                   "The suspects were planning attacks on places of worship and law enforcement offices"])

# ---------------------------------------------------------------- EC-10
doc(10, "Dawn",
    "The Counter Terrorism Department (CTD) foiled a plan to attack a church in Youhanabad area of Lahore by "
    "arresting a would-be suicide bomber and his handler on December 21, reports Dawn. A CTD official said "
    "that acting on a tip-off, a team intercepted a motorcycle near Gajju Matta on Ferozepur Road and took two "
    "men into custody. A suicide jacket packed with eight kilogrammes of explosives and ball bearings, two "
    "hand grenades and a pistol were recovered from them. The official said the would-be bomber, 19-year-old "
    "Saifullah, a resident of Bajaur District of Khyber Pakhtunkhwa, and his handler, Abdul Rauf alias Ustad, "
    "belonged to the Islamic State-Khorasan Province (IS-KP). \"The bomber was to strike during the Christmas "
    "service,\" he claimed. The suspects were shifted to an undisclosed location for interrogation, and "
    "security around churches across Punjab was tightened.",
    [CTD("Counter Terrorism Department", "CTD"), ISKP("Islamic State-Khorasan Province", "IS-KP")],
    [H("Saifullah", ["Saifullah"], ["would-be suicide bomber", "resident of Bajaur District", "arrested"]),
     H("Abdul Rauf", ["Abdul Rauf alias Ustad"], ["handler of the would-be bomber", "arrested"])],
    [P("Youhanabad", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore"),
     P("Gajju Matta", "area", PJ, "Lahore"),
     P("Ferozepur Road", "area", PJ, "Lahore"),
     P("Bajaur District", "district", KP, "Bajaur"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Punjab", "province", PJ, None)],
    [I("foiled a plan to attack a church in Youhanabad area of Lahore by arresting a would-be suicide bomber and "
       "his handler", SD, "Disrupted weapons use", "Bombing/Explosion", "Counter Terrorism Department",
       "Islamic State-Khorasan Province", PJ, "Lahore", "Gajju Matta", 2, "on December 21", 0, {}, None,
       "A foiled suicide attack: the bomber was intercepted carrying a suicide jacket on his way, so this is "
       "Disrupted weapons use (GTD Bombing/Explosion, as for defused devices) rather than Arrests; the two "
       "arrests are part of it. Located where the interception happened, 'near' Gajju Matta (precision 2), "
       "not at the intended target in Youhanabad. Bajaur is only the bomber's home.")],
    quotes=[{"speaker": "unnamed CTD official", "starts": "The bomber was to strike during the Christmas"}])

# ---------------------------------------------------------------- EC-11
doc(11, "The News",
    "Four passengers were killed and nine others injured when a roadside bomb went off near a passenger van in "
    "Taunsa tehsil (revenue unit) of Dera Ghazi Khan District on October 26, reports The News. Police said the "
    "van was on its way from Vehova to Taunsa Sharif when the device, planted under a culvert near Basti "
    "Jhangwala, exploded at around 7:30 am. The van was completely destroyed. Among the dead were a "
    "schoolteacher, Ghulam Qadir, and two women. District Police Officer (DPO) Mian Arif Javed said the bomb "
    "appeared to have been detonated by remote control. Hours later, a Bomb Disposal Squad (BDS) team defused "
    "another device, weighing about six kilogrammes, that had been planted a few hundred metres away on the "
    "same road. No group claimed responsibility for the attack.",
    [POLICE("Police"), BDS("Bomb Disposal Squad", "BDS")],
    [H("Ghulam Qadir", ["Ghulam Qadir"], ["schoolteacher", "killed in the blast"]),
     H("Mian Arif Javed", ["Mian Arif Javed"], ["District Police Officer (DPO)"])],
    [P("Taunsa", "area", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan"),
     P("Vehova", "town", PJ, "Dera Ghazi Khan"),
     P("Taunsa Sharif", "town", PJ, "Dera Ghazi Khan"),
     P("Basti Jhangwala", "town", PJ, "Dera Ghazi Khan")],
    [I("a roadside bomb went off near a passenger van", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
       UAG, CIV, PJ, "Dera Ghazi Khan", "Basti Jhangwala", 2, "on October 26", 4, {"civilians": 4}, 9,
       "A remote-controlled roadside bomb under a culvert 'near' Basti Jhangwala (precision 2). All four dead "
       "are 'passengers', a civilian role. Unclaimed. Taunsa was a tehsil of Dera Ghazi Khan District when "
       "the text was written; admin2 follows the text."),
     I("a Bomb Disposal Squad (BDS) team defused another device", SD, "Disrupted weapons use", "Bombing/Explosion",
       "Bomb Disposal Squad", UAG, PJ, "Dera Ghazi Khan", "Basti Jhangwala", 2, "Hours later", 0, {}, None,
       "A second device a few hundred metres away on the same road was defused: Disrupted weapons use, as "
       "dev practice codes defused bombs.")])

# ---------------------------------------------------------------- EC-12
doc(12, "The Express Tribune",
    "Two policemen were martyred when armed motorcyclists opened fire at a police picket in Westridge area of "
    "Rawalpindi on the night of March 2, reports The Express Tribune. Police said constables Asad Mehmood and "
    "Waqar Ali were checking vehicles at the picket near Misrial Road when two men on a motorcycle fired at "
    "them with pistols and sped away towards Pirwadhai. Both constables died on the spot. The "
    "Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack. In a statement, TTP spokesman "
    "Qasim Orakzai said, \"Our fighters will continue to target the police who raid the homes of our "
    "mujahideen.\" The Regional Police Officer (RPO) ordered the immediate arrest of the killers, and police "
    "teams detained 11 suspects for questioning in raids in Pirwadhai and Dhok Kala Khan.",
    [POLICE("Police", "policemen", "police"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Asad Mehmood", ["Asad Mehmood"], ["constable", "killed"]),
     H("Waqar Ali", ["Waqar Ali"], ["constable", "killed"]),
     H("Qasim Orakzai", ["Qasim Orakzai"], ["TTP spokesman"])],
    [P("Westridge", "area", PJ, "Rawalpindi"),
     P("Rawalpindi", "city", PJ, "Rawalpindi"),
     P("Misrial Road", "area", PJ, "Rawalpindi"),
     P("Pirwadhai", "area", PJ, "Rawalpindi"),
     P("Dhok Kala Khan", "area", PJ, "Rawalpindi")],
    [I("armed motorcyclists opened fire at a police picket in Westridge area of Rawalpindi", BAT, "Armed clash",
       "Armed Assault", "Tehreek-e-Taliban Pakistan", "Police", PJ, "Rawalpindi", "Westridge", 1,
       "on the night of March 2", 2, {"security_forces": 2}, None,
       "A one-sided shooting of two constables at a picket; by the rule for attacks on police it is Battles/"
       "Armed clash. TTP claimed it. The detention of 11 suspects for questioning is the police response to "
       "this attack, so it is not a separate Arrests record.")],
    quotes=[{"speaker": "Qasim Orakzai", "starts": "Our fighters will continue to target the police"}])

# ---------------------------------------------------------------- EC-13
doc(13, "Dawn",
    "An anti-terrorism court (ATC) in Rawalpindi on Thursday handed down death sentences to three members of "
    "the banned Tehreek-e-Taliban Pakistan (TTP) for planning a suicide attack on a Rawalpindi market, reports "
    "Dawn. ATC Judge Khalid Mehmood Ranjha announced the verdict at Adiala Jail, where the trial was held for "
    "security reasons. The convicts, Noor Muhammad, Fazal Rabbi and Abdul Hadi, had been arrested by the "
    "Counter Terrorism Department (CTD) near Chaklala in August 2019 with a suicide jacket and 10 kilogrammes "
    "of explosives, the prosecution said. The court also sentenced them to 14 years in prison each for "
    "possessing explosives. In a separate case, the Lahore High Court (LHC) Rawalpindi Bench acquitted a "
    "Jaish-e-Mohammad (JeM) suspect, Zubair Ahmed, of charges of financing terrorism, citing contradictions in "
    "the evidence. Meanwhile, the Punjab Home Department placed the names of 38 more persons on the Fourth "
    "Schedule of the Anti-Terrorism Act in Rawalpindi Division.",
    [TTP("Tehreek-e-Taliban Pakistan", "TTP"), CTD("Counter Terrorism Department", "CTD"),
     JEM("Jaish-e-Mohammad", "JeM")],
    [H("Khalid Mehmood Ranjha", ["Khalid Mehmood Ranjha"], ["ATC Judge"]),
     H("Noor Muhammad", ["Noor Muhammad"], ["TTP member", "sentenced to death"]),
     H("Fazal Rabbi", ["Fazal Rabbi"], ["TTP member", "sentenced to death"]),
     H("Abdul Hadi", ["Abdul Hadi"], ["TTP member", "sentenced to death"]),
     H("Zubair Ahmed", ["Zubair Ahmed"], ["JeM suspect", "acquitted"])],
    [P("Rawalpindi", "city", PJ, "Rawalpindi"),
     P("Adiala Jail", "area", PJ, "Rawalpindi"),
     P("Chaklala", "area", PJ, "Rawalpindi"),
     P("Punjab", "province", PJ, None),
     P("Rawalpindi Division", "area", PJ, None)],
    [],
    not_incidents=["handed down death sentences to three members of the banned Tehreek-e-Taliban Pakistan (TTP)",
                   "had been arrested by the Counter Terrorism Department (CTD) near Chaklala in August 2019",
                   "acquitted a Jaish-e-Mohammad (JeM) suspect, Zubair Ahmed, of charges of financing terrorism",
                   "placed the names of 38 more persons on the Fourth Schedule"])

# ---------------------------------------------------------------- EC-14
doc(14, "Daily Times",
    "Two terrorists of the proscribed Lashkar-e-Jhangvi (LeJ) and a Counter Terrorism Department (CTD) "
    "constable were killed in an exchange of fire during a raid on a house in Jia Musa area of Shahdara in "
    "Lahore on the night of October 11, reports Daily Times. Two more CTD personnel were injured. A CTD "
    "spokesman said the team raided the hideout on a tip-off that the terrorists were planning to attack a "
    "religious congregation in the city. As the team approached the house, the suspects opened fire and "
    "hurled a hand grenade. The slain terrorists were identified as Tariq Bashir alias Talha and Muhammad "
    "Riaz, who were wanted in several cases of sectarian target killing. The martyred constable was "
    "identified as Zeeshan Haider. Two suicide jackets, four hand grenades, a Kalashnikov and two kilogrammes "
    "of explosives were recovered from the house.",
    [LEJ("Lashkar-e-Jhangvi", "LeJ"), CTD("Counter Terrorism Department", "CTD")],
    [H("Tariq Bashir", ["Tariq Bashir alias Talha"], ["LeJ terrorist", "killed"]),
     H("Muhammad Riaz", ["Muhammad Riaz"], ["LeJ terrorist", "killed"]),
     H("Zeeshan Haider", ["Zeeshan Haider"], ["CTD constable", "killed"])],
    [P("Jia Musa", "area", PJ, "Lahore"),
     P("Shahdara", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore")],
    [I("killed in an exchange of fire during a raid on a house in Jia Musa area of Shahdara in Lahore", BAT,
       "Armed clash", None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", PJ, "Lahore", "Jia Musa", 1,
       "on the night of October 11", 3, {"militants": 2, "security_forces": 1}, 2,
       "A CTD raid met with gunfire and a grenade. The state started the operation, so GTD is null (as in dev "
       "raid cases); the grenade is part of the clash, not a separate Grenade event. Two LeJ men and one CTD "
       "constable killed; two CTD personnel injured. The recovered suicide jackets and explosives belong to "
       "the same event. The planned attack on a congregation is only the tip-off.")])

# ---------------------------------------------------------------- EC-15
doc(15, "Dawn",
    "Two policemen were killed and five others, including three policemen, were injured when a suicide bomber "
    "blew up his car after being stopped at a police checkpoint in Sector G-13 of Islamabad on the morning of "
    "November 7, reports Dawn. According to Islamabad police, personnel at the checkpoint signalled a grey "
    "car carrying two men to stop for checking. As they were searching the vehicle, the driver detonated "
    "the explosives fitted inside it. Constables Zahid Mehmood and Arshad Iqbal died on the spot. Police said "
    "the toll did not include the two men in the car, who also died in the blast. The "
    "Tehreek-e-Taliban Pakistan (TTP) claimed responsibility. The Interior Minister told a news conference "
    "that the car was headed towards a sensitive installation in the capital. \"Our men stopped a major attack "
    "at the cost of their lives,\" he said. Security was put on high alert in Islamabad and Rawalpindi.",
    [POLICE("Police", "police", "policemen"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Zahid Mehmood", ["Zahid Mehmood"], ["constable", "killed"]),
     H("Arshad Iqbal", ["Arshad Iqbal"], ["constable", "killed"])],
    [P("Sector G-13", "area", ICT, "Islamabad"),
     P("Islamabad", "city", ICT, "Islamabad"),
     P("Rawalpindi", "city", PJ, "Rawalpindi")],
    [I("a suicide bomber blew up his car after being stopped at a police checkpoint", EXP, "Suicide bomb",
       "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Police", ICT, "Islamabad", "Sector G-13", 1,
       "on the morning of November 7", 2, {"security_forces": 2}, 5,
       "A suicide car bomb set off when police stopped the car; the police checkpoint bore the blast, so "
       "actor2 is Police. The text says the toll excludes the two men in the car, so killed = 2, both "
       "constables. Five injured, three of them policemen (the side split of the injured is not recorded). The minister's "
       "claim about the intended target is not coded as a foiled attack.")],
    quotes=[{"speaker": "unnamed Interior Minister", "starts": "Our men stopped a major attack"}])

# ---------------------------------------------------------------- EC-16
doc(16, "The News",
    "Two policemen were injured when unidentified men on a motorcycle hurled a hand grenade at the City Police "
    "Station in Sadiqabad town of Rahim Yar Khan District on the night of June 11, reports The News. The "
    "grenade exploded in the courtyard of the police station, damaging two vehicles parked there. The injured "
    "constables, Rashid Ali and Muhammad Ashraf, were shifted to Sheikh Zayed Hospital in Rahim Yar Khan. "
    "Police registered a case against unknown persons under the Anti-Terrorism Act (ATA) and started an "
    "investigation.",
    [POLICE("Police", "policemen")],
    [H("Rashid Ali", ["Rashid Ali"], ["constable", "injured"]),
     H("Muhammad Ashraf", ["Muhammad Ashraf"], ["constable", "injured"])],
    [P("Sadiqabad", "town", PJ, "Rahim Yar Khan"),
     P("Rahim Yar Khan District", "district", PJ, "Rahim Yar Khan"),
     P("Rahim Yar Khan", "city", PJ, "Rahim Yar Khan")],
    [I("unidentified men on a motorcycle hurled a hand grenade at the City Police Station", EXP, "Grenade",
       "Bombing/Explosion", UAG, "Police", PJ, "Rahim Yar Khan", "Sadiqabad", 1, "on the night of June 11", 0, {},
       2,
       "A grenade thrown at a police station: ACLED Grenade, not Armed clash (no gunfire), as rocket or mortar "
       "fire is Shelling under the rules. Two constables injured, nobody killed. Unclaimed.")])

# ---------------------------------------------------------------- EC-17
doc(17, "Dawn",
    "The Counter Terrorism Department (CTD) Multan region arrested four suspected terrorists in raids in four "
    "districts of southern Punjab on Friday, reports Dawn. According to the CTD, Allah Wasaya alias Mullah "
    "Wasay of the banned Tehreek-e-Taliban Pakistan (TTP) was arrested from Bosan Road area of Multan with 1.5 "
    "kilogrammes of explosives and six detonators. Jaish-e-Mohammad (JeM) activist Muhammad Tayyab was held in "
    "Mian Channu tehsil of Khanewal District, while TTP suspect Gul Rehman was picked up at a bus stand in "
    "Burewala, Vehari District. A fourth suspect, Nisar Ahmed, whose affiliation was not disclosed, was "
    "arrested from Kahror Pacca in Lodhran District with a pistol and banned literature. A fifth man escaped "
    "when a CTD team raided a house in Jalalpur Pirwala. The CTD claimed that the arrested men were planning "
    "to target the office of a law enforcement agency in Multan.",
    [CTD("Counter Terrorism Department", "CTD"), TTP("Tehreek-e-Taliban Pakistan", "TTP"),
     JEM("Jaish-e-Mohammad", "JeM")],
    [H("Allah Wasaya", ["Allah Wasaya alias Mullah Wasay"], ["TTP suspect", "arrested in Multan"]),
     H("Muhammad Tayyab", ["Muhammad Tayyab"], ["JeM activist", "held in Mian Channu tehsil"]),
     H("Gul Rehman", ["Gul Rehman"], ["TTP suspect", "picked up in Burewala"]),
     H("Nisar Ahmed", ["Nisar Ahmed"], ["suspect of undisclosed affiliation", "arrested in Kahror Pacca"])],
    [P("Punjab", "province", PJ, None),
     P("Bosan Road", "area", PJ, "Multan"),
     P("Multan", "city", PJ, "Multan"),
     P("Mian Channu", "area", PJ, "Khanewal"),
     P("Khanewal District", "district", PJ, "Khanewal"),
     P("Burewala", "town", PJ, "Vehari"),
     P("Vehari District", "district", PJ, "Vehari"),
     P("Kahror Pacca", "town", PJ, "Lodhran"),
     P("Lodhran District", "district", PJ, "Lodhran"),
     P("Jalalpur Pirwala", "town", PJ, "Multan")],
    [ARREST("Allah Wasaya alias Mullah Wasay of the banned Tehreek-e-Taliban Pakistan (TTP) was arrested from "
            "Bosan Road area of Multan", "Tehreek-e-Taliban Pakistan", "Multan", "Bosan Road", 1, "on Friday",
            "One of four arrests in four districts; explosives seized with him are part of the arrest."),
     ARREST("Jaish-e-Mohammad (JeM) activist Muhammad Tayyab was held in Mian Channu tehsil of Khanewal District",
            "Jaish-e-Mohammad", "Khanewal", "Mian Channu", 2, "on Friday", "Tehsil only, hence precision 2."),
     ARREST("TTP suspect Gul Rehman was picked up at a bus stand in Burewala", "Tehreek-e-Taliban Pakistan",
            "Vehari", "Burewala", 1, "on Friday", "'Picked up' is an arrest."),
     ARREST("Nisar Ahmed, whose affiliation was not disclosed, was arrested from Kahror Pacca in Lodhran District",
            UAG, "Lodhran", "Kahror Pacca", 1, "on Friday",
            "No group is given for this suspect, so actor2 is Unidentified Armed Group. The raid in Jalalpur "
            "Pirwala in which a fifth man escaped has no arrest or seizure, so it is not an incident.")],
    not_incidents=["A fifth man escaped when a CTD team raided a house in Jalalpur Pirwala",
                   "planning to target the office of a law enforcement agency in Multan"])

# ---------------------------------------------------------------- EC-18
doc(18, "Dawn",
    "A policeman escorting a polio vaccination team was shot dead and a female vaccinator was injured when two "
    "gunmen on a motorcycle attacked the team in Basti Chandia of Kot Chutta tehsil in Dera Ghazi Khan District "
    "on April 23, reports Dawn. Police said the team was going door to door on the third day of the national "
    "anti-polio drive when the gunmen first opened fire on the constable and then on the vaccinators before "
    "fleeing into the sugarcane fields. The deceased constable was identified as Muhammad Iqbal and the "
    "injured vaccinator as Nasreen Akhtar. The district health officer suspended the campaign in the union "
    "council for three days. Police have registered a case under the Anti-Terrorism Act against unknown "
    "persons.",
    [POLICE("Police", "policeman", "constable")],
    [H("Muhammad Iqbal", ["Muhammad Iqbal"], ["constable escorting a polio team", "killed"]),
     H("Nasreen Akhtar", ["Nasreen Akhtar"], ["polio vaccinator", "injured"])],
    [P("Basti Chandia", "town", PJ, "Dera Ghazi Khan"),
     P("Kot Chutta", "area", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan")],
    [I("two gunmen on a motorcycle attacked the team", BAT, "Armed clash", "Armed Assault", UAG, "Police", PJ,
       "Dera Ghazi Khan", "Basti Chandia", 1, "on April 23", 1, {"security_forces": 1}, 1,
       "The gunmen 'first opened fire on the constable', so the attack is on a police escort as well as on the "
       "vaccinators; by the rule for attacks on police it is Battles/Armed clash with actor2 Police. The "
       "alternative (Violence against civilians/Attack on the polio team) was considered; the dead man is a "
       "policeman, so security_forces = 1. The injured vaccinator is counted in injured = 1.")])

# ---------------------------------------------------------------- EC-19
doc(19, "The News",
    "The Counter Terrorism Department (CTD) of Islamabad police arrested two suspected militants of the "
    "Islamic State-Khorasan Province (IS-KP) in the federal capital on Sunday, reports The News. Police said "
    "Abdullah Jan was arrested from a rented house in Tarnol, while his accomplice Noor Wali was held at a "
    "checkpoint in Sihala. Both had come from Afghanistan a month ago and were planning to attack foreign "
    "nationals, police claimed. Two pistols, four hand grenades and a hand-drawn map of the Diplomatic Enclave "
    "were recovered from them. On the same day, the Bomb Disposal Squad (BDS) defused a hand grenade found in "
    "a plastic bag near the bus stop in Karachi Company, G-9 Markaz, after a shopkeeper informed the police. "
    "Officials said it was not clear who had left the grenade there.",
    [CTD("Counter Terrorism Department", "CTD"), ISKP("Islamic State-Khorasan Province", "IS-KP"),
     POLICE("Police", "police"), BDS("Bomb Disposal Squad", "BDS")],
    [H("Abdullah Jan", ["Abdullah Jan"], ["suspected IS-KP militant", "arrested in Tarnol"]),
     H("Noor Wali", ["Noor Wali"], ["suspected IS-KP militant", "accomplice of Abdullah Jan", "held in Sihala"])],
    [P("Islamabad", "city", ICT, "Islamabad"),
     P("Tarnol", "area", ICT, "Islamabad"),
     P("Sihala", "area", ICT, "Islamabad"),
     P("Afghanistan", "country", None, None),
     P("Diplomatic Enclave", "area", ICT, "Islamabad"),
     P("Karachi Company", "area", ICT, "Islamabad"),
     P("G-9 Markaz", "area", ICT, "Islamabad")],
    [I("Abdullah Jan was arrested from a rented house in Tarnol", SD, "Arrests", None,
       "Counter Terrorism Department", "Islamic State-Khorasan Province", ICT, "Islamabad", "Tarnol", 1,
       "on Sunday", 0, {}, None,
       "The two IS-KP suspects were held at two different places, so two Arrests records; the weapons and map "
       "are part of the arrests."),
     I("his accomplice Noor Wali was held at a checkpoint in Sihala", SD, "Arrests", None,
       "Counter Terrorism Department", "Islamic State-Khorasan Province", ICT, "Islamabad", "Sihala", 1,
       "on Sunday", 0, {}, None, "Second arrest, at a checkpoint in Sihala."),
     I("the Bomb Disposal Squad (BDS) defused a hand grenade", SD, "Disrupted weapons use", "Bombing/Explosion",
       "Bomb Disposal Squad", UAG, ICT, "Islamabad", "Karachi Company", 1, "On the same day", 0, {}, None,
       "A planted grenade defused. Karachi Company is a market in G-9 Markaz, Islamabad, not a place in "
       "Karachi. Who left it is unknown, and it is not tied to the IS-KP arrests.")])

# ---------------------------------------------------------------- EC-20
doc(20, "The Express Tribune",
    "Two people were killed and 17 others injured when an explosives-laden car went off outside a shopping "
    "plaza in Gulberg III area of Lahore on the afternoon of September 14, reports The Express Tribune. Police "
    "put the death toll at two, a security guard of the plaza and a rickshaw driver, while Rescue 1122 "
    "officials said three people had died. Several vehicles and shop fronts were damaged. Police said about 15 "
    "kilogrammes of explosives had been planted in the car, which was parked near the plaza's entrance, and "
    "detonated by remote control. Within 24 hours, police arrested the owner of the car and two other suspects "
    "from Kasur District, the Inspector General of Police (IGP) told a news conference. The provincial home "
    "minister alleged that a hostile foreign intelligence agency was behind the blast. No group claimed "
    "responsibility.",
    [POLICE("Police", "police")],
    [],
    [P("Gulberg III", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore"),
     P("Kasur District", "district", PJ, "Kasur")],
    [I("an explosives-laden car went off outside a shopping plaza in Gulberg III area of Lahore", EXP,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, CIV, PJ, "Lahore", "Gulberg III", 1,
       "on the afternoon of September 14", 2, {"civilians": 2}, 17,
       "A remote-detonated parked car bomb. Police say two dead, Rescue 1122 three: the lower figure is best, "
       "so killed = 2. The dead are a private security guard (guarding a civilian plaza) and a rickshaw "
       "driver, both civilian roles. The arrests of the car owner and two suspects in Kasur District are tied "
       "to this blast and are not a separate Arrests record. The minister's accusation of a foreign agency is "
       "an attribution, not an incident, and names no actor.")],
    not_incidents=["The provincial home minister alleged that a hostile foreign intelligence agency was behind the "
                   "blast"])

# ---------------------------------------------------------------- EC-21
doc(21, "Daily Times",
    "Four suspected terrorists of the Islamic State-Khorasan Province (IS-KP) who were in the custody of the "
    "Counter Terrorism Department (CTD) were killed by the firing of their own accomplices near Kamoke in "
    "Gujranwala District on the night of July 30, reports Daily Times. A CTD spokesperson said the handcuffed "
    "suspects were being shifted from Gujranwala to Lahore when eight to ten armed men intercepted the CTD "
    "vehicles on the Grand Trunk (GT) Road and opened fire to free them. The CTD team returned fire, and the "
    "attackers fled after a 20-minute exchange. The four suspects were killed in the cross-fire, while no CTD "
    "official was hurt, the spokesperson said. The slain men, Bilal alias Abu Dujana, Ameer Hamza, Ihsanullah "
    "and Shakeel Ahmed, were wanted in attacks on police in Lahore and Sheikhupura. Human rights activists have "
    "questioned such encounters in the past, saying suspects in custody should be produced before courts.",
    [ISKP("Islamic State-Khorasan Province", "IS-KP"), CTD("Counter Terrorism Department", "CTD")],
    [H("Bilal", ["Bilal alias Abu Dujana"], ["suspected IS-KP terrorist in CTD custody", "killed"]),
     H("Ameer Hamza", ["Ameer Hamza"], ["suspected IS-KP terrorist in CTD custody", "killed"]),
     H("Ihsanullah", ["Ihsanullah"], ["suspected IS-KP terrorist in CTD custody", "killed"]),
     H("Shakeel Ahmed", ["Shakeel Ahmed"], ["suspected IS-KP terrorist in CTD custody", "killed"])],
    [P("Kamoke", "town", PJ, "Gujranwala"),
     P("Gujranwala District", "district", PJ, "Gujranwala"),
     P("Gujranwala", "city", PJ, "Gujranwala"),
     P("Lahore", "city", PJ, "Lahore"),
     P("Grand Trunk (GT) Road", "area", PJ, "Gujranwala"),
     P("Sheikhupura", "city", PJ, "Sheikhupura")],
    [I("eight to ten armed men intercepted the CTD vehicles on the Grand Trunk (GT) Road and opened fire to free "
       "them", BAT, "Armed clash", "Armed Assault", UAG, "Counter Terrorism Department", PJ, "Gujranwala",
       "Kamoke", 2, "on the night of July 30", 4, {"militants": 4}, 0,
       "The CTD's account of a 'cross-fire' custody killing, coded as told: armed men attacked CTD vehicles, "
       "so Battles/Armed clash and GTD Armed Assault; the attackers are unnamed and unclaimed, so Unidentified "
       "Armed Group. The four dead were IS-KP suspects (militants = 4). 'No CTD official was hurt' and no other "
       "injury is reported, so injured = 0. 'Near' Kamoke, hence precision 2. The rights activists' doubts are "
       "context, not an incident; the past attacks on police have no date.")],
    not_incidents=["were wanted in attacks on police in Lahore and Sheikhupura",
                   "Human rights activists have questioned such encounters in the past"])

# ---------------------------------------------------------------- EC-22
doc(22, "The Express Tribune",
    "Police repulsed an attack by terrorists on a check post in Kundal area of Isa Khel tehsil in Mianwali "
    "District, near the Khyber Pakhtunkhwa boundary, on the night of January 28, reports The Express Tribune. "
    "Mianwali District Police Officer (DPO) Rana Imtiaz Ahmed said around 15 terrorists armed with heavy "
    "weapons and hand grenades attacked the post from three sides at around 2 am. Police personnel returned "
    "fire, and after an hour-long exchange two terrorists were killed while the rest fled towards Lakki Marwat "
    "District of Khyber Pakhtunkhwa. No policeman was hurt. Police suspect the attackers belonged to the "
    "Tehreek-e-Taliban Pakistan (TTP), though no group has claimed responsibility. \"Our jawans fought bravely "
    "and did not let the terrorists cross into Punjab,\" the DPO said. The Inspector General of Police "
    "announced cash rewards for the personnel.",
    [POLICE("Police", "policeman"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Rana Imtiaz Ahmed", ["Rana Imtiaz Ahmed"], ["Mianwali District Police Officer (DPO)"])],
    [P("Kundal", "town", PJ, "Mianwali"),
     P("Isa Khel", "area", PJ, "Mianwali"),
     P("Mianwali District", "district", PJ, "Mianwali"),
     P("Khyber Pakhtunkhwa", "province", KP, None),
     P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
     P("Punjab", "province", PJ, None)],
    [I("an attack by terrorists on a check post in Kundal area of Isa Khel tehsil", BAT, "Armed clash",
       "Armed Assault", UAG, "Police", PJ, "Mianwali", "Kundal", 1, "on the night of January 28", 2,
       {"militants": 2}, 0,
       "An hour-long exchange at a police check post; two attackers killed. Police only 'suspect' the TTP and "
       "no group claimed the attack, so actor1 is Unidentified Armed Group. 'No policeman was hurt' and no "
       "attacker is reported wounded, so injured = 0. Lakki Marwat is only where the attackers fled.")],
    quotes=[{"speaker": "Rana Imtiaz Ahmed", "starts": "Our jawans fought bravely"}])

# ---------------------------------------------------------------- EC-23
doc(23, "Dawn",
    "The Counter Terrorism Department (CTD) recovered a large cache of explosives hidden in a cave near Fort "
    "Munro in Dera Ghazi Khan District on Thursday, reports Dawn. According to a CTD spokesman, 40 kilogrammes "
    "of explosives, 25 detonators, two rocket launchers and ammunition were found wrapped in plastic sheets. "
    "No one was arrested at the site. In separate intelligence-based operations on the same day, the CTD "
    "arrested three suspected terrorists of the Tehreek-e-Taliban Pakistan (TTP): Shah Wali from Sakhi Sarwar "
    "in Dera Ghazi Khan District, Rehman Gul from Rojhan tehsil of Rajanpur District and Qadir Bakhsh from "
    "Chowk Azam in Layyah District. Explosives and detonators were also recovered from them. The spokesman "
    "said the network had been smuggling explosives from Balochistan into Punjab.",
    [CTD("Counter Terrorism Department", "CTD"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Shah Wali", ["Shah Wali"], ["suspected TTP terrorist", "arrested in Sakhi Sarwar"]),
     H("Rehman Gul", ["Rehman Gul"], ["suspected TTP terrorist", "arrested in Rojhan tehsil"]),
     H("Qadir Bakhsh", ["Qadir Bakhsh"], ["suspected TTP terrorist", "arrested in Chowk Azam"])],
    [P("Fort Munro", "town", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan"),
     P("Sakhi Sarwar", "town", PJ, "Dera Ghazi Khan"),
     P("Rojhan", "area", PJ, "Rajanpur"),
     P("Rajanpur District", "district", PJ, "Rajanpur"),
     P("Chowk Azam", "town", PJ, "Layyah"),
     P("Layyah District", "district", PJ, "Layyah"),
     P("Balochistan", "province", BA, None),
     P("Punjab", "province", PJ, None)],
    [I("recovered a large cache of explosives hidden in a cave near Fort Munro", SD, "Disrupted weapons use", None,
       "Counter Terrorism Department", UAG, PJ, "Dera Ghazi Khan", "Fort Munro", 2, "on Thursday", 0, {}, None,
       "A weapons cache seized with no arrest: Disrupted weapons use. No attack was under way, so GTD is null "
       "(unlike a defused planted bomb). The cache's owner is not stated, so actor2 is Unidentified Armed "
       "Group; the text links the TTP arrests to the same day, not to the cache. 'Near' Fort Munro, hence "
       "precision 2."),
     ARREST("Shah Wali from Sakhi Sarwar in Dera Ghazi Khan District", "Tehreek-e-Taliban Pakistan",
            "Dera Ghazi Khan", "Sakhi Sarwar", 1, "on the same day",
            "'Separate' operations, so each arrest is its own Arrests record; explosives recovered from them "
            "are part of the arrests."),
     ARREST("Rehman Gul from Rojhan tehsil of Rajanpur District", "Tehreek-e-Taliban Pakistan", "Rajanpur", "Rojhan",
            2, "on the same day", "Tehsil only, hence precision 2."),
     ARREST("Qadir Bakhsh from Chowk Azam in Layyah District", "Tehreek-e-Taliban Pakistan", "Layyah", "Chowk Azam",
            1, "on the same day", "One arrest in Chowk Azam.")],
    not_incidents=["the network had been smuggling explosives from Balochistan into Punjab"])

# ---------------------------------------------------------------- EC-24
doc(24, "Daily Times",
    "Two people were injured when unidentified motorcyclists lobbed a hand grenade at a jewellery shop in "
    "Sarafa Bazaar of Rawalpindi on Saturday evening, reports Daily Times. Police said the grenade hit the "
    "shop's shutter and exploded on the road, injuring a passerby and a salesman of an adjacent shop. The shop "
    "owner, Haji Muhammad Younis, had received an extortion letter bearing the name of the Tehreek-e-Taliban "
    "Pakistan (TTP) a week earlier, demanding Rs 5 million. A senior police officer said the letter might have "
    "been sent by criminals using the TTP's name and that all angles were being investigated.",
    [POLICE("Police", "police"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Haji Muhammad Younis", ["Haji Muhammad Younis"], ["jewellery shop owner", "received an extortion letter"])],
    [P("Sarafa Bazaar", "area", PJ, "Rawalpindi"),
     P("Rawalpindi", "city", PJ, "Rawalpindi")],
    [I("unidentified motorcyclists lobbed a hand grenade at a jewellery shop", EXP, "Grenade", "Bombing/Explosion",
       UAG, CIV, PJ, "Rawalpindi", "Sarafa Bazaar", 1, "on Saturday evening", 0, {}, 2,
       "A grenade thrown at a shop; two people (a passerby and a salesman) injured. The TTP's name appears "
       "only on an earlier extortion letter, which police think may be fake, and no one claimed the attack, "
       "so actor1 is Unidentified Armed Group. The extortion letter a week earlier is a threat, not an incident.")],
    not_incidents=["had received an extortion letter bearing the name of the Tehreek-e-Taliban Pakistan (TTP) a "
                   "week earlier, demanding Rs 5 million"])

# ---------------------------------------------------------------- EC-25
doc(25, "The News",
    "Islamabad police said they killed two terrorists involved in the murder of a police constable in an "
    "encounter in Shehzad Town on Monday night, reports The News. On Saturday, two armed men had opened fire "
    "at a police check post in Tarlai Kalan, killing Constable Ali Raza and injuring another constable before "
    "fleeing on a motorcycle. A police spokesman said that a Counter Terrorism Department (CTD) team traced the "
    "suspects to a house in Shehzad Town. When asked to surrender, they opened fire on the team. Both were "
    "killed in the retaliatory fire, while a CTD sub-inspector, Nadeem Abbas, was injured. The spokesman said "
    "the slain men, identified as Jan Muhammad and Sadiq Khan, were members of the banned Tehreek-e-Taliban "
    "Pakistan (TTP). A Kalashnikov, two pistols and the motorcycle used in Saturday's attack were recovered "
    "from the house.",
    [POLICE("police", "constable"), CTD("Counter Terrorism Department", "CTD"),
     TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Ali Raza", ["Constable Ali Raza"], ["constable", "killed at Tarlai Kalan"]),
     H("Nadeem Abbas", ["Nadeem Abbas"], ["CTD sub-inspector", "injured"]),
     H("Jan Muhammad", ["Jan Muhammad"], ["TTP member", "killed in the encounter"]),
     H("Sadiq Khan", ["Sadiq Khan"], ["TTP member", "killed in the encounter"])],
    [P("Islamabad", "city", ICT, "Islamabad"),
     P("Shehzad Town", "area", ICT, "Islamabad"),
     P("Tarlai Kalan", "area", ICT, "Islamabad")],
    [I("two armed men had opened fire at a police check post in Tarlai Kalan", BAT, "Armed clash", "Armed Assault",
       UAG, "Police", ICT, "Islamabad", "Tarlai Kalan", 1, "On Saturday", 1, {"security_forces": 1}, 1,
       "The earlier attack, dated by the report ('On Saturday'). Police later said the men they killed were "
       "TTP members involved in it, but no group claimed it, so actor1 stays Unidentified Armed Group. One "
       "constable killed, one injured."),
     I("they killed two terrorists involved in the murder of a police constable in an encounter in Shehzad Town",
       BAT, "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad",
       "Shehzad Town", 1, "on Monday night", 2, {"militants": 2}, 1,
       "A CTD raid on a house; the suspects opened fire when told to surrender. State-initiated, so GTD null. "
       "The two dead are named as TTP members (affiliation, as in dev raid cases), so actor2 is the TTP. One "
       "CTD sub-inspector injured. The recovered weapons are part of the event.")])

# ---------------------------------------------------------------- EC-26
doc(26, "The Express Tribune",
    "The Counter Terrorism Department (CTD) Punjab carried out 2,417 intelligence-based operations across the "
    "province during 2023, arresting 364 suspected terrorists and killing 31 others in encounters, according "
    "to its annual report released in Lahore on Monday, reports The Express Tribune. The report said 112 of "
    "those arrested belonged to the Tehreek-e-Taliban Pakistan (TTP), 41 to the Islamic State-Khorasan "
    "Province (IS-KP) and 27 to Lashkar-e-Jhangvi (LeJ). It claimed that 96 planned attacks were foiled and "
    "more than 800 kilogrammes of explosives were recovered during the year. In the latest operation on "
    "Sunday, the CTD arrested a suspected Jaish-e-Mohammad (JeM) operative, Abdul Ghaffar, from Yazman town of "
    "Bahawalpur District, and recovered two kilogrammes of explosives and eight detonators from him. A CTD "
    "official said the suspect had been trained in Afghanistan.",
    [CTD("Counter Terrorism Department", "CTD"), TTP("Tehreek-e-Taliban Pakistan", "TTP"),
     ISKP("Islamic State-Khorasan Province", "IS-KP"), LEJ("Lashkar-e-Jhangvi", "LeJ"),
     JEM("Jaish-e-Mohammad", "JeM")],
    [H("Abdul Ghaffar", ["Abdul Ghaffar"], ["suspected JeM operative", "arrested in Yazman"])],
    [P("Punjab", "province", PJ, None),
     P("Lahore", "city", PJ, "Lahore"),
     P("Yazman", "town", PJ, "Bahawalpur"),
     P("Bahawalpur District", "district", PJ, "Bahawalpur"),
     P("Afghanistan", "country", None, None)],
    [ARREST("the CTD arrested a suspected Jaish-e-Mohammad (JeM) operative, Abdul Ghaffar, from Yazman town of "
            "Bahawalpur District", "Jaish-e-Mohammad", "Bahawalpur", "Yazman", 1, "on Sunday",
            "The only dated, placed event in the report. The annual totals (operations, arrests, deaths in "
            "encounters, foiled attacks, explosives) are aggregates and are not incidents. Lahore is only where "
            "the report was released.")],
    not_incidents=["carried out 2,417 intelligence-based operations across the province during 2023, arresting 364 "
                   "suspected terrorists and killing 31 others in encounters",
                   "It claimed that 96 planned attacks were foiled"])

# ---------------------------------------------------------------- EC-27
doc(27, "Dawn",
    "Maulana Abdul Majeed Saifi, a senior leader of the Ahle Sunnat Wal Jamaat (ASWJ) in Punjab, was shot dead "
    "along with his guard by unidentified gunmen on Multan Road at Chauburji in Lahore on the evening of "
    "November 3, reports Dawn. Police said the cleric was returning home from a mosque after leading prayers "
    "when gunmen on two motorcycles intercepted his car and sprayed it with bullets. His guard, Muhammad "
    "Amjad, died in hospital, while his driver was injured. A senior police officer said the killing appeared "
    "to be an act of sectarian target killing. Soon after the incident, hundreds of ASWJ workers blocked "
    "Multan Road for three hours in protest against the killing and demanded the immediate arrest of the "
    "killers. The protesters dispersed peacefully after assurances from the police.",
    [POLICE("Police", "police")],
    [H("Abdul Majeed Saifi", ["Maulana Abdul Majeed Saifi"], ["senior leader of the Ahle Sunnat Wal Jamaat (ASWJ) in "
                                                              "Punjab", "cleric", "shot dead"]),
     H("Muhammad Amjad", ["Muhammad Amjad"], ["guard of Maulana Abdul Majeed Saifi", "died in hospital"])],
    [P("Punjab", "province", PJ, None),
     P("Multan Road", "area", PJ, "Lahore"),
     P("Chauburji", "area", PJ, "Lahore"),
     P("Lahore", "city", PJ, "Lahore")],
    [I("Maulana Abdul Majeed Saifi, a senior leader of the Ahle Sunnat Wal Jamaat (ASWJ) in Punjab, was shot dead "
       "along with his guard by unidentified gunmen", VAC, "Attack", "Assassination", UAG, CIV, PJ, "Lahore",
       "Chauburji", 1, "on the evening of November 3", 2, {"civilians": 2}, 1,
       "A targeted killing of a named senior religious-party leader, so GTD Assassination. The cleric is a "
       "civilian and his guard takes his principal's side, so civilians = 2; the driver was injured. ASWJ "
       "appears only as the victim's organisation and as the protesters, so it is not listed as an armed "
       "actor. 'Sectarian' is the police reading, not a claim."),
     I("hundreds of ASWJ workers blocked Multan Road for three hours in protest against the killing", PRO,
       "Peaceful protest", None, "Protesters", None, PJ, "Lahore", "Multan Road", 1, "Soon after the incident", 0,
       {}, None,
       "A road blockade that 'dispersed peacefully' after police assurances: no intervention or violence, so "
       "Peaceful protest; actor1 uses the generic label Protesters. Same day as the killing.")])

# ---------------------------------------------------------------- EC-28
doc(28, "The News",
    "Unidentified armed men abducted two employees of a private construction company from a road project site "
    "in the tribal area of Rajanpur District near the Balochistan boundary on Wednesday, reports The News. "
    "Police said engineer Waqas Ahmed and surveyor Muhammad Ilyas were working on a link road near Mat "
    "Tobewala when around eight armed men arrived in a pickup, tied up the labourers and took the two men away "
    "towards the mountains. The Tehreek-e-Taliban Pakistan (TTP) later claimed responsibility for the "
    "abduction in a video message and demanded the release of its detained members in exchange for the "
    "captives. Border Military Police and Punjab Police launched a search operation in the area. The company "
    "suspended work on the project.",
    [TTP("Tehreek-e-Taliban Pakistan", "TTP"), BMP("Border Military Police"), POLICE("Police", "Punjab Police")],
    [H("Waqas Ahmed", ["Waqas Ahmed"], ["engineer of a private construction company", "abducted"]),
     H("Muhammad Ilyas", ["Muhammad Ilyas"], ["surveyor of a private construction company", "abducted"])],
    [P("Rajanpur District", "district", PJ, "Rajanpur"),
     P("Balochistan", "province", BA, None),
     P("Mat Tobewala", "town", PJ, "Rajanpur")],
    [I("Unidentified armed men abducted two employees of a private construction company", VAC,
       "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", "Tehreek-e-Taliban Pakistan", CIV, PJ,
       "Rajanpur", "Mat Tobewala", 2, "on Wednesday", 0, {}, None,
       "Two company employees abducted; the TTP later claimed it, so it is actor1 even though the text first "
       "says 'unidentified armed men'. The prisoner-exchange demand is part of the kidnapping. 'Near' Mat "
       "Tobewala, hence precision 2. The search operation reports no outcome.")],
    not_incidents=["Border Military Police and Punjab Police launched a search operation in the area"])

# ---------------------------------------------------------------- EC-29
doc(29, "The News",
    "The Counter Terrorism Department (CTD) Punjab arrested five suspected activists of the proscribed "
    "Lashkar-e-Jhangvi (LeJ) in raids in central Punjab on Wednesday, reports The News. According to the CTD, "
    "Ghulam Mustafa was arrested from Madina Town in Faisalabad, Qari Ikramullah from Shorkot tehsil of Jhang "
    "District, Atif Nadeem from Gojra in Toba Tek Singh District, Zulfiqar Ali from Chiniot city, and Abdul "
    "Jabbar from Kot Momin in Sargodha District. Hand grenades, pistols, 2.8 kilogrammes of explosives and "
    "sectarian literature were recovered from them. A sixth suspect managed to escape during the raid in "
    "Chiniot. The CTD said the network had been planning target killings of members of a rival sect during "
    "Muharram.",
    [CTD("Counter Terrorism Department", "CTD"), LEJ("Lashkar-e-Jhangvi", "LeJ")],
    [H("Ghulam Mustafa", ["Ghulam Mustafa"], ["suspected LeJ activist", "arrested in Faisalabad"]),
     H("Qari Ikramullah", ["Qari Ikramullah"], ["suspected LeJ activist", "arrested in Shorkot tehsil"]),
     H("Atif Nadeem", ["Atif Nadeem"], ["suspected LeJ activist", "arrested in Gojra"]),
     H("Zulfiqar Ali", ["Zulfiqar Ali"], ["suspected LeJ activist", "arrested in Chiniot"]),
     H("Abdul Jabbar", ["Abdul Jabbar"], ["suspected LeJ activist", "arrested in Kot Momin"])],
    [P("Punjab", "province", PJ, None),
     P("Madina Town", "area", PJ, "Faisalabad"),
     P("Faisalabad", "city", PJ, "Faisalabad"),
     P("Shorkot", "area", PJ, "Jhang"),
     P("Jhang District", "district", PJ, "Jhang"),
     P("Gojra", "town", PJ, "Toba Tek Singh"),
     P("Toba Tek Singh District", "district", PJ, "Toba Tek Singh"),
     P("Chiniot", "city", PJ, "Chiniot"),
     P("Kot Momin", "town", PJ, "Sargodha"),
     P("Sargodha District", "district", PJ, "Sargodha")],
    [ARREST("Ghulam Mustafa was arrested from Madina Town in Faisalabad", "Lashkar-e-Jhangvi", "Faisalabad",
            "Madina Town", 1, "on Wednesday",
            "Five LeJ suspects, one per district; each is its own Arrests record. Seized grenades and "
            "explosives are part of the arrests."),
     ARREST("Qari Ikramullah from Shorkot tehsil of Jhang District", "Lashkar-e-Jhangvi", "Jhang", "Shorkot", 2,
            "on Wednesday", "Tehsil only, hence precision 2."),
     ARREST("Atif Nadeem from Gojra in Toba Tek Singh District", "Lashkar-e-Jhangvi", "Toba Tek Singh", "Gojra", 1,
            "on Wednesday", "One arrest in Gojra."),
     ARREST("Zulfiqar Ali from Chiniot city", "Lashkar-e-Jhangvi", "Chiniot", "Chiniot", 1, "on Wednesday",
            "One arrest in Chiniot city; a sixth suspect escaped there, which adds no record."),
     ARREST("Abdul Jabbar from Kot Momin in Sargodha District", "Lashkar-e-Jhangvi", "Sargodha", "Kot Momin", 1,
            "on Wednesday", "One arrest in Kot Momin.")],
    not_incidents=["A sixth suspect managed to escape during the raid in Chiniot",
                   "the network had been planning target killings of members of a rival sect during Muharram"])

# ---------------------------------------------------------------- EC-30
doc(30, "Dawn",
    "At least 16 devotees were killed and dozens of others injured when a suicide bomber blew himself up at "
    "the main gate of the shrine of Pir Jahanian in Basti Sokar of Kot Chutta tehsil in Dera Ghazi Khan "
    "District during the annual urs on the afternoon of March 21, reports Dawn. A second bomber, who was "
    "injured in the blast, was overpowered by police and devotees before he could detonate his explosives "
    "vest, which was later defused by the Bomb Disposal Squad (BDS). The injured bomber, a teenager identified "
    "as Sher Zaman, told police he had been brought from Bajaur District. The Regional Police Officer (RPO) said "
    "the death toll might rise as the condition of several of the injured was critical. The Tehreek-e-Taliban "
    "Pakistan (TTP) claimed responsibility for the attack, saying shrines promoted un-Islamic practices.",
    [POLICE("police"), BDS("Bomb Disposal Squad", "BDS"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
    [H("Sher Zaman", ["Sher Zaman"], ["second suicide bomber", "teenager", "injured and captured"])],
    [P("Basti Sokar", "town", PJ, "Dera Ghazi Khan"),
     P("Kot Chutta", "area", PJ, "Dera Ghazi Khan"),
     P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan"),
     P("Bajaur District", "district", KP, "Bajaur")],
    [I("a suicide bomber blew himself up at the main gate of the shrine of Pir Jahanian", EXP, "Suicide bomb",
       "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", CIV, PJ, "Dera Ghazi Khan", "Basti Sokar", 1,
       "on the afternoon of March 21", 16, {"civilians": 16}, 12,
       "'At least 16 devotees' = 16, all civilians (devotees at a shrine). 'Dozens of others injured' = 12 by "
       "the ACLED rule for vague counts. The bomber is not counted; a possible rise in the toll is not coded. "
       "TTP claimed it."),
     I("A second bomber, who was injured in the blast, was overpowered by police and devotees before he could "
       "detonate his explosives vest", SD, "Disrupted weapons use", "Bombing/Explosion", "Police",
       "Tehreek-e-Taliban Pakistan", PJ, "Dera Ghazi Khan", "Basti Sokar", 1, "on the afternoon of March 21", 0,
       {}, None,
       "The second bomber's attack was prevented and his vest later defused by the BDS: a separate Disrupted "
       "weapons use record, as dev practice codes defused devices separately from the blast. Police stopped "
       "him, so actor1 is Police; his group is the claimant, TTP. His capture is part of this record, not a "
       "separate Arrests record. His own injury is not added to any count; injured is null here.")])


def main():
    for n, text, gold in DOCS:
        base = os.path.join(HERE, "EC-%02d" % n)
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write(text)
        with open(base + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d reports" % len(DOCS))


if __name__ == "__main__":
    main()
