#!/usr/bin/env python3
"""Writes BP-NN.gold.json beside each BP-NN.txt. The coding lives here as data so that
every gold file has exactly the dev shape; check_gold.py verifies the output."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KP, ICT, PB, BA = "Khyber Pakhtunkhwa", "Islamabad Capital Territory", "Punjab", "Balochistan"

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def A(canon, kind, inter, mentions):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": mentions}

def SF(canon, mentions):
    return A(canon, "state_force", 1, mentions)

def AG(canon, mentions):
    return A(canon, "armed_group", 2, mentions)

def PER(canon, mentions, roles):
    return {"canonical": canon, "mentions": mentions, "roles": roles}

def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}

def I(what, et, st, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": admin1, "admin2": admin2, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}

BAT, EXP, VAC, PRO, SD = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Protests", "Strategic developments")
UAG = "Unidentified Armed Group"
TTP = "Tehreek-e-Taliban Pakistan"

GOLD = {}

# ---------------------------------------------------------------- BP-01
GOLD["01"] = dict(
    actors=[SF("Police", ["Police", "policemen", "Policemen"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Gul Daraz", ["Gul Daraz"], ["constable", "martyred at the main gate"]),
            PER("Ihsanullah", ["Ihsanullah"], ["constable", "martyred at the main gate"]),
            PER("Farhat Abbas Khattak", ["Farhat Abbas Khattak"], ["District Police Officer"])],
    places=[P("Miryan", "area", KP, "Bannu"), P("Bannu district", "district", KP, "Bannu"),
            P("Bannu", "city", KP, "Bannu")],
    quotes=[Q("Farhat Abbas Khattak", "Our men fought bravely")],
    incidents=[I("militants attacked the Miryan police station", BAT, "Armed clash", "Armed Assault",
                 TTP, "Police", KP, "Bannu", "Miryan", 1, "in the early hours of Sunday", 2,
                 {"security_forces": 2}, 3,
                 "Gunfire and grenades against a police station, with police returning fire for about an hour: an attack on police, so Battles/Armed clash (grenades were part of a gun attack, not a Grenade event). The TTP claimed it, so it is actor1. Two constables killed; the three injured are 'policemen' by context ('three others' after 'Two policemen') but injured has no side field. One attacker 'believed to have been hit' is not counted. The 2022 attack on the same station is background.")],
    not_incidents=["The Miryan police station had come under a similar attack in 2022, when a sub-inspector was wounded"],
)

# ---------------------------------------------------------------- BP-02
GOLD["02"] = dict(
    actors=[SF("Police", ["Police", "policeman"])],
    people=[PER("Zahidullah", ["Zahidullah"], ["constable", "guarding a polio vaccination team", "shot dead"]),
            PER("Rahim Shah", ["Rahim Shah"], ["Takht Bhai Station House Officer"])],
    places=[P("Takht Bhai", "area", KP, "Mardan"), P("Mardan district", "district", KP, "Mardan"),
            P("Sher Ali Kalay", "town", KP, "Mardan"), P("Katlang", "area", KP, "Mardan"),
            P("Khyber Pakhtunkhwa", "province", KP, None), P("Peshawar", "city", KP, "Peshawar"),
            P("Charsadda", "district", KP, "Charsadda")],
    quotes=[Q("Rahim Shah", "The attackers were waiting for the team")],
    incidents=[I("Two men on a motorcycle fired at him from close range", BAT, "Armed clash", "Armed Assault",
                 UAG, "Police", KP, "Mardan", "Sher Ali Kalay", 1, "on Tuesday", 1,
                 {"security_forces": 1}, 0,
                 "The victim was the police guard of a polio team, so by the rule on attacks on police this is Battles/Armed clash even though it was one-sided; the alternative would be Violence against civilians if the polio team were taken as the target. The vaccinators were unhurt and nobody else is reported hurt, so injured = 0. No claim. The suspension of the campaign is not an incident; the 2012 attacks are background.")],
    not_incidents=["In December 2012, several female vaccinators were gunned down in Peshawar and Charsadda in attacks on a single day"],
)

# ---------------------------------------------------------------- BP-03
GOLD["03"] = dict(
    actors=[AG(TTP, ["Tehreek-i-Taliban Pakistan"]), SF("Police", ["police"])],
    people=[PER("Bibi Naseema", ["Bibi Naseema"], ["lady health worker", "killed"]),
            PER("Shaheen Bibi", ["Shaheen Bibi"], ["lady health worker", "injured"]),
            PER("Asif Ali Jadoon", ["Asif Ali Jadoon"], ["Bajaur District Police Officer"]),
            PER("Aftab Haqyar", ["Aftab Haqyar"], ["spokesman for the Tehreek-i-Taliban Pakistan"])],
    places=[P("Mamund", "area", KP, "Bajaur"), P("Bajaur district", "district", KP, "Bajaur"),
            P("Kotki Sar", "town", KP, "Bajaur"), P("Khar", "town", KP, "Bajaur"),
            P("Salarzai", "area", KP, "Bajaur")],
    quotes=[Q("Asif Ali Jadoon", "The police guard with the team had gone ahead")],
    incidents=[I("gunmen opened fire on a polio vaccination team", VAC, "Attack", "Armed Assault",
                 UAG, "Civilians", KP, "Bajaur", "Kotki Sar", 1, "on Thursday morning", 1,
                 {"civilians": 1}, 1,
                 "Two gunmen fired on women vaccinators; the police guard was elsewhere, so the targets were civilians (VAC/Attack). A lady health worker is a civilian role, so civilians = 1; her colleague was injured. The TTP denied involvement, so actor1 stays Unidentified; the TTP is listed in actors because it is named. The January killing of a policeman in Salarzai is background.")],
    not_incidents=["In January, a policeman escorting polio workers was martyred in Salarzai tehsil of the same district"],
)

# ---------------------------------------------------------------- BP-04
GOLD["04"] = dict(
    actors=[SF("Police", ["Police", "policemen", "police"]),
            SF("Bomb Disposal Squad", ["Bomb Disposal Squad"])],
    people=[PER("Muhammad Riaz", ["Muhammad Riaz"], ["Assistant Sub-Inspector", "martyred"]),
            PER("Sher Zaman", ["Sher Zaman"], ["constable", "martyred"]),
            PER("Abdul Wahid", ["Abdul Wahid"], ["constable", "martyred"])],
    places=[P("Gara Nawab", "town", KP, "Dera Ismail Khan"), P("Kulachi", "area", KP, "Dera Ismail Khan"),
            P("Dera Ismail Khan district", "district", KP, "Dera Ismail Khan"),
            P("Kulachi-Daraban road", "area", KP, "Dera Ismail Khan"),
            P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            P("Sheikh Badin range", "area", KP, None), P("Daraban", "area", KP, "Dera Ismail Khan")],
    quotes=[Q("unnamed Bomb Disposal Squad official", "It was a powerful device of around eight kilogrammes")],
    incidents=[I("a roadside bomb struck their patrol van", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
                 UAG, "Police", KP, "Dera Ismail Khan", "Gara Nawab", 2, "on Monday evening", 3,
                 {"security_forces": 3}, 2,
                 "A remote-controlled culvert bomb hit a police patrol van: IED, actor2 Police. Three policemen killed, two constables injured. 'Near village Gara Nawab', hence precision 2. No claim; police suspicion of militants in the Sheikh Badin hills names no group."),
               I("a second bomb, found about 200 metres from the blast site, was defused", SD, "Disrupted weapons use", "Bombing/Explosion",
                 "Bomb Disposal Squad", UAG, KP, "Dera Ismail Khan", "Gara Nawab", 2, "on Tuesday morning", 0,
                 {}, None,
                 "A second device near the blast site was defused the next morning: a disrupted bombing, its own incident (as in dev satp-sa-dev-109). The text implies the BDS defused it (its official reports it). The pamphlet threats and the Daraban attack last year are not coded.")],
    not_incidents=["Last year, four policemen were killed when militants attacked a check post in Daraban",
                   "militants active in the hills of the Sheikh Badin range had threatened the Kulachi police in recent pamphlets"],
)

# ---------------------------------------------------------------- BP-05
GOLD["05"] = dict(
    actors=[SF("Police", ["police"])],
    people=[PER("Gul Nawaz Dawar", ["Malik Gul Nawaz Dawar"], ["prominent tribal elder", "supporter of the peace jirga", "shot dead"]),
            PER("Shah Faisal Dawar", ["Shah Faisal Dawar"], ["nephew of Malik Gul Nawaz Dawar"])],
    places=[P("North Waziristan", "district", KP, "North Waziristan"),
            P("Spalga Kalay", "town", KP, "North Waziristan"),
            P("Mir Ali", "town", KP, "North Waziristan"),
            P("Bannu-Miranshah road", "area", KP, None),
            P("Mir Ali bazaar", "area", KP, "North Waziristan"),
            P("Datta Khel", "area", KP, "North Waziristan")],
    quotes=[Q("Shah Faisal Dawar", "My uncle had received threats for supporting the peace jirga")],
    incidents=[I("gunmen waiting in a car fired at him and drove off", VAC, "Attack", "Assassination",
                 UAG, "Civilians", KP, "North Waziristan", "Spalga Kalay", 1, "on Friday", 1,
                 {"civilians": 1}, None,
                 "The text calls him 'a prominent tribal elder' and he was singled out after threats, so GTD Assassination (a plain 'elder' would be Armed Assault). A tribal elder is a civilian role, so civilians = 1. No claim."),
               I("tribesmen placed the coffin on the road near Mir Ali bazaar and blocked traffic for seven hours", PRO, "Peaceful protest", None,
                 "Protesters", None, KP, "North Waziristan", "Mir Ali bazaar", 2, "On Saturday", 0,
                 {}, None,
                 "A road-blocking sit-in with the coffin that 'ended peacefully' after talks: Peaceful protest, no GTD type. 'Near Mir Ali bazaar', hence precision 2. The lead's 'the following day' refers to the same protest.")],
    not_incidents=["In 2021, two members of the same peace jirga were shot dead in Datta Khel"],
)

# ---------------------------------------------------------------- BP-06
GOLD["06"] = dict(
    actors=[SF("Police", ["Police"]), AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Jehanzeb Khan", ["Jehanzeb Khan", "Jehanzeb"], ["Awami National Party worker", "member of the party's youth wing", "shot dead"]),
            PER("Fazal Wahid", ["Fazal Wahid"], ["cousin of Jehanzeb Khan", "injured"]),
            PER("Tahir Ayub", ["Tahir Ayub"], ["Superintendent of Police"]),
            PER("Naseer Yousafzai", ["Mufti Naseer Yousafzai"], ["Tehreek-i-Taliban Pakistan spokesman"])],
    places=[P("Sufaid Dheri", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar")],
    quotes=[Q("Tahir Ayub", "Jehanzeb had reported threatening letters to us last month")],
    incidents=[I("two gunmen on a motorcycle opened fire", VAC, "Attack", "Armed Assault",
                 TTP, "Civilians", KP, "Peshawar", "Sufaid Dheri", 1, "on Wednesday night", 1,
                 {"civilians": 1}, 1,
                 "A party worker (not a leader) shot dead, as in dev satp-sa-dev-41: Armed Assault rather than Assassination; a party worker is a civilian role. His cousin was injured. The TTP claimed it, so it is actor1. The ANP is a political party named as the victim's party and is not listed. The 2008-2013 losses and the December 2012 bombing are background.")],
    not_incidents=["in December 2012 a suicide bomber struck one of its gatherings in the old city of Peshawar",
                   "The ANP lost hundreds of workers to militant attacks between 2008 and 2013"],
)

# ---------------------------------------------------------------- BP-07
CTD = "Counter Terrorism Department"
ISKP = "Islamic State-Khorasan Province"
GOLD["07"] = dict(
    actors=[SF(CTD, ["Counter-Terrorism Department", "CTD"]),
            AG(ISKP, ["Islamic State-Khorasan"])],
    people=[PER("Abdul Basit", ["Abdul Basit alias Hamza"], ["suspected militant of Islamic State-Khorasan", "arrested"]),
            PER("Naveed Ahmad", ["Naveed Ahmad"], ["suspected militant of Islamic State-Khorasan", "arrested"]),
            PER("Sanaullah", ["Sanaullah"], ["suspected militant of Islamic State-Khorasan", "arrested"]),
            PER("Kamran Bangash", ["Kamran Bangash"], ["CTD Superintendent of Police"])],
    places=[P("Pishtakhara", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar")],
    quotes=[Q("Kamran Bangash", "They were in contact with handlers across the border"),
            Q("Kamran Bangash", "We moved in before they could shift the vests")],
    incidents=[I("The Counter-Terrorism Department arrested three suspected militants of the Islamic State-Khorasan group", SD, "Arrests", None,
                 CTD, ISKP, KP, "Peshawar", "Pishtakhara", 1, "on Saturday", 0,
                 {}, 0,
                 "A CTD raid with three arrests and seized vests, grenades and a pistol: one Strategic developments/Arrests record, the seizure being part of it (as recoveries are in dev satp-sa-dev-78). No GTD type for arrests. 'No one was hurt during the raid', so injured = 0. The planned attack on a religious gathering is an allegation, not an incident. The March 2022 mosque bombing is background.")],
    not_incidents=["a suicide bombing at a Shia mosque in the old city in March 2022 that killed more than 60 worshippers",
                   "they had been planning to attack a religious gathering in the city during the coming week"],
)

# ---------------------------------------------------------------- BP-08
TJP = "Tehreek-e-Jihad Pakistan"
GOLD["08"] = dict(
    actors=[SF("Police", ["Police", "policeman", "policemen", "police"]),
            AG(TJP, ["Tehreek-i-Jihad Pakistan"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Waqar Ahmed Satti", ["Waqar Ahmed Satti"], ["Senior Superintendent of Police"]),
            PER("Mudassar Iqbal", ["Mudassar Iqbal"], ["constable", "martyred"])],
    places=[P("Tarnol", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"),
            P("Red Zone", "area", ICT, "Islamabad"), P("Sector I-10", "area", ICT, "Islamabad")],
    quotes=[Q("Waqar Ahmed Satti", "Our constable stopped a much bigger tragedy")],
    incidents=[I("a suicide bomber blew himself up at a police checkpoint", EXP, "Suicide bomb", "Bombing/Explosion",
                 TJP, "Police", ICT, "Islamabad", "Tarnol", 1, "on Friday morning", 2,
                 {"security_forces": 1, "militants": 1}, 6,
                 "The text itself counts the bomber ('Two people, including the bomber, died'), so killed = 2: one policeman and the bomber. Six injured, four of them policemen. Tehreek-i-Jihad Pakistan claimed it; the TTP's denial does not change actor1. Admin1 for Islamabad is coded 'Islamabad Capital Territory' (the dev set has no Islamabad case). The I-10 bombing of December 2022 is background.")],
    not_incidents=["a bomber struck a police patrol in Sector I-10 in December 2022"],
)

# ---------------------------------------------------------------- BP-09
GOLD["09"] = dict(
    actors=[SF("Police", ["Police", "police"])],
    people=[PER("Qari Muhammad Shoaib Abbasi", ["Qari Muhammad Shoaib Abbasi"], ["prayer leader", "cleric", "shot dead"]),
            PER("Shahzad Iqbal", ["Shahzad Iqbal"], ["Superintendent of Police Rawal Division"])],
    places=[P("Pirwadhai", "area", PB, "Rawalpindi"), P("Pirwadhai Mor", "area", PB, "Rawalpindi"),
            P("Rawalpindi", "city", PB, "Rawalpindi"), P("Raja Bazaar", "area", PB, "Rawalpindi")],
    quotes=[Q("Shahzad Iqbal", "It appears to be a targeted killing")],
    incidents=[I("two men on a motorcycle fired at him several times", VAC, "Attack", "Armed Assault",
                 UAG, "Civilians", PB, "Rawalpindi", "Pirwadhai", 1, "on Sunday evening", 1,
                 {"civilians": 1}, None,
                 "A local prayer leader is not a prominent national figure, so Armed Assault rather than Assassination (a judgement call; 'targeted killing' is the SP's phrase). A prayer leader is a civilian role. No claim."),
               I("Hundreds of the cleric's followers and seminary students then blocked the Pirwadhai Mor with his body", PRO, "Protest with intervention", None,
                 "Protesters", "Police", PB, "Rawalpindi", "Pirwadhai Mor", 1, "around midnight", 0,
                 {}, None,
                 "Police fired tear gas and detained 14 people, non-lethal intervention, so Protest with intervention with Police as actor2. The protesters are not reported to have been violent, so not a riot. The detentions are part of the intervention, not a separate Arrests incident. The date is given only as 'around midnight' after the Sunday-evening killing.")],
    not_incidents=["In 2013, clashes during a Muharram procession in Raja Bazaar left several people dead"],
)

# ---------------------------------------------------------------- BP-10
TTPS = "Tehreek-e-Taliban Pakistan (Swat chapter)"
GOLD["10"] = dict(
    actors=[SF("Bomb Disposal Squad", ["bomb disposal squad", "Bomb Disposal Squad"]),
            SF("Police", ["Police", "police"]),
            SF("Security Forces", ["army"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"]),
            AG(TTPS, ["Swat chapter"])],
    people=[PER("Abdul Hameed", ["Inspector Abdul Hameed"], ["Bomb Disposal Squad official"]),
            PER("Ahmad Yar Swati", ["Ahmad Yar Swati"], ["spokesman for the Swat chapter of the Tehreek-i-Taliban Pakistan"])],
    places=[P("Matta", "area", KP, "Swat"), P("Swat", "district", KP, "Swat"),
            P("Kabal", "area", KP, "Swat"), P("Shin Kanrai", "town", KP, "Swat"),
            P("Dherai Kalay", "town", KP, "Swat")],
    quotes=[Q("Abdul Hameed", "Our team defused two devices"),
            Q("Ahmad Yar Swati", "against Sharia")],
    incidents=[I("Militants blew up a government girls' primary school", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
                 TTPS, None, KP, "Swat", "Shin Kanrai", 1, "late on Tuesday night", 0,
                 {}, 0,
                 "Explosives placed in two classrooms destroyed an empty school: IED with GTD Bombing/Explosion (as dev satp-sa-dev-8), actor2 null since no one was present; 'No one was hurt', so injured = 0. The spokesman of the TTP's Swat chapter claimed this school only, so the faction is actor1 (faction coded separately as in dev satp-sa-dev-21)."),
               I("the bomb disposal squad defused explosives planted at another school in Kabal", SD, "Disrupted weapons use", "Bombing/Explosion",
                 "Bomb Disposal Squad", UAG, KP, "Swat", "Dherai Kalay", 1, "the next morning", 0,
                 {}, None,
                 "Two devices at a boys' school were defused. The claim 'did not mention the Kabal school', so actor2 stays Unidentified. 'The next morning' is the day after the Tuesday-night blast.")],
    not_incidents=["Militants destroyed scores of schools in the valley in 2008"],
)

# ---------------------------------------------------------------- BP-11
GOLD["11"] = dict(
    actors=[SF("Police", ["Police", "police"])],
    people=[PER("Fazal Naeem", ["Fazal Naeem"], ["Kohat police spokesman"])],
    places=[P("Kohat-Hangu road", "area", KP, None), P("Ustarzai", "area", KP, "Kohat"),
            P("Hangu", "city", KP, "Hangu"), P("Kohat", "city", KP, "Kohat")],
    quotes=[Q("Fazal Naeem", "Four people were brought dead")],
    incidents=[I("gunmen opened fire on a passenger van", VAC, "Attack", "Armed Assault",
                 UAG, "Civilians", KP, "Kohat", "Ustarzai", 2, "on Wednesday afternoon", 4,
                 {"civilians": 4}, 7,
                 "Police say four dead, a hospital doctor five (one wounded man died in surgery): the most conservative figure, 4, is coded. Injured stays at the police figure of 7 (if the doctor is right, one of them died). Passengers are a civilian role, so civilians = 4. 'Near Ustarzai', hence precision 2; Ustarzai lies in Kohat District (general knowledge). Sectarian motive is not confirmed; no claim.")],
    not_incidents=["The Kohat-Hangu road remained closed for several weeks in 2013 after sectarian clashes in Hangu"],
)

# ---------------------------------------------------------------- BP-12
GOLD["12"] = dict(
    actors=[SF("Police", ["police", "policemen", "Police"]),
            SF("Bomb Disposal Squad", ["Bomb Disposal Squad"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan", "khwarij"])],
    people=[PER("Nazir Khan Marwat", ["Nazir Khan Marwat"], ["District Police Officer"]),
            PER("Amjad Ali", ["Amjad Ali"], ["constable", "injured"]),
            PER("Rafiullah", ["Rafiullah"], ["constable", "injured"])],
    places=[P("Ghazni Khel", "town", KP, "Lakki Marwat"),
            P("Lakki Marwat district", "district", KP, "Lakki Marwat"),
            P("Pezu", "town", KP, "Lakki Marwat"), P("Lakki Marwat", "district", KP, "Lakki Marwat"),
            P("Bannu", "district", KP, "Bannu")],
    quotes=[Q("Nazir Khan Marwat", "The khwarij have turned to drones")],
    incidents=[I("Militants used a quadcopter to drop explosives on the Ghazni Khel police station", EXP, "Air/drone strike", "Bombing/Explosion",
                 UAG, "Police", KP, "Lakki Marwat", "Ghazni Khel", 1, "late on Saturday night", 0,
                 {}, 2,
                 "Bombs dropped from a quadcopter, with 'no exchange of fire': Air/drone strike (ACLED includes drones used by non-state groups), not Armed clash. The DPO blames the 'khwarij', i.e. the TTP, but 'No group claimed the attack', so actor1 stays Unidentified. Two constables injured."),
               I("policemen at a check post in Pezu spotted a second quadcopter and brought it down with gunfire", SD, "Disrupted weapons use", "Bombing/Explosion",
                 "Police", UAG, KP, "Lakki Marwat", "Pezu", 1, "About an hour later", 0,
                 {}, None,
                 "A second armed drone shot down before it could drop its load; its two mortar rounds were then defused by the BDS. One disrupted attack, coded once; actor1 is Police, who brought it down.")],
    not_incidents=["Police stations in Lakki Marwat and Bannu have faced a string of quadcopter attacks since late 2024"],
)

# ---------------------------------------------------------------- BP-13
LEI, AI = "Lashkar-e-Islam", "Ansarul Islam"
GOLD["13"] = dict(
    actors=[AG(LEI, ["Lashkar-e-Islam"]), AG(AI, ["Ansarul Islam"])],
    people=[PER("Abdul Wali Afridi", ["Abdul Wali Afridi"], ["Ansarul Islam spokesman"]),
            PER("Sher Afzal Afridi", ["Sher Afzal Afridi"], ["Lashkar-e-Islam spokesman"])],
    places=[P("Mana Dara", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"), P("Bara", "town", KP, "Khyber"),
            P("Tirah", "area", KP, "Khyber")],
    quotes=[Q("unnamed senior official", "Neither side allows us into the valley")],
    incidents=[I("fighting between Lashkar-e-Islam and the rival Ansarul Islam flared up again", BAT, "Armed clash", "Armed Assault",
                 LEI, AI, KP, "Khyber", "Mana Dara", 1, "on Monday", 9,
                 {"militants": 9}, None,
                 "Two named armed groups fought; Lashkar-e-Islam attacked a position held by Ansarul Islam, so it is actor1, and the attempt to capture a hilltop failed (no territory changed hands), so Armed clash. Counts disagree: officials 'at least nine' from both sides, Ansarul Islam 8 (6 + 2), Lashkar-e-Islam 11 of their rivals; the officials' independent figure of 9 is coded, all militants. GTD Armed Assault as for a militant-started gun attack (target type would be Terrorists/Non-State Militia). Khyber Agency was in FATA; admin1 Khyber Pakhtunkhwa.")],
    not_incidents=["Lashkar-e-Islam and Ansarul Islam have fought for control of Tirah since 2008"],
    relations=[{"a": LEI, "b": AI, "kind": "hostile",
                "evidence": "fighting between Lashkar-e-Islam and the rival Ansarul Islam flared up again"}],
)

# ---------------------------------------------------------------- BP-14
GOLD["14"] = dict(
    actors=[SF("Security Forces", ["Security forces", "troops", "military"]),
            AG(TTP, ["Fitna al Khawarij", "Tehreek-i-Taliban Pakistan", "TTP", "khwarij"])],
    people=[PER("Naveed Khan", ["Sepoy Naveed Khan"], ["soldier", "martyred", "resident of Karak district"])],
    places=[P("Sararogha", "area", KP, "South Waziristan"),
            P("South Waziristan district", "district", KP, "South Waziristan"),
            P("Rawalpindi", "city", PB, "Rawalpindi"), P("Karak district", "district", KP, "Karak"),
            P("South Waziristan", "district", KP, "South Waziristan")],
    quotes=[Q("military's media wing (statement)", "Sanitisation operation is being carried out")],
    incidents=[I("Security forces killed six militants in an intelligence-based operation", BAT, "Armed clash", None,
                 "Security Forces", TTP, KP, "South Waziristan", "Sararogha", 1,
                 "during the night between Tuesday and Wednesday", 7,
                 {"militants": 6, "security_forces": 1}, None,
                 "A state raid with an exchange of fire, so Armed clash with GTD null. Six militants and one soldier killed. The statement calls the dead 'khwarij' of 'Fitna al Khawarij' and the text glosses this as the state's name for the TTP, so actor2 is the TTP with those labels as its mentions. The Rawalpindi dateline is where the statement was issued, not the event. Admin2 follows the text ('South Waziristan'), though the district has since been split. Recovered weapons are part of the event.")],
    not_incidents=["Sararogha was among the main battlegrounds of a large military offensive against the TTP in South Waziristan in 2009"],
)

# ---------------------------------------------------------------- BP-15
GOLD["15"] = dict(
    actors=[SF("Police", ["Police"])],
    people=[PER("Irfanullah", ["Irfanullah"], ["technician of a private cellular company", "abducted"]),
            PER("Noor Rehman", ["Noor Rehman"], ["technician of a private cellular company", "abducted"]),
            PER("Tariq Hussain", ["Tariq Hussain"], ["technician of a private cellular company", "abducted"]),
            PER("Sher Alam Khan", ["Sher Alam Khan"], ["District Police Officer"])],
    places=[P("Ghunda Sar", "area", KP, "Orakzai"), P("Orakzai district", "district", KP, "Orakzai"),
            P("Hangu", "city", KP, "Hangu"), P("Kalaya", "town", KP, "Orakzai")],
    quotes=[Q("Sher Alam Khan", "We have not received any demand so far")],
    incidents=[I("Unidentified gunmen abducted three employees of a private cellular company", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
                 UAG, "Civilians", KP, "Orakzai", "Ghunda Sar", 1, "on Tuesday", 0,
                 {}, None,
                 "Three technicians taken by about eight armed men; no deaths reported. Burning the tower was part of the same raid and is folded into this record (it could be a separate Looting/property destruction event). Police cannot say whether militants or a ransom gang did it; coded as political-violence abduction with actor1 Unidentified, but organised crime (kidnap for ransom) is a live alternative.")],
    not_incidents=["in 2010 the area was the scene of a major military operation"],
)

# ---------------------------------------------------------------- BP-16
GOLD["16"] = dict(
    actors=[SF("Police", ["police", "Police"]),
            SF("Bomb Disposal Squad", ["Bomb Disposal Squad"])],
    people=[PER("Sardar Ali", ["Haji Sardar Ali", "Sardar Ali"], ["transporter", "owner of the house attacked"]),
            PER("Adnan Ahmed", ["Adnan Ahmed"], ["Superintendent of Police"])],
    places=[P("Hayatabad Phase-6", "area", KP, "Peshawar"), P("Board Bazaar", "area", KP, "Peshawar"),
            P("Hayatabad", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar")],
    quotes=[Q("Adnan Ahmed", "The callers claimed to be from the Taliban")],
    incidents=[I("unidentified men hurled a hand grenade into the house of a transporter", EXP, "Grenade", "Bombing/Explosion",
                 UAG, "Civilians", KP, "Peshawar", "Hayatabad Phase-6", 1, "late on Monday night", 0,
                 {}, 2,
                 "A grenade thrown into a transporter's house wounded a watchman and a passerby. The owner had had extortion calls from people 'claiming to be from the Taliban', but police say gangs use that name and no group claimed it, so actor1 is Unidentified and 'the Taliban' is not listed as an actor. Extortion makes organised crime a possible alternative reading."),
               I("the Bomb Disposal Squad defused a hand grenade found in a shopping bag", SD, "Disrupted weapons use", "Bombing/Explosion",
                 "Bomb Disposal Squad", UAG, KP, "Peshawar", "Board Bazaar", 1, "on Tuesday morning", 0,
                 {}, None,
                 "A separate, unconnected find ('Separately'), so its own incident; 'near a bus stop in Board Bazaar' places it within Board Bazaar, precision 1.")],
    not_incidents=["a grenade was thrown at a goods transport office in the city in February"],
)

# ---------------------------------------------------------------- BP-17
JUA = "Jamaat-ul-Ahrar"
GOLD["17"] = dict(
    actors=[SF("Khassadar Force", ["Khassadar", "Khassadars"]),
            AG(JUA, ["Jamaat-ul-Ahrar"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Aurangzeb", ["Malik Aurangzeb"], ["tribal elder", "owner of the hujra", "survived with minor injuries"]),
            PER("Asad Mansoor Mohmand", ["Asad Mansoor Mohmand"], ["Jamaat-ul-Ahrar spokesman"])],
    places=[P("Safi", "area", KP, "Mohmand"), P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Ghalanai", "town", KP, "Mohmand"), P("Darbar Kalay", "town", KP, "Mohmand")],
    quotes=[Q("unnamed official of the political administration", "The bomber tried to reach the front row")],
    incidents=[I("a suicide bomber struck a gathering of tribal elders", EXP, "Suicide bomb", "Bombing/Explosion",
                 JUA, "Civilians", KP, "Mohmand", "Darbar Kalay", 1, "on Sunday", 6,
                 {"security_forces": 2}, 12,
                 "Six killed, bomber not counted (the text does not count him). The two Khassadars (tribal police, a state force) are security_forces; the peace-committee member is a pro-government militiaman and fits no side (as in dev satp-sa-dev-81); the other three are bare 'people'. 'More than a dozen' injured = 12 (ACLED rule for vague counts). The target was a jirga of elders, so actor2 Civilians; the Khassadars were guards. Jamaat-ul-Ahrar claimed it. Mohmand Agency was in FATA; admin1 Khyber Pakhtunkhwa.")],
    not_incidents=["in 2010 two suicide bombers attacked a government compound in Ghalanai"],
)

# ---------------------------------------------------------------- BP-18
GOLD["18"] = dict(
    actors=[SF(CTD, ["Counter-Terrorism Department", "CTD"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"]),
            SF("Police", ["police"])],
    people=[PER("Bakht Munir", ["Bakht Munir"], ["killed in the CTD encounter", "said by relatives to have been in custody"]),
            PER("Saleem Khan", ["Saleem Khan"], ["killed in the CTD encounter", "said by relatives to have been in custody"]),
            PER("Gul Munir", ["Gul Munir"], ["brother of Bakht Munir"])],
    places=[P("Katlang", "area", KP, "Mardan"), P("Mardan district", "district", KP, "Mardan"),
            P("Shamsi Dheri", "town", KP, "Mardan"), P("Mardan", "city", KP, "Mardan")],
    quotes=[Q("CTD statement", "Three terrorists were killed in retaliatory fire"),
            Q("Gul Munir", "My brother was picked up from his shop in Mardan on June 2")],
    incidents=[I("it had killed three militants of the banned Tehreek-i-Taliban Pakistan in an exchange of fire", BAT, "Armed clash", None,
                 CTD, TTP, KP, "Mardan", "Shamsi Dheri", 1, "on Saturday", 3,
                 {"militants": 3}, 0,
                 "Coded on the CTD's account: a state arrest raid met with fire, so Armed clash and GTD null, actor2 the TTP the CTD names. The relatives' claim that two of the men were already in custody (a staged encounter) is recorded here and not coded as a separate event. 'on Saturday' is when the CTD spoke; the text gives no other date. 'No one else was hurt', so injured = 0. Weapons recovered are part of the event."),
               I("around 200 relatives and residents protested outside the Mardan Press Club", PRO, "Peaceful protest", None,
                 "Protesters", None, KP, "Mardan", "Mardan", 1, "On Sunday", 0,
                 {}, None,
                 "A protest demanding a judicial inquiry that 'ended peacefully'. The press club is in Mardan city, so the location is the city, precision 1.")],
    not_incidents=["In 2019, a similar dispute over a police encounter in the district led to a sit-in that lasted four days",
                   "My brother was picked up from his shop in Mardan on June 2"],
)

# ---------------------------------------------------------------- BP-19
DIK = "Dera Ismail Khan"
GOLD["19"] = dict(
    actors=[SF("Police", ["Police", "police", "Policemen", "policeman"])],
    people=[PER("Syed Iftikhar Hussain Shah", ["Syed Iftikhar Hussain Shah"], ["Shia shopkeeper", "owner of a medicine store", "shot dead"]),
            PER("Mehboob Alam", ["Mehboob Alam"], ["constable", "injured"]),
            PER("Sajjad Ahmad Sahibzada", ["Sajjad Ahmad Sahibzada"], ["Superintendent of Police"])],
    places=[P("Tank Adda", "area", KP, DIK), P("Dera Ismail Khan", "city", KP, DIK),
            P("Kotli Imam Hussain", "area", KP, DIK)],
    quotes=[Q("Sajjad Ahmad Sahibzada", "Both attacks appear to be aimed at creating sectarian tension")],
    incidents=[I("two gunmen on a motorcycle fired at him and escaped", VAC, "Attack", "Armed Assault",
                 UAG, "Civilians", KP, DIK, "Tank Adda", 2, "on Thursday morning", 1,
                 {"civilians": 1}, None,
                 "A sectarian target killing of a Shia shopkeeper (civilian role), not a prominent figure, so Armed Assault. 'Near Tank Adda', hence precision 2."),
               I("attackers opened fire on a police picket near Kotli Imam Hussain", BAT, "Armed clash", "Armed Assault",
                 UAG, "Police", KP, DIK, "Kotli Imam Hussain", 2, "In the evening", 0,
                 {}, 1,
                 "A separate attack hours later on a police picket, with police returning fire: Battles/Armed clash. One constable injured, no deaths. The SP links the two attacks by motive only; no claim for either, so each is its own incident.")],
    not_incidents=["In 2012, a bomb attack on a Muharram procession in the city killed several mourners"],
)

# ---------------------------------------------------------------- BP-20
GOLD["20"] = dict(
    actors=[SF("Police", ["police", "Police"])],
    people=[PER("Nasrullah Khan", ["Malik Nasrullah Khan"], ["elder leading the sit-in"])],
    places=[P("Jani Khel", "area", KP, "Bannu"), P("Shah Tangi", "town", KP, "Bannu"),
            P("Bannu", "city", KP, "Bannu")],
    quotes=[Q("Nasrullah Khan", "We have buried our children before and nothing happened")],
    incidents=[I("four young men who were found dead after being abducted", VAC, "Attack", "Hostage Taking (Kidnapping)",
                 UAG, "Civilians", KP, "Bannu", "Shah Tangi", 2, "on Sunday", 4,
                 {}, None,
                 "Abducted and later killed: Attack with GTD Kidnapping (CODING-RULES). The date is the day the bodies were recovered, as in dev satp-sa-dev-29; they went missing eight days earlier. 'Young men' / 'friends' carry no status, so no side. 'Near village Shah Tangi', hence precision 2."),
               I("Hundreds of tribesmen continued their sit-in in Jani Khel", PRO, "Peaceful protest", None,
                 "Protesters", None, KP, "Bannu", "Jani Khel", 2, "for a third day on Wednesday", 0,
                 {}, None,
                 "A peaceful road-blocking sit-in with the bodies, in its third day; coded once as a continuing protest, dated to the day reported. Jani Khel is an area rather than a single town, so precision 2. Talks with officials are not an incident.")],
    not_incidents=["Jani Khel residents held a similar sit-in in 2021 after the bodies of four boys were found in the area"],
)

# ---------------------------------------------------------------- BP-21
HA = "Hizbul Ahrar"
GOLD["21"] = dict(
    actors=[SF("Police", ["Police", "police", "policemen"]),
            AG(HA, ["Hizbul Ahrar"]), AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Asad Mahmood", ["Asad Mahmood"], ["Senior Superintendent of Police"])],
    places=[P("Hashtnagri", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
            P("Police Lines", "area", KP, "Peshawar")],
    quotes=[Q("Asad Mahmood", "The target was clearly the police")],
    incidents=[I("a bomb planted on a motorcycle went off near a police van", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
                 HA, "Police", KP, "Peshawar", "Hashtnagri", 1, "on Tuesday afternoon", 0,
                 {}, 8,
                 "A remote-detonated motorcycle bomb aimed at a police van: IED, actor2 Police (the SSP says the police were the target; passers-by were also hurt). Eight injured, three of them policemen; no deaths. Hizbul Ahrar, described as a TTP splinter, claimed it and is actor1; the splinter link is not coded as a relation, following the dev files.")],
    not_incidents=["In 2023, a suicide bomber killed more than 80 people, most of them policemen, in a mosque inside the Police Lines in Peshawar"],
)

# ---------------------------------------------------------------- BP-22
GOLD["22"] = dict(
    actors=[SF("Police", ["police", "policeman", "policemen"]), AG(TTP, ["TTP"])],
    people=[PER("Tariq Mehmood", ["Head Constable Tariq Mehmood", "Mehmood"], ["Head Constable", "posted at the Secretariat police station", "shot dead"]),
            PER("Nosheen Akhtar", ["Nosheen Akhtar"], ["Superintendent of Police"])],
    places=[P("Shehzad Town", "area", ICT, "Islamabad"), P("Mohalla Jandala", "area", ICT, "Islamabad"),
            P("Sector H-11", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad")],
    quotes=[Q("Nosheen Akhtar", "He was not on duty and was in plain clothes")],
    incidents=[I("An off-duty policeman was shot dead by unidentified gunmen", BAT, "Armed clash", "Armed Assault",
                 UAG, "Police", ICT, "Islamabad", "Mohalla Jandala", 1, "on Monday night", 1,
                 {"security_forces": 1}, None,
                 "Judgement call: the rule codes attacks on police as Battles/Armed clash even when one-sided, and it is applied here although he was off duty and in plain clothes; if personal enmity were confirmed it would be a criminal killing, not political violence. A policeman counts as security_forces. 'Outside his house in Mohalla Jandala' is in Shehzad Town; the location is the mohalla. The TTP appears only in the background attack.")],
    not_incidents=["Last year, two policemen were shot dead at a checkpoint on the outskirts of Islamabad in an attack claimed by the TTP"],
)

# ---------------------------------------------------------------- BP-23
GOLD["23"] = dict(
    actors=[SF(CTD, ["Counter-Terrorism Department", "CTD"]),
            SF("Police", ["Punjab police"]),
            AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Zarwali Khan", ["Zarwali Khan"], ["suspected member of the Tehreek-i-Taliban Pakistan", "resident of North Waziristan", "arrested"]),
            PER("Hameedullah", ["Hameedullah"], ["suspected member of the Tehreek-i-Taliban Pakistan", "resident of North Waziristan", "arrested"])],
    places=[P("Rawat", "town", PB, "Rawalpindi"), P("North Waziristan", "district", KP, "North Waziristan"),
            P("GT Road", "area", PB, None), P("Rawalpindi", "city", PB, "Rawalpindi"),
            P("Taxila", "town", PB, "Rawalpindi")],
    quotes=[Q("CTD spokesman", "Initial interrogation shows they intended to target a sensitive installation")],
    incidents=[I("arrested two suspected members of the banned Tehreek-i-Taliban Pakistan near Rawat", SD, "Arrests", None,
                 CTD, TTP, PB, "Rawalpindi", "Rawat", 2, "on Thursday", 0,
                 {}, None,
                 "Two TTP suspects arrested at a checkpoint with explosives, detonators and a pistol: Arrests, the seizure part of it. 'Near Rawat', hence precision 2. The court remand is not an incident; the intended target is an allegation."),
               I("it had arrested a man wanted for financing militants", SD, "Arrests", None,
                 CTD, UAG, PB, "Rawalpindi", "Taxila", 1, None, 0,
                 {}, None,
                 "'A separate operation', not tied to the first arrests, so its own Arrests incident (CODING-RULES). No group is named for him, so actor2 Unidentified Armed Group. No date is given for it.")],
    not_incidents=["a 2009 assault on the army's General Headquarters"],
)

# ---------------------------------------------------------------- BP-24
BLF = "Balochistan Liberation Front"
GOLD["24"] = dict(
    actors=[SF("Frontier Corps", ["Frontier Corps", "FC"]), SF("Levies", ["Levies"]),
            SF("Security Forces", ["security forces"]), AG(BLF, ["Balochistan Liberation Front"])],
    people=[PER("Abdul Razzaq Baloch", ["Abdul Razzaq Baloch"], ["Assistant Commissioner"]),
            PER("Gwahram Baloch", ["Gwahram Baloch"], ["spokesman of the Balochistan Liberation Front"])],
    places=[P("Chitkan", "town", BA, "Panjgur"), P("Panjgur district", "district", BA, "Panjgur"),
            P("Panjgur", "district", BA, "Panjgur")],
    quotes=[Q("Abdul Razzaq Baloch", "The FC men are out of danger")],
    incidents=[I("unidentified men hurled a hand grenade at their vehicle", EXP, "Grenade", "Bombing/Explosion",
                 BLF, "Frontier Corps", BA, "Panjgur", "Chitkan", 1, "on Sunday evening", 0,
                 {}, 5,
                 "A grenade thrown at an FC vehicle in a bazaar: Grenade, actor2 Frontier Corps. Injured = 2 FC personnel + 3 shopkeepers = 5. The BLF claimed it, so it is actor1 although the attackers were 'unidentified men'. The search operation has no outcome and is not coded.")],
    not_incidents=["in 2022 militants attacked two FC camps in the district"],
)

# ---------------------------------------------------------------- BP-25
GOLD["25"] = dict(
    actors=[SF("Frontier Corps", ["Frontier Corps"]), SF("Police", ["police", "Police"])],
    people=[PER("Zarif Khan", ["Zarif Khan"], ["Thall Station House Officer"])],
    places=[P("Thall", "town", KP, "Hangu"), P("Hangu district", "district", KP, "Hangu"),
            P("Sra Khawra", "town", KP, "Hangu"), P("Kohat", "city", KP, "Kohat"),
            P("Kurram", "district", KP, "Kurram")],
    quotes=[Q("Zarif Khan", "We have found the launching site")],
    incidents=[I("Militants fired three rockets at the Frontier Corps fort in Thall", EXP, "Shelling/artillery/missile attack", "Bombing/Explosion",
                 UAG, "Frontier Corps", KP, "Hangu", "Thall", 1, "late on Wednesday night", 0,
                 {}, 3,
                 "Rocket fire with 'no gunfire': Shelling/artillery/missile attack (CODING-RULES), actor2 the FC whose fort was targeted. One rocket hit a house in nearby Sra Khawra and injured a woman and two children; the whole volley is one incident located at Thall.")],
    not_incidents=["in 2014 a rocket hit a bazaar in the town"],
)

# ---------------------------------------------------------------- BP-26
GOLD["26"] = dict(
    actors=[SF("Police", ["police"])],
    people=[PER("Aftab Alam Yousafzai", ["Aftab Alam Yousafzai"], ["president of the Swabi Press Club", "journalist", "shot dead"]),
            PER("Irshad Ali", ["Irshad Ali"], ["Swabi Press Club general secretary"])],
    places=[P("Islamabad", "city", ICT, "Islamabad"), P("Khyber Pakhtunkhwa", "province", KP, None),
            P("Swabi", "city", KP, "Swabi"), P("Pehur Kalay", "town", KP, "Swabi")],
    quotes=[Q("Irshad Ali", "He had been writing about land grabbing and drug dealers")],
    incidents=[I("gunmen on a motorcycle overtook his car near village Pehur Kalay and fired at him", VAC, "Attack", "Assassination",
                 UAG, "Civilians", KP, "Swabi", "Pehur Kalay", 2, "on Friday evening", 1,
                 {"civilians": 1}, 0,
                 "The president of the district press club, singled out after threats: a specific prominent target, so GTD Assassination (target type would be Journalists & Media); a journalist is a civilian role. His son 'escaped unhurt', so injured = 0. 'Near village Pehur Kalay', precision 2. No claim."),
               I("Journalists staged a protest outside the National Press Club in Islamabad", PRO, "Peaceful protest", None,
                 "Protesters", None, ICT, "Islamabad", "Islamabad", 1, "on Saturday", 0,
                 {}, None,
                 "A protest in another province about the Swabi killing; 'ended peacefully'. The Swabi journalists' boycott of official events is not coded as a protest event (no gathering is described).")],
    not_incidents=["Journalists in Swabi also boycotted official events",
                   "more than a dozen journalists have been killed in Khyber Pakhtunkhwa over the past decade"],
)

# ---------------------------------------------------------------- BP-27
GOLD["27"] = dict(
    actors=[SF("Frontier Corps", ["Frontier Corps", "soldiers", "soldier"]), AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[PER("Shaukat Ali", ["Lance Naik Shaukat Ali"], ["soldier of the Frontier Corps", "martyred"]),
            PER("Ameer Hamza", ["Sepoy Ameer Hamza"], ["soldier of the Frontier Corps", "martyred"])],
    places=[P("Gomal", "area", KP, "Tank"), P("Tank district", "district", KP, "Tank"),
            P("Shahbaz Kot", "town", KP, "Tank"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            P("Tank", "district", KP, "Tank")],
    quotes=[Q("unnamed security official", "The device was triggered by a pressure plate")],
    incidents=[I("an improvised explosive device hit their patrol", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
                 TTP, "Frontier Corps", KP, "Tank", "Shahbaz Kot", 2, "on Saturday morning", 2,
                 {"security_forces": 2}, 1,
                 "A pressure-plate device set off by the victims' vehicle is still Remote explosive/landmine/IED ('set off remotely or by the victim'). The patrol 'was not fired upon', so no Armed clash. Two FC soldiers killed, one injured. The TTP claimed it. 'Near village Shahbaz Kot', precision 2.")],
    not_incidents=["in 2023 a police station in the district came under attack"],
)

# ---------------------------------------------------------------- BP-28
GOLD["28"] = dict(
    actors=[SF("Security Forces", ["soldiers", "Troops", "military"]), AG(TTP, ["Tehreek-i-Taliban Pakistan"])],
    people=[],
    places=[P("Afghanistan", "country", None, None), P("Sherkoh Gol", "area", KP, "Lower Chitral"),
            P("Lower Chitral district", "district", KP, "Lower Chitral"),
            P("Chitral", "town", KP, "Lower Chitral")],
    quotes=[Q("unnamed security official", "The attackers used the cover of darkness")],
    incidents=[I("militants who had crossed from Afghanistan attacked border posts", BAT, "Armed clash", "Armed Assault",
                 TTP, "Security Forces", KP, "Lower Chitral", "Sherkoh Gol", 1, "early on Wednesday", 16,
                 {"security_forces": 4, "militants": 12}, None,
                 "A militant assault on border posts repulsed after hours of gunfire: Armed clash, no territory changed hands. The TTP claimed it and is actor1. Deaths per the military: 4 soldiers and 12 militants; the TTP's claim of 20 soldiers is the less conservative figure and is not used. The 2023 attacks are background.")],
    not_incidents=["In September 2023, hundreds of militants attacked several posts in the same district before being pushed back"],
)

# ---------------------------------------------------------------- BP-29
GOLD["29"] = dict(
    actors=[AG(ISKP, ["Islamic State-Khorasan Province"]), SF("Police", ["Police", "police"])],
    people=[PER("Rahmat Gul", ["Maulana Rahmat Gul"], ["local leader of the Jamiat Ulema-e-Islam-Fazl", "the party's chief for Nawagai", "cleric", "killed"]),
            PER("Zahir Shah", ["Zahir Shah"], ["guard of Maulana Rahmat Gul", "injured"]),
            PER("Israr Khan", ["Israr Khan"], ["police spokesman"])],
    places=[P("Zor Bandai", "town", KP, "Bajaur"), P("Nawagai", "area", KP, "Bajaur"),
            P("Bajaur district", "district", KP, "Bajaur"), P("Khar", "town", KP, "Bajaur"),
            P("Khar-Nawagai road", "area", KP, "Bajaur"), P("Bajaur", "district", KP, "Bajaur")],
    quotes=[Q("Israr Khan", "The device was packed with ball bearings")],
    incidents=[I("a bomb planted on a roadside exploded as their car passed", EXP, "Remote explosive/landmine/IED", "Assassination",
                 ISKP, "Civilians", KP, "Bajaur", "Zor Bandai", 2, "on Monday", 1,
                 {"civilians": 1}, 1,
                 "A remote-controlled roadside bomb aimed at a named local party chief, claimed by IS-KP: ACLED IED; GTD Assassination because a specific leader was the target (as the MPA in dev satp-sa-dev-141), Bombing/Explosion being the alternative. A party leader and cleric is a civilian role; his guard (injured) takes his side. JUI-F is a party named as the victim's and is not listed; Amaq is a media outlet, not an actor. 'Near village Zor Bandai', precision 2."),
               I("JUI-F workers blocked the Khar-Nawagai road for two hours in protest", PRO, "Peaceful protest", None,
                 "Protesters", None, KP, "Bajaur", "Khar-Nawagai road", 2, None, 0,
                 {}, None,
                 "A peaceful road blockade by party workers after the killing; actor1 is the generic Protesters (the party is not listed, per CODING-RULES). The road is not a point, hence precision 2. No date is stated (presumably the same day).")],
    not_incidents=["a suicide bombing at a JUI-F workers' convention in Bajaur in July 2023 that killed more than 50 people"],
)

# ---------------------------------------------------------------- BP-30
GOLD["30"] = dict(
    actors=[SF("Police", ["police"])],
    people=[PER("Noor Zaman", ["Tehsildar Noor Zaman"], ["Tehsildar"])],
    places=[P("Shewa", "area", KP, "North Waziristan"), P("North Waziristan", "district", KP, "North Waziristan"),
            P("Miranshah", "town", KP, "North Waziristan"), P("Khadi Kalay", "town", KP, "North Waziristan")],
    quotes=[Q("Noor Zaman", "We found a handwritten letter pasted on the gate")],
    incidents=[I("Armed men set fire to a government girls' middle school", SD, "Looting/property destruction", "Facility/Infrastructure Attack",
                 UAG, None, KP, "North Waziristan", "Khadi Kalay", 1, "on Tuesday night", 0,
                 {}, 0,
                 "Arson with petrol and 'No explosives were used', so not an IED: ACLED Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack (incendiary). No one was inside, so injured = 0 and actor2 null. The threatening letter signed 'mujahideen' names no organisation. The elders' jirga is not an incident.")],
    not_incidents=["Elders of the Shewa area held a jirga on Wednesday",
                   "At least three schools were torched in the district in 2024"],
)

PUBLISHER = None

def main():
    for n, g in sorted(GOLD.items()):
        doc = {
            "article": f"BP-{n}.txt",
            "about": "Hand-coded from the text alone.",
            "publisher": PUBLISHER,
            "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                         "near_duplicate_sentences": [], "flag_as_damaged": []},
            "actors": g["actors"],
            "people": g["people"],
            "places": g["places"],
            "quotes": g["quotes"],
            "incidents": g["incidents"],
            "not_incidents": g["not_incidents"],
            "relations": g.get("relations", []),
            "actor_profiles": g.get("actor_profiles", {}),
        }
        with open(os.path.join(HERE, f"BP-{n}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(GOLD)} gold files")

if __name__ == "__main__":
    main()
