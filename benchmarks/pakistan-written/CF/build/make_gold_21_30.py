from gold_lib import *

# ---------------- CF-21 Battal sector exchange; quadcopter shot down (news)
pl = [P("RAWALAKOT", "town", AJK, "Poonch"), P("Battal", "area", AJK, "Poonch"),
      P("Line of Control", "area", AJK, None), P("Bagh", "district", AJK, "Bagh"),
      P("Rakhchikri", "area", AJK, "Poonch"), P("Hajira", "area", AJK, "Poonch"),
      P("Abbaspur", "area", AJK, "Poonch")]
ac = [A("Indian Army", "state_force", 8, "Indian troops"),
      A("Pakistan Army", "state_force", 1, "Pakistan Army"),
      A(SF, "state_force", 1, "Pakistani troops")]
pp = [H("Sajjad Ahmed", ["Naik Sajjad Ahmed"], ["Naik (soldier)", "resident of Bagh district", "killed"])]
write(21, None, ac, pp, pl, [
    I("an exchange of fire between Pakistani and Indian troops in the Battal sector", "Battles", "Armed clash", None,
      "Indian Army", "Pakistan Army", "Battal", 2, "on Sunday night", 1, {"security_forces": 1}, 2,
      "Heavy machine guns and 82mm mortars, with Pakistani troops responding: gunfire on both sides, so Armed clash between two state forces (interaction 18), no GTD type. Indian troops 'initiated', so they are actor1. One Pakistani soldier killed; two injured (side implied, not split). A sector, hence precision 2. The text names no district for Battal; coded Poonch from the RAWALAKOT dateline and general knowledge."),
    I("Pakistani troops shot down an Indian quadcopter", "Strategic developments", "Disrupted weapons use", None,
      SF, "Indian Army", "Rakhchikri", 2, None, 0, {}, None,
      "A surveillance quadcopter shot down after crossing the LoC: a foreign military drone stopped, coded Disrupted weapons use. It was unarmed and on surveillance, so no GTD attack type. 'Separately' gives no date, so date_text is null. A sector, hence precision 2."),
], quotes=[Q("Inter-Services Public Relations (ISPR)", "Pakistan Army troops responded befittingly")])

# ---------------- CF-22 Bhimber shelling + unexploded shell (SATP style)
pl = [P("Barnala", "area", AJK, "Bhimber"), P("Samahni", "area", AJK, "Bhimber"),
      P("LoC", "area", AJK, None), P("Bhimber District", "district", AJK, "Bhimber"),
      P("Azad Jammu and Kashmir", "province", AJK, None), P("Dharyal Jattan", "town", AJK, "Bhimber")]
ac = [A("Indian Army", "state_force", 8, "Indian troops")]
pp = [H("Ali Raza", ["Ali Raza"], ["nine-year-old boy", "killed by an unexploded mortar shell"])]
write(22, "The News", ac, pp, pl, [
    I("Indian troops shelled civilian areas in Barnala and Samahni sectors", "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
      "Indian Army", CIV, "Bhimber District", 2, "on November 9", 0, {}, None,
      "Shelling of civilian areas in two sectors; 11 houses damaged and cattle killed, 'No loss of human life' so killed = 0; injuries not mentioned, so null. The damage is not split between the two sectors, so one record at district level, precision 2."),
    I("an unexploded mortar shell they had picked up from a field went off", "Explosions/Remote violence", "Remote explosive/landmine/IED", None,
      "Indian Army", CIV, "Dharyal Jattan", 1, "on November 11", 1, {}, 1,
      "Unexploded ordnance set off by the victims two days after the shelling: a device 'set off by the victim', so Remote explosive/landmine/IED. Officials say Indian troops fired the shell, so actor1 is Indian Army (a judgement call; ACLED might leave the actor unidentified for UXO). State actor, no GTD type. The dead is 'a nine-year-old boy', no side given."),
])

# ---------------- CF-23 Civilians handed over at Chakothi; Forward Kahuta mortar (SATP style)
pl = [P("Azad Jammu and Kashmir", "province", AJK, None), P("Line of Control", "area", AJK, None),
      P("Chakothi", "town", AJK, "Hattian Bala"), P("Uri", "town", None, None),
      P("Hattian Bala District", "district", AJK, "Hattian Bala"), P("Chinari", "town", AJK, "Hattian Bala"),
      P("Haveli District", "district", AJK, "Haveli"), P("Forward Kahuta", "town", AJK, "Haveli")]
ac = [A("Indian Army", "state_force", 8, "Indian troops")]
pp = [H("Tanveer Ahmed", ["Tanveer Ahmed"], ["AJK resident who inadvertently crossed the LoC", "handed over by India"]),
      H("Khalil ur Rehman", ["Khalil ur Rehman"], ["AJK resident who inadvertently crossed the LoC", "handed over by India"])]
