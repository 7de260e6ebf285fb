"""Incident mentions: which sentences report a specific incident, and how to code it.

A sentence reports an incident when it carries an incident cue (``data/event_rules.yaml``) and is
not a general, habitual or hypothetical statement ("IS-KP has carried out sectarian attacks" is a
profile, not an incident). Consecutive incident sentences describe one incident until a boundary
("Separately, ...", "In another incident") or a different date starts the next. Each incident is
typed by the precedence of its cues, refined by who was hit (ACLED: an attack on security forces is
an Armed clash, on civilians an Attack), and given a perpetrator, a place, a date and counts by the
stages that specialise in those (passed in as ``EventContext``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml
from rapidfuzz import fuzz

from ctwatch.clean.repeats import MIN_WORDS as REPEAT_MIN_WORDS, NEAR_DUPLICATE_SCORE, normalise

from .model import GENERIC_STATE, PROTESTERS, RIOTERS, UNIDENTIFIED, ActorMention, Casualties, Count, EventMention, PlaceMention, Span
from .actors import COUNTRY_WORDS, OUTLAWS, is_spokesman, lookup_alias
from .nlp import actors_by_id
from .numbers import (CAME_AFTER, FORCES_RANKS, HEADLINE, WORDNUM, KHAWARIJ, TALLY_CLAUSE_END, TALLY_OPENING, TALLY_PERIOD, find_casualties, find_count,
                      parse_number)
from .places import SCENE_BEFORE, incident_location, is_background, name_key, office_pattern
from .dates import day_named
from .taxonomy import acled_sub_events

RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "event_rules.yaml"

ACLED_EVENT_TYPE = {name: row["event_type"] for name, row in acled_sub_events().items()}
ARMED_GROUP_INTER = {2, 3, 4}  # ACLED: rebel groups, political militias, identity militias
SHORT_REPORT_SENTENCES = 12
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# Actions carried out by the state: their actor is the security forces unless another is named.
DEVICE_CATEGORIES = {"suicide", "grenade", "shelling", "explosive"}
STATE_CATEGORIES = {"arrest", "seizure", "defused", "surrender"}
# (not "after an explosion", which may be the accident's own: "a fuel tanker caught fire after an explosion")
_AFTER_VIOLENCE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:after|following)\s+(?:an?\s+|the\s+)?"
                             r"(?:attack|firing|ambush|bombing)\b(?!\s+of\s+celebratory|\s+in\s+the\s+air)", re.I)
_FIREFIGHTING = re.compile(r"\b(?:fire\s+(?:tenders?|engines?|brigades?|fighters?)|put\s+out|extinguish\w*|doused?)\b", re.I)
_CRASH_OR_FIRE = re.compile(r"fire|collided|collision|plunged|overturned|crash|fell into", re.I)
DISASTER_CATEGORIES = {"industrial_accident", "man_made_disaster", "natural_disaster"}
# ACLED's actor1 for a demonstration that names no organiser
CROWD_ACTORS = {
    "Peaceful protest": (PROTESTERS, "protesters", 6),
    "Protest with intervention": (PROTESTERS, "protesters", 6),
    "Violent demonstration": (RIOTERS, "rioters", 5),
    "Mob violence": (RIOTERS, "rioters", 5),
}
# a crowd answering an incident already told: "against the killing", "Following the attack", "His killing
# sparked" (not "The attack came days after traders held a protest")
_THE_ATTACK = r"(?:his|her|their|the|this|these)\s+(?:[\w-]+\s+)?(?:killings?|murders?|assassination|death|attacks?|incident|" \
              r"blasts?|bombings?|abduction|kidnapping)\b"
_AGAINST_THE_ATTACK = re.compile(rf"\b(?:against|over|condemning|after|following|to (?:protest|condemn|mourn))\s+{_THE_ATTACK}|"
                                 rf"\b{_THE_ATTACK}\s+(?:\w+\s+){{0,2}}?(?:sparked|triggered|prompted|provoked|led to)\b|"
                                 # "the victims' families staged a sit-in ... with the coffins of the miners"
                                 r"\b(?:the\s+)?(?:coffins|bodies|victims'?)\s+of\s+the\b|\bthe\s+victims'|"
                                 # "demanding the safe recovery of their colleague", "demanding the arrest of the killers",
                                 # "demanded their immediate recovery"
                                 r"\bdemand(?:ing|ed)\s+(?:[\w-]+\s+){0,6}?(?:the\s+|their\s+|his\s+|her\s+)?(?:safe\s+|early\s+|immediate\s+)?"
                                 r"(?:recovery|release|arrest)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|alleged|claimed|complained)\b", re.I)
DEMONSTRATION_CATEGORIES = {"protest", "riot", "mob", "protest_force", "protest_intervention"}
# people gathering to demonstrate (not "a mark of protest against", "demanding ransom")
_GATHERING = re.compile(
    r"\b(?:stag(?:ed?|ing)|held|hold|organi[sz]ed|observed|began|started|launched)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies)|"
    r"sit[- ]ins?|dharnas?|vigils?|strikes?)\b|\b(?:protested|demonstrated|rallied|took to the streets|"
    r"blocked\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:road|highway|chowk|chowrangi|square)\s+and\s+(?:[\w-]+\s+){0,3}?)?(?:road|highway|traffic)|"
    r"placed\s+(?:the\s+)?(?:[\w-]+\s+)?(?:body|bodies|coffins?)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?(?:[\w-]+\s+|(?-i:[A-Z][\w-]*\s+){2,3})?(?:road|highway|bypass))\b|\bgathered\s+[^.;]{0,60}?\bto\s+(?:stage\s+(?:an?\s+)?)?(?:protest|demonstrate)\b|"
    r"\bgathered\s+[^.;]{0,80}?\b(?:chant\w*|rais\w*|shout\w*)\s+(?:anti-[\w-]+\s+)?slogans\b|"
    # "gathered outside the Deputy Commissioner's office in Tank city and demanded their immediate recovery"
    r"\bgathered\s+(?:outside|in\s+front\s+of|at|near)\b[^.;]{0,80}?\band\s+(?:demanded|called\s+for)\b|"
    r"\bprotests?\s+(?:erupted|broke out|were held|spread)\b|"
    # "Traders kept their shops closed on the following day in protest"
    r"\b(?:kept|closed|shut)\s+(?:down\s+)?(?:their\s+)?(?:shops|businesses|markets)\b|"
    # "a complete shutter down strike was observed in Turbat" (not "announced ... a shutter down strike")
    r"\b(?:strike|hartal|shutdown)\s+(?:was|were)\s+observed\b", re.I)
VIOLENT_CATEGORIES = {"suicide", "airstrike", "grenade", "shelling", "explosive", "abduction", "clash", "armed_attack", "property"}
# Plural nouns that, with no number, date or determiner, name a kind of violence, not an incident.
GENERIC_PLURALS = {"attacks", "bombings", "blasts", "explosions", "clashes", "killings", "kidnappings", "abductions",
                   "assassinations", "operations", "encounters", "arrests", "protests", "ambushes", "strikes", "murders"}
SPECIFIC_DETERMINERS = {"the", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "twin", "both", "several", "multiple", "series"}
_PRESENT_PERFECT_PROFILE = re.compile(r"\b(has|have)\s+(?:\w+\s+){0,2}?(carried out|conducted|launched|staged|claimed|mounted|perpetrated)\b")
_ONE_INCIDENT = re.compile(r"\s+(?:the\s+)?(?:responsibility\s+for\s+)?(?:a|an|the|this|that|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:attack|bombing|blast|killing|explosion|assault|ambush|abduction|kidnapping)\b(?!s)")
_FIREARMS = re.compile(r"\b((?<!heavy )guns?|gunfire|gunmen|firing|opened fire|fired at(?! least)|fired on|shot|bullets?|rifles?|kalashnikov|"
                       r"small[- ]arms|(?<!armed with )light (?:weapons|arms)|automatic weapons|machine[- ]?guns?)\b")
# "three rockets were fired at the airport": what was fired at it were no firearms
# ("The Pakistan Army responded effectively to the Indian firing": the shelling told before, answered)
_PROJECTILES_FIRED = re.compile(r"\b(?:rockets?|shells?|mortars?|missiles?|projectiles?)\s+(?:were\s+|was\s+|had\s+been\s+)?fired\s+(?:at|on)\b|"
                                r"\b(?:responded|retaliated|reacted)\s+(?:[\w-]+\s+){0,2}?(?:to|against)\s+the\s+(?:[\w-]+\s+)?firing\b")
# An assault aimed at the forces themselves: their post, convoy or patrol.
# what a civilians' convoy carries ("a convoy of oil tankers", "carrying passengers"): no forces' convoy
_CIVILIAN_LOAD = r"(?:carrying|of|with)\s+(?:[\w-]+\s+)?(?:food|goods|supplies|passengers|relief|aid|pilgrims|trucks|vehicles|civilians|tankers|oil|fuel|containers|lorries|buses|coaches|cargo)\b"
_ATTACK_ON_FORCES = re.compile(r"\b(attack\w*|ambush\w*|stormed|fired (?:at(?! least)|on|upon)|opened fire (?:at|on)|"
                               r"(?:hurled|lobbed|threw|tossed)\s+(?:[\w-]+\s+){0,2}?(?:at|on))\s+(?:on\s+)?(?:a|an|the)?\s*"
                               r"(?!(?:\w+\s+){0,2}?(?:civilian|passenger|wedding|relief|aid|private|refugee|supply|goods|construction|labou?r|medical|polio)s?\b)"
                               r"(?:(?!under\b|within\b|in\b|near\b|limits\b)\w+\s+){0,3}?(check\s*-?posts?|checkpoints?|(?:out)?posts?|bunkers?|pickets?|"
                               r"convoys?(?!\s+" + _CIVILIAN_LOAD + r")|"
                               r"patrol\w*|camps?(?!\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|contractors?|labou?rers|workers|refugees|idps|pilgrims))|"
                               r"police station|thanas?|chowkis?|"
                               r"policem[ae]n|soldiers|troops|personnel|security forces|sfs|vehicle of (?:the )?(?:police|fc|army)|"
                               r"(?:police|ctd|fc|army|military|levies|rangers)\s+(?:vehicles?|vans?|mobile\s+vans?|jeeps?|trucks?))\b")
# "at a labour camp ... the assailants stormed the camp", "a convoy of oil tankers ... opened fire on the convoy": the
# camp or convoy attacked is the civilians' one named before
# "a day after the bombing", "in the wake of the attack": violence that dates what is told, not what was done
_TIME_AFTER_BEFORE = re.compile(r"\b(?:(?:(?:a|one|two|three|four|five|six|\d+|several|a\s+few)\s+)?(?:days?|hours?|weeks?|months?)\s+"
                                r"after|in\s+the\s+wake\s+of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_RECOVERY = re.compile(r"\b(?:recovered|found|seized|unearthed)\b")
_CIVILIAN_CAMP = re.compile(r"\b(?:labou?r(?:ers'?)?|workers'?|miners'?|mining|construction|relief|refugee|idps?|medical|polio|health)\s+camps?\b|"
                            r"\bcamps?\s+(?:at|near)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:construction|project|work|mining|drilling)\s+sites?\b")
_CIVILIAN_CONVOY = re.compile(r"\bconvoys?\s+" + _CIVILIAN_LOAD)


def _attacks_on_forces(lowered: str) -> list[re.Match]:
    """Attacks on the forces' posts, convoys or men the text tells, less those only planned ("planning an attack on
    a check post")."""
    return [m for m in _ATTACK_ON_FORCES.finditer(lowered) if not _PLANNED_BEFORE.search(lowered, max(0, m.start() - 60), m.start())]


def _civilian_camp_only(group_text: str) -> bool:
    """Every attack on "forces" the text tells is on a camp (or a convoy), and the text names a civilian one."""
    return any(named.search(group_text) and all(m.group(2).startswith(kind) for m in _attacks_on_forces(group_text))
               for named, kind in ((_CIVILIAN_CAMP, "camp"), (_CIVILIAN_CONVOY, "convoy")))


# Members of an armed group or militia are no civilians to ACLED: killing them is a clash.
_ARMED_VICTIMS = re.compile(r"\b(?:(?:members?|volunteers?|leaders?|commanders?|tribesmen|men)\s+(?:of|from)\s+(?:a|an|the)?\s*"
                            r"(?:[\w-]+\s+){0,3}?(?:peace committee|aman committee|militia|lashkar|village defence committee)s?"
                            r"|(?:pro-?\s?government|peace committee|aman lashkar|taliban|militant|militia)\s+(?:[\w-]+\s+)?"
                            r"(?:members?|commanders?|volunteers?|tribesmen|militiamen))\b")
# (not a place named for them: "near his home in Soldier Bazaar")
_FORCES_VICTIM = re.compile(
    r"\b(?:(?:officials?|officers?|personnel|members?|men)\s+of\s+(?:the\s+)?(?:fc|frontier corps|levies|rangers|khass?adars?|"
    r"police|army|ctd|counter terrorism department)\b|policem[ae]n|(?:head\s+)?constables?|superintendents?\s+of\s+police|(?:s|as|ds|ss)ps?|shos?|(?:sub-)?inspectors?|asis?|"
    r"soldiers?(?!\s+(?:bazaa?r|road|colony|town|market|chowk|square)\b)|sepoys?|troopers?|jawans?|(?:fc|frontier corps|levies|rangers|khass?adars?|ctd|police|army|elite force)"
    r"(?:\s+\(\w+\))?\s+(?:officials?|officers?|personnel|men|constables?|troopers?|sepoys?|soldiers?))\b", re.I)
# ... named as those hit: after the killing verb, or before "were killed"
_KILLING_BEFORE = re.compile(r"\b(?:killed|shot dead|gunned down|murdered|beheaded|shot|injured|wounded|targeted)\s+(?:[\w-]+\s+){0,6}$")
_KILLED_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?(?:killed|shot dead|gunned down|murdered|martyred|beheaded|injured|wounded)\b")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|ex\s|retired)\s+(?:[\w-]+\s+){0,2}$")
# Former, retired or off-duty members of the forces are civilians to ACLED (an attack on them is an Attack).
# captives put to death, not a fight: ACLED codes the killing of the captured as violence against civilians,
# soldiers and policemen too ("Militants beheaded two policemen", "executed the abducted soldiers")
_EXECUTED = re.compile(r"(?<!which )(?<!who )(?<!who had )(?<!that )\b(?:beheaded|decapitated|slit\s+the\s+throats?\s+of|executed\s+"
                       r"(?:(?:the|two|three|four|five|six|\d+|abducted|kidnapped|captured|captive)\s+){0,2}(?:captives?|hostages?|"
                       r"policem[ae]n|soldiers|personnel|levies|men))\b", re.I)
_FORMER_FORCES = re.compile(r"\b(?:former|retired|ex-|ex\s|off[- ]duty)\s*(?:[\w-]+\s+){0,2}?(?:soldiers?|policem[ae]n|police officers?|officers?|troopers?|servicem[ae]n|constables?|"
                            + FORCES_RANKS + r"|captains?|majors?)\b")
# A protest whose words lead to the violence it is about ("protested against the killing of",
# "gathered ... holding photographs of relatives who went missing").
_PROTEST_OBJECT = re.compile(r"\b(?:against|over|about|condemn\w*|denounc\w*|demand\w*|call(?:ing|ed)? for|justice for|relatives|families|mourn\w*|anniversary|photographs|portraits|pictures)\b")
# "TTP militants were shot dead": the group's own men named among those hit
# "<group> (LeT) militants were killed", "<group>) militant was shot" (an acronym mention closes its bracket)
_GROUP_MEN_HIT = re.compile(r"\)?(?:\s*\(\w+\))?\s+(?:(?:militants?|terrorists?|cadres?|fighters?|insurgents?)\s+)?(?:were|was)\s+"
                            r"(?:also\s+)?(?:killed|injured|wounded|shot)")
# "bodies were found by Security Forces", "taken to hospital by Police": the forces came after, they did not
# act (a device "recovered by" them is their own recovery)
_FOUND_BY = re.compile(r"\b(?:found|discovered|identified|handed over|(?:taken|shifted|rushed)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?hospital)\s+"
                       r"(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:\w+\s+){0,3}$")
# a boundary word that opens a retelling of the same incident, not another incident
_RETOLD = re.compile(r"^\W*(?i:earlier|later)\s*,?\s+(?:the\s+|a\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:had\s+)?(?:reported|said|quoted|claimed|put)\b")
_LATER = re.compile(r"^\W*later\b", re.I)
_GUNFIRE = re.compile(r"fire|gun|shoot|firefight")
_CONTINUED = re.compile(r"\b(?:continued|continuing|went on|raged on)\b", re.I)
_FREED = re.compile(r"\b(?:recovered|rescued|freed|released|set\s+free|recovery|rescue)\b")
_FROM_ACROSS = re.compile(r"\b(?:fired|lobbed|came)\s+from\s+across\s+the\s+(?:[\w-]+\s+){0,2}?(loc|line\s+of\s+control|border|working\s+boundary)\b", re.I)
# ... told as another incident, or by shooters of its own
# ("In a separate IBO", "In another attack": any act)
_ANOTHER_OPENS = re.compile(r"\W*(?:in\s+(?:another|a\s+separate|a\s+different)\s+[\w-]+|separately|meanwhile|elsewhere)\b", re.I)
_OWN_SHOOTERS = re.compile(r"\b(?:militants|terrorists|gunmen|miscreants|insurgents|attackers|khwarij|khawarij)\b", re.I)
_ANOTHER_STRIKE = re.compile(r"\banother\s+(?:[\w-]+\s+)?(?:drone|strike|air\s*strike|missile|jet)s?\b", re.I)
_ANOTHER_BLAST = re.compile(r"\banother\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bomb|device|cracker|grenade|ied|mine)\s+(?:[\w-]+\s+)?"
                            r"(?:went\s+off|exploded|detonated|blew\s+up|was\s+(?:hurled|thrown|lobbed))\b", re.I)
_AT_A_LOCALITY = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)")
_THE_SAME_ATTACKERS = re.compile(r"\b(?:the|same|they)\s+(?:gunmen|attackers|assailants|militants|terrorists|miscreants)\b|^\W*\w+(?:\s+\w+){0,4},\s+they\b", re.I)
# "in Shahrag town of the same district", "on Mission Road in the same city": a locality of the district the incident
# told before was in
_OF_THE_SAME_DISTRICT = re.compile(r"(?:\s+[a-z]+)?\s*,?\s+(?:in|of|under)\s+the\s+same\s+(?:district|agency|city|town|tehsil)\b",
                                   re.I)
# "In the same valley, a girls school ... was damaged": a sentence opening on the place of the one before
_IN_THE_SAME_PLACE = re.compile(r"^\W*(?:in|at)\s+the\s+same\s+(?:valley|area|district|town|village|tehsil|city|agency)\b", re.I)
def _names_that_attack_only(sentence: str, offset: int, cues: list[_Cue]) -> bool:
    """"Three policemen were killed in that attack": the toll of the attack a verdict is about, named back (not a
    sentence with an attack of its own: "gunmen attacked the prison van ...; two policemen were killed in that assault")."""
    that = _THAT_ATTACK.search(sentence)
    return that is not None and all(_HIT_VERB.fullmatch(c.text) or that.start() <= c.start - offset < that.end() for c in cues)


# "Three policemen were killed in that attack": the case's attack named back
_THAT_ATTACK = re.compile(r"\b(?:in|during)\s+that\s+(?:attack|blast|bombing|incident|ambush|assault)\b", re.I)
_LATE_THAT = re.compile(r"^\W*(?:late|early)\s+(?:on\s+|in\s+)?(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)\b", re.I)
_AT_THE_SAME_TIME = re.compile(r"^\W*(?:around|at|about|nearly|almost)\s+the\s+same\s+time\b", re.I)
_SAME_TIME = re.compile(r"^\W*(?:on\s+)?the\s+same\s+(?:day|night|evening|morning|afternoon)\b", re.I)
# ... told of the same attackers or the same attack
_BACK_TO_IT = re.compile(r"^\W*(?:on\s+)?the\s+same\s+\w+\s*,?\s+(?:they|he|she|the\s+(?:[\w-]+\s+)?(?:attackers|militants|assailants|"
                         r"gunmen|terrorists|bomber|station|post|check\s?post|convoy))\b|"
                         r"\b(?:injured|wounded|hurt)\s+in\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|explosion|firing|incident|bombing)\b", re.I)
# "Two low intensity blasts ... at Havaid and Miran Akundkhel. ... The second blast ripped through an auto shop at
# Miran Akundkhel": the second of two, told at a place of its own, is an incident of its own
_TWO_OF_THEM = re.compile(r"\b(?:two|twin|2)\s+(?:[\w-]+\s+){0,2}?(?:blasts|explosions|bombings|bomb attacks|attacks)\b", re.I)
_BOTH_TOLD = re.compile(r"\bboth\s+(?:the\s+)?(?:incidents|attacks|blasts|explosions|shootings|ambushes)\b", re.I)
_BOTH_ATTACKS = re.compile(r"\b(?:both|the\s+two)\s+(?:the\s+)?(?:attacks|blasts|bombings|explosions|incidents)\b", re.I)
_BOTH_DEVICES = re.compile(r"\b(?:both|the\s+two)\s+(?:the\s+)?(?:devices|bombs|ieds)\b", re.I)
_OF_BOTH = re.compile(r"\b(?:the\s+(?:twin\s+|two\s+)?(?:blasts|explosions|bombings|attacks)|both)\b", re.I)
_THE_SECOND = re.compile(r"^\W*(?:(?:the\s+)?(?:second|other)|another)\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bomb|device|attack|vehicle|bus)\b", re.I)
# words that tie an arrest to an incident; "Later, ..." also needs "after the killing", not any "after the"
# ("recovered a pistol and the motorcycle allegedly used in the attack")
_TIED = r"in connection with|involved in|behind the|responsible for|used in the (?:[\w-]+ )?(?:attack|killing|murder|blast|bombing)|" \
        r"(?:facilitators?|handlers?|abettors?)" \
        r"(?:\s+(?:of|for)\s+the\s+(?:suicide\s+)?(?:bombers?|attackers?|attacks?|killers?|assailants|killing|blast|bombing))?(?!\s+(?:of|for)\b)"
_TIED_LATER = re.compile(rf"\b(?:{_TIED}|suspects?\s+in\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:killings?|attacks?|murders?|blasts?|bombings?|incident)|(?:after|following|over) the "
                         r"(?:[\w'’-]+\s+){0,3}?(?:killings?|attacks?|blasts?|murders?|incidents?|explosions?|shootings?|"
                         r"bombings?|assassinations?))\b", re.I)
_PAST_DEEDS = (r"\b(?:involved in|involvement in|confess(?:ed|ing)\s+to|wanted in|wanted for|accused of|charged with|booked for|nabbed for|"
               r"link(?:ed)?\s+(?:them|him|her)\s+(?:to|with)|(?:were|was|are|is)\s+(?:not\s+)?(?:directly\s+|allegedly\s+)?linked\s+(?:to|with)|in connection with|"
               r"arrested for|responsible for|planners? of|masterminds? (?:of|behind)|"
               r"expertise in|training|trained|recruit(?:ed|ing|er of))"
               r"\s+(?:(?!(?:was|were)\b)[\w-]+[\s,]+){0,8}?")
_PAST_DEEDS_BEFORE = re.compile(_PAST_DEEDS + "$", re.I)  # just before a cue
# what someone is accused of, told alone ("The TTP was accused of blowing up dozens of schools"): no incident
_ACCUSED_OF_BEFORE = re.compile(r"\b(?:accused\s+of|charged\s+with|booked\s+for|wanted\s+(?:for|in))\s+(?:(?!(?:was|were)\b)[\w-]+[\s,]+){0,8}?$", re.I)
_ANY_PAST_DEEDS = re.compile(_PAST_DEEDS, re.I)  # anywhere in a sentence
# the force's name is part of a building's: "Regi Police Station", "Police Lines", "FC Headquarters"
_FACILITY_NAMED_AFTER = re.compile(r"\s+(?:stations?|posts?|(?:check\s*-?posts?|pickets?)(?!\s+(?:personnel|staff|men|officials|guards)\b)|lines|chowki|"
                                   r"thana|headquarters|hq|academy|training\s+(?:centre|center|school))\b", re.I)
# what the arrested men had done before: "also stole ... after killing him", "had carried out", "were involved in"
_PAST_MARKER = re.compile(r"\b(?:also|had|earlier|previously|involved|wanted|after\s+\w+ing)\b", re.I)
# a claim of the incident just told: "claimed responsibility for the attack", "... for it"
# (lower-case words only between: "for the Quetta blast" names another incident)
_CLAIM_OF_THE_ATTACK = re.compile(r"\b(?i:responsibility\s+(?:of|for)|claim(?:ed|s))\s+(?:it|this|(?:that\s+|the\s+(?:[a-z-]+\s+){0,2}?)(?:attacks?|blasts?|bombings?|"
                                  r"explosions?|killings?|incidents?|assaults?|murders?|ambush))\b"
                                  r"(?!\s+(?:on|at)\b|\s+in\s+(?!(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:message|statement|post|video|e-?mail|call)))")
# a sentence about the men arrested: "The arrested militants were involved in ...", "The detained suspects killed ...",
# "CTD officials said the arrested militants ... were involved in"
_DEEDS_TOLD = re.compile(r"\b(?:had\s+(?:\w+\s+)?(?:confessed|been\s+involved|provided|planted|carried\s+out|killed|attacked|"
                         r"facilitated|sheltered|hurled|thrown|detonated|abducted|kidnapped)|"
                         # ("In that attack, two men on a motorcycle had hurled a grenade": the past deed told)
                         r"in\s+that\s+(?:attack|incident|blast|bombing)|wanted\s+(?:in|for)|(?:had\s+)?no\s+(?:link|links|connection|role)\s+(?:to|with|in)|involvement|confessed|facilitat\w+|last\s+(?:month|week|year)|between\s+\d{4}|"
                         # ("a motorcycle used in the killings were recovered from their possession")
                         r"used\s+in\s+the\s+(?:[\w-]+\s+)?(?:killings?|attacks?|murders?|blasts?|crimes?))\b", re.I)
# what goes on after a record named without a verb ("wanted in 12 cases and was injured when ...", "had no link to
# the attack, but a third man fled after firing at the police") is told of the arrest itself
_CLAUSE_OF_ITS_OWN = re.compile(r",?\s+(?:but|and\s+(?:was|were|then|later))\b|;", re.I)


def _end_of_the_deeds(deeds: re.Match, sentence_end: int) -> int:
    """Where the arrested men's past, told from `deeds` on, ends: a verb in the pluperfect ("had hurled") tells
    the rest of its sentence; a record ("wanted in", "no link to") only its clause."""
    if deeds.group(0).lower().startswith("had ") and "link" not in deeds.group(0).lower():
        return sentence_end
    boundary = _CLAUSE_OF_ITS_OWN.search(deeds.string, deeds.end(), sentence_end)
    return boundary.start() if boundary else sentence_end


_ARRESTED_SUBJECT = re.compile(r"\W*(?:(?:[\w()-]+\s+){1,5}?(?:said|told\s+reporters|added)\s+(?:that\s+)?)?(?:the|these|those|both)\s+(?:(?:two|three|four|five|six)\s+)?(?:arrested|detained|apprehended|"
                               r"nabbed|held|captured)\s+(?:[\w-]+\s+)?(?:men|persons|people|militants|terrorists|suspects|accused|"
                               r"criminals|culprits|individuals|youths)\b", re.I)
# a sentence that refers back to the incident told before it: "His son was also injured in the attack"
_THE_ACT = r"the (?:attacks?|incidents?|blasts?|explosions?|firing|shootings?|killings?)"
_REFERS_BACK = re.compile(rf"\b(?:also|{_THE_ACT})\b", re.I)
_BETWEEN_THE_SIDES = re.compile(r"\bbetween\s+the\s+(?:two|rival|warring|feuding)\s+(?:sides|tribes|groups|clans|factions|parties)\b", re.I)
# "the bullet riddled body of a Levies sepoy, who had been abducted ...": a captive put to death
_BODY_OF_A_CAPTIVE = re.compile(r"\bbod(?:y|ies)\s+of\s+[^.;]{0,80}?\b(?:who|whom)\s+(?:had\s+been|was|were|militants\s+had)\s+"
                                r"(?:abducted|kidnapped|picked\s+up|taken\s+away)\b", re.I)
# "ambushed a group of militants": fighters, not civilians, were ambushed
_AMBUSHED_FIGHTERS = re.compile(r"\bambush\w*\s+(?:an?\s+(?:group|party|band|convoy|vehicle)\s+of\s+|the\s+)?(?:[\w-]+\s+)?"
                                r"(?:militants|terrorists|insurgents|fighters|khwarij|khawarij|taliban)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the firing stopped": an act named again
# "ambushed a vehicle of the Counter Terrorism Department", "a polio team's security escort": the forces
_AMBUSHED_FORCES = re.compile(r"\bambush\w*\s+(?:[\w'’-]+\s+){0,4}?(?:police|ctd|counter\s+terrorism|fc|frontier|levies|army|military|"
                              r"security|rangers|escort|convoy|patrol|soldiers|troops|personnel)\b", re.I)
# the act told only to say who someone is: "militants involved in the attack", "those behind the blast"
_DOERS_OF_THE_ACT = re.compile(rf"\b(?:involved\s+in|responsible\s+for|behind|wanted\s+(?:for|in)|linked\s+(?:to|with))\s+{_THE_ACT}\b", re.I)
_NAMES_THE_ACT = re.compile(rf"\b{_THE_ACT}\b", re.I)
# "A constable was injured in the encounter" points back; "Three soldiers were killed in the encounter with
# militants in Zhob" names a place of its own and is another incident
_THE_FIGHT = re.compile(r"\bthe (?:encounters?|clash(?:es)?|ambush|gunfight|exchange of fire)\b", re.I)
_HIT_WORDS = re.compile(r"\b(?:killed|shot dead|gunned down|succumbed|injured|wounded|abducted|kidnapped|found dead)\b", re.I)
# "Security personnel were on routine patrolling when they were attacked": the forces were attacked
_WERE_ATTACKED_AFTER = re.compile(r"[^.;]{0,90}?\b(?:were|was|came)\s+(?:\w+\s+){0,2}?(?:attacked|ambushed|targeted|"
                                  r"fired (?:up)?on|under (?:attack|fire))\b", re.I)
# "the team came under fire when it raided a compound", "during a raid": fired on in the forces' own operation
_IN_THEIR_RAID = re.compile(r"\s+(?:(?:when|as|while|after)\s+(?:it|they|the\s+[\w-]+|personnel)\s+(?:had\s+)?(?:\w+ly\s+)?"
                            r"(?:raided|surrounded|cordoned|stormed|signalled|tried\s+to\s+(?:arrest|stop))|"
                            r"during\s+(?:an?|the|a\s+search)\s+(?:[\w-]+\s+)?(?:raid|operation|search))\b", re.I)
_VICTIM_AFTER = re.compile(r"[^.;]{0,40}?\b(?:were|was)\s+(?:also\s+)?(?:killed|injured|wounded|martyred|shot)")
# "Police said", "police sources", "police officials told": the police as the source of a report
_SOURCE_MENTION = re.compile(r"\b(?:police|officials?|sources?)\s+(?:said|say|says|told|added|sources|officials|spokesm[ae]n|confirmed|claimed)\b")
_MILITANT_VICTIMS = re.compile(r"\b(militants?|terrorists?|insurgents?|maoists?|cadres?|" + KHAWARIJ + r")\s+(?:[\w()-]+\s+){0,5}?(?:were|was)\s+(?:shot\s+dead|killed|gunned down|neutrali[sz]ed)")
# "X, a breakaway faction of Y, claimed ...", "X, a militant group linked with Y, claimed": Y only describes X
# (or one of its members: "the Ittehad ul Mujahideen Pakistan, an alliance that includes the Hafiz Gul Bahadur group")
_PARENT_BEFORE = re.compile(r"\b(?:(?:faction|splinter(?: group)?|offshoot|sub[- ]?(?:network|group)|wing|squad|unit|brigade|branch|front|proxy|"
                            r"chapter)\s+of|(?:group|outfit|organi[sz]ation)\s+(?:linked|affiliated|allied|associated|aligned)\s+(?:with|to)|"
                            r"(?:alliance|coalition|umbrella(?:\s+(?:group|organi[sz]ation))?|conglomerate)\s+(?:that|which)\s+"
                            r"(?:includes|included|comprises|brings\s+together)|(?:alliance|coalition)\s+(?:of|including)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:groups|factions|organi[sz]ations)\s+(?:such\s+as|including|like))\s+(?:the\s+)?"
                            r"(?:(?:banned|outlawed|proscribed|separatist|militant|terrorist)\s+)*$", re.I)
_ENCOUNTER = r"encounters?|gun\s*battles?|gunfights?|shoot-?outs?"
# "killed in an encounter with SFs": the forces' own operation, whoever fired first
_ENCOUNTER_WITH_FORCE = re.compile(rf"\b(?:{_ENCOUNTER})\s+with\s+(?:the\s+)?(?:\w+\s+){{0,3}}?"
                                   r"(?:police|security forces|sfs?|troops|army|fc|frontier corps|rangers|levies|ctd|crpf|bsf|cobra)\b", re.I)
# a sentence whose subject is the forces: "The SFs pounded ...", "Troops later shelled ..."
_FORCES_OPEN = re.compile(r"\W*(?:(?:later|then|subsequently|in response|in retaliation),?\s+)?(?:the\s+)?"
                          r"(?:security forces|sfs?|troops|army|soldiers|forces|frontier corps|fc|artillery)\b"
                          r"(?!\s+(?:officials?|spokesm[ae]n|spokesperson|sources|said|says|told|added))", re.I)  # ("FC officials said")
# ... "Security forces later shelled suspected hideouts" (not "Frontier Corps (FC) officials said the shelling began")
_FORCES_SHELLED = re.compile(r"\W*(?:(?:later|then|subsequently|in response|in retaliation),?\s+)?(?:the\s+)?(?:security forces|sfs?|troops|"
                             r"army|soldiers|forces|frontier corps|fc|artillery)(?:\s+\([^)]{1,10}\))?\s+(?:(?:later|also|then)\s+)?"
                             r"(?:shelled|pounded|bombarded|targeted|fired)\b", re.I)
_KILLED_IN_OPERATION = re.compile(r"\b(?:killed|shot dead|gunned down|died)\s+(?:\w+\s+){0,3}?(?:in|during)\s+(?:an?|the)\s+"
                                  r"(?:intelligence[- ]based|search|combing|security|military|targeted|joint)\s+operation\b", re.I)
# "the paramilitary force raided a house on a tip off ... The suspects opened fire on the raiding party": the forces' raid
_THEIR_RAID = re.compile(r"\b(?:raiding\s+(?:party|team|force)|(?:force|police|policemen|personnel|troops|team|officials)\s+raided)\b", re.I)
_ENCOUNTER_NAMED = re.compile(r"\bencounters?\b", re.I)  # SATP's word for the forces' own gunfight
_ENCOUNTER_WITH = re.compile(rf"\b(?:{_ENCOUNTER}|exchanges? of fire)\s+with\s+(?:the\s+)?(?:\w+\s+){{0,3}}$", re.I)
# the words between a group's name and its attack: "Lashkar-e-Islam (LI) and TTP militants stormed"
_ATTACKERS_VERB = re.compile(r"(?:\s*\(\w+\))?(?:\s+(?:and|the|e|i|ul|al|militants?|terrorists?|fighters?|cadres?|[A-Z][\w-]*|\(\w+\)))*"
                             r"\s+(?:attack(?:ed|s)?|storm(?:ed|s)?|ambush(?:ed|es)?|raid(?:ed|s)?|(?P<fired>open(?:ed)? fired?|opened firing|fired (?:at|on|upon))|"
                             r"(?:tried|attempted)\s+to\s+(?:capture|seize|storm|overrun|take\s+over))\b")
# An arrest or seizure that belongs to the incident before it: tied in words, or pointing back at its
# participants or scene ("the other two attackers were arrested", "recovered from their possession").
_A_CASE_FOR_ANOTHER = re.compile(r"\b(?:registered|lodged)\s+(?:a\s+|an\s+)?(?:case|fir)\b[^.;]{0,80}?\bfor\s+(?!(?:the|this|that)\s+(?:attack|blast|killing|murder|incident)|questioning|interrogation|investigation)", re.I)
# (or the case the police registered over it: "Police registered a case ... and later arrested a suspect")
# ("A case was registered against unknown persons and police said they had detained a local man for questioning")
_TIED_TO_INCIDENT = re.compile(rf"\b({_TIED}|after the|following the|(?:registered|lodged)\s+(?:a\s+|an\s+)?(?:cases?|firs?|first\s+information\s+reports?)|"
                               r"(?:cases?|firs?)\s+(?:was|were|has\s+been|had\s+been)\s+(?:registered|lodged)|for\s+questioning)\b", re.I)
_ON_THEIR_PERSON = r"from (?:(?:their|his|her) (?:possession|bod(?:y|ies)|person)|the (?:slain\s+|dead\s+)?bod(?:y|ies))"
_FROM_THEIR_PERSON = re.compile(rf"\b{_ON_THEIR_PERSON}\b", re.I)
_RECOVERED_FROM_THEM = re.compile(r"\b(?:recovered|seized)\s+from\s+(?:them|him|their\s+(?:hideouts?|possession)|the\s+(?:raided\s+)?(?:hideouts?|compound|house)|"
                                  r"the\s+(?:dead|slain|deceased)\b(?!\s+\w)|"
                                  r"the\s+(?:(?:slain|dead|killed|arrested|detained|captured)\s+)?(?:men|militants|terrorists|suspects|attackers|"
                                  r"insurgents|dacoits|criminals|kidnappers|" + KHAWARIJ + r"))\b", re.I)
# "Police also arrested two suspects": more of the same work (not when told in another district: "Police also
# arrested two SRA activists from a house in Sukkur")
_ALSO_DID = re.compile(r"\balso (?:arrested|seized|recovered|apprehended)\b", re.I)
# arrests told of the same village, or of his accomplices: the incident's own when told on no day of their own
_FROM_THE_SAME_PLACE = re.compile(r"\b(?:from|in)\s+the\s+same\s+(?:village|area|locality|neighbou?rhood)\b"
                                  # (or a search of the scene's surroundings: "arrested 23 suspects during a search operation in
                                  # the surrounding localities")
                                  r"|\b(?:during|in)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:search|combing)\s+operation\b"
                                  r"|\bsurrounding\s+(?:areas?|localities|villages|neighbou?rhoods?)\b", re.I)
_ACCOMPLICES = re.compile(r"\b(?:his|their)\s+(?:[\w-]+\s+)?(?:accomplices|associates|aides)\b", re.I)
_POINTS_BACK = re.compile(rf"\b(?:in (?:an )?injured condition|the (?:other|remaining)\b|retaliated|{_ON_THEIR_PERSON}|"
                          + _RECOVERED_FROM_THEM.pattern + "|"
                          # "Security personnel cordoned off the area and detained several suspects for questioning"
                          r"cordoned\s+off\s+the\s+area\b[^.;]{0,60}?\b(?:detained|arrested|took)\b|"
                          # "cases were registered against 40 men of both sides and several of them taken into custody"
                          r"\b(?:of|from)\s+both\s+(?:sides|tribes|groups|parties|clans)\b|"
                          r"the\s+(?:[\w-]+\s+){0,2}?(?:attackers|assailants|culprits|perpetrators|gunmen|bombers|suspects|terrorists|militants|infiltrators|intruders|khawarij|insurgents)\b|"
                          # "The second attacker was overpowered and arrested alive": one of them
                          r"(?:the|a)\s+(?:second|third|fourth|fifth|other|surviving|injured|wounded)\s+(?:attacker|assailant|bomber|militant|terrorist|gunman|suspect)\b|"
                          r"from the (?:site|spot|scene|hideouts?|compound|area)\b(?!\s+of\b)|"
                          # "Troops recovered a large quantity of arms ... in the village": the village just taken
                          r"\bin\s+the\s+(?:village|town|valley|compound)\b(?!\s+of\b)|"
                          # "Weapons and ammunition were recovered in both operations": the ones told
                          r"(?:in|during|from)\s+(?:both|all|each\s+of|the\s+two|the\s+three)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                          r"(?:operations|raids|encounters|incidents|attacks|engagements|actions|places|sites|hideouts))", re.I)
# "Weapons, ammunition and explosives were recovered.": from where the incident was, when the sentence names
# no other place or day
# (or from "a hideout" there, as its teller added: "Weapons and ammunition were seized from a hideout, the spokesman added.")
_RECOVERED_THERE = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:recovered|seized)(?:\s+from\s+(?:an?|the|their)\s+(?:hideouts?|compound|house))?"
                              r"(?:,\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:said|added|stated))?\W*$", re.I)
_OPERATIONS_OR_RAID = re.compile(r"\b(?:raids?|ibos?|search\s+operations?)\b", re.I)
# "A Kalashnikov, two pistols and a suicide vest were found in the car.": from the fighters' own car or house
_FOUND_ON_THE_SIDE = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:recovered|seized|found)(?:\s+(?:in|from)\s+(?:the|their|his)\s+"
                                r"(?:car|vehicle|house|compound|hideout|room|motorcycle|bag))?\W*$", re.I)
# device words that say it went off (or was thrown or fired), not only that it existed
_BOMBERS_SHOT = re.compile(r"suicide (?:bombers?|attackers?)\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot dead|gunned down)|"
                           r"(?:killed|killing|shot dead|gunned down)\s+(?:the|all(?: the)?|both(?: the)?|\d+|two|three|four|five)\s+"
                           r"suicide (?:bombers?|attackers?)")
# the forces fought back (so someone attacked them first)
_FORCES_RETALIATED = re.compile(r"\bretaliatory (?:fire|firing)\b|\b(?:police|policem[ae]n|troops|soldiers|sfs|security forces|forces|"
                                r"fc|levies|rangers)\s+(?:\w+\s+)?(?:retaliated|returned (?:the )?fire)\b")
# ... unless told as not done ("The Levies never returned fire")
_NOT_DONE = re.compile(r"\b(?:never|not|no)\b")
# "fired a rocket at a police picket", "fired mortar shells at a Frontier Corps fort": projectiles aimed at the forces
_PROJECTILES_AT_FORCES = re.compile(r"\b(?:fired|lobbed|launched)\s+(?:[\w-]+\s+){0,3}?(?:rockets?|mortars?|shells?|missiles?|rpgs?)\s+"
                                    r"(?:at|on|towards)\s+(?:a|an|the)?\s*(?:[\w()-]+\s+){0,4}?(?:check\s*-?posts?|posts?|pickets?|forts?|"
                                    r"police\s+stations?|cantonment|headquarters)\b")
_DETONATED = re.compile(r"blast|explo(?:sion|de)|went off|detonat|blew (?:[\w-]+\s+)?up|blown up")
_SHOT_DOWN = re.compile(r"(?:downed|shot down|intercepted|neutrali[sz]ed)\b|(?:drones?|quadcopters?|uavs?|missiles?|rockets?|projectiles?)\s+(?:were|was)\b|"
                        r"(?:fired|opened\s+fire)\b.*\b(?:brought|shot)\s+it\s+down$")
# a vest worn, not set off ("was wearing a suicide vest")
_WORN_BEFORE = re.compile(r"\b(?:wearing|wore|worn|clad\s+in|strapped\s+with|equipped\s+with|donning|had\s+on)\s+"
                          r"(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$", re.I)
_SELF_DETONATION = re.compile(r"blew\s+(?:himself|herself|themselves)\s+up|self[-\s]detonat|(?:set off|detonated|triggered)\s+(?:his|her|their)")
# "the militants opened fire and hurled grenades at the raiding party": thrown, so they went off
_THROWN_BEFORE = re.compile(r"\b(?:hurled|lobbed|threw|tossed|hurling|lobbing|throwing)\s+(?:[\w-]+\s+){0,3}$", re.I)
_GOES_OFF = re.compile(r"blast|explo(?:sion|de)|went off|detonat|blew up|blown up|hurled|lobbed|threw|tossed|fired|shell")
# ("police launched an operation against the Sabzal Dashti gang": theirs too)
_FORCE_OPERATION = re.compile(r"(?:[\s-]+(?:led|team|party|personnel|contingent))?\s+(?:(?:launched|conducted|carried\s+out|began|started)\s+"
                              r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?)?(?:encounter|raid|operation|search operation|IBO)\b", re.I)
# "Indian troops resorted to unprovoked firing", "troops opened fire on the protesters": the force fired
_FIRED_FROM_SIDE = re.compile(r"\b(?:fir(?:e|ing)|shell(?:s|ing)|shots|mortars?|bullets?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$")
_FIRE_WITH = re.compile(r"\b(?:exchange\s+of\s+fire|firing|fire)\s+with\s+(?:the\s+)?$")
# ("Police recovered the teacher unharmed after raiding a hideout": a rescue by raid)
_FORCES_RAIDED = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:[\w-]+\s+)?(?:raided|stormed)|(?:rescued|recovered|freed)\s+(?:[\w-]+\s+){1,4}?"
                            r"(?:after|by|while)\s+(?:raiding|storming))\s+(?:a|an|the|their|his|its)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:hideouts?|compounds?|houses?|dens?|camps?|safe\s*houses?)\b")
# ("Police on Tuesday recovered an official ..., who had been abducted near the Kohat Tunnel, during a raid in Darra")
_FREED_IN_A_RAID = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:on|late|early)\s+[\w-]+\s+)?(?:rescued|recovered|freed)\s+"
                              r"(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms|Engr|Prof)\.){0,160}?\b(?:during|in)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:raid|operation)\b", re.I)
# "Police on May 29 recovered an engineer ..." (told freed "after an encounter with dacoits" in a sentence after)
_FREED_BY_THEM = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:on|late|early)\s+[\w-]+\s+(?:\d{1,2}\s+)?)?(?:rescued|recovered|freed)\s+"
                            r"(?!(?:the\s+)?(?:[\w-]+\s+)?(?:bod(?:y|ies)|weapons|arms|explosives|ammunition)\b)", re.I)
_WITHOUT_AN = re.compile(r"\bwithout\s+(?:an?\s+|any\s+)?$")
_FREED_AFTER_A_FIGHT = re.compile(r"\b(?:freed|recovered|rescued|released)\s+(?:after|in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:encounter|"
                                  r"exchange\s+of\s+fire|gun\s*fight|gun\s*battle|clash|shoot-?out|raid)\b", re.I)
# "Officials blamed Iranian border guards": the force named as the doer
_BLAMED_BEFORE = re.compile(r"\bblamed\s+(?:the\s+)?$", re.I)
# "The raid was conducted without an exchange of fire": a fight denied
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?$", re.I)
# the forces as the subject of a fight "with" the other side
_FOUGHT_WITH_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:personnel|troops|men|officials|teams?|party|contingents?)\s+)?"
                                r"(?:(?:exchanged|traded)\s+(?:heavy\s+)?fire|clashed|had\s+an\s+encounter|engaged\s+in\s+(?:an?\s+)?"
                                r"(?:gun\s*battle|gun\s*fight|exchange\s+of\s+fire|encounter|shoot-?out))\s+with\b", re.I)
# ("Levies personnel recovered a seven year old boy, who had been kidnapped ..., after an encounter with his kidnappers",
# "Police recovered a schoolteacher ... after an encounter with dacoits")
_FREED_IN_A_FIGHT = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:[\w-]+\s+){0,2}?(?:rescued|recovered|freed|secured\s+the\s+release\s+of)\s+"
                               # (a captive, not the body of one killed in some fight: "recovered the body of a sepoy who had been
                               # killed during a clash with militants")
                               r"(?:(?!\b(?:killed|martyred|shot\s+dead|bod(?:y|ies))\b)(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms|Engr|Prof)\.)){0,160}?"
                               r"\b(?:after|in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:encounter|exchange\s+of\s+fire|"
                               r"gun\s*fight|gun\s*battle|shoot-?out|clash)\s+with\s+(?:(?:the|their|his|her)\s+(?:[\w-]+\s+)?"
                               r"(?:kidnappers|abductors|captors)|(?:the\s+)?(?:[\w-]+\s+)?(?:dacoits|bandits|outlaws|militants|terrorists|"
                               r"gang\s+members|criminals))\b", re.I)
_FORCES_FIRED = re.compile(r"(?:\s*\([^)]{1,20}\))?\s*(?:(?!(?:said|says|say|told|claimed|added|that|and)\b)[\w-]+\s+){0,2}?"
                           r"(?:opened\s+(?:[\w-]+\s+)?fire|fired(?!\s+back)|shelled|started\s+(?:firing|shelling)|"
                           r"resorted\s+to\s+(?:[\w-]+\s+){0,2}?(?:firing|shelling|cease-?fire\s+violations?)|"
                           r"violated\s+(?:the\s+)?cease-?fire)\b")
# "Police said that ...", "according to": the force reports the killing; "claimed to have shot" is its own deed
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|claimed(?! to)|confirmed|added|according|that)\b")
# ... but a force telling of its own deed did it: "the Counter Terrorism Department (CTD) said it had killed three"
_SAID_IT_DID = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:said|says|claimed|added|confirmed|stated)\s+(?:that\s+)?"
                          r"(?:it|they|its\s+(?:[\w-]+\s+)?(?:personnel|men|troops|officials|teams?))\s+(?:had\s+|have\s+|has\s+)?"
                          r"(?:[\w-]+\s+)?[\w-]+$", re.I)
# "12 militants killed in air strikes": a headline's passive, the subject was hit
_HEADLINE_PASSIVE = re.compile(r"\s+(?:in|during|by|as|when|after|while)\b")
_HIT_VERB = re.compile(r"killed|injured|wounded|shot dead|arrested|abducted")
_TAKEN_FROM_BEFORE = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|taken\s+away|arrested|detained|seized)\b[^.;]{0,80}?\bfrom\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_HIT_BEFORE = re.compile(r"\b(?:attack\w*|ambush\w*|target\w*|on|at|against|kill(?:ing|ed)|injur(?:ing|ed)|wound(?:ing|ed))\s+"
                         r"(?:of\s+)?(?:(?:a|an|the|two|three|four|five|six|several|\d+)\s+)?$", re.I)
_AIMED_AT_BEFORE = re.compile(r"\b(?:attack\w*|ambush\w*|target\w*|near|on|at|against)\s+(?:a|an|the)?\s*$", re.I)
_MILITANT_OBJECT = re.compile(r"\s+(?:at least\s+|as many as\s+|some\s+|over\s+)?(?:[\w()-]+\s+){0,6}?(?:militants?|terrorists?|insurgents?|"
                              r"snipers?|fighters?|rebels?|maoists?|cadres?|commanders?|attackers?|gunmen|assailants|suspects?|outlaws?|"
                              r"dacoits?|gangs?|gangsters?|criminals?|robbers?|kidnappers?|extortionists?|" + KHAWARIJ + r")\b", re.I)
_BOMBERS_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:would[-\s]be\s+)?suicide\s+bombers?\b", re.I)
_HABIT_REACH = 80  # characters after the first cue in which "often", "continue to" ... still qualify it
_SPEECH_AFTER = re.compile(r"\b(?:said|says|saying|vowed|vowing|warned|warning|added|adding|told|stated|threatened|threatening)\b")
# A sentence that says it tells another incident than the one before ("In another incident", "Separately"):
# the two are separate however far apart they are told.
_ANOTHER = (r"separately|in (?:a|an|yet)?\s*(?:another|other|separate|similar) (?:[\w-]+ ){0,2}(?:incident|encounter|attack|operation|raid|ibo|"
            r"(?:blast|explosion|bombing|shooting|ambush|clash|engagement|gunfight)(?![^.;]{0,60}?\b(?:(?:moments|minutes|seconds|an hour) later|"
            r"at the same (?:spot|site|place|gate|location|venue|depot))\b))"
            r"|in (?:a|the) (?:second|third|fourth|fifth) (?:[\w-]+ ){0,2}(?:incident|encounter|attack|operation|raid)")
_ORDINAL_INCIDENT = re.compile(r"^\W*in (?:a|the) (?:second|third|fourth|fifth)\b", re.I)
# someone just told, named again as the subject: "The worker was killed in Mamund tehsil of Bajaur District", "He was
# shot ..." (a noun only when the incident's words already named it: see _the_victim_again)
_NAMED_AGAIN = re.compile(r"\W*(?:(?:the|this|these)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+?)(?:e?s)?|he|she|they)\s+(?:was|were|had)\b", re.I)
_ONE_OF_THEM_OPENS = re.compile(r"\W*in\s+(?:one|the\s+first|the\s+other)\s+(?:of\s+the\s+)?(?:incidents?|attacks?|blasts?|cases?)\b", re.I)
_ANOTHER_INCIDENT = re.compile(rf"^\W*(?:{_ANOTHER})\b", re.I)
# a claim that opens another incident ("In another incident, ...", "Separately, ...") stays with it (narrower
# than the rules' incident_boundaries on purpose: "Later, the TTP claimed ..." still claims the incident before)
_OTHER_INCIDENT = re.compile(rf"^\W*(?:{_ANOTHER}|elsewhere|meanwhile)\b", re.I)
_SQUAD_NAME = re.compile(r"bomb disposal|bomb squad")
_SQUAD_SAID = re.compile(r"\b(?:bomb disposal|bomb squad)\s+(?:[\w()-]+\s+){0,3}?(?:said|told|confirmed|added|stated)\b")
_BETWEEN = re.compile(r"\bbetween\b[^.;]{1,120}?\band\b[^.;,]{1,80}", re.I)
# "fighters of Lashkar e Islam (LI) and Ansarul Islam (AI) clashed", "the X group and the rival Y gang traded fire": the
# two sides, as "between X and Y" names them
_BOTH_SIDES_CLASHED = re.compile(r"\b(?:(?:[A-Z][\w-]*|e|i|ul|ud|al)\s+){1,5}(?:\(\w+\)\s+)?(?:(?:gang|group|faction)\s+)?and\s+"
                                 r"(?:(?:the|their)\s+)?(?:rival\s+)?(?:(?:[A-Z][\w-]*|e|i|ul|ud|al)\s+){1,5}"
                                 r"(?:\(\w+\)\s+)?(?:[a-z]+\s+){0,2}?(?:clashed|fought|(?:exchanged|traded)\s+(?:heavy\s+)?fire|"
                                 r"attacked\s+(?:each\s+other|one\s+another))\b")
# "an exchange of fire between the two armies", "fighting between armed tribesmen of the two sides": the pair named before
_THE_TWO_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:the\s+(?:two|rival)|both)\s+"
                            r"(?:sides|armies|forces|groups|tribes|clans|gangs|factions|parties)\b", re.I)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_SEPARATE_INCIDENTS = re.compile(r"\b(two|three|four|five|[2-5]|both)\s+(?:the\s+)?(?:separate\s+|different\s+|similar\s+)?"
                                 r"(?:incidents|attacks|blasts|explosions|shootings|ambushes)\b"
                                 r"|\b(two|three|four|five|[2-5])\s+(?:separate|different)\s+(?:[\w-]+\s+){0,2}?(?:operations|raids|encounters)\b",
                                 re.I)
# a sentence that sums up several incidents: "killed in separate incidents", "in different acts of violence"
_SEVERAL_INCIDENTS = re.compile(r"\bin\s+(?:(?:two|three|four|five|[2-5]|several|various)\s+)?(?:separate|different)\s+"
                                r"(?:incidents|attacks|acts of violence|incidents of violence)\b"
                                r"|\bin\s+(?:two|three|four|five|[2-5]|several|various)\s+(?:separate|different)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:operations|raids|encounters|engagements|clashes|ibos|gun\s*fights|exchanges\s+of\s+fire)\b"
                                r"|\bin\s+(?:[\w-]+\s+){0,2}?(?:attacks|incidents|shootings)\s+in\s+(?:different|various|several)\s+"
                                r"(?:parts|areas|localities)\s+of\b", re.I)
# "Three persons were killed in separate incidents": as many incidents as victims (up to four)
_VICTIMS_IN_SEPARATE = re.compile(r"(?<!including )\b(two|three|four|[2-4])\s+(?:persons|people|men|policemen|workers|civilians)\b"
                                  r"(?:(?!\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;]){0,80}?"
                                  r"\bin\s+(?:separate|different)\s+(?:incidents|attacks|acts of violence)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(the|a|an|these|those|his|her|their|all|two|three|four|five|six)\s+$")
# "planning to attack", "sent to carry out the attack": what someone meant to do
_INTENTION = re.compile(r"\bto\s+$|\b(?:planning|plotting)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$|(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens\s+of)\s+(?:planned|plotted)\s+$|\b(?:would|will|shall|should|must|to)\s+be\s+$|\b(?:sent|tasked|planning|planned|plans?|wanted|intended|intending|preparing|prepared|"
                        r"directed|assigned|ordered|hired|instructed|deputed|about)\s+(?:[\w-]+\s+){0,10}?to\s+"
                        r"(?:carry\s+out|launch|execute|mount|commit)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
# "compensation for the families of policemen killed in terrorist attacks": a class of victims, no incident
_VICTIMS_AS_A_CLASS = re.compile(r"\b(?:families|heirs|relatives|dependents|dependants|children|widows|orphans)\s+of\s+(?:all\s+)?"
                                 r"(?:policem[ae]n|soldiers|personnel|people|persons|civilians|victims|those|martyrs|journalists|"
                                 r"workers|teachers|lawyers)\s+(?:who\s+(?:were|have\s+been|had\s+been)\s+)?(?:killed|martyred|injured|"
                                 r"wounded|died)\s+(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:attacks|incidents|violence|blasts|bombings|"
                                 r"operations|acts\s+of\s+terror\w*|terrorism|the\s+line\s+of\s+duty)\b")
# "Police shot dead a would-be suicide bomber": the bombing was stopped (a bomb that went off is told as such)
# the people of a protest ("to deter the protesters"): who was deterred, not an event that was
_CROWD_NOUN = re.compile(r"protesters|protestors|demonstrators|marchers")
# ("a suspected suicide bomber was shot dead by police": stopped as a would-be one is)
_WOULD_BE = re.compile(r"\b(?:would[-\s]be|suspected)\s+(?:suicide\s+)?$")
_AMONG_THE_ARRESTED = re.compile(r"\b(?:arrested|apprehended|detained|nabbed|captured|held)\b[^.;]{0,80}?\bincluding\s+(?:a|an|the|one|two|three)\s+"
                                 r"(?:would[-\s]be|suspected)\s+(?:suicide\s+)?$")
_STOPPED = re.compile(r"\b(?:shot\s+dead|shot|killed|arrested|captured|nabbed|apprehended|intercepted|overpowered|detained|"
                      r"gunned\s+down)\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:teenage\s+|young\s+|female\s+|suspected\s+|alleged\s+)?would[-\s]be\b|\b(?:would[-\s]be|suspected)\s+(?:suicide\s+)?bombers?\s+"
                      r"(?:was|were)\s+(?:\w+\s+)?(?:shot|killed|arrested|captured|nabbed|apprehended|intercepted|overpowered|detained)\b")
# a bomb and then gunfire, "opened fire on a police mobile van": at the forces (not "opened fire in the air", "on a
# nearby shop", "on passengers of a bus")
_OPENED_FIRE = re.compile(r"opened\s+fire|fired\s+(?:at|on|upon)")
_ON_THE_FORCES = re.compile(r"\s+(?:(?:at|on|upon)\s+)?(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:police|policem[ae]n|fc|levies|"
                            r"army|military|security|soldiers|troops|personnel|rangers|convoy|check\s*-?posts?|posts?|patrol)\b", re.I)
_SUICIDE_BOMBER = re.compile(r"\bsuicide\s+(?:bombers?|attackers?)\b")
# "Police shot dead a suicide bomber before he could detonate his vest", "when he tried to enter the police lines"
_BOMBER = re.compile(r"(?:suicide\s+)?bombers?")
_WHO_THEN = re.compile(r"\bwho\s+(?:later\s+|then\s+|eventually\s+|finally\s+)?$", re.I)
_ARRESTED_OBJECT_BEFORE = re.compile(r"\b(?:arrested|apprehended|nabbed|detained|captured|rounded\s+up)\s+(?:[\w-]+\s+){0,3}$", re.I)
_BOMBER_STOPPED = re.compile(r"\b(?:shot\s+dead|shot|killed|arrested|captured|overpowered|gunned\s+down)\s+(?:the\s+|a\s+)?suicide\s+"
                             r"bombers?\b[^.;]{0,80}?\b(?:before\s+(?:he|she|they)\s+could|(?:when|as)\s+(?:he|she|they)\s+tried\s+to)\b")
_SET_OFF = re.compile(r"\b(?:blew\s+(?:himself|herself|themselves)\s+up|(?<!to )detonated|managed\s+to\s+(?:detonate|explode|blow)|"
                      r"set\s+off|exploded|blew\s+up|went\s+off|blast|explosion)\b")
# the device of an attack just stopped, named again: "defused the vest", "removed his suicide jacket"
_THE_STOPPED_DEVICE = re.compile(r"\b(?:the|his|their|(?:was|were)\s+wearing\s+(?:an?\s+)?)\s*(?:[\w-]+\s+){0,2}?(?:vests?|jackets?|belts?|"
                                 r"devices?|bombs?|ieds?)\b", re.I)
# "a curfew was imposed to prevent sectarian clashes", "fled to avoid arrest": what was kept from happening
_PREVENTED_BEFORE = re.compile(r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!his life to )"
                               r"(?<!their lives to )\b(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|forestall(?:s|ed|ing)?|"
                               r"deter(?:s|red|ring)?|pre-?empt(?:s|ed|ing)?)\s+"
                               # (not "the suicide attack" one died trying to prevent: a specific one, that came)
                               r"(?:any\s+|further\s+|possible\s+|an?\s+(?!attack|suicide|bomb))?"
                               r"(?:(?!(?:was|were|is|are|been|had|has|have|after|when|while|but|the)\b)[\w-]+\s+){0,2}?$|"
                               r"\bavoid(?:s|ed|ing)?\s+(?:any\s+|further\s+|possible\s+|an?\s+)?$")  # "to avoid any clash" (not "to avoid the shelling, which killed three")
# "trying to prevent a suicide bomber from entering the mosque": the bomber came, and was not kept away
_FROM_DOING = re.compile(r"[\w-]*\s+from\s+(?!taking\s+place|happening|occurring)\w+ing\b")
_ARREST_OR_RECOVERY = {"arrest", "seizure", "defused"}
_THE_LASHKAR = re.compile(r"\bthe\s+(?:tribal\s+|peace\s+|local\s+)?lashkar\b", re.I)
# a bomb squad named again as "the team": "The team defused the device in the packet"
_THE_SQUAD = re.compile(r"\W*(?:the|a)\s+(?:bomb\s+disposal\s+)?(?:team|squad|unit|experts)\b", re.I)
_NONE_BEFORE = re.compile(r"\b(?:no|without(?:\s+any)?)\s+$")
# "were paid for every killing", "announced a bounty of Rs 1 million for each policeman killed": a kind of act, priced
_EVERY_BEFORE = re.compile(r"\bevery\s+$|\b(?:bount(?:y|ies)|rewards?|prizes?|paid|pay|pays|offered|announced)\b[^.;]{0,60}?"
                           r"\bfor\s+(?:every|each)\s+(?:[\w-]+\s+)?$")
# "blocked the highway to protest against": the blocking was the protest (not "planning to protest")
_PROTESTED_BY_DOING = re.compile(r"\b(?:blocked|gathered|assembled|marched|came out|took to the streets|shut|closed|"
                                 r"converged|thronged|staged|held|observed|boycotted|suspended)\b"
                                 # not what they then decided ("held a meeting and decided to protest on Friday")
                                 r"(?:(?!\b(?:decid|resolv|plann?|announc|vow|agree|threaten|warn|call|urg|intend|want|hop|ask|"
                                 r"prepar|would|will)\w*)[^.;]){0,100}?\bto\s+$")
# what the forces did that the crowd's dispersal was the aim of ("fired in the air to disperse the protesters"):
# done, not planned
_ACTED_TO = re.compile(r"\b(?:fired|used|resorted|lobbed|shot|tried|attempted|intervened|moved\s+in|rushed|charged)\b"
                       r"(?:(?!\b(?:plann?|decid|would|will|order|ask|direct|told)\w*)[^.;]){0,60}?\bto\s+$")
_NO_ARREST = re.compile(r"\bno\s+(?:arrests?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:made|reported)|"
                        r"(?:one|body)\s+(?:was|has\s+been|had\s+been)\s+(?:arrested|detained|held))|"
                        r"\bdemand(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,6}?(?:the\s+)?(?:immediate\s+)?arrest\b")
_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:[\w-]+\s+){0,3}$")
_INVOLVED_IN = re.compile(r"\binvolved\s+in\s")
_BODY_AFTER = re.compile(r"\s+(?:dead\s+)?(?:body|bodies|corpses?)\b")
_WHO_WAS_BEFORE = re.compile(r"\bwho\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+|later\s+)?$")
# The months March and May (a date, "in March", "the May Day march") are neither a march nor a modal verb.
_MONTH = re.compile(r"\b(?:March|May)\b")
_MONTH_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?|\b(?:in|on|of|by|to|or|and|the|mid|late|early|last|next|this|from|since|until|till|"
                           r"during|through|between|before|after)|\bmid-)\s*$", re.I)
# "... fighters of JNIM:" at the end of a sentence with lowercase words before it (not a dateline)
_ACRONYM_COLON = re.compile(r"[a-z][^:]*?\s[A-Z][A-Z0-9&-]{1,11}:$")
_NUMBER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?)\b")


@dataclass(frozen=True)
class Category:
    name: str
    pattern: re.Pattern
    sub_event: str | None
    gtd_attack: str | None
    weapon: str | None
    action: str


@dataclass(frozen=True)
class Rules:
    categories: tuple[Category, ...]
    targets: dict[str, re.Pattern]
    gtd_targets: dict[str, re.Pattern]
    habitual: re.Pattern
    hypothetical: re.Pattern
    negated: re.Pattern
    boundary: re.Pattern
    assassination_named: re.Pattern
    office_victim: tuple[re.Pattern, ...]  # see _prominent_victim
    party_role_victim: tuple[re.Pattern, ...]


def _alternation(cues: list[str]) -> re.Pattern:
    """One regex for a list of cues: words and phrases (``*`` = any ending; a hyphen also matches a space, as
    reports that lost their hyphens write "sit in" and "tear gas"), or ``re:`` raw patterns."""
    parts = sorted({c[3:] if c.startswith("re:") else re.escape(c.lower()).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
                    .replace(r"\-", r"[-\s]") for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_FILE) -> Rules:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    categories = tuple(
        Category(name, _alternation(spec["cues"]), spec.get("sub_event"), spec.get("gtd_attack"), spec.get("weapon"), spec["action"])
        for name, spec in data["categories"].items()
    )
    targets = {name: _alternation(words) for name, words in data["targets"].items()}
    not_specific = data["not_specific"]
    gtd_targets = {name: _alternation(words) for name, words in data["gtd_targets"].items()}
    assassination = data["gtd_assassination"]
    return Rules(categories, targets, gtd_targets, _alternation(not_specific["habitual"]), _alternation(not_specific["hypothetical"]),
                 _alternation(not_specific["negated"]), re.compile(r"^\W*(?:" + "|".join(b[3:] if b.startswith("re:") else re.escape(b) for b in data["incident_boundaries"]) + r")\b", re.I),
                 _alternation(assassination["named_as"]), _prominent_victim(_alternation(assassination["office"]).pattern),
                 _prominent_victim(_alternation(assassination["party_role"]).pattern))


def _prominent_victim(role: str) -> tuple[re.Pattern, ...]:
    """Patterns for a prominent role held by the one attacked: after the attack ("shot dead a senior
    commander", "attacked the cavalcade of the minister", "targeting tribal elder") or as the subject of
    its passive ("the Vice Chancellor of the university, identified as X, was shot dead"; "escaped"). They
    run on the sentence as written; ``_apposition_only`` then checks the subject's gap."""
    gap = r"(?:(?!(?:including|among|and|said|by|with|who|which|that)\b)(?![\w'()-]*ing\b)[\w'()-]+,?\s+){0,6}?"
    after = re.compile(r"\b(?:shot(?:\s+dead)?|gunned\s+down|killed|murdered|assassinated|attacked|targeting|targeted|ambushed|"
                       r"opened\s+fire\s+(?:at|on)|fired\s+(?:at|on|upon)|attacks?\s+on|"
                       r"(?:car|vehicle|convoy|cavalcade|motorcade)\s+of)\s+" + gap + f"(?P<role>{role})", re.I)
    subject = re.compile(f"(?P<role>{role})" + r"(?P<gap>[^.;]{0,120}?)\b(?:(?:was|were|has\s+been|had\s+been|got)\s+"
                         r"(?:[\w-]+\s+)?(?:shot|killed|gunned|murdered|assassinated|attacked|injured|wounded|targeted)|succumbed|escaped)\b", re.I)
    return after, subject


# the words an apposition between a role and its verb may hold besides names: "the Vice Chancellor of Balochistan
# University, identified as X (45), was shot dead" (not "X condemned the attack in which ... were killed")
_APPOSITION_WORDS = frozenset("of the a an identified as for e ul i s local senior district provincial former central "
                              "general and his her brother son wife guard guards bodyguard driver also narrowly "
                              "reportedly allegedly critically seriously".split())


def _apposition_only(gap: str) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _APPOSITION_WORDS for w in re.findall(r"[\w'’-]+", gap))


@dataclass
class EventContext:
    """What the events stage borrows from the specialised stages, as functions of a character span."""

    text: str
    actors: list[ActorMention]
    places: list[PlaceMention] = field(default_factory=list)
    published: date | None = None
    locate: Callable[[int, int], tuple[PlaceMention | None, int | None]] = lambda start, end: (None, None)
    dates: Callable[[int, int], list[tuple[Span, date | None, int]]] = lambda start, end: []
    casualties: Callable[[int, int], tuple[Casualties, Casualties]] = lambda start, end: (Casualties(), Casualties())
    count: Callable[[int, int, str], Count | None] = lambda start, end, kind: None
    parties: list[tuple[int, int]] = field(default_factory=list)  # political parties named, as actors or not
    speech: list[tuple[int, int]] = field(default_factory=list)  # the words of direct quotations
    # the sentence tells of the present only: its main verb in the present tense and no verb in the past ("She notes
    # that the BLA targets security forces", "For the families of the four FC men killed near Noshki, the debate is
    # academic"; not "Police say the attackers fled", nor "Ten people have been killed")
    present_only: Callable[[int, int], bool] = lambda start, end: False


@dataclass
class _Cue:
    category: Category
    start: int
    end: int
    text: str


@dataclass
class _Group:
    sentences: list[tuple[int, int]]
    cues: list[_Cue]
    extent: tuple[int, int] = (0, 0)  # the text this incident owns, for counts and place
    separate_set: int | None = None  # see EventMention.separate_set
    # a demonstration told after an attack ("His killing sparked protests"): the violence words of its
    # first sentence are the attack's, not the crowd's
    follows_attack: bool = False
    # sentences after other incidents that claim this one by name ("... claimed the attack on the consulate")
    claims: list[tuple[int, int]] = field(default_factory=list)
    # the first of two blasts when this is "the second blast" told at a place of its own: a claim of both is its too
    twin: "_Group | None" = None
    clause: bool = False  # one of the incidents a told sentence sets apart at "while" (_clauses_elsewhere)
    told_later: bool = False  # the second act of a sentence that tells two (_split_at_a_later_act)
    # the incident told before, when this one came "around the same time" at another place: a claim of this one
    # is that one's too, and where this one was, when its words name no known place, is near that one
    alongside: "_Group | None" = None
    # each sentence's normalised words and the names and numbers it holds, made once (see _retells_a_sentence)
    _told_keys: dict[tuple[int, int], tuple[str, set[str]]] = field(default_factory=dict, repr=False, compare=False)

    def told_keys(self, text: str) -> list[tuple[str, set[str]]]:
        """Each sentence's normalised words and lower-cased names and numbers, for telling a near repeat of it."""
        for span in self.sentences:
            if span not in self._told_keys:
                told = text[span[0]:span[1]]
                self._told_keys[span] = (normalise(told), {n.lower() for n in _NAMES_AND_NUMBERS.findall(told)})
        return [self._told_keys[span] for span in self.sentences]

    @property
    def start(self) -> int:
        return self.sentences[0][0]

    @property
    def end(self) -> int:
        return self.sentences[-1][1]


# the crowd a protest's sentence names: its arrests are the protest's ("detained several of them")
_PROTESTERS_NAMED = re.compile(r"\b(?:protest\w*|demonstrat\w*|marchers|mourners|crowds?|rall(?:y|ies)|sit-?ins?|them|participants|"
                               r"traders|students|lawyers|workers|activists)\b", re.I)
# the one arrested told again by a pronoun: "He was arrested at a checkpoint", "They were held near the border"
_THE_ARRESTED_AGAIN = re.compile(r"\W*(?:he|she|they|both|the\s+(?:suspects?|accused))\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                                 r"(?:arrested|held|detained|apprehended|nabbed|caught|intercepted)\b", re.I)
# a sentence with no incident cue that tells the forces' operation, and the fight told next as that operation's
_OPERATION_TOLD = re.compile(r"\b(?:conducted|launched|carried\s+out|began|started|mounted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:operation|ibo|raid|search)\b", re.I)
_A_YEAR_OR_CAMPAIGN = re.compile(r"\b(?:19|20)\d\d\b|\bOperation\s+[A-Z]")
_IN_THE_OPERATION = re.compile(r"\W*(?:during|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:exchange\s+of\s+fire|operation|ibo|raid|encounter|"
                               r"gun\s*fight|fire\s*fight|clash|shoot-?out)\b", re.I)
# an attack a sentence tells of its own ("militants attacked a police post ..., and a constable was martyred in the
# ensuing exchange of fire": not the fight of an operation told before)
_OWN_ATTACK = re.compile(r"\b(?:attacked|ambushed|stormed|raided|opened\s+fire|fired\s+(?:at|on))\b", re.I)
# ("A wanted dacoit ... was killed in the ensuing exchange of fire": the fight the operation told before led to)
_THE_ENSUING_FIGHT = re.compile(r"\b(?:in|during)\s+the\s+(?:ensuing|subsequent|resulting)\s+(?:exchange\s+of\s+fire|encounter|"
                                r"gun\s*fight|fire\s*fight|clash|shoot-?out|gun\s*battle)\b", re.I)
# "was killed by Indian firing", "injured by Afghan shelling": the fire of that country's forces
_BY_A_COUNTRYS_FIRE = re.compile(r"\bby\s+(?:unprovoked\s+|cross-border\s+)?(Indian|Afghan|Iranian)\s+(?:troops'?\s+|forces'?\s+|sniper\s+)?"
                                 r"(?:firing|fire|shelling|mortar\s+(?:fire|shelling))\b", re.I)
# "who had been kidnapped for ransom from Hayatabad in Peshawar": whence a captive was taken, to the clause's end
_HAD_BEEN_TAKEN_FROM = re.compile(r"\b(?:who|whom)\s+had\s+been\s+(?:kidnapped|abducted|taken\s+away|picked\s+up)\b[^,.;]{0,60}?"
                                  r"\b(?:from|near|in|at)\s+[^,.;]{1,80}", re.I)
# where the act was ("fired at a police mobile van in the same area"; not "two brothers from the same village", "in the
# same area where a team was attacked last year")
_IN_THE_SAME_AREA = re.compile(r"\b(?:in|at|near)\s+the\s+same\s+(?:area|village|locality|town|spot|vicinity|place)\b(?!\s*,?\s+where\b)", re.I)
# "In another incident in the city": the city told before
_IN_THE_CITY = re.compile(r"\b(?:in|of)\s+the\s+(?:same\s+)?city\b", re.I)
# the arrest's own people or raid ("Also, one of the suspects was injured when he opened fire on the raiding team")
_THE_ARRESTED_OR_RAID = re.compile(r"\b(?:the\s+(?:arrested|detained|suspects?|accused|raiding\s+(?:team|party)|raid)|during\s+the\s+(?:raid|operation)|"
                                  r"one\s+of\s+the\s+(?:suspects|arrested|accused))\b", re.I)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (from the full stop before ``start`` to the one after ``end``) that holds text[start:end]."""
    after = text.find(". ", end)
    return text.rfind(". ", 0, start) + 1, len(text) if after < 0 else after


def _captive_taken_from(text: str, start: int, end: int) -> re.Match | None:
    """Whence a captive the text tells freed was taken (_HAD_BEEN_TAKEN_FROM in a sentence that tells him recovered,
    freed or released; not "demanded the release of a commander who had been picked up from Kohlu")."""
    for taken in _HAD_BEEN_TAKEN_FROM.finditer(text, start, end):
        if _FREED_VERB.search(text, *_sentence_around(text, taken.start(), taken.end())):
            return taken
    return None


_FREED_VERB = re.compile(r"\b(?:recovered|rescued|freed|released|set\s+free)\b", re.I)
_ALSO_OPENS = re.compile(r"\W*also\s*,", re.I)
_ALSO_WORD = re.compile(r"\balso\b", re.I)
# a sentence about someone or something told before: "The labourers were ...", "He was ...", "This was ..."
_TELLS_BACK = re.compile(r"\W*(?:the|he|she|they|it|this|these|those|his|her|their|its)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+|also\s+|earlier\s+)?[a-z]+(?:ed|en|wn|ot|ft|ld)\b", re.I)


# nouns that point back whatever the words before called the one hit ("The deceased was identified as ...", "A policeman
# was shot dead ... The constable was killed in ...")
_ANAPHORIC_NOUNS = {"victim", "deceased", "injured", "wounded", "dead", "worker", "man", "woman", "boy", "girl", "child",
                    "policeman", "constable", "soldier", "official", "officer", "cleric", "leader", "elder", "labourer"}


def _the_victim_again(sentence: str, group: _Group, text: str) -> bool:
    """The sentence opens on someone the incident already told, by a pronoun or by a noun its words used ("A worker
    was shot dead ... The worker was killed in Mamund tehsil"; not "The bus was hit ..." after a story of a check post,
    nor "The police were fired upon ... hours later" after a blast "near a police van")."""
    again = _NAMED_AGAIN.match(sentence)
    if again is None or again["noun"] is None:
        return again is not None
    return not _A_FURTHER_ACT.search(sentence) \
        and (again["noun"].lower() in _ANAPHORIC_NOUNS or _named_before(again["noun"], text[group.start:group.end]))


def _names_again_what(sentence: str, told: str) -> bool:
    """The sentence's opening subject ("The boy ...", "The workers were ...") is a person the words before named."""
    again = _NAMED_AGAIN.match(sentence)
    return again is not None and again["noun"] is not None and _named_before(again["noun"], told)


def _named_before(noun: str, told: str) -> bool:
    """``told`` names ``noun`` as a person, not as a modifier ("a police van" names no police)."""
    return re.search(rf"\b{re.escape(noun)}(?:e?s)?\b(?=\s*(?:[,.;:)]|$)|\s+(?:was|were|is|are|had|has|have|and|or|who|of|"
                     rf"in|on|at|near|from|with|to|by|while|when|identified|named|aged)\b)", told, re.I) is not None


def _comment_not_news(start: int, end: int, cues: list[_Cue], context: EventContext) -> bool:
    """In a long article, a sentence that would open an incident but is comment: its cues all inside someone's direct
    words, which name no place ("We buried eleven men in one afternoon," said a shopkeeper), or it tells of the present
    only, on no day
    ("Mohmand says the IS-KP habitually recruits from the TTP's disgruntled fringe"), or it tells habits over years."""
    quoted = [(a, b) for a, b in context.speech if any(a <= c.start < b for c in cues)]
    if quoted and all(any(a <= c.start < b for a, b in quoted) for c in cues) \
            and not any(a <= p.span.start < b for a, b in quoted for p in context.places):
        return True  # (not an official's words that tell where: "In Darel, the attackers used explosives at two buildings")
    if context.dates(start, end):
        return False
    return context.present_only(start, end) or _HABITS_OVER_TIME.search(context.text, start, end) is not None


# habits over years and decades: "For most of the past two decades the BLA fought a classic guerrilla war", "Each time the
# trigger has been local", "The bombings that shook Lahore in the early 2010s receded"
_HABITS_OVER_TIME = re.compile(r"\b(?:for\s+years|habitually|each\s+time|every\s+time|whenever|for\s+(?:most\s+of\s+)?(?:the\s+)?"
                               r"(?:(?:past|last)\s+)?(?:(?:two|three|four|five|several|many)\s+)?decades|"
                               r"in\s+the\s+(?:early|mid|late)[\s-]+(?:19|20)\d0s)\b", re.I)


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?$", re.I)


def _the_crowd_again(start: int, cues: list[_Cue], groups: list[_Group], context: EventContext) -> bool:
    """In a long article, a sentence that tells only of the demonstration told before, named again ("The sit-in ended
    on September 13 after a provincial minister visited the camp", "The officer who negotiated with the protesters
    ..."): that one, told on, not another."""
    return any({c.category.name for c in g.cues} & DEMONSTRATION_CATEGORIES for g in groups) \
        and all(c.category.name in DEMONSTRATION_CATEGORIES
                and _DEFINITE_BEFORE.search(context.text, max(start, c.start - 25), c.start) is not None for c in cues)


def _retells_a_sentence(sentence: str, groups: list[_Group], text: str) -> bool:
    """The sentence nearly repeats one of an incident already told (the cleaning stage flags such near copies and keeps
    both, as their wording differs), naming no name, day or number that one does not (not "Two soldiers were killed
    when militants attacked a check post in Razmak on Tuesday" after the same words of Mir Ali on Monday)."""
    key = normalise(sentence)
    if len(key.split()) < REPEAT_MIN_WORDS:
        return False
    if _A_FURTHER_ACT.search(sentence):
        return False  # "Later, militants attacked a check post in Razmak ...": another
    names = {n.lower() for n in _NAMES_AND_NUMBERS.findall(sentence)[1:]}
    return any(fuzz.ratio(key, told) >= NEAR_DUPLICATE_SCORE and names <= told_names
               for group in groups for told, told_names in group.told_keys(text))


_NAMES_AND_NUMBERS = re.compile(r"\b(?:[A-Z][\w-]*|\d[\w.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"dozens?|scores?|several|hundreds?)\b)")


def _tells_it_again(sentence: str, start: int, end: int, categories: set[str], groups: list[_Group], context: EventContext,
                    rules: Rules) -> bool:
    """Paragraphs on in a long article's main story, before any "Separately," or "In another incident,", a sentence
    that tells violence again at no other district and on no day or time of its own: the story's incident, told on
    ("An official of the Bomb Disposal Unit said the bomber had used eight to 10 kilogrammes of explosives", "He said
    the bodies of two attackers were found in the fields near the police station")."""
    return len(groups) == 1 and bool(categories & VIOLENT_CATEGORIES) and not rules.boundary.search(sentence) \
        and not (_ANOTHER_INCIDENT.match(sentence) or _ANOTHER_OPENS.match(sentence) or _ALSO_OPENS.match(sentence)) \
        and not _names_another_district(groups[0], context, start, end) and not context.dates(start, end) \
        and not _A_TIME_OPENS.match(sentence)


# a sentence opening on a time of its own: "At 3am, ...", "Hours after the ambush, ...", "Late that night, ..."
_A_TIME_OPENS = re.compile(r"\W*(?:at\s+(?:about\s+|around\s+)?\d[\w.:]*|(?:hours?|minutes|days?)\s+(?:after|later|before)|later|earlier|late|early|"
                           r"by\s+(?:evening|nightfall|midnight|morning)|in\s+the\s+(?:morning|evening|night|afternoon))\b", re.I)


_BLANK = re.compile(r"\s*")
_A_FULL_STOP = re.compile(r"[.!?][\"'”’]?(?:\s|$)")


def _headline_end(text: str, sentences: list[tuple[int, int]], cues: list[list[_Cue]]) -> int:
    """Where a headline ends: a first line without a full stop, set off by a blank line from a body whose first line
    has one and which tells the headline's violence again ("Suicide bomber kills nine in Peshawar"); 0 where there is
    none (not the first of a list of one-line items, nor a lede the body does not retell)."""
    headline = HEADLINE.match(text)
    if headline is None or len(headline.group().split()) > 20:
        return 0
    gap = _BLANK.match(text, headline.end())
    body_line = text[gap.end():text.find("\n", gap.end()) if "\n" in text[gap.end():] else len(text)]
    if "\n" not in gap.group() or not _A_FULL_STOP.search(body_line):
        return 0
    told = {c.category.name for (start, _), found in zip(sentences, cues) if start < gap.end() for c in found}
    retold = {c.category.name for (start, _), found in zip(sentences, cues) if start >= gap.end() for c in found}
    return gap.end() if told & retold & VIOLENT_CATEGORIES or not told & VIOLENT_CATEGORIES else 0


def find_events(sentences: list[tuple[int, int]], context: EventContext) -> list[EventMention]:
    """Incident mentions in the text, in order. ``sentences`` are (start, end) spans of the text."""
    rules = load_rules()
    sentences, later_acts = _split_at_a_later_act(_join_colon_splits(sentences, context.text), context.text, rules)
    short_report = len(sentences) <= SHORT_REPORT_SENTENCES
    groups: list[_Group] = []
    # Threats and denials of violence ("militants may attack polling stations", "no attack took place")
    # are kept with their status, each on its own: they are not incidents, and never join one.
    unreal: list[tuple[_Group, str]] = []
    last_index = -10
    separate_sets = itertools.count(1)
    background: list[tuple[int, int]] = []  # sentences that tell an earlier incident as background
    background_index = -10  # the last of them
    tally_index = -10  # the last sentence that summed up incidents ("The province recorded 23 militant attacks in March")
    lede_day = _DAY_MONTH.search(context.text)  # the month of the report's first dated incident
    report_month = (lede_day.group(2) or lede_day.group(3)).lower() if lede_day else \
        context.published.strftime("%B").lower() if context.published else None  # (else the month it was published in)
    court_case = False  # the report opens on a verdict: what the case was about is told as its past
    day_opener = None  # a sentence without cues that opens on another day: "Three days later, police raided a hideout."
    all_cues = [sentence_cues(context.text[start:end], start, rules) for start, end in sentences]
    headline_end = _headline_end(context.text, sentences, all_cues)
    for index, (start, end) in enumerate(sentences):
        sentence = context.text[start:end]
        cues = all_cues[index] if end > headline_end else []
        if not cues:
            if not groups and _VERDICT.search(sentence.lower()):
                court_case = True  # "An ATC sentenced two men to death in a terrorism case registered in 2019"
            if _NEXT_DAY.match(sentence):
                day_opener = (index, start, "day")
            elif groups and _ANOTHER_INCIDENT.match(sentence):
                day_opener = (index, start, "another")  # "In a separate incident, the body of a boy was fished out of ..."
            elif _OPERATION_TOLD.search(sentence) and not _A_YEAR_OR_CAMPAIGN.search(sentence):
                day_opener = (index, start, "operation")  # (not "The army launched Operation Zarb-e-Azb in June 2014")
            elif not (day_opener is not None and day_opener[0] == index - 1 and day_opener[2] == "operation"):
                day_opener = None  # (an operation told, then a sentence of gloss: "The ISPR uses the term ... for the TTP")
        elif day_opener is not None and day_opener[2] == "operation" and day_opener[0] >= index - 2 \
                and (_IN_THE_OPERATION.match(sentence) or _THE_ENSUING_FIGHT.search(sentence) and day_opener[0] == index - 1
                     and not _ANOTHER_OPENS.match(sentence) and not _OWN_ATTACK.search(sentence)
                     and not re.match(r"\W*(?:earlier|later|meanwhile)\b", sentence, re.I)):
            # "Security forces conducted an intelligence-based operation in Mamozai area ... During the intense exchange
            # of fire, four khwarij were killed": the operation's fight
            start, sentence = day_opener[1], context.text[day_opener[1]:end]
        elif day_opener is not None and day_opener[2] == "day" and day_opener[0] == index - 1 \
                and not _TELLS_BACK.match(sentence) and not _PLUPERFECT.search(sentence):
            # "... One of the kidnappers was killed in the exchange of fire": told on the day the sentence before opened on
            # (not the incident told again: "The bomb had been planted in a motorcycle", "The labourers were working on
            # a road project when gunmen opened fire on them")
            start, sentence = day_opener[1], context.text[day_opener[1]:end]
        elif day_opener is not None and day_opener[2] == "another" and day_opener[0] == index - 1 \
                and (not _TELLS_BACK.match(sentence) or _names_again_what(sentence, context.text[day_opener[1]:start])):
            # "In a separate incident, the body of a teenage boy was fished out of the river. Police said the boy apparently
            # drowned": the other incident the sentence before opened, not the one before it
            start, sentence = day_opener[1], context.text[day_opener[1]:end]
        if cues:
            day_opener = None
        if cues and groups and _retells_a_sentence(sentence, groups, context.text):
            # a paragraph a second scrape printed again in other words ("... bodies ... were recovered from a nullah
            # near Sewai Banda, officials said" after "... were found in a nullah near Sewai Banda village"): told once
            background.append((start, end))
            continue
        kind = statement_kind(sentence, start, cues, rules) if cues else None
        # a tally's dead are no incident's ("Militants carried out nine attacks during the week, killing 14 people";
        # "The province recorded 23 militant attacks in March", no cue of its own) ...
        if kind == "habitual" and (TALLY_PERIOD.search(sentence) or _sums_up_incidents(sentence)) \
                or not cues and _sums_up_incidents(sentence):
            tally_index = index
            background.append((start, end))
        elif all(_BARE_KILLING.fullmatch(c.text) for c in cues) and not _ALSO_WORD.search(sentence) and tally_index == index - 1 \
                and "\n" not in context.text[sentences[index - 1][1]:start] \
                and not any(start <= p.span.start < end and p.kind != "country" for p in context.places) \
                and not (_DAY_MONTH.search(sentence) or _WEEKDAY.search(sentence.lower()) or _A_DAY_TOLD.search(sentence)):
            # ... nor its toll told after it in its paragraph ("... in March. Twenty-nine people lost their lives")
            tally_index = index
            background.append((start, end))
            continue
        if kind == "habitual" and not groups and _VERDICT.search(sentence.lower()):
            court_case = True  # "An ATC sentenced three militants to death for a bomb attack two years ago"
        elif kind == "specific" and court_case and not groups and (_TOLD_IN_COURT.search(sentence) or _PLUPERFECT.search(sentence)
                                                                   or _names_that_attack_only(sentence, start, cues)) \
                and not (_DAY_MONTH.search(sentence) or _WEEKDAY.search(sentence.lower()) or _A_TIME_OF_ITS_OWN.search(sentence)):
            # ... "The blast had killed nine teachers", "The prosecution told the court that the convicts had also
            # planned an attack, which was foiled when police arrested them": the case's past, not news
            background.append((start, end))
            continue
        if kind in ("hypothetical", "negated") and any(c.category.name in VIOLENT_CATEGORIES for c in cues):
            unreal.append((_Group([(start, end)], cues, (start, end)), kind))
        if kind == "specific" and _told_as_background(sentence, start, cues, context.published, report_month, lead=not groups) \
                and not ({c.category.name for c in cues} & DEMONSTRATION_CATEGORIES and not _RECALLED.search(sentence)
                         and not _OPENS_ON_A_YEAR.match(sentence)):
            # (a protest now about 2009's is one; "Speakers at the sit in recalled that ... had been killed" is its past, and
            # so is "In 2021, a similar allegation led to a mob attack")
            background.append((start, end))
            background_index = index
            continue
        if kind == "specific" and not groups and background_index >= index - 2 \
                and (_REFERS_BACK.search(sentence) or _PLUPERFECT.search(sentence)) and not _ANOTHER_OPENS.match(sentence) \
                and not _HOURS_LATER.match(sentence) and not re.match(r"\W*(?:later|then|meanwhile|subsequently)\b", sentence, re.I) \
                and not any(start <= p.span.start < end and p.kind != "country" for p in context.places) \
                and not (_DAY_MONTH.search(sentence) or _WEEKDAY.search(sentence.lower()) or _A_DAY_TOLD.search(sentence)):
            # "... the families of four policemen who were killed in an attack on the Doaba Police Station in March. The
            # attack had continued for two hours. Three attackers were also killed": that attack told on, still the past
            # (only before any incident: after one, "also" and "the attack" point back at it)
            background.append((start, end))
            background_index = index
            continue
        earlier_clause = _A_CLAUSE_AT_AN_EARLIER_TIME.search(sentence)
        if earlier_clause and (kind == "habitual" and _A_SIMILAR_ONE.search(sentence)
                               or _RECURRING.search(sentence, 0, earlier_clause.start())):
            # "... targeted repeatedly this year; in March, four policemen were injured in a similar blast"; "The area
            # has seen repeated infiltration attempts; in February, four soldiers were martyred"
            background.append((start, end))
        violent = [c for c in cues if c.category.name in VIOLENT_CATEGORIES]
        if kind != "specific" or violent and all(_ACCUSED_OF_BEFORE.search(context.text, max(start, c.start - 60), c.start)
                                                 for c in violent) \
                and all(c in violent or c.category.action == "attribution" for c in cues):
            continue  # (only what someone is "accused of blowing up": no incident)
        if not short_report and all(c.category.sub_event is None for c in cues) and not _NUMBER.search(sentence.lower()) \
                and not (groups and any(c.category.name == "claim" for c in cues)):
            continue  # in a long article, "smuggling routes" with no count or date is background, not an event (a claim
            # after an incident is that incident's)
        categories = {c.category.name for c in cues}
        # In a long article they follow one another (one sentence without a cue may sit between them);
        # a short report is about one incident unless it says otherwise.
        adjacent = short_report or index - last_index <= 2
        # "Later, the TTP claimed responsibility for the blasts": a claim is about the incident before it
        claims_it = (categories <= {"claim", "attribution"} or _claims_the_violence(cues)) and not _OTHER_INCIDENT.match(sentence)
        # ... and, paragraphs later in a long article, "X claimed responsibility for the attack" still is
        # (as a bare claim is, in a story of one incident: "Islamic State's Khorasan branch claimed responsibility through
        # its Amaq news agency", paragraphs after the bombing)
        adjacent = adjacent or (claims_it and (_CLAIM_OF_THE_ATTACK.search(sentence) is not None or len(groups) == 1
                                               and not context.dates(start, end)
                                               and not any(start <= p.span.start < end for p in context.places))) \
            or _tells_it_again(sentence, start, end, categories, groups, context, rules)
        current = groups[-1] if groups and adjacent and start not in later_acts else None
        if claims_it and current is not None:
            # "A second device was later defused ... The BLF claimed responsibility for the bombing": the attack's
            current = _last_attack(groups, context.text) or current
            if current is not groups[-1]:
                current.claims.append((start, end))  # (its claim only: the incidents told in between keep their text)
                current.cues.extend(c for c in cues if c.category.name == "claim")
                last_index = index
                continue
        if "claim" in categories and not _OTHER_INCIDENT.match(sentence) and len(groups) > 1 and _BOTH_DEVICES.search(sentence) \
                and all({c.category.name for c in g.cues} & (DEVICE_CATEGORIES | {"defused"}) for g in groups[-2:]) \
                and any("defused" in {c.category.name for c in g.cues} for g in groups[-2:]):
            # "... later found and defused a second device ... The BLF claimed responsibility for planting both devices":
            # the one that went off and the one stopped
            for group in groups[-2:]:
                group.claims.append((start, end))
                group.cues.extend(c for c in cues if c.category.name == "claim")
            last_index = index
            continue
        named = _attacks_named(sentence, groups, context.text) if claims_it else []
        if named and named != [current]:
            # "claimed responsibility for the attack on the Serai Naurang police station": that one, however
            # far back (its claim only: the incidents told in between keep their text); each one it names
            for group in named:
                group.claims.append((start, end))
                group.cues.extend(c for c in cues if c.category.name == "claim")
            last_index = index
            continue
        last_index = index
        # "Following the blast, troops cordoned off the area and an intense exchange of fire took place with terrorists
        # hiding in a nearby compound": the fight the bombing set off is one of its own (the blast named again is not it)
        after_blast = _AFTER_THE_BLAST.match(sentence) if current is not None and not claims_it else None
        fight_after_blast = after_blast is not None and {c.category.name for c in current.cues} & {"explosive", "suicide"} \
            and any(c.category.name == "clash" and c.start >= start + after_blast.end() for c in cues)
        # (the attackers' own gunfire after their bomb is one complex attack: "Following the blast, the attackers opened
        # fire on the police party"; only a fight, "an exchange of fire took place", is another)
        if fight_after_blast:
            cues = [c for c in cues if c.start >= start + after_blast.end()]
        if current is not None and not claims_it and _tells_an_earlier_act(sentence, start, cues, current, groups, context.text):
            continue
        # "His killing sparked violence as people gathered to protest": the protest is an incident of its own
        answers_attack = current is not None and not claims_it and _reacts_to_attack(current, sentence, cues)
        if current is not None and not answers_attack and not fight_after_blast and (
                claims_it or _continues(current, sentence, cues, rules, context, start, end)):
            also = _also_claimed(current, sentence, cues, context, start, end) if claims_it else None
            if also is not None:
                groups.append(also)  # "claimed the killings, as well as blowing up a tower in Panjgur": that one too
            current.sentences.append((start, end if also is None else also.start))
            current.cues.extend(c for c in cues if also is None or c.start < also.start or c.category.name == "claim")
            if "claim" in categories and current.alongside is not None:
                current.alongside.claims.append((start, end))  # "Around the same time, the gunmen fired on ... claimed"
                current.alongside.cues.extend(c for c in cues if c.category.name == "claim")
            if claims_it and current.twin is not None and _OF_BOTH.search(sentence):
                current.twin.claims.append((start, end))  # "claimed the responsibility for the blasts"
                current.twin.cues.extend(c for c in cues if c.category.name == "claim")
            elif claims_it and _BOTH_ATTACKS.search(sentence) and current is groups[-1] and len(groups) > 1 \
                    and {c.category.name for c in groups[-2].cues} & VIOLENT_CATEGORIES:
                # "claimed responsibility for both attacks": this one and the one before, each one incident
                current.sentences.pop()
                for group in groups[-2:]:
                    group.claims.append((start, end))
                groups[-2].cues.extend(c for c in cues if c.category.name == "claim")
        elif categories == {"claim"}:
            continue  # a claim with no incident of its own to attach to
        elif categories == {"other_measure"} and groups and all(c.text.startswith("curfew") for c in cues):
            continue  # "... militants fired six rockets at the Scouts camp. Meanwhile, the political administration imposed a
            # curfew and launched a search operation": a measure after the incident with no outcome, no incident of its own
        elif not short_report and (_comment_not_news(start, end, cues, context) or _the_crowd_again(start, cues, groups, context)):
            continue
        else:
            group = _Group([(start, end)], cues, told_later=start in later_acts)
            group.follows_attack = answers_attack
            if current is not None and _second_of_two(current, sentence, categories, context.text):
                group.twin = current
            if current is not None and _AT_THE_SAME_TIME.match(sentence) and _THE_SAME_ATTACKERS.search(sentence):
                group.alongside = current
            if groups and _ANOTHER_INCIDENT.match(sentence):
                # "In another incident, ...": this one and the one before are two, however far apart
                if groups[-1].separate_set is None:
                    groups[-1].separate_set = next(separate_sets)
                group.separate_set = groups[-1].separate_set
            groups.append(group)
    if background:
        # their dead are not the incidents' around them ("In September 2023, a suicide bomber killed more than 50")
        blanked = "".join(" " * (e - s) if any(a <= s < b for a, b in background) else context.text[s:e]
                          for s, e in _runs(len(context.text), background))
        context = replace(context, casualties=lambda a, b: find_casualties(blanked[a:b]),
                          count=lambda a, b, kind: find_count(blanked[a:b], kind))
    # In a short report each incident owns the text from the end of the one before to the start of
    # the one after: the sentences around it ("The deceased were identified as ...") describe it.
    # In a long article the incident's own sentences are its extent: the rest is commentary.
    # (A protest owns no sentence before it: "... where he succumbed to his injuries. On Thursday, hundreds of mourners
    # placed the two coffins on the road": the dead are the attack's.)
    bounds = [0] + [g.start for g in groups[1:]] + [len(context.text)]
    for index, group in enumerate(groups):
        protest = index and {c.category.name for c in group.cues} <= DEMONSTRATION_CATEGORIES | {"claim"}
        # (from the end of the one before, up to this one: not past a claim of that one told after this one, "No group
        # claimed the attack" closing the report)
        before_end = max((e for s, e in groups[index - 1].sentences if e <= group.start), default=0) if index else 0
        group.extent = (group.start if protest else before_end, bounds[index + 1]) if short_report else (group.start, group.end)
    itemised = any(rules.boundary.search(context.text[start:end]) for start, end in sentences)
    events = [_code(group, context, rules, status) for group, status in unreal]
    for index, group in enumerate(groups):
        summary, told = _told_parts(group, context)
        if told:
            later = [g for g in groups[index + 1:] if {c.category.name for c in g.cues} & VIOLENT_CATEGORIES]
            parts = _told_and_the_rest(group, summary, told, later, context, rules)
            number = group.separate_set or next(separate_sets)
            events.extend(replace(e, separate_set=number) for e in parts)
            continue
        # "Two blasts ... The second blast ... at X": the second, split off, is one of the two the report counts
        # (the second itself is one, whatever "both blasts" its claim names)
        # ("Police blamed the gang for both attacks" after the two were told: those two, not two more)
        both_told = events and len(group.sentences) > 1 and _BOTH_TOLD.search(context.text, group.sentences[0][1], group.end) \
            and _stated_count(context.text[group.sentences[0][0]:group.sentences[0][1]]) is None
        copies = 1 if group.twin is not None or both_told else \
            max(1, _stated_incidents(context.text[group.start:group.end], itemised) - sum(g.twin is group for g in groups))
        event = _code(group, context, rules)
        before = next((e for e in reversed(events) if e.place is not None and e.place.admin2), None)
        # "Hours later, another drone targeted a vehicle": the strike of whoever flew the one before
        last = events[-1] if events else None
        if last is not None and event.acled_sub_event_type == last.acled_sub_event_type == "Air/drone strike" \
                and (event.perpetrator is None or event.perpetrator.name == UNIDENTIFIED) and last.perpetrator is not None \
                and last.perpetrator.acled_inter != 2 and _ANOTHER_STRIKE.search(context.text, group.start, group.end):
            event = replace(event, perpetrator=last.perpetrator, gtd_attack_type=last.gtd_attack_type)
        across = _FROM_ACROSS.search(context.text, group.start, group.end)
        if across and last is not None and last.perpetrator is not None and _of_another_country(last.perpetrator, event.place) \
                and (event.perpetrator is None or event.perpetrator.name == UNIDENTIFIED) \
                and across.group(1).lower() in last.span.text.lower() and not _ANOTHER_OPENS.match(context.text, group.start) \
                and not _OWN_SHOOTERS.search(context.text, group.start, group.end):
            # "a mortar shell fired from across the LoC hit his house", after Indian troops fired on the posts: theirs
            event = replace(event, perpetrator=last.perpetrator, gtd_attack_type=None)
        by_their_fire = _BY_A_COUNTRYS_FIRE.search(context.text, group.start, group.sentences[0][1])
        if by_their_fire and last is not None and last.perpetrator is not None and last.perpetrator.kind == "state_force" \
                and (event.perpetrator is None or event.perpetrator.name == UNIDENTIFIED) \
                and by_their_fire.group(1).lower() in last.perpetrator.name.lower():
            # "On the same day, a soldier was killed by Indian firing in the Hajira sector", after Indian troops shelled
            event = replace(event, perpetrator=last.perpetrator)
        # a later incident is near the one before when it came "around the same time" and its words name no known
        # place ("the gunmen fired on a Levies check post at Killi Shahnawaz, a few kilometres away"), or when it is
        # placed nowhere or only in that one's province ("Hours later, policemen at the Jani Khel police station ...")
        near_before = before is not None and (
            group.alongside is not None and not any(group.start <= p.span.start < group.sentences[0][1] and p.kind != "country"
                                                    for p in context.places)
            or event.place is None
            # ("Later in the evening, armed men fired at a police mobile van in the same area")
            or _IN_THE_SAME_AREA.search(context.text, group.start, group.sentences[0][1]) and not any(
                group.start <= p.span.start < group.end and p.kind != "country" for p in context.places)
            or event.place.admin2 is None and event.place.kind in ("country", "admin1") and event.place.admin1 in (None, before.place.admin1)
            # or named only as where its people came from ("a jirga of elders from Kohat brokered a ceasefire")
            or not any(group.start <= q.span.start < group.end and not is_background(context.text, q) for q in context.places)
            and is_background(context.text, event.place)
            # (not whence a captive of the abduction or release was taken: that is where it was)
            and not (event.acled_sub_event_type in ("Abduction/forced disappearance", "Agreement")
                     and _captive_taken_from(context.text, group.start, group.end)))
        if near_before:
            event = replace(event, place=before.place, geo_precision=max(before.geo_precision or 1, 2))
        elif before is not None and event.place is not None and _OF_THE_SAME_DISTRICT.match(context.text, event.place.span.end) \
                and name_key(event.place.admin2) != name_key(before.place.admin2) \
                and not any(group.start <= q.span.start < group.end and (q.kind == "admin2" or q.span.start > event.place.span.end
                                                                        and q.admin2 and q.admin2 != before.place.admin2)
                            for q in context.places):
            # (nor "a shopkeeper of Jinnah Road in the same city was injured in a firing in Pishin": the address)
            # (a district the incident's own words name is the same one: "In Kalat district, ... of the same district")
            # "A day earlier, ... in Kach Mor area of the same district": the same district is the one before's, not the
            # one a place named earlier lends an unlisted locality (nor that of a namesake the gazetteer knows elsewhere)
            event = replace(event, place=replace(event.place, place_id=None, country=before.place.country,
                                                 kind=event.place.kind if event.place.place_id is None else "area",
                                                 admin1=before.place.admin1, admin2=before.place.admin2,
                                                 lat=before.place.lat, lon=before.place.lon),
                            geo_precision=max(event.geo_precision or 1, 2))
        elif before is not None and event.place is not None and event.place.admin1 and before.place.admin1 \
                and event.place.admin1 != before.place.admin1 and event.place.kind in ("area", "admin3", "town") \
                and _IN_THE_CITY.search(context.text, group.start, group.sentences[0][1]):
            # "... on Murree Road in Rawalpindi. In another incident in the city, ... at a music shop in Saddar": that
            # city's Saddar, not the namesake the gazetteer knows in another province
            event = replace(event, place=replace(event.place, place_id=None, kind="area", country=before.place.country,
                                                 admin1=before.place.admin1, admin2=before.place.admin2,
                                                 lat=before.place.lat, lon=before.place.lon),
                            geo_precision=max(event.geo_precision or 1, 2))
        if group.follows_attack and (event.place is None or event.place.kind == "country") and before is not None:
            # "Hundreds of people gathered outside the hospital later that day": where the attack they answer was
            event = replace(event, place=before.place, geo_precision=max(before.geo_precision or 1, 2))
        if event.acled_sub_event_type == "Agreement" and (event.perpetrator is None or event.perpetrator.name == UNIDENTIFIED
                                                          or _BETWEEN_THE_SIDES.search(context.text, group.start, group.sentences[0][1])):
            # (a truce "between the two sides" is theirs, not that of the police who "took positions" after it)
            # "... clashes between the Ghundikhel and Sarwarkhel tribes ... A ceasefire was brokered by a jirga": the truce
            # of the sides of the fight told before it, coded by its first side; a release agreed, by the abductors (else
            # by unnamed ones: "Meanwhile, three officials ... were released unharmed after a jirga intervened")
            told_before = last is not None and last.acled_sub_event_type in ("Armed clash", "Abduction/forced disappearance") \
                and last.perpetrator is not None and last.perpetrator.acled_inter != 1 and not _ANOTHER_OPENS.match(context.text, group.start) \
                and (event.place is None or last.place is None or event.place.admin2 in (None, last.place.admin2))
            event = replace(event, perpetrator=last.perpetrator if told_before else event.perpetrator or _generic_actor(UNIDENTIFIED, "armed_group", 2))
        about = _the_act_it_answers(group, event, context) if copies == 1 else None
        if about is not None:
            # "Traders in Wana observed a strike on Thursday to protest against the killing of a trader, who was shot
            # dead by unidentified gunmen in Rustam Bazaar on Wednesday evening": the killing, a day of its own, and the strike
            events.append(_code(_Group([about], [c for c in group.cues if about[0] <= c.start < about[1]], about, clause=True),
                                context, rules))
        by_district = _arrests_by_district(group, event, context) if copies == 1 else []
        if by_district:
            number = next(separate_sets)
            events.extend(replace(e, separate_set=number) for e in by_district)
            continue
        if copies > 1 and event.separate_set is None:
            event = replace(event, separate_set=next(separate_sets))
        events.append(event)
        # "in two separate incidents": the report counts several incidents and describes them as one
        # (ACLED codes each); the copies share the report's words but not its counts.
        for _ in range(copies - 1):
            events.append(replace(event, killed=Casualties(), injured=Casualties(), arrested=None, surrendered=None, abducted=None))
    return _without_retellings(sorted(events, key=lambda e: e.span.start))


_NAMES_AND_DIGITS = re.compile(r"\b(?:[A-Z][\w-]*|\d[\w.]*)")  # (a retelling names no other place, day or count: "On July 12")
_RETOLD_SCORE = 65  # (rapidfuzz token-set ratio of the two first sentences: a rewording shares most of its words)
# what tells a further act, not the same one again: "a second device ... went off", "LeI fighters attacked again"
_A_FURTHER_ACT = re.compile(r"\b(?:again|another|second|third|more|later|also|fresh|renewed)\b", re.I)


def _without_retellings(events: list[EventMention]) -> list[EventMention]:
    """Events less those that tell an earlier one again in other words: of its type, at its place (below district
    level) and on its day, with no other doer named, and not told apart from it ("Troops regained control of Gat Pesha
    village in Kabal after a fierce gunbattle", a second scrape's rewording of the report's lead)."""
    kept: list[EventMention] = []
    for event in events:
        same = lambda e: e.status == event.status == "occurred" and e.acled_sub_event_type == event.acled_sub_event_type \
            and e.place is not None and event.place is not None and event.place.kind not in ("country", "admin1", "admin2") \
            and name_key(e.place.name) == name_key(event.place.name) and e.date == event.date \
            and e.separate_set is None and event.separate_set is None \
            and (event.perpetrator is None or event.perpetrator.name == UNIDENTIFIED
                 or e.perpetrator is not None and e.perpetrator.name == event.perpetrator.name) \
            and fuzz.token_set_ratio(normalise(e.span.text), normalise(event.span.text)) >= _RETOLD_SCORE \
            and not _A_FURTHER_ACT.search(event.span.text) \
            and set(_NAMES_AND_DIGITS.findall(event.span.text)[1:]) <= set(_NAMES_AND_DIGITS.findall(e.span.text))
        if not any(same(e) for e in kept):
            kept.append(event)
    return kept


# "claimed responsibility for the killings, as well as for blowing up a mobile phone tower in Panjgur District"
# a clause of its own after "came a day after" ("militants shot dead", "a trader was shot dead"), not a noun
# phrase ("a similar attack in the city")
_CLAUSE_AFTER = re.compile(r"\s*(?:[\w'’-]+[\s,]+){0,8}?(?:was|were|had|has|have|\w+ed|shot|hit|blew|struck|stormed)\b", re.I)
_VAGUE_ACTS = re.compile(r"\b(?:previous|earlier|past|recent|several|other|many|numerous|a\s+series\s+of|attacks|killings|blasts)\b", re.I)
_AS_WELL_AS_FOR = re.compile(r",?\s+(?:as\s+well\s+as|and\s+also|along\s+with)\s+(?:for\s+)?", re.I)


def _also_claimed(current: _Group, sentence: str, cues: list[_Cue], context: EventContext,
                  start: int, end: int) -> _Group | None:
    """The other incident a claim names after the one it claims ("... as well as for blowing up a tower in the
    Gramkan area of Panjgur District the same night"), when it is violence of its own in another district."""
    also = _AS_WELL_AS_FOR.search(sentence)
    claims = [c for c in cues if c.category.name == "claim"]
    if also is None or not claims or claims[0].start - start > also.start():
        return None
    clause_start = start + also.end()
    violent = [c for c in cues if c.start >= clause_start and c.category.name in VIOLENT_CATEGORIES]
    if _VAGUE_ACTS.search(sentence, also.end()):
        return None  # "as well as for previous attacks on construction companies in Gwadar": no one incident
    place, _ = context.locate(clause_start, end)
    before, _ = context.locate(current.start, current.end)
    if not violent or place is None or not place.admin2 or before is None or not before.admin2 \
            or _coded_district(place, context) == name_key(before.admin2) \
            or not any(clause_start <= p.span.start < end for p in context.places):
        return None
    group = _Group([(clause_start, end)], violent + claims)
    group.claims.append((start, end))
    return group


def _join_colon_splits(sentences: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A sentence that ends in an acronym and a colon runs on into the next: ACLED names an actor "JNIM:
    Group for Support of Islam and Muslims", which a sentence splitter cuts at the colon. A dateline
    ("PESHAWAR:") is a sentence of its own and stays apart."""
    joined: list[tuple[int, int]] = []
    for start, end in sentences:
        if joined and _ACRONYM_COLON.search(text[joined[-1][0]:joined[-1][1]].rstrip()):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# "... abducted three labourers from a farm near Tangwani on Wednesday night and, hours later, attacked a police picket in
# Ghouspur": a second act, told after a lapse of time in the same sentence
_AND_LATER = re.compile(r",?\s+and\s*,\s*(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes|an\s+hour|moments|a\s+day|days)\s+later\s*,\s+|"
                        # ("A Shia trader was shot dead near his shop in Dhok Hassu on Wednesday, ..., and police defused a
                        # bomb planted near an imambargah in Pirwadhai the same night")
                        r",\s+and\s+(?=[^.;]*\bthe\s+same\s+(?:night|day|evening|morning|afternoon)\b)|"
                        # ("... shot dead outside his mosque on Sunday evening, and police later used tear gas to clear a road
                        # blocked by his angry followers")
                        r",\s+and\s+(?=(?:[\w-]+\s+){1,3}?later\b)", re.I)


_ACT_FAMILY = {**{name: "violence" for name in VIOLENT_CATEGORIES}, **{name: "crowd" for name in DEMONSTRATION_CATEGORIES},
               "abduction": "abduction", "defused": "defused"}


_LATER_SET_OFF = re.compile(r"(?:[\w-]+\s+){0,3}?later\s*,")  # ("..., and hours later, gunmen shot dead a Levies sepoy")


def _split_at_a_later_act(sentences: list[tuple[int, int]], text: str, rules: Rules) -> tuple[list[tuple[int, int]], set[int]]:
    """A sentence telling an act and, "hours later", another: two sentences, one for each (when each part has
    violence, abduction, protest or a device stopped of its own), and where each later one starts (it opens an incident
    of its own)."""
    out: list[tuple[int, int]] = []
    later_acts: set[int] = set()
    for start, end in sentences:
        later = _AND_LATER.search(text, start, end)
        parts = ((start, later.start()), (later.end(), end)) if later else ()
        kinds = [{_ACT_FAMILY.get(c.category.name) for c in sentence_cues(text[a:b], a, rules)} - {None} for a, b in parts]
        # (each part with violence, an abduction, a protest or a device stopped of its own; acts of one family apart only
        # when "and, hours later," says so: not "fired rockets at the FC camp, and two soldiers were martyred the same
        # evening", nor "blocked the highway, and hours later police baton-charged them")
        if later and all(kinds) and (later.group().rstrip().endswith(",") or _LATER_SET_OFF.match(text, later.end())
                                     or not kinds[0] & kinds[1]):
            out.extend([(start, later.start()), (later.end(), end)])
            later_acts.add(later.end())
        else:
            out.append((start, end))
    return out, later_acts


# (or by whom it hit: "claimed the killing of the labourers")
_CLAIMED_TARGET = re.compile(r"\b(?:responsibility\s+(?:of|for)|claim(?:ed|s))\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:attacks?|"
                             r"blasts?|bombings?|explosions?|killings?|assaults?|ambush)\s+on|(?:killings?|murders?|abductions?|"
                             r"kidnappings?)\s+of)\s+(?:the\s+)?"
                             r"(?P<target>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.I)
# words that name no one target: function words, and the forces any attack on them is "on"
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "at", "and", "its", "their", "his", "her", "statement",
                             "message", "police", "policemen", "army", "soldiers", "troops", "forces", "security",
                             "personnel", "levies", "rangers", "civilians", "people"})


_ACT_NOUN = r"(?:attacks?|blasts?|bombings?|explosions?|killings?|assaults?|ambush|abductions?|kidnappings?)"
# "claimed responsibility for the pipeline blast and the rocket attack", "claimed the killing and the bombing",
# "claimed the suicide attack": acts named by what they were of, or by their kind alone
_CLAIMED_KINDS = re.compile(rf"\b(?:responsibility\s+(?:of|for)|claim(?:ed|s))\s+(?:both\s+)?(?:the\s+)?(?P<list>(?:[\w-]+\s+){{0,2}}?{_ACT_NOUN}"
                            rf"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ACT_NOUN})*)\b", re.I)
# the incident kinds an act noun alone names ("the bombing": an incident told with explosive cues); "the attack"
# alone names none (it may be the killing named beside it)
_KINDS_OF_ACT = {"blast": {"explosive", "suicide", "grenade"}, "bombing": {"explosive", "suicide", "grenade"},
                 "explosion": {"explosive", "suicide", "grenade"}, "killing": {"armed_attack", "clash"},
                 "ambush": {"armed_attack", "clash"}, "abduction": {"abduction"}, "kidnapping": {"abduction"}}


def _kinds_named(sentence: str, groups: list[_Group], text: str) -> list[_Group]:
    """The incidents a claim names by their kinds, each a different one ("the pipeline blast and the rocket
    attack": the latest incident whose sentences hold "pipeline", and the latest holding "rocket"; "the killing
    and the bombing": the latest told with shooting words, and the latest told with explosive ones)."""
    match = _CLAIMED_KINDS.search(sentence)
    if match is None:
        return []
    named: list[_Group] = []
    for act in re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", match.group("list")):
        *modifiers, noun = re.findall(r"[\w-]+", act.lower())
        words = [w for w in modifiers if w not in _FUNCTION_WORDS and len(w) > 2]
        kinds = _KINDS_OF_ACT.get(noun if noun == "ambush" else noun.rstrip("s"), set())

        def names(group: _Group) -> bool:
            if words:
                # (its sentences and those without cues after them, up to the next incident: "... the drone was spotted
                # hovering over the compound", for "the drone attack"; the first's, those before it too: "Armed men set
                # up a blockade on the N 25 highway ... the gunmen forced four passengers off a coach", "the highway attack")
                index = groups.index(group)
                owned = text[group.start if index else 0:groups[index + 1].start if index + 1 < len(groups) else group.end]
                return all(re.search(rf"\b{re.escape(w)}", owned.lower()) for w in words)
            told = {c.category.name for c in group.cues}
            # ("the killing" is a shooting: not the blast that killed two soldiers)
            shooting = kinds == _KINDS_OF_ACT["killing"] and bool(told & {"explosive", "suicide", "grenade", "airstrike", "shelling"})
            return not modifiers and bool(told & kinds) and not shooting
        group = next((g for g in reversed(groups) if g not in named and names(g)), None)
        if group is None:
            return []
        named.append(group)
    return named


def _attacks_named(sentence: str, groups: list[_Group], text: str) -> list[_Group]:
    """The incidents a claim names by their targets ("the attack on the Chinese consulate", "... on the Serai
    Naurang police station", "the attacks on the transmission line and the gas pipeline"), or by their kinds
    (_kinds_named): for each target, the latest one whose sentences hold every word of it."""
    match = _CLAIMED_TARGET.search(sentence)
    if match is None:
        return _kinds_named(sentence, groups, text)
    phrase = match.group("target") + re.match(r"[^.,;]*", sentence[match.end():]).group()
    named: list[_Group] = []
    for target in re.split(r"\s+and\s+(?:the\s+)?", phrase):
        words = [w for w in re.findall(r"[\w'’-]+", target.lower())[:4] if w not in _FUNCTION_WORDS and len(w) > 2]
        group = next((g for g in reversed(groups) if words and all(
            re.search(rf"\b{re.escape(w)}\b", " ".join(text[s:e] for s, e in g.sentences).lower()) for w in words)), None)
        if group is not None and group not in named:
            named.append(group)
    return named


# "the air strikes were part of an ongoing operation", "suspected the SDLA of the Ratodero blast": an act named again
_ACT_TOLD_AGAIN = re.compile(r"\bthe\s+(?P<words>(?:[\w-]+\s+){0,2}?)(?P<noun>air\s*strikes?|airstrikes?|drone\s+strikes?|"
                             r"blasts?|bombings?|explosions?)\b", re.I)
_DEEDS_OF_THOSE = re.compile(r"\b(?:who|which|that)\s+(?:had|have|has)\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
_KINDS_TOLD_AGAIN = {"strike": {"airstrike"}, "blast": {"explosive", "suicide", "grenade"},
                     "bombing": {"explosive", "suicide", "grenade"}, "explosion": {"explosive", "suicide", "grenade"}}


def _tells_an_earlier_act(sentence: str, offset: int, cues: list[_Cue], current: _Group, groups: list[_Group],
                          text: str) -> bool:
    """The sentence only names again an act told before the current incident, of a kind the current one is not
    ("... militants had attacked an FC post. Officials said the air strikes were part of an ongoing operation":
    the strikes told first): it is not the current incident's, so its words do not retype it."""
    if _HIT_WORDS.search(sentence) or re.search(r"\bdied\b", sentence):
        return False  # what befell someone is told: "Later, one of the injured policemen of the Bannu blast died"
    told = {c.category.name for c in current.cues}
    # (what the sentence tells besides: only deeds of those it describes, "militants who had been attacking the posts")
    acts = [c for c in cues if c.category.action not in ("attribution", "diplomatic")
            and not _DEEDS_OF_THOSE.search(sentence, max(0, c.start - offset - 40), c.start - offset)]
    for match in _ACT_TOLD_AGAIN.finditer(sentence):
        kinds = _KINDS_TOLD_AGAIN[match.group("noun").lower().split()[-1].rstrip("s").removeprefix("air")]
        words = [w for w in re.findall(r"[\w-]+", match.group("words").lower()) if w not in _FUNCTION_WORDS and len(w) > 2]
        if told & kinds or not all(match.start() <= c.start - offset < match.end() for c in acts):
            continue
        earlier = [g for g in groups if g is not current and {c.category.name for c in g.cues} & kinds and all(
            re.search(rf"\b{re.escape(w)}\b", " ".join(text[s:e] for s, e in g.sentences).lower()) for w in words)]
        if earlier:
            return True
    return False


def _last_attack(groups: list[_Group], text: str) -> _Group | None:
    """The last incident with violence, when only state actions (a device defused, an arrest, the forces' pursuit of
    the attackers: "The Levies force gave chase and exchanged fire with the attackers near Kanak") came after it."""
    for group in reversed(groups):
        names = {c.category.name for c in group.cues}
        if names & VIOLENT_CATEGORIES and _PURSUIT.search(text, *group.sentences[0]):
            continue
        if names & VIOLENT_CATEGORIES:
            return group
        if not names <= STATE_CATEGORIES | {"claim"}:
            return None
    return None


def _claims_the_violence(cues: list[_Cue]) -> bool:
    """Every violence word of the sentence follows a claim of responsibility: it names what was claimed."""
    claims = [c for c in cues if c.category.name == "claim" and _OWNS_IT.search(c.text)]
    violent = [c for c in cues if c.category.name in VIOLENT_CATEGORIES]
    return bool(claims) and bool(violent) and all(c.start > claims[0].start for c in violent)


def _stated_incidents(text: str, itemised: bool) -> int:
    """How many incidents a sentence says it reports: "in two separate incidents"; "three persons were killed
    in separate incidents", unless the report goes on to tell them one by one (``itemised``: they are its
    own incidents then)."""
    return 1 if itemised else (_stated_count(text) or 1)


def _stated_count(text: str) -> int | None:
    """The number of incidents a summary sentence gives ("in two separate incidents"), None if it gives none."""
    match = _SEPARATE_INCIDENTS.search(text) or _VICTIMS_IN_SEPARATE.search(text)
    if not match:
        return None
    word = next(g for g in match.groups() if g).lower()
    return 2 if word == "both" else _SMALL_NUMBERS.get(word)


def _told_parts(group: _Group, context: EventContext) -> tuple[list[tuple[int, int]], list[_Group]]:
    """The sentences of a summary ("Four persons were killed in different incidents of violence in Karachi",
    "at least eight persons were killed in separate incidents") and the incidents it goes on to tell: each
    later sentence with violence words and victims of its own that does not refer back ("also", "the
    attack") opens one, and the sentences after it describe it. No parts when the group is no summary or
    tells no such sentence."""
    (start, end), *rest = group.sentences
    if not rest or not _SEVERAL_INCIDENTS.search(context.text, start, end):
        return group.sentences, []
    summary, parts = [(start, end)], []
    for s, e in rest:
        cues = [c for c in group.cues if s <= c.start < e]
        killed, injured = context.casualties(s, e)
        victims = bool(killed.total or injured.total or context.count(s, e, "abducted") or _HIT_WORDS.search(context.text, s, e))
        points_back = _REFERS_BACK.search(context.text, s, e) or (
            _THE_FIGHT.search(context.text, s, e) and not any(s <= p.span.start < e for p in context.places))
        if victims and any(c.category.name in VIOLENT_CATEGORIES for c in cues) and not points_back:
            spans = _clauses_elsewhere(s, e, cues, context)
            parts.extend(_Group([span], [c for c in cues if span[0] <= c.start < span[1]], clause=len(spans) > 1)
                         for span in spans)
        elif parts:
            parts[-1].sentences.append((s, e))
            parts[-1].cues.extend(cues)
        else:
            summary.append((s, e))
    return summary, parts


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|of\s+(?:the\s+)?(?:\w+\s+)?(?:area|district|valley|town|village|tehsil))\s+(?:the\s+)?$",
                              re.I)


_FIGHTING = re.compile(r"\b(?:operations?|exchange of fire|engaged|encounters?|clash(?:es)?|crossfire|gun ?battles?|"
                       r"retaliat\w*)\b", re.I)
_OPERATIONS = re.compile(r"\b(?:operations|raids|encounters)\b", re.I)


def _coded_district(place: PlaceMention, context: EventContext) -> str | None:
    """The district a place mention is coded in as an incident's place (``name_key`` form; "Orangi" is Karachi),
    None when it has none."""
    coded = incident_location(context.text, [place], when=context.published)[0]
    return name_key(coded.admin2) if coded is not None and coded.admin2 else None


def _clause_place(span: tuple[int, int], context: EventContext) -> tuple[PlaceMention | None, int | None]:
    """Where a clause says its incident happened, from the places in it alone (``context.locate`` reads whole
    sentences)."""
    inside = [p for p in context.places if span[0] <= p.span.start < span[1]]
    return incident_location(context.text, inside, sentence_span=span, when=context.published) if inside else (None, None)


def _clauses_elsewhere(start: int, end: int, cues: list[_Cue], context: EventContext) -> list[tuple[int, int]]:
    """A told sentence split where a clause after "while" (or ";") has victims of its own in another district:
    "five terrorists were killed in the Tirah valley of Khyber District, while four more were killed in the
    Darazinda area of Dera Ismail Khan District" is two incidents. Else the sentence whole."""
    for m in _CLAUSE_END.finditer(context.text, start, end):
        if m.group().strip(" ,") == "and":
            continue  # "and" joins what one incident did more often than it sets two apart
        first, second = (start, m.start()), (m.end(), end)
        killed, injured = context.casualties(*second)
        if not (killed.total or injured.total) or not all(
                any(c.category.name in VIOLENT_CATEGORIES and a <= c.start < b for c in cues) for a, b in (first, second)):
            continue  # each clause tells its own violence ("... killed, while two others sustained injuries" is one)

        def districts(a: int, b: int) -> set[str]:  # where, not where from ("two soldiers of Mardan")
            return {_coded_district(p, context) for p in context.places if a <= p.span.start < b and p.kind != "country"
                    and _LOCATIVE_BEFORE.search(context.text, max(a, p.span.start - 25), p.span.start)} - {None}

        here, there = districts(*first), districts(*second)
        if here and there and not here & there:
            return [first, second]
    return [(start, end)]


def _told_and_the_rest(group: _Group, summary_sentences: list[tuple[int, int]], told: list[_Group], later: list[_Group],
                       context: EventContext, rules: Rules) -> list[EventMention]:
    """The summary's incidents: each one told, coded from its own sentences (placed by the summary where they
    name no district, or another one than the one district the summary names; attributed to the group
    the summary names where they name none), and the summary for those it does not tell: as many as its
    count leaves (the ``later`` violent incidents after the group count as told, their victims too), else
    one when its victims outnumber the told ones', with the victims left over."""
    start, end = summary_sentences[0]
    summary = _Group(summary_sentences, [c for c in group.cues if any(s <= c.start < e for s, e in summary_sentences)],
                     (group.extent[0], told[0].start))
    summary_event = _code(summary, context, rules)
    where = summary_event.place
    summary_districts = {name_key(p.admin2) for p in context.places if start <= p.span.start < end and p.admin2}
    named_group = summary_event.perpetrator if summary_event.perpetrator is not None and summary_event.perpetrator.span.text else None
    events = []
    for part, part_end in zip(told, [t.start for t in told[1:]] + [group.extent[1]]):
        part.extent = (part.start, part_end)
        event = _code(part, context, rules)
        if part.clause:  # one of two incidents a sentence tells (_clauses_elsewhere): placed by its own words
            place, precision = _clause_place(part.sentences[0], context)
            if place is not None:
                event = replace(event, place=place, geo_precision=precision)
        own = event.place.admin2 if event.place is not None else None
        if where is not None and where.admin2 and (not own or (len(summary_districts) == 1 and name_key(own) not in summary_districts)):
            event = replace(event, place=where, geo_precision=summary_event.geo_precision)
        unnamed = event.perpetrator is None or not event.perpetrator.span.text
        # "Security forces killed 11 terrorists in three separate operations ... five terrorists were killed":
        # the forces fighting militants, as any of their operations is (not "A shopkeeper was shot dead")
        militants_killed = _hit(event.killed, "militant") or (
            _hit(summary_event.killed, "militant") and not (_hit(event.killed, "civilian") or _hit(event.killed, "security")))
        forces = named_group if named_group is not None and named_group.acled_inter == 1 else (
            _generic_actor(GENERIC_STATE, "state_force", 1) if named_group is None and _OPERATIONS.search(context.text, start, end)
            else None)
        if unnamed and forces is not None and (militants_killed or _FIGHTING.search(context.text, *part.sentences[0])):
            event = replace(event, perpetrator=forces)
            if event.acled_sub_event_type == "Attack":
                event = replace(event, acled_sub_event_type="Armed clash", acled_event_type=ACLED_EVENT_TYPE["Armed clash"])
        elif unnamed and named_group is not None and named_group.acled_inter != 1:
            event = replace(event, perpetrator=named_group)  # "TTP militants abducted nine people in two incidents"
        events.append(event)
    told_later = [context.casualties(g.start, g.end) for g in later]
    rest_killed, rest_injured = (_left_over(getattr(summary_event, side), [getattr(e, side) for e in events]
                                            + [casualties[n] for casualties in told_later])
                                 for n, side in enumerate(("killed", "injured")))
    stated = _stated_count(context.text[start:end])
    victims_left = rest_killed is not None or rest_injured is not None or summary_event.killed.total is None
    if not victims_left:
        rest = 0  # "Four persons were killed in separate incidents": the told ones' dead are all four
    elif stated is not None:
        # "Four people were killed in separate incidents": at most one incident for each victim left over
        rest = stated - len(told) - len(later)
        if rest_killed is not None and rest_injured is None:
            rest = min(rest, rest_killed.value)
    else:
        rest = 1
    if rest <= 0:
        return events
    rest_event = replace(summary_event, killed=Casualties(total=rest_killed), injured=Casualties(total=rest_injured))
    copies = [replace(rest_event, killed=Casualties(), injured=Casualties(), arrested=None, surrendered=None, abducted=None)
              for _ in range(rest - 1)]
    return events + [rest_event] + copies


# "in Gujranwala and Multan districts", "in Lahore, Gujranwala and Rawalpindi": the words between two
# places of one list, and the locative before the first
_LIST_GAP = re.compile(r"\s*(?:districts?\s*)?(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:in\s+)?(?:the\s+)?", re.I)
# ... the words that govern the "in" before the list (not "belonging to banned outfits during raids in")
_NOT_WHERE_ARRESTED = re.compile(r"\b(?:involve\w*|wanted|cases?|registered|resid\w*|hail\w*|plann\w*|"
                                 r"activities|attacks?|killings?|extortion)\s+"
                                 r"(?:(?!raids?\b|operations?\b|crackdown\b|search\b)[\w-]+\s+){0,8}?in\s+(?:the\s+)?$", re.I)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
# where one clause of a breakdown ends: "three were held in Gujranwala, while two others were arrested in Multan"
_CLAUSE_END = re.compile(r";|,?\s+(?:while|whereas)\s+|,\s+and\s+")


def _listed_districts(start: int, end: int, context: EventContext) -> list[tuple[PlaceMention, int | None]]:
    """The places of the list that opens with the first place in text[start:end], when they lie in two or more districts as an
    incident's place is coded ("Orangi and Korangi" are both Karachi), one per district in the order named,
    coded, with their precision; empty when there is no such list."""
    text = context.text
    places = sorted((p for p in context.places if start <= p.span.start < end and p.kind != "country" and p.admin2),
                    key=lambda p: p.span.start)
    # the sentence's first place opens the list, and no words that set the places apart from the arrests govern
    # it ("arrested three terrorists in Lahore who had planned attacks in Rawalpindi and Islamabad", "wanted in
    # cases registered in Lahore and Sheikhupura", "Afghan nationals residing in Quetta and Pishin")
    if not places or not _IN_BEFORE.search(text, max(start, places[0].span.start - 12), places[0].span.start) \
            or _NOT_WHERE_ARRESTED.search(text, max(start, places[0].span.start - 70), places[0].span.start):
        return []
    run = places[:1]
    for p in places[1:]:
        if not _LIST_GAP.fullmatch(text, run[-1].span.end, p.span.start):
            break
        run.append(p)
    districts = {}
    for p in run:
        coded, precision = incident_location(text, [p], when=context.published)
        if coded is not None and coded.admin2:
            districts.setdefault(name_key(coded.admin2), (coded, precision))
    return list(districts.values()) if len(districts) >= 2 else []


# "six suspects were arrested in Multan, four in Dera Ghazi Khan and one in Rawalpindi": a count before each place
_COUNT_IN_PLACE = re.compile(r"(?<![\w-])(?P<n>\d+|" + WORDNUM + r")\s+(?:(?!(?:kg|kilogrammes?|kilograms?|rounds|of|and)\b)[\w-]+\s+){0,3}?"
                             r"(?:(?:were|was)\s+(?:arrested|held|detained|apprehended|nabbed|picked\s+up)\s+)?(?:in|from)\s+(?:the\s+)?$", re.I)


def _districts_counted_in_turn(group: _Group, context: EventContext) -> list[tuple[PlaceMention, int | None, Count]]:
    """The districts of a sentence that counts the arrested place by place, each with its count; empty unless
    two or more districts are counted so."""
    text = context.text
    for start, end in group.sentences:
        counted: dict[str, tuple[PlaceMention, int | None, Count]] = {}
        for p in sorted((p for p in context.places if start <= p.span.start < end and p.admin2 and p.kind != "country"),
                        key=lambda p: p.span.start):
            m = _COUNT_IN_PLACE.search(text, max(start, p.span.start - 60), p.span.start)
            number = parse_number(m.group("n")) if m else None
            coded, precision = incident_location(text, [p], when=context.published)
            if number and coded is not None and coded.admin2:
                counted.setdefault(name_key(coded.admin2), (coded, precision, Count(
                    number[0], Span(m.start("n"), p.span.end, text[m.start("n"):p.span.end]), number[1])))
        if len(counted) >= 2:
            return list(counted.values())
    # (the reading that finds the most districts: a list may run on past the sentence whose clauses count two)
    return max((_arrests_clause_by_clause(group, context), _arrests_sentence_by_sentence(group, context),
                _arrested_name_by_place(group, context)), key=len)


# "arrested nine suspected terrorists in intelligence based operations in different districts of the province" (or "in
# four districts")
_IN_SEVERAL_DISTRICTS = re.compile(r"\b(?:different|various|several|separate|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
                                   r"(?:districts|cities|parts|areas)\b|\bacross\s+the\s+province\b", re.I)
# the pieces of a list of the arrested, one a name and whence ("Qari Ikramullah from Shorkot tehsil of Jhang District")
_LIST_PIECE_END = re.compile(r"[,;]|\s+(?:and|while|whereas)\s+")
_WHENCE = re.compile(r"\b(?:from|near|in|at)\s+(?:the\s+|a\s+)?$", re.I)
# a piece that tells something else than who was arrested where ("were planning to target installations in Lahore")
# (in lower case: "Ahmed", "Saeed" are names)
_OTHER_VERB = re.compile(r"\b(?!(?:arrested|held|detained|apprehended|nabbed|picked|suspected|wanted|banned|proscribed|alleged|"
                         r"affiliated|identified|named|based|raided|conducted)\b)(?:was|were|is|are|has|have|had|told|said|says|went|came|took|gave|"
                         r"found|left|fled|shot|hit|made|sent|brought|[a-z]{3,}ed|[a-z]{3,}ing)\b")


def _arrested_name_by_place(group: _Group, context: EventContext) -> list[tuple[PlaceMention, int | None, Count | None]]:
    """The districts of a list that names the arrested with whence each was taken, in one sentence ("Ghulam Mustafa
    was arrested from Madina Town in Faisalabad, Qari Ikramullah from Shorkot tehsil of Jhang District, ...") or, after
    a lead that tells arrests in several (or "four") districts, in the sentences after it ("... while Imran was held near
    Eminabad in Gujranwala District. Another suspect was arrested from Shujabad tehsil of Multan District and the fifth,
    Gul Nawaz, from Choti Zerin area"); each district with the count of its clause when only it is named there. Empty
    unless two or more districts."""
    text = context.text
    several = _IN_SEVERAL_DISTRICTS.search(text, *group.sentences[0]) is not None
    found: dict[str, tuple[PlaceMention, int | None, Count | None]] = {}
    for start, end in group.sentences:
        in_sentence: dict[str, tuple[PlaceMention, int | None, tuple[int, int]]] = {}
        if _ARRESTED_IN_CLAUSE.search(text, start, end):
            bounds = [start] + [x for m in _LIST_PIECE_END.finditer(text, start, end) for x in (m.start(), m.end())] + [end]
            for a, b in zip(bounds[::2], bounds[1::2]):
                if _OTHER_VERB.search(text, a, b) and not _ARRESTED_IN_CLAUSE.search(text, a, b):
                    continue
                first = min((p for p in context.places if a <= p.span.start < b and p.kind != "country"),
                            key=lambda p: p.span.start, default=None)
                if first is None or is_background(text, first) or not _WHENCE.search(text, max(a, first.span.start - 12), first.span.start):
                    continue
                coded, precision = _clause_place((a, b), context)
                if coded is not None and coded.admin2:
                    in_sentence.setdefault(name_key(coded.admin2), (coded, precision, (a, b)))
        if len(in_sentence) >= 2 or several:
            clauses = [(start, end)] if len(in_sentence) < 2 else []
            for key, (coded, precision, piece) in in_sentence.items():
                clause = next(((s, e) for s, e in _clauses(text, start, end) if s <= piece[0] < e), (start, end))
                alone = sum(clause[0] <= q[2][0] < clause[1] for q in in_sentence.values()) == 1 and not clauses
                found.setdefault(key, (coded, precision, context.count(*clause, "arrested") if alone else None))
    return list(found.values()) if len(found) >= 2 else []


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at "while", "whereas" and ";" (_CLAUSE_END less its ", and")."""
    bounds = [start] + [x for m in _CLAUSE_END.finditer(text, start, end) if m.group().strip(" ,") != "and"
                        for x in (m.start(), m.end())] + [end]
    return list(zip(bounds[::2], bounds[1::2]))


def _arrests_sentence_by_sentence(group: _Group, context: EventContext) -> list[tuple[PlaceMention, int | None, Count]]:
    """The districts of the sentences after a lead that tells arrests "in different districts", each sentence telling
    arrests of its own in a district of its own with a count ("four suspects ... were arrested from a hideout on the
    outskirts of Mianwali. Five others ... were arrested in Bahawalpur city"); empty unless two or more."""
    if not _IN_SEVERAL_DISTRICTS.search(context.text, *group.sentences[0]):
        return []
    counted: dict[str, tuple[PlaceMention, int | None, Count]] = {}
    for s, e in group.sentences[1:]:
        place, precision = _clause_place((s, e), context)
        count = context.count(s, e, "arrested")
        if _ARRESTED_IN_CLAUSE.search(context.text, s, e) and place is not None and place.admin2 and count is not None:
            counted.setdefault(name_key(place.admin2), (place, precision, count))
    return list(counted.values()) if len(counted) >= 2 else []


_ARRESTED_IN_CLAUSE = re.compile(r"\b(?:arrested|held|detained|apprehended|nabbed|picked\s+up|taken\s+into\s+custody)\b", re.I)


def _arrests_clause_by_clause(group: _Group, context: EventContext) -> list[tuple[PlaceMention, int | None, Count]]:
    """The districts of a sentence whose clauses, set apart by "while" or ";", each tell arrests in a district of
    their own ("arrested three suspects near Band Bosan in Multan District, while two suspects ... were arrested
    from Choti Zareen area of Dera Ghazi Khan District"), each with its clause's count; empty unless two or more."""
    text = context.text
    # (or a later sentence, after a lead that tells arrests "in different districts": "According to a CTD spokesman, four
    # militants ... were arrested from Shahdara area of Lahore, while five ... were held in Taunsa tehsil")
    several = _IN_SEVERAL_DISTRICTS.search(text, *group.sentences[0]) is not None
    for start, end in group.sentences if several else group.sentences[:1]:
        counted: dict[str, tuple[PlaceMention, int | None, Count]] = {}
        for a, b in _clauses(text, start, end):
            place, precision = _clause_place((a, b), context)
            count = context.count(a, b, "arrested")
            if not _ARRESTED_IN_CLAUSE.search(text, a, b) or place is None or not place.admin2 or count is None:
                break  # a clause that tells no arrests of its own somewhere: one incident
            counted.setdefault(name_key(place.admin2), (place, precision, count))
        else:
            if len(counted) >= 2:
                return list(counted.values())
    return []


_A_PERIODS_WORK = re.compile(r"\b(?:during|over|in)\s+the\s+(?:week\s+ending|(?:past|last|previous)\s+(?:\w+\s+)?(?:week|month|fortnight|"
                             r"days|weeks|months))\b", re.I)


def _arrests_by_district(group: _Group, event: EventMention, context: EventContext) -> list[EventMention]:
    """Arrests made in several districts that the report lists in one sentence ("arrested five suspects in
    intelligence-based operations in Gujranwala and Multan districts"): one incident in each, as ACLED codes
    an event per place. Each is placed, and counted, by a later sentence of the incident that names a place
    in its district (the clause of it: "three suspects were held near GT Road in Gujranwala, while ..."); without
    one by the listed place itself. Districts without a count of their own have none; when none has one, the
    first keeps the report's count (the way the copies of "in two separate incidents" share the report's words).
    Empty when the incident is no arrest or its sentence lists no such places."""
    if event.acled_sub_event_type != "Arrests" or event.status != "occurred":
        return []
    districts = _listed_districts(*group.sentences[0], context)
    if not districts:
        counted = _districts_counted_in_turn(group, context)
        any_own = any(count is not None for _, _, count in counted)
        return [replace(event, place=place, geo_precision=precision,
                        arrested=count if any_own else (event.arrested if index == 0 else None),
                        **({} if index == 0 else {"surrendered": None, "abducted": None}))
                for index, (place, precision, count) in enumerate(counted)]
    clauses = [(s + m.start(), s + m.end()) for s, e in group.sentences[1:]
               for m in re.finditer(r"(?:(?!" + _CLAUSE_END.pattern + r").)+", context.text[s:e])]
    keys = {name_key(listed.admin2) for listed, _ in districts}
    placed = []
    for listed, listed_precision in districts:
        key = name_key(listed.admin2)
        told = next(((s, e) for s, e in clauses if any(
            s <= p.span.start < e and name_key(p.admin2) == key for p in context.places)), None)
        place, precision = _clause_place(told, context) if told else (None, None)
        if place is None or name_key(place.admin2) != key:
            place, precision = listed, listed_precision
        # a clause that names two of the districts gives neither its own count ("six in Lyari and four in Latifabad")
        shared = told is not None and len({name_key(p.admin2) for p in context.places
                                           if told[0] <= p.span.start < told[1] and p.admin2} & keys) > 1
        placed.append((place, precision, context.count(*told, "arrested") if told and not shared else None))
    any_own = any(count is not None for _, _, count in placed)
    if not any_own and _A_PERIODS_WORK.search(context.text, *group.sentences[0]):
        return []  # a tally of a period's operations that counts no district apart: "arrested 11 suspects during 46 IBOs
        # in Lahore, Gujranwala, Multan and Rawalpindi during the week ending on June 21"
    return [replace(event, place=place, geo_precision=precision,
                    arrested=count if any_own else (event.arrested if index == 0 else None),
                    **({} if index == 0 else {"surrendered": None, "abducted": None}))
            for index, (place, precision, count) in enumerate(placed)]


def _left_over(summary: Casualties, told: list[Casualties]) -> Count | None:
    """The summary's victims the told incidents do not account for, None when they account for all."""
    if summary.total is None:
        return None
    left = summary.total.value - sum(c.total.value for c in told if c.total is not None)
    return Count(left, summary.total.span, False) if left > 0 else None


# a funeral opening the sentence, and an act named by its date ("of the September 12 bomb blast")
# (its subject only, up to "were offered": not "The funeral procession came under a suicide attack", "Funeral prayers were
# being offered when a grenade was lobbed"); the dated act only with the deaths that followed it
_FUNERAL_FOR_THE_DEAD = re.compile(r"\W*(?:the\s+)?(?:funeral|janaza|namaz-e-janaza|burial|last\s+rites)\b[^.;]{0,40}?\bof\s+[^.;]{0,160}?"
                                   r"\b(?:were|was)\s+(?:offered|held|performed|conducted)\b(?![^.;]*\b(?:when|as|while)\b)")
_LATER_DEATHS = re.compile(r"\b(?:succumbed|died|death\s+toll|more\s+injured|injured\s+of|funeral)\b")
_THE_DATED_ACT_BEFORE = re.compile(r"\b(?:of|in|from)\s+the\s+(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:[\w-]+\s+){0,2}?$")
_ARMED_MEN = re.compile(r"\b(?:armed\s+men|gunmen|militants|terrorists|attackers|assailants|insurgents)\b")
_FIREBOMBS = re.compile(r"petrol\s+bombs?|molotov\w*")
_CROWD_WORDS = re.compile(r"\b(?:mourners|protesters|demonstrators|mob|crowd|youths|students|rioters|villagers|residents)\b")


def _mask_months(sentence: str) -> str:
    """The sentence with the month names March and May blanked out (same length, so offsets hold)."""
    def blank(m: re.Match) -> str:
        month = _MONTH_BEFORE.search(sentence, 0, m.start()) or re.match(r"\s+\d", sentence[m.end():])
        return "_" * len(m.group()) if month else m.group()
    return _MONTH.sub(blank, sentence)


_REMAINS_BEFORE = re.compile(r"(?<!carrying\s)(?<!carrying\sthe\s)(?<!with\sthe\s)(?<!with\s)(?:\b(?:body|corpse)\b(?:\s+of\s+[^.;,]{0,50}?)?\s+"
                             r"(?:had\s+been|has\s+been|was)|\b(?:bodies|corpses|remains)\b(?:\s+of\s+[^.;,]{0,50}?)?\s+(?:had\s+been|have\s+been|were))\s+"
                             r"(?:also\s+)?$")


def sentence_cues(sentence: str, offset: int, rules: Rules) -> list[_Cue]:
    lowered = _mask_months(sentence).lower()
    found = []
    prevented: list[tuple[_Cue, int]] = []  # cues after "to prevent", with where that word starts
    for category in rules.categories:
        for match in category.pattern.finditer(lowered):
            if _INTENTION.search(lowered, 0, match.start()) and not (
                    category.name == "protest" and _PROTESTED_BY_DOING.search(lowered, 0, match.start())
                    or category.name == "protest_intervention" and _ACTED_TO.search(lowered, 0, match.start())):
                continue  # "ordered them to surrender", "planning to attack": not something that happened
            kept_from = _PREVENTED_BEFORE.search(lowered, max(0, match.start() - 60), match.start())
            if _EVERY_BEFORE.search(lowered, max(0, match.start() - 100), match.start()):
                continue
            if category.name == "clash" and (_NONE_BEFORE.search(lowered, max(0, match.start() - 12), match.start())
                                              or _WITHOUT_AN.search(lowered, max(0, match.start() - 20), match.start())):
                continue  # "There was no exchange of fire and the attackers escaped", "The raid was conducted without an
                # exchange of fire": no fight
            if _SINCE_THE_BEFORE.search(lowered, max(0, match.start() - 20), match.start()) and _BEGAN_AFTER.match(lowered, match.end()) \
                    and lowered[:match.start()].strip(" \"'(").split(" ", 1)[0] != "since":
                continue  # "The road has remained closed since the clashes began": a time told by an act already told
                # (not one the sentence opens with: "Since the clashes began on Friday, 15 people have been killed")
            if match.group().endswith("ed") and " " not in match.group() and _DETERMINER_BEFORE.search(lowered, 0, match.start()) \
                    and not _BODY_AFTER.match(lowered, match.end()):
                continue  # "the detained militants": a participle describing someone, not an event ("a bullet-riddled body" is one)
            funeral = _FUNERAL_FOR_THE_DEAD.match(lowered)
            if category.name in VIOLENT_CATEGORIES and (funeral and match.start() < funeral.end() or _LATER_DEATHS.search(lowered)
                                                        and _THE_DATED_ACT_BEFORE.search(sentence, max(0, match.start() - 40), match.start())):
                continue  # "The funeral prayers of the five policemen killed in the attack on ...", "Two more injured of the
                # September 12 bomb blast ... succumbed": an act told before this report, named by what followed it
            if category.name == "riot" and _FIREBOMBS.fullmatch(match.group()) and _ARMED_MEN.search(lowered, 0, match.start()) \
                    and not _CROWD_WORDS.search(lowered) and not re.search(r"\b(?:accus|blam)\w*\s+(?:the\s+)?$", lowered[:_ARMED_MEN.search(lowered).start()]):
                continue  # "about a dozen armed men ... set the vehicles ablaze with petrol bombs": their weapon, no riot
            if category.name in VIOLENT_CATEGORIES and (_A_COUNT_OF_ACTS_BEFORE.search(lowered, max(0, match.start() - 80), match.start())
                                                        or _A_RATE_AFTER.match(lowered, match.end())
                                                        or match.group().endswith("s") and _WEARY_OF_BEFORE.search(
                                                            lowered, max(0, match.start() - 80), match.start())):
                continue  # "the think tank recorded 84 militant attacks", "accounted for nearly a third of the attacks",
                # "Militant attacks in Balochistan rose by 25 percent", "were tired of target killings, kidnappings and drone
                # attacks": acts counted or complained of, none told
            if category.name in VIOLENT_CATEGORIES and _THE_SITE_OF_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue  # "Pamphlets ... were found near the site of the first blast": a place named by an act already told
            if category.name in ("shelling", "grenade") and (listed := _LISTED_AS_RECOVERED.match(lowered, match.end())) \
                    and not _ACT_VERBS.search(listed.group()) and not _ACT_VERBS.search(lowered, 0, match.start()):
                continue  # "two Kalashnikovs, a rocket launcher and 300 rounds were recovered from the hideout": arms seized
            if category.name == "shelling" and _CARRIED_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue  # "a dozen men armed with rocket launchers stormed the camp": weapons carried, not fired
            if category.name == "territory_lost" and _CLAIMED_BEFORE.search(lowered, max(0, match.start() - 80), match.start()):
                continue  # "The TTP claimed responsibility and said its fighters had captured both posts": a boast, not a fact
            if category.name in ("grenade", "explosive") and "cracker" in match.group() and _CROWD_THREW.search(lowered):
                continue  # "protesters hurled crackers at the police": a crowd's violence, typed as such
            if category.name == "defused" and match.group().startswith(("foiled", "thwarted")) \
                    and _FOUGHT_BEFORE.search(lowered, 0, match.start()):
                continue  # "tried to storm the post, but troops engaged them and foiled the attempt": a fight, not a device stopped
            if category.name in ("airstrike", "shelling") and (_BACKED_BY.search(lowered, 0, match.start()) or _GUNS.fullmatch(
                    match.group()) and _ANSWERED_WITH.search(lowered, 0, match.start())
                    and not (_DAY_MONTH.search(lowered) or _WEEKDAY.search(lowered))):
                continue  # "SFs, backed by helicopter gunships, destroyed six hideouts": the ground operation's support
            if category.name in DEMONSTRATION_CATEGORIES and _TO_BE_HELD.match(lowered, match.end()):
                continue  # "announced that a peace march would be held in Bannu city next Friday": one yet to come
            if category.name == "surrender" and _DEMANDED_BEFORE.search(lowered, 0, match.start()):
                continue  # "police demanded that they surrender"
            if category.name == "arrest" and _UNTIL_BEFORE.search(lowered, 0, match.start()):
                continue  # "refusing to bury the bodies until the killers were arrested" (not "until four terrorists were killed")
            if category.name == "arrest" and _REMAINS_BEFORE.search(lowered, max(0, match.start() - 80), match.start()):
                continue  # "the bodies of all six attackers had been taken into custody": no one was arrested
            if category.name == "arrest" and _WHO_WAS_BEFORE.search(lowered, 0, match.start()):
                continue  # "Imran, who was arrested on his information, had threatened him": who he is, not an event
            if category.name in DEVICE_CATEGORIES and not _SET_OFF.search(lowered) \
                    and _AMONG_THE_ARRESTED.search(lowered, max(0, match.start() - 120), match.start()):
                continue  # "arrested three suspected militants, including a would be suicide bomber": one of those arrested
            if category.name in DEVICE_CATEGORIES and not _SET_OFF.search(lowered) and (
                    _WOULD_BE.search(lowered, max(0, match.start() - 20), match.start()) and _STOPPED.search(lowered)
                    or _BOMBER_STOPPED.search(lowered)):
                category = next(c for c in rules.categories if c.name == "defused")
            found.append(_Cue(category, offset + match.start(), offset + match.end(), lowered[match.start():match.end()]))
            if kept_from and not _FROM_DOING.match(lowered, match.end()) and not _CROWD_NOUN.fullmatch(found[-1].text):
                prevented.append((found[-1], offset + kept_from.start()))
    # what "to prevent" governs is the first cue after it ("deployed to deter cross-border attacks came under fire":
    # the attacks, not the fire)
    found = [c for c in found if not any(c is cue and not any(word < other.start < c.start for other in found)
                                         for cue, word in prevented)]
    # "the slain militants had been involved in attacks on security forces and in planting IEDs": past deeds,
    # not this incident, to the end of the phrase ("involved in the killing of the DSP" names one, and stays;
    # "The militants, who were involved in attacks on police, opened fire ..." still opened fire)
    deeds = _INVOLVED_IN.search(lowered)
    if deeds and not _ONE_INCIDENT.match(lowered, deeds.end() - 1):
        clause_end = lowered.find(",", deeds.end())
        clause_end = len(lowered) if clause_end < 0 else clause_end
        found = [c for c in found if not deeds.end() <= c.start - offset < clause_end]
    if any(c.category.name == "clash" for c in found):
        # "killed a would-be suicide bomber in an exchange of fire": one of the militants a fight killed
        found = [c for c in found if not (c.category.name == "defused" and _WOULD_BE.search(lowered, max(0, c.start - offset - 20), c.start - offset))]
    if any(c.category.name in VIOLENT_CATEGORIES for c in found):
        # "The attackers chanted slogans against the army before opening fire": colour for the attack, no protest
        found = [c for c in found if not (c.category.name == "protest" and "slogans" in c.text)]
    classes = [(m.start(), m.end()) for m in _VICTIMS_AS_A_CLASS.finditer(lowered)]
    found = [c for c in found if not any(a <= c.start - offset < b for a, b in classes)]
    # "no arrest was made", "demanding the arrest of the killers": an arrest that did not happen
    # (only the arrest word inside the phrase: "arrested five terrorists ... after elders demanded their arrest")
    denied = [(m.start(), m.end()) for m in _NO_ARREST.finditer(lowered)]
    found = [c for c in found if not (c.category.name == "arrest" and any(a <= c.start - offset < b for a, b in denied))]
    # "the operation against militants and criminal gangs": whom a campaign is against, not a crime (when the
    # sentence tells nothing else: "a raid against robbers ... two robbers were killed" keeps them)
    targets = [c for c in found if c.category.name in ("crime_specific", "organised_crime")
               and _AGAINST_BEFORE.search(lowered, max(0, c.start - offset - 40), c.start - offset)]
    if targets and len(targets) == len(found):
        found = []
    # "the bomb disposal unit said 8 kg of explosives were used", "Personnel of the Bomb Disposal Unit (BDU) said a
    # hand grenade was used": the squad is named, nothing was defused
    if any(c.category.name in DEVICE_CATEGORIES and _GOES_OFF.search(c.text) for c in found) or _SQUAD_SAID.search(lowered):
        found = [c for c in found if not (c.category.name == "defused" and _SQUAD_NAME.fullmatch(c.text))]
    if _SUICIDE_BOMBER.search(lowered):
        # "A suspected suicide bomber was killed when explosives strapped to his body went off prematurely": a suicide
        # bombing that went off short of its target is still one (ACLED), not a device stopped
        suicide = next(c for c in rules.categories if c.name == "suicide")
        found = [_Cue(suicide, c.start, c.end, c.text) if c.category.name == "defused" and "prematur" in c.text else c
                 for c in found]
    if any(c.category.name in ("defused", "seizure", "surrender") for c in found):
        # "defused four bombs", "recovered explosives", "surrendered with their rocket launchers": the bomb words name the
        # device that was stopped or given up;
        # "intercepted a drone launched by": so do the drone words. A device that went off while being
        # defused ("the blast took place as the squad was defusing the device") went off.
        defused = [c for c in found if c.category.name == "defused"]
        # (a drone or quadcopter "shot down" stops that one, not the attack by others: "attacked the cantonment with
        # three quadcopters, injuring two soldiers; one quadcopter was shot down")
        shot_down = [(c.start, c.end) for c in defused if _SHOT_DOWN.match(c.text)]
        stopped = DEVICE_CATEGORIES | ({"airstrike"} if len(shot_down) < len(defused) else set())
        defusing = any(c.category.name == "defused" and c.text.endswith("ing") for c in found)
        # A bomber who blew himself up did ("police recovered parts of the suicide jacket from the site").
        found = [c for c in found if c.category.name not in stopped or (defusing and _GOES_OFF.search(c.text))
                 or _SELF_DETONATION.search(c.text)]
        found = [c for c in found if not (c.category.name == "airstrike" and any(a <= c.start < b for a, b in shot_down))]
    return found


# "Following the blast, ... an intense exchange of fire took place": what a bombing set off
_AFTER_THE_BLAST = re.compile(r"\W*(?:(?:soon|shortly|immediately|moments|minutes)\s+)?(?:after|following)\s+the\s+(?:[\w-]+\s+)?"
                             r"(?:blast|explosion|bombing)\s*,?", re.I)
# the case told in court: "The prosecution told the court that ...", "according to the charge sheet" (not an attack
# on the judge or outside the court told after the verdict: "Soon after, the accused were shot dead")
_TOLD_IN_COURT = re.compile(r"\b(?:told\s+the\s+(?:court|bench|judge)|the\s+(?:court|bench)\s+was\s+told|prosecut\w+\s+(?:said|told|argued|stated|"
                            r"maintained|alleged)|according\s+to\s+the\s+(?:prosecution|charge\s*sheet|case\s+file|fir))\b", re.I)
_A_TIME_OF_ITS_OWN = re.compile(r"\b(?:soon\s+after|shortly\s+after|later|afterwards|hours\s+later|the\s+same\s+day|then)\b", re.I)
# a court's verdict told before the violence it judges (not "a judge who had sentenced militants was shot dead")
_VERDICT = re.compile(r"(?<!who had )(?<!who has )\b(?:sentenced|convicted|acquitted|indicted|awarded\s+(?:the\s+)?(?:death|life)|"
                      r"handed\s+down|upheld\s+the\s+(?:death|life))\b")
# (not "during Friday prayers", "the Sunday bazaar": no day told)
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)\b"
                      r"(?!\s+(?:prayers?|sermons?|congregations?|bazaars?|markets?))")
_SAID_ON_A_DAY = re.compile(r"\b(?:said|told\s+[\w-]+|stated|announced|disclosed|revealed)\s+(?:on\s+)?(?:\w+\s+)?(?:on\s+)?"
                            r"(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\b(?=,?\s+that\b)")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|so far|already|now|reportedly)\s+)?(?:been\s+)?[\w-]+(?:ed|en|t)\b")


# acts in the plural that "have killed": a campaign's toll, not an incident
_ACTS_HAVE_DONE = re.compile(r"\b(?:strikes|attacks|bombings|blasts|raids|operations|clashes|killings)\s+(?:have|had)\s+(?:so\s+far\s+|also\s+)?"
                             r"(?:killed|claimed|wounded|injured)\b")
_COUNTED_INCIDENTS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                                r"several|dozens\s+of)\s+(?!(?:days?|hours?|nights?|weeks?|rounds?)\s+of\b)(?:[\w-]+\s+){0,2}?"
                                r"(?:attacks|incidents|blasts|bombings|explosions|clashes)\b")
# (a digest's own period: "during the week", "in March")
_SUMMED_OVER = re.compile(r"\b(?:across|throughout)\s+the\s+(?:country|province|region)|\b(?:in|during)\s+(?:" + "|".join(MONTH_NAMES)
                          + r")\b(?!\s+\d)|\b(?:during|in|over)\s+the\s+(?:past\s+|previous\s+|last\s+|reporting\s+)?(?:week|fortnight|month)\b|"
                          r"\bthis\s+(?:week|fortnight|month)\b|"
                          + TALLY_PERIOD.pattern, re.I)


def _sums_up_incidents(sentence: str) -> bool:
    """Incidents counted over a month or across a province, no day told (but the day it was told: "Pakistan witnessed
    306 terrorist attacks during the last calendar year, the ministry informed the Senate on February 6")."""
    days = [m for m in itertools.chain(_DAY_MONTH.finditer(sentence), _WEEKDAY.finditer(sentence.lower()))
            if not _TELLING_BEFORE.search(sentence, 0, m.start())]
    return bool(_COUNTED_INCIDENTS.search(sentence.lower()) and _SUMMED_OVER.search(sentence) and not days)


def statement_kind(sentence: str, offset: int, cues: list[_Cue], rules: Rules) -> str:
    """``specific`` (reports an incident), ``negated``, ``habitual`` (what an actor does, has done or
    tends to do), ``generic`` (a kind of violence: "preventing attacks") or ``hypothetical``."""
    lowered = _mask_months(sentence).lower()
    if rules.negated.search(lowered):
        return "negated"
    first_violent = min([c.start for c in cues if c.category.name in VIOLENT_CATEGORIES] or [c.start for c in cues]) - offset
    campaign = _ACTS_HAVE_DONE.search(lowered)
    if campaign and campaign.start() <= first_violent:
        return "habitual"  # "Washington says the strikes have killed senior al Qaeda figures": what a campaign has done
        # (not "Two policemen were shot dead on Monday; such attacks have killed dozens this year")
    if _VERDICT.search(lowered, 0, first_violent):
        return "habitual"  # "An ATC sentenced two LeJ members to death for the murder of a doctor": a case retold
    # a habit is told around the violence it qualifies, not far after it, nor in what someone says after it
    # (an unpunctuated report runs on as one sentence)
    first_end = min([c.end for c in cues if c.category.name in VIOLENT_CATEGORIES] or [c.end for c in cues]) - offset
    speech = _SPEECH_AFTER.search(lowered, first_end)
    reach = min(first_end + _HABIT_REACH, speech.start() if speech else len(lowered))
    profile = _PRESENT_PERFECT_PROFILE.search(lowered)
    if profile and _ONE_INCIDENT.match(lowered, profile.end()):
        profile = None  # "has claimed responsibility for a suicide attack": one incident, not a profile
    # (a gloss after a semicolon qualifies the group, not the act: "The BRA claimed the attack; the group has
    # repeatedly targeted gas installations")
    gloss = lowered.find(";", first_end)
    if gloss >= 0:
        reach = min(reach, gloss)
        if profile and profile.start() > gloss:
            profile = None
    if (profile and not _NUMBER.search(lowered)) or rules.habitual.search(lowered, 0, reach):
        return "habitual"
    # "The CTD has conducted 2,100 operations since January", "130 people were killed in clashes last year": a
    # tally, not an incident (not "a soldier was killed on Monday, the 45th this year")
    perfect = _PERFECT.search(lowered, 0, first_end)
    anchor = perfect.end() if perfect else first_end - 1
    tally = TALLY_PERIOD.search(lowered, anchor, reach)
    # (the day a speaker gave the tally is not the day of an act: "the minister said on May 2 that 213 militants had
    # laid down their arms during the past year")
    undated = _SAID_ON_A_DAY.sub(" ", sentence) if re.search(r"\b(?:had|have|has)\s+", lowered) else sentence
    if tally and not TALLY_CLAUSE_END.search(lowered, anchor, tally.start()) \
            and not any(c.start - offset >= tally.end() for c in cues if c.category.name in VIOLENT_CATEGORIES) \
            and (perfect or not (_DAY_MONTH.search(undated) or _WEEKDAY.search(undated.lower()))):
        return "habitual"
    # ... or opening its sentence ("Since January, 34 people have been killed in the district"), no day told
    if perfect and TALLY_OPENING.match(lowered) and not (_DAY_MONTH.search(sentence) or _WEEKDAY.search(lowered)):
        return "habitual"
    # ... or incidents counted over a month or across a province, no day told ("The province recorded 23 militant
    # attacks in March", "Militants carried out nine attacks across the country"; not "Two blasts rocked Quetta")
    counted = _COUNTED_INCIDENTS.search(lowered)
    if counted and any(c.start - offset == counted.end() - len(c.text) for c in cues) and _sums_up_incidents(sentence):
        return "habitual"
    # Every cue a bare plural ("preventing attacks") with no count: a kind of violence, not an incident.
    if all(cue.text in GENERIC_PLURALS for cue in cues) and not _NUMBER.search(lowered):
        preceding = {words[-1] for cue in cues if (words := re.findall(r"[\w-]+", lowered[: cue.start - offset]))}
        if not preceding & SPECIFIC_DETERMINERS:
            return "generic"
    # A modal or "whether" just before the first violent cue: something that may happen, not that did.
    first = min(cues, key=lambda c: c.start)
    lead = lowered[: first.start - offset]
    window = " ".join(lead.split()[-5:])
    if rules.hypothetical.search(window) or "whether" in lead.split():
        return "hypothetical"
    return "specific"


def _continues(group: _Group, sentence: str, cues: list[_Cue], rules: Rules, context: EventContext,
               start: int, end: int) -> bool:
    categories = {c.category.name for c in cues}
    group_categories = {c.category.name for c in group.cues}
    if not group_categories & {"airstrike", "shelling"} and (
            "airstrike" in categories and group_categories & {"explosive", "suicide", "grenade"}
            or "shelling" in categories and group_categories & VIOLENT_CATEGORIES and _FORCES_OPEN.match(sentence)):
        return False  # gunships sent after a bombing, "The SFs pounded the hideouts with shelling": the forces' own
    if "shelling" in categories and "shelling" in group_categories and _FORCES_SHELLED.match(sentence) \
            and not _FORCES_OPEN.match(context.text, group.sentences[0][0]) and not _FORCES_RETALIATED.search(sentence.lower()):
        return False  # "Militants fired four rockets at a Khasadar post ... Security forces later shelled suspected hideouts"
    if "claim" in categories and _CLAIM_OF_THE_ATTACK.search(sentence):
        return True  # "Meanwhile, the TTP claimed responsibility for the attack": the one just told
    if _ORDINAL_INCIDENT.match(sentence) and (_SEVERAL_INCIDENTS.search(context.text, *group.sentences[0]) or group.told_later):
        return True  # "In the second incident of kidnapping" tells one of those the summary counts (or the second act of
        # a sentence that told two)
    if _AT_THE_SAME_TIME.match(sentence) and categories & VIOLENT_CATEGORIES and _names_a_new_place(group, context, start, end) \
            and not any(c.category.action in ("attribution", "diplomatic") for c in cues):
        return False  # "Around the same time, the gunmen fired on a Levies check post at Killi Shahnawaz": another scene
    same_time = _SAME_TIME.match(sentence)
    if rules.boundary.search(sentence) and not _RETOLD.match(sentence) and not (
            (_LATER.match(sentence) or same_time) and categories & STATE_CATEGORIES and _TIED_LATER.search(sentence)) \
            and not (same_time and _BACK_TO_IT.search(sentence) and not _names_another_district(group, context, start, end)) \
            and not (_LATE_THAT.match(sentence) and (_THE_FIGHT.search(sentence) or _THE_SAME_ATTACKERS.search(sentence))
                     and not _FORCES_ACTED_AFTER.search(sentence)):
        # "Earlier, The News reported that ...": the same incident retold; "Later, police arrested a suspect after
        # the killing": tied; "The same night, they stormed the station", "a policeman injured in the attack died";
        # "Late that night, police said two of the attackers had been killed in the exchange of fire"
        return False
    if categories == {"claim"}:
        return True
    if group_categories <= DEMONSTRATION_CATEGORIES | {"claim"} and categories & STATE_CATEGORIES \
            and (categories & VIOLENT_CATEGORIES or _FREED.search(sentence)) and not _PROTESTERS_NAMED.search(sentence):
        return False  # after a protest, "the trader had been recovered ... and two of the kidnappers had been arrested"
        # (not the protest's own arrests: "shut the crossing for hours and arrested both climbers")
    if categories <= {"arrest", "seizure"} and "arrest" in group_categories and _THE_ARRESTED_AGAIN.match(sentence) \
            and not _another_day_named(group, context, start, end) and not context.dates(start, end):
        return True  # "... arresting a would-be suicide bomber near Tarnol. He was arrested at a checkpoint while travelling from Fateh Jang"
    if _second_of_two(group, sentence, categories, context.text) and _elsewhere(group, context, start, end):
        return False
    if _opens_in_another_district(group, sentence, cues, context, start, end) \
            or _another_act_opened_by_its_place(group, sentence, cues, context, start):
        return False
    if _ALSO_OPENS.match(sentence) and group_categories <= STATE_CATEGORIES and categories & VIOLENT_CATEGORIES \
            and not _THE_ARRESTED_OR_RAID.search(sentence):
        return False  # "... SFs arrested 13 suspected militants. Also, unidentified militants blew up the hujra of an elder": another act
    # A device defused or recovered after an attack is an incident of its own (Disrupted weapons use),
    # unless the recovery points back at the attack's scene or people; an arrest belongs to the attack
    # only when the text ties them.
    # (devices only by their words: "recovered from the hideout", not "found and defused another device")
    points_back = categories <= {"arrest", "seizure", "organised_crime"} and bool(
        _POINTS_BACK.search(sentence) or (_ALSO_DID.search(sentence) and not _names_another_district(group, context, start, end))
        # "... a militant involved in the kidnapping was killed. Two of his accomplices were arrested" (not on a day or in
        # a district of their own: "On Monday, police arrested two of his accomplices in Mardan")
        # (or "Police later arrested two suspects from the same village")
        or ((_ACCOMPLICES.search(sentence) or _FROM_THE_SAME_PLACE.search(sentence)) and not context.dates(start, end)
            and not _NEXT_DAY.match(sentence) and not _names_another_district(group, context, start, end))
        or (_RECOVERED_THERE.search(sentence) and not context.dates(start, end)
            and not any(start <= p.span.start < end for p in context.places))) \
        or categories <= {"seizure", "defused"} and bool(_RECOVERED_FROM_THEM.search(sentence) or (
            ("clash" in group_categories or _FIGHTING.search(context.text, group.start, group.end) or _OPERATIONS_OR_RAID.search(
                context.text, group.start, group.end)) and _FOUND_ON_THE_SIDE.search(sentence) and not context.dates(start, end)
            # (a country named is no scene of its own: "were trying to sneak into Pakistan from Afghanistan")
            and not any(start <= p.span.start < end and p.kind != "country" for p in context.places)))
    # "... arresting a would-be suicide bomber. A suicide vest was removed from his body": the device they stopped
    on_the_arrested = "arrest" in group_categories and bool(_FROM_THEIR_PERSON.search(sentence))
    if categories <= {"defused", "seizure"} and "defused" in group_categories and _THE_STOPPED_DEVICE.search(sentence) \
            and not context.dates(start, end) and not any(start <= p.span.start < end and not is_background(context.text, p)
                                                          for p in context.places):
        return True  # "... shot dead a would-be suicide bomber. The BDS later defused the vest": the device stopped
    if categories & {"defused", "seizure"} and group_categories & VIOLENT_CATEGORIES and not categories & VIOLENT_CATEGORIES \
            and not (points_back or on_the_arrested):
        return False
    if categories <= STATE_CATEGORIES and group_categories & VIOLENT_CATEGORIES:
        if _another_day_and_district(group, context, start, end):
            return False  # "The CTD also arrested five suspects ... in Multan on January 15", after a fight on the 14th
        tied = _TIED_TO_INCIDENT.search(sentence)
        if tied and tied.group(1).lower().startswith(("registered", "lodged")) and (
                _names_another_district(group, context, start, end) or _A_CASE_FOR_ANOTHER.search(sentence)):
            tied = None  # (not a case of its own elsewhere: "Police in Peshawar registered a case against 20 workers ... for blocking")
        return bool(tied) or points_back or on_the_arrested
    # the abduction of victims found dead is that killing's start, on whatever day ("The bodies were found ... had
    # been kidnapped two days earlier")
    if categories == {"abduction"} and _FOUND_DEAD.search(context.text, group.start, group.end) and _HAD_BEEN_TAKEN.search(sentence):
        return True
    if "abduction" in group_categories and _THE_ABDUCTED_FOUND.match(sentence):
        return True  # "His bullet-riddled body was found near Gichk on June 5": the abduction's end, days later
    release_of_no_captive = all(_SET_FREE.search(c.text) for c in cues if c.category.name == "agreement_signed") \
        and not _CAPTIVES.search(context.text, group.start, end)
    if "agreement_signed" in categories and "abduction" in group_categories and categories - {"agreement_signed", "agreement"} <= {"abduction"} \
            and not release_of_no_captive:
        return False  # "Following negotiations by a jirga of local elders, the kidnappers released both men": a release agreed
    new_date = next((d for _, d, _ in context.dates(start, end) if d is not None), None)
    old_date = next((d for _, d, _ in context.dates(group.start, group.end) if d is not None), None)
    if new_date and old_date and new_date != old_date:
        return False
    if categories == {"abduction"} and "abduction" in group_categories and all(c.text.lower() == "whereabouts" for c in cues) \
            and _THE_TAKEN_FREED_OR_MISSING.search(sentence) and not context.dates(start, end) \
            and not _names_another_district(group, context, start, end):
        return True  # "Hours later, the driver was released near Loni, but the whereabouts of the teacher remain unknown"
    # without a publication date "on July 11" has no year, but is still another day than "on July 18" (an
    # abduction told of a victim found dead is that killing's start: "had been kidnapped ... on November 28")
    # (not the captive freed in a fight told first: "Police rescued a boy ... after a shootout in which one of the
    # kidnappers was killed. The boy ... was snatched ... on Wednesday morning" is the abduction, a day of its own)
    freed_in_a_fight = _FREED.search(context.text[group.start:group.end].lower()) and _another_day_named(group, context, start, end)
    if categories == {"abduction"} and (_FOUND_DEAD.search(context.text, group.start) or _others_killed(group, context)
                                        and not freed_in_a_fight) \
            and not (_NEXT_DAY.match(sentence) and not (_HAD_BEEN_TAKEN.search(sentence) or _THE_DEAD_TAKEN.search(sentence))):
        return True  # (not "A day earlier, armed men abducted a doctor": a day of its own, not the dead's)
    # "His bullet-riddled body was found near Gichk on October 5", "He was killed by the abductors": the
    # abduction's end (not a fight with the kidnappers); funerals, cases registered and statements retell
    # the incident when they tell no victims of their own
    if "abduction" in group_categories and (_FOUND_DEAD.search(sentence) or _KILLED_BY_KIDNAPPERS.search(sentence)):
        return True
    killed, injured = context.casualties(start, end)
    # told before anything it tells was done ("Police said the militants were involved in the attack"; not "the CTD
    # arrested two suspects ...; an official said the two were not linked to the check post attack")
    told_first = _RETELLS.search(sentence, 0, min(c.start - start for c in cues)) is not None
    # "On the following day, the CTD killed a militant in a raid", "in a follow-up raid": another fight (not "The
    # next day, the chief minister condemned the attack", "the police said the militants were involved in ...")
    victims = bool(killed.total or injured.total)
    own_violence = categories & VIOLENT_CATEGORIES and not (_REFERS_BACK.search(sentence) or _ANY_PAST_DEEDS.search(sentence)
                                                            or told_first and not victims)
    if categories & VIOLENT_CATEGORIES and _HOURS_LATER.match(sentence) and not _NAMES_THE_ACT.search(sentence) \
            and not (told_first and not victims) and (_names_a_new_place(group, context, start, end) or _NEW_DOERS.search(sentence)
                                                      or _ANOTHER_STRIKE.search(sentence) and victims):
        # "About an hour later, armed men opened fire on another vaccination team in Qasba Colony", "A few hours
        # later, a girls' school in Tor Ghundai village was also blown up" (what was also done, elsewhere), "About an
        # hour later, another drone fired two missiles at a vehicle in the same area, killing three more militants"
        return False
    if categories & DEVICE_CATEGORIES and _ANOTHER_BLAST.search(sentence) and _names_a_new_place(group, context, start, end):
        return False  # "Police said another cracker went off outside the office of a construction company in Larkana": another device's
    if own_violence and _NEXT_DAY.match(sentence) or categories & VIOLENT_CATEGORIES and _FOLLOW_UP.search(sentence) \
            and (victims or "arrest" in categories):
        return False
    if _PURSUIT.search(sentence) and (victims or "clash" in categories or "arrest" in categories and not _TIED_TO_INCIDENT.search(sentence)) \
            and not group_categories <= STATE_CATEGORIES \
            and (_names_a_new_place(group, context, start, end) or _ANOTHER_DAY_TOLD.search(sentence)
                 or _another_day_named(group, context, start, end)):
        # "Police and Elite Force personnel chased the attackers and killed three of them in an encounter near
        # Kalabagh", "In a search operation launched the next morning, police killed two of the attackers": the forces'
        # own fight, elsewhere or later (not "police returned fire, killing one of the attackers" at the scene, nor
        # "Later, police arrested two suspects in connection with the attack during a search operation")
        return False
    if _NEXT_DAY.match(sentence) and not categories & (group_categories | {"claim"}) and not told_first \
            and not _REFERS_BACK.search(sentence):
        return False  # "... surrendered at a ceremony in Quetta. A day earlier, the FC recovered a huge cache of arms": another act
    came_after = CAME_AFTER.match(sentence)
    if came_after and any(c.category.name in VIOLENT_CATEGORIES and c.start - start >= came_after.end() for c in cues) \
            and _CLAUSE_AFTER.match(sentence, came_after.end()) and not _REFERS_BACK.search(sentence, came_after.end()) \
            and _statement_about_attack(group, rules) is None:
        return False  # "The protest came a day after militants shot dead two policemen at the Gandi Chowki checkpost": the one before
    if "clash" in categories and victims and _IN_ITS_WAKE.match(sentence) and "clash" not in group_categories:
        return False  # "Soon after the killing, armed men of the two sects exchanged fire, leaving six dead": a fight it set off
    if _acts_it_set_off(group, sentence, cues, start):
        return False  # "Soon after the blast, troops ... came under fire", "The attack triggered clashes between rival
        # tribes", "Following the killing, enraged party workers set four vehicles on fire": acts of their own
    if categories & {"mob", "riot"} and "clash" in group_categories and not group_categories & DEMONSTRATION_CATEGORIES \
            and not _CONTINUED.search(sentence) and (any(_GUNFIRE.search(c.text) for c in group.cues if c.category.name == "clash")
                                                     or context.casualties(group.start, group.end)[0].total):
        return False  # "... exchanged heavy fire for hours. Several shops were torched by angry mobs": the crowd's own
        # (not the crowds of a brawl without gunfire or dead, nor "The rioting continued")
    if "abduction" in group_categories and "clash" in categories and _NEXT_DAY.match(sentence) and _FREED.search(sentence):
        return False  # "On the following day, security forces raided a house ... and recovered the surveyor after a brief
        # exchange of fire": the rescue, a fight of its own on a day of its own
    if categories & {"agreement", "agreement_signed"} and not release_of_no_captive \
            and all(c.category.name not in VIOLENT_CATEGORIES or _THE_BEFORE.search(sentence, 0, c.start - start) for c in cues) \
            and _another_day_named(group, context, start, end):
        return False  # "After a flag meeting at Kharlachi late on Friday, both sides agreed to a ceasefire and the firing stopped":
        # a truce on a day of its own, whatever fighting it names
    also = _ALSO_OPENS.match(sentence)  # "Also, Levies personnel found the body of ...": one more act
    if also and victims and categories & VIOLENT_CATEGORIES and not _REFERS_BACK.search(sentence, also.end()) \
            and not _THE_FIGHT.search(sentence):
        return False  # "Also, Levies personnel found the body of an unidentified man bearing torture marks near Mangochar":
        # another act (not "Also, four policemen were injured in the attack")
    if victims and categories & VIOLENT_CATEGORIES and _REFERS_BACK.search(sentence) \
            and not _REFERS_BACK.search(_DOERS_OF_THE_ACT.sub(" ", sentence)) and _another_day_named(group, context, start, end):
        return False  # "On Monday, CTD personnel killed two militants involved in the attack in an exchange of fire in the
        # Kot Chutta area": the act named only to say who they were; the fight is another, on a day of its own
    if _REFERS_BACK.search(sentence) or (told_first and not victims):
        # "According to an ISPR statement issued on March 4, the terrorists were killed": told before the violence;
        # not "Gunmen shot dead a labourer in Gwadar on July 12, police said" nor "recovered on January 9 after an
        # exchange of fire with the kidnappers, police said"
        return True
    taken = categories & {"territory_lost", "territory_regained"}
    if (own_violence and victims or taken and not taken & group_categories) and not told_first \
            and not _SEVERAL_INCIDENTS.search(context.text, *group.sentences[0]) and not _the_victim_again(sentence, group, context.text) \
            and _scene_in_another_district(group, context, start, end) \
            and not (_THE_WOUNDED_DIED.search(sentence) or _THE_TOLL_ROSE.search(sentence) or _PLUPERFECT.search(sentence)
                     or _ONE_OF_THEM_OPENS.match(sentence)):
        # "Gunmen shot dead two policemen in Bannu on May 3. Five people were killed when a bomb exploded in a market in
        # Quetta": violence with its own dead (or ground taken) at a scene in another district is another incident, opener
        # or none (not what a spokesman "briefing journalists in Rawalpindi" said, nor "In one incident, ..." of those
        # just counted, nor one a summary of "separate incidents in Peshawar and Mardan" goes on to tell)
        return False
    # (an incident that names no day of its own, "Meanwhile, unidentified men hurled a grenade ...", is taken to be of
    # the last day told before it)
    # (the day a report opening on the toll names is when the toll rose: "The death toll in the bomb blast ... rose to
    # nine on April 14 ... The device had gone off at the crowded market on the morning of April 12")
    another_day = new_date is None and _another_day_named(group, context, start, end) \
        and not (_THE_TOLL_ROSE.search(context.text, *group.sentences[0]) and _HAD_DONE.search(sentence))
    if another_day and categories <= {"protest"} and group_categories & DEMONSTRATION_CATEGORIES \
            and _PROTEST_ENDED.search(sentence):
        return True  # "The minister held talks with the protesters on Tuesday, after which the sit in was called off": its end
    if another_day and categories & (STATE_CATEGORIES | DEMONSTRATION_CATEGORIES | {"defused", "agreement", "agreement_signed"}):
        # "The BDS defused an IED ... on June 1. On June 3, the BDS defused the suicide vest" (no year known); a
        # protest or a truce on another day is another event ("On Monday, the protest continued"; "On Saturday (October
        # 6), a jirga brokered a ceasefire" after the clashes of October 3), as it is when dates resolve
        return False
    if _IN_THE_SAME_PLACE.match(sentence) and (categories - group_categories) & VIOLENT_CATEGORIES \
            and not _THE_SAME_ATTACKERS.search(sentence) and not re.search(r"\bthen\b", sentence, re.I):
        return False  # "... set on fire a girls school in Darel valley. In the same valley, a girls middle school ... was damaged by
        # an explosive device": another act at another spot
    if "agreement_signed" in categories and group_categories & VIOLENT_CATEGORIES and not categories & VIOLENT_CATEGORIES \
            and not group_categories & {"agreement_signed", "agreement"} and not release_of_no_captive:
        return False  # "... the fighting spread to three villages. A jirga of elders brokered a ceasefire late at night": the truce
    if categories & DEMONSTRATION_CATEGORIES and not group_categories & (DEMONSTRATION_CATEGORIES | VIOLENT_CATEGORIES) \
            and _GATHERING.search(sentence):
        return False  # "... defused a pressure cooker bomb near a girls school. Residents of Kanju later held a peace rally"
    # ... when the sentence tells violence done then, not someone's past deeds ("accused of involvement in the
    # murder of head constable Yousuf Lodhi on September 20")
    if not categories & VIOLENT_CATEGORIES:
        return True
    if _ANY_PAST_DEEDS.search(sentence):
        # (but a fight of its own, opening on its own day, with the men "involved in the check post attack": "On September
        # 6, the CTD claimed to have killed three terrorists involved in the check post attack in an exchange of fire")
        return not (another_day and "clash" in categories and _OPENING_ON_A_DAY.match(sentence))
    # (the wounded who died the next day raise the toll: "... succumbed to their injuries in the early hours of Saturday,
    # raising the toll to three")
    return not another_day or bool(_THE_WOUNDED_DIED.search(sentence)) and not _names_another_district(group, context, start, end)


_THE_WOUNDED_DIED = re.compile(r"\b(?:succumbed|died)\s+(?:of|from|to)\s+(?:their|his|her)\s+(?:injuries|wounds)\b|"
                               r"\b(?:raising|bringing|taking|pushing)\s+the\s+(?:death\s+)?toll\b", re.I)


def _another_day_named(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence names a day that is not the incident's (or, where the incident names none, not the last day told
    before it)."""
    new_day, old_day = _day_told(context, start, end), _day_told(context, group.start, group.end) \
        or _day_told(context, 0, group.start, last=True)
    # (no year known: "on the night of March 29" ... "On March 30", "on Thursday" ... "On Friday night"; days named
    # both ways, "On Saturday (October 6)", are compared in the way the other sentence names its day)
    return bool(new_day and old_day) and not new_day & old_day and bool({key[0] for key in new_day} & {key[0] for key in old_day})


_DAY_MONTH = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + "|".join(MONTH_NAMES) + r")|(" + "|".join(MONTH_NAMES) +
                        r")\s+(\d{1,2})(?:st|nd|rd|th)?)\b", re.I)


# a day that is the telling's: "police said on Monday", "the Ministry of Interior informed the Senate in Islamabad on February 6"
_TELLING_BEFORE = re.compile(r"\b(?:said|says|told|statement|reporters|announced|added|confirmed|informed|stated|revealed|disclosed|briefed)\b"
                             r"[^.;,]{0,40}$", re.I)
_ON_THE_DAY_BEFORE = re.compile(r"\bon\s+(?:the\s+)?(?:(?:night|morning|evening|afternoon|intervening\s+night)\s+of\s+)?$", re.I)


_GLOSS_OPENS = re.compile(r"\s*\(\s*")  # "Saturday (October 6)"


def _day_told(context: EventContext, start: int, end: int, last: bool = False) -> frozenset[tuple]:
    """The first (or ``last``) day the text from ``start`` to ``end`` says something happened on, as
    ``dates.day_named`` keys it: "on July 11", "on 11th July", "on the night of March 29", "on Friday night"; not a
    day named otherwise ("in the May 11 general elections") nor the day something was told ("told reporters on
    Monday"). A weekday glossed with its date ("On Saturday (October 6)") gives both keys; no day, none."""
    dates = [span for span, _, _ in context.dates(start, end)]
    glosses = lambda n: 0 < n < len(dates) and _GLOSS_OPENS.fullmatch(context.text, dates[n - 1].end, dates[n].start) is not None
    days: list[frozenset[tuple]] = []
    for n, span in enumerate(dates):
        key = day_named(span.text)
        if key is None or _TELLING_BEFORE.search(context.text, max(start, span.start - 40), span.start) or days and glosses(n):
            continue  # (a date glossing the weekday before it is that day's)
        if key[0] == "weekday" and glosses(n + 1) and (glossed := day_named(dates[n + 1].text)) is not None:
            days.append(frozenset({key, glossed}))
        elif key[0] == "weekday" or _ON_THE_DAY_BEFORE.search(context.text, max(0, span.start - 30), span.start):
            days.append(frozenset({key}))
        if days and not last:
            break
    return days[-1] if days else frozenset()


# "In 2014, militants killed 140 people": a sentence opening on a year (or a month of one)
_OPENS_ON_A_MONTH = re.compile(r"^\W*(?:(?P<last>last)\s+(?:(?:" + "|".join(MONTH_NAMES) + r")\b|year|month)|"
                               r"(?:in|back\s+in|earlier\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?P<month>" + "|".join(MONTH_NAMES)
                               + r")\b(?!\s+\d)(?:\s+(?P<last_year>last\s+year)|\s+this\s+year)?)\s*,", re.I)
_OPENS_ON_A_YEAR = re.compile(r"^\W*(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTH_NAMES) + r")\s+)?((?:19|20)\d\d)\b")
# "... had been killed in 2019", "was killed in a similar attack in 2019": a year right after the violence it dates
_IN_A_YEAR_AFTER = re.compile(r"(?:(?!\b(?:since|launched|started|began|formed|founded|established|released|wanted|sentenced|"
                              r"convicted|arrested|appointed|elected|built|set\s+up)\b)[^.;,]){0,90}?\bin\s+(?:(?:early|late|mid-?)\s*)?"
                              r"(?:(?:" + "|".join(MONTH_NAMES) + r")\s+)?((?:19|20)\d\d)\b", re.I)
# "since 2014, when gunmen killed five", "tightened in 2018, after militants fired rockets at a hotel", "and in December
# 2012 a suicide bomber struck": the violence a year names, told in the clause after it or right after it
_A_YEAR_WHEN_BEFORE = re.compile(r"\b(?:in|since|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTH_NAMES) + r")\s+)?"
                                 r"((?:19|20)\d\d)\s*,?\s+(?:when|after)\b[^.;]*$|"
                                 # (or a clause opening on it in the sentence's middle: "..., and in December 2012 a
                                 # suicide bomber struck one of its gatherings"; not a report opening "In January 2024,")
                                 r"\b(?:and|but|while)\s+in\s+(?:(?:" + "|".join(MONTH_NAMES) + r")\s+)?((?:19|20)\d\d)\s*,?\s+(?:[\w-]+\s+){0,4}$", re.I)
# ... or a month, when the violence is told in the past of the past ("The Tump post had also been attacked in January")
_IN_A_MONTH_AFTER = re.compile(r"(?:[^.;,]){0,30}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)", re.I)
_AGO_AFTER = re.compile(r"(?:[^.;,]){0,40}?\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
                        r"(?:weeks?|months?|years?)|a\s+few\s+(?:weeks|months|years))\s+ago\b", re.I)
# what ends the clause a cue is in: "killing three people at the bazaar that was targeted ten years ago" tells a new attack
_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:which|that|where|who|whose|when)\b|\bkilling\b|\binjuring\b", re.I)
# "a shrine inaugurated two years ago": when a place was made, not an act's time
_MADE_BEFORE = re.compile(r"\b(?:built|inaugurated|constructed|set\s+up|established|opened|renovated|rebuilt|installed|founded|"
                          r"launched|completed)\s+(?:[\w-]+\s+)?$", re.I)
# "the bombing of a checkpost two years ago in which four personnel were killed": the old act's toll
_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?(?:gone|hit|struck|[a-z]+(?:ed|en|wn|ot|ft|ld))\b", re.I)
_THE_TOLL_ROSE = re.compile(r"\b(?:death\s+)?toll\b[^.;]{0,120}?\b(?:rose|risen|climbed|reached|mounted|increased|jumped)\s+to\b", re.I)
_ITS_TOLL_AFTER = re.compile(r"\s*,?\s*in\s+which\b", re.I)
_YEARS_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|a\s+few|\d+)\s+years?\s+ago\b", re.I)
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:also\s+|earlier\s+|previously\s+|already\s+)?(?:been\s+)?$", re.I)
# "The blast came two weeks after a car bomb killed nine people": an earlier incident recalled
_WEEKS_AFTER = re.compile(r"^\W*(?:the|this|it|that)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?"
                          r"(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:weeks?|months?|years?)\s+after\b", re.I)
_A_SIMILAR_ONE = re.compile(r"\bsimilar\s+(?:[\w-]+\s+)?(?:attacks?|blasts?|bombings?|incidents?|explosions?|ambush(?:es)?|killings?|raids?)\b", re.I)
# ... opening its sentence ("Last month, four soldiers were killed in a similar attack"; not "the third similar attack
# since last month" told of the incident itself)
_AN_EARLIER_TIME = re.compile(r"^\W*(?:(?:last|previous)\s+(?:month|year|week)|earlier\s+this\s+(?:month|year)|previously)\b", re.I)
_RECURRING = re.compile(r"\b(?:repeated(?:ly)?|frequent(?:ly)?|a\s+(?:series|spate|wave|string|number)\s+of)\b", re.I)
_A_CLAUSE_AT_AN_EARLIER_TIME = re.compile(r";\s*in\s+(?:" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)", re.I)
_A_DAY_TOLD = re.compile(r"\b(?:last|on\s+(?:the\s+)?(?:same|following|next|previous))\s+(?:night|evening|morning|day)\b|\btonight\b", re.I)


def _runs(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """0..length cut at the edges of ``spans`` (sorted, not overlapping): the spans and the text between them."""
    edges = sorted({0, length} | {x for span in spans for x in span})
    return list(zip(edges, edges[1:]))


def _month_before(told: str, report_month: str) -> bool:
    """The month named in ``told`` ("near Loti in March") comes before ``report_month`` in the year."""
    names = [m.lower() for m in MONTH_NAMES]
    named = next((n for n in names if n in told.lower()), None)
    return named is not None and _MONTH_ORDER.index(named[:3]) < _MONTH_ORDER.index(report_month[:3])


_MONTH_ORDER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # ("Sept", "Nov": their month)


# (speakers telling of years past: not "Police were recalled from leave", nor a witness who "recalled that gunmen shot him")
# (or of what "had been" done: "Speakers at the sit in recalled that 11 policemen had been killed in attacks on check posts")
_RECALLED = re.compile(r"(?<!were\s)(?<!was\s)(?<!been\s)\b(?:recalled|recalling|remembered|reminisced)\b(?=[^.;]*\b(?:years|decades?|era|\d{4})\b|"
                       # ("Recalling the attacks on the Army Public School ..., he said": the attacks a speaker named)
                       r"(?<=recalling)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|massacres?|killings?|traged(?:y|ies))\b|"
                       r"\s+that\s+[^.;]*?\bhad\s+(?:been\s+)?(?:killed|martyred|attacked|blown\s+up|injured|wounded|kidnapped|abducted|"
                       r"shot|targeted|ambushed|bombed|torched)\b)", re.I)
# the dead of an earlier act told in a relative clause ("the families of four policemen who were killed in ...")
_WHO_WERE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_IN_A_MONTH_OF_THE_CLAUSE = re.compile(r"[^.;,]{0,100}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)|"
                                       r"(?:19|20)\d\d\b)", re.I)
# "The area has witnessed several attacks on police in recent months, including a suicide blast ... in January": the
# place's record, told after the incident
_HAS_SEEN_ATTACKS = re.compile(r"\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+(?:also\s+)?(?:witnessed|seen|faced|"
                               r"experienced|suffered|been\s+hit\s+by)\s+(?:[\w-]+\s+){0,4}?(?:attacks|incidents|blasts|bombings|"
                               r"killings|violence|clashes)\b", re.I)


def _told_as_background(sentence: str, offset: int, cues: list[_Cue], published: date | None,
                        report_month: str | None = None, lead: bool = False) -> bool:
    """The sentence tells, with no day of its own, an incident of a year before the report's ("In 2014, militants
    killed 140 people", "the victim's brother had been killed in 2019"), of a month before told in the past of the
    past ("had also been attacked in January") or in a month other than ``report_month`` (the month of the report's
    first dated incident), or weeks or more before the one reported ("came two weeks after a
    car bomb killed nine people"). A year that dates something else ("the first such attack since 2023", "a project
    launched in 2015") does not count. When the report's date is unknown, a year told right after the violence (or
    an arrest: "arrested ... in 2013" retold after a verdict) is taken for an earlier one: a report of its own day
    tells the day."""
    if _WEEKS_AFTER.match(sentence):
        return True
    violent = [c for c in cues if c.category.name in VIOLENT_CATEGORIES]
    who_were = violent and _WHO_WERE_BEFORE.search(sentence, max(0, violent[0].start - offset - 40), violent[0].start - offset)
    month = who_were and _IN_A_MONTH_OF_THE_CLAUSE.match(sentence, violent[0].end - offset)
    # (every act the sentence tells inside that clause: not "Two militants, who had been behind the killing of two
    # policemen in April, were killed in an IBO on June 3", nor "arrested two militants who were behind the attack")
    if month and all(who_were.start() <= c.start - offset < month.end() for c in cues):
        return True  # "... handed over cheques on Monday to the families of four policemen who were killed in an attack on the
        # Doaba Police Station in March": the day is the handing over's, the month the attack's
    # "In February, a suicide bomber killed 88 people at the shrine ...", "In August last year, a drone strike killed ...",
    # "Last year, 14 soldiers were killed ...": a story's recall of an earlier month, after its own incident (whatever
    # weekday it names: "In March 2016, ... on Easter Sunday")
    month_opening = _OPENS_ON_A_MONTH.match(sentence)
    if month_opening and violent and not lead and not _DAY_MONTH.search(sentence) and (
            month_opening.group("last") or month_opening.group("last_year")
            or report_month and _month_before(month_opening.group("month"), report_month)):
        return True
    year_opening = _OPENS_ON_A_YEAR.match(sentence)
    if year_opening and violent and not _DAY_MONTH.search(sentence) and (
            int(year_opening.group(1)) < published.year if published is not None else not lead):
        return True
    if _DAY_MONTH.search(sentence) or _WEEKDAY.search(sentence.lower()) or _A_DAY_TOLD.search(sentence):
        return False
    if _HAS_SEEN_ATTACKS.match(sentence):
        return True
    recalled = _RECALLED.search(sentence)
    if recalled and cues and all(c.start - offset > recalled.end() for c in cues if c.category.name in VIOLENT_CATEGORIES):
        return True  # "Speakers recalled the years of militancy ..., when schools were blown up": the past they spoke of
    if _A_SIMILAR_ONE.search(sentence) and _AN_EARLIER_TIME.search(sentence) and not any(c.category.name == "claim" for c in cues):
        # "Last month, four soldiers were killed in a similar attack on a post in neighbouring Panjgur district" (not
        # "No group claimed the blast, though the BLA had claimed a similar attack last month": that one's claim)
        return True
    for cue in violent + [c for c in cues if c.category.name in STATE_CATEGORIES]:
        when_then = _A_YEAR_WHEN_BEFORE.search(sentence, 0, cue.start - offset)
        if when_then and (published is None or int(when_then.group(1) or when_then.group(2)) < published.year):
            return True  # "... in police-escorted convoys since 2014, when gunmen killed five members of the community"
        pluperfect = bool(_PLUPERFECT_BEFORE.search(sentence, 0, cue.start - offset))
        year = _IN_A_YEAR_AFTER.match(sentence, cue.end - offset)
        if year and (pluperfect or published is None or int(year.group(1)) < published.year):
            return True
        month = _IN_A_MONTH_AFTER.match(sentence, cue.end - offset)
        # (or a month other than the one the report's incident is dated in: "The same track was blown up near
        # Dera Allahyar in January", in a report of an attack on February 10)
        if month and (pluperfect or report_month and _month_before(month.group(), report_month)):
            return True
    acts = violent + [c for c in cues if c.category.name in STATE_CATEGORIES]
    if acts and _AGO_AFTER.search(sentence) and all(_PLUPERFECT_BEFORE.search(sentence, 0, c.start - offset) for c in acts):
        return True  # "had gone missing from Tump two months ago, and ... they had been picked up by personnel of agencies"
    years_ago = _YEARS_AGO.search(sentence)
    # (with the dead of the attack told in a clause of its own: "the bombing of a checkpost two years ago in which
    # four personnel were killed")
    its_toll = years_ago and _ITS_TOLL_AFTER.match(sentence, years_ago.end())
    if years_ago and _MADE_BEFORE.search(sentence, max(0, years_ago.start() - 30), years_ago.start()):
        years_ago = None  # "a shrine inaugurated two years ago": when the place was made, not the act
    if violent and years_ago and acts == violent and all(
            c.start - offset < years_ago.start() and not _CLAUSE_BREAK.search(sentence, c.end - offset, years_ago.start())
            or its_toll and c.start - offset >= its_toll.end() and not _CLAUSE_BREAK.search(sentence, its_toll.end(), c.start - offset)
            for c in violent):
        return True  # "Several schools in Diamer were torched or bombed in a similar wave of attacks some years ago"
    opening = _OPENS_ON_A_YEAR.match(sentence)
    # (with the report's date unknown, too, after an incident told with its day: "Gunmen shot dead a lawyer on Monday. In
    # 2016, the same group bombed the civil hospital"; not a report that opens so)
    return bool(opening and violent and (int(opening.group(1)) < published.year if published is not None else not lead))


def _second_of_two(group: _Group, sentence: str, categories: set[str], text: str) -> bool:
    """The sentence tells "the second blast" of the two the group's report counts."""
    return bool(_THE_SECOND.match(sentence) and categories & DEVICE_CATEGORIES
                and _TWO_OF_THEM.search(text, group.start, group.end))


# armed groups' drones are quadcopters in the reporting, or drones the text gives to militants
_MILITANT_DRONE = re.compile(r"\bquadcopters?\b|\b(?:militants?|terrorists?|khawarij|insurgents?|attackers|assailants|"
                             r"gunmen|miscreants)\s+(?:\w+\s+){0,3}?"
                             r"(?:used|flew|launched|dropped|fired|attacked)\b[^.;]{0,40}?\b(?:drones?|uavs?)\b", re.I)


def _militants_drone(strike: _Cue, group: _Group, context: EventContext) -> bool:
    """The strike's own sentence, up to its words, gives the drone to an armed group ("militants dropped
    explosives from a quadcopter", "a quadcopter attack"), and no state force is named just before them ("the
    army responded with a drone strike", "a Pakistan Army drone struck")."""
    sentence_start = next(s for s, e in group.sentences if s <= strike.start < e)
    end = strike.start + len(strike.text)
    if not _MILITANT_DRONE.search(context.text, sentence_start, end):
        return False
    clause_start = max([m.end() for m in _CLAUSE_OPENER.finditer(context.text, sentence_start, strike.start)], default=sentence_start)
    return not any(a.acled_inter == 1 and clause_start <= a.span.start < strike.start for a in context.actors)


def _states_strike(strike: _Cue, group: _Group, context: EventContext) -> bool:
    """A state force opens the strike's own clause ("and the army responded with a drone strike")."""
    sentence_start = next(s for s, e in group.sentences if s <= strike.start < e)
    clause_start = max([m.end() for m in _CLAUSE_OPENER.finditer(context.text, sentence_start, strike.start)], default=sentence_start)
    return any(a.acled_inter == 1 and clause_start <= a.span.start < strike.start
               and not _TOLD.search(context.text, a.span.end, strike.start) for a in context.actors)  # ("Police said the quadcopter ...")


_CLAUSE_OPENER = re.compile(r"\b(?:when|after|as|while|and|but)\b|,")
# what officials said before the violence they tell, tallies since a date and court cases retell or sum up;
# they open no incident
_TOLD = re.compile(r"\b(?:said|says|told|added|stated|according to|claimed)\b", re.I)
_TALLIED = re.compile(r"\b(?:since|so far|this (?:year|month)|sentenced|convicted|court|have been|has been)\b", re.I)
_OPENING_IN = re.compile(r"\W*In\s+(?:the\s+)?")
# "On Monday, police recovered the body of ... in Bannu District": a day of its own opening the sentence
_OPENING_ON_A_DAY = re.compile(r"\W*On\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?(?:monday|tuesday|wednesday|thursday|"
                               r"friday|saturday|sunday|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}|\d{1,2}\s+(?:" + "|".join(MONTH_NAMES) + r"))\b"
                               r"[^,.;]{0,25},", re.I)


def _place_it_opens_with(sentence: str, context: EventContext, start: int) -> PlaceMention | None:
    """The place (smaller than a country) a sentence opens with: "In Mingora, ..." """
    opening = _OPENING_IN.match(sentence)
    if opening is None:
        return None
    return next((p for p in context.places if p.kind != "country" and p.span.start == start + opening.end()), None)


def _only_told(sentence: str, first_violence: int) -> bool:
    """An official tells the violence rather than the sentence doing it: "In Peshawar, the IGP said the policemen
    martyred in Kulachi had fought bravely", not "..., police said"."""
    return bool(_TOLD.search(sentence, 0, first_violence))


def _another_act_opened_by_its_place(group: _Group, sentence: str, cues: list[_Cue], context: EventContext, start: int) -> bool:
    """"In Mingora, the beheaded body of a man was found near Nishat Chowk" after a town retaken: a sentence opening
    with a place the incident has not named, telling violence of another kind than the incident's (a bare "killed"
    is of every kind), not tied back to it."""
    # (a summary of separate incidents is itemised on its own: "At least five persons were killed in separate incidents")
    if _REFERS_BACK.search(sentence) or _SEVERAL_INCIDENTS.search(context.text, 0, start):
        return False
    place = _place_it_opens_with(sentence, context, start)
    if place is None or name_key(place.name) in {name_key(p.name) for p in context.places if group.start <= p.span.start < group.end}:
        return False
    acts = lambda found: {c.category.name for c in found if c.category.name in VIOLENT_CATEGORIES and not _BARE_KILLING.fullmatch(c.text)}
    own = acts(cues)
    if _only_told(sentence, min((c.start - start for c in cues if c.category.name in own), default=0)):
        return False
    # (a lead that only counts the dead tells no kind: "Four persons were killed in separate incidents")
    told = {c.category.name for c in group.cues if c.category.name != "claim" and not _BARE_KILLING.fullmatch(c.text)}
    return bool(own) and bool(told) and not own & told


def _opens_in_another_district(group: _Group, sentence: str, cues: list[_Cue], context: EventContext,
                               start: int, end: int) -> bool:
    """"In Lakki Marwat District, a roadside IED went off near an FC vehicle, injuring three soldiers": a
    sentence that opens with a place in another district than the incident's, and has violence and victims
    (or a target: "militants attacked the Jani Khel Police Station") of its own that it does not tie to the
    incident before ("also", "the attack"), tells another incident."""
    opening = _OPENING_IN.match(sentence)
    on_a_day = _OPENING_ON_A_DAY.match(sentence)
    if not (opening or on_a_day) or not {c.category.name for c in cues} & VIOLENT_CATEGORIES or _TALLIED.search(sentence):
        return False
    first_cue = min((c for c in cues if c.category.name in VIOLENT_CATEGORIES), key=lambda c: c.start)
    first_violence = first_cue.start - start
    # "also", "the attack" up to its own violence point back ("repulsed the attack" after it is its own)
    if _REFERS_BACK.search(sentence, 0, first_violence + len(first_cue.text)):
        return False
    if _only_told(sentence, first_violence):
        return False
    # (a day of its own: the first place it tells of, wherever it stands in the sentence)
    place = _place_it_opens_with(sentence, context, start) if opening else next(
        (p for p in context.places if p.kind != "country" and start <= p.span.start < end and not is_background(context.text, p)), None)
    killed, injured = context.casualties(start, end)
    # victims of its own, or a target of its own: a post attacked, pylons blown up ("no casualties were reported")
    target = _ATTACK_ON_FORCES.search(sentence) or {c.category.name for c in cues} & (DEVICE_CATEGORIES | {"property"})
    if place is None or not (killed.total or injured.total or target):
        return False
    before = context.locate(group.start, group.end)[0]
    if before is None or not before.admin2:
        return False
    # "In Peshawar, the IGP said the three policemen martyred in Kulachi ...": the incident's district named again
    named = {_coded_district(p, context) for p in context.places if start <= p.span.start < end and p.kind != "country"}
    return _coded_district(place, context) not in (None, name_key(before.admin2)) and name_key(before.admin2) not in named


def _names_a_new_place(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence names a place (smaller than a country) that the incident's own sentences do not."""
    told = " ".join(context.text[s:e] for s, e in group.sentences).lower()
    names = [p.span.text for p in context.places if start <= p.span.start < end and p.kind != "country"] \
        + [m.group(1) for m in _AT_A_LOCALITY.finditer(context.text, start, end)]  # ones the gazetteer does not know
    return any(name.lower() not in told for name in names)


# the act a protest answers, told of its victim in a clause of its own: "..., who was shot dead by unidentified gunmen"
_WHO_SUFFERED = re.compile(r",\s*who\s+(?:was|were|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?(?:shot\s+dead|killed|gunned\s+down|murdered|"
                           r"shot|abducted|kidnapped|picked\s+up)\b[^.;]*", re.I)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _the_act_it_answers(group: _Group, event: EventMention, context: EventContext) -> tuple[int, int] | None:
    """The span of the clause in a protest's first sentence that tells the act the protest answers on a day of its own
    (another than the protest's), or None."""
    if event.acled_event_type != "Protests":
        return None
    start, end = group.sentences[0]
    clause = _WHO_SUFFERED.search(context.text, start, end)
    if clause is None:
        return None

    its_day, protest_day = _day_told(context, clause.start(), clause.end()), _day_told(context, start, clause.start())
    # (days named the same way, "on Wednesday evening" and "on Thursday"; not a killing of years past the protest
    # recalls: "who was shot dead by FC personnel on August 13, 2020")
    another_day = bool(its_day and protest_day) and not its_day & protest_day \
        and bool({key[0] for key in its_day} & {key[0] for key in protest_day})
    return (clause.start() + 1, clause.end()) if another_day and not _A_YEAR.search(context.text, clause.start(), clause.end()) else None


def _another_day_and_district(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence tells a day other than the group's, and a place in another district: work of its own, whatever
    words point back ("the suspects were planning an attack" speaks of its own arrested)."""
    return _another_day_named(group, context, start, end) and _names_another_district(group, context, start, end)


def _scene_in_another_district(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence's own scene, as the incident's place is found and told as a scene ("in", "at", "on"), is in another
    district than the group's (not where someone "escaped towards", came from or phoned from)."""
    before, here = context.locate(group.start, group.end)[0], context.locate(start, end)[0]
    return before is not None and here is not None and bool(before.admin2) and bool(here.admin2) \
        and name_key(here.admin2) != name_key(before.admin2) and start <= here.span.start < end \
        and _TOLD_AS_A_SCENE.search(context.text, max(start, here.span.start - 40), here.span.start) is not None \
        and not is_background(context.text, here)


# "on Ferozepur Road", "regained control of Gat Pesha village"
_TOLD_AS_A_SCENE = re.compile(r"\b(?:in|at|near|outside|inside|on|control\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _names_another_district(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence names a place in another district than the group's ("On the same day, the militants also
    attacked a checkpost in Lakki Marwat"; not where someone came from: "his accomplices, who belonged to Kashmore")."""
    before = context.locate(group.start, group.end)[0]
    if before is None or not before.admin2:
        return False
    return any(start <= p.span.start < end and p.kind != "country" and not is_background(context.text, p)
               and (district := _coded_district(p, context)) is not None and district != name_key(before.admin2)
               for p in context.places)


def _elsewhere(group: _Group, context: EventContext, start: int, end: int) -> bool:
    """The sentence names a place below district level (found anywhere in the text, said again here) that the
    group's later sentences do not name, and that is not the one place its first sentence gives both blasts
    ("Two blasts rocked Parachinar's Eidgah market. The second blast went off at the Eidgah market": one place)."""
    local = {p.name for p in context.places if p.kind not in ("country", "admin1", "admin2")}

    def named(a: int, b: int) -> set[str]:
        return {n for n in local if re.search(rf"\b{re.escape(n)}\b", context.text[a:b])}

    own, lead = named(start, end), named(*group.sentences[0])
    first = context.text[slice(*group.sentences[0])]
    # "at Havaid and Miran Akundkhel areas": the first sentence gives each blast its place
    each_placed = any(re.search(rf"\b{re.escape(a)}\b[^.;]{{0,40}}?\band\s+(?:[\w-]+\s+){{0,3}}?{re.escape(b)}\b", first)
                      for a in lead for b in lead if a != b)
    return bool(own) and not own & named(group.sentences[0][1], group.end) and (each_placed or not own & lead)


# ... unless they say they protested: "staged a peaceful protest in Hangu town after the funeral"
_STAGED_PROTEST = re.compile(r"\b(?:staged|held|organi[sz]ed)\s+(?:an?\s+)?(?:peaceful\s+)?(?:protest|demonstration|sit[- ]in|rally)\b", re.I)
_FUNERAL_OR_RESCUE = re.compile(r"\b(?:funeral|janaza|burial|rescue\w*|to help|allah)", re.I)


def _reacts_to_attack(group: _Group, sentence: str, cues: list[_Cue]) -> bool:
    """The sentence tells of people demonstrating against the attack the group tells ("Following the
    attack, members of the community staged a protest against the killing"): a riot, mob or intervention
    cue, or a protest cue in a sentence that tells of a gathering (not "a mark of protest"), beside words
    pointing back at it."""
    group_categories = {c.category.name for c in group.cues}
    if not group_categories & VIOLENT_CATEGORIES or group_categories & DEMONSTRATION_CATEGORIES:
        return False
    demonstrating = any(c.category.name in DEMONSTRATION_CATEGORIES - {"protest"} for c in cues) \
        or "protest" in {c.category.name for c in cues} and bool(_GATHERING.search(sentence))
    # people gathering in a sentence that tells no violence are demonstrating, whatever they demand (not mourners
    # at a funeral, nor rescuers)
    return demonstrating and (bool(_AGAINST_THE_ATTACK.search(sentence)) or bool(_GATHERING.search(sentence)) and not any(
        c.category.name in VIOLENT_CATEGORIES for c in cues)
        and (not _FUNERAL_OR_RESCUE.search(sentence) or _STAGED_PROTEST.search(sentence)))


_TAKEN_EARLIER_BEFORE = re.compile(r"\b(?:had|have|has)\s+been\s+(?:[\w-]+\s+)?$", re.I)


_FIRST_THOUGHT = re.compile(r"\b(?:initially|first\s+(?:thought|said|believed|suspected)|ruled\s+out\s+that|(?:was|were)\s+not\s+caused)\b", re.I)
_FOUND_LATER = re.compile(r"\b(?:later\s+(?:confirmed|found|established)|turned\s+out|confirmed\s+that|explosives\s+(?:had\s+been|were)\s+used)\b", re.I)


_TOLD_OF_AN_EARLIER_TIME = re.compile(r"\bearlier\s+(?:in\s+the|this|that)\s+(?:week|month|year)\b|\b(?:days|weeks|months)\s+earlier\b|"
                                     r"\b(?:last|the\s+previous)\s+(?:week|month|year)\b", re.I)


def _accident_denied(accident: _Cue, group: _Group, text: str) -> bool:
    """An accident the incident's words name that was only first thought of, or ruled out ("Police initially said the
    blast was caused by a gas cylinder, but the BDS later confirmed it was an IED"), not what was found later ("Police
    initially suspected a bomb, but the BDS later confirmed that the blast was caused by a leaking gas cylinder")."""
    start, end = next(((s, e) for s, e in group.sentences if s <= accident.start < e), (group.start, group.end))
    markers = [(m.start(), "doubt") for m in _FIRST_THOUGHT.finditer(text, start, accident.start)] \
        + [(m.start(), "found") for m in _FOUND_LATER.finditer(text, start, accident.start)]
    if markers:
        return max(markers)[1] == "doubt"
    return _FOUND_LATER.search(text, accident.end, max(end, group.end)) is not None
_A_SHELL_LEFT_OVER = re.compile(r"\b(?:unexploded|old|abandoned|dud)\s+(?:mortar\s+|artillery\s+)?(?:shells?|rounds?|ordnance|rockets?)\b"
                                r"[^.;]{0,100}?\b(?:went\s+off|exploded|detonated|blew\s+up)\b", re.I)


def _code(group: _Group, context: EventContext, rules: Rules, status: str = "occurred") -> EventMention:
    text = context.text
    # "the arrested men were involved in target killing", "one of the planners of the attack on ...", "had
    # expertise in training suicide bombers": past deeds and skills do not type what happened now
    # "The arrested persons also stole the rifle of a police official after killing him": their past deeds too
    told_of_arrested = [(s, e) for s, e in group.sentences if _ARRESTED_SUBJECT.match(text, s, e) and _PAST_MARKER.search(text, s, e)]
    # an arrest told first, then what the arrested had done ("had confessed to involvement in nine sectarian
    # killings", "had provided shelter to militants who planted a bomb"): their past, not this incident
    first_names = {c.category.name for c in group.cues if c.start < group.sentences[0][1]}
    if "arrest" in first_names and not first_names & VIOLENT_CATEGORIES:
        told_of_arrested += [(m.start(), _end_of_the_deeds(m, e)) for s, e in group.sentences[1:] if (m := _DEEDS_TOLD.search(text, s, e))]
    # "recovered two kidnapped employees after an exchange of fire with their abductors": the victims' past and
# the men who had taken them, not what happened now
    # ("Relatives of two brothers killed in what the CTD called an encounter placed the bodies on the GT Road": the
    # dead the protest is about, and a fight only claimed)
    names_protest = any(c.category.name in DEMONSTRATION_CATEGORIES for c in group.cues)
    # "... staged a sit-in ... told the gathering that at least 14 young men had been picked up in the past two
    # months": the men taken earlier are what the protest is about
    opens_protest = any(c.category.name in DEMONSTRATION_CATEGORIES and c.start < group.sentences[0][1] for c in group.cues)
    # (as its speakers tell it: not "By evening, 30 of them had been arrested")
    grievance = lambda c: opens_protest and c.category.name in ("arrest", "abduction") and c.start >= group.sentences[0][1] \
        and _TAKEN_EARLIER_BEFORE.search(text, max(group.start, c.start - 30), c.start) is not None \
        and _TOLD.search(text, next(s for s, e in group.sentences if s <= c.start < e), c.start) is not None
    present = [c for c in group.cues if c.category.name not in VIOLENT_CATEGORIES and not grievance(c)
               or not (_PAST_DEEDS_BEFORE.search(text, max(group.start, c.start - 60), c.start)
                       or _PLANNED_BEFORE.search(text, max(group.start, c.start - 60), c.start)
                       or _TIME_AFTER_BEFORE.search(text, max(group.start, c.start - 60), c.start)
                       or any(s <= c.start < e for s, e in told_of_arrested)
                       or _KIN_OF_THE_TAKEN.search(text, max(group.start, c.start - 60), c.start) and names_protest
                       or c.category.name == "clash" and names_protest and _WHAT_THEY_CALLED.search(text, max(group.start, c.start - 70), c.start)
                       or (c.category.name == "abduction" and (_KIDNAPPERS.fullmatch(c.text) or _KIN_OF_THE_TAKEN.search(
                           text, max(group.start, c.start - 60), c.start) or _RECOVERED_BEFORE.search(
                           text, max(group.start, c.start - 120), c.start))) or grievance(c))]
    # "The chief minister condemned the bombing", "claimed responsibility for the killings, as well as for blowing
    # up a tower": violence named by a later sentence's claim or condemnation does not type what happened
    present = [c for c in present if not _named_by_a_statement(c, group, context)]
    # "arrested three suspected suicide bombers from a rented house": the men arrested, not a bombing
    present = [c for c in present if not (c.category.name in DEVICE_CATEGORIES and _BOMBER.fullmatch(c.text.lower())
                                          and _ARRESTED_OBJECT_BEFORE.search(text, max(group.start, c.start - 50), c.start))]
    # "Police initially said the blast was caused by a gas cylinder, but the BDS later confirmed it was an IED": an
    # accident first thought of, or ruled out, does not type what happened
    present = [c for c in present if not (c.category.name == "industrial_accident" and _accident_denied(c, group, text))]
    # "A curfew had been imposed in the city earlier in the week following sectarian clashes": the scene's past, told
    # after the incident, does not type it
    told_before_it = [(s, e) for s, e in group.sentences[1:] if _PLUPERFECT.search(text, s, e) and _TOLD_OF_AN_EARLIER_TIME.search(text, s, e)]
    present = [c for c in present if not any(s <= c.start < e for s, e in told_before_it)]
    names = {c.category.name for c in present or group.cues}
    if "surrender" in names and all(_OFFENDERS.fullmatch(c.text) or _GANG_OF.match(c.text)
                                    for c in group.cues if c.category.name == "crime_specific"):
        names -= {"crime_specific"}  # "Seven members of a dacoit gang surrendered": who gave up, not a crime
    if "agreement_signed" in names and all(_SET_FREE.search(c.text) for c in group.cues if c.category.name == "agreement_signed") \
            and not _CAPTIVES.search(text, max(0, group.start - 400), group.end):
        names -= {"agreement_signed"}  # a release agreed is of captives ("The suspects were freed on bail after mediation": none)
    primary = next(c for c in rules.categories if c.name in names and c.name != "claim") if names - {"claim"} else None
    if primary is not None and primary.name == "suicide" and "clash" in names \
            and not _DETONATED.search(text, group.start, group.end) and all(
                _WORN_BEFORE.search(text, max(group.start, c.start - 40), c.start) for c in group.cues if c.category.name == "suicide"):
        # "each attacker killed in the exchange of fire was wearing a suicide vest": nothing went off, the fight
        # types it (not "a bomber wearing an explosives-laden vest attacked ..., killing three")
        primary = next(c for c in rules.categories if c.name in names - {"suicide", "claim"})
    if primary is not None and primary.name == "suicide" and names & {"armed_attack", "clash"} and all(
            c.start >= group.sentences[0][1] and _WHO_THEN.search(text, max(group.start, c.start - 25), c.start)
            for c in group.cues if c.category.name == "suicide"):
        # "Gunmen ... stormed a police training centre ... three attackers who blew themselves up when they were
        # cornered": the assault, its attackers' end told of them later
        primary = next(c for c in rules.categories if c.name in names - {"suicide", "explosive", "claim"})
    if primary is not None and primary.name == "defused" and names & VIOLENT_CATEGORIES and all(
            _SHOT_DOWN.match(c.text) for c in group.cues if c.category.name == "defused") \
            and any(count.total for count in context.casualties(group.start, group.end)):
        # "attacked the cantonment with three quadcopters, injuring two soldiers; one quadcopter was shot down": the
        # attack, not the one drone stopped
        primary = next(c for c in rules.categories if c.name in names & VIOLENT_CATEGORIES)
    if primary is not None and primary.name == "defused" and names & VIOLENT_CATEGORIES and all(
            c.start >= group.sentences[0][1] and _RECOVERY.search(c.text) for c in group.cues if c.category.name == "defused"):
        # "... were killed in an exchange of fire during a raid. Two hand grenades and a suicide vest were recovered
        # from the hideout": the fight, not what was found after it
        primary = next(c for c in rules.categories if c.name in names & VIOLENT_CATEGORIES)
    strikes = [c for c in group.cues if c.category.name == "airstrike"]
    if primary is not None and primary.name == "airstrike" and strikes and all(_militants_drone(c, group, context) for c in strikes) \
            and any(c.category.name == "clash" and not _PLUPERFECT.search(text, *next((s, e) for s, e in group.sentences if s <= c.start < e))
                    for c in group.cues):
        # "the attackers fired at the post from three sides and also dropped two small bombs on it from a quadcopter ...
        # an exchange of fire that lasted nearly two hours": a fight with a drone in it
        primary = next(c for c in rules.categories if c.name == "clash")
    if primary is not None and primary.name in ("shelling", "airstrike") and any(
            c.category.name == "territory_regained" and c.start < group.sentences[0][1]
            and all(c.start < f.start for f in group.cues if f.category.name in ("shelling", "airstrike")) for c in group.cues):
        # "Security Forces took control of Kaniguram town ... Troops entered the town after heavy artillery shelling":
        # the town retaken the report leads with, not the shelling that went before (not "Jets pounded hideouts ...
        # a day after troops regained control of the area": the strike is told first)
        primary = next(c for c in rules.categories if c.name == "territory_regained")
    if primary is not None and primary.name in _ARREST_OR_RECOVERY and "arrest" in names and names & {"seizure", "defused"} \
            and not names & VIOLENT_CATEGORIES:
        # arrests and a recovery told together: the one the report leads with ("FC personnel recovered a huge cache
        # of arms and explosives ... Two suspects were arrested": a recovery; "arrested four militants and
        # recovered explosives": arrests), unless the one arrested was the bomb ("arrested a would be suicide bomber and
        # recovered a suicide jacket": an attack stopped)
        primary = next((c.category for c in group.cues if c.category.name == "defused" and _BOMBER.fullmatch(c.text)), None) \
            or min((c for c in present or group.cues if c.category.name in _ARREST_OR_RECOVERY), key=lambda c: c.start).category
    # a protest about violence or crime told in its first sentence is placed before the words of what it is
    # about ("blocked the RCD Highway in Khuzdar District to protest against the killing of seven drivers in Kalat")
    protest_about = _protest_about_violence(group, text, primary)
    statement = _statement_about_attack(group, rules) or (protest_about[0] if protest_about else None) \
        or _crowd_after_attack(group, text, rules, primary) or _attack_before_its_aftermath(group, text, rules, primary) \
        or _scene_secured_after_attack(group, text, rules, primary)
    if statement is not None:
        primary = statement
    # (the kin of an office holder or a policeman is who was hit: "shot dead the son of a police constable")
    group_text = _KIN_OF_OFFICE.sub(lambda m: " " * len(m.group()), text[group.start:group.end].lower())
    # (not the police or officers who only told of it: "Police said that nine empty shells were recovered")
    scene_text = _AS_SOURCE.sub(lambda m: " " * len(m.group()), group_text)
    hit = {name: bool(pattern.search(scene_text)) for name, pattern in rules.targets.items()}
    # (an incident that opens apart from the one before does not count the dead told of that one in between: "Seven
    # of the dead belonged to the LeI ... Meanwhile, LeI militants abducted three elders")
    killed, injured = context.casualties(group.start if _ANOTHER_OPENS.match(text, group.start) else group.extent[0], group.extent[1])

    claimed_by = _claimant(group, context) or _pamphlets_claimant(group, context)
    named_perpetrator = _named_perpetrator(group, context)
    # "Security forces killed eight khwarij in an intelligence-based operation ... However, the TTP claimed that its
    # fighters had killed nine soldiers": the forces' operation, whatever the other side claims of it
    forces_operation = named_perpetrator is not None and named_perpetrator.acled_inter == 1 \
        and _IN_AN_OPERATION.search(text, group.start, group.sentences[0][1]) is not None
    # (and the forces that stopped an attack are its doers, whoever claims the attempt: "Police foiled a suicide attack ...
    # LeJ-A later claimed the attempted attack")
    forces_operation = forces_operation or primary is not None and primary.name == "defused" and named_perpetrator is not None \
        and named_perpetrator.acled_inter == 1
    perpetrator = (None if forces_operation else claimed_by) or named_perpetrator or _said_to_belong(group, context)
    if perpetrator is None and _IN_AN_OPERATION.search(text, group.start, group.sentences[0][1]) \
            and (_hit(killed, "militant") or _hit(injured, "militant")) \
            and not _attacks_on_forces(text[group.start:group.sentences[0][1]].lower()):
        # "In a separate operation, two terrorists were killed", "two terrorists were killed in an intelligence based operation"
        # (the force that tells of its own operation ran it: "the CTD said three terrorists were killed in a follow up
        # operation")
        perpetrator = next((a for a in context.actors if group.start <= a.span.start < group.sentences[0][1] and a.acled_inter == 1
                            and a.kind == "state_force" and _TELLS_OF_IT.match(text, a.span.end)), None) \
            or _generic_actor(GENERIC_STATE, "state_force", 1)
    if perpetrator is None and primary is not None and primary.name in ("shelling", "clash") \
            and _FROM_ACROSS.search(text, group.start, group.sentences[0][1]):
        # "mortar shells fired from across the Pak Afghan border landed ... Officials said Afghan forces opened fire":
        # the other country's forces the report names
        # (the shells' side may be named too: "fired from across the border in Afghanistan landed on houses in Kharlachi")
        scenes = {p.country for p in context.places if group.start <= p.span.start < group.sentences[0][1] and p.country}
        perpetrator = next((a for a in context.actors if group.start <= a.span.start < group.end and a.kind == "state_force"
                            and (own := _countries(a)) and scenes - own
                            and (_FORCES_FIRED.match(text, a.span.end) or _BLAMED_BEFORE.search(text, max(0, a.span.start - 20), a.span.start))),
                           None)
    sub_event = primary.sub_event if primary else None
    if primary and primary.name in DEVICE_CATEGORIES and "defused" in names and (_went_off_too_soon(group) or not any(
            c.category.name in DEVICE_CATEGORIES and (_GOES_OFF.search(c.text) or _THROWN_BEFORE.search(text, max(0, c.start - 40), c.start))
            for c in group.cues)):
        # ("... went off prematurely. Police said the militants were planting it when it exploded": the same blast)
        primary = next(c for c in rules.categories if c.name == "defused")  # "the IED had been planted": the foiled one
        sub_event = primary.sub_event
    if primary and primary.name == "shelling" and _A_SHELL_LEFT_OVER.search(group_text):
        # "two children were killed when an old mortar shell they had found while grazing cattle exploded": a device left
        # over that went off where it lay, as a landmine does, not fire
        primary = next(c for c in rules.categories if c.name == "explosive")
        sub_event = primary.sub_event
    if primary and primary.name == "defused" and status == "occurred":
        status = "foiled"
    if primary and primary.name == "suicide" and ((perpetrator is not None and perpetrator.acled_inter == 1)
                                                  or ("clash" in names and _BOMBERS_SHOT.search(group_text)
                                                      and not _DETONATED.search(group_text))):
        primary = next(c for c in rules.categories if c.name == "clash")
        sub_event = primary.sub_event  # a militant who blew himself up in the forces' raid, or suicide bombers shot in an exchange of fire: the clash
    forces_hit = _hit(killed, "security") or _hit(injured, "security") or _forces_hit(group_text)
    gunfire_on_forces = primary is not None and forces_hit and (
        primary.name == "grenade" and _FIREARMS.search(group_text) is not None
        # "militants first detonated a roadside bomb and then opened fire on a police mobile van": an ambush on the
        # forces that opened with a bomb (GTD still types it by the bomb)
        or primary.name == "explosive" and any(c.category.name == "armed_attack" and _OPENED_FIRE.fullmatch(c.text)
                                               and _ON_THE_FORCES.match(text, c.end)
                                               for c in group.cues if c.start < group.sentences[0][1]))
    # (the forces' return fire told before a grenade of another incident is that one's: "Police returned fire and the
    # attackers fled. In another incident, a hand grenade was thrown at the house of a local leader"; not "... Earlier,
    # the attackers had hurled a hand grenade at the police station")
    retaliation_from = group.start if _ANOTHER_OPENS.match(text, group.start) else group.extent[0]
    if primary and (primary.name == "grenade" or (primary.name == "explosive" and _FIREARMS.search(group_text))) \
            and (any(c.category.name == "clash" for c in group.cues) or gunfire_on_forces
                 or _FORCES_RETALIATED.search(text[retaliation_from:group.extent[1]].lower())):
        primary = next(c for c in rules.categories if c.name == "clash")
        sub_event = primary.sub_event  # grenades thrown, or a bomb set off, in an exchange of fire, an ambush or with gunfire on the forces: the clash
    # (not a state's forces "firing and mortar shelling" across a border: their shelling)
    state_fired = perpetrator is not None and perpetrator.kind == "state_force"
    if primary and primary.name == "shelling" and ("clash" in names or ("armed_attack" in names
                                                                         and _FIREARMS.search(_PROJECTILES_FIRED.sub(" ", group_text))
                                                                          and not (state_fired and not _attacks_on_forces(group_text)
                                                                                   and not _PROJECTILES_AT_FORCES.search(group_text)))):
        primary = next(c for c in rules.categories if c.name == ("clash" if "clash" in names else "armed_attack"))
        sub_event = primary.sub_event  # rockets and gunfire together: an armed attack, not shelling
    elif primary and primary.name == "shelling" and not state_fired \
            and (forces_hit or _attacks_on_forces(group_text) or _PROJECTILES_AT_FORCES.search(group_text)) \
            and any(not _NOT_DONE.search(m.group()) for m in _FORCES_RETALIATED.finditer(text[retaliation_from:group.extent[1]].lower())):
        primary = next(c for c in rules.categories if c.name == "clash")
        sub_event = primary.sub_event  # "dacoits fired a rocket at a police picket ... The police returned fire": a fight
    # (or only people of no stated side, no forces among them: "JI leader Maulana Hazrat Bilal was shot dead along with
    # his driver when gunmen ... ambushed his car")
    if primary and primary.name == "clash" and all(_AMBUSH.match(c.text) for c in group.cues if c.category.name == "clash") \
            and (_hit(killed, "civilian") or _hit(injured, "civilian")
                 or (_hit(killed, "unknown") or _hit(injured, "unknown")) and not (_hit(killed, "security") or _hit(injured, "security")
                                                                                   or _forces_hit(group_text))
                 and not _AMBUSHED_FIGHTERS.search(group_text) and not _AMBUSHED_FORCES.search(group_text)) \
            and not (perpetrator and perpetrator.acled_inter == 1) \
            and not _hit(killed, "militant") \
            and not any(_FORCES_AMBUSHED.match(text, c.start) for c in group.cues if c.category.name == "clash"):
        primary = next(c for c in rules.categories if c.name == "armed_attack")
        sub_event = primary.sub_event  # an ambush is a clash with the forces, an attack on passengers: typed below by whom it hit
    if primary and primary.name in ("armed_attack", "clash", "abduction"):
        state_acts = perpetrator is not None and perpetrator.acled_inter == 1
        security_hit = _hit(killed, "security") or _hit(injured, "security") or _forces_hit(group_text) \
            or bool(_attacks_on_forces(group_text)) and not _civilian_camp_only(group_text)
        if security_hit and _FORMER_FORCES.search(group_text) and not _attacks_on_forces(group_text):
            security_hit = False  # "executed a former soldier at his home": a civilian to ACLED
        # (the police escort of a team fired on takes the team's side: "opened fire on another vaccination team,
        # killing a policeman ... who was escorting the team")
        if security_hit and not _attacks_on_forces(group_text) and (
                _AIMED_AT_CIVILIANS.search(group_text) and (_mostly_others(killed, injured) or _ESCORTS.search(text, *group.extent))
                or _ESCORTS.search(text, *group.extent) and _hit(killed, "civilian")):
            security_hit = False  # "opened fire at a shop", two people dead and a Levies man hurt: civilians were the aim
        militants_hit = _hit(killed, "militant") or _hit(injured, "militant")
        found_dead = any(_THE_ABDUCTED_FOUND.match(text, s) for s, _ in group.sentences[1:]) or any(
            _THEIR_BODY_FOUND.search(text, c.end, group.end) for c in group.cues if c.category.name == "abduction")
        # the abductors killed by the forces that freed the hostages ("recovered four guards held by Jaish al-Adl
        # after an exchange of fire with their captors, killing two militants"): a fight, not the hostages' killing
        rescue = (_hit(killed, "militant") and not (_hit(killed, "civilian") or _hit(killed, "unknown"))
                  or _FREED_IN_A_FIGHT.search(group_text) is not None) and not found_dead and bool(_FREED.search(group_text))
        # (captives put to death after a fight on the forces' post: the fight still is one)
        execution = _EXECUTED.search(group_text)
        # (or found dead after being taken: "The bullet riddled body of a Levies sepoy, who had been abducted by militants
        # four days earlier, was found in a ravine")
        executed = execution is not None and not _attacks_on_forces(group_text[:execution.start()]) \
            or _BODY_OF_A_CAPTIVE.search(group_text) is not None
        if primary.name == "abduction" and (killed.total and killed.total.value or found_dead or _FREED_IN_A_FIGHT.search(group_text)):
            # abducted and later killed; forces killed and taken (in the attack, not put to death after it)
            sub_event = "Armed clash" if security_hit and not executed or rescue else "Attack"
        elif primary.name == "armed_attack" and (security_hit and not executed or (militants_hit and state_acts)
                                                 or (not state_acts and _armed_victims(group_text))
                                                 or _group_fights_group(perpetrator, killed, injured)):
            sub_event = "Armed clash"
    if sub_event == "Attack" and "property" in names and _nobody_hurt(killed, injured):
        # "stormed a terminal ... and set ablaze 14 oil tankers ... No one was hurt": property, not people, was hit
        primary = next(c for c in rules.categories if c.name == "property")
        sub_event = primary.sub_event
    if primary and primary.name == "defused" and any(m.group(1).startswith(("opened fire", "fired")) for m in _attacks_on_forces(group_text)):
        primary = next(c for c in rules.categories if c.name == "clash")
        sub_event = primary.sub_event  # "Police foiled a terrorist attack ... two attackers opened fire on the personnel": a fight
        perpetrator = claimed_by or next((a for a in context.actors if group.start <= a.span.start < group.end and a.acled_inter in (2, 3)),
                                         None) or _generic_actor(UNIDENTIFIED, "armed_group", 2)  # (begun by the attackers)
    elif primary and primary.name == "defused" and "clash" in names and killed.total and killed.total.value \
            and not any(_hit(count, side) for count in (killed, injured) for side in ("civilian", "security")):
        primary = next(c for c in rules.categories if c.name == "clash")
        sub_event = primary.sub_event  # "The CTD foiled a bid to attack a procession when its team intercepted three
        # militants ... in the exchange of fire two of them were killed": the forces' fight
    if primary and primary.name == "territory_lost" and _forces_took_it(group, text):
        primary = next(c for c in rules.categories if c.name == "territory_regained")
        sub_event = primary.sub_event  # "the troops took control of several strategic peaks": the state's
    first_cue = min((c.start for c in group.cues if c.start >= group.start), default=group.start)
    if perpetrator is None and _THE_LASHKAR.search(text, group.start, first_cue):
        # "On the following day, members of the lashkar demolished the houses of two suspected militants": the
        # tribal militia the report named before acted
        perpetrator = next((a for a in reversed(context.actors) if a.span.end <= group.start and a.kind == "militia"), None)
    if primary and primary.name == "defused" and perpetrator is None and _THE_SQUAD.match(text, group.start):
        # "A Bomb Disposal Unit (BDU) official was killed ... The team defused the device": the squad named before
        perpetrator = next((a for a in reversed(context.actors) if a.span.end <= group.start and a.acled_inter == 1
                            and _SQUAD_NAME.search(a.name.lower())), None)
    if primary and primary.name == "surrender" and (perpetrator is None or perpetrator.acled_inter == 1):
        # those who surrendered changed course, not the forces they gave themselves up to (as ACLED and SATP code it):
        # the group named among them ("two local commanders of the TNSM"), else unnamed militants
        cue = next(c for c in group.cues if c.category is primary)
        sentence_start = next((s for s, e in group.sentences if s <= cue.start < e), group.start)
        perpetrator = next((a for a in context.actors if sentence_start <= a.span.start < cue.start and a.acled_inter in (2, 3)
                            and not _AIMED_AT_BEFORE.search(text, max(sentence_start, a.span.start - 30), a.span.start)),
                           None) or _generic_actor(UNIDENTIFIED, "armed_group", 2)
    if primary and primary.name in STATE_CATEGORIES and perpetrator is None:
        perpetrator = _forces_acting_first(group, context) or _forces_telling_it(group, context) \
            or _generic_actor(GENERIC_STATE, "state_force", 1)
    if perpetrator is None and primary is not None and primary.name == "airstrike" and any(
            _STATE_AIRCRAFT.search(c.text) for c in group.cues if c.category.name == "airstrike"):
        perpetrator = _generic_actor(GENERIC_STATE, "state_force", 1)  # "helicopter gunships targeted militant positions"
    if perpetrator is None and primary is not None and primary.name in VIOLENT_CATEGORIES | {"territory_lost"}:
        perpetrator = _generic_actor(UNIDENTIFIED, "armed_group", 2)  # (ground taken by unnamed militants too)
    if sub_event in ("Peaceful protest", "Protest with intervention") and perpetrator is not None and perpetrator.acled_inter == 1:
        perpetrator = None  # "police fired teargas shells to disperse the protesters": the protesters are actor1
    associated = None
    if sub_event in CROWD_ACTORS:
        # ACLED's actor1 of a crowd is the crowd; the organisation named behind it is its associated actor
        if perpetrator is not None and perpetrator.acled_inter != 1 and perpetrator.name not in (PROTESTERS, RIOTERS, UNIDENTIFIED):
            associated, perpetrator = perpetrator, None
        associated = associated or _organiser(group, context)
    if perpetrator is None and sub_event in CROWD_ACTORS:
        perpetrator = _generic_actor(*CROWD_ACTORS[sub_event])

    # a later incident is placed by its own sentences when they name a place: the text between it and the
    # incident before describes that one ("... Lowi Sam village ... In a separate incident in Orakzai district")
    # (or where someone was taken from: "armed men abducted a schoolteacher ... from Nag area of Washuk District")
    own = any(group.start <= p.span.start < group.end and p.kind != "country"
              and (SCENE_BEFORE.search(context.text, max(group.start, p.span.start - 40), p.span.start)
                   or _TAKEN_FROM_BEFORE.search(context.text, max(group.start, p.span.start - 120), p.span.start)) for p in context.places)
    # the first incident keeps the lead before it, unless it opens apart from it ("A soldier was martyred in Bannu.
    # Separately, two terrorists were killed in Tank")
    after_another = 0 < group.extent[0] < group.start or (
        group.extent[0] < group.start and bool(rules.boundary.search(text[group.start:group.sentences[0][1]])))
    place, precision = context.locate(group.start if own and after_another else group.extent[0], group.extent[1])
    # (or of a release agreed that names no place of its own: "... who had been abducted by armed men from Kardigap area of
    # Mastung District on Wednesday, were released unharmed on Friday after a jirga of local elders intervened")
    taken_from = _captive_taken_from(text, group.start, group.end) if sub_event == "Abduction/forced disappearance" or (
        sub_event == "Agreement" and (place is None or not group.start <= place.span.start < group.end or is_background(text, place))) else None
    if taken_from is not None:
        # "Police recovered a schoolboy who had been kidnapped for ransom from Hayatabad in Peshawar, and arrested three
        # kidnappers in a raid in Ghundi": the abduction, where he was taken (not where he was freed)
        where = _clause_place((taken_from.start(), taken_from.end()), context)
        if where[0] is not None and where[0].admin2:
            place, precision = where
    if protest_about and statement is protest_about[0]:
        before_object = context.locate(group.start, protest_about[1])
        if before_object[0] is not None and before_object[0].kind != "country":
            place, precision = before_object
    dated = [(span, d, p) for s, e in group.sentences for span, d, p in context.dates(s, e)]
    event_date, time_precision, date_span = (dated[0][1], dated[0][2], dated[0][0]) if dated else (None, None, None)
    return EventMention(
        span=Span(group.start, group.end, text[group.start:group.end]),
        status=status,
        # the deciding category's action first, then the others
        actions=([primary.action] if primary else []) + sorted({c.category.action for c in group.cues
                                                                if c.category.name != "claim"} - {primary.action if primary else None}),
        acled_event_type=ACLED_EVENT_TYPE.get(sub_event) if sub_event else None,
        acled_sub_event_type=sub_event,
        gtd_attack_type=_gtd_attack(primary, sub_event, hit, perpetrator, [text[a:b] for a, b in group.sentences],
                                    [[(s - a, e - a) for s, e in context.parties if a <= s < b] for a, b in group.sentences],
                                    [c.text for c in group.cues if c.category.name == "defused"], rules),
        gtd_weapon_type=primary.weapon if primary else None,
        gtd_target_type=_gtd_target(text[group.sentences[0][0]:group.sentences[0][1]], hit, sub_event, rules),
        perpetrator=perpetrator,
        target=_target_actor(group, context, perpetrator),
        target_category=_target_category(hit, sub_event),
        place=place, geo_precision=precision,
        date=event_date, time_precision=time_precision, date_span=date_span,
        killed=killed, injured=injured,
        arrested=context.count(*group.extent, "arrested"),
        surrendered=context.count(*group.extent, "surrendered"),
        abducted=context.count(*group.extent, "abducted"),
        claimed_by=claimed_by,
        associated=associated,
        rule_category=primary.name if primary else None,
        separate_set=group.separate_set,
    )


# An event note in ACLED's style ("On 14 March 2021, ...", "Around 2 May 2020 (month of)", "[size=around
# 200]", "[3 fatalities]"): the form the event-type head was trained on. News reports are typed by the
# cue rules alone (no SATP, seed or Pakistani report in the benchmarks has this form).
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EVENT_NOTE = re.compile(r"^\s*(?:On|Around|Between|From|During|Overnight|In the (?:night|early hours|morning|evening) of|"
                        r"Late on|Early on|As of)\s+(?:[\w-]+\s+){0,4}?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+(?:19|20)\d\d\b"
                        r"|\[(?:size=|\d+ fatalit)|\((?:month|week) of\)")


def is_event_note(text: str) -> bool:
    return bool(EVENT_NOTE.search(text))


# ACLED tells these apart by who was hit (armed or not), which the rules read from the casualties
# and the target; a classifier of the words does not, so between them the rules' choice stands.
DECIDED_BY_VICTIMS = frozenset({"Attack", "Armed clash"})


def head_may_retype(rule_type: str | None, head_type: str) -> bool:
    """Whether the event-type head may replace the rules' type ``rule_type`` by ``head_type``."""
    return head_type != rule_type and not {rule_type, head_type} <= DECIDED_BY_VICTIMS


def with_type(event: EventMention, label: str, probability: float) -> EventMention:
    """``event`` typed ``label`` by the event-type head: an ACLED sub-event type, or a kind outside
    ACLED (``organised_crime``, ``diplomatic`` ...). The deciding action (first in ``actions``)
    follows: the kind itself, or the action of the cue categories of that sub-event type — where they
    differ (Change to group/activity: surrender or other), the one the rules already found, else
    ``other``."""
    sub_event = label if label in ACLED_EVENT_TYPE else None
    action = label
    if sub_event:
        candidates = {c.action for c in load_rules().categories if c.sub_event == label}
        found = [a for a in event.actions if a in candidates]
        action = candidates.pop() if len(candidates) == 1 else (found[0] if found else "other")
    actions = [action] + [a for a in event.actions if a != action]
    return replace(event, acled_sub_event_type=sub_event, acled_event_type=ACLED_EVENT_TYPE.get(sub_event),
                   actions=actions, typed_by="event_type head", type_probability=round(probability, 4), rule_category=None)


_BARE_KILLING = re.compile(r"kill\w*|dead|deaths?|died|lost\s+.*|martyr\w*|murder\w*", re.I)


def _named_by_a_statement(cue: _Cue, group: _Group, context: EventContext) -> bool:
    """The cue is violence that a claim or a reaction in a later sentence of the group names."""
    first_start, first_end = group.sentences[0]
    if cue.category.name not in VIOLENT_CATEGORIES or first_start <= cue.start < first_end:
        return False
    # "Nine people were killed in Kohistan. The chief minister condemned the suicide attack": the only words of
    # what it was, when the lead tells deaths but not their kind (not militants the forces killed)
    lead = [c for c in group.cues if first_start <= c.start < first_end and c.category.name in VIOLENT_CATEGORIES]
    if lead and all(c.category.name == "armed_attack" and _BARE_KILLING.fullmatch(c.text) for c in lead) \
            and not _hit(context.casualties(first_start, first_end)[0], "militant"):
        return False
    start, _ = next(((s, e) for s, e in group.sentences if s <= cue.start < e), group.sentences[0])
    return any(c.category.action in ("attribution", "diplomatic") and start <= c.start < cue.start for c in group.cues) \
        or _DISPUTED_BEFORE.search(context.text, start, cue.start) is not None


# "A TTP spokesman rejected the official figures and claimed that only civilians had been killed in the bombing":
# the other side's account of the incident told before
_DISPUTED_BEFORE = re.compile(r"\b(?:rejected|denied|disputed|contested|dismissed)\b[^.;]{0,80}?\b(?:claimed|said|saying|insisted|"
                              r"alleged|adding)\s+that\b", re.I)


def _statement_about_attack(group: _Group, rules: Rules) -> Category | None:
    """A one-sentence report whose every violence word is the object of a claim, denial or condemnation
    ("X claimed responsibility for the bombing", "the UN condemned the attack") is about who did it,
    or how others reacted, not a new incident: it is typed as attribution or diplomatic."""
    if len(group.sentences) != 1:
        return None
    # (its own statements: not the claim an incident split off from a claim's sentence carries, _also_claimed)
    statements = [c for c in group.cues if c.category.action in ("attribution", "diplomatic") and c.start >= group.start]
    violent = [c for c in group.cues if c.category.name in VIOLENT_CATEGORIES]
    if not statements or not violent:
        return None
    first_statement = min(statements, key=lambda c: c.start)
    if all(c.start > first_statement.start for c in violent):
        return next((c for c in rules.categories if c.action == first_statement.category.action and c.name != "claim"),
                    first_statement.category)
    return None


def _attack_before_its_aftermath(group: _Group, text: str, rules: Rules, primary: Category | None) -> Category | None:
    """"Gunmen opened fire on a bus ... The bus caught fire after it collided with a truck": an accident or
    fire told after the attack is its aftermath, not what happened (disasters outrank violence only in the
    sentence that tells them both: "a gas cylinder explosion")."""
    if primary is None or primary.name not in DISASTER_CATEGORIES:
        return None
    first_end = group.sentences[0][1]
    opening = {c.category.name for c in group.cues if c.start < first_end}
    # only a crash or fire: "killed in an explosion ... methane gas caused the blast" is the accident itself
    later = [c for c in group.cues if c.start >= first_end and c.category.name in DISASTER_CATEGORIES]
    # "a bus ... plunged into a ravine after an explosion": the crash the violence caused, told in one sentence
    caused = [c for c in group.cues if c.start < first_end and c.category.name in DISASTER_CATEGORIES
              and _CRASH_OR_FIRE.search(c.text) and _AFTER_VIOLENCE.match(text, c.end)]
    if caused and all(c in caused for c in group.cues if c.start < first_end and c.category.name in DISASTER_CATEGORIES):
        opening -= DISASTER_CATEGORIES
    def aftermath(cue: _Cue) -> bool:  # a crash or fire, or a blaze the fire tenders put out
        sentence = next((text[a:b] for a, b in group.sentences if a <= cue.start < b), "")
        return bool(_CRASH_OR_FIRE.search(cue.text) or _FIREFIGHTING.search(sentence))

    if opening & DISASTER_CATEGORIES or not opening & VIOLENT_CATEGORIES or not all(aftermath(c) for c in later):
        return None
    return next(c for c in rules.categories if c.name in opening)


# "took control of the area" after an attack: the scene secured, not ground won back
_SCENE_SECURED = re.compile(r"\b(?:took|taken|assumed|gained)\s+control\s+of\s+the\s+(?:area|site|spot|scene|place)\b", re.I)


def _scene_secured_after_attack(group: _Group, text: str, rules: Rules, primary: Category | None) -> Category | None:
    """"Militants attacked a check post ..., killing two soldiers. Security forces later took control of the
    area": the attack told first, not territory regained (a town or ridge taken back is still regained)."""
    if primary is None or primary.name not in ("territory_regained", "territory_lost"):
        return None
    first_end = group.sentences[0][1]
    taken = [c for c in group.cues if c.category.name in ("territory_regained", "territory_lost")]
    if any(c.start < first_end or not _SCENE_SECURED.search(text, c.start, c.end + 20) for c in taken):
        return None
    opening = {c.category.name for c in group.cues if c.start < first_end} & VIOLENT_CATEGORIES
    return next((c for c in rules.categories if c.name in opening), None)


_FORCES_WORDS = re.compile(r"\b(?:troops|soldiers|forces|army|sfs|security personnel|paramilitar\w*|rangers|fc|commandos)\b", re.I)
_FIGHTERS_WORDS = re.compile(r"\b(?:militants?|gang\w*|rebels?|fighters?|insurgents?|taliban|terrorists?|gunmen|attackers|"
                             r"khwarij|kharjis?|maoists?|cadres?)\b", re.I)


def _forces_took_it(group: _Group, text: str) -> bool:
    """The forces are who took control ("the troops took control of several strategic peaks"), not the
    gangs or militants ("Gang members took over the neighbourhood after a gun battle with police")."""
    cue = next(c for c in group.cues if c.category.name == "territory_lost")
    start = next(s for s, e in group.sentences if s <= cue.start < e)
    lead = text[start:cue.start]
    return bool(_FORCES_WORDS.search(lead)) and not _FIGHTERS_WORDS.search(lead)


_CONDEMNED_BEFORE = re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*)\b[^.;]*$", re.I)


def _crowd_after_attack(group: _Group, context_text: str, rules: Rules, primary: Category | None) -> Category | None:
    """A demonstration told after an attack is a Violent demonstration when the crowd's own violence
    follows ("They burnt tyres ... set two vehicles on fire"; not what they said had happened), else a
    Peaceful protest: the violence words of its first sentence ("His killing sparked protests") are the attack's."""
    if not group.follows_attack or primary is None or primary.name not in VIOLENT_CATEGORIES:
        return None
    first_end = group.sentences[0][1]
    told = [(s, e) for s, e in group.sentences[1:] if _SPEECH.search(context_text, s, e)]
    # (nor the attack others condemned: "The Chief Minister condemned the attack")
    # (what a crowd does: not a kidnapping or a bomb, "Last month, two schoolteachers were kidnapped")
    crowd_violent = any(c.category.name in ("riot", "mob") for c in group.cues) or any(
        c.start >= first_end and c.category.name in VIOLENT_CATEGORIES - DEVICE_CATEGORIES - {"abduction", "airstrike"}
        and not any(s <= c.start < e for s, e in told)
        and not _CONDEMNED_BEFORE.search(context_text, max(0, c.start - 60), c.start) for c in group.cues)
    return next(c for c in rules.categories if c.name == ("riot" if crowd_violent else "protest"))


# what lies between two violence words of one object: "the abduction and killing of", "the killing of two men, who
# were shot dead by gunmen", "the drone strike that killed", "the killing of Balach in a fake encounter" (not a
# verb of its own: "the killing of a trader were fired upon by police")
_SAME_OBJECT = re.compile(r"(?:(?!\b(?:was|were|is|are|had|has|have|been)\b)[^.;]){0,80}?"
                          # ("a college student who, his family says, was picked up")
                          r"(?:,?\s*(?:who|which|that)\s*(?:,\s*(?:[\w-]+\s+){1,3}(?:says|said|say|claims|claimed|alleges|alleged)\s*,\s*)?"
                          r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?)?)?")


_PROTESTED_VERB = re.compile(r"protest(?:ed|ing)?", re.I)
_ARREST_NOUN = re.compile(r"arrests?|detentions?|disappearances?|custody", re.I)
_TOLD_OF_SOMEONE = re.compile(r"\b(?:who|which|that)\b[^.;]{0,40}?\b(?:was|were|been)\s+(?:[\w-]+\s+)?$", re.I)
# what a protest may be against without being what happened: violence, crime ("against extortion") and arrests
# ("demanding the recovery of a student who was picked up")
_PROTEST_OBJECTS = VIOLENT_CATEGORIES | {"organised_crime", "crime_specific", "arrest"}


def _protest_about_violence(group: _Group, text: str, primary: Category | None) -> tuple[Category, int] | None:
    """A report of a peaceful protest whose violence (or crime) words are what it is about ("relatives protested
    against the abduction of", "gathered holding photographs of those who went missing", "against extortion")
    is a Peaceful protest: the protest cue comes first and a word of purpose leads to the violence, all in the first
    sentence (what follows tells of the protest: "The deputy commissioner held talks with the protesters").
    Returns the protest's category and where its word of purpose starts."""
    if primary is None or primary.name not in _PROTEST_OBJECTS:
        return None  # force, mob, riot or intervention at a protest keeps its own type
    protests = [c for c in group.cues if c.category.name == "protest"]
    # (what the protesters said: "Our children are being kidnapped for ransom," he said)
    said = [(s, e) for s, e in group.sentences[1:] if _SPEECH.search(text, s, e) or text[s:e].lstrip()[:1] in "\"“"]
    violent = [c for c in group.cues if c.category.name in _PROTEST_OBJECTS and not any(s <= c.start < e for s, e in said)]
    if not protests or not violent or any(c.start >= group.sentences[0][1] for c in violent):
        return None
    # an arrest is what it is about as a noun or told of someone ("against the arrest of", "a student who was picked
    # up"), not when the police did it there ("During a protest against extortion, police arrested the president")
    if any(c.category.name == "arrest" and not (_ARREST_NOUN.fullmatch(c.text) or _TOLD_OF_SOMEONE.search(
            text, max(group.start, c.start - 60), c.start)) for c in violent):
        return None
    first_protest = min(protests, key=lambda c: c.start)
    first_violent = min(violent, key=lambda c: c.start)
    # violence told after what the protest is about is the protest's own ("to protest against the killing of a
    # trader were fired upon by police"), unless it is listed with it ("against the abduction and killing of")
    listed = [first_violent]
    for cue in sorted(violent, key=lambda c: c.start)[1:]:
        if not _SAME_OBJECT.fullmatch(text[listed[-1].end:cue.start].lower()):
            return None
        listed.append(cue)
    gap = text[first_protest.end:first_violent.start].lower()
    purpose = _PROTEST_OBJECT.search(gap) if first_violent.start > first_protest.start else None
    if purpose is None and first_violent.start > first_protest.start and _PROTESTED_VERB.fullmatch(first_protest.text) \
            and re.search(r"\bto\s+$", text[max(0, first_protest.start - 4):first_protest.start]):
        # "blocked roads in Karachi to protest the killings of passengers in Kurram"
        purpose = re.match(r"\s+", gap) if re.match(r"\s+the\s+(?:[\w-]+\s+){0,2}?(?:killings?|murders?|abductions?|kidnappings?|"
                                                     r"disappearances?|arrests?|attacks?|bombings?|lynching)\b",
                                                     text[first_protest.end:]) else None
    # ... and the violence is what the purpose word leads to ("against extortion were fired upon": not)
    if purpose and _SAME_OBJECT.fullmatch(gap[purpose.end():]):
        return first_protest.category, first_protest.end + purpose.start()
    return None


def _named_among_hit(pattern: re.Pattern, text: str) -> bool:
    """``pattern`` names someone among those hit (after the killing verb, or before "were killed"), not a
    former one."""
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if not _FORMER_BEFORE.search(before) and (_KILLING_BEFORE.search(before) or _KILLED_AFTER.match(text, m.end())):
            return True
    return False


def _forces_hit(text: str) -> bool:
    """An officer or member of the forces among those hit ("Superintendent of Police SP X was shot dead",
    "killed a Frontier Corps (FC) official"): the casualty counts need a number, these do not."""
    return _named_among_hit(_FORCES_VICTIM, text)


def _group_fights_group(perpetrator: ActorMention | None, killed: Casualties, injured: Casualties) -> bool:
    """A named armed group whose attack hit only militants ("fighters of the Lashkar e Islam attacked positions of the
    rival Ansarul Islam", seven militants dead): two armed groups fighting, a clash to ACLED."""
    return perpetrator is not None and perpetrator.acled_inter in (2, 3) and perpetrator.name != UNIDENTIFIED \
        and (_hit(killed, "militant") or _hit(injured, "militant")) \
        and not any(_hit(count, side) for count in (killed, injured) for side in ("civilian", "unknown", "security"))


def _armed_victims(text: str) -> bool:
    """Members of an armed group or militia among those hit."""
    return _named_among_hit(_ARMED_VICTIMS, text)


# one of the forces' operations, in which the militants died
# a force named as the teller: "the Counter Terrorism Department (CTD) Punjab said"
_TELLS_OF_IT = re.compile(r"(?:\s*\([\w\s]{1,12}\))?(?:\s+[A-Z][\w-]+)?\s+(?:said|says|claimed|stated|announced)\b")
_IN_AN_OPERATION = re.compile(r"\b(?:in|during)\s+(?:an?\s+|another\s+|yet\s+another\s+)(?:separate\s+|similar\s+)?(?:intelligence[- ]based\s+|follow[- ]?up\s+|"
                              r"search\s+|security\s+|targeted\s+|military\s+)?(?:operations?|raids?|ibos?|engagements?|encounters?)\b", re.I)
_DEMANDED_BEFORE = re.compile(r"\b(?:demanded|asked|urged|called\s+(?:on|upon)|told)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?$")
_UNTIL_BEFORE = re.compile(r"\buntil\s+(?:[\w-]+\s+){1,3}?(?:(?:is|are|was|were)\s+)?$")
_SINCE_THE_BEFORE = re.compile(r"\bsince\s+the\s+(?:[\w-]+\s+)?$")
_BEGAN_AFTER = re.compile(r"\s+(?:began|started|erupted|broke\s+out)\b|\s*[.,;]")
# (or said by its spokesman: "An Ansarul Islam spokesman said his fighters had taken control of two hilltop positions")
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)\b[^.;]*\b(?:said|saying|adding)\s+(?:that\s+)?(?:its|their)\b|"
                             r"\b(?:claim(?:ed|s|ing)|spokes(?:man|person)\b[\w\s,-]{0,40}?\b(?:said|says|told))\s+(?:that\s+)?(?:its|their|his|her)\s+"
                             r"(?:[\w-]+\s+)?(?:men|fighters|militants|cadres|group|outfit)\b")
_TO_BE_HELD = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:would|will|shall|is\s+to|are\s+to|was\s+to|were\s+to)\s+(?:be\s+(?:held|staged|"
                         r"organi[sz]ed|taken\s+out|launched|observed)|turn\s+into|be\s+(?:turned|converted)\s+into)\b")
_A_COUNT_OF_ACTS_BEFORE = re.compile(r"\b(?:(?:recorded|documented|counted)\s+(?:a\s+total\s+of\s+)?\d+|accounted\s+for\s+(?:[\w-]+\s+){0,3}?"
                                     r"(?:half|third|quarter|thirds|most|percent|%)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
_A_RATE_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:rose|risen|increased|declined|decreased|fell|fallen|dropped|jumped|surged|went\s+up|went\s+down)"
                           r"\s+by\s+(?:[\w.]+\s+)?(?:percent|per\s+cent|%)")
# (a list of nouns after it, no verb between: not "Fed up with power outages, residents blocked the highway")
_WEARY_OF_BEFORE = re.compile(r"\b(?:(?:tired|weary|sick)\s+of|fed\s+up\s+with)\s+(?:(?![\w-]+ed\b)[\w-]+(?:\s+|,\s*))*$")
# "near the site of the first blast", "at the scene of the earlier attack": where an act already told happened
_THE_SITE_OF_BEFORE = re.compile(r"\b(?:site|scene|spot)\s+of\s+the\s+(?:first|second|third|earlier|previous|same)\s+$")
_LISTED_AS_RECOVERED = re.compile(r"[^.;]{0,80}?\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:recovered|seized|found|confiscated)\b")
_ACT_VERBS = re.compile(r"\b(?:fired|hurled|lobbed|thrown|threw|exploded|went\s+off|landed|hit|struck|launched)\b")
# "men armed with rocket launchers": weapons carried (up to the sentence's own verb)
_CARRIED_BEFORE = re.compile(r"\b(?:armed\s+with|carrying|equipped\s+with|brandishing|wielding)\s+"
                             r"(?:(?!(?:fired|fire|came|launched|hit|opened|under|attacked|targeted|lobbed)\b)[\w,-]+\s+){0,4}$")
_CROWD_THREW = re.compile(r"\b(?:protesters|demonstrators|mobs?|crowds?|rioters|workers|students|supporters|youths)\b")
_FOUGHT_BEFORE = re.compile(r"\b(?:engaged\s+(?:them|the\s+(?:attackers|militants|terrorists))|exchange\s+of\s+fire|returned\s+(?:the\s+)?fire|"
                            r"retaliated|repulsed|repelled|gunfight|fought\s+back)\b")
_BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|covered)\s+by\s+(?:the\s+)?$|\b(?:with\s+the\s+)?(?:support|help|cover)\s+of\s+(?:the\s+)?$"
                        r"|\b(?:called|calling|call)\s+in\s+(?:the\s+)?$")  # ("before security forces called in helicopter gunships")
# the forces' answer to an attack with their guns and gunships, part of its fight: "retaliated with artillery and
# helicopter gunships" (not "responded with a drone strike": a strike of its own)
_ANSWERED_WITH = re.compile(r"\b(?:retaliated|responded)\s+with\s+(?:[\w-]+\s+){0,4}?$")
_GUNS = re.compile(r"(?:helicopter\s+)?gunships?|helicopters?|artillery|mortars?|(?:heavy\s+)?guns")
_AMBUSH = re.compile(r"ambush", re.I)
_FORCES_AMBUSHED = re.compile(r"ambush\w*\s+(?:[\w-]+\s+){0,4}?(?:police|security|soldiers?|troops|fc|frontier|levies|army|forces|"
                              r"personnel|patrol|convoy\s+of\s+(?:the\s+)?(?:security|army|fc|police))", re.I)
# aircraft only a state flies (a drone may be an armed group's, or a foreign state's)
_STATE_AIRCRAFT = re.compile(r"gunship|fighter|jets?\b|warplane|war plane|military aircraft|air force", re.I)
# the forces hit were guarding the civilians who were the aim ("a policeman escorting the vaccination team")
_ESCORTS = re.compile(r"\b(?:policem[ae]n|police\s+(?:constables?|officials?|guards?)|constables?|soldiers?|levies\s+(?:men|personnel)|"
                      r"guards?|personnel)\s+(?:[^.;]{0,60}?\bwho\s+(?:was|were|had\s+been)\s+|(?:[\w-]+\s+){0,2}?)(?:escorting|guarding\s+(?:the|a|their)\s+(?:[\w-]+\s+)?(?:team|workers|vaccinators)|(?:deployed|deputed|posted|assigned)\s+(?:for|with|to)\s+"
                      r"(?:their|the|its)\s+(?:[\w-]+'s\s+)?(?:security|protection)|on\s+(?:security|escort)\s+duty\s+with)\b"
                      # "the escorting Levies personnel returned fire"
                      r"|\b(?:escorting|accompanying)\s+(?:[\w-]+\s+){0,2}?(?:policem[ae]n|police|levies|soldiers|troops|"
                      r"guards|personnel)\b", re.I)
# the firing was aimed at people or places that are not the forces'
_AIMED_AT_CIVILIANS = re.compile(r"\b(?:opened\s+(?:[\w-]+\s+)?fire|fired)\s+(?:at|on|upon)\s+(?:a|an|the|his|her|their|another)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:shop|house|home|clinic|hotel|restaurant|rickshaw|passenger\s+(?:bus|van|coach)|"
                                 r"worshippers|shoppers|customers|mosque|imambargah|wedding|school|students|(?:vaccination|polio|vaccinators?'?|health)\s+"
                                 r"(?:teams?|workers)|vaccinators|polio workers|health workers)\b"
                                 # "gunmen ambushed a convoy of passenger vehicles" (its police escort among the dead)
                                 r"|\b(?:ambushed|attacked|targeted)\s+(?:a|an|the)\s+(?:convoy\s+of\s+)?passenger\s+(?:vehicles|coaches|buses|vans|"
                                 r"cars|bus|van|coach)\b", re.I)


def _nobody_hurt(killed: Casualties, injured: Casualties) -> bool:
    """The report says no one was killed or hurt (a count of none it states, not one it omits)."""
    stated = [c.total for c in (killed, injured) if c.total is not None]
    return bool(stated) and all(c.value == 0 for c in stated)


def _mostly_others(killed: Casualties, injured: Casualties) -> bool:
    """Fewer of the forces than of everyone else were hit (the caller knows some of the forces were: one
    when the counts give them none, "A Police constable escorting the convoy was also injured")."""
    def n(count: Count | None) -> int:
        return count.value if count is not None else 0
    forces = max(1, n(killed.security) + n(injured.security))
    everyone = n(killed.total) + n(injured.total)
    return everyone - forces > forces


def _hit(casualties: Casualties, side: str) -> bool:
    count = getattr(casualties, side)
    return count is not None and count.value > 0


# who is behind a crowd: "organised by the BYC", "under the banner of the Kurram Aman Committee", "workers of the TLP",
# "a rally of the Baloch Yakjehti Committee"
_ORGANISED_BY = re.compile(r"\b(?i:(?:organi[sz]ed|called|convened|sponsored)\s+by|under\s+the\s+(?:banner|aegis)\s+of|"
                           r"(?:workers|activists|members|supporters|leaders|cadres|followers)\s+of|"
                           r"(?:rally|rallies|sit-?in|protest|march|demonstration|jirga|strike|procession)\s+(?:of|by))\s+(?:the\s+)?"
                           r"(?P<name>(?:[A-Z][\w'’-]*|e|i|ul|of|for|and)(?:\s+(?:[A-Z][\w'’-]*|e|i|ul|of|for|and))*)"
                           r"(?:\s*\((?P<acronym>[A-Z][\w-]{1,8})\))?")
_NAME_EDGE_WORDS = {"e", "i", "ul", "of", "for", "and"}


def _organiser(group: _Group, context: EventContext) -> ActorMention | None:
    """The organisation the crowd's sentences name behind it: a listed one where it stands (a party, the BYC), else the
    capitalised name itself, an organisation of protesters (inter 6) to be curated."""
    for start, end in group.sentences:
        for m in _ORGANISED_BY.finditer(context.text, start, end):
            words = m.group("name").split()
            while words and words[-1] in _NAME_EDGE_WORDS:
                words.pop()
            if not words or len(words) < 2 and not m.group("acronym") and "-" not in words[0]:
                continue  # (one capitalised word is a place or a person more often than an organisation; not "Jamaat-e-Islami")
            # (a listed name opening it, not one inside a longer name: "Kurram Aman Committee" is no Peoples Aman Committee)
            listed = next((a for a in context.actors if a.span.start == m.start("name") and a.acled_inter != 1), None)
            if listed is not None:
                return listed
            name_end = m.start("name") + len(" ".join(words))
            return ActorMention(Span(m.start("name"), name_end, context.text[m.start("name"):name_end]), None, " ".join(words),
                                "organisation", 6)
    return None


def _generic_actor(name: str, kind: str, inter: int) -> ActorMention:
    return ActorMention(span=Span(0, 0, ""), actor_id=None, name=name, kind=kind, acled_inter=inter)


def _actors_in(group: _Group, context: EventContext) -> list[ActorMention]:
    return [a for a in context.actors if any(s <= a.span.start and a.span.end <= e for s, e in group.sentences)]


# "No group claimed responsibility", "nobody has claimed": no claim
_NOBODY_BEFORE = re.compile(r"\b(?:[Nn]o\s+(?:[\w-]+\s+)?(?:group|one|outfit|organi[sz]ation)(?:\s+or\s+(?:[\w-]+\s+)?[\w-]+)?"
                            r"|[Nn]obody|[Nn]one)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+|immediately\s+|officially\s+)?$"
                            # "The TTP has not claimed the attack", "did not claim", "is yet to claim"
                            r"|\b(?:(?:has|have|had|did|does|do)\s*n[o']t|(?:is|are|was|were)\s+yet\s+to)\s+(?:yet\s+|so\s+far\s+|officially\s+)?$")
# a claim that owns the violence: "claimed responsibility", "claimed that its fighters had killed"
_OWNS_IT = re.compile(r"responsib|\b(?:that|said)\s+(?:the\s+group|it|they|(?:his|their)\s+(?:group|organi[sz]ation|outfit))\s+(?:had\s+)?(?:carried out|conducted|staged|launched)\b|\bclaim(?:ed|s)\s+(?:(?:the|this|both)\s+(?:[\w-]+\s+){0,2}?|that\s+)(?:attacks?|assault|bombings?|blasts?|killings?|ambush|raid|abduction|kidnapping)\b|\b(?:its|their)\s+(?:own\s+)?(?:fighters|militants|men|cadres|mujahideen|members|operatives|suicide bombers?)\b"
                      # "said its Fateh Squad carried out the attack", "its Jamaat-ul-Ahrar faction had carried out": the group's own unit
                      r"|\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:squad|wing|brigade|unit|cell|commandos?|faction|chapter|branch)\b")


# a claim the claimant's own group took back in the same sentence
_DISOWNED_AFTER = re.compile(r"[^.;]*?\bbut\s+(?:the\s+)?(?:group|outfit|organi[sz]ation|movement)?(?:['’]?s|s['’]?|its)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:spokes(?:man|person|men)|leadership|leaders?|chief|head|commanders?)\b"
                             r"[^.;]{0,60}?\b(?:denied|rejected|disowned|refuted)\s+(?:any\s+|its\s+|the\s+|having\s+any\s+)?"
                             r"(?:involvement|responsibility|role|hand|links?|claim)\b", re.I)


# "pamphlets of the banned SRA were found at the site", "Pamphlets left at the site said that the SRA had carried out
# the blasts": the group's own word left where it struck (not "Pamphlets issued by the Taliban had warned residents",
# nor pamphlets found "but no group claimed responsibility")
_PAMPHLETS_LEFT = re.compile(r"\b(?:pamphlets?|leaflets?|handbills?)\b[^.;]{0,160}?\b(?:found|left|recovered|scattered|thrown)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:at|near|from|on)\s+the\s+(?:site|spot|scene)\b|"
                             r"\b(?:pamphlets?|leaflets?|handbills?)\s+(?:left|found|recovered)\s+(?:[\w-]+\s+){0,4}?said\b", re.I)
_NO_CLAIM = re.compile(r"\bno\s+(?:\w+\s+)?(?:group|one|organi[sz]ation|outfit)\s+(?:has\s+|had\s+)?(?:yet\s+)?claimed\b", re.I)


def _pamphlets_claimant(group: _Group, context: EventContext) -> ActorMention | None:
    """The armed group whose pamphlets were found where the incident happened (_PAMPHLETS_LEFT), as a claim."""
    text = context.text
    # (in its sentences or those around it it owns: "Police said pamphlets of the banned SRA were found at the site")
    for left in _PAMPHLETS_LEFT.finditer(text, group.start, max(group.end, group.extent[1])):
        s, e = _sentence_around(text, left.start(), left.end())
        if _NO_CLAIM.search(text, s, e):
            continue
        armed = [a for a in _not_describing(text, [a for a in context.actors if s <= a.span.start < e], set_off=False)
                 if a.acled_inter != 1]
        if armed:
            return min(armed, key=lambda a: abs(a.span.start - left.start()))
    return None


def _claimant(group: _Group, context: EventContext) -> ActorMention | None:
    for cue in group.cues:
        if cue.category.name == "claim" and _OWNS_IT.search(cue.text) and not cue.text.startswith("denied") \
                and not _NOBODY_BEFORE.search(context.text, max(0, cue.start - 40), cue.start):
            sentence = next((s, e) for s, e in group.sentences + group.claims if s <= cue.start < e)
            # (from the full stop before it: the parser may cut "Tehreek e Taliban Pakistan (TTP) spokesman Mufti
            # Ghazanfar Khurasani claimed ..." in two, leaving the group's name outside the claim's sentence)
            full_stop = max(context.text.rfind(". ", 0, cue.start), context.text.rfind("\n", 0, cue.start))
            if full_stop >= 0:
                sentence = (min(sentence[0], full_stop + 1), sentence[1])
            if _DISOWNED_AFTER.match(context.text, cue.end, sentence[1]):
                continue  # "claimed responsibility, but the group's central spokesman later denied any involvement"
            in_sentence = [a for a in context.actors if sentence[0] <= a.span.start < sentence[1]]
            armed = [a for a in _not_describing(context.text, in_sentence, set_off=False) if a.acled_inter != 1]
            # the subject that claimed ("A commander of JuA ... had claimed responsibility, but the TTP's
            # spokesman distanced the group")
            armed = [a for a in armed if a.span.end <= cue.start] or armed
            if armed:
                claimant = min(armed, key=lambda a: abs(a.span.start - cue.start))
                # "said its Majeed Brigade had carried out the attack": the group's own unit, named in the claim
                # (or its faction that once split from it: "said its Jamaat-ul-Ahrar faction had carried out")
                unit = next((a for a in in_sentence if cue.start <= a.span.start < cue.end and a.actor_id is not None
                             and _part_of(actors_by_id().get(a.actor_id, {}), claimant.actor_id)), None)
                return unit or claimant
    return None


def _part_of(entry: dict, group_id: str | None) -> bool:
    """The knowledge-base ``entry`` is a unit or faction of the group ``group_id``."""
    return entry.get("parent") == group_id or group_id in entry.get("splinter_of", [])


def _describes_another(text: str, actors: list[ActorMention], n: int, set_off: bool = True) -> bool:
    """Actor ``n`` is named only to say what a group next to it is, so it neither claimed nor was attacked:
    "X, a faction of Y" and "A splinter group of Y, the X group". ``set_off``: after a group only when
    punctuation sets it off from it (not "militants attacked a faction of Y"); a claim sentence needs no
    punctuation ("Jamaat ul Ahrar JuA a breakaway faction of the TTP claimed")."""
    actor = actors[n]
    key = lambda a: a.actor_id or a.name
    if n and key(actors[n - 1]) == key(actor) and text[actors[n - 1].span.end:actor.span.start].strip() in ("", "("):
        return _describes_another(text, actors, n - 1, set_off)  # its acronym: "... of the Tehreek-e-Taliban Pakistan (TTP)"
    if not _PARENT_BEFORE.search(text, max(0, actor.span.start - 40), actor.span.start):
        return False
    before = [a for a in actors[:n] if key(a) != key(actor)]
    gap = text[before[-1].span.end:actor.span.start] if before else ""
    if before and (not set_off or len(gap) <= 60 and ("," in gap or "(" in gap or ")" in gap)):
        return True  # after the group it describes: "X (XX), a breakaway faction of Y"
    return any(key(a) != key(actor) and a.span.start - actor.span.end <= 40 for a in actors[n + 1:])


def _not_describing(text: str, actors: list[ActorMention], set_off: bool = True) -> list[ActorMention]:
    """``actors`` (in text order) less those named only to say what another one is."""
    return [a for n, a in enumerate(actors) if not _describes_another(text, actors, n, set_off)
            and _its_unit(text, a, actors) is None]


def _its_unit(text: str, actor: ActorMention, actors: list[ActorMention]) -> ActorMention | None:
    """The unit whose name the group's mention opens: "the Tehreek e Taliban Pakistan (TTP) Buner chapter"."""
    return next((u for u in actors if u.span.start > actor.span.end and u.name.startswith(actor.name + " (")
                 and re.fullmatch(r"\s*(?:\(\s*[\w-]+\s*\)\s*|\)\s*)?", text[actor.span.end:u.span.start])), None)


# "a convoy escorted by police", "a school run by the army": who keeps what was hit, not who hit it
def _others_killed(group: _Group, context: EventContext) -> bool:
    """The incident killed people other than militants ("Two tribal elders and a prayer leader were killed")."""
    killed, _ = context.casualties(group.start, group.end)
    return bool(killed.total and killed.total.value and not (killed.militant and killed.militant.value >= killed.total.value))


_KILLED_BY_KIDNAPPERS = re.compile(r"\b(?:killed|shot dead|murdered|executed)\s+by\s+(?:the\s+|his\s+|their\s+)?"
                                   r"(?:abductors|kidnappers|captors)\b", re.I)
# the end of a protest told before ("the sit in was called off", "ended their protest")
_PROTEST_ENDED = re.compile(r"\b(?:(?:sit[\s-]?ins?|protests?|strikes?|blockades?|dharnas?|demonstrations?|march)\s+(?:was|were|had\s+been)\s+"
                            r"(?:called\s+off|ended|suspended|wound\s+up|postponed)|(?:called\s+off|ended|suspended)\s+(?:the|their)\s+"
                            r"(?:sit[\s-]?ins?|protests?|strikes?|blockades?|dharnas?|demonstrations?|march))\b", re.I)
# "The attack triggered clashes ...", "The killing sparked riots ...": what the incident told before set off
_IT_SET_OFF = re.compile(r"\W*(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?:killings?|murders?|attacks?|assassination|incident|blasts?|"
                         r"bombing)\s+(?:also\s+)?(?:triggered|sparked|set\s+off|led\s+to|provoked)\b", re.I)
_SET_OFF_KINDS = {"clash", "property", "riot", "mob"}


def _acts_it_set_off(group: _Group, sentence: str, cues: list[_Cue], start: int) -> bool:
    """The sentence opens in the wake of the incident before it ("Soon after the blast", "The attack triggered") and
    tells an act of another kind: a fight, a riot, arson, or gunfire where the incident was a blast."""
    opener = _IN_ITS_WAKE.match(sentence) or _IT_SET_OFF.match(sentence)
    # (not the same attackers' next act, nor what the blast itself did: "the gunmen also set fire to", "the blast also
    # set off a fire")
    if opener is None or re.search(r"\balso\b", sentence, re.I) or _THE_SAME_ATTACKERS.search(sentence):
        return False
    group_categories = {c.category.name for c in group.cues}
    gunfire_before = any(c.category.name in ("armed_attack", "clash") and not _BARE_KILLING.fullmatch(c.text) for c in group.cues)
    return any(c.start - start >= opener.end() and (
        c.category.name in _SET_OFF_KINDS - group_categories
        or c.category.name == "armed_attack" and not _BARE_KILLING.fullmatch(c.text) and not gunfire_before
        and group_categories & {"explosive", "suicide", "grenade"}) for c in cues)


# a sentence opening in the wake of the incident told before it
_IN_ITS_WAKE = re.compile(r"\W*(?:(?:soon|shortly|immediately|hours|minutes)\s+)?(?:after|following)\s+(?:the|this|his|her|their)\s+"
                          r"(?:[\w-]+\s+)?(?:killings?|murders?|attacks?|assassination|incident|blasts?)\b", re.I)
# a day after (or before) the one told, named by its distance ("On the following day", "The next morning", "A day
# later", "A day earlier", "The previous night")
_NEXT_DAY = re.compile(r"^\W*(?:(?:on|during)\s+)?(?:the\s+)?(?:following|next|previous)\s+(?:day|morning|night|evening)\b|"
                       r"^\W*(?:a|one|two|three)\s+days?\s+(?:later|earlier|before)\b|^\W*(?:on\s+)?the\s+day\s+before\b", re.I)
# hours after the one told ("Hours later", "About an hour later", "Late in the night", "Later the same day"): at another
# place, another incident
_HOURS_LATER = re.compile(r"^\W*(?:(?:a\s+few|several|some|two|three|about\s+an|about\s+one|an|one|half\s+an)\s+)?(?:hours?|minutes?)\s+"
                          r"(?:later|earlier)\b|^\W*later\s+(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)\b|"
                          r"^\W*late\s+(?:in\s+the|that|at)\s+(?:night|evening)\b", re.I)
# ... or done by others told as strangers ("Hours later, unidentified persons blew up two CD shops in Tangi bazaar")
_NEW_DOERS = re.compile(r"\b(?:unidentified|unknown|masked|other)\s+(?:armed\s+)?(?:persons|people|men|gunmen|assailants|militants|"
                        r"attackers|miscreants)\b", re.I)
_CHASE = r"chased|pursued|tracked\s+down|hunted\s+down|gave\s+(?:them\s+)?chase"
# the forces went after the attackers: "chased the attackers", "In a search operation launched the next morning"
_PURSUIT = re.compile(rf"\b(?:{_CHASE}|(?:chasing|pursuing|in\s+pursuit\s+of)\s+(?:the\s+)?(?:fleeing\s+)?(?:attackers|assailants|"
                      r"militants|terrorists|gunmen|kidnappers|dacoits|culprits|suspects|miscreants|khwarij)|search\s+operation|"
                      r"(?:launched|conducted|began|mounted|started)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:operation|search|ibo))\b", re.I)
# the forces' own kill or arrest at the end of their pursuit (not "chased the attackers after gunmen shot dead a trader")
_CHASED_AND_KILLED = re.compile(rf"\b(?:{_CHASE})\s+(?:[\w-]+\s+){{0,4}}?and\s+(?:later\s+)?"
                                r"(?:killed|shot\s+dead|arrested|captured|gunned\s+down|apprehended)$", re.I)
_ANOTHER_DAY_TOLD = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening)\b|\b(?:a|one|two|three)\s+days?\s+later\b", re.I)
# an operation launched after the incident against those behind it
_FOLLOW_UP = re.compile(r"\b(?:follow[-\s]?up|subsequent)\s+(?:[\w-]+\s+)?(?:raids?|operations?|search(?:es)?|strikes?|actions?)\b", re.I)
# the abducted found dead, named as such: "His body", "Their bullet-riddled bodies", "The body of the kidnapped trader"
# (or some of them: "The bullet riddled bodies of two of the abducted men were found")
_THE_ABDUCTED_FOUND = re.compile(r"\W*(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)|the\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)\s+of\s+"
                                 r"(?:[\w-]+\s+of\s+)?the\s+(?:[\w-]+\s+)?(?:abducted|kidnapped|missing))\b", re.I)
# "abducted a tribal elder ..., and his bullet riddled body was found in a nearby stream the next morning"
_THEIR_BODY_FOUND = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)\s+(?:was|were)\s+(?:later\s+)?"
                               r"(?:found|recovered|discovered|fished\s+out)\b", re.I)
# "A day earlier, gunmen abducted him", "The previous day, the trader was kidnapped": the one told dead before
_THE_DEAD_TAKEN = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|took\s+away)\s+(?:him|her|them)\b|"
                             r"\b(?:he|she|they|the\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:was|were)\s+(?:abducted|kidnapped)\b", re.I)
# what became of the ones taken, told after their abduction
_THE_TAKEN_FREED_OR_MISSING = re.compile(r"\b(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:later\s+)?(?:released|freed|set\s+free)\b|"
                                         r"\bwhereabouts\s+of\s+(?:the|his|her|their)\b", re.I)
_HAD_BEEN_TAKEN = re.compile(r"\bhad\s+been\s+(?:[\w-]+\s+)?(?:abducted|kidnapped|taken away|picked up)\b", re.I)
_RETELLS = re.compile(r"\b(?:said|says|told|statement|according to|funeral|FIR|registered|case)\b", re.I)
_FOUND_DEAD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|found dead)\b", re.I)
_KIDNAPPERS = re.compile(r"(?:abduct|kidnapp?)ors?|kidnapp?ers?", re.I)
# cue words that name people, not an act: "One of the kidnappers was killed", "Dacoits of the X gang killed"
_OFFENDERS = re.compile(_KIDNAPPERS.pattern + r"|dacoits?|robbers?|gangsters?|looters?|smugglers?|traffickers?", re.I)
# "relatives of another kidnapped man ... staged a sit in": the one they demand back, not an abduction now
# ("relatives of a local driver who had been abducted along with the labourers")
_KIN_OF_THE_TAKEN = re.compile(r"\b(?:relatives|families|family|heirs|parents|kin|colleagues)\s+of\s+(?:the\s+|an?\s+|another\s+|two\s+)?"
                               r"(?:(?:[\w-]+\s+)?|(?:[\w-]+\s+){1,2}?(?:who|whom|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+)$", re.I)
# "killed in what the CTD called an encounter": a fight one side claims
_WHAT_THEY_CALLED = re.compile(r"\bwhat\s+(?:the\s+)?(?:[\w()-]+\s+){1,5}?(?:called|termed|described\s+as)\s+(?:an?\s+|the\s+)?$", re.I)
# a release told as agreed ("released unharmed after talks with a jirga"), which is of captives only
_SET_FREE = re.compile(r"\b(?:released|set\s+free|freed)\b.*\b(?:talks|negotiations|jirga|elders|mediation)\b|"
                       r"\b(?:talks|negotiations|mediation)\b.*\b(?:released|set\s+free|freed)\b", re.I)
_CAPTIVES = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?|captives?|captors?)\b", re.I)
# a gang named by its crime ("Seven members of a dacoit gang surrendered")
_GANG_OF = re.compile(r"(?:dacoit|gangster)\w*|gang of|criminal gangs?", re.I)
# (or "recovered a trader, Haji Lal Badshah, who had been kidnapped from Jamrud Bazaar, during a raid")
_RECOVERED_BEFORE = re.compile(r"\b(?:recovered|rescued|freed|released|recovery of|release of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                               r"\b(?:recovered|rescued|freed)\s+[^.;]{0,80}?\bwho\s+had\s+been\s+$", re.I)
_KEPT_BY = re.compile(r"\b(?:escorted|guarded|protected|accompanied|manned|owned|operated|run)\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}$",
                      re.I)
# the force that backed the one acting: "police backed by Sindh Rangers launched an operation"
_BACKING_BY = re.compile(r"\b(?:backed|supported|assisted|aided|reinforced)\s+by\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
_DENIES_AFTER = re.compile(r"\)?\s*(?:\([^)]{1,20}\)\s*)?(?:[\w,-]+\s+){0,5}?(?:denied|denies|rejected|disowned)\s+"
                           r"(?:any\s+|its\s+)?(?:involvement|responsibility|role|hand|links?)\b", re.I)
_MEMBERS_OF = re.compile(r"\b(?:personnel|troops|soldiers|men|officials|officers|jawans|commandos|contingents?|teams?|units?|"
                         r"militants|cadres|members|fighters|gunmen|" + "|".join(OUTLAWS) + r")"
                         r"\s+of\s+(?:the\s+)?$", re.I)


def _of_another_country(actor: ActorMention, place: PlaceMention | None) -> bool:
    """A state force whose country is not the one the place is in."""
    entry = actors_by_id().get(actor.actor_id or "", {})
    own = set(entry.get("countries", [])) if actor.acled_inter in (1, 8) else set()
    return bool(own) and place is not None and place.country not in own


def _countries(actor: ActorMention) -> set[str]:
    """The countries of an actor's knowledge-base entry; of an unlinked mention, of every entry its words may name
    ("Afghan forces")."""
    kb = actors_by_id()
    return {c for i in ((actor.actor_id,) if actor.actor_id else lookup_alias(actor.span.text)) for c in kb[i]["countries"]}


# a side named by its country's adjective alone, the noun shared with the side named after it: "between Pakistani
# and Indian troops" (Pakistani troops), "when Pakistani and Afghan forces exchanged fire"
_ELIDED_SIDE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+and\s+(?:the\s+)?$")


def _across_from_an_elided_side(lead: str, actor: ActorMention, scene: set[str]) -> bool:
    """A state force named second in a fight whose first side is another country's, named by its adjective alone:
    "an exchange of fire between Pakistani and Indian troops" (the adjective a country's: not "Frontier Corps and
    Afghan forces"). A report names its own country's side first, so the
    one named second is the other country's, firing across the border, as ACLED codes such fights; where the sentence
    names its scene, the one foreign to it ("between Afghan and Pakistani forces at Chaman": not the Pakistani forces)."""
    elided = _ELIDED_SIDE_BEFORE.search(lead)
    if elided is None or actor.acled_inter not in (1, 8):
        return False
    theirs = COUNTRY_WORDS.get(elided[1].lower())
    own = _countries(actor)
    return theirs is not None and bool(own) and theirs not in own and not own & scene


def _foreign_to(actor: ActorMention, others: list[ActorMention]) -> bool:
    """A state force of another country than the state forces named beside it."""
    own = _countries(actor)
    theirs = [_countries(a) for a in others if a.acled_inter == 1 and a is not actor]
    return bool(own) and bool(theirs) and all(t and not own & t for t in theirs)


# "five suspected terrorists affiliated with the ISKP": the group the dead belonged to, not who killed them
_TIED_WITH = re.compile(r"\b(?:affiliated|associated|linked|allied|connected|attached)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


# ... but "shot dead by men allied with the LeJ": the doers' own group
_BY_MEN_TIED_WITH = re.compile(r"\bby\s+(?:[\w-]+\s+){0,3}?(?:affiliated|associated|linked|allied|connected|attached)\s+with\s+"
                               r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _first_of_the_pair_before(start: int, acting: list[ActorMention]) -> ActorMention | None:
    """Of the last two parties named before ``start`` ("Indian troops ... Pakistan Army responded"), the one named
    first: the side the report told of first is the one it calls actor1."""
    pair: list[ActorMention] = []
    for actor in sorted((a for a in acting if a.span.end <= start), key=lambda a: a.span.start, reverse=True):
        if all((actor.actor_id or actor.name) != (a.actor_id or a.name) for a in pair):
            pair.append(actor)
        if len(pair) == 2:
            return pair[1]
    return None


# the forces as the doers of a raid, a rescue or a seizure: "Khasadar personnel recovered a trader ... during a raid"
_FORCES_ACTED_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:personnel|troops|men|officials|teams?|party|contingents?)\s+)?"
                                 r"(?:(?:also|later)\s+)?(?:recovered|rescued|raided|arrested|seized|conducted|launched|carried\s+out|"
                                 r"foiled|defused|busted|apprehended|detained|captured|took\s+into\s+custody)\b", re.I)


def _forces_acting_first(group: _Group, context: EventContext) -> ActorMention | None:
    """The forces that open the incident's first sentence by acting, for an arrest, seizure or recovery whose
    own words name no doer ("Khasadar personnel recovered a trader ... during a raid ... Two kidnappers were
    arrested")."""
    start, end = group.sentences[0]
    return next((a for a in context.actors if start <= a.span.start < end and a.acled_inter == 1 and not is_spokesman(a)
                 and _FORCES_ACTED_AFTER.match(context.text, a.span.end)
                 and not _AIMED_AT_BEFORE.search(context.text, max(start, a.span.start - 30), a.span.start)), None)


_BY_AN_AGENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?by\b", re.I)


def _forces_telling_it(group: _Group, context: EventContext) -> ActorMention | None:
    """The forces that tell, before it, an arrest, seizure or recovery whose own words name no doer: theirs ("police
    said a man wanted in the killing of a forest guard was arrested in Chilas", "a CTD spokesman said a team raided
    the house")."""
    start, end = group.sentences[0]
    act = min((c for c in group.cues if c.category.name in STATE_CATEGORIES and start <= c.start < end), key=lambda c: c.start, default=None)
    if act is None or _BY_AN_AGENT.match(context.text, act.end):
        return None  # ("picked up by personnel of an intelligence agency": the agent the words name)
    return next((a for a in context.actors if start <= a.span.start < act.start and a.acled_inter == 1
                 and not is_spokesman(a) and _TOLD_AFTER.match(context.text, a.span.end)), None)


def _named_perpetrator(group: _Group, context: EventContext) -> ActorMention | None:
    """A named actor that carries out the first cue: "by X", "encounter with X", "between X and Y", or
    the actor that opens the clause, unless the clause says it was hit ("X personnel were killed")."""
    inside_actor = lambda cue: any(a.span.start <= cue.start < a.span.end for a in context.actors)
    text = context.text
    planned = lambda cue: _PLANNED_BEFORE.search(text, max(group.start, cue.start - 60), cue.start) is not None  # (not done)
    first = min((c for c in group.cues if c.category.name != "claim" and not inside_actor(c) and not planned(c)
                 and not _OFFENDERS.fullmatch(c.text)), key=lambda c: c.start, default=None)
    if first is None:
        return None
    # "within the limits of Regi Police Station": a force that names a building does not act; a group that
    # "denied any involvement in the bombing" did not carry it out as far as the report says
    # (a group named as the first words of its unit's name stands for the unit: "the TTP Buner chapter")
    acting = [_its_unit(text, a, context.actors) or a for a in context.actors if not is_spokesman(a)
              and not _FACILITY_NAMED_AFTER.match(text, a.span.end) and not _DENIES_AFTER.match(text, a.span.end)]
    forces_attacked = _forces_attacked(group, context)
    # (a fight the report tells, not one it denies: "The raid was conducted without an exchange of fire")
    fought = lambda: any(c.category.name == "clash" and not _WITHOUT_BEFORE.search(text, max(group.start, c.start - 20), c.start)
                         for c in group.cues)
    sentence_start, sentence_end = next((s, e) for s, e in group.sentences if s <= first.start < e)
    candidates = [a for a in acting if sentence_start <= a.span.start < sentence_end and a.span.text
                  # (the forces named after ground taken lost it: "took control of the Police station after a gunfight with Police")
                  and not (first.category.name == "territory_lost" and a.acled_inter == 1 and a.span.start > first.start)]
    # (a bombing the forces stopped: "Police shot dead a would-be suicide bomber")
    state_may_act = first.category.name in STATE_CATEGORIES | {"airstrike", "shelling", "clash", "territory_regained"} \
        or any(c.category.name == "defused" for c in group.cues)
    pair = _BETWEEN.search(text, first.start, sentence_end) or _BOTH_SIDES_CLASHED.search(text, sentence_start, sentence_end)
    if pair:  # "fighting between X and Y": X is actor1, Y actor2 ...
        # (a side named by its group's words then its own: "between a jirga and the TTP Buner chapter")
        pair_end = max([pair.end()] + [unit.span.end for a in context.actors if pair.start() <= a.span.start < pair.end()
                                       and (unit := _its_unit(text, a, context.actors)) is not None])
        named = [a for a in candidates if pair.start() <= a.span.start < pair_end]
        if len(named) >= 2:
            # ... unless the report goes on to say which side attacked ("the Taliban attacked an army base")
            sides = {a.actor_id or a.name for a in named}
            # (in the sentences after, its own or those it owns: "Local sources said ... the fighting began when TTP
            # militants tried to capture a hilltop post held by LeI")
            attacker = next((a for a in acting if sentence_end <= a.span.start < max(group.end, group.extent[1])
                             and (a.actor_id or a.name) in sides and _ATTACKERS_VERB.match(text, a.span.end)), None)
            return next((a for a in named if attacker and (a.actor_id or a.name) == (attacker.actor_id or attacker.name)), named[0])
    if not candidates and any(c.category.name == "clash" for c in group.cues if c.start < group.sentences[0][1]):
        # "armed clashes erupted between two sub tribes ... Officials said the Shamokhel and Darankhel clans attacked
        # each other": the two sides named after the fight the report leads with
        for s, e in group.sentences[1:]:
            told = _BOTH_SIDES_CLASHED.search(text, s, e)
            named = [a for a in acting if told and told.start() <= a.span.start < told.end()]
            if len(named) >= 2:
                return named[0]
    regained = first if first.category.name == "territory_regained" else next(
        (c for c in group.cues if c.category.name == "territory_regained" and inside_actor(c)), None)
    if regained is not None:
        # "Security forces regained control of the Kotki ridge after heavy fighting with TTP militants": the forces'
        # (whose name may open the words of the cue: "Security Forces took control of Kaniguram town")
        held = next((a for a in candidates if a.acled_inter == 1 and a.span.start <= regained.start), None)
        if held is not None:
            return held
    two_sides = _THE_TWO_SIDES.search(text, sentence_start, sentence_end)
    if two_sides and not any(a.span.start >= two_sides.start() for a in candidates) and (
            (side := _first_of_the_pair_before(sentence_start, acting)) is not None):
        return side
    scene = {p.country for p in context.places if sentence_start <= p.span.start < sentence_end and p.country and p.kind != "country"}
    for actor in candidates:
        lead = text[max(sentence_start, actor.span.start - 40):actor.span.start]
        if _KEPT_BY.search(lead) or _BACKING_BY.search(lead) and any(a.acled_inter == 1 and a.span.end <= actor.span.start
                                                                       for a in candidates):
            continue  # "a passenger van escorted by police": the force guarded what was hit; "police backed by Rangers"
        came_after = actor.acled_inter == 1 and _FOUND_BY.search(lead)
        # ("an attack by militants on a Frontier Corps post": the Corps held what was hit)
        # (not the name others give them: "the term used by the state for the TTP")
        if re.search(r"\b(by|with)\s+(?:the\s+)?(?:(?!(?:on|at|against|targeting|for)\s)\w+\s+){0,3}$", lead) and not came_after \
                and not (_TIED_WITH.search(lead) and not _BY_MEN_TIED_WITH.search(lead)) \
                and (actor.acled_inter != 1 or state_may_act or "with" not in lead[-25:]):
            if actor.acled_inter != 1 or state_may_act or re.search(r"\bby\s+(?:the\s+)?(?:\w+\s+){0,3}$", lead):
                return actor
        if actor.acled_inter == 1 and (_ENCOUNTER_WITH.search(lead) or (
                _FORCE_OPERATION.match(text, actor.span.end) and not _AIMED_AT_BEFORE.search(lead))) \
                and not forces_attacked:
            return actor  # "an encounter with Security Forces", "a Police encounter": the forces' operation
        if actor.acled_inter in (1, 8) and (_FIRED_FROM_SIDE.search(lead) or _FIRE_WITH.search(lead) and _foreign_to(actor, candidates)):
            return actor  # "martyred by sniper fire from the Indian side", "in an exchange of fire with Indian troops"
        if _across_from_an_elided_side(lead, actor, scene):
            return actor  # "in an exchange of fire between Pakistani and Indian troops": the other country's
        if actor.acled_inter == 1 and _FOUGHT_WITH_AFTER.match(text, actor.span.end) and not forces_attacked:
            return actor  # "Police exchanged fire with dacoits of the Jagirani gang": the subject's fight
        if actor.acled_inter == 1 and (_FREED_IN_A_FIGHT.match(text, actor.span.end) or (
                _FREED_IN_A_RAID.match(text, actor.span.end) or _FREED_BY_THEM.match(text, actor.span.end)
                and _FREED_AFTER_A_FIGHT.search(text, group.start, max(group.end, group.extent[1]))) and fought()):
            return actor  # "Levies personnel recovered a boy ... after an encounter with his kidnappers": the forces' fight
        if actor.acled_inter == 1 and _FORCES_RAIDED.match(text, actor.span.end) and not forces_attacked \
                and not _AIMED_AT_BEFORE.search(lead):
            return actor  # "were killed when security forces raided their hideout": the forces' raid
        # (a state's forces at a scene in another country are foreign there, whoever else is named)
        foreign = _foreign_to(actor, candidates) or bool(scene) and bool(_countries(actor)) and not scene & _countries(actor)
        if actor.acled_inter == 1 and _FORCES_FIRED.match(text, actor.span.end) \
                and (not forces_attacked or foreign) and not _AIMED_AT_BEFORE.search(lead):
            # "two civilians were killed when Indian troops resorted to unprovoked firing"; "Two FC personnel
            # were injured when Afghan forces opened unprovoked fire": another country's forces fired on them
            return actor
        if actor.acled_inter == 1 and foreign and _ATTACKERS_VERB.match(text, actor.span.end) and not _AIMED_AT_BEFORE.search(lead):
            return actor  # "Two soldiers were martyred when Afghan Taliban forces attacked Pakistani border posts"
    before = [a for a in candidates if a.span.end <= first.start]
    if before:
        subject = before[0]
        lead = text[max(sentence_start, subject.span.start - 15):subject.span.start]
        follow = text[subject.span.end:first.end]
        # "X were killed", "X sustained injuries": X was hit; "X repelled an attack": X defended; neither carried it out
        victim = re.search(r"\b(were|was|got|have been|has been|repelled|repulsed|beat back|beaten back|fought off|fended off|"
                           r"(?:came|come|comes|coming)\s+under|(?:sustained|suffered|received)\s+(?:[\w-]+\s+)?(?:injuries|wounds|burns))\b",
                           follow) is not None or (_HIT_VERB.fullmatch(first.text) is not None
                                                   and _HEADLINE_PASSIVE.match(text, first.end) is not None)
        # "Security forces killed five militants" (not "Police said that militants killed ...")
        # (suicide bombers the forces killed before a bomb went off: "killed three suicide bombers who tried to storm")
        kills_militants = not (_REPORTED_BEFORE.search(follow) and not _SAID_IT_DID.match(follow)) and not forces_attacked and (
            _MILITANT_OBJECT.match(text, first.end) is not None
            or _BOMBERS_OBJECT.match(text, first.end) is not None and not _SET_OFF.search(text[sentence_start:sentence_end].lower()))
        # "personnel of the Pakistan Rangers Sindh arrested": its people acted ("a checkpost of the FC" did not)
        members_of = _MEMBERS_OF.search(text, max(sentence_start, subject.span.start - 40), subject.span.start) is not None
        # "Police and Elite Force personnel chased the attackers and killed three of them"
        kills_militants = kills_militants or subject.acled_inter == 1 and _CHASED_AND_KILLED.search(follow) is not None
        if not victim and (members_of or not re.search(r"\b(on|at|against|of|targeting|near|found)\s+(?:the\s+|a\s+)?$", lead)) \
                and (subject.acled_inter != 1 or state_may_act or kills_militants or _FORCES_FIRED.match(follow)):
            return subject
    strikes = [c for c in group.cues if c.category.name == "airstrike"]
    if strikes:
        # (a strike of the state's beside theirs: "... with quadcopters, and the army responded with a drone strike")
        if _militants_drone(strikes[0], group, context) and not any(_states_strike(c, group, context) for c in strikes[1:]):
            return None  # "militants dropped explosives from a quadcopter": theirs, whoever they hit
        # else only states fly: the force the report names for the strike ("Pakistan Air Force jets targeted ...")
        return next((a for a in acting if group.extent[0] <= a.span.start < group.extent[1] and (
            a.acled_inter == 1 or a.kind == "state_force")), None)  # a foreign air force too ("a US drone", inter 8)
    group_text = text[group.start:group.end]
    forces_own_encounter = _ENCOUNTER_WITH_FORCE.search(group_text) is not None
    if first.category.name in ("clash", "armed_attack"):
        verbs = [(a, _ATTACKERS_VERB.match(text, a.span.end)) for s, e in group.sentences for a in acting
                 if s <= a.span.start < e and a.acled_inter != 1]
        # "Lashkar-e-Islam militants stormed the bunker": the group started it; militants who opened fire in
        # what the report calls an encounter with the forces were in the forces' operation
        attackers = [a for a, verb in verbs if verb and not (verb.group("fired") and forces_own_encounter)]
        if attackers:
            return attackers[0]
    if first.category.name in ("clash", "armed_attack") and not forces_own_encounter \
            and (forces_attacked or _FORCES_RETALIATED.search(group_text.lower())):
        # the forces were attacked and fought back: the one group named among those they hit attacked them
        groups_named = {a.actor_id or a.name: a for s, e in group.sentences for a in acting
                        if s <= a.span.start < e and a.acled_inter != 1 and _GROUP_MEN_HIT.match(text, a.span.end)}
        if len(groups_named) == 1:
            return next(iter(groups_named.values()))
    # a group whose men were the ones hit ("a GNLA militant was shot dead") did not act
    if first.category.name in ("clash", "armed_attack") and not any(
            a.acled_inter != 1 and not _GROUP_MEN_HIT.match(text, a.span.end) for a in candidates):
        # "X was killed in an intelligence based operation": the forces' raid, though the men fired back
        own_operation = _KILLED_IN_OPERATION.search(group_text) is not None or _THEIR_RAID.search(group_text) is not None
        if forces_attacked and not own_operation:
            return None  # the forces were attacked: unnamed attackers started it
        if _went_off_too_soon(group):
            return None  # militants killed by their own bomb: no force killed them
        # militants killed in an encounter with (or an operation of) a named force: that force acted
        named_state = [a for s, e in group.sentences for a in acting if s <= a.span.start < e and a.acled_inter == 1]
        # (not those named as hit: "planning an attack on a police check post", "killing three policemen")
        state = [a for a in named_state if not _VICTIM_AFTER.match(text, a.span.end)
                 and not _HIT_BEFORE.search(text, max(0, a.span.start - 40), a.span.start)]
        if not state and _ENCOUNTER_NAMED.search(group_text):
            state = named_state  # "a terrorist was killed in an encounter ... a Policeman was also injured": theirs still
        if state and (own_operation or _MILITANT_VICTIMS.search(group_text.lower())):
            return state[0]
    return None


def _went_off_too_soon(group: _Group) -> bool:
    """The device went off in its makers' hands ("explosives they were planting went off prematurely")."""
    return any(c.category.name == "defused" and "prematur" in c.text.lower() for c in group.cues)


def _forces_attacked(group: _Group, context: EventContext) -> bool:
    """Someone attacked the forces' post, convoy or patrol ("militants attacked a check post"), not the
    forces someone else ("troops attacked their camp"); or the report says the forces were attacked
    ("security personnel were on patrol when they were attacked by miscreants")."""
    lowered = context.text[group.start:group.end].lower()
    state = [a for a in context.actors if a.acled_inter == 1]
    state_ends = [a.span.end - group.start for a in state]
    # "militants who had remained involved in attacks on SFs": their past deeds are not this incident
    if any(not any(m.start() - 15 <= end <= m.start() for end in state_ends)
           and not _PAST_DEEDS_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
           and not _PLANNED_BEFORE.search(lowered, max(0, m.start() - 60), m.start())
           and not _ANSWERED_BEFORE.search(lowered, max(0, m.start() - 80), m.start())
           for m in _ATTACK_ON_FORCES.finditer(lowered)):
        return True
    if _REPULSED.search(lowered):
        return True  # "Police repulsed an attack by around 15 militants": the forces were attacked
    return any((m := _WERE_ATTACKED_AFTER.match(context.text, a.span.end, group.end)) and not _IN_THEIR_RAID.match(context.text, m.end())
               for a in state if group.start <= a.span.start < group.end)


# "on a tip-off that the militants were planning an attack on a police station": an attack not made
# ("foiled a planned attack" is the attack stopped: "planned" only as a verb)
_PLANNED_BEFORE = re.compile(r"\b(?:planning|plotting|(?:had|has|have)\s+(?:been\s+)?(?:planned|plotted)|planned\s+to|intending|"
                             r"intended|preparing|wanted)\s+(?:to\s+)?"
                             r"(?:(?:carry\s+out|launch|stage|mount)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# "the operation was launched after dacoits of the gang attacked a police picket": what the operation answered
_ANSWERED_BEFORE = re.compile(r"\b(?:launched|started|began|mounted|conducted)\s+(?:[\w-]+\s+){0,3}?(?:after|following|in\s+response\s+to)\s+"
                              r"(?:[\w-]+\s+){0,6}?$")
_REPULSED = re.compile(r"\b(?:repulsed|repelled|beat\s+back|beaten\s+back|fought\s+off|fended\s+off)\s+(?:an?|the)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:attack|assault|raid|onslaught)\b")
# "adding that the attackers belonged to the Tehreek-e-Taliban Pakistan", "the attackers, belonging to the TTP,", "the
# attackers, who belonged to the TTP,": whose men they were, as the report tells it
_BELONGED_TO = re.compile(r"\b(?:attackers|assailants|militants|terrorists|gunmen|bombers?|raiders)\s*,?\s+(?:who\s+)?(?:(?:reportedly|allegedly)\s+)?(?:belonged|belonging|"
                          r"were\s+(?:members|militants|fighters|operatives)\s+of)\s+(?:to\s+)?(?:the\s+)?(?:banned\s+|outlawed\s+|proscribed\s+)?$", re.I)


# "The slain terrorists belonged to ...": the group of the dead
_THE_DEAD_BEFORE = re.compile(r"\b(?:slain|dead|killed|deceased)\s+(?:attackers|assailants|militants|terrorists|gunmen|bombers?|raiders)\b", re.I)
_BELONGERS_HIT = re.compile(r"[^.;]{0,40}?\b(?:(?:were|was|had\s+been|have\s+been)\s+(?:[\w-]+\s+)?(?:killed|shot|gunned|arrested|"
                            r"injured|wounded|detained|apprehended|nabbed|captured|held)|had\s+(?:[\w-]+\s+)?(?:attacked|carried|killed))\b", re.I)


def _said_to_belong(group: _Group, context: EventContext) -> ActorMention | None:
    """The armed group the report says the attackers belonged to (not the one the dead or the arrested belonged to:
    "Three militants, who belonged to the HGB, were killed in an IBO")."""
    start, end = min(group.start, group.extent[0]), max(group.end, group.extent[1])  # ("Police said the attackers belonged to ...")
    if _ANOTHER_OPENS.match(context.text, group.start):
        start = group.start  # ("The slain terrorists belonged to X. Separately, ..." told of the incident before)
    # (the group "the slain terrorists belonged to" attacked only when they did: "Four militants stormed a check post
    # ...; all four were killed", not "Three terrorists were killed in an intelligence-based operation")
    first = context.text[group.start:group.sentences[0][1]]
    they_attacked = bool(_attacks_on_forces(first.lower())) or any(
        c.category.name in ("suicide", "explosive", "grenade") for c in group.cues if c.start < group.sentences[0][1])
    return next((a for a in context.actors if start <= a.span.start < end and a.acled_inter != 1
                 and (belonged := _BELONGED_TO.search(context.text, max(start, a.span.start - 80), a.span.start))
                 and (they_attacked or not _THE_DEAD_BEFORE.search(context.text, max(start, belonged.start() - 12), belonged.end()))
                 and not _BELONGERS_HIT.match(context.text, a.span.end)), None)


def _same_organisation(a: ActorMention, b: ActorMention) -> bool:
    """One is the other's wing or branch in the knowledge base (``parent``): "the Majeed Brigade, the suicide
    wing of the BLA". Splinters are left out: they do fight the groups they left."""
    if a.actor_id is None or b.actor_id is None:
        return False
    kb = actors_by_id()
    return kb[a.actor_id].get("parent") == b.actor_id or kb[b.actor_id].get("parent") == a.actor_id


# the forces as the ones who told of an incident or looked into it, not whom it hit
_SOURCE_VERBS = r"(?:said|says|told|added|stated|confirmed|reported|registered|recovered|lodged|collected|have\s+registered|" \
                r"are\s+investigating|were\s+investigating)"
_TOLD_AFTER = re.compile(r"(?:\s*\([\w\s]+\))?(?:\s+(?!(?:was|were|had|and)\b)[\w-]+){0,4}?\s+" + _SOURCE_VERBS + r"\b", re.I)
_AS_SOURCE = re.compile(r"\b(?:according\s+to\s+(?:the\s+)?)?(?:police|policemen|police\s+officials?|police\s+sources|officials?|officers?|"
                        r"ssp|sho|dsp|sp|dpo|rpo|igp|inspector\s+general)(?:\s+(?!(?:was|were|had|and)\b)[\w-]+){0,4}?\s+"
                        + _SOURCE_VERBS + r"\b|\baccording\s+to\s+(?:the\s+)?police\b")


def _target_actor(group: _Group, context: EventContext, perpetrator: ActorMention | None) -> ActorMention | None:
    # a group named only to say what another one is, or the perpetrator's own wing, was not attacked
    others = [a for a in _not_describing(context.text, _actors_in(group, context))
              if (perpetrator is None or a.name != perpetrator.name and not _same_organisation(a, perpetrator))
              and not _DENIES_AFTER.match(context.text, a.span.end)  # a group denying it was not its target either
              and not _TOLD_AFTER.match(context.text, a.span.end)]  # nor the police who told of it
    if perpetrator is not None and perpetrator.span.text:  # prefer the actor named after the perpetrator
        after = [a for a in others if a.span.start > perpetrator.span.start]
        others = after or others
    return others[0] if others else None


def _target_category(hit: dict[str, bool], sub_event: str | None) -> str | None:
    if sub_event in ("Arrests", "Change to group/activity", "Disrupted weapons use"):
        return "militant" if hit["militant"] else None
    for name in ("security", "government", "civilian", "militant", "infrastructure"):
        if hit.get(name):
            return name
    return None


def _gtd_attack(primary: Category | None, sub_event: str | None, hit: dict[str, bool], perpetrator: ActorMention | None,
                sentences: list[str], parties: list[list[tuple[int, int]]], defusal_cues: list[str], rules: Rules) -> str | None:
    """GTD's attack type. GTD codes attacks by non-state actors only: the forces' raids, clashes they
    start and air strikes get none."""
    if sub_event == "Disrupted weapons use" and primary is not None and primary.name == "defused" \
            and any(_DEVICE_STOPPED.search(c) and not _NOT_A_FAILED_ATTACK.search(c) for c in defusal_cues):
        return "Bombing/Explosion"  # a planted bomb defused, found or gone off too soon: GTD's failed bombing, whoever stopped it
    if primary is None or sub_event in ("Arrests", "Disrupted weapons use", "Change to group/activity", "Peaceful protest", "Agreement"):
        return None
    if perpetrator is not None and perpetrator.acled_inter in (1, 8):
        return None
    if sub_event == "Attack" and primary.name == "abduction":
        return "Hostage Taking (Kidnapping)"
    if primary.gtd_attack in ("Armed Assault", "Bombing/Explosion", "Unknown") and _aimed_at_prominent(sentences, parties, rules):
        return "Assassination"
    return primary.gtd_attack


# a device planted for an attack that was stopped ("defused", "bomb disposal", "explosives were recovered", "went off
# prematurely"); not an arms cache found, a drone shot down or old mines cleared
_DEVICE_STOPPED = re.compile(r"defus|diffus|bomb disposal|bomb squad|planted|before it|prematurely|\bieds?\b|bombs?\b|explosive|"
                             r"\bmines?\b|landmines?|grenades?|vests?")
_NOT_A_FAILED_ATTACK = re.compile(r"demin|clear|cache|depot|dump|stockpile|factor|workshop|drone|uav|missile|rocket|projectile|intercept")
_FORCES_BEFORE = re.compile(r"\b(?:police|army|levies|fc|frontier\s+corps|rangers|security|ctd|khasadars?|paramilitary)\s+(?:[\w-]+\s+)?$")
_AMONG_BEFORE = re.compile(r"\b(?:including|among|along\s+with|besides)\b")
# "a week after the assassination attempt on a judge": an earlier attack recalled
_EARLIER_BEFORE = re.compile(r"\b(?:after|since|following|anniversary\s+of|earlier)\b[^.;]{0,40}$", re.I)
# "The house of MPA X was attacked": the attack was on his property, not on him
# "the younger brother of the Deputy Commissioner of Pishin": his kin was hit, not the office holder
_KIN_OF = r"\b(?:brothers?|sons?|nephews?|cousins?|fathers?|relatives?|uncles?|daughters?|wife|husband|brother-in-law|son-in-law|grandsons?)\s+of\s+"
_KIN_OF_BEFORE = re.compile(_KIN_OF + r"(?:[\w()-]+\s*){0,6}$", re.I)
_KIN_OF_OFFICE = re.compile(_KIN_OF + r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:" + office_pattern("district_heads", "offices") + r"|"
                            r"minister|senator|official|officer|policem[ae]n|constable|soldier|judge)\b"
                            r"(?:\s+of\s+[\w-]+)?", re.I)
_PROPERTY_OF_BEFORE = re.compile(r"\b(?:house|home|residence|hujra|office|shop|property|godown|factory|school|shrine)\s+of\s+(?:[\w()-]+\s*){0,6}$")


def _aimed_at_prominent(sentences: list[str], parties: list[list[tuple[int, int]]], rules: Rules) -> bool:
    """The incident's first sentence calls it an assassination, or a sentence names a person of note as the
    one attacked. ``parties`` holds, per sentence, the spans of the political parties it names."""
    named = rules.assassination_named.search(sentences[0].lower()) if sentences else None
    if named and not _PAST_DEEDS_BEFORE.search(sentences[0], max(0, named.start() - 80), named.start()) \
            and not _EARLIER_BEFORE.search(sentences[0], max(0, named.start() - 60), named.start()):
        return True
    for sentence, party_spans in zip(sentences, parties):
        for patterns, needs_party in ((rules.office_victim, False), (rules.party_role_victim, True)):
            subject = patterns[1]
            for pattern in patterns:
                for m in pattern.finditer(sentence):
                    start, end = m.span("role")
                    before = sentence[max(0, start - 60):start].lower()
                    if _FORCES_BEFORE.search(before) or _AMONG_BEFORE.search(before) or _PROPERTY_OF_BEFORE.search(before) \
                            or _KIN_OF_BEFORE.search(before) \
                            or sentence[end:end + 2] in ("'s", "’s") or (pattern is subject and not _apposition_only(m.group("gap"))):
                        continue  # "the minister's house", "X condemned the attack in which two were killed"
                    if not needs_party or any(s < end + 60 and e > start - 60 for s, e in party_spans):
                        return True
    return False


def gtd_target_types(text: str, rules: Rules) -> list[str]:
    """GTD target types the words of ``text`` name, most specific first ("Police said" is a source, not a target)."""
    lowered = _SOURCE_MENTION.sub(" ", text.lower())
    return [name for name, pattern in rules.gtd_targets.items() if pattern.search(lowered)]


def _gtd_target(first_sentence: str, hit: dict[str, bool], sub_event: str | None, rules: Rules) -> str | None:
    if sub_event in ("Arrests", "Disrupted weapons use", "Change to group/activity") or (hit["militant"] and sub_event == "Armed clash" and not hit["security"]):
        return "Terrorists/Non-State Militia" if hit["militant"] else None
    named = gtd_target_types(first_sentence, rules)
    return named[0] if named else None