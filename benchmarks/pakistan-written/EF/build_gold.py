#!/usr/bin/env python3
"""Writes EF-01..EF-30 .txt reports and their .gold.json files.

Every report below is invented (blind set EF). The gold is coded by hand from the text alone,
following ../../shared/benchmarks/pakistan-gold-dev/CODING-RULES.md and the dev gold files.
This script only serialises what is written here by hand; run check_gold.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KP, BA, PB, SD, GB = "Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Gilgit-Baltistan"
UAG, CIV, SF = "Unidentified Armed Group", "Civilians", "Security Forces"
REPORTS = []


def A(canonical, mentions, kind="state_force", inter=1):
    return {"canonical": canonical, "kind": kind, "acled_inter": inter, "mentions": mentions}


def G(canonical, mentions):  # armed group
    return A(canonical, mentions, kind="armed_group", inter=2)


def H(canonical, mentions, roles):
    return {"canonical": canonical, "mentions": mentions, "roles": roles}


def P(name, kind, admin1, admin2):
    return {"name": name, "kind": kind, "admin1": admin1, "admin2": admin2}


def Q(speaker, starts):
    return {"speaker": speaker, "starts": starts}


def I(what, et, st, gtd, a1, a2, loc, prec, date, killed, kbs, injured, note):
    return dict(what=what, et=et, st=st, gtd=gtd, a1=a1, a2=a2, loc=loc, prec=prec, date=date,
                killed=killed, kbs=kbs, injured=injured, note=note)


BAT = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUI = ("Explosions/Remote violence", "Suicide bomb")
SHL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRN = ("Explosions/Remote violence", "Grenade")
DRN = ("Explosions/Remote violence", "Air/drone strike")
VAT = ("Violence against civilians", "Attack")
ABD = ("Violence against civilians", "Abduction/forced disappearance")
DWU = ("Strategic developments", "Disrupted weapons use")
ARR = ("Strategic developments", "Arrests")
OTH = ("Strategic developments", "Other")
LPD = ("Strategic developments", "Looting/property destruction")
PPR = ("Protests", "Peaceful protest")


def R(num, publisher, text, actors, people, places, quotes, incidents, not_incidents, relations=()):
    REPORTS.append(dict(num=num, publisher=publisher, text=text.strip() + "\n", actors=actors,
                        people=people, places=places, quotes=quotes, incidents=incidents,
                        not_incidents=list(not_incidents), relations=list(relations)))


# ---------------------------------------------------------------- EF-01
R(1, "Dawn", """
Security forces killed four khwarij in an intelligence based operation in the Spinwam area of North Waziristan district on October 9, the Inter-Services Public Relations (ISPR) said, reports Dawn.

According to the military's media wing, the operation was conducted on the reported presence of khwarij near Zarmaly Kalay village. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, four khwarij were sent to hell.

Weapons, ammunition and explosives were recovered from the killed khwarij, who the ISPR said had remained actively involved in numerous terrorist activities against the security forces as well as in the target killing of innocent civilians in the area.

A sanitisation operation is being carried out to eliminate any other kharji found in the area, the statement added, saying the security forces of Pakistan are determined to wipe out the menace of terrorism from the country.
""",
  [A(SF, ["Security forces", "own troops", "security forces"])],
  [],
  [P("Spinwam", "area", KP, "North Waziristan"),
   P("North Waziristan district", "district", KP, "North Waziristan"),
   P("Zarmaly Kalay", "town", KP, "North Waziristan"),
   P("Pakistan", "country", None, None)],
  [],
  [I("own troops effectively engaged the khwarij location and, after an intense exchange of fire, four khwarij were sent to hell",
     *BAT, None, SF, UAG, "Zarmaly Kalay", 2, "on October 9", 4, {"militants": 4}, None,
     "An ISPR intelligence-based operation: state-initiated, so actor1 is Security Forces and GTD is null. 'Khwarij' is the military's generic word for the militants, not an organisation's name, so actor2 is Unidentified Armed Group. The operation was 'near' Zarmaly Kalay village in the Spinwam area, hence precision 2. The weapons recovery belongs to this event. No casualties on the troops' side are reported, so injured is null.")],
  ["remained actively involved in numerous terrorist activities against the security forces as well as in the target killing of innocent civilians",
   "A sanitisation operation is being carried out to eliminate any other kharji found in the area"])

# ---------------------------------------------------------------- EF-02
R(2, "The Express Tribune", """
Two soldiers were martyred and three terrorists killed during an intelligence based operation in the Sararogha area of South Waziristan district on the night of June 20-21, the ISPR said in a statement on Wednesday, reports The Express Tribune.

The military's media wing said the operation was launched on the reported presence of terrorists in the area. "During the conduct of the operation, own troops effectively engaged the terrorists' location and after an intense exchange of fire, three terrorists were killed while two were apprehended," the statement said.

During the intense exchange of fire, Naik Sher Afzal, aged 31 and a resident of Swabi district, and Sepoy Danish Iqbal, aged 23 and a resident of Chakwal district, having fought gallantly, embraced shahadat, it added.

Weapons and ammunition were recovered from the terrorists, who remained involved in attacks on security forces. A sanitisation operation was being carried out to eliminate any other terrorist found in the area, the ISPR said, adding that such sacrifices of "our brave soldiers" further strengthen the resolve of the security forces.
""",
  [A(SF, ["own troops", "security forces", "soldiers"])],
  [H("Sher Afzal", ["Naik Sher Afzal"], ["Naik", "aged 31", "resident of Swabi district", "martyred in the operation"]),
   H("Danish Iqbal", ["Sepoy Danish Iqbal"], ["Sepoy", "aged 23", "resident of Chakwal district", "martyred in the operation"])],
  [P("Sararogha", "town", KP, "South Waziristan"),
   P("South Waziristan district", "district", KP, "South Waziristan"),
   P("Swabi district", "district", KP, "Swabi"),
   P("Chakwal district", "district", PB, "Chakwal")],
  [Q("Inter-Services Public Relations", "During the conduct of the operation, own troops effectively engaged"),
   Q("Inter-Services Public Relations", "our brave soldiers")],
  [I("own troops effectively engaged the terrorists' location and after an intense exchange of fire, three terrorists were killed while two were apprehended",
     *BAT, None, SF, UAG, "Sararogha", 1, "on the night of June 20-21", 5, {"security_forces": 2, "militants": 3}, None,
     "State-initiated intelligence-based operation, so GTD null. Two named soldiers (Naik, Sepoy) embraced shahadat: security_forces 2; three terrorists killed: militants 3. The two apprehended terrorists are part of this operation, not a separate Arrests incident. Sararogha is read as the town ('Sararogha area'), precision 1. Swabi and Chakwal are the soldiers' home districts, not incident places. No group is named.")],
  ["A sanitisation operation was being carried out to eliminate any other terrorist found in the area"])

# ---------------------------------------------------------------- EF-03
R(3, "Business Recorder", """
Security forces killed eleven khwarij in three separate engagements in Khyber Pakhtunkhwa on November 14 and 15, the ISPR said on Friday, reports Business Recorder.

In the first engagement, security forces conducted an intelligence based operation in the Kulachi area of Dera Ismail Khan district on the reported presence of khwarij. Own troops effectively engaged the khwarij location and six khwarij were sent to hell.

In the second engagement, an operation in the Jani Khel area of Bannu district left three khwarij dead. During the exchange of fire, Lance Naik Mir Hassan, aged 27 and a resident of Karak district, fought valiantly and embraced shahadat.

In the third engagement, troops intercepted a group of khwarij moving in the Bagh area of Tirah valley in Khyber district and killed two of them after a brief exchange of fire. Two others were injured and escaped towards the mountains.

Weapons and ammunition were recovered from the killed khwarij in all three operations. Sanitisation operations are being carried out in the three areas, the military's media wing said.
""",
  [A(SF, ["Security forces", "security forces", "Own troops", "troops"])],
  [H("Mir Hassan", ["Lance Naik Mir Hassan"], ["Lance Naik", "aged 27", "resident of Karak district", "martyred in the Jani Khel operation"])],
  [P("Khyber Pakhtunkhwa", "province", KP, None),
   P("Kulachi", "area", KP, "Dera Ismail Khan"),
   P("Dera Ismail Khan district", "district", KP, "Dera Ismail Khan"),
   P("Jani Khel", "area", KP, "Bannu"),
   P("Bannu district", "district", KP, "Bannu"),
   P("Karak district", "district", KP, "Karak"),
   P("Bagh", "town", KP, "Khyber"),
   P("Tirah valley", "area", KP, "Khyber"),
   P("Khyber district", "district", KP, "Khyber")],
  [],
  [I("Own troops effectively engaged the khwarij location and six khwarij were sent to hell",
     *BAT, None, SF, UAG, "Kulachi", 2, "on November 14 and 15", 6, {"militants": 6}, None,
     "First of three bundled ISPR operations. Kulachi is a tehsil of Dera Ismail Khan district, hence precision 2. The statement dates the three engagements only jointly ('November 14 and 15'), so each takes that date_text. State-initiated: GTD null; 'khwarij' is generic, so actor2 is Unidentified Armed Group."),
   I("an operation in the Jani Khel area of Bannu district left three khwarij dead",
     *BAT, None, SF, UAG, "Jani Khel", 1, "on November 14 and 15", 4, {"militants": 3, "security_forces": 1}, None,
     "Second engagement: three khwarij killed and one soldier (Lance Naik Mir Hassan) martyred. Karak is only his home district."),
   I("troops intercepted a group of khwarij moving in the Bagh area of Tirah valley",
     *BAT, None, SF, UAG, "Bagh", 1, "on November 14 and 15", 2, {"militants": 2}, 2,
     "Third engagement: two khwarij killed; the two injured are militants who escaped, counted as injured as the text gives the number (cf. the assailant counted as injured in satp-sa-dev-95). Interception by troops is state-initiated, so GTD null.")],
  ["Sanitisation operations are being carried out in the three areas"])

# ---------------------------------------------------------------- EF-04
R(4, "Dawn", """
Three policemen were martyred and two others injured when militants attacked the Tajori police station in Lakki Marwat district late on Tuesday, police said, reports Dawn.

