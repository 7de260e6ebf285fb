"""Builds BG-NN.gold.json from the hand coding below (coded from the .txt alone)."""
import json, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Kashmir"
UAG = "Unidentified Armed Group"
VAC, BAT, EXP, SD, PRO = ("Violence against civilians", "Battles", "Explosions/Remote violence",
                         "Strategic developments", "Protests")

def A(canon, mentions, kind="state_force", inter=1):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": mentions}
def G(canon, mentions):
    return A(canon, mentions, "armed_group", 2)
def P(canon, mentions, roles):
    return {"canonical": canon, "mentions": mentions, "roles": roles}
def L(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def I(what, ev, sub, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

TTP = lambda: G("Tehreek-e-Taliban Pakistan", ["Tehreek e Taliban Pakistan", "TTP"])
FC = lambda: A("Frontier Corps", ["Frontier Corps", "FC"])
LEV = lambda: A("Levies", ["Levies"])
CTD = lambda: A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])
ISPR = lambda: A("Inter-Services Public Relations", ["Inter Services Public Relations", "ISPR"])
FATA_NOTE = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

R = {}
R[1] = dict(publisher="Dawn",
  actors=[FC(), LEV(), G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])],
  people=[P("Gwahram Baloch", ["Gwahram Baloch"], ["spokesman of the BLF"])],
  places=[L("Sorgi Kaur", "area", BA, "Kech"), L("Kech District", "district", BA, "Kech"),
          L("Balochistan", "province", BA, None), L("Turbat", "city", BA, "Kech"),
          L("Quetta", "city", BA, "Quetta")],
  incidents=[I("unidentified assailants opened fire on their vehicle", BAT, "Armed clash", "Armed Assault",
    "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Sorgi Kaur", 1, "on September 14", 2,
    {"security_forces": 2}, 3,
    "Gunmen fired from the hills on an FC vehicle returning from road-construction escort duty. The first sentence says 'unidentified assailants'; the group is named only in the later claim, so by the claim rule the BLF is actor1. An attack on a state force is Battles/Armed clash. Two FC personnel killed; 'three others' injured (injured is not split by side). Levies officials are only the source. Turbat is where the injured were taken and Quetta is where the spokesman telephoned; neither is the incident location.")])

R[2] = dict(publisher="The News",
  actors=[A("Police", ["Police", "police", "policemen", "policeman"])],
  people=[P("Sher Afzal", ["Sher Afzal"], ["constable", "injured in the checkpost attack and died the next morning"]),
          P("Tariq Nawaz", ["Tariq Nawaz"], ["policeman", "injured in the checkpost attack"]),
          P("Gul Rehman", ["Gul Rehman"], ["retired school teacher", "shot dead near his house"])],
  places=[L("Domel", "area", KP, "Bannu"), L("Bannu District", "district", KP, "Bannu"),
          L("Khyber Pakhtunkhwa", "province", KP, None), L("Bannu", "city", KP, "Bannu"),
          L("Ghoriwala", "town", KP, "Bannu")],
  incidents=[
    I("Militants attacked a police checkpost", BAT, "Armed clash", "Armed Assault", UAG, "Police", KP, "Bannu",
      "Domel", 2, "on the intervening night of March 3 and 4", 1, {"security_forces": 1}, 1,
      "An hour-long exchange of fire at a police checkpost. The place is given only as the limits of Domel Police Station, an area rather than a point, so precision 2. Two policemen were injured and one (Constable Sher Afzal) died in hospital the next morning: he is counted once, as killed, leaving injured = 1. Date kept as the text gives it ('intervening night of March 3 and 4'). No group named."),
    I("unidentified assailants shot dead a retired school teacher, identified as Gul Rehman", VAC, "Attack",
      "Armed Assault", UAG, "Civilians", KP, "Bannu", "Ghoriwala", 1, "on Wednesday", 1, {"civilians": 1}, None,
      "A separate killing ('In another incident'). The district comes only from 'the same district', i.e. Bannu. A retired school teacher is a civilian role. Not a prominent figure, so Armed Assault, not Assassination.")])

R[3] = dict(publisher=None,
  actors=[A("Security Forces", ["Security Forces", "SFs", "soldiers"]), ISPR()],
  people=[],
  places=[L("Musaki Khel", "area", KP, "North Waziristan"), L("Mir Ali", "area", KP, "North Waziristan"),
          L("North Waziristan District", "district", KP, "North Waziristan"), L("Rawalpindi", "city", PU, "Rawalpindi")],
  incidents=[I("Security Forces (SFs) killed six militants during an intelligence based operation (IBO)", BAT,
    "Armed clash", None, "Security Forces", UAG, KP, "North Waziristan", "Musaki Khel", 1, "on the night of June 11",
    8, {"militants": 6, "security_forces": 2}, None,
    "A state-initiated IBO with an exchange of fire, so Battles/Armed clash with no GTD type. The deaths are given by side in separate sentences: six militants in the first, two soldiers ('embraced martyrdom') in the third; killed = 8. The province is not named; North Waziristan District is in Khyber Pakhtunkhwa. The ISPR statement was issued from Rawalpindi, which is not the incident location. Recovered weapons belong to this event; the sanitisation operation has no outcome and is not an incident. No newspaper is named, so publisher is null. ISPR is listed as a named state body (it is only the source).")])

