#!/usr/bin/env python3
"""Writes BU-NN.txt and BU-NN.gold.json from the hand-written reports and hand-coded gold below.

Nothing here is derived automatically: every report text, every place, actor, person and
incident (with its admin1/admin2, counts and note) is typed in by hand. The script only
serialises them in the dev gold shape, so that the text and its gold stay side by side.
Run check_gold.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
SI = "Sindh"
PU = "Punjab"
ICT = "Islamabad Capital Territory"
UAG = "Unidentified Armed Group"
CIV = "Civilians"
SF = "Security Forces"
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
             "not among the allowed admin1 values).")
NWFP_NOTE = "The text calls the province NWFP (renamed Khyber Pakhtunkhwa in 2010); admin1 coded Khyber Pakhtunkhwa."


def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def Pe(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def I(what, et, st, gtd, a1, a2, admin1, admin2, location, prec, date_text, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": admin1,
        "admin2": admin2,
        "location": location,
        "geo_precision": prec,
        "date_text": date_text,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


EX = "Explosions/Remote violence"
IED = "Remote explosive/landmine/IED"
VAC = "Violence against civilians"
BAT = "Battles"
SD = "Strategic developments"
BOMB = "Bombing/Explosion"
AA = "Armed Assault"
KID = "Hostage Taking (Kidnapping)"

POLICE = lambda m: A("Police", "state_force", 1, m)
SFA = lambda m: A(SF, "state_force", 1, m)
FC = lambda m: A("Frontier Corps", "state_force", 1, m)
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])

R = []

# ---------------------------------------------------------------- BU-01
R.append(dict(
    id="01", publisher="Dawn",
    text=("Militants blew up a Government girls high school in Gul Dheri Banda village of Matta tehsil (revenue unit) "
          "in Swat District of North West Frontier Province (NWFP) in the night of January 14, reports Dawn. No casualty "
          "was reported but five classrooms and the boundary wall of the school were destroyed. Separately, two policemen "
          "were killed and another was injured when militants ambushed a Police van near Kanju Chowk in Kabal tehsil on "
          "January 15. Police sources said the attackers fled towards the nearby mountains after a brief exchange of fire."),
    actors=[POLICE(["Police", "policemen"])],
    people=[],
    places=[P("Gul Dheri Banda", "town", KP, "Swat"), P("Matta", "area", KP, "Swat"),
            P("Swat District", "district", KP, "Swat"), P("North West Frontier Province", "province", KP, None),
            P("Kanju Chowk", "area", KP, "Swat"), P("Kabal", "area", KP, "Swat")],
    incidents=[
        I("Militants blew up a Government girls high school", EX, IED, BOMB, UAG, None, KP, "Swat",
          "Gul Dheri Banda", 1, "in the night of January 14", 0, {}, 0,
          "A girls school was blown up; 'No casualty was reported', so killed and injured are 0, and with no person "
          "harmed actor2 is null (as for the school in satp-sa-dev-87). No group is named. " + NWFP_NOTE),
        I("militants ambushed a Police van near Kanju Chowk", BAT, "Armed clash", AA, UAG, "Police", KP, "Swat",
          "Kanju Chowk", 2, "on January 15", 2, {"security_forces": 2}, 1,
          "An ambush on a Police van is Battles/Armed clash under the rule for attacks on police, and there was an "
          "exchange of fire. 'Near' Kanju Chowk, hence precision 2. Kabal tehsil is in Swat District (stated earlier "
          "in the report). The injured man is 'another' policeman, but injured carries no side."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-02
R.append(dict(
    id="02", publisher="The Express Tribune",
    text=("At least four suspected militants were killed when a US drone fired two missiles at a compound in Khaddi "
          "Raghzai village of Datta Khel tehsil in North Waziristan Agency of Federally Administered Tribal Areas (FATA) "
          "on March 9, reports The Express Tribune. Officials said the compound belonged to a local militant commander, "
          "identified as Sher Dil Khan, and was being used as a hideout by foreign militants. The identities of the dead "
          "could not be ascertained as militants cordoned off the area and removed the bodies. Sher Dil Khan was not "
          "present at the time of the strike, local sources said. This was the third drone strike in the agency this month."),
    actors=[],
    people=[Pe("Sher Dil Khan", ["Sher Dil Khan"], ["local militant commander", "owner of the compound that was struck"])],
    places=[P("Khaddi Raghzai", "town", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
            P("North Waziristan Agency", "district", KP, "North Waziristan"),
            P("Federally Administered Tribal Areas", "area", KP, None)],
    incidents=[
        I("a US drone fired two missiles at a compound", EX, "Air/drone strike", None, None, UAG, KP,
          "North Waziristan", "Khaddi Raghzai", 1, "on March 9", 4, {"militants": 4}, None,
          "A US drone strike. Foreign forces (inter 8) are left out of actors under CODING-RULES.md, so actor1 is "
          "null; this reads the rule as covering foreign forces in every role (the other reading would list the US "
          "with inter 8). A state strike, not terrorism, so GTD is null (as for state raids). 'At least four suspected "
          "militants' = 4, counted as militants since the text gives that status. The commander was absent. No group "
          "is named, so actor2 is Unidentified. The 'third drone strike this month' is background. " + FATA_NOTE),
    ],
    not_incidents=["This was the third drone strike in the agency this month"],
))

# ---------------------------------------------------------------- BU-03
R.append(dict(
    id="03", publisher="Dawn",
    text=("Five members of the Shia Hazara community, including two brothers, were shot dead when armed men riding "
          "motorcycles opened fire on a van carrying vegetable vendors on Spinny Road in Quetta, the provincial capital "
          "of Balochistan, on October 4, reports Dawn. Police said the vendors were on their way to the Hazarganji "
          "vegetable market from Hazara Town when the assailants intercepted the van. One more person was injured in the "
          "attack. The Lashkar e Jhangvi (LeJ) claimed responsibility for the killings. On October 5, hundreds of members "
          "of the Hazara community staged a protest sit in on Alamdar Road with the coffins of the victims and refused to "
          "bury them until the killers were arrested. The protest ended peacefully late in the evening after talks with "
          "the provincial Home Minister. Meanwhile, unidentified assailants hurled a hand grenade at a Frontier Corps (FC) "
          "vehicle on Brewery Road on October 5, injuring two FC personnel."),
    actors=[A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"]), POLICE(["Police"]),
            FC(["Frontier Corps", "FC"])],
    people=[],
    places=[P("Spinny Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
            P("Balochistan", "province", BA, None), P("Hazarganji", "area", BA, "Quetta"),
            P("Hazara Town", "area", BA, "Quetta"), P("Alamdar Road", "area", BA, "Quetta"),
            P("Brewery Road", "area", BA, "Quetta")],
    incidents=[
        I("armed men riding motorcycles opened fire on a van carrying vegetable vendors", VAC, "Attack", AA,
          "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Spinny Road", 1, "on October 4", 5, {"civilians": 5}, 1,
          "A sectarian shooting of Shia Hazara vegetable vendors; LeJ claimed 'the killings', so it is actor1. The "
          "five dead are the vendors (a civilian role), so civilians = 5. The one injured person has no side. "
          "Hazarganji and Hazara Town are only the route."),
        I("members of the Hazara community staged a protest sit in on Alamdar Road", "Protests", "Peaceful protest",
          None, "Protesters", None, BA, "Quetta", "Alamdar Road", 1, "On October 5", 0, {}, None,
          "A sit in with the coffins that 'ended peacefully' after talks; no intervention reported, so Peaceful "
          "protest. Protests get no GTD type. 'Protesters' is used as the generic actor label by analogy with "
          "'Civilians' (the dev files have no protest)."),
        I("unidentified assailants hurled a hand grenade at a Frontier Corps (FC) vehicle", EX, "Grenade", BOMB, UAG,
          "Frontier Corps", BA, "Quetta", "Brewery Road", 1, "on October 5", 0, {}, 2,
          "A grenade thrown at an FC vehicle, no gunfire, so Grenade rather than Armed clash. Two FC personnel "
          "injured. No claim; the LeJ claim covers only the killings of the vendors."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-04
R.append(dict(
    id="04", publisher="The News",
    text=("Three persons, including an activist of the Awami National Party (ANP), were killed in separate incidents of "
          "target killing in Karachi, the provincial capital of Sindh, on August 22, reports The News. ANP activist Sher "
          "Zaman Khan (38) was shot dead by unidentified armed pillion riders near his house in Pirabad area of Orangi "
          "Town. In another incident, a shopkeeper, identified as Naveed Qureshi, was shot dead outside his grocery shop "
          "in Gulbahar. The body of a third man, who had been tortured and shot in the head, was found stuffed in a sack "
          "near the Lyari Expressway. Police said the victim had been kidnapped a day earlier from Lea Market area and "
          "his family had received a ransom call."),
    actors=[POLICE(["Police"])],
    people=[Pe("Sher Zaman Khan", ["Sher Zaman Khan"], ["ANP activist", "shot dead"]),
            Pe("Naveed Qureshi", ["Naveed Qureshi"], ["shopkeeper", "shot dead"])],
    places=[P("Karachi", "city", SI, "Karachi"), P("Sindh", "province", SI, None), P("Pirabad", "area", SI, "Karachi"),
            P("Orangi Town", "area", SI, "Karachi"), P("Gulbahar", "area", SI, "Karachi"),
            P("Lyari Expressway", "area", SI, "Karachi"), P("Lea Market", "area", SI, "Karachi")],
    incidents=[
        I("ANP activist Sher Zaman Khan (38) was shot dead by unidentified armed pillion riders", VAC, "Attack", AA,
          UAG, CIV, SI, "Karachi", "Pirabad", 1, "on August 22", 1, {"civilians": 1}, None,
          "Target killing of a party activist near his house in Pirabad (Orangi Town). A party activist is a civilian "
          "role (as the MQM worker in satp-sa-dev-41); not a prominent figure, so Armed Assault. ANP appears only as "
          "the victim's party and is not listed in actors."),
        I("a shopkeeper, identified as Naveed Qureshi, was shot dead outside his grocery shop", VAC, "Attack", AA, UAG,
          CIV, SI, "Karachi", "Gulbahar", 1, "on August 22", 1, {"civilians": 1}, None,
          "The second target killing; a shopkeeper is a civilian role. The date is the one given for all three."),
        I("The body of a third man, who had been tortured and shot in the head, was found stuffed in a sack", VAC,
          "Attack", KID, UAG, CIV, SI, "Karachi", "Lyari Expressway", 2, "on August 22", 1, {}, None,
          "Kidnapped from Lea Market a day earlier and later killed, so Attack with GTD Hostage Taking (Kidnapping) "
          "under the rule, although the ransom call suggests a criminal motive. Located where the body was found, "
          "'near' the Lyari Expressway, hence precision 2. The victim is only 'a third man', so no side."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-05
R.append(dict(
    id="05", publisher="Daily Times",
    text=("Militants attacked a convoy of oil tankers carrying fuel for the North Atlantic Treaty Organisation (NATO) "
          "forces at Shagai area in Khyber Agency on June 12 and set eleven tankers on fire, reports Daily Times. A "
          "driver and his helper were killed in the firing while three other drivers sustained injuries. Khassadar "
          "personnel reached the spot after the attackers had fled. Officials said the convoy was on its way to Torkham "
          "from Peshawar. Supplies for NATO forces through the Khyber Pass were suspended for the rest of the day."),
    actors=[A("Khasadar Force", "state_force", 1, ["Khassadar"])],
    people=[],
    places=[P("Shagai", "area", KP, "Khyber"), P("Khyber Agency", "district", KP, "Khyber"),
            P("Torkham", "town", KP, "Khyber"), P("Peshawar", "city", KP, "Peshawar"),
            P("Khyber Pass", "area", KP, "Khyber")],
    incidents=[
        I("Militants attacked a convoy of oil tankers carrying fuel for the North Atlantic Treaty Organisation (NATO) forces",
          VAC, "Attack", AA, UAG, CIV, KP, "Khyber", "Shagai", 1, "on June 12", 2, {"civilians": 2}, 3,
          "Gunmen fired on a NATO supply convoy and burnt eleven tankers. The people hit were drivers and a helper "
          "(civilian roles), so Violence against civilians/Attack and civilians = 2; the three injured drivers are "
          "injured = 3. GTD Armed Assault since people were shot (Facility/Infrastructure Attack would fit the "
          "burning alone). NATO is a foreign force named only as the owner of the cargo and is left out. The "
          "Khassadar only arrived afterwards. " + FATA_NOTE),
    ],
    not_incidents=["Supplies for NATO forces through the Khyber Pass were suspended for the rest of the day"],
))

# ---------------------------------------------------------------- BU-06
R.append(dict(
    id="06", publisher="The News",
    text=("Security Forces (SFs) killed at least 27 militants of the Tehreek e Taliban Pakistan (TTP) when jet fighters "
          "and helicopter gunships pounded their hideouts in Mamozai and Ghiljo areas of Upper Orakzai in Orakzai Agency "
          "on April 23, reports The News. Official sources said four hideouts and an explosives laden vehicle were "
          "destroyed in the strikes. On April 24, troops regained control of Daboori area after a five hour gunfight in "
          "which three soldiers and nine militants were killed. A TTP spokesman, identified as Qari Habib Orakzai, "
          "rejected the official figures and claimed that only civilians had been killed in the bombing."),
    actors=[SFA(["Security Forces", "SFs", "troops", "soldiers"]), TTP],
    people=[Pe("Qari Habib Orakzai", ["Qari Habib Orakzai"], ["TTP spokesman"])],
    places=[P("Mamozai", "area", KP, "Orakzai"), P("Ghiljo", "area", KP, "Orakzai"),
            P("Upper Orakzai", "area", KP, "Orakzai"), P("Orakzai Agency", "district", KP, "Orakzai"),
            P("Daboori", "area", KP, "Orakzai")],
    incidents=[
        I("jet fighters and helicopter gunships pounded their hideouts", EX, "Air/drone strike", None, SF,
          "Tehreek-e-Taliban Pakistan", KP, "Orakzai", "Mamozai", 2, "on April 23", 27, {"militants": 27}, None,
          "Air strikes by Pakistani jets and gunships on TTP hideouts in two areas (Mamozai and Ghiljo), so the first "
          "is the location at precision 2. A state operation, so GTD null. 'At least 27 militants' = 27 as the "
          "official figure; the TTP denies it but gives no number of its own, so the official count stands and the "
          "alleged civilian deaths are not counted."),
        I("troops regained control of Daboori area after a five hour gunfight", BAT, "Government regains territory",
          None, SF, "Tehreek-e-Taliban Pakistan", KP, "Orakzai", "Daboori", 1, "On April 24", 12,
          {"security_forces": 3, "militants": 9}, None,
          "Control of Daboori changed hands by force, so Government regains territory rather than Armed clash. The "
          "militants are not named in this sentence; they are read as the TTP of the same operation. State-initiated, "
          "so GTD null. Three soldiers and nine militants killed."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-07
R.append(dict(
    id="07", publisher="Dawn",
    text=("Militants blew up a Government primary school for boys in Qandharo village of Safi tehsil in Mohmand Agency "
          "on the intervening night of November 2 and 3, reports Dawn. The Mohmand chapter of the Tehreek e Taliban "
          "Pakistan (TTP) claimed responsibility for the blast. Its spokesman, identified as Sajjad Mohmand, told "
          "journalists by telephone from an undisclosed location that the building was being used as a camp by the "
          "Frontier Corps (FC). Officials of the political administration denied the claim and said the school had been "
          "closed since the start of the military operation. The school was the 86th to be destroyed in the agency since "
          "2008, they added."),
    actors=[TTP, A("Tehreek-e-Taliban Pakistan (Mohmand chapter)", "armed_group", 2, ["Mohmand chapter"]),
            FC(["Frontier Corps", "FC"])],
    people=[Pe("Sajjad Mohmand", ["Sajjad Mohmand"], ["spokesman of the Mohmand chapter of the TTP"])],
    places=[P("Qandharo", "town", KP, "Mohmand"), P("Safi", "area", KP, "Mohmand"),
            P("Mohmand Agency", "district", KP, "Mohmand")],
    incidents=[
        I("Militants blew up a Government primary school for boys", EX, IED, BOMB,
          "Tehreek-e-Taliban Pakistan (Mohmand chapter)", None, KP, "Mohmand", "Qandharo", 1,
          "on the intervening night of November 2 and 3", 0, {}, None,
          "The TTP Mohmand chapter claimed the blast, so it is actor1. The claim that the FC used the building is "
          "denied and no personnel were present, so actor2 is null (property only). No casualties are mentioned: "
          "killed 0, injured null. The count of 86 schools is background. " + FATA_NOTE),
    ],
    not_incidents=["The school was the 86th to be destroyed in the agency since 2008"],
))

# ---------------------------------------------------------------- BU-08
R.append(dict(
    id="08", publisher="The News",
    text=("At least 16 tribesmen, including members of a pro government peace lashkar (tribal militia), were killed and "
          "28 others injured when a suicide bomber blew himself up at a jirga (council of elders) in Ghundai Sar village "
          "of Salarzai tehsil in Bajaur Agency on December 26, reports The News. The jirga was being held at the hujra of "
          "a tribal elder, Malik Fazal Rabbi, to discuss raising a new lashkar against the militants. Malik Fazal Rabbi "
          "escaped unhurt. The Bajaur chapter of the Tehreek e Taliban Pakistan (TTP) claimed responsibility for the "
          "attack and warned that all those who sided with the Government would meet the same fate."),
    actors=[TTP, A("Tehreek-e-Taliban Pakistan (Bajaur chapter)", "armed_group", 2, ["Bajaur chapter"])],
    people=[Pe("Malik Fazal Rabbi", ["Malik Fazal Rabbi"], ["tribal elder", "host of the jirga", "escaped unhurt"])],
    places=[P("Ghundai Sar", "town", KP, "Bajaur"), P("Salarzai", "area", KP, "Bajaur"),
            P("Bajaur Agency", "district", KP, "Bajaur")],
    incidents=[
        I("a suicide bomber blew himself up at a jirga (council of elders)", EX, "Suicide bomb", BOMB,
          "Tehreek-e-Taliban Pakistan (Bajaur chapter)", CIV, KP, "Bajaur", "Ghundai Sar", 1, "on December 26", 16, {},
          28,
          "Claimed by the TTP Bajaur chapter. The target was a council of elders (civilians) meeting to raise a "
          "lashkar; some dead were peace lashkar members, but the gathering was not armed combat, so actor2 is "
          "Civilians (unlike satp-sa-dev-81, where the target was the lashkar leader's circle). 'At least 16 "
          "tribesmen' = 16 with no side, since 'tribesmen' is no status and militiamen fit no side. The bomber is not "
          "counted. " + FATA_NOTE),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-09
R.append(dict(
    id="09", publisher="Daily Times",
    text=("Unidentified militants blew up four CD shops with explosives in Shaheen Market on Kohat Road in Peshawar, the "
          "provincial capital of North West Frontier Province (NWFP), on the night of May 30, reports Daily Times. The "
          "shops were closed at the time and no casualty was reported, but the blast also damaged a nearby mosque and "
          "several vehicles. Traders said they had received threatening letters a week earlier asking them to stop "
          "selling CDs and videos, which the militants called un Islamic."),
    actors=[],
    people=[],
    places=[P("Shaheen Market", "area", KP, "Peshawar"), P("Kohat Road", "area", KP, "Peshawar"),
            P("Peshawar", "city", KP, "Peshawar"), P("North West Frontier Province", "province", KP, None)],
    incidents=[
        I("Unidentified militants blew up four CD shops with explosives", EX, IED, BOMB, UAG, None, KP, "Peshawar",
          "Shaheen Market", 1, "on the night of May 30", 0, {}, 0,
          "Property only ('no casualty was reported'), so killed and injured 0 and actor2 null. The earlier "
          "threatening letters are a threat, not an incident. " + NWFP_NOTE),
    ],
    not_incidents=["they had received threatening letters a week earlier"],
))

# ---------------------------------------------------------------- BU-10
R.append(dict(
    id="10", publisher="The Express Tribune",
    text=("Pakistan Rangers arrested 14 suspects, including two alleged target killers of the banned Peoples Aman "
          "Committee (PAC), during a targeted operation in Kalri and Baghdadi areas of Lyari in Karachi South District on "
          "the night of September 14, reports The Express Tribune. Rangers spokesman Major Faisal Anwar said three "
          "Kalashnikovs, four pistols and a hand grenade were recovered from their possession. In a separate incident, "
          "two persons were killed and four others injured when gangsters of rival groups exchanged fire in Chakiwara "
          "area of Lyari on September 15. Residents said the firing continued for over two hours and shops in the area "
          "remained closed."),
    actors=[A("Pakistan Rangers", "state_force", 1, ["Pakistan Rangers", "Rangers"]),
            A("Peoples Aman Committee", "militia", 3, ["Peoples Aman Committee", "PAC"])],
    people=[Pe("Faisal Anwar", ["Major Faisal Anwar", "Faisal Anwar"], ["Rangers spokesman", "Major"])],
    places=[P("Kalri", "area", SI, "Karachi South"), P("Baghdadi", "area", SI, "Karachi South"),
            P("Lyari", "area", SI, "Karachi South"), P("Karachi South District", "district", SI, "Karachi South"),
            P("Chakiwara", "area", SI, "Karachi South")],
    incidents=[
        I("Pakistan Rangers arrested 14 suspects", SD, "Arrests", None, "Pakistan Rangers", "Peoples Aman Committee",
          SI, "Karachi South", "Kalri", 2, "on the night of September 14", 0, {}, None,
          "A targeted Rangers operation with 14 arrests, two of them said to be PAC target killers, so actor2 is the "
          "PAC (a named political militia, inter 3). Two areas, so the first at precision 2. The weapons recovered "
          "are part of the same event. Arrests get no GTD type. The text names a Karachi district, so admin2 is "
          "Karachi South rather than Karachi."),
        I("gangsters of rival groups exchanged fire", BAT, "Armed clash", None, UAG, UAG, SI, "Karachi South",
          "Chakiwara", 1, "on September 15", 2, {}, 4,
          "A gunfight between unnamed rival gangs: Armed clash between two unidentified groups. Fighting between "
          "criminal groups is not terrorism, so GTD is null. The dead are 'persons' (no side). Chakiwara is in Lyari, "
          "which the text places in Karachi South District."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-11
R.append(dict(
    id="11", publisher="Daily Times",
    text=("Unidentified militants blew up a 24 inch gas pipeline in Loti area near Sui town of Dera Bugti District in "
          "Balochistan on the night of July 7, suspending gas supply to parts of Punjab, reports Daily Times. The Baloch "
          "Republican Army (BRA) claimed responsibility for the blast. Its spokesman, Meerak Baloch, called journalists "
          "from an undisclosed location. Meanwhile, four Frontier Corps (FC) personnel were killed and two others "
          "injured when militants attacked their patrol with rockets and automatic weapons in Kahan area of Kohlu "
          "District on July 8. The Balochistan Liberation Army (BLA) claimed responsibility for the attack."),
    actors=[A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]),
            FC(["Frontier Corps", "FC"]),
            A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])],
    people=[Pe("Meerak Baloch", ["Meerak Baloch"], ["BRA spokesman"])],
    places=[P("Loti", "area", BA, "Dera Bugti"), P("Sui", "town", BA, "Dera Bugti"),
            P("Dera Bugti District", "district", BA, "Dera Bugti"), P("Balochistan", "province", BA, None),
            P("Punjab", "province", PU, None), P("Kahan", "town", BA, "Kohlu"),
            P("Kohlu District", "district", BA, "Kohlu")],
    incidents=[
        I("Unidentified militants blew up a 24 inch gas pipeline", EX, IED, BOMB, "Baloch Republican Army", None, BA,
          "Dera Bugti", "Loti", 1, "on the night of July 7", 0, {}, None,
          "The BRA claimed the blast, so it is actor1 although the text says 'unidentified militants'. "
          "Infrastructure target, so actor2 null. No casualties are mentioned: killed 0, injured null. Punjab is "
          "only where the gas supply was cut."),
        I("militants attacked their patrol with rockets and automatic weapons", BAT, "Armed clash", AA,
          "Balochistan Liberation Army", "Frontier Corps", BA, "Kohlu", "Kahan", 1, "on July 8", 4,
          {"security_forces": 4}, 2,
          "Claimed by the BLA. Rockets together with automatic weapons on an FC patrol: Battles/Armed clash (rocket "
          "fire alone would be Shelling). Four FC killed, two injured."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-12
R.append(dict(
    id="12", publisher="Dawn",
    text=("Four persons were killed and 11 others injured when militants fired rockets and mortar shells on Parachinar, "
          "the headquarters of Kurram Agency in the Federally Administered Tribal Areas (FATA), on September 19, reports "
          "Dawn. Two of the shells landed in the main bazaar while another hit a house in Shalozan Road area, officials "
          "said. The political administration imposed a curfew in the town and the roads leading to Parachinar remained "
          "closed for the fourth consecutive week, causing a shortage of food and medicines."),
    actors=[],
    people=[],
    places=[P("Parachinar", "town", KP, "Kurram"), P("Kurram Agency", "district", KP, "Kurram"),
            P("Federally Administered Tribal Areas", "area", KP, None), P("Shalozan Road", "area", KP, "Kurram")],
    incidents=[
        I("militants fired rockets and mortar shells on Parachinar", EX, "Shelling/artillery/missile attack", BOMB,
          UAG, CIV, KP, "Kurram", "Parachinar", 1, "on September 19", 4, {}, 11,
          "Rocket and mortar fire with no gunfire reported: Shelling. The shells hit the bazaar and a house, so "
          "actor2 is Civilians. The dead are 'persons', no side. The curfew and road closure are not incidents. "
          + FATA_NOTE),
    ],
    not_incidents=["The political administration imposed a curfew in the town"],
))

# ---------------------------------------------------------------- BU-13
R.append(dict(
    id="13", publisher="Dawn",
    text=("The Swat chapter of the Tehreek e Taliban Pakistan (TTP) has warned that girls schools reopening after the "
          "winter vacation in Swat District would be targeted, reports Dawn. A spokesman of the group, identified as Qari "
          "Rahimullah, said on February 11 that the ban on female education in the valley would remain in force until the "
          "Government enforced Sharia in Malakand Division. A jirga of local elders held in Mingora on February 12 "
          "appealed to the militants and the Government to spare educational institutions. Officials of the district "
          "education department said 170 schools had been damaged or destroyed in the district since 2007."),
    actors=[TTP, A("Tehreek-e-Taliban Pakistan (Swat chapter)", "armed_group", 2, ["Swat chapter"])],
    people=[Pe("Qari Rahimullah", ["Qari Rahimullah"], ["spokesman of the Swat chapter of the TTP"])],
    places=[P("Swat District", "district", KP, "Swat"), P("Malakand Division", "area", KP, None),
            P("Mingora", "city", KP, "Swat")],
    incidents=[],
    not_incidents=["girls schools reopening after the winter vacation in Swat District would be targeted",
                   "A jirga of local elders held in Mingora on February 12 appealed to the militants",
                   "170 schools had been damaged or destroyed in the district since 2007"],
))

# ---------------------------------------------------------------- BU-14
R.append(dict(
    id="14", publisher="The News",
    text=("At least seven persons were killed and 25 others injured when a suicide bomber blew himself up near a Muharram "
          "procession in Kot Addu town of Muzaffargarh District in Punjab on December 16, reports The News. District "
          "Police Officer (DPO) Rana Tariq Mahmood said the bomber, who appeared to be about 18 years old, tried to enter "
          "the procession but was stopped by a Police constable at a checkpoint, after which he detonated his explosives. "
          "The constable was among those killed. Police recovered the head of the bomber from the site. No group claimed "
          "responsibility for the attack."),
    actors=[POLICE(["Police"])],
    people=[Pe("Rana Tariq Mahmood", ["Rana Tariq Mahmood"], ["District Police Officer (DPO)"])],
    places=[P("Kot Addu", "town", PU, "Muzaffargarh"), P("Muzaffargarh District", "district", PU, "Muzaffargarh"),
            P("Punjab", "province", PU, None)],
    incidents=[
        I("a suicide bomber blew himself up near a Muharram procession", EX, "Suicide bomb", BOMB, UAG, CIV, PU,
          "Muzaffargarh", "Kot Addu", 1, "on December 16", 7, {"security_forces": 1}, 25,
          "A sectarian suicide bombing of a Muharram procession, so actor2 Civilians. 'At least seven persons' = 7; "
          "the bomber is not counted (the text does not count him among the dead). One of the dead is the Police "
          "constable who stopped him, so security_forces = 1; the other six are 'persons' with no side. No claim."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-15
R.append(dict(
    id="15", publisher="The Nation",
    text=("Police arrested three suspected militants of the Tehreek e Taliban Pakistan (TTP) and recovered two suicide "
          "jackets, hand grenades and detonators from their possession during a raid on a house in Tarnol area of "
          "Islamabad on January 28, reports The Nation. A senior Police officer said the suspects were planning to attack "
          "government buildings in the federal capital. Separately, the Bomb Disposal Squad (BDS) defused an eight "
          "kilogramme bomb planted near a gas station in Pirwadhai area of Rawalpindi on January 29. Police said the "
          "device was fitted with a timer."),
    actors=[POLICE(["Police"]), TTP, A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
    people=[],
    places=[P("Tarnol", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"),
            P("Pirwadhai", "area", PU, "Rawalpindi"), P("Rawalpindi", "city", PU, "Rawalpindi")],
    incidents=[
        I("Police arrested three suspected militants of the Tehreek e Taliban Pakistan (TTP)", SD, "Arrests", None,
          "Police", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad", "Tarnol", 1, "on January 28", 0, {}, None,
          "A raid with three arrests of named-group suspects; the suicide jackets and grenades recovered are part of "
          "the same event. Arrests get no GTD type. Islamabad is coded to Islamabad Capital Territory. The alleged "
          "plan is not a separate incident."),
        I("the Bomb Disposal Squad (BDS) defused an eight kilogramme bomb", SD, "Disrupted weapons use", BOMB,
          "Bomb Disposal Squad", UAG, PU, "Rawalpindi", "Pirwadhai", 1, "on January 29", 0, {}, None,
          "A defused timed bomb: Disrupted weapons use, GTD Bombing/Explosion as in satp-sa-dev-109. The planters "
          "are unidentified; the TTP arrests in Islamabad are not linked to it by the text."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-16
R.append(dict(
    id="16", publisher="Dawn",
    text=("Two Rangers personnel were killed and three others injured when militants attacked a Rangers checkpost with "
          "hand grenades and automatic weapons in Manghopir area of Karachi on the night of March 3, reports Dawn. A "
          "Rangers spokesman said one of the attackers was killed when the personnel returned fire while the others "
          "escaped in a car. The Jundullah, a militant group linked with the Tehreek e Taliban Pakistan (TTP), claimed "
          "responsibility for the attack in telephone calls to journalists and said it was revenge for the killing of "
          "its commanders in Rangers raids."),
    actors=[A("Pakistan Rangers", "state_force", 1, ["Rangers"]), A("Jundullah", "armed_group", 2, ["Jundullah"]), TTP],
    people=[],
    places=[P("Manghopir", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi")],
    incidents=[
        I("militants attacked a Rangers checkpost with hand grenades and automatic weapons", BAT, "Armed clash", AA,
          "Jundullah", "Pakistan Rangers", SI, "Karachi", "Manghopir", 1, "on the night of March 3", 3,
          {"security_forces": 2, "militants": 1}, 3,
          "Claimed by Jundullah, so actor1 is Jundullah, not its ally the TTP. Grenades and gunfire against a "
          "checkpost with return fire: Armed clash. Two Rangers and one attacker killed; three injured (no side). "
          "The earlier Rangers raids are background."),
    ],
    not_incidents=["the killing of its commanders in Rangers raids"],
))

# ---------------------------------------------------------------- BU-17
R.append(dict(
    id="17", publisher="Dawn",
    text=("Militants of the Tehreek e Nafaz e Shariat e Mohammadi (TNSM) took control of the Police station and the "
          "tehsil offices at Alpuri, the headquarters of Shangla District, on November 24 after a two hour gunfight with "
          "Police in which two policemen were injured, reports Dawn. The remaining Police personnel fled towards Besham "
          "and the militants hoisted their flags on the buildings and set up checkpoints on the main road. Separately, "
          "Security Forces (SFs) killed eight militants in an exchange of fire at Bara Bandai area of Swat District on "
          "November 25. A soldier was also killed in the clash, an official statement said."),
    actors=[A("Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "armed_group", 2,
              ["Tehreek e Nafaz e Shariat e Mohammadi", "TNSM"]),
            POLICE(["Police", "policemen"]), SFA(["Security Forces", "SFs", "soldier"])],
    people=[],
    places=[P("Alpuri", "town", KP, "Shangla"), P("Shangla District", "district", KP, "Shangla"),
            P("Besham", "town", KP, "Shangla"), P("Bara Bandai", "town", KP, "Swat"),
            P("Swat District", "district", KP, "Swat")],
    incidents=[
        I("Militants of the Tehreek e Nafaz e Shariat e Mohammadi (TNSM) took control of the Police station and the tehsil offices at Alpuri",
          BAT, "Non-state actor overtakes territory", AA, "Tehreek-e-Nafaz-e-Shariat-e-Mohammadi", "Police", KP,
          "Shangla", "Alpuri", 1, "on November 24", 0, {}, 2,
          "The TNSM took the police station and tehsil offices by force after a gunfight, set up checkpoints and "
          "hoisted flags: Non-state actor overtakes territory. Militant-initiated, so GTD Armed Assault. Two "
          "policemen injured, no deaths reported."),
        I("Security Forces (SFs) killed eight militants in an exchange of fire", BAT, "Armed clash", None, SF, UAG, KP,
          "Swat", "Bara Bandai", 1, "on November 25", 9, {"militants": 8, "security_forces": 1}, None,
          "An exchange of fire reported from the state side, with no sign that the militants attacked first, so "
          "actor1 is Security Forces and GTD null (as in satp-sa-dev-9). The militants are not named here; the TNSM "
          "of the first sentence acted in Shangla, so actor2 stays Unidentified."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-18
R.append(dict(
    id="18", publisher="The Express Tribune",
    text=("Unidentified armed assailants shot dead six labourers hailing from Punjab at a construction site in Shahrak "
          "Bela village of Dasht tehsil in Kech District on April 9, reports The Express Tribune. The labourers were "
          "working on a link road when the attackers arrived on motorcycles, lined them up and opened fire. Levies "
          "officials said a seventh labourer escaped by hiding in a nearby culvert. The Baloch Liberation Front (BLF) "
          "claimed responsibility for the killings, saying the road was being built for the military. Separately, a "
          "schoolteacher, identified as Abdul Ghani Baloch, was abducted by armed men from Tump bazaar on April 10. His "
          "whereabouts remain unknown."),
    actors=[A("Levies", "state_force", 1, ["Levies"]),
            A("Baloch Liberation Front", "armed_group", 2, ["Baloch Liberation Front", "BLF"])],
    people=[Pe("Abdul Ghani Baloch", ["Abdul Ghani Baloch"], ["schoolteacher", "abducted"])],
    places=[P("Punjab", "province", PU, None), P("Shahrak Bela", "town", BA, "Kech"), P("Dasht", "area", BA, "Kech"),
            P("Kech District", "district", BA, "Kech"), P("Tump", "town", BA, "Kech")],
    incidents=[
        I("Unidentified armed assailants shot dead six labourers hailing from Punjab", VAC, "Attack", AA,
          "Baloch Liberation Front", CIV, BA, "Kech", "Shahrak Bela", 1, "on April 9", 6, {"civilians": 6}, None,
          "The BLF claimed the killings, so it is actor1 despite 'unidentified'. Labourers are a civilian role: "
          "civilians = 6. Punjab is where they came from, not where it happened."),
        I("a schoolteacher, identified as Abdul Ghani Baloch, was abducted by armed men", VAC,
          "Abduction/forced disappearance", KID, UAG, CIV, BA, "Kech", "Tump", 1, "on April 10", 0, {}, None,
          "An abduction with the victim still missing, so Abduction/forced disappearance with GTD Kidnapping. The BLF "
          "claim covers only the labourers. Tump lies in Kech District (general knowledge; the text gives no district "
          "for it)."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-19
R.append(dict(
    id="19", publisher="The News",
    text=("At least 12 militants were killed in clashes between the Lashkar e Islam (LeI) and Ansarul Islam in Sandapal "
          "area of Tirah valley in Khyber Agency on August 3, reports The News. Local sources said the fighting erupted "
          "when LeI militants attacked the positions of Ansarul Islam with mortars and heavy machine guns in an attempt to "
          "capture the heights overlooking the area. Ansarul Islam claimed that nine of the dead belonged to LeI, while "
          "the LeI said it had lost only two men. Several houses were also damaged in the fighting."),
    actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LeI"]),
            A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam"])],
    people=[],
    places=[P("Sandapal", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
            P("Khyber Agency", "district", KP, "Khyber")],
    incidents=[
        I("clashes between the Lashkar e Islam (LeI) and Ansarul Islam", BAT, "Armed clash", None, "Lashkar-e-Islam",
          "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on August 3", 12, {"militants": 12}, None,
          "Fighting between two armed groups; LeI attacked, so it is actor1. The attempt to capture the heights is "
          "not said to have succeeded, so Armed clash, not a territorial change. Inter-group fighting is not coded as "
          "a GTD attack (null). 'At least 12 militants' = 12; the two sides' split is disputed, so only the total is "
          "used. " + FATA_NOTE),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-20
R.append(dict(
    id="20", publisher="Dawn",
    text=("At least 25 militants were killed when military jets pounded their hideouts in Shawal valley of North "
          "Waziristan Agency on June 20, reports Dawn. An official statement issued by the Inter Services Public "
          "Relations (ISPR) said an ammunition dump was also destroyed in the strikes. Meanwhile, two soldiers were "
          "killed and five others injured when an improvised explosive device (IED) hit a military convoy near Boya "
          "village on the Mir Ali Miranshah road on June 21. Separately, Security Forces (SFs) arrested 17 suspected "
          "militants who were trying to escape along with displaced persons at a checkpost near Bannu on June 21."),
    actors=[SFA(["Security Forces", "SFs", "soldiers"])],
    people=[],
    places=[P("Shawal", "area", KP, "North Waziristan"), P("North Waziristan Agency", "district", KP, "North Waziristan"),
            P("Boya", "town", KP, "North Waziristan"), P("Mir Ali", "town", KP, "North Waziristan"),
            P("Miranshah", "town", KP, "North Waziristan"), P("Bannu", "city", KP, "Bannu")],
    incidents=[
        I("military jets pounded their hideouts", EX, "Air/drone strike", None, SF, UAG, KP, "North Waziristan",
          "Shawal", 2, "on June 20", 25, {"militants": 25}, None,
          "Pakistani military jets, so actor1 is the generic Security Forces; the ISPR is a media wing and only the "
          "source. A valley, hence precision 2. State action, GTD null. 'At least 25 militants' = 25. " + FATA_NOTE),
        I("an improvised explosive device (IED) hit a military convoy", EX, IED, BOMB, UAG, SF, KP, "North Waziristan",
          "Boya", 2, "on June 21", 2, {"security_forces": 2}, 5,
          "A roadside IED on a convoy 'near' Boya on the Mir Ali Miranshah road, hence precision 2. Two soldiers "
          "killed; the five injured have no stated side."),
        I("Security Forces (SFs) arrested 17 suspected militants", SD, "Arrests", None, SF, UAG, KP, "Bannu", "Bannu", 2,
          "on June 21", 0, {}, None,
          "Mass arrest at a checkpost 'near' Bannu, hence precision 2; Bannu is a settled district of KP (not FATA). "
          "Arrests get no GTD type."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-21
R.append(dict(
    id="21", publisher="Dawn",
    text=("At least 22 persons, including six children and two policemen, were killed and 60 others injured when a "
          "suicide bomber blew himself up at the entrance of an imambargah (Shia place of worship) in Hazara Town of "
          "Quetta during the evening prayers on June 30, reports Dawn. Deputy Inspector General (DIG) of Police Waqar "
          "Ahmed Kasi said the bomber, who was wearing a police uniform, was stopped by a volunteer guard at the gate and "
          "detonated his explosives there. The banned Lashkar e Jhangvi (LeJ) claimed responsibility for the attack. The "
          "provincial Government announced three days of mourning."),
    actors=[A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"]),
            POLICE(["policemen", "Police", "police"])],
    people=[Pe("Waqar Ahmed Kasi", ["Waqar Ahmed Kasi"], ["Deputy Inspector General (DIG) of Police"])],
    places=[P("Hazara Town", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta")],
    incidents=[
        I("a suicide bomber blew himself up at the entrance of an imambargah (Shia place of worship)", EX,
          "Suicide bomb", BOMB, "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Hazara Town", 1, "on June 30", 22,
          {"security_forces": 2}, 60,
          "Claimed by LeJ. 'At least 22 persons' = 22, bomber not counted. Two policemen are security_forces. The six "
          "children are not given a side, following satp-sa-dev-120 ('a woman and a child' got no side); the other "
          "14 are 'persons'."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-22
R.append(dict(
    id="22", publisher="The News",
    text=("Six soldiers and 14 militants were killed when around 200 militants coming from across the border attacked "
          "three security check posts in Sheringal area of Upper Dir District on the night of June 1, 2011, reports The "
          "News. Military officials said the attackers, armed with rockets and heavy weapons, were repulsed after a fight "
          "that lasted for several hours. Separately, the head of the local aman committee (peace committee), identified "
          "as Malik Sher Bahadur, was shot dead by militants near his house in Haya Serai area of Lower Dir District on "
          "June 2."),
    actors=[SFA(["soldiers"])],
    people=[Pe("Malik Sher Bahadur", ["Malik Sher Bahadur"], ["head of the local aman committee (peace committee)",
                                                              "shot dead"])],
    places=[P("Sheringal", "area", KP, "Upper Dir"), P("Upper Dir District", "district", KP, "Upper Dir"),
            P("Haya Serai", "area", KP, "Lower Dir"), P("Lower Dir District", "district", KP, "Lower Dir")],
    incidents=[
        I("around 200 militants coming from across the border attacked three security check posts", BAT,
          "Armed clash", AA, UAG, SF, KP, "Upper Dir", "Sheringal", 1, "on the night of June 1, 2011", 20,
          {"security_forces": 6, "militants": 14}, None,
          "A cross-border militant assault on check posts, repulsed after hours of fighting: Armed clash, GTD Armed "
          "Assault. Six soldiers and 14 militants killed. No group named."),
        I("the head of the local aman committee (peace committee), identified as Malik Sher Bahadur, was shot dead by militants",
          VAC, "Attack", "Assassination", UAG, UAG, KP, "Lower Dir", "Haya Serai", 1, "on June 2", 1, {}, None,
          "A one-sided shooting of the head of an unnamed pro-government aman committee near his house. As in "
          "satp-sa-dev-81, an unnamed militia target is coded actor2 Unidentified Armed Group and a militiaman fits "
          "no side, so killed_by_side is empty; as in satp-sa-dev-21 a member of an armed group killed off duty, not "
          "in combat, is Violence against civilians/Attack. GTD Assassination since a specific local leader was "
          "targeted."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-23
R.append(dict(
    id="23", publisher="Daily Times",
    text=("The Balochistan Home Department on July 19 imposed a ban on pillion riding in Quetta for one month following a "
          "wave of target killings in the provincial capital, reports Daily Times. A notification issued by the "
          "department said the ban would not apply to women, children and elderly persons. Meanwhile, Frontier Corps (FC) "
          "personnel launched a search operation in Kili Gul Jan area on the outskirts of Quetta and cordoned off the area "
          "for several hours. No arrest was reported."),
    actors=[FC(["Frontier Corps", "FC"])],
    people=[],
    places=[P("Quetta", "city", BA, "Quetta"), P("Kili Gul Jan", "area", BA, "Quetta")],
    incidents=[],
    not_incidents=["imposed a ban on pillion riding in Quetta for one month",
                   "a wave of target killings in the provincial capital",
                   "launched a search operation in Kili Gul Jan area on the outskirts of Quetta"],
))

# ---------------------------------------------------------------- BU-24
R.append(dict(
    id="24", publisher="Dawn",
    text=("Two persons belonging to the Shia community were shot dead by unidentified motorcyclists in Kotli Imam Hussain "
          "area of Dera Ismail Khan city on February 6, reports Dawn. Separately, militants fired four rockets at the "
          "Frontier Corps (FC) fort in Jandola area of Frontier Region Tank on February 7. The rockets landed in an open "
          "field and no loss of life was reported. On the same day, militants blew up a Government boys middle school in "
          "Drazinda area of Frontier Region Dera Ismail Khan. The school building was partially damaged."),
    actors=[FC(["Frontier Corps", "FC"])],
    people=[],
    places=[P("Kotli Imam Hussain", "area", KP, "Dera Ismail Khan"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            P("Jandola", "town", KP, "Tank"), P("Frontier Region Tank", "district", KP, "Tank"),
            P("Drazinda", "town", KP, "Dera Ismail Khan"),
            P("Frontier Region Dera Ismail Khan", "district", KP, "Dera Ismail Khan")],
    incidents=[
        I("Two persons belonging to the Shia community were shot dead by unidentified motorcyclists", VAC, "Attack", AA,
          UAG, CIV, KP, "Dera Ismail Khan", "Kotli Imam Hussain", 1, "on February 6", 2, {}, None,
          "A sectarian shooting; the victims are 'persons' identified only by sect, so no side."),
        I("militants fired four rockets at the Frontier Corps (FC) fort", EX, "Shelling/artillery/missile attack", BOMB,
          UAG, "Frontier Corps", KP, "Tank", "Jandola", 1, "on February 7", 0, {}, None,
          "Rocket fire with no gunfire: Shelling. 'No loss of life was reported': killed 0, injured null. Frontier "
          "Region Tank is coded to Tank, the district it was merged into in 2018 (by analogy with the FATA rule and "
          "with Darra Adamkhel under Kohat in satp-sa-dev-21)."),
        I("militants blew up a Government boys middle school", EX, IED, BOMB, UAG, None, KP, "Dera Ismail Khan",
          "Drazinda", 1, "On the same day", 0, {}, None,
          "Property only, so actor2 null; no casualties mentioned. 'On the same day' is February 7. Frontier Region "
          "Dera Ismail Khan is coded to Dera Ismail Khan (see the previous note)."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-25
R.append(dict(
    id="25", publisher="The News",
    text=("Six militants of the Tehreek e Taliban Pakistan (TTP), including a local commander identified as Gul Mast Khan, "
          "surrendered to the Police in Hangu District on October 12 and handed over their weapons, reports The News. "
          "District Police Officer (DPO) Sajid Khan Mohmand said the militants had been involved in attacks on Police and "
          "would be dealt with according to law. In a separate incident, militants abducted a Police constable, "
          "identified as Gul Nawaz, from Doaba area of Hangu District on October 11. His bullet riddled body was found in "
          "a dry stream near Thall town on October 13."),
    actors=[TTP, POLICE(["Police"])],
    people=[Pe("Gul Mast Khan", ["Gul Mast Khan"], ["local TTP commander", "surrendered"]),
            Pe("Sajid Khan Mohmand", ["Sajid Khan Mohmand"], ["District Police Officer (DPO)"]),
            Pe("Gul Nawaz", ["Gul Nawaz"], ["Police constable", "abducted and killed"])],
    places=[P("Hangu District", "district", KP, "Hangu"), P("Doaba", "area", KP, "Hangu"), P("Thall", "town", KP, "Hangu")],
    incidents=[
        I("Six militants of the Tehreek e Taliban Pakistan (TTP), including a local commander identified as Gul Mast Khan, surrendered to the Police",
          SD, "Other", None, "Tehreek-e-Taliban Pakistan", "Police", KP, "Hangu", "Hangu District", 2, "on October 12",
          0, {}, None,
          "A surrender of six TTP militants with their weapons. ACLED has no surrender sub-type; it is coded "
          "Strategic developments/Other (a monitor would count it as a surrender). Only the district is given, "
          "precision 2. No GTD type. Their past attacks are not incidents."),
        I("militants abducted a Police constable, identified as Gul Nawaz", VAC, "Attack", KID, UAG, "Police", KP,
          "Hangu", "Thall", 2, "on October 13", 1, {"security_forces": 1}, None,
          "Abducted from Doaba on October 11 and later found dead, so Attack with GTD Hostage Taking (Kidnapping) "
          "under the abducted-and-killed rule, which is taken to override the rule that attacks on police are "
          "Battles. Coded where and when the body was found ('near' Thall, October 13). A constable is "
          "security_forces."),
    ],
    not_incidents=["the militants had been involved in attacks on Police"],
))

# ---------------------------------------------------------------- BU-26
R.append(dict(
    id="26", publisher="Dawn",
    text=("A commander of the Mohmand chapter of the Tehreek e Taliban Pakistan (TTP), identified as Qari Zahid Mohmand, "
          "announced at a gathering of his fighters in Lakaro area of Mohmand Agency on September 3 that he had parted "
          "ways with the TTP and formed a new group named Tehreek e Taliban Ahrar ul Mohmand, reports Dawn. He said the "
          "new group would not attack the Government and would fight criminal gangs in the area. Separately, three "
          "volunteers of the local peace lashkar (tribal militia) were killed when militants attacked their check post in "
          "Baizai tehsil on September 4. The lashkar volunteers returned fire and the attackers fled, leaving behind a "
          "vehicle."),
    actors=[TTP, A("Tehreek-e-Taliban Pakistan (Mohmand chapter)", "armed_group", 2, ["Mohmand chapter"]),
            A("Tehreek-e-Taliban Ahrar-ul-Mohmand", "armed_group", 2, ["Tehreek e Taliban Ahrar ul Mohmand"])],
    people=[Pe("Qari Zahid Mohmand", ["Qari Zahid Mohmand"],
               ["commander of the Mohmand chapter of the TTP", "founder of Tehreek e Taliban Ahrar ul Mohmand"])],
    places=[P("Lakaro", "area", KP, "Mohmand"), P("Mohmand Agency", "district", KP, "Mohmand"),
            P("Baizai", "area", KP, "Mohmand")],
    incidents=[
        I("he had parted ways with the TTP and formed a new group named Tehreek e Taliban Ahrar ul Mohmand", SD,
          "Change to group/activity", None, "Tehreek-e-Taliban Ahrar-ul-Mohmand", None, KP, "Mohmand", "Lakaro", 1,
          "on September 3", 0, {}, None,
          "A split and a new group: Change to group/activity, with the new group as actor1. No violence, no GTD type. "
          + FATA_NOTE),
        I("three volunteers of the local peace lashkar (tribal militia) were killed when militants attacked their check post",
          BAT, "Armed clash", AA, UAG, UAG, KP, "Mohmand", "Baizai", 2, "on September 4", 3, {}, None,
          "An attack on an armed militia post with return fire: Armed clash. The lashkar is unnamed, so it is coded "
          "Unidentified Armed Group (as in satp-sa-dev-81) and not listed in actors; militiamen fit no side, so "
          "killed_by_side is empty. The attackers are not named (the new group had just renounced attacks). Tehsil "
          "only, precision 2."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-27
R.append(dict(
    id="27", publisher="Dawn",
    text=("An Awami National Party (ANP) leader, Haji Gul Rehman Khattak, and his guard were shot dead by unidentified "
          "gunmen near Banaras Chowk in Orangi Town of Karachi on January 9, reports Dawn. Khattak, a former member of the "
          "provincial assembly, was on his way home from the party office when his car was intercepted. Following the "
          "killing, enraged party workers set four vehicles on fire and forced the closure of shops in Banaras, Qasba "
          "Colony and Pirabad areas. Police fired tear gas shells to disperse the protesters. Two persons were injured in "
          "aerial firing during the protest."),
    actors=[POLICE(["Police"])],
    people=[Pe("Haji Gul Rehman Khattak", ["Haji Gul Rehman Khattak", "Khattak"],
               ["Awami National Party (ANP) leader", "former member of the provincial assembly"])],
    places=[P("Banaras Chowk", "area", SI, "Karachi"), P("Orangi Town", "area", SI, "Karachi"),
            P("Karachi", "city", SI, "Karachi"), P("Banaras", "area", SI, "Karachi"),
            P("Qasba Colony", "area", SI, "Karachi"), P("Pirabad", "area", SI, "Karachi")],
    incidents=[
        I("Haji Gul Rehman Khattak, and his guard were shot dead by unidentified gunmen", VAC, "Attack",
          "Assassination", UAG, CIV, SI, "Karachi", "Banaras Chowk", 2, "on January 9", 2, {"civilians": 2}, None,
          "A party leader and former MPA, a prominent target, so GTD Assassination. The guard takes his principal's "
          "side: civilians = 2. 'Near' Banaras Chowk, precision 2. The ANP is only the victim's party."),
        I("enraged party workers set four vehicles on fire and forced the closure of shops", "Riots",
          "Violent demonstration", None, "Rioters", "Police", SI, "Karachi", "Banaras", 2, "Following the killing", 0,
          {}, 2,
          "Arson and forced shop closures by party workers: Violent demonstration. Police fired tear gas, so Police "
          "is actor2. Three areas, so the first at precision 2. 'Two persons' injured in aerial firing whose source "
          "is not stated, counted with this event. 'Rioters' is the generic ACLED label (no dev precedent). No GTD "
          "type for a protest."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-28
R.append(dict(
    id="28", publisher="The News",
    text=("Two Levies personnel were killed and three others injured when militants attacked the Levies thana in "
          "Mangochar town of Kalat District with rockets and automatic weapons on the night of August 14, reports The "
          "News. Levies officials said the attackers, numbering around 30, fled towards the mountains after an hour long "
          "gunfight and took away two Kalashnikovs from the thana. A search operation was launched in the area. The "
          "United Baloch Army (UBA) claimed responsibility for the attack through its spokesman, Mureed Baloch."),
    actors=[A("Levies", "state_force", 1, ["Levies"]), A("United Baloch Army", "armed_group", 2,
                                                            ["United Baloch Army", "UBA"])],
    people=[Pe("Mureed Baloch", ["Mureed Baloch"], ["UBA spokesman"])],
    places=[P("Mangochar", "town", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat")],
    incidents=[
        I("militants attacked the Levies thana", BAT, "Armed clash", AA, "United Baloch Army", "Levies", BA, "Kalat",
          "Mangochar", 1, "on the night of August 14", 2, {"security_forces": 2}, 3,
          "Claimed by the UBA. A rocket and gun attack on a Levies station with an hour long gunfight: Armed clash. "
          "Two Levies killed; three 'others' injured (no side). The weapons taken are part of the same event. The "
          "search operation reports no outcome."),
    ],
    not_incidents=["A search operation was launched in the area"],
))

# ---------------------------------------------------------------- BU-29
R.append(dict(
    id="29", publisher=None,
    text=("Two militants were killed when explosives they were planting on a roadside went off prematurely near Tangi "
          "town of Charsadda District. Police said the militants were trying to plant the device on the route of a "
          "Police patrol when it exploded. A third militant was arrested from the site in injured condition and was "
          "shifted to the District Headquarters Hospital under"),
    actors=[POLICE(["Police"])],
    people=[],
    places=[P("Tangi", "town", KP, "Charsadda"), P("Charsadda District", "district", KP, "Charsadda")],
    incidents=[
        I("explosives they were planting on a roadside went off prematurely", SD, "Disrupted weapons use", BOMB, None,
          UAG, KP, "Charsadda", "Tangi", 2, None, 2, {"militants": 2}, 1,
          "A bomb that went off while being planted, killing only its planters: coded as a disrupted bombing "
          "(Strategic developments/Disrupted weapons use) rather than an IED attack, since no target was hit; no one "
          "disrupted it, so actor1 is null as in satp-sa-dev-93. The third militant, injured and arrested, is "
          "injured = 1, and the arrest is part of this event. 'Near' Tangi, precision 2. The text is cut off "
          "mid-sentence and gives no date or outlet."),
    ],
    not_incidents=[],
))

# ---------------------------------------------------------------- BU-30
R.append(dict(
    id="30", publisher="Daily Times",
    text=("Security Forces (SFs) regained control of Bandai Sar village in Kabal tehsil of Swat District on June 3, 2009, "
          "after three days of fighting in which 14 militants and two soldiers were killed, according to an Inter Services "
          "Public Relations (ISPR) statement, reports Daily Times. Two civilians, including a woman, were killed and three "
          "others injured when a mortar shell fired by SFs hit their house in Shakardara village on June 2. Meanwhile, "
          "militants blew up the house of a local Awami National Party (ANP) leader in Ningolai area of Kabal tehsil on "
          "June 3. The family had already left the area. The curfew in Mingora was relaxed for six hours on June 4 to "
          "allow residents to buy food."),
    actors=[SFA(["Security Forces", "SFs", "soldiers"])],
    people=[],
    places=[P("Bandai Sar", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
            P("Shakardara", "town", KP, "Swat"), P("Ningolai", "area", KP, "Swat"), P("Mingora", "city", KP, "Swat")],
    incidents=[
        I("Security Forces (SFs) regained control of Bandai Sar village", BAT, "Government regains territory", None, SF,
          UAG, KP, "Swat", "Bandai Sar", 1, "on June 3, 2009", 16, {"militants": 14, "security_forces": 2}, None,
          "Control of the village changed hands after three days of fighting: Government regains territory, dated to "
          "the day control was regained. The deaths of the three days are counted with it. State action, GTD null. "
          "Militants unnamed."),
        I("a mortar shell fired by SFs hit their house", EX, "Shelling/artillery/missile attack", None, SF, CIV, KP,
          "Swat", "Shakardara", 1, "on June 2", 2, {"civilians": 2}, 3,
          "State mortar fire that killed two civilians in their home; kept separate from the fight for Bandai Sar "
          "because it hit another village and civilians. The text says 'Two civilians', so civilians = 2 (contrast "
          "BU-21, where children alone got no side). State action, GTD null. Shakardara is read as in Swat from "
          "context (the operation in Kabal)."),
        I("militants blew up the house of a local Awami National Party (ANP) leader", EX, IED, BOMB, UAG, CIV, KP, "Swat",
          "Ningolai", 1, "on June 3", 0, {}, None,
          "A party leader's house blown up while the family was away; actor2 Civilians as for the MPA's house in "
          "satp-sa-dev-0. No casualties reported: killed 0, injured null. The curfew relaxation is not an incident."),
    ],
    not_incidents=["The curfew in Mingora was relaxed for six hours on June 4"],
))


def gold(r):
    return {
        "article": f"BU-{r['id']}.txt",
        "about": "Hand-coded from the text alone.",
        "publisher": r["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": r["actors"],
        "people": r["people"],
        "places": r["places"],
        "quotes": [],
        "incidents": r["incidents"],
        "not_incidents": r["not_incidents"],
        "relations": [],
        "actor_profiles": {},
    }


def main():
    assert len(R) == 30 and [r["id"] for r in R] == [f"{i:02d}" for i in range(1, 31)]
    for r in R:
        with open(os.path.join(HERE, f"BU-{r['id']}.txt"), "w", encoding="utf-8") as f:
            f.write(r["text"])
        with open(os.path.join(HERE, f"BU-{r['id']}.gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(r), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(f"wrote {len(R)} reports")


if __name__ == "__main__":
    main()
