#!/usr/bin/env python3
"""Writes FD-NN.txt and FD-NN.gold.json.

Every report and every coding decision below was written by hand, blind to the
extraction system; this script only serialises them, fills admin1/admin2 of each
incident from the place it names, and keeps the dev gold key order.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

UAG = "Unidentified Armed Group"
CIV = "Civilians"
B, E, V, S, PR, RI = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                      "Strategic developments", "Protests", "Riots")
KP, BA, SI, PU, GB, AK, IC = ("Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab",
                              "Gilgit-Baltistan", "Azad Kashmir", "Islamabad Capital Territory")


def para(s):
    return " ".join(line.strip() for line in s.strip().splitlines() if line.strip())


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def PROV(name, a1=None):
    return P(name, "province", a1 or name, None)


def COUNTRY(name):
    return P(name, "country", None, None)


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def SF(canonical, mentions):
    return A(canonical, "state_force", 1, mentions)


def AG(canonical, mentions):
    return A(canonical, "armed_group", 2, mentions)


def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, ev, sub, gtd, a1, a2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": None, "admin2": None, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}


REPORTS = []


def report(num, text, publisher, actors, people, places, incidents, not_incidents=(),
           quotes=()):
    REPORTS.append(dict(num=num, text=para(text), publisher=publisher, actors=actors,
                        people=people, places=places, incidents=incidents,
                        not_incidents=list(not_incidents), quotes=list(quotes)))


# ---------------------------------------------------------------- FD-01 Swat
report(1, """
Three policemen and two militants were killed when militants attacked the Police Station in Matta
town of Swat District in Khyber Pakhtunkhwa late on January 14, reports Dawn. District Police Officer
(DPO) Nasir Jamal Yousafzai said that about 30 militants armed with rocket launchers and automatic
weapons surrounded the station at around 11pm and the exchange of fire continued for nearly two hours.
Two constables were also injured. On the same night, unidentified militants blew up the Government
Girls High School in Gul Dheri village of Kabal tehsil (revenue unit). The building was partially
destroyed but no casualties were reported. Meanwhile, Security Forces (SFs) claimed to have killed 11
militants during a search operation in the Peochar area of Matta tehsil on January 15. An official
statement said that two hideouts were destroyed and a cache of arms and ammunition was recovered. The
figures could not be independently confirmed. The authorities imposed an indefinite curfew in Mingora,
the district headquarters, after the operation.
""", "Dawn",
    [SF("Police", ["policemen", "Police"]), SF("Security Forces", ["Security Forces", "SFs"])],
    [PE("Nasir Jamal Yousafzai", ["Nasir Jamal Yousafzai"], ["District Police Officer (DPO)"])],
    [P("Matta", "town", KP, "Swat"), P("Swat District", "district", KP, "Swat"), PROV(KP),
     P("Gul Dheri", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"),
     P("Peochar", "area", KP, "Swat"), P("Mingora", "city", KP, "Swat")],
    [I("militants attacked the Police Station in Matta", B, "Armed clash", "Armed Assault", UAG,
       "Police", "Matta", 1, "late on January 14", 5, {"security_forces": 3, "militants": 2}, 2,
       "About 30 militants with rocket launchers and automatic weapons besieged the police station "
       "and a two-hour gunfight followed, so Battles/Armed clash (an attack on police), not "
       "shelling. Three policemen and two militants died; the two injured are constables. No group "
       "is named."),
     I("unidentified militants blew up the Government Girls High School", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, "Gul Dheri", 1,
       "On the same night", 0, {}, 0,
       "A school was blown up and partly destroyed; 'no casualties were reported', so killed and "
       "injured are 0. Only property was hit, so actor2 is null."),
     I("Security Forces (SFs) claimed to have killed 11 militants during a search operation", B,
       "Armed clash", None, "Security Forces", UAG, "Peochar", 1, "on January 15", 11,
       {"militants": 11}, None,
       "A search operation with a reported outcome (11 militants killed, hideouts destroyed, arms "
       "recovered), so it is an incident; state-initiated, so GTD is null. The claimed figure is "
       "taken as stated; it could not be confirmed but no other figure is given. The arms recovery "
       "is part of the same event.")],
    ["The authorities imposed an indefinite curfew in Mingora"])

# ---------------------------------------------------------------- FD-02 Balochistan
report(2, """
Unidentified armed assailants shot dead six labourers and injured two others at a road construction
camp in Kallag village of Buleda tehsil (revenue unit) in Kech District on April 11, reports The
Express Tribune. The labourers, who hailed from Sindh and southern Punjab, were asleep in their tents
when the attackers arrived on motorcycles. The outlawed Balochistan Liberation Front (BLF) claimed
responsibility for the killings. Its spokesman, Gwahram Baloch, told reporters by telephone from an
undisclosed location that the workers were building a road for the army. Separately, two Frontier
Corps (FC) personnel were killed and three others injured when their vehicle hit a roadside
improvised explosive device (IED) near Sui town of Dera Bugti District on the same day. FC personnel
cordoned off the area and launched a search operation. In Quetta, the Bomb Disposal Squad (BDS)
defused a five-kilogramme bomb planted near a Levies check post on Spinny Road on April 12. Levies
officials said the device was fitted with a timer. Meanwhile, the death toll from the April 9 bomb
blast at a fruit market in Mastung rose to eight after two injured persons succumbed to their
injuries at the Civil Hospital in Quetta.
""", "The Express Tribune",
    [AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
     SF("Security Forces", ["the army"]),
     SF("Frontier Corps", ["Frontier Corps", "FC"]),
     SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"]),
     SF("Levies", ["Levies"])],
    [PE("Gwahram Baloch", ["Gwahram Baloch"], ["BLF spokesman"])],
    [P("Kallag", "town", BA, "Kech"), P("Buleda", "area", BA, "Kech"),
     P("Kech District", "district", BA, "Kech"), PROV(SI), PROV(PU),
     P("Sui", "town", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
     P("Quetta", "city", BA, "Quetta"), P("Spinny Road", "area", BA, "Quetta"),
     P("Mastung", "city", BA, "Mastung")],
    [I("Unidentified armed assailants shot dead six labourers and injured two others", V, "Attack",
       "Armed Assault", "Balochistan Liberation Front", CIV, "Kallag", 1, "on April 11", 6,
       {"civilians": 6}, 2,
       "The text says 'unidentified armed assailants' but the BLF claimed the killings, so the BLF "
       "is actor1. Labourers are a civilian role, so the six dead are civilians; the two injured "
       "are 'others'. The claim that they built a road 'for the army' does not make them a state "
       "force. Sindh and Punjab are where the labourers came from."),
     I("their vehicle hit a roadside improvised explosive device (IED) near Sui town", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Frontier Corps", "Sui", 2,
       "on the same day", 2, {"security_forces": 2}, 3,
       "Roadside IED against an FC vehicle. 'Near' Sui, hence precision 2. The BLF claim covers "
       "only 'the killings' of the labourers, so this stays Unidentified. The cordon and search that "
       "followed report no outcome."),
     I("the Bomb Disposal Squad (BDS) defused a five-kilogramme bomb", S, "Disrupted weapons use",
       "Bombing/Explosion", "Bomb Disposal Squad", UAG, "Spinny Road", 1, "on April 12", 0, {},
       None,
       "A timed bomb planted near a Levies check post was defused: a disrupted bombing, coded as in "
       "the dev files (GTD Bombing/Explosion, BDS as actor1).")],
    ["the death toll from the April 9 bomb blast at a fruit market in Mastung rose to eight",
     "FC personnel cordoned off the area and launched a search operation"])

# ---------------------------------------------------------------- FD-03 Karachi / Hyderabad
report(3, """
Two Pakistan Rangers personnel were injured when motorcyclists hurled a hand grenade at their
patrolling vehicle near Sohrab Goth in Karachi, the provincial capital of Sindh, on the evening of
June 22, reports Dawn. The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility for the
attack in a statement circulated on social media. A Rangers spokesman said both the injured were out
of danger. A day later, a police constable, identified as Ghulam Mustafa Chandio, was shot dead by
unidentified gunmen while he was on duty at a picket in Baldia Town of Keamari District on June 23.
Senior Superintendent of Police (SSP) Keamari, Fida Hussain Janwari, said the assailants took away the
constable's official rifle. On June 24, the Counter Terrorism Department (CTD) arrested three
suspected militants of the SRA from Qasimabad in Hyderabad and recovered two pistols and a hand grenade
from their possession. CTD officials said the suspects were planning to target projects linked to the
China-Pakistan Economic Corridor (CPEC) in Sindh.
""", "Dawn",
    [SF("Pakistan Rangers", ["Pakistan Rangers", "Rangers"]),
     AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
     SF("Police", ["police", "Police"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    [PE("Ghulam Mustafa Chandio", ["Ghulam Mustafa Chandio"], ["police constable", "shot dead on duty"]),
     PE("Fida Hussain Janwari", ["Fida Hussain Janwari"], ["Senior Superintendent of Police (SSP) Keamari"])],
    [P("Sohrab Goth", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi"), PROV(SI),
     P("Baldia Town", "area", SI, "Keamari"), P("Keamari District", "district", SI, "Keamari"),
     P("Qasimabad", "area", SI, "Hyderabad"), P("Hyderabad", "city", SI, "Hyderabad")],
    [I("motorcyclists hurled a hand grenade at their patrolling vehicle", E, "Grenade",
       "Bombing/Explosion", "Sindhudesh Revolutionary Army", "Pakistan Rangers", "Sohrab Goth", 2,
       "on the evening of June 22", 0, {}, 2,
       "The SRA claimed the grenade attack, so it is actor1. Two Rangers personnel injured. 'Near' "
       "Sohrab Goth, hence precision 2; no Karachi district is named, so admin2 is Karachi."),
     I("a police constable, identified as Ghulam Mustafa Chandio, was shot dead by unidentified gunmen",
       B, "Armed clash", "Armed Assault", UAG, "Police", "Baldia Town", 1, "on June 23", 1,
       {"security_forces": 1}, None,
       "An on-duty constable was shot dead at a picket: an attack on police, coded Battles/Armed "
       "clash per the rules. The text names Keamari District, so admin2 is Keamari, not Karachi. "
       "The taking of his rifle is part of the attack. The SRA claim covers only the grenade attack."),
     I("the Counter Terrorism Department (CTD) arrested three suspected militants of the SRA", S,
       "Arrests", None, "Counter Terrorism Department", "Sindhudesh Revolutionary Army", "Qasimabad",
       1, "On June 24", 0, {}, None,
       "The suspects are not linked by the text to the grenade attack, so the arrest is its own "
       "Arrests incident. Arrests get no GTD type. The pistols and grenade recovered are part of it.")])

# ---------------------------------------------------------------- FD-04 North Waziristan
report(4, """
At least four militants were killed when a US drone fired two missiles at a compound in Datta Khel
tehsil (revenue unit) of North Waziristan Agency in the Federally Administered Tribal Areas (FATA) on
March 2, reports Dawn. Security officials said the compound belonged to a local commander of the Hafiz
Gul Bahadur group and that the commander's wife and two children were also killed. Separately,
militants abducted two tribal elders, identified as Malik Sher Zaman and Malik Gul Wali Khan, from
Hassu Khel village near Mir Ali on March 3. Their whereabouts were not known. Elsewhere, the
bullet-riddled bodies of two men, who had been kidnapped from Miranshah Bazaar a week earlier, were
found dumped near Eidak village on March 3. A note found with the bodies said they had been killed for
spying for the United States. No group claimed responsibility for the killings.
""", "Dawn",
    [AG("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"])],
    [PE("Malik Sher Zaman", ["Malik Sher Zaman"], ["tribal elder", "abducted"]),
     PE("Malik Gul Wali Khan", ["Malik Gul Wali Khan"], ["tribal elder", "abducted"])],
    [P("Datta Khel", "area", KP, "North Waziristan"),
     P("North Waziristan Agency", "district", KP, "North Waziristan"),
     P("Federally Administered Tribal Areas", "area", KP, None),
     P("Hassu Khel", "town", KP, "North Waziristan"), P("Mir Ali", "town", KP, "North Waziristan"),
     P("Miranshah Bazaar", "area", KP, "North Waziristan"),
     P("Eidak", "town", KP, "North Waziristan"), COUNTRY("United States")],
    [I("a US drone fired two missiles at a compound", E, "Air/drone strike", None, None,
       "Hafiz Gul Bahadur Group", "Datta Khel", 2, "on March 2", 7,
       {"militants": 4, "civilians": 3}, None,
       "A US drone strike. Foreign forces are left out of actors by the rules, so actor1 is null; "
       "a state/foreign strike gets no GTD type. The compound was a Hafiz Gul Bahadur group "
       "commander's, so the group is actor2. 'At least four militants' = 4, plus the commander's "
       "wife and two children, who are civilians (a militant's family), so 7 killed. Tehsil level "
       "only, hence precision 2. FATA is coded Khyber Pakhtunkhwa."),
     I("militants abducted two tribal elders", V, "Abduction/forced disappearance",
       "Hostage Taking (Kidnapping)", UAG, CIV, "Hassu Khel", 1, "on March 3", 0, {}, None,
       "Two named elders abducted; their fate is unknown, so an abduction, not an attack."),
     I("the bullet-riddled bodies of two men, who had been kidnapped from Miranshah Bazaar a week earlier, were found dumped near Eidak village",
       V, "Attack", "Hostage Taking (Kidnapping)", UAG, CIV, "Eidak", 2, "on March 3", 2, {}, None,
       "Abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping). The date is "
       "the day the bodies were found; 'near' Eidak, hence precision 2. The victims are only 'men', "
       "so no side. The note accusing them of spying names no group.")])

# ---------------------------------------------------------------- FD-05 Kurram
report(5, """
At least 11 passengers were killed and six others injured when militants ambushed a passenger van
travelling from Parachinar to Peshawar near Shorko village in Lower Kurram tehsil (revenue unit) of
Kurram Agency on July 17, reports The News. Officials said the van was fired upon from the surrounding
hills. Hospital sources in Parachinar, however, put the death toll at 14. Hours later, militants fired
three rockets at Sadda town, damaging a house and injuring a woman and her son. In another incident,
personnel of the Frontier Corps (FC) and the Kurram Militia recovered a huge cache of arms and
ammunition, including 40 mortar shells and 12 rocket launchers, during a search operation in Alizai
area on July 18. Meanwhile, hundreds of tribesmen staged a sit-in outside the press club in
Parachinar on July 18, demanding security for travellers on the Thall-Parachinar road. The protest
ended peacefully after the political administration assured them of action.
""", "The News",
    [SF("Frontier Corps", ["Frontier Corps", "FC"]), SF("Kurram Militia", ["Kurram Militia"])],
    [],
    [P("Parachinar", "town", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"),
     P("Shorko", "town", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
     P("Kurram Agency", "district", KP, "Kurram"), P("Sadda", "town", KP, "Kurram"),
     P("Alizai", "area", KP, "Kurram"), P("Thall", "town", KP, "Hangu")],
    [I("militants ambushed a passenger van", V, "Attack", "Armed Assault", UAG, CIV, "Shorko", 2,
       "on July 17", 11, {"civilians": 11}, 6,
       "Gunfire from the hills on a passenger van. Officials give 'at least 11', hospital sources 14; "
       "the more conservative 11 is used. Passengers are a civilian role. 'Near' Shorko, hence "
       "precision 2. Parachinar and Peshawar are the route's ends."),
     I("militants fired three rockets at Sadda town", E, "Shelling/artillery/missile attack",
       "Bombing/Explosion", UAG, CIV, "Sadda", 1, "Hours later", 0, {}, 2,
       "Rocket fire with no gunfire, so Shelling. A house was hit and a woman and her son were "
       "injured, so actor2 is Civilians; 'Hours later' is the only date given (July 17)."),
     I("recovered a huge cache of arms and ammunition", S, "Disrupted weapons use", None,
       "Frontier Corps", UAG, "Alizai", 1, "on July 18", 0, {}, None,
       "A search operation with an outcome (a seized cache) is a Disrupted weapons use. Search "
       "operations get no GTD type. FC and Kurram Militia acted together; FC, named first, is "
       "actor1. The owners of the cache are not named."),
     I("hundreds of tribesmen staged a sit-in outside the press club in Parachinar", PR,
       "Peaceful protest", None, "Protesters", None, "Parachinar", 1, "on July 18", 0, {}, None,
       "A peaceful sit-in demanding road security; no intervention. Protests get no GTD type; "
       "actor1 is the generic 'Protesters'.")])

# ---------------------------------------------------------------- FD-06 Punjab
report(6, """
Four militants of the proscribed Lashkar-e-Jhangvi (LeJ) were killed in an exchange of fire with
personnel of the Counter Terrorism Department (CTD) near Qadirpur Raan on the outskirts of Multan in
Punjab on the night of October 5, reports The Express Tribune. A CTD spokesman said the team came under
fire when it tried to intercept the suspects, who were allegedly planning to attack a Muharram
procession. Two suicide jackets, three Kalashnikovs and hand grenades were recovered from the site. On
the same day, a suicide bomber blew himself up at a police check post at the entrance of Dera Ghazi
Khan city, killing two policemen and a passer-by and injuring nine others. The Jamaat-ul-Ahrar (JuA)
faction of the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility. Police said the bomber, aged
around 18, detonated his vest when he was stopped for a body search. Separately, the CTD arrested five
alleged members of the banned TTP from Kot Lakhpat in Lahore on October 6 and seized 10 kilogrammes of
explosives, detonators and prima cord. The funeral prayers of the slain policemen were offered at
Police Lines in Dera Ghazi Khan on October 6.
""", "The Express Tribune",
    [AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     SF("Police", ["police", "policemen", "Police"]),
     AG("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar", "JuA"]),
     AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
    [],
    [P("Qadirpur Raan", "town", PU, "Multan"), P("Multan", "city", PU, "Multan"), PROV(PU),
     P("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan"), P("Kot Lakhpat", "area", PU, "Lahore"),
     P("Lahore", "city", PU, "Lahore")],
    [I("Four militants of the proscribed Lashkar-e-Jhangvi (LeJ) were killed in an exchange of fire",
       B, "Armed clash", None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", "Qadirpur Raan",
       2, "on the night of October 5", 4, {"militants": 4}, None,
       "A CTD interception that turned into a gunfight; state-initiated, so GTD null. 'Near' Qadirpur "
       "Raan on the outskirts of Multan, hence precision 2. The recovered suicide jackets and arms "
       "are part of the same event."),
     I("a suicide bomber blew himself up at a police check post", E, "Suicide bomb",
       "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", "Dera Ghazi Khan", 1, "On the same day", 3,
       {"security_forces": 2, "civilians": 1}, 9,
       "JuA claimed it, so JuA is actor1 (TTP is listed only as its parent). Two policemen and a "
       "passer-by (a civilian role) killed; the bomber is not counted because the text does not "
       "count him. The check post is at the city's entrance, coded to the city."),
     I("the CTD arrested five alleged members of the banned TTP", S, "Arrests", None,
       "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", "Kot Lakhpat", 1,
       "on October 6", 0, {}, None,
       "Not tied to either reported attack, so its own Arrests incident; the explosives seized are "
       "part of it.")],
    ["The funeral prayers of the slain policemen were offered at Police Lines in Dera Ghazi Khan on October 6"])

# ---------------------------------------------------------------- FD-07 Khyber Agency
report(7, """
At least nine militants were killed in a clash between the Lashkar-e-Islam (LeI) and the Ansarul
Islam (AI) in the Sandapal area of Tirah valley in Khyber Agency on May 9, reports Dawn. Local sources
said fighters of the Mangal Bagh-led LeI attacked AI positions on a hilltop before dawn and the
fighting continued till noon. Six of the dead belonged to the AI, the sources added. Meanwhile, fighter
jets of the Pakistan Air Force (PAF) pounded militant hideouts in the Malikdin Khel area of Bara
tehsil, killing 14 militants and destroying five hideouts, according to official sources. The figures
could not be verified independently as the area is inaccessible to the media. In another incident,
unidentified militants blew up a Government primary school in Shalobar area of Bara on the night of
May 9. The building had been vacated by displaced families a month earlier. Separately, two Khasadar
personnel and a shopkeeper were injured when a bomb planted on a motorcycle went off near a Khasadar
Force check post in Jamrud bazaar on May 10.
""", "Dawn",
    [AG("Lashkar-e-Islam", ["Lashkar-e-Islam", "LeI"]),
     AG("Ansarul Islam", ["Ansarul Islam", "AI"]),
     SF("Pakistan Air Force", ["Pakistan Air Force", "PAF"]),
     SF("Khasadar Force", ["Khasadar Force", "Khasadar"])],
    [PE("Mangal Bagh", ["Mangal Bagh"], ["leader of the Lashkar-e-Islam"])],
    [P("Sandapal", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"),
     P("Khyber Agency", "district", KP, "Khyber"), P("Malikdin Khel", "area", KP, "Khyber"),
     P("Bara", "area", KP, "Khyber"), P("Shalobar", "area", KP, "Khyber"),
     P("Jamrud", "town", KP, "Khyber")],
    [I("a clash between the Lashkar-e-Islam (LeI) and the Ansarul Islam (AI)", B, "Armed clash",
       "Armed Assault", "Lashkar-e-Islam", "Ansarul Islam", "Sandapal", 1, "on May 9", 9,
       {"militants": 9}, None,
       "Fighting between two armed groups; LeI attacked AI positions, so LeI is actor1 and GTD "
       "Armed Assault. Nine dead, all members of the two groups ('Six of the dead belonged to the "
       "AI'), so all militants."),
     I("fighter jets of the Pakistan Air Force (PAF) pounded militant hideouts in the Malikdin Khel area",
       E, "Air/drone strike", None, "Pakistan Air Force", UAG, "Malikdin Khel", 1, None, 14,
       {"militants": 14}, None,
       "State air strikes, so no GTD type. Official figures, unverified, taken as stated. The text "
       "gives no date for the strikes ('Meanwhile'), so date_text is null; it is implied to be "
       "May 9."),
     I("unidentified militants blew up a Government primary school", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, "Shalobar", 1,
       "on the night of May 9", 0, {}, None,
       "An empty school was blown up; no casualties are mentioned, so killed 0 and injured null; "
       "actor2 null."),
     I("a bomb planted on a motorcycle went off near a Khasadar Force check post in Jamrud bazaar",
       E, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Khasadar Force", "Jamrud", 1,
       "on May 10", 0, {}, 3,
       "A motorcycle bomb at a Khasadar check post injured two Khasadar men and a shopkeeper. "
       "Killed_by_side only counts the dead, so it is empty.")])

# ---------------------------------------------------------------- FD-08 Quetta / Mastung / Khuzdar
report(8, """
At least nine persons, including four children, were killed and dozens of others injured when a bomb
planted in a pushcart exploded at a vegetable market in Hazara Town of Quetta on February 3, reports
The News. Most of the victims belonged to the Shia Hazara community. The death toll rose to 11 on
February 4 after two more bodies were pulled out of the debris of a collapsed shop. The proscribed
Lashkar-e-Jhangvi (LeJ) claimed responsibility for the attack. Members of the Hazara community refused
to bury their dead and staged a sit-in with the coffins on Alamdar Road on February 4, demanding a
targeted operation against the attackers. The sit-in remained peaceful. In a separate incident, two
Levies personnel were shot dead by unidentified assailants in Khad Kocha area of Mastung District on
February 3. Elsewhere, unidentified persons hurled a hand grenade at a barber shop in the main bazaar
of Khuzdar town on February 4, injuring the owner and a customer.
""", "The News",
    [AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"]), SF("Levies", ["Levies"])],
    [],
    [P("Hazara Town", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
     P("Alamdar Road", "area", BA, "Quetta"), P("Khad Kocha", "area", BA, "Mastung"),
     P("Mastung District", "district", BA, "Mastung"), P("Khuzdar", "city", BA, "Khuzdar")],
    [I("a bomb planted in a pushcart exploded at a vegetable market in Hazara Town", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", "Lashkar-e-Jhangvi", CIV,
       "Hazara Town", 1, "on February 3", 11, {}, 12,
       "LeJ claimed it, so LeJ is actor1. The toll 'rose to 11' when two more bodies were found, so "
       "killed = 11 (the latest figure in the report, not a disagreement between sources). "
       "'Dozens' injured = 12 (ACLED rule). The dead are 'persons, including four children'; as in "
       "the dev files, no side split is made."),
     I("staged a sit-in with the coffins on Alamdar Road", PR, "Peaceful protest", None,
       "Protesters", None, "Alamdar Road", 1, "on February 4", 0, {}, None,
       "Hazara community members refused to bury the dead and held a peaceful sit-in: a protest "
       "event, coded separately from the bombing."),
     I("two Levies personnel were shot dead by unidentified assailants", B, "Armed clash",
       "Armed Assault", UAG, "Levies", "Khad Kocha", 1, "on February 3", 2,
       {"security_forces": 2}, None,
       "An attack on Levies personnel, coded Battles/Armed clash per the rules."),
     I("unidentified persons hurled a hand grenade at a barber shop", E, "Grenade",
       "Bombing/Explosion", UAG, CIV, "Khuzdar", 1, "on February 4", 0, {}, 2,
       "Grenade on a shop; the owner and a customer injured.")],
    ["The death toll rose to 11 on February 4 after two more bodies were pulled out of the debris of a collapsed shop",
     "The proscribed Lashkar-e-Jhangvi (LeJ) claimed responsibility for the attack"])

# ---------------------------------------------------------------- FD-09 verdict (no incident)
report(9, """
An Anti-Terrorism Court (ATC) in Rawalpindi on November 14 sentenced two militants of the proscribed
Tehreek-e-Taliban Pakistan (TTP) to death on four counts each for the killing of four policemen at a
check post near Taxila in August 2013, reports Dawn. The convicts, identified as Gul Muhammad and Amjad
Khan, were also fined PKR 200,000 each. The court sentenced a third accused, Rehmatullah alias Qari, to
life imprisonment for harbouring the attackers, and acquitted a fourth for lack of evidence. The
accused were arrested by the Counter Terrorism Department (CTD) in Attock District in January 2014.
Prosecutor Nadeem Akhtar told the court that two of the accused had confessed before a magistrate and
that the weapons used in the attack were recovered on their pointation. Defence counsel said the
verdict would be challenged in the high court. The convicts were shifted to Adiala Jail under tight
security after the hearing.
""", "Dawn",
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     SF("Police", ["policemen"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    [PE("Gul Muhammad", ["Gul Muhammad"], ["TTP militant", "sentenced to death"]),
     PE("Amjad Khan", ["Amjad Khan"], ["TTP militant", "sentenced to death"]),
     PE("Rehmatullah", ["Rehmatullah alias Qari"], ["sentenced to life imprisonment for harbouring the attackers"]),
     PE("Nadeem Akhtar", ["Nadeem Akhtar"], ["prosecutor"])],
    [P("Rawalpindi", "city", PU, "Rawalpindi"), P("Taxila", "town", PU, "Rawalpindi"),
     P("Attock District", "district", PU, "Attock")],
    [],
    ["the killing of four policemen at a check post near Taxila in August 2013",
     "The accused were arrested by the Counter Terrorism Department (CTD) in Attock District in January 2014",
     "sentenced two militants of the proscribed Tehreek-e-Taliban Pakistan (TTP) to death"])

# ---------------------------------------------------------------- FD-10 Gilgit-Baltistan
report(10, """
Unidentified miscreants set ablaze at least eight schools, half of them for girls, in Chilas, Darel and
Tangir areas of Diamer District in Gilgit-Baltistan (GB) during the night of August 2, reports Dawn.
Deputy Commissioner Diamer, Tariq Hussain, said the attackers broke into the empty buildings, sprinkled
petrol on the furniture and set it on fire. No casualties were reported as the schools were closed for
summer vacations. On August 4, a policeman and two suspected militants were killed in an exchange of
fire when police raided a hideout of the suspects in Shiri Kot village of Darel tehsil. Police said
that 12 suspects involved in the torching of the schools were arrested during raids in the valley.
Elsewhere, unidentified gunmen shot dead a shopkeeper, identified as Sajid Hussain, in Kashrote area of
Gilgit city on August 4. Police said the victim belonged to the Shia community and the killing
appeared to be sectarian.
""", "Dawn",
    [SF("Police", ["policeman", "police", "Police"])],
    [PE("Tariq Hussain", ["Tariq Hussain"], ["Deputy Commissioner Diamer"]),
     PE("Sajid Hussain", ["Sajid Hussain"], ["shopkeeper", "member of the Shia community", "shot dead"])],
    [P("Chilas", "town", GB, "Diamer"), P("Darel", "area", GB, "Diamer"),
     P("Tangir", "area", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"),
     PROV("Gilgit-Baltistan"), P("Shiri Kot", "town", GB, "Diamer"),
     P("Kashrote", "area", GB, "Gilgit"), P("Gilgit", "city", GB, "Gilgit")],
    [I("Unidentified miscreants set ablaze at least eight schools", S,
       "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None,
       "Diamer District", 2, "during the night of August 2", 0, {}, 0,
       "Arson (petrol, no explosives) on empty schools with no casualties: ACLED "
       "Looting/property destruction, GTD Facility/Infrastructure Attack. The eight schools in three "
       "areas are reported together without per-site detail, so one record at district level "
       "(precision 2). The 12 arrests of suspects in the torching are tied to this incident and are "
       "not a separate Arrests record."),
     I("a policeman and two suspected militants were killed in an exchange of fire when police raided a hideout",
       B, "Armed clash", None, "Police", UAG, "Shiri Kot", 1, "On August 4", 3,
       {"security_forces": 1, "militants": 2}, None,
       "A police raid that became a gunfight; state-initiated, so GTD null. 'Suspected militants' "
       "are counted as militants."),
     I("unidentified gunmen shot dead a shopkeeper, identified as Sajid Hussain", V, "Attack",
       "Armed Assault", UAG, CIV, "Kashrote", 1, "on August 4", 1, {"civilians": 1}, None,
       "Apparently sectarian killing of a Shia shopkeeper (a civilian role).")],
    ["Police said that 12 suspects involved in the torching of the schools were arrested during raids in the valley"])

# ---------------------------------------------------------------- FD-11 AJK / Islamabad
report(11, """
A woman was killed and three other civilians were injured when Indian troops resorted to unprovoked
mortar shelling across the Line of Control (LoC) in Nikial sector of Kotli District in Azad Jammu and
Kashmir (AJK) on October 21, reports The Express Tribune. The deceased, identified as Naseem Bibi (40),
was hit when a shell landed on her house in Kakri Dhok village. The Inter-Services Public Relations
(ISPR) said Pakistani troops responded effectively to the ceasefire violation. Separately, a police
constable was shot dead and another injured when two motorcyclists opened fire on a police picket in
Tarnol area of Islamabad on October 22. Police said the attackers escaped towards Fateh Jang. In
another development, the Counter Terrorism Department (CTD) Islamabad arrested an alleged operative of
the Islamic State (IS) from Bhara Kahu on October 22 and recovered a suicide vest and two hand
grenades from his possession. Officials said the suspect, identified as Hamza alias Abu Talha, had been
in contact with handlers in Afghanistan.
""", "The Express Tribune",
    [SF("Security Forces", ["Pakistani troops"]),
     SF("Police", ["police", "Police"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     AG("Islamic State", ["Islamic State", "IS"])],
    [PE("Naseem Bibi", ["Naseem Bibi"], ["killed by cross-LoC shelling", "resident of Kakri Dhok"]),
     PE("Hamza", ["Hamza alias Abu Talha"], ["alleged Islamic State operative", "arrested"])],
    [P("Nikial", "area", AK, "Kotli"), P("Kotli District", "district", AK, "Kotli"),
     PROV("Azad Jammu and Kashmir", AK), P("Kakri Dhok", "town", AK, "Kotli"),
     P("Tarnol", "area", IC, "Islamabad"), P("Islamabad", "city", IC, "Islamabad"),
     P("Fateh Jang", "town", PU, "Attock"), P("Bhara Kahu", "area", IC, "Islamabad"),
     COUNTRY("Afghanistan")],
    [I("Indian troops resorted to unprovoked mortar shelling across the Line of Control (LoC)", E,
       "Shelling/artillery/missile attack", None, None, CIV, "Kakri Dhok", 1, "on October 21", 1,
       {"civilians": 1}, 3,
       "Cross-LoC mortar fire with no gunfire, so Shelling. Indian troops are a foreign force, left "
       "out of actors per the rules, so actor1 is null; state fire gets no GTD type. The woman is "
       "counted as a civilian because the text says 'three other civilians'. The Pakistani "
       "response reports no outcome and is not coded. AJK is coded admin1 'Azad Kashmir'."),
     I("two motorcyclists opened fire on a police picket", B, "Armed clash", "Armed Assault", UAG,
       "Police", "Tarnol", 1, "on October 22", 1, {"security_forces": 1}, 1,
       "Attack on a police picket: Battles/Armed clash. One constable killed, another injured. Fateh "
       "Jang is where the attackers fled."),
     I("the Counter Terrorism Department (CTD) Islamabad arrested an alleged operative of the Islamic State (IS)",
       S, "Arrests", None, "Counter Terrorism Department", "Islamic State", "Bhara Kahu", 1,
       "on October 22", 0, {}, None,
       "An arrest not tied to any reported attack, so its own Arrests incident; the suicide vest "
       "and grenades recovered are part of it. The text says 'Islamic State (IS)', so the canonical "
       "is Islamic State, not IS-KP.")],
    ["Pakistani troops responded effectively to the ceasefire violation"])

# ---------------------------------------------------------------- FD-12 Bajaur
report(12, """
Unidentified gunmen shot dead a district leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F), Maulana
Fazal Wahid, and injured his nephew near his home in Sewai village of Khar tehsil in Bajaur District on
June 8, reports Dawn. The Islamic State-Khorasan Province (IS-KP) claimed responsibility for the
killing through its Amaq news agency. On the same day, two policemen were killed and three others
injured when an improvised explosive device (IED) planted along the road struck a police van in Gatkai
area of Mamund tehsil. The District Police Officer said the policemen were on their way to provide
security to a polio vaccination team. According to the Inter-Services Public Relations (ISPR),
security forces conducted an intelligence-based operation in Salarzai tehsil on June 9 and killed
three terrorists, including a commander wanted for attacks on polio teams. A soldier was injured in the
exchange of fire. Thousands of people attended the funeral prayers of Maulana Fazal Wahid in Khar on
June 9, where party leaders demanded the arrest of the killers.
""", "Dawn",
    [AG("Islamic State-Khorasan Province", ["Islamic State-Khorasan Province", "IS-KP"]),
     SF("Police", ["policemen", "police", "Police"]),
     SF("Security Forces", ["security forces", "soldier"])],
    [PE("Fazal Wahid", ["Maulana Fazal Wahid"], ["district leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F)"])],
    [P("Sewai", "town", KP, "Bajaur"), P("Khar", "town", KP, "Bajaur"),
     P("Bajaur District", "district", KP, "Bajaur"), P("Gatkai", "area", KP, "Bajaur"),
     P("Mamund", "area", KP, "Bajaur"), P("Salarzai", "area", KP, "Bajaur")],
    [I("Unidentified gunmen shot dead a district leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F), Maulana Fazal Wahid",
       V, "Attack", "Assassination", "Islamic State-Khorasan Province", CIV, "Sewai", 1,
       "on June 8", 1, {"civilians": 1}, 1,
       "IS-KP claimed the killing, so it is actor1 although the text says 'unidentified gunmen'. A "
       "named district leader of a party is a specific prominent target, so GTD Assassination. A "
       "party leader is a civilian role. The nephew was injured. 'Near his home in Sewai village' "
       "is still in the village, precision 1. JUI-F is a party and is not listed."),
     I("an improvised explosive device (IED) planted along the road struck a police van", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Police", "Gatkai", 1,
       "On the same day", 2, {"security_forces": 2}, 3,
       "IED on a police van headed to guard a polio team. The IS-KP claim covers only the killing "
       "of the JUI-F leader, so this stays Unidentified."),
     I("security forces conducted an intelligence-based operation in Salarzai tehsil", B,
       "Armed clash", None, "Security Forces", UAG, "Salarzai", 2, "on June 9", 3,
       {"militants": 3}, 1,
       "An IBO with an exchange of fire; state-initiated, so GTD null. Tehsil only, precision 2. "
       "One soldier injured. ISPR is the source, not an actor.")],
    ["Thousands of people attended the funeral prayers of Maulana Fazal Wahid in Khar on June 9",
     "The Islamic State-Khorasan Province (IS-KP) claimed responsibility for the killing through its Amaq news agency"])

# ---------------------------------------------------------------- FD-13 southern KP
report(13, """
Three policemen were martyred and four terrorists were killed when militants belonging to Fitna al
Khawarij, the term the government uses for the proscribed Tehreek-e-Taliban Pakistan (TTP), stormed the
police station in Gara Mastan village of Paharpur tehsil in Dera Ismail Khan District of Khyber
Pakhtunkhwa on the night of September 11, reports The Express Tribune. Police said the attackers, armed
with heavy weapons and night-vision devices, attacked from three sides and the gunfight lasted for over
two hours. Two other policemen were injured. On September 12, security forces killed six khwarij in an
intelligence-based operation in the Jandola area of Tank District, the Inter-Services Public Relations
(ISPR) said. Weapons and ammunition were recovered from the slain militants. In Lakki Marwat District,
unidentified gunmen on a motorcycle shot dead a former member of a local peace committee, identified as
Malik Noor Khan, in Tajori area on September 12. Meanwhile, the Bomb Disposal Squad (BDS) defused a
10-kilogramme improvised explosive device planted near a government school in Mandan area of Bannu
District on September 13. The funeral prayers of the slain policemen were offered at Police Lines in
Dera Ismail Khan.
""", "The Express Tribune",
    [AG("Tehreek-e-Taliban Pakistan", ["Fitna al Khawarij", "Tehreek-e-Taliban Pakistan", "TTP", "khwarij"]),
     SF("Police", ["policemen", "police", "Police"]),
     SF("Security Forces", ["security forces"]),
     SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    [PE("Malik Noor Khan", ["Malik Noor Khan"], ["former member of a local peace committee", "shot dead"])],
    [P("Gara Mastan", "town", KP, "Dera Ismail Khan"), P("Paharpur", "area", KP, "Dera Ismail Khan"),
     P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"), PROV(KP),
     P("Jandola", "town", KP, "Tank"), P("Tank District", "district", KP, "Tank"),
     P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
     P("Tajori", "town", KP, "Lakki Marwat"), P("Mandan", "area", KP, "Bannu"),
     P("Bannu District", "district", KP, "Bannu"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan")],
    [I("stormed the police station in Gara Mastan village", B, "Armed clash", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Police", "Gara Mastan", 1, "on the night of September 11", 7,
       {"security_forces": 3, "militants": 4}, 2,
       "The text itself names the attackers as Fitna al Khawarij and glosses that as the TTP, so "
       "actor1 is TTP (a named perpetrator, not an unidentified one). Three policemen and four "
       "attackers killed; two policemen injured."),
     I("security forces killed six khwarij in an intelligence-based operation", B, "Armed clash",
       None, "Security Forces", "Tehreek-e-Taliban Pakistan", "Jandola", 1, "On September 12", 6,
       {"militants": 6}, None,
       "State IBO, GTD null. 'Khwarij' is the state's word for members of Fitna al Khawarij, which "
       "the report equates with the TTP, so actor2 is TTP (judgement; Unidentified is the "
       "alternative). Recovered weapons are part of the event."),
     I("unidentified gunmen on a motorcycle shot dead a former member of a local peace committee", V,
       "Attack", "Armed Assault", UAG, CIV, "Tajori", 1, "on September 12", 1, {}, None,
       "A former peace-committee member was no longer part of the militia, so the target is coded "
       "as a civilian; but the text gives him no civilian role, and a (former) pro-government "
       "militiaman fits none of the sides, so killed_by_side is empty."),
     I("the Bomb Disposal Squad (BDS) defused a 10-kilogramme improvised explosive device", S,
       "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, "Mandan", 1,
       "on September 13", 0, {}, None, "A defused IED near a school: Disrupted weapons use.")],
    ["The funeral prayers of the slain policemen were offered at Police Lines in Dera Ismail Khan"])

# ---------------------------------------------------------------- FD-14 Kalat / Kachhi
report(14, """
Gunmen blocked the N-25 highway near Khalaq village in Kalat District of Balochistan on the evening of
March 3, checked the identity cards of passengers travelling in two buses and shot dead seven of them
who hailed from Punjab, reports Dawn. Deputy Commissioner Kalat, Jameel Ahmed Zehri, said the assailants
also set two trucks on fire before fleeing into the mountains. The proscribed Balochistan Liberation
Army (BLA), which the government refers to as Fitna al Hindustan, claimed responsibility for the
killings. Earlier the same day, militants attacked a Levies station in Nimargh area of the district,
killing two Levies personnel and taking away weapons. On March 4, a portion of the railway track was
blown up near Mushkaf in Kachhi District (Bolan), suspending train service between Quetta and
Jacobabad. No one was hurt in the blast. Security forces conducted an operation in the Harboi hills on
March 5 and killed five terrorists of Fitna al Hindustan who were involved in the highway attack, the
Inter-Services Public Relations (ISPR) said.
""", "Dawn",
    [AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA", "Fitna al Hindustan"]),
     SF("Levies", ["Levies"]), SF("Security Forces", ["Security forces"])],
    [PE("Jameel Ahmed Zehri", ["Jameel Ahmed Zehri"], ["Deputy Commissioner Kalat"])],
    [P("Khalaq", "town", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat"), PROV(BA),
     PROV(PU), P("Nimargh", "area", BA, "Kalat"), P("Mushkaf", "area", BA, "Kachhi"),
     P("Kachhi District", "district", BA, "Kachhi"), P("Bolan", "area", BA, "Kachhi"),
     P("Quetta", "city", BA, "Quetta"), P("Jacobabad", "city", SI, "Jacobabad"),
     P("Harboi", "area", BA, "Kalat")],
    [I("checked the identity cards of passengers travelling in two buses and shot dead seven of them",
       V, "Attack", "Armed Assault", "Balochistan Liberation Army", CIV, "Khalaq", 2,
       "on the evening of March 3", 7, {"civilians": 7}, None,
       "Passengers singled out by origin and shot: an attack on civilians (passengers, a civilian "
       "role). The BLA claimed 'the killings', so it is actor1. The burning of two trucks is part of "
       "the same event. 'Near' Khalaq, hence precision 2."),
     I("militants attacked a Levies station in Nimargh area", B, "Armed clash", "Armed Assault",
       UAG, "Levies", "Nimargh", 1, "Earlier the same day", 2, {"security_forces": 2}, None,
       "An attack on a Levies station: Battles/Armed clash. The BLA claim names only the highway "
       "killings, so this stays Unidentified. The weapons taken are part of the attack."),
     I("a portion of the railway track was blown up near Mushkaf", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, "Mushkaf", 2, "On March 4",
       0, {}, 0,
       "Infrastructure bombing with 'No one was hurt', so killed and injured 0 and actor2 null. "
       "Kachhi District is the former Bolan District."),
     I("Security forces conducted an operation in the Harboi hills", B, "Armed clash", None,
       "Security Forces", "Balochistan Liberation Army", "Harboi", 2, "on March 5", 5,
       {"militants": 5}, None,
       "State operation, GTD null. The report identifies the BLA with 'Fitna al Hindustan', so the "
       "five 'terrorists of Fitna al Hindustan' are coded as BLA (judgement). A hill range, "
       "precision 2.")],
    ["The proscribed Balochistan Liberation Army (BLA), which the government refers to as Fitna al Hindustan, claimed responsibility for the killings"])

# ---------------------------------------------------------------- FD-15 interior Sindh
report(15, """
A low-intensity bomb went off on the railway track near Sangi railway station in Pano Aqil tehsil of
Sukkur District in Sindh on May 16, damaging a portion of the track minutes before the arrival of a
passenger train, reports Dawn. The banned Sindhudesh Liberation Army (SDLA) claimed responsibility in
pamphlets found at the site. No casualties were reported. The next day, armed men abducted a Hindu
trader, identified as Dileep Kumar, from his shop in Kandhkot town of Kashmore District. Police suspect
that the kidnappers took him to the riverine katcha area. On May 18, a police constable and two
dacoits were killed in an encounter during an operation against criminal gangs in the katcha area of
Garhi Tegho in Shikarpur District. Senior Superintendent of Police (SSP) Shikarpur said three other
dacoits were arrested and six Kalashnikovs were recovered.
""", "Dawn",
    [AG("Sindhudesh Liberation Army", ["Sindhudesh Liberation Army", "SDLA"]),
     SF("Police", ["Police", "police"])],
    [PE("Dileep Kumar", ["Dileep Kumar"], ["Hindu trader", "abducted"])],
    [P("Sangi", "town", SI, "Sukkur"), P("Pano Aqil", "area", SI, "Sukkur"),
     P("Sukkur District", "district", SI, "Sukkur"), PROV(SI),
     P("Kandhkot", "town", SI, "Kashmore"), P("Kashmore District", "district", SI, "Kashmore"),
     P("Garhi Tegho", "area", SI, "Shikarpur"), P("Shikarpur District", "district", SI, "Shikarpur")],
    [I("A low-intensity bomb went off on the railway track near Sangi railway station", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Liberation Army", None,
       "Sangi", 2, "on May 16", 0, {}, 0,
       "The SDLA claimed it by pamphlet, so it is actor1. Track damaged, 'No casualties were "
       "reported', so killed and injured 0 and actor2 null. 'Near' the station, precision 2."),
     I("armed men abducted a Hindu trader, identified as Dileep Kumar", V,
       "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, "Kandhkot", 1,
       "The next day", 0, {}, None,
       "Abduction of a trader by unidentified armed men, probably criminal (taken to the katcha "
       "area); coded as an abduction since the text names no group. 'The next day' = May 17."),
     I("a police constable and two dacoits were killed in an encounter", B, "Armed clash", None,
       "Police", UAG, "Garhi Tegho", 2, "On May 18", 3, {"security_forces": 1}, None,
       "A police operation against criminal gangs that became a gunfight; state-initiated, GTD null. "
       "Dacoits are criminals, not militants or civilians, so only the constable gets a side "
       "(killed 3, security_forces 1). The three arrests and recovered rifles are part of it. "
       "'Katcha area of Garhi Tegho', precision 2.")])

# ---------------------------------------------------------------- FD-16 Peshawar
report(16, """
Seven persons, including the bomber, two policemen and four passers-by, were killed and 19 others
injured when a suicide bomber on foot blew himself up near a police mobile van in Sikandarpura area of
Peshawar, the provincial capital of Khyber Pakhtunkhwa, on August 30, reports The News. The Capital City
Police Officer (CCPO) said the bomber tried to approach the van but detonated his explosives when a
constable challenged him. Police arrested 16 suspects during a search operation in the surrounding
localities after the blast. In another incident, unidentified persons hurled a hand grenade at a music
shop in Tehkal area on August 30, injuring the shopkeeper. Two rockets fired from the direction of
Khyber Agency landed in open fields near Sarband on the night of August 30, causing no casualties.
""", "The News",
    [SF("Police", ["policemen", "police", "Police"])],
    [],
    [P("Sikandarpura", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"), PROV(KP),
     P("Tehkal", "area", KP, "Peshawar"), P("Khyber Agency", "district", KP, "Khyber"),
     P("Sarband", "area", KP, "Peshawar")],
    [I("a suicide bomber on foot blew himself up near a police mobile van", E, "Suicide bomb",
       "Bombing/Explosion", UAG, "Police", "Sikandarpura", 1, "on August 30", 7,
       {"militants": 1, "security_forces": 2, "civilians": 4}, 19,
       "The text counts the bomber among the seven dead, so killed = 7 with him as a militant. "
       "Passers-by are a civilian role. The 16 arrests after the blast are tied to it and are not a "
       "separate incident."),
     I("unidentified persons hurled a hand grenade at a music shop", E, "Grenade",
       "Bombing/Explosion", UAG, CIV, "Tehkal", 1, "on August 30", 0, {}, 1,
       "Grenade on a music shop; the shopkeeper was injured."),
     I("Two rockets fired from the direction of Khyber Agency landed in open fields near Sarband", E,
       "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, None, "Sarband", 2,
       "on the night of August 30", 0, {}, 0,
       "Rocket fire with no target hit and 'no casualties', so actor2 null and killed/injured 0. "
       "Coded where the rockets landed; Khyber Agency is only the direction of fire.")],
    ["Police arrested 16 suspects during a search operation in the surrounding localities after the blast"])

# ---------------------------------------------------------------- FD-17 Mohmand
report(17, """
Security Forces (SFs) regained control of the strategic Tor Ghundai hilltop in Baizai tehsil (revenue
unit) of Mohmand Agency on April 22 after a day-long battle in which 23 militants and three soldiers
were killed, reports The News. Officials said militants had occupied the hilltop, which overlooks the
main road to Ghalanai, for nearly two months and used it to fire on passing convoys. Helicopter
gunships supported the ground troops. In a separate incident, three members of a government-backed
peace committee were killed when a roadside bomb struck their vehicle near Mian Mandi on April 22.
Meanwhile, militants blew up the house of a pro-government tribal elder, Malik Zarin Khan, in Halimzai
tehsil on April 23. The family had shifted to Peshawar a week earlier and no one was hurt.
""", "The News",
    [SF("Security Forces", ["Security Forces", "SFs", "soldiers"])],
    [PE("Malik Zarin Khan", ["Malik Zarin Khan"], ["pro-government tribal elder"])],
    [P("Tor Ghundai", "area", KP, "Mohmand"), P("Baizai", "area", KP, "Mohmand"),
     P("Mohmand Agency", "district", KP, "Mohmand"), P("Ghalanai", "town", KP, "Mohmand"),
     P("Mian Mandi", "town", KP, "Mohmand"), P("Halimzai", "area", KP, "Mohmand"),
     P("Peshawar", "city", KP, "Peshawar")],
    [I("Security Forces (SFs) regained control of the strategic Tor Ghundai hilltop", B,
       "Government regains territory", None, "Security Forces", UAG, "Tor Ghundai", 1,
       "on April 22", 26, {"militants": 23, "security_forces": 3}, None,
       "Forces retook a position militants had held for two months: Government regains territory. "
       "State offensive, GTD null. Gunship support is part of the same battle. The earlier "
       "occupation is background without a date and is not coded."),
     I("a roadside bomb struck their vehicle near Mian Mandi", E, "Remote explosive/landmine/IED",
       "Bombing/Explosion", UAG, UAG, "Mian Mandi", 2, "on April 22", 3, {}, None,
       "Targets were members of an unnamed pro-government peace committee; as in dev-81 the militia "
       "is not listed and actor2 is Unidentified Armed Group, and pro-government militiamen fit "
       "none of the sides. 'Near' Mian Mandi, precision 2."),
     I("militants blew up the house of a pro-government tribal elder, Malik Zarin Khan", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, CIV, "Halimzai", 2,
       "on April 23", 0, {}, 0,
       "House of a named elder blown up with no one hurt; as with the MPA's house in dev-0, actor2 "
       "is Civilians. Tehsil only, precision 2.")])

# ---------------------------------------------------------------- FD-18 policy (no incident)
report(18, """
The Federal Minister for Interior said on January 9 that the government would not hold talks with the
proscribed Tehreek-e-Taliban Pakistan (TTP) unless the group laid down its arms and accepted the
Constitution, reports Dawn. Addressing a press conference in Islamabad after a meeting of the National
Counter Terrorism Authority (NACTA), the minister said, "We will not negotiate with those who have the
blood of our children on their hands." He said the interim government in Afghanistan had been asked
once again to stop the use of its soil against Pakistan. Separately, the Khyber Pakhtunkhwa Apex
Committee approved a plan to raise the strength of the Counter Terrorism Department (CTD) by 1,500
personnel and to provide night-vision equipment and armoured vehicles to police stations in the
southern districts, including Lakki Marwat and Bannu. The committee also decided to set up a special
fund for the families of police personnel killed in the line of duty. An official said the plan would
be implemented within six months.
""", "Dawn",
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     SF("Police", ["police"])],
    [],
    [P("Islamabad", "city", IC, "Islamabad"), COUNTRY("Afghanistan"), PROV(KP),
     P("Lakki Marwat", "district", KP, "Lakki Marwat"), P("Bannu", "district", KP, "Bannu")],
    [],
    ["the government would not hold talks with the proscribed Tehreek-e-Taliban Pakistan (TTP)",
     "the Khyber Pakhtunkhwa Apex Committee approved a plan to raise the strength of the Counter Terrorism Department (CTD)"],
    [{"speaker": "Federal Minister for Interior", "starts": "We will not negotiate with those"}])

# ---------------------------------------------------------------- FD-19 Lakki Marwat / Bannu
report(19, """
A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists in Shahbaz
Khel area of Lakki Marwat District on April 26, reports Dawn. The two female vaccinators remained
unhurt. The district administration suspended the polio campaign in the area for two days after the
attack. The same day, unidentified militants abducted two employees of a mobile phone company from
Jani Khel area of Bannu District while they were repairing a tower, and took them to an unknown
location. On the night of April 27, the Counter Terrorism Department (CTD) killed three militants of
the Hafiz Gul Bahadur group in a raid on a hideout in Bakakhel area of Bannu. A CTD spokesman said the
slain militants were involved in attacks on polio teams and police in the region, and a CTD official
was injured in the exchange of fire.
""", "Dawn",
    [SF("Police", ["policeman", "police"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
     AG("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"])],
    [],
    [P("Shahbaz Khel", "area", KP, "Lakki Marwat"),
     P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
     P("Jani Khel", "area", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
     P("Bakakhel", "area", KP, "Bannu"), P("Bannu", "city", KP, "Bannu")],
    [I("A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists",
       B, "Armed clash", "Armed Assault", UAG, "Police", "Shahbaz Khel", 1, "on April 26", 1,
       {"security_forces": 1}, 0,
       "The only person hit was the police escort, so it is an attack on police (Battles/Armed "
       "clash per the rules), even though the polio team may have been the target. The vaccinators "
       "'remained unhurt', so injured 0. The suspension of the campaign is not an incident."),
     I("unidentified militants abducted two employees of a mobile phone company", V,
       "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, "Jani Khel", 1,
       "The same day", 0, {}, None, "Two telecom workers abducted; fate unknown."),
     I("the Counter Terrorism Department (CTD) killed three militants of the Hafiz Gul Bahadur group in a raid",
       B, "Armed clash", None, "Counter Terrorism Department", "Hafiz Gul Bahadur Group",
       "Bakakhel", 1, "On the night of April 27", 3, {"militants": 3}, 1,
       "A CTD raid with an exchange of fire; state-initiated, GTD null. One CTD official injured.")],
    ["The district administration suspended the polio campaign in the area for two days after the attack"])

# ---------------------------------------------------------------- FD-20 Orakzai / Hangu
report(20, """
A suicide bomber blew himself up among worshippers leaving a Shia mosque after Friday prayers in Samo
Kalay village near Kalaya in Lower Orakzai tehsil of Orakzai Agency on February 1, killing 17
worshippers and injuring 28 others, reports Dawn. The toll rose to 20 on February 2 after three of the
injured died in hospitals in Kohat and Peshawar. A spokesman of the Tehreek-e-Taliban Pakistan (TTP),
Qari Shahid Umar, claimed responsibility for the attack in a telephone call to journalists. On
February 2, militants fired six rockets at Hangu city, one of which hit a house in Kotki area,
injuring three children. Helicopter gunships of the security forces pounded militant hideouts in
Ghiljo area of Upper Orakzai on February 2, killing 12 militants, official sources said. Local
residents said the funeral prayers of the mosque bombing victims were held amid tight security.
""", "Dawn",
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     SF("Security Forces", ["security forces"])],
    [PE("Qari Shahid Umar", ["Qari Shahid Umar"], ["TTP spokesman"])],
    [P("Samo Kalay", "town", KP, "Orakzai"), P("Kalaya", "town", KP, "Orakzai"),
     P("Lower Orakzai", "area", KP, "Orakzai"), P("Orakzai Agency", "district", KP, "Orakzai"),
     P("Kohat", "city", KP, "Kohat"), P("Peshawar", "city", KP, "Peshawar"),
     P("Hangu", "city", KP, "Hangu"), P("Kotki", "area", KP, "Hangu"),
     P("Ghiljo", "area", KP, "Orakzai"), P("Upper Orakzai", "area", KP, "Orakzai")],
    [I("A suicide bomber blew himself up among worshippers leaving a Shia mosque", E,
       "Suicide bomb", "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", CIV, "Samo Kalay", 1,
       "on February 1", 20, {"civilians": 20}, 25,
       "TTP claimed it, so TTP is actor1. 17 worshippers died at once and three of the 28 injured "
       "died later: killed 20, injured 25 (each person counted once). Worshippers are a civilian "
       "role. The bomber is not counted."),
     I("militants fired six rockets at Hangu city", E, "Shelling/artillery/missile attack",
       "Bombing/Explosion", UAG, CIV, "Kotki", 1, "On February 2", 0, {}, 3,
       "Rocket fire, no gunfire: Shelling. Coded to Kotki, where the rocket that injured three "
       "children hit a house."),
     I("Helicopter gunships of the security forces pounded militant hideouts in Ghiljo area", E,
       "Air/drone strike", None, "Security Forces", UAG, "Ghiljo", 1, "on February 2", 12,
       {"militants": 12}, None, "State air strikes, GTD null; official figures taken as stated.")],
    ["The toll rose to 20 on February 2 after three of the injured died in hospitals in Kohat and Peshawar",
     "claimed responsibility for the attack in a telephone call to journalists",
     "the funeral prayers of the mosque bombing victims were held amid tight security"])

# ---------------------------------------------------------------- FD-21 Killa Abdullah / Pishin / Quetta
report(21, """
A former senator, Haji Gul Mir Kakar, survived a remote-controlled bomb attack on his vehicle in
Gulistan area of Killa Abdullah District on September 9, but one of his guards was killed and two
others were injured, reports The Express Tribune. Levies officials said the device had been planted in
a culvert on the Gulistan-Qila Abdullah road. No group claimed responsibility. On September 10, four
militants of the Islamic State-Khorasan Province (ISKP) were killed in an encounter with the Counter
Terrorism Department (CTD) in Saranan area of Pishin District. The CTD said the militants opened fire
when the team raided their hideout, injuring a CTD official. Suicide vests and hand grenades were
recovered. Elsewhere, four persons were injured when unidentified men hurled a hand grenade at a
roadside hotel in Kuchlak town on the outskirts of Quetta on September 10.
""", "The Express Tribune",
    [SF("Levies", ["Levies"]),
     AG("Islamic State-Khorasan Province", ["Islamic State-Khorasan Province", "ISKP"]),
     SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
    [PE("Haji Gul Mir Kakar", ["Haji Gul Mir Kakar"], ["former senator", "survived a bomb attack"])],
    [P("Gulistan", "town", BA, "Killa Abdullah"),
     P("Killa Abdullah District", "district", BA, "Killa Abdullah"),
     P("Saranan", "area", BA, "Pishin"), P("Pishin District", "district", BA, "Pishin"),
     P("Kuchlak", "town", BA, "Quetta"), P("Quetta", "city", BA, "Quetta")],
    [I("A former senator, Haji Gul Mir Kakar, survived a remote-controlled bomb attack on his vehicle",
       E, "Remote explosive/landmine/IED", "Assassination", UAG, CIV, "Gulistan", 1,
       "on September 9", 1, {"civilians": 1}, 2,
       "A remote-controlled bomb aimed at a named former senator: ACLED IED, GTD Assassination (a "
       "specific prominent target). The dead guard takes his principal's side, so civilian. 'Qila "
       "Abdullah' in the road name is a spelling variant of Killa Abdullah."),
     I("four militants of the Islamic State-Khorasan Province (ISKP) were killed in an encounter", B,
       "Armed clash", None, "Counter Terrorism Department", "Islamic State-Khorasan Province",
       "Saranan", 1, "On September 10", 4, {"militants": 4}, 1,
       "A CTD raid that became a gunfight; state-initiated, GTD null. One CTD official injured; the "
       "recovered vests and grenades are part of the event."),
     I("unidentified men hurled a hand grenade at a roadside hotel in Kuchlak town", E, "Grenade",
       "Bombing/Explosion", UAG, CIV, "Kuchlak", 1, "on September 10", 0, {}, 4,
       "Grenade on a roadside hotel; four 'persons' injured.")])

# ---------------------------------------------------------------- FD-22 Karachi
report(22, """
Three militants of the Tehreek-e-Taliban Pakistan (TTP) were killed in an encounter with police in
Kunwari Colony of Manghopir in Karachi, the provincial capital of Sindh, on the night of March 12,
reports Dawn. SSP West said the police party was fired upon when it went to arrest the suspects, who
were wanted for the killing of policemen in the area. A police constable was injured. On March 13, a
female polio worker, identified as Shazia Bibi, was shot dead and her colleague injured when two
gunmen on a motorcycle opened fire at them in Ittehad Town of Baldia. Separately, the Pakistan Rangers
arrested four suspected members of the proscribed Lashkar-e-Jhangvi (LeJ) during a targeted operation
in Lyari on March 13 and recovered weapons and a hit list from their possession. A Rangers spokesman
said the suspects were involved in sectarian target killings.
""", "Dawn",
    [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     SF("Police", ["police", "policemen"]),
     SF("Pakistan Rangers", ["Pakistan Rangers", "Rangers"]),
     AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"])],
    [PE("Shazia Bibi", ["Shazia Bibi"], ["female polio worker", "shot dead"])],
    [P("Kunwari Colony", "area", SI, "Karachi"), P("Manghopir", "area", SI, "Karachi"),
     P("Karachi", "city", SI, "Karachi"), PROV(SI), P("Ittehad Town", "area", SI, "Karachi"),
     P("Baldia", "area", SI, "Karachi"), P("Lyari", "area", SI, "Karachi")],
    [I("Three militants of the Tehreek-e-Taliban Pakistan (TTP) were killed in an encounter with police",
       B, "Armed clash", None, "Police", "Tehreek-e-Taliban Pakistan", "Kunwari Colony", 1,
       "on the night of March 12", 3, {"militants": 3}, 1,
       "A police arrest raid met with fire; state-initiated, GTD null. One constable injured."),
     I("a female polio worker, identified as Shazia Bibi, was shot dead and her colleague injured",
       V, "Attack", "Armed Assault", UAG, CIV, "Ittehad Town", 1, "On March 13", 1,
       {"civilians": 1}, 1,
       "A polio worker is a civilian role. No Karachi district is named (only Baldia), so admin2 is "
       "Karachi."),
     I("the Pakistan Rangers arrested four suspected members of the proscribed Lashkar-e-Jhangvi (LeJ)",
       S, "Arrests", None, "Pakistan Rangers", "Lashkar-e-Jhangvi", "Lyari", 1, "on March 13", 0,
       {}, None,
       "Arrests not tied to the other reported incidents, so their own Arrests record; recovered "
       "weapons and a hit list are part of it.")])

# ---------------------------------------------------------------- FD-23 Punjab
report(23, """
The prayer leader of a local mosque, Qari Habibullah, was shot dead by two motorcyclists while he was
returning home after Isha prayers in Dhok Hassu area of Rawalpindi on July 14, reports The Express
Tribune. Police said the killing appeared to be sectarian. On July 15, hundreds of protesters blocked
Murree Road with the body of the cleric, demanding the arrest of the killers. Police fired tear gas
shells and baton-charged the protesters to clear the road, and at least 12 of them were arrested. In
Sheikhupura District, a mob of several hundred people ransacked and torched two houses in Kot Nihal
village on July 15 after a resident of the village was accused of desecrating the Holy Quran. Police
rescued the accused and his family and shifted them to an undisclosed location. Two policemen were
injured by stones thrown by the mob. A case was registered against 150 unidentified persons.
""", "The Express Tribune",
    [SF("Police", ["Police", "policemen"])],
    [PE("Qari Habibullah", ["Qari Habibullah"], ["prayer leader of a local mosque", "shot dead"])],
    [P("Dhok Hassu", "area", PU, "Rawalpindi"), P("Rawalpindi", "city", PU, "Rawalpindi"),
     P("Murree Road", "area", PU, "Rawalpindi"),
     P("Sheikhupura District", "district", PU, "Sheikhupura"),
     P("Kot Nihal", "town", PU, "Sheikhupura")],
    [I("The prayer leader of a local mosque, Qari Habibullah, was shot dead by two motorcyclists", V,
       "Attack", "Armed Assault", UAG, CIV, "Dhok Hassu", 1, "on July 14", 1, {"civilians": 1},
       None,
       "Apparently sectarian killing of a local prayer leader; a local imam is not a prominent "
       "figure, so GTD Armed Assault rather than Assassination. A prayer leader is a civilian role."),
     I("hundreds of protesters blocked Murree Road with the body of the cleric", PR,
       "Protest with intervention", None, "Protesters", "Police", "Murree Road", 1, "On July 15", 0,
       {}, None,
       "Police used tear gas and batons (non-lethal) and arrested at least 12: Protest with "
       "intervention. The arrests are part of the event. Protests get no GTD type."),
     I("a mob of several hundred people ransacked and torched two houses in Kot Nihal village", RI,
       "Mob violence", None, "Rioters", CIV, "Kot Nihal", 1, "on July 15", 0, {}, 2,
       "A mob attack over a blasphemy accusation: Riots/Mob violence, generic actor 'Rioters'. The "
       "two injured are policemen hit by stones; no one was killed. The case registration is not an "
       "incident.")],
    ["A case was registered against 150 unidentified persons"])

# ---------------------------------------------------------------- FD-24 assessment (no incident)
report(24, """
Militant violence in Pakistan rose by 23 percent in May compared with the previous month, according to
a monthly security assessment released by the Pakistan Institute for Conflict and Security Studies
(PICSS) in Islamabad on June 2, reports The News. The report recorded 84 militant attacks during the
month, which left 117 people dead, including 52 security forces personnel, 38 civilians and 27
militants. Khyber Pakhtunkhwa remained the worst-affected province with 61 attacks, most of them in the
southern districts and the merged tribal districts, followed by Balochistan with 19 attacks. The think
tank said the Tehreek-e-Taliban Pakistan (TTP) and its affiliates were behind most attacks in Khyber
Pakhtunkhwa, while the Balochistan Liberation Army (BLA) was responsible for the majority of attacks in
Balochistan. It noted a growing use of quadcopters and sniper rifles against police posts in Bannu and
Lakki Marwat. Security forces killed 96 militants in operations across the country during the month,
the report added. The assessment warned that violence could increase further if cross-border
sanctuaries in Afghanistan were not addressed.
""", "The News",
    [SF("Security Forces", ["security forces", "Security forces"]),
     AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
     SF("Police", ["police"])],
    [],
    [P("Islamabad", "city", IC, "Islamabad"), PROV(KP), PROV(BA),
     P("Bannu", "district", KP, "Bannu"), P("Lakki Marwat", "district", KP, "Lakki Marwat"),
     COUNTRY("Afghanistan")],
    [],
    ["The report recorded 84 militant attacks during the month",
     "Security forces killed 96 militants in operations across the country during the month",
     "a growing use of quadcopters and sniper rifles against police posts in Bannu and Lakki Marwat"])

# ---------------------------------------------------------------- FD-25 Dir / Shangla
report(25, """
Dozens of militants captured a Levies post at Banda in Maidan area of Lower Dir District on May 2 after
a three-hour gun battle in which two Levies personnel were killed, reports Dawn. The militants hoisted
their flag on the post and took away the weapons stored there. Security Forces (SFs) regained control
of the post on May 4 after an operation backed by artillery, killing nine militants, officials said.
Meanwhile, a schoolteacher and his son were killed when their car hit a roadside bomb near Wari town of
Upper Dir District on May 3. Elsewhere, militants looted medicines and set fire to a Basic Health Unit
in Chakesar area of Shangla District on May 3. The staff had fled before the attackers arrived.
""", "Dawn",
    [SF("Levies", ["Levies"]), SF("Security Forces", ["Security Forces", "SFs"])],
    [],
    [P("Banda", "town", KP, "Lower Dir"), P("Maidan", "area", KP, "Lower Dir"),
     P("Lower Dir District", "district", KP, "Lower Dir"), P("Wari", "town", KP, "Upper Dir"),
     P("Upper Dir District", "district", KP, "Upper Dir"), P("Chakesar", "area", KP, "Shangla"),
     P("Shangla District", "district", KP, "Shangla")],
    [I("Dozens of militants captured a Levies post at Banda", B, "Non-state actor overtakes territory",
       "Armed Assault", UAG, "Levies", "Banda", 1, "on May 2", 2, {"security_forces": 2}, None,
       "Militants took and held a Levies post after a gun battle (flag hoisted, weapons taken): "
       "Non-state actor overtakes territory. 'Dozens of militants' is the attackers' strength, not "
       "a casualty count."),
     I("Security Forces (SFs) regained control of the post", B, "Government regains territory",
       None, "Security Forces", UAG, "Banda", 1, "on May 4", 9, {"militants": 9}, None,
       "The same post retaken two days later: a separate Government regains territory event. "
       "State operation, GTD null; artillery support is part of it."),
     I("their car hit a roadside bomb near Wari town", E, "Remote explosive/landmine/IED",
       "Bombing/Explosion", UAG, CIV, "Wari", 2, "on May 3", 2, {"civilians": 2}, None,
       "A schoolteacher (civilian role) and his son killed; the son of a civilian is counted as a "
       "civilian, by analogy with the rule that a militant's family are civilians (judgement). "
       "'Near' Wari, precision 2."),
     I("militants looted medicines and set fire to a Basic Health Unit", S,
       "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, "Chakesar", 1,
       "on May 3", 0, {}, None,
       "Looting and arson of a health unit with no one present: Looting/property destruction, GTD "
       "Facility/Infrastructure Attack. No casualties are stated, so injured null.")])

# ---------------------------------------------------------------- FD-26 Balochistan
report(26, """
Three persons were injured when unidentified assailants hurled a hand grenade at the election office of
a National Party (NP) candidate in Khuzdar town on April 28, reports Daily Times. The candidate was not
present at the time. On the same day, a local journalist, identified as Abdul Razzaq Sasoli, was shot
dead by gunmen near the press club in Wadh town of Khuzdar District. He had received threats for his
reporting on enforced disappearances, his colleagues said. Separately, militants blew up an electricity
pylon near Dera Murad Jamali in Naseerabad District on the night of April 28, plunging several districts
into darkness. The United Baloch Army (UBA) claimed responsibility for the blast. In Kohlu District, the
Frontier Corps (FC) recovered a large cache of arms and explosives, including 300 kilogrammes of
ammonium nitrate and 50 detonators, from a cave in Killi Mewand area during a search operation on April
29.
""", "Daily Times",
    [AG("United Baloch Army", ["United Baloch Army", "UBA"]),
     SF("Frontier Corps", ["Frontier Corps", "FC"])],
    [PE("Abdul Razzaq Sasoli", ["Abdul Razzaq Sasoli"], ["local journalist", "shot dead"])],
    [P("Khuzdar", "city", BA, "Khuzdar"), P("Wadh", "town", BA, "Khuzdar"),
     P("Khuzdar District", "district", BA, "Khuzdar"),
     P("Dera Murad Jamali", "town", BA, "Naseerabad"),
     P("Naseerabad District", "district", BA, "Naseerabad"),
     P("Kohlu District", "district", BA, "Kohlu"), P("Killi Mewand", "town", BA, "Kohlu")],
    [I("unidentified assailants hurled a hand grenade at the election office of a National Party (NP) candidate",
       E, "Grenade", "Bombing/Explosion", UAG, CIV, "Khuzdar", 1, "on April 28", 0, {}, 3,
       "Grenade on a party candidate's election office; three 'persons' injured. National Party is "
       "a party and is not listed."),
     I("a local journalist, identified as Abdul Razzaq Sasoli, was shot dead by gunmen", V, "Attack",
       "Armed Assault", UAG, CIV, "Wadh", 1, "On the same day", 1, {"civilians": 1}, None,
       "A targeted killing of a local journalist (civilian role). Judgement: a local reporter is not "
       "a prominent figure, so GTD Armed Assault; Assassination is the alternative. 'Near the press "
       "club in Wadh town' is in the town, precision 1."),
     I("militants blew up an electricity pylon near Dera Murad Jamali", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", "United Baloch Army", None,
       "Dera Murad Jamali", 2, "on the night of April 28", 0, {}, None,
       "Infrastructure bombing claimed by the UBA. No casualties are mentioned; actor2 null. 'Near', "
       "precision 2."),
     I("the Frontier Corps (FC) recovered a large cache of arms and explosives", S,
       "Disrupted weapons use", None, "Frontier Corps", UAG, "Killi Mewand", 1, "on April 29", 0,
       {}, None,
       "Seizure of explosives during a search operation: Disrupted weapons use, no GTD type "
       "(search operation).")])

# ---------------------------------------------------------------- FD-27 Khyber District
report(27, """
Two policemen and an attacker were killed when militants attacked a police check post in Shakas area of
Jamrud tehsil in Khyber District in the early hours of November 19, reports Dawn. The Tehreek-e-Taliban
Pakistan (TTP) claimed responsibility for the attack. The police said the attackers used hand grenades
and automatic weapons, and the body of the slain attacker was shifted to the hospital in Jamrud. In
Landi Kotal bazaar, two Frontier Corps (FC) personnel and four passers-by were injured when a bomb
hidden in a rickshaw exploded near an FC vehicle on November 19. Separately, the bodies of two
brothers, who had been abducted by unidentified armed men three days earlier, were found in Sur Kamar
area of Tirah valley on November 20. Relatives said the brothers had been kidnapped for ransom.
""", "Dawn",
    [SF("Police", ["policemen", "police"]),
     AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
     SF("Frontier Corps", ["Frontier Corps", "FC"])],
    [],
    [P("Shakas", "area", KP, "Khyber"), P("Jamrud", "town", KP, "Khyber"),
     P("Khyber District", "district", KP, "Khyber"), P("Landi Kotal", "town", KP, "Khyber"),
     P("Sur Kamar", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber")],
    [I("militants attacked a police check post in Shakas area", B, "Armed clash", "Armed Assault",
       "Tehreek-e-Taliban Pakistan", "Police", "Shakas", 1, "in the early hours of November 19", 3,
       {"security_forces": 2, "militants": 1}, None,
       "Grenades and automatic weapons against a check post: Battles/Armed clash. TTP claimed it, so "
       "TTP is actor1. The slain attacker is a militant."),
     I("a bomb hidden in a rickshaw exploded near an FC vehicle", E, "Remote explosive/landmine/IED",
       "Bombing/Explosion", UAG, "Frontier Corps", "Landi Kotal", 1, "on November 19", 0, {}, 6,
       "Bomb aimed at an FC vehicle; two FC men and four passers-by injured, no deaths. The TTP "
       "claim covers only the check-post attack."),
     I("the bodies of two brothers, who had been abducted by unidentified armed men three days earlier, were found",
       V, "Attack", "Hostage Taking (Kidnapping)", UAG, CIV, "Sur Kamar", 1, "on November 20", 2,
       {}, None,
       "Abducted and later killed: Attack with GTD Hostage Taking (Kidnapping). Date is the day the "
       "bodies were found. 'Brothers' carries no status, so no side. Kidnapping for ransom suggests "
       "crime, but no group is named.")])

# ---------------------------------------------------------------- FD-28 Makran coast
report(28, """
Two personnel of the Pakistan Coast Guards were killed and three others injured when a roadside
improvised explosive device (IED) struck their vehicle near Jiwani in Gwadar District on August 14,
reports Dawn. The Balochistan Liberation Front (BLF) claimed responsibility for the attack. In another
incident, armed men abducted two engineers of a private construction company working on a dam project
from their camp near Tump town of Kech District on August 15. Levies officials said the engineers, both
from Khyber Pakhtunkhwa, were taken towards the mountains. The same day, police defused two IEDs planted
under a culvert on the Marine Drive in Gwadar city hours before a ceremony was to be held nearby.
Police said the devices, weighing four kilogrammes each, were to be detonated with a remote control.
""", "Dawn",
    [SF("Pakistan Coast Guards", ["Pakistan Coast Guards"]),
     AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
     SF("Levies", ["Levies"]), SF("Police", ["police", "Police"])],
    [],
    [P("Jiwani", "town", BA, "Gwadar"), P("Gwadar District", "district", BA, "Gwadar"),
     P("Tump", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech"), PROV(KP),
     P("Marine Drive", "area", BA, "Gwadar"), P("Gwadar", "city", BA, "Gwadar")],
    [I("a roadside improvised explosive device (IED) struck their vehicle near Jiwani", E,
       "Remote explosive/landmine/IED", "Bombing/Explosion", "Balochistan Liberation Front",
       "Pakistan Coast Guards", "Jiwani", 2, "on August 14", 2, {"security_forces": 2}, 3,
       "BLF claimed the attack. Two Coast Guards personnel killed; 'three others' injured. 'Near' "
       "Jiwani, precision 2."),
     I("armed men abducted two engineers of a private construction company", V,
       "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, "Tump", 2,
       "on August 15", 0, {}, None,
       "Two engineers abducted from a camp 'near' Tump, precision 2. The BLF claim names only the "
       "Jiwani blast, so this stays Unidentified."),
     I("police defused two IEDs planted under a culvert on the Marine Drive", S,
       "Disrupted weapons use", "Bombing/Explosion", "Police", UAG, "Marine Drive", 1,
       "The same day", 0, {}, None, "Two remote-controlled IEDs defused: Disrupted weapons use.")])

# ---------------------------------------------------------------- FD-29 Kurram / Kohat
report(29, """
Five people were killed and 23 others injured when an improvised explosive device (IED) planted in a
vegetable cart exploded in the Eidgah market of Parachinar, the headquarters of Kurram District, on
January 27, reports The News. The District Police Officer said the device was detonated with a remote
control at a time when the market was crowded. Traders observed a complete shutter-down strike and
staged a protest rally in Parachinar on January 28 against the blast, demanding protection for the
bazaar. Separately, unidentified gunmen fired on a passenger vehicle near Ochat in Lower Kurram on
January 28, injuring the driver and two passengers. In Kohat District, the Bomb Disposal Squad (BDS)
defused a remote-controlled IED planted along the Indus Highway near Darra Adamkhel on January 29,
police said.
""", "The News",
    [SF("Police", ["Police", "police"]),
     SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
    [],
    [P("Eidgah market", "area", KP, "Kurram"), P("Parachinar", "town", KP, "Kurram"),
     P("Kurram District", "district", KP, "Kurram"), P("Ochat", "town", KP, "Kurram"),
     P("Lower Kurram", "area", KP, "Kurram"), P("Kohat District", "district", KP, "Kohat"),
     P("Darra Adamkhel", "area", KP, "Kohat")],
    [I("an improvised explosive device (IED) planted in a vegetable cart exploded in the Eidgah market of Parachinar",
       E, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, CIV, "Eidgah market", 1,
       "on January 27", 5, {}, 23,
       "Remote-detonated IED in a crowded market. The dead are 'people', so no side."),
     I("Traders observed a complete shutter-down strike and staged a protest rally in Parachinar",
       PR, "Peaceful protest", None, "Protesters", None, "Parachinar", 1, "on January 28", 0, {},
       None,
       "A strike and rally against the bombing with no intervention: a protest event of its own, "
       "not part of the bombing record."),
     I("unidentified gunmen fired on a passenger vehicle near Ochat", V, "Attack", "Armed Assault",
       UAG, CIV, "Ochat", 2, "on January 28", 0, {}, 3,
       "The driver and two passengers injured, no deaths. 'Near' Ochat, precision 2."),
     I("the Bomb Disposal Squad (BDS) defused a remote-controlled IED", S, "Disrupted weapons use",
       "Bombing/Explosion", "Bomb Disposal Squad", UAG, "Darra Adamkhel", 2, "on January 29", 0, {},
       None, "Defused IED 'near' Darra Adamkhel on the Indus Highway, precision 2.")])

# ---------------------------------------------------------------- FD-30 several provinces
report(30, """
Two soldiers were killed and another injured when militants attacked a security forces patrol in
Spinwam area of North Waziristan District on October 3, reports The Express Tribune. The Inter-Services
Public Relations (ISPR) said one of the attackers was also killed in the exchange of fire. In Zhob
District of Balochistan, Frontier Corps (FC) personnel killed three militants who were trying to
infiltrate from Afghanistan near Sambaza on October 3. An FC soldier was injured. In Mianwali District
of Punjab, heavily armed militants attacked a police check post at Chapri on the night of October 3,
but the policemen repulsed the attack and the attackers fled, leaving behind a rocket launcher. No
casualties were reported. Elsewhere, unidentified gunmen shot dead a local leader of the Awami National
Party (ANP), Haji Sher Alam, outside a mosque in Charsadda city on October 4. His guard was also
killed.
""", "The Express Tribune",
    [SF("Security Forces", ["soldiers", "security forces"]),
     SF("Frontier Corps", ["Frontier Corps", "FC"]),
     SF("Police", ["police", "policemen"])],
    [PE("Haji Sher Alam", ["Haji Sher Alam"], ["local leader of the Awami National Party (ANP)", "shot dead"])],
    [P("Spinwam", "area", KP, "North Waziristan"),
     P("North Waziristan District", "district", KP, "North Waziristan"),
     P("Zhob District", "district", BA, "Zhob"), PROV(BA), COUNTRY("Afghanistan"),
     P("Sambaza", "area", BA, "Zhob"), P("Mianwali District", "district", PU, "Mianwali"),
     PROV(PU), P("Chapri", "area", PU, "Mianwali"), P("Charsadda", "city", KP, "Charsadda")],
    [I("militants attacked a security forces patrol in Spinwam area", B, "Armed clash",
       "Armed Assault", UAG, "Security Forces", "Spinwam", 1, "on October 3", 3,
       {"security_forces": 2, "militants": 1}, 1,
       "Attack on an SF patrol with an exchange of fire. Two soldiers and one attacker killed; one "
       "soldier injured. ISPR is the source, not an actor."),
     I("Frontier Corps (FC) personnel killed three militants who were trying to infiltrate from Afghanistan",
       B, "Armed clash", None, "Frontier Corps", UAG, "Sambaza", 2, "on October 3", 3,
       {"militants": 3}, 1,
       "FC interception of infiltrators; state-initiated, GTD null. 'Near' Sambaza, precision 2. One "
       "FC soldier injured."),
     I("heavily armed militants attacked a police check post at Chapri", B, "Armed clash",
       "Armed Assault", UAG, "Police", "Chapri", 1, "on the night of October 3", 0, {}, 0,
       "An attack on police repulsed; 'No casualties were reported', so killed and injured 0. The "
       "abandoned rocket launcher is part of the event."),
     I("unidentified gunmen shot dead a local leader of the Awami National Party (ANP), Haji Sher Alam",
       V, "Attack", "Assassination", UAG, CIV, "Charsadda", 1, "on October 4", 2,
       {"civilians": 2}, None,
       "Targeted killing of a named party leader: GTD Assassination, as for the JUI-F district "
       "leader in FD-12 (a local leader is a borderline 'prominent' target). The party leader is a "
       "civilian and his guard takes his side, so civilians 2. ANP is a party and is not listed.")])


def main():
    for r in REPORTS:
        stem = "FD-%02d" % r["num"]
        with open(os.path.join(HERE, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(r["text"] + "\n")
        places = {p["name"]: p for p in r["places"]}
        incidents = []
        for inc in r["incidents"]:
            p = places[inc["location"]]
            inc = dict(inc)
            inc["admin1"], inc["admin2"] = p["admin1"], p["admin2"]
            incidents.append(inc)
        gold = {
            "article": stem + ".txt",
            "about": "Hand-coded from the text alone.",
            "publisher": r["publisher"],
            "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                         "near_duplicate_sentences": [], "flag_as_damaged": []},
            "actors": r["actors"],
            "people": r["people"],
            "places": r["places"],
            "quotes": r["quotes"],
            "incidents": incidents,
            "not_incidents": r["not_incidents"],
            "relations": [],
            "actor_profiles": {},
        }
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d reports" % len(REPORTS))


if __name__ == "__main__":
    main()
