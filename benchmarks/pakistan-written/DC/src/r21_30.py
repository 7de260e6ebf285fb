from common import *

# ---------------------------------------------------------------- DC-21
report(21, "Reuters", """
QUETTA, Pakistan, Oct 8 (Reuters) - Separatist militants attacked a coast guard post near Pakistan's border with Iran overnight, killing four personnel in a gunbattle that lasted several hours, officials said on Tuesday.

Around 15 attackers armed with rocket-propelled grenades and assault rifles struck the Pakistan Coast Guards post at Kappar Bandar, a fishing village near the town of Jiwani in Gwadar district, a senior security official told Reuters on condition of anonymity. Two attackers were killed when reinforcements arrived, the official said.

The Balochistan Liberation Front (BLF) claimed responsibility. Its spokesman, who uses the name Kachkol Baloch, said in a statement that the group's fighters had "seized the post for three hours", a claim officials denied.

Gwadar, home to a Chinese-run deep-sea port, has seen a rise in attacks as separatists oppose Chinese investment, which they say brings few jobs to local people.

The BLF, one of the oldest Baloch insurgent groups, has targeted workers on road projects and security posts along the Makran coast. In March, BLA fighters attacked the Gwadar Port Authority complex; all eight attackers and two soldiers were killed, the military said.

Tensions on the Iranian border flared in January when Iranian missiles and drones struck a village in Panjgur district, killing two children, in what Iran said was a strike on a militant group. Pakistan retaliated with strikes inside Iran the next day.
""",
actors=[ac("Pakistan Coast Guards", "state_force", 1, "Pakistan Coast Guards"),
        ac("Balochistan Liberation Front", "armed_group", 2, "Balochistan Liberation Front", "BLF"),
        BLA("BLA"), SF("soldiers", "military")],
people=[pe("Kachkol Baloch", ["Kachkol Baloch"], ["BLF spokesman (nom de guerre)"])],
places=[pl("Iran", "country", None, None),
        pl("Kappar Bandar", "town", BA, "Gwadar"), pl("Jiwani", "town", BA, "Gwadar"),
        pl("Gwadar district", "district", BA, "Gwadar"), pl("Makran coast", "area", BA, None),
        pl("Gwadar Port Authority complex", "area", BA, "Gwadar"), pl("Panjgur district", "district", BA, "Panjgur")],
quotes=[q("Balochistan Liberation Front (Kachkol Baloch)", "seized the post for three hours")],
incidents=[
    inc("Separatist militants attacked a coast guard post near Pakistan's border with Iran", "Armed clash",
        "Armed Assault", "Balochistan Liberation Front", "Pakistan Coast Guards", "Kappar Bandar", 1, "overnight", 6,
        {"security_forces": 4, "militants": 2}, None,
        "Claimed by the BLF. RPGs with rifle fire and a gunbattle: Armed clash, not Shelling. The BLF's claim to "
        "have 'seized the post for three hours' is denied by officials and not coded as a territorial change. "
        "Four personnel and two attackers killed."),
    inc("BLA fighters attacked the Gwadar Port Authority complex", "Armed clash", "Armed Assault",
        "Balochistan Liberation Army", "Security Forces", "Gwadar Port Authority complex", 1, "In March", 10,
        {"militants": 8, "security_forces": 2}, None,
        BG + "The text names the BLA as the attacker outright (no claim sentence); taken as the perpetrator."),
    inc("Iranian missiles and drones struck a village in Panjgur district", "Air/drone strike", None, None,
        "Civilians", "Panjgur district", 2, "in January", 2, {}, None,
        BG + "A foreign state strike: actor1 null under the foreign-forces rule, no GTD type. The village is "
        "unnamed, so district at precision 2. The dead are 'two children'; the rules list no age category as a "
        "side, so killed_by_side is left empty (as satp-sa-dev-120 does for a child). Pakistan's retaliation was "
        "inside Iran and is not coded."),
],
not_incidents=["has targeted workers on road projects and security posts along the Makran coast",
               "Pakistan retaliated with strikes inside Iran the next day",
               "has seen a rise in attacks as separatists oppose Chinese investment"],
profiles={"Balochistan Liberation Front": {"area": ["Makran coast"], "gtd_target_types": ["Business", "Military"],
                                           "evidence": "has targeted workers on road projects and security posts along the Makran coast"}})

