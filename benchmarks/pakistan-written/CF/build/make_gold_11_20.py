from gold_lib import *

# ---------------- CF-11 Darel/Tangir schools attacked, protest, raid (news)
pl = [P("Chilas", "town", GB, "Diamer"), P("Darel", "area", GB, "Diamer"), P("Tangir", "area", GB, "Diamer"),
      P("Diamer", "district", GB, "Diamer"), P("Karakoram Highway", "area", None, None),
      P("Phuguch Kot", "town", GB, "Diamer")]
ac = [A("Police", "state_force", 1, "Police", "police"),
      A("Gilgit-Baltistan Scouts", "state_force", 1, "Gilgit-Baltistan Scouts")]
pp = [H("Saqib Nawaz Mirza", ["Saqib Nawaz Mirza"], ["Diamer Deputy Commissioner"]),
      H("Muhammad Rafiq", ["Muhammad Rafiq"], ["police spokesman"])]
write(11, None, ac, pp, pl, [
    I("five schools were attacked in Darel", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion",
      UAG, None, "Darel", 2, "during the night between Thursday and Friday", 0, {}, 0,
      "Five schools in Darel: explosives at two buildings, petrol arson at the rest. One record per valley (the text splits the eight schools 5 + 3); the explosive attacks make this Explosions/IED with GTD Bombing/Explosion, the arson being part of the same night's attack. Only empty buildings were hit ('No casualties were reported'), so actor2 null and killed = injured = 0. A valley, hence precision 2."),
    I("three in Tangir", "Strategic developments", "Looting/property destruction", "Facility/Infrastructure Attack",
      UAG, None, "Tangir", 2, "during the night between Thursday and Friday", 0, {}, 0,
      "Three schools in Tangir where only furniture and record rooms were burnt, no explosives: arson of property with no one hurt, so Strategic developments/Looting/property destruction and GTD Facility/Infrastructure Attack (weapon: incendiary). 'No casualties were reported' applies to all eight schools."),
    I("Residents of Chilas staged a protest on Friday afternoon against the attacks and blocked the Karakoram Highway", "Protests", "Peaceful protest", None,
      "Protesters", None, "Chilas", 1, "on Friday afternoon", 0, {}, None,
      "A road-blocking protest with no intervention or violence reported, so Peaceful protest; the generic actor is 'Protesters'. No GTD type."),
    I("one suspected militant was killed and a policeman was injured in an exchange of fire", "Battles", "Armed clash", None,
      "Police", UAG, "Phuguch Kot", 1, "Later in the evening", 1, {"militants": 1}, 1,
      "A police raid (with the GB Scouts) on a house in Phuguch Kot turned into an exchange of fire; started by the state, so GTD null and actor1 Police. A 'suspected militant' is counted as a militant. The 12 suspects taken into custody in the same search are tied to the school attacks and are kept inside this record rather than coded as a separate Arrests incident."),
], quotes=[Q("Saqib Nawaz Mirza", "In Darel, the attackers used explosives at two buildings"),
           Q("Saqib Nawaz Mirza", "In Tangir, they burnt the furniture and record rooms"),
           Q("Muhammad Rafiq", "The slain man was wanted in attacks on schools")])

# ---------------- CF-12 Chilas police post attacked (SATP style)
pl = [P("Sheekh Nullah", "area", GB, "Diamer"), P("Chilas", "town", GB, "Diamer"),
      P("Diamer District", "district", GB, "Diamer"), P("Gilgit-Baltistan", "province", GB, None)]
ac = [A("Police", "state_force", 1, "Police")]
pp = [H("Kamal Raza Shah", ["Kamal Raza Shah"], ["Inspector General of Police (IGP) Gilgit-Baltistan"])]
write(12, "The Express Tribune", ac, pp, pl, [
    I("militants attacked a police check post in Sheekh Nullah area of Chilas", "Battles", "Armed clash", "Armed Assault",
      UAG, "Police", "Sheekh Nullah", 1, "on the night of December 2", 2, {"security_forces": 2}, 1,
      "Around a dozen attackers fired rockets and automatic weapons at a police post. Gunfire is reported, so Battles/Armed clash (attack on police) rather than Shelling. Two policemen killed; the injured one is a policeman too but injured is not split. 'Around a dozen' counts attackers, not casualties."),
])

# ---------------- CF-13 GB minister's vehicle fired on; unrelated arrest (news)
pl = [P("GILGIT", "city", GB, "Gilgit"), P("Gilgit-Baltistan", "province", GB, None),
      P("Dasar Pul", "area", GB, "Diamer"), P("Thak valley", "area", GB, "Diamer"),
      P("Diamer", "district", GB, "Diamer"), P("Chilas", "town", GB, "Diamer")]
