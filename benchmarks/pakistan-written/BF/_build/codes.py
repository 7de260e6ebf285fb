# Hand coding of set BF, one block per report. Written from the text alone, by the rules in
# shared/benchmarks/pakistan-gold-dev/CODING-RULES.md and the conventions of the dev gold files.
KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Kashmir"
UAG, CIV, PROT = "Unidentified Armed Group", "Civilians", "Protesters"
VAC, BAT, EXP, SDV, PRO = ("Violence against civilians", "Battles", "Explosions/Remote violence",
                           "Strategic developments", "Protests")
IED, SHELL = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"
BOMB, ARMED, KIDN = "Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)"
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
             "not among the allowed admin1 values).")
NWFP_NOTE = ("The text names the province by its pre-2010 name, North West Frontier Province (NWFP); "
             "admin1 is coded Khyber Pakhtunkhwa, its present name.")


def A(canonical, kind, inter, *mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": list(mentions)}


def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def PL(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def I(what, et, st, gtd, a1, a2, admin1, admin2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


SF = "Security Forces"
TTP = "Tehreek-e-Taliban Pakistan"
LEJ = "Lashkar-e-Jhangvi"

G = {}

# ---------------------------------------------------------------- BF-01 (Swat, 2009)
G["BF-01"] = dict(
    publisher="Dawn",
    actors=[A(SF, "state_force", 1, "Security Forces", "SFs", "soldiers", "Troops", "security forces"),
            A(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP")],
    people=[P("Sher Zaman", ["Sher Zaman"], ["cloth merchant", "abducted from Khwazakhela Bazaar"]),
            P("Qari Gul Wazir", ["Qari Gul Wazir"], ["spokesman of the Swat chapter of Tehreek e Taliban Pakistan (TTP)"])],
    places=[PL("Shalpin Kalay", "town", KP, "Swat"), PL("Matta", "area", KP, "Swat"),
            PL("Swat District", "district", KP, "Swat"),
            PL("North West Frontier Province", "province", KP, None),
            PL("Kanju", "town", KP, "Swat"), PL("Khwazakhela Bazaar", "area", KP, "Swat")],
    quotes=[],
    incidents=[
        I("militants attacked a Security Forces (SFs) checkpost at Shalpin Kalay village", BAT, "Armed clash", ARMED,
          UAG, SF, KP, "Swat", "Shalpin Kalay", 1, "on February 11", 14,
          {"security_forces": 3, "militants": 11}, 5,
          "Militants attacked an SF checkpost with rockets and automatic weapons; there was gunfire, so Battles/Armed clash rather than Shelling. "
          "The count is split across sentences: three soldiers in the first sentence and eleven militants ('eleven', in words) two sentences later. "
          "The eleven is an official figure the text says could not be independently confirmed; it is counted as stated, since no other figure is given. "
          "The five injured are 'others' beside the soldiers; injured carries no side. The TTP spokesman speaks only about the abduction, so this attack stays Unidentified. "
          "The village is named, so precision 1. " + NWFP_NOTE),
        I("militants blew up a Government girls primary school in Kanju town of Swat", EXP, IED, BOMB,
          UAG, None, KP, "Swat", "Kanju", 1, "in the night of February 11", 0, {}, 0,
          "A school was blown up; 'No casualty was reported', so killed and injured are 0 (as in satp-sa-dev-93). Only property was hit, so actor2 is null. "
          "No group is named for this attack."),
        I("a cloth merchant, identified as Sher Zaman, was abducted by armed men from Khwazakhela Bazaar", VAC,
          "Abduction/forced disappearance", KIDN, TTP, CIV, KP, "Swat", "Khwazakhela Bazaar", 1, "on February 10", 0, {}, None,
          "The text first says 'armed men', but the Swat TTP spokesman later says the merchant 'had been taken' for spying, which is an admission of responsibility, "
          "so actor1 is TTP (rule: a group that claimed an attack is its perpetrator). The Swat chapter has no faction name of its own, so it is coded as TTP. "
          "The merchant is a civilian; he was not killed, so this is an abduction. It took place a day before the other two incidents."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-02 (Karachi, 2013)
G["BF-02"] = dict(
    publisher="The Express Tribune",
    actors=[A("Police", "state_force", 1, "policeman"),
            A("Pakistan Rangers", "state_force", 1, "Rangers")],
    people=[P("Gul Rehman", ["Gul Rehman"], ["activist of the Awami National Party (ANP)", "shot dead"]),
            P("Sabz Ali", ["Sabz Ali"], ["activist of the Awami National Party (ANP)", "shot dead"]),
            P("Ashiq Hussain", ["Constable Ashiq Hussain", "Ashiq Hussain"], ["Police constable", "killed"])],
    places=[PL("Banaras Chowk", "area", SD, "Karachi"), PL("Orangi Town", "area", SD, "Karachi"),
            PL("Karachi", "city", SD, "Karachi"), PL("Sindh", "province", SD, None),
            PL("Sohrab Goth", "area", SD, "Karachi"), PL("Kalakot", "area", SD, "Karachi"),
            PL("Lyari Town", "area", SD, "Karachi")],
    quotes=[],
    incidents=[
        I("Two activists of the Awami National Party (ANP) were shot dead by unidentified armed assailants", VAC, "Attack", ARMED,
          UAG, CIV, SD, "Karachi", "Banaras Chowk", 1, "on August 14", 2, {"civilians": 2}, None,
          "Two ANP activists were shot by two men on a motorcycle outside a tea stall. Party activists are a civilian role (as in satp-sa-dev-41); "
          "ANP appears only as the victims' party, so it is not listed in actors. A targeted killing of party workers, not prominent figures, so Armed Assault. "
          "Orangi Town is a Karachi town, not a named district, so admin2 is Karachi."),
        I("a policeman, identified as Constable Ashiq Hussain, was killed and another was injured when armed men fired at their mobile van", BAT,
          "Armed clash", ARMED, UAG, "Police", SD, "Karachi", "Sohrab Goth", 2, "on the same day", 1, {"security_forces": 1}, 1,
          "An attack on a Police mobile van, coded Battles/Armed clash as ACLED codes attacks on police. 'Near Sohrab Goth', hence precision 2. "
          "'On the same day' refers to August 14."),
        I("Rangers personnel arrested four suspected target killers", SDV, "Arrests", None,
          "Pakistan Rangers", UAG, SD, "Karachi", "Kalakot", 1, None, 0, {}, None,
          "An arrest raid not tied to either shooting, so its own Arrests incident. 'Lyari gang war' is not a named organisation, so actor2 is Unidentified Armed Group. "
          "The weapons recovered are part of this record. The sentence opens with 'Meanwhile' and gives no date, so date_text is null."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-03 (Quetta / Mastung, 2012)
G["BF-03"] = dict(
    publisher="Dawn",
    actors=[A(LEJ, "armed_group", 2, "Lashkar e Jhangvi", "LeJ"),
            A("Levies", "state_force", 1, "Levies")],
    people=[P("Ali Madad", ["Ali Madad"], ["vegetable vendor", "injured in the attack and died on the way to hospital"])],
    places=[PL("Spinny Road", "area", BA, "Quetta"), PL("Quetta", "city", BA, "Quetta"),
            PL("Dasht", "area", BA, "Mastung"), PL("Mastung District", "district", BA, "Mastung")],
    quotes=[],
    incidents=[
        I("gunmen opened fire on a van carrying vegetable vendors", VAC, "Attack", ARMED,
          LEJ, CIV, BA, "Quetta", "Spinny Road", 1, "on September 18", 5, {"civilians": 5}, 2,
          "Sectarian attack on a van of Shia Hazara vegetable vendors. Four were killed on the spot and one of the three injured vendors (Ali Madad) died later, "
          "so killed = 5 and injured = 2 (the man who died is counted once, as killed, as in satp-sa-dev-38). Vendors are a civilian role, so all five are civilians. "
          "LeJ claimed responsibility, so it is actor1 even though the text first says 'gunmen'. Victims singled out by community, not prominent, so Armed Assault."),
        I("a Levies sepoy was shot dead by unidentified militants", BAT, "Armed clash", ARMED,
          UAG, "Levies", BA, "Mastung", "Dasht", 2, "on September 17", 1, {"security_forces": 1}, None,
          "A Levies sepoy shot dead; an attack on a state force is Battles/Armed clash. 'Near Dasht area', hence precision 2. The LeJ claim covers only the Quetta attack."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-04 (North Waziristan, 2021)
G["BF-04"] = dict(
    publisher="The News",
    actors=[A(SF, "state_force", 1, "Security Forces", "SFs", "soldiers", "troops")],
    people=[P("Saifullah", ["Saifullah", "Tor Mullah"], ["militant commander", "killed in the intelligence based operation in Ghulam Khan"]),
            P("Malik Nasrullah", ["Malik Nasrullah"], ["tribal elder", "addressed the protesters in Miranshah"])],
    places=[PL("Kamsar Narai", "area", KP, "North Waziristan"), PL("Razmak", "area", KP, "North Waziristan"),
            PL("North Waziristan District", "district", KP, "North Waziristan"),
            PL("Khyber Pakhtunkhwa", "province", KP, None),
            PL("Ghulam Khan", "area", KP, "North Waziristan"), PL("Miranshah", "town", KP, "North Waziristan")],
    quotes=[Q("Malik Nasrullah", "We are tired of burying our young men")],
    incidents=[
        I("militants ambushed a Security Forces (SFs) patrol in the Kamsar Narai area", BAT, "Armed clash", ARMED,
          UAG, SF, KP, "North Waziristan", "Kamsar Narai", 1, "on October 3", 6, {"security_forces": 4, "militants": 2}, None,
          "An ambush on an SF patrol that turned into an exchange of fire. 'Martyred' is read as killed. The count is split across sentences: four soldiers, "
          "then two militants in the next sentence, both from the same exchange of fire. Started by the militants, so GTD Armed Assault. No group is named."),
        I("SFs conducted an intelligence based operation (IBO) in Ghulam Khan area of the district and killed three terrorists", BAT, "Armed clash", None,
          SF, UAG, KP, "North Waziristan", "Ghulam Khan", 1, "on October 4", 3, {"militants": 3}, None,
          "A state-initiated operation with militants killed; as for raids, GTD is null. The recovered arms and ammunition are part of this record. "
          "'Terrorists' are counted as militants. The commander is named under people; no group is named."),
        I("hundreds of tribesmen staged a sit in outside the Miranshah Press Club", PRO, "Peaceful protest", None,
          PROT, None, KP, "North Waziristan", "Miranshah", 1, "on October 5", 0, {}, None,
          "A sit-in against targeted killings with no intervention reported, so Peaceful protest; protests get no GTD type. The protesters are not a named organisation, "
          "so actor1 is the generic Protesters and nothing is added to actors. 'Hundreds' is a crowd size, not a casualty figure."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-05 (Gwadar / Kech, 2015)
G["BF-05"] = dict(
    publisher="Daily Times",
    actors=[A("Baloch Liberation Front", "armed_group", 2, "Baloch Liberation Front", "BLF"),
            A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
            A("Levies", "state_force", 1, "Levies")],
    people=[P("Dilmurad Baloch", ["Dilmurad Baloch"], ["spokesman of the Baloch Liberation Front (BLF)"]),
            P("Naveed Ahmed", ["Naveed Ahmed"], ["kidnapped from Pasni", "found shot dead near Kalmat"])],
    places=[PL("Pasni", "town", BA, "Gwadar"), PL("Turbat", "city", BA, "Kech"),
            PL("Shadi Kaur", "area", BA, "Gwadar"), PL("Gwadar District", "district", BA, "Gwadar"),
            PL("Buleda", "area", BA, "Kech"), PL("Kech District", "district", BA, "Kech"),
            PL("Kalmat", "area", BA, "Gwadar")],
    quotes=[],
    incidents=[
        I("Militants attacked the camp of a private construction company", VAC, "Attack", ARMED,
          "Baloch Liberation Front", CIV, BA, "Gwadar", "Shadi Kaur", 2, "on March 9", 2, {"civilians": 2}, None,
          "The BLF claimed the attack on a construction company camp, so it is actor1. Two security guards of a private company were killed; "
          "a guard takes his principal's side, and the principal is a private firm, so they are civilians and the event is Violence against civilians "
          "(Battles would be the alternative had the guards been a state force or a firefight been reported). Three vehicles burnt are part of this record. "
          "'Near Shadi Kaur area', hence precision 2; Pasni and Turbat name the road only."),
        I("a remote controlled bomb targeted a Frontier Corps (FC) vehicle", EXP, IED, BOMB,
          UAG, "Frontier Corps", BA, "Kech", "Buleda", 1, "on March 10", 0, {}, 2,
          "A remote-controlled bomb hit an FC vehicle; two FC personnel injured, no deaths reported, so killed = 0. The BLF claim names only 'the attack' on the camp."),
        I("Levies personnel recovered the bullet riddled body of a man, identified as Naveed Ahmed", VAC, "Attack", KIDN,
          UAG, CIV, BA, "Gwadar", "Kalmat", 2, "on March 10", 1, {}, None,
          "A man kidnapped from Pasni a week earlier was found shot dead near Kalmat: abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping). "
          "Coded where and when the body was found (as in satp-sa-dev-29); 'near Kalmat', hence precision 2. The victim is only 'a man', so no side. "
          "'Also on March 10' supplies the date; date_text keeps the words 'on March 10'."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-06 (Kurram / Hangu, 2008)
G["BF-06"] = dict(
    publisher="The News",
    actors=[],
    people=[],
    places=[PL("Sadda", "town", KP, "Kurram"), PL("Balishkhel", "area", KP, "Kurram"),
            PL("Kurram Agency", "district", KP, "Kurram"),
            PL("Federally Administered Tribal Areas", "area", KP, None),
            PL("Parachinar", "town", KP, "Kurram"), PL("Peshawar", "city", KP, "Peshawar"),
            PL("Thall", "town", KP, "Hangu"), PL("Hangu District", "district", KP, "Hangu"),
            PL("North West Frontier Province", "province", KP, None)],
    quotes=[],
    incidents=[
        I("heavy fighting between rival tribes continued for the third consecutive day in Sadda and Balishkhel areas", BAT, "Armed clash", None,
          UAG, UAG, KP, "Kurram", "Sadda", 2, "on August 22", 16, {}, 27,
          "Armed fighting between rival tribes with mortars and rockets. The tribes are not named organisations, so both sides are Unidentified Armed Group; "
          "tribal fighting is not a terrorist attack, so GTD is null. The fighting spans two areas (Sadda and Balishkhel), so it is coded once at the first named, "
          "with precision 2. The text does not say whether the 16 dead and 27 wounded are for the day or for all three days; the figures are coded as given for August 22. "
          "The dead are 'persons', so no side. " + FATA_NOTE),
        I("gunmen attacked a passenger coach travelling from Parachinar to Peshawar", VAC, "Attack", ARMED,
          UAG, CIV, KP, "Hangu", "Thall", 2, "on August 21", 6, {"civilians": 6}, 11,
          "Gunmen attacked a passenger coach; six passengers (a civilian role) killed and eleven ('eleven', in words) injured. 'Near Thall', hence precision 2. "
          "Parachinar and Peshawar are the route, not the place of attack. The Turi tribe is an identity, not an actor. " + NWFP_NOTE),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-07 (Lahore / DG Khan, 2016)
G["BF-07"] = dict(
    publisher="The Express Tribune",
    actors=[A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
            A("Jamaat-ul-Ahrar", "armed_group", 2, "Jamaat ul Ahrar", "JuA"),
            A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS"),
            A("Police", "state_force", 1, "Police"),
            A(LEJ, "armed_group", 2, "Lashkar e Jhangvi", "LeJ")],
    people=[],
    places=[PL("Kot Lakhpat", "area", PB, "Lahore"), PL("Lahore", "city", PB, "Lahore"),
            PL("Youhanabad", "area", PB, "Lahore"), PL("Choti Zareen", "town", PB, "Dera Ghazi Khan"),
            PL("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan")],
    quotes=[],
    incidents=[
        I("Personnel of the Counter Terrorism Department (CTD) killed five suspected militants of Jamaat ul Ahrar (JuA) in an exchange of fire", BAT, "Armed clash", None,
          "Counter Terrorism Department", "Jamaat-ul-Ahrar", PB, "Lahore", "Kot Lakhpat", 2, "in the early hours of April 2", 5, {"militants": 5}, None,
          "A CTD raid on a hideout; the suspects opened fire. The raid was started by the state, so GTD is null (as in satp-sa-dev-78). "
          "Suicide jackets, grenades and explosives recovered are part of this record, not a separate Disrupted weapons use. 'Near Kot Lakhpat', hence precision 2."),
        I("the Bomb Disposal Squad (BDS) defused a four kilogramme bomb planted near a community hall in Youhanabad", SDV, "Disrupted weapons use", BOMB,
          "Bomb Disposal Squad", UAG, PB, "Lahore", "Youhanabad", 1, "on April 1", 0, {}, None,
          "A foiled bombing: a planted bomb was defused, coded as Disrupted weapons use with the GTD type of the attempted attack, as in satp-sa-dev-109. "
          "The BDS defused it, so it is actor1; Police were only informed. Youhanabad is in Lahore (implied by the report; general knowledge)."),
        I("the CTD arrested three suspected terrorists of Lashkar e Jhangvi (LeJ) from Choti Zareen", SDV, "Arrests", None,
          "Counter Terrorism Department", LEJ, PB, "Dera Ghazi Khan", "Choti Zareen", 1, "on April 2", 0, {}, None,
          "Arrests not tied to the Lahore events, so their own Arrests incident; the weapons cache is part of it. 'Also on April 2': date_text keeps 'on April 2'."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-08 (Kotli / Poonch, AJK, 2019)
G["BF-08"] = dict(
    publisher="Dawn",
    actors=[A("Indian Army", "state_force", 8, "Indian troops"),
            A(SF, "state_force", 1, "Pakistani troops", "soldier")],
    people=[P("Tahir Mehmood", ["Naik Tahir Mehmood", "Tahir Mehmood"], ["soldier (Naik)", "killed by Indian firing in the Hajira sector"])],
    places=[PL("Line of Control", "area", AK, None), PL("Nakyal", "area", AK, "Kotli"),
            PL("Kotli District", "district", AK, "Kotli"), PL("Pakistan occupied Kashmir", "province", AK, None),
            PL("Dhok Saiyan", "town", AK, "Kotli"), PL("Hajira", "area", AK, "Poonch"),
            PL("Poonch District", "district", AK, "Poonch")],
    quotes=[],
    incidents=[
        I("Indian troops resorted to unprovoked shelling across the Line of Control (LoC)", EXP, SHELL, None,
          "Indian Army", CIV, AK, "Kotli", "Dhok Saiyan", 1, "on February 26", 2, {"civilians": 2}, 4,
          "Cross-LoC mortar fire that hit houses in a named village, so precision 1. The perpetrator is a foreign state force named as firing, not only as an accuser "
          "or victim, so it is listed as an actor with ACLED inter 8 (canonical 'Indian Army' for 'Indian troops'). State fire is not terrorism, so GTD is null. "
          "'Four other civilians' implies the woman and her son were civilians too, so civilians = 2. The Pakistani return fire reports no outcome and is folded into this record. "
          "The text says 'Pakistan occupied Kashmir (PoK)'; admin1 is coded Azad Kashmir."),
        I("a soldier, identified as Naik Tahir Mehmood, was killed by Indian firing", BAT, "Armed clash", None,
          "Indian Army", SF, AK, "Poonch", "Hajira", 2, "On the same day", 1, {"security_forces": 1}, None,
          "A Pakistani soldier killed by Indian firing across the LoC: gunfire between two armies, so Battles/Armed clash, GTD null. "
          "A 'sector' is part of a district, hence precision 2. 'On the same day' refers to February 26."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-09 (Peshawar follow-up, 2014)
G["BF-09"] = dict(
    publisher="Dawn",
    actors=[A("Police", "state_force", 1, "Police"),
            A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD")],
    people=[],
    places=[PL("Mathra", "area", KP, "Peshawar"), PL("Malik Saad Shaheed Police Lines", "area", KP, "Peshawar"),
            PL("Peshawar", "city", KP, "Peshawar"), PL("Khyber Pakhtunkhwa", "province", KP, None)],
    quotes=[],
    incidents=[],
    not_incidents=[
        "The funeral prayers of the five Police personnel killed in the attack on the Mathra Police Station were offered",
        "A case was registered against unidentified militants under the Anti Terrorism Act",
        "ordered an inquiry into the security lapse and announced compensation for the families of the deceased",
    ],
)

# ---------------------------------------------------------------- BF-10 (Diamer, GB, 2020s)
G["BF-10"] = dict(
    publisher="The Express Tribune",
    actors=[A("Police", "state_force", 1, "Police")],
    people=[],
    places=[PL("Goharabad", "area", GB, "Diamer"), PL("Diamer District", "district", GB, "Diamer"),
            PL("Gilgit Baltistan", "province", GB, None), PL("Kharkot Payeen", "town", GB, "Diamer"),
            PL("Darel", "area", GB, "Diamer")],
    quotes=[],
    incidents=[
        I("unidentified gunmen attacked a Police checkpost in Goharabad area", BAT, "Armed clash", ARMED,
          UAG, "Police", GB, "Diamer", "Goharabad", 1, "on January 14", 1, {"security_forces": 1}, 2,
          "Gunmen attacked a Police checkpost; one constable killed. 'Two others injured' are counted as injured; their status is implied but injured has no side anyway. "
          "The text writes 'Gilgit Baltistan (GB)'; admin1 is coded Gilgit-Baltistan."),
        I("militants set fire to a Government girls primary school", SDV, "Looting/property destruction", "Facility/Infrastructure Attack",
          UAG, None, GB, "Diamer", "Kharkot Payeen", 1, "in the night of January 15", 0, {}, 0,
          "Arson on an empty school with 'No casualties were reported', so killed and injured are 0. No explosion and no clash, so ACLED Strategic developments / "
          "Looting/property destruction (Violence against civilians would be the alternative reading) and GTD Facility/Infrastructure Attack (arson, not a bombing). "
          "The arrest of six suspects on January 17 is explicitly 'in connection with the arson', so it is part of this record, not a separate Arrests incident "
          "(as with the watchman in satp-sa-dev-115)."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-11 (Jacobabad / Kashmore / Shikarpur, 2014)
G["BF-11"] = dict(
    publisher="The News",
    actors=[A("Police", "state_force", 1, "Police")],
    people=[P("Lal Chand Maheshwari", ["Lal Chand Maheshwari"], ["Hindu trader", "kidnapped for ransom"]),
            P("Ayan Shah", ["Ayan Shah"], ["minor boy", "kidnapped from Shikarpur and recovered by Police"])],
    places=[PL("Thul", "town", SD, "Jacobabad"), PL("Jacobabad District", "district", SD, "Jacobabad"),
            PL("Kandhkot", "town", SD, "Kashmore"), PL("Kashmore District", "district", SD, "Kashmore"),
            PL("Shikarpur", "city", SD, "Shikarpur"), PL("Garhi Yasin", "area", SD, "Shikarpur")],
    quotes=[],
    incidents=[
        I("A Hindu trader, identified as Lal Chand Maheshwari, was kidnapped for ransom by armed men", VAC, "Abduction/forced disappearance", KIDN,
          UAG, CIV, SD, "Jacobabad", "Thul", 1, "on November 6", 0, {}, None,
          "Kidnapping for ransom by unnamed armed men: Abduction/forced disappearance with GTD Hostage Taking (Kidnapping). The ransom demand is part of this record."),
        I("dacoits abducted two labourers from a brick kiln", VAC, "Abduction/forced disappearance", KIDN,
          UAG, CIV, SD, "Kashmore", "Kandhkot", 2, "on November 5", 0, {}, None,
          "'Dacoits' are not a named organisation, so actor1 is Unidentified Armed Group. 'Near Kandhkot', hence precision 2."),
        I("an encounter with the kidnappers in the katcha area of Garhi Yasin", BAT, "Armed clash", None,
          "Police", UAG, SD, "Shikarpur", "Garhi Yasin", 2, "on November 7", 1, {}, None,
          "A Police recovery operation that became an encounter; state-initiated, so GTD is null. One kidnapper killed: a criminal is not given a side "
          "(the text calls him neither militant nor civilian), so killed_by_side is empty. The katcha (riverine) area of a taluka, hence precision 2. "
          "The boy's kidnapping 'last month' is background without a date and is not coded."),
    ],
    not_incidents=["who had been kidnapped from Shikarpur last month"],
)

# ---------------------------------------------------------------- BF-12 (Bajaur / Mohmand, 2011)
G["BF-12"] = dict(
    publisher="Daily Times",
    actors=[A(SF, "state_force", 1, "Security Forces", "SFs", "soldiers", "troops"),
            A(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP")],
    people=[P("Qari Sher Afzal", ["Qari Sher Afzal"], ["spokesman of the Bajaur chapter of Tehreek e Taliban Pakistan (TTP)"])],
    places=[PL("Afghanistan", "country", None, None), PL("Charmang", "area", KP, "Bajaur"),
            PL("Nawagai", "area", KP, "Bajaur"), PL("Bajaur Agency", "district", KP, "Bajaur"),
            PL("Federally Administered Tribal Areas", "area", KP, None),
            PL("Dand Kalay", "town", KP, "Mohmand"), PL("Baizai", "area", KP, "Mohmand"),
            PL("Mohmand Agency", "district", KP, "Mohmand")],
    quotes=[],
    incidents=[
        I("Militants from across the border in Afghanistan attacked five Security Forces (SFs) checkposts", BAT, "Armed clash", ARMED,
          TTP, SF, KP, "Bajaur", "Charmang", 1, "on June 17", 16, {"security_forces": 2, "militants": 14}, 7,
          "A cross-border assault on five SF checkposts, coded as one attack since the text treats it as one assault. The Bajaur TTP chapter claimed it in the last "
          "sentence, so actor1 is TTP (named only in the later claim). Counts are split: two soldiers killed and seven wounded, then 14 militants killed in a later sentence. "
          "The fighters came from Afghanistan, but the fighting was in Charmang, Bajaur. " + FATA_NOTE),
        I("mortar shells fired from Afghanistan landed in Dand Kalay village", EXP, SHELL, BOMB,
          UAG, CIV, KP, "Mohmand", "Dand Kalay", 1, "on the same day", 0, {}, 3,
          "Cross-border mortar fire with no gunfire, so Shelling/artillery/missile attack. The text does not say who fired from Afghanistan; the TTP claim covers only "
          "'the attack on the checkposts', so actor1 is Unidentified Armed Group and, as for non-state shelling in satp-sa-dev-3, GTD Bombing/Explosion. "
          "Three children injured; no deaths reported. " + FATA_NOTE),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-13 (Quetta, 2017)
G["BF-13"] = dict(
    publisher="Dawn",
    actors=[A("Police", "state_force", 1, "Police"),
            A("Hizbul Ahrar", "armed_group", 2, "Hizbul Ahrar"),
            A(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP"),
            A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC")],
    people=[],
    places=[PL("Killi Ismail", "town", BA, "Quetta"), PL("Western Bypass", "area", BA, "Quetta"),
            PL("Quetta", "city", BA, "Quetta"), PL("Kuchlak", "town", BA, "Quetta")],
    quotes=[Q("unnamed TTP spokesman", "We have nothing to do with this attack")],
    incidents=[
        I("a suicide bomber blew himself up next to a Police truck at Killi Ismail", EXP, "Suicide bomb", BOMB,
          "Hizbul Ahrar", "Police", BA, "Quetta", "Killi Ismail", 1, "on June 29", 7, {"security_forces": 4}, 18,
          "Suicide attack on a Police truck. Hizbul Ahrar claimed it, so it is actor1; the TTP denied involvement, so TTP is listed in actors (named) but is not the perpetrator. "
          "'At least seven people' = 7, of whom four are Police; the other three are bare 'people' and get no side. The bomber is not counted."),
        I("militants hurled a hand grenade at their vehicle in Kuchlak", EXP, "Grenade", BOMB,
          UAG, "Frontier Corps", BA, "Quetta", "Kuchlak", 1, "on June 28", 0, {}, 2,
          "Grenade attack on an FC vehicle; two FC personnel injured, none killed. It happened the day before the suicide attack. No group claimed it."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-14 (Karachi / Hyderabad / Ghotki, 2020)
G["BF-14"] = dict(
    publisher="Dawn",
    actors=[A("Pakistan Rangers", "state_force", 1, "Rangers"),
            A("Sindhudesh Revolutionary Army", "armed_group", 2, "Sindhudesh Revolutionary Army", "SRA"),
            A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD")],
    people=[],
    places=[PL("Steel Town", "area", SD, "Karachi"), PL("Bin Qasim", "area", SD, "Karachi"),
            PL("Karachi", "city", SD, "Karachi"), PL("Latifabad Unit 7", "area", SD, "Hyderabad"),
            PL("Hyderabad", "city", SD, "Hyderabad"), PL("Mirpur Mathelo", "town", SD, "Ghotki"),
            PL("Ghotki District", "district", SD, "Ghotki")],
    quotes=[],
    incidents=[
        I("a cracker bomb exploded near their picket in Steel Town area of Bin Qasim", EXP, IED, BOMB,
          "Sindhudesh Revolutionary Army", "Pakistan Rangers", SD, "Karachi", "Steel Town", 1, "on December 3", 0, {}, 2,
          "A small bomb went off near a Rangers picket; two Rangers injured. The SRA claimed 'the blast', so it is actor1. Bin Qasim is a Karachi town, not a named district, "
          "so admin2 is Karachi."),
        I("a similar device went off outside a branch of a private bank in Latifabad Unit 7", EXP, IED, BOMB,
          UAG, None, SD, "Hyderabad", "Latifabad Unit 7", 1, "On the same day", 0, {}, 0,
          "A second device, in Hyderabad, 'causing no casualties', so killed and injured are 0. The SRA claim names only the Karachi blast, so this one stays Unidentified "
          "(as for the second pipeline in satp-sa-dev-72). Only property was targeted, so actor2 is null."),
        I("they had arrested two suspects linked to the SRA from Mirpur Mathelo", SDV, "Arrests", None,
          "Counter Terrorism Department", "Sindhudesh Revolutionary Army", SD, "Ghotki", "Mirpur Mathelo", 1, None, 0, {}, None,
          "The arrests are tied to 'earlier attacks on Rangers', not to the two reported blasts, so they are their own Arrests incident. The text gives only 'Later', so date_text is null."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-15 (Islamabad, 2023)
G["BF-15"] = dict(
    publisher="The Express Tribune",
    actors=[A("Police", "state_force", 1, "Police"),
            A(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP"),
            A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS")],
    people=[],
    places=[PL("Tarnol", "area", ICT, "Islamabad"), PL("Islamabad", "city", ICT, "Islamabad"),
            PL("Bhara Kahu", "area", ICT, "Islamabad")],
    quotes=[],
    incidents=[
        I("two suspected terrorists riding a motorcycle opened fire on a Police checkpoint", BAT, "Armed clash", ARMED,
          TTP, "Police", ICT, "Islamabad", "Tarnol", 1, "on the night of May 11", 2, {"security_forces": 1, "militants": 1}, 1,
          "Attack on a Police checkpoint; a constable and one attacker (killed in return fire, in the next sentence) died, and a passerby was injured. "
          "TTP claimed the attack 'a day later', so it is actor1 although the text first says 'suspected terrorists'. A 'suspected terrorist' attacker is counted as a militant."),
        I("the Bomb Disposal Squad (BDS) defused an improvised explosive device (IED)", SDV, "Disrupted weapons use", BOMB,
          "Bomb Disposal Squad", UAG, ICT, "Islamabad", "Bhara Kahu", 1, "on May 12", 0, {}, None,
          "A foiled bombing: an IED found near a mosque was defused, coded as Disrupted weapons use with the GTD type of the attempted attack. "
          "The TTP claim covers only the Tarnol attack, so the planters are Unidentified."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-16 (Khyber Agency, 2011)
G["BF-16"] = dict(
    publisher="Dawn",
    actors=[A("Lashkar-e-Islam", "armed_group", 2, "Lashkar e Islam", "LI"),
            A("Ansar-ul-Islam", "armed_group", 2, "Ansarul Islam"),
            A(SF, "state_force", 1, "Security Forces", "SFs")],
    people=[P("Qari Abdul Wahid", ["Qari Abdul Wahid"], ["spokesman of Ansarul Islam"]),
            P("Malik Khan Badshah", ["Malik Khan Badshah"], ["tribal elder", "his hujra was blown up"])],
    places=[PL("Sandapal", "area", KP, "Khyber"), PL("Tirah valley", "area", KP, "Khyber"),
            PL("Khyber Agency", "district", KP, "Khyber"), PL("Shalobar", "area", KP, "Khyber"),
            PL("Bara", "area", KP, "Khyber"), PL("Malikdinkhel", "area", KP, "Khyber")],
    quotes=[],
    incidents=[
        I("clashes between Lashkar e Islam (LI) and Ansarul Islam", BAT, "Armed clash", None,
          "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sandapal", 1, "on October 20", 9, {"militants": 9}, None,
          "Fighting between two named militant groups; nine militants killed ('At least nine' = 9), from both sides without a split. Ansarul Islam claims to have taken "
          "two hilltop positions but LI denies losing any, so the territorial change is disputed and the event is coded Armed clash, not Non-state actor overtakes territory. "
          "Inter-group fighting is not a terrorist attack on a target, so GTD is null. actor1 is LI, the first named; the text does not say who attacked. " + FATA_NOTE),
        I("Security Forces (SFs) arrested 13 suspected militants during a search operation", SDV, "Arrests", None,
          SF, UAG, KP, "Khyber", "Shalobar", 1, "on October 21", 0, {}, None,
          "A search operation with an outcome (13 arrested), so it is coded as Arrests. No group is named for the suspects. " + FATA_NOTE),
        I("unidentified militants blew up the hujra (guest house) of a tribal elder", EXP, IED, BOMB,
          UAG, CIV, KP, "Khyber", "Malikdinkhel", 1, "on October 20 night", 0, {}, None,
          "A tribal elder's guest house was blown up. 'No loss of life was reported', so killed = 0 and injured is null (as in satp-sa-dev-27). "
          "The target is a private person's property, so actor2 is Civilians (as for the MPA's house in satp-sa-dev-0). " + FATA_NOTE),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-17 (Dera Bugti, 2019)
G["BF-17"] = dict(
    publisher="Daily Times",
    actors=[A("Baloch Republican Army", "armed_group", 2, "Baloch Republican Army", "BRA"),
            A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC")],
    people=[P("Wali Muhammad", ["Wali Muhammad"], ["shepherd", "killed in a landmine explosion"])],
    places=[PL("Dera Bugti", "town", BA, "Dera Bugti"), PL("Loti", "area", BA, "Dera Bugti"),
            PL("Sui", "town", BA, "Dera Bugti"), PL("Sangsila", "area", BA, "Dera Bugti"),
            PL("Dera Bugti District", "district", BA, "Dera Bugti")],
    quotes=[],
    incidents=[
        I("22 militants of the banned Baloch Republican Army (BRA), including two commanders, surrendered to the Frontier Corps (FC)", SDV, "Other", None,
          "Baloch Republican Army", "Frontier Corps", BA, "Dera Bugti", "Dera Bugti", 1, "on July 7", 0, {}, None,
          "A mass surrender with weapons handed over. Individual fighters laying down arms is not the group itself forming, splitting or changing course, "
          "so Strategic developments / Other rather than Change to group/activity (the alternative). Surrenders get no GTD type. actor1 is the surrendering group, "
          "actor2 the force they surrendered to. 22 is given in digits ('As many as 22')."),
        I("unidentified militants blew up a gas pipeline near Loti", EXP, IED, BOMB,
          UAG, None, BA, "Dera Bugti", "Loti", 2, "on July 6", 0, {}, None,
          "A pipeline bombing with no casualties reported, so killed = 0, injured null; infrastructure target, so actor2 is null. 'Near Loti', hence precision 2. "
          "Sui is only where the supply went."),
        I("a shepherd, identified as Wali Muhammad, was killed and his nephew injured in a landmine explosion", EXP, IED, BOMB,
          UAG, CIV, BA, "Dera Bugti", "Sangsila", 1, "on July 8", 1, {"civilians": 1}, 1,
          "A landmine (victim-activated) killed a shepherd, a civilian role, and injured his nephew. No one planted it by name, so Unidentified Armed Group."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-18 (Dera Ismail Khan / Bhakkar, 2013)
G["BF-18"] = dict(
    publisher="Dawn",
    actors=[A("Police", "state_force", 1, "Police"),
            A(LEJ, "armed_group", 2, "Lashkar e Jhangvi", "LeJ")],
    people=[P("Abdul Ghafoor", ["Maulana Abdul Ghafoor", "Abdul Ghafoor"], ["prayer leader", "associated with the Ahle Sunnat Wal Jamaat (ASWJ)", "shot dead"]),
            P("Syed Mazhar Abbas", ["Syed Mazhar Abbas"], ["shopkeeper", "member of the Shia community", "shot dead"])],
    places=[PL("Paharpur", "area", KP, "Dera Ismail Khan"), PL("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
            PL("Topanwala Bazaar", "area", KP, "Dera Ismail Khan"), PL("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
            PL("Darya Khan", "town", PB, "Bhakkar"), PL("Bhakkar District", "district", PB, "Bhakkar"),
            PL("Punjab", "province", PB, None)],
    quotes=[],
    incidents=[
        I("Unidentified gunmen shot dead a prayer leader, identified as Maulana Abdul Ghafoor", VAC, "Attack", ARMED,
          UAG, CIV, KP, "Dera Ismail Khan", "Paharpur", 2, "on the morning of March 19", 1, {"civilians": 1}, None,
          "A prayer leader (a civilian role) shot on his way to the mosque. A local cleric is not a prominent figure, so Armed Assault, not Assassination. "
          "ASWJ appears only as his affiliation, so it is not listed in actors. Only the tehsil is given, hence precision 2."),
        I("a shopkeeper belonging to the Shia community, identified as Syed Mazhar Abbas, was shot dead", VAC, "Attack", ARMED,
          UAG, CIV, KP, "Dera Ismail Khan", "Topanwala Bazaar", 2, "Hours later", 1, {"civilians": 1}, None,
          "A Shia shopkeeper (civilian role) shot dead hours after the first killing; the text does not link the two, so they are separate incidents. "
          "'Near Topanwala Bazaar', hence precision 2. date_text is the relative 'Hours later' (March 19). Section 144 and extra Police are not incidents."),
        I("Police in Darya Khan area of Bhakkar District in Punjab arrested a suspected member of Lashkar e Jhangvi (LeJ)", SDV, "Arrests", None,
          "Police", LEJ, PB, "Bhakkar", "Darya Khan", 1, "on March 20", 0, {}, None,
          "The arrest is for 'several sectarian killings', not tied to the D.I. Khan killings, so its own Arrests incident; the pistol and grenade are part of it."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-19 (Awaran / Quetta, 2016)
G["BF-19"] = dict(
    publisher="Dawn",
    actors=[A("Levies", "state_force", 1, "Levies"),
            A("Baloch Liberation Front", "armed_group", 2, "Baloch Liberation Front", "BLF"),
            A("Police", "state_force", 1, "Police")],
    people=[],
    places=[PL("Mashkai", "area", BA, "Awaran"), PL("Awaran District", "district", BA, "Awaran"),
            PL("Gishkaur", "area", BA, "Awaran"), PL("Quetta", "city", BA, "Quetta"),
            PL("Red Zone", "area", BA, "Quetta")],
    quotes=[],
    incidents=[
        I("militants attacked a Levies station in Mashkai area of Awaran District", BAT, "Armed clash", ARMED,
          "Baloch Liberation Front", "Levies", BA, "Awaran", "Mashkai", 1, "on November 12", 0, {}, 2,
          "An attack on a Levies station; two Levies injured, no deaths reported, so killed = 0. The BLF is named only in the later claim ('later claimed'), "
          "and is actor1. Setting part of the building on fire and taking weapons are part of this attack."),
        I("unidentified armed men abducted three labourers from a mobile phone tower site", VAC, "Abduction/forced disappearance", KIDN,
          UAG, CIV, BA, "Awaran", "Gishkaur", 1, "A day earlier", 0, {}, None,
          "Three labourers abducted; no fate reported. 'A day earlier' means November 11. The BLF claim covers only the Levies station attack."),
        I("families of missing persons staged a protest outside the Quetta Press Club", PRO, "Protest with intervention", None,
          PROT, "Police", BA, "Quetta", "Quetta", 1, "on November 13", 0, {}, None,
          "Police baton-charged the protesters and briefly detained eight; force short of lethal, so Protest with intervention rather than Excessive force. "
          "The detentions are part of the intervention, not a separate Arrests incident. The Press Club is in Quetta city, so precision 1."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-20 (Orakzai, 2010)
G["BF-20"] = dict(
    publisher="The News",
    actors=[A(SF, "state_force", 1, "Security Forces", "SFs", "soldiers")],
    people=[],
    places=[PL("Mamozai", "area", KP, "Orakzai"), PL("Ghiljo", "town", KP, "Orakzai"),
            PL("Upper Orakzai", "area", KP, "Orakzai"), PL("Kalaya", "area", KP, "Orakzai"),
            PL("Orakzai Agency", "district", KP, "Orakzai"), PL("Feroz Khel", "area", KP, "Orakzai"),
            PL("Lower Orakzai", "area", KP, "Orakzai")],
    quotes=[],
    incidents=[
        I("Security Forces (SFs) killed 26 militants in air strikes on hideouts", EXP, "Air/drone strike", None,
          SF, UAG, KP, "Orakzai", "Mamozai", 2, "on May 16", 26, {"militants": 26}, None,
          "Air strikes by helicopter gunships; state action, so GTD null. The strikes hit two areas (Mamozai and Ghiljo); coded once at the first named, precision 2. "
          "The official toll of 26 is counted as stated even though local sources could not confirm it (no lower figure is given). " + FATA_NOTE),
        I("five soldiers were injured when their vehicle struck a landmine", EXP, IED, BOMB,
          UAG, SF, KP, "Orakzai", "Kalaya", 2, "on the same day", 0, {}, 5,
          "A landmine hit an SF vehicle; five soldiers injured, none killed. Only the tehsil is given, hence precision 2. " + FATA_NOTE),
        I("militants attacked a checkpost of the tribal lashkar (militia)", BAT, "Armed clash", ARMED,
          UAG, UAG, KP, "Orakzai", "Feroz Khel", 1, "on May 16", 2, {}, None,
          "Attack on a checkpost of an unnamed pro-government tribal militia: as in satp-sa-dev-81 the militia is not listed and actor2 is Unidentified Armed Group, "
          "and its volunteers fit none of the sides, so killed_by_side is empty. An armed checkpost, so Battles/Armed clash. " + FATA_NOTE),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-21 (Bannu / Lakki Marwat, 2022)
G["BF-21"] = dict(
    publisher="Dawn",
    actors=[A("Police", "state_force", 1, "Police", "policemen")],
    people=[],
    places=[PL("Mandan", "area", KP, "Bannu"), PL("Bannu District", "district", KP, "Bannu"),
            PL("Karak District", "district", KP, "Karak"), PL("Serai Naurang", "town", KP, "Lakki Marwat"),
            PL("Lakki Marwat District", "district", KP, "Lakki Marwat")],
    quotes=[],
    incidents=[
        I("Two Police personnel escorting a polio vaccination team were shot dead by unidentified motorcyclists", BAT, "Armed clash", ARMED,
          UAG, "Police", KP, "Bannu", "Mandan", 1, "on January 22", 2, {"security_forces": 2}, 0,
          "Police escorts of a polio team shot dead; an attack on police is Battles/Armed clash. 'The vaccinators were unhurt' and both policemen died, so injured = 0. "
          "The earlier polio-team attacks (April 2019, 2021) are background recalled by the report and are not coded."),
        I("a remote controlled device fitted to a parked motorcycle exploded near a Police van", EXP, IED, BOMB,
          UAG, "Police", KP, "Lakki Marwat", "Serai Naurang", 1, "on January 23", 0, {}, 6,
          "A motorcycle bomb near a Police van; injured = 6 (four policemen and two passersby); no deaths reported. The bazaar of the town, so precision 1."),
    ],
    not_incidents=["an attack in April 2019 in which a female health worker was shot dead in Lakki Marwat",
                   "an ambush in 2021 in which three Police escorts were killed in Karak District"],
)

# ---------------------------------------------------------------- BF-22 (Karachi follow-up arrest, 2016)
G["BF-22"] = dict(
    publisher="The News",
    actors=[A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
            A("Police", "state_force", 1, "Sindh Police", "Police", "policemen"),
            A(TTP, "armed_group", 2, "Tehreek e Taliban Pakistan", "TTP")],
    people=[P("Asif", ["Asif", "Chhota"], ["suspect arrested by the CTD", "allegedly member of a local TTP cell"])],
    places=[PL("Sultanabad", "area", SD, "Karachi"), PL("Karachi", "city", SD, "Karachi"),
            PL("Manghopir", "area", SD, "Karachi"), PL("Ittehad Town", "area", SD, "Karachi")],
    quotes=[],
    incidents=[
        I("The Counter Terrorism Department (CTD) of Sindh Police on March 14 arrested a suspect", SDV, "Arrests", None,
          "Counter Terrorism Department", TTP, SD, "Karachi", "Sultanabad", 1, "on March 14", 0, {}, None,
          "A follow-up arrest for an earlier attack. The earlier grenade attack in Manghopir ('last month') is not reported as a new incident here and has no date, "
          "so it is not coded, and the arrest is therefore its own Arrests incident. CTD officials say the suspect belongs to a TTP cell, so actor2 is TTP. "
          "The grenade and pistol recovered are part of this record. The court sentence is a judicial outcome, not an incident."),
    ],
    not_incidents=["a grenade attack on a Police mobile in Manghopir last month that left two policemen injured",
                   "an Anti Terrorism Court (ATC) in Karachi sentenced two TTP militants to death on March 14 for killing a Police constable in Ittehad Town in 2013"],
)

# ---------------------------------------------------------------- BF-23 (South Waziristan, 2008; no outlet)
G["BF-23"] = dict(
    publisher=None,
    actors=[A("South Waziristan Scouts", "state_force", 1, "South Waziristan Scouts")],
    people=[],
    places=[PL("Azam Warsak", "town", KP, "South Waziristan"), PL("South Waziristan Agency", "district", KP, "South Waziristan"),
            PL("Wana", "town", KP, "South Waziristan")],
    quotes=[],
    incidents=[
        I("The bullet riddled bodies of two tribesmen, accused of spying for the United States, were found", VAC, "Attack", ARMED,
          UAG, CIV, KP, "South Waziristan", "Azam Warsak", 2, "on December 8", 2, {}, None,
          "Two alleged spies found shot dead with a warning note; no abduction is reported, so GTD Armed Assault (bullet-riddled). Coded on the day the bodies were found. "
          "'Tribesmen' is not a status, so no side (as in satp-sa-dev-54). The United States appears only as the alleged employer, not as a place or actor. "
          "'Near Azam Warsak', hence precision 2. No outlet is named, so publisher is null. " + FATA_NOTE),
        I("militants fired six rockets at the South Waziristan Scouts camp in Wana", EXP, SHELL, BOMB,
          UAG, "South Waziristan Scouts", KP, "South Waziristan", "Wana", 1, "A day earlier", 0, {}, 0,
          "Rocket fire with no gunfire, so Shelling/artillery/missile attack and GTD Bombing/Explosion (as in satp-sa-dev-4). 'No casualties were reported', so 0 and 0. "
          "The South Waziristan Scouts are a named Frontier Corps wing, so they are actor2. The curfew and search operation report no outcome and are not coded. " + FATA_NOTE),
    ],
    not_incidents=["the political administration imposed a curfew in Wana bazaar and launched a search operation"],
)

# ---------------------------------------------------------------- BF-24 (Rajanpur / Khanewal / DG Khan, 2017)
G["BF-24"] = dict(
    publisher="The News",
    actors=[A("Police", "state_force", 1, "Police", "policemen"),
            A("Counter Terrorism Department", "state_force", 1, "Counter Terrorism Department", "CTD"),
            A("Islamic State", "armed_group", 2, "Islamic State", "IS")],
    people=[P("Nadeem Akhtar", ["Chaudhry Nadeem Akhtar", "Nadeem Akhtar"], ["local leader of the Pakistan Tehreek e Insaf (PTI)", "shot dead"])],
    places=[PL("Rojhan", "town", PB, "Rajanpur"), PL("Rajanpur District", "district", PB, "Rajanpur"),
            PL("Punjab", "province", PB, None), PL("Khanewal", "city", PB, "Khanewal"),
            PL("Kot Chutta", "town", PB, "Dera Ghazi Khan"), PL("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan")],
    quotes=[],
    incidents=[
        I("dacoits holed up in the riverine katcha area near Rojhan in Rajanpur District of Punjab opened fire on a Police party", BAT, "Armed clash", ARMED,
          UAG, "Police", PB, "Rajanpur", "Rojhan", 2, "on September 3", 5, {"security_forces": 2}, 3,
          "Dacoits fired on a Police party: two policemen killed, three others injured. Police claim 'at least three' dacoits killed in the next sentence, though their bodies "
          "were taken away; counted as stated, so killed = 5. Dacoits are criminals, neither militants nor civilians in the text, so only the two policemen get a side. "
          "The dacoits fired first, so GTD Armed Assault. 'Near Rojhan', hence precision 2."),
        I("the Counter Terrorism Department (CTD) claimed to have foiled a terror plot by arresting two suspected militants of Islamic State (IS)", SDV, "Arrests", None,
          "Counter Terrorism Department", "Islamic State", PB, "Khanewal", "Khanewal", 2, "on September 3", 0, {}, None,
          "A 'foiled plot' carried out by arrests, with two suicide vests seized: coded as Arrests, the main outcome (Disrupted weapons use would be the alternative). "
          "The text says 'Islamic State (IS)'; canonical kept as written. 'Near Khanewal bypass', hence precision 2."),
        I("unidentified gunmen shot dead a local leader of the Pakistan Tehreek e Insaf (PTI)", VAC, "Attack", ARMED,
          UAG, CIV, PB, "Dera Ghazi Khan", "Kot Chutta", 1, "on September 2", 1, {"civilians": 1}, None,
          "A local party leader (civilian role) shot dead outside his dera. A local, not a prominent, leader, so Armed Assault rather than Assassination. "
          "PTI appears only as the victim's party and is not listed."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-25 (Kotli / Bhimber / Muzaffarabad, AJK, 2018)
G["BF-25"] = dict(
    publisher="The Express Tribune",
    actors=[A("Police", "state_force", 1, "Police"),
            A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS"),
            A("Indian Army", "state_force", 8, "Indian troops")],
    people=[],
    places=[PL("Kotli Sehnsa road", "area", AK, "Kotli"), PL("Azad Jammu and Kashmir", "province", AK, None),
            PL("Line of Control", "area", AK, None), PL("Samahni", "area", AK, "Bhimber"),
            PL("Bhimber District", "district", AK, "Bhimber"), PL("Muzaffarabad", "city", AK, "Muzaffarabad")],
    quotes=[],
    incidents=[
        I("Police defused a six kilogramme explosive device planted under a bridge", SDV, "Disrupted weapons use", BOMB,
          "Police", UAG, AK, "Kotli", "Kotli Sehnsa road", 2, "on October 9", 0, {}, None,
          "A foiled bombing. The text first credits the Police with defusing it and then says they called in the BDS; actor1 is Police, as the text states it, "
          "and the BDS is listed in actors. The device was on a road between two towns, hence precision 2; Sehnsa and Kotli are both in Kotli District."),
        I("Indian troops fired mortar shells at villages along the Line of Control (LoC)", EXP, SHELL, None,
          "Indian Army", CIV, AK, "Bhimber", "Samahni", 2, "on October 10", 1, {}, 1,
          "Cross-LoC mortar fire by a named foreign force (inter 8); state fire, so GTD null. The dead man is 'a 55 year old man' with no status stated, so no side "
          "(unlike BF-08, the text does not call him a civilian). A sector is part of a district, hence precision 2."),
        I("hundreds of people staged a protest", PRO, "Peaceful protest", None,
          PROT, None, AK, "Muzaffarabad", "Muzaffarabad", 1, "on October 11", 0, {}, None,
          "A protest against civilian casualties on the LoC; no intervention reported, so Peaceful protest."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-26 (Chaman / Gulistan, 2009)
G["BF-26"] = dict(
    publisher="Dawn",
    actors=[],
    people=[P("Malik Juma Khan Achakzai", ["Malik Juma Khan Achakzai"], ["tribal elder", "kidnapped for ransom with his driver"])],
    places=[PL("Afghanistan", "country", None, None), PL("Chaman", "town", BA, "Killa Abdullah"),
            PL("Killa Abdullah District", "district", BA, "Killa Abdullah"), PL("Gulistan", "town", BA, "Killa Abdullah")],
    quotes=[],
    incidents=[
        I("Unidentified militants torched 14 oil tankers", SDV, "Looting/property destruction", "Facility/Infrastructure Attack",
          UAG, None, BA, "Killa Abdullah", "Chaman", 2, "on March 23", 0, {}, 1,
          "Armed men fired into the air and burnt 14 tankers with petrol bombs; one driver got burns. Arson (incendiary, not explosives), so GTD Facility/Infrastructure Attack; "
          "no clash and no one targeted directly, so ACLED Looting/property destruction. NATO is a foreign force named only as the owner of the fuel, so it is left out "
          "of actors and actor2 is null. 'About a dozen' is the number of attackers, not a casualty count. 'Near Chaman', hence precision 2."),
        I("a tribal elder, identified as Malik Juma Khan Achakzai, was kidnapped along with his driver by armed men", VAC, "Abduction/forced disappearance", KIDN,
          UAG, CIV, BA, "Killa Abdullah", "Gulistan", 1, "on March 22", 0, {}, None,
          "Kidnapping for ransom (PKR 10 million demanded). The driver's escape on March 24 is an outcome of this abduction, not a new incident."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-27 (Peshawar, 2013)
G["BF-27"] = dict(
    publisher="Daily Times",
    actors=[A("Police", "state_force", 1, "Police"),
            A("Bomb Disposal Squad", "state_force", 1, "Bomb Disposal Squad", "BDS")],
    people=[P("Gul Shah Jehan", ["Gul Shah Jehan"], ["Police sub inspector", "shot dead outside his house in Badaber"])],
    places=[PL("Chamkani", "area", KP, "Peshawar"), PL("Peshawar", "city", KP, "Peshawar"),
            PL("Badaber", "area", KP, "Peshawar"), PL("Kohat Road", "area", KP, "Peshawar"),
            PL("Mattani", "area", KP, "Peshawar")],
    quotes=[],
    incidents=[
        I("a bomb fitted to a motorcycle exploded near a busy vegetable market in Chamkani area of Peshawar", EXP, IED, BOMB,
          UAG, CIV, KP, "Peshawar", "Chamkani", 1, "on October 30", 8, {}, 18,
          "A motorcycle bomb at a market. Five killed on the spot and three of the 21 injured died later, so killed = 8 and injured = 18 (the later deaths counted once). "
          "The dead are 'persons', so no side. 'No group claimed responsibility', so Unidentified."),
        I("a Police sub inspector, identified as Gul Shah Jehan, was shot dead outside his house in Badaber", BAT, "Armed clash", ARMED,
          UAG, "Police", KP, "Peshawar", "Badaber", 1, "on October 29", 1, {"security_forces": 1}, None,
          "A policeman shot outside his home; by the rule on attacks on police, Battles/Armed clash (he may have been off duty, which would favour Violence against civilians). "
          "'A day earlier, on October 29': date_text keeps 'on October 29'. Badaber is in Peshawar District (general knowledge)."),
        I("the Bomb Disposal Squad (BDS) defused a pressure cooker bomb planted along the Kohat Road in Mattani", SDV, "Disrupted weapons use", BOMB,
          "Bomb Disposal Squad", UAG, KP, "Peshawar", "Mattani", 1, "on October 30", 0, {}, None,
          "A planted bomb defused: Disrupted weapons use with the GTD type of the attempted attack. Mattani is in Peshawar District (general knowledge)."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-28 (Khuzdar follow-up, 2015)
G["BF-28"] = dict(
    publisher="Dawn",
    actors=[A("Levies", "state_force", 1, "Levies")],
    people=[],
    places=[PL("Wadh", "town", BA, "Khuzdar"), PL("Khuzdar District", "district", BA, "Khuzdar"),
            PL("Quetta", "city", BA, "Quetta"), PL("Khuzdar", "town", BA, "Khuzdar")],
    quotes=[],
    incidents=[],
    not_incidents=[
        "Two more injured of the September 12 bomb blast at a Levies checkpost near Wadh in Khuzdar District succumbed to their injuries",
        "Their funeral prayers were offered at the Levies Lines in Khuzdar town",
        "A case has been registered at the Wadh Levies station against unidentified militants",
        "the provincial Home Minister ordered an inquiry into the incident",
    ],
)

# ---------------------------------------------------------------- BF-29 (Lower Dir, 2023)
G["BF-29"] = dict(
    publisher="The News",
    actors=[A(SF, "state_force", 1, "Security Forces", "SFs", "soldier")],
    people=[P("Sher Bahadur", ["Havaldar (retd) Sher Bahadur", "Sher Bahadur"], ["retired soldier (Havaldar)", "shot dead in Khall"])],
    places=[PL("Khall", "area", KP, "Lower Dir"), PL("Lower Dir District", "district", KP, "Lower Dir"),
            PL("Timergara", "town", KP, "Lower Dir"), PL("Maidan", "area", KP, "Lower Dir")],
    quotes=[],
    incidents=[
        I("Unidentified militants shot dead a retired soldier, identified as Havaldar (retd) Sher Bahadur", VAC, "Attack", ARMED,
          UAG, CIV, KP, "Lower Dir", "Khall", 1, "on February 7", 1, {"civilians": 1}, None,
          "A retired soldier is no longer a member of a state force, so he is counted as a civilian and the event is Violence against civilians "
          "(counting him as security forces, with Battles, is the alternative). Not a prominent figure, so Armed Assault."),
        I("thousands of residents staged a peace march in Timergara", PRO, "Peaceful protest", None,
          PROT, None, KP, "Lower Dir", "Timergara", 1, "The next day", 0, {}, None,
          "A peace march against terrorism the day after the killing (February 8); no intervention, so Peaceful protest."),
        I("Security Forces (SFs) killed two terrorists in an intelligence based operation (IBO) in Maidan area of Lower Dir", BAT, "Armed clash", None,
          SF, UAG, KP, "Lower Dir", "Maidan", 1, None, 2, {"militants": 2}, 1,
          "A state operation with an exchange of fire; two 'terrorists' (militants) killed and one soldier injured. GTD null. The text gives no date for it, so date_text is null."),
    ],
    not_incidents=[],
)

# ---------------------------------------------------------------- BF-30 (Kachhi / Kohlu, 2014)
G["BF-30"] = dict(
    publisher="Dawn",
    actors=[A("United Baloch Army", "armed_group", 2, "United Baloch Army", "UBA"),
            A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
            A("Levies", "state_force", 1, "Levies")],
    people=[],
    places=[PL("Rindli", "town", BA, "Kachhi"), PL("Kachhi", "district", BA, "Kachhi"),
            PL("Quetta", "city", BA, "Quetta"), PL("Kahan", "town", BA, "Kohlu"),
            PL("Kohlu District", "district", BA, "Kohlu"), PL("Kohlu", "town", BA, "Kohlu")],
    quotes=[],
    incidents=[
        I("A portion of the railway track was blown up by unidentified militants near Rindli", EXP, IED, BOMB,
          "United Baloch Army", None, BA, "Kachhi", "Rindli", 2, "on January 27", 0, {}, None,
          "A railway track bombed before a passenger train was due; no casualties reported, so killed = 0, injured null; infrastructure target, so actor2 is null. "
          "The UBA is named only in the later claim but is the perpetrator. 'Near Rindli', hence precision 2. The text writes 'Kachhi (Bolan) District'; admin2 is Kachhi."),
        I("militants fired four rockets at the Frontier Corps (FC) camp in Kahan area of Kohlu District", EXP, SHELL, BOMB,
          UAG, "Frontier Corps", BA, "Kohlu", "Kahan", 1, "on January 28", 0, {}, 3,
          "Rocket fire at an FC camp with no gunfire, so Shelling (as in satp-sa-dev-4); actor2 is the targeted FC although the injured were a woman and two children."),
        I("a Levies official was killed and another injured when their vehicle hit a landmine near Kohlu town", EXP, IED, BOMB,
          UAG, "Levies", BA, "Kohlu", "Kohlu", 2, "On the same day", 1, {"security_forces": 1}, 1,
          "A landmine hit a Levies vehicle; a Levies official killed (security forces) and another injured. 'Near Kohlu town', hence precision 2. "
          "The UBA claim covers only the railway blast."),
    ],
    not_incidents=[],
)
