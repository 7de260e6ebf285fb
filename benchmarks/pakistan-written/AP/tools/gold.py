# Hand coding of set AP: one entry per report, written by hand from the report text alone,
# following shared/benchmarks/pakistan-gold-dev/CODING-RULES.md and the dev gold files.
# Running this file writes AP-NN.gold.json beside the reports (same key order as the dev files).
import json, os

KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
GB, AK, IC = "Gilgit-Baltistan", "Azad Kashmir", "Islamabad Capital Territory"
FATA = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."
UAG = "Unidentified Armed Group"
VAC, BAT, EXP, STR, PRO = ("Violence against civilians", "Battles", "Explosions/Remote violence",
                           "Strategic developments", "Protests")


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": adm1, "admin2": adm2, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}


# frequently used actors
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
LEJ = A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])
FC = A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
LEV = A("Levies", "state_force", 1, ["Levies"])
CTD = A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])
BDS = A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])
SRA = A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"])
JUA = A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"])
SFS = A("Security Forces", "state_force", 1, ["Security Forces", "SFs"])


def police(*m):
    return A("Police", "state_force", 1, list(m))


def rangers_sd(*m):
    return A("Sindh Rangers", "state_force", 1, list(m))


G = {}

G["AP-01"] = dict(
    publisher="Dawn",
    actors=[TTP,
            A("Pakistan Army", "state_force", 1, ["Army"]),
            A("Security Forces", "state_force", 1, ["soldiers", "Troops", "Security Forces", "SFs"])],
    people=[H("Sher Zaman", ["Maulvi Sher Zaman"], ["Tehreek e Taliban Pakistan (TTP) spokesman"])],
    places=[P("Kotanai Bala", "town", KP, "Swat"), P("Matta", "area", KP, "Swat"),
            P("Swat District", "district", KP, "Swat"),
            P("North West Frontier Province", "province", KP, None),
            P("Saidu Sharif", "town", KP, "Swat")],
    incidents=[
        I("a suicide bomber rammed an explosives laden pick up truck into an Army check post",
          EXP, "Suicide bomb", "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Pakistan Army",
          KP, "Swat", "Kotanai Bala", 1, "early on Sunday", 7, {"security_forces": 7}, 11,
          "A suicide vehicle bomb hit an Army check post. The TTP claimed it through its spokesman by "
          "telephone from an undisclosed location, so it is actor1. 'At least seven soldiers' = 7, all "
          "security forces. The 11 injured include three civilians waiting nearby (injured has no split "
          "by side). The bomber is not counted. 'North West Frontier Province (NWFP)' is the old name of "
          "Khyber Pakhtunkhwa, so admin1 is Khyber Pakhtunkhwa. The search operation reports no outcome, "
          "and the funeral at Saidu Sharif and the military spokesman's words are not incidents. "
          "'Early on Sunday' is relative and the report has no dateline."),
    ])

