"""ACLED sub-event types (and CASE-2021's extra kinds) of one-line reports: the cue lexicon's coverage.

Hand-written one-liners, not taken from any benchmark; each asserts the first incident's type, or
for the kinds outside ACLED the action the incident carries.
"""

import pytest

from ctwatch.extract.pipeline import extract

ACLED = [
    ("Soldiers and Boko Haram fighters clashed near Gwoza on Friday, the army said.", "Armed clash"),
    ("The army recaptured the town of Kidal from separatist rebels on Tuesday.", "Government regains territory"),
    ("Jihadist fighters seized the town of Djibo after a two-day assault.", "Non-state actor overtakes territory"),
    ("Rescuers said a chlorine gas attack left 20 people struggling to breathe in Saraqeb.", "Chemical weapon"),
    ("Turkish warplanes bombed PKK positions in the Qandil mountains overnight.", "Air/drone strike"),
    ("A suicide bomber killed six people at a checkpoint in Baidoa on Monday.", "Suicide bomb"),
    ("Separatists shelled the village of Pisky overnight, damaging several homes.", "Shelling/artillery/missile attack"),
    ("A roadside bomb hit a police vehicle in Kunar province on Sunday.", "Remote explosive/landmine/IED"),
    ("Unknown men hurled a grenade at a shop in Imphal on Friday evening.", "Grenade"),
    ("Three women were raped by armed men near Kalehe, a local NGO said.", "Sexual violence"),
    ("Gunmen shot dead a village chief in Kaduna State on Wednesday.", "Attack"),
    ("Bandits kidnapped 15 passengers on a highway in Zamfara State.", "Abduction/forced disappearance"),
    ("Hundreds of nurses staged a sit-in outside the health ministry in Accra.", "Peaceful protest"),
    ("Police fired tear gas at students marching on parliament in Kampala.", "Protest with intervention"),
    ("Troops opened fire on protesters in Monywa, killing two.", "Excessive force against protesters"),
    ("Protesters hurled stones at police and torched a bus in Dhaka.", "Violent demonstration"),
    ("An angry mob lynched a suspected thief in Kano on Monday.", "Mob violence"),
    ("The government and the rebels signed a peace agreement in Juba on Saturday.", "Agreement"),
    ("Police arrested opposition leader Kizza Besigye in Kampala on Thursday.", "Arrests"),
    ("Two armed factions announced their merger into a single group on Sunday.", "Change to group/activity"),
    ("Bomb disposal experts defused an explosive device near a bridge in Mosul.", "Disrupted weapons use"),
    ("Wagner forces established a base near the town of Menaka, satellite images showed.", "Headquarters or base established"),
    ("Unknown people vandalised a church in Karachi overnight.", "Looting/property destruction"),
    ("French forces handed over the Gossi base to the Malian army on Tuesday.", "Non-violent transfer of territory"),
    ("Authorities imposed a curfew in the town of Kishtwar on Friday.", "Other"),
]

EXTRA = [
    ("Floods killed 14 people in the Indian state of Assam on Monday.", "natural_disaster"),
    ("Eleven people were killed when a bus collided with a truck near Multan.", "man_made_disaster"),
    ("Police seized 300 kilograms of heroin at the port of Karachi.", "organised_crime"),
    ("The foreign ministry summoned the Afghan envoy to lodge a protest over new visa rules.", "diplomatic"),
    ("Jamaat-ul-Ahrar claimed responsibility on Tuesday in a statement to reporters.", "attribution"),
]


@pytest.mark.parametrize(("text", "sub_event"), ACLED)
def test_acled_sub_event_type(text, sub_event):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type == sub_event


@pytest.mark.parametrize(("text", "kind"), EXTRA)
def test_kinds_outside_acled(text, kind):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type is None
    assert kind in events[0].actions


