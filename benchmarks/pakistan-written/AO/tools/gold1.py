KP, BA, SD, PB = "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"
GB, AJK, ICT = "Gilgit-Baltistan", "Azad Jammu and Kashmir", "Islamabad Capital Territory"
UAG = "Unidentified Armed Group"

def P(name, kind, a1, a2):
    return {"name": name, "kind": kind, "admin1": a1, "admin2": a2}

def A(canon, mentions, kind="state_force", inter=1):
    return {"canonical": canon, "kind": kind, "acled_inter": inter, "mentions": mentions}

def G(canon, mentions):  # armed group
    return A(canon, mentions, "armed_group", 2)

def Pe(canon, mentions, roles):
    return {"canonical": canon, "mentions": mentions, "roles": roles}

def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}

def I(what, et, st, gtd, a1, a2, a1n, a2n, loc, gp, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st,
            "gtd_attack_type": gtd, "actor1": a1, "actor2": a2, "country": "Pakistan",
            "admin1": a1n, "admin2": a2n, "location": loc, "geo_precision": gp,
            "date_text": date, "killed": killed, "killed_by_side": kbs,
            "injured": injured, "note": note}

BAT, EXP, VAC, SD_, PRO = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                           "Strategic developments", "Protests")
IED, GRN, SUI, SHL = ("Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                      "Shelling/artillery/missile attack")
AA, BE, KID, ASS = "Armed Assault", "Bombing/Explosion", "Hostage Taking (Kidnapping)", "Assassination"

G_ = {}  # n -> dict(publisher, actors, people, places, quotes, incidents, not_incidents)

G_[1] = dict(publisher="Dawn",
  actors=[A("Frontier Corps", ["Frontier Corps", "FC"]),
          G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"])],
  people=[],
  places=[P("Gichk", "area", BA, "Panjgur"), P("Panjgur District", "district", BA, "Panjgur"),
          P("Balochistan", "province", BA, None), P("Gichk-Panjgur road", "area", BA, "Panjgur"),
          P("Kallag Dor", "town", BA, "Panjgur"), P("Panjgur", "city", BA, "Panjgur")],
  quotes=[],
  incidents=[I("unidentified militants ambushed their patrolling vehicle", BAT, "Armed clash", AA,
    "Balochistan Liberation Front", "Frontier Corps", BA, "Panjgur", "Kallag Dor", 1, "on March 9",
    3, {"security_forces": 3}, 2,
    "An ambush on an FC patrol is Battles/Armed clash (attack on a state force), GTD Armed Assault (automatic weapons). The first sentence says 'unidentified militants', but the BLF claimed the attack later that evening, so the claimant is actor1. The vehicle was hit as it passed through Kallag Dor village in Gichk area, so location is the village, precision 1. The FC men returned fire; no militant casualties are given. The two injured are FC men ('two others'), but injured has no side split.")],
  not_incidents=[])

G_[2] = dict(publisher="The News",
  actors=[A("Police", ["Police", "police", "policemen"])],
  people=[Pe("Sher Zaman", ["Sher Zaman"], ["police constable", "posted at Badaber Police Station", "shot dead"])],
  places=[P("Pishtakhara", "area", KP, "Peshawar"), P("Peshawar", "city", KP, "Peshawar"),
          P("Badaber", "area", KP, "Peshawar"), P("Mathra", "area", KP, "Peshawar")],
  quotes=[],
  incidents=[
    I("A police constable, identified as Sher Zaman, was shot dead by unidentified motorcyclists", BAT, "Armed clash", AA,
      UAG, "Police", KP, "Peshawar", "Pishtakhara", 1, "late on Saturday night", 1, {"security_forces": 1}, None,
      "A targeted killing of an off-duty constable on his way home. Under the coding rules an attack on a policeman, even a one-sided shooting, is Battles/Armed clash. Not Assassination: a constable is not a prominent target. Badaber Police Station is only where he was posted."),
    I("unidentified persons hurled a hand grenade at the Mathra Police Station", EXP, GRN, BE,
      UAG, "Police", KP, "Peshawar", "Mathra", 1, "in the early hours of Sunday", 0, {}, 2,
      "A separate attack ('In another incident') on a different police station a few hours later. Two policemen on guard were injured, no one killed; the wall was damaged. No link to the first attack is stated.")],
  not_incidents=[])

G_[3] = dict(publisher="Dawn",
  actors=[A("Security Forces", ["soldier", "Security forces"]),
          A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"])],
  people=[],
  places=[P("Khajuri", "area", KP, "North Waziristan"), P("Bannu-Miranshah road", "area", KP, "North Waziristan"),
          P("North Waziristan Agency", "district", KP, "North Waziristan"),
          P("Federally Administered Tribal Areas", "area", KP, None),
          P("Miranshah", "town", KP, "North Waziristan"), P("Bannu", "city", KP, "Bannu")],
  quotes=[],
  incidents=[
    I("a remote-controlled bomb hit a military convoy near Khajuri checkpost", EXP, IED, BE,
      UAG, "Security Forces", KP, "North Waziristan", "Khajuri", 2, "on October 11", 1, {"security_forces": 1}, 4,
      "Roadside remote-controlled bomb on a military convoy going from Bannu to Miranshah. One soldier killed; 'four others' injured (injured has no side split). 'Near' Khajuri checkpost, hence precision 2. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA rule). The cordon and search report no outcome and are not coded."),
    I("defused another device weighing about eight kilogrammes planted in the same area", SD_, "Disrupted weapons use", BE,
      "Bomb Disposal Squad", UAG, KP, "North Waziristan", "Khajuri", 2, "Later", 0, {}, None,
      "A second device defused by the BDS. 'The same area' refers back to the blast site near Khajuri checkpost, so location is Khajuri, precision 2. Defused bomb coded as a disrupted bombing, GTD Bombing/Explosion, as in the dev files. Date given only as 'Later' (after the blast on October 11).")],
  not_incidents=[])

G_[4] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"])],
  people=[Pe("Abdul Qadir Farooqi", ["Maulana Abdul Qadir Farooqi"], ["prayer leader", "associated with Ahle Sunnat Wal Jamaat (ASWJ)"]),
          Pe("Syed Mohsin Raza", ["Syed Mohsin Raza"], ["Shia lawyer", "wounded"])],
  places=[P("Sharafi Goth", "area", SD, "Karachi"), P("Karachi", "city", SD, "Karachi"),
          P("Sindh", "province", SD, None), P("Bilal Colony", "area", SD, "Karachi"),
          P("Nursery", "area", SD, "Karachi"), P("Shahrah-e-Faisal", "area", SD, "Karachi")],
  quotes=[],
  incidents=[
    I("A prayer leader, identified as Maulana Abdul Qadir Farooqi, was shot dead by unidentified armed motorcyclists", VAC, "Attack", AA,
      UAG, "Civilians", SD, "Karachi", "Sharafi Goth", 2, "on Friday", 1, {"civilians": 1}, None,
      "Sectarian target killing of a local prayer leader on his way to his mosque in Bilal Colony. The place is told only as the limits of Sharafi Goth Police Station, so location is Sharafi Goth at precision 2 (a police station's jurisdiction, not a precise spot). A prayer leader is a civilian role. A local cleric is not coded as a prominent target, so Armed Assault rather than Assassination (judgement call). ASWJ is only his affiliation and is not listed as an actor."),
    I("gunmen fired at his car near Nursery on Shahrah-e-Faisal", VAC, "Attack", AA,
      UAG, "Civilians", SD, "Karachi", "Nursery", 2, "the same evening", 0, {}, 1,
      "A separate sectarian shooting ('Meanwhile') at a different place: a Shia lawyer wounded. 'Near' Nursery, hence precision 2. Police link the two only as sectarian, not to the same attackers.")],
  not_incidents=[])

G_[5] = dict(publisher="The Express Tribune",
  actors=[A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
          A("Police", ["Punjab Police"]),
          G("Islamic State-Khorasan Province", ["Islamic State-Khorasan Province", "ISKP"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  people=[],
  places=[P("Basti Lashari", "town", PB, "Dera Ghazi Khan"), P("Kot Chutta", "area", PB, "Dera Ghazi Khan"),
          P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
          P("Muzaffargarh District", "district", PB, "Muzaffargarh")],
  quotes=[],
  incidents=[
    I("killed five suspected terrorists affiliated with the Islamic State-Khorasan Province (ISKP) in an intelligence-based operation (IBO)", BAT, "Armed clash", None,
      "Counter Terrorism Department", "Islamic State-Khorasan Province", PB, "Dera Ghazi Khan", "Basti Lashari", 2,
      "on the intervening night of June 18 and 19", 5, {"militants": 5}, None,
      "A CTD raid on a compound; the suspects fired and all five were killed. State-initiated raid, so GTD is null. 'Near' Basti Lashari, hence precision 2. The date spans the intervening night of June 18 and 19 (time precision 2 at best). The recovered suicide jackets, Kalashnikovs and grenades are part of this event, not a separate one. 'Punjab Police' is the CTD's parent and is listed as a named actor."),
    I("the CTD arrested two suspects of the banned Tehreek-e-Taliban Pakistan (TTP)", SD_, "Arrests", None,
      "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Muzaffargarh", "Muzaffargarh District", 2,
      "on the same day", 0, {}, None,
      "A separate IBO in another district with arrests not tied to the first raid, so its own Arrests incident. Only the district is named, hence precision 2. 'On the same day' is ambiguous after an intervening night (June 18 or 19). Seized explosives and detonators are part of the arrest.")],
  not_incidents=[])

G_[6] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"])],
  people=[],
  places=[P("Gabar Das", "town", GB, "Diamer"), P("Tangir", "area", GB, "Diamer"),
          P("Diamer District", "district", GB, "Diamer"), P("Gilgit-Baltistan", "province", GB, None)],
  quotes=[],
  incidents=[
    I("Unidentified miscreants set fire to a government girls' primary school", SD_, "Looting/property destruction", "Facility/Infrastructure Attack",
      UAG, None, GB, "Diamer", "Gabar Das", 1, "late on Thursday night", 0, {}, 0,
      "Arson of a girls' school: petrol poured on classroom furniture; no explosives and no one hurt ('no one was hurt', so killed and injured are 0). With no casualties and no explosion, coded ACLED Strategic developments / Looting/property destruction and GTD Facility/Infrastructure Attack (arson); judgement call, since ACLED could also treat it as an attack. Target is property only, so actor2 is null. The earlier wave of school attacks in Diamer is background, not a new incident.")],
  not_incidents=["Several schools in Diamer were torched or bombed in a similar wave of attacks some years ago"])

G_[7] = dict(publisher="The News",
  actors=[G("Lashkar-e-Islam", ["Lashkar-e-Islam", "LeI"]),
          G("Ansarul Islam", ["Ansarul Islam", "AI"])],
  people=[Pe("Qari Nisar Gul", ["Qari Nisar Gul"], ["Ansarul Islam commander"])],
  places=[P("Gharo Kandao", "area", KP, "Khyber"), P("Tirah", "area", KP, "Khyber"),
          P("Khyber Agency", "district", KP, "Khyber"), P("Federally Administered Tribal Areas", "area", KP, None),
          P("Peshawar", "city", KP, "Peshawar")],
  quotes=[],
  incidents=[
    I("fighters of Lashkar-e-Islam (LeI) and Ansarul Islam (AI) clashed", BAT, "Armed clash", AA,
      "Lashkar-e-Islam", "Ansarul Islam", KP, "Khyber", "Gharo Kandao", 1, "on Tuesday", 7, {"militants": 7}, None,
      "Clash between two armed groups; LeI attacked AI positions, so LeI is actor1. The dead are counted by side in separate sentences: four AI and three LeI = 7 (matching 'At least seven'), all militants. 'Several injuries' on both sides is uncounted, so injured is null. GTD Armed Assault for the LeI assault (GTD rarely codes group-on-group fighting; judgement call). The AI commander's claim to hold the hilltop is not a change of territory. Peshawar is only where the commander's words were heard. FATA rule: admin1 Khyber Pakhtunkhwa.")],
  not_incidents=[])

G_[8] = dict(publisher="Dawn",
  actors=[A("Police", ["policemen", "police", "Police"]),
          G("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
          G("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"])],
  people=[Pe("Naveed Akhtar Jatoi", ["Naveed Akhtar Jatoi"], ["Deputy Inspector General (DIG) of Police"])],
  places=[P("Zarghoon Road", "area", BA, "Quetta"), P("Quetta", "city", BA, "Quetta"),
          P("Balochistan", "province", BA, None)],
  quotes=[],
  incidents=[
    I("a suicide bomber rammed his explosive-laden car into a police truck", EXP, SUI, BE,
      "Jamaat-ul-Ahrar", "Police", BA, "Quetta", "Zarghoon Road", 1, "on Monday morning", 9, {"security_forces": 5}, 21,
      "Suicide car bomb against a police truck. Jamaat-ul-Ahrar claimed it, so it is actor1 (the TTP is named only as its parent). LeJ was named by television channels but denied involvement: a denial, so it is not the perpetrator; listed as a named actor only. 'At least nine people, including five policemen': 5 security forces; the other four are 'people' with no side. The bomber is not counted.")],
  not_incidents=[])

G_[9] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["policeman", "Police"])],
  people=[Pe("Shamim Akhtar", ["Shamim Akhtar"], ["lady health worker", "member of the anti-polio team", "killed"]),
          Pe("Shah Wali", ["Shah Wali"], ["colleague on the anti-polio team", "injured, later died"])],
  places=[P("Shagai Banr", "town", KP, "Swat"), P("Kabal", "area", KP, "Swat"),
          P("Swat District", "district", KP, "Swat"), P("Saidu Sharif", "town", KP, "Swat")],
  quotes=[],
  incidents=[
    I("unidentified gunmen opened fire on an anti-polio team", VAC, "Attack", AA,
      UAG, "Civilians", KP, "Swat", "Shagai Banr", 1, "on April 22", 2, {"civilians": 2}, 1,
      "Attack on a polio vaccination team. The health worker died on the spot; her colleague, first reported injured, later died in hospital, so he is counted once, as killed: killed = 2 (both health workers, a civilian role). The escorting policeman survived and is the only injured (1). The target was the vaccination team, so VAC/Attack; Battles/Armed clash would apply only if the police escort had been the target (judgement call).")],
  not_incidents=[])

G_[10] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police"]),
          G("Sindhudesh Liberation Army", ["Sindhudesh Liberation Army", "SDLA"])],
  people=[],
  places=[P("Daulatpur", "town", SD, "Shaheed Benazirabad"),
          P("Shaheed Benazirabad District", "district", SD, "Shaheed Benazirabad"),
          P("Karachi", "city", SD, "Karachi"), P("Nawabshah", "city", SD, "Shaheed Benazirabad"),
          P("Hyderabad", "city", SD, "Hyderabad"), P("Sann", "town", SD, "Jamshoro"),
          P("Jamshoro District", "district", SD, "Jamshoro")],
  quotes=[],
  incidents=[
    I("A portion of the railway track was damaged in a low-intensity explosion", EXP, IED, BE,
      UAG, None, SD, "Shaheed Benazirabad", "Daulatpur", 2, "in the early hours of Wednesday", 0, {}, 0,
      "Low-intensity blast on a railway track; 'No one was hurt', so killed and injured are 0; target is infrastructure, so actor2 null. SDLA pamphlets were found near the site, but the text says no group claimed responsibility: pamphlets are evidence, not a claim, so actor1 stays Unidentified (judgement call). 'Near' Daulatpur, hence precision 2. Karachi, Nawabshah and Hyderabad are only the train's route."),
    I("police defused a bomb planted near a railway bridge at Sann", SD_, "Disrupted weapons use", BE,
      "Police", UAG, SD, "Jamshoro", "Sann", 1, "On the same day", 0, {}, None,
      "A separate device in another district (Jamshoro), spotted by a railway gangman and defused by police. Coded as a disrupted bombing, GTD Bombing/Explosion, per the dev convention. The bridge is at Sann, so precision 1.")],
  not_incidents=[])

