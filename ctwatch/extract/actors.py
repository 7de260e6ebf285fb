"""Actor mentions in a parsed article: catalogue matches, generic state forces, unknown groups.

``find_actors(doc)`` returns one ``ActorMention`` per mention, in text order. Rules:

1. **Catalogue matches** (``ARMED_ACTOR`` entities from ``nlp.py``). An alias shared between entries
   or flagged ambiguous is resolved in this order: (a) keep the candidates that operate in the
   article's country (``article_context``: votes from gazetteer place names and demonyms); (b) if
   more than one is left, keep those already named unambiguously elsewhere in the article (bare
   "Taliban" becomes TTP only when the article also says TTP / Pakistani Taliban, Afghan Taliban
   when it says Afghan Taliban); (c) keep those whose ``areas`` or name mention a province named in
   the article ("Levies" in a Balochistan report -> Balochistan Levies). If still more than one is
   left the mention stays unlinked: ``actor_id`` None, ``name`` the surface text in title case, and
   the kind and ACLED code only where every candidate shares them.
2. **Generic state forces**: "security forces", "SFs", "law enforcement agencies" (catalogue aliases)
   and "law enforcers" always count; people nouns ("soldiers", "troops", "security personnel",
   "security officials") count only as a party to the events: the subject of a clause (active or
   passive, through conjunctions: "two soldiers were killed", "troops cordoned off the area"; not
   officials who only say, believe or investigate), one of the victims or sides listed ("19 others,
   mostly security personnel", "including five security men", "exchange of fire between security
   personnel and militants"), or the object of a reported harm ("left one security official dead"); not
   "a history of attacking security personnel". They link to the country's generic entry
   (``pakistan_security_forces``...), or to the named force they belong to ("troops of the Frontier Corps").
3. **What is left out**: a force named as someone's former career ("a former police officer");
   political parties and unknown organisations named only as someone's affiliation ("an activist of
   the X Movement", "affiliated with X", "on the ticket of X"), and parties and foreign forces (ACLED
   inter 8) that do nothing in the text ("supplying goods to NATO forces"), as the gold coding rules say;
   an acronym the text spells out as something else ("the International Border (IB)").
4. **Unknown groups**: spaCy ORG entities of two or more capitalised words whose words include a
   group noun (Lashkar, Jaish, Tehreek, Front, Army, Brigade, Force, Squad, Movement, Mujahideen,
   Liberation, Sipah, Jamaat, ...), and "<Name> group|faction" phrases; ``actor_id`` None, kind
   ``unknown``. An acronym in brackets after any actor ("Bomb Disposal Squad (BDS)") is matched
   later in the article as the same actor.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token

from ctwatch.extract import gazetteer
from ctwatch.extract.model import ActorMention, Span
from ctwatch.extract.nlp import ACTOR_LABEL, GENERIC_LABEL, actors_by_id, alias_index, normalise_alias

GROUP_WORDS = {
    "lashkar", "lashkar-e", "jaish", "tehreek", "tehrik", "tahrik", "front", "army", "brigade",
    "brigades", "force", "forces", "squad", "movement", "mujahideen", "mujahidin", "liberation",
    "sipah", "jamaat", "jamat", "harkat", "harakat", "hizb", "hizbul", "ansar", "jundallah",
    "tanzeem", "tanzim", "militia", "guerrillas", "commandos", "corps", "battalion", "regiment",
    "lashkar-e-islam", "fidayeen", "tigers", "group", "faction",
}
# ORG words that mark a building, company, assembly or institution rather than an armed group.
NON_GROUP_WORDS = {
    "headquarters", "headquarter", "station", "company", "bank", "university", "college", "school", "hospital",
    "assembly", "council", "court", "department", "ministry", "office", "house", "depot", "board",
    "centre", "center", "market", "bazaar", "road", "news", "times", "tribune", "dawn", "agency",
    "areas", "club", "association", "union", "party", "airport", "base", "camp", "checkpost", "fire",
}
AFFILIATION_NOUNS = {
    "activist", "activists", "worker", "workers", "member", "members", "leader", "leaders",
    "supporter", "supporters", "candidate", "office-bearer", "president", "chairman",
    "councillor", "councilor", "legislator", "minister", "mna", "mpa", "senator", "ticket",
    "spokesman", "spokesmen", "spokesperson", "secretary", "general", "chief", "head", "founder", "patron",
}
AFFILIATION_VERBS = {"affiliate", "belong", "associate", "elect", "join"}
PAST_CAREER = {"former", "retired", "ex", "ex-"}
SPEECH_LEMMAS = {"say", "report", "tell", "claim", "allege", "add", "state", "blame", "accuse", "confirm", "warn"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# people who only think or react about events take no part in them ("security officials believe ...")
_NOT_DOING = SPEECH_LEMMAS | {"believe", "suspect", "think", "fear", "decline", "investigate", "probe", "refuse", "request",
                             "condemn", "deny", "express", "hope", "expect", "estimate", "assess", "consider",
                             "describe", "note", "comment", "speak", "brief", "inform", "disclose", "reveal",
                             "maintain", "insist", "quote", "cite"}
# "including five security men": one of those listed as hit; "fire between security personnel and militants"
_VICTIM_SETS = {"other", "people", "person", "dead", "injured", "wounded", "victim", "casualty", "those", "killed",
                "passenger", "personnel", "man", "civilian", "one", "official"}
_CLASH_NOUNS = {"clash", "fire", "exchange", "fighting", "gunfight", "encounter", "battle", "skirmish", "firing", "shootout"}
_HARM_LEMMAS = {"kill", "injure", "wound", "leave", "target", "ambush", "attack", "shoot", "martyr", "abduct", "kidnap"}
COUNTRY_WORDS = {
    "pakistan": "PK", "pakistani": "PK", "pakistanis": "PK", "india": "IN", "indian": "IN",
    "afghanistan": "AF", "afghan": "AF", "bangladesh": "BD", "bangladeshi": "BD", "nepal": "NP",
    "nepali": "NP", "nepalese": "NP", "sri lanka": "LK", "sri lankan": "LK", "iran": "IR",
    "iranian": "IR",
}
NICKNAME_CUES = frozenset({"alias", "aka", "a.k.a."})
# capitalised words that may stand before a place name without being part of it
NAME_LEADS = frozenset({"in", "at", "of", "from", "near", "district", "province", "capital", "the", "north", "south",
                        "east", "west", "upper", "lower", "central", "greater", "and", "tehsil", "agency"})
# Police ranks written as acronyms; one of them is also a group's acronym (SSP: Sipah-e-Sahaba Pakistan)
POLICE_RANKS = ("SP", "SSP", "DSP", "ASP", "SDPO", "DIG", "IG", "IGP", "DGP")
BAN_WORDS = frozenset({"banned", "proscribed", "outlawed", "defunct"})
GENERIC_FORCE_BY_COUNTRY = {"PK": "pakistan_security_forces", "IN": "india_security_forces"}
ALWAYS_GENERIC = {"law enforcers", "law-enforcers", "law enforcement personnel", "security force",
                  "security force personnel"}


@dataclass(frozen=True)
class Place:
    country: str
    admin1: str | None


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, tuple[Place, ...]]:
    """Lower-cased place name or alias -> the places with that name (for country/province votes)."""
    index: dict[str, set[Place]] = {}
    for row in gazetteer.load().by_id.values():
        place = Place(row.country, row.admin1 or None)
        for name in row.names:
            if len(name) >= 4:
                index.setdefault(name.casefold(), set()).add(place)
    return {name: tuple(places) for name, places in index.items()}


@dataclass
class ArticleContext:
    country: str | None
    provinces: frozenset[str]  # admin1 names (case-folded) the article names or implies


# a country the people of the report came from or went to: "returned towards Pakistan", "militants from
# Afghanistan" (not "crossed into Pakistan", "across Pakistan": there the report may well be)
MOTION_BEFORE = re.compile(r"\b(?:towards?|from|back to|fled to|escaped to|returned to)\s+(?:the\s+)?$", re.I)


def article_context(doc: Doc, named: set[str] = frozenset()) -> ArticleContext:
    """The article's country (most votes from place names, demonyms and the single-country groups it
    names unambiguously, ``named``: CPI (Maoist) says India) and its provinces."""
    places = gazetteer_names()
    kb = actors_by_id()
    # a group named outright weighs like a country word
    countries: Counter[str] = Counter(
        {c: 2 * n for c, n in Counter(kb[i]["countries"][0] for i in named if len(kb[i].get("countries") or ()) == 1).items()})
    provinces: Counter[str] = Counter()
    place_votes: Counter[str] = Counter()
    went: Counter[str] = Counter()  # countries the report's people went to or came from
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        if not tokens[i].text[:1].isupper() or (i and tokens[i - 1].lower_ in NICKNAME_CUES):
            i += 1  # "Binay alias Nepal": a nom de guerre, no country
            continue
        for size in (3, 2, 1):
            if i + size > len(tokens):
                continue
            words = tokens[i:i + size]
            if not all(t.text[:1].isupper() for t in words):
                continue
            text = doc[i:i + size].text.casefold()
            if text in COUNTRY_WORDS:
                moving = MOTION_BEFORE.search(doc.text, max(0, tokens[i].idx - 30), tokens[i].idx)
                (went if moving else countries)[COUNTRY_WORDS[text]] += 2
                i += size
                break
            found = places.get(text)
            if found and size == 1 and i and tokens[i - 1].text[:1].isupper() and not tokens[i - 1].text.isupper() \
                    and not tokens[i - 1].is_sent_start and tokens[i - 1].lower_ not in NAME_LEADS \
                    and tokens[i - 1].text not in places:
                found = None  # "Sabzi Mandi": the tail of a longer local name, not India's Mandi
            if found:
                found_countries = {p.country for p in found}
                if len(found_countries) == 1:
                    countries[next(iter(found_countries))] += 1
                    place_votes[next(iter(found_countries))] += 1
                admin1s = {p.admin1 for p in found if p.admin1}
                if len(admin1s) == 1:
                    provinces[next(iter(admin1s)).casefold()] += 1
                i += size
                break
        else:
            i += 1
    if not countries:
        countries = went  # nothing else says where: "returned towards Pakistan" is all there is
    country = None
    if countries:
        # on a tie the places named decide: a demonym often describes someone from elsewhere ("an Afghan spy")
        ranked = sorted(countries.items(), key=lambda cv: (cv[1], place_votes[cv[0]]), reverse=True) + [(None, 0)]
        (best, votes), (second, second_votes) = ranked[0], ranked[1]
        if (votes, place_votes[best]) > (second_votes, place_votes[second]):
            country = best
    return ArticleContext(country, frozenset(provinces))


def _country_before(ent: SpacySpan) -> str | None:
    """The country a demonym or country name just before a generic force names ("Indian troops",
    "Pakistan's forces"), if any."""
    i = ent.start - 1
    if i >= 0 and ent.doc[i].text in ("'s", "’s"):
        i -= 1
    return COUNTRY_WORDS.get(ent.doc[i].lower_) if i >= 0 and ent.doc[i].text[:1].isupper() else None


_FIRING_SIDE = re.compile(r"\b(?:fir(?:e|ing)|shell(?:s|ing)|shots|mortars?|bullets?)\s+(?:[\w-]+\s+){0,2}?(?:from|with)\s+(?:the\s+)?"
                          r"(?P<country>[A-Z][a-z]+)\s+(?:side|troops|forces|army|soldiers|posts?)\b")


def _with_country_word(ent: SpacySpan) -> SpacySpan:
    """"Indian troops", "Pakistan's forces": the generic force with the country word that says whose it is."""
    i = ent.start - 1
    if i >= 0 and ent.doc[i].text in ("'s", "’s"):
        i -= 1
    return ent.doc[i:ent.end]


def _span(span: SpacySpan) -> Span:
    return Span(span.start_char, span.end_char, span.text)


def _strip_det(span: SpacySpan) -> SpacySpan:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return span.doc[start:span.end]


def _takes_part(token: Token) -> bool:
    """The generic people noun is a party to the reported events: a subject that does or suffers something
    ("troops cordoned off", "two soldiers were killed"; not officials who only "said"), one of the
    victims or sides listed ("19 others, mostly security personnel", "including five security men",
    "between security personnel and militants"), or the object of a reported harm ("left one security
    official dead"); not "a history of attacking security personnel"."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECT_DEPS:
        return not (token.lower_.startswith("official") and token.head.lemma_ in _NOT_DOING)
    if token.dep_ == "appos":
        return _takes_part(token.head)
    if token.dep_ == "pobj":
        governor = token.head.head
        if token.head.dep_ == "agent":  # "a mortar shell fired by Indian troops": the passive's doer
            return not (token.lower_.startswith("official") and governor.lemma_ in _NOT_DOING)
        if token.head.lower_ == "between":
            return governor.lemma_ in _CLASH_NOUNS
        return token.head.lower_ in {"including", "among"} and (governor.lemma_ in _VICTIM_SETS or governor.pos_ == "NUM"
                                                                 or governor.lemma_ in {"kill", "injure", "wound"})
    return token.dep_ == "dobj" and token.head.lemma_ in _HARM_LEMMAS and token.head.tag_ == "VBD"


def _past_career(span: SpacySpan) -> bool:
    """"a former police officer": the force is named as a person's former career."""
    head = span.root
    noun = head.head if head.dep_ in {"compound", "amod", "nmod"} else head
    return any(child.lower_ in PAST_CAREER for child in noun.children) or any(
        t.lower_ in PAST_CAREER for t in span.doc[max(0, span.start - 2):span.start])


def _with_home_place(span: SpacySpan, ids: tuple[str, ...]) -> SpacySpan:
    """"Mamond Peace Committee", "Zakhakhel Lashkar": a militia named after its place keeps the place in
    its name (the place is part of the mention, not a separate one)."""
    kb = actors_by_id()
    if not ids or any(kb[i]["kind"] != "militia" for i in ids) or span.start == 0:
        return span
    before = span.doc[span.start - 1]
    if before.text[:1].isupper() and not before.is_sent_start and before.text.casefold() in gazetteer_names():
        return span.doc[span.start - 1:span.end]
    return span


def _police_rank(span: SpacySpan, ids: tuple[str, ...], named: set[str]) -> bool:
    """"SSP Malir said": a police rank, unless the article names the group it also abbreviates or the
    acronym is named as a group ("the banned SSP", "activists of the SSP")."""
    if span.text not in POLICE_RANKS or set(ids) & named:
        return False
    before = [t.lower_ for t in span.doc[max(0, span.start - 3):span.start]]
    return not (set(before) & BAN_WORDS or _affiliation(span))


def _affiliation(span: SpacySpan) -> bool:
    """The organisation is named as someone's affiliation, not as a party to events."""
    doc = span.doc
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "nmod", "poss"} and head.lower_ in AFFILIATION_NOUNS:
        return True
    after = doc[span.end:span.end + 6]
    # "an MQM (Unit 190) activist" / "MQM activist": the next noun after brackets
    for token in after:
        if token.is_punct or token.like_num or token.text[:1].isupper():
            continue
        if token.lower_ in AFFILIATION_NOUNS:
            return True
        break
    # "a worker of the X", "affiliated with X", "belonging to X", "on the ticket of X"
    if head.dep_ == "prep" or head.pos_ == "ADP":
        governor = head.head
        if governor.lower_ in AFFILIATION_NOUNS or governor.lemma_.lower() in AFFILIATION_VERBS:
            return True
    return False


