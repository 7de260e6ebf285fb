"""Whether the next incident sentence goes on with the incident being told or opens another
(``_continues``): another day, district or place, another act, or the victim named again.
"""

from __future__ import annotations

import re

from ..model import EventMention, PlaceMention
from ..numbers import CAME_AFTER, KHAWARIJ
from ..places import is_background, name_key
from ..dates import day_named

from .patterns import (
    DEMONSTRATION_CATEGORIES, DEVICE_CATEGORIES, MONTH_NAMES, STATE_CATEGORIES, VIOLENT_CATEGORIES, _ALSO_OPENS,
    _ANOTHER_STRIKE, _ATTACK_ON_FORCES, _AT_THE_SAME_TIME, _A_FURTHER_ACT, _BARE_KILLING, _CAPTIVES,
    _CLAIM_OF_THE_ATTACK, _FIGHTING, _FORCES_ACTED_AFTER, _FORCES_RETALIATED, _FREED, _GATHERING, _HOURS_LATER,
    _NEXT_DAY, _PAST_DEEDS, _PLUPERFECT, _PURSUIT, _REFERS_BACK, _SET_FREE, _SEVERAL_INCIDENTS, _TELLING_BEFORE,
    _THE_ABDUCTED_FOUND, _THE_ACT, _THE_FIGHT, _THE_SAME_ATTACKERS, _TOLD,
)
from .cues import Rules, _Cue
from .context import EventContext, _Group, _coded_district
from .coding import _statement_about_attack

# a boundary word that opens a retelling of the same incident, not another incident
_RETOLD = re.compile(r"^\W*(?i:earlier|later)\s*,?\s+(?:the\s+|a\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:had\s+)?(?:reported|said|quoted|claimed|put)\b")
_LATER = re.compile(r"^\W*later\b", re.I)
_GUNFIRE = re.compile(r"fire|gun|shoot|firefight")
_CONTINUED = re.compile(r"\b(?:continued|continuing|went on|raged on)\b", re.I)
_ANOTHER_BLAST = re.compile(r"\banother\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bomb|device|cracker|grenade|ied|mine)\s+(?:[\w-]+\s+)?"
                            r"(?:went\s+off|exploded|detonated|blew\s+up|was\s+(?:hurled|thrown|lobbed))\b", re.I)
_AT_A_LOCALITY = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)")
# "In the same valley, a girls school ... was damaged": a sentence opening on the place of the one before
_IN_THE_SAME_PLACE = re.compile(r"^\W*(?:in|at)\s+the\s+same\s+(?:valley|area|district|town|village|tehsil|city|agency)\b", re.I)
_LATE_THAT = re.compile(r"^\W*(?:late|early)\s+(?:on\s+|in\s+)?(?:the\s+same|that)\s+(?:day|night|evening|morning|afternoon)\b", re.I)
_SAME_TIME = re.compile(r"^\W*(?:on\s+)?the\s+same\s+(?:day|night|evening|morning|afternoon)\b", re.I)
# ... told of the same attackers or the same attack
_BACK_TO_IT = re.compile(r"^\W*(?:on\s+)?the\s+same\s+\w+\s*,?\s+(?:they|he|she|the\s+(?:[\w-]+\s+)?(?:attackers|militants|assailants|"
                         r"gunmen|terrorists|bomber|station|post|check\s?post|convoy))\b|"
                         r"\b(?:injured|wounded|hurt)\s+in\s+the\s+(?:[\w-]+\s+)?(?:attack|blast|explosion|firing|incident|bombing)\b", re.I)
# "Two low intensity blasts ... at Havaid and Miran Akundkhel. ... The second blast ripped through an auto shop at
# Miran Akundkhel": the second of two, told at a place of its own, is an incident of its own
_TWO_OF_THEM = re.compile(r"\b(?:two|twin|2)\s+(?:[\w-]+\s+){0,2}?(?:blasts|explosions|bombings|bomb attacks|attacks)\b", re.I)
_THE_SECOND = re.compile(r"^\W*(?:(?:the\s+)?(?:second|other)|another)\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|bomb|device|attack|vehicle|bus)\b", re.I)
# words that tie an arrest to an incident; "Later, ..." also needs "after the killing", not any "after the"
# ("recovered a pistol and the motorcycle allegedly used in the attack")
_TIED = r"in connection with|involved in|behind the|responsible for|used in the (?:[\w-]+ )?(?:attack|killing|murder|blast|bombing)|" \
        r"(?:facilitators?|handlers?|abettors?)" \
        r"(?:\s+(?:of|for)\s+the\s+(?:suicide\s+)?(?:bombers?|attackers?|attacks?|killers?|assailants|killing|blast|bombing))?(?!\s+(?:of|for)\b)"
