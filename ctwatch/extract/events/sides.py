"""Who acted and who was hit: the perpetrator named or claimed, a foreign force, the target actor and its
category, and which side the dead and wounded were on.
"""

from __future__ import annotations

import re

from ..model import UNIDENTIFIED, ActorMention, Casualties, Count, PlaceMention, Span
from ..actors import COUNTRY_WORDS, OUTLAWS, is_spokesman, lookup_alias
from ..nlp import actors_by_id
from ..numbers import KHAWARIJ

from .patterns import (
    STATE_CATEGORIES, _AIMED_AT_BEFORE, _ANOTHER_OPENS, _ATTACK_ON_FORCES, _CHASE, _CIVILIAN_LOAD,
    _FORCES_ACTED_AFTER, _FORCES_FIRED, _FORCES_RETALIATED, _FREED_IN_A_FIGHT, _HIT_VERB, _OFFENDERS, _OWNS_IT,
    _PAST_DEEDS_BEFORE, _PLANNED_BEFORE, _SET_OFF, _SOURCE_VERBS, _TOLD,
)
from .cues import _Cue
from .context import EventContext, _Group, _sentence_around

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
# "TTP militants were shot dead": the group's own men named among those hit
# "<group> (LeT) militants were killed", "<group>) militant was shot" (an acronym mention closes its bracket)
_GROUP_MEN_HIT = re.compile(r"\)?(?:\s*\(\w+\))?\s+(?:(?:militants?|terrorists?|cadres?|fighters?|insurgents?)\s+)?(?:were|was)\s+"
                            r"(?:also\s+)?(?:killed|injured|wounded|shot)")
# "bodies were found by Security Forces", "taken to hospital by Police": the forces came after, they did not
# act (a device "recovered by" them is their own recovery)
_FOUND_BY = re.compile(r"\b(?:found|discovered|identified|handed over|(?:taken|shifted|rushed)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?hospital)\s+"
                       r"(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?(?:\w+\s+){0,3}$")
# the force's name is part of a building's: "Regi Police Station", "Police Lines", "FC Headquarters"
_FACILITY_NAMED_AFTER = re.compile(r"\s+(?:stations?|posts?|(?:check\s*-?posts?|pickets?)(?!\s+(?:personnel|staff|men|officials|guards)\b)|lines|chowki|"
                                   r"thana|headquarters|hq|academy|training\s+(?:centre|center|school))\b", re.I)
# "Security personnel were on routine patrolling when they were attacked": the forces were attacked
_WERE_ATTACKED_AFTER = re.compile(r"[^.;]{0,90}?\b(?:were|was|came)\s+(?:\w+\s+){0,2}?(?:attacked|ambushed|targeted|"
                                  r"fired (?:up)?on|under (?:attack|fire))\b", re.I)
# "the team came under fire when it raided a compound", "during a raid": fired on in the forces' own operation
_IN_THEIR_RAID = re.compile(r"\s+(?:(?:when|as|while|after)\s+(?:it|they|the\s+[\w-]+|personnel)\s+(?:had\s+)?(?:\w+ly\s+)?"
                            r"(?:raided|surrounded|cordoned|stormed|signalled|tried\s+to\s+(?:arrest|stop))|"
                            r"during\s+(?:an?|the|a\s+search)\s+(?:[\w-]+\s+)?(?:raid|operation|search))\b", re.I)
_VICTIM_AFTER = re.compile(r"[^.;]{0,40}?\b(?:were|was)\s+(?:also\s+)?(?:killed|injured|wounded|martyred|shot)")
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
_FREED_AFTER_A_FIGHT = re.compile(r"\b(?:freed|recovered|rescued|released)\s+(?:after|in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:encounter|"
                                  r"exchange\s+of\s+fire|gun\s*fight|gun\s*battle|clash|shoot-?out|raid)\b", re.I)
# "The raid was conducted without an exchange of fire": a fight denied
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?$", re.I)
# the forces as the subject of a fight "with" the other side
_FOUGHT_WITH_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:(?:personnel|troops|men|officials|teams?|party|contingents?)\s+)?"
                                r"(?:(?:exchanged|traded)\s+(?:heavy\s+)?fire|clashed|had\s+an\s+encounter|engaged\s+in\s+(?:an?\s+)?"
                                r"(?:gun\s*battle|gun\s*fight|exchange\s+of\s+fire|encounter|shoot-?out))\s+with\b", re.I)
# "Police said that ...", "according to": the force reports the killing; "claimed to have shot" is its own deed
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|claimed(?! to)|confirmed|added|according|that)\b")
# ... but a force telling of its own deed did it: "the Counter Terrorism Department (CTD) said it had killed three"
_SAID_IT_DID = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:said|says|claimed|added|confirmed|stated)\s+(?:that\s+)?"
                          r"(?:it|they|its\s+(?:[\w-]+\s+)?(?:personnel|men|troops|officials|teams?))\s+(?:had\s+|have\s+|has\s+)?"
                          r"(?:[\w-]+\s+)?[\w-]+$", re.I)
# "12 militants killed in air strikes": a headline's passive, the subject was hit
_HEADLINE_PASSIVE = re.compile(r"\s+(?:in|during|by|as|when|after|while)\b")
_HIT_BEFORE = re.compile(r"\b(?:attack\w*|ambush\w*|target\w*|on|at|against|kill(?:ing|ed)|injur(?:ing|ed)|wound(?:ing|ed))\s+"
                         r"(?:of\s+)?(?:(?:a|an|the|two|three|four|five|six|several|\d+)\s+)?$", re.I)
_MILITANT_OBJECT = re.compile(r"\s+(?:at least\s+|as many as\s+|some\s+|over\s+)?(?:[\w()-]+\s+){0,6}?(?:militants?|terrorists?|insurgents?|"
                              r"snipers?|fighters?|rebels?|maoists?|cadres?|commanders?|attackers?|gunmen|assailants|suspects?|outlaws?|"
                              r"dacoits?|gangs?|gangsters?|criminals?|robbers?|kidnappers?|extortionists?|" + KHAWARIJ + r")\b", re.I)
_BOMBERS_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:would[-\s]be\s+)?suicide\s+bombers?\b", re.I)
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
# the forces' own kill or arrest at the end of their pursuit (not "chased the attackers after gunmen shot dead a trader")
_CHASED_AND_KILLED = re.compile(rf"\b(?:{_CHASE})\s+(?:[\w-]+\s+){{0,4}}?and\s+(?:later\s+)?"
                                r"(?:killed|shot\s+dead|arrested|captured|gunned\s+down|apprehended)$", re.I)
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
_TOLD_AFTER = re.compile(r"(?:\s*\([\w\s]+\))?(?:\s+(?!(?:was|were|had|and)\b)[\w-]+){0,4}?\s+" + _SOURCE_VERBS + r"\b", re.I)


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