# outlaws named as a band's people ("Dacoits of the Jatoi gang", "kidnappers of the X gang"): shared with the events stage
OUTLAWS = ("dacoits", "robbers", "bandits", "outlaws", "criminals", "gangsters", "kidnappers")
_MEMBERS = {"member", "members", "men", "militants", "fighters", "cadres", "gunmen", "commander", "commanders", *OUTLAWS}


def _members_of(span: SpacySpan) -> bool:
    """"members of the Yaqub Chhotu group traded fire", "police killed two members of the X gang": an armed band
    named by its members is a party to what they do or suffer (a party's "activists" are only its affiliation)."""
    head = span.root.head
    return head.dep_ == "prep" and head.lower_ == "of" and head.head.lower_ in _MEMBERS


def _side_of_clash(span: SpacySpan) -> bool:
    """"a clash between LI militants and a local peace committee members": one side of a fight."""
    token = span.root
    while token.dep_ in {"compound", "conj"} and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "between"


def _publisher(span: SpacySpan) -> bool:
    """"reports PTI", "APP reported": a news agency, not the party or group with that acronym."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in {"reports", "reported"} or after in {"reports", "reported"}


def _agent(span: SpacySpan) -> bool:
    """The organisation does something in the text: subject of a verb that is not a speech verb."""
    root = span.root
    while root.dep_ in {"conj", "appos"} and root.head is not root:
        root = root.head
    return root.dep_ in {"nsubj", "agent"} and root.head.lemma_ not in SPEECH_LEMMAS or (
        root.dep_ == "pobj" and root.head.lower_ == "by")


def _resolve(ids: tuple[str, ...], surface: str, context: ArticleContext,
             named: set[str]) -> tuple[str, ...]:
    kb = actors_by_id()
    candidates = ids
    # a group the text names outright comes first ("Islamic State (IS), also Daesh"), then the country
    already = tuple(i for i in candidates if i in named)
    if already:
        candidates = already
    if context.country:
        in_country = tuple(i for i in candidates if context.country in kb[i]["countries"])
        if in_country:
            candidates = in_country
    if len(candidates) == 1:
        # bare "Police" in a report that names one provincial police ("Sindh Police") is that police
        own = [i for i in named if kb[i].get("parent") == candidates[0] and kb[i]["name"].endswith(" Police")
               and {a.casefold() for a in kb[i].get("areas", [])} >= context.provinces]  # and no other province named
        if len(own) == 1:
            candidates = (own[0],)
    if len(candidates) > 1 and context.provinces:
        local = tuple(i for i in candidates
                      if any(a.casefold() in context.provinces for a in kb[i].get("areas", []))
                      or any(p in kb[i]["name"].casefold() for p in context.provinces))
        if local:
            candidates = local
    return candidates


def _mention(span: SpacySpan, ids: tuple[str, ...], surface_name: str | None = None) -> ActorMention:
    kb = actors_by_id()
    if len(ids) == 1:
        entry = kb[ids[0]]
        return ActorMention(_span(span), entry["id"], entry["name"], entry["kind"], entry["acled_inter"])
    kinds = {kb[i]["kind"] for i in ids}
    inters = {kb[i]["acled_inter"] for i in ids}
    name = surface_name or _strip_det(span).text
    if name.islower():
        name = name.title()
    return ActorMention(_span(span), None, name, kinds.pop() if len(kinds) == 1 else "unknown",
                        inters.pop() if len(inters) == 1 and ids else None)


def _unambiguous_ids(doc: Doc) -> set[str]:
    kb = actors_by_id()
    named = set()
    for ent in doc.ents:
        if ent.label_ != ACTOR_LABEL:
            continue
        ids = ent.ent_id_.split("|")
        ambiguous = {normalise_alias(a) for a in kb[ids[0]].get("ambiguous_aliases", [])}
        if len(ids) == 1 and normalise_alias(ent.text) not in ambiguous:  # "Police officials" is "police officials"
            named.add(ids[0])
    return named


_FORMATION_WORDS = {"brigade", "regiment", "battalion", "division", "corps"}


def _army_formation(span: SpacySpan) -> bool:
    """"Uri Brigade", "Quetta Corps": an army formation named after its base ("Zakhakhel Lashkar", a tribe's
    militia, is a group)."""
    words = [t for t in span if t.is_alpha and t.lower_ not in {"the"}]
    return len(words) >= 2 and words[-1].lower_ in _FORMATION_WORDS and all(
        t.lower_ in gazetteer_names() for t in words[:-1])


def _names_a_building(span: SpacySpan) -> bool:
    """"Uri Brigade headquarter", "Lashkar Colony police station": a word of the name, or the next one, is
    a building's, a company's or an institution's."""
    return bool({t.lower_ for t in span.doc[span.start:span.end + 1]} & NON_GROUP_WORDS)