District Police Officer Naveed Akhtar Khattak said around a dozen militants armed with heavy and light weapons attacked the police station from three sides. The policemen on duty returned fire and the exchange continued for nearly two hours before the attackers retreated. The martyred policemen were identified as constables Raheem Gul, Ihsanullah and Sajid Iqbal.

On Wednesday, security forces and police launched a joint search and strike operation in the nearby Zangi Khel hills, where, according to the DPO, two militants involved in the attack were killed in an exchange of fire and a third was arrested in injured condition. A Kalashnikov rifle, a rocket launcher, four hand grenades and a motorcycle were recovered from them.

The Khyber Pakhtunkhwa chief minister condoled with the families of the martyred policemen and directed the Inspector General of Police to ensure the best medical treatment for the injured. "The sacrifices of our police will not go in vain," he said in a statement.
""",
  [A("Police", ["policemen", "police"]), A(SF, ["security forces"])],
  [H("Naveed Akhtar Khattak", ["Naveed Akhtar Khattak", "the DPO"], ["District Police Officer", "Lakki Marwat"]),
   H("Raheem Gul", ["Raheem Gul"], ["constable", "martyred in the attack"]),
   H("Ihsanullah", ["Ihsanullah"], ["constable", "martyred in the attack"]),
   H("Sajid Iqbal", ["Sajid Iqbal"], ["constable", "martyred in the attack"])],
  [P("Tajori", "town", KP, "Lakki Marwat"),
   P("Lakki Marwat district", "district", KP, "Lakki Marwat"),
   P("Zangi Khel hills", "area", KP, "Lakki Marwat"),
   P("Khyber Pakhtunkhwa", "province", KP, None)],
  [Q("Khyber Pakhtunkhwa chief minister", "The sacrifices of our police will not go in vain")],
  [I("militants attacked the Tajori police station in Lakki Marwat district",
     *BAT, "Armed Assault", UAG, "Police", "Tajori", 1, "late on Tuesday", 3, {"security_forces": 3}, 2,
     "An attack on a police station with a two-hour exchange of fire: Battles/Armed clash, GTD Armed Assault (militant-initiated). Three constables killed, two policemen injured. No group is named or claims it."),
   I("two militants involved in the attack were killed in an exchange of fire and a third was arrested in injured condition",
     *BAT, None, SF, UAG, "Zangi Khel hills", 2, "On Wednesday", 2, {"militants": 2}, 1,
     "The follow-up joint operation of security forces and police the next day; actor1 is Security Forces (police also took part). State-initiated, GTD null. The militant arrested injured is counted as injured; his arrest is part of this operation. 'Nearby' hills, hence precision 2. The recovered weapons belong to this event.")],
  ["condoled with the families of the martyred policemen"])

# ---------------------------------------------------------------- EF-05
R(5, "The News", """
Two police constables were martyred and another was injured when unidentified assailants opened fire on a police checkpost on Bannu-Miranshah Road within the limits of Domel police station in Bannu district on January 8, reports The News.

Police said the attackers, who had taken positions in nearby fields, opened fire with automatic weapons around midnight and fled under the cover of darkness after the policemen returned fire. The martyred constables were identified as Zahid Nawaz and Anwar Khan.

Later, the banned Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack in a statement sent to journalists, saying its fighters had killed "five policemen" and seized their weapons. A senior police official termed the claim baseless, saying the weapons at the checkpost were intact and only two men had been martyred.

The bodies were shifted to the police lines, where funeral prayers were offered.
""",
  [A("Police", ["Police", "police", "policemen"]),
   G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [H("Zahid Nawaz", ["Zahid Nawaz"], ["police constable", "martyred"]),
   H("Anwar Khan", ["Anwar Khan"], ["police constable", "martyred"])],
  [P("Bannu-Miranshah Road", "area", KP, "Bannu"),
   P("Domel", "area", KP, "Bannu"),
   P("Bannu district", "district", KP, "Bannu")],
  [Q("Tehreek-e-Taliban Pakistan", "five policemen")],
  [I("unidentified assailants opened fire on a police checkpost on Bannu-Miranshah Road",
     *BAT, "Armed Assault", "Tehreek-e-Taliban Pakistan", "Police", "Domel", 2, "on January 8", 2, {"security_forces": 2}, 1,
     "The TTP claimed the attack, so it is actor1 although the text first says 'unidentified assailants'. The TTP's 'five policemen' is disputed by police; the conservative official figure (two martyred, one injured) is used, and the claimed seizure of weapons is not coded. The checkpost is on the Bannu-Miranshah Road within Domel police station limits: located at Domel, precision 2 (a police-station area, not a point).")],
  ["funeral prayers were offered"])

# ---------------------------------------------------------------- EF-06
R(6, "The Express Tribune", """
Three soldiers were martyred and five terrorists killed when security forces repulsed an attack on a security forces post in the Buleda area of Kech district on the night of February 2, the ISPR said, reports The Express Tribune.

According to the military's media wing, terrorists of "Fitna al Hindustan", the term the state uses for Baloch separatist groups it says are backed by India, attempted to attack the post from multiple directions. Own troops swiftly responded and, after an intense exchange of fire, five terrorists were sent to hell. The martyred soldiers were identified as Havaldar Abdul Ghaffar, 38, of Kech, Sepoy Muhammad Ismail, 25, of Dera Ghazi Khan and Sepoy Waqar Ahmed, 21, of Rahim Yar Khan.

The banned Balochistan Liberation Army (BLA) claimed the attack in a statement, saying its fighters had "taken control" of the post and killed "dozens" of personnel. The ISPR said the post remained fully under the control of security forces and that a clearance operation was under way in the area.
""",
  [A(SF, ["security forces", "Own troops", "soldiers"]),
   G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"])],
  [H("Abdul Ghaffar", ["Havaldar Abdul Ghaffar"], ["Havaldar", "aged 38", "of Kech", "martyred"]),
   H("Muhammad Ismail", ["Sepoy Muhammad Ismail"], ["Sepoy", "aged 25", "of Dera Ghazi Khan", "martyred"]),
   H("Waqar Ahmed", ["Sepoy Waqar Ahmed"], ["Sepoy", "aged 21", "of Rahim Yar Khan", "martyred"])],
  [P("Buleda", "area", BA, "Kech"),
   P("Kech district", "district", BA, "Kech"),
   P("Dera Ghazi Khan", "district", PB, "Dera Ghazi Khan"),
   P("Rahim Yar Khan", "district", PB, "Rahim Yar Khan")],
  [Q("Balochistan Liberation Army", "taken control"), Q("Balochistan Liberation Army", "dozens")],
  [I("security forces repulsed an attack on a security forces post in the Buleda area",
     *BAT, "Armed Assault", "Balochistan Liberation Army", SF, "Buleda", 2, "on the night of February 2", 8, {"security_forces": 3, "militants": 5}, None,
     "Militant attack on a post repulsed by troops: Battles/Armed clash, GTD Armed Assault. The BLA claimed it, so it is actor1. 'Fitna al Hindustan' is a state label for several Baloch groups, not one organisation, and is not listed as an actor. The BLA's 'dozens' killed and 'taken control' are contradicted by the ISPR; the conservative ISPR figures are used and the event is not coded as Non-state actor overtakes territory. Buleda is a tehsil/valley of Kech, precision 2. Kech, Dera Ghazi Khan and Rahim Yar Khan as home districts are not incident places.")],
  ["a clearance operation was under way in the area"])

# ---------------------------------------------------------------- EF-07
R(7, "Dawn", """
The Balochistan Chief Minister strongly condemned on Sunday the killing of seven labourers in Panjgur district and directed the authorities to arrest the culprits at the earliest, reports Dawn.

According to Panjgur Deputy Commissioner Sajid Baloch, unidentified gunmen stormed a house under construction in the Khuda Abadan area of Panjgur late on Saturday night and opened fire on labourers sleeping there. Seven labourers, all hailing from Multan and Bahawalpur districts of Punjab, were killed on the spot, while one was injured and shifted to the district hospital. The attackers escaped.

