# Hand-written reports of set AU and their hand coding. Invented events; real places.
KP, BA, PU, SI = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"
AC = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SB = ("Explosions/Remote violence", "Suicide bomb")
GR = ("Explosions/Remote violence", "Grenade")
SH = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR = ("Explosions/Remote violence", "Air/drone strike")
ATT = ("Violence against civilians", "Attack")
ABD = ("Violence against civilians", "Abduction/forced disappearance")
DWU = ("Strategic developments", "Disrupted weapons use")
ARR = ("Strategic developments", "Arrests")
LPD = ("Strategic developments", "Looting/property destruction")
UAG, CIV = "Unidentified Armed Group", "Civilians"
FATA = "Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

SF = ("Security Forces", "state_force", 1)
TTP = ("Tehreek-e-Taliban Pakistan", "armed_group", 2)


def A(base, mentions):
    return (base[0], base[1], base[2], mentions)


def inc(what, es, gtd, a1, a2, adm1, adm2, loc, prec, date, killed, side, injured, note):
    return dict(what=what, acled_event_type=es[0], acled_sub_event_type=es[1], gtd_attack_type=gtd,
                actor1=a1, actor2=a2, admin1=adm1, admin2=adm2, location=loc, geo_precision=prec,
                date_text=date, killed=killed, killed_by_side=side, injured=injured, note=note)


