"""Hand-written gold for CD-01 .. CD-10."""
from build import A, SF, AG, P, L, I, report, UAG, CIV

REPORTS = []

# ---------------------------------------------------------------- CD-01
REPORTS.append(report(
    "CD-01",
    actors=[
        SF("Security Forces", ["Security forces", "security forces", "soldiers"]),
        SF("Police", ["police", "policemen", "Police"]),
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
        SF("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"]),
    ],
    people=[
        P("Sher Zaman", ["Malik Sher Zaman", "Sher Zaman"], ["pro-government tribal elder", "shot dead outside his hujra"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Sarband", "area", "KP", "Peshawar"),
        L("Bara", "area", "KP", "Khyber"),
        L("North Waziristan Agency", "district", "KP", "North Waziristan"),
        L("Khajuri", "town", "KP", "North Waziristan"),
        L("Bajaur Agency", "district", "KP", "Bajaur"),
        L("Ghundai Mela", "town", "KP", "Bajaur"),
        L("Khar", "area", "KP", "Bajaur"),
        L("Charsadda", "district", "KP", "Charsadda"),
        L("Shabqadar", "town", "KP", "Charsadda"),
    ],
    incidents=[
        I("gunmen on a motorcycle opened fire on a police mobile", "BAT", "AA", UAG, "Police",
          "Sarband", "KP", "Peshawar", 1, "on January 7", 2, {"security_forces": 2}, 1,
          "Two policemen killed and a third injured in an attack on a police mobile; an attack on police is Battles/Armed clash. "
          "'Near the Sarband police station' places it inside Sarband, so precision 1. The attackers fled towards the Bara border; "
          "Bara is only the direction of flight. The cordon that produced no arrests is not an incident."),
        I("a roadside bomb struck a vehicle of the security forces near Khajuri", "IED", "BE", "Tehreek-e-Taliban Pakistan", "Security Forces",
          "Khajuri", "KP", "North Waziristan", 2, "on January 9", 3, {"security_forces": 3}, 5,
          "The TTP claimed responsibility by phone, so it is actor1. Three soldiers killed; the five wounded are 'others' with no stated status. "
          "'Near Khajuri', hence precision 2. FATA agency coded to Khyber Pakhtunkhwa."),
        I("Unidentified men shot dead Malik Sher Zaman, a pro-government tribal elder", "VAC", "AS", UAG, CIV,
          "Ghundai Mela", "KP", "Bajaur", 1, "on January 10", 1, {"civilians": 1}, None,
          "A named tribal elder singled out and killed outside his hujra: a specific prominent local target, so GTD Assassination. "
          "A pro-government elder is a civilian role (he is not described as a member of a lashkar), so civilians 1. "
          "The earlier attempt on his life has no date or place and is not coded."),
        I("defused a five-kilogramme device planted near a government girls' primary school", "DWU", "BE", "Bomb Disposal Squad", UAG,
          "Shabqadar", "KP", "Charsadda", 1, "on January 11", 0, {}, None,
          "A defused planted device is Disrupted weapons use with GTD Bombing/Explosion (dev practice). The BDS team is named, so it is actor1."),
    ],
    not_incidents=[
        "Militants carried out nine attacks across the country during the week, killing 14 people",
        "Security forces and police also reported a number of arrests in search operations, mostly in Peshawar.",
        "Sher Zaman had survived an earlier attempt on his life.",
    ],
))

# ---------------------------------------------------------------- CD-02
REPORTS.append(report(
    "CD-02",
    actors=[
        SF("Security Forces", ["security forces"]),
        AG("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
        SF("Frontier Corps", ["Frontier Corps", "FC"]),
    ],
    people=[
        P("Abdul Ghani Mengal", ["Abdul Ghani Mengal"], ["schoolteacher", "abducted from Nal and found dead near Wadh"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Dera Bugti", "district", "BA", "Dera Bugti"),
        L("Loti", "town", "BA", "Dera Bugti"),
        L("Punjab", "province", "PB", None),
        L("Kech district", "district", "BA", "Kech"),
        L("Hoshab", "area", "BA", "Kech"),
        L("Quetta", "city", "BA", "Quetta"),
        L("Spinny Road", "area", "BA", "Quetta"),
        L("Khuzdar", "district", "BA", "Khuzdar"),
        L("Wadh", "town", "BA", "Khuzdar"),
        L("Nal", "town", "BA", "Khuzdar"),
    ],
    incidents=[
        I("Militants blew up a 24-inch gas pipeline near Loti", "IED", "BE", "Baloch Republican Army", None,
          "Loti", "BA", "Dera Bugti", 2, "on March 3", 0, {}, 0,
          "The BRA claimed the attack. Infrastructure only, so actor2 is null; 'No one was hurt', so killed and injured are 0. "
          "'Near Loti', hence precision 2. Punjab is where supply was cut, not the place of the event."),
        I("militants ambushed their patrol in the Hoshab area", "BAT", "AA", UAG, "Frontier Corps",
          "Hoshab", "BA", "Kech", 1, "on March 9", 2, {"security_forces": 2}, 1,
          "An ambush of an FC patrol with rockets and automatic weapons: gunfire is reported, so Battles/Armed clash rather than Shelling. "
          "Two FC killed ('martyred'), one injured."),
        I("A hand grenade hurled at a tea stall on Spinny Road injured six people", "GRE", "BE", UAG, CIV,
          "Spinny Road", "BA", "Quetta", 1, "on the evening of March 14", 0, {}, 6,
          "Grenade thrown at a tea stall; six 'people' injured, no deaths reported."),
        I("The bullet-riddled body of a schoolteacher, Abdul Ghani Mengal, was found in a ravine near Wadh", "VAC", "KID", UAG, CIV,
          "Wadh", "BA", "Khuzdar", 2, "on March 20", 1, {"civilians": 1}, None,
          "Abducted from Nal a week earlier and later found dead: Attack with GTD Hostage Taking (Kidnapping). Coded where and when the body "
          "was found (as in dev practice), 'near Wadh', hence precision 2. The ransom demand suggests criminals, but no group is named, so "
          "Unidentified Armed Group. A schoolteacher is a civilian role."),
    ],
    not_incidents=[
        "The province recorded 23 militant attacks in March, down from 31 in February.",
        "Twenty-nine people lost their lives, including 11 personnel of the security forces, and 47 were injured.",
        "the group has repeatedly targeted gas installations in the district",
    ],
    actor_profiles={
        "Baloch Republican Army": {
            "area": ["Dera Bugti"],
            "gtd_target_types": ["Utilities"],
            "evidence": "the group has repeatedly targeted gas installations in the district",
        }
    },
))

# ---------------------------------------------------------------- CD-03
REPORTS.append(report(
    "CD-03",
    actors=[
        SF("Security Forces", ["military"]),
        SF("Pakistan Air Force", ["Pakistan Air Force", "PAF"]),
        SF("Police", ["policeman"]),
        AG("Lashkar-e-Islam", ["Lashkar-e-Islam"]),
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
    ],
    places=[
        L("North Waziristan Agency", "district", "KP", "North Waziristan"),
        L("North Waziristan", "district", "KP", "North Waziristan"),
        L("Bannu", "district", "KP", "Bannu"),
        L("Degan", "area", "KP", "North Waziristan"),
        L("Datta Khel", "area", "KP", "North Waziristan"),
        L("Shin Kalay", "town", "KP", "North Waziristan"),
        L("Miranshah", "town", "KP", "North Waziristan"),
        L("Baka Khel", "town", "KP", "Bannu"),
        L("Khyber Agency", "district", "KP", "Khyber"),
        L("Tirah valley", "area", "KP", "Khyber"),
    ],
    incidents=[
        I("Fighter jets of the Pakistan Air Force (PAF) struck suspected militant hideouts in the Degan area", "AIR", None, "Pakistan Air Force", UAG,
          "Degan", "KP", "North Waziristan", 1, "on June 16", 27, {"militants": 27}, None,
          "Air strikes by a named state force in a military operation; GTD null (state action). 27 militants killed 'according to officials' "
          "(official, unverified). The destroyed ammunition dumps are part of the same strike."),
        I("a suspected US drone fired two missiles at a compound in Shin Kalay village", "AIR", None, None, UAG,
          "Shin Kalay", "KP", "North Waziristan", 1, "on June 12", 6, {"militants": 6}, None,
          "A suspected US drone strike. Foreign forces (inter 8) are left out of actors under CODING-RULES, so actor1 is null. "
          "'Six suspected militants' are counted as militants (the text's own status word). Precedes the operation; coded on its own date."),
        I("A policeman guarding a registration point for displaced families was shot dead by unidentified gunmen", "BAT", "AA", UAG, "Police",
          "Baka Khel", "KP", "Bannu", 1, "on June 19", 1, {"security_forces": 1}, None,
          "A one-sided shooting of a policeman on duty is Battles/Armed clash under the rules."),
        I("Fighters of Lashkar-e-Islam and the TTP clashed in the Tirah valley", "BAT", None, "Lashkar-e-Islam", "Tehreek-e-Taliban Pakistan",
          "Tirah valley", "KP", "Khyber", 2, "on June 20", 8, {"militants": 8}, None,
          "Fighting between two named armed groups; actor1 is the first named. 'At least eight militants dead on both sides' = 8, no split by group. "
          "Mutual clash with no clear attacker, so GTD null. The valley is a sub-district region, hence precision 2."),
    ],
    not_incidents=[
        "The military launched a full-scale operation against militants in North Waziristan Agency on June 15.",
        "Officials claimed that more than 150 militants had been killed by the end of the week",
        "Nearly 200,000 people have left the agency for Bannu and other districts.",
    ],
    relations=[
        {"a": "Lashkar-e-Islam", "b": "Tehreek-e-Taliban Pakistan", "kind": "hostile",
         "evidence": "Fighters of Lashkar-e-Islam and the TTP clashed in the Tirah valley"},
    ],
))

# ---------------------------------------------------------------- CD-04
REPORTS.append(report(
    "CD-04",
    actors=[
        SF("Police", ["Police", "police", "policemen"]),
        SF("Rangers", ["Rangers"]),
        AG("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"]),
        SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
        AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi"]),
    ],
    people=[
        P("Maulana Saeedullah", ["Maulana Saeedullah"], ["prayer leader", "shot dead with his nephew"]),
        P("Arshad Mehmood", ["Arshad Mehmood"], ["police constable", "shot dead near his home"]),
    ],
    places=[
        L("Karachi", "city", "SD", "Karachi"),
        L("Northern Bypass", "area", "SD", "Karachi"),
        L("Manghopir", "area", "SD", "Karachi"),
        L("Orangi Town", "area", "SD", "Karachi"),
        L("Korangi No 5", "area", "SD", "Karachi"),
        L("Gulshan-e-Iqbal", "area", "SD", "Karachi"),
    ],
    incidents=[
        I("a remote-controlled bomb hit their vehicle on the Northern Bypass", "IED", "BE", UAG, "Rangers",
          "Manghopir", "SD", "Karachi", 2, "on November 4", 2, {"security_forces": 2}, 4,
          "Two Rangers killed; four passers-by injured. On the Northern Bypass 'near Manghopir', hence precision 2. Karachi places take admin2 Karachi."),
        I("unidentified gunmen shot dead a prayer leader, Maulana Saeedullah, and his nephew", "VAC", "AA", UAG, CIV,
          "Orangi Town", "SD", "Karachi", 1, "on November 11", 2, {"civilians": 1}, None,
          "Sectarian target killing outside a mosque. A prayer leader is a civilian role; his nephew has no stated status, so civilians 1 of 2 killed. "
          "A local prayer leader is not treated as a prominent figure, so Armed Assault, not Assassination."),
        I("A police constable, Arshad Mehmood, was shot dead near his home in Korangi No 5", "BAT", "AA", "Tehreek-e-Taliban Pakistan", "Police",
          "Korangi No 5", "SD", "Karachi", 1, "on November 18", 1, {"security_forces": 1}, None,
          "The TTP claimed the killing, so it is actor1. An attack on a policeman is Battles/Armed clash under the rules, even off duty near his home."),
        I("arrested three suspected members of Lashkar-e-Jhangvi in Gulshan-e-Iqbal", "ARR", None, "Counter Terrorism Department", "Lashkar-e-Jhangvi",
          "Gulshan-e-Iqbal", "SD", "Karachi", 1, "on November 25", 0, {}, None,
          "An arrest not tied to any incident in the report, so its own Arrests incident; GTD null. The recovered pistols and grenades belong to this record."),
    ],
    not_incidents=[
        "Karachi remained the most violent city in the country in November, although targeted killings fell to 38 from 52 in October.",
        "Police and Rangers continued the targeted operation launched in September last year.",
    ],
))

# ---------------------------------------------------------------- CD-05
REPORTS.append(report(
    "CD-05",
    actors=[
        SF("Security Forces", ["Law enforcement agencies", "Security forces", "soldiers"]),
        SF("Police", ["police", "policemen", "Police"]),
        AG("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar"]),
        AG("Tehreek-e-Taliban Pakistan", ["TTP"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Punjab", "province", "PB", None),
        L("Attock", "district", "PB", "Attock"),
        L("Hazro", "town", "PB", "Attock"),
        L("Islamabad", "city", "ICT", "Islamabad"),
        L("Tarnol", "area", "ICT", "Islamabad"),
        L("Hangu", "district", "KP", "Hangu"),
        L("Doaba", "town", "KP", "Hangu"),
        L("Khyber Agency", "district", "KP", "Khyber"),
        L("Sipah", "area", "KP", "Khyber"),
        L("Bara", "area", "KP", "Khyber"),
    ],
    incidents=[
        I("A suicide bomber on foot blew himself up after police stopped him at a checkpost near Hazro", "SUI", "BE", "Jamaat-ul-Ahrar", "Police",
          "Hazro", "PB", "Attock", 2, "on February 9", 3, {"security_forces": 2, "civilians": 1}, 7,
          "Claimed by Jamaat-ul-Ahrar. Two policemen and a vegetable vendor (civilian role) killed; the bomber is not counted because the text does not count him. "
          "Seven 'people' injured. 'Near Hazro', hence precision 2."),
        I("Police arrested four suspects, including an Afghan national, in a raid on a house in Tarnol", "ARR", None, "Police", UAG,
          "Tarnol", "ICT", "Islamabad", 1, "on February 12", 0, {}, None,
          "A raid and arrests not tied to any reported attack: its own Arrests incident, GTD null. The suicide jackets and detonators recovered are part of it. "
          "No group is named, so the arrested are Unidentified Armed Group."),
        I("An improvised explosive device went off near a vehicle carrying a member of the local peace committee", "IED", "BE", UAG, UAG,
          "Doaba", "KP", "Hangu", 1, "on February 13", 0, {}, 2,
          "The target is a member of an unnamed pro-government peace committee; as in dev practice for an unnamed lashkar, actor2 is Unidentified Armed Group. "
          "He and his driver were injured; no one killed."),
        I("Security forces killed 11 militants in an operation in the Sipah area of Bara tehsil", "BAT", None, "Security Forces", UAG,
          "Sipah", "KP", "Khyber", 1, "on February 14", 13, {"militants": 11, "security_forces": 2}, None,
          "A state operation (GTD null). 11 militants and two soldiers killed. 'Several others were injured' is a vague count with no ACLED number "
          "(only dozens/tens/hundreds have one), so injured is null. FATA agency coded to Khyber Pakhtunkhwa."),
    ],
    not_incidents=[
        "Law enforcement agencies reported more than 1,700 arrests nationwide under the National Action Plan during the week, most of them for hate speech and the misuse of loudspeakers.",
        "Militant violence was concentrated in Khyber Pakhtunkhwa and the tribal areas, with one major attack in Punjab.",
    ],
    relations=[
        {"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "faction_of",
         "evidence": "Jamaat-ul-Ahrar, a breakaway faction of the TTP"},
    ],
))

# ---------------------------------------------------------------- CD-06
REPORTS.append(report(
    "CD-06",
    actors=[
        SF("Levies", ["Levies"]),
        AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
        SF("Security Forces", ["security forces"]),
        AG("Lashkar-e-Jhangvi", ["Lashkar-e-Jhangvi"]),
        AG("Baloch Republican Army", ["Baloch Republican Army"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Makran division", "area", "BA", None),
        L("Mastung", "district", "BA", "Mastung"),
        L("Kardigap", "area", "BA", "Mastung"),
        L("Kech district", "district", "BA", "Kech"),
        L("Tump", "area", "BA", "Kech"),
        L("Quetta", "city", "BA", "Quetta"),
        L("Hazarganji", "area", "BA", "Quetta"),
        L("Naseerabad", "district", "BA", "Naseerabad"),
        L("Dera Murad Jamali", "town", "BA", "Naseerabad"),
    ],
    incidents=[
        I("Armed men abducted nine labourers working on a road project from their camp", "VAC", "KID", "Balochistan Liberation Front", CIV,
          "Kardigap", "BA", "Mastung", 2, "the next day", 6, {"civilians": 6}, None,
          "Nine labourers abducted on the night of August 4; six found dead 'the next day' (August 5) in the same area, three still missing. Abducted and later "
          "killed, so one Attack record with GTD Kidnapping (the three missing belong to the same record). The BLF claimed it. Labourers are a civilian role. "
          "Dated, as in dev practice, to the day the bodies were found; the abduction night is the alternative. 'Near Kardigap', hence precision 2."),
        I("Militants fired six rockets at a Levies post in the Tump area", "SHE", "BE", UAG, "Levies",
          "Tump", "BA", "Kech", 1, "on August 6", 0, {}, 0,
          "Rocket fire with no gunfire reported: Shelling/artillery/missile attack. 'There were no casualties', so killed and injured are 0."),
        I("Three Hazara vegetable vendors were shot dead and another was wounded by gunmen on motorcycles", "VAC", "AA", "Lashkar-e-Jhangvi", CIV,
          "Hazarganji", "BA", "Quetta", 1, "on August 7", 3, {"civilians": 3}, 1,
          "Sectarian shooting claimed by Lashkar-e-Jhangvi. Vendors are a civilian role. Near the fruit market in Hazarganji, so precision 1."),
        I("A section of railway track was blown up near Dera Murad Jamali", "IED", "BE", "Baloch Republican Army", None,
          "Dera Murad Jamali", "BA", "Naseerabad", 2, "on August 8", 0, {}, None,
          "The BRA claimed the blast. Infrastructure only, no casualties mentioned, so actor2 null and injured null. 'Near' the town, precision 2."),
    ],
    not_incidents=[
        "Nine attacks were recorded in the province during the week, five of them in the Makran division.",
        "The provincial government announced that 400 more Levies personnel would be recruited for the coastal districts.",
    ],
))

# ---------------------------------------------------------------- CD-07
REPORTS.append(report(
    "CD-07",
    actors=[
        SF("Khasadar Force", ["Khasadar"]),
        SF("Police", ["Police"]),
    ],
    people=[
        P("Farooq Ahmad", ["Dr Farooq Ahmad"], ["Shia physician", "shot dead at his clinic"]),
    ],
    places=[
        L("Khyber Pakhtunkhwa", "province", "KP", None),
        L("Federally Administered Tribal Areas", "area", "KP", None),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Qissa Khwani bazaar", "area", "KP", "Peshawar"),
        L("Mohmand Agency", "district", "KP", "Mohmand"),
        L("Safi", "area", "KP", "Mohmand"),
        L("Dera Ismail Khan", "district", "KP", "Dera Ismail Khan"),
        L("Circular Road", "area", "KP", "Dera Ismail Khan"),
        L("Swat", "district", "KP", "Swat"),
        L("Kabal", "area", "KP", "Swat"),
        L("Lower Dir", "district", "KP", "Lower Dir"),
        L("Maidan", "area", "KP", "Lower Dir"),
    ],
    incidents=[
        I("Militants hurled a hand grenade at a CD shop in the Qissa Khwani bazaar", "GRE", "BE", UAG, CIV,
          "Qissa Khwani bazaar", "KP", "Peshawar", 1, "on April 5", 0, {}, 3,
          "The owner and two customers were injured; no deaths. The earlier threatening letters are background."),
        I("militants attacked their post in Safi tehsil", "BAT", "AA", UAG, "Khasadar Force",
          "Safi", "KP", "Mohmand", 2, "late on April 11", 2, {"security_forces": 2}, None,
          "Two Khasadar (tribal police) personnel killed in an attack with an hour-long exchange of fire. Only the tehsil is given, hence precision 2. "
          "'From across the border' is not coded as a place or actor."),
        I("Unknown gunmen shot dead Dr Farooq Ahmad, a Shia physician, at his clinic", "VAC", "AA", UAG, CIV,
          "Circular Road", "KP", "Dera Ismail Khan", 1, "on April 19", 1, {"civilians": 1}, None,
          "A physician is a civilian role. Likely sectarian, but a doctor is not a prominent target in the sense of the rules, so Armed Assault."),
        I("Police defused two bombs planted along a road in the Kabal area", "DWU", "BE", "Police", UAG,
          "Kabal", "KP", "Swat", 1, "on April 23", 0, {}, None,
          "Two planted bombs defused: one Disrupted weapons use record (a single operation)."),
        I("Members of a village peace committee clashed with militants in the Maidan area", "BAT", None, UAG, UAG,
          "Maidan", "KP", "Lower Dir", 1, "on April 28", 3, {"militants": 2}, None,
          "An unnamed pro-government peace committee is an Unidentified Armed Group (dev practice for unnamed lashkars), as are the unnamed militants. "
          "Three killed: two militants and one committee member, who fits none of the sides (as in dev practice), so killed_by_side counts only the militants. "
          "Mutual clash with no stated attacker, GTD null."),
    ],
    not_incidents=[
        "17 attacks were recorded, in which 21 people were killed",
        "Most of the violence was low-level and targeted.",
        "Traders said the shop owner had received threatening letters.",
    ],
))

# ---------------------------------------------------------------- CD-08
REPORTS.append(report(
    "CD-08",
    actors=[
        SF("Police", ["policeman", "Police", "police"]),
        SF("Coast Guards", ["Coast Guards"]),
        SF("Security Forces", ["Security forces"]),
        AG("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
        SF("Counter Terrorism Department", ["CTD"]),
        AG("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Sindh", "province", "SD", None),
        L("Quetta", "city", "BA", "Quetta"),
        L("Kuchlak", "town", "BA", "Quetta"),
        L("Gwadar", "district", "BA", "Gwadar"),
        L("Jiwani", "town", "BA", "Gwadar"),
        L("Awaran", "district", "BA", "Awaran"),
        L("Mashkay", "area", "BA", "Awaran"),
        L("Sukkur", "district", "SD", "Sukkur"),
        L("Rohri", "town", "SD", "Sukkur"),
        L("Hyderabad", "city", "SD", "Hyderabad"),
        L("Larkana", "city", "SD", "Larkana"),
    ],
    incidents=[
        I("A policeman deployed outside a polio vaccination centre was shot dead by gunmen on a motorcycle", "BAT", "AA", UAG, "Police",
          "Kuchlak", "BA", "Quetta", 1, "on October 3", 1, {"security_forces": 1}, 0,
          "The policeman himself was the one shot, so an attack on police (Battles/Armed clash). 'The vaccinators were unhurt' and no one else is mentioned, so injured 0."),
        I("Gunmen opened fire on a vehicle of the Coast Guards near Jiwani", "BAT", "AA", UAG, "Coast Guards",
          "Jiwani", "BA", "Gwadar", 2, "on October 4", 0, {}, 2,
          "Two Coast Guards personnel wounded, no deaths reported. 'Near Jiwani', hence precision 2."),
        I("Security forces said they had killed four militants of the Balochistan Liberation Front (BLF)", "BAT", None, "Security Forces", "Balochistan Liberation Front",
          "Mashkay", "BA", "Awaran", 1, "on October 5", 4, {"militants": 4}, None,
          "A state operation (GTD null); four BLF militants killed by the security forces' own account; the two destroyed camps are part of the same record."),
        I("Police defused a bomb planted near a railway bridge on the outskirts of Rohri", "DWU", "BE", "Police", UAG,
          "Rohri", "SD", "Sukkur", 2, "on October 6", 0, {}, None,
          "Defused device: Disrupted weapons use. 'On the outskirts', hence precision 2."),
        I("the CTD arrested two alleged members of the Sindhudesh Revolutionary Army (SRA)", "ARR", None, "Counter Terrorism Department", "Sindhudesh Revolutionary Army",
          "Hyderabad", "SD", "Hyderabad", 1, "on October 7", 0, {}, None,
          "Arrests not tied to any incident in the report; the grenade and pistol recovered are part of this record."),
        I("police arrested a man wanted for a bomb attack on a gas installation in 2014", "ARR", None, "Police", UAG,
          "Larkana", "SD", "Larkana", 1, None, 0, {}, None,
          "The 2014 bomb attack is not reported here, so the arrest is its own Arrests incident. No date is given for it (only that it was in the reporting week)."),
    ],
    not_incidents=[
        "Balochistan and Sindh together accounted for half of the 14 militant attacks reported in the country during the week.",
        "a bomb attack on a gas installation in 2014",
    ],
))

# ---------------------------------------------------------------- CD-09
REPORTS.append(report(
    "CD-09",
    actors=[
        SF("Frontier Corps", ["Frontier Corps"]),
        SF("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
    ],
    people=[
        P("Fazal Rabi", ["Fazal Rabi"], ["government schoolteacher", "abducted"]),
    ],
    places=[
        L("Kurram Agency", "district", "KP", "Kurram"),
        L("Mali Khel", "town", "KP", "Kurram"),
        L("Kharlachi", "town", "KP", "Kurram"),
        L("Mohmand Agency", "district", "KP", "Mohmand"),
        L("Prang Ghar", "area", "KP", "Mohmand"),
        L("South Waziristan Agency", "district", "KP", "South Waziristan"),
        L("Shakai valley", "area", "KP", "South Waziristan"),
        L("Bajaur Agency", "district", "KP", "Bajaur"),
        L("Nawagai", "town", "KP", "Bajaur"),
        L("Peshawar", "city", "KP", "Peshawar"),
        L("Hayatabad", "area", "KP", "Peshawar"),
    ],
    incidents=[
        I("Mortar shells fired from across the border landed in Mali Khel village", "SHE", "BE", UAG, CIV,
          "Mali Khel", "KP", "Kurram", 1, "on February 8", 0, {}, 3,
          "Mortar fire from across the border by an unnamed shooter, so Unidentified Armed Group (no foreign force is named). Three children injured, two houses damaged."),
        I("Militants fired rockets at a Frontier Corps fort in Prang Ghar tehsil", "SHE", "BE", UAG, "Frontier Corps",
          "Prang Ghar", "KP", "Mohmand", 2, "on February 13", 0, {}, 1,
          "Rocket fire with no gunfire reported: Shelling. One soldier injured. Tehsil only, hence precision 2."),
        I("A landmine blast killed two young shepherds", "IED", "BE", UAG, CIV,
          "Shakai valley", "KP", "South Waziristan", 2, "on February 17", 2, {"civilians": 2}, None,
          "A landmine set off by its victims is Remote explosive/landmine/IED; who planted it is unknown. Shepherds are a civilian role, so civilians 2. "
          "A valley, hence precision 2."),
        I("Unidentified gunmen abducted a government schoolteacher, Fazal Rabi", "ABD", "KID", UAG, CIV,
          "Nawagai", "KP", "Bajaur", 1, "on February 21", 0, {}, None,
          "Abduction with no known outcome: Abduction/forced disappearance, GTD Kidnapping."),
        I("said it had arrested a 16-year-old would-be suicide bomber in Hayatabad", "DWU", "BE", "Counter Terrorism Department", UAG,
          "Hayatabad", "KP", "Peshawar", 1, "on February 26", 0, {}, None,
          "An attack prevented and a suicide vest recovered: coded as Disrupted weapons use (recovered device), with GTD Bombing/Explosion as for defused bombs. "
          "The arrest of the would-be bomber is part of the same record, not a separate Arrests incident. Arrests would be the alternative."),
    ],
    not_incidents=[
        "Militant violence rose in the tribal areas in February, with the number of attacks almost doubling from January.",
        "Security officials attributed the rise to militants returning from across the border ahead of the spring.",
    ],
))

# ---------------------------------------------------------------- CD-10
REPORTS.append(report(
    "CD-10",
    actors=[
        SF("Levies", ["Levies"]),
        SF("Security Forces", ["Security forces"]),
        AG("Balochistan Liberation Front", ["Balochistan Liberation Front"]),
        SF("Frontier Corps", ["Frontier Corps"]),
    ],
    places=[
        L("Balochistan", "province", "BA", None),
        L("Quetta", "city", "BA", "Quetta"),
        L("Kohlu", "district", "BA", "Kohlu"),
        L("Kahan", "town", "BA", "Kohlu"),
        L("Panjgur", "district", "BA", "Panjgur"),
        L("Parom", "area", "BA", "Panjgur"),
        L("Kech district", "district", "BA", "Kech"),
        L("Buleda", "area", "BA", "Kech"),
        L("Chaman", "town", "BA", "Qila Abdullah"),
        L("Sibi", "city", "BA", "Sibi"),
    ],
    incidents=[
        I("their vehicle hit a landmine near Kahan", "IED", "BE", UAG, "Levies",
          "Kahan", "BA", "Kohlu", 2, "on August 3", 2, {"security_forces": 2}, 1,
          "Landmine struck by a Levies vehicle; two Levies killed, one injured. 'Near Kahan', hence precision 2."),
        I("Armed men set fire to a private school for girls in Parom", "LPD", "FIA", UAG, None,
          "Parom", "BA", "Panjgur", 1, "on the night of August 8", 0, {}, 0,
          "Arson on an empty school with no one present: property destruction by an armed group, so Strategic developments/Looting-property destruction, "
          "GTD Facility/Infrastructure Attack. No casualties, so actor2 null. The ignored warnings are background."),
        I("Security forces killed five militants of the Balochistan Liberation Front in an intelligence-based operation", "BAT", None, "Security Forces", "Balochistan Liberation Front",
          "Buleda", "BA", "Kech", 1, "on August 16", 6, {"militants": 5, "security_forces": 1}, None,
          "A state operation (GTD null): five BLF militants and one soldier killed."),
        I("Unknown men threw a hand grenade at a money changer's shop", "GRE", "BE", UAG, CIV,
          "Chaman", "BA", "Qila Abdullah", 1, "on August 21", 0, {}, 2,
          "Two 'people' injured. In 2017 Chaman was a town of Qila Abdullah District (Chaman District was created later; general knowledge), so admin2 Qila Abdullah."),
        I("Frontier Corps personnel recovered a large cache of arms", "DWU", None, "Frontier Corps", UAG,
          "Sibi", "BA", "Sibi", 2, "on August 27", 0, {}, None,
          "A weapons cache seized from a hideout: Disrupted weapons use. It is a stockpile, not a device set for a particular attack, so GTD null. 'Near Sibi', precision 2."),
    ],
    not_incidents=[
        "Balochistan accounted for nearly 40 percent of the militant attacks recorded in the country in August.",
        "Nationalist insurgents were behind most of the attacks in the south and east of the province, while religiously motivated groups remained active in Quetta and the Pashtun belt.",
    ],
))
