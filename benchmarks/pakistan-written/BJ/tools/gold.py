# Hand-coded gold for set BJ, one entry per report (coded from the report text alone,
# following ../shared/benchmarks/pakistan-gold-dev/CODING-RULES.md and the dev gold files).
# Run to (re)write BJ-NN.gold.json.
import json, os

KP, BA, SI, PU = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
UAG = "Unidentified Armed Group"
FATA = ("Text places it in {}; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018; "
        "not among the allowed admin1 values).")

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def A(canon, kind, inter, mentions):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": mentions}

def Pe(canon, mentions, roles):
    return {"canonical": canon, "mentions": mentions, "roles": roles}

def I(what, et, st, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, inj, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": admin1, "admin2": admin2, "location": loc, "geo_precision": geo,
            "date_text": date, "killed": killed, "killed_by_side": kbs, "injured": inj,
            "note": note}

BAT, EXP, VAC, SD, PRO = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                          "Strategic developments", "Protests")
CLASH, IED, SUI, SHELL, GREN, AIR = ("Armed clash", "Remote explosive/landmine/IED", "Suicide bomb",
                                     "Shelling/artillery/missile attack", "Grenade", "Air/drone strike")
ATT, ABD, DWU = "Attack", "Abduction/forced disappearance", "Disrupted weapons use"
BOMB, AA, KID = "Bombing/Explosion", "Armed Assault", "Hostage Taking (Kidnapping)"

TTP = lambda: A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek-e-Taliban Pakistan", "TTP"])
FC = lambda: A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])
LEV = lambda: A("Levies", "state_force", 1, ["Levies"])
POL = lambda *m: A("Police", "state_force", 1, list(m) or ["Police"])
SF = lambda *m: A("Security Forces", "state_force", 1, list(m))
BDS = lambda: A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])
LEJ = lambda: A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar-e-Jhangvi", "LeJ"])
RGR = lambda: A("Pakistan Rangers", "state_force", 1, ["Rangers"])

G = {}

# ---------------------------------------------------------------- BJ-01
G[1] = dict(publisher="Dawn",
  actors=[SF("Security Forces", "SFs", "soldiers"), TTP()],
  people=[],
  places=[P("Daboori", "area", KP, "Orakzai"), P("Upper Orakzai", "area", KP, "Orakzai"),
          P("Orakzai Agency", "district", KP, "Orakzai"),
          P("Federally Administered Tribal Areas", "area", KP, None),
          P("Kohat", "district", KP, "Kohat"), P("Hangu", "district", KP, "Hangu")],
  incidents=[I("Security Forces (SFs) raided their hideouts in Daboori area", BAT, CLASH, None,
     "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "Orakzai", "Daboori", 1, "on April 22",
     16, {"militants": 14, "security_forces": 2}, 4,
     "An SF raid on hideouts that became a five-hour exchange of fire; the state started it, so GTD is null. "
     "Counts come from separate sentences: 'At least 14 militants' (first sentence) = 14 and 'Two soldiers were "
     "martyred' (third sentence) = 2, so killed = 16. The 'four others' injured = 4. Security officials say the "
     "militants belonged to the TTP, so actor2 is TTP. The arms seizure is part of the same raid. Kohat and Hangu "
     "are only the militants' intended targets, not incident places. " + FATA.format("FATA"))])

# ---------------------------------------------------------------- BJ-02
LASH = "Salarzai Qaumi Lashkar"
G[2] = dict(publisher="The News",
  actors=[A(LASH, "militia", 4, ["Salarzai Qaumi Lashkar", "tribal lashkar", "Lashkar", "lashkar"]),
          LEV(), TTP()],
  people=[Pe("Malik Fazal Wahid", ["Malik Fazal Wahid"], ["Lashkar commander"]),
          Pe("Haji Gul Rehman", ["Haji Gul Rehman"], ["lashkar elder", "his house was blown up"])],
  places=[P("Banda", "town", KP, "Bajaur"), P("Salarzai", "area", KP, "Bajaur"),
          P("Bajaur Agency", "district", KP, "Bajaur")],
  incidents=[
   I("the Salarzai Qaumi Lashkar attacked militant positions in Banda village", BAT, CLASH, None,
     LASH, "Tehreek-e-Taliban Pakistan", KP, "Bajaur", "Banda", 1, "on October 14",
     6, {"militants": 4}, 3,
     "A named tribal lashkar (pro-government militia), backed by Levies, attacked TTP fighters holding three "
     "houses. The lashkar started the fighting, so GTD is null, as for state raids. Killed = 4 militants + 2 lashkar "
     "volunteers = 6; a pro-government militiaman fits none of the sides (as in satp-sa-dev-81), so only the four "
     "militants get a side. Three volunteers injured. Three houses in one village are not a change of territorial "
     "control, so Armed clash. The lashkar is named, so it is an actor, coded as a tribal (identity) militia, ACLED "
     "inter 4. The Levies are a supporting force, listed in actors but not coded as actor1. "
     + FATA.format("Bajaur Agency (the text does not say FATA)")),
   I("militants blew up the house of a lashkar elder, Haji Gul Rehman", EXP, IED, BOMB,
     UAG, LASH, KP, "Bajaur", "Banda", 2, "Later in the evening",
     0, {}, None,
     "'In the same area' points back to Banda village; implied, so precision 2. These militants are not said to "
     "be TTP, so actor1 is Unidentified. The house of an elder of the named lashkar was the target, so actor2 is "
     "the lashkar. Blowing up a house implies explosives, so IED and GTD Bombing/Explosion. 'No loss of life' gives "
     "killed = 0; injuries are not mentioned, so injured is null. The evening is that of October 14. "
     + FATA.format("Bajaur Agency"))])

