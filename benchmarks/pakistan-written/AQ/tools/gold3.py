from gold2 import *

G[21] = dict(publisher="The News",
 actors=[POLICE(["Police", "police"])],
 people=[Pe("Naseemuddin Qureshi", ["Maulana Hafiz Naseemuddin Qureshi"], ["renowned religious scholar", "provincial leader of the Jamiat Ulema e Islam Fazl (JUI F)", "shot dead"])],
 places=[P("Circular Road", "area", KP, "Dera Ismail Khan"), P("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"),
         P("Khyber Pakhtunkhwa", "province", KP, None), P("Police Lines", "area", KP, "Dera Ismail Khan")],
 incidents=[
  I("Maulana Hafiz Naseemuddin Qureshi, was shot dead by unidentified gunmen outside a seminary", "Violence against civilians", "Attack", "Assassination", UAG, CIV, KP, "Dera Ismail Khan", "Circular Road", 1,
    "on Friday", 2, {"civilians": 2}, None,
    "A renowned religious scholar and provincial party leader (a prominent figure), so GTD Assassination. One of his students was injured and later died, 'raising the death toll to two'; he is counted once, as killed, and injured is null (no other injured are mentioned), as in satp-sa-dev-38. A scholar and a student are civilian roles. JUI-F appears only as the victim's party and is not listed in actors."),
  I("militants fired two rockets at the Police Lines in the city", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Police", KP, "Dera Ismail Khan", "Police Lines", 1,
    "Later that night", 0, {}, 0,
    "Rocket fire with no gunfire, so Shelling/artillery/missile attack (as satp-sa-dev-4). One rocket landed in an open ground and the other did not explode; 'no one was hurt'. The target was the Police Lines, so actor2 is Police. Nothing links it to the killing of the scholar, so it is a separate incident."),
 ])

G[22] = dict(publisher="The News",
 actors=[SFA(["security forces"])],
 people=[],
 places=[P("Kasha Kandao", "area", KP, "Orakzai"), P("Upper Orakzai", "area", KP, "Orakzai"), P("Orakzai Agency", "district", KP, "Orakzai"), P("Khyber Agency", "district", KP, "Khyber")],
 incidents=[
  I("security forces fighter jets pounded suspected militant positions in Kasha Kandao and adjoining areas", "Explosions/Remote violence", "Air/drone strike", None, SF, UAG, KP, "Orakzai", "Kasha Kandao", 2,
    "on Saturday", 16, {"militants": 16}, None,
    "Air strikes by fighter jets on militant hideouts; 'at least 16 militants' = 16, as official sources give it (not independently confirmed). A state operation, so GTD is null. Strikes hit Kasha Kandao 'and adjoining areas', so precision 2. Khyber Agency is only where the militants came from. " + FATA_NOTE),
 ])

G[23] = dict(publisher="The Express Tribune",
 actors=[A("Pakistan Coast Guards", "state_force", 1, ["Pakistan Coast Guards", "Coast Guards"])],
 people=[],
 places=[P("Jiwani", "town", BA, "Gwadar"), P("Gwadar District", "district", BA, "Gwadar"), P("Karachi", "city", SI, "Karachi")],
 incidents=[
  I("unidentified militants attacked their check post near Jiwani town", "Battles", "Armed clash", "Armed Assault", UAG, "Pakistan Coast Guards", BA, "Gwadar", "Jiwani", 2,
    "on Sunday night", 2, {"security_forces": 2}, 1,
    "An attack on a Coast Guards check post with fire returned: Battles/Armed clash. Two personnel killed, one injured. 'Near' Jiwani, hence precision 2. The Coast Guards spokesman spoke to reporters in Karachi, which is not the place of the attack. The search operation reports no outcome and is not coded."),
 ])

