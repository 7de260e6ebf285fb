# Hand coding of set BE, written as data. build.py turns each entry into BE-NN.gold.json in the
# shape of shared/benchmarks/pakistan-gold-dev/*.gold.json.

KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
UAG = "Unidentified Armed Group"
VAC, EXP, BAT, STR, PRO, RIO = (
    "Violence against civilians", "Explosions/Remote violence", "Battles",
    "Strategic developments", "Protests", "Riots")


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, gp, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": admin1, "admin2": admin2, "location": loc, "geo_precision": gp,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}


POLICE = lambda *m: A("Police", "state_force", 1, list(m) or ["Police"])
LEVIES = A("Levies", "state_force", 1, ["Levies"])
FC = A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
BDS_FULL = A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])
BDS = A("Bomb Disposal Squad", "state_force", 1, ["BDS"])
BLF = A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])
CTD = A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
LEJ = A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])
QUETTA = P("Quetta", "city", BA, "Quetta")
KARACHI = P("Karachi", "city", SD, "Karachi")
BALOCHISTAN = P("Balochistan", "province", BA, None)
SINDH = P("Sindh", "province", SD, None)
PUNJAB = P("Punjab", "province", PB, None)

GOLD = {}

# ---------------------------------------------------------------------------------------------
GOLD["BE-01"] = dict(
    publisher="Dawn",
    actors=[LEVIES,
            A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]),
            BDS_FULL],
    people=[H("Meeran Baloch", ["Meeran Baloch"], ["BRA spokesman"])],
    places=[P("Kalri Mazar", "area", BA, "Dera Bugti"),
            P("Sui", "area", BA, "Dera Bugti"),
            P("Dera Bugti District", "district", BA, "Dera Bugti")],
    incidents=[
        I("Suspected militants blew up a 24 inch diameter gas pipeline", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", "Baloch Republican Army", None,
          BA, "Dera Bugti", "Kalri Mazar", 1, "on the intervening night of March 11 and 12", 0, {}, 0,
          "Explosives planted beneath a gas pipeline went off and set it on fire. The text says "
          "'Suspected militants', but the BRA claimed 'the blast', so the BRA is actor1 (claim rule). "
          "The target is infrastructure, so actor2 is null. 'No casualty was reported', so killed and "
          "injured are 0 (as for 'no casualty' in satp-sa-dev-93). The date is the intervening night "
          "of March 11 and 12, so the day itself is uncertain by one. Sui is the tehsil and the plant's "
          "town; the blast site is the named area Kalri Mazar. Levies are only the source."),
        I("a Bomb Disposal Squad (BDS) team defused a five kilogramme device", STR,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG,
          BA, "Dera Bugti", "Kalri Mazar", 1, "Later", 0, {}, None,
          "A second device on the same pipeline 'in the same area' was defused: a disrupted bombing, "
          "coded like the defused bombs in satp-sa-dev-109. The BRA claim names only 'the blast', so "
          "whoever planted this device stays Unidentified. 'Later' is the only time given (after the "
          "night of March 11/12)."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-02"] = dict(
    publisher="The Express Tribune",
    actors=[POLICE(), BLF],
    people=[H("Ghulam Fareed", ["Ghulam Fareed"],
              ["labourer from Punjab", "injured in the attack and died the next morning"]),
            H("Dosten Baloch", ["Dosten Baloch"], ["BLF spokesman"])],
    places=[PUNJAB,
            P("Sorap Dap", "town", BA, "Kech"),
            P("Hoshab", "area", BA, "Kech"),
            P("Kech District", "district", BA, "Kech"),
            P("Rahim Yar Khan", "district", PB, "Rahim Yar Khan"),
            P("Khanewal", "district", PB, "Khanewal"),
            P("Turbat", "city", BA, "Kech")],
    incidents=[
        I("armed assailants stormed their camp at a construction site", VAC, "Attack",
          "Armed Assault", "Balochistan Liberation Front", "Civilians",
          BA, "Kech", "Sorap Dap", 2, "on the night of May 9", 7, {"civilians": 7}, 1,
          "Labourers from Punjab were herded into a room and shot: an attack on unarmed workers from "
          "another province, so Violence against civilians / Attack. Six died at once and one of the "
          "two injured, Ghulam Fareed, died the next morning, so killed = 7 and injured = 1 (each "
          "person counted once, by final outcome). Labourers are a civilian role. The BLF claimed the "
          "killings. 'Near' Sorap Dap village, hence precision 2. Rahim Yar Khan, Khanewal and Turbat "
          "are the workers' home districts and the hospital town, not incident places."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-03"] = dict(
    publisher="Daily Times",
    actors=[A("Rangers", "state_force", 1, ["Rangers"]), LEJ],
    people=[],
    places=[P("Mominabad", "area", SD, "Karachi"),
            P("Orangi Town", "area", SD, "Karachi"),
            KARACHI, SINDH,
            P("Pirabad", "area", SD, "Karachi")],
    incidents=[
        I("Rangers arrested seven suspected target killers", STR, "Arrests", None,
          "Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Mominabad", 1, "on August 14", 0, {}, None,
          "A Rangers raid with seven arrests and weapons seized from the suspects. The arrests are the "
          "main outcome, so Arrests; the seized Kalashnikovs, pistols and grenade belong to the same "
          "event and are not a separate Disrupted weapons use. Four of the seven are said to be LeJ, so "
          "actor2 is LeJ. Raids and arrests get no GTD attack type. The 'sectarian killings of at least "
          "11 people' are background with no date or place and are not coded."),
        I("Rangers personnel recovered a cache of weapons", STR, "Disrupted weapons use", None,
          "Rangers", UAG, SD, "Karachi", "Pirabad", 1, None, 0, {}, None,
          "A second raid on an abandoned house found rocket launchers and grenades but no one was "
          "arrested, so it is a weapons seizure (Disrupted weapons use), its own incident. No group "
          "is tied to the cache, so actor2 is Unidentified. A raid gets no GTD attack type. The place "
          "is given only as the limits of Pirabad Police Station, a Karachi neighbourhood, coded "
          "precision 1 (as police-station areas are in the dev files). 'In another raid' gives no "
          "date; it is probably the same day but the text does not say so."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-04"] = dict(
    publisher="Dawn",
    actors=[POLICE()],
    people=[H("Ali Madad", ["Ali Madad"], ["Shia Hazara vegetable vendor", "killed", "uncle of Qurban Ali"]),
            H("Qurban Ali", ["Qurban Ali"], ["Shia Hazara vegetable vendor", "killed", "nephew of Ali Madad"]),
            H("Abdul Wahid Kasi", ["Abdul Wahid Kasi"], ["Deputy Inspector General (DIG) of Police"])],
    places=[P("Hazar Ganji", "area", BA, "Quetta"), QUETTA,
            P("Hazara Town", "area", BA, "Quetta"),
            P("Killi Ismail", "area", BA, "Quetta")],
    incidents=[
        I("armed men riding a motorcycle opened fire at them", VAC, "Attack", "Armed Assault",
          UAG, "Civilians", BA, "Quetta", "Hazar Ganji", 1, "on October 4", 2, {"civilians": 2}, None,
          "A sectarian target killing of two Shia Hazara vendors; vendors are a civilian role. Victims "
          "singled out by community, not prominent persons, so Armed Assault. No group is named. Hazara "
          "Town is where they were going and Killi Ismail where the attackers fled; neither is the "
          "incident place."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-05"] = dict(
    publisher="The News",
    actors=[POLICE(), BDS],
    people=[H("Haji Yaqoob Kutchi", ["Haji Yaqoob Kutchi"],
              ["shopkeeper", "injured", "had refused to pay extortion"]),
            H("Faizan", ["Faizan"], ["12 year old boy", "injured in the grenade attack, died later"])],
    places=[P("Chakiwara", "area", SD, "Karachi"),
            P("Lyari Town", "area", SD, "Karachi"),
            KARACHI,
            P("Lyari", "area", SD, "Karachi"),
            P("Bihar Colony Road", "area", SD, "Karachi"),
            P("Kalri", "area", SD, "Karachi")],
    incidents=[
        I("Unidentified motorcyclists hurled a hand grenade at a crockery shop", EXP, "Grenade",
          "Bombing/Explosion", UAG, "Civilians", SD, "Karachi", "Chakiwara", 1, "on June 22", 1, {}, 4,
          "Grenade attack on a shop whose owner had refused extortion. Five were injured; a boy among "
          "them died later that night, so killed = 1 and injured = 4 (each person counted once). A "
          "12-year-old boy has no status in the text, so no side is given. The 'Lyari gang' is not a "
          "named organisation, so actor1 stays Unidentified."),
        I("another grenade was lobbed at a garment shop on Bihar Colony Road", STR,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG,
          SD, "Karachi", "Bihar Colony Road", 1, "Earlier on the same day", 0, {}, None,
          "The grenade was thrown but did not explode and was defused by the BDS. Under the rule for "
          "defused devices it is Strategic developments / Disrupted weapons use, with the BDS as "
          "actor1. An attempted grenade attack (Explosions/Remote violence / Grenade, no casualties) "
          "is the alternative reading. Kalri Police Station limits."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-06"] = dict(
    publisher="Daily Times",
    actors=[LEVIES, FC],
    people=[],
    places=[P("Gadhi Wahan", "town", BA, "Sibi"),
            P("Sibi District", "district", BA, "Sibi"),
            QUETTA],
    incidents=[
        I("Unidentified militants blew up a portion of the railway track", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None,
          BA, "Sibi", "Gadhi Wahan", 2, "on January 27, 2011", 0, {}, 0,
          "A railway track was blown up minutes before the Jaffar Express was due; the train was not "
          "hit. Infrastructure target, so actor2 is null; explosives, so Bombing/Explosion. 'No one was "
          "hurt', so killed and injured are 0. 'Near' the village, hence precision 2. The cordon and "
          "search report no outcome and are not incidents."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-07"] = dict(
    publisher="Dawn",
    actors=[],
    people=[H("Muhammad Hashim", ["Muhammad Hashim"],
              ["passenger", "injured in the train blast, died the following day"])],
    places=[QUETTA,
            P("Jacobabad", "city", SD, "Jacobabad"),
            P("Jacobabad District", "district", SD, "Jacobabad"),
            SINDH],
    incidents=[
        I("a bomb planted in a compartment of the Quetta bound Bolan Mail went off", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Civilians",
          SD, "Jacobabad", "Jacobabad", 2, "on the evening of September 3", 4, {"civilians": 4}, 13,
          "A timed bomb under a seat exploded on a passenger train. Three passengers died at once and "
          "one injured passenger died the next day ('raising the death toll to four'), so killed = 4 "
          "and injured = 14 - 1 = 13. All the dead are passengers, a civilian role. The train was "
          "approaching Jacobabad railway station, i.e. near the city, hence precision 2. No group "
          "is named. Quetta is only the train's destination."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-08"] = dict(
    publisher="The News",
    actors=[LEVIES, BDS],
    people=[],
    places=[P("Mir Hassan Kot", "area", BA, "Naseerabad"),
            P("Dera Murad Jamali", "town", BA, "Naseerabad"),
            P("Naseerabad District", "district", BA, "Naseerabad"),
            BALOCHISTAN,
            P("Chattar", "area", BA, "Naseerabad")],
    incidents=[
        I("Unidentified militants blew up two electricity pylons", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None,
          BA, "Naseerabad", "Mir Hassan Kot", 1, "on the intervening night of July 6 and 7", 0, {}, None,
          "Two pylons of a transmission line were blown up with planted explosives; power failed in "
          "several districts. Infrastructure target, so actor2 is null. No casualties are mentioned, "
          "so killed = 0 and injured null. The blast site is the named area Mir Hassan Kot, 'near' "
          "Dera Murad Jamali; the area itself is named, so precision 1. 'Guddu Sibi' is the line's "
          "name and QESCO a utility, so neither is a place or an actor."),
        I("explosives tied to a third pylon, which were defused by a BDS team", STR,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG,
          BA, "Naseerabad", "Mir Hassan Kot", 1, None, 0, {}, None,
          "Found by a Levies patrol and defused by the BDS 'in the same area': a disrupted bombing. "
          "actor1 is the BDS, which defused it (the Levies found it). No date beyond the context."),
        I("militants fired two rockets at a Levies checkpost", EXP,
          "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Levies",
          BA, "Naseerabad", "Chattar", 1, None, 0, {}, 0,
          "Rocket fire with no gunfire reported, so Shelling/artillery/missile attack (as in "
          "satp-sa-dev-4). 'No casualty was reported', so killed and injured are 0. 'Separately' gives "
          "no date."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-09"] = dict(
    publisher="The Express Tribune",
    actors=[POLICE("policemen", "police", "Police"),
            A("Elite Force", "state_force", 1, ["Elite Force"])],
    people=[H("Jumma Khan", ["Jumma Khan", "Jummo"],
              ["wanted dacoit", "carried head money of PKR two million", "killed in the police operation"])],
    places=[P("Kot Ghulam Hyder", "town", PB, "Rajanpur"),
            P("Rojhan", "area", PB, "Rajanpur"),
            P("Rajanpur District", "district", PB, "Rajanpur"),
            PUNJAB],
    incidents=[
        I("dacoits attacked a police picket at Kot Ghulam Hyder", BAT, "Armed clash",
          "Armed Assault", UAG, "Police", PB, "Rajanpur", "Kot Ghulam Hyder", 1,
          "on the intervening night of February 16 and 17", 4,
          {"security_forces": 2, "militants": 2}, 3,
          "Kacha-area bandits attacked a police picket and a two-hour exchange of fire followed: "
          "Battles / Armed clash, started by the dacoits, so GTD Armed Assault. The counts come in "
          "separate sentences: two policemen killed, three injured (side not stated, implied police), "
          "and 'Two dacoits were also killed'. Armed dacoits fighting police are counted as militants "
          "(the nearest side; they are neither civilians nor state forces). The gang is not named, so "
          "Unidentified Armed Group."),
        I("A wanted dacoit, Jumma Khan alias Jummo, carrying head money of PKR two million, was killed",
          BAT, "Armed clash", None, "Police", UAG, PB, "Rajanpur", "Kot Ghulam Hyder", 1,
          "On February 18", 1, {"militants": 1}, None,
          "A separate event a day later: a police operation (with Elite Force commandos) 'in the same "
          "area', so location is Kot Ghulam Hyder. Started by the state, so GTD is null. The two "
          "accomplices arrested in the same operation are part of this incident, not a separate "
          "Arrests incident. Dacoit counted as militant, as above."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-10"] = dict(
    publisher="Dawn",
    actors=[POLICE("Police", "policeman")],
    people=[H("Waqas Ahmed Butt", ["Waqas Ahmed Butt", "Butt"],
              ["engineer", "resident of Gujranwala", "abducted by dacoits and recovered by police"]),
            H("Rafiq Ahmed Dahar", ["Rafiq Ahmed Dahar", "Dahar"], ["Senior Superintendent of Police (SSP)"]),
            H("Nisar Ahmed Chandio", ["Nisar Ahmed Chandio"], ["Head Constable", "injured in the encounter"]),
            H("Mehboob Jagirani", ["Mehboob Jagirani"], ["leader of the dacoit gang that held the engineer"])],
    places=[P("Kandhkot", "town", SD, "Kashmore"),
            P("Kashmore District", "district", SD, "Kashmore"),
            P("Khanpur", "area", SD, "Shikarpur"),
            P("Shikarpur District", "district", SD, "Shikarpur"),
            P("Gujranwala", "city", PB, "Gujranwala")],
    incidents=[
        I("had been abducted by dacoits from a road construction site near Kandhkot", VAC,
          "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians",
          SD, "Kashmore", "Kandhkot", 2, "on May 2", 0, {}, None,
          "The abduction is reported in retrospect but has its own date and place, so it is coded as "
          "its own incident (unlike undated background abductions such as in satp-sa-dev-99). A ransom "
          "was demanded, so GTD Kidnapping. The gang is known only by its leader's name (a person, "
          "not a named organisation), so actor1 is Unidentified Armed Group. 'Near' Kandhkot, hence "
          "precision 2."),
        I("the engineer was freed after an encounter with dacoits", BAT, "Armed clash", None,
          "Police", UAG, SD, "Shikarpur", "Khanpur", 2, "on May 29", 2, {"militants": 2}, 1,
          "The recovery came through an exchange of fire with the kidnappers, so Battles / Armed clash "
          "started by the police (GTD null). Two dacoits killed (counted as militants) and one head "
          "constable injured. Located only to the kacha area of Khanpur tehsil, hence precision 2. The "
          "release itself is part of this event, not a separate Strategic development."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-11"] = dict(
    publisher="The News",
    actors=[POLICE()],
    people=[H("Zahid Hussain Bangash", ["Zahid Hussain Bangash"],
              ["rickshaw driver", "resident of Qasba Colony", "found shot dead in a sack"])],
    places=[P("Sohrab Goth", "area", SD, "Karachi"), KARACHI,
            P("Qasba Colony", "area", SD, "Karachi")],
    incidents=[
        I("The bullet riddled body of a young man, stuffed in a gunny sack, was found", VAC, "Attack",
          "Armed Assault", UAG, "Civilians", SD, "Karachi", "Sohrab Goth", 1, "on March 8", 1,
          {"civilians": 1}, None,
          "A body in a sack, hands tied, shot in the head; police suspect a sectarian motive. The date "
          "is the day the body was found (as in satp-sa-dev-29). The text says only that he 'had gone "
          "missing', not that he was abducted, so GTD Armed Assault rather than Kidnapping (the "
          "alternative reading). A rickshaw driver is a civilian role. The place is where the body "
          "was found, within Sohrab Goth Police Station limits."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-12"] = dict(
    publisher="The Express Tribune",
    actors=[A("Balochistan National Party (Mengal)", "political_party", 6,
              ["Balochistan National Party Mengal", "BNP M"])],
    people=[H("Nabi Dad", ["Master Nabi Dad", "Nabi Dad"],
              ["leader of the Balochistan National Party Mengal (BNP M)", "district vice president of the party",
               "school teacher"])],
    places=[P("Absar", "area", BA, "Kech"),
            P("Turbat", "city", BA, "Kech"),
            P("Kech District", "district", BA, "Kech")],
    incidents=[
        I("Unidentified armed men shot dead a leader of the Balochistan National Party Mengal (BNP M)",
          VAC, "Attack", "Assassination", UAG, "Civilians", BA, "Kech", "Absar", 1, "on October 11", 1,
          {"civilians": 1}, None,
          "A named party office-holder (district vice president) was singled out and shot, so GTD "
          "Assassination; for a rank-and-file worker it would be Armed Assault (satp-sa-dev-41). A party "
          "leader and teacher is a civilian. The party appears here as the victim's affiliation."),
        I("a complete shutter down strike was observed in Turbat", PRO, "Peaceful protest", None,
          "Balochistan National Party (Mengal)", None, BA, "Kech", "Turbat", 1, "On the following day",
          0, {}, None,
          "A shutter-down strike and sit-in called by the BNP M against the killing, with no "
          "intervention reported: Protests / Peaceful protest, no GTD type. The party is listed in "
          "actors because it organised the protest (the rule leaves out parties named only as victims "
          "or accusers); ACLED itself would write 'Protesters' with the party as associated actor. "
          "The strike also covered 'other towns of Kech District'; it is coded to Turbat, where the "
          "sit-in was held. The date is the day after October 11."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-13"] = dict(
    publisher="Dawn",
    actors=[FC, A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])],
    people=[H("Shahzain Baloch", ["Shahzain Baloch"], ["BLA spokesman"])],
    places=[P("Dazzgi Kaur", "area", BA, "Panjgur"),
            P("Panjgur District", "district", BA, "Panjgur"),
            P("Panjgur", "town", BA, "Panjgur"),
            P("Paroom", "town", BA, "Panjgur"),
            P("Chitkan Bazaar", "area", BA, "Panjgur")],
    incidents=[
        I("militants attacked their convoy with a roadside bomb followed by heavy gunfire", BAT,
          "Armed clash", "Bombing/Explosion", "Balochistan Liberation Army", "Frontier Corps",
          BA, "Panjgur", "Dazzgi Kaur", 1, "on December 2", 7,
          {"security_forces": 4, "militants": 3}, 7,
          "An IED ambush followed by gunfire and FC return fire: one incident. Because fire was "
          "exchanged it is Battles / Armed clash (an IED-only attack would be Remote explosive); GTD "
          "takes the opening method, Bombing/Explosion (Armed Assault would be the second type). "
          "Counts in separate sentences: four FC killed and seven injured; 'Three militants were "
          "killed'. The BLA claimed it."),
        I("a shopkeeper was shot dead by unidentified assailants", VAC, "Attack", "Armed Assault",
          UAG, "Civilians", BA, "Panjgur", "Chitkan Bazaar", 1, "on the same day", 1,
          {"civilians": 1}, None,
          "A separate shooting in Panjgur's bazaar; the BLA claim covers only the convoy attack, so "
          "actor1 is Unidentified. A shopkeeper is a civilian role."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-14"] = dict(
    publisher=None,
    actors=[LEVIES, BLF],
    people=[H("Dosten Baloch", ["Dosten Baloch"], ["BLF spokesman"])],
    places=[P("Zarren Bug", "area", BA, "Gwadar"),
            P("Pasni", "area", BA, "Gwadar"),
            P("Gwadar District", "district", BA, "Gwadar")],
    incidents=[
        I("Around 15 armed men set ablaze four excavators, a bulldozer and two dumper trucks", STR,
          "Looting/property destruction", "Facility/Infrastructure Attack",
          "Balochistan Liberation Front", None, BA, "Gwadar", "Zarren Bug", 1, "on November 15", 0, {}, 0,
          "Arson on a road builder's machinery with no one hurt: Strategic developments / "
          "Looting/property destruction, and GTD Facility/Infrastructure Attack (fire, not "
          "explosives). The workers were locked in a container only while the machines burned; this "
          "is not coded as an abduction. The BLF claimed it on social media. No outlet is named."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-15"] = dict(
    publisher="Dawn",
    actors=[POLICE("police", "Police")],
    people=[H("Naseebullah Kakar", ["Naseebullah Kakar"],
              ["owner of the mobile phone shop", "injured", "received extortion calls"]),
            H("Muhammad Anwar", ["Muhammad Anwar"], ["police constable", "shot dead"])],
    places=[P("Prince Road", "area", BA, "Quetta"),
            P("Bijli Road", "area", BA, "Quetta"),
            QUETTA,
            P("Sariab Road", "area", BA, "Quetta")],
    incidents=[
        I("unidentified men riding a motorcycle hurled a hand grenade at a mobile phone shop", EXP,
          "Grenade", "Bombing/Explosion", UAG, "Civilians", BA, "Quetta", "Prince Road", 1,
          "on July 19", 0, {}, 4,
          "Grenade attack on a shop whose owner had received extortion calls; four injured, including "
          "the owner. Bijli Road is the police station whose limits it fell in."),
        I("unidentified gunmen shot dead a police constable", BAT, "Armed clash", "Armed Assault",
          UAG, "Police", BA, "Quetta", "Sariab Road", 1, "Later on the same day", 1,
          {"security_forces": 1}, None,
          "A policeman on his way to duty was shot dead. Under the rule for attacks on police, even "
          "one-sided ones, this is Battles / Armed clash; GTD Armed Assault (a constable is not a "
          "prominent target). actor2 is Police because the text names the victim as a police "
          "constable."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-16"] = dict(
    publisher="The News",
    actors=[A("Security Forces", "state_force", 1, ["Security forces"]),
            A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"]),
            A("Inter-Services Public Relations", "state_force", 1, ["Inter Services Public Relations", "ISPR"]),
            LEVIES],
    people=[H("Zarar Khan", ["Sepoy Zarar Khan"], ["soldier (Sepoy)", "killed in the operation"])],
    places=[P("Siah Pak", "area", BA, "Mastung"),
            P("Mastung District", "district", BA, "Mastung"),
            P("Kardigap", "area", BA, "Mastung")],
    incidents=[
        I("Security forces killed five terrorists belonging to the Islamic State Khorasan Province (ISKP)",
          BAT, "Armed clash", None, "Security Forces", "Islamic State-Khorasan Province",
          BA, "Mastung", "Siah Pak", 1, "on the intervening night of June 24 and 25", 6,
          {"militants": 5, "security_forces": 1}, 2,
          "An intelligence-based operation with an exchange of fire, started by the state, so GTD "
          "null. Counts in separate sentences: five ISKP militants killed; one soldier killed and two "
          "injured. Arms recovered at the hideout are part of this event. The earlier attack on a "
          "Levies checkpost in Kardigap is background dated only 'last month' and is not coded (as "
          "with the undated earlier attack in satp-sa-dev-87). ISPR is only the source."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-17"] = dict(
    publisher="Daily Times",
    actors=[LEVIES],
    people=[H("Abdul Ghafoor", ["Naib Risaldar Abdul Ghafoor"], ["Levies Naib Risaldar", "injured"]),
            H("Rasool Bakhsh", ["Sepoy Rasool Bakhsh"], ["Levies sepoy", "injured"]),
            H("Ashok Kumar", ["Ashok Kumar"], ["Hindu trader", "abducted from his shop"])],
    places=[P("Mangochar", "area", BA, "Kalat"),
            P("Kalat District", "district", BA, "Kalat"),
            P("Kalat", "city", BA, "Kalat")],
    incidents=[
        I("Unidentified militants set ablaze a cellular phone tower", STR,
          "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None,
          BA, "Kalat", "Mangochar", 1, "on the night of August 29", 0, {}, None,
          "Arson on a telecom tower after the guard was held at gunpoint; no one hurt is mentioned, "
          "so killed = 0 and injured null. Fire, not explosives, so GTD Facility/Infrastructure Attack; "
          "ACLED property destruction. The guard being held briefly is not coded as an abduction."),
        I("armed men opened fire on a Levies patrol on the national highway", BAT, "Armed clash",
          "Armed Assault", UAG, "Levies", BA, "Kalat", "Mangochar", 1, "the following morning", 0, {}, 2,
          "'In the same area' (Mangochar) the next morning; the Levies returned fire. Two Levies "
          "injured, none killed."),
        I("a Hindu trader, Ashok Kumar, was abducted by armed men", VAC,
          "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians",
          BA, "Kalat", "Kalat", 1, "on the same day", 0, {}, None,
          "An abduction of a trader from his shop in Kalat city. 'On the same day' refers back to the "
          "morning after the night of August 29. No ransom or motive is given; GTD Kidnapping is the "
          "closest type."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-18"] = dict(
    publisher="The News",
    actors=[FC, LEVIES],
    people=[],
    places=[P("Killi Badal Khan", "area", BA, "Nushki"),
            P("Nushki District", "district", BA, "Nushki")],
    incidents=[
        I("a remote controlled improvised explosive device (IED) went off near their patrolling vehicle",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Frontier Corps",
          BA, "Nushki", "Killi Badal Khan", 1, "on September 16, 2019", 1, {"security_forces": 1}, 2,
          "A remote-controlled IED in a parked motorcycle hit an FC patrol: one soldier killed, two "
          "injured (injured side implied FC but not stated; only killed is split). No claim."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-19"] = dict(
    publisher="Daily Times",
    actors=[LEVIES],
    people=[H("Shah Murad", ["Shah Murad"], ["college student", "abducted and killed"]),
            H("Nazeer Ahmed", ["Nazeer Ahmed"], ["college student", "abducted and killed"])],
    places=[P("Kharan", "town", BA, "Kharan"),
            P("Sar Kallag", "area", BA, "Kharan"),
            P("Kharan District", "district", BA, "Kharan")],
    incidents=[
        I("The bullet riddled bodies of two young men", VAC, "Attack", "Hostage Taking (Kidnapping)",
          UAG, "Civilians", BA, "Kharan", "Sar Kallag", 1, "on April 6", 2, {"civilians": 2}, None,
          "Abducted on April 3 and found shot dead on April 6: abducted and later killed, so one "
          "incident, ACLED Attack with GTD Kidnapping. Dated and placed where the bodies were found "
          "(as in satp-sa-dev-29); the abduction from Kharan bazaar is part of it, not a separate "
          "incident. Students are a civilian role. Relatives describe men in plain clothes in a double "
          "cabin vehicle, which hints at state agents, but no one is named, so Unidentified Armed "
          "Group (an enforced disappearance reading would make actor1 a state force)."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-20"] = dict(
    publisher="The Express Tribune",
    actors=[FC, A("Security Forces", "state_force", 1, ["Security Forces", "SFs"]), BLF],
    people=[H("Bibi Hani", ["Bibi Hani"], ["woman killed when a rocket hit her house"])],
    places=[P("Dandar Kaur", "area", BA, "Awaran"),
            P("Mashkay", "area", BA, "Awaran"),
            P("Awaran District", "district", BA, "Awaran")],
    incidents=[
        I("Militants fired at least six rockets at a Frontier Corps (FC) camp", EXP,
          "Shelling/artillery/missile attack", "Bombing/Explosion", "Balochistan Liberation Front",
          "Frontier Corps", BA, "Awaran", "Dandar Kaur", 1, "late on the night of January 8", 1, {}, 3,
          "Rocket fire on an FC camp with no gunfire reported, so Shelling/artillery/missile attack. "
          "'At least six' rockets. A woman was killed by a stray rocket; she is 'a woman', so no side "
          "is given (as in satp-sa-dev-116). Three FC personnel injured. The BLF claimed it on social "
          "media. The SF search operation and nine arrests that followed are tied to this attack, so "
          "they are part of this record, not a separate Arrests incident (as the watchman's arrest in "
          "satp-sa-dev-115)."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-21"] = dict(
    publisher=None,
    actors=[LEVIES, A("Frontier Corps", "state_force", 1, ["FC"])],
    people=[],
    places=[P("Phaili Kach", "area", BA, "Kohlu"),
            P("Kahan", "area", BA, "Kohlu"),
            P("Kohlu District", "district", BA, "Kohlu"),
            P("Kohlu", "town", BA, "Kohlu")],
    incidents=[
        I("a landmine exploded in Phaili Kach area", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, "Civilians", BA, "Kohlu", "Phaili Kach", 1, None, 3,
          {"civilians": 3}, 1,
          "A victim-activated landmine, planted by militants on a track used by FC vehicles, killed "
          "three shepherds grazing goats. The mine was meant for the FC, but the victims were "
          "civilians, so actor2 is Civilians. Shepherds are a civilian role, so the three dead are "
          "civilians (had the text said only 'children', no side would be given). The report is a "
          "fragment opening with 'Separately' and gives no date and no outlet."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-22"] = dict(
    publisher="Dawn",
    actors=[POLICE("policemen", "police", "Police"), TTP],
    people=[H("Abdul Samad Mandokhail", ["Abdul Samad Mandokhail"], ["passerby", "killed in the crossfire"]),
            H("Mufti Rehmatullah", ["Mufti Rehmatullah"], ["TTP spokesman"])],
    places=[P("Killi Shahbaz", "area", BA, "Zhob"),
            P("Zhob District", "district", BA, "Zhob")],
    incidents=[
        I("heavily armed militants stormed a police post", BAT, "Armed clash", "Armed Assault",
          "Tehreek-e-Taliban Pakistan", "Police", BA, "Zhob", "Killi Shahbaz", 1,
          "in the early hours of May 14", 5, {"security_forces": 2, "civilians": 1, "militants": 2}, None,
          "Militants with grenades and automatic weapons stormed a police post and were fought off. "
          "Counts in separate sentences: two policemen, one passerby (civilian role) and two attackers "
          "killed; the first sentence's 'Two policemen and a civilian' does not add to them. The TTP "
          "claimed it. Grenades were used within a gun attack, so Armed clash, not Grenade. No injured "
          "count is given."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-23"] = dict(
    publisher="The Express Tribune",
    actors=[POLICE("policemen", "police", "Police"), LEVIES],
    people=[],
    places=[P("Taj Road", "area", BA, "Killa Abdullah"),
            P("Chaman", "town", BA, "Killa Abdullah"),
            P("Killa Abdullah District", "district", BA, "Killa Abdullah"),
            P("Friendship Gate", "area", BA, "Killa Abdullah"),
            P("Afghanistan", "country", None, None)],
    incidents=[
        I("a bomb attached to a motorcycle went off near a police van", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Police",
          BA, "Killa Abdullah", "Taj Road", 1, "on February 25", 4,
          {"security_forces": 2, "civilians": 2}, 11,
          "A remote-controlled motorcycle bomb aimed at a police van. Of the four dead, two were "
          "policemen and 'the other two' labourers (a civilian role). The target was the police, so "
          "actor2 is Police. Admin2 follows the text (Chaman town of Killa Abdullah District)."),
        I("Levies personnel arrested two would be suicide bombers and recovered two suicide jackets",
          STR, "Disrupted weapons use", "Bombing/Explosion", "Levies", UAG,
          BA, "Killa Abdullah", "Friendship Gate", 1, "on the same day", 0, {}, None,
          "Two would-be bombers stopped with their jackets at a checkpost: a foiled suicide attack, "
          "coded as Disrupted weapons use with the intended GTD type (as for defused devices); "
          "Arrests is the alternative. Not tied to the Taj Road blast in the text, so its own "
          "incident. 'Near' the Friendship Gate, a landmark inside Chaman, so precision 1 "
          "(precision 2 is kept for 'near' a town). No group is named."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-24"] = dict(
    publisher="Dawn",
    actors=[POLICE()],
    people=[H("Syed Raza Hasnain Zaidi", ["Dr Syed Raza Hasnain Zaidi"], ["Shia doctor", "shot dead"]),
            H("Imran Ali", ["Imran Ali"], ["the doctor's compounder", "injured"])],
    places=[P("Block 13", "area", SD, "Karachi East"),
            P("Gulistan e Jauhar", "area", SD, "Karachi East"),
            P("Karachi East District", "district", SD, "Karachi East"),
            P("University Road", "area", SD, "Karachi East")],
    incidents=[
        I("A Shia doctor, identified as Dr Syed Raza Hasnain Zaidi, was shot dead by unidentified motorcyclists", VAC, "Attack",
          "Armed Assault", UAG, "Civilians", SD, "Karachi East", "Block 13", 1, "on January 29", 1,
          {"civilians": 1}, 1,
          "A sectarian target killing of a Shia doctor; his compounder was injured. The text names "
          "Karachi East District, so admin2 is Karachi East, not Karachi. A doctor is a civilian role. "
          "Singled out as a Shia professional, not as a prominent public figure, so Armed Assault "
          "rather than Assassination."),
        I("enraged members of the Shia community blocked University Road and set two buses on fire",
          RIO, "Violent demonstration", None, "Rioters", "Police", SD, "Karachi East",
          "University Road", 1, "Soon after the incident", 0, {}, None,
          "Protesters torched buses, so Riots / Violent demonstration rather than a peaceful protest; "
          "police fired teargas, so actor2 is Police. Generic 'Rioters' as actor1 (no organisation "
          "named; ACLED inter 5). No GTD type. University Road is taken to be in the same district as "
          "the clinic (Gulistan e Jauhar), which the text implies but does not state."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-25"] = dict(
    publisher="The Express Tribune",
    actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"])],
    people=[],
    places=[P("Jamali Goth", "town", SD, "Hyderabad"),
            P("Hyderabad", "city", SD, "Hyderabad"),
            KARACHI,
            P("Latifabad Unit 7", "area", SD, "Hyderabad")],
    incidents=[
        I("Two low intensity blasts damaged a portion of the railway track", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army", None,
          SD, "Hyderabad", "Jamali Goth", 2, "on the intervening night of December 9 and 10", 0, {}, 0,
          "Two blasts at the same stretch of track at the same time are one incident. Pamphlets at the "
          "site said the SRA 'had carried out the blasts', which is read as a claim, so the SRA is "
          "actor1. 'Near' Jamali Goth on the outskirts of Hyderabad, hence precision 2. 'No one was "
          "hurt in either incident', so 0 and 0."),
        I("an explosive device planted outside a branch of a private bank in Latifabad Unit 7 went off",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None,
          SD, "Hyderabad", "Latifabad Unit 7", 1, "on the same night", 0, {}, 0,
          "A separate blast at a bank; the SRA pamphlets name only the railway blasts, so actor1 stays "
          "Unidentified (as with the unclaimed second pipeline in satp-sa-dev-72). Only windowpanes were "
          "damaged, so actor2 is null."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-26"] = dict(
    publisher="Daily Times",
    actors=[POLICE()],
    people=[H("Abdul Razzaq Soomro", ["Abdul Razzaq Soomro", "Soomro"],
              ["journalist", "correspondent of a Sindhi language daily", "shot dead"])],
    places=[P("Sachal Colony", "area", SD, "Larkana"),
            P("Larkana", "city", SD, "Larkana")],
    incidents=[
        I("A journalist, identified as Abdul Razzaq Soomro, a correspondent of a Sindhi language daily, was shot dead by two unidentified gunmen", VAC, "Attack",
          "Armed Assault", UAG, "Civilians", SD, "Larkana", "Sachal Colony", 1,
          "on the night of November 7", 1, {"civilians": 1}, None,
          "A journalist shot dead near his home; the motive is unknown (his land-grabbing reports are "
          "only context). A local correspondent is not a prominent figure, so Armed Assault; a "
          "journalist is a civilian role."),
        I("journalists staged a protest outside the Larkana Press Club", PRO, "Peaceful protest", None,
          "Protesters", None, SD, "Larkana", "Larkana", 1, "On the following day", 0, {}, None,
          "Journalists protested and boycotted government functions; no intervention reported, so "
          "Peaceful protest. No organisation is named as organiser (the press club is only the "
          "venue), so actor1 is the generic 'Protesters' (ACLED inter 6)."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-27"] = dict(
    publisher="Dawn",
    actors=[POLICE("policemen", "police", "Police"),
            A("Elite Force", "state_force", 1, ["Elite Force"]),
            A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]),
            TTP, CTD],
    people=[],
    places=[P("Bhatti Chowk", "area", PB, "Lahore"),
            P("Lahore", "city", PB, "Lahore"),
            PUNJAB,
            P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Shahdara", "area", PB, "Lahore")],
    incidents=[
        I("a suicide bomber blew himself up near a police picket at Bhatti Chowk", EXP, "Suicide bomb",
          "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", PB, "Lahore", "Bhatti Chowk", 1,
          "on the evening of March 5", 9, {"security_forces": 6, "civilians": 3}, 21,
          "A suicide bomber on foot blew himself up at a police picket. At first seven dead (four "
          "policemen, three passersby) and 23 injured; two injured policemen died later, 'taking the "
          "death toll to nine', so killed = 9 (6 police, 3 passersby, a civilian role) and injured = "
          "21. The bomber is not counted. JuA, a TTP splinter, claimed it, so actor1 is JuA and the "
          "TTP is listed as named. Mohmand Agency (former FATA, now Khyber Pakhtunkhwa) is only the "
          "bomber's home."),
        I("the Counter Terrorism Department (CTD) arrested three suspected militants of the TTP", STR,
          "Arrests", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
          PB, "Lahore", "Shahdara", 1, "Earlier in the day", 0, {}, None,
          "An arrest raid not tied to the suicide bombing in the text, so its own Arrests incident. "
          "Pistols and literature recovered are part of it. No GTD type for arrests."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-28"] = dict(
    publisher="The News",
    actors=[POLICE("police")],
    people=[H("Zulfiqar Ali", ["Zulfiqar Ali"], ["police constable guarding a polio vaccination team", "shot dead"]),
            H("Faisal Rana Tiwana", ["Faisal Rana Tiwana"], ["City Police Officer (CPO)"])],
    places=[P("Dhok Hassu", "area", PB, "Rawalpindi"),
            P("Pirwadhai", "area", PB, "Rawalpindi"),
            P("Rawalpindi", "city", PB, "Rawalpindi")],
    incidents=[
        I("A police constable guarding a polio vaccination team was shot dead", BAT, "Armed clash",
          "Armed Assault", UAG, "Police", PB, "Rawalpindi", "Dhok Hassu", 1, "on April 24, 2014", 1,
          {"security_forces": 1}, 0,
          "The escort of a polio team was killed; the two health workers 'remained unhurt', so "
          "injured = 0. An attack on a policeman is Battles / Armed clash under the rules, even though "
          "one-sided. The suspension of the polio campaign and the police search are not incidents. "
          "Within the limits of Pirwadhai Police Station."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-29"] = dict(
    publisher="The Express Tribune",
    actors=[A("Border Military Police", "state_force", 1, ["Border Military Police", "BMP"]), CTD, TTP],
    people=[H("Allah Ditta", ["Allah Ditta"], ["BMP sepoy", "killed"])],
    places=[P("Lundi Kach", "area", PB, "Dera Ghazi Khan"),
            P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
            PUNJAB, BALOCHISTAN,
            P("Choti Zareen", "area", PB, "Dera Ghazi Khan")],
    incidents=[
        I("Unidentified militants attacked a Border Military Police (BMP) checkpost", BAT,
          "Armed clash", "Armed Assault", UAG, "Border Military Police", PB, "Dera Ghazi Khan",
          "Lundi Kach", 1, "late on the night of October 23", 1, {"security_forces": 1}, 3,
          "A gunfight of over an hour at a BMP checkpost. Counts in separate sentences: one sepoy "
          "killed; three other personnel injured. The CTD later says the TTP men it killed had been "
          "involved, but that is an official attribution, not a claim, so actor1 stays Unidentified."),
        I("the Counter Terrorism Department (CTD) killed four terrorists in an exchange of fire", BAT,
          "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
          PB, "Dera Ghazi Khan", "Choti Zareen", 1, "On the next day", 4, {"militants": 4}, None,
          "A state operation with an exchange of fire, so GTD null. The dead are said to be TTP, so "
          "actor2 is the TTP. 'Of the same district' gives admin2 Dera Ghazi Khan."),
    ])

# ---------------------------------------------------------------------------------------------
GOLD["BE-30"] = dict(
    publisher="Daily Times",
    actors=[POLICE(), CTD, LEJ],
    people=[H("Riaz Hussain Siddiqui", ["Maulana Riaz Hussain Siddiqui"],
              ["district leader of the Ahle Sunnat Wal Jamaat (ASWJ)", "cleric", "shot dead"]),
            H("Muhammad Ramzan", ["Muhammad Ramzan"], ["guard of Maulana Riaz Hussain Siddiqui", "shot dead"])],
    places=[P("Jhal Khanuana Chowk", "area", PB, "Faisalabad"),
            P("Faisalabad", "city", PB, "Faisalabad"),
            P("Ahmedpur East", "town", PB, "Bahawalpur"),
            P("Bahawalpur District", "district", PB, "Bahawalpur")],
    incidents=[
        I("A district leader of the Ahle Sunnat Wal Jamaat (ASWJ), Maulana Riaz Hussain Siddiqui, and his guard were shot dead by unidentified gunmen", VAC, "Attack", "Assassination",
          UAG, "Civilians", PB, "Faisalabad", "Jhal Khanuana Chowk", 1, "on August 2", 2,
          {"civilians": 2}, None,
          "A sectarian target killing of a named district leader of the ASWJ and his guard. A named "
          "religious leader singled out, so GTD Assassination. The cleric is a civilian and the guard "
          "takes his principal's side, so civilians 2. The ASWJ appears only as the victim's "
          "affiliation and is not listed in actors. 'Near' a chowk inside Faisalabad city, so "
          "precision 1."),
        I("the Counter Terrorism Department (CTD) arrested two suspected militants", STR, "Arrests",
          None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Bahawalpur", "Ahmedpur East",
          2, "On the same day", 0, {}, None,
          "An arrest in another district, not tied to the Faisalabad killing in the text, so its own "
          "Arrests incident; the grenades and detonators recovered are part of it (Disrupted weapons "
          "use would be the alternative). 'Near' Ahmedpur East, hence precision 2."),
    ])
