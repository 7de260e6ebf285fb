# Invented SATP-style summaries for set BE (written by hand; real Pakistani places, invented
# villages, people, spokesmen and counts). Written without hyphens, apostrophes or quotation
# marks, as the SATP dev texts are.
TEXTS = {}

TEXTS["BE-01"] = (
    "Suspected militants blew up a 24 inch diameter gas pipeline in Kalri Mazar area of Sui tehsil "
    "in Dera Bugti District on the intervening night of March 11 and 12, reports Dawn. Levies officials "
    "said that explosives planted beneath the pipeline went off at around 2am, setting it on fire and "
    "suspending gas supply to the purification plant at Sui. No casualty was reported. The banned Baloch "
    "Republican Army (BRA) claimed responsibility for the blast. Its spokesman, Meeran Baloch, said in a "
    "statement posted on social media that the group would continue to target gas installations in Dera "
    "Bugti. Later, a Bomb Disposal Squad (BDS) team defused a five kilogramme device planted along the "
    "same pipeline in the same area."
)

TEXTS["BE-02"] = (
    "Six labourers hailing from Punjab were shot dead and two others were injured when armed assailants "
    "stormed their camp at a construction site near Sorap Dap village in Hoshab area of Kech District on "
    "the night of May 9, reports The Express Tribune. Police said that the workers, who belonged to Rahim "
    "Yar Khan and Khanewal districts of Punjab, were building a check dam when around a dozen armed men "
    "arrived on motorcycles, herded them into a room and opened fire. One of the injured, identified as "
    "Ghulam Fareed, succumbed to his injuries at the District Headquarters Hospital in Turbat the next "
    "morning. The Balochistan Liberation Front (BLF) claimed responsibility for the killings through its "
    "spokesman, Dosten Baloch, who telephoned journalists from an undisclosed location."
)

TEXTS["BE-03"] = (
    "Rangers arrested seven suspected target killers, including four allegedly affiliated with the banned "
    "Lashkar e Jhangvi (LeJ), during a raid in Mominabad area of Orangi Town in Karachi, the provincial "
    "capital of Sindh, on August 14, reports Daily Times. A Rangers spokesman said the suspects were "
    "involved in the sectarian killings of at least 11 people in the city. Two Kalashnikovs, five pistols, "
    "a hand grenade and a large quantity of ammunition were seized from their possession. In another raid, "
    "Rangers personnel recovered a cache of weapons, including three rocket launchers and 22 hand grenades, "
    "from an abandoned house within the limits of Pirabad Police Station."
)

TEXTS["BE-04"] = (
    "Two Shia Hazara vegetable vendors were shot dead when armed men riding a motorcycle opened fire at "
    "them in Hazar Ganji area of Quetta on October 4, reports Dawn. Police said the victims, identified as "
    "Ali Madad and his nephew Qurban Ali, were about to return to Hazara Town in a pick up after buying "
    "vegetables from the wholesale market. The attackers fled towards Killi Ismail after the attack. Deputy "
    "Inspector General (DIG) of Police Abdul Wahid Kasi said it was a targeted sectarian killing and that "
    "more security would be provided on the route used by Hazara traders."
)

TEXTS["BE-05"] = (
    "Unidentified motorcyclists hurled a hand grenade at a crockery shop in Chakiwara area of Lyari Town in "
    "Karachi on June 22, injuring five people including the shopkeeper, reports The News. Police said the "
    "shopkeeper, Haji Yaqoob Kutchi, had received extortion slips in the name of a Lyari gang in the "
    "previous weeks and had refused to pay. One of the injured, a 12 year old boy identified as Faizan, "
    "died at the Civil Hospital later in the night. Earlier on the same day, another grenade was lobbed at "
    "a garment shop on Bihar Colony Road within the limits of Kalri Police Station, but it did not explode "
    "and was later defused by the BDS."
)

