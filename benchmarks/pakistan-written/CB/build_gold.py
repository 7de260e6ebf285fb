#!/usr/bin/env python3
"""Writes CB-01 ... CB-30 (.txt and .gold.json) into this folder.

Every report text and every gold value below was written by hand, blind (see README.md).
This script only serialises them, so that key order and the JSON layout match the
pakistan-gold-dev files exactly (indent 2, trailing newline, .txt without one).
Run:  python3 build_gold.py && python3 check_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ABOUT = "Hand-coded from the text alone."
KP, BA, SD, PB, GB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Gilgit-Baltistan"
UAG = "Unidentified Armed Group"


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canon, kind, inter, mentions):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": mentions}


def SF(canon, mentions):
    return A(canon, "state_force", 1, mentions)


def AG(canon, mentions):
    return A(canon, "armed_group", 2, mentions)


def PE(canon, mentions, roles):
    return {"canonical": canon, "mentions": mentions, "roles": roles}


def C(must_contain=(), must_not_contain=(), keep_unchanged=(), near_dup=(), flag=()):
    return {
        "must_contain": list(must_contain),
        "must_not_contain": list(must_not_contain),
        "keep_unchanged": list(keep_unchanged),
        "near_duplicate_sentences": [list(p) for p in near_dup],
        "flag_as_damaged": list(flag),
    }


def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, geo, date, killed, kbs, injured, note):
    return {
        "what": what,
        "acled_event_type": et,
        "acled_sub_event_type": st,
        "gtd_attack_type": gtd,
        "actor1": a1,
        "actor2": a2,
        "country": "Pakistan",
        "admin1": adm1,
        "admin2": adm2,
        "location": loc,
        "geo_precision": geo,
        "date_text": date,
        "killed": killed,
        "killed_by_side": kbs,
        "injured": injured,
        "note": note,
    }


BAT, EXP, VAC, PRO, STR = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Protests", "Strategic developments")

REPORTS = {}


def R(n, text, publisher, cleaning, actors, people, places, quotes, incidents,
      not_incidents=(), relations=(), profiles=None):
    REPORTS[n] = (text, {
        "article": "CB-%02d.txt" % n,
        "about": ABOUT,
        "publisher": publisher,
        "cleaning": cleaning,
        "actors": actors,
        "people": people,
        "places": places,
        "quotes": quotes,
        "incidents": incidents,
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": profiles or {},
    })


# ---------------------------------------------------------------- CB-01
R(1,
  "| S |ecurity Forces (SFs) killed four terrorists during an intelligence-based operation (IBO) in the "
  "Ghundai Sar area of Spinwam tehsil in North Waziristan District on March 14, reports The Express Tribune. "
  "According to the Inter-Services Public Relations (ISPR), troops engaged the terrorists' hideout and, after an "
  "intense exchange of fire, four terrorists were killed while a soldier, Sepoy Naveed Gul (27), embraced "
  "martyrdom. Weapons and ammunition were recovered from the killed terrorists. In a separate incident on the "
  "same day, a policeman was injured when unidentified militants hurled a hand grenade at the Mir Ali "
  "policestation. The attackers fled under cover of darkness.",
  "The Express Tribune",
  C(must_contain=["Security Forces (SFs) killed four terrorists", "at the Mir Ali police station"],
    must_not_contain=["| S |", "policestation"],
    keep_unchanged=["Waziristan", "Spinwam", "intelligence-based"]),
  [SF("Security Forces", ["SFs", "troops"]),
   SF("Police", ["policeman"])],
  [PE("Naveed Gul", ["Sepoy Naveed Gul"], ["Sepoy", "soldier killed in the operation"])],
  [P("Ghundai Sar", "area", KP, "North Waziristan"),
   P("Spinwam", "area", KP, "North Waziristan"),
   P("North Waziristan District", "district", KP, "North Waziristan"),
   P("Mir Ali", "town", KP, "North Waziristan")],
  [],
  [I("killed four terrorists during an intelligence-based operation (IBO)", BAT, "Armed clash", None,
     "Security Forces", UAG, KP, "North Waziristan", "Ghundai Sar", 1, "on March 14", 5,
     {"militants": 4, "security_forces": 1}, None,
     "An IBO with an exchange of fire: four terrorists and one soldier (Sepoy Naveed Gul) killed. The operation was "
     "started by the state, so GTD is null. No group is named for the terrorists. The weapons recovered belong to the "
     "same event. The drop-cap debris '| S |' hides the words 'Security Forces', so the repaired text reads "
     "'Security Forces (SFs) killed ...'; the ISPR is only the source (the military's media wing) and is not listed."),
   I("a policeman was injured when unidentified militants hurled a hand grenade", EXP, "Grenade",
     "Bombing/Explosion", UAG, "Police", KP, "North Waziristan", "Mir Ali", 1, "on the same day", 0, {}, 1,
     "A hand grenade thrown at the Mir Ali police station (the scraper glued 'policestation'). A grenade is a weapon "
     "with its own ACLED sub-event type, so it is coded Grenade rather than Armed clash, as dev files code mortar or "
     "IED attacks on the forces by weapon. One policeman injured.")])

# ---------------------------------------------------------------- CB-02
R(2,
  "Six labourers hailing from Punjab were shot dead and two others injured when unidentified armed assailants "
  "stormed their rented room at a construction site in the Kaur Pusht area of Turbat town in Kech District of "
  "Balochistan in the night of October 11, reports Dawn. Police said the labourers, natives of Multan and Rahim "
  "Yar Khan, were working on a private housing scheme and had been sleeping when the attackers, armed with "
  "Kalashnikovs, broke in. The Balochistan Liberation Front (BLF) later claimed responsibility for the killings, "
  "its spokesman Shahzain Baloch said in a statement emailed to the media.",
  "Dawn",
  C(),
  [AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
   SF("Police", ["Police"])],
  [PE("Shahzain Baloch", ["Shahzain Baloch"], ["BLF spokesman"])],
  [P("Punjab", "province", PB, None),
   P("Kaur Pusht", "area", BA, "Kech"),
   P("Turbat", "town", BA, "Kech"),
   P("Kech District", "district", BA, "Kech"),
   P("Balochistan", "province", BA, None),
   P("Multan", "city", PB, "Multan"),
   P("Rahim Yar Khan", "city", PB, "Rahim Yar Khan")],
  [],
  [I("unidentified armed assailants stormed their rented room at a construction site", VAC, "Attack",
     "Armed Assault", "Balochistan Liberation Front", "Civilians", BA, "Kech", "Kaur Pusht", 1,
     "in the night of October 11", 6, {"civilians": 6}, 2,
     "The text says 'unidentified armed assailants' but the BLF claimed the killings, so the BLF is actor1 (coding "
     "rule on claims). Labourer is a civilian role, so all six dead are civilians; the two injured have no stated "
     "side. Multan and Rahim Yar Khan are only the victims' home towns.")])

# ---------------------------------------------------------------- CB-03
R(3,
  "A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists in Kharkai Bala "
  "village of Mamund tehsil in Bajaur District on April 23, reports Dawn.\n"
  "Advertisement\n"
  "District Police Officer (DPO) Mir Afzal Khattak told reporters that the two vaccinators remained unhurt and "
  "the campaign had been suspended in the area for the day. He said the attackers escaped towards the hills and "
  "that police had launched a search operation in the districtthat evening.\n"
  "It was the third attack on polio teams in the district this year.",
  "Dawn",
  C(must_contain=["a search operation in the district that evening"],
    must_not_contain=["Advertisement", "districtthat"],
    keep_unchanged=["Bajaur", "Mamund", "vaccinators"]),
  [SF("Police", ["policeman", "police"])],
  [PE("Mir Afzal Khattak", ["Mir Afzal Khattak"], ["District Police Officer (DPO)"])],
  [P("Kharkai Bala", "town", KP, "Bajaur"),
   P("Mamund", "area", KP, "Bajaur"),
   P("Bajaur District", "district", KP, "Bajaur")],
  [],
  [I("A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists", BAT,
     "Armed clash", "Armed Assault", UAG, "Police", KP, "Bajaur", "Kharkai Bala", 1, "on April 23", 1,
     {"security_forces": 1}, 0,
     "The one killed is the police escort, and the coding rules make attacks on police, even one-sided shootings, "
     "Battles/Armed clash; Violence against civilians (the polio team as target) is the alternative reading. The "
     "vaccinators 'remained unhurt', so injured = 0. The search operation reports no outcome and the earlier attacks "
     "on polio teams are background; neither is coded.")],
  not_incidents=["It was the third attack on polio teams in the district this year"])

# ---------------------------------------------------------------- CB-04
_p4a = ("Later in the day, hundreds of Hazara men and women blocked the Western Bypass by placing the coffins of the "
        "victims on the road and staged a sit-in demanding the arrest of the killers.")
_p4b = ("The protest ended peacefully late at night after the Deputy Commissioner, Tariq Mengal, assured the "
        "protesters that the culprits would be arrested.")
R(4,
  "Four members of the Shia Hazara community were shot dead and another was injured when armed men riding "
  "motorcycles opened fire on their pick-up van near the fruit market in the Hazar Ganji area of Quetta on "
  "September 8, reports The Express Tribune. Police said the victims, all vegetable vendors, were returning to "
  "Hazara Town after buying produce at the market. The banned Lashkar-e-Jhangvi (LeJ) claimed responsibility for "
  "the attack.\n" + _p4a + " " + _p4b + "\n" + _p4a + " " + _p4b,
  "The Express Tribune",
  C(near_dup=[(_p4a, _p4a), (_p4b, _p4b)],
    keep_unchanged=["Lashkar-e-Jhangvi", "pick-up"]),
  [AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"]),
   SF("Police", ["Police"])],
  [PE("Tariq Mengal", ["Tariq Mengal"], ["Deputy Commissioner"])],
  [P("Hazar Ganji", "area", BA, "Quetta"),
   P("Quetta", "city", BA, "Quetta"),
   P("Hazara Town", "area", BA, "Quetta"),
   P("Western Bypass", "area", BA, "Quetta")],
  [],
  [I("armed men riding motorcycles opened fire on their pick-up van", VAC, "Attack", "Armed Assault",
     "Lashkar-e-Jhangvi", "Civilians", BA, "Quetta", "Hazar Ganji", 1, "on September 8", 4, {"civilians": 4}, 1,
     "Sectarian shooting of Shia Hazara vendors; LeJ claimed it, so it is actor1. 'Vegetable vendors' is a civilian "
     "role, so the four dead are civilians. Hazara Town is where they were heading."),
   I("hundreds of Hazara men and women blocked the Western Bypass", PRO, "Peaceful protest", None,
     "Protesters", None, BA, "Quetta", "Western Bypass", 1, "Later in the day", 0, {}, None,
     "A road-blocking sit-in with the coffins. The paragraph is repeated word for word by the scraper and is counted "
     "once. No intervention by the authorities is reported (the Deputy Commissioner negotiated), so Peaceful protest. "
     "The dev files have no protest; 'Protesters' is used as the generic actor label (ACLED inter 6).")])

# ---------------------------------------------------------------- CB-05
R(5,
  "At least 11 militants were killed and several others injured in a clash between the Lashkar-e-Islam (LeI) and "
  "the rival Ansarul Islam (AI) in the Sandapal area of Tirah valley in Khyber Agency of Federally Administered "
  "Tribal Areas (FATA) on June 2, reports Daily Times. Local sources said the fighting, which started when LeI "
  "militants attacked an AI checkpoint on a hilltop before dawn, continued for several hours with heavy weapons. "
  "An AI spokesman, Qari Zahidullah, claimed that his fighters had killed nine LeI men and lost two of their own, "
  "while LeI put its losses at three.",
  "Daily Times",
  C(),
  [AG("Lashkar-e-Islam", ["Lashkar-e-Islam", "LeI"]),
   AG("Ansar-ul-Islam", ["Ansarul Islam", "AI"])],
  [PE("Qari Zahidullah", ["Qari Zahidullah"], ["AI spokesman"])],
  [P("Sandapal", "area", KP, "Khyber"),
   P("Tirah valley", "area", KP, "Khyber"),
   P("Khyber Agency", "district", KP, "Khyber"),
   P("Federally Administered Tribal Areas", "area", KP, None)],
  [],
  [I("a clash between the Lashkar-e-Islam (LeI) and the rival Ansarul Islam (AI)", BAT, "Armed clash",
     "Armed Assault", "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on June 2", 11,
     {"militants": 11}, None,
     "Fighting between two armed groups (interaction 22). LeI started it by attacking an AI checkpoint, so LeI is "
     "actor1 and GTD Armed Assault. The reporter's 'At least 11 militants' is the total; the parties' own split "
     "(AI: nine LeI and two AI; LeI: three of its own) is disputed and not used. 'Several others' injured is "
     "uncounted, so injured is null. FATA coded Khyber Pakhtunkhwa.")],
  relations=[{"a": "Lashkar-e-Islam", "b": "Ansar-ul-Islam", "kind": "hostile",
              "evidence": "a clash between the Lashkar-e-Islam (LeI) and the rival Ansarul Islam (AI)"}])

# ---------------------------------------------------------------- CB-06
R(6,
  "At least seven persons, including three policemen, were killed and 19 others injured when a suicide bomber "
  "blew himself up near a police checkpoint on Kohat Road in Peshawar, the provincial capital of Khyber "
  "Pakhtunkhwa, on February 11, reports The News. Capital City Police Officer (CCPO) Salim Abbas Jilani said the "
  "bomber, aged around 18, was on foot and detonated his vest when policemen tried to\n"
  "search him. He said eight to ten kilogrammes of explosives had been used. The Jamaat-ul-Ahrar (JuA), a "
  "breakaway faction of the Tehreek-e-Taliban Pakistan (TTP), claimed responsibility for the bombing.\n"
  "Read more: KP police chief orders security review of city checkpoints\n"
  "Separately, police arrested two suspected facilitators of the TTP during a raid in the Pishtakhara area on the "
  "same day and recovered two suicide vests from their possession, officials said.",
  "The News",
  C(must_contain=["detonated his vest when policemen tried to search him"],
    must_not_contain=["Read more: KP police chief orders security review of city checkpoints", "tried to\nsearch"],
    keep_unchanged=["Pakhtunkhwa", "Jamaat-ul-Ahrar", "Pishtakhara"]),
  [SF("Police", ["policemen", "police"]),
   AG("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar", "JuA"]),
   AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [PE("Salim Abbas Jilani", ["Salim Abbas Jilani"], ["Capital City Police Officer (CCPO)"])],
  [P("Kohat Road", "area", KP, "Peshawar"),
   P("Peshawar", "city", KP, "Peshawar"),
   P("Khyber Pakhtunkhwa", "province", KP, None),
   P("Pishtakhara", "area", KP, "Peshawar")],
  [],
  [I("a suicide bomber blew himself up near a police checkpoint on Kohat Road", EXP, "Suicide bomb",
     "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Kohat Road", 1, "on February 11", 7,
     {"security_forces": 3}, 19,
     "JuA claimed the bombing, so it is actor1 (the text calls it a breakaway faction of the TTP). 'At least seven "
     "persons, including three policemen' = 7 killed, 3 of them security forces; the other four have no side. The "
     "text does not count the bomber, so he is not added. A line break in the scrape splits 'tried to / search him'."),
   I("police arrested two suspected facilitators of the TTP during a raid in the Pishtakhara area", STR,
     "Arrests", None, "Police", "Tehreek-e-Taliban Pakistan", KP, "Peshawar", "Pishtakhara", 1,
     "on the same day", 0, {}, None,
     "'Separately': the text does not tie these arrests to the bombing, so they are their own Arrests incident. The "
     "two suicide vests recovered are part of the same raid, not a separate Disrupted weapons use. The suspects are "
     "described as TTP facilitators, so actor2 is the TTP.")])

# ---------------------------------------------------------------- CB-07
R(7,
  "Militants blew up a gas pipeline supplying the Sui purification plant near Mat Khan Chowki in Sui tehsil of "
  "Dera Bugti District in Balochistan in the early hours of July 19, suspending gas supply to parts of Punjab and "
  "Sindh, reports Dawn. Levies officials said the explosives had been planted under the 18-inch pipeline and went "
  "off at around 2 am. The Baloch Republican Army (BRA) claimed responsibility for the blast. Later, the Bomb "
  "Disposal Squad (BDS) defused a second device, weighing about five kilogrammes, that had been planted under a "
  "nearby electricity pylon.",
  "Dawn",
  C(),
  [SF("Levies", ["Levies"]),
   AG("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
   SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
  [],
  [P("Mat Khan Chowki", "area", BA, "Dera Bugti"),
   P("Sui", "area", BA, "Dera Bugti"),
   P("Dera Bugti District", "district", BA, "Dera Bugti"),
   P("Balochistan", "province", BA, None),
   P("Punjab", "province", PB, None),
   P("Sindh", "province", SD, None)],
  [],
  [I("Militants blew up a gas pipeline supplying the Sui purification plant", EXP,
     "Remote explosive/landmine/IED", "Bombing/Explosion", "Baloch Republican Army", None, BA, "Dera Bugti",
     "Mat Khan Chowki", 2, "in the early hours of July 19", 0, {}, None,
     "Planted explosives on a gas pipeline; BRA claimed 'the blast'. Infrastructure target with no one reported "
     "harmed, so actor2 is null, killed 0 and injured null. 'Near' Mat Khan Chowki, hence precision 2. Punjab and "
     "Sindh are only where supply was cut."),
   I("the Bomb Disposal Squad (BDS) defused a second device", STR, "Disrupted weapons use",
     "Bombing/Explosion", "Bomb Disposal Squad", UAG, BA, "Dera Bugti", "Mat Khan Chowki", 2, "Later", 0, {},
     None,
     "A second device under a nearby pylon was defused: Disrupted weapons use, GTD Bombing/Explosion as in the dev "
     "files. The BRA claim names only 'the blast', so the planter of this device stays Unidentified (as dev-72 "
     "limits a claim to the blast it names).")])

# ---------------------------------------------------------------- CB-08
R(8,
  "By Our Correspondent | Published August 3, 2024 11:42pm\n"
  "Two policemen were martyred and three others injured when terrorists attacked the Wanda Mehar Khan police post "
  "in the Tajori area of Lakki Marwat District late on August 2, reports Dawn. District Police Officer (DPO) "
  "Nasir Khan Wazir said some 15 to 20 heavily armed terrorists attacked the post from three sides, and the "
  "policemen returned fire. \u201cThe attackers came from three sides but our men did not let them enter the "
  "post,\u201d the DPO said. The exchange of fire continued for around two hours, after which the attackers fled "
  "towards the nearby mountains. He said one of the attackers was also believed to have been killed, but his body "
  "was taken away by his accomplices.Reinforcements from the Counter Terrorism Department (CTD) reached the spot "
  "and cordoned off the area.",
  "Dawn",
  C(must_contain=["his body was taken away by his accomplices. Reinforcements from the Counter Terrorism Department"],
    must_not_contain=["By Our Correspondent | Published August 3, 2024 11:42pm", "accomplices.Reinforcements"],
    keep_unchanged=["Lakki Marwat", "Tajori"]),
  [SF("Police", ["policemen", "police"]),
   SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
  [PE("Nasir Khan Wazir", ["Nasir Khan Wazir", "the DPO"], ["District Police Officer (DPO)"])],
  [P("Wanda Mehar Khan", "town", KP, "Lakki Marwat"),
   P("Tajori", "area", KP, "Lakki Marwat"),
   P("Lakki Marwat District", "district", KP, "Lakki Marwat")],
  [{"speaker": "Nasir Khan Wazir", "starts": "The attackers came from three sides"}],
  [I("terrorists attacked the Wanda Mehar Khan police post", BAT, "Armed clash", "Armed Assault", UAG,
     "Police", KP, "Lakki Marwat", "Tajori", 1, "late on August 2", 2, {"security_forces": 2}, 3,
     "A two-hour gunfight at a police post. The attacker 'believed to have been killed' is not confirmed, so he is "
     "not counted (deaths as stated, conservatively). The post is named after Wanda Mehar Khan but the text places "
     "it 'in the Tajori area', which is used as the location. The CTD cordon is not an incident. The byline with "
     "its date stamp is scraper debris; the incident date is the text's 'late on August 2'.")])

# ---------------------------------------------------------------- CB-09
R(9,
  "| A |\n"
  "At least 14 people, including a district leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F), were killed and 31 "
  "others injured when a suicide bomber blew himself up at a party gathering in Wadh tehsil of Khuzdar District on "
  "the afternoon of May 9, reports The Express Tribune. Police said the JUI-F district chief, Maulana Abdul Ghafoor "
  "Sasoli, who was addressing the gathering and appeared to be the target, was among the dead. Senior "
  "Superintendent of Police (SSP) Khuzdar Akbar Raisani said the death toll included the bomber, whose head and "
  "legs had been recovered from the site. No group had claimed responsibility by the time this report was filed. "
  "Officials said a dozen of the injured were shifted to Karachi by air ambulance.",
  "The Express Tribune",
  C(must_contain=["At least 14 people, including a district leader"],
    must_not_contain=["| A |"],
    keep_unchanged=["Ulema-e-Islam-Fazl", "JUI-F"]),
  [SF("Police", ["Police"])],
  [PE("Abdul Ghafoor Sasoli", ["Maulana Abdul Ghafoor Sasoli"],
      ["JUI-F district chief", "district leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F)"]),
   PE("Akbar Raisani", ["Akbar Raisani"], ["Senior Superintendent of Police (SSP) Khuzdar"])],
  [P("Wadh", "area", BA, "Khuzdar"),
   P("Khuzdar District", "district", BA, "Khuzdar"),
   P("Karachi", "city", SD, "Karachi")],
  [],
  [I("a suicide bomber blew himself up at a party gathering", EXP, "Suicide bomb", "Assassination", UAG,
     "Civilians", BA, "Khuzdar", "Wadh", 2, "on the afternoon of May 9", 14, {"civilians": 1, "militants": 1},
     31,
     "The SSP says the toll of 14 includes the bomber, so he is counted here (the text counts him) and takes the "
     "militant side; the JUI-F district chief is a civilian (party leader); the other 12 'people' have no side. The "
     "chief 'appeared to be the target', a specific prominent person, so GTD Assassination (bombing is the "
     "alternative). JUI-F is a party named only as the victim's, so it is not an actor. Tehsil only, hence "
     "precision 2. Karachi is where the injured were flown.")])

# ---------------------------------------------------------------- CB-10
R(10,
  "Security Forces (SFs) regained control of the Taj Chowk area of Mingora, the main town of Swat District, on "
  "May 30 after three days of street fighting in which 17 militants and two soldiers were killed, reports Dawn. "
  "Military spokesman Major General Ahsan Qadir told a news briefing in Rawalpindi that troops had cleared the "
  "area house by house and that militants of the Tehreek-e-Nifaz-e-Shariat-e-Mohammadi (TNSM) had fled towards "
  "Kabal tehsil. Separately, militants blew up a government girls' high school in the Kanju area of Kabal tehsil "
  "during the night, the spokesman said. There were no casualties.",
  "Dawn",
  C(),
  [SF("Security Forces", ["Security Forces", "SFs", "troops"]),
   AG("Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", ["Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", "TNSM"])],
  [PE("Ahsan Qadir", ["Major General Ahsan Qadir"], ["Military spokesman"])],
  [P("Taj Chowk", "area", KP, "Swat"),
   P("Mingora", "city", KP, "Swat"),
   P("Swat District", "district", KP, "Swat"),
   P("Rawalpindi", "city", PB, "Rawalpindi"),
   P("Kabal", "area", KP, "Swat"),
   P("Kanju", "area", KP, "Swat")],
  [],
  [I("Security Forces (SFs) regained control of the Taj Chowk area of Mingora", BAT,
     "Government regains territory", None, "Security Forces", "Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", KP,
     "Swat", "Taj Chowk", 1, "on May 30", 19, {"militants": 17, "security_forces": 2}, None,
     "Control of a place changed by force after three days of street fighting; the date is the day control was "
     "regained, and the three days' deaths (17 militants, 2 soldiers) are summed into this one record. A military "
     "operation, so GTD null. TNSM is the group named as having held and fled the area. Rawalpindi is only where "
     "the briefing was given."),
   I("militants blew up a government girls' high school in the Kanju area", EXP,
     "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, KP, "Swat", "Kanju", 1, "during the night",
     0, {}, 0,
     "A school blown up with no one hurt ('There were no casualties', so killed and injured 0), property only, so "
     "actor2 is null. The spokesman does not attribute it to the TNSM, so actor1 stays Unidentified.")])

# ---------------------------------------------------------------- CB-11
R(11,
  "Two men were shot dead in what police termed a sectarian target killing in the Soldier Bazaar area of Karachi "
  "on the evening of January 17, reports The News. Police said the victims, identified as Syed Zeeshan Haider "
  "(34), a schoolteacher, and his cousin Ali Raza (22), were sitting outside a shop when two assailants on a "
  "motorcycle opened fire on them and fled.\n"
  "Share this article\n"
  "In a separate development, Pakistan Rangers, Sindh arrested three suspected target killers belonging to the "
  "banned Lashkar-e-Jhangvi (LeJ) during a raid in Gulistan-e-Jauhar and recovered pistols and a hand grenade "
  "from their possession, a Rangers spokesman said. Hesaid the suspects were involved in more than a dozen "
  "sectarian killings in the cityover the past two years.",
  "The News",
  C(must_contain=["He said the suspects were involved", "killings in the city over the past two years"],
    must_not_contain=["Share this article", "Hesaid", "cityover"],
    keep_unchanged=["Gulistan-e-Jauhar", "Lashkar-e-Jhangvi", "schoolteacher"]),
  [SF("Police", ["police", "Police"]),
   SF("Pakistan Rangers", ["Pakistan Rangers", "Rangers"]),
   AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"])],
  [PE("Syed Zeeshan Haider", ["Syed Zeeshan Haider"], ["schoolteacher", "shot dead"]),
   PE("Ali Raza", ["Ali Raza"], ["cousin of Syed Zeeshan Haider", "shot dead"])],
  [P("Soldier Bazaar", "area", SD, "Karachi"),
   P("Karachi", "city", SD, "Karachi"),
   P("Gulistan-e-Jauhar", "area", SD, "Karachi")],
  [],
  [I("two assailants on a motorcycle opened fire on them", VAC, "Attack", "Armed Assault", UAG, "Civilians",
     SD, "Karachi", "Soldier Bazaar", 1, "on the evening of January 17", 2, {"civilians": 1}, None,
     "Sectarian target killing of two men. Only the schoolteacher has a stated civilian role; his cousin has none, "
     "so killed_by_side counts one civilian out of two. Not a prominent target, so Armed Assault."),
   I("Pakistan Rangers, Sindh arrested three suspected target killers", STR, "Arrests", None,
     "Pakistan Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Gulistan-e-Jauhar", 1, None, 0, {}, None,
     "'In a separate development': the arrests are not tied to the Soldier Bazaar killing, so they are their own "
     "Arrests incident, with the recovered pistols and grenade part of it. The text gives no date for the raid. The "
     "suspects' past killings are background.")],
  not_incidents=["the suspects were involved in more than a dozen sectarian killings"])

# ---------------------------------------------------------------- CB-12
R(12,
  "| P |olice on Tuesday ruled out terrorism in the explosion that damaged three shops in the main bazaar of Tangi "
  "tehsil in Charsadda District on Monday evening, reports The Express Tribune. Bomb Disposal Unit (BDU) officials "
  "who examined the site said the blast had been caused by a leaking gas cylinder in a hotel kitchen and that no "
  "traces of explosives were found. Four people, including the hotel's cook, were injured and shifted to the "
  "District Headquarters Hospital. Tangi police station SHO Iftikhar Ali Mohmand said initial reports of a bomb "
  "attack had been wrong.",
  "The Express Tribune",
  C(must_contain=["Police on Tuesday ruled out terrorism"],
    must_not_contain=["| P |"],
    keep_unchanged=["Charsadda", "BDU"]),
  [SF("Police", ["police"]),
   SF("Bomb Disposal Unit", ["Bomb Disposal Unit", "BDU"])],
  [PE("Iftikhar Ali Mohmand", ["Iftikhar Ali Mohmand"], ["Tangi police station SHO"])],
  [P("Tangi", "area", KP, "Charsadda"),
   P("Charsadda District", "district", KP, "Charsadda")],
  [],
  [],
  not_incidents=["the blast had been caused by a leaking gas cylinder in a hotel kitchen",
                 "initial reports of a bomb attack had been wrong"])

# ---------------------------------------------------------------- CB-13
R(13,
  "The bullet-riddled bodies of two government schoolteachers, who had been abducted by militants a week earlier, "
  "were found in the Shakai area of South Waziristan Agency on November 4, reports Dawn. Officials said the "
  "teachers, identified as Gul Rehman and Wali Jan Mehsud, had been kidnapped on October 28 while travelling from "
  "Wana to their village. A note found with the bodies bore the name of the Tehreek-e-Taliban Pakistan (TTP) and "
  "said the two had been killed for spying for the government. On the same day, militants kidnapped a contractor, "
  "Shah Faisal, along with his driver on the Angoor Adda road. Their whereabouts remain unknown.",
  "Dawn",
  C(),
  [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [PE("Gul Rehman", ["Gul Rehman"], ["government schoolteacher", "abducted and killed"]),
   PE("Wali Jan Mehsud", ["Wali Jan Mehsud"], ["government schoolteacher", "abducted and killed"]),
   PE("Shah Faisal", ["Shah Faisal"], ["contractor", "kidnapped with his driver"])],
  [P("Shakai", "area", KP, "South Waziristan"),
   P("South Waziristan Agency", "district", KP, "South Waziristan"),
   P("Wana", "town", KP, "South Waziristan"),
   P("Angoor Adda", "town", KP, "South Waziristan")],
  [],
  [I("The bullet-riddled bodies of two government schoolteachers, who had been abducted by militants a week "
     "earlier, were found", VAC, "Attack", "Hostage Taking (Kidnapping)", "Tehreek-e-Taliban Pakistan",
     "Civilians", KP, "South Waziristan", "Shakai", 1, "on November 4", 2, {"civilians": 2}, None,
     "Abducted and later killed: ACLED Attack, GTD Kidnapping (coding rule). The note left with the bodies 'bore "
     "the name of' the TTP and gave the motive, which is read as a claim, so the TTP is actor1. Schoolteacher is a "
     "civilian role. The date is the day the bodies were found; the kidnapping on October 28 on the way from Wana "
     "is part of this record, not a separate incident. FATA coded Khyber Pakhtunkhwa."),
   I("militants kidnapped a contractor, Shah Faisal, along with his driver", VAC,
     "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians", KP, "South Waziristan",
     "Angoor Adda", 2, "On the same day", 0, {}, None,
     "Two men kidnapped on 'the Angoor Adda road', a place along a road near the town, hence precision 2. No claim, "
     "so Unidentified. 'On the same day' refers to November 4.")])

# ---------------------------------------------------------------- CB-14
_p14a = ("In another incident in the same district, two Levies personnel were shot dead by armed men near their "
         "checkpoint in the Paroom area on the Panjgur-Kharan road.")
_p14b = "The attackers also took away the official weapons of the slain personnel."
_p14c = ("In another incident in the same district, two Levies men were killed by armed men near their checkpost "
         "in Paroom area on Panjgur-Kharan road.")
_p14d = "The assailants took away their official weapons."
R(14,
  "Unidentified assailants hurled a hand grenade at a mobile phone shop in the main bazaar of Chitkan, the "
  "headquarters of Panjgur District, on December 3, injuring five people, including the shop owner, reports Daily "
  "Times.\nAdvertisement\n" + _p14a + " " + _p14b + "\n" + _p14c + " " + _p14d + "\n"
  "Separately, Levies personnel recovered a roadside bomb planted near Gramkan Cross and defused it with the help "
  "of a bomb disposal team.",
  "Daily Times",
  C(must_not_contain=["Advertisement"],
    keep_unchanged=["Panjgur", "Chitkan", "checkpost"],
    near_dup=[(_p14a, _p14c), (_p14b, _p14d)]),
  [SF("Levies", ["Levies"])],
  [],
  [P("Chitkan", "town", BA, "Panjgur"),
   P("Panjgur District", "district", BA, "Panjgur"),
   P("Paroom", "area", BA, "Panjgur"),
   P("Panjgur-Kharan road", "area", BA, "Panjgur"),
   P("Gramkan Cross", "area", BA, "Panjgur")],
  [],
  [I("Unidentified assailants hurled a hand grenade at a mobile phone shop", EXP, "Grenade",
     "Bombing/Explosion", UAG, "Civilians", BA, "Panjgur", "Chitkan", 1, "on December 3", 0, {}, 5,
     "Grenade attack on a shop; five injured including the owner, no deaths."),
   I("two Levies personnel were shot dead by armed men near their checkpoint", BAT, "Armed clash",
     "Armed Assault", UAG, "Levies", BA, "Panjgur", "Paroom", 1, None, 2, {"security_forces": 2}, None,
     "The scraper repeats this paragraph in slightly different words ('two Levies men were killed ...'); it is one "
     "attack with two dead, not four. An attack on Levies is Battles/Armed clash. The text gives no date for it "
     "('In another incident'), so date_text is null; the taking of the weapons is part of the attack."),
   I("Levies personnel recovered a roadside bomb planted near Gramkan Cross", STR, "Disrupted weapons use",
     "Bombing/Explosion", "Levies", UAG, BA, "Panjgur", "Gramkan Cross", 2, None, 0, {}, None,
     "A roadside bomb recovered and defused: Disrupted weapons use. 'Near' Gramkan Cross, hence precision 2. No "
     "date is given. The bomb disposal team is unnamed and generic, so the Levies are actor1.")])

# ---------------------------------------------------------------- CB-15
R(15,
  "At least 23 militants were killed when Pakistan Air Force (PAF) jets pounded suspected hideouts in the Mamozai "
  "and Dabori areas of Orakzai Agency on April 17, reports The News. Official sources said four hideouts and a "
  "facility used for making explosives were destroyed in the strikes. Local sources, however, claimed that 11 "
  "civilians, including women and children, were also killed when a house was hit in Tor Ghundai village of "
  "Mamozai. The claim could not be independently verified as the area is inaccessible to the media.",
  "The News",
  C(),
  [SF("Pakistan Air Force", ["Pakistan Air Force", "PAF"])],
  [],
  [P("Mamozai", "area", KP, "Orakzai"),
   P("Dabori", "area", KP, "Orakzai"),
   P("Orakzai Agency", "district", KP, "Orakzai"),
   P("Tor Ghundai", "town", KP, "Orakzai")],
  [],
  [I("Pakistan Air Force (PAF) jets pounded suspected hideouts", EXP, "Air/drone strike", None,
     "Pakistan Air Force", UAG, KP, "Orakzai", "Mamozai", 2, "on April 17", 23, {"militants": 23}, None,
     "State air strikes on militant hideouts: a state operation, so no GTD attack type. The strikes hit two areas, so "
     "the first named is used at precision 2. Official sources give 23 militants; the local claim of 11 civilians "
     "killed in Tor Ghundai 'could not be independently verified' and is left out as the most conservative figure. "
     "No group is named for the militants. FATA coded Khyber Pakhtunkhwa.")])

# ---------------------------------------------------------------- CB-16
R(16,
  "The Counter Terrorism Department (CTD) of Punjab arrested five suspected terrorists of the proscribed Islamic "
  "State-Khorasan Province (IS-KP) during intelligence-based operations in Dera Ghazi Khan and Bahawalpur on "
  "October 24, reports The Express Tribune. A CTD spokesman said explosives, detonators, a pistol and hate "
  "material were recovered from their possession and that the suspects were\n"
  "planning to attack a religious gathering in Multan. In a separate operation, CTD personnel killed two "
  "terrorists in an exchange of fire near Sakhi Sarwar in Dera Ghazi Khan District aftertheir accomplices opened "
  "fire on a CTD team. A CTD official sustained bullet injuries and two other terrorists escaped.",
  "The Express Tribune",
  C(must_contain=["the suspects were planning to attack a religious gathering in Multan",
                  "after their accomplices opened fire on a CTD team"],
    must_not_contain=["were\nplanning", "aftertheir"],
    keep_unchanged=["Khorasan", "intelligence-based", "Bahawalpur"]),
  [SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
   AG("Islamic State-Khorasan Province", ["Islamic State-Khorasan Province", "IS-KP"])],
  [],
  [P("Punjab", "province", PB, None),
   P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan"),
   P("Bahawalpur", "city", PB, "Bahawalpur"),
   P("Multan", "city", PB, "Multan"),
   P("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"),
   P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan")],
  [],
  [I("arrested five suspected terrorists of the proscribed Islamic State-Khorasan Province (IS-KP)", STR,
     "Arrests", None, "Counter Terrorism Department", "Islamic State-Khorasan Province", PB, "Dera Ghazi Khan",
     "Dera Ghazi Khan", 2, "on October 24", 0, {}, None,
     "Arrests in operations in two districts reported as one haul with no split; coded once at the first named "
     "place, precision 2 (Bahawalpur is the other). The recovered explosives are part of the arrests. The planned "
     "attack in Multan did not happen and is not an incident."),
   I("CTD personnel killed two terrorists in an exchange of fire near Sakhi Sarwar", BAT, "Armed clash", None,
     "Counter Terrorism Department", UAG, PB, "Dera Ghazi Khan", "Sakhi Sarwar", 2, None, 2,
     {"militants": 2}, 1,
     "A CTD operation in which the suspects' accomplices fired first; as in the dev CTD raid, the operation was "
     "started by the state, so GTD is null. The text does not say these terrorists were IS-KP, so actor2 is "
     "Unidentified. 'Near' Sakhi Sarwar, hence precision 2. No date is given for this operation. One CTD official "
     "injured.")])

# ---------------------------------------------------------------- CB-17
R(17,
  "Unidentified assailants shot dead a member of the local Aman (peace) Committee, Malik Sher Zaman, and his "
  "nephew near their house in Gara Mastan village of Paharpur tehsil in Dera Ismail Khan District on June 12, "
  "reports Dawn. Police said the attackers, riding a motorcycle, opened fire from close range and fled towards the "
  "nearby fields. Malik Sher Zaman had survived an attack in 2014 in which his son was killed. Later in the day, "
  "police arrested two suspects from a nearby village in connection with the killings, though officials said the "
  "investigation was at an early stage.",
  "Dawn",
  C(),
  [SF("Police", ["Police", "police"])],
  [PE("Malik Sher Zaman", ["Malik Sher Zaman"], ["member of the local Aman (peace) Committee"])],
  [P("Gara Mastan", "town", KP, "Dera Ismail Khan"),
   P("Paharpur", "area", KP, "Dera Ismail Khan"),
   P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
  [],
  [I("Unidentified assailants shot dead a member of the local Aman (peace) Committee, Malik Sher Zaman, and his "
     "nephew", VAC, "Attack", "Armed Assault", UAG, "Civilians", KP, "Dera Ismail Khan", "Gara Mastan", 1,
     "on June 12", 2, {}, None,
     "Two men shot near their house, unarmed as far as the text says, so Attack on civilians. A peace committee "
     "member is a pro-government militiaman, who fits none of the sides (as dev-81 codes a lashkar guard), and the "
     "nephew has no status, so killed_by_side is empty. The arrest of two suspects is 'in connection with the "
     "killings', so it is part of this record, not a separate Arrests incident. The 2014 attack is background.")],
  not_incidents=["Malik Sher Zaman had survived an attack in 2014 in which his son was killed"])

# ---------------------------------------------------------------- CB-18
R(18,
  "Staff Reporter | Quetta | 2023-11-14 09:15 PKT\n"
  "Armed men offloaded 19 passengers from trucks and buses on the national highway in the Kili Tor Sar area of "
  "Zhob District late on Monday and shot them dead after checking their identitycards, reports Dawn. Assistant "
  "Commissioner Najeebullah Kakar said the attackers, numbering around 30, had blocked the highway for over two "
  "hours and set 10 vehicles on fire. Most of the victims belonged to Punjab. The proscribed Balochistan Liberation "
  "Army (BLA) claimed responsibility for the attack. In a separate attack the same night, militants stormed a "
  "Levies station in Kalat and killed four Levies personnel and a civilian in an exchange of fire that lasted "
  "around two hours.",
  "Dawn",
  C(must_contain=["shot them dead after checking their identity cards"],
    must_not_contain=["Staff Reporter | Quetta | 2023-11-14 09:15 PKT", "identitycards"],
    keep_unchanged=["Zhob", "Levies"]),
  [AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
   SF("Levies", ["Levies"])],
  [PE("Najeebullah Kakar", ["Najeebullah Kakar"], ["Assistant Commissioner"])],
  [P("Kili Tor Sar", "area", BA, "Zhob"),
   P("Zhob District", "district", BA, "Zhob"),
   P("Punjab", "province", PB, None),
   P("Kalat", "town", BA, "Kalat")],
  [],
  [I("Armed men offloaded 19 passengers from trucks and buses on the national highway", VAC, "Attack",
     "Armed Assault", "Balochistan Liberation Army", "Civilians", BA, "Zhob", "Kili Tor Sar", 1,
     "late on Monday", 19, {"civilians": 19}, None,
     "Passengers taken off vehicles and shot after an identity check; BLA claimed it. Passenger is a civilian role. "
     "The burning of 10 vehicles is part of the same attack. The date is only 'late on Monday'; the byline's date "
     "stamp is scraper debris, not report text."),
   I("militants stormed a Levies station in Kalat and killed four Levies personnel and a civilian", BAT,
     "Armed clash", "Armed Assault", UAG, "Levies", BA, "Kalat", "Kalat", 1, "the same night", 5,
     {"security_forces": 4, "civilians": 1}, None,
     "A 'separate attack': the BLA claim is for 'the attack' on the highway, so this one stays Unidentified (as "
     "dev-72 limits a claim to the blast it names). Four Levies personnel and one civilian killed.")])

# ---------------------------------------------------------------- CB-19
_s19 = ("Three soldiers and two civilians living nearby were martyred, while 12 others, including four children, "
        "were injured when the wall collapsed.")
R(19,
  "| T |\n"
  "The Security Forces (SFs) foiled an attack on a Frontier Constabulary (FC) camp in the Jani Khel area of Bannu "
  "District in the early hours of January 9, killing all six attackers, reports The News. According to the "
  "Inter-Services Public Relations (ISPR), khwarij of Fitna al Khwarij, the term the state uses for the "
  "Tehreek-e-Taliban Pakistan (TTP), rammed an explosives-laden vehicle into the outer wall of the camp and then "
  "tried to enter the compound. " + _s19 + "\n" + _s19 + "\n"
  "A faction of the Hafiz Gul Bahadur group claimed responsibility for the attack.",
  "The News",
  C(must_contain=["The Security Forces (SFs) foiled an attack"],
    must_not_contain=["| T |"],
    keep_unchanged=["khwarij", "Khwarij", "explosives-laden"],
    near_dup=[(_s19, _s19)]),
  [SF("Security Forces", ["Security Forces", "SFs"]),
   SF("Frontier Constabulary", ["Frontier Constabulary", "FC"]),
   AG("Tehreek-e-Taliban Pakistan", ["Fitna al Khwarij", "Tehreek-e-Taliban Pakistan", "TTP"]),
   AG("Hafiz Gul Bahadur group", ["Hafiz Gul Bahadur group"])],
  [PE("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader whose name the group bears"])],
  [P("Jani Khel", "area", KP, "Bannu"),
   P("Bannu District", "district", KP, "Bannu")],
  [],
  [I("rammed an explosives-laden vehicle into the outer wall of the camp", EXP, "Suicide bomb",
     "Bombing/Explosion", "Hafiz Gul Bahadur group", "Frontier Constabulary", KP, "Bannu", "Jani Khel", 1,
     "in the early hours of January 9", 11, {"militants": 6, "security_forces": 3, "civilians": 2}, 12,
     "A vehicle bomb rammed into the camp wall followed by an attempt to enter: one complex attack, coded by its "
     "main blast as Suicide bomb (ACLED includes suicide vehicle bombs). 'Foiled' does not make it Disrupted weapons "
     "use, since the bomb went off and killed people. The ISPR blames Fitna al Khwarij, which the text glosses as "
     "the TTP, but a Hafiz Gul Bahadur faction claimed the attack, and the claimant is the perpetrator. The text "
     "counts 'all six attackers', so six militants; three soldiers and two civilians; the repeated sentence is "
     "counted once. 'FC' here is the Frontier Constabulary, not the Frontier Corps.")])

# ---------------------------------------------------------------- CB-20
R(20,
  "At least eight passengers were killed and 14 others injured when unidentified gunmen opened fire on a passenger "
  "convoy near the Tangi Pul check post in Lower Kurram tehsil of Kurram District on October 3, reports Dawn. "
  "Officials said the convoy of around 40 vehicles was travelling from Parachinar to Peshawar under police escort. "
  "Two policemen of the escort were among the injured.\n"
  "Advertisement\n"
  "Following the attack, armed tribesmen from rival sides exchanged heavy fire in the Pir Qayum and Dand Kalay "
  "areas, killing at least five people and wounding several others, local sources said. Later in the evening, a "
  "jirga of elders from Kohat and Hangu brokered aseven-day ceasefire between the warring tribes, Deputy "
  "Commissioner Javedullah Mehsud told reporters.",
  "Dawn",
  C(must_contain=["brokered a seven-day ceasefire between the warring tribes"],
    must_not_contain=["Advertisement", "aseven-day"],
    keep_unchanged=["Parachinar", "Kurram"]),
  [SF("Police", ["police", "policemen"])],
  [PE("Javedullah Mehsud", ["Javedullah Mehsud"], ["Deputy Commissioner"])],
  [P("Tangi Pul", "area", KP, "Kurram"),
   P("Lower Kurram", "area", KP, "Kurram"),
   P("Kurram District", "district", KP, "Kurram"),
   P("Parachinar", "town", KP, "Kurram"),
   P("Peshawar", "city", KP, "Peshawar"),
   P("Pir Qayum", "area", KP, "Kurram"),
   P("Dand Kalay", "area", KP, "Kurram"),
   P("Kohat", "district", KP, "Kohat"),
   P("Hangu", "district", KP, "Hangu")],
  [],
  [I("unidentified gunmen opened fire on a passenger convoy", VAC, "Attack", "Armed Assault", UAG, "Civilians",
     KP, "Kurram", "Tangi Pul", 2, "on October 3", 8, {"civilians": 8}, 14,
     "The target was a passenger convoy; the police escort only took injuries, so it is coded as an attack on "
     "civilians rather than Armed clash. 'At least eight passengers' = 8 civilians. 'Near' the check post, hence "
     "precision 2."),
   I("armed tribesmen from rival sides exchanged heavy fire", BAT, "Armed clash", None, UAG, UAG, KP, "Kurram",
     "Pir Qayum", 2, "Following the attack", 5, {}, None,
     "Fighting between unnamed tribal sides in two areas; no organisation is named, so both actors are Unidentified "
     "Armed Group. Inter-tribal fighting is not terrorism, so GTD is null. 'At least five people' = 5 with no side; "
     "'several others' wounded uncounted. Two areas named, so precision 2 at the first."),
   I("a jirga of elders from Kohat and Hangu brokered", STR, "Agreement", None, None, None, KP, "Kurram",
     "Kurram District", 2, "Later in the evening", 0, {}, None,
     "A seven-day ceasefire between the warring tribes (the scraper glued 'aseven-day'). The jirga is not an armed "
     "actor and the tribes are unnamed, so both actors are null. The text does not say where the jirga sat; "
     "coded to the district, precision 2.")])

# ---------------------------------------------------------------- CB-21
R(21,
  "Unidentified militants set fire to a government girls' middle school and a community school in Pasht Kot "
  "village of Darel valley in Diamer District of Gilgit-Baltistan in the night of March 21, reports The Express "
  "Tribune. Furniture, books and records were burnt, but no one was hurt as the buildings were empty at the time, "
  "police said. Superintendent of Police (SP) Diamer, Sher Afzal, said a search operation was under way and that "
  "a pamphlet found near one of the schools warned parents against sending their daughters to school.",
  "The Express Tribune",
  C(),
  [SF("Police", ["police"])],
  [PE("Sher Afzal", ["Sher Afzal"], ["Superintendent of Police (SP) Diamer"])],
  [P("Pasht Kot", "town", GB, "Diamer"),
   P("Darel", "area", GB, "Diamer"),
   P("Diamer District", "district", GB, "Diamer"),
   P("Gilgit-Baltistan", "province", GB, None)],
  [],
  [I("Unidentified militants set fire to a government girls' middle school and a community school", STR,
     "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Pasht Kot", 1,
     "in the night of March 21", 0, {}, 0,
     "Arson of two empty schools in one night at one village: one record. No people were present or hurt ('no one "
     "was hurt'), so ACLED Looting/property destruction rather than an attack on civilians, actor2 null, GTD "
     "Facility/Infrastructure Attack (fire, not explosives). The threatening pamphlet and the search operation are "
     "not separate incidents.")],
  not_incidents=["a pamphlet found near one of the schools warned parents against sending their daughters to school"])

# ---------------------------------------------------------------- CB-22
R(22,
  "Five members of a government-backed peace committee were killed and two others injured when their vehicle hit "
  "a roadside bomb in Baizai tehsil of Mohmand Agency on September 14, reports The News. Political administration "
  "officials said the committee members were returning from a jirga in Ekka Ghund when the remote-controlled\n"
  "device went off. The Tehreek-e-Taliban Pakistan (TTP) Mohmand chapter claimed responsibility. \u201cWe will "
  "target everyone who sides with the government,\u201d its spokesman Ihsanullah Jan said by telephone. "
  "Meanwhile, a local TTP commander, Qari Sabir, along with 11 of his fighters surrendered to the political "
  "administration in Ghalanai, the agency headquarters, and handed over their weapons,officials said.",
  "The News",
  C(must_contain=["when the remote-controlled device went off", "handed over their weapons, officials said"],
    must_not_contain=["remote-controlled\ndevice", "weapons,officials"],
    keep_unchanged=["Mohmand", "Ghalanai", "government-backed"]),
  [AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [PE("Ihsanullah Jan", ["Ihsanullah Jan"], ["spokesman of the TTP Mohmand chapter"]),
   PE("Qari Sabir", ["Qari Sabir"], ["local TTP commander", "surrendered with 11 fighters"])],
  [P("Baizai", "area", KP, "Mohmand"),
   P("Mohmand Agency", "district", KP, "Mohmand"),
   P("Ekka Ghund", "town", KP, "Mohmand"),
   P("Ghalanai", "town", KP, "Mohmand")],
  [{"speaker": "Ihsanullah Jan", "starts": "We will target everyone who sides with the government"}],
  [I("their vehicle hit a roadside bomb", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
     "Tehreek-e-Taliban Pakistan", UAG, KP, "Mohmand", "Baizai", 2, "on September 14", 5, {}, 2,
     "A remote-controlled roadside bomb hit a peace committee vehicle; the TTP's Mohmand chapter claimed it "
     "(coded to the TTP itself, since a regional chapter is not a named splinter). The unnamed pro-government "
     "militia is actor2 Unidentified Armed Group and its members fit no side, as in dev-81. Tehsil only, hence "
     "precision 2. FATA coded Khyber Pakhtunkhwa."),
   I("a local TTP commander, Qari Sabir, along with 11 of his fighters surrendered to the political "
     "administration", STR, "Other", None, "Tehreek-e-Taliban Pakistan", None, KP, "Mohmand", "Ghalanai", 1, None,
     0, {}, None,
     "A surrender of a commander and 11 fighters with their weapons, which monitors count separately. ACLED has no "
     "surrender sub-type, so Strategic developments/Other; no GTD type. The political administration is a civil "
     "authority and not an actor (as in dev-115), so actor2 is null. No date is given ('Meanwhile').")])

# ---------------------------------------------------------------- CB-23
R(23,
  "A Rangers official was injured when a low-intensity improvised explosive device (IED) planted on a motorcycle "
  "went off near a Rangers vehicle on Mauripur Road in Keamari District of Karachi on the morning of June 6, "
  "reports The Express Tribune. The Sindhudesh Revolutionary Army (SRA) claimed responsibility for the blast in a "
  "statement circulated on social media. Police said SRA pamphlets had also been found at the site of a blast on "
  "a railway track near Padidan in Naushahro Feroze District last month, though the group had not claimed that "
  "attack.",
  "The Express Tribune",
  C(),
  [SF("Pakistan Rangers", ["Rangers"]),
   AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
   SF("Police", ["Police"])],
  [],
  [P("Mauripur Road", "area", SD, "Keamari"),
   P("Keamari District", "district", SD, "Keamari"),
   P("Karachi", "city", SD, "Karachi"),
   P("Padidan", "town", SD, "Naushahro Feroze"),
   P("Naushahro Feroze District", "district", SD, "Naushahro Feroze")],
  [],
  [I("a low-intensity improvised explosive device (IED) planted on a motorcycle went off near a Rangers vehicle",
     EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army",
     "Pakistan Rangers", SD, "Keamari", "Mauripur Road", 1, "on the morning of June 6", 0, {}, 1,
     "An IED aimed at a Rangers vehicle; SRA claimed it. The text names the Karachi district (Keamari), so admin2 is "
     "Keamari, not Karachi (coding rule). One Rangers official injured. The earlier railway blast near Padidan "
     "('last month', no claim) is background and not coded.")],
  not_incidents=["a blast on a railway track near Padidan in Naushahro Feroze District last month"])

# ---------------------------------------------------------------- CB-24
_s24a = ("Militants attacked the Spin Qabar police check post in Bara tehsil of Khyber District with "
         "rocket-propelled grenades and automatic weapons late on November 19, reports Dawn.")
_s24b = ("A police constable, Sajid Afridi, was martyred and two others were injured in the attack, which lasted "
         "for about an hour.")
_s24c = ("Militants attacked the Spin Qabar police check post in Bara tehsil of Khyber District with "
         "rocket-propelled grenades and automatic weapons late on November 19.")
_s24d = ("A police constable, Sajid Afridi, embraced martyrdom while two others were injured in the attack that "
         "lasted about an hour.")
R(24,
  _s24a + " " + _s24b + " Police said the attackers escaped under cover of darkness.\n"
  "Read more: Khyber police to get armoured vehicles\n" + _s24c + " " + _s24d + "\n"
  "In another incident, police recovered a trader, Haji Noor Wali, who had been kidnapped for ransom from Jamrud "
  "three weeks ago, during a raid in the Tirah valley. Two kidnappers were arrested on the spot. Meanwhile, the "
  "Counter Terrorism Department (CTD) arrested a suspect, Zahid Khan alias Zahidi, who was allegedly collecting "
  "extortion money from traders in Peshawar on behalf of the banned Tehreek-e-Taliban Pakistan (TTP).",
  "Dawn",
  C(must_not_contain=["Read more: Khyber police to get armoured vehicles"],
    keep_unchanged=["rocket-propelled", "Tirah"],
    near_dup=[(_s24a, _s24c), (_s24b, _s24d)]),
  [SF("Police", ["police", "Police"]),
   SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
   AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [PE("Sajid Afridi", ["Sajid Afridi"], ["police constable", "killed in the attack"]),
   PE("Haji Noor Wali", ["Haji Noor Wali"], ["trader", "kidnapped for ransom and recovered"]),
   PE("Zahid Khan", ["Zahid Khan", "Zahidi"], ["suspect arrested by the CTD", "alleged TTP extortion collector"])],
  [P("Spin Qabar", "area", KP, "Khyber"),
   P("Bara", "area", KP, "Khyber"),
   P("Khyber District", "district", KP, "Khyber"),
   P("Jamrud", "town", KP, "Khyber"),
   P("Tirah valley", "area", KP, "Khyber"),
   P("Peshawar", "city", KP, "Peshawar")],
  [],
  [I("Militants attacked the Spin Qabar police check post", BAT, "Armed clash", "Armed Assault", UAG, "Police",
     KP, "Khyber", "Spin Qabar", 1, "late on November 19", 1, {"security_forces": 1}, 2,
     "RPGs together with automatic weapons, so Armed clash rather than Shelling (gunfire is reported). The first "
     "paragraph is repeated in other words after a 'Read more' line; one attack, one constable killed, two "
     "injured."),
   I("police recovered a trader, Haji Noor Wali", STR, "Arrests", None, "Police", UAG, KP, "Khyber",
     "Tirah valley", 2, None, 0, {}, None,
     "A police raid that freed a kidnapped trader and arrested two kidnappers: coded as Arrests, with no GTD type "
     "(raids, arrests and releases get none). The kidnapping 'from Jamrud three weeks ago' is background with no "
     "date. The kidnappers are unnamed. A valley, hence precision 2; no date is given."),
   I("the Counter Terrorism Department (CTD) arrested a suspect, Zahid Khan alias Zahidi", STR, "Arrests", None,
     "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", KP, "Peshawar", "Peshawar", 2, None, 0, {},
     None,
     "An arrest not tied to the other incidents, so its own Arrests incident. The suspect collected extortion for "
     "the TTP, so actor2 is the TTP. The place of arrest is only implied (he operated in Peshawar), hence "
     "precision 2.")],
  not_incidents=["a trader, Haji Noor Wali, who had been kidnapped for ransom from Jamrud three weeks ago"])

# ---------------------------------------------------------------- CB-25
R(25,
  "The Balochistan Home Department on Friday imposed Section 144 across Quetta for 15 days, banning pillion riding "
  "and gatherings of more than four people, in view of threat alerts ahead of Muharram, reports Daily Times. A "
  "notification issued by the department said mobile phone services would remain suspended along procession routes "
  "on the 9th and 10th of Muharram. Provincial Home Minister Mir Jalal Khan Kurd said thatall possible measures had "
  "been taken and that the Frontier Corps (FC) would be deployed at sensitive points in the city. The city has "
  "witnessed several sectarian attacks on the Hazara community in the past.",
  "Daily Times",
  C(must_contain=["said that all possible measures had been taken"],
    must_not_contain=["thatall"],
    keep_unchanged=["Muharram", "pillion"]),
  [SF("Frontier Corps", ["Frontier Corps", "FC"])],
  [PE("Mir Jalal Khan Kurd", ["Mir Jalal Khan Kurd"], ["Provincial Home Minister"])],
  [P("Balochistan", "province", BA, None),
   P("Quetta", "city", BA, "Quetta")],
  [],
  [],
  not_incidents=["imposed Section 144 across Quetta for 15 days",
                 "The city has witnessed several sectarian attacks on the Hazara community in the past"])

# ---------------------------------------------------------------- CB-26
R(26,
  "| A |\n"
  "Sikh shopkeeper, Sardar Manmeet Singh (42), was shot dead by unidentified assailants at his herbal medicine shop "
  "in the Chamkani area of Peshawar on the afternoon of July 22, reports Dawn. Police said two gunmen entered the "
  "shop, opened fire and fled on a motorcycle. The Islamic State-Khorasan Province (IS-KP) claimed responsibility "
  "for the killing through its Amaq news agency.\n"
  "Share this article\n"
  "Members of the Sikh community said it was the fourth such attack on the community in the city in two years.",
  "Dawn",
  C(must_contain=["A Sikh shopkeeper, Sardar Manmeet Singh (42), was shot dead"],
    must_not_contain=["| A |", "Share this article"],
    keep_unchanged=["Chamkani", "IS-KP"]),
  [SF("Police", ["Police"]),
   AG("Islamic State-Khorasan Province", ["Islamic State-Khorasan Province", "IS-KP"])],
  [PE("Manmeet Singh", ["Sardar Manmeet Singh"], ["Sikh shopkeeper", "shot dead"])],
  [P("Chamkani", "area", KP, "Peshawar"),
   P("Peshawar", "city", KP, "Peshawar")],
  [],
  [I("was shot dead by unidentified assailants at his herbal medicine shop", VAC, "Attack", "Armed Assault",
     "Islamic State-Khorasan Province", "Civilians", KP, "Peshawar", "Chamkani", 1,
     "on the afternoon of July 22", 1, {"civilians": 1}, None,
     "IS-KP claimed the killing, so it is actor1 despite 'unidentified assailants'; Amaq is its outlet, not a "
     "separate actor. Shopkeeper is a civilian role. A member of a minority, not a prominent figure, so Armed "
     "Assault. The drop-cap box swallowed the article 'A'. The community's count of earlier attacks is "
     "background.")],
  not_incidents=["it was the fourth such attack on the community in the city in two years"])

# ---------------------------------------------------------------- CB-27
R(27,
  "At least six Frontier Corps (FC) personnel were killed and nine others wounded when militants attacked their "
  "convoy with a roadside bomb followed by heavy gunfire in the Buleda area of Kech District on the morning of "
  "April 4, reports Dawn. A Levies Force official said the bomb struck the leading vehicle, after which militants "
  "positioned in the surrounding hills opened fire. The FC personnel retaliated, and at least four attackers were "
  "killed in the exchange, officials said. The Balochistan Liberation Front (BLF) claimed the attack and said 12 "
  "soldiers had been killed.\n"
  "Advertisement\n"
  "In a separate incident in Gwadar District, two customs officials were abducted by armed men near Jiwani and "
  "their vehicle was torched. Later, SFs conducted a search operation in the surrounding area\n"
  "but no arrests were made. Meanwhile, unidentified militants lobbed a hand grenade atthe house of a local "
  "councillor in Pasni, damaging its boundary wall. No one was injured.",
  "Dawn",
  C(must_contain=["in the surrounding area but no arrests were made",
                  "a hand grenade at the house of a local councillor in Pasni"],
    must_not_contain=["Advertisement", "area\nbut", "atthe"],
    keep_unchanged=["Buleda", "Jiwani", "councillor"]),
  [SF("Frontier Corps", ["Frontier Corps", "FC"]),
   SF("Levies", ["Levies Force"]),
   AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
   SF("Security Forces", ["SFs"])],
  [],
  [P("Buleda", "area", BA, "Kech"),
   P("Kech District", "district", BA, "Kech"),
   P("Gwadar District", "district", BA, "Gwadar"),
   P("Jiwani", "town", BA, "Gwadar"),
   P("Pasni", "town", BA, "Gwadar")],
  [],
  [I("militants attacked their convoy with a roadside bomb followed by heavy gunfire", BAT, "Armed clash",
     "Bombing/Explosion", "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Buleda", 1,
     "on the morning of April 4", 10, {"security_forces": 6, "militants": 4}, 9,
     "An IED-initiated ambush followed by a firefight: one event, coded by ACLED as Armed clash (gunfire both "
     "ways); GTD takes the first, explosive, attack type. The BLF claimed it, so it is actor1. Officials give 6 FC "
     "dead and at least 4 attackers; the BLF's claim of 12 soldiers is not used (most conservative figure)."),
   I("two customs officials were abducted by armed men near Jiwani", VAC, "Abduction/forced disappearance",
     "Hostage Taking (Kidnapping)", UAG, "Civilians", BA, "Gwadar", "Jiwani", 2, None, 0, {}, None,
     "Customs officials are unarmed government employees, coded as civilians. The torching of their vehicle is part "
     "of the abduction. The SF search operation had no outcome ('no arrests were made') and is not an incident. "
     "'Near' Jiwani, hence precision 2; no date is given."),
   I("unidentified militants lobbed a hand grenade", EXP, "Grenade", "Bombing/Explosion", UAG, "Civilians", BA,
     "Gwadar", "Pasni", 1, None, 0, {}, 0,
     "Grenade thrown at a local councillor's house; only the boundary wall was damaged and 'No one was injured'. "
     "A local councillor is not a specific prominent target in the GTD sense here, so Bombing/Explosion. No date "
     "is given ('Meanwhile').")])

# ---------------------------------------------------------------- CB-28
R(28,
  "A Deputy Superintendent of Police (DSP), Mian Gul Rehman, and his guard were killed when unidentified gunmen "
  "ambushed his official vehicle near Darsamand in Hangu District on the evening of February 27, reports The "
  "Express Tribune. Police said the attackers opened fire from both sides of the road and escaped into the hills. "
  "The DSP had been leading operations against militants in the area and had received threats. Earlier in the "
  "day, a low-intensity explosive device went off outside an imambargah in the Kot Khel area of Hangu city, "
  "injuring three worshippers. Officials said the device had been hidden in a heap of garbage.",
  "The Express Tribune",
  C(),
  [SF("Police", ["Police"])],
  [PE("Mian Gul Rehman", ["Mian Gul Rehman"], ["Deputy Superintendent of Police (DSP)"])],
  [P("Darsamand", "town", KP, "Hangu"),
   P("Hangu District", "district", KP, "Hangu"),
   P("Kot Khel", "area", KP, "Hangu"),
   P("Hangu", "city", KP, "Hangu")],
  [],
  [I("unidentified gunmen ambushed his official vehicle near Darsamand", BAT, "Armed clash", "Assassination",
     UAG, "Police", KP, "Hangu", "Darsamand", 2, "on the evening of February 27", 2, {"security_forces": 2},
     None,
     "An ambush on a police officer is Battles/Armed clash under the coding rules. The DSP was a specific, "
     "threatened target leading operations, so GTD Assassination. His guard takes his principal's side, so both "
     "dead are security forces. 'Near' Darsamand, hence precision 2."),
   I("a low-intensity explosive device went off outside an imambargah", EXP, "Remote explosive/landmine/IED",
     "Bombing/Explosion", UAG, "Civilians", KP, "Hangu", "Kot Khel", 1, "Earlier in the day", 0, {}, 3,
     "A hidden device outside a Shia place of worship; three worshippers injured, no deaths.")])

# ---------------------------------------------------------------- CB-29
R(29,
  "Security Forces (SFs) killed five terrorists, including a commander identified as Dad Karim alias Shahmir, "
  "during an intelligence-based operation in the Mishk area of Zehri tehsil in Khuzdar District on July 7, "
  "reports The News. The ISPR said the terrorists belonged to Fitna al Hindustan, the term the state uses for "
  "Baloch separatist groups, and had been involved in attacks on passenger buses and SFs in the area. Arms, "
  "ammunition andexplosives were also recovered.\n"
  "Read more: Balochistan cabinet approves new counterterrorism force\n"
  "A day earlier, militants set ablaze a mobile phone tower and two construction vehicles at a road project site "
  "near Nal. The Balochistan Liberation Army (BLA) claimed responsibility for the attack. Separately, a Levies "
  "constable was injured when unidentified men opened fire on a Levies checkpoint in Nal bazaar.",
  "The News",
  C(must_contain=["Arms, ammunition and explosives were also recovered"],
    must_not_contain=["Read more: Balochistan cabinet approves new counterterrorism force", "andexplosives"],
    keep_unchanged=["intelligence-based", "Zehri", "Hindustan"]),
  [SF("Security Forces", ["Security Forces", "SFs"]),
   AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
   SF("Levies", ["Levies"])],
  [PE("Dad Karim", ["Dad Karim", "Shahmir"], ["commander", "killed in the operation"])],
  [P("Mishk", "area", BA, "Khuzdar"),
   P("Zehri", "area", BA, "Khuzdar"),
   P("Khuzdar District", "district", BA, "Khuzdar"),
   P("Nal", "town", BA, "Khuzdar")],
  [],
  [I("Security Forces (SFs) killed five terrorists", BAT, "Armed clash", None, "Security Forces", UAG, BA,
     "Khuzdar", "Mishk", 1, "on July 7", 5, {"militants": 5}, None,
     "An intelligence-based operation: state-initiated, so GTD null. 'Fitna al Hindustan' is glossed by the text "
     "as the state's term for Baloch separatist groups in general, not one organisation, so actor2 stays "
     "Unidentified and it is not listed in actors. The recovered arms are part of the operation; the past attacks "
     "are background."),
   I("militants set ablaze a mobile phone tower and two construction vehicles", STR,
     "Looting/property destruction", "Facility/Infrastructure Attack", "Balochistan Liberation Army", None, BA,
     "Khuzdar", "Nal", 2, "A day earlier", 0, {}, None,
     "Arson of infrastructure and machinery with no one reported hurt: Looting/property destruction, GTD "
     "Facility/Infrastructure Attack; BLA claimed it. 'Near' Nal, hence precision 2. The text does not give Nal's "
     "district; Nal lies in Khuzdar District (general knowledge). 'A day earlier' = the day before July 7."),
   I("a Levies constable was injured when unidentified men opened fire on a Levies checkpoint", BAT,
     "Armed clash", "Armed Assault", UAG, "Levies", BA, "Khuzdar", "Nal", 1, None, 0, {}, 1,
     "Firing on a Levies checkpoint in Nal bazaar: Battles/Armed clash under the rules. The BLA claim is for the "
     "arson only. No date ('Separately').")],
  not_incidents=["had been involved in attacks on passenger buses and SFs in the area"])

# ---------------------------------------------------------------- CB-30
R(30,
  "| E |ight coal miners were abducted by armed men from a coal mine in the Shin Dand area of Darra Adam Khel in "
  "Kohat District on the night of May 15, reports Dawn. Mine owner Haji Fazal Wahab said about a dozen militants "
  "arrived on motorcycles, gathered the workers at gunpoint and took them towards the mountains bordering Orakzai "
  "District. Three of the miners, who hailed from Shangla District, were released the next morning because of their "
  "age. A TTP faction had been demanding extortion money from mine owners in the area for months, he said.",
  "Dawn",
  C(must_contain=["Eight coal miners were abducted by armed men"],
    must_not_contain=["| E |"],
    keep_unchanged=["Darra Adam Khel", "Shangla"]),
  [AG("Tehreek-e-Taliban Pakistan", ["TTP"])],
  [PE("Haji Fazal Wahab", ["Haji Fazal Wahab"], ["mine owner"])],
  [P("Shin Dand", "area", KP, "Kohat"),
   P("Darra Adam Khel", "area", KP, "Kohat"),
   P("Kohat District", "district", KP, "Kohat"),
   P("Orakzai District", "district", KP, "Orakzai"),
   P("Shangla District", "district", KP, "Shangla")],
  [],
  [I("coal miners were abducted by armed men from a coal mine", VAC, "Abduction/forced disappearance",
     "Hostage Taking (Kidnapping)", UAG, "Civilians", KP, "Kohat", "Shin Dand", 1, "on the night of May 15", 0,
     {}, None,
     "Eight miners abducted (the drop-cap box split 'Eight'). The owner only says a TTP faction had been demanding "
     "extortion; nobody claimed the abduction, so actor1 stays Unidentified. The release of three the next morning "
     "is part of this record, not a separate incident. Orakzai and Shangla are only the direction taken and the "
     "miners' home district.")])


def main():
    for n, (text, gold) in sorted(REPORTS.items()):
        with open(os.path.join(HERE, "CB-%02d.txt" % n), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(HERE, "CB-%02d.gold.json" % n), "w", encoding="utf-8") as f:
            f.write(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")
    print("wrote %d reports" % len(REPORTS))


if __name__ == "__main__":
    main()