# ---------------------------------------------------------------- DC-22
report(22, "Associated Press", """
QUETTA, Pakistan (AP) — A bomb hidden in a parked motorcycle exploded next to a paramilitary vehicle in the southwestern Pakistani city of Quetta on Sunday, killing two passers-by and wounding nine Frontier Corps soldiers, police said.

The bomb was detonated by remote control as the vehicle slowed at an intersection on Airport Road, said police officer Azhar Mehmood Kasi. Four other civilians were also wounded, he said.

The Pakistani Taliban claimed responsibility in a statement from its spokesman, Mohammad Zaid Mehsud, who said the group's fighters would continue attacking security forces "until Islamic law is enforced."

Violence has been on the rise in Balochistan province, where the Pakistani Taliban operate alongside Baloch separatist groups and a local Islamic State affiliate. In April, a car bomb in the parking lot of the Serena hotel in Quetta killed five people in an attack also claimed by the Pakistani Taliban. In January, gunmen abducted 11 coal miners from the minority Shiite Hazara community near the town of Machh, took them to nearby hills and shot them dead. Islamic State-Khorasan Province claimed that attack.

The Hazara community held a sit-in with the coffins for nearly a week before the prime minister visited the city.

Officials fear that the withdrawal of U.S. troops from neighboring Afghanistan, due to be completed by September, will embolden militants on both sides of the border.
""",
actors=[FC("Frontier Corps"), TTP("Pakistani Taliban"), ISKP("Islamic State-Khorasan Province"), POL("police"),
        SF("security forces")],
people=[pe("Azhar Mehmood Kasi", ["Azhar Mehmood Kasi"], ["police officer"]),
        pe("Mohammad Zaid Mehsud", ["Mohammad Zaid Mehsud"], ["Pakistani Taliban spokesman"])],
places=[pl("Quetta", "city", BA, "Quetta"), pl("Airport Road", "area", BA, "Quetta"),
        pl("Balochistan", "province", BA, None), pl("Serena hotel", "area", BA, "Quetta"),
        pl("Machh", "town", BA, "Kachhi"), pl("Afghanistan", "country", None, None)],
quotes=[q("Mohammad Zaid Mehsud", "until Islamic law is enforced.")],
incidents=[
    inc("A bomb hidden in a parked motorcycle exploded next to a paramilitary vehicle", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Frontier Corps", "Airport Road", 1, "on Sunday", 2,
        {"civilians": 2}, 13,
        "Remote-detonated motorcycle bomb aimed at an FC vehicle, claimed by the Pakistani Taliban. The dead are "
        "passers-by (civilians); injured = nine FC soldiers + four civilians."),
    inc("a car bomb in the parking lot of the Serena hotel in Quetta killed five people", "Remote explosive/landmine/IED",
        "Bombing/Explosion", "Tehreek-e-Taliban Pakistan", "Civilians", "Serena hotel", 1, "In April", 5, {}, None,
        BG + "Claimed by the Pakistani Taliban. 'A car bomb' with no suicide bomber mentioned: IED. 'People': no side."),
    inc("gunmen abducted 11 coal miners from the minority Shiite Hazara community near the town of Machh",
        "Attack", "Hostage Taking (Kidnapping)", "Islamic State-Khorasan Province", "Civilians", "Machh", 2,
        "In January", 11, {"civilians": 11}, None,
        BG + "Abducted and then shot: Attack with GTD Kidnapping. Claimed by IS-Khorasan. Coal miners are a "
        "civilian role. Machh is in Kachhi (Bolan) district (general knowledge). 'Near the town', precision 2."),
    inc("The Hazara community held a sit-in with the coffins for nearly a week", "Peaceful protest", None,
        "Protesters", None, "Quetta", 2, None, 0, {}, None,
        BG + "A protest following the Machh killings; the text gives no date of its own (it follows January) and "
        "implies Quetta ('visited the city'), precision 2."),
],
not_incidents=["the Pakistani Taliban operate alongside Baloch separatist groups and a local Islamic State affiliate",
               "Violence has been on the rise in Balochistan province"],
profiles={"Tehreek-e-Taliban Pakistan": {"area": ["Balochistan"], "gtd_target_types": ["Military"],
                                         "evidence": "would continue attacking security forces"}})

