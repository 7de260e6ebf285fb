"""One incident's code: its ACLED event and sub-event type from its cues, refined by who was hit and what the
report tells first (an attack on security forces is an Armed clash, on civilians an Attack), with its perpetrator,
target, GTD types, place, date and counts (``_code``); and retyping by the learned event-type head
(``with_type``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import GENERIC_STATE, PROTESTERS, RIOTERS, UNIDENTIFIED, EventMention, Span
from ..numbers import FORCES_RANKS
from ..places import SCENE_BEFORE, is_background, office_pattern

from .patterns import (
    ACLED_EVENT_TYPE, DEMONSTRATION_CATEGORIES, DEVICE_CATEGORIES, STATE_CATEGORIES, VIOLENT_CATEGORIES,
    _AIMED_AT_BEFORE, _ANOTHER_OPENS, _BARE_KILLING, _CAPTIVES, _FORCES_FIRED, _FORCES_RETALIATED, _FREED,
    _FREED_IN_A_FIGHT, _FROM_ACROSS, _GOES_OFF, _KIDNAPPERS, _KIN_OF, _OFFENDERS, _PAST_DEEDS_BEFORE,
    _PLANNED_BEFORE, _PLUPERFECT, _SET_FREE, _SHOT_DOWN, _SOURCE_VERBS, _SQUAD_NAME, _THE_ABDUCTED_FOUND, _TOLD,
)
from .cues import Category, Rules, _Cue, load_rules
from .context import EventContext, _Group, _clause_place, _sentence_around
from .gtd import _gtd_attack, _gtd_target
from .sides import (
    _armed_victims, _attacks_on_forces, _civilian_camp_only, _claimant, _countries, _forces_acting_first,
    _forces_hit, _forces_telling_it, _generic_actor, _group_fights_group, _hit, _militants_drone,
    _mostly_others, _named_perpetrator, _nobody_hurt, _organiser, _pamphlets_claimant, _said_to_belong,
    _target_actor, _target_category, _went_off_too_soon,
)

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
_SPEECH = re.compile(r"\b(?:said|says|told|alleged|claimed|complained)\b", re.I)
_FIREARMS = re.compile(r"\b((?<!heavy )guns?|gunfire|gunmen|firing|opened fire|fired at(?! least)|fired on|shot|bullets?|rifles?|kalashnikov|"
                       r"small[- ]arms|(?<!armed with )light (?:weapons|arms)|automatic weapons|machine[- ]?guns?)\b")
# "three rockets were fired at the airport": what was fired at it were no firearms
# ("The Pakistan Army responded effectively to the Indian firing": the shelling told before, answered)
_PROJECTILES_FIRED = re.compile(r"\b(?:rockets?|shells?|mortars?|missiles?|projectiles?)\s+(?:were\s+|was\s+|had\s+been\s+)?fired\s+(?:at|on)\b|"
                                r"\b(?:responded|retaliated|reacted)\s+(?:[\w-]+\s+){0,2}?(?:to|against)\s+the\s+(?:[\w-]+\s+)?firing\b")
# "at a labour camp ... the assailants stormed the camp", "a convoy of oil tankers ... opened fire on the convoy": the
# camp or convoy attacked is the civilians' one named before
# "a day after the bombing", "in the wake of the attack": violence that dates what is told, not what was done
_TIME_AFTER_BEFORE = re.compile(r"\b(?:(?:(?:a|one|two|three|four|five|six|\d+|several|a\s+few)\s+)?(?:days?|hours?|weeks?|months?)\s+"
                                r"after|in\s+the\s+wake\s+of)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_RECOVERY = re.compile(r"\b(?:recovered|found|seized|unearthed)\b")
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
# what the arrested men had done before: "also stole ... after killing him", "had carried out", "were involved in"
_PAST_MARKER = re.compile(r"\b(?:also|had|earlier|previously|involved|wanted|after\s+\w+ing)\b", re.I)
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
# "the bullet riddled body of a Levies sepoy, who had been abducted ...": a captive put to death
_BODY_OF_A_CAPTIVE = re.compile(r"\bbod(?:y|ies)\s+of\s+[^.;]{0,80}?\b(?:who|whom)\s+(?:had\s+been|was|were|militants\s+had)\s+"
                                r"(?:abducted|kidnapped|picked\s+up|taken\s+away)\b", re.I)
# "ambushed a group of militants": fighters, not civilians, were ambushed
_AMBUSHED_FIGHTERS = re.compile(r"\bambush\w*\s+(?:an?\s+(?:group|party|band|convoy|vehicle)\s+of\s+|the\s+)?(?:[\w-]+\s+)?"
                                r"(?:militants|terrorists|insurgents|fighters|khwarij|khawarij|taliban)\b", re.I)
# "ambushed a vehicle of the Counter Terrorism Department", "a polio team's security escort": the forces
_AMBUSHED_FORCES = re.compile(r"\bambush\w*\s+(?:[\w'’-]+\s+){0,4}?(?:police|ctd|counter\s+terrorism|fc|frontier|levies|army|military|"
                              r"security|rangers|escort|convoy|patrol|soldiers|troops|personnel)\b", re.I)
# device words that say it went off (or was thrown or fired), not only that it existed
_BOMBERS_SHOT = re.compile(r"suicide (?:bombers?|attackers?)\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|shot dead|gunned down)|"
                           r"(?:killed|killing|shot dead|gunned down)\s+(?:the|all(?: the)?|both(?: the)?|\d+|two|three|four|five)\s+"
                           r"suicide (?:bombers?|attackers?)")
# ... unless told as not done ("The Levies never returned fire")
_NOT_DONE = re.compile(r"\b(?:never|not|no)\b")
# "fired a rocket at a police picket", "fired mortar shells at a Frontier Corps fort": projectiles aimed at the forces
_PROJECTILES_AT_FORCES = re.compile(r"\b(?:fired|lobbed|launched)\s+(?:[\w-]+\s+){0,3}?(?:rockets?|mortars?|shells?|missiles?|rpgs?)\s+"
                                    r"(?:at|on|towards)\s+(?:a|an|the)?\s*(?:[\w()-]+\s+){0,4}?(?:check\s*-?posts?|posts?|pickets?|forts?|"
                                    r"police\s+stations?|cantonment|headquarters)\b")
_DETONATED = re.compile(r"blast|explo(?:sion|de)|went off|detonat|blew (?:[\w-]+\s+)?up|blown up")
# a vest worn, not set off ("was wearing a suicide vest")
_WORN_BEFORE = re.compile(r"\b(?:wearing|wore|worn|clad\s+in|strapped\s+with|equipped\s+with|donning|had\s+on)\s+"
                          r"(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$", re.I)
# "the militants opened fire and hurled grenades at the raiding party": thrown, so they went off
_THROWN_BEFORE = re.compile(r"\b(?:hurled|lobbed|threw|tossed|hurling|lobbing|throwing)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "Officials blamed Iranian border guards": the force named as the doer
_BLAMED_BEFORE = re.compile(r"\bblamed\s+(?:the\s+)?$", re.I)
_TAKEN_FROM_BEFORE = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|taken\s+away|arrested|detained|seized)\b[^.;]{0,80}?\bfrom\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# a bomb and then gunfire, "opened fire on a police mobile van": at the forces (not "opened fire in the air", "on a
# nearby shop", "on passengers of a bus")
_OPENED_FIRE = re.compile(r"opened\s+fire|fired\s+(?:at|on|upon)")
_ON_THE_FORCES = re.compile(r"\s+(?:(?:at|on|upon)\s+)?(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:police|policem[ae]n|fc|levies|"
                            r"army|military|security|soldiers|troops|personnel|rangers|convoy|check\s*-?posts?|posts?|patrol)\b", re.I)
# "Police shot dead a suicide bomber before he could detonate his vest", "when he tried to enter the police lines"
_BOMBER = re.compile(r"(?:suicide\s+)?bombers?")
_WHO_THEN = re.compile(r"\bwho\s+(?:later\s+|then\s+|eventually\s+|finally\s+)?$", re.I)
_ARRESTED_OBJECT_BEFORE = re.compile(r"\b(?:arrested|apprehended|nabbed|detained|captured|rounded\s+up)\s+(?:[\w-]+\s+){0,3}$", re.I)
_ARREST_OR_RECOVERY = {"arrest", "seizure", "defused"}
_THE_LASHKAR = re.compile(r"\bthe\s+(?:tribal\s+|peace\s+|local\s+)?lashkar\b", re.I)
# a bomb squad named again as "the team": "The team defused the device in the packet"
_THE_SQUAD = re.compile(r"\W*(?:the|a)\s+(?:bomb\s+disposal\s+)?(?:team|squad|unit|experts)\b", re.I)
# "who had been kidnapped for ransom from Hayatabad in Peshawar": whence a captive was taken, to the clause's end
_HAD_BEEN_TAKEN_FROM = re.compile(r"\b(?:who|whom)\s+had\s+been\s+(?:kidnapped|abducted|taken\s+away|picked\s+up)\b[^,.;]{0,60}?"
                                  r"\b(?:from|near|in|at)\s+[^,.;]{1,80}", re.I)


def _captive_taken_from(text: str, start: int, end: int) -> re.Match | None:
    """Whence a captive the text tells freed was taken (_HAD_BEEN_TAKEN_FROM in a sentence that tells him recovered,
    freed or released; not "demanded the release of a commander who had been picked up from Kohlu")."""
    for taken in _HAD_BEEN_TAKEN_FROM.finditer(text, start, end):
        if _FREED_VERB.search(text, *_sentence_around(text, taken.start(), taken.end())):
            return taken
    return None
_FREED_VERB = re.compile(r"\b(?:recovered|rescued|freed|released|set\s+free)\b", re.I)
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
# one of the forces' operations, in which the militants died
# a force named as the teller: "the Counter Terrorism Department (CTD) Punjab said"
_TELLS_OF_IT = re.compile(r"(?:\s*\([\w\s]{1,12}\))?(?:\s+[A-Z][\w-]+)?\s+(?:said|says|claimed|stated|announced)\b")
_IN_AN_OPERATION = re.compile(r"\b(?:in|during)\s+(?:an?\s+|another\s+|yet\s+another\s+)(?:separate\s+|similar\s+)?(?:intelligence[- ]based\s+|follow[- ]?up\s+|"
                              r"search\s+|security\s+|targeted\s+|military\s+)?(?:operations?|raids?|ibos?|engagements?|encounters?)\b", re.I)
_AMBUSH = re.compile(r"ambush", re.I)
_FORCES_AMBUSHED = re.compile(r"ambush\w*\s+(?:[\w-]+\s+){0,4}?(?:police|security|soldiers?|troops|fc|frontier|levies|army|forces|"
                              r"personnel|patrol|convoy\s+of\s+(?:the\s+)?(?:security|army|fc|police))", re.I)
# aircraft only a state flies (a drone may be an armed group's, or a foreign state's)
_STATE_AIRCRAFT = re.compile(r"gunship|fighter|jets?\b|warplane|war plane|military aircraft|air force", re.I)
# the forces hit were guarding the civilians who were the aim ("a policeman escorting the vaccination team")
_ESCORTS = re.compile(r"\b(?:policem[ae]n|police\s+(?:constables?|officials?|guards?)|constables?|soldiers?|levies\s+(?:men|personnel|sepoys?)|khasadars?|"
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
# "abducted a tribal elder ..., and his bullet riddled body was found in a nearby stream the next morning"
_THEIR_BODY_FOUND = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}bod(?:y|ies)\s+(?:was|were)\s+(?:later\s+)?"
                               r"(?:found|recovered|discovered|fished\s+out)\b", re.I)
# "relatives of another kidnapped man ... staged a sit in": the one they demand back, not an abduction now
# ("relatives of a local driver who had been abducted along with the labourers")
_KIN_OF_THE_TAKEN = re.compile(r"\b(?:relatives|families|family|heirs|parents|kin|colleagues)\s+of\s+(?:the\s+|an?\s+|another\s+|two\s+)?"
                               r"(?:(?:[\w-]+\s+)?|(?:[\w-]+\s+){1,2}?(?:who|whom|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+)$", re.I)
# "killed in what the CTD called an encounter": a fight one side claims
_WHAT_THEY_CALLED = re.compile(r"\bwhat\s+(?:the\s+)?(?:[\w()-]+\s+){1,5}?(?:called|termed|described\s+as)\s+(?:an?\s+|the\s+)?$", re.I)
# a gang named by its crime ("Seven members of a dacoit gang surrendered")
_GANG_OF = re.compile(r"(?:dacoit|gangster)\w*|gang of|criminal gangs?", re.I)
# (or "recovered a trader, Haji Lal Badshah, who had been kidnapped from Jamrud Bazaar, during a raid")
_RECOVERED_BEFORE = re.compile(r"\b(?:recovered|rescued|freed|released|recovery of|release of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                               r"\b(?:recovered|rescued|freed)\s+[^.;]{0,80}?\bwho\s+had\s+been\s+$", re.I)
_AS_SOURCE = re.compile(r"\b(?:according\s+to\s+(?:the\s+)?)?(?:police|policemen|police\s+officials?|police\s+sources|officials?|officers?|"
                        r"ssp|sho|dsp|sp|dpo|rpo|igp|inspector\s+general)(?:\s+(?!(?:was|were|had|and)\b)[\w-]+){0,4}?\s+"
                        + _SOURCE_VERBS + r"\b|\baccording\s+to\s+(?:the\s+)?police\b")
_KIN_OF_OFFICE = re.compile(_KIN_OF + r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:" + office_pattern("district_heads", "offices") + r"|"
                            r"minister|senator|official|officer|policem[ae]n|constable|soldier|judge)\b"
                            r"(?:\s+of\s+[\w-]+)?", re.I)
