#!/usr/bin/env python3
"""Writes the Set AR reports (AR-NN.txt) and their hand-coded gold files (AR-NN.gold.json).

Every value below was coded by hand from the report text; this script only lays the
records out in the dev gold shape (same key order) so that the files are uniform.
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

KP = "Khyber Pakhtunkhwa"
BL = "Balochistan"
SD = "Sindh"
PB = "Punjab"
ICT = "Islamabad Capital Territory"
GB = "Gilgit-Baltistan"
AJK = "Azad Jammu and Kashmir"
UAG = "Unidentified Armed Group"
CIV = "Civilians"
FATA_NOTE = (" Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018;"
             " not among the allowed admin1 values).")


def A(canonical, kind, inter, *mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": list(mentions), "roles": list(roles)}


def L(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": ev,
        "acled_sub_event_type": sub,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": admin1,
        "admin2": admin2,
        "location": loc,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


BAT, CLASH = "Battles", "Armed clash"
EXP = "Explosions/Remote violence"
IED, SUI, GREN, SHELL, AIR = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                              "Shelling/artillery/missile attack", "Air/drone strike")
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SD_ = "Strategic developments"
PROT = "Protests"

POLICE = lambda *m: A("Police", "state_force", 1, *m)
SF = lambda *m: A("Security Forces", "state_force", 1, *m)
FC = A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC")
LEVIES = A("Levies", "state_force", 1, "Levies")
BDS = A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS")
CTD = A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD")
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP")
TTP_C = "Tehreek-e-Taliban Pakistan"

R = []  # (id, publisher, text, actors, people, places, quotes, incidents, not_incidents)

# ---------------------------------------------------------------- AR-01
R.append(dict(
    id="AR-01", publisher="Dawn",
    text=("Two policemen were killed and another was injured when militants attacked a Police check post in "
          "Garhi Sher Ahmad village of Domel tehsil (revenue unit) in Bannu District of Khyber Pakhtunkhwa late on "
          "Saturday night, reports Dawn. Police officials said that around 15 militants armed with automatic weapons "
          "opened fire on the check post from three sides and the policemen on duty returned fire. The slain policemen were identified as constable Sher Zaman and constable Noor Rehman, while the "
          "injured head constable, Amir Nawaz, was shifted to the District Headquarters Hospital in Bannu."),
    actors=[POLICE("Police", "policemen")],
    people=[P("Sher Zaman", ["Sher Zaman"], ["constable", "killed in the attack on the check post"]),
            P("Noor Rehman", ["Noor Rehman"], ["constable", "killed in the attack on the check post"]),
            P("Amir Nawaz", ["Amir Nawaz"], ["head constable", "injured in the attack"])],
    places=[L("Garhi Sher Ahmad", "town", KP, "Bannu"), L("Domel", "area", KP, "Bannu"),
            L("Bannu District", "district", KP, "Bannu"), L("Khyber Pakhtunkhwa", "province", KP, None),
            L("Bannu", "city", KP, "Bannu")],
    quotes=[],
    incidents=[I("militants attacked a Police check post in Garhi Sher Ahmad village", BAT, CLASH, "Armed Assault",
                 UAG, "Police", KP, "Bannu", "Garhi Sher Ahmad", 1, "late on Saturday night", 2,
                 {"security_forces": 2}, 1,
                 "About 15 militants fired on a Police check post from three sides and the policemen returned fire. "
                 "An attack on police is Battles/Armed clash; the militants started it, so GTD "
                 "Armed Assault. Two constables killed (security_forces), one head constable injured. No group is "
                 "named, so actor1 is Unidentified. Bannu city is only where the injured man was taken.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-02
R.append(dict(
    id="AR-02", publisher=None,
    text=("Security Forces (SFs) killed four terrorists during an intelligence based operation (IBO) in Datta Khel "
          "area of North Waziristan District of Khyber Pakhtunkhwa on the intervening night of June 11 and 12, "
          "according to Inter Services Public Relations (ISPR). The troops cordoned off a compound used as a hideout "
          "by the terrorists and an intense exchange of fire followed. Two soldiers, Naik Shahid Gul and Sepoy Wajid "
          "Ali, embraced martyrdom during the exchange of fire. A cache of weapons, ammunition and explosives was "
          "recovered from the killed terrorists, who were involved in attacks on SFs and target killings of civilians "
          "in the area, the ISPR added. In a separate incident on the same day, a soldier was injured when an "
          "improvised explosive device (IED) planted along a road went off near a patrolling party of SFs in Spinwam "
          "area of the same district."),
    actors=[SF("Security Forces", "SFs", "troops", "soldiers", "soldier")],
    people=[P("Shahid Gul", ["Naik Shahid Gul"], ["Naik (soldier)", "killed in the exchange of fire"]),
            P("Wajid Ali", ["Sepoy Wajid Ali"], ["Sepoy (soldier)", "killed in the exchange of fire"])],
    places=[L("Datta Khel", "area", KP, "North Waziristan"),
            L("North Waziristan District", "district", KP, "North Waziristan"),
            L("Khyber Pakhtunkhwa", "province", KP, None), L("Spinwam", "area", KP, "North Waziristan")],
    quotes=[],
    incidents=[
        I("Security Forces (SFs) killed four terrorists during an intelligence based operation (IBO)", BAT, CLASH,
          None, "Security Forces", UAG, KP, "North Waziristan", "Datta Khel", 1,
          "on the intervening night of June 11 and 12", 6, {"militants": 4, "security_forces": 2}, None,
          "A state-initiated IBO on a hideout, so GTD is null and actor1 is Security Forces. The deaths are given "
          "in separate sentences: four terrorists in the first, two named soldiers in the third; killed = 6. No "
          "group is named for the terrorists. The weapons cache is part of this event, and the terrorists' past "
          "'attacks on SFs and target killings' are generic background, not incidents. ISPR is the military's "
          "press wing and only the source, so it is not listed in actors and publisher is null (no newspaper is "
          "named). The date is a two-day span; date_text keeps it as written."),
        I("an improvised explosive device (IED) planted along a road went off near a patrolling party of SFs", EXP,
          IED, "Bombing/Explosion", UAG, "Security Forces", KP, "North Waziristan", "Spinwam", 1, "on the same day",
          0, {}, 1,
          "A separate IED blast against an SF patrol; one soldier injured, no one killed. 'The same district' is "
          "North Waziristan. 'The same day' refers back to the operation's 'intervening night of June 11 and 12', "
          "so the day itself is uncertain (most likely June 12)."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-03
R.append(dict(
    id="AR-03", publisher="Daily Times",
    text=("Separately, at least five persons, including two children, were injured when unidentified assailants "
          "hurled a hand grenade at a crowded fruit market on Spinny Road in Quetta, the provincial capital of "
          "Balochistan, on Tuesday evening, reports Daily Times. The attackers, riding a motorcycle, managed to escape."),
    actors=[],
    people=[],
    places=[L("Spinny Road", "area", BL, "Quetta"), L("Quetta", "city", BL, "Quetta"),
            L("Balochistan", "province", BL, None)],
    quotes=[],
    incidents=[I("unidentified assailants hurled a hand grenade at a crowded fruit market on Spinny Road", EXP, GREN,
                 "Bombing/Explosion", UAG, CIV, BL, "Quetta", "Spinny Road", 1, "on Tuesday evening", 0, {}, 5,
                 "A grenade thrown at a market crowd. 'At least five persons' injured = 5; no death is reported. "
                 "The report opens with 'Separately', as SATP summaries cut from a longer entry do; that changes "
                 "nothing in the coding.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-04
R.append(dict(
    id="AR-04", publisher="The News",
    text=("A worker of the Awami National Party (ANP), identified as Gul Muhammad Khattak (38), was shot dead by "
          "unidentified armed motorcyclists within the limits of Pirabad Police Station in Orangi Town of Karachi, the "
          "provincial capital of Sindh on Sunday, reports The News. Police said Khattak was sitting at a tea stall "
          "near his home when two men on a motorcycle opened fire at him and fled. Hours later, an activist of the "
          "Pakistan Peoples Party (PPP), identified as Javed Baloch, was shot at and wounded in the same area while "
          "he was returning home from a party meeting. Pirabad Station House Officer (SHO) Riaz Ahmed said the two "
          "attacks appeared to be linked to the ongoing political rivalry in the locality."),
    actors=[POLICE("Police")],
    people=[P("Gul Muhammad Khattak", ["Gul Muhammad Khattak", "Khattak"],
              ["worker of the Awami National Party (ANP)", "shot dead"]),
            P("Javed Baloch", ["Javed Baloch"], ["activist of the Pakistan Peoples Party (PPP)", "wounded"]),
            P("Riaz Ahmed", ["Riaz Ahmed"], ["Pirabad Station House Officer (SHO)"])],
    places=[L("Pirabad", "area", SD, "Karachi"), L("Orangi Town", "area", SD, "Karachi"),
            L("Karachi", "city", SD, "Karachi"), L("Sindh", "province", SD, None)],
    quotes=[],
    incidents=[
        I("was shot dead by unidentified armed motorcyclists", VAC, ATT, "Armed Assault", UAG, CIV, SD, "Karachi",
          "Pirabad", 1, "on Sunday", 1, {"civilians": 1},
          None,
          "Target killing of an ANP worker at a tea stall. The place is given only as the limits of Pirabad Police "
          "Station; in a city a police station's limits are a neighbourhood, so location Pirabad, precision 1. A "
          "party worker is a civilian role; not a prominent figure, so Armed Assault. ANP and PPP are parties named "
          "only as victims' affiliations and are not listed in actors."),
        I("was shot at and wounded in the same area", VAC, ATT, "Armed Assault", UAG, CIV, SD, "Karachi", "Pirabad",
          1, "Hours later", 0, {}, 1,
          "A second shooting 'hours later' on the same Sunday: a PPP activist wounded. 'The same area' refers back "
          "to the Pirabad Police Station limits. The SHO only says the attacks 'appeared to be linked', so they "
          "stay two incidents with unidentified attackers."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-05
R.append(dict(
    id="AR-05", publisher="Dawn",
    text=("At least 11 persons were killed and 23 others injured when a suicide bomber blew himself up at a jirga "
          "(council of elders) in Zagai Kalay area of Khar tehsil in Bajaur Agency of Federally Administered Tribal "
          "Areas (FATA) on March 18, reports Dawn. Officials said that around 60 elders of the Salarzai tribe had "
          "gathered at the hujra (guest house) of Malik Fazal Wahid to discuss the formation of a lashkar (tribal "
          "militia) against militants when the bomber, who appeared to be in his teens, walked in and detonated his "
          "explosives. Fazal Wahid escaped unhurt, but his nephew was among the dead. Later, Tehreek e Taliban "
          "Pakistan (TTP) spokesman Muhammad Sajid, talking to journalists by telephone from an undisclosed location, "
          "claimed responsibility for the attack and warned that elders who sided with the government would meet the "
          "same fate."),
    actors=[TTP],
    people=[P("Fazal Wahid", ["Malik Fazal Wahid", "Fazal Wahid"],
              ["tribal elder (Malik)", "host of the jirga at his hujra", "escaped unhurt"]),
            P("Muhammad Sajid", ["Muhammad Sajid"], ["Tehreek e Taliban Pakistan (TTP) spokesman"])],
    places=[L("Zagai Kalay", "area", KP, "Bajaur"), L("Khar", "area", KP, "Bajaur"),
            L("Bajaur Agency", "district", KP, "Bajaur"),
            L("Federally Administered Tribal Areas", "area", KP, None)],
    quotes=[],
    incidents=[I("a suicide bomber blew himself up at a jirga (council of elders)", EXP, SUI, "Bombing/Explosion",
                 TTP_C, CIV, KP, "Bajaur", "Zagai Kalay", 1, "on March 18", 11, {}, 23,
                 "The opening sentence names no group; the TTP is named only in the later claim of responsibility, "
                 "so it is actor1. The jirga of elders meeting to raise an anti-militant lashkar is civilian. 'At "
                 "least 11 persons' = 11; they are only 'persons' (the host's nephew among them), so no side is "
                 "given. The bomber is not counted. The Salarzai tribe is not an organisation and is not listed."
                 + FATA_NOTE)],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-06
R.append(dict(
    id="AR-06", publisher="The Express Tribune",
    text=("A Lady Health Worker (LHW), identified as Shaista Bibi, was shot dead and a policeman escorting her polio "
          "vaccination team was injured when unidentified armed men opened fire on them in Tajazai area of Lakki "
          "Marwat District in Khyber Pakhtunkhwa on April 22, reports The Express Tribune. Police said the assailants, "
          "riding a motorcycle, attacked the team while it was going door to door on the second day of an anti polio "
          "campaign. The campaign in the union council was suspended after the attack. In another incident, "
          "unidentified militants hurled a hand grenade into the compound of Serai Naurang Police Station late in the "
          "night, damaging a parked police van. No one was hurt in the grenade attack."),
    actors=[POLICE("Police", "policeman", "police")],
    people=[P("Shaista Bibi", ["Shaista Bibi"], ["Lady Health Worker (LHW)", "polio vaccination team member",
                                                 "shot dead"])],
    places=[L("Tajazai", "area", KP, "Lakki Marwat"), L("Lakki Marwat District", "district", KP, "Lakki Marwat"),
            L("Khyber Pakhtunkhwa", "province", KP, None), L("Serai Naurang", "town", KP, "Lakki Marwat")],
    quotes=[],
    incidents=[
        I("unidentified armed men opened fire on them in Tajazai area", VAC, ATT, "Armed Assault", UAG, CIV, KP,
          "Lakki Marwat", "Tajazai", 1, "on April 22", 1, {"civilians": 1}, 1,
          "The target was a polio vaccination team; the dead Lady Health Worker is a civilian health worker. Its "
          "police escort was injured but did not fight back in the text, so the attack is coded as one on "
          "civilians (Battles/Armed clash against Police would be the alternative reading). Not a prominent "
          "target, so Armed Assault."),
        I("unidentified militants hurled a hand grenade into the compound of Serai Naurang Police Station", EXP,
          GREN, "Bombing/Explosion", UAG, "Police", KP, "Lakki Marwat", "Serai Naurang", 1, "late in the night", 0,
          {}, 0,
          "A grenade thrown into a police station compound damaged a police van; 'No one was hurt', so killed and "
          "injured are 0. The text gives no district for Serai Naurang; it lies in Lakki Marwat District (general "
          "knowledge, and the report is about that district). 'Late in the night' is read as the night of April "
          "22."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-07
R.append(dict(
    id="AR-07", publisher="The News",
    text=("At least eight militants of Lashkar e Islam (LI) and three volunteers of the rival Ansar ul Islam (AI) "
          "were killed in a clash in Nakai Sar area of Tirah valley in Khyber Agency of Federally Administered Tribal "
          "Areas (FATA) on October 9, 2011, reports The News, quoting local sources. The fighting erupted when LI militants "
          "tried to capture a hilltop position held by AI and continued till late evening. However, LI spokesman Sher "
          "Dil Afridi, talking to reporters by telephone, rejected the figures and said that only two of his men had "
          "been killed while the group had inflicted heavy losses on the enemy. The two groups have been fighting for "
          "control of Tirah valley for more than two years."),
    actors=[A("Lashkar-e-Islam", "armed_group", 2, "Lashkar e Islam", "LI"),
            A("Ansar-ul-Islam", "armed_group", 2, "Ansar ul Islam", "AI")],
    people=[P("Sher Dil Afridi", ["Sher Dil Afridi"], ["LI spokesman"])],
    places=[L("Nakai Sar", "area", KP, "Khyber"), L("Tirah valley", "area", KP, "Khyber"),
            L("Khyber Agency", "district", KP, "Khyber"),
            L("Federally Administered Tribal Areas", "area", KP, None)],
    quotes=[],
    incidents=[I("LI militants tried to capture a hilltop position held by AI", BAT, CLASH, "Armed Assault",
                 "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Nakai Sar", 1, "on October 9, 2011", 5,
                 {"militants": 5}, None,
                 "A clash between two armed groups, started by LI trying to take an AI position, so LI is actor1 "
                 "and GTD Armed Assault; LI failed, so no territory changed hands (Armed clash). Local sources give "
                 "8 LI + 3 AI dead; LI's spokesman says only two of his men died. Sources disagree, so the most "
                 "conservative figure is used: 2 LI + 3 AI = 5 (the AI count is not disputed). AI 'volunteers' are "
                 "fighters of an armed group, so all five are militants. The two-year rivalry is background."
                 + FATA_NOTE)],
    not_incidents=["The two groups have been fighting for control of Tirah valley for more than two years"]))

# ---------------------------------------------------------------- AR-08
R.append(dict(
    id="AR-08", publisher="Dawn",
    text=("Three Frontier Corps (FC) personnel were killed and two others injured when a remote controlled "
          "improvised explosive device (IED) struck their vehicle near Hoshab in Kech District of Balochistan on "
          "Thursday morning, reports Dawn. The FC personnel were on a routine patrol on the main highway when the "
          "explosives, planted in a culvert, went off. Later, Chakar Baloch, a spokesman for the Balochistan "
          "Liberation Front (BLF), called journalists in Quetta from an undisclosed location and claimed "
          "responsibility for the attack. Separately, unidentified gunmen shot dead a Levies naib risaldar, identified "
          "as Abdul Ghani, in the main bazaar of Panjgur town on the same day. Levies officials said the attackers "
          "escaped on a motorcycle."),
    actors=[FC, A("Balochistan Liberation Front", "armed_group", 2, "Balochistan Liberation Front", "BLF"), LEVIES],
    people=[P("Chakar Baloch", ["Chakar Baloch"], ["spokesman for the Balochistan Liberation Front (BLF)"]),
            P("Abdul Ghani", ["Abdul Ghani"], ["Levies naib risaldar", "shot dead"])],
    places=[L("Hoshab", "town", BL, "Kech"), L("Kech District", "district", BL, "Kech"),
            L("Balochistan", "province", BL, None), L("Quetta", "city", BL, "Quetta"),
            L("Panjgur", "town", BL, "Panjgur")],
    quotes=[],
    incidents=[
        I("a remote controlled improvised explosive device (IED) struck their vehicle near Hoshab", EXP, IED,
          "Bombing/Explosion", "Balochistan Liberation Front", "Frontier Corps", BL, "Kech", "Hoshab", 2,
          "on Thursday morning", 3, {"security_forces": 3}, 2,
          "A remote-controlled IED in a culvert hit an FC patrol. The BLF claimed it, so it is actor1. 'Near' "
          "Hoshab, hence precision 2. Quetta is only where the journalists the spokesman called were; the "
          "spokesman himself was at an undisclosed location. The two injured are FC personnel."),
        I("unidentified gunmen shot dead a Levies naib risaldar", BAT, CLASH, "Armed Assault", UAG, "Levies", BL,
          "Panjgur", "Panjgur", 1, "on the same day", 1, {"security_forces": 1},
          None,
          "A Levies official was shot dead in Panjgur bazaar. An attack on a state force is Battles/Armed clash "
          "under the project rules, even when one-sided. The BLF claim covers only the IED, so this stays "
          "Unidentified."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-09
R.append(dict(
    id="AR-09", publisher="The Express Tribune",
    text=("The Counter Terrorism Department (CTD) of Punjab foiled a terror bid and arrested three suspected "
          "terrorists affiliated with Daesh (Islamic State) in Shahdara area of Lahore on Friday, reports The Express "
          "Tribune. According to a CTD spokesman, the suspects were planning to target a religious procession, and a "
          "suicide jacket, two hand grenades, detonators and a map of the procession route were recovered from their "
          "possession. The arrested suspects were identified as Usman alias Abu Hamza, Kashif Nawaz and Rizwan Ali. "
          "On the same day, a CTD team arrested two activists of the banned Lashkar e Jhangvi (LeJ) during a raid in "
          "Chowk Kumharanwala area of Multan and recovered two pistols and ammunition from them."),
    actors=[CTD, A("Islamic State", "armed_group", 2, "Daesh", "Islamic State"),
            A("Lashkar-e-Jhangvi", "armed_group", 2, "Lashkar e Jhangvi", "LeJ")],
    people=[P("Usman", ["Usman", "Abu Hamza"], ["suspected Daesh terrorist", "arrested"]),
            P("Kashif Nawaz", ["Kashif Nawaz"], ["suspected Daesh terrorist", "arrested"]),
            P("Rizwan Ali", ["Rizwan Ali"], ["suspected Daesh terrorist", "arrested"])],
    places=[L("Punjab", "province", PB, None), L("Shahdara", "area", PB, "Lahore"), L("Lahore", "city", PB, "Lahore"),
            L("Chowk Kumharanwala", "area", PB, "Multan"), L("Multan", "city", PB, "Multan")],
    quotes=[],
    incidents=[
        I("foiled a terror bid and arrested three suspected terrorists affiliated with Daesh (Islamic State)", SD_,
          "Disrupted weapons use", "Bombing/Explosion", "Counter Terrorism Department", "Islamic State", PB,
          "Lahore", "Shahdara", 1, "on Friday", 0, {}, None,
          "A foiled plot: a suicide jacket, grenades and detonators were seized from suspects planning to hit a "
          "procession. Recovered devices make it Disrupted weapons use (as for defused bombs in the dev set), with "
          "GTD Bombing/Explosion for the attack that was prevented; the three arrests are part of this same event, "
          "not a separate Arrests record. 'Usman alias Abu Hamza' is one person."),
        I("a CTD team arrested two activists of the banned Lashkar e Jhangvi (LeJ)", SD_, "Arrests", None,
          "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Multan", "Chowk Kumharanwala", 1,
          "On the same day", 0, {}, None,
          "A separate raid in Multan with two arrests; it is not tied to the Lahore plot, so it is its own Arrests "
          "incident (no GTD type). Two pistols and ammunition are small arms found on the men, part of the arrest."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-10
R.append(dict(
    id="AR-10", publisher="Dawn",
    text=("A prominent religious scholar and provincial leader of Jamiat Ulema e Islam Fazl (JUI F), Maulana Abdul "
          "Qayyum Soomro, was critically injured when two armed men on a motorcycle opened fire at him outside his "
          "seminary in Lakhi town of Shikarpur District in Sindh on the evening of October 2, reports Dawn. His son, "
          "Muhammad Naveed, who was accompanying him, received a bullet in his leg. Maulana Soomro was first taken to "
          "the Taluka Hospital in Lakhi and was later shifted to Chandka Medical College Hospital in Larkana, where he "
          "succumbed to his injuries on the next day."),
    actors=[],
    people=[P("Abdul Qayyum Soomro", ["Maulana Abdul Qayyum Soomro", "Maulana Soomro"],
              ["prominent religious scholar", "provincial leader of Jamiat Ulema e Islam Fazl (JUI F)",
               "died of his injuries the next day"]),
            P("Muhammad Naveed", ["Muhammad Naveed"], ["son of Abdul Qayyum Soomro", "injured"])],
    places=[L("Lakhi", "town", SD, "Shikarpur"), L("Shikarpur District", "district", SD, "Shikarpur"),
            L("Sindh", "province", SD, None), L("Larkana", "city", SD, "Larkana")],
    quotes=[],
    incidents=[I("two armed men on a motorcycle opened fire at him outside his seminary", VAC, ATT, "Assassination",
                 UAG, CIV, SD, "Shikarpur", "Lakhi", 1, "on the evening of October 2", 1, {"civilians": 1}, 1,
                 "The scholar was 'critically injured' and died in hospital in Larkana the next day; he is counted "
                 "once, as killed, and the incident keeps the date and place of the shooting (Larkana is only where "
                 "he died). Injured = 1, his son. A named, prominent religious and party figure was singled out, so "
                 "GTD Assassination. A religious scholar is a civilian role. JUI F is a party named only as the "
                 "victim's affiliation and is not listed.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-11
R.append(dict(
    id="AR-11", publisher="The Express Tribune",
    text=("Unidentified militants set fire to a government girls middle school in Gaiwal village of Darel tehsil in "
          "Diamer District of Gilgit Baltistan on the intervening night of November 14 and 15, reports The Express "
          "Tribune. The furniture, books and record of the school were reduced to ashes, while two classrooms were "
          "partially damaged. Police said a hand written note warning parents against sending their daughters to "
          "school was found at the gate. \"The culprits will be brought to justice soon, we have identified some "
          "suspects,\" Diamer Superintendent of Police (SP) Farooq Hussain told reporters in Chilas. Schools in the "
          "valley had been targeted in the past as well."),
    actors=[POLICE("Police")],
    people=[P("Farooq Hussain", ["Farooq Hussain"], ["Diamer Superintendent of Police (SP)"])],
    places=[L("Gaiwal", "town", GB, "Diamer"), L("Darel", "area", GB, "Diamer"),
            L("Diamer District", "district", GB, "Diamer"), L("Gilgit Baltistan", "province", GB, None),
            L("Chilas", "town", GB, "Diamer")],
    quotes=[{"speaker": "Farooq Hussain", "starts": "The culprits will be brought to justice soon"}],
    incidents=[I("Unidentified militants set fire to a government girls middle school", SD_,
                 "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Gaiwal",
                 1, "on the intervening night of November 14 and 15", 0, {}, None,
                 "Arson on an empty girls school: no one was hurt, so actor2 is null and ACLED Strategic "
                 "developments/Looting/property destruction (no explosives, no casualties); GTD Facility/"
                 "Infrastructure Attack because fire, not a bomb, was used. The SP spoke in Chilas, the district "
                 "headquarters, which is not the incident place. Past attacks on schools in the valley are undated "
                 "background.")],
    not_incidents=["Schools in the valley had been targeted in the past as well"]))

# ---------------------------------------------------------------- AR-12
R.append(dict(
    id="AR-12", publisher="Daily Times",
    text=("Militants of Tehreek e Taliban Pakistan (TTP) attacked a checkpost of the Adezai Aman Lashkar (peace "
          "militia) in Mashokhel area on the outskirts of Peshawar, the provincial capital of North West Frontier "
          "Province (NWFP), early on Tuesday, reports Daily Times. Lashkar chief Fazal Rabi said that dozens of "
          "militants coming from the direction of Darra Adamkhel attacked the post from the hills and the volunteers "
          "fought back for nearly three hours. Four volunteers of the lashkar were killed in the fighting. Fazal Rabi "
          "claimed that his men had killed at least nine militants and the attackers had taken away the bodies, but "
          "the claim could not be verified independently. Meanwhile, two rockets fired by unidentified militants "
          "landed in an open field near the Badaber Police Station on the same evening, causing no casualties."),
    actors=[TTP, A("Adezai Aman Lashkar", "militia", 4, "Adezai Aman Lashkar"), POLICE("Police")],
    people=[P("Fazal Rabi", ["Fazal Rabi"], ["chief of the Adezai Aman Lashkar"])],
    places=[L("Mashokhel", "area", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar"),
            L("North West Frontier Province", "province", KP, None), L("Darra Adamkhel", "area", KP, "Kohat"),
            L("Badaber", "area", KP, "Peshawar")],
    quotes=[],
    incidents=[
        I("Militants of Tehreek e Taliban Pakistan (TTP) attacked a checkpost of the Adezai Aman Lashkar", BAT,
          CLASH, "Armed Assault", TTP_C, "Adezai Aman Lashkar", KP, "Peshawar", "Mashokhel", 1, "early on Tuesday",
          4, {}, None,
          "The TTP attacked a pro-government tribal militia's post and the volunteers fought back. Four lashkar "
          "volunteers were killed; the lashkar chief's claim of nine militants killed is unverified and no bodies "
          "were seen, so it is not counted (conservative). A pro-government militiaman fits none of the sides, so "
          "killed_by_side is empty. The named lashkar is listed as a communal/identity militia (inter 4). NWFP is "
          "the pre-2010 name of Khyber Pakhtunkhwa. Darra Adamkhel is only where the attackers came from."),
        I("two rockets fired by unidentified militants landed in an open field near the Badaber Police Station",
          EXP, SHELL, "Bombing/Explosion", UAG, None, KP, "Peshawar", "Badaber", 1, "on the same evening", 0, {}, 0,
          "Rocket fire with no gunfire is Shelling/artillery/missile attack. The rockets fell in a field near a "
          "police station, but the text does not say the station was the target, so actor2 is null. 'Causing no "
          "casualties' gives killed and injured 0. Police is listed in actors only because the station is named."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-13
R.append(dict(
    id="AR-13", publisher="The News",
    text=("A civilian was killed and three others, including a woman, were injured when Indian troops resorted to "
          "unprovoked firing and shelling across the Line of Control (LoC) in Nakyal sector of Kotli District in Azad "
          "Jammu and Kashmir (AJK) on Sunday, reports The News, citing Inter Services Public Relations (ISPR). The "
          "deceased was identified as Muhammad Sadiq (70), a resident of Dabsi village, who was working in his fields "
          "when a mortar shell landed nearby. Pakistani troops responded effectively and silenced the Indian guns, the "
          "ISPR said. Later, the Foreign Office summoned the Indian Deputy High Commissioner to lodge a strong protest "
          "over the ceasefire violation."),
    actors=[A("Military Forces of India", "state_force", 8, "Indian troops"), SF("Pakistani troops")],
    people=[P("Muhammad Sadiq", ["Muhammad Sadiq"], ["civilian", "resident of Dabsi village",
                                                     "killed by a mortar shell while working in his fields"])],
    places=[L("Nakyal", "area", AJK, "Kotli"), L("Kotli District", "district", AJK, "Kotli"),
            L("Azad Jammu and Kashmir", "province", AJK, None), L("Dabsi", "town", AJK, "Kotli")],
    quotes=[],
    incidents=[I("Indian troops resorted to unprovoked firing and shelling across the Line of Control (LoC)", EXP,
                 SHELL, None, "Military Forces of India", CIV, AJK, "Kotli", "Nakyal", 2, "on Sunday", 1,
                 {"civilians": 1}, 3,
                 "Cross-border fire from Indian positions; the death was caused by a mortar shell, so it is coded "
                 "as Shelling/artillery/missile attack although 'firing' is also mentioned. Indian forces act "
                 "outside their country, so they are an external force (inter 8) and, being a state army, get no "
                 "GTD type. The Pakistani return fire caused no reported casualties and is part of the same "
                 "exchange. A 'sector' is wider than a town, hence precision 2; Dabsi is only where the victim "
                 "lived. The Foreign Office protest is a diplomatic reaction, not an incident.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-14
R.append(dict(
    id="AR-14", publisher="The News",
    text=("Seventeen militants, including a local commander of Tehreek e Taliban Pakistan (TTP), laid down arms "
          "before the political administration and tribal elders at a ceremony in Ghalanai, the headquarters of "
          "Mohmand Agency in Federally Administered Tribal Areas (FATA), on May 6, 2012, reports The News. The commander, "
          "identified as Mir Hassan alias Mansoor, handed over his Kalashnikov and pledged to live as a peaceful "
          "citizen, officials said. The militants belonged to Safi and Baizai tehsils and each of them had to furnish "
          "surety bonds. Separately, a Khassadar personnel was shot dead by unidentified gunmen near his house in "
          "Sarkai village of Pindiali tehsil in the same agency on the same day."),
    actors=[TTP, A("Khassadar Force", "state_force", 1, "Khassadar")],
    people=[P("Mir Hassan", ["Mir Hassan", "Mansoor"], ["local commander of Tehreek e Taliban Pakistan (TTP)",
                                                        "surrendered"])],
    places=[L("Ghalanai", "town", KP, "Mohmand"), L("Mohmand Agency", "district", KP, "Mohmand"),
            L("Federally Administered Tribal Areas", "area", KP, None), L("Safi", "area", KP, "Mohmand"),
            L("Baizai", "area", KP, "Mohmand"), L("Sarkai", "town", KP, "Mohmand"),
            L("Pindiali", "area", KP, "Mohmand")],
    quotes=[],
    incidents=[
        I("Seventeen militants, including a local commander of Tehreek e Taliban Pakistan (TTP), laid down arms",
          SD_, "Change to group/activity", None, TTP_C, None, KP, "Mohmand", "Ghalanai", 1, "on May 6, 2012", 0, {}, None,
          "A surrender ceremony: 17 TTP militants gave up arms. Coded Strategic developments/Change to group/"
          "activity (members leaving the armed struggle); 'Other' is the alternative ACLED reading. No violence, "
          "so GTD is null and nobody is killed. The political administration is a civil authority and is not "
          "listed as an actor." + FATA_NOTE),
        I("a Khassadar personnel was shot dead by unidentified gunmen near his house", BAT, CLASH, "Armed Assault",
          UAG, "Khassadar Force", KP, "Mohmand", "Sarkai", 1, "on the same day", 1, {"security_forces": 1}, None,
          "A tribal police (Khassadar) man was shot dead near his home in Sarkai village. An attack on a state "
          "force is Battles/Armed clash under the project rules. 'The same agency' is Mohmand." + FATA_NOTE),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-15
R.append(dict(
    id="AR-15", publisher="Dawn",
    text=("A policeman was killed and another was injured when two armed motorcyclists opened fire on a Police picket "
          "at Tarnol Phatak in Islamabad on Sunday night, reports Dawn. The attackers fled on their motorcycle after "
          "the attack. The slain constable was identified as Zahid Mehmood. \"It was a targeted attack on the police, "
          "the assailants had been watching the picket for some time,\" Senior Superintendent of Police (SSP) "
          "Operations Imran Yousaf told reporters. Police initially suspected the involvement of the Tehreek e Taliban "
          "Pakistan (TTP), but a spokesman of the group, in a statement issued to the media, denied any role in the "
          "attack."),
    actors=[POLICE("Police", "policeman", "police"), TTP],
    people=[P("Zahid Mehmood", ["Zahid Mehmood"], ["constable", "killed"]),
            P("Imran Yousaf", ["Imran Yousaf"], ["Senior Superintendent of Police (SSP) Operations"])],
    places=[L("Tarnol Phatak", "area", ICT, "Islamabad"), L("Islamabad", "city", ICT, "Islamabad")],
    quotes=[{"speaker": "Imran Yousaf", "starts": "It was a targeted attack on the police"}],
    incidents=[I("two armed motorcyclists opened fire on a Police picket at Tarnol Phatak", BAT, CLASH,
                 "Armed Assault", UAG, "Police", ICT, "Islamabad", "Tarnol Phatak", 1, "on Sunday night", 1,
                 {"security_forces": 1}, 1,
                 "An attack on a police picket: one constable killed, one man injured (his side is not stated). The "
                 "police suspected the TTP but the TTP denied any role and nobody claimed it, so actor1 stays "
                 "Unidentified; TTP is listed in actors because it is named. Islamabad is coded to the Islamabad "
                 "Capital Territory.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-16
R.append(dict(
    id="AR-16", publisher=None,
    text=("A tribal elder and member of the local peace committee, Malik Bakht Zada, was shot dead by unidentified "
          "assailants in Dherai Banda village of Kabal tehsil in Swat District on Wednesday. Police said the elder was "
          "on his way to the mosque for morning prayers when the gunmen, who were hiding in a maize field, fired at "
          "him. He died on the spot. On Thursday, hundreds of residents of the area, carrying the body, staged a "
          "protest and blocked the main road in Kabal for several hours, demanding the arrest of the killers. Police "
          "used tear gas to disperse the protesters after they refused to end the blockade."),
    actors=[POLICE("Police")],
    people=[P("Bakht Zada", ["Malik Bakht Zada"], ["tribal elder", "member of the local peace committee",
                                                   "shot dead"])],
    places=[L("Dherai Banda", "town", KP, "Swat"), L("Kabal", "area", KP, "Swat"),
            L("Swat District", "district", KP, "Swat")],
    quotes=[],
    incidents=[
        I("was shot dead by unidentified assailants in Dherai Banda village", VAC, ATT, "Armed Assault", UAG, CIV,
          KP, "Swat", "Dherai Banda", 1, "on Wednesday", 1, {"civilians": 1}, None,
          "A village elder and peace-committee member was ambushed on his way to prayers. A tribal elder is a "
          "civilian role; a village peace committee is not an armed group, so this is an attack on a civilian. "
          "He is a local, not a prominent, figure, so Armed Assault rather than Assassination. No outlet is named."),
        I("staged a protest and blocked the main road in Kabal", PROT, "Protest with intervention", None,
          "Protesters", "Police", KP, "Swat", "Kabal", 2, "On Thursday", 0, {}, None,
          "Residents protested the killing with the body and blocked the road; police used tear gas, a non-lethal "
          "intervention, so Protest with intervention. Protests get no GTD type. The protesters are not a named "
          "organisation, so actor1 is the generic 'Protesters' (not listed in actors). The road is only placed "
          "'in Kabal' (a tehsil), hence precision 2."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-17
R.append(dict(
    id="AR-17", publisher="Dawn",
    text=("Unidentified armed men abducted a government school teacher, identified as Fazal ur Rehman Gandapur, along "
          "with his driver from Kot Qazi area of Kulachi tehsil in Dera Ismail Khan District of Khyber Pakhtunkhwa on "
          "July 15, reports Dawn. Police said the abductors, who were wearing masks, intercepted the teachers car "
          "while he was returning from school and took both men towards the mountains bordering South Waziristan "
          "Agency. Hours later, the driver was released near Loni, but the whereabouts of the teacher remain unknown. "
          "No group has claimed responsibility for the abduction. It is pertinent to mention that a doctor and two "
          "officials of the education department were kidnapped from the same road last year and are still missing."),
    actors=[POLICE("Police")],
    people=[P("Fazal ur Rehman Gandapur", ["Fazal ur Rehman Gandapur"], ["government school teacher", "abducted"])],
    places=[L("Kot Qazi", "area", KP, "Dera Ismail Khan"), L("Kulachi", "area", KP, "Dera Ismail Khan"),
            L("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
            L("Khyber Pakhtunkhwa", "province", KP, None),
            L("South Waziristan Agency", "district", KP, "South Waziristan"),
            L("Loni", "area", KP, "Dera Ismail Khan")],
    quotes=[],
    incidents=[I("Unidentified armed men abducted a government school teacher", VAC, ABD,
                 "Hostage Taking (Kidnapping)", UAG, CIV, KP, "Dera Ismail Khan", "Kot Qazi", 1, "on July 15", 0, {},
                 None,
                 "A teacher and his driver were abducted; the driver was freed hours later near Loni, which is part "
                 "of the same event, not a separate release incident. No one was hurt. South Waziristan is only the "
                 "direction the abductors took. Last year's kidnappings on the same road are background "
                 "(not_incidents).")],
    not_incidents=["a doctor and two officials of the education department were kidnapped from the same road last "
                   "year"]))

# ---------------------------------------------------------------- AR-18
R.append(dict(
    id="AR-18", publisher="The News",
    text=("Levies personnel recovered a kidnapped doctor, Dr Ghulam Rasool Kakar, from a hideout in Kardigap area of "
          "Mastung District on August 28, reports The News. Dr Kakar, a senior physician at a private hospital, had "
          "been abducted from Samungli Road in Quetta on August 3 and his family had received ransom demands. Levies "
          "officials said the kidnappers fled, leaving the doctor behind, when the raiding party surrounded the "
          "compound. Meanwhile, two Frontier Corps (FC) personnel were injured when unidentified militants opened fire "
          "on their vehicle on Sariab Road in Quetta on the same day. The FC personnel returned fire but the attackers "
          "managed to escape."),
    actors=[LEVIES, FC],
    people=[P("Ghulam Rasool Kakar", ["Dr Ghulam Rasool Kakar", "Dr Kakar"],
              ["doctor", "senior physician at a private hospital", "kidnapped and recovered"])],
    places=[L("Kardigap", "area", BL, "Mastung"), L("Mastung District", "district", BL, "Mastung"),
            L("Samungli Road", "area", BL, "Quetta"), L("Quetta", "city", BL, "Quetta"),
            L("Sariab Road", "area", BL, "Quetta")],
    quotes=[],
    incidents=[
        I("Levies personnel recovered a kidnapped doctor", SD_, "Other", None, "Levies", UAG, BL, "Mastung",
          "Kardigap", 1, "on August 28", 0, {}, None,
          "A recovery raid: the kidnappers fled without a fight when Levies surrounded the hideout, so it is not a "
          "battle; coded Strategic developments/Other with no GTD type (releases and raids get none). The "
          "abduction itself happened on August 3 on Samungli Road, Quetta, weeks before this report's events; it "
          "is recalled as background and listed in not_incidents rather than coded again."),
        I("unidentified militants opened fire on their vehicle on Sariab Road", BAT, CLASH, "Armed Assault", UAG,
          "Frontier Corps", BL, "Quetta", "Sariab Road", 1, "on the same day", 0, {}, 2,
          "Militants fired on an FC vehicle and the FC returned fire: Battles/Armed clash. Two FC personnel "
          "injured, no deaths."),
    ],
    not_incidents=["had been abducted from Samungli Road in Quetta on August 3"]))

# ---------------------------------------------------------------- AR-19
R.append(dict(
    id="AR-19", publisher="Daily Times",
    text=("At least 22 militants were killed when fighter jets of the Pakistan Air Force (PAF) pounded their hideouts "
          "in Mamozai and Ghiljo areas of Upper Orakzai in Orakzai Agency of Federally Administered Tribal Areas (FATA) "
          "on Saturday, reports Daily Times. Official sources said four hideouts and an ammunition depot of the "
          "militants were destroyed in the strikes. However, local tribesmen claimed that 14 people had died, some of "
          "them civilians who had returned to their homes after the fighting. The claims could not be verified "
          "independently as the area is inaccessible to the media."),
    actors=[A("Pakistan Air Force", "state_force", 1, "Pakistan Air Force", "PAF")],
    people=[],
    places=[L("Mamozai", "area", KP, "Orakzai"), L("Ghiljo", "area", KP, "Orakzai"),
            L("Upper Orakzai", "area", KP, "Orakzai"), L("Orakzai Agency", "district", KP, "Orakzai"),
            L("Federally Administered Tribal Areas", "area", KP, None)],
    quotes=[],
    incidents=[I("fighter jets of the Pakistan Air Force (PAF) pounded their hideouts", EXP, AIR, None,
                 "Pakistan Air Force", UAG, KP, "Orakzai", "Upper Orakzai", 2, "on Saturday", 14, {}, None,
                 "Air strikes by state jets, so GTD is null. Officials say 22 militants died; local tribesmen say 14 "
                 "people, some of them civilians. Sources disagree, so the most conservative figure, 14, is used, "
                 "and since those 14 are a mix of militants and an uncounted number of civilians no side split is "
                 "given. The strikes hit two areas (Mamozai and Ghiljo) on one day; coded as one event placed at "
                 "Upper Orakzai (the tehsil), hence precision 2." + FATA_NOTE)],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-20
R.append(dict(
    id="AR-20", publisher="Dawn",
    text=("At least four suspected militants were killed when a US drone fired two missiles at a compound in Shewa "
          "area of North Waziristan Agency on June 4, reports Dawn. Officials said the compound was being used by "
          "fighters of the Hafiz Gul Bahadur group, though the identities of the dead could not be confirmed. "
          "Separately, unidentified gunmen shot dead a pro government tribal elder, Malik Jan Wali Dawar, near Tappi "
          "Sar village of Mir Ali tehsil in the same agency late on the same evening. Malik Jan Wali had survived an "
          "attempt on his life in Miranshah two years ago."),
    actors=[A("Military Forces of the United States", "state_force", 8, "US"),
            A("Hafiz Gul Bahadur group", "armed_group", 2, "Hafiz Gul Bahadur group")],
    people=[P("Jan Wali Dawar", ["Malik Jan Wali Dawar", "Malik Jan Wali"], ["pro government tribal elder",
                                                                            "shot dead"]),
            P("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"])],
    places=[L("Shewa", "area", KP, "North Waziristan"),
            L("North Waziristan Agency", "district", KP, "North Waziristan"),
            L("Tappi Sar", "town", KP, "North Waziristan"), L("Mir Ali", "area", KP, "North Waziristan"),
            L("Miranshah", "town", KP, "North Waziristan")],
    quotes=[],
    incidents=[
        I("a US drone fired two missiles at a compound in Shewa area", EXP, AIR, None,
          "Military Forces of the United States", "Hafiz Gul Bahadur group", KP, "North Waziristan", "Shewa", 1,
          "on June 4", 4, {"militants": 4}, None,
          "A US drone strike: foreign state forces (inter 8), so no GTD type. 'At least four suspected militants' "
          "= 4 militants. Officials tie the compound to the Hafiz Gul Bahadur group, so it is actor2, although the "
          "dead were not identified (Unidentified Armed Group would be the cautious alternative)." + FATA_NOTE),
        I("unidentified gunmen shot dead a pro government tribal elder, Malik Jan Wali Dawar", VAC, ATT,
          "Armed Assault", UAG, CIV, KP, "North Waziristan", "Tappi Sar", 2, "late on the same evening", 1,
          {"civilians": 1}, None,
          "A pro-government tribal elder shot dead 'near' Tappi Sar village, hence precision 2. A tribal elder is a "
          "civilian role and a local figure, so Armed Assault. The earlier attempt on his life in Miranshah is "
          "background." + FATA_NOTE),
    ],
    not_incidents=["had survived an attempt on his life in Miranshah two years ago"]))

# ---------------------------------------------------------------- AR-21
R.append(dict(
    id="AR-21", publisher="The Express Tribune",
    text=("Four suspected militants belonging to the Swat chapter of Tehreek e Taliban Pakistan (TTP) were killed in "
          "an encounter with Pakistan Rangers Sindh in Manghopir area of Karachi early on Wednesday, reports The "
          "Express Tribune. A Rangers spokesman said the paramilitary force raided a house in Swati Mohalla on a tip "
          "off, and the militants opened fire and hurled grenades at the raiding party. One Rangers official was "
          "injured in the exchange of fire. Two Kalashnikovs, four hand grenades and a suicide vest were recovered "
          "from the house."),
    actors=[A("Pakistan Rangers", "state_force", 1, "Pakistan Rangers Sindh", "Rangers"), TTP,
            A("Tehreek-e-Taliban Pakistan (Swat chapter)", "armed_group", 2, "Swat chapter")],
    people=[],
    places=[L("Manghopir", "area", SD, "Karachi"), L("Karachi", "city", SD, "Karachi"),
            L("Swati Mohalla", "area", SD, "Karachi")],
    quotes=[],
    incidents=[I("Four suspected militants belonging to the Swat chapter of Tehreek e Taliban Pakistan (TTP) were "
                 "killed in an encounter with Pakistan Rangers Sindh", BAT, CLASH, None, "Pakistan Rangers",
                 "Tehreek-e-Taliban Pakistan (Swat chapter)", SD, "Karachi", "Swati Mohalla", 1, "early on Wednesday",
                 4, {"militants": 4}, 1,
                 "A Rangers raid on a tip-off; the militants fired first, but the raid was started by the state, so "
                 "actor1 is Pakistan Rangers and GTD is null. Their grenades are part of the gunfight, not a "
                 "separate Grenade event. One Rangers official injured. The seized weapons and vest belong to the "
                 "same event. Karachi places have admin2 Karachi as no district is named.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-22
R.append(dict(
    id="AR-22", publisher="Dawn",
    text=("Two personnel of the Border Military Police (BMP) were killed and another was injured when terrorists "
          "attacked a check post in Fort Munro area of Dera Ghazi Khan District in Punjab late on Monday night, "
          "reports Dawn. Officials said the attackers, who had come from the adjoining Barkhan District of "
          "Balochistan, fled back after the attack. In another incident, personnel of the Counter Terrorism "
          "Department (CTD) arrested a suspected terrorist of Tehreek e Taliban Pakistan (TTP) and recovered five "
          "kilogrammes of explosives from his possession near Taunsa on Tuesday. The suspect, identified as Abdul "
          "Wahab alias Lala, was wanted in an attack on a shrine in Sakhi Sarwar two years ago, the CTD said."),
    actors=[A("Border Military Police", "state_force", 1, "Border Military Police", "BMP"), CTD, TTP],
    people=[P("Abdul Wahab", ["Abdul Wahab", "Lala"], ["suspected terrorist of Tehreek e Taliban Pakistan (TTP)",
                                                       "arrested"])],
    places=[L("Fort Munro", "area", PB, "Dera Ghazi Khan"),
            L("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"), L("Punjab", "province", PB, None),
            L("Barkhan District", "district", BL, "Barkhan"), L("Balochistan", "province", BL, None),
            L("Taunsa", "town", PB, "Dera Ghazi Khan"), L("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan")],
    quotes=[],
    incidents=[
        I("terrorists attacked a check post in Fort Munro area", BAT, CLASH, "Armed Assault", UAG,
          "Border Military Police", PB, "Dera Ghazi Khan", "Fort Munro", 1, "late on Monday night", 2,
          {"security_forces": 2}, 1,
          "An attack on a BMP check post: two personnel killed, one injured. The attackers came from Barkhan "
          "District, Balochistan, but the attack took place in Punjab. No group is named."),
        I("arrested a suspected terrorist of Tehreek e Taliban Pakistan (TTP)", SD_, "Arrests", None,
          "Counter Terrorism Department", TTP_C, PB, "Dera Ghazi Khan", "Taunsa", 2, "on Tuesday", 0, {}, None,
          "A CTD arrest not tied to the check post attack, so its own Arrests incident; the explosives seized are "
          "part of the arrest. 'Near' Taunsa, hence precision 2. Taunsa is coded to Dera Ghazi Khan District, the "
          "only district the report names (it became a separate district later). The shrine attack two years "
          "earlier is background."),
    ],
    not_incidents=["an attack on a shrine in Sakhi Sarwar two years ago"]))

# ---------------------------------------------------------------- AR-23
R.append(dict(
    id="AR-23", publisher="Daily Times",
    text=("The bullet riddled bodies of two truck drivers, who had been abducted a day earlier, were found in Dak "
          "area of Noshki District in Balochistan on February 9, 2016, reports Daily Times. Levies officials said the "
          "drivers, identified as Sher Khan and Rafiullah, both residents of Pishin, were transporting goods from "
          "Quetta to Taftan when armed men stopped their trucks near Noshki town and took them away."),
    actors=[LEVIES],
    people=[P("Sher Khan", ["Sher Khan"], ["truck driver", "resident of Pishin", "abducted and killed"]),
            P("Rafiullah", ["Rafiullah"], ["truck driver", "resident of Pishin", "abducted and killed"])],
    places=[L("Dak", "area", BL, "Noshki"), L("Noshki District", "district", BL, "Noshki"),
            L("Balochistan", "province", BL, None), L("Pishin", "town", BL, "Pishin"),
            L("Quetta", "city", BL, "Quetta"), L("Taftan", "town", BL, "Chagai"), L("Noshki", "town", BL, "Noshki")],
    quotes=[],
    incidents=[I("The bullet riddled bodies of two truck drivers, who had been abducted a day earlier, were found",
                 VAC, ATT, "Hostage Taking (Kidnapping)", UAG, CIV, BL, "Noshki", "Dak", 1, "on February 9, 2016", 2,
                 {"civilians": 2}, None,
                 "Abducted near Noshki town a day earlier and later killed: ACLED Attack with GTD Hostage Taking "
                 "(Kidnapping), one incident. It is dated and placed where the bodies were found, as in the dev set. "
                 "Truck drivers are a civilian role. Pishin, Quetta and Taftan are only their home and route.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-24
R.append(dict(
    id="AR-24", publisher="The News",
    text=("Police foiled a suicide attack on Thall Police Station in Hangu District of Khyber Pakhtunkhwa on March 27, "
          "when a constable on guard duty shot and injured a would be suicide bomber before he could reach the main "
          "gate, reports The News. The injured bomber, a teenager, was overpowered and his explosives vest, containing "
          "around eight kilogrammes of explosives, was defused by the Bomb Disposal Squad (BDS). District Police "
          "Officer (DPO) Iftikhar Ahmed said the boy had been sent from North Waziristan Agency. Separately, two "
          "persons were killed and three others injured in a roadside bomb blast in Akhorwal area of Darra Adamkhel in "
          "Kohat District on the same day."),
    actors=[POLICE("Police"), BDS],
    people=[P("Iftikhar Ahmed", ["Iftikhar Ahmed"], ["District Police Officer (DPO)"])],
    places=[L("Thall", "town", KP, "Hangu"), L("Hangu District", "district", KP, "Hangu"),
            L("Khyber Pakhtunkhwa", "province", KP, None),
            L("North Waziristan Agency", "district", KP, "North Waziristan"),
            L("Akhorwal", "area", KP, "Kohat"), L("Darra Adamkhel", "area", KP, "Kohat"),
            L("Kohat District", "district", KP, "Kohat")],
    quotes=[],
    incidents=[
        I("Police foiled a suicide attack on Thall Police Station", SD_, "Disrupted weapons use",
          "Bombing/Explosion", "Police", UAG, KP, "Hangu", "Thall", 1, "on March 27", 0, {}, 1,
          "An attack foiled: the bomber was shot and overpowered before reaching the gate and his vest was "
          "defused, so nothing exploded. Coded as Disrupted weapons use (GTD Bombing/Explosion for the prevented "
          "bombing), not Suicide bomb. Injured = 1, the would-be bomber himself. The BDS defused the vest; Police "
          "foiled the attack and is actor1. North Waziristan is only where the boy was sent from."),
        I("a roadside bomb blast in Akhorwal area", EXP, IED, "Bombing/Explosion", UAG, CIV, KP, "Kohat",
          "Akhorwal", 1, "on the same day", 2, {}, 3,
          "A separate roadside bomb; no target is named beyond the victims, so actor2 is Civilians. The dead are "
          "'persons', so no side is given."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-25
R.append(dict(
    id="AR-25", publisher="Dawn",
    text=("Three soldiers embraced shahadat (martyrdom) when militants who crossed over from Afghanistan attacked two "
          "border posts in Ashret area of Lower Chitral District in Khyber Pakhtunkhwa on the night of March 19, "
          "reports Dawn, citing Inter Services Public Relations (ISPR). The troops responded effectively and the "
          "attackers, who belonged to Tehreek e Taliban Pakistan (TTP), suffered heavy losses, the ISPR said. Seven "
          "terrorists were killed in the exchange of fire, the military media wing added in a later statement, while "
          "several others fled back across the border. Security has been tightened along the border in the district."),
    actors=[SF("soldiers", "troops"), TTP],
    people=[],
    places=[L("Afghanistan", "country", None, None), L("Ashret", "area", KP, "Lower Chitral"),
            L("Lower Chitral District", "district", KP, "Lower Chitral"),
            L("Khyber Pakhtunkhwa", "province", KP, None)],
    quotes=[],
    incidents=[I("militants who crossed over from Afghanistan attacked two border posts in Ashret area", BAT, CLASH,
                 "Armed Assault", TTP_C, "Security Forces", KP, "Lower Chitral", "Ashret", 1,
                 "on the night of March 19", 10, {"security_forces": 3, "militants": 7}, None,
                 "A cross-border raid by TTP militants on two army posts: one clash, although two posts were hit. "
                 "The deaths are given in separate sentences: three soldiers first, seven terrorists in a later ISPR "
                 "statement; killed = 10. 'Heavy losses' is not a number. The attackers came from Afghanistan but "
                 "the fighting took place inside Pakistan; the group is named by ISPR, so it is actor1. ISPR is the "
                 "source, not an actor.")],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-26
R.append(dict(
    id="AR-26", publisher="The Express Tribune",
    text=("A low intensity explosive device went off on the railway track near Jacobabad railway station in Sindh on "
          "the night of October 21, damaging a portion of the track, reports The Express Tribune. Train traffic on the "
          "section remained suspended for several hours but no one was hurt. Later, the banned Sindhudesh "
          "Revolutionary Army (SRA) claimed responsibility for the blast in a message circulated on social media. In "
          "another incident, unidentified men riding a motorcycle hurled a hand grenade at the house of a local leader "
          "of the Pakistan Peoples Party (PPP) in Naudero town of Larkana District on October 22. The grenade exploded "
          "in the courtyard, injuring a servant. Police also arrested two suspected activists of the SRA from a house "
          "in Sukkur on October 22 and recovered a pistol and a detonator from them."),
    actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, "Sindhudesh Revolutionary Army", "SRA"),
            POLICE("Police")],
    people=[],
    places=[L("Jacobabad", "city", SD, "Jacobabad"), L("Sindh", "province", SD, None),
            L("Naudero", "town", SD, "Larkana"), L("Larkana District", "district", SD, "Larkana"),
            L("Sukkur", "city", SD, "Sukkur")],
    quotes=[],
    incidents=[
        I("A low intensity explosive device went off on the railway track near Jacobabad railway station", EXP, IED,
          "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SD, "Jacobabad", "Jacobabad", 1,
          "on the night of October 21", 0, {}, 0,
          "A bomb damaged a railway track; 'no one was hurt', so killed and injured are 0 and, with only "
          "infrastructure hit, actor2 is null. The SRA is named only in the later claim and is actor1. The "
          "station is in Jacobabad city, so precision 1."),
        I("unidentified men riding a motorcycle hurled a hand grenade at the house of a local leader of the "
          "Pakistan Peoples Party (PPP)", EXP, GREN, "Bombing/Explosion", UAG, CIV, SD, "Larkana", "Naudero", 1,
          "on October 22", 0, {}, 1,
          "A grenade thrown at a local PPP leader's house injured a servant. The SRA claim covers only the railway "
          "blast, so actor1 is Unidentified. A party's local leader's home is a civilian target; the PPP is not "
          "listed in actors."),
        I("Police also arrested two suspected activists of the SRA from a house in Sukkur", SD_, "Arrests", None,
          "Police", "Sindhudesh Revolutionary Army", SD, "Sukkur", "Sukkur", 1, "on October 22", 0, {}, None,
          "The text does not link these arrests to the railway blast or the grenade attack, so they are their own "
          "Arrests incident (no GTD type). The pistol and detonator are part of the arrest."),
    ],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-27
R.append(dict(
    id="AR-27", publisher="The News",
    text=("Security Forces (SFs) took control of Kaniguram town in South Waziristan Agency on October 31 after fierce "
          "fighting with militants of Tehreek e Taliban Pakistan (TTP), reports The News. Military officials said "
          "troops entered the town from two directions after heavy artillery shelling of militant positions on the "
          "surrounding heights. Nine militants were killed in the fighting, according to the officials. Two soldiers "
          "also lost their lives while five others were injured. The officials said the town, a stronghold of foreign "
          "militants, had been cleared and troops were conducting house to house searches."),
    actors=[SF("Security Forces", "SFs", "troops", "soldiers"), TTP],
    people=[],
    places=[L("Kaniguram", "town", KP, "South Waziristan"),
            L("South Waziristan Agency", "district", KP, "South Waziristan")],
    quotes=[],
    incidents=[I("Security Forces (SFs) took control of Kaniguram town", BAT, "Government regains territory", None,
                 "Security Forces", TTP_C, KP, "South Waziristan", "Kaniguram", 1, "on October 31", 11,
                 {"militants": 9, "security_forces": 2}, 5,
                 "The army retook a militant-held town by force, so Battles/Government regains territory; the "
                 "artillery shelling that preceded the assault is part of the same operation, not a separate "
                 "Shelling event. A state operation gets no GTD type. Deaths come in separate sentences: nine "
                 "militants, then two soldiers; killed = 11; the five injured are soldiers. 'Foreign militants' are "
                 "not a named group." + FATA_NOTE)],
    not_incidents=[]))

# ---------------------------------------------------------------- AR-28
R.append(dict(
    id="AR-28", publisher="Dawn",
    text=("Armed men abducted three employees of a private mobile phone company, who were working on a tower, from "
          "Sambaza area of Zhob District in Balochistan on Thursday, reports Dawn. The abductors also set the company "
          "vehicle on fire before taking the employees to an unknown destination. Meanwhile, Levies personnel "
          "recovered a seven year old boy, who had been kidnapped for ransom from Qila Saifullah town last week, after "
          "an encounter with his kidnappers in Muslim Bagh area of Qila Saifullah District on Friday. One of the "
          "kidnappers was killed in the exchange of fire while two others were arrested, Levies sources said."),
    actors=[LEVIES],
    people=[],
    places=[L("Sambaza", "area", BL, "Zhob"), L("Zhob District", "district", BL, "Zhob"),
            L("Balochistan", "province", BL, None), L("Qila Saifullah", "town", BL, "Qila Saifullah"),
            L("Muslim Bagh", "area", BL, "Qila Saifullah"),
            L("Qila Saifullah District", "district", BL, "Qila Saifullah")],
    quotes=[],
    incidents=[
        I("Armed men abducted three employees of a private mobile phone company", VAC, ABD,
          "Hostage Taking (Kidnapping)", UAG, CIV, BL, "Zhob", "Sambaza", 1, "on Thursday", 0, {}, None,
          "Three telecom workers abducted; burning their vehicle is part of the same event. No one hurt."),
        I("after an encounter with his kidnappers in Muslim Bagh area", BAT, CLASH, None, "Levies", UAG, BL,
          "Qila Saifullah", "Muslim Bagh", 1, "on Friday", 1, {}, None,
          "A Levies recovery that turned into an exchange of fire with the kidnappers: Battles/Armed clash started "
          "by the state, so GTD is null. One kidnapper killed; a kidnapper is neither militant, soldier nor "
          "civilian by the text's own words, so killed_by_side is empty. The two arrests are part of this "
          "encounter. The boy's kidnapping 'last week' is an earlier event recalled as background."),
    ],
    not_incidents=["who had been kidnapped for ransom from Qila Saifullah town last week"]))

# ---------------------------------------------------------------- AR-29
R.append(dict(
    id="AR-29", publisher="The Express Tribune",
    text=("A former provincial minister and senior leader of the Qaumi Watan Party (QWP), Arshad Ali Khan, escaped "
          "unhurt when a remote controlled bomb planted along the road went off near his vehicle in Prang area of "
          "Charsadda District on January 28, reports The Express Tribune. Two of his guards were injured and the "
          "vehicle was badly damaged. Arshad Ali had survived a similar attack near his hujra in Shabqadar two years ago."),
    actors=[],
    people=[P("Arshad Ali Khan", ["Arshad Ali Khan", "Arshad Ali"],
              ["former provincial minister", "senior leader of the Qaumi Watan Party (QWP)", "escaped unhurt"])],
    places=[L("Prang", "area", KP, "Charsadda"), L("Charsadda District", "district", KP, "Charsadda"),
            L("Shabqadar", "town", KP, "Charsadda")],
    quotes=[],
    incidents=[I("a remote controlled bomb planted along the road went off near his vehicle", EXP, IED,
                 "Assassination", UAG, CIV, KP, "Charsadda", "Prang", 1, "on January 28", 0, {}, 2,
                 "A roadside bomb aimed at a named former minister and party leader: ACLED Remote explosive, GTD "
                 "Assassination because a prominent person was the specific target (as with the MPA in the dev "
                 "set). He escaped; his two guards were injured and take his (civilian) side. The QWP is a party and "
                 "is not listed. The attack two years earlier in Shabqadar is background.")],
    not_incidents=["had survived a similar attack near his hujra in Shabqadar two years ago"]))

# ---------------------------------------------------------------- AR-30
R.append(dict(
    id="AR-30", publisher="Dawn",
    text=("Terrorists belonging to Fitna al Khawarij attacked a Police check post in Ali Masjid area of Jamrud tehsil "
          "in Khyber District late on Saturday night, reports Dawn. A police spokesman in Peshawar said two policemen "
          "were martyred and three others injured in the attack, which lasted for about 40 minutes. One of the "
          "injured, head constable Naseeb Gul, later succumbed to his injuries at a hospital in Peshawar. A day "
          "earlier, a police constable, identified as Wali Khan, was shot dead by unidentified motorcyclists within "
          "the limits of the Landi Kotal Police Station while he was on his way to duty. Separately, the Bomb Disposal "
          "Squad (BDS) defused an improvised explosive device (IED) weighing around six kilogrammes that had been "
          "planted near a culvert in the same area, close to the check post that had come under attack, on Sunday "
          "morning."),
    actors=[A("Tehreek-e-Taliban Pakistan", "armed_group", 2, "Fitna al Khawarij"),
            POLICE("Police", "police", "policemen"), BDS],
    people=[P("Naseeb Gul", ["Naseeb Gul"], ["head constable", "injured in the attack and later died"]),
            P("Wali Khan", ["Wali Khan"], ["police constable", "shot dead"])],
    places=[L("Ali Masjid", "area", KP, "Khyber"), L("Jamrud", "area", KP, "Khyber"),
            L("Khyber District", "district", KP, "Khyber"), L("Peshawar", "city", KP, "Peshawar"),
            L("Landi Kotal", "town", KP, "Khyber")],
    quotes=[],
    incidents=[
        I("Terrorists belonging to Fitna al Khawarij attacked a Police check post in Ali Masjid area", BAT, CLASH,
          "Armed Assault", TTP_C, "Police", KP, "Khyber", "Ali Masjid", 1, "late on Saturday night", 3,
          {"security_forces": 3}, 2,
          "'Fitna al Khawarij' is the Pakistani state's official name (since 2024) for the TTP, so the attackers "
          "are coded as Tehreek-e-Taliban Pakistan with that name as its mention. Two policemen were killed and "
          "three injured; one injured head constable later died, so killed = 3 and injured = 2 (he is counted "
          "once). The spokesman spoke in Peshawar and the man died in a Peshawar hospital; neither is the incident "
          "place."),
        I("was shot dead by unidentified motorcyclists within the limits of the Landi Kotal Police Station", BAT,
          CLASH, "Armed Assault", UAG, "Police", KP, "Khyber", "Landi Kotal", 2, "A day earlier", 1,
          {"security_forces": 1}, None,
          "A constable on his way to duty was shot dead; an attack on police is Battles/Armed clash. 'A day "
          "earlier' is Friday. The place is only a rural police station's jurisdiction, which covers the town and "
          "its surroundings, hence precision 2 (contrast a city neighbourhood police station, precision 1). The "
          "Fitna al Khawarij attribution covers only the Ali Masjid attack."),
        I("the Bomb Disposal Squad (BDS) defused an improvised explosive device (IED)", SD_,
          "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, KP, "Khyber", "Ali Masjid", 1,
          "on Sunday morning", 0, {}, None,
          "A defused IED is Disrupted weapons use with GTD Bombing/Explosion, as in the dev set. 'The same area' "
          "is tied by the text to the attacked check post, i.e. Ali Masjid, not Landi Kotal (the last place "
          "named). No one claimed the device, so actor2 is Unidentified."),
    ],
    not_incidents=[]))


def gold(r):
    return {
        "article": r["id"] + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": r["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": r["actors"],
        "people": r["people"],
        "places": r["places"],
        "quotes": r["quotes"],
        "incidents": r["incidents"],
        "not_incidents": r["not_incidents"],
        "relations": [],
        "actor_profiles": {},
    }


if __name__ == "__main__":
    for r in R:
        with open(os.path.join(OUT, r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(r["text"])
        with open(os.path.join(OUT, r["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(r), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(R), "reports written")
