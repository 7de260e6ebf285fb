# Hand coding of AK-01 .. AK-15 (helpers in common.py).
from common import *

G = {}

G["AK-01"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["policemen", "police", "Police"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
    ],
    people=[
        H("Nasrullah Khan Marwat", ["Nasrullah Khan Marwat"], ["District Police Officer (DPO)"]),
        H("Habibullah", ["Habibullah"], ["constable", "killed in the ambush"]),
        H("Zar Wali Shah", ["Zar Wali Shah"], ["constable", "killed in the ambush"]),
        H("Mir Afzal", ["Mir Afzal"], ["Head Constable", "injured in the ambush, later died in hospital"]),
    ],
    places=[
        P("Warga Khel", "town", KP, "Lakki Marwat"),
        P("Serai Naurang", "area", KP, "Lakki Marwat"),
        P("Lakki Marwat District", "district", KP, "Lakki Marwat"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Bannu", "city", KP, "Bannu"),
    ],
    incidents=[
        I("militants ambushed a police van in Warga Khel area", BAT, CLASH, "Armed Assault",
          TTP, "Police", KP, "Lakki Marwat", "Warga Khel", 1, "late on Tuesday night",
          3, {"security_forces": 3}, 2,
          "Militants fired on a returning police patrol van from both sides of the road. The lead says two policemen killed and three injured; one of the three injured, Head Constable Mir Afzal, died early on Wednesday, so killed = 3 (all policemen) and injured = 2 (the injured man who died is counted once, as killed). The date is the night of the ambush, not the day he died. The group is named only in the last sentence, by the TTP claim, so actor1 is TTP. An attack on police is Battles/Armed clash."),
    ])

G["AK-02"] = doc(
    "The Express Tribune",
    actors=[
        A("Levies", SF, 1, ["Levies"]),
        A(BLA, AG, 2, ["Balochistan Liberation Army", "BLA"]),
    ],
    people=[
        H("Shahmir Baloch", ["Shahmir Baloch"], ["BLA spokesman"]),
    ],
    places=[
        P("Khost", "area", BA, "Harnai"),
        P("Harnai District", "district", BA, "Harnai"),
        P("Balochistan", "province", BA, None),
        P("Shangla District", "district", KP, "Shangla"),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Harnai", "town", BA, "Harnai"),
        P("Shahrag", "town", BA, "Harnai"),
    ],
    incidents=[
        I("unidentified armed men attacked a coal mine in Khost area", VAC, ATTACK, "Armed Assault",
          BLA, "Civilians", BA, "Harnai", "Khost", 1, "on October 11",
          5, {"civilians": 5}, 3,
          "Gunmen fired on coal miners resting in their quarters and burnt a generator and a compressor. 'At least five' = 5; miners/labourers are a civilian role, so civilians = 5. One injured man in critical condition is still counted as injured. The text says 'unidentified armed men', but the BLA claimed the attack in a later sentence, so the BLA is actor1. The machinery arson is part of the same attack. Shangla is only where the miners came from; Harnai town is where they were taken."),
        I("a Levies sepoy was killed and another injured when unidentified persons hurled a hand grenade at a Levies check post",
          EXP, GRENADE, "Bombing/Explosion",
          UAG, "Levies", BA, "Harnai", "Shahrag", 1, "A day earlier",
          1, {"security_forces": 1}, 1,
          "A separate, earlier attack (the day before October 11) in Shahrag town, 'of the same district' = Harnai. The BLA claim names only the attack on the mine, so this one stays Unidentified. A Levies sepoy is security forces."),
    ])

G["AK-03"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["police", "Police", "policemen"]),
        A("Rangers", SF, 1, ["Rangers"]),
        A(LEJ, AG, 2, ["Lashkar e Jhangvi", "LeJ"]),
    ],
    people=[
        H("Naveed Akhtar", ["Naveed Akhtar"], ["police constable", "shot dead while off duty"]),
        H("Rasool Bux", ["Rasool Bux"], ["Assistant Sub Inspector (ASI)", "injured while off duty"]),
        H("Yaqoob Baloch", ["Haji Yaqoob Baloch"], ["builder whose office was attacked", "had received extortion calls"]),
    ],
    places=[
        P("Ghaziabad", "area", SD, "Karachi"),
        P("Orangi Town", "area", SD, "Karachi"),
        P("Karachi", "city", SD, "Karachi"),
        P("Sindh", "province", SD, None),
        P("Chakiwara", "area", SD, "Karachi"),
        P("Lyari", "area", SD, "Karachi"),
        P("Manghopir", "area", SD, "Karachi"),
    ],
    incidents=[
        I("unidentified armed motorcyclists opened fire on them near a tea stall", BAT, CLASH, "Armed Assault",
          UAG, "Police", SD, "Karachi", "Ghaziabad", 1, "on August 19",
          1, {"security_forces": 1}, 1,
          "An off-duty constable in plain clothes was shot dead and an off-duty ASI injured. They are still policemen, so killed_by_side is security_forces and, by the coding rule for attacks on police, Battles/Armed clash. The Rangers spokesman links the LeJ suspects only to 'target killings of policemen in the city' in general, not to this attack, so actor1 stays Unidentified."),
        I("two men riding a motorcycle hurled a cracker at the office of a builder", EXP, GRENADE, "Bombing/Explosion",
          UAG, "Civilians", SD, "Karachi", "Chakiwara", 1, "on the same day",
          0, {}, 0,
          "A cracker (a small thrown explosive) hurled at a builder's office: coded like a hand grenade (thrown explosive), Explosions/Grenade. 'No one was hurt', so killed = 0 and injured = 0. Extortion calls suggest a criminal motive; no group is named."),
        I("Rangers arrested four suspected militants of the proscribed Lashkar e Jhangvi (LeJ)", SD_, ARRESTS, None,
          "Rangers", LEJ, SD, "Karachi", "Manghopir", 1, "on the same night",
          0, {}, None,
          "A raid with four arrests and weapons recovered (two Kalashnikovs, three pistols, a grenade); the recovery is part of the arrest record. Not tied to the two attacks above, so it is its own Arrests incident. Raids and arrests get no GTD type."),
    ])