G_[11] = dict(publisher="Dawn",
  actors=[A("Indian Army", ["Indian troops"], "state_force", 8),
          A("Inter-Services Public Relations", ["Inter-Services Public Relations", "ISPR"]),
          A("Security Forces", ["Pakistani troops"])],
  people=[Pe("Naseem Bibi", ["Naseem Bibi"], ["killed by shell splinters at her house"])],
  places=[P("Line of Control", "area", AJK, None), P("Nakyal", "area", AJK, "Kotli"),
          P("Kotli District", "district", AJK, "Kotli"), P("Azad Jammu and Kashmir", "province", AJK, None),
          P("Sarhoti Bala", "town", AJK, "Kotli"), P("Kotli", "city", AJK, "Kotli")],
  quotes=[],
  incidents=[
    I("Indian troops resorted to unprovoked mortar shelling across the Line of Control (LoC)", EXP, SHL, None,
      "Indian Army", "Civilians", AJK, "Kotli", "Sarhoti Bala", 1, "on Sunday", 1, {}, 3,
      "Cross-border mortar fire across the LoC with no gunfire reported, so Shelling/artillery/missile attack. The perpetrator is a foreign state force (inter 8), named as such, so it is actor1 and listed; GTD is null (not a non-state attack). The shells hit Sarhoti Bala village, so precision 1. The dead 'woman' has no stated side; three children injured. The Pakistani troops' response reports no outcome and is folded into this record. ISPR is the source. admin1 'Azad Jammu and Kashmir' as the text names it.")],
  not_incidents=[])

