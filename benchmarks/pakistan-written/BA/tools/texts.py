# The 30 invented reports of set BA (hand-written; real place names, invented people, villages and counts).
TEXTS = {}

TEXTS["BA-01"] = ("Two policemen were killed and another was injured when unidentified militants opened fire on a police mobile van within the limits of Mandan Police Station in Bannu District of Khyber Pakhtunkhwa on the night of June 11, reports Dawn. "
"The slain policemen were identified as Head Constable Abdul Wali and Constable Rehmat Shah. "
"The injured constable, Sher Nawaz, was shifted to the District Headquarters Hospital in Bannu, where he succumbed to his injuries the next morning. "
"Police said the attackers fled under the cover of darkness, and a search operation was launched in the area.")

TEXTS["BA-02"] = ("Unidentified militants hurled a hand grenade into the house of a local trader, Nisar Ahmed, in Sami area of Kech District on September 3, injuring his two sons, reports The Express Tribune. "
"In another incident, a Frontier Corps (FC) vehicle was hit by a roadside improvised explosive device (IED) in Buleda tehsil (revenue unit) of the same district a day later, killing a soldier and injuring three others. "
"The banned Balochistan Liberation Front (BLF) claimed responsibility for the IED attack. "
"Its spokesman, Kambar Baloch, in a statement faxed to newspaper offices in Quetta, said the group would continue to target FC convoys in Makran.")

TEXTS["BA-03"] = ("Security forces killed six terrorists during an intelligence based operation (IBO) in Ghundai Kalay village of Spinwam tehsil in North Waziristan District on the intervening night of March 15 and 16, according to the Inter Services Public Relations (ISPR). "
"The terrorists belonged to Fitna al Khawarij, the ISPR said. "
"During the intense exchange of fire, two soldiers, including Lieutenant Hamza Tariq, embraced shahadat. "
"Three other soldiers were injured. "
"A cache of weapons and ammunition was recovered from the killed khwarij, The News reported.")

TEXTS["BA-04"] = ("A prayer leader, Maulana Qari Saifullah (52), was shot dead and his son, Ubaidullah, was injured when unidentified armed motorcyclists opened fire on them near their house in Shah Faisal Colony in Karachi, the provincial capital of Sindh, on February 18, reports Dawn.")

TEXTS["BA-05"] = ("A pro government tribal elder, Malik Gul Rahim, and his nephew were killed when a remote controlled bomb planted on the roadside went off near their vehicle in Tangai Kulala village of Salarzai tehsil (revenue unit) in Bajaur Agency of Federally Administered Tribal Areas (FATA) on August 27, reports The News. "
"Political administration officials said the elder had been receiving threats from militants for supporting the government. "
"Separately, at least 12 mortar shells fired from across the border in Afghanistan landed in Ghakhi area of Mamund tehsil on the same day, damaging two houses and injuring a woman and two children. "
"Officials said the shells were fired by militants based in the Afghan province of Kunar.")

TEXTS["BA-06"] = ("At least eight personnel of the Balochistan Constabulary (BC) were killed and 21 others, including four passersby, were injured when a suicide bomber rammed his explosive laden motorcycle into a truck carrying the personnel on Sariab Road in Quetta, the provincial capital of Balochistan, on the morning of November 29, reports Dawn. "
"Deputy Inspector General (DIG) of Police Quetta, Aslam Khan Kakar, said some 35 BC personnel were on board the truck, which was taking them to duty points in the city. "
"The bombers head was found at the site and sent for forensic examination. "
"Hours later, the Hizbul Ahrar, a splinter group of the Tehreek e Taliban Pakistan (TTP), claimed responsibility for the attack in an email to journalists.")

TEXTS["BA-07"] = ("A woman and her teenage son were killed and five other villagers were injured when troops of the Indian Border Security Force (BSF) fired mortar shells on villages along the Working Boundary in Charwah sector of Sialkot District in Punjab late on Saturday night, reports The Express Tribune. "
"According to a spokesman of the Punjab Rangers, the shells hit Kundanpur and Dhamala villages, and the shelling continued till 4 am. "
"The Rangers responded effectively, silencing the Indian guns, the spokesman said. "
"Two houses and a cattle shed were also destroyed.")