ac = [A("Police", "state_force", 1, "police")]
pp = [H("Haji Rehmat Khaliq", ["Haji Rehmat Khaliq"], ["Gilgit-Baltistan Minister for Works"]),
      H("Shah Faisal", ["Constable Shah Faisal", "Shah Faisal"], ["constable", "guard of the minister", "injured"]),
      H("Arif Hussain", ["Arif Hussain"], ["Superintendent of Police Diamer"])]
write(13, None, ac, pp, pl, [
    I("unidentified gunmen opened fire on his vehicle", "Violence against civilians", "Attack", "Assassination",
      UAG, CIV, "Dasar Pul", 2, "on Monday evening", 0, {}, 1,
      "A failed attempt on a named provincial minister, so GTD Assassination and, as for the MPA in satp-sa-dev-141, ACLED Attack on a civilian. The injured guard is a police constable but takes his principal's side, so this is not recoded as an attack on police. 'Near' Dasar Pul, hence precision 2. The GILGIT dateline is where the report was filed, not the scene."),
    I("a man wanted in the killing of a forest guard was arrested in Chilas", "Strategic developments", "Arrests", None,
      "Police", None, "Chilas", 1, "on Sunday", 0, {}, None,
      "An arrest unrelated to the attack on the minister, so its own Arrests record under the rules (even though a single arrest is hardly 'notable'). The arrested man belongs to no named group, so actor2 is null."),
], quotes=[Q("Arif Hussain", "It was a targeted attack")])

# ---------------- CF-14 Gilgit target killing + grenade on police van (SATP style)
pl = [P("Kashrote", "area", GB, "Gilgit"), P("Gilgit", "city", GB, "Gilgit"),
      P("Gilgit-Baltistan", "province", GB, None), P("Garhi Bagh", "area", GB, "Gilgit")]
ac = [A("Police", "state_force", 1, "Police", "police")]
pp = [H("Zakir Abbas", ["Zakir Abbas"], ["shopkeeper", "shot dead"])]
write(14, "Dawn", ac, pp, pl, [
    I("A shopkeeper, identified as Zakir Abbas, was shot dead by unidentified armed assailants", "Violence against civilians", "Attack", "Armed Assault",
      UAG, CIV, "Kashrote", 1, "on February 11", 1, {"civilians": 1}, None,
      "Motorcycle-borne gunmen shot a shopkeeper as he closed his shop; a shopkeeper is a civilian role. The tension and curfew that followed are not incidents. The text hints at sectarian tension but names no motive or group."),
    I("a hand grenade was hurled at a police van near Garhi Bagh", "Explosions/Remote violence", "Grenade", "Bombing/Explosion",
      UAG, "Police", "Garhi Bagh", 2, None, 0, {}, 2,
      "A grenade attack on a police van: the weapon decides the sub-event (Grenade), as rocket fire gives Shelling, rather than Battles. Two policemen injured. 'Separately' gives no date of its own, so date_text is null (probably the same day). 'Near' Garhi Bagh, hence precision 2."),
])

# ---------------- CF-15 Lower Chitral cross-border TTP assault (news)
pl = [P("Chitral", "town", KP, "Lower Chitral"), P("Afghanistan", "country", None, None),
      P("Nuristan", "province", None, None), P("Kunar", "province", None, None),
      P("Shaghor Dok", "area", KP, "Lower Chitral"), P("Ursoon", "town", KP, "Lower Chitral"),
      P("Lower Chitral", "district", KP, "Lower Chitral"), P("Drosh", "town", KP, "Lower Chitral"),
      P("Ayun", "town", KP, "Lower Chitral"), P("Pakistan", "country", None, None),
      P("Islamabad", "capital", ICT, "Islamabad"), P("Kabul", "capital", None, None)]
ac = [A("Pakistan Army", "state_force", 1, "Pakistan Army"),
      A("Chitral Scouts", "state_force", 1, "Chitral Scouts"),
      A("Tehreek-e-Taliban Pakistan", "armed_group", 2, "Tehreek-e-Taliban Pakistan", "TTP"),
      A("Police", "state_force", 1, "police")]