_TIED_LATER = re.compile(rf"\b(?:{_TIED}|suspects?\s+in\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?:killings?|attacks?|murders?|blasts?|bombings?|incident)|(?:after|following|over) the "
                         r"(?:[\w'’-]+\s+){0,3}?(?:killings?|attacks?|blasts?|murders?|incidents?|explosions?|shootings?|"
                         r"bombings?|assassinations?))\b", re.I)
_ANY_PAST_DEEDS = re.compile(_PAST_DEEDS, re.I)  # anywhere in a sentence
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the firing stopped": an act named again
# the act told only to say who someone is: "militants involved in the attack", "those behind the blast"
_DOERS_OF_THE_ACT = re.compile(rf"\b(?:involved\s+in|responsible\s+for|behind|wanted\s+(?:for|in)|linked\s+(?:to|with))\s+{_THE_ACT}\b", re.I)
_NAMES_THE_ACT = re.compile(rf"\b{_THE_ACT}\b", re.I)
# a sentence whose subject is the forces: "The SFs pounded ...", "Troops later shelled ..."
_FORCES_OPEN = re.compile(r"\W*(?:(?:later|then|subsequently|in response|in retaliation),?\s+)?(?:the\s+)?"
                          r"(?:security forces|sfs?|troops|army|soldiers|forces|frontier corps|fc|artillery)\b"
                          r"(?!\s+(?:officials?|spokesm[ae]n|spokesperson|sources|said|says|told|added))", re.I)  # ("FC officials said")
# ... "Security forces later shelled suspected hideouts" (not "Frontier Corps (FC) officials said the shelling began")
_FORCES_SHELLED = re.compile(r"\W*(?:(?:later|then|subsequently|in response|in retaliation),?\s+)?(?:the\s+)?(?:security forces|sfs?|troops|"
                             r"army|soldiers|forces|frontier corps|fc|artillery)(?:\s+\([^)]{1,10}\))?\s+(?:(?:later|also|then)\s+)?"
                             r"(?:shelled|pounded|bombarded|targeted|fired)\b", re.I)
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
_ORDINAL_INCIDENT = re.compile(r"^\W*in (?:a|the) (?:second|third|fourth|fifth)\b", re.I)
# someone just told, named again as the subject: "The worker was killed in Mamund tehsil of Bajaur District", "He was
# shot ..." (a noun only when the incident's words already named it: see _the_victim_again)
_NAMED_AGAIN = re.compile(r"\W*(?:(?:the|this|these)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+?)(?:e?s)?|he|she|they)\s+(?:was|were|had)\b", re.I)
_ONE_OF_THEM_OPENS = re.compile(r"\W*in\s+(?:one|the\s+first|the\s+other)\s+(?:of\s+the\s+)?(?:incidents?|attacks?|blasts?|cases?)\b", re.I)
# the device of an attack just stopped, named again: "defused the vest", "removed his suicide jacket"
_THE_STOPPED_DEVICE = re.compile(r"\b(?:the|his|their|(?:was|were)\s+wearing\s+(?:an?\s+)?)\s*(?:[\w-]+\s+){0,2}?(?:vests?|jackets?|belts?|"
                                 r"devices?|bombs?|ieds?)\b", re.I)
# the crowd a protest's sentence names: its arrests are the protest's ("detained several of them")
_PROTESTERS_NAMED = re.compile(r"\b(?:protest\w*|demonstrat\w*|marchers|mourners|crowds?|rall(?:y|ies)|sit-?ins?|them|participants|"
                               r"traders|students|lawyers|workers|activists)\b", re.I)
# the one arrested told again by a pronoun: "He was arrested at a checkpoint", "They were held near the border"
_THE_ARRESTED_AGAIN = re.compile(r"\W*(?:he|she|they|both|the\s+(?:suspects?|accused))\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?"
                                 r"(?:arrested|held|detained|apprehended|nabbed|caught|intercepted)\b", re.I)