def _unknown_group(ent: SpacySpan) -> SpacySpan | None:
    span = _strip_det(ent)
    if _army_formation(span) or span.end < len(span.doc) and span.doc[span.end].lower_ in NON_GROUP_WORDS:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in {"e", "i", "ul", "al", "of", "the", "and"}
                                 for t in words):
        return None
    lowered = {t.lower_ for t in words}
    if lowered & NON_GROUP_WORDS or not lowered & GROUP_WORDS:
        return None
    if words[-1].lower_ in {"group", "faction"} and len(words) < 2:
        return None
    return span


_ANOTHER_GANG_BETWEEN = re.compile(r"\ban?\s+(?:[\w-]+\s+)?gang\b|\b(?:separately|in\s+(?:another|a\s+separate)\s+incident|meanwhile|elsewhere)\b", re.I)
# what a gang's name is not followed by: "the Lyari gang war", "gang-rape"
_NOT_A_GANG_AFTER = {"war", "wars", "violence", "rape", "-", "warfare"}


def _a_gang_word(token: Token) -> bool:
    """"gang" naming a band, not "the gang war" or "the gang-rape"."""
    return token.lower_ == "gang" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in _NOT_A_GANG_AFTER)


def _named_factions(doc: Doc, taken: set[int]) -> list[SpacySpan]:
    """"Tariq Afridi group", "Mangal Bagh faction", "Sabzal Dashti gang", "Mohmand chapter": capitalised words +
    group/faction/gang/chapter."""
    found = []
    for token in doc:
        if not (token.lower_ in {"group", "faction", "chapter"} or _a_gang_word(token)) or token.i in taken:
            continue
        start = _name_start(doc, token.i, taken, lambda word: word.pos_ == "PROPN" and word.ent_type_ != "NORP")
        # after "the" a clan name the tagger took for a people or an adjective is still a gang's name ("the Sabzoi
        # gang", "the Jatoi gang"; not "a Pashtun gang", "the Afghan gang", nor "the Uzbek group": militants by origin)
        definite_start = _name_start(doc, token.i, taken, lambda word: word.pos_ in {"PROPN", "ADJ"}
                                     and word.lower_ not in COUNTRY_WORDS)
        if definite_start < start and doc[definite_start - 1].lower_ == "the" and token.lower_ == "gang":
            start = definite_start
        if token.i - start >= 1:
            found.append(doc[start:token.i + 1])
    return found