G[24] = dict(publisher="Dawn",
 actors=[POLICE(["Police"])],
 people=[Pe("Rahmatullah Khan", ["Rahmatullah Khan"], ["schoolteacher", "shot dead"])],
 places=[P("Tarkhoba Kalay", "town", KP, "Lakki Marwat"), P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
         P("Indus Highway", "area", KP, "Lakki Marwat"), P("Serai Naurang", "town", KP, "Lakki Marwat")],
 incidents=[
  I("A schoolteacher, identified as Rahmatullah Khan, was shot dead by unidentified gunmen", "Violence against civilians", "Attack", "Armed Assault", UAG, CIV, KP, "Lakki Marwat", "Tarkhoba Kalay", 1,
    "on Monday", 1, {"civilians": 1}, None,
    "A schoolteacher (civilian role) shot on his way to school."),
  I("hundreds of teachers and local residents blocked the Indus Highway near Serai Naurang", "Protests", "Protest with intervention", None, "Protesters", "Police", KP, "Lakki Marwat", "Serai Naurang", 2,
    "On Tuesday", 0, {}, 6,
    "A road-block protest with the body, demanding arrests. Police dispersed it with tear gas and a baton charge, injuring at least six protesters: intervention without lethal force, so Protest with intervention rather than Excessive force. Actor1 is the generic 'Protesters' (no organisation named). 'Near' Serai Naurang, hence precision 2. Serai Naurang lies in Lakki Marwat District (general knowledge)."),
 ])

G[25] = dict(publisher="Dawn",
 actors=[SFA(["security forces", "soldier", "soldiers"])],
 people=[],
 places=[P("Grand Trunk (GT) Road", "area", PU, "Attock"), P("Hazro", "town", PU, "Attock"), P("Attock District", "district", PU, "Attock"), P("Punjab", "province", PU, None)],
 incidents=[
  I("a suicide bomber riding a motorcycle blew himself up near a security forces check post", "Explosions/Remote violence", "Suicide bomb", "Bombing/Explosion", UAG, SF, PU, "Attock", "Hazro", 2,
    "on Wednesday", 4, {"security_forces": 1, "militants": 1, "civilians": 2}, 7,
    "The bomber set off his explosives when stopped at a check post. The text itself counts him: 'Four people, including the bomber', so killed = 4 = one soldier, two passersby (civilian role) and the bomber (militant). Seven injured, three of them soldiers (injured have no side field). 'Near' Hazro, hence precision 2. No group is named."),
 ])

G[26] = dict(publisher="Dawn",
 actors=[SFA(["Security forces", "soldiers"]), TTP],
 people=[],
 places=[P("Kotki ridge", "area", KP, "Lower Dir"), P("Maidan", "area", KP, "Lower Dir"), P("Lower Dir District", "district", KP, "Lower Dir"),
         P("North West Frontier Province", "province", KP, None), P("Timergara", "town", KP, "Lower Dir")],
 incidents=[
  I("Security forces regained control of the strategic Kotki ridge", "Battles", "Government regains territory", None, SF, "Tehreek-e-Taliban Pakistan", KP, "Lower Dir", "Kotki ridge", 2,
    "on June 14", 14, {"militants": 12, "security_forces": 2}, 4,
    "Security forces retook a ridge from TTP militants after heavy fighting, so Government regains territory. Dead by side in separate sentences: 12 militants (military spokesman) and two soldiers; the four injured are soldiers. State operation, so GTD is null. A ridge within the Maidan area, not a town, hence precision 2. NWFP is the former name of Khyber Pakhtunkhwa, so admin1 is Khyber Pakhtunkhwa. The relaxed curfew in Timergara is not an incident."),
 ])