# ---------------------------------------------------------------- DC-23
report(23, "AFP", """
JACOBABAD, Pakistan (AFP) - A bomb planted on a railway track exploded as a passenger train bound for Quetta passed near the town of Jacobabad in southern Pakistan on Tuesday, derailing six carriages and wounding at least eight passengers, railway officials said.

The Jaffar Express, which runs between Peshawar and Quetta, was carrying about 270 passengers when the blast tore up a section of track near the village of Sher Khan Goth, a railway police superintendent, Imtiaz Ali Shah, told AFP. No one was killed. "The driver slowed down in time, otherwise the whole train would have overturned," he said.

No group immediately claimed responsibility, but officials blamed Baloch separatists, who have repeatedly attacked the railway line linking Balochistan to the rest of the country.

Later on Tuesday, a bomb disposal squad defused a second device planted on the same line near Sibi, in neighbouring Balochistan province, police said.

In March, Balochistan Liberation Army fighters blew up a section of track and seized the same train in the Bolan Pass, holding hundreds of passengers hostage for more than a day. The military said 26 hostages and 33 attackers were killed before troops ended the siege, one of the most audacious attacks in the group's two-decade insurgency.

Train services to Quetta were suspended for weeks after that attack. Railway officials said services would resume on Thursday after repairs.

The BLA, which seeks independence for Balochistan, has in recent years stepped up attacks on security forces, infrastructure and workers from other provinces, and has deployed suicide bombers, including women.
""",
actors=[ac("Bomb Disposal Squad", "state_force", 1, "bomb disposal squad"),
        BLA("Balochistan Liberation Army", "BLA"), POL("police"), SF("military", "troops")],
people=[pe("Imtiaz Ali Shah", ["Imtiaz Ali Shah"], ["railway police superintendent"])],
places=[pl("Jacobabad", "town", SI, "Jacobabad"), pl("Quetta", "city", BA, "Quetta"),
        pl("Peshawar", "city", KP, "Peshawar"), pl("Sher Khan Goth", "town", SI, "Jacobabad"),
        pl("Balochistan", "province", BA, None), pl("Sibi", "town", BA, "Sibi"),
        pl("Bolan Pass", "area", BA, "Kachhi")],
quotes=[q("Imtiaz Ali Shah", "The driver slowed down in time")],
incidents=[
    inc("A bomb planted on a railway track exploded as a passenger train bound for Quetta passed",
        "Remote explosive/landmine/IED", "Bombing/Explosion", "Unidentified Armed Group", "Civilians",
        "Sher Khan Goth", 2, "on Tuesday", 0, {}, 8,
        "Track bomb under a passenger train: no one killed, 'at least eight' passengers wounded. Officials "
        "'blamed Baloch separatists' - an accusation, not a claim - so Unidentified. 'Near the village', "
        "precision 2. GTD could also be Facility/Infrastructure Attack; explosives, so Bombing/Explosion."),
    inc("a bomb disposal squad defused a second device planted on the same line near Sibi", "Disrupted weapons use",
        "Bombing/Explosion", "Bomb Disposal Squad", "Unidentified Armed Group", "Sibi", 2, "Later on Tuesday", 0,
        {}, None,
        "Second fresh incident: a defused device is Disrupted weapons use (as satp-sa-dev-109). 'Near Sibi', "
        "precision 2. Sibi district is assumed from the town (general knowledge)."),
    inc("Balochistan Liberation Army fighters blew up a section of track and seized the same train in the Bolan Pass",
        "Attack", "Hijacking", "Balochistan Liberation Army", "Civilians", "Bolan Pass", 2, "In March", 59,
        {"militants": 33}, None,
        BG + "Train seized and passengers held hostage, ended by troops. Coded as one record: killed = 26 hostages "
        "+ 33 attackers. Hostages have no stated status, so only the militants get a side. Judgement call: ACLED "
        "might split this into an Abduction (hostage-taking) and a Battles event (the rescue). Bolan Pass is in "
        "Kachhi district (general knowledge)."),
],
not_incidents=["who have repeatedly attacked the railway line linking Balochistan to the rest of the country",
               "Train services to Quetta were suspended for weeks after that attack",
               "has in recent years stepped up attacks on security forces, infrastructure and workers from other provinces"],
profiles={"Balochistan Liberation Army": {"area": ["Balochistan"], "gtd_attack_types": ["Bombing/Explosion"],
                                          "gtd_target_types": ["Military", "Transportation", "Private Citizens & Property"],
                                          "evidence": "has in recent years stepped up attacks on security forces, infrastructure and workers from other provinces, and has deployed suicide bombers"}})

# ---------------------------------------------------------------- DC-24
report(24, "Associated Press", """
DERA ISMAIL KHAN, Pakistan (AP) — Gunmen shot and killed a local journalist outside his home in northwest Pakistan on Thursday, police said, the latest in a string of attacks on reporters in the country.

Javed Iqbal Sial, 38, who reported for an Urdu-language daily and ran a local news website, was leaving for work when two men on a motorcycle fired at him in the Shorkot Mohalla neighborhood of Dera Ismail Khan, police official Sardar Ali Gandapur said. He died on the way to hospital.

Colleagues said Sial had received threats after reporting on the seizure of state land by influential families and on militant activity in the district. No one claimed responsibility, and police said they were investigating all possible motives.

"He knew he was in danger, but he refused to stop writing," said Rafiq Baloch, president of the local press club, which announced three days of protest.

Reporters in the district, which borders the former tribal areas, say they often censor themselves. Militants there have in the past bombed music and CD shops they consider un-Islamic and threatened newspapers that refused to print their statements.

Last year, gunmen killed a reporter for a Sindhi-language television channel in the town of Kandhkot in southern Pakistan.

The Committee to Protect Journalists ranks Pakistan among the world's most dangerous countries for reporters, and few killings of journalists are ever solved. Press freedom groups say reporters face threats both from militants and from the country's powerful security agencies.
""",
actors=[POL("police")],
people=[pe("Javed Iqbal Sial", ["Javed Iqbal Sial", "Sial"], ["local journalist", "reporter for an Urdu-language daily", "killed"]),
        pe("Sardar Ali Gandapur", ["Sardar Ali Gandapur"], ["police official"]),
        pe("Rafiq Baloch", ["Rafiq Baloch"], ["president of the local press club"])],
places=[pl("Dera Ismail Khan", "city", KP, "Dera Ismail Khan"), pl("Shorkot Mohalla", "area", KP, "Dera Ismail Khan"),
        pl("Kandhkot", "town", SI, "Kashmore")],
quotes=[q("Rafiq Baloch", "He knew he was in danger")],
incidents=[
    inc("Gunmen shot and killed a local journalist outside his home", "Attack", "Armed Assault",
        "Unidentified Armed Group", "Civilians", "Shorkot Mohalla", 1, "on Thursday", 1, {"civilians": 1}, None,
        "A journalist is a civilian role. A local reporter is not a prominent figure under the rules, so Armed "
        "Assault rather than Assassination (judgement call). Unclaimed."),
    inc("gunmen killed a reporter for a Sindhi-language television channel in the town of Kandhkot", "Attack",
        "Armed Assault", "Unidentified Armed Group", "Civilians", "Kandhkot", 1, "Last year", 1, {"civilians": 1},
        None, BG + "Kandhkot is in Kashmore district, Sindh (general knowledge; text says 'southern Pakistan')."),
],
not_incidents=["Militants there have in the past bombed music and CD shops",
               "which announced three days of protest",
               "reporters face threats both from militants and from the country's powerful security agencies"])

