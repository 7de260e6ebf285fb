# Hand coding of the AS set. Each entry is typed by hand from the report text;
# this file only serialises it in the dev gold-file key order.
KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
ICT, GB, AJK = "Islamabad", "Gilgit-Baltistan", "Azad Jammu and Kashmir"
UAG, CIV = "Unidentified Armed Group", "Civilians"

def A(c, k, i, m): return {"canonical": c, "kind": k, "acled_inter": i, "mentions": m}
def Pe(c, m, r): return {"canonical": c, "mentions": m, "roles": r}
def P(n, k, a1, a2): return {"name": n, "kind": k, "admin1": a1, "admin2": a2}
def Q(s, st): return {"speaker": s, "starts": st}
def I(what, et, st, gtd, a1, a2, ad1, ad2, loc, gp, date, killed, kbs, inj, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": ad1, "admin2": ad2, "location": loc, "geo_precision": gp,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": inj,
            "note": note}

VAC, BAT, EXP, SD_, PRO = ("Violence against civilians", "Battles", "Explosions/Remote violence",
                           "Strategic developments", "Protests")
def police(*m): return A("Police", "state_force", 1, list(m))
def rangers(*m): return A("Pakistan Rangers", "state_force", 1, list(m) or ["Rangers"])
def levies(): return A("Levies", "state_force", 1, ["Levies"])
def fc(): return A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
def ctd(): return A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])
def ttp(): return A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
def lej(): return A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])
def bla(): return A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])
def iskp(): return A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "IS KP"])
FATA_NOTE = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

G = {}

G["01"] = dict(publisher="Dawn",
 actors=[police("Police"), rangers(), lej()],
 people=[Pe("Sibt e Haider Zaidi", ["Maulana Sibt e Haider Zaidi"], ["Shia prayer leader", "father of Ali Raza", "shot dead"]),
         Pe("Ali Raza", ["Ali Raza"], ["son of Maulana Sibt e Haider Zaidi", "injured"])],
 places=[P("Block 13", "area", SD, "Karachi"), P("Gulistan e Jauhar", "area", SD, "Karachi"),
         P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD, None), P("Manghopir", "area", SD, "Karachi")],
 quotes=[],
 incidents=[
  I("unidentified assailants riding a motorcycle opened fire at them outside an imambargah", VAC, "Attack", "Armed Assault",
    UAG, CIV, SD, "Karachi", "Block 13", 1, "on March 11", 1, {"civilians": 1}, 1,
    "Sectarian target killing of a Shia prayer leader outside an imambargah; his son was injured. A prayer leader is a civilian role, so civilians = 1; the injured son has no side split (injured is not split). Judgement: a local prayer leader singled out by sect is coded GTD Armed Assault, as for the Bohra trader in satp-sa-dev-107; Assassination is reserved for prominent public figures (compare AS-16, a division president of a religious party). No group claimed it; police only call it sectarian, so actor1 is Unidentified."),
  I("Rangers arrested four suspected militants of the banned Lashkar e Jhangvi (LeJ)", SD_, "Arrests", None,
    "Pakistan Rangers", "Lashkar-e-Jhangvi", SD, "Karachi", "Manghopir", 1, "on the same day", 0, {}, None,
    "A separate Rangers raid, not tied to the prayer leader's killing in the text, so it is its own Arrests incident. Arrests get no GTD type. Weapons recovered are part of the arrest. The spokesman's claim that the suspects took part in 'sectarian killings in the city' is vague background and is not coded. 'On the same day' = March 11."),
 ])