G["AK-04"] = doc(
    "The Express Tribune",
    actors=[
        A("Security Forces", SF, 1, ["Security forces", "troops", "soldier", "security forces", "soldiers"]),
        A(HGB, AG, 2, ["Hafiz Gul Bahadur group"]),
    ],
    people=[
        H("Gul Nawaz", ["Gul Nawaz"], ["Sepoy", "killed in the operation", "resident of Karak District"]),
        H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader of the Hafiz Gul Bahadur group"]),
    ],
    places=[
        P("Datta Khel", "town", KP, "North Waziristan"),
        P("North Waziristan District", "district", KP, "North Waziristan"),
        P("Karak District", "district", KP, "Karak"),
        P("Mir Ali", "town", KP, "North Waziristan"),
    ],
    incidents=[
        I("Security forces killed four terrorists during an intelligence based operation (IBO)", BAT, CLASH, None,
          "Security Forces", UAG, KP, "North Waziristan", "Datta Khel", 1, "on Thursday",
          5, {"militants": 4, "security_forces": 1}, 2,
          "An IBO with an exchange of fire: four terrorists and one soldier killed; two terrorists injured and apprehended (injured = 2, the only injured counted). State-initiated, so GTD is null; the arrests and recovered weapons are part of this event. ISPR (the military media wing) is only the source. The ISPR ties the dead only to 'attacks on security forces in the area', not to a named group, so actor2 stays Unidentified even though the Hafiz Gul Bahadur group claimed the Mir Ali blast. 'Datta Khel area' read as the town, precision 1."),
        I("three soldiers were injured when an improvised explosive device (IED) went off near their vehicle", EXP, IED, "Bombing/Explosion",
          HGB, "Security Forces", KP, "North Waziristan", "Mir Ali", 2, "A day earlier",
          0, {}, 3,
          "The day before the IBO; 'close to Mir Ali', hence precision 2. No one killed. A local commander of the Hafiz Gul Bahadur group claimed 'the Mir Ali blast', so the group is actor1. The soldiers are generic, so actor2 is Security Forces."),
    ])