R[4] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["Police", "police"])],
  people=[P("Abdul Qayyum Farooqi", ["Maulana Abdul Qayyum Farooqi", "Maulana Farooqi"],
            ["religious scholar", "prayer leader of a mosque in Bilal Colony"]),
          P("Ali Raza Khoso", ["Ali Raza Khoso"], ["Korangi Senior Superintendent of Police (SSP)"])],
  places=[L("Sharafi Goth", "area", SI, "Korangi"), L("Korangi District", "district", SI, "Korangi"),
          L("Karachi", "city", SI, "Karachi"), L("Bilal Colony", "area", SI, "Korangi")],
  quotes=[{"speaker": "Ali Raza Khoso", "starts": "It appears to be a sectarian targeted killing"}],
  incidents=[I("A religious scholar, identified as Maulana Abdul Qayyum Farooqi (52), was shot dead by unidentified armed assailants",
    VAC, "Attack", "Armed Assault", UAG, "Civilians", SI, "Korangi", "Sharafi Goth", 2, "on Friday", 1,
    {"civilians": 1}, None,
    "Two pillion riders shot a prayer leader on his way home from Friday prayers. Location is given only as the limits of Sharafi Goth Police Station, so precision 2. The text names Korangi District, so admin2 is Korangi rather than Karachi. A local prayer leader is not a prominent national figure, so Armed Assault rather than Assassination (judgement call). A religious scholar is a civilian role. The SSP calls it sectarian, but no group is named.")])

R[5] = dict(publisher="The News",
  actors=[CTD(), TTP(), G("Lashkar-e-Jhangvi", ["Lashkar e Jhangvi", "LeJ"])],
  people=[P("Asmatullah", ["Asmatullah"], ["would be suicide bomber arrested by the CTD", "alias Qari", "resident of South Waziristan"])],
  places=[L("Thokar Niaz Baig", "area", PU, "Lahore"), L("Lahore", "city", PU, "Lahore"),
          L("Punjab", "province", PU, None), L("South Waziristan", "district", KP, "South Waziristan"),
          L("Pir Mahal", "town", PU, "Toba Tek Singh"), L("Toba Tek Singh District", "district", PU, "Toba Tek Singh")],
  incidents=[
    I("The Counter Terrorism Department (CTD) foiled a terror bid and arrested a would be suicide bomber", SD,
      "Disrupted weapons use", "Bombing/Explosion", "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
      PU, "Lahore", "Thokar Niaz Baig", 2, "on December 2", 0, {}, None,
      "A planned suicide bombing was prevented: the suspect was caught wearing an 8 kg suicide jacket. Coded as Disrupted weapons use (attack foiled) rather than Arrests, with GTD Bombing/Explosion as for the defused bombs in the dev set. The CTD says he was sent by the TTP, so actor2 is TTP. 'near Thokar Niaz Baig', hence precision 2. South Waziristan is only his home."),
    I("the CTD arrested three suspected members of the banned Lashkar e Jhangvi (LeJ)", SD, "Arrests", None,
      "Counter Terrorism Department", "Lashkar-e-Jhangvi", PU, "Toba Tek Singh", "Pir Mahal", 1, "on the same day",
      0, {}, None,
      "A separate raid not tied to the Lahore arrest, so its own Arrests incident. The seized detonators and fuses are part of this record. 'On the same day' = December 2.")])

R[6] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police", "policemen"]),
          G("Jamaat-ul-Ahrar", ["Jamaat ul Ahrar", "JuA"]), TTP()],
  people=[P("Tahir Ayub", ["Tahir Ayub"], ["Capital City Police Officer (CCPO)"])],
  places=[L("Charsadda Road", "area", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar"),
          L("Khyber Pakhtunkhwa", "province", KP, None)],
  quotes=[{"speaker": "unnamed TTP spokesman", "starts": "We do not target public places"}],
  incidents=[I("a suicide bomber blew himself up near a police van", EXP, "Suicide bomb", "Bombing/Explosion",
    "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Charsadda Road", 1, "on February 9", 5,
    {"security_forces": 3, "civilians": 2}, 14,
    "A bomber on foot blew himself up beside a police van. 'At least five persons' = 5: three policemen (a head constable and two constables) and two passersby (a civilian role). The bomber is not counted. JuA claimed the attack and the TTP denied involvement, so JuA is actor1 and the TTP is listed only as a named actor. The target was the police van, so actor2 is Police.")])

R[7] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["Police"])],
  people=[],
  places=[L("Kasi Road", "area", BA, "Quetta"), L("Quetta", "city", BA, "Quetta"),
          L("Balochistan", "province", BA, None), L("Killi Shahbaz Khan", "area", BA, "Quetta")],
  incidents=[
    I("unidentified persons hurled a hand grenade at a mobile phone shop", EXP, "Grenade", "Bombing/Explosion",
      UAG, "Civilians", BA, "Quetta", "Kasi Road", 1, "on Monday evening", 0, {}, 4,
      "Grenade thrown at a shop; four persons injured, no deaths. The shopkeeper's earlier extortion calls hint at a criminal motive, but the report gives no perpetrator, so it is coded as a grenade attack on civilians by an unidentified group."),
    I("a female polio worker was shot dead and her colleague injured", VAC, "Attack", "Armed Assault", UAG,
      "Civilians", BA, "Quetta", "Killi Shahbaz Khan", 1, "on the same day", 1, {"civilians": 1}, 1,
      "A vaccination team was fired on by two men on a motorcycle. A polio worker is a civilian (health worker) role; the injured colleague's status is not split. 'On the outskirts of the city' refers to Quetta. The suspension of the campaign is not an incident.")])

