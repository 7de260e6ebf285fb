"""One run of sentences told as several incidents: arrests listed district by district or name by place,
incidents counted in turn, and the parts a report tells one after another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import GENERIC_STATE, Casualties, Count, EventMention, PlaceMention, Span
from ..numbers import WORDNUM, parse_number
from ..places import incident_location, is_background, name_key

from .patterns import (
    ACLED_EVENT_TYPE, VIOLENT_CATEGORIES, _FIGHTING, _HIT_WORDS, _REFERS_BACK, _SEVERAL_INCIDENTS, _THE_FIGHT,
)
from .cues import Rules, _Cue
from .context import EventContext, _Group, _clause_place, _coded_district
from .sides import _generic_actor, _hit
from .coding import _code

_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_SEPARATE_INCIDENTS = re.compile(r"\b(two|three|four|five|[2-5]|both)\s+(?:the\s+)?(?:separate\s+|different\s+|similar\s+)?"
                                 r"(?:incidents|attacks|blasts|explosions|shootings|ambushes)\b"
                                 r"|\b(two|three|four|five|[2-5])\s+(?:separate|different)\s+(?:[\w-]+\s+){0,2}?(?:operations|raids|encounters)\b",
                                 re.I)
# "Three persons were killed in separate incidents": as many incidents as victims (up to four)
_VICTIMS_IN_SEPARATE = re.compile(r"(?<!including )\b(two|three|four|[2-4])\s+(?:persons|people|men|policemen|workers|civilians)\b"
                                  r"(?:(?!\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;]){0,80}?"
                                  r"\bin\s+(?:separate|different)\s+(?:incidents|attacks|acts of violence)\b", re.I)


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
_OPERATIONS = re.compile(r"\b(?:operations|raids|encounters)\b", re.I)


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