G["AK-05"] = doc(
    "Dawn",
    actors=[
        A("Frontier Corps", SF, 1, ["Frontier Corps", "FC"]),
        A(BLA, AG, 2, ["Balochistan Liberation Army", "BLA"]),
        A(BLA_MB, AG, 2, ["Majeed Brigade"]),
    ],
    people=[
        H("Abdul Wahid Rind", ["Abdul Wahid Rind"], ["Deputy Commissioner (DC) Kachhi"]),
    ],
    places=[
        P("National Highway", "area", BA, "Kachhi"),
        P("Dhadar", "town", BA, "Kachhi"),
        P("Kachhi District", "district", BA, "Kachhi"),
        P("Balochistan", "province", BA, None),
        P("Sibi", "city", BA, "Sibi"),
        P("Quetta", "city", BA, "Quetta"),
    ],
    incidents=[
        I("a suicide bomber rammed an explosive laden car into an FC convoy", EXP, SUICIDE, "Bombing/Explosion",
          BLA_MB, "Frontier Corps", BA, "Kachhi", "Dhadar", 2, "on March 6",
          7, {"security_forces": 5, "civilians": 2}, 11,
          "Suicide car bombing of an FC convoy on the National Highway 'near' Dhadar, hence precision 2. Killed: five FC personnel and two civilians (the child is one of the two civilians) = 7; the bomber, 'blown to pieces', is not counted. Injured: 'eleven others' (seven of them FC). The BLA said its Majeed Brigade carried it out, so actor1 is the most specific named unit, BLA (Majeed Brigade); the parent BLA is listed too. Sibi and Quetta are only where the injured were taken."),
    ])

G["AK-06"] = doc(
    "Daily Times",
    actors=[
        A("Levies", SF, 1, ["Levies"]),
        A(BLF, AG, 2, ["Balochistan Liberation Front", "BLF"]),
        A("Security Forces", SF, 1, ["security forces"]),
    ],
    people=[
        H("Naveed Iqbal", ["Naveed Iqbal"], ["Customs Appraiser", "shot dead"]),
        H("Sikandar Hayat", ["Sikandar Hayat"], ["Customs Inspector", "shot dead"]),
        H("Jan Muhammad", ["Jan Muhammad"], ["driver of the Customs team", "shot dead"]),
    ],
    places=[
        P("Kuddan", "area", BA, "Kech"),
        P("Turbat Buleda road", "area", BA, "Kech"),
        P("Kech District", "district", BA, "Kech"),
        P("Balochistan", "province", BA, None),
        P("Turbat", "city", BA, "Kech"),
        P("Kallag", "area", BA, "Kech"),
        P("Dasht", "area", BA, "Kech"),
    ],
    incidents=[
        I("unidentified armed men ambushed their vehicle near Kuddan area", VAC, ATTACK, "Armed Assault",
          BLF, "Civilians", BA, "Kech", "Kuddan", 2, "on Sunday",
          3, {"civilians": 3}, None,
          "Ambush on a Customs team returning from a seizure of smuggled diesel. Customs officials are civil servants, not an armed force named in the text (no escort or return fire is reported), so they and their driver are coded as civilians and the event as an attack on civilians; Customs is a civil authority and is not listed in actors (like the political administration in the dev set). Had the team been treated as a law-enforcement force, Battles/Armed clash would be the alternative. The BLF claimed 'the killings', so it is actor1. 'Near' Kuddan, hence precision 2."),
        I("a shepherd and his ten year old son were killed when a landmine went off in a field", EXP, IED, "Bombing/Explosion",
          UAG, "Civilians", BA, "Kech", "Kallag", 1, "On the same night",
          2, {"civilians": 2}, None,
          "A landmine in a field in Kallag (Dasht tehsil, 'the same district' = Kech). A shepherd is a civilian role and his ten-year-old son is a child of a civilian family, so civilians = 2. Levies say militants planted the mine against security forces, but the victims were civilians, so actor2 is Civilians. No one claimed it (the BLF claim covers only the Customs killings), so actor1 is Unidentified."),
    ])