# ---------------------------------------------------------------- DC-25
report(25, "Reuters", """
LAHORE, Pakistan, Dec 12 (Reuters) - Police in Pakistan's Punjab province repulsed an overnight attack on a police post near the provincial boundary with Khyber Pakhtunkhwa, killing three militants, officials said on Tuesday.

About 10 militants armed with assault rifles and hand grenades attacked the Chapri Kacha police post in Isa Khel tehsil of Mianwali district, said regional police officer Mubashir Ahmed Cheema. One constable was wounded. "Our men held their positions for two hours and the attackers fled, leaving three bodies behind," he said.

Tehreek-e-Jihad Pakistan, a little-known group that emerged this year, claimed responsibility in a message to journalists.

Police in Dera Ghazi Khan district, which borders Balochistan, have also been put on alert after intelligence reports that militants were moving through the Sulaiman mountains, the provincial Counter Terrorism Department (CTD) said.

Punjab, Pakistan's most populous and prosperous province, has largely been spared the violence that has gripped the northwest. But militants have increasingly struck its western districts.

In November, militants attacked an air force training base in Mianwali, damaging three grounded aircraft. The military said all nine attackers were killed. Tehreek-e-Jihad Pakistan also claimed that attack.

Security officials say Tehreek-e-Jihad Pakistan is a front for the Pakistani Taliban, which has not commented on the group. The Pakistani Taliban ended a ceasefire with the government last year and has since stepped up attacks, mostly against police and soldiers.
""",
actors=[POL("Police", "police"), ac("Tehreek-e-Jihad Pakistan", "armed_group", 2, "Tehreek-e-Jihad Pakistan"),
        CTD("Counter Terrorism Department", "CTD"), TTP("Pakistani Taliban"), SF("military", "soldiers")],
people=[pe("Mubashir Ahmed Cheema", ["Mubashir Ahmed Cheema"], ["regional police officer"])],
places=[pl("Punjab", "province", PU, None),
        pl("Khyber Pakhtunkhwa", "province", KP, None), pl("Chapri Kacha", "town", PU, "Mianwali"),
        pl("Isa Khel", "area", PU, "Mianwali"), pl("Mianwali district", "district", PU, "Mianwali"),
        pl("Dera Ghazi Khan district", "district", PU, "Dera Ghazi Khan"), pl("Balochistan", "province", BA, None),
        pl("Mianwali", "city", PU, "Mianwali")],
quotes=[q("Mubashir Ahmed Cheema", "Our men held their positions for two hours")],
incidents=[
    inc("About 10 militants armed with assault rifles and hand grenades attacked the Chapri Kacha police post",
        "Armed clash", "Armed Assault", "Tehreek-e-Jihad Pakistan", "Police", "Chapri Kacha", 1, "overnight", 3,
        {"militants": 3}, 1,
        "Claimed by Tehreek-e-Jihad Pakistan. Three attackers killed ('leaving three bodies behind'), one constable "
        "wounded. Officials' view that the group is a TTP front does not change actor1."),
    inc("militants attacked an air force training base in Mianwali", "Armed clash", "Armed Assault",
        "Tehreek-e-Jihad Pakistan", "Security Forces", "Mianwali", 2, "In November", 9, {"militants": 9}, None,
        BG + "Claimed by Tehreek-e-Jihad Pakistan. All nine attackers killed; three grounded aircraft damaged. "
        "The base is 'in Mianwali' without a precise site, precision 2."),
],
not_incidents=["militants have increasingly struck its western districts",
               "Police in Dera Ghazi Khan district, which borders Balochistan, have also been put on alert",
               "The Pakistani Taliban ended a ceasefire with the government last year",
               "has since stepped up attacks, mostly against police and soldiers"],
relations=[rel("Tehreek-e-Jihad Pakistan", "Tehreek-e-Taliban Pakistan", "alleged_front",
               "Security officials say Tehreek-e-Jihad Pakistan is a front for the Pakistani Taliban")],
profiles={"Tehreek-e-Taliban Pakistan": {"gtd_target_types": ["Police", "Military"],
                                         "evidence": "has since stepped up attacks, mostly against police and soldiers"}})

