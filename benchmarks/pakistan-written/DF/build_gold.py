"""Hand-written gold codings for DF-01..DF-30.

Every value below was decided by hand from the report text alone; this file only
serialises those decisions into the dev gold shape (same keys, same order) so
that the JSON stays well formed. Run: python3 build_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
UAG, CIV = "Unidentified Armed Group", "Civilians"
VAC, BAT, EXP, SD, PRO = ("Violence against civilians", "Battles",
                          "Explosions/Remote violence", "Strategic developments", "Protests")
IED = "Remote explosive/landmine/IED"
BOMB, ASSAULT, ASSN, KIDN = ("Bombing/Explosion", "Armed Assault", "Assassination",
                             "Hostage Taking (Kidnapping)")


def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}


def A(canonical, mentions, kind="state_force", inter=1):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def G(canonical, mentions):  # armed group
    return A(canonical, mentions, "armed_group", 2)


def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": adm1, "admin2": adm2, "location": loc, "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured,
            "note": note}


GOLD = {}


def gold(n, publisher, actors, people, places, incidents, quotes=(), not_incidents=(),
         relations=(), actor_profiles=None):
    GOLD[n] = {
        "article": "DF-%02d.txt" % n,
        "about": "Hand-coded from the text alone.",
        "publisher": publisher,
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": list(actors),
        "people": list(people),
        "places": list(places),
        "quotes": list(quotes),
        "incidents": list(incidents),
        "not_incidents": list(not_incidents),
        "relations": list(relations),
        "actor_profiles": actor_profiles or {},
    }


POLICE = lambda *m: A("Police", list(m))
SF = lambda *m: A("Security Forces", list(m))
LEVIES = A("Levies", ["Levies"])
FC = lambda *m: A("Frontier Corps", list(m))
BDS = lambda *m: A("Bomb Disposal Squad", list(m))
CTD = A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
TTP = lambda *m: G("Tehreek-e-Taliban Pakistan", list(m))
BLA = G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])

# ---------------------------------------------------------------- DF-01
gold(1, None,
     [POLICE("police")],
     [PE("Malik Sher Zaman Tarkani", ["Malik Sher Zaman Tarkani", "Malik Sher Zaman"],
         ["prominent tribal elder of Bajaur", "member of the Salarzai qaumi jirga"])],
     [P("Bajaur", "district", KP, "Bajaur"), P("Salarzai", "area", KP, "Bajaur"),
      P("Kamangara Shah", "town", KP, "Bajaur"), P("Khar", "town", KP, "Bajaur")],
     [I("A prominent tribal elder of Bajaur was shot dead by unknown assailants", VAC, "Attack",
        ASSN, UAG, CIV, KP, "Bajaur", "Kamangara Shah", 1, "on Thursday evening", 1,
        {"civilians": 1}, None,
        "Two motorcyclists shot the elder in his native village as he walked home from the mosque. "
        "A named, prominent tribal elder who had been threatened for backing peace efforts is a specific "
        "prominent target, so GTD Assassination. A tribal elder is a civilian role. No one claimed it; "
        "'threatening letters from militants' is not a claim, so actor1 stays Unidentified. The injured count "
        "is not stated, so null. Khar appears only as the hospital's town.")],
     not_incidents=["He had survived an attack on his hujra in 2016."])

# ---------------------------------------------------------------- DF-02
gold(2, None,
     [A("Khassadar Force", ["Khassadar Force", "Khassadar"])],
     [PE("Haji Gul Wali", ["Haji Gul Wali"],
         ["commander of the government-backed peace lashkar (tribal militia)"]),
      PE("Noor Akbar", ["Sipahi Noor Akbar"], ["Khassadar", "injured in the roadside blast"])],
     [P("Landi Kotal", "town", KP, "Khyber"), P("Khyber Agency", "district", KP, "Khyber"),
      P("Pashakhel", "area", KP, "Khyber"), P("Sultan Khel", "area", KP, "Khyber")],
     [I("miscreants hiding in the maize fields sprayed his car with bullets", BAT, "Armed clash",
        ASSAULT, UAG, UAG, KP, "Khyber", "Pashakhel", 1, "on Monday", 1, {}, 0,
        "The victim commanded a government-backed peace lashkar (tribal militia). As with the lashkar "
        "leader's guard in satp-sa-dev-81, the unnamed militia is coded Unidentified Armed Group and a "
        "militiaman fits none of the sides, so killed_by_side is empty. An attack on an armed pro-government "
        "actor is coded like an attack on police (Battles/Armed clash, even though one-sided); Violence "
        "against civilians/Attack is the alternative. His nephew escaped unhurt, so injured = 0. Text places "
        "it in FATA (Khyber Agency); admin1 coded Khyber Pakhtunkhwa."),
      I("a vehicle of the Khassadar Force hit an improvised explosive device", EXP, IED, BOMB, UAG,
        "Khassadar Force", KP, "Khyber", "Sultan Khel", 1, "on Monday", 0, {}, 1,
        "A second, separate incident ('In another incident') on the same day: a roadside IED hit a Khassadar "
        "vehicle and injured one Khassadar. The Khassadar Force is a named state force (tribal police). The "
        "search operation reports no outcome and is not coded.")])

# ---------------------------------------------------------------- DF-03
gold(3, None,
     [POLICE("Police", "police")],
     [PE("Abdul Qadir Farooqi", ["Maulana Abdul Qadir Farooqi"],
         ["religious scholar", "khateeb of Jamia Masjid Siddiq-e-Akbar",
          "district office-bearer of the Ahl-e-Sunnat Wal Jamaat (ASWJ)"]),
      PE("Muhammad Rafiq", ["Muhammad Rafiq"], ["private guard of Maulana Abdul Qadir Farooqi"]),
      PE("Gul Hassan", ["Gul Hassan"], ["passer-by", "injured"]),
      PE("Faisal Bashir Memon", ["Faisal Bashir Memon"], ["SSP West"])],
     [P("Orangi Town", "area", SI, "Karachi"), P("Banaras Chowk", "area", SI, "Karachi"),
      P("Pirabad", "area", SI, "Karachi")],
     [I("two pillion riders opened fire on him at Banaras Chowk", VAC, "Attack", ASSN, UAG, CIV, SI,
        "Karachi", "Banaras Chowk", 1, "on Friday", 2, {"civilians": 2}, 1,
        "A suspected sectarian target killing of a named religious scholar and party office-bearer: a specific "
        "prominent target, so GTD Assassination. The cleric is a civilian role and his private guard takes his "
        "principal's side, so civilians = 2. The passer-by was injured. ASWJ appears only as the victim's "
        "affiliation and is not listed in actors. The dateline KARACHI gives admin2.")],
     quotes=[{"speaker": "Faisal Bashir Memon", "starts": "It appears to be a sectarian target killing"}])

# ---------------------------------------------------------------- DF-04
gold(4, "The Express Tribune",
     [POLICE("policemen", "Police", "police"),
      G("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar", "JuA"]),
      TTP("Tehreek-e-Taliban Pakistan", "TTP")],
     [PE("Sher Bahadur", ["Sher Bahadur"], ["Head Constable", "killed in the blast"]),
      PE("Wajid Ali", ["Wajid Ali"], ["Constable", "killed in the blast"])],
     [P("Kohat Road", "area", KP, "Peshawar"), P("Badaber", "area", KP, "Peshawar"),
      P("Peshawar", "city", KP, "Peshawar"), P("Khyber Pakhtunkhwa", "province", KP, None)],
     [I("a remote-controlled improvised explosive device (IED) hit a Police mobile van", EXP, IED, BOMB,
        "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Badaber", 1, "on March 9", 2,
        {"security_forces": 2}, 3,
        "A remote-detonated device planted in a parked motorcycle hit a police patrol van on Kohat Road in "
        "Badaber. Jamaat-ul-Ahrar claimed it, so it is actor1 even though no attacker was seen; TTP appears only "
        "as JuA's parent. The two dead were policemen; the three injured have no stated side. The funeral is "
        "not an incident.")],
     relations=[{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "splinter",
                 "evidence": "a breakaway faction of Tehreek-e-Taliban Pakistan"}])

# ---------------------------------------------------------------- DF-05
gold(5, None,
     [POLICE("Police"), G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])],
     [PE("Meerak Baloch", ["Meerak Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
     [P("Turbat", "town", BA, "Kech"), P("Kech district", "district", BA, "Kech")],
     [I("Miscreants hurled a hand grenade at the office of the National Database and Registration "
        "Authority (NADRA)", EXP, "Grenade", BOMB, "Balochistan Liberation Front", None, BA, "Kech",
        "Turbat", 1, "late on Tuesday night", 0, {}, 0,
        "A grenade lobbed over the wall of the closed NADRA office damaged the gate and windows. The BLF "
        "claimed it, so it is actor1 although the text first says 'miscreants'. 'No one was hurt', so killed "
        "and injured are 0; with only property damaged, actor2 is null (as for the school and pipeline cases "
        "in dev). NADRA is a civil agency, not an armed actor.")],
     actor_profiles={"Balochistan Liberation Front": {
         "gtd_target_types": ["Government (General)"],
         "evidence": "the group would continue to target government institutions in the province"}})

# ---------------------------------------------------------------- DF-06
gold(6, "Dawn",
     [A("Mohmand Rifles", ["Mohmand Rifles"]), BDS("Bomb Disposal Squad", "BDS")],
     [],
     [P("Kadaro Kalay", "town", KP, "Mohmand"), P("Pindiali", "area", KP, "Mohmand"),
      P("Mohmand Agency", "district", KP, "Mohmand"),
      P("Federally Administered Tribal Areas", "area", KP, None)],
     [I("Militants blew up a Government Girls Primary School with explosives", EXP, IED, BOMB, UAG, None,
        KP, "Mohmand", "Kadaro Kalay", 1, "in the night of October 11", 0, {}, None,
        "Explosives planted in three classrooms destroyed the girls' school at night. 'No loss of life was "
        "reported', so killed = 0 and injured is null (as in satp-sa-dev-27); property only, so actor2 is "
        "null. Explosives, so GTD Bombing/Explosion rather than Facility/Infrastructure Attack. FATA coded "
        "as Khyber Pakhtunkhwa."),
      I("another device weighing around five kilogrammes planted near the school's boundary wall, which was "
        "defused by the Bomb Disposal Squad (BDS)", SD, "Disrupted weapons use", BOMB,
        "Bomb Disposal Squad", UAG, KP, "Mohmand", "Kadaro Kalay", 1, "The next morning", 0, {}, None,
        "A second device at the same school, found by the Mohmand Rifles and defused by the BDS: a disrupted "
        "bombing, coded like the defused bombs in satp-sa-dev-109 with the BDS as actor1.")])

# ---------------------------------------------------------------- DF-07
gold(7, None,
     [POLICE("police")],
     [PE("Fazal Rabi", ["Fazal Rabi"], ["shot dead in a family feud"]),
      PE("Amjad Ali", ["Amjad Ali"], ["cousin of Fazal Rabi", "injured"]),
      PE("Zahir Shah", ["Zahir Shah"], ["brother of the deceased", "complainant"]),
      PE("Sardar Ali", ["Sardar Ali"], ["nominated accused in the FIR"])],
     [P("Takht Bhai", "area", KP, "Mardan"), P("Kandar Ghari", "town", KP, "Mardan"),
      P("Mardan", "city", KP, "Mardan")],
     [],
     not_incidents=["A man was shot dead and his cousin injured over an old family feud in Takht Bhai "
                    "tehsil on Saturday"])

# ---------------------------------------------------------------- DF-08
gold(8, None,
     [POLICE("police")],
     [PE("Muhammad Arshad", ["Muhammad Arshad", "Arshad"], ["shopkeeper", "owner of a general store"])],
     [P("Ferozewala", "town", PU, "Sheikhupura"), P("Lahore Road", "area", PU, "Sheikhupura")],
     [],
     not_incidents=["A shopkeeper was shot dead by dacoits for offering resistance during a robbery at his "
                    "shop in Ferozewala"])

# ---------------------------------------------------------------- DF-09
gold(9, None,
     [POLICE("policeman", "Police")],
     [PE("Rahmat Ullah", ["Constable Rahmat Ullah"], ["Constable", "escort of the polio vaccination team"]),
      PE("Naseem Bibi", ["Naseem Bibi"], ["lady health worker", "injured"])],
     [P("Domel", "area", KP, "Bannu"), P("Mamash Khel", "town", KP, "Bannu"),
      P("Bannu", "city", KP, "Bannu")],
     [I("two armed men riding a motorcycle opened fire on them", BAT, "Armed clash", ASSAULT, UAG, "Police",
        KP, "Bannu", "Mamash Khel", 1, "on Tuesday", 1, {"security_forces": 1}, 1,
        "Gunmen fired on a door-to-door polio team and its police escort. The only death is the escorting "
        "constable, so it is coded as an attack on police (Battles/Armed clash, as the rules say for "
        "one-sided attacks on police); the injured health worker is a civilian but injured has no side split. "
        "The suspension of the campaign is not an incident.")])

# ---------------------------------------------------------------- DF-10
gold(10, "Dawn",
     [POLICE("Police", "police")],
     [PE("Ghulam Farid", ["Ghulam Farid"], ["Constable", "shot dead"]),
      PE("Naseem Kundi", ["Haji Naseem Kundi", "Naseem Kundi"],
         ["local leader of Pakistan Tehreek-e-Insaf (PTI)"])],
     [P("Circular Road", "area", KP, "Dera Ismail Khan"),
      P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
      P("Khyber Pakhtunkhwa", "province", KP, None), P("Paharpur", "area", KP, "Dera Ismail Khan")],
     [I("A Police constable was shot dead by unidentified assailants on Circular Road", BAT, "Armed clash",
        ASSAULT, UAG, "Police", KP, "Dera Ismail Khan", "Circular Road", 1, "on June 14", 1,
        {"security_forces": 1}, None,
        "A constable on his way to duty was shot by motorcyclists: an attack on police, so Battles/Armed "
        "clash. No injured are mentioned."),
      I("unidentified miscreants hurled a hand grenade at the house of a local leader of Pakistan "
        "Tehreek-e-Insaf (PTI)", EXP, "Grenade", BOMB, UAG, CIV, KP, "Dera Ismail Khan", "Paharpur", 2,
        "the same night", 0, {}, 0,
        "A separate incident. The grenade hit a party leader's home; as in satp-sa-dev-0, a politician's "
        "residence makes actor2 Civilians even though 'no one was hurt' (killed and injured 0). The extortion "
        "calls hint at a criminal motive, but the text does not say so, so it stays coded. Only the tehsil "
        "(Paharpur) is given, hence precision 2. PTI is a party named as victim and is not listed in actors.")])

# ---------------------------------------------------------------- DF-11
gold(11, "The Express Tribune",
     [LEVIES],
     [PE("Ahmed Jan", ["Ahmed Jan"], ["schoolteacher", "abducted and killed"]),
      PE("Rasool Bakhsh", ["Rasool Bakhsh"], ["cousin of Ahmed Jan", "resident of Chitkan",
                                              "abducted and killed"])],
     [P("Parom", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur"),
      P("Balochistan", "province", BA, None), P("Chitkan", "town", BA, "Panjgur")],
     [I("Bullet-riddled bodies of two men, who had been abducted by unidentified armed men a week earlier, "
        "were found", VAC, "Attack", KIDN, UAG, CIV, BA, "Panjgur", "Parom", 1, "on August 22, 2014", 2,
        {"civilians": 1}, None,
        "Abducted from Chitkan on August 15 and found dead in Parom: abducted and later killed, so ACLED "
        "Attack with GTD Hostage Taking (Kidnapping), one record dated by the discovery of the bodies and "
        "placed where they were found. Only the schoolteacher has a stated civilian role; his cousin is only a "
        "'resident', so civilians = 1 of 2 killed.")])

# ---------------------------------------------------------------- DF-12
gold(12, None,
     [FC("Frontier Corps", "FC"), BLA, SF("Security forces")],
     [PE("Mureed Baloch", ["Mureed Baloch"], ["spokesman of the Balochistan Liberation Army (BLA)"])],
     [P("Kahan", "town", BA, "Kohlu"), P("Kohlu district", "district", BA, "Kohlu"),
      P("Quetta", "city", BA, "Quetta")],
     [I("their vehicle was hit by a roadside bomb in the Kahan area", EXP, IED, BOMB,
        "Balochistan Liberation Army", "Frontier Corps", BA, "Kohlu", "Kahan", 1, "on Sunday morning", 3,
        {"security_forces": 3}, 2,
        "An IED under a culvert hit an FC vehicle. The BLA claimed the blast, so it is actor1. The BLA claimed "
        "five dead but officials confirmed three; the most conservative figure is used. The 'two others' "
        "injured are implied FC men (injured has no side split). Quetta is only where the injured were "
        "taken. The search operation has no reported outcome.")])

# ---------------------------------------------------------------- DF-13
gold(13, "The News",
     [POLICE("Policemen", "Police", "policemen"), BDS("Bomb Disposal Squad", "BDS")],
     [PE("Habibullah", ["Habibullah"], ["Assistant Sub-Inspector (ASI)", "killed"]),
      PE("Zarshad Khan", ["Zarshad Khan"], ["Constable", "killed"]),
      PE("Malik Ilyas", ["Malik Ilyas"], ["District Police Officer (DPO)"])],
     [P("Serai Naurang", "town", KP, "Lakki Marwat"),
      P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
      P("Khyber Pakhtunkhwa", "province", KP, None), P("Tajori", "town", KP, "Lakki Marwat")],
     [I("a suicide bomber blew himself up near a Police checkpost", EXP, "Suicide bomb", BOMB, UAG, "Police",
        KP, "Lakki Marwat", "Serai Naurang", 1, "on February 2", 2, {"security_forces": 2}, 12,
        "The bomber detonated his vest when policemen tried to search him at the checkpost at the bazaar "
        "entrance. The text counts two dead policemen; the bomber (whose remains were recovered) is not "
        "counted, since the text does not add him. 'dozens of people' injured = 12 under ACLED's rule for "
        "vague counts."),
      I("the Bomb Disposal Squad (BDS) defused a seven-kilogramme improvised explosive device (IED)", SD,
        "Disrupted weapons use", BOMB, "Bomb Disposal Squad", UAG, KP, "Lakki Marwat", "Tajori", 2,
        "later in the day", 0, {}, None,
        "A separate defused IED ('Meanwhile') on a road near Tajori: Disrupted weapons use. 'near Tajori', "
        "hence precision 2. The district is taken from the report's context.")])

# ---------------------------------------------------------------- DF-14
gold(14, None,
     [CTD, TTP("Tehreek-i-Taliban Pakistan", "TTP"),
      A("Border Military Police", ["Border Military Police", "BMP"]), SF("security forces")],
     [PE("Abdul Wahid", ["Abdul Wahid"], ["alias Umar", "militant killed in the encounter",
                                          "wanted in attacks on Border Military Police posts"])],
     [P("Rakhi Gaj", "area", PU, "Dera Ghazi Khan"),
      P("Dera Ghazi Khan district", "district", PU, "Dera Ghazi Khan"),
      P("Koh-e-Suleman", "area", PU, "Dera Ghazi Khan")],
     [I("Four suspected terrorists of the banned Tehreek-i-Taliban Pakistan (TTP) were killed in an exchange "
        "of fire with the Counter Terrorism Department (CTD)", BAT, "Armed clash", None,
        "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PU, "Dera Ghazi Khan", "Rakhi Gaj", 1,
        "on Saturday night", 5, {"militants": 4, "civilians": 1}, 2,
        "A CTD raid on a hideout on a tip-off; the raid was started by the state, so GTD is null. Four militants "
        "died, and the wife of one suspect died in the crossfire: a militant's family are civilians, so "
        "killed = 5. Two CTD officials were injured. The recovered weapons and suicide vest are part of the "
        "same event. The planned attack on a convoy and Abdul Wahid's past attacks on BMP posts are "
        "background.")],
     not_incidents=["who was wanted in attacks on posts of the Border Military Police (BMP) in the area"])

# ---------------------------------------------------------------- DF-15
gold(15, "Daily Times",
     [CTD, POLICE("Punjab Police"), G("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"])],
     [PE("Nadeem Akhtar", ["Nadeem Akhtar"], ["alias Bhola", "arrested suspected LeJ militant"]),
      PE("Shahid Mehmood", ["Shahid Mehmood"], ["arrested suspected LeJ militant"]),
      PE("Adnan", ["Adnan"], ["arrested suspected LeJ militant"]),
      PE("Tanveer Ahmed", ["Tanveer Ahmed"], ["arrested suspected LeJ militant"])],
     [P("Kamoke", "town", PU, "Gujranwala"), P("Gujranwala District", "district", PU, "Gujranwala")],
     [I("arrested four suspected militants of Lashkar-e-Jhangvi (LeJ) and recovered explosives from their "
        "possession", SD, "Arrests", None, "Counter Terrorism Department", "Lashkar-e-Jhangvi", PU,
        "Gujranwala", "Kamoke", 1, "on September 18", 0, {}, None,
        "An arrest not tied to any reported attack is its own Arrests incident; arrests get no GTD type. "
        "The explosives, detonators and pistols recovered from the same suspects are part of this event, not a "
        "separate Disrupted weapons use. The planned attack on a Muharram procession is not an incident. "
        "Punjab Police is listed as the CTD's parent force.")],
     not_incidents=["the suspects were planning to attack a Muharram procession and a police station in "
                    "the district"])

# ---------------------------------------------------------------- DF-16
gold(16, None,
     [G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
      POLICE("Railway police", "Railway Police")],
     [PE("Mitho Sindhi", ["Mitho Sindhi"], ["spokesman of the Sindhudesh Revolutionary Army (SRA)"])],
     [P("Badah", "town", SI, "Larkana"), P("Dokri", "town", SI, "Larkana"),
      P("Larkana district", "district", SI, "Larkana"), P("Sindh", "province", SI, None),
      P("Karachi", "city", SI, "Karachi")],
     [I("A portion of the railway track was damaged in a low-intensity blast", EXP, IED, BOMB,
        "Sindhudesh Revolutionary Army", None, SI, "Larkana", "Badah", 2, "in the early hours of Wednesday",
        0, {}, 0,
        "A small device between the sleepers damaged the track before a train passed. The SRA claimed the "
        "blast, so it is actor1 although police first speak of 'unknown persons'. 'No one was hurt'; "
        "infrastructure only, so actor2 is null. The site lies between two stations, so it is coded to the "
        "first named (Badah) at precision 2. Karachi is only the train's destination.")])

# ---------------------------------------------------------------- DF-17
gold(17, "Dawn",
     [LEVIES, G("Baloch Republican Army", ["Baloch Republican Army", "BRA"])],
     [PE("Doda Baloch", ["Doda Baloch"], ["spokesman of the Baloch Republican Army (BRA)"])],
     [P("Loti", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
      P("Balochistan", "province", BA, None), P("Sui", "town", BA, "Dera Bugti")],
     [I("Unidentified militants fired four rockets at a Levies checkpost", EXP,
        "Shelling/artillery/missile attack", BOMB, UAG, "Levies", BA, "Dera Bugti", "Loti", 1,
        "on April 29", 0, {}, 3,
        "Rocket fire with no gunfire reported, so Shelling/artillery/missile attack (as in satp-sa-dev-4). "
        "The target was the Levies post; a stray rocket injured a woman and two children in a nearby house, "
        "so injured = 3. The BRA claim names only the pipeline blast, so this stays Unidentified."),
      I("militants blew up a gas pipeline in the Sui area", EXP, IED, BOMB, "Baloch Republican Army", None,
        BA, "Dera Bugti", "Sui", 1, "on the same day", 0, {}, None,
        "A separate incident claimed by the BRA ('the pipeline blast'). Infrastructure only and no casualties "
        "reported, so actor2 is null and injured null (as in satp-sa-dev-72).")],
     actor_profiles={"Baloch Republican Army": {
         "gtd_target_types": ["Utilities"],
         "evidence": "attacks on gas installations would continue"}})

# ---------------------------------------------------------------- DF-18
gold(18, None,
     [POLICE("police"), FC("FC")],
     [PE("Ali Madad", ["Ali Madad"], ["vegetable vendor", "member of the Hazara community", "shot dead"]),
      PE("Ghulam Abbas", ["Ghulam Abbas"], ["injured"])],
     [P("Hazarganji", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
      P("Western Bypass", "area", BA, "Quetta")],
     [I("armed men on a motorcycle opened fire on them", VAC, "Attack", ASSAULT, UAG, CIV, BA, "Quetta",
        "Hazarganji", 1, "on Monday morning", 1, {"civilians": 1}, 1,
        "A sectarian attack on two Hazara men at the Hazarganji market; the dead man is a vegetable vendor "
        "(civilian role). Victims singled out by community, not as prominent persons, so Armed Assault. "
        "No claim, so Unidentified."),
      I("members of the Hazara community placed the body on Western Bypass and staged a sit-in", PRO,
        "Peaceful protest", None, "Protesters", None, BA, "Quetta", "Western Bypass", 1,
        "Soon after the incident", 0, {}, None,
        "A sit-in with the body that blocked traffic for five hours and 'ended peacefully' after talks; no "
        "intervention, burning or clashes, so Peaceful protest. Protests get no GTD type. The dev files have no "
        "protest, so the generic actor1 'Protesters' (ACLED inter 6) is this file's choice; the Hazara "
        "community is not a named organisation.")])

# ---------------------------------------------------------------- DF-19
gold(19, "The News",
     [SF("security forces", "soldiers")],
     [],
     [P("Sangar Kalay", "town", KP, "Orakzai"), P("Orakzai Agency", "district", KP, "Orakzai"),
      P("Federally Administered Tribal Areas", "area", KP, None), P("Kalaya", "town", KP, "Orakzai"),
      P("Lower Orakzai", "area", KP, "Orakzai")],
     [I("mortar shells fired by militants landed on houses in Sangar Kalay village", EXP,
        "Shelling/artillery/missile attack", BOMB, UAG, CIV, KP, "Orakzai", "Sangar Kalay", 1,
        "on November 3", 1, {}, 4,
        "Militants fired mortar shells from the mountains into the village: long-range fire, so Shelling. "
        "The dead is 'a child' and the injured 'persons, including two women'; as with 'a woman' in "
        "satp-sa-dev-116, no side is given. FATA coded as Khyber Pakhtunkhwa."),
      I("militants attacked a security forces checkpost in Kalaya area", BAT, "Armed clash", ASSAULT, UAG,
        "Security Forces", KP, "Orakzai", "Kalaya", 1, "on the same night", 6,
        {"security_forces": 2, "militants": 4}, None,
        "A separate attack with rocket-propelled grenades and automatic weapons: gunfire, so Battles/Armed "
        "clash. Officials give two soldiers and four militants killed; only one source, so used as given.")])

# ---------------------------------------------------------------- DF-20
gold(20, None,
     [POLICE("Police")],
     [PE("Harjeet Singh", ["Sardar Harjeet Singh"], ["Sikh trader", "cloth merchant"]),
      PE("Bakht Zada", ["Bakht Zada"], ["owner of a CD and music shop", "injured"])],
     [P("Dabgari Bazaar", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
      P("Gul Bahar", "area", KP, "Peshawar")],
     [I("A Sikh trader was shot dead by unidentified gunmen in Dabgari Bazaar", VAC, "Attack", ASSAULT, UAG,
        CIV, KP, "Peshawar", "Dabgari Bazaar", 1, "on Tuesday", 1, {"civilians": 1}, None,
        "A gunman shot a Sikh cloth merchant in his shop. Police keep 'personal enmity' open but the family "
        "denies any enmity, so the motive is unresolved and the killing is coded (contrast DF-07, where the "
        "FIR itself states the feud). A trader is a civilian role. Armed Assault: a community member, not a "
        "prominent figure."),
      I("unknown persons hurled a hand grenade at a CD and music shop in Gul Bahar", EXP, "Grenade", BOMB,
        UAG, CIV, KP, "Peshawar", "Gul Bahar", 1, "the same evening", 0, {}, 2,
        "A separate grenade attack on a music shop whose owner had been told by letter to close it. The owner "
        "and a customer were injured.")])

# ---------------------------------------------------------------- DF-21
gold(21, "Dawn",
     [G("Lashkar-e-Islam", ["Lashkar-e-Islam", "LI"]), G("Ansarul Islam", ["Ansarul Islam", "AI"])],
     [PE("Mufti Yar Gul", ["Mufti Yar Gul"], ["spokesman of Lashkar-e-Islam (LI)"])],
     [P("Sra Vela", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"),
      P("Khyber Agency", "district", KP, "Khyber"),
      P("Federally Administered Tribal Areas", "area", KP, None)],
     [I("a clash between rival militant groups, Lashkar-e-Islam (LI) and Ansarul Islam (AI)", BAT,
        "Armed clash", None, "Lashkar-e-Islam", "Ansarul Islam", KP, "Khyber", "Sra Vela", 1, "on May 9", 7,
        {"militants": 7}, None,
        "Fighting between two named militant groups; LI attacked an AI post, so LI is actor1. Figures "
        "conflict: local sources give 'at least seven' dead on both sides, LI claims 12 AI dead, AI admits "
        "three; the most conservative overall figure (7) is used, all militants. LI's claim to have taken two "
        "posts is disputed, so not coded as Non-state actor overtakes territory. Fighting between armed groups "
        "is not terrorism against non-combatants, so GTD is null. FATA coded as Khyber Pakhtunkhwa.")],
     relations=[{"a": "Lashkar-e-Islam", "b": "Ansarul Islam", "kind": "hostile",
                 "evidence": "The two groups have been fighting for control of the valley for several years."}])

# ---------------------------------------------------------------- DF-22
gold(22, None,
     [LEVIES, BDS("Bomb Disposal Squad")],
     [],
     [P("Dera Murad Jamali", "town", BA, "Naseerabad"),
      P("Naseerabad district", "district", BA, "Naseerabad"), P("Chattar", "area", BA, "Naseerabad"),
      P("Quetta", "city", BA, "Quetta"), P("Sibi", "city", BA, "Sibi"),
      P("Jaffarabad", "district", BA, "Jaffarabad"), P("Balochistan", "province", BA, None)],
     [I("Unknown miscreants blew up two electricity pylons", EXP, IED, BOMB, UAG, None, BA, "Naseerabad",
        "Chattar", 1, "on Friday night", 0, {}, None,
        "Two transmission towers were blown up with explosives in the Chattar area; one record for the single "
        "attack on two adjacent pylons. Infrastructure only and no casualties reported, so actor2 is null and "
        "injured null. Quetta, Sibi and Jaffarabad are only where power was cut."),
      I("Levies personnel found explosives tied to the base of a third pylon at the site, which were defused "
        "by the Bomb Disposal Squad", SD, "Disrupted weapons use", BOMB, "Bomb Disposal Squad", UAG, BA,
        "Naseerabad", "Chattar", 1, "On Saturday morning", 0, {}, None,
        "Explosives on a third pylon at the same site, found the next morning and defused: Disrupted weapons "
        "use, with the BDS as actor1.")])

# ---------------------------------------------------------------- DF-23
gold(23, "Daily Times",
     [POLICE("Police")],
     [PE("Rahim Dad Zehri", ["Rahim Dad Zehri", "Zehri"],
         ["journalist", "correspondent of a Quetta-based Urdu daily"])],
     [P("Wadh", "town", BA, "Khuzdar"), P("Khuzdar District", "district", BA, "Khuzdar"),
      P("Balochistan", "province", BA, None), P("Quetta", "city", BA, "Quetta")],
     [I("A journalist, identified as Rahim Dad Zehri, was shot dead by unidentified armed men", VAC, "Attack",
        ASSAULT, UAG, CIV, BA, "Khuzdar", "Wadh", 1, "on December 12", 1, {"civilians": 1}, None,
        "A local correspondent who had received threats was shot near his house in Wadh. A journalist is a "
        "civilian role. He was targeted, but as a local correspondent he is not a prominent figure in the "
        "rules' sense, so GTD Armed Assault rather than Assassination (a borderline call). The Balochistan "
        "Union of Journalists only condemned the killing and is not an armed actor.")])

# ---------------------------------------------------------------- DF-24
gold(24, None,
     [SF("security forces", "soldiers")],
     [PE("Sher Alam", ["Sher Alam"], ["tribesman", "labourer", "resident of Hassu Khel village",
                                      "kidnapped and killed"])],
     [P("Spinwam", "town", KP, "North Waziristan"),
      P("North Waziristan district", "district", KP, "North Waziristan"),
      P("Datta Khel", "town", KP, "North Waziristan"), P("Hassu Khel", "town", KP, "North Waziristan")],
     [I("militants dropped explosives from a quadcopter on a security forces' checkpost", EXP,
        "Air/drone strike", BOMB, UAG, "Security Forces", KP, "North Waziristan", "Spinwam", 1,
        "on Wednesday", 0, {}, 2,
        "Explosives dropped from a quadcopter on an SF post: coded Air/drone strike, as ACLED codes armed "
        "drones used by non-state groups (Grenade is the alternative if the bombs were hand grenades). Two "
        "soldiers injured; unclaimed. The soldiers firing at the drone is not a clash. 'the fourth such "
        "attack' is background."),
      I("the bullet-riddled body of a tribesman, who was kidnapped by unknown armed men three days ago, was "
        "found", VAC, "Attack", KIDN, UAG, CIV, KP, "North Waziristan", "Datta Khel", 2, "on Thursday", 1,
        {"civilians": 1}, None,
        "Abducted and later killed: Attack with GTD Hostage Taking (Kidnapping), dated by the discovery of the "
        "body. The family calls him a labourer (civilian role). 'near Datta Khel bazaar', hence precision 2.")],
     not_incidents=["It was the fourth such attack in the district this month."])

# ---------------------------------------------------------------- DF-25
gold(25, None,
     [POLICE("police", "Police", "policemen"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
     [PE("Muhammad Ishaq", ["Muhammad Ishaq"], ["Constable", "posted at the Mominabad police station"]),
      PE("Abdul Sattar", ["Abdul Sattar"], ["shot dead by relatives over a property dispute"])],
     [P("Orangi Town", "area", SI, "Karachi"), P("Korangi", "area", SI, "Karachi"),
      P("Mominabad", "area", SI, "Karachi"), P("Raees Amrohvi Colony", "area", SI, "Karachi"),
      P("Korangi No. 5", "area", SI, "Karachi")],
     [I("two pillion riders intercepted him in Raees Amrohvi Colony and shot him in the head", BAT,
        "Armed clash", ASSAULT, UAG, "Police", SI, "Karachi", "Raees Amrohvi Colony", 1, "on Sunday", 1,
        {"security_forces": 1}, None,
        "An off-duty constable out of uniform was followed and shot: an attack on police, so Battles/Armed "
        "clash. Police only suspect the TTP and there is no claim, so actor1 is Unidentified; TTP is listed in "
        "actors because the text names it. The property-dispute killing in Korangi the same day is a private "
        "crime and is not coded; the arrest of the nephew belongs to that crime, not a separate Arrests "
        "incident.")],
     not_incidents=["Abdul Sattar, 50, was shot dead by his relatives in Korangi No. 5 after a quarrel over the "
                    "share of an ancestral house"])

# ---------------------------------------------------------------- DF-26
gold(26, None,
     [POLICE("police", "Police")],
     [PE("Tahir Mahmood", ["Dr Tahir Mahmood"], ["member of the Ahmadi community",
                                                  "homeopathic practitioner"])],
     [P("Samanabad", "area", PU, "Lahore")],
     [I("A member of the Ahmadi community was shot dead by unidentified motorcyclists", VAC, "Attack",
        ASSAULT, UAG, CIV, PU, "Lahore", "Samanabad", 1, "on Tuesday evening", 1, {"civilians": 1}, None,
        "A faith-based killing according to the community; police also look at a rent dispute. The motive is "
        "not settled by the text, so the killing is coded (a private dispute is only a line of inquiry). A "
        "homeopathic practitioner is a civilian role. Admin2 Lahore from the dateline.")],
     quotes=[{"speaker": "unnamed Ahmadi community spokesman",
              "starts": "He was killed only because he was an Ahmadi"}])

# ---------------------------------------------------------------- DF-27
gold(27, None,
     [LEVIES, BLA, SF("Security forces")],
     [PE("Muhammad Asif", ["Muhammad Asif"], ["labourer from Punjab", "killed"]),
      PE("Tanveer Hussain", ["Tanveer Hussain"], ["labourer from Punjab", "killed"]),
      PE("Shakeel Ahmed", ["Shakeel Ahmed"], ["labourer from Punjab", "killed"]),
      PE("Sajid Ali", ["Sajid Ali"], ["labourer from Punjab", "killed"])],
     [P("Karachi", "city", SI, "Karachi"), P("Hoshab", "town", BA, "Kech"),
      P("Kech district", "district", BA, "Kech"), P("Punjab", "province", PU, None),
      P("Rahim Yar Khan", "district", PU, "Rahim Yar Khan"), P("Bahawalpur", "district", PU, "Bahawalpur"),
      P("Turbat", "town", BA, "Kech")],
     [I("Armed men offloaded passengers from a Karachi-bound coach in the Hoshab area of Kech district and "
        "shot dead four labourers", VAC, "Attack", ASSAULT, "Balochistan Liberation Army", CIV, BA, "Kech",
        "Hoshab", 1, "on Saturday night", 4, {"civilians": 4}, None,
        "Gunmen checked identity cards, took four Punjabi labourers aside and shot them; the bodies were found "
        "an hour later near the road. The BLA claimed the killings, so it is actor1. Labourers are a civilian "
        "role. They were held for about an hour, not kidnapped in the usual sense, so GTD Armed Assault rather "
        "than Hostage Taking (Kidnapping) (a judgement call). The search operation has no outcome.")])

# ---------------------------------------------------------------- DF-28
gold(28, None,
     [POLICE("Police", "police"), TTP("Tehreek-e-Taliban Pakistan", "TTP")],
     [PE("Fazal Maula", ["Haji Fazal Maula"], ["hotel owner", "target of extortion demands"])],
     [P("Dherai", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"), P("Swat", "district", KP, "Swat")],
     [I("unknown persons hurled a hand grenade at the house of a hotel owner", EXP, "Grenade", BOMB, UAG, CIV,
        KP, "Swat", "Dherai", 1, "on Sunday night", 0, {}, 2,
        "A grenade attack on the house of a hotel owner who refused extortion demanded 'in the name of' the "
        "TTP. Extortion in a group's name is not a claim, so actor1 stays Unidentified; TTP is listed in "
        "actors as named. Two injured (a nephew and a child); no side split for injured. The extortion calls "
        "are background.")])

# ---------------------------------------------------------------- DF-29
gold(29, "Dawn",
     [POLICE("Police", "policemen")],
     [PE("Gul Rehman", ["Gul Rehman"], ["driver of the NADRA mobile registration van", "abducted"])],
     [P("Gomal", "area", KP, "Tank"), P("Tank District", "district", KP, "Tank"),
      P("Khyber Pakhtunkhwa", "province", KP, None), P("Shah Alam Kalay", "town", KP, "Tank")],
     [I("Unidentified armed men intercepted a mobile registration van of the National Database and "
        "Registration Authority (NADRA)", VAC, "Abduction/forced disappearance", KIDN, UAG, CIV, KP, "Tank",
        "Gomal", 1, "on July 21", 0, {}, None,
        "Militants stopped a NADRA van, burnt it and took away the driver; the other three staff were freed "
        "unhurt. One event, coded by its gravest act, the abduction (burning the van is part of it, not a "
        "separate Looting/property destruction). The driver's fate is unknown, so injured is null."),
      I("militants attacked a Police checkpost at Shah Alam Kalay", BAT, "Armed clash", ASSAULT, UAG, "Police",
        KP, "Tank", "Shah Alam Kalay", 1, "Later the same night", 1, {"militants": 1}, 2,
        "A two-hour exchange of fire at a police checkpost. Police say one militant was killed though the "
        "attackers carried the body away; the claim is used as the only figure. Two policemen injured.")])

# ---------------------------------------------------------------- DF-30
gold(30, None,
     [A("Sindh Rangers", ["Sindh Rangers", "Rangers"]), POLICE("police", "Police"),
      G("Sindhudesh Liberation Army", ["Sindhudesh Liberation Army", "SDLA"])],
     [PE("Abdul Ghaffar", ["Lance Naik Abdul Ghaffar"], ["Lance Naik", "Sindh Rangers official", "injured"])],
     [P("Latifabad Unit 7", "area", SI, "Hyderabad"), P("Hyderabad", "city", SI, "Hyderabad"),
      P("Qasimabad", "area", SI, "Hyderabad")],
     [I("a low-intensity improvised explosive device went off near a Rangers vehicle", EXP, IED, BOMB,
        "Sindhudesh Liberation Army", "Sindh Rangers", SI, "Hyderabad", "Latifabad Unit 7", 1,
        "on Thursday evening", 0, {}, 1,
        "A device in a parked motorcycle was set off as a Rangers vehicle passed, injuring one Rangers "
        "official. The SDLA claimed it, so it is actor1. The detention of two suspects from Qasimabad is tied "
        "to this blast and is part of it, not a separate Arrests incident.")])


def main():
    for n, g in sorted(GOLD.items()):
        with open(os.path.join(HERE, "DF-%02d.gold.json" % n), "w", encoding="utf-8") as f:
            json.dump(g, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
