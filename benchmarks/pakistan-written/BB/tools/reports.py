# Texts of set BB (invented SATP-style summaries). Written by hand; see ../README.md.
TEXTS = {}

TEXTS["BB-01"] = (
    "A prayer leader of a local seminary, identified as Maulana Abdul Waheed Sialvi (52), was shot dead by two "
    "unidentified motorcyclists while he was returning home after the dawn prayers on June 11, the District Police "
    "Officer (DPO) of Jhang said, reports The News. DPO Mian Ghulam Mustafa said the attack took place in Mohalla "
    "Piplianwala within the limits of the Kotwali Police Station and the assailants fled towards Toba Tek Singh Road. "
    "He said the cleric was associated with the Ahle Sunnat Wal Jamaat (ASWJ) and the killing appeared to be "
    "sectarian."
)

TEXTS["BB-02"] = (
    "Four Frontier Corps (FC) personnel were killed and two others were injured when militants ambushed their "
    "patrolling vehicle in Kallag Sorap area of Tump tehsil in Kech District on the intervening night of March 8 and "
    "9, reports Dawn. Officials said the attackers, hiding in the hills, first hit the vehicle with a roadside bomb "
    "and then opened fire with automatic weapons. Two of the attackers were killed when the FC personnel returned "
    "fire, they added. In another incident, armed men set ablaze three excavators and a water tanker of a "
    "construction company working on the M 8 motorway in Hoshab area on March 9 and took away two labourers, Levies "
    "officials said. Later in the day, Mereh Baloch, who introduced himself as a spokesman for the Balochistan "
    "Liberation Front (BLF), claimed responsibility for both attacks in a telephone call to reporters in Turbat."
)

TEXTS["BB-03"] = (
    "Passengers of the Quetta bound Jaffar Express had a narrow escape when an explosive device planted under the "
    "railway track went off minutes after the train had passed near Goth Pir Bakhsh Khoso in the jurisdiction of "
    "Tamboo Levies Thana in Naseerabad District on Tuesday, reports The Express Tribune. No one was hurt, but about "
    "two feet of the track was damaged and rail traffic between Quetta and Sindh remained suspended for six hours. On "
    "the same day, the Bomb Disposal Squad (BDS) defused a five kilogramme device fitted with a timer near a culvert "
    "on the Pat Feeder Canal in Dera Murad Jamali town. Police said the device had been placed about 200 metres from "
    "a Levies check post."
)

TEXTS["BB-04"] = (
    "Two policemen were killed and another was injured when unidentified gunmen attacked a police check post at "
    "Shakot Nala in Darel valley late on Saturday night, the Superintendent of Police (SP) of Diamer District said, "
    "reports Dawn. The attackers fled into the forests after an exchange of fire that lasted nearly an hour. The "
    "injured constable, Sher Afzal, was shifted to the District Headquarters Hospital in Chilas. On Sunday, a man who "
    "identified himself as Qari Naseem Gul, a spokesman for the Tehreek e Taliban Pakistan (TTP), claimed "
    "responsibility for the attack while speaking to journalists by telephone from Peshawar. \"Our fighters will not "
    "allow the police to operate in Darel and Tangir,\" he said. Separately, police arrested three suspected "
    "militants and recovered two Kalashnikovs and a hand grenade from their possession during a raid in Tangir on "
    "Sunday."
)

TEXTS["BB-05"] = (
    "Two civilians, including a woman, were killed and five others were injured when the Indian Army resorted to "
    "unprovoked firing and mortar shelling along the Line of Control (LoC) in Nakyal sector of Kotli District in "
    "Pakistan occupied Kashmir (PoK) on October 23, according to Inter Services Public Relations (ISPR), reports The "
    "Express Tribune. A soldier of the Pakistan Army was also killed in the sector, the ISPR said, adding that "
    "Pakistani troops responded effectively and silenced the Indian posts. A day earlier, a 12 year old boy was "
    "injured when a shell fired from across the LoC landed near his house in Hajira sector of Poonch District."
)