write(23, "Dawn", ac, pp, pl, [
    I("Indian authorities on Tuesday handed over two residents of Azad Jammu and Kashmir (AJK)", "Strategic developments", "Agreement", None,
      None, None, "Chakothi", 1, "on Tuesday", 0, {}, None,
      "An exchange across the LoC at the Chakothi-Uri crossing: India returned two AJK men and Pakistan an Indian national. ACLED codes exchanges as Agreement. Both parties are civil authorities named only generically ('Indian authorities', 'Pakistani authorities'), not armed forces, so actor1 and actor2 are null (as for the political administration in satp-sa-dev-115). Uri, the Indian side of the crossing, has no Pakistani admin units."),
    I("Indian troops fired mortar shells at their house in Forward Kahuta area", "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
      "Indian Army", CIV, "Forward Kahuta", 1, "on Wednesday evening", 1, {}, 1,
      "Mortar fire on a house, no gunfire: Shelling by a foreign state force on civilians, no GTD type. 'A man' killed and his wife injured, no side given."),
], not_incidents=["an Indian national who had been arrested in Haveli District last year"])

# ---------------- CF-24 Torkham clash; transporters' protest (news)
pl = [P("Landi Kotal", "town", KP, "Khyber"), P("Torkham", "town", KP, "Khyber"),
      P("Khyber", "district", KP, "Khyber"), P("Torkham bazaar", "area", KP, "Khyber")]
ac = [A("Frontier Corps", "state_force", 1, "Frontier Corps"),
      A("Afghan Taliban forces", "state_force", 8, "Afghan Taliban forces", "Afghan forces"),
      A(SF, "state_force", 1, "Pakistani troops")]
pp = [H("Haji Gul Rehman Shinwari", ["Haji Gul Rehman Shinwari"], ["president of the Landi Kotal transporters' association"])]
write(24, None, ac, pp, pl, [
    I("Pakistani and Afghan Taliban forces exchanged fire at the Torkham border", "Battles", "Armed clash", None,
      "Afghan Taliban forces", "Frontier Corps", "Torkham", 1, "on Monday night", 1, {"security_forces": 1}, 4,
      "Afghan forces objected to a new Pakistani post and opened fire with mortars and rocket launchers; Pakistani troops responded. An 'exchange of fire' between two state forces, so Armed clash (interaction 18), no GTD type; the side that started it is actor1. The dead is an FC soldier, so actor2 is Frontier Corps. 'Four people, including two labourers' injured, not split. Shells hitting a mosque and shops in Torkham bazaar are part of this clash. The claimed 'heavy losses' on the Afghan side have no figure and are not counted."),
    I("members of the Landi Kotal transporters' association and customs clearing agents staged a demonstration outside the Landi Kotal press club", "Protests", "Peaceful protest", None,
      "Protesters", None, "Landi Kotal", 1, "On Tuesday", 0, {}, None,
      "A peaceful demonstration demanding the reopening of the border. The transporters' association is a civic body, not an armed or state actor, so it is not listed in actors; the generic actor is 'Protesters'."),
], quotes=[Q("unnamed security official", "They used mortars and rocket launchers"),
           Q("unnamed security official", "Our troops responded in a befitting manner"),
           Q("Haji Gul Rehman Shinwari", "Every day the border remains closed")],
   not_incidents=["the main trade crossing between the two countries remained closed for the fifth day",
                  "A jirga of tribal elders from both sides has been trying to negotiate a ceasefire"])

# ---------------- CF-25 Chaman: Afghan Border Police shelling; FC retaliation (SATP style)
pl = [P("Killi Malik Dost", "town", BA, "Qila Abdullah"), P("Killi Sheikh Lal", "town", BA, "Qila Abdullah"),
      P("Friendship Gate", "area", BA, "Qila Abdullah"), P("Chaman", "town", BA, "Qila Abdullah"),
      P("Qila Abdullah District", "district", BA, "Qila Abdullah")]