# ---------------------------------------------------------------- DC-26
report(26, "AFP", """
KOHAT, Pakistan (AFP) - Gunmen kidnapped three engineers working on a road project in northwest Pakistan on Monday, officials said, in the latest abduction in a region where kidnapping for ransom has become a lucrative business for militants.

The engineers, employees of a private construction firm widening the road to Hangu, were seized along with their driver from a site near the village of Tor Sappar, about 15 kilometres west of Kohat, district police chief Sher Akbar Khan said. The driver was released hours later on a remote hillside and walked to a police checkpoint.

"We suspect a local Taliban group, but no one has contacted the families yet," Khan told AFP.

Kohat police said checkpoints had been set up on roads leading to the Orakzai tribal region, where they believe kidnappers often hold their hostages in caves and compounds beyond the reach of the police.

Kidnapping for ransom has become a key source of funding for the Pakistani Taliban and allied criminal gangs, officials say, with targets ranging from wealthy businessmen to foreign aid workers.

In December, militants abducted 22 members of the Levies force from checkposts near Peshawar and later shot 21 of them dead, dumping their bodies in a field. The Pakistani Taliban claimed the killings.

The army has carried out several offensives in Orakzai and neighbouring Khyber since 2009, but militants continue to slip back into the rugged valleys from sanctuaries along the Afghan border.
""",
actors=[POL("police"), TTP("Pakistani Taliban", "Taliban"), LEV("Levies"), SF("army")],
people=[pe("Sher Akbar Khan", ["Sher Akbar Khan", "Khan"], ["district police chief"])],
places=[pl("Hangu", "town", KP, "Hangu"), pl("Tor Sappar", "town", KP, "Kohat"), pl("Kohat", "city", KP, "Kohat"),
        pl("Orakzai", "district", KP, "Orakzai"), pl("Peshawar", "city", KP, "Peshawar"),
        pl("Khyber", "district", KP, "Khyber")],
quotes=[q("Sher Akbar Khan", "We suspect a local Taliban group")],
incidents=[
    inc("Gunmen kidnapped three engineers working on a road project", "Abduction/forced disappearance",
        "Hostage Taking (Kidnapping)", "Unidentified Armed Group", "Civilians", "Tor Sappar", 2, "on Monday", 0, {},
        None,
        "Three engineers and their driver seized (driver freed hours later). Police only 'suspect a local Taliban "
        "group' - no claim - so Unidentified. 'Near the village', precision 2."),
    inc("militants abducted 22 members of the Levies force from checkposts near Peshawar", "Attack",
        "Hostage Taking (Kidnapping)", "Tehreek-e-Taliban Pakistan", "Levies", "Peshawar", 2, "In December", 21,
        {"security_forces": 21}, None,
        BG + "Abducted and later killed: Attack with GTD Kidnapping, per the rules, even though the victims are a "
        "state force. Claimed by the Pakistani Taliban. 'Near Peshawar', precision 2."),
],
not_incidents=["kidnapping for ransom has become a lucrative business for militants",
               "The army has carried out several offensives in Orakzai and neighbouring Khyber since 2009",
               "Kohat police said checkpoints had been set up on roads leading to the Orakzai tribal region"],
profiles={"Tehreek-e-Taliban Pakistan": {"gtd_attack_types": ["Hostage Taking (Kidnapping)"],
                                         "gtd_target_types": ["Business", "NGO"],
                                         "evidence": "Kidnapping for ransom has become a key source of funding for the Pakistani Taliban"}})

