# The 30 invented reports of set AT, written by hand in the SATP summary style.
# make_texts.py writes each one to ../AT-NN.txt (no trailing newline, like the dev files).

TEXTS = {}

TEXTS["AT-01"] = (
    "At least five militants, including two foreigners, were killed when a US drone fired two missiles at a "
    "compound in Zara Mela village of Datta Khel tehsil (revenue unit) in North Waziristan Agency of Federally "
    "Administered Tribal Areas (FATA) on September 14, reports Dawn. Security officials in Peshawar said the "
    "compound was being used by militants of the Hafiz Gul Bahadur group and that the missiles also destroyed a "
    "pick up truck parked inside. Some hours later, another US drone fired missiles at a motorcycle near Spalga "
    "Kot village close to Mir Ali town, killing the two militants riding it, the officials added. Local tribesmen "
    "said the bodies were badly burnt and could not be identified, while militants cordoned off both sites and "
    "did not allow anyone to approach them."
)

TEXTS["AT-02"] = (
    "Between four and six suspected militants were killed when a US drone fired two missiles at a vehicle in Shin "
    "Warsak area near Wana, the main town of South Waziristan Agency, late on Saturday night, The News reported. "
    "Official sources put the death toll at four, while local tribesmen said six people died in the strike, among "
    "them a local commander of the Punjabi Taliban, identified as Qari Shamsul Wahab. The vehicle was said to be "
    "travelling towards Angoor Adda when it was hit. Militants later cordoned off the area and took away the "
    "bodies to an unknown place."
)

TEXTS["AT-03"] = (
    "At least 16 militants were killed when jet fighters of the Pakistan Air Force (PAF) pounded hideouts of the "
    "Lashkar e Islam (LI) in Sra Vela area of Tirah valley in Khyber Agency on Thursday, reports The Express "
    "Tribune. Security officials said two ammunition depots and a training centre of the outfit were destroyed in "
    "the air strikes. The figures could not be verified independently as the area is out of bounds for "
    "journalists. On the same day, fighting between LI and its rival Ansarul Islam (AI) continued in Kandao Mela "
    "area near Bagh Maidan, where between eight and 12 fighters from both sides were reported killed. A spokesman "
    "for Ansarul Islam, Mullah Saifur Rehman, claimed that his men had captured three hilltop posts from LI, a "
    "claim the rival group denied."
)

TEXTS["AT-04"] = (
    "At least 14 people were killed and several others injured as clashes between armed tribesmen of the Shia "
    "Turi and Sunni Mangal tribes over a disputed piece of land in Pewar area of Kurram Agency entered the fourth "
    "day on Tuesday, reports Dawn. Officials of the political administration said both sides were using mortars "
    "and rocket launchers, and the fighting had spread to the adjoining Balishkhel and Sadda areas. A jirga of "
    "elders from Hangu and Orakzai Agency was trying to broker a ceasefire. On Monday night, unidentified gunmen "
    "opened fire on a passenger van near Torkhula village on the Thal Parachinar Road, killing three passengers "
    "and injuring two others. The road has remained closed for all traffic since the clashes began, causing a "
    "shortage of food and medicines in Parachinar."
)

TEXTS["AT-05"] = (
    "Five people were killed and 22 others injured when a remote controlled bomb planted in a fruit cart went off "
    "in the crowded Tanga Adda market of Parachinar, the headquarters of Kurram Agency, on Friday morning, reports "
    "Daily Times. Doctors at the Agency Headquarters Hospital said the condition of several of the injured was "
    "critical, and some of them were shifted to Peshawar. By the evening the death toll had risen to nine as four "
    "of the injured succumbed to their wounds, an official of the political administration said. Markets remained "
    "closed and the political administration imposed a curfew in the town. The Lashkar e Jhangvi al Alami (LeJA) "
    "later claimed responsibility for the blast in a message sent to journalists."
)

TEXTS["AT-06"] = (
    "Militants set ablaze at least seven oil tankers carrying fuel for North Atlantic Treaty Organization (NATO) "
    "forces in Afghanistan at a truck terminal in Landi Kotal tehsil of Khyber Agency late on Sunday night, "
    "reports Dawn. Officials said about a dozen armed men arrived in two pick up trucks, opened fire at the parked "
    "vehicles and then sprinkled petrol on them. A driver and a cleaner were injured by bullets. In another "
    "incident, unidentified militants blew up a Government primary school for girls in Ghundai Kas area of Jamrud "
    "tehsil with explosives on Monday. No one was hurt, but the school building was razed to the ground, officials "
    "said. It was the third school destroyed in Jamrud during the month."
)

