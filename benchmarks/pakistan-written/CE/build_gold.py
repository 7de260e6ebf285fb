"""Writes CE-NN.gold.json beside each CE-NN.txt. Hand-coded: every value below was decided by
reading the report text; this script only serialises it in the dev gold shape."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S, PJ = "Sindh", "Punjab"
UAG, CIV, RIOT = "Unidentified Armed Group", "Civilians", "Rioters"

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}
def PE(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}
def I(what, et, st, gtd, a1, a2, place, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": place["admin1"],
            "admin2": place["admin2"], "location": place["name"], "geo_precision": prec,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": injured, "note": note}

VAC, BAT, EXP, SD, RIO = ("Violence against civilians", "Battles", "Explosions/Remote violence",
                          "Strategic developments", "Riots")
def POLICE(*m): return A("Police", "state_force", 1, list(m))
CTD = A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"])
LEJ = A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"])
SRA = A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"])
SDLA = A("Sindhudesh Liberation Army", "armed_group", 2, ["Sindhudesh Liberation Army", "SDLA"])
BDS = A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])
def RANGERS(*m): return A("Sindh Rangers", "state_force", 1, list(m))
KHI = P("Karachi", "city", S, "Karachi")
SINDH = P("Sindh", "province", S, None)
PUNJAB = P("Punjab", "province", PJ, None)

G = {}

# ---------------------------------------------------------------- CE-01
fc = P("Frontier Colony", "area", S, "Karachi")
G["01"] = dict(publisher="Dawn",
 actors=[POLICE("Sindh Police", "Police", "policemen")],
 people=[PE("Ghulam Mustafa Khoso", ["Ghulam Mustafa Khoso"],
            ["Assistant Sub-Inspector (ASI) of Sindh Police", "posted at the Pirabad Police Station", "shot dead"])],
 places=[fc, P("Orangi Town", "area", S, "Karachi"), KHI, SINDH,
         P("Pirabad", "area", S, "Karachi"), P("Banaras Chowk", "area", S, "Karachi")],
 incidents=[I("was shot dead by unidentified armed motorcyclists", BAT, "Armed clash", "Armed Assault",
   UAG, "Police", fc, 2, "on October 14", 1, {"security_forces": 1}, None,
   "Target killing of a police ASI riding to duty. Under the rules an attack on a policeman, even a one-sided "
   "ambush, is Battles/Armed clash with the Police as actor2. Not a prominent figure, so Armed Assault rather than "
   "Assassination. 'Near' Frontier Colony, hence precision 2. Pirabad is only his posting and Banaras Chowk only the "
   "escape route. The 'wave of target killings' is background, not an incident.")])

# ---------------------------------------------------------------- CE-02
b13 = P("Block 13", "area", S, "Karachi"); s11 = P("Sector 11-A", "area", S, "Karachi")
G["02"] = dict(publisher="The Express Tribune",
 actors=[POLICE("Police"), BDS],
 people=[PE("Syed Naqi Haider Zaidi", ["Dr Syed Naqi Haider Zaidi"], ["Shia doctor", "shot dead outside his clinic"])],
 places=[b13, P("Gulistan-e-Jauhar", "area", S, "Karachi"), KHI, s11, P("North Karachi", "area", S, "Karachi")],
 incidents=[
  I("two gunmen riding a motorcycle fired at the doctor", VAC, "Attack", "Armed Assault", UAG, CIV, b13, 1,
    "on February 27", 1, {"civilians": 1}, None,
    "Sectarian target killing of a Shia doctor outside his clinic; a doctor is a civilian role. Targeted for his sect, "
    "not as a prominent public figure, so Armed Assault."),
  I("unidentified men hurled a hand grenade at the gate of an imambargah", EXP, "Grenade", "Bombing/Explosion",
    UAG, CIV, s11, 1, "on the same night", 0, {}, 3,
    "A separate grenade attack on a Shia place of worship the same night (February 27). Three persons injured, "
    "including a volunteer guard; no one killed. The BDS only examined the splinters and is not a party.")])

# ---------------------------------------------------------------- CE-03
gb = P("Gulshan-e-Bihar", "area", S, "Karachi")
G["03"] = dict(publisher="Dawn",
 actors=[POLICE("police")],
 people=[PE("Tariq Mehmood Bajwa", ["Tariq Mehmood Bajwa", "Bajwa"],
            ["member of the Ahmadi community", "ran a homoeopathic dispensary", "shot dead"]),
         PE("Imdad Ali Brohi", ["Imdad Ali Brohi"], ["Station House Officer (SHO)"]),
         PE("Amir Mahmood Khokhar", ["Amir Mahmood Khokhar"], ["spokesman for the Ahmadi community"])],
 places=[gb, P("Orangi Town", "area", S, "Karachi"), KHI],
 incidents=[I("an armed man walked into the dispensary, shot Bajwa in the head", VAC, "Attack", "Armed Assault",
   UAG, CIV, gb, 1, "on the morning of August 3", 1, {"civilians": 1}, None,
   "Faith-based killing of an Ahmadi who ran a dispensary (a civilian role). Lone gunman, no group named, so "
   "Unidentified Armed Group. 'The fourth Ahmadi killed in the city this year' is background without dates or "
   "places and is not coded.")])

# ---------------------------------------------------------------- CE-04
tnb = P("Thokar Niaz Baig", "area", PJ, "Lahore")
G["04"] = dict(publisher="The News",
 actors=[CTD, TTP],
 people=[PE("Noor Zaman", ["Noor Zaman"], ["suspected TTP militant", "arrested"]),
         PE("Abdul Wahid", ["Abdul Wahid"], ["suspected TTP militant", "arrested"]),
         PE("Shah Faisal", ["Shah Faisal"], ["suspected TTP militant", "arrested"])],
 places=[tnb, P("Lahore", "city", PJ, "Lahore"), PUNJAB],
 incidents=[I("arrested three suspected militants of the banned Tehreek-e-Taliban Pakistan (TTP)", SD, "Arrests",
   None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", tnb, 2, "on June 11, 2015", 0, {}, None,
   "A CTD arrest of three named TTP suspects. The seized explosives, detonators, pistols and map are part of the "
   "same arrest, not a separate Disrupted weapons use event (the alternative coding). Arrests get no GTD type. "
   "'Near' Thokar Niaz Baig, hence precision 2.")])

# ---------------------------------------------------------------- CE-05
shu = P("Shujabad", "town", PJ, "Multan")
G["05"] = dict(publisher="Daily Times",
 actors=[CTD, A("Islamic State", "armed_group", 2, ["Daesh"])],
 people=[PE("Muhammad Arshad", ["Muhammad Arshad"], ["CTD constable", "injured"])],
 places=[shu, P("Multan District", "district", PJ, "Multan"), PUNJAB,
         P("Multan-Shujabad Road", "area", PJ, "Multan"), P("south Punjab", "area", PJ, None)],
 incidents=[I("Four suspected terrorists affiliated with Daesh were killed in an exchange of fire with the Counter Terrorism Department (CTD)",
   BAT, "Armed clash", None, "Counter Terrorism Department", "Islamic State", shu, 2,
   "in the early hours of January 19", 4, {"militants": 4}, 1,
   "A CTD raid on a hideout; the suspects fired first, but the operation was started by the state, so actor1 is the "
   "CTD and GTD is null (as dev-78). Four militants dead as stated; one CTD constable injured. 'Daesh' is coded as "
   "the Islamic State; the text does not say which province (ISKP or other). 'Near' Shujabad, hence precision 2. "
   "The recovered weapons are part of the clash. The activists' doubts about such encounters are background; the "
   "deaths are recorded as the CTD reports them.")])

# ---------------------------------------------------------------- CE-06
kc = P("Kot Chutta", "area", PJ, "Dera Ghazi Khan"); ss = P("Sakhi Sarwar", "town", PJ, "Dera Ghazi Khan")
G["06"] = dict(publisher="The Express Tribune",
 actors=[CTD, TTP],
 people=[PE("Gul Sher", ["Gul Sher"], ["TTP-linked suspect in CTD custody", "killed"]),
         PE("Rahimullah", ["Rahimullah"], ["TTP-linked suspect in CTD custody", "killed"]),
         PE("Mushtaq Ahmed Buzdar", ["Mushtaq Ahmed Buzdar", "Buzdar"], ["suspected facilitator", "arrested"])],
 places=[kc, P("Dera Ghazi Khan District", "district", PJ, "Dera Ghazi Khan"), ss],
 incidents=[
  I("six to seven armed men on motorcycles opened fire on the vehicle to free them", BAT, "Armed clash",
    "Armed Assault", UAG, "Counter Terrorism Department", kc, 2, "on the night of September 8", 2,
    {"militants": 2}, 0,
    "Per the CTD, armed men attacked a CTD vehicle to free two TTP-linked detainees, who died in the crossfire. The "
    "attackers started it, so actor1 is the unnamed attackers (no group claimed) and GTD Armed Assault. The dead are "
    "called terrorists/suspects, so militants = 2, counted as the CTD states it (the text gives no other version). "
    "'No CTD official was hurt' and no other injury is reported, so injured = 0. 'Near' Kot Chutta, precision 2."),
  I("the CTD arrested a suspect, identified as Mushtaq Ahmed Buzdar", SD, "Arrests", None,
    "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", ss, 1, "on September 9", 0, {}, None,
    "A separate arrest the next day, with four hand grenades and a pistol recovered. He is called a facilitator of "
    "'the same network', i.e. the TTP-linked cell, so actor2 is TTP. Sakhi Sarwar lies in Dera Ghazi Khan District "
    "(general knowledge; the text implies it).")])

# ---------------------------------------------------------------- CE-07
pa = P("Pano Aqil", "town", S, "Sukkur")
G["07"] = dict(publisher="Dawn",
 actors=[POLICE("Police", "police")],
 people=[PE("Irfan Ali Samoo", ["Irfan Ali Samoo"], ["Senior Superintendent of Police (SSP)"])],
 places=[pa, P("Sukkur District", "district", S, "Sukkur"), P("Rahim Yar Khan", "city", PJ, "Rahim Yar Khan")],
 incidents=[I("Dacoits kidnapped three men, including a schoolteacher", VAC, "Abduction/forced disappearance",
   "Hostage Taking (Kidnapping)", UAG, CIV, pa, 2, "on May 2", 0, {}, None,
   "Kidnapping for ransom by katcha-area dacoits after a 'honey trap' telephone lure. Dacoits are not a named "
   "organisation, so actor1 is Unidentified Armed Group (as dev-66 treats 'Lyari gangsters'). 'The katcha area "
   "near Pano Aqil', hence precision 2. Rahim Yar Khan is only where the victims live. The police operation has no "
   "reported outcome and is not coded.")])

# ---------------------------------------------------------------- CE-08
km = P("Khanpur Mahar", "area", S, "Ghotki"); sm = P("Sodho Mahar", "town", S, "Ghotki")
G["08"] = dict(publisher="The News",
 actors=[POLICE("Police", "police", "policemen"), RANGERS("Sindh Rangers")],
 people=[PE("Wali Muhammad Mahar", ["Wali Muhammad Mahar"], ["Head Constable", "killed"]),
         PE("Abdul Ghaffar", ["Abdul Ghaffar"], ["Constable", "killed"]),
         PE("Nisar Ahmed", ["Nisar Ahmed"], ["Constable", "killed"]),
         PE("Tanvir Hussain Tunio", ["Tanvir Hussain Tunio"], ["Senior Superintendent of Police (SSP)"])],
 places=[km, P("Ghotki District", "district", S, "Ghotki"), sm],
 incidents=[
  I("dacoits attacked a police picket in the katcha area of Khanpur Mahar", BAT, "Armed clash", "Armed Assault",
    UAG, "Police", km, 2, "in the night of March 17", 3, {"security_forces": 3}, 2,
    "About 25 dacoits with rocket launchers and machine guns attacked a police picket; the police fought back. An "
    "attack on police is Battles/Armed clash; gunfire was exchanged, so not Shelling. Three policemen killed and "
    "two 'others' injured (side not stated). Katcha area of a tehsil, hence precision 2."),
  I("killed two dacoits allegedly involved in the attack in an exchange of fire", BAT, "Armed clash", None,
    "Police", UAG, sm, 2, "On March 19", 2, {}, None,
    "A police operation, backed by Sindh Rangers, two days later. State-initiated, so actor1 Police and GTD null. "
    "Dacoits are armed criminals, neither militants nor civilians, so no side is given (as with the pro-government "
    "militiaman in dev-81). The destroyed hideouts are part of the same operation.")])

# ---------------------------------------------------------------- CE-09
kk = P("Kandhkot", "town", S, "Kashmore"); ktr = P("Kandhkot-Tangwani road", "area", S, "Kashmore")
G["09"] = dict(publisher="Dawn",
 actors=[POLICE("Police", "police")],
 people=[PE("Rohail Khan Khoso", ["Rohail Khan Khoso"], ["Senior Superintendent of Police (SSP)"]),
         PE("Dileep Kumar", ["Dileep Kumar"], ["rice mill accountant", "kidnapped and recovered"]),
         PE("Shahzado Chachar", ["Shahzado Chachar"], ["driver", "kidnapped and recovered"]),
         PE("Rasool Bux", ["Rasool Bux alias Rasoolo"], ["dacoit", "killed"]),
         PE("Ghulam Qadir", ["Ghulam Qadir"], ["police constable", "injured"])],
 places=[kk, P("Kashmore District", "district", S, "Kashmore"), ktr],
 incidents=[
  I("Police recovered two abducted persons and killed a dacoit in an encounter", BAT, "Armed clash", None,
    "Police", UAG, kk, 2, "on July 23", 1, {}, 1,
    "A police raid on a dacoit hideout; the dacoits opened fire. State-initiated, so actor1 Police and GTD null. "
    "One dacoit killed (no side: an armed criminal), one constable injured. The recovery of the hostages is the "
    "outcome of this clash, not a separate incident. 'Katcha area of Kandhkot', hence precision 2."),
  I("had been kidnapped at gunpoint from the Kandhkot-Tangwani road", VAC, "Abduction/forced disappearance",
    "Hostage Taking (Kidnapping)", UAG, CIV, ktr, 2, "on July 4", 0, {}, None,
    "The earlier abduction of the two hostages is reported with its own date and place, so it is coded as its own "
    "incident (an undated back-reference would not be). A road, hence precision 2.")])

# ---------------------------------------------------------------- CE-10
rj = P("Rojhan", "area", PJ, "Rajanpur")
G["10"] = dict(publisher="The Express Tribune",
 actors=[POLICE("Police", "police", "policemen"),
         A("Jano Pitafi gang", "armed_group", 3, ["Jano Pitafi gang"]),
         A("Elite Force", "state_force", 1, ["Elite Force"])],
 people=[PE("Jano Pitafi", ["Jano Pitafi"], ["the dacoit gang is named after him"]),
         PE("Khurram Shahzad Warraich", ["Khurram Shahzad Warraich"], ["District Police Officer (DPO)"])],
 places=[rj, P("Rajanpur District", "district", PJ, "Rajanpur"), PUNJAB,
         P("Rahim Yar Khan", "city", PJ, "Rahim Yar Khan"), SINDH],
 incidents=[I("dacoits of the Jano Pitafi gang ambushed a police boat", BAT, "Armed clash", "Armed Assault",
   "Jano Pitafi gang", "Police", rj, 2, "on April 9, 2016", 4, {"security_forces": 4}, 6,
   "The named gang ambushed a police boat with rifles and RPGs; an attack on police is Battles/Armed clash, and the "
   "gang, named by the text, is actor1 (a criminal gang: inter 3, as ACLED treats gangs). 'At least four policemen' "
   "= 4. The police claim of three dacoits killed is unconfirmed ('no bodies were recovered'), so the conservative "
   "best is 4; 7 would be the high figure. Six injured, side not stated. Tehsil-level katcha area, precision 2. The "
   "gang's past kidnappings and extortion are undated background. Rahim Yar Khan is only where the injured were taken.")])

# ---------------------------------------------------------------- CE-11
qd = P("Quaidabad", "area", S, "Karachi")
G["11"] = dict(publisher="Dawn",
 actors=[SRA, POLICE("Police", "police"), RANGERS("Rangers"), BDS],
 people=[PE("Sarang Sindhi", ["Sarang Sindhi"], ["SRA spokesman"]),
         PE("Ayaz Ali Kalhoro", ["Ayaz Ali Kalhoro"], ["Senior Superintendent of Police (SSP)"])],
 places=[qd, KHI, P("Port Qasim", "area", S, "Karachi"), SINDH],
 incidents=[I("a remote-controlled bomb went off near their vehicle", EXP, "Remote explosive/landmine/IED",
   "Bombing/Explosion", "Sindhudesh Revolutionary Army", CIV, qd, 1, "on the morning of November 2", 0, {}, 3,
   "A remote-controlled bomb in a parked motorcycle hit a car carrying two Chinese engineers; they and their police "
   "guard were injured (3), no one killed. The SRA claimed it, so it is actor1. The targets were foreign civilians, "
   "so actor2 Civilians; the injured police escort does not change the target. Earlier SRA attacks are undated "
   "background.")])

# ---------------------------------------------------------------- CE-12
dh = P("Daharki", "town", S, "Ghotki"); mm = P("Mirpur Mathelo", "town", S, "Ghotki")
G["12"] = dict(publisher="The News",
 actors=[POLICE("Railway police"), BDS, SDLA],
 people=[],
 places=[dh, P("Ghotki District", "district", S, "Ghotki"), mm, KHI],
 incidents=[
  I("A portion of the railway track was damaged in an explosion", EXP, "Remote explosive/landmine/IED",
    "Bombing/Explosion", "Sindhudesh Liberation Army", None, dh, 2, "in the early hours of August 30", 0, {}, 0,
    "A device under the main line went off; 'No one was hurt', so killed and injured are 0. The SDLA claimed 'the "
    "blast', so it is actor1. Infrastructure only, so actor2 is null; explosives, so GTD Bombing/Explosion rather "
    "than Facility/Infrastructure Attack (as dev-8). 'Near' Daharki, precision 2. Karachi is only the train's "
    "destination."),
  I("the Bomb Disposal Squad (BDS) defused a second device", SD, "Disrupted weapons use", "Bombing/Explosion",
    "Bomb Disposal Squad", UAG, mm, 2, "Later in the day", 0, {}, None,
    "A second device found along the track and defused. The SDLA claim covers only 'the blast', so the planters of "
    "this device stay Unidentified (as dev-72). 'Near Mirpur Mathelo railway station', precision 2.")])

# ---------------------------------------------------------------- CE-13
kl = P("Kalri", "area", S, "Karachi")
G["13"] = dict(publisher="Daily Times",
 actors=[POLICE("Police", "police", "policemen")],
 people=[PE("Aslam Baloch", ["Aslam Baloch"], ["Constable", "injured"]),
         PE("Shakir Hussain", ["Shakir Hussain"], ["Constable", "injured"])],
 places=[kl, P("Lyari", "area", S, "Karachi"), KHI],
 incidents=[I("unidentified men hurled a hand grenade at the Kalri Police Station", EXP, "Grenade",
   "Bombing/Explosion", UAG, "Police", kl, 1, "late on June 5", 0, {}, 2,
   "A grenade thrown into a police station injured two constables. A grenade attack is Explosions/Grenade even when "
   "it targets police (only gunfire makes it Battles). The suspected 'criminal gang' is not named, so actor1 stays "
   "Unidentified.")])

# ---------------------------------------------------------------- CE-14
ch = P("Chak 412 GB", "town", PJ, "Toba Tek Singh")
G["14"] = dict(publisher="Dawn",
 actors=[POLICE("Police", "police", "policemen")],
 people=[PE("Muhammad Yousaf", ["Muhammad Yousaf", "Yousaf"],
            ["labourer", "accused of desecration", "lynched"]),
         PE("Tariq Mahmood Gondal", ["Tariq Mahmood Gondal"], ["Regional Police Officer (RPO) Faisalabad"])],
 places=[ch, P("Pir Mahal", "area", PJ, "Toba Tek Singh"), P("Toba Tek Singh District", "district", PJ, "Toba Tek Singh"),
         PUNJAB, P("Faisalabad", "city", PJ, "Faisalabad")],
 incidents=[I("A mob lynched a man accused of desecrating pages of the Holy Quran", RIO, "Mob violence", None,
   RIOT, CIV, ch, 1, "on the evening of December 12", 1, {"civilians": 1}, 3,
   "A blasphemy lynching: Riots/Mob violence, with the generic 'Rioters' as actor1 (a crowd, not an organisation, "
   "so not in actors) and the victim as Civilians. A labourer is a civilian role. The three injured were policemen "
   "(injured are not split by side). No GTD type: a spontaneous mob is not a GTD perpetrator (treated like "
   "protests). The 41 arrests are tied to this lynching and are part of this record (as dev-115), not a separate "
   "Arrests incident.")])

# ---------------------------------------------------------------- CE-15
kmk = P("Kamoke", "town", PJ, "Gujranwala"); yf = P("Yousafabad", "area", PJ, "Gujranwala")
G["15"] = dict(publisher="The Express Tribune",
 actors=[POLICE("Police", "police", "policemen")],
 people=[],
 places=[kmk, P("Gujranwala District", "district", PJ, "Gujranwala"), yf],
 incidents=[
  I("A charged mob attacked the City Police Station in Kamoke", RIO, "Mob violence", None, RIOT, "Police", kmk, 1,
    "on August 20", 0, {}, 19,
    "A crowd tried to seize a blasphemy accused from a police station, stoned it and burnt two police vehicles; "
    "police used tear gas and aerial fire. Coded Mob violence with the Police as actor2; 'Violent demonstration' is "
    "the alternative since the text also calls them 'protesters'. Injured = 7 policemen + 'at least 12' protesters "
    "= 19. No one killed. The 28 arrests follow from this riot and are part of the record."),
  I("members of the mob ransacked and set fire to two houses in Yousafabad", RIO, "Mob violence", None, RIOT, CIV,
    yf, 1, "Later", 0, {}, None,
    "The same mob then burnt two houses in a Christian neighbourhood; a second target and place, so a second "
    "incident. 'Later' the same day (August 20); no casualties are reported, so injured is null.")])

# ---------------------------------------------------------------- CE-16
ck = P("Chakiwara", "area", S, "Karachi"); k5 = P("Korangi No 5", "area", S, "Korangi")
G["16"] = dict(publisher="Dawn",
 actors=[POLICE("Police")],
 people=[PE("Nadeem Baloch", ["Nadeem Baloch alias Dada"], ["worker of the Pakistan Peoples Party (PPP)", "shot dead"]),
         PE("Sohail Ahmed Qureshi", ["Sohail Ahmed Qureshi"], ["activist of the MQM-P", "injured"])],
 places=[ck, P("Lyari", "area", S, "Karachi"), KHI, k5, P("Korangi District", "district", S, "Korangi")],
 incidents=[
  I("was shot dead by unidentified gunmen near Chakiwara", VAC, "Attack", "Armed Assault", UAG, CIV, ck, 2,
    "on the night of January 30", 1, {"civilians": 1}, None,
    "Target killing of a PPP worker (a party worker is a civilian role, as dev-41). 'Near' Chakiwara, precision 2. "
    "The PPP is only the victim's party and is not listed in actors."),
  I("was injured when armed men fired at him outside his house in Korangi No 5", VAC, "Attack", "Armed Assault",
    UAG, CIV, k5, 1, None, 0, {}, 1,
    "A separate attack on an MQM-P activist. The text names a Karachi district (Korangi District), so admin2 is "
    "Korangi, per the rules. No date is stated for this incident ('In another incident'); it is not assumed to be "
    "January 30. The MQM-P only condemns and accuses, so it is not an actor.")])

# ---------------------------------------------------------------- CE-17
ds = P("Dhoke Syedan", "area", PJ, "Rawalpindi")
G["17"] = dict(publisher="The Nation",
 actors=[CTD, LEJ],
 people=[PE("Abdul Rehman", ["Abdul Rehman alias Talha"], ["suspected LeJ militant", "arrested"]),
         PE("Zubair Ahmed", ["Zubair Ahmed"], ["suspected LeJ militant", "arrested"])],
 places=[P("Rawalpindi", "city", PJ, "Rawalpindi"), ds, P("Fawara Chowk", "area", PJ, "Rawalpindi")],
 incidents=[I("the arrest of two suspected militants of the banned Lashkar-e-Jhangvi (LeJ)", SD, "Arrests", None,
   "Counter Terrorism Department", "Lashkar-e-Jhangvi", ds, 1, "on September 5", 0, {}, None,
   "A CTD arrest that, it says, foiled a plot on a Muharram procession; the suicide jacket and grenades were seized "
   "with the suspects. One event, coded by its main outcome (Arrests); Disrupted weapons use is the alternative. "
   "Located where they were picked up (Dhoke Syedan); Fawara Chowk was only the intended target.")])

# ---------------------------------------------------------------- CE-18
yz = P("Yazman", "town", PJ, "Bahawalpur"); hs = P("Hasilpur", "town", PJ, "Bahawalpur")
G["18"] = dict(publisher="Dawn",
 actors=[TTP, CTD],
 people=[PE("Qari Saifullah", ["Qari Saifullah"], ["TTP commander", "killed"])],
 places=[yz, P("Bahawalpur District", "district", PJ, "Bahawalpur"), hs],
 incidents=[
  I("Two militants of the banned Tehreek-e-Taliban Pakistan (TTP) were killed in an exchange of fire with the Counter Terrorism Department (CTD)",
    BAT, "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", yz, 2,
    "on the night of March 3", 2, {"militants": 2}, None,
    "A CTD raid on a farmhouse hideout; the suspects opened fire. State-initiated, so GTD null. Two militants killed, "
    "two escaped; seized explosives and rifles are part of the clash. 'Near' Yazman, precision 2."),
  I("the CTD arrested three suspects, allegedly affiliated with the same group, from Hasilpur", SD, "Arrests", None,
    "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", hs, 1, "on March 4", 0, {}, None,
    "A separate operation on another day and place, so its own Arrests incident; 'the same group' is the TTP. The "
    "recovered explosives are part of the arrest.")])

# ---------------------------------------------------------------- CE-19
st = P("Satellite Town", "area", PJ, "Gujranwala")
G["19"] = dict(publisher="Pakistan Today",
 actors=[CTD, LEJ],
 people=[PE("Muhammad Ikram", ["Muhammad Ikram alias Bhola"], ["'most wanted' LeJ militant", "arrested"])],
 places=[st, P("Gujranwala", "city", PJ, "Gujranwala"), P("Lahore", "city", PJ, "Lahore"), P("Sialkot", "city", PJ, "Sialkot")],
 incidents=[I("arrested a 'most wanted' militant of the banned Lashkar-e-Jhangvi (LeJ)", SD, "Arrests", None,
   "Counter Terrorism Department", "Lashkar-e-Jhangvi", st, 1, "on May 15", 0, {}, None,
   "Arrest of a single wanted LeJ militant with a pistol and grenade; a notable detention, so Arrests. The target "
   "killings he is wanted for (since 2013, in Lahore, Gujranwala and Sialkot) are undated background and not coded.")])

# ---------------------------------------------------------------- CE-20
ksk = P("Kot Sardar Khan", "town", PJ, "Sialkot"); pc = P("Pindi Chaudhrian", "town", PJ, "Sialkot")
G["20"] = dict(publisher="Dawn",
 actors=[POLICE("Police")],
 people=[PE("Malik Ijaz Ahmed", ["Malik Ijaz Ahmed", "Ahmed"], ["Ahmadi", "poultry farmer", "shot dead"])],
 places=[ksk, P("Daska", "area", PJ, "Sialkot"), P("Sialkot District", "district", PJ, "Sialkot"), pc,
         P("Sambrial", "area", PJ, "Sialkot")],
 incidents=[
  I("An Ahmadi man was shot dead by an unidentified gunman", VAC, "Attack", "Armed Assault", UAG, CIV, ksk, 2,
    "on July 8", 1, {"civilians": 1}, None,
    "Faith-based killing of an Ahmadi poultry farmer (a civilian role). 'Near' Kot Sardar Khan village, precision 2."),
  I("a group of around 50 men led by a local cleric damaged the minarets of an Ahmadi place of worship", RIO,
    "Mob violence", None, RIOT, CIV, pc, 1, "on July 10", 0, {}, 0,
    "A crowd demolished the minarets of an Ahmadi place of worship; no one was injured ('no one was injured', so 0). "
    "Coded Riots/Mob violence against a community's property, actor2 Civilians; Strategic developments/Looting/"
    "property destruction is the alternative. No GTD type for a mob. The case against 35 people is part of it.")])

# ---------------------------------------------------------------- CE-21
gz = P("Ghaziabad", "area", S, "Karachi")
G["21"] = dict(publisher=None,
 actors=[POLICE("police", "Police")],
 people=[PE("Hafiz Muhammad Usman", ["Hafiz Muhammad Usman", "Usman"], ["ASWJ activist", "shot dead"]),
         PE("Bilal Ahmed", ["Bilal Ahmed", "Bilal"], ["ASWJ activist", "cousin of Hafiz Muhammad Usman", "died in hospital"]),
         PE("Irfan", ["Irfan"], ["passerby", "wounded"])],
 places=[gz, P("Orangi Town", "area", S, "Karachi"), KHI],
 incidents=[I("gunmen riding two motorcycles sprayed them with bullets", VAC, "Attack", "Armed Assault", UAG, CIV,
   gz, 1, "on December 2", 2, {"civilians": 2}, 1,
   "Sectarian killing of two Sunni (ASWJ) activists; activists of a religious-political organisation are coded as "
   "civilians, like party workers. The ASWJ appears only as the victims' affiliation and as accuser, so it is not "
   "listed in actors (as Sunni Tehreek in dev-18). One passerby wounded. No outlet is named.")])

# ---------------------------------------------------------------- CE-22
gh = P("Gulshan-e-Hadeed", "area", S, "Karachi"); sg = P("Sohrab Goth", "area", S, "Karachi")
G["22"] = dict(publisher="Dawn",
 actors=[RANGERS("Sindh Rangers", "Rangers"), SRA],
 people=[],
 places=[gh, KHI, sg],
 incidents=[
  I("a low-intensity improvised explosive device (IED) went off near their patrolling vehicle", EXP,
    "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army", "Sindh Rangers", gh, 1,
    "on April 22, 2020", 0, {}, 2,
    "A remote-detonated IED hit a Rangers patrol; two personnel injured. Claimed by the SRA, so actor1 SRA. A bomb "
    "with no gunfire, so Explosions, not Battles."),
  I("a similar device had exploded near a Rangers checkpost in Sohrab Goth", EXP, "Remote explosive/landmine/IED",
    "Bombing/Explosion", UAG, "Sindh Rangers", sg, 1, "Ten days earlier", 0, {}, 0,
    "An earlier blast given with a relative date (ten days before April 22, i.e. April 12) and a place, so it is its "
    "own incident. The SRA claim covers only the April 22 attack, so this one is Unidentified. 'Without causing any "
    "casualties', so 0 and 0.")])

# ---------------------------------------------------------------- CE-23
ab = P("Auto Bhan Road", "area", S, "Hyderabad")
G["23"] = dict(publisher="Dawn",
 actors=[SDLA, POLICE("Police")],
 people=[PE("Amjad Hussain Shaikh", ["Amjad Hussain Shaikh"], ["Senior Superintendent of Police (SSP)"])],
 places=[ab, P("Latifabad", "area", S, "Hyderabad"), P("Hyderabad", "city", S, "Hyderabad")],
 incidents=[I("A low-intensity bomb exploded outside a branch of a private bank", EXP, "Remote explosive/landmine/IED",
   "Bombing/Explosion", UAG, None, ab, 1, "shortly after midnight on February 14", 0, {}, 0,
   "Property damage only; 'No casualties were reported', so 0 and 0, and actor2 null. SDLA pamphlets were found, "
   "but 'No group has so far claimed responsibility': pamphlets are not a claim, so actor1 stays Unidentified; the "
   "SDLA is still listed as a named actor.")])

# ---------------------------------------------------------------- CE-24
sh = P("Sakhi Hassan", "area", S, "Karachi")
G["24"] = dict(publisher="The Express Tribune",
 actors=[CTD, TTP, POLICE("Police")],
 people=[PE("Sikandar Ali Memon", ["Sikandar Ali Memon", "Memon"],
            ["Deputy Superintendent of Police (DSP) of the CTD", "killed"]),
         PE("Mumtaz Ali", ["Mumtaz Ali"], ["Constable", "guard of the DSP", "killed"]),
         PE("Jan Muhammad", ["Jan Muhammad"], ["driver", "injured"])],
 places=[sh, P("North Nazimabad", "area", S, "Karachi"), KHI, SINDH],
 incidents=[I("terrorists ambushed their vehicle near Sakhi Hassan roundabout", BAT, "Armed clash", "Assassination",
   "Tehreek-e-Taliban Pakistan", "Counter Terrorism Department", sh, 2, "on the evening of September 22", 2,
   {"security_forces": 2}, 1,
   "Gunmen ambushed the car of a CTD DSP who led investigations into the TTP; the TTP claimed it, so it is actor1. "
   "An attack on police is Battles/Armed clash; a specific senior officer was the target, so GTD Assassination. "
   "The DSP and his constable guard are security forces (2). The driver was injured. The earlier attempt on his "
   "life ('two years ago') is undated background. 'Near' the roundabout, precision 2.")])

# ---------------------------------------------------------------- CE-25
gy = P("Garhi Yasin", "town", S, "Shikarpur"); tw = P("Tangwani", "town", S, "Kashmore")
G["25"] = dict(publisher="Dawn",
 actors=[POLICE("Police")],
 people=[PE("Abdul Hakeem Soomro", ["Abdul Hakeem Soomro"], ["primary school teacher", "shot dead"]),
         PE("Sham Lal", ["Sham Lal"], ["Hindu trader", "abducted"]),
         PE("Ravi Kumar", ["Ravi Kumar"], ["Hindu trader", "nephew of Sham Lal", "abducted"])],
 places=[gy, P("Shikarpur District", "district", S, "Shikarpur"), tw, P("Kashmore District", "district", S, "Kashmore")],
 incidents=[
  I("Dacoits shot dead a primary school teacher who resisted an attempt to kidnap him", VAC, "Attack",
    "Armed Assault", UAG, CIV, gy, 2, "on October 6", 1, {"civilians": 1}, None,
    "A failed kidnapping in which the teacher was shot when he resisted. He was never held, so this is an Attack with "
    "GTD Armed Assault, not the 'abducted and later killed' Kidnapping pattern. A teacher is a civilian role. 'Near' "
    "Garhi Yasin, precision 2."),
  I("two Hindu traders, Sham Lal and his nephew Ravi Kumar, were abducted by armed men", VAC,
    "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, tw, 1, "On the same day", 0, {}, None,
    "Kidnapping for ransom from a shop in Tangwani the same day (October 6). Police raids report no outcome.")])

# ---------------------------------------------------------------- CE-26
mc = P("Machka", "area", PJ, "Rahim Yar Khan")
G["26"] = dict(publisher=None,
 actors=[POLICE("Police", "police", "policeman")],
 people=[PE("Bashir", ["Bashir alias Bashoo Andhar"], ["dacoit", "killed"]),
         PE("Jumo Andhar", ["Jumo Andhar"], ["dacoit", "killed"])],
 places=[mc, P("Sadiqabad", "area", PJ, "Rahim Yar Khan"), P("Rahim Yar Khan District", "district", PJ, "Rahim Yar Khan")],
 incidents=[I("Police claimed to have killed two notorious dacoits in an encounter", BAT, "Armed clash", None,
   "Police", UAG, mc, 2, "on June 28", 2, {}, 0,
   "A police 'encounter': a patrol was fired on and killed two dacoits. The report frames it as a police operation, "
   "so actor1 Police and GTD null, as in the CTD encounters (dev-78, where the suspects also fired first). Dacoits "
   "get no side. 'No policeman was hurt' and no other injury is reported, so injured = 0. The policeman they "
   "allegedly killed 'earlier this year' is undated background. Katcha area, precision 2. No outlet is named.")])

# ---------------------------------------------------------------- CE-27
rm = P("Rashid Minhas Road", "area", S, "Karachi")
G["27"] = dict(publisher="Daily Times",
 actors=[POLICE("Police"), BDS],
 people=[PE("Haji Younus Lakhani", ["Haji Younus Lakhani"], ["builder", "owner of the targeted office"])],
 places=[rm, P("Gulshan-e-Iqbal", "area", S, "Karachi"), KHI, P("Lyari", "area", S, "Karachi")],
 incidents=[I("unidentified men lobbed a hand grenade into the office of a builder", EXP, "Grenade",
   "Bombing/Explosion", UAG, CIV, rm, 1, "on March 9", 0, {}, 4,
   "An extortion-related grenade attack on a builder's office; four injured, including two private security guards "
   "(injured are not split by side). The suspected extortion gang 'operating from Lyari' is not named, so actor1 "
   "stays Unidentified; Lyari is only the gang's base.")])

# ---------------------------------------------------------------- CE-28
kd = P("Kot Diji", "town", S, "Khairpur")
G["28"] = dict(publisher="The Express Tribune",
 actors=[BDS, POLICE("Police", "police")],
 people=[],
 places=[kd, P("Khairpur District", "district", S, "Khairpur")],
 incidents=[I("The Bomb Disposal Squad (BDS) defused a bomb planted along the route of a Muharram procession", SD,
   "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, kd, 1,
   "on the morning of Ashura (September 10)", 0, {}, None,
   "A mobile-phone-triggered device on a procession route was defused (Disrupted weapons use, GTD Bombing/"
   "Explosion as dev-109). No group claimed it, so actor2 Unidentified Armed Group.")])

# ---------------------------------------------------------------- CE-29
sd = P("Shahdara", "area", PJ, "Lahore")
G["29"] = dict(publisher="Dawn",
 actors=[POLICE("police"), CTD],
 people=[],
 places=[sd, P("Lahore", "city", PJ, "Lahore")],
 incidents=[I("a bomb exploded near a bus stand in Shahdara area of Lahore", EXP, "Remote explosive/landmine/IED",
   "Bombing/Explosion", UAG, CIV, sd, 1, "on the evening of January 20", 0, {}, 5,
   "A timed device under a parked rickshaw's seat; 'At least five people' injured = 5, no deaths. The bus stand is "
   "inside Shahdara, so precision 1. The CTD only investigated and is not a party.")])

# ---------------------------------------------------------------- CE-30
cn = P("Chenab Nagar", "town", PJ, "Chiniot")
G["30"] = dict(publisher="The News",
 actors=[POLICE("Police", "police")],
 people=[PE("Naseer Ahmed", ["Naseer Ahmed"], ["security guard at the Ahmadi place of worship", "killed"]),
         PE("Mubarak Ahmed", ["Mubarak Ahmed"], ["worshipper", "injured"]),
         PE("Hamza Rafiq", ["Hamza Rafiq"], ["attacker", "arrested", "resident of Lalian"]),
         PE("Aamir Zafar", ["Aamir Zafar"], ["spokesperson for the Ahmadi community"])],
 places=[cn, P("Rabwah", "town", PJ, "Chiniot"), P("Chiniot District", "district", PJ, "Chiniot"), PUNJAB,
         P("Lalian", "area", PJ, "Chiniot")],
 incidents=[I("an armed man opened fire at the gate of an Ahmadi place of worship", VAC, "Attack", "Armed Assault",
   UAG, CIV, cn, 1, "during Friday prayers on May 19", 1, {"civilians": 1}, 1,
   "A lone gunman attacked an Ahmadi place of worship; the guard was killed and a worshipper injured. A guard takes "
   "his principal's side, here civilian worshippers. The attacker is named but belongs to no named organisation, so "
   "actor1 is Unidentified Armed Group. His capture by worshippers is part of the incident, not a separate Arrests "
   "event. Chenab Nagar and its former name Rabwah are one town; Lalian is only his home.")])


def main():
    for k, g in G.items():
        out = {"article": f"CE-{k}.txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
               "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                            "near_duplicate_sentences": [], "flag_as_damaged": []},
               "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": [],
               "incidents": g["incidents"], "not_incidents": [], "relations": [], "actor_profiles": {}}
        with open(os.path.join(HERE, f"CE-{k}.gold.json"), "w") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(G), "gold files written")

if __name__ == "__main__":
    main()
