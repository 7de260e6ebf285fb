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