TEXTS["BE-06"] = (
    "Unidentified militants blew up a portion of the railway track near Gadhi Wahan village in Sibi "
    "District on January 27, 2011, suspending train service between Quetta and the rest of the country for "
    "several hours, reported Daily Times. Railway officials said that about two feet of the track was "
    "destroyed in the blast minutes before the Quetta bound Jaffar Express was due to pass. No one was "
    "hurt. Levies and Frontier Corps (FC) personnel cordoned off the area and launched a search operation, "
    "while repair work was started."
)

TEXTS["BE-07"] = (
    "At least three passengers, including a woman, were killed and 14 others were injured when a bomb "
    "planted in a compartment of the Quetta bound Bolan Mail went off as the train approached Jacobabad "
    "railway station in Jacobabad District of Sindh on the evening of September 3, reports Dawn. Railway "
    "officials said the device, fitted with a timer, had been placed under a seat in an economy class "
    "bogie. Two bogies were badly damaged. One of the injured passengers, identified as Muhammad Hashim, "
    "died at the Civil Hospital Jacobabad the following day, raising the death toll to four."
)

TEXTS["BE-08"] = (
    "Unidentified militants blew up two electricity pylons of the 220 KV Guddu Sibi transmission line in "
    "Mir Hassan Kot area near Dera Murad Jamali, the headquarters of Naseerabad District, on the "
    "intervening night of July 6 and 7, plunging several districts of Balochistan into darkness, reports "
    "The News. Quetta Electric Supply Company (QESCO) officials said that the explosives had been planted at "
    "the bases of the towers. In the same area, a Levies patrol found explosives tied to a third pylon, "
    "which were defused by a BDS team. Separately, militants fired two rockets at a Levies checkpost in "
    "Chattar area of Naseerabad District, but no casualty was reported."
)

TEXTS["BE-09"] = (
    "Two policemen were killed and three others were injured when dacoits attacked a police picket at Kot "
    "Ghulam Hyder in the kacha (riverine) area of Rojhan tehsil in Rajanpur District of Punjab on the "
    "intervening night of February 16 and 17, reports The Express Tribune. Police said around 25 bandits "
    "armed with rocket launchers and automatic weapons attacked the picket from three sides and the "
    "exchange of fire continued for two hours. Two dacoits were also killed in the retaliatory fire. On "
    "February 18, police launched an operation in the same area with the help of Elite Force commandos. A "
    "wanted dacoit, Jumma Khan alias Jummo, carrying head money of PKR two million, was killed in the "
    "ensuing exchange of fire while two of his accomplices were arrested."
)

TEXTS["BE-10"] = (
    "Police on May 29 recovered an engineer, identified as Waqas Ahmed Butt, who had been abducted by "
    "dacoits from a road construction site near Kandhkot in Kashmore District on May 2, reports Dawn. "
    "Senior Superintendent of Police (SSP) Rafiq Ahmed Dahar said the engineer was freed after an encounter "
    "with dacoits in the kacha area of Khanpur tehsil in Shikarpur District. Two dacoits were killed in the "
    "exchange of fire while a policeman, Head Constable Nisar Ahmed Chandio, was injured. Dahar said Butt, "
    "a resident of Gujranwala, had been kept in chains in a hideout of the gang of Mehboob Jagirani, which "
    "had demanded a ransom of PKR 50 million for his release."
)

TEXTS["BE-11"] = (
    "The bullet riddled body of a young man, stuffed in a gunny sack, was found in a nullah in Sohrab Goth "
    "within the limits of Sohrab Goth Police Station in Karachi on March 8, reports The News. Police said "
    "that the victim, identified as Zahid Hussain Bangash (28), a rickshaw driver and resident of Qasba "
    "Colony, had gone missing two days earlier. His hands were tied behind his back and he had been shot "
    "twice in the head. Police suspect that he was killed on sectarian grounds."
)