# Phenomena beyond the clearest wording of each type (written for these tests, not from a benchmark):
# strikes told by the aircraft that made them, suicide attacks without the word, lethal force at a
# protest, mobs named with their place, territory taken from a named place or without a fight, ...
PHRASINGS = [
    ("Russian jets carried out several raids on villages south of Idlib on Sunday.", "Air/drone strike"),
    ("A Turkish drone hit a car carrying two PKK commanders near Sinjar.", "Air/drone strike"),
    ("The US military said it conducted a strike against ISIS fighters near Raqqa, killing four.", "Air/drone strike"),
    ("A militant drove a truck packed with explosives into an army base near Gao, killing three soldiers.", "Suicide bomb"),
    ("An attacker on a motorbike loaded with explosives rammed a police checkpoint in Mogadishu.", "Suicide bomb"),
    ("Two men on a motorcycle hurled an explosive at a bar in Bujumbura, wounding four.", "Grenade"),
    ("Police shot dead a teacher taking part in a protest over fuel prices in Conakry.", "Excessive force against protesters"),
    ("Riot police fired tear gas canisters at demonstrators in Basra, killing one man.", "Excessive force against protesters"),
    ("Troops fired on anti-government marchers in Khartoum.", "Excessive force against protesters"),
    ("Residents of Kasese (Rwenzori) beat a suspected thief to death on Monday.", "Mob violence"),
    ("Members of two communities clashed with sticks and machetes near Jos.", "Mob violence"),
    ("Party workers attacked journalists at their sit-in outside the press club.", "Violent demonstration"),
    ("Police arrested 20 people who had gathered in the square to commemorate the massacre.", "Protest with intervention"),
    ("Police cleared demonstrators blocking the highway near Lima and detained six.", "Protest with intervention"),
    ("Opposition supporters walked in procession to the election commission to hand over a petition.", "Peaceful protest"),
    ("Relatives of the disappeared gathered outside the court calling for answers about those abducted in 2009.", "Peaceful protest"),
    ("Rebel fighters captured Kalehe (South Kivu) after two days of fighting with the army.", "Non-state actor overtakes territory"),
    ("The army reoccupied the village of Tin-Akoff, which jihadists had held for a month.", "Government regains territory"),
    ("Militants took over the district headquarters without a fight after police fled.", "Non-violent transfer of territory"),
    ("The militia moved into a base near Bunia that had been abandoned by UN troops.", "Non-violent transfer of territory"),
    ("UN peacekeepers handed over their camp in Kidal (Kidal region) to the Malian army.", "Non-violent transfer of territory"),
    ("The insurgent group named a former spokesman as its new leader after the death of its founder.", "Change to group/activity"),
    ("Two jihadist factions merged into a single group in northern Mali.", "Change to group/activity"),
    ("The militia installed a new position on a hill overlooking the road to Beni.", "Headquarters or base established"),
    ("The rebels occupied a school and turned it into their headquarters.", "Headquarters or base established"),
    ("Air defences shot down five drones over Kharkiv overnight.", "Disrupted weapons use"),
    ("Soldiers intercepted a car carrying 40 kg of explosives at a checkpoint and arrested two men.", "Disrupted weapons use"),
    ("Investigators found a mass grave containing 20 bodies near Izium.", "Other"),
    ("Army officers staged a coup in Niamey and suspended the constitution.", "Other"),
    ("The two sides signed a long-awaited permanent cessation of hostilities agreement in Nairobi.", "Agreement"),
    ("Gunmen shot dead a retired police officer at his home in Peshawar.", "Attack"),
    ("Gunmen shot dead a police officer at a checkpoint in Peshawar.", "Armed clash"),
]

PHRASINGS_EXTRA = [
    ("The Islamic State said its fighters had carried out the bombing of a church in Jolo.", "attribution"),
    ("The government said the rebel group was responsible for the ambush on the convoy.", "attribution"),
    ("Police dismantled a methamphetamine lab in Sinaloa and arrested three men.", "organised_crime"),
    ("Customs officers seized two million captagon pills at the port of Latakia.", "organised_crime"),
    ("Police broke up an extortion racket targeting bus operators in Nairobi.", "organised_crime"),
    ("The Kenyan president began a state visit to Uganda.", "diplomatic"),
    ("A tailings dam at a copper mine gave way on Tuesday, burying a village under mud.", "man_made_disaster"),
]


@pytest.mark.parametrize(("text", "sub_event"), PHRASINGS)
def test_acled_sub_event_type_phrasings(text, sub_event):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type == sub_event


@pytest.mark.parametrize(("text", "kind"), PHRASINGS_EXTRA)
def test_kinds_outside_acled_phrasings(text, kind):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type is None
    assert events[0].actions[0] == kind


@pytest.mark.parametrize(("text", "not_sub_event"), [
    ("Police arrested the suspect without resistance at his home in Lahore.", "Non-violent transfer of territory"),
    ("Workers launched a strike over unpaid wages in Karachi.", "Air/drone strike"),
    ("The protesters split into two groups after the rally.", "Change to group/activity"),
])
def test_phrasings_that_stay_out(text, not_sub_event):
    events = extract(text).events
    assert all(e.acled_sub_event_type != not_sub_event for e in events)
