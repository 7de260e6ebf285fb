from lib import *

UAG, CIV = "Unidentified Armed Group", "Civilians"
BAT, ERV, VAC, PRO, SD_ = "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Strategic developments"

# ---------------------------------------------------------------- AZ-01
report("AZ-01", """
Two Frontier Corps (FC) personnel were killed and three others sustained injuries when unidentified militants
ambushed their patrol in Dokurm Kaur area of Tump tehsil (revenue unit) in Kech District of Balochistan on March 17,
reports Dawn. Levies officials said the attackers, firing from positions in the surrounding hills, escaped after an
exchange of fire that lasted nearly an hour. The injured were shifted to the District Headquarters Hospital in Turbat,
where the condition of one of them was stated to be critical. Security Forces (SFs) later cordoned off the area and
launched a search operation. Late in the evening, the banned Balochistan Liberation Front (BLF) claimed
responsibility for the attack in a statement its spokesman, Dilwash Baloch, issued to the media from an undisclosed
location.
""", "Dawn",
[A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
 A("Levies", "state_force", 1, ["Levies"]),
 A("Security Forces", "state_force", 1, ["Security Forces", "SFs"]),
 A("Balochistan Liberation Front", "armed_group", 2, ["Balochistan Liberation Front", "BLF"])],
[Pe("Dilwash Baloch", ["Dilwash Baloch"], ["BLF spokesman"])],
[P("Dokurm Kaur", "area", BA, "Kech"),
 P("Tump", "area", BA, "Kech"),
 P("Kech District", "district", BA, "Kech"),
 P("Balochistan", "province", BA, None),
 P("Turbat", "city", BA, "Kech")],
[I("unidentified militants ambushed their patrol in Dokurm Kaur area", BAT, "Armed clash", "Armed Assault",
   "Balochistan Liberation Front", "Frontier Corps", BA, "Kech", "Dokurm Kaur", 1, "on March 17",
   2, {"security_forces": 2}, 3,
   "An ambush on an FC patrol with an hour-long exchange of fire: Battles/Armed clash, as the rules code attacks on "
   "state forces. The text first says 'unidentified militants', but the BLF claimed the attack later the same day, "
   "so the BLF is actor1. The three injured are 'three others' of the patrol; injured carries no side. The spokesman "
   "spoke from an undisclosed location, which is not a place. The SF cordon and search operation report no outcome "
   "and are not an incident.")],
not_incidents=["Security Forces (SFs) later cordoned off the area and launched a search operation"])