G_[12] = dict(publisher="The News",
  actors=[A("Police", ["Police", "police"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
          A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
  people=[Pe("Abdul Haseeb", ["Abdul Haseeb", "Talha"], ["would-be suicide bomber", "TTP member"])],
  places=[P("Tarnol", "area", ICT, "Islamabad"), P("Islamabad", "city", ICT, "Islamabad"),
          P("Fateh Jang", "town", PB, "Attock"), P("Pirwadhai", "area", PB, "Rawalpindi"),
          P("Rawalpindi", "city", PB, "Rawalpindi")],
  quotes=[],
  incidents=[
    I("arresting a would-be suicide bomber and recovering a suicide jacket from his possession", SD_, "Disrupted weapons use", BE,
      "Police", "Tehreek-e-Taliban Pakistan", ICT, "Islamabad", "Tarnol", 2, "on Thursday", 0, {}, None,
      "A foiled suicide attack: the arrest and the recovered jacket are one Disrupted weapons use event (not a separate Arrests incident), GTD Bombing/Explosion for the prevented bombing. The police say he belonged to the TTP, so actor2 is the TTP. 'Near' Tarnol, hence precision 2. Fateh Jang is only where he came from."),
    I("the Counter Terrorism Department (CTD) arrested three suspected militants during a raid in Pirwadhai area of Rawalpindi", SD_, "Arrests", None,
      "Counter Terrorism Department", UAG, PB, "Rawalpindi", "Pirwadhai", 1, "on the same day", 0, {}, None,
      "A separate raid in another city, not tied to the Islamabad arrest, so its own Arrests incident; no group named for the suspects. Grenades and a pistol recovered are part of the arrest.")],
  not_incidents=[])

G_[13] = dict(publisher="The Express Tribune",
  actors=[A("Levies", ["Levies"]),
          G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])],
  people=[],
  places=[P("Buleda", "area", BA, "Kech"), P("Kech District", "district", BA, "Kech"),
          P("Kaur Jahan", "town", BA, "Kech"), P("Punjab", "province", PB, None),
          P("Turbat", "city", BA, "Kech")],
  quotes=[],
  incidents=[
    I("Bullet-riddled bodies of four labourers, who had been abducted from a construction site in Buleda area of Kech District, were found", VAC, "Attack", KID,
      "Balochistan Liberation Army", "Civilians", BA, "Kech", "Kaur Jahan", 2, "on September 4, 2015", 4, {"civilians": 4}, None,
      "Seven labourers were abducted a day earlier; three were freed and four were shot. Abducted and later killed, so ACLED Attack with GTD Hostage Taking (Kidnapping), one incident (the release of three is part of it). The BLA claimed the killings, so it is actor1. Labourers are a civilian role. Location is where the bodies were found, 'near' Kaur Jahan village, precision 2; the date is the day the bodies were found, as in the dev files. Punjab is only where the men came from.")],
  not_incidents=[])

G_[14] = dict(publisher="Dawn",
  actors=[A("Police", ["Police", "police", "policemen"])],
  people=[Pe("Ziaullah Khan", ["Ziaullah Khan"], ["District Police Officer (DPO)"]),
          Pe("Gul Akbar", ["Gul Akbar"], ["retired school teacher", "owner of the house hit by rockets"])],
  places=[P("Tajazai", "town", KP, "Lakki Marwat"), P("Lakki Marwat District", "district", KP, "Lakki Marwat")],
  quotes=[Q("Ziaullah Khan", "The policemen fought bravely")],
  incidents=[
    I("an attack by militants on the Tajazai police post", BAT, "Armed clash", AA,
      UAG, "Police", KP, "Lakki Marwat", "Tajazai", 1, "late on Saturday night", 1, {"militants": 1}, 2,
      "About 15 militants attacked the police post; an hour-long exchange of fire. One attacker killed (body left behind) and two policemen injured. Militant-initiated assault, so GTD Armed Assault. No group is named."),
    I("militants also fired two rockets at the house of a retired school teacher", EXP, SHL, BE,
      UAG, "Civilians", KP, "Lakki Marwat", "Tajazai", 1, "The same night", 0, {}, 0,
      "Rockets with no gunfire, so Shelling/artillery/missile attack (coding rule). 'In the same area' refers back to Tajazai. The target was a civilian's house; only the boundary wall was damaged, and 'No one was hurt', so killed and injured are 0. Coded as its own incident: a different target, though probably the same attackers.")],
  not_incidents=[])

G_[15] = dict(publisher="The News",
  actors=[A("Bajaur Scouts", ["Bajaur Scouts"]),
          A("Security Forces", ["Security forces"])],
  people=[],
  places=[P("Afghanistan", "country", None, None), P("Kunar", "province", "Kunar", None),
          P("Sangar Tangai", "area", KP, "Bajaur"), P("Mamund", "area", KP, "Bajaur"),
          P("Bajaur Agency", "district", KP, "Bajaur")],
  quotes=[],
  incidents=[
    I("militants who had crossed over from Afghanistan's Kunar province attacked a checkpost", BAT, "Armed clash", AA,
      UAG, "Bajaur Scouts", KP, "Bajaur", "Sangar Tangai", 1, "on Friday", 14, {"security_forces": 2, "militants": 12}, 3,
      "A cross-border militant assault on a Bajaur Scouts checkpost. Two Scouts killed, three injured. 'Around a dozen militants' killed = 12 (ACLED rule for vague counts; officials' claim). The incident happened in Pakistan, so country is Pakistan although the attackers came from Kunar. The artillery and helicopter gunship response is part of the same battle, not a separate air strike (judgement call). No group is named. FATA rule: admin1 Khyber Pakhtunkhwa.")],
  not_incidents=[])

G_[16] = dict(publisher="Daily Times",
  actors=[A("Police", ["Police", "police", "policemen"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  people=[Pe("Qari Abdul Samad Mohmand", ["Qari Abdul Samad Mohmand"], ["TTP spokesman"])],
  places=[P("Ferozepur Road", "area", PB, "Lahore"), P("Lahore", "city", PB, "Lahore"),
          P("Punjab", "province", PB, None), P("Peshawar", "city", KP, "Peshawar"),
          P("Waziristan", "area", KP, None), P("Mall Road", "area", PB, "Lahore")],
  quotes=[Q("Qari Abdul Samad Mohmand", "We will continue such attacks")],
  incidents=[
    I("a suicide bomber blew himself up near a police checkpoint on Ferozepur Road", EXP, SUI, BE,
      "Tehreek-e-Taliban Pakistan", "Police", PB, "Lahore", "Ferozepur Road", 1, "on June 7", 12, {"security_forces": 4}, 35,
      "Suicide bombing at a police checkpoint; the TTP claimed it. 'At least 12 people, including four policemen': 4 security forces, the other 8 have no side. The bomber is not counted. The spokesman spoke to journalists in Peshawar, which is not the incident's place. The March car bomb on Mall Road is an older attack recalled as background and is not coded.")],
  not_incidents=["in March, a car bomb near a police office on Mall Road had killed eight people"])

G_[17] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"]),
          A("Frontier Constabulary", ["Frontier Constabulary", "FC"])],
  people=[Pe("Malik Gul Nawaz Kundi", ["Malik Gul Nawaz Kundi", "Kundi"], ["former tehsil nazim", "Awami National Party (ANP) leader"])],
  places=[P("Shadi Khel Kalan", "town", KP, "Dera Ismail Khan"), P("Paroa", "area", KP, "Dera Ismail Khan"),
          P("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
          P("Daraban", "town", KP, "Dera Ismail Khan")],
  quotes=[],
  incidents=[
    I("Unidentified gunmen shot dead a former tehsil nazim and Awami National Party (ANP) leader", VAC, "Attack", ASS,
      UAG, "Civilians", KP, "Dera Ismail Khan", "Shadi Khel Kalan", 1, "on May 14", 1, {"civilians": 1}, 1,
      "Targeted killing of a named former tehsil nazim and party leader: a specific prominent local figure, so GTD Assassination (judgement call; a rank-and-file worker would be Armed Assault). A former official and party leader is a civilian role. His guard was injured (injured = 1). The ANP is only his party and is not listed."),
    I("a roadside bomb struck their vehicle near Daraban", EXP, IED, BE,
      UAG, "Frontier Constabulary", KP, "Dera Ismail Khan", "Daraban", 2, "On the same day", 0, {}, 2,
      "Roadside bomb on a Frontier Constabulary vehicle; two personnel injured, none killed. The abbreviation 'FC' here means Frontier Constabulary, not Frontier Corps. 'Near' Daraban, hence precision 2.")],
  not_incidents=[])

G_[18] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"]),
          G("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi", "LeJ"])],
  people=[Pe("Abu Sufyan Rind", ["Abu Sufyan Rind"], ["LeJ spokesman"])],
  places=[P("Hazarganji", "area", BA, "Quetta"), P("Western Bypass", "area", BA, "Quetta"),
          P("Quetta", "city", BA, "Quetta"), P("Hazara Town", "area", BA, "Quetta"),
          P("Alamdar Road", "area", BA, "Quetta")],
  quotes=[],
  incidents=[
    I("armed men opened fire on their pick-up van", VAC, "Attack", AA,
      "Lashkar-e-Jhangvi", "Civilians", BA, "Quetta", "Hazarganji", 2, "on Tuesday", 3, {"civilians": 3}, 1,
      "Sectarian attack on Hazara vegetable sellers (a civilian trade role), claimed by LeJ, so LeJ is actor1. The van driver was wounded (injured = 1). 'Near' Hazarganji, hence precision 2. Hazara Town is only where they were going. The spokesman called from an undisclosed location."),
    I("relatives of the victims and members of the Hazara community staged a sit-in on Alamdar Road", PRO, "Peaceful protest", None,
      "Protesters", None, BA, "Quetta", "Alamdar Road", 1, "On Wednesday", 0, {}, None,
      "A sit-in with the coffins the next day; it 'ended peacefully' after talks, with no intervention, so Peaceful protest. No organisation is named for the protesters, so actor1 is the generic 'Protesters' (ACLED inter 6) and is not listed in actors.")],
  not_incidents=[])