_OF_THE_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:banned|outlawed|proscribed)\s+)?")
_UNIT_WORDS = {"chapter", "faction"}


def _unit_of_a_group(doc: Doc, span: SpacySpan, mentions: list[ActorMention]) -> ActorMention | None:
    """A regional chapter or faction named with the armed group it belongs to ("the Mohmand chapter of the
    TTP", "the TTP Swat chapter", "the Mehsud faction of the Tehreek e Taliban Pakistan"): an actor of its own,
    named after its group, with the group's kind. In "TTP Swat chapter" the group's name is part of the unit's."""
    if span[-1].lower_ not in _UNIT_WORDS:
        return None
    text = doc.text
    of = _OF_THE_GROUP.match(text, span.end_char)
    group = next((m for m in mentions if of and m.span.start == of.end() and m.kind == "armed_group"), None)
    start = span.start_char
    if group is None:
        # ("the Tehreek e Taliban Pakistan (TTP) Buner chapter": the unit's own words after the group's acronym)
        group = next((m for m in mentions if m.kind == "armed_group"
                      and re.fullmatch(r"(?:['’]s|\))?\s+", text[m.span.end:span.start_char])), None)
        if group is None:
            return None
        if not text[group.span.end:span.start_char].startswith(")"):
            mentions.remove(group)
            start = group.span.start
    return ActorMention(Span(start, span.end_char, text[start:span.end_char]), None, f"{group.name} ({span.text})",
                        group.kind, group.acled_inter, parent_id=group.actor_id)