In a statement issued from Quetta, the chief minister expressed grief over the loss of lives and sympathy with the bereaved families. "Terrorists who target innocent labourers earning their livelihood are enemies of humanity," he said, adding that the provincial government would bear the cost of transporting the bodies to Punjab.

No group had claimed responsibility until the filing of this report. Police said it was the second attack on labourers in the district this year.
""",
  [A("Police", ["Police"])],
  [H("Sajid Baloch", ["Sajid Baloch"], ["Panjgur Deputy Commissioner"])],
  [P("Balochistan", "province", BA, None),
   P("Panjgur district", "district", BA, "Panjgur"),
   P("Khuda Abadan", "area", BA, "Panjgur"),
   P("Panjgur", "town", BA, "Panjgur"),
   P("Multan", "district", PB, "Multan"),
   P("Bahawalpur", "district", PB, "Bahawalpur"),
   P("Punjab", "province", PB, None),
   P("Quetta", "city", BA, "Quetta")],
  [Q("Balochistan Chief Minister", "Terrorists who target innocent labourers")],
  [I("unidentified gunmen stormed a house under construction in the Khuda Abadan area of Panjgur",
     *VAT, "Armed Assault", UAG, CIV, "Khuda Abadan", 1, "late on Saturday night", 7, {"civilians": 7}, 1,
     "The article is built on the chief minister's condolence statement, which is not itself an incident; the incident is the shooting it refers to, detailed by the deputy commissioner. Labourers are a civilian role, so civilians 7. Targeting by origin (labourers from Punjab) but no prominent person: Armed Assault. No claim.")],
  ["The Balochistan Chief Minister strongly condemned on Sunday the killing of seven labourers",
   "it was the second attack on labourers in the district this year"])

# ---------------------------------------------------------------- EF-08
R(8, "Associated Press of Pakistan", """
Punjab observed Youm-e-Shuhada-e-Police on Sunday to pay tribute to the police officers and officials who laid down their lives in the line of duty, reports Associated Press of Pakistan.

At the main ceremony held at the Central Police Office in Lahore, the provincial police chief laid a floral wreath at the martyrs' monument and said that more than 1,500 Punjab Police personnel had been martyred since 1970 while fighting terrorists, dacoits and other criminals. Family members of martyrs were presented shields and cheques.

In a message on the occasion, the Punjab Chief Minister said the nation would never forget the sacrifices of the police martyrs. "Our martyrs are our pride; the government stands with their families," the message said. The chief minister also announced an increase in the monthly stipend for the widows of martyred constables.

Similar ceremonies were held at district police offices in Rawalpindi, Faisalabad, Multan and Dera Ghazi Khan, where police contingents presented salutes at the graves of martyrs.
""",
  [A("Police", ["Punjab Police", "police"])],
  [],
  [P("Punjab", "province", PB, None),
   P("Lahore", "city", PB, "Lahore"),
   P("Rawalpindi", "city", PB, "Rawalpindi"),
   P("Faisalabad", "city", PB, "Faisalabad"),
   P("Multan", "city", PB, "Multan"),
   P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan")],
  [Q("Punjab Chief Minister", "Our martyrs are our pride")],
  [],
  ["Punjab observed Youm-e-Shuhada-e-Police on Sunday",
   "more than 1,500 Punjab Police personnel had been martyred since 1970",
   "Similar ceremonies were held at district police offices"])

# ---------------------------------------------------------------- EF-09
R(9, "The Express Tribune", """
The Counter Terrorism Department (CTD) of the Punjab police said on Thursday it had arrested nine suspected terrorists during 37 intelligence-based operations conducted across the province over the past week, reports The Express Tribune.

According to a CTD spokesperson, four suspects were arrested in Lahore, three in Dera Ghazi Khan and two in Multan. Those held in Lahore, including Qari Abdul Wahid and Asif Mehmood alias Lala, allegedly belonged to Jamaat-ul-Ahrar, a faction of the banned Tehreek-e-Taliban Pakistan (TTP), while the suspects arrested in Dera Ghazi Khan were linked to the banned Daesh. The affiliation of the two held in Multan was not disclosed.

The spokesperson said 2.4 kilogrammes of explosives, 11 detonators, 24 feet of safety fuse, two hand grenades, two pistols with 40 bullets, banned literature and Rs31,000 in cash were recovered from the suspects, who were allegedly planning to target sensitive installations and places of worship in the province.

Cases have been registered against the suspects at CTD police stations and further investigations are under way, the spokesperson added.
""",
  [A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
   A("Police", ["Punjab police"]),
   G("Jamaat-ul-Ahrar", ["Jamaat-ul-Ahrar"]),
   G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"]),
   G("Islamic State", ["Daesh"])],
  [H("Qari Abdul Wahid", ["Qari Abdul Wahid"], ["suspect arrested in Lahore", "allegedly of Jamaat-ul-Ahrar"]),
   H("Asif Mehmood", ["Asif Mehmood alias Lala"], ["suspect arrested in Lahore", "alias Lala", "allegedly of Jamaat-ul-Ahrar"])],
  [P("Lahore", "city", PB, "Lahore"),
   P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan"),
   P("Multan", "city", PB, "Multan")],
  [],
  [I("four suspects were arrested in Lahore",
     *ARR, None, "Counter Terrorism Department", "Jamaat-ul-Ahrar", "Lahore", 1, "over the past week", 0, {}, None,
     "The CTD's weekly round-up gives a count per city, so each city is its own Arrests incident. The Lahore suspects allegedly belonged to Jamaat-ul-Ahrar (a TTP faction). The pooled recovery list cannot be split by city and is noted here, not coded as Disrupted weapons use; the alleged plan to target installations is the CTD's claim, not a foiled attack with a place. Only 'over the past week' is given as the date."),
   I("three in Dera Ghazi Khan",
     *ARR, None, "Counter Terrorism Department", "Islamic State", "Dera Ghazi Khan", 1, "over the past week", 0, {}, None,
     "Three suspects linked to 'the banned Daesh', coded to the canonical Islamic State (no province/branch is named)."),
   I("two in Multan",
     *ARR, None, "Counter Terrorism Department", UAG, "Multan", 1, "over the past week", 0, {}, None,
     "The affiliation of the two held in Multan 'was not disclosed', so actor2 is Unidentified Armed Group.")],
  [],
  [{"a": "Jamaat-ul-Ahrar", "b": "Tehreek-e-Taliban Pakistan", "kind": "faction_of",
    "evidence": "Jamaat-ul-Ahrar, a faction of the banned Tehreek-e-Taliban Pakistan (TTP)"}])

# ---------------------------------------------------------------- EF-10
R(10, "The Express Tribune", """
Three suspected terrorists in the custody of the Counter Terrorism Department (CTD) were killed in the firing of their own accomplices near Vehova in Dera Ghazi Khan district on the night of March 11, a CTD spokesman claimed, reports The Express Tribune.

According to the spokesman, a CTD team was taking the suspects, arrested earlier in Multan, to recover weapons hidden in the Koh-e-Suleman foothills when 10 to 12 armed men ambushed the vehicle. The CTD personnel took positions and returned fire, after which the attackers fled. When the firing stopped, the three suspects, identified as Zafar Hussain alias Chacha, Sohail Ahmed and Ghulam Rasool, were found dead. A CTD constable was injured.

The spokesman said the dead belonged to the banned Daesh and were wanted for killing two policemen in Multan last year. A sub-machine gun, two pistols and three hand grenades were recovered from the site. The families of two of the dead men, however, told reporters that the men had been picked up from their homes weeks earlier and demanded a judicial inquiry.
""",
  [A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
   G("Islamic State", ["Daesh"])],
  [H("Zafar Hussain", ["Zafar Hussain alias Chacha"], ["suspected terrorist in CTD custody", "alias Chacha", "killed"]),
   H("Sohail Ahmed", ["Sohail Ahmed"], ["suspected terrorist in CTD custody", "killed"]),
   H("Ghulam Rasool", ["Ghulam Rasool"], ["suspected terrorist in CTD custody", "killed"])],
  [P("Vehova", "town", PB, "Dera Ghazi Khan"),
   P("Dera Ghazi Khan district", "district", PB, "Dera Ghazi Khan"),
   P("Multan", "city", PB, "Multan"),
   P("Koh-e-Suleman", "area", PB, "Dera Ghazi Khan")],
  [],
  [I("10 to 12 armed men ambushed the vehicle",
     *BAT, "Armed Assault", UAG, "Counter Terrorism Department", "Vehova", 2, "on the night of March 11", 3, {"militants": 3}, 1,
     "The CTD's account: armed men ambushed a CTD vehicle carrying three detainees, who died in 'the firing of their own accomplices'. Coded as the CTD tells it, an ambush of a state force (Battles/Armed clash, GTD Armed Assault), with the dead counted as militants because the statement calls them suspected terrorists and Daesh members; the families dispute the account, which is noted, not coded. The ambushers are unnamed; calling them 'accomplices' of Daesh suspects is not a claim or a naming, so actor1 stays Unidentified Armed Group. One CTD constable injured. 'Near' Vehova, precision 2.")],
  ["wanted for killing two policemen in Multan last year",
   "the men had been picked up from their homes weeks earlier"])

# ---------------------------------------------------------------- EF-11
R(11, "Dawn", """
Two policemen were martyred and four others, including a polio worker, were injured when a roadside bomb struck a police van escorting a polio vaccination team in Mamund tehsil of Bajaur district on Monday, reports Dawn.

