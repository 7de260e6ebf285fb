# Hand-coded gold for set AT. Every value below was decided by hand from the report text alone;
# build_gold.py only serialises it into the dev gold shape (same keys, same order).

KP, BA, SD, PB, GB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan"
UAG, CIV = "Unidentified Armed Group", "Civilians"
FATA = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; not among the "
        "allowed admin1 values).")
EXP, VAC, BAT, SDEV, PROT = ("Explosions/Remote violence", "Violence against civilians", "Battles",
                             "Strategic developments", "Protests")
IED, AIR, SHELL, SUIC, GREN = ("Remote explosive/landmine/IED", "Air/drone strike",
                               "Shelling/artillery/missile attack", "Suicide bomb", "Grenade")
BOMB, ARMED, ASSN, KIDN = "Bombing/Explosion", "Armed Assault", "Assassination", "Hostage Taking (Kidnapping)"


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}


# shared actor entries
US = A("United States Armed Forces", "state_force", 8, ["US"])
HGB = A("Hafiz Gul Bahadur Group", "armed_group", 2, ["Hafiz Gul Bahadur group"])
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
CTD = A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])
BDS = A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])
FC = A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
LEVIES = A("Levies", "state_force", 1, ["Levies"])


def police(*mentions):
    return A("Police", "state_force", 1, list(mentions))


def sf(*mentions):
    return A("Security Forces", "state_force", 1, list(mentions))


GOLD = {}

