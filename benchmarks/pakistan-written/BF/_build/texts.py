# Invented SATP-style summaries for set BF (written by hand; real place names, invented villages/people/counts).
TEXTS = {}

TEXTS["BF-01"] = ("Three soldiers were killed and five others injured when militants attacked a Security Forces (SFs) checkpost at Shalpin Kalay village near Matta tehsil (revenue unit) in Swat District of North West Frontier Province (NWFP) on February 11, reports Dawn. "
"Officials said the militants fired rockets and opened fire with automatic weapons from the surrounding hills for almost two hours. "
"Troops retaliated and eleven militants were killed, officials added, though the figure could not be independently confirmed. "
"In another incident, militants blew up a Government girls primary school in Kanju town of Swat in the night of February 11. No casualty was reported. "
"Separately, a cloth merchant, identified as Sher Zaman, was abducted by armed men from Khwazakhela Bazaar on February 10. "
"Qari Gul Wazir, a spokesman of the Swat chapter of Tehreek e Taliban Pakistan (TTP), later told reporters by telephone that the merchant had been taken for spying for the security forces.")

TEXTS["BF-02"] = ("Two activists of the Awami National Party (ANP) were shot dead by unidentified armed assailants in Banaras Chowk area of Orangi Town in Karachi, the provincial capital of Sindh on August 14, reports The Express Tribune. "
"The victims, identified as Gul Rehman (34) and Sabz Ali (29), were sitting outside a tea stall when two men riding a motorcycle opened fire on them. "
"Elsewhere in the city, a policeman, identified as Constable Ashiq Hussain, was killed and another was injured when armed men fired at their mobile van near Sohrab Goth on the same day. "
"Meanwhile, Rangers personnel arrested four suspected target killers linked to the Lyari gang war in a raid in Kalakot area of Lyari Town and recovered two Kalashnikovs and four hand grenades from their possession, a Rangers spokesman said.")

TEXTS["BF-03"] = ("Four members of the Shia Hazara community, including a woman, were killed when gunmen opened fire on a van carrying vegetable vendors on Spinny Road in Quetta on September 18, reports Dawn. "
"Three other vendors were injured. "
"Hospital sources said one of the injured, identified as Ali Madad, succumbed to his wounds on the way to hospital, raising the death toll to five. "
"Lashkar e Jhangvi (LeJ) claimed responsibility for the attack in a telephone call to journalists. "
"Separately, a Levies sepoy was shot dead by unidentified militants near Dasht area of Mastung District on September 17.")

TEXTS["BF-04"] = ("Four soldiers were martyred when militants ambushed a Security Forces (SFs) patrol in the Kamsar Narai area of Razmak tehsil in North Waziristan District of Khyber Pakhtunkhwa on October 3, reports The News. "
"According to the military, the troops responded effectively and two militants were killed in the exchange of fire. "
"A day later, on October 4, SFs conducted an intelligence based operation (IBO) in Ghulam Khan area of the district and killed three terrorists, including a commander identified as Saifullah alias Tor Mullah. "
"Arms and ammunition were also recovered. "
"Meanwhile, hundreds of tribesmen staged a sit in outside the Miranshah Press Club on October 5, demanding an end to targeted killings in the district. "
"\"We are tired of burying our young men,\" said Malik Nasrullah, a tribal elder who addressed the protesters.")

TEXTS["BF-05"] = ("Militants attacked the camp of a private construction company working on the Pasni Turbat road near Shadi Kaur area of Gwadar District on March 9, killing two security guards and setting three vehicles ablaze, reports Daily Times. "
"Baloch Liberation Front (BLF) spokesman Dilmurad Baloch claimed responsibility for the attack in a statement issued to the media. "
"In a separate incident, a remote controlled bomb targeted a Frontier Corps (FC) vehicle in Buleda area of Kech District on March 10. Two FC personnel were injured in the blast. "
"Also on March 10, Levies personnel recovered the bullet riddled body of a man, identified as Naveed Ahmed, who had been kidnapped by unidentified men from Pasni a week ago, near Kalmat.")

