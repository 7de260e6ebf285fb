import json, sys
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import T

KP, BA, PB, SD = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"
UAG = "Unidentified Armed Group"
TTPN = "Tehreek-e-Taliban Pakistan"
ISPRN = "Inter-Services Public Relations"
FAH = "Fitna al Hindustan"
AT = "Afghan Taliban"

def P(name, kind, a1, a2=None):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def A(can, mentions, kind="state_force", inter=1):
    return {"canonical": can, "kind": kind, "acled_inter": inter, "mentions": mentions}
def G(can, mentions):  # armed group
    return A(can, mentions, "armed_group", 2)
def H(can, mentions, roles):
    return {"canonical": can, "mentions": mentions, "roles": roles}
def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, gp, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": gp, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

BAT = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SHL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRN = ("Explosions/Remote violence", "Grenade")
VAC = ("Violence against civilians", "Attack")
ARR = ("Strategic developments", "Arrests")
DWU = ("Strategic developments", "Disrupted weapons use")
AGR = ("Strategic developments", "Agreement")
LPD = ("Strategic developments", "Looting/property destruction")
PRO = ("Protests", "Peaceful protest")
AA, BOMB, ASS, KID, FAC = "Armed Assault", "Bombing/Explosion", "Assassination", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack"

def inc(t, what, gtd, a1, a2, adm1, adm2, loc, gp, date, killed, kbs, injured, note):
    return I(what, t[0], t[1], gtd, a1, a2, adm1, adm2, loc, gp, date, killed, kbs, injured, note)

ISPR = A(ISPRN, ["Inter Services Public Relations", "ISPR"])
CTD = A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
FC = A("Frontier Corps", ["Frontier Corps", "FC"])
LEV = A("Levies", ["Levies"])
FAHA = G(FAH, ["Fitna al Hindustan"])
BLF = G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])
BLA = G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])
def SF(m): return A("Security Forces", m)
def POL(m): return A("Police", m)
def TTP(m): return G(TTPN, m)

R = {}

def rep(n, publisher, actors, people, places, incidents, quotes=(), not_incidents=()):
    R[n] = {"article": "BH-%02d.txt" % n, "about": "Hand-coded from the text alone.", "publisher": publisher,
            "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                         "near_duplicate_sentences": [], "flag_as_damaged": []},
            "actors": actors, "people": people, "places": places, "quotes": list(quotes),
            "incidents": incidents, "not_incidents": list(not_incidents), "relations": [], "actor_profiles": {}}

