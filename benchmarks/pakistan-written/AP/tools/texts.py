# The 30 invented reports of set AP (written by hand; real place names, invented villages,
# people, spokesmen and counts). Running this file writes AP-NN.txt beside it (no trailing newline,
# like the dev files).
import os

TEXTS = {}

TEXTS["AP-01"] = (
    "At least seven soldiers were killed and 11 others injured when a suicide bomber rammed an explosives laden pick up truck into an Army check post at Kotanai Bala village in Matta tehsil (revenue unit) of Swat District in North West Frontier Province (NWFP) early on Sunday, reports Dawn. "
    "Official sources said the blast flattened the post and damaged at least a dozen shops along the main road, and that three of the injured were civilians who had been waiting for transport nearby. "
    "Tehreek e Taliban Pakistan (TTP) spokesman Maulvi Sher Zaman, speaking to reporters by telephone from an undisclosed location, claimed responsibility for the attack and said it was revenge for the shelling of militant hideouts in the valley. "
    "Troops cordoned off the area and launched a search operation, while the funeral prayers of the slain soldiers were offered at the Saidu Sharif cantonment the same evening. "
    "A military spokesman said such attacks would not weaken the resolve of the Security Forces (SFs) to clear Swat of militants."
)

TEXTS["AP-02"] = (
    "Four Hazara vegetable vendors were shot dead and another was injured when unidentified armed assailants riding two motorcycles opened fire on their pick up van within the limits of the Shalkot Police Station on the outskirts of Quetta, the provincial capital of Balochistan on September 18, reports The Express Tribune. "
    "Police said the victims were on their way from Hazara Town to the main vegetable market when they were intercepted and fired upon from close range. "
    "The banned Lashkar e Jhangvi (LeJ) claimed responsibility for the killings in a statement sent to local newspapers. "
    "Later in the day, hundreds of members of the Hazara community placed the coffins on the Western Bypass and staged a sit in for several hours, demanding protection for traders travelling through the area. "
    "The protesters dispersed peacefully after the Deputy Commissioner, Abdul Sattar Kakar, assured them that a special police escort would be provided on the route."
)

TEXTS["AP-03"] = (
    "Three suspected militants of the Tehreek e Taliban Pakistan (TTP) were killed in an exchange of fire with Rangers during a raid in Sultanabad area of Manghopir in Karachi, the provincial capital of Sindh on the intervening night of March 11 and 12, reports Dawn. "
    "A Rangers spokesman said the personnel came under fire when they surrounded a house on a tip off, and one of them was injured; two hand grenades and a Kalashnikov were recovered from the house. "
    "Separately, a police constable, identified as Ghulam Rasool Shar, was shot dead by unidentified motorcyclists near his house in Ghaziabad area of Orangi Town on March 12 morning. "
    "In another incident, unidentified assailants hurled a hand grenade at a paan shop in Kalri area of Lyari Town, injuring the shopkeeper and two customers. "
    "Police said the shopkeeper had refused to pay extortion money to a local gang, and no link between the three incidents had been established."
)

TEXTS["AP-04"] = (
    "Three soldiers were killed when militants ambushed a military convoy with a roadside bomb and gunfire near Khajuri check post in Mir Ali tehsil of North Waziristan District of Khyber Pakhtunkhwa on July 14, reports The Express Tribune. "
    "According to the Inter Services Public Relations (ISPR), an improvised explosive device (IED) went off as the convoy passed, after which militants hiding in a nearby orchard opened fire on the troops. "
    "The troops responded and killed two of the attackers, while four soldiers sustained injuries, the ISPR added. "
    "Two civilians travelling in a passenger van behind the convoy were also wounded in the crossfire and were shifted to the District Headquarters Hospital in Bannu. "
    "The Hafiz Gul Bahadur group claimed responsibility for the attack in a message circulated on social media, and the funeral prayers of the three soldiers were offered at Bannu Cantonment the next day."
)