TEXTS["BF-06"] = ("At least 16 persons were killed and 27 others wounded as heavy fighting between rival tribes continued for the third consecutive day in Sadda and Balishkhel areas of Kurram Agency in the Federally Administered Tribal Areas (FATA) on August 22, reports The News. "
"Officials said the warring groups were using mortars and rockets, and several houses had been damaged. "
"Separately, gunmen attacked a passenger coach travelling from Parachinar to Peshawar near Thall in Hangu District of North West Frontier Province (NWFP) on August 21, killing six passengers and injuring eleven. "
"Sources said the passengers belonged to the Turi tribe.")

TEXTS["BF-07"] = ("Personnel of the Counter Terrorism Department (CTD) killed five suspected militants of Jamaat ul Ahrar (JuA) in an exchange of fire near Kot Lakhpat in Lahore in the early hours of April 2, reports The Express Tribune. "
"A CTD spokesman said the militants were planning to attack a security installation and opened fire when the team raided their hideout. "
"Two suicide jackets, 12 hand grenades and a large quantity of explosives were recovered. "
"In another incident, the Bomb Disposal Squad (BDS) defused a four kilogramme bomb planted near a community hall in Youhanabad on April 1 after a resident spotted a suspicious bag and informed the Police. "
"Also on April 2, the CTD arrested three suspected terrorists of Lashkar e Jhangvi (LeJ) from Choti Zareen in Dera Ghazi Khan District and recovered a cache of weapons.")

TEXTS["BF-08"] = ("A woman and her teenage son were killed and four other civilians injured when Indian troops resorted to unprovoked shelling across the Line of Control (LoC) in the Nakyal sector of Kotli District in Pakistan occupied Kashmir (PoK) on February 26, reports Dawn. "
"Officials said several mortar shells landed on houses in Dhok Saiyan village. "
"Pakistani troops responded and targeted the Indian posts from where the fire originated, the military said. "
"On the same day, a soldier, identified as Naik Tahir Mehmood, was killed by Indian firing in the Hajira sector of Poonch District.")

TEXTS["BF-09"] = ("The funeral prayers of the five Police personnel killed in the attack on the Mathra Police Station were offered at Malik Saad Shaheed Police Lines in Peshawar on July 9, reports Dawn. "
"Senior Police officials, including the Capital City Police Officer (CCPO), attended the prayers. "
"A case was registered against unidentified militants under the Anti Terrorism Act at the Counter Terrorism Department (CTD) Police Station. "
"The Inspector General of Police (IGP) Khyber Pakhtunkhwa ordered an inquiry into the security lapse and announced compensation for the families of the deceased.")

TEXTS["BF-10"] = ("A Police constable was killed and two others injured when unidentified gunmen attacked a Police checkpost in Goharabad area of Diamer District in Gilgit Baltistan (GB) on January 14, reports The Express Tribune. "
"In another incident, militants set fire to a Government girls primary school in Kharkot Payeen village of Darel tehsil in the night of January 15. No casualties were reported. "
"Police later arrested six suspects, including a local prayer leader, in connection with the arson in a raid on January 17.")

TEXTS["BF-11"] = ("A Hindu trader, identified as Lal Chand Maheshwari, was kidnapped for ransom by armed men from his shop in Thul town of Jacobabad District on November 6, reports The News. "
"Police said the kidnappers had demanded PKR 5 million for his release. "
"Separately, dacoits abducted two labourers from a brick kiln near Kandhkot in Kashmore District on November 5 and took them to the riverine area. "
"Meanwhile, Police recovered a minor boy, identified as Ayan Shah, who had been kidnapped from Shikarpur last month, after an encounter with the kidnappers in the katcha area of Garhi Yasin on November 7. "
"One of the kidnappers was killed while two others escaped.")

