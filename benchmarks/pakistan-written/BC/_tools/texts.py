# The 30 invented reports of set BC (SATP summary style). Written by hand.
T = {}
T["01"] = ("Four Frontier Corps (FC) personnel were killed when militants ambushed their vehicle near Hoshab area of Kech District in Balochistan on March 9, reports The Express Tribune. "
 "According to FC officials, the convoy was on its way from Turbat to Panjgur when militants hiding in the surrounding hills opened fire with automatic weapons. "
 "Three other FC personnel sustained injuries and were shifted to Turbat. "
 "Two attackers were also killed in the retaliatory fire, the officials said, adding that their bodies were taken away by their accomplices.")
T["02"] = ("Unidentified militants hurled a hand grenade at a police mobile van on Ring Road in Peshawar, the provincial capital of Khyber Pakhtunkhwa, late on Saturday night, reports Dawn. "
 "Two policemen were injured in the attack. One of them, constable Sher Zaman, succumbed to his injuries in hospital on Sunday morning, police said. "
 "In another incident, a shopkeeper was shot dead by armed motorcyclists within the limits of Tehkal Police Station on Sunday. "
 "Police said the motive behind the killing was yet to be ascertained.")
T["03"] = ("Security Forces (SFs) killed six militants during an intelligence based operation (IBO) in Datta Khel area of North Waziristan Agency in Federally Administered Tribal Areas (FATA) on the intervening night of June 11 and 12, according to Inter Services Public Relations (ISPR). "
 "During the intense exchange of fire, a soldier, Sepoy Naveed Akhtar (24), embraced martyrdom. Weapons and ammunition were recovered from the militants hideout. "
 "Separately, militants fired at a check post of the SFs in Ghulam Khan area of the same Agency on June 12. "
 "The troops responded effectively and the militants fled, the ISPR statement added. No casualties were reported.")
T["04"] = ("A prominent religious scholar, Maulana Abdul Qayyum Siddiqui (58), was shot dead by two armed pillion riders outside a seminary within the limits of Sharafi Goth Police Station in Karachi, the provincial capital of Sindh, on Friday evening, reports The News. "
 "The cleric, who was associated with the Ahle Sunnat Wal Jamaat (ASWJ), was on his way home after leading the Maghrib prayers. "
 "His driver, Muhammad Asif, was injured in the firing and was shifted to Jinnah Hospital. "
 "Police said it appeared to be an incident of sectarian target killing.")
T["05"] = ("At least 11 people, including four members of a local peace committee, were killed and 23 others injured when a suicide bomber blew himself up at a jirga (council of elders) in Shinkai Banda village of Salarzai tehsil (revenue unit) in Bajaur Agency of Federally Administered Tribal Areas (FATA) on Monday, reports Dawn. "
 "The jirga had been convened at the hujra (guest house) of a tribal elder, Malik Gul Rahman, to settle a land dispute between two families. Malik Gul Rahman escaped with minor injuries. "
 "Officials said the bomber, who appeared to be in his teens, walked into the gathering on foot. "
 "Later in the evening, the Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack, saying the peace committee members had sided with the government.")
T["06"] = ("Two vegetable vendors belonging to the Hazara community were shot dead and another was injured when unidentified gunmen opened fire on them near the Hazar Ganji vegetable market in Quetta, the provincial capital of Balochistan, on October 4, reports Daily Times. "
 "Police said the vendors were returning to Hazara Town in a pick up van when two attackers on a motorcycle intercepted them. "
 "Meanwhile, unidentified persons hurled a hand grenade at a mobile phone shop on Jinnah Road in the evening, injuring the shopkeeper and a passerby. "
 "In a third incident, a Bomb Disposal Squad (BDS) team defused an improvised explosive device (IED) weighing five kilogrammes that had been planted near a Levies check post on Sariab Road.")
T["07"] = ("At least seven people, including three policemen, were killed and 19 others injured when a suicide bomber blew himself up near a police picket at Chungi Amar Sidhu on Ferozepur Road in Lahore, the provincial capital of Punjab, on February 13, reports The Express Tribune. "
 "The bomber, who was on foot, detonated his explosives when policemen stopped him for checking, a senior police officer said. "
 "The Jamaat ul Ahrar (JuA) faction of the Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack. "
 "Its spokesman, Saifullah Mohmand, speaking to reporters by telephone from Mohmand Agency, warned of more attacks. "
 "Separately, the Counter Terrorism Department (CTD) arrested three suspected militants of the Lashkar e Jhangvi (LeJ) in a raid in Kot Lakhpat area on the same night and recovered hand grenades and detonators from them.")