TEXTS["BB-06"] = (
    "Two personnel of the Border Military Police (BMP) were injured when militants fired three rockets at their check "
    "post at Chhappar Wala in the tribal area of Dera Ghazi Khan District on August 17, reports Dawn. A BMP official "
    "said the rockets were fired from the Koh e Suleman mountains and the attackers fled before the force could "
    "respond. Police later "
    "arrested two men from Kot Chutta on suspicion of having provided shelter to the attackers."
)

TEXTS["BB-07"] = (
    "A lady health worker, identified as Gul Bano, was critically injured when two armed men on a motorcycle opened "
    "fire on her near the Basic Health Unit in Pasni town of Gwadar District on Monday, reports Dawn. She was shifted "
    "to the Teaching Hospital in Turbat, where she succumbed to her injuries on Tuesday morning. A vaccinator "
    "accompanying her, Noor Bakhsh, escaped unhurt. The district health officer suspended the anti polio campaign in "
    "the town for three days. A spokesman for the banned Balochistan Liberation Front (BLF), Mereh Baloch, denied "
    "that his group was involved and termed the killing a conspiracy to defame the Baloch movement."
)

TEXTS["BB-08"] = (
    "Separately, three people, including a shopkeeper, were injured when two unidentified motorcyclists hurled a "
    "hand grenade at a mobile phone shop within the limits of the Pirabad Police Station in Karachi late on Friday "
    "night. The Station House Officer (SHO) said the shop owner, Muhammad Rafiq, had been receiving extortion slips "
    "for a month and had refused to pay."
)

TEXTS["BB-09"] = (
    "A tribal elder, Malik Sherin Zada, was shot dead by unidentified militants near his hujra (guest house) in Banr "
    "Dheri village of Matta tehsil on Thursday evening, the Station House Officer (SHO) of Matta police station in "
    "Swat District said, reports Dawn. The elder had led a village lashkar against militants in 2009 and had been "
    "receiving threats since then, the SHO added. In the same area, Security Forces (SFs) killed two militants during "
    "an intelligence based operation (IBO) on Friday, according to ISPR. The ISPR statement said the slain militants "
    "were involved in the killing of the elder and in attacks on police in the valley."
)

TEXTS["BB-10"] = (
    "Islamabad Police claimed to have foiled a major terrorist attack in the federal capital on December 2 by "
    "arresting a would be suicide bomber and his handler at a picket near Tarlai on Lehtrar Road, reports The Express "
    "Tribune. Inspector General of Police (IGP) Islamabad, Khalid Mehmood Khattak, told a press conference that a "
    "suicide jacket containing eight kilogrammes of explosives and ball bearings, a pistol and two hand grenades were "
    "recovered from the suspects, identified as Ahmad Noor (19) and Gul Rehman (34). He said the two had travelled "
    "from Mohmand Agency and belonged to the Jamaat ul Ahrar (JuA). \"They were planning to strike a crowded market "
    "in the evening,\" the IGP said."
)

TEXTS["BB-11"] = (
    "The Counter Terrorism Department (CTD) arrested four suspected militants of the banned Lashkar e Jhangvi (LeJ) "
    "during a raid near Sadiqabad in Rahim Yar Khan District on January 29, reports The News. A CTD spokesman in "
    "Lahore said explosives, detonators and three pistols were recovered from the suspects, who were planning to "
    "attack a religious procession. On the same day, two militants were killed in an exchange of fire when a CTD team "
    "raided a house in Basti Nur Wala on the outskirts of Bahawalpur. A CTD constable was injured in the shootout, "
    "while two accomplices of the militants escaped. The spokesman said the slain men belonged to the Islamic State "
    "(IS, also known as Daesh) and were wanted for the killing of a police inspector in Bahawalpur last year."
)