TEXTS["BF-12"] = ("Militants from across the border in Afghanistan attacked five Security Forces (SFs) checkposts in Charmang area of Nawagai tehsil in Bajaur Agency of the Federally Administered Tribal Areas (FATA) on June 17, reports Daily Times. "
"Officials said around 200 militants took part in the assault, which continued for several hours. "
"Two soldiers were killed and seven others wounded. "
"Officials later said 14 militants had been killed when troops pushed the attackers back across the border. "
"In a separate incident, mortar shells fired from Afghanistan landed in Dand Kalay village of Baizai tehsil in Mohmand Agency on the same day, injuring three children. "
"The Bajaur chapter of Tehreek e Taliban Pakistan (TTP) claimed responsibility for the attack on the checkposts, its spokesman Qari Sher Afzal told reporters from an undisclosed location.")

TEXTS["BF-13"] = ("At least seven people, including four Police personnel, were killed and 18 others injured when a suicide bomber blew himself up next to a Police truck at Killi Ismail on the Western Bypass in Quetta on June 29, reports Dawn. "
"Hizbul Ahrar claimed responsibility for the bombing in a statement. "
"However, a spokesman for the Tehreek e Taliban Pakistan (TTP) denied any involvement. "
"\"We have nothing to do with this attack and condemn the targeting of innocent people,\" he said. "
"In another incident, two Frontier Corps (FC) personnel were injured when militants hurled a hand grenade at their vehicle in Kuchlak on June 28.")

TEXTS["BF-14"] = ("Two Rangers personnel were injured when a cracker bomb exploded near their picket in Steel Town area of Bin Qasim in Karachi on December 3, reports Dawn. "
"The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility for the blast in a message circulated on social media. "
"On the same day, a similar device went off outside a branch of a private bank in Latifabad Unit 7 in Hyderabad, causing no casualties. "
"Later, Counter Terrorism Department (CTD) officials said they had arrested two suspects linked to the SRA from Mirpur Mathelo in Ghotki District in connection with earlier attacks on Rangers in the province.")

TEXTS["BF-15"] = ("A Police constable was killed and a passerby injured when two suspected terrorists riding a motorcycle opened fire on a Police checkpoint in Tarnol area of Islamabad on the night of May 11, reports The Express Tribune. "
"One of the attackers was killed in retaliatory fire while the other managed to escape. "
"Tehreek e Taliban Pakistan (TTP) claimed the attack a day later. "
"Separately, the Bomb Disposal Squad (BDS) defused an improvised explosive device (IED) weighing around three kilogrammes found in a drain near a mosque in Bhara Kahu on May 12.")

TEXTS["BF-16"] = ("At least nine militants were killed in clashes between Lashkar e Islam (LI) and Ansarul Islam in Sandapal area of Tirah valley in Khyber Agency on October 20, reports Dawn. "
"An Ansarul Islam spokesman, Qari Abdul Wahid, said his fighters had taken control of two hilltop positions from LI. "
"However, an LI spokesman denied losing any position and said the fighting was continuing. "
"Elsewhere, Security Forces (SFs) arrested 13 suspected militants during a search operation in Shalobar area of Bara tehsil on October 21. "
"Also, unidentified militants blew up the hujra (guest house) of a tribal elder, Malik Khan Badshah, in Malikdinkhel area of Bara on October 20 night. No loss of life was reported.")

TEXTS["BF-17"] = ("As many as 22 militants of the banned Baloch Republican Army (BRA), including two commanders, surrendered to the Frontier Corps (FC) and laid down their arms at a ceremony in Dera Bugti town on July 7, reports Daily Times. "
"The surrendering militants handed over rocket launchers, Kalashnikovs and ammunition, and pledged to live as peaceful citizens. "
"Separately, unidentified militants blew up a gas pipeline near Loti on July 6, suspending supply to the Sui purification plant. "
"In another incident, a shepherd, identified as Wali Muhammad, was killed and his nephew injured in a landmine explosion in Sangsila area of Dera Bugti District on July 8.")