ac = [A("Afghan Border Police", "state_force", 8, "Afghan Border Police", "ABP"),
      A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC")]
write(25, "The News", ac, [], pl, [
    I("Afghan Border Police (ABP) fired mortar shells at Killi Malik Dost and Killi Sheikh Lal villages", "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
      "Afghan Border Police", CIV, "Killi Malik Dost", 1, "on August 30", 6, {"civilians": 6}, 17,
      "Mortar fire on two border villages of Chaman, no gunfire: Shelling by a foreign state force on civilians, no GTD type. The casualties are not split between the two villages; located at the first-named, Killi Malik Dost. 'At least six civilians, including two children' = 6 civilians."),
    I("the FC retaliated and destroyed three Afghan border posts", "Battles", "Armed clash", None,
      "Frontier Corps", "Afghan Border Police", "Chaman", 2, None, 0, {}, None,
      "The FC's retaliation against ABP posts: a separate actor pair (FC vs ABP), coded Armed clash between two state forces; the weapons are not stated, so Shelling is the alternative. No casualties are given (0 by dev practice). No date of its own and the posts are only 'near' Chaman, hence precision 2 and date_text null."),
])

# ---------------- CF-26 Angoor Adda fencing fire (SATP style)
pl = [P("Angoor Adda", "town", KP, "South Waziristan"), P("South Waziristan", "district", KP, "South Waziristan")]
ac = [A("Afghan forces", "state_force", 8, "Afghan forces"),
      A(SF, "state_force", 1, "Pakistani troops")]
write(26, "Daily Times", ac, [], pl, [
    I("Afghan forces opened fire on Pakistani troops engaged in fencing the border", "Battles", "Armed clash", None,
      "Afghan forces", SF, "Angoor Adda", 2, "on the evening of October 15", 0, {}, 2,
      "Afghan forces fired on fencing troops, who returned fire for an hour: Armed clash between state forces (interaction 18), no GTD type. The text does not say which Afghan government's forces, so the actor is the generic 'Afghan forces' (inter 8). Two soldiers injured, none killed. 'Near' Angoor Adda, hence precision 2."),
])

# ---------------- CF-27 Chaman sit-in march dispersed; shutter-down strike (news)
pl = [P("Chaman", "town", BA, "Chaman"), P("Friendship Gate", "area", BA, "Chaman"),
      P("Chaman bypass", "area", BA, "Chaman"), P("Mall Road", "area", BA, "Chaman")]
ac = [A("Police", "state_force", 1, "Police", "police"),
      A("Frontier Corps", "state_force", 1, "Frontier Corps")]
pp = [H("Malik Abdul Qayyum Noorzai", ["Malik Abdul Qayyum Noorzai"], ["one of the leaders of the sit-in"])]
write(27, None, ac, pp, pl, [
    I("Police and Frontier Corps personnel used tear gas and batons to disperse protesters", "Protests", "Protest with intervention", None,
      "Protesters", "Police", "Mall Road", 1, "on Thursday", 0, {}, 14,
      "Protesters marching from the sit-in toward the border were tear-gassed and baton-charged on the Mall Road; no protester violence is reported, and the force was non-lethal, so Protest with intervention (not Excessive force). actor2 is Police, the first-named force; the FC took part. 'At least 14 people' injured. The text names no district; Chaman has been its own district since 2021 and the one-document regime dates the report to after that (general knowledge), so admin2 Chaman."),
    I("traders observed a complete shutter-down strike in Chaman against the police action", "Protests", "Peaceful protest", None,
      "Protesters", None, "Chaman", 1, "On Friday", 0, {}, None,
      "A traders' strike against the police action, coded as a peaceful protest (ACLED codes strikes as protests)."),
], quotes=[Q("Malik Abdul Qayyum Noorzai", "We have been sitting here peacefully for five months"),
           Q("Malik Abdul Qayyum Noorzai", "Today they attacked unarmed people")],
   not_incidents=["the months-long sit-in against the one-document regime entered its 150th day"])

# ---------------- CF-28 US drone strikes, Datta Khel and Mir Ali (SATP style)
pl = [P("Khaisor Kalay", "town", KP, "North Waziristan"), P("Datta Khel", "area", KP, "North Waziristan"),
      P("North Waziristan Agency", "district", KP, "North Waziristan"),
      P("Federally Administered Tribal Areas", "area", KP, None), P("Mir Ali", "town", KP, "North Waziristan")]
ac = [A("US Forces", "state_force", 8, "US"),
      A("Hafiz Gul Bahadur group", "armed_group", 2, "Hafiz Gul Bahadur group")]
pp = [H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader the Hafiz Gul Bahadur group is named after"])]
write(28, "Dawn", ac, pp, pl, [
    I("a US drone fired two missiles at a compound in Khaisor Kalay village", "Explosions/Remote violence", "Air/drone strike", None,
      "US Forces", "Hafiz Gul Bahadur group", "Khaisor Kalay", 1, "on October 3", 6, {"militants": 6}, None,
      "A US drone strike on a compound of a local Hafiz Gul Bahadur group commander. The foreign force is the perpetrator (not a mere victim or accuser), so it is listed, inter 8; a state strike gets no GTD type. The compound owner's group is actor2. 'At least six militants' = 6. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa."),
    I("another drone strike targeted a vehicle near Mir Ali", "Explosions/Remote violence", "Air/drone strike", None,
      "US Forces", UAG, "Mir Ali", 2, "Hours later", 3, {"militants": 3}, None,
      "A second strike the same day; 'another drone strike' carries over the US attribution of the first. The three 'suspected militants' are counted as militants; their group is not named (the 'foreigners' are not an organisation). 'Near' Mir Ali, hence precision 2."),
])

# ---------------- CF-29 Quadcopter kills children in Mir Ali; sit-in; Boya police station (news)
pl = [P("Mir Ali", "town", KP, "North Waziristan"), P("Khadi Kalay", "town", KP, "North Waziristan"),
      P("North Waziristan", "district", KP, "North Waziristan"),
      P("Mir Ali-Miranshah road", "area", KP, "North Waziristan"), P("Boya", "town", KP, "North Waziristan")]
ac = [A("Police", "state_force", 1, "Police", "police")]
pp = [H("Gul Nawaz Dawar", ["Gul Nawaz Dawar"], ["uncle of two of the victims"])]
write(29, None, ac, pp, pl, [
    I("a quadcopter dropped explosives on a house in Khadi Kalay village", "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion",
      UAG, CIV, "Khadi Kalay", 1, "on Saturday afternoon", 4, {}, 3,
      "An armed quadcopter struck a house where children were playing. No one claimed it and the text only says police are checking whether militants flew it, so actor1 is Unidentified Armed Group and GTD Bombing/Explosion (non-state reading). The dead are 'children' with no stated status, so no side is given (strict reading of the rule; PICSS would count them civilians)."),
    I("hundreds of residents placed the bodies on the Mir Ali-Miranshah road and staged a sit-in", "Protests", "Peaceful protest", None,
      "Protesters", None, "Mir Ali-Miranshah road", 2, "On Sunday", 0, {}, None,
      "A peaceful sit-in with the bodies, called off after the administration agreed to an inquiry and compensation; that settlement is part of the protest, not a separate Agreement. A road, hence precision 2."),
    I("militants used a quadcopter to drop a mortar round on the Boya police station", "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion",
      UAG, "Police", "Boya", 1, "Last month", 0, {}, 2,
      "An earlier, specific attack reported in background: named place, target and casualties, so coded despite the vague date ('Last month', before publication). Armed drone, so Air/drone strike; unnamed militants. Two policemen injured."),
], quotes=[Q("Gul Nawaz Dawar", "We heard a buzzing sound and then a loud explosion"),
           Q("Gul Nawaz Dawar", "The children were lying in blood")],
   not_incidents=["militants, who had recently used quadcopters to attack security posts in the area",
                  "North Waziristan has seen a rise in quadcopter attacks this year"])

# ---------------- CF-30 Spinwam quadcopter attack; drones shot down; Shewa IBO (SATP style)
pl = [P("Spinwam", "town", KP, "North Waziristan"), P("North Waziristan District", "district", KP, "North Waziristan"),
      P("Shewa", "area", KP, "North Waziristan")]
ac = [A(SF, "state_force", 1, "security forces"),
      A("Hafiz Gul Bahadur group", "armed_group", 2, "Hafiz Gul Bahadur group")]
pp = [H("Hafiz Gul Bahadur", ["Hafiz Gul Bahadur"], ["leader the Hafiz Gul Bahadur group is named after"])]
write(30, "The Express Tribune", ac, pp, pl, [
    I("Militants attacked a check post of security forces with a quadcopter", "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion",
      "Hafiz Gul Bahadur group", SF, "Spinwam", 1, "on May 19", 0, {}, 3,
      "A militant quadcopter attack on a security post: the weapon makes it Air/drone strike rather than Armed clash. The Hafiz Gul Bahadur group claimed it, so it is actor1. Three soldiers injured."),
    I("security forces later shot down two more quadcopters approaching the post", "Strategic developments", "Disrupted weapons use", "Bombing/Explosion",
      SF, "Hafiz Gul Bahadur group", "Spinwam", 1, None, 0, {}, None,
      "Two more attacking drones stopped before they struck: a disrupted attack, with the GTD type of the attack it stopped (as defused bombs get Bombing/Explosion in the dev files). They were part of the claimed attack, so actor2 is the claiming group. 'Later' gives no date of its own."),
    I("security forces killed four terrorists in an intelligence-based operation in Shewa area", "Battles", "Armed clash", None,
      SF, UAG, "Shewa", 1, None, 4, {"militants": 4}, None,
      "A state operation in which four 'terrorists' were killed; started by the state, so GTD null. No group is named for them. Weapons recovered from the dead are part of this record. 'Separately' gives no date."),
])
print("21-30 written")
