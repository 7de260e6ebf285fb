from gold_lib import *

# ---------------- CF-01 Kurram land dispute + jirga ceasefire (SATP style)
pl = [P("Sarkot Banda", "town", KP, "Kurram"), P("Upper Kurram", "area", KP, "Kurram"),
      P("Kurram District", "district", KP, "Kurram"), P("Khyber Pakhtunkhwa", "province", KP, None),
      P("Parachinar", "town", KP, "Kurram")]
ac = [A("Mirak Khel tribe", "identity_militia", 4, "Mirak Khel"),
      A("Sholizai tribe", "identity_militia", 4, "Sholizai")]
write(1, "Dawn", ac, [], pl, [
    I("two tribes exchanged fire over a disputed piece of land", "Battles", "Armed clash", None,
      "Mirak Khel tribe", "Sholizai tribe", "Sarkot Banda", 1, "on July 22", 4, {}, 9,
      "A land (forest ownership) dispute between two named tribes; armed men of both sides fired from hilltops with heavy and automatic weapons. The tribes are named, so they are coded as identity militias (inter 4, interaction 44) rather than Unidentified Armed Group; a tribe is not a formal organisation, which is the judgement call here. A mutual tribal clash with no initiator and no terrorist aim, so GTD is null. 'At least four persons' = 4; 'persons' carry no side."),
    I("A grand jirga of elders from Parachinar later brokered a ceasefire", "Strategic developments", "Agreement", None,
      "Mirak Khel tribe", "Sholizai tribe", "Sarkot Banda", 2, "on July 24", 0, {}, None,
      "A ceasefire between the two tribes, brokered by a jirga of Parachinar elders, with both sides agreeing to vacate positions. Coded as an Agreement between the two parties at the clash site; where the jirga sat is not stated, hence precision 2. No GTD type for agreements."),
])