TEXTS["BF-18"] = ("Unidentified gunmen shot dead a prayer leader, identified as Maulana Abdul Ghafoor, in Paharpur tehsil of Dera Ismail Khan District on the morning of March 19, reports Dawn. "
"Police said the cleric, who was associated with the Ahle Sunnat Wal Jamaat (ASWJ), was on his way to the mosque when he was targeted. "
"Hours later, a shopkeeper belonging to the Shia community, identified as Syed Mazhar Abbas, was shot dead near Topanwala Bazaar in Dera Ismail Khan city. "
"The district administration imposed Section 144 and deployed additional Police in the city. "
"Meanwhile, Police in Darya Khan area of Bhakkar District in Punjab arrested a suspected member of Lashkar e Jhangvi (LeJ), wanted in several sectarian killings, on March 20 and recovered a pistol and a hand grenade from him.")

TEXTS["BF-19"] = ("Two Levies personnel were injured when militants attacked a Levies station in Mashkai area of Awaran District on November 12, reports Dawn. "
"The attackers set part of the building on fire and took away weapons before fleeing. "
"The Baloch Liberation Front (BLF) later claimed responsibility for the attack. "
"A day earlier, unidentified armed men abducted three labourers from a mobile phone tower site in Gishkaur area of Awaran. "
"Meanwhile, families of missing persons staged a protest outside the Quetta Press Club on November 13, demanding the recovery of their relatives. "
"Police baton charged the protesters when they tried to march towards the Red Zone, and eight of them were briefly detained.")

TEXTS["BF-20"] = ("Security Forces (SFs) killed 26 militants in air strikes on hideouts in Mamozai and Ghiljo areas of Upper Orakzai on May 16, reports The News. "
"Officials said helicopter gunships pounded militant positions and destroyed six hideouts and an ammunition depot. "
"Local sources could not confirm the death toll. "
"Separately, five soldiers were injured when their vehicle struck a landmine in Kalaya tehsil of Orakzai Agency on the same day. "
"Also on May 16, militants attacked a checkpost of the tribal lashkar (militia) in Feroz Khel area of Lower Orakzai, killing two lashkar volunteers.")

TEXTS["BF-21"] = ("Two Police personnel escorting a polio vaccination team were shot dead by unidentified motorcyclists in Mandan area of Bannu District on January 22, reports Dawn. "
"The vaccinators were unhurt. "
"The southern districts have witnessed several attacks on polio teams in the past, including an attack in April 2019 in which a female health worker was shot dead in Lakki Marwat, and an ambush in 2021 in which three Police escorts were killed in Karak District. "
"Separately, a remote controlled device fitted to a parked motorcycle exploded near a Police van in Serai Naurang bazaar of Lakki Marwat District on January 23, injuring four policemen and two passersby.")

TEXTS["BF-22"] = ("The Counter Terrorism Department (CTD) of Sindh Police on March 14 arrested a suspect, identified as Asif alias Chhota, from Sultanabad area of Karachi, who was allegedly involved in a grenade attack on a Police mobile in Manghopir last month that left two policemen injured, reports The News. "
"According to CTD officials, the suspect belongs to a local cell of Tehreek e Taliban Pakistan (TTP) and confessed his role during preliminary interrogation. "
"A hand grenade and a 30 bore pistol were recovered from his possession. "
"Separately, an Anti Terrorism Court (ATC) in Karachi sentenced two TTP militants to death on March 14 for killing a Police constable in Ittehad Town in 2013.")

TEXTS["BF-23"] = ("The bullet riddled bodies of two tribesmen, accused of spying for the United States, were found on the roadside near Azam Warsak in South Waziristan Agency on December 8. "
"A note attached to the bodies warned that anyone found spying would meet the same fate. "
"A day earlier, militants fired six rockets at the South Waziristan Scouts camp in Wana, damaging a water tank and a boundary wall. No casualties were reported. "
"Meanwhile, the political administration imposed a curfew in Wana bazaar and launched a search operation.")