Bajaur District Police Officer Aslam Khan Mohmand said the improvised explosive device, planted along the road near Loisam, was detonated by remote control as the vehicle passed. The martyred policemen were identified as head constable Gul Nawaz and constable Rahimullah. Three policemen and a female polio worker were injured and shifted to the District Headquarters Hospital in Khar.

No group immediately claimed responsibility for the attack. The vaccination campaign in Mamund tehsil was suspended for the day.

Separately, the bomb disposal squad defused an improvised explosive device weighing around five kilogrammes that had been planted near a girls' school in Pashat bazaar in Salarzai tehsil, police said.
""",
  [A("Police", ["policemen", "police"]),
   A("Bomb Disposal Squad", ["bomb disposal squad"])],
  [H("Aslam Khan Mohmand", ["Aslam Khan Mohmand"], ["Bajaur District Police Officer"]),
   H("Gul Nawaz", ["Gul Nawaz"], ["head constable", "martyred"]),
   H("Rahimullah", ["Rahimullah"], ["constable", "martyred"])],
  [P("Mamund", "area", KP, "Bajaur"),
   P("Bajaur district", "district", KP, "Bajaur"),
   P("Loisam", "town", KP, "Bajaur"),
   P("Khar", "town", KP, "Bajaur"),
   P("Pashat", "town", KP, "Bajaur"),
   P("Salarzai", "area", KP, "Bajaur")],
  [],
  [I("a roadside bomb struck a police van escorting a polio vaccination team",
     *IED, "Bombing/Explosion", UAG, "Police", "Loisam", 2, "on Monday", 2, {"security_forces": 2}, 4,
     "Remote-controlled roadside IED on the police escort of a polio team. The police van was hit, so actor2 is Police. Two policemen killed; four injured (three policemen and a polio worker) - injured is not split by side in this schema. Planted 'near Loisam', precision 2."),
   I("the bomb disposal squad defused an improvised explosive device weighing around five kilogrammes",
     *DWU, "Bombing/Explosion", "Bomb Disposal Squad", UAG, "Pashat", 1, None, 0, {}, None,
     "A separate defused IED near a girls' school in Pashat bazaar (Salarzai tehsil): Disrupted weapons use, GTD Bombing/Explosion as in the dev files. 'Separately' gives no date, so date_text is null.")],
  [])

# ---------------------------------------------------------------- EF-12
R(12, "Dawn", """
Four soldiers were martyred when a suicide bomber rammed an explosives-laden motorcycle into a security forces convoy in the Mir Ali area of North Waziristan district on March 27, the ISPR said, reports Dawn.

The military's media wing said two passers-by, including a child, were also injured in the blast. The martyred soldiers were identified as Havaldar Muhammad Nadeem, 36, a resident of Attock; Naik Fazal Wahid, 29, a resident of Shangla; Sepoy Ahmad Yar, 24, a resident of Layyah; and Sepoy Shahab Khan, 22, a resident of Mardan.

A faction of the Hafiz Gul Bahadur group claimed responsibility for the bombing in a message circulated on social media.

The area was cordoned off and a search operation was launched to trace the facilitators of the attack, the ISPR said. "Such cowardly acts cannot shake the resolve of our brave soldiers," the statement added.
""",
  [A(SF, ["security forces", "soldiers"]),
   G("Hafiz Gul Bahadur Group", ["Hafiz Gul Bahadur group"])],
  [H("Muhammad Nadeem", ["Havaldar Muhammad Nadeem"], ["Havaldar", "aged 36", "resident of Attock", "martyred"]),
   H("Fazal Wahid", ["Naik Fazal Wahid"], ["Naik", "aged 29", "resident of Shangla", "martyred"]),
   H("Ahmad Yar", ["Sepoy Ahmad Yar"], ["Sepoy", "aged 24", "resident of Layyah", "martyred"]),
   H("Shahab Khan", ["Sepoy Shahab Khan"], ["Sepoy", "aged 22", "resident of Mardan", "martyred"]),
   H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader after whom the Hafiz Gul Bahadur group is named"])],
  [P("Mir Ali", "town", KP, "North Waziristan"),
   P("North Waziristan district", "district", KP, "North Waziristan"),
   P("Attock", "district", PB, "Attock"),
   P("Shangla", "district", KP, "Shangla"),
   P("Layyah", "district", PB, "Layyah"),
   P("Mardan", "district", KP, "Mardan")],
  [Q("Inter-Services Public Relations", "Such cowardly acts cannot shake the resolve")],
  [I("a suicide bomber rammed an explosives-laden motorcycle into a security forces convoy",
     *SUI, "Bombing/Explosion", "Hafiz Gul Bahadur Group", SF, "Mir Ali", 1, "on March 27", 4, {"security_forces": 4}, 2,
     "Motorcycle-borne suicide bombing of a convoy. 'A faction of the Hafiz Gul Bahadur group' claimed it; the faction is not named, so the claim is coded to the group. The bomber is not counted (the text does not count him). Injured: two passers-by. The home towns are places of residence only. The cordon and search report no outcome.")],
  ["a search operation was launched to trace the facilitators of the attack"])

# ---------------------------------------------------------------- EF-13
R(13, "The Express Tribune", """
Gunmen offloaded passengers from two Punjab-bound coaches on the national highway in the Kingri area of Musakhel district late on Thursday and shot dead six of them after checking their identity cards, Deputy Commissioner Hameedullah Kakar said, reports The Express Tribune.

The official said around 20 armed men had blocked the highway near the village of Toi Sar and stopped vehicles travelling from Quetta towards Dera Ghazi Khan. The victims, all residents of Punjab, were taken off the coaches and shot. Before fleeing into the mountains, the attackers set fire to four trucks parked at a roadside hotel. Levies and Frontier Corps personnel reached the site after the attackers had left.

The banned Balochistan Liberation Army (BLA) claimed responsibility for the killings.

A Balochistan government spokesperson condemned the attack, saying "terrorists of Fitna al Hindustan" had once again targeted innocent passengers. The bodies were shifted to the Rural Health Centre in Kingri.
""",
  [G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
   A("Levies", ["Levies"]),
   A("Frontier Corps", ["Frontier Corps"])],
  [H("Hameedullah Kakar", ["Hameedullah Kakar"], ["Deputy Commissioner", "Musakhel"])],
  [P("Kingri", "area", BA, "Musakhel"),
   P("Musakhel district", "district", BA, "Musakhel"),
   P("Toi Sar", "town", BA, "Musakhel"),
   P("Quetta", "city", BA, "Quetta"),
   P("Dera Ghazi Khan", "city", PB, "Dera Ghazi Khan"),
   P("Punjab", "province", PB, None),
   P("Balochistan", "province", BA, None)],
  [Q("Balochistan government spokesperson", "terrorists of Fitna al Hindustan")],
  [I("shot dead six of them after checking their identity cards",
     *VAT, "Armed Assault", "Balochistan Liberation Army", CIV, "Toi Sar", 2, "late on Thursday", 6, {"civilians": 6}, None,
     "Passengers were taken off coaches and shot after an identity check; the BLA claimed the killings, so it is actor1. Passengers are a civilian role. The highway was blocked 'near' Toi Sar, precision 2. The burning of four trucks is part of the same attack and is not coded separately. Levies and FC arrived after the attackers left and are not parties. 'Fitna al Hindustan' is the government's label, not an actor.")],
  ["A Balochistan government spokesperson condemned the attack"])

# ---------------------------------------------------------------- EF-14
R(14, "Dawn", """
Unidentified armed men abducted five employees of a private telecommunication company from a mobile phone tower site in the Gomal area of Tank district on Sunday evening, police said, reports Dawn.

According to a police official, eight to ten masked men riding motorcycles arrived at the site, disarmed the private security guard and took away the technicians along with a company vehicle. Before leaving, the kidnappers set fire to the generator room of the tower. The official said the abductors had not contacted the company or the families.

Police and the Frontier Corps launched a search operation in the adjoining hills, but no arrest had been made until Monday night.

A spokesman for the banned Tehreek-e-Taliban Pakistan (TTP) denied any involvement in the abduction, saying in a statement that the group "does not target civilians". Residents said local criminal gangs had carried out kidnappings for ransom in the area in the past.
""",
  [A("Police", ["police", "Police"]),
   A("Frontier Corps", ["Frontier Corps"]),
   G("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan", "TTP"])],
  [],
  [P("Gomal", "area", KP, "Tank"),
   P("Tank district", "district", KP, "Tank")],
  [Q("Tehreek-e-Taliban Pakistan", "does not target civilians")],
  [I("Unidentified armed men abducted five employees of a private telecommunication company",
     *ABD, "Hostage Taking (Kidnapping)", UAG, CIV, "Gomal", 2, "on Sunday evening", 0, {}, None,
     "Five telecom technicians kidnapped; no deaths, no injuries reported. The TTP denied involvement, so actor1 stays Unidentified Armed Group (the TTP is listed as a named organisation only). Setting fire to the generator room is part of the same event. Gomal is a wide area of Tank district, precision 2. The police/FC search has no outcome and is not coded.")],
  ["local criminal gangs had carried out kidnappings for ransom in the area in the past"])

# ---------------------------------------------------------------- EF-15
R(15, "The News", """
The bullet-riddled body of a tribal elder, who had been abducted four days earlier, was found in the Datta Khel area of North Waziristan on Wednesday, officials said, reports The News.