def _name_start(doc: Doc, end: int, taken: set[int], name_word) -> int:
    """Where the run of capitalised name words that ``name_word`` accepts before token ``end`` starts."""
    start = end
    while start > 0 and doc[start - 1].text[:1].isupper() and name_word(doc[start - 1]) and start - 1 not in taken:
        start -= 1
    return start


_SECT_WORDS = {"shia", "shiite", "sunni", "barelvi", "deobandi"}
_KIN_WORDS = {"tribe", "tribes", "clan", "clans", "tribesmen", "qaum", "qaums", "sub-tribe", "sub-tribes"}
_FIGHT_WORDS = re.compile(r"\b(?:clash\w*|fought|fight(?:s|ing)?|exchanges?\s+of\s+fire|(?:exchanged|traded)\s+fire|"
                       r"gun\s*fights?|gun\s*battles?|feuds?|hostilities|warring|ceasefire|truce|attacked\s+(?:each\s+other|one\s+another))\b", re.I)


def _named_kin_groups(doc: Doc, taken: set[int]) -> list[SpacySpan]:
    """"the Sargindkhel and Mirzakhel clans fought", "a clash between Turi and Bangash tribesmen": tribes and clans
    named as sides of a fight are its armed parties (ACLED's identity militias); a tribe named only as someone's
    people ("a member of the Wazir tribe was shot") is no party."""
    found: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in _KIN_WORDS or not _FIGHT_WORDS.search(token.sent.text) or not _a_side(token):
            continue
        i = token.i - 1
        names: list[SpacySpan] = []
        while i >= token.sent.start:
            end = i + 1
            while i >= token.sent.start and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and i not in taken \
                    and doc[i].ent_type_ not in ("DATE", "TIME", "EVENT"):
                i -= 1
            if i + 1 == end:
                break
            first = i + 1
            while first < end - 1 and doc[first].lower_ in _SECT_WORDS:
                first += 1  # "the Shia Turi and Sunni Mangal tribes": Turi and Mangal
            names.append(doc[first:end])  # (a tribe's name is often its land's too: "Mamozai", "Wazir")
            if i >= token.sent.start and doc[i].lower_ == "and":  # (not across a comma: "In Orakzai, Mishti ... tribesmen")
                i -= 1
                continue
            break
        found.extend(reversed(names))
    return found


_SIDE_NOUNS = {"men", "members", "gunmen", "fighters", "tribesmen", "militias", "lashkars"}