TEXTS["AP-05"] = (
    "The Counter Terrorism Department (CTD) arrested a suspected militant of Jamaat ul Ahrar (JuA), identified as Shakeel Ahmed alias Qari Usman, from a rented room near Thokar Niaz Baig in Lahore, the provincial capital of Punjab on June 6, reports The News. "
    "CTD officials said that during initial interrogation the suspect confessed to having sheltered the suicide bomber who struck a police picket in Shahdara in February last year, killing five policemen. "
    "A suicide jacket, two hand grenades and a pistol were recovered from his possession, the officials added. "
    "In a separate action on the same night, a CTD team killed two militants of the same group in an exchange of fire near Raiwind, while two others managed to escape in the darkness. "
    "Officials claimed the slain militants had been planning to attack a religious gathering in the city."
)

TEXTS["AP-06"] = (
    "Unidentified assailants hurled a hand grenade into the compound of the Khuiratta Police Station in Kotli District of Azad Jammu and Kashmir (AJK) late on the night of May 4, injuring two policemen and a visitor, reports Dawn. "
    "The grenade exploded near a parked police vehicle, damaging it and shattering the windows of the building, Senior Superintendent of Police (SSP) Raja Tahir Mehmood said. "
    "Two days earlier, police had found a second grenade and a timer device hidden in a culvert on the road between Khuiratta and Kotli town, and the Bomb Disposal Squad (BDS) had defused them. "
    "The SSP said both incidents appeared to be linked, and a case had been registered against unknown persons under the Anti Terrorism Act. "
    "No group has so far claimed responsibility for the attack."
)

TEXTS["AP-07"] = (
    "Two policemen were killed and another was injured when unidentified gunmen ambushed a police patrol near Khanbari Bala village in Darel valley of Diamer District in Gilgit Baltistan (GB) on the evening of March 21, reports The Express Tribune. "
    "The attackers fired on the patrol from the hillside and fled towards the forests, officials said. "
    "In a search operation launched the next morning, police and personnel of the Gilgit Baltistan Scouts killed two of the attackers and arrested a third from a hideout in the mountains above Zhar Nala village. "
    "Senior Superintendent of Police (SSP) Shah Nawaz Khan said the slain men belonged to a local band of outlaws who had been wanted in several cases of attacks on the police. "
    "The Chief Minister condemned the ambush and announced compensation for the families of the slain policemen."
)

TEXTS["AP-08"] = (
    "At least four labourers were killed and seven others injured when armed men attacked the camp of a construction company building a link road in Siyah Kumb area of Mashkay tehsil in Awaran District of Balochistan on the intervening night of October 9 and 10, reports Dawn. "
    "The attackers set fire to two excavators and a water tanker before fleeing, Levies officials said. "
    "The death toll rose to six on October 11 when two of the injured labourers succumbed to their wounds at the Civil Hospital in Karachi, where they had been shifted by air. "
    "Balochistan Liberation Front (BLF) spokesman Mehran Dostain Baloch, speaking by telephone from an undisclosed location, claimed responsibility for the attack and warned construction companies to stop working with the Frontier Corps (FC). "
    "Levies and FC personnel launched a search operation in the surrounding hills, but no arrest had been made till the filing of this report."
)

TEXTS["AP-09"] = (
    "A low intensity explosion damaged a portion of the railway track near Pir Jo Goth in Khairpur District of Sindh early on Friday, suspending train traffic between Rohri and Karachi for six hours, reports Dawn. "
    "Railway police said no one was hurt, and pamphlets of the banned Sindhudesh Revolutionary Army (SRA) were found at the site. "
    "Separately, a cracker blast outside the office of the National Database and Registration Authority (NADRA) in Ratodero town of Larkana District on the same morning shattered the windows of the building and injured a private security guard. "
    "In a third incident, the Bomb Disposal Squad (BDS) defused a bomb weighing around two kilogrammes that had been planted beside a gas pipeline near Johi in Dadu District, police said. "
    "Officials suspected the Sindhudesh Liberation Army (SDLA) of the Ratodero blast, but no group had claimed it till the filing of this report."
)