REPORTS = [
# AU-01 ------------------------------------------------------------------
dict(publisher="Dawn",
text="At least 14 persons, including three policemen, were killed and 37 others injured when a suicide bomber blew himself up near a police check post at Khyber Bazaar in Peshawar, the provincial capital of North West Frontier Province (NWFP), on October 9, reports Dawn. Capital City Police Officer (CCPO) Fazal Rabbani Gandapur said the bomber, aged about 18, walked towards the post on foot and detonated his explosives vest when the policemen tried to stop him for a search. Several shops and a passenger van were damaged in the blast.",
actors=[("Police", "state_force", 1, ["policemen"])],
people=[("Fazal Rabbani Gandapur", ["Fazal Rabbani Gandapur"], ["Capital City Police Officer (CCPO)"])],
places=[("Khyber Bazaar", "area", KP, "Peshawar"), ("Peshawar", "city", KP, "Peshawar"),
        ("North West Frontier Province", "province", KP, None)],
incidents=[inc("a suicide bomber blew himself up near a police check post at Khyber Bazaar", SB, "Bombing/Explosion",
               UAG, "Police", KP, "Peshawar", "Khyber Bazaar", 1, "on October 9", 14, {"security_forces": 3}, 37,
               "The bomber set off his vest when policemen stopped him near their check post, so actor2 is Police. 'At least 14' = 14, of whom three policemen; the other 11 are 'persons', so only the police side is given. The bomber is not counted. NWFP is the old name of Khyber Pakhtunkhwa, so admin1 is Khyber Pakhtunkhwa.")]),
# AU-02 ------------------------------------------------------------------
dict(publisher="The News",
text="A suicide bomber was killed when the explosives strapped to his body went off prematurely near an imambargah on Alamdar Road in Quetta, the provincial capital of Balochistan, on Friday, reports The News. Police said no one else was hurt in the blast and the bomber's head had been recovered for identification. Separately, unidentified assailants hurled a hand grenade at the house of a retired school teacher, Ghulam Qadir Lehri, in Killi Sardar Mohib area of Quetta late on Saturday night, injuring his two sons.",
actors=[("Police", "state_force", 1, ["Police"])],
people=[("Ghulam Qadir Lehri", ["Ghulam Qadir Lehri"], ["retired school teacher", "owner of the house attacked with a grenade"])],
places=[("Alamdar Road", "area", BA, "Quetta"), ("Quetta", "city", BA, "Quetta"), ("Balochistan", "province", BA, None),
        ("Killi Sardar Mohib", "area", BA, "Quetta")],
incidents=[
 inc("A suicide bomber was killed when the explosives strapped to his body went off prematurely", SB, "Bombing/Explosion",
     UAG, None, BA, "Quetta", "Alamdar Road", 1, "on Friday", 1, {"militants": 1}, 0,
     "The vest went off prematurely near an imambargah and killed only the bomber. Here the text itself reports the bomber killed, so killed = 1 (militants). 'No one else was hurt', so injured = 0. The intended target is not certain (only 'near an imambargah') and no one else was harmed, so actor2 is null."),
 inc("unidentified assailants hurled a hand grenade at the house of a retired school teacher", GR, "Bombing/Explosion",
     UAG, CIV, BA, "Quetta", "Killi Sardar Mohib", 1, "late on Saturday night", 0, {}, 2,
     "A grenade thrown at a private house injured the owner's two sons; no deaths are reported, so killed = 0. The sons' status is not stated beyond being his sons; injured carry no side anyway."),
]),
# AU-03 ------------------------------------------------------------------
dict(publisher="Daily Times",
text="Militants set ablaze 11 oil tankers carrying fuel for North Atlantic Treaty Organisation (NATO) forces in Afghanistan at a terminal in Ashkhel Adda area of Landi Kotal tehsil (revenue unit) in Khyber Agency of Federally Administered Tribal Areas (FATA) on March 2, reports Daily Times. Officials said some 15 armed men arrived in two pick-up trucks, fired on the terminal and sprayed the tankers with petrol before fleeing. A driver, identified as Sher Zaman, was injured. In another incident, a roadside bomb hit a container truck on the Peshawar-Torkham highway near Shagai Fort in Jamrud tehsil on the same day, killing its cleaner. The Tehrik-i-Taliban Pakistan claimed responsibility for both the attacks through a spokesman, Azmatullah Mehsud.",
actors=[A(TTP, ["Tehrik-i-Taliban Pakistan"])],
people=[("Sher Zaman", ["Sher Zaman"], ["tanker driver", "injured"]),
        ("Azmatullah Mehsud", ["Azmatullah Mehsud"], ["spokesman of the Tehrik-i-Taliban Pakistan"])],
places=[("Ashkhel Adda", "area", KP, "Khyber"), ("Landi Kotal", "area", KP, "Khyber"),
        ("Khyber Agency", "district", KP, "Khyber"), ("Federally Administered Tribal Areas", "area", KP, None),
        ("Afghanistan", "country", None, None), ("Shagai Fort", "area", KP, "Khyber"), ("Jamrud", "area", KP, "Khyber")],
incidents=[
 inc("Militants set ablaze 11 oil tankers carrying fuel for North Atlantic Treaty Organisation (NATO) forces", ATT, "Facility/Infrastructure Attack",
     "Tehreek-e-Taliban Pakistan", CIV, KP, "Khyber", "Ashkhel Adda", 1, "on March 2", 0, {}, 1,
     "About 15 armed men fired on a NATO fuel terminal and torched 11 tankers; a driver was injured. The TTP claimed 'both the attacks', so it is actor1 although the text first says 'Militants'. The aim was to destroy the tankers (arson), so GTD Facility/Infrastructure Attack; since a civilian driver was shot at and hurt, ACLED Attack on civilians rather than property destruction. NATO is a foreign force and is left out. " + FATA),
 inc("a roadside bomb hit a container truck on the Peshawar-Torkham highway", IED, "Bombing/Explosion",
     "Tehreek-e-Taliban Pakistan", CIV, KP, "Khyber", "Shagai Fort", 2, "on the same day", 1, {"civilians": 1}, None,
     "Covered by the TTP claim of 'both the attacks'. The truck's cleaner is a civilian role. 'Near Shagai Fort', hence precision 2. " + FATA),
]),
# AU-04 ------------------------------------------------------------------
dict(publisher="The News",
text="Security Forces (SFs) killed 22 militants and destroyed five hideouts during an operation in Loi Sam and Charmang areas of Bajaur Agency on Sunday, according to the Inter-Services Public Relations (ISPR). Two soldiers were also killed and four wounded in the fighting. Meanwhile, a curfew was imposed in Khar, the agency headquarters, after militants fired five mortar shells at the Bajaur Scouts fort late on Saturday night. No casualties were reported in the shelling, reports The News.",
actors=[A(SF, ["Security Forces", "SFs", "soldiers"]), ("Bajaur Scouts", "state_force", 1, ["Bajaur Scouts"])],
people=[],
places=[("Loi Sam", "area", KP, "Bajaur"), ("Charmang", "area", KP, "Bajaur"), ("Bajaur Agency", "district", KP, "Bajaur"),
        ("Khar", "town", KP, "Bajaur")],
incidents=[
 inc("Security Forces (SFs) killed 22 militants and destroyed five hideouts during an operation", AC, None,
     "Security Forces", UAG, KP, "Bajaur", "Bajaur Agency", 2, "on Sunday", 24, {"militants": 22, "security_forces": 2}, 4,
     "A state operation with fighting: 22 militants and two soldiers killed, four (soldiers, by context) wounded. Started by the state, so GTD null. It spans two areas (Loi Sam and Charmang), so the location is the agency with precision 2. No group is named. ISPR is the military's press wing and is treated as a source, not an actor. " + FATA),
 inc("militants fired five mortar shells at the Bajaur Scouts fort", SH, "Bombing/Explosion",
     UAG, "Bajaur Scouts", KP, "Bajaur", "Khar", 1, "late on Saturday night", 0, {}, 0,
     "Mortar fire with no gunfire reported, so Shelling. 'No casualties were reported', so killed and injured are 0. The fort is taken to be at Khar, where the curfew followed; the curfew itself is not an incident. " + FATA),
],
not_incidents=["a curfew was imposed in Khar, the agency headquarters"]),
# AU-05 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Five militants of the Lashkar-e-Islam (LI) were killed and three others injured when SFs pounded their hideouts with artillery in Sipah area of Bara tehsil in Khyber Agency on January 23, reports Dawn. Official sources said a training centre of the group, run by a commander named Zarghun Afridi, was also destroyed. In another incident, a tribal elder, Malik Gul Rehman Afridi, was shot dead by unidentified assailants near his home in Shalobar area of Bara on the same day. Local sources blamed LI for the killing but the group denied any involvement.",
actors=[("Lashkar-e-Islam", "armed_group", 2, ["Lashkar-e-Islam", "LI"]), A(SF, ["SFs"])],
people=[("Zarghun Afridi", ["Zarghun Afridi"], ["Lashkar-e-Islam commander", "ran the destroyed training centre"]),
        ("Gul Rehman Afridi", ["Malik Gul Rehman Afridi"], ["tribal elder", "shot dead"])],
places=[("Sipah", "area", KP, "Khyber"), ("Bara", "area", KP, "Khyber"), ("Khyber Agency", "district", KP, "Khyber"),
        ("Shalobar", "area", KP, "Khyber")],
incidents=[
 inc("SFs pounded their hideouts with artillery", SH, None,
     "Security Forces", "Lashkar-e-Islam", KP, "Khyber", "Sipah", 1, "on January 23", 5, {"militants": 5}, 3,
     "Artillery fire on LI hideouts with no ground fighting reported, so Shelling/artillery/missile attack. A state operation, so GTD null. Five LI militants killed, three injured. " + FATA),
 inc("a tribal elder, Malik Gul Rehman Afridi, was shot dead by unidentified assailants", ATT, "Armed Assault",
     UAG, CIV, KP, "Khyber", "Shalobar", 2, "on the same day", 1, {"civilians": 1}, None,
     "LI was only blamed by local sources and denied involvement; it made no claim, so actor1 stays Unidentified. A tribal elder is a civilian role; he is a local figure, not a prominent target, so Armed Assault rather than Assassination. 'Near his home', hence precision 2. " + FATA),
]),
# AU-06 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="At least 16 members of a peace lashkar (tribal militia) were killed when militants attacked their check posts in Baizai tehsil (revenue unit) of Mohmand Agency in the early hours of Tuesday, reports The Express Tribune. Political administration officials said around 150 militants came from across the border and the fighting lasted for four hours. Eleven militants were also killed. The Mohmand chapter of the Tehreek e Taliban Pakistan (TTP) claimed the attack, its spokesman Sajjad Mohmand said by telephone. Separately, a remote-controlled bomb planted on a motorcycle went off outside a girls' school in Ekka Ghund on the same day, injuring a watchman. The school was closed at the time.",
actors=[A(TTP, ["Tehreek e Taliban Pakistan", "TTP"]),
        ("Tehreek-e-Taliban Pakistan (Mohmand chapter)", "armed_group", 2, ["Mohmand chapter"])],