def _a_side(kin: Token) -> bool:
    """The tribe or clan word names a side of the fight: its subject ("the X and Y clans fought"), a side "between"
    two, or the people whose armed men are ("armed men of the X and Y clans fought"); not a victim's people ("a
    member of the Wazir tribe was killed in a clash") nor a feud's other party ("a feud with the Bhittani tribe")."""
    token = kin
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SIDE_NOUNS:
        token = token.head.head  # "armed men of the ... clans"
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "between":
        return True
    if token.dep_ == "pobj" and token.head.lower_ in {"as", "when", "while"}:
        return True  # (the parser's reading of "as armed men of the X and Y clans fought")
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_ not in SPEECH_LEMMAS


# words that only an armed group's name uses: they mark a name the tagger missed or took for a person's
# ("Ansarul Mujahideen", "Shura e Mujahideen Waziristan", "Al Shohada brigade")
MILITANT_NAME_WORDS = {"mujahideen", "mujahidin", "lashkar", "jaish", "sipah", "harkat", "harakat", "jundallah",
                       "fidayeen", "brigade", "hizbul"}
_NAME_JOINERS = {"e", "i", "ul", "al", "-"}


# words that make a capitalised run around "Lashkar", "Brigade" ... a person's name, a title or a place's
_NOT_A_GROUP_NAME = {"khan", "shah", "ali", "ahmed", "ahmad", "muhammad", "mohammad", "gah", "colony", "chowk", "road",
                     "town", "bazaar", "market", "commander", "brigadier", "general", "colonel", "major", "captain",
                     "salar", "fire", "infantry", "artillery", "armoured", "mechanised", "afghan"}


def _named_by_group_word(doc: Doc, taken: set[int]) -> list[SpacySpan]:
    """Capitalised names around a militant name word that the tagger left untagged or tagged as a person; not a
    place ("Lashkar Gah", "Jaish Colony"), a person ("Lashkar Khan") or a title ("Brigade Commander")."""
    def name_word(i: int) -> bool:
        t = doc[i]
        return i not in taken and t.ent_type_ != "ORG" and t.pos_ not in {"PRON", "DET"} and t.is_alpha \
            and t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start)

    found: list[SpacySpan] = []
    for token in doc:
        if token.lower_ not in MILITANT_NAME_WORDS or token.i in taken or token.ent_type_ == "ORG" \
                or any(s.start <= token.i < s.end for s in found):
            continue
        start = end = token.i
        while start > 0 and (name_word(start - 1) or doc[start - 1].lower_ in _NAME_JOINERS):
            start -= 1
        while end + 1 < len(doc) and token.text[:1].isupper() and (
                name_word(end + 1) or doc[end + 1].lower_ in _NAME_JOINERS):
            end += 1
        # "-ul-Mujahideen": a lower-case joiner neither opens nor closes a name ("Al Shohada" opens with one)
        while start < end and doc[start].lower_ in _NAME_JOINERS and not doc[start].text[:1].isupper():
            start += 1
        while end > start and doc[end].lower_ in _NAME_JOINERS and not doc[end].text[:1].isupper():
            end -= 1
        span = doc[start:end + 1]
        words = {t.lower_ for t in span}
        if any(t.lower_ not in MILITANT_NAME_WORDS | _NAME_JOINERS for t in span) \
                and not (_army_formation(span) or _names_a_building(span) or words & _NOT_A_GROUP_NAME
                         or span.text.casefold() in gazetteer_names()
                         or (end + 1 < len(doc) and doc[start:end + 2].text.casefold() in gazetteer_names())):
            found.append(span)
    return found


def is_spokesman(actor: ActorMention) -> bool:
    """A catalogue spokesman (ISPR): it reports for the forces and never acts itself."""
    return bool(actor.actor_id and actors_by_id()[actor.actor_id].get("spokesman"))


def without_spokesmen(actors: list[ActorMention]) -> list[ActorMention]:
    """The article's actors: the mentions less the spokesmen, who give statements a speaker but take no
    part in events."""
    return [a for a in actors if not is_spokesman(a)]