TEXTS["AT-07"] = (
    "Militants of the Tehreek e Nafaz e Shariat e Mohammadi (TNSM) took control of the police station in Matta "
    "tehsil of Swat District on November 2 after around 40 policemen deployed there laid down their arms and left, "
    "reports Daily Times. No casualties were reported. The militants, who had besieged the station for two days, "
    "hoisted their flag on the building and took away weapons and two police vehicles. Separately, four CD and "
    "video shops were blown up with explosives in the main bazaar of Mingora on the night of November 1. There "
    "were no casualties as the shops were closed, police said. The shop owners had received letters asking them to "
    "close down their businesses, which the militants described as un Islamic."
)

TEXTS["AT-08"] = (
    "Security Forces (SFs) regained control of Charbagh town in Swat District after heavy fighting on June 3, "
    "killing 21 militants, reports The News. Two soldiers also lost their lives and five were injured. According "
    "to a military spokesman, troops backed by helicopter gunships advanced on the town from three directions in "
    "the early hours and by the afternoon had cleared the main bazaar, the police station and the office of the "
    "tehsil administration. He said 21 militants, including two local commanders, were killed and the bodies of "
    "some of them were still lying in the streets. The spokesman added that the troops had lost two soldiers "
    "while five others suffered injuries, and that curfew would remain in force in Charbagh and adjoining areas. "
    "Thousands of residents who fled the fighting are still living in relief camps in Mardan."
)

TEXTS["AT-09"] = (
    "Four members of the Shia Hazara community, all vegetable vendors, were shot dead and another was injured when "
    "unidentified gunmen opened fire on their vehicle near the Hazarganji fruit and vegetable market on the "
    "outskirts of Quetta on the morning of October 4, reports Dawn. Police said the vendors were travelling from "
    "Hazara Town under a Frontier Corps (FC) escort, and the attackers, riding a motorcycle, struck after the "
    "escort vehicle had turned back at the market gate. On the same evening, hundreds of Hazara men and women "
    "placed the bodies on the Western Bypass and staged a sit in, refusing to bury their dead until the killers "
    "were arrested. The protest was called off late at night after the provincial home minister assured the "
    "protesters that the culprits would be brought to justice."
)

TEXTS["AT-10"] = (
    "Three coal miners belonging to the Hazara community, who were kidnapped from their camp in Machh area of "
    "Kachhi District on March 9, were found dead in a dry stream bed near Tangi Sar three days later, reports The "
    "Express Tribune. Levies officials said around a dozen armed men stormed the miners camp at night, separated "
    "the three Hazara workers from their Pashtun colleagues and took them away blindfolded. A Levies party "
    "recovered the bodies, bearing bullet wounds and marks of torture, on March 12 about 15 kilometres from the "
    "camp. The bodies were shifted to Quetta, where the Hazara community announced three days of mourning."
)

TEXTS["AT-11"] = (
    "Three political workers were shot dead in separate incidents of targeted killing in Karachi, the provincial "
    "capital of Sindh, on July 18, reports The News. An activist of the Muttahida Qaumi Movement (MQM), identified "
    "as Saleem Akhtar alias Pappu (34), was killed when two motorcyclists fired at him outside a tea stall in "
    "Sector 11 E of Orangi Town. Hours later, an office bearer of the Awami National Party (ANP), Gul Zameen Khan, "
    "was shot dead near Banaras Chowk while he was returning home from the party office. In the third incident, a "
    "worker of the Pakistan Peoples Party (PPP), Rasool Bux Brohi, was gunned down in Kalri area of Lyari, while "
    "his nephew, who was with him, was wounded. Police said the killings were linked to political rivalries in "
    "the city, and tension gripped Orangi and Pirabad, where shops and markets were closed."
)

TEXTS["AT-12"] = (
    "A Shia doctor, identified as Dr Syed Haider Raza Zaidi (52), was shot dead outside his clinic in Block 13 D "
    "of Gulshan e Iqbal Town in Karachi on Wednesday evening, reports Dawn. His driver was injured in the attack. "
    "Police said two assailants on a motorcycle fired at the doctor as he was getting into his car after closing "
    "the clinic and fled towards University Road. A day earlier, a leader of the Ahle Sunnat Wal Jamaat (ASWJ), "
    "Maulana Abdul Ghafoor Qasmi, and his son were shot dead by armed men near a seminary in Bilal Colony of "
    "Korangi Town. Senior Superintendent of Police (SSP) Tariq Nawaz Dharejo said the two killings appeared to be "
    "tit for tat sectarian attacks. The ASWJ announced three days of mourning and warned that it would stage "
    "protests if the killers were not arrested within a week."
)