# the arrest's own people or raid ("Also, one of the suspects was injured when he opened fire on the raiding team")
_THE_ARRESTED_OR_RAID = re.compile(r"\b(?:the\s+(?:arrested|detained|suspects?|accused|raiding\s+(?:team|party)|raid)|during\s+the\s+(?:raid|operation)|"
                                  r"one\s+of\s+the\s+(?:suspects|arrested|accused))\b", re.I)
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
# "claimed responsibility for the killings, as well as for blowing up a mobile phone tower in Panjgur District"
# a clause of its own after "came a day after" ("militants shot dead", "a trader was shot dead"), not a noun
# phrase ("a similar attack in the city")
_CLAUSE_AFTER = re.compile(r"\s*(?:[\w'’-]+[\s,]+){0,8}?(?:was|were|had|has|have|\w+ed|shot|hit|blew|struck|stormed)\b", re.I)


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
            or _another_act_opened_by_its_place(group, sentence, cues, context, start) \
            or _another_act_at_a_new_scene(group, sentence, cues, context, start, end):
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
                                                      or _ANOTHER_STRIKE.search(sentence) and victims
                                                      or (categories - group_categories) & DEVICE_CATEGORIES and victims):
        # "About an hour later, armed men opened fire on another vaccination team in Qasba Colony", "A few hours
        # later, a girls' school in Tor Ghundai village was also blown up" (what was also done, elsewhere), "About an
        # hour later, another drone fired two missiles at a vehicle in the same area, killing three more militants", "Hours
        # later, a roadside bomb went off near a Police van carrying reinforcements to the area" after an attack by gunfire
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
    if categories & DEMONSTRATION_CATEGORIES and not group_categories & DEMONSTRATION_CATEGORIES and _GATHERING.search(sentence) \
            and _another_day_named(group, context, start, end):
        return False  # "Traders of the area kept their shops closed on Friday in protest against the attack": a crowd's
        # own act on a day of its own, whatever it answers
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
_ON_THE_DAY_BEFORE = re.compile(r"\b(?:on\s+(?:the\s+)?(?:(?:night|morning|evening|afternoon|intervening\s+night)\s+of\s+)?|"
                                r"(?:in|during)\s+the\s+(?:(?:early|small|wee)\s+hours|(?:early\s+|late\s+)?(?:night|morning|evening|afternoon)|"
                                r"intervening\s+night)\s+of\s+)$", re.I)  # ("in the night of May 28", "in the early hours of March 11")
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
# "the bombing of a checkpost two years ago in which four personnel were killed": the old act's toll
_HAD_DONE = re.compile(r"\bhad\s+(?:been\s+)?(?:gone|hit|struck|[a-z]+(?:ed|en|wn|ot|ft|ld))\b", re.I)
_THE_TOLL_ROSE = re.compile(r"\b(?:death\s+)?toll\b[^.;]{0,120}?\b(?:rose|risen|climbed|reached|mounted|increased|jumped)\s+to\b", re.I)


def _second_of_two(group: _Group, sentence: str, categories: set[str], text: str) -> bool:
    """The sentence tells "the second blast" of the two the group's report counts."""
    return bool(_THE_SECOND.match(sentence) and categories & DEVICE_CATEGORIES
                and _TWO_OF_THEM.search(text, group.start, group.end))
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


def _kinds_of_violence(cues: list[_Cue]) -> set[str]:
    """The kinds of violence the cues tell (a bare "killed" is of every kind, so of none)."""
    return {c.category.name for c in cues if c.category.name in VIOLENT_CATEGORIES and not _BARE_KILLING.fullmatch(c.text)}


def _another_act_opened_by_its_place(group: _Group, sentence: str, cues: list[_Cue], context: EventContext, start: int) -> bool:
    """"In Mingora, the beheaded body of a man was found near Nishat Chowk" after a town retaken: a sentence opening
    with a place the incident has not named, telling violence of another kind than the incident's (a bare "killed"
    is of every kind), not tied back to it."""
    # (a summary of separate incidents is itemised on its own: "At least five persons were killed in separate incidents")
    if _REFERS_BACK.search(sentence) or _SEVERAL_INCIDENTS.search(context.text, *group.sentences[0]):
        return False
    place = _place_it_opens_with(sentence, context, start)
    if place is None or name_key(place.name) in {name_key(p.name) for p in context.places if group.start <= p.span.start < group.end}:
        return False
    if _SEVERAL_INCIDENTS.search(context.text, 0, group.start):
        # an item of a round-up told before, with its own dead: "Four people were shot dead in separate incidents ...
        # About an hour later, ANP activist Gul Zaman was gunned down in Orangi Town. In Lyari, a vegetable vendor was killed"
        killed, injured = context.casualties(start, start + len(sentence))
        return bool(killed.total or injured.total) and not _only_told(sentence, min((c.start - start for c in cues), default=0))
    own = _kinds_of_violence(cues)
    if _only_told(sentence, min((c.start - start for c in cues if c.category.name in own), default=0)):
        return False
    # (a lead that only counts the dead tells no kind: "Four persons were killed in separate incidents")
    told = {c.category.name for c in group.cues if c.category.name != "claim" and not _BARE_KILLING.fullmatch(c.text)}
    return bool(own) and bool(told) and not own & told