def party_names(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of political parties' names, kept as actors or not: a place word inside one
    ("Pakistan Peoples Party", "Balochistan National Party") names the party, not a place."""
    kb = actors_by_id()
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == ACTOR_LABEL
            and all(kb.get(i, {}).get("kind") == "political_party" for i in ent.ent_id_.split("|"))]


# what follows a force's name when it is a member's designation: "CTD Police Constable", "FC Police Station"
_DESIGNATION_AFTER = {"constable", "constables", "inspector", "sub-inspector", "asi", "official", "officials", "officer",
                      "officers", "personnel", "station", "post", "line", "lines", "man", "men"}


def _glosses_named_force(ent: SpacySpan) -> bool:
    """Bare "police" that glosses a named force in brackets ("Khassadar Force (Tribal Police)") or names its
    member after it ("Counter Terrorism Department (CTD) Police Constable"), or the force's acronym said again
    without brackets ("Frontier Constabulary FC personnel", "Afghan Security Forces SFs"); not a second force or
    unit ("Punjab Police Counter Terrorism Department", "Rangers Police jointly raided")."""
    if not _after_named_force(ent):
        return False
    before = next((e for e in ent.doc.ents if e.label_ in (ACTOR_LABEL, GENERIC_LABEL) and e.end == ent.start), None)
    acronym = ent[0].text.removesuffix("s")
    if before is not None and acronym.isupper() and len(acronym) >= 2 \
            and "".join(t.text[0] for t in before if t.text[:1].isupper()).endswith(acronym):
        return True
    if not {"pakistan_police", "india_police"} >= set(ent.ent_id_.split("|")):
        return False
    bracketed = ent.start > 0 and any(t.text == "(" for t in ent.doc[max(0, ent.start - 3):ent.start])
    return bracketed or (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _DESIGNATION_AFTER)


def _of_named_force(ent: SpacySpan) -> SpacySpan | None:
    """"troops of the Afghan National Army", "personnel of Frontier Corps": the named force whose people they are."""
    i = ent.end
    if i < len(ent.doc) and ent.doc[i].lower_ == "of":
        i += 1 + (i + 1 < len(ent.doc) and ent.doc[i + 1].lower_ == "the")
        return next((e for e in ent.doc.ents if e.label_ == ACTOR_LABEL and e.start == i), None)
    return None


def _after_named_force(ent: SpacySpan) -> bool:
    """"Frontier Corps (FC) paramilitary soldier", "Counter Terrorism Department (CTD) Police Constable",
    "Khassadar Force (Tribal Police)": the force word is the named force's own, or glosses it."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].pos_ == "ADJ":
        i -= 1
    if i >= 2 and ent.doc[i].text == ")" and ent.doc[i - 2].text == "(":
        i -= 3
    else:  # a gloss in brackets: "(Tribal Police)", "(tribal police force)"
        opening = next((k for k in range(ent.start - 1, max(-1, ent.start - 4), -1) if ent.doc[k].text == "("), None)
        if opening is not None and all(t.is_alpha for t in ent.doc[opening + 1:ent.start]):
            i = opening - 1
    return i >= 0 and any(e.label_ == ACTOR_LABEL and e.end in (i + 1, ent.start) for e in ent.doc.ents)


# "supplying oil to NATO forces", "an attack on ISAF": a foreign force as customer or target, not an actor
_SERVED_BEFORE = re.compile(r"\b(?:to|for|on|at|against|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_ACRONYM_JOINERS = {"of", "and", "for", "the", "&"}


def _spelt_out_otherwise(doc: Doc) -> dict[str, set[str]]:
    """Acronyms the text spells out as something that is no actor, with the words it spells them with:
    "the International Border (IB)" (not the Intelligence Bureau), also without brackets as unpunctuated
    reports write it."""
    actor_tokens = {i for ent in doc.ents if ent.label_ in (ACTOR_LABEL, GENERIC_LABEL) for i in range(ent.start, ent.end)}
    found: dict[str, set[str]] = {}
    for token in doc:
        acronym = token.text
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6):
            continue
        i = token.i - 2 if token.i >= 1 and doc[token.i - 1].text == "(" else token.i - 1
        words: list[Token] = []
        while i >= 0 and len(words) < len(acronym):
            if doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].text.isupper():
                words.insert(0, doc[i])
            elif not (words and doc[i].lower_ in _ACRONYM_JOINERS):
                break
            i -= 1
        if "".join(w.text[0] for w in words) == acronym and not any(w.i in actor_tokens for w in words):
            found[acronym] = {w.lower_ for w in words}
    return found


def _spelt_out_as_actor(doc: Doc) -> dict[str, tuple[str, ...]]:
    """Acronyms the text defines for a named actor, with that actor's ids: after "Frontier Constabulary (FC)"
    the text's "FC" is the Constabulary, not the Frontier Corps."""
    found: dict[str, tuple[str, ...]] = {}
    for ent in doc.ents:
        if ent.label_ != ACTOR_LABEL or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
            continue
        acronym = doc[ent.end + 1].text
        initials = "".join(t.text[0] for t in ent if t.text[:1].isupper())
        if acronym.isupper() and 2 <= len(acronym) <= 6 and initials == acronym and "|" not in ent.ent_id_:
            found.setdefault(acronym, (ent.ent_id_,))
    return found


def _another_name(ent: SpacySpan, spelt_out: dict[str, set[str]]) -> bool:
    """The acronym is spelt out with words none of its entries' names use ("International Border" for IB;
    "National Investigating Agency" is still the NIA)."""
    if ent.text not in spelt_out:
        return False
    kb = actors_by_id()
    names = {w for i in ent.ent_id_.split("|") for alias in [kb[i]["name"], *kb[i]["aliases"]] for w in alias.lower().split()}
    return not spelt_out[ent.text] & names