G_[19] = dict(publisher="Dawn",
  actors=[A("South Waziristan Scouts", ["South Waziristan Scouts"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
          A("Security Forces", ["security forces", "soldier"])],
  people=[Pe("Shahid Ullah Wazir", ["Shahid Ullah Wazir"], ["Political Agent (PA)"])],
  places=[P("Wana", "town", KP, "South Waziristan"),
          P("South Waziristan Agency", "district", KP, "South Waziristan"),
          P("Shakai", "area", KP, "South Waziristan")],
  quotes=[Q("Shahid Ullah Wazir", "The doors are open for everyone")],
  incidents=[
    I("Twenty-two militants, including two local commanders, laid down their arms", SD_, "Agreement", None,
      "Tehreek-e-Taliban Pakistan", "South Waziristan Scouts", KP, "South Waziristan", "Wana", 1, "on March 28, 2016", 0, {}, None,
      "A surrender of 22 TTP-associated militants with their weapons. ACLED lists surrenders under Strategic developments / Agreement (Change to group/activity is the alternative; judgement call). No GTD type. The political administration is a civil authority and is not listed; the South Waziristan Scouts are the state force receiving the surrender."),
    I("four militants were killed when security forces exchanged fire with them", BAT, "Armed clash", None,
      "Security Forces", UAG, KP, "South Waziristan", "Shakai", 2, "on the same day", 4, {"militants": 4}, 1,
      "A separate clash in another place. Four militants killed, one soldier injured. Who opened fire is not stated, so GTD is null (treated like a security operation). Shakai valley is an area, not a town, hence precision 2. No group is named for these militants; they are not assumed to be TTP.")],
  not_incidents=[])

G_[20] = dict(publisher="The Express Tribune",
  actors=[A("Rangers", ["Rangers"]), A("Police", ["police", "Police"])],
  people=[],
  places=[P("Lyari", "area", SD, "Karachi"), P("Sohrab Goth", "area", SD, "Karachi"),
          P("Karachi", "city", SD, "Karachi"), P("Block 13", "area", SD, "Karachi"),
          P("Gulistan-e-Jauhar", "area", SD, "Karachi"), P("Northern Bypass", "area", SD, "Karachi")],
  quotes=[],
  incidents=[
    I("Rangers arrested 11 suspects", SD_, "Arrests", None,
      "Rangers", UAG, SD, "Karachi", "Karachi", 2, "on Thursday", 0, {}, None,
      "Raids in two areas (Lyari and Sohrab Goth) coded as one Arrests event; location is the city at precision 2 since it spans two neighbourhoods (judgement call). The 'banned sectarian outfit' is not named, so actor2 is Unidentified. Weapons recovered are part of the arrests."),
    I("unidentified men hurled a hand grenade at a bakery in Block 13 of Gulistan-e-Jauhar", EXP, GRN, BE,
      UAG, "Civilians", SD, "Karachi", "Block 13", 1, "on Thursday evening", 0, {}, 3,
      "Extortion-linked grenade attack on a bakery; three workers injured. Criminal motive, but an explosive attack on civilians is coded ACLED Grenade. The extortion chit 'a week earlier' is background."),
    I("the bullet-riddled body of an unidentified man, stuffed in a sack, was found near Northern Bypass", VAC, "Attack", AA,
      UAG, "Civilians", SD, "Karachi", "Northern Bypass", 2, "on the same day", 1, {}, None,
      "A body found with bullet wounds, coded like the dev files' bodies found in Karachi. The victim is only 'a man', so no side. 'Near' Northern Bypass, hence precision 2.")],
  not_incidents=[])

G_[21] = dict(publisher=None,
  actors=[A("Afghan Border Police", ["Afghan border police"], "state_force", 8),
          A("Kurram Militia", ["Kurram Militia"])],
  people=[],
  places=[P("Sadda", "town", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
          P("Kurram Agency", "district", KP, "Kurram"), P("Kharlachi", "area", KP, "Kurram"),
          P("Upper Kurram", "area", KP, "Kurram")],
  quotes=[],
  incidents=[
    I("a bomb planted in a motorcycle went off near a passenger coach stand in Sadda bazaar", EXP, IED, BE,
      UAG, "Civilians", KP, "Kurram", "Sadda", 1, None, 4, {}, 11,
      "Motorcycle bomb in a crowded bazaar. 'At least four people' = 4, no side. No date and no outlet are given. FATA rule: admin1 Khyber Pakhtunkhwa."),
    I("Afghan border police fired several mortar shells into Kharlachi area", EXP, SHL, None,
      "Afghan Border Police", "Civilians", KP, "Kurram", "Kharlachi", 1, "Hours later", 0, {}, 2,
      "Cross-border mortar fire by a foreign state force (inter 8), named as the perpetrator, so actor1 and listed; GTD null. Two children injured, so actor2 Civilians. The Kurram Militia's return fire reports no outcome and is folded into this record. 'Hours later' is relative to the undated bazaar blast.")],
  not_incidents=[])

G_[22] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"])],
  people=[Pe("Haji Fazal Karim", ["Haji Fazal Karim"], ["local trader", "kidnapped and later recovered"])],
  places=[P("Chowk Bazaar", "area", KP, "Bannu"), P("Bannu", "city", KP, "Bannu"),
          P("Bannu-Kohat Road", "area", KP, "Bannu"), P("Domel", "area", KP, "Bannu")],
  quotes=[],
  incidents=[
    I("A local trader, identified as Haji Fazal Karim, was kidnapped at gunpoint", VAC, "Abduction/forced disappearance", KID,
      UAG, "Civilians", KP, "Bannu", "Chowk Bazaar", 1, "on Monday", 0, {}, None,
      "Kidnapping for ransom of a trader by four armed men. Criminal motive, but an armed abduction of a civilian is coded ACLED Abduction/forced disappearance, GTD Kidnapping."),
    I("traders kept their shops shut and staged a protest on Bannu-Kohat Road", PRO, "Protest with intervention", None,
      "Protesters", "Police", KP, "Bannu", "Bannu-Kohat Road", 2, "On Tuesday", 0, {}, None,
      "Traders' strike and road blockade; police used batons when they marched on the deputy commissioner's office. Intervention without lethal force, so Protest with intervention. Bannu-Kohat Road is an intercity road; the stretch is not stated, hence precision 2. No injuries are reported."),
    I("the trader had been recovered unharmed during a raid in Domel tehsil and two of the kidnappers had been arrested", SD_, "Arrests", None,
      "Police", UAG, KP, "Bannu", "Domel", 2, "on Thursday", 0, {}, None,
      "Recovery of the hostage in a police raid with two arrests; no GTD type for raids and releases. The kidnappers are unnamed. 'On Thursday' is when police announced it; the raid itself may have been earlier. Domel is a tehsil, hence precision 2.")],
  not_incidents=[])

G_[23] = dict(publisher="The News",
  actors=[A("Levies", ["Levies"]),
          G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])],
  people=[Pe("Meeran Baloch", ["Meeran Baloch"], ["BLA spokesman"])],
  places=[P("Johan", "area", BA, "Kalat"), P("Kalat District", "district", BA, "Kalat"),
          P("Balochistan", "province", BA, None), P("Mangochar", "town", BA, "Kalat")],
  quotes=[],
  incidents=[
    I("Armed men stormed the Levies thana in Johan area", BAT, "Armed clash", "Facility/Infrastructure Attack",
      "Balochistan Liberation Army", "Levies", BA, "Kalat", "Johan", 1, "on the night of November 2", 0, {}, 0,
      "About 20 attackers disarmed six Levies men, took their weapons and a vehicle, and burned the station; 'No one was hurt'. An armed attack on a state force is Battles/Armed clash under the coding rules even without casualties; the post was not held, so not a territorial change. GTD Facility/Infrastructure Attack for the arson of the station (judgement call; Armed Assault is the alternative). Claimed by the BLA."),
    I("unidentified militants blew up a mobile phone tower near Mangochar", EXP, IED, BE,
      UAG, None, BA, "Kalat", "Mangochar", 2, "on Thursday", 0, {}, None,
      "Separate attack on telecom infrastructure; no casualties reported and no target person, so actor2 null. The BLA claim covers only the Levies station, so this stays Unidentified. 'Near' Mangochar, hence precision 2.")],
  not_incidents=[])

