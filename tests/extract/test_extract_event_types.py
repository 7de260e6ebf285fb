"""ACLED sub-event types (and CASE-2021's extra kinds) of one-line reports: the cue lexicon's coverage.

Hand-written one-liners, not taken from any benchmark; each asserts the first incident's type by
the cue rules (the rule stages alone: in event notes the pipeline may retype an incident with the
event-type head, tested in test_extract_heads.py), or for the kinds outside ACLED the action the
incident carries.
"""

import pytest

from ctwatch.extract.pipeline import extract_rules


def extract(text: str):
    """The rule stages' reading of ``text``."""
    return extract_rules([text])[0]

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


@pytest.mark.parametrize(("text", "not_sub_event"), [
    ("Police arrested the suspect without resistance at his home in Lahore.", "Non-violent transfer of territory"),
    ("Workers launched a strike over unpaid wages in Karachi.", "Air/drone strike"),
    ("The protesters split into two groups after the rally.", "Change to group/activity"),
])
def test_phrasings_that_stay_out(text, not_sub_event):
    events = extract(text).events
    assert all(e.acled_sub_event_type != not_sub_event for e in events)


# Round two (written for these tests, not from a benchmark): month names that read as cues, mines and
# heavy guns named by kind, aircraft that drop bombs, bomb makers' own blasts, lethal force at a protest
# told of one demonstrator, popular justice, striking workers who riot, protests pushed back, places
# "seized back" or "gained", abductions "to an unknown location", "stormed" decided by who was hit, ...
ROUND_TWO = [
    ("During the May Day rally in Istanbul, police detained dozens of marchers.", "Protest with intervention"),
    ("Shells containing an irritant were fired at trenches near Avdiivka, medics said.", "Chemical weapon"),
    ("Two men strapped with explosives blew themselves up at a checkpoint in Maiduguri.", "Suicide bomb"),
    ("Army helicopters dropped bombs on a market in Sagaing, killing 11.", "Air/drone strike"),
    ("Government howitzers pounded rebel positions outside Taiz overnight.", "Shelling/artillery/missile attack"),
    ("Troops fired heavy guns into a village near Hpakant, killing a woman.", "Shelling/artillery/missile attack"),
    ("A herder was killed when he stepped on an anti-personnel mine near Kidal.", "Remote explosive/landmine/IED"),
    ("Youths threw petrol bombs at a police station in Derry.", "Violent demonstration"),
    ("Two militants died when a bomb they were assembling exploded prematurely in Kandahar.", "Disrupted weapons use"),
    ("Soldiers found an IED on the road to Gao and destroyed it in a controlled detonation.", "Disrupted weapons use"),
    ("Air defences intercepted a drone launched by rebels towards Riyadh.", "Disrupted weapons use"),
    ("Soldiers opened fire on a crowd of peaceful protesters in Bamako, killing four.", "Excessive force against protesters"),
    ("Police beat a protester to death during a march in Harare.", "Excessive force against protesters"),
    ("A demonstrator was hit by a live round at a rally in Lima and died.", "Excessive force against protesters"),
    ("Traders set upon a suspected thief at a market in Onitsha and beat him to death.", "Mob violence"),
    ("Residents of a village near Kakamega in western Kenya burned a woman accused of witchcraft.", "Mob violence"),
    ("Striking dock workers set fire to a customs office in Mombasa.", "Violent demonstration"),
    ("Police detained scores of participants in an unauthorised march in Moscow.", "Protest with intervention"),
    ("Students protesting against fee rises were pushed back by police at the university gates.", "Protest with intervention"),
    ("Police chased away traders who were protesting outside the city hall.", "Protest with intervention"),
    ("Police charged at protesters with batons in Lagos.", "Protest with intervention"),
    ("The government and the rebels agreed on a roadmap for disarmament.", "Agreement"),
    ("Government troops backed by allied militias and air support seized back the market town of Kerawa from the insurgents.",
     "Government regains territory"),
    ("The army declared the town back under state control after a week of fighting.", "Government regains territory"),
    ("Rebels gained control of the border town after a battle with troops.", "Non-state actor overtakes territory"),
    ("M23 fighters entered Goma from the north on Monday.", "Non-state actor overtakes territory"),
    ("Armed men took a priest from his parish house to an unknown location.", "Abduction/forced disappearance"),
    ("Three traders were taken away by armed men near Gusau.", "Abduction/forced disappearance"),
    ("Gunmen stormed a wedding in a village near Sokoto and shot dead six guests.", "Attack"),
    ("Militants stormed a police post in Khyber, killing two policemen.", "Armed clash"),
    ("Soldiers beat a farmer to death at a checkpoint near Lashio.", "Attack"),
    ("Unknown people defaced a mural of the president in Harare.", "Looting/property destruction"),
    ("Police took three opposition activists into custody in Minsk.", "Arrests"),
    ("Two journalists were taken in for questioning in Baku.", "Arrests"),
    ("Fifteen rebels turned themselves in to the army in Beni.", "Change to group/activity"),
    ("A wanted Maoist commander gave himself up to police in Ranchi.", "Change to group/activity"),
    ("Soldiers detained the president and said he had been removed from power.", "Other"),
    ("Rebels set up an encampment in the hills above Butembo.", "Headquarters or base established"),
    ("UN forces transferred the Kidal camp to the Malian army.", "Non-violent transfer of territory"),
    ("The militia appointed a new chief of staff after its leader died.", "Change to group/activity"),
    ("Farmers rallied outside the parliament in Nairobi against maize imports.", "Peaceful protest"),
    ("Hundreds of dock workers downed tools in Durban over pay.", "Peaceful protest"),
    ("Hundreds of families left their villages near Djibo, fearing the advance of the rebels.", "Other"),
]