TEXTS["BB-12"] = (
    "At least five militants were killed in a clash between two rival groups, the Baloch Republican Army (BRA) and "
    "the United Baloch Army (UBA), in the mountains near Sanni in Kachhi District on Sunday, Levies officials said, "
    "reports Dawn. Three of the dead belonged to the BRA, the officials said. The UBA lost two of its fighters, "
    "including a local commander identified as Dostain alias Dosti. The two groups had been at odds for months over "
    "the control of routes used to smuggle Iranian fuel. In 2014, the UBA had claimed the killing of six Levies "
    "personnel in an attack on a check post in the same district."
)

TEXTS["BB-13"] = (
    "A prominent religious scholar, Allama Syed Mazahir Hussain Rizvi, and his driver were shot dead by unidentified "
    "gunmen near his residence in Jutial area of Gilgit, the capital of Gilgit Baltistan, on Friday morning, reports "
    "Dawn. Police said the gunmen, who had been waiting in a car, fired at the scholars vehicle as he was leaving for "
    "the central imambargah. Later in the day, hundreds of protesters blocked the Karakoram Highway at Danyor and set "
    "tyres on fire. Police fired tear gas shells to disperse them, injuring four protesters. The administration "
    "imposed a curfew in the city and called in the Gilgit Baltistan Scouts to assist the police."
)

TEXTS["BB-14"] = (
    "Security Forces (SFs) killed six khwarij during an intelligence based operation (IBO) in the general area of "
    "Spinwam in North Waziristan District on September 3, according to Inter Services Public Relations (ISPR), "
    "reports The Express Tribune. The ISPR said the khwarij belonged to the Indian sponsored Fitna al Khawarij (FAK) "
    "and that weapons and ammunition were recovered from them. Two soldiers, including a captain, embraced martyrdom "
    "during the intense exchange of fire. A day earlier, a suicide bomber rammed an explosive laden pick up into the "
    "boundary wall of a security check post in Mir Ali tehsil, injuring four soldiers and two passersby. No group "
    "claimed the attack."
)

TEXTS["BB-15"] = (
    "A worker of the Pakistan Peoples Party (PPP), identified as Ghulam Fareed Gopang, was shot dead and two others "
    "were injured when unidentified gunmen opened fire on an election corner meeting in Basti Gopang near Alipur in "
    "Muzaffargarh District on Wednesday night, ahead of the February 18 general elections, reports Dawn. Police said "
    "the assailants came on two motorcycles and fled towards the riverine area. Separately, a hand grenade was lobbed "
    "at the election office of an independent candidate on Khanewal Road in Multan late on Thursday, damaging the "
    "office and two parked motorcycles. No one was hurt. One of the injured in the Basti Gopang attack, Muhammad "
    "Aslam, died at Nishtar Hospital in Multan on Friday."
)

TEXTS["BB-16"] = (
    "A prayer leader, Maulana Abdul Rauf Qasmi, was shot dead by two masked gunmen inside a mosque in Chattar Dhoke "
    "village during the Isha prayers on Tuesday, the Superintendent of Police (SP) in Rawalakot said. The gunmen "
    "escaped on a motorcycle. Police said the slain cleric had been associated with a Kashmiri militant organisation "
    "in the 1990s but had been running a seminary in the village for the past two decades. Last year, another cleric "
    "was gunned down in a similar manner in Hajira."
)

TEXTS["BB-17"] = (
    "Four terrorists were killed and a soldier embraced martyrdom when militants attacked a Frontier Corps (FC) camp "
    "in Parom area of Panjgur District late on Wednesday night, according to ISPR, reports The News. The ISPR said "
    "the attackers tried to enter the camp from two directions but were repulsed. The banned Balochistan Liberation "
    "Army (BLA) claimed responsibility for the attack in a statement issued by its spokesman, Sangat Baloch, and "
    "claimed that eight soldiers had been killed, a figure the ISPR did not confirm."
)

TEXTS["BB-18"] = (
    "A low intensity bomb exploded outside the office of the National Database and Registration Authority (NADRA) "
    "in Mehrabpur town of Naushahro Feroze District late on Monday night, damaging the main gate and the windows of "
    "nearby shops, reports Dawn. No one was injured. Police said pamphlets of the banned Sindhudesh Revolutionary "
    "Army (SRA) demanding the release of the groups activists were found near the site."
)