TEXTS["BF-24"] = ("Two policemen were killed and three others injured when dacoits holed up in the riverine katcha area near Rojhan in Rajanpur District of Punjab opened fire on a Police party on September 3, reports The News. "
"Police claimed that at least three dacoits were also killed in the retaliatory fire, but said their bodies had been taken away by their accomplices. "
"Also on September 3, the Counter Terrorism Department (CTD) claimed to have foiled a terror plot by arresting two suspected militants of Islamic State (IS) with two suicide vests near Khanewal bypass. "
"In another incident, unidentified gunmen shot dead a local leader of the Pakistan Tehreek e Insaf (PTI), identified as Chaudhry Nadeem Akhtar, outside his dera (outhouse) in Kot Chutta area of Dera Ghazi Khan District on September 2.")

TEXTS["BF-25"] = ("Police defused a six kilogramme explosive device planted under a bridge on the Kotli Sehnsa road in Azad Jammu and Kashmir (AJK) on October 9, reports The Express Tribune. "
"A passerby spotted wires hanging from the bridge and alerted the Police, who called in the Bomb Disposal Squad (BDS). "
"Separately, a 55 year old man was killed and his daughter injured when Indian troops fired mortar shells at villages along the Line of Control (LoC) in Samahni sector of Bhimber District on October 10. "
"In Muzaffarabad, hundreds of people staged a protest on October 11 against civilian casualties on the LoC and demanded the construction of community bunkers.")

TEXTS["BF-26"] = ("Unidentified militants torched 14 oil tankers carrying fuel for North Atlantic Treaty Organisation (NATO) forces in Afghanistan at a truck terminal near Chaman in Killa Abdullah District on March 23, reports Dawn. "
"Witnesses said about a dozen armed men arrived on motorcycles, fired into the air and set the vehicles ablaze with petrol bombs. "
"A driver sustained burns. "
"In another incident, a tribal elder, identified as Malik Juma Khan Achakzai, was kidnapped along with his driver by armed men from Gulistan area on March 22. "
"The kidnappers later contacted his family and demanded a ransom of PKR 10 million. "
"On March 24, the driver escaped from captivity and reached Gulistan Police Station.")

TEXTS["BF-27"] = ("Five persons were killed and 21 others wounded when a bomb fitted to a motorcycle exploded near a busy vegetable market in Chamkani area of Peshawar on October 30, reports Daily Times. "
"Three of the injured later died at Lady Reading Hospital (LRH), taking the death toll to eight. "
"No group claimed responsibility. "
"A day earlier, on October 29, a Police sub inspector, identified as Gul Shah Jehan, was shot dead outside his house in Badaber. "
"In another incident, the Bomb Disposal Squad (BDS) defused a pressure cooker bomb planted along the Kohat Road in Mattani on October 30.")

TEXTS["BF-28"] = ("Two more injured of the September 12 bomb blast at a Levies checkpost near Wadh in Khuzdar District succumbed to their injuries at the Combined Military Hospital (CMH) in Quetta on September 15, raising the death toll to seven, reports Dawn. "
"Their funeral prayers were offered at the Levies Lines in Khuzdar town. "
"A case has been registered at the Wadh Levies station against unidentified militants, and the provincial Home Minister ordered an inquiry into the incident.")

TEXTS["BF-29"] = ("Unidentified militants shot dead a retired soldier, identified as Havaldar (retd) Sher Bahadur, in Khall area of Lower Dir District on February 7, reports The News. "
"The next day, thousands of residents staged a peace march in Timergara, chanting slogans against terrorism and demanding that the government restore peace in the region. "
"Separately, Security Forces (SFs) killed two terrorists in an intelligence based operation (IBO) in Maidan area of Lower Dir. "
"A soldier was also injured in the exchange of fire.")

TEXTS["BF-30"] = ("A portion of the railway track was blown up by unidentified militants near Rindli in Kachhi (Bolan) District on January 27, minutes before the Quetta bound Jaffar Express was due to pass, reports Dawn. "
"Train services between Quetta and the rest of the country were suspended for several hours. "
"The United Baloch Army (UBA) later claimed responsibility in a phone call to the media. "
"In another incident, militants fired four rockets at the Frontier Corps (FC) camp in Kahan area of Kohlu District on January 28. "
"Two of the rockets landed in a residential area, injuring a woman and two children. "
"On the same day, a Levies official was killed and another injured when their vehicle hit a landmine near Kohlu town.")
