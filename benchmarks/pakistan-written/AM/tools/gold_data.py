# Hand-coded gold for set AM. Every value below was decided by hand from the report text in
# texts.py; build.py only adds the fixed boilerplate keys and writes the JSON in the dev key order.

KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
GB, ICT = "Gilgit-Baltistan", "Islamabad Capital Territory"
UAG, CIV = "Unidentified Armed Group", "Civilians"
EXP, VAC, BAT, STR, PRO = ("Explosions/Remote violence", "Violence against civilians", "Battles",
                           "Strategic developments", "Protests")
IED, SHELL = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"
BOMB, ASSAULT, KIDNAP = "Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)"
FATA_NOTE = (" Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018;"
             " not among the allowed admin1 values).")


def actor(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def sf(*m):
    return actor("Security Forces", "state_force", 1, list(m))


def police(*m):
    return actor("Police", "state_force", 1, list(m))


def fc(*m):
    return actor("Frontier Corps", "state_force", 1, list(m))


def levies(*m):
    return actor("Levies", "state_force", 1, list(m))


def bds(*m):
    return actor("Bomb Disposal Squad", "state_force", 1, list(m))


def group(canonical, *m):
    return actor(canonical, "armed_group", 2, list(m))


TTP = "Tehreek-e-Taliban Pakistan"


def ttp():
    return group(TTP, "Tehreek e Taliban Pakistan", "TTP")


def person(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def place(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def prov(name, admin1=None):
    return place(name, "province", admin1 or name, None)


def inc(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": geo, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}


def quote(speaker, starts):
    return {"speaker": speaker, "starts": starts}


G = {}

G["AM-01"] = dict(
    publisher="Dawn",
    actors=[sf("soldiers", "Security Forces", "SFs")],
    people=[person("Gul Zameer", ["Sepoy Gul Zameer", "Gul Zameer"],
                   ["soldier (Sepoy)", "injured in the blast, died at the Combined Military Hospital (CMH) in Peshawar"])],
    places=[place("Shewa Khwar", "area", KP, "North Waziristan"),
            place("Datta Khel", "area", KP, "North Waziristan"),
            place("North Waziristan Agency", "district", KP, "North Waziristan"),
            place("Federally Administered Tribal Areas", "area", KP, None),
            place("Miranshah", "town", KP, "North Waziristan"),
            place("Peshawar", "city", KP, "Peshawar")],
    incidents=[inc("a remote controlled improvised explosive device (IED) went off near a military convoy",
                   EXP, IED, BOMB, UAG, "Security Forces", KP, "North Waziristan", "Shewa Khwar", 1,
                   "on Thursday", 3, {"security_forces": 3}, 3,
                   "Two soldiers died on the spot; a third, Sepoy Gul Zameer, was one of the four injured and "
                   "died later the same evening at CMH Peshawar. He is counted once, as killed: killed = 3, "
                   "injured = 4 - 1 = 3. The convoy was moving from Miranshah to Datta Khel; Peshawar is only "
                   "where he died. The soldiers are generic, so actor2 is Security Forces. No group is named. "
                   "The SF cordon and search report no outcome and are not an incident." + FATA_NOTE)],
)

G["AM-02"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police")],
    people=[person("Abdul Wahid Rind", ["Maulana Abdul Wahid Rind", "Abdul Wahid Rind"],
                   ["religious scholar", "prayer leader of a local mosque", "shot dead"])],
    places=[place("Spinny Road", "area", BA, "Quetta"),
            place("Quetta", "city", BA, "Quetta"),
            prov("Balochistan"),
            place("Kasi Road", "area", BA, "Quetta"),
            place("Mission Road", "area", BA, "Quetta")],
    incidents=[
        inc("A religious scholar, identified as Maulana Abdul Wahid Rind (55), was shot dead by unidentified armed assailants",
            VAC, "Attack", ASSAULT, UAG, CIV, BA, "Quetta", "Spinny Road", 1, "on the evening of March 9",
            1, {"civilians": 1}, None,
            "A cleric shot near his seminary on Spinny Road; the assailants fled towards Kasi Road, which is "
            "not the scene. A religious scholar is a civilian role. A local prayer leader with no known "
            "sectarian links is a specific but not a prominent target, so GTD Armed Assault rather than "
            "Assassination. Police are named only as the source."),
        inc("unidentified persons hurled a hand grenade at a mobile phone shop",
            EXP, "Grenade", BOMB, UAG, CIV, BA, "Quetta", "Mission Road", 1, None, 0, {}, 3,
            "'In another incident' gives no day, so date_text is null although it was probably the same "
            "day. 'in the same city' = Quetta. Three persons injured, including the shopkeeper; nobody "
            "killed. The extortion calls suggest a criminal motive, but the act is still a grenade attack "
            "on civilians by an unidentified group."),
    ],
)

G["AM-03"] = dict(
    publisher="The News",
    actors=[police("Police")],
    people=[person("Sher Alam Khan", ["Sher Alam Khan"],
                   ["activist of the Awami National Party (ANP)", "shot dead"])],
    places=[place("Sohrab Goth", "area", SD, "Karachi"),
            place("Karachi", "city", SD, "Karachi"),
            prov("Sindh")],
    incidents=[inc("An activist of the Awami National Party (ANP), identified as Sher Alam Khan (38), was shot dead by unidentified armed assailants",
                   VAC, "Attack", ASSAULT, UAG, CIV, SD, "Karachi", "Sohrab Goth", 2, "on May 2",
                   1, {"civilians": 1}, None,
                   "The place is given only as 'within the limits of Sohrab Goth Police Station', a police "
                   "jurisdiction rather than a spot, so location is Sohrab Goth at precision 2. A party "
                   "activist is a civilian role; a worker, not a prominent figure, so Armed Assault. The ANP "
                   "is named only as the victim's party and as accuser, so it is not an actor. Abbasi Shaheed "
                   "Hospital is where he was declared dead, not the scene.")],
)

G["AM-04"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police", "policemen"),
            bds("Bomb Disposal Squad", "BDS"),
            group("Jamaat-ul-Ahrar", "Jamaat ul Ahrar", "JuA"),
            ttp()],
    people=[person("Nadeem Akhtar Kundi", ["Nadeem Akhtar Kundi"],
                   ["Senior Superintendent of Police (SSP) Operations"]),
            person("Asad Mansoor Khorasani", ["Asad Mansoor Khorasani"],
                   ["spokesman of Jamaat ul Ahrar (JuA)"])],
    places=[place("Badaber", "area", KP, "Peshawar"),
            place("Peshawar", "city", KP, "Peshawar"),
            prov("Khyber Pakhtunkhwa")],
    incidents=[inc("a suicide bomber blew himself up near a Police van",
                   EXP, "Suicide bomb", BOMB, "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Badaber", 1,
                   "on Monday morning", 3, {"security_forces": 2, "civilians": 1}, 9,
                   "The attack is first told without a perpetrator; Jamaat ul Ahrar, a TTP faction, claimed "
                   "it later in the day, so JuA (the claimant, not the parent TTP) is actor1. Killed: two "
                   "policemen and a rickshaw driver (a civilian role); the bomber is not counted. Nine "
                   "injured, six of them policemen. The target was a Police van, so actor2 is Police.")],
)

G["AM-05"] = dict(
    publisher="Dawn",
    actors=[fc("Frontier Corps", "FC"),
            group("Balochistan Liberation Front", "Balochistan Liberation Front", "BLF")],
    people=[],
    places=[place("Hoshab", "area", BA, "Kech"),
            place("Kech District", "district", BA, "Kech"),
            prov("Balochistan")],
    incidents=[inc("militants attacked a checkpost in Hoshab area",
                   BAT, "Armed clash", ASSAULT, "Balochistan Liberation Front", "Frontier Corps", BA, "Kech",
                   "Hoshab", 1, "on the intervening night of April 17 and 18", 7,
                   {"security_forces": 4, "militants": 3}, 2,
                   "Deaths are told by side in separate sentences: four FC personnel (first sentence) and "
                   "three attackers (ISPR, later). The BLF's figure of 14 dead was rejected by officials; the "
                   "conservative official figures are used. Rockets were fired together with automatic "
                   "weapons in a two-hour exchange of fire, so Armed clash, not Shelling. The BLF claimed the "
                   "attack later, so it is actor1. The ISPR (the military's media wing) is only the source "
                   "and is not listed as an actor. The date spans two days; the attack began on the night of "
                   "April 17.")],
)

G["AM-06"] = dict(
    publisher="Daily Times",
    actors=[group("Baloch Republican Army", "Baloch Republican Army", "BRA"),
            bds("Bomb Disposal Squad", "BDS")],
    people=[person("Mureed Baloch", ["Mureed Baloch"], ["spokesman of the Baloch Republican Army (BRA)"])],
    places=[place("Goth Wali Muhammad Jakhrani", "town", SD, "Jacobabad"),
            place("Jacobabad District", "district", SD, "Jacobabad"),
            prov("Sindh"),
            place("Quetta", "city", BA, "Quetta"),
            place("Jacobabad", "city", SD, "Jacobabad"),
            prov("Balochistan"),
            place("Shikarpur Sultan Kot road", "area", SD, "Shikarpur"),
            place("Shikarpur District", "district", SD, "Shikarpur")],
    quotes=[quote("Mureed Baloch", "We will continue to target state installations")],
    incidents=[
        inc("Unidentified militants blew up a portion of the railway track",
            EXP, IED, BOMB, "Baloch Republican Army", None, SD, "Jacobabad", "Goth Wali Muhammad Jakhrani", 2,
            "late on Saturday night", 0, {}, 0,
            "Told first as 'Unidentified militants', but the BRA claimed the blast, so BRA is actor1. The "
            "target was the railway track (infrastructure) and the train was stopped in time, so actor2 is "
            "null; 'no one was hurt', so killed and injured are 0. 'near' the village, hence precision 2. "
            "Quetta and Balochistan appear only as the train's destination and in the spokesman's words; "
            "the spokesman spoke from an undisclosed location."),
        inc("Bomb Disposal Squad (BDS) personnel defused a five kilogramme bomb",
            STR, "Disrupted weapons use", BOMB, "Bomb Disposal Squad", UAG, SD, "Shikarpur",
            "Shikarpur Sultan Kot road", 2, "on Sunday", 0, {}, None,
            "A defused bomb is a disrupted attack (CODING-RULES). It was in another district and on another "
            "day; the BRA claim covers only the track blast, so the planters stay Unidentified. Only a road "
            "is given, hence precision 2."),
    ],
)

G["AM-07"] = dict(
    publisher="The News",
    actors=[group("Lashkar-e-Islam", "Lashkar e Islam", "LeI"),
            group("Ansar-ul-Islam", "Ansarul Islam", "AI")],
    people=[person("Malik Sardar Gul Afridi", ["Malik Sardar Gul Afridi"], ["tribal elder", "shot dead"]),
            person("Habibur Rehman", ["Habibur Rehman"], ["local militant commander", "surrendered"]),
            person("Shahid Ullah Wazir", ["Shahid Ullah Wazir"], ["Political agent"])],
    places=[place("Sandapal", "area", KP, "Khyber"),
            place("Tirah", "area", KP, "Khyber"),
            place("Khyber Agency", "district", KP, "Khyber"),
            place("Federally Administered Tribal Areas", "area", KP, None),
            place("Ghundi", "area", KP, "Khyber"),
            place("Jamrud", "area", KP, "Khyber"),
            place("Landi Kotal", "town", KP, "Khyber")],
    incidents=[
        inc("fighters of the Lashkar e Islam (LeI) attacked positions of the rival Ansarul Islam (AI)",
            BAT, "Armed clash", ASSAULT, "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1,
            "on June 11", 7, {"militants": 7}, None,
            "Two militant groups fought; LeI attacked, so it is actor1 and GTD Armed Assault. 'At least "
            "seven militants' is split in later sentences into five of Ansarul Islam and two of LeI, all "
            "militants." + FATA_NOTE),
        inc("unidentified assailants shot dead a tribal elder, Malik Sardar Gul Afridi",
            VAC, "Attack", ASSAULT, UAG, CIV, KP, "Khyber", "Ghundi", 1, "on the same day", 1,
            {"civilians": 1}, None,
            "A tribal elder is a civilian role. He had spoken out against militants, but no group is named, "
            "so actor1 is Unidentified (neither LeI nor Ansarul Islam is blamed). A local elder rather than "
            "a prominent public figure, so Armed Assault. 'on the same day' = June 11."),
        inc("four militants, including a local commander identified as Habibur Rehman, surrendered to the political administration",
            STR, "Change to group/activity", None, UAG, None, KP, "Khyber", "Landi Kotal", 1, None, 0, {},
            None,
            "A surrender is coded Strategic developments / Change to group/activity (the group loses men and "
            "arms); 'Other' is the alternative. No group is named for the four militants, so actor1 is "
            "Unidentified. The political administration is a civil authority, not an armed force, so "
            "actor2 is null (as in satp-sa-dev-115). 'Meanwhile' gives no date, so date_text is null. "
            "Surrenders get no GTD type."),
    ],
)

G["AM-08"] = dict(
    publisher="Dawn",
    actors=[police("Police")],
    people=[],
    places=[place("Kotanai Sar", "town", KP, "Swat"),
            place("Matta", "area", KP, "Swat"),
            place("Swat District", "district", KP, "Swat"),
            prov("North West Frontier Province", KP)],
    incidents=[inc("Militants blew up a Government girls high school",
                   EXP, IED, BOMB, UAG, None, KP, "Swat", "Kotanai Sar", 1, "in the early hours of January 7",
                   0, {}, None,
                   "Explosives planted in four rooms destroyed the school. 'No loss of life was reported', so "
                   "killed = 0 and injured is null (as in satp-sa-dev-27). No person was targeted, so actor2 "
                   "is null. The text uses the old name North West Frontier Province (NWFP), coded Khyber "
                   "Pakhtunkhwa. The earlier arson at the same school, the two attacks on the police station "
                   "in the same month and the 120 destroyed schools are background recalls, listed in "
                   "not_incidents and not coded.")],
    not_incidents=["The school had been partly set on fire by militants in October last year",
                   "the area police station was attacked twice during the same month",
                   "militants have destroyed more than 120 schools, most of them for girls, in the valley since the start of the militancy"],
)

G["AM-09"] = dict(
    publisher="Dawn",
    actors=[police("Police", "police"),
            bds("Bomb Disposal Squad"),
            ttp()],
    people=[person("Tanvir Ahmed Sandhu", ["Tanvir Ahmed Sandhu"], ["District Police Officer (DPO)"])],
    places=[place("Kotla Jam", "town", PB, "Bhakkar"),
            place("Bhakkar District", "district", PB, "Bhakkar"),
            prov("Punjab"),
            place("South Waziristan", "district", KP, "South Waziristan"),
            place("Darya Khan", "town", PB, "Bhakkar")],
    incidents=[
        inc("Police foiled a terrorist bid when they arrested a would be suicide bomber",
            STR, "Disrupted weapons use", BOMB, "Police", TTP, PB, "Bhakkar", "Kotla Jam", 1,
            "on September 22", 0, {}, None,
            "An attack foiled: a 16 year old wearing a suicide jacket was stopped at a police checkpoint "
            "outside a shrine during the urs, and the BDS defused the jacket. One Disrupted weapons use "
            "record; the arrest and the defusing belong to it (not a separate Arrests incident). Police "
            "stopped him, so actor1 is Police; the boy said the TTP sent him, so actor2 is TTP. GTD "
            "Bombing/Explosion as for other defused devices. South Waziristan is only the boy's home."),
        inc("unidentified persons hurled a hand grenade at the Darya Khan Police Station",
            EXP, "Grenade", BOMB, UAG, "Police", PB, "Bhakkar", "Darya Khan", 1, "late on the same night",
            0, {}, 0,
            "'No one was hurt', so killed and injured are 0; only a boundary wall was damaged. The target "
            "is a police station, so actor2 is Police. The text gives no district for it; Darya Khan is a "
            "town of Bhakkar District (general knowledge). 'late on the same night' = September 22."),
    ],
)

G["AM-10"] = dict(
    publisher="Daily Times",
    actors=[levies("Levies"),
            group("Baloch Republican Army", "Baloch Republican Army", "BRA")],
    people=[person("Meerak Baloch", ["Meerak Baloch"],
                   ["self-described spokesman of the Baloch Republican Army (BRA)"])],
    places=[place("Loti", "area", BA, "Dera Bugti"),
            place("Dera Bugti District", "district", BA, "Dera Bugti"),
            place("Sui", "town", BA, "Dera Bugti")],
    incidents=[
        inc("their vehicle hit a landmine in Loti area",
            EXP, IED, BOMB, "Baloch Republican Army", "Levies", BA, "Dera Bugti", "Loti", 1, "on Wednesday",
            3, {"security_forces": 3}, 2,
            "A landmine hit a Levies patrol near the gas field. The BRA spokesman claimed 'both attacks', "
            "so BRA is actor1. The province is not named; Dera Bugti District is in Balochistan."),
        inc("unidentified militants fired at least six rockets at the gas purification plant in Sui town",
            EXP, SHELL, BOMB, "Baloch Republican Army", None, BA, "Dera Bugti", "Sui", 1, "A day earlier",
            0, {}, 0,
            "Rockets with no gunfire: Shelling/artillery/missile attack (CODING-RULES). Told as "
            "'unidentified militants' but covered by the BRA claim of 'both attacks'. The target is a gas "
            "plant (infrastructure), so actor2 is null. 'No casualty was reported', so killed and injured "
            "are 0 (as in satp-sa-dev-93). 'A day earlier' = the Tuesday before the landmine blast."),
    ],
)

G["AM-11"] = dict(
    publisher="The News",
    actors=[police("Police", "policeman")],
    people=[person("Zafar Iqbal Baloch", ["Zafar Iqbal Baloch"],
                   ["constable", "escorting a polio vaccination team", "shot dead"]),
            person("Nasreen Bibi", ["Nasreen Bibi"], ["Lady Health Worker (LHW)", "injured"])],
    places=[place("Kot Sharif Khan", "town", KP, "Dera Ismail Khan"),
            place("Paharpur", "area", KP, "Dera Ismail Khan"),
            place("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
            prov("Khyber Pakhtunkhwa"),
            place("Mandan", "area", KP, "Bannu"),
            place("Bannu District", "district", KP, "Bannu")],
    incidents=[
        inc("A policeman escorting a polio vaccination team was shot dead by unidentified armed assailants",
            BAT, "Armed clash", ASSAULT, UAG, "Police", KP, "Dera Ismail Khan", "Kot Sharif Khan", 1,
            "on February 25", 1, {"security_forces": 1}, 0,
            "A one-sided attack on a policeman is Battles / Armed clash (CODING-RULES), even though the "
            "team he guarded may have been the aim. The vaccinators remained unhurt, so injured = 0. The "
            "suspension of the campaign is not an incident."),
        inc("a Lady Health Worker (LHW), identified as Nasreen Bibi, was injured",
            VAC, "Attack", ASSAULT, UAG, CIV, KP, "Bannu", "Mandan", 1, "On the same day", 0, {}, 1,
            "A health worker (civilian) was shot near her house in another district. She is in critical "
            "condition but alive, so she is counted as injured. 'On the same day' = February 25."),
    ],
)

G["AM-12"] = dict(
    publisher="The News",
    actors=[],
    people=[],
    places=[place("Afghanistan", "country", None, None),
            place("Zerkai Kalay", "town", KP, "South Waziristan"),
            place("Angoor Adda", "town", KP, "South Waziristan"),
            place("South Waziristan Agency", "district", KP, "South Waziristan")],
    incidents=[inc("mortar shells fired from across the border in Afghanistan landed in Zerkai Kalay village",
                   EXP, SHELL, BOMB, UAG, CIV, KP, "South Waziristan", "Zerkai Kalay", 1, "on Tuesday evening",
                   1, {}, 3,
                   "Cross-border mortar fire from Afghanistan hit a village. Officials 'could not say who had "
                   "fired the shells', so actor1 is Unidentified Armed Group (no force is named). A child "
                   "killed and three people (two women) injured: no status is given, so no side (as 'a woman' "
                   "in satp-sa-dev-116). The event is in Pakistan; Afghanistan is only where the fire came "
                   "from. The Government and Afghan authorities are not actors. South Waziristan Agency is former "
                   "FATA, so admin1 is Khyber Pakhtunkhwa (FATA merged into KP in 2018).")],
)

G["AM-13"] = dict(
    publisher="The Express Tribune",
    actors=[ttp(),
            actor("Pakistan Rangers", "state_force", 1, ["Pakistan Rangers", "PRS", "Rangers"]),
            police("Police")],
    people=[person("Ghulam Rasool", ["Qari Ghulam Rasool", "Ghulam Rasool"], ["teacher of a seminary", "shot dead"])],
    places=[place("Sultanabad", "area", SD, "Karachi"),
            place("Manghopir", "area", SD, "Karachi"),
            place("Karachi", "city", SD, "Karachi"),
            prov("Sindh"),
            place("Lyari", "area", SD, "Karachi"),
            place("Kalakot", "area", SD, "Karachi"),
            place("Sector 12 D", "area", SD, "Karachi"),
            place("Orangi Town", "area", SD, "Karachi")],
    quotes=[quote("unnamed Rangers spokesman", "The militants opened fire when our personnel surrounded the hideout")],
    incidents=[
        inc("Four militants belonging to the Tehreek e Taliban Pakistan (TTP) were killed in an encounter with Pakistan Rangers, Sindh (PRS)",
            BAT, "Armed clash", None, "Pakistan Rangers", TTP, SD, "Karachi", "Sultanabad", 1,
            "in the early hours of August 19", 4, {"militants": 4}, 2,
            "An IBO raid by the Rangers; the militants fired first when surrounded, but the operation was "
            "started by the state, so GTD is null. Two Rangers injured. The weapons and suicide jacket "
            "recovered are part of the same event."),
        inc("Police arrested two alleged target killers affiliated with a Lyari gang",
            STR, "Arrests", None, "Police", UAG, SD, "Karachi", "Kalakot", 1, None, 0, {}, None,
            "An arrest not tied to the other incidents is its own Arrests record (CODING-RULES). The gang "
            "is not named, so actor2 is Unidentified Armed Group. 'Separately' gives no date. The two "
            "pistols belong to the arrest. Lyari names the gang, not the place of the arrest."),
        inc("a teacher of a seminary, identified as Qari Ghulam Rasool (42), was shot dead by unidentified armed assailants",
            VAC, "Attack", ASSAULT, UAG, CIV, SD, "Karachi", "Sector 12 D", 1, "on the same evening", 1,
            {"civilians": 1}, None,
            "A seminary teacher (a religious teacher, civilian role) killed in what police called a "
            "sectarian killing; no group is named. Not a prominent figure, so Armed Assault. 'on the same "
            "evening' = August 19."),
    ],
)

G["AM-14"] = dict(
    publisher="Dawn",
    actors=[police("Police"), sf("law enforcement agencies")],
    people=[],
    places=[place("Islamabad", "city", ICT, "Islamabad"),
            place("Red Zone", "area", ICT, "Islamabad"),
            prov("Islamabad Capital Territory")],
    quotes=[quote("unnamed Islamabad Capital Territory (ICT) Police spokesman",
                  "No one is allowed to enter the Red Zone without permission")],
    incidents=[inc("Police baton charged and used tear gas on relatives of missing persons",
                   PRO, "Protest with intervention", None, "Protesters", "Police", ICT, "Islamabad", "Islamabad",
                   1, "on Monday", 0, {}, None,
                   "Relatives of missing persons marched from the National Press Club towards Parliament "
                   "House; police used batons and tear gas and detained at least 12, released the same "
                   "evening. Force but no deaths, so Protest with intervention, not Excessive force. The "
                   "protesters form no named organisation, so actor1 is the generic 'Protesters' (not listed "
                   "in actors, like 'Civilians'). Protests get no GTD type. The detentions belong to this "
                   "record, not a separate Arrests incident. The past disappearances are vague background "
                   "(not_incidents). 'law enforcement agencies' is a generic state force in that background "
                   "only.")],
    not_incidents=["had been picked up by law enforcement agencies from different parts of the country over the past several years"],
)

G["AM-15"] = dict(
    publisher="Dawn",
    actors=[levies("Levies"),
            group("Balochistan Liberation Front", "Balochistan Liberation Front", "BLF"),
            sf("army"),
            fc("FC")],
    people=[],
    places=[place("Gichk", "area", BA, "Panjgur"),
            place("Panjgur District", "district", BA, "Panjgur"),
            place("Rahim Yar Khan District", "district", PB, "Rahim Yar Khan"),
            prov("Punjab"),
            place("Chitkan Bazaar", "area", BA, "Panjgur"),
            place("Panjgur", "town", BA, "Panjgur")],
    incidents=[
        inc("The bullet riddled bodies of four labourers, who had been abducted a day earlier",
            VAC, "Attack", KIDNAP, "Balochistan Liberation Front", CIV, BA, "Panjgur", "Gichk", 1, "on Friday",
            4, {"civilians": 4}, None,
            "Abducted on Thursday evening and found dead 'in the same area' (Gichk) on Friday: abducted and "
            "later killed, so ACLED Attack with GTD Kidnapping (CODING-RULES). The date is the day the "
            "bodies were found, as in satp-sa-dev-29. Labourers are a civilian role. The BLF claimed the "
            "killings, so it is actor1. Two colleagues escaped. Rahim Yar Khan is only the victims' home; "
            "'the army' appears only in the BLF's allegation."),
        inc("a roadside bomb went off near their vehicle in Chitkan Bazaar",
            EXP, IED, BOMB, UAG, "Frontier Corps", BA, "Panjgur", "Chitkan Bazaar", 1, "on Saturday", 0, {}, 2,
            "Two FC personnel injured, nobody killed. The BLF claim covers only the killings, so actor1 is "
            "Unidentified."),
    ],
)

G["AM-16"] = dict(
    publisher="Dawn",
    actors=[police("Police", "police"), sf("SFs", "soldier")],
    people=[person("Ziaullah Khan Marwat", ["Ziaullah Khan Marwat"], ["District Police Officer (DPO)"])],
    places=[place("Pezu", "town", KP, "Lakki Marwat"),
            place("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            prov("Khyber Pakhtunkhwa"),
            place("Jani Khel", "area", KP, "Bannu"),
            place("Bannu District", "district", KP, "Bannu")],
    incidents=[
        inc("Unidentified militants fired three rockets at the Pezu Police Station",
            EXP, SHELL, BOMB, UAG, "Police", KP, "Lakki Marwat", "Pezu", 1, "late on Sunday night", 0, {}, 0,
            "Rockets only, no gunfire: Shelling/artillery/missile attack with GTD Bombing/Explosion (as "
            "satp-sa-dev-4). 'No one was injured', so killed and injured are 0; a room and a van were "
            "damaged."),
        inc("SFs killed three militants during an intelligence based operation (IBO)",
            BAT, "Armed clash", None, "Security Forces", UAG, KP, "Bannu", "Jani Khel", 1, "on Monday", 3,
            {"militants": 3}, 1,
            "An IBO with an exchange of fire, started by the state, so GTD null. One soldier injured. No "
            "group is named. The militants' past attacks are told only in general (not_incidents). The "
            "ISPR is the source, not an actor."),
    ],
    not_incidents=["who were involved in attacks on SFs and target killings of civilians in the area"],
)

G["AM-17"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police", "police")],
    people=[person("Mir Afzal Khan", ["Mir Afzal Khan"], ["Deputy Inspector General (DIG) of Police"])],
    places=[place("Phuguch Bala", "town", GB, "Diamer"),
            place("Darel", "area", GB, "Diamer"),
            place("Diamer District", "district", GB, "Diamer"),
            prov("Gilgit Baltistan", GB)],
    incidents=[
        inc("Unidentified miscreants set on fire two Government girls schools",
            STR, "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer",
            "Phuguch Bala", 1, "on the intervening night of August 2 and 3", 0, {}, 0,
            "Arson of two empty girls schools: property destruction by an unidentified group with no one "
            "harmed, so Strategic developments / Looting/property destruction, and GTD "
            "Facility/Infrastructure Attack (fire, not explosives). 'No one was present', so killed and "
            "injured are 0. Both schools are in one village on one night: one incident. admin1 "
            "Gilgit-Baltistan (the text's 'Gilgit Baltistan (GB)')."),
        inc("unidentified armed men opened fire at a police patrol in the same area",
            BAT, "Armed clash", ASSAULT, UAG, "Police", GB, "Diamer", "Phuguch Bala", 2, "The following day",
            0, {}, 1,
            "The place is told only as 'the same area', i.e. around Phuguch Bala village in Darel valley; "
            "coded to that village at precision 2 (implied, not exact). A gun attack on police is Battles "
            "/ Armed clash; police returned fire. One constable injured. 'The following day' = the day "
            "after the night of August 2 to 3."),
    ],
)

G["AM-18"] = dict(
    publisher="The News",
    actors=[police("Police")],
    people=[person("Ghulam Yasin Bharwana", ["Maulana Ghulam Yasin Bharwana", "Ghulam Yasin Bharwana"],
                   ["Jhang district president of the Ahl e Sunnat Wal Jamaat (ASWJ)", "shot dead"]),
            person("Muhammad Akram", ["Muhammad Akram"],
                   ["nephew of Maulana Ghulam Yasin Bharwana", "injured, died during the night"])],
    places=[place("Satellite Town", "area", PB, "Jhang"),
            place("Jhang", "city", PB, "Jhang"),
            prov("Punjab"),
            place("Jhang Sargodha Road", "area", PB, "Jhang")],
    incidents=[
        inc("unidentified armed assailants opened fire on their car",
            VAC, "Attack", "Assassination", UAG, CIV, PB, "Jhang", "Satellite Town", 2,
            "on the evening of December 4", 2, {"civilians": 1}, None,
            "An ambush on the car of the ASWJ district president, a named office-holder: GTD Assassination "
            "(a specific prominent target). His nephew was injured and died the same night, so he is "
            "counted once, as killed: killed = 2 and injured null (as in satp-sa-dev-38). The leader holds "
            "a religious-political office, a civilian role; the nephew has no stated status, so civilians "
            "= 1. 'near' Satellite Town, hence precision 2. ASWJ appears only as the victim's organisation "
            "and is not listed in actors."),
        inc("hundreds of mourners placed the two coffins on the Jhang Sargodha Road and blocked it for several hours",
            PRO, "Peaceful protest", None, "Protesters", None, PB, "Jhang", "Jhang Sargodha Road", 2,
            "On Thursday", 0, {}, None,
            "A road-blocking sit-in by mourners that 'ended peacefully' after talks, with no intervention: "
            "Peaceful protest. Mourners are no named organisation, so actor1 is the generic 'Protesters'. "
            "Only a road is given, hence precision 2."),
    ],
)

G["AM-19"] = dict(
    publisher="Dawn",
    actors=[],
    people=[],
    places=[place("Sabzi Mandi", "area", KP, "Kurram"),
            place("Parachinar", "town", KP, "Kurram"),
            place("Kurram Agency", "district", KP, "Kurram"),
            place("FATA", "area", KP, None),
            place("Sadda", "town", KP, "Kurram"),
            place("Lower Kurram", "area", KP, "Kurram")],
    incidents=[
        inc("a powerful car bomb exploded in the crowded Sabzi Mandi area of Parachinar",
            EXP, IED, BOMB, UAG, CIV, KP, "Kurram", "Sabzi Mandi", 1, "on Friday morning", 17, {}, 32,
            "A parked car bomb set off by remote control (not a suicide attack) in a market. 'At least 14' "
            "killed at first; three of the 35 injured died later the same day, 'raising the death toll to "
            "17': killed = 17 and injured = 35 - 3 = 32, each person counted once. The dead are 'persons', "
            "so no side. Political administration officials are only the source." + FATA_NOTE),
        inc("unidentified armed men kidnapped three tribesmen, including a schoolteacher",
            VAC, "Abduction/forced disappearance", KIDNAP, UAG, CIV, KP, "Kurram", "Sadda", 2, "on Saturday",
            0, {}, None,
            "Three passengers taken from a coach 'near Sadda town', hence precision 2. No outcome is "
            "reported."),
    ],
)

G["AM-20"] = dict(
    publisher="The News",
    actors=[police("Police")],
    people=[person("Fazal Wahab", ["Fazal Wahab"], ["schoolteacher", "kidnapped, recovered unharmed"]),
            person("Sher Zaman", ["Sher Zaman", "Shera"], ["kidnapper", "killed in the exchange of fire"]),
            person("Kashif Zulfiqar", ["Kashif Zulfiqar"], ["District Police Officer (DPO)"])],
    places=[place("Mian Khan Dheri", "town", KP, "Mardan"),
            place("Katlang", "area", KP, "Mardan"),
            place("Mardan District", "district", KP, "Mardan"),
            prov("Khyber Pakhtunkhwa"),
            place("Rustam", "area", KP, "Mardan")],
    incidents=[
        inc("A schoolteacher, identified as Fazal Wahab (45), was kidnapped by unidentified armed men",
            VAC, "Abduction/forced disappearance", KIDNAP, UAG, CIV, KP, "Mardan", "Mian Khan Dheri", 1,
            "on October 12, 2016", 0, {}, None,
            "A teacher kidnapped for ransom on his way to school. The ransom demand marks it as criminal, "
            "but an armed abduction of a civilian is still Abduction/forced disappearance; the kidnappers "
            "are not named, so Unidentified."),
        inc("Police recovered the teacher unharmed after raiding a hideout",
            BAT, "Armed clash", None, "Police", UAG, KP, "Mardan", "Rustam", 2, "Three days later", 1, {}, None,
            "The police raid became an exchange of fire in which one kidnapper was killed and two were "
            "arrested; a raid is started by the state, so GTD null. A kidnapper is none of the CODING-RULES "
            "statuses (not called a militant), so killed_by_side is empty. The arrests and the recovery "
            "belong to this record. 'in the hills of Rustam area' gives only an area, hence precision 2. "
            "'Three days later' = October 15."),
    ],
)

G["AM-21"] = dict(
    publisher="Dawn",
    actors=[fc("Frontier Corps", "FC"),
            police("Police"),
            ttp(),
            group("United Baloch Army", "United Baloch Army", "UBA")],
    people=[person("Abdul Qahar Mansoor", ["Abdul Qahar Mansoor"],
                   ["central spokesman of the Tehreek e Taliban Pakistan (TTP)"]),
            person("Mazar Baloch", ["Mazar Baloch"], ["spokesman of the United Baloch Army (UBA)"])],
    places=[place("Brewery Road", "area", BA, "Quetta"),
            place("Quetta", "city", BA, "Quetta"),
            place("Kalat", "district", BA, "Kalat"),
            place("Mastung", "district", BA, "Mastung")],
    incidents=[inc("a remote controlled bomb planted on a motorcycle went off near an FC vehicle",
                   EXP, IED, BOMB, "United Baloch Army", "Frontier Corps", BA, "Quetta", "Brewery Road", 1,
                   "on Wednesday morning", 2, {"security_forces": 2}, 5,
                   "Two claims: an unverified caller claimed it for the TTP, but the TTP central spokesman "
                   "denied any involvement; the UBA also claimed it and did not retract. The denial cancels "
                   "the TTP claim, so actor1 is the UBA. Five injured, including two passersby. Kalat and "
                   "Mastung appear only in the UBA's stated motive. The province is not named; Quetta is in "
                   "Balochistan.")],
)

G["AM-22"] = dict(
    publisher="The Express Tribune",
    actors=[levies("Levies"), ttp()],
    people=[person("Umar Farooq Swati", ["Umar Farooq Swati"], ["TTP spokesman"])],
    places=[place("Afghanistan", "country", None, None),
            place("Barawal", "area", KP, "Upper Dir"),
            place("Upper Dir District", "district", KP, "Upper Dir"),
            prov("Khyber Pakhtunkhwa")],
    quotes=[quote("Umar Farooq Swati", "Only two of our fighters were martyred in the attack")],
    incidents=[inc("hundreds of militants, who had crossed over from Afghanistan, attacked three checkposts",
                   BAT, "Armed clash", ASSAULT, TTP, "Levies", KP, "Upper Dir", "Barawal", 1,
                   "in the early hours of June 24", 6, {"security_forces": 4, "militants": 2}, 6,
                   "A cross-border raid by TTP fighters on three Levies checkposts. Militant deaths: officials "
                   "claim 'dozens' (12 under the ACLED rule) but recovered no bodies; the TTP spokesman admits "
                   "two. The most conservative figure is used, so militants = 2 and killed = 4 + 2 = 6. Six "
                   "injured ('six others', i.e. Levies personnel). Afghanistan is only where the attackers "
                   "came from; the fighting was in Pakistan. The spokesman spoke by telephone from an "
                   "undisclosed location.")],
)

G["AM-23"] = dict(
    publisher="Dawn",
    actors=[police("Police")],
    people=[person("Syed Mohsin Raza Naqvi", ["Dr Syed Mohsin Raza Naqvi", "Syed Mohsin Raza Naqvi"],
                   ["senior eye specialist", "member of the Shia community", "shot dead"]),
            person("Ghulam Mustafa", ["Ghulam Mustafa"], ["driver of Dr Syed Mohsin Raza Naqvi", "injured"])],
    places=[place("Johar Mor", "area", SD, "Karachi"),
            place("Gulistan e Jauhar", "area", SD, "Karachi"),
            place("Karachi", "city", SD, "Karachi"),
            prov("Sindh")],
    incidents=[inc("unidentified armed assailants opened fire on their car",
                   VAC, "Attack", ASSAULT, UAG, CIV, SD, "Karachi", "Gulistan e Jauhar", 1, "on Tuesday morning",
                   1, {"civilians": 1}, 1,
                   "A sectarian target killing of a Shia doctor (a health worker, civilian role); his driver "
                   "was injured. The car was hit 'near Johar Mor in Gulistan e Jauhar area': coded to the "
                   "neighbourhood at precision 1, Johar Mor being a landmark inside it. A private doctor, not "
                   "a public figure, so Armed Assault. JPMC is only where the driver was treated.")],
)

G["AM-24"] = dict(
    publisher=None,
    actors=[police("Police", "policemen")],
    people=[],
    places=[place("Doaba", "town", KP, "Hangu"),
            place("Hangu District", "district", KP, "Hangu")],
    incidents=[inc("a suicide bomber rammed his explosive laden car into the gate of the Doaba Police Station",
                   EXP, "Suicide bomb", BOMB, UAG, "Police", KP, "Hangu", "Doaba", 1, "on Sunday", 5,
                   {"security_forces": 4}, 22,
                   "A suicide car bomb at a police station gate. Killed: four policemen and 'a woman who lived "
                   "nearby' (no status, so no side): killed = 5, security_forces = 4; the bomber is not "
                   "counted. 22 injured, including 11 policemen. The report opens with 'Separately' and names "
                   "no outlet, so publisher is null. The province is not named; Hangu District is in Khyber "
                   "Pakhtunkhwa.")],
)

G["AM-25"] = dict(
    publisher="Daily Times",
    actors=[levies("Levies"),
            group("Balochistan Liberation Army", "Balochistan Liberation Army", "BLA"),
            fc("FC")],
    people=[person("Abdul Ghaffar Shahwani", ["Dr Abdul Ghaffar Shahwani", "Abdul Ghaffar Shahwani"],
                   ["doctor posted at the Basic Health Unit (BHU) in Kanak", "abducted, still missing"])],
    places=[place("Kardgap", "town", BA, "Mastung"),
            place("Mastung District", "district", BA, "Mastung"),
            prov("Balochistan"),
            place("Kanak", "town", BA, "Mastung"),
            place("Mastung", "town", BA, "Mastung"),
            place("Dasht", "area", BA, "Mastung"),
            place("Quetta", "city", BA, "Quetta")],
    incidents=[
        inc("unidentified armed men ambushed their patrol",
            BAT, "Armed clash", ASSAULT, UAG, "Levies", BA, "Mastung", "Kardgap", 2, "on August 8", 2,
            {"security_forces": 2}, None,
            "A one-sided ambush on a Levies patrol is Battles / Armed clash (CODING-RULES). 'near "
            "Kardgap', hence precision 2."),
        inc("armed men abducted a doctor posted at the Basic Health Unit (BHU) in Kanak",
            VAC, "Abduction/forced disappearance", KIDNAP, UAG, CIV, BA, "Mastung", "Mastung District", 2,
            "A day earlier", 0, {}, None,
            "The doctor and his driver were taken on the road back to Mastung town; the spot is not given "
            "(Kanak is where he worked, Dasht where the driver was freed), so the district at precision 2. "
            "The driver's release belongs to this record; the doctor is still missing. 'A day earlier' = "
            "August 7."),
        inc("15 militants of the banned Balochistan Liberation Army (BLA), including two commanders, laid down their arms and surrendered to the FC",
            STR, "Change to group/activity", None, "Balochistan Liberation Army", "Frontier Corps", BA, "Quetta",
            "Quetta", 1, "on Wednesday", 0, {}, None,
            "A surrender ceremony at the FC headquarters in Quetta, coded Change to group/activity ('Other' "
            "is the alternative); surrenders get no GTD type. It happened in Quetta, not in Mastung."),
    ],
)

G["AM-26"] = dict(
    publisher="The News",
    actors=[actor("Pakistan Air Force", "state_force", 1, ["Pakistan Air Force", "PAF"]),
            actor("Khasadar", "state_force", 1, ["Khasadar"])],
    people=[person("Noor Rehman", ["Noor Rehman"], ["Khasadar (tribal police) personnel", "killed"])],
    places=[place("Gurbaz Sar", "area", KP, "Mohmand"),
            place("Safi", "area", KP, "Mohmand"),
            place("Mohmand Agency", "district", KP, "Mohmand"),
            place("FATA", "area", KP, None),
            place("Ghalanai", "town", KP, "Mohmand")],
    incidents=[
        inc("Pakistan Air Force (PAF) jets pounded their hideouts",
            EXP, "Air/drone strike", None, "Pakistan Air Force", UAG, KP, "Mohmand", "Gurbaz Sar", 1,
            "on Saturday", 17, {"militants": 17}, None,
            "Air strikes by the PAF, a state operation, so GTD null. 'At least 17 militants' = 17 (ISPR); "
            "the text says the figures could not be confirmed, but gives no other figure. 'foreign "
            "militants' names no group, so actor2 is Unidentified. The ISPR is the source, not an actor."
            + FATA_NOTE),
        inc("their vehicle hit a roadside bomb in Ghalanai",
            EXP, IED, BOMB, UAG, "Khasadar", KP, "Mohmand", "Ghalanai", 1, "on Sunday", 1,
            {"security_forces": 1}, 1,
            "A Khasadar (tribal police) man is state security, so security_forces = 1; one more injured. "
            "Ghalanai is the agency headquarters."),
    ],
)

G["AM-27"] = dict(
    publisher="The Express Tribune",
    actors=[sf("Security Forces", "SFs", "troops"),
            police("Police", "policemen", "police"),
            group("Tehreek-e-Jihad Pakistan", "Tehreek e Jihad Pakistan", "TJP")],
    people=[person("Kamran Ahmed Tareen", ["Kamran Ahmed Tareen"],
                   ["Deputy Inspector General (DIG) of Police Zhob Range"])],
    places=[place("Afghanistan", "country", None, None),
            place("Qamar Din Karez", "town", BA, "Zhob"),
            place("Zhob District", "district", BA, "Zhob"),
            prov("Balochistan"),
            place("Mughal Kot", "town", BA, "Zhob"),
            place("Zhob", "town", BA, "Zhob"),
            place("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            place("Quetta", "city", BA, "Quetta")],
    quotes=[quote("Kamran Ahmed Tareen", "The attackers came from the mountains")],
    incidents=[
        inc("Security Forces (SFs) foiled an infiltration bid from Afghanistan and killed four militants",
            BAT, "Armed clash", None, "Security Forces", UAG, BA, "Zhob", "Qamar Din Karez", 1,
            "late on Tuesday night", 4, {"militants": 4}, None,
            "Troops engaged six infiltrators at the border: four killed, two fled back into Afghanistan. "
            "A fight, not a seized weapon, so Battles / Armed clash despite 'foiled'; the troops opened "
            "fire, so GTD null. The TJP claim covers only the checkpoint attack, so actor2 is Unidentified."),
        inc("militants attacked a police checkpoint near Mughal Kot",
            BAT, "Armed clash", ASSAULT, "Tehreek-e-Jihad Pakistan", "Police", BA, "Zhob", "Mughal Kot", 2,
            "A day earlier", 2, {"security_forces": 2}, None,
            "The TJP claimed the checkpoint attack, so it is actor1. 'near Mughal Kot' on the Zhob to Dera "
            "Ismail Khan highway, hence precision 2; Mughal Kot is in Zhob District (general knowledge). "
            "The DIG spoke in Quetta; Quetta is not the place of either event."),
    ],
)

G["AM-28"] = dict(
    publisher="The Express Tribune",
    actors=[actor("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
            ttp()],
    people=[],
    places=[place("Kamoke", "town", PB, "Gujranwala"),
            place("Gujranwala District", "district", PB, "Gujranwala"),
            prov("Punjab"),
            place("Lahore", "city", PB, "Lahore")],
    incidents=[inc("The Counter Terrorism Department (CTD) arrested four suspected militants",
                   STR, "Arrests", None, "Counter Terrorism Department", TTP, PB, "Gujranwala", "Kamoke", 2,
                   "on Friday", 0, {}, None,
                   "Arrests of alleged TTP fund collectors. No weapon or device was seized (receipt books, "
                   "phones and cash), so Arrests, not Disrupted weapons use; arrests get no GTD type. 'near "
                   "Kamoke', hence precision 2. The CTD spokesman spoke in Lahore; Lahore is not the place of "
                   "the arrests.")],
)

G["AM-29"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police")],
    people=[person("Muhammad Ashraf", ["Muhammad Ashraf"], ["barber", "resident of Bahawalpur", "shot dead"])],
    places=[place("Killi Jamaldini", "area", BA, "Nushki"),
            place("Nushki District", "district", BA, "Nushki"),
            prov("Balochistan"),
            place("Bahawalpur", "city", PB, "Bahawalpur"),
            prov("Punjab"),
            place("Nushki", "town", BA, "Nushki"),
            place("Kharan District", "district", BA, "Kharan")],
    incidents=[inc("Unidentified armed assailants shot dead a barber, identified as Muhammad Ashraf (32)",
                   VAC, "Attack", ASSAULT, UAG, CIV, BA, "Nushki", "Killi Jamaldini", 1,
                   "on the evening of November 2, 2010", 1, {"civilians": 1}, None,
                   "A settler barber (civilian role) shot at his shop. Bahawalpur is only his home town. The "
                   "11 settlers killed since January and the two schoolteachers killed in August are "
                   "background recalls, listed in not_incidents and not coded.")],
    not_incidents=["at least 11 settlers, most of them from Punjab, have been killed in targeted attacks in Nushki and the adjoining Kharan District since January",
                   "two schoolteachers were shot dead in Nushki bazaar in August"],
)

G["AM-30"] = dict(
    publisher="Dawn",
    actors=[police("Police"),
            group("Islamic State-Khorasan Province", "Islamic State Khorasan Province", "ISKP")],
    people=[person("Zahid Ullah", ["Qari Zahid Ullah", "Zahid Ullah"],
                   ["local leader of the Jamiat Ulema e Islam Fazl (JUI F)", "killed"]),
            person("Malik Shah Wali Khan", ["Malik Shah Wali Khan"], ["tribal elder", "shot dead"])],
    places=[place("Ghundai Banda", "area", KP, "Bajaur"),
            place("Khar", "area", KP, "Bajaur"),
            place("Bajaur District", "district", KP, "Bajaur"),
            prov("Khyber Pakhtunkhwa"),
            place("Mamund", "area", KP, "Bajaur")],
    incidents=[
        inc("a remote controlled bomb went off near their car",
            EXP, IED, BOMB, UAG, CIV, KP, "Bajaur", "Ghundai Banda", 1, "on Saturday", 2, {"civilians": 1}, 2,
            "A roadside remote-controlled bomb killed a local JUI F leader and his son; two passersby were "
            "injured. The leader (a party worker) is a civilian role; the son has no stated status, so "
            "civilians = 1. A local party leader is not a prominent public figure, so GTD "
            "Bombing/Explosion rather than Assassination (contrast AM-18, a district president). No claim; "
            "ISKP is named only for past attacks, so it is not actor1. JUI F is a party named only as the "
            "victim's, so it is not an actor. Bajaur District is former FATA, now in Khyber Pakhtunkhwa."),
        inc("unidentified armed men shot dead a tribal elder, Malik Shah Wali Khan",
            VAC, "Attack", ASSAULT, UAG, CIV, KP, "Bajaur", "Mamund", 2, "A day earlier", 1, {"civilians": 1},
            None,
            "'near his house in Mamund tehsil of the same district': only the tehsil is given, hence "
            "precision 2; 'the same district' = Bajaur. A tribal elder is a civilian role. 'A day earlier' "
            "= Friday."),
    ],
    not_incidents=["the Islamic State Khorasan Province (ISKP) has claimed several attacks on JUI F leaders in the district in the past"],
)