TEXTS["BB-19"] = (
    "At least 11 militants were killed in fierce clashes between the rival Lashkar e Islam (LeI) and Ansarul Islam "
    "groups in Sandapal area of Tirah valley in Khyber Agency of Federally Administered Tribal Areas (FATA), reports "
    "The News. Local sources said the fighting, which started on Sunday, continued till late Monday. Seven of the "
    "dead belonged to the LeI, they said. Ansarul Islam confirmed the death of four of its volunteers. Meanwhile, LeI "
    "militants abducted three elders of the Kamarkhel tribe from Bara bazaar on Monday and took them to an unknown "
    "location. The elders had been trying to mediate between the two groups."
)

TEXTS["BB-20"] = (
    "Seven people, including two policemen, were killed and at least 22 others injured when a suicide bomber blew "
    "himself up at the gate of an imambargah during a Muharram majlis in Bhowana town of Chiniot District on Monday "
    "evening, reports The Express Tribune. Regional Police Officer (RPO) Faisalabad, Rana Shahid Pervaiz, said the "
    "policemen deployed at the gate stopped the bomber for a body search, after which he detonated his explosives. "
    "The head and legs of the bomber were recovered from the site. Hours later, a spokesman of the Lashkar e Jhangvi al Alami (LeJ A) claimed responsibility for the attack "
    "in a message posted on social media."
)

TEXTS["BB-21"] = (
    "Militants stormed a Levies post at Shah Bella in Gandawa tehsil of Jhal Magsi District on Tuesday night and took "
    "away six Levies personnel along with their weapons, reports Dawn. Deputy Commissioner (DC) Jhal Magsi said the "
    "attackers, numbering about 30, overpowered the personnel before they could put up any resistance and set the "
    "post on fire. On Thursday, Frontier Corps (FC) personnel recovered four of the abducted Levies men during a "
    "search operation in the Kirthar range, the DC said. The whereabouts of the other two remain unknown. No group "
    "has claimed responsibility for the attack."
)

TEXTS["BB-22"] = (
    "An Anti Terrorism Court (ATC) in Gilgit on Wednesday sentenced two men, Sher Baz and Ahmed Jan, to death and a "
    "third, Fazal Wahid, to life imprisonment for the rocket attack on the police lines in Eidgah town of Astore "
    "District in 2015, reports The Express Tribune. Three policemen were killed in that attack. The prosecution told "
    "the court that the convicts were members of a local cell of the Tehreek e Taliban Pakistan (TTP) which had also "
    "torched two girls schools in Diamer District the same year. A fourth accused was acquitted for lack of evidence. "
    "Police have increased security at the court premises and the district jail."
)

TEXTS["BB-23"] = (
    "Two policemen were injured when militants dropped an explosive device from a quadcopter on the Kotka Bahram "
    "police station late on Thursday night, the District Police Officer (DPO) of Bannu said, reports Dawn. About 20 "
    "minutes later, the policemen shot down a second quadcopter carrying two mortar shells over the station, and the "
    "Bomb Disposal Squad (BDS) defused the shells, the DPO said. In a separate attack on the same night, militants "
    "opened fire on the Surani Kala police post in the same district. The policemen returned fire and the attackers "
    "fled. No casualties were reported in the second attack."
)

TEXTS["BB-24"] = (
    "Relatives of two brothers killed in what the Counter Terrorism Department (CTD) called an encounter placed the "
    "bodies on the GT Road in Muridke town of Sheikhupura District on Monday and blocked traffic for five hours, "
    "reports Dawn. The family claimed the brothers had been picked up from their home a week earlier. The CTD had "
    "said that the brothers, Zahid and Naveed, were members of the banned Lashkar e Jhangvi (LeJ) and were killed on "
    "Sunday in an exchange of fire near Chak Sadiq Wala when their accomplices attacked a CTD team that was taking "
    "them to recover weapons. The protesters dispersed peacefully after the Assistant Commissioner promised a "
    "judicial inquiry."
)