TEXTS["AP-10"] = (
    "A local cleric and leader of the Jamiat Ulema e Islam Fazl (JUI F), Maulana Fazal Wahid, was shot dead by unidentified gunmen outside a mosque in Inayat Kalay area of Khar tehsil in Bajaur District of Khyber Pakhtunkhwa after the Isha prayers on February 2, reports The News. "
    "Police said the assailants fled on a motorcycle towards the border areas. "
    "The Islamic State Khorasan Province (ISKP) claimed the killing through its Amaq news agency, describing the cleric as an apostate. "
    "On February 3, hundreds of JUI F workers carrying the body blocked the Khar Munda road for five hours and chanted slogans against the government for failing to protect religious scholars. "
    "They ended the protest after the District Police Officer (DPO), Mian Asghar Jan, assured them that the killers would be traced within a week."
)

TEXTS["AP-11"] = (
    "The bullet riddled body of a police constable, Muhammad Aslam, who had been abducted by dacoits from a check post in the katcha (riverine) area of Rojhan tehsil in Rajanpur District of Punjab four days earlier, was found dumped in a sugarcane field near Basti Mehrab Khan on April 19, reports Dawn. "
    "District Police Officer (DPO) Rana Shahid Iqbal said the constable had been seized by members of the Bhayo gang, who had demanded the release of their jailed leader in exchange for him. "
    "The body bore torture marks and three bullet wounds, the DPO added. "
    "The constable was laid to rest in his native village in Jampur tehsil, where senior police officials presented a guard of honour. "
    "The DPO said a joint operation of the police and Punjab Rangers would be launched in the katcha area to wipe out the gang."
)

TEXTS["AP-12"] = (
    "Six Frontier Corps (FC) personnel were killed when militants attacked an FC post in Buleda area of Kech District in Balochistan early on Sunday, reports The News. "
    "Three of the attackers were also killed when the FC personnel returned fire, officials said. "
    "Four FC men and a civilian watchman of a nearby school were injured in the attack, which lasted for about an hour. "
    "The Baloch Raaji Aajoi Sangar (BRAS), an alliance of Baloch separatist groups, claimed responsibility in an email to the media. "
    "In a follow up operation in the Zamuran hills two days later, Security Forces (SFs) killed four militants belonging to the alliance and recovered weapons and explosives, the Inter Services Public Relations (ISPR) said."
)

TEXTS["AP-13"] = (
    "Militants attacked the Miryan Police Station in Bannu District of Khyber Pakhtunkhwa with hand grenades and heavy weapons late on the night of January 8, injuring three policemen, reports Dawn. "
    "Police said the attackers fled after an exchange of fire that lasted for nearly an hour. "
    "In Lakki Marwat District, a police constable was shot dead by unidentified gunmen near Tajazai village on January 9 while he was returning home after duty. "
    "In a third incident, the Bomb Disposal Squad (BDS) defused a remote controlled bomb planted along the Bannu Miranshah road near Jani Khel on the same day. "
    "No group claimed responsibility for any of the incidents, although officials blamed the banned Tehreek e Taliban Pakistan (TTP)."
)

TEXTS["AP-14"] = (
    "Two policemen were killed when unidentified gunmen riding a motorcycle opened fire on a police picket set up for the security of a polio vaccination team in Sihala area of Islamabad, the federal capital, on the morning of April 22, reports The Express Tribune. "
    "The vaccinators, who were going door to door in the locality, were unhurt and were moved to safety, police said. "
    "The attackers escaped towards Rawat, on the boundary with Rawalpindi District, before the area could be sealed. "
    "Inspector General of Police (IGP) Khalid Mehmood Awan told reporters that the vaccination campaign in the area had been suspended for three days and a special investigation team had been formed. "
    "The slain constables, Zahid Hussain and Naveed Akhtar, were laid to rest in their native villages in Chakwal District the same evening with official honours."
)

TEXTS["AP-15"] = (
    "Three Levies personnel were killed when unidentified gunmen opened fire on a Levies check post at Kardigap in Mastung District of Balochistan on the intervening night of August 24 and 25, reports Dawn. "
    "The attackers took away the weapons of the slain personnel and set the post on fire before escaping, Levies officials said. "
    "The Islamic State (IS) claimed the attack through its Amaq news agency on the following day. "
    "Separately, the Counter Terrorism Department (CTD) arrested two suspected members of the same group in a raid on a house in Kili Shadezai on the outskirts of Quetta on August 26 and recovered a suicide vest and detonators. "
    "CTD officials said the suspects had been planning to attack a Levies post on the RCD highway."
)