# ---------------------------------------------------------------- BJ-03
G[3] = dict(publisher="Daily Times",
  actors=[POL("Police", "policemen")],
  people=[Pe("Malik Sherdil Khan", ["Malik Sherdil Khan"],
             ["pro-government tribal elder", "shot dead a day before his funeral"]),
          Pe("Iqbal Khan Marwat", ["Iqbal Khan Marwat"], ["District Police Officer (DPO)"])],
  places=[P("Mamash Khel", "town", KP, "Bannu"), P("Bannu District", "district", KP, "Bannu"),
          P("Khyber Pakhtunkhwa", "province", KP, None)],
  incidents=[
   I("a suicide bomber blew himself up among mourners at the funeral prayers of a pro-government tribal elder",
     EXP, SUI, BOMB, UAG, "Civilians", KP, "Bannu", "Mamash Khel", 1, "on September 3",
     19, {"security_forces": 4}, 32,
     "'At least 19 persons' = 19. The DPO says four policemen on security duty were among the dead, so 4 go to "
     "security_forces; the other 15 are only 'persons' and get no side. The bomber is not counted. The funeral "
     "congregation was the target, so actor2 is Civilians; the police guard does not make it an attack on police. "
     "No group is named or claims it."),
   I("had been shot dead by militants a day earlier", VAC, ATT, "Assassination",
     UAG, "Civilians", KP, "Bannu", "Mamash Khel", 2, "a day earlier",
     1, {"civilians": 1}, None,
     "The killing of the elder on the previous day (September 2) is reported with a date and a place, so it is "
     "its own incident. He was shot returning home from 'the village mosque'; the village is taken to be Mamash "
     "Khel, where his funeral was held, so precision 2. A tribal elder is a civilian role. A named pro-government "
     "Malik singled out for killing is a specific prominent local target, so GTD Assassination (Armed Assault is the "
     "alternative).")])

# ---------------------------------------------------------------- BJ-04
G[4] = dict(publisher="Dawn",
  actors=[TTP(), POL("Police")],
  people=[Pe("Khan Zaman", ["Khan Zaman"], ["local peace committee member", "escaped with minor injuries"]),
          Pe("Abu Hamza Mohmand", ["Abu Hamza Mohmand"], ["spokesman for the Tehreek-e-Taliban Pakistan (TTP)"])],
  places=[P("Kach Banda", "town", KP, "Hangu"), P("Hangu District", "district", KP, "Hangu")],
  quotes=[{"speaker": "Abu Hamza Mohmand", "starts": "Those who raise lashkars against the mujahideen"}],
  incidents=[
   I("a suicide bomber blew himself up inside a mosque during Friday prayers", EXP, SUI, BOMB,
     "Tehreek-e-Taliban Pakistan", "Civilians", KP, "Hangu", "Kach Banda", 1, "on November 6",
     11, {"civilians": 11}, 23,
     "The TTP claimed the bombing, so it is actor1. The dead are 'worshippers', a civilian role, so all 11 are "
     "civilians. The peace committee member near the blast escaped with minor injuries; he is read as one of the 23 "
     "injured, not added. The peace committee is not named and is not an actor; a congregation at prayer was hit, so "
     "actor2 is Civilians. The bomber is not counted.")])

