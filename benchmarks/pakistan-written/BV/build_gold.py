"""Writes BV-NN.gold.json from the hand coding below (one entry per report).
All values were decided by hand from each report's text; this script only fixes the JSON shape."""
import json, os

BA, KP, SD, PB = "Balochistan", "Khyber Pakhtunkhwa", "Sindh", "Punjab"
UAG, CIV, PROT = "Unidentified Armed Group", "Civilians", "Protesters"

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}
def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}
def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}
def I(what, et, st, gtd, a1, a2, a1dm, a2dm, loc, prec, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": a1dm, "admin2": a2dm,
            "location": loc, "geo_precision": prec, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

# frequently used actors
FC = A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
FC_ = A("Frontier Corps", "state_force", 1, ["FC"])
LEV = A("Levies", "state_force", 1, ["Levies"])
SF = lambda m: A("Security Forces", "state_force", 1, m)
POL = lambda m: A("Police", "state_force", 1, m)
CTD = lambda m: A("Counter Terrorism Department", "state_force", 1, m)
TTP = A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])
BLA = A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])
ISKP = A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"])
BDS = lambda m: A("Bomb Disposal Squad", "state_force", 1, m)

G = {}

G["BV-01"] = dict(publisher="Dawn",
 actors=[FC, A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]), SF(["Security forces"])],
 people=[H("Dostain Baloch", ["Major Dostain Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
 places=[P("Kallag", "area", BA, "Kech"), P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
         P("Balochistan", "province", BA, None), P("Turbat", "city", BA, "Kech"), P("Tump", "area", BA, "Kech")],
 incidents=[
  I("heavily armed militants attacked an FC check post in Kallag area", "Battles", "Armed clash", "Armed Assault",
    "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Kallag", 1, "late on March 11", 5,
    {"security_forces": 3, "militants": 2}, 4,
    "Around 20 militants attacked the FC post with automatic weapons and RPGs; the FC returned fire for about an hour. The BLF claimed it, so it is actor1 although the text first says only 'militants'. Killed: three FC personnel and two militants. Injured = the four FC personnel; the attackers' own injured ('taking their injured with them') are uncounted. The BLF claim to have held the post is disputed by officials, so not coded as territory taken. The search operation has no reported outcome."),
  I("four FC personnel were killed when militants ambushed their patrolling vehicle in Tump area", "Battles", "Armed clash", "Armed Assault",
    UAG, "Frontier Corps", BA, "Kech", "Tump", 1, "Last month", 4, {"security_forces": 4}, None,
    "A recalled earlier attack, coded because the text gives when (last month, relative to the report), where (Tump area of Kech) and what happened (four FC killed). An ambush on FC is Battles/Armed clash under the rules. The BLF claim covers only the new attack, so this one stays Unidentified."),
 ],
 not_incidents=[])

G["BV-02"] = dict(publisher="The News",
 actors=[POL(["police", "Police"]), BDS(["Bomb Disposal Squad", "BDS"]), CTD(["Counter Terrorism Department", "CTD"])],
 people=[H("Abdul Ghani", ["Abdul Ghani"], ["Head Constable", "killed in the blast"]),
         H("Zahoor Ahmed", ["Zahoor Ahmed"], ["Constable", "killed in the blast"])],
 places=[P("Sariab Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Balochistan", "province", BA, None),
         P("Killi Dostain", "area", BA, "Quetta")],
 incidents=[
  I("a remote controlled bomb targeted a police van on Sariab Road", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
    UAG, "Police", BA, "Quetta", "Sariab Road", 1, "on the morning of September 4", 2, {"security_forces": 2}, 5,
    "A bomb in a parked motorcycle near the Killi Dostain stop was set off as the Sariab police van passed. Two policemen killed; five injured 'other people, including a passerby' (no side split for injured). No claim. The CTD appears only as the police station where the case was registered."),
  I("found and defused another device", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion",
    "Bomb Disposal Squad", UAG, BA, "Quetta", "Sariab Road", 1, None, 0, {}, None,
    "A second device hidden in a drain near the blast site was defused by the BDS, coded as a disrupted bombing as in the dev files. 'Later' on the same day is implied but no date is stated, so date_text is null."),
 ],
 not_incidents=[])

G["BV-03"] = dict(publisher="The Express Tribune",
 actors=[LEV, POL(["police"])],
 people=[H("Naveed Ahmed Shah", ["Naveed Ahmed Shah"], ["Deputy Commissioner Panjgur"])],
 places=[P("Zirdan", "town", BA, "Panjgur"), P("Gichk", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur"),
         P("Rahim Yar Khan District", "district", PB, "Rahim Yar Khan"), P("Punjab", "province", PB, None),
         P("Panjgur", "city", BA, "Panjgur"), P("Quetta", "city", BA, "Quetta"), P("Chitkan", "town", BA, "Panjgur"),
         P("Balochistan", "province", BA, None)],
 incidents=[
  I("The bullet riddled bodies of three labourers, who had been abducted two days earlier, were found", "Violence against civilians", "Attack", "Hostage Taking (Kidnapping)",
    UAG, CIV, BA, "Panjgur", "Zirdan", 2, "on July 19", 3, {"civilians": 3}, None,
    "Abducted from their camp on the night of July 17 and later shot, so ACLED Attack with GTD Hostage Taking (Kidnapping), per the rules. The date is the day the bodies were found (as in satp-sa-dev-29). Labourers are a civilian role. Bodies found 'near' Zirdan village, hence precision 2. The driver abducted with them and still missing is part of the same event, not a separate incident."),
  I("blocked the Panjgur Quetta road at Chitkan for several hours", "Protests", "Peaceful protest", None,
    PROT, None, BA, "Panjgur", "Chitkan", 1, None, 0, {}, None,
    "Relatives of the missing driver blocked the road to demand his recovery; called off after talks, no intervention. Protests get no GTD type. No date is stated for the blockade ('Meanwhile')."),
 ],
 not_incidents=["Labourers from Punjab have been targeted in the district several times in the past"])

G["BV-04"] = dict(publisher="Dawn",
 actors=[A("Pakistan Coast Guards", "state_force", 1, ["Pakistan Coast Guards", "Coast Guards"]), BLA,
         A("Balochistan Liberation Army (Majeed Brigade)", "armed_group", 2, ["Majeed Brigade"]), SF(["security forces"])],
 people=[H("Mureed Baloch", ["Mureed Baloch"], ["spokesman of the Balochistan Liberation Army (BLA)"]),
         H("Sajid Rind", ["Sajid Rind"], ["provincial government spokesman"])],
 places=[P("Jiwani", "town", BA, "Gwadar"), P("Gwadar District", "district", BA, "Gwadar"), P("Balochistan", "province", BA, None),
         P("Karachi", "city", SD, "Karachi"), P("Gwadar", "city", BA, "Gwadar"), P("Pasni", "town", BA, "Gwadar"), P("Ormara", "town", BA, "Gwadar")],
 incidents=[
  I("militants stormed a Coast Guards camp in Jiwani town", "Battles", "Armed clash", "Armed Assault",
    "Balochistan Liberation Army", "Pakistan Coast Guards", BA, "Gwadar", "Jiwani", 1, "in the early hours of August 23", 10,
    {"security_forces": 4, "militants": 6}, 3,
    "A four-hour gun battle after rockets at the gate; some attackers wore suicide vests but no detonation is reported, so Armed clash rather than Suicide bomb. The BLA claimed it and named its Majeed Brigade as the unit; actor1 is the claimant, the BLA, and the brigade is listed as a sub-unit. Killed: four Coast Guards and six attackers (the spokesman's count of bodies). Injured: three personnel."),
 ],
 not_incidents=["The port city has witnessed several attacks on security installations in recent years"])

G["BV-05"] = dict(publisher="The Express Tribune",
 actors=[LEV, ISKP, CTD(["Counter Terrorism Department", "CTD"])],
 people=[H("Habibullah Kurd", ["Habibullah Kurd"], ["Mastung Deputy Commissioner"])],
 places=[P("Gari Sher", "town", BA, "Mastung"), P("Kanak", "area", BA, "Mastung"), P("Mastung District", "district", BA, "Mastung"),
         P("Mastung", "city", BA, "Mastung"), P("Quetta", "city", BA, "Quetta"), P("Kardigap", "area", BA, "Mastung")],
 incidents=[
  I("a suicide bomber blew himself up among devotees gathered for the annual urs at a shrine", "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion",
    "Islamic State-Khorasan Province", CIV, BA, "Mastung", "Gari Sher", 1, "on Thursday evening", 14, {"security_forces": 1}, 31,
    "ISKP claimed the bombing through Amaq (a media outlet, not an actor). 'At least 14 people' = 14; the bomber is not added. Only the Levies constable has a stated status (security_forces 1); 'two children' get no side, as in satp-sa-dev-120. Mourning, JIT and funerals are not incidents."),
  I("four ISKP militants involved in the attack were killed in an exchange of fire in Kardigap area", "Battles", "Armed clash", None,
    "Counter Terrorism Department", "Islamic State-Khorasan Province", BA, "Mastung", "Kardigap", 1, "on Saturday", 4, {"militants": 4}, None,
    "A CTD operation (state-initiated raid on a hideout), so GTD null. 'On Saturday' is when the CTD said it; the text gives no other date for the clash. The dead are affiliated with ISKP by the CTD, as dev-78 accepts the state's affiliation of slain militants. The recovered explosives and vests are part of this event."),
 ],
 not_incidents=["The shrine had been attacked once before as well"])

G["BV-06"] = dict(publisher="Dawn",
 actors=[SF(["soldiers", "security forces", "soldier"]), A("Hafiz Gul Bahadur group", "armed_group", 2, ["Hafiz Gul Bahadur group"])],
 people=[H("Qari Nasrullah", ["Qari Nasrullah"], ["spokesman of the Hafiz Gul Bahadur group"]),
         H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"]),
         H("Sher Zaman", ["Naik Sher Zaman"], ["Naik", "soldier killed in the blast"]),
         H("Waqar Hussain", ["Sepoy Waqar Hussain"], ["Sepoy", "soldier killed in the blast"])],
 places=[P("Khajuri check post", "area", KP, "North Waziristan"), P("Bannu", "city", KP, "Bannu"), P("Miranshah", "town", KP, "North Waziristan"),
         P("Mir Ali", "town", KP, "North Waziristan"), P("North Waziristan District", "district", KP, "North Waziristan"),
         P("Datta Khel", "area", KP, "North Waziristan")],
 incidents=[
  I("an improvised explosive device (IED) hit a military convoy near Khajuri check post", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Hafiz Gul Bahadur group", "Security Forces", KP, "North Waziristan", "Khajuri check post", 2, "on the morning of May 16", 2, {"security_forces": 2}, 4,
    "A roadside device in a culvert hit a military convoy. The Hafiz Gul Bahadur group claimed it, so it is actor1. 'Near' the check post, hence precision 2. The four injured are 'others' in the convoy; no side is given for injured."),
  I("security forces killed three terrorists during an intelligence based operation in Datta Khel area", "Battles", "Armed clash", None,
    "Security Forces", UAG, KP, "North Waziristan", "Datta Khel", 1, "on the night of May 17", 3, {"militants": 3}, 1,
    "A state-initiated operation with an exchange of fire, so GTD null. No group is named for the slain militants (the HGB claim covers only the convoy blast). One soldier injured."),
 ],
 not_incidents=[])

G["BV-07"] = dict(publisher="The News",
 actors=[POL(["police", "policemen", "Police", "policeman"])],
 people=[H("Zia ud Din Ahmad", ["Zia ud Din Ahmad"], ["District Police Officer (DPO) Bannu"]),
         H("Muhammad Rafiq", ["Muhammad Rafiq"], ["constable", "injured in the drone attack"])],
 places=[P("Jani Khel", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"), P("Khyber Pakhtunkhwa", "province", KP, None),
         P("Bannu", "city", KP, "Bannu"), P("Chowk Bazar", "area", KP, "Bannu")],
 incidents=[
  I("militants dropped an explosive from a quadcopter on the Jani Khel police station", "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion",
    UAG, "Police", KP, "Bannu", "Jani Khel", 1, "late on Sunday", 0, {}, 1,
    "A mortar shell dropped from a small militant drone on a police station. ACLED codes drone-delivered munitions as Air/drone strike whoever flies the drone. The police firing at the drone is not an exchange of fire with the attackers, so not Armed clash. One constable injured. No claim."),
  I("staged a peace march in Bannu city", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Bannu", "Bannu", 1, "on Monday", 0, {}, None,
    "Traders, students and party members marched for peace from Chowk Bazar to the press club and dispersed peacefully. The parties are unnamed. Protests get no GTD type."),
 ],
 not_incidents=["It was the third drone attack on police installations in the southern districts this month"])

G["BV-08"] = dict(publisher="Daily Times",
 actors=[POL(["Police", "police", "policeman"])],
 people=[H("Naseer Khan", ["Constable Naseer Khan"], ["Constable", "escorting a polio vaccination team", "shot dead"])],
 places=[P("Gara Mastan", "town", KP, "Dera Ismail Khan"), P("Kulachi", "area", KP, "Dera Ismail Khan"),
         P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"), P("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[
  I("A policeman escorting a polio vaccination team was shot dead by unidentified motorcyclists", "Battles", "Armed clash", "Armed Assault",
    UAG, "Police", KP, "Dera Ismail Khan", "Gara Mastan", 1, "on October 24", 1, {"security_forces": 1}, 0,
    "A one-sided shooting of a police escort is Battles/Armed clash under the rules (attacks on police). The two vaccinators 'remained unhurt', so injured = 0. The suspension of the campaign is not an incident."),
 ],
 not_incidents=["Lady health workers have also been attacked in the district in the past"])

G["BV-09"] = dict(publisher="The Express Tribune",
 actors=[POL(["Police", "police"]), TTP],
 people=[H("Gul Rahman", ["Gul Rahman"], ["owner of the house attacked", "former head of the local peace committee"]),
         H("Shahid Khan", ["Shahid Khan"], ["suspected extortionist", "arrested in Chamkani"])],
 places=[P("Mashokhel", "area", KP, "Peshawar"), P("Badaber", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
         P("Chamkani", "area", KP, "Peshawar")],
 incidents=[
  I("unidentified men hurled a hand grenade into the house of a former peace committee member", "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
    UAG, CIV, KP, "Peshawar", "Mashokhel", 1, "on Tuesday night", 0, {}, 3,
    "Three family members, two of them women, were injured; the owner was away. He is a former peace committee head and the victims are his family, so actor2 is Civilians (not the pro-government militia case of satp-sa-dev-81). The later arrest of two suspects is tied to this attack, so it is part of this record, as in satp-sa-dev-115."),
  I("police arrested a suspected extortionist and recovered two hand grenades and a pistol", "Strategic developments", "Arrests", None,
    "Police", None, KP, "Peshawar", "Chamkani", 1, "on Wednesday", 0, {}, None,
    "An arrest not tied to the grenade attack, so its own Arrests incident per the rules. He only used the TTP's name in extortion letters; that does not make him a TTP member, so actor2 is null. The grenades seized are part of the arrest."),
 ],
 not_incidents=[])

G["BV-10"] = dict(publisher="Dawn",
 actors=[FC],
 people=[H("Ihsanullah", ["Ihsanullah"], ["ten year old boy killed by the rocket"]),
         H("Sardar Khan", ["Malik Sardar Khan"], ["tribal elder"]),
         H("Noor Alam", ["Haji Noor Alam"], ["tribal elder"])],
 places=[P("Shalobar", "area", KP, "Khyber"), P("Bara", "area", KP, "Khyber"), P("Khyber District", "district", KP, "Khyber"),
         P("Malik Din Khel", "area", KP, "Khyber"), P("Peshawar", "city", KP, "Peshawar"), P("Torkham", "town", KP, "Khyber"),
         P("Jamrud", "town", KP, "Khyber")],
 incidents=[
  I("a rocket fired by militants at a Frontier Corps (FC) fort landed on their house", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion",
    UAG, "Frontier Corps", KP, "Khyber", "Shalobar", 1, "late on Friday", 1, {}, 2,
    "Three rockets fired at the FC fort in Malik Din Khel; one hit a house in Shalobar. Rocket fire with no gunfire is Shelling; the target was the FC, so actor2 is Frontier Corps as in satp-sa-dev-4. The FC retaliation with heavy weapons has no reported outcome and is part of the event. The boy is a child with no stated status, so no side (as satp-sa-dev-120); mother and sister injured."),
  I("placed the body on the Peshawar Torkham highway in Jamrud and staged a sit in", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Khyber", "Jamrud", 1, "On Saturday", 0, {}, None,
    "Residents blocked the highway with the body and demanded protection and compensation; ended after assurances. No intervention. Protests get no GTD type."),
 ],
 not_incidents=["Residents of Bara have staged several protests against the deteriorating law and order situation in the tehsil"])

G["BV-11"] = dict(publisher="The News",
 actors=[ISKP, POL(["Police"])],
 people=[H("Abdul Hadi", ["Maulana Abdul Hadi"], ["prominent religious scholar", "prayer leader of a central mosque", "senior leader of a religious party", "former member of the district council"])],
 places=[P("Khar", "town", KP, "Bajaur"), P("Bajaur District", "district", KP, "Bajaur"), P("Khar bazaar", "area", KP, "Bajaur")],
 incidents=[
  I("Maulana Abdul Hadi, was shot dead by gunmen in Khar", "Violence against civilians", "Attack", "Assassination",
    "Islamic State-Khorasan Province", CIV, KP, "Bajaur", "Khar", 1, "on Friday", 1, {"civilians": 1}, 1,
    "A targeted killing of a named, prominent religious scholar and party leader, so GTD Assassination. ISKP claimed it, so it is actor1 though the text says 'gunmen'. A religious scholar and prayer leader is a civilian role. His son was injured."),
 ],
 not_incidents=["Traders observed a complete shutter down strike in Khar bazaar on Saturday to mourn his death",
                "Several religious figures have been targeted in the district over the past two years"])

G["BV-12"] = dict(publisher="Dawn",
 actors=[POL(["police"]), FC_],
 people=[H("Javed Iqbal Mahsud", ["Javed Iqbal Mahsud"], ["Kurram Deputy Commissioner"])],
 places=[P("Chapri Khula", "area", KP, "Kurram"), P("Thall", "town", KP, "Hangu"), P("Parachinar", "town", KP, "Kurram"),
         P("Lower Kurram", "area", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"), P("Sadda", "town", KP, "Kurram"),
         P("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[
  I("unidentified gunmen opened fire on a passenger van near Chapri Khula", "Violence against civilians", "Attack", "Armed Assault",
    UAG, CIV, KP, "Kurram", "Chapri Khula", 2, "on Wednesday", 4, {"civilians": 4}, 3,
    "Gunmen in the hills fired on a Peshawar to Parachinar van. The dead are 'passengers' (a civilian role), so civilians 4. 'Near' Chapri Khula, hence precision 2. The road closure is not an incident."),
  I("staged a sit in outside the Parachinar Press Club with the coffins", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Kurram", "Parachinar", 1, "On Thursday", 0, {}, None,
    "Relatives and residents refused to bury the dead until the road was made safe; no intervention reported."),
 ],
 not_incidents=[])

G["BV-13"] = dict(publisher="The Express Tribune",
 actors=[SF(["security forces", "troops", "soldiers"]), TTP],
 people=[H("Tariq Mehmood", ["Lance Naik Tariq Mehmood"], ["Lance Naik", "soldier killed"]),
         H("Hamid Ali", ["Sepoy Hamid Ali"], ["Sepoy", "soldier killed"]),
         H("Zakir Mansoor", ["Mufti Zakir Mansoor"], ["spokesman of the Tehreek e Taliban Pakistan (TTP)"])],
 places=[P("Azam Warsak", "area", KP, "South Waziristan"), P("Wana", "town", KP, "South Waziristan"),
         P("South Waziristan District", "district", KP, "South Waziristan"), P("Punjab", "province", PB, None),
         P("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[
  I("militants attacked a security forces check post in Azam Warsak area", "Battles", "Armed clash", "Armed Assault",
    "Tehreek-e-Taliban Pakistan", "Security Forces", KP, "South Waziristan", "Azam Warsak", 1, "on the night of January 8", 4,
    {"security_forces": 2, "militants": 2}, None,
    "TTP claimed the attack, so it is actor1. The sources disagree on militant deaths: the military says five, the TTP two. Following the conservative rule, best = 2 militants, so killed = 4 (2 soldiers + 2 militants); the high figure would be 7. Mortar shells landed in orchards during the fight; no civilian casualties. The sanitisation operation has no outcome."),
 ],
 not_incidents=["Militants have stepped up attacks on security posts in the southern districts of the province since the collapse of the ceasefire with the TTP in November 2022"])

G["BV-14"] = dict(publisher="Dawn",
 actors=[CTD(["Counter Terrorism Department", "CTD"]), POL(["police", "policemen"])],
 people=[H("Hazrat Ali", ["Hazrat Ali"], ["militant killed in the CTD raid", "alias Qasim"]),
         H("Sadiq Jan", ["Sadiq Jan"], ["militant killed in the CTD raid"])],
 places=[P("Mela Shahab Khel", "town", KP, "Lakki Marwat"), P("Serai Naurang", "town", KP, "Lakki Marwat"),
         P("Lakki Marwat District", "district", KP, "Lakki Marwat"), P("Tajazai", "town", KP, "Lakki Marwat"), P("Bannu", "city", KP, "Bannu")],
 incidents=[
  I("Two terrorists were killed and a Counter Terrorism Department (CTD) constable was injured during an exchange of fire", "Battles", "Armed clash", None,
    "Counter Terrorism Department", UAG, KP, "Lakki Marwat", "Mela Shahab Khel", 1, "on Monday", 2, {"militants": 2}, 2,
    "A CTD raid on a compound; the militants fired after being asked to surrender. State-initiated, so GTD null. Injured = the CTD constable and the accomplice 'arrested in injured condition'. The arrest and the weapons and vest recovered are part of this raid, not separate incidents. No group is named."),
  I("militants had opened fire on a police mobile van near the Tajazai bazaar, killing three policemen", "Battles", "Armed clash", "Armed Assault",
    UAG, "Police", KP, "Lakki Marwat", "Tajazai", 1, "in March", 3, {"security_forces": 3}, None,
    "A recalled earlier attack with a date (March), a place and a toll, so coded. The CTD says the slain militants were 'wanted' for it, an accusation, not a claim, so actor1 stays Unidentified. The bazaar is in Tajazai itself, hence precision 1."),
 ],
 not_incidents=[])

G["BV-15"] = dict(publisher="The News",
 actors=[POL(["Police"])],
 people=[],
 places=[P("Dherai Banr", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
         P("Khyber Pakhtunkhwa", "province", KP, None), P("Kabal bazaar", "area", KP, "Swat")],
 incidents=[
  I("Unidentified men set on fire a government girls middle school", "Strategic developments", "Looting/property destruction", "Facility/Infrastructure Attack",
    UAG, None, KP, "Swat", "Dherai Banr", 1, "in the early hours of February 12", 0, {}, 0,
    "Arson with petrol, no explosives and no one hurt, so ACLED Looting/property destruction and GTD Facility/Infrastructure Attack (incendiary). Property only, so actor2 is null as in satp-sa-dev-87. The suspect taken into custody is tied to this attack and part of the record."),
  I("students, teachers and parents staged a protest in Kabal bazaar", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Swat", "Kabal bazaar", 1, "On Monday", 0, {}, None,
    "A protest against the arson demanding arrests; no intervention."),
 ],
 not_incidents=["being destroyed by militants during the insurgency in the valley",
                "threatening letters against girls education had been found in the area last month"])

G["BV-16"] = dict(publisher="Daily Times",
 actors=[LEV, BLA],
 people=[H("Rasheed Ahmed Langove", ["Rasheed Ahmed Langove"], ["Deputy Commissioner Kalat"])],
 places=[P("Gazg", "area", BA, "Kalat"), P("Mangochar", "area", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat"),
         P("Johan", "area", BA, "Kalat"), P("Balochistan", "province", BA, None)],
 incidents=[
  I("Armed men set ablaze construction machinery and abducted four workers", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    "Balochistan Liberation Army", CIV, BA, "Kalat", "Gazg", 1, "on Saturday", 0, {}, None,
    "The BLA claimed it. One event at one camp: arson of machinery and abduction of four workers; coded once, by its most serious element, the abduction (the arson would be Looting/property destruction on its own). The guards were beaten but no injury count is given, so injured is null."),
  I("an attack on a Levies post in Johan area", "Battles", "Armed clash", "Armed Assault",
    "Balochistan Liberation Army", "Levies", BA, "Kalat", "Johan", 1, "on Sunday night", 0, {}, 0,
    "Attackers fired on the Levies post for about 30 minutes. The BLA claimed it in a separate statement. 'No casualties were reported', so killed and injured are 0."),
 ],
 not_incidents=[])

G["BV-17"] = dict(publisher="Dawn",
 actors=[A("Baloch Raaji Aajoi Sangar", "armed_group", 2, ["Baloch Raaji Aajoi Sangar", "BRAS"]), LEV, FC_],
 people=[H("Haibtan Baloch", ["Haibtan Baloch"], ["spokesman of the Baloch Raaji Aajoi Sangar (BRAS)"]),
         H("Imran Hayat", ["Imran Hayat"], ["Divisional Superintendent of Pakistan Railways in Quetta"])],
 places=[P("Aab e Gum", "town", BA, "Kachhi"), P("Bolan", "area", BA, "Kachhi"), P("Kachhi District", "district", BA, "Kachhi"),
         P("Mach", "town", BA, "Kachhi"), P("Quetta", "city", BA, "Quetta"), P("Sibi", "city", BA, "Sibi"), P("Balochistan", "province", BA, None)],
 incidents=[
  I("an explosion damaged the railway track and derailed three bogies of the Quetta bound Jaffar Express", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Baloch Raaji Aajoi Sangar", CIV, BA, "Kachhi", "Aab e Gum", 2, "on Wednesday morning", 0, {}, 6,
    "A track bomb derailed a passenger train; six passengers injured, no deaths reported (killed 0). BRAS, an alliance, claimed it and is actor1. Passengers were hurt, so actor2 is Civilians. 'Near' Aab e Gum station, hence precision 2. The Levies and FC cordon is not an incident."),
 ],
 not_incidents=["The Jaffar Express has been attacked several times on the same route"])

G["BV-18"] = dict(publisher="The Express Tribune",
 actors=[BLA, LEV],
 people=[H("Saleem Akhtar", ["Saleem Akhtar"], ["Assistant Commissioner Nushki"])],
 places=[P("Quetta", "city", BA, "Quetta"), P("Taftan", "town", BA, "Chagai"), P("Dak Chah", "area", BA, "Nushki"),
         P("Nushki District", "district", BA, "Nushki"), P("Nushki", "town", BA, "Nushki"), P("Punjab", "province", PB, None),
         P("Balochistan", "province", BA, None)],
 incidents=[
  I("Gunmen offloaded seven passengers from two coaches travelling from Quetta to Taftan and shot them dead", "Violence against civilians", "Attack", "Armed Assault",
    "Balochistan Liberation Army", CIV, BA, "Nushki", "Dak Chah", 2, "on the night of April 12", 7, {"civilians": 7}, None,
    "Identity-card checks and execution of passengers at a roadblock; the BLA claimed it. They were led to nearby hills and shot the same night, not held, so GTD Armed Assault rather than Hostage Taking (Kidnapping); the latter is the alternative. Passengers are a civilian role. 'Near' Dak Chah, hence precision 2."),
  I("unidentified men fired two rockets at the Levies line in Nushki town", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion",
    UAG, "Levies", BA, "Nushki", "Nushki", 1, "Later in the night", 0, {}, 0,
    "Rocket fire with no gunfire reported is Shelling. 'Causing no casualties', so 0 and 0. The BLA claim names only the killings, so this stays Unidentified."),
 ],
 not_incidents=["A similar attack on passengers took place on the same highway last year"])

G["BV-19"] = dict(publisher="Dawn",
 actors=[SF(["Security forces", "troops"]), A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP", "Fitna al Khawarij", "khawarij"]), LEV],
 people=[],
 places=[P("Pakistan", "country", None, None), P("Afghanistan", "country", None, None), P("Sambaza", "area", BA, "Zhob"),
         P("Zhob District", "district", BA, "Zhob"), P("Balochistan", "province", BA, None), P("Zhob", "town", BA, "Zhob"),
         P("Qamar Din Karez", "town", BA, "Zhob")],
 incidents=[
  I("Security forces killed eight terrorists who were trying to infiltrate into Pakistan from Afghanistan", "Battles", "Armed clash", None,
    "Security Forces", "Tehreek-e-Taliban Pakistan", BA, "Zhob", "Sambaza", 1, "on the night of August 7 and 8", 8, {"militants": 8}, None,
    "Troops engaged an infiltrating group; state-initiated, so GTD null. The military places the dead in 'Fitna al Khawarij', which the text itself glosses as the TTP, so actor2 is the TTP (as dev-78 accepts the state's affiliation of slain militants). The weapons recovered are part of this event. The Afghan interim government is named only as addressee, not an actor."),
 ],
 not_incidents=["Soldiers have been martyred in similar infiltration attempts along this stretch of the border in the past"])

G["BV-20"] = dict(publisher="The News",
 actors=[LEV],
 people=[H("Abdul Wadood Achakzai", ["Haji Abdul Wadood Achakzai"], ["prominent tribal elder", "former district council chairman"])],
 places=[P("Gulistan", "town", BA, "Killa Abdullah"), P("Killa Abdullah District", "district", BA, "Killa Abdullah"),
         P("Quetta", "city", BA, "Quetta"), P("Killa Abdullah", "town", BA, "Killa Abdullah"), P("Chaman", "town", BA, "Killa Abdullah"),
         P("Balochistan", "province", BA, None)],
 incidents=[
  I("a magnetic bomb attached to their vehicle exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Assassination",
    UAG, CIV, BA, "Killa Abdullah", "Gulistan", 1, "on Tuesday afternoon", 2, {"civilians": 1}, 2,
    "A remotely detonated magnetic bomb aimed at a named, prominent tribal elder and former council chairman, so GTD Assassination while ACLED stays Remote explosive. The elder's roles are civilian (civilians 1); his nephew has no stated status. Two passersby injured. No claim. Chaman is placed in Killa Abdullah District as the text frames it (it became its own district later)."),
  I("blocked the Quetta Chaman highway near Killa Abdullah town with burning tyres for six hours", "Protests", "Peaceful protest", None,
    PROT, None, BA, "Killa Abdullah", "Killa Abdullah", 2, "Following the killing", 0, {}, None,
    "A road blockade with burning tyres but no violence against people or property and no intervention, so Peaceful protest (Violent demonstration would need destruction or clashes). Tribesmen and unnamed party workers. 'Near' the town, hence precision 2."),
 ],
 not_incidents=["had survived an attack two years ago"])

G["BV-21"] = dict(publisher="Daily Times",
 actors=[POL(["police", "Police"]), LEV],
 people=[H("Abdul Majeed", ["Abdul Majeed"], ["Levies sepoy", "shot dead while on leave"])],
 places=[P("Turbat", "city", BA, "Kech"), P("Kech District", "district", BA, "Kech"), P("Satellite Town", "area", BA, "Kech"),
         P("Pullabad", "town", BA, "Kech"), P("Dasht", "area", BA, "Kech")],
 incidents=[
  I("Unidentified men hurled a hand grenade at the City police station in Turbat", "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
    UAG, "Police", BA, "Kech", "Turbat", 1, "on Thursday night", 0, {}, 0,
    "A grenade thrown at a police station with no gunfire; by analogy with the rockets/mortar rule it is Grenade, not Armed clash. Only vehicles and windows were damaged; 'no one was hurt'."),
  I("armed men shot dead a Levies sepoy, Abdul Majeed", "Battles", "Armed clash", "Armed Assault",
    UAG, "Levies", BA, "Kech", "Pullabad", 1, "the same night", 1, {"security_forces": 1}, None,
    "A Levies sepoy shot near his home while on leave. The rules code attacks on police or soldiers, even one-sided, as Battles/Armed clash, so this is followed although he was off duty; Violence against civilians would be the alternative. The Dasht here is Dasht tehsil of Kech (the text says 'of Dasht tehsil' in a Kech report)."),
  I("a grenade attack on a shop in the main bazaar of Turbat left three people injured", "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
    UAG, CIV, BA, "Kech", "Turbat", 1, "Last week", 0, {}, 3,
    "A recalled earlier attack with a date (last week), a place and a toll, so coded. 'People', so no side."),
 ],
 not_incidents=["Kech has seen a rise in grenade attacks on government buildings and shops in recent months"])

G["BV-22"] = dict(publisher="Dawn",
 actors=[POL(["Police", "police"]), A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
 people=[H("Muhammad Ali", ["Muhammad Ali"], ["Hazara shopkeeper", "shot dead"]),
         H("Ghulam Abbas", ["Ghulam Abbas"], ["Hazara shopkeeper", "shot dead"])],
 places=[P("Hazarganji", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Hazara Town", "area", BA, "Quetta"),
         P("Western Bypass", "area", BA, "Quetta"), P("Balochistan", "province", BA, None)],
 incidents=[
  I("gunmen opened fire on them at the vegetable market in Hazarganji area", "Violence against civilians", "Attack", "Armed Assault",
    "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Hazarganji", 1, "on Monday morning", 2, {"civilians": 2}, 1,
    "A sectarian shooting of Hazara shopkeepers (a civilian role); LeJ claimed it. The police escort returned fire but was not the target and no one was hit in that exchange, so the event stays Violence against civilians rather than Armed clash. One other person injured."),
  I("staged a sit in on the Western Bypass with the coffins of the victims", "Protests", "Peaceful protest", None,
    PROT, None, BA, "Quetta", "Western Bypass", 1, "Following the attack", 0, {}, None,
    "Hazara community sit-in with the coffins, called off after talks on Tuesday evening. The Hazara Democratic Party and MWM only supported it; political parties are not listed as actors."),
 ],
 not_incidents=["Hazara traders have been attacked several times while travelling to and from the market in the past"])

G["BV-23"] = dict(publisher="The Express Tribune",
 actors=[CTD(["Counter Terrorism Department", "CTD"]), POL(["police", "policemen"]), BLA],
 people=[H("Naveed", ["Naveed alias Kamal"], ["suspected BLA militant", "arrested in Manghopir"]),
         H("Bashir Ahmed", ["Bashir Ahmed"], ["suspected BLA militant", "arrested in Manghopir"])],
 places=[P("Manghopir", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"), P("Malir", "area", SD, "Karachi"),
         P("Sindh", "province", SD, None)],
 incidents=[
  I("arrested two suspected militants of the banned Balochistan Liberation Army (BLA)", "Strategic developments", "Arrests", None,
    "Counter Terrorism Department", "Balochistan Liberation Army", SD, "Karachi", "Manghopir", 1, "on Friday", 0, {}, None,
    "A CTD raid with arrests and a seizure of explosives; coded once as Arrests (the seizure and the foiled plot are part of it; Disrupted weapons use would be the alternative). The CTD ties the suspects to the BLA. Karachi place without a named district, so admin2 Karachi."),
  I("two men on a motorcycle had hurled a grenade at the mobile parked near a check post", "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
    UAG, "Police", SD, "Karachi", "Malir", 1, "on May 12", 0, {}, 2,
    "A recalled attack with a date, place and toll: two policemen injured. A confession reported by the CTD is not a claim, so actor1 stays Unidentified. Grenade only, no gunfire, so Grenade rather than Armed clash."),
 ],
 not_incidents=["The BLA has carried out several attacks on Chinese nationals in Karachi in recent years"])

G["BV-24"] = dict(publisher="Dawn",
 actors=[POL(["Police", "police", "policeman"]), TTP,
         A("Border Military Police", "state_force", 1, ["Border Military Police"]), CTD(["CTD"])],
 people=[H("Muhammad Ramzan", ["Muhammad Ramzan", "Constable Muhammad Ramzan"], ["constable", "killed in the attack"])],
 places=[P("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"), P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
         P("Punjab", "province", PB, None), P("Balochistan", "province", BA, None), P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan")],
 incidents=[
  I("terrorists attacked a police check post near Sakhi Sarwar", "Battles", "Armed clash", "Armed Assault",
    "Tehreek-e-Taliban Pakistan", "Police", PB, "Dera Ghazi Khan", "Sakhi Sarwar", 2, "late on Saturday", 1, {"security_forces": 1}, 2,
    "TTP claimed the attack. One constable killed, two police injured. The police claim that attackers carried away their dead gives no count, so no militant deaths are coded. 'Near' Sakhi Sarwar, hence precision 2."),
 ],
 not_incidents=["Check posts in the tribal area of the district have come under attack several times in recent months"])

G["BV-25"] = dict(publisher="The News",
 actors=[TTP, SF(["security forces"]), POL(["police", "Police"])],
 people=[H("Zarin Gul", ["Malik Zarin Gul"], ["member of the local peace committee", "head of the peace lashkar of his village", "killed in the blast"])],
 places=[P("Ekka Ghund", "area", KP, "Mohmand"), P("Mohmand District", "district", KP, "Mohmand"), P("Ghalanai", "town", KP, "Mohmand"),
         P("Khyber Pakhtunkhwa", "province", KP, None), P("Bajaur", "district", KP, "Bajaur")],
 incidents=[
  I("a roadside bomb struck their vehicle in Ekka Ghund area", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Tehreek-e-Taliban Pakistan", UAG, KP, "Mohmand", "Ekka Ghund", 1, "on Wednesday", 3, {}, 1,
    "TTP claimed the remote-controlled roadside bomb. The target was the head of a village peace lashkar (a pro-government militia not named as an organisation) and his guards, so actor2 follows satp-sa-dev-81: Unidentified Armed Group, and killed_by_side is empty (a militiaman fits no side; guards take their principal's side). A village militia head is not a prominent figure, so GTD Bombing/Explosion, not Assassination. A passerby injured."),
 ],
 not_incidents=["Malik Zarin Gul had been targeted twice before",
                "dozens of peace committee members have been killed in Mohmand and Bajaur"])

G["BV-26"] = dict(publisher="Dawn",
 actors=[POL(["Police", "police"]), FC_],
 people=[H("Asif Nawaz", ["Asif Nawaz"], ["engineer", "abducted"]), H("Tariq Hussain", ["Tariq Hussain"], ["engineer", "abducted"])],
 places=[P("Shahu Khel Banda", "town", KP, "Hangu"), P("Thall", "town", KP, "Hangu"), P("Hangu District", "district", KP, "Hangu"),
         P("Kurram", "district", KP, "Kurram"), P("Hangu", "city", KP, "Hangu"), P("Kohat", "city", KP, "Kohat"),
         P("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[
  I("Armed men abducted two engineers and their driver from a construction site", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    UAG, CIV, KP, "Hangu", "Shahu Khel Banda", 1, "on Sunday", 0, {}, None,
    "Three men taken at gunpoint; no claim, police suspect ransom (possibly criminal, still coded as an abduction by an unidentified armed group, as satp-sa-dev-99). The guard was overpowered but no injury is reported."),
  I("staged a protest outside the Thall Press Club", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Hangu", "Thall", 1, "On Monday", 0, {}, None,
    "Employees and residents protested and briefly blocked the Kohat Thall road; no intervention. One protest event."),
 ],
 not_incidents=["Residents said kidnappings for ransom had become common in the area over the past few years"])

G["BV-27"] = dict(publisher="Dawn",
 actors=[POL(["police", "policemen"]), A("Tehreek-e-Jihad Pakistan", "armed_group", 2, ["Tehreek e Jihad Pakistan", "TJP"]), TTP],
 people=[H("Ahmad Yar", ["Ahmad Yar"], ["spokesman of the Tehreek e Jihad Pakistan (TJP)"]),
         H("Nasir Mehmood", ["Nasir Mehmood"], ["Regional Police Officer"])],
 places=[P("Daraban", "town", KP, "Dera Ismail Khan"), P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
         P("Khyber Pakhtunkhwa", "province", KP, None)],
 incidents=[
  I("a suicide bomber on a motorcycle rammed into a police van in Daraban town", "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion",
    "Tehreek-e-Jihad Pakistan", "Police", KP, "Dera Ismail Khan", "Daraban", 1, "on Thursday morning", 4,
    {"security_forces": 3, "civilians": 1}, 7,
    "TJP claimed it and is actor1; the TTP denied involvement, and officials' belief that TJP is a TTP front is recorded as a relation, not used to change the perpetrator. Three policemen and a passerby (a civilian role, like a trader or passenger) killed; the bomber is not counted. Seven injured (four police, three shopkeepers)."),
  I("Traders in Daraban observed a strike on Friday against the deteriorating security situation", "Protests", "Peaceful protest", None,
    PROT, None, KP, "Dera Ismail Khan", "Daraban", 1, "on Friday", 0, {}, None,
    "A traders' shutter-down strike explicitly 'against' the security situation is a protest. (Compare BV-11, where a strike held only to mourn is not coded.)"),
 ],
 not_incidents=[])
G["BV-27"]["relations"] = [{"a": "Tehreek-e-Jihad Pakistan", "b": "Tehreek-e-Taliban Pakistan", "kind": "alleged_front",
                            "evidence": "Security officials, however, believe that the TJP is a front for the TTP"}]

G["BV-28"] = dict(publisher="Business Recorder",
 actors=[LEV, A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"]), BDS(["Bomb Disposal Squad"])],
 people=[H("Chakar Baloch", ["Chakar Baloch"], ["spokesman of the Baloch Republican Army (BRA)"]),
         H("Zahid Hussain Khosa", ["Zahid Hussain Khosa"], ["Deputy Commissioner Dera Bugti"])],
 places=[P("Loti", "area", BA, "Dera Bugti"), P("Sui", "town", BA, "Dera Bugti"), P("Tobo Nullah", "area", BA, "Dera Bugti"),
         P("Dera Bugti District", "district", BA, "Dera Bugti"), P("Balochistan", "province", BA, None)],
 incidents=[
  I("Militants blew up a gas pipeline", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Baloch Republican Army", None, BA, "Dera Bugti", "Tobo Nullah", 1, "on the night of June 2", 0, {}, 0,
    "Explosives under the Loti to Sui pipeline; BRA claimed 'the blast'. Infrastructure target, no one hurt, so actor2 null, as satp-sa-dev-72."),
  I("the Bomb Disposal Squad defused it", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion",
    "Bomb Disposal Squad", UAG, BA, "Dera Bugti", "Tobo Nullah", 2, "the next morning", 0, {}, None,
    "A second device under the same pipeline, found by a Levies team and defused by the BDS (actor1 = the unit that defused it, as satp-sa-dev-109). About two kilometres from the blast site, hence precision 2. The BRA claim names only the blast, so the planter stays Unidentified (as satp-sa-dev-72)."),
 ],
 not_incidents=["Gas installations in the district have been targeted frequently since 2006"])

G["BV-29"] = dict(publisher="The Express Tribune",
 actors=[POL(["police"]), A("Voice for Baloch Missing Persons", "civil_society", 6, ["Voice for Baloch Missing Persons", "VBMP"]),
         A("Baloch Yakjehti Committee", "civil_society", 6, ["Baloch Yakjehti Committee", "BYC"]), LEV],
 people=[H("Dad Muhammad", ["Dad Muhammad"], ["father of the missing student"]),
         H("Sameer Dilwash", ["Sameer Dilwash"], ["college student", "allegedly picked up and missing"]),
         H("Wahid Baloch", ["Wahid Baloch"], ["VBMP vice chairman"]),
         H("Muhammad Hayat", ["Muhammad Hayat"], ["local councillor", "abducted"])],
 places=[P("Awaran District", "district", BA, "Awaran"), P("Kohnag", "town", BA, "Awaran"), P("Jhal Jhao", "area", BA, "Awaran"),
         P("Quetta Press Club", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Turbat", "city", BA, "Kech"),
         P("Mashkay", "area", BA, "Awaran"), P("Awaran", "district", BA, "Awaran")],
 incidents=[
  I("he was picked up by men in plain clothes accompanied by uniformed personnel", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    UAG, CIV, BA, "Awaran", "Kohnag", 1, "on the night of November 9", 0, {}, None,
    "An alleged enforced disappearance. The family's account implicates 'uniformed personnel' but names no force and officials did not comment, so actor1 stays Unidentified Armed Group (an allegation is not a claim). GTD follows satp-sa-dev-99 for abductions by unidentified men; if a state force were established it would get no GTD type."),
  I("staged a protest outside the Quetta Press Club", "Protests", "Peaceful protest", None,
    PROT, None, BA, "Quetta", "Quetta Press Club", 1, "On Tuesday", 0, {}, None,
    "VBMP and BYC members protested for the recovery of missing persons; no intervention. The organisers are listed as civil-society actors (inter 6); actor1 is the generic Protesters label."),
  I("unidentified armed men abducted a local councillor, Muhammad Hayat", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
    UAG, CIV, BA, "Awaran", "Mashkay", 2, "on Sunday", 0, {}, None,
    "A separate abduction; only the tehsil is given, hence precision 2. A local councillor is not prominent enough to change the type."),
 ],
 not_incidents=[])

G["BV-30"] = dict(publisher="Dawn",
 actors=[POL(["Police", "policemen", "police"]), A("Baloch Yakjehti Committee", "civil_society", 6, ["Baloch Yakjehti Committee", "BYC"])],
 people=[H("Baran Ali", ["Baran Ali"], ["young man found dead in Kalat District"]),
         H("Nadeem Bashir", ["Nadeem Bashir"], ["young man found dead in Kalat District"]),
         H("Aslam Tareen", ["Aslam Tareen"], ["Quetta Deputy Inspector General of Police"])],
 places=[P("Sariab Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"), P("Kalat District", "district", BA, "Kalat"),
         P("Balochistan", "province", BA, None)],
 incidents=[
  I("Police fired tear gas shells and baton charged hundreds of activists of the Baloch Yakjehti Committee (BYC)", "Protests", "Protest with intervention", None,
    PROT, "Police", BA, "Quetta", "Sariab Road", 1, "on Friday", 0, {}, 20,
    "Police dispersed a BYC sit-in with tear gas and batons and arrested protesters; no one killed. Police say some protesters threw stones, the BYC says the protest was peaceful; the disputed stone-throwing is not enough to code a Violent demonstration, so Protest with intervention. Injured = 12 protesters (BYC figure) + 8 policemen (police figure) = 20, each side's count of its own injured; the arrests are part of the event."),
  I("two young men whose bullet riddled bodies were found in Kalat District", "Violence against civilians", "Attack", "Armed Assault",
    UAG, CIV, BA, "Kalat", "Kalat District", 2, "on Tuesday", 2, {}, None,
    "Two men missing since September found shot dead; the date is the day the bodies were found. The text says 'missing', not abducted, so GTD Armed Assault (bullets); Hostage Taking (Kidnapping) is the alternative if an abduction is assumed. 'Young men', so no side. District only, precision 2."),
 ],
 not_incidents=["The BYC announced a shutter down strike across Balochistan on Saturday"])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for rid, g in G.items():
        out = {"article": rid + ".txt", "about": "Hand-coded from the text alone.", "publisher": g["publisher"],
               "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                            "near_duplicate_sentences": [], "flag_as_damaged": []},
               "actors": g["actors"], "people": g["people"], "places": g["places"], "quotes": [],
               "incidents": g["incidents"], "not_incidents": g["not_incidents"],
               "relations": g.get("relations", []), "actor_profiles": {}}
        with open(os.path.join(here, rid + ".gold.json"), "w") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", len(G), "gold files")

if __name__ == "__main__":
    main()
