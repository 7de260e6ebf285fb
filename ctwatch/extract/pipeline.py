"""The extraction pipeline: repaired text -> Extraction, one stage after another.

Stages, in order, each a module with one job:
``nlp.parse`` (spaCy with the actor EntityRuler) -> ``actors`` -> ``people`` -> ``quotes`` ->
``places`` -> ``events`` (incident mentions, using ``places``, ``dates`` and ``numbers``) ->
``relations`` -> ``profiles`` (what general statements say an actor does) -> trained ``heads``
(article-level labels; they may read the rule stages' result, see ``heads.rule_terms``) -> ``region``
(the state of an Indian report that names none) -> ``note_typing`` (the event-type head on event
notes written in ACLED's style). ``countries`` says which country a text is about.
``ctwatch extract`` runs it over stored articles and ``ctwatch eval`` over benchmark rows: the same code.
"""

from __future__ import annotations


import json
import re
from collections import Counter
from functools import cache, lru_cache
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable, Iterator

from . import heads, nlp
from .actors import find_actors, party_names, without_spokesmen
from .dates import find_dates
from .countries import STATE_KINDS, actors_country, group_countries
from .events import VIOLENT_CATEGORIES, EventContext, find_events, sentence_cues
from .events import load_rules as event_rules
from .model import Extraction, PlaceMention, Span
from .note_typing import type_event_notes
from .numbers import find_casualties, find_count
from .people import find_people
from .places import SCENE_BEFORE, find_places, incident_location, is_background
from .profiles import find_profiles
from .quotes import find_quotes
from .region import guess_region
from .relations import find_relations