TEXTS["BA-08"] = ("At least nine militants were killed in a clash between Lashkar e Islam (LeI) and Ansarul Islam in Sandapal area of Tirah valley in Khyber Agency on October 6, reports Dawn. "
"Sources said the fighting erupted when LeI fighters attacked Ansarul Islam positions on a hilltop overlooking the valley. "
"Six of the dead belonged to Ansarul Islam, its spokesman, Qari Mehboob ul Haq, told reporters by telephone from an undisclosed location. "
"LeI spokesman Haji Sarfaraz Afridi claimed his group had lost only three men and had captured two posts of the rival group. "
"Both groups have been fighting for control of Tirah since 2008.")

TEXTS["BA-09"] = ("Unidentified gunmen shot dead a female polio worker, Shazia Bibi, and injured a police constable escorting the vaccination team in Shinkad Banda village of Kabal tehsil in Swat District on April 22, reports The News. "
"The team was administering polio drops to children door to door when two armed men on a motorcycle opened fire. "
"Separately, a Lady Health Worker (LHW), Naseem Akhtar, was abducted by militants from her house in Matta tehsil of the district. "
"Her bullet riddled body was found in a stream in the same area the next morning. "
"Police registered cases against unknown persons in both incidents.")

TEXTS["BA-10"] = ("A low intensity bomb exploded on the railway track near Rohri in Sukkur District of Sindh on the intervening night of December 26 and 27, damaging a portion of the track, reports Dawn. "
"The Karachi bound Jaffar Express had passed the spot a few minutes earlier. "
"Pamphlets of the banned Sindhudesh Revolutionary Army (SRA), claiming responsibility for the blast, were found at the site. "
"Later, Bomb Disposal Squad (BDS) personnel defused another device, weighing around two kilogrammes, planted on the track near Pano Aqil railway station. "
"Railway Police said train traffic on the main line remained suspended for five hours.")

TEXTS["BA-11"] = ("At least five people were killed and 11 others injured as tribesmen of the Sargal and Mirzakhel clans exchanged fire with heavy weapons over a land dispute in Balishkhel area of Lower Kurram in Kurram District on Monday, reports Daily Times. "
"Among the dead were a schoolteacher and a shopkeeper who were caught in the crossfire, officials said. "
"On Wednesday, a grand jirga of elders from Hangu and Orakzai brokered a ceasefire between the two sides, after which Frontier Corps (FC) personnel took over the bunkers in the disputed area. "
"The jirga also constituted a commission to settle the land dispute according to revenue records.")

TEXTS["BA-12"] = ("The Counter Terrorism Department (CTD) Punjab claimed to have foiled a terror plot by arresting three suspected terrorists of the Islamic State Khorasan Province (ISKP) in a raid in Dhok Kala Khan area of Rawalpindi on July 9, reports The Express Tribune. "
"A CTD spokesman said the suspects were planning to attack a Muharram procession in the city. "
"Two suicide vests, 12 hand grenades, detonators and a sketch of the procession route were recovered from their possession. "
"The arrested men were identified as Abdul Basit, Ikramullah and Noman alias Abu Hurairah.")

TEXTS["BA-13"] = ("An Anti Terrorism Court (ATC) in Peshawar on Thursday sentenced two men to death for their role in the suicide attack on a mosque in Pabbi area of Nowshera District in which 14 worshippers were killed in November 2011, reports The News. "
"The court also handed a seven year prison term to a third accused, Fazal Wahid, for sheltering the bomber. "
"According to the prosecution, the convicts, Sher Zaman and Asmatullah, belonged to the Tehreek e Taliban Pakistan (TTP) and had also planned an attack on a police training school in Mardan, which was foiled in 2012.")

TEXTS["BA-14"] = ("A former tehsil nazim and local leader of the Awami National Party (ANP), Haji Gul Mast Khan, was shot dead by unidentified assailants near his dera (guest house) in Paharpur tehsil of Dera Ismail Khan District on Tuesday, reported Daily Times. "
"His driver was injured in the attack. "
"Police said the assailants, riding a motorcycle, fled towards the riverine area. "
"Separately, militants hurled two hand grenades at Kulachi Police Station late on Tuesday night. "
"One of the grenades did not go off. "
"No one was hurt, but the boundary wall of the police station was damaged.")

TEXTS["BA-15"] = ("Police recovered a forest department official, Shakeel Ahmed, who had been abducted by armed men last week, after a raid on a hideout in the forests of Tangir valley in Diamer District of Gilgit Baltistan on Friday, reports Dawn. "
"Two suspected kidnappers were arrested while three others escaped into the mountains, Superintendent of Police (SP) Diamer Raja Mirza Hassan said.")