TEXTS["BB-25"] = (
    "Two Levies personnel were killed and four other people were injured when a remote controlled bomb planted along "
    "the road hit the vehicle of an Assistant Political Agent (APA) near Gatkai Sar in Salarzai tehsil of Bajaur "
    "Agency on Wednesday, reports The News. Official sources said the APA, Mian Rashid Gul, who escaped unhurt, was "
    "returning to Khar after presiding over a jirga. Three Levies personnel and the driver of the vehicle were among "
    "the injured. No group claimed responsibility, but the Tehreek e Taliban Pakistan (TTP) had recently threatened "
    "the political administration for supporting the local peace committees."
)

TEXTS["BB-26"] = (
    "Three civilians, a woman and her two daughters, were killed and six other villagers injured when the Indian "
    "Border Security Force (BSF) shelled villages along the Working Boundary in Charwa sector of Sialkot District on "
    "Saturday night, reports Dawn. An official of the Chenab Rangers said the shelling continued for about three "
    "hours and damaged several houses in Kotli Kharan and nearby villages. \"The Rangers responded effectively and "
    "targeted the posts from where the fire originated,\" the official said."
)

TEXTS["BB-27"] = (
    "Unidentified militants blew up two electricity pylons of the 220 KV transmission line that carries power from "
    "Guddu to Sibi near Dera Allah Yar in Jaffarabad District late on Sunday night, cutting off power supply to "
    "several districts of Balochistan, reports Daily Times. The banned Baloch Republican Army (BRA) claimed "
    "responsibility for the blasts. Its spokesman, Shahzain Baloch, said in a statement issued from an undisclosed "
    "location that such attacks would continue. A day later, a Levies sepoy was injured when unknown gunmen opened "
    "fire on a Levies patrol near Rojhan Jamali in the same district. On Tuesday, the Levies recovered a rocket "
    "launcher and 12 rockets hidden in a field near Sohbatpur."
)

TEXTS["BB-28"] = (
    "Seventeen militants of the banned Balochistan Liberation Front (BLF) and Lashkar e Balochistan, including two "
    "commanders, laid down their arms and announced that they would join the national mainstream at a ceremony in "
    "Gwadar on Thursday, reports The Express Tribune. The Sector Commander of the Frontier Corps (FC) said the men "
    "had handed over 14 Kalashnikovs, two rocket launchers and a large quantity of ammunition. One of the commanders, "
    "Dad Karim alias Chakar, had been involved in the attack on a Coast Guards post in Jiwani in 2016 in which four "
    "personnel were killed, officials said."
)

TEXTS["BB-29"] = (
    "Three people, including a guard of a former provincial minister, were killed and nine others were injured when "
    "a suicide bomber blew himself up at the gate of the ministers hujra as party workers gathered for a meeting on "
    "Friday afternoon, the District Police Officer (DPO) of Lower Dir said, reports Dawn. The attack took place in "
    "Shalkandai village near Timergara. The former minister, Haji Zarin Gul Khan, a senior leader of the Awami "
    "National Party (ANP), was inside the hujra and escaped unhurt. Police said the bomber, aged around 18, walked up "
    "to the gate and blew himself up when the guards tried to stop him."
)

TEXTS["BB-30"] = (
    "The Counter Terrorism Department (CTD) of Azad Jammu and Kashmir (AJK) claimed to have foiled a plot to attack "
    "Chinese engineers working on a hydropower project by arresting three suspects with 11 kilogrammes of explosives "
    "near Dadyal in Mirpur District on June 4, reports The Nation. A CTD official in Muzaffarabad said the suspects "
    "had been in contact with handlers in Afghanistan and had hidden the explosives in a car parked at a guest house. "
    "On the same day, unidentified men hurled a hand grenade at a police post in Samahni tehsil of Bhimber District, "
    "injuring a constable."
)