EXTRACTOR_VERSION = "0.4.27"  # 0.4.27: from blind sets FA-FD (days told "in the night of", a bomb hours after gunfire, another act at a new scene, incidents opening apart own no sentence before them, "Earlier the same day", escorting khasadars, rankings as tallies; protests announced, shops closed on a day of their own, round-up items opening on a place, inquiries into an act, roads told with "on"; a long article's acts named again by day or place, "years after" an act, arrests demanded or denied) and their second reading. 0.4.26: from blind sets EA-EH (arrests listed name by place, a long article's comment, foreign forces firing at a scene in Pakistan, ceasefire violations, bodies dumped or in sacks, men in plain clothes, crowds named again, numbered villages, namesakes inside an area) and their second reading. 0.4.25: from blind sets DA-DH (violence with its own dead, or ground taken, at a scene in another district; paragraphs printed again in other words told once; wire stories' recalls opening on an earlier month or year and campaigns' tolls as background, bare claims in a one-incident story; arrests in a search of the surroundings; another device elsewhere; ground held for hours; suspected bombers arrested; the forces' pursuit and the claim after it; crowds after an abduction; a tally told on its day; a side named by its country's adjective for any two countries) and their second reading. 0.4.24: from blind sets CA-CH (digests: paragraph headings, tallies of the period; newspaper round-ups: headlines, the main story told on; the organisation behind a crowd as its associated actor; rule categories on events; ISPR "sent to hell", IBOs, officers and their guards, passive arrests the police tell, a Pakistani-and-foreign fight, shells left over, gas cylinders) and their second reading. 0.4.23: from blind sets BS-BZ (TTP chapters as actors, page furniture removed before extraction, sentences ending on mixed-case acronyms, acts a blast or killing set off, bodies found after abductions, places that open another act, raids' own fights, claims of "that attack", kin counted along with the victim, tallies a speaker gave on his day) and their second reading. 0.4.22: from blind sets BK-BR (newspaper stories with datelines and background paragraphs: years told before "when" or mid-sentence, verdicts without cues; two acts in one sentence "and, hours later,"; the killing a protest answers on a day of its own; counts whose noun is left out, "along with his driver", "two of them", ranks with names; claims in a caller's words and of "the drone attack"; arrests on another day elsewhere, of a period, by clause in a later sentence; acts counted or complained of; arms listed as recovered; bodies in sacks or bearing torture marks; "Also," opening another act; undivided South Waziristan; villages named "Goth", "Dhok", "Mohallah", "... Kalay") and their second reading. 0.4.21: from blind sets BC-BH (days and districts of their own, earlier attacks in relative clauses and at funerals, drones and light weapons in fights, alliances and the names others give groups, claims by pamphlet and of both devices, arrests with their case or district by district, captives freed in fights, protests by shop closures, places said again or opened by another province's name). 0.4.20: from blind sets AV-AZ (rescues in raids and encounters, a force's own deed, rockets answered with fire, Karachi's districts, releases and truces agreed, clans named after the fight, foreign forces across the border, background records, counts of kidnappers and ranks) and two second readings. 0.4.19: from blind sets AT and AU (acts that only date another, civilians' camps, claimed captures, sects before tribes, ranges, jets' strikes, pursuits, the forces' operation over a claim, tallies over years) and their second reading. 0.4.18: a second reading's misfires of 0.4.17 mended; counts with another number inside are none. 0.4.17: gangs named by their outlaws, outlaws' dead under no side, passives' doers, rescues in a fight, released captives, kin of office holders, offices' places, districts split later. 0.4.16: tribes, clans and gangs as sides; pursuits, fights after a bombing and acts named again told apart; verdicts' cases as background; a second reading's misfires mended. 0.4.15: injured who died later, fights told after a day opener, claims taken back, sniper fire from a side, captives after a fight, a second reading's misfires mended. 0.4.14: the other side's dead in a sentence of its own added to the toll. 0.4.13: an incident without a day takes the latest day told before it. 0.4.12: gangs as the sides of a fight, a truce placed by the fighting before it. 0.4.11: captives put to death, passive claims, background by month, surrenders by who surrendered, places where it was told or fired from. 0.4.10: days told apart without a year, later acts elsewhere, repulsed and planned attacks, claims by kind alone, gazetteer gaps. 0.4.9: protests about crime and arrests, background years, claims by kind, "around the same time", headline tolls once, dateline dates, source police. 0.4.8: "the lashkar" named again; arrests with a recovery typed by the lead; bodyguards; protests after funerals. 0.4.7: what an incident came after, claims of a second act, "martyred", state shelling, third reading mended. 0.4.6: bodies found counted, mobs after a fight, rescues as clashes, a second reading's misfires mended. 0.4.5: tallies opening a sentence, protests by blockade, stopped bombers, named victims before a count. 0.4.4: tallies are background; next-day and follow-up raids, protests after attacks, and incidents counted place by place split; hyphen-less cues. 0.4.3: arrests listed in several districts split; one-sentence texts' police labels blended with the police encoder. 0.4.2: incidents a report tells apart carry a separate_set; summaries of separate incidents split. 0.4.1: place resolution (regions, forces, journeys, district seats, spellings); "frequent attacks" is habitual. 0.4.0: event-type head retypes incidents; region head. 0.3.0: heads blended with the fine-tuned encoder; counting rules. 0.2.0: case-less text geocoded; mentions carry tolls by side, actions, perpetrator kind
# Reports this short are about one incident: a place named anywhere in them is where it happened.
# (Stricter than events.SHORT_REPORT_SENTENCES, which only lets an incident's sentences be apart.)
SHORT_REPORT = 6
# Penn Treebank tags of finite verbs, and of those in the present tense
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_PRESENT_TAGS = {"VBZ", "VBP"}
# In a long article a place says where an incident happened only after "in", "at", "near" ...: "the
# Khyber Pakhtunkhwa home secretary" names an office, not the scene.
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|from|across|of)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
# A dateline: a place in capitals opening the text's first lines, before a colon or dash, perhaps with a date
# and an agency ("QUETTA, Jan 3 (APP):", "PESHAWAR:"); not a headline ("Karachi, Lahore on high alert")
DATELINE = re.compile(r"\s*[A-Z][A-Z.' -]*[A-Z.]\s*(?:,\s*[A-Z][\w. ]*)?\s*(?:\([A-Za-z]+\)\s*)?[:—–-]\s*$")
# a place told as the scene after "the riverine area of" too (SCENE_BEFORE: "in", "near"), not where someone fled
# to or came from
# a road's name, told as the scene with "on"
_A_ROAD = re.compile(r"\b(?:road|bypass|street|avenue)$", re.I)  # (a town's: not a highway that crosses districts)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_AREA_OF = re.compile(r"\b(?:area|village|town|outskirts|suburbs|limits)\s+of\s+(?:the\s+)?$", re.I)
# the date a dateline carries ("QUETTA, March 14:", "QUETTA (March 14):", "ISLAMABAD, March 14 (Reuters) -"): when
# the report was filed, which a day told in the text ("on Thursday") overrides as the incident's
DATELINE_DATE = re.compile(r"(?:\A|\n)\s*[A-Z][A-Z.' -]*[A-Z.]\s*(?:,\s*|\(\s*)(?P<date>[^:\n()—–]{3,30}?)\)?\s*"
                           r"(?:\([A-Za-z ]+\)\s*)?(?::|—|–|\s-\s)")