G["AK-07"] = doc(
    "The News",
    actors=[
        A("Police", SF, 1, ["Police"]),
        A(BRA, AG, 2, ["Baloch Republican Army", "BRA"]),
    ],
    people=[],
    places=[
        P("Lal Bux Goth", "town", BA, "Sibi"),
        P("Sibi District", "district", BA, "Sibi"),
        P("Balochistan", "province", BA, None),
        P("Quetta", "city", BA, "Quetta"),
        P("Jacobabad", "city", SD, "Jacobabad"),
        P("Kachhi", "district", BA, "Kachhi"),
        P("Mach", "town", BA, "Kachhi"),
    ],
    incidents=[
        I("Unidentified militants blew up a portion of the railway track near Lal Bux Goth", EXP, IED, "Bombing/Explosion",
          BRA, None, BA, "Sibi", "Lal Bux Goth", 2, "on the intervening night of September 2 and 3",
          0, {}, None,
          "A timed device damaged the railway track 'near' Lal Bux Goth, hence precision 2. Infrastructure only, so actor2 is null; 'No loss of life was reported', so killed = 0 and injured is null (no statement on injuries). The BRA claimed the blast, so it is actor1 although the lead says 'unidentified militants'. The January derailment (seventeen injured) and last year's firing on a goods train near Mach are background recalled from earlier reports and are not coded."),
    ])

G["AK-08"] = doc(
    "Dawn",
    actors=[
        A("Security Forces", SF, 1, ["Security forces", "troops", "soldiers"]),
        A("Frontier Corps", SF, 1, ["Frontier Corps", "FC"]),
    ],
    people=[
        H("Sher Baz", ["Sher Baz"], ["Naik", "killed in the attack"]),
        H("Amanullah", ["Amanullah"], ["Sepoy", "killed in the attack"]),
    ],
    places=[
        P("Sambaza", "area", BA, "Zhob"),
        P("Zhob District", "district", BA, "Zhob"),
        P("Balochistan", "province", BA, None),
        P("Qamar Din Karez", "area", BA, "Zhob"),
    ],
    incidents=[
        I("Security forces repulsed an attack by militants on a Frontier Corps (FC) post", BAT, CLASH, "Armed Assault",
          UAG, "Frontier Corps", BA, "Zhob", "Sambaza", 1, "on the intervening night of July 11 and 12",
          5, {"security_forces": 2, "militants": 3}, None,
          "A repulsed attack on an FC post: two soldiers killed; the bodies of three terrorists found near the post the next morning are counted as killed in this clash (militants = 3). 'Six to seven' is the size of the attacking group, not a casualty count. The post is the FC's, so actor2 is Frontier Corps. No group is named. The February attack at Qamar Din Karez (four soldiers) is background and is not coded."),
    ])

