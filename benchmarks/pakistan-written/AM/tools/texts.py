# The 30 invented SATP-style reports of set AM, written by hand.
# Punctuation follows the SATP dump used in pakistan-gold-dev: no apostrophes, no hyphens
# (compounds split by a space, "Tehreek e Taliban"); four reports keep quotation marks.
# write_texts.py writes each one to AM-NN.txt with no trailing newline, like the dev files.

TEXTS = {}

TEXTS["AM-01"] = (
    "Two soldiers were killed and four others sustained injuries when a remote controlled improvised "
    "explosive device (IED) went off near a military convoy in Shewa Khwar area of Datta Khel tehsil "
    "(revenue unit) in North Waziristan Agency of Federally Administered Tribal Areas (FATA) on Thursday, "
    "reports Dawn. Official sources said the convoy was on its way from Miranshah to Datta Khel when the "
    "device, planted along the road, was detonated. One of the injured soldiers, identified as Sepoy Gul "
    "Zameer, succumbed to his injuries at the Combined Military Hospital (CMH) in Peshawar late in the "
    "evening. The Security Forces (SFs) cordoned off the area and launched a search operation."
)

TEXTS["AM-02"] = (
    "A religious scholar, identified as Maulana Abdul Wahid Rind (55), was shot dead by unidentified armed "
    "assailants near his seminary on Spinny Road of Quetta, the provincial capital of Balochistan, on the "
    "evening of March 9, reports The Express Tribune. Police said two assailants riding a motorcycle opened "
    "fire on the cleric as he came out after the Maghrib prayers and fled towards Kasi Road. The deceased "
    "was the prayer leader of a local mosque and had no known links with any sectarian group, Police added. "
    "In another incident, unidentified persons hurled a hand grenade at a mobile phone shop on Mission Road "
    "in the same city, injuring three persons, including the shopkeeper. Police said the shop owner had "
    "been receiving extortion calls for the past two months."
)

TEXTS["AM-03"] = (
    "An activist of the Awami National Party (ANP), identified as Sher Alam Khan (38), was shot dead by "
    "unidentified armed assailants within the limits of Sohrab Goth Police Station in Karachi, the "
    "provincial capital of Sindh on May 2, reports The News. Police said the victim was sitting at a "
    "roadside tea stall when two men on a motorcycle fired at him and escaped. He was shifted to Abbasi "
    "Shaheed Hospital where doctors pronounced him dead. ANP leaders said the killing was part of a "
    "campaign against the party ahead of the general election and announced three days of mourning."
)

TEXTS["AM-04"] = (
    "Two policemen and a rickshaw driver were killed and nine other persons injured when a suicide bomber "
    "blew himself up near a Police van in Badaber area on the outskirts of Peshawar, the provincial capital "
    "of Khyber Pakhtunkhwa, on Monday morning, reports The Express Tribune. Senior Superintendent of Police "
    "(SSP) Operations Nadeem Akhtar Kundi said the bomber, who was on foot, walked up to the van as it "
    "slowed down at a crossing and detonated his vest. Bomb Disposal Squad (BDS) officials said around "
    "eight kilogrammes of explosives were used in the attack. Six of the injured were policemen. Later in "
    "the day, the Jamaat ul Ahrar (JuA) faction of the Tehreek e Taliban Pakistan (TTP) claimed "
    "responsibility for the attack in an email sent to the media by its spokesman, Asad Mansoor Khorasani."
)

TEXTS["AM-05"] = (
    "Four Frontier Corps (FC) personnel were killed when militants attacked a checkpost in Hoshab area of "
    "Kech District in Balochistan on the intervening night of April 17 and 18, reports Dawn, quoting the "
    "Inter Services Public Relations (ISPR). According to the ISPR, the militants, armed with automatic "
    "weapons and rocket launchers, attacked the post from three directions, triggering an exchange of fire "
    "that lasted nearly two hours. The FC personnel responded effectively, the ISPR said, adding that three "
    "attackers were killed and their bodies were left behind by their accomplices. Two more FC personnel "
    "were injured. The banned Balochistan Liberation Front (BLF) later claimed responsibility for the "
    "attack, saying that 14 personnel had been killed, a figure officials rejected as baseless."
)

