"""Sentences that tell no new incident: a long article's comment, background from an earlier time, a
sentence told again, a demonstration already told.
"""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz

from ctwatch.clean.repeats import MIN_WORDS as REPEAT_MIN_WORDS, NEAR_DUPLICATE_SCORE, normalise

from ..model import UNIDENTIFIED, EventMention
from ..places import name_key

from .patterns import (
    DEMONSTRATION_CATEGORIES, MONTH_NAMES, STATE_CATEGORIES, VIOLENT_CATEGORIES, _ALSO_OPENS, _ANOTHER_INCIDENT,
    _ANOTHER_OPENS, _A_DAY_TOLD, _A_FURTHER_ACT, _A_SIMILAR_ONE, _DAY_MONTH, _FUNCTION_WORDS, _HIT_WORDS,
    _NAMES_AND_NUMBERS, _OPENS_ON_A_YEAR, _RECALLED, _WEEKDAY,
)
from .cues import Rules, _Cue
from .context import EventContext, _Group
from .continuation import _names_another_district

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


def _the_act_again(start: int, end: int, cues: list[_Cue], groups: list[_Group], context: EventContext) -> bool:
    """In a long article, a sentence that tells only of acts already told, named again by their day or place ("The August
    12 attack was the second blow against the same project", "The attack at Mohammad Khel was the deadliest of several",
    "neither attack came as a surprise") and with no dead or wounded of its own: comment on them, not another."""
    if not groups or not cues or any(c.category.name not in VIOLENT_CATEGORIES or not _AN_ACT_NOUN.fullmatch(c.text)
                                     for c in cues):
        return False
    killed, injured = context.casualties(start, end)
    if killed.total or injured.total:
        return False
    told = " ".join(context.text[s:e] for g in groups for s, e in g.sentences)

    def named_again(cue: _Cue) -> bool:
        if _EITHER_BEFORE.search(context.text, max(start, cue.start - 12), cue.start):
            return True
        by_name = _NAMED_BEFORE.search(context.text, max(start, cue.start - 40), cue.start)
        by_place = _PLACE_AFTER.match(context.text, cue.end) if _THE_BEFORE.search(context.text, max(start, cue.start - 6), cue.start) else None
        words = (by_name.group(1) if by_name else by_place.group(1) if by_place else "").split()
        return bool(words) and all(re.search(rf"\b{re.escape(w)}\b", told) for w in words)

    return all(named_again(c) for c in cues)
_AN_ACT_NOUN = re.compile(r"(?:attacks?|blasts?|bombings?|grenade|killings?|ambush|explosions?|assault|raids?|strikes?)", re.I)
_EITHER_BEFORE = re.compile(r"\b(?:neither|either|both)\s+$", re.I)
# "the August 12 attack", "the Mohammad Khel attack", "that September 15 grenade"
_NAMED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+((?:[A-Z][\w-]*|\d{1,2})(?:\s+(?:[A-Z][\w-]*|\d{1,2})){0,2})\s+$")
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:at|in|on|near)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


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
_NAMES_AND_DIGITS = re.compile(r"\b(?:[A-Z][\w-]*|\d[\w.]*)")  # (a retelling names no other place, day or count: "On July 12")
_RETOLD_SCORE = 65  # (rapidfuzz token-set ratio of the two first sentences: a rewording shares most of its words)


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
# "In 2014, militants killed 140 people": a sentence opening on a year (or a month of one)
_OPENS_ON_A_MONTH = re.compile(r"^\W*(?:(?P<last>last)\s+(?:(?:" + "|".join(MONTH_NAMES) + r")\b|year|month)|"
                               r"(?:in|back\s+in|earlier\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?P<month>" + "|".join(MONTH_NAMES)
                               + r")\b(?!\s+\d)(?:\s+(?P<last_year>last\s+year)|\s+this\s+year)?)\s*,", re.I)
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
_ITS_TOLL_AFTER = re.compile(r"\s*,?\s*in\s+which\b", re.I)
_YEARS_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|some|many|several|a\s+few|\d+)\s+years?\s+ago\b", re.I)
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:also\s+|earlier\s+|previously\s+|already\s+)?(?:been\s+)?$", re.I)
# "The blast came two weeks after a car bomb killed nine people": an earlier incident recalled
_WEEKS_AFTER = re.compile(r"^\W*(?:the|this|it|that)\s+(?:[\w-]+\s+){0,2}?(?:came|comes|followed|follows)\s+(?:just\s+|only\s+|barely\s+)?"
                          r"(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:weeks?|months?|years?)\s+after\b", re.I)
# ... opening its sentence ("Last month, four soldiers were killed in a similar attack"; not "the third similar attack
# since last month" told of the incident itself)
_AN_EARLIER_TIME = re.compile(r"^\W*(?:(?:last|previous)\s+(?:month|year|week)|earlier\s+this\s+(?:month|year)|previously)\b", re.I)


def _month_before(told: str, report_month: str) -> bool:
    """The month named in ``told`` ("near Loti in March") comes before ``report_month`` in the year."""
    names = [m.lower() for m in MONTH_NAMES]
    named = next((n for n in names if n in told.lower()), None)
    return named is not None and _MONTH_ORDER.index(named[:3]) < _MONTH_ORDER.index(report_month[:3])
_MONTH_ORDER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # ("Sept", "Nov": their month)
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