# ---------------------------------------------------------------- DC-27
report(27, "Reuters", """
QUETTA, Pakistan, Feb 3 (Reuters) - Attackers hurled a grenade at the election office of a candidate in Pakistan's southwestern province of Balochistan on Saturday, wounding three party workers, police said, five days before the country votes in a general election.

The grenade was thrown from a passing motorcycle at the office of Mir Asghar Rind, an independent candidate for a provincial assembly seat, on Main Bazaar road in the town of Turbat, police official Habib Baloch said. Rind was not at the office at the time.

Late on Friday, gunmen opened fire on the convoy of another provincial assembly candidate, Sardar Naseer Ahmed Nosherwani, in Kharan district, killing one of his guards, police said. Nosherwani escaped unhurt.

No group claimed either attack. Baloch separatist groups have called for a boycott of the Feb. 8 vote and warned people to stay away from polling stations.

The election commission has declared dozens of polling stations in Balochistan and Khyber Pakhtunkhwa "highly sensitive", and the government has said it will deploy troops at many of them.

Election campaigns in Pakistan have often been targeted. In July 2018, a suicide bomber killed more than 140 people at an election rally in Mastung, in one of the deadliest attacks in the country's history. Islamic State-Khorasan Province (ISKP) claimed responsibility. On polling day in 2018, a suicide bomber killed 31 people outside a polling station in Quetta.

"Candidates are campaigning with fear. Nobody holds big rallies any more," said Abdul Basit Kakar, a political analyst in Quetta.
""",
actors=[ISKP("Islamic State-Khorasan Province", "ISKP"), POL("police"), SF("troops")],
people=[pe("Mir Asghar Rind", ["Mir Asghar Rind", "Rind"], ["independent candidate for a provincial assembly seat"]),
        pe("Habib Baloch", ["Habib Baloch"], ["police official"]),
        pe("Sardar Naseer Ahmed Nosherwani", ["Sardar Naseer Ahmed Nosherwani", "Nosherwani"],
           ["provincial assembly candidate"]),
        pe("Abdul Basit Kakar", ["Abdul Basit Kakar"], ["political analyst in Quetta"])],
places=[pl("Quetta", "city", BA, "Quetta"), pl("Balochistan", "province", BA, None),
        pl("Main Bazaar road", "area", BA, "Kech"), pl("Turbat", "town", BA, "Kech"),
        pl("Kharan district", "district", BA, "Kharan"), pl("Khyber Pakhtunkhwa", "province", KP, None),
        pl("Mastung", "district", BA, "Mastung")],
quotes=[q("Election commission", "highly sensitive"),
        q("Abdul Basit Kakar", "Candidates are campaigning with fear")],
incidents=[
    inc("Attackers hurled a grenade at the election office of a candidate", "Grenade", "Bombing/Explosion",
        "Unidentified Armed Group", "Civilians", "Main Bazaar road", 1, "on Saturday", 0, {}, 3,
        "Grenade from a passing motorcycle at an independent candidate's office; three party workers wounded. "
        "Turbat is in Kech district (general knowledge). The candidate was absent, so not an assassination "
        "attempt on him as far as the text shows. Unclaimed; the separatists' boycott call is not a claim."),
    inc("gunmen opened fire on the convoy of another provincial assembly candidate", "Attack", "Assassination",
        "Unidentified Armed Group", "Civilians", "Kharan district", 2, "Late on Friday", 1, {"civilians": 1}, None,
        "Second fresh incident: an attempt on a named candidate (prominent target), so GTD Assassination, as "
        "satp-sa-dev-141. The guard killed takes his principal's side (civilian). Only the district, precision 2."),
    inc("a suicide bomber killed more than 140 people at an election rally in Mastung", "Suicide bomb",
        "Bombing/Explosion", "Islamic State-Khorasan Province", "Civilians", "Mastung", 2, "In July 2018", 140, {},
        None, BG + "Claimed by ISKP. A rally, not a named target, so Bombing/Explosion. 'More than 140' = 140. "
        "'In Mastung' without a site, precision 2."),
    inc("a suicide bomber killed 31 people outside a polling station in Quetta", "Suicide bomb", "Bombing/Explosion",
        "Unidentified Armed Group", "Civilians", "Quetta", 2, "On polling day in 2018", 31, {}, None,
        BG + "No claim stated. The polling station is unnamed, so city at precision 2."),
],
not_incidents=["Baloch separatist groups have called for a boycott of the Feb. 8 vote and warned people to stay away from polling stations",
               "the government has said it will deploy troops at many of them"])

