"""Hand-written gold for CD-11 .. CD-20."""
from build import A, SF, AG, P, L, I, report, UAG, CIV

REPORTS = []

# ---------------------------------------------------------------- CD-11
REPORTS.append(report(
    "CD-11",
    actors=[
        SF("Security Forces", ["army troops", "soldiers"]),
        SF("Levies", ["Levies"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Balochistan", "province", "BA", None),
        L("Dera Ismail Khan", "district", "KP", "Dera Ismail Khan"),
        L("Paharpur", "area", "KP", "Dera Ismail Khan"),
        L("Kohat", "district", "KP", "Kohat"),
        L("Lachi", "town", "KP", "Kohat"),
        L("Khyber district", "district", "KP", "Khyber"),
        L("Rajgal", "area", "KP", "Khyber"),
        L("Tirah", "area", "KP", "Khyber"),
        L("Kech district", "district", "BA", "Kech"),
        L("Tump", "town", "BA", "Kech"),
    ],
    incidents=[
        I("Gunmen fired on the election office of an independent candidate", "VAC", "AA", UAG, CIV,
          "Paharpur", "KP", "Dera Ismail Khan", 2, "on July 14", 0, {}, 2,
          "Election violence against a candidate's office; two supporters injured (no side recorded for injuries). Tehsil only, hence precision 2."),
        I("A low-intensity device exploded outside the venue of a corner meeting", "IED", "BE", UAG, CIV,
          "Lachi", "KP", "Kohat", 1, "on July 17", 0, {}, 0,
          "The target was a candidate's election meeting (civilian), as with a politician's home in dev practice. 'Nobody was hurt', so 0 and 0."),
        I("militants opened fire on a security post in the Rajgal area", "BAT", "AA", UAG, "Security Forces",
          "Rajgal", "KP", "Khyber", 1, "on July 20", 2, {"security_forces": 2}, None,
          "Two soldiers killed ('martyred') in an attack on a security post. After the 2018 merger the text says 'Khyber district'; admin2 Khyber."),
        I("A vehicle carrying polling staff struck a roadside bomb near Tump", "IED", "BE", UAG, CIV,
          "Tump", "BA", "Kech", 2, "on July 24", 0, {}, 5,
          "The target was a vehicle of election officials (civilians); their Levies escort is one of the five injured. Injuries carry no side. "
          "Levies are listed as a named force. 'Near Tump', hence precision 2."),
    ],
    not_incidents=[
        "With polling due on July 25, militants stepped up attacks on candidates and election activities in Khyber Pakhtunkhwa and Balochistan.",
        "The caretaker government deployed army troops at sensitive polling stations.",
    ],
))

# ---------------------------------------------------------------- CD-12
REPORTS.append(report(
    "CD-12",
    actors=[
        SF("Police", ["Police", "police"]),
        SF("Rangers", ["Rangers"]),
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Islamic State", ["Daesh"]),
        SF("Border Military Police", ["Border Military Police", "BMP"]),
    ],
    places=[
        L("Sindh", "province", "SD", None),
        L("Punjab", "province", "PB", None),
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Balochistan", "province", "BA", None),
        L("Karachi", "city", "SD", "Karachi"),
        L("Nagan Chowrangi", "area", "SD", "Karachi"),
        L("North Karachi", "area", "SD", "Karachi"),
        L("Mochko", "area", "SD", "Karachi West"),
        L("Karachi West district", "district", "SD", "Karachi West"),
        L("Rawalpindi", "city", "PB", "Rawalpindi"),
        L("Dhok Kala Khan", "area", "PB", "Rawalpindi"),
        L("Dera Ghazi Khan", "district", "PB", "Dera Ghazi Khan"),
        L("Fort Munro", "town", "PB", "Dera Ghazi Khan"),
    ],
    incidents=[
        I("Two men on a motorcycle shot dead a traffic police constable", "BAT", "AA", UAG, "Police",
          "Nagan Chowrangi", "SD", "Karachi", 1, "on November 6", 1, {"security_forces": 1}, None,
          "Killing of a police constable on duty: Battles/Armed clash under the rules."),
        I("Police and Rangers killed three suspected militants of the Tehreek-e-Taliban Pakistan in an encounter", "BAT", None, "Police", "Tehreek-e-Taliban Pakistan",
          "Mochko", "SD", "Karachi West", 1, "on November 14", 3, {"militants": 3}, None,
          "A joint police-Rangers raid (state-initiated, GTD null); Police is actor1 as the first named, Rangers listed in actors. "
          "The text names a Karachi district ('Karachi West district'), so admin2 is Karachi West, not Karachi."),
        I("The CTD arrested two suspected militants of Daesh", "ARR", None, "Counter Terrorism Department", "Islamic State",
          "Dhok Kala Khan", "PB", "Rawalpindi", 1, "on November 19", 0, {}, None,
          "Arrest of alleged Daesh members; 'Daesh' coded to the canonical Islamic State (the text gives no province branch). The church plot is unexecuted and not an incident."),
        I("terrorists fired on their checkpost near Fort Munro", "BAT", "AA", UAG, "Border Military Police",
          "Fort Munro", "PB", "Dera Ghazi Khan", 2, "on November 27", 0, {}, 2,
          "Two BMP personnel injured; no deaths. 'Near Fort Munro', hence precision 2."),
    ],
    not_incidents=[
        "Violence in Sindh and Punjab stayed well below the levels seen in Khyber Pakhtunkhwa and Balochistan in November.",
        "Police in both provinces focused on sectarian and Daesh-linked networks.",
        "the suspects had been planning attacks on churches during Christmas",
    ],
))

# ---------------------------------------------------------------- CD-13
REPORTS.append(report(
    "CD-13",
    actors=[
        SF("Security Forces", ["Security forces", "soldiers", "security forces", "troops"]),
        AG("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
        SF("Levies", ["Levies"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi"]),
    ],
    places=[
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Balochistan", "province", "BA", None),
        L("Ghulam Khan", "area", "KP", "North Waziristan"),
        L("Lakki Marwat", "district", "KP", "Lakki Marwat"),
        L("Tajazai", "area", "KP", "Lakki Marwat"),
        L("Duki", "district", "BA", "Duki"),
        L("Pishin", "district", "BA", "Pishin"),
        L("Saranan", "town", "BA", "Pishin"),
        L("Quetta", "city", "BA", "Quetta"),
        L("Nushki", "district", "BA", "Nushki"),
        L("Khuzdar", "district", "BA", "Khuzdar"),
    ],
    incidents=[
        I("terrorists opened fire on a security forces' patrol in the Ghulam Khan area", "BAT", "AA", UAG, "Security Forces",
          "Ghulam Khan", "KP", "North Waziristan", 1, "on March 4", 3, {"security_forces": 2, "militants": 1}, 3,
          "Two soldiers and one attacker killed (an attacker on a patrol counts as a militant, as in dev practice). Three wounded ('three others', read as "
          "patrol members). The attackers wounded 'a number of others' is vague and left uncounted, as 'many others' is in dev practice."),
        I("Unidentified men abducted two employees of a mobile phone company", "ABD", "KID", UAG, CIV,
          "Tajazai", "KP", "Lakki Marwat", 1, "on March 5", 0, {}, None,
          "Two company employees abducted; the burning of their tower is part of the same attack and not a separate incident."),
        I("Militants fired rockets at a coal mine", "SHE", "BE", "Balochistan Liberation Army", CIV,
          "Duki", "BA", "Duki", 2, "on March 6", 0, {}, 3,
          "Rocket fire, no gunfire: Shelling. Claimed by the BLA. Three miners injured. Only the district is given, hence precision 2."),
        I("Gunmen opened fire on a polio vaccination team in the Saranan area", "VAC", "AA", UAG, CIV,
          "Saranan", "BA", "Pishin", 1, "on March 7", 1, {"civilians": 1}, 1,
          "The target was the vaccination team (civilians): a vaccinator killed (civilian role), the Levies escort injured. "
          "Coded as an attack on civilians because the team, not the escort, was the target."),
        I("four in Quetta, among them a facilitator of Lashkar-e-Jhangvi", "ARR", None, "Counter Terrorism Department", "Lashkar-e-Jhangvi",
          "Quetta", "BA", "Quetta", 2, "during the week", 0, {}, None,
          "One Arrests incident per district named in the CTD tally. At least one of the four is described as an LeJ facilitator, so actor2 is LeJ. "
          "A week's district tally, so precision 2 and week-level date."),
        I("three in Nushki", "ARR", None, "Counter Terrorism Department", UAG,
          "Nushki", "BA", "Nushki", 2, "during the week", 0, {}, None,
          "Part of the CTD weekly tally; no group named."),
        I("four in Khuzdar", "ARR", None, "Counter Terrorism Department", UAG,
          "Khuzdar", "BA", "Khuzdar", 2, "during the week", 0, {}, None,
          "Part of the CTD weekly tally; no group named. The recovered explosives and arms are not attributed to a district."),
    ],
    not_incidents=[
        "The week saw 11 militant attacks, most of them in North Waziristan and Balochistan.",
        "Security forces also carried out intelligence-based operations in several districts.",
    ],
))

# ---------------------------------------------------------------- CD-14
REPORTS.append(report(
    "CD-14",
    actors=[
        SF("Police", ["police", "policemen"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"]),
    ],
    people=[
        P("Noor Wali", ["Malik Noor Wali"], ["tribal elder", "former member of the local peace committee"]),
    ],
    places=[
        L("Diamer", "district", "GB", "Diamer"),
        L("Thor", "town", "GB", "Diamer"),
        L("Karakoram Highway", "area", "GB", "Diamer"),
        L("Bajaur", "district", "KP", "Bajaur"),
        L("Khar", "town", "KP", "Bajaur"),
        L("Multan", "district", "PB", "Multan"),
        L("Shujabad", "town", "PB", "Multan"),
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Mir Ali", "town", "KP", "North Waziristan"),
    ],
    quotes=[
        {"speaker": "unnamed relative of Malik Noor Wali", "starts": "He had been receiving threats for months"},
    ],
    incidents=[
        I("Gunmen opened fire on a police checkpost at Thor", "BAT", "AA", UAG, "Police",
          "Thor", "GB", "Diamer", 1, "on October 3", 0, {}, 1,
          "A constable injured in an attack on a police checkpost in Gilgit-Baltistan."),
        I("A bomb planted on a motorcycle went off near the Khar bazaar", "IED", "BE", UAG, CIV,
          "Khar", "KP", "Bajaur", 1, "on October 8", 0, {}, 9,
          "Nine people injured, two of them policemen; the bomb was in a bazaar and no specific police target is stated, so actor2 Civilians."),
        I("The CTD said it had killed two terrorists of the Tehreek-e-Taliban Pakistan in an exchange of fire", "BAT", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
          "Shujabad", "PB", "Multan", 2, "on October 15", 2, {"militants": 2}, None,
          "CTD raid on a hideout (state-initiated, GTD null), by the CTD's own account. 'Near Shujabad', precision 2."),
        I("Unidentified gunmen shot dead Malik Noor Wali, a tribal elder and former member of the local peace committee", "VAC", "AS", UAG, CIV,
          "Mir Ali", "KP", "North Waziristan", 1, "on October 22", 1, {"civilians": 1}, None,
          "A named tribal elder who had received threats: specific prominent local target, GTD Assassination. He is a former peace committee member, "
          "so he is counted as a civilian (a tribal elder is a civilian role)."),
    ],
    not_incidents=[
        "October saw 19 militant attacks across the country, the lowest monthly figure of the year, and 23 deaths.",
        "The government also extended the ban on several outfits.",
    ],
))

# ---------------------------------------------------------------- CD-15
REPORTS.append(report(
    "CD-15",
    actors=[
        SF("Frontier Corps", ["Frontier Corps"]),
        SF("Rangers", ["Rangers"]),
        AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
        SF("Counter Terrorism Department", ["CTD"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Sindh", "province", "SD", None),
        L("Kech district", "district", "BA", "Kech"),
        L("Punjab", "province", "PB", None),
        L("Dasht", "area", "BA", "Kech"),
        L("Kalat", "district", "BA", "Kalat"),
        L("Mangochar", "town", "BA", "Kalat"),
        L("Karachi", "city", "SD", "Karachi"),
        L("Liaquatabad", "area", "SD", "Karachi"),
        L("Jacobabad", "city", "SD", "Jacobabad"),
        L("Hyderabad", "city", "SD", "Hyderabad"),
        L("Sukkur", "city", "SD", "Sukkur"),
    ],
    incidents=[
        I("Gunmen shot dead two brothers, both labourers from Punjab", "VAC", "AA", UAG, CIV,
          "Dasht", "BA", "Kech", 1, "on June 3", 2, {"civilians": 2}, None,
          "Two labourers (civilian role) killed at a construction site. Punjab is their origin, not the place of the event."),
        I("A roadside bomb targeted a Frontier Corps vehicle near Mangochar", "IED", "BE", UAG, "Frontier Corps",
          "Mangochar", "BA", "Kalat", 2, "on June 7", 1, {"security_forces": 1}, 2,
          "One soldier killed, two injured. 'Near Mangochar', precision 2."),
        I("A low-intensity cracker bomb thrown at a Rangers vehicle in Liaquatabad", "GRE", "BE", "Sindhudesh Revolutionary Army", "Rangers",
          "Liaquatabad", "SD", "Karachi", 1, "on June 10", 0, {}, 2,
          "A hand-thrown 'cracker' device is coded as Grenade. The SRA claimed the attack in pamphlets at the site, which is a claim, so the SRA is actor1. "
          "A Rangers man and a passer-by injured."),
        I("A bomb planted on the railway track exploded near the Jacobabad railway station", "IED", "BE", UAG, None,
          "Jacobabad", "SD", "Jacobabad", 1, "on June 12", 0, {}, 0,
          "Track damaged, 'no one was hurt', so killed and injured 0; infrastructure only, actor2 null. Near the station in the town itself, precision 1."),
        I("two in Karachi", "ARR", None, "Counter Terrorism Department", UAG,
          "Karachi", "SD", "Karachi", 2, "during the fortnight", 0, {}, None,
          "One Arrests incident per city in the CTD Sindh tally; 'banned outfits' unnamed. A tally over a fortnight, precision 2."),
        I("two in Hyderabad", "ARR", None, "Counter Terrorism Department", UAG,
          "Hyderabad", "SD", "Hyderabad", 2, "during the fortnight", 0, {}, None,
          "Part of the CTD Sindh tally."),
        I("two in Sukkur", "ARR", None, "Counter Terrorism Department", UAG,
          "Sukkur", "SD", "Sukkur", 2, "during the fortnight", 0, {}, None,
          "Part of the CTD Sindh tally."),
    ],
    not_incidents=[
        "Despite the coronavirus lockdown, militants carried out 16 attacks during the fortnight, ten of them in Balochistan and Sindh.",
    ],
))

# ---------------------------------------------------------------- CD-16
REPORTS.append(report(
    "CD-16",
    actors=[
        SF("Security Forces", ["military"]),
        SF("Police", ["police", "policemen"]),
        SF("Frontier Corps", ["Frontier Corps", "FC"]),
    ],
    people=[
        P("Qari Abdul Hameed", ["Qari Abdul Hameed"], ["local leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F)"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Lakki Marwat", "district", "KP", "Lakki Marwat"),
        L("Bannu", "district", "KP", "Bannu"),
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Boya", "area", "KP", "North Waziristan"),
        L("Domel", "town", "KP", "Bannu"),
        L("Khyber district", "district", "KP", "Khyber"),
        L("Shalobar", "area", "KP", "Khyber"),
        L("Bara", "area", "KP", "Khyber"),
        L("Lower Chitral", "district", "KP", "Lower Chitral"),
        L("Arandu", "area", "KP", "Lower Chitral"),
    ],
    incidents=[
        I("A soldier was martyred in an exchange of fire with terrorists during a search operation", "BAT", None, "Security Forces", UAG,
          "Boya", "KP", "North Waziristan", 1, "on October 6", 3, {"security_forces": 1, "militants": 2}, None,
          "Clash during a state search operation (GTD null): one soldier and two terrorists killed, by the military's account."),
        I("Unknown assailants shot dead Qari Abdul Hameed, a local leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F)", "VAC", "AS", UAG, CIV,
          "Domel", "KP", "Bannu", 1, "on October 11", 1, {"civilians": 1}, 1,
          "Targeted killing of a named party leader: GTD Assassination. A political leader is a civilian; JUI-F is a party named only as the victim's, "
          "so it is not an actor. His guard was wounded (injuries carry no side). Near the bazaar in Domel, precision 1."),
        I("A remote-controlled bomb planted in a culvert went off as a police van passed", "IED", "BE", UAG, "Police",
          "Shalobar", "KP", "Khyber", 1, "on October 15", 0, {}, 3,
          "Three policemen injured, no deaths."),
        I("Terrorists from across the border attacked a Frontier Corps post in the Arandu sector", "BAT", "AA", UAG, "Frontier Corps",
          "Arandu", "KP", "Lower Chitral", 1, "on October 19", None, {}, None,
          "Cross-border attack on an FC post, repulsed. The FC's claim of 'several attackers' killed is a vague count with no ACLED number, so killed is null "
          "(deaths reported but not counted). No FC losses reported."),
    ],
    not_incidents=[
        "Militant attacks in Khyber Pakhtunkhwa rose for the third month in a row, with the merged tribal districts accounting for two-thirds of them.",
        "Threatening pamphlets were distributed in parts of Lakki Marwat and Bannu.",
    ],
))

# ---------------------------------------------------------------- CD-17
REPORTS.append(report(
    "CD-17",
    actors=[
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
        SF("Frontier Corps", ["Frontier Corps", "soldiers"]),
        AG("Balochistan Liberation Front", ["Balochistan Liberation Front"]),
        SF("Police", ["police"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Hafiz Gul Bahadur group", ["Hafiz Gul Bahadur group"]),
    ],
    people=[
        P("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"]),
    ],
    places=[
        L("Kabul", "city", None, None),
        L("Pakistan", "country", None, None),
        L("Panjgur", "district", "BA", "Panjgur"),
        L("Gichk", "area", "BA", "Panjgur"),
        L("South Waziristan", "district", "KP", "South Waziristan"),
        L("Ladha", "area", "KP", "South Waziristan"),
        L("Bajaur", "district", "KP", "Bajaur"),
        L("Mamund", "area", "KP", "Bajaur"),
        L("Dera Ismail Khan", "district", "KP", "Dera Ismail Khan"),
        L("Kulachi", "area", "KP", "Dera Ismail Khan"),
    ],
    incidents=[
        I("terrorists attacked a security post in the Gichk area", "BAT", "AA", "Balochistan Liberation Front", "Frontier Corps",
          "Gichk", "BA", "Panjgur", 1, "on August 22", 2, {"security_forces": 2}, None,
          "Claimed by the BLF. Gunfire plus RPGs, so Battles/Armed clash. The dead are 'Frontier Corps soldiers', so actor2 is Frontier Corps."),
        I("Unidentified gunmen shot dead two workers of a construction company", "VAC", "AA", UAG, CIV,
          "Ladha", "KP", "South Waziristan", 1, "on August 25", 2, {"civilians": 2}, None,
          "Workers are a civilian role."),
        I("An improvised explosive device went off near a vehicle carrying the assistant commissioner of Mamund tehsil", "IED", "BE", UAG, CIV,
          "Mamund", "KP", "Bajaur", 2, "on August 28", 0, {}, 3,
          "The target was a civil administrator (civilian official); he and two police guards were injured. Guards take their principal's side, so actor2 Civilians. "
          "Tehsil only, precision 2."),
        I("The CTD claimed to have killed four terrorists of the Hafiz Gul Bahadur group", "BAT", None, "Counter Terrorism Department", "Hafiz Gul Bahadur group",
          "Kulachi", "KP", "Dera Ismail Khan", 2, "on August 30", 4, {"militants": 4}, None,
          "State operation (GTD null), by the CTD's own claim. Tehsil only, precision 2."),
    ],
    not_incidents=[
        "The Taliban takeover of Kabul on August 15 dominated security discussions in Pakistan, with officials warning that the TTP could use Afghan soil to regroup.",
        "Militants carried out 12 attacks in Pakistan during the period.",
    ],
))

# ---------------------------------------------------------------- CD-18
REPORTS.append(report(
    "CD-18",
    actors=[
        AG("Tehreek-e-Taliban Pakistan", ["TTP", "Tehreek-e-Taliban Pakistan"]),
        SF("Security Forces", ["security forces", "soldiers"]),
        SF("Counter Terrorism Department", ["CTD"]),
        SF("Police", ["police"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Kech district", "district", "BA", "Kech"),
        L("Mand", "area", "BA", "Kech"),
        L("Sibi", "city", "BA", "Sibi"),
        L("Faisalabad", "city", "PB", "Faisalabad"),
        L("Islamabad", "city", "ICT", "Islamabad"),
        L("I-10", "area", "ICT", "Islamabad"),
    ],
    incidents=[
        I("an improvised explosive device hit their vehicle in the Mand area", "IED", "BE", UAG, "Security Forces",
          "Mand", "BA", "Kech", 1, "on January 9", 3, {"security_forces": 3}, 2,
          "Three soldiers killed, two wounded."),
        I("A bomb planted on a parked motorcycle exploded outside a shopping centre in Sibi city", "IED", "BE", UAG, CIV,
          "Sibi", "BA", "Sibi", 1, "on January 13", 1, {}, 11,
          "A child killed and 11 'people' injured. 'A child' is not a status in the rules' sense (as with 'a woman' in dev practice), so no side."),
        I("The CTD arrested three suspected terrorists of the Tehreek-e-Taliban Pakistan near Faisalabad", "ARR", None, "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan",
          "Faisalabad", "PB", "Faisalabad", 2, "on January 18", 0, {}, None,
          "Arrests with recovered explosives and a map: one Arrests record, GTD null. 'Near Faisalabad', precision 2."),
        I("Gunmen fired at a police patrol in the I-10 sector", "BAT", "AA", UAG, "Police",
          "I-10", "ICT", "Islamabad", 1, "on the night of January 22", 0, {}, 2,
          "Two constables injured in an attack on a police patrol."),
    ],
    not_incidents=[
        "Militants carried out 42 attacks in January, the highest monthly figure in several years",
        "the TTP's ceasefire of the previous autumn was formally over",
        "Balochistan saw a sharp rise in attacks on security forces.",
    ],
))

# ---------------------------------------------------------------- CD-19
REPORTS.append(report(
    "CD-19",
    actors=[
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
        SF("Police", ["police"]),
        SF("Security Forces", ["Security forces"]),
    ],
    people=[
        P("Sher Akbar", ["Sher Akbar"], ["member of a village defence committee", "shot dead"]),
    ],
    places=[
        L("Swat", "district", "KP", "Swat"),
        L("Dir", "area", "KP", None),
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Kabal", "area", "KP", "Swat"),
        L("Matta", "town", "KP", "Swat"),
        L("Lakki Marwat", "district", "KP", "Lakki Marwat"),
        L("Tajori", "town", "KP", "Lakki Marwat"),
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Spinwam", "area", "KP", "North Waziristan"),
    ],
    incidents=[
        I("A member of a village defence committee, Sher Akbar, was shot dead", "BAT", "AA", "Tehreek-e-Taliban Pakistan", UAG,
          "Kabal", "KP", "Swat", 1, "on October 9", 1, {}, None,
          "Claimed by the TTP. The victim belonged to an unnamed pro-government defence committee, an armed group (dev practice for unnamed lashkars: "
          "Unidentified Armed Group), so this is coded like an attack on armed personnel, Battles/Armed clash. Violence against civilians/Attack with actor2 "
          "Civilians (as for the dev deserter case) is the alternative. A committee member fits none of the sides, so killed_by_side is empty."),
        I("Several hundred residents marched from the Matta bazaar to the tehsil headquarters", "PPR", None, "Protesters", None,
          "Matta", "KP", "Swat", 1, "on October 14", 0, {}, None,
          "A peaceful march against militant presence: Protests/Peaceful protest, no GTD. Generic actor 'Protesters' (ACLED inter 6), not a named actor."),
        I("Terrorists attacked a police post in the Tajori area with heavy weapons", "BAT", "AA", UAG, "Police",
          "Tajori", "KP", "Lakki Marwat", 1, "on the night of October 18", 0, {}, 0,
          "A two-hour gunfight; 'no casualties were reported', so killed and injured 0."),
        I("Security forces killed three terrorists in an intelligence-based operation in the Spinwam area", "BAT", None, "Security Forces", UAG,
          "Spinwam", "KP", "North Waziristan", 1, "on October 24", 3, {"militants": 3}, None,
          "State operation, GTD null; the recovered weapons are part of it."),
    ],
    not_incidents=[
        "Reports of armed militants in the hills of Swat and Dir kept the region on edge.",
        "Militants carried out 18 attacks across Khyber Pakhtunkhwa during the period.",
    ],
))

# ---------------------------------------------------------------- CD-20
REPORTS.append(report(
    "CD-20",
    actors=[
        SF("Police", ["police", "Police"]),
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Islamic State", ["Daesh"]),
    ],
    people=[
        P("Kalyan Singh", ["Kalyan Singh"], ["Sikh shopkeeper", "shot dead"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Khyber", "district", "KP", "Khyber"),
        L("Landi Kotal", "town", "KP", "Khyber"),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Yakatoot", "area", "KP", "Peshawar"),
        L("Mianwali", "district", "PB", "Mianwali"),
        L("Kalabagh", "town", "PB", "Mianwali"),
        L("Dera Ismail Khan", "district", "KP", "Dera Ismail Khan"),
        L("Paharpur", "town", "KP", "Dera Ismail Khan"),
        L("Punjab", "province", "PB", None),
        L("Lahore", "city", "PB", "Lahore"),
        L("Gujranwala", "city", "PB", "Gujranwala"),
        L("Bahawalpur", "city", "PB", "Bahawalpur"),
    ],
    incidents=[
        I("Terrorists attacked a police checkpost in the Landi Kotal area with hand grenades and automatic weapons", "BAT", "AA", "Tehreek-e-Taliban Pakistan", "Police",
          "Landi Kotal", "KP", "Khyber", 1, "on January 8", 1, {"security_forces": 1}, 2,
          "Claimed by the TTP. Grenades and gunfire, so Battles/Armed clash. A constable killed, two injured."),
        I("Unidentified gunmen shot dead a Sikh shopkeeper, Kalyan Singh", "VAC", "AA", UAG, CIV,
          "Yakatoot", "KP", "Peshawar", 1, "on January 10", 1, {"civilians": 1}, None,
          "A shopkeeper is a civilian role; a minority trader, not a prominent figure, so Armed Assault."),
        I("Police repulsed an attack by about ten terrorists on a police post in the Kalabagh area", "BAT", "AA", UAG, "Police",
          "Kalabagh", "PB", "Mianwali", 1, "on the night of January 11", 1, {"militants": 1}, None,
          "The terrorists attacked (GTD Armed Assault); one attacker killed, by the police's account."),
        I("Police defused a six-kilogramme improvised explosive device planted under a bridge near Paharpur", "DWU", "BE", "Police", UAG,
          "Paharpur", "KP", "Dera Ismail Khan", 2, "on January 13", 0, {}, None,
          "Defused device: Disrupted weapons use. 'Near Paharpur', precision 2."),
        I("six in Lahore", "ARR", None, "Counter Terrorism Department", UAG,
          "Lahore", "PB", "Lahore", 2, "during the week", 0, {}, None,
          "One Arrests incident per city in the CTD Punjab weekly tally; a week's tally, precision 2."),
        I("five in Gujranwala", "ARR", None, "Counter Terrorism Department", UAG,
          "Gujranwala", "PB", "Gujranwala", 2, "during the week", 0, {}, None,
          "Part of the CTD Punjab tally."),
        I("three in Bahawalpur", "ARR", None, "Counter Terrorism Department", "Islamic State",
          "Bahawalpur", "PB", "Bahawalpur", 2, "during the week", 0, {}, None,
          "The three held in Bahawalpur are described as Daesh members, so actor2 is Islamic State."),
    ],
    not_incidents=[
        "Militant attacks on police in Khyber Pakhtunkhwa continued at a high pace, with eight of the week's 13 attacks targeting police stations, checkposts or patrols.",
    ],
))
