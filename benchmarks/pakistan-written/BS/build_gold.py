#!/usr/bin/env python3
"""Writes BS-NN.txt and BS-NN.gold.json from the hand-written texts and codings below.

Every report and every coding decision here was written by hand, blind; this script only
serialises them in the dev gold shape (same keys, same order) so that nothing is mistyped.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AJK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Kashmir"
UAG = "Unidentified Armed Group"


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, mentions, kind="state_force", inter=1):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def G(canonical, mentions):  # armed group
    return A(canonical, mentions, "armed_group", 2)


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, et, st, gtd, a1, a2, a1n, a2n, loc, geo, date, killed, sides, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": a1n,
        "admin2": a2n,
        "location": loc,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": sides,
        "injured": injured,
        "note": note,
    }


BAT, EXP, VAC, PRO, RIO, STR = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Protests", "Riots", "Strategic developments")

R = {}

# ---------------------------------------------------------------- BS-01  KP, one incident
R["01"] = dict(
    publisher="Dawn",
    text=(
        "Two policemen were martyred and three others sustained injuries when dozens of militants stormed "
        "the Pezu Police Station in Lakki Marwat District of Khyber Pakhtunkhwa late on the night of March 14, "
        "reports Dawn. District Police Officer (DPO) Tahir Khan Marwat said the attackers, armed with heavy "
        "weapons and night vision equipment, struck from three directions and the exchange of fire continued "
        "for nearly two hours. One attacker was killed in the retaliatory fire while his accomplices escaped "
        "towards the hills, he added. Reinforcements were rushed to the area and the police station was "
        "cleared by morning."
    ),
    actors=[A("Police", ["Police", "policemen"])],
    people=[H("Tahir Khan Marwat", ["Tahir Khan Marwat"], ["District Police Officer (DPO)"])],
    places=[P("Pezu", "town", KP, "Lakki Marwat"),
            P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            P("Khyber Pakhtunkhwa", "province", KP, None)],
    incidents=[
        I("dozens of militants stormed the Pezu Police Station", BAT, "Armed clash", "Armed Assault",
          UAG, "Police", KP, "Lakki Marwat", "Pezu", 1,
          "late on the night of March 14", 3, {"security_forces": 2, "militants": 1}, 3,
          "A militant assault on a police station with a two-hour exchange of fire; an attack on police is "
          "Battles/Armed clash and, started by the militants, GTD Armed Assault. No group is named or claims "
          "it. Two policemen martyred plus one attacker killed in the return fire = 3; the three injured "
          "are 'others' after the policemen, read as policemen but given only as injured. 'Dozens' of "
          "attackers is not a casualty count."),
    ],
)

# ---------------------------------------------------------------- BS-02  Balochistan, two incidents
R["02"] = dict(
    publisher="The Express Tribune",
    text=(
        "Three Frontier Corps (FC) soldiers lost their lives and two were injured when militants ambushed an FC "
        "convoy in Kahnak area of Buleda tehsil in Kech District on August 9, reports The Express Tribune. "
        "Official sources said the attackers opened fire from the surrounding mountains with automatic weapons "
        "and rocket launchers as the convoy was returning to its camp. No group claimed responsibility. In a separate incident in Turbat town the same evening, unidentified men "
        "on a motorcycle hurled a hand grenade into a mobile phone shop on Main Bazaar Road, injuring the "
        "shopkeeper and a customer."
    ),
    actors=[A("Frontier Corps", ["Frontier Corps", "FC"])],
    people=[],
    places=[P("Kahnak", "area", BA, "Kech"),
            P("Buleda", "area", BA, "Kech"),
            P("Kech District", "district", BA, "Kech"),
            P("Turbat", "town", BA, "Kech"),
            P("Main Bazaar Road", "area", BA, "Kech")],
    incidents=[
        I("militants ambushed an FC convoy", BAT, "Armed clash", "Armed Assault",
          UAG, "Frontier Corps", BA, "Kech", "Kahnak", 1, "on August 9",
          3, {"security_forces": 3}, 2,
          "An ambush on an FC convoy with automatic weapons and rocket launchers. Gunfire was used, so "
          "Battles/Armed clash rather than Shelling. No claim, so Unidentified. Three FC soldiers killed; the two "
          "injured are given no status beyond 'two'."),
        I("hurled a hand grenade into a mobile phone shop", EXP, "Grenade", "Bombing/Explosion",
          UAG, "Civilians", BA, "Kech", "Main Bazaar Road", 1, "the same evening",
          0, {}, 2,
          "A separate grenade attack in Turbat; the shopkeeper and a customer were injured. 'The same "
          "evening' is that of August 9."),
    ],
)

# ---------------------------------------------------------------- BS-03  Sindh, three incidents
R["03"] = dict(
    publisher="The News",
    text=(
        "Violence claimed two lives in different parts of Karachi, the provincial capital of Sindh on February "
        "22, reports The News. In Chakiwara locality of Lyari Town, a young man identified as Faraz Baloch was "
        "shot dead by unidentified armed assailants near his home, reportedly over a gang rivalry, police said. "
        "Separately, a head constable of Police identified as Ghulam Rasool was gunned down by two pillion riders "
        "at Korangi Crossing while he was on his way to duty. Later in the night, unidentified persons lobbed a "
        "hand grenade at a private school in Gulistan e Jauhar, damaging its main gate. Nobody was hurt."
    ),
    actors=[A("Police", ["Police", "police"])],
    people=[H("Faraz Baloch", ["Faraz Baloch"], ["young man", "shot dead"]),
            H("Ghulam Rasool", ["Ghulam Rasool"], ["head constable of Police", "gunned down"])],
    places=[P("Karachi", "city", SD, "Karachi"),
            P("Sindh", "province", SD, None),
            P("Chakiwara", "area", SD, "Karachi"),
            P("Lyari Town", "area", SD, "Karachi"),
            P("Korangi Crossing", "area", SD, "Karachi"),
            P("Gulistan e Jauhar", "area", SD, "Karachi")],
    incidents=[
        I("a young man identified as Faraz Baloch was shot dead by unidentified armed assailants", VAC,
          "Attack", "Armed Assault", UAG, "Civilians", SD, "Karachi", "Chakiwara", 1, "on February 22",
          1, {}, None,
          "A shooting that police link to a gang rivalry; no gang is named, so Unidentified. The victim is "
          "only 'a young man', so no side. 'Near his home' in Chakiwara: the locality itself, precision 1. "
          "A criminal (CASE organised crime) reading is possible, but SATP-style coding keeps it as an attack "
          "on a civilian."),
        I("a head constable of Police identified as Ghulam Rasool was gunned down by two pillion riders",
          BAT, "Armed clash", "Armed Assault", UAG, "Police", SD, "Karachi", "Korangi Crossing", 1,
          "on February 22", 1, {"security_forces": 1}, None,
          "A one-sided shooting of a policeman on his way to duty; the rules code attacks on police as "
          "Battles/Armed clash. A head constable is not a prominent target, so Armed Assault."),
        I("unidentified persons lobbed a hand grenade at a private school", EXP, "Grenade", "Bombing/Explosion",
          UAG, None, SD, "Karachi", "Gulistan e Jauhar", 1, "Later in the night",
          0, {}, 0,
          "Only the school gate was damaged and 'Nobody was hurt', so killed and injured are 0 and actor2 "
          "is null (property only). The two deaths of the lead sentence are the young man and the head "
          "constable."),
    ],
)

# ---------------------------------------------------------------- BS-04  Punjab, one incident
R["04"] = dict(
    publisher="Daily Times",
    text=(
        "At least six persons, including four policemen, were killed and 19 others injured when a suicide "
        "bomber blew himself up near a Police checkpost on Multan Road in Lahore, the provincial capital of "
        "Punjab on November 3, reports Daily Times. Deputy Inspector General (DIG) Operations Kamran Bhatti said "
        "the bomber, aged around 18, approached the checkpost on foot and detonated his vest when a constable "
        "moved to search him. The Jamaat ul Ahrar (JuA), a breakaway faction of Tehreek e Taliban Pakistan "
        "(TTP), claimed responsibility through its spokesman Abdul Wahid Mohmand."
    ),
    actors=[G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"]),
            G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
            A("Police", ["Police", "policemen"])],
    people=[H("Kamran Bhatti", ["Kamran Bhatti"], ["Deputy Inspector General (DIG) Operations"]),
            H("Abdul Wahid Mohmand", ["Abdul Wahid Mohmand"], ["spokesman of Jamaat ul Ahrar (JuA)"])],
    places=[P("Multan Road", "area", PB, "Lahore"),
            P("Lahore", "city", PB, "Lahore"),
            P("Punjab", "province", PB, None)],
    incidents=[
        I("a suicide bomber blew himself up near a Police checkpost on Multan Road", EXP, "Suicide bomb",
          "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", PB, "Lahore", "Multan Road", 1, "on November 3",
          6, {"security_forces": 4}, 19,
          "A suicide bomber on foot struck a police checkpost; the JuA claimed it, so it is actor1 (TTP is "
          "listed as an actor only because the text names it as JuA's parent). 'At least six persons' = 6, "
          "of whom four policemen; the other two have no stated status. The bomber is not counted. The "
          "checkpost is on Multan Road, hence precision 1 for the road."),
    ],
)

# ---------------------------------------------------------------- BS-05  KP (FATA), two incidents
R["05"] = dict(
    publisher="The News",
    text=(
        "Nine militants were killed when fighters of Lashkar e Islam (LeI) and Ansarul Islam clashed in "
        "Sandapal area of Tirah valley in Khyber Agency of Federally Administered Tribal Areas (FATA) on "
        "October 2, reports The News. Local sources said the rival groups used heavy weapons and mortars and "
        "the fighting continued through the day. Six of the dead belonged to LeI. Separately, two Khasadar "
        "personnel were killed and one was wounded when a roadside bomb went off near their vehicle in Ghundi "
        "area of Jamrud tehsil on the same day."
    ),
    actors=[G("Lashkar-e-Islam", ["Lashkar e Islam", "LeI"]),
            G("Ansar-ul-Islam", ["Ansarul Islam"]),
            A("Khasadar", ["Khasadar"])],
    people=[],
    places=[P("Sandapal", "area", KP, "Khyber"),
            P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber"),
            P("Federally Administered Tribal Areas", "area", KP, None),
            P("Ghundi", "area", KP, "Khyber"),
            P("Jamrud", "area", KP, "Khyber")],
    incidents=[
        I("fighters of Lashkar e Islam (LeI) and Ansarul Islam clashed", BAT, "Armed clash", None,
          "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on October 2",
          9, {"militants": 9}, None,
          "Fighting between two named militant groups (inter 2 v 2) with guns and mortars; gunfire, so "
          "Armed clash. Neither side is said to have started it, so GTD is null and actor1 is the first "
          "named. All nine dead are 'militants' (six LeI, three by implication Ansarul Islam). Text places "
          "it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."),
        I("a roadside bomb went off near their vehicle", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, "Khasadar", KP, "Khyber", "Ghundi", 1, "on the same day",
          2, {"security_forces": 2}, 1,
          "A roadside bomb killed two Khasadar (tribal police) personnel and wounded one. The Khasadar are a "
          "named state force (inter 1), coded like Levies. No group is named."),
    ],
)

# ---------------------------------------------------------------- BS-06  Balochistan, two incidents
R["06"] = dict(
    publisher="Dawn",
    text=(
        "Gunmen riding motorcycles shot dead four members of the Hazara community, including a teenage boy, at "
        "the vegetable market in Hazarganji area on the outskirts of Quetta on the morning of September 18, "
        "reports Dawn. The victims, all shopkeepers from Jinnah Road, had gone to the market in a Suzuki van to "
        "buy vegetables, police said. The banned Lashkar e Jhangvi (LeJ) claimed responsibility for the "
        "killings. Later in the day, hundreds of Hazara men and women staged a sit in on Western Bypass with the "
        "coffins of the victims and refused to bury them until the killers were arrested. The protest ended "
        "peacefully after talks with the provincial government late in the night."
    ),
    actors=[G("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"]), A("Police", ["police"])],
    people=[],
    places=[P("Hazarganji", "area", BA, "Quetta"),
            P("Quetta", "city", BA, "Quetta"),
            P("Jinnah Road", "area", BA, "Quetta"),
            P("Western Bypass", "area", BA, "Quetta")],
    incidents=[
        I("Gunmen riding motorcycles shot dead four members of the Hazara community", VAC, "Attack",
          "Armed Assault", "Lashkar-e-Jhangvi", "Civilians", BA, "Quetta", "Hazarganji", 1,
          "on the morning of September 18", 4, {"civilians": 4}, None,
          "A sectarian shooting of Hazara shopkeepers claimed by LeJ, so LeJ is actor1. 'All shopkeepers' is "
          "a civilian role, so all four are civilians (the teenage boy is among them). Community targeting, "
          "not a prominent person, so Armed Assault. Jinnah Road is where their shops were."),
        I("hundreds of Hazara men and women staged a sit in on Western Bypass", PRO, "Peaceful protest", None,
          "Protesters", None, BA, "Quetta", "Western Bypass", 1, "Later in the day",
          0, {}, None,
          "A sit-in with the victims' coffins that 'ended peacefully' after talks; no intervention is "
          "reported, so Peaceful protest. Protests get no GTD type. 'Protesters' is the generic label; they "
          "are not a named organisation and are not listed in actors."),
    ],
)

# ---------------------------------------------------------------- BS-07  Gilgit-Baltistan, one incident
R["07"] = dict(
    publisher="The Express Tribune",
    text=(
        "Unidentified miscreants torched a government girls primary school at Khanbari Bala village of Darel "
        "tehsil in Diamer District of Gilgit Baltistan in the early hours of March 9, reports The Express "
        "Tribune. The building, its furniture and books were reduced to ashes, though no one was present at the "
        "time. Deputy Commissioner Faisal Rehman said police had registered a case and a search was under way. "
        "Locals said a pamphlet found near the school warned parents against sending their daughters to school."
    ),
    actors=[A("Police", ["police"])],
    people=[H("Faisal Rehman", ["Faisal Rehman"], ["Deputy Commissioner"])],
    places=[P("Khanbari Bala", "town", GB, "Diamer"),
            P("Darel", "area", GB, "Diamer"),
            P("Diamer District", "district", GB, "Diamer"),
            P("Gilgit Baltistan", "province", GB, None)],
    incidents=[
        I("Unidentified miscreants torched a government girls primary school", STR,
          "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer",
          "Khanbari Bala", 1, "in the early hours of March 9", 0, {}, 0,
          "Arson of an empty school, no explosives: ACLED Looting/property destruction, GTD "
          "Facility/Infrastructure Attack. 'No one was present', so no one could be hurt: injured 0. Property "
          "only, so actor2 is null. The pamphlet suggests militants but names no group. The police case and "
          "search report no outcome and are not incidents."),
    ],
)

# ---------------------------------------------------------------- BS-08  AJK, two incidents
R["08"] = dict(
    publisher="Dawn",
    text=(
        "A woman was killed and two children were injured when Indian troops resorted to unprovoked shelling on "
        "the civilian population in Nakyal sector along the Line of Control (LoC) in Kotli District of Azad "
        "Jammu and Kashmir (AJK) on October 23, reports Dawn. The shells landed on a house in Dabsi village, "
        "officials said. Earlier in the day, a 60 year old man sustained splinter injuries when mortar shells "
        "fired from across the LoC hit Battal sector in Poonch District. The Pakistan Army responded effectively "
        "to the Indian firing, an official statement added."
    ),
    actors=[A("Indian Army", ["Indian troops"], "state_force", 8),
            A("Pakistan Army", ["Pakistan Army"])],
    people=[],
    places=[P("Nakyal", "area", AJK, "Kotli"),
            P("Line of Control", "area", None, None),
            P("Kotli District", "district", AJK, "Kotli"),
            P("Azad Jammu and Kashmir", "province", AJK, None),
            P("Dabsi", "town", AJK, "Kotli"),
            P("Battal", "area", AJK, "Poonch"),
            P("Poonch District", "district", AJK, "Poonch")],
    incidents=[
        I("Indian troops resorted to unprovoked shelling on the civilian population", EXP,
          "Shelling/artillery/missile attack", None, "Indian Army", "Civilians", AJK, "Kotli", "Dabsi", 1,
          "on October 23", 1, {"civilians": 1}, 2,
          "Cross-LoC shelling by a foreign army (inter 8); the rules leave foreign forces out only when named "
          "as victims or accusers, so the Indian troops are actor1 here. A state's shelling is not terrorism, "
          "so GTD is null. The shells hit a house in Dabsi, hence precision 1. A bare 'a woman' would get no side, "
          "but the text says the shelling fell 'on the civilian population', which gives her status: "
          "civilians 1."),
        I("mortar shells fired from across the LoC hit Battal sector", EXP,
          "Shelling/artillery/missile attack", None, "Indian Army", "Civilians", AJK, "Poonch", "Battal", 2,
          "Earlier in the day", 0, {}, 1,
          "The firer is only 'from across the LoC', but the next sentence calls it 'the Indian firing', so "
          "actor1 is the Indian Army. A sector, not a village, hence precision 2. One man injured. The "
          "Pakistan Army's response is too vague to code (see not_incidents)."),
    ],
    not_incidents=["The Pakistan Army responded effectively to the Indian firing"],
)

# ---------------------------------------------------------------- BS-09  Islamabad, two incidents
R["09"] = dict(
    publisher="The Express Tribune",
    text=(
        "A Police constable was shot dead at a checkpoint near Tarnol in Islamabad on the night of January 6, "
        "reports The Express Tribune. Two men on a motorcycle opened fire when the constable, identified as "
        "Adeel Abbas, signalled them to stop, and then fled towards the Grand Trunk Road. In an unrelated "
        "development, the Counter Terrorism Department (CTD) arrested two suspected militants of the Tehreek e "
        "Taliban Pakistan (TTP) from a rented house in Bhara Kahu and recovered two suicide jackets, hand "
        "grenades and a detonator from their possession, officials said on January 7."
    ),
    actors=[A("Police", ["Police"]),
            A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
            G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    people=[H("Adeel Abbas", ["Adeel Abbas"], ["Police constable", "shot dead"])],
    places=[P("Tarnol", "area", ICT, "Islamabad"),
            P("Islamabad", "city", ICT, "Islamabad"),
            P("Grand Trunk Road", "area", ICT, "Islamabad"),
            P("Bhara Kahu", "area", ICT, "Islamabad")],
    incidents=[
        I("A Police constable was shot dead at a checkpoint near Tarnol", BAT, "Armed clash", "Armed Assault",
          UAG, "Police", ICT, "Islamabad", "Tarnol", 2, "on the night of January 6",
          1, {"security_forces": 1}, None,
          "Two motorcyclists shot a constable who signalled them to stop; an attack on police is "
          "Battles/Armed clash, GTD Armed Assault. 'Near' Tarnol, hence precision 2. The Grand Trunk Road is "
          "only their escape route."),
        I("the Counter Terrorism Department (CTD) arrested two suspected militants", STR, "Arrests", None,
          "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad", "Bhara Kahu", 1,
          "on January 7", 0, {}, None,
          "An arrest not tied to the shooting ('In an unrelated development'), so its own Arrests incident. "
          "The suicide jackets and grenades were seized in the same raid and are part of it, not a separate "
          "Disrupted weapons use. The text dates only the officials' statement ('said on January 7'); that is "
          "the only date given, so it is the date_text."),
    ],
)

# ---------------------------------------------------------------- BS-10  KP (Swat 2009), two incidents
R["10"] = dict(
    publisher="Daily Times",
    text=(
        "Troops regained control of Matta town, a key stronghold of the militants in Swat District of North "
        "West Frontier Province (NWFP), after heavy fighting on May 30, reports Daily Times. Military officials "
        "said 14 militants and two soldiers were killed during the three day battle for the town and that SFs "
        "were now clearing the surrounding villages. Meanwhile, militants blew up a government girls high school "
        "in Kabal tehsil the same night. The building was badly damaged but there were no casualties. The "
        "militants of Tehreek e Nifaz e Shariat e Mohammadi (TNSM) have destroyed more than 150 schools in the "
        "valley since 2007, officials added."
    ),
    actors=[A("Security Forces", ["Troops", "soldiers", "SFs"]),
            G("Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", ["Tehreek e Nifaz e Shariat e Mohammadi", "TNSM"])],
    people=[],
    places=[P("Matta", "town", KP, "Swat"),
            P("Swat District", "district", KP, "Swat"),
            P("North West Frontier Province", "province", KP, None),
            P("Kabal", "area", KP, "Swat")],
    incidents=[
        I("Troops regained control of Matta town", BAT, "Government regains territory", None,
          "Security Forces", UAG, KP, "Swat", "Matta", 1, "on May 30",
          16, {"militants": 14, "security_forces": 2}, None,
          "Control of a town changed by force, so Government regains territory. The deaths cover the whole "
          "three-day battle ending on May 30. The militants holding Matta are not named (TNSM is named only "
          "for the school campaign), so actor2 is Unidentified. NWFP is the former name of Khyber "
          "Pakhtunkhwa. The clearing of villages reports no outcome and is not coded."),
        I("militants blew up a government girls high school", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, None, KP, "Swat", "Kabal", 2, "the same night",
          0, {}, 0,
          "Explosives against an empty school; 'no casualties', so 0 and 0, and actor2 null. Tehsil only, "
          "hence precision 2. Not attributed to TNSM: the TNSM sentence is a general statement about the "
          "campaign since 2007, not a claim."),
    ],
    not_incidents=["The militants of Tehreek e Nifaz e Shariat e Mohammadi (TNSM) have destroyed more than 150 schools in the valley since 2007",
                   "SFs were now clearing the surrounding villages"],
)

# ---------------------------------------------------------------- BS-11  Balochistan, one incident, no outlet
R["11"] = dict(
    publisher=None,
    text=(
        "In Kohlu District of Balochistan, two shepherds were killed on April 11 when a landmine planted by "
        "militants exploded in Kahan area. Levies officials said that the victims, identified as Gul Hassan "
        "Marri and his nephew Dost Muhammad, were grazing their sheep in the mountains when one of them stepped "
        "on the mine. Their bodies were shifted to the District Headquarters Hospital in Kohlu town."
    ),
    actors=[A("Levies", ["Levies"])],
    people=[H("Gul Hassan Marri", ["Gul Hassan Marri"], ["shepherd", "killed in the landmine blast"]),
            H("Dost Muhammad", ["Dost Muhammad"], ["shepherd", "nephew of Gul Hassan Marri",
                                                  "killed in the landmine blast"])],
    places=[P("Kahan", "town", BA, "Kohlu"),
            P("Kohlu District", "district", BA, "Kohlu"),
            P("Balochistan", "province", BA, None),
            P("Kohlu", "town", BA, "Kohlu")],
    incidents=[
        I("a landmine planted by militants exploded in Kahan area", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, "Civilians", BA, "Kohlu", "Kahan", 1, "on April 11",
          2, {"civilians": 2}, None,
          "A victim-activated landmine killed two shepherds (a civilian role). No group named. Kohlu town is "
          "only where the bodies were taken. No outlet is given."),
    ],
)

# ---------------------------------------------------------------- BS-12  Sindh, two incidents
R["12"] = dict(
    publisher="Dawn",
    text=(
        "A portion of the railway track was damaged when a bomb planted by militants went off on the main line "
        "at Walhar in Ghotki District of Sindh on the night of December 10, 2016, reports Dawn. Train services "
        "between Sindh and Punjab were suspended for five hours. The Sindhudesh Revolutionary Army (SRA) claimed "
        "responsibility for the blast in a statement sent to media outlets. Police said the Bomb Disposal Squad "
        "(BDS) later found and defused another device of around three kilogrammes planted about 200 metres away "
        "from the site."
    ),
    actors=[G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
            A("Police", ["Police"]),
            A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    people=[],
    places=[P("Walhar", "town", SD, "Ghotki"),
            P("Ghotki District", "district", SD, "Ghotki"),
            P("Sindh", "province", SD, None),
            P("Punjab", "province", PB, None)],
    incidents=[
        I("a bomb planted by militants went off on the main line", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SD, "Ghotki", "Walhar", 1,
          "on the night of December 10, 2016", 0, {}, None,
          "A track bomb claimed by the SRA. Only the track was damaged; no casualties are mentioned either "
          "way, so killed 0 and injured null (as for dev pipeline and school blasts). Infrastructure target, "
          "so actor2 null. The suspension of trains is a consequence, not an incident."),
        I("the Bomb Disposal Squad (BDS) later found and defused another device", STR,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, SD, "Ghotki", "Walhar", 1,
          None, 0, {}, None,
          "A second device 200 metres away, defused: Disrupted weapons use. The SRA claim names only 'the "
          "blast', so the planter of this device stays Unidentified. 'Later' gives no date, so date_text is "
          "null."),
    ],
)

# ---------------------------------------------------------------- BS-13  KP Peshawar, one incident
R["13"] = dict(
    publisher="The News",
    text=(
        "At least 23 people lost their lives and over 60 were injured when an explosive laden car blew up in the "
        "crowded Mohallah Jangi bazaar of Peshawar on the afternoon of October 28, reports The News. Capital City "
        "Police Officer (CCPO) Saeed Akhtar Khattak said the car, carrying around 100 kilogrammes of explosives, "
        "was driven into the lane outside a row of cloth shops and detonated by a suicide bomber sitting behind "
        "the wheel as the market was at its busiest. Most of the dead were women and children who had come "
        "shopping ahead of Eid. No group has claimed responsibility so far."
    ),
    actors=[],
    people=[H("Saeed Akhtar Khattak", ["Saeed Akhtar Khattak"], ["Capital City Police Officer (CCPO)"])],
    places=[P("Mohallah Jangi", "area", KP, "Peshawar"),
            P("Peshawar", "city", KP, "Peshawar")],
    incidents=[
        I("an explosive laden car blew up in the crowded Mohallah Jangi bazaar", EXP, "Suicide bomb",
          "Bombing/Explosion", UAG, "Civilians", KP, "Peshawar", "Mohallah Jangi", 1,
          "on the afternoon of October 28", 23, {}, 60,
          "A suicide car bomb (the CCPO says a bomber behind the wheel set it off), so Suicide bomb rather "
          "than IED. 'At least 23 people' = 23, 'over 60' = 60. 'Most of the dead were women and children' "
          "gives no count, so no side split; the bomber is not counted. No claim. The CCPO is a police "
          "officer but no police organisation is named, so actors is empty."),
    ],
)

# ---------------------------------------------------------------- BS-14  KP North Waziristan, two incidents
R["14"] = dict(
    publisher="Dawn",
    text=(
        "Two soldiers embraced martyrdom and three others were injured when an improvised explosive device (IED) "
        "targeted their vehicle during a routine patrol in Mir Ali tehsil of North Waziristan District on March "
        "5, reports Dawn. In a separate intelligence based operation in Spinwam area of the district, SFs killed "
        "three terrorists, including a commander identified as Zarwali alias Khalid, after an intense exchange "
        "of fire, the military media wing said. Weapons and ammunition were also recovered from the slain "
        "militants, who were involved in attacks on SFs and the target killing of civilians, it added."
    ),
    actors=[A("Security Forces", ["soldiers", "SFs"])],
    people=[H("Zarwali", ["Zarwali"], ["militant commander", "alias Khalid", "killed in the operation"])],
    places=[P("Mir Ali", "area", KP, "North Waziristan"),
            P("North Waziristan District", "district", KP, "North Waziristan"),
            P("Spinwam", "area", KP, "North Waziristan")],
    incidents=[
        I("an improvised explosive device (IED) targeted their vehicle during a routine patrol", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Security Forces", KP,
          "North Waziristan", "Mir Ali", 2, "on March 5", 2, {"security_forces": 2}, 3,
          "'Embraced martyrdom' = killed. Mir Ali is named as a tehsil, hence precision 2. The three "
          "'others' injured are read as soldiers but are given only as injured."),
        I("SFs killed three terrorists", BAT, "Armed clash", None, "Security Forces", UAG, KP,
          "North Waziristan", "Spinwam", 1, None, 3, {"militants": 3}, None,
          "An intelligence-based operation that became an exchange of fire; started by the state, so GTD "
          "null. No group is named for the slain militants. The text gives no date for this 'separate' "
          "operation, so date_text is null. The recovered weapons are part of it."),
    ],
    not_incidents=["who were involved in attacks on SFs and the target killing of civilians"],
)

# ---------------------------------------------------------------- BS-15  Punjab, one incident
R["15"] = dict(
    publisher="The Express Tribune",
    text=(
        "Four terrorists affiliated with Daesh were killed in an exchange of fire with the Counter Terrorism "
        "Department (CTD) near Sakhi Sarwar in Dera Ghazi Khan District of Punjab on the night of June 19, "
        "reports The Express Tribune. According to a CTD spokesperson, the team was taking two arrested suspects "
        "to recover hidden weapons when their accomplices attacked the vehicle. The two detainees and two "
        "attackers died in the crossfire while the remaining attackers fled. A CTD official sustained minor "
        "injuries. Explosives, two rifles and a hand grenade were recovered from the site."
    ),
    actors=[G("Islamic State", ["Daesh"]),
            A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    people=[],
    places=[P("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"),
            P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
            P("Punjab", "province", PB, None)],
    incidents=[
        I("their accomplices attacked the vehicle", BAT, "Armed clash", "Armed Assault", "Islamic State",
          "Counter Terrorism Department", PB, "Dera Ghazi Khan", "Sakhi Sarwar", 2, "on the night of June 19",
          4, {"militants": 4}, 1,
          "By the CTD's account the accomplices attacked a CTD vehicle carrying two detainees, so the "
          "militants started it (GTD Armed Assault) and actor1 is the group the text names, Daesh (coded "
          "'Islamic State'; the text does not say Khorasan Province). The two detainees are among the 'four "
          "terrorists', so all four are militants even though two were in custody. 'Near' Sakhi Sarwar, "
          "hence precision 2. One CTD official injured."),
    ],
)

# ---------------------------------------------------------------- BS-16  Balochistan, no incident
R["16"] = dict(
    publisher="The Express Tribune",
    text=(
        "Balochistan Home Minister Mir Shahnawaz Kurd said on May 2 that 213 militants belonging to different "
        "banned outfits had laid down their arms during the past year and were being rehabilitated under the "
        "provincial reconciliation policy, reports The Express Tribune. Addressing a press conference in Quetta, "
        "the minister alleged that the Balochistan Liberation Army (BLA) and the Balochistan Liberation Front "
        "(BLF) were receiving funds and weapons from hostile intelligence agencies and that their camps across "
        "the border had been identified. He said the government was ready to talk to those who renounce "
        "violence, but militants targeting labourers and passengers would be dealt with an iron hand."
    ),
    actors=[G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
            G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])],
    people=[H("Mir Shahnawaz Kurd", ["Mir Shahnawaz Kurd"], ["Balochistan Home Minister"])],
    places=[P("Balochistan", "province", BA, None),
            P("Quetta", "city", BA, "Quetta")],
    incidents=[],
    not_incidents=["213 militants belonging to different banned outfits had laid down their arms during the past year",
                   "the Balochistan Liberation Army (BLA) and the Balochistan Liberation Front (BLF) were receiving funds and weapons from hostile intelligence agencies",
                   "militants targeting labourers and passengers would be dealt with an iron hand"],
)

# ---------------------------------------------------------------- BS-17  KP Kurram, three incidents
R["17"] = dict(
    publisher="Dawn",
    text=(
        "Seven persons were killed and 15 others injured as tribal clashes over a land dispute continued for the "
        "second consecutive day in Boshehra area of Upper Kurram tehsil in Kurram District on July 26, reports "
        "Dawn. Heavy weapons including mortars were used and several houses were damaged, local sources said. On "
        "the same day, unidentified gunmen opened fire on a passenger van near Bagan in Lower Kurram, killing the "
        "driver and injuring four passengers. In a third incident, a Frontier Corps (FC) post near Sadda came "
        "under rocket fire from the surrounding hills, but there were no casualties. Mobile phone service has "
        "been suspended across the district."
    ),
    actors=[A("Frontier Corps", ["Frontier Corps", "FC"])],
    people=[],
    places=[P("Boshehra", "town", KP, "Kurram"),
            P("Upper Kurram", "area", KP, "Kurram"),
            P("Kurram District", "district", KP, "Kurram"),
            P("Bagan", "town", KP, "Kurram"),
            P("Lower Kurram", "area", KP, "Kurram"),
            P("Sadda", "town", KP, "Kurram")],
    incidents=[
        I("tribal clashes over a land dispute continued for the second consecutive day", BAT, "Armed clash",
          None, UAG, UAG, KP, "Kurram", "Boshehra", 1, "on July 26", 7, {}, 15,
          "Armed fighting between two tribes, which the text does not name; tribes are not named "
          "organisations, so both sides are Unidentified Armed Group (an ACLED coder would use identity "
          "militias, inter 4). Counts as stated for the two days; 'persons', so no side. No initiator, so GTD "
          "null."),
        I("unidentified gunmen opened fire on a passenger van near Bagan", VAC, "Attack", "Armed Assault", UAG,
          "Civilians", KP, "Kurram", "Bagan", 2, "On the same day", 1, {"civilians": 1}, 4,
          "Gunmen fired on a passenger van; the driver (a civilian role) was killed and four passengers "
          "injured. 'Near' Bagan, hence precision 2."),
        I("a Frontier Corps (FC) post near Sadda came under rocket fire", EXP,
          "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Frontier Corps", KP, "Kurram",
          "Sadda", 2, None, 0, {}, 0,
          "Rocket fire with no gunfire reported, so Shelling, GTD Bombing/Explosion. 'No casualties', so 0 "
          "and 0. The text gives no date for this third incident ('On the same day' belongs to the van "
          "attack), so date_text is null."),
    ],
    not_incidents=["Mobile phone service has been suspended across the district"],
)

# ---------------------------------------------------------------- BS-18  Sindh, one incident
R["18"] = dict(
    publisher="The News",
    text=(
        "Armed men abducted a Hindu trader, identified as Lal Chand Bagri (42), from his shop in the main bazaar "
        "of Kandhkot town in Kashmore District of Sindh on the evening of November 8, reports The News. Police "
        "said five men armed with Kalashnikovs arrived on motorcycles, fired into the air to scatter people and "
        "took the trader away towards the riverine area along the Indus. The kidnappers have demanded a ransom "
        "of Rs 5 million for his release, family members said."
    ),
    actors=[A("Police", ["Police"])],
    people=[H("Lal Chand Bagri", ["Lal Chand Bagri"], ["Hindu trader", "abducted"])],
    places=[P("Kandhkot", "town", SD, "Kashmore"),
            P("Kashmore District", "district", SD, "Kashmore"),
            P("Sindh", "province", SD, None)],
    incidents=[
        I("Armed men abducted a Hindu trader", VAC, "Abduction/forced disappearance",
          "Hostage Taking (Kidnapping)", UAG, "Civilians", SD, "Kashmore", "Kandhkot", 1,
          "on the evening of November 8", 0, {}, None,
          "Abduction of a trader for ransom by unidentified armed men. The ransom demand suggests criminals "
          "(CASE 'organised crime' would be an alternative), but the rules code abductions by unnamed armed "
          "men as Violence against civilians, GTD Kidnapping. Shots in the air hurt no one that is reported, "
          "so injured null."),
    ],
)

# ---------------------------------------------------------------- BS-19  Punjab, no incident
R["19"] = dict(
    publisher="Dawn",
    text=(
        "An Anti Terrorism Court (ATC) in Rawalpindi on September 14 handed down the death sentence to two "
        "members of the banned Lashkar e Jhangvi (LeJ), identified as Muhammad Irfan and Zahid Mehmood alias "
        "Bilal, for their role in a 2014 suicide attack on an imambargah in Dhok Syedan that left 11 worshippers "
        "dead, reports Dawn. The court also sentenced a third accused, Naveed Akhtar, to life imprisonment for "
        "sheltering the bomber, while a fourth was acquitted for lack of evidence. The convicts had been "
        "arrested by the Counter Terrorism Department (CTD) from Attock in 2016."
    ),
    actors=[G("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"]),
            A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    people=[H("Muhammad Irfan", ["Muhammad Irfan"], ["member of Lashkar e Jhangvi (LeJ)", "sentenced to death"]),
            H("Zahid Mehmood", ["Zahid Mehmood"], ["member of Lashkar e Jhangvi (LeJ)", "alias Bilal",
                                                  "sentenced to death"]),
            H("Naveed Akhtar", ["Naveed Akhtar"], ["sentenced to life imprisonment for sheltering the bomber"])],
    places=[P("Rawalpindi", "city", PB, "Rawalpindi"),
            P("Dhok Syedan", "area", PB, "Rawalpindi"),
            P("Attock", "city", PB, "Attock")],
    incidents=[],
    not_incidents=["handed down the death sentence to two members of the banned Lashkar e Jhangvi (LeJ)",
                   "a 2014 suicide attack on an imambargah in Dhok Syedan that left 11 worshippers dead",
                   "The convicts had been arrested by the Counter Terrorism Department (CTD) from Attock in 2016"],
)

# ---------------------------------------------------------------- BS-20  KP Bajaur, two incidents
R["20"] = dict(
    publisher="Dawn",
    text=(
        "A policeman was martyred and two others were injured when a remote controlled bomb struck their vehicle "
        "escorting a polio vaccination team in Mamund tehsil (revenue unit) of Bajaur District on the morning of "
        "February 27, reports Dawn. One of the injured later succumbed to his wounds at the District "
        "Headquarters Hospital in Khar, while the polio workers remained unhurt, officials said. Later the same "
        "day, unidentified gunmen shot dead a tribal elder, Malik Sherzada, in Khar, the district headquarters, "
        "as he was returning home after evening prayers. No group claimed responsibility for either attack."
    ),
    actors=[A("Police", ["policeman"])],
    people=[H("Malik Sherzada", ["Malik Sherzada"], ["tribal elder", "shot dead"])],
    places=[P("Mamund", "area", KP, "Bajaur"),
            P("Bajaur District", "district", KP, "Bajaur"),
            P("Khar", "town", KP, "Bajaur")],
    incidents=[
        I("a remote controlled bomb struck their vehicle escorting a polio vaccination team", EXP,
          "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Police", KP, "Bajaur", "Mamund", 2,
          "on the morning of February 27", 2, {"security_forces": 2}, 1,
          "The bomb hit the police escort of a polio team. One policeman died on the spot and one of the two "
          "injured 'later succumbed', so killed 2 and injured 1 (each counted once). The second dead is one "
          "of the escort ('two others' in their vehicle), so both are police. Tehsil only, hence precision 2."),
        I("unidentified gunmen shot dead a tribal elder, Malik Sherzada", VAC, "Attack", "Armed Assault", UAG,
          "Civilians", KP, "Bajaur", "Khar", 1, "Later the same day", 1, {"civilians": 1}, None,
          "A targeted killing of a local tribal elder (a civilian role). He is named but not a prominent "
          "public figure, so Armed Assault rather than Assassination; an Assassination reading is defensible."),
    ],
)

# ---------------------------------------------------------------- BS-21  Balochistan, three incidents
R["21"] = dict(
    publisher="The Express Tribune",
    text=(
        "Armed men blocked the National Highway near Mangochar in Kalat District late on the night of October 4, "
        "offloaded seven passengers from two coaches after checking their identity cards and shot them dead, "
        "reports The Express Tribune. The victims, all labourers from south Punjab, were travelling to Quetta. "
        "The Balochistan Liberation Army (BLA) claimed responsibility in a statement issued by its spokesman, "
        "Gwahram Baloch. In another incident the same night, unidentified men set ablaze three trucks and a "
        "Levies vehicle near Khad Kocha in Mastung District. Security Forces (SFs) later launched an operation in "
        "the adjoining mountains and killed two militants involved in the highway attack in a gunfight near "
        "Mangochar on October 5, officials said."
    ),
    actors=[G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
            A("Levies", ["Levies"]),
            A("Security Forces", ["Security Forces", "SFs"])],
    people=[H("Gwahram Baloch", ["Gwahram Baloch"], ["spokesman of the Balochistan Liberation Army (BLA)"])],
    places=[P("National Highway", "area", BA, "Kalat"),
            P("Mangochar", "town", BA, "Kalat"),
            P("Kalat District", "district", BA, "Kalat"),
            P("Punjab", "province", PB, None),
            P("Quetta", "city", BA, "Quetta"),
            P("Khad Kocha", "town", BA, "Mastung"),
            P("Mastung District", "district", BA, "Mastung")],
    incidents=[
        I("offloaded seven passengers from two coaches after checking their identity cards and shot them dead",
          VAC, "Attack", "Armed Assault", "Balochistan Liberation Army", "Civilians", BA, "Kalat", "Mangochar",
          2, "late on the night of October 4", 7, {"civilians": 7}, None,
          "Passengers singled out by identity card and shot; the BLA claimed it. Labourers and passengers are "
          "civilian roles. Shot on the spot rather than held, so Armed Assault, not Kidnapping. 'Near' "
          "Mangochar, hence precision 2. Quetta was their destination and south Punjab their home."),
        I("unidentified men set ablaze three trucks and a Levies vehicle", STR, "Looting/property destruction",
          "Facility/Infrastructure Attack", UAG, None, BA, "Mastung", "Khad Kocha", 2, "the same night",
          0, {}, None,
          "Arson of vehicles with no casualties reported: Looting/property destruction, GTD "
          "Facility/Infrastructure Attack (Incendiary). The text calls the attackers 'unidentified men' and "
          "the BLA claim covers the highway killings, so actor1 stays Unidentified. Property only, so actor2 "
          "is null even though one vehicle was the Levies'."),
        I("killed two militants involved in the highway attack in a gunfight", BAT, "Armed clash", None,
          "Security Forces", "Balochistan Liberation Army", BA, "Kalat", "Mangochar", 2, "on October 5",
          2, {"militants": 2}, None,
          "A follow-up operation that ended in a gunfight; started by the state, so GTD null. The dead took "
          "part in the highway attack the BLA claimed, so actor2 is BLA. 'Near' Mangochar, hence precision 2."),
    ],
)

# ---------------------------------------------------------------- BS-22  KP D I Khan, two incidents
R["22"] = dict(
    publisher="The News",
    text=(
        "On January 30, the Counter Terrorism Department (CTD) arrested three suspected militants during a "
        "raid in Daraban tehsil (revenue unit) of Dera Ismail Khan District, reports The News. A CTD spokesman said "
        "the suspects, belonging to the Hafiz Gul Bahadur group, were planning to attack a police station, and "
        "12 kilogrammes of explosives, two suicide vests and a pistol were seized from them. On the same day, "
        "personnel of the Bomb Disposal Unit (BDU) defused a pressure cooker bomb planted under a culvert on "
        "Chashma Road near Paharpur, averting a major incident."
    ),
    actors=[A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
            G("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"]),
            A("Bomb Disposal Unit", ["Bomb Disposal Unit", "BDU"])],
    people=[H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"])],
    places=[P("Daraban", "area", KP, "Dera Ismail Khan"),
            P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
            P("Chashma Road", "area", KP, "Dera Ismail Khan"),
            P("Paharpur", "town", KP, "Dera Ismail Khan")],
    incidents=[
        I("the Counter Terrorism Department (CTD) arrested three suspected militants", STR, "Arrests", None,
          "Counter Terrorism Department", "Hafiz Gul Bahadur Group", KP, "Dera Ismail Khan", "Daraban", 2,
          "On January 30", 0, {}, None,
          "A raid with arrests and no fighting. The explosives and suicide vests seized from the suspects are "
          "part of the arrest, not a separate incident; the planned police-station attack is an allegation. "
          "Tehsil only, hence precision 2."),
        I("defused a pressure cooker bomb planted under a culvert on Chashma Road", STR,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Unit", UAG, KP, "Dera Ismail Khan",
          "Paharpur", 2, "On the same day", 0, {}, None,
          "A defused bomb, not linked to the arrested men: its own Disrupted weapons use. 'Near' Paharpur, "
          "hence precision 2."),
    ],
)

# ---------------------------------------------------------------- BS-23  Sindh Karachi, one incident, fragment
R["23"] = dict(
    publisher=None,
    text=(
        "two Police officials were injured when unidentified militants hurled a hand grenade at a Police mobile "
        "van patrolling at Qasba Mor in Orangi Town of Karachi. Senior Superintendent of Police (SSP) Irfan Baig "
        "said the attackers, riding a motorcycle, escaped in the darkness. The injured, a sub inspector and a "
        "constable, were taken to Abbasi Shaheed Hospital, where their condition was said to be out of danger. "
        "The Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack."
    ),
    actors=[A("Police", ["Police"]),
            G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
    people=[H("Irfan Baig", ["Irfan Baig"], ["Senior Superintendent of Police (SSP)"])],
    places=[P("Qasba Mor", "area", SD, "Karachi"),
            P("Orangi Town", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi")],
    incidents=[
        I("unidentified militants hurled a hand grenade at a Police mobile van", EXP, "Grenade",
          "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Police", SD, "Karachi", "Qasba Mor", 1, None,
          0, {}, 2,
          "A grenade thrown at a police van: Grenade (an explosive weapon, not gunfire, so not Armed clash). "
          "The TTP claimed it although the text first says 'unidentified militants', so TTP is actor1. Two "
          "police officials injured, none killed. The text starts mid-sentence and gives no date and no "
          "outlet. Abbasi Shaheed Hospital is only where the injured were taken."),
    ],
)

# ---------------------------------------------------------------- BS-24  Punjab, one incident (mob)
R["24"] = dict(
    publisher="Dawn",
    text=(
        "A mob of several hundred people ransacked and set ablaze a shoe shop and three houses of Christian "
        "families in Chak 319 GB of Toba Tek Singh District in Punjab on June 9, 2021, after a local cleric accused "
        "a Christian man of desecrating the Holy Quran, reports Dawn. Police resorted to tear gas shelling and "
        "aerial firing to disperse the rioters and rescued the accused and his family from the mob. Eight "
        "policemen were injured by stone pelting. Police later registered cases against 300 unidentified "
        "persons and arrested 44 suspects in overnight raids. The accused was also taken into custody on "
        "blasphemy charges."
    ),
    actors=[A("Police", ["Police", "policemen"])],
    people=[],
    places=[P("Chak 319 GB", "town", PB, "Toba Tek Singh"),
            P("Toba Tek Singh District", "district", PB, "Toba Tek Singh"),
            P("Punjab", "province", PB, None)],
    incidents=[
        I("A mob of several hundred people ransacked and set ablaze a shoe shop and three houses of Christian families",
          RIO, "Mob violence", None, "Rioters", "Civilians", PB, "Toba Tek Singh", "Chak 319 GB", 1,
          "on June 9, 2021", 0, {}, 8,
          "A mob attacked Christian homes after a blasphemy accusation: Riots/Mob violence, with the generic "
          "'Rioters' as actor1 (not a named organisation, so not listed). Not a terrorist attack, so GTD null. "
          "Eight policemen injured by stones. The 44 arrests and the accused's custody are tied to this "
          "event, so they are part of it, not separate Arrests incidents."),
    ],
)

# ---------------------------------------------------------------- BS-25  KP Mohmand (FATA), one incident
R["25"] = dict(
    publisher="The Express Tribune",
    text=(
        "Militants crossing over from Afghanistan attacked two border posts of the Frontier Corps (FC) in Suran "
        "Dara area of Baizai tehsil in Mohmand Agency of Federally Administered Tribal Areas (FATA) in the early "
        "hours of June 11, reports The Express Tribune. Four FC soldiers were martyred and two others injured in "
        "the gunbattle, which lasted for over three hours, while SFs killed nine attackers, according to an "
        "official statement. The Jamaat ul Ahrar faction of the Tehreek e Taliban Pakistan (TTP) claimed the "
        "attack, saying it had killed 15 soldiers."
    ),
    actors=[G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar"]),
            G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
            A("Frontier Corps", ["Frontier Corps", "FC"]),
            A("Security Forces", ["SFs"])],
    people=[],
    places=[P("Afghanistan", "country", None, None),
            P("Suran Dara", "area", KP, "Mohmand"),
            P("Baizai", "area", KP, "Mohmand"),
            P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Federally Administered Tribal Areas", "area", KP, None)],
    incidents=[
        I("Militants crossing over from Afghanistan attacked two border posts of the Frontier Corps (FC)", BAT,
          "Armed clash", "Armed Assault", "Jamaat-ul-Ahrar", "Frontier Corps", KP, "Mohmand", "Suran Dara", 1,
          "in the early hours of June 11", 13, {"security_forces": 4, "militants": 9}, 2,
          "A cross-border assault on FC posts, claimed by Jamaat ul Ahrar. The claim of 15 soldiers killed is "
          "not used: the official figure of four is the conservative one. Killed = 4 FC + 9 attackers. Two "
          "posts in the same area and fight, so one incident. FATA coded as Khyber Pakhtunkhwa."),
    ],
)

# ---------------------------------------------------------------- BS-26  Balochistan, two incidents
R["26"] = dict(
    publisher="Dawn",
    text=(
        "Levies personnel recovered the bullet riddled bodies of two young men from Kallag area of Panjgur "
        "District on December 2, reports Dawn. The deceased, identified as Shahzaib Baloch and Naveed Ahmed, had "
        "been picked up by unknown armed men from a market in Chitkan, the district headquarters, three weeks "
        "ago, their relatives said. In another incident, armed men abducted a schoolteacher, identified as Abdul "
        "Ghani, from Nag area of Washuk District on the same day and took him to an unknown location."
    ),
    actors=[A("Levies", ["Levies"])],
    people=[H("Shahzaib Baloch", ["Shahzaib Baloch"], ["abducted and killed"]),
            H("Naveed Ahmed", ["Naveed Ahmed"], ["abducted and killed"]),
            H("Abdul Ghani", ["Abdul Ghani"], ["schoolteacher", "abducted"])],
    places=[P("Kallag", "area", BA, "Panjgur"),
            P("Panjgur District", "district", BA, "Panjgur"),
            P("Chitkan", "town", BA, "Panjgur"),
            P("Nag", "town", BA, "Washuk"),
            P("Washuk District", "district", BA, "Washuk")],
    incidents=[
        I("recovered the bullet riddled bodies of two young men", VAC, "Attack",
          "Hostage Taking (Kidnapping)", UAG, "Civilians", BA, "Panjgur", "Kallag", 1, "on December 2",
          2, {}, None,
          "Two men abducted three weeks earlier in Chitkan were found shot dead: abducted and later killed, "
          "so Attack with GTD Kidnapping. Placed where the bodies were found and dated by the recovery. "
          "'Young men' has no status, so no side. 'Unknown armed men' could hint at enforced disappearance, "
          "but the text names no one."),
        I("armed men abducted a schoolteacher, identified as Abdul Ghani", VAC, "Abduction/forced disappearance",
          "Hostage Taking (Kidnapping)", UAG, "Civilians", BA, "Washuk", "Nag", 1, "on the same day",
          0, {}, None,
          "A teacher (civilian) abducted and taken away; no fate reported."),
    ],
)

# ---------------------------------------------------------------- BS-27  KP Peshawar, one incident
R["27"] = dict(
    publisher="The Express Tribune",
    text=(
        "A Sikh trader, identified as Kuldeep Singh (38), was gunned down by unidentified assailants at his "
        "herbal medicine shop in Dabgari Garden area of Peshawar on the afternoon of April 18, reports The "
        "Express Tribune. Police said two armed men entered the shop, opened fire and fled on foot through the "
        "narrow streets. The Islamic State Khorasan Province (ISKP) later claimed the killing on its social media "
        "channels. It was the third attack on members of the Sikh community in the provincial capital this year."
    ),
    actors=[G("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"]),
            A("Police", ["Police"])],
    people=[H("Kuldeep Singh", ["Kuldeep Singh"], ["Sikh trader", "gunned down"])],
    places=[P("Dabgari Garden", "area", KP, "Peshawar"),
            P("Peshawar", "city", KP, "Peshawar")],
    incidents=[
        I("A Sikh trader, identified as Kuldeep Singh (38), was gunned down by unidentified assailants", VAC,
          "Attack", "Armed Assault", "Islamic State-Khorasan Province", "Civilians", KP, "Peshawar",
          "Dabgari Garden", 1, "on the afternoon of April 18", 1, {"civilians": 1}, None,
          "The text says 'unidentified assailants' but ISKP claimed the killing, so ISKP is actor1. A trader "
          "is a civilian role. A minority shopkeeper, not a prominent figure, so Armed Assault."),
    ],
    not_incidents=["It was the third attack on members of the Sikh community in the provincial capital this year"],
)

# ---------------------------------------------------------------- BS-28  Sindh Karachi, one incident
R["28"] = dict(
    publisher="The News",
    text=(
        "Unidentified armed assailants shot dead a prayer leader and his son in Sultanabad locality of Manghopir "
        "area in Karachi in the early hours of September 3, reports The News. The victims, identified as Maulana "
        "Abdul Qadir (55) and Usman (24), were walking to the mosque for Fajr prayers when two men on a "
        "motorcycle opened fire on them, police said. Police officials termed it an incident of sectarian target "
        "killing. Rangers and police cordoned off the area and collected empty shells from the site."
    ),
    actors=[A("Police", ["police", "Police"]), A("Rangers", ["Rangers"])],
    people=[H("Abdul Qadir", ["Maulana Abdul Qadir"], ["prayer leader", "father of Usman", "shot dead"]),
            H("Usman", ["Usman"], ["son of Maulana Abdul Qadir", "shot dead"])],
    places=[P("Sultanabad", "area", SD, "Karachi"),
            P("Manghopir", "area", SD, "Karachi"),
            P("Karachi", "city", SD, "Karachi")],
    incidents=[
        I("Unidentified armed assailants shot dead a prayer leader and his son", VAC, "Attack",
          "Armed Assault", UAG, "Civilians", SD, "Karachi", "Sultanabad", 1, "in the early hours of September 3",
          2, {"civilians": 1}, None,
          "A sectarian target killing of a prayer leader and his son. The prayer leader has a civilian role; "
          "the son has no stated status, so only one civilian is split out. A local cleric, not a prominent "
          "figure, so Armed Assault. The Rangers and police cordon reports no outcome and is not an "
          "incident."),
    ],
)

# ---------------------------------------------------------------- BS-29  KP Orakzai (FATA 2010), one incident
R["29"] = dict(
    publisher="Daily Times",
    text=(
        "At least 27 militants were killed when fighter jets of the Pakistan Air Force (PAF) pounded their "
        "hideouts in Ghiljo area of Upper Orakzai in Orakzai Agency on April 23, 2010, reports Daily Times. "
        "Official sources said three training centres and an arms depot were destroyed in the strikes. Local "
        "tribesmen, however, claimed that civilians were also among the dead. The figures could not be "
        "independently verified as the area is inaccessible to the media."
    ),
    actors=[A("Pakistan Air Force", ["Pakistan Air Force", "PAF"])],
    people=[],
    places=[P("Ghiljo", "town", KP, "Orakzai"),
            P("Upper Orakzai", "area", KP, "Orakzai"),
            P("Orakzai Agency", "district", KP, "Orakzai")],
    incidents=[
        I("fighter jets of the Pakistan Air Force (PAF) pounded their hideouts", EXP, "Air/drone strike", None,
          "Pakistan Air Force", UAG, KP, "Orakzai", "Ghiljo", 1, "on April 23, 2010", 27, {"militants": 27},
          None,
          "Air strikes by the PAF on militant hideouts; state action, so GTD null. 'At least 27 militants' = "
          "27, by the official account; tribesmen dispute it (civilians among the dead) but give no figure, "
          "so the stated status is kept and the dispute noted. Orakzai Agency was part of FATA, coded Khyber "
          "Pakhtunkhwa."),
    ],
)

# ---------------------------------------------------------------- BS-30  Balochistan Gwadar, two incidents
R["30"] = dict(
    publisher="Dawn",
    text=(
        "Three personnel of the Pakistan Coast Guards were injured when a roadside bomb went off near their "
        "vehicle in Pasni town of Gwadar District on the night of February 17, reports Dawn. The vehicle was "
        "returning to the Coast Guards camp after a routine patrol when the device, planted in a handcart, was "
        "detonated by remote control, officials said. The next morning, a Bomb Disposal Squad (BDS) team defused "
        "another remote controlled device weighing five kilogrammes planted along the Makran Coastal Highway "
        "near Ormara. The device had been concealed in a drainage pipe under the road, they added."
    ),
    actors=[A("Pakistan Coast Guards", ["Pakistan Coast Guards", "Coast Guards"]),
            A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    people=[],
    places=[P("Pasni", "town", BA, "Gwadar"),
            P("Gwadar District", "district", BA, "Gwadar"),
            P("Makran Coastal Highway", "area", BA, "Gwadar"),
            P("Ormara", "town", BA, "Gwadar")],
    incidents=[
        I("a roadside bomb went off near their vehicle", EXP, "Remote explosive/landmine/IED",
          "Bombing/Explosion", UAG, "Pakistan Coast Guards", BA, "Gwadar", "Pasni", 1,
          "on the night of February 17", 0, {}, 3,
          "A remote-controlled bomb in a handcart hit a Coast Guards patrol vehicle; three personnel injured, "
          "no deaths reported, so killed 0. The Pakistan Coast Guards are a named state force."),
        I("defused another remote controlled device weighing five kilogrammes", STR, "Disrupted weapons use",
          "Bombing/Explosion", "Bomb Disposal Squad", UAG, BA, "Gwadar", "Ormara", 2, "The next morning",
          0, {}, None,
          "A defused roadside device: Disrupted weapons use. Not linked by the text to the Pasni bombers, "
          "so actor2 is Unidentified. 'Near' Ormara, hence precision 2; Ormara is in Gwadar District "
          "(general knowledge)."),
    ],
)


def main():
    for nn, r in sorted(R.items()):
        base = f"BS-{nn}"
        with open(os.path.join(HERE, base + ".txt"), "w", encoding="utf-8") as f:
            f.write(r["text"])
        gold = {
            "article": base + ".txt",
            "about": "Hand-coded from the text alone.",
            "publisher": r["publisher"],
            "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                         "near_duplicate_sentences": [], "flag_as_damaged": []},
            "actors": r["actors"],
            "people": r["people"],
            "places": r["places"],
            "quotes": [],
            "incidents": r["incidents"],
            "not_incidents": r.get("not_incidents", []),
            "relations": [],
            "actor_profiles": {},
        }
        with open(os.path.join(HERE, base + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(R)} reports")


if __name__ == "__main__":
    main()