# ---------------------------------------------------------------- DC-28
report(28, "Associated Press", """
MARDAN, Pakistan (AP) — Gunmen attacked a police checkpoint outside a government girls' college in northwest Pakistan on Monday, killing a policeman before guards shot dead two of the attackers, police said.

The attack took place at the gate of the college in the Sheikh Maltoon Town area of Mardan, said district police chief Faisal Shahzad Khattak. A third attacker escaped, and police were searching nearby fields. About 600 students were inside, but none was hurt, he said.

"The policemen at the gate stopped them from entering. They are heroes," Khattak said.

Jamaat-ul-Ahrar, a breakaway faction of the Pakistani Taliban, claimed the attack in an email to reporters, saying it targeted the college because it "spreads Western education."

Educational institutions have been on high alert since January, when four gunmen stormed Bacha Khan University in the nearby town of Charsadda, killing 21 people, most of them students, before troops killed all four attackers. A Pakistani Taliban commander claimed that attack, though the group's main spokesman disowned it.

Jamaat-ul-Ahrar, which is based in Afghanistan's eastern provinces, has also claimed attacks on Christians, lawyers and security forces this year.

Mardan, about 50 kilometers (30 miles) northeast of Peshawar, has seen several attacks on police in recent months, and provincial authorities have ordered private schools and colleges to raise their boundary walls and hire armed guards.
""",
actors=[POL("police", "policemen"), JUA("Jamaat-ul-Ahrar"), TTP("Pakistani Taliban"), SF("troops")],
people=[pe("Faisal Shahzad Khattak", ["Faisal Shahzad Khattak", "Khattak"], ["district police chief"])],
places=[pl("Sheikh Maltoon Town", "area", KP, "Mardan"), pl("Mardan", "city", KP, "Mardan"),
        pl("Bacha Khan University", "area", KP, "Charsadda"), pl("Charsadda", "town", KP, "Charsadda"),
        pl("Afghanistan", "country", None, None), pl("Peshawar", "city", KP, "Peshawar")],
quotes=[q("Faisal Shahzad Khattak", "The policemen at the gate stopped them from entering"),
        q("Jamaat-ul-Ahrar", "spreads Western education.")],
incidents=[
    inc("Gunmen attacked a police checkpoint outside a government girls' college", "Armed clash", "Armed Assault",
        "Jamaat-ul-Ahrar", "Police", "Sheikh Maltoon Town", 1, "on Monday", 3, {"security_forces": 1, "militants": 2},
        0,
        "Claimed by Jamaat-ul-Ahrar. The attack hit the police post at the gate, so Battles/Armed clash with "
        "actor2 Police, although the group says the college was its target. One policeman and two attackers "
        "killed. 'None was hurt' refers to the students; no other injuries reported, so injured = 0 (judgement)."),
    inc("four gunmen stormed Bacha Khan University in the nearby town of Charsadda", "Attack", "Armed Assault",
        "Tehreek-e-Taliban Pakistan", "Civilians", "Bacha Khan University", 1, "January", 25, {"militants": 4}, None,
        BG + "21 people (mostly students, no count) plus four attackers killed by troops. A TTP commander claimed "
        "it but the main spokesman disowned it; the claim is kept (judgement call). The troops' killing of the "
        "attackers is kept in the same record rather than a separate Battles event."),
],
not_incidents=["has also claimed attacks on Christians, lawyers and security forces this year",
               "has seen several attacks on police in recent months",
               "Educational institutions have been on high alert since January"],
relations=[rel("Jamaat-ul-Ahrar", "Tehreek-e-Taliban Pakistan", "splinter_of",
               "a breakaway faction of the Pakistani Taliban")],
profiles={"Jamaat-ul-Ahrar": {"area": ["Afghanistan"],
                              "gtd_target_types": ["Religious Figures/Institutions", "Private Citizens & Property",
                                                   "Military", "Educational Institution"],
                              "evidence": "has also claimed attacks on Christians, lawyers and security forces this year"}})

# ---------------------------------------------------------------- DC-29
report(29, "Reuters", """
ISLAMABAD, May 2 (Reuters) - Pakistan's military said on Friday it had killed 17 militants who were trying to cross into the country from Afghanistan in the North Waziristan district, as violence surges in the country's northwest.

Troops intercepted the group overnight near the Ghulam Khan border crossing and one soldier was killed in the ensuing firefight, the military's media wing said in a statement. It said the militants belonged to "Fitna al-Khawarij", the term the state uses for the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP).

The TTP did not comment. The statement did not say how the militants were identified, and the toll could not be independently verified as the area is closed to journalists.

Separately, residents of Mir Ali said a small drone dropped an explosive on a house in the town on Thursday afternoon, wounding four children and a woman. Police blamed militants, who have increasingly used commercial quadcopters to attack police stations in the region. "We don't know who sends these drones. We just want them to stop," said resident Gul Nawaz Dawar.

Islamabad accuses Afghanistan's Taliban government of letting the TTP use Afghan soil to plan attacks, a charge the Afghan Taliban deny. Relations between the neighbours have deteriorated sharply, and Pakistan has deported hundreds of thousands of Afghans living in the country without papers.

Last year was the deadliest in a decade for Pakistan, with more than 1,600 people killed in militant violence, according to an Islamabad-based think tank. Most of the attacks were in Khyber Pakhtunkhwa and Balochistan provinces bordering Afghanistan.
""",
actors=[SF("military", "Troops", "soldier"),
        TTP("Fitna al-Khawarij", "Pakistani Taliban", "Tehrik-e-Taliban Pakistan", "TTP"), POL("Police")],
people=[pe("Gul Nawaz Dawar", ["Gul Nawaz Dawar"], ["resident of Mir Ali"])],
places=[pl("Islamabad", "city", ICT, "Islamabad"), pl("Afghanistan", "country", None, None),
        pl("North Waziristan", "district", KP, "North Waziristan"), pl("Ghulam Khan", "area", KP, "North Waziristan"),
        pl("Mir Ali", "town", KP, "North Waziristan"), pl("Khyber Pakhtunkhwa", "province", KP, None),
        pl("Balochistan", "province", BA, None)],
quotes=[q("Pakistani military (statement)", "Fitna al-Khawarij"),
        q("Gul Nawaz Dawar", "We don't know who sends these drones")],
incidents=[
    inc("Troops intercepted the group overnight near the Ghulam Khan border crossing", "Armed clash", None,
        "Security Forces", "Tehreek-e-Taliban Pakistan", "Ghulam Khan", 2, "overnight", 18,
        {"militants": 17, "security_forces": 1}, None,
        "State interception, so actor1 Security Forces and no GTD type. The military calls the dead 'Fitna "
        "al-Khawarij', its term for the TTP; as with official affiliations in the dev set, actor2 is the TTP "
        "(the TTP did not comment). 'Near' the crossing, precision 2. The toll is the military's and unverified."),
    inc("a small drone dropped an explosive on a house in the town", "Air/drone strike", "Bombing/Explosion",
        "Unidentified Armed Group", "Civilians", "Mir Ali", 1, "on Thursday afternoon", 0, {}, 5,
        "Second fresh incident. A weaponised quadcopter: ACLED Air/drone strike whoever flies it. Police blamed "
        "militants but nobody claimed it, so Unidentified. Four children and a woman wounded."),
],
not_incidents=["who have increasingly used commercial quadcopters to attack police stations in the region",
               "Pakistan has deported hundreds of thousands of Afghans living in the country without papers",
               "with more than 1,600 people killed in militant violence"])