DATELINE_AFTER = re.compile(r"\s*(?:,[^:\n]{0,30}?)?(?:\([A-Za-z]+\)\s*)?[:—–]")
# a digest's paragraph heading: the district its paragraph tells of ("Quetta: A hand grenade ...", "Kech district - ...")
_HEADING_AFTER = re.compile(r"(?:\s+(?:district|agency|division|tehsil))?\s*(?::|[-–—]\s)", re.I)


def heads_a_paragraph(text: str, place: PlaceMention) -> bool:
    """The place, a district or smaller, opens a line after the first as its heading, not in capitals as a dateline
    does ("Quetta: A hand grenade hurled at a tea stall on Spinny Road injured six people"): the place of what the
    paragraph tells (not a title's province: "Balochistan: Monthly Overview, March 2014")."""
    start = place.span.start
    return start > 0 and text[start - 1] == "\n" and place.kind not in ("country", "admin1") \
        and not text[start:place.span.end].isupper() and _HEADING_AFTER.match(text, place.span.end) is not None


@dataclass(frozen=True)
class Item:
    """One text to extract from, with what is known about it."""

    text: str
    published: date | None = None


def extract(text: str, published: date | None = None) -> Extraction:
    return next(extract_many([Item(text, published)]))


def extract_rules(texts: list[str]) -> list[Extraction]:
    """The rule stages alone, without the trained heads (what the heads read and are tuned against)."""
    return [_extract_doc(Item(text), doc, [(s.start_char, s.end_char) for s in doc.sents])
            for text, doc in zip(texts, nlp.parse_many(list(texts)))]