TEXTS["AM-06"] = (
    "Unidentified militants blew up a portion of the railway track near Goth Wali Muhammad Jakhrani in "
    "Jacobabad District of Sindh late on Saturday night, a few minutes before the Quetta bound Jaffar "
    "Express was to pass through the area, reports Daily Times. Railway officials said nearly two feet of "
    "the track was damaged but the train was stopped in time at Jacobabad station and no one was hurt. The "
    "Baloch Republican Army (BRA) claimed responsibility for the blast. Its spokesman, Mureed Baloch, "
    "speaking by telephone from an undisclosed location, said, \"We will continue to target state "
    "installations until the military operation in Balochistan is stopped.\" Separately, Bomb Disposal "
    "Squad (BDS) personnel defused a five kilogramme bomb planted under a culvert on the Shikarpur Sultan "
    "Kot road in Shikarpur District on Sunday."
)

TEXTS["AM-07"] = (
    "At least seven militants were killed when fighters of the Lashkar e Islam (LeI) attacked positions of "
    "the rival Ansarul Islam (AI) in Sandapal area of Tirah valley in Khyber Agency of Federally "
    "Administered Tribal Areas (FATA) on June 11, reports The News. Local sources said five of the dead "
    "belonged to Ansarul Islam. Two LeI fighters were also killed, they added, and the fighting, which "
    "began in the early hours, continued till the afternoon. In another incident, unidentified assailants "
    "shot dead a tribal elder, Malik Sardar Gul Afridi, near his hujra (guest house) in Ghundi area of "
    "Jamrud tehsil on the same day. Relatives said the elder had recently spoken out against the presence "
    "of militants in the area. Meanwhile, four militants, including a local commander identified as "
    "Habibur Rehman, surrendered to the political administration in Landi Kotal and handed over their "
    "weapons. Political agent Shahid Ullah Wazir said those who renounce violence would be dealt with "
    "according to tribal traditions."
)

TEXTS["AM-08"] = (
    "Militants blew up a Government girls high school in Kotanai Sar village of Matta tehsil (revenue "
    "unit) in Swat District of North West Frontier Province (NWFP) in the early hours of January 7, "
    "reports Dawn. Police said the militants planted explosives in four rooms of the school and detonated "
    "them around 2 am, completely destroying the building. No loss of life was reported. The school had "
    "been partly set on fire by militants in October last year, and the area police station was attacked "
    "twice during the same month. It is pertinent to mention that militants have destroyed more than 120 "
    "schools, most of them for girls, in the valley since the start of the militancy."
)

TEXTS["AM-09"] = (
    "Police foiled a terrorist bid when they arrested a would be suicide bomber near a shrine in Kotla Jam "
    "area of Bhakkar District in Punjab on September 22, reports Dawn. District Police Officer (DPO) Tanvir "
    "Ahmed Sandhu said the 16 year old boy, a resident of South Waziristan, was wearing a suicide jacket "
    "packed with six kilogrammes of explosives and ball bearings when he was intercepted at a police "
    "checkpoint outside the shrine, where the annual urs was under way. The jacket was defused by the Bomb "
    "Disposal Squad (BDS). The DPO said the boy told interrogators that he had been sent by the Tehreek e "
    "Taliban Pakistan (TTP). Separately, unidentified persons hurled a hand grenade at the Darya Khan Police "
    "Station late on the same night, damaging its boundary wall. No one was hurt."
)

TEXTS["AM-10"] = (
    "Three Levies personnel were killed and two others injured when their vehicle hit a landmine in Loti "
    "area of Dera Bugti District on Wednesday, reports Daily Times. Levies sources said the personnel were "
    "on a routine patrol near the gas field when the explosion took place. A day earlier, unidentified "
    "militants fired at least six rockets at the gas purification plant in Sui town, damaging a pipeline "
    "and a residential quarter. No casualty was reported in the rocket attack. Meerak Baloch, who "
    "introduced himself as a spokesman of the banned Baloch Republican Army (BRA), called journalists from "
    "an undisclosed location and claimed responsibility for both attacks."
)

TEXTS["AM-11"] = (
    "A policeman escorting a polio vaccination team was shot dead by unidentified armed assailants in Kot "
    "Sharif Khan village of Paharpur tehsil (revenue unit) in Dera Ismail Khan District of Khyber "
    "Pakhtunkhwa on February 25, reports The News. Police said the assailants, riding a motorcycle, opened "
    "fire on constable Zafar Iqbal Baloch while the vaccinators were going door to door, and fled. The "
    "vaccinators remained unhurt, and the campaign was suspended in the area for the day. On the same day, "
    "a Lady Health Worker (LHW), identified as Nasreen Bibi, was injured when unidentified assailants "
    "opened fire at her near her house in Mandan area of Bannu District. She was shifted to the District "
    "Headquarters Hospital in critical condition."
)