# ---------------------------------------------------------------- DC-30
report(30, "AFP", """
PARACHINAR, Pakistan (AFP) - A bomb hidden in a crate of vegetables exploded in a crowded market in Parachinar, the main town of Pakistan's Kurram tribal region, on Friday, killing nine people and wounding 40, officials said.

The blast struck the Turi Bazaar shortly before Friday prayers as residents shopped for the holy month of Ramadan, said local administration official Naveed Akbar. Most of the victims were members of the Shiite community, which makes up the majority of the town.

Lashkar-e-Jhangvi al-Alami, a faction of the banned sectarian group Lashkar-e-Jhangvi, claimed responsibility, saying the attack was revenge for Shiite fighters who have joined the war in Syria on the side of the government.

On Saturday, hundreds of protesters gathered outside the office of the political agent, the region's top administrator, demanding better security. Witnesses said paramilitary Frontier Corps troops guarding the compound opened fire on the crowd, killing two protesters and wounding 11. A Frontier Corps spokesman said the troops had fired into the air after the protesters threw stones.

The protesters refused to end their sit-in until an inquiry was ordered into the shooting.

In January, a bomb in the same market killed 25 people.

Kurram, which borders Afghanistan on three sides, has long been scarred by sectarian violence. Sunni militant groups have repeatedly targeted its Shiite population, and the region's only road link to the rest of the country has been cut for months at a time.
""",
actors=[ac("Lashkar-e-Jhangvi al-Alami", "armed_group", 2, "Lashkar-e-Jhangvi al-Alami"), LEJ("Lashkar-e-Jhangvi"),
        FC("Frontier Corps")],
people=[pe("Naveed Akbar", ["Naveed Akbar"], ["local administration official"])],
places=[pl("Parachinar", "town", KP, "Kurram"), pl("Kurram", "district", KP, "Kurram"),
        pl("Turi Bazaar", "area", KP, "Kurram"), pl("Syria", "country", None, None),
        pl("Afghanistan", "country", None, None)],
quotes=[],
incidents=[
    inc("A bomb hidden in a crate of vegetables exploded in a crowded market in Parachinar",
        "Remote explosive/landmine/IED", "Bombing/Explosion", "Lashkar-e-Jhangvi al-Alami", "Civilians",
        "Turi Bazaar", 1, "on Friday", 9, {}, 40,
        "Claimed by LeJ al-Alami. 'Most of the victims' were Shiites - a community, not a side - and the dead are "
        "'people', so no side split."),
    inc("paramilitary Frontier Corps troops guarding the compound opened fire on the crowd",
        "Excessive force against protesters", None, "Frontier Corps", "Protesters", "Parachinar", 1, "On Saturday", 2,
        {"civilians": 2}, 11,
        "Second fresh incident. Lethal fire on a protest: Excessive force against protesters, actor1 the state "
        "force, actor2 Protesters; no GTD type. Witnesses say the FC fired on the crowd, the FC says it fired in "
        "the air after stone-throwing; the deaths are not disputed. Protesters are treated as a civilian role "
        "(judgement call). The continuing sit-in is part of the same protest, not a new record."),
    inc("a bomb in the same market killed 25 people", "Remote explosive/landmine/IED", "Bombing/Explosion",
        "Unidentified Armed Group", "Civilians", "Turi Bazaar", 1, "In January", 25, {}, None,
        BG + "No claim stated for it. 'People': no side."),
],
not_incidents=["Sunni militant groups have repeatedly targeted its Shiite population",
               "the region's only road link to the rest of the country has been cut for months at a time",
               "Shiite fighters who have joined the war in Syria"],
relations=[rel("Lashkar-e-Jhangvi al-Alami", "Lashkar-e-Jhangvi", "faction_of",
               "a faction of the banned sectarian group Lashkar-e-Jhangvi")])