T["08"] = ("At least nine militants were killed when fighters of Lashkar e Islam (LI) attacked positions of the rival Ansarul Islam in Narai Kandao area of Tirah valley in Khyber Agency on Wednesday, reports The News. "
 "Sources said the fighting continued for several hours before elders intervened. "
 "Five of the dead belonged to Ansarul Islam. The remaining four were LI fighters, the sources added. Several others were injured on both sides. "
 "Speaking to reporters from Peshawar, Ansarul Islam spokesman Mufti Abdul Wahab claimed that his men had beaten back the attack and that the LI had suffered heavy losses.")
T["09"] = ("Unidentified armed men kidnapped a Hindu trader, identified as Lal Chand, from his shop in Garhi Yasin town of Shikarpur District in Sindh on July 22, reported Daily Times. "
 "A day earlier, police recovered a schoolteacher, Ghulam Mustafa Mahar, who had been abducted on May 30, after an encounter with dacoits in the katcha (riverine) area of Khanpur tehsil. "
 "Two dacoits were killed in the encounter while a police constable was injured, Shikarpur Senior Superintendent of Police (SSP) Rizwan Ahmed Sheikh said.")
T["10"] = ("A policeman was killed and another injured when unidentified armed men attacked a police check post in Tangir valley of Diamer District in Gilgit Baltistan (GB) on the intervening night of April 18 and 19, reports Dawn. "
 "The slain policeman was identified as constable Shabbir Hussain. "
 "Before escaping into the mountains, the attackers set fire to a government girls primary school in the same area, burning its furniture and record. "
 "A GB Police spokesman, speaking to journalists in Gilgit, said a search operation had been launched to trace the attackers.")
T["11"] = ("Unidentified militants blew up a portion of the railway track near Mushkaf area of Kachhi (Bolan) District of Balochistan on September 7, suspending train services between Quetta and the rest of the country, Daily Times reported. "
 "No one was hurt in the blast. "
 "Later, the Baloch Liberation Army (BLA) claimed responsibility for the blast, its spokesman Shaheer Baloch said in a statement sent to the media from an undisclosed location. "
 "In another incident, two Levies personnel were injured when militants fired three rockets at the Levies Thana in Dhadar town of the same District late on Friday night.")
T["12"] = ("The Counter Terrorism Department (CTD) Islamabad claimed to have foiled a terror bid by arresting a would be suicide bomber and his handler in Tarnol area of Islamabad on Tuesday, reports The News. "
 "A suicide jacket, two hand grenades and a pistol were recovered from their possession, a CTD official said. "
 "According to the official, the suspects belonged to the Islamic State Khorasan Province (ISKP) and had planned to attack a church in the federal capital during Christmas. "
 "However, the family of one of the suspects, a 19 year old seminary student, denied the charges and told reporters that he had been picked up from their house in Rawalpindi two weeks earlier.")
T["13"] = ("At least five passengers were killed and eight others injured when unidentified militants ambushed a convoy of passenger vehicles near Shorkai Banda area of Lower Kurram on Thursday. "
 "The convoy, escorted by Frontier Corps (FC) personnel, was travelling from Parachinar to Peshawar. Two FC men were among the injured, officials said. "
 "On the same day, three rockets fired from the nearby mountains landed in Sadda town, damaging the boundary wall of a house. "
 "No one was hurt in the rocket attack.")
T["14"] = ("Four militants affiliated with the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire with the Counter Terrorism Department (CTD) during an intelligence based operation in Fort Munro area of Dera Ghazi Khan District in Punjab on May 28, reports Daily Times. "
 "A CTD spokesman said the militants were planning to attack a check post of the Border Military Police (BMP) in the tribal area of the district. "
 "Two CTD personnel sustained injuries in the encounter. "
 "Two Kalashnikovs, four hand grenades and 3.5 kilogrammes of explosives were recovered from the militants hideout, the spokesman added.")
T["15"] = ("Three people, including a worker of the Pakistan Peoples Party (PPP), were shot dead in separate incidents of violence in Karachi, the provincial capital of Sindh, on Wednesday, reports Daily Times. "
 "PPP worker Imran Baloch (32) was shot dead by unidentified motorcyclists in Jhat Pat market area of Lyari while he was sitting at a tea stall. "
 "A youth, identified as Kashif (22), was killed when unidentified assailants opened fire on him in Ghaziabad area of Orangi Town. "
 "Police said the motive behind the killings was not yet known.")