ROUND_TWO_EXTRA = [
    ("Kenyan and Ethiopian officials held a second round of border talks in Moyale.", "diplomatic"),
    ("The Turkish president received his Iraqi counterpart in Ankara.", "diplomatic"),
    ("Mount Merapi erupted on Sunday, forcing villagers to flee.", "natural_disaster"),
    ("Failed rains have left two million people short of food in Somalia.", "natural_disaster"),
    ("A tunnel at a jade mine caved in, trapping 30 miners.", "man_made_disaster"),
    ("A fuel tanker crashed on a highway near Kano and exploded, killing nine people.", "man_made_disaster"),
    ("Police arrested twelve gang members accused of extorting shopkeepers in Tegucigalpa.", "organised_crime"),
    ("Police captured four members of the Camorra in Naples.", "organised_crime"),
]


@pytest.mark.parametrize(("text", "sub_event"), [
    ("On 3 March 2022, gunmen shot dead a shopkeeper in Quetta.", "Attack"),  # the month is no march
    ("The Azadi March reached Islamabad on Friday.", "Peaceful protest"),  # a named march still is
    ("A remote-controlled explosion killed two soldiers in Bannu.", "Remote explosive/landmine/IED"),
    ("Rebels and the government held peace talks in Doha.", "Agreement"),
])
def test_round_two_wordings_that_keep_their_type(text, sub_event):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type == sub_event
    if sub_event == "Attack":
        assert events[0].actions == ["armed_assault"]  # no protest action from the month


def test_undisclosed_location_alone_is_no_abduction():
    events = extract("The group's spokesman spoke to reporters from an undisclosed location.").events
    assert all(e.acled_sub_event_type != "Abduction/forced disappearance" for e in events)