TEXTS["AT-13"] = (
    "Five terrorists affiliated with the proscribed Tehreek e Taliban Pakistan (TTP) were killed in an exchange of "
    "fire with the Counter Terrorism Department (CTD) in Kohar Wala area of Taunsa tehsil in Dera Ghazi Khan "
    "District of Punjab in the early hours of Tuesday, reports The Express Tribune. A CTD spokesman said the team "
    "raided a hideout on a tip off that 10 to 12 terrorists had gathered there to plan attacks on security "
    "installations. The terrorists opened fire on seeing the team, and five of them were killed in the "
    "retaliatory fire while the rest escaped under cover of darkness. CTD Sub Inspector Naveed Akram sustained "
    "bullet wounds in the encounter. Two suicide jackets, six hand grenades, three Kalashnikovs and a laptop were "
    "recovered from the hideout."
)

TEXTS["AT-14"] = (
    "Police foiled a suicide attack on a Muharram majlis at an imambargah in Dhudial town of Chakwal District on "
    "Friday and arrested the would be bomber, reports Dawn. District Police Officer (DPO) Kashif Mehmood said a "
    "volunteer guarding the gate grew suspicious of a young man wrapped in a heavy shawl and raised the alarm, "
    "after which policemen overpowered him before he could detonate his explosive vest. The Bomb Disposal Squad "
    "(BDS) later defused the vest, which contained around seven kilogrammes of explosives and ball bearings. The "
    "DPO said the suspect, identified as Rahmatullah (17), a resident of Lakki Marwat, belonged to the Jamaat ul "
    "Ahrar (JuA) and had been handed over to the Counter Terrorism Department (CTD) for interrogation."
)

TEXTS["AT-15"] = (
    "A lady health worker (LHW) taking part in the anti polio campaign was shot dead and her colleague was injured "
    "when two gunmen on a motorcycle opened fire on them in Ittehad Town of Baldia Town in Karachi on December 18, "
    "reports The Express Tribune. Police said the two women were going from door to door to administer polio "
    "drops to children when they were targeted. In another incident on the same day, a policeman escorting a "
    "polio team was shot dead by unidentified militants in Sperkai Kala village of Domel tehsil in Bannu District "
    "of Khyber Pakhtunkhwa. The vaccinators escaped unhurt. The health department suspended the campaign in both "
    "areas for three days."
)

TEXTS["AT-16"] = (
    "A polio vaccinator was shot dead in Mardan District of Khyber Pakhtunkhwa on Tuesday. Police said the "
    "vaccinator, identified as Fazal Wahid (28), was giving drops to children in Dargai Banda village of Takht "
    "Bhai tehsil when two men on a motorcycle stopped beside him, fired several shots and sped away. He died on "
    "the way to hospital. The policeman deployed for his security was at a nearby shop at the time, police said. "
    "The district health officer said the vaccination drive in the union council had been suspended for three "
    "days."
)

TEXTS["AT-17"] = (
    "A local commander of the Hafiz Gul Bahadur group, identified as Qari Gul Mast alias Tufani, was shot dead by "
    "unknown men near his house in Sarkai Khel village of Mir Ali tehsil in North Waziristan District on Friday "
    "evening, reports Dawn. Sources said the commander was returning home from a mosque after evening prayers when "
    "armed men in a car opened fire on him and fled. One of his guards was injured. No one claimed responsibility "
    "for the killing. The commander was wanted by the security forces for attacks on check posts in the area, and "
    "several commanders of the group have been killed in similar attacks in the district over the past year."
)

TEXTS["AT-18"] = (
    "Two women and a child were killed and five other people injured when mortar shells fired by Afghan forces "
    "from across the border landed on houses in Tor Ghundai village of Salarzai tehsil in Bajaur Agency on Sunday, "
    "reports The News. Officials of the political administration said at least 12 shells were fired from "
    "Afghanistan over a period of two hours, damaging three houses and a mosque. The Foreign Office summoned the "
    "Afghan charge d affaires and lodged a strong protest over what it called unprovoked firing on civilian "
    "populations, a statement said."
)