G["AK-09"] = doc(
    "The Express Tribune",
    actors=[
        A("Police", SF, 1, ["Police"]),
        A(ISKP, AG, 2, ["Islamic State Khorasan Province", "ISKP"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
    ],
    people=[
        H("Abdul Qayyum Kakar", ["Maulana Abdul Qayyum Kakar"], ["Jamiat Ulema e Islam Fazl (JUI F) candidate", "not present at the time of the blast"]),
    ],
    places=[
        P("Muslim Bagh", "town", BA, "Killa Saifullah"),
        P("Killa Saifullah District", "district", BA, "Killa Saifullah"),
        P("Balochistan", "province", BA, None),
        P("Loiband road", "area", BA, "Killa Saifullah"),
        P("Killa Saifullah", "town", BA, "Killa Saifullah"),
    ],
    incidents=[
        I("an explosion occurred outside the election office of a Jamiat Ulema e Islam Fazl (JUI F) candidate", EXP, IED, "Bombing/Explosion",
          ISKP, "Civilians", BA, "Killa Saifullah", "Muslim Bagh", 1, "on February 6",
          4, {}, 11,
          "A motorcycle bomb outside a JUI F candidate's election office where party workers had gathered. 'At least four persons' = 4; they are 'persons', so no side is given. The ISKP claimed the blast; the TTP denied involvement, so the TTP is listed in actors (it is named) but is not a perpetrator. The candidate was absent, so GTD is Bombing/Explosion rather than Assassination. JUI F is a political party named only as the victim and is not listed."),
        I("unidentified men hurled a hand grenade at the office of an independent candidate", EXP, GRENADE, "Bombing/Explosion",
          UAG, "Civilians", BA, "Killa Saifullah", "Loiband road", 1, "on the same day",
          0, {}, 0,
          "A second, separate attack on an election office in Killa Saifullah town; gate and windows damaged; 'No one was hurt', so killed = 0 and injured = 0. The ISKP claim names only 'the blast' in Muslim Bagh, so this one stays Unidentified. A candidate's office is coded with actor2 Civilians, as a politician's property."),
    ])

G["AK-10"] = doc(
    "The Nation",
    actors=[
        A("Police", SF, 1, ["Police", "Punjab Police", "policemen"]),
    ],
    people=[
        H("Muhammad Riaz", ["Muhammad Riaz"], ["constable", "injured in the attack"]),
    ],
    places=[
        P("Bangi Khel", "town", PB, "Mianwali"),
        P("Isa Khel", "area", PB, "Mianwali"),
        P("Mianwali District", "district", PB, "Mianwali"),
        P("Punjab", "province", PB, None),
        P("Khyber Pakhtunkhwa", "province", KP, None),
        P("Lakki Marwat", "district", KP, "Lakki Marwat"),
        P("Mianwali", "city", PB, "Mianwali"),
    ],
    incidents=[
        I("Police repulsed an attack by militants on the Bangi Khel check post", BAT, CLASH, "Armed Assault",
          UAG, "Police", PB, "Mianwali", "Bangi Khel", 1, "on the intervening night of November 3 and 4",
          2, {"militants": 2}, 2,
          "Around a dozen attackers with grenades and automatic weapons attacked a police post; police repulsed them. 'Around a dozen' is the attackers' strength, not a casualty count. Killed: two terrorists. Injured: constable Muhammad Riaz and the wounded attacker left behind and arrested = 2. The arrest is part of this clash. No group is named. Lakki Marwat is only where the others fled; Mianwali city is where the bodies were taken."),
    ])

G["AK-11"] = doc(
    "The Express Tribune",
    actors=[
        A("Counter Terrorism Department", SF, 1, ["Counter Terrorism Department", "CTD"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
        A(JUA, AG, 2, ["Jamaat ul Ahrar"]),
    ],
    people=[
        H("Saifullah", ["Saifullah", "Saifi"], ["suspected TTP terrorist", "arrested"]),
        H("Gul Sher", ["Gul Sher"], ["suspected TTP terrorist", "arrested"]),
        H("Noor Zaman", ["Noor Zaman"], ["suspected TTP terrorist", "arrested"]),
    ],
    places=[
        P("Darya Khan", "town", PB, "Bhakkar"),
        P("Bhakkar District", "district", PB, "Bhakkar"),
        P("Punjab", "province", PB, None),
        P("Kallur Kot", "town", PB, "Bhakkar"),
    ],
    incidents=[
        I("arrested three suspected terrorists of the banned Tehreek e Taliban Pakistan (TTP)", SD_, ARRESTS, None,
          "Counter Terrorism Department", TTP, PB, "Bhakkar", "Darya Khan", 2, "on June 12",
          0, {}, None,
          "An intelligence-based operation 'near' Darya Khan (precision 2) with three TTP suspects arrested. The explosives, grenades, suicide jacket, detonators and pistol recovered, and the alleged plan against a gas installation and a shrine, are part of this arrest record rather than a separate Disrupted weapons use incident. Arrests get no GTD type."),
        I("CTD personnel arrested two activists of Jamaat ul Ahrar", SD_, ARRESTS, None,
          "Counter Terrorism Department", JUA, PB, "Bhakkar", "Kallur Kot", 1, "on the same day",
          0, {}, None,
          "A separate operation at a different place (a rented house in Kallur Kot, Bhakkar District) against a different group, so its own Arrests incident. The seized Kalashnikov, ammunition and literature are part of it."),
    ])

G["AK-12"] = doc(
    "Dawn",
    actors=[
        A("Border Military Police", SF, 1, ["Border Military Police", "BMP"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
        A("Police", SF, 1, ["police"]),
    ],
    people=[
        H("Ghulam Farid Buzdar", ["Ghulam Farid Buzdar"], ["BMP Sepoy", "injured in the attack, later died"]),
    ],
    places=[
        P("Zain Ghar", "area", PB, "Dera Ghazi Khan"),
        P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
        P("Punjab", "province", PB, None),
        P("Koh e Suleman", "area", PB, "Dera Ghazi Khan"),
        P("Balochistan", "province", BA, None),
        P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan"),
    ],
    incidents=[
        I("militants attacked a BMP check post at Zain Ghar", BAT, CLASH, "Armed Assault",
          TTP, "Border Military Police", PB, "Dera Ghazi Khan", "Zain Ghar", 1, "on May 28",
          3, {"security_forces": 3}, 2,
          "Rocket launchers and automatic weapons, and the BMP returned fire, so Battles/Armed clash (gunfire was exchanged, not rocket fire alone). The lead gives two killed and three injured; one injured sepoy died in the evening, so killed = 3 BMP personnel and injured = 2. The TTP claim (still being verified by police) makes the TTP actor1 under the claim rule. The BMP, the tribal area's state force, is actor2."),
    ])

G["AK-13"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["policemen", "police", "Police"]),
    ],
    people=[
        H("Khuda Bux", ["Khuda Bux", "Khudu Dashti"], ["notorious dacoit", "gang leader"]),
        H("Allah Ditta", ["Allah Ditta"], ["dacoit", "deputy of the gang leader", "killed in the operation", "carried head money of Rs 5 million"]),
    ],
    places=[
        P("Rojhan", "area", PB, "Rajanpur"),
        P("Rajanpur District", "district", PB, "Rajanpur"),
        P("Punjab", "province", PB, None),
        P("Basti Umrani", "town", PB, "Rajanpur"),
    ],
    incidents=[
        I("Two policemen were martyred and four dacoits killed during a police operation", BAT, CLASH, None,
          "Police", UAG, PB, "Rajanpur", "Rojhan", 2, "on Monday",
          6, {"security_forces": 2}, None,
          "A police operation against a dacoit gang in the riverine katcha area of Rojhan tehsil (tehsil level, precision 2). Killed: two policemen and four dacoits = 6. Dacoits are criminals, neither militants nor civilians, so only the policemen get a side. The gang is identified only by its leader's name (a person), not as a named organisation, so actor2 is Unidentified Armed Group; no militant group is involved. State-initiated, so GTD is null; the recovered weapons are part of the operation. The gang's past crimes 'for years' are background."),
        I("dacoits of the gang attacked a police picket at Basti Umrani", BAT, CLASH, "Armed Assault",
          UAG, "Police", PB, "Rajanpur", "Basti Umrani", 1, "two days ago",
          0, {}, 3,
          "The attack that prompted the operation, two days before it; three policemen injured, none killed. It is a distinct recent attack with its own place and date, so it is coded (unlike older background)."),
    ])

G["AK-14"] = doc(
    "The Express Tribune",
    actors=[
        A("Police", SF, 1, ["Police", "police"]),
    ],
    people=[
        H("Mukesh Kumar", ["Mukesh Kumar"], ["trader", "kidnapped for ransom, recovered by police"]),
        H("Abdul Ghaffar Sundrani", ["Abdul Ghaffar Sundrani"], ["trader", "kidnapped for ransom, recovered by police"]),
        H("Irfan Ali Chachar", ["Irfan Ali Chachar"], ["Senior Superintendent of Police (SSP)"]),
        H("Jaffar Sabzoi", ["Jaffar Sabzoi"], ["dacoit", "killed in the encounter"]),
    ],
    places=[
        P("Kashmore District", "district", SD, "Kashmore"),
        P("Sindh", "province", SD, None),
        P("Kandhkot Tangwani road", "area", SD, "Kashmore"),
        P("Kandhkot", "town", SD, "Kashmore"),
        P("Dhoro Naro", "area", SD, "Kashmore"),
    ],
    incidents=[
        I("had been abducted by armed men from the Kandhkot Tangwani road", VAC, ABDUCT, "Hostage Taking (Kidnapping)",
          UAG, "Civilians", SD, "Kashmore", "Kandhkot Tangwani road", 2, "on October 2",
          0, {}, None,
          "Two traders kidnapped for a ransom of Rs 10 million; a kidnapping for ransom by a criminal gang, no militant group. The place is a road between two towns, hence precision 2."),
        I("killed a kidnapper in an encounter in the katcha area of Kashmore District", BAT, CLASH, None,
          "Police", UAG, SD, "Kashmore", "Dhoro Naro", 1, "on Friday",
          1, {}, 1,
          "The police raid on the hideout in Dhoro Naro that recovered both traders: the dacoits opened fire and one, Jaffar Sabzoi, was killed; one police constable was injured. A kidnapper/dacoit fits none of the sides, so killed_by_side is empty. State-initiated raid, so GTD null. The recovery is part of this event."),
    ])

G["AK-15"] = doc(
    "Dawn",
    actors=[
        A("Police", SF, 1, ["Police"]),
        A("Jundullah", AG, 2, ["Jundullah"]),
        A(TTP, AG, 2, ["Tehreek e Taliban Pakistan", "TTP"]),
    ],
    people=[
        H("Ahmed Marwat", ["Ahmed Marwat"], ["Jundullah spokesman"]),
    ],
    places=[
        P("Mir Hassan Jatoi", "town", SD, "Shikarpur"),
        P("Khanpur", "area", SD, "Shikarpur"),
        P("Shikarpur District", "district", SD, "Shikarpur"),
        P("Sindh", "province", SD, None),
        P("Larkana", "city", SD, "Larkana"),
    ],
    incidents=[
        I("a bomb went off inside an imambargah in Mir Hassan Jatoi village", EXP, IED, "Bombing/Explosion",
          "Jundullah", "Civilians", SD, "Shikarpur", "Mir Hassan Jatoi", 1, "on January 23",
          14, {"civilians": 14}, 28,
          "A timed device planted near the pulpit of an imambargah during Friday prayers. 'At least a dozen' = 12 killed at first; two of the 30 injured died on the way to Larkana, so killed = 14 (as the text's toll says) and injured = 28, each victim counted once. Worshippers are a civilian role; the '30 others' injured in a mosque at prayer are read as worshippers too, so the two who died later are also civilians (civilians = 14; the strict alternative is 12). Jundullah, described as a TTP splinter group, claimed it, so actor1 is Jundullah, not the TTP."),
    ])