TEXTS["AM-12"] = (
    "A child was killed and three others, including two women, were injured when mortar shells fired from "
    "across the border in Afghanistan landed in Zerkai Kalay village near Angoor Adda in South Waziristan "
    "Agency on Tuesday evening, reports The News. Officials said at least four shells hit the village, one "
    "of them landing on a house. They could not say who had fired the shells. Tribal elders of the area "
    "demanded that the Government take up the matter with the Afghan authorities."
)

TEXTS["AM-13"] = (
    "Four militants belonging to the Tehreek e Taliban Pakistan (TTP) were killed in an encounter with "
    "Pakistan Rangers, Sindh (PRS) during an intelligence based operation (IBO) in Sultanabad area of "
    "Manghopir in Karachi, the provincial capital of Sindh, in the early hours of August 19, reports The "
    "Express Tribune. A Rangers spokesman said, \"The militants opened fire when our personnel surrounded "
    "the hideout, and four of them were killed in retaliatory fire.\" Two Rangers personnel were injured. "
    "Two Kalashnikovs, hand grenades and a suicide jacket were recovered from the hideout. Separately, "
    "Police arrested two alleged target killers affiliated with a Lyari gang from Kalakot area and "
    "recovered two pistols from their possession. Meanwhile, a teacher of a seminary, identified as Qari "
    "Ghulam Rasool (42), was shot dead by unidentified armed assailants in Sector 12 D of Orangi Town on "
    "the same evening. Police said it appeared to be a sectarian killing."
)

TEXTS["AM-14"] = (
    "Police baton charged and used tear gas on relatives of missing persons when they tried to march from "
    "the National Press Club towards the Parliament House in Islamabad on Monday, reports Dawn. At least "
    "12 protesters, including three women, were detained. The protesters were demanding the recovery of "
    "their family members who, they said, had been picked up by law enforcement agencies from different "
    "parts of the country over the past several years. \"No one is allowed to enter the Red Zone without "
    "permission,\" an Islamabad Capital Territory (ICT) Police spokesman said, adding that those detained "
    "were released late in the evening."
)

TEXTS["AM-15"] = (
    "The bullet riddled bodies of four labourers, who had been abducted a day earlier from the "
    "construction site of a road project in Gichk area of Panjgur District, were found in a ravine in the "
    "same area on Friday, reports Dawn. Levies officials said unidentified armed men had taken the "
    "labourers away at gunpoint on Thursday evening, while two of their colleagues managed to escape. The "
    "victims hailed from Rahim Yar Khan District of Punjab. The banned Balochistan Liberation Front (BLF) "
    "claimed responsibility for the killings, alleging that the men were working for the army. In another "
    "incident, two FC personnel were injured when a roadside bomb went off near their vehicle in Chitkan "
    "Bazaar of Panjgur town on Saturday."
)

TEXTS["AM-16"] = (
    "Unidentified militants fired three rockets at the Pezu Police Station in Lakki Marwat District of "
    "Khyber Pakhtunkhwa late on Sunday night, reports Dawn. District Police Officer (DPO) Ziaullah Khan "
    "Marwat said two of the rockets landed inside the compound, damaging a room and a parked police van, "
    "while the third exploded in an open field. No one was injured. Separately, SFs killed three militants "
    "during an intelligence based operation (IBO) in Jani Khel area of Bannu District on Monday, according "
    "to the Inter Services Public Relations (ISPR). The ISPR said weapons and ammunition were recovered "
    "from the slain militants, who were involved in attacks on SFs and target killings of civilians in the "
    "area. A soldier was injured in the exchange of fire."
)

TEXTS["AM-17"] = (
    "Unidentified miscreants set on fire two Government girls schools in Phuguch Bala village of Darel "
    "valley in Diamer District of Gilgit Baltistan (GB) on the intervening night of August 2 and 3, "
    "reports The Express Tribune. Police said the attackers sprinkled kerosene oil on the furniture and "
    "records and set them alight, gutting both buildings. No one was present in the schools at the time. "
    "Deputy Inspector General (DIG) of Police Mir Afzal Khan said a search operation had been launched to "
    "trace the culprits. The following day, unidentified armed men opened fire at a police patrol in the "
    "same area, injuring a constable. Police returned fire and the attackers fled towards the mountains."
)