TEXTS["AT-19"] = (
    "Security forces killed eight khwarij in an intelligence based operation (IBO) in Spin Tangi area of Shewa "
    "tehsil in North Waziristan District on the night of October 24, according to the Inter Services Public "
    "Relations (ISPR), reports Dawn. The military media wing said troops effectively engaged the khwarij location "
    "on the reported presence of the terrorists, and after an intense exchange of fire eight khwarij were sent to "
    "hell. Weapons and ammunition were recovered from the killed khwarij, who remained actively involved in "
    "numerous terrorist activities against the security forces as well as target killings of innocent civilians, "
    "the ISPR said. In another IBO on the same night in Kulachi area of Dera Ismail Khan District, troops killed "
    "two more khwarij, while a soldier, Sepoy Muhammad Arif (24), embraced shahadat during the exchange of fire. "
    "Sanitisation operations were being carried out to eliminate any other khwarij found in the area, the "
    "statement added."
)

TEXTS["AT-20"] = (
    "Four soldiers, including a captain, embraced martyrdom and 11 khwarij were killed during an intense exchange "
    "of fire in an intelligence based operation in Bagh area of Tirah valley in Khyber District on Friday, "
    "according to the ISPR. The khwarij belonged to the Fitna al Khwarij, the term the state uses for the "
    "proscribed Tehreek e Taliban Pakistan (TTP), the military said. Funeral prayers of the martyred soldiers, "
    "including Captain Hasnain Tariq (27), were offered at Peshawar garrison on Saturday and were attended by the "
    "Corps Commander Peshawar and senior civil and military officials, The News reported. The bodies were later "
    "sent to their native towns in Jhelum, Mansehra and Okara for burial with full military honours."
)

TEXTS["AT-21"] = (
    "Six Frontier Corps (FC) personnel were killed and four others injured when militants ambushed their convoy "
    "with rockets and automatic weapons in Sami Kaur area of Tump tehsil in Kech District on May 29, reports "
    "Dawn. FC officials said the convoy was returning from a patrol when it came under fire from a nearby hilltop, "
    "and the exchange of fire continued for about an hour. The Balochistan Liberation Front (BLF) claimed "
    "responsibility for the attack in a statement issued by its spokesman, Zarbakht Baloch. Separately, militants "
    "blew up a gas pipeline near Loti area of Dera Bugti District late on Sunday night, suspending gas supply to "
    "the purification plant at Sui. No one was hurt. Elsewhere, unidentified gunmen shot dead a schoolteacher, "
    "identified as Abdul Hameed, in the main bazaar of Panjgur town on Monday."
)

TEXTS["AT-22"] = (
    "one person was killed and several others were injured when unidentified miscreants hurled a hand grenade at "
    "a mobile phone shop in the main bazaar of Khuzdar town on Saturday evening, reports Daily Times. Police said "
    "the owner of the shop, a Hindu trader identified as Ashok Kumar, escaped unhurt as he had gone to offer "
    "prayers at a nearby temple. He had been receiving extortion calls for the past two months, police added. The "
    "injured were shifted to the District Headquarters Hospital, where the condition of some of them was stated "
    "to be critical."
)

TEXTS["AT-23"] = (
    "A portion of the railway track was damaged when an explosive device planted under it went off near Kotri in "
    "Jamshoro District on Sunday night, shortly before the Karachi bound Bahauddin Zakaria Express was due to "
    "pass, reports The Express Tribune. Railway officials said about two feet of the track was blown off, but the "
    "train was stopped at Kotri Junction in time and no one was hurt. Train traffic between Hyderabad and Karachi "
    "remained suspended for four hours while the track was repaired. Police found pamphlets of the banned "
    "Sindhudesh Revolutionary Army (SRA) at the site, and the group later claimed responsibility for the blast in "
    "a message sent to media."
)

TEXTS["AT-24"] = (
    "Unidentified militants set fire to three government schools, two of them for girls, in Darel valley of "
    "Diamer District in Gilgit Baltistan late on Thursday night, reports Dawn. No one was hurt as the buildings "
    "were empty at the time. Police said the attackers broke the locks, sprinkled petrol on the furniture and set "
    "the classrooms ablaze, while a fourth school was saved after villagers put out the fire. Police arrested nine "
    "suspects during a search operation in the valley on Friday, and the local jirga announced that it would help "
    "the administration rebuild the schools."
)