# ---------------------------------------------------------------- AZ-02
report("AZ-02", """
A policeman was killed and four others were injured when a remote controlled improvised explosive device (IED) hit a
police van at Mandew Chowk in Domel tehsil (revenue unit) of Bannu District in Khyber Pakhtunkhwa (KP) on Thursday
morning, reports The Express Tribune. District Police Officer (DPO) Qaiser Abbas Khattak said the van was escorting a
polio vaccination team when the device, planted under a culvert, went off. One of the injured, Constable Rehmat Gul,
succumbed to his wounds in the evening, raising the death toll to two. A spokesman for the Tehreek e Taliban Pakistan
(TTP), Mufti Jalal Ahmad, denied his groups involvement and said it did not target polio teams or their escorts.
Separately, unidentified militants hurled a hand grenade at the Serai Naurang Police Station in Lakki Marwat District
late on the same night. No one was hurt, but the boundary wall of the police station was damaged, police said.
""", "The Express Tribune",
[A("Police", "state_force", 1, ["police"]),
 A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
[Pe("Qaiser Abbas Khattak", ["Qaiser Abbas Khattak"], ["District Police Officer (DPO)"]),
 Pe("Rehmat Gul", ["Constable Rehmat Gul"], ["constable", "injured in the IED blast, died the same evening"]),
 Pe("Mufti Jalal Ahmad", ["Mufti Jalal Ahmad"], ["TTP spokesman"])],
[P("Mandew Chowk", "area", KP, "Bannu"),
 P("Domel", "area", KP, "Bannu"),
 P("Bannu District", "district", KP, "Bannu"),
 P("Khyber Pakhtunkhwa", "province", KP, None),
 P("Serai Naurang", "town", KP, "Lakki Marwat"),
 P("Lakki Marwat District", "district", KP, "Lakki Marwat")],
[I("a remote controlled improvised explosive device (IED) hit a police van at Mandew Chowk", ERV,
   "Remote explosive/landmine/IED", "Bombing/Explosion", UAG, "Police", KP, "Bannu", "Mandew Chowk", 1,
   "on Thursday morning", 2, {"security_forces": 2}, 3,
   "One policeman died at once and Constable Rehmat Gul, one of the four injured, died that evening: killed = 2 "
   "(both police), injured = 4 - 1 = 3, the dead man counted once. The TTP denied involvement and no one claimed "
   "it, so actor1 stays Unidentified and the TTP is listed only as a named organisation. The polio team the van "
   "escorted is not reported harmed."),
 I("unidentified militants hurled a hand grenade at the Serai Naurang Police Station", ERV, "Grenade",
   "Bombing/Explosion", UAG, "Police", KP, "Lakki Marwat", "Serai Naurang", 1, "late on the same night",
   0, {}, 0,
   "A separate attack in another district ('Separately'), the same night as the Bannu blast. 'No one was hurt', so "
   "killed and injured are 0; only the boundary wall was damaged. The police station is the target, so actor2 is "
   "Police.")])

# ---------------------------------------------------------------- AZ-03
report("AZ-03", """
Security Forces (SFs) killed six terrorists during an intelligence based operation (IBO) in Gulzamir Kot village of
Mir Ali tehsil in North Waziristan District of Khyber Pakhtunkhwa on the night of June 9, according to the Inter
Services Public Relations (ISPR), reports Dawn. The ISPR said troops engaged the terrorists hideout after receiving
information about their presence in the village. During the intense exchange of fire, two soldiers, Sepoy Naveed
Akhtar (24) and Lance Naik Sher Bahadur (31), embraced martyrdom. Weapons, ammunition and explosives were also
recovered from the slain terrorists, who remained actively involved in attacks on SFs and target killings of
civilians in the area, the military media wing said. A sanitisation operation was being carried out to eliminate
any other terrorists found in the area.
""", "Dawn",
[A("Security Forces", "state_force", 1, ["Security Forces", "SFs", "troops"])],
[Pe("Naveed Akhtar", ["Sepoy Naveed Akhtar"], ["Sepoy", "soldier killed in the IBO"]),
 Pe("Sher Bahadur", ["Lance Naik Sher Bahadur"], ["Lance Naik", "soldier killed in the IBO"])],
[P("Gulzamir Kot", "town", KP, "North Waziristan"),
 P("Mir Ali", "area", KP, "North Waziristan"),
 P("North Waziristan District", "district", KP, "North Waziristan"),
 P("Khyber Pakhtunkhwa", "province", KP, None)],
[I("Security Forces (SFs) killed six terrorists during an intelligence based operation (IBO)", BAT, "Armed clash",
   None, "Security Forces", UAG, KP, "North Waziristan", "Gulzamir Kot", 1, "on the night of June 9",
   8, {"militants": 6, "security_forces": 2}, None,
   "An IBO with an exchange of fire: started by the state, so GTD is null. The counts come in separate sentences: "
   "six terrorists in the first, two soldiers in the third; killed = 8. No group is named for the dead, so actor2 "
   "is Unidentified. The ISPR is the army's media wing and only the source; it is not an armed actor and is not "
   "listed (as civil sources are left out in dev-115). The recovery of weapons belongs to this event; the "
   "'sanitisation operation' reports no outcome, and the earlier attacks the dead are blamed for are background.")],
not_incidents=["attacks on SFs and target killings of civilians in the area",
               "A sanitisation operation was being carried out"])

# ---------------------------------------------------------------- AZ-04
report("AZ-04", """
A prayer leader, identified as Maulana Abdul Sattar Qasmi (48), was shot dead and his son was injured when armed
pillion riders opened fire on them within the limits of the Sharifabad Police Station in Karachi, the provincial
capital of Sindh on July 22, reports The News. Police said the cleric, who led prayers at a mosque in Federal B Area
and was associated with the Ahle Sunnat Wal Jamaat (ASWJ), was returning home on a motorcycle with his son after Isha
prayers when the attackers struck. The son, Hafiz Muhammad Usman (19), died at the Abbasi Shaheed Hospital the following
morning. Station House Officer (SHO) Jameel Akhtar Bhatti said it appeared to be a sectarian target killing and the
attackers had been following the victims for some distance. The funeral prayers of the father and son were offered
the same afternoon.
""", "The News",
[A("Police", "state_force", 1, ["Police"])],
[Pe("Abdul Sattar Qasmi", ["Maulana Abdul Sattar Qasmi"], ["prayer leader", "associated with the Ahle Sunnat Wal Jamaat (ASWJ)"]),
 Pe("Muhammad Usman", ["Hafiz Muhammad Usman"], ["son of Maulana Abdul Sattar Qasmi", "injured, died the next morning"]),
 Pe("Jameel Akhtar Bhatti", ["Jameel Akhtar Bhatti"], ["Station House Officer (SHO)"])],
[P("Sharifabad", "area", SD, "Karachi"),
 P("Karachi", "city", SD, "Karachi"),
 P("Sindh", "province", SD, None),
 P("Federal B Area", "area", SD, "Karachi")],
[I("armed pillion riders opened fire on them within the limits of the Sharifabad Police Station", VAC, "Attack",
   "Armed Assault", UAG, CIV, SD, "Karachi", "Sharifabad", 1, "on July 22",
   2, {"civilians": 1}, None,
   "The place is given only by a police station's limits; as with Pak Colony in dev-66 the station's area "
   "(Sharifabad) is the location, at neighbourhood precision. The mosque in Federal B Area is where he worked, not "
   "where he was shot. The son was injured and died the next morning: counted once, as killed (killed = 2), and "
   "injured left null as in dev-38. Only the prayer leader has a stated civilian role; the son has none, so "
   "killed_by_side counts 1. A prayer leader is not a prominent figure, so Armed Assault. ASWJ is only the victim's "
   "affiliation and is not listed. The funeral is not an incident.")],
not_incidents=["The funeral prayers of the father and son were offered the same afternoon"])

# ---------------------------------------------------------------- AZ-05
report("AZ-05", """
A Lady Health Worker (LHW), identified as Shabana Bibi (32), was shot dead by unidentified motorcyclists while she was
administering polio drops to children in Garhi Sarbuland village of Badaber on the outskirts of Peshawar, the
provincial capital of Khyber Pakhtunkhwa on February 11, reports The News. A police constable deputed for the security of
the vaccination team, Gul Rehman, was injured in the attack and was shifted to hospital. Superintendent of Police (SP)
Rural Waqar Azim said the attackers fled towards the adjoining tribal area. Protesting against the killing, dozens of
health workers boycotted the campaign the next day and staged a demonstration outside the Peshawar Press Club,
demanding foolproof security for the vaccination teams. The protesters dispersed peacefully after the district health
officer assured them that their demands would be conveyed to the provincial government.
""", "The News",
[],
[Pe("Shabana Bibi", ["Shabana Bibi"], ["Lady Health Worker (LHW)", "polio vaccinator"]),
 Pe("Gul Rehman", ["Gul Rehman"], ["police constable guarding the vaccination team", "injured"]),
 Pe("Waqar Azim", ["Waqar Azim"], ["Superintendent of Police (SP) Rural"])],
[P("Garhi Sarbuland", "town", KP, "Peshawar"),
 P("Badaber", "area", KP, "Peshawar"),
 P("Peshawar", "city", KP, "Peshawar"),
 P("Khyber Pakhtunkhwa", "province", KP, None)],
[I("was shot dead by unidentified motorcyclists while she was administering polio drops to children", VAC, "Attack",
   "Armed Assault", UAG, CIV, KP, "Peshawar", "Garhi Sarbuland", 1, "on February 11",
   1, {"civilians": 1}, 1,
   "A health worker is a civilian role. Her police guard was injured; he takes his principal's side, but injured "
   "carries no side. Targeted, but not a prominent figure, so Armed Assault. No 'Police' organisation is named "
   "(only 'a police constable' and an SP), so actors is empty, as in dev-107."),
 I("staged a demonstration outside the Peshawar Press Club", PRO, "Peaceful protest", None, "Protesters", None,
   KP, "Peshawar", "Peshawar", 1, "the next day", 0, {}, None,
   "The day after the killing, health workers boycotted the campaign and demonstrated; they dispersed peacefully "
   "after an official's assurance, so no intervention: Peaceful protest. A different day, place and actor from the "
   "shooting, so a separate incident. The press club is a building, so the location is Peshawar.")])

# ---------------------------------------------------------------- AZ-06
report("AZ-06", """
At least nine persons, including four Frontier Corps (FC) personnel, were killed and 23 others injured when a suicide
bomber rammed his explosive laden motorcycle into an FC vehicle on Airport Road in Quetta, the provincial capital of
Balochistan on Saturday, reports Dawn. Police said the vehicle was carrying FC personnel to the Quetta Cantonment when
it was hit near a busy fruit market. The death toll rose to 11 on Sunday when two of the critically injured, both
passers by, died at the Civil Hospital. "The bomber had been waiting at the roadside for the vehicle," said Deputy
Inspector General (DIG) of Police Nadeem Haider Lehri, adding that around 10 kilogrammes of explosives were used.
Jamaat ul Ahrar (JuA), a faction of the Tehreek e Taliban Pakistan (TTP), claimed responsibility for the attack in an
email sent to journalists by its spokesman, Usama Haqyar.
""", "Dawn",
[A("Frontier Corps", "state_force", 1, ["Frontier Corps", "FC"]),
 A("Police", "state_force", 1, ["Police"]),
 A("Jamaat-ul-Ahrar", "armed_group", 2, ["Jamaat ul Ahrar", "JuA"]),
 A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
[Pe("Nadeem Haider Lehri", ["Nadeem Haider Lehri"], ["Deputy Inspector General (DIG) of Police"]),
 Pe("Usama Haqyar", ["Usama Haqyar"], ["JuA spokesman"])],
[P("Airport Road", "area", BA, "Quetta"),
 P("Quetta", "city", BA, "Quetta"),
 P("Balochistan", "province", BA, None),
 P("Quetta Cantonment", "area", BA, "Quetta")],
[I("a suicide bomber rammed his explosive laden motorcycle into an FC vehicle", ERV, "Suicide bomb",
   "Bombing/Explosion", "Jamaat-ul-Ahrar", "Frontier Corps", BA, "Quetta", "Airport Road", 1, "on Saturday",
   11, {"security_forces": 4, "civilians": 2}, 21,
   "One incident: the toll that rose the next day belongs to the same bombing. Killed = 11 (the final toll); "
   "injured = 23 - 2 who died = 21. Sides: four FC personnel and the two passers-by who died later (a civilian "
   "role); the other five dead are only 'persons'. The bomber is not counted. JuA claimed the attack, so it is "
   "actor1; the TTP is named only as its parent.")],
quotes=[Q("Nadeem Haider Lehri", "The bomber had been waiting at the roadside")])

# ---------------------------------------------------------------- AZ-07
report("AZ-07", """
At least seven militants were killed in clashes between the banned Lashkar e Islam (LI) and the rival Ansarul Islam
(AI) in Sarkanda Narai area of Tirah valley in Khyber Agency of Federally Administered Tribal Areas (FATA) on October 2,
The News reported. Local sources said LI fighters attacked AI positions on a ridge above the village before dawn and
the fighting continued till late afternoon. An AI spokesman, Qari Sher Zaman, speaking to reporters from Peshawar,
claimed that his group had lost three fighters and killed 11 LI men. LI spokesman Mufti Shahid Zakhel, however, said
only four of its men were killed. Independent confirmation of the casualties was not possible as the area is
inaccessible to journalists. During the fighting, a mortar shell landed on a house in the same village, injuring a
woman and her two children, local elders said.
""", "The News",
[A("Lashkar-e-Islam", "armed_group", 2, ["Lashkar e Islam", "LI"]),
 A("Ansar-ul-Islam", "armed_group", 2, ["Ansarul Islam", "AI"])],
[Pe("Qari Sher Zaman", ["Qari Sher Zaman"], ["AI spokesman"]),
 Pe("Mufti Shahid Zakhel", ["Mufti Shahid Zakhel"], ["LI spokesman"])],
[P("Sarkanda Narai", "area", KP, "Khyber"),
 P("Tirah", "area", KP, "Khyber"),
 P("Khyber Agency", "district", KP, "Khyber"),
 P("Federally Administered Tribal Areas", "area", KP, None),
 P("Peshawar", "city", KP, "Peshawar")],
[I("clashes between the banned Lashkar e Islam (LI) and the rival Ansarul Islam (AI)", BAT, "Armed clash",
   "Armed Assault", "Lashkar-e-Islam", "Ansar-ul-Islam", KP, "Khyber", "Sarkanda Narai", 1, "on October 2",
   7, {"militants": 7}, 3,
   "LI attacked AI positions, so LI is actor1 and GTD Armed Assault. The sides disagree: AI claims 3 of its own "
   "and 11 LI dead, LI admits only 4. The most conservative reading (3 + 4) matches the report's own 'at least "
   "seven', so killed = 7. The mortar shell that hurt a woman and two children fell 'during the fighting' in the "
   "same village, so it is part of this clash, not a separate shelling: injured = 3 (the fighters' injured are not "
   "given). The AI spokesman spoke from Peshawar, which is not the incident's place. Text places it in FATA; admin1 "
   "coded Khyber Pakhtunkhwa.")])

# ---------------------------------------------------------------- AZ-08
report("AZ-08", """
The Counter Terrorism Department (CTD) Punjab claimed to have foiled a major terror bid by arresting four suspected
militants of the banned Islamic State (IS) during an intelligence based operation near Sakhi Sarwar in Dera Ghazi Khan
District on Friday, reports The Express Tribune. A CTD spokesperson in Lahore said a suicide vest, six kilogrammes of
explosives, two hand grenades and a hand drawn map of a shrine were recovered from the suspects, who were planning to
attack the shrine during the upcoming annual urs. The arrested men were identified as Abdul Ghaffar alias Hamza, Naeem
Akhtar, Tariq Mehmood and Saifullah. In another operation on the same day, CTD personnel arrested two suspected members
of the Tehreek e Taliban Pakistan (TTP) from the Satellite Town area of Bahawalpur and seized 20 detonators and a
pistol from their possession.
""", "The Express Tribune",
[A("Counter Terrorism Department", "state_force", 1, ["Counter Terrorism Department", "CTD"]),
 A("Islamic State", "armed_group", 2, ["Islamic State", "IS"]),
 A("Tehreek-e-Taliban Pakistan", "armed_group", 2, ["Tehreek e Taliban Pakistan", "TTP"])],
[Pe("Abdul Ghaffar", ["Abdul Ghaffar alias Hamza"], ["suspected IS militant", "arrested"]),
 Pe("Naeem Akhtar", ["Naeem Akhtar"], ["suspected IS militant", "arrested"]),
 Pe("Tariq Mehmood", ["Tariq Mehmood"], ["suspected IS militant", "arrested"]),
 Pe("Saifullah", ["Saifullah"], ["suspected IS militant", "arrested"])],
[P("Sakhi Sarwar", "town", PB, "Dera Ghazi Khan"),
 P("Dera Ghazi Khan District", "district", PB, "Dera Ghazi Khan"),
 P("Lahore", "city", PB, "Lahore"),
 P("Satellite Town", "area", PB, "Bahawalpur"),
 P("Bahawalpur", "city", PB, "Bahawalpur")],
[I("foiled a major terror bid by arresting four suspected militants of the banned Islamic State (IS)", SD_,
   "Disrupted weapons use", "Bombing/Explosion", "Counter Terrorism Department", "Islamic State", PB,
   "Dera Ghazi Khan", "Sakhi Sarwar", 2, "on Friday", 0, {}, None,
   "The text presents this as a foiled attack: a suicide vest, explosives and grenades seized from men planning to "
   "bomb a shrine. Coded Disrupted weapons use (an attack prevented), with the GTD type of the planned attack as for "
   "defused devices in dev-109; the arrests are part of it. Arrests would be the alternative. 'Near' Sakhi Sarwar, "
   "hence precision 2. The spokesperson spoke in Lahore, which is not the incident's place. The text says "
   "'Islamic State (IS)' without a province, so the canonical name stays Islamic State."),
 I("CTD personnel arrested two suspected members of the Tehreek e Taliban Pakistan (TTP)", SD_, "Arrests", None,
   "Counter Terrorism Department", "Tehreek-e-Taliban Pakistan", PB, "Bahawalpur", "Satellite Town", 1,
   "on the same day", 0, {}, None,
   "A separate operation in another district, not tied to the foiled shrine attack, so its own Arrests incident. "
   "No attack is said to have been prevented (only detonators and a pistol seized), so Arrests, not Disrupted "
   "weapons use.")])

# ---------------------------------------------------------------- AZ-09
report("AZ-09", """
Unidentified miscreants set ablaze a government girls primary school in Gumaray Das village of Darel valley in Diamer
District of Gilgit Baltistan (GB) on the intervening night of November 11 and 12, reports Dawn. Police said the
attackers sprinkled petrol on the furniture and set the two room building on fire before fleeing; no one was present
in the school at the time. A day later, unidentified men opened fire on a police party that was searching the same
area for the suspects, injuring two constables. The injured, identified as Constable Mir Afzal and Constable Shafqat
Hussain, were taken to the District Headquarters Hospital in Chilas. Police said they had identified the suspects and
raids were under way to arrest them.
""", "Dawn",
[A("Police", "state_force", 1, ["Police", "police"])],
[Pe("Mir Afzal", ["Constable Mir Afzal"], ["constable", "injured"]),
 Pe("Shafqat Hussain", ["Constable Shafqat Hussain"], ["constable", "injured"])],
[P("Gumaray Das", "town", GB, "Diamer"),
 P("Darel", "area", GB, "Diamer"),
 P("Diamer District", "district", GB, "Diamer"),
 P("Gilgit Baltistan", "province", GB, None),
 P("Chilas", "town", GB, "Diamer")],
[I("Unidentified miscreants set ablaze a government girls primary school", SD_, "Looting/property destruction",
   "Facility/Infrastructure Attack", UAG, None, GB, "Diamer", "Gumaray Das", 1,
   "on the intervening night of November 11 and 12", 0, {}, 0,
   "Arson of an empty school: no one was present, so killed and injured are 0 and actor2 is null. Fire, not "
   "explosives, so GTD Facility/Infrastructure Attack, and ACLED property destruction rather than an attack on "
   "people. The date is a night spanning two days; date_text keeps the phrase."),
 I("unidentified men opened fire on a police party that was searching the same area", BAT, "Armed clash",
   "Armed Assault", UAG, "Police", GB, "Diamer", "Gumaray Das", 2, "A day later", 0, {}, 2,
   "A second incident: a day later and a different target (police searching for the arsonists). Its place is "
   "told only as 'the same area', i.e. around Gumaray Das, hence precision 2. The text does not say the same men "
   "fired, so actor1 is Unidentified (as it is anyway). The planned raids report no outcome.")])

# ---------------------------------------------------------------- AZ-10
report("AZ-10", """
Police claimed to have recovered a schoolteacher, Sajid Ali Mahar, who had been kidnapped by dacoits from Kandhkot town
three weeks ago, after an encounter in the katcha (riverine) area near Ghouspur in Kashmore District of Sindh on
August 30, reports Dawn. Senior Superintendent of Police (SSP) Shahnawaz Chachar said a police team raided a hideout of
the dacoits in the thick forest along the river. In the exchange of fire that followed, two dacoits were killed and a
police constable was injured, while their accomplices fled leaving the hostage behind. Mahar was later handed over
to his family. Meanwhile, relatives of another kidnapped man, a rice trader, staged a sit in on the Indus Highway in
Kandhkot on the same day, demanding his early recovery. They ended the sit in after talks with the Deputy
Commissioner.
""", "Dawn",
[A("Police", "state_force", 1, ["Police", "police"])],
[Pe("Sajid Ali Mahar", ["Sajid Ali Mahar", "Mahar"], ["schoolteacher", "kidnapped by dacoits, recovered by police"]),
 Pe("Shahnawaz Chachar", ["Shahnawaz Chachar"], ["Senior Superintendent of Police (SSP)"])],
[P("Kandhkot", "town", SD, "Kashmore"),
 P("Ghouspur", "town", SD, "Kashmore"),
 P("Kashmore District", "district", SD, "Kashmore"),
 P("Sindh", "province", SD, None),
 P("Indus Highway", "area", SD, "Kashmore")],
[I("a police team raided a hideout of the dacoits", BAT, "Armed clash", None, "Police", UAG, SD, "Kashmore",
   "Ghouspur", 2, "on August 30", 2, {}, 1,
   "A police raid that freed a kidnapped teacher, with an exchange of fire: started by the state, so GTD is null. "
   "Two dacoits killed, one constable injured. Dacoits are criminals, none of the listed sides, so killed_by_side "
   "is empty. The recovery belongs to this raid. The kidnapping 'three weeks ago' is background and not coded. "
   "'Near' Ghouspur, hence precision 2."),
 I("staged a sit in on the Indus Highway in Kandhkot", PRO, "Peaceful protest", None, "Protesters", None, SD,
   "Kashmore", "Kandhkot", 1, "on the same day", 0, {}, None,
   "Relatives of another kidnapped trader blocked the highway and ended the sit-in after talks: Peaceful protest, "
   "a separate incident ('Meanwhile'). The trader's own kidnapping has no date or place and is not coded.")],
not_incidents=["who had been kidnapped by dacoits from Kandhkot town three weeks ago",
               "relatives of another kidnapped man, a rice trader"])

write_all()