# ---------------------------------------------------------------- BJ-05
G[5] = dict(publisher="The News",
  actors=[], people=[],
  places=[P("Shakardara", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"),
          P("Swat District", "district", KP, "Swat"),
          P("North West Frontier Province", "province", KP, None)],
  incidents=[
   I("Militants blew up a government girls high school", EXP, IED, BOMB,
     UAG, None, KP, "Swat", "Shakardara", 1, "on the intervening night of January 11 and 12, 2009",
     0, {}, 0,
     "A girls school blown up at night; 'Nobody was hurt', so killed and injured are 0 and actor2 is null (property "
     "only). Tying up the watchman is part of the same attack. The North West Frontier Province (NWFP) is the pre-2010 "
     "name of Khyber Pakhtunkhwa, so admin1 is Khyber Pakhtunkhwa. The three earlier school attacks in Kabal 'this "
     "month' are background with no date or place and are not coded.")])

# ---------------------------------------------------------------- BJ-06
G[6] = dict(publisher="The Express Tribune",
  actors=[POL("Police")],
  people=[Pe("Gul Nawaz Khan", ["Gul Nawaz Khan"],
             ["worker of the Awami National Party (ANP)",
              "unit office bearer of the Pakhtun Students Federation (PSF), the student wing of the ANP",
              "grocery shop owner"]),
          Pe("Rafiq Jatoi", ["Rafiq Jatoi"], ["Pakistan Bazaar Station House Officer (SHO)"])],
  places=[P("Frontier Colony", "area", SI, "Karachi"), P("Orangi Town", "area", SI, "Karachi"),
          P("Karachi", "city", SI, "Karachi"), P("Sindh", "province", SI, None),
          P("Pakistan Bazaar", "area", SI, "Karachi")],
  incidents=[
   I("was shot dead by armed motorcyclists outside his grocery shop", VAC, ATT, AA,
     UAG, "Civilians", SI, "Karachi", "Frontier Colony", 1, "on August 16",
     1, {"civilians": 1}, None,
     "Target killing of an ANP worker; the SHO names his wing, the Pakhtun Students Federation (PSF), the ANP's "
     "student wing. Parties named only as the victim's affiliation are not actors. A party worker is a civilian "
     "role. A unit-level office bearer, not a prominent figure, so Armed Assault. Pakistan Bazaar is the police "
     "station's name, listed as a place; the shooting was in Frontier Colony.")])

# ---------------------------------------------------------------- BJ-07
G[7] = dict(publisher="Dawn",
  actors=[],
  people=[Pe("Sahibzada Noor Alam", ["Sahibzada Noor Alam", "Noor Alam"],
             ["Tehsildar (revenue official) of Lower Kurram", "abducted and later released"])],
  places=[P("Lower Kurram", "area", KP, "Kurram"), P("Sadda Bazaar", "area", KP, "Kurram"),
          P("Kurram Agency", "district", KP, "Kurram"), P("Makhezai", "area", KP, "Kurram"),
          P("Parachinar", "town", KP, "Kurram")],
  incidents=[
   I("who had been abducted by unidentified armed men from Sadda Bazaar", VAC, ABD, KID,
     UAG, "Civilians", KP, "Kurram", "Sadda Bazaar", 1, "on March 2",
     0, {}, None,
     "The abduction is reported with its own date and place, so it is coded beside the release. A revenue official "
     "is a civil servant, not a state force, so actor2 is Civilians (as for politicians in the dev set); GTD would "
     "call the target Government (General). " + FATA.format("Kurram Agency")),
   I("was released on March 19 after a jirga (council of elders) of the Mangal and Muqbal tribes negotiated with his captors",
     SD, "Agreement", None, UAG, "Civilians", KP, "Kurram", "Makhezai", 1, "on March 19",
     0, {}, None,
     "A release negotiated by a tribal jirga is coded Strategic developments / Agreement (a negotiated settlement "
     "with the captors); 'Other' is the alternative. Releases get no GTD type. The tribes and their jirga are not "
     "armed organisations and are not actors. He was handed over in Makhezai; Parachinar is only where he was taken "
     "for a check-up. " + FATA.format("Kurram Agency"))])

# ---------------------------------------------------------------- BJ-08
BLA = "Balochistan Liberation Army"
G[8] = dict(publisher="Daily Times",
  actors=[A(BLA, "armed_group", 2, ["Baloch Liberation Army", "BLA"]), POL("Police")],
  people=[Pe("Sangat Baloch", ["Sangat Baloch"], ["spokesman of the Baloch Liberation Army (BLA)"])],
  places=[P("Quetta", "city", BA, "Quetta"), P("Balochistan", "province", BA, None),
          P("Brewery Road", "area", BA, "Quetta"), P("Kili Shabo", "area", BA, "Quetta"),
          P("Quetta Cantonment", "area", BA, "Quetta")],
  incidents=[
   I("Militants fired five rockets at different parts of Quetta", EXP, SHELL, BOMB,
     BLA, "Civilians", BA, "Quetta", "Quetta", 1, "late on the night of June 28",
     0, {}, 3,
     "Rocket fire with no gunfire, so Shelling/artillery/missile attack, GTD Bombing/Explosion (as satp-sa-dev-4). "
     "The BLA claimed it ('Baloch Liberation Army' in the text; canonical as in the seed gold). One salvo at the city: "
     "two rockets hit houses on Brewery Road and in Kili Shabo and three fell unexploded near the Cantonment, so one "
     "incident located at Quetta itself (precision 1). The unexploded rockets are part of the same attack, not a "
     "disrupted attack. Homes were hit and three persons including a child injured, so actor2 is Civilians. No deaths "
     "reported, so killed = 0.")])

# ---------------------------------------------------------------- BJ-09
SWT = "Tehreek-e-Taliban Pakistan (Swat chapter)"
G[9] = dict(publisher="Dawn",
  actors=[POL("Police", "policemen"), FC(), TTP(), A(SWT, "armed_group", 2, ["Swat chapter"])],
  people=[Pe("Shah Jehan", ["Constable Shah Jehan"], ["Constable", "killed in the attack on Kanju police station"]),
          Pe("Umar Hassan", ["Umar Hassan"], ["spokesman for the Swat chapter of the Tehreek-e-Taliban Pakistan (TTP)"])],
  places=[P("Mingora", "city", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
          P("Kanju", "town", KP, "Swat"), P("Fizagat", "area", KP, "Swat")],
  incidents=[
   I("around 30 militants attacked the police station from three sides with rockets and automatic weapons",
     BAT, CLASH, AA, SWT, "Police", KP, "Swat", "Kanju", 1, "on the night of February 1",
     1, {"security_forces": 1}, 2,
     "The Swat chapter of the TTP claimed 'both attacks', so it is actor1 (a faction, listed like the Sajna group in "
     "satp-sa-dev-8). An attack on a police station with rockets and gunfire and a two-hour gunbattle is Battles / "
     "Armed clash. One constable killed, two policemen injured. The curfew imposed on February 2 reports no outcome "
     "and is not an incident."),
   I("militants opened fire on an FC checkpost at Fizagat", BAT, CLASH, AA,
     SWT, "Frontier Corps", KP, "Swat", "Fizagat", 1, "on the night of February 1",
     0, {}, 2,
     "The second attack of the same night, covered by the same claim. Fizagat, on the outskirts of Mingora, is a named "
     "place, so precision 1. Two FC personnel injured; no deaths, so killed = 0. The date comes from the lead sentence.")])

# ---------------------------------------------------------------- BJ-10
G[10] = dict(publisher="The Express Tribune",
  actors=[LEV()],
  people=[Pe("Sher Zaman", ["Sher Zaman"], ["tanker driver", "killed"])],
  places=[P("Dasht", "area", BA, "Mastung"), P("Mastung District", "district", BA, "Mastung"),
          P("Quetta", "city", BA, "Quetta"), P("Afghanistan", "country", None, None)],
  incidents=[
   I("Unidentified gunmen opened fire on a convoy of oil tankers carrying fuel for North Atlantic Treaty Organisation (NATO) forces",
     VAC, ATT, AA, UAG, "Civilians", BA, "Mastung", "Dasht", 1, "on the night of May 9",
     1, {"civilians": 1}, 2,
     "An attack on NATO supply tankers parked at a roadside hotel: gunfire at the crews and arson of 11 tankers. "
     "Those hit are drivers and cleaners, so Violence against civilians / Attack; in the GTD hierarchy Armed Assault "
     "ranks above Facility/Infrastructure Attack (the arson). NATO is a foreign force named only as the owner of the "
     "cargo, so it is not an actor. A driver is a civilian role; two cleaners injured. Quetta is only where the fire "
     "tenders came from.")])

# ---------------------------------------------------------------- BJ-11
G[11] = dict(publisher="Dawn",
  actors=[BDS(), TTP()],
  people=[Pe("Qari Shahid Umar", ["Qari Shahid Umar"], ["spokesman of the Tehreek-e-Taliban Pakistan (TTP)"])],
  places=[P("Kohati Gate", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
          P("Khyber Pakhtunkhwa", "province", KP, None), P("Faqirabad", "area", KP, "Peshawar")],
  incidents=[
   I("a bomb planted in a motorcycle went off in the crowded Kohati Gate bazaar", EXP, IED, BOMB,
     UAG, "Civilians", KP, "Peshawar", "Kohati Gate", 1, "on December 10",
     7, {}, 28,
     "A remote-controlled motorcycle bomb in a bazaar. The TTP denied involvement and nobody claimed it, so actor1 "
     "stays Unidentified; the TTP is listed in actors because the text names it, but it is not the perpetrator. "
     "'Two children' are among the seven 'persons', with no side label, so no side split. The spokesman's blame on "
     "'foreign agencies' names no organisation."),
   I("the BDS had defused a five kilogramme bomb planted near a government primary school", SD, DWU, BOMB,
     "Bomb Disposal Squad", UAG, KP, "Peshawar", "Faqirabad", 1, "A day earlier",
     0, {}, None,
     "A bomb defused the day before (December 9) near a school in Faqirabad, Peshawar ('of the city'); coded as a "
     "disrupted bombing, as in satp-sa-dev-109.")])

# ---------------------------------------------------------------- BJ-12
G[12] = dict(publisher="Daily Times",
  about=("Hand-coded from the text alone. No incident: the pillion-riding ban and the FC deployment are security "
         "measures with no reported outcome, and the sectarian attacks are only recalled as background, with no date."),
  actors=[FC()], people=[],
  places=[P("Balochistan", "province", BA, None), P("Quetta", "city", BA, "Quetta"),
          P("Hazara Town", "area", BA, "Quetta"), P("Alamdar Road", "area", BA, "Quetta"),
          P("Jinnah Road", "area", BA, "Quetta")],
  incidents=[],
  not_incidents=["a bomb attack on a bus carrying Hazara pilgrims on the outskirts of the city",
                 "repeated shootings of Hazara shopkeepers on Jinnah Road"])

# ---------------------------------------------------------------- BJ-13
G[13] = dict(publisher="Dawn",
  actors=[SF("Security Forces", "SFs", "soldiers", "troops")],
  people=[],
  places=[P("Khajuri", "area", KP, "North Waziristan"), P("Mir Ali", "town", KP, "North Waziristan"),
          P("Bannu", "city", KP, "Bannu"), P("North Waziristan Agency", "district", KP, "North Waziristan"),
          P("Hurmaz", "town", KP, "North Waziristan")],
  incidents=[
   I("Militants ambushed a convoy of Security Forces (SFs) near Khajuri checkpost", BAT, CLASH, AA,
     UAG, "Security Forces", KP, "North Waziristan", "Khajuri", 2, "on July 7",
     21, {"security_forces": 6, "militants": 13, "civilians": 2}, 9,
     "An ambush on an SF convoy with RPGs and machine guns, then return fire backed by helicopter gunships: one "
     "Battles / Armed clash (the gunship support is part of it, not a separate air strike). Counts from three "
     "sentences: six soldiers, 13 militants and two civilians in a passenger van killed in the crossfire = 21. The "
     "nine injured are soldiers. 'Near' Khajuri checkpost, hence precision 2. No group is named. The curfew on the "
     "road reports no outcome and is not coded. " + FATA.format("North Waziristan Agency")),
   I("a mortar shell fired by the militants landed on a house in Hurmaz village", EXP, SHELL, BOMB,
     UAG, "Civilians", KP, "North Waziristan", "Hurmaz", 1, "Later",
     1, {}, 2,
     "'Of the same area' ties Hurmaz to the Khajuri / Mir Ali area of North Waziristan. Mortar fire with no gunfire, "
     "so Shelling. The dead is 'a woman', so no side; her two daughters injured. 'Later' is later on July 7. "
     + FATA.format("North Waziristan Agency"))])

# ---------------------------------------------------------------- BJ-14
US = "Military Forces of the United States"
G[14] = dict(publisher="The News",
  actors=[A(US, "state_force", 8, ["US"])],
  people=[Pe("Saifullah Dawar", ["Saifullah Dawar"], ["local militant commander", "owner of the compound hit; not present"])],
  places=[P("Spalga", "town", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
          P("North Waziristan Agency", "district", KP, "North Waziristan")],
  incidents=[
   I("a US drone fired two missiles at a compound in Spalga village", EXP, AIR, None,
     US, UAG, KP, "North Waziristan", "Spalga", 1, "on the night of October 4",
     5, {"militants": 5}, None,
     "A drone strike by foreign state forces (ACLED inter 8). The US is the perpetrator, not a victim or accuser, so "
     "it is listed as an actor. GTD does not cover state strikes, so null. 'At least five suspected militants' = 5, "
     "counted as militants. The commander who owned the compound was away. The earlier Datta Khel strikes 'this "
     "month' are background. " + FATA.format("North Waziristan Agency")),
   I("another drone fired two missiles at a vehicle in the same area", EXP, AIR, None,
     US, UAG, KP, "North Waziristan", "Spalga", 2, "About an hour later",
     3, {"militants": 3}, None,
     "A second strike, on a vehicle, about an hour after the first. 'In the same area' refers back to Spalga in "
     "Datta Khel; implied, so precision 2. The text says only 'another drone'; following the first strike it is "
     "coded to the same US forces. Three militants killed. " + FATA.format("North Waziristan Agency"))])

# ---------------------------------------------------------------- BJ-15
G[15] = dict(publisher="Daily Times",
  actors=[POL("Police")],
  people=[Pe("Abdul Ghafoor Qasmi", ["Maulana Abdul Ghafoor Qasmi"],
             ["religious scholar", "prayer leader at a seminary in Gulbahar",
              "associated with the Ahle Sunnat Wal Jamaat (ASWJ)"]),
          Pe("Syed Mazhar Abbas", ["Syed Mazhar Abbas"], ["Shia shopkeeper", "killed in his mobile phone shop"])],
  places=[P("Karachi", "city", SI, "Karachi"), P("Sindh", "province", SI, None),
          P("Gulbahar", "area", SI, "Karachi"), P("Ranchore Line", "area", SI, "Karachi"),
          P("Lyari Expressway", "area", SI, "Karachi"), P("Mauripur", "area", SI, "Karachi")],
  incidents=[
   I("was gunned down by two pillion riders near the seminary", VAC, ATT, AA,
     UAG, "Civilians", SI, "Karachi", "Gulbahar", 1, "on March 14",
     1, {"civilians": 1}, None,
     "A prayer leader is a civilian role. Police link him to the ASWJ, a banned sectarian organisation named only as "
     "the victim's affiliation, so it is not an actor (as Sunni Tehreek in satp-sa-dev-18). A local religious "
     "scholar, not a prominent national figure, so Armed Assault. The seminary is in Gulbahar, so precision 1. The "
     "date comes from the lead."),
   I("unidentified armed men killed a Shia shopkeeper, Syed Mazhar Abbas", VAC, ATT, AA,
     UAG, "Civilians", SI, "Karachi", "Ranchore Line", 1, "on March 14",
     1, {"civilians": 1}, None,
     "Sectarian target killing of a shopkeeper (a civilian role) inside his shop. The date comes from the lead."),
   I("the bullet riddled body of a young man, with his hands tied and bearing torture marks, was found", VAC, ATT, AA,
     UAG, "Civilians", SI, "Karachi", "Mauripur", 1, "on March 14",
     1, {}, None,
     "The third of the 'three persons' shot dead: a bullet-riddled body found near the Lyari Expressway in Mauripur. "
     "He is only 'a young man', so no side. Tied hands and torture marks suggest he was held first, but the text does "
     "not say he was abducted, so GTD Armed Assault rather than Kidnapping. Dated by the finding.")])

# ---------------------------------------------------------------- BJ-16
CTD = "Counter Terrorism Department"
G[16] = dict(publisher="The News",
  actors=[A(CTD, "state_force", 1, ["Counter Terrorism Department", "CTD"]), POL("Punjab Police"), LEJ()],
  people=[Pe("Naveed", ["Naveed alias Billa"], ["alias Billa", "arrested suspected LeJ militant"]),
          Pe("Shakeel Ahmed", ["Shakeel Ahmed"], ["arrested suspected LeJ militant"]),
          Pe("Zubair", ["Zubair"], ["arrested suspected LeJ militant"]),
          Pe("Rizwan Ali", ["Rizwan Ali"], ["arrested suspected LeJ militant"])],
  places=[P("Sabzazar", "area", PU, "Lahore"), P("Lahore", "city", PU, "Lahore")],
  incidents=[
   I("arrested four suspected militants of the banned Lashkar-e-Jhangvi (LeJ) during a raid in Sabzazar area",
     SD, "Arrests", None, CTD, "Lashkar-e-Jhangvi", PU, "Lahore", "Sabzazar", 1, "on October 21",
     0, {}, None,
     "A CTD raid with four arrests. The seized suicide jackets and grenades and the foiled plan against a Muharram "
     "procession belong to the same arrest, so no separate Disrupted weapons use. Arrests get no GTD type. Punjab "
     "Police is the CTD's parent force and is listed in actors.")])

# ---------------------------------------------------------------- BJ-17
LI, AI = "Lashkar-e-Islam", "Ansarul Islam"
G[17] = dict(publisher="Dawn",
  actors=[A(LI, "armed_group", 2, ["Lashkar-e-Islam", "LI"]), A(AI, "armed_group", 2, ["Ansarul Islam", "AI"])],
  people=[],
  places=[P("Sandapal", "area", KP, "Khyber"), P("Tirah valley", "area", KP, "Khyber"),
          P("Khyber Agency", "district", KP, "Khyber")],
  incidents=[
   I("a clash between the Lashkar-e-Islam (LI) and the rival Ansarul Islam (AI)", BAT, CLASH, AA,
     LI, AI, KP, "Khyber", "Sandapal", 1, "on August 30",
     9, {"militants": 9}, None,
     "Fighting between two armed groups; LI attacked AI positions, so LI is actor1 and GTD Armed Assault. Sources "
     "disagree: local sources give 9 dead (6 AI, 3 LI) and the AI spokesman claims 13 (11 LI, 2 AI); the most "
     "conservative figure, 9, is used. The text calls the dead 'militants'. Both groups are coded as armed groups "
     "(inter 2); the text gives Ansarul Islam no pro-government status. " + FATA.format("Khyber Agency"))])

# ---------------------------------------------------------------- BJ-18
BRA = "Baloch Republican Army"
G[18] = dict(publisher="Daily Times",
  actors=[A(BRA, "armed_group", 2, ["Baloch Republican Army", "BRA"]), FC()],
  people=[],
  places=[P("Dera Murad Jamali", "town", BA, "Naseerabad"), P("Naseerabad District", "district", BA, "Naseerabad"),
          P("Quetta", "city", BA, "Quetta"), P("Sibi railway station", "area", BA, "Sibi"),
          P("Sibi District", "district", BA, "Sibi")],
  incidents=[
   I("Militants blew up a portion of the railway track near Dera Murad Jamali", EXP, IED, BOMB,
     BRA, None, BA, "Naseerabad", "Dera Murad Jamali", 2, "on March 27, 2012",
     0, {}, 0,
     "The BRA claimed the track blast, so it is actor1. Infrastructure only and 'Nobody was hurt', so actor2 is null "
     "and killed and injured are 0. 'Near' Dera Murad Jamali, hence precision 2. The Jaffar Express is a train, not a "
     "place; Quetta is named only for the suspended services."),
   I("Frontier Corps (FC) personnel recovered and defused a 10 kilogramme bomb", SD, DWU, BOMB,
     "Frontier Corps", UAG, BA, "Sibi", "Sibi railway station", 1, None,
     0, {}, None,
     "A bomb defused under a culvert near Sibi railway station: a disrupted bombing. The BRA claim covers only the "
     "track blast, so the planters stay Unidentified. 'Separately' gives no date. A named landmark in Sibi town, so "
     "precision 1 (as 'near Chaman rail crossing' in satp-sa-dev-104).")])

# ---------------------------------------------------------------- BJ-19
G[19] = dict(publisher="Dawn",
  actors=[LEV()],
  people=[Pe("Naseer Ahmed Mengal", ["Naseer Ahmed Mengal"], ["schoolteacher", "abducted and killed"]),
          Pe("Abdul Samad", ["Abdul Samad"], ["college student", "nephew of Naseer Ahmed Mengal", "abducted and killed"])],
  places=[P("Khuzdar", "town", BA, "Khuzdar"), P("Wadh", "area", BA, "Khuzdar"),
          P("Khuzdar District", "district", BA, "Khuzdar")],
  incidents=[
   I("The bullet riddled bodies of two persons, who had been abducted from Khuzdar town a week earlier, were found",
     VAC, ATT, KID, UAG, "Civilians", BA, "Khuzdar", "Wadh", 1, "on September 11",
     2, {"civilians": 2}, None,
     "Abducted and later killed: one Violence against civilians / Attack with GTD Hostage Taking (Kidnapping), as the "
     "coding rules say; the abduction in Khuzdar town on September 4 is part of this incident, not a separate one. A "
     "schoolteacher and a college student are civilian roles. Located where the bodies were found and dated by the "
     "finding, as in satp-sa-dev-29.")])

# ---------------------------------------------------------------- BJ-20
G[20] = dict(publisher=None,
  actors=[LEJ()],
  people=[Pe("Muhammad Ali", ["Muhammad Ali"], ["Hazara vegetable vendor", "resident of Hazara Town", "killed"]),
          Pe("Ghulam Raza", ["Ghulam Raza"], ["Hazara vegetable vendor", "resident of Hazara Town", "killed"])],
  places=[P("Mizan Chowk", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
          P("Hazara Town", "area", BA, "Quetta")],
  incidents=[
   I("unidentified motorcyclists hurled a hand grenade at a group of Hazara vegetable vendors", EXP, GREN, BOMB,
     "Lashkar-e-Jhangvi", "Civilians", BA, "Quetta", "Mizan Chowk", 1, None,
     2, {"civilians": 2}, 3,
     "LeJ claimed the attack, so it is actor1 although the attackers are 'unidentified'. Vendors are a civilian role. "
     "'Near Mizan Chowk', a landmark inside Quetta, is precision 1. Hazara Town is where the victims lived. The text "
     "starts mid-report and gives no date and no outlet.")])

# ---------------------------------------------------------------- BJ-21
G[21] = dict(publisher="Dawn",
  actors=[POL("policemen", "police", "Police")],
  people=[Pe("Ahmed Raza Gillani", ["Ahmed Raza Gillani"], ["City Police Officer (CPO)"])],
  places=[P("Murree Road", "area", PU, "Rawalpindi"), P("Rawalpindi", "city", PU, "Rawalpindi"),
          P("Saddar", "area", PU, "Rawalpindi")],
  incidents=[
   I("a suicide bomber blew himself up near a police checkpost on Murree Road", EXP, SUI, BOMB,
     UAG, "Police", PU, "Rawalpindi", "Murree Road", 1, "on February 26",
     6, {"security_forces": 5, "civilians": 1}, 14,
     "Five policemen and a passerby (a civilian role) killed; the bomber is not counted. He set off his explosives when "
     "police stopped him at the checkpost, so actor2 is Police. No group claimed it."),
   I("unidentified persons hurled a hand grenade at a music and CD shop in Saddar", EXP, GREN, BOMB,
     UAG, None, PU, "Rawalpindi", "Saddar", 1, "on the same evening",
     0, {}, 0,
     "A grenade thrown at a music and CD shop in Saddar, Rawalpindi ('in the city'). Property damage only and 'Nobody "
     "was hurt', so actor2 is null and killed and injured are 0.")])

# ---------------------------------------------------------------- BJ-22
G[22] = dict(publisher="Dawn",
  actors=[SF("Troops", "soldiers")],
  people=[Pe("Ustad Fazal Hadi", ["Ustad Fazal Hadi"], ["local militant commander", "killed"])],
  places=[P("Matta", "town", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
          P("Shangla", "district", KP, "Shangla"), P("Peshawar", "city", KP, "Peshawar")],
  quotes=[{"speaker": "unnamed military spokesman", "starts": "The militants have fled towards the mountains of Shangla"}],
  incidents=[
   I("Troops regained control of Matta town", BAT, "Government regains territory", None,
     "Security Forces", UAG, KP, "Swat", "Matta", 1, "on July 3",
     30, {"militants": 27, "security_forces": 3}, 7,
     "Troops retook a town after three days of fighting: Government regains territory. Counts from separate "
     "sentences: 27 militants (second sentence) and three soldiers 'martyred' (third sentence) = 30 killed; seven "
     "injured ('seven others', soldiers). No group is named, so actor2 is Unidentified. Dated by the day control was "
     "regained; the fighting took the three days before. Shangla is where the militants fled; Peshawar is where the "
     "spokesman spoke.")])

# ---------------------------------------------------------------- BJ-23
G[23] = dict(publisher="The News",
  actors=[POL("Police", "policeman")],
  people=[Pe("Shamim Bibi", ["Shamim Bibi"], ["female polio worker", "killed"])],
  places=[P("Kotha", "town", KP, "Swabi"), P("Swabi District", "district", KP, "Swabi")],
  incidents=[
   I("two armed motorcyclists opened fire on them", VAC, ATT, AA,
     UAG, "Civilians", KP, "Swabi", "Kotha", 1, "on April 14",
     1, {"civilians": 1}, 1,
     "The target was a polio vaccination team, so actor2 is Civilians even though an escorting policeman was hit; he "
     "was injured, not killed, so no side question arises. A polio worker is a civilian role. Not a prominent figure, "
     "so Armed Assault.")])

# ---------------------------------------------------------------- BJ-24
G[24] = dict(publisher="Dawn",
  actors=[RGR(), POL("policemen", "police")],
  people=[Pe("Kamran", ["Kamran alias Kami"], ["alias Kami", "suspected target killer", "arrested"])],
  places=[P("Liaquatabad", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi"),
          P("Quaidabad", "area", SI, "Malir"), P("Malir District", "district", SI, "Malir")],
  incidents=[
   I("Rangers arrested a suspected target killer", SD, "Arrests", None,
     "Pakistan Rangers", UAG, SI, "Karachi", "Liaquatabad", 1, "on November 5",
     0, {}, None,
     "A notable arrest by the Rangers. The suspect is tied to 'the militant wing of a political party' that is not "
     "named, so actor2 is Unidentified Armed Group. The 14 killings he is said to have confessed to have no date or "
     "place and are not coded."),
   I("unidentified men hurled a hand grenade at a police mobile van", EXP, GREN, BOMB,
     UAG, "Police", SI, "Malir", "Quaidabad", 1, "on the same day",
     0, {}, 2,
     "A grenade thrown at a police van with no gunfire: Explosions / Grenade (the rule that attacks on police are "
     "Armed clash is read as covering firearm attacks, as the IED on soldiers in satp-sa-dev-51 shows). The text names "
     "a Karachi district, Malir, so admin2 is Malir rather than Karachi. Two policemen injured.")])

# ---------------------------------------------------------------- BJ-25
KHA, MOH = "Khassadar Force", "Tehreek-e-Taliban Pakistan (Mohmand chapter)"
G[25] = dict(publisher="The News",
  actors=[A(KHA, "state_force", 1, ["Khassadar Force", "Khassadar"]), TTP(),
          A(MOH, "armed_group", 2, ["Mohmand chapter"])],
  people=[],
  places=[P("Ghalanai", "town", KP, "Mohmand"), P("Mohmand Agency", "district", KP, "Mohmand"),
          P("Safi", "area", KP, "Mohmand")],
  incidents=[
   I("attacked a checkpost of the Khassadar Force in Ghalanai", BAT, CLASH, KID,
     MOH, KHA, KP, "Mohmand", "Ghalanai", 1, "on the intervening night of June 8 and 9",
     2, {"security_forces": 2}, None,
     "An attack on a Khassadar (tribal police) checkpost, claimed by the TTP's Mohmand chapter: Battles / Armed clash. "
     "Two Khassadars killed and three abducted; ACLED has no separate abduction event for state forces captured in an "
     "attack, so one incident. GTD ranks kidnapping above armed assault, so Hostage Taking (Kidnapping). The "
     "checkpost was also set on fire. The demand for a prisoner exchange is not an agreement and is not coded. "
     + FATA.format("Mohmand Agency"))])

# ---------------------------------------------------------------- BJ-26
G[26] = dict(publisher=None,
  actors=[POL("Police", "policemen", "police")],
  people=[Pe("Syed Jaffar Hussain Shah", ["Syed Jaffar Hussain Shah"], ["Shia government employee", "shot dead"])],
  places=[P("Chah Syedan", "area", KP, "Dera Ismail Khan"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
          P("Circular Road", "area", KP, "Dera Ismail Khan")],
  incidents=[
   I("Unidentified gunmen shot dead a Shia government employee, Syed Jaffar Hussain Shah", VAC, ATT, AA,
     UAG, "Civilians", KP, "Dera Ismail Khan", "Chah Syedan", 1, "on February 8",
     1, {"civilians": 1}, None,
     "Sectarian target killing of a government employee, a civilian role (not a state force). 'Near his house in Chah "
     "Syedan area', precision 1. No outlet is given."),
   I("a remote controlled bomb planted in a motorcycle went off near a police van", EXP, IED, BOMB,
     UAG, "Police", KP, "Dera Ismail Khan", "Circular Road", 1, "Hours later",
     0, {}, 7,
     "The bomb went off by the police van escorting the victim's funeral procession; read as aimed at the police, so "
     "actor2 is Police (Civilians, for the procession, is the alternative). Four policemen and three passersby "
     "injured, none killed. The curfew reports no outcome and is not coded; 'earlier sectarian incidents' are "
     "background.")])

# ---------------------------------------------------------------- BJ-27
BLF = "Balochistan Liberation Front"
G[27] = dict(publisher="The Express Tribune",
  actors=[LEV(), A(BLF, "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
  people=[Pe("Shahdad Baloch", ["Shahdad Baloch"], ["spokesman of the Balochistan Liberation Front (BLF)"])],
  places=[P("Gichk", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur"),
          P("Rahim Yar Khan District", "district", PU, "Rahim Yar Khan"), P("Punjab", "province", PU, None),
          P("Tasp", "area", BA, "Panjgur"), P("Panjgur", "town", BA, "Panjgur")],
  incidents=[
   I("Unidentified gunmen shot dead three labourers", VAC, ATT, AA,
     BLF, "Civilians", BA, "Panjgur", "Gichk", 1, "on November 19",
     3, {"civilians": 3}, None,
     "The BLF claimed it, so it is actor1 although the text says 'Unidentified gunmen'. Labourers are a civilian role. "
     "Rahim Yar Khan District in Punjab is only where they came from."),
   I("a Levies sepoy was injured when militants opened fire on the Levies station", BAT, CLASH, AA,
     UAG, "Levies", BA, "Panjgur", "Tasp", 1, "late in the night",
     0, {}, 1,
     "A separate firing on a Levies station: an attack on a state force, so Battles / Armed clash. The BLF claim names "
     "only the killing of the labourers, so actor1 is Unidentified. 'Late in the night' is read as the night of "
     "November 19.")])

# ---------------------------------------------------------------- BJ-28
G[28] = dict(publisher="The News",
  actors=[SF("Security Forces", "SFs"), BDS()],
  people=[],
  places=[P("Azam Warsak", "area", KP, "South Waziristan"), P("Wana", "town", KP, "South Waziristan"),
          P("South Waziristan Agency", "district", KP, "South Waziristan"),
          P("North Waziristan", "district", KP, "North Waziristan")],
  incidents=[
   I("Security Forces (SFs) arrested a teenage would be suicide bomber", SD, DWU, BOMB,
     "Security Forces", UAG, KP, "South Waziristan", "Azam Warsak", 1, None,
     0, {}, None,
     "An attack prevented: the boy's explosive jacket was defused by the BDS. The arrest is tied to the foiled "
     "bombing, so it is part of this incident, not a separate Arrests incident; Disrupted weapons use is the main "
     "outcome, GTD Bombing/Explosion as for other defused devices. No group is named. North Waziristan is only where "
     "he was trained and Wana the intended target. No date is given. " + FATA.format("South Waziristan Agency"))])

# ---------------------------------------------------------------- BJ-29
G[29] = dict(publisher="The Express Tribune",
  actors=[RGR(), TTP(), POL("police", "policeman", "Police")],
  people=[Pe("Asad Malik", ["Asad Malik"], ["Senior Superintendent of Police (SSP)"])],
  places=[P("Sohrab Goth", "area", SI, "Karachi"), P("Karachi", "city", SI, "Karachi"),
          P("Kunwari Colony", "area", SI, "Karachi"), P("Manghopir", "area", SI, "Karachi")],
  incidents=[
   I("militants riding a motorcycle opened fire on their vehicle", BAT, CLASH, AA,
     "Tehreek-e-Taliban Pakistan", "Pakistan Rangers", SI, "Karachi", "Sohrab Goth", 1, "on October 2",
     2, {"security_forces": 2}, None,
     "A shooting on a Rangers (paramilitary) vehicle: an attack on a state force, so Battles / Armed clash. The TTP "
     "claimed it."),
   I("police and Rangers conducted a joint raid in Kunwari Colony of Manghopir", BAT, CLASH, None,
     "Police", "Tehreek-e-Taliban Pakistan", SI, "Karachi", "Kunwari Colony", 1, "Later",
     3, {"militants": 3}, 1,
     "A joint police and Rangers raid that ended in an hour-long exchange of fire; the state started it, so GTD is "
     "null. Police is named first and is actor1; the Rangers are listed in actors. 'Suspected TTP militants' gives "
     "actor2 TTP. One policeman injured.")])

# ---------------------------------------------------------------- BJ-30
BMP = "Border Military Police"
G[30] = dict(publisher="Dawn",
  actors=[A(BMP, "state_force", 1, ["Border Military Police", "BMP"])],
  people=[],
  places=[P("Sakhi Sarwar", "town", PU, "Dera Ghazi Khan"),
          P("Dera Ghazi Khan District", "district", PU, "Dera Ghazi Khan"),
          P("Punjab", "province", PU, None), P("Barkhan District", "district", BA, "Barkhan"),
          P("Balochistan", "province", BA, None)],
  incidents=[
   I("militants attacked a BMP checkpost at Sakhi Sarwar", BAT, CLASH, AA,
     UAG, BMP, PU, "Dera Ghazi Khan", "Sakhi Sarwar", 1, "on August 12",
     5, {"security_forces": 2, "militants": 3}, 2,
     "About 15 militants who crossed from Barkhan District attacked a BMP post; two BMP personnel and three attackers "
     "killed. The two wounded militants are counted as injured, and their arrest next morning is part of this "
     "incident (not a separate Arrests incident). No group is named."),
   I("residents of Sakhi Sarwar blocked the main highway for four hours in protest", PRO, "Peaceful protest", None,
     "Protesters", None, PU, "Dera Ghazi Khan", "Sakhi Sarwar", 2, "The next day",
     0, {}, None,
     "Residents blocked a highway over the lack of security; no violence or intervention is reported, so Peaceful "
     "protest, no GTD type. Unnamed protesters get the generic actor 'Protesters' (ACLED inter 6), like 'Civilians', "
     "and are not listed in actors. The exact point on the highway is not given, hence precision 2.")])


def build(n):
    g = G[n]
    return {
        "article": "BJ-%02d.txt" % n,
        "about": g.get("about", "Hand-coded from the text alone."),
        "publisher": g["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": g["actors"],
        "people": g["people"],
        "places": g["places"],
        "quotes": g.get("quotes", []),
        "incidents": g["incidents"],
        "not_incidents": g.get("not_incidents", []),
        "relations": g.get("relations", []),
        "actor_profiles": g.get("actor_profiles", {}),
    }

if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for n in sorted(G):
        with open(os.path.join(here, "BJ-%02d.gold.json" % n), "w") as f:
            json.dump(build(n), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print(len(G), "gold files written")