G["AP-02"] = dict(
    publisher="The Express Tribune",
    actors=[LEJ, police("Police", "police")],
    people=[H("Abdul Sattar Kakar", ["Abdul Sattar Kakar"], ["Deputy Commissioner"])],
    places=[P("Shalkot", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
            P("Balochistan", "province", BA, None), P("Hazara Town", "area", BA, "Quetta"),
            P("Western Bypass", "area", BA, "Quetta")],
    incidents=[
        I("unidentified armed assailants riding two motorcycles opened fire on their pick up van",
          VAC, "Attack", "Armed Assault", "Lashkar-e-Jhangvi", "Civilians", BA, "Quetta", "Shalkot", 2,
          "on September 18", 4, {"civilians": 4}, 1,
          "Four Hazara vegetable vendors (a civilian role) were shot dead and one was injured. LeJ claimed "
          "the killings, so it is actor1 although the text says 'unidentified armed assailants'. The place "
          "is given only as the limits of the Shalkot Police Station on the outskirts of Quetta, so the "
          "location is Shalkot at precision 2. Armed Assault: the victims were singled out by community, "
          "not as prominent persons."),
        I("hundreds of members of the Hazara community placed the coffins on the Western Bypass and staged a sit in",
          PRO, "Peaceful protest", None, "Protesters", None, BA, "Quetta", "Western Bypass", 1,
          "Later in the day", 0, {}, None,
          "A sit-in with the coffins over the killings, demanding protection; it ended peacefully after the "
          "Deputy Commissioner's assurance and no force was used, so Peaceful protest, its own incident. "
          "The protesters are not a named organisation, so actor1 is 'Protesters' and no actor entry is "
          "added. Same day as the killings (September 18)."),
    ])

G["AP-03"] = dict(
    publisher="Dawn",
    actors=[TTP, rangers_sd("Rangers"), police("police", "Police")],
    people=[H("Ghulam Rasool Shar", ["Ghulam Rasool Shar"], ["police constable", "shot dead"])],
    places=[P("Sultanabad", "area", SD, "Karachi"), P("Manghopir", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD, None),
            P("Ghaziabad", "area", SD, "Karachi"), P("Orangi Town", "area", SD, "Karachi"),
            P("Kalri", "area", SD, "Karachi"), P("Lyari Town", "area", SD, "Karachi")],
    incidents=[
        I("Three suspected militants of the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire with Rangers",
          BAT, "Armed clash", None, "Sindh Rangers", "Tehreek-e-Taliban Pakistan", SD, "Karachi",
          "Sultanabad", 1, "on the intervening night of March 11 and 12", 3, {"militants": 3}, 1,
          "A Rangers raid on a house after a tip-off; the suspects fired on the raiding party. Started by "
          "the state, so GTD null. One Rangers man was injured. The grenades and Kalashnikov recovered from "
          "the house belong to this raid, not a separate seizure. Rangers in Karachi are the Sindh Rangers."),
        I("a police constable, identified as Ghulam Rasool Shar, was shot dead by unidentified motorcyclists",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", SD, "Karachi", "Ghaziabad", 1,
          "on March 12 morning", 1, {"security_forces": 1}, None,
          "A policeman shot near his house. An attack on police is coded Battles/Armed clash (coding "
          "rules), although he seems to have been off duty. No group is named."),
        I("unidentified assailants hurled a hand grenade at a paan shop",
          EXP, "Grenade", "Bombing/Explosion", UAG, "Civilians", SD, "Karachi", "Kalri", 1,
          None, 0, {}, 3,
          "A grenade attack on a shop whose owner had refused to pay extortion to 'a local gang'. The gang "
          "is not named, so actor1 is Unidentified. The shopkeeper and two customers were injured. The text "
          "gives no date for this incident ('In another incident'), so date_text is null rather than "
          "assuming March 12."),
    ])

G["AP-04"] = dict(
    publisher="The Express Tribune",
    actors=[A("Hafiz Gul Bahadur Group", "armed_group", 2, ["Hafiz Gul Bahadur group"]),
            A("Security Forces", "state_force", 1, ["soldiers", "troops"])],
    people=[H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader after whom the Hafiz Gul Bahadur group is named"])],
    places=[P("Khajuri", "area", KP, "North Waziristan"), P("Mir Ali", "area", KP, "North Waziristan"),
            P("North Waziristan District", "district", KP, "North Waziristan"),
            P("Khyber Pakhtunkhwa", "province", KP, None), P("Bannu", "city", KP, "Bannu")],
    incidents=[
        I("militants ambushed a military convoy with a roadside bomb and gunfire",
          BAT, "Armed clash", "Bombing/Explosion", "Hafiz Gul Bahadur Group", "Security Forces", KP,
          "North Waziristan", "Khajuri", 2, "on July 14", 5, {"security_forces": 3, "militants": 2}, 6,
          "One complex attack: an IED went off as the convoy passed, militants in an orchard then opened "
          "fire, and the troops fired back. Coded as one incident, Battles/Armed clash (the blast was "
          "followed by an exchange of fire with state forces), with GTD Bombing/Explosion, which comes "
          "before Armed Assault in GTD's hierarchy. Killed by side comes from two sentences: three soldiers "
          "(sentence 1) and two attackers (sentence 3). Injured = 4 soldiers (sentence 3) + 2 civilians in a "
          "van (sentence 4) = 6. The Hafiz Gul Bahadur group claimed it on social media. 'Near' Khajuri "
          "check post, hence precision 2. ISPR is the Army's media wing and only a source, so it is not "
          "listed. The funeral at Bannu Cantonment is not an incident."),
    ])

G["AP-05"] = dict(
    publisher="The News",
    actors=[CTD, JUA, police("police", "policemen")],
    people=[H("Shakeel Ahmed", ["Shakeel Ahmed", "Qari Usman"],
              ["suspected militant of Jamaat ul Ahrar (JuA)", "alias Qari Usman"])],
    places=[P("Thokar Niaz Baig", "area", PB, "Lahore"), P("Lahore", "city", PB, "Lahore"),
            P("Punjab", "province", PB, None), P("Shahdara", "area", PB, "Lahore"),
            P("Raiwind", "town", PB, "Lahore")],
    incidents=[
        I("The Counter Terrorism Department (CTD) arrested a suspected militant of Jamaat ul Ahrar (JuA)",
          STR, "Arrests", None, "Counter Terrorism Department", "Jamaat-ul-Ahrar", PB, "Lahore",
          "Thokar Niaz Baig", 2, "on June 6", 0, {}, None,
          "Arrest of a named suspect from a room 'near' Thokar Niaz Baig (precision 2). It is not tied to "
          "any new attack in the report, so it is its own Arrests incident. The suicide jacket, grenades and "
          "pistol recovered from him belong to this arrest. His confession to sheltering the bomber of the "
          "Shahdara police picket 'in February last year' is background about an older attack: it is listed "
          "under not_incidents and not coded."),
        I("a CTD team killed two militants of the same group in an exchange of fire",
          BAT, "Armed clash", None, "Counter Terrorism Department", "Jamaat-ul-Ahrar", PB, "Lahore",
          "Raiwind", 2, "on the same night", 2, {"militants": 2}, None,
          "A separate CTD action the same night (June 6): two militants killed 'near' Raiwind (precision 2) "
          "and two escaped. State-initiated, so GTD null. 'Of the same group' ties the dead to JuA."),
    ],
    not_incidents=["the suicide bomber who struck a police picket in Shahdara in February last year, killing five policemen"])

G["AP-06"] = dict(
    publisher="Dawn",
    actors=[police("Police", "police", "policemen"), BDS],
    people=[H("Raja Tahir Mehmood", ["Raja Tahir Mehmood"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Khuiratta", "town", AK, "Kotli"), P("Kotli District", "district", AK, "Kotli"),
            P("Azad Jammu and Kashmir", "province", AK, None), P("Kotli", "town", AK, "Kotli")],
    incidents=[
        I("Unidentified assailants hurled a hand grenade into the compound of the Khuiratta Police Station",
          EXP, "Grenade", "Bombing/Explosion", UAG, "Police", AK, "Kotli", "Khuiratta", 1,
          "late on the night of May 4", 0, {}, 3,
          "A grenade thrown into a police station compound injured two policemen and a visitor (injured "
          "has no split by side). No group claimed it. admin1 'Azad Kashmir' is the ACLED name for Azad "
          "Jammu and Kashmir."),
        I("the Bomb Disposal Squad (BDS) had defused them",
          STR, "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, AK, "Kotli",
          "Khuiratta", 2, "Two days earlier", 0, {}, None,
          "A second grenade and a timer device hidden in a culvert on the road between Khuiratta and Kotli "
          "were found by police and defused by the BDS two days before the grenade attack (about May 2): "
          "Disrupted weapons use, actor1 the BDS (as in the dev files). A road between two towns, hence "
          "Khuiratta at precision 2. The SSP's view that the two are linked does not merge them: two events "
          "on two dates."),
    ])

G["AP-07"] = dict(
    publisher="The Express Tribune",
    actors=[police("policemen", "police", "Police"),
            A("Gilgit-Baltistan Scouts", "state_force", 1, ["Gilgit Baltistan Scouts"])],
    people=[H("Shah Nawaz Khan", ["Shah Nawaz Khan"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Khanbari Bala", "town", GB, "Diamer"), P("Darel", "area", GB, "Diamer"),
            P("Diamer District", "district", GB, "Diamer"), P("Gilgit Baltistan", "province", GB, None),
            P("Zhar Nala", "town", GB, "Diamer")],
    incidents=[
        I("unidentified gunmen ambushed a police patrol",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", GB, "Diamer", "Khanbari Bala", 2,
          "on the evening of March 21", 2, {"security_forces": 2}, 1,
          "Ambush of a police patrol from the hillside 'near' Khanbari Bala village (precision 2); an "
          "attack on police is Battles/Armed clash. The attackers are 'a local band of outlaws', not a named "
          "organisation, so actor1 is Unidentified."),
        I("police and personnel of the Gilgit Baltistan Scouts killed two of the attackers and arrested a third",
          BAT, "Armed clash", None, "Police", UAG, GB, "Diamer", "Zhar Nala", 2, "the next morning", 2,
          {"militants": 2}, None,
          "The search operation in the next sentence had an outcome (two attackers killed, one arrested), "
          "on another day and at another place, so it is its own incident rather than part of the ambush "
          "(coding rules: only search operations with no reported outcome are dropped). State-initiated, "
          "GTD null. Police is named first of the two state forces; the Gilgit-Baltistan Scouts are listed "
          "in actors. The slain armed attackers are counted as militants. 'In the mountains above' Zhar Nala "
          "village, hence precision 2. The arrest belongs to this operation. March 22 by inference."),
    ])

G["AP-08"] = dict(
    publisher="Dawn",
    actors=[A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]),
            LEV, FC],
    people=[H("Mehran Dostain Baloch", ["Mehran Dostain Baloch"],
              ["Balochistan Liberation Front (BLF) spokesman"])],
    places=[P("Siyah Kumb", "area", BA, "Awaran"), P("Mashkay", "area", BA, "Awaran"),
            P("Awaran District", "district", BA, "Awaran"), P("Balochistan", "province", BA, None),
            P("Karachi", "city", SD, "Karachi")],
    incidents=[
        I("armed men attacked the camp of a construction company building a link road",
          VAC, "Attack", "Armed Assault", "Balochistan Liberation Front", "Civilians", BA, "Awaran",
          "Siyah Kumb", 1, "on the intervening night of October 9 and 10", 6, {"civilians": 6}, 5,
          "Attack on labourers (a civilian role) at a road construction camp, claimed by the BLF spokesman "
          "by telephone from an undisclosed location, so BLF is actor1 although the text says 'armed men'. "
          "The toll rose from four to six when two injured labourers died on October 11: killed = 6 and "
          "injured = 7 - 2 = 5, each person counted once (as with the soldiers who later died in the dev "
          "files). The burning of two excavators and a tanker is part of the same attack. The Levies/FC "
          "search operation reports no outcome and is not coded."),
    ])

G["AP-09"] = dict(
    publisher="Dawn",
    actors=[SRA,
            A("Sindhudesh Liberation Army", "armed_group", 2, ["Sindhudesh Liberation Army", "SDLA"]),
            BDS,
            A("Pakistan Railways Police", "state_force", 1, ["Railway police"]),
            police("police")],
    people=[],
    places=[P("Pir Jo Goth", "town", SD, "Khairpur"), P("Khairpur District", "district", SD, "Khairpur"),
            P("Sindh", "province", SD, None), P("Rohri", "town", SD, "Sukkur"),
            P("Karachi", "city", SD, "Karachi"), P("Ratodero", "town", SD, "Larkana"),
            P("Larkana District", "district", SD, "Larkana"), P("Johi", "town", SD, "Dadu"),
            P("Dadu District", "district", SD, "Dadu")],
    incidents=[
        I("A low intensity explosion damaged a portion of the railway track",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army", None,
          SD, "Khairpur", "Pir Jo Goth", 2, "early on Friday", 0, {}, 0,
          "A blast on the railway track 'near' Pir Jo Goth (precision 2). 'No one was hurt', so killed and "
          "injured are 0; the target is infrastructure, so actor2 is null. Judgement call: SRA pamphlets "
          "found at the site are read as the group's claim, so actor1 is the SRA."),
        I("a cracker blast outside the office of the National Database and Registration Authority (NADRA)",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Civilians", SD, "Larkana",
          "Ratodero", 1, "on the same morning", 0, {}, 1,
          "A 'cracker' (low-intensity bomb) outside the NADRA office in Ratodero injured a private security "
          "guard. Officials only suspected the SDLA and no group claimed it, so actor1 is Unidentified (SDLA "
          "listed in actors). The only casualty is a private guard, so actor2 is Civilians. Same morning as "
          "the track blast."),
        I("the Bomb Disposal Squad (BDS) defused a bomb weighing around two kilogrammes",
          STR, "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, SD, "Dadu", "Johi",
          2, None, 0, {}, None,
          "A bomb planted beside a gas pipeline 'near' Johi (precision 2) was defused. No date is given for "
          "this third incident."),
    ])

G["AP-10"] = dict(
    publisher="The News",
    actors=[A("Islamic State-Khorasan Province", "armed_group", 2,
              ["Islamic State Khorasan Province", "ISKP"]),
            police("Police")],
    people=[H("Fazal Wahid", ["Maulana Fazal Wahid"],
              ["local cleric", "leader of the Jamiat Ulema e Islam Fazl (JUI F)"]),
            H("Mian Asghar Jan", ["Mian Asghar Jan"], ["District Police Officer (DPO)"])],
    places=[P("Inayat Kalay", "area", KP, "Bajaur"), P("Khar", "area", KP, "Bajaur"),
            P("Bajaur District", "district", KP, "Bajaur"), P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Khar Munda road", "area", KP, "Bajaur")],
    incidents=[
        I("Maulana Fazal Wahid, was shot dead by unidentified gunmen outside a mosque",
          VAC, "Attack", "Assassination", "Islamic State-Khorasan Province", "Civilians", KP, "Bajaur",
          "Inayat Kalay", 1, "on February 2", 1, {"civilians": 1}, None,
          "Targeted killing of a named cleric and local party leader, so GTD Assassination. ISKP claimed it "
          "through Amaq, so it is actor1 although the text says 'unidentified gunmen'. A cleric is a "
          "civilian. JUI-F is a political party named as the victim's party, so it is not listed in actors. "
          "Bajaur District is the former Bajaur Agency, in Khyber Pakhtunkhwa."),
        I("hundreds of JUI F workers carrying the body blocked the Khar Munda road",
          PRO, "Peaceful protest", None, "Protesters", None, KP, "Bajaur", "Khar Munda road", 1,
          "On February 3", 0, {}, None,
          "A road blockade with the body over the killing, ended after the DPO's assurance with no force "
          "used, so Peaceful protest, its own incident. The protesters were party workers, but the party is "
          "not coded as an actor (parties are left out); actor1 is 'Protesters'. A named road, precision 1."),
    ])

G["AP-11"] = dict(
    publisher="Dawn",
    actors=[A("Bhayo Gang", "criminal_group", 3, ["Bhayo gang", "dacoits"]),
            police("police"),
            A("Punjab Rangers", "state_force", 1, ["Punjab Rangers"])],
    people=[H("Muhammad Aslam", ["Muhammad Aslam"], ["police constable", "abducted and killed"]),
            H("Rana Shahid Iqbal", ["Rana Shahid Iqbal"], ["District Police Officer (DPO)"])],
    places=[P("Rojhan", "area", PB, "Rajanpur"), P("Rajanpur District", "district", PB, "Rajanpur"),
            P("Punjab", "province", PB, None), P("Basti Mehrab Khan", "town", PB, "Rajanpur"),
            P("Jampur", "area", PB, "Rajanpur")],
    incidents=[
        I("The bullet riddled body of a police constable, Muhammad Aslam, who had been abducted by dacoits",
          BAT, "Armed clash", "Hostage Taking (Kidnapping)", "Bhayo Gang", "Police", PB, "Rajanpur",
          "Basti Mehrab Khan", 2, "on April 19", 1, {"security_forces": 1}, None,
          "A policeman seized from his check post by the Bhayo gang (named by the DPO) and found shot dead "
          "four days later 'near' Basti Mehrab Khan (precision 2). Judgement call between two coding rules: "
          "'abducted and later killed' is Attack with GTD Kidnapping, but Violence against civilians needs a "
          "civilian victim and attacks on police are Battles/Armed clash; coded Battles/Armed clash with GTD "
          "Hostage Taking (Kidnapping). One incident, dated by the finding of the body (the abduction was "
          "'four days earlier', about April 15). The gang is a criminal group, ACLED inter 3. The funeral and "
          "the announced police-Rangers operation are not incidents."),
    ])

G["AP-12"] = dict(
    publisher="The News",
    actors=[FC, A("Baloch Raaji Aajoi Sangar", "armed_group", 2, ["Baloch Raaji Aajoi Sangar", "BRAS"]), SFS],
    people=[],
    places=[P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
            P("Balochistan", "province", BA, None), P("Zamuran", "area", BA, "Kech")],
    incidents=[
        I("militants attacked an FC post in Buleda area",
          BAT, "Armed clash", "Armed Assault", "Baloch Raaji Aajoi Sangar", "Frontier Corps", BA, "Kech",
          "Buleda", 1, "early on Sunday", 9, {"security_forces": 6, "militants": 3}, 5,
          "Killed by side comes from two sentences: six FC personnel (sentence 1) and three attackers killed "
          "by return fire (sentence 2). Injured (sentence 3) = four FC men and a civilian school watchman = 5. "
          "BRAS claimed it by email, so it is actor1."),
        I("Security Forces (SFs) killed four militants belonging to the alliance",
          BAT, "Armed clash", None, "Security Forces", "Baloch Raaji Aajoi Sangar", BA, "Kech", "Zamuran", 2,
          "two days later", 4, {"militants": 4}, None,
          "A follow-up operation with an outcome, two days later and in another place (the Zamuran hills), "
          "so its own incident. State-initiated, GTD null. The weapons and explosives recovered belong to it. "
          "Only a hill range is named, hence precision 2."),
    ])

G["AP-13"] = dict(
    publisher="Dawn",
    actors=[police("Police", "police", "policemen"), BDS, TTP],
    people=[],
    places=[P("Miryan", "area", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
            P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            P("Tajazai", "town", KP, "Lakki Marwat"), P("Jani Khel", "area", KP, "Bannu")],
    incidents=[
        I("Militants attacked the Miryan Police Station",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", KP, "Bannu", "Miryan", 1,
          "late on the night of January 8", 0, {}, 3,
          "An attack on a police station with grenades and heavy weapons and an hour-long exchange of fire: "
          "Battles/Armed clash. GTD Armed Assault, as gunfire dominated and the grenades were part of the "
          "assault (judgement). Three policemen injured. Officials blamed the TTP but no group claimed any of "
          "the incidents, so actor1 is Unidentified."),
        I("a police constable was shot dead by unidentified gunmen",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", KP, "Lakki Marwat", "Tajazai", 2,
          "on January 9", 1, {"security_forces": 1}, None,
          "A constable shot 'near' Tajazai village (precision 2) while going home after duty; attacks on "
          "police are Battles/Armed clash."),
        I("the Bomb Disposal Squad (BDS) defused a remote controlled bomb",
          STR, "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, KP, "Bannu",
          "Jani Khel", 2, "on the same day", 0, {}, None,
          "A roadside bomb on the Bannu-Miranshah road 'near' Jani Khel (precision 2) was defused on "
          "January 9."),
    ])

G["AP-14"] = dict(
    publisher="The Express Tribune",
    actors=[police("policemen", "police", "Police")],
    people=[H("Khalid Mehmood Awan", ["Khalid Mehmood Awan"], ["Inspector General of Police (IGP)"]),
            H("Zahid Hussain", ["Zahid Hussain"], ["constable", "killed"]),
            H("Naveed Akhtar", ["Naveed Akhtar"], ["constable", "killed"])],
    places=[P("Sihala", "area", IC, "Islamabad"), P("Islamabad", "city", IC, "Islamabad"),
            P("Rawat", "town", PB, "Rawalpindi"), P("Rawalpindi District", "district", PB, "Rawalpindi"),
            P("Chakwal District", "district", PB, "Chakwal")],
    incidents=[
        I("unidentified gunmen riding a motorcycle opened fire on a police picket",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", IC, "Islamabad", "Sihala", 1,
          "on the morning of April 22", 2, {"security_forces": 2}, None,
          "Two policemen guarding a polio vaccination team were shot dead; an attack on police is "
          "Battles/Armed clash. The vaccinators were unhurt, but the text does not say whether anyone else "
          "was hurt, so injured is null. admin1 is Islamabad Capital Territory. The suspension of the "
          "campaign, the investigation team and the funerals in Chakwal are not incidents."),
    ])

G["AP-15"] = dict(
    publisher="Dawn",
    actors=[LEV, A("Islamic State", "armed_group", 2, ["Islamic State", "IS"]), CTD],
    people=[],
    places=[P("Kardigap", "town", BA, "Mastung"), P("Mastung District", "district", BA, "Mastung"),
            P("Balochistan", "province", BA, None), P("Kili Shadezai", "area", BA, "Quetta"),
            P("Quetta", "city", BA, "Quetta")],
    incidents=[
        I("unidentified gunmen opened fire on a Levies check post at Kardigap",
          BAT, "Armed clash", "Armed Assault", "Islamic State", "Levies", BA, "Mastung", "Kardigap", 1,
          "on the intervening night of August 24 and 25", 3, {"security_forces": 3}, None,
          "Three Levies personnel killed at their post; the attackers took their weapons and burnt the post "
          "(part of the same attack). The Islamic State (IS) claimed it through Amaq, so it is actor1 "
          "although the text says 'unidentified gunmen'. The text says 'Islamic State (IS)', not IS-KP, so "
          "the actor keeps that name."),
        I("the Counter Terrorism Department (CTD) arrested two suspected members of the same group",
          STR, "Arrests", None, "Counter Terrorism Department", "Islamic State", BA, "Quetta",
          "Kili Shadezai", 1, "on August 26", 0, {}, None,
          "The men are of 'the same group' but are not said to be the Kardigap attackers, so this is an "
          "arrest not tied to the reported incident and is its own Arrests incident (coding rules). The "
          "suicide vest and detonators recovered belong to it."),
    ])

G["AP-16"] = dict(
    publisher="The News",
    actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LeI"]), TTP, SFS],
    people=[H("Sadiq Afridi", ["Sadiq Afridi"], ["LeI spokesman"])],
    places=[P("Sra Kanda", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"),
            P("Federally Administered Tribal Areas", "area", KP, None),
            P("Bara", "area", KP, "Khyber"), P("Ghundai Kalay", "town", KP, "Khyber"),
            P("Shalobar", "area", KP, "Khyber")],
    incidents=[
        I("a clash between Lashkar e Islam (LeI) and the Tehreek e Taliban Pakistan (TTP)",
          BAT, "Armed clash", "Armed Assault", "Tehreek-e-Taliban Pakistan", "Lashkar-e-Islam", KP, "Khyber",
          "Sra Kanda", 1, "on October 3", 9, {"militants": 9}, None,
          "Fighting between two armed groups: TTP militants tried to capture a LeI hilltop post and failed, "
          "so Armed clash, not a change of territory. actor1 is the TTP, which attacked. Six LeI and three "
          "TTP dead, all militants. GTD Armed Assault for the TTP's assault on the post (judgement call; GTD "
          "may not record fighting between groups)." + FATA),
        I("a mortar shell fired by unidentified militants landed on a house",
          EXP, "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Civilians", KP, "Khyber",
          "Ghundai Kalay", 1, "on October 4", 3, {}, None,
          "Mortar fire with no gunfire, so Shelling/artillery/missile attack. A woman and her two children "
          "were killed; the text gives them no status such as civilian, so killed_by_side is empty (as the "
          "dev files treat women and children). Bara tehsil of Khyber Agency." + FATA),
        I("LeI militants abducted four employees of a mobile phone company",
          VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", "Lashkar-e-Islam",
          "Civilians", KP, "Khyber", "Shalobar", 2, "on the same night", 0, {}, None,
          "Four mobile phone company employees (civilians) abducted 'near' Shalobar (precision 2) on the "
          "night of October 4. LeI is named in the text and its spokesman confirmed by telephone that the "
          "group held them." + FATA),
    ])

G["AP-17"] = dict(
    publisher="Dawn",
    actors=[A("Jagirani tribe", "identity_militia", 4, ["Jagirani"]),
            A("Sabzoi tribe", "identity_militia", 4, ["Sabzoi"]),
            police("Police", "police"), rangers_sd("Rangers")],
    people=[H("Amjad Ali Soomro", ["Amjad Ali Soomro"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Goth Qadir Bux", "town", SD, "Kashmore"), P("Tangwani", "town", SD, "Kashmore"),
            P("Kashmore District", "district", SD, "Kashmore"), P("Sindh", "province", SD, None),
            P("Kandhkot", "town", SD, "Kashmore")],
    incidents=[
        I("an armed clash between the Jagirani and Sabzoi tribes",
          BAT, "Armed clash", None, "Jagirani tribe", "Sabzoi tribe", SD, "Kashmore", "Goth Qadir Bux", 1,
          "on November 6", 7, {}, 7,
          "A tribal feud over land with both sides armed: the tribes are coded as identity militias (inter "
          "4), Battles/Armed clash. GTD null: a land feud between tribes is not a terrorist attack "
          "(judgement). The toll rose from five to seven when two injured died on November 7, so killed = 7 "
          "and injured = 9 - 2 = 7. The dead are 'persons', a woman and a boy among them, so no side. "
          "actor1/actor2 follow the text's order. The police and Rangers who stopped the firing, the talks "
          "and the arrests are the response to this incident, not separate incidents."),
    ])

G["AP-18"] = dict(
    publisher="Daily Times",
    actors=[police("Police", "police", "policemen"),
            A("Elite Force", "state_force", 1, ["Elite Force"]), TTP],
    people=[],
    places=[P("Chah Miani", "town", PB, "Mianwali"), P("Isa Khel", "area", PB, "Mianwali"),
            P("Mianwali District", "district", PB, "Mianwali"), P("Punjab", "province", PB, None),
            P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            P("Khyber Pakhtunkhwa", "province", KP, None), P("Kalabagh", "town", PB, "Mianwali")],
    incidents=[
        I("Militants attacked a police check post at Chah Miani",
          BAT, "Armed clash", "Armed Assault", "Tehreek-e-Taliban Pakistan", "Police", PB, "Mianwali",
          "Chah Miani", 1, "on the intervening night of June 12 and 13", 2, {"security_forces": 2}, None,
          "About 15 militants fired rockets and automatic weapons at a police post: gunfire is reported, so "
          "Battles/Armed clash, not Shelling. The TTP later claimed 'the attack on the check post', so it is "
          "actor1."),
        I("Police and Elite Force personnel chased the attackers and killed three of them in an encounter",
          BAT, "Armed clash", None, "Police", "Tehreek-e-Taliban Pakistan", PB, "Mianwali", "Kalabagh", 2,
          "on June 13", 3, {"militants": 3}, 1,
          "The pursuit told in the very next sentence ended in an encounter with an outcome (three attackers "
          "killed, a fourth arrested injured) at another place and time, so it is a second incident, not "
          "part of the post attack. State-initiated, GTD null. actor2 is the TTP because the dead were 'the "
          "attackers' of the post whose attack the TTP claimed (its statement did not mention the "
          "encounter). Injured = the arrested fourth man. 'Near' Kalabagh, precision 2."),
    ])

G["AP-19"] = dict(
    publisher="Daily Times",
    actors=[A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]), LEV],
    people=[H("Jangi Baloch", ["Jangi Baloch"], ["Baloch Republican Army (BRA) spokesman"]),
            H("Abdul Ghani Marri", ["Abdul Ghani Marri"], ["school teacher", "abducted and killed"])],
    places=[P("Loti", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
            P("Balochistan", "province", BA, None), P("Sindh", "province", SD, None),
            P("Punjab", "province", PB, None), P("Kohlu District", "district", BA, "Kohlu"),
            P("Kahan", "town", BA, "Kohlu"), P("Maiwand", "area", BA, "Kohlu"),
            P("Sangsila", "town", BA, "Dera Bugti")],
    incidents=[
        I("Militants blew up a 12 inch gas pipeline",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Baloch Republican Army", None, BA,
          "Dera Bugti", "Loti", 2, "on January 27", 0, {}, None,
          "A gas pipeline blown up 'near' Loti (precision 2), claimed by the BRA spokesman by telephone. An "
          "infrastructure target with no casualties reported, so actor2 null, killed 0, injured null."),
        I("the bullet riddled body of a school teacher, Abdul Ghani Marri, who had been abducted by unidentified armed men",
          VAC, "Attack", "Hostage Taking (Kidnapping)", UAG, "Civilians", BA, "Kohlu", "Maiwand", 2,
          "on January 28", 1, {"civilians": 1}, None,
          "A teacher (civilian role) abducted from Kahan on January 20 and found shot dead 'near' Maiwand "
          "(precision 2) on January 28: abducted and later killed, so Attack with GTD Hostage Taking "
          "(Kidnapping), one incident dated by the finding of the body; the abduction is not coded "
          "separately."),
        I("a Levies sepoy was injured when a landmine went off under his motorcycle",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Levies", BA, "Dera Bugti",
          "Sangsila", 2, "on the same day", 0, {}, 1,
          "A landmine hit a Levies sepoy 'near' Sangsila village (precision 2) on January 28. The Levies "
          "say militants planted it; no group is named."),
    ])

G["AP-20"] = dict(
    publisher="The News",
    actors=[JUA, police("police", "policemen", "Police"), A("Elite Force", "state_force", 1, ["Elite Force"])],
    people=[H("Tahir Ayub Khattak", ["Tahir Ayub Khattak"], ["Capital City Police Officer (CCPO)"]),
            H("Mukarram Shah Tirahi", ["Mukarram Shah Tirahi"], ["Jamaat ul Ahrar (JuA) spokesman"])],
    places=[P("Ring Road", "area", KP, "Peshawar"), P("Hayatabad", "area", KP, "Peshawar"),
            P("Peshawar", "city", KP, "Peshawar"), P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Karkhano Market", "area", KP, "Peshawar")],
    quotes=[{"speaker": "unnamed Chief Minister", "starts": "The blood of our martyrs will not go in vain"}],
    incidents=[
        I("A suicide bomber blew himself up next to a police van",
          EXP, "Suicide bomb", "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Hayatabad",
          1, "on the morning of September 16", 7, {"security_forces": 6, "civilians": 1}, 9,
          "A suicide attack on a van carrying Elite Force personnel (a police unit, so actor2 is Police). "
          "First four policemen and a passer-by (a civilian role) were killed; two injured policemen died on "
          "September 17, so killed = 7 (6 police, 1 civilian), and the nine 'still under treatment' are the "
          "injured. The bomber is not counted. JuA claimed it. The blast was on the Ring Road in Hayatabad; "
          "Hayatabad is the locality. The funeral and the Chief Minister's words are not incidents."),
    ])

G["AP-21"] = dict(
    publisher="The News",
    actors=[SFS, FC],
    people=[],
    places=[P("Tor Sappar", "area", KP, "Orakzai"), P("Upper Orakzai", "area", KP, "Orakzai"),
            P("Orakzai Agency", "district", KP, "Orakzai"),
            P("Federally Administered Tribal Areas", "area", KP, None), P("Ghiljo", "area", KP, "Orakzai")],
    incidents=[
        I("jet fighters pounded their hideouts in Tor Sappar and adjoining areas",
          EXP, "Air/drone strike", None, "Security Forces", UAG, KP, "Orakzai", "Tor Sappar", 2,
          "on April 7", 16, {"militants": 16}, None,
          "Air strikes by jet fighters of the Security Forces on militant hideouts: Air/drone strike; a "
          "state action, so GTD null. 'At least 16' = 16 militants; the figures could not be verified "
          "independently but are the only ones given. 'Tor Sappar and adjoining areas', hence precision 2."
          + FATA),
        I("militants had attacked a Frontier Corps (FC) post in Ghiljo area",
          BAT, "Armed clash", "Armed Assault", UAG, "Frontier Corps", KP, "Orakzai", "Ghiljo", 1,
          "A day earlier", 0, {}, 4,
          "Rockets and small arms: gunfire is reported, so Battles/Armed clash rather than Shelling. Four FC "
          "personnel injured, none killed. 'A day earlier' than April 7, i.e. April 6." + FATA),
    ])

G["AP-22"] = dict(
    publisher="The Express Tribune",
    actors=[LEJ, police("Police", "police"), rangers_sd("Rangers")],
    people=[H("Syed Mazhar Hussain Zaidi", ["Allama Syed Mazhar Hussain Zaidi"], ["prayer leader of a Shia mosque"])],
    places=[P("Jaffar e Tayyar Society", "area", SD, "Karachi"), P("Malir", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD, None),
            P("Baghdadi", "area", SD, "Karachi"), P("Lyari Town", "area", SD, "Karachi"),
            P("Sohrab Goth", "area", SD, "Karachi")],
    incidents=[
        I("Allama Syed Mazhar Hussain Zaidi, was shot dead by unidentified armed motorcyclists",
          VAC, "Attack", "Assassination", UAG, "Civilians", SD, "Karachi", "Jaffar e Tayyar Society", 1,
          "on April 30", 1, {"civilians": 1}, 1,
          "Targeted killing of a named Shia prayer leader: GTD Assassination. He had received threats from "
          "LeJ, but LeJ did not claim the killing, so actor1 is Unidentified. His guard was injured "
          "(injured = 1). 'Malir' is named without 'District', so admin2 stays Karachi (coding rules)."),
        I("unidentified men hurled a hand grenade and then opened fire at a tea stall",
          EXP, "Grenade", "Bombing/Explosion", UAG, "Civilians", SD, "Karachi", "Baghdadi", 1,
          "A few hours later", 2, {}, 5,
          "A grenade followed by gunfire at a tea stall, one incident. Coded Grenade (the attack opened with "
          "it) with GTD Bombing/Explosion, first in GTD's hierarchy; Violence against civilians/Attack is the "
          "alternative. Police linked it to a gang turf war but no gang is named, so Unidentified. The dead "
          "are 'men', so no side. Same day, April 30."),
        I("Rangers arrested 11 suspects, including two alleged target killers of the LeJ",
          STR, "Arrests", None, "Sindh Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Sohrab Goth", 1,
          None, 0, {}, None,
          "A raid with mass arrests and arms recovered, not tied in the text to the cleric's killing, so its "
          "own Arrests incident. No date is given ('Separately')."),
    ])

G["AP-23"] = dict(
    publisher="Dawn",
    actors=[TTP, police("Police")],
    people=[H("Sher Bahadur", ["Malik Sher Bahadur"],
              ["local leader of the Awami National Party (ANP)", "head of the village peace committee"]),
            H("Gul Rehman Swati", ["Qari Gul Rehman Swati"], ["TTP spokesman for Malakand division"])],
    places=[P("Shalkandi", "town", KP, "Lower Dir"), P("Maidan", "area", KP, "Lower Dir"),
            P("Lower Dir District", "district", KP, "Lower Dir"), P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Malakand division", "area", KP, None)],
    incidents=[
        I("a remote controlled bomb planted on a motorcycle went off as his car passed through Shalkandi bazaar",
          EXP, "Remote explosive/landmine/IED", "Assassination", "Tehreek-e-Taliban Pakistan", "Civilians",
          KP, "Lower Dir", "Shalkandi", 1, "on the morning of March 3", 3, {"civilians": 3}, 4,
          "A remote-controlled bomb aimed at a named ANP leader and peace-committee head: GTD Assassination "
          "(a specific prominent target), ACLED Remote explosive/landmine/IED. He and two bodyguards were "
          "killed; bodyguards take their principal's (civilian) side, so civilians = 3. Four passers-by "
          "injured. The TTP claimed it by telephone. ANP is a party named as the victim's and is not listed. "
          "The funeral is not an incident."),
    ])

G["AP-24"] = dict(
    publisher="Dawn",
    actors=[FC, police("police"), LEV, TTP],
    people=[],
    places=[P("Qamar Din Karez", "town", BA, "Zhob"), P("Zhob District", "district", BA, "Zhob"),
            P("Balochistan", "province", BA, None),
            P("Killa Saifullah District", "district", BA, "Killa Saifullah"),
            P("Muslim Bagh", "town", BA, "Killa Saifullah"), P("Zhob", "city", BA, "Zhob")],
    incidents=[
        I("Militants fired four rockets at the Frontier Corps (FC) camp",
          EXP, "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Frontier Corps", BA, "Zhob",
          "Qamar Din Karez", 1, "late on the night of May 2", 0, {}, 0,
          "Rocket fire only, no gunfire, so Shelling/artillery/missile attack (as for rockets at an FC camp "
          "in the dev files). 'No casualties were reported', so killed and injured are 0."),
        I("police found the bodies of two brothers, who had gone missing a week earlier",
          VAC, "Attack", "Armed Assault", UAG, "Civilians", BA, "Killa Saifullah", "Killa Saifullah District",
          2, "On May 3", 2, {}, None,
          "Two brothers who had 'gone missing' were found shot in the head. The text does not say they were "
          "abducted, so GTD Armed Assault rather than Kidnapping (judgement call). Dated by the finding. Only "
          "the district is given, precision 2. 'Brothers' carries no status, so no side."),
        I("Levies personnel arrested three suspected militants of the Tehreek e Taliban Pakistan (TTP)",
          STR, "Arrests", None, "Levies", "Tehreek-e-Taliban Pakistan", BA, "Killa Saifullah", "Muslim Bagh",
          2, None, 0, {}, None,
          "Arrest at a check post 'near' Muslim Bagh (precision 2), with weapons recovered (part of the "
          "arrest). Not tied to the rocket attack, so its own Arrests incident. No date is given."),
    ])

G["AP-25"] = dict(
    publisher="Dawn",
    actors=[police("policemen", "police", "Police"), CTD, TTP],
    people=[H("Gul Nawaz", ["Gul Nawaz"], ["retired Army subedar", "shot dead"]),
            H("Hameedullah", ["Hameedullah", "Mansoor"],
              ["suspected commander of the Tehreek e Taliban Pakistan (TTP)", "alias Mansoor"])],
    places=[P("Kot Azam", "town", KP, "Tank"), P("Tank District", "district", KP, "Tank"),
            P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            P("Kulachi", "town", KP, "Dera Ismail Khan")],
    incidents=[
        I("militants first detonated a roadside bomb and then opened fire on a police mobile van",
          BAT, "Armed clash", "Bombing/Explosion", UAG, "Police", KP, "Tank", "Kot Azam", 2,
          "on the morning of October 14", 4, {"security_forces": 4}, None,
          "Bomb then gunfire on a police van: one complex attack, coded Battles/Armed clash (an attack on "
          "police with gunfire) with GTD Bombing/Explosion (first in GTD's hierarchy). The taking of the "
          "slain policemen's weapons is part of it. No group claimed it. 'Near' Kot Azam, precision 2."),
        I("gunmen shot dead a retired Army subedar, Gul Nawaz",
          VAC, "Attack", "Armed Assault", UAG, "Civilians", KP, "Tank", "Kot Azam", 2, "Later in the day", 1,
          {"civilians": 1}, None,
          "A retired soldier is no longer a serving member of a state force, so he is a civilian target "
          "(judgement). The place is only 'a nearby village', near Kot Azam, the last place named, so "
          "location Kot Azam at precision 2. Same day, October 14. The Army is named only as his former "
          "service and is not listed as an actor."),
        I("the Counter Terrorism Department (CTD) arrested a suspected commander of the Tehreek e Taliban Pakistan (TTP)",
          STR, "Arrests", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", KP,
          "Dera Ismail Khan", "Dera Ismail Khan", 1, None, 0, {}, None,
          "Arrest of a named TTP suspect in Dera Ismail Khan, not tied to the Tank attacks, so its own "
          "Arrests incident. His confession to the bombing of a police checkpost in Kulachi 'two years ago' "
          "is background about an older attack, listed in not_incidents. No date is given. 'Dera Ismail Khan' "
          "without 'District' is read as the city (precision 1)."),
    ],
    not_incidents=["the bombing of a police checkpost in Kulachi two years ago"])

G["AP-26"] = dict(
    publisher="The Express Tribune",
    actors=[police("Police")],
    people=[H("Ghulam Abbas Naqvi", ["Allama Ghulam Abbas Naqvi"], ["Shia religious scholar"]),
            H("Malik Arshad Awan", ["Malik Arshad Awan"], ["Regional Police Officer (RPO)"])],
    places=[P("Garh Maharaja", "town", PB, "Jhang"), P("Jhang District", "district", PB, "Jhang"),
            P("Punjab", "province", PB, None), P("Ahmedpur Sial", "town", PB, "Jhang")],
    quotes=[{"speaker": "Malik Arshad Awan", "starts": "This is a clear attempt to stoke sectarian tension"}],
    incidents=[
        I("A Shia religious scholar, Allama Ghulam Abbas Naqvi, and his son, a college student, were shot dead by unidentified gunmen riding a motorcycle",
          VAC, "Attack", "Assassination", UAG, "Civilians", PB, "Jhang", "Garh Maharaja", 2, "late on Saturday",
          2, {"civilians": 2}, None,
          "Targeted killing of a named Shia scholar (GTD Assassination) and his son; a scholar and a college "
          "student are civilian roles. The car was stopped 'on a link road in a nearby village', so the "
          "place is only near Garh Maharaja: location Garh Maharaja at precision 2. The funeral, the "
          "suspension of mobile service and the RPO's words are not incidents."),
    ])

G["AP-27"] = dict(
    publisher="Dawn",
    actors=[A("Khasadar Force", "state_force", 1, ["Khasadar"]), SFS, TTP],
    people=[],
    places=[P("Shati Kor", "town", KP, "Mohmand"), P("Lakaro", "area", KP, "Mohmand"),
            P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Federally Administered Tribal Areas", "area", KP, None),
            P("Ghalanai", "town", KP, "Mohmand"), P("Pindiali", "area", KP, "Mohmand")],
    incidents=[
        I("Militants blew up a government primary school for girls",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, KP, "Mohmand", "Shati Kor", 1,
          "in the early hours of February 9", 0, {}, 0,
          "A school destroyed with explosives while empty; 'no one was hurt', so killed and injured are 0 "
          "and actor2 is null." + FATA),
        I("two Khasadar personnel were killed and one injured when militants ambushed their vehicle",
          BAT, "Armed clash", "Armed Assault", UAG, "Khasadar Force", KP, "Mohmand", "Ghalanai", 2,
          "On the same day", 2, {"security_forces": 2}, 1,
          "Ambush of a Khasadar (tribal police) vehicle 'near' Ghalanai (precision 2): an attack on a state "
          "force is Battles/Armed clash. The text says only 'ambushed'; an armed ambush is assumed, GTD Armed "
          "Assault." + FATA),
        I("Security Forces (SFs) arrested 14 suspects",
          STR, "Arrests", None, "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "Mohmand", "Pindiali", 2,
          None, 0, {}, None,
          "Mass arrest, including an alleged TTP commander, in a search operation; not tied to the school "
          "blast or the ambush, so its own Arrests incident. Tehsil-level place, precision 2. No date is "
          "given." + FATA),
    ])

G["AP-28"] = dict(
    publisher="Dawn",
    actors=[LEV, A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]),
            A("Security Forces", "state_force", 1, ["Security Forces", "SFs", "soldier"])],
    people=[],
    places=[P("Hoshab", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
            P("Balochistan", "province", BA, None), P("Punjab", "province", PB, None)],
    incidents=[
        I("Armed militants blocked the M 8 highway near Hoshab",
          VAC, "Attack", "Armed Assault", "Balochistan Liberation Army", "Civilians", BA, "Kech", "Hoshab", 2,
          "on the evening of February 11", 2, {"civilians": 2}, None,
          "A highway blockade during which two truck drivers (a civilian role) from Punjab were taken off "
          "their vehicle and shot dead and three trucks were burnt: one Violence against civilians/Attack. "
          "The BLA claimed it. Its claim of having 'taken control of the highway' for a few hours is not "
          "coded as Non-state actor overtakes territory (a temporary blockade, no place held). 'Near' Hoshab, "
          "precision 2."),
        I("Security Forces (SFs) backed by helicopter gunships launched an operation in the hills around Hoshab and killed five militants",
          BAT, "Armed clash", None, "Security Forces", "Balochistan Liberation Army", BA, "Kech", "Hoshab", 2,
          "On February 12", 6, {"militants": 5, "security_forces": 1}, None,
          "An operation with an outcome: five militants and a soldier killed in an exchange of fire, so "
          "Battles/Armed clash (the gunships' part is not told apart, so no Air/drone strike row). "
          "State-initiated, GTD null. actor2 BLA: the operation followed the BLA-claimed blockade in the same "
          "hills (judgement; the ISPR's words do not name the group). 'Hills around Hoshab', precision 2."),
    ])

G["AP-29"] = dict(
    publisher="Daily Times",
    actors=[TTP, police("police", "policemen"),
            A("Security Forces", "state_force", 1, ["Security Forces", "SFs", "soldier"])],
    people=[],
    places=[P("Shnawari", "area", KP, "Hangu"), P("Doaba", "town", KP, "Hangu"),
            P("Hangu District", "district", KP, "Hangu"),
            P("North West Frontier Province", "province", KP, None), P("Thall", "town", KP, "Hangu")],
    incidents=[
        I("Militants of the Tehreek e Taliban Pakistan (TTP) took control of the Shnawari police post",
          BAT, "Non-state actor overtakes territory", None, "Tehreek-e-Taliban Pakistan", "Police", KP, "Hangu",
          "Shnawari", 1, "on the night of October 5", 0, {}, None,
          "The TTP took over a police post its policemen had abandoned, with no fighting reported: Non-state "
          "actor overtakes territory. No attack as such, so GTD null (judgement). The seizure of weapons and "
          "a police vehicle is part of it. North West Frontier Province (NWFP) is the old name of Khyber "
          "Pakhtunkhwa."),
        I("a car bomb exploded near the main bazaar of Thall",
          EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Civilians", KP, "Hangu", "Thall", 1,
          "On October 6", 3, {"civilians": 1}, 14,
          "A car bomb (not said to be a suicide attack). Three 'persons' killed, one of them a shopkeeper (a "
          "civilian role), so killed_by_side counts only the shopkeeper. No group claimed it; the TTP's "
          "seizure of the post nearby is not a claim. Near the main bazaar of the town, precision 1."),
        I("Security Forces (SFs) regained control of the Shnawari post",
          BAT, "Government regains territory", None, "Security Forces", "Tehreek-e-Taliban Pakistan", KP,
          "Hangu", "Shnawari", 1, "on October 7", 5, {"militants": 4, "security_forces": 1}, None,
          "SFs retook the post after a two-hour gunbattle: Government regains territory. Four militants and "
          "a soldier were killed. The curfew afterwards reports no outcome and is not coded."),
    ])

G["AP-30"] = dict(
    publisher="Dawn",
    actors=[SRA, rangers_sd("Sindh Rangers", "Rangers"), police("police")],
    people=[H("Shahbaz Ali", ["Naik Shahbaz Ali"], ["Sindh Rangers soldier (Naik)", "killed"])],
    places=[P("Latifabad Unit 8", "area", SD, "Hyderabad"), P("Hyderabad District", "district", SD, "Hyderabad"),
            P("Sindh", "province", SD, None), P("Mirpur Mathelo", "town", SD, "Ghotki"),
            P("Ghotki District", "district", SD, "Ghotki")],
    incidents=[
        I("two gunmen on a motorcycle opened fire at a Rangers vehicle",
          BAT, "Armed clash", "Armed Assault", "Sindhudesh Revolutionary Army", "Sindh Rangers", SD,
          "Hyderabad", "Latifabad Unit 8", 1, "on the afternoon of June 19", 1, {"security_forces": 1}, 1,
          "Shooting at a parked Rangers vehicle: an attack on a state force is Battles/Armed clash. The SRA "
          "claimed it on social media. A passer-by was injured. Two suspects detained for questioning in the "
          "cordon are part of the response to this attack, so (as with the watchman's arrest in the dev "
          "files) no separate Arrests row. The burial and the Director General's words are not incidents."),
    ])


KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
        "incidents", "not_incidents", "relations", "actor_profiles"]


def build(rid):
    g = G[rid]
    d = {
        "article": rid + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": g["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": [],
        "actor_profiles": {},
    }
    assert list(d) == KEYS
    return d


if __name__ == "__main__":
    out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for rid in sorted(G):
        with open(os.path.join(out, rid + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(build(rid), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(G), "gold files written")