TEXTS["AP-16"] = (
    "At least nine militants were killed in a clash between Lashkar e Islam (LeI) and the Tehreek e Taliban Pakistan (TTP) in Sra Kanda area of Tirah valley in Khyber Agency of Federally Administered Tribal Areas (FATA) on October 3, reports The News. "
    "Local sources said six of the dead belonged to LeI and three to the TTP, and that the fighting began when TTP militants tried to capture a hilltop post held by LeI. "
    "In Bara tehsil, a mortar shell fired by unidentified militants landed on a house in Ghundai Kalay village on October 4, killing a woman and her two children. "
    "Separately, LeI militants abducted four employees of a mobile phone company near Shalobar on the same night. "
    "LeI spokesman Sadiq Afridi told reporters by telephone that the employees would be tried in the groups court for installing towers used by the Security Forces (SFs)."
)

TEXTS["AP-17"] = (
    "Five persons were killed and nine others injured in an armed clash between the Jagirani and Sabzoi tribes over the ownership of a piece of agricultural land at Goth Qadir Bux near Tangwani town of Kashmore District in Sindh on November 6, reports Dawn. "
    "Police said men of both tribes, armed with Kalashnikovs and rocket launchers, exchanged fire for nearly six hours, and a woman and a minor boy were among the dead. "
    "Two of the injured died at the Taluka Hospital in Kandhkot on November 7, raising the death toll to seven. "
    "A heavy contingent of police and Rangers reached the village and brought the firing to a halt, and the elders of both tribes were summoned for talks by Senior Superintendent of Police (SSP) Amjad Ali Soomro. "
    "The SSP said cases had been registered against 40 nominated men of both sides and several of them had been taken into custody."
)

TEXTS["AP-18"] = (
    "Militants attacked a police check post at Chah Miani in Isa Khel tehsil of Mianwali District in Punjab on the intervening night of June 12 and 13, killing two policemen, reports Daily Times. "
    "Police and Elite Force personnel chased the attackers and killed three of them in an encounter near Kalabagh on June 13, arresting a fourth in injured condition. "
    "Police said around 15 militants, who had crossed over from the adjoining Lakki Marwat District of Khyber Pakhtunkhwa, had fired rockets and automatic weapons at the post for half an hour before retreating. "
    "The banned Tehreek e Taliban Pakistan (TTP) later claimed responsibility for the attack on the check post in a statement to the media, but did not mention the encounter."
)

TEXTS["AP-19"] = (
    "Militants blew up a 12 inch gas pipeline near Loti in Dera Bugti District of Balochistan on January 27, suspending gas supply to several towns of Sindh and Punjab, reports Daily Times. "
    "Baloch Republican Army (BRA) spokesman Jangi Baloch claimed responsibility for the blast in a telephone call to the media. "
    "In Kohlu District, the bullet riddled body of a school teacher, Abdul Ghani Marri, who had been abducted by unidentified armed men from Kahan town on January 20, was found near Maiwand on January 28. "
    "In a third incident, a Levies sepoy was injured when a landmine went off under his motorcycle near Sangsila village of Dera Bugti District on the same day. "
    "Levies officials said the mine had been planted by militants who target Levies patrols on the route."
)

TEXTS["AP-20"] = (
    "A suicide bomber blew himself up next to a police van on the Ring Road in Hayatabad area of Peshawar, the provincial capital of Khyber Pakhtunkhwa on the morning of September 16, killing four policemen and a passer by, reports The News. "
    "The van was taking personnel of the Elite Force to the Karkhano Market checkpoint when the bomber, who was on foot, approached it, Capital City Police Officer (CCPO) Tahir Ayub Khattak said. "
    "The death toll rose to seven on September 17 after two more injured policemen died at the Hayatabad Medical Complex, while nine others, including three schoolchildren, were still under treatment. "
    "Jamaat ul Ahrar (JuA) spokesman Mukarram Shah Tirahi claimed the attack in a message to journalists and said the group would continue to target the police. "
    "The funeral prayers of the slain policemen were offered at the Malik Saad Shaheed Police Lines, where the Chief Minister said, \"The blood of our martyrs will not go in vain.\""
)