# ---------------- CF-02 Kurram convoy ambush + mob arson (news)
pl = [P("Parachinar", "town", KP, "Kurram"), P("Peshawar", "city", KP, "Peshawar"),
      P("Ghundi Sar", "area", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
      P("Thall-Parachinar road", "area", KP, None), P("Kurram", "district", KP, "Kurram"),
      P("Alizai", "town", KP, "Kurram"), P("Warmi Kot", "area", KP, "Kurram")]
ac = [A("Police", "state_force", 1, "Police", "police"),
      A(SF, "state_force", 1, "security forces")]
pp = [H("Fazal Wahid Khattak", ["Fazal Wahid Khattak"], ["Deputy Commissioner Kurram"])]
write(2, None, ac, pp, pl, [
    I("gunmen ambushed a convoy of passenger vehicles", "Violence against civilians", "Attack", "Armed Assault",
      UAG, CIV, "Ghundi Sar", 2, "on Thursday", 16, {"security_forces": 2}, 23,
      "Gunmen hiding in orchards fired on a police-escorted passenger convoy (Parachinar to Peshawar). The target was the passenger vehicles ('The attackers targeted passenger coaches and private cars'), so Violence against civilians/Attack; the two escort constables who returned fire are counted in the same event rather than split off as a separate Battles event (the alternative reading of the 'attacks on police are Battles' rule). 'At least 16 people, including two policemen' = 16, of whom 2 security forces; the DC says 'most' of the rest are passengers but gives no count, so no civilian figure. 'Near' Ghundi Sar, hence precision 2. No group claimed it; the Turi tribe's elders are only accusers and are not listed."),
    I("an angry mob set fire to more than 40 shops and a petrol pump in Warmi Kot bazaar", "Riots", "Mob violence", None,
      "Rioters", None, "Warmi Kot", 1, "Hours after the ambush", 0, {}, None,
      "Retaliatory arson by an unorganised mob, so Riots/Mob violence with the generic actor 'Rioters'; only property was hit, so actor2 is null. The security forces' tear gas is part of this event. 'No loss of life' = 0 killed; injuries not reported. Riots get no GTD type. Same day as the ambush (Thursday), but the text's own time phrase is 'Hours after the ambush'."),
], quotes=[Q("Fazal Wahid Khattak", "The attackers targeted passenger coaches"),
           Q("Fazal Wahid Khattak", "Most of the dead are passengers")],
   not_incidents=["remaining closed for 19 days following tribal clashes in the district",
                  "Kurram has witnessed repeated bouts of tribal and sectarian violence over land disputes since 2007",
                  "scores of people have been killed in clashes this year"])

# ---------------- CF-03 Kurram ceasefire broken (SATP style)
pl = [P("Shakar Tangi", "area", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
      P("Kurram District", "district", KP, "Kurram")]
ac = [A(SF, "state_force", 1, "Security forces")]
write(3, "The Express Tribune", ac, [], pl, [
    I("firing between two rival groups resumed in Shakar Tangi area", "Battles", "Armed clash", None,
      UAG, UAG, "Shakar Tangi", 1, "on October 14", 3, {}, 5,
      "A ceasefire breach: two unnamed rival groups fought with mortars, rocket launchers and small arms. Gunfire is reported, so Armed clash rather than Shelling. Neither side is named, so both actors are Unidentified Armed Group. Damage to a girls' school and houses is part of the clash. The deployment of security forces that restored the ceasefire has no reported outcome and is not an incident."),
], not_incidents=["a ceasefire agreed by a jirga a week earlier"])

# ---------------- CF-04 Kurram bunkers demolished, peace deal, weapons handed in, truck fired on (news)
pl = [P("Bagan", "town", KP, "Kurram"), P("Lower Kurram", "area", KP, "Kurram"),
      P("Kohat", "city", KP, "Kohat"), P("Kurram", "district", KP, "Kurram"),
      P("Thall-Parachinar road", "area", KP, None), P("Chapri", "town", KP, "Kurram"),
      P("Ochat", "town", KP, "Kurram"), P("Sadda", "town", KP, "Kurram"),
      P("Parachinar", "town", KP, "Kurram"), P("Alizai", "town", KP, "Kurram")]
ac = [A(SF, "state_force", 1, "Security forces"), A("Police", "state_force", 1, "police", "Police")]
pp = [H("Ayaz Kamal", ["Ayaz Kamal"], ["spokesman for the district administration"])]
write(4, None, ac, pp, pl, [
    I("Security forces on Saturday demolished 14 bunkers in Bagan and adjoining villages", "Strategic developments", "Other", None,
      SF, None, "Bagan", 2, "on Saturday", 0, {}, None,
      "Demolition of private bunkers under a peace agreement. No violence; coded Strategic developments/Other (ACLED's Looting/property destruction or Disrupted weapons use are the nearest alternatives). 'Bagan and adjoining villages', hence precision 2. The twelve bunkers still to be dismantled are future and not coded."),
    I("a peace agreement signed by the two warring sides in Kohat", "Strategic developments", "Agreement", None,
      UAG, UAG, "Kohat", 1, "on January 1", 0, {}, None,
      "The 14-point peace agreement between the two unnamed warring sides of Kurram, signed in Kohat. The sides are not named, so both are Unidentified Armed Group."),
    I("elders from Lower Kurram handed over 27 weapons, including machine guns and mortar tubes, to the police in Sadda", "Strategic developments", "Disrupted weapons use", None,
      "Police", UAG, "Sadda", 1, "on Friday", 0, {}, None,
      "A handover of heavy weapons under the agreement, counted as weapons taken out of use (the monitors' 'weapons seized' outcome). The police received them, so actor1 is Police; the weapons belonged to an unnamed armed side, so actor2 is Unidentified Armed Group. No GTD type (no attack)."),
    I("unidentified gunmen opened fire on a truck carrying flour to Parachinar near Ochat", "Violence against civilians", "Attack", "Armed Assault",
      UAG, CIV, "Ochat", 2, "on Sunday morning", 0, {}, 2,
      "Gunmen fired on a relief-convoy flour truck; the driver and a cleaner were injured. 'Near' Ochat, hence precision 2. Injured are not split by side (injured has no side field)."),
], quotes=[Q("Ayaz Kamal", "Twelve more bunkers in Chapri and Ochat will be dismantled"),
           Q("Ayaz Kamal", "Not a single private bunker will be allowed")],
   not_incidents=["Twelve more bunkers in Chapri and Ochat will be dismantled in the coming days"])

# ---------------- CF-05 Parachinar mortar shelling (SATP style, FATA era)
pl = [P("Parachinar", "town", KP, "Kurram"), P("Kurram Agency", "district", KP, "Kurram"),
      P("Federally Administered Tribal Areas", "area", KP, None), P("Kirman Chowk", "area", KP, "Kurram"),
      P("Parachinar-Thall road", "area", KP, None), P("Sadda", "town", KP, "Kurram"),
      P("Alizai", "town", KP, "Kurram")]
write(5, "Daily Times", [], [], pl, [
    I("mortar shells fired from the surrounding hills landed in a residential area of Parachinar", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion",
      UAG, CIV, "Parachinar", 1, "on April 9", 5, {}, 11,
      "Mortar fire with no gunfire reported, so Shelling. Shells hit houses and a vegetable market near Kirman Chowk in a residential area, so actor2 is Civilians. Who fired is not said. 'At least five persons' = 5, no side. The road closure and the curfew in Sadda and Alizai are not incidents. Text places it in FATA; admin1 coded Khyber Pakhtunkhwa (FATA merged into KP in 2018)."),
], not_incidents=["The Parachinar-Thall road remained closed for the third consecutive week"])

# ---------------- CF-06 Kharlachi border clash with Afghan Taliban forces
pl = [P("Kharlachi", "area", KP, "Kurram"), P("Kurram District", "district", KP, "Kurram")]
ac = [A("Frontier Corps", "state_force", 1, "Frontier Corps", "FC"),
      A("Afghan Taliban forces", "state_force", 8, "Afghan Taliban forces", "Afghan forces"),
      A(SF, "state_force", 1, "Pakistani troops", "Pakistani forces")]
write(6, "The News", ac, [], pl, [
    I("Afghan Taliban forces opened fire on a Pakistani border post near the Kharlachi crossing", "Battles", "Armed clash", None,
      "Afghan Taliban forces", "Frontier Corps", "Kharlachi", 2, "on September 6", 1, {"security_forces": 1}, 3,
      "A cross-border clash: Afghan forces fired mortars and then heavy machine guns; Pakistani forces responded for about four hours. Gunfire on both sides, so Armed clash. Afghan Taliban forces are a foreign state force acting against Pakistan (inter 8; interaction 18); state-vs-state fighting gets no GTD type. The one dead is an FC soldier, so actor2 is Frontier Corps. The three injured are 'others' (implicitly soldiers) but injured is not split. 'Near' the crossing, hence precision 2. The closure of the crossing is not an incident."),
])

# ---------------- CF-07 Orakzai sub-tribe clash over forest (SATP style)
pl = [P("Dabori", "area", KP, "Orakzai"), P("Upper Orakzai", "area", KP, "Orakzai"),
      P("Orakzai District", "district", KP, "Orakzai")]
ac = [A("Akhunkhel sub-tribe", "identity_militia", 4, "Akhunkhel"),
      A("Sultanzai sub-tribe", "identity_militia", 4, "Sultanzai"),
      A("Police", "state_force", 1, "Police")]
write(7, "Dawn", ac, [], pl, [
    I("a clash between two sub-tribes over a disputed forest", "Battles", "Armed clash", None,
      "Akhunkhel sub-tribe", "Sultanzai sub-tribe", "Dabori", 1, "on May 3", 2, {}, 4,
      "A two-hour exchange of fire between two named sub-tribes over tree-cutting in a disputed forest; coded as identity militias (inter 4) as in CF-01. No GTD type for a mutual tribal clash. The arrest of six persons and the seizure of weapons are tied to this clash and stay part of this record, not separate Arrests/Disrupted weapons use incidents. The jirga constituted later has reached no agreement and is not coded."),
])

# ---------------- CF-08 Orakzai IED on peace committee, TTP claim (SATP style)
pl = [P("Mishti Mela", "area", KP, "Orakzai"), P("Orakzai Agency", "district", KP, "Orakzai"),
      P("Kalaya", "town", KP, "Orakzai")]
ac = [A("Tehreek-e-Taliban Pakistan", "armed_group", 2, "Tehreek-e-Taliban Pakistan", "TTP")]
pp = [H("Abdul Wali Haqyar", ["Abdul Wali Haqyar"], ["Tehreek-e-Taliban Pakistan (TTP) spokesman"])]
write(8, "The Express Tribune", ac, pp, pl, [
    I("a remote-controlled bomb hit their vehicle", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
      "Tehreek-e-Taliban Pakistan", UAG, "Mishti Mela", 1, "on March 17", 3, {}, 2,
      "A roadside remote-controlled bomb hit peace committee members returning from Kalaya. The TTP claimed it, so it is actor1. The peace committee is a pro-government militia that is not named, so actor2 is Unidentified Armed Group (as for the unnamed lashkar in satp-sa-dev-81), and its members fit none of the sides, so killed_by_side is empty. Text places it in FATA (Agency); admin1 coded Khyber Pakhtunkhwa."),
])

# ---------------- CF-09 Orakzai shrine dispute clash (news)
pl = [P("Kalaya", "town", KP, "Orakzai"), P("Gawakai Tangi", "town", KP, "Orakzai"),
      P("Lower Orakzai", "area", KP, "Orakzai"), P("Hangu", "town", KP, "Hangu"),
      P("Hangu District", "district", KP, "Hangu")]
ac = [A("Levies", "state_force", 1, "Orakzai Levies", "Levies"),
      A(SF, "state_force", 1, "Security forces"), A("Police", "state_force", 1, "police")]
pp = [H("Gul Marjan", ["Gul Marjan"], ["official of the Orakzai Levies"])]
write(9, None, ac, pp, pl, [
    I("an armed clash between Shia and Sunni tribesmen", "Battles", "Armed clash", None,
      UAG, UAG, "Gawakai Tangi", 1, "on Friday", 4, {}, 12,
      "A dispute over repairs at a shrine turned into a sectarian clash with automatic weapons. 'Shia and Sunni tribesmen' are not named organisations, so both actors are Unidentified Armed Group (ACLED would use sectarian identity militias). 'Four men' killed, no side. 'Dozens injured' = 12 by the ACLED rule; the wounded Levies man may be among them but is counted in his own record below. Curfew and the elders' intervention are not incidents."),
    I("a Levies vehicle that tried to reach the village came under fire", "Battles", "Armed clash", "Armed Assault",
      UAG, "Levies", "Gawakai Tangi", 1, "on Friday", 0, {}, 1,
      "Gunmen fired on a Levies vehicle heading to the clash; one Levies man was wounded. An attack on a state force is Battles/Armed clash under the rules; it is a separate actor pair from the tribal clash, so a separate record. Date implied by the lead ('on Friday'); the text reports it from residents."),
], quotes=[Q("Gul Marjan", "We have shifted the injured to Kalaya and Hangu"),
           Q("Gul Marjan", "Some of them are in critical condition")])

# ---------------- CF-10 Diamer coach attack on KKH (SATP style)
pl = [P("Karakoram Highway", "area", None, None), P("Kharbai Nala", "area", GB, "Diamer"),
      P("Chilas", "town", GB, "Diamer"), P("Diamer District", "district", GB, "Diamer"),
      P("Gilgit-Baltistan", "province", GB, None), P("Rawalpindi", "city", PB, "Rawalpindi"),
      P("Skardu", "town", GB, "Skardu")]
ac = [A("Police", "state_force", 1, "police")]
write(10, "Dawn", ac, [], pl, [
    I("unidentified armed men opened fire on a passenger coach", "Violence against civilians", "Attack", "Armed Assault",
      UAG, CIV, "Kharbai Nala", 2, "on August 18", 4, {"civilians": 4}, 6,
      "Gunmen blocked the KKH, checked passengers' identity cards and fired on a Rawalpindi-Skardu coach. Passengers are a civilian role, so 4 civilians. Targeting by identity, not a prominent person, so Armed Assault. 'Near' Kharbai Nala, 15 km from Chilas, hence precision 2. The highway itself spans several districts, so its admin fields are null."),
])
print("01-10 written")
