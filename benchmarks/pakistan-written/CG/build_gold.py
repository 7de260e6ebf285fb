#!/usr/bin/env python3
"""Writes CG-NN.gold.json beside each CG-NN.txt.

The gold records below were typed by hand, report by report, from each report's text
(this file is only a less error-prone way to type JSON than writing it raw).
Run: python3 build_gold.py && python3 check_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KP, BA, PU, SI = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"
UAG = "Unidentified Armed Group"
SFN = "Security Forces"
BE, AA, KID, FIA = "Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack"
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
             "not among the allowed admin1 values).")


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, kind, inter, *mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def SF(*m):
    return A(SFN, "state_force", 1, *m)


def ISPR(*m):
    return A("Inter-Services Public Relations", "state_force", 1, *m)


def TTP(*m):
    return A("Tehreek-e-Taliban Pakistan", "armed_group", 2, *m)


def PERSON(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, a1n, a2n, loc, geo, date, killed, kbs, injured, note):
    return {
        "what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
        "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": a1n, "admin2": a2n,
        "location": loc, "geo_precision": geo, "date_text": date, "killed": killed,
        "killed_by_side": kbs, "injured": injured, "note": note,
    }


CLASH = ("Battles", "Armed clash")
REGAIN = ("Battles", "Government regains territory")
AIR = ("Explosions/Remote violence", "Air/drone strike")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
VAC = ("Violence against civilians", "Attack")
DWU = ("Strategic developments", "Disrupted weapons use")
ARREST = ("Strategic developments", "Arrests")
CHANGE = ("Strategic developments", "Change to group/activity")
LOOT = ("Strategic developments", "Looting/property destruction")

EMPTY_CLEANING = {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                  "near_duplicate_sentences": [], "flag_as_damaged": []}

G = {}


def gold(n, publisher, actors, people, places, quotes, incidents, not_incidents=(), relations=(),
         actor_profiles=None, cleaning=None):
    G[n] = {
        "article": "CG-%02d.txt" % n,
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": cleaning or EMPTY_CLEANING,
        "actors": actors,
        "people": people,
        "places": places,
        "quotes": quotes,
        "incidents": incidents,
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": actor_profiles or {},
    }


# ---------------------------------------------------------------- CG-01
gold(1, None,
     [SF("Security forces", "own troops", "the security forces"),
      ISPR("Inter-Services Public Relations", "ISPR", "the military's media wing")],
     [],
     [P("Tapi Sar", "area", KP, "North Waziristan"),
      P("Datta Khel", "area", KP, "North Waziristan"),
      P("North Waziristan District", "district", KP, "North Waziristan")],
     [],
     [I("own troops effectively engaged the khwarij location and, after an intense exchange of fire, four khwarij were sent to hell",
        *CLASH, None, SFN, UAG, KP, "North Waziristan", "Tapi Sar", 1, "on the night of 14/15 May 2024",
        4, {"militants": 4}, None,
        "An ISPR-announced intelligence-based operation: troops engaged a militant location and four militants were killed. "
        "The raid was started by the state, so GTD is null (as for police/CTD raids). 'Khwarij' is the ISPR's generic word for "
        "the militants and no organisation is named, so actor2 is Unidentified Armed Group. The weapons recovered belong to the same "
        "event. The sanitisation operation has no reported outcome and is not an incident; the militants' alleged past attacks are background.")],
     not_incidents=["Sanitisation operation is being carried out to eliminate any other khwarij found in the area",
                    "numerous terrorist activities against the security forces as well as target killing of innocent civilians"])

# ---------------------------------------------------------------- CG-02
gold(2, "The Express Tribune",
     [SF("soldiers", "own troops", "Security forces"),
      ISPR("ISPR", "the military's media wing"),
      TTP("Fitna al Khwarij"),
      A("Police", "state_force", 1, "police")],
     [PERSON("Sher Afzal", ["Naik Sher Afzal"], ["Naik", "soldier who embraced shahadat in the operation", "resident of Karak District"]),
      PERSON("Waqar Hussain", ["Sepoy Waqar Hussain"], ["Sepoy", "soldier who embraced shahadat in the operation", "resident of Mianwali District"])],
     [P("RAWALPINDI", "city", PU, "Rawalpindi"),
      P("Mela Shadi Khel", "area", KP, "Lakki Marwat"),
      P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
      P("Karak District", "district", KP, "Karak"),
      P("Mianwali District", "district", PU, "Mianwali"),
      P("Pakistan", "country", None, None)],
     [{"speaker": "Inter-Services Public Relations", "starts": "During the conduct of the operation, own troops effectively engaged"},
      {"speaker": "Inter-Services Public Relations", "starts": "Security forces of Pakistan are determined"}],
     [I("six terrorists belonging to Fitna al Khwarij were killed during an intelligence-based operation",
        *CLASH, None, SFN, "Tehreek-e-Taliban Pakistan", KP, "Lakki Marwat", "Mela Shadi Khel", 1, "on the night of August 22",
        8, {"militants": 6, "security_forces": 2}, None,
        "Two soldiers and six militants were killed in an IBO. 'Fitna al Khwarij' is the state's official name for the TTP "
        "(general knowledge), so actor2 is Tehreek-e-Taliban Pakistan; the bare word 'khwarij' alone would stay Unidentified. "
        "'On Friday' is the day of the statement; the operation date is 'the night of August 22'. State-initiated, so GTD null. "
        "RAWALPINDI is only the dateline (place name kept in the dateline's capitals, as written); Karak and Mianwali are the soldiers' home districts. The police are named only as "
        "past victims of the militants (background).")],
     not_incidents=["attacks on police and the abduction of government officials in the area"])

# ---------------------------------------------------------------- CG-03
gold(3, None,
     [SF("Security forces", "Own troops"), ISPR("ISPR")],
     [],
     [P("Pakistan-Afghanistan border", "border", None, None),
      P("Ghulam Khan", "town", KP, "North Waziristan"),
      P("North Waziristan District", "district", KP, "North Waziristan"),
      P("Pakistan", "country", None, None)],
     [],
     [I("Security forces foiled an attempt by a group of khwarij to infiltrate through the Pakistan-Afghanistan border",
        *CLASH, None, SFN, UAG, KP, "North Waziristan", "Ghulam Khan", 2, "on the night of 26 and 27 April",
        11, {"militants": 11}, 7,
        "Troops engaged infiltrators crossing from Afghanistan; 11 militants were killed and seven injured (the injured are "
        "militants too, some carried back across the border). The troops opened the engagement, so GTD null. 'In the general area "
        "of' Ghulam Khan, hence precision 2. 'Khwarij' names no organisation, so Unidentified. The weapons cache recovered is part of "
        "the same event. No year is given. The call on the Afghan government is a diplomatic statement, not an ACLED event.")],
     not_incidents=["Pakistan expects the interim Afghan government to deny the use of its soil by khwarij for acts of terrorism against Pakistan"])

# ---------------------------------------------------------------- CG-04
gold(4, "Dawn",
     [SF("Security forces", "troops", "soldiers"),
      ISPR("ISPR"),
      A("Swat Taliban", "armed_group", 2, "Swat Taliban", "the Taliban")],
     [],
     [P("Mingora", "city", KP, "Swat"),
      P("Peochar", "area", KP, "Swat"),
      P("Matta", "area", KP, "Swat"),
      P("Swat District", "district", KP, "Swat"),
      P("North West Frontier Province", "province", KP, None),
      P("Mardan", "city", KP, "Mardan"),
      P("Swabi", "city", KP, "Swabi"),
      P("Malakand division", "region", KP, None)],
     [{"speaker": "unnamed ISPR spokesman", "starts": "We will not stop until the last militant"}],
     [I("Jet fighters pounded militant positions in the mountains above Peochar",
        *AIR, None, SFN, "Swat Taliban", KP, "Swat", "Peochar", 2, "on Sunday",
        18, {"militants": 15}, None,
        "Air strikes on the mountains above Peochar, which the text calls the Swat Taliban's main stronghold, so actor2 is Swat Taliban. "
        "'At least 15 militants' = 15 (the ISPR claim). Residents add a woman and her two children killed by a jet hitting a house; "
        "the two claims are about different victims and do not contradict each other, so both are counted (killed 18), but a woman "
        "and children carry no side label (as in the dev files). 'Above Peochar', hence precision 2. State air strike, GTD null. "
        "NWFP is the province's name before 2010. 'On Sunday' cannot be resolved: no publication date."),
      I("12 more were killed when troops clashed with militants in Matta tehsil",
        *CLASH, None, SFN, UAG, KP, "Swat", "Matta", 2, "on Sunday",
        14, {"militants": 12, "security_forces": 2}, 5,
        "Ground fighting in Matta tehsil: 12 militants killed; the spokesman places the two soldiers' deaths in the Matta fighting. "
        "The five injured soldiers are not placed by the text; they are put here with the ground fighting (judgement). The Matta "
        "militants are not tied to a named group, so Unidentified. Tehsil level, hence precision 2. 27 = 15 + 12.")],
     not_incidents=["thousands of people left the city on foot and in overloaded vehicles towards Mardan and Swabi",
                    "The military launched its offensive against the militants in the Malakand division earlier this month",
                    "a peace deal with the Taliban collapsed"])

# ---------------------------------------------------------------- CG-05
gold(5, "The News",
     [SF("Security forces", "troops", "soldiers"),
      TTP("Tehreek-e-Taliban Pakistan", "TTP"),
      ISPR("ISPR")],
     [],
     [P("Sherwangi", "town", KP, "South Waziristan"),
      P("Sararogha", "town", KP, "South Waziristan"),
      P("South Waziristan Agency", "district", KP, "South Waziristan")],
     [{"speaker": "unnamed military spokesman", "starts": "The area has been cleared of terrorists"}],
     [I("Security forces on Saturday captured Sherwangi village",
        *REGAIN, None, SFN, "Tehreek-e-Taliban Pakistan", KP, "South Waziristan", "Sherwangi", 1, "on Saturday",
        21, {"militants": 18, "security_forces": 3}, 4,
        "Troops took a TTP stronghold after three days of fighting, backed by helicopter gunships: control of the place changed by "
        "force, so Government regains territory (one event; the gunship support is not split off because no strike is described on "
        "its own). 18 militants and three soldiers killed; four soldiers injured. Arms and a training centre recovered are part of "
        "the event. Casualties are unconfirmed but coded as stated. " + FATA_NOTE)])

# ---------------------------------------------------------------- CG-06
gold(6, "Dawn",
     [SF("security forces"),
      A("Lashkar-e-Islam", "armed_group", 2, "Lashkar-e-Islam", "LI"),
      A("Ansarul Islam", "armed_group", 2, "Ansarul Islam")],
     [],
     [P("Kandao Sar", "area", KP, "Khyber"),
      P("Tirah valley", "area", KP, "Khyber"),
      P("Khyber Agency", "district", KP, "Khyber"),
      P("Federally Administered Tribal Areas", "area", KP, None)],
     [],
     [I("security forces' fighter jets pounded their hideouts in the Kandao Sar area of Tirah valley",
        *AIR, None, SFN, "Lashkar-e-Islam", KP, "Khyber", "Kandao Sar", 1, "on March 9",
        14, {}, None,
        "Officials say at least 22 militants were killed; local sources put the toll at 14 and say several of the dead were civilians. "
        "The most conservative figure, 14, is used. Because the locals' 14 includes an uncounted number of civilians, no side split is "
        "given. The hideouts were Lashkar-e-Islam's, so actor2 is LI. State air strike, GTD null. " + FATA_NOTE),
      I("heavy fighting between LI and Ansarul Islam had been going on in the valley for weeks",
        *CLASH, None, "Lashkar-e-Islam", "Ansarul Islam", KP, "Khyber", "Tirah valley", 2, "for weeks",
        None, {}, None,
        "Fighting between two named armed groups, reported as ongoing in the valley (as the seed codes 'recent fighting' between two "
        "groups). No casualties or exact dates are given, so killed is null and the place is the valley, precision 2. "
        "Militant-on-militant fighting, GTD null.")],
     relations=[{"a": "Lashkar-e-Islam", "b": "Ansarul Islam", "kind": "hostile",
                 "evidence": "heavy fighting between LI and Ansarul Islam"}])

# ---------------------------------------------------------------- CG-07
gold(7, None,
     [TTP("Tehreek-e-Taliban Pakistan", "TTP"),
      SF("security forces", "soldiers", "troops")],
     [PERSON("Qari Zubair Haqqani", ["Qari Zubair Haqqani"], ["Tehreek-e-Taliban Pakistan (TTP) spokesman"])],
     [P("Ghiljo", "town", KP, "Orakzai"),
      P("Upper Orakzai", "area", KP, "Orakzai"),
      P("Orakzai Agency", "district", KP, "Orakzai")],
     [],
     [I("Militants attacked a security forces' checkpost in Ghiljo area",
        *CLASH, AA, "Tehreek-e-Taliban Pakistan", SFN, KP, "Orakzai", "Ghiljo", 1, "late on Tuesday night",
        13, {"security_forces": 4, "militants": 9}, None,
        "A three-hour assault on a checkpost with RPGs and machine guns; the gunfight makes it Battles/Armed clash, not shelling. "
        "The TTP claimed it, so it is actor1 although the text first says 'militants'. Four soldiers killed; officials claim nine "
        "militants killed whose bodies were carried away. No source contradicts the nine, so they are counted as stated "
        "(a stricter coder might leave them out). The revenge motive refers to undated air strikes (background). " + FATA_NOTE)],
     not_incidents=["the killing of the group's commanders in recent air strikes"])

# ---------------------------------------------------------------- CG-08
gold(8, "Dawn",
     [A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
      A("Islamic State", "armed_group", 2, "Islamic State", "IS", "Daesh")],
     [PERSON("Rana Tanveer", ["Inspector Rana Tanveer"], ["CTD official", "Inspector", "injured in the exchange of fire"])],
     [P("Choti Zareen", "town", PU, "Dera Ghazi Khan"),
      P("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
      P("Basti Lund Wala", "town", PU, "Dera Ghazi Khan")],
     [],
     [I("killed three suspected terrorists of the Islamic State (IS/Daesh) in an exchange of fire",
        *CLASH, None, "Counter Terrorism Department", "Islamic State", PU, "Dera Ghazi Khan", "Basti Lund Wala", 1, "on the night of October 11",
        3, {"militants": 3}, 1,
        "A CTD raid on a house in Basti Lund Wala (near Choti Zareen); the suspects fired first, but the raid was started by the "
        "state, so GTD is null. Three militants killed, three escaped; one CTD inspector injured. The CTD's claim that the three were "
        "hit by their own accomplices' fire does not change the coding. The recovered suicide jackets, grenades and explosives, and "
        "the planned attack on a religious procession, are part of this raid, not a separate Disrupted weapons use.")])

# ---------------------------------------------------------------- CG-09
gold(9, None,
     [A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
      A("Balochistan Liberation Army", "armed_group", 2, "Balochistan Liberation Army", "BLA"),
      SF("security forces")],
     [],
     [P("Quetta", "city", BA, "Quetta"),
      P("Kardgap", "town", BA, "Mastung"),
      P("Mastung District", "district", BA, "Mastung"),
      P("Quetta-Karachi highway", "road", None, None)],
     [],
     [I("claimed to have killed four militants of the banned Balochistan Liberation Army (BLA) in an intelligence-based operation",
        *CLASH, None, "Counter Terrorism Department", "Balochistan Liberation Army", BA, "Mastung", "Kardgap", 2, "on Wednesday",
        4, {"militants": 4}, 2,
        "A CTD raid on a BLA hideout; militants opened fire and four were killed. Two other militants were arrested injured: they "
        "are the injured, and their arrest belongs to this raid, not a separate Arrests incident. 'In the mountains near Kardgap', "
        "hence precision 2. 'On Wednesday' is when the CTD made the claim; the text gives no other date. Quetta is the dateline; "
        "the highway and the attacks on security forces are the militants' alleged past activity.")],
     not_incidents=["attacks on security forces and in planting landmines on the Quetta-Karachi highway"])

# ---------------------------------------------------------------- CG-10
gold(10, "The Express Tribune",
     [A("Baloch Republican Army", "armed_group", 2, "Baloch Republican Army", "BRA"),
      A("Balochistan Liberation Front", "armed_group", 2, "Balochistan Liberation Front", "BLF")],
     [PERSON("Mir Shahzeb Rind", ["Mir Shahzeb Rind"], ["Balochistan Home Minister"])],
     [P("Chief Minister's Secretariat", "building", BA, "Quetta"),
      P("Quetta", "city", BA, "Quetta"),
      P("Dera Bugti", "district", BA, "Dera Bugti"),
      P("Kohlu", "district", BA, "Kohlu")],
     [{"speaker": "Mir Shahzeb Rind", "starts": "Those who lay down arms will be welcomed"}],
     [I("34 Farari (absconding) militants, including two commanders, laid down their arms",
        *CHANGE, None, "Baloch Republican Army", None, BA, "Quetta", "Quetta", 1, "on Thursday",
        0, {}, None,
        "A mass surrender with weapons at a government ceremony. Coded Strategic developments / Change to group/activity (members "
        "leaving an armed group); 'Other' is the alternative reading. The militants came from both the BRA and the BLF; the BRA, "
        "named first, is actor1. The provincial government is a civil authority, not an armed actor, so actor2 is null. No GTD type "
        "(no attack). Dera Bugti and Kohlu are the militants' home districts.")])

# ---------------------------------------------------------------- CG-11
gold(11, "Dawn",
     [TTP("Tehreek-e-Taliban Pakistan", "TTP"),
      A("Levies", "state_force", 1, "Levies")],
     [PERSON("Saeedur Rehman", ["Maulvi Saeedur Rehman"], ["local commander of the TTP", "surrendered"]),
      PERSON("Junaid Khattak", ["Junaid Khattak"], ["Assistant Political Agent"])],
     [P("Khar", "town", KP, "Bajaur"),
      P("Bajaur Agency", "district", KP, "Bajaur"),
      P("Mamund", "area", KP, "Bajaur")],
     [],
     [I("Sixty-two militants of the Tehreek-e-Taliban Pakistan (TTP), including a local commander, Maulvi Saeedur Rehman, surrendered to the political administration before a jirga of tribal elders",
        *CHANGE, None, "Tehreek-e-Taliban Pakistan", None, KP, "Bajaur", "Khar", 1, "on Monday",
        0, {}, None,
        "Surrender of 62 TTP militants with their weapons before a jirga; coded like other surrenders (Change to group/activity). "
        "The political administration and the Salarzai elders are not armed actors, so actor2 is null. " + FATA_NOTE),
      I("the Levies had arrested 11 suspected militants from Mamund tehsil during a search operation",
        *ARREST, None, "Levies", UAG, KP, "Bajaur", "Mamund", 2, "on Sunday",
        0, {}, None,
        "An arrest not tied to the surrender, so its own Arrests incident. The suspects are not tied to a named group. Tehsil only, "
        "hence precision 2. Arrests get no GTD type.")])

# ---------------------------------------------------------------- CG-12
gold(12, None,
     [SF("Security forces"), ISPR("ISPR")],
     [],
     [P("Kabal", "area", KP, "Swat"),
      P("Swat District", "district", KP, "Swat")],
     [],
     [I("Security forces recovered a huge cache of arms and ammunition from a cave in the mountains of Kabal tehsil",
        *DWU, None, SFN, UAG, KP, "Swat", "Kabal", 2, "on Saturday",
        0, {}, None,
        "A weapons cache seized: Disrupted weapons use. It was found in a search, with no attack under way and no device set to go "
        "off, so GTD is null (a defused bomb would take Bombing/Explosion). The cache is said to be the terrorists' (no group named). "
        "Tehsil mountains, precision 2. The 2009 operation is background.")],
     not_incidents=["the 2009 military operation"])

# ---------------------------------------------------------------- CG-13
gold(13, None,
     [SF("security forces", "soldiers"),
      A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS"),
      ISPR("ISPR")],
     [PERSON("Gul Zameen", ["Lance Naik Gul Zameen"], ["Lance Naik", "soldier killed in the IED blast", "resident of Bannu District"]),
      PERSON("Muhammad Ashfaq", ["Sepoy Muhammad Ashfaq"], ["Sepoy", "soldier killed in the IED blast", "resident of Chakwal District"])],
     [P("Spinwam", "town", KP, "North Waziristan"),
      P("North Waziristan District", "district", KP, "North Waziristan"),
      P("Bannu District", "district", KP, "Bannu"),
      P("Chakwal District", "district", PU, "Chakwal")],
     [{"speaker": "Inter-Services Public Relations", "starts": "Area sanitisation is being carried out"}],
     [I("an improvised explosive device (IED) went off near a security forces' vehicle",
        *IED, BE, UAG, SFN, KP, "North Waziristan", "Spinwam", 1, "on Sunday",
        2, {"security_forces": 2}, 3,
        "Two soldiers killed; 'three others' injured (soldiers by implication, but injured carry no side). No group named."),
      I("defused another IED planted about 300 metres from the blast site",
        *DWU, BE, "Bomb Disposal Squad", UAG, KP, "North Waziristan", "Spinwam", 1, "Later",
        0, {}, None,
        "A second device defused by the BDS near the blast site: Disrupted weapons use, GTD Bombing/Explosion, as the dev files code "
        "defused bombs. Its date is only 'Later' (the same day or after).")],
     not_incidents=["Area sanitisation is being carried out to find the perpetrators"])

# ---------------------------------------------------------------- CG-14
gold(14, None,
     [SF("soldiers", "Own troops"), ISPR("ISPR")],
     [],
     [P("Afghanistan", "country", None, None),
      P("Sur Ghar", "area", KP, "Mohmand"),
      P("Mohmand District", "district", KP, "Mohmand"),
      P("Pakistan", "country", None, None)],
     [],
     [I("terrorists from inside Afghanistan opened fire on a Pakistani border post",
        *CLASH, AA, UAG, SFN, KP, "Mohmand", "Sur Ghar", 1, "late on Monday",
        3, {"security_forces": 3}, None,
        "Gunfire from across the border on a border post, with troops returning fire: an attack on soldiers, so Battles/Armed clash. "
        "The attackers were 'terrorists', not Afghan state forces, and no group is named. Coded at the Pakistani post. The terrorists' "
        "'heavy casualties' are uncounted.")],
     not_incidents=["Pakistan has repeatedly asked the Afghan authorities to ensure effective border management on their side"])

# ---------------------------------------------------------------- CG-15
gold(15, None,
     [A("Hafiz Gul Bahadur Group", "armed_group", 2, "Hafiz Gul Bahadur group"),
      SF("soldiers", "Security forces"),
      ISPR("ISPR")],
     [],
     [P("Bannu", "city", KP, "Bannu"),
      P("Bannu-Miranshah road", "road", KP, None),
      P("Bakakhel", "area", KP, "Bannu"),
      P("Bannu District", "district", KP, "Bannu"),
      P("Miranshah", "town", KP, "North Waziristan")],
     [],
     [I("a suicide bomber rammed an explosives-laden vehicle into a military convoy",
        *SUICIDE, BE, "Hafiz Gul Bahadur Group", SFN, KP, "Bannu", "Bakakhel", 1, "on Tuesday morning",
        7, {"security_forces": 5, "civilians": 2}, 9,
        "A suicide vehicle bomb on a military convoy. 'At least five soldiers' = 5; two civilians passing by were also killed; the "
        "bomber is not counted. Nine injured (soldiers by wording, but no side for injured). 'A faction of' the Hafiz Gul Bahadur group "
        "claimed it; the faction is not named, so actor1 is the group. Miranshah was the convoy's destination.")],
     not_incidents=["a search operation has been launched to trace the facilitators"])

# ---------------------------------------------------------------- CG-16
gold(16, None,
     [A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
      A("Balochistan Liberation Front", "armed_group", 2, "Balochistan Liberation Front", "BLF"),
      SF("Security forces"),
      ISPR("ISPR")],
     [PERSON("Gwahram Baloch", ["Gwahram Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
     [P("TURBAT", "city", BA, "Kech"),
      P("Buleda", "area", BA, "Kech"),
      P("Kech District", "district", BA, "Kech")],
     [],
     [I("terrorists attacked an FC post in Buleda area",
        *CLASH, AA, "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Buleda", 1, "late on Thursday",
        6, {"security_forces": 4, "militants": 2}, None,
        "Attack on an FC post, claimed by the BLF, so actor1 is BLF. Four FC personnel and two attackers killed. Turbat is the "
        "dateline. The follow-up operation reports no outcome.")],
     not_incidents=["Security forces are conducting an operation in the area to apprehend the fleeing terrorists"])

# ---------------------------------------------------------------- CG-17
gold(17, None,
     [SF("security forces"), ISPR("ISPR")],
     [],
     [P("Jatta Kalay", "town", KP, "Tank"),
      P("Tank District", "district", KP, "Tank")],
     [],
     [I("Two khwarij were sent to hell when security forces conducted an IBO",
        *CLASH, None, SFN, UAG, KP, "Tank", "Jatta Kalay", 1, "on Tuesday",
        2, {"militants": 2}, None,
        "Two militants killed in an IBO. The text does not describe the fight, but an IBO in which armed militants are killed is coded "
        "Battles/Armed clash like the other IBOs. State-initiated, GTD null; 'khwarij' names no organisation.")])

# ---------------------------------------------------------------- CG-18
gold(18, None,
     [SF("Security forces", "own troops", "law enforcement agencies"),
      ISPR("Inter-Services Public Relations", "ISPR")],
     [PERSON("Qari Azmatullah", ["Qari Azmatullah", "Shaheen"], ["ringleader of the khwarij", "killed in the Tirah valley engagement", "wanted for the killing of two tribal elders"]),
      PERSON("Naveed Anjum", ["Sepoy Naveed Anjum"], ["Sepoy", "soldier killed in the Kulachi engagement", "resident of Khanewal District"])],
     [P("Khyber Pakhtunkhwa", "province", KP, None),
      P("Tirah valley", "area", KP, "Khyber"),
      P("Khyber District", "district", KP, "Khyber"),
      P("Kulachi", "town", KP, "Dera Ismail Khan"),
      P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
      P("Khanewal District", "district", PU, "Khanewal")],
     [],
     [I("own troops effectively engaged the khwarij location and six khwarij were sent to hell",
        *CLASH, None, SFN, UAG, KP, "Khyber", "Tirah valley", 2, "on 12 and 13 February",
        6, {"militants": 6}, None,
        "First of two engagements in one ISPR statement: six militants killed in the Tirah valley, including the named ringleader. "
        "The statement gives two dates for two engagements without saying which was when, so both carry 'on 12 and 13 February'. "
        "Valley only, precision 2. 'Khwarij' names no organisation."),
      I("four khwarij were killed",
        *CLASH, None, SFN, UAG, KP, "Dera Ismail Khan", "Kulachi", 1, "on 12 and 13 February",
        5, {"militants": 4, "security_forces": 1}, None,
        "Second engagement, in Kulachi: four militants and one soldier killed. 10 = 6 + 4 militants in total.")],
     not_incidents=["Sanitisation operations are being carried out in both areas",
                    "the killing of two tribal elders"])

# ---------------------------------------------------------------- CG-19
gold(19, None,
     [SF("security forces"),
      A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC")],
     [],
     [P("Mamozai", "area", KP, "Orakzai"),
      P("Orakzai Agency", "district", KP, "Orakzai"),
      P("Kalaya", "town", KP, "Orakzai"),
      P("Orakzai", "district", KP, "Orakzai")],
     [],
     [I("Dozens of militants were killed when fighter jets of the security forces bombed their hideouts in Mamozai area",
        *AIR, None, SFN, UAG, KP, "Orakzai", "Mamozai", 1, "on Friday",
        12, {"militants": 12}, None,
        "Air strikes on hideouts. 'Dozens' = 12 under the ACLED rule. No group named. State air strike, GTD null. " + FATA_NOTE),
      I("militants attacked a checkpost of the Frontier Corps (FC) near Kalaya",
        *CLASH, AA, UAG, "Frontier Corps", KP, "Orakzai", "Kalaya", 2, None,
        5, {"security_forces": 2, "militants": 3}, None,
        "A separate attack on an FC checkpost: two FC men and three militants killed. 'Near' Kalaya, hence precision 2. The text "
        "says only 'Separately', with no date of its own, so date_text is null (probably the same Friday). The cumulative claim of "
        "600 militants killed is not an incident.")],
     not_incidents=["Since the start of the military operation in Orakzai, officials claim to have killed more than 600 militants"])

# ---------------------------------------------------------------- CG-20
gold(20, "The News",
     [A("Levies", "state_force", 1, "Levies"),
      TTP("Tehreek-e-Taliban Pakistan", "TTP"),
      A("Tehreek-e-Taliban Pakistan (Mohmand chapter)", "armed_group", 2, "Mohmand chapter")],
     [PERSON("Sajid Mohmand", ["Sajid Mohmand"], ["spokesman of the TTP Mohmand chapter"])],
     [P("Ghalanai", "town", KP, "Mohmand"),
      P("Mohmand Agency", "district", KP, "Mohmand"),
      P("Khapakh", "area", KP, "Mohmand"),
      P("Safi", "area", KP, "Mohmand")],
     [],
     [I("The bullet-riddled bodies of four Levies personnel, who had been abducted by militants from their checkpost in Ghalanai",
        *VAC, KID, "Tehreek-e-Taliban Pakistan (Mohmand chapter)", "Levies", KP, "Mohmand", "Khapakh", 1, "on Monday",
        4, {"security_forces": 4}, None,
        "Four Levies men were taken from their checkpost and later killed in captivity. The rule 'abducted and later killed' gives "
        "Violence against civilians / Attack with GTD Kidnapping, even though the victims are state personnel: they were unarmed "
        "captives when killed. No casualties are reported at the checkpost itself, so the storming is not split off as an Armed clash. "
        "Coded where and when the bodies were found (Khapakh, Monday); the abduction was on Saturday night in Ghalanai. The TTP "
        "Mohmand chapter claimed the killings, so it is actor1. " + FATA_NOTE)])

# ---------------------------------------------------------------- CG-21
gold(21, None,
     [SF("Troops", "soldier"), ISPR("ISPR")],
     [],
     [P("Daggar", "town", KP, "Buner"),
      P("Buner", "district", KP, "Buner"),
      P("Rawalpindi", "city", PU, "Rawalpindi"),
      P("Gul Bandai", "town", KP, "Buner"),
      P("Swat", "district", KP, "Swat")],
     [{"speaker": "unnamed military spokesman", "starts": "The town has been cleared of militants"}],
     [I("Troops regained control of Daggar, the district headquarters of Buner",
        *REGAIN, None, SFN, UAG, KP, "Buner", "Daggar", 1, "on Tuesday",
        13, {"militants": 12, "security_forces": 1}, None,
        "The army retook the district headquarters after two days of fighting: Government regains territory. 12 militants and one "
        "soldier killed over the two days; they are not split by day. No group named. Rawalpindi is where the spokesman spoke."),
      I("the militants set fire to a government girls' high school and the house of a local elder",
        *LOOT, FIA, UAG, None, KP, "Buner", "Gul Bandai", 1, None,
        0, {}, 0,
        "Arson of a school and a house by retreating militants, with 'no casualties': no explosives and no one harmed, so Strategic "
        "developments / Looting/property destruction, with GTD Facility/Infrastructure Attack (an attack on a facility, unlike raids). "
        "No target person, so actor2 null. The text dates it only as 'Before fleeing', so date_text is null.")],
     not_incidents=["The operation in Buner was launched last week",
                    "militants from neighbouring Swat moved into the district"])

# ---------------------------------------------------------------- CG-22
gold(22, None,
     [A("Police", "state_force", 1, "police"),
      ISPR("ISPR"),
      TTP("Fitna al Khwarij", "Tehreek-e-Taliban Pakistan", "TTP")],
     [],
     [P("Hurmaz", "area", KP, "North Waziristan"),
      P("Mir Ali", "area", KP, "North Waziristan"),
      P("North Waziristan District", "district", KP, "North Waziristan")],
     [],
     [I("khwarij dropped an explosive device from a quadcopter on a house",
        *AIR, BE, UAG, "Civilians", KP, "North Waziristan", "Hurmaz", 1, "on the evening of January 8, 2025",
        2, {}, 3,
        "A quadcopter dropped an explosive on a family's house: a drone attack by a non-state actor, so Air/drone strike, GTD "
        "Bombing/Explosion. Two children killed, three women injured; children and women carry no side label (as in the dev files). "
        "The ISPR blamed Fitna al Khwarij (the TTP) but the TTP denied it and no one claimed it, so actor1 stays Unidentified.")],
     not_incidents=["A spokesman for the Tehreek-e-Taliban Pakistan (TTP), however, denied the group's involvement"])

# ---------------------------------------------------------------- CG-23
gold(23, None,
     [A("Police", "state_force", 1, "police")],
     [PERSON("Fazal Wahid Khan", ["Fazal Wahid Khan"], ["District Police Officer (DPO)"])],
     [P("Charmang", "area", KP, "Bajaur"),
      P("Bajaur District", "district", KP, "Bajaur")],
     [],
     [I("an explosive device they were planting along a road went off prematurely",
        *IED, BE, UAG, None, KP, "Bajaur", "Charmang", 1, "on Wednesday",
        2, {"militants": 2}, 1,
        "The device blew up while militants were planting it; two militants killed and a third injured and arrested (his arrest "
        "belongs to this event). The intended target, a polio vaccination team, was not hit, so actor2 is null. Coded as the "
        "(failed) bombing itself rather than Disrupted weapons use, because the device did go off and killed people.")])

# ---------------------------------------------------------------- CG-24
gold(24, None,
     [A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
      TTP("Tehreek-e-Taliban Pakistan"),
      A("Lashkar-e-Jhangvi", "armed_group", 2, "Lashkar-e-Jhangvi"),
      A("Islamic State", "armed_group", 2, "Daesh")],
     [],
     [P("Punjab", "province", PU, None),
      P("Lahore", "city", PU, "Lahore"),
      P("Gujranwala", "city", PU, "Gujranwala"),
      P("Rawalpindi", "city", PU, "Rawalpindi"),
      P("Multan", "city", PU, "Multan"),
      P("Bahawalpur", "city", PU, "Bahawalpur"),
      P("Sahiwal", "city", PU, "Sahiwal"),
      P("Harappa", "town", PU, "Sahiwal")],
     [],
     [I("arrested 11 suspected terrorists in 71 intelligence-based operations",
        *ARREST, None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PU, None, "Punjab", 3, "during the past week",
        0, {}, None,
        "A weekly CTD round-up: 11 arrests in five cities, with no split by city, so one Arrests record at province level "
        "(precision 3). The arrested belonged to the TTP, LeJ and Daesh; the TTP, named first, is actor2. The explosives and "
        "literature seized belong to the same arrests. Arrests get no GTD type."),
      I("two suspects planning to attack a church in Sahiwal were arrested near Harappa",
        *DWU, BE, "Counter Terrorism Department", UAG, PU, "Sahiwal", "Harappa", 2, "on Thursday",
        0, {}, None,
        "A planned attack prevented, with a suicide jacket and grenades seized: Disrupted weapons use rather than Arrests, with GTD "
        "Bombing/Explosion as for a prevented bombing (judgement; Arrests is the alternative). The CTD spokesperson reports it, so "
        "the CTD is actor1. 'Near' Harappa, precision 2. Sahiwal is the intended target's city.")])

# ---------------------------------------------------------------- CG-25
gold(25, "The Express Tribune",
     [SF("Security forces")],
     [],
     [P("PARACHINAR", "town", KP, "Kurram"),
      P("Zeran Kandao", "area", KP, "Kurram"),
      P("Central Kurram", "area", KP, "Kurram"),
      P("Sadda", "town", KP, "Kurram"),
      P("Lower Kurram", "area", KP, "Kurram")],
     [],
     [I("helicopter gunships pounded suspected militant hideouts in the Zeran Kandao area",
        *AIR, None, SFN, UAG, KP, "Kurram", "Zeran Kandao", 1, "on Wednesday",
        8, {"militants": 8}, None,
        "Helicopter gunship strikes on hideouts: Air/drone strike. Eight militants killed by officials' account. State strike, GTD "
        "null. Parachinar is the dateline."),
      I("militants fired four mortar shells at Sadda",
        *SHELL, BE, UAG, "Civilians", KP, "Kurram", "Sadda", 1, None,
        0, {}, 4,
        "Mortar fire with no gunfire: Shelling/artillery/missile attack. Four civilians injured (injured carry no side field). "
        "'Meanwhile' gives no date of its own, so date_text is null.")],
     not_incidents=["The area has been under curfew since Monday"])

# ---------------------------------------------------------------- CG-26
gold(26, None,
     [A("Police", "state_force", 1, "Police", "policemen", "police")],
     [PERSON("Zahid Mehmood", ["Constable Zahid Mehmood"], ["Constable", "killed in the attack"]),
      PERSON("Abrar Khan Marwat", ["Abrar Khan Marwat"], ["District Police Officer (DPO)"])],
     [P("Gara Mohabbat", "town", KP, "Dera Ismail Khan"),
      P("Daraban", "area", KP, "Dera Ismail Khan"),
      P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
     [],
     [I("Police repulsed an attack by terrorists on the Gara Mohabbat police post",
        *CLASH, AA, UAG, "Police", KP, "Dera Ismail Khan", "Gara Mohabbat", 1, "late on Saturday night",
        3, {"security_forces": 1, "militants": 2}, 2,
        "An hour-long assault on a police post with heavy weapons and grenades; police returned fire: Battles/Armed clash, GTD Armed "
        "Assault. One constable killed, two policemen injured; the two attackers' bodies found next morning are counted. No claim, "
        "so Unidentified.")],
     not_incidents=["Police have launched a search operation in the area"])

# ---------------------------------------------------------------- CG-27
gold(27, "Daily Times",
     [A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
      A("Baloch Republican Army", "armed_group", 2, "Baloch Republican Army", "BRA")],
     [PERSON("Doda Baloch", ["Doda Baloch"], ["spokesman of the Baloch Republican Army (BRA)"])],
     [P("Sui", "town", BA, "Dera Bugti"),
      P("Dera Bugti District", "district", BA, "Dera Bugti")],
     [],
     [I("Militants fired six rockets at the Frontier Corps (FC) camp in Sui town",
        *SHELL, BE, "Baloch Republican Army", "Frontier Corps", BA, "Dera Bugti", "Sui", 1, "on Sunday night",
        1, {}, 3,
        "Rocket fire with no gunfire: Shelling/artillery/missile attack. The BRA claimed it. Three FC personnel injured; a child "
        "killed in a nearby house (no side label for 'a child', as for 'a woman' in the dev files).")])

# ---------------------------------------------------------------- CG-28
gold(28, "Dawn",
     [A("Levies", "state_force", 1, "Levies"),
      SF("security forces")],
     [],
     [P("Pir Baba Ghar", "area", BA, "Dera Bugti"),
      P("Dera Bugti District", "district", BA, "Dera Bugti")],
     [],
     [I("their vehicle hit a landmine in Pir Baba Ghar area",
        *IED, BE, UAG, "Levies", BA, "Dera Bugti", "Pir Baba Ghar", 1, "on Monday",
        4, {"security_forces": 3}, None,
        "A Levies patrol vehicle struck a planted landmine: three Levies and a local peace committee member killed. A pro-government "
        "peace committee member fits none of the sides (as in the dev files), so killed_by_side counts only the three Levies."),
      I("security forces conducted an operation in the same area and killed three militants in an exchange of fire",
        *CLASH, None, SFN, UAG, BA, "Dera Bugti", "Pir Baba Ghar", 2, "A day later",
        3, {"militants": 3}, None,
        "A follow-up operation with an outcome (three militants killed, weapons recovered), so it is an incident. 'The same area', "
        "precision 2. State-initiated, GTD null.")])

# ---------------------------------------------------------------- CG-29
gold(29, "Dawn",
     [TTP("Tehreek-e-Taliban Pakistan", "TTP"),
      A("Pakistan Rangers", "state_force", 1, "Pakistan Rangers", "Rangers"),
      A("Police", "state_force", 1, "police")],
     [],
     [P("KARACHI", "city", SI, "Karachi"),
      P("Manghopir", "area", SI, "Karachi"),
      P("Sultanabad", "area", SI, "Karachi")],
     [],
     [I("Four suspected militants of the banned Tehreek-e-Taliban Pakistan (TTP) were killed in an exchange of fire with Pakistan Rangers",
        *CLASH, None, "Pakistan Rangers", "Tehreek-e-Taliban Pakistan", SI, "Karachi", "Sultanabad", 1, "on Friday night",
        4, {"militants": 4}, 1,
        "A Rangers raid on a TTP hideout in Sultanabad, Manghopir; the militants fired first but the raid was state-initiated, so GTD "
        "null. Four militants killed, one Ranger injured. The two arrests and the weapons recovered belong to the raid. The planned "
        "attack on a police van is the tip-off, not a separate event.")])

# ---------------------------------------------------------------- CG-30
gold(30, None,
     [SF("Security forces", "soldiers"), ISPR("ISPR")],
     [PERSON("Amjad Iqbal", ["Havaldar Amjad Iqbal"], ["Havaldar", "soldier killed in the engagement", "resident of Loralai District"]),
      PERSON("Sohail Ahmed", ["Sepoy Sohail Ahmed"], ["Sepoy", "soldier killed in the engagement", "resident of Killa Saifullah District"])],
     [P("Pak-Afghan border", "border", None, None),
      P("Sambaza", "area", BA, "Zhob"),
      P("Zhob District", "district", BA, "Zhob"),
      P("Loralai District", "district", BA, "Loralai"),
      P("Killa Saifullah District", "district", BA, "Killa Saifullah"),
      P("Pakistan", "country", None, None)],
     [],
     [I("Security forces foiled aninfiltration bid by a group of terrorists along the Pak-Afghan border",
        *CLASH, None, SFN, UAG, BA, "Zhob", "Sambaza", 1, "on the night of July 11",
        7, {"militants": 5, "security_forces": 2}, None,
        "An infiltration bid engaged by troops: five militants and two soldiers killed. Troops opened the engagement, GTD null. "
        "No group named. The text has two scraping faults ('aninfiltration', 'theISPR'); `what` keeps the text as it is, as the dev "
        "files do with 'killedin'.")],
     not_incidents=["Pakistan has consistently asked the interim Afghan government to ensure effective border management on its side"],
     cleaning={"must_contain": ["foiled an infiltration bid", "the ISPR said. Five terrorists"],
               "must_not_contain": ["aninfiltration", "theISPR"],
               "keep_unchanged": ["Pak-Afghan", "Killa Saifullah", "shahadat", "Havaldar"],
               "near_duplicate_sentences": [],
               "flag_as_damaged": []})


if __name__ == "__main__":
    for n, g in sorted(G.items()):
        with open(os.path.join(HERE, "CG-%02d.gold.json" % n), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", len(G), "gold files")