TEXTS["AP-21"] = (
    "Security Forces (SFs) killed at least 16 militants when jet fighters pounded their hideouts in Tor Sappar and adjoining areas of Upper Orakzai in Orakzai Agency of Federally Administered Tribal Areas (FATA) on April 7, reports The News. "
    "Officials said five hideouts and an ammunition dump were destroyed in the strikes, but the figures could not be verified independently as the area is inaccessible to the media. "
    "A day earlier, militants had attacked a Frontier Corps (FC) post in Ghiljo area of the same Agency with rockets and small arms, injuring four FC personnel. "
    "Officials said the air strikes were part of an ongoing operation to clear the area of militants who had been attacking the posts of the SFs."
)

TEXTS["AP-22"] = (
    "A prayer leader of a Shia mosque, Allama Syed Mazhar Hussain Zaidi, was shot dead by unidentified armed motorcyclists near his residence in Jaffar e Tayyar Society of Malir in Karachi, the provincial capital of Sindh on April 30, reports The Express Tribune. "
    "Police said the cleric had been receiving threats from the banned Lashkar e Jhangvi (LeJ), and his guard, who was injured, returned fire but the attackers escaped. "
    "A few hours later, two men were killed and five injured when unidentified men hurled a hand grenade and then opened fire at a tea stall in Baghdadi area of Lyari Town, an attack police linked to a turf war between two gangs. "
    "Separately, Rangers arrested 11 suspects, including two alleged target killers of the LeJ, during a raid in Sohrab Goth and recovered a large quantity of arms, a Rangers spokesman said."
)

TEXTS["AP-23"] = (
    "A local leader of the Awami National Party (ANP) and head of the village peace committee, Malik Sher Bahadur, was killed along with two of his bodyguards when a remote controlled bomb planted on a motorcycle went off as his car passed through Shalkandi bazaar in Maidan tehsil of Lower Dir District in Khyber Pakhtunkhwa on the morning of March 3, reports Dawn. "
    "Four passers by, including a schoolboy, were injured in the blast, which also damaged several shops. "
    "Police said the bomb weighed about eight kilogrammes and was detonated by an attacker watching from a nearby hillock. "
    "Tehreek e Taliban Pakistan (TTP) spokesman for Malakand division, Qari Gul Rehman Swati, claimed responsibility in a telephone call to reporters and said all members of the peace committees would meet the same fate. "
    "Hundreds of people attended the funeral of the slain leader in his native village, where ANP leaders demanded security for the elders who had stood against militancy."
)

TEXTS["AP-24"] = (
    "Militants fired four rockets at the Frontier Corps (FC) camp in Qamar Din Karez area of Zhob District of Balochistan late on the night of May 2, but no casualties were reported, reports Dawn. "
    "One of the rockets landed in an orchard close to the camp, officials said. "
    "On May 3, police found the bodies of two brothers, who had gone missing a week earlier, in a dry stream bed in Killa Saifullah District; both had been shot in the head. "
    "In a third incident, Levies personnel arrested three suspected militants of the Tehreek e Taliban Pakistan (TTP) at a check post near Muslim Bagh and recovered two Kalashnikovs and hand grenades from their vehicle. "
    "A Levies official said the suspects were on their way to Zhob and had been under surveillance for several days."
)

TEXTS["AP-25"] = (
    "Four policemen were killed when militants first detonated a roadside bomb and then opened fire on a police mobile van near Kot Azam in Tank District of Khyber Pakhtunkhwa on the morning of October 14, reports Dawn. "
    "The attackers also took away the official weapons of the slain policemen before escaping, the District Police Officer (DPO) said. "
    "Later in the day, gunmen shot dead a retired Army subedar, Gul Nawaz, outside his house in a nearby village. "
    "In Dera Ismail Khan, the Counter Terrorism Department (CTD) arrested a suspected commander of the Tehreek e Taliban Pakistan (TTP), Hameedullah alias Mansoor, who during interrogation confessed to his involvement in the bombing of a police checkpost in Kulachi two years ago, officials said."
)