T["16"] = ("A woman and her two children were injured when mortar shells fired by Afghan border forces landed on their house in Kaga Banda village of Nawagai tehsil in Bajaur District on Saturday, The News reported. "
 "According to local officials, the Afghan forces opened unprovoked fire on Pakistani border posts in the area and some of the shells fell on nearby villages. "
 "Pakistani troops responded effectively, the Inter Services Public Relations (ISPR) said in a statement issued from Rawalpindi. "
 "Afghan officials, however, denied opening fire first and accused the Pakistani side of shelling villages across the border.")
T["17"] = ("Eleven militants, including a local commander of the Tehreek e Taliban Pakistan (TTP), surrendered to the Security Forces (SFs) at a ceremony held in Matta tehsil of Swat District on Thursday, reports Daily Times. "
 "The militants handed over their weapons, including two rocket launchers and nine Kalashnikovs, to the SFs. "
 "The commander, identified as Bakht Zada, was wanted for the killing of two policemen in Khwazakhela in 2009. "
 "In a separate incident, SFs arrested three suspected militants during a search operation in Kabal area the same day.")
T["18"] = ("A lady health worker, identified as Shamim Bibi, was shot dead and a policeman escorting her was injured when armed motorcyclists opened fire on a polio vaccination team in Tangi tehsil of Charsadda District on Tuesday, reports Dawn. "
 "The team was administering polio drops to children door to door when it came under attack. "
 "In another incident on the same day, a policeman guarding a polio team was shot dead by unidentified assailants in Mathra area of Peshawar. "
 "The district administrations suspended the anti polio campaign in both districts after the attacks. "
 "A spokesman of the Tehreek e Taliban Pakistan (TTP) denied the groups involvement in the attacks in a statement issued to the media.")
T["19"] = ("Three soldiers, including a captain, embraced martyrdom when their vehicle was hit by an improvised explosive device (IED) in Shakai area of South Waziristan District on Sunday, according to the Inter Services Public Relations (ISPR), reports The Dawn. "
 "The officer was identified as Captain Hamza Rauf. Two other soldiers were injured in the blast. "
 "A day earlier, a tribal elder, Malik Saleh Khan Wazir, was shot dead by unidentified assailants near his house in Wana town. "
 "His nephew, who was with him, was critically injured and died on the way to hospital.")
T["20"] = ("Unidentified gunmen shot dead six labourers hailing from Punjab at a construction site near Ormara town of Gwadar District on the intervening night of May 8 and 9, reports Dawn. "
 "The labourers, who were working on a private housing scheme, were asleep in their camp when the armed men stormed it and opened fire. "
 "The Balochistan Liberation Front (BLF) later claimed responsibility for the killings. "
 "Its spokesman, Dostain Baloch, said in a statement that \"outsiders working on projects in Balochistan\" would continue to be targeted. "
 "On May 10, relatives of the slain labourers staged a protest in Multan, blocking Bosan Road for several hours and demanding the arrest of the killers. "
 "The protest ended peacefully after talks with the district administration.")
T["21"] = ("An Anti Terrorism Court (ATC) in Hyderabad on Thursday sentenced two militants of the banned Lashkar e Jhangvi (LeJ) to death for their role in the bombing of a Muharram procession in Tando Muhammad Khan District, reports The News. "
 "The blast, which took place on the 9th of Muharram in 2011, had killed 14 mourners and injured over 40 others. "
 "The court also handed down life imprisonment to a third accused, Abdul Rasheed alias Rashid Bhai, while two others were acquitted for lack of evidence. "
 "The convicts, Muhammad Imran and Zahid Hussain, were arrested by the Counter Terrorism Department (CTD) from Kotri in 2016.")
T["22"] = ("The Khyber Pakhtunkhwa government on Monday handed over compensation cheques of Rs 5 million each to the families of four policemen who were killed in a militant attack on the Doaba Police Station in Hangu District in March, reports The Express Tribune. "
 "The attack, carried out with rockets and automatic weapons late at night, had continued for nearly two hours. "
 "Three attackers were also killed in the retaliatory fire by police and Frontier Corps (FC) personnel. "
 "Speaking at the ceremony in Hangu, Deputy Inspector General (DIG) of Kohat Region Fazal Wahid said that three new check posts had since been set up on the routes leading to Doaba.")