The elder, Malik Sher Zaman, was kidnapped by unidentified armed men from his car while returning home from Miranshah bazaar on Saturday. His body, bearing gunshot wounds to the head and chest, was found dumped near a stream close to the village of Kharsin Kalay.

On Thursday, hundreds of tribesmen placed the body on the Miranshah-Datta Khel road and staged a sit-in for several hours, demanding the arrest of the killers and protection for elders. The protesters dispersed after the local administration assured them that the culprits would be traced.

No group claimed responsibility. Officials said at least three tribal elders had been killed in targeted attacks in the district since the start of the year.
""",
  [],
  [H("Malik Sher Zaman", ["Malik Sher Zaman"], ["tribal elder", "abducted and killed"])],
  [P("Datta Khel", "area", KP, "North Waziristan"),
   P("North Waziristan", "district", KP, "North Waziristan"),
   P("Miranshah", "town", KP, "North Waziristan"),
   P("Kharsin Kalay", "town", KP, "North Waziristan"),
   P("Miranshah-Datta Khel road", "area", KP, "North Waziristan")],
  [],
  [I("The bullet-riddled body of a tribal elder, who had been abducted four days earlier, was found",
     *VAT, "Hostage Taking (Kidnapping)", UAG, CIV, "Kharsin Kalay", 2, "on Wednesday", 1, {"civilians": 1}, None,
     "Abducted (on Saturday, from his car returning from Miranshah bazaar) and later killed: one Attack incident with GTD Hostage Taking (Kidnapping), not a separate abduction. Located where the body was found, 'close to' Kharsin Kalay, precision 2, and dated by the finding, as in satp-sa-dev-29. A tribal elder is a civilian role."),
   I("hundreds of tribesmen placed the body on the Miranshah-Datta Khel road and staged a sit-in",
     *PPR, None, "Protesters", None, "Miranshah-Datta Khel road", 2, "On Thursday", 0, {}, None,
     "A peaceful road sit-in with the body; the administration negotiated and no force is reported, so Peaceful protest. Generic actor1 'Protesters' (no organisation named); protests get no GTD type. A road, precision 2.")],
  ["at least three tribal elders had been killed in targeted attacks in the district since the start of the year"])

# ---------------------------------------------------------------- EF-16
R(16, "Dawn", """
Two policemen were injured when militants attacked the Miryan police station in Bannu district with a quadcopter on Saturday night, police said, reports Dawn.

According to a police spokesman, the drone dropped two small mortar shells into the courtyard of the police station, one of which exploded near a parked police vehicle. Policemen on the rooftop opened fire at the quadcopter, but it flew away towards the Jani Khel side. The injured constables were shifted to the District Headquarters Hospital, where their condition was stated to be out of danger.

Police officials said it was the third quadcopter attack on police installations in the district this month.

Separately, police at a checkpost in the Pezu area of Lakki Marwat district shot down a quadcopter carrying an explosive device late on Saturday. The bomb disposal squad later defused the device, weighing around one kilogramme, police said.
""",
  [A("Police", ["policemen", "police", "Police"]),
   A("Bomb Disposal Squad", ["bomb disposal squad"])],
  [],
  [P("Miryan", "town", KP, "Bannu"),
   P("Bannu district", "district", KP, "Bannu"),
   P("Jani Khel", "area", KP, "Bannu"),
   P("Pezu", "town", KP, "Lakki Marwat"),
   P("Lakki Marwat district", "district", KP, "Lakki Marwat")],
  [],
  [I("militants attacked the Miryan police station in Bannu district with a quadcopter",
     *DRN, "Bombing/Explosion", UAG, "Police", "Miryan", 1, "on Saturday night", 0, {}, 2,
     "A quadcopter dropped mortar shells on a police station. Coded Air/drone strike (ACLED codes armed drone use by non-state actors there), not Shelling (nothing was fired from a distance) and not Armed clash (police fired only at the drone; no exchange with militants). GTD Bombing/Explosion. Two constables injured; no deaths."),
   I("police at a checkpost in the Pezu area of Lakki Marwat district shot down a quadcopter carrying an explosive device",
     *DWU, "Bombing/Explosion", "Police", UAG, "Pezu", 1, "late on Saturday", 0, {}, None,
     "An armed drone shot down before use and its device defused by the bomb disposal squad: Disrupted weapons use (an attack prevented). actor1 Police, who downed it.")],
  ["it was the third quadcopter attack on police installations in the district this month"])

# ---------------------------------------------------------------- EF-17
R(17, "Daily Times", """
Two policemen and a passer-by were injured when unidentified militants hurled a hand grenade at a police mobile van parked near the Shalkot Police Station on Brewery Road in Quetta, the provincial capital of Balochistan, on May 14, reports Daily Times. Police said the attackers, riding a motorcycle, threw the grenade and fled before the policemen could react. The injured were shifted to the Civil Hospital Quetta.

In another incident, a Levies official, identified as Naib Risaldar Ghulam Qadir, was shot dead by unidentified armed assailants near his house in the Kanak area of Mastung District on the same day. Levies sources said the assailants escaped after the attack.
""",
  [A("Police", ["policemen", "police", "Police"]),
   A("Levies", ["Levies"])],
  [H("Ghulam Qadir", ["Naib Risaldar Ghulam Qadir"], ["Levies official", "Naib Risaldar", "shot dead"])],
  [P("Brewery Road", "area", BA, "Quetta"),
   P("Quetta", "city", BA, "Quetta"),
   P("Balochistan", "province", BA, None),
   P("Kanak", "town", BA, "Mastung"),
   P("Mastung District", "district", BA, "Mastung")],
  [],
  [I("unidentified militants hurled a hand grenade at a police mobile van",
     *GRN, "Bombing/Explosion", UAG, "Police", "Brewery Road", 1, "on May 14", 0, {}, 3,
     "A grenade thrown at a police van with no gunfire: coded Grenade, not Armed clash (the Armed-clash rule for attacks on police applies to firing; here the weapon decides, as with rocket fire). Three injured (two policemen, one passer-by); injured is not split by side. No deaths are reported, so killed 0."),
   I("a Levies official, identified as Naib Risaldar Ghulam Qadir, was shot dead by unidentified armed assailants",
     *BAT, "Armed Assault", UAG, "Levies", "Kanak", 1, "on the same day", 1, {"security_forces": 1}, None,
     "A Levies official shot near his house: per the rules an attack on security personnel, even one-sided, is Battles/Armed clash. Dated 'on the same day' (May 14). He was a named official but not a prominent target, so Armed Assault.")],
  [])

# ---------------------------------------------------------------- EF-18
R(18, "Daily Times", """
Unidentified militants fired four rockets at a Frontier Corps (FC) camp in the Sui area of Dera Bugti District in Balochistan on the night of September 3, reports Daily Times. Two of the rockets landed inside the camp, damaging a water tank and a vehicle, while the other two exploded in an open field nearby. No loss of life was reported. The banned Baloch Republican Army (BRA) claimed responsibility for the attack through its spokesman, Doda Baloch, who called newspaper offices from an undisclosed location.

Separately, a portion of the railway track was blown up with explosives near Dera Murad Jamali in Naseerabad District on September 4, suspending train service between Quetta and Jacobabad for several hours. Railway police said the Jaffar Express had passed the spot an hour before the blast. No one claimed responsibility.
""",
  [A("Frontier Corps", ["Frontier Corps", "FC"]),
   G("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
   A("Police", ["Railway police"])],
  [H("Doda Baloch", ["Doda Baloch"], ["BRA spokesman"])],
  [P("Sui", "town", BA, "Dera Bugti"),
   P("Dera Bugti District", "district", BA, "Dera Bugti"),
   P("Balochistan", "province", BA, None),
   P("Dera Murad Jamali", "town", BA, "Naseerabad"),
   P("Naseerabad District", "district", BA, "Naseerabad"),
   P("Quetta", "city", BA, "Quetta"),
   P("Jacobabad", "city", SD, "Jacobabad")],
  [],
  [I("Unidentified militants fired four rockets at a Frontier Corps (FC) camp",
     *SHL, "Bombing/Explosion", "Baloch Republican Army", "Frontier Corps", "Sui", 1, "on the night of September 3", 0, {}, None,
     "Rocket fire with no gunfire: Shelling/artillery/missile attack, GTD Bombing/Explosion. The BRA claimed it, so it is actor1 although the text says 'unidentified militants'. 'No loss of life' = killed 0; injuries not mentioned, so injured null."),
   I("a portion of the railway track was blown up with explosives near Dera Murad Jamali",
     *IED, "Bombing/Explosion", UAG, None, "Dera Murad Jamali", 2, "on September 4", 0, {}, None,
     "Explosion on a railway track (infrastructure) with no one hurt: actor2 null, as for pipeline blasts in satp-sa-dev-72. 'Near' Dera Murad Jamali, precision 2. The train had passed an hour before, so it was not hit.")],
  [])

# ---------------------------------------------------------------- EF-19
R(19, "Radio Pakistan", """
Security forces killed eight khwarij who were trying to infiltrate into Pakistan from Afghanistan in the Qamar Din Karez area of Zhob district, Balochistan, on the night of April 22-23, the ISPR said, reports Radio Pakistan.