R[8] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police"])],
  people=[P("Dileep Kumar", ["Dileep Kumar"], ["Hindu trader", "kidnapped from his shop in Tangwani"]),
          P("Naveed Ahmed Soomro", ["Naveed Ahmed Soomro"], ["doctor", "kidnapped from Shikarpur city and recovered by police"]),
          P("Kamran Ali Jokhio", ["Kamran Ali Jokhio"], ["SSP Shikarpur"])],
  places=[L("Tangwani", "town", SI, "Kashmore"), L("Kashmore District", "district", SI, "Kashmore"),
          L("Sindh", "province", SI, None), L("Shikarpur", "city", SI, "Shikarpur"),
          L("Khanpur", "area", SI, "Shikarpur")],
  not_incidents=["who had been kidnapped from Shikarpur city nearly three weeks ago"],
  incidents=[
    I("Unidentified armed men kidnapped a Hindu trader, identified as Dileep Kumar", VAC,
      "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians", SI, "Kashmore", "Tangwani",
      1, "late on Saturday night", 0, {}, None,
      "A trader taken at gunpoint from his shop and driven towards the katcha (riverine) area. No group named; the motive (likely ransom) is not stated, so it is coded as an abduction by an unidentified armed group."),
    I("Traders of Tangwani observed a shutter down strike on Sunday and staged a sit in outside the local police station",
      PRO, "Peaceful protest", None, "Protesters", None, SI, "Kashmore", "Tangwani", 1, "on Sunday", 0, {}, None,
      "A strike and sit-in demanding the trader's recovery; no intervention is reported, so Peaceful protest. Protesters are not a named organisation."),
    I("Shikarpur Police recovered a doctor, Naveed Ahmed Soomro", SD, "Arrests", None, "Police", UAG, SI,
      "Shikarpur", "Khanpur", 2, "on the same day", 0, {}, None,
      "A police raid that freed a doctor kidnapped about three weeks earlier and arrested two suspected kidnappers. The earlier kidnapping is background (no date or place of its own in this report) and is listed in not_incidents; the raid is not tied to a kidnapping coded here, so it is its own record, coded Arrests because it produced arrests (a release alone would be 'Other'). Only the tehsil (Khanpur) is given, so precision 2. 'On the same day' = Sunday. The gang is not named.")])

R[9] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["police"])],
  people=[P("Raja Arshad Mehmood", ["Raja Arshad Mehmood"], ["Diamer Superintendent of Police (SP)"])],
  places=[L("Shaheen Kot", "town", GB, "Diamer"), L("Darel", "area", GB, "Diamer"),
          L("Diamer District", "district", GB, "Diamer"), L("Gilgit Baltistan", "province", GB, None)],
  not_incidents=["It was the third attack on a girls school in the valley in two months"],
  incidents=[I("Unidentified militants set fire to a government girls middle school", SD,
    "Looting/property destruction", "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Shaheen Kot", 1,
    "on the intervening night of July 8 and 9, 2018", 0, {}, 0,
    "Arson of an empty school with no one hurt ('no one was hurt', so killed and injured are 0). No explosives are mentioned, so this is not an Explosions event; ACLED codes destruction of property without violence against people as Strategic developments/Looting/property destruction, and GTD codes arson as Facility/Infrastructure Attack (judgement call). No target person, so actor2 is null. The two earlier attacks on girls schools are undated background.")])

R[10] = dict(publisher="Dawn",
  actors=[ISPR(), A("Pakistan Army", ["Pakistan Army"])],
  people=[P("Zareena Bibi", ["Zareena Bibi"], ["45 year old woman killed when a mortar shell hit her house"])],
  places=[L("Line of Control", "area", None, None), L("Nakyal", "area", AK, "Kotli"),
          L("Kotli District", "district", AK, "Kotli"), L("Azad Jammu and Kashmir", "province", AK, None),
          L("Batal Dhara", "town", AK, "Kotli"), L("Kotli", "city", AK, "Kotli")],
  incidents=[I("Indian troops resorted to unprovoked firing and shelling across the Line of Control (LoC)", EXP,
    "Shelling/artillery/missile attack", None, "Military Forces of India", "Civilians", AK, "Kotli", "Batal Dhara", 1,
    "on Tuesday", 1, {}, 2,
    "Cross-LoC fire; the deaths and injuries came from mortar shells hitting a house in Batal Dhara, so Shelling/artillery/missile attack. Fire by a foreign state army is not terrorism, so no GTD type. CODING-RULES leave foreign forces (inter 8) out of the actors list, so the Indian troops appear only as actor1 (named in ACLED style) and not in actors; the Pakistan Army's response is part of the same exchange and not a separate incident. The woman killed is given no status, so killed_by_side is empty; two children injured. admin1 coded Azad Kashmir.")])

