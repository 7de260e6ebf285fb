KP="Khyber Pakhtunkhwa"; BA="Balochistan"; SI="Sindh"; PU="Punjab"
GB="Gilgit-Baltistan"; ICT="Islamabad Capital Territory"; AJK="Azad Kashmir"
UAG="Unidentified Armed Group"; CIV="Civilians"; SF="Security Forces"
FATA_NOTE="Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; not among the allowed admin1 values)."

def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}
def Pe(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}
def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def I(what, ev, sub, gtd, a1, a2, adm1, adm2, loc, geo, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": ev, "acled_sub_event_type": sub, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": adm1, "admin2": adm2,
            "location": loc, "geo_precision": geo, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

POLICE = lambda m: A("Police", "state_force", 1, m)
SFA = lambda m: A("Security Forces", "state_force", 1, m)
FC = A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
ISPR = A("Inter-Services Public Relations", "state_force", 1, ["Inter Services Public Relations", "ISPR"])
BDS = lambda m: A("Bomb Disposal Squad", "state_force", 1, m)
LEVIES = A("Levies", "state_force", 1, ["Levies"])
CTD = A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"])

G = {}

G[1] = dict(publisher="Dawn",
 actors=[POLICE(["Police", "policemen"])],
 people=[Pe("Iftikhar Khan Marwat", ["Iftikhar Khan Marwat"], ["District Police Officer (DPO)"])],
 places=[P("Domel", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"), P("Khyber Pakhtunkhwa", "province", KP, None),
         P("Bannu", "city", KP, "Bannu"), P("Jhandoo Khel", "area", KP, "Bannu")],
 incidents=[
  I("Militants attacked the Domel Police Station in Bannu District", "Battles", "Armed clash", "Armed Assault", UAG, "Police", KP, "Bannu", "Domel", 1,
    "on the intervening night of March 11 and 12", 5, {"security_forces": 2, "militants": 3}, 4,
    "About 15 militants with rocket launchers and automatic weapons attacked the police station and the policemen returned fire for over an hour. The dead are given by side in separate sentences: two policemen in the first sentence and three attackers, killed in the retaliatory fire, later; so killed = 5. The four injured are policemen. Rockets were used alongside gunfire, so Battles/Armed clash rather than Shelling. No group is named. The place is the police station's town, Domel. The date is the intervening night of March 11 and 12, as written."),
  I("unidentified militants blew up a government girls primary school in Jhandoo Khel area", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, KP, "Bannu", "Jhandoo Khel", 1,
    "on the same night", 0, {}, None,
    "A separate incident at another place in 'the same district' (Bannu). Only the school building is reported damaged and 'No loss of life was reported', so killed = 0 and injured is null, and actor2 is null (property only), as in satp-sa-dev-87. 'On the same night' refers to the intervening night of March 11 and 12."),
 ])

G[2] = dict(publisher="The Express Tribune",
 actors=[FC, A("Baloch Liberation Front", "armed_group", 2, ["Baloch Liberation Front", "BLF"])],
 people=[Pe("Doda Baloch", ["Doda Baloch"], ["spokesman of the Baloch Liberation Front (BLF)"]),
         Pe("Muhammad Arshad", ["Muhammad Arshad"], ["labourer from Punjab", "shot dead"])],
 places=[P("Gushtang", "area", BA, "Kech"), P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
         P("Balochistan", "province", BA, None), P("Turbat", "city", BA, "Kech"), P("Punjab", "province", PU, None), P("Tump", "town", BA, "Kech")],
 incidents=[
  I("unidentified militants ambushed their patrolling vehicle in Gushtang area", "Battles", "Armed clash", "Armed Assault", "Baloch Liberation Front", "Frontier Corps", BA, "Kech", "Gushtang", 1,
    "on Monday", 3, {"security_forces": 3}, 2,
    "An ambush on an FC patrol; attacks on soldiers are Battles/Armed clash. The first sentence says 'unidentified militants', but the BLF later claimed responsibility for the attack, so actor1 is the BLF. Its spokesman spoke from an undisclosed location, which is not a place. The two injured are FC personnel. Turbat is only where the injured were taken."),
  I("a labourer from Punjab, identified as Muhammad Arshad, was shot dead by armed motorcyclists", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, BA, "Kech", "Tump", 1,
    "on Tuesday", 1, {"civilians": 1}, None,
    "A separate incident a day later in 'the same district' (Kech). The BLF claim covers only the attack on the FC, so actor1 stays Unidentified. A labourer is a civilian role. Punjab is only his home province."),
 ])

G[3] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[Pe("Ghulam Mustafa Brohi", ["Ghulam Mustafa Brohi"], ["activist of the Pakistan Peoples Party (PPP)", "shot and later died of his injuries"]),
         Pe("Rao Shafiq", ["Rao Shafiq"], ["Sachal Station House Officer (SHO)"])],
 places=[P("Sachal", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi"), P("Sindh", "province", SI, None)],
 incidents=[
  I("An activist of the Pakistan Peoples Party (PPP), identified as Ghulam Mustafa Brohi (38), was shot and critically injured by unidentified assailants", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, SI, "Karachi", "Sachal", 1,
    "on October 22", 1, {"civilians": 1}, 0,
    "The PPP activist was first reported critically injured and then died late at night, so he is counted once, as killed (as the soldiers in satp-sa-dev-38). His nephew escaped unhurt, so no one else was hurt and injured = 0. A party activist is a civilian role; a party worker, not a prominent figure, so Armed Assault. The place is given only as the limits of Sachal Police Station in Karachi; coded to that area, as Khokhrapar in satp-sa-dev-41. The PPP appears only as the victim's party and is not listed in actors."),
 ])

G[4] = dict(publisher="The News",
 actors=[A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]), TTP,
         SFA(["security forces"]), BDS(["bomb disposal squad"])],
 people=[Pe("Abdul Qahar Mohmand", ["Abdul Qahar Mohmand"], ["spokesman of Jamaat ul Ahrar (JuA)"])],
 places=[P("Ziarat Kalay", "town", KP, "Mohmand"), P("Safi", "area", KP, "Mohmand"), P("Mohmand Agency", "district", KP, "Mohmand"),
         P("Federally Administered Tribal Areas", "area", KP, None), P("Afghanistan", "country", None, None), P("Ekkagund", "area", KP, "Mohmand")],
 incidents=[
  I("a suicide bomber blew himself up at a jirga (tribal council) in Ziarat Kalay village", "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion", "Jamaat-ul-Ahrar", CIV, KP, "Mohmand", "Ziarat Kalay", 1,
    "on Thursday", 12, {"civilians": 4}, 21,
    "A suicide bombing of a jirga of elders settling a land dispute; JuA claimed it, so it is actor1 (TTP is named only as the faction JuA broke from and is listed in actors). 'At least 12 people' = 12; the bomber is not counted. Only the four tribal elders have a stated status (a civilian role), so killed_by_side gives civilians 4 and leaves the other eight without a side. The spokesman spoke from Afghanistan; the attack was in Pakistan. " + FATA_NOTE),
  I("security forces foiled a suicide attack in Ekkagund area", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion", SF, UAG, KP, "Mohmand", "Ekkagund", 1,
    "on Friday", 1, {"militants": 1}, None,
    "A foiled suicide attack: security forces shot dead a would-be bomber trying to enter a check post, and the bomb disposal squad defused his vest. Coded as a disrupted bombing (as the defused devices in satp-sa-dev-109), with the dead bomber counted as a militant because the text counts him as killed. The JuA claim covers only Thursday's attack, so actor2 is Unidentified. 'The same agency' = Mohmand Agency. Battles/Armed clash would be the alternative reading."),
 ])

G[5] = dict(publisher="The News",
 actors=[CTD, A("Islamic State", "armed_group", 2, ["Islamic State", "IS"]), TTP],
 people=[],
 places=[P("Punjab", "province", PU, None), P("Raiwind", "town", PU, "Lahore"), P("Lahore District", "district", PU, "Lahore"),
         P("Multan", "city", PU, "Multan"), P("Sher Shah Road", "area", PU, "Multan"), P("Lahore", "city", PU, "Lahore")],
 incidents=[
  I("The Counter Terrorism Department (CTD) of Punjab arrested four suspected terrorists of the banned Islamic State (IS)", "Strategic developments", "Arrests", None, "Counter Terrorism Department", "Islamic State", PU, "Lahore", "Raiwind", 2,
    "on Wednesday", 0, {}, None,
    "An intelligence-based operation near Raiwind in which four IS suspects were arrested and explosives, two suicide jackets, detonators and a grenade were recovered; the foiled plan to attack a procession and the recovery are part of this arrest, not separate incidents (Disrupted weapons use would be the alternative). No GTD type for arrests. 'Near' Raiwind, hence precision 2."),
  I("two terrorists affiliated with the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire with a CTD team", "Battles", "Armed clash", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PU, "Multan", "Sher Shah Road", 1,
    "on the same day", 2, {"militants": 2}, None,
    "A second CTD operation in Multan; two TTP-affiliated 'terrorists' were killed and two escaped. A state-initiated raid, so GTD is null. The spokesman's statement was issued in Lahore, but the clash was in Multan, near Sher Shah Road (a road in the city, so precision 1, as Jaffar Khan Jamali Road in satp-sa-dev-104)."),
 ])

G[6] = dict(publisher="The News",
 actors=[POLICE(["Police", "police"])],
 people=[Pe("Abdul Basit Farooqui", ["Maulana Abdul Basit Farooqui"], ["prayer leader", "cleric", "shot dead"])],
 places=[P("Ghaziabad", "area", SI, "Karachi"), P("Orangi Town", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi"), P("Manghopir Road", "area", SI, "Karachi")],
 incidents=[
  I("A prayer leader, identified as Maulana Abdul Basit Farooqui (55), was shot dead by unidentified armed motorcyclists", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, SI, "Karachi", "Ghaziabad", 1,
    "on Friday morning", 1, {"civilians": 1}, None,
    "A suspected sectarian killing of a local prayer leader on his way to the mosque. A cleric is a civilian role. He is a local prayer leader, not described as prominent, so Armed Assault rather than Assassination."),
  I("area residents and students of a local seminary placed his body on Manghopir Road and blocked traffic for several hours in protest", "Protests", "Peaceful protest", None, "Protesters", None, SI, "Karachi", "Manghopir Road", 1,
    "Later in the day", 0, {}, None,
    "Residents and seminary students protested the killing by blocking the road with the body; they dispersed peacefully after police assurances, with no force used, so Peaceful protest. No organisation is named, so actor1 is the generic 'Protesters' (inter 6). No GTD type for protests."),
 ])

G[7] = dict(publisher="Dawn",
 actors=[TTP],
 people=[Pe("Shabana Bibi", ["Shabana Bibi"], ["female polio worker", "shot dead"]),
         Pe("Noor Rahman", ["Malik Noor Rahman"], ["tribal elder", "member of the local peace jirga", "killed in the bomb blast"]),
         Pe("Ikramullah", ["Hafiz Ikramullah"], ["Tehreek e Taliban Pakistan (TTP) spokesman"])],
 places=[P("Gul Banda", "area", KP, "Swat"), P("Kabal", "area", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
         P("Khyber Pakhtunkhwa", "province", KP, None), P("Matta", "area", KP, "Swat")],
 incidents=[
  I("Unidentified gunmen shot dead a female polio worker, identified as Shabana Bibi, and injured a policeman deputed for the security of the vaccination team", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, KP, "Swat", "Gul Banda", 1,
    "on Tuesday", 1, {"civilians": 1}, 1,
    "An attack on a polio vaccination team: the vaccinator (a health worker, civilian role) was killed and her police escort injured. The target was the team, so Violence against civilians, not Battles. The TTP explicitly denied any role in this attack, so actor1 stays Unidentified. The escort is only a victim, so Police is not listed in actors."),
  I("a remote controlled bomb planted along a footpath went off near his house", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", CIV, KP, "Swat", "Matta", 2,
    "on Wednesday", 1, {"civilians": 1}, None,
    "A remote-controlled bomb killed a tribal elder (civilian role). The TTP claimed the killing of the elder, so it is actor1. A bomb, so GTD Bombing/Explosion (as the MPA's house in satp-sa-dev-0). Only the tehsil (Matta) is given, hence precision 2."),
 ])

G[8] = dict(publisher="Daily Times",
 actors=[POLICE(["Police"])],
 people=[],
 places=[P("Masjid Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Balochistan", "province", BA, None)],
 incidents=[
  I("unidentified men riding a motorcycle hurled a hand grenade at a mobile phone shop", "Explosions/Remote violence", "Grenade", "Bombing/Explosion", UAG, CIV, BA, "Quetta", "Masjid Road", 1,
    "on June 9", 0, {}, 5,
    "A grenade thrown at a mobile phone shop injured five people, two of them children; no deaths are reported. The police mention of extortion threats does not name a group, so actor1 stays Unidentified. Injured people have no side field."),
 ])

G[9] = dict(publisher=None,
 actors=[SFA(["security forces", "troops", "soldiers"]), ISPR],
 people=[],
 places=[P("Datta Khel", "town", KP, "North Waziristan"), P("North Waziristan District", "district", KP, "North Waziristan"), P("Rawalpindi", "city", PU, "Rawalpindi")],
 incidents=[
  I("an improvised explosive device (IED) went off near a security forces vehicle", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, SF, KP, "North Waziristan", "Datta Khel", 1,
    "on Sunday", 2, {"security_forces": 2}, 3,
    "An IED hit a security forces vehicle; two soldiers were killed ('embraced martyrdom') and three injured. The soldiers are generic, so actor2 is Security Forces. The source is ISPR, not a newspaper, so publisher is null."),
  I("an intense exchange of fire took place with terrorists hiding in a nearby compound", "Battles", "Armed clash", None, SF, UAG, KP, "North Waziristan", "Datta Khel", 1,
    "Following the blast", 4, {"militants": 4}, None,
    "During the search operation that followed the blast, troops fought militants in a compound; four 'terrorists' were killed and weapons recovered. The operation was started by the state, so GTD is null. The ISPR statement was issued from Rawalpindi, which is not the place of the clash. No group is named."),
 ])

G[10] = dict(publisher="The Express Tribune",
 actors=[POLICE(["Police", "police"])],
 people=[Pe("Pardeep Kumar", ["Pardeep Kumar", "Kumar"], ["schoolteacher", "kidnapped and later recovered"]),
         Pe("Amjad Shaikh", ["Amjad Shaikh"], ["Shikarpur Senior Superintendent of Police (SSP)"])],
 places=[P("Garhi Yasin", "area", SI, "Shikarpur"), P("Shikarpur District", "district", SI, "Shikarpur"), P("Sindh", "province", SI, None),
         P("Lakhi", "town", SI, "Shikarpur"), P("Shikarpur", "city", SI, "Shikarpur")],
 incidents=[
  I("Kumar had been abducted by armed men from Lakhi town", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, SI, "Shikarpur", "Lakhi", 1,
    "on September 2", 0, {}, None,
    "The abduction of the schoolteacher for ransom is its own incident, on its own date and at its own place (Lakhi), told in the background of the recovery. The kidnappers are not a named organisation."),
  I("Police recovered a kidnapped schoolteacher, identified as Pardeep Kumar, after an encounter with dacoits", "Battles", "Armed clash", None, "Police", UAG, SI, "Shikarpur", "Garhi Yasin", 2,
    "on Saturday", 2, {}, 1,
    "A police operation in the riverine area recovered the hostage after an exchange of fire; two dacoits were killed, a constable was injured and three escaped. State-initiated, so GTD is null. Dacoits are armed criminals, not soldiers, policemen, militants or civilians, so no side is given. Only the taluka's riverine area is given, hence precision 2."),
 ])
