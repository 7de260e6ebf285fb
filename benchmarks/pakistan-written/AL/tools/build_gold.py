"""Hand-coded gold for set AL. Every value below was decided by hand from the text of the
report beside it; this file only lays the decisions out in the dev gold shape."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
UAG = "Unidentified Armed Group"
FATA_NOTE = ("Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
             "not among the allowed admin1 values).")

def A(canonical, mentions, kind="state_force", inter=1):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}

def G(canonical, mentions):
    return A(canonical, mentions, "armed_group", 2)

def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}

def PL(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def PROV(name):
    return PL(name, "province", name, None)

def I(what, ev, sub, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, sides, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": geo, "date_text": date, "killed": killed,
            "killed_by_side": sides, "injured": injured, "note": note}

BAT, ERV, VAC, SD, PRO = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Strategic developments", "Protests")
R = {}

# ---------------------------------------------------------------- AL-01
R[1] = dict(publisher="Dawn",
  actors=[A("Security Forces", ["Security Forces", "SFs", "troops"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
  people=[PE("Ghazanfar Khurasani", ["Mufti Ghazanfar Khurasani"], ["TTP spokesman"])],
  places=[PL("Ghwara Mela", "area", KP, "North Waziristan"), PL("Datta Khel", "area", KP, "North Waziristan"),
          PL("North Waziristan District", "district", KP, "North Waziristan"), PROV(KP)],
  incidents=[I("militants attacked a Security Forces (SFs) check post", BAT, "Armed clash", "Armed Assault",
     "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "North Waziristan", "Ghwara Mela", 1,
     "on the night of March 9", 6, {"security_forces": 2, "militants": 4}, 3,
     "Militants attacked an SF check post; troops returned fire and killed four attackers in a two-hour "
     "exchange. The TTP spokesman claimed the attack, so TTP is actor1 even though the text first says only "
     "'militants'. Killed = 2 soldiers + 4 attackers. The three injured are 'others' beside the two soldiers, "
     "so no side is needed for them. ISPR is the military's media wing and only the source, so it is not "
     "listed in actors. The 'killing of a local commander' given as the motive has no date or place and is "
     "background, not coded.")])

# ---------------------------------------------------------------- AL-02
R[2] = dict(publisher="The Express Tribune",
  actors=[G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]), A("Levies", ["Levies"])],
  people=[PE("Haibatan Baloch", ["Haibatan Baloch"], ["spokesman of the Balochistan Liberation Army (BLA)"]),
          PE("Nabi Bakhsh", ["Nabi Bakhsh"], ["Levies sepoy", "shot dead"])],
  places=[PL("Quetta", "city", BA, "Quetta"), PL("Dhadar", "town", BA, "Kachhi"),
          PL("Kachhi District", "district", BA, "Kachhi"), PROV(BA),
          PL("Sorap Kaur", "area", BA, "Kech"), PL("Kech District", "district", BA, "Kech")],
  incidents=[
    I("a bomb planted on the railway track went off", ERV, "Remote explosive/landmine/IED", "Bombing/Explosion",
      "Balochistan Liberation Army", "Civilians", BA, "Kachhi", "Dhadar", 2, "on Tuesday", 0, {}, 11,
      "A bomb on the track went off under the Quetta-bound Jaffar Express near Dhadar; three bogies derailed. "
      "The BLA spokesman claimed the blast, so BLA is actor1. The passengers were hit, so actor2 is Civilians. "
      "'At least 11' = 11 injured; no death is reported, so killed = 0. 'Near' Dhadar, hence precision 2. "
      "Quetta is only the train's destination."),
    I("a Levies sepoy, identified as Nabi Bakhsh, was shot dead by armed men riding a motorcycle", BAT,
      "Armed clash", "Armed Assault", UAG, "Levies", BA, "Kech", "Sorap Kaur", 2, "the same evening", 1,
      {"security_forces": 1}, None,
      "A separate attack ('Separately') in another district. An attack on a Levies man is coded Battles/Armed "
      "clash, as ACLED codes attacks on state forces. The BLA claim covers only the railway blast, so the "
      "attackers stay unidentified. 'Near' the check post, hence precision 2. The date is relative to the "
      "Tuesday of the first incident.")])

# ---------------------------------------------------------------- AL-03
R[3] = dict(publisher="Dawn",
  actors=[G("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"])],
  people=[PE("Murtaza Hussain Naqvi", ["Allama Syed Murtaza Hussain Naqvi", "Naqvi"],
             ["prominent Shia scholar", "prayer leader of a local imambargah"]),
          PE("Ali Raza", ["Ali Raza"], ["son of Murtaza Hussain Naqvi", "injured"]),
          PE("Tariq Mehmood Dhareja", ["Tariq Mehmood Dhareja"], ["Senior Superintendent of Police (SSP)"])],
  places=[PL("Block 13 D", "area", SI, "Karachi"), PL("Gulshan e Iqbal Town", "area", SI, "Karachi"),
          PL("Karachi", "city", SI, "Karachi"), PROV(SI)],
  incidents=[I("was shot dead by two unidentified assailants riding a motorcycle", VAC, "Attack", "Assassination",
     UAG, "Civilians", SI, "Karachi", "Block 13 D", 1, "on May 14", 1, {"civilians": 1}, 1,
     "Sectarian target killing of a named, prominent Shia scholar, so GTD Assassination. A prayer leader is "
     "a civilian role. His son, the driver, was injured. The SSP only says LeJ's involvement 'could not be "
     "ruled out': a suspicion, not a claim, so actor1 stays Unidentified; LeJ is named in the text and is "
     "listed in actors. No 'Police' organisation is named apart from the SSP's title, so Police is not "
     "listed. The 2012 attempt on his life is background and is not coded.")])

# ---------------------------------------------------------------- AL-04
R[4] = dict(publisher="The News",
  actors=[A("Police", ["policemen"]),
          G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
          A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
  people=[PE("Shahid Nawaz Marwat", ["Shahid Nawaz Marwat"], ["District Police Officer (DPO)"]),
          PE("Inamullah", ["Inamullah"], ["constable", "injured in the bombing, later died"]),
          PE("Asad Mansoor", ["Asad Mansoor"], ["spokesman of Jamaat ul Ahrar"])],
  places=[PL("Pezu", "town", KP, "Lakki Marwat"), PL("Lakki Marwat District", "district", KP, "Lakki Marwat"),
          PROV(KP), PL("Lakki Marwat Serai Naurang road", "area", KP, "Lakki Marwat")],
  incidents=[
    I("a suicide bomber rammed an explosive laden pickup truck into the gate of Pezu Police Station", ERV,
      "Suicide bomb", "Bombing/Explosion", "Jamaat-ul-Ahrar", "Police", KP, "Lakki Marwat", "Pezu", 1,
      "on August 22", 5, {"security_forces": 5}, 6,
      "Suicide vehicle bomb at a police station. Four policemen died at once and constable Inamullah, one of "
      "the seven injured, died later: he is counted once, as killed, so killed = 5 (all police) and injured = "
      "6. The bomber is not counted. Jamaat ul Ahrar, described as a breakaway faction of the TTP, claimed "
      "it, so the faction (not the TTP) is actor1; the TTP is listed in actors because it is named."),
    I("the Bomb Disposal Squad (BDS) defused a five kilogramme improvised explosive device (IED)", SD,
      "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, KP, "Lakki Marwat",
      "Lakki Marwat Serai Naurang road", 2, "on the same day", 0, {}, None,
      "A defused IED under a culvert is a disrupted bombing (as in satp-sa-dev-109). It is a separate event on "
      "a road between two towns, hence precision 2. Nothing ties it to Jamaat ul Ahrar, so the planters are "
      "unidentified.")])

# ---------------------------------------------------------------- AL-05
R[5] = dict(publisher="Daily Times",
  actors=[A("Frontier Corps", ["Frontier Corps", "FC"]),
          G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])],
  people=[PE("Mazar Baloch", ["Mazar Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
  places=[PL("Zeek Kaur", "area", BA, "Awaran"), PL("Awaran District", "district", BA, "Awaran"), PROV(BA)],
  incidents=[I("heavily armed militants stormed an FC camp", BAT, "Armed clash", "Armed Assault",
     "Balochistan Liberation Front", "Frontier Corps", BA, "Awaran", "Zeek Kaur", 1, "on Sunday", 3,
     {"security_forces": 3}, 2,
     "Rockets and automatic weapons were used and there was an hour-long exchange of fire, so Battles/Armed "
     "clash rather than shelling. The BLF claimed the attack and is actor1. It claimed nine soldiers killed, "
     "which officials rejected; the official and more conservative figure of three FC personnel is used. The "
     "September 2015 attack on the same camp is background and is not coded.")])

# ---------------------------------------------------------------- AL-06
R[6] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["Police", "police"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
  people=[PE("Ihsanullah Khattak", ["Dr Ihsanullah Khattak"], ["senior physician"]),
          PE("Gul Zameen", ["Gul Zameen"], ["suspected facilitator of the TTP", "arrested"])],
  places=[PL("Dalazak Road", "area", KP, "Peshawar"), PL("Peshawar", "city", KP, "Peshawar"),
          PL("Faqirabad", "area", KP, "Peshawar"), PL("Pishtakhara", "area", KP, "Peshawar")],
  incidents=[
    I("A senior physician, Dr Ihsanullah Khattak, was shot dead by unidentified gunmen", VAC, "Attack",
      "Armed Assault", UAG, "Civilians", KP, "Peshawar", "Dalazak Road", 1, "on Wednesday", 1,
      {"civilians": 1}, None,
      "Target killing of a doctor outside his clinic; a physician is a civilian role. GTD Armed Assault: a "
      "doctor is a specific but not a prominent public figure (Assassination is kept for prominent targets "
      "such as the MPA or the university director in the dev set). The PMA's announced three-day OPD boycott "
      "is a future protest with no date or place and is not coded; the PMA is a professional body, not an "
      "armed actor."),
    I("unidentified persons hurled a hand grenade at a music and CD shop", ERV, "Grenade", "Bombing/Explosion",
      UAG, "Civilians", KP, "Peshawar", "Faqirabad", 1, "late in the evening", 0, {}, 2,
      "A separate attack ('In another incident'). The shop owner and a customer were injured. 'Late in the "
      "evening' follows the Wednesday of the first incident."),
    I("police arrested a suspected facilitator of the outlawed Tehreek e Taliban Pakistan (TTP), Gul Zameen",
      SD, "Arrests", None, "Police", "Tehreek-e-Taliban Pakistan", KP, "Peshawar", "Pishtakhara", 1, None, 0,
      {}, None,
      "An arrest not tied to either attack, so its own Arrests incident (no GTD type). The pistol and two "
      "grenades recovered from him are part of the same record. No date is given ('Meanwhile').")])

# ---------------------------------------------------------------- AL-07
R[7] = dict(publisher="Dawn",
  actors=[A("Afghan Security Forces", ["Afghan forces"], "state_force", 8)],
  people=[],
  places=[PL("Shalozan Tangi", "town", KP, "Kurram"), PL("Kurram District", "district", KP, "Kurram"),
          PROV(KP), PL("Kharlachi", "town", KP, "Kurram")],
  incidents=[I("mortar shells fired by Afghan forces from across the border landed on a house", ERV,
     "Shelling/artillery/missile attack", None, "Afghan Security Forces", "Civilians", KP, "Kurram",
     "Shalozan Tangi", 1, "on Friday", 1, {}, 3,
     "Cross-border mortar fire with no gunfire reported, so Shelling/artillery/missile attack. The "
     "perpetrator is a foreign state force, named as such, so it is listed with ACLED inter 8 (the rule "
     "leaves out foreign forces only when they are victims or accusers). GTD covers non-state terrorism, so "
     "no GTD attack type for a state's shelling. The dead is 'a woman' and the injured are children, so no "
     "side is given. The closure of the Kharlachi crossing is not an incident.")])

# ---------------------------------------------------------------- AL-08
R[8] = dict(publisher="The News",
  actors=[A("Border Security Force", ["Border Security Force", "BSF"], "state_force", 8),
          A("Pakistan Rangers", ["Rangers"])],
  people=[PE("Muhammad Aslam", ["Muhammad Aslam"], ["civilian", "killed in the shelling"]),
          PE("Ghulam Rasool", ["Ghulam Rasool"], ["civilian", "killed in the shelling"]),
          PE("Nasir Abbas", ["Sepoy Nasir Abbas"], ["Rangers soldier", "injured by sniper fire"])],
  places=[PL("Working Boundary", "area", PU, None), PL("Chaprar", "area", PU, "Sialkot"),
          PL("Sialkot District", "district", PU, "Sialkot"), PROV(PU),
          PL("Kundanpur", "town", PU, "Sialkot"), PL("Sukhial", "town", PU, "Sialkot"),
          PL("Charwah", "area", PU, "Sialkot")],
  incidents=[
    I("Indian Border Security Force (BSF) troops resorted to unprovoked mortar shelling on villages", ERV,
      "Shelling/artillery/missile attack", None, "Border Security Force", "Civilians", PU, "Sialkot", "Chaprar",
      2, "on October 8", 2, {"civilians": 2}, 5,
      "Indian BSF mortar fire across the Working Boundary; Indian forces are the perpetrator, so listed with "
      "inter 8. State shelling gets no GTD type. The shells fell on two villages (Kundanpur and Sukhial) in "
      "Chaprar sector, so the sector is the location at precision 2. Both dead are called civilians."),
    I("a Rangers soldier, Sepoy Nasir Abbas, was injured by sniper fire from the Indian side", BAT,
      "Armed clash", None, "Border Security Force", "Pakistan Rangers", PU, "Sialkot", "Charwah", 2,
      "On the same day", 0, {}, 1,
      "Sniper fire on a soldier is gunfire on a state force, so Battles/Armed clash. 'From the Indian side' "
      "in the same report about BSF fire is read as the BSF. 'Charwah sector' is an area, not the town "
      "itself, hence precision 2. No GTD type for a state actor.")])

# ---------------------------------------------------------------- AL-09
R[9] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"]),
          G("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"])],
  people=[],
  places=[PL("Kuchlak", "town", BA, "Quetta"), PL("Quetta", "city", BA, "Quetta"),
          PL("Western Bypass", "area", BA, "Quetta")],
  incidents=[
    I("a suicide bomber blew himself up at the entrance of an imambargah", ERV, "Suicide bomb",
      "Bombing/Explosion", "Islamic State-Khorasan Province", "Civilians", BA, "Quetta", "Kuchlak", 1,
      "on Friday", 9, {"civilians": 9}, 22,
      "ISKP claimed the attack through Amaq, a media outlet that is not an actor. 'At least nine' = 9, and "
      "the text says the toll excludes the bomber, so he is not added. Worshippers are a civilian role; the "
      "volunteer guard who stopped the bomber is counted among them, as a mosque volunteer is a civilian."),
    I("staged a sit in on the Western Bypass with the coffins of the victims", PRO, "Peaceful protest", None,
      "Protesters", None, BA, "Quetta", "Western Bypass", 1, "On Saturday", 0, {}, None,
      "A sit-in with the coffins, with no intervention reported, so Peaceful protest. The MWM is a political "
      "party, so it is not listed in actors; actor1 is the generic 'Protesters' (ACLED inter 6), which, like "
      "'Civilians', is not listed in actors. Protests get no GTD type.")])

# ---------------------------------------------------------------- AL-10
R[10] = dict(publisher="The News",
  actors=[G("Lashkar-e-Islam", ["Lashkar e Islam", "LI"]), A("Khassadar Force", ["Khassadar"]),
          A("Security Forces", ["Security Forces", "SFs"])],
  people=[PE("Hafiz Zubair Afridi", ["Hafiz Zubair Afridi"], ["Lashkar e Islam (LI) spokesman"])],
  places=[PL("Ghundi Sur", "area", KP, "Khyber"), PL("Bara", "area", KP, "Khyber"),
          PL("Khyber Agency", "district", KP, "Khyber"), PL("Federally Administered Tribal Areas", "area", KP, None),
          PL("Akkakhel", "area", KP, "Khyber")],
  incidents=[
    I("Militants of the banned Lashkar e Islam (LI) attacked a Khassadar check post", BAT, "Armed clash",
      "Armed Assault", "Lashkar-e-Islam", "Khassadar Force", KP, "Khyber", "Ghundi Sur", 1, "early on June 3",
      1, {"security_forces": 1}, 2,
      "Rockets were fired and then automatic weapons; with gunfire reported this is Battles/Armed clash, not "
      "shelling. The Khassadars are a state force of the tribal areas (inter 1). One Khassadar killed; the "
      "two injured are 'others' at the post. " + FATA_NOTE),
    I("Security Forces (SFs) killed three militants of the same group", BAT, "Armed clash", None,
      "Security Forces", "Lashkar-e-Islam", KP, "Khyber", "Akkakhel", 1, "on Thursday", 3, {"militants": 3},
      None,
      "An IBO in which three LI militants were killed; started by the state, so no GTD type. The recovered "
      "weapons belong to the same event. Akkakhel is in Bara tehsil of Khyber Agency (as in satp-sa-dev-91). "
      "The 'political administration' is only the source. " + FATA_NOTE)])

# ---------------------------------------------------------------- AL-11
R[11] = dict(publisher="The Express Tribune",
  actors=[G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
          A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
          A("Police", ["policemen"])],
  people=[PE("Zahid Hussain", ["Zahid Hussain"], ["CTD constable", "injured in the shootout"])],
  places=[PL("Kunwari Colony", "area", SI, "Karachi"), PL("Manghopir", "area", SI, "Karachi"),
          PL("Karachi", "city", SI, "Karachi"), PL("Orangi Town", "area", SI, "Karachi")],
  incidents=[I("Four suspected militants of the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire",
     BAT, "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", SI, "Karachi",
     "Kunwari Colony", 1, "on January 27", 4, {"militants": 4}, 1,
     "A CTD raid on a hideout after a tip-off; the militants fired first, but the operation was started by "
     "the state, so no GTD type (as in satp-sa-dev-78). One CTD constable injured. Suicide vests, grenades "
     "and rifles recovered are part of the same event. The killing of two policemen in Orangi Town 'last "
     "year' is background and is not coded; Police is listed only because policemen are named there.")])

# ---------------------------------------------------------------- AL-12
R[12] = dict(publisher="Dawn",
  actors=[G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
          A("Security Forces", ["armed forces"])],
  people=[PE("Karim Dad", ["Haji Karim Dad"], ["Pakistan Peoples Party (PPP) local leader"])],
  places=[PL("Hoshab", "town", BA, "Kech"), PL("Kech District", "district", BA, "Kech"), PROV(BA),
          PL("Sanghar District", "district", SI, "Sanghar"), PROV(SI),
          PL("Pasni", "town", BA, "Gwadar"), PL("Gwadar District", "district", BA, "Gwadar")],
  incidents=[
    I("Unidentified gunmen shot dead six labourers", VAC, "Attack", "Armed Assault",
      "Balochistan Liberation Front", "Civilians", BA, "Kech", "Hoshab", 2, "on May 2", 6, {"civilians": 6}, 1,
      "The BLF later claimed the killings, so it is actor1 although the text says 'unidentified gunmen'. "
      "Labourers are a civilian role. A seventh labourer was injured. 'Near' Hoshab, hence precision 2. "
      "Sanghar in Sindh is only where the labourers came from."),
    I("a hand grenade was hurled at the house of a Pakistan Peoples Party (PPP) local leader", ERV, "Grenade",
      "Bombing/Explosion", UAG, "Civilians", BA, "Gwadar", "Pasni", 1, "A day earlier", 0, {}, 0,
      "A separate attack a day before, in another district; 'No one was hurt', so killed and injured are 0. "
      "A party leader's home is a civilian target (as in satp-sa-dev-0). The PPP is a party and is not "
      "listed; the BLF claim covers only the labourers' killing.")])

# ---------------------------------------------------------------- AL-13
R[13] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"])],
  people=[PE("Nasrullah Khan", ["Nasrullah Khan"], ["member of the village defence committee", "killed earlier this month"])],
  places=[PL("Matta", "town", KP, "Swat"), PL("Swat District", "district", KP, "Swat"), PROV(KP),
          PL("Bar Shawar", "town", KP, "Swat")],
  incidents=[I("staged a sit in at the main bazaar of Matta town", PRO, "Protest with intervention", None,
     "Protesters", "Police", KP, "Swat", "Matta", 1, "on Monday", 0, {}, 8,
     "A sit-in against target killings and extortion; police used batons and tear gas and at least eight "
     "protesters were injured. No lethal force, so Protest with intervention rather than Excessive force. "
     "actor1 is the generic 'Protesters' (not listed in actors); actor2 Police, which intervened. The killing "
     "of Nasrullah Khan 'earlier this month' is given only as the cause of the protest, with no date, and is "
     "not coded as a new incident.")])

# ---------------------------------------------------------------- AL-14
R[14] = dict(publisher="The News",
  actors=[A("Police", ["police", "Police"])],
  people=[PE("Sher Zaman", ["Sher Zaman"], ["police constable", "shot dead"]),
          PE("Zawar Hussain Shah", ["Syed Zawar Hussain Shah"], ["Shia shopkeeper", "gunned down"])],
  places=[PL("Topanwala Bazaar", "area", KP, "Dera Ismail Khan"), PL("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
          PL("Kotli Imam Hussain", "area", KP, "Dera Ismail Khan")],
  incidents=[
    I("A police constable, identified as Sher Zaman, was shot dead by unidentified motorcyclists", BAT,
      "Armed clash", "Armed Assault", UAG, "Police", KP, "Dera Ismail Khan", "Topanwala Bazaar", 2,
      "on December 3", 1, {"security_forces": 1}, None,
      "Target killing of an off-duty constable; the rules code attacks on police, even one-sided, as "
      "Battles/Armed clash. 'Near' Topanwala Bazaar, hence precision 2."),
    I("a Shia shopkeeper, Syed Zawar Hussain Shah, was gunned down at his shop", VAC, "Attack", "Armed Assault",
      UAG, "Civilians", KP, "Dera Ismail Khan", "Kotli Imam Hussain", 1, "in the evening", 1, {"civilians": 1},
      None,
      "A second, separate shooting ('In another incident') the same day. A shopkeeper is a civilian role. "
      "Sectarian targeting of a community member, not a prominent figure, so Armed Assault. Police think the "
      "same group did both, but it is not named. The series of killings 'this year' is background.")])

# ---------------------------------------------------------------- AL-15
R[15] = dict(publisher="Daily Times",
  actors=[A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
          G("Islamic State", ["Daesh", "Islamic State"])],
  people=[PE("Abdul Wahab", ["Abdul Wahab", "Qaiser"], ["local commander of Daesh (Islamic State)", "arrested"])],
  places=[PL("Taunsa", "town", PU, "Dera Ghazi Khan"), PL("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
          PROV(PU), PL("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan")],
  incidents=[I("arrested four suspected militants of Daesh (Islamic State)", SD, "Arrests", None,
     "Counter Terrorism Department", "Islamic State", PU, "Dera Ghazi Khan", "Taunsa", 2, "on Wednesday", 0,
     {}, None,
     "Arrests in an IBO, with explosives, detonators and a pistol recovered; the foiled plan against a "
     "religious gathering is part of the same record. 'Near' Taunsa, hence precision 2. The text says only "
     "'Daesh (Islamic State)', not the Khorasan branch, so the canonical is Islamic State (ISKP is likely "
     "but not stated). Dera Ghazi Khan city is only where the case was registered.")])

# ---------------------------------------------------------------- AL-16
R[16] = dict(publisher="The News",
  actors=[A("Police", ["policemen", "police"]), A("Bomb Disposal Squad", ["Bomb Disposal Squad"]),
          A("Levies", ["Levies"])],
  people=[],
  places=[PL("Spinny Road", "area", BA, "Quetta"), PL("Quetta", "city", BA, "Quetta"),
          PL("Karezat", "area", BA, "Pishin"), PL("Pishin District", "district", BA, "Pishin")],
  incidents=[
    I("a remote controlled bomb planted in a parked motorcycle exploded next to a police van", ERV,
      "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Police", BA, "Quetta", "Spinny Road", 1,
      "on Thursday morning", 2, {"security_forces": 2}, 5,
      "A motorcycle bomb aimed at a police van carrying policemen to a polio centre. Two policemen killed; "
      "five 'other people' injured, three of them passersby (injured are not split by side). No group "
      "claimed it."),
    I("the Bomb Disposal Squad defused an improvised explosive device weighing around four kilogrammes", SD,
      "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, BA, "Pishin", "Karezat", 2,
      None, 0, {}, None,
      "A timed IED near a Levies check post was defused; coded as a disrupted bombing. Karezat is a tehsil-"
      "level area, hence precision 2. No date is given ('Separately'). Levies are the source and the intended "
      "target.")])

# ---------------------------------------------------------------- AL-17
R[17] = dict(publisher="Dawn",
  actors=[A("Security Forces", ["Security forces", "security forces", "soldiers"]),
          G("Tehreek-e-Taliban Pakistan", ["Fitna al Khawarij", "Tehreek e Taliban Pakistan", "TTP"])],
  people=[PE("Fazal Wahid", ["Lance Naik Fazal Wahid"], ["Lance Naik", "soldier killed in the operation"]),
          PE("Shah Jehan", ["Sepoy Shah Jehan"], ["Sepoy", "soldier killed in the operation"]),
          PE("Gul Rehman", ["Gul Rehman", "Mulla Toofan"], ["commander", "killed in the operation"])],
  places=[PL("Spinwam", "town", KP, "North Waziristan"), PL("North Waziristan District", "district", KP, "North Waziristan")],
  incidents=[I("Security forces killed seven terrorists, including a commander", BAT, "Armed clash", None,
     "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "North Waziristan", "Spinwam", 2, "on Monday", 9,
     {"militants": 7, "security_forces": 2}, None,
     "An IBO with an exchange of fire; started by the state, so no GTD type. Seven militants and two soldiers "
     "were killed. The text itself equates 'Fitna al Khawarij' with the TTP, so both names are mentions of "
     "one actor. 'General area of' Spinwam, hence precision 2. ISPR is only the source.")])

# ---------------------------------------------------------------- AL-18
R[18] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["policemen", "Police"])],
  people=[PE("Waqas Ahmad", ["Waqas Ahmad"], ["sub engineer of the Public Health Engineering Department", "abducted, later recovered"])],
  places=[PL("Mandan", "town", KP, "Bannu"), PL("Bannu District", "district", KP, "Bannu"), PROV(KP),
          PL("Jani Khel", "area", KP, "Bannu"), PL("Baka Khel", "area", KP, "Bannu")],
  incidents=[
    I("militants used a quadcopter to drop explosives on the Mandan Police Station", ERV, "Air/drone strike",
      "Bombing/Explosion", UAG, "Police", KP, "Bannu", "Mandan", 1, "late on Saturday night", 0, {}, 2,
      "Explosives dropped from a quadcopter: ACLED codes drone-delivered explosives as Air/drone strike even "
      "when a non-state group uses them; GTD Bombing/Explosion. Two policemen injured, none killed. Jani Khel "
      "is only where the drone flew."),
    I("armed men abducted three employees of the Public Health Engineering Department", VAC,
      "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians", KP, "Bannu",
      "Baka Khel", 1, "on Sunday", 0, {}, None,
      "Three government employees (civilians) were abducted. Police recovered them unharmed the next day "
      "after a search operation and no one was arrested; the recovery is tied to this abduction and is part "
      "of this record, not a separate incident.")])

# ---------------------------------------------------------------- AL-19
R[19] = dict(publisher="Daily Times",
  actors=[G("Baloch Republican Army", ["Baloch Republican Army", "BRA"]), A("Frontier Corps", ["Frontier Corps", "FC"])],
  people=[PE("Tahir Iqbal Gondal", ["Brigadier Tahir Iqbal Gondal"], ["FC Sector Commander", "Brigadier"]),
          PE("Dostain Bugti", ["Mir Dostain Bugti"], ["BRA commander", "surrendered"]),
          PE("Lal Khan", ["Lal Khan", "Lalu"], ["BRA commander", "surrendered"])],
  places=[PL("Sui", "town", BA, "Dera Bugti"), PL("Dera Bugti District", "district", BA, "Dera Bugti")],
  incidents=[I("As many as 43 militants of the banned Baloch Republican Army (BRA), including two commanders, laid down their arms",
     SD, "Change to group/activity", None, "Baloch Republican Army", "Frontier Corps", BA, "Dera Bugti", "Sui", 1,
     "on Tuesday", 0, {}, None,
     "A mass surrender with weapons handed over: a non-violent change in the group's activity, coded "
     "Strategic developments / Change to group/activity (Monitors in Pakistan also count surrenders "
     "separately). No GTD type. The 38 Kalashnikovs and launchers handed over are part of the same record.")])

# ---------------------------------------------------------------- AL-20
R[20] = dict(publisher="Dawn",
  actors=[G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]), A("Police", ["police"])],
  people=[],
  places=[PL("Pad Idan", "town", SI, "Naushahro Feroze"), PL("Naushahro Feroze District", "district", SI, "Naushahro Feroze"),
          PROV(SI), PL("Karachi", "city", SI, "Karachi"), PL("Larkana", "city", SI, "Larkana")],
  incidents=[
    I("a low intensity bomb went off near Pad Idan railway station", ERV, "Remote explosive/landmine/IED",
      "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SI, "Naushahro Feroze", "Pad Idan", 1,
      "on February 6", 0, {}, None,
      "A bomb damaged the railway track; the SRA claimed it in pamphlets left at the site, so it is actor1. "
      "Only infrastructure was hit, so actor2 is null; no casualties are reported for this blast, so killed = "
      "0 and injured null. 'Near' the railway station, which lies in Pad Idan, so the town itself at "
      "precision 1. Karachi is only the train's destination."),
    I("a cracker blast outside a National Database and Registration Authority (NADRA) office", ERV,
      "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, SI, "Larkana", "Larkana", 1,
      "On the same day", 0, {}, 0,
      "A small blast at a government office damaged the gate and windows and 'caused no casualties', so "
      "killed and injured are 0 and actor2 null. The SRA claim names only the track blast. NADRA is a civil "
      "agency, not an actor.")])

# ---------------------------------------------------------------- AL-21
R[21] = dict(publisher=None,
  actors=[A("Police", ["Police"])],
  people=[PE("Sher Afzal Khan", ["Malik Sher Afzal Khan"], ["tribal elder", "head of a jirga working for peace between two tribes"]),
          PE("Hamid Afzal", ["Hamid Afzal"], ["nephew of Sher Afzal Khan", "injured"])],
  places=[PL("Khar Kalay", "town", KP, "Kurram"), PL("Sadda", "town", KP, "Kurram"), PL("Kurram District", "district", KP, "Kurram")],
  incidents=[I("unidentified gunmen ambushed their vehicle", VAC, "Attack", "Assassination", UAG, "Civilians",
     KP, "Kurram", "Khar Kalay", 2, "on September 17", 2, {"civilians": 2}, 1,
     "An ambush on a named tribal elder who led a peace jirga: a specific prominent target, so GTD "
     "Assassination. The elder and his driver (both civilian roles) were killed and his nephew injured. "
     "'Near' Khar Kalay, hence precision 2. No outlet is named. The jirga 'on Sunday' is a future meeting "
     "and is not an incident.")])

# ---------------------------------------------------------------- AL-22
R[22] = dict(publisher="The Express Tribune",
  actors=[G("United Baloch Army", ["United Baloch Army", "UBA"]), A("Frontier Corps", ["Frontier Corps", "FC"])],
  people=[PE("Kamal Baloch", ["Kamal Baloch"], ["spokesman of the United Baloch Army (UBA)"])],
  places=[PL("Dera Murad Jamali", "town", BA, "Naseerabad"), PL("Naseerabad District", "district", BA, "Naseerabad"),
          PL("Kahan", "town", BA, "Kohlu"), PL("Kohlu District", "district", BA, "Kohlu")],
  incidents=[
    I("Unidentified militants blew up two electricity pylons", ERV, "Remote explosive/landmine/IED",
      "Bombing/Explosion", "United Baloch Army", None, BA, "Naseerabad", "Dera Murad Jamali", 2,
      "on the night of July 19", 0, {}, None,
      "Pylons of a transmission line were blown up; the UBA claimed it, so it is actor1. Infrastructure only, "
      "so actor2 null; no casualties are reported, so injured is null. Explosives, so GTD Bombing/Explosion "
      "(as for the school in satp-sa-dev-8). 'Near' Dera Murad Jamali, hence precision 2."),
    I("the Frontier Corps (FC) recovered a large cache of arms and ammunition", SD, "Disrupted weapons use",
      None, "Frontier Corps", UAG, BA, "Kohlu", "Kahan", 2, "on Saturday", 0, {}, None,
      "Arms seized from a hideout during a search operation, with no clash and no arrests: Disrupted weapons "
      "use. It came from a search operation rather than a defused device, so no GTD type. The hideout's "
      "owners are not named. 'Near' Kahan, hence precision 2.")])

# ---------------------------------------------------------------- AL-23
R[23] = dict(publisher="Dawn",
  actors=[G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])],
  people=[PE("Amjad Ali Khan", ["Amjad Ali Khan", "Amjad"], ["Awami National Party (ANP) worker", "general secretary of the party ward organisation"]),
          PE("Khalil Yousafzai", ["Mufti Khalil Yousafzai"], ["spokesman of the Tehreek e Taliban Pakistan (TTP)"])],
  places=[PL("Kangra Payan", "town", KP, "Charsadda"), PL("Tangi", "area", KP, "Charsadda"),
          PL("Charsadda District", "district", KP, "Charsadda")],
  incidents=[I("Unidentified gunmen shot dead an Awami National Party (ANP) worker, Amjad Ali Khan, and injured his cousin",
     VAC, "Attack", "Armed Assault", UAG, "Civilians", KP, "Charsadda", "Kangra Payan", 1, "on Friday evening",
     1, {"civilians": 1}, 1,
     "Target killing of a party worker (civilian role); a ward office-bearer, not a prominent figure, so "
     "Armed Assault (as in satp-sa-dev-41). The TTP denied involvement, so actor1 stays Unidentified; the "
     "TTP is listed because it is named. 'Near their home in' the village: the village itself, precision 1. "
     "The ANP is a party and is not listed. Its losses since 2008 are background.")])

# ---------------------------------------------------------------- AL-24
R[24] = dict(publisher="The News",
  actors=[A("Police", ["police"])],
  people=[PE("Irfanullah Khan", ["Irfanullah Khan"], ["District Police Officer (DPO)"])],
  places=[PL("Chinarai", "town", KP, "Mohmand"), PL("Pindiali", "area", KP, "Mohmand"),
          PL("Mohmand District", "district", KP, "Mohmand"), PL("Ekka Ghund", "area", KP, "Mohmand")],
  incidents=[
    I("Unidentified militants set fire to a government girls primary school", SD, "Looting/property destruction",
      "Facility/Infrastructure Attack", UAG, None, KP, "Mohmand", "Chinarai", 1, "late on Wednesday night", 0,
      {}, 0,
      "Arson at an empty school with no explosives and no one hurt: property destruction, so Strategic "
      "developments / Looting/property destruction and GTD Facility/Infrastructure Attack (a school blown up "
      "with explosives would be Bombing/Explosion, as in satp-sa-dev-87). 'Nobody was hurt', so 0 and 0."),
    I("a roadside bomb went off near their vehicle", ERV, "Remote explosive/landmine/IED", "Bombing/Explosion",
      UAG, "Police", KP, "Mohmand", "Ekka Ghund", 1, "A day earlier", 1, {"security_forces": 1}, 2,
      "A remote-controlled roadside bomb hit a polio team's vehicle: the police escort was killed and two "
      "female polio workers injured. actor2 is Police, the side that suffered the death (the polio workers "
      "are civilians; only one actor2 can be given). The suspended vaccination campaign is not an incident.")])

# ---------------------------------------------------------------- AL-25
R[25] = dict(publisher="Dawn",
  actors=[A("Levies", ["Levies"]),
          G("Balochistan Liberation Army (Fateh Squad)", ["Fateh Squad"]),
          G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])],
  people=[],
  places=[PL("Karachi", "city", SI, "Karachi"), PL("Mangochar", "town", BA, "Kalat"),
          PL("Kalat District", "district", BA, "Kalat"), PROV(PU)],
  incidents=[I("Gunmen offloaded nine passengers from two Karachi bound coaches", VAC, "Attack",
     "Hostage Taking (Kidnapping)", "Balochistan Liberation Army (Fateh Squad)", "Civilians", BA, "Kalat",
     "Mangochar", 2, "on Saturday night", 9, {"civilians": 9}, 3,
     "Passengers were taken off coaches after an ID check and their bodies were found the next morning: "
     "abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping). Passengers/labourers "
     "are civilians. Three passengers who resisted were beaten and injured. The Fateh Squad of the BLA "
     "claimed it, so the unit is actor1 (as with the TTP's Sajna group in satp-sa-dev-8) and the BLA is "
     "listed too. 'Near' Mangochar, hence precision 2. Punjab is only where the victims came from.")])

# ---------------------------------------------------------------- AL-26
R[26] = dict(publisher="The News",
  actors=[A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]), A("Police", ["police"])],
  people=[PE("Muhammad Arshad", ["Muhammad Arshad"], ["police constable", "on security duty outside a church", "shot dead"])],
  places=[PL("Sher Shah", "town", PU, "Multan"), PL("Multan District", "district", PU, "Multan"),
          PL("Bahawalpur", "city", PU, "Bahawalpur")],
  incidents=[
    I("arrested three suspected terrorists of the proscribed Tehreek e Taliban Pakistan (TTP)", SD, "Arrests",
      None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PU, "Multan", "Sher Shah", 2,
      "on June 11", 0, {}, None,
      "A CTD raid with arrests and grenades, a suicide jacket and detonators recovered; the planned attack on "
      "a government building is part of the same record. 'Near' Sher Shah, hence precision 2."),
    I("was shot dead by two men riding a motorcycle", BAT, "Armed clash", "Armed Assault", UAG, "Police", PU,
      "Bahawalpur", "Bahawalpur", 1, "on the same day", 1, {"security_forces": 1}, None,
      "A constable guarding a church was shot dead: an attack on police, coded Battles/Armed clash by the "
      "rules. Only the city is given; coded to the city at precision 1 (as for Mastung city in "
      "satp-sa-dev-89). Nothing links it to the Multan arrests.")])

# ---------------------------------------------------------------- AL-27
R[27] = dict(publisher="Dawn",
  actors=[A("United States Armed Forces", ["US"], "state_force", 8),
          G("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"])],
  people=[PE("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the group named after him"])],
  places=[PL("Zoi Narai", "area", KP, "North Waziristan"), PL("Shawal", "area", KP, "North Waziristan"),
          PL("North Waziristan Agency", "district", KP, "North Waziristan"),
          PL("Federally Administered Tribal Areas", "area", KP, None)],
  incidents=[I("a suspected US drone fired two missiles at a compound", ERV, "Air/drone strike", None,
     "United States Armed Forces", "Hafiz Gul Bahadur Group", KP, "North Waziristan", "Zoi Narai", 1,
     "on January 4", 4, {"militants": 4}, None,
     "A drone strike; the text calls it a 'suspected US drone', and it is coded to US forces (inter 8) as "
     "the only attribution offered. A state air strike gets no GTD type. The compound belonged to a Hafiz "
     "Gul Bahadur group commander, so that group is actor2. 'At least four militants' = 4 (two of them "
     "foreigners, still militants). " + FATA_NOTE)])

# ---------------------------------------------------------------- AL-28
R[28] = dict(publisher="The Express Tribune",
  actors=[A("Pakistan Rangers", ["Rangers"]), G("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"]),
          A("Police", ["police", "policemen"])],
  people=[PE("Naveed Akhtar", ["Naveed Akhtar"], ["worker of the Muttahida Qaumi Movement Pakistan (MQM P)", "shot at and injured"])],
  places=[PL("Sohrab Goth", "area", SI, "Karachi"), PL("Karachi", "city", SI, "Karachi"),
          PL("Saeedabad", "area", SI, "Karachi"), PL("Baldia Town", "area", SI, "Karachi"),
          PL("Sector 11", "area", SI, "Karachi"), PL("Orangi Town", "area", SI, "Karachi")],
  incidents=[
    I("Rangers arrested five suspected militants of the banned Lashkar e Jhangvi (LeJ)", SD, "Arrests", None,
      "Pakistan Rangers", "Lashkar-e-Jhangvi", SI, "Karachi", "Sohrab Goth", 1, "on Tuesday", 0, {}, None,
      "Arrests in a raid with weapons recovered. The killings of at least 12 Shia community members between "
      "2012 and 2014 that the suspects are accused of are background and are not coded."),
    I("unidentified men riding a motorcycle hurled a hand grenade at a police mobile", ERV, "Grenade",
      "Bombing/Explosion", UAG, "Police", SI, "Karachi", "Saeedabad", 1, None, 0, {}, 3,
      "A grenade on a police vehicle parked outside the Saeedabad Police Station: two policemen and a "
      "passerby injured. No date is given ('Meanwhile')."),
    I("was shot at and injured by unidentified men", VAC, "Attack", "Armed Assault", UAG, "Civilians", SI,
      "Karachi", "Sector 11", 1, "On Monday", 0, {}, 1,
      "A party worker was wounded. The MQM-P is a party named only as the victim's affiliation, so it is not "
      "listed in actors.")])

# ---------------------------------------------------------------- AL-29
R[29] = dict(publisher="Daily Times",
  actors=[A("Levies", ["Levies"]), A("Security Forces", ["security forces"])],
  people=[PE("Allah Bakhsh", ["Allah Bakhsh"], ["shepherd", "died of his injuries"])],
  places=[PL("Sori Kach", "area", BA, "Kohlu"), PL("Kohlu District", "district", BA, "Kohlu"), PROV(BA),
          PL("Kohlu", "town", BA, "Kohlu")],
  incidents=[I("their flock triggered a landmine", ERV, "Remote explosive/landmine/IED", "Bombing/Explosion",
     UAG, "Civilians", BA, "Kohlu", "Sori Kach", 1, "on Wednesday", 3, {"civilians": 3}, 1,
     "A victim-activated landmine. Two shepherds died on the spot and Allah Bakhsh died on the way to "
     "hospital: he is counted once, as killed (3 in all, all shepherds, a civilian role, two of them boys). "
     "One other was wounded. The mines were meant for security forces convoys, but civilians were hit, so "
     "actor2 is Civilians. The landmine deaths 'since last year' are background.")])

# ---------------------------------------------------------------- AL-30
R[30] = dict(publisher="Dawn",
  actors=[A("Security Forces", ["soldiers"]), G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"]),
          A("Police", ["policemen"])],
  people=[],
  places=[PL("Afghanistan", "country", None, None), PL("Arandu", "town", KP, "Chitral"),
          PL("Chitral District", "district", KP, "Chitral"), PROV(KP),
          PL("Maidan", "area", KP, "Lower Dir"), PL("Lower Dir District", "district", KP, "Lower Dir")],
  incidents=[
    I("hundreds of militants who had crossed over from Afghanistan attacked two border posts", BAT,
      "Armed clash", "Armed Assault", "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "Chitral", "Arandu",
      1, "in the early hours of Wednesday", 16, {"security_forces": 4, "militants": 12}, None,
      "A cross-border raid by militants on two posts; the TTP claimed it. Four soldiers and 'at least 12' "
      "militants killed. The TTP claim to have captured both posts was rejected and the militants were pushed "
      "back, so no change of territory is coded. The 2011 raid is background."),
    I("militants blew up a mobile phone tower", ERV, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG,
      None, KP, "Lower Dir", "Maidan", 2, "A day earlier", 0, {}, 0,
      "A telecom tower blown up; 'No one was hurt', so 0 and 0 and actor2 null. The TTP claim covers only "
      "the Chitral attack. Maidan is a tehsil-level area, hence precision 2.")])


def build():
    for n, r in sorted(R.items()):
        d = {"article": "AL-%02d.txt" % n, "about": "Hand-coded from the text alone.",
             "publisher": r["publisher"],
             "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                          "near_duplicate_sentences": [], "flag_as_damaged": []},
             "actors": r["actors"], "people": r["people"], "places": r["places"], "quotes": [],
             "incidents": r["incidents"], "not_incidents": [], "relations": [], "actor_profiles": {}}
        with open(os.path.join(OUT, "AL-%02d.gold.json" % n), "w", encoding="utf-8") as f:
            json.dump(d, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(R), "gold files written")

if __name__ == "__main__":
    build()