def _bracketed_acronym(doc: Doc, end: int) -> str | None:
    """The acronym in brackets right after a name ending at token ``end``: "Bomb Disposal Squad (BDS)"."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        acronym = doc[end + 1].text
        if acronym.isupper() and 2 <= len(acronym) <= 6:
            return acronym
    return None


def find_actors(doc: Doc) -> list[ActorMention]:
    named = _unambiguous_ids(doc)
    context = article_context(doc, named)
    kb = actors_by_id()
    mentions: list[ActorMention] = []
    taken: set[int] = set()
    acronyms: dict[str, ActorMention] = {}
    spelt_out_otherwise = _spelt_out_otherwise(doc)
    spelt_out_as_actor = _spelt_out_as_actor(doc)

    for ent in doc.ents:
        if ent.label_ == ACTOR_LABEL:
            if _past_career(ent) or _publisher(ent) or _another_name(ent, spelt_out_otherwise):
                continue
            ids = spelt_out_as_actor.get(ent.text.split()[0]) or _resolve(tuple(ent.ent_id_.split("|")), ent.text, context, named)
            kinds = {kb[i]["kind"] for i in ids}
            if _police_rank(ent, ids, named) or (kinds <= {"state_force"} and _glosses_named_force(ent)):
                continue
            mention = _mention(_with_home_place(ent, ids), ids)
            foreign_served = {kb[i]["acled_inter"] for i in ids} == {8} and _SERVED_BEFORE.search(
                doc.text, max(0, ent.start_char - 50), ent.start_char)
            if (kinds <= {"political_party"} or foreign_served) and not _agent(ent):
                continue  # parties named only as victims or accusers; foreign forces named as customers or targets
            if kinds <= {"militia"} and ent.text.islower() and _affiliation(ent) and not (_agent(ent) or _side_of_clash(ent)):
                continue  # "a member of a peace committee": an unnamed militia as a victim's membership
        elif ent.label_ == GENERIC_LABEL:
            if not (_takes_part(ent.root) or ent.text.lower() in ALWAYS_GENERIC) or _past_career(ent) \
                    or _after_named_force(ent):
                continue
            owner = _of_named_force(ent)
            named_country = _country_before(ent)
            if owner is not None:  # "troops of the Frontier Corps killed three terrorists": the Corps did
                mention = _mention(ent, _resolve(tuple(owner.ent_id_.split("|")), owner.text, context, named))
            else:
                if named_country in GENERIC_FORCE_BY_COUNTRY:  # "Indian troops" in a Pakistani report are India's
                    ids = (GENERIC_FORCE_BY_COUNTRY[named_country],)
                    ent = _with_country_word(ent)
                elif context.country in GENERIC_FORCE_BY_COUNTRY:
                    ids = (GENERIC_FORCE_BY_COUNTRY[context.country],)
                else:
                    ids = tuple(GENERIC_FORCE_BY_COUNTRY.values())
                mention = _mention(ent, ids, surface_name="Security Forces")
        elif ent.label_ == "ORG":
            span = _unknown_group(ent)
            if span is None or _affiliation(span):
                continue
            mention = ActorMention(_span(span), None, span.text, "unknown", None)
        else:
            continue
        mentions.append(mention)
        taken.update(range(ent.start, ent.end))
        # "Bomb Disposal Squad (BDS)": remember the bracketed acronym
        if (acronym := _bracketed_acronym(doc, ent.end)) is not None:
            acronyms[acronym] = mention

    for side in _FIRING_SIDE.finditer(doc.text):
        # "sniper fire from the Indian side", "from Indian troops", "an exchange of fire with Indian troops": that
        # country's forces fired (a side is no force
        # elsewhere: "the Indian side said", "talks with the Afghan side")
        country = COUNTRY_WORDS.get(side.group("country").lower())
        span = doc.char_span(side.start("country"), side.end(), alignment_mode="expand")
        if country in GENERIC_FORCE_BY_COUNTRY and span is not None and not taken & set(range(span.start, span.end)):
            # (the force of that country named before: "Indian Border Security Force (BSF) troops ... sniper fire from
            # the Indian side")
            named_force = next((m for m in reversed(sorted(mentions, key=lambda m: m.span.start)) if m.span.end <= side.start()
                                and m.actor_id and kb[m.actor_id]["kind"] == "state_force"
                                and country in kb[m.actor_id].get("countries", [])), None)
            ids = (named_force.actor_id,) if named_force else (GENERIC_FORCE_BY_COUNTRY[country],)
            mentions.append(_mention(span, ids, surface_name=None if named_force else "Security Forces"))
            taken.update(range(span.start, span.end))

    for span in _named_factions(doc, taken) + _named_by_group_word(doc, taken):
        if _affiliation(span) and not _members_of(span) or taken & set(range(span.start, span.end)):
            continue
        unit = _unit_of_a_group(doc, span, mentions)
        if unit is None and span[-1].lower_ == "chapter":
            continue  # a party's chapter ("the JUI-F Swat chapter") is no armed actor
        mentions.append(unit or ActorMention(_span(span), None, span.text, "unknown", None))
        taken.update(range(span.start, span.end))
        if (acronym := _bracketed_acronym(doc, span.end)) is not None:
            acronyms[acronym] = mentions[-1]

    for span in _named_kin_groups(doc, taken):
        mentions.append(ActorMention(_span(span), None, span.text, "militia", 4))
        taken.update(range(span.start, span.end))
        if (acronym := _bracketed_acronym(doc, span.end)) is not None:
            acronyms[acronym] = mentions[-1]

    for token in doc:
        # "Two days later, the gang abducted six labourers": the gang named last
        if _a_gang_word(token) and token.i not in taken and token.i and doc[token.i - 1].lower_ in {"the", "same"}:
            # (not across "a gang of robbers" or another incident: that gang is another)
            named_gang = next((m for m in reversed(sorted(mentions, key=lambda m: m.span.start))
                               if m.span.end <= token.idx and m.name.lower().endswith(" gang")
                               and not _ANOTHER_GANG_BETWEEN.search(doc.text, m.span.end, token.idx)), None)
            if named_gang is not None:
                mentions.append(ActorMention(Span(token.idx, token.idx + len(token), token.text), named_gang.actor_id,
                                             named_gang.name, named_gang.kind, named_gang.acled_inter))
                continue
        if token.text in acronyms and token.i not in taken:
            source = acronyms[token.text]
            mentions.append(ActorMention(Span(token.idx, token.idx + len(token), token.text),
                                         source.actor_id, source.name, source.kind, source.acled_inter))
    mentions.sort(key=lambda m: m.span.start)
    return mentions


def lookup_alias(text: str) -> tuple[str, ...]:
    """Catalogue ids for a name or alias (any spelling variant); empty when unknown."""
    return alias_index().get(normalise_alias(text), ())