TEXTS["AP-26"] = (
    "A Shia religious scholar, Allama Ghulam Abbas Naqvi, and his son, a college student, were shot dead by unidentified gunmen riding a motorcycle as they drove home after addressing a majlis in Garh Maharaja town of Jhang District in Punjab late on Saturday, reports The Express Tribune. "
    "Police said the car was intercepted on a link road in a nearby village, and the attackers fled towards Ahmedpur Sial after the shooting. "
    "Thousands of people attended the funeral prayers at Garh Maharaja on Sunday amid tight security, and the district administration suspended mobile phone service in the town for the day. "
    "Regional Police Officer (RPO) Malik Arshad Awan said a special team had been formed, adding, \"This is a clear attempt to stoke sectarian tension ahead of Muharram.\" "
    "A case has been registered against unknown persons under the Anti Terrorism Act."
)

TEXTS["AP-27"] = (
    "Militants blew up a government primary school for girls in Shati Kor village of Lakaro tehsil in Mohmand Agency of Federally Administered Tribal Areas (FATA) in the early hours of February 9, reports Dawn. "
    "The explosives destroyed four classrooms and the boundary wall, but no one was hurt as the building was empty, officials said. "
    "On the same day, two Khasadar personnel were killed and one injured when militants ambushed their vehicle near Ghalanai, the headquarters of the Agency. "
    "Separately, Security Forces (SFs) arrested 14 suspects, including an alleged local commander of the Tehreek e Taliban Pakistan (TTP), during a search operation in Pindiali tehsil, the political administration said."
)

TEXTS["AP-28"] = (
    "Armed militants blocked the M 8 highway near Hoshab in Kech District of Balochistan for several hours on the evening of February 11, set fire to three goods trucks and checked the identity cards of passengers, reports Dawn. "
    "Levies officials said two truck drivers from Punjab were taken off their vehicle and shot dead before the attackers withdrew into the hills. "
    "The Balochistan Liberation Army (BLA) claimed responsibility in a statement, saying its fighters had taken control of the highway. "
    "On February 12, Security Forces (SFs) backed by helicopter gunships launched an operation in the hills around Hoshab and killed five militants, the Inter Services Public Relations (ISPR) said, adding that a soldier was also killed in the exchange of fire."
)

TEXTS["AP-29"] = (
    "Militants of the Tehreek e Taliban Pakistan (TTP) took control of the Shnawari police post near Doaba in Hangu District of North West Frontier Province (NWFP) on the night of October 5, after the policemen deployed there abandoned it, reports Daily Times. "
    "The militants hoisted their flag on the post and took away its weapons and a police vehicle, officials said. "
    "On October 6, a car bomb exploded near the main bazaar of Thall, killing three persons, including a shopkeeper, and injuring 14 others. "
    "Security Forces (SFs) regained control of the Shnawari post on October 7 after a two hour gunbattle in which four militants and a soldier were killed, officials said. "
    "A curfew was imposed in Doaba and the adjoining villages after the operation."
)

TEXTS["AP-30"] = (
    "A Sindh Rangers soldier was killed and a passer by was injured when two gunmen on a motorcycle opened fire at a Rangers vehicle parked outside a bank in Latifabad Unit 8 of Hyderabad District in Sindh on the afternoon of June 19, reports Dawn. "
    "The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility for the attack in a post on social media and warned of more attacks on the paramilitary force. "
    "Rangers and police cordoned off the area and detained two suspects from a nearby tea stall for questioning, but the attackers had already escaped, officials said. "
    "The slain soldier, Naik Shahbaz Ali, was buried with full military honours in his native town of Mirpur Mathelo in Ghotki District. "
    "The Director General of the Rangers said the force would not be deterred by such cowardly acts and directed its intelligence wing to trace the network behind the attack."
)

if __name__ == "__main__":
    out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for k, v in TEXTS.items():
        with open(os.path.join(out, k + ".txt"), "w", encoding="utf-8") as f:
            f.write(v)
    print(len(TEXTS), "texts written")