TEXTS["BE-12"] = (
    "Unidentified armed men shot dead a leader of the Balochistan National Party Mengal (BNP M), identified "
    "as Master Nabi Dad, near his house in Absar area of Turbat in Kech District on October 11, reports The "
    "Express Tribune. The assailants riding a motorcycle opened fire on him when he was returning home from "
    "the government school where he taught. Nabi Dad was the partys district vice president. On the "
    "following day, a complete shutter down strike was observed in Turbat and other towns of Kech District "
    "on the call of the BNP M to protest against the killing. Markets and shops remained closed and "
    "traffic was thin on the roads. Party workers also staged a sit in outside the Turbat Press Club and "
    "demanded the arrest of the killers."
)

TEXTS["BE-13"] = (
    "Four Frontier Corps (FC) personnel were killed and seven others were injured when militants attacked "
    "their convoy with a roadside bomb followed by heavy gunfire in Dazzgi Kaur area of Panjgur District on "
    "December 2, reports Dawn. Official sources said the convoy was on its way from Panjgur town to Paroom "
    "when an improvised explosive device (IED) planted along the road went off, after which the attackers "
    "opened fire from the surrounding hills. Three militants were killed in the retaliatory fire. The "
    "Balochistan Liberation Army (BLA) claimed responsibility for the attack in a statement issued by its "
    "spokesman, Shahzain Baloch. In a separate incident on the same day, a shopkeeper was shot dead by "
    "unidentified assailants in Chitkan Bazaar of Panjgur."
)

TEXTS["BE-14"] = (
    "Around 15 armed men set ablaze four excavators, a bulldozer and two dumper trucks of a private company "
    "engaged in the construction of a road in Zarren Bug area of Pasni tehsil in Gwadar District on "
    "November 15. Levies sources said the armed men arrived at the site on motorcycles, took away the "
    "mobile phones of the workers, locked them in a container and torched the machinery before fleeing. No "
    "one was hurt. The Balochistan Liberation Front (BLF) claimed responsibility for the attack in a message "
    "posted on social media by its spokesman, Dosten Baloch, warning companies against working on projects "
    "in the area."
)

TEXTS["BE-15"] = (
    "Four people, including the shop owner, were injured when unidentified men riding a motorcycle hurled a "
    "hand grenade at a mobile phone shop on Prince Road within the limits of Bijli Road Police Station in "
    "Quetta on July 19, reports Dawn. Police said the owner, Naseebullah Kakar, had been receiving "
    "threatening calls for extortion money for a month. Later on the same day, unidentified gunmen shot "
    "dead a police constable, identified as Muhammad Anwar, on Sariab Road when he was on his way to duty."
)

TEXTS["BE-16"] = (
    "Security forces killed five terrorists belonging to the Islamic State Khorasan Province (ISKP) during "
    "an intelligence based operation in Siah Pak area of Mastung District on the intervening night of June "
    "24 and 25, reports The News. According to the Inter Services Public Relations (ISPR), the terrorists "
    "were involved in an attack on a Levies checkpost in Kardigap area last month. Five terrorists were "
    "killed in the exchange of fire. A soldier, Sepoy Zarar Khan, embraced martyrdom while two others were "
    "injured. A large quantity of arms, ammunition and explosives was recovered from the hideout."
)

TEXTS["BE-17"] = (
    "Unidentified militants set ablaze a cellular phone tower in Mangochar area of Kalat District on the "
    "night of August 29, reports Daily Times. Levies officials said the armed men held the guard at "
    "gunpoint, sprinkled petrol on the equipment room and set it on fire. In the same area, armed men "
    "opened fire on a Levies patrol on the national highway the following morning, injuring two personnel, "
    "identified as Naib Risaldar Abdul Ghafoor and Sepoy Rasool Bakhsh. The Levies returned fire and the "
    "attackers fled towards the nearby mountains. Meanwhile, a Hindu trader, Ashok Kumar, was abducted by "
    "armed men from his shop in Kalat city on the same day."
)

