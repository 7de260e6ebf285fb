# Typing aid: the gold codings below were decided by hand, report by report, from each text alone.
# Running this writes DA-NN.gold.json in the dev gold shape.
import json

KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AJK = "Islamabad Capital Territory", "Gilgit-Baltistan", "Azad Jammu and Kashmir"
UAG, CIV = "Unidentified Armed Group", "Civilians"

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}

def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}

def I(what, et, st, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

BAT, EXP, VAC, STR, PRO, RIO = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                "Strategic developments", "Protests", "Riots")
CLASH, IED, SUI, GREN, SHELL, AIR = ("Armed clash", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
                                     "Shelling/artillery/missile attack", "Air/drone strike")
BOMB, ARMED = "Bombing/Explosion", "Armed Assault"

POLICE = lambda m: A("Police", "state_force", 1, m)
SF = lambda m: A("Security Forces", "state_force", 1, m)
FC = lambda m: A("Frontier Corps", "state_force", 1, m)
LEVIES = A("Levies", "state_force", 1, ["Levies"])
TTP = lambda m: A("Tehreek-e-Taliban Pakistan", "armed_group", 2, m)
TTP_M = ["Tehreek e Taliban Pakistan", "TTP"]

G = {}

G[1] = dict(publisher="Dawn",
  actors=[POLICE(["Police", "Policemen", "policemen"])],
  people=[H("Zia ud Din Khattak", ["Zia ud Din Khattak"], ["District Police Officer (DPO)"])],
  places=[P("Miryan", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
          P("Khyber Pakhtunkhwa", "province", KP, None), P("Janikhel", "area", KP, "Bannu")],
  incidents=[I("terrorists dropped explosives from a quadcopter on the Miryan Police Station", EXP, AIR, BOMB,
      UAG, "Police", KP, "Bannu", "Miryan", 1, "late on the night of October 14, 2024", 0, {}, 2,
      "Two small mortar shells were released from a quadcopter over the police station; two policemen were injured. A drone dropping explosives is coded Air/drone strike whoever flies it; GTD Bombing/Explosion. The policemen's fire at the drone is the defence against the same attack, not a second incident. No group claimed it, so actor1 is Unidentified. Janikhel is only where the drone flew off to.")],
  not_incidents=[])

G[2] = dict(publisher="The Express Tribune",
  actors=[SF(["Security Forces", "SFs", "soldiers"]),
          TTP(["Fitna al Khawarij", "Tehreek-e-Taliban Pakistan", "TTP", "khawarij"])],
  people=[H("Sher Afzal", ["Lance Naik Sher Afzal"], ["Lance Naik", "soldier killed in the operation"]),
          H("Gul Nawaz", ["Sepoy Gul Nawaz"], ["Sepoy", "soldier killed in the operation"])],
  places=[P("Datta Khel", "area", KP, "North Waziristan"),
          P("North Waziristan District", "district", KP, "North Waziristan"),
          P("Mir Ali", "town", KP, "North Waziristan")],
  incidents=[
    I("Security Forces (SFs) shot dead six terrorists of Fitna al Khawarij", BAT, CLASH, None,
      "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "North Waziristan", "Datta Khel", 1, "on August 3",
      8, {"militants": 6, "security_forces": 2}, None,
      "An intelligence based operation, started by the state, that became an exchange of fire: GTD null as for raids. The text itself glosses Fitna al Khawarij as the state's term for the TTP, so actor2 is the TTP. Six militants and two named soldiers ('laid down their lives') died. 'Datta Khel area' is read like the dev files' 'X area' (precision 1). ISPR is the military's media wing, quoted as a source; it is not an armed actor and is not listed."),
    I("an improvised explosive device (IED) fitted to a parked motorcycle went off in Mir Ali Bazaar", EXP, IED, BOMB,
      UAG, CIV, KP, "North Waziristan", "Mir Ali", 1, "the same evening", 1, {"civilians": 1}, 1,
      "A separate bombing in Mir Ali Bazaar the same evening. A shopkeeper (a civilian role, like a trader) was killed; his son was wounded. No claim, so Unidentified.")],
  not_incidents=[])

G[3] = dict(publisher="Daily Times",
  actors=[POLICE(["Police", "police"])],
  people=[H("Haji Abdul Ghani Kakar", ["Haji Abdul Ghani Kakar"], ["shopkeeper", "escaped unhurt", "had been receiving extortion calls"])],
  places=[P("Prince Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Mizan Chowk", "area", BA, "Quetta")],
  incidents=[I("unidentified assailants hurled a hand grenade at a mobile phone shop on Prince Road", EXP, GREN, BOMB,
      UAG, CIV, BA, "Quetta", "Prince Road", 1, "on June 18", 1, {}, 3,
      "A grenade thrown at a shop; 'A man' was killed, so no side is given, and three were injured. The extortion calls hint at a criminal motive, but the text reports it as an attack by unidentified assailants, so it is coded as a grenade attack on civilians. The shopkeeper escaped unhurt and is not the man killed. Balochistan is not named in the text but Quetta is its capital.")],
  not_incidents=[])

G[4] = dict(publisher="Dawn",
  actors=[FC(["Frontier Corps", "FC"]),
          A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
  people=[H("Meerak Baloch", ["Meerak Baloch"], ["BLF spokesman"]),
          H("Abdul Samad Dashti", ["Abdul Samad Dashti"], ["revenue official", "his house was targeted with a grenade"])],
  places=[P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
          P("Balochistan", "province", BA, None), P("Hoshab", "area", BA, "Kech"), P("Turbat", "city", BA, "Kech")],
  incidents=[
    I("militants stormed a checkpost in the Buleda area", BAT, CLASH, ARMED,
      "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Buleda", 1, "on the night of March 9",
      4, {"security_forces": 4}, 2,
      "Rockets and automatic weapons against an FC post, with the FC returning fire for two hours: an attack on a state force with gunfire is Battles/Armed clash. The BLF claimed it, so it is actor1. Four FC personnel killed, two injured."),
    I("the bullet riddled bodies of two labourers, who had been abducted from a road construction site near Hoshab a week earlier, were found", VAC, "Attack", "Hostage Taking (Kidnapping)",
      UAG, CIV, BA, "Kech", "Kech District", 2, None, 2, {"civilians": 2}, None,
      "Abducted and later killed: Attack with GTD Hostage Taking (Kidnapping). Labourers are a civilian role. The bodies were found 'in the same district' (Kech), at an unnamed riverbed, so the location is the district at precision 2; Hoshab is where they were taken. No date is given for the discovery ('Separately'), and the abduction date is only 'a week earlier'. The BLF claim covers only the checkpost attack."),
    I("a hand grenade was lobbed into the courtyard of the house of a revenue official", EXP, GREN, BOMB,
      UAG, CIV, BA, "Kech", "Turbat", 1, "on March 10", 0, {}, 2,
      "Two children injured by a grenade thrown into a revenue official's house in Turbat. A revenue official is not a prominent target and the weapon is a grenade, so Bombing/Explosion, not Assassination.")],
  not_incidents=[])

G[5] = dict(publisher="The Express Tribune",
  actors=[POLICE(["Police"])],
  people=[H("Syed Ali Raza Zaidi", ["Syed Ali Raza Zaidi"], ["senior doctor", "member of the Shia community", "shot dead"]),
          H("Muhammad Ayaz", ["Muhammad Ayaz"], ["driver of Syed Ali Raza Zaidi", "injured"])],
  places=[P("Block 13", "area", SI, "Karachi"), P("Gulistan e Jauhar", "area", SI, "Karachi"),
          P("Karachi", "city", SI, "Karachi"), P("Sindh", "province", SI, None)],
  incidents=[I("was shot dead by two armed pillion riders outside his clinic", VAC, "Attack", ARMED,
      UAG, CIV, SI, "Karachi", "Block 13", 1, "on February 11", 1, {"civilians": 1}, 1,
      "A sectarian target killing of a Shia doctor (a civilian role) outside his clinic; his driver was wounded (injured are not split by side). Targeted for his community rather than as a prominent figure, so Armed Assault, as with the dev files' sectarian killings. No group is named. The Pakistan Medical Association is a professional body, not an actor. The earlier killings of doctors are background with no date or place. The report is cut off mid-sentence.")],
  not_incidents=["It was the third killing of a doctor in the city this month"])

G[6] = dict(publisher="Dawn",
  actors=[A("Lashkar-e-Jhangvi al-Alami", "armed_group", 2, ["Lashkar e Jhangvi al Alami", "LeJ A"]),
          POLICE(["Police", "policemen"])],
  people=[],
  places=[P("Basti Bohar", "town", PU, "Dera Ghazi Khan"), P("Kot Chutta", "area", PU, "Dera Ghazi Khan"),
          P("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"), P("Punjab", "province", PU, None)],
  incidents=[I("a suicide bomber blew himself up at the entrance of an imambargah", EXP, SUI, BOMB,
      "Lashkar-e-Jhangvi al-Alami", CIV, PU, "Dera Ghazi Khan", "Basti Bohar", 1, "on October 21",
      5, {"security_forces": 2}, 17,
      "Suicide bombing at a Shia imambargah during a Muharram majlis; LeJ A claimed it. Police give 'at least five' dead, hospital sources seven: the most conservative figure, 5, is used. Two of the dead are policemen; the other three are 'persons' with no side. The bomber is not counted. The target was the religious gathering, so actor2 is Civilians even though the police guards at the gate died.")],
  not_incidents=[])

G[7] = dict(publisher="The News",
  actors=[POLICE(["police", "Police"]), TTP(TTP_M)],
  people=[H("Mudassar Iqbal", ["Constable Mudassar Iqbal"], ["police constable", "injured"])],
  places=[P("Tarnol", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"), P("Sangjani", "area", ICT, "Islamabad")],
  incidents=[I("Unidentified gunmen riding a motorcycle opened fire on a police picket near Tarnol", BAT, CLASH, ARMED,
      "Tehreek-e-Taliban Pakistan", "Police", ICT, "Islamabad", "Tarnol", 2, "on the night of January 27",
      1, {"militants": 1}, 1,
      "Gunmen fired on a police picket and the police fired back, killing one attacker: Battles/Armed clash. The TTP claimed it, so it is actor1 although the text first says 'Unidentified gunmen'. The dead attacker is counted as a militant (one of the attackers of a claimed militant attack). The constable was wounded. 'Near Tarnol on the outskirts of Islamabad', hence precision 2. Sangjani is only the escape direction.")],
  not_incidents=[])

G[8] = dict(publisher="Pakistan Today",
  actors=[POLICE(["police", "Police"])],
  people=[H("Raja Mehboob Alam", ["Raja Mehboob Alam"], ["Senior Superintendent of Police (SSP) Diamer"])],
  places=[P("Kotgali", "town", GB, "Diamer"), P("Darel", "area", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"),
          P("Gilgit-Baltistan", "province", GB, None), P("Karakoram Highway", "area", GB, "Diamer"),
          P("Thor Nullah", "area", GB, "Diamer"), P("Chilas", "town", GB, "Diamer")],
  incidents=[
    I("Unidentified miscreants set fire to a government girls primary school in Kotgali village", STR, "Looting/property destruction", "Facility/Infrastructure Attack",
      UAG, None, GB, "Diamer", "Kotgali", 1, "in the early hours of August 2", 0, {}, 0,
      "Arson of an empty school with no casualties ('no one was present in the building'), so Strategic developments / Looting/property destruction, GTD Facility/Infrastructure Attack (fire, not explosives). No one was harmed, so actor2 is null. The Karakoram Highway stretch is coded to Diamer, where the text places it."),
    I("gunmen fired upon a police vehicle patrolling the Karakoram Highway (KKH) near Thor Nullah", BAT, CLASH, ARMED,
      UAG, "Police", GB, "Diamer", "Thor Nullah", 2, "Later the same day", 0, {}, 1,
      "Gunmen fired on a police patrol and there was 'a brief exchange of fire': Battles/Armed clash. A head constable was wounded. 'Near Thor Nullah, some 20 kilometres from Chilas', hence precision 2. The search operation reports no outcome and is not an incident.")],
  not_incidents=["a search operation had been launched in both areas"])

G[9] = dict(publisher="The Express Tribune",
  actors=[A("Indian Army", "state_force", 8, ["Indian troops"]), SF(["Pakistani troops"])],
  people=[],
  places=[P("Line of Control", "area", None, None), P("Nakyal", "area", AJK, "Kotli"),
          P("Kotli District", "district", AJK, "Kotli"), P("Azad Jammu and Kashmir", "province", AJK, None),
          P("Dharti Mohra", "town", AJK, "Kotli")],
  incidents=[I("Indian troops resorted to unprovoked shelling along the Line of Control (LoC)", EXP, SHELL, None,
      "Indian Army", CIV, AJK, "Kotli", "Dharti Mohra", 1, "on March 5, 2018", 1, {}, 3,
      "Cross-LoC mortar fire by a foreign state force: Shelling, GTD null (not a terrorist attack). The rules leave out foreign forces named only as victims or accusers; here the Indian troops are the perpetrators, so they are actor1 with inter 8. The shells fell on houses in Dharti Mohra, the most precise place. The dead is 'a 60 year old woman' (no status beyond sex, so no side, as for 'a woman' in the dev files); three injured. The Pakistani return fire is part of the same exchange. ISPR is only the source.")],
  not_incidents=[])

G[10] = dict(publisher="The Express Tribune",
  actors=[A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]), LEVIES],
  people=[],
  places=[P("Mangochar", "town", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat"), P("Balochistan", "province", BA, None),
          P("Karachi", "city", SI, "Karachi"), P("Punjab", "province", PU, None)],
  incidents=[
    I("shot dead five of them afterchecking their national identity cards", VAC, "Attack", ARMED,
      "Balochistan Liberation Army", CIV, BA, "Kalat", "Mangochar", 2, "on the night of May 30",
      5, {"civilians": 5}, None,
      "Gunmen blocked the highway, offloaded coach passengers and shot five labourers dead on the spot after checking their identity cards; the BLA claimed the killings. Passengers and labourers are civilian roles. They were killed on the spot, not taken away, so Armed Assault rather than Kidnapping. The torching of three trucks is part of the same attack. 'Near Mangochar', hence precision 2. ('afterchecking' is a run-together word in the source.)"),
    I("a Levies bomb disposal team defused a six kilogramme improvised explosive device", STR, "Disrupted weapons use", BOMB,
      "Levies", UAG, BA, "Kalat", "Mangochar", 2, "On the following morning", 0, {}, None,
      "A defused IED on the same highway, five kilometres from the killing site: Disrupted weapons use, GTD Bombing/Explosion as in the dev files. The BLA claim names only 'the killings', so the planter stays Unidentified.")],
  not_incidents=[])

G[11] = dict(publisher="Dawn",
  actors=[TTP(TTP_M), POLICE(["Police", "policemen"])],
  people=[H("Umar Khitab", ["Maulvi Umar Khitab"], ["TTP Swat spokesman"])],
  places=[P("Matta", "town", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
          P("North West Frontier Province", "province", KP, None), P("Kabal", "area", KP, "Swat")],
  incidents=[
    I("Militants of the Tehreek e Taliban Pakistan (TTP) overran the Matta Police Station", BAT, "Non-state actor overtakes territory", ARMED,
      "Tehreek-e-Taliban Pakistan", "Police", KP, "Swat", "Matta", 1, "on November 3, 2008",
      2, {"security_forces": 2}, None,
      "After a four-hour gun battle the TTP took the police station, the police withdrew and the militants raised their flag and set up checkpoints: control changed by force, so Non-state actor overtakes territory. GTD Armed Assault. Two policemen killed. The text says North West Frontier Province (NWFP), the province's name before 2010; admin1 is coded Khyber Pakhtunkhwa."),
    I("a government girls middle school was blown up in Kabal tehsil", EXP, IED, BOMB,
      "Tehreek-e-Taliban Pakistan", None, KP, "Swat", "Kabal", 2, "during the night", 0, {}, 0,
      "The TTP Swat spokesman 'claimed both attacks', so the school bombing is the TTP's too. 'There were no casualties', so killed and injured are 0 and actor2 is null (property only). Only the tehsil is given, hence precision 2. The date is only 'during the night' of the same report; no separate date is written.")],
  not_incidents=[])

G[12] = dict(publisher="Dawn",
  actors=[POLICE(["police", "policemen", "Police"]),
          A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]), TTP(TTP_M),
          A("Bomb Disposal Unit", "state_force", 1, ["Bomb Disposal Unit", "BDU"])],
  people=[H("Sajid Mehmood Durrani", ["Sajid Mehmood Durrani"], ["Capital City Police Officer (CCPO)"])],
  places=[P("Warsak Road", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
          P("Budhni", "area", KP, "Peshawar"), P("Shaheen Muslim Town", "area", KP, "Peshawar"),
          P("Hayatabad", "area", KP, "Peshawar")],
  incidents=[
    I("a suicide bomber rammed his explosives laden motorcycle into a police van on Warsak Road", EXP, SUI, BOMB,
      "Jamaat-ul-Ahrar", "Police", KP, "Peshawar", "Warsak Road", 1, "on the morning of September 2",
      4, {"security_forces": 3, "civilians": 1}, 9,
      "Suicide motorcycle bomb against a police van; JuA claimed it. Three policemen and a passer-by (a civilian role) were 'martyred', so 3 security forces and 1 civilian; the bomber is not counted. The nine injured have no stated side. The arrest of 23 suspects in a search of the surrounding localities follows this bombing, so it belongs to this record and is not a separate Arrests incident. The TTP is named only as JuA's parent."),
    I("the Bomb Disposal Unit (BDU) defused a five kilogramme bomb", STR, "Disrupted weapons use", BOMB,
      "Bomb Disposal Unit", UAG, KP, "Peshawar", "Hayatabad", 1, "Hours later", 0, {}, None,
      "A bomb defused near a CNG station in Hayatabad: Disrupted weapons use. Nothing ties it to JuA, so the planter is Unidentified.")],
  not_incidents=[])

G[13] = dict(publisher="The Express Tribune",
  actors=[POLICE(["policemen", "Police"]), A("Tehreek-e-Jihad Pakistan", "armed_group", 2, ["Tehreek e Jihad Pakistan", "TJP"])],
  people=[],
  places=[P("Shah Alam", "area", KP, "Dera Ismail Khan"), P("Paharpur", "area", KP, "Dera Ismail Khan"),
          P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
  incidents=[I("heavily armed terrorists attacked the Shah Alam police post", BAT, CLASH, ARMED,
      "Tehreek-e-Jihad Pakistan", "Police", KP, "Dera Ismail Khan", "Shah Alam", 1, "In the early hours of December 12",
      6, {"security_forces": 4, "militants": 2}, 5,
      "Grenades and then a gun battle of about ninety minutes against a police post: Battles/Armed clash (not Grenade, since there was an exchange of fire). The TJP claimed it. Four policemen 'embraced martyrdom' and two assailants were killed; five others (the text implies policemen, but does not say) were wounded.")],
  not_incidents=[])

G[14] = dict(publisher="Daily Times",
  actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LI"]), A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam", "AI"])],
  people=[],
  places=[P("Afghanistan", "country", None, None), P("Takhtabeg", "area", KP, "Khyber"), P("Jamrud", "area", KP, "Khyber"),
          P("Khyber Agency", "district", KP, "Khyber"), P("Federally Administered Tribal Areas", "area", KP, None),
          P("Sipah", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber")],
  incidents=[
    I("Militants set ablaze 12 oil tankers carrying fuel for NATO forces", STR, "Looting/property destruction", "Facility/Infrastructure Attack",
      UAG, None, KP, "Khyber", "Takhtabeg", 1, "on the night of June 8", 0, {}, 0,
      "Arson of oil tankers at a terminal with 'no one was hurt': property destruction, GTD Facility/Infrastructure Attack (fire). NATO is named only as the owner of the fuel (a foreign force as victim) and is left out of actors. No group is named. FATA is coded Khyber Pakhtunkhwa."),
    I("at least eight militants were killed on June 9 when fighters of the Lashkar e Islam (LI) and the rival Ansarul Islam (AI) clashed", BAT, CLASH, None,
      "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sipah", 1, "on June 9",
      8, {"militants": 8}, None,
      "Fighting between two armed groups over hilltop positions (no territory is said to change hands): Armed clash, interaction 22. Militant-on-militant fighting is not a GTD terrorist attack, so GTD null. 'At least eight' = 8, all militants; the claims of heavy losses are unverified and not counted.")],
  not_incidents=[],
  relations=[{"a": "Lashkar-e-Islam", "b": "Ansar-ul-Islam", "kind": "hostile",
              "evidence": "fighters of the Lashkar e Islam (LI) and the rival Ansarul Islam (AI) clashed"}])

G[15] = dict(publisher="Dawn",
  actors=[A("Turi Tribal Militia", "identity_militia", 4, ["Turi"]), A("Bangash Tribal Militia", "identity_militia", 4, ["Bangash"]),
          FC(["Frontier Corps", "FC"])],
  people=[],
  places=[P("Boshehra", "area", KP, "Kurram"), P("Kurram District", "district", KP, "Kurram"),
          P("Pewar", "area", KP, "Kurram"), P("Balishkhel", "area", KP, "Kurram"), P("Parachinar", "city", KP, "Kurram"),
          P("Kohat", "district", KP, "Kohat"), P("Orakzai", "district", KP, "Orakzai")],
  incidents=[
    I("three days of fighting between Turi and Bangash tribesmen", BAT, CLASH, None,
      "Turi Tribal Militia", "Bangash Tribal Militia", KP, "Kurram", "Boshehra", 1, "on July 24",
      11, {}, 30,
      "A tribal land dispute fought with mortars and machine guns: Armed clash between two identity militias (inter 4, interaction 44), as ACLED codes communal tribal fighting. Judgement call: the tribes are not organisations in the usual sense, but they are the named fighting sides, so they are listed as tribal militias. Not terrorism, so GTD null. 'At least 11 people' = 11, no side ('people'). The fighting began at Boshehra on July 24 and spread to Pewar and Balishkhel; it is coded as one three-day event at its origin."),
    I("a grand jirga of elders from Kohat and Orakzai brokered a ceasefire", STR, "Agreement", None,
      "Turi Tribal Militia", "Bangash Tribal Militia", KP, "Kurram", "Kurram District", 2, "On July 27", 0, {}, None,
      "A ceasefire between the two tribes, brokered by a jirga: Agreement. The parties to the agreement are the two tribes; the jirga (from Kohat and Orakzai) is a mediator, not an actor. No place is given for the jirga, so the district at precision 2. The handover of positions to the FC is part of the deal.")],
  not_incidents=["Mobile phone and internet services remained suspended in Parachinar"],
  relations=[{"a": "Turi Tribal Militia", "b": "Bangash Tribal Militia", "kind": "hostile",
              "evidence": "three days of fighting between Turi and Bangash tribesmen"}])

G[16] = dict(publisher="The News",
  actors=[POLICE(["policeman", "police"]),
          A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"])],
  people=[H("Abdul Wakeel", ["Maulana Abdul Wakeel"], ["district deputy emir of the Jamiat Ulema e Islam Fazl (JUI F)"])],
  places=[P("Charmang", "area", KP, "Bajaur"), P("Nawagai", "area", KP, "Bajaur"), P("Bajaur District", "district", KP, "Bajaur"),
          P("Khar", "town", KP, "Bajaur")],
  incidents=[
    I("a police vehicle escorting an anti polio team was targeted with a remote controlled improvised explosive device (IED)", EXP, IED, BOMB,
      "Islamic State-Khorasan Province", "Police", KP, "Bajaur", "Charmang", 1, "on April 23",
      1, {"security_forces": 1}, 2,
      "The IED targeted the police escort vehicle, so actor2 is Police; ISKP claimed it. One policeman killed; the two injured have no stated status. The suspension of the vaccination drive is a consequence, not an incident."),
    I("Maulana Abdul Wakeel, district deputy emir of the Jamiat Ulema e Islam Fazl (JUI F), was gunned down by two motorcyclists", VAC, "Attack", "Assassination",
      UAG, CIV, KP, "Bajaur", "Khar", 1, "the same evening", 1, {"civilians": 1}, None,
      "Judgement call: a named district office-holder of a political party, shot by two motorcyclists near his seminary, is treated as a specific prominent target, so GTD Assassination (a mere party worker would be Armed Assault). A party leader is a civilian role. JUI F appears only as the victim's party, so it is not an actor. The ISKP claim covers only the IED, so actor1 is Unidentified.")],
  not_incidents=["The vaccination drive in the tehsil was suspended for two days"])

G[17] = dict(publisher="The Nation",
  actors=[SF(["troops"])],
  people=[H("Rehmat Ullah", ["Sepoy Rehmat Ullah"], ["Sepoy", "killed in the exchange of fire"])],
  places=[P("Afghanistan", "country", None, None), P("Baizai", "area", KP, "Mohmand"), P("Mohmand District", "district", KP, "Mohmand")],
  incidents=[I("Five terrorists were killed when troops foiled an infiltration bid from Afghanistan", BAT, CLASH, None,
      "Security Forces", UAG, KP, "Mohmand", "Baizai", 2, "on the night of January 6",
      6, {"militants": 5, "security_forces": 1}, None,
      "Troops engaged a group crossing the border fence; five 'terrorists' and one sepoy died in the exchange of fire. The group is not named, so actor2 is Unidentified. The state intercepted the group, so GTD null (as for raids). Only the tehsil is given, hence precision 2. The call on the interim Afghan government is a diplomatic statement, not an ACLED event; ISPR is the source, not an actor; 'Pakistan' there stands for the government and is not coded as a place.")],
  not_incidents=["Pakistan expects the interim Afghan government to ensure effective border management"])

G[18] = dict(publisher="The News",
  actors=[SF(["Troops", "soldiers"]), TTP(TTP_M)],
  people=[],
  places=[P("Narai Oba", "town", KP, "South Waziristan"), P("Makeen", "town", KP, "South Waziristan"),
          P("South Waziristan Agency", "district", KP, "South Waziristan"), P("Ladha", "area", KP, "South Waziristan")],
  incidents=[
    I("Troops took control of Narai Oba village", BAT, "Government regains territory", None,
      "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "South Waziristan", "Narai Oba", 1, "on November 2, 2009",
      13, {"militants": 11, "security_forces": 2}, None,
      "Troops took a village held by the TTP after three days of fighting: Government regains territory. State offensive, so GTD null. 11 militants and 2 soldiers killed. The village is named, so precision 1 ('near Makeen' only locates it). FATA agency coded Khyber Pakhtunkhwa."),
    I("jet fighters pounded suspected TTP hideouts in the Ladha area", EXP, AIR, None,
      "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "South Waziristan", "Ladha", 1, "On the same day",
      12, {"militants": 12}, None,
      "Air strikes by state jets on TTP hideouts. The air force is not named, so actor1 is the generic Security Forces. 'Dozens of militants' = 12 by the ACLED rule for vague counts; the figure is from official sources and unverified. GTD null (state action).")],
  not_incidents=[])

G[19] = dict(publisher="Dawn",
  actors=[LEVIES, FC(["Frontier Corps", "FC"]),
          A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"])],
  people=[H("Mureed Baloch", ["Mureed Baloch"], ["self-described spokesman of the Baloch Republican Army (BRA)"])],
  places=[P("Pattar Nala", "area", BA, "Dera Bugti"), P("Dera Bugti District", "district", BA, "Dera Bugti"),
          P("Dera Murad Jamali", "town", BA, "Naseerabad"), P("Naseerabad District", "district", BA, "Naseerabad"),
          P("Quetta", "city", BA, "Quetta"), P("Balochistan", "province", BA, None)],
  incidents=[
    I("Two shepherds were killed when their flock triggered a landmine", EXP, IED, BOMB,
      "Baloch Republican Army", CIV, BA, "Dera Bugti", "Pattar Nala", 1, "on the morning of September 14, 2007",
      2, {"civilians": 2}, None,
      "A victim-activated landmine (Remote explosive/landmine/IED). It was laid on a track used by FC patrols, but those harmed were shepherds (a civilian role), so actor2 is Civilians. The BRA claimed 'both blasts', so it is actor1."),
    I("a powerful explosion damaged a portion of the railway track near Dera Murad Jamali", EXP, IED, BOMB,
      "Baloch Republican Army", CIV, BA, "Naseerabad", "Dera Murad Jamali", 2, "Hours later",
      0, {}, 7,
      "A track bomb went off as a passenger train passed, derailing three bogies and injuring seven passengers; claimed by the BRA with the landmine. Passengers were harmed, so actor2 is Civilians. 'Near Dera Murad Jamali', hence precision 2. The 14-hour suspension of rail traffic is a consequence.")],
  not_incidents=["Rail traffic between Balochistan and the rest of the country remained suspended for 14 hours"])

G[20] = dict(publisher="Business Recorder",
  actors=[],
  people=[H("Zahida Paracha", ["Senator Zahida Paracha"], ["Senator"])],
  places=[P("Pakistan", "country", None, None), P("Islamabad", "city", ICT, "Islamabad"),
          P("Khyber Pakhtunkhwa", "province", KP, None), P("Balochistan", "province", BA, None), P("Peshawar", "city", KP, "Peshawar")],
  incidents=[],
  not_incidents=["Pakistan witnessed 306 terrorist attacks during the last calendar year",
                 "The National Counter Terrorism Authority (NACTA) issued 148 threat alerts during the year",
                 "a revised counter terrorism strategy would be placed before the House next month"])

G[21] = dict(publisher="The Express Tribune",
  actors=[LEVIES, A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
  people=[H("Abdul Haq Baloch", ["Abdul Haq Baloch"], ["government schoolteacher", "shot dead"])],
  places=[P("Tump", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
          P("Chitkan", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur")],
  incidents=[
    I("Dozens of armed men entered the main bazaar of Tump in Kech District on the evening of April 19 and held it for nearly three hours", BAT, "Non-state actor overtakes territory", "Facility/Infrastructure Attack",
      "Balochistan Liberation Front", "Levies", BA, "Kech", "Tump", 1, "on the evening of April 19",
      0, {}, 0,
      "Judgement call: the BLF held the bazaar for about three hours, disarmed the Levies, burned the NADRA office and a bank branch, and left. It is coded as a (temporary) Non-state actor overtakes territory, since the text and the claim both speak of taking control; Looting/property destruction would be the alternative. GTD Facility/Infrastructure Attack (arson, no casualties; 'No casualties were reported'). NADRA is a civil agency and not an actor."),
    I("unidentified gunmen shot dead a government schoolteacher, Abdul Haq Baloch", VAC, "Attack", ARMED,
      UAG, CIV, BA, "Panjgur", "Chitkan", 1, "the same night", 1, {"civilians": 1}, None,
      "A schoolteacher (a civilian role) shot dead near his home. The BLF claim is about Tump only, so Unidentified. Not a prominent figure, so Armed Assault.")],
  not_incidents=[])

G[22] = dict(publisher="Dawn",
  actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
          POLICE(["Police"]), A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])],
  people=[H("Jumo Khan Jatoi", ["Jumo Khan Jatoi"], ["alleged SRA activist", "arrested by the CTD"])],
  places=[P("Pano Akil", "town", SI, "Sukkur"), P("Sukkur District", "district", SI, "Sukkur"), P("Larkana", "city", SI, "Larkana"),
          P("Qasimabad", "area", SI, "Hyderabad"), P("Hyderabad", "city", SI, "Hyderabad")],
  incidents=[
    I("A low intensity bomb planted on the railway track damaged about two feet of the line", EXP, IED, BOMB,
      "Sindhudesh Revolutionary Army", None, SI, "Sukkur", "Pano Akil", 2, "on the night of May 17", 0, {}, None,
      "A low-intensity track bomb claimed by the SRA; only the track was damaged and no casualties are mentioned, so killed 0, injured null and actor2 null. 'Near Pano Akil', hence precision 2."),
    I("another cracker went off outside the office of a Chinese-run construction company in Larkana", EXP, IED, BOMB,
      UAG, None, SI, "Larkana", "Larkana", 1, "the same night", 0, {}, 0,
      "A second low-intensity device ('cracker') broke windows and caused 'no injuries'. The SRA claim is for 'the blast' on the railway line only, so this one stays Unidentified (as with the second pipeline in the dev files). Property only, so actor2 null."),
    I("the Counter Terrorism Department (CTD) arrested an alleged SRA activist", STR, "Arrests", None,
      "Counter Terrorism Department", "Sindhudesh Revolutionary Army", SI, "Hyderabad", "Qasimabad", 1, "on May 18", 0, {}, None,
      "An arrest with recovery of grenades and a detonator that the text does not tie to the blasts ('Separately'), so it is its own Arrests incident; no GTD type for arrests.")],
  not_incidents=["Train services on the main line were suspended for four hours"])

G[23] = dict(publisher="The Express Tribune",
  actors=[POLICE(["Police"])],
  people=[H("Dileep Kumar Lohana", ["Dileep Kumar Lohana"], ["Hindu trader", "abducted"])],
  places=[P("Kandhkot", "town", SI, "Kashmore"), P("Kashmore District", "district", SI, "Kashmore")],
  incidents=[
    I("Dacoits abducted a Hindu trader, Dileep Kumar Lohana, and his driver", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
      UAG, CIV, SI, "Kashmore", "Kandhkot", 2, "on the evening of March 2", 0, {}, None,
      "Kidnapping for ransom by a criminal gang ('dacoits', about eight armed men); no gang is named, so Unidentified Armed Group. This is organised crime, but an armed abduction of civilians is still ACLED Abduction/forced disappearance and GTD Kidnapping as SATP reports it. The driver's release the next morning with a ransom demand is part of the same incident. 'Near Kandhkot', hence precision 2."),
    I("members of the Hindu community and traders observed a shutter down strike and staged a sit in", PRO, "Peaceful protest", None,
      "Protesters", None, SI, "Kashmore", "Kandhkot", 1, "On March 4", 0, {}, None,
      "A strike and road blockade demanding the trader's recovery, ended 'peacefully' after police assurances with no intervention: Peaceful protest. The protesters are not an organisation, so actor1 is the generic label Protesters (inter 6); no GTD type for protests.")],
  not_incidents=[])

G[24] = dict(publisher="Dawn",
  actors=[POLICE(["Police"])],
  people=[],
  places=[P("Chak 54", "town", PU, "Hafizabad"), P("Pindi Bhattian", "town", PU, "Hafizabad"), P("Hafizabad District", "district", PU, "Hafizabad")],
  incidents=[I("A charged mob set fire to the house of a Christian sanitary worker and ransacked a small church", RIO, "Mob violence", None,
      "Rioters", CIV, PU, "Hafizabad", "Chak 54", 1, "on June 11", 0, {}, 0,
      "A mob attack on a blasphemy-accused Christian worker's home and a church: Riots / Mob violence, actor1 the generic label Rioters (inter 5), actor2 Civilians (interaction 57). 'No one was hurt', so 0 and 0. The arrest of fourteen rioters is tied to this incident and is not a separate Arrests record; the case against the worker is a legal step, not an incident. The village is named, so precision 1 ('near Pindi Bhattian' locates it). No GTD type (not a terrorist attack).")],
  not_incidents=["a case was also registered against the accused worker under the blasphemy laws"])

G[25] = dict(publisher="The News",
  actors=[POLICE(["Police", "police"])],
  people=[H("Malik Gul Rehman", ["Malik Gul Rehman", "Gul Rehman"], ["member of the local aman (peace) committee", "shot dead"])],
  places=[P("Tajori", "town", KP, "Lakki Marwat"), P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
          P("Khyber Pakhtunkhwa", "province", KP, None)],
  incidents=[I("militants ambushed their car near Tajori", BAT, CLASH, ARMED,
      UAG, UAG, KP, "Lakki Marwat", "Tajori", 2, "on February 25",
      1, {}, 1,
      "Judgement call, following the dev file on the pro-government Lashkar leader's guard: a member of an unnamed peace committee (a pro-government militia) is coded as an armed actor, so actor2 is Unidentified Armed Group and the killing is an armed ambush on a militia member (Battles/Armed clash, GTD Armed Assault); the alternative is Violence against civilians. A militiaman fits none of the sides, so killed_by_side is empty. His nephew was injured. The police only 'suspected' the 'local Taliban', which is not a named organisation and not a claim, so actor1 is Unidentified. 'Near Tajori', hence precision 2. The attempt on his life two years ago is background.")],
  not_incidents=["Gul Rehman had survived an attempt on his life two years ago"])

G[26] = dict(publisher=None,
  actors=[],
  people=[H("Gul Zaman", ["Gul Zaman"], ["ran a CD and video shop", "shot dead"])],
  places=[P("Thall", "town", KP, "Hangu"), P("Hangu District", "district", KP, "Hangu")],
  incidents=[I("unidentified armed men shot dead Gul Zaman", VAC, "Attack", ARMED,
      UAG, CIV, KP, "Hangu", "Thall", 1, None, 1, {"civilians": 1}, 1,
      "A CD shop owner (a shopkeeper, civilian role) was shot dead and his brother injured in the bazaar. The threatening letters against music and film shops point to Taliban-style militants, but no group is named, so Unidentified. The report has no date ('late at night' gives only the time) and no outlet; it starts lowercase, as clipped SATP lines do.")],
  not_incidents=["they had received threatening letters a week earlier"])

G[27] = dict(publisher="Dawn",
  actors=[TTP(TTP_M), FC(["Frontier Corps", "FC"])],
  people=[],
  places=[P("Lower Chitral District", "district", KP, "Lower Chitral"), P("Afghanistan", "country", None, None),
          P("Arandu", "town", KP, "Lower Chitral"), P("Bumburet", "area", KP, "Lower Chitral"), P("Birir", "area", KP, "Lower Chitral")],
  incidents=[],
  not_incidents=["a large number of Tehreek e Taliban Pakistan (TTP) militants had gathered across the border in Afghanistan",
                 "a search operation was carried out in the Bumburet and Birir valleys",
                 "Educational institutions in Arandu were closed for a week",
                 "the attack on border posts in the district last year"])

G[28] = dict(publisher="Dawn",
  actors=[POLICE(["police"])],
  people=[],
  places=[P("Marine Drive", "area", BA, "Gwadar"), P("Gwadar", "city", BA, "Gwadar")],
  incidents=[I("police fired tear gas shells and baton charged hundreds of fishermen and residents", PRO, "Protest with intervention", None,
      "Protesters", "Police", BA, "Gwadar", "Marine Drive", 1, "on January 8", 0, {}, None,
      "Police dispersed a sit-in with tear gas and baton charges and detained 23 people: Protest with intervention (no lethal force, so not Excessive force against protesters). The detentions are part of the same event. 'Several others sustained injuries' gives no number, so injured is null. No organisation is named for the protesters. The later Section 144 order is an administrative measure, not an incident.")],
  not_incidents=["imposed Section 144 in the city for a month"])

G[29] = dict(publisher="The News",
  actors=[LEVIES],
  people=[H("Naveed Ahmed Achakzai", ["Naveed Ahmed Achakzai"], ["Assistant Commissioner (AC) of Chaman"])],
  places=[P("Mall Road", "area", BA, "Chaman"), P("Chaman", "city", BA, "Chaman"), P("Chaman District", "district", BA, "Chaman")],
  incidents=[I("a remote controlled bomb fitted to a motorcycle exploded near his official vehicle", EXP, IED, "Assassination",
      UAG, CIV, BA, "Chaman", "Mall Road", 1, "on November 30",
      1, {"civilians": 1}, 2,
      "A bomb aimed at a named Assistant Commissioner, who escaped: GTD Assassination (specific prominent official). As with the dev file on the MPA, a civilian official's targeting gives actor2 Civilians. A passer-by (civilian role) was critically wounded and later succumbed: he is counted once, as killed, not also as injured; the two injured are the Levies escorts (injured are not split by side). The detention of two suspects right after the blast is part of this incident. The text names Chaman District, so admin2 is Chaman.")],
  not_incidents=[])

G[30] = dict(publisher="Daily Times",
  actors=[A("United States Armed Forces", "state_force", 8, ["US"]), TTP(TTP_M)],
  people=[],
  places=[P("Spalga Kalay", "town", KP, "North Waziristan"), P("Miranshah", "town", KP, "North Waziristan"),
          P("North Waziristan Agency", "district", KP, "North Waziristan"), P("Mir Ali", "town", KP, "North Waziristan")],
  incidents=[
    I("a US drone fired two missiles at a house in Spalga Kalay village", EXP, AIR, None,
      "United States Armed Forces", "Tehreek-e-Taliban Pakistan", KP, "North Waziristan", "Spalga Kalay", 1, "on October 10",
      5, {"militants": 5}, None,
      "A US drone strike: a foreign state force as perpetrator, so listed with inter 8 (the rules leave out foreign forces only as victims or accusers). The house was used by TTP fighters, so actor2 is the TTP. 'At least five suspected militants' = 5, counted as militants since that is the only status the text gives. State action, GTD null. FATA agency coded Khyber Pakhtunkhwa."),
    I("the bodies of two tribesmen who had been kidnapped by militants a week ago were found dumped on the roadside in Mir Ali", VAC, "Attack", "Hostage Taking (Kidnapping)",
      UAG, CIV, KP, "North Waziristan", "Mir Ali", 1, "A day earlier",
      2, {}, None,
      "Kidnapped and later killed, with a note accusing them of spying: Attack with GTD Kidnapping. The kidnappers are only 'militants', unnamed, so Unidentified. 'Tribesmen' gives no side (as in the dev files). The date is the day the bodies were found, one day before the drone strike.")],
  not_incidents=[])

KEYS = ["article", "about", "publisher", "cleaning", "actors", "people", "places", "quotes",
        "incidents", "not_incidents", "relations", "actor_profiles"]

for n, g in G.items():
    d = {"article": f"DA-{n:02d}.txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
         "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                      "near_duplicate_sentences": [], "flag_as_damaged": []},
         "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": [],
         "incidents": g["incidents"], "not_incidents": g.get("not_incidents", []),
         "relations": g.get("relations", []), "actor_profiles": {}}
    assert list(d) == KEYS
    with open(f"../DA-{n:02d}.gold.json", "w") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")
print(len(G), "gold files")