G_[24] = dict(publisher="Daily Times",
  actors=[A("Security Forces", ["Security Forces", "SFs", "soldiers", "troops"]),
          A("Inter-Services Public Relations", ["Inter-Services Public Relations", "ISPR"]),
          G("Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", ["Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", "TNSM"])],
  people=[],
  places=[P("Matta", "town", KP, "Swat"), P("Swat District", "district", KP, "Swat"),
          P("Mingora", "city", KP, "Swat"), P("Mardan", "city", KP, "Mardan")],
  quotes=[],
  incidents=[
    I("Security Forces (SFs) regained control of Matta town", BAT, "Government regains territory", None,
      "Security Forces", "Tehreek-e-Nifaz-e-Shariat-e-Mohammadi", KP, "Swat", "Matta", 1, "on Tuesday", 25,
      {"militants": 23, "security_forces": 2}, 5,
      "Troops retook Matta town after three days of fighting: Government regains territory, a state operation so GTD null. 23 militants and 2 soldiers killed; 5 soldiers injured. The ISPR statement names the militants as TNSM. 'On Tuesday' is the date of the statement; the fighting spanned the three days before it (time precision 2). Mingora and Mardan are only where residents fled.")],
  not_incidents=[])

G_[25] = dict(publisher="The News",
  actors=[],
  people=[Pe("Malik Sher Alam Safi", ["Malik Sher Alam Safi"], ["pro-government tribal elder", "killed"])],
  places=[P("Kado Baba", "town", KP, "Mohmand"), P("Ambar", "area", KP, "Mohmand"),
          P("Mohmand Agency", "district", KP, "Mohmand"), P("Ghalanai", "town", KP, "Mohmand")],
  quotes=[],
  incidents=[
    I("a remote-controlled bomb planted on the roadside hit their vehicle", EXP, IED, ASS,
      UAG, "Civilians", KP, "Mohmand", "Kado Baba", 2, "on Sunday", 2, {"civilians": 2}, None,
      "Roadside bomb aimed at a named pro-government tribal elder: a specific prominent target, so GTD Assassination although explosives were used (as the dev files code a rocket attack on an MPA). A tribal elder and a driver are civilian roles (the driver takes his principal's side in any case). 'Near' Kado Baba, hence precision 2. The earlier attack on his hujra last year is background. FATA rule: admin1 Khyber Pakhtunkhwa."),
    I("hundreds of tribesmen staged a protest outside the Political Agent's office in Ghalanai", PRO, "Peaceful protest", None,
      "Protesters", None, KP, "Mohmand", "Ghalanai", 1, "On Monday", 0, {}, None,
      "Protest the next day demanding arrests and protection; no intervention reported, so Peaceful protest. The Political Agent is a civil authority, not an actor.")],
  not_incidents=["had survived an attack on his hujra last year"])