GOLD["AT-01"] = dict(
    publisher="Dawn",
    actors=[US, HGB],
    people=[],
    places=[P("Zara Mela", "town", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
            P("North Waziristan Agency", "district", KP, "North Waziristan"),
            P("Federally Administered Tribal Areas", "area", KP, None), P("Peshawar", "city", KP, "Peshawar"),
            P("Spalga Kot", "town", KP, "North Waziristan"), P("Mir Ali", "town", KP, "North Waziristan")],
    incidents=[
        I("a US drone fired two missiles at a compound in Zara Mela village", EXP, AIR, None, US["canonical"],
          HGB["canonical"], KP, "North Waziristan", "Zara Mela", 1, "on September 14", 5, {"militants": 5}, None,
          "A US drone strike on a compound used by the Hafiz Gul Bahadur group, so actor2 is that group. 'At least "
          "five militants' = 5, counted as militants (the two foreigners are among them). The US is listed as an "
          "actor (inter 8) because it is the attacker here, not only a victim or accuser; GTD is null as for other "
          "state military action. The destroyed pick-up is part of the same strike. Peshawar is only where the "
          "officials spoke. " + FATA),
        I("another US drone fired missiles at a motorcycle near Spalga Kot village", EXP, AIR, None,
          US["canonical"], UAG, KP, "North Waziristan", "Spalga Kot", 2, "Some hours later", 2, {"militants": 2},
          None,
          "A second, separate strike on a motorcycle killed the two militants riding it. The text does not tie "
          "them to any group, so actor2 is Unidentified Armed Group. 'Near' Spalga Kot (itself close to Mir Ali "
          "town), hence precision 2. The date is relative to the September 14 strike. " + FATA),
    ],
)

GOLD["AT-02"] = dict(
    publisher="The News",
    actors=[US, A("Punjabi Taliban", "armed_group", 2, ["Punjabi Taliban"])],
    people=[H("Shamsul Wahab", ["Qari Shamsul Wahab"],
              ["local commander of the Punjabi Taliban", "reported killed in the strike by local tribesmen"])],
    places=[P("Shin Warsak", "area", KP, "South Waziristan"), P("Wana", "town", KP, "South Waziristan"),
            P("South Waziristan Agency", "district", KP, "South Waziristan"),
            P("Angoor Adda", "town", KP, "South Waziristan")],
    incidents=[
        I("a US drone fired two missiles at a vehicle in Shin Warsak area", EXP, AIR, None, US["canonical"],
          "Punjabi Taliban", KP, "South Waziristan", "Shin Warsak", 1, "late on Saturday night", 4,
          {"militants": 4}, None,
          "The toll is a range: 'between four and six', officials four, tribesmen six. The most conservative "
          "figure, 4, is used. They are 'suspected militants', counted as militants. The only group named among "
          "the dead is the Punjabi Taliban (a commander, per the tribesmen), so it is actor2; Unidentified Armed "
          "Group would be the cautious alternative. Angoor Adda was the vehicle's destination. The strike was in "
          "Shin Warsak area, which lies near Wana, so precision 1. " + FATA),
    ],
)

GOLD["AT-03"] = dict(
    publisher="The Express Tribune",
    actors=[A("Pakistan Air Force", "state_force", 1, ["Pakistan Air Force", "PAF"]),
            A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LI"]),
            A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam", "AI"])],
    people=[H("Saifur Rehman", ["Mullah Saifur Rehman"], ["spokesman for Ansarul Islam"])],
    places=[P("Sra Vela", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"), P("Kandao Mela", "area", KP, "Khyber"),
            P("Bagh Maidan", "area", KP, "Khyber")],
    incidents=[
        I("jet fighters of the Pakistan Air Force (PAF) pounded hideouts of the Lashkar e Islam (LI)", EXP, AIR,
          None, "Pakistan Air Force", "Lashkar-e-Islam", KP, "Khyber", "Sra Vela", 1, "on Thursday", 16,
          {"militants": 16}, None,
          "Air strikes by the PAF on LI hideouts. 'At least 16' = 16 militants; the figures are unverified but "
          "are the only ones given. State air strike, so GTD is null. The destroyed depots and training centre are "
          "part of the same event. " + FATA),
        I("fighting between LI and its rival Ansarul Islam (AI) continued in Kandao Mela area", BAT,
          "Armed clash", ARMED, "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Kandao Mela", 1,
          "On the same day", 8, {"militants": 8}, None,
          "Militant infighting between two named groups. 'Between eight and 12' fighters killed: the low end, 8, "
          "is used; fighters of armed groups are counted as militants. Ansarul Islam's claim to have captured "
          "three posts is denied by LI, so the event stays Armed clash rather than Non-state actor overtakes "
          "territory. Who started the fighting is not said; actor1 follows the text's order (LI first). GTD Armed "
          "Assault is a judgement (one armed group attacking another); null would also be defensible. Location "
          "is Kandao Mela, which lies near Bagh Maidan. " + FATA),
    ],
)

GOLD["AT-04"] = dict(
    publisher="Dawn",
    actors=[A("Turi Tribal Militia", "identity_militia", 4, ["Turi"]),
            A("Mangal Tribal Militia", "identity_militia", 4, ["Mangal"])],
    people=[],
    places=[P("Pewar", "area", KP, "Kurram"), P("Kurram Agency", "district", KP, "Kurram"),
            P("Balishkhel", "area", KP, "Kurram"), P("Sadda", "town", KP, "Kurram"), P("Hangu", "town", KP, "Hangu"),
            P("Orakzai Agency", "district", KP, "Orakzai"), P("Torkhula", "town", KP, "Kurram"),
            P("Thal Parachinar Road", "area", KP, "Kurram"), P("Parachinar", "town", KP, "Kurram")],
    incidents=[
        I("clashes between armed tribesmen of the Shia Turi and Sunni Mangal tribes", BAT, "Armed clash", None,
          "Turi Tribal Militia", "Mangal Tribal Militia", KP, "Kurram", "Pewar", 2, "on Tuesday", 14, {}, None,
          "Sectarian land-dispute fighting between armed tribesmen of two named tribes, coded as identity "
          "militias (inter 4); neither side is said to have started it, so actor1 follows the text's order. A "
          "four-day clash is coded once, on the reported day. It began in Pewar and spread to Balishkhel and "
          "Sadda, so precision 2. 'At least 14 people' = 14 with no side ('people'); 'several others injured' is "
          "not a count, so injured is null. Communal fighting, not terrorism: GTD null. The elders' jirga is "
          "only trying to broker a ceasefire, so no Agreement is coded. " + FATA),
        I("unidentified gunmen opened fire on a passenger van near Torkhula village", VAC, "Attack", ARMED, UAG, CIV,
          KP, "Kurram", "Torkhula", 2, "On Monday night", 3, {"civilians": 3}, 2,
          "A separate attack on a passenger van on the Thal Parachinar Road. The three dead are passengers (a "
          "civilian role); the two injured have no stated side. The text does not link the gunmen to either "
          "tribe, so actor1 is Unidentified. 'Near' Torkhula, hence precision 2. " + FATA),
    ],
)

GOLD["AT-05"] = dict(
    publisher="Daily Times",
    actors=[A("Lashkar-e-Jhangvi al-Alami", "armed_group", 2, ["Lashkar e Jhangvi al Alami", "LeJA"])],
    people=[],
    places=[P("Tanga Adda", "area", KP, "Kurram"), P("Parachinar", "town", KP, "Kurram"),
            P("Kurram Agency", "district", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar")],
    incidents=[
        I("a remote controlled bomb planted in a fruit cart went off in the crowded Tanga Adda market", EXP, IED,
          BOMB, "Lashkar-e-Jhangvi al-Alami", CIV, KP, "Kurram", "Tanga Adda", 1, "on Friday morning", 9, {}, 18,
          "The toll rose in a later sentence: five killed at first, nine by the evening as four of the 22 injured "
          "died. Killed = 9; the four who died are counted once, so injured = 22 - 4 = 18. The dead are "
          "'people', so no side. The perpetrator appears only in the last sentence: LeJA claimed the blast, so it "
          "is actor1. The curfew is not an incident. Peshawar is only where some injured were taken. " + FATA),
    ],
)

GOLD["AT-06"] = dict(
    publisher="Dawn",
    actors=[],
    people=[],
    places=[P("Afghanistan", "country", None, None), P("Landi Kotal", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"), P("Ghundai Kas", "area", KP, "Khyber"),
            P("Jamrud", "area", KP, "Khyber")],
    incidents=[
        I("Militants set ablaze at least seven oil tankers carrying fuel for North Atlantic Treaty Organization "
          "(NATO) forces", VAC, "Attack", ARMED, UAG, CIV, KP, "Khyber", "Landi Kotal", 2, "late on Sunday night",
          0, {}, 2,
          "About a dozen armed men fired at parked NATO-supply tankers and set them on fire; a driver and a "
          "cleaner were wounded by bullets, so it is an attack on civilians (ACLED Attack) rather than mere "
          "property destruction. GTD Armed Assault outranks the arson. NATO is a foreign force named only as the "
          "owner of the cargo, so it is not listed. The terminal is placed only by tehsil, hence precision 2. "
          "Nobody was killed. " + FATA),
        I("unidentified militants blew up a Government primary school for girls in Ghundai Kas area", EXP, IED,
          BOMB, UAG, None, KP, "Khyber", "Ghundai Kas", 1, "on Monday", 0, {}, 0,
          "A girls' school blown up with explosives; 'No one was hurt', so killed and injured are 0, and with no "
          "human target actor2 is null (as for the school in satp-sa-dev-87). The two earlier school attacks in "
          "Jamrud that month are background and are not coded. " + FATA),
    ],
)

GOLD["AT-07"] = dict(
    publisher="Daily Times",
    actors=[A("Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "armed_group", 2,
              ["Tehreek e Nafaz e Shariat e Mohammadi", "TNSM"]),
            police("policemen", "police")],
    people=[],
    places=[P("Matta", "area", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
            P("Mingora", "city", KP, "Swat")],
    incidents=[
        I("Militants of the Tehreek e Nafaz e Shariat e Mohammadi (TNSM) took control of the police station in "
          "Matta tehsil", BAT, "Non-state actor overtakes territory", ARMED,
          "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "Police", KP, "Swat", "Matta", 2, "on November 2", 0, {}, 0,
          "After a two-day siege about 40 policemen laid down their arms and the TNSM took the station, raised "
          "its flag and took weapons and vehicles: a non-state actor taking control of a place by force. 'No "
          "casualties were reported', so killed and injured are 0. GTD Armed Assault is a judgement for an armed "
          "siege that forced a surrender (no shots are reported). The place is given by tehsil, hence precision "
          "2."),
        I("four CD and video shops were blown up with explosives in the main bazaar of Mingora", EXP, IED, BOMB, UAG,
          None, KP, "Swat", "Mingora", 1, "on the night of November 1", 0, {}, 0,
          "Shops blown up with no one hurt ('no casualties'), so 0 and 0; only property was hit, so actor2 is "
          "null, as for the bazaar shops in satp-sa-dev-115. The owners had been threatened by 'the militants', "
          "which may mean the TNSM, but no group claimed or is said to have done it, so actor1 stays "
          "Unidentified."),
    ],
)

GOLD["AT-08"] = dict(
    publisher="The News",
    actors=[sf("Security Forces", "SFs", "soldiers", "troops")],
    people=[],
    places=[P("Charbagh", "town", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
            P("Mardan", "city", KP, "Mardan")],
    incidents=[
        I("Security Forces (SFs) regained control of Charbagh town", BAT, "Government regains territory", None,
          "Security Forces", UAG, KP, "Swat", "Charbagh", 1, "on June 3", 23,
          {"militants": 21, "security_forces": 2}, 5,
          "One event told twice: the first two sentences summarise it and the spokesman's account repeats the "
          "same 21 militants and two soldiers killed and five soldiers injured; it is coded once, not added up. "
          "Troops retook the town by force, so Government regains territory. The militants are not named. "
          "State operation, so GTD null. The curfew and the displaced residents in Mardan are not incidents."),
    ],
)

GOLD["AT-09"] = dict(
    publisher="Dawn",
    actors=[police("Police"), FC],
    people=[],
    places=[P("Hazarganji", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
            P("Hazara Town", "area", BA, "Quetta"), P("Western Bypass", "area", BA, "Quetta")],
    incidents=[
        I("unidentified gunmen opened fire on their vehicle near the Hazarganji fruit and vegetable market", VAC,
          "Attack", ARMED, UAG, CIV, BA, "Quetta", "Hazarganji", 2, "on the morning of October 4", 4,
          {"civilians": 4}, 1,
          "Sectarian target killing of Shia Hazara vegetable vendors (a civilian role), so 4 civilians; the one "
          "injured is 'another' member, side not stated. Singled out by community, not as prominent persons: "
          "Armed Assault. 'Near' the Hazarganji market, hence precision 2. The FC escort had turned back and was "
          "not attacked."),
        I("hundreds of Hazara men and women placed the bodies on the Western Bypass and staged a sit in", PROT,
          "Peaceful protest", None, "Protesters", None, BA, "Quetta", "Western Bypass", 1, "On the same evening", 0,
          {}, None,
          "The funeral sit-in with the bodies is a protest in its own right. No organisation is named, so actor1 "
          "is the generic 'Protesters' (not listed in actors). It ended peacefully after a minister's assurance, "
          "with no intervention, so Peaceful protest; protests get no GTD type."),
    ],
)

GOLD["AT-10"] = dict(
    publisher="The Express Tribune",
    actors=[LEVIES],
    people=[],
    places=[P("Machh", "area", BA, "Kachhi"), P("Kachhi District", "district", BA, "Kachhi"),
            P("Tangi Sar", "area", BA, "Kachhi"), P("Quetta", "city", BA, "Quetta")],
    incidents=[
        I("Three coal miners belonging to the Hazara community, who were kidnapped from their camp in Machh area of "
          "Kachhi District on March 9, were found dead", VAC, "Attack", KIDN, UAG, CIV, BA, "Kachhi", "Tangi Sar",
          2, "on March 12", 3, {"civilians": 3}, None,
          "Kidnapped on March 9 and found dead on March 12: abducted and later killed, so one Attack with GTD "
          "Kidnapping, not a separate abduction event. As in satp-sa-dev-29 the place and date are where and when "
          "the bodies were found ('near Tangi Sar', precision 2; Tangi Sar is taken to be in Kachhi District as "
          "the text implies, about 15 km from the camp). Coal miners are a civilian role. The mourning in Quetta "
          "is not an incident."),
    ],
)

GOLD["AT-11"] = dict(
    publisher="The News",
    actors=[police("Police")],
    people=[H("Saleem Akhtar", ["Saleem Akhtar", "Pappu"],
              ["activist of the Muttahida Qaumi Movement (MQM)", "shot dead in Orangi Town"]),
            H("Gul Zameen Khan", ["Gul Zameen Khan"],
              ["office bearer of the Awami National Party (ANP)", "shot dead near Banaras Chowk"]),
            H("Rasool Bux Brohi", ["Rasool Bux Brohi"],
              ["worker of the Pakistan Peoples Party (PPP)", "gunned down in Kalri"])],
    places=[P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD, None),
            P("Sector 11 E", "area", SD, "Karachi"), P("Orangi Town", "area", SD, "Karachi"),
            P("Banaras Chowk", "area", SD, "Karachi"), P("Kalri", "area", SD, "Karachi"),
            P("Lyari", "area", SD, "Karachi"), P("Pirabad", "area", SD, "Karachi")],
    incidents=[
        I("was killed when two motorcyclists fired at him outside a tea stall in Sector 11 E of Orangi Town", VAC,
          "Attack", ARMED, UAG, CIV, SD, "Karachi", "Sector 11 E", 1, "on July 18", 1, {"civilians": 1}, None,
          "The first of three separate political target killings on the same day. A party activist is a "
          "civilian role; not a prominent figure, so Armed Assault. MQM appears only as the victim's party and "
          "is not listed in actors."),
        I("an office bearer of the Awami National Party (ANP), Gul Zameen Khan, was shot dead near Banaras Chowk",
          VAC, "Attack", ARMED, UAG, CIV, SD, "Karachi", "Banaras Chowk", 2, "Hours later", 1, {"civilians": 1},
          None,
          "Second killing, hours after the first. A local party office bearer is a civilian role and not a "
          "prominent target, so Armed Assault. 'Near' Banaras Chowk, hence precision 2. ANP is not listed "
          "(party named only as victim)."),
        I("a worker of the Pakistan Peoples Party (PPP), Rasool Bux Brohi, was gunned down in Kalri area of Lyari",
          VAC, "Attack", ARMED, UAG, CIV, SD, "Karachi", "Kalri", 1, "on July 18", 1, {"civilians": 1}, 1,
          "Third killing; no separate date is given, so the summary's 'on July 18' applies. His nephew was "
          "wounded (side not stated). The police's link to 'political rivalries' names no perpetrator. The "
          "closure of shops in Orangi and Pirabad is not coded as a protest."),
    ],
)

GOLD["AT-12"] = dict(
    publisher="Dawn",
    actors=[police("Police")],
    people=[H("Syed Haider Raza Zaidi", ["Dr Syed Haider Raza Zaidi"], ["Shia doctor", "shot dead outside his clinic"]),
            H("Abdul Ghafoor Qasmi", ["Maulana Abdul Ghafoor Qasmi"],
              ["leader of the Ahle Sunnat Wal Jamaat (ASWJ)", "shot dead with his son"]),
            H("Tariq Nawaz Dharejo", ["Tariq Nawaz Dharejo"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Block 13 D", "area", SD, "Karachi"), P("Gulshan e Iqbal Town", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi"), P("University Road", "area", SD, "Karachi"),
            P("Bilal Colony", "area", SD, "Karachi"), P("Korangi Town", "area", SD, "Karachi")],
    incidents=[
        I("A Shia doctor, identified as Dr Syed Haider Raza Zaidi (52), was shot dead outside his clinic", VAC,
          "Attack", ARMED, UAG, CIV, SD, "Karachi", "Block 13 D", 1, "on Wednesday evening", 1, {"civilians": 1}, 1,
          "Sectarian killing of a Shia doctor (a civilian role); his driver was injured (side not stated). A "
          "doctor is not a prominent public figure, so Armed Assault."),
        I("a leader of the Ahle Sunnat Wal Jamaat (ASWJ), Maulana Abdul Ghafoor Qasmi, and his son were shot dead "
          "by armed men", VAC, "Attack", ASSN, UAG, CIV, SD, "Karachi", "Bilal Colony", 1, "A day earlier", 2,
          {"civilians": 2}, None,
          "A named religious-party leader was the specific target, so GTD Assassination. He and his son are "
          "counted as civilians (a religious leader and his family). The SSP's 'tit for tat' remark links the two "
          "killings but names no perpetrator. ASWJ appears only as victim and as the body announcing mourning and "
          "threatening protests, so it is not listed in actors, and its threatened protests are not incidents."),
    ],
)

GOLD["AT-13"] = dict(
    publisher="The Express Tribune",
    actors=[TTP, CTD],
    people=[H("Naveed Akram", ["Naveed Akram"], ["CTD Sub Inspector", "injured in the encounter"])],
    places=[P("Kohar Wala", "area", PB, "Dera Ghazi Khan"), P("Taunsa", "area", PB, "Dera Ghazi Khan"),
            P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"), P("Punjab", "province", PB, None)],
    incidents=[
        I("Five terrorists affiliated with the proscribed Tehreek e Taliban Pakistan (TTP) were killed in an "
          "exchange of fire with the Counter Terrorism Department (CTD)", BAT, "Armed clash", None,
          "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Dera Ghazi Khan", "Kohar Wala", 1,
          "in the early hours of Tuesday", 5, {"militants": 5}, 1,
          "A CTD raid on a hideout after a tip-off; the suspects fired first, but the operation was started by "
          "the state, so actor1 is CTD and GTD is null. Five militants killed; one CTD sub inspector injured. "
          "'10 to 12 terrorists' is the size of the group, not a casualty range. The recovered suicide jackets, "
          "grenades and rifles are part of the same event. Taunsa is read as a tehsil of Dera Ghazi Khan District, "
          "as the text says."),
    ],
)

GOLD["AT-14"] = dict(
    publisher="Dawn",
    actors=[police("Police", "policemen"), BDS, CTD, A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"])],
    people=[H("Kashif Mehmood", ["Kashif Mehmood"], ["District Police Officer (DPO)"]),
            H("Rahmatullah", ["Rahmatullah"],
              ["would-be suicide bomber, arrested", "aged 17, resident of Lakki Marwat", "member of the Jamaat ul Ahrar (JuA)"])],
    places=[P("Dhudial", "town", PB, "Chakwal"), P("Chakwal District", "district", PB, "Chakwal"),
            P("Lakki Marwat", "town", KP, "Lakki Marwat")],
    incidents=[
        I("Police foiled a suicide attack on a Muharram majlis at an imambargah in Dhudial town", SDEV,
          "Disrupted weapons use", BOMB, "Police", "Jamaat-ul-Ahrar", PB, "Chakwal", "Dhudial", 1, "on Friday", 0,
          {}, None,
          "A foiled suicide bombing: the bomber was overpowered before he could detonate and the BDS defused his "
          "vest. Coded as a disrupted bombing (GTD Bombing/Explosion, as for defused devices in "
          "satp-sa-dev-109). The arrest is part of this incident, not a separate Arrests event. The police say "
          "the suspect belonged to JuA; like the affiliation in satp-sa-dev-78 this names the group, so actor2 is "
          "JuA (no claim was made). No one was hurt, but the text does not say so, so injured is null. Lakki "
          "Marwat is only the suspect's home."),
    ],
)

GOLD["AT-15"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police", "policeman")],
    people=[],
    places=[P("Ittehad Town", "area", SD, "Karachi"), P("Baldia Town", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi"), P("Sperkai Kala", "town", KP, "Bannu"),
            P("Domel", "area", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
            P("Khyber Pakhtunkhwa", "province", KP, None)],
    incidents=[
        I("A lady health worker (LHW) taking part in the anti polio campaign was shot dead", VAC, "Attack", ARMED,
          UAG, CIV, SD, "Karachi", "Ittehad Town", 1, "on December 18", 1, {"civilians": 1}, 1,
          "Attack on polio workers: a lady health worker (a civilian role) was killed and her colleague injured. "
          "Injured counts get no side split."),
        I("a policeman escorting a polio team was shot dead by unidentified militants", BAT, "Armed clash", ARMED,
          UAG, "Police", KP, "Bannu", "Sperkai Kala", 1, "on the same day", 1, {"security_forces": 1}, 0,
          "The attack was on a polio team, but the only person killed was its police escort; by the rule that "
          "attacks on police are Battles / Armed clash, actor2 is Police. The vaccinators 'escaped unhurt', so "
          "injured is 0. The suspension of the campaign is not an incident."),
    ],
)

GOLD["AT-16"] = dict(
    publisher=None,
    actors=[police("Police", "police", "policeman")],
    people=[H("Fazal Wahid", ["Fazal Wahid"], ["polio vaccinator", "shot dead"])],
    places=[P("Mardan District", "district", KP, "Mardan"), P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Dargai Banda", "town", KP, "Mardan"), P("Takht Bhai", "area", KP, "Mardan")],
    incidents=[
        I("A polio vaccinator was shot dead", VAC, "Attack", ARMED, UAG, CIV, KP, "Mardan", "Dargai Banda", 1,
          "on Tuesday", 1, {"civilians": 1}, None,
          "One killing told twice: the first sentence gives it at district level and the police account gives "
          "the village; coded once at the village (precision 1). A vaccinator is a civilian role. 'Several "
          "shots' is not a casualty count. The escorting policeman was away and is not said to be hurt; no one "
          "else is reported injured, so injured is null. No outlet is named."),
    ],
)

GOLD["AT-17"] = dict(
    publisher="Dawn",
    actors=[HGB, sf("security forces")],
    people=[H("Gul Mast", ["Qari Gul Mast", "Tufani"],
              ["local commander of the Hafiz Gul Bahadur group", "shot dead by unknown men"])],
    places=[P("Sarkai Khel", "town", KP, "North Waziristan"), P("Mir Ali", "area", KP, "North Waziristan"),
            P("North Waziristan District", "district", KP, "North Waziristan")],
    incidents=[
        I("A local commander of the Hafiz Gul Bahadur group, identified as Qari Gul Mast alias Tufani, was shot "
          "dead by unknown men", BAT, "Armed clash", ASSN, UAG, "Hafiz Gul Bahadur Group", KP, "North Waziristan",
          "Sarkai Khel", 1, "on Friday evening", 1, {"militants": 1}, 1,
          "A serving militant commander, with armed guards, killed by unknown men: coded as an armed group "
          "attacking another armed group (Battles / Armed clash), unlike the deserter in satp-sa-dev-21, who was "
          "coded as an attack on an unarmed man; VAC Attack would be the alternative. A specific, named "
          "commander was targeted, so GTD Assassination. No one claimed it, so actor1 is Unidentified. One guard "
          "injured. The past killings of other commanders are background."),
    ],
)

GOLD["AT-18"] = dict(
    publisher="The News",
    actors=[A("Afghan Security Forces", "state_force", 8, ["Afghan forces"])],
    people=[],
    places=[P("Tor Ghundai", "town", KP, "Bajaur"), P("Salarzai", "area", KP, "Bajaur"),
            P("Bajaur Agency", "district", KP, "Bajaur"), P("Afghanistan", "country", None, None)],
    incidents=[
        I("mortar shells fired by Afghan forces from across the border landed on houses in Tor Ghundai village",
          EXP, SHELL, None, "Afghan Security Forces", CIV, KP, "Bajaur", "Tor Ghundai", 1, "on Sunday", 3, {}, 5,
          "Cross-border mortar fire with no gunfire: Shelling/artillery/missile attack. Afghan forces are the "
          "attacker, so they are listed (inter 8); a state force's shelling gets no GTD type. Two women and a "
          "child are not given a status, so no side (as for women and children in satp-sa-dev-120), even though "
          "the Foreign Office statement speaks of 'civilian populations'. The summoning of the Afghan diplomat and "
          "the protest note are a statement, not an incident. " + FATA),
    ],
)

GOLD["AT-19"] = dict(
    publisher="Dawn",
    actors=[sf("Security forces", "troops", "security forces")],
    people=[H("Muhammad Arif", ["Sepoy Muhammad Arif"], ["soldier killed in the Kulachi operation"])],
    places=[P("Spin Tangi", "area", KP, "North Waziristan"), P("Shewa", "area", KP, "North Waziristan"),
            P("North Waziristan District", "district", KP, "North Waziristan"),
            P("Kulachi", "area", KP, "Dera Ismail Khan"),
            P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
    incidents=[
        I("Security forces killed eight khwarij in an intelligence based operation (IBO) in Spin Tangi area", BAT,
          "Armed clash", None, "Security Forces", UAG, KP, "North Waziristan", "Spin Tangi", 1,
          "on the night of October 24", 8, {"militants": 8}, None,
          "An ISPR-reported IBO with an exchange of fire. 'Khwarij' is the state's label for militants, not the "
          "name of an organisation here, so actor2 is Unidentified Armed Group and the eight are militants. State "
          "operation, so GTD null. ISPR (the military's media wing) is a source, not an armed force, and is not "
          "listed. The recovered weapons are part of the event; the sanitisation operation is not an incident."),
        I("In another IBO on the same night in Kulachi area of Dera Ismail Khan District, troops killed two more "
          "khwarij", BAT, "Armed clash", None, "Security Forces", UAG, KP, "Dera Ismail Khan", "Kulachi", 1,
          "on the same night", 3, {"militants": 2, "security_forces": 1}, None,
          "A second, separate operation in another district: two militants and one soldier killed."),
    ],
)

GOLD["AT-20"] = dict(
    publisher="The News",
    actors=[sf("soldiers"), A("Tehreek-e-Taliban Pakistan", "armed_group", 2,
                              ["Fitna al Khwarij", "Tehreek e Taliban Pakistan", "TTP"])],
    people=[H("Hasnain Tariq", ["Captain Hasnain Tariq"], ["army captain", "killed in the Tirah operation"])],
    places=[P("Bagh", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber District", "district", KP, "Khyber"), P("Peshawar", "city", KP, "Peshawar"),
            P("Jhelum", "city", PB, "Jhelum"), P("Mansehra", "city", KP, "Mansehra"), P("Okara", "city", PB, "Okara")],
    incidents=[
        I("Four soldiers, including a captain, embraced martyrdom and 11 khwarij were killed during an intense "
          "exchange of fire", BAT, "Armed clash", None, "Security Forces", "Tehreek-e-Taliban Pakistan", KP,
          "Khyber", "Bagh", 1, "on Friday", 15, {"security_forces": 4, "militants": 11}, None,
          "An IBO reported by ISPR: 4 soldiers and 11 militants killed. The text says the khwarij belonged to "
          "'Fitna al Khwarij, the term the state uses for' the TTP, so Fitna al Khwarij is a mention of the TTP "
          "and actor2 is TTP. State operation, so GTD null. The funeral prayers in Peshawar and the burials in "
          "Jhelum, Mansehra and Okara are not incidents. ISPR is only the source."),
    ],
)

GOLD["AT-21"] = dict(
    publisher="Dawn",
    actors=[FC, A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
    people=[H("Zarbakht Baloch", ["Zarbakht Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"]),
            H("Abdul Hameed", ["Abdul Hameed"], ["schoolteacher", "shot dead in Panjgur"])],
    places=[P("Sami Kaur", "area", BA, "Kech"), P("Tump", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
            P("Loti", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
            P("Sui", "town", BA, "Dera Bugti"), P("Panjgur", "town", BA, "Panjgur")],
    incidents=[
        I("militants ambushed their convoy with rockets and automatic weapons in Sami Kaur area", BAT,
          "Armed clash", ARMED, "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Sami Kaur", 1,
          "on May 29", 6, {"security_forces": 6}, 4,
          "An ambush of an FC convoy with rockets and gunfire and an hour-long exchange of fire: Battles / Armed "
          "clash. The BLF claimed it, so it is actor1. Six FC killed, four injured."),
        I("militants blew up a gas pipeline near Loti area of Dera Bugti District", EXP, IED, BOMB, UAG, None, BA,
          "Dera Bugti", "Loti", 2, "late on Sunday night", 0, {}, 0,
          "Infrastructure blown up with 'No one was hurt', so 0 and 0 and actor2 null (as for the pipeline in "
          "satp-sa-dev-72). The BLF claim covers only the convoy attack, so actor1 is Unidentified. 'Near' Loti, "
          "hence precision 2. Sui is only where the purification plant is."),
        I("unidentified gunmen shot dead a schoolteacher, identified as Abdul Hameed", VAC, "Attack", ARMED, UAG,
          CIV, BA, "Panjgur", "Panjgur", 1, "on Monday", 1, {"civilians": 1}, None,
          "A schoolteacher (a civilian role) shot dead in Panjgur town; not a prominent figure, so Armed Assault."),
    ],
)

GOLD["AT-22"] = dict(
    publisher="Daily Times",
    actors=[police("Police", "police")],
    people=[H("Ashok Kumar", ["Ashok Kumar"], ["owner of the shop", "Hindu trader", "escaped unhurt"])],
    places=[P("Khuzdar", "town", BA, "Khuzdar")],
    incidents=[
        I("unidentified miscreants hurled a hand grenade at a mobile phone shop", EXP, GREN, BOMB, UAG, CIV, BA,
          "Khuzdar", "Khuzdar", 1, "on Saturday evening", 1, {}, None,
          "Grenade attack on a Hindu trader's shop; the owner was away. 'One person' killed, so no side. "
          "'Several others' injured is not a count, so injured is null. The extortion calls suggest a criminal "
          "motive, but the event is still coded as an explosion on civilians. The text begins in lower case "
          "(a fragment, as in satp-sa-dev-129)."),
    ],
)

GOLD["AT-23"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police"), A("Sindhudesh Revolutionary Army", "armed_group", 2,
                                ["Sindhudesh Revolutionary Army", "SRA"])],
    people=[],
    places=[P("Kotri", "town", SD, "Jamshoro"), P("Jamshoro District", "district", SD, "Jamshoro"),
            P("Karachi", "city", SD, "Karachi"), P("Kotri Junction", "area", SD, "Jamshoro"),
            P("Hyderabad", "city", SD, "Hyderabad")],
    incidents=[
        I("an explosive device planted under it went off near Kotri", EXP, IED, BOMB,
          "Sindhudesh Revolutionary Army", None, SD, "Jamshoro", "Kotri", 2, "on Sunday night", 0, {}, 0,
          "A blast on the railway track; 'no one was hurt', so 0 and 0, and with only infrastructure hit actor2 "
          "is null. The perpetrator appears only in the last sentence: the SRA later claimed the blast, so it is "
          "actor1. 'Near' Kotri, hence precision 2. Karachi and Hyderabad are only on the train's route."),
    ],
)

GOLD["AT-24"] = dict(
    publisher="Dawn",
    actors=[police("Police")],
    people=[],
    places=[P("Darel", "area", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"),
            P("Gilgit Baltistan", "province", GB, None)],
    incidents=[
        I("Unidentified militants set fire to three government schools", SDEV, "Looting/property destruction",
          "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Darel", 2, "late on Thursday night", 0, {}, 0,
          "Arson (petrol, no explosives) on empty schools, with 'No one was hurt': property destruction by an "
          "armed group, so Strategic developments / Looting/property destruction and GTD Facility/Infrastructure "
          "Attack. Three schools burnt and a fourth saved in one night in one valley: coded as one incident. The "
          "valley is part of a district, hence precision 2. The arrest of nine suspects is tied to this attack, "
          "so it is part of this record, not a separate Arrests incident. admin1 uses the canonical spelling "
          "Gilgit-Baltistan (the text writes 'Gilgit Baltistan')."),
    ],
)

GOLD["AT-25"] = dict(
    publisher="The Express Tribune",
    actors=[police("Policemen", "policemen", "police"), BDS],
    people=[H("Zia ud Din Khattak", ["Zia ud Din Khattak"], ["District Police Officer (DPO)"])],
    places=[P("Shah Dev", "area", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
            P("Tajazai", "town", KP, "Lakki Marwat"), P("Lakki Marwat District", "district", KP, "Lakki Marwat")],
    incidents=[
        I("militants dropped explosives from a quadcopter on Shah Dev police post", EXP, AIR, BOMB, UAG, "Police", KP,
          "Bannu", "Shah Dev", 1, "late on Monday night", 0, {}, 2,
          "Bombs dropped from a quadcopter by militants: Air/drone strike by a non-state actor, GTD "
          "Bombing/Explosion. Two policemen injured; no one killed. The police firing at the quadcopter is part "
          "of the same event."),
        I("the other failed to go off and was later defused by the Bomb Disposal Squad (BDS)", SDEV,
          "Disrupted weapons use", BOMB, "Bomb Disposal Squad", UAG, KP, "Bannu", "Shah Dev", 1, None, 0, {}, None,
          "The second bomb dropped did not explode and was defused; coded as a separate disrupted bombing, as "
          "with the defused bombs in satp-sa-dev-109 and the recovered device in satp-sa-dev-93. It was defused "
          "'later', with no date, so date_text is null."),
        I("around 20 militants armed with heavy weapons attacked the Tajazai check post", BAT, "Armed clash", ARMED,
          UAG, "Police", KP, "Lakki Marwat", "Tajazai", 1, "A day earlier", 1, {"militants": 1}, None,
          "Militants attacked a police check post and were repulsed after an hour's exchange of fire; one "
          "attacker killed. No injuries are reported."),
    ],
)

GOLD["AT-26"] = dict(
    publisher="The News",
    actors=[TTP],
    people=[H("Fazal Subhan", ["Maulana Fazal Subhan", "Maulana Subhan"],
              ["Jamiat Ulema e Islam Fazl (JUI F) leader", "candidate for a provincial assembly seat",
               "injured in the attack"]),
            H("Gul Zareen", ["Mufti Gul Zareen"], ["spokesman of the Tehreek e Taliban Pakistan (TTP)"])],
    places=[P("Tangi", "town", KP, "Charsadda"), P("Charsadda District", "district", KP, "Charsadda"),
            P("Peshawar", "city", KP, "Peshawar")],
    incidents=[
        I("a suicide bomber blew himself up near his vehicle in Tangi town", EXP, SUIC, ASSN,
          "Tehreek-e-Taliban Pakistan", CIV, KP, "Charsadda", "Tangi", 1, "on April 27", 3, {"civilians": 3}, 7,
          "A suicide bombing aimed at a named party leader and election candidate: ACLED Suicide bomb, GTD "
          "Assassination (a specific prominent target, whatever the weapon). The TTP claimed it. Three bodyguards "
          "killed; a bodyguard takes his principal's side, and the principal is a civilian politician, so 3 "
          "civilians. Seven injured, the leader among them. The bomber is not counted. JUI F is a party named "
          "only as victim, so it is not listed."),
    ],
)

GOLD["AT-27"] = dict(
    publisher="Daily Times",
    actors=[police("Police", "policemen"), LEVIES],
    people=[H("Ghulam Nabi", ["Ghulam Nabi"], ["Levies sepoy", "shot dead at a check post"])],
    places=[P("Spinny Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
            P("Kardgap", "area", BA, "Mastung"), P("Mastung District", "district", BA, "Mastung")],
    incidents=[
        I("a remote controlled bomb planted on a motorcycle exploded next to a police van on Spinny Road", EXP, IED,
          BOMB, UAG, "Police", BA, "Quetta", "Spinny Road", 1, "on Wednesday morning", 2,
          {"security_forces": 2}, 9,
          "A remote-controlled bomb aimed at a police van: two policemen killed; nine people injured, five of "
          "them passers-by (the injured get no side split)."),
        I("unidentified gunmen shot dead a Levies sepoy, identified as Ghulam Nabi", BAT, "Armed clash", ARMED, UAG,
          "Levies", BA, "Mastung", "Kardgap", 2, "A day earlier", 1, {"security_forces": 1}, None,
          "A one-sided attack on a Levies man at a check post is still Battles / Armed clash under the rule for "
          "attacks on state forces. The taking of his rifle is part of it. The place is given by tehsil, hence "
          "precision 2. No claim was made for either attack."),
    ],
)

GOLD["AT-28"] = dict(
    publisher="Dawn",
    actors=[police("police", "Police"), A("Pakistan Rangers", "state_force", 1, ["Pakistan Rangers", "Rangers"]),
            A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
    people=[],
    places=[P("Chakiwara", "area", SD, "Karachi"), P("Lyari", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"),
            P("Manghopir", "area", SD, "Karachi")],
    incidents=[
        I("Unidentified men hurled a hand grenade at a grocery shop in Chakiwara area", EXP, GREN, BOMB, UAG, CIV, SD,
          "Karachi", "Chakiwara", 1, "late on Saturday night", 0, {}, 0,
          "A grenade thrown at a closed shop; 'no one was hurt', so 0 and 0. The shop of a shopkeeper who had "
          "refused to pay extortion was the target, so actor2 is Civilians (as for the targeted home in "
          "satp-sa-dev-0). 'Lyari gangsters' is not a named organisation, so actor1 stays Unidentified."),
        I("Pakistan Rangers arrested four suspected target killers belonging to the banned Lashkar e Jhangvi (LeJ)",
          SDEV, "Arrests", None, "Pakistan Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Manghopir", 1, "on Sunday",
          0, {}, None,
          "An arrest raid not tied to the grenade attack, so it is its own Arrests incident; arrests get no GTD "
          "type. The recovered pistols and grenade are part of the raid."),
    ],
)

GOLD["AT-29"] = dict(
    publisher="The Express Tribune",
    actors=[LEVIES, A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])],
    people=[],
    places=[P("Hoshab", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"), P("Punjab", "province", PB, None),
            P("Sindh", "province", SD, None)],
    incidents=[
        I("Unidentified gunmen shot dead five labourers and injured two others", VAC, "Attack", ARMED,
          "Balochistan Liberation Army", CIV, BA, "Kech", "Hoshab", 1, None, 5, {"civilians": 5}, 2,
          "Labourers from Punjab and Sindh lined up and shot at a road construction site. The BLA claimed the "
          "killings, so it is actor1 though the text first says 'Unidentified gunmen'. Labourers are a civilian "
          "role; the two injured get no side. The torching of the bulldozer and vehicles is part of the same "
          "attack. The text gives no date."),
    ],
)

GOLD["AT-30"] = dict(
    publisher="Daily Times",
    actors=[TTP, A("Khasadar Force", "state_force", 1, ["Khasadar", "Khasadars"])],
    people=[H("Sher Afzal", ["Malik Sher Afzal"],
              ["pro government peace committee member", "owner of the house that was blown up"]),
            H("Ikramullah Mohmand", ["Ikramullah Mohmand"], ["spokesman of the Tehreek e Taliban Pakistan (TTP) in Mohmand"])],
    places=[P("Shna Kandao", "town", KP, "Mohmand"), P("Safi", "area", KP, "Mohmand"),
            P("Mohmand Agency", "district", KP, "Mohmand"), P("Peshawar", "city", KP, "Peshawar"),
            P("Ekka Ghund", "town", KP, "Mohmand"), P("Ghalanai", "town", KP, "Mohmand")],
    incidents=[
        I("Militants blew up the house of a pro government peace committee member, Malik Sher Afzal", EXP, IED, BOMB,
          "Tehreek-e-Taliban Pakistan", UAG, KP, "Mohmand", "Shna Kandao", 1, "late on Thursday night", 0, {}, 0,
          "A house blown up with no one hurt (the family had left), so 0 and 0. The TTP claimed 'both attacks', "
          "so it is actor1. The target was a member of an unnamed pro-government peace committee (tribal "
          "militia), so actor2 is Unidentified Armed Group, as for the lashkar leader's hujra in "
          "satp-sa-dev-81; Civilians would be the alternative. " + FATA),
        I("two Khasadar personnel were killed and another was injured when their vehicle hit a roadside bomb", EXP,
          IED, BOMB, "Tehreek-e-Taliban Pakistan", "Khasadar Force", KP, "Mohmand", "Ekka Ghund", 2,
          "on Friday morning", 2, {"security_forces": 2}, 1,
          "A roadside bomb hit a Khasadar vehicle: two killed, one injured. Covered by the TTP claim for both "
          "attacks. 'Near' Ekka Ghund, hence precision 2. Ghalanai was their destination. " + FATA),
    ],
)
