# Hand-coded gold for set BA. Every value below was decided by hand from the report text alone;
# this file only lays the values out in the dev gold shape.
KP, BA, PB, SD, GB = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Gilgit-Baltistan"
ABOUT = "Hand-coded from the text alone."
FATA = " Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."
FATA2 = " A former FATA agency; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."

def A(canonical, kind, inter, mentions):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}

def P(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}

def L(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}

def I(what, et, st, gtd, a1, a2, admin1, admin2, loc, geo, date, killed, kbs, injured, note):
    return {"what": what, "acled_event_type": et, "acled_sub_event_type": st, "gtd_attack_type": gtd,
            "actor1": a1, "actor2": a2, "country": "Pakistan", "admin1": admin1, "admin2": admin2,
            "location": loc, "geo_precision": geo, "date_text": date, "killed": killed,
            "killed_by_side": kbs, "injured": injured, "note": note}

EXP, BAT, VAC, SD_, PRO = "Explosions/Remote violence", "Battles", "Violence against civilians", "Strategic developments", "Protests"
UAG = "Unidentified Armed Group"
SF = "Security Forces"
TTP = "Tehreek-e-Taliban Pakistan"

G = {}

G["BA-01"] = dict(publisher="Dawn",
 actors=[A("Police", "state_force", 1, ["policemen", "police", "Police"])],
 people=[P("Abdul Wali", ["Abdul Wali"], ["Head Constable", "killed"]),
         P("Rehmat Shah", ["Rehmat Shah"], ["Constable", "killed"]),
         P("Sher Nawaz", ["Sher Nawaz"], ["constable", "injured, died of his injuries the next morning"])],
 places=[L("Mandan", "area", KP, "Bannu"), L("Bannu District", "district", KP, "Bannu"),
         L("Khyber Pakhtunkhwa", "province", KP, None), L("Bannu", "city", KP, "Bannu")],
 incidents=[I("unidentified militants opened fire on a police mobile van", BAT, "Armed clash", "Armed Assault", UAG, "Police",
   KP, "Bannu", "Mandan", 2, "on the night of June 11", 3, {"security_forces": 3}, 0,
   "Two policemen were killed outright and the third, constable Sher Nawaz, first reported injured, died the next morning; he is counted once, as killed, so killed = 3 and injured = 0 (nobody else was hurt). The place is given only as the limits of Mandan Police Station, an area of Bannu District, hence precision 2. Bannu city is only where the hospital is. A one-sided ambush on police is Battles/Armed clash. The search operation reports no outcome and is not coded.")])