According to the military's media wing, own troops picked up the movement of a group of khwarij belonging to Fitna al Khwarij, the term the state uses for the banned Tehreek-e-Taliban Pakistan, attempting to cross the border. The group was effectively engaged and, after an intense exchange of fire, all eight khwarij were sent to hell. A large cache of weapons, ammunition and explosives was recovered from them.

The ISPR said Pakistan had consistently asked the Interim Afghan Government to ensure effective border management on its side. "Pakistan expects the Interim Afghan Government to fulfil its obligations and deny the use of Afghan soil by khwarij for perpetrating acts of terrorism against Pakistan," the statement said.

Security forces remain determined to secure the country's borders, it added.
""",
  [A(SF, ["Security forces", "own troops"]),
   G("Tehreek-e-Taliban Pakistan", ["Fitna al Khwarij", "Tehreek-e-Taliban Pakistan"])],
  [],
  [P("Pakistan", "country", None, None),
   P("Afghanistan", "country", None, None),
   P("Qamar Din Karez", "town", BA, "Zhob"),
   P("Zhob district", "district", BA, "Zhob"),
   P("Balochistan", "province", BA, None)],
  [Q("Inter-Services Public Relations", "Pakistan expects the Interim Afghan Government")],
  [I("The group was effectively engaged and, after an intense exchange of fire, all eight khwarij were sent to hell",
     *BAT, None, SF, "Tehreek-e-Taliban Pakistan", "Qamar Din Karez", 1, "on the night of April 22-23", 8, {"militants": 8}, None,
     "Troops engaged an infiltrating group at the border: state-initiated, Battles/Armed clash, GTD null. The text itself glosses 'Fitna al Khwarij' as the state's term for the TTP, so actor2 is the TTP. The call on the Interim Afghan Government is a diplomatic statement, not an incident; the Afghan government is not an actor (named only as addressee).")],
  ["Pakistan had consistently asked the Interim Afghan Government to ensure effective border management on its side"])

# ---------------------------------------------------------------- EF-20
R(20, "Dawn", """
Twelve members of banned Baloch militant organisations, including two local commanders, laid down their arms and announced their return to the national mainstream at a ceremony in Quetta on Tuesday, reports Dawn.

Officials said the men, who had been associated with the Balochistan Liberation Front (BLF) and the Baloch Republican Army (BRA), handed over their weapons, including Kalashnikovs, a rocket launcher and ammunition, to officers of the Frontier Corps at the ceremony. One of the commanders, who introduced himself as Dilawar Baloch, said they had been misled by "enemies of the country" and urged others to return.

The provincial home minister, addressing the ceremony, said the doors of reconciliation remained open for those who renounced violence.

Separately, the ISPR said security forces had killed three terrorists during an intelligence-based operation in the Mangochar area of Kalat district on Monday. Two soldiers were injured in the exchange of fire. Weapons and explosives were recovered.
""",
  [G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
   G("Baloch Republican Army", ["Baloch Republican Army", "BRA"]),
   A("Frontier Corps", ["Frontier Corps"]),
   A(SF, ["security forces", "soldiers"])],
  [H("Dilawar Baloch", ["Dilawar Baloch"], ["local commander who surrendered"])],
  [P("Quetta", "city", BA, "Quetta"),
   P("Mangochar", "town", BA, "Kalat"),
   P("Kalat district", "district", BA, "Kalat")],
  [Q("Dilawar Baloch", "enemies of the country")],
  [I("laid down their arms and announced their return to the national mainstream",
     *OTH, None, "Balochistan Liberation Front", "Frontier Corps", "Quetta", 1, "on Tuesday", 0, {}, None,
     "A surrender ceremony: monitors count surrenders as a security-operation outcome; ACLED has no surrender sub-type, so Strategic developments/Other (individual fighters surrendering is not a group 'change to group/activity'). Men of two groups (BLF and BRA) surrendered; actor1 is the first named, the BRA is listed in actors. actor2 is the FC, to whom the weapons were handed. No GTD type."),
   I("security forces had killed three terrorists during an intelligence-based operation",
     *BAT, None, SF, UAG, "Mangochar", 1, "on Monday", 3, {"militants": 3}, 2,
     "A separate ISPR-reported operation bundled into the article. State-initiated, GTD null. Two soldiers injured. No group named for the dead.")],
  ["the doors of reconciliation remained open for those who renounced violence"])

# ---------------------------------------------------------------- EF-21
R(21, "Dawn", """
At least eleven people, including two policemen escorting the convoy, were killed and nine others injured when gunmen opened fire on a convoy of passenger vehicles travelling from Parachinar to Peshawar in the Shorko Narai area near Sadda in Kurram district on Thursday, reports Dawn.

Officials said the attackers, positioned on hilltops on both sides of the road, targeted the vehicles with automatic weapons. The dead included nine passengers, among them a woman, and two policemen. The injured were shifted to hospitals in Sadda and Parachinar. The convoy was travelling under police escort because of recent tensions in the district.

The Kurram deputy commissioner said the road had been closed for traffic and a jirga of elders had been summoned.

On Friday, traders in Parachinar observed a complete shutter-down strike, and hundreds of people staged a peaceful sit-in outside the Parachinar Press Club, demanding the protection of the Thall-Parachinar road and the arrest of the attackers.
""",
  [A("Police", ["policemen", "police"])],
  [],
  [P("Parachinar", "city", KP, "Kurram"),
   P("Peshawar", "city", KP, "Peshawar"),
   P("Shorko Narai", "area", KP, "Kurram"),
   P("Sadda", "town", KP, "Kurram"),
   P("Kurram district", "district", KP, "Kurram"),
   P("Thall-Parachinar road", "area", KP, None)],
  [],
  [I("gunmen opened fire on a convoy of passenger vehicles travelling from Parachinar to Peshawar",
     *VAT, "Armed Assault", UAG, CIV, "Shorko Narai", 1, "on Thursday", 11, {"civilians": 9, "security_forces": 2}, 9,
     "The target was a civilian passenger convoy and no return fire is reported, so Violence against civilians/Attack with actor2 Civilians, although two escorting policemen were among the dead (Battles/Armed clash would be the alternative if the escort had engaged). 'At least eleven' = 11: nine passengers (civilians) and two policemen. Shorko Narai is a named locality, precision 1; Sadda is only a reference point."),
   I("hundreds of people staged a peaceful sit-in outside the Parachinar Press Club",
     *PPR, None, "Protesters", None, "Parachinar", 1, "On Friday", 0, {}, None,
     "Sit-in with a traders' shutter-down strike the day after the attack; the strike is part of the same protest event. No intervention reported. Generic actor1 'Protesters'; no GTD type.")],
  ["a jirga of elders had been summoned"])

# ---------------------------------------------------------------- EF-22
R(22, "The News", """
Unidentified assailants shot dead a prominent tribal elder and member of the local peace committee, Malik Noor Wali Wazir, near his hujra in the Karikot area of Wana tehsil in South Waziristan on the evening of July 9, reports The News. His son, Abdul Basit, who was with him at the time, sustained bullet wounds and was shifted to the District Headquarters Hospital Wana. Police said the attackers, riding a motorcycle, opened fire with pistols and escaped. The slain elder had survived an earlier attempt on his life two years ago. Tribal elders condemned the killing and demanded that the government ensure the security of peace committee members.
""",
  [A("Police", ["Police"])],
  [H("Malik Noor Wali Wazir", ["Malik Noor Wali Wazir"], ["prominent tribal elder", "member of the local peace committee", "shot dead"]),
   H("Abdul Basit", ["Abdul Basit"], ["son of Malik Noor Wali Wazir", "injured"])],
  [P("Karikot", "area", KP, "South Waziristan"),
   P("Wana", "town", KP, "South Waziristan"),
   P("South Waziristan", "district", KP, "South Waziristan")],
  [],
  [I("Unidentified assailants shot dead a prominent tribal elder and member of the local peace committee, Malik Noor Wali Wazir",
     *VAT, "Assassination", UAG, CIV, "Karikot", 1, "on the evening of July 9", 1, {}, 1,
     "A named, 'prominent' tribal elder targeted at his hujra after an earlier attempt on his life: GTD Assassination. He was also a peace-committee (pro-government militia) member, so, as with the lashkar guard in satp-sa-dev-81, no side is given; actor2 stays Civilians because he was attacked unarmed at home. His son was injured.")],
  ["survived an earlier attempt on his life two years ago",
   "Tribal elders condemned the killing"])

# ---------------------------------------------------------------- EF-23
R(23, "The News", """
The Bomb Disposal Squad (BDS) defused a 10-kilogramme improvised explosive device (IED) planted along the Jamrud-Landi Kotal road near the Ali Masjid area of Khyber District on October 2, reports The News. Officials said a passer-by spotted a suspicious sack under a culvert and informed the Khassadar Force, after which traffic was suspended and the BDS was called in. The device was connected to a remote control system. Later, police arrested two suspects from Landi Kotal bazaar in connection with the planting of the device.
""",
  [A("Bomb Disposal Squad", ["Bomb Disposal Squad", "BDS"]),
   A("Khassadar Force", ["Khassadar Force"]),
   A("Police", ["police"])],
  [],
  [P("Jamrud-Landi Kotal road", "area", KP, "Khyber"),
   P("Ali Masjid", "town", KP, "Khyber"),
   P("Khyber District", "district", KP, "Khyber"),
   P("Landi Kotal", "town", KP, "Khyber")],
  [],
  [I("The Bomb Disposal Squad (BDS) defused a 10-kilogramme improvised explosive device (IED)",
     *DWU, "Bombing/Explosion", "Bomb Disposal Squad", UAG, "Ali Masjid", 2, "on October 2", 0, {}, None,
     "A defused roadside IED: Disrupted weapons use. 'Near' Ali Masjid, precision 2. The arrest of two suspects is tied to this device, so it is part of this record (as in satp-sa-dev-115), not a separate Arrests incident.")],
  [])

# ---------------------------------------------------------------- EF-24
R(24, "The Express Tribune", """
The Counter Terrorism Department (CTD) of the Sindh police claimed on Saturday to have foiled a plan to attack Chinese nationals in Karachi by arresting two suspected militants of the banned Balochistan Liberation Army (BLA) in the Manghopir area, reports The Express Tribune.