R[11] = dict(publisher="Dawn",
  actors=[A("Border Military Police", ["Border Military Police", "BMP"])],
  people=[],
  places=[L("Lakhi Sar", "area", PU, "Dera Ghazi Khan"), L("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
          L("Punjab", "province", PU, None), L("Balochistan", "province", BA, None),
          L("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan")],
  incidents=[I("militants attacked a BMP checkpost near Lakhi Sar", BAT, "Armed clash", "Armed Assault", UAG,
    "Border Military Police", PU, "Dera Ghazi Khan", "Lakhi Sar", 2, "late on Saturday night", 2,
    {"security_forces": 2}, 1,
    "A rocket followed by automatic gunfire and a 40-minute exchange of fire: with gunfire reported it is Battles/Armed clash, not Shelling. The BMP is a state force of the tribal area of Dera Ghazi Khan. 'near Lakhi Sar', hence precision 2. The Balochistan border is only the direction the attackers came from. No claim.")])

R[12] = dict(publisher="The News",
  actors=[G("Lashkar-e-Islam", ["Lashkar e Islam", "LeI"]), G("Ansar-ul-Islam", ["Ansarul Islam", "AI"])],
  people=[],
  places=[L("Tirah", "area", KP, "Khyber"), L("Khyber Agency", "district", KP, "Khyber"),
          L("Federally Administered Tribal Areas", "area", KP, None), L("Kandao Kalay", "town", KP, "Khyber")],
  not_incidents=["The two groups have been fighting for control of the valley for several years"],
  incidents=[
    I("clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam (AI)", BAT, "Armed clash", None,
      "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Kandao Kalay", 2, "on Thursday", 9, {"militants": 9}, None,
      "Fighting between two armed groups (inter 22). LeI attacked, so it is actor1. 'At least nine militants' = 9, given by side in separate sentences (six AI, three LeI). Fighting between militant groups is combat rather than terrorism, so no GTD type (judgement call; Armed Assault is the alternative). The positions were on mountain tops above Kandao Kalay, so precision 2." + FATA_NOTE),
    I("a mortar shell fired during the fighting hit their house", EXP, "Shelling/artillery/missile attack",
      "Bombing/Explosion", UAG, "Civilians", KP, "Khyber", "Kandao Kalay", 2, "on Friday", 0, {}, 2,
      "A woman and her son injured by a mortar shell. The place is only 'the same area', read as the area above Kandao Kalay in Tirah, hence precision 2. The text does not say which group fired it, so actor1 is Unidentified Armed Group. A separate day (Friday), so a separate incident." + FATA_NOTE)])

R[13] = dict(publisher="Daily Times",
  actors=[TTP()],
  people=[P("Muhammad Saleem", ["Muhammad Saleem"], ["convicted and sentenced to death for facilitating the 2009 imambargah suicide attack"]),
          P("Abdul Ghaffar", ["Abdul Ghaffar"], ["convicted and sentenced to death for facilitating the 2009 imambargah suicide attack"])],
  places=[L("Rawalpindi", "city", PU, "Rawalpindi"), L("Chak Bairu", "town", PU, "Rawalpindi"),
          L("Rawalpindi District", "district", PU, "Rawalpindi"), L("Afghanistan", "country", None, None)],
  not_incidents=["the suicide attack on an imambargah in Chak Bairu village of Rawalpindi District in November 2009"],
  incidents=[])

R[14] = dict(publisher="Dawn",
  actors=[A("Frontier Corps", ["Frontier Corps", "FC", "soldiers"]), A("Security Forces", ["security forces"])],
  people=[P("Zahir Shah", ["Zahir Shah"], ["Sepoy", "injured in the IED blast and later died at CMH Kohat"])],
  places=[L("Tor Sappar", "town", KP, "Orakzai"), L("Ghiljo", "town", KP, "Orakzai"),
          L("Upper Orakzai", "area", KP, "Orakzai"), L("Orakzai Agency", "district", KP, "Orakzai"),
          L("Kohat", "city", KP, "Kohat"), L("Peshawar", "city", KP, "Peshawar")],
  incidents=[I("a roadside improvised explosive device (IED) went off near a vehicle of the Frontier Corps (FC)", EXP,
    "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Frontier Corps", KP, "Orakzai", "Tor Sappar", 1,
    "on May 27", 1, {"security_forces": 1}, 2,
    "A remote-controlled roadside IED hit an FC patrol. Three soldiers were injured and one of them later died in hospital: he is counted once, as killed, so killed = 1 and injured = 2. The soldiers are FC, so actor2 is Frontier Corps. Kohat is where he died and Peshawar is where the official spoke; neither is the location. The cordon and search have no outcome." + FATA_NOTE)])

R[15] = dict(publisher="Daily Times",
  actors=[G("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
          A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"]), A("Railways Police", ["Railways Police"])],
  people=[],
  places=[L("Quetta", "city", BA, "Quetta"), L("Pir Bux Goth", "town", BA, "Kachhi"),
          L("Kachhi District", "district", BA, "Kachhi"), L("Balochistan", "province", BA, None),
          L("Mianwand Goth", "town", BA, "Sibi"), L("Sibi District", "district", BA, "Sibi")],
  incidents=[
    I("Militants blew up an electricity pylon of the 220 KV transmission line", EXP, "Remote explosive/landmine/IED",
      "Bombing/Explosion", "Baloch Republican Army", None, BA, "Kachhi", "Pir Bux Goth", 2, "late on Sunday night",
      0, {}, 0,
      "A pylon of the line feeding Quetta was blown up; 'No casualty was reported', so killed and injured are 0. The BRA claimed it. Infrastructure target, so actor2 is null; explosives, so GTD Bombing/Explosion. 'near Pir Bux Goth', hence precision 2. Quetta is only the city the line supplies."),
    I("the Bomb Disposal Squad (BDS) defused a remote controlled bomb planted on the railway track", SD,
      "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, BA, "Sibi", "Mianwand Goth", 2,
      "on Monday morning", 0, {}, None,
      "A bomb on the railway track defused before a passenger train passed: an attack foiled, coded Disrupted weapons use. The BRA claim covers only the pylon blast, so the planters stay unidentified. 'near Mianwand Goth', hence precision 2.")])

R[16] = dict(publisher="The News",
  actors=[A("Pakistan Rangers", ["Pakistan Rangers", "Rangers"]), A("Police", ["Police"]), TTP()],
  people=[],
  places=[L("Orangi Town", "area", SI, "Karachi"), L("Karachi", "city", SI, "Karachi"),
          L("Manghopir", "area", SI, "Karachi")],
  incidents=[
    I("unidentified militants hurled a hand grenade at a Rangers picket", EXP, "Grenade", "Bombing/Explosion", UAG,
      "Pakistan Rangers", SI, "Karachi", "Orangi Town", 1, "on Tuesday night", 0, {}, 2,
      "Grenade attack on a Rangers picket; two Rangers personnel injured. A grenade with no gunfire is Explosions/Grenade even against a state force."),
    I("Rangers arrested five suspected militants", SD, "Arrests", None, "Pakistan Rangers",
      "Tehreek-e-Taliban Pakistan", SI, "Karachi", "Manghopir", 1, "on Wednesday", 0, {}, None,
      "A raid not tied to the grenade attack, so its own Arrests incident. Only one of the five is said to be linked to the TTP; actor2 is TTP as the only group named (judgement call). Recovered weapons are part of this record.")])

R[17] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police"]), TTP()],
  people=[P("Naseer Khan", ["Malik Naseer Khan"], ["tribal elder", "vocal against militants"])],
  places=[L("Sheikh Kalay", "town", KP, "Lakki Marwat"), L("Lakki Marwat District", "district", KP, "Lakki Marwat"),
          L("Khyber Pakhtunkhwa", "province", KP, None), L("Pezu", "town", KP, "Lakki Marwat")],
  not_incidents=["had survived two attempts on his life in the past"],
  incidents=[
    I("a remote controlled bomb hit their vehicle", EXP, "Remote explosive/landmine/IED", "Assassination",
      "Tehreek-e-Taliban Pakistan", "Civilians", KP, "Lakki Marwat", "Sheikh Kalay", 1, "on May 6", 2,
      {"civilians": 1}, 3,
      "A roadside bomb killed a tribal elder known for opposing militants, and his nephew. ACLED type follows the weapon (IED); GTD Assassination because a specific prominent local figure was targeted (GTD puts Assassination above Bombing; Bombing/Explosion is the alternative). The TTP claimed it. Only the elder has a status (tribal elder = civilian role); the nephew has none, so killed_by_side counts 1 civilian. Three injured, including his guard. His two earlier escapes are undated background."),
    I("militants fired two rockets at the Pezu police station", EXP, "Shelling/artillery/missile attack",
      "Bombing/Explosion", UAG, "Police", KP, "Lakki Marwat", "Pezu", 1, "late on the same night", 0, {}, 0,
      "Rocket fire with no gunfire, so Shelling/artillery/missile attack. 'No casualties were reported', so killed and injured are 0. The TTP claim names only 'the blast', so this attack stays unidentified. 'in the district' = Lakki Marwat.")])

R[18] = dict(publisher="The Express Tribune",
  actors=[CTD(), A("Police", ["Islamabad Police", "policeman", "policemen"]), TTP()],
  people=[],
  places=[L("Sangjani", "area", ICT, "Islamabad"), L("Islamabad", "city", ICT, "Islamabad"),
          L("Bhara Kahu", "area", ICT, "Islamabad")],
  not_incidents=["the killing of two police personnel in Bhara Kahu last month"],
  incidents=[I("Two suspected militants were killed and a policeman was injured in an exchange of fire", BAT,
    "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad", "Sangjani",
    2, "in the early hours of Sunday", 2, {"militants": 2}, 1,
    "A CTD team stopped a car on a tip-off and its occupants fired first. The stop was a state action, so GTD is null (as for raids). 'Suspected militants' are counted as militants. The CTD says they belonged to the TTP, so actor2 is TTP. 'near Sangjani', hence precision 2. The Bhara Kahu killing 'last month' is background, not a new incident.")])

R[19] = dict(publisher="The Express Tribune",
  actors=[LEV(), G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
          A("Security Forces", ["security forces"])],
  people=[P("Shahdad Baloch", ["Shahdad Baloch"], ["BLA spokesman"])],
  places=[L("Gichk", "area", BA, "Panjgur"), L("Panjgur District", "district", BA, "Panjgur"),
          L("Balochistan", "province", BA, None), L("Rahim Yar Khan District", "district", PU, "Rahim Yar Khan"),
          L("Punjab", "province", PU, None), L("Sanghar District", "district", SI, "Sanghar"),
          L("Sindh", "province", SI, None), L("Panjgur", "city", BA, "Panjgur"), L("Paroom", "area", BA, "Panjgur")],
  incidents=[
    I("Unidentified gunmen shot dead six labourers", VAC, "Attack", "Armed Assault",
      "Balochistan Liberation Army", "Civilians", BA, "Panjgur", "Gichk", 1, "early on Thursday", 6,
      {"civilians": 6}, 1,
      "Gunmen stormed a labourers' camp at a dam site. 'Unidentified gunmen' in the first sentence, but the BLA later claimed the killings, so it is actor1. The BLA's allegation that the men worked for the security forces is disputed by the administration; labourers are a civilian role, so six civilians killed and one injured. Rahim Yar Khan and Sanghar are the victims' home districts."),
    I("unidentified persons hurled a hand grenade at the Levies thana", EXP, "Grenade", "Bombing/Explosion", UAG,
      "Levies", BA, "Panjgur", "Paroom", 1, "A day earlier", 0, {}, 2,
      "A grenade thrown at a Levies station the day before the killings; two Levies personnel injured. The BLA claim covers only the killings, so this stays unidentified. 'of the district' = Panjgur.")])

R[20] = dict(publisher="Dawn",
  actors=[TTP(), A("Security Forces", ["Security Forces", "SFs"]), A("Khasadar Force", ["Khasadar"])],
  people=[P("Amjad Ali Khan", ["Amjad Ali Khan"], ["Political Agent"])],
  places=[L("Ghalanai", "town", KP, "Mohmand"), L("Mohmand Agency", "district", KP, "Mohmand"),
          L("Halimzai", "area", KP, "Mohmand")],
  quotes=[{"speaker": "Amjad Ali Khan", "starts": "We have opened our doors to all those who want to shun violence"}],
  incidents=[
    I("As many as 35 militants of the Tehreek e Taliban Pakistan (TTP), including two local commanders, surrendered",
      SD, "Change to group/activity", None, "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "Mohmand", "Ghalanai",
      1, "on Saturday", 0, {}, None,
      "A mass surrender with weapons handed over at a ceremony. No violence, so no GTD type. Coded as Change to group/activity (militants abandoning armed activity); 'Other' is the alternative reading (judgement call). The surrendering group is actor1; the SFs that received them are actor2. The political administration is a civil body and is not listed." + FATA_NOTE),
    I("Khasadar personnel defused an improvised explosive device", SD, "Disrupted weapons use", "Bombing/Explosion",
      "Khasadar Force", UAG, KP, "Mohmand", "Halimzai", 2, "on the same day", 0, {}, None,
      "A roadside IED defused: disrupted bombing. Only the tehsil is given, hence precision 2. The planters are unknown." + FATA_NOTE)])

R[21] = dict(publisher="The News",
  actors=[LEV()],
  people=[P("Dost Muhammad Zehri", ["Mir Dost Muhammad Zehri"],
            ["central committee member of the Balochistan National Party Mengal (BNP M)"])],
  places=[L("Wadh", "area", BA, "Khuzdar"), L("Khuzdar District", "district", BA, "Khuzdar"),
          L("Balochistan", "province", BA, None), L("Quetta", "city", BA, "Quetta")],
  incidents=[
    I("Mir Dost Muhammad Zehri, was shot dead along with his driver by unidentified armed assailants", VAC, "Attack",
      "Assassination", UAG, "Civilians", BA, "Khuzdar", "Wadh", 2, "on Wednesday", 2, {"civilians": 2}, None,
      "An ambush on the car of a central party leader: a specific prominent target, so GTD Assassination. His driver is a civilian role, so two civilians killed. 'near his house in Wadh tehsil', hence precision 2. The BNP-M is a political party named only as the victim's party and as an accuser ('state backed armed groups', which is not a named organisation), so it is not listed. The party spokesman spoke in Quetta, not the incident location."),
    I("relatives and tribesmen of the slain leader placed his body on the Quetta Karachi highway at Wadh and blocked traffic",
      PRO, "Peaceful protest", None, "Protesters", None, BA, "Khuzdar", "Wadh", 1, "On Thursday", 0, {}, None,
      "A road blockade with the body, ended after talks; no force used, so Peaceful protest. 'at Wadh' is the town, hence precision 1. The highway is not listed as a separate place.")])

R[22] = dict(publisher="The Express Tribune",
  actors=[A("Security Forces", ["Security Forces", "SFs", "soldiers"]), ISPR()],
  people=[],
  places=[L("Afghanistan", "country", None, None), L("Pakistan", "country", None, None), L("Arandu", "town", KP, "Chitral"),
          L("Chitral District", "district", KP, "Chitral"), L("Khyber Pakhtunkhwa", "province", KP, None),
          L("Lawi Gram", "town", KP, "Chitral")],
  incidents=[
    I("A large group of militants who had crossed over from Afghanistan attacked two border posts of the Security Forces (SFs)",
      BAT, "Armed clash", "Armed Assault", UAG, "Security Forces", KP, "Chitral", "Arandu", 1, "on September 6", 16,
      {"security_forces": 4, "militants": 12}, None,
      "A cross-border attack on two SF posts, repulsed. Deaths by side in separate sentences: four soldiers, then 12 militants; killed = 16. 'several others were injured' has no number, so injured is null. No group is named. The ISPR remark on the Afghan government is a diplomatic statement, not an incident."),
    I("mortar shells fired from the Afghan side of the border landed in Lawi Gram village", EXP,
      "Shelling/artillery/missile attack", None, UAG, "Civilians", KP, "Chitral", "Lawi Gram", 1, "on the following day",
      0, {}, 3,
      "Cross-border mortar fire injured three civilians. Who fired is not said (it could be militants or Afghan forces), so actor1 is Unidentified Armed Group and GTD is left null because state fire would not be terrorism (judgement call; Bombing/Explosion if read as militant fire). 'in the same district' = Chitral.")])

R[23] = dict(publisher="The News",
  actors=[A("Police", ["Police", "police", "policemen"])],
  people=[P("Iftikhar Khan", ["Iftikhar Khan"], ["District Police Officer (DPO)"])],
  places=[L("Thall", "town", KP, "Hangu"), L("Hangu District", "district", KP, "Hangu"),
          L("Khyber Pakhtunkhwa", "province", KP, None)],
  incidents=[I("Police foiled a suicide attack on the Thall police station", EXP, "Suicide bomb", "Bombing/Explosion",
    UAG, "Police", KP, "Hangu", "Thall", 1, "on Friday morning", 1, {"militants": 1}, 2,
    "The text calls the attack 'foiled', but one bomber's jacket partly exploded and injured two policemen, so it is coded as a Suicide bomb event rather than Disrupted weapons use (judgement call). The bomber shot by the sentries is explicitly counted by the text ('killing one of the bombers'), so killed = 1 militant. The arrest of the second attacker and the recovered jacket belong to this event.")])

R[24] = dict(publisher="Dawn",
  actors=[A("Pakistan Rangers", ["Sindh Rangers", "Rangers"]), A("Police", ["Police"]),
          G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"])],
  people=[],
  places=[L("Unit 7", "area", SI, "Hyderabad"), L("Latifabad", "area", SI, "Hyderabad"),
          L("Hyderabad", "city", SI, "Hyderabad")],
  incidents=[I("a low intensity blast in Unit 7 of Latifabad", EXP, "Remote explosive/landmine/IED",
    "Bombing/Explosion", "Sindhudesh Revolutionary Army", "Pakistan Rangers", SI, "Hyderabad", "Unit 7", 1,
    "on Monday morning", 0, {}, 2,
    "A timed device on a parked motorcycle went off as a Rangers vehicle passed; the vehicle was damaged and two passersby slightly hurt. The SRA claimed it. The target was the Rangers vehicle, so actor2 is Pakistan Rangers.")])

R[25] = dict(publisher="Dawn",
  actors=[TTP()],
  people=[],
  places=[L("Matta", "area", KP, "Swat"), L("Swat District", "district", KP, "Swat"),
          L("Khyber Pakhtunkhwa", "province", KP, None), L("Tangai Bala", "town", KP, "Swat")],
  not_incidents=["militants of the Tehreek e Taliban Pakistan (TTP) had blown up hundreds of schools and forced thousands of families to leave the valley",
                 "the bombing of a hujra in Tangai Bala village in 2010 in which seven members of a village defence committee were killed"],
  incidents=[I("staged a peace march in Matta tehsil", PRO, "Peaceful protest", None, "Protesters", None, KP, "Swat",
    "Matta", 1, "on Sunday", 0, {}, None,
    "A peaceful march against militancy. The text frames it as 'Matta tehsil', but the march ran from Matta bazaar to the tehsil headquarters, i.e. in Matta town, so precision 1 (judgement call; 2 if read as the tehsil). The 2008-2010 attacks the speakers recalled are background, not new incidents; the TTP is listed only because it is named in that background.")])

R[26] = dict(publisher="Daily Times",
  actors=[LEV(), TTP()],
  people=[P("Abdul Wadood Kakar", ["Haji Abdul Wadood Kakar"], ["local contractor", "kidnapped from Muslim Bagh and found shot dead"]),
          P("Gul Zaman", ["Gul Zaman"], ["militant killed in the exchange of fire with Levies", "member of the TTP"])],
  places=[L("Muslim Bagh", "town", BA, "Killa Saifullah"), L("Tora Ghundai", "area", BA, "Killa Saifullah"),
          L("Killa Saifullah District", "district", BA, "Killa Saifullah"), L("Balochistan", "province", BA, None),
          L("Sambaza", "area", BA, "Zhob"), L("Zhob District", "district", BA, "Zhob")],
  not_incidents=["the killing of two Levies personnel last year"],
  incidents=[
    I("The bullet riddled body of a local contractor, Haji Abdul Wadood Kakar, who had been kidnapped from Muslim Bagh five days ago, was found",
      VAC, "Attack", "Hostage Taking (Kidnapping)", UAG, "Civilians", BA, "Killa Saifullah", "Tora Ghundai", 1,
      "on Sunday", 1, {"civilians": 1}, None,
      "Abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping). The date and place are where and when the body was found; the abduction in Muslim Bagh five days earlier is part of this record. A contractor is a civilian (business) role. A ransom demand suggests a criminal gang, but none is named."),
    I("Levies personnel exchanged fire with militants during a search operation", BAT, "Armed clash", None, "Levies",
      "Tehreek-e-Taliban Pakistan", BA, "Zhob", "Sambaza", 1, "on the same day", 1, {"militants": 1}, 1,
      "A Levies search operation turned into a gunfight: state-initiated, so no GTD type. The dead militant was later identified as a TTP member, so actor2 is TTP. One Levies sepoy injured. The killing of two Levies men 'last year' is background.")])

R[27] = dict(publisher="The News",
  actors=[A("Security Forces", ["Security Forces", "SFs"])],
  people=[],
  places=[L("Sararogha", "area", KP, "South Waziristan"), L("South Waziristan Agency", "district", KP, "South Waziristan"),
          L("Shpalai Narai", "area", KP, "South Waziristan")],
  incidents=[
    I("Militants abducted four employees of a private construction company", VAC, "Abduction/forced disappearance",
      "Hostage Taking (Kidnapping)", UAG, "Civilians", KP, "South Waziristan", "Sararogha", 2, "on October 15, 2012", 0, {},
      None,
      "About 15 armed men took an engineer and three labourers from a road site; the guards were unharmed. Only the tehsil is given, so precision 2. Officials 'suspected' local Taliban militants, which is neither a claim nor a named organisation, so actor1 stays Unidentified." + FATA_NOTE),
    I("recovered the engineer and one of the labourers", SD, "Other", None, "Security Forces", UAG, KP,
      "South Waziristan", "Shpalai Narai", 2, "on Tuesday evening", 0, {}, None,
      "A search operation with an outcome: two hostages recovered after the abductors abandoned them, with no clash or arrest, so Strategic developments/Other with no GTD type (releases take none). 'Tuesday evening' is the day after the abduction. 'near Shpalai Narai', hence precision 2." + FATA_NOTE)])

R[28] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police", "policemen"])],
  people=[P("Habibullah Baloch", ["Sardar Habibullah Baloch", "Habibullah"],
            ["local leader of the Pakistan Tehreek e Insaf (PTI)", "PTI tehsil president"]),
          P("Naveed Iqbal", ["Naveed Iqbal"], ["guard of Habibullah Baloch", "killed in the attack"])],
  places=[L("Paharpur", "town", KP, "Dera Ismail Khan"), L("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
          L("Khyber Pakhtunkhwa", "province", KP, None), L("Daraban", "town", KP, "Dera Ismail Khan")],
  incidents=[
    I("A local leader of the Pakistan Tehreek e Insaf (PTI), identified as Sardar Habibullah Baloch, and his guard were shot dead",
      VAC, "Attack", "Armed Assault", UAG, "Civilians", KP, "Dera Ismail Khan", "Paharpur", 2, "on Thursday evening",
      2, {"civilians": 2}, None,
      "A tehsil-level party leader and his guard shot dead in his car. The guard takes his principal's (civilian) side, so two civilians. The guard fired back, but this remains a one-sided attack on civilians. A local office-holder is not a prominent figure, so Armed Assault rather than Assassination (compare BG-21, a central leader). 'near Paharpur town', hence precision 2. The PTI is named only as the victim's party and is not listed."),
    I("militants opened fire on a police patrol near Daraban", BAT, "Armed clash", "Armed Assault", UAG, "Police",
      KP, "Dera Ismail Khan", "Daraban", 2, "on the same night", 0, {}, 1,
      "Attack on a police patrol with return fire: Battles/Armed clash. One constable injured. 'near Daraban', hence precision 2.")])

R[29] = dict(publisher="The Express Tribune",
  actors=[LEV(), FC()],
  people=[],
  places=[L("Khost", "town", BA, "Harnai"), L("Harnai District", "district", BA, "Harnai"),
          L("Balochistan", "province", BA, None), L("Shangla District", "district", KP, "Shangla"),
          L("Khyber Pakhtunkhwa", "province", KP, None)],
  incidents=[I("armed men stormed a coal mine", VAC, "Attack", "Hostage Taking (Kidnapping)", UAG, "Civilians", BA,
    "Harnai", "Khost", 1, "late on Friday night", 4, {"civilians": 4}, None,
    "One raid: four miners shot dead, two taken away, a truck and generators burnt. Same attackers, place and time, so one incident, not separate killing and abduction records. ACLED Attack (the killings); GTD Hostage Taking (Kidnapping) because GTD ranks kidnapping above armed assault in its hierarchy (judgement call; Armed Assault is the alternative). Miners are a civilian role. The extortion threats are background. Shangla is the victims' home district. Khost here is the town in Harnai, not the Afghan city.")])

R[30] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["Police"]), G("Islamic State-Khorasan Province", ["Islamic State Khorasan Province", "ISKP"]), CTD()],
  people=[P("Gurmeet Singh", ["Gurmeet Singh"], ["Sikh cloth merchant", "shot dead at his shop"])],
  places=[L("Yakatoot", "area", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar"),
          L("Pishtakhara", "area", KP, "Peshawar"), L("Hayatabad", "area", KP, "Peshawar")],
  not_incidents=["of a policeman in Hayatabad a month earlier"],
  incidents=[
    I("A Sikh cloth merchant, identified as Gurmeet Singh (38), was shot dead by unidentified assailants", VAC,
      "Attack", "Armed Assault", "Islamic State-Khorasan Province", "Civilians", KP, "Peshawar", "Yakatoot", 2,
      "on Wednesday afternoon", 1, {"civilians": 1}, None,
      "'Unidentified assailants' in the first sentence, but ISKP 'later claimed the killing', so it is actor1. A merchant is a civilian role. The shop is placed only by the limits of Yakatoot Police Station, so precision 2. Targeted killing of a minority trader, not a prominent figure, so Armed Assault. Province not named; Peshawar is in Khyber Pakhtunkhwa."),
    I("Members of the Sikh community protested outside the Peshawar Press Club", PRO, "Peaceful protest", None,
      "Protesters", None, KP, "Peshawar", "Peshawar", 1, "later in the day", 0, {}, None,
      "A peaceful protest for protection of minorities the same day; no intervention reported."),
    I("the Counter Terrorism Department (CTD) killed two suspected ISKP militants in an exchange of fire", BAT,
      "Armed clash", None, "Counter Terrorism Department", "Islamic State-Khorasan Province", KP, "Peshawar",
      "Pishtakhara", 1, "on the intervening night of Friday and Saturday", 2, {"militants": 2}, None,
      "A CTD action with an exchange of fire: state-initiated, so no GTD type. 'Suspected ISKP militants' counted as militants. The Hayatabad policeman's killing 'a month earlier' is background.")])

def build():
    for n, r in R.items():
        d = {"article": f"BG-{n:02d}.txt", "about": "Hand-coded from the text alone.",
             "publisher": r["publisher"],
             "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                          "near_duplicate_sentences": [], "flag_as_damaged": []},
             "actors": r["actors"], "people": r["people"], "places": r["places"],
             "quotes": r.get("quotes", []), "incidents": r["incidents"],
             "not_incidents": r.get("not_incidents", []), "relations": [], "actor_profiles": {}}
        with open(os.path.join(HERE, f"BG-{n:02d}.gold.json"), "w") as f:
            f.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")
    print("wrote", len(R))

if __name__ == "__main__":
    build()