# ---------------------------------------------------------------- 01
rep(1, "Dawn",
    [SF(["Security Forces", "SFs", "troops", "soldiers", "security forces"]), ISPR, TTP(["Fitna al Khwarij"])],
    [H("Mudassar Iqbal", ["Lance Naik Mudassar Iqbal", "Mudassar Iqbal"], ["Lance Naik", "soldier killed in the operation"]),
     H("Gul Rehman", ["Sepoy Gul Rehman", "Gul Rehman"], ["Sepoy", "soldier killed in the operation"])],
    [P("Spalga Kalay", "area", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
     P("North Waziristan District", "district", KP, "North Waziristan"), P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(BAT, "Security Forces (SFs) killed seven khwarij in an intelligence based operation (IBO)", None,
         "Security Forces", TTPN, KP, "North Waziristan", "Spalga Kalay", 1,
         "on the intervening night of August 11 and 12", 9, {"militants": 7, "security_forces": 2}, None,
         "An ISPR-reported intelligence based operation: started by the state, so GTD is null. Seven khwarij and two soldiers were killed, counts given in separate sentences (9 in all); no injured reported. 'Fitna al Khwarij' is the state's official name for the TTP, so actor2 is Tehreek-e-Taliban Pakistan (judgement call); bare 'khwarij' is read like 'militants' and not listed as an actor mention. The date is kept as the night of August 11-12 as written. The militants' past attacks are the ISPR's characterisation, not incidents.")],
    not_incidents=["had remained involved in attacks on security forces and target killings of civilians in the area"])

# ---------------------------------------------------------------- 02
rep(2, "The Express Tribune",
    [POL(["police", "Policemen"])],
    [H("Asfandyar Khan", ["Asfandyar Khan"], ["District Police Officer (DPO)"]),
     H("Shafiullah", ["Shafiullah"], ["constable", "injured in the attack on the police post"]),
     H("Noor Zaman", ["Head Constable Noor Zaman", "Noor Zaman"], ["Head Constable of the traffic police", "shot dead"])],
    [P("Shahzad Kalay", "town", KP, "Tank"), P("Gomal", "area", KP, "Tank"), P("Tank District", "district", KP, "Tank"),
     P("Khyber Pakhtunkhwa", "province", KP), P("Pai Chowk", "area", KP, "Tank"), P("Tank", "city", KP, "Tank")],
    [inc(BAT, "Militants attacked a police post in Shahzad Kalay village", AA, UAG, "Police", KP, "Tank", "Shahzad Kalay", 1,
         "late on the night of February 3", 0, {}, 1,
         "An attack on a police post, repulsed after a two-hour exchange of fire: Battles/Armed clash, GTD Armed Assault (the militants started it). The two small bombs dropped from a quadcopter were part of the same assault, which was mainly gunfire, so no separate Air/drone strike is coded (judgement call). One constable injured; no deaths reported, so killed = 0. No group is named."),
     inc(BAT, "unidentified men riding a motorcycle shot dead Head Constable Noor Zaman of the traffic police", AA, UAG, "Police", KP, "Tank", "Pai Chowk", 1,
         "on February 4", 1, {"security_forces": 1}, None,
         "A separate one-sided shooting of a traffic policeman in Tank city; an attack on police is Battles/Armed clash under the rules. A head constable is not a prominent target, so Armed Assault rather than Assassination.")])

# ---------------------------------------------------------------- 03
rep(3, "Dawn",
    [LEV, BLA],
    [],
    [P("Quetta Karachi highway", "area", BA, "Mastung"), P("Khad Kocha", "area", BA, "Mastung"),
     P("Mastung District", "district", BA, "Mastung"), P("Balochistan", "province", BA), P("Punjab", "province", PB),
     P("Quetta", "city", BA, "Quetta")],
    [inc(VAC, "offloaded seven men who were residents of Punjab and shot them dead by the roadside", AA,
         "Balochistan Liberation Army", "Civilians", BA, "Mastung", "Khad Kocha", 2,
         "on the evening of March 19", 7, {"civilians": 7}, None,
         "Gunmen blocked the Quetta Karachi highway (listed as a place on its Mastung stretch, as the dev files list roads where incidents happen; Quetta and Karachi inside the road name are not separate places), checked identity cards and shot dead seven men from Punjab, identified as labourers (a civilian role), so civilians = 7. The BLA is named only in its claim a day later and is the perpetrator by the claim rule. Burning three trucks is part of the same event. The men were shot on the spot, not held, so GTD Armed Assault rather than Kidnapping. 'Near' Khad Kocha, hence precision 2. Levies are only the source.")])

# ---------------------------------------------------------------- 04
rep(4, "The Express Tribune",
    [A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"]), BLF],
    [],
    [P("Dhadar", "town", BA, "Kachhi"), P("Kachhi District", "district", BA, "Kachhi"), P("Balochistan", "province", BA),
     P("Peshawar", "city", KP, "Peshawar"), P("Mach", "town", BA, "Kachhi"), P("Quetta", "city", BA, "Quetta"),
     P("Sibi", "city", BA, "Sibi")],
    [inc(IED, "A powerful explosion blew away a portion of the railway track near Dhadar", BOMB,
         "Balochistan Liberation Front", None, BA, "Kachhi", "Dhadar", 2, "on October 9", 0, {}, 0,
         "A blast on the railway track shortly before the Jaffar Express was due. The text says no one was hurt, so killed and injured are 0. The target was the track, so actor2 is null. The BLF claimed planting both devices and is actor1. 'Near' Dhadar, hence precision 2. The train being halted at Mach and the suspension of services are consequences, not incidents."),
     inc(DWU, "defused a second device weighing around five kilogrammes", BOMB,
         "Bomb Disposal Squad", "Balochistan Liberation Front", BA, "Kachhi", "Dhadar", 2, None, 0, {}, None,
         "A second device under the same track was found and defused: Disrupted weapons use, with GTD Bombing/Explosion as the dev files give defused devices. The BLF claim covers both devices, so actor2 is the BLF. The defusal is only 'later', with no date of its own.")])

# ---------------------------------------------------------------- 05
rep(5, "Dawn",
    [G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]), POL(["Police"]), CTD],
    [H("Ghulam Mustafa", ["Ghulam Mustafa"], ["private security guard escorting the Chinese nationals", "killed"])],
    [P("Korangi Industrial Area", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD),
     P("Korangi Creek", "area", SD, "Karachi")],
    [inc(VAC, "Unidentified gunmen on a motorcycle opened fire on a van carrying three Chinese nationals", AA,
         "Sindhudesh Revolutionary Army", "Civilians", SD, "Karachi", "Korangi Industrial Area", 2,
         "on the morning of April 18", 1, {"civilians": 1}, 1,
         "Gunmen fired on a van carrying Chinese nationals; their private guard was killed and one Chinese national was wounded. The SRA claimed the attack, so it is actor1 although the text first says 'unidentified gunmen'. A private guard is not a state force and takes his principals' (civilian) side, so civilians = 1 and the event stays Violence against civilians even though he fired back (judgement call). 'Near' the Korangi Industrial Area, hence precision 2; no Karachi district is named, so admin2 is Karachi. The CTD case is not an incident.")])