G[27] = dict(publisher="Dawn",
 actors=[POLICE(["Police", "policeman", "police"]), A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
 people=[],
 places=[P("Hazarganji", "area", BA, "Quetta"), P("Western Bypass", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
         P("Hazara Town", "area", BA, "Quetta"), P("Sariab Road", "area", BA, "Quetta")],
 incidents=[
  I("Three vegetable vendors belonging to the Hazara community were shot dead near Hazarganji on Western Bypass", "Violence against civilians", "Attack", "Armed Assault", "Lashkar-e-Jhangvi", CIV, BA, "Quetta", "Western Bypass", 1,
    "on May 14", 3, {"civilians": 3}, None,
    "A sectarian shooting of three Hazara vegetable vendors (a civilian role). The attackers are 'four armed men' in the text, but LeJ later claimed responsibility, so LeJ is actor1. Coded to Western Bypass, the road in Quetta, near Hazarganji (as Jaffar Khan Jamali Road in satp-sa-dev-104). Hazara Town is where they were going."),
  I("a policeman was injured when unidentified men hurled a hand grenade at a police mobile", "Explosions/Remote violence", "Grenade", "Bombing/Explosion", UAG, "Police", BA, "Quetta", "Sariab Road", 1,
    "A day earlier", 0, {}, 1,
    "A grenade attack on a police vehicle the day before; one policeman injured. An explosive attack, so Explosions/Grenade rather than Battles. The LeJ claim covers only the shooting of the vendors. 'A day earlier' (May 13) is kept as written."),
 ])

G[28] = dict(publisher="The News",
 actors=[TTP],
 people=[Pe("Fazal Wahab", ["Haji Fazal Wahab"], ["Awami National Party (ANP) candidate for PK 27", "escaped unhurt"]),
         Pe("Abu Talha Mehsud", ["Abu Talha Mehsud"], ["Tehreek e Taliban Pakistan (TTP) spokesman"])],
 places=[P("Jhanda Dheri", "town", KP, "Mardan"), P("Takht Bhai", "area", KP, "Mardan"), P("Mardan District", "district", KP, "Mardan")],
 incidents=[
  I("a bomb planted in a motorcycle exploded outside the election office of the party candidate for PK 27", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", CIV, KP, "Mardan", "Jhanda Dheri", 1,
    "on April 27", 3, {"civilians": 3}, 11,
    "A motorcycle bomb outside an ANP candidate's election office; three party workers (civilian role, as the MQM worker in satp-sa-dev-41) were killed and 11 injured; the candidate was unhurt. The TTP claimed it, so it is actor1. A bomb, not a targeted shooting of the candidate, so GTD Bombing/Explosion. The ANP appears only as the victims' party and is not listed. The spokesman spoke from an unknown location."),
 ])

G[29] = dict(publisher="Daily Times",
 actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]), BDS(["Bomb Disposal Squad", "BDS"])],
 people=[],
 places=[P("Jacobabad", "city", SI, "Jacobabad"), P("Sindh", "province", SI, None), P("Quetta", "city", BA, "Quetta")],
 incidents=[
  I("a bomb planted on it exploded near Jacobabad railway station", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army", None, SI, "Jacobabad", "Jacobabad", 1,
    "on Sunday morning", 0, {}, 0,
    "A bomb on the railway track damaged it before the Jaffar Express passed; 'no casualty was reported', so killed and injured are 0, and actor2 is null (infrastructure only). The SRA claimed 'the blast', so it is actor1. Near the railway station in Jacobabad town, so precision 1. Quetta is only the train's destination."),
  I("the Bomb Disposal Squad (BDS) defused a second device", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG, SI, "Jacobabad", "Jacobabad", 1,
    "Later in the day", 0, {}, None,
    "A second device about 200 metres from the blast site was defused: a disrupted bombing. The SRA claim names only 'the blast', so actor2 stays Unidentified (as the second pipeline in satp-sa-dev-72)."),
 ])

G[30] = dict(publisher="The Express Tribune",
 actors=[POLICE(["Police", "police"])],
 people=[Pe("Farhan Ali Shah", ["Dr Farhan Ali Shah"], ["senior doctor of Hayatabad Medical Complex", "kidnapped"])],
 places=[P("Phase 3", "area", KP, "Peshawar"), P("Hayatabad", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
         P("Khyber Pakhtunkhwa", "province", KP, None), P("Khyber Agency", "district", KP, "Khyber"),
         P("Pishtakhara", "area", KP, "Peshawar"), P("Khyber Bazaar", "area", KP, "Peshawar")],
 incidents=[
  I("Unidentified armed men kidnapped a senior doctor of Hayatabad Medical Complex, Dr Farhan Ali Shah", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, CIV, KP, "Peshawar", "Phase 3", 1,
    "on Thursday evening", 0, {}, None,
    "A doctor abducted outside his clinic in Phase 3 of Hayatabad. Khyber Agency is only the direction the kidnappers drove towards. 'Hayatabad Medical Complex' is his hospital and is not coded as a place."),
  I("police arrested five suspected extortionists during a raid in Pishtakhara area", "Strategic developments", "Arrests", None, "Police", UAG, KP, "Peshawar", "Pishtakhara", 1,
    "on the same day", 0, {}, None,
    "An arrest raid not tied to the kidnapping or the blast, so its own Arrests incident; two grenades and a pistol were recovered in the same raid. No GTD type for arrests. The suspects are armed but not a named group, so actor2 is Unidentified Armed Group."),
  I("a compact disc (CD) shop was damaged in a low intensity bomb blast in Khyber Bazaar", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, None, KP, "Peshawar", "Khyber Bazaar", 1,
    "late at night", 0, {}, 0,
    "A small bomb damaged a CD shop; 'No one was hurt', so killed and injured are 0 and actor2 is null (property only). 'Late at night' is presumably the same Thursday but is kept as written."),
 ])