def _another_act_at_a_new_scene(group: _Group, sentence: str, cues: list[_Cue], context: EventContext, start: int,
                                end: int) -> bool:
    """"Separately, two rockets were fired at a Levies post in Phelawagh ... Miscreants also blew up an electricity pylon
    near Loti": violence of another kind than the incident's, done at a scene the incident has not named, not tied back
    to it ("the attack", "the same attackers") nor only told by someone, is another incident (what the same men "also"
    did at the same spot stays theirs)."""
    if _SEVERAL_INCIDENTS.search(context.text, 0, start) or re.search(rf"\b{_THE_ACT}\b", sentence, re.I) \
            or _THE_SAME_ATTACKERS.search(sentence) or _GOES_ON_ABOUT_IT.match(sentence) or _PLUPERFECT.search(sentence) \
            or _the_victim_again(sentence, group, context.text) or _FLEEING.search(sentence):
        return False  # (nor what had been done before: "The policemen ... had been abducted from Alpuri", nor what the
        # attackers did as they fled: "Fleeing militants also set a police vehicle on fire near Spinwam")
    own, told = _kinds_of_violence(cues), _kinds_of_violence(group.cues)
    if not own or not told or own & told:
        return False
    first = min(c.start - start for c in cues if c.category.name in own)
    if _only_told(sentence, first) or _THEY_SAY.search(sentence, 0, first):
        return False  # ("Officials say the LeJ-A has cooperated with the IS-KP in several attacks ... in Mastung")
    named = {name_key(p.name) for p in context.places if group.start <= p.span.start < group.end}
    # (a scene, not where the teller is: "Their vehicle was completely destroyed, a senior security official based in
    # Peshawar said")
    return any(start <= p.span.start < end and p.kind not in ("country", "admin1") and name_key(p.name) not in named
               and _TOLD_AS_A_SCENE.search(context.text, max(start, p.span.start - 40), p.span.start) is not None
               and not _TOLD.search(context.text, start, p.span.start) and not _TELLER_BASED.search(context.text, max(start, p.span.start - 20), p.span.start)
               and not _TOLD_AFTER.match(context.text, p.span.end) and not is_background(context.text, p)
               for p in context.places)
_TELLER_BASED = re.compile(r"\bbased\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_TOLD_AFTER = re.compile(r"[^.;]{0,25}?\b(?:said|says|told|added)\b", re.I)
_FLEEING = re.compile(r"\b(?:fleeing|fled|while\s+(?:escaping|retreating)|as\s+they\s+(?:escaped|retreated)|before\s+escaping|"
                      r"on\s+their\s+way\s+back)\b", re.I)
_THEY_SAY = re.compile(r"\b(?:say|believe|suspect)\b", re.I)
# a sentence going on about what was just told: "Their vehicle was completely destroyed", "It also damaged ..."
_GOES_ON_ABOUT_IT = re.compile(r"\W*(?:their|his|her|its|it|they|he|she)\b", re.I)


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
# ... or done by others told as strangers ("Hours later, unidentified persons blew up two CD shops in Tangi bazaar")
_NEW_DOERS = re.compile(r"\b(?:unidentified|unknown|masked|other)\s+(?:armed\s+)?(?:persons|people|men|gunmen|assailants|militants|"
                        r"attackers|miscreants)\b", re.I)
_ANOTHER_DAY_TOLD = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning|night|evening)\b|\b(?:a|one|two|three)\s+days?\s+later\b", re.I)
# an operation launched after the incident against those behind it
_FOLLOW_UP = re.compile(r"\b(?:follow[-\s]?up|subsequent)\s+(?:[\w-]+\s+)?(?:raids?|operations?|search(?:es)?|strikes?|actions?)\b", re.I)
# "A day earlier, gunmen abducted him", "The previous day, the trader was kidnapped": the one told dead before
_THE_DEAD_TAKEN = re.compile(r"\b(?:abducted|kidnapped|picked\s+up|took\s+away)\s+(?:him|her|them)\b|"
                             r"\b(?:he|she|they|the\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:was|were)\s+(?:abducted|kidnapped)\b", re.I)
# what became of the ones taken, told after their abduction
_THE_TAKEN_FREED_OR_MISSING = re.compile(r"\b(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:was|were)\s+(?:later\s+)?(?:released|freed|set\s+free)\b|"
                                         r"\bwhereabouts\s+of\s+(?:the|his|her|their)\b", re.I)
_HAD_BEEN_TAKEN = re.compile(r"\bhad\s+been\s+(?:[\w-]+\s+)?(?:abducted|kidnapped|taken away|picked up)\b", re.I)
_RETELLS = re.compile(r"\b(?:said|says|told|statement|according to|funeral|FIR|registered|case)\b", re.I)
_FOUND_DEAD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|found dead)\b", re.I)