G["02"] = dict(publisher="The News",
 actors=[A("Shakoor Kalmati gang", "armed_group", 3, ["Shakoor Kalmati gang"]),
         A("Nadir Bizenjo group", "armed_group", 3, ["Nadir Bizenjo group"]),
         police("Police", "police"), rangers()],
 people=[Pe("Shakoor Kalmati", ["Shakoor Kalmati"], ["leader of the Shakoor Kalmati gang (implied by the gang name)"]),
         Pe("Nadir Bizenjo", ["Nadir Bizenjo"], ["leader of the Nadir Bizenjo group (implied by the group name)"]),
         Pe("Abdul Wahid Baloch", ["Abdul Wahid Baloch"], ["shopkeeper", "shot dead in Singo Lane"])],
 places=[P("Kalri", "area", SD, "Karachi"), P("Lyari", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"),
         P("Chakiwara Road", "area", SD, "Karachi"), P("Singo Lane", "area", SD, "Karachi")],
 quotes=[],
 incidents=[
  I("armed men of two rival gangs exchanged fire and hurled hand grenades at each other", BAT, "Armed clash", "Armed Assault",
    "Shakoor Kalmati gang", "Nadir Bizenjo group", SD, "Karachi", "Kalri", 1, "on Sunday night", 3, {}, 5,
    "A gun and grenade battle between two named Lyari gangs; the Kalmati gang attacked, so it is actor1. Judgement: organised armed gangs fighting each other are coded Battles/Armed clash with both gangs as political militias (ACLED inter 3); gunfire dominates, so not Grenade. 'At least three persons' = 3; 'a teenage boy' is not a status, so no side split. The Rangers/police cordon is not an incident."),
  I("suspected gangsters shot dead a shopkeeper", VAC, "Attack", "Armed Assault",
    UAG, CIV, SD, "Karachi", "Singo Lane", 1, "A day earlier", 1, {"civilians": 1}, None,
    "A shopkeeper (civilian role) was killed, allegedly for refusing extortion. The 'suspected gangsters' are not tied to either named gang, so actor1 is Unidentified. 'A day earlier' = the day before Sunday (Saturday)."),
 ])

G["03"] = dict(publisher="The Express Tribune",
 actors=[police("police", "Police"), ttp()],
 people=[Pe("Ghulam Mustafa Khoso", ["Ghulam Mustafa Khoso"], ["police constable", "posted at the Gulshan e Maymar Police Station"]),
         Pe("Javed Akhtar Memon", ["Javed Akhtar Memon"], ["Senior Superintendent of Police (SSP)"])],
 places=[P("Sachal", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"), P("Gulshan e Maymar", "area", SD, "Karachi")],
 quotes=[],
 incidents=[
  I("was shot dead by two unidentified pillion riders", BAT, "Armed clash", "Armed Assault",
    UAG, "Police", SD, "Karachi", "Sachal", 1, "on August 22", 1, {"security_forces": 1}, None,
    "An off-duty constable in civilian clothes was shot on his way to duty; he is still a policeman, so side security_forces and, by the rule for attacks on police, Battles/Armed clash. The place is told only as 'within the limits of Sachal Police Station'; judgement: coded to the station's locality Sachal at precision 1, as a police-station area names a neighbourhood (compare Orangi Town Police Station in satp-sa-dev-29). The SSP only says TTP involvement 'could not be ruled out' (no claim), so actor1 stays Unidentified; TTP is listed as a named organisation. The two earlier police killings this month are background."),
 ])

G["04"] = dict(publisher="Dawn",
 actors=[police("Police"), A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"])],
 people=[Pe("Muhammad Asif", ["Muhammad Asif"], ["driver of the Chinese national's car", "injured"]),
         Pe("Sachal Soomro", ["Sachal Soomro"], ["SRA spokesman"])],
 places=[P("Korangi Industrial Area", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"), P("Sindh", "province", SD, None)],
 quotes=[Q("Sachal Soomro", "Foreigners who come to loot the resources of Sindh")],
 incidents=[
  I("unidentified armed assailants opened fire at his car", VAC, "Attack", "Armed Assault",
    "Sindhudesh Revolutionary Army", CIV, SD, "Karachi", "Korangi Industrial Area", 2, "on November 4", 0, {}, 2,
    "A Chinese garment-factory employee and his driver were wounded. The SRA claimed the attack, so it is actor1 although the text says 'unidentified armed assailants'. Both victims are civilians; injured = 2. 'Near' the Korangi Industrial Area, hence precision 2; Korangi is not named as a district, so admin2 is Karachi."),
 ])

G["05"] = dict(publisher="Dawn",
 actors=[police("Police", "police")],
 people=[Pe("Naseebullah Kakar", ["Naseebullah Kakar"], ["shopkeeper", "younger brother of the Deputy Commissioner of Pishin", "shot dead"])],
 places=[P("Pishin", "district", BA, "Pishin"), P("Brewery Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
         P("Balochistan", "province", BA, None), P("Hazar Ganji", "area", BA, "Quetta")],
 quotes=[],
 incidents=[
  I("was shot dead by unidentified assailants on Brewery Road", VAC, "Attack", "Armed Assault",
    UAG, CIV, BA, "Quetta", "Brewery Road", 1, "on Tuesday", 1, {"civilians": 1}, None,
    "The victim is a shopkeeper (civilian role) who happens to be the brother of an official; being a relative of the Deputy Commissioner does not make him a government or security target, so side civilians, actor2 Civilians and GTD Armed Assault (not Assassination; the motive is unknown). Pishin is only the DC's posting. Hazar Ganji is where the attackers fled."),
 ])

G["06"] = dict(publisher="The News",
 actors=[fc(), bla(), levies()],
 people=[Pe("Gwahram Baloch", ["Gwahram Baloch"], ["BLA spokesman"])],
 places=[P("Margat", "area", BA, "Kachhi"), P("Mach", "area", BA, "Kachhi"), P("Kachhi District", "district", BA, "Kachhi"),
         P("Kolpur", "town", BA, "Kachhi"), P("Quetta", "city", BA, "Quetta")],
 quotes=[],
 incidents=[
  I("militants of the Balochistan Liberation Army (BLA) attacked an FC checkpost in Margat area", BAT, "Armed clash", "Armed Assault",
    "Balochistan Liberation Army", "Frontier Corps", BA, "Kachhi", "Margat", 1, "on the night of June 8", 4, {"security_forces": 4}, 3,
    "A rocket and gunfire assault on an FC checkpost with an hour-long exchange of fire: Battles/Armed clash (gunfire, not rockets alone). 'At least four' FC killed = 4; three injured. 'Dozens of militants' is the size of the attacking party, not a casualty count; no militant casualties are reported. The claimed seizure of weapons is part of the attack, not a separate looting event."),
  I("unidentified militants blew up a 24 inch diameter gas pipeline near Kolpur", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, None, BA, "Kachhi", "Kolpur", 2, "On the same night", 0, {}, 0,
    "A gas pipeline supplying Quetta was blown up; 'No one was hurt', so killed and injured are 0. The target is infrastructure, so actor2 is null. The BLA claim covers only the checkpost attack, so this stays Unidentified. 'Near' Kolpur, hence precision 2."),
 ])

G["07"] = dict(publisher="The Express Tribune",
 actors=[levies(), A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
 people=[],
 places=[P("Punjab", "province", PB, None), P("Gichk", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur"),
         P("Sadiqabad", "town", PB, "Rahim Yar Khan"), P("Khanpur", "town", PB, "Rahim Yar Khan"),
         P("Rahim Yar Khan District", "district", PB, "Rahim Yar Khan")],
 quotes=[],
 incidents=[
  I("Unidentified armed men shot dead six labourers hailing from Punjab", VAC, "Attack", "Armed Assault",
    "Balochistan Liberation Front", CIV, BA, "Panjgur", "Gichk", 2, "on the intervening night of April 11 and 12", 6, {"civilians": 6}, 1,
    "Settler labourers from Punjab were lined up and shot at a dam site. The BLF claimed the killings, so it is actor1 although the text says 'Unidentified armed men'. Labourers are a civilian role; the BLF allegation that they worked for the military does not change their status. One labourer injured; the eighth escaped. Gichk is a valley/tehsil-level area of Panjgur and the site within it is not named, hence precision 2 (judgement). The date spans the night of April 11-12; date_text keeps the phrase."),
 ])

G["08"] = dict(publisher="Dawn",
 actors=[levies(), A("Voice for Baloch Missing Persons", "civil_society", 6, ["Voice for Baloch Missing Persons", "VBMP"])],
 people=[Pe("Shahdad Baloch", ["Shahdad Baloch"], ["resident of Absar, Turbat", "found dead after going missing"]),
         Pe("Rasool Bakhsh", ["Rasool Bakhsh"], ["resident of Absar, Turbat", "found dead after going missing"])],
 places=[P("Turbat", "city", BA, "Kech"), P("Kaur Sarmal", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
         P("Absar", "area", BA, "Kech"), P("Quetta Press Club", "area", BA, "Quetta")],
 quotes=[],
 incidents=[
  I("The bullet riddled bodies of two young men", VAC, "Attack", "Hostage Taking (Kidnapping)",
    UAG, CIV, BA, "Kech", "Kaur Sarmal", 2, "on Friday", 2, {}, None,
    "Bodies found, not a clash: the two had been 'picked up by unidentified men' three weeks earlier and were found shot, so abducted and later killed = ACLED Attack with GTD Hostage Taking (Kidnapping). The date is the day the bodies were found. 'Young men' is not a status, so no side split. Found 'near' Kaur Sarmal village, hence precision 2. The abduction itself is undated and part of this record."),
  I("staged a protest outside the Quetta Press Club", PRO, "Peaceful protest", None,
    "Protesters", None, BA, "Quetta", "Quetta Press Club", 1, "on the same day", 0, {}, None,
    "Relatives of missing persons, led by the VBMP, protested and 'dispersed peacefully'. Protests get no GTD type. Judgement: actor1 is the generic 'Protesters' (ACLED inter 6), with the VBMP listed in actors as the named organiser (kind civil_society); no counterpart, so actor2 is null."),
 ])

G["09"] = dict(publisher="The Express Tribune",
 actors=[A("Baloch Raaji Aajoi Sangar", "armed_group", 2, ["Baloch Raaji Aajoi Sangar", "BRAS"]), levies()],
 people=[],
 places=[P("Karachi", "city", SD, "Karachi"), P("Gwadar", "city", BA, "Gwadar"), P("Makran Coastal Highway", "area", BA, None),
         P("Ormara", "town", BA, "Gwadar"), P("Gwadar District", "district", BA, "Gwadar"), P("Pasni", "town", BA, "Gwadar"),
         P("Hoshab", "town", BA, "Kech"), P("Kech District", "district", BA, "Kech")],
 quotes=[],
 incidents=[
  I("Terrorists opened fire on a passenger coach", VAC, "Attack", "Armed Assault",
    "Baloch Raaji Aajoi Sangar", CIV, BA, "Gwadar", "Ormara", 2, "on the evening of October 2", 2, {"civilians": 2}, 1,
    "Gunfire on a Karachi-Gwadar passenger coach on the coastal highway; two passengers (civilian role) killed and the driver injured. BRAS, an alliance, claimed it, so it is actor1 though the text says 'Terrorists'. 'Near' Ormara, hence precision 2."),
  I("Levies personnel defused an improvised explosive device (IED)", SD_, "Disrupted weapons use", "Bombing/Explosion",
    "Levies", UAG, BA, "Gwadar", "Pasni", 2, "The next day", 0, {}, None,
    "An IED under a highway culvert was defused: Disrupted weapons use, with GTD Bombing/Explosion as for the defused bombs in satp-sa-dev-109. The BRAS claim covers only the coach attack, so the planters are Unidentified. 'The next day' = October 3. 'Near' Pasni, hence precision 2."),
  I("unidentified assailants torched two oil tankers", SD_, "Looting/property destruction", "Facility/Infrastructure Attack",
    UAG, None, BA, "Kech", "Hoshab", 2, "on October 3", 0, {}, 0,
    "Arson on parked tankers with no one hurt: judgement, coded ACLED Looting/property destruction (property only, no violence against people) and GTD Facility/Infrastructure Attack (arson). 'No casualties were reported', so killed and injured are 0. 'Near' Hoshab, hence precision 2."),
 ])

G["10"] = dict(publisher="The Express Tribune",
 actors=[A("Security Forces", "state_force", 1, ["Security Forces", "SFs", "security forces", "soldiers"]), bla(), levies()],
 people=[],
 places=[P("Kahan", "town", BA, "Kohlu"), P("Kohlu District", "district", BA, "Kohlu"), P("Barkhan", "town", BA, "Barkhan")],
 quotes=[],
 incidents=[
  I("Security Forces (SFs) killed five terrorists during an intelligence based operation (IBO)", BAT, "Armed clash", None,
    "Security Forces", "Balochistan Liberation Army", BA, "Kohlu", "Kahan", 1, "on May 14", 5, {"militants": 5}, None,
    "An SF operation with an exchange of fire, so Battles/Armed clash and GTD null (state-initiated). The count is given for one side only: five BLA militants killed. 'Several soldiers were injured' with no number, so injured is null rather than a guess. ISPR is the source (the military's media wing), not an actor. The BLA's past attacks are background."),
  I("miscreants hurled a hand grenade at the Levies Thana", EXP, "Grenade", "Bombing/Explosion",
    UAG, "Levies", BA, "Barkhan", "Barkhan", 1, "on the same day", 0, {}, 2,
    "A grenade attack on a Levies station; two Levies personnel injured. Only a grenade, no gunfire, so Explosions/Grenade rather than Armed clash. 'Miscreants' are unnamed, so Unidentified."),
 ])

G["11"] = dict(publisher="Dawn",
 actors=[police("Police", "police")],
 people=[Pe("Sajid Hussain Mir", ["Sajid Hussain Mir"], ["Inspector General of Police"])],
 places=[P("Rawalpindi", "city", PB, "Rawalpindi"), P("Gilgit", "city", GB, "Gilgit"), P("Karakoram Highway", "area", None, None),
         P("Chilas", "town", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"), P("Gilgit Baltistan", "province", GB, None)],
 quotes=[Q("Sajid Hussain Mir", "A search operation is under way in the adjoining valleys")],
 incidents=[
  I("Unidentified gunmen opened fire on a passenger bus", VAC, "Attack", "Armed Assault",
    UAG, CIV, GB, "Diamer", "Chilas", 2, "late on Saturday night", 3, {"civilians": 2, "security_forces": 1}, 7,
    "Gunmen in the hills fired on a Rawalpindi-Gilgit bus on the Karakoram Highway. Three passengers killed, 'including a soldier who was going home on leave': judgement, the soldier keeps his status (security_forces 1) and the other two passengers are civilians; the attack is still on a civilian bus, so Violence against civilians/Attack, not Battles. Seven injured, no side. 'Near' Chilas, hence precision 2. The IGP spoke in Gilgit, another city; Gilgit is not the incident location. The Karakoram Highway runs through several provinces, so its place entry has no admin1."),
 ])

G["12"] = dict(publisher="Dawn",
 actors=[A("Indian Army", "state_force", 8, ["Indian troops"]), A("Pakistan Army", "state_force", 1, ["Pakistan Army"])],
 people=[Pe("Waqar Ahmed", ["Sepoy Waqar Ahmed", "Waqar Ahmed"], ["Pakistan Army soldier", "Sepoy", "killed by Indian fire"])],
 places=[P("Line of Control", "area", AJK, None), P("Nakyal", "town", AJK, "Kotli"), P("Kotli District", "district", AJK, "Kotli"),
         P("Azad Jammu and Kashmir", "province", AJK, None), P("Battal", "area", AJK, "Poonch"),
         P("Poonch District", "district", AJK, "Poonch")],
 quotes=[],
 incidents=[
  I("Indian troops resorted to unprovoked shelling across the Line of Control (LoC)", EXP, "Shelling/artillery/missile attack", None,
    "Indian Army", CIV, AJK, "Kotli", "Nakyal", 2, "on October 23", 2, {"civilians": 2}, 4,
    "Cross-LoC mortar shelling on villages: Shelling/artillery/missile attack. A woman and her son killed and 'four other civilians' injured; 'other civilians' gives the dead a civilian status. Judgement: the Indian Army is the perpetrator here, so it is listed as a foreign state force (inter 8) despite the rule leaving out foreign forces named only as victims or accusers. A state army is outside GTD, so GTD null. The Pakistan Army's response is part of the same exchange, not a separate incident. 'Nakyal sector' is the area around Nakyal, hence precision 2."),
  I("was martyred when Indian troops opened fire on a forward post", BAT, "Armed clash", None,
    "Indian Army", "Pakistan Army", AJK, "Poonch", "Battal", 2, "On the same day", 1, {"security_forces": 1}, None,
    "Small-arms fire across the LoC on a Pakistan Army post killed one soldier: Battles/Armed clash between two state forces; GTD null. 'Battal sector' is an area, hence precision 2."),
 ])

G["13"] = dict(publisher="The Express Tribune",
 actors=[police("Police")],
 people=[Pe("Naseer Ahmad Bajwa", ["Dr Naseer Ahmad Bajwa", "Naseer Ahmad Bajwa"], ["Ahmadi homeopathic doctor", "shot dead at his clinic"]),
         Pe("Amir Mahmood Shad", ["Amir Mahmood Shad"], ["spokesman of the Ahmadiyya community"])],
 places=[P("Qila Mehr Singh", "town", PB, "Sialkot"), P("Daska", "area", PB, "Sialkot"), P("Sialkot District", "district", PB, "Sialkot"),
         P("Punjab", "province", PB, None)],
 quotes=[],
 incidents=[
  I("was shot dead by two unidentified assailants at his clinic", VAC, "Attack", "Armed Assault",
    UAG, CIV, PB, "Sialkot", "Qila Mehr Singh", 1, "on Friday evening", 1, {"civilians": 1}, None,
    "A faith-based killing of an Ahmadi doctor (civilian role) in his village clinic. Not a prominent public figure, so Armed Assault. The Ahmadiyya community spokesman is a source; the community is not an armed actor. The two earlier attacks on Ahmadis this year are background. 'Express Tribune reports' is normalised to The Express Tribune."),
 ])

G["14"] = dict(publisher="The Express Tribune",
 actors=[ctd(), iskp(), ttp()],
 people=[],
 places=[P("Shah Sadar Din", "town", PB, "Dera Ghazi Khan"), P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
         P("Punjab", "province", PB, None), P("Lahore", "city", PB, "Lahore"), P("Alipur", "town", PB, "Muzaffargarh"), P("Muzaffargarh District", "district", PB, "Muzaffargarh")],
 quotes=[],
 incidents=[
  I("arrested three suspected terrorists of the Islamic State Khorasan Province (IS KP)", SD_, "Arrests", None,
    "Counter Terrorism Department", "Islamic State-Khorasan Province", PB, "Dera Ghazi Khan", "Shah Sadar Din", 1, "on December 2", 0, {}, None,
    "A CTD raid with arrests and explosives, detonators and a pistol seized; the seizure and the alleged plan against a religious gathering belong to this Arrests record (a Disrupted weapons use coding would be the alternative). No GTD type for arrests. The spokesman spoke in Lahore, not the incident place."),
  I("two terrorists of the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire during a CTD raid", BAT, "Armed clash", None,
    "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Muzaffargarh", "Alipur", 2, "on the same night", 2, {"militants": 2}, 1,
    "A CTD raid that turned into a gunfight: Battles/Armed clash, GTD null (state-initiated). Two TTP militants killed; one CTD constable injured. 'Near' Alipur, hence precision 2."),
 ])

G["15"] = dict(publisher="Dawn",
 actors=[police("police", "Police"), A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]), ttp()],
 people=[Pe("Qari Saifullah Mansoor", ["Qari Saifullah Mansoor"], ["TTP spokesman"]),
         Pe("Zubair Mohmand", ["Zubair Mohmand"], ["JuA spokesman"])],
 places=[P("Ferozepur Road", "area", PB, "Lahore"), P("Lahore", "city", PB, "Lahore"), P("Punjab", "province", PB, None)],
 quotes=[Q("Qari Saifullah Mansoor", "Our fighters do not target public places")],
 incidents=[
  I("a suicide bomber blew himself up near a police picket on Ferozepur Road", EXP, "Suicide bomb", "Bombing/Explosion",
    "Jamaat-ul-Ahrar", "Police", PB, "Lahore", "Ferozepur Road", 1, "on Monday afternoon", 5, {"security_forces": 2}, 22,
    "A suicide bombing at a police picket. Claimed by JuA and denied by the TTP: the claimant is the perpetrator, so actor1 is JuA; the TTP is listed as named but not coded as perpetrator. 'At least five persons, including two policemen' = 5 killed, of whom only the two policemen have a status; the other three get no side. The bomber is not counted. The picket was the target, so actor2 is Police."),
 ])

G["16"] = dict(publisher="The News",
 actors=[police("Police", "police"), ttp()],
 people=[Pe("Abdul Samad Tahiri", ["Maulana Abdul Samad Tahiri"], ["Rawalpindi division president of the Ahle Sunnat Wal Jamaat (ASWJ)", "cleric", "shot dead"])],
 places=[P("Rawalpindi", "city", PB, "Rawalpindi"), P("Dhok Hassu", "area", PB, "Rawalpindi"),
         P("I 10 sector", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad")],
 quotes=[],
 incidents=[
  I("Maulana Abdul Samad Tahiri, and his guard were shot dead by unidentified assailants", VAC, "Attack", "Assassination",
    UAG, CIV, PB, "Rawalpindi", "Dhok Hassu", 2, "on Thursday morning", 2, {"civilians": 2}, None,
    "A sectarian cleric who heads a religious party's Rawalpindi division was ambushed in his car: a specific prominent target, so GTD Assassination. The cleric is a civilian and his guard takes his principal's side, so civilians = 2. ASWJ appears only as the victim's party and is not listed in actors. 'Near' Dhok Hassu, hence precision 2. The police deployment is not an incident."),
  I("Islamabad police arrested two suspected militants linked with the Tehreek e Taliban Pakistan (TTP)", SD_, "Arrests", None,
    "Police", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad", "I 10 sector", 1, "on the same day", 0, {}, None,
    "Arrests during a search operation in Islamabad, unrelated to the Rawalpindi killing, so a separate Arrests incident; the suicide jacket and grenades seized belong to it. Islamabad coded as admin1 'Islamabad' (the capital territory)."),
 ])

G["17"] = dict(publisher="Dawn",
 actors=[ctd(), lej()],
 people=[Pe("Zahid", ["Zahid alias Tota"], ["alias Tota", "alleged LeJ target killer", "arrested"]),
         Pe("Muhammad Irfan", ["Muhammad Irfan"], ["alleged LeJ target killer", "arrested"])],
 places=[P("Sher Shah Road", "area", PB, "Multan"), P("Multan", "city", PB, "Multan"), P("Bosan Road", "area", PB, "Multan"),
         P("Rahim Yar Khan", "city", PB, "Rahim Yar Khan"), P("Afghanistan", "country", None, None)],
 quotes=[],
 incidents=[
  I("arrested two alleged target killers of the banned Lashkar e Jhangvi (LeJ)", SD_, "Arrests", None,
    "Counter Terrorism Department", "Lashkar-e-Jhangvi", PB, "Multan", "Sher Shah Road", 2, "on July 9, 2019", 0, {}, None,
    "Only the arrest is a reported incident. The suspects' past attacks (a Shia lawyer killed on Bosan Road in 2013, an imambargah shooting in Rahim Yar Khan with three worshippers killed) are background told to describe the suspects and are not coded; their deaths are not counted here. Weapons recovered belong to the arrest. 'Near' Sher Shah Road, hence precision 2. Afghanistan is only where they had returned from."),
 ])

G["18"] = dict(publisher="The Express Tribune",
 actors=[A("Kamal Pitafi gang", "armed_group", 3, ["Kamal Pitafi gang"]), police("police", "Police")],
 people=[Pe("Kamal Pitafi", ["Kamal Pitafi"], ["leader of the Kamal Pitafi gang (implied by the gang name)"]),
         Pe("Rana Shahid Mehmood", ["Rana Shahid Mehmood"], ["District Police Officer (DPO)"])],
 places=[P("Kacha", "area", PB, "Rajanpur"), P("Rajanpur District", "district", PB, "Rajanpur"), P("Punjab", "province", PB, None),
         P("Gublo Goth", "town", SD, "Kashmore"), P("Kashmore District", "district", SD, "Kashmore"), P("Sindh", "province", SD, None),
         P("Ghotki", "town", SD, "Ghotki")],
 quotes=[],
 incidents=[
  I("dacoits of the Kamal Pitafi gang attacked a police post", BAT, "Armed clash", "Armed Assault",
    "Kamal Pitafi gang", "Police", PB, "Rajanpur", "Kacha", 2, "late on Monday night", 2, {"security_forces": 2}, 3,
    "A named dacoit gang attacked a police post with rockets and automatic weapons and police returned fire: Battles/Armed clash (attack on police with gunfire). Gang coded as an organised armed group with ACLED inter 3 (judgement). Two policemen killed; 'three others injured' is not split. The Kacha is a riverine tract of the district, hence precision 2."),
  I("dacoits abducted four labourers working on a road project", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    UAG, CIV, SD, "Kashmore", "Gublo Goth", 2, "on Tuesday", 0, {}, None,
    "Kidnapping of four labourers for ransom by unnamed dacoits (not tied to the Pitafi gang), so actor1 is Unidentified. 'Near' Gublo Goth, hence precision 2."),
  I("police recovered the bullet riddled body of a trader", VAC, "Attack", "Hostage Taking (Kidnapping)",
    UAG, CIV, SD, "Ghotki", "Ghotki", 2, "on the same day", 1, {"civilians": 1}, None,
    "A trader kidnapped for ransom last week was found shot dead: abducted and later killed, so Attack with GTD Hostage Taking (Kidnapping). Trader is a civilian role. The date is when the body was found ('the same day' = Tuesday). Found in a canal 'near' Ghotki, hence precision 2."),
 ])

G["19"] = dict(publisher="Dawn",
 actors=[A("Sindhudesh Liberation Army", "armed_group", 2, ["Sindhudesh Liberation Army", "SDLA"]), police("Police")],
 people=[],
 places=[P("Padidan", "town", SD, "Naushahro Feroze"), P("Naushahro Feroze District", "district", SD, "Naushahro Feroze"),
         P("Karachi", "city", SD, "Karachi"), P("Station Road", "area", SD, "Larkana"), P("Larkana", "city", SD, "Larkana")],
 quotes=[],
 incidents=[
  I("A low intensity cracker exploded near the railway track at Padidan railway station", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Sindhudesh Liberation Army", None, SD, "Naushahro Feroze", "Padidan", 1, "in the early hours of Sunday", 0, {}, 0,
    "A low-intensity 'cracker' is still an explosive attack on the railway: IED, GTD Bombing/Explosion. 'No one was hurt', so killed and injured are 0. Track damage only, so actor2 is null. The SDLA claimed 'the blast' (this one), so it is actor1. At the station of Padidan itself, precision 1. Karachi is only the train's destination."),
  I("another cracker went off outside the National Database and Registration Authority (NADRA) office", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, None, SD, "Larkana", "Station Road", 1, "On Saturday evening", 0, {}, 0,
    "A second cracker, a day earlier, damaged window panes at a NADRA office; 'No casualties were reported' = 0 and 0. Pamphlets with pro-Sindhudesh slogans name no group and are not a claim; the SDLA statement claims only the railway blast, so this stays Unidentified. Property only, so actor2 is null."),
 ])

G["20"] = dict(publisher="Dawn",
 actors=[police("policeman", "Police")],
 people=[Pe("Shabana Bibi", ["Shabana Bibi"], ["lady health worker", "polio vaccination team member", "injured"])],
 places=[P("Frontier Colony", "area", SD, "Karachi"), P("Orangi Town", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"),
         P("Banaras Chowk", "area", SD, "Karachi")],
 quotes=[],
 incidents=[
  I("two unidentified armed motorcyclists opened fire at them in Frontier Colony", BAT, "Armed clash", "Armed Assault",
    UAG, "Police", SD, "Karachi", "Frontier Colony", 1, "on January 18", 1, {"security_forces": 1}, 1,
    "An attack on a polio vaccination team with a police escort: the escorting policeman was killed and a lady health worker injured. Judgement: because the one death is a policeman, the rule for attacks on police applies (Battles/Armed clash, actor2 Police); Violence against civilians/Attack on the health team is the alternative reading. Killed side security_forces 1; injured 1 (the health worker, not split). The suspension of the campaign is not an incident."),
 ])

G["21"] = dict(publisher="The News",
 actors=[police("Police", "police")],
 people=[Pe("Allah Dino", ["Allah Dino"], ["private security guard of Chinese engineers", "injured"]),
         Pe("Tariq Nawaz Shaikh", ["Tariq Nawaz Shaikh"], ["district Senior Superintendent of Police (SSP)"])],
 places=[P("Jhimpir", "town", SD, "Thatta"), P("Thatta District", "district", SD, "Thatta")],
 quotes=[],
 incidents=[
  I("a remote controlled bomb went off near their vehicle", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, CIV, SD, "Thatta", "Jhimpir", 2, "on Wednesday", 0, {}, 1,
    "A motorcycle bomb hit a convoy of Chinese engineers; the engineers were unhurt and their private guard was injured. The engineers are civilians and a private guard takes his principals' side, so actor2 is Civilians. No group claimed it; police only suspect 'Sindhi separatist groups' (unnamed), so actor1 is Unidentified. 'Near' Jhimpir, hence precision 2."),
 ])

G["22"] = dict(publisher="Dawn",
 actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LeI"]), A("Khassadar Force", "state_force", 1, ["Khassadar"])],
 people=[Pe("Gul Rehman Afridi", ["Malik Gul Rehman Afridi"], ["pro government tribal elder", "Malik"]),
         Pe("Sher Zaman", ["Sher Zaman"], ["Khassadar official", "shot dead"])],
 places=[P("Shalobar", "area", KP, "Khyber"), P("Bara", "area", KP, "Khyber"), P("Khyber Agency", "district", KP, "Khyber"),
         P("Federally Administered Tribal Areas", "area", KP, None), P("Peshawar", "city", KP, "Peshawar"), P("Jamrud", "town", KP, "Khyber")],
 quotes=[],
 incidents=[
  I("Militants of the banned Lashkar e Islam (LeI) blew up the house of a pro government tribal elder", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Lashkar-e-Islam", CIV, KP, "Khyber", "Shalobar", 1, "on the intervening night of March 3 and 4", 0, {}, 0,
    "LeI is named as the perpetrator by the report. The house of a named pro-government elder (a civilian, not a militia) was blown up; 'no one was hurt', so 0 and 0; actor2 Civilians, as for the MPA's house in satp-sa-dev-0. The family's move to Peshawar is background." + FATA_NOTE),
  I("a Khassadar official, identified as Sher Zaman, was shot dead by unidentified assailants", BAT, "Armed clash", "Armed Assault",
    UAG, "Khassadar Force", KP, "Khyber", "Jamrud", 2, "on March 4", 1, {"security_forces": 1}, None,
    "Khassadars are the tribal police, a state force, so an attack on one going home from duty is Battles/Armed clash by the rule for attacks on police. Not claimed, so Unidentified. 'Near Jamrud bazaar', hence precision 2." + FATA_NOTE),
 ])

G["23"] = dict(publisher="Dawn",
 actors=[A("Security Forces", "state_force", 1, ["soldiers", "security forces", "troops"]),
         A("Hafiz Gul Bahadur Group", "armed_group", 2, ["Hafiz Gul Bahadur group"])],
 people=[Pe("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group (implied by the group name)"])],
 places=[P("Datta Khel", "area", KP, "North Waziristan"), P("North Waziristan District", "district", KP, "North Waziristan"),
         P("Bannu", "city", KP, "Bannu"), P("Spinwam", "area", KP, "North Waziristan")],
 quotes=[],
 incidents=[
  I("terrorists attacked a security forces post in Datta Khel tehsil", BAT, "Armed clash", "Armed Assault",
    "Hafiz Gul Bahadur Group", "Security Forces", KP, "North Waziristan", "Datta Khel", 2, "in the early hours of Tuesday", 10, {"security_forces": 4, "militants": 6}, 2,
    "Militants attacked an SF post and troops killed six in the exchange of fire: one Armed clash with four soldiers and six militants killed; two soldiers injured. Claimed by the Hafiz Gul Bahadur group, so it is actor1. Tehsil-level place, hence precision 2. Bannu is only where journalists received the claim."),
  I("an improvised explosive device (IED) planted along the road went off near a school van", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, CIV, KP, "North Waziristan", "Spinwam", 2, "on the same day", 0, {}, 3,
    "A roadside IED near a school van injured the driver and two students (civilians; injured not split). The claim covers only the post attack, so Unidentified. Tehsil-level place, hence precision 2."),
 ])

G["24"] = dict(publisher="Dawn",
 actors=[iskp(), police("Police")],
 people=[Pe("Pervaiz Masih", ["Pervaiz Masih"], ["Christian sanitary worker", "shot dead"]),
         Pe("Samuel Masih", ["Samuel Masih"], ["Christian sanitary worker", "cousin of Pervaiz Masih", "shot dead"])],
 places=[P("Shahzaman Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Balochistan", "province", BA, None)],
 quotes=[],
 incidents=[
  I("were shot dead by unidentified gunmen on Shahzaman Road", VAC, "Attack", "Armed Assault",
    "Islamic State-Khorasan Province", CIV, BA, "Quetta", "Shahzaman Road", 1, "on Sunday morning", 2, {"civilians": 2}, None,
    "Two Christian sanitary workers (civilian role) were shot while at work. IS-KP claimed the killings, so it is actor1 although the text says 'unidentified gunmen'. Amaq is the claim's outlet, not an actor."),
 ])

G["25"] = dict(publisher="The News",
 actors=[police("police", "Police", "policemen")],
 people=[Pe("Khalid Pervez Khattak", ["Khalid Pervez Khattak"], ["Inspector General of Police Islamabad"])],
 places=[P("Golra Morr", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"), P("Rawalpindi", "city", PB, "Rawalpindi")],
 quotes=[],
 incidents=[
  I("a suspected suicide bomber blew himself up after being stopped at a police checkpoint", EXP, "Suicide bomb", "Bombing/Explosion",
    UAG, "Police", ICT, "Islamabad", "Golra Morr", 2, "on Friday afternoon", 1, {"security_forces": 1}, 2,
    "A suicide bomber stopped at a police checkpoint blew himself up, killing a constable; two others injured (not split). The bomber is not counted. The IGP's view that he was heading for a Rawalpindi market is a supposed target, not a place of the incident. 'Near' Golra Morr, hence precision 2."),
 ])

G["26"] = dict(publisher="Dawn",
 actors=[rangers(), ttp()],
 people=[],
 places=[P("Mochko", "area", SD, "Keamari"), P("Keamari District", "district", SD, "Keamari"), P("Karachi", "city", SD, "Karachi")],
 quotes=[],
 incidents=[
  I("Three suspected militants of the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire with Rangers", BAT, "Armed clash", None,
    "Pakistan Rangers", "Tehreek-e-Taliban Pakistan", SD, "Keamari", "Mochko", 1, "on Wednesday", 3, {"militants": 3}, 1,
    "A Rangers raid on a hideout turned into a gunfight: Armed clash, GTD null (state-initiated). Three TTP militants killed, one Rangers man injured. The text names a Karachi district (Keamari District), so admin2 is Keamari rather than Karachi. Recovered jackets, grenades and a map belong to this event."),
 ])

G["27"] = dict(publisher="The Express Tribune",
 actors=[bla(), A("Balochistan Liberation Army (Majeed Brigade)", "armed_group", 2, ["Majeed Brigade"]), fc(), police("police")],
 people=[],
 places=[P("East Bay Expressway", "area", BA, "Gwadar"), P("Gwadar", "city", BA, "Gwadar"), P("Gwadar Port", "area", BA, "Gwadar"),
         P("Balochistan", "province", BA, None), P("Quetta", "city", BA, "Quetta")],
 quotes=[],
 incidents=[
  I("a convoy carrying Chinese engineers came under attack on the East Bay Expressway", BAT, "Armed clash", "Armed Assault",
    "Balochistan Liberation Army (Majeed Brigade)", "Frontier Corps", BA, "Gwadar", "East Bay Expressway", 1, None, 2, {"militants": 2}, 1,
    "Militants fired on a convoy of Chinese engineers and the FC and police escort returned fire, killing two attackers; one FC soldier injured; the Chinese were unhurt. Judgement: an exchange of fire with the state escort is Battles/Armed clash, with the first-named escort (FC) as actor2 rather than the civilians. Claimed by the BLA's Majeed Brigade, coded as that faction. The text gives no date. The Home Minister spoke in Quetta, another city."),
 ])

G["28"] = dict(publisher="Daily Times",
 actors=[police("Police", "police")],
 people=[Pe("Syed Zulfiqar Ali Shah", ["Syed Zulfiqar Ali Shah"], ["activist of the Majlis Wahdat ul Muslimeen (MWM)", "shot dead"]),
         Pe("Ghulam Qadir Brohi", ["Ghulam Qadir Brohi"], ["suspect arrested in connection with the Shikarpur killing"])],
 places=[P("Lakhi Gate", "area", SD, "Shikarpur"), P("Shikarpur", "city", SD, "Shikarpur"), P("Thul", "town", SD, "Jacobabad"),
         P("Jacobabad District", "district", SD, "Jacobabad")],
 quotes=[],
 incidents=[
  I("was shot dead by unidentified assailants near his house in Lakhi Gate area", VAC, "Attack", "Armed Assault",
    UAG, CIV, SD, "Shikarpur", "Lakhi Gate", 1, "on October 14", 1, {"civilians": 1}, None,
    "A Shia party activist (civilian role, as a party worker in satp-sa-dev-41) was shot dead; not a prominent figure, so Armed Assault. MWM is a party named only as the victim's affiliation and is not listed. The arrest of a suspect on October 16 'in connection with the Shikarpur killing' is tied to this incident, so it is part of this record, not a separate Arrests incident."),
  I("unidentified miscreants hurled a hand grenade at an imambargah in Thul town", EXP, "Grenade", "Bombing/Explosion",
    UAG, CIV, SD, "Jacobabad", "Thul", 1, "late on the same night", 0, {}, 3,
    "A grenade thrown at a Shia place of worship injured three persons (no side). 'Late on the same night' = October 14."),
 ])

G["29"] = dict(publisher="Dawn",
 actors=[police("police", "Police")],
 people=[],
 places=[P("Darel", "area", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"), P("Gilgit Baltistan", "province", GB, None),
         P("Tangir", "area", GB, "Diamer"), P("Gilgit", "city", GB, "Gilgit"), P("Chilas", "town", GB, "Diamer")],
 quotes=[],
 incidents=[
  I("terrorists attacked a police checkpost in Darel valley", BAT, "Armed clash", "Armed Assault",
    UAG, "Police", GB, "Diamer", "Darel", 2, "on the night of August 2", 1, {"security_forces": 1}, 1,
    "Gunfire from the mountains on a police checkpost: attack on police = Battles/Armed clash. One constable killed, one injured. A valley, hence precision 2."),
  I("unidentified miscreants set on fire a government girls primary school in Tangir valley", SD_, "Looting/property destruction", "Facility/Infrastructure Attack",
    UAG, None, GB, "Diamer", "Tangir", 2, "On the same night", 0, {}, None,
    "Arson on a girls' school with no one reported hurt: judgement, ACLED Looting/property destruction and GTD Facility/Infrastructure Attack (fire, no explosives). Property only, so actor2 is null. A valley, hence precision 2."),
  I("police in Gilgit arrested three suspects wanted for the 2012 attack on a passenger bus", SD_, "Arrests", None,
    "Police", UAG, GB, "Gilgit", "Gilgit", 1, "on August 3", 0, {}, None,
    "Arrests not tied to the two Diamer incidents, so a separate Arrests incident; two Kalashnikovs seized belong to it. The 2012 bus attack near Chilas is background and is not coded. No group is named for the suspects, so actor2 is Unidentified Armed Group."),
 ])

G["30"] = dict(publisher="Dawn",
 actors=[A("Indian Army", "state_force", 8, ["Indian troops", "Indian army"])],
 people=[Pe("Raja Khurshid Akhtar", ["Raja Khurshid Akhtar"], ["adviser to the Azad Jammu and Kashmir (AJK) Prime Minister"])],
 places=[P("Bandi Seri", "town", AJK, "Neelum"), P("Neelum valley", "area", AJK, "Neelum"), P("Line of Control", "area", AJK, None),
         P("Athmuqam", "town", AJK, "Neelum"), P("Kel", "town", AJK, "Neelum"), P("Muzaffarabad", "city", AJK, "Muzaffarabad"),
         P("Azad Jammu and Kashmir", "province", AJK, None)],
 quotes=[Q("Raja Khurshid Akhtar", "The Indian army is deliberately targeting civilians")],
 incidents=[
  I("a mortar shell fired by Indian troops hit a passenger van", EXP, "Shelling/artillery/missile attack", None,
    "Indian Army", CIV, AJK, "Neelum", "Bandi Seri", 2, "on Thursday", 3, {"civilians": 3}, 9,
    "A cross-LoC mortar shell hit a passenger van: Shelling/artillery/missile attack by a foreign state force (inter 8), GTD null. Three passengers (civilian role) killed, nine injured. 'Near' Bandi Seri village, hence precision 2. The adviser spoke in Muzaffarabad, another city; Athmuqam and Kel are the van's route."),
 ])