TEXTS["AT-25"] = (
    "Two policemen were injured when militants dropped explosives from a quadcopter on Shah Dev police post in "
    "Bannu District late on Monday night, reports The Express Tribune. District Police Officer (DPO) Zia ud Din "
    "Khattak said the quadcopter dropped two small bombs, one of which exploded in the courtyard of the post while "
    "the other failed to go off and was later defused by the Bomb Disposal Squad (BDS). Policemen fired at the "
    "quadcopter but it flew away towards the mountains. A day earlier, around 20 militants armed with heavy "
    "weapons attacked the Tajazai check post in Lakki Marwat District. Policemen repulsed the attack after an "
    "exchange of fire that lasted nearly an hour, and one attacker was killed, police said."
)

TEXTS["AT-26"] = (
    "Three bodyguards of a Jamiat Ulema e Islam Fazl (JUI F) leader were killed and seven people, including the "
    "leader, were injured when a suicide bomber blew himself up near his vehicle in Tangi town of Charsadda "
    "District on April 27, reports The News. The leader, Maulana Fazal Subhan, a candidate for a provincial "
    "assembly seat in the May 11 general election, was on his way to address a corner meeting when the bomber, "
    "who was on foot, approached the vehicle and detonated his explosives. Maulana Subhan escaped with minor "
    "injuries and was shifted to Lady Reading Hospital in Peshawar. A spokesman of the Tehreek e Taliban Pakistan "
    "(TTP), calling himself Mufti Gul Zareen, claimed responsibility for the attack in a telephone call to "
    "reporters and warned that the group would continue to target candidates of parties supporting the "
    "government."
)

TEXTS["AT-27"] = (
    "Two policemen were killed and nine other people, including five passers by, were injured when a remote "
    "controlled bomb planted on a motorcycle exploded next to a police van on Spinny Road in Quetta on Wednesday "
    "morning, reports Daily Times. Police said the van was carrying personnel for security duty at the Anti "
    "Terrorism Court when the bomb went off. A day earlier, unidentified gunmen shot dead a Levies sepoy, "
    "identified as Ghulam Nabi, at a check post in Kardgap tehsil of Mastung District and took away his rifle. No "
    "group claimed responsibility for either attack."
)

TEXTS["AT-28"] = (
    "Unidentified men hurled a hand grenade at a grocery shop in Chakiwara area of Lyari in Karachi late on "
    "Saturday night, reports Dawn. The grenade exploded in front of the shop, which was closed at the time, "
    "damaging its shutter and two parked motorcycles, but no one was hurt, police said. Police added that the "
    "shopkeeper had refused to pay extortion money to Lyari gangsters. Separately, Pakistan Rangers arrested four "
    "suspected target killers belonging to the banned Lashkar e Jhangvi (LeJ) during a raid in Manghopir area on "
    "Sunday and recovered two pistols and a hand grenade from them. A Rangers spokesman claimed the suspects were "
    "involved in more than 20 sectarian killings in the city."
)

TEXTS["AT-29"] = (
    "Unidentified gunmen shot dead five labourers and injured two others at the construction site of a link road "
    "in Hoshab area of Kech District, reports The Express Tribune. Levies officials said the workers, who hailed "
    "from Punjab and Sindh, were asleep in tents at the site when around ten armed men arrived on motorcycles, "
    "lined them up and opened fire. The attackers also set fire to a bulldozer and two other vehicles of the "
    "construction company before fleeing towards the mountains. The Balochistan Liberation Army (BLA) claimed "
    "responsibility for the killings, saying the company was working for the state."
)

TEXTS["AT-30"] = (
    "Militants blew up the house of a pro government peace committee member, Malik Sher Afzal, in Shna Kandao "
    "village of Safi tehsil in Mohmand Agency late on Thursday night, reports Daily Times. The family had moved to "
    "Peshawar a week earlier after receiving threats, and no one was hurt in the blast, which razed the house. "
    "Meanwhile, two Khasadar personnel were killed and another was injured when their vehicle hit a roadside bomb "
    "near Ekka Ghund on Friday morning. Officials said the Khasadars were on their way to the agency headquarters "
    "in Ghalanai. A spokesman of the Tehreek e Taliban Pakistan (TTP) in Mohmand, Ikramullah Mohmand, claimed "
    "responsibility for both attacks and said that members of peace committees would not be spared."
)