TEXTS["BA-16"] = ("At least four suspected militants were killed when a US drone fired two missiles at a compound in Shawal area of North Waziristan Agency on May 24, Daily Times reported. "
"Officials said the compound was being used by foreign fighters affiliated with the Hafiz Gul Bahadur group. "
"A day earlier, militants attacked an FC check post in Razmak tehsil with rockets and automatic weapons, triggering an exchange of fire that lasted for two hours. "
"Two FC soldiers were killed in the attack, security officials said. "
"Five attackers were also killed in the retaliatory fire, while three soldiers were injured.")

TEXTS["BA-17"] = ("Twenty two militants of the Jamaat ul Ahrar (JuA) laid down their arms before the political administration and security forces at a ceremony held at Ghalanai, the headquarters of Mohmand Agency, on Saturday, reports The News. "
"The militants handed over their weapons, including Kalashnikovs, a rocket launcher and hand grenades, and pledged to lead peaceful lives. "
"Assistant Political Agent Fazal Rabbi said the surrendered men would be rehabilitated under a government scheme and that 140 militants had surrendered in the agency so far this year. "
"\"Those who return to a peaceful life will be welcomed, but there will be no mercy for those who continue to fight,\" Rabbi said.")

TEXTS["BA-18"] = ("Three suspected gangsters were killed in an exchange of fire with Rangers in Chakiwara area of Lyari Town in Karachi on Sunday, reports The Express Tribune. "
"A Rangers spokesman said the suspects belonged to the Baba Ladla group of the Lyari gang war and were wanted in several cases of extortion and murder. "
"A Rangers soldier was injured. "
"Meanwhile, police arrested two alleged target killers affiliated with the Lashkar e Jhangvi (LeJ) in a raid in Sohrab Goth and recovered a sub machine gun and two pistols from their possession, Senior Superintendent of Police (SSP) Tariq Mehmood Dogar said.")

TEXTS["BA-19"] = ("Militants blew up a gas pipeline supplying gas to a power plant in Pir Koh area of Dera Bugti District on May 2, suspending supply to the plant, reports Daily Times. "
"In a separate incident, a Levies patrol came under fire in Kahan area of Kohlu District on the same day. "
"Levies officials said two personnel were martyred and one was injured, while the attackers fled into the mountains. "
"Meanwhile, a landmine explosion killed two shepherds and wounded a boy in Sangsila area of Dera Bugti. "
"The Baloch Republican Army (BRA) claimed responsibility for the pipeline blast and the attack on the Levies, its spokesman, Sohail Baloch, said from an undisclosed location.")

TEXTS["BA-20"] = ("Militants attacked the Tajazai police station in Lakki Marwat District with a quadcopter on Wednesday night, dropping two mortar rounds on the building, reports Dawn. "
"A constable, Farmanullah, was injured. "
"Police said it was the third such attack on police installations in the district in a month. "
"On Thursday morning, unidentified gunmen ambushed a police van near Dara Pezu, killing Assistant Sub Inspector (ASI) Gul Zarin and Constable Shakirullah. "
"The banned Tehreek e Taliban Pakistan (TTP) did not claim either attack, but the Ittehad ul Mujahideen Pakistan (IMP), an alliance of militant factions, said in a statement that its fighters had carried out the ambush.")

TEXTS["BA-21"] = ("At least 11 people were killed and 27 injured when a suicide bomber blew himself up among mourners attending the funeral prayers of a slain tribal elder in Mashokhel village on the outskirts of Peshawar on Sunday afternoon, reports The News. "
"The elder, Malik Ajmal Khan, had been shot dead by militants in the same area on Saturday evening. "
"Two of the injured succumbed to their wounds at Lady Reading Hospital late at night, raising the death toll to 13, hospital officials said. "
"The Tehreek e Taliban Pakistan (TTP) claimed responsibility for both attacks, saying the elder had raised a lashkar against the group. "
"Mashokhel had been the target of a similar attack in 2009 in which seven members of the village lashkar were killed.")

TEXTS["BA-22"] = ("Armed dacoits abducted three employees of a private construction company, including an engineer, from their camp near Gehelpur in Kashmore District of Sindh on the night of January 8, reports Daily Times. "
"The workers were building a road between Kandhkot and Ghouspur when around a dozen men armed with rocket launchers stormed the camp. "
"Kashmore Senior Superintendent of Police (SSP) Irshad Hussain Mirani said an operation had been launched in the riverine area to recover them. "
"In another development, police recovered a schoolteacher, Haresh Kumar, who had been kidnapped from Kandhkot ten days ago, after an encounter with his captors in Darya Khan Mari area. "
"One of the kidnappers was killed in the exchange of fire, the SSP said.")