# ---------------------------------------------------------------- 06
rep(6, "Dawn",
    [POL(["police", "policemen"])],
    [],
    [P("Parachinar", "town", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"), P("Ochat", "town", KP, "Kurram"),
     P("Lower Kurram", "area", KP, "Kurram"), P("Kurram District", "district", KP, "Kurram")],
    [inc(VAC, "Gunmen opened fire on a convoy of passenger vehicles", AA, UAG, "Civilians", KP, "Kurram", "Ochat", 2,
         "on September 28", 10, {"civilians": 9, "security_forces": 1}, 13,
         "An ambush on a passenger convoy bound from Parachinar to Peshawar. Counts by side come in separate sentences: nine passengers (civilians, a woman among them) and one police constable killed; 13 others injured. The target was the passenger vehicles and no exchange of fire with police is reported, so Violence against civilians/Attack rather than Battles, although a constable travelling with the convoy died (judgement call). 'Near' Ochat, hence precision 2. No group is named."),
     inc(BAT, "armed men fired at a police mobile van in the same area", AA, UAG, "Police", KP, "Kurram", "Ochat", 2,
         "Later in the evening", 0, {}, 2,
         "A second attack, on a police van 'in the same area' (near Ochat) the same evening (September 28); an attack on police is Battles/Armed clash. Two policemen injured. The road closure is not an incident.")])

# ---------------------------------------------------------------- 07
rep(7, "The News",
    [POL(["police"]), FC],
    [],
    [P("Upper Kurram", "area", KP, "Kurram"), P("Kurram District", "district", KP, "Kurram"),
     P("Tangi Kalay", "town", KP, "Kurram"), P("Darwi Khel", "town", KP, "Kurram"), P("Parachinar", "town", KP, "Kurram"),
     P("Hangu", "district", KP, "Hangu"), P("Orakzai", "district", KP, "Orakzai")],
    [inc(BAT, "three days of fighting between armed men of two villages", None, UAG, UAG, KP, "Kurram", "Upper Kurram", 2,
         "on the night of June 14", 11, {"civilians": 1}, 27,
         "Fighting between armed men of Tangi Kalay and Darwi Khel over disputed land that turned sectarian, for three days from the night of June 14. Coded as one Armed clash between two unnamed armed sides (both Unidentified Armed Group); the mortars were part of the fighting, so no separate shelling event. Communal fighting is not a terrorist attack, so GTD is null (judgement call). 'At least 11' = 11. Only the schoolteacher has a civilian role, so civilians = 1; the rest are 'people'. Tehsil level, hence precision 2."),
     inc(AGR, "a jirga of elders from Hangu and Orakzai districts brokered a ceasefire", None, UAG, UAG, KP, "Kurram", "Upper Kurram", 2,
         "On June 17", 0, {}, None,
         "A ceasefire between the two sides, brokered by a jirga: Strategic developments/Agreement. The parties are the two unnamed armed sides; the jirga is a mediator, not an organisation. Police and FC taking over the vacated bunkers is part of the agreement.")])

# ---------------------------------------------------------------- 08
rep(8, "The Express Tribune",
    [POL(["Police"]), G("Islamic State Khorasan Province", ["Islamic State Khorasan Province", "ISKP"])],
    [H("Sher Zaman", ["Malik Sher Zaman", "Sher Zaman"], ["former member of the Mamund tehsil council", "elder", "killed in the blast"])],
    [P("Mamund", "area", KP, "Bajaur"), P("Kharkai Bazaar", "area", KP, "Bajaur"), P("Bajaur District", "district", KP, "Bajaur"),
     P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(IED, "a bomb planted on a parked motorcycle went off", ASS, "Islamic State Khorasan Province", "Civilians",
         KP, "Bajaur", "Kharkai Bazaar", 1, "on January 22", 2, {"civilians": 1}, 3,
         "A remote-controlled bomb on a parked motorcycle hit the car of a former tehsil council member; he and his nephew were killed and three passersby injured. The ISKP claim names the elder as its target, so GTD Assassination for a specific local political figure (judgement call; Bombing/Explosion is the alternative). The former councillor is a civilian role; the nephew has no stated status, so civilians = 1. Amaq is ISKP's outlet, not a separate actor.")])

# ---------------------------------------------------------------- 09
rep(9, "The News",
    [SF(["Security forces", "security forces", "soldiers"]), TTP(["Fitna al Khwarij"]), ISPR,
     G("Lashkar-e-Islam", ["Lashkar e Islam", "LeI"])],
    [H("Zar Wali", ["Zar Wali"], ["Lashkar e Islam (LeI) commander", "said by local elders to be among the khwarij killed"])],
    [P("Sandapal", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"), P("Khyber District", "district", KP, "Khyber"),
     P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(BAT, "Security forces killed four khwarij belonging to Fitna al Khwarij during an intelligence based operation", None,
         "Security Forces", TTPN, KP, "Khyber", "Sandapal", 1, "on May 6", 4, {"militants": 4}, None,
         "An ISPR-reported IBO, started by the state, so GTD is null. The ISPR calls the dead Fitna al Khwarij (the TTP), so actor2 is the TTP; local elders say one was a Lashkar e Islam commander, which is listed in actors but does not replace the ISPR's attribution (judgement call). The weapons cache is part of the operation."),
     inc(IED, "an improvised explosive device (IED) went off near a vehicle of the security forces in the same area", BOMB,
         UAG, "Security Forces", KP, "Khyber", "Sandapal", 1, "The next day", 0, {}, 3,
         "An IED hit an SF vehicle 'in the same area' (Sandapal) the day after the operation (May 7). No group is named for it, so Unidentified. Three soldiers injured.")])

# ---------------------------------------------------------------- 10
rep(10, "The Express Tribune",
    [A(AT, ["Afghan Taliban", "Afghan border forces"], "state_force", 8),
     SF(["Security Forces", "SFs", "Pakistani border guards"])],
    [H("Abdul Samad", ["Mawlawi Abdul Samad", "Abdul Samad"], ["spokesman for the Afghan border forces in Spin Boldak"])],
    [P("Friendship Gate", "area", BA, "Chaman"), P("Chaman", "town", BA, "Chaman"), P("Spin Boldak", "town", "Kandahar", "Spin Boldak")],
    [inc(BAT, "Afghan Taliban forces opened fire and fired mortar shells on the Pakistani side of the border", None,
         AT, "Security Forces", BA, "Chaman", "Chaman", 1, "on December 11", 2, {"civilians": 2}, 5,
         "Gunfire and mortar fire by Afghan Taliban forces, answered by Pakistani SFs on and off for three hours: an exchange of fire between two state forces, so Battles/Armed clash (the Afghan side is a foreign force, inter 8) and GTD null. 'Five other civilians' implies the woman and her son were civilians, so civilians = 2 (judgement call). The Afghan spokesman's denial that they fired first is an attribution dispute, not an incident; actor1 follows the Pakistani officials' account. Chaman is its own district (created from Qila Abdullah in 2021). The Friendship Gate is in Chaman town, hence precision 1.")],
    quotes=[{"speaker": "Abdul Samad", "starts": "Our forces only responded to firing from the Pakistani side"}])

# ---------------------------------------------------------------- 11
rep(11, "Dawn",
    [POL(["policemen", "Police", "police"]), G("Ittehad-ul-Mujahideen Pakistan", ["Ittehad ul Mujahideen Pakistan"]),
     G("Hafiz Gul Bahadur group", ["Hafiz Gul Bahadur group"])],
    [H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"])],
    [P("Jani Khel", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"), P("Khyber Pakhtunkhwa", "province", KP),
     P("Bannu", "city", KP, "Bannu"), P("Mandan", "town", KP, "Bannu")],
    [inc(BAT, "militants stormed the Jani Khel police station", AA, "Ittehad-ul-Mujahideen Pakistan", "Police",
         KP, "Bannu", "Jani Khel", 1, "in the early hours of July 8", 6, {"security_forces": 4, "militants": 2}, 2,
         "Rocket propelled grenades, then an attempt to storm the police station, fought off by the policemen: Battles/Armed clash, GTD Armed Assault. Four policemen and two attackers killed (separate sentences); two policemen injured. The Ittehad ul Mujahideen Pakistan claimed 'both attacks' and is actor1; the Hafiz Gul Bahadur group is named only as a member of the alliance."),
     inc(IED, "a roadside bomb struck a police vehicle carrying reinforcements", BOMB, "Ittehad-ul-Mujahideen Pakistan", "Police",
         KP, "Bannu", "Mandan", 2, "Hours later", 0, {}, 3,
         "A roadside bomb hit police reinforcements from Bannu city near Mandan (hence precision 2), the same day. Covered by the same claim, so actor1 is the alliance. Three policemen injured.")])

# ---------------------------------------------------------------- 12
rep(12, "Dawn",
    [CTD, TTP(["Fitna al Khwarij"])],
    [H("Abdul Haq", ["Maulana Abdul Haq", "Abdul Haq"], ["local leader of the Jamiat Ulema e Islam Fazl (JUI F)", "shot dead"]),
     H("Saifullah", ["Saifullah"], ["guard of Maulana Abdul Haq", "injured"]),
     H("Iftikhar Ahmed", ["Iftikhar Ahmed"], ["CTD constable", "injured in the raid and died later"])],
    [P("Paharpur", "town", KP, "Dera Ismail Khan"), P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
     P("Khyber Pakhtunkhwa", "province", KP), P("Gara Ismail", "town", KP, "Dera Ismail Khan")],
    [inc(VAC, "Unidentified gunmen on a motorcycle shot dead a local leader of the Jamiat Ulema e Islam Fazl (JUI F)", ASS,
         UAG, "Civilians", KP, "Dera Ismail Khan", "Paharpur", 1, "on April 2", 1, {"civilians": 1}, 1,
         "Targeted killing of a named local leader of a religious party, so GTD Assassination; a party leader is a civilian role. His guard was injured. The CTD's later statement that the militants it killed were involved is an official accusation, not a claim, so actor1 stays Unidentified (judgement call). JUI F is a party named only as the victim's and is not listed."),
     inc(BAT, "raided a hideout in Gara Ismail village of the same district on a tip off and killed two militants", None,
         "Counter Terrorism Department", TTPN, KP, "Dera Ismail Khan", "Gara Ismail", 1, "Two days later", 3,
         {"militants": 2, "security_forces": 1}, None,
         "A CTD raid, started by the state, so GTD is null. The CTD says the two slain militants belonged to Fitna al Khwarij (the TTP). A CTD constable was injured in the raid and died later that night: counted once, as killed (security_forces), not as injured. 'Two days later' = April 4.")])

# ---------------------------------------------------------------- 13
rep(13, "The News",
    [CTD, G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar"])],
    [H("Rahimullah", ["Rahimullah"], ["arrested on charges of collecting extortion money for the Jamaat ul Ahrar faction"])],
    [P("Khyber Pakhtunkhwa", "province", KP), P("Sarband", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
     P("Hayatabad", "area", KP, "Peshawar")],
    [inc(ARR, "arrested three suspected militants, including a would be suicide bomber", None,
         "Counter Terrorism Department", "Jamaat-ul-Ahrar", KP, "Peshawar", "Sarband", 1, "on November 14, 2023", 0, {}, None,
         "A CTD raid arresting three Jamaat ul Ahrar suspects. The suicide jacket, grenades and explosives found on them, and their plan to attack a police training centre, are part of this arrest rather than a separate Disrupted weapons use (judgement call). Arrests get no GTD."),
     inc(ARR, "the CTD arrested a man, identified as Rahimullah, from Hayatabad", None,
         "Counter Terrorism Department", "Jamaat-ul-Ahrar", KP, "Peshawar", "Hayatabad", 1, "on the same day", 0, {}, None,
         "A separate arrest for extortion on behalf of 'the same faction' (Jamaat ul Ahrar), so actor2 is JuA. Not part of the first raid, so its own Arrests incident.")])

# ---------------------------------------------------------------- 14
rep(14, "Dawn",
    [TTP(["Tehreek e Taliban Pakistan", "TTP"])],
    [],
    [P("Wana", "town", KP, "South Waziristan"), P("South Waziristan District", "district", KP, "South Waziristan"),
     P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(IED, "a bomb planted in a vegetable cart went off in the main bazaar of Wana", BOMB, UAG, "Civilians",
         KP, "South Waziristan", "Wana", 1, "on the afternoon of March 3", 5, {"civilians": 3}, 16,
         "A bomb in a vegetable cart in Wana bazaar. 'At least five' = 5; two shopkeepers and a schoolteacher are civilian roles (civilians = 3); the other two are 'people'. The TTP denied involvement and no one claimed it, so actor1 is Unidentified; the denial is not an incident."),
     inc(PRO, "Traders of Wana kept their shops closed on the following day in protest", None, "Protesters", None,
         KP, "South Waziristan", "Wana", 1, "on the following day", 0, {}, None,
         "A shutter-down strike by traders demanding security, the day after the blast (March 4): Protests/Peaceful protest, no intervention reported. The traders are not a named organisation, so actor1 is the generic 'Protesters' (ACLED's label) and is not listed in actors.")],
    quotes=[{"speaker": "unnamed TTP spokesman", "starts": "We do not target markets and public places"}])

# ---------------------------------------------------------------- 15
rep(15, "The Express Tribune",
    [POL(["policemen", "police"]), SF(["army"])],
    [],
    [P("Indus Highway", "area", KP, "Lakki Marwat"), P("Lakki Marwat", "city", KP, "Lakki Marwat"), P("Khyber Pakhtunkhwa", "province", KP),
     P("Serai Naurang", "town", KP, "Lakki Marwat"), P("Tajazai", "town", KP, "Lakki Marwat"), P("Pezu", "town", KP, "Lakki Marwat")],
    [inc(PRO, "Hundreds of policemen staged a sit in on the Indus Highway", None, "Protesters", None,
         KP, "Lakki Marwat", "Lakki Marwat", 2, "on September 9", 0, {}, None,
         "Policemen, joined by traders and party workers, blocked the highway to demand that the army leave policing duties and that police get modern weapons; no intervention reported, so Peaceful protest. Protesting policemen act as protesters, not as a force, so actor1 is the generic 'Protesters' (judgement call; 'Police' is the alternative). 'Near' Lakki Marwat city, hence precision 2. The killings of 11 policemen and the van bombing near Pezu are only recalled as background, dated no closer than 'the summer' and 'March', and are not coded.")],
    not_incidents=["11 policemen had been killed in attacks on check posts in Serai Naurang and Tajazai during the summer",
                   "a police van had been blown up near Pezu in March"])

# ---------------------------------------------------------------- 16
rep(16, "Dawn",
    [FC, A(AT, ["Afghan Taliban"], "state_force", 8)],
    [],
    [P("Torkham", "town", KP, "Khyber"), P("Khyber District", "district", KP, "Khyber"), P("Khyber Pakhtunkhwa", "province", KP),
     P("Landi Kotal", "town", KP, "Khyber")],
    [inc(BAT, "Frontier Corps (FC) personnel and Afghan Taliban forces exchanged fire at the Torkham border crossing", None,
         "Frontier Corps", AT, KP, "Khyber", "Torkham", 1, "on the night of February 21", 1, {"security_forces": 1}, 3,
         "A border exchange of fire, with mortars and machine guns, between the FC and Afghan Taliban forces over construction of a post: Battles/Armed clash between state forces (the Afghan side inter 8), GTD null. Actor order follows the text. One FC soldier killed; three people injured, one a customs official (injured has no side split). The closure of the crossing is a consequence, not an incident.")])

# ---------------------------------------------------------------- 17
rep(17, "Daily Times",
    [POL(["Police", "police"])],
    [H("Kashif Mehmood", ["Kashif Mehmood"], ["engineer of a telecommunication company", "abducted and shot dead"]),
     H("Zahid Iqbal", ["Zahid Iqbal"], ["engineer of a telecommunication company", "abducted and shot dead"])],
    [P("Daraban", "town", KP, "Dera Ismail Khan"), P("Chaudhwan", "area", KP, "Dera Ismail Khan"),
     P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
    [inc(VAC, "The bodies of two engineers of a telecommunication company", KID, UAG, "Civilians",
         KP, "Dera Ismail Khan", "Chaudhwan", 1, "on October 15", 2, {"civilians": 2}, None,
         "Two engineers abducted near Daraban on October 12 were found shot dead at Chaudhwan on October 15: abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping), coded at the place and date the bodies were found (as in the dev files). Engineers are a civilian role. Their driver, abducted with them and released on October 13, belongs to the same abduction and is not a separate incident. The ransom demand hints at a criminal motive, but no group is named, so Unidentified.")])

# ---------------------------------------------------------------- 18
rep(18, "The Express Tribune",
    [POL(["policeman", "police"])],
    [],
    [P("Shamshi Khan", "town", KP, "Lower Dir"), P("Maidan", "area", KP, "Lower Dir"), P("Lower Dir District", "district", KP, "Lower Dir"),
     P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(BAT, "A policeman escorting a polio vaccination team was shot dead by unidentified gunmen", AA, UAG, "Police",
         KP, "Lower Dir", "Shamshi Khan", 1, "on the morning of May 28", 1, {"security_forces": 1}, 0,
         "The policeman escorting a polio team was shot dead; an attack on police is Battles/Armed clash even when one-sided. The two vaccinators were 'unhurt', so injured = 0. Suspending the campaign is not an incident.")])

# ---------------------------------------------------------------- 19
rep(19, "The News",
    [SF(["Security Forces", "SFs", "troops", "soldier", "soldiers"]), ISPR, TTP(["Fitna al Khwarij"])],
    [H("Aftab Ahmed", ["Naik Aftab Ahmed", "Aftab Ahmed"], ["Naik", "soldier killed in the operation"])],
    [P("Khyber Pakhtunkhwa", "province", KP), P("Pakistan", "country", None), P("Afghanistan", "country", None),
     P("Baizai", "area", KP, "Mohmand"), P("Mohmand District", "district", KP, "Mohmand"),
     P("Mishti Mela", "area", KP, "Orakzai"), P("Orakzai District", "district", KP, "Orakzai")],
    [inc(BAT, "troops intercepted a group of khwarij trying to cross into Pakistan from Afghanistan", None,
         "Security Forces", TTPN, KP, "Mohmand", "Baizai", 2, "on June 20 and 21", 5, {"militants": 5}, None,
         "First of two ISPR-reported engagements: infiltrators intercepted at the border, state-initiated, GTD null. The ISPR says the dead belonged to Fitna al Khwarij (the TTP). The statement gives 'June 20 and 21' for both engagements without saying which was which, so both carry that date. Baizai is a tehsil, hence precision 2."),
     inc(BAT, "three khwarij were killed in an intelligence based operation in the Mishti Mela area of Orakzai District", None,
         "Security Forces", TTPN, KP, "Orakzai", "Mishti Mela", 1, "on June 20 and 21", 4, {"militants": 3, "security_forces": 1}, None,
         "The second engagement, an IBO: three khwarij and one soldier killed. State-initiated, GTD null."),
     inc(BAT, "unidentified militants had fired at a check post in the same area of Orakzai", AA,
         UAG, "Security Forces", KP, "Orakzai", "Mishti Mela", 1, "A day before the operation", 0, {}, 2,
         "An earlier attack on a check post 'in the same area' (Mishti Mela). The text calls the attackers unidentified and the Fitna al Khwarij label covers only the khwarij killed in the two engagements, so actor1 is Unidentified. The exact date is not stated. Two soldiers injured.")])

# ---------------------------------------------------------------- 20
rep(20, "Dawn",
    [SF(["Security Forces", "SFs"]), FAHA, ISPR, FC],
    [H("Sajid Hussain", ["Sajid Hussain"], ["Frontier Corps (FC) sepoy", "injured"])],
    [P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"), P("Balochistan", "province", BA)],
    [inc(BAT, "Security Forces (SFs) killed five terrorists of Fitna al Hindustan in an intelligence based operation", None,
         "Security Forces", FAH, BA, "Kech", "Buleda", 1, "on the night of May 30", 5, {"militants": 5}, 1,
         "An ISPR-reported IBO, state-initiated, so GTD null. 'Fitna al Hindustan' is the state's label for Baloch separatist groups, not one organisation; since no group is named otherwise, the label is kept as the actor (judgement call). 'Terrorists' are counted as militants. One FC sepoy injured. The killings of labourers and bus attacks are the ISPR's background claims and are not coded.")],
    not_incidents=["the terrorists had been involved in the killing of labourers and attacks on passenger buses in the district"])

# ---------------------------------------------------------------- 21
rep(21, "The Express Tribune",
    [LEV, BLF],
    [H("Dostain Baloch", ["Dostain Baloch"], ["BLF spokesman"])],
    [P("Gishkaur", "town", BA, "Awaran"), P("Awaran District", "district", BA, "Awaran"), P("Balochistan", "province", BA)],
    [inc(BAT, "Armed men attacked a Levies check post in Gishkaur area", AA, "Balochistan Liberation Front", "Levies",
         BA, "Awaran", "Gishkaur", 1, "on the evening of January 7", 3, {"security_forces": 3}, None,
         "An attack on a Levies post that killed three Levies personnel, claimed by the BLF ('both attacks'). Taking the post's weapons and setting it on fire are part of the same attack."),
     inc(LPD, "they set ablaze the office of the National Database and Registration Authority (NADRA) and a bank branch", FAC,
         "Balochistan Liberation Front", None, BA, "Awaran", "Gishkaur", 1, "Later the same night", 0, {}, 0,
         "Arson against a government office and a bank, with 'nobody hurt': no violence against people, so Strategic developments/Looting/property destruction, and GTD Facility/Infrastructure Attack (arson, no explosives). Claimed by the BLF. NADRA is a civil authority, not an armed actor, and is not listed; actor2 is null.")])

# ---------------------------------------------------------------- 22
rep(22, None,
    [A("Pakistan Coast Guards", ["Pakistan Coast Guards"])],
    [H("Abdul Ghani", ["Abdul Ghani"], ["driver of the fuel tanker", "injured"])],
    [P("Jiwani", "town", BA, "Gwadar"), P("Gwadar District", "district", BA, "Gwadar"), P("Balochistan", "province", BA)],
    [inc(IED, "a remote controlled improvised explosive device (IED) struck their vehicle", BOMB, UAG, "Pakistan Coast Guards",
         BA, "Gwadar", "Jiwani", 2, "on August 16", 2, {"security_forces": 2}, 5,
         "A remote-controlled IED hit a Coast Guards vehicle escorting a fuel tanker. Two personnel killed; four personnel plus the tanker driver injured, so injured = 5. 'Near' Jiwani, hence precision 2. No claim, and no outlet is named.")])

# ---------------------------------------------------------------- 23
rep(23, "The Express Tribune",
    [BLF],
    [],
    [P("Rahim Yar Khan", "district", PB, "Rahim Yar Khan"), P("Bahawalpur", "district", PB, "Bahawalpur"), P("Punjab", "province", PB),
     P("Sami", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"), P("Balochistan", "province", BA),
     P("Turbat", "city", BA, "Kech")],
    [inc(VAC, "Armed men shot dead five labourers", AA, "Balochistan Liberation Front", "Civilians",
         BA, "Kech", "Sami", 1, "on the night of November 2", 5, {"civilians": 5}, None,
         "Five labourers from Punjab shot dead at a house under construction; a sixth hid and survived. The BLF claimed the killing, so it is actor1. Its allegation that they worked for intelligence agencies is denied by their families; labourers are a civilian role, so civilians = 5 (judgement call). The families' denial is about the victims' status, not about responsibility."),
     inc(GRN, "unidentified men hurled a hand grenade at a barber shop", BOMB, UAG, "Civilians",
         BA, "Kech", "Turbat", 1, "On the afternoon of November 3", 0, {}, 3,
         "A grenade thrown at a barber shop run by a man from Punjab in Turbat bazaar; the owner and two customers were injured. The BLF claim covers only the labourers' killing, so this stays Unidentified.")])

# ---------------------------------------------------------------- 24
rep(24, "Daily Times",
    [CTD, BLA, G("Balochistan Liberation Army (Majeed Brigade)", ["Majeed Brigade"])],
    [],
    [P("Balochistan", "province", BA), P("Hazar Ganji", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
     P("Kalat", "town", BA, "Kalat"), P("Mastung", "town", BA, "Mastung")],
    [inc(ARR, "arrested a woman who was allegedly being prepared to carry out a suicide attack", None,
         "Counter Terrorism Department", "Balochistan Liberation Army (Majeed Brigade)", BA, "Quetta", "Hazar Ganji", 1,
         "on July 11, 2024", 0, {}, None,
         "Arrest of a would-be woman suicide bomber in contact with handlers of the BLA's Majeed Brigade; actor2 is the most specific named group, as the dev files do with a named faction (judgement call; the BLA is the alternative). Arrests get no GTD."),
     inc(DWU, "CTD personnel raided a house in Mastung on July 12 and recovered a suicide vest and eight kilogrammes of explosives", None,
         "Counter Terrorism Department", "Balochistan Liberation Army (Majeed Brigade)", BA, "Mastung", "Mastung", 1,
         "on July 12", 0, {}, None,
         "A follow-up raid recovered a suicide vest and explosives: Disrupted weapons use. As a raid it gets no GTD attack type (judgement call: the dev files give Bombing/Explosion to devices defused or recovered without a raid). Two men escaped; no arrest or casualty.")])

# ---------------------------------------------------------------- 25
rep(25, "Dawn",
    [POL(["Police"]), LEV],
    [],
    [P("Khost", "area", BA, "Harnai"), P("Harnai District", "district", BA, "Harnai"), P("Balochistan", "province", BA),
     P("Swat", "district", KP, "Swat"), P("Shangla", "district", KP, "Shangla"), P("Khyber Pakhtunkhwa", "province", KP),
     P("Harnai", "town", BA, "Harnai"), P("Quetta", "city", BA, "Quetta"), P("Shahrag", "town", BA, "Harnai")],
    [inc(VAC, "Gunmen attacked coal mines in Khost area of Harnai District", AA, UAG, "Civilians",
         BA, "Harnai", "Khost", 1, "on the night of September 5", 4, {"civilians": 4}, 6,
         "Four miners (a civilian role) killed and six injured while asleep in their quarters; machinery and trucks burnt in the same attack. 'Khost' here is the area in Harnai District, not the Afghan province. No group is named."),
     inc(SHL, "militants fired rockets at a Levies check post", BOMB, UAG, "Levies",
         BA, "Harnai", "Khost", 1, None, 0, {}, 0,
         "Rocket fire at a Levies post 'in the same area', with no gunfire reported: Shelling/artillery/missile attack. 'No one was hurt', so killed and injured are 0. No date is given (implied the same night)."),
     inc(VAC, "a passenger coach travelling from Harnai to Quetta came under fire near Shahrag", AA, UAG, "Civilians",
         BA, "Harnai", "Shahrag", 2, "on September 6", 0, {}, 2,
         "Firing on a passenger coach near Shahrag (hence precision 2); the driver and a passenger were injured. Injured has no side split.")])

# ---------------------------------------------------------------- 26
rep(26, "The Nation",
    [CTD, TTP(["Tehreek e Taliban Pakistan", "TTP"]), G("Islamic State", ["Islamic State", "IS"])],
    [],
    [P("Punjab", "province", PB), P("Mianwali", "city", PB, "Mianwali"), P("Bahawalpur", "city", PB, "Bahawalpur")],
    [inc(ARR, "four suspects of the Tehreek e Taliban Pakistan (TTP) were arrested from a hideout on the outskirts of Mianwali", None,
         "Counter Terrorism Department", TTPN, PB, "Mianwali", "Mianwali", 2, "during the week ending December 14", 0, {}, None,
         "The CTD's weekly round-up of nine arrests is split by the two places the text names. Four TTP suspects arrested on the outskirts of Mianwali (hence precision 2); their planned attack on a police station is part of the arrest. Only the week is known; the date is kept as written."),
     inc(ARR, "Five others, said to be members of the Islamic State (IS), were arrested in Bahawalpur city", None,
         "Counter Terrorism Department", "Islamic State", PB, "Bahawalpur", "Bahawalpur", 1, "during the week ending December 14", 0, {}, None,
         "Five IS suspects arrested in Bahawalpur city; the explosives, detonators and pistol found with them are part of the arrest.")])

# ---------------------------------------------------------------- 27
rep(27, "Dawn",
    [A("Border Military Police", ["Border Military Police", "BMP"]), POL(["Punjab Police", "police"]), TTP(["TTP"])],
    [H("Ghulam Farid", ["Ghulam Farid"], ["Border Military Police (BMP) jawan", "killed"])],
    [P("Koh e Suleman", "area", PB, "Dera Ghazi Khan"), P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
     P("Punjab", "province", PB), P("Khyber Pakhtunkhwa", "province", KP)],
    [inc(BAT, "came under attack from heavily armed militants", AA, TTPN, "Border Military Police",
         PB, "Dera Ghazi Khan", "Koh e Suleman", 2, "on the night of April 27", 4, {"security_forces": 1, "militants": 3}, None,
         "An attack on a BMP check post, repulsed after more than an hour. The TTP is named only in its later claim and is actor1. One BMP jawan and three militants killed (separate sentences). The BMP is the Punjab state force of the Dera Ghazi Khan tribal belt. Koh e Suleman is a mountain range, hence precision 2.")])

# ---------------------------------------------------------------- 28
rep(28, "The Express Tribune",
    [CTD],
    [H("Qari Naeem", ["Qari Naeem"], ["detainee of the CTD", "killed"]), H("Abdul Wahab", ["Abdul Wahab"], ["detainee of the CTD", "killed"])],
    [P("Kacha Khuh", "town", PB, "Khanewal"), P("Khanewal District", "district", PB, "Khanewal"), P("Punjab", "province", PB),
     P("Multan", "city", PB, "Multan")],
    [inc(BAT, "their accomplices attacked a CTD vehicle", AA, UAG, "Counter Terrorism Department",
         PB, "Khanewal", "Kacha Khuh", 2, "on the night of January 16", 2, {"militants": 2}, None,
         "By the CTD's account, accomplices attacked a CTD vehicle carrying two detainees, who were killed by the attackers' own fire. Coded as reported: an attack on a state force, Battles/Armed clash, GTD Armed Assault. The dead are called terrorists, so militants = 2. 'Near' Kacha Khuh, hence precision 2. The older attack in Multan is background.")],
    not_incidents=["an attack on a police patrol in Multan last year"])

# ---------------------------------------------------------------- 29
rep(29, "The News",
    [POL(["Police", "police"])],
    [H("Zubair Ahmed", ["Maulana Zubair Ahmed", "Zubair Ahmed"], ["prayer leader", "shot dead"]),
     H("Irfan Ali", ["Irfan Ali"], ["police constable", "injured and died later"])],
    [P("Orangi Town", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD),
     P("Manghopir Road", "area", SD, "Karachi")],
    [inc(VAC, "was shot dead by two unidentified motorcyclists outside his seminary", AA, UAG, "Civilians",
         SD, "Karachi", "Orangi Town", 1, "on the evening of August 20", 1, {"civilians": 1}, None,
         "Sectarian target killing of a prayer leader (a civilian role). A local prayer leader is not a prominent figure, so Armed Assault rather than Assassination (judgement call)."),
     inc(BAT, "armed men fired at a police picket on Manghopir Road", AA, UAG, "Police",
         SD, "Karachi", "Manghopir Road", 1, "on August 21", 1, {"security_forces": 1}, None,
         "An attack on a police picket; the constable injured in it died later in hospital, so he is counted once, as killed.")])

# ---------------------------------------------------------------- 30
rep(30, "Dawn",
    [A("Frontier Corps", ["FC"]), ISPR, SF(["Security Forces", "SFs"]), FAHA],
    [H("Amjad Somro", ["Amjad Somro"], ["Noshki Deputy Commissioner"])],
    [P("Quetta", "city", BA, "Quetta"), P("N 40", "area", BA, "Noshki"), P("Kishingi", "town", BA, "Noshki"), P("Noshki District", "district", BA, "Noshki"),
     P("Balochistan", "province", BA), P("Taftan", "town", BA, "Chagai"), P("Dalbandin", "town", BA, "Chagai")],
    [inc(VAC, "gunmen opened fire on a Quetta bound passenger bus", AA, UAG, "Civilians",
         BA, "Noshki", "Kishingi", 2, "on the evening of March 14, 2025", 3, {"civilians": 3}, 7,
         "Gunmen fired on a passenger bus on the N 40; three passengers (civilians) killed and seven injured. No group claimed it; the ISPR's later labelling of the men SFs killed as Fitna al Hindustan is an official attribution, not a claim, so actor1 stays Unidentified (judgement call). 'Near' Kishingi, hence precision 2. The FC's arrival is not a separate clash (no exchange of fire reported)."),
     inc(BAT, "Security Forces (SFs) had tracked the attackers to the hills near Kishingi on March 15 and killed four terrorists of Fitna al Hindustan", None,
         "Security Forces", FAH, BA, "Noshki", "Kishingi", 2, "on March 15", 4, {"militants": 4}, None,
         "A follow-up operation reported by the ISPR, state-initiated, GTD null. Four 'terrorists' counted as militants. 'The hills near Kishingi', hence precision 2.")],
    quotes=[{"speaker": "Amjad Somro", "starts": "The attackers fled towards the hills when FC personnel reached the spot"}])

if __name__ == "__main__":
    for n, d in R.items():
        with open(os.path.join(HERE, "..", "BH-%02d.gold.json" % n), "w") as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(R), "gold files")