TEXTS["AM-18"] = (
    "The Jhang district president of the Ahl e Sunnat Wal Jamaat (ASWJ), Maulana Ghulam Yasin Bharwana, "
    "was shot dead and his nephew injured when unidentified armed assailants opened fire on their car near "
    "Satellite Town of Jhang city in Punjab on the evening of December 4, reports The News. Police said the "
    "assailants, who were lying in wait, sprayed the car with bullets and escaped on motorcycles. The "
    "nephew, Muhammad Akram, was shifted to the District Headquarters Hospital, where he succumbed to his "
    "injuries during the night. On Thursday, hundreds of mourners placed the two coffins on the Jhang "
    "Sargodha Road and blocked it for several hours, demanding the arrest of the killers. The protest ended "
    "peacefully after the District Police Officer assured them of action."
)

TEXTS["AM-19"] = (
    "At least 14 persons were killed and 35 others injured when a powerful car bomb exploded in the "
    "crowded Sabzi Mandi area of Parachinar, the headquarters of Kurram Agency in FATA, on Friday morning, "
    "reports Dawn. Political administration officials said the explosives had been packed in a parked car "
    "and were detonated by remote control when the market was packed with shoppers. Three of the injured "
    "died in the Agency Headquarters Hospital later in the day, raising the death toll to 17, officials "
    "said. In a separate incident, unidentified armed men kidnapped three tribesmen, including a "
    "schoolteacher, from a passenger coach near Sadda town in Lower Kurram on Saturday."
)

TEXTS["AM-20"] = (
    "A schoolteacher, identified as Fazal Wahab (45), was kidnapped by unidentified armed men while he was "
    "on his way to a Government primary school in Mian Khan Dheri village of Katlang tehsil (revenue unit) "
    "in Mardan District of Khyber Pakhtunkhwa on October 12, 2016, reports The News. Police said the "
    "kidnappers later called his family and demanded a ransom of five million rupees. Three days later, "
    "Police recovered the teacher unharmed after raiding a hideout in the hills of Rustam area. One of the "
    "kidnappers, identified as Sher Zaman alias Shera, was killed in the exchange of fire, while two others "
    "were arrested, District Police Officer (DPO) Kashif Zulfiqar said."
)

TEXTS["AM-21"] = (
    "Two Frontier Corps (FC) personnel were killed and five other persons, including two passersby, were "
    "injured when a remote controlled bomb planted on a motorcycle went off near an FC vehicle on Brewery "
    "Road of Quetta on Wednesday morning, reports Dawn. Police said about four kilogrammes of explosives "
    "were used in the blast. Shortly after the attack, a man claiming to be a spokesman of the Tehreek e "
    "Taliban Pakistan (TTP) called reporters and claimed responsibility, but the groups central spokesman, "
    "Abdul Qahar Mansoor, later denied any involvement. The United Baloch Army (UBA) also claimed the "
    "attack, its spokesman Mazar Baloch saying it was in reaction to the operations in Kalat and Mastung "
    "districts."
)

TEXTS["AM-22"] = (
    "Four personnel of the Levies force were killed and six others injured when hundreds of militants, who "
    "had crossed over from Afghanistan, attacked three checkposts in Barawal area of Upper Dir District in "
    "Khyber Pakhtunkhwa in the early hours of June 24, reports The Express Tribune. Security officials said "
    "the attackers, belonging to the Tehreek e Taliban Pakistan (TTP), used heavy weapons and the fighting "
    "continued for about six hours before reinforcements arrived. Officials claimed that dozens of "
    "militants were killed in the retaliatory fire, but said the attackers took the bodies back across the "
    "border. TTP spokesman Umar Farooq Swati, talking to reporters by telephone from an undisclosed "
    "location, rejected the figure. \"Only two of our fighters were martyred in the attack,\" he said."
)

TEXTS["AM-23"] = (
    "A senior eye specialist, identified as Dr Syed Mohsin Raza Naqvi (58), was shot dead and his driver "
    "injured when unidentified armed assailants opened fire on their car near Johar Mor in Gulistan e "
    "Jauhar area of Karachi, the provincial capital of Sindh, on Tuesday morning, reports Dawn. The doctor "
    "was on his way to a private hospital where he practised. Police said it appeared to be a sectarian "
    "killing, as the doctor belonged to the Shia community. The driver, Ghulam Mustafa, was shifted to the "
    "Jinnah Postgraduate Medical Centre (JPMC), where his condition was stated to be out of danger."
)

TEXTS["AM-24"] = (
    "Separately, a suicide bomber rammed his explosive laden car into the gate of the Doaba Police Station "
    "in Hangu District, killing four policemen and a woman who lived nearby, on Sunday. Police said the "
    "bomber tried to drive into the compound but was stopped by the guards at the gate. Twenty two persons, "
    "including eleven policemen, were injured and a part of the building collapsed."
)