TEXTS["BE-18"] = (
    "A soldier of the Frontier Corps (FC) was killed and two others were injured when a remote controlled "
    "improvised explosive device (IED) went off near their patrolling vehicle in Killi Badal Khan area of "
    "Nushki District on September 16, 2019, reports The News. Levies officials said the explosive device had "
    "been planted in a motorcycle parked along the road leading to the FC camp. No group claimed "
    "responsibility for the attack."
)

TEXTS["BE-19"] = (
    "The bullet riddled bodies of two young men, who had been abducted by armed men from the main bazaar of "
    "Kharan town on April 3, were found in Sar Kallag area of Kharan District on April 6, reports Daily "
    "Times. Levies officials identified them as Shah Murad and Nazeer Ahmed, both students of a local "
    "college. Their relatives told reporters that the youths had been picked up by men in plain clothes "
    "travelling in a double cabin vehicle."
)

TEXTS["BE-20"] = (
    "Militants fired at least six rockets at a Frontier Corps (FC) camp in Dandar Kaur area of Mashkay "
    "tehsil in Awaran District late on the night of January 8, reports The Express Tribune. Two rockets "
    "landed inside the camp, injuring three FC personnel, while the rest fell in nearby fields. A woman, "
    "identified as Bibi Hani, was killed when one of the rockets hit her mud house. Following the attack, "
    "Security Forces (SFs) launched a search operation in the area and arrested nine suspects. The "
    "Balochistan Liberation Front (BLF) claimed responsibility for the attack in a statement released on "
    "social media."
)

TEXTS["BE-21"] = (
    "Separately, three young shepherds were killed and another was injured when a landmine exploded in "
    "Phaili Kach area of Kahan tehsil in Kohlu District. Levies sources said the boys were grazing goats "
    "when one of them stepped on the mine, which had been planted by militants on a track used by FC "
    "vehicles. The injured boy was shifted to the District Headquarters Hospital in Kohlu in critical "
    "condition."
)

TEXTS["BE-22"] = (
    "Two policemen and a civilian were killed when heavily armed militants stormed a police post in Killi "
    "Shahbaz area of Zhob District in the early hours of May 14, reports Dawn. Police said the attackers, "
    "around 12 in number, used hand grenades and automatic weapons. Two policemen were killed on the spot. "
    "A passerby, identified as Abdul Samad Mandokhail, also died in the crossfire. Two of the attackers "
    "were killed when reinforcements arrived. The Tehreek e Taliban Pakistan (TTP) claimed responsibility "
    "for the attack through its spokesman, Mufti Rehmatullah."
)

TEXTS["BE-23"] = (
    "Four people, including two policemen, were killed and 11 others were injured when a bomb attached to a "
    "motorcycle went off near a police van on Taj Road in Chaman town of Killa Abdullah District on February "
    "25, reports The Express Tribune. Police said the device, weighing around five kilogrammes, was "
    "detonated by remote control as the police van passed. The other two killed were labourers waiting for "
    "work at the roadside. Separately, Levies personnel arrested two would be suicide bombers and recovered "
    "two suicide jackets from their possession at a checkpost near the Friendship Gate, the main border "
    "crossing with Afghanistan, on the same day."
)

TEXTS["BE-24"] = (
    "A Shia doctor, identified as Dr Syed Raza Hasnain Zaidi, was shot dead by unidentified motorcyclists "
    "outside his clinic in Block 13 of Gulistan e Jauhar in Karachi East District on January 29, reports "
    "Dawn. Police said the doctor had just closed the clinic when two armed men on a motorcycle fired at him "
    "and fled. His compounder, Imran Ali, was injured. Police termed it a sectarian target killing. Soon "
    "after the incident, enraged members of the Shia community blocked University Road and set two buses on "
    "fire. Police fired teargas shells to disperse the protesters."
)

TEXTS["BE-25"] = (
    "Two low intensity blasts damaged a portion of the railway track near Jamali Goth on the outskirts of "
    "Hyderabad on the intervening night of December 9 and 10, reports The Express Tribune. Railway traffic "
    "between Hyderabad and Karachi remained suspended for three hours. Pamphlets left at the site said that "
    "the banned Sindhudesh Revolutionary Army (SRA) had carried out the blasts. Separately, an explosive "
    "device planted outside a branch of a private bank in Latifabad Unit 7 went off on the same night, "
    "shattering its windowpanes. No one was hurt in either incident."
)