T["23"] = ("Two policemen were martyred when terrorists attacked a police patrol in Tajori area of Lakki Marwat District on the morning of September 14, reports Dawn. "
 "The attackers, who were riding motorcycles, opened fire on the patrol vehicle near a bridge and fled towards the nearby hills. "
 "On Monday, police recovered the bullet riddled body of a polio vaccinator, identified as Ihsanullah, from a field in Domel area of Bannu District. "
 "He had been kidnapped by unidentified armed men on Saturday while returning home after duty.")
T["24"] = ("Unidentified gunmen shot dead a homeopathic doctor belonging to the Ahmadi community, Dr Ahmad Tariq (61), at his clinic in Ghulam Muhammad Abad area of Faisalabad District in Punjab on October 19, 2020, reports Dawn. "
 "The attackers entered the clinic posing as patients and fired at the doctor from close range before fleeing on a motorcycle. "
 "A spokesman of the Jamaat e Ahmadiyya, speaking from Chenab Nagar, said Dr Tariq was the third member of the community killed in the district this year and urged the government to arrest the killers.")
T["25"] = ("A Levies official and his son were killed when a remote controlled bomb went off near their vehicle in Wadh tehsil of Khuzdar District on May 3, reports Daily Times. "
 "According to Levies sources, the improvised explosive device (IED) had been fitted to a motorcycle parked along the roadside and was detonated as the vehicle passed by. "
 "The slain official was identified as Risaldar Abdul Ghafoor, while his son Bilal Ahmed was a college student. "
 "Two other Levies personnel travelling in the vehicle were injured.")
T["26"] = ("A civilian was killed and three others, including a woman, were injured when Indian troops fired mortar shells at villages along the Line of Control (LoC) in Nakyal sector of Kotli District in Azad Jammu and Kashmir (AJK) on Thursday, reports Dawn. "
 "The deceased, identified as Muhammad Sadiq (45), was working in his fields in Dhara Bandi village when a shell landed nearby. "
 "According to the Inter Services Public Relations (ISPR), Pakistani troops responded effectively and targeted the Indian posts from where the fire originated.")
T["27"] = ("A low intensity explosive device went off near the railway track at Tando Adam in Sanghar District on the intervening night of January 25 and 26, damaging a portion of the track, reports Daily Times. "
 "No casualties were reported and train traffic was restored after repairs. "
 "Police said pamphlets of the banned Sindhudesh Revolutionary Army (SRA) were found at the site. "
 "The SRA has in the past carried out similar low intensity blasts on railway tracks and gas pipelines in the province.")
T["28"] = ("Hundreds of protesters placed the body of a prayer leader, Qari Noor Muhammad, on Circular Road in Dera Ismail Khan on Saturday and blocked traffic for three hours, reports Dawn. "
 "Qari Noor Muhammad had been shot dead by unidentified assailants near a mosque in Kotli Imam Hussain area of the city a day earlier. "
 "The protesters chanted slogans against the police for failing to arrest the killers. "
 "Police used batons and tear gas to disperse them when they tried to march towards the office of the District Police Officer. "
 "The slain cleric was the fifth prayer leader killed in the district since January, the protesters said.")
T["29"] = ("Security Forces (SFs) killed five terrorists belonging to Fitna al Khawarij, the term used by the state for the Tehreek e Taliban Pakistan (TTP), while they were trying to infiltrate into Pakistan from Afghanistan in Sambaza area of Zhob District on the night of July 14, the Inter Services Public Relations (ISPR) said, reports The News. "
 "According to the ISPR, the troops engaged the infiltrators and after an intense exchange of fire all five were killed. "
 "A large cache of weapons, ammunition and explosives was recovered. "
 "The ISPR urged the interim Afghan government to ensure effective border management on its side.")
T["30"] = ("A provincial leader of the Awami National Party (ANP), Haji Sher Afzal Khan, survived a bomb attack on his vehicle in Lund Khwar area of Takht Bhai tehsil in Mardan District on Eid day, reports Daily Times. "
 "Police said a remote controlled device weighing about six kilogrammes had been planted in a culvert and went off as his vehicle passed over it. "
 "Three of his guards were injured in the blast, while the vehicle was badly damaged. "
 "This was the third attack on ANP leaders in Mardan District this year.")