# Round three (written for these tests, not from a benchmark): ACLED note conventions (state actors
# "Military Forces of X (2019-)", "Rioters (X)", actor names cut at a colon), agent nouns that are no
# attack ("attackers vandalised"), assault rifles, demining and arms depots, strikes that kill, suicide
# bombers who "set off" their vest, releases and prison breaks, graves exhumed, mediated truces, ...
ROUND_THREE = [
    ("On 2 June 2022, Rioters (Kenya) beat a man accused of stealing a goat near Kisii (Kisii, Nyamira). No fatalities reported.",
     "Mob violence"),
    ("An elderly woman was stoned by an angry crowd in Kasai after being accused of witchcraft.", "Mob violence"),
    ("Residents of a small hamlet on the outskirts of the city of Cochabamba lynched two suspected robbers.", "Mob violence"),
    ("Rioters (Senegal) looted shops and torched a bank in Dakar (Dakar, Dakar) during protests.", "Violent demonstration"),
    ("On 4 April 2023, Military Forces of Chad (2021-) and allied militiamen re-entered Bardai (Tibesti, Tibesti). [3 fatalities]",
     "Government regains territory"),
    ("Government troops dislodged Al-Shabaab militants from three villages near Jowhar.", "Government regains territory"),
    ("Soldiers cleared the remaining Boko Haram fighters from the islands of Lake Chad.", "Government regains territory"),
    ("Rebel forces captured several hilltop positions overlooking the highway after a night of fighting.",
     "Non-state actor overtakes territory"),
    ("Gang members took over the neighbourhood of Bel Air after a gun battle with police.", "Non-state actor overtakes territory"),
    ("On 6 July 2024, JNIM: Group for Support of Islam and Muslims fighters attacked a gendarmerie post in Dori (Seno, Sahel).",
     "Armed clash"),
    ("Gunmen held three engineers captive for a week in the Niger Delta.", "Abduction/forced disappearance"),
    ("Bandits seized a group of farmers working their fields near Birnin Gwari.", "Abduction/forced disappearance"),
    ("Kidnappers marched the pupils into the forest after storming the school at night.", "Abduction/forced disappearance"),
    ("Two rival militias battled for control of a bridge in Tripoli overnight.", "Armed clash"),
    ("Troops repelled a rebel assault on the garrison of Kamituga on Sunday.", "Armed clash"),
    ("An Israeli strike killed three militants in a car near Jenin.", "Air/drone strike"),
    ("Russian forces hit an energy facility near Kharkiv with loitering munitions overnight.", "Air/drone strike"),
    ("A drone operated by the Houthis' air force hit a fuel depot in Jizan.", "Air/drone strike"),
    ("A bomber walked into a wedding hall in Kunduz and set off his vest, killing 12.", "Suicide bomb"),
    ("Rockets filled with chlorine were fired at a hospital in Douma.", "Chemical weapon"),
    ("Army grenades filled with a choking gas were dropped on trenches near Bakhmut.", "Chemical weapon"),
    ("Army engineers cleared 25 landmines from farmland outside Kharkiv.", "Disrupted weapons use"),
    ("Police recovered two assault rifles and ammunition from a house in Srinagar.", "Disrupted weapons use"),
    ("Troops found and destroyed a rebel ammunition depot in the Nuba hills.", "Disrupted weapons use"),
    ("Soldiers recovered hand-made pipe bombs and wires from a hideout in Marawi.", "Disrupted weapons use"),
    ("Air defences downed 15 of the 20 missiles fired at Kyiv overnight.", "Disrupted weapons use"),
    ("Police opened fire on workers protesting over unpaid wages in Dhaka, killing two.", "Excessive force against protesters"),
    ("Soldiers cleared the square, shooting and beating protesters; dozens died.", "Excessive force against protesters"),
    ("Students demonstrating against the curfew smashed shop windows in Kaduna.", "Violent demonstration"),
    ("Police arrested 30 people at a banned gathering in Minsk on Sunday.", "Protest with intervention"),
    ("Police detained dozens of teachers taking part in a strike march in Tehran.", "Protest with intervention"),
    ("Police pushed back climate activists trying to block a bridge in London.", "Protest with intervention"),
    ("Relatives of missing students held up portraits of their sons outside the prosecutor's office.", "Peaceful protest"),
    ("Unknown attackers vandalised a Catholic church in Kerala, breaking statues.", "Looting/property destruction"),
    ("On 5 May 2021, Unidentified Armed Group (Mozambique) burned four buses near Pemba (Pemba, Cabo Delgado). No fatalities reported.",
     "Looting/property destruction"),
    ("Church leaders mediated a truce between two clans in Jonglei after weeks of killings.", "Agreement"),
    ("The two sides agreed to swap 300 prisoners after talks in Geneva.", "Agreement"),
    ("The rebels freed two foreign nurses in exchange for six of their commanders held by the government.", "Agreement"),
    ("Five hostages held by Abu Sayyaf were freed on Jolo island, officials said.", "Other"),
    ("Fourteen fishermen kidnapped off the coast regained their freedom on Monday.", "Other"),
    ("Dozens of inmates escaped from the prison in Butembo overnight.", "Other"),
    ("The junta released some 2,000 prisoners under an amnesty in Mandalay.", "Other"),
    ("Investigators began exhuming bodies from a mass grave outside Bucha where civilians had been killed.", "Other"),
    ("Taliban fighters took control of the district after elders negotiated the surrender of the police.",
     "Non-violent transfer of territory"),
    ("Rebels moved into the town after the army evacuated its remaining positions there.", "Non-violent transfer of territory"),
    ("A group of ADF commanders and their fighters defected to the Islamic State in Ituri.", "Change to group/activity"),
    ("A faction of the movement announced it was breaking away from the leadership.", "Change to group/activity"),
    ("Three brigades placed their fighters under the command of the defence ministry.", "Change to group/activity"),
    ("The party's armed wing named its deputy as the new secretary-general on Monday.", "Change to group/activity"),
    ("Militants have established a new hideout in the Sambisa forest, residents said.", "Headquarters or base established"),
]