TEXTS["BE-26"] = (
    "A journalist, identified as Abdul Razzaq Soomro, a correspondent of a Sindhi language daily, was shot "
    "dead by two unidentified gunmen near his house in Sachal Colony of Larkana on the night of November 7, "
    "reported Daily Times. Police said the assailants fled on a motorcycle and the motive behind the killing "
    "could not be ascertained. Soomro had recently reported on land grabbing in the kacha area of Larkana. "
    "On the following day, journalists staged a protest outside the Larkana Press Club and boycotted the "
    "coverage of government functions, demanding the arrest of the killers."
)

TEXTS["BE-27"] = (
    "At least seven people, including four policemen, were killed and 23 others were injured when a suicide "
    "bomber blew himself up near a police picket at Bhatti Chowk in Lahore, the provincial capital of "
    "Punjab, on the evening of March 5, reports Dawn. Police said the bomber, who was on foot, tried to "
    "approach an Elite Force van parked at the picket and detonated his explosive vest when a constable "
    "stopped him. Three of the dead were passersby. Two of the injured policemen succumbed to their injuries "
    "at Mayo Hospital late at night, taking the death toll to nine. Police said the bomber, aged around 18, "
    "hailed from Mohmand Agency. Jamaat ul Ahrar (JuA), a splinter group of the Tehreek e Taliban Pakistan "
    "(TTP), claimed responsibility for the attack. Earlier in the day, the Counter Terrorism Department "
    "(CTD) arrested three suspected militants of the TTP from a rented house in Shahdara and recovered two "
    "pistols and banned literature from their possession."
)

TEXTS["BE-28"] = (
    "A police constable guarding a polio vaccination team was shot dead by two unidentified motorcyclists "
    "in Dhok Hassu area within the limits of Pirwadhai Police Station in Rawalpindi on April 24, 2014, "
    "reports The News. The slain constable was identified as Zulfiqar Ali. The two lady health workers of "
    "the team remained unhurt. City Police Officer (CPO) Faisal Rana Tiwana said that the anti polio "
    "campaign in the area had been suspended for the day and police had started a search for the attackers."
)

TEXTS["BE-29"] = (
    "Unidentified militants attacked a Border Military Police (BMP) checkpost at Lundi Kach in the tribal "
    "area of Dera Ghazi Khan District in Punjab late on the night of October 23, reports The Express "
    "Tribune. A BMP sepoy, identified as Allah Ditta, was killed in the attack. Three other personnel were "
    "injured. The attackers fled towards the Balochistan border after a gunfight that lasted over an hour. "
    "On the next day, the Counter Terrorism Department (CTD) killed four terrorists in an exchange of fire "
    "during an intelligence based operation in Choti Zareen area of the same district. According to a CTD "
    "spokesman, the terrorists were affiliated with the Tehreek e Taliban Pakistan (TTP) and had been "
    "involved in the attack on the BMP checkpost."
)

TEXTS["BE-30"] = (
    "A district leader of the Ahle Sunnat Wal Jamaat (ASWJ), Maulana Riaz Hussain Siddiqui, and his guard "
    "were shot dead by unidentified gunmen near Jhal Khanuana Chowk in Faisalabad on August 2, reports "
    "Daily Times. Police said the cleric was returning home from a mosque on a motorcycle with his guard, "
    "Muhammad Ramzan, when the attackers intercepted them. Police termed it an act of sectarian target "
    "killing. On the same day, the Counter Terrorism Department (CTD) arrested two suspected militants of "
    "the banned Lashkar e Jhangvi (LeJ) near Ahmedpur East in Bahawalpur District and recovered four hand "
    "grenades and detonators from their possession."
)