G_[26] = dict(publisher="Dawn",
  actors=[A("Police", ["Police"]),
          A("Frontier Corps", ["Frontier Corps", "FC"])],
  people=[Pe("Abdul Wahab Sasoli", ["Abdul Wahab Sasoli"], ["local journalist", "correspondent for an Urdu-language daily", "ran a photocopy shop"])],
  places=[P("Khuzdar", "city", BA, "Khuzdar"), P("Zehri", "area", BA, "Khuzdar")],
  quotes=[],
  incidents=[
    I("A local journalist, identified as Abdul Wahab Sasoli, was shot dead by unidentified gunmen", VAC, "Attack", AA,
      UAG, "Civilians", BA, "Khuzdar", "Khuzdar", 1, "on Wednesday", 1, {"civilians": 1}, None,
      "Targeted shooting of a local journalist (a civilian role); he died on the way to hospital, counted as killed. A district correspondent is not coded as a prominent target, so Armed Assault (judgement call). The journalists' day of mourning is not a protest."),
    I("Frontier Corps (FC) personnel recovered a large cache of arms", SD_, "Disrupted weapons use", None,
      "Frontier Corps", UAG, BA, "Khuzdar", "Zehri", 2, "A day earlier", 0, {}, None,
      "Arms cache (rockets, explosives, ammunition) seized in a search operation: Disrupted weapons use. No specific planned attack was stopped, so GTD is null (search operations get no GTD type), unlike a defused bomb. Whose cache it was is not stated, so actor2 Unidentified. 'In the mountains near Zehri', hence precision 2. 'A day earlier' is the Tuesday before.")],
  not_incidents=[])