write(15, None, ac, [], pl, [
    I("a large group of militants who had crossed over from Afghanistan's Nuristan and Kunar provinces attacked two border posts", "Battles", "Armed clash", "Armed Assault",
      "Tehreek-e-Taliban Pakistan", "Pakistan Army", "Ursoon", 2, "in the early hours of Wednesday", 12, {"security_forces": 3, "militants": 9}, 2,
      "A cross-border assault on two posts (Shaghor Dok and Ursoon) fought off by the Pakistan Army and Chitral Scouts over six hours. The TTP claimed it, so it is actor1; actor2 is the first-named force, Pakistan Army. Casualties are not split between the two posts, so one record at Ursoon, precision 2. 3 soldiers + 'at least nine' terrorists = 12. The two injured are civilians (a shepherd and his son) hit by a mortar shell during the fighting; kept in this record. ISPR is the army's media wing and only a source, so it is not listed as an actor."),
], quotes=[Q("Inter-Services Public Relations (ISPR)", "Terrorists suffered heavy casualties"),
           Q("Foreign Office spokesperson", "We expect the Afghan authorities to take concrete action")],
   not_incidents=["said it had captured several check posts, a claim security officials rejected",
                  "The Foreign Office said on Wednesday that Islamabad would lodge a strong protest with Kabul over the attack",
                  "Pakistan has repeatedly asked the interim Afghan government to prevent the use of its soil for attacks on Pakistan"])

# ---------------- CF-16 Arandu Chitral Scouts post attacked from Afghanistan (SATP style)
pl = [P("Afghanistan", "country", None, None), P("Sowir Bala", "area", KP, "Chitral"),
      P("Arandu", "town", KP, "Chitral"), P("Chitral District", "district", KP, "Chitral"),
      P("Kunar", "province", None, None)]
ac = [A("Chitral Scouts", "state_force", 1, "Chitral Scouts"),
      A(SF, "state_force", 1, "Security forces"),
      A("Tehreek-e-Taliban Pakistan", "armed_group", 2, "Tehreek-e-Taliban Pakistan", "TTP")]
write(16, "The News", ac, [], pl, [
    I("militants from across the border in Afghanistan attacked a security check post in Sowir Bala area of Arandu", "Battles", "Armed clash", "Armed Assault",
      "Tehreek-e-Taliban Pakistan", "Chitral Scouts", "Sowir Bala", 1, "on June 24", 17, {"security_forces": 6, "militants": 11}, 4,
      "More than 150 militants from Kunar attacked a Chitral Scouts post before dawn; security forces retaliated. The TTP claimed it, so it is actor1. Six Scouts + 'at least 11' militants = 17. The four injured are 'others' (implicitly Scouts). Pre-2018 text: 'Chitral District', so admin2 Chitral (not Lower Chitral)."),
])

# ---------------- CF-17 Rockets into Arandu; shepherds abducted (SATP style)
pl = [P("Afghanistan", "country", None, None), P("Arandu", "town", KP, "Lower Chitral"),
      P("Lower Chitral District", "district", KP, "Lower Chitral"), P("Bumburet", "area", KP, "Lower Chitral"),
      P("Islamabad", "capital", ICT, "Islamabad")]
pp = [H("Sher Nawaz", ["Sher Nawaz"], ["shepherd", "abducted"]),
      H("Fazal Rabbi", ["Fazal Rabbi"], ["shepherd", "abducted"])]
write(17, "The Express Tribune", [], pp, pl, [
    I("at least five rockets fired from across the border in Afghanistan landed in Arandu village", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Bombing/Explosion",
      UAG, CIV, "Arandu", 1, "on April 28", 0, {}, 4,
      "Rocket fire from Afghanistan with no gunfire, so Shelling. The text does not say who fired (militants or Afghan forces), so actor1 is Unidentified Armed Group and GTD is kept (non-state reading). Houses and a mosque were hit; three women and a child injured, none killed."),
    I("militants had abducted two shepherds, identified as Sher Nawaz and Fazal Rabbi", "Violence against civilians", "Abduction/forced disappearance", "Hostage Taking (Kidnapping)",
      UAG, CIV, "Bumburet", 2, "on April 26", 0, {}, None,
      "Two shepherds taken from a pasture 'near the border in Bumburet valley', hence precision 2; still missing. The Foreign Office summons is a diplomatic step, not an ACLED incident."),
], not_incidents=["The Foreign Office summoned the Afghan charge d'affaires in Islamabad to lodge a protest over the rocket attack"])

# ---------------- CF-18 Neelum shelling (SATP style)
pl = [P("Jura Bala", "town", AJK, "Neelum"), P("Athmuqam", "town", AJK, "Neelum"),
      P("Line of Control", "area", AJK, None), P("Neelum District", "district", AJK, "Neelum"),
      P("Azad Jammu and Kashmir", "province", AJK, None)]