G["BA-02"] = dict(publisher="The Express Tribune",
 actors=[A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
         A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
 people=[P("Nisar Ahmed", ["Nisar Ahmed"], ["local trader", "owner of the house attacked with a grenade"]),
         P("Kambar Baloch", ["Kambar Baloch"], ["BLF spokesman"])],
 places=[L("Sami", "area", BA, "Kech"), L("Kech District", "district", BA, "Kech"), L("Buleda", "area", BA, "Kech"),
         L("Quetta", "city", BA, "Quetta"), L("Makran", "area", BA, None)],
 incidents=[
  I("Unidentified militants hurled a hand grenade into the house of a local trader", EXP, "Grenade", "Bombing/Explosion", UAG, "Civilians",
    BA, "Kech", "Sami", 1, "on September 3", 0, {}, 2,
    "A grenade thrown into a trader's house injured his two sons. The BLF claim covers only 'the IED attack', so this one stays Unidentified."),
  I("a Frontier Corps (FC) vehicle was hit by a roadside improvised explosive device (IED)", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion",
    "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Buleda", 2, "a day later", 1, {"security_forces": 1}, 3,
    "Buleda tehsil 'of the same district' is in Kech, hence admin2 Kech and precision 2 (tehsil). 'A day later' than September 3, i.e. September 4. The BLF claimed this IED attack, so it is actor1. The three injured are 'others' with no stated side. Quetta is only where the spokesman's statement was sent, and Makran the region the group threatens; neither is the incident place.")])

G["BA-03"] = dict(publisher="The News",
 actors=[A(SF, "state_force", 1, ["Security forces", "soldiers"]),
         A(TTP, "armed_group", 2, ["Fitna al Khawarij", "khwarij"])],
 people=[P("Hamza Tariq", ["Lieutenant Hamza Tariq"], ["Lieutenant", "killed in the operation"])],
 places=[L("Ghundai Kalay", "town", KP, "North Waziristan"), L("Spinwam", "area", KP, "North Waziristan"),
         L("North Waziristan District", "district", KP, "North Waziristan")],
 incidents=[I("Security forces killed six terrorists during an intelligence based operation (IBO)", BAT, "Armed clash", None, SF, TTP,
   KP, "North Waziristan", "Ghundai Kalay", 1, "on the intervening night of March 15 and 16", 8, {"militants": 6, "security_forces": 2}, 3,
   "An IBO with an exchange of fire; counts come by side in separate sentences: six terrorists and two soldiers killed, three other soldiers injured, so killed = 8 and injured = 3. 'Fitna al Khawarij' is the government's designation for the TTP (general knowledge), so actor2 is TTP. The operation was started by the state, so GTD is null. The ISPR is the military's media wing and only the source, so it is not listed as an actor; The News is the outlet. The recovered weapons are part of the same event.")])

G["BA-04"] = dict(publisher="Dawn",
 actors=[],
 people=[P("Maulana Qari Saifullah", ["Maulana Qari Saifullah"], ["prayer leader", "shot dead"]),
         P("Ubaidullah", ["Ubaidullah"], ["son of Maulana Qari Saifullah", "injured"])],
 places=[L("Shah Faisal Colony", "area", SD, "Karachi"), L("Karachi", "city", SD, "Karachi"), L("Sindh", "province", SD, None)],
 incidents=[I("unidentified armed motorcyclists opened fire on them", VAC, "Attack", "Armed Assault", UAG, "Civilians",
   SD, "Karachi", "Shah Faisal Colony", 1, "on February 18", 1, {"civilians": 1}, 1,
   "A prayer leader (a religious scholar, a civilian role) was shot dead and his son injured. A local prayer leader is not a prominent figure, so GTD Armed Assault rather than Assassination. No Karachi district is named, so admin2 is Karachi.")])

G["BA-05"] = dict(publisher="The News",
 actors=[],
 people=[P("Malik Gul Rahim", ["Malik Gul Rahim"], ["pro government tribal elder", "killed"])],
 places=[L("Tangai Kulala", "town", KP, "Bajaur"), L("Salarzai", "area", KP, "Bajaur"), L("Bajaur Agency", "district", KP, "Bajaur"),
         L("Federally Administered Tribal Areas", "area", KP, None), L("Afghanistan", "country", None, None),
         L("Ghakhi", "area", KP, "Bajaur"), L("Mamund", "area", KP, "Bajaur"), L("Kunar", "province", "Kunar", None)],
 incidents=[
  I("a remote controlled bomb planted on the roadside went off near their vehicle", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Civilians",
    KP, "Bajaur", "Tangai Kulala", 1, "on August 27", 2, {"civilians": 2}, None,
    "A roadside remote-controlled bomb killed a pro-government tribal elder and his nephew. A tribal elder is a civilian role; the nephew is counted as a civilian as family of the target (as the coding rules treat a militant's family), so civilians = 2. The threats from 'militants' name no group, so actor1 is Unidentified." + FATA),
  I("at least 12 mortar shells fired from across the border in Afghanistan landed in Ghakhi area", EXP, "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Civilians",
    KP, "Bajaur", "Ghakhi", 1, "on the same day", 0, {}, 3,
    "Cross-border mortar fire, which officials attribute to militants based in Kunar (no group named), so actor1 is Unidentified, not a foreign state force. Shells landed in Ghakhi in Mamund tehsil, Bajaur, so the incident is in Pakistan. A woman and two children were injured; no deaths. 'On the same day' = August 27. Afghanistan and Kunar are listed as places only as the origin of the fire." + FATA)])

G["BA-06"] = dict(publisher="Dawn",
 actors=[A("Balochistan Constabulary", "state_force", 1, ["Balochistan Constabulary", "BC"]),
         A("Hizbul Ahrar", "armed_group", 2, ["Hizbul Ahrar"]),
         A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
 people=[P("Aslam Khan Kakar", ["Aslam Khan Kakar"], ["Deputy Inspector General (DIG) of Police Quetta"])],
 places=[L("Sariab Road", "area", BA, "Quetta"), L("Quetta", "city", BA, "Quetta"), L("Balochistan", "province", BA, None)],
 incidents=[I("a suicide bomber rammed his explosive laden motorcycle into a truck carrying the personnel", EXP, "Suicide bomb", "Bombing/Explosion", "Hizbul Ahrar", "Balochistan Constabulary",
   BA, "Quetta", "Sariab Road", 1, "on the morning of November 29", 8, {"security_forces": 8}, 21,
   "The perpetrator is named only in the claim made hours later: Hizbul Ahrar, a TTP splinter, is actor1 (a claim makes the group the perpetrator). TTP is listed in actors as the parent group only. 'At least eight' BC personnel = 8 security forces; the 21 injured include four passersby, so no side split for the injured. The bomber is not counted. The DIG's title 'of Police' names no acting organisation, so Police is not listed.")])

G["BA-07"] = dict(publisher="The Express Tribune",
 actors=[A("Border Security Force", "state_force", 8, ["Border Security Force", "BSF"]),
         A("Punjab Rangers", "state_force", 1, ["Punjab Rangers", "Rangers"])],
 people=[],
 places=[L("Working Boundary", "area", PB, None), L("Charwah", "area", PB, "Sialkot"), L("Sialkot District", "district", PB, "Sialkot"),
         L("Punjab", "province", PB, None), L("Kundanpur", "town", PB, "Sialkot"), L("Dhamala", "town", PB, "Sialkot")],
 incidents=[I("troops of the Indian Border Security Force (BSF) fired mortar shells on villages along the Working Boundary", EXP, "Shelling/artillery/missile attack", None, "Border Security Force", "Civilians",
   PB, "Sialkot", "Charwah", 2, "late on Saturday night", 2, {}, 5,
   "Cross-border mortar fire by a foreign state force (inter 8), which is the perpetrator and so is listed. Only shelling is reported, so Shelling/artillery/missile attack; GTD is null because the attacker is a state army. The shells hit two villages (Kundanpur and Dhamala), so the incident is placed at the sector, Charwah, precision 2, rather than at either village. The dead are 'a woman and her teenage son' and the injured 'villagers': no status, so no side. The Rangers' response reports no outcome and is part of the same exchange, not a separate incident.")])

G["BA-08"] = dict(publisher="Dawn",
 actors=[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LeI"]),
         A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam"])],
 people=[P("Qari Mehboob ul Haq", ["Qari Mehboob ul Haq"], ["spokesman of Ansarul Islam"]),
         P("Haji Sarfaraz Afridi", ["Haji Sarfaraz Afridi"], ["LeI spokesman"])],
 places=[L("Sandapal", "area", KP, "Khyber"), L("Tirah", "area", KP, "Khyber"), L("Khyber Agency", "district", KP, "Khyber")],
 incidents=[I("a clash between Lashkar e Islam (LeI) and Ansarul Islam", BAT, "Armed clash", "Armed Assault", "Lashkar-e-Islam", "Ansar-ul-Islam",
   KP, "Khyber", "Sandapal", 1, "on October 6", 9, {"militants": 9}, None,
   "Fighting between two armed groups. LeI attacked Ansarul Islam's positions, so LeI is actor1 and GTD Armed Assault (target: a non-state militia). Counts come from the two sides in separate sentences: six Ansarul Islam dead (its spokesman) plus three LeI dead (LeI's spokesman) = 9, which matches 'at least nine militants'. LeI's claim to have captured two posts is one side's claim and is not coded as a territorial change. The spokesman spoke from an undisclosed location. The long-running fighting since 2008 is background." + FATA2)],
 not_incidents=["Both groups have been fighting for control of Tirah since 2008"])

G["BA-09"] = dict(publisher="The News",
 actors=[A("Police", "state_force", 1, ["police", "Police"])],
 people=[P("Shazia Bibi", ["Shazia Bibi"], ["female polio worker", "shot dead"]),
         P("Naseem Akhtar", ["Naseem Akhtar"], ["Lady Health Worker (LHW)", "abducted and killed"])],
 places=[L("Shinkad Banda", "town", KP, "Swat"), L("Kabal", "area", KP, "Swat"), L("Swat District", "district", KP, "Swat"),
         L("Matta", "area", KP, "Swat")],
 incidents=[
  I("Unidentified gunmen shot dead a female polio worker, Shazia Bibi", VAC, "Attack", "Armed Assault", UAG, "Civilians",
    KP, "Swat", "Shinkad Banda", 1, "on April 22", 1, {"civilians": 1}, 1,
    "The target was a polio vaccination team (health workers, a civilian role); the police constable escorting it was injured. Coded as violence against civilians because the team was the target; an attack on the escort alone would be Battles. Injured = 1 (the constable)."),
  I("a Lady Health Worker (LHW), Naseem Akhtar, was abducted by militants", VAC, "Attack", "Hostage Taking (Kidnapping)", UAG, "Civilians",
    KP, "Swat", "Matta", 2, "the next morning", 1, {"civilians": 1}, None,
    "Abducted and later killed, so ACLED Attack with GTD Kidnapping. Her body was found 'in the same area', which refers back to Matta tehsil, so location Matta at tehsil precision 2. The abduction has no date of its own; the date is the day the body was found ('the next morning', i.e. April 23), as for bodies found in other reports. 'Militants' are unnamed.")])

G["BA-10"] = dict(publisher="Dawn",
 actors=[A("Sindhudesh Revolutionary Army", "armed_group", 2, ["Sindhudesh Revolutionary Army", "SRA"]),
         A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"]),
         A("Pakistan Railways Police", "state_force", 1, ["Railway Police"])],
 people=[],
 places=[L("Rohri", "town", SD, "Sukkur"), L("Sukkur District", "district", SD, "Sukkur"), L("Sindh", "province", SD, None),
         L("Karachi", "city", SD, "Karachi"), L("Pano Aqil", "town", SD, "Sukkur")],
 incidents=[
  I("A low intensity bomb exploded on the railway track near Rohri", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Sindhudesh Revolutionary Army", None,
    SD, "Sukkur", "Rohri", 2, "on the intervening night of December 26 and 27", 0, {}, None,
    "A bomb damaged the railway track; no casualties are mentioned, so actor2 is null (infrastructure). The SRA pamphlets found at the site claim responsibility 'for the blast', so SRA is actor1. 'Near' Rohri, hence precision 2. Karachi is only the train's destination."),
  I("Bomb Disposal Squad (BDS) personnel defused another device", SD_, "Disrupted weapons use", "Bombing/Explosion", "Bomb Disposal Squad", UAG,
    SD, "Sukkur", "Pano Aqil", 2, "Later", 0, {}, None,
    "A second device on the same line, near Pano Aqil railway station, was defused: a disrupted bombing. The SRA pamphlets claim only 'the blast', so the planters of this device stay Unidentified. 'Near' the station, hence precision 2. The traffic suspension is not an incident.")])

G["BA-11"] = dict(publisher="Daily Times",
 actors=[A("Sargal clan militia", "identity_militia", 4, ["Sargal"]),
         A("Mirzakhel clan militia", "identity_militia", 4, ["Mirzakhel"]),
         A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])],
 people=[],
 places=[L("Balishkhel", "area", KP, "Kurram"), L("Lower Kurram", "area", KP, "Kurram"), L("Kurram District", "district", KP, "Kurram"),
         L("Hangu", "district", KP, "Hangu"), L("Orakzai", "district", KP, "Orakzai")],
 incidents=[
  I("tribesmen of the Sargal and Mirzakhel clans exchanged fire with heavy weapons", BAT, "Armed clash", None, "Sargal clan militia", "Mirzakhel clan militia",
    KP, "Kurram", "Balishkhel", 1, "on Monday", 5, {"civilians": 2}, 11,
    "A land-dispute clash between two named clans, coded as identity militias (inter 4; interaction 44); the text does not say who fired first, so actor order follows the text. Tribal fighting over land is not a terrorist attack, so GTD is null. 'At least five people' = 5; only the schoolteacher and the shopkeeper (civilian roles) get a side, the other three have none."),
  I("a grand jirga of elders from Hangu and Orakzai brokered a ceasefire between the two sides", SD_, "Agreement", None, "Sargal clan militia", "Mirzakhel clan militia",
    KP, "Kurram", "Balishkhel", 1, "On Wednesday", 0, {}, None,
    "A ceasefire is an ACLED Agreement between the two clans. 'The disputed area' refers back to Balishkhel. The FC taking over the bunkers is part of the agreement, not a separate incident. Hangu and Orakzai are only where the jirga elders came from.")])

G["BA-12"] = dict(publisher="The Express Tribune",
 actors=[A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
         A("Islamic State-Khorasan Province", "armed_group", 2, ["Islamic State Khorasan Province", "ISKP"])],
 people=[P("Abdul Basit", ["Abdul Basit"], ["arrested suspect"]),
         P("Ikramullah", ["Ikramullah"], ["arrested suspect"]),
         P("Noman", ["Noman alias Abu Hurairah"], ["arrested suspect", "alias Abu Hurairah"])],
 places=[L("Dhok Kala Khan", "area", PB, "Rawalpindi"), L("Rawalpindi", "city", PB, "Rawalpindi"), L("Punjab", "province", PB, None)],
 incidents=[I("arresting three suspected terrorists of the Islamic State Khorasan Province (ISKP)", SD_, "Arrests", None, "Counter Terrorism Department", "Islamic State-Khorasan Province",
   PB, "Rawalpindi", "Dhok Kala Khan", 1, "on July 9", 0, {}, None,
   "A foiled plot: the CTD arrested three ISKP suspects said to be planning an attack on a Muharram procession and seized two suicide vests and grenades. Coded as one Arrests record (the arrest is the event; the seizure is part of it), so GTD is null; Disrupted weapons use would be the alternative. The planned attack never happened and is not a separate incident. 'CTD Punjab' is a force name; Punjab is listed as a place.")])

G["BA-13"] = dict(publisher="The News",
 about="Hand-coded from the text alone. No new incident: the report is about a court verdict and only recalls older attacks as background.",
 actors=[A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
 people=[P("Fazal Wahid", ["Fazal Wahid"], ["accused", "sentenced to seven years for sheltering the bomber"]),
         P("Sher Zaman", ["Sher Zaman"], ["convict sentenced to death", "TTP member according to the prosecution"]),
         P("Asmatullah", ["Asmatullah"], ["convict sentenced to death", "TTP member according to the prosecution"])],
 places=[L("Peshawar", "city", KP, "Peshawar"), L("Pabbi", "area", KP, "Nowshera"), L("Nowshera District", "district", KP, "Nowshera"),
         L("Mardan", "city", KP, "Mardan")],
 incidents=[],
 not_incidents=["the suicide attack on a mosque in Pabbi area of Nowshera District in which 14 worshippers were killed in November 2011",
                "had also planned an attack on a police training school in Mardan, which was foiled in 2012"])

G["BA-14"] = dict(publisher="Daily Times",
 actors=[A("Police", "state_force", 1, ["Police", "police"])],
 people=[P("Haji Gul Mast Khan", ["Haji Gul Mast Khan"], ["former tehsil nazim", "local leader of the Awami National Party (ANP)"])],
 places=[L("Paharpur", "area", KP, "Dera Ismail Khan"), L("Dera Ismail Khan District", "district", KP, "Dera Ismail Khan"),
         L("Kulachi", "town", KP, "Dera Ismail Khan")],
 incidents=[
  I("was shot dead by unidentified assailants near his dera (guest house)", VAC, "Attack", "Assassination", UAG, "Civilians",
    KP, "Dera Ismail Khan", "Paharpur", 2, "on Tuesday", 1, {"civilians": 1}, 1,
    "A named former tehsil nazim and party leader was shot dead; as a specific, locally prominent political figure GTD is Assassination (for an ordinary party worker it would be Armed Assault). A political leader is a civilian role. His driver was injured (he takes his principal's side, but injured has no split). The place is his dera in Paharpur tehsil, hence precision 2. ANP appears only as the victim's party and is not listed."),
  I("militants hurled two hand grenades at Kulachi Police Station", EXP, "Grenade", "Bombing/Explosion", UAG, "Police",
    KP, "Dera Ismail Khan", "Kulachi", 1, "late on Tuesday night", 0, {}, 0,
    "A grenade attack on a police station: the weapon is a grenade, so Explosions/Grenade rather than Battles. 'No one was hurt', so killed = 0 and injured = 0. The grenade that did not go off was not recovered or defused in the text, so there is no separate Disrupted weapons use record. Kulachi is in Dera Ismail Khan District (general knowledge; the report's context).")])

G["BA-15"] = dict(publisher="Dawn",
 actors=[A("Police", "state_force", 1, ["Police"])],
 people=[P("Shakeel Ahmed", ["Shakeel Ahmed"], ["forest department official", "abducted and recovered"]),
         P("Raja Mirza Hassan", ["Raja Mirza Hassan"], ["Superintendent of Police (SP) Diamer"])],
 places=[L("Tangir", "area", GB, "Diamer"), L("Diamer District", "district", GB, "Diamer"), L("Gilgit Baltistan", "province", GB, None)],
 incidents=[I("Police recovered a forest department official, Shakeel Ahmed", SD_, "Arrests", None, "Police", UAG,
   GB, "Diamer", "Tangir", 2, "on Friday", 0, {}, None,
   "A police raid on a kidnappers' hideout freed the hostage and led to two arrests; raids, releases and arrests get no GTD type. Coded Arrests as the notable outcome of the raid. The kidnappers are unnamed, so actor2 is Unidentified. 'The forests of Tangir valley' is part of a tehsil, hence precision 2. The abduction itself ('last week', no place) is background, not coded. admin1 is Gilgit-Baltistan, written 'Gilgit Baltistan' in the text.")],
 not_incidents=["who had been abducted by armed men last week"])

G["BA-16"] = dict(publisher="Daily Times",
 actors=[A("Military Forces of the United States", "state_force", 8, ["US"]),
         A("Hafiz Gul Bahadur Group", "armed_group", 2, ["Hafiz Gul Bahadur group"]),
         A("Frontier Corps", "state_force", 1, ["FC"])],
 people=[P("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the group named after him"])],
 places=[L("Shawal", "area", KP, "North Waziristan"), L("North Waziristan Agency", "district", KP, "North Waziristan"),
         L("Razmak", "area", KP, "North Waziristan")],
 incidents=[
  I("a US drone fired two missiles at a compound", EXP, "Air/drone strike", None, "Military Forces of the United States", "Hafiz Gul Bahadur Group",
    KP, "North Waziristan", "Shawal", 1, "on May 24", 4, {"militants": 4}, None,
    "A US drone strike: a foreign state force (inter 8) as perpetrator, so it is listed; state action, so GTD is null. 'Suspected militants' are counted as militants. Officials say the compound was used by fighters affiliated with the Hafiz Gul Bahadur group, so that group is actor2." + FATA2),
  I("militants attacked an FC check post in Razmak tehsil", BAT, "Armed clash", "Armed Assault", UAG, "Frontier Corps",
    KP, "North Waziristan", "Razmak", 2, "A day earlier", 7, {"security_forces": 2, "militants": 5}, 3,
    "Rockets and automatic weapons with a two-hour exchange of fire: Battles/Armed clash, not shelling. Counts by side come in separate sentences: two FC soldiers killed, five attackers killed, three soldiers injured, so killed = 7 and injured = 3. 'A day earlier' than May 24, i.e. May 23. Razmak tehsil, hence precision 2. No group is named for this attack." + FATA2)])

G["BA-17"] = dict(publisher="The News",
 actors=[A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]),
         A(SF, "state_force", 1, ["security forces"])],
 people=[P("Fazal Rabbi", ["Fazal Rabbi", "Rabbi"], ["Assistant Political Agent"])],
 places=[L("Ghalanai", "town", KP, "Mohmand"), L("Mohmand Agency", "district", KP, "Mohmand")],
 quotes=[{"speaker": "Fazal Rabbi", "starts": "Those who return to a peaceful life will be welcomed"}],
 incidents=[I("Twenty two militants of the Jamaat ul Ahrar (JuA) laid down their arms", SD_, "Other", None, "Jamaat-ul-Ahrar", SF,
   KP, "Mohmand", "Ghalanai", 1, "on Saturday", 0, {}, None,
   "A surrender of 22 JuA militants with their weapons before the political administration and security forces. Surrenders are counted separately by Pakistan monitors; in ACLED terms it is a Strategic development, coded Other (the group itself does not change course, so not Change to group/activity). No GTD type. The political administration is a civil authority and is not listed. The year's running total of 140 surrenders is background." + FATA2)],
 not_incidents=["140 militants had surrendered in the agency so far this year"])