G_[27] = dict(publisher="The News",
  actors=[A("Police", ["policemen", "police"]),
          G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  people=[Pe("Muhammad Aslam", ["Muhammad Aslam"], ["Head Constable", "shot dead"]),
          Pe("Zahid Hussain", ["Zahid Hussain"], ["Constable", "shot dead"]),
          Pe("Noorul Haq", ["Noorul Haq", "Chhota"], ["one of the attackers", "killed in an encounter"])],
  places=[P("Banaras Chowk", "area", SD, "Karachi"), P("Orangi Town", "area", SD, "Karachi"),
          P("Karachi", "city", SD, "Karachi"), P("Manghopir", "area", SD, "Karachi")],
  quotes=[],
  incidents=[
    I("unidentified gunmen opened fire on their mobile van", BAT, "Armed clash", AA,
      "Tehreek-e-Taliban Pakistan", "Police", SD, "Karachi", "Banaras Chowk", 1, "on Thursday night", 2, {"security_forces": 2}, None,
      "Two policemen on patrol shot dead in their van. Attack on police, so Battles/Armed clash. The TTP 'later claimed responsibility', so it is actor1 although the gunmen are first called unidentified. At a traffic signal near Banaras Chowk: a spot within the neighbourhood, precision 1."),
    I("police killed one of the attackers, identified as Noorul Haq alias Chhota, in an encounter in Manghopir", BAT, "Armed clash", None,
      "Police", "Tehreek-e-Taliban Pakistan", SD, "Karachi", "Manghopir", 1, "On Saturday", 1, {"militants": 1}, None,
      "Police encounter two days later. He is 'one of the attackers' of a TTP-claimed attack, so actor2 is the TTP (inference from the claim). He fired first, but it was a police pursuit, so GTD null as for raids (judgement call).")],
  not_incidents=[])

G_[28] = dict(publisher="The Express Tribune",
  actors=[A("Police", ["Police"]),
          A("Bomb Disposal Squad", ["Bomb Disposal Squad"])],
  people=[Pe("Malik Ijaz Awan", ["Malik Ijaz Awan"], ["Regional Police Officer (RPO) Sargodha"])],
  places=[P("Darya Khan", "town", PB, "Bhakkar"), P("Bhakkar District", "district", PB, "Bhakkar"),
          P("Sargodha", "city", PB, "Sargodha")],
  quotes=[],
  incidents=[
    I("explosives strapped to his body went off prematurely near an imambargah", EXP, SUI, BE,
      UAG, "Civilians", PB, "Bhakkar", "Darya Khan", 1, "on the evening of Muharram 9", 1, {"militants": 1}, 2,
      "A suicide vest went off prematurely short of its target (a Muharram procession). An explosion that injured two passers-by, so not a disrupted attack; coded Suicide bomb (attempted). The text itself counts the bomber as killed ('A suspected suicide bomber was killed'), so killed = 1, side militants. Injured passers-by are civilians, so actor2 Civilians. Date is a lunar date with no year. Sargodha is only the RPO's region.")],
  not_incidents=[])

G_[29] = dict(publisher="The News",
  actors=[G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
          A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"])],
  people=[Pe("Gul Rehman", ["Gul Rehman"], ["convict", "member of a local TTP cell"]),
          Pe("Sajid Khan", ["Sajid Khan"], ["convict", "member of a local TTP cell"])],
  places=[P("Peshawar", "city", KP, "Peshawar"), P("Kohat Road", "area", KP, "Peshawar"),
          P("Charsadda", "city", KP, "Charsadda")],
  quotes=[],
  incidents=[],
  not_incidents=["the 2014 bombing of a wagon carrying schoolteachers on Kohat Road",
                 "had been arrested by the Counter Terrorism Department (CTD) from Charsadda in 2015"])

G_[30] = dict(publisher="The Express Tribune",
  actors=[A("Security Forces", ["Security forces", "soldiers"]),
          A("Inter-Services Public Relations", ["Inter-Services Public Relations", "ISPR"]),
          G("Tehreek-e-Taliban Pakistan", ["Fitna al Khwarij", "Tehreek-e-Taliban Pakistan", "TTP", "khwarij"])],
  people=[Pe("Muhammad Irfan", ["Naik Muhammad Irfan"], ["Naik", "soldier killed in the operation", "resident of Karak District"]),
          Pe("Waqas Ahmed", ["Sepoy Waqas Ahmed"], ["Sepoy", "soldier killed in the operation", "resident of Chakwal District"])],
  places=[P("Mamozai", "area", KP, "Orakzai"), P("Orakzai District", "district", KP, "Orakzai"),
          P("Karak District", "district", KP, "Karak"), P("Chakwal District", "district", PB, "Chakwal")],
  quotes=[],
  incidents=[
    I("Security forces conducted an intelligence-based operation (IBO) in Mamozai area", BAT, "Armed clash", None,
      "Security Forces", "Tehreek-e-Taliban Pakistan", KP, "Orakzai", "Mamozai", 1, "on the night of August 11-12", 6,
      {"militants": 4, "security_forces": 2}, None,
      "An IBO with an exchange of fire; state-initiated, so GTD null. Counts come in separate sentences: four khwarij killed, and two soldiers 'embraced shahadat' (killed) = 6. 'Khwarij' / 'Fitna al Khwarij' is the state's term for the TTP, as the text says, so actor2 is the TTP. Karak and Chakwal are the soldiers' home districts, not incident places. Orakzai is a former FATA agency, now a district of Khyber Pakhtunkhwa.")],
  not_incidents=[])