def extract_many(items: Iterable[Item], batch_size: int = 64) -> Iterator[Extraction]:
    """Extractions in the order of ``items``; spaCy and the heads work batch by batch."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch)
            batch = []
    if batch:
        yield from _extract_batch(batch)


def _extract_batch(items: list[Item]) -> list[Extraction]:
    texts = [item.text for item in items]
    docs = list(nlp.parse_many(texts))
    sentences = [[(s.start_char, s.end_char) for s in doc.sents] for doc in docs]
    # The rule stages first (they do not read the heads), then the heads, which may read the rule
    # stages' result (who did what to whom: heads.rule_terms).
    results = [_extract_doc(item, doc, spans) for item, doc, spans in zip(items, docs, sentences)]
    rules = [heads.rule_terms(r) for r in results]
    # A one-sentence text is scored by the police sentence head, a longer one by the document head.
    single = [len(spans) <= 1 for spans in sentences]
    police_by_level = {level: dict(zip(indexes, heads.predict_police_actions([texts[i] for i in indexes], level=level)))
                       for level, indexes in (("sentence", [i for i, s in enumerate(single) if s]),
                                              ("doc", [i for i, s in enumerate(single) if not s])) if indexes}
    police = [police_by_level["sentence" if s else "doc"][i] for i, s in enumerate(single)]
    scores = heads.predict_incident_heads(texts, rules=rules)
    decided = {"actions": heads.decide("actions", scores["actions"], at_least_one=True),
               "perpetrator_side": heads.decide("perpetrator_side", scores["perpetrator_side"]),
               "target": heads.decide("target", scores["target"])}
    type_event_notes(results, texts, [item.published for item in items])  # may give a note its incident ...
    guess_region(results, texts)  # ... and so its place
    for i, result in enumerate(results):
        police_head = "police_sentence" if single[i] else "police_doc"
        result.labels = {name: decided[name][i] for name in decided} | {"police_actions": heads.decide(police_head, [police[i]])[0]}
        result.action_scores = scores["actions"][i]
        result.head_scores = {"perpetrator_side": scores["perpetrator_side"][i], "target": scores["target"][i],
                              "police_actions": police[i]}
    return results


def _whole_names(sentences: list[tuple[int, int]], names: list[Span]) -> list[tuple[int, int]]:
    """Sentences joined where the parser split inside a name ("in Block | I area of Gulshan e Iqbal": a
    capital "I" read as the pronoun opening a sentence)."""
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        if out and any(n.start < start < n.end for n in names):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _extract_doc(item: Item, doc, sentences) -> Extraction:
    """The rule stages for one parsed text: an Extraction without the heads' scores and labels."""
    text = item.text
    actors = find_actors(doc)
    people = find_people(doc, actors)
    quotes = find_quotes(doc, people, actors)
    # names of groups and parties (not of state forces: "Balochistan Police" still says where) and of people
    parties = party_names(doc)
    other_names = [(a.span.start, a.span.end) for a in actors if a.kind not in STATE_KINDS] + parties
    other_names += [(m.start, m.end) for person in people for m in person.mentions]
    places = find_places(text, country_prior=actors_country(actors), region_prior=region_prior(),
                         other_names=other_names, country_hints=frozenset(group_countries(actors)))
    sentences = _whole_names(sentences, [p.span for p in places])

    # the dateline's place ("SUKKUR:", "QUETTA, Jan 3 (APP):"): where the report was filed
    filed_at = next((p for p in places if p.span.start < 200 and (p.span.start == 0 or text[p.span.start - 1] == "\n")
                     and text[p.span.start:p.span.end].isupper() and DATELINE_AFTER.match(text, p.span.end)), None)

    @cache  # (the events stage asks again for a growing incident's span, and for a story's place per later sentence)
    def locate(start: int, end: int):
        """Where the incident owning text[start:end] happened, a locality the gazetteer does not know taking the
        dateline's district ("FAISALABAD: ... a mobile phone shop in the Jhang Bazaar area"; not a known region:
        "QUETTA: ... in the Makran region")."""
        place, precision = _scene(start, end)
        if place is not None and place.place_id is None and place.admin2 is None and place.kind not in ("country", "admin1") \
                and filed_at is not None \
                and filed_at.admin2 and place.country in (None, filed_at.country) \
                and place.admin1 in (None, filed_at.admin1):
            place = replace(place, country=filed_at.country, admin1=filed_at.admin1, admin2=filed_at.admin2)
        return place, precision

    def _tells_violence(start: int, end: int) -> bool:
        return any(c.category.name in VIOLENT_CATEGORIES for c in sentence_cues(text[start:end], start, event_rules()))

    def on_a_road(place: PlaceMention) -> bool:
        """A road told as the scene with "on": "went off as a vehicle passed by on Bakrani Road"."""
        return bool(_A_ROAD.search(place.name) and _ON_BEFORE.search(text, max(0, place.span.start - 30), place.span.start))

    def _scene(start: int, end: int):
        """Where the incident owning text[start:end] happened: the first of its sentences that names a place."""
        short = len(sentences) <= SHORT_REPORT
        candidates = [p for p in places if start <= p.span.start < end and p.kind != "country"
                      and (short or LOCATIVE.search(text, max(0, p.span.start - 30), p.span.start) or heads_a_paragraph(text, p)
                           or on_a_road(p))]
        naming = [(s, e) for s, e in sentences if any(s <= p.span.start < e for p in candidates)]
        # (not a sentence that tells no violence and names only where the wounded died or someone came from: "One of
        # the injured later succumbed to his injuries at a hospital in Peshawar. A day earlier, a constable was shot
        # dead in Landi Kotal")
        # (nor one that names only where a captive had been taken from, when the next tells the fight that freed him:
        # "Police recovered an engineer who had been abducted ... near Kandhkot. ... freed after an encounter with dacoits
        # in the kacha area of Khanpur tehsil")
        while len(naming) > 1 and all(is_background(text, p) for p in candidates
                                      if naming[0][0] <= p.span.start < naming[0][1]) \
                and (not _tells_violence(*naming[0]) or _tells_violence(*naming[1])):
            naming = naming[1:]  # (the cues read last: the cheaper test first, on every incident)
        # a dateline ("KARACHI:") says where the report was filed; a sentence of the incident that names the
        # scene says where it happened ("... shot dead in Gulistan-e-Jauhar", not "The victim hailed from Swat")
        scene = [(s, e) for s, e in naming if not DATELINE.match(text, s, e) and any(
            s <= p.span.start < e and (SCENE_BEFORE.search(text, max(s, p.span.start - 30), p.span.start) or on_a_road(p))
            for p in candidates)]
        named = scene[0] if scene and naming and DATELINE.match(text, *naming[0]) else (naming[0] if naming else None)
        if named and named[0] < end < named[1]:
            named = (named[0], end)  # a span that ends inside the sentence ("... in Khuzdar District to protest against")
        if named or short:
            # "SUKKUR: Dacoits kidnapped three men ... in the riverine area of Kashmore district": the sentence's
            # own place, not the dateline that opens it
            if named and filed_at is not None and named[0] <= filed_at.span.start < named[1] and any(
                    filed_at.span.end <= p.span.start < named[1] and p.admin2 and (
                        SCENE_BEFORE.search(text, max(0, p.span.start - 40), p.span.start)
                        or _AREA_OF.search(text, max(0, p.span.start - 40), p.span.start))
                    for p in candidates):
                named = (filed_at.span.end, named[1])
            return incident_location(text, places, sentence_span=named, when=item.published)
        # A long article's lead incident that names no scene is placed by its dateline when the lead or its
        # headline names that place too ("Taliban attack on Peshawar school ...\nPESHAWAR: ... stormed the Army
        # Public School on Warsak Road"; not a wire report filed in Islamabad about "the country's northwest")
        lead_end = text.find("\n", filed_at.span.end) if filed_at is not None else -1
        if filed_at is not None and lead_end >= 0 and start < lead_end and any(
                p is not filed_at and p.place_id == filed_at.place_id and p.span.start < lead_end for p in places):
            return incident_location(text, places, sentence_span=filed_at.span, when=item.published)
        # A long article that does not say where: the country it is about, at the lowest precision.
        return country_of(places), 3

    dateline = DATELINE_DATE.search(text, 0, 300)

    def dates_in(start: int, end: int):
        found = [(span, d, p) for span, d, p in _dates(text, item.published) if start <= span.start < end]
        told = [(span, d, p) for span, d, p in found
                if not (dateline and dateline.start("date") <= span.start < dateline.end("date"))]
        return told or found

    def casualties(start: int, end: int):
        return find_casualties(text[start:end])

    def count(start: int, end: int, kind: str):
        return find_count(text[start:end], kind)

    def present_only(start: int, end: int) -> bool:
        tokens = list(doc.char_span(start, end, alignment_mode="expand") or ())
        verbs = [t for t in tokens if t.tag_ in _FINITE_TAGS]
        # (a present perfect or progressive tells an act: "ten people have been killed", "troops are battling militants";
        # not one in a clause that describes: "the worst they have known")
        told_act = any(t.tag_ in ("VBN", "VBG") and t.dep_ in ("ROOT", "ccomp", "conj")
                       and any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("have", "be") for c in t.children) for t in tokens)
        return any(t.dep_ == "ROOT" and t.tag_ in _PRESENT_TAGS for t in verbs) and not told_act \
            and not any(t.tag_ == "VBD" for t in verbs)

    context = EventContext(text=text, actors=actors, places=places, published=item.published, locate=locate,
                           dates=dates_in, casualties=casualties, count=count, parties=parties,
                           speech=[(q.span.start, q.span.end) for q in quotes if q.kind == "direct"], present_only=present_only)
    events = find_events(sentences, context)
    killed, injured = find_casualties(text)
    location = next((e.place for e in events if e.place is not None), None)
    if location is None and len(sentences) <= SHORT_REPORT:
        location = incident_location(text, places, when=item.published)[0]
    return Extraction(actors=without_spokesmen(actors), people=people, places=places, quotes=quotes, events=events, location=location,
                      profiles=find_profiles(text, sentences, actors, places),
                      killed=killed, injured=injured, arrested=find_count(text, "arrested"),
                      relations=find_relations(events, actors, text, sentences))


@lru_cache(maxsize=1)
def region_prior() -> dict[str, float] | None:
    """Each province or state's share of reported incidents (written by ``ctwatch train``), or None."""
    path = heads.MODELS_DIR / "region_prior.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))["admin1_share"]


def country_of(places: list[PlaceMention]) -> PlaceMention | None:
    """The country most places of the text belong to, as its own country mention when the text names it."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    named = [p for p in places if p.kind == "country" and p.country == country]
    return named[0] if named else None


_DATE_CACHE: dict[tuple[str, date | None], list] = {}


def _dates(text: str, published: date | None):
    """find_dates once per text (events ask for the dates of many spans)."""
    key = (text, published)
    if key not in _DATE_CACHE:
        if len(_DATE_CACHE) > 256:
            _DATE_CACHE.clear()
        _DATE_CACHE[key] = find_dates(text, published)
    return _DATE_CACHE[key]
