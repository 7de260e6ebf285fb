"""Hand-written gold for CD-21 .. CD-30."""
from build import A, SF, AG, P, L, I, report, UAG, CIV

REPORTS = []

# ---------------------------------------------------------------- CD-21
REPORTS.append(report(
    "CD-21",
    actors=[
        SF("Security Forces", ["security personnel"]),
        SF("Frontier Corps", ["Frontier Corps"]),
        AG("Balochistan Liberation Army", ["Balochistan Liberation Army"]),
        SF("Police", ["Police"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Kech district", "district", "BA", "Kech"),
        L("Turbat", "city", "BA", "Kech"),
        L("Harnai", "district", "BA", "Harnai"),
        L("Khost", "area", "BA", "Harnai"),
        L("Nushki", "district", "BA", "Nushki"),
        L("Killi Badal", "town", "BA", "Nushki"),
        L("Quetta", "city", "BA", "Quetta"),
        L("Meezan Chowk", "area", "BA", "Quetta"),
    ],
    incidents=[
        I("A bomb hidden in a rickshaw exploded near a passenger coach terminal in Turbat", "IED", "BE", UAG, CIV,
          "Turbat", "BA", "Kech", 1, "on May 5", 0, {}, 7,
          "Seven 'people' injured, no deaths reported."),
        I("Armed men abducted four coal miners from the Khost area", "VAC", "KID", UAG, CIV,
          "Khost", "BA", "Harnai", 1, "on May 13", 2, {"civilians": 2}, None,
          "Four miners abducted on May 10; two released next day, two later found dead. Abducted and later killed: one Attack record with GTD Kidnapping, "
          "dated, as in dev practice, to the day the bodies were found (where they were found is not said, so the abduction area is kept). "
          "Miners are a civilian role. 'Khost' here is the coal area of Harnai District, not the Afghan province."),
        I("Terrorists fired on a Frontier Corps vehicle in the Killi Badal area", "BAT", "AA", "Balochistan Liberation Army", "Frontier Corps",
          "Killi Badal", "BA", "Nushki", 1, "on May 19", 2, {"security_forces": 2}, None,
          "Claimed by the BLA in a statement. A captain and a sepoy killed."),
        I("Police defused a hand grenade found in a plastic bag near Meezan Chowk", "DWU", "BE", "Police", UAG,
          "Meezan Chowk", "BA", "Quetta", 1, "on May 25", 0, {}, None,
          "A recovered, defused device: Disrupted weapons use."),
    ],
    not_incidents=[
        "Balochistan recorded 21 militant attacks in May, in which 28 people were killed, 17 of them security personnel.",
        "Baloch separatist groups claimed most of the attacks.",
        "Two of them were released the next day after tribal elders intervened",
    ],
))

# ---------------------------------------------------------------- CD-22
REPORTS.append(report(
    "CD-22",
    actors=[
        SF("Police", ["policemen", "police"]),
        AG("Tehreek-e-Jihad Pakistan", ["Tehreek-e-Jihad Pakistan", "TJP"]),
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
        SF("Security Forces", ["military", "soldiers"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Kurram", "district", "KP", "Kurram"),
        L("Tank", "district", "KP", "Tank"),
        L("Gomal", "area", "KP", "Tank"),
        L("Bagan", "town", "KP", "Kurram"),
        L("Kohat", "district", "KP", "Kohat"),
        L("Hangu", "district", "KP", "Hangu"),
        L("Attock", "district", "PB", "Attock"),
        L("Fateh Jang", "town", "PB", "Attock"),
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Mir Ali", "town", "KP", "North Waziristan"),
    ],
    incidents=[
        I("terrorists attacked the Gomal police post", "BAT", "AA", "Tehreek-e-Jihad Pakistan", "Police",
          "Gomal", "KP", "Tank", 1, "on the night of November 6", 2, {"security_forces": 2}, None,
          "TJP claimed responsibility, so it is actor1 under the claim rule, although officials attributed the attack to the TTP (listed in actors, not coded as perpetrator)."),
        I("fighting between two tribes over a land dispute in the Bagan area", "BAT", None, UAG, UAG,
          "Bagan", "KP", "Kurram", 1, "between November 9 and 11", 7, {}, 12,
          "Tribal fighting between unnamed armed tribesmen: both sides Unidentified Armed Group, GTD null (communal fighting, not terrorism). "
          "'At least seven people' = 7 with no side; 'dozens injured' = 12 by ACLED's rule. Three days of fighting coded as one event with the span as date."),
        I("A jirga of elders from Kohat and Hangu brokered a seven-day ceasefire", "AGR", None, UAG, UAG,
          "Kurram", "KP", "Kurram", 2, "on November 12", 0, {}, None,
          "A ceasefire between the two unnamed tribes: Strategic developments/Agreement. The text does not say where the jirga sat, so the district, precision 2. "
          "Kohat and Hangu are where the mediators came from."),
        I("A low-intensity blast damaged a high-tension electricity pylon near Fateh Jang", "IED", "BE", UAG, None,
          "Fateh Jang", "PB", "Attock", 2, "on November 16", 0, {}, 0,
          "Infrastructure only; 'No one was hurt'. 'Near Fateh Jang', precision 2."),
        I("A suicide bomber rammed an explosives-laden vehicle into a military convoy in Mir Ali", "SUI", "BE", UAG, "Security Forces",
          "Mir Ali", "KP", "North Waziristan", 1, "on November 20", 3, {"security_forces": 2, "militants": 1}, 4,
          "Vehicle-borne suicide attack. The text counts the bomber ('killing two soldiers and himself'), so killed = 3 with the bomber as a militant. Four 'others' injured."),
    ],
    not_incidents=[
        "Militant violence remained concentrated in the southern districts of Khyber Pakhtunkhwa, while tribal clashes flared again in Kurram.",
    ],
))

# ---------------------------------------------------------------- CD-23
REPORTS.append(report(
    "CD-23",
    actors=[
        SF("Police", ["police", "policeman", "Police"]),
        SF("Levies", ["Levies"]),
        SF("Counter Terrorism Department", ["CTD"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Diamer", "district", "GB", "Diamer"),
        L("Chilas", "town", "GB", "Diamer"),
        L("Bajaur", "district", "KP", "Bajaur"),
        L("Salarzai", "area", "KP", "Bajaur"),
        L("Kharan", "city", "BA", "Kharan"),
        L("Lakki Marwat", "district", "KP", "Lakki Marwat"),
        L("Bettani", "area", "KP", "Lakki Marwat"),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Mardan", "district", "KP", "Mardan"),
        L("Swabi", "district", "KP", "Swabi"),
        L("Charsadda", "district", "KP", "Charsadda"),
    ],
    incidents=[
        I("Unidentified men set fire to a girls' primary school in a village near Chilas", "LPD", "FIA", UAG, None,
          "Chilas", "GB", "Diamer", 2, "on the night of March 3", 0, {}, 0,
          "Arson on a school with 'no one hurt': Looting/property destruction, GTD Facility/Infrastructure Attack, actor2 null. "
          "An unnamed village near Chilas, precision 2."),
        I("An improvised explosive device hit a police vehicle escorting a polio vaccination team", "IED", "BE", UAG, "Police",
          "Salarzai", "KP", "Bajaur", 2, "on March 7", 1, {"security_forces": 1}, 3,
          "The bomb hit the police vehicle itself, so actor2 Police and the dead policeman is security forces; escorting a campaign team is not "
          "guarding a principal in the bodyguard sense. Three 'others' injured. Tehsil only, precision 2."),
        I("A remote-controlled bomb targeted a Levies vehicle in Kharan city", "IED", "BE", UAG, "Levies",
          "Kharan", "BA", "Kharan", 1, "on March 12", 0, {}, 2,
          "Two Levies personnel injured; no deaths."),
        I("Police said they had killed two terrorists, including a commander wanted for attacks on police", "BAT", None, "Police", UAG,
          "Bettani", "KP", "Lakki Marwat", 1, "on March 18", 2, {"militants": 2}, None,
          "Police intelligence-based operation (GTD null), by the police's own account."),
        I("nine in Peshawar", "ARR", None, "Counter Terrorism Department", UAG,
          "Peshawar", "KP", "Peshawar", 2, "during the month", 0, {}, None,
          "One Arrests incident per district in the CTD monthly tally; precision 2, month-level date. Recoveries are not split by district."),
        I("six in Mardan", "ARR", None, "Counter Terrorism Department", UAG,
          "Mardan", "KP", "Mardan", 2, "during the month", 0, {}, None,
          "Part of the CTD monthly tally."),
        I("five in Swabi", "ARR", None, "Counter Terrorism Department", UAG,
          "Swabi", "KP", "Swabi", 2, "during the month", 0, {}, None,
          "Part of the CTD monthly tally."),
        I("three in Charsadda", "ARR", None, "Counter Terrorism Department", UAG,
          "Charsadda", "KP", "Charsadda", 2, "during the month", 0, {}, None,
          "Part of the CTD monthly tally."),
    ],
    not_incidents=[
        "March 2024 was the deadliest month of the year so far, with 74 militant attacks and 96 deaths across the country",
        "Khyber Pakhtunkhwa alone accounted for 51 of the attacks.",
    ],
))

# ---------------------------------------------------------------- CD-24
REPORTS.append(report(
    "CD-24",
    actors=[
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "Fitna al-Khawarij", "TTP"]),
        SF("Security Forces", ["Security forces", "security forces", "soldiers"]),
        SF("Police", ["police"]),
    ],
    places=[
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Datta Khel", "area", "KP", "North Waziristan"),
        L("Dera Ismail Khan", "district", "KP", "Dera Ismail Khan"),
        L("Darazinda", "area", "KP", "Dera Ismail Khan"),
        L("Bannu", "district", "KP", "Bannu"),
        L("Mandan", "area", "KP", "Bannu"),
        L("Orakzai", "district", "KP", "Orakzai"),
        L("Mishti Mela", "area", "KP", "Orakzai"),
    ],
    incidents=[
        I("Security forces killed four khwarij of Fitna al-Khawarij in an intelligence-based operation", "BAT", None, "Security Forces", "Tehreek-e-Taliban Pakistan",
          "Datta Khel", "KP", "North Waziristan", 1, "on July 27", 5, {"militants": 4, "security_forces": 1}, None,
          "The report itself equates 'Fitna al-Khawarij' with the TTP, so the militants are coded TTP. Four militants and a sepoy killed. State operation, GTD null."),
        I("Terrorists abducted two officials of the customs department", "ABD", "KID", "Tehreek-e-Taliban Pakistan", CIV,
          "Darazinda", "KP", "Dera Ismail Khan", 1, "on July 29", 0, {}, None,
          "The TTP claimed the abduction. Customs officials are civil servants (civilians). Outcome unknown, so Abduction/forced disappearance."),
        I("Terrorists fired at the Mandan police station with heavy weapons", "BAT", "AA", UAG, "Police",
          "Mandan", "KP", "Bannu", 1, "on the night of July 30", 0, {}, 1,
          "Attack on a police station by gunfire; a constable injured."),
        I("An improvised explosive device exploded near a vehicle of the security forces in the Mishti Mela area", "IED", "BE", UAG, "Security Forces",
          "Mishti Mela", "KP", "Orakzai", 1, "on July 31", 0, {}, 3,
          "Three soldiers injured, no deaths."),
    ],
    not_incidents=[
        "The state now refers to the Tehreek-e-Taliban Pakistan as Fitna al-Khawarij and to its fighters as khwarij.",
        "Security forces reported nine intelligence-based operations in the merged districts during the week.",
    ],
))

# ---------------------------------------------------------------- CD-25
REPORTS.append(report(
    "CD-25",
    actors=[
        AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
        SF("Security Forces", ["Security forces", "military"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Kachhi", "district", "BA", "Kachhi"),
        L("Mach", "town", "BA", "Kachhi"),
        L("Punjab", "province", "PB", None),
        L("Khuzdar", "district", "BA", "Khuzdar"),
        L("Zehri", "town", "BA", "Khuzdar"),
        L("Wadh", "town", "BA", "Khuzdar"),
        L("Gwadar", "district", "BA", "Gwadar"),
        L("Pasni", "town", "BA", "Gwadar"),
        L("Mastung", "district", "BA", "Mastung"),
        L("Dasht", "area", "BA", "Mastung"),
    ],
    incidents=[
        I("Gunmen stopped a passenger coach on the national highway near Mach", "VAC", "AA", "Balochistan Liberation Army", CIV,
          "Mach", "BA", "Kachhi", 2, "on October 6", 4, {"civilians": 4}, None,
          "Passengers singled out by identity card and shot; claimed by the BLA. The four men were passengers (a civilian role), so civilians 4. "
          "Punjab is their origin. 'Near Mach', precision 2."),
        I("The bodies of two brothers, both local traders, who had been abducted from Zehri four days earlier, were found", "VAC", "KID", UAG, CIV,
          "Zehri", "BA", "Khuzdar", 1, "on October 14", 2, {"civilians": 2}, None,
          "Abducted and later killed: Attack with GTD Kidnapping, dated and placed where the bodies were found (near the Zehri bazaar). Traders are a civilian role."),
        I("relatives blocked the national highway near Wadh for five hours with the bodies", "PPR", None, "Protesters", None,
          "Wadh", "BA", "Khuzdar", 2, "The next day", 0, {}, None,
          "A road-block protest that ended after talks with the deputy commissioner: Peaceful protest, no intervention by force reported. "
          "'The next day' = the day after October 14. 'Near Wadh', precision 2."),
        I("Unidentified men hurled a hand grenade at the house of a local councillor in Pasni", "GRE", "BE", UAG, CIV,
          "Pasni", "BA", "Gwadar", 1, "on October 20", 0, {}, 1,
          "The councillor's son was injured. A local councillor's home is a civilian target."),
        I("Security forces killed six terrorists in an intelligence-based operation in the Dasht area", "BAT", None, "Security Forces", UAG,
          "Dasht", "BA", "Mastung", 1, "on October 25", 6, {"militants": 6}, None,
          "State operation, GTD null, by the military's account. This Dasht is the Mastung one (the paragraph opens on Mastung), not the Kech tehsil."),
    ],
    not_incidents=[
        "Balochistan saw 31 militant attacks in October.",
        "For the second time this year, militants stopped vehicles on highways and killed passengers after checking their identity cards.",
    ],
))

# ---------------------------------------------------------------- CD-26
REPORTS.append(report(
    "CD-26",
    actors=[
        SF("Police", ["police", "Police"]),
        SF("Security Forces", ["Security forces", "military"]),
        SF("Counter Terrorism Department", ["CTD"]),
    ],
    people=[
        P("Sajid Mehmood", ["Sajid Mehmood"], ["District Police Officer"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Bannu", "district", "KP", "Bannu"),
        L("Karak", "district", "KP", "Karak"),
        L("Banda Daud Shah", "town", "KP", "Karak"),
        L("Miryan", "area", "KP", "Bannu"),
        L("Upper South Waziristan", "district", "KP", "Upper South Waziristan"),
        L("Sararogha", "area", "KP", "Upper South Waziristan"),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Chamkani", "area", "KP", "Peshawar"),
        L("Nowshera", "district", "KP", "Nowshera"),
        L("Kohat", "district", "KP", "Kohat"),
    ],
    quotes=[
        {"speaker": "Sajid Mehmood", "starts": "The terrorists fled towards the hills after setting the vehicle on fire"},
    ],
    incidents=[
        I("Terrorists ambushed a police mobile in the Banda Daud Shah area", "BAT", "AA", UAG, "Police",
          "Banda Daud Shah", "KP", "Karak", 1, "on January 9", 2, {"security_forces": 2}, None,
          "Ambush of a police vehicle: two constables killed; the vehicle was then burnt (part of the same attack)."),
        I("Terrorists dropped explosives from a quadcopter on the Miryan police station", "AIR", "BE", UAG, "Police",
          "Miryan", "KP", "Bannu", 1, "on the night of January 14", 0, {}, 1,
          "Explosives dropped by a militant-operated quadcopter: Air/drone strike (ACLED codes drone use by non-state groups the same way), GTD Bombing/Explosion. "
          "The two earlier such attacks this month are not described and are not coded."),
        I("Security forces killed eight khwarij in an operation in the Sararogha area", "BAT", None, "Security Forces", UAG,
          "Sararogha", "KP", "Upper South Waziristan", 1, "on January 20", 8, {"militants": 8}, None,
          "State operation, GTD null. 'Khwarij' is a state label for militants, not an organisation name, and the report does not tie it to a group, so actor2 is "
          "Unidentified Armed Group. The district is given as Upper South Waziristan (split from South Waziristan)."),
        I("A hand grenade was thrown at the house of a senior police officer", "GRE", "BE", UAG, "Police",
          "Chamkani", "KP", "Peshawar", 1, "on January 24", 0, {}, 0,
          "A grenade at a police officer's home; only the gate damaged, 'No one was hurt'. The target is a police officer, so actor2 Police."),
        I("three in Nowshera", "ARR", None, "Counter Terrorism Department", UAG,
          "Nowshera", "KP", "Nowshera", 2, "during the period", 0, {}, None,
          "One Arrests incident per district in the CTD tally; precision 2, period-level date."),
        I("two in Peshawar", "ARR", None, "Counter Terrorism Department", UAG,
          "Peshawar", "KP", "Peshawar", 2, "during the period", 0, {}, None,
          "Part of the CTD tally."),
        I("two in Kohat", "ARR", None, "Counter Terrorism Department", UAG,
          "Kohat", "KP", "Kohat", 2, "during the period", 0, {}, None,
          "Part of the CTD tally."),
    ],
    not_incidents=[
        "Attacks on police in the southern districts continued, and militants again used quadcopters to drop explosives on police installations in Bannu.",
        "It was the third such attack in the district this month.",
    ],
))

# ---------------------------------------------------------------- CD-27
REPORTS.append(report(
    "CD-27",
    actors=[
        SF("Security Forces", ["security forces", "Security forces"]),
        SF("Frontier Corps", ["Frontier Corps", "soldiers"]),
        AG("Balochistan Liberation Army", ["Balochistan Liberation Army"]),
        SF("Police", ["police", "policemen"]),
        SF("Counter Terrorism Department", ["CTD"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Quetta", "city", "BA", "Quetta"),
        L("Karachi", "city", "SD", "Karachi"),
        L("Punjab", "province", "PB", None),
        L("Kalat", "town", "BA", "Kalat"),
        L("Kech district", "district", "BA", "Kech"),
        L("Dasht", "area", "BA", "Kech"),
        L("Turbat", "city", "BA", "Kech"),
        L("Airport Road", "area", "BA", "Quetta"),
        L("Zhob", "district", "BA", "Zhob"),
        L("Afghanistan", "country", None, None),
        L("Qamar Din Karez", "town", "BA", "Zhob"),
        L("Sibi", "district", "BA", "Sibi"),
    ],
    incidents=[
        I("Terrorists ambushed a Frontier Corps convoy on the highway near Kalat", "BAT", "AA", "Balochistan Liberation Army", "Frontier Corps",
          "Kalat", "BA", "Kalat", 2, "on May 6", 3, {"security_forces": 3}, None,
          "Claimed by the BLA. Three soldiers killed. 'Fitna al-Hindustan' in the lead is a collective state label, not an organisation, and is not coded. "
          "'Near Kalat', precision 2."),
        I("The bodies of three men who had been missing for a week were found in the Dasht area", "VAC", "KID", UAG, CIV,
          "Dasht", "BA", "Kech", 1, "on May 9", 3, {}, None,
          "Relatives say the men were picked up by unidentified armed men: abducted and later killed, Attack with GTD Kidnapping. "
          "Bare 'men', so no side. Placed where the bodies were found; Turbat is where they were taken from."),
        I("A suicide bomber riding a motorcycle blew himself up near a police van on Airport Road", "SUI", "BE", UAG, "Police",
          "Airport Road", "BA", "Quetta", 1, "on May 12", 4, {"security_forces": 3, "civilians": 1}, 14,
          "Three policemen and a passer-by (civilian role) killed; the bomber is not counted. 14 'people' injured. No claim."),
        I("Security forces intercepted a group of terrorists trying to cross the border from Afghanistan", "BAT", None, "Security Forces", UAG,
          "Qamar Din Karez", "BA", "Zhob", 1, "on May 18", 4, {"militants": 4}, None,
          "Infiltration attempt intercepted by state forces (GTD null); four terrorists killed."),
        I("The CTD arrested five suspects in Quetta", "ARR", None, "Counter Terrorism Department", UAG,
          "Quetta", "BA", "Quetta", 2, None, 0, {}, None,
          "CTD tally with no date within the month; one Arrests incident per place, precision 2 for a tally."),
        I("three in Turbat", "ARR", None, "Counter Terrorism Department", UAG,
          "Turbat", "BA", "Kech", 2, None, 0, {}, None,
          "Part of the CTD tally; Turbat is in Kech District."),
        I("recovered 12 kilogrammes of explosives from a hideout in Sibi", "DWU", None, "Counter Terrorism Department", UAG,
          "Sibi", "BA", "Sibi", 2, None, 0, {}, None,
          "Explosives cache seized from a hideout: Disrupted weapons use; a stockpile, not a device set for an attack, so GTD null. "
          "A hideout somewhere in Sibi District, precision 2."),
    ],
    not_incidents=[
        "Officials now refer to Baloch separatist groups collectively as \"Fitna al-Hindustan\".",
        "The province recorded 37 attacks in May, most of them on security forces and on the roads linking Quetta with Karachi and Punjab.",
    ],
))

# ---------------------------------------------------------------- CD-28
REPORTS.append(report(
    "CD-28",
    actors=[
        SF("Police", ["policemen", "police"]),
        SF("Frontier Corps", ["Frontier Corps"]),
        AG("Lashkar-e-Islam", ["Lashkar-e-Islam"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Bajaur", "district", "KP", "Bajaur"),
        L("Mamund", "area", "KP", "Bajaur"),
        L("Loi Mamund", "area", "KP", "Bajaur"),
        L("Upper Dir", "district", "KP", "Upper Dir"),
        L("Sheringal", "area", "KP", "Upper Dir"),
        L("Khyber", "district", "KP", "Khyber"),
        L("Bara", "area", "KP", "Khyber"),
    ],
    incidents=[
        I("Mortar shells fired by terrorists from the hills landed on houses in the Loi Mamund area", "SHE", "BE", UAG, CIV,
          "Loi Mamund", "KP", "Bajaur", 1, "on August 5", 3, {}, 5,
          "Mortar fire with no gunfire: Shelling. A woman and two children killed: bare 'woman'/'children' carry no status in dev practice, so no side. Five injured."),
        I("terrorists attacked a police checkpost in the Sheringal area", "BAT", "AA", UAG, "Police",
          "Sheringal", "KP", "Upper Dir", 1, "on August 12", 2, {"security_forces": 2}, None,
          "Two policemen killed ('martyred')."),
        I("A remote-controlled bomb targeted a Frontier Corps vehicle in Bara tehsil", "IED", "BE", UAG, "Frontier Corps",
          "Bara", "KP", "Khyber", 2, "on August 18", 1, {"security_forces": 1}, None,
          "A sepoy killed. Lashkar-e-Islam denied involvement and no one claimed it, so actor1 stays Unidentified; LI is listed as a named armed group. Tehsil only, precision 2."),
    ],
    not_incidents=[
        "August was marked by fighting in Bajaur, where thousands of families left their homes in Mamund tehsil during an operation against militants.",
        "Officials said more than 50 militants had been killed in the district during the month; these figures could not be verified.",
    ],
))

# ---------------------------------------------------------------- CD-29
REPORTS.append(report(
    "CD-29",
    actors=[
        AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army"]),
        SF("Police", ["police", "Police"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"]),
    ],
    places=[
        L("Sindh", "province", "SD", None),
        L("Punjab", "province", "PB", None),
        L("Islamabad", "city", "ICT", "Islamabad"),
        L("Karachi", "city", "SD", "Karachi"),
        L("Mauripur", "area", "SD", "Keamari"),
        L("Keamari district", "district", "SD", "Keamari"),
        L("Kashmore", "district", "SD", "Kashmore"),
        L("Kandhkot", "town", "SD", "Kashmore"),
        L("Bhara Kahu", "area", "ICT", "Islamabad"),
        L("Lahore", "city", "PB", "Lahore"),
        L("Thokar Niaz Baig", "area", "PB", "Lahore"),
    ],
    incidents=[
        I("Two men on a motorcycle fired at a vehicle carrying two Chinese nationals", "VAC", "AA", "Sindhudesh Revolutionary Army", CIV,
          "Mauripur", "SD", "Keamari", 1, "on October 7", 0, {}, 1,
          "Claimed by the SRA. Foreign civilians are Civilians; the two Chinese escaped, their driver was wounded. The text names Karachi's Keamari district, so admin2 Keamari."),
        I("Dacoits from the riverine katcha area attacked a police picket near Kandhkot", "BAT", "AA", UAG, "Police",
          "Kandhkot", "SD", "Kashmore", 2, "on October 12", 2, {"security_forces": 2}, None,
          "A criminal gang (dacoits) attacking police: coded like any armed attack on police, Battles/Armed clash, with an unnamed gang as Unidentified Armed Group. "
          "Two constables killed. 'Near Kandhkot', precision 2."),
        I("Police arrested two alleged facilitators of a planned suicide attack on a seminary", "ARR", None, "Police", UAG,
          "Bhara Kahu", "ICT", "Islamabad", 1, "on October 15", 0, {}, None,
          "Arrests linked only to a planned (unexecuted) attack: an Arrests incident."),
        I("The CTD said it had arrested three suspects of the Tehreek-e-Taliban Pakistan near Thokar Niaz Baig", "ARR", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
          "Thokar Niaz Baig", "PB", "Lahore", 2, "on October 18", 0, {}, None,
          "Arrests with grenades and a suicide vest recovered; one Arrests record. 'Near', precision 2."),
    ],
    not_incidents=[
        "Security in the three regions was tightened after threats against foreign nationals working on development projects.",
        "The Sindh government extended the ban on pillion riding in Karachi for another month.",
    ],
))

# ---------------------------------------------------------------- CD-30
REPORTS.append(report(
    "CD-30",
    actors=[
        SF("Frontier Corps", ["Frontier Corps"]),
        SF("Counter Terrorism Department", ["CTD"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Charsadda", "district", "KP", "Charsadda"),
        L("Tangi", "town", "KP", "Charsadda"),
        L("Kohat", "district", "KP", "Kohat"),
        L("Darra Adamkhel", "town", "KP", "Kohat"),
        L("Quetta", "city", "BA", "Quetta"),
        L("Hazarganji", "area", "BA", "Quetta"),
        L("Jaffarabad", "district", "BA", "Jaffarabad"),
        L("Dera Allah Yar", "town", "BA", "Jaffarabad"),
        L("Punjab", "province", "PB", None),
        L("Rawalpindi", "district", "PB", "Rawalpindi"),
        L("Jhelum", "district", "PB", "Jhelum"),
        L("Chakwal", "district", "PB", "Chakwal"),
    ],
    incidents=[
        I("Two polio workers, a woman and her nephew, were shot dead by gunmen on a motorcycle", "VAC", "AA", UAG, CIV,
          "Tangi", "KP", "Charsadda", 1, "on December 8", 2, {"civilians": 2}, None,
          "Both are polio workers, a civilian role, so civilians 2 (the role outweighs the bare 'woman'/'nephew')."),
        I("A remote-controlled bomb exploded near a bus stand in Darra Adamkhel", "IED", "BE", UAG, CIV,
          "Darra Adamkhel", "KP", "Kohat", 1, "on December 9", 1, {}, 6,
          "'One person' killed (no side), six injured. Darra Adamkhel coded to Kohat as in dev practice."),
        I("Frontier Corps personnel found a 20-kilogramme bomb planted in a parked car near the Hazarganji bus terminal and defused it", "DWU", "BE", "Frontier Corps", UAG,
          "Hazarganji", "BA", "Quetta", 1, "on December 11", 0, {}, None,
          "A planted car bomb found and defused: Disrupted weapons use, GTD Bombing/Explosion."),
        I("Unidentified men set fire to two trucks carrying supplies for a road construction company", "LPD", "FIA", UAG, None,
          "Dera Allah Yar", "BA", "Jaffarabad", 2, "on December 12", 0, {}, 0,
          "Arson on vehicles, 'The drivers escaped unhurt': property destruction by an armed group, GTD Facility/Infrastructure Attack, actor2 null. 'Near', precision 2."),
        I("four in Rawalpindi", "ARR", None, "Counter Terrorism Department", UAG,
          "Rawalpindi", "PB", "Rawalpindi", 2, "during the week", 0, {}, None,
          "One Arrests incident per district in the CTD Punjab weekly tally; 'banned outfits' unnamed."),
        I("three in Jhelum", "ARR", None, "Counter Terrorism Department", UAG,
          "Jhelum", "PB", "Jhelum", 2, "during the week", 0, {}, None,
          "Part of the CTD Punjab tally."),
        I("two in Chakwal", "ARR", None, "Counter Terrorism Department", UAG,
          "Chakwal", "PB", "Chakwal", 2, "during the week", 0, {}, None,
          "Part of the CTD Punjab tally."),
    ],
    not_incidents=[
        "Violence fell for the fourth consecutive week, with 10 militant attacks recorded across the country.",
        "Polio workers were again targeted in Khyber Pakhtunkhwa during a vaccination campaign.",
    ],
))