G["BA-18"] = dict(publisher="The Express Tribune",
 actors=[A("Rangers", "state_force", 1, ["Rangers"]),
         A("Baba Ladla group", "armed_group", 3, ["Baba Ladla group"]),
         A("Police", "state_force", 1, ["police"]),
         A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
 people=[P("Baba Ladla", ["Baba Ladla"], ["leader of the Lyari gang war group named after him"]),
         P("Tariq Mehmood Dogar", ["Tariq Mehmood Dogar"], ["Senior Superintendent of Police (SSP)"])],
 places=[L("Chakiwara", "area", SD, "Karachi"), L("Lyari Town", "area", SD, "Karachi"), L("Karachi", "city", SD, "Karachi"),
         L("Sohrab Goth", "area", SD, "Karachi")],
 incidents=[
  I("Three suspected gangsters were killed in an exchange of fire with Rangers", BAT, "Armed clash", None, "Rangers", "Baba Ladla group",
    SD, "Karachi", "Chakiwara", 1, "on Sunday", 3, {}, 1,
    "An exchange of fire between Rangers and Lyari gang war members; a state operation, so GTD is null. The gang is coded as an armed group with ACLED inter 3 (political militia, as ACLED treats Karachi's armed gangs). 'Gangsters' is neither militant nor civilian, so killed_by_side is left empty. One Rangers soldier injured."),
  I("police arrested two alleged target killers affiliated with the Lashkar e Jhangvi (LeJ)", SD_, "Arrests", None, "Police", "Lashkar-e-Jhangvi",
    SD, "Karachi", "Sohrab Goth", 1, None, 0, {}, None,
    "An arrest not tied to the Chakiwara clash, so its own Arrests record; no GTD type. 'Meanwhile' gives no date of its own (it implies the same Sunday), so date_text is null. The seized guns are part of the arrest. Karachi places have admin2 Karachi.")])

G["BA-19"] = dict(publisher="Daily Times",
 actors=[A("Levies", "state_force", 1, ["Levies"]),
         A("Baloch Republican Army", "armed_group", 2, ["Baloch Republican Army", "BRA"])],
 people=[P("Sohail Baloch", ["Sohail Baloch"], ["BRA spokesman"])],
 places=[L("Pir Koh", "area", BA, "Dera Bugti"), L("Dera Bugti District", "district", BA, "Dera Bugti"),
         L("Kahan", "area", BA, "Kohlu"), L("Kohlu District", "district", BA, "Kohlu"), L("Sangsila", "area", BA, "Dera Bugti")],
 incidents=[
  I("Militants blew up a gas pipeline", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", "Baloch Republican Army", None,
    BA, "Dera Bugti", "Pir Koh", 1, "on May 2", 0, {}, None,
    "Infrastructure bombing with no casualties reported, so actor2 is null. The BRA claimed 'the pipeline blast', so it is actor1."),
  I("a Levies patrol came under fire", BAT, "Armed clash", "Armed Assault", "Baloch Republican Army", "Levies",
    BA, "Kohlu", "Kahan", 1, "on the same day", 2, {"security_forces": 2}, 1,
    "An ambush on a Levies patrol is Battles/Armed clash. Two Levies personnel killed ('martyred') and one injured. The BRA claimed 'the attack on the Levies'. 'On the same day' = May 2."),
  I("a landmine explosion killed two shepherds and wounded a boy", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Civilians",
    BA, "Dera Bugti", "Sangsila", 1, None, 2, {"civilians": 2}, 1,
    "The BRA claim names only the pipeline blast and the Levies attack, so the landmine is Unidentified. Shepherds are a civilian role. 'Meanwhile' gives no date of its own, so date_text is null (probably also May 2). 'Dera Bugti' here is Dera Bugti District.")])

G["BA-20"] = dict(publisher="Dawn",
 actors=[A("Police", "state_force", 1, ["police", "Police"]),
         A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"]),
         A("Ittehad-ul-Mujahideen Pakistan", "armed_group", 2, ["Ittehad ul Mujahideen Pakistan", "IMP"])],
 people=[P("Farmanullah", ["Farmanullah"], ["constable", "injured"]),
         P("Gul Zarin", ["Gul Zarin"], ["Assistant Sub Inspector (ASI)", "killed"]),
         P("Shakirullah", ["Shakirullah"], ["Constable", "killed"])],
 places=[L("Tajazai", "town", KP, "Lakki Marwat"), L("Lakki Marwat District", "district", KP, "Lakki Marwat"), L("Dara Pezu", "town", KP, "Lakki Marwat")],
 incidents=[
  I("Militants attacked the Tajazai police station in Lakki Marwat District with a quadcopter", EXP, "Air/drone strike", "Bombing/Explosion", UAG, "Police",
    KP, "Lakki Marwat", "Tajazai", 1, "on Wednesday night", 0, {}, 1,
    "Mortar rounds dropped from a quadcopter: ACLED Air/drone strike even for a non-state actor; the munition is explosive, so GTD Bombing/Explosion. One constable injured. The TTP 'did not claim' it and the IMP claimed only the ambush, so actor1 is Unidentified. The 'third such attack in a month' is background."),
  I("unidentified gunmen ambushed a police van near Dara Pezu", BAT, "Armed clash", "Armed Assault", "Ittehad-ul-Mujahideen Pakistan", "Police",
    KP, "Lakki Marwat", "Dara Pezu", 2, "On Thursday morning", 2, {"security_forces": 2}, None,
    "An ambush on police is Battles/Armed clash. The IMP said its fighters carried out the ambush, so it is actor1 although the text first says 'unidentified gunmen'. An ASI and a constable were killed. 'Near' Dara Pezu, hence precision 2. The TTP is named only as not claiming; it is listed in actors but is not a perpetrator.")],
 not_incidents=["it was the third such attack on police installations in the district in a month"])

G["BA-21"] = dict(publisher="The News",
 actors=[A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
 people=[P("Malik Ajmal Khan", ["Malik Ajmal Khan"], ["tribal elder", "shot dead; his funeral was attacked"])],
 places=[L("Mashokhel", "town", KP, "Peshawar"), L("Peshawar", "city", KP, "Peshawar")],
 incidents=[
  I("a suicide bomber blew himself up among mourners", EXP, "Suicide bomb", "Bombing/Explosion", TTP, "Civilians",
    KP, "Peshawar", "Mashokhel", 1, "on Sunday afternoon", 13, {}, 25,
    "At least 11 killed and 27 injured at first; two of the injured died later, raising the toll to 13. They are counted once, as killed: killed = 13, injured = 27 - 2 = 25. Mourners and 'people' have no stated side. The bomber is not counted. The TTP claimed both attacks."),
  I("had been shot dead by militants in the same area", VAC, "Attack", "Assassination", TTP, "Civilians",
    KP, "Peshawar", "Mashokhel", 1, "on Saturday evening", 1, {"civilians": 1}, None,
    "The elder whose funeral was bombed had been shot dead the evening before 'in the same area', i.e. Mashokhel. A specific, named tribal elder targeted for raising a lashkar, so GTD Assassination. A tribal elder is a civilian role; the lashkar is only the TTP's stated motive. The TTP claim covers 'both attacks', so it is actor1. The 2009 attack on the village is background.")],
 not_incidents=["Mashokhel had been the target of a similar attack in 2009 in which seven members of the village lashkar were killed"])

G["BA-22"] = dict(publisher="Daily Times",
 actors=[A("Police", "state_force", 1, ["police"])],
 people=[P("Irshad Hussain Mirani", ["Irshad Hussain Mirani"], ["Kashmore Senior Superintendent of Police (SSP)"]),
         P("Haresh Kumar", ["Haresh Kumar"], ["schoolteacher", "kidnapped and recovered"])],
 places=[L("Gehelpur", "town", SD, "Kashmore"), L("Kashmore District", "district", SD, "Kashmore"), L("Sindh", "province", SD, None),
         L("Kandhkot", "town", SD, "Kashmore"), L("Ghouspur", "town", SD, "Kashmore"), L("Darya Khan Mari", "area", SD, "Kashmore")],
 incidents=[
  I("Armed dacoits abducted three employees of a private construction company", VAC, "Abduction/forced disappearance", "Hostage Taking (Kidnapping)", UAG, "Civilians",
    SD, "Kashmore", "Gehelpur", 2, "on the night of January 8", 0, {}, None,
    "Dacoits (a criminal gang, unnamed) abducted three construction workers; an abduction of civilians with GTD Kidnapping. 'Near' Gehelpur, hence precision 2. The police operation to recover them reports no outcome and is not coded."),
  I("police recovered a schoolteacher, Haresh Kumar", BAT, "Armed clash", None, "Police", UAG,
    SD, "Kashmore", "Darya Khan Mari", 1, None, 1, {}, None,
    "The recovery came through an encounter (exchange of fire) with the captors, so Battles/Armed clash, started by the police: GTD null. One kidnapper killed; a criminal is neither militant nor civilian, so no side. 'In another development' gives no date. Darya Khan Mari is not placed by the text; it is coded to Kashmore District from the SSP's jurisdiction. The teacher's kidnapping 'ten days ago' from Kandhkot is an older event, recalled as background.")],
 not_incidents=["who had been kidnapped from Kandhkot ten days ago"])

G["BA-23"] = dict(publisher="The Express Tribune",
 actors=[A("Police", "state_force", 1, ["police"]),
         A("Lashkar-e-Jhangvi", "armed_group", 2, ["Lashkar e Jhangvi", "LeJ"])],
 people=[P("Ahsan Rafiq Abbasi", ["Ahsan Rafiq Abbasi"], ["Capital City Police Officer (CCPO)"]),
         P("Abu Bakar Farooqi", ["Abu Bakar Farooqi"], ["man claiming to be an LeJ spokesman"])],
 places=[L("Spinny Road", "area", BA, "Quetta"), L("Quetta", "city", BA, "Quetta"), L("Hazarganji", "area", BA, "Quetta"),
         L("Hazara Town", "area", BA, "Quetta")],
 incidents=[I("Gunmen on two motorcycles opened fire on a pick up van", VAC, "Attack", "Armed Assault", UAG, "Civilians",
   BA, "Quetta", "Spinny Road", 1, "on Thursday morning", 4, {"civilians": 4}, 2,
   "Four Hazara vegetable vendors (a civilian role) killed and two others injured. Police first suspected LeJ, but a man claiming to speak for LeJ denied involvement and no one claimed it, so actor1 stays Unidentified; LeJ is listed in actors as named, not as perpetrator. Hazarganji and Hazara Town are only the route of the victims.")])

G["BA-24"] = dict(publisher="The News",
 actors=[A("Police", "state_force", 1, ["Police", "police"]),
         A("Bomb Disposal Squad", "state_force", 1, ["Bomb Disposal Squad", "BDS"])],
 people=[P("Muhammad Riaz", ["Muhammad Riaz"], ["constable", "injured"])],
 places=[L("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"), L("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
         L("Punjab", "province", PB, None), L("Balochistan", "province", BA, None), L("Lahore", "city", PB, "Lahore")],
 quotes=[{"speaker": "unnamed police spokesman", "starts": "Our personnel averted a major tragedy"}],
 incidents=[I("Police foiled a terrorist attack on the Sakhi Sarwar check post", BAT, "Armed clash", "Armed Assault", UAG, "Police",
   PB, "Dera Ghazi Khan", "Sakhi Sarwar", 1, "on the intervening night of April 9 and 10", 1, {"militants": 1}, 1,
   "Although 'foiled', the attackers opened fire on the police and were fired on, so this is an attack on police: Battles/Armed clash, GTD Armed Assault (started by the militants). The would-be suicide bomber was shot dead before detonating (killed = 1 militant, counted because the text says he was shot dead); one constable injured; the second attacker escaped. Defusing the dead bomber's own vest is part of the same event, not a separate Disrupted weapons use record. The spokesman spoke in Lahore; Balochistan is named only for the hills the attackers came from.")])

G["BA-25"] = dict(publisher="Dawn",
 actors=[A("Afghan Border Police", "state_force", 8, ["Afghan Border Police", "ABP"]),
         A(SF, "state_force", 1, ["soldiers", "Pakistani troops"])],
 people=[],
 places=[L("Chaman", "town", BA, "Killa Abdullah"), L("Killa Abdullah District", "district", BA, "Killa Abdullah"),
         L("Friendship Gate", "area", BA, "Killa Abdullah"), L("Quetta", "city", BA, "Quetta")],
 incidents=[
  I("Afghan Border Police (ABP) personnel opened fire and fired mortar shells on Pakistani border posts and villages", BAT, "Armed clash", None, "Afghan Border Police", SF,
    BA, "Killa Abdullah", "Chaman", 2, "on Sunday", 2, {"civilians": 2}, 9,
    "Cross-border fire by a foreign state force (inter 8), which is the attacker and so is listed; Pakistani troops responded, so an exchange of fire between two state forces: Battles/Armed clash (gunfire as well as mortars). Interstate fighting, so GTD is null. Two civilians killed; nine injured including three soldiers (no full side split for the injured). 'Near the Chaman border crossing', hence precision 2. ISPR is only the source."),
  I("traders in Chaman staged a protest against the closure", PRO, "Peaceful protest", None, "Protesters", None,
    BA, "Killa Abdullah", "Chaman", 1, "On Monday", 0, {}, None,
    "Traders blocked the road to Quetta for hours; no violence or intervention is reported, so Peaceful protest. Protests get no GTD type. The protesters belong to no named organisation, so actor1 is the generic 'Protesters' (not listed in actors).")])

G["BA-26"] = dict(publisher="Dawn",
 actors=[A("Police", "state_force", 1, ["Police"]),
         A(TTP, "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
 people=[P("Arshad Ali Khan", ["Arshad Ali Khan"], ["Awami National Party (ANP) candidate for PK 18", "escaped unhurt"]),
         P("Maulvi Ahmad Marwat", ["Maulvi Ahmad Marwat"], ["spokesman of the Tehreek e Taliban Pakistan (TTP)"])],
 places=[L("Tangi", "area", KP, "Charsadda"), L("Charsadda District", "district", KP, "Charsadda"), L("Charsadda", "town", KP, "Charsadda")],
 incidents=[I("a bomb fitted to a motorcycle exploded outside the election office", EXP, "Remote explosive/landmine/IED", "Bombing/Explosion", TTP, "Civilians",
   KP, "Charsadda", "Tangi", 2, "on the evening of May 4", 5, {}, 18,
   "A remote-controlled motorcycle bomb at a party candidate's election office. Although the candidate was the likely target, the method is a bombing, so GTD Bombing/Explosion. The TTP spokesman claimed it, so TTP is actor1. The dead are 'people', so no side. Tangi tehsil, hence precision 2. ANP is only the victim's party. The 2008 bombing in Charsadda town is background.")],
 not_incidents=["The ANP had suspended its campaign in the district in 2008 after a similar bombing at a rally in Charsadda town"])

G["BA-27"] = dict(publisher="Daily Times",
 actors=[A(SF, "state_force", 1, ["Security forces", "forces"]),
         A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"]),
         A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"])],
 people=[P("Adnan Qureshi", ["Major Adnan Qureshi"], ["Frontier Corps (FC) spokesman", "Major"])],
 places=[L("Jhao", "town", BA, "Awaran"), L("Awaran District", "district", BA, "Awaran"), L("Quetta", "city", BA, "Quetta")],
 incidents=[
  I("Security forces killed seven militants of the banned Balochistan Liberation Front (BLF)", BAT, "Armed clash", None, SF, "Balochistan Liberation Front",
    BA, "Awaran", "Jhao", 2, "on Tuesday", 7, {"militants": 7}, None,
    "A security operation with seven killed whom the FC calls BLF militants; a state operation, so GTD null. The BLF denies the dead were its fighters and calls them villagers: the count is not disputed, only the status; the official status is kept (militants = 7) and the dispute noted. 'In the mountains around Jhao', hence precision 2. The FC spokesman spoke in Quetta. The destroyed camps and seized arms are part of the operation."),
  I("the militants attacked a road construction camp in the area", VAC, "Attack", "Armed Assault", UAG, "Civilians",
    BA, "Awaran", "Jhao", 2, "on Monday", 2, {"civilians": 2}, None,
    "Two labourers (a civilian role) killed in an attack on a construction camp 'in the area' (around Jhao). Only the FC links it to the BLF militants; there is no claim, so actor1 stays Unidentified. 'Attacked' with no weapon stated; an armed attack on a camp is read as Armed Assault.")])

G["BA-28"] = dict(publisher="The News",
 actors=[A("Khasadar Force", "state_force", 1, ["Khasadar"]),
         A(SF, "state_force", 1, ["Security forces"])],
 people=[],
 places=[L("Ghiljo", "area", KP, "Orakzai"), L("Upper Orakzai", "area", KP, "Orakzai"), L("Orakzai Agency", "district", KP, "Orakzai"),
         L("Mamozai", "area", KP, "Orakzai")],
 incidents=[
  I("Militants fired four rockets at a Khasadar post", EXP, "Shelling/artillery/missile attack", "Bombing/Explosion", UAG, "Khasadar Force",
    KP, "Orakzai", "Ghiljo", 1, "late on Friday night", 0, {}, 3,
    "Rockets fired from the mountains with no gunfire reported: Shelling/artillery/missile attack, not Armed clash. Three Khasadar personnel injured; no deaths." + FATA2),
  I("Security forces later shelled suspected hideouts of the militants in Mamozai", EXP, "Shelling/artillery/missile attack", None, SF, UAG,
    KP, "Orakzai", "Mamozai", 2, None, 0, {}, 0,
    "Retaliatory state shelling is a use of force, so it is coded even though 'no casualties were reported' (killed = 0, injured = 0); it is not a search operation without outcome. State action, so GTD null. Mamozai is an area of Upper Orakzai, hence precision 2. No date beyond 'later'." + FATA2)])

G["BA-29"] = dict(publisher=None,
 actors=[A("Police", "state_force", 1, ["Police", "police"])],
 people=[P("Javed Baloch", ["Javed Baloch"], ["worker of the Pakistan Peoples Party (PPP)", "shot dead"])],
 places=[L("Old Golimar", "area", SD, "Karachi"), L("Lyari Expressway", "area", SD, "Karachi")],
 incidents=[I("a worker of the Pakistan Peoples Party (PPP), identified as Javed Baloch, was shot dead", VAC, "Attack", "Armed Assault", UAG, "Civilians",
   SD, "Karachi", "Old Golimar", 1, None, 1, {"civilians": 1}, None,
   "A party worker (a civilian role) shot dead; an ordinary worker, so Armed Assault, not Assassination. The text starts mid-sentence and gives no date, outlet or city; Old Golimar and Lyari Expressway are in Karachi (general knowledge), so admin1 Sindh and admin2 Karachi. PPP is only the victim's party and is not listed.")])

G["BA-30"] = dict(publisher=None,
 actors=[A(SF, "state_force", 1, ["Security forces", "security forces", "soldier", "soldiers"]),
         A("Fitna al Hindustan", "armed_group", 2, ["Fitna al Hindustan"]),
         A("Balochistan Liberation Army", "armed_group", 2, ["Balochistan Liberation Army", "BLA"])],
 people=[P("Abdul Qayyum", ["Sepoy Abdul Qayyum"], ["Sepoy", "killed"])],
 places=[L("Hoshab", "town", BA, "Kech"), L("Kech District", "district", BA, "Kech"), L("Mashkay", "area", BA, "Awaran"),
         L("Awaran District", "district", BA, "Awaran")],
 incidents=[
  I("Security forces killed four terrorists belonging to the Indian sponsored Fitna al Hindustan", BAT, "Armed clash", None, SF, "Fitna al Hindustan",
    BA, "Kech", "Hoshab", 1, "on the night of June 17", 4, {"militants": 4}, None,
    "An intelligence-based operation; state-initiated, so GTD null. 'Fitna al Hindustan' is the government's collective label for Baloch separatist groups, not one organisation, so it is kept as its own actor rather than mapped to the BLA or BLF. The ISPR is the only source, so publisher is null."),
  I("terrorists opened fire on a security forces vehicle", BAT, "Armed clash", "Armed Assault", "Balochistan Liberation Army", SF,
    BA, "Awaran", "Mashkay", 2, "on June 18", 1, {"security_forces": 1}, 1,
    "An attack on a military vehicle is Battles/Armed clash. The BLA claimed 'the attack in Mashkay', so it is actor1. The ISPR reports one soldier killed and one injured; the BLA claims three killed. The most conservative figure is kept (killed = 1). Mashkay is a tehsil-level area of Awaran, hence precision 2.")])