people=[("Sajjad Mohmand", ["Sajjad Mohmand"], ["spokesman of the Mohmand chapter of the TTP"])],
places=[("Baizai", "area", KP, "Mohmand"), ("Mohmand Agency", "district", KP, "Mohmand"), ("Ekka Ghund", "town", KP, "Mohmand")],
incidents=[
 inc("militants attacked their check posts in Baizai tehsil", AC, "Armed Assault",
     "Tehreek-e-Taliban Pakistan (Mohmand chapter)", UAG, KP, "Mohmand", "Baizai", 2, "in the early hours of Tuesday", 27, {"militants": 11}, None,
     "A four-hour assault on the posts of an unnamed peace lashkar, claimed by the TTP's Mohmand chapter (a faction), which is actor1. The lashkar is not a named organisation, so actor2 is Unidentified Armed Group and its 16 dead fit none of the sides (as in satp-sa-dev-81); only the 11 militants get a side. Killed = 16 + 11. Tehsil only, hence precision 2. " + FATA),
 inc("a remote-controlled bomb planted on a motorcycle went off outside a girls' school", IED, "Bombing/Explosion",
     UAG, None, KP, "Mohmand", "Ekka Ghund", 1, "on the same day", 0, {}, 1,
     "The school was closed; a watchman was injured. The target was a building, so actor2 is null (as for the pipeline with an injured watchman in satp-sa-dev-72). The TTP claim names only 'the attack' on the posts, so this stays Unidentified. " + FATA),
]),
# AU-07 ------------------------------------------------------------------
dict(publisher="Daily Times",
text="Two persons were killed and 11 others injured when a bomb planted in a flower stall exploded outside a shrine in Bhati Gate area of Lahore, the provincial capital of Punjab, on Thursday evening, reports Daily Times. Police said the device, weighing around 1.5 kilogrammes, had been fitted with a timer. Later that evening, a second device was found in a nearby drain and defused by the Bomb Disposal Squad (BDS).",
actors=[("Police", "state_force", 1, ["Police"]), ("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
people=[],
places=[("Bhati Gate", "area", PU, "Lahore"), ("Lahore", "city", PU, "Lahore"), ("Punjab", "province", PU, None)],
incidents=[
 inc("a bomb planted in a flower stall exploded outside a shrine", IED, "Bombing/Explosion",
     UAG, CIV, PU, "Lahore", "Bhati Gate", 1, "on Thursday evening", 2, {}, 11,
     "A timed device outside a shrine. The dead are 'persons', so no side is given."),
 inc("a second device was found in a nearby drain and defused by the Bomb Disposal Squad (BDS)", DWU, "Bombing/Explosion",
     "Bomb Disposal Squad", UAG, PU, "Lahore", "Bhati Gate", 1, "Later that evening", 0, {}, None,
     "A second bomb defused near the site: Disrupted weapons use, GTD Bombing/Explosion, as in satp-sa-dev-109."),
]),
# AU-08 ------------------------------------------------------------------
dict(publisher="Dawn",
text="At least seven worshippers were killed and 22 injured when a suicide bomber blew himself up inside a mosque during Friday prayers in Mathra area on the outskirts of Peshawar, reports Dawn. Witnesses said the bomber entered the main hall as the prayer leader, Maulana Sher Afzal, began the sermon. Meanwhile, Provincial Information Minister Arbab Saeed Khan, speaking to reporters in Peshawar, condemned the bombing of a polio vaccination team in Karachi and said such attacks would not deter the government.",
actors=[],
people=[("Sher Afzal", ["Maulana Sher Afzal"], ["prayer leader of the mosque"]),
        ("Arbab Saeed Khan", ["Arbab Saeed Khan"], ["Provincial Information Minister"])],
places=[("Mathra", "area", KP, "Peshawar"), ("Peshawar", "city", KP, "Peshawar"), ("Karachi", "city", SI, "Karachi")],
incidents=[
 inc("a suicide bomber blew himself up inside a mosque during Friday prayers", SB, "Bombing/Explosion",
     UAG, CIV, KP, "Peshawar", "Mathra", 2, "during Friday prayers", 7, {"civilians": 7}, 22,
     "'At least seven worshippers' = 7; worshippers are a civilian role, like passengers. The bomber is not counted. Only the weekday is given ('during Friday prayers'). 'On the outskirts of Peshawar', hence precision 2. The minister's statement condemns a different attack (on a polio team in Karachi), given with no date or details; neither the statement nor that attack is coded.")],
not_incidents=["condemned the bombing of a polio vaccination team in Karachi"]),
# AU-09 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Four members of the Shia Hazara community, including a woman, were killed and two others injured when unidentified armed assailants opened fire on a passenger van on Spinny Road in Quetta on September 18, reports Dawn. The Lashkar-e-Jhangvi (LeJ) claimed responsibility in a telephone call to journalists. Shortly afterwards, a Frontier Corps (FC) vehicle came under fire in Brewery Road area while chasing the attackers, injuring one FC man. Meanwhile, the Balochistan Government imposed Section 144 in the city for a week, banning pillion riding.",
actors=[("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"]), ("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])],
people=[],
places=[("Spinny Road", "area", BA, "Quetta"), ("Quetta", "city", BA, "Quetta"), ("Brewery Road", "area", BA, "Quetta"),
        ("Balochistan", "province", BA, None)],
incidents=[
 inc("unidentified armed assailants opened fire on a passenger van on Spinny Road", ATT, "Armed Assault",
     "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Spinny Road", 1, "on September 18", 4, {}, 2,
     "LeJ claimed responsibility, so it is actor1 although the text says 'unidentified armed assailants'. The victims are named only by community, not by a civilian role, so no side. Sectarian targeting of a community, not a prominent person, so Armed Assault."),
 inc("a Frontier Corps (FC) vehicle came under fire in Brewery Road area while chasing the attackers", AC, "Armed Assault",
     UAG, "Frontier Corps", BA, "Quetta", "Brewery Road", 1, "Shortly afterwards", 0, {}, 1,
     "Fire on an FC vehicle chasing the attackers; one FC man injured. The LeJ claim is for the van attack only, so the shooters here stay Unidentified (they are probably the same men). Section 144 is an administrative order, not an incident."),
],
not_incidents=["the Balochistan Government imposed Section 144 in the city for a week"]),
# AU-10 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="Jet fighters of the Pakistan Air Force (PAF) struck militant hideouts in Datta Khel and Shawal areas of North Waziristan Agency early on Sunday, killing at least 35 militants, including foreigners, according to the ISPR. The strikes were part of the ongoing Operation Zarb-e-Azb. An ammunition dump and six vehicles were also destroyed, reports The Express Tribune. Independent confirmation of the toll was not possible as the media has no access to the area.",
actors=[("Pakistan Air Force", "state_force", 1, ["Pakistan Air Force", "PAF"])],
people=[],
places=[("Datta Khel", "area", KP, "North Waziristan"), ("Shawal", "area", KP, "North Waziristan"),
        ("North Waziristan Agency", "district", KP, "North Waziristan")],
incidents=[
 inc("Jet fighters of the Pakistan Air Force (PAF) struck militant hideouts", AIR, None,
     "Pakistan Air Force", UAG, KP, "North Waziristan", "North Waziristan Agency", 2, "early on Sunday", 35, {"militants": 35}, None,
     "Air strikes by state jets in Operation Zarb-e-Azb. 'At least 35' = 35 militants, the ISPR figure (unconfirmed, but the only one). State action, so GTD null. Two areas are struck, so the location is the agency at precision 2. " + FATA),
]),
# AU-11 ------------------------------------------------------------------
dict(publisher="The News",
text="Four suspected militants of the Tehrik-i-Taliban Pakistan (TTP) were killed in an encounter with the Pakistan Rangers, Sindh in Sultanabad locality of Manghopir in Karachi on February 11, reports The News. A Rangers spokesman said the suspects opened fire when a team raided their hideout. Two Rangers personnel were injured. Hand grenades, two Kalashnikovs and a suicide vest were seized. Separately, police arrested a target killer of a banned sectarian outfit, identified as Asif alias Tiger, from Korangi on the same day.",
actors=[A(TTP, ["Tehrik-i-Taliban Pakistan", "TTP"]), ("Pakistan Rangers", "state_force", 1, ["Pakistan Rangers", "Rangers"]),
        ("Police", "state_force", 1, ["police"])],
people=[("Asif", ["Asif alias Tiger"], ["target killer of a banned sectarian outfit", "arrested"])],
places=[("Sultanabad", "area", SI, "Karachi"), ("Manghopir", "area", SI, "Karachi"), ("Karachi", "city", SI, "Karachi"),
        ("Korangi", "area", SI, "Karachi")],
incidents=[
 inc("Four suspected militants of the Tehrik-i-Taliban Pakistan (TTP) were killed in an encounter with the Pakistan Rangers", AC, None,
     "Pakistan Rangers", "Tehreek-e-Taliban Pakistan", SI, "Karachi", "Sultanabad", 1, "on February 11", 4, {"militants": 4}, 2,
     "A Rangers raid on a hideout in which the suspects fired first. Started by the state, so GTD null. Two Rangers injured. The seized weapons are part of this event."),
 inc("police arrested a target killer of a banned sectarian outfit", ARR, None,
     "Police", UAG, SI, "Karachi", "Korangi", 1, "on the same day", 0, {}, None,
     "An arrest not tied to the encounter, so its own Arrests incident. The sectarian outfit is not named, so actor2 is Unidentified Armed Group. Korangi is not called a district in the text, so admin2 is Karachi."),
]),
# AU-12 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Six labourers, including two from Punjab, were shot dead and two others injured when armed assailants stormed their camp at a road construction site in Hoshab area of Kech District in Balochistan late on Tuesday night, reports Dawn. The workers were building a section of the M-8 motorway, part of the China-Pakistan Economic Corridor (CPEC). The Balochistan Liberation Front (BLF) claimed the attack through its spokesman Bahar Baloch. A day earlier, Levies personnel defused an improvised explosive device (IED) weighing eight kilogrammes planted along the highway near Hoshab.",
actors=[("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]), ("Levies", "state_force", 1, ["Levies"])],
people=[("Bahar Baloch", ["Bahar Baloch"], ["BLF spokesman"])],
places=[("Hoshab", "town", BA, "Kech"), ("Kech District", "district", BA, "Kech"), ("Balochistan", "province", BA, None),
        ("Punjab", "province", PU, None)],
incidents=[
 inc("armed assailants stormed their camp at a road construction site", ATT, "Armed Assault",
     "Balochistan Liberation Front", CIV, BA, "Kech", "Hoshab", 1, "late on Tuesday night", 6, {"civilians": 6}, 2,
     "BLF claimed the attack. Labourers are a civilian role. Punjab is only where two of them came from."),
 inc("Levies personnel defused an improvised explosive device (IED)", DWU, "Bombing/Explosion",
     "Levies", UAG, BA, "Kech", "Hoshab", 2, "A day earlier", 0, {}, None,
     "A defused IED: Disrupted weapons use. The BLF claim covers only the camp attack. 'Near Hoshab', hence precision 2."),
]),
# AU-13 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="A police head constable, Abdul Sattar, and his 12-year-old son were shot dead by unidentified motorcyclists on Sabzal Road in Quetta on Wednesday morning while he was taking the boy to school, reports The Express Tribune. Police said the assailants fled towards Killi Ismail after the attack. No group claimed responsibility.",
actors=[("Police", "state_force", 1, ["Police"])],
people=[("Abdul Sattar", ["Abdul Sattar"], ["police head constable", "shot dead with his son"])],
places=[("Sabzal Road", "area", BA, "Quetta"), ("Quetta", "city", BA, "Quetta"), ("Killi Ismail", "area", BA, "Quetta")],
incidents=[
 inc("A police head constable, Abdul Sattar, and his 12-year-old son were shot dead by unidentified motorcyclists", AC, "Armed Assault",
     UAG, "Police", BA, "Quetta", "Sabzal Road", 1, "on Wednesday morning", 2, {"security_forces": 1, "civilians": 1}, None,
     "An attack on a policeman is coded Battles/Armed clash under the coding rules, even though he was off duty and taking his son to school (ACLED might code it as an attack on civilians). The policeman is security_forces; his 12-year-old son is a civilian (a child, and family of the target). Not a prominent target, so Armed Assault."),
]),
# AU-14 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Six terrorists of the Lashkar-e-Jhangvi (LeJ) were killed in an exchange of fire with the Counter Terrorism Department (CTD) near Ring Road in Lahore on March 2, reports Dawn. According to a CTD spokesman, the terrorists were being shifted to another location for recovery of weapons when their accomplices attacked the police van, and the detained men were killed in the crossfire. Separately, security forces arrested 23 suspects during combing operations under Operation Radd-ul-Fasaad in Dera Ghazi Khan District on the same day, according to ISPR.",
actors=[("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"]),
        ("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
        A(SF, ["security forces"])],
people=[],
places=[("Ring Road", "area", PU, "Lahore"), ("Lahore", "city", PU, "Lahore"), ("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan")],
incidents=[
 inc("Six terrorists of the Lashkar-e-Jhangvi (LeJ) were killed in an exchange of fire with the Counter Terrorism Department (CTD)", AC, "Armed Assault",
     "Lashkar-e-Jhangvi", "Counter Terrorism Department", PU, "Lahore", "Ring Road", 2, "on March 2", 6, {"militants": 6}, None,
     "By the CTD's account their accomplices attacked the van carrying six detained LeJ men, who died in the crossfire. Coded as the CTD tells it: an armed attack by LeJ on a police (CTD) van, GTD Armed Assault; the six dead are counted as militants. Such 'crossfire' deaths of detainees are disputed in practice, but the text gives no other version. 'Near Ring Road', hence precision 2."),
 inc("security forces arrested 23 suspects during combing operations", ARR, None,
     "Security Forces", None, PU, "Dera Ghazi Khan", "Dera Ghazi Khan District", 2, "on the same day", 0, {}, None,
     "A mass arrest in combing operations with a reported outcome, so an Arrests incident. The suspects' group is not stated, so actor2 is null. District only, hence precision 2."),
]),
# AU-15 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Two Rangers personnel were injured when a low-intensity bomb hidden in a garbage heap exploded as their vehicle passed through Block 13 of Gulistan-e-Jauhar in Karachi on June 10, reports Dawn. The Sindhudesh Revolutionary Army (SRA), a banned separatist group, claimed responsibility in a message on social media. Police said the bomb was detonated with a remote control.",
actors=[("Pakistan Rangers", "state_force", 1, ["Rangers"]), ("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
        ("Police", "state_force", 1, ["Police"])],
people=[],
places=[("Block 13", "area", SI, "Karachi"), ("Gulistan-e-Jauhar", "area", SI, "Karachi"), ("Karachi", "city", SI, "Karachi")],
incidents=[
 inc("a low-intensity bomb hidden in a garbage heap exploded as their vehicle passed", IED, "Bombing/Explosion",
     "Sindhudesh Revolutionary Army", "Pakistan Rangers", SI, "Karachi", "Block 13", 1, "on June 10", 0, {}, 2,
     "A remote-controlled bomb hit a Rangers vehicle; two Rangers injured, no deaths reported, so killed = 0. The SRA claimed it."),
]),
# AU-16 ------------------------------------------------------------------
dict(publisher="The News",
text="Terrorists attacked a Levies post in Nana Sahib area of Duki District on the night of August 4, but the personnel repulsed the attack, reports The News. Levies officials said the exchange of fire continued for about an hour, after which the attackers fled towards the mountains. No loss of life was reported on either side.",
actors=[("Levies", "state_force", 1, ["Levies"])],
people=[],
places=[("Nana Sahib", "area", BA, "Duki"), ("Duki District", "district", BA, "Duki")],
incidents=[
 inc("Terrorists attacked a Levies post in Nana Sahib area of Duki District", AC, "Armed Assault",
     UAG, "Levies", BA, "Duki", "Nana Sahib", 1, "on the night of August 4", 0, {}, None,
     "An hour-long exchange of fire; the attack was repulsed. 'No loss of life' gives killed = 0; injuries are not mentioned, so injured is null (as in satp-sa-dev-27). Duki District is in Balochistan (general knowledge; the text names no province)."),
]),
# AU-17 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Two soldiers were martyred when terrorists opened fire on a patrol in Razmak tehsil of North Waziristan District on Saturday, according to the ISPR. Troops responded and killed one terrorist, the military's media wing said. In a separate incident, an IED blast hit a vehicle of the Frontier Corps (FC) in Ladha sub-division of South Waziristan District on the same day, injuring three FC personnel, reports Dawn.",
actors=[A(SF, ["soldiers", "Troops"]), ("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])],
people=[],
places=[("Razmak", "area", KP, "North Waziristan"), ("North Waziristan District", "district", KP, "North Waziristan"),
        ("Ladha", "area", KP, "South Waziristan"), ("South Waziristan District", "district", KP, "South Waziristan")],
incidents=[
 inc("terrorists opened fire on a patrol in Razmak tehsil", AC, "Armed Assault",
     UAG, "Security Forces", KP, "North Waziristan", "Razmak", 2, "on Saturday", 3, {"security_forces": 2, "militants": 1}, None,
     "An ambush on a patrol: two soldiers and one attacker killed. Tehsil only, hence precision 2. Generic soldiers, so Security Forces."),
 inc("an IED blast hit a vehicle of the Frontier Corps (FC)", IED, "Bombing/Explosion",
     UAG, "Frontier Corps", KP, "South Waziristan", "Ladha", 2, "on the same day", 0, {}, 3,
     "Three FC personnel injured, no deaths reported. Sub-division only, hence precision 2."),
]),
# AU-18 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Two policemen were injured when terrorists dropped explosives from a quadcopter on the Haved police station in Bannu District of Khyber Pakhtunkhwa late on Saturday night, reports Dawn. District Police Officer (DPO) Ziaullah Khattak said that the police fired at the drone, which flew away towards Jani Khel. In another incident, militants attacked the Mandan police post with heavy weapons on Sunday, but the attack was repulsed after an hour-long exchange of fire. No casualties were reported.",
actors=[("Police", "state_force", 1, ["policemen", "police"])],
people=[("Ziaullah Khattak", ["Ziaullah Khattak"], ["District Police Officer (DPO)"])],
places=[("Haved", "area", KP, "Bannu"), ("Bannu District", "district", KP, "Bannu"), ("Khyber Pakhtunkhwa", "province", KP, None),
        ("Jani Khel", "area", KP, "Bannu"), ("Mandan", "area", KP, "Bannu")],
incidents=[
 inc("terrorists dropped explosives from a quadcopter on the Haved police station", AIR, "Bombing/Explosion",
     UAG, "Police", KP, "Bannu", "Haved", 1, "late on Saturday night", 0, {}, 2,
     "Explosives dropped from a quadcopter by militants: ACLED Air/drone strike (drone use is coded so whatever the actor), GTD Bombing/Explosion. Two policemen injured; no deaths reported. The police firing at the drone is part of the same event."),
 inc("militants attacked the Mandan police post with heavy weapons", AC, "Armed Assault",
     UAG, "Police", KP, "Bannu", "Mandan", 1, "on Sunday", 0, {}, 0,
     "An attack repulsed after an hour-long exchange of fire. 'No casualties were reported', so killed and injured are 0."),
]),
# AU-19 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="Three policemen were martyred and two others injured when militants attacked a police check post in Pezu area of Lakki Marwat District late on Saturday night, reports The Express Tribune. The Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack. Earlier on the same day, a roadside bomb exploded near a police mobile van in Tajazai area, but the personnel remained safe. Meanwhile, traders in Lakki Marwat city observed a shutter-down strike to protest against the rising insecurity.",
actors=[A(TTP, ["Tehreek e Taliban Pakistan", "TTP"]), ("Police", "state_force", 1, ["policemen", "police"])],
people=[],
places=[("Pezu", "town", KP, "Lakki Marwat"), ("Lakki Marwat District", "district", KP, "Lakki Marwat"),
        ("Tajazai", "area", KP, "Lakki Marwat"), ("Lakki Marwat", "city", KP, "Lakki Marwat")],