ROUND_THREE_EXTRA = [
    ("The Islamic State said that its fighters were behind Friday's bombing of a church in Kampala.", "attribution"),
    ("On 2 May 2023, ISWAP claimed, through its Amaq news agency, the attack on a military base in Borno.", "attribution"),
    ("The interior minister attributed the blast at the market to the PKK.", "attribution"),
    ("Police said rival gangsters had orchestrated the killing of a rapper in Cali.", "attribution"),
    ("A tornado tore through three villages in Sylhet, flattening homes.", "natural_disaster"),
    ("A petrol tanker exploded after colliding with a bus near Onitsha.", "man_made_disaster"),
    ("Police dismantled a migrant-smuggling network in Agadez, arresting five people.", "organised_crime"),
    ("Troops destroyed illegal refineries in the creeks of Bayelsa.", "organised_crime"),
    ("Egypt and Turkey issued a joint statement on Libya after a meeting in Cairo.", "diplomatic"),
    ("Oman and Bahrain restored diplomatic relations on Monday.", "diplomatic"),
    ("The Kenyan president was received by President Museveni in Entebbe.", "diplomatic"),
]


KEEP_ROUND_THREE = [
    ("Workers launched a strike at the port of Durban on Monday.", "Peaceful protest"),  # a labour strike
    ("Gunmen shot dead a trader in Maiduguri.", "Attack"),  # "gunmen" is no cue, "shot dead" still is
    ("Attackers killed four villagers near Beni.", "Attack"),
    ("Militants kidnapped two engineers, who were later released.", "Abduction/forced disappearance"),
    ("Militants killed ten villagers and buried them in a mass grave near Djugu.", "Attack"),
]


def test_acled_actor_name_with_a_colon_stays_in_one_sentence():
    # the splitter cuts "JNIM:" off its full name; the cue runs across the cut
    text = ("On 9 June 2022, Military Forces of Burkina Faso (2022-) dislodged JNIM: Group for Support of Islam and "
            "Muslims fighters from two villages near Djibo (Djibo, Soum). [4 fatalities]")
    events = extract(text).events
    assert events and events[0].acled_sub_event_type == "Government regains territory"


def test_forces_that_repel_an_attack_are_not_its_perpetrator():
    events = extract("Soldiers repelled an attack on their post near Tillaberi, killing four assailants.").events
    assert events and events[0].acled_sub_event_type == "Armed clash"
    assert events[0].perpetrator is not None and events[0].perpetrator.acled_inter != 1


# every round's wordings (and the round-three wordings that must keep their type), one test each
@pytest.mark.parametrize(("text", "sub_event"), PHRASINGS + ROUND_TWO + ROUND_THREE + KEEP_ROUND_THREE)
def test_acled_sub_event_type_wordings(text, sub_event):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type == sub_event


@pytest.mark.parametrize(("text", "kind"), PHRASINGS_EXTRA + ROUND_TWO_EXTRA + ROUND_THREE_EXTRA)
def test_kinds_outside_acled_wordings(text, kind):
    events = extract(text).events
    assert events, text
    assert events[0].acled_sub_event_type is None
    assert events[0].actions[0] == kind