TEXTS["BA-23"] = ("Gunmen on two motorcycles opened fire on a pick up van on Spinny Road in Quetta on Thursday morning, killing four Hazara vegetable vendors and injuring two others, reports The Express Tribune. "
"The victims were on their way to the Hazarganji vegetable market from Hazara Town. "
"Capital City Police Officer (CCPO) Ahsan Rafiq Abbasi said police had initially suspected the banned Lashkar e Jhangvi (LeJ). "
"However, a man claiming to be a spokesman of the group, Abu Bakar Farooqi, denied its involvement when contacted by journalists and said the group had no link to the attack.")

TEXTS["BA-24"] = ("Police foiled a terrorist attack on the Sakhi Sarwar check post in Dera Ghazi Khan District of Punjab on the intervening night of April 9 and 10, shooting dead a would be suicide bomber before he could detonate his explosive vest, reports The News. "
"According to a police spokesman in Lahore, two attackers approached the check post from the hills bordering Balochistan and opened fire on the personnel on duty. "
"The second attacker escaped in the darkness. "
"A constable, Muhammad Riaz, was injured. "
"\"Our personnel averted a major tragedy,\" the spokesman said. "
"The Bomb Disposal Squad (BDS) later defused the vest, which contained eight kilogrammes of explosives and ball bearings.")

TEXTS["BA-25"] = ("Two civilians were killed and nine others, including three soldiers, were injured when Afghan Border Police (ABP) personnel opened fire and fired mortar shells on Pakistani border posts and villages near the Chaman border crossing in Killa Abdullah District on Sunday, reports Dawn. "
"According to the Inter Services Public Relations (ISPR), Pakistani troops responded and destroyed several Afghan posts. "
"Officials said the firing began after ABP personnel objected to fencing work near the Friendship Gate. "
"The crossing remained closed for trade for the rest of the day, stranding hundreds of trucks on both sides. "
"On Monday, traders in Chaman staged a protest against the closure, blocking the road to Quetta for several hours.")

TEXTS["BA-26"] = ("At least five people were killed and 18 others wounded when a bomb fitted to a motorcycle exploded outside the election office of an Awami National Party (ANP) candidate for PK 18 in Tangi tehsil of Charsadda District on the evening of May 4, reports Dawn. "
"The candidate, Arshad Ali Khan, was inside the office but escaped unhurt. "
"Police said the device was detonated by remote control. "
"A spokesman of the Tehreek e Taliban Pakistan (TTP), Maulvi Ahmad Marwat, claimed responsibility by telephone and said the party would be targeted until polling day. "
"The ANP had suspended its campaign in the district in 2008 after a similar bombing at a rally in Charsadda town.")

TEXTS["BA-27"] = ("Security forces killed seven militants of the banned Balochistan Liberation Front (BLF), including a local commander, during an operation in the mountains around Jhao in Awaran District on Tuesday, reports Daily Times. "
"Frontier Corps (FC) spokesman Major Adnan Qureshi said in Quetta that the operation was launched after the militants attacked a road construction camp in the area on Monday, killing two labourers. "
"Five militant camps were destroyed and arms and ammunition were seized, he added. "
"The BLF denied that any of its fighters had been killed and claimed that the dead were villagers picked up by the forces earlier.")

TEXTS["BA-28"] = ("Militants fired four rockets at a Khasadar post in Ghiljo area of Upper Orakzai in Orakzai Agency late on Friday night, reports The News. "
"Two rockets hit the post, injuring three Khasadar personnel, while the other two landed in nearby fields. "
"Political administration officials said the rockets were fired from the mountains in Mamozai area. "
"Security forces later shelled suspected hideouts of the militants in Mamozai, but no casualties were reported.")

TEXTS["BA-29"] = ("a worker of the Pakistan Peoples Party (PPP), identified as Javed Baloch, was shot dead by unidentified armed assailants near a tea stall in Old Golimar. "
"Police said two men on a motorcycle fired several shots at him and fled towards Lyari Expressway. "
"The victim had been associated with the party for over 15 years, the area police said.")

TEXTS["BA-30"] = ("Security forces killed four terrorists belonging to the Indian sponsored Fitna al Hindustan in an intelligence based operation in Hoshab area of Kech District on the night of June 17, the ISPR said. "
"Separately, a soldier, Sepoy Abdul Qayyum, embraced shahadat when terrorists opened fire on a security forces vehicle in Mashkay area of Awaran District on June 18. "
"Another soldier was injured. "
"The Balochistan Liberation Army (BLA) claimed the attack in Mashkay in a statement and said its fighters had killed three soldiers.")