CTD officials said the suspects, identified as Shahzaib alias Shay and Karim Bakhsh, were arrested during an intelligence-based raid near a hideout on Manghopir Road on Friday night. A suicide vest, three kilogrammes of explosives, four detonators, two pistols and a motorcycle were recovered from their possession. According to the officials, the suspects had been tasked by the BLA's Majeed Brigade to carry out a suicide attack on a vehicle carrying Chinese engineers.

In a separate action, the CTD arrested an alleged member of the banned Sindhudesh Revolutionary Army (SRA), identified as Mumtaz Ali Jamali, from the Latifabad area of Hyderabad on Friday. He was wanted in a case of planting a cracker on a railway track near Kotri last year.
""",
  [A("Counter Terrorism Department", ["Counter Terrorism Department", "CTD"]),
   A("Police", ["Sindh police"]),
   G("Balochistan Liberation Army", ["Balochistan Liberation Army", "BLA"]),
   G("Majeed Brigade", ["Majeed Brigade"]),
   G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army", "SRA"])],
  [H("Shahzaib", ["Shahzaib alias Shay"], ["suspected BLA militant", "arrested"]),
   H("Karim Bakhsh", ["Karim Bakhsh"], ["suspected BLA militant", "arrested"]),
   H("Mumtaz Ali Jamali", ["Mumtaz Ali Jamali"], ["alleged SRA member", "arrested"])],
  [P("Karachi", "city", SD, "Karachi"),
   P("Manghopir", "area", SD, "Karachi"),
   P("Manghopir Road", "area", SD, "Karachi"),
   P("Latifabad", "area", SD, "Hyderabad"),
   P("Hyderabad", "city", SD, "Hyderabad"),
   P("Kotri", "town", SD, "Jamshoro")],
  [],
  [I("arresting two suspected militants of the banned Balochistan Liberation Army (BLA) in the Manghopir area",
     *ARR, None, "Counter Terrorism Department", "Balochistan Liberation Army", "Manghopir", 1, "on Friday night", 0, {}, None,
     "A raid with two arrests and a suicide vest and explosives seized; the CTD says this foiled a planned attack on Chinese nationals. Coded once, as Arrests (the arrests are the reported action; the plot had no time or place of attack), with Disrupted weapons use as the alternative. The Majeed Brigade is named as the BLA unit that tasked them; actor2 is the BLA as the organisation they belong to. Dated by the raid (Friday night), not the Saturday announcement."),
   I("the CTD arrested an alleged member of the banned Sindhudesh Revolutionary Army (SRA)",
     *ARR, None, "Counter Terrorism Department", "Sindhudesh Revolutionary Army", "Latifabad", 1, "on Friday", 0, {}, None,
     "A separate arrest, not tied to the Karachi plot: its own Arrests incident. The railway-track cracker near Kotri 'last year' is background without a date and is not coded.")],
  ["planting a cracker on a railway track near Kotri last year"],
  [{"a": "Majeed Brigade", "b": "Balochistan Liberation Army", "kind": "faction_of",
    "evidence": "the BLA's Majeed Brigade"}])

# ---------------------------------------------------------------- EF-25
R(25, "The News", """
The funeral prayers of five soldiers martyred in a terrorist attack on a security forces check post in the Shewa area of North Waziristan district were offered at Bannu Cantonment on Sunday, reports The News.

According to the ISPR, khwarij attempted to attack the post in the early hours of Saturday. Own troops effectively responded and foiled the attack, killing six khwarij, while five soldiers, having fought gallantly, embraced shahadat. Two soldiers were also injured. A sanitisation operation was being carried out in the area.

The funeral prayers were attended by the General Officer Commanding, serving officers and soldiers, and relatives of the martyrs. The bodies were later sent to the martyrs' native towns in Kohat, Swat, Chakwal, Jhelum and Ghizer for burial with full military honours.

The President and the Prime Minister condemned the attack and paid tribute to the martyred soldiers, saying the nation stood by its armed forces.
""",
  [A(SF, ["security forces", "Own troops", "soldiers"])],
  [],
  [P("Shewa", "area", KP, "North Waziristan"),
   P("North Waziristan district", "district", KP, "North Waziristan"),
   P("Bannu Cantonment", "area", KP, "Bannu"),
   P("Kohat", "district", KP, "Kohat"),
   P("Swat", "district", KP, "Swat"),
   P("Chakwal", "district", PB, "Chakwal"),
   P("Jhelum", "district", PB, "Jhelum"),
   P("Ghizer", "district", GB, "Ghizer")],
  [],
  [I("khwarij attempted to attack the post in the early hours of Saturday",
     *BAT, "Armed Assault", UAG, SF, "Shewa", 2, "in the early hours of Saturday", 11, {"security_forces": 5, "militants": 6}, 2,
     "The article is about the funeral prayers (not an incident); the incident is the attack they refer to. Militants attacked a post and troops fought them off: Battles/Armed clash, GTD Armed Assault. Five soldiers and six khwarij killed; two soldiers injured. Shewa is a tehsil, precision 2. 'Khwarij' is generic, so Unidentified Armed Group. The martyrs' native districts are not incident places.")],
  ["The funeral prayers of five soldiers martyred in a terrorist attack",
   "The President and the Prime Minister condemned the attack"])

# ---------------------------------------------------------------- EF-26
R(26, "Dawn", """
Two Levies personnel were martyred when militants attacked a Levies checkpost in the Mashkay area of Awaran District in Balochistan on the night of August 18, reports Dawn. Levies officials said that around 15 armed men attacked the post with automatic weapons and rocket-propelled grenades. The personnel on duty returned fire, but the attackers overran the post, took away four Kalashnikovs and a wireless set and set the building on fire before escaping. A third Levies man was injured. The banned Balochistan Liberation Front (BLF) claimed responsibility for the attack in a statement to the media. Frontier Corps personnel later reached the area and launched a search operation.
""",
  [A("Levies", ["Levies"]),
   G("Balochistan Liberation Front", ["Balochistan Liberation Front", "BLF"]),
   A("Frontier Corps", ["Frontier Corps"])],
  [],
  [P("Mashkay", "area", BA, "Awaran"),
   P("Awaran District", "district", BA, "Awaran"),
   P("Balochistan", "province", BA, None)],
  [],
  [I("militants attacked a Levies checkpost",
     *BAT, "Armed Assault", "Balochistan Liberation Front", "Levies", "Mashkay", 2, "on the night of August 18", 2, {"security_forces": 2}, 1,
     "Attack on a Levies post with an exchange of fire; the BLF claimed it. Overrunning, looting and burning the post happened in the same attack and are not coded separately; the attackers left, so it is not Non-state actor overtakes territory. Mashkay is a tehsil of Awaran, precision 2. The FC search reports no outcome.")],
  [])

# ---------------------------------------------------------------- EF-27
R(27, "Dawn", """
Police foiled a terrorist bid on Friday morning when they shot dead a suspected suicide bomber who tried to storm the Paharpur police station in Dera Ismail Khan district, police said, reports Dawn.