ac = [A("Indian Army", "state_force", 8, "Indian troops", "Indian Army"),
      A(SF, "state_force", 1, "Pakistani troops")]
write(18, "Dawn", ac, [], pl, [
    I("Indian troops shelled Jura Bala village near Athmuqam", "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
      "Indian Army", CIV, "Jura Bala", 1, "on October 21", 2, {"civilians": 2}, 5,
      "Mortar and artillery fire across the LoC on a village: Shelling by a foreign state force (inter 8) on civilians. A state actor, so no GTD type. 'Two civilians, including a woman' = 2 civilians. The Pakistani response is reported only generically ('responded effectively') and is not a separate incident. ISPR is only a source."),
])

# ---------------- CF-19 Neelum passenger van hit; soldier killed in Leepa (news)
pl = [P("Muzaffarabad", "city", AJK, "Muzaffarabad"), P("Salkhala", "town", AJK, "Neelum"),
      P("Neelum valley", "area", AJK, "Neelum"), P("Kel", "town", AJK, "Neelum"),
      P("Neelum road", "area", AJK, "Neelum"), P("Line of Control", "area", AJK, None),
      P("Leepa", "area", AJK, "Hattian Bala"), P("AJK", "province", AJK, None)]
ac = [A("Indian Army", "state_force", 8, "Indian troops"),
      A("Pakistan Army", "state_force", 1, "Pakistan Army"),
      A(SF, "state_force", 1, "Pakistani troops")]
pp = [H("Raja Shahid Mehmood", ["Raja Shahid Mehmood"], ["Neelum Deputy Commissioner"]),
      H("Muhammad Imran", ["Sepoy Muhammad Imran"], ["sepoy of the Pakistan Army", "killed in the Leepa sector"])]
write(19, None, ac, pp, pl, [
    I("Indian troops fired an anti-tank missile and mortar shells at a passenger van", "Explosions/Remote violence", "Shelling/artillery/missile attack", None,
      "Indian Army", CIV, "Salkhala", 2, "on Wednesday", 7, {"civilians": 7}, 9,
      "A missile and mortar attack on a passenger van near Salkhala: missile/mortar fire, no gunfire, so Shelling/artillery/missile attack, by a foreign state force, so no GTD type. Officials say 'at least seven passengers' while residents say 10: the most conservative figure, 7, is used. Passengers are a civilian role. The Pakistani counter-fire is reported generically and not coded. 'Near' Salkhala, hence precision 2."),
    I("a soldier of the Pakistan Army, Sepoy Muhammad Imran, was martyred in the Leepa sector", "Battles", "Armed clash", None,
      "Indian Army", "Pakistan Army", "Leepa", 2, "on the same day", 1, {"security_forces": 1}, None,
      "Small-arms fire by Indian troops on a Pakistani post killed one soldier; soldiers on both sides, so Battles/Armed clash (interaction 18), no GTD type. A sector, hence precision 2. The text gives no district; Leepa valley lies in Hattian Bala District (general knowledge)."),
], quotes=[Q("Raja Shahid Mehmood", "Among the dead are a schoolteacher, two women and a child"),
           Q("Raja Shahid Mehmood", "Three of the injured are in critical condition")])

# ---------------- CF-20 Nikial sector small-arms firing (SATP style)
pl = [P("Dabsi Kalan", "town", AJK, "Kotli"), P("Nikial", "area", AJK, "Kotli"),
      P("Line of Control", "area", AJK, None), P("Kotli District", "district", AJK, "Kotli"),
      P("Azad Jammu and Kashmir", "province", AJK, None)]
ac = [A("Indian Army", "state_force", 8, "Indian troops")]
pp = [H("Naseem Akhtar", ["Naseem Akhtar"], ["killed while working in the fields"])]
write(20, "Dawn", ac, pp, pl, [
    I("Indian troops resorted to unprovoked firing with small arms on Dabsi Kalan village", "Violence against civilians", "Attack", None,
      "Indian Army", CIV, "Dabsi Kalan", 1, "on March 2", 1, {}, 3,
      "Small-arms fire (no shelling) from across the LoC on a village, with no Pakistani forces involved in the report, so Violence against civilians/Attack rather than Shelling or Armed clash. A foreign state force, so no GTD type. The dead is 'a woman' and the injured 'persons, including two children', so no side is given (as for 'a woman' in satp-sa-dev-116)."),
])
print("11-20 written")
