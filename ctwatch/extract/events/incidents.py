"""``find_events``: an article's sentences read in turn, gathered into incidents and coded.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..model import UNIDENTIFIED, Casualties, EventMention
from ..numbers import HEADLINE, TALLY_PERIOD, find_casualties, find_count
from ..places import is_background, name_key

from .patterns import (
    DEMONSTRATION_CATEGORIES, DEVICE_CATEGORIES, MONTH_NAMES, STATE_CATEGORIES, VIOLENT_CATEGORIES, _ANOTHER,
    _ANOTHER_INCIDENT, _ANOTHER_OPENS, _ANOTHER_STRIKE, _AT_THE_SAME_TIME, _A_DAY_TOLD, _A_SIMILAR_ONE,
    _BARE_KILLING, _CLAIM_OF_THE_ATTACK, _DAY_MONTH, _FROM_ACROSS, _FUNCTION_WORDS, _GATHERING, _HIT_VERB,
    _HOURS_LATER, _NEXT_DAY, _NUMBER, _OPENS_ON_A_YEAR, _OWNS_IT, _PLUPERFECT, _PURSUIT, _RECALLED,
    _REFERS_BACK, _THE_SAME_ATTACKERS, _VERDICT, _WEEKDAY,
)
from .cues import Rules, _Cue, _sums_up_incidents, load_rules, sentence_cues, statement_kind
from .context import EventContext, _Group, _coded_district
from .sides import _generic_actor, _of_another_country
from .coding import _captive_taken_from, _code
from .parts import _arrests_by_district, _stated_count, _stated_incidents, _told_and_the_rest, _told_parts
from .continuation import _OPENING_ON_A_DAY, _continues, _names_again_what, _second_of_two, _the_act_it_answers
from .background import (
    _comment_not_news, _retells_a_sentence, _tells_an_earlier_act, _tells_it_again, _the_act_again, _the_crowd_again,
    _told_as_background, _without_retellings,
)

SHORT_REPORT_SENTENCES = 12
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
_OWN_SHOOTERS = re.compile(r"\b(?:militants|terrorists|gunmen|miscreants|insurgents|attackers|khwarij|khawarij)\b", re.I)
# "in Shahrag town of the same district", "on Mission Road in the same city": a locality of the district the incident
# told before was in
_OF_THE_SAME_DISTRICT = re.compile(r"(?:\s+[a-z]+)?\s*,?\s+(?:in|of|under)\s+the\s+same\s+(?:district|agency|city|town|tehsil)\b",
                                   re.I)


def _names_that_attack_only(sentence: str, offset: int, cues: list[_Cue]) -> bool:
    """"Three policemen were killed in that attack": the toll of the attack a verdict is about, named back (not a
    sentence with an attack of its own: "gunmen attacked the prison van ...; two policemen were killed in that assault")."""
    that = _THAT_ATTACK.search(sentence)
    return that is not None and all(_HIT_VERB.fullmatch(c.text) or that.start() <= c.start - offset < that.end() for c in cues)
# "Three policemen were killed in that attack": the case's attack named back
_THAT_ATTACK = re.compile(r"\b(?:in|during)\s+that\s+(?:attack|blast|bombing|incident|ambush|assault)\b", re.I)
_BOTH_TOLD = re.compile(r"\bboth\s+(?:the\s+)?(?:incidents|attacks|blasts|explosions|shootings|ambushes)\b", re.I)
_BOTH_ATTACKS = re.compile(r"\b(?:both|the\s+two)\s+(?:the\s+)?(?:attacks|blasts|bombings|explosions|incidents)\b", re.I)
_BOTH_DEVICES = re.compile(r"\b(?:both|the\s+two)\s+(?:the\s+)?(?:devices|bombs|ieds)\b", re.I)
_OF_BOTH = re.compile(r"\b(?:the\s+(?:twin\s+|two\s+)?(?:blasts|explosions|bombings|attacks)|both)\b", re.I)
# what someone is accused of, told alone ("The TTP was accused of blowing up dozens of schools"): no incident
_ACCUSED_OF_BEFORE = re.compile(r"\b(?:accused\s+of|charged\s+with|booked\s+for|wanted\s+(?:for|in))\s+(?:(?!(?:was|were)\b)[\w-]+[\s,]+){0,8}?$", re.I)
_BETWEEN_THE_SIDES = re.compile(r"\bbetween\s+the\s+(?:two|rival|warring|feuding)\s+(?:sides|tribes|groups|clans|factions|parties)\b", re.I)
# a claim that opens another incident ("In another incident, ...", "Separately, ...") stays with it (narrower
# than the rules' incident_boundaries on purpose: "Later, the TTP claimed ..." still claims the incident before)
_OTHER_INCIDENT = re.compile(rf"^\W*(?:{_ANOTHER}|elsewhere|meanwhile)\b", re.I)
# "... fighters of JNIM:" at the end of a sentence with lowercase words before it (not a dateline)
_ACRONYM_COLON = re.compile(r"[a-z][^:]*?\s[A-Z][A-Z0-9&-]{1,11}:$")
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
# where the act was ("fired at a police mobile van in the same area"; not "two brothers from the same village", "in the
# same area where a team was attacked last year")
_IN_THE_SAME_AREA = re.compile(r"\b(?:in|at|near)\s+the\s+same\s+(?:area|village|locality|town|spot|vicinity|place)\b(?!\s*,?\s+where\b)", re.I)
# "In another incident in the city": the city told before
_IN_THE_CITY = re.compile(r"\b(?:in|of)\s+the\s+(?:same\s+)?city\b", re.I)
_ALSO_WORD = re.compile(r"\balso\b", re.I)
# a sentence about someone or something told before: "The labourers were ...", "He was ...", "This was ..."
_TELLS_BACK = re.compile(r"\W*(?:the|he|she|they|it|this|these|those|his|her|their|its)\b", re.I)
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
        elif not short_report and (_comment_not_news(start, end, cues, context) or _the_crowd_again(start, cues, groups, context)
                                   or _the_act_again(start, end, cues, groups, context)):
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
        # (nor does one that opens apart, on a day of its own or "Separately,": "... were killed in an encounter with police
        # on the night of March 12. A police constable was injured. On March 13, a polio worker was shot dead")
        opens_apart = _ANOTHER_OPENS.match(context.text, group.start) or _OPENING_ON_A_DAY.match(context.text, group.start)
        group.extent = (group.start if protest or opens_apart else before_end, bounds[index + 1]) if short_report \
            else (group.start, group.end)
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
# "Following the blast, ... an intense exchange of fire took place": what a bombing set off
_AFTER_THE_BLAST = re.compile(r"\W*(?:(?:soon|shortly|immediately|moments|minutes)\s+)?(?:after|following)\s+the\s+(?:[\w-]+\s+)?"
                             r"(?:blast|explosion|bombing)\s*,?", re.I)
# the case told in court: "The prosecution told the court that ...", "according to the charge sheet" (not an attack
# on the judge or outside the court told after the verdict: "Soon after, the accused were shot dead")
_TOLD_IN_COURT = re.compile(r"\b(?:told\s+the\s+(?:court|bench|judge)|the\s+(?:court|bench)\s+was\s+told|prosecut\w+\s+(?:said|told|argued|stated|"
                            r"maintained|alleged)|according\s+to\s+the\s+(?:prosecution|charge\s*sheet|case\s+file|fir))\b", re.I)
_A_TIME_OF_ITS_OWN = re.compile(r"\b(?:soon\s+after|shortly\s+after|later|afterwards|hours\s+later|the\s+same\s+day|then)\b", re.I)
_RECURRING = re.compile(r"\b(?:repeated(?:ly)?|frequent(?:ly)?|a\s+(?:series|spate|wave|string|number)\s+of)\b", re.I)
_A_CLAUSE_AT_AN_EARLIER_TIME = re.compile(r";\s*in\s+(?:" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)", re.I)


def _runs(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """0..length cut at the edges of ``spans`` (sorted, not overlapping): the spans and the text between them."""
    edges = sorted({0, length} | {x for span in spans for x in span})
    return list(zip(edges, edges[1:]))
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