Regional Police Officer Syed Ashfaq Gillani told reporters that two militants approached the main gate of the police station around 6am. When the sentry challenged them, one of them opened fire, and the policemen responded. One attacker, wearing a suicide vest, was killed before he could detonate it, while his accomplice escaped into the nearby sugarcane fields. No policeman was hurt.

The bomb disposal squad later defused the vest, which contained around six kilogrammes of explosives and ball bearings. A Kalashnikov, three hand grenades and a pistol were also recovered.

The officer said a search operation was under way in the area to arrest the escaped militant.
""",
  [A("Police", ["Police", "police", "policemen"]),
   A("Bomb Disposal Squad", ["bomb disposal squad"])],
  [H("Syed Ashfaq Gillani", ["Syed Ashfaq Gillani"], ["Regional Police Officer"])],
  [P("Paharpur", "town", KP, "Dera Ismail Khan"),
   P("Dera Ismail Khan district", "district", KP, "Dera Ismail Khan")],
  [],
  [I("they shot dead a suspected suicide bomber who tried to storm the Paharpur police station",
     *BAT, "Armed Assault", UAG, "Police", "Paharpur", 1, "on Friday morning", 1, {"militants": 1}, 0,
     "Militants attacked a police station and exchanged fire with policemen: per the rules an attack on police is Battles/Armed clash, GTD Armed Assault (what was carried out; the vest never went off). The police call it a foiled bid and the vest was defused, so Strategic developments/Disrupted weapons use is the alternative; the defusal is part of this event. The dead bomber is counted because the text counts him as killed. 'No policeman was hurt' = injured 0.")],
  ["a search operation was under way in the area to arrest the escaped militant"])

# ---------------------------------------------------------------- EF-28
R(28, "Dawn", """
Two Frontier Corps soldiers were martyred in a roadside bomb blast in Bajaur district, while police in Karak and security forces in Mohmand repulsed militant attacks and killed khwarij in separate incidents on Tuesday, officials said, reports Dawn.

In Bajaur, an improvised explosive device planted along the road exploded near an FC vehicle in the Chamarkand area of Nawagai tehsil. Two soldiers were martyred and three others injured, a police official said.

In Karak district, militants attacked the Takht-i-Nasrati police station with heavy weapons late on Tuesday night. The police retaliated and the attackers fled after an hour-long exchange of fire. One constable was injured, police said.

Meanwhile, the ISPR said security forces conducted an intelligence based operation in the Safi area of Mohmand district on the reported presence of khwarij. Own troops effectively engaged the khwarij location and three khwarij were killed, while weapons and ammunition were recovered. A sanitisation operation was being carried out.

The Khyber Pakhtunkhwa governor condemned the Bajaur blast and prayed for the early recovery of the injured.
""",
  [A("Frontier Corps", ["Frontier Corps", "FC"]),
   A("Police", ["police"]),
   A(SF, ["security forces", "Own troops", "soldiers"])],
  [],
  [P("Bajaur district", "district", KP, "Bajaur"),
   P("Chamarkand", "area", KP, "Bajaur"),
   P("Nawagai", "area", KP, "Bajaur"),
   P("Karak district", "district", KP, "Karak"),
   P("Takht-i-Nasrati", "town", KP, "Karak"),
   P("Safi", "area", KP, "Mohmand"),
   P("Mohmand district", "district", KP, "Mohmand"),
   P("Khyber Pakhtunkhwa", "province", KP, None)],
  [],
  [I("an improvised explosive device planted along the road exploded near an FC vehicle",
     *IED, "Bombing/Explosion", UAG, "Frontier Corps", "Chamarkand", 1, "on Tuesday", 2, {"security_forces": 2}, 3,
     "Roadside IED on an FC vehicle: two FC soldiers killed, three others injured (side not stated)."),
   I("militants attacked the Takht-i-Nasrati police station with heavy weapons",
     *BAT, "Armed Assault", UAG, "Police", "Takht-i-Nasrati", 1, "late on Tuesday night", 0, {}, 1,
     "Hour-long exchange of fire at a police station; one constable injured, no deaths. The lead says police 'killed khwarij' in Karak and Mohmand jointly, but the Karak paragraph reports no militant deaths, so killed 0 here."),
   I("Own troops effectively engaged the khwarij location and three khwarij were killed",
     *BAT, None, SF, UAG, "Safi", 2, "on Tuesday", 3, {"militants": 3}, None,
     "The lead calls this a repulsed attack, but the body (ISPR) describes an intelligence-based operation; coded as the body says, state-initiated, GTD null. Safi is a tehsil of Mohmand, precision 2. The date comes from the lead ('in separate incidents on Tuesday').")],
  ["The Khyber Pakhtunkhwa governor condemned the Bajaur blast",
   "A sanitisation operation was being carried out"])

# ---------------------------------------------------------------- EF-29
R(29, "The News", """
A police constable was shot dead by unidentified armed motorcyclists in the Baldia area of Keamari district in Karachi, the provincial capital of Sindh, on December 6, reports The News. The constable, identified as Muhammad Imran, 34, was on his way to duty at the Saeedabad police station in uniform when two men on a motorcycle intercepted him near a tea stall and opened fire. He died on the spot. Police officials said the killing appeared to be a targeted attack, and the counter-terrorism wing was investigating whether the banned Sindhudesh Revolutionary Army or a sectarian outfit was involved. Empty shells of a 9mm pistol were collected from the site.
""",
  [A("Police", ["police", "Police"]),
   G("Sindhudesh Revolutionary Army", ["Sindhudesh Revolutionary Army"])],
  [H("Muhammad Imran", ["Muhammad Imran"], ["police constable", "aged 34", "shot dead"])],
  [P("Baldia", "area", SD, "Keamari"),
   P("Keamari district", "district", SD, "Keamari"),
   P("Karachi", "city", SD, "Karachi"),
   P("Sindh", "province", SD, None),
   P("Saeedabad", "area", SD, "Keamari")],
  [],
  [I("A police constable was shot dead by unidentified armed motorcyclists",
     *BAT, "Armed Assault", UAG, "Police", "Baldia", 1, "on December 6", 1, {"security_forces": 1}, None,
     "A uniformed constable shot on his way to duty: an attack on police, which the rules code as Battles/Armed clash even when one-sided. A constable is not a prominent target, so Armed Assault. The text names the Karachi district (Keamari), so admin2 is Keamari, not Karachi. The SRA is only one possibility under investigation, so actor1 stays Unidentified Armed Group.")],
  [])

# ---------------------------------------------------------------- EF-30
R(30, "Dawn", """
Unidentified miscreants set fire to a government girls' primary school in the Darel valley of Diamer district in Gilgit-Baltistan on the night of March 2, reports Dawn. Police said the attackers sprinkled petrol on the doors and windows of the two-room building and set it ablaze, destroying furniture, books and records. No one was present in the school at the time. The Diamer deputy commissioner said the school had reopened only a month earlier after being repaired. Local elders condemned the attack and announced that classes would continue in a nearby house until the building was restored. Police registered a case against unknown persons.
""",
  [A("Police", ["Police"])],
  [],
  [P("Darel", "area", GB, "Diamer"),
   P("Diamer district", "district", GB, "Diamer"),
   P("Gilgit-Baltistan", "province", GB, None)],
  [],
  [I("Unidentified miscreants set fire to a government girls' primary school",
     *LPD, "Facility/Infrastructure Attack", UAG, None, "Darel", 2, "on the night of March 2", 0, {}, 0,
     "Arson of an empty school with petrol, no explosives: ACLED Strategic developments/Looting/property destruction, GTD Facility/Infrastructure Attack (unlike the school bombings in the dev set, coded as IED). No one present, so killed 0, injured 0, actor2 null. Darel is a valley/tehsil, precision 2.")],
  ["Local elders condemned the attack"])


def gold(r):
    places = {p["name"]: p for p in r["places"]}
    incs = []
    for i in r["incidents"]:
        p = places[i["loc"]]
        incs.append({
            "what": i["what"], "acled_event_type": i["et"], "acled_sub_event_type": i["st"],
            "gtd_attack_type": i["gtd"], "actor1": i["a1"], "actor2": i["a2"], "country": "Pakistan",
            "admin1": p["admin1"], "admin2": p["admin2"], "location": i["loc"],
            "geo_precision": i["prec"], "date_text": i["date"], "killed": i["killed"],
            "killed_by_side": i["kbs"], "injured": i["injured"], "note": i["note"]})
    name = "EF-%02d" % r["num"]
    return {
        "article": name + ".txt",
        "about": "Hand-coded from the text alone.",
        "publisher": r["publisher"],
        "cleaning": {"must_contain": [], "must_not_contain": [], "keep_unchanged": [],
                     "near_duplicate_sentences": [], "flag_as_damaged": []},
        "actors": r["actors"], "people": r["people"], "places": r["places"], "quotes": r["quotes"],
        "incidents": incs, "not_incidents": r["not_incidents"], "relations": r["relations"],
        "actor_profiles": {},
    }


if __name__ == "__main__":
    assert [r["num"] for r in REPORTS] == list(range(1, 31))
    for r in REPORTS:
        name = "EF-%02d" % r["num"]
        with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(r["text"])
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(r), f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote", len(REPORTS), "reports")