incidents=[
 inc("militants attacked a police check post in Pezu area", AC, "Armed Assault",
     "Tehreek-e-Taliban Pakistan", "Police", KP, "Lakki Marwat", "Pezu", 1, "late on Saturday night", 3, {"security_forces": 3}, 2,
     "The TTP claimed 'the attack' on the check post, so it is actor1. Three policemen killed; the two injured ('two others') are read as policemen but injured carry no side."),
 inc("a roadside bomb exploded near a police mobile van in Tajazai area", IED, "Bombing/Explosion",
     UAG, "Police", KP, "Lakki Marwat", "Tajazai", 1, "Earlier on the same day", 0, {}, 0,
     "The personnel 'remained safe', so killed and injured are 0. The TTP claim covers only the check-post attack."),
 inc("traders in Lakki Marwat city observed a shutter-down strike", ("Protests", "Peaceful protest"), None,
     "Protesters (Pakistan)", None, KP, "Lakki Marwat", "Lakki Marwat", 1, None, 0, {}, None,
     "A traders' shutter-down strike against insecurity is a peaceful protest with no intervention. Protesters are not a named organisation and are not listed in actors; actor1 uses ACLED's generic label. 'Meanwhile' gives no day, so date_text is null (probably the same weekend)."),
]),
# AU-20 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Security forces killed eight khwarij in an intelligence-based operation in Kulachi tehsil of Dera Ismail Khan District on Tuesday, the Inter-Services Public Relations (ISPR) said. Two soldiers, including a captain, were martyred during the intense exchange of fire. However, the Tehreek e Taliban Pakistan (TTP), in a statement issued by its spokesman Khalid Khorasani Mehsud, claimed that its fighters had killed nine soldiers and lost only two of their own men, reports Dawn.",
actors=[A(SF, ["Security forces", "soldiers"]), A(TTP, ["Tehreek e Taliban Pakistan", "TTP"])],
people=[("Khalid Khorasani Mehsud", ["Khalid Khorasani Mehsud"], ["TTP spokesman"])],
places=[("Kulachi", "area", KP, "Dera Ismail Khan"), ("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
incidents=[
 inc("Security forces killed eight khwarij in an intelligence-based operation", AC, None,
     "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "Dera Ismail Khan", "Kulachi", 2, "on Tuesday", 10, {"militants": 8, "security_forces": 2}, None,
     "One clash reported by both sides with different tolls: ISPR says 8 militants and 2 soldiers killed (10), the TTP says 9 soldiers and 2 of its men (11). The most conservative total, 10, is taken, with the ISPR split from the same source rather than mixing the lower figure of each side (2 + 2). The ISPR calls the dead only 'khwarij', but the TTP's statement owns the fighters, so actor2 is TTP. An intelligence-based operation started by the state, so GTD null. Tehsil only, hence precision 2."),
]),
# AU-21 ------------------------------------------------------------------
dict(publisher="The News",
text="Four soldiers were martyred and three khwarij were killed when khwarij attacked a security post in Bagh area of Tirah valley in Khyber District in the early hours of Friday, the ISPR said. The area was being sanitised to eliminate any other khwarij present in the area, the military's media wing added, reports The News.",
actors=[A(SF, ["soldiers"])],
people=[],
places=[("Bagh", "area", KP, "Khyber"), ("Tirah valley", "area", KP, "Khyber"), ("Khyber District", "district", KP, "Khyber")],
incidents=[
 inc("khwarij attacked a security post in Bagh area of Tirah valley", AC, "Armed Assault",
     UAG, "Security Forces", KP, "Khyber", "Bagh", 1, "in the early hours of Friday", 7, {"security_forces": 4, "militants": 3}, None,
     "ISPR's 'khwarij' is the state's label for TTP militants, but the text names no organisation, so actor1 is Unidentified Armed Group. Four soldiers and three attackers killed. The sanitisation operation reports no outcome and is not coded."),
]),
# AU-22 ------------------------------------------------------------------
dict(publisher="Dawn",
text="At least seven passengers travelling to Punjab were offloaded from two buses and shot dead by armed men who had blocked the N-25 highway near Mangochar in Kalat District late on Friday night, reports Dawn. The attackers checked the identity cards of the passengers before opening fire. A Levies vehicle that reached the spot exchanged fire with the gunmen, who fled into the hills; one Levies man was injured. The Balochistan Liberation Army (BLA) claimed responsibility, saying its fighters had carried out a \"snap checking\" on the highway.",
actors=[("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"]), ("Levies", "state_force", 1, ["Levies"])],
people=[],
places=[("Punjab", "province", PU, None), ("N-25 highway", "area", BA, "Kalat"), ("Mangochar", "town", BA, "Kalat"), ("Kalat District", "district", BA, "Kalat")],
quotes=[("Balochistan Liberation Army", "snap checking")],
incidents=[
 inc("At least seven passengers travelling to Punjab were offloaded from two buses and shot dead by armed men", ATT, "Armed Assault",
     "Balochistan Liberation Army", CIV, BA, "Kalat", "Mangochar", 2, "late on Friday night", 7, {"civilians": 7}, None,
     "Passengers singled out by identity card at a highway block and shot: Attack on civilians. The BLA claimed it. 'At least seven' = 7; passengers are a civilian role. 'Near Mangochar', hence precision 2. Punjab is only their destination."),
 inc("A Levies vehicle that reached the spot exchanged fire with the gunmen", AC, None,
     "Levies", "Balochistan Liberation Army", BA, "Kalat", "Mangochar", 2, "late on Friday night", 0, {}, 1,
     "A separate clash between responding Levies and the same gunmen, whom the BLA owned. The Levies moved against the attackers, so actor1 is Levies and GTD is null. One Levies man injured; no deaths reported."),
]),
# AU-23 ------------------------------------------------------------------
dict(publisher="The News",
text="An explosive device planted on the railway track went off as the Quetta-bound Jaffar Express passed near Spezand in Mastung District on November 9, derailing two bogies and injuring five passengers, reports The News. Railway officials said the train was carrying about 300 passengers. The Balochistan Liberation Army (BLA) claimed responsibility. Train services between Quetta and Sibi were suspended for two days.",
actors=[("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])],
people=[],
places=[("Quetta", "city", BA, "Quetta"), ("Spezand", "town", BA, "Mastung"), ("Mastung District", "district", BA, "Mastung"), ("Sibi", "city", BA, "Sibi")],
incidents=[
 inc("An explosive device planted on the railway track went off as the Quetta-bound Jaffar Express passed", IED, "Bombing/Explosion",
     "Balochistan Liberation Army", CIV, BA, "Mastung", "Spezand", 2, "on November 9", 0, {}, 5,
     "A track bomb derailed two bogies of a passenger train and injured five passengers; no deaths reported, so killed = 0. BLA claimed it. The train carried passengers, so actor2 is Civilians. 'Near Spezand', hence precision 2. The suspension of train services is a consequence, not an incident."),
],
not_incidents=["Train services between Quetta and Sibi were suspended for two days"]),
# AU-24 ------------------------------------------------------------------
dict(publisher=None,
text="Terrorists from inside Afghanistan fired at a border post in Ghulam Khan area of North Waziristan District on December 30, martyring two soldiers, according to the ISPR. Own troops responded effectively, the ISPR said. Separately, a local trader, identified as Haji Noor Wali, was abducted by armed men from Mir Ali bazaar on the same day. His family said the kidnappers had not yet contacted them.",
actors=[A(SF, ["soldiers", "troops"])],
people=[("Noor Wali", ["Haji Noor Wali"], ["local trader", "abducted"])],
places=[("Afghanistan", "country", None, None), ("Ghulam Khan", "area", KP, "North Waziristan"),
        ("North Waziristan District", "district", KP, "North Waziristan"), ("Mir Ali", "town", KP, "North Waziristan")],
incidents=[
 inc("Terrorists from inside Afghanistan fired at a border post in Ghulam Khan area", AC, "Armed Assault",
     UAG, "Security Forces", KP, "North Waziristan", "Ghulam Khan", 1, "on December 30", 2, {"security_forces": 2}, None,
     "Cross-border fire on a border post; two soldiers killed. Gunfire, so Armed clash. The attackers came from Afghanistan but are not a named or foreign state force, so Unidentified Armed Group; the post is in Pakistan. No outlet is named, so publisher is null."),
 inc("a local trader, identified as Haji Noor Wali, was abducted by armed men", ABD, "Hostage Taking (Kidnapping)",
     UAG, CIV, KP, "North Waziristan", "Mir Ali", 1, "on the same day", 0, {}, None,
     "Abduction of a trader, not (yet) killed: Abduction/forced disappearance, GTD Kidnapping."),
]),
# AU-25 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="A member of the village defence committee (VDC), Shah Faisal, was shot dead by unidentified gunmen in Maidan area of Lower Dir District on Thursday, reports The Express Tribune. The Tehrik-i-Taliban Pakistan (TTP) claimed the killing, saying he had been spying for the security forces.",
actors=[A(TTP, ["Tehrik-i-Taliban Pakistan", "TTP"])],
people=[("Shah Faisal", ["Shah Faisal"], ["member of the village defence committee (VDC)", "shot dead"])],
places=[("Maidan", "area", KP, "Lower Dir"), ("Lower Dir District", "district", KP, "Lower Dir")],
incidents=[
 inc("A member of the village defence committee (VDC), Shah Faisal, was shot dead by unidentified gunmen", AC, "Armed Assault",
     "Tehreek-e-Taliban Pakistan", UAG, KP, "Lower Dir", "Maidan", 1, "on Thursday", 1, {}, None,
     "The TTP claimed the killing, so it is actor1 despite 'unidentified gunmen'. A VDC is a pro-government village militia, not a named organisation, so actor2 is Unidentified Armed Group (as with the peace lashkar in satp-sa-dev-81) and the dead member fits no side. With an armed-group target the ACLED type is Battles/Armed clash; reading him as a civilian (Attack) would be the alternative. The 'security forces' appear only in the TTP's accusation and are not an actor here."),
]),
# AU-26 ------------------------------------------------------------------
dict(publisher="Dawn",
text="A police constable was martyred and another injured when militants attacked the Shah Kas police post in Jamrud tehsil of Khyber District with hand grenades and automatic weapons on Monday night, reports Dawn. Police returned fire and the attackers fled. In another incident, a hand grenade was thrown at the house of a local Jamiat Ulema-e-Islam-Fazl (JUI-F) leader, Maulana Abdul Hakeem, in Landi Kotal on the same night, damaging its main gate. No one was hurt.",
actors=[("Police", "state_force", 1, ["Police"])],
people=[("Abdul Hakeem", ["Maulana Abdul Hakeem"], ["local Jamiat Ulema-e-Islam-Fazl (JUI-F) leader"])],
places=[("Shah Kas", "area", KP, "Khyber"), ("Jamrud", "area", KP, "Khyber"), ("Khyber District", "district", KP, "Khyber"),
        ("Landi Kotal", "town", KP, "Khyber")],
incidents=[
 inc("militants attacked the Shah Kas police post", AC, "Armed Assault",
     UAG, "Police", KP, "Khyber", "Shah Kas", 1, "on Monday night", 1, {"security_forces": 1}, 1,
     "Grenades and gunfire on a police post with return fire: Armed clash (gunfire is reported, so not Grenade). One constable killed, one injured."),
 inc("a hand grenade was thrown at the house of a local Jamiat Ulema-e-Islam-Fazl (JUI-F) leader", GR, "Bombing/Explosion",
     UAG, CIV, KP, "Khyber", "Landi Kotal", 1, "on the same night", 0, {}, 0,
     "A grenade at a party leader's house damaged the gate; 'No one was hurt', so killed and injured are 0. A politician's home gives actor2 Civilians (as in satp-sa-dev-0). JUI-F is a party named only as the victim's affiliation and is left out of actors."),
]),
# AU-27 ------------------------------------------------------------------
dict(publisher="The News",
text="Two soldiers were martyred and four civilians injured when a suicide bomber rammed his explosives-laden motorcycle into a security forces convoy near Domel in Bannu District on October 21, according to the ISPR. The Jamaat-ul-Ahrar (JuA), a faction of the Tehreek e Taliban Pakistan (TTP), claimed responsibility for the attack, reports The News.",
actors=[A(SF, ["soldiers", "security forces"]),
        ("Tehreek-e-Taliban Pakistan (Jamaat-ul-Ahrar)", "armed_group", 2, ["Jamaat-ul-Ahrar", "JuA"]),
        A(TTP, ["Tehreek e Taliban Pakistan", "TTP"])],
people=[],
places=[("Domel", "town", KP, "Bannu"), ("Bannu District", "district", KP, "Bannu")],
incidents=[
 inc("a suicide bomber rammed his explosives-laden motorcycle into a security forces convoy", SB, "Bombing/Explosion",
     "Tehreek-e-Taliban Pakistan (Jamaat-ul-Ahrar)", "Security Forces", KP, "Bannu", "Domel", 2, "on October 21", 2, {"security_forces": 2}, 4,
     "A motorcycle suicide bombing of a convoy claimed by JuA, a TTP faction, which is actor1 (the faction, as with the Sajna group in satp-sa-dev-8). Two soldiers killed; the bomber is not counted. Four civilians injured. 'Near Domel', hence precision 2."),
]),
# AU-28 ------------------------------------------------------------------
dict(publisher="The News",
text="Three labourers of a private construction company were abducted by militants from a project site in Darazinda tehsil of Dera Ismail Khan District on Sunday, reports The News. The next day, the bodies of two of them were found in a nearby ravine, while the third, identified as Gul Muhammad, returned home. Police said the Tehreek e Taliban Pakistan (TTP) was suspected to be behind the kidnapping.",
actors=[A(TTP, ["Tehreek e Taliban Pakistan", "TTP"]), ("Police", "state_force", 1, ["Police"])],
people=[("Gul Muhammad", ["Gul Muhammad"], ["labourer", "abducted and returned home"])],
places=[("Darazinda", "area", KP, "Dera Ismail Khan"), ("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan")],
incidents=[
 inc("Three labourers of a private construction company were abducted by militants from a project site", ATT, "Hostage Taking (Kidnapping)",
     UAG, CIV, KP, "Dera Ismail Khan", "Darazinda", 2, "on Sunday", 2, {"civilians": 2}, None,
     "Abducted and later killed: one Attack incident with GTD Kidnapping, dated to the abduction; the bodies were found 'The next day'. Labourers are a civilian role. The TTP is only suspected by police, with no claim, so actor1 stays Unidentified. Tehsil only, hence precision 2."),
]),
# AU-29 ------------------------------------------------------------------
dict(publisher="The Express Tribune",
text="The Counter Terrorism Department (CTD) Punjab arrested nine suspected terrorists, including two belonging to the Islamic State (IS), during intelligence-based operations in Lahore, Gujranwala, Multan and Dera Ghazi Khan on Wednesday, reports The Express Tribune. Explosives, detonators and hand grenades were seized from their possession. A CTD spokesman said the suspects were planning to attack sensitive installations.",
actors=[("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]), ("Islamic State", "armed_group", 2, ["Islamic State", "IS"])],
people=[],
places=[("Punjab", "province", PU, None), ("Lahore", "city", PU, "Lahore"), ("Gujranwala", "city", PU, "Gujranwala"),
        ("Multan", "city", PU, "Multan"), ("Dera Ghazi Khan", "city", PU, "Dera Ghazi Khan")],
incidents=[
 inc("The Counter Terrorism Department (CTD) Punjab arrested nine suspected terrorists", ARR, None,
     "Counter Terrorism Department", "Islamic State", PU, None, "Punjab", 3, "on Wednesday", 0, {}, None,
     "Arrests in four cities on one day, coded as one Arrests incident at province level (precision 3), since no single place can be chosen; one record per city would be the alternative. Two suspects are IS, so actor2 is Islamic State (the text does not say Khorasan Province). The seizure is part of the arrests."),
]),
# AU-30 ------------------------------------------------------------------
dict(publisher="Dawn",
text="Militants torched a government girls' high school in Kabal tehsil of Swat District late on Thursday night, reports Dawn. Police said the watchman, Rehmat Gul, was tied up before the building was set on fire. No one was hurt. Separately, police recovered a cache of weapons, including rockets and 12 hand grenades, during a raid on a house in Mingora on the same day. The owner of the house had fled.",
actors=[("Police", "state_force", 1, ["Police", "police"])],
people=[("Rehmat Gul", ["Rehmat Gul"], ["school watchman", "tied up"])],
places=[("Kabal", "area", KP, "Swat"), ("Swat District", "district", KP, "Swat"), ("Mingora", "city", KP, "Swat")],
incidents=[
 inc("Militants torched a government girls' high school", LPD, "Facility/Infrastructure Attack",
     UAG, None, KP, "Swat", "Kabal", 2, "late on Thursday night", 0, {}, 0,
     "Arson of a school with no one hurt: ACLED Looting/property destruction, GTD Facility/Infrastructure Attack (incendiary, not explosives). The watchman was tied up but unharmed. No people targeted, so actor2 is null. Tehsil only, hence precision 2."),
 inc("police recovered a cache of weapons", DWU, None,
     "Police", UAG, KP, "Swat", "Mingora", 1, "on the same day", 0, {}, None,
     "A weapons seizure in a raid: Disrupted weapons use. It comes from a raid and involves no defused device, so GTD null. Whose cache it was is not said, so actor2 is Unidentified Armed Group."),
]),
]