TEXTS["AM-25"] = (
    "Two Levies personnel were killed when unidentified armed men ambushed their patrol near Kardgap in "
    "Mastung District of Balochistan on August 8, reports Daily Times. Levies officials said the attackers "
    "fired from the hills overlooking the road and fled. A day earlier, armed men abducted a doctor posted "
    "at the Basic Health Unit (BHU) in Kanak, Dr Abdul Ghaffar Shahwani, along with his driver, while they "
    "were returning to Mastung town. The driver was released the same night near Dasht, but the doctor "
    "remains missing. Meanwhile, 15 militants of the banned Balochistan Liberation Army (BLA), including "
    "two commanders, laid down their arms and surrendered to the FC at a ceremony held at the FC "
    "headquarters in Quetta on Wednesday."
)

TEXTS["AM-26"] = (
    "At least 17 militants were killed when Pakistan Air Force (PAF) jets pounded their hideouts in Gurbaz "
    "Sar area of Safi tehsil in Mohmand Agency of FATA on Saturday, reports The News, quoting the Inter "
    "Services Public Relations (ISPR). The ISPR said five hideouts and a large cache of arms and ammunition "
    "were destroyed in the strikes, and that foreign militants were among the dead. The casualty figures "
    "could not be independently confirmed as the area is inaccessible to the media. Separately, a Khasadar "
    "(tribal police) personnel, identified as Noor Rehman, was killed and another injured when their "
    "vehicle hit a roadside bomb in Ghalanai, the headquarters of the agency, on Sunday."
)

TEXTS["AM-27"] = (
    "Security Forces (SFs) foiled an infiltration bid from Afghanistan and killed four militants in Qamar "
    "Din Karez area of Zhob District in Balochistan late on Tuesday night, according to the ISPR, reports "
    "The Express Tribune. The ISPR said troops spotted a group of six militants trying to sneak across the "
    "border and engaged them, while two of the militants fled back into Afghanistan. A day earlier, two "
    "policemen were killed when militants attacked a police checkpoint near Mughal Kot on the highway "
    "linking Zhob with Dera Ismail Khan. The Tehreek e Jihad Pakistan (TJP) claimed responsibility for the "
    "checkpoint attack. Speaking to journalists in Quetta, Deputy Inspector General (DIG) of Police Zhob "
    "Range Kamran Ahmed Tareen said, \"The attackers came from the mountains and fled the same way after "
    "the attack.\""
)

TEXTS["AM-28"] = (
    "The Counter Terrorism Department (CTD) arrested four suspected militants accused of collecting funds "
    "for the proscribed Tehreek e Taliban Pakistan (TTP) in a raid near Kamoke in Gujranwala District of "
    "Punjab on Friday, reports The Express Tribune. A CTD spokesman, speaking in Lahore, said the suspects "
    "had been collecting money from traders and transferring it to handlers abroad through illegal "
    "channels. Receipt books, mobile phones and 350,000 rupees in cash were recovered from their "
    "possession, the spokesman said, adding that a case had been registered against them under the Anti "
    "Terrorism Act."
)

TEXTS["AM-29"] = (
    "Unidentified armed assailants shot dead a barber, identified as Muhammad Ashraf (32), at his shop in "
    "Killi Jamaldini area of Nushki District in Balochistan on the evening of November 2, 2010, reports "
    "The Express Tribune. Police said two men walked into the shop and fired at him from close range "
    "before escaping on a motorcycle. The victim, a resident of Bahawalpur in Punjab, had been living in "
    "Nushki for over ten years. It is pertinent to mention that at least 11 settlers, most of them from "
    "Punjab, have been killed in targeted attacks in Nushki and the adjoining Kharan District since "
    "January, while two schoolteachers were shot dead in Nushki bazaar in August."
)

TEXTS["AM-30"] = (
    "A local leader of the Jamiat Ulema e Islam Fazl (JUI F), Qari Zahid Ullah, and his son were killed "
    "when a remote controlled bomb went off near their car in Ghundai Banda area of Khar tehsil in Bajaur "
    "District of Khyber Pakhtunkhwa on Saturday, reports Dawn. Police said the device had been planted "
    "along the roadside and was detonated as the car passed. Two passersby were also injured. A day "
    "earlier, unidentified armed men shot dead a tribal elder, Malik Shah Wali Khan, near his house in "
    "Mamund tehsil of the same district. No group claimed responsibility for either attack, though the "
    "Islamic State Khorasan Province (ISKP) has claimed several attacks on JUI F leaders in the district "
    "in the past."
)
